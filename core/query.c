#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "campaign.h"
#include "group.h"
#include "query.h"
#include "search-tokenizer.h"
#include "search-recent.h"
#include "store.h"

/* Grows an array of items (zeroing new space) so index n is valid. */
static void *grow(void *items, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return items;
	size_t old = *cap;
	*cap = *cap ? *cap * 2 : 16;
	items = wp_xrealloc(items, *cap * size);
	memset((char *)items + old * size, 0, (*cap - old) * size);
	return items;
}

/* The longest span (end - start, in days) of any row in a table, read
 * from the span index; bounds a range scan on the start column. */
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

/* ---- agenda ---------------------------------------------------------- */

/* Every unit's activities: dated ones by the start-date index (bounded by
 * the longest span), undated ones through the campaigns whose period
 * meets the range. Column 14, the filtered unit's role, is NULL here;
 * columns 12 and 13, the unit names, are NULL: load_unit_names reads
 * them for all the rows at once. */
static const char agenda_sql[] =
	"SELECT a.id, c.id, c.title, c.region, a.number, a.title, a.location, "
	"       a.start_time, a.end_time, a.start_date, a.end_date, 0 AS undated, "
	"       NULL, NULL, NULL, "
	"       c.period_start AS cstart, a.seq, a.description "
	"FROM activity a JOIN campaign c ON c.id = a.campaign_id "
	"WHERE a.start_date BETWEEN ?3 AND ?2 AND a.end_date >= ?1 "
	"UNION ALL "
	"SELECT a.id, c.id, c.title, c.region, a.number, a.title, a.location, "
	"       a.start_time, a.end_time, c.period_start, c.period_end, 1, "
	"       NULL, NULL, NULL, "
	"       c.period_start, a.seq, a.description "
	"FROM campaign c JOIN activity a ON a.campaign_id = c.id AND a.start_date IS NULL "
	"WHERE c.period_start BETWEEN ?4 AND ?2 AND c.period_end >= ?1 "
	"ORDER BY 10, 12, 8 NULLS FIRST, 16, 2, 17";

/* One unit's activities: the rows of agenda_sql that unit ?5 takes part
 * in, in the same order, with its role. They are found from the other
 * side: through the unit's assignments (index assignment_unit) rather
 * than by scanning every activity of the range for the unit. A unit takes
 * part in a few hundred activities a year while a range may hold a
 * hundred thousand of other units'; CROSS JOIN keeps the planner from
 * turning the loops back round onto the date index. One pass serves dated
 * and undated activities alike (an activity has either both dates or
 * neither), so the index is walked once. The index holds (unit_id,
 * activity_id) only: the role is looked up for the rows kept, not read
 * for every assignment of the unit. */
static const char agenda_unit_sql[] =
	"SELECT a.id, c.id, c.title, c.region, a.number, a.title, a.location, "
	"       a.start_time, a.end_time, "
	"       coalesce(a.start_date, c.period_start), coalesce(a.end_date, c.period_end), "
	"       a.start_date IS NULL, "
	"       NULL, NULL, "
	"       (SELECT role FROM assignment WHERE activity_id = a.id AND unit_id = ?5), "
	"       c.period_start, a.seq, a.description "
	"FROM assignment mine CROSS JOIN activity a ON a.id = mine.activity_id "
	"CROSS JOIN campaign c ON c.id = a.campaign_id "
	"WHERE mine.unit_id = ?5 "
	"  AND (a.start_date BETWEEN ?3 AND ?2 AND a.end_date >= ?1 "
	"       OR a.start_date IS NULL AND c.period_start BETWEEN ?4 AND ?2 "
	"          AND c.period_end >= ?1) "
	"ORDER BY 10, 12, 8 NULLS FIRST, 16, 2, 17";

