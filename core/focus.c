/* focus.c - a campaign's publicity focuses (see focus.h). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "focus.h"
#include "i18n-core.h"
#include "store.h"
#include "text.h"

/* Each point of list a non-empty one-line text, at most WP_FOCUS_MAX. */
static int check_points(json_t *list, wp_err *err)
{
	if (!json_is_array(list))
		return wp_err_set(err, WP_TR("plan: 'focus' must be a list of texts"));
	if (json_array_size(list) > WP_FOCUS_MAX)
		return wp_err_set(err, WP_TR("plan: 'focus' has %zu points (at most %d)"),
				  json_array_size(list), WP_FOCUS_MAX);
	size_t i;
	json_t *v;
	json_array_foreach(list, i, v) {
		char what[64];
		snprintf(what, sizeof what, "focus %zu", i + 1);
		if (!json_is_string(v))
			return wp_err_set(err, WP_TR("%s must be a text"), what);
		const char *s = json_string_value(v);
		if (strlen(s) != json_string_length(v))
			return wp_err_set(err, WP_TR("%s contains a NUL character"), what);
		if (!*s)
			return wp_err_set(err, WP_TR("%s is empty"), what);
		if (wp_text_check(s, what, WP_TEXT_SINGLE_LINE, err) != 0)
			return -1;
	}
	return 0;
}

static int replace_points(struct wp_store *st, int64_t campaign_id, json_t *list, wp_err *err)
{
	static const char del[] = "DELETE FROM campaign_focus WHERE campaign_id = ?1";
	static const char ins[] = "INSERT INTO campaign_focus(campaign_id, seq, text) VALUES (?1, ?2, ?3)";
	sqlite3_stmt *s = wp_store_stmt(st, del, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	size_t i;
	json_t *v;
	json_array_foreach(list, i, v) {
		if (!(s = wp_store_stmt(st, ins, err)))
			return -1;
		sqlite3_bind_int64(s, 1, campaign_id);
		sqlite3_bind_int(s, 2, (int)i);
		sqlite3_bind_text(s, 3, json_string_value(v), -1, SQLITE_TRANSIENT);
		if (wp_store_run(st, s, err) != 0)
			return -1;
	}
	return 0;
}

int wp_focus_set_json(struct wp_store *st, int64_t campaign_id, json_t *list, wp_err *err)
{
	json_t *none = NULL;
	if (!list || json_is_null(list))
		list = none = json_array();
	int rc = check_points(list, err);
	if (rc == 0 && (rc = wp_store_begin(st, err)) == 0) {
		rc = replace_points(st, campaign_id, list, err);
		if (rc == 0)
			rc = wp_store_commit(st, err);
		else
			wp_store_rollback(st);
	}
	json_decref(none);
	return rc;
}

int wp_focus_get_json(struct wp_store *st, int64_t campaign_id, json_t **out, wp_err *err)
{
	static const char sql[] = "SELECT text FROM campaign_focus WHERE campaign_id = ?1 ORDER BY seq";
	*out = NULL;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	json_t *list = json_array();
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1)
		json_array_append_new(list, json_string((const char *)sqlite3_column_text(s, 0)));
	if (rc < 0 || json_array_size(list) == 0) {
		json_decref(list);
		return rc < 0 ? -1 : 0;
	}
	*out = list;
	return 0;
}
