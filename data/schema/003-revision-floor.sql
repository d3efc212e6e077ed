-- weekplan schema, version 3: revisions never go backwards.
-- SQLite gives a new row the highest rowid freed by a delete, so a
-- re-imported plan (import --replace) or a row added after a delete can
-- come back under the id of a row an editor still holds. Were its revision
-- to start again at 0, that editor's stale "WHERE id = ? AND revision = ?"
-- would match it and save over the new content. So every deleted row
-- raises a floor above its revision, and every inserted row starts at the
-- floor: a row's revisions are all higher than any revision a previous row
-- under the same id ever had.
CREATE TABLE revision_floor (
	one   INTEGER PRIMARY KEY CHECK (one = 1),
	floor INTEGER NOT NULL
);
INSERT INTO revision_floor VALUES (1, 0);

CREATE TRIGGER campaign_retired AFTER DELETE ON campaign BEGIN
	UPDATE revision_floor SET floor = max(floor, old.revision + 1);
END;
CREATE TRIGGER activity_retired AFTER DELETE ON activity BEGIN
	UPDATE revision_floor SET floor = max(floor, old.revision + 1);
END;
CREATE TRIGGER deadline_retired AFTER DELETE ON deadline BEGIN
	UPDATE revision_floor SET floor = max(floor, old.revision + 1);
END;
CREATE TRIGGER unit_retired AFTER DELETE ON unit BEGIN
	UPDATE revision_floor SET floor = max(floor, old.revision + 1);
END;

CREATE TRIGGER campaign_born AFTER INSERT ON campaign BEGIN
	UPDATE campaign SET revision = (SELECT floor FROM revision_floor)
	WHERE id = new.id AND revision < (SELECT floor FROM revision_floor);
END;
CREATE TRIGGER activity_born AFTER INSERT ON activity BEGIN
	UPDATE activity SET revision = (SELECT floor FROM revision_floor)
	WHERE id = new.id AND revision < (SELECT floor FROM revision_floor);
END;
CREATE TRIGGER deadline_born AFTER INSERT ON deadline BEGIN
	UPDATE deadline SET revision = (SELECT floor FROM revision_floor)
	WHERE id = new.id AND revision < (SELECT floor FROM revision_floor);
END;
CREATE TRIGGER unit_born AFTER INSERT ON unit BEGIN
	UPDATE unit SET revision = (SELECT floor FROM revision_floor)
	WHERE id = new.id AND revision < (SELECT floor FROM revision_floor);
END;
