/* check_reader_holdout27c.c - contact-line habits that the hold-out
 * notices g164 and g165 showed, each on a small text of its own: an
 * office, then the person with the numbers in a bracket right after the
 * name (a two-character name padded to three with U+3000); a 联系人 line
 * with each number on a line of its own under it, behind a label padded
 * with U+3000. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                       \
	"关于开展2027年全民国防教育日活动的通知\n一、活动时间\n2027年9月13日至9月19日。\n二、活动内容\n" \
	"1．国防教育进校园。9月15日，在市一中举行。牵头单位：市教育局。\n"

/* 管委会综合办公室：郑丽萍（0591-22876015，13609518827）: the bracket
 * holds the person's numbers and is no part of the name; 黄　斌 is one
 * name, its padding squeezed. */
START_TEST(numbers_in_a_bracket_after_the_name)
{
	json_t *plan = plan_from_text(HEAD "三、联系方式\n"
					   "管委会综合办公室：郑丽萍（0591-22876015，13609518827）\n"
					   "园区派出所：黄　斌（0591-22876110）\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "郑丽萍|0591-22876015|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "郑丽萍|13609518827|-");
	ck_assert_str_eq(contact_line_at(plan, 2), "黄斌|0591-22876110|-");
	json_decref(plan);
}
END_TEST

/* 县科协：刘晓红（电话：0795-6312087）: the number's label inside the
 * bracket, the name before it as bare as above. */
START_TEST(a_labelled_number_in_a_bracket_after_the_name)
{
	json_t *plan = plan_from_text(HEAD "三、联系方式\n县科协：刘晓红（电话：0795-6312087）\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	ck_assert_str_eq(contact_line_at(plan, 0), "刘晓红|0795-6312087|-");
	json_decref(plan);
}
END_TEST

/* 联系人：刘晓红 / 电　话：0795-… / 手　机：139…: a number a line under
 * the name, each behind its label (padded to the width of three): both
 * are the person's. */
START_TEST(numbers_a_line_each_under_the_name)
{
	json_t *plan = plan_from_text(HEAD "三、联系方式\n县科学素质办（县科协科普部）\n联系人：刘晓红\n"
					   "电\xe3\x80\x80话：0795-6312087\n手\xe3\x80\x80机：13907951264\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_line_at(plan, 0), "刘晓红|0795-6312087|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "刘晓红|13907951264|-");
	json_decref(plan);
}
END_TEST

/* The same habit after a labelled number: 联系人：刘晓红，电话：… ends its
 * line, 手机：… opens the next; a 联系人 line further on is someone else. */
START_TEST(a_second_number_on_the_next_line_only)
{
	json_t *plan = plan_from_text(HEAD "三、联系方式\n联系人：刘晓红，电话：0795-6312087\n手机：13907951264\n"
					   "联系人：张伟\n电话：0795-6312088\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "刘晓红|0795-6312087|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "刘晓红|13907951264|-");
	ck_assert_str_eq(contact_line_at(plan, 2), "张伟|0795-6312088|-");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 27: contact lines");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, numbers_in_a_bracket_after_the_name);
	tcase_add_test(tc, a_labelled_number_in_a_bracket_after_the_name);
	tcase_add_test(tc, numbers_a_line_each_under_the_name);
	tcase_add_test(tc, a_second_number_on_the_next_line_only);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
