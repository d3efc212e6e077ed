/* bench.c - how fast the views answer on a large database ("make bench").
 *
 * Fills a database with N activities and N deadlines spread over 2000 to
 * 2199 (default N = 1,000,000, or the first argument), plus the bundled
 * plans, then times the queries behind the views: a week's agenda, the
 * deadlines of the next two weeks, a unit's year, a campaign's matrix.
 * Prints the median of repeated runs. Not part of "make check": timings
 * belong here, never in tests. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "demo.h"
#include "query.h"
#include "store.h"
#include "unit.h"

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static int exec(wp_store *st, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(wp_store_db(st), sql, NULL, NULL, &msg) != SQLITE_OK) {
		fprintf(stderr, "bench: %s\n", msg);
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int fill(wp_store *st, long n)
{
	char sql[4096];
	/* One campaign a week for 200 years, activities and deadlines spread
	 * over them. */
	snprintf(sql, sizeof sql,
		 "BEGIN;"
		 "WITH RECURSIVE w(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM w WHERE i < 10400) "
		 "INSERT INTO campaign(title, region, period_start, period_end, span_days) "
		 "SELECT 'bench ' || i, 'R' || (i %% 50), date('2000-01-03', '+' || (i * 7) || ' days'), "
		 "date('2000-01-03', '+' || (i * 7 + 6) || ' days'), 6 FROM w;"
		 "WITH RECURSIVE u(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM u WHERE i < 999) "
		 "INSERT INTO unit(name, region, name_key) SELECT 'unit' || i, 'R' || (i %% 50), "
		 "'unit' || i FROM u;"
		 "WITH RECURSIVE a(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM a WHERE i < %ld) "
		 "INSERT INTO activity(campaign_id, seq, number, title, start_date, end_date, "
		 "span_days, start_time) SELECT 6 + i / 100, i %% 100, i %% 100, 'activity ' || i, "
		 "date('2000-01-03', '+' || ((i / 100) * 7 + i %% 7) || ' days'), "
		 "date('2000-01-03', '+' || ((i / 100) * 7 + i %% 7 + i %% 2) || ' days'), i %% 2, "
		 "printf('%%02d:00', 8 + i %% 10) FROM a;"
		 "INSERT INTO assignment(activity_id, unit_id, role, seq) "
		 "SELECT id, 1 + (id %% 1000), CASE WHEN id %% 3 THEN 'cooperate' ELSE 'lead' END, 0 "
		 "FROM activity WHERE campaign_id > 5;"
		 "WITH RECURSIVE d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < %ld) "
		 "INSERT INTO deadline(campaign_id, seq, what, rule_kind, fixed_date, due_date) "
		 "SELECT 6 + i / 100, i %% 100, 'report ' || i, 'date', "
		 "date('2000-01-10', '+' || ((i / 100) * 7 + i %% 5) || ' days'), "
		 "date('2000-01-10', '+' || ((i / 100) * 7 + i %% 5) || ' days') FROM d;"
		 "INSERT INTO deadline_unit(deadline_id, unit_id, seq) "
		 "SELECT id, 1 + (id %% 1000), 0 FROM deadline WHERE campaign_id > 5;"
		 "COMMIT;",
		 n - 1, n - 1);
	return exec(st, sql);
}

typedef void (*bench_fn)(wp_store *st);

static void agenda_week(wp_store *st)
{
	wp_agenda ag;
	wp_err err;
	wp_query_agenda(st, wp_date_from_ymd(2026, 4, 20), wp_date_from_ymd(2026, 4, 26), 0, &ag,
			&err);
	wp_agenda_clear(&ag);
}

static void deadlines_two_weeks(wp_store *st)
{
	wp_deadline_list dl;
	wp_err err;
	wp_query_deadlines(st, wp_date_from_ymd(2026, 4, 20), wp_date_from_ymd(2026, 5, 4), 0, 0,
			   WP_DL_ALL, &dl, &err);
	wp_deadline_list_clear(&dl);
}

static void unit_month(wp_store *st)
{
	int64_t id = 0;
	wp_err err;
	wp_unit_lookup(st, "R7", "unit7", &id, &err);
	wp_agenda ag;
	wp_query_agenda(st, wp_date_from_ymd(2026, 4, 1), wp_date_from_ymd(2026, 4, 30), id, &ag,
			&err);
	wp_agenda_clear(&ag);
}

static void matrix(wp_store *st)
{
	wp_matrix m;
	wp_err err;
	wp_query_matrix(st, 5000, &m, &err);
	wp_matrix_clear(&m);
}

static void run(wp_store *st, const char *name, bench_fn fn)
{
	enum { RUNS = 50 };
	double t[RUNS];
	fn(st); /* warm the cache and the prepared statements */
	for (int i = 0; i < RUNS; i++) {
		double start = now_ms();
		fn(st);
		t[i] = now_ms() - start;
	}
	qsort(t, RUNS, sizeof *t, cmp_double);
	printf("%-28s median %8.3f ms   max %8.3f ms\n", name, t[RUNS / 2], t[RUNS - 1]);
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	char path[] = "/tmp/weekplan-bench-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return 1;
	close(fd);
	unlink(path);
	wp_store *st;
	wp_err err;
	if (wp_store_open(path, &st, &err) != 0 || wp_demo_load(st, &err) != 0) {
		fprintf(stderr, "bench: %s\n", err.msg);
		return 1;
	}
	printf("filling %ld activities and %ld deadlines...\n", n, n);
	double start = now_ms();
	if (fill(st, n) != 0)
		return 1;
	printf("filled in %.1f s\n", (now_ms() - start) / 1e3);
	run(st, "agenda, one week", agenda_week);
	run(st, "deadlines, two weeks", deadlines_two_weeks);
	run(st, "one unit's month", unit_month);
	run(st, "matrix of a campaign", matrix);
	wp_store_close(st);
	char buf[64];
	unlink(path);
	snprintf(buf, sizeof buf, "%s-wal", path);
	unlink(buf);
	snprintf(buf, sizeof buf, "%s-shm", path);
	unlink(buf);
	return 0;
}
