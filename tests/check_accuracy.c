/* check_accuracy.c - the notice reader on the five seed notices and the
 * ten genre notices (other campaigns, levels and layouts), compared field
 * by field with their hand-checked readings (tests/truthcmp.c).
 *
 * Each difference known today is listed by name in
 * tests/fixtures/known-differences.txt (notice, field key, expected, got);
 * a notice the reader refuses, or whose plan does not import, is one line
 * (key "refused" or "import"). A draft (a notice without its title, period
 * or year) is stored with hints for what it lacks and scored on what the
 * reader found, field by field like the others (truth_compare_read). Any
 * other difference fails the test, and so
 * does a listed one that no longer occurs, so a field that breaks cannot
 * hide behind one that improves. After a change to the reader, rewrite the
 * list with
 *
 *     WP_UPDATE_KNOWN=1 make check TESTS=tests/check_accuracy
 *
 * and review what changed (printed in tests/check_accuracy.log; git diff).
 * The log also holds the table of fields right per notice, with the
 * precision, recall and F1 of the reader on each notice and overall, and
 * how many fields it invented (a value where the reading has none): see
 * truthcmp.h for how a field is scored. These are reported, not gated:
 * the list is the gate. */
#include "config.h"

#include <dirent.h>
#include <unistd.h>

#include "noticeutil.h"
#include "plan.h"
#include "testutil.h"
#include "knowndiff.h"
#include "truthcmp.h"

/* Fields of the seeds right when the list replaced the total (of 455
 * compared then): a floor under the list. */
#define SEED_FLOOR 450

#define KNOWN "tests/fixtures/known-differences.txt"

static const char header[] =
	"# Differences known today between the notice reader and the hand-checked\n"
	"# readings: notice<TAB>field<TAB>expected<TAB>got (tabs, newlines and\n"
	"# backslashes in values escaped as \\t, \\n and \\\\; an empty value is \"\").\n"
	"# tests/check_accuracy fails on any difference not listed here and on any\n"
	"# line that no longer occurs. Written by\n"
	"#     WP_UPDATE_KNOWN=1 make check TESTS=tests/check_accuracy\n"
	"# (review the diff before committing it).\n";

#define SEEDS 5 /* the first five */
/* a bound, not a limit: list_notices fails when there are more, as a
 * notice quietly left out of the comparison would hide its regressions */
#define MAX_NOTICES 1000

struct notice {
	const char *dir, *truth_dir;
	char name[128];
};

static const char *source(const char *rel, char *buf, size_t size)
{
	const char *top = getenv("top_srcdir");
	snprintf(buf, size, "%s/%s", top ? top : ".", rel);
	return buf;
}

static const char *const seeds[] = {"000_56dcfde114b1f299", "001_2e61a39d674edb67",
				     "002_f3eb5e40a0807c49", "003_1ac52fcfac32619d",
				     "004_59eee309cb3bfcb9"};

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct notice *)a)->name, ((const struct notice *)b)->name);
}

/* The seeds, then every tests/fixtures/genre/NAME.txt that has its
 * reading NAME.json beside it, by name: a new fixture is compared as soon
 * as it is added. */
static size_t list_notices(struct notice *out, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < sizeof seeds / sizeof *seeds; i++) {
		out[n] = (struct notice){"notices", "truth", ""};
		snprintf(out[n++].name, sizeof out->name, "%s", seeds[i]);
	}
	char path[1024];
	DIR *d = opendir(source("tests/fixtures/genre", path, sizeof path));
	ck_assert_msg(d != NULL, "cannot list %s", path);
	for (struct dirent *e; (e = readdir(d));) {
		size_t len = strlen(e->d_name);
		if (len < 5 || strcmp(e->d_name + len - 4, ".txt") != 0)
			continue;
		ck_assert_msg(len < sizeof out->name, "%s: a name this long is not compared", e->d_name);
		char json[1200];
		snprintf(json, sizeof json, "%s/%.*s.json", path, (int)(len - 4), e->d_name);
		if (access(json, R_OK) != 0)
			continue;
		ck_assert_msg(n < max, "more than %zu notices: raise MAX_NOTICES", max);
		out[n] = (struct notice){"genre", "genre", ""};
		snprintf(out[n++].name, sizeof out->name, "%.*s", (int)(len - 4), e->d_name);
	}
	closedir(d);
	qsort(out + SEEDS, n - SEEDS, sizeof *out, by_name);
	return n;
}



