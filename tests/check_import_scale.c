/* check_import_scale.c - an import's work grows with the plan, not with
 * the database it lands in.
 *
 * Importing plans is measured as check_scale.c measures the views: SQLite
 * virtual-machine steps and statement runs (deterministic), never time.
 * A plan of 100 activities costs the same in a database that already
 * holds thousands of other campaigns' activities and deadlines, and a
 * plan four times as large costs about four times as much. Speed itself
 * is measured by "make bench-import". */
#include "config.h"

#include <unistd.h>

#include "alloc.h"
#include "buf.h"
#include "plan-files.h"
#include "testutil.h"

static wp_store *st;
static int plans_written;

/* How many statement runs the store's statements made since the last call. */
static long long statement_runs(void)
{
	long long n = 0;
	for (sqlite3_stmt *s = sqlite3_next_stmt(wp_store_db(st), NULL); s;
	     s = sqlite3_next_stmt(wp_store_db(st), s))
		n += sqlite3_stmt_status(s, SQLITE_STMTSTATUS_RUN, 1);
	return n;
}

/* Writes a plan of n activities (shaped as the bench's: a lead and two
 * cooperating units of 60, a deadline per 10 activities owed by them) to
 * a new file; returns its path (caller frees and removes it). */
static char *write_plan(int n)
{
	wp_buf b = WP_BUF_INIT;
	int k = plans_written++;
	wp_buf_printf(&b, "{\"weekplan_plan\": 1, \"title\": \"规模测试方案%d\", \"region\": \"测试市\", "
			  "\"period\": {\"start\": \"2027-01-01\", \"end\": \"2027-12-31\"}, "
			  "\"activities\": [",
		      k);
	for (int i = 0; i < n; i++)
		wp_buf_printf(&b, "%s{\"no\": \"%d\", \"title\": \"活动%d\", \"start\": \"2027-%02d-%02d\", "
				  "\"time\": \"09:00\", \"end_time\": \"10:00\", "
				  "\"lead\": [\"单位%d\"], \"cooperate\": [\"单位%d\", \"单位%d\"]}",
			      i ? ", " : "", i + 1, i, 1 + i % 12, 1 + i % 28, (i + k) % 60,
			      (i + k + 1) % 60, (i + k + 2) % 60);
	wp_buf_puts(&b, "], \"deadlines\": [");
	for (int i = 0; i < n; i += 10)
		wp_buf_printf(&b, "%s{\"what\": \"报送总结\", \"activity\": \"%d\", "
				  "\"due\": \"2027-12-20\", \"who\": [\"单位%d\", \"单位%d\"]}",
			      i ? ", " : "", i + 1, (i + k) % 60, (i + k + 1) % 60);
	wp_buf_puts(&b, "]}\n");
	char *path = temp_path(".json");
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(wp_buf_str(&b), f);
	fclose(f);
	wp_buf_free(&b);
	return path;
}

static void count_stored(void *ctx, const wp_plan_outcome *o)
{
	ck_assert_msg(o->err == NULL, "%s", o->err ? o->err->msg : "");
	++*(int *)ctx;
}

/* Imports count plans of n activities each; returns the VM steps (and in
 * *runs the statement runs) it took. */
static long long work_of_import(int count, int n, long long *runs)
{
	char **paths = wp_xcalloc((size_t)count, sizeof *paths);
	for (int i = 0; i < count; i++)
		paths[i] = write_plan(n);
	struct wp_store_work w;
	wp_err err;
	int stored = 0;
	wp_store_work(st, &w, true);
	statement_runs();
	long refused = wp_plan_import_files(st, (const char *const *)paths, (size_t)count, 0,
					    count_stored, &stored, &err);
	long long r = statement_runs();
	wp_store_work(st, &w, true);
	ck_assert_msg(refused == 0, "%s", err.msg);
	ck_assert_int_eq(stored, count);
	for (int i = 0; i < count; i++) {
		unlink(paths[i]);
		free(paths[i]);
	}
	free(paths);
	if (runs)
		*runs = r;
	return w.vm_steps;
}

/* Adds a campaign with n deadlines (plain SQL: what the import must not read). */
static void add_other_deadlines(int n)
{
	char sql[1024];
	snprintf(sql, sizeof sql,
		 "INSERT INTO campaign(title, region, period_start, period_end, span_days) "
		 "VALUES ('other', 'X', '2026-01-01', '2026-12-31', 364);"
		 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
		 "INSERT INTO deadline(campaign_id, seq, what, rule_kind, fixed_date, due_date) "
		 "SELECT (SELECT max(id) FROM campaign), i, 'd' || i, 'date', "
		 "date('2026-01-01', '+' || (i %% 365) || ' days'), "
		 "date('2026-01-01', '+' || (i %% 365) || ' days') FROM n",
		 n - 1);
	char *msg = NULL;
	int rc = sqlite3_exec(wp_store_db(st), sql, NULL, NULL, &msg);
	ck_assert_msg(rc == SQLITE_OK, "%s", msg ? msg : "?");
}

START_TEST(a_plans_import_costs_the_same_in_a_large_database)
{
	st = open_memory();
	work_of_import(1, 100, NULL); /* statements now prepared, units known */
	long long runs_small, runs_large;
	long long small = work_of_import(1, 100, &runs_small);
	/* 40 more plans: 4,000 activities, 12,000 assignments, 400 deadlines;
	 * and another campaign's 20,000 deadlines */
	work_of_import(40, 100, NULL);
	add_other_deadlines(20000);
	long long large = work_of_import(1, 100, &runs_large);
	/* A little for deeper indexes; resolving the plan's deadlines with a
	 * scan of every campaign's deadlines made it several times. */
	ck_assert_msg(large < small * 6 / 5, "vm steps %lld -> %lld", small, large);
	ck_assert_msg(runs_large <= runs_small, "statement runs %lld -> %lld", runs_small,
		      runs_large);
	wp_store_close(st);
}
END_TEST

START_TEST(a_plans_import_is_linear_in_its_size)
{
	st = open_memory();
	work_of_import(1, 100, NULL);
	long long runs_small, runs_large;
	long long small = work_of_import(1, 100, &runs_small);
	long long large = work_of_import(1, 400, &runs_large);
	/* about four times (the plan's own indexes grow a little deeper) */
	ck_assert_msg(large < 5 * small, "vm steps %lld -> %lld", small, large);
	/* A statement a row, each unit name looked up once per transaction
	 * (60 names, not 300 lookups), a fixed few per plan (the export kept
	 * as its source). Runs count trigger programs too: an activity is
	 * 3 (revision floor, search index), an assignment 2 (its date): for
	 * 100 activities 300 + 600 + 60 lookups + ~70 for 10 deadlines. */
	ck_assert_msg(runs_small < 100 * 11, "statement runs %lld for 100 activities",
		      runs_small);
	ck_assert_msg(runs_large < 4 * runs_small, "statement runs %lld -> %lld", runs_small,
		      runs_large);
	wp_store_close(st);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("import scale");
	TCase *tc = tcase_create("import scale");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, a_plans_import_costs_the_same_in_a_large_database);
	tcase_add_test(tc, a_plans_import_is_linear_in_its_size);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
