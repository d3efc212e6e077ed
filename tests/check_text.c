#include "config.h"

#include "testutil.h"
#include "text.h"

START_TEST(counts_cjk_characters_as_two_columns)
{
	ck_assert_int_eq(wp_text_width("abc"), 3);
	ck_assert_int_eq(wp_text_width("鹿寨县"), 6);
	ck_assert_int_eq(wp_text_width("县市场监管局（知识产权局）"), 26);
	/* the same over n bytes of a longer text, an invalid byte counting 0 */
	ck_assert_int_eq(wp_text_width_n("鹿寨县\n市场", strlen("鹿寨县")), 6);
	ck_assert_int_eq(wp_text_width_n("ab\xff" "c", 4), 3);
	ck_assert_int_eq(wp_text_width_n("鹿", 2), 0); /* a character cut short counts nothing */
	ck_assert_int_eq(wp_text_width("9︰00"), 5); /* U+FE30 is wide */
	ck_assert_int_eq(wp_text_width("e\xcc\x81"), 1);  /* e + combining acute */
	ck_assert_int_eq(wp_text_width(""), 0);
}
END_TEST

START_TEST(cuts_text_with_an_ellipsis_without_splitting_a_character)
{
	wp_buf b = WP_BUF_INIT;
	ck_assert_int_eq(wp_text_put_fit(&b, "鹿寨县市场", 5), 5);
	ck_assert_str_eq(wp_buf_str(&b), "鹿寨…");
	wp_buf_reset(&b);
	ck_assert_int_eq(wp_text_put_fit(&b, "鹿寨县市场", 4), 3);
	ck_assert_str_eq(wp_buf_str(&b), "鹿…");
	wp_buf_reset(&b);
	wp_text_put_padded(&b, "鹿寨县市场", 4);
	ck_assert_str_eq(wp_buf_str(&b), "鹿… ");
	ck_assert_int_eq(wp_text_width(wp_buf_str(&b)), 4);
	wp_buf_reset(&b);
	wp_text_put_padded(&b, "ab", 4);
	ck_assert_str_eq(wp_buf_str(&b), "ab  ");
	wp_buf_reset(&b);
	wp_text_put_right(&b, "鹿", 4);
	ck_assert_str_eq(wp_buf_str(&b), "  鹿");
	wp_buf_free(&b);
}
END_TEST

START_TEST(wraps_on_character_boundaries)
{
	ck_assert_uint_eq(wp_text_prefix_bytes("开展宣传活动", 5), 6); /* 开展 */
	ck_assert_uint_eq(wp_text_prefix_bytes("开展宣传活动", 4), 6);
	ck_assert_uint_eq(wp_text_prefix_bytes("ab开", 3), 2);
	ck_assert_uint_eq(wp_text_prefix_bytes("ab", 10), 2);
	ck_assert_uint_eq(wp_text_prefix_bytes("开", 1), 0);
}
END_TEST

START_TEST(writes_and_reads_chinese_item_numbers)
{
	static const struct {
		int n;
		const char *text;
	} cases[] = {{1, "一"}, {9, "九"}, {10, "十"}, {11, "十一"}, {20, "二十"}, {23, "二十三"},
		     {99, "九十九"}};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char buf[32];
		size_t len;
		wp_cn_number_format(cases[i].n, buf, sizeof buf);
		ck_assert_str_eq(buf, cases[i].text);
		ck_assert_int_eq(wp_cn_number(cases[i].text, &len), cases[i].n);
		ck_assert_uint_eq(len, strlen(cases[i].text));
	}
	char buf[32];
	wp_cn_number_format(100, buf, sizeof buf);
	ck_assert_str_eq(buf, "100");
	size_t len = 99;
	ck_assert_int_eq(wp_cn_number("甲", &len), -1);
	/* no number, no length: a caller adding len to its pointer stays put
	 * (it once added garbage, which UBSan caught in （附件） headings) */
	ck_assert_uint_eq(len, 0);
	ck_assert_int_eq(wp_cn_number("三、活动", &len), 3);
	ck_assert_uint_eq(len, 3);
}
END_TEST

