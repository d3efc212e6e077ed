/* check_reader_holdout25a.c - habits of the genre that the hold-out
 * notices g154 and g156 showed, each on a small text of its own: WPS's
 * auto-numbering written with the parenthesized ideographs ㈠㈡㈢ for
 * the items （一）（二）（三）. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2027年全民国家安全教育日系列活动的通知\n一、活动时间\n2027年4月12日至4月16日。\n"

/* ㈠国家安全教育主题升旗仪式。4月12日早7:30…: ㈠ is the item 一 as （一）
 * is, run into its text; the activities under it are numbered 一, 二. */
START_TEST(parenthesized_ideographs_number_the_activities)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n"
					   "㈠主题升旗仪式。4月12日（星期一）早7:30，在学院田径场举行主题升旗仪式。"
					   "责任部门：学生工作处（牵头）、团委。\n"
					   "㈡警示教育。4月15日（星期四）下午3:00，在行政楼第二会议室组织观看警示教育片。"
					   "责任部门：党委办公室（牵头）、科研处。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|主题升旗仪式|2027-04-12|2027-04-12|07:30|学院田径场|学生工作处|团委");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|警示教育|2027-04-15|2027-04-15|15:00|行政楼第二会议室|党委办公室|科研处");
	json_decref(plan);
}
END_TEST

/* 三、宣传重点 / ㈠宣传…。㈡宣传…: the focuses numbered with ㈠ are
 * counted as those numbered （一） are. */
START_TEST(parenthesized_ideographs_number_the_focuses)
{
	json_t *plan = plan_from_text(HEAD "二、宣传重点\n㈠宣传总体国家安全观的科学内涵。重点阐释其丰富内涵。\n"
					   "㈡宣传国家安全法律法规。重点宣传国家安全法。\n"
					   "㈢宣传典型案例。以案释法。\n"
					   "三、活动安排\n㈠主题升旗仪式。4月12日早7:30，在学院田径场举行。\n");
	ck_assert_uint_eq(plan_count(plan, "focus"), 3);
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 25a");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, parenthesized_ideographs_number_the_activities);
	tcase_add_test(tc, parenthesized_ideographs_number_the_focuses);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
