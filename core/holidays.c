#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "deadline.h"
#include "embedded.h"
#include "holidays.h"
#include "i18n-core.h"
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

/* ---- reading an arrangement (data/holidays-cn.tsv's format) ---------- */

struct arrangement_day {
	wp_date day;
	wp_daykind kind;
	int line;
	char *name;
};

struct arrangement {
	struct arrangement_day *days;
	size_t n, cap;
	int years[WP_HOLIDAYS_MAX_YEARS]; /* the years it replaces, ascending */
	int nyears;
};

static void arrangement_free(struct arrangement *a)
{
	for (size_t i = 0; i < a->n; i++)
		free(a->days[i].name);
	free(a->days);
	*a = (struct arrangement){0};
}

/* One "date<TAB>kind<TAB>name" line (NUL-terminated, no newline). */
static int parse_day(char *line, int lineno, struct arrangement_day *out, wp_err *err)
{
	char *kind = strchr(line, '\t');
	char *name = kind ? strchr(kind + 1, '\t') : NULL;
	if (!name || strchr(name + 1, '\t'))
		return wp_err_set(err, WP_TR("line %d: expected date, kind and name separated by tabs"),
				  lineno);
	*kind++ = '\0';
	*name++ = '\0';
	wp_err why;
	if (wp_date_parse(line, &out->day, &why) != 0)
		return wp_err_set(err, WP_TR("line %d: %s"), lineno, why.msg);
	if (strcmp(kind, "off") == 0)
		out->kind = WP_DAY_OFF;
	else if (strcmp(kind, "work") == 0)
		out->kind = WP_DAY_WORK;
	else
		return wp_err_set(err, WP_TR("line %d: the kind is '%.20s', not off or work"), lineno,
				  kind);
	/* A make-up working day on a weekday would change nothing: it is a
	 * typo for another date. */
	if (out->kind == WP_DAY_WORK && !wp_date_is_weekend(out->day))
		return wp_err_set(err, WP_TR("line %d: %s is a weekday, so it cannot be a make-up "
					     "working day"),
				  lineno, line);
	if (!*name || strlen(name) > 100 ||
	    wp_text_check(name, "holiday name", WP_TEXT_SINGLE_LINE, &why) != 0)
		return wp_err_set(err, WP_TR("line %d: the holiday name is empty, longer than "
					     "100 bytes or holds a control character"),
				  lineno);
	out->line = lineno;
	out->name = wp_xstrdup(name);
	return 0;
}

static int by_day_then_line(const void *a, const void *b)
{
	const struct arrangement_day *x = a, *y = b;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line);
}

/* Sorts the days, refuses a day listed twice, and finds the years the
 * arrangement replaces: every year it lists a day of, except December
 * days when it also lists the next year (a notice's 元旦 period can begin
 * on 31 December: such a day joins its year without replacing it). */
static int finish_arrangement(struct arrangement *a, wp_err *err)
{
	if (a->n == 0)
		return wp_err_set(err, WP_TR("the file lists no days"));
	qsort(a->days, a->n, sizeof *a->days, by_day_then_line);
	for (size_t i = 1; i < a->n; i++)
		if (a->days[i].day == a->days[i - 1].day) {
			char iso[WP_DATE_ISO_SIZE];
			return wp_err_set(err, WP_TR("line %d: %s is already listed on line %d"),
					  a->days[i].line, wp_date_format(a->days[i].day, iso),
					  a->days[i - 1].line);
		}
	int y, m, d, last_year;
	wp_date_to_ymd(a->days[a->n - 1].day, &last_year, &m, &d);
	for (size_t i = 0; i < a->n; i++) {
		wp_date_to_ymd(a->days[i].day, &y, &m, &d);
		if ((m == 12 && y < last_year) || (a->nyears && a->years[a->nyears - 1] == y))
			continue;
		if (a->nyears == WP_HOLIDAYS_MAX_YEARS)
			return wp_err_set(err, WP_TR("the file covers more than %d years"),
					  WP_HOLIDAYS_MAX_YEARS);
		a->years[a->nyears++] = y;
	}
	return 0;
}

/* Reads one line of text at *pos into line (NUL-terminated, without its
 * newline or a CR before it) and moves *pos past it. */
static int next_line(const char *text, size_t len, size_t *pos, int lineno, char *line,
		     size_t size, wp_err *err)
{
	const char *start = text + *pos;
	const char *nl = memchr(start, '\n', len - *pos);
	size_t n = nl ? (size_t)(nl - start) : len - *pos;
	*pos += n + (nl != NULL);
	if (n && start[n - 1] == '\r')
		n--;
	if (n >= size)
		return wp_err_set(err, WP_TR("line %d: longer than %d bytes"), lineno,
				  (int)size - 1);
	if (!wp_text_is_utf8(start, n) || memchr(start, '\0', n))
		return wp_err_set(err, WP_TR("line %d: not UTF-8 text"), lineno);
	memcpy(line, start, n);
	line[n] = '\0';
	return 0;
}

/* Reads text (len bytes) into a. The first line may be the header
 * "date<TAB>kind<TAB>name"; lines starting with '#' are comments. On
 * error a is left empty. */
