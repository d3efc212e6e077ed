/* search-recent.c - the activity search for a frequent text, newest first.
 *
 * The hits are wp_query_search's: activities whose title or place holds
 * the text (instr(), the exact test), ordered by date (an undated one by
 * its campaign's start) newest first, then campaign and place in it. The
 * dated ones are walked by index activity_start from the newest date
 * down, a whole date at a time, until max hits are found and their date
 * is done: every hit not read is older than all of those. The undated
 * ones, which that index holds apart, are asked for on their own, their
 * newest max. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "search-recent.h"
#include "store.h"

/* Matches in the index that make a text frequent: below this the index's
 * way reads at most this many rows. */
#define FREQUENT_MATCHES 1000
/* Activities walked at most before leaving it to the index (the matches
 * may all be old): about as many rows as the index's way for a text this
 * frequent. */
#define WALK_MAX 20000

static const char count_sql[] = "SELECT count(*) FROM (SELECT rowid FROM activity_search "
				"WHERE activity_search MATCH ?1 LIMIT ?2)";
#define EXACT "(instr(a.title, ?1) > 0 OR instr(a.location, ?1) > 0)"
/* A hit's line, as wp_query_search's index and scan give it. */
#define LINE "c.region || ' ' || a.number || ' ' || a.title || coalesce(' @ ' || a.location, '')"
/* Every row says whether it is a hit; only a hit's line is made (and its
 * campaign read). */
static const char dated_sql[] =
	"SELECT a.id, a.campaign_id, a.seq, a.start_date, " EXACT ", "
	"       CASE WHEN " EXACT " THEN (SELECT " LINE " FROM campaign c "
	"                                 WHERE c.id = a.campaign_id) END "
	"FROM activity a WHERE a.start_date IS NOT NULL ORDER BY a.start_date DESC";
static const char undated_sql[] =
	"SELECT a.id, a.campaign_id, a.seq, c.period_start, 1, " LINE " FROM activity a "
	"JOIN campaign c ON c.id = a.campaign_id "
	"WHERE a.start_date IS NULL AND " EXACT " "
	"ORDER BY c.period_start DESC, a.campaign_id, a.seq LIMIT ?2";
#undef EXACT
#undef LINE

struct candidate {
	int64_t id, campaign;
	int seq;
	wp_date date;
	char *line;
};

struct candidates {
	struct candidate *items;
	size_t n, cap;
};

static void add(struct candidates *c, sqlite3_stmt *s)
{
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 128;
		c->items = wp_xrealloc(c->items, c->cap * sizeof *c->items);
	}
	c->items[c->n++] = (struct candidate){sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1),
					      sqlite3_column_int(s, 2), wp_col_date(s, 3),
					      wp_col_strdup(s, 5)};
}

/* Newest first, then by campaign and place, as the search orders. */
static int cmp_candidates(const void *pa, const void *pb)
{
	const struct candidate *a = pa, *b = pb;
	if (a->date != b->date)
		return a->date > b->date ? -1 : 1;
	if (a->campaign != b->campaign)
		return a->campaign < b->campaign ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* 1 when the index holds FREQUENT_MATCHES rows matching phrase. */
static int is_frequent(struct wp_store *st, const char *phrase, wp_err *err)
{
	sqlite3_stmt *s = wp_store_stmt(st, count_sql, err);
	if (!s)
		return -1;
	wp_bind_text(s, 1, phrase);
	sqlite3_bind_int(s, 2, FREQUENT_MATCHES);
	int rc = wp_store_next(st, s, err);
	int frequent = rc == 1 && sqlite3_column_int(s, 0) >= FREQUENT_MATCHES;
	if (rc == 1)
		sqlite3_reset(s);
	return rc < 0 ? -1 : frequent;
}

/* The dated hits down to the date of the max-th, whole; 0 if that takes
 * more than WALK_MAX activities. */
static int walk_dated(struct wp_store *st, const char *text, int max, struct candidates *c,
		      wp_err *err)
{
	sqlite3_stmt *s = wp_store_stmt(st, dated_sql, err);
	if (!s)
		return -1;
	wp_bind_text(s, 1, text);
	wp_date last_needed = WP_DATE_NONE; /* the date of the max-th hit */
	int walked = 0, rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		wp_date d = wp_col_date(s, 3);
		if (last_needed != WP_DATE_NONE && d < last_needed)
			break;
		if (++walked > WALK_MAX)
			break;
		if (sqlite3_column_int(s, 4)) {
			add(c, s);
			if (c->n == (size_t)max)
				last_needed = d;
		}
	}
	if (rc == 1)
		sqlite3_reset(s);
	if (rc < 0)
		return -1;
	return walked <= WALK_MAX ? 1 : 0;
}

static int add_undated(struct wp_store *st, const char *text, int max, struct candidates *c,
		       wp_err *err)
{
	sqlite3_stmt *s = wp_store_stmt(st, undated_sql, err);
	if (!s)
		return -1;
	wp_bind_text(s, 1, text);
	sqlite3_bind_int(s, 2, max);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1)
		add(c, s);
	return rc < 0 ? -1 : 0;
}

/* The first n candidates as hits; their lines move to *out. */
static void make_hits(struct candidates *c, size_t n, wp_search_hit **out)
{
	*out = wp_xcalloc(n + 1, sizeof **out);
	for (size_t i = 0; i < n; i++) {
		(*out)[i] = (wp_search_hit){.campaign_id = c->items[i].campaign,
					    .activity_id = c->items[i].id,
					    .text = c->items[i].line,
					    .date = c->items[i].date};
		c->items[i].line = NULL;
	}
}

int wp_search_recent(struct wp_store *st, const char *text, const char *phrase, int max,
		     wp_search_hit **out, size_t *n, wp_err *err)
{
	*out = NULL;
	*n = 0;
	if (max <= 0)
		return 0;
	int rc = is_frequent(st, phrase, err);
	if (rc != 1)
		return rc;
	struct candidates c = {0};
	rc = walk_dated(st, text, max, &c, err);
	if (rc == 1 && add_undated(st, text, max, &c, err) != 0)
		rc = -1;
	if (rc == 1) {
		if (c.n > 1) /* items is NULL when empty: not for qsort */
			qsort(c.items, c.n, sizeof *c.items, cmp_candidates);
		*n = c.n < (size_t)max ? c.n : (size_t)max;
		make_hits(&c, *n, out);
	}
	for (size_t i = 0; i < c.n; i++)
		free(c.items[i].line);
	free(c.items);
	return rc;
}
