#include "config.h"

#include "lineedit.h"
#include "testutil.h"

/* 440 Chinese characters, 1320 bytes: more than the old 255-character
 * editor held. */
static char *long_text(void)
{
	static const char piece[] = "知识产权保护宣传第"; /* 9 characters */
	static const char *const nums[] = {"一", "二", "三", "四", "五", "六",
					   "七", "八", "九", "十", "甲"};
	wp_buf b = WP_BUF_INIT;
	for (int i = 0; i < 44; i++)
		wp_buf_printf(&b, "%s%s", piece, nums[i % 11]);
	return wp_buf_take(&b);
}

static void type(struct lineedit *e, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		uint32_t uc = *p;
		int n = 1;
		if (uc >= 0xf0)
			uc &= 0x07, n = 4;
		else if (uc >= 0xe0)
			uc &= 0x0f, n = 3;
		else if (uc >= 0xc0)
			uc &= 0x1f, n = 2;
		for (int k = 1; k < n; k++)
			uc = (uc << 6) | (p[k] & 0x3f);
		ck_assert(lineedit_insert(e, uc));
		p += n;
	}
}

START_TEST(keeps_a_long_text_whole)
{
	char *text = long_text();
	ck_assert_uint_eq(strlen(text), 1320);
	struct lineedit e;
	lineedit_init(&e, text, 0);
	struct lineedit_view v;
	lineedit_view(&e, 60, &v);
	ck_assert_str_eq(lineedit_text(&e), text);
	lineedit_home(&e);
	type(&e, "【改】");
	lineedit_end(&e);
	type(&e, "。");
	wp_buf want = WP_BUF_INIT;
	wp_buf_printf(&want, "【改】%s。", text);
	ck_assert_str_eq(lineedit_text(&e), wp_buf_str(&want));
	wp_buf_free(&want);
	lineedit_free(&e);
	free(text);
}
END_TEST

START_TEST(moves_and_deletes_by_whole_characters)
{
	struct lineedit e;
	lineedit_init(&e, "鹿寨a县", 0);
	ck_assert_uint_eq(e.cursor, strlen("鹿寨a县"));
	ck_assert(lineedit_left(&e));
	ck_assert(lineedit_left(&e));
	ck_assert_uint_eq(e.cursor, strlen("鹿寨"));
	ck_assert(lineedit_backspace(&e));
	ck_assert_str_eq(lineedit_text(&e), "鹿a县");
	ck_assert(lineedit_delete(&e));
	ck_assert_str_eq(lineedit_text(&e), "鹿县");
	ck_assert(lineedit_right(&e));
	ck_assert(!lineedit_right(&e));
	ck_assert(lineedit_home(&e));
	ck_assert(!lineedit_left(&e));
	ck_assert(!lineedit_backspace(&e));
	ck_assert(lineedit_right(&e));
	ck_assert(lineedit_kill_to_end(&e));
	ck_assert_str_eq(lineedit_text(&e), "鹿");
	ck_assert(lineedit_kill_to_start(&e));
	ck_assert_str_eq(lineedit_text(&e), "");
	lineedit_free(&e);
}
END_TEST

START_TEST(refuses_control_characters_and_growth_beyond_its_limit)
{
	struct lineedit e;
	lineedit_init(&e, "abcdef", 5); /* longer than max: still kept whole */
	ck_assert_str_eq(lineedit_text(&e), "abcdef");
	ck_assert(!lineedit_insert(&e, 'x'));
	ck_assert(!lineedit_insert(&e, '\n'));
	ck_assert(!lineedit_insert(&e, 0x85));
	ck_assert(!lineedit_insert(&e, 0xd800)); /* a surrogate is no character */
	lineedit_backspace(&e);
	lineedit_backspace(&e);
	ck_assert(!lineedit_insert(&e, 0x9e7f)); /* 鹿: 3 bytes, 4 + 3 > 5 */
	lineedit_backspace(&e);
	lineedit_backspace(&e);
	ck_assert(lineedit_insert(&e, 0x9e7f));
	ck_assert_str_eq(lineedit_text(&e), "ab鹿");
	lineedit_free(&e);
}
END_TEST

