#include "config.h"

#include "testutil.h"
#include "text.h"

START_TEST(counts_cjk_characters_as_two_columns)
{
	ck_assert_int_eq(wp_text_width("abc"), 3);
	ck_assert_int_eq(wp_text_width("鹿寨县"), 6);
	ck_assert_int_eq(wp_text_width("县市场监管局（知识产权局）"), 26);
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
	tcase_add_test(tc, error_context_is_prefixed_and_long_messages_are_cut);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
