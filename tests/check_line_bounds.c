/* check_line_bounds.c - joining a notice's lines into paragraphs does
 * linear work, whatever the lines are, and gives up cleanly past its
 * budget.
 *
 * The joiner (notice-lines.c, notice-line.c) runs before the reader, so
 * it counts its own work (wp_nline_work: a step a byte a loop looks at);
 * each test gives it several times the largest notice and holds its
 * steps to a fixed multiple of the bytes, not to a time, so a slow
 * machine cannot fail these tests and a quadratic pass cannot hide on a
 * fast one. Each shape here once took minutes at 2 MiB. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "notice-line.h"
#include "notice-lines.h"
#include "notice-text.h"
#include "testutil.h"

/* Bytes of text each test joins: four times the largest notice. */
#define JOINED (4 * WP_NOTICE_MAX_BYTES)

/* Work the joiner may do per byte in these tests: its passes over each
 * line and its short looks back (a label, a mobile number) come to a few
 * dozen. A pass that went back over the paragraph, or over the line at
 * each of its bytes, would spend thousands a byte on these texts. */
#define STEPS_PER_BYTE 64

/* The paragraphs the lines of text make, joined as notice-text.c does;
 * fails the test if the joining took more than STEPS_PER_BYTE a byte.
 * That is the joiner's budget too: a quadratic joiner stops there, and
 * the test fails at once instead of running for minutes. */
static size_t join(const char *text)
{
	size_t len = strlen(text), lines = 0;
	wp_ntext out = {0};
	wp_nlines *j = wp_nlines_new(text, STEPS_PER_BYTE * len);
	wp_buf line = WP_BUF_INIT;
	for (const char *p = text;; p++) {
		if (*p == '\n' || !*p) {
			ck_assert_msg(wp_nlines_add(j, &out, wp_buf_str(&line)) == 0,
				      "joining took %zu steps by line %zu of %zu bytes", wp_nlines_steps(j),
				      lines, len);
			wp_buf_reset(&line);
			lines++;
			if (!*p)
				break;
		} else {
			wp_buf_putc(&line, *p);
		}
	}
	ck_assert_int_eq(wp_nlines_end(j, &out), 0);
	size_t steps = wp_nlines_steps(j);
	ck_assert_msg(steps <= STEPS_PER_BYTE * len, "joining took %zu steps for %zu bytes", steps, len);
	wp_nlines_free(j);
	wp_buf_free(&line);
	size_t n = out.n;
	wp_ntext_free(&out);
	return n;
}

/* unit, said over and over to size bytes. Caller frees. */
static char *repeated(const char *unit, size_t size)
{
	wp_buf b = WP_BUF_INIT;
	while (b.len < size)
		wp_buf_puts(&b, unit);
	return wp_buf_take(&b);
}

/* A line of digits apart by single spaces: each space was looked at as
 * the possible middle of a mobile number cut by the line's end
 * (手机：189 07 | 39 6213), by a scan over the whole run. */
START_TEST(a_long_run_of_spaced_digits_is_squeezed_in_linear_work)
{
	char *line = repeated("1 ", JOINED);
	/* the budget stops a quadratic squeeze at once: the test fails
	 * by its count, not by running for minutes */
	wp_nline_work work = {.budget = STEPS_PER_BYTE * strlen(line)};
	char *squeezed = wp_nline_squeeze_spaces(line, &work);
	ck_assert_msg(work.steps <= STEPS_PER_BYTE * strlen(line), "squeezing took %zu steps for %zu bytes",
		      work.steps, strlen(line));
	/* the spaces between digits go, as they always did; the last, after
	 * the last digit, stays */
	ck_assert_uint_eq(strlen(squeezed), strlen(line) / 2 + 1);
	free(squeezed);
	free(line);
	/* a number in groups the line's end cut keeps its spaces */
	squeezed = wp_nline_squeeze_spaces("手机：189 07", &work);
	ck_assert_str_eq(squeezed, "手机：189 07");
	free(squeezed);
	/* a run longer than a whole number is none */
	squeezed = wp_nline_squeeze_spaces("2 3 4 5 6 7 8 9 189 07", &work);
	ck_assert_str_eq(squeezed, "2345678918907");
	free(squeezed);
}
END_TEST

/* A paragraph of lines cut at one width that never ends: at each line
 * it was measured whole, to ask whether it ended a title (…通知,
 * …方案) or a sentence. */
START_TEST(a_paragraph_of_many_lines_is_joined_in_linear_work)
{
	char *text = repeated("啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊\n", JOINED);
	ck_assert_uint_eq(join(text), 1);
	free(text);
}
END_TEST

/* Lines of digits cut at one width, joined into one paragraph: at each
 * line the digits that end the paragraph were measured back to its
 * start, to ask whether a mobile number in groups ran across the cut. */
