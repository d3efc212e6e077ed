-- weekplan schema step 011: what the month grid reads of a day, from
-- indexes.
-- The grid shows each day's count and its first titles in agenda order.
-- It read every activity of its 42 days for that, ~11,400 rows fetched
-- from random pages at a million activities (27 of a month change's
-- 43 ms). Now (core/query-days.c) the counts come from activity_start
-- alone (a covering index), the titles from the first rows of each day in
-- start-time order (activity_start now carries the time: as an index on
-- the start date first it serves every query it served before), and the
-- few activities longer than a day, which show on the days after their
-- first too, from activity_multiday.
-- (Written to run again on a database that has them, as one whose
-- version was set back does.)
DROP INDEX IF EXISTS activity_start;
CREATE INDEX activity_start ON activity(start_date, start_time);
CREATE INDEX IF NOT EXISTS activity_multiday ON activity(start_date, end_date)
	WHERE end_date > start_date;
