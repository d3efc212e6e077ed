/* query-days.c - what the month grid shows of each day.
 *
 * The grid draws a count and a title or two per day. Asking for the whole
 * agenda of its 42 days instead fetched every activity with its unit
 * names (two correlated subqueries a row), place and description: ~11,500
 * rows at a million activities, to show at most a hundred titles.
 *
 * Reading those rows even without their names still fetched ~11,500
 * activities from random pages (27 ms of a month change at a million), so
 * the grid now reads indexes where it can (schema step 011):
 *  - each day's count of activities starting on it: index activity_start
 *    alone (start date, start time), never the rows;
 *  - activities longer than a day, which also count and show on the days
 *    after their first: index activity_multiday, which holds only them;
 *  - undated activities, shown over their campaign's period: as before;
 *  - each day's first titles among the activities of that day alone: the
 *    first rows of activity_start for the day, in its order (start time),
 *    max_titles of them.
 * The rows that may give a title are then sorted in the agenda's order and
 * given to their days, as the agenda's rows were. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "query.h"
#include "store.h"

/* The columns every statement below gives, in agenda_sql's order terms
 * (query.c): the first and last day, undated, start time, the campaign's
 * start, the campaign, the place in it, the title. */
#define DAY_ROW_COLUMNS "a.start_date, a.end_date, 0, a.start_time, c.period_start, c.id, a.seq, a.title "
#define UNDATED_ROW_COLUMNS \
	"c.period_start, c.period_end, 1, a.start_time, c.period_start, c.id, a.seq, a.title "

/* The days that start in [?1, ?2] and how many activities start on each. */
static const char starts_sql[] = "SELECT start_date, count(*) FROM activity "
				 "WHERE start_date BETWEEN ?1 AND ?2 GROUP BY start_date";
/* Activities longer than a day covering [?1, ?2] (?3: ?1 less the longest
 * span), by index activity_multiday, whose condition this repeats. */
static const char long_sql[] = "SELECT " DAY_ROW_COLUMNS
			       "FROM activity a JOIN campaign c ON c.id = a.campaign_id "
			       "WHERE a.end_date > a.start_date "
			       "  AND a.start_date BETWEEN ?3 AND ?2 AND a.end_date >= ?1";
/* Undated activities over the period of their campaign (?4: ?1 less the
 * longest campaign). */
static const char undated_sql[] =
	"SELECT " UNDATED_ROW_COLUMNS
	"FROM campaign c JOIN activity a ON a.campaign_id = c.id AND a.start_date IS NULL "
	"WHERE c.period_start BETWEEN ?4 AND ?2 AND c.period_end >= ?1";
/* The first ?2 activities of day ?1 alone (not longer than it), in the
 * agenda's order: activity_start gives the start time's, so only the rows
 * up to the ?2nd (and those sharing its time) are read. */
static const char first_of_day_sql[] =
	"SELECT " DAY_ROW_COLUMNS "FROM activity a JOIN campaign c ON c.id = a.campaign_id "
	"WHERE a.start_date = ?1 AND a.end_date <= a.start_date "
	"ORDER BY a.start_time, c.period_start, c.id, a.seq LIMIT ?2";

/* A row that may give titles. */
struct day_row {
	wp_date start, end; /* the days it covers */
	bool undated;
	char *start_time, *cstart; /* NULL sorts first, as in SQL */
	int64_t campaign;
	int seq;
	char *title;
};

struct day_rows {
	struct day_row *rows;
	size_t n, cap;
};

static int max_span(struct wp_store *st, const char *sql, int *out, wp_err *err)
{
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	int rc = wp_store_next(st, s, err);
	*out = rc == 1 ? sqlite3_column_int(s, 0) : 0;
	if (rc == 1)
		sqlite3_reset(s);
	return rc < 0 ? -1 : 0;
}

/* The current row of s, kept; false if its dates are not dates (the
 * agenda's rows with such dates gave no day either). */
static bool keep_row(sqlite3_stmt *s, struct day_rows *rows)
{
	wp_date start = wp_col_date(s, 0), end = wp_col_date(s, 1);
	if (start == WP_DATE_NONE || end == WP_DATE_NONE)
		return false;
	if (rows->n == rows->cap) {
		rows->cap = rows->cap ? rows->cap * 2 : 64;
		rows->rows = wp_xrealloc(rows->rows, rows->cap * sizeof *rows->rows);
	}
	rows->rows[rows->n++] = (struct day_row){
		.start = start,
		.end = end,
		.undated = sqlite3_column_int(s, 2) != 0,
		.start_time = wp_col_strdup(s, 3),
		.cstart = wp_col_strdup(s, 4),
		.campaign = sqlite3_column_int64(s, 5),
		.seq = sqlite3_column_int(s, 6),
		.title = wp_col_strdup(s, 7),
	};
	return true;
}

static void free_rows(struct day_rows *rows)
{
	for (size_t i = 0; i < rows->n; i++) {
		free(rows->rows[i].start_time);
		free(rows->rows[i].cstart);
		free(rows->rows[i].title); /* NULL once a day took it */
	}
	free(rows->rows);
}

