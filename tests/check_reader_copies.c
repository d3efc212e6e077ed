/* check_reader_copies.c - the same notice copied another way reads the
 * same. Staff receive one notice in many copies: saved on Windows (CRLF),
 * typed with full-width digits or half-width punctuation, indented with
 * U+3000, or copied out of a PDF (every prose line cut at one width, page
 * marks between pages). For every fixture notice, the plan read from each
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
 * differences per transform. */
#include "config.h"

#include <dirent.h>
#include <jansson.h>
#include <unistd.h>

#include "knowndiff.h"
#include "notice-text.h"
#include "noticeutil.h"
#include "testutil.h"
#include "text.h"

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
#define MAX_NOTICES 200

static const char *source(const char *rel, char *buf, size_t size)
{
	const char *top = getenv("top_srcdir");
	snprintf(buf, size, "%s/%s", top ? top : ".", rel);
	return buf;
}

/* ---- the copies ------------------------------------------------------------ */

/* Each transform takes the original text and returns the copy (caller
 * frees). */
typedef char *(*transform_fn)(const char *text);

static char *crlf(const char *text)
{
	wp_buf b = WP_BUF_INIT;
	for (const char *p = text; *p; p++)
		wp_buf_puts(&b, *p == '\n' ? "\r\n" : (char[]){*p, '\0'});
	return wp_buf_take(&b);
}

static char *fullwidth_digits(const char *text)
{
	wp_buf b = WP_BUF_INIT;
	for (const char *p = text; *p; p++) {
		if (*p >= '0' && *p <= '9') /* U+FF10.. */
			wp_buf_append(&b, (char[]){'\xef', '\xbc', (char)(0x90 + (*p - '0'))}, 3);
		else
			wp_buf_append(&b, p, 1);
	}
	return wp_buf_take(&b);
}

/* ：；（） as a hurried typist writes them: : ; ( ) */
static char *halfwidth_punct(const char *text)
{
	static const char *const from[] = {"：", "；", "（", "）"};
	static const char to[] = ":;()";
	wp_buf b = WP_BUF_INIT;
	for (const char *p = text; *p;) {
		size_t i = 0;
		while (i < 4 && !wp_str_starts(p, from[i]))
			i++;
		if (i < 4) {
			wp_buf_putc(&b, to[i]);
			p += strlen(from[i]);
		} else {
			wp_buf_append(&b, p++, 1);
		}
	}
	return wp_buf_take(&b);
}

/* Calls line(b, start, len, arg) for each line of text (without its
 * newline) and puts the newlines back. */
static char *by_line(const char *text, void (*line)(wp_buf *, const char *, size_t, int), int arg)
{
	wp_buf b = WP_BUF_INIT;
	int no = 0;
	for (const char *p = text;;) {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		line(&b, p, len, arg ? arg : ++no);
		if (!end)
			break;
		wp_buf_putc(&b, '\n');
		p = end + 1;
	}
	return wp_buf_take(&b);
}

/* Bytes of spaces and U+3000 at the start of s[0..len). */
static size_t lead_space(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && (s[i] == ' ' || (len - i >= 3 && memcmp(s + i, WIDE_SPACE, 3) == 0)))
		i += s[i] == ' ' ? 1 : 3;
	return i;
}

static void indent_line(wp_buf *b, const char *s, size_t len, int unused)
{
	(void)unused;
	size_t skip = lead_space(s, len);
	if (skip < len)
		wp_buf_puts(b, WIDE_SPACE WIDE_SPACE);
	wp_buf_append(b, s + skip, len - skip);
}

static char *wide_indent(const char *text)
{
	return by_line(text, indent_line, 0);
}

/* A line a PDF never yields, so never wrapped: a table row (a tab, a
 * bar, a run of spaces or a U+3000 between its cells). */
static bool table_looking(const char *s, size_t len)
{
	size_t start = lead_space(s, len), end = len;
	while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\r' ||
			       (end - start >= 3 && memcmp(s + end - 3, WIDE_SPACE, 3) == 0)))
		end -= s[end - 1] == ' ' || s[end - 1] == '\r' ? 1 : 3;
	for (size_t i = start; i < end; i++)
		if (s[i] == '\t' || s[i] == '|' || (s[i] == ' ' && i + 1 < end && s[i + 1] == ' ') ||
		    (end - i >= 3 && memcmp(s + i, WIDE_SPACE, 3) == 0))
			return true;
	return false;
}

/* The line cut into lines of at most width display columns. */
static void wrap_line(wp_buf *b, const char *s, size_t len, int width)
{
	if (table_looking(s, len)) {
		wp_buf_append(b, s, len);
		return;
	}
	int used = 0;
	for (size_t i = 0; i < len;) {
		size_t n = wp_str_char_len(s + i);
		if (n == 0 || i + n > len)
			n = 1;
		int w = wp_text_width_n(s + i, n);
		if (used + w > width) {
			wp_buf_putc(b, '\n');
			used = 0;
		}
		wp_buf_append(b, s + i, n);
		used += w, i += n;
	}
}