START_TEST(unit_keys_fold_full_width_forms_and_spaces)
{
	char *a = wp_text_key("县市场监管局（知识产权局）");
	char *b = wp_text_key("县市场监管局(知识产权局)");
	char *c = wp_text_key(" 县市场监管局 （知识产权局）\xe3\x80\x80");
	ck_assert_str_eq(a, b);
	ck_assert_str_eq(a, c);
	ck_assert_str_eq(a, "县市场监管局(知识产权局)");
	free(a);
	free(b);
	free(c);
	char *d = wp_text_key("ＡＢＣ１２３");
	ck_assert_str_eq(d, "ABC123");
	free(d);
	ck_assert(wp_text_key_contains("县市场监管局（知识产权局）", "监管局(知识"));
	ck_assert(!wp_text_key_contains("县市场监管局", "公安"));
}
END_TEST

START_TEST(rejects_invalid_utf8_control_characters_and_huge_fields)
{
	wp_err err;
	ck_assert_int_eq(wp_text_check("开展宣传活动", "title", WP_TEXT_SINGLE_LINE, &err), 0);
	ck_assert_int_eq(wp_text_check("a\xff" "b", "title", WP_TEXT_SINGLE_LINE, &err), -1);
	ck_assert_str_eq(err.msg, "title is not valid UTF-8");
	ck_assert_int_eq(wp_text_check("a\x1b[31m", "title", WP_TEXT_SINGLE_LINE, &err), -1);
	ck_assert_str_eq(err.msg, "title contains a control character (0x1b)");
	ck_assert_int_eq(wp_text_check("line\nline", "title", WP_TEXT_SINGLE_LINE, &err), -1);
	ck_assert_int_eq(wp_text_check("line\nline", "notes", WP_TEXT_MULTI_LINE, &err), 0);
	char *huge = malloc(WP_TEXT_MAX + 2);
	memset(huge, 'x', WP_TEXT_MAX + 1);
	huge[WP_TEXT_MAX + 1] = '\0';
	ck_assert_int_eq(wp_text_check(huge, "notes", WP_TEXT_MULTI_LINE, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "too long"));
	free(huge);
	/* Overlong encodings and surrogates are not UTF-8 either. */
	ck_assert(!wp_text_is_utf8("\xc0\xaf", 2));
	ck_assert(!wp_text_is_utf8("\xed\xa0\x80", 3));
}
END_TEST

START_TEST(refuses_c1_controls_and_bidi_overrides_naming_the_field)
{
	wp_err err;
	/* U+009B is CSI to a terminal, U+009D OSC; U+202E and U+2066..U+2069
	 * reorder what is shown. */
	ck_assert(wp_text_forbidden(0x1b) && wp_text_forbidden(0x7f) && wp_text_forbidden(0x80));
	ck_assert(wp_text_forbidden(0x9b) && wp_text_forbidden(0x9f));
	ck_assert(wp_text_forbidden(0x202a) && wp_text_forbidden(0x202e));
	ck_assert(wp_text_forbidden(0x2066) && wp_text_forbidden(0x2069));
	ck_assert(!wp_text_forbidden(' ') && !wp_text_forbidden(0xa0));
	ck_assert(!wp_text_forbidden(0x2026) && !wp_text_forbidden(0x2029));
	ck_assert(!wp_text_forbidden(0x2070) && !wp_text_forbidden(0x3000));
	ck_assert_int_eq(wp_text_check("a\xc2\x9b" "2J", "plan: 'title'", WP_TEXT_SINGLE_LINE,
				       &err),
			 -1);
	ck_assert_str_eq(err.msg, "plan: 'title' contains a control character (U+009B)");
	ck_assert_int_eq(wp_text_check("x\xe2\x80\xae" "y", "notes", WP_TEXT_MULTI_LINE, &err), -1);
	ck_assert_str_eq(err.msg, "notes contains a bidirectional control character (U+202E)");
	ck_assert_int_eq(wp_text_check("\xe2\x81\xa6", "title", WP_TEXT_SINGLE_LINE, &err), -1);
	ck_assert_int_eq(wp_text_check("a\x7f", "title", WP_TEXT_SINGLE_LINE, &err), -1);
	ck_assert_str_eq(err.msg, "title contains a control character (0x7f)");
	/* no-break space, ellipsis, ideographic space are text */
	ck_assert_int_eq(wp_text_check("a\xc2\xa0" "b\xe2\x80\xa6\xe3\x80\x80", "title",
				       WP_TEXT_SINGLE_LINE, &err), 0);
}
END_TEST

