/* check_group.c - groups of units: a committee group is its plan's
 * committee members and follows the committee; user groups get members
 * and lose them, all or nothing; a report a group owes is owed, counted
 * and chased member by member. */
#include "config.h"

#include "campaign.h"
#include "group.h"
#include "query.h"
#include "remind.h"
#include "testutil.h"
#include "unit.h"

static wp_store *st;
static int64_t chaoyang, committee_group, summary; /* 报送总结 */

static void exec(const char *sql)
{
	char *msg = NULL;
	ck_assert_msg(sqlite3_exec(wp_store_db(st), sql, NULL, NULL, &msg) == SQLITE_OK, "%s: %s",
		      sql, msg ? msg : "");
}

static int64_t unit(const char *region, const char *name)
{
	int64_t id = 0;
	wp_err err;
	ck_assert_msg(wp_unit_lookup(st, region, name, &id, &err) == 1, "no unit %s", name);
	return id;
}

static void setup(void)
{
	st = open_demo();
	wp_campaign_ref ref;
	wp_err err;
	ck_assert_int_eq(wp_campaign_find(st, "2026年朝阳", &ref, &err), 0);
	chaoyang = ref.id;
	wp_campaign_ref_clear(&ref);
	committee_group = unit("朝阳市", "组委会成员单位");
	char sql[160];
	snprintf(sql, sizeof sql,
		 "SELECT id FROM deadline WHERE campaign_id = %lld AND what = '报送总结'",
		 (long long)chaoyang);
	summary = sql_int(st, sql);
}

static void teardown(void)
{
	wp_store_close(st);
}

/* The 报送总结 deadline as the lists load it; caller clears. */
static wp_deadline_item *load_summary(wp_deadline_list *list)
{
	wp_err err;
	ck_assert_int_eq(wp_query_campaign_deadlines(st, chaoyang, list, &err), 0);
	for (size_t i = 0; i < list->n; i++)
		if (list->items[i].id == summary)
			return &list->items[i];
	ck_abort_msg("报送总结 not loaded");
	return NULL;
}

static void set_status(int64_t unit_id, const char *day)
{
	wp_err err;
	ck_assert_int_eq(wp_store_begin(st, &err), 0);
	ck_assert_msg(wp_group_set_status(st, summary, unit_id, day ? D(day) : WP_DATE_NONE, &err) ==
			      0,
		      "%s", err.msg);
	ck_assert_int_eq(wp_store_commit(st, &err), 0);
}

START_TEST(a_committee_group_is_its_plans_committee_members)
{
	char sql[200];
	snprintf(sql, sizeof sql,
		 "SELECT count(*) FROM committee_member WHERE campaign_id = %lld "
		 "AND role IN ('vice_chair', 'member')",
		 (long long)chaoyang);
	long long in_plan = sql_int(st, sql);
	ck_assert_int_eq(in_plan, 18); /* the 朝阳 notice's 18 member units */
	wp_group_unit *m;
	size_t n;
	wp_err err;
	ck_assert_int_eq(wp_group_members(st, committee_group, chaoyang, &m, &n, &err), 0);
	ck_assert_uint_eq(n, (size_t)in_plan);
	ck_assert_str_eq(m[0].name, "市委宣传部");
	ck_assert_str_eq(m[n - 1].name, "市科协");
	for (size_t i = 0; i < n; i++) /* the chair and the office receive the reports */
		ck_assert_str_ne(m[i].name, "市市场监督管理局（市知识产权局）");
	wp_group_units_free(m, n);
	bool committee;
	ck_assert_int_eq(wp_group_is_committee(st, committee_group, &committee, &err), 0);
	ck_assert(committee);
	ck_assert_int_eq(wp_group_is_committee(st, unit("朝阳市", "市科技局"), &committee, &err), 0);
	ck_assert(!committee);
}
END_TEST

/* The matrix shows a group's role on each member's row, apart from the
 * member's own roles: 组委会成员单位 cooperates in 一 and 二, so each
 * committee member does, through it; the chair keeps its own L, and a
 * unit outside the committee gets nothing. */
