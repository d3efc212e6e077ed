/* check_reader_decimal.c - a plan written as a decimal outline as deep as
 * Word numbers it (1 / 1.1 / 1.1.1 / 1.1.1.1), each habit on a small text
 * of its own: activities at mixed depth (3.1 groups 3.1.1 3.1.2, 3.2 is an
 * activity itself), numbered as written; their unlabelled sub-items (a
 * date, a place, X牵头，Y配合) read as the activity's lines; a 宣传重点
 * heading among them holds focuses, not activities; labelled sub-items
 * (组长：…) and numbered report rules read as if unnumbered; a 活动时间
 * section giving the day the campaign marks, then the days around it; a
 * bare place line under a bare when line. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "西岭县人民医院世界急救日宣传活动方案\n1　总体要求\n1.1　主题\n　　人人学急救\n" \
	     "2　活动时间\n2.1　2026年9月7日至9月13日。\n"

#define PLAN HEAD "3　活动内容\n3.1　院内活动\n3.1.1　急救技能培训\n3.1.1.1　9月8日上午9:00\n" \
	     "3.1.1.2　门诊三楼会议室\n3.1.1.3　急诊科牵头，护理部配合\n3.1.1.4　讲解心肺复苏。\n" \
	     "3.1.2　急救知识展\n3.1.2.1　9月9日下午3点\n3.1.2.2　门诊大厅\n3.1.2.3　宣传科负责\n" \
	     "3.1.2.4　展出急救展板。\n3.2　线上宣传\n3.2.1　9月10日\n3.2.2　医院公众号\n3.2.3　宣传科负责\n" \
	     "3.2.4　推送科普文章。\n"

START_TEST(activities_at_mixed_depth)
{
	json_t *plan = plan_from_text(PLAN "4　工作要求\n4.1　各科室要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "3.1.1");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "急救技能培训");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "3.1.2");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "3.2");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "线上宣传");
	json_decref(plan);
}
END_TEST

START_TEST(unlabelled_sub_items_are_the_activitys_lines)
{
	json_t *plan = plan_from_text(PLAN "4　工作要求\n4.1　各科室要高度重视。\n");
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "start"), "2026-09-08");
	ck_assert_str_eq(field(a, "time"), "09:00");
	ck_assert_str_eq(names(a, "lead"), "急诊科");
	ck_assert_str_eq(names(a, "cooperate"), "护理部");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "宣传科");
	json_decref(plan);
}
END_TEST

START_TEST(a_focus_heading_among_the_activities)
{
	json_t *plan = plan_from_text(PLAN "3.3　宣传重点\n3.3.1　心肺复苏知识\n3.3.2　创伤止血包扎\n"
				       "4　工作要求\n4.1　各科室要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_uint_eq(plan_count(plan, "focus"), 2);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(plan, "focus"), 1)), "创伤止血包扎");
	json_decref(plan);
}
END_TEST

START_TEST(labelled_and_report_sub_items_lose_their_numbers)
{
	json_t *plan = plan_from_text(PLAN "4　组织保障\n4.1　领导小组\n4.1.1　组长：院长李明\n"
				       "4.1.2　成员：急诊科、宣传科负责人\n5　工作要求\n5.1　信息报送\n"
				       "5.1.1　各牵头科室于9月4日前报送参加人员名单至宣传科。\n");
	json_t *committee = json_object_get(plan, "committee");
	ck_assert_ptr_nonnull(committee);
	ck_assert_str_eq(names(committee, "chair"), "院长李明");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(names(d, "who"), "各牵头科室");
	json_decref(plan);
}
END_TEST

START_TEST(the_days_around_the_day_the_campaign_marks)
{
	json_t *plan = plan_from_text("西岭县人民医院世界急救日宣传活动方案\n一、活动时间\n"
				      "2026年9月12日为世界急救日。\n我院宣传活动时间为2026年9月7日至9月13日。\n"
				      "二、活动内容\n1.急救技能培训\n9月8日上午9:00，在门诊三楼会议室举行。由急诊科牵头。\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2026-09-07");
	ck_assert_str_eq(field(period, "end"), "2026-09-13");
	json_decref(plan);
}
END_TEST

START_TEST(a_bare_place_line_after_a_bare_when_line)
{
	json_t *plan = plan_from_text("西岭县人民医院世界急救日宣传活动方案\n一、活动时间\n2026年9月7日至9月13日。\n"
				      "二、活动内容\n1.急救技能培训\n9月8日（星期二）上午8:30至11:30\n门诊一楼大厅\n"
				      "急诊科牵头，护理部配合\n讲解心肺复苏。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "门诊一楼大厅");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a deep decimal outline");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, activities_at_mixed_depth);
	tcase_add_test(tc, unlabelled_sub_items_are_the_activitys_lines);
	tcase_add_test(tc, a_focus_heading_among_the_activities);
	tcase_add_test(tc, labelled_and_report_sub_items_lose_their_numbers);
	tcase_add_test(tc, the_days_around_the_day_the_campaign_marks);
	tcase_add_test(tc, a_bare_place_line_after_a_bare_when_line);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
