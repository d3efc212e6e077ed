-- weekplan schema, version 2: row revisions.
-- An editor reads a row with its revision and writes it back with
-- "... WHERE id = ? AND revision = ?", bumping the revision; a write that
-- changes nothing means someone else changed the row first, so an edit
-- never silently overwrites another's.
ALTER TABLE campaign ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activity ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deadline ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE unit ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
