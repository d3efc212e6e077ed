-- weekplan schema, version 1.
-- Dates are ISO text (YYYY-MM-DD), times HH:MM: they sort and index as text.
-- Every table that views read by date or owner has the index those views use.

CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

-- A unit (单位) is a name as used locally plus the region it belongs to:
-- 区市场监管局 of 荣昌区 and of another district are two units.
-- name_key is the comparison key (full-width forms folded, spaces removed).
CREATE TABLE unit (
	id       INTEGER PRIMARY KEY,
	name     TEXT NOT NULL CHECK (length(name) > 0),
	region   TEXT NOT NULL DEFAULT '',
	name_key TEXT NOT NULL,
	UNIQUE (region, name_key)
);

-- Other spellings of a unit, looked up with the same key rules.
CREATE TABLE unit_alias (
	unit_id   INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
	alias     TEXT NOT NULL,
	region    TEXT NOT NULL,
	alias_key TEXT NOT NULL,
	seq       INTEGER NOT NULL,  -- order in which the aliases were given
	PRIMARY KEY (region, alias_key)
) WITHOUT ROWID;
CREATE INDEX unit_alias_unit ON unit_alias(unit_id);

CREATE TABLE campaign (
	id           INTEGER PRIMARY KEY,
	title        TEXT NOT NULL CHECK (length(title) > 0),
	region       TEXT NOT NULL DEFAULT '',
	organizer_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
	lead_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
	doc_number   TEXT,
	issued_on    TEXT,
	period_start TEXT NOT NULL,
	period_end   TEXT NOT NULL,
	span_days    INTEGER NOT NULL,  -- period_end - period_start, for range queries
	theme        TEXT,
	parent_plan  TEXT,
	notes        TEXT,
	CHECK (period_end >= period_start)
);
CREATE INDEX campaign_period ON campaign(period_start);
CREATE INDEX campaign_span ON campaign(span_days);

-- An activity as numbered in the notice (一, 二, 四.1). Undated activities
-- (start_date NULL) take place some time in the campaign period.
-- end_date is always set when start_date is; span_days = end - start lets a
-- range query bound its index scan on start_date.
CREATE TABLE activity (
	id          INTEGER PRIMARY KEY,
	campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,
	number      TEXT NOT NULL,
	title       TEXT NOT NULL CHECK (length(title) > 0),
	description TEXT,
	start_date  TEXT,
	end_date    TEXT,
	span_days   INTEGER,
	start_time  TEXT,
	end_time    TEXT,
	location    TEXT,
	notes       TEXT,
	CHECK ((start_date IS NULL) = (end_date IS NULL)),
	CHECK (end_date IS NULL OR end_date >= start_date),
	CHECK (end_time IS NULL OR start_time IS NOT NULL)
);
CREATE INDEX activity_campaign ON activity(campaign_id, seq);
CREATE INDEX activity_start ON activity(start_date);
CREATE INDEX activity_span ON activity(span_days);

-- The responsibility matrix: who leads (牵头) and who cooperates (配合).
CREATE TABLE assignment (
	activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
	unit_id     INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
	role        TEXT NOT NULL CHECK (role IN ('lead', 'cooperate')),
	seq         INTEGER NOT NULL,
	PRIMARY KEY (activity_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX assignment_unit ON assignment(unit_id, activity_id);

-- The organising committee (组委会).
CREATE TABLE committee_member (
	campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
	unit_id     INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
	role        TEXT NOT NULL CHECK (role IN ('chair', 'member', 'office')),
	seq         INTEGER NOT NULL,
	PRIMARY KEY (campaign_id, role, unit_id)
) WITHOUT ROWID;
CREATE INDEX committee_unit ON committee_member(unit_id);

-- A report or other thing due. Either an absolute date (rule_kind 'date')
-- or a rule: rule_offset calendar days or working days after (negative:
-- before) an anchor. due_date holds the resolved date in both cases, so
-- "what is due this week" is an index range scan; it is recomputed
-- whenever the rule, the anchor or the calendar changes. rule_kind 'none'
-- is a duty without a date ("report at any time during the week").
CREATE TABLE deadline (
	id                INTEGER PRIMARY KEY,
	campaign_id       INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
	activity_id       INTEGER REFERENCES activity(id) ON DELETE CASCADE,
	seq               INTEGER NOT NULL,
	what              TEXT NOT NULL CHECK (length(what) > 0),
	rule_text         TEXT,
	rule_kind         TEXT NOT NULL CHECK (rule_kind IN ('date', 'relative', 'none')),
	fixed_date        TEXT,
	rule_offset       INTEGER,
	rule_unit         TEXT CHECK (rule_unit IN ('days', 'workdays')),
	rule_anchor       TEXT CHECK (rule_anchor IN ('campaign_start', 'campaign_end',
	                                              'activity_start', 'activity_end')),
	roll_forward      INTEGER NOT NULL DEFAULT 0,
	due_date          TEXT,
	submit_to_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
	submit_to         TEXT,
	notes             TEXT,
	CHECK (rule_kind <> 'date' OR fixed_date IS NOT NULL),
	CHECK (rule_kind <> 'relative' OR (rule_offset IS NOT NULL AND rule_unit IS NOT NULL
	                                   AND rule_anchor IS NOT NULL))
);
CREATE INDEX deadline_due ON deadline(due_date);
CREATE INDEX deadline_campaign ON deadline(campaign_id, seq);

-- Who must submit, and whether they have (submitted_on NULL = pending).
CREATE TABLE deadline_unit (
	deadline_id  INTEGER NOT NULL REFERENCES deadline(id) ON DELETE CASCADE,
	unit_id      INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
	seq          INTEGER NOT NULL,
	submitted_on TEXT,
	PRIMARY KEY (deadline_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX deadline_unit_unit ON deadline_unit(unit_id);

CREATE TABLE contact (
	id          INTEGER PRIMARY KEY,
	campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
	activity_id INTEGER REFERENCES activity(id) ON DELETE CASCADE,
	unit_id     INTEGER REFERENCES unit(id) ON DELETE SET NULL,
	seq         INTEGER NOT NULL,
	name        TEXT NOT NULL,
	phone       TEXT,
	email       TEXT
);
CREATE INDEX contact_campaign ON contact(campaign_id, seq);

-- Days that differ from the weekly rhythm. origin 'official' rows come
-- with the program (State Council arrangements); 'user' rows are the
-- user's own (a local holiday) and override official ones.
CREATE TABLE calendar_day (
	day    TEXT NOT NULL,
	origin TEXT NOT NULL CHECK (origin IN ('official', 'user')),
	kind   TEXT NOT NULL CHECK (kind IN ('off', 'work', 'normal')),
	name   TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (day, origin)
) WITHOUT ROWID;

-- Years whose official arrangement is known.
CREATE TABLE calendar_year (
	year   INTEGER PRIMARY KEY,
	origin TEXT NOT NULL CHECK (origin IN ('official', 'user'))
);
