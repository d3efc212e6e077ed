/* check_line_bounds.c - joining a notice's lines into paragraphs does
 * linear work, whatever the lines are.
 *
 * The joiner (notice-lines.c, notice-line.c) runs before the reader and
 * outside its step counter, so a quadratic pass there shows only as time:
 * each test gives it several times the largest notice, on which such a
 * pass takes many minutes (the suite's timeout catches it) and a linear
 * one a second or two. Each shape here once took minutes at 2 MiB. */
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

/* The paragraphs the lines of text make, joined as notice-text.c does. */
static size_t join(const char *text)
{
	wp_ntext out = {0};
	wp_nlines *j = wp_nlines_new(text);
	wp_buf line = WP_BUF_INIT;
	for (const char *p = text;; p++) {
		if (*p == '\n' || !*p) {
			wp_nlines_add(j, &out, wp_buf_str(&line));
			wp_buf_reset(&line);
			if (!*p)
				break;
		} else {
			wp_buf_putc(&line, *p);
		}
	}
	wp_nlines_end(j, &out);
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
	char *squeezed = wp_nline_squeeze_spaces(line);
	/* the spaces between digits go, as they always did; the last, after
	 * the last digit, stays */
	ck_assert_uint_eq(strlen(squeezed), strlen(line) / 2 + 1);
	free(squeezed);
	free(line);
	/* a number in groups the line's end cut keeps its spaces */
	squeezed = wp_nline_squeeze_spaces("手机：189 07");
	ck_assert_str_eq(squeezed, "手机：189 07");
	free(squeezed);
	/* a run longer than a whole number is none */
	squeezed = wp_nline_squeeze_spaces("2 3 4 5 6 7 8 9 189 07");
	ck_assert_str_eq(squeezed, "2345678918907");
	free(squeezed);
}
END_TEST

/* A paragraph of lines cut at one width that never ends: at each line
 * it was measured whole, to ask whether it ended a title (…通知,
 * …方案) or a sentence. Sixteen times the largest notice: the measuring
 * is fast, only its count was wrong. */
START_TEST(a_paragraph_of_many_lines_is_joined_in_linear_work)
{
	char *text = repeated("啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊\n",
			      16 * WP_NOTICE_MAX_BYTES);
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
	suite_add_tcase(s, tc);
	tc = tcase_create("label lines");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, lines_ending_with_a_label_are_joined_in_linear_work);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
