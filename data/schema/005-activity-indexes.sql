-- weekplan schema, version 5: indexes on the activity a deadline or a
-- contact belongs to. Both columns are foreign keys with ON DELETE
-- CASCADE; without an index, every activity deleted (one by one in the
-- planner, a campaign's worth when a plan is replaced) made SQLite scan
-- the whole deadline table and the whole contact table for its children.
-- Deleting an activity also first counts the deadlines attached to it.
CREATE INDEX deadline_activity ON deadline(activity_id);
CREATE INDEX contact_activity ON contact(activity_id);