/* The year of the first ISO date of plan (2000 if none): a period hinted
 * for a notice that gives its year but not its period is in that year. */
static int first_year(const char *plan)
{
	for (const char *p = strchr(plan, '"'); p; p = strchr(p + 1, '"')) {
		int y, m, d, end = 0;
		if (sscanf(p + 1, "%4d-%2d-%2d\"%n", &y, &m, &d, &end) == 3 && end == 11 &&
		    wp_date_valid_ymd(y, m, d))
			return y;
	}
	return 2000;
}

/* A draft (a plan that lists what it is "missing") is read again with
 * hints for just what it lacks, so it can be stored: a placeholder title,
 * the whole of a year as the period, and that year for dates without
 * one. truth_compare_read compares what the hints filled as read, so
 * none of these values is ever scored. Returns the plan to store (caller
 * frees), NULL with err if the reader refuses. */
static char *storable(const char *bytes, size_t len, const char *plan, wp_calendar *cal, wp_err *err)
{
	unsigned needs = wp_notice_plan_needs(plan);
	if (!needs)
		return strdup(plan);
	int year = first_year(plan);
	wp_notice_hints hints = {
		.year = needs & WP_NOTICE_NEEDS_YEAR ? year : 0,
		.start = needs & WP_NOTICE_NEEDS_PERIOD ? wp_date_from_ymd(year, 1, 1) : WP_DATE_NONE,
		.end = needs & WP_NOTICE_NEEDS_PERIOD ? wp_date_from_ymd(year, 12, 31) : WP_DATE_NONE,
		.title = needs & WP_NOTICE_NEEDS_TITLE ? "（草稿）" : NULL,
		.calendar = cal,
	};
	wp_notice_report report = {0};
	char *hinted = wp_notice_read_hinted(bytes, len, &hints, &report, err);
	wp_notice_report_free(&report);
	return hinted;
}

/* Reads the notice rel (named name in lines) and compares it with the
 * reading in the file truth: its differences go to lines, its score to
 * res; returns what stopped it (NULL: read). */
static const char *score_file(const char *name, const char *rel, const char *truth,
			      diff_lines *lines, truth_result *res)
{
	size_t len;
	char *bytes = slurp(rel, &len);
	wp_notice_report report = {0};
	wp_err err;
	/* read as import-notice reads: with the store's working days */
	wp_store *st = open_memory();
	wp_notice_hints hints = {0, WP_DATE_NONE, WP_DATE_NONE, NULL, wp_store_calendar(st)};
	char *plan = wp_notice_read_hinted(bytes, len, &hints, &report, &err);
	char *stored = plan ? storable(bytes, len, plan, hints.calendar, &err) : NULL;
	free(bytes);
	*res = (truth_result){0};
	const char *stop = stored ? NULL : "refused";
	int64_t id;
	if (stored && wp_plan_import(st, stored, strlen(stored), 0, &id, &err) != 0)
		stop = "import";
	if (stop)
		diff_lines_add(lines, name, stop, stored ? "a stored plan" : "a plan", err.msg);
	else
		truth_compare_read(st, id, plan, &report, truth, res);
	for (size_t i = 0; i < res->n; i++)
		diff_lines_add(lines, name, res->diffs[i].key, res->diffs[i].want, res->diffs[i].got);
	wp_store_close(st);
	wp_notice_report_free(&report);
	free(stored);
	free(plan);
	return stop;
}

