/* plan-source.c - the campaign_source rows: the plan last imported. */
#include "config.h"

#include <stdlib.h>

#include "plan-source.h"
#include "store.h"

int wp_plan_source_put(wp_store *st, int64_t campaign_id, const char *json, wp_err *err)
{
	static const char sql[] = "INSERT OR REPLACE INTO campaign_source(campaign_id, plan_json) "
				  "VALUES (?1, ?2)";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	wp_bind_text(s, 2, json);
	return wp_store_run(st, s, err);
}

int wp_plan_source_get(wp_store *st, int64_t campaign_id, char **json, wp_err *err)
{
	static const char sql[] = "SELECT plan_json FROM campaign_source WHERE campaign_id = ?1";
	*json = NULL;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	int rc = wp_store_next(st, s, err);
	if (rc <= 0)
		return rc;
	*json = wp_col_strdup(s, 0);
	sqlite3_reset(s);
	return 0;
}