static void agenda_row(sqlite3_stmt *s, wp_agenda_item *it)
{
	it->activity_id = sqlite3_column_int64(s, 0);
	it->campaign_id = sqlite3_column_int64(s, 1);
	it->campaign_title = wp_col_strdup(s, 2);
	it->region = wp_col_strdup(s, 3);
	it->number = wp_col_strdup(s, 4);
	it->title = wp_col_strdup(s, 5);
	it->location = wp_col_strdup(s, 6);
	it->start_time = wp_col_strdup(s, 7);
	it->end_time = wp_col_strdup(s, 8);
	it->start = wp_col_date(s, 9);
	it->end = wp_col_date(s, 10);
	it->undated = sqlite3_column_int(s, 11) != 0;
	it->unit_role = wp_col_strdup(s, 14);
	it->description = wp_col_strdup(s, 17);
}

/* Appends name to *names (NULL, or names joined with "、"). */
static void add_name(char **names, const char *name)
{
	static const char sep[] = "、";
	size_t have = *names ? strlen(*names) : 0, len = strlen(name);
	char *joined = wp_xrealloc(*names, have + (have ? sizeof sep - 1 : 0) + len + 1);
	if (have) {
		memcpy(joined + have, sep, sizeof sep - 1);
		have += sizeof sep - 1;
	}
	memcpy(joined + have, name, len + 1);
	*names = joined;
}

/* The lead and cooperating units of every item of ag, each list in its
 * order, by one query for all the items (their activity ids passed as a
 * JSON array; json_each's key is the position in it). Two correlated
 * subqueries per row, each a small sorted query, were about half of the
 * week's cost. Ties on seq go by unit id, the order the subqueries
 * read them in. */
static int load_unit_names(struct wp_store *st, wp_agenda *ag, wp_err *err)
{
	static const char sql[] = "SELECT ids.key, s.role = 'lead', u.name "
				  "FROM json_each(?1) ids "
				  "CROSS JOIN assignment s ON s.activity_id = ids.value "
				  "JOIN unit u ON u.id = s.unit_id "
				  "ORDER BY ids.key, s.seq, s.unit_id";
	if (ag->n == 0)
		return 0;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	wp_buf ids = WP_BUF_INIT;
	for (size_t i = 0; i < ag->n; i++)
		wp_buf_printf(&ids, "%c%lld", i ? ',' : '[', (long long)ag->items[i].activity_id);
	wp_buf_putc(&ids, ']');
	wp_bind_text(s, 1, wp_buf_str(&ids));
	wp_buf_free(&ids);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		size_t at = (size_t)sqlite3_column_int64(s, 0);
		const char *name = wp_col_text(s, 2);
		if (at >= ag->n || !name)
			continue; /* cannot happen: keys are positions, names NOT NULL */
		wp_agenda_item *it = &ag->items[at];
		add_name(sqlite3_column_int(s, 1) ? &it->lead : &it->cooperate, name);
	}
	return rc;
}

int wp_query_agenda(struct wp_store *st, wp_date from, wp_date to, int64_t unit_id,
		    wp_agenda *out, wp_err *err)
{
	memset(out, 0, sizeof *out);
	int act_span, camp_span;
	if (max_span(st, "SELECT max(span_days) FROM activity", &act_span, err) != 0 ||
	    max_span(st, "SELECT max(span_days) FROM campaign", &camp_span, err) != 0)
		return -1;
	sqlite3_stmt *s = wp_store_stmt(st, unit_id > 0 ? agenda_unit_sql : agenda_sql, err);
	if (!s)
		return -1;
	wp_bind_date(s, 1, from);
	wp_bind_date(s, 2, to);
	wp_bind_date(s, 3, from - act_span);
	wp_bind_date(s, 4, from - camp_span);
	if (unit_id > 0)
		sqlite3_bind_int64(s, 5, unit_id);
	size_t cap = 0;
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		out->items = grow(out->items, out->n, &cap, sizeof *out->items);
		agenda_row(s, &out->items[out->n++]);
	}
	if (rc == 0)
		rc = load_unit_names(st, out, err);
	if (rc < 0) {
		wp_agenda_clear(out);
		return -1;
	}
	return 0;
}

