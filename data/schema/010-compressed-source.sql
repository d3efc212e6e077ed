-- weekplan schema step 010: the kept plan may be compressed.
-- From this version core/plan-source.c stores campaign_source.plan_json as
-- a zlib blob headed "wpz1" (a million activities' plans kept as text
-- doubled the database and the import's writes). Rows kept before stay
-- text and read as they are. The step changes no table: it exists so that
-- an older weekplan, which would read the blob as text and merge against
-- garbage, refuses this database as written by a newer version instead.
SELECT 1;