static int parse_arrangement(const char *text, size_t len, struct arrangement *a, wp_err *err)
{
	*a = (struct arrangement){0};
	if (len > WP_HOLIDAYS_MAX_BYTES)
		return wp_err_set(err, WP_TR("the file is larger than %d bytes"),
				  WP_HOLIDAYS_MAX_BYTES);
	/* A spreadsheet saving "Unicode text" may start with a byte-order mark. */
	size_t pos = len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	for (int lineno = 1; pos < len; lineno++) {
		char line[512];
		if (next_line(text, len, &pos, lineno, line, sizeof line, err) != 0) {
			arrangement_free(a);
			return -1;
		}
		if (line[0] == '#' || (lineno == 1 && strcmp(line, "date\tkind\tname") == 0))
			continue;
		if (a->n == a->cap) {
			a->cap = a->cap ? a->cap * 2 : 64;
			a->days = wp_xrealloc(a->days, a->cap * sizeof *a->days);
		}
		if (parse_day(line, lineno, &a->days[a->n], err) != 0) {
			arrangement_free(a);
			return -1;
		}
		a->n++;
	}
	if (finish_arrangement(a, err) != 0) {
		arrangement_free(a);
		return -1;
	}
	return 0;
}

/* ---- storing it -------------------------------------------------------- */

static int replace_year(wp_store *st, int year, wp_err *err)
{
	static const char sql_days[] = "DELETE FROM calendar_day WHERE origin = 'official' "
				       "AND day BETWEEN ?1 AND ?2";
	static const char sql_year[] =
		"INSERT OR REPLACE INTO calendar_year(year, origin) VALUES (?1, 'official')";
	sqlite3_stmt *s = wp_store_stmt(st, sql_days, err);
	if (!s)
		return -1;
	wp_bind_date(s, 1, wp_date_from_ymd(year, 1, 1));
	wp_bind_date(s, 2, wp_date_from_ymd(year, 12, 31));
	if (wp_store_run(st, s, err) != 0 || !(s = wp_store_stmt(st, sql_year, err)))
		return -1;
	sqlite3_bind_int(s, 1, year);
	return wp_store_run(st, s, err);
}

static const char *kind_name(wp_daykind kind)
{
	return kind == WP_DAY_OFF ? "off" : kind == WP_DAY_WORK ? "work" : "normal";
}

/* Replaces the arrangement's years by its days and resolves every
 * deadline again; the caller holds the transaction. */
static int store_arrangement(wp_store *st, const struct arrangement *a, wp_err *err)
{
	static const char sql_day[] = "INSERT OR REPLACE INTO calendar_day(day, origin, kind, name) "
				      "VALUES (?1, 'official', ?2, ?3)";
	for (int i = 0; i < a->nyears; i++)
		if (replace_year(st, a->years[i], err) != 0)
			return -1;
	for (size_t i = 0; i < a->n; i++) {
		sqlite3_stmt *s = wp_store_stmt(st, sql_day, err);
		if (!s)
			return -1;
		wp_bind_date(s, 1, a->days[i].day);
		wp_bind_text(s, 2, kind_name(a->days[i].kind));
		wp_bind_text(s, 3, a->days[i].name);
		if (wp_store_run(st, s, err) != 0)
			return -1;
	}
	wp_store_calendar_changed(st);
	return wp_deadline_resolve_all(st, WP_DATE_NONE, err);
}

/* The embedded data replaces the years it holds; a year imported by the
 * user that it does not hold stays. */
static int load_official(wp_store *st, const char *hash, wp_err *err)
{
	static const char sql_meta[] =
		"INSERT OR REPLACE INTO meta(key, value) VALUES ('holidays_hash', ?1)";
	struct arrangement a;
	const char *tsv = wp_embedded_holidays_tsv;
	if (parse_arrangement(tsv, strlen(tsv), &a, err) != 0)
		return -1;
	int rc = store_arrangement(st, &a, err);
	arrangement_free(&a);
	if (rc != 0)
		return -1;
	sqlite3_stmt *s = wp_store_stmt(st, sql_meta, err);
	if (!s)
		return -1;
	wp_bind_text(s, 1, hash);
	return wp_store_run(st, s, err);
}

int wp_holidays_import(wp_store *st, const char *text, size_t len,
		       wp_holidays_import_result *res, wp_err *err)
{
	struct arrangement a;
	if (parse_arrangement(text, len, &a, err) != 0)
		return -1;
	int rc = wp_store_begin(st, err);
	if (rc == 0 && store_arrangement(st, &a, err) != 0) {
		wp_store_rollback(st);
		rc = -1;
	} else if (rc == 0) {
		rc = wp_store_commit(st, err);
	}
	if (rc == 0 && res) {
		res->ndays = a.n;
		res->nyears = a.nyears;
		memcpy(res->years, a.years, sizeof res->years);
	}
	arrangement_free(&a);
	return rc;
}

wp_calendar *wp_holidays_official_calendar(void)
{
	wp_calendar *cal = wp_calendar_new(NULL, NULL);
	struct arrangement a;
	wp_err err;
	/* the embedded data is checked by the tests: a failure leaves the
	 * calendar empty, covering no year, so nothing is counted by it */
	if (parse_arrangement(wp_embedded_holidays_tsv, strlen(wp_embedded_holidays_tsv), &a, &err) != 0)
		return cal;
	for (size_t i = 0; i < a.n; i++)
		wp_calendar_add(cal, a.days[i].day, a.days[i].kind, a.days[i].name);
	for (int k = 0; k < a.nyears; k++)
		wp_calendar_set_covered(cal, a.years[k], true);
	arrangement_free(&a);
	return cal;
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
		return wp_err_set(err, WP_TR("year %d is outside %d-%d"), year, WP_YEAR_MIN, WP_YEAR_MAX);
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