void wp_agenda_clear(wp_agenda *agenda)
{
	for (size_t i = 0; i < agenda->n; i++) {
		wp_agenda_item *it = &agenda->items[i];
		free(it->campaign_title);
		free(it->region);
		free(it->number);
		free(it->title);
		free(it->location);
		free(it->start_time);
		free(it->end_time);
		free(it->lead);
		free(it->cooperate);
		free(it->unit_role);
		free(it->description);
	}
	free(agenda->items);
	memset(agenda, 0, sizeof *agenda);
}

/* ---- deadlines ------------------------------------------------------- */

/* The owners of every deadline in list, by one query however long the
 * list (one query per deadline made a two-week list cost a thousand
 * statements). The ids go in as a JSON array; json_each's key is the
 * position in that array, so in the list, and the rows come back in list
 * order, each deadline's owners in their own order. */
static int load_owners(struct wp_store *st, wp_deadline_list *list, wp_err *err)
{
	static const char sql[] =
		"SELECT ids.key, du.unit_id, u.name, du.submitted_on "
		"FROM json_each(?1) ids "
		"CROSS JOIN deadline_unit du ON du.deadline_id = ids.value "
		"JOIN unit u ON u.id = du.unit_id "
		"ORDER BY ids.key, du.seq";
	if (list->n == 0)
		return 0;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	wp_buf ids = WP_BUF_INIT;
	for (size_t i = 0; i < list->n; i++)
		wp_buf_printf(&ids, "%c%lld", i ? ',' : '[', (long long)list->items[i].id);
	wp_buf_putc(&ids, ']');
	wp_bind_text(s, 1, wp_buf_str(&ids));
	wp_buf_free(&ids);
	size_t cap = 0, last = list->n;
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		size_t at = (size_t)sqlite3_column_int64(s, 0);
		if (at >= list->n)
			continue; /* cannot happen: keys are positions in the array */
		if (at != last) {
			cap = 0;
			last = at;
		}
		wp_deadline_item *d = &list->items[at];
		d->owners = grow(d->owners, d->nowners, &cap, sizeof *d->owners);
		wp_owner *o = &d->owners[d->nowners++];
		o->unit_id = sqlite3_column_int64(s, 1);
		o->name = wp_col_strdup(s, 2);
		o->submitted_on = wp_col_date(s, 3);
		if (o->submitted_on == WP_DATE_NONE)
			d->npending++;
	}
	return rc;
}

/* The one definition of a report still awaited, for the deadline lists and
 * the planner's counts alike: some unit named for deadline d (or the unit
 * whose id is the SQL expression unit, unless that is NULL) has not
 * submitted it, or, with no unit given, nobody is named for it at all: a
 * report that no one is recorded as owing is awaited from whoever owes it.
 * A group with members (group.h) has submitted when it did as a whole or
 * when each member did; a member owes what its group owes. */
/* (The owner is first looked up among the units that may have members at
 * all, a list SQLite makes once per statement: asking each owner of each
 * deadline whether it is a group cost four lookups a deadline, 40 ms of
 * the planner's first frame for the year of deadlines it counts at a
 * million activities.) */
#define DEADLINE_PENDING(unit)                                                          \
	"(EXISTS (SELECT 1 FROM deadline_unit x WHERE x.deadline_id = d.id "              \
	"         AND x.submitted_on IS NULL "                                             \
	"         AND CASE WHEN x.unit_id IN (" WP_GROUP_SQL_UNITS ") "                     \
	"              AND " WP_GROUP_SQL_HAS_MEMBERS("x.unit_id", "d.campaign_id")         \
	"         THEN " WP_GROUP_SQL_MEMBER_PENDING("d.id", "x.unit_id", "d.campaign_id",  \
						      unit)                                  \
	"         ELSE (" unit " IS NULL OR x.unit_id = " unit ") END) "                   \
	" OR (" unit " IS NULL AND NOT EXISTS (SELECT 1 FROM deadline_unit x "            \
	"                                      WHERE x.deadline_id = d.id)))"