/* Notice n compared with its reading. */
static const char *score(const struct notice *n, diff_lines *lines, truth_result *res)
{
	char rel[256], truth[256], path[1024];
	snprintf(rel, sizeof rel, "tests/fixtures/%s/%s.txt", n->dir, n->name);
	snprintf(truth, sizeof truth, "tests/fixtures/%s/%s.json", n->truth_dir, n->name);
	return score_file(n->name, rel, source(truth, path, sizeof path), lines, res);
}

/* Checks (or with WP_UPDATE_KNOWN=1 rewrites) the list against now. */
static void check_list(const diff_lines *now)
{
	char path[1024];
	diff_lines known = {0};
	diff_lines_load(&known, source(KNOWN, path, sizeof path));
	int changed = diff_lines_compare(&known, now, KNOWN, stdout);
	diff_lines_free(&known);
	const char *update = getenv("WP_UPDATE_KNOWN");
	if (update && strcmp(update, "1") == 0) {
		diff_lines_write(now, path, header);
		printf("%s rewritten: %d lines changed\n", KNOWN, changed);
		return;
	}
	fflush(stdout);
	ck_assert_msg(changed == 0,
		      "%d lines differ from %s (see the log): fix the reader, or rewrite the list "
		      "with WP_UPDATE_KNOWN=1 make check TESTS=tests/check_accuracy",
		      changed, KNOWN);
}

/* The ratio as 0.000, or "-" with nothing to divide by. */
static const char *ratio(double num, double den, char *buf, size_t size)
{
	if (den <= 0)
		return "-";
	snprintf(buf, size, "%.3f", num / den);
	return buf;
}

/* The width of the table's first column: its longest name, so that a
 * long one (g38_guojiaanquan_xuexiao_2026) does not push its row's
 * numbers out from under their headings. */
static int name_width(const struct notice *notices, size_t count)
{
	static const char *const labels[] = {"notice", "the five seeds", "all"};
	size_t width = 0;
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
		if (strlen(labels[i]) > width)
			width = strlen(labels[i]);
	for (size_t i = 0; i < count; i++)
		if (strlen(notices[i].name) > width)
			width = strlen(notices[i].name);
	return (int)width;
}

/* One line of the table: fields right, known differences, precision,
 * recall and F1 (fields as found, missed, invented or misread: see
 * truthcmp.h), and the fields invented; stop replaces the fields right
 * of a notice that was not compared. name is padded to width. */
static void print_row(int width, const char *name, const char *stop, const truth_result *r,
		      size_t known)
{
	char fields[32], pb[16], rb[16], fb[16];
	snprintf(fields, sizeof fields, "%d/%d", r->compared - r->wrong, r->compared);
	double given = r->found + r->invented + r->misread, due = r->found + r->missed;
	double p = given > 0 ? r->found / given : 0, rc = due > 0 ? r->found / due : 0;
	printf("%-*s %12s %6zu %9s %6s %6s %8d\n", width, name, stop ? stop : fields, known,
	       ratio(r->found, given, pb, sizeof pb), ratio(r->found, due, rb, sizeof rb),
	       given > 0 && due > 0 ? ratio(2 * p * rc, p + rc, fb, sizeof fb) : "-", r->invented);
}

static void add_counts(truth_result *sum, const truth_result *r)
{
	sum->compared += r->compared;
	sum->wrong += r->wrong;
	sum->found += r->found;
	sum->missed += r->missed;
	sum->invented += r->invented;
	sum->misread += r->misread;
}

