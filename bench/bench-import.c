/* bench-import.c - how fast "weekplan import" stores many plan files
 * ("make bench-import BENCH_N=N").
 *
 * Writes N activities' worth of plan files (weekplan-plan(5)) shaped as
 * bench.c's data: N/1000 campaigns a year (at least 2) over 2020-2029,
 * so about 100 activities a plan whatever N; each activity on a weekday
 * of its plan's year, 08:00-17:30, 30-240 minutes, a title of about 15
 * characters and a place, 2-6 of 3,000 units (the first leads), and one
 * deadline per 10 activities, due three days later, owed by the
 * activity's units. All plans are of one city (region), so the 3,000
 * units are shared between plans as a city's staff would share them;
 * their names are place + agency ("东阳县教育局"), unique in the region.
 *
 * Then runs WEEKPLAN --db NEW import DIR as a child process into an empty
 * database, timing the whole process and reading its peak RSS
 * (getrusage of the child, ru_maxrss). With --per-file it runs one
 * process per plan file instead (what a weekplan that takes only one
 * file costs), summing the times and keeping the largest RSS. Prints the
 * load average before and after: the machine is shared. With BENCH_KEEP
 * set in the environment the plan files and the database are kept. */
/* wait4 and getloadavg are BSD, not POSIX */
#define _DEFAULT_SOURCE
#include "config.h"

#include <dirent.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "date.h"

#include "bench.h"

extern char **environ;

static const char region[] = "东阳市";

static double seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void unit_name(int unit, char *buf, size_t size)
{
	char place[32];
	place_name((unit - 1) / AGENCIES, place, sizeof place);
	snprintf(buf, size, "%s%s", place, agencies[(unit - 1) % AGENCIES]);
}

static void put_names(FILE *f, const char *key, const int *units, int from, int to)
{
	fprintf(f, ", \"%s\": [", key);
	for (int i = from; i < to; i++) {
		char name[64];
		unit_name(units[i], name, sizeof name);
		fprintf(f, "%s\"%s\"", i > from ? ", " : "", name);
	}
	fputc(']', f);
}

struct planned {
	wp_date day;
	int units[6], nunits;
};

static int by_day(const void *a, const void *b)
{
	const struct planned *x = a, *y = b;
	return (x->day > y->day) - (x->day < y->day);
}

/* One activity: its line in "activities", numbered no. */
static void put_activity(FILE *f, const struct planned *p, int no)
{
	int minutes = 30 + random_below(211);
	int start = 8 * 60 + random_below(17 * 60 + 30 - minutes - 8 * 60 + 1);
	char date[WP_DATE_ISO_SIZE], title[128], place[96];
	random_title(title, sizeof title);
	place_name(random_below(PLACES), place, 32);
	strncat(place, venues[random_below(6)], sizeof place - strlen(place) - 1);
	fprintf(f, "%s\n{\"no\": \"%d\", \"title\": \"%s\", \"start\": \"%s\", "
		   "\"time\": \"%02d:%02d\", \"end_time\": \"%02d:%02d\", \"location\": \"%s\"",
		no > 1 ? "," : "", no, title, wp_date_format(p->day, date), start / 60, start % 60,
		(start + minutes) / 60, (start + minutes) % 60, place);
	put_names(f, "lead", p->units, 0, 1);
	put_names(f, "cooperate", p->units, 1, p->nunits);
	fputc('}', f);
}

static int write_plan(const char *path, int year, int k, const wp_date *weekdays,
		      int nweekdays, int nactivities)
{
	FILE *f = fopen(path, "w");
	struct planned *acts = calloc((size_t)nactivities, sizeof *acts);
	if (!f || !acts) {
		perror(path);
		free(acts);
		return f ? fclose(f), -1 : -1;
	}
	for (int i = 0; i < nactivities; i++) {
		acts[i].day = weekdays[random_below(nweekdays)];
		acts[i].nunits = random_units(acts[i].units);
	}
	qsort(acts, (size_t)nactivities, sizeof *acts, by_day); /* numbered in date order */
	fprintf(f, "{\"weekplan_plan\": 1, \"title\": \"%d年知识产权宣传周活动方案（第%d号）\", "
		   "\"region\": \"%s\", \"period\": {\"start\": \"%d-01-01\", \"end\": "
		   "\"%d-12-31\"},\n\"activities\": [",
		year, k + 1, region, year, year);
	for (int i = 0; i < nactivities; i++)
		put_activity(f, &acts[i], i + 1);
	fputs("],\n\"deadlines\": [", f);
	for (int i = 0; i < nactivities; i += 10) {
		char due[WP_DATE_ISO_SIZE];
		fprintf(f, "%s\n{\"what\": \"活动总结报送\", \"activity\": \"%d\", \"due\": \"%s\"",
			i ? "," : "", i + 1, wp_date_format(acts[i].day + 3, due));
		put_names(f, "who", acts[i].units, 0, acts[i].nunits);
		fputc('}', f);
	}
	fputs("]}\n", f);
	free(acts);
	return fclose(f) == 0 ? 0 : -1;
}

