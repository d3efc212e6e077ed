/* group.c - groups of units that owe a report member by member (see group.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "deadline.h"
#include "group.h"
#include "i18n-core.h"
#include "query.h"
#include "store.h"
#include "unit.h"

/* Vice-chairs before members, as the notice lists them. */
#define COMMITTEE_RANK "CASE cm.role WHEN 'vice_chair' THEN 1 ELSE 2 END"

int wp_group_is_committee(struct wp_store *st, int64_t unit_id, bool *out, wp_err *err)
{
	static const char sql[] = "SELECT EXISTS (SELECT 1 FROM unit u "
				  "JOIN committee_group_word w ON w.name_key = u.name_key "
				  "WHERE u.id = ?1)";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, unit_id);
	int rc = wp_store_next(st, s, err);
	if (rc != 1)
		return rc < 0 ? -1 : wp_err_set(err, "cannot read unit %lld", (long long)unit_id);
	*out = sqlite3_column_int(s, 0) != 0;
	sqlite3_reset(s);
	return 0;
}

void wp_group_units_free(wp_group_unit *units, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(units[i].name);
		free(units[i].region);
	}
	free(units);
}

/* Reads every row of s as (id, name, region, nmembers, committee). */
static int read_units(struct wp_store *st, sqlite3_stmt *s, wp_group_unit **out, size_t *n,
		      wp_err *err)
{
	*out = NULL;
	*n = 0;
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		*out = wp_xrealloc(*out, (*n + 1) * sizeof **out);
		(*out)[(*n)++] = (wp_group_unit){
			.id = sqlite3_column_int64(s, 0),
			.name = wp_col_strdup(s, 1),
			.region = wp_col_strdup(s, 2),
			.nmembers = (size_t)sqlite3_column_int64(s, 3),
			.committee = sqlite3_column_int(s, 4) != 0,
		};
	}
	if (rc < 0) {
		wp_group_units_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int wp_group_members(struct wp_store *st, int64_t group_id, int64_t campaign_id,
		     wp_group_unit **out, size_t *n, wp_err *err)
{
	static const char sql[] =
		"SELECT u.id, u.name, u.region, 0, 0, 0, gm.seq FROM group_member gm "
		"JOIN unit u ON u.id = gm.member_id WHERE gm.group_id = ?1 "
		"UNION ALL "
		"SELECT u.id, u.name, u.region, 0, 0, " COMMITTEE_RANK ", cm.seq "
		"FROM committee_member cm JOIN unit u ON u.id = cm.unit_id "
		"WHERE cm.campaign_id = ?2 AND cm.role IN " WP_GROUP_SQL_MEMBER_ROLES
		"  AND " WP_GROUP_SQL_IS_COMMITTEE("?1") " "
		/* a plan's committee group is the unit of the plan's region */
		"  AND (SELECT region FROM campaign WHERE id = ?2) = "
		"      (SELECT region FROM unit WHERE id = ?1) "
		"ORDER BY 6, 7";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, group_id);
	sqlite3_bind_int64(s, 2, campaign_id);
	return read_units(st, s, out, n, err);
}

