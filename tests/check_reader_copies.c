/* check_reader_copies.c - the same notice copied another way reads the
 * same. Staff receive one notice in many copies: saved on Windows (CRLF),
 * typed with full-width digits or half-width punctuation, indented with
 * U+3000, or copied out of a PDF (every prose line cut at one width, page
 * marks between pages), or taken from a web page with its line breaks
 * lost (the lines joined with one space). For every fixture notice, the plan read from each
 * such copy, made here in C, is compared field by field (the JSON
 * flattened to keys such as .activities[2].lead[0]) with the plan read
 * from the original. The original's reading is the reference, not the
 * hand reading: a copy only has to read the same.
 *
 * Each difference known today is listed by name in
 * tests/fixtures/copy-differences.txt (notice, transform, field, value
 * in the original, value in the copy; "(none)" for a field one side
 * lacks). Any other difference fails the test, and so does a listed one
 * that no longer occurs. After a change to the reader, rewrite the list
 * with
 *
 *     WP_UPDATE_KNOWN=1 make check TESTS=tests/check_reader_copies
 *
 * and review the diff; tests/check_reader_copies.log counts the
 * differences per transform.
 *
 * The notices are read in SHARDS shares (notice k in share k % SHARDS),
 * each a run of its own with its own time limit, and each share checks
 * the listed lines of its own notices: under the sanitizers the whole
 * takes a minute, and a limit on the whole would have to be loose. The
 * rewrite reads them all in the first share. */
#include "config.h"

#include <dirent.h>
#include <jansson.h>
#include <unistd.h>

#include "copies.h"
#include "knowndiff.h"
#include "noticeutil.h"
#include "testutil.h"

#define COPIES "tests/fixtures/copy-differences.txt"

static const char header[] =
	"# Differences known today between the plan read from a notice and the\n"
	"# plan read from a copy of it: notice<TAB>transform<TAB>field<TAB>original\n"
	"# <TAB>copy (escaped as in known-differences.txt; \"(none)\": the field is\n"
	"# not in that plan). tests/check_reader_copies fails on any difference not\n"
	"# listed here and on any line that no longer occurs. Written by\n"
	"#     WP_UPDATE_KNOWN=1 make check TESTS=tests/check_reader_copies\n"
	"# (review the diff before committing it).\n";

#define WIDE_SPACE "\xe3\x80\x80" /* U+3000 */
/* a bound, not a limit: list_dir fails when there are more */
#define MAX_NOTICES 1000
#define SHARDS 4

static const char *source(const char *rel, char *buf, size_t size)
{
	const char *top = getenv("top_srcdir");
	snprintf(buf, size, "%s/%s", top ? top : ".", rel);
	return buf;
}

/* ---- plans as fields ------------------------------------------------------- */

/* A plan flattened: keys in the order of the plan, and key -> value as
 * text (a string as is, anything else as compact JSON). */
typedef struct {
	json_t *keys;	/* array of key strings */
	json_t *values; /* object */
} fields;

static void flatten(fields *out, json_t *v, const char *key)
{
	char sub[1024];
	if (json_is_object(v)) {
		const char *k;
		json_t *item;
		json_object_foreach(v, k, item) {
			snprintf(sub, sizeof sub, "%s.%s", key, k);
			flatten(out, item, sub);
		}
		return;
	}
	if (json_is_array(v)) {
		size_t i;
		json_t *item;
		json_array_foreach(v, i, item) {
			snprintf(sub, sizeof sub, "%s[%zu]", key, i);
			flatten(out, item, sub);
		}
		return;
	}
	char *text = json_is_string(v) ? strdup(json_string_value(v))
				       : json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
	json_array_append_new(out->keys, json_string(key));
	json_object_set_new(out->values, key, json_string(text));
	free(text);
}

/* The plan read from bytes as fields; false (and *why the reader's
 * message, static) if the reader refused it. */
static bool read_fields(const char *bytes, size_t len, fields *out, const char **why)
{
	static wp_err err;
	wp_notice_report report = {0};
	char *plan = wp_notice_read(bytes, len, &report, &err);
	wp_notice_report_free(&report);
	*out = (fields){json_array(), json_object()};
	if (!plan) {
		*why = err.msg;
		return false;
	}
	json_t *root = json_loads(plan, JSON_PRESERVE_ORDER, NULL);
	ck_assert_ptr_nonnull(root);
	flatten(out, root, "");
	json_decref(root);
	free(plan);
	return true;
}

static void fields_free(fields *f)
{
	json_decref(f->keys);
	json_decref(f->values);
}

