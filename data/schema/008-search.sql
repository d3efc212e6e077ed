-- weekplan schema step 008: a full-text index for search. Finding the
-- activities whose title or place contains a text was instr() over every
-- row, a full scan and a sort (245-600 ms at 1M activities). The index
-- uses the weekplan_cjk tokenizer (core/search-tokenizer.c) so that a
-- two-character Chinese word is found.
--
-- Only weekplan has that tokenizer, so no trigger may write the index:
-- any other program writing activity (the sqlite3 tool, a script) would
-- fail with "no such tokenizer". The triggers note the changed ids in
-- activity_search_stale instead (plain SQL, any program can run it); a
-- search reads those activities directly besides the index, so it is
-- right whoever wrote last, and weekplan folds them into the index
-- (core/query.c). The index keeps its own copy of the text so that
-- folding in a changed or deleted activity needs only its id.
CREATE VIRTUAL TABLE activity_search USING fts5(
	title, location, tokenize = 'weekplan_cjk'
);
CREATE TABLE activity_search_stale (id INTEGER PRIMARY KEY);
INSERT INTO activity_search_stale(id) SELECT id FROM activity;

CREATE TRIGGER activity_search_on_insert AFTER INSERT ON activity
BEGIN
	INSERT OR IGNORE INTO activity_search_stale(id) VALUES (NEW.id);
END;

CREATE TRIGGER activity_search_on_delete AFTER DELETE ON activity
BEGIN
	INSERT OR IGNORE INTO activity_search_stale(id) VALUES (OLD.id);
END;

CREATE TRIGGER activity_search_on_update AFTER UPDATE OF id, title, location ON activity
BEGIN
	INSERT OR IGNORE INTO activity_search_stale(id) VALUES (OLD.id), (NEW.id);
END;