/* The columns read_deadlines takes, from deadline d of campaign c. */
#define DEADLINE_SELECT                                                   \
	"SELECT d.id, d.campaign_id, c.title, d.what, d.rule_text, a.number, " \
	"       d.due_date, "                                                 \
	"       CASE WHEN u.name IS NOT NULL AND d.submit_to IS NOT NULL "    \
	"            THEN u.name || ' ' || d.submit_to "                      \
	"            ELSE coalesce(u.name, d.submit_to) END "                 \
	"FROM deadline d JOIN campaign c ON c.id = d.campaign_id "            \
	"LEFT JOIN activity a ON a.id = d.activity_id "                       \
	"LEFT JOIN unit u ON u.id = d.submit_to_unit_id "

/* Steps s (a DEADLINE_SELECT) to its end, then reads all their owners
 * unless filter has WP_DL_NO_OWNERS. */
static int read_deadlines(struct wp_store *st, sqlite3_stmt *s, int filter, wp_deadline_list *out,
			  wp_err *err)
{
	size_t cap = 0;
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		out->items = grow(out->items, out->n, &cap, sizeof *out->items);
		wp_deadline_item *d = &out->items[out->n++];
		d->id = sqlite3_column_int64(s, 0);
		d->campaign_id = sqlite3_column_int64(s, 1);
		d->campaign_title = wp_col_strdup(s, 2);
		d->what = wp_col_strdup(s, 3);
		d->rule_text = wp_col_strdup(s, 4);
		d->activity_number = wp_col_strdup(s, 5);
		d->due = wp_col_date(s, 6);
		d->submit_to = wp_col_strdup(s, 7);
	}
	if (rc == 0 && !(filter & WP_DL_NO_OWNERS))
		rc = load_owners(st, out, err);
	if (rc == 0 && !(filter & WP_DL_NO_OWNERS))
		rc = wp_group_load_members(st, out, err);
	if (rc < 0) {
		wp_deadline_list_clear(out);
		return -1;
	}
	return 0;
}

bool wp_deadline_pending(const wp_deadline_item *d)
{
	return d->npending > 0 || d->nowners == 0;
}

/* The conditions of wp_query_deadlines after its range: of unit ?3 (owed
 * by it, or by a group it is a member of), of campaign ?4, pending (?5). */
#define DEADLINE_FILTERS                                                         \
	"  AND (?3 IS NULL OR EXISTS (SELECT 1 FROM deadline_unit x "              \
	"       WHERE x.deadline_id = d.id AND (x.unit_id = ?3 OR "                \
	"       " WP_GROUP_SQL_IS_MEMBER("x.unit_id", "d.campaign_id", "?3") "))) " \
	"  AND (?4 IS NULL OR d.campaign_id = ?4) "                                \
	"  AND (?5 = 0 OR " DEADLINE_PENDING("?3") ") "                            \
	"ORDER BY d.due_date, c.period_start, d.campaign_id, d.seq"

/* Every deadline unit ?3 may owe, and more: those it owes itself, those of
 * groups it is a member of, and all of the campaigns on whose committee it
 * sits (a committee group's members are the committee's). A unit owes a
 * few hundred reports over all years, where two years of everyone's
 * deadlines are ~20,000 at a million activities: its list starts here,
 * and DEADLINE_FILTERS keeps exactly the ones it owes. */
#define DEADLINES_OF_UNIT                                                        \
	"SELECT x.deadline_id FROM deadline_unit x WHERE x.unit_id = ?3 "          \
	"UNION SELECT x.deadline_id FROM group_member gm "                         \
	"      JOIN deadline_unit x ON x.unit_id = gm.group_id "                   \
	"      WHERE gm.member_id = ?3 "                                            \
	"UNION SELECT cd.id FROM committee_member cm "                             \
	"      JOIN deadline cd ON cd.campaign_id = cm.campaign_id "               \
	"      WHERE cm.unit_id = ?3"

