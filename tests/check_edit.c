#include "config.h"

#include "demo.h"
#include "edit.h"
#include "query.h"
#include "testutil.h"

static wp_store *st;

static void setup(void)
{
	st = open_demo();
}

static void teardown(void)
{
	wp_store_close(st);
}

START_TEST(a_role_changes_only_from_the_value_the_editor_saw)
{
	long long act = sql_int(st, "SELECT id FROM activity WHERE title = '主题培训'");
	long long unit = sql_int(st, "SELECT id FROM unit WHERE name = '县公安局'");
	wp_err err;
	char role;
	ck_assert_int_eq(wp_edit_get_role(st, act, unit, &role, &err), 0);
	ck_assert_int_eq(role, 0);
	ck_assert_int_eq(wp_edit_role(st, act, unit, 0, 'C', &err), 0);
	ck_assert_int_eq(wp_edit_role(st, act, unit, 'C', 'L', &err), 0);
	/* A second editor still thinks the cell is empty. */
	ck_assert_int_eq(wp_edit_role(st, act, unit, 0, 'C', &err), WP_EDIT_CONFLICT);
	ck_assert_int_eq(wp_edit_get_role(st, act, unit, &role, &err), 0);
	ck_assert_int_eq(role, 'L');
	ck_assert_int_eq(wp_edit_role(st, act, unit, 'L', 0, &err), 0);
	ck_assert_int_eq(wp_edit_get_role(st, act, unit, &role, &err), 0);
	ck_assert_int_eq(role, 0);
	ck_assert_int_eq(wp_edit_role(st, act, unit, 0, 'X', &err), -1);
}
END_TEST

START_TEST(a_status_changes_only_from_the_value_the_editor_saw)
{
	long long dl = sql_int(st, "SELECT id FROM deadline WHERE what = '报送总结'");
	long long unit = sql_int(st, "SELECT unit_id FROM deadline_unit WHERE deadline_id = "
				     "(SELECT id FROM deadline WHERE what = '报送总结')");
	wp_err err;
	ck_assert_int_eq(wp_edit_status(st, dl, unit, WP_DATE_NONE, D("2026-04-27"), &err), 0);
	ck_assert_int_eq(wp_edit_status(st, dl, unit, WP_DATE_NONE, D("2026-04-28"), &err),
			 WP_EDIT_CONFLICT);
	ck_assert_int_eq(sql_int(st, "SELECT submitted_on = '2026-04-27' FROM deadline_unit WHERE "
				     "deadline_id = (SELECT id FROM deadline WHERE what = '报送总结')"),
			 1);
	ck_assert_int_eq(wp_edit_status(st, dl, unit, D("2026-04-27"), WP_DATE_NONE, &err), 0);
	ck_assert_int_eq(wp_edit_status(st, dl, 999999, WP_DATE_NONE, WP_DATE_NONE, &err), -1);
	ck_assert_str_eq(err.msg, "that unit does not owe this report");
}
END_TEST

START_TEST(the_status_bar_counts_overdue_and_soon_due_reports)
{
	int overdue, soon;
	wp_err err;
	ck_assert_int_eq(wp_query_pending_counts(st, D("2000-01-01"), D("2026-04-20"), D("2026-04-22"),
						 &overdue, &soon, &err),
			 0);
	/* Pending since: 2022-05-03, 2022-05-08, 2023-04-15, 2024-04-29, 2026-04-17. */
	ck_assert_int_eq(overdue, 5);
	ck_assert_int_eq(soon, 0);
	ck_assert_int_eq(wp_query_pending_counts(st, D("2025-04-20"), D("2026-04-20"), D("2026-04-22"),
						 &overdue, &soon, &err),
			 0);
	ck_assert_int_eq(overdue, 1); /* only a year back */
	ck_assert_int_eq(wp_query_pending_counts(st, D("2025-04-27"), D("2026-04-27"), D("2026-04-29"),
						 &overdue, &soon, &err),
			 0);
	ck_assert_int_eq(soon, 1); /* 报送总结 on 04-28 */
	ck_assert_int_eq(st != NULL, 1);
}
END_TEST

START_TEST(another_connections_commit_changes_the_data_version)
{
	char *path = temp_path(".db");
	wp_store *a, *b;
	wp_err err;
	ck_assert_int_eq(wp_store_open(path, &a, &err), 0);
	ck_assert_int_eq(wp_store_open(path, &b, &err), 0);
	int before = wp_store_data_version(a);
	ck_assert_int_eq(wp_demo_load(b, &err), 0);
	ck_assert_int_ne(wp_store_data_version(a), before);
	int now = wp_store_data_version(a);
	ck_assert_int_eq(wp_store_data_version(a), now);
	wp_store_close(a);
	wp_store_close(b);
	remove_db(path);
	free(path);
}
END_TEST

START_TEST(search_finds_titles_places_and_unit_aliases)
{
	wp_search_hit *hits;
	size_t n;
	wp_err err;
	ck_assert_int_eq(wp_query_search(st, "城北广场", 10, &hits, &n, &err), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_ptr_nonnull(strstr(hits[0].text, "开展宣传活动"));
	ck_assert_date_eq(hits[0].date, "2026-04-22");
	wp_search_hits_free(hits, n);
	ck_assert_int_eq(wp_query_search(st, "州局", 10, &hits, &n, &err), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_gt(hits[0].unit_id, 0);
	ck_assert_str_eq(hits[0].text, "州市场监管局 (临夏回族自治州)");
	wp_search_hits_free(hits, n);
	ck_assert_int_eq(wp_query_search(st, "培训", 3, &hits, &n, &err), 0);
	ck_assert_uint_eq(n, 3); /* the limit holds */
	wp_search_hits_free(hits, n);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("edit");
	TCase *tc = tcase_create("planner edits and queries");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, a_role_changes_only_from_the_value_the_editor_saw);
	tcase_add_test(tc, a_status_changes_only_from_the_value_the_editor_saw);
	tcase_add_test(tc, the_status_bar_counts_overdue_and_soon_due_reports);
	tcase_add_test(tc, another_connections_commit_changes_the_data_version);
	tcase_add_test(tc, search_finds_titles_places_and_unit_aliases);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