/* The view's text as a string. */
static const char *shown(const struct lineedit_view *v, char *buf)
{
	memcpy(buf, v->text, v->len);
	buf[v->len] = '\0';
	return buf;
}

START_TEST(scrolls_around_the_cursor_by_display_width)
{
	char buf[256];
	struct lineedit e;
	struct lineedit_view v;
	lineedit_init(&e, "一二三四五六七八", 0); /* 16 columns */
	lineedit_view(&e, 7, &v);
	/* The end: three characters of text and the cursor's column. */
	ck_assert_str_eq(shown(&v, buf), "六七八");
	ck_assert_int_eq(v.cursor_col, 6);
	/* Left into the view moves only the cursor. */
	lineedit_left(&e);
	lineedit_view(&e, 7, &v);
	ck_assert_str_eq(shown(&v, buf), "六七八");
	ck_assert_int_eq(v.cursor_col, 4);
	/* Past its left edge the view follows by whole characters. */
	for (int i = 0; i < 4; i++)
		lineedit_left(&e);
	lineedit_view(&e, 7, &v);
	ck_assert_str_eq(shown(&v, buf), "四五六");
	ck_assert_int_eq(v.cursor_col, 0);
	/* An odd width never splits a character: the last column stays empty. */
	lineedit_home(&e);
	lineedit_view(&e, 7, &v);
	ck_assert_str_eq(shown(&v, buf), "一二三");
	ck_assert_int_eq(v.cursor_col, 0);
	/* Moving right keeps the whole character under the cursor visible. */
	for (int i = 0; i < 3; i++)
		lineedit_right(&e);
	lineedit_view(&e, 7, &v);
	ck_assert_str_eq(shown(&v, buf), "二三四");
	ck_assert_int_eq(v.cursor_col, 4);
	/* Deleting the end pulls hidden text back into view. */
	lineedit_kill_to_end(&e);
	lineedit_view(&e, 7, &v);
	ck_assert_str_eq(shown(&v, buf), "一二三");
	ck_assert_int_eq(v.cursor_col, 6);
	lineedit_free(&e);
}
END_TEST

START_TEST(a_view_narrower_than_a_character_still_keeps_the_cursor)
{
	struct lineedit e;
	struct lineedit_view v;
	lineedit_init(&e, "鹿寨", 0);
	lineedit_home(&e);
	lineedit_view(&e, 1, &v);
	ck_assert_uint_eq(v.len, 0);
	ck_assert_int_eq(v.cursor_col, 0);
	lineedit_end(&e);
	lineedit_view(&e, 1, &v);
	ck_assert_int_eq(v.cursor_col, 0);
	ck_assert_uint_eq(e.first, e.len);
	lineedit_free(&e);
}
END_TEST

START_TEST(moves_and_kills_by_words_ascii_and_chinese)
{
	struct lineedit e;
	lineedit_init(&e, "call 鹿寨县，市场监管局 now", 0);
	ck_assert(lineedit_word_left(&e));
	ck_assert_str_eq(e.text + e.cursor, "now");
	ck_assert(lineedit_word_left(&e));
	ck_assert_str_eq(e.text + e.cursor, "市场监管局 now");
	ck_assert(lineedit_word_left(&e));
	ck_assert_str_eq(e.text + e.cursor, "鹿寨县，市场监管局 now");
	ck_assert(lineedit_word_right(&e));
	ck_assert_str_eq(e.text + e.cursor, "，市场监管局 now");
	ck_assert(lineedit_word_right(&e));
	ck_assert_str_eq(e.text + e.cursor, " now");
	/* Ctrl-W takes the word before the cursor and the separators after it. */
	ck_assert(lineedit_kill_word_before(&e));
	ck_assert_str_eq(lineedit_text(&e), "call 鹿寨县， now");
	ck_assert(lineedit_kill_word_before(&e));
	ck_assert_str_eq(lineedit_text(&e), "call  now");
	lineedit_home(&e);
	ck_assert(!lineedit_word_left(&e));
	ck_assert(!lineedit_kill_word_before(&e));
	lineedit_end(&e);
	ck_assert(!lineedit_word_right(&e));
	lineedit_free(&e);
}
END_TEST