static char *wrap56(const char *text)
{
	return by_line(text, wrap_line, 56);
}

static char *wrap68(const char *text)
{
	return by_line(text, wrap_line, 68);
}

enum { PAGE_LINES = 30 };

/* A page mark — N — between blank lines after every PAGE_LINES lines. */
static void page_line(wp_buf *b, const char *s, size_t len, int no)
{
	wp_buf_append(b, s, len);
	if (no % PAGE_LINES == 0)
		wp_buf_printf(b, "\n\n— %d —\n", no / PAGE_LINES);
}

static char *page_marks(const char *text)
{
	return by_line(text, page_line, 0);
}

static const struct {
	const char *name;
	transform_fn make;
} transforms[] = {
	{"crlf", crlf},
	{"fullwidth-digits", fullwidth_digits},
	{"wide-indent", wide_indent},
	{"halfwidth-punct", halfwidth_punct},
	{"wrap56", wrap56},
	{"wrap68", wrap68},
	{"page-marks", page_marks},
};
enum { TRANSFORMS = sizeof transforms / sizeof *transforms };

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
	for (struct dirent *e; (e = readdir(d)) && n < MAX_NOTICES;) {
		size_t len = strlen(e->d_name);
		if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0)
			continue;
		char rel[1024], full[2048];
		snprintf(rel, sizeof rel, "%s/%.*s.txt", texts, (int)(len - 5), e->d_name);
		if (access(source(rel, full, sizeof full), R_OK) == 0)
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

/* Checks (or with WP_UPDATE_KNOWN=1 rewrites) the list against now. */
static void check_list(const diff_lines *now)
{
	char path[1024];
	diff_lines known = {0};
	diff_lines_load(&known, source(COPIES, path, sizeof path));
	int changed = diff_lines_compare(&known, now, COPIES, stdout);
	diff_lines_free(&known);
	const char *update = getenv("WP_UPDATE_KNOWN");
	if (update && strcmp(update, "1") == 0) {
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
	diff_lines now = {0};
	size_t per[TRANSFORMS] = {0}, total_fields = 0;
	for (size_t i = 0; i < count; i++) {
		char name[256];
		notice_name(notices[i], name, sizeof name);
		size_t len;
		char *text = slurp(notices[i], &len);
		fields orig;
		const char *why;
		ck_assert_msg(read_fields(text, len, &orig, &why), "%s refused: %s", name, why);
		total_fields += json_array_size(orig.keys);
		for (size_t t = 0; t < TRANSFORMS; t++) {
			char *copy = transforms[t].make(text);
			fields got;
			if (read_fields(copy, strlen(copy), &got, &why)) {
				per[t] += compare(&orig, &got, name, transforms[t].name, &now);
			} else {
				const char *line[] = {name, transforms[t].name, "refused", "a plan", why};
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
	printf("%zu notices, %zu fields; fields that differ in the copy:\n", count, total_fields);
	for (size_t t = 0; t < TRANSFORMS; t++)
		printf("  %-18s %5zu\n", transforms[t].name, per[t]);
	check_list(&now);
	diff_lines_free(&now);
}
END_TEST

/* The copies are what the test says they are: a prose line cut by
 * display width (a Chinese character is two columns), a table row kept
 * whole, a page mark after each 30th line, ：；（） made half-width. */
START_TEST(the_copies_are_made_as_described)
{
	char *w = wrap56("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十\n"
			 "序号\t活动\t时间一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十");
	ck_assert_str_eq(w, "一二三四五六七八九十一二三四五六七八九十一二三四五六七八\n九十\n"
			    "序号\t活动\t时间一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十");
	free(w);
	wp_buf b = WP_BUF_INIT;
	for (int i = 1; i <= 31; i++)
		wp_buf_printf(&b, "%d\n", i);
	char *p = page_marks(wp_buf_str(&b));
	ck_assert_ptr_nonnull(strstr(p, "\n30\n\n— 1 —\n\n31\n"));
	ck_assert_ptr_null(strstr(p, "— 2 —"));
	free(p);
	wp_buf_free(&b);
	char *h = halfwidth_punct("联系人：张三（科室）；电话");
	ck_assert_str_eq(h, "联系人:张三(科室);电话");
	free(h);
	char *d = fullwidth_digits("4月20日");
	ck_assert_str_eq(d, "４月２０日");
	free(d);
	char *i = wide_indent("  一、时间\n\n正文");
	ck_assert_str_eq(i, WIDE_SPACE WIDE_SPACE "一、时间\n\n" WIDE_SPACE WIDE_SPACE "正文");
	free(i);
	char *c = crlf("a\nb");
	ck_assert_str_eq(c, "a\r\nb");
	free(c);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader copies");
	TCase *tc = tcase_create("copies of a notice");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, the_copies_are_made_as_described);
	tcase_add_test(tc, every_copy_reads_as_the_original_but_for_the_listed_differences);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