START_TEST(lines_of_digits_cut_at_a_width_are_joined_in_linear_work)
{
	char *text = repeated("123456789012345678901234567890\n", JOINED);
	ck_assert_uint_eq(join(text), 1);
	free(text);
}
END_TEST

/* A work group's event lines, one under another with no blank line
 * between: each is looked at for its day and its fields, within its
 * first bytes, and stays a paragraph of its own. */
START_TEST(work_group_lines_are_parted_in_linear_work)
{
	static const char unit[] = "6月8日上午8点半 村部 活动。说明。\n";
	char *text = repeated(unit, JOINED);
	ck_assert_uint_eq(join(text), strlen(text) / strlen(unit));
	free(text);
}
END_TEST

/* Full lines that each end with a label and its colon (…，地点：): the
 * label's value was cut off to the next line, so the paragraph goes
 * on; at each line the label was looked for from the paragraph's start. */
START_TEST(lines_ending_with_a_label_are_joined_in_linear_work)
{
	char *text = repeated("啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊，地点：\n", JOINED);
	ck_assert_uint_eq(join(text), 1);
	free(text);
}
END_TEST

/* A joiner out of budget stops looking at lines: it says so at the line
 * that spent it, and each line after that costs nothing. */
START_TEST(a_joiner_out_of_budget_stops_and_says_so)
{
	static const char unit[] = "啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊，啊啊啊啊啊啊。\n";
	char *text = repeated(unit, 64 * 1024);
	size_t all_lines = strlen(text) / strlen(unit);
	/* 16 steps a byte: more than measuring the text takes, less than
	 * joining its lines */
	wp_nlines *j = wp_nlines_new(text, 16 * strlen(text));
	wp_ntext out = {0};
	int rc = 0;
	size_t lines = 0;
	for (const char *line = text; *line && rc == 0; line = strchr(line, '\n') + 1, lines++) {
		char *one = wp_str_sub(line, (size_t)(strchr(line, '\n') - line));
		rc = wp_nlines_add(j, &out, one);
		free(one);
	}
	ck_assert_int_eq(rc, -1);
	ck_assert_uint_gt(lines, 1);
	ck_assert_uint_lt(lines, all_lines); /* it gave up before the end */
	size_t spent = wp_nlines_steps(j);
	ck_assert_int_eq(wp_nlines_add(j, &out, "啊啊啊，啊啊。"), -1);
	ck_assert_int_eq(wp_nlines_end(j, &out), -1);
	ck_assert_uint_eq(wp_nlines_steps(j), spent);
	wp_nlines_free(j);
	wp_ntext_free(&out);
	free(text);
}
END_TEST

/* The text of a joiner that gave up is refused whole, with one line that
 * says why: no paragraphs half joined go on to be read. The same text
 * within the usual budget is read. */
START_TEST(a_text_the_joiner_gives_up_on_is_refused_with_an_error)
{
	char *text = repeated("一、活动时间\n2027年4月20日至26日，在县政府广场举行。\n", 256 * 1024);
	wp_ntext out;
	wp_err err = {{0}};
	ck_assert_int_eq(wp_ntext_decode_within(text, strlen(text), 1, &out, &err), -1);
	ck_assert_ptr_null(out.para);
	ck_assert_uint_eq(out.n, 0);
	ck_assert_msg(strncmp(err.msg, "the notice is too tangled to read: joining its lines stopped after ",
			      strlen("the notice is too tangled to read: joining its lines stopped after ")) == 0,
		      "%s", err.msg);
	ck_assert_ptr_null(strchr(err.msg, '\n'));
	ck_assert_int_eq(wp_ntext_decode(text, strlen(text), &out, &err), 0);
	ck_assert_uint_gt(out.n, 1);
	wp_ntext_free(&out);
	free(text);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("line bounds");
	TCase *tc = tcase_create("spaced digits");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, a_long_run_of_spaced_digits_is_squeezed_in_linear_work);
	suite_add_tcase(s, tc);
	tc = tcase_create("long paragraph");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, a_paragraph_of_many_lines_is_joined_in_linear_work);
	suite_add_tcase(s, tc);
	tc = tcase_create("digit lines");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, lines_of_digits_cut_at_a_width_are_joined_in_linear_work);
	tcase_add_test(tc, work_group_lines_are_parted_in_linear_work);
	suite_add_tcase(s, tc);
	tc = tcase_create("label lines");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, lines_ending_with_a_label_are_joined_in_linear_work);
	suite_add_tcase(s, tc);
	tc = tcase_create("budget");
	tcase_add_test(tc, a_joiner_out_of_budget_stops_and_says_so);
	tcase_add_test(tc, a_text_the_joiner_gives_up_on_is_refused_with_an_error);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
