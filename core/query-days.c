/* query-days.c - what the month grid shows of each day.
 *
 * The grid draws a count and a title or two per day. Asking for the whole
 * agenda of its 42 days instead fetched every activity with its unit
 * names (two correlated subqueries a row), place and description: ~11,500
 * rows at a million activities, to show at most a hundred titles. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "query.h"
#include "store.h"

/* The rows of agenda_sql (query.c) with only what a day cell needs, in the
 * same order: dated activities by the start-date index bounded by the
 * longest span, undated ones over the period of their campaign. */
static const char days_sql[] =
	"SELECT a.start_date, a.end_date, 0 AS undated, a.start_time, "
	"       c.period_start AS cstart, c.id, a.seq, a.title "
	"FROM activity a JOIN campaign c ON c.id = a.campaign_id "
	"WHERE a.start_date BETWEEN ?3 AND ?2 AND a.end_date >= ?1 "
	"UNION ALL "
	"SELECT c.period_start, c.period_end, 1, a.start_time, "
	"       c.period_start, c.id, a.seq, a.title "
	"FROM campaign c JOIN activity a ON a.campaign_id = c.id AND a.start_date IS NULL "
	"WHERE c.period_start BETWEEN ?4 AND ?2 AND c.period_end >= ?1 "
	"ORDER BY 1, 3, 4 NULLS FIRST, 5, 6, 7";

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

/* Counts the current row of s on each of its days inside out's range, and
 * gives its title to the days that still have room for one. */
static void tally_row(sqlite3_stmt *s, int max_titles, wp_days *out)
{
	wp_date start = wp_col_date(s, 0), end = wp_col_date(s, 1);
	wp_date last = out->from + (wp_date)out->n - 1;
	if (start == WP_DATE_NONE || end == WP_DATE_NONE)
		return;
	if (start < out->from)
		start = out->from;
	if (end > last)
		end = last;
	char *text = NULL;
	for (wp_date d = start; d <= end; d++) {
		wp_day_summary *day = &out->days[d - out->from];
		day->count++;
		if (day->ntitles == (size_t)max_titles)
			continue;
		if (!text) {
			text = wp_col_strdup(s, 7);
			/* Doubles the array each time its size reaches a power of two. */
			if ((out->ntexts & (out->ntexts - 1)) == 0)
				out->texts = wp_xrealloc(out->texts, (out->ntexts ? out->ntexts * 2 : 1) *
									     sizeof *out->texts);
			out->texts[out->ntexts++] = text;
		}
		day->titles[day->ntitles++] =
			(wp_day_title){text, sqlite3_column_int(s, 2) != 0};
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
	sqlite3_stmt *s = wp_store_stmt(st, days_sql, err);
	if (!s)
		return -1;
	out->from = from;
	out->n = (size_t)(to - from) + 1;
	out->days = wp_xcalloc(out->n, sizeof *out->days);
	out->titles = wp_xcalloc(out->n * (size_t)max_titles + 1, sizeof *out->titles);
	for (size_t i = 0; i < out->n; i++)
		out->days[i].titles = out->titles + i * (size_t)max_titles;
	wp_bind_date(s, 1, from);
	wp_bind_date(s, 2, to);
	wp_bind_date(s, 3, from - act_span);
	wp_bind_date(s, 4, from - camp_span);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1)
		tally_row(s, max_titles, out);
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
