-- weekplan schema step 008: a full-text index for search. Finding the
-- activities whose title or place contains a text was instr() over every
-- row, a full scan and a sort (245-600 ms at 1M activities). The index is
-- external content (it stores no copy of the text, only the tokens) over
-- activity, with the weekplan_cjk tokenizer (core/search-tokenizer.c) so
-- that a two-character Chinese word is found; the triggers below keep it
-- in step with every writer, as step 007's do for assignment.
CREATE VIRTUAL TABLE activity_search USING fts5(
	title, location, content = 'activity', content_rowid = 'id',
	tokenize = 'weekplan_cjk', detail = 'full'
);
INSERT INTO activity_search(activity_search) VALUES ('rebuild');

CREATE TRIGGER activity_search_on_insert AFTER INSERT ON activity
BEGIN
	INSERT INTO activity_search(rowid, title, location)
	VALUES (NEW.id, NEW.title, NEW.location);
END;

CREATE TRIGGER activity_search_on_delete AFTER DELETE ON activity
BEGIN
	INSERT INTO activity_search(activity_search, rowid, title, location)
	VALUES ('delete', OLD.id, OLD.title, OLD.location);
END;

CREATE TRIGGER activity_search_on_update AFTER UPDATE OF id, title, location ON activity
BEGIN
	INSERT INTO activity_search(activity_search, rowid, title, location)
	VALUES ('delete', OLD.id, OLD.title, OLD.location);
	INSERT INTO activity_search(rowid, title, location)
	VALUES (NEW.id, NEW.title, NEW.location);
END;