int wp_query_deadlines(struct wp_store *st, wp_date from, wp_date to, int64_t unit_id,
		       int64_t campaign_id, int filter, wp_deadline_list *out, wp_err *err)
{
	static const char sql[] = DEADLINE_SELECT
		"WHERE d.due_date BETWEEN ?1 AND ?2 " DEADLINE_FILTERS;
	/* The range is tested on each of the unit's deadlines (+: not by
	 * index deadline_due, which would walk everyone's). */
	static const char sql_unit[] = DEADLINE_SELECT
		"WHERE d.id IN (" DEADLINES_OF_UNIT ") "
		"  AND +d.due_date BETWEEN ?1 AND ?2 " DEADLINE_FILTERS;
	memset(out, 0, sizeof *out);
	sqlite3_stmt *s = wp_store_stmt(st, unit_id > 0 ? sql_unit : sql, err);
	if (!s)
		return -1;
	/* Both bounds are bound, so the scan of deadline_due is a range. */
	if (from == WP_DATE_NONE)
		wp_bind_text(s, 1, "0000-00-00");
	else
		wp_bind_date(s, 1, from);
	wp_bind_date(s, 2, to);
	wp_bind_id(s, 3, unit_id);
	wp_bind_id(s, 4, campaign_id);
	sqlite3_bind_int(s, 5, filter & WP_DL_PENDING ? 1 : 0);
	return read_deadlines(st, s, filter, out, err);
}

int wp_query_campaign_deadlines(struct wp_store *st, int64_t campaign_id, wp_deadline_list *out,
				wp_err *err)
{
	static const char sql[] = DEADLINE_SELECT "WHERE d.campaign_id = ?1 ORDER BY d.seq";
	memset(out, 0, sizeof *out);
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	return read_deadlines(st, s, WP_DL_ALL, out, err);
}

void wp_deadline_item_clear(wp_deadline_item *d)
{
	free(d->campaign_title);
	free(d->what);
	free(d->rule_text);
	free(d->activity_number);
	free(d->submit_to);
	for (size_t j = 0; j < d->nowners; j++) {
		free(d->owners[j].name);
		for (size_t k = 0; k < d->owners[j].nmembers; k++)
			free(d->owners[j].members[k].name);
		free(d->owners[j].members);
	}
	free(d->owners);
	memset(d, 0, sizeof *d);
}

void wp_deadline_list_clear(wp_deadline_list *list)
{
	for (size_t i = 0; i < list->n; i++)
		wp_deadline_item_clear(&list->items[i]);
	free(list->items);
	memset(list, 0, sizeof *list);
}

/* ---- conflicts ------------------------------------------------------------ */

/* A timed activity without an end time is taken to last an hour. */
#define END_OF(x)                                                                \
	"coalesce(" x ".end_time, CASE WHEN " x ".start_time >= '23:00' THEN '24:00' " \
	"ELSE strftime('%H:%M', " x ".start_time, '+60 minutes') END)"
/* Pairs of timed activities led by the same unit that overlap. Each
 * activity a (chosen by the WHERE clause added after this) looks for its
 * lead units' other lead duties by date through index assignment_lead_day
 * (schema 007): a duty starting from ?9 (a's start less the longest span
 * of any activity, as a date modifier like '-3 days') to a's end. Walking
 * every assignment of the unit instead, and fetching each activity from
 * a random page for its date, cost ~1,300 lookups per activity at 1M
 * activities. CROSS JOIN keeps that order of the loops. */
#define CONFLICT_SELECT                                                            \
	"SELECT u.name, max(a.start_date, b.start_date), "                            \
	"       a.id, a.campaign_id, a.number, a.title, ca.title, a.start_time, "     \
	"       b.id, b.campaign_id, b.number, b.title, cb.title, b.start_time "      \
	"FROM activity a "                                                            \
	"CROSS JOIN assignment sa ON sa.activity_id = a.id AND sa.role = 'lead' "     \
	"CROSS JOIN assignment sb ON sb.unit_id = sa.unit_id AND sb.role = 'lead' "   \
	"     AND sb.start_date BETWEEN date(a.start_date, ?9) AND a.end_date "       \
	"     AND sb.activity_id <> a.id "                                            \
	"CROSS JOIN activity b ON b.id = sb.activity_id "                             \
	"JOIN unit u ON u.id = sa.unit_id "                                           \
	"JOIN campaign ca ON ca.id = a.campaign_id "                                  \
	"JOIN campaign cb ON cb.id = b.campaign_id "                                  \
	"WHERE a.start_time IS NOT NULL AND b.start_time IS NOT NULL "                \
	"  AND a.start_date <= b.end_date AND b.start_date <= a.end_date "           \
	"  AND a.start_time < " END_OF("b") " AND b.start_time < " END_OF("a") " "

