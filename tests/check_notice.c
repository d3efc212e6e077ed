/* check_notice.c - the notice reader on copies of the seed notices in
 * other encodings and layouts, and on bad, huge and mutated input. (Its
 * accuracy on the seeds, field by field, is tests/check_accuracy.c.) */
#include "config.h"

#include <jansson.h>

#include "notice-reader.h" /* the reader's limits */
#include "notice-text.h"
#include "notice.h"
#include "testutil.h"
#include "noticeutil.h"

/* Reads two fixtures that must give the same plan; returns how many
 * more report lines the copy has than the original, and copies the
 * copy's last report line into last. */
static long same_reading(const char *original, const char *copy, char *last, size_t size)
{
	wp_notice_report a, b;
	char *one = read_notice(original, &a);
	char *two = read_notice(copy, &b);
	ck_assert_str_eq(one, two);
	long more = (long)b.n - (long)a.n;
	snprintf(last, size, "%s", b.n ? b.lines[b.n - 1] : "");
	wp_notice_report_free(&a);
	wp_notice_report_free(&b);
	free(one);
	free(two);
	return more;
}

START_TEST(a_gb18030_copy_reads_the_same)
{
	char last[512];
	/* it says it converted, and nothing else differs */
	ck_assert_int_eq(same_reading("tests/fixtures/notices/004_59eee309cb3bfcb9.txt",
				      "tests/fixtures/notices/004.gb18030.txt", last, sizeof last),
			 1);
	ck_assert_ptr_nonnull(strstr(last, "GB18030"));
}
END_TEST

/* A copy as a PDF gives it: page numbers ("— 2 —", "第 5 页 共 5 页",
 * "- 4 -") on lines of their own, one in the middle of the deadline's
 * sentence (in an item: （四）宣传周结束后，…及宣传 / page / 图片于…). */
START_TEST(page_numbers_change_nothing)
{
	char last[512];
	ck_assert_int_eq(same_reading("tests/fixtures/notices/002_f3eb5e40a0807c49.txt",
				      "tests/fixtures/notices/002.pdf-pages.txt", last, sizeof last),
			 0);
}
END_TEST

START_TEST(a_bom_and_crlf_change_nothing)
{
	char last[512];
	ck_assert_int_eq(same_reading("tests/fixtures/notices/001_2e61a39d674edb67.txt",
				      "tests/fixtures/notices/001.bom-crlf.txt", last, sizeof last),
			 0);
}
END_TEST

static void assert_refused(const char *bytes, size_t len, const char *expect)
{
	wp_notice_report report;
	wp_err err = {{0}};
	char *plan = wp_notice_read(bytes, len, &report, &err);
	ck_assert_ptr_null(plan);
	ck_assert_msg(strstr(err.msg, expect) != NULL, "message '%s' lacks '%s'", err.msg, expect);
	ck_assert_uint_eq(report.n, 0);
}

/* A line that opens with a two-byte character and a space before a digit
 * (é 1): the date-space squeezer looked three bytes back, before the
 * line's start (a heap overflow under ASan, found by fuzzing a PDF). */
START_TEST(a_short_wide_character_before_a_space_stays_in_bounds)
{
	static const char *const texts[] = {"\xc3\xa9 1\n", "\xc3\xa9 4月20日\n", "\x80 1\n"};
	for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
		wp_notice_report report;
		wp_err err;
		char *plan = wp_notice_read(texts[k], strlen(texts[k]), &report, &err);
		if (plan)
			wp_notice_report_free(&report);
		free(plan);
	}
}
END_TEST

START_TEST(bad_input_is_refused_with_a_reason)
{
	assert_refused("", 0, "empty");
	assert_refused("\n\r\n  \n", 6, "empty");
	assert_refused("\x7f" "ELF\0\0binary", 12, "binary file");
	/* a zip's signature makes it a .docx, and this one cut short */
	assert_refused("PK\x03\x04\0\0binary", 12, "cut short");
	/* Bytes that are neither UTF-8 nor GB18030. */
	assert_refused("\x81\x30\xff\xff\xff", 5, "neither UTF-8 nor GB18030");
	const char shopping[] = "今天去超市买了苹果和牛奶。\n明天再去。\n";
	assert_refused(shopping, sizeof shopping - 1, "does not read as a plan notice");
	size_t big = WP_NOTICE_MAX_BYTES + 1;
	char *huge = malloc(big);
	memset(huge, 'a', big);
	assert_refused(huge, big, "too large");
	free(huge);
}
END_TEST

/* A notice of n bytes: a real header, then one of four shapes repeated:
 * one endless paragraph; thousands of items with contacts and deadlines;
 * lines that all join into one paragraph; items naming 市县两级 units
 * followed by a wall of 各 (where the counties' spelling is sought). */
