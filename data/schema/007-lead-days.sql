-- weekplan schema step 007: a unit's lead duties in
-- date order. Finding the activities a unit leads that overlap one of
-- its own (conflicts, and so `check`) walked every assignment of the unit
-- over all years and fetched each activity from a random page to read
-- its date: ~1,300 lookups per activity checked at 1M activities. An
-- index cannot span two tables, so assignment keeps a copy of its
-- activity's start_date, kept in step by the triggers below (every
-- writer, the planner, imports and snapshot restores alike, goes through
-- them), and the partial index gives one unit's lead duties by date.
ALTER TABLE assignment ADD COLUMN start_date TEXT;
UPDATE assignment SET start_date =
	(SELECT a.start_date FROM activity a WHERE a.id = assignment.activity_id);
CREATE INDEX assignment_lead_day ON assignment(unit_id, start_date) WHERE role = 'lead';

-- A new assignment takes its activity's date.
CREATE TRIGGER assignment_date_on_insert AFTER INSERT ON assignment
WHEN NEW.start_date IS NOT (SELECT a.start_date FROM activity a WHERE a.id = NEW.activity_id)
BEGIN
	UPDATE assignment SET start_date =
		(SELECT a.start_date FROM activity a WHERE a.id = NEW.activity_id)
	WHERE activity_id = NEW.activity_id AND unit_id = NEW.unit_id;
END;

-- An assignment moved to another activity takes that one's date.
CREATE TRIGGER assignment_date_on_move AFTER UPDATE OF activity_id, start_date ON assignment
WHEN NEW.start_date IS NOT (SELECT a.start_date FROM activity a WHERE a.id = NEW.activity_id)
BEGIN
	UPDATE assignment SET start_date =
		(SELECT a.start_date FROM activity a WHERE a.id = NEW.activity_id)
	WHERE activity_id = NEW.activity_id AND unit_id = NEW.unit_id;
END;

-- A rescheduled activity moves its assignments with it.
CREATE TRIGGER activity_date_to_assignments AFTER UPDATE OF start_date ON activity
WHEN NEW.start_date IS NOT OLD.start_date
BEGIN
	UPDATE assignment SET start_date = NEW.start_date WHERE activity_id = NEW.id;
END;
