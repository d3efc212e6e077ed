-- weekplan schema step 012: a campaign's publicity focuses (宣传重点).
-- A plan notice lists what its campaign publicises (（一）宣传…，（二）…)
-- in a section of its own, apart from the activities; staff brief units
-- and write the summary against it. One row per point, in the notice's
-- order; core/focus.c owns the rows.
CREATE TABLE IF NOT EXISTS campaign_focus (
	campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,
	text        TEXT NOT NULL CHECK (length(text) > 0),
	PRIMARY KEY (campaign_id, seq)
) WITHOUT ROWID;