/* escape(s, how): the escaped copy, in a static buffer for comparisons. */
static const char *escape(const char *s, enum wp_text_escape how)
{
	static char out[256];
	wp_buf b = WP_BUF_INIT;
	wp_text_put_escaped(&b, s, how);
	snprintf(out, sizeof out, "%s", wp_buf_str(&b));
	wp_buf_free(&b);
	return out;
}

START_TEST(escapes_forbidden_characters_stored_before_they_were_refused)
{
	ck_assert_str_eq(escape("宣传 a\\b", WP_ESCAPE_TEXT), "宣传 a\\b");
	ck_assert_str_eq(escape("a\xc2\x9b" "2J\x1b]0;x\x07", WP_ESCAPE_TEXT),
			 "a<U+009B>2J<U+001B>]0;x<U+0007>");
	ck_assert_str_eq(escape("\xe2\x80\xae" "evil\xe2\x81\xa9\x7f\r", WP_ESCAPE_TEXT),
			 "<U+202E>evil<U+2069><U+007F><U+000D>");
	/* text keeps the lines and tabs a report is made of */
	ck_assert_str_eq(escape("a\tb\nc", WP_ESCAPE_TEXT), "a\tb\nc");
	/* a byte that is not UTF-8 is shown as U+FFFD */
	ck_assert_str_eq(escape("a\x9b" "b", WP_ESCAPE_TEXT), "a\xef\xbf\xbd" "b");
	/* a TSV value never breaks its row, and reads back without loss */
	ck_assert_str_eq(escape("a\tb\nc\r\\d\xc2\x9b\xe2\x80\xae", WP_ESCAPE_TSV),
			 "a\\tb\\nc\\r\\\\d\\u009b\\u202e");
	/* JSON text: strings get \u escapes, the indentation stays */
	ck_assert_str_eq(escape("{\n  \"t\": \"a\xc2\x9b\xe2\x80\xae\\n\"\n}", WP_ESCAPE_JSON),
			 "{\n  \"t\": \"a\\u009b\\u202e\\n\"\n}");
	ck_assert_str_eq(escape("", WP_ESCAPE_TSV), "");
}
END_TEST

START_TEST(error_context_is_prefixed_and_long_messages_are_cut)
{
	wp_err err;
	wp_err_set(&err, "bad %s", "date");
	wp_err_prefix(&err, "%s: ", "plan.json");
	ck_assert_str_eq(err.msg, "plan.json: bad date");
	char long_msg[WP_ERR_MAX * 2];
	memset(long_msg, 'a', sizeof long_msg - 1);
	long_msg[sizeof long_msg - 1] = '\0';
	wp_err_set(&err, "%s", long_msg);
	wp_err_prefix(&err, "ctx: ");
	ck_assert_int_eq((int)strlen(err.msg), WP_ERR_MAX - 1);
	ck_assert(strncmp(err.msg, "ctx: aaa", 8) == 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("text");
	TCase *tc = tcase_create("text");
	tcase_add_test(tc, counts_cjk_characters_as_two_columns);
	tcase_add_test(tc, cuts_text_with_an_ellipsis_without_splitting_a_character);
	tcase_add_test(tc, wraps_on_character_boundaries);
	tcase_add_test(tc, writes_and_reads_chinese_item_numbers);
	tcase_add_test(tc, unit_keys_fold_full_width_forms_and_spaces);
	tcase_add_test(tc, rejects_invalid_utf8_control_characters_and_huge_fields);
	tcase_add_test(tc, refuses_c1_controls_and_bidi_overrides_naming_the_field);
	tcase_add_test(tc, escapes_forbidden_characters_stored_before_they_were_refused);
	tcase_add_test(tc, error_context_is_prefixed_and_long_messages_are_cut);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