static const char *value_of(const fields *f, const char *key)
{
	json_t *v = json_object_get(f->values, key);
	return v ? json_string_value(v) : "(none)";
}

/* Adds to lines each field that differs between orig and copy: the
 * original's fields in order, then those only the copy has. Returns how
 * many. */
static size_t compare(const fields *orig, const fields *copy, const char *notice,
		      const char *transform, diff_lines *lines)
{
	size_t n = 0;
	const fields *sides[] = {orig, copy};
	for (int side = 0; side < 2; side++) {
		size_t i;
		json_t *k;
		json_array_foreach(sides[side]->keys, i, k) {
			const char *key = json_string_value(k);
			if (side == 1 && json_object_get(orig->values, key))
				continue;
			const char *a = value_of(orig, key), *b = value_of(copy, key);
			if (strcmp(a, b) == 0)
				continue;
			const char *line[] = {notice, transform, key, a, b};
			diff_lines_add_fields(lines, line, 5);
			n++;
		}
	}
	return n;
}

/* ---- the notices ----------------------------------------------------------- */

/* The seeds (a reading in tests/fixtures/truth/, the text in notices/)
 * and the genre notices (a reading beside the text), as paths relative
 * to the source tree, sorted; returns how many. */
static int by_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t list_dir(const char *readings, const char *texts, char **out, size_t n)
{
	char path[1024];
	DIR *d = opendir(source(readings, path, sizeof path));
	ck_assert_msg(d != NULL, "cannot list %s", path);
	for (struct dirent *e; (e = readdir(d));) {
		size_t len = strlen(e->d_name);
		if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0)
			continue;
		char rel[1024], full[2048];
		snprintf(rel, sizeof rel, "%s/%.*s.txt", texts, (int)(len - 5), e->d_name);
		if (access(source(rel, full, sizeof full), R_OK) != 0)
			continue;
		ck_assert_msg(n < MAX_NOTICES, "more than %d notices: raise MAX_NOTICES", MAX_NOTICES);
		out[n++] = strdup(rel);
	}
	closedir(d);
	return n;
}

static size_t list_notices(char **out)
{
	size_t n = list_dir("tests/fixtures/truth", "tests/fixtures/notices", out, 0);
	n = list_dir("tests/fixtures/genre", "tests/fixtures/genre", out, n);
	qsort(out, n, sizeof *out, by_path);
	return n;
}

/* The notice's name in the list: its file name without .txt. */
static void notice_name(const char *rel, char *buf, size_t size)
{
	const char *slash = strrchr(rel, '/');
	const char *base = slash ? slash + 1 : rel;
	snprintf(buf, size, "%.*s", (int)(strlen(base) - 4), base);
}

static bool updating(void)
{
	const char *update = getenv("WP_UPDATE_KNOWN");
	return update && strcmp(update, "1") == 0;
}

/* The names of a share's notices and of all, sorted; the first share
 * also answers for lines of notices that are no longer there. */
typedef struct {
	char **names, **all;
	size_t n, nall;
	bool first;
} share;

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool listed(char **names, size_t n, const char *name)
{
	return bsearch(&name, names, n, sizeof *names, by_name) != NULL;
}

/* Is a listed line the share's to check (its notice, the first field)? */
static bool in_share(const char *line, void *data)
{
	const share *sh = data;
	char name[256];
	size_t len = strcspn(line, "\t");
	snprintf(name, sizeof name, "%.*s", (int)len, line);
	return listed(sh->names, sh->n, name) || (sh->first && !listed(sh->all, sh->nall, name));
}

/* Checks (or with WP_UPDATE_KNOWN=1 rewrites) the list, the lines of the
 * share's notices (sh NULL: all of it), against now. */
static void check_list(const diff_lines *now, share *sh)
{
	char path[1024];
	diff_lines known = {0};
	diff_lines_load(&known, source(COPIES, path, sizeof path));
	if (sh)
		diff_lines_keep(&known, in_share, sh);
	int changed = diff_lines_compare(&known, now, COPIES, stdout);
	diff_lines_free(&known);
	if (updating()) {
		diff_lines_write(now, path, header);
		printf("%s rewritten: %d lines changed\n", COPIES, changed);
		return;
	}
	fflush(stdout);
	ck_assert_msg(changed == 0,
		      "%d lines differ from %s (see the log): make the copy read the same, or "
		      "rewrite the list with WP_UPDATE_KNOWN=1 make check TESTS=tests/check_reader_copies",
		      changed, COPIES);
}

