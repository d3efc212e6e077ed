/* check_accuracy.c - the notice reader on the five seed notices and the
 * ten genre notices (other campaigns, levels and layouts), compared field
 * by field with their hand-checked readings (tests/truthcmp.c).
 *
 * Each difference known today is listed by name in
 * tests/fixtures/known-differences.txt (notice, field key, expected, got);
 * a notice the reader refuses, or whose plan does not import, is one line
 * (key "refused" or "import"). Any other difference fails the test, and so
 * does a listed one that no longer occurs, so a field that breaks cannot
 * hide behind one that improves. After a change to the reader, rewrite the
 * list with
 *
 *     WP_UPDATE_KNOWN=1 make check TESTS=tests/check_accuracy
 *
 * and review what changed (printed in tests/check_accuracy.log; git diff).
 * The log also holds the table of fields right per notice. */
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
#define MAX_NOTICES 200

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
	for (struct dirent *e; (e = readdir(d)) && n < max;) {
		size_t len = strlen(e->d_name);
		if (len < 5 || len >= sizeof out->name || strcmp(e->d_name + len - 4, ".txt") != 0)
			continue;
		char json[1200];
		snprintf(json, sizeof json, "%s/%.*s.json", path, (int)(len - 4), e->d_name);
		if (access(json, R_OK) != 0)
			continue;
		out[n] = (struct notice){"genre", "genre", ""};
		snprintf(out[n++].name, sizeof out->name, "%.*s", (int)(len - 4), e->d_name);
	}
	closedir(d);
	qsort(out + SEEDS, n - SEEDS, sizeof *out, by_name);
	return n;
}


/* Compares the stored plan of n with its reading: its differences go to
 * lines, its score to res. */
static void compare(const struct notice *n, wp_store *st, int64_t id, diff_lines *lines,
		    truth_result *res)
{
	char rel[256], path[1024];
	snprintf(rel, sizeof rel, "tests/fixtures/%s/%s.json", n->truth_dir, n->name);
	truth_compare(st, id, source(rel, path, sizeof path), res);
	for (size_t i = 0; i < res->n; i++)
		diff_lines_add(lines, n->name, res->diffs[i].key, res->diffs[i].want,
			       res->diffs[i].got);
}

/* Reads notice n and compares it; returns what stopped it (NULL: read). */
static const char *score(const struct notice *n, diff_lines *lines, truth_result *res)
{
	char rel[256];
	size_t len;
	snprintf(rel, sizeof rel, "tests/fixtures/%s/%s.txt", n->dir, n->name);
	char *bytes = slurp(rel, &len);
	wp_notice_report report = {0};
	wp_err err;
	char *plan = wp_notice_read(bytes, len, &report, &err);
	free(bytes);
	*res = (truth_result){0};
	const char *stop = plan ? NULL : "refused";
	wp_store *st = open_memory();
	int64_t id;
	if (plan && wp_plan_import(st, plan, strlen(plan), 0, &id, &err) != 0)
		stop = "import";
	if (stop)
		diff_lines_add(lines, n->name, stop, plan ? "a stored plan" : "a plan", err.msg);
	else
		compare(n, st, id, lines, res);
	wp_store_close(st);
	wp_notice_report_free(&report);
	free(plan);
	return stop;
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

START_TEST(the_notices_read_as_their_readings_but_for_the_known_differences)
{
	diff_lines now = {0};
	int right[2] = {0}, total[2] = {0}; /* the seeds, all */
	static struct notice notices[MAX_NOTICES];
	size_t count = list_notices(notices, MAX_NOTICES);
	printf("%-26s %11s %6s\n", "notice", "right/fields", "known");
	for (size_t i = 0; i < count; i++) {
		size_t before = now.n;
		truth_result res;
		const char *stop = score(&notices[i], &now, &res);
		char fields[32];
		snprintf(fields, sizeof fields, "%d/%d", res.compared - res.wrong, res.compared);
		printf("%-26s %11s %6zu\n", notices[i].name, stop ? stop : fields, now.n - before);
		for (int k = i < SEEDS ? 0 : 1; k < 2; k++) {
			right[k] += res.compared - res.wrong;
			total[k] += res.compared;
		}
		truth_result_free(&res);
	}
	printf("%-26s %5d/%-5d\n%-26s %5d/%-5d %6zu\n", "the five seeds", right[0], total[0], "all",
	       right[1], total[1], now.n);
	check_list(&now);
	diff_lines_free(&now);
	ck_assert_msg(right[0] >= SEED_FLOOR, "the seeds fell to %d fields right (floor %d)",
		      right[0], SEED_FLOOR);
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

int main(void)
{
	Suite *s = suite_create("accuracy");
	TCase *tc = tcase_create("reading notices");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, the_list_names_each_line_new_or_gone);
	tcase_add_test(tc, the_notices_read_as_their_readings_but_for_the_known_differences);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