START_TEST(the_matrix_shows_a_groups_role_on_its_members_rows)
{
	wp_matrix m;
	wp_err err;
	ck_assert_int_eq(wp_query_matrix(st, chaoyang, &m, &err), 0);
	size_t group = m.nunits, member = m.nunits, chair = m.nunits, other = m.nunits;
	for (size_t u = 0; u < m.nunits; u++) {
		if (m.units[u].id == committee_group)
			group = u;
		else if (strcmp(m.units[u].name, "市科技局") == 0)
			member = u;
		else if (m.units[u].rank == WP_RANK_CHAIR)
			chair = u;
		else if (strcmp(m.units[u].name, "各县区局") == 0)
			other = u;
	}
	ck_assert(group < m.nunits && member < m.nunits && chair < m.nunits && other < m.nunits);
	size_t via = 0;
	for (size_t a = 0; a < m.nactivities; a++) {
		char role = wp_matrix_cell(&m, group, a);
		ck_assert_int_eq(wp_matrix_cell(&m, member, a), 0);
		ck_assert_int_eq(wp_matrix_via(&m, member, a), role);
		via += role != 0;
		ck_assert_int_eq(wp_matrix_via(&m, chair, a), 0);
		ck_assert_int_eq(wp_matrix_via(&m, other, a), 0);
	}
	ck_assert_uint_eq(via, 2);
	/* the member's totals are its own roles */
	ck_assert_int_eq(m.units[member].ncooperate, 0);
	wp_matrix_clear(&m);
}
END_TEST

START_TEST(a_unit_added_to_the_committee_later_owes_through_the_group)
{
	wp_deadline_list list;
	ck_assert_uint_eq(load_summary(&list)->owners[0].nmembers, 18);
	wp_deadline_list_clear(&list);
	int64_t late;
	wp_err err;
	ck_assert_int_eq(wp_unit_ensure(st, "朝阳市", "市气象局", &late, &err), 0);
	char sql[200];
	snprintf(sql, sizeof sql,
		 "INSERT INTO committee_member(campaign_id, unit_id, role, seq) "
		 "VALUES (%lld, %lld, 'member', 99)",
		 (long long)chaoyang, (long long)late);
	exec(sql);
	const wp_deadline_item *d = load_summary(&list);
	ck_assert_uint_eq(d->owners[0].nmembers, 19);
	ck_assert_str_eq(d->owners[0].members[18].name, "市气象局");
	ck_assert_uint_eq(d->npending, 19);
	wp_deadline_list_clear(&list);
}
END_TEST

START_TEST(members_submit_one_by_one_and_the_group_counts_them)
{
	set_status(unit("朝阳市", "市委宣传部"), "2026-04-27");
	set_status(unit("朝阳市", "市科技局"), "2026-04-27");
	set_status(unit("朝阳市", "朝阳海关"), "2026-04-28");
	wp_deadline_list list;
	const wp_deadline_item *d = load_summary(&list);
	const wp_owner *g = &d->owners[0];
	ck_assert_uint_eq(g->nmembers, 18);
	ck_assert_uint_eq(g->nsubmitted, 3);
	ck_assert_uint_eq(d->npending, 15);
	ck_assert(g->submitted_on == WP_DATE_NONE);
	ck_assert(wp_deadline_pending(d));
	ck_assert_date_eq(g->members[0].submitted_on, "2026-04-27"); /* 市委宣传部 */
	ck_assert(g->members[1].submitted_on == WP_DATE_NONE);
	wp_deadline_list_clear(&list);
	/* Pending again: one member's mark only. */
	set_status(unit("朝阳市", "市科技局"), NULL);
	d = load_summary(&list);
	ck_assert_uint_eq(d->owners[0].nsubmitted, 2);
	wp_deadline_list_clear(&list);
}
END_TEST

START_TEST(the_group_has_submitted_when_every_member_has)
{
	wp_group_unit *m;
	size_t n;
	wp_err err;
	ck_assert_int_eq(wp_group_members(st, committee_group, chaoyang, &m, &n, &err), 0);
	for (size_t i = 0; i < n; i++)
		set_status(m[i].id, i == 5 ? "2026-04-28" : "2026-04-27");
	wp_group_units_free(m, n);
	wp_deadline_list list;
	const wp_deadline_item *d = load_summary(&list);
	ck_assert_uint_eq(d->owners[0].nsubmitted, 18);
	ck_assert_date_eq(d->owners[0].submitted_on, "2026-04-28"); /* the last one's day */
	ck_assert(!wp_deadline_pending(d));
	wp_deadline_list_clear(&list);
	/* The pending filter and the planner's counts agree. */
	ck_assert_int_eq(wp_query_deadlines(st, D("2026-04-28"), D("2026-04-28"), 0, 0,
					    WP_DL_PENDING, &list, &err),
			 0);
	ck_assert_uint_eq(list.n, 0);
	wp_deadline_list_clear(&list);
	int overdue, soon;
	ck_assert_int_eq(wp_query_pending_counts(st, D("2026-04-01"), D("2026-04-27"),
						 D("2026-04-30"), &overdue, &soon, &err),
			 0);
	ck_assert_int_eq(soon, 0);
}
END_TEST