/* NULL first, then byte order: SQLite's order of text (BINARY). */
static int cmp_text(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

/* The agenda's order: ORDER BY first day, undated, start time NULLS FIRST,
 * campaign start, campaign, place in it. */
static int cmp_rows(const void *pa, const void *pb)
{
	const struct day_row *a = pa, *b = pb;
	int c;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->undated != b->undated)
		return a->undated ? 1 : -1;
	if ((c = cmp_text(a->start_time, b->start_time)) != 0 ||
	    (c = cmp_text(a->cstart, b->cstart)) != 0)
		return c;
	if (a->campaign != b->campaign)
		return a->campaign < b->campaign ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* Adds one to the count of each day of [first, last] inside out's range. */
static void count_days(wp_days *out, wp_date first, wp_date last)
{
	wp_date end = out->from + (wp_date)out->n - 1;
	for (wp_date d = first < out->from ? out->from : first; d <= last && d <= end; d++)
		out->days[d - out->from].count++;
}

/* Each day's count of activities starting on it. */
static int count_starts(struct wp_store *st, wp_date from, wp_date to, wp_days *out, wp_err *err)
{
	sqlite3_stmt *s = wp_store_stmt(st, starts_sql, err);
	if (!s)
		return -1;
	wp_bind_date(s, 1, from);
	wp_bind_date(s, 2, to);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		wp_date d = wp_col_date(s, 0);
		if (d != WP_DATE_NONE && d >= from && d <= to)
			out->days[d - from].count += sqlite3_column_int(s, 1);
	}
	return rc < 0 ? -1 : 0;
}

/* The long or undated rows of sql (bound as wp_query_days binds), kept,
 * and counted on the days they cover; a long row's first day was counted
 * by count_starts when it is inside the range. */
static int read_spanning(struct wp_store *st, const char *sql, const wp_date binds[4],
			 wp_days *out, struct day_rows *rows, wp_err *err)
{
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	for (int i = 0; i < sqlite3_bind_parameter_count(s); i++)
		wp_bind_date(s, i + 1, binds[i]);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		if (!keep_row(s, rows))
			continue;
		const struct day_row *r = &rows->rows[rows->n - 1];
		count_days(out, r->undated || r->start < out->from ? r->start : r->start + 1, r->end);
	}
	return rc < 0 ? -1 : 0;
}

/* The first max_titles activities of each day that has one starting on
 * it, kept. */
static int read_firsts(struct wp_store *st, int max_titles, const wp_days *out,
		       struct day_rows *rows, wp_err *err)
{
	sqlite3_stmt *s = wp_store_stmt(st, first_of_day_sql, err);
	if (!s)
		return -1;
	for (size_t i = 0; i < out->n; i++) {
		if (out->days[i].count == 0)
			continue;
		wp_bind_date(s, 1, out->from + (wp_date)i);
		sqlite3_bind_int(s, 2, max_titles);
		int rc;
		while ((rc = wp_store_next(st, s, err)) == 1)
			keep_row(s, rows);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* Gives each day the titles of the first rows covering it, in the
 * agenda's order; the titles taken move to out. */
static void give_titles(struct day_rows *rows, int max_titles, wp_days *out)
{
	if (rows->n > 1) /* rows is NULL when empty: not for qsort */
		qsort(rows->rows, rows->n, sizeof *rows->rows, cmp_rows);
	wp_date last = out->from + (wp_date)out->n - 1;
	for (size_t i = 0; i < rows->n; i++) {
		struct day_row *r = &rows->rows[i];
		char *text = NULL;
		for (wp_date d = r->start < out->from ? out->from : r->start; d <= r->end && d <= last;
		     d++) {
			wp_day_summary *day = &out->days[d - out->from];
			if (day->ntitles == (size_t)max_titles)
				continue;
			if (!text) {
				text = r->title;
				r->title = NULL;
				/* Doubles the array each time its size reaches a power of two. */
				if ((out->ntexts & (out->ntexts - 1)) == 0)
					out->texts = wp_xrealloc(out->texts, (out->ntexts ? out->ntexts * 2 : 1) *
										     sizeof *out->texts);
				out->texts[out->ntexts++] = text;
			}
			day->titles[day->ntitles++] = (wp_day_title){text, r->undated};
		}
	}
}

int wp_query_days(struct wp_store *st, wp_date from, wp_date to, int max_titles, wp_days *out,
		  wp_err *err)
{
	memset(out, 0, sizeof *out);
	if (to < from)
		return 0;
	if (max_titles < 0)
		max_titles = 0;
	int act_span, camp_span;
	if (max_span(st, "SELECT max(span_days) FROM activity", &act_span, err) != 0 ||
	    max_span(st, "SELECT max(span_days) FROM campaign", &camp_span, err) != 0)
		return -1;
	out->from = from;
	out->n = (size_t)(to - from) + 1;
	out->days = wp_xcalloc(out->n, sizeof *out->days);
	out->titles = wp_xcalloc(out->n * (size_t)max_titles + 1, sizeof *out->titles);
	for (size_t i = 0; i < out->n; i++)
		out->days[i].titles = out->titles + i * (size_t)max_titles;
	const wp_date binds[4] = {from, to, from - act_span, from - camp_span};
	struct day_rows rows = {0};
	int rc = count_starts(st, from, to, out, err);
	if (rc == 0)
		rc = read_spanning(st, long_sql, binds, out, &rows, err);
	if (rc == 0)
		rc = read_spanning(st, undated_sql, binds, out, &rows, err);
	if (rc == 0 && max_titles > 0)
		rc = read_firsts(st, max_titles, out, &rows, err);
	if (rc == 0 && max_titles > 0)
		give_titles(&rows, max_titles, out);
	free_rows(&rows);
	if (rc < 0) {
		wp_days_clear(out);
		return -1;
	}
	return 0;
}

void wp_days_clear(wp_days *days)
{
	for (size_t i = 0; i < days->ntexts; i++)
		free(days->texts[i]);
	free(days->texts);
	free(days->titles);
	free(days->days);
	memset(days, 0, sizeof *days);
}