int wp_group_ids(struct wp_store *st, int64_t **ids, size_t *n, wp_err *err)
{
	static const char sql[] =
		"SELECT group_id FROM group_member GROUP BY group_id "
		"UNION SELECT u.id FROM committee_group_word w JOIN unit u ON u.name_key = w.name_key "
		"ORDER BY 1";
	*ids = NULL;
	*n = 0;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	size_t cap = 0;
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*ids = wp_xrealloc(*ids, cap * sizeof **ids);
		}
		(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
	}
	if (rc != 0) {
		free(*ids);
		*ids = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int wp_group_list(struct wp_store *st, wp_group_unit **out, size_t *n, wp_err *err)
{
	static const char sql[] =
		"SELECT u.id, u.name, u.region, count(*), 0 FROM group_member gm "
		"JOIN unit u ON u.id = gm.group_id GROUP BY u.id "
		"UNION ALL "
		"SELECT u.id, u.name, u.region, 0, 1 FROM committee_group_word w "
		"JOIN unit u ON u.name_key = w.name_key "
		"ORDER BY 5, 2, 3";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	return read_units(st, s, out, n, err);
}

/* True if unit_id has members of its own (in any campaign) or is a
 * committee group: such a unit cannot be a member, since groups do not
 * nest (a member is chased by itself). */
static int is_group(struct wp_store *st, int64_t unit_id, bool *out, wp_err *err)
{
	static const char sql[] = "SELECT EXISTS (SELECT 1 FROM group_member WHERE group_id = ?1)";
	if (wp_group_is_committee(st, unit_id, out, err) != 0)
		return -1;
	if (*out)
		return 0;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, unit_id);
	int rc = wp_store_next(st, s, err);
	if (rc != 1)
		return rc < 0 ? -1 : wp_err_set(err, "cannot read unit %lld", (long long)unit_id);
	*out = sqlite3_column_int(s, 0) != 0;
	sqlite3_reset(s);
	return 0;
}

int wp_group_add(struct wp_store *st, int64_t group_id, int64_t member_id, wp_err *err)
{
	static const char sql_in_group[] =
		"SELECT EXISTS (SELECT 1 FROM group_member WHERE member_id = ?1)";
	static const char sql[] =
		"INSERT OR IGNORE INTO group_member(group_id, member_id, seq) "
		"SELECT ?1, ?2, coalesce(max(seq), 0) + 1 FROM group_member WHERE group_id = ?1";
	bool committee, member_is_group;
	if (wp_group_is_committee(st, group_id, &committee, err) != 0 ||
	    is_group(st, member_id, &member_is_group, err) != 0)
		return -1;
	if (committee)
		return wp_err_set(err, WP_TR("its members are the committee's: change the "
					     "committee instead"));
	if (group_id == member_id)
		return wp_err_set(err, WP_TR("a group cannot be a member of itself"));
	if (member_is_group)
		return wp_err_set(err, WP_TR("a group cannot be a member of another group"));
	/* Nor may a member become a group: it would then owe through itself. */
	sqlite3_stmt *s = wp_store_stmt(st, sql_in_group, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, group_id);
	int rc = wp_store_next(st, s, err);
	if (rc != 1)
		return rc < 0 ? -1 : wp_err_set(err, "cannot read unit %lld", (long long)group_id);
	bool group_is_member = sqlite3_column_int(s, 0) != 0;
	sqlite3_reset(s);
	if (group_is_member)
		return wp_err_set(err, WP_TR("a member of a group cannot have members"));
	if (!(s = wp_store_stmt(st, sql, err)))
		return -1;
	sqlite3_bind_int64(s, 1, group_id);
	sqlite3_bind_int64(s, 2, member_id);
	return wp_store_run(st, s, err);
}

int wp_group_remove(struct wp_store *st, int64_t group_id, int64_t member_id, wp_err *err)
{
	static const char sql_member[] =
		"DELETE FROM group_member WHERE group_id = ?1 AND member_id = ?2";
	static const char sql_submissions[] =
		"DELETE FROM member_submission WHERE group_id = ?1 AND member_id = ?2";
	sqlite3_stmt *s = wp_store_stmt(st, sql_member, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, group_id);
	sqlite3_bind_int64(s, 2, member_id);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	if (sqlite3_changes(wp_store_db(st)) == 0)
		return wp_err_set(err, WP_TR("not a member of that group"));
	if (!(s = wp_store_stmt(st, sql_submissions, err)))
		return -1;
	sqlite3_bind_int64(s, 1, group_id);
	sqlite3_bind_int64(s, 2, member_id);
	return wp_store_run(st, s, err);
}

