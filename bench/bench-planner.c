/* bench-planner.c - how fast the planner draws its frames ("make
 * bench-planner"), against issue 12's targets.
 *
 * Runs the planner's own code (tui/: tui_open, tui_frame, tui_input and
 * the views) on a curses screen made with newterm() for an xterm of 80x24
 * that writes to /dev/null (or to a file, --out), reading keys from a
 * pipe this program writes them into. Each measure is taken from the key
 * (already in the pipe, so get_wch returns at once) to the end of the
 * frame's doupdate(): the key's action, the views' queries, drawing into
 * curses' windows, and curses computing the update and writing its
 * escape sequences. Not included: a terminal emulator reading and painting
 * them, the pty between, and the keyboard's own latency.
 *
 *   first frame     open the database, newterm, tui_open (the first
 *                   campaign, the counts of the status bar), the first
 *                   frame (the calendar's month); a new connection each
 *                   run, so SQLite's page cache is cold (the kernel's is
 *                   warm after the first run)
 *   month change    ] (next month) in the month grid, then [ back:
 *                   every run loads a month not loaded before
 *   view switch     2, 3, 1: calendar -> matrix -> deadlines -> calendar,
 *                   each view loading its data (the views are told that
 *                   the data changed before each round, untimed, as after
 *                   an edit: a view visited before with no change in
 *                   between draws from what it holds, and is timed apart)
 *   search          / 培训 Enter: the prompt's three frames as the word is
 *                   typed (from the pipe), the search, its list dialog
 *   unit's duties   Enter on the matrix's first unit: its dialog of
 *                   activities and deadlines a year back and ahead
 *
 * Usage: weekplan-planner-bench DB [RUNS [TODAY]]: DB made by
 * "weekplan-bench --generate N DB"; RUNS (default 25) of each, the
 * median printed with the fastest and slowest; TODAY 2026-04-20 unless
 * given. --out FILE (first) writes the terminal's bytes there instead of
 * /dev/null, so two builds' screens can be compared byte for byte;
 * --statements (first) prints, after each measure, the SQL statements it
 * ran with their time per run (SQLite's profile trace), to see where a
 * frame's time goes. Not part of "make check": timings belong here, never
 * in tests. */
#include "config.h"

#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "store.h"
#include "tui.h"

#include <sqlite3.h>

enum { DEFAULT_RUNS = 25, MAX_RUNS = 1000 };

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

/* ---- where the time goes: SQLite's profile of each statement ----------- */

enum { MAX_STATEMENTS = 64 };
static struct statement_time {
	char *sql; /* a copy: the statement may be finalized before it is printed */
	double ms;
	int runs;
} statement_times[MAX_STATEMENTS];
static int nstatement_times;
static bool trace_statements, tracing; /* asked for; inside a measure */

static int on_profile(unsigned type, void *ctx, void *p, void *x)
{
	(void)type;
	(void)ctx;
	if (!tracing)
		return 0;
	const char *sql = sqlite3_sql(p);
	double ms = (double)*(sqlite3_int64 *)x / 1e6;
	int i = 0;
	while (i < nstatement_times && strcmp(statement_times[i].sql, sql) != 0)
		i++;
	if (i == MAX_STATEMENTS)
		return 0;
	if (i == nstatement_times)
		statement_times[nstatement_times++] = (struct statement_time){strdup(sql), 0, 0};
	statement_times[i].ms += ms;
	statement_times[i].runs++;
	return 0;
}

/* Prints what the statements since the last call took, per run of the
 * measure (runs of it), and forgets them. */
static void print_statements(const char *measure, int runs)
{
	if (trace_statements)
		printf("%s: statements per run (ms, runs)\n", measure);
	for (int i = 0; trace_statements && i < nstatement_times; i++)
		printf("    %8.3f ms %6.1fx  %.110s\n", statement_times[i].ms / runs,
		       (double)statement_times[i].runs / runs, statement_times[i].sql);
	while (nstatement_times > 0)
		free(statement_times[--nstatement_times].sql);
}