START_TEST(a_paste_is_inserted_as_one_line)
{
	struct lineedit e;
	lineedit_init(&e, "地点：", 0);
	ck_assert(lineedit_insert_text(&e, "县政府\n广场\r\n\t东侧\x01"));
	ck_assert_str_eq(lineedit_text(&e), "地点：县政府 广场   东侧");
	ck_assert(!lineedit_insert_text(&e, "\x02"));
	lineedit_free(&e);
	/* A limited field takes what fits. */
	lineedit_init(&e, "", 4);
	lineedit_insert_text(&e, "abcdef");
	ck_assert_str_eq(lineedit_text(&e), "abcd");
	lineedit_free(&e);
}
END_TEST

START_TEST(history_recalls_entries_and_keeps_the_draft)
{
	struct lineedit_history h = {0};
	lineedit_history_add(&h, "鹿寨");
	lineedit_history_add(&h, "");
	lineedit_history_add(&h, "朝阳");
	lineedit_history_add(&h, "朝阳");
	ck_assert_int_eq(h.n, 2);
	struct lineedit e;
	struct lineedit_browse b;
	lineedit_init(&e, "临", 0);
	lineedit_browse_start(&b, &h);
	ck_assert(!lineedit_history_down(&e, &b));
	ck_assert(lineedit_history_up(&e, &b));
	ck_assert_str_eq(lineedit_text(&e), "朝阳");
	ck_assert(lineedit_history_up(&e, &b));
	ck_assert_str_eq(lineedit_text(&e), "鹿寨");
	ck_assert(!lineedit_history_up(&e, &b));
	ck_assert(lineedit_history_down(&e, &b));
	ck_assert(lineedit_history_down(&e, &b));
	ck_assert_str_eq(lineedit_text(&e), "临");
	ck_assert_uint_eq(e.cursor, e.len);
	lineedit_browse_end(&b);
	lineedit_free(&e);
	for (int i = 0; i < LINEEDIT_HISTORY_MAX + 5; i++) {
		char item[16];
		snprintf(item, sizeof item, "%d", i);
		lineedit_history_add(&h, item);
	}
	ck_assert_int_eq(h.n, LINEEDIT_HISTORY_MAX);
	ck_assert_str_eq(h.items[h.n - 1], "54");
	lineedit_history_free(&h);
	/* No history: Up does nothing. */
	lineedit_init(&e, "x", 0);
	lineedit_browse_start(&b, NULL);
	ck_assert(!lineedit_history_up(&e, &b));
	lineedit_browse_end(&b);
	lineedit_free(&e);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("lineedit");
	TCase *tc = tcase_create("lineedit");
	tcase_add_test(tc, keeps_a_long_text_whole);
	tcase_add_test(tc, moves_and_deletes_by_whole_characters);
	tcase_add_test(tc, refuses_control_characters_and_growth_beyond_its_limit);
	tcase_add_test(tc, scrolls_around_the_cursor_by_display_width);
	tcase_add_test(tc, a_view_narrower_than_a_character_still_keeps_the_cursor);
	tcase_add_test(tc, moves_and_kills_by_words_ascii_and_chinese);
	tcase_add_test(tc, a_paste_is_inserted_as_one_line);
	tcase_add_test(tc, history_recalls_entries_and_keeps_the_draft);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