/* The unit called name in group_id's region: *id, or 0 when there is none
 * and create is false. */
static int member_named(struct wp_store *st, int64_t group_id, const char *name, bool create,
			int64_t *id, wp_err *err)
{
	static const char sql[] = "SELECT region FROM unit WHERE id = ?1";
	sqlite3_stmt *s = wp_store_row(st, sql, group_id, "unit", err);
	if (!s)
		return -1;
	char *region = wp_col_strdup(s, 0);
	sqlite3_reset(s);
	int found = wp_unit_lookup(st, region, name, id, err);
	int rc = found < 0 ? -1 : 0;
	if (found == 0 && create)
		rc = wp_unit_ensure(st, region, name, id, err);
	else if (found == 0)
		rc = wp_err_set(err, WP_TR("no unit called %s in %s"), name, region);
	free(region);
	return rc;
}

int wp_group_add_named(struct wp_store *st, int64_t group_id, const char *name, wp_err *err)
{
	int64_t member;
	if (member_named(st, group_id, name, true, &member, err) != 0)
		return -1;
	return wp_group_add(st, group_id, member, err);
}

int wp_group_remove_named(struct wp_store *st, int64_t group_id, const char *name, wp_err *err)
{
	int64_t member;
	if (member_named(st, group_id, name, false, &member, err) != 0)
		return -1;
	return wp_group_remove(st, group_id, member, err);
}

/* ---- submissions ---------------------------------------------------------- */

/* How a unit owes a deadline: direct when it is named for it itself;
 * groups[] the group owners it is a member of (the first few). */
struct owing {
	bool direct;
	int64_t groups[8];
	wp_date group_day[8]; /* each group's own submitted_on */
	size_t ngroups;
};

static int find_owing(struct wp_store *st, int64_t deadline_id, int64_t unit_id, struct owing *o,
		      wp_err *err)
{
	static const char sql_direct[] =
		"SELECT 1 FROM deadline_unit WHERE deadline_id = ?1 AND unit_id = ?2";
	static const char sql_groups[] =
		"SELECT du.unit_id, du.submitted_on FROM deadline_unit du "
		"JOIN deadline d ON d.id = du.deadline_id "
		"WHERE du.deadline_id = ?1 "
		"  AND " WP_GROUP_SQL_IS_MEMBER("du.unit_id", "d.campaign_id", "?2") " "
		"ORDER BY du.seq";
	memset(o, 0, sizeof *o);
	sqlite3_stmt *s = wp_store_stmt(st, sql_direct, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, deadline_id);
	sqlite3_bind_int64(s, 2, unit_id);
	int rc = wp_store_next(st, s, err);
	if (rc == 1) {
		o->direct = true;
		sqlite3_reset(s);
	} else if (rc < 0) {
		return -1;
	}
	if (!(s = wp_store_stmt(st, sql_groups, err)))
		return -1;
	sqlite3_bind_int64(s, 1, deadline_id);
	sqlite3_bind_int64(s, 2, unit_id);
	while ((rc = wp_store_next(st, s, err)) == 1)
		if (o->ngroups < sizeof o->groups / sizeof *o->groups) {
			o->group_day[o->ngroups] = wp_col_date(s, 1);
			o->groups[o->ngroups++] = sqlite3_column_int64(s, 0);
		}
	return rc;
}

/* The group was marked submitted as a whole: that day becomes each
 * member's own (unless it has one), and the group's mark is cleared, so
 * that one member can then be marked pending alone. */