START_TEST(the_groups_own_mark_stands_for_its_members_until_one_is_unmarked)
{
	set_status(committee_group, "2026-04-27");
	wp_deadline_list list;
	const wp_deadline_item *d = load_summary(&list);
	ck_assert_uint_eq(d->owners[0].nsubmitted, 18);
	ck_assert_uint_eq(d->npending, 0);
	wp_deadline_list_clear(&list);
	set_status(unit("朝阳市", "市教育局"), NULL);
	d = load_summary(&list);
	ck_assert_uint_eq(d->owners[0].nsubmitted, 17);
	ck_assert_date_eq(d->owners[0].members[0].submitted_on, "2026-04-27");
	wp_deadline_list_clear(&list);
	char sql[160];
	snprintf(sql, sizeof sql,
		 "SELECT count(*) FROM deadline_unit WHERE deadline_id = %lld "
		 "AND submitted_on IS NOT NULL",
		 (long long)summary);
	ck_assert_int_eq(sql_int(st, sql), 0); /* taken apart into the members' own */
}
END_TEST

START_TEST(a_member_owes_what_its_group_owes)
{
	int64_t tech = unit("朝阳市", "市科技局");
	wp_deadline_list list;
	wp_err err;
	ck_assert_int_eq(wp_query_deadlines(st, D("2026-04-28"), D("2026-04-28"), tech, 0,
					    WP_DL_PENDING, &list, &err),
			 0);
	ck_assert_uint_eq(list.n, 1);
	wp_deadline_list_clear(&list);
	wp_remind_list r;
	ck_assert_int_eq(wp_remind_query(st, D("2026-04-27"), 3, 0, tech, &r, &err), 0);
	ck_assert_uint_eq(r.nunits, 1);
	ck_assert_str_eq(r.units[0].name, "市科技局");
	ck_assert_str_eq(r.units[0].items[0].via_group, "组委会成员单位");
	wp_remind_list_clear(&r);
	/* Everyone is chased, not the group. */
	ck_assert_int_eq(wp_remind_query(st, D("2026-04-27"), 3, 0, 0, &r, &err), 0);
	ck_assert_uint_eq(r.nunits, 18);
	wp_remind_list_clear(&r);
	set_status(tech, "2026-04-27");
	ck_assert_int_eq(wp_query_deadlines(st, D("2026-04-28"), D("2026-04-28"), tech, 0,
					    WP_DL_PENDING, &list, &err),
			 0);
	ck_assert_uint_eq(list.n, 0);
	wp_deadline_list_clear(&list);
	/* A unit in no group that owes it may not mark it. */
	ck_assert_int_eq(wp_group_set_status(st, summary, unit("朝阳市", "各县区局"), D("2026-04-27"),
					     &err),
			 -1);
}
END_TEST

