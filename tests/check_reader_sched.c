/* check_reader_sched.c - a day-by-day schedule (日程安排) whose slots
 * are plain lines under a bare day line: time, title, place and unit set
 * apart by wide spaces or runs of spaces, the unit's helpers in a bracket
 * (X（配合：Y、Z）) or a field of their own; a slot written as a time line
 * over labelled lines (内容：/地点：/负责部门：/配合：); a slot of the whole
 * day; day lines written 5月17日（周日） or 第一天（5月16日）. The text
 * numbers none of them: no is null, the day is the day line's. And a
 * deadline owed by units named by their role (各负责部门要…，请于…前…). */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年全民阅读周系列活动的通知\n一、活动时间\n2026年4月20日至22日。\n二、日程安排\n"

START_TEST(plain_slot_lines_under_a_day)
{
	json_t *plan = plan_from_text(HEAD "4月20日（星期一）\n"
					   "09:00—10:30　“书香满城”阅读周启动仪式　市民广场　宣传科（配合：办公室、市书店）\n"
					   "14:00—17:00　古籍修复体验课（每场限15人，需预约）　图书馆三楼　古籍部\n"
					   "4月21日（周二）\n"
					   "上午　亲子共读会　少儿阅览室　少儿部（配合：各街道文化站）\n"
					   "全天　“我最喜爱的一本书”线上投票　“市图书馆”公众号　信息部\n"
					   "三、工作要求\n各部门要加强配合。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|“书香满城”阅读周启动仪式|2026-04-20|2026-04-20|09:00|市民广场|宣传科|办公室、市书店");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|古籍修复体验课|2026-04-20|2026-04-20|14:00|图书馆三楼|古籍部|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|亲子共读会|2026-04-21|2026-04-21|-|少儿阅览室|少儿部|各街道文化站");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "-|“我最喜爱的一本书”线上投票|2026-04-21|2026-04-21|-|“市图书馆”公众号|信息部|");
	json_decref(plan);
}
END_TEST

START_TEST(spaced_fields_and_a_fourth_field)
{
	json_t *plan = plan_from_text(HEAD "第一天（4月20日）\n"
					   "9:00-11:30  非遗剪纸展示  文化馆展厅  非遗中心  市妇联、市文联\n"
					   "第二天（4月21日）\n"
					   "19:30-21:00　露天电影放映　滨江公园　（文化科）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|非遗剪纸展示|2026-04-20|2026-04-20|09:00|文化馆展厅|非遗中心|市妇联、市文联");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|露天电影放映|2026-04-21|2026-04-21|19:30|滨江公园|文化科|");
	json_decref(plan);
}
END_TEST

START_TEST(a_time_line_over_labelled_lines)
{
	json_t *plan = plan_from_text(HEAD "4月22日（星期三）\n"
					   "10:00—11:00　读书分享会　报告厅　读者服务部\n"
					   "15:00—16:30\n"
					   "内容：传统手工艺展示（竹编、刺绣）\n"
					   "地点：东广场\n"
					   "负责部门：活动部\n"
					   "配合：市非遗保护中心\n"
					   "三、工作要求\n各部门要加强配合。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|传统手工艺展示（竹编、刺绣）|2026-04-22|2026-04-22|15:00|东广场|活动部|市非遗保护中心");
	json_decref(plan);
}
END_TEST

START_TEST(units_named_by_their_role_owe_the_deadline)
{
	json_t *plan = plan_from_text(HEAD "4月20日（星期一）\n"
					   "09:00—10:30　启动仪式　市民广场　宣传科\n"
					   "三、工作要求\n　　（一）守牢安全。各牵头单位要把安全放在首位，逐一制定预案，"
					   "请于4月15日（星期三）前将本单位安全预案报办公室。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 0), "who"), "各牵头单位");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: day-by-day schedules of plain slot lines");
	TCase *tc = tcase_create("schedules");
	tcase_add_test(tc, plain_slot_lines_under_a_day);
	tcase_add_test(tc, spaced_fields_and_a_fourth_field);
	tcase_add_test(tc, a_time_line_over_labelled_lines);
	tcase_add_test(tc, units_named_by_their_role_owe_the_deadline);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
