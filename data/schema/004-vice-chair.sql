-- weekplan schema, version 4: the committee's vice-chairs (副主任, 副组长).
-- Plan notices name deputies between the chair and the members. SQLite
-- cannot change a CHECK constraint in place, so committee_member is
-- rebuilt: a new table under the new rule, every row copied across, the
-- old one dropped and the new one renamed. Nothing references
-- committee_member, so dropping it does not touch other tables; the step
-- runs inside the upgrade's transaction, so it happens whole or not at all.
CREATE TABLE committee_member_v4 (
	campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
	unit_id     INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
	role        TEXT NOT NULL
	            CHECK (role IN ('chair', 'vice_chair', 'member', 'office')),
	seq         INTEGER NOT NULL,
	PRIMARY KEY (campaign_id, role, unit_id)
) WITHOUT ROWID;
INSERT INTO committee_member_v4(campaign_id, unit_id, role, seq)
	SELECT campaign_id, unit_id, role, seq FROM committee_member;
DROP TABLE committee_member;
ALTER TABLE committee_member_v4 RENAME TO committee_member;
CREATE INDEX committee_unit ON committee_member(unit_id);