START_TEST(every_copy_reads_as_the_original_but_for_the_listed_differences)
{
	static char *notices[MAX_NOTICES];
	size_t count = list_notices(notices);
	ck_assert_uint_ge(count, 60);
	/* the rewrite needs every notice's lines: the first share reads all */
	bool all = updating();
	if (all && _i > 0) {
		for (size_t i = 0; i < count; i++)
			free(notices[i]);
		return;
	}
	share sh = {calloc(count, sizeof *sh.names), calloc(count, sizeof *sh.all), 0, 0, _i == 0};
	diff_lines now = {0};
	size_t *per = calloc(copy_kind_count, sizeof *per), total_fields = 0, read = 0;
	for (size_t i = 0; i < count; i++) {
		char name[256];
		notice_name(notices[i], name, sizeof name);
		sh.all[sh.nall++] = strdup(name);
		if (!all && i % SHARDS != (size_t)_i) {
			free(notices[i]);
			continue;
		}
		sh.names[sh.n++] = strdup(name);
		read++;
		size_t len;
		char *text = slurp(notices[i], &len);
		fields orig;
		const char *why;
		ck_assert_msg(read_fields(text, len, &orig, &why), "%s refused: %s", name, why);
		total_fields += json_array_size(orig.keys);
		for (size_t t = 0; t < copy_kind_count; t++) {
			char *copy = copy_kinds[t].make(text);
			fields got;
			if (read_fields(copy, strlen(copy), &got, &why)) {
				per[t] += compare(&orig, &got, name, copy_kinds[t].name, &now);
			} else {
				const char *line[] = {name, copy_kinds[t].name, "refused", "a plan", why};
				diff_lines_add_fields(&now, line, 5);
				per[t] += json_array_size(orig.keys);
			}
			fields_free(&got);
			free(copy);
		}
		fields_free(&orig);
		free(text);
		free(notices[i]);
	}
	printf("share %d of %d: %zu of %zu notices, %zu fields; fields that differ in the copy:\n", _i + 1,
	       all ? 1 : SHARDS, read, count, total_fields);
	for (size_t t = 0; t < copy_kind_count; t++)
		printf("  %-18s %5zu\n", copy_kinds[t].name, per[t]);
	free(per);
	qsort(sh.names, sh.n, sizeof *sh.names, by_name);
	qsort(sh.all, sh.nall, sizeof *sh.all, by_name);
	check_list(&now, all ? NULL : &sh);
	diff_lines_free(&now);
	for (size_t i = 0; i < sh.n; i++)
		free(sh.names[i]);
	for (size_t i = 0; i < sh.nall; i++)
		free(sh.all[i]);
	free(sh.names);
	free(sh.all);
}
END_TEST

/* The copies are what the test says they are: a prose line cut by
 * display width (a Chinese character is two columns), a table row kept
 * whole, a page mark after each 30th line, ：；（） made half-width. */
START_TEST(the_copies_are_made_as_described)
{
	char *w = copy_wrapped("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十\n"
			 "序号\t活动\t时间一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十",
				 56);
	ck_assert_str_eq(w, "一二三四五六七八九十一二三四五六七八九十一二三四五六七八\n九十\n"
			    "序号\t活动\t时间一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十");
	free(w);
	wp_buf b = WP_BUF_INIT;
	for (int i = 1; i <= 31; i++)
		wp_buf_printf(&b, "%d\n", i);
	char *p = copy_page_marks(wp_buf_str(&b));
	ck_assert_ptr_nonnull(strstr(p, "\n30\n\n— 1 —\n\n31\n"));
	ck_assert_ptr_null(strstr(p, "— 2 —"));
	free(p);
	wp_buf_free(&b);
	char *h = copy_halfwidth_punct("联系人：张三（科室）；电话");
	ck_assert_str_eq(h, "联系人:张三(科室);电话");
	free(h);
	char *d = copy_fullwidth_digits("4月20日");
	ck_assert_str_eq(d, "４月２０日");
	free(d);
	char *i = copy_wide_indent("  一、时间\n\n正文");
	ck_assert_str_eq(i, WIDE_SPACE WIDE_SPACE "一、时间\n\n" WIDE_SPACE WIDE_SPACE "正文");
	free(i);
	char *r = copy_runon("  一、时间 \r\n\n" WIDE_SPACE "正文\t\n末行");
	ck_assert_str_eq(r, "一、时间 正文 末行");
	free(r);
	char *c = copy_crlf("a\nb");
	ck_assert_str_eq(c, "a\r\nb");
	free(c);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader copies");
	TCase *tc = tcase_create("copies of a notice");
	/* a share: plain under 5 s, under the sanitizers about 20 s */
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, the_copies_are_made_as_described);
	tcase_add_loop_test(tc, every_copy_reads_as_the_original_but_for_the_listed_differences, 0, SHARDS);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
