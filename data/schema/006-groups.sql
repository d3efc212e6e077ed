-- weekplan schema, version 6: groups of units (组委会成员单位, 各乡镇人民政府).
-- A notice often makes a group owe a report, and each member of the group
-- has to be chased for it. A group is an ordinary unit with members.
--
-- Committee groups: a unit whose name is one of committee_group_word
-- (组委会成员单位, 成员单位, 各成员单位 ...) stands, in each campaign, for
-- that campaign's committee members: its vice-chairs and members. The
-- chair and the office are left out: they are the ones the reports go to.
-- Their membership is not stored but read from committee_member, so a unit
-- added to a committee later is at once a member of its group. (The
-- queries that read groups are in core/group.h and core/group.c; they are
-- written out rather than put in a view, since SQLite materialises a
-- UNION ALL view whole instead of looking up the one group wanted.)
--
-- User groups (各县区局 of 朝阳市): group_member rows, the same in every
-- campaign.
CREATE TABLE committee_group_word (
	name_key TEXT PRIMARY KEY  -- as wp_text_key makes it
) WITHOUT ROWID;
INSERT INTO committee_group_word(name_key) VALUES
	('组委会成员单位'), ('成员单位'), ('各成员单位'), ('组委会各成员单位'),
	('各组委会成员单位'), ('组委会成员'), ('领导小组成员单位'),
	('领导小组各成员单位'), ('各领导小组成员单位'), ('宣传周组委会成员单位'),
	('宣传周组委会各成员单位'), ('联席会议成员单位'), ('联席会议各成员单位');

-- Listing the groups finds the committee groups by name.
CREATE INDEX unit_name_key ON unit(name_key);

CREATE TABLE group_member (
	group_id  INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
	member_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
	seq       INTEGER NOT NULL,
	PRIMARY KEY (group_id, member_id),
	CHECK (group_id <> member_id)
) WITHOUT ROWID;
CREATE INDEX group_member_member ON group_member(member_id);

-- A member's submission of a report its group owes. A group's own
-- deadline_unit.submitted_on, when set, stands for every member (the
-- group reported as one, or was marked so before it had members).
CREATE TABLE member_submission (
	deadline_id  INTEGER NOT NULL REFERENCES deadline(id) ON DELETE CASCADE,
	group_id     INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
	member_id    INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
	submitted_on TEXT NOT NULL,
	PRIMARY KEY (deadline_id, group_id, member_id)
) WITHOUT ROWID;
CREATE INDEX member_submission_member ON member_submission(member_id);
