/* check_scale.c - views read only what they show.
 *
 * The database is filled with many activities and deadlines outside the
 * range asked for; the queries must not scan tables, and the work they do
 * (SQLite virtual-machine steps, deterministic) must stay the same as on
 * the small database. Speed itself is measured by "make bench". */
#include "config.h"

#include "demo.h"
#include "query.h"
#include "testutil.h"

static wp_store *st;

/* Adds a campaign in year with n activities and n deadlines, all dated. */
static void add_filler(int year, int n)
{
	char sql[512];
	snprintf(sql, sizeof sql,
		 "INSERT INTO campaign(title, region, period_start, period_end, span_days) "
		 "VALUES ('filler %d', 'X', '%d-03-01', '%d-03-07', 6)", year, year, year);
	ck_assert_int_eq(sqlite3_exec(wp_store_db(st), sql, NULL, NULL, NULL), SQLITE_OK);
	snprintf(sql, sizeof sql,
		 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
		 "INSERT INTO activity(campaign_id, seq, number, title, start_date, end_date, span_days) "
		 "SELECT (SELECT max(id) FROM campaign), i, i, 'a' || i, date('%d-01-01', '+' || (i %% 300) || ' days'), "
		 "date('%d-01-01', '+' || (i %% 300) || ' days'), 0 FROM n",
		 n - 1, year, year);
	ck_assert_int_eq(sqlite3_exec(wp_store_db(st), sql, NULL, NULL, NULL), SQLITE_OK);
	snprintf(sql, sizeof sql,
		 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
		 "INSERT INTO deadline(campaign_id, seq, what, rule_kind, fixed_date, due_date) "
		 "SELECT (SELECT max(id) FROM campaign), i, 'd' || i, 'date', "
		 "date('%d-01-01', '+' || (i %% 300) || ' days'), "
		 "date('%d-01-01', '+' || (i %% 300) || ' days') FROM n",
		 n - 1, year, year);
	ck_assert_int_eq(sqlite3_exec(wp_store_db(st), sql, NULL, NULL, NULL), SQLITE_OK);
}

static long long work_of_week(struct wp_store_work *w)
{
	wp_agenda ag;
	wp_deadline_list dl;
	wp_err err;
	wp_store_work(st, w, true);
	ck_assert_int_eq(wp_query_agenda(st, D("2026-04-20"), D("2026-04-26"), 0, &ag, &err), 0);
	ck_assert_int_eq(wp_query_deadlines(st, D("2026-04-20"), D("2026-05-04"), 0, 0, WP_DL_ALL,
					    &dl, &err),
			 0);
	long long n = (long long)(ag.n + dl.n);
	wp_agenda_clear(&ag);
	wp_deadline_list_clear(&dl);
	wp_store_work(st, w, true);
	return n;
}

START_TEST(the_week_view_does_the_same_work_on_a_large_database)
{
	wp_err err;
	st = open_memory();
	ck_assert_int_eq(wp_demo_load(st, &err), 0);
	struct wp_store_work small, large;
	long long rows_small = work_of_week(&small);
	work_of_week(&small); /* statements now prepared and cached */
	for (int year = 2010; year < 2020; year++)
		add_filler(year, 5000);
	add_filler(2027, 5000);
	long long rows_large = work_of_week(&large);
	ck_assert_int_eq(rows_small, rows_large);
	ck_assert_int_eq(large.fullscan_steps, 0);
	/* 55,000 more activities and deadlines outside the week may cost a
	 * few index probes, never a step per row. */
	ck_assert_msg(large.vm_steps < small.vm_steps + 200, "vm steps %lld -> %lld",
		      small.vm_steps, large.vm_steps);
	wp_store_close(st);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("scale");
	TCase *tc = tcase_create("scale");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, the_week_view_does_the_same_work_on_a_large_database);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