static void conflict_side(sqlite3_stmt *s, int col, wp_conflict_side *side)
{
	side->activity_id = sqlite3_column_int64(s, col);
	side->campaign_id = sqlite3_column_int64(s, col + 1);
	side->number = wp_col_strdup(s, col + 2);
	side->title = wp_col_strdup(s, col + 3);
	side->campaign_title = wp_col_strdup(s, col + 4);
	side->time = wp_col_strdup(s, col + 5);
}

int wp_query_conflicts(struct wp_store *st, int64_t campaign_id, wp_date from, wp_date to,
		       wp_conflict_list *out, wp_err *err)
{
	/* The orders end with the order the pairs were found in before the
	 * lead-day index (lead unit, then the other activity's id), so that
	 * pairs tied on the sort keys come out as they always did. */
	static const char sql_campaign[] = CONFLICT_SELECT
		"  AND a.campaign_id = ?1 AND (b.campaign_id <> a.campaign_id OR b.seq > a.seq) "
		"ORDER BY a.seq, b.start_date, b.start_time, sa.unit_id, b.id";
	static const char sql_range[] = CONFLICT_SELECT
		"  AND a.start_date BETWEEN ?3 AND ?2 AND a.end_date >= ?1 AND b.id > a.id "
		"  AND max(a.start_date, b.start_date) BETWEEN ?1 AND ?2 "
		"ORDER BY 2, a.start_time, a.id, sa.unit_id, b.id";
	memset(out, 0, sizeof *out);
	int span;
	sqlite3_stmt *s;
	if (max_span(st, "SELECT max(span_days) FROM activity", &span, err) != 0 ||
	    !(s = wp_store_stmt(st, campaign_id > 0 ? sql_campaign : sql_range, err)))
		return -1;
	if (campaign_id > 0) {
		sqlite3_bind_int64(s, 1, campaign_id);
	} else {
		wp_bind_date(s, 1, from);
		wp_bind_date(s, 2, to);
		wp_bind_date(s, 3, from - span);
	}
	char back[32];
	snprintf(back, sizeof back, "-%d days", span);
	wp_bind_text(s, 9, back);
	size_t cap = 0;
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		out->items = grow(out->items, out->n, &cap, sizeof *out->items);
		wp_conflict *c = &out->items[out->n++];
		c->unit = wp_col_strdup(s, 0);
		c->day = wp_col_date(s, 1);
		conflict_side(s, 2, &c->a);
		conflict_side(s, 8, &c->b);
	}
	if (rc < 0) {
		wp_conflict_list_clear(out);
		return -1;
	}
	return 0;
}

static void side_clear(wp_conflict_side *side)
{
	free(side->number);
	free(side->title);
	free(side->campaign_title);
	free(side->time);
}

void wp_conflict_list_clear(wp_conflict_list *list)
{
	for (size_t i = 0; i < list->n; i++) {
		free(list->items[i].unit);
		side_clear(&list->items[i].a);
		side_clear(&list->items[i].b);
	}
	free(list->items);
	memset(list, 0, sizeof *list);
}

/* The FTS5 query for a substring search of text: one phrase, the text in
 * double quotes with its own quotes doubled, so that nothing in it (*, ^,
 * NEAR, AND, parentheses, column names) is read as query syntax. The
 * tokenizer turns the phrase into the query's tokens. Caller frees. */
static char *search_phrase(const char *text)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_putc(&b, '"');
	for (const char *p = text; *p; p++) {
		if (*p == '"')
			wp_buf_putc(&b, '"');
		wp_buf_putc(&b, *p);
	}
	wp_buf_putc(&b, '"');
	return wp_buf_take(&b);
}

