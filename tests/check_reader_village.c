/* check_reader_village.c - habits of township notices (g221), each on a
 * small text of its own: an activity dated by a solar term of the
 * campaign's year (秋分当天, 冬至日, 清明当日: data/solar-terms-cn.tsv);
 * a term that names no day (秋分前后, 小雪 as weather) dates nothing; a
 * contact line written 姓名（单位）phone. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "solar-terms.h"
#include "testutil.h"

START_TEST(the_table_holds_known_terms)
{
	wp_date d;
	ck_assert_int_eq(wp_solar_term_date(2026, "秋分", &d), 0);
	ck_assert_int_eq(d, wp_date_from_ymd(2026, 9, 23));
	ck_assert_int_eq(wp_solar_term_date(2026, "冬至", &d), 0);
	ck_assert_int_eq(d, wp_date_from_ymd(2026, 12, 22));
	ck_assert_int_eq(wp_solar_term_date(2026, "清明", &d), 0);
	ck_assert_int_eq(d, wp_date_from_ymd(2026, 4, 5));
	ck_assert_int_eq(wp_solar_term_date(2024, "秋分", &d), 0);
	ck_assert_int_eq(d, wp_date_from_ymd(2024, 9, 22));
	ck_assert_int_eq(wp_solar_term_date(2019, "秋分", &d), -1);
	ck_assert_int_eq(wp_solar_term_date(2026, "中秋", &d), -1);
}
END_TEST

START_TEST(an_activity_on_a_solar_term)
{
	json_t *plan = plan_from_text("关于举办2027年石门镇庆祝“中国农民丰收节”活动的通知\n一、活动时间\n"
				      "2027年9月20日至9月26日。\n二、活动内容\n"
				      "　　（一）开幕仪式。定于秋分当天上午10时，在镇文体中心举行开幕仪式。此项工作由镇党政办牵头。\n"
				      "　　（二）农产品评比。秋分日下午，在镇农贸市场开展评比。此项工作由镇农业站负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	/* 秋分 2027 is 09-23 */
	ck_assert_str_eq(field(a, "start"), "2027-09-23");
	ck_assert_str_eq(field(a, "end"), "2027-09-23");
	ck_assert_str_eq(field(a, "time"), "10:00");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2027-09-23");
	json_decref(plan);
	/* 隆重 is how the ceremony is held, not part of the place */
	plan = plan_from_text("关于举办2027年石门镇庆祝“中国农民丰收节”活动的通知\n一、活动时间\n"
			      "2027年9月20日至9月26日。\n二、活动内容\n"
			      "　　（一）开幕仪式。9月23日上午10时，在镇文体中心隆重举行开幕仪式。此项工作由镇党政办牵头。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "镇文体中心");
	json_decref(plan);
}
END_TEST

START_TEST(winter_solstice_of_the_campaign_year)
{
	json_t *plan = plan_from_text("关于开展2026年冬季民俗文化月活动的通知\n一、活动时间\n"
				      "2026年12月1日至12月31日。\n二、活动内容\n"
				      "　　1.包饺子活动。冬至当日中午，在各社区活动室组织包饺子。由街道文化站负责。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-12-22");
	json_decref(plan);
}
END_TEST

START_TEST(a_term_that_names_no_day)
{
	json_t *plan = plan_from_text("关于开展2026年秋季农事宣传活动的通知\n一、活动时间\n"
				      "2026年9月1日至9月30日。\n二、活动内容\n"
				      "　　1.农技讲座。秋分前后，在各村文化室举办农技讲座。由乡农技站负责。\n");
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 0), "start")));
	json_decref(plan);
}
END_TEST

START_TEST(a_contact_with_unit_in_brackets)
{
	json_t *plan = plan_from_text("关于开展2026年科普宣传周活动的通知\n一、活动时间\n2026年5月18日至5月24日。\n"
				      "二、联系方式\n　　联系人：赵立新（镇科协）13812345678\n"
				      "　　　　　　孙晓梅（镇党政办）0371-66123456\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_line_at(plan, 0), "赵立新|13812345678|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "孙晓梅|0371-66123456|-");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader township habits (g221)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, the_table_holds_known_terms);
	tcase_add_test(tc, an_activity_on_a_solar_term);
	tcase_add_test(tc, winter_solstice_of_the_campaign_year);
	tcase_add_test(tc, a_term_that_names_no_day);
	tcase_add_test(tc, a_contact_with_unit_in_brackets);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