/* The plan files of N activities in dir; returns how many plans. */
static int write_plans(const char *dir, long n)
{
	int per_year = n / 1000 > 2 ? (int)(n / 1000) : 2, plans = per_year * YEARS;
	for (int y = 0; y < YEARS; y++) {
		int year = FIRST_YEAR + y, nweekdays = 0;
		wp_date weekdays[366];
		for (wp_date d = wp_date_from_ymd(year, 1, 1); d <= wp_date_from_ymd(year, 12, 31); d++)
			if (!wp_date_is_weekend(d))
				weekdays[nweekdays++] = d;
		for (int k = 0; k < per_year; k++) {
			int i = y * per_year + k;
			/* N spread over the plans, the remainder to the first ones */
			int nact = (int)(n / plans + (i < n % plans));
			char path[256];
			snprintf(path, sizeof path, "%s/%05d.json", dir, i);
			if (write_plan(path, year, k, weekdays, nweekdays, nact) != 0)
				return -1;
		}
	}
	return plans;
}

/* Runs argv to its end with stdout on /dev/null; raises *rss_kb to its
 * peak RSS (KiB) if larger. Returns its exit status. posix_spawn, not
 * fork: a forked child's peak RSS would count this process's pages it
 * shares until the exec. */
static int run_child(char *const argv[], long *rss_kb)
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	fflush(stdout);
	int rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	int status;
	struct rusage ru;
	if (rc != 0 || wait4(pid, &status, 0, &ru) < 0)
		return -1;
	if (ru.ru_maxrss > *rss_kb)
		*rss_kb = ru.ru_maxrss;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void print_load(const char *when)
{
	double load[3];
	if (getloadavg(load, 3) == 3)
		printf("load average %s: %.2f %.2f %.2f\n", when, load[0], load[1], load[2]);
}

/* How many activities db holds (to see that all were stored). */
static long stored_activities(const char *db)
{
	sqlite3 *h;
	sqlite3_stmt *s = NULL;
	long n = -1;
	if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(h, "SELECT count(*) FROM activity", -1, &s, NULL) == SQLITE_OK &&
	    sqlite3_step(s) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(h);
	return n;
}

/* Imports every plan of dir into db, in one process or one per file. */
static int time_import(const char *weekplan, const char *dir, const char *db, int plans,
		       int per_file)
{
	long rss_kb = 0;
	int status = 0;
	print_load("before the import");
	double start = seconds();
	if (!per_file) {
		char *argv[] = {(char *)weekplan, "--db", (char *)db, "import", (char *)dir, NULL};
		status = run_child(argv, &rss_kb);
	}
	for (int i = 0; per_file && i < plans && status == 0; i++) {
		char path[256];
		snprintf(path, sizeof path, "%s/%05d.json", dir, i);
		char *argv[] = {(char *)weekplan, "--db", (char *)db, "import", path, NULL};
		status = run_child(argv, &rss_kb);
	}
	double took = seconds() - start;
	print_load("after the import");
	printf("imported %d plans in %.1f s (%s), peak RSS %.1f MiB, exit status %d\n", plans, took,
	       per_file ? "one process per file" : "one process", rss_kb / 1024.0, status);
	printf("the database holds %ld activities\n", stored_activities(db));
	return status == 0 ? 0 : -1;
}

static void remove_all(const char *dir, const char *db)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[512];
	while (d && (e = readdir(d)))
		if (e->d_name[0] != '.') {
			snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
			unlink(path);
		}
	if (d)
		closedir(d);
	rmdir(dir);
	const char *suffixes[] = {"", "-wal", "-shm"};
	for (int i = 0; i < 3; i++) {
		snprintf(path, sizeof path, "%s%s", db, suffixes[i]);
		unlink(path);
	}
}

int bench_import(int argc, char **argv)
{
	long n = argc > 0 ? atol(argv[0]) : 1000000;
	const char *weekplan = argc > 1 ? argv[1] : "./weekplan";
	int per_file = argc > 2 && strcmp(argv[2], "--per-file") == 0;
	char top[] = "/tmp/weekplan-import-XXXXXX";
	if (n < 10 || !mkdtemp(top))
		return 1;
	char dir[64], db[64];
	snprintf(dir, sizeof dir, "%s/plans", top);
	snprintf(db, sizeof db, "%s/import.db", top);
	if (mkdir(dir, 0700) != 0)
		return 1;
	printf("writing plan files of %ld activities...\n", n);
	double start = seconds();
	int plans = write_plans(dir, n);
	if (plans < 0)
		return 1;
	printf("wrote %d plans in %.1f s\n", plans, seconds() - start);
	int rc = time_import(weekplan, dir, db, plans, per_file);
	if (getenv("BENCH_KEEP")) /* to profile the import again on the same files */
		printf("kept %s and %s\n", dir, db);
	else
		remove_all(dir, db), rmdir(top);
	return rc == 0 ? 0 : 1;
}