static int split_group_mark(struct wp_store *st, int64_t deadline_id, int64_t group_id, wp_date day,
			    wp_err *err)
{
	static const char sql[] =
		"INSERT OR IGNORE INTO member_submission(deadline_id, group_id, member_id, "
		"                                        submitted_on) "
		"SELECT ?1, ?2, member_id, ?3 FROM group_member WHERE group_id = ?2 "
		"UNION ALL "
		"SELECT ?1, ?2, cm.unit_id, ?3 FROM deadline d "
		"JOIN committee_member cm ON cm.campaign_id = d.campaign_id "
		"     AND cm.role IN " WP_GROUP_SQL_MEMBER_ROLES " "
		"WHERE d.id = ?1 AND " WP_GROUP_SQL_IS_COMMITTEE("?2");
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, deadline_id);
	sqlite3_bind_int64(s, 2, group_id);
	wp_bind_date(s, 3, day);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	return wp_deadline_set_status(st, deadline_id, group_id, WP_DATE_NONE, err);
}

static int set_member(struct wp_store *st, int64_t deadline_id, int64_t group_id,
		      wp_date group_day, int64_t member_id, wp_date day, wp_err *err)
{
	static const char sql_set[] =
		"INSERT OR REPLACE INTO member_submission(deadline_id, group_id, member_id, "
		"                                         submitted_on) VALUES (?1, ?2, ?3, ?4)";
	static const char sql_clear[] = "DELETE FROM member_submission "
					"WHERE deadline_id = ?1 AND group_id = ?2 AND member_id = ?3";
	if (day == WP_DATE_NONE && group_day != WP_DATE_NONE &&
	    split_group_mark(st, deadline_id, group_id, group_day, err) != 0)
		return -1;
	sqlite3_stmt *s = wp_store_stmt(st, day == WP_DATE_NONE ? sql_clear : sql_set, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, deadline_id);
	sqlite3_bind_int64(s, 2, group_id);
	sqlite3_bind_int64(s, 3, member_id);
	if (day != WP_DATE_NONE)
		wp_bind_date(s, 4, day);
	return wp_store_run(st, s, err);
}

int wp_group_set_status(struct wp_store *st, int64_t deadline_id, int64_t unit_id, wp_date day,
			wp_err *err)
{
	struct owing o;
	if (find_owing(st, deadline_id, unit_id, &o, err) != 0)
		return -1;
	if (o.direct) /* a group: its own mark, for every member without one */
		return wp_deadline_set_status(st, deadline_id, unit_id, day, err);
	if (o.ngroups == 0)
		return wp_err_set(err, WP_TR("that unit does not owe this report"));
	for (size_t i = 0; i < o.ngroups; i++)
		if (set_member(st, deadline_id, o.groups[i], o.group_day[i], unit_id, day, err) != 0)
			return -1;
	return 0;
}

/* ---- loading -------------------------------------------------------------- */

static wp_owner *owner_of(wp_deadline_item *d, int64_t unit_id)
{
	for (size_t i = 0; i < d->nowners; i++)
		if (d->owners[i].unit_id == unit_id)
			return &d->owners[i];
	return NULL;
}

/* Counts what each group owner's members have submitted, and what the
 * deadline still awaits. */
static void tally(wp_deadline_item *d)
{
	d->npending = 0;
	for (size_t i = 0; i < d->nowners; i++) {
		wp_owner *o = &d->owners[i];
		if (o->nmembers == 0) {
			d->npending += o->submitted_on == WP_DATE_NONE;
			continue;
		}
		wp_date last = WP_DATE_NONE;
		o->nsubmitted = 0;
		for (size_t k = 0; k < o->nmembers; k++) {
			wp_date day = o->members[k].submitted_on;
			if (day == WP_DATE_NONE)
				continue;
			o->nsubmitted++;
			if (last == WP_DATE_NONE || day > last)
				last = day;
		}
		o->submitted_on = o->nsubmitted == o->nmembers ? last : WP_DATE_NONE;
		d->npending += o->nmembers - o->nsubmitted;
	}
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Which of the list's owners may have members (user groups and committee
 * groups): into *ids, sorted (caller frees). Asked by index for each
 * distinct owner, so that no table is read whole. */
