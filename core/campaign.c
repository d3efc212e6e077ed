#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "campaign.h"
#include "i18n-core.h"
#include "store.h"

static void ref_from_row(sqlite3_stmt *s, wp_campaign_ref *ref)
{
	ref->id = sqlite3_column_int64(s, 0);
	ref->title = wp_col_strdup(s, 1);
	ref->region = wp_col_strdup(s, 2);
	ref->start = wp_col_date(s, 3);
	ref->end = wp_col_date(s, 4);
}

void wp_campaign_ref_clear(wp_campaign_ref *ref)
{
	free(ref->title);
	free(ref->region);
	ref->title = ref->region = NULL;
}

void wp_campaign_refs_free(wp_campaign_ref *refs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		wp_campaign_ref_clear(&refs[i]);
	free(refs);
}

static bool all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

static int find_by_id(wp_store *st, const char *spec, wp_campaign_ref *out, wp_err *err)
{
	static const char sql[] = "SELECT id, title, region, period_start, period_end "
				  "FROM campaign WHERE id = ?1";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, strtoll(spec, NULL, 10));
	int rc = wp_store_next(st, s, err);
	if (rc == 1) {
		ref_from_row(s, out);
		sqlite3_reset(s);
	}
	return rc;
}

int wp_campaign_find(wp_store *st, const char *spec, wp_campaign_ref *out, wp_err *err)
{
	/* Campaigns are few (a handful a year), so a substring scan of titles
	 * is fine; the limit keeps a vague spec from listing them all. */
	static const char sql[] = "SELECT id, title, region, period_start, period_end "
				  "FROM campaign WHERE instr(title, ?1) > 0 OR region = ?1 "
				  "ORDER BY period_start DESC, id LIMIT 6";
	memset(out, 0, sizeof *out);
	if (!spec || !*spec)
		return wp_err_set(err, WP_TR("no campaign given"));
	if (all_digits(spec) && strlen(spec) < 15) {
		int rc = find_by_id(st, spec, out, err);
		if (rc != 0)
			return rc < 0 ? -1 : 0;
	}
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	wp_bind_text(s, 1, spec);
	wp_buf names = WP_BUF_INIT;
	int n = 0, rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		if (n == 0)
			ref_from_row(s, out);
		wp_buf_printf(&names, "%s%lld %s", n ? "; " : "",
			      (long long)sqlite3_column_int64(s, 0), wp_col_text(s, 1));
		n++;
	}
	if (rc == 0 && n == 0)
		rc = wp_err_set(err, WP_TR("no campaign matches '%s' (see 'weekplan campaigns')"), spec);
	else if (rc == 0 && n > 5)
		rc = wp_err_set(err, WP_TR("'%s' matches more than 5 campaigns, such as %s"), spec,
				wp_buf_str(&names));
	else if (rc == 0 && n > 1)
		rc = wp_err_set(err, WP_TR("'%s' matches %d campaigns: %s"), spec, n, wp_buf_str(&names));
	wp_buf_free(&names);
	if (rc != 0)
		wp_campaign_ref_clear(out);
	return rc < 0 ? -1 : 0;
}

int wp_campaign_list(wp_store *st, wp_campaign_ref **out, size_t *n, wp_err *err)
{
	static const char sql[] = "SELECT id, title, region, period_start, period_end "
				  "FROM campaign ORDER BY period_start DESC, id";
	*out = NULL;
	*n = 0;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	size_t cap = 0;
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			*out = wp_xrealloc(*out, cap * sizeof **out);
		}
		ref_from_row(s, &(*out)[(*n)++]);
	}
	if (rc < 0) {
		wp_campaign_refs_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* The first column of sql's first row (?1 today, ?2 today less span, for
 * the statements that have them), or 0 when it has none. */
static int first_int(wp_store *st, const char *sql, wp_date today, int span, int64_t *out,
		     wp_err *err)
{
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	if (sqlite3_bind_parameter_count(s) >= 1)
		wp_bind_date(s, 1, today);
	if (sqlite3_bind_parameter_count(s) >= 2)
		wp_bind_date(s, 2, today - span);
	int rc = wp_store_next(st, s, err);
	*out = rc == 1 ? sqlite3_column_int64(s, 0) : 0;
	if (rc == 1)
		sqlite3_reset(s);
	return rc < 0 ? -1 : 0;
}

int wp_campaign_current(wp_store *st, wp_date today, int64_t *id, wp_err *err)
{
	/* Running: started at most the longest campaign ago, so the walk of
	 * campaign_period back from today stops there. */
	static const char running_sql[] =
		"SELECT id FROM campaign WHERE period_start BETWEEN ?2 AND ?1 "
		"AND period_end >= ?1 ORDER BY period_start DESC, id LIMIT 1";
	static const char next_sql[] = "SELECT id FROM campaign WHERE period_start > ?1 "
				       "ORDER BY period_start, id DESC LIMIT 1";
	static const char latest_sql[] =
		"SELECT id FROM campaign ORDER BY period_start DESC, id LIMIT 1";
	static const char span_sql[] = "SELECT coalesce(max(span_days), 0) FROM campaign";
	int64_t span;
	*id = 0;
	if (first_int(st, span_sql, today, 0, &span, err) != 0 ||
	    first_int(st, running_sql, today, (int)span, id, err) != 0)
		return -1;
	if (*id == 0 && first_int(st, next_sql, today, 0, id, err) != 0)
		return -1;
	if (*id == 0 && first_int(st, latest_sql, today, 0, id, err) != 0)
		return -1;
	return 0;
}

int wp_campaign_with_title(wp_store *st, const char *title, const char *region, int64_t *id,
			   wp_err *err)
{
	static const char sql[] = "SELECT id FROM campaign WHERE title = ?1 AND region = ?2";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	wp_bind_text(s, 1, title);
	wp_bind_text(s, 2, region);
	int rc = wp_store_next(st, s, err);
	if (rc == 1) {
		*id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
	}
	return rc;
}

int wp_campaign_delete(wp_store *st, int64_t id, wp_err *err)
{
	static const char sql[] = "DELETE FROM campaign WHERE id = ?1";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	if (sqlite3_changes(wp_store_db(st)) == 0)
		return wp_err_set(err, WP_TR("no campaign with id %lld"), (long long)id);
	return 0;
}
