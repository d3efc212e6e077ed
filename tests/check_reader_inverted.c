/* check_reader_inverted.c - a plan whose activities are an inverted
 * responsibility list (五、责任清单 > （一）县科协 > 1. 2., numbered straight
 * across the units), each on a small text of its own: the list's section
 * holds the activities; a task that opens with the day it is due by is
 * owed, not held; a task at another unit's event of the same day
 * (配合县科协做好9月16日主场活动…, 组织志愿者参加9月16日主场活动) makes
 * the heading's unit a cooperating one of that event; a one-line task
 * names its partner (县科协配合提供课件); a task owed there is owed by the
 * heading's units; 形成X报Y sends what is made. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于印发2026年全国科普日活动方案的通知\n一、活动时间\n2026年9月14日至20日。\n"
#define MAIN "（一）县科协\n1．9月16日（星期三）上午9:00，在县文化广场组织全国科普日主场宣传活动，邀请市民代表参加；\n"

START_TEST(a_responsibility_list_holds_the_activities)
{
	json_t *plan = plan_from_text(HEAD "二、责任清单\n" MAIN
					   "（二）县气象局\n2．9月18日（星期五）上午9:30，在县气象台举办气象科普开放日活动。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县气象局");
	json_decref(plan);
}
END_TEST

START_TEST(a_task_due_by_a_day_is_owed)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n" MAIN
					   "（二）县气象局\n2．9月18日（星期五）上午9:30，在县气象台举办气象科普开放日活动；\n"
					   "3．9月25日前将开放日活动总结报县科协。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_decref(plan);
}
END_TEST

START_TEST(a_task_at_another_units_event_cooperates)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n" MAIN
					   "（二）县气象局\n2．9月18日（星期五）上午9:30，在县气象台举办气象科普开放日活动；\n"
					   "3．配合县科协做好9月16日主场活动气象科普展示。\n"
					   "（三）各乡镇人民政府\n4．组织志愿者参加9月16日主场活动。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县科协");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县气象局、各乡镇人民政府");
	json_decref(plan);
}
END_TEST

START_TEST(a_one_line_task_names_its_partner)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n" MAIN
					   "（二）县教育局\n2．9月14日至9月18日，在全县中小学开展科普主题班会，县科协配合提供课件。\n");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县教育局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县科协");
	json_decref(plan);
}
END_TEST

START_TEST(a_task_owed_is_the_heading_units)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n" MAIN "（二）县气象局\n2．9月25日前将开放日活动总结报县科协。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(names(dl, "who"), "县气象局");
	json_decref(plan);
}
END_TEST

START_TEST(what_is_made_then_sent)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n" MAIN "三、工作要求\n9月30日前，形成全县活动情况报告报市科协。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "what"), "报送全县活动情况报告");
	ck_assert_str_eq(field(dl, "submit_to"), "市科协");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader habits: an inverted responsibility list");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_responsibility_list_holds_the_activities);
	tcase_add_test(tc, a_task_due_by_a_day_is_owed);
	tcase_add_test(tc, a_task_at_another_units_event_cooperates);
	tcase_add_test(tc, a_one_line_task_names_its_partner);
	tcase_add_test(tc, a_task_owed_is_the_heading_units);
	tcase_add_test(tc, what_is_made_then_sent);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