START_TEST(the_notices_read_as_their_readings_but_for_the_known_differences)
{
	diff_lines now = {0};
	truth_result sum[2] = {{0}}; /* the seeds, all */
	static struct notice notices[MAX_NOTICES];
	size_t count = list_notices(notices, MAX_NOTICES);
	int width = name_width(notices, count);
	printf("%-*s %12s %6s %9s %6s %6s %8s\n", width, "notice", "right/fields", "known", "precision",
	       "recall", "F1", "invented");
	for (size_t i = 0; i < count; i++) {
		size_t before = now.n;
		truth_result res;
		const char *stop = score(&notices[i], &now, &res);
		print_row(width, notices[i].name, stop, &res, now.n - before);
		for (int k = i < SEEDS ? 0 : 1; k < 2; k++)
			add_counts(&sum[k], &res);
		truth_result_free(&res);
	}
	print_row(width, "the five seeds", NULL, &sum[0], 0);
	print_row(width, "all", NULL, &sum[1], now.n);
	printf("(a field the reading gives is found if the reader gets it right, else missed;\n"
	       " one the reader gives where the reading has none is invented; a wrong value is\n"
	       " missed and counts against precision too. precision = found / all the reader\n"
	       " gave, recall = found / all the reading gives)\n");
	check_list(&now);
	diff_lines_free(&now);
	int right = sum[0].compared - sum[0].wrong;
	ck_assert_msg(right >= SEED_FLOOR, "the seeds fell to %d fields right (floor %d)", right,
		      SEED_FLOOR);
}
END_TEST

/* The list is a multiset of lines: a line listed twice must occur twice,
 * a changed value is one new line and one gone; values stay one line. */
START_TEST(the_list_names_each_line_new_or_gone)
{
	diff_lines known = {0}, now = {0};
	FILE *out = tmpfile();
	diff_lines_add(&known, "n", "title", "a", "b");
	diff_lines_add(&known, "n", "title", "a", "b");
	diff_lines_add(&known, "n", "theme", "x", "y");
	diff_lines_add(&now, "n", "theme", "x", "z");
	diff_lines_add(&now, "n", "title", "a", "b");
	ck_assert_int_eq(diff_lines_compare(&known, &now, "list", out), 3);
	ck_assert_int_eq(diff_lines_compare(&known, &known, "list", out), 0);
	diff_lines_add(&now, "n", "k", "a\tb\nc\\", "");
	ck_assert_str_eq(now.lines[2], "n\tk\ta\\tb\\nc\\\\\t\"\"");
	char *path = temp_path(".txt");
	diff_lines_write(&now, path, "# header\n\n");
	diff_lines loaded = {0};
	diff_lines_load(&loaded, path);
	ck_assert_int_eq(diff_lines_compare(&loaded, &now, "list", out), 0);
	ck_assert_uint_eq(loaded.at[0], 3);
	unlink(path);
	free(path);
	fclose(out);
	diff_lines_free(&loaded);
	diff_lines_free(&known);
	diff_lines_free(&now);
}
END_TEST

/* A draft (no title, period or year) is scored like any notice, on what
 * the reader found: the fields the hints filled to store it compare as
 * read (null, as in the reading), so no placeholder is scored and no
 * finding about the placeholder year; the dates as written are compared.
 * The reading below is right but for one date_text, changed on purpose. */