static char *pathological(int shape, size_t n, size_t *len)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "关于印发《2027年某县知识产权宣传周活动方案》的通知\n一、活动时间\n"
			"2027年4月20日至26日\n二、重点活动\n（一）开展活动。");
	for (int i = 0; b.len < n; i++) {
		int a = i % 99 + 1, d = i % 9;
		if (shape == 0)
			wp_buf_printf(&b, "在某处%d，由某局牵头联合某委在广场开展%d。", a, d);
		else if (shape == 1)
			wp_buf_printf(&b, "（%d）在县城开展活动，由县局牵头，于4月2%d日前报送总结，"
					  "联系人：张三\n", a, d);
		else if (shape == 2)
			wp_buf_printf(&b, "在县城广场开展知识产权宣传活动%d，由县局牵头联合县委宣传部"
					  "组织实施%d\n", a, d);
		else if (i < 300) /* 市县两级 in each item, whose spelling is looked up */
			wp_buf_printf(&b, "（%d）宣传%d。宣传周期间，成员单位及知识产权局市县两级在广场开展宣传。\n",
				      a, d);
		else
			wp_buf_puts(&b, "各各各各各各各各各各各各各各各各各各各各各各各各各各各各各各");
	}
	*len = b.len;
	return wp_buf_take(&b);
}

START_TEST(the_reader_stays_linear_on_long_notices)
{
	/* Four shapes that once made the reader quadratic (one endless
	 * paragraph; thousands of items with contacts and deadlines; lines
	 * that all join into one paragraph; 市县两级 items and a wall of 各,
	 * 22 s before the search was bounded; and under ASan, whose strstr
	 * measures the whole text at each call, 30 s for the first shape
	 * until the reader used wp_str_find). Near the size limit each must
	 * finish well inside Check's timeout, under the sanitizers too; the
	 * caps on items, deadlines and contacts are reported. */
	for (int k = 0; k < 4; k++) {
		size_t len;
		char *text = pathological(k, WP_NOTICE_MAX_BYTES - 200, &len);
		wp_notice_report report;
		wp_err err;
		char *plan = wp_notice_read(text, len, &report, &err);
		ck_assert_msg(plan != NULL, "shape %d: %s", k, err.msg);
		if (k == 1) {
			bool capped = false;
			for (size_t i = 0; i < report.n; i++)
				capped = capped || strstr(report.lines[i], "are not read");
			ck_assert_msg(capped, "the caps were not reported");
		}
		wp_notice_report_free(&report);
		free(plan);
		free(text);
	}
}
END_TEST

START_TEST(the_reader_is_bounded_on_pathological_input)
{
	/* A notice-sized text made of one unbroken line of brackets and
	 * numbers: the reader must finish (Check's timeout catches a hang)
	 * and either read it or refuse it. */
	size_t n = WP_NOTICE_MAX_BYTES - 16;
	wp_buf b = WP_BUF_INIT;
	while (b.len < n)
		wp_buf_puts(&b, "（一）4月20日至（");
	wp_notice_report report;
	wp_err err;
	char *plan = wp_notice_read(b.data, b.len, &report, &err);
	if (plan)
		wp_notice_report_free(&report);
	free(plan);
	wp_buf_free(&b);
}
END_TEST

/* A table of thousands of rows: the reader takes its maximum of items,
 * says so once, and stops. */
START_TEST(a_huge_table_is_cut_at_the_item_limit)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "关于开展2028年知识产权宣传周活动的通知\n一、活动时间\n2028年4月20日至26日\n"
			"附件\n序号\t活动名称\t活动时间\t牵头单位\n");
	for (int i = 1; i <= 5000; i++)
		wp_buf_printf(&b, "%d\t活动%d\t4月2%d日\t区知识产权局\n", i, i, i % 7);
	wp_notice_report report;
	wp_err err;
	char *text = wp_notice_read(b.data, b.len, &report, &err);
	ck_assert_msg(text != NULL, "%s", err.msg);
	json_t *plan = json_loads(text, 0, NULL);
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), WP_NOTICE_MAX_ITEMS);
	int said = 0;
	for (size_t i = 0; i < report.n; i++)
		said += strstr(report.lines[i], "activity items: the rest are not read") != NULL;
	ck_assert_int_eq(said, 1);
	json_decref(plan);
	free(text);
	wp_notice_report_free(&report);
	wp_buf_free(&b);
}
END_TEST

/* xorshift64: a fixed sequence, so a failure can be replayed. */
static uint64_t next_random(uint64_t *state)
{
	uint64_t x = *state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *state = x;
}