START_TEST(a_user_group_gets_members_and_loses_them)
{
	int64_t g = unit("朝阳市", "各县区局");
	wp_err err;
	ck_assert_int_eq(wp_store_begin(st, &err), 0);
	ck_assert_int_eq(wp_group_add_named(st, g, "双塔区局", &err), 0);
	ck_assert_int_eq(wp_group_add_named(st, g, "龙城区局", &err), 0);
	ck_assert_int_eq(wp_group_add_named(st, g, "双塔区局", &err), 0); /* once only */
	ck_assert_int_eq(wp_store_commit(st, &err), 0);
	wp_group_unit *m;
	size_t n;
	ck_assert_int_eq(wp_group_members(st, g, 0, &m, &n, &err), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(m[0].name, "双塔区局");
	ck_assert_str_eq(m[0].region, "朝阳市"); /* made in the group's region */
	ck_assert_str_eq(m[1].name, "龙城区局");
	wp_group_units_free(m, n);
	ck_assert_int_eq(wp_group_list(st, &m, &n, &err), 0);
	ck_assert_uint_ge(n, 2);
	ck_assert_str_eq(m[0].name, "各县区局");
	ck_assert_uint_eq(m[0].nmembers, 2);
	ck_assert(!m[0].committee);
	bool listed = false;
	for (size_t i = 0; i < n; i++)
		listed = listed || (m[i].id == committee_group && m[i].committee);
	ck_assert(listed);
	wp_group_units_free(m, n);
	ck_assert_int_eq(wp_group_remove_named(st, g, "龙城区局", &err), 0);
	ck_assert_int_eq(wp_group_remove_named(st, g, "龙城区局", &err), -1);
	ck_assert_int_eq(wp_group_members(st, g, 0, &m, &n, &err), 0);
	ck_assert_uint_eq(n, 1);
	wp_group_units_free(m, n);
}
END_TEST

START_TEST(what_a_group_cannot_be_given)
{
	int64_t g = unit("朝阳市", "各县区局"), tech = unit("朝阳市", "市科技局");
	wp_err err;
	ck_assert_int_eq(wp_group_add(st, committee_group, tech, &err), -1); /* the committee's */
	ck_assert_int_eq(wp_group_add(st, g, g, &err), -1);
	ck_assert_int_eq(wp_group_add(st, g, committee_group, &err), -1); /* groups do not nest */
	ck_assert_int_eq(wp_group_add(st, g, tech, &err), 0);
	ck_assert_int_eq(wp_group_add(st, tech, unit("朝阳市", "市教育局"), &err), -1);
	ck_assert_int_eq(wp_group_remove_named(st, g, "不存在的局", &err), -1);
}
END_TEST

START_TEST(a_failed_change_of_members_stores_nothing)
{
	int64_t g = unit("朝阳市", "各县区局");
	wp_err err;
	ck_assert_int_eq(wp_store_begin(st, &err), 0);
	ck_assert_int_eq(wp_group_add_named(st, g, "双塔区局", &err), 0);
	ck_assert_int_eq(wp_group_add_named(st, g, "组委会成员单位", &err), -1);
	wp_store_rollback(st);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM group_member"), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM unit WHERE name = '双塔区局'"), 0);
}
END_TEST

START_TEST(a_user_group_owing_a_report_is_counted_member_by_member)
{
	int64_t g = unit("朝阳市", "各县区局");
	wp_err err;
	ck_assert_int_eq(wp_store_begin(st, &err), 0);
	ck_assert_int_eq(wp_group_add_named(st, g, "双塔区局", &err), 0);
	ck_assert_int_eq(wp_group_add_named(st, g, "龙城区局", &err), 0);
	ck_assert_int_eq(wp_store_commit(st, &err), 0);
	char sql[200];
	snprintf(sql, sizeof sql,
		 "INSERT INTO deadline_unit(deadline_id, unit_id, seq) VALUES (%lld, %lld, 9)",
		 (long long)summary, (long long)g);
	exec(sql);
	set_status(unit("朝阳市", "双塔区局"), "2026-04-27");
	wp_deadline_list list;
	const wp_deadline_item *d = load_summary(&list);
	ck_assert_uint_eq(d->nowners, 2);
	ck_assert_uint_eq(d->owners[1].nmembers, 2);
	ck_assert_uint_eq(d->owners[1].nsubmitted, 1);
	ck_assert_uint_eq(d->npending, 18 + 1);
	wp_deadline_list_clear(&list);
	/* Out of the group, its submission through the group goes too. */
	ck_assert_int_eq(wp_group_remove_named(st, g, "双塔区局", &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM member_submission"), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("group");
	TCase *tc = tcase_create("group");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, a_committee_group_is_its_plans_committee_members);
	tcase_add_test(tc, the_matrix_shows_a_groups_role_on_its_members_rows);
	tcase_add_test(tc, a_unit_added_to_the_committee_later_owes_through_the_group);
	tcase_add_test(tc, members_submit_one_by_one_and_the_group_counts_them);
	tcase_add_test(tc, the_group_has_submitted_when_every_member_has);
	tcase_add_test(tc, the_groups_own_mark_stands_for_its_members_until_one_is_unmarked);
	tcase_add_test(tc, a_member_owes_what_its_group_owes);
	tcase_add_test(tc, a_user_group_gets_members_and_loses_them);
	tcase_add_test(tc, what_a_group_cannot_be_given);
	tcase_add_test(tc, a_failed_change_of_members_stores_nothing);
	tcase_add_test(tc, a_user_group_owing_a_report_is_counted_member_by_member);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