/* Folds the activities changed since the last search (schema step 008's
 * activity_search_stale) into the index, so that the next searches read
 * them from it. Best effort: a search is right without it (it reads the
 * stale ones directly), so a read-only database, a busy one or a caller
 * inside its own transaction is left as it is. */
static void search_index_catch_up(struct wp_store *st)
{
	static const char sql_any[] = "SELECT 1 FROM activity_search_stale LIMIT 1";
	static const char sql_drop[] =
		"DELETE FROM activity_search WHERE rowid IN (SELECT id FROM activity_search_stale)";
	static const char sql_add[] =
		"INSERT INTO activity_search(rowid, title, location) "
		"SELECT a.id, a.title, a.location FROM activity a "
		"WHERE a.id IN (SELECT id FROM activity_search_stale)";
	static const char sql_done[] = "DELETE FROM activity_search_stale";
	wp_err ignored;
	sqlite3_stmt *s;
	if (wp_store_readonly(st) || !sqlite3_get_autocommit(wp_store_db(st)) ||
	    !(s = wp_store_stmt(st, sql_any, &ignored)) || wp_store_next(st, s, &ignored) != 1)
		return;
	sqlite3_reset(s);
	if (wp_store_begin(st, &ignored) != 0)
		return;
	const char *const steps[] = { sql_drop, sql_add, sql_done };
	for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
		if (!(s = wp_store_stmt(st, steps[i], &ignored)) || wp_store_run(st, s, &ignored) != 0) {
			wp_store_rollback(st);
			return;
		}
	wp_store_commit(st, &ignored);
}

/* Prepares the activity part of a search: from the index when the text
 * gives it a token (the work then grows with the matches and the changes
 * not yet indexed, not the data), else a scan. Either way instr()
 * decides, so both give the same rows: the index only narrows (it
 * ignores case and ASCII words at the ends). */
static sqlite3_stmt *search_activities(struct wp_store *st, const char *text, int max,
				       wp_err *err)
{
#define SEARCH_COLUMNS \
	"SELECT a.campaign_id, a.id, c.region || ' ' || a.number || ' ' || a.title || " \
	"       coalesce(' @ ' || a.location, ''), coalesce(a.start_date, c.period_start) " \
	"FROM activity a JOIN campaign c ON c.id = a.campaign_id "
#define SEARCH_EXACT "(instr(a.title, ?1) > 0 OR instr(a.location, ?1) > 0) "
#define SEARCH_ORDER "ORDER BY 4 DESC, a.campaign_id, a.seq LIMIT ?2"
	static const char sql_index[] =
		SEARCH_COLUMNS
		"WHERE a.id IN (SELECT rowid FROM activity_search WHERE activity_search MATCH ?3 "
		"               UNION SELECT id FROM activity_search_stale) "
		"AND " SEARCH_EXACT SEARCH_ORDER;
	static const char sql_scan[] = SEARCH_COLUMNS "WHERE " SEARCH_EXACT SEARCH_ORDER;
#undef SEARCH_COLUMNS
#undef SEARCH_EXACT
#undef SEARCH_ORDER
	bool indexed = wp_search_query_has_terms(text);
	if (indexed)
		search_index_catch_up(st);
	sqlite3_stmt *s = wp_store_stmt(st, indexed ? sql_index : sql_scan, err);
	if (!s)
		return NULL;
	wp_bind_text(s, 1, text);
	sqlite3_bind_int(s, 2, max);
	if (indexed) {
		char *phrase = search_phrase(text);
		sqlite3_bind_text(s, 3, phrase, -1, SQLITE_TRANSIENT);
		free(phrase);
	}
	return s;
}