/* The planner on a screen of its own: keys go in through a pipe. */
struct session {
	const char *db, *out_path;
	wp_date today;
	wp_store *st;
	SCREEN *screen;
	FILE *out, *in;
	int key_fd; /* the pipe's write end */
	struct tui *t;
};

/* The key sequence the planner reads next (UTF-8). */
static void send_keys(struct session *s, const char *keys)
{
	size_t len = strlen(keys);
	if (write(s->key_fd, keys, len) != (ssize_t)len) {
		perror("bench: write");
		exit(1);
	}
}

/* Reads and applies one key, then draws the frame, as tui_run does. */
static void press(struct session *s)
{
	wint_t ch;
	int kind = get_wch(&ch);
	if (kind == ERR) {
		fprintf(stderr, "bench: no key to read\n");
		exit(1);
	}
	tui_input(s->t, kind, ch);
	tui_frame(s->t);
}

/* One key and its frame, timed. */
static double timed_key(struct session *s, const char *keys)
{
	send_keys(s, keys);
	double start = now_ms();
	tracing = true;
	press(s);
	tracing = false;
	return now_ms() - start;
}

/* One key and its frame, untimed (getting to where a measure starts). */
static void key(struct session *s, const char *keys)
{
	send_keys(s, keys);
	press(s);
}

/* Everything of "first frame": the database, the screen, the planner. */
static void session_open(struct session *s)
{
	wp_err err;
	if (wp_store_open(s->db, &s->st, &err) != 0) {
		fprintf(stderr, "bench: %s: %s\n", s->db, err.msg);
		exit(1);
	}
	if (trace_statements)
		sqlite3_trace_v2(wp_store_db(s->st), SQLITE_TRACE_PROFILE, on_profile, NULL);
	int fds[2];
	if (pipe(fds) != 0) {
		perror("bench: pipe");
		exit(1);
	}
	s->in = fdopen(fds[0], "r");
	s->key_fd = fds[1];
	s->out = fopen(s->out_path ? s->out_path : "/dev/null", s->out_path ? "a" : "w");
	if (!s->in || !s->out) {
		perror("bench: the screen's files");
		exit(1);
	}
	s->screen = newterm("xterm", s->out, s->in);
	if (!s->screen) {
		fprintf(stderr, "bench: no terminal description for xterm\n");
		exit(1);
	}
	/* As tui_run sets the terminal (on a pipe cbreak has no tty to set,
	 * which changes nothing here: the keys are read as they come). */
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	timeout(1000);
	s->t = tui_open(s->st, s->today);
	tui_frame(s->t);
}

static void session_close(struct session *s)
{
	tui_close(s->t);
	endwin();
	delscreen(s->screen);
	fclose(s->out);
	fclose(s->in);
	close(s->key_fd);
	wp_store_close(s->st);
	s->t = NULL;
}

struct result {
	const char *name, *target;
	double ms[MAX_RUNS];
	int n;
};

static void add(struct result *r, double ms)
{
	if (r->n < MAX_RUNS)
		r->ms[r->n++] = ms;
}

static void print_result(struct result *r)
{
	qsort(r->ms, (size_t)r->n, sizeof *r->ms, cmp_double);
	printf("%-34s %9.3f %9.3f %9.3f %5d  %s\n", r->name, r->ms[r->n / 2], r->ms[0],
	       r->ms[r->n - 1], r->n, r->target);
}

static double load_average(void)
{
	double load[1] = {0};
	return getloadavg(load, 1) == 1 ? load[0] : -1;
}

