/* check_reader_holdout37.c - habits of hold-out round 37 (g213-g217),
 * each on a small text of its own: a role's list goes on a person a line
 * under its label line, post and name glued with no gap (副组长：X / 　　
 * 县疾控中心主任龙光荣); a place ends before 设点 (在乡镇集市设点宣传); an
 * event told after an opener on the day of a one-day item (其中，当日上午
 * 10时30分在X举行Y) is an activity of its own, and a bare 当日上午… tells
 * the item's own event; its time is the event's, not the item's (a
 * 内容： line's 其中，当日下午3时… leaves the item's time unset). */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年营养周活动的通知\n一、活动时间\n2026年5月14日至20日。\n"

START_TEST(a_glued_person_under_a_role)
{
	json_t *plan = plan_from_text(HEAD "二、组织领导\n　　成立领导小组：\n　　组　长：县卫生健康委主任张三\n"
					   "　　副组长：县卫生健康委党组成员、副主任杨秀英\n　　　　　　县疾控中心主任龙光荣\n"
					   "　　成　员：委办公室、县疾控中心负责人\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "vice_chair"), "县卫生健康委党组成员、副主任杨秀英、县疾控中心主任龙光荣");
	ck_assert_str_eq(names(c, "members"), "委办公室、县疾控中心");
	json_decref(plan);
}
END_TEST

START_TEST(a_place_before_setting_up_a_stall)
{
	json_t *plan = plan_from_text(HEAD "二、活动内容\n（一）营养知识进集市\n时间：5月16日\n牵头单位：各乡镇卫生院\n"
					   "内容：在乡镇集市设点宣传，发放膳食指南。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "乡镇集市");
	json_decref(plan);
}
END_TEST

START_TEST(an_event_on_the_items_day)
{
	json_t *plan = plan_from_text(HEAD "二、活动内容\n（一）主场宣传活动\n　　5月16日（星期六）上午9时，在县人民广场"
					   "举办主场宣传活动。其中，当日上午10时30分在广场东侧舞台举行营养知识文艺展演。"
					   "由县卫生健康委负责，县融媒体中心协助。\n"
					   "（二）集中宣传日\n　　5月18日是全民营养日。当日上午9时，在县体育馆举办营养义诊。"
					   "由县疾控中心负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	json_t *sub = plan_activity(plan, 1);
	ck_assert_str_eq(activity_line(sub),
			 "一.1|营养知识文艺展演|2026-05-16|2026-05-16|10:30|广场东侧舞台|县卫生健康委|县融媒体中心");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "二");
	json_decref(plan);
}
END_TEST

START_TEST(an_events_time_on_the_items_day_is_not_the_items)
{
	json_t *plan = plan_from_text(HEAD "二、活动内容\n（一）营养知识进社区\n时间：5月16日\n地点：城关社区\n"
					   "牵头单位：县卫生健康委\n内容：开展膳食指导。其中，当日下午3时在社区"
					   "活动室举办营养讲座。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_ptr_null(field(plan_activity(plan, 0), "time"));
	ck_assert_str_eq(field(plan_activity(plan, 1), "time"), "15:00");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 37");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_glued_person_under_a_role);
	tcase_add_test(tc, a_place_before_setting_up_a_stall);
	tcase_add_test(tc, an_event_on_the_items_day);
	tcase_add_test(tc, an_events_time_on_the_items_day_is_not_the_items);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
