/* check_reader_holdout24n.c - the habit hold-out notice g151 showed, on
 * small texts of its own: a Word multi-level list copied as text numbers
 * its sections 1  X, 2  Y (a number, a gap, a short title alone on its
 * line) and the items of a section 4.1  X, 4.2  Y (the section's own
 * number first), or Word's default 1. X / 4.1. X. Table rows opened by
 * a 序号, dotted dates, lists numbered 1． and dotted titles with no
 * second level are not taken for them. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2027年全国肿瘤防治宣传周系列活动的通知\n院内各科室：\n现将有关事项通知如下：\n"

/* The theme and the two activities of the multi-level lists below. */
static void expect_theme_and_activities(json_t *plan)
{
	ck_assert_str_eq(field(plan, "theme"), "癌症防治　早筛早诊");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "3.1|宣传周启动仪式|2027-04-15|2027-04-15|08:30|门诊楼前广场|医务部|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "3.2|科普讲座进社区|2027-04-17|2027-04-17|15:00|-|肿瘤内科|");
}

/* 1  活动时间 / 2  活动主题 / 3  活动安排 / 3.1  X / 3.2  Y / 4  工作要求 /
 * 4.1  …: the sections are read as 一、 lines would be (the theme under its
 * heading), the 3.x items are the activities, numbered as written, and
 * the 4.x items under 工作要求 are no activities. */
START_TEST(a_multi_level_list_copied_as_text)
{
	json_t *plan = plan_from_text(HEAD "1  活动时间\n2027年4月15日至4月21日。\n2  活动主题\n癌症防治　早筛早诊\n"
					   "3  活动安排\n3.1  宣传周启动仪式\n    时间：4月15日上午8:30\n"
					   "    地点：门诊楼前广场\n    牵头科室：医务部\n"
					   "3.2\t科普讲座进社区\n    时间：4月17日下午3:00\n    牵头科室：肿瘤内科\n"
					   "4  工作要求\n4.1  各牵头科室要细化活动方案。\n"
					   "4.2  请各配合科室于4月13日前将专家名单报医务部。\n");
	expect_theme_and_activities(plan);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_decref(plan);
}
END_TEST

/* 2  活动安排 / 2.1  启动仪式 / 2.2  上午9:00在…: an N.M that opens with a
 * time of day is a dotted date (2月2日), a line of the item above; nor is
 * 2.5 after 2.1 an item (not the next number). */
START_TEST(dotted_dates_are_no_items)
{
	json_t *plan = plan_from_text("关于开展2027年春节送温暖活动的通知\n1  活动时间\n2027年2月1日至2月10日。\n"
				      "2  活动安排\n2.1  新春慰问启动仪式\n2.2  上午9:00在市民广场举行。\n"
				      "2.5  万元慰问金由民政局发放。\n"
				      "3  工作要求\n各单位高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "2.1|新春慰问启动仪式|2027-02-02|2027-02-02|09:00|市民广场||");
	json_decref(plan);
}
END_TEST

/* 序号  活动名称  时间  地点 / 1  启动仪式  4月20日  市民广场: a table's row
 * opens with its 序号 and a gap too, but has more cells: no heading; the
 * 1． list under 4  工作要求 stays a list, and 2026.4.22 is no number. */
START_TEST(table_rows_and_lists_are_no_headings)
{
	json_t *plan = plan_from_text(HEAD "1  指导思想\n普及癌症防治知识。\n2  活动主题\n早筛早诊\n3  活动安排\n"
					   "序号  活动名称  时间  地点  牵头单位\n"
					   "1  启动仪式  4月20日  市民广场  医务部\n"
					   "2  义诊活动  4月21日  门诊大厅  护理部\n"
					   "4  工作要求\n1．请各科室于4月13日前将总结报宣传科。\n"
					   "2026.4.22  各科室开展自查。\n");
	ck_assert_str_eq(field(plan, "theme"), "早筛早诊");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "启动仪式");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "义诊活动");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_decref(plan);
}
END_TEST

/* Word's default multi-level list prints 1. 指导思想 / 3.1. 启动仪式 (a dot
 * after each number, a tab or no gap after it): read as the undotted
 * form is. */
START_TEST(a_dotted_multi_level_list)
{
	json_t *plan = plan_from_text(HEAD "1. 活动时间\n2027年4月15日至4月21日。\n2.\t活动主题\n癌症防治　早筛早诊\n"
					   "3. 活动安排\n3.1. 宣传周启动仪式\n    时间：4月15日上午8:30\n"
					   "    地点：门诊楼前广场\n    牵头科室：医务部\n"
					   "3.2.科普讲座进社区\n    时间：4月17日下午3:00\n    牵头科室：肿瘤内科\n"
					   "4. 工作要求\n4.1. 各牵头科室要细化活动方案。\n");
	expect_theme_and_activities(plan);
	json_decref(plan);
}
END_TEST

/* 1. 启动仪式 / 2. 知识竞赛 with no N.M. under them: short titles numbered
 * 1. are the items of a text with no sections (a page of activities), not
 * the sections of a multi-level list. */
START_TEST(dotted_titles_alone_are_items)
{
	json_t *plan = plan_from_text("2027年4月宣传周活动安排\n1. 启动仪式\n时间：4月20日上午9:00\n"
				      "牵头单位：县司法局\n2. 知识竞赛\n时间：4月22日\n牵头单位：县教育局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|启动仪式|2027-04-20|2027-04-20|09:00|-|县司法局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "2|知识竞赛|2027-04-22|2027-04-22|-|-|县教育局|");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 24: a multi-level list");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_multi_level_list_copied_as_text);
	tcase_add_test(tc, dotted_dates_are_no_items);
	tcase_add_test(tc, table_rows_and_lists_are_no_headings);
	tcase_add_test(tc, a_dotted_multi_level_list);
	tcase_add_test(tc, dotted_titles_alone_are_items);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