int main(int argc, char **argv)
{
	struct session s = {0};
	for (;;) {
		if (argc > 2 && strcmp(argv[1], "--out") == 0) {
			s.out_path = argv[2];
			argc -= 2;
			argv += 2;
		} else if (argc > 1 && strcmp(argv[1], "--statements") == 0) {
			trace_statements = true;
			argc--;
			argv++;
		} else {
			break;
		}
	}
	if (argc < 2 || access(argv[1], R_OK) != 0) {
		fprintf(stderr, "usage: weekplan-planner-bench [--out FILE] [--statements] DB [RUNS [TODAY]]\n"
				"(DB from weekplan-bench --generate N DB)\n");
		return 2;
	}
	s.db = argv[1];
	int runs = argc > 2 ? atoi(argv[2]) : DEFAULT_RUNS;
	if (runs < 1 || runs > MAX_RUNS)
		runs = DEFAULT_RUNS;
	s.today = wp_date_from_ymd(2026, 4, 20);
	wp_err err;
	if (argc > 3 && wp_date_parse(argv[3], &s.today, &err) != 0) {
		fprintf(stderr, "bench: %s\n", err.msg);
		return 2;
	}
	setlocale(LC_ALL, "");
	wp_i18n_init();
	if (!wp_i18n_utf8_ctype()) {
		fprintf(stderr, "bench: the planner needs a UTF-8 locale\n");
		return 1;
	}
	/* The screen's size when its output is no terminal. */
	setenv("LINES", "24", 1);
	setenv("COLUMNS", "80", 1);

	static struct result first = {.name = "first frame (open to 1st update)", .target = "<= 50"},
			     month = {.name = "month change (] or [)", .target = "<= 16"},
			     to_matrix = {.name = "view switch: calendar -> matrix", .target = "<= 16"},
			     to_deadlines = {.name = "view switch: matrix -> deadlines", .target = "<= 16"},
			     to_calendar = {.name = "view switch: deadlines -> calendar", .target = "<= 16"},
			     warm_switch = {.name = "view switch, views loaded (2 3 1)", .target = "<= 16"},
			     search = {.name = "search, a 2-char word (/培训 Enter)", .target = "<= 20"},
			     duties = {.name = "a unit's duties (Enter in matrix)", .target = "<= 50"};
	double load_before = load_average();
	for (int i = 0; i < runs; i++) {
		double start = now_ms();
		tracing = true;
		session_open(&s);
		tracing = false;
		add(&first, now_ms() - start);
		session_close(&s);
	}
	print_statements(first.name, runs);
	session_open(&s);
	/* The search index is built by the first search, once per database:
	 * not what a search costs afterwards. */
	key(&s, "/培训\n");
	key(&s, "1");
	for (int i = 0; i < runs; i++)
		add(&month, timed_key(&s, i % 2 ? "[" : "]"));
	print_statements(month.name, runs);
	for (int i = 0; i < runs; i++) {
		tui_reload(s.t); /* as after an edit: every view loads again */
		add(&to_matrix, timed_key(&s, "2"));
		add(&to_deadlines, timed_key(&s, "3"));
		add(&to_calendar, timed_key(&s, "1"));
	}
	print_statements("view switches, the three", runs);
	for (int i = 0; i < runs; i++) {
		double ms = timed_key(&s, "2") + timed_key(&s, "3") + timed_key(&s, "1");
		add(&warm_switch, ms / 3);
	}
	print_statements(warm_switch.name, runs);
	for (int i = 0; i < runs; i++) {
		/* "/" reads the rest of the word and Enter from the pipe. */
		add(&search, timed_key(&s, "/培训\n"));
		key(&s, "1"); /* closes the list */
	}
	print_statements(search.name, runs);
	key(&s, "2");
	for (int i = 0; i < runs; i++) {
		add(&duties, timed_key(&s, "\n"));
		key(&s, "2"); /* closes the dialog */
	}
	print_statements(duties.name, runs);
	session_close(&s);
	double load_after = load_average();

	printf("planner frames on %s, today %s, 80x24 xterm to %s, %d runs each\n", s.db,
	       argc > 3 ? argv[3] : "2026-04-20", s.out_path ? s.out_path : "/dev/null", runs);
	printf("load average (1 min) before %.2f, after %.2f%s\n\n", load_before, load_after,
	       trace_statements ? " (times include the statements' trace)" : "");
	printf("%-34s %9s %9s %9s %5s  %s\n", "ms, key to end of doupdate", "median", "min", "max",
	       "runs", "target");
	struct result *all[] = {&first,       &month,  &to_matrix, &to_deadlines,
				&to_calendar, &warm_switch, &search,    &duties};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		print_result(all[i]);
	return 0;
}
