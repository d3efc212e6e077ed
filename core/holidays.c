#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "deadline.h"
#include "embedded.h"
#include "holidays.h"
#include "store.h"
#include "text.h"

/* FNV-1a: identifies the embedded data version without a hand-kept number. */
static unsigned long long data_hash(const char *s)
{
	unsigned long long h = 1469598103934665603ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static int stored_hash_matches(wp_store *st, const char *hash, wp_err *err)
{
	static const char sql[] = "SELECT value FROM meta WHERE key = 'holidays_hash'";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	int rc = wp_store_next(st, s, err);
	if (rc < 0)
		return -1;
	int same = rc == 1 && strcmp(wp_col_text(s, 0), hash) == 0;
	sqlite3_reset(s);
	return same;
}

static int insert_official_row(wp_store *st, const char *line, wp_err *err)
{
	static const char sql_day[] =
		"INSERT INTO calendar_day(day, origin, kind, name) VALUES (?1, 'official', ?2, ?3)";
	static const char sql_year[] =
		"INSERT OR IGNORE INTO calendar_year(year, origin) VALUES (?1, 'official')";
	char date[16], kind[16], name[128];
	if (sscanf(line, "%15[^\t]\t%15[^\t]\t%127[^\n]", date, kind, name) != 3)
		return wp_err_set(err, "bad holiday data line: %.40s", line);
	wp_date d;
	if (wp_date_parse(date, &d, err) != 0)
		return -1;
	sqlite3_stmt *s = wp_store_stmt(st, sql_day, err);
	if (!s)
		return -1;
	wp_bind_text(s, 1, date);
	wp_bind_text(s, 2, kind);
	wp_bind_text(s, 3, name);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	int y, m, dd;
	wp_date_to_ymd(d, &y, &m, &dd);
	if (!(s = wp_store_stmt(st, sql_year, err)))
		return -1;
	sqlite3_bind_int(s, 1, y);
	return wp_store_run(st, s, err);
}

static int load_official(wp_store *st, const char *hash, wp_err *err)
{
	static const char sql_clear_days[] = "DELETE FROM calendar_day WHERE origin = 'official'";
	static const char sql_clear_years[] = "DELETE FROM calendar_year WHERE origin = 'official'";
	static const char sql_meta[] =
		"INSERT OR REPLACE INTO meta(key, value) VALUES ('holidays_hash', ?1)";
	sqlite3_stmt *s;
	if (!(s = wp_store_stmt(st, sql_clear_days, err)) || wp_store_run(st, s, err) != 0)
		return -1;
	if (!(s = wp_store_stmt(st, sql_clear_years, err)) || wp_store_run(st, s, err) != 0)
		return -1;
	const char *p = strchr(wp_embedded_holidays_tsv, '\n'); /* skip header */
	while (p && *++p) {
		if (insert_official_row(st, p, err) != 0)
			return -1;
		p = strchr(p, '\n');
	}
	if (!(s = wp_store_stmt(st, sql_meta, err)))
		return -1;
	wp_bind_text(s, 1, hash);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	wp_store_calendar_changed(st);
	return wp_deadline_resolve_all(st, WP_DATE_NONE, err);
}

int wp_holidays_sync(wp_store *st, wp_err *err)
{
	char hash[32];
	snprintf(hash, sizeof hash, "%016llx", data_hash(wp_embedded_holidays_tsv));
	int same = stored_hash_matches(st, hash, err);
	if (same != 0)
		return same < 0 ? -1 : 0;
	if (wp_store_begin(st, err) != 0)
		return -1;
	if (load_official(st, hash, err) != 0) {
		wp_store_rollback(st);
		return wp_err_prefix(err, "loading the holiday calendar: ");
	}
	return wp_store_commit(st, err);
}

static const char *kind_name(wp_daykind kind)
{
	return kind == WP_DAY_OFF ? "off" : kind == WP_DAY_WORK ? "work" : "normal";
}

/* Deadlines whose due date could move when day changes: relative rules
 * reach at most a year from their anchor. */
static int resolve_around(wp_store *st, wp_date day, wp_err *err)
{
	wp_store_calendar_changed(st);
	return wp_deadline_resolve_all(st, day, err);
}

int wp_holidays_set_user_day(wp_store *st, wp_date day, wp_daykind kind,
			     const char *name, wp_err *err)
{
	static const char sql[] = "INSERT OR REPLACE INTO calendar_day(day, origin, kind, name) "
				  "VALUES (?1, 'user', ?2, ?3)";
	if (wp_text_check(name, "holiday name", WP_TEXT_SINGLE_LINE, err) != 0)
		return -1;
	if (wp_store_begin(st, err) != 0)
		return -1;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (s) {
		wp_bind_date(s, 1, day);
		wp_bind_text(s, 2, kind_name(kind));
		wp_bind_text(s, 3, name ? name : "");
	}
	if (!s || wp_store_run(st, s, err) != 0 || resolve_around(st, day, err) != 0) {
		wp_store_rollback(st);
		return -1;
	}
	return wp_store_commit(st, err);
}

int wp_holidays_set_year_known(wp_store *st, int year, bool known, wp_err *err)
{
	static const char sql_add[] =
		"INSERT OR IGNORE INTO calendar_year(year, origin) VALUES (?1, 'user')";
	static const char sql_del[] = "DELETE FROM calendar_year WHERE year = ?1 AND origin = 'user'";
	if (year < WP_YEAR_MIN || year > WP_YEAR_MAX)
		return wp_err_set(err, "year %d is outside %d-%d", year, WP_YEAR_MIN, WP_YEAR_MAX);
	sqlite3_stmt *s = wp_store_stmt(st, known ? sql_add : sql_del, err);
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	wp_store_calendar_changed(st);
	return 0;
}

int wp_holidays_clear_user_day(wp_store *st, wp_date day, wp_err *err)
{
	static const char sql[] = "DELETE FROM calendar_day WHERE day = ?1 AND origin = 'user'";
	if (wp_store_begin(st, err) != 0)
		return -1;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (s)
		wp_bind_date(s, 1, day);
	if (!s || wp_store_run(st, s, err) != 0 || resolve_around(st, day, err) != 0) {
		wp_store_rollback(st);
		return -1;
	}
	return wp_store_commit(st, err);
}
