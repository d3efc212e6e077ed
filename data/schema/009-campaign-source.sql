-- weekplan schema step 009: the plan as it was last imported.
-- Re-importing a corrected notice over a campaign the clerk has already
-- edited is a three-way merge (core/plan-update.c): what the notice said
-- last time (this row), what is stored now, and what the notice says now.
-- Without the first, an edit cannot be told from a correction. plan_json
-- is the canonical export (weekplan-plan(5)) of the campaign right after
-- the import, so it compares field by field with a fresh export. Campaigns
-- imported before this step have no row; core/plan-source.c owns the rows.
CREATE TABLE campaign_source (
	campaign_id INTEGER PRIMARY KEY REFERENCES campaign(id) ON DELETE CASCADE,
	plan_json   TEXT NOT NULL,
	imported_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