START_TEST(a_draft_is_scored_on_what_the_reader_found)
{
	static const char reading[] =
		"{\"title\": null, \"region\": null, \"organizer\": null, "
		"\"period\": {\"start\": null, \"end\": null},\n"
		"\"activities\": [\n"
		" {\"no\": \"四\", \"title\": \"知识产权司法保护开放日\", \"date_text\": \"4月22日\", "
		"\"start\": null, \"end\": null, \"time\": \"14:00\", \"location\": \"区法院一号法庭\"},\n"
		" {\"no\": \"五\", \"title\": \"企业走访\", \"date_text\": \"4月23日至25日\", "
		"\"start\": null, \"end\": null, \"time\": null, \"location\": null}],\n"
		"\"committee\": null,\n"
		"\"deadlines\": [{\"what\": \"报送活动总结\", \"due\": null, \"rule\": \"5月6日前\", "
		"\"who\": [\"各责任单位\"], \"submit_to\": \"\"}],\n"
		"\"contacts\": [], \"anomalies\": [\"no document number or issue date\"]}\n";
	char *truth = temp_path(".json");
	FILE *f = fopen(truth, "w");
	ck_assert_ptr_nonnull(f);
	fputs(reading, f);
	ck_assert_int_eq(fclose(f), 0);
	diff_lines lines = {0};
	truth_result res;
	const char *stop = score_file("fragment", "tests/fixtures/notices/fragment-no-year.txt",
				      truth, &lines, &res);
	ck_assert_msg(stop == NULL, "%s", lines.n ? lines.lines[0] : "");
	ck_assert_int_gt(res.compared, 20);
	bool planted = false;
	for (size_t i = 0; i < res.n; i++) {
		const truth_diff *d = &res.diffs[i];
		if (strcmp(d->key, "activities[五].date_text") == 0)
			planted = strcmp(d->got, "4月23日—25日") == 0;
		/* lead and cooperate are the reader's own (its split may change) */
		ck_assert_msg(strstr(d->key, ".lead") || strstr(d->key, ".cooperate") ||
				      strcmp(d->key, "activities[五].date_text") == 0,
			      "%s: expected %s, got %s", d->key, d->want, d->got);
	}
	ck_assert_msg(planted, "the date as written was not compared");
	truth_result_free(&res);
	diff_lines_free(&lines);
	unlink(truth);
	free(truth);
}
END_TEST

/* Each field is scored once as found, missed, invented or misread
 * (missed, and a false value given): a plan against a reading that
 * differs in one field of each kind. */
START_TEST(fields_are_scored_found_missed_invented_or_misread)
{
	static const char plan[] =
		"{\"weekplan_plan\": 1, \"title\": \"测试方案\", \"region\": \"测试县\",\n"
		" \"organizer\": \"县市场监管局\", \"doc_number\": \"测发〔2026〕1号\",\n"
		" \"issued_on\": \"2026-04-02\",\n"
		" \"period\": {\"start\": \"2026-04-20\", \"end\": \"2026-04-26\"}}\n";
	static const char reading[] =
		"{\"title\": \"测试方案\", \"region\": \"测试县\", \"organizer\": \"县市场监管局\",\n"
		" \"doc_number\": null, \"issued_on\": \"2026-04-01\", \"theme\": \"主题\",\n"
		" \"period\": {\"start\": \"2026-04-20\", \"end\": \"2026-04-26\"},\n"
		" \"activities\": [], \"committee\": null, \"deadlines\": [], \"contacts\": [],\n"
		" \"anomalies\": []}\n";
	wp_store *st = open_memory();
	wp_err err;
	int64_t id;
	ck_assert_msg(wp_plan_import(st, plan, strlen(plan), 0, &id, &err) == 0, "%s", err.msg);
	char *truth = temp_path(".json");
	FILE *f = fopen(truth, "w");
	ck_assert_ptr_nonnull(f);
	fputs(reading, f);
	ck_assert_int_eq(fclose(f), 0);
	truth_result res;
	truth_compare(st, id, truth, &res);
	for (size_t i = 0; i < res.n; i++)
		printf("%s: %s / %s\n", res.diffs[i].key, res.diffs[i].want, res.diffs[i].got);
	/* title, region, organizer, the period's start and end */
	ck_assert_int_eq(res.found, 5);
	ck_assert_int_eq(res.missed, 2); /* theme; issued_on, misread */
	ck_assert_int_eq(res.misread, 1);
	ck_assert_int_eq(res.invented, 1); /* doc_number */
	ck_assert_int_eq(res.wrong, 3);
	truth_result_free(&res);
	wp_store_close(st);
	unlink(truth);
	free(truth);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("accuracy");
	TCase *tc = tcase_create("reading notices");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, the_list_names_each_line_new_or_gone);
	tcase_add_test(tc, a_draft_is_scored_on_what_the_reader_found);
	tcase_add_test(tc, fields_are_scored_found_missed_invented_or_misread);
	tcase_add_test(tc, the_notices_read_as_their_readings_but_for_the_known_differences);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