START_TEST(mutated_notices_never_crash_the_reader)
{
	/* Each seed, cut, with bytes flipped, lines dropped and duplicated:
	 * the reader reads or refuses, and (under the sanitizers in CI)
	 * touches no memory it does not own. */
	uint64_t state = 0x9e3779b97f4a7c15ULL;
	int read_ok = 0, refused = 0, planned = 0;
	static const char *const texts[] = {
		"000_56dcfde114b1f299", "001_2e61a39d674edb67", "002_f3eb5e40a0807c49",
		"003_1ac52fcfac32619d", "004_59eee309cb3bfcb9", "002.pdf-pages",
		"variant-arabic",	"variant-labels",	"variant-prose",
		"variant-short",	"variant-groups",	"variant-fields",
		"variant-requirements", "variant-leading-group", "variant-places",
		"variant-no-sections",	"table-tabs",		"table-cells",
		"table-cells-wrapped",	"table-spaces",		"variant-schedule",
		"variant-verbs",	"variant-partners"};
	for (size_t s = 0; s < sizeof texts / sizeof *texts; s++) {
		char rel[256];
		snprintf(rel, sizeof rel, "tests/fixtures/notices/%s.txt", texts[s]);
		size_t len;
		char *orig = slurp(rel, &len);
		/* the seeds most; the made-up notices, which share their
		 * habits, enough to reach their own paths */
		int rounds = s < 5 ? 120 : 40;
		planned += rounds;
		for (int round = 0; round < rounds; round++) {
			/* room for insertions */
			char *buf = malloc(len + 64 * 16 + 1);
			memcpy(buf, orig, len);
			size_t n = len;
			/* Most rounds keep the text valid UTF-8 (to reach the
			 * reader's later stages); every fourth flips raw bytes. */
			bool raw = round % 4 == 0;
			int edits = 1 + (int)(next_random(&state) % 12);
			for (int e = 0; e < edits && n > 0; e++) {
				size_t at = next_random(&state) % n;
				while (!raw && at > 0 && ((unsigned char)buf[at] & 0xc0) == 0x80)
					at--; /* a character boundary */
				switch (next_random(&state) % 4) {
				case 0: /* flip a byte, or (keeping UTF-8) cut the tail */
					if (raw)
						buf[at] = (char)(next_random(&state) & 0xff);
					else
						n = at;
					break;
				case 1: /* cut the tail */
					n = at;
					break;
				case 2: { /* drop a span (to the next character boundary) */
					size_t span = next_random(&state) % 200, end = at + span;
					if (end > n)
						end = n;
					while (!raw && end < n && ((unsigned char)buf[end] & 0xc0) == 0x80)
						end++;
					memmove(buf + at, buf + end, n - end);
					n -= end - at;
					break;
				}
				default: { /* insert a bracket, a mark or a line break */
					static const char *const marks[] = {"（", "）", "、", "，", "：",
									    "。", "年", "月", "日",
									    "\n", "（一）", "一、", "至"};
					const char *m = marks[next_random(&state) % 13];
					size_t ml = strlen(m);
					memmove(buf + at + ml, buf + at, n - at);
					memcpy(buf + at, m, ml);
					n += ml;
				}
				}
			}
			wp_notice_report report;
			wp_err err;
			char *plan = wp_notice_read(buf, n, &report, &err);
			if (plan) {
				read_ok++;
				wp_notice_report_free(&report);
				free(plan);
			} else {
				refused++;
			}
			free(buf);
		}
		free(orig);
	}
	printf("mutations: %d read, %d refused\n", read_ok, refused);
	ck_assert_int_eq(read_ok + refused, planned);
}
END_TEST

/* Windows Notepad's "Unicode" is UTF-16 with a byte-order mark: read as if
 * it had been saved as UTF-8, both byte orders. */
START_TEST(a_utf16_copy_reads_the_same)
{
	char last[512];
	ck_assert_int_eq(same_reading("tests/fixtures/notices/003_1ac52fcfac32619d.txt",
				      "tests/fixtures/notices/003.utf16le.txt", last, sizeof last),
			 0);
	ck_assert_int_eq(same_reading("tests/fixtures/notices/003_1ac52fcfac32619d.txt",
				      "tests/fixtures/notices/003.utf16be.txt", last, sizeof last),
			 0);
	/* A lone byte after the mark is no UTF-16 text. */
	assert_refused("\xff\xfe\x41", 3, "UTF-16");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("notice");
	TCase *tc = tcase_create("reading notices");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, a_huge_table_is_cut_at_the_item_limit);
	tcase_add_test(tc, a_gb18030_copy_reads_the_same);
	tcase_add_test(tc, a_bom_and_crlf_change_nothing);
	tcase_add_test(tc, a_utf16_copy_reads_the_same);
	tcase_add_test(tc, page_numbers_change_nothing);
	tcase_add_test(tc, bad_input_is_refused_with_a_reason);
	tcase_add_test(tc, a_short_wide_character_before_a_space_stays_in_bounds);
	tcase_add_test(tc, the_reader_is_bounded_on_pathological_input);
	tcase_add_test(tc, the_reader_stays_linear_on_long_notices);
	tcase_add_test(tc, mutated_notices_never_crash_the_reader);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
