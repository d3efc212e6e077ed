/* check_reader_holdout30g.c - habits of the genre that the hold-out
 * notices of round 30 (g179..g182) showed, each on a small text of its
 * own: items whose numbers run on across group headings, items dated
 * 本周内 under a calendar of week headings, a notice carried out
 * (贯彻落实) as the parent plan, a form's footnote 说明：请于…报X. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2027年全民国防教育日活动的通知\n一、活动时间\n2027年9月13日至9月19日。\n二、活动内容\n"

/* （一）面向学生 1. 2. （二）面向社区 3.: the items' numbers run on
 * across the groups, so each number names its item alone (3, not 二.3);
 * groups that number afresh (（一） 1. 2. （二） 1.) keep 二.1. */
START_TEST(numbers_that_run_on_across_groups)
{
	json_t *plan = plan_from_text(HEAD "（一）面向学生\n"
					   "1．国防知识讲座。9月15日，在市一中举行。市教育局牵头。\n"
					   "2．国防主题班会。9月16日，在各中小学举行。市教育局牵头。\n"
					   "（二）面向社区\n"
					   "3．国防教育集中宣传。9月19日，在人民广场举行。市国动办牵头。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "1");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "2");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|国防教育集中宣传|2027-09-19|2027-09-19|-|人民广场|市国动办|");
	json_decref(plan);

	plan = plan_from_text(HEAD "（一）面向学生\n"
				   "1．国防知识讲座。9月15日，在市一中举行。市教育局牵头。\n"
				   "2．国防主题班会。9月16日，在各中小学举行。市教育局牵头。\n"
				   "（二）面向社区\n"
				   "1．国防教育集中宣传。9月19日，在人民广场举行。市国动办牵头。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一.1");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "二.1");
	json_decref(plan);
}
END_TEST

/* 第一周（9月13日—9月16日）　国防知识普及周 / 1.… 时间：本周内: a
 * calendar of week headings over the numbered items; an item that says
 * only 本周内 (or 本周) takes its week's days, one with a day of its own
 * keeps it, and the week heading is no part of the item above it. */
START_TEST(items_of_this_week_take_their_week_heading)
{
	json_t *plan = plan_from_text(HEAD "第一周（9月13日—9月16日）　国防知识普及周\n"
					   "1.国防知识讲座\n时间：9月14日上午9:00\n地点：市一中\n牵头单位：市教育局\n"
					   "2.国防知识进社区\n时间：本周内\n地点：各社区\n牵头单位：各区人民政府\n"
					   "第二周（9月17日—9月19日）　国防技能体验周\n"
					   "3.国防技能体验营\n时间：本周\n地点：市青少年活动中心\n牵头单位：团市委\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|国防知识讲座|2027-09-14|2027-09-14|09:00|市一中|市教育局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|国防知识进社区|2027-09-13|2027-09-16|-|各社区|各区人民政府|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|国防技能体验营|2027-09-17|2027-09-19|-|市青少年活动中心|团市委|");
	json_decref(plan);
}
END_TEST

/* 为深入贯彻落实省体育局《关于开展…活动的通知》部署: a plan carried out
 * (贯彻落实) is the parent plan when it is a notice; a 规划 or 意见
 * carried out is standing policy, no parent. */
START_TEST(a_notice_carried_out_is_the_parent_plan)
{
	json_t *plan = plan_from_text("关于开展2027年全民健身月活动的通知\n"
				      "为深入贯彻落实省体育局《关于开展2027年全民健身月活动的通知》部署，决定开展全民健身月活动。\n"
				      "一、活动时间\n2027年8月1日至8月31日。\n二、活动内容\n"
				      "1．全民健身启动仪式。8月8日，在体育中心举行。牵头单位：市体育局。\n");
	ck_assert_str_eq(field(plan, "parent_plan"), "省体育局《关于开展2027年全民健身月活动的通知》");
	json_decref(plan);
	plan = plan_from_text("关于开展2027年全民健身月活动的通知\n"
			      "为深入贯彻落实《全民健身计划（2021—2025年）》，决定开展全民健身月活动。\n"
			      "一、活动时间\n2027年8月1日至8月31日。\n二、活动内容\n"
			      "1．全民健身启动仪式。8月8日，在体育中心举行。牵头单位：市体育局。\n");
	ck_assert_ptr_null(field(plan, "parent_plan"));
	json_decref(plan);
}
END_TEST

/* 附件2 启动仪式参加人员回执 … 说明：请于9月10日前报市国动办: a form's
 * footnote repeats the body's deadline; its label 说明： is no thing sent,
 * so it makes no second deadline. */
START_TEST(a_forms_footnote_label_is_no_thing_sent)
{
	json_t *plan = plan_from_text(HEAD "三、工作要求\n请各县（市、区）于9月10日前将参加启动仪式人员回执（附件2）报市国动办。\n"
					   "附件2\n启动仪式参加人员回执\n说明：请于9月10日前报市国动办，联络员须填写在首行。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送参加启动仪式人员回执（附件2）|9月10日前|2027-09-10|各县（市、区）|市国动办");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 30 (groups)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, numbers_that_run_on_across_groups);
	tcase_add_test(tc, items_of_this_week_take_their_week_heading);
	tcase_add_test(tc, a_notice_carried_out_is_the_parent_plan);
	tcase_add_test(tc, a_forms_footnote_label_is_no_thing_sent);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