int wp_query_search(struct wp_store *st, const char *text, int max, wp_search_hit **out,
		    size_t *n, wp_err *err)
{
	static const char sql_unit[] =
		"SELECT DISTINCT u.id, u.name || ' (' || u.region || ')' FROM unit u "
		"LEFT JOIN unit_alias x ON x.unit_id = u.id "
		"WHERE instr(u.name, ?1) > 0 OR instr(x.alias, ?1) > 0 "
		"ORDER BY u.region, u.name LIMIT ?2";
	*out = NULL;
	*n = 0;
	int recent = 0;
	if (wp_search_query_has_terms(text)) {
		/* A frequent text: its newest activities, not all its matches. */
		char *phrase = search_phrase(text);
		recent = wp_search_recent(st, text, phrase, max, out, n, err);
		free(phrase);
		if (recent < 0)
			return -1;
	}
	size_t cap = *n;
	sqlite3_stmt *s = recent ? NULL : search_activities(st, text, max, err);
	if (!recent && !s)
		return -1;
	int rc = 0;
	while (s && (rc = wp_store_next(st, s, err)) == 1) {
		*out = grow(*out, *n, &cap, sizeof **out);
		wp_search_hit *h = &(*out)[(*n)++];
		h->campaign_id = sqlite3_column_int64(s, 0);
		h->activity_id = sqlite3_column_int64(s, 1);
		h->text = wp_col_strdup(s, 2);
		h->date = wp_col_date(s, 3);
	}
	if (rc == 0 && (s = wp_store_stmt(st, sql_unit, err))) {
		wp_bind_text(s, 1, text);
		sqlite3_bind_int(s, 2, max);
		while ((rc = wp_store_next(st, s, err)) == 1) {
			*out = grow(*out, *n, &cap, sizeof **out);
			wp_search_hit *h = &(*out)[(*n)++];
			h->unit_id = sqlite3_column_int64(s, 0);
			h->text = wp_col_strdup(s, 1);
			h->date = WP_DATE_NONE;
		}
	} else if (rc == 0) {
		rc = -1;
	}
	if (rc < 0) {
		wp_search_hits_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

void wp_search_hits_free(wp_search_hit *hits, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(hits[i].text);
	free(hits);
}

int wp_query_pending_counts(struct wp_store *st, wp_date overdue_from, wp_date today,
			    wp_date soon_until, int *overdue, int *due_soon, wp_err *err)
{
	static const char sql[] =
		"SELECT coalesce(sum(d.due_date < ?1), 0), coalesce(sum(d.due_date >= ?1), 0) "
		"FROM deadline d WHERE d.due_date BETWEEN ?3 AND ?2 "
		"AND " DEADLINE_PENDING("NULL");
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	wp_bind_date(s, 1, today);
	wp_bind_date(s, 2, soon_until);
	wp_bind_date(s, 3, overdue_from);
	int rc = wp_store_next(st, s, err);
	if (rc == 1) {
		*overdue = sqlite3_column_int(s, 0);
		*due_soon = sqlite3_column_int(s, 1);
		sqlite3_reset(s);
	}
	return rc < 0 ? -1 : 0;
}

int wp_query_campaigns_between(struct wp_store *st, wp_date from, wp_date to,
			       wp_campaign_ref **out, size_t *n, wp_err *err)
{
	static const char sql[] = "SELECT id, title, region, period_start, period_end "
				  "FROM campaign WHERE period_start BETWEEN ?3 AND ?2 "
				  "AND period_end >= ?1 ORDER BY period_start, id";
	*out = NULL;
	*n = 0;
	int span;
	if (max_span(st, "SELECT max(span_days) FROM campaign", &span, err) != 0)
		return -1;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	wp_bind_date(s, 1, from);
	wp_bind_date(s, 2, to);
	wp_bind_date(s, 3, from - span);
	size_t cap = 0;
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		*out = grow(*out, *n, &cap, sizeof **out);
		wp_campaign_ref *r = &(*out)[(*n)++];
		r->id = sqlite3_column_int64(s, 0);
		r->title = wp_col_strdup(s, 1);
		r->region = wp_col_strdup(s, 2);
		r->start = wp_col_date(s, 3);
		r->end = wp_col_date(s, 4);
	}
	if (rc < 0) {
		wp_campaign_refs_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}