static int owners_with_members(struct wp_store *st, const struct wp_deadline_list *list,
			       int64_t **ids, size_t *n, wp_err *err)
{
	static const char sql[] =
		"SELECT o.value FROM json_each(?1) o "
		"WHERE EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = o.value) "
		"   OR " WP_GROUP_SQL_IS_COMMITTEE("o.value");
	*ids = NULL;
	*n = 0;
	size_t nowners = 0;
	for (size_t i = 0; i < list->n; i++)
		nowners += list->items[i].nowners;
	if (nowners == 0)
		return 0;
	int64_t *all = wp_xmalloc(nowners * sizeof *all);
	size_t k = 0;
	for (size_t i = 0; i < list->n; i++)
		for (size_t j = 0; j < list->items[i].nowners; j++)
			all[k++] = list->items[i].owners[j].unit_id;
	qsort(all, nowners, sizeof *all, cmp_id);
	wp_buf json = WP_BUF_INIT;
	for (size_t i = 0; i < nowners; i++)
		if (i == 0 || all[i] != all[i - 1])
			wp_buf_printf(&json, "%c%lld", i ? ',' : '[', (long long)all[i]);
	wp_buf_putc(&json, ']');
	free(all);
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s) {
		wp_buf_free(&json);
		return -1;
	}
	wp_bind_text(s, 1, wp_buf_str(&json));
	wp_buf_free(&json);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		*ids = wp_xrealloc(*ids, (*n + 1) * sizeof **ids);
		(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
	}
	if (*n > 1) /* (qsort's array may not be NULL, even for none) */
		qsort(*ids, *n, sizeof **ids, cmp_id);
	return rc < 0 ? -1 : 0;
}

/* Whether one of d's owners is among the sorted groups. */
static bool owed_by_a_group(const wp_deadline_item *d, const int64_t *groups, size_t ngroups)
{
	for (size_t i = 0; i < d->nowners; i++)
		if (ngroups && bsearch(&d->owners[i].unit_id, groups, ngroups, sizeof *groups, cmp_id))
			return true;
	return false;
}

/* One query for the whole list, as load_owners in query.c does: the ids
 * go in as a JSON array whose keys are positions in the list. Only the
 * deadlines a group owes are asked about (the others are null in the
 * array): looking for members of every owner of a month's 1,600
 * deadlines was a third of `deadlines` at a million activities, for none
 * found where no report is owed by a group. */
