/* check_keys.c - the status bar's key hints come from the key table. */
#include "config.h"

#include <curses.h>

#include "keys.h"
#include "testutil.h"

START_TEST(hints_take_their_labels_from_the_key_table)
{
	static const struct wp_key_hint hints[] = {
		{{ACT_LEFT, ACT_RIGHT, ACT_UP, ACT_DOWN}, "move", NULL, "arrows"},
		{{ACT_PREV_MONTH, ACT_NEXT_MONTH}, "month", NULL, NULL},
		{{ACT_GOTO}, "date", NULL, NULL},
		{{ACT_HELP}, "help", NULL, NULL},
		{{ACT_NONE}, NULL, NULL, NULL},
	};
	char *s = wp_key_hints(SCOPE_CALENDAR, hints);
	ck_assert_str_eq(s, "arrows move  [ ] month  g date  ? help");
	free(s);
	static const struct wp_key_hint form[] = {
		{{ACT_UP, ACT_DOWN}, "field", "/", NULL},
		{{ACT_SAVE}, "save", NULL, NULL},
		{{ACT_HELP}, "help", NULL, NULL},
		{{ACT_NONE}, NULL, NULL, NULL},
	};
	/* ? is typed text in a form: help there is F1. */
	s = wp_key_hints(SCOPE_FORM, form);
	ck_assert_str_eq(s, "Up/Down field  Ctrl-S save  F1 help");
	free(s);
	ck_assert_int_eq(wp_key_action(SCOPE_GLOBAL, KEY_F(1)), ACT_HELP);
}
END_TEST

START_TEST(a_hint_for_a_key_the_view_lacks_is_left_out)
{
	/* L (lead) is the matrix's, save the forms' and lists': not the
	 * calendar's. */
	static const struct wp_key_hint hints[] = {
		{{ACT_SET_LEAD}, "lead", NULL, NULL},
		{{ACT_TODAY}, "today", NULL, NULL},
		{{ACT_SAVE}, "save", NULL, NULL},
		{{ACT_NONE}, NULL, NULL, NULL},
	};
	char *s = wp_key_hints(SCOPE_CALENDAR, hints);
	ck_assert_str_eq(s, "t today");
	free(s);
	ck_assert_ptr_null(wp_key_label(SCOPE_CALENDAR, ACT_SET_LEAD));
	ck_assert_str_eq(wp_key_label(SCOPE_MATRIX, ACT_SET_LEAD), "L");
	ck_assert_str_eq(wp_key_label(SCOPE_MATRIX, ACT_UNDO), "u");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("keys");
	TCase *tc = tcase_create("keys");
	tcase_add_test(tc, hints_take_their_labels_from_the_key_table);
	tcase_add_test(tc, a_hint_for_a_key_the_view_lacks_is_left_out);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