int wp_group_load_members(struct wp_store *st, struct wp_deadline_list *list, wp_err *err)
{
	static const char sql[] =
		"SELECT ids.key, du.unit_id, gm.member_id, u.name, "
		"       coalesce(ms.submitted_on, du.submitted_on), du.seq, 0, gm.seq "
		"FROM json_each(?1) ids "
		"CROSS JOIN deadline_unit du ON du.deadline_id = ids.value "
		"CROSS JOIN group_member gm ON gm.group_id = du.unit_id "
		"JOIN unit u ON u.id = gm.member_id "
		"LEFT JOIN member_submission ms ON ms.deadline_id = du.deadline_id "
		"     AND ms.group_id = du.unit_id AND ms.member_id = gm.member_id "
		"UNION ALL "
		"SELECT ids.key, du.unit_id, cm.unit_id, u.name, "
		"       coalesce(ms.submitted_on, du.submitted_on), du.seq, " COMMITTEE_RANK ", cm.seq "
		"FROM json_each(?1) ids "
		"CROSS JOIN deadline d ON d.id = ids.value "
		"CROSS JOIN deadline_unit du ON du.deadline_id = d.id "
		"CROSS JOIN committee_member cm ON cm.campaign_id = d.campaign_id "
		"     AND cm.role IN " WP_GROUP_SQL_MEMBER_ROLES " "
		"JOIN unit u ON u.id = cm.unit_id "
		"LEFT JOIN member_submission ms ON ms.deadline_id = d.id "
		"     AND ms.group_id = du.unit_id AND ms.member_id = cm.unit_id "
		"WHERE " WP_GROUP_SQL_IS_COMMITTEE("du.unit_id") " "
		"ORDER BY 1, 6, 7, 8";
	if (list->n == 0)
		return 0;
	int64_t *groups;
	size_t ngroups, asked = 0;
	if (owners_with_members(st, list, &groups, &ngroups, err) != 0) {
		free(groups);
		return -1;
	}
	wp_buf ids = WP_BUF_INIT;
	for (size_t i = 0; i < list->n; i++) {
		bool ask = owed_by_a_group(&list->items[i], groups, ngroups);
		asked += ask;
		wp_buf_putc(&ids, i ? ',' : '[');
		if (ask)
			wp_buf_printf(&ids, "%lld", (long long)list->items[i].id);
		else
			wp_buf_puts(&ids, "null");
	}
	wp_buf_putc(&ids, ']');
	free(groups);
	sqlite3_stmt *s = asked ? wp_store_stmt(st, sql, err) : NULL;
	if (asked && !s) {
		wp_buf_free(&ids);
		return -1;
	}
	if (s)
		wp_bind_text(s, 1, wp_buf_str(&ids));
	wp_buf_free(&ids);
	int rc = 0;
	while (s && (rc = wp_store_next(st, s, err)) == 1) {
		size_t at = (size_t)sqlite3_column_int64(s, 0);
		wp_owner *group = at < list->n ? owner_of(&list->items[at], sqlite3_column_int64(s, 1))
					       : NULL;
		if (!group)
			continue; /* cannot happen: the owners were read from the same rows */
		group->members =
			wp_xrealloc(group->members, (group->nmembers + 1) * sizeof *group->members);
		group->members[group->nmembers++] = (wp_owner){
			.unit_id = sqlite3_column_int64(s, 2),
			.name = wp_col_strdup(s, 3),
			.submitted_on = wp_col_date(s, 4),
		};
	}
	if (rc < 0)
		return -1;
	for (size_t i = 0; i < list->n; i++)
		tally(&list->items[i]);
	return 0;
}

/* The deadline's owners, names left out: enough for wp_group_load_members
 * and for looking a unit up. */
static int read_owner_ids(struct wp_store *st, wp_deadline_item *d, wp_err *err)
{
	static const char sql[] = "SELECT unit_id, submitted_on FROM deadline_unit "
				  "WHERE deadline_id = ?1 ORDER BY seq";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, d->id);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		d->owners = wp_xrealloc(d->owners, (d->nowners + 1) * sizeof *d->owners);
		d->owners[d->nowners++] = (wp_owner){
			.unit_id = sqlite3_column_int64(s, 0),
			.submitted_on = wp_col_date(s, 1),
		};
	}
	return rc;
}

/* Read the way the deadline lists read it (the same tally), so that a
 * status shown on screen compares equal to this. */
int wp_group_status(struct wp_store *st, int64_t deadline_id, int64_t unit_id, wp_date *out,
		    wp_err *err)
{
	wp_deadline_item item = {.id = deadline_id};
	wp_deadline_list list = {.items = &item, .n = 1};
	int rc = read_owner_ids(st, &item, err);
	if (rc == 0)
		rc = wp_group_load_members(st, &list, err);
	bool found = false;
	for (size_t i = 0; rc == 0 && !found && i < item.nowners; i++) {
		const wp_owner *o = &item.owners[i];
		if (o->unit_id == unit_id) {
			*out = o->submitted_on;
			found = true;
		}
		for (size_t k = 0; !found && k < o->nmembers; k++)
			if (o->members[k].unit_id == unit_id) {
				*out = o->members[k].submitted_on;
				found = true;
			}
	}
	wp_deadline_item_clear(&item);
	if (rc == 0 && !found)
		rc = wp_err_set(err, WP_TR("that unit does not owe this report"));
	return rc;
}
