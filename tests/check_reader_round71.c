/* check_reader_round71.c - habits taught in session 39: a text message's
 * activities run on after a colon, narrowed to where the colon announces
 * activities, the last ending with its sentence, and a place field only
 * where it names one. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* The message's items, then the message goes on: the last item ends with
 * its sentence, so a report later in the message (17点前) is neither its
 * clock nor tied to it. */
START_TEST(a_messages_last_run_on_item_ends_with_its_sentence)
{
	json_t *plan = plan_from_text(
		"【檀溪县应急管理局】5/11-5/17为2026年全国防灾减灾宣传周，全县集中开展以下活动：1、5/11上午9:00，"
		"宣传周启动仪式，县人民广场，各乡镇分管负责同志参加（县应急局牵头，县减灾委成员单位配合）；2、宣传周期间，"
		"开展一轮灾害风险隐患大排查，重点查地灾隐患点（乡镇牵头，县减灾委成员单位按职责配合）。各乡镇要高度重视，"
		"结合实际细化方案。请各乡镇于5/9（周六）17点前将本乡镇宣传周活动安排报县应急局减灾救灾股。"
		"檀溪县应急管理局 5月6日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *last = plan_activity(plan, 1);
	ck_assert_str_eq(json_string_value(json_object_get(last, "title")), "开展一轮灾害风险隐患大排查");
	ck_assert(json_is_null(json_object_get(last, "time")));
	/* 宣传周期间 is its when, its units in the bracket */
	ck_assert_str_eq(names(last, "lead"), "乡镇");
	ck_assert_str_eq(names(last, "cooperate"), "县减灾委成员单位");
	ck_assert(json_is_null(json_object_get(last, "location")));
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert(json_is_null(json_object_get(json_array_get(json_object_get(plan, "deadlines"), 0), "activity")));
	json_decref(plan);
}
END_TEST

/* An activity's own list after 参加人员： and a list of requirements
 * after 如下： are no activities: only a colon announcing activities
 * (以下活动：) opens run-on items. */
START_TEST(a_list_after_another_colon_is_no_activities)
{
	json_t *plan = plan_from_text(
		"关于开展2026年知识产权宣传周活动的通知\n"
		"各乡镇：\n"
		"一、活动时间\n"
		"2026年4月20日至4月26日。\n"
		"二、活动安排\n"
		"（一）启动仪式。4月20日上午9:00在县人民广场举行，参加人员：1、县领导；2、各成员单位分管负责同志；3、各乡镇分管负责同志。"
		"由县市场监管局牵头，县委宣传部配合。\n"
		"（二）知识产权进企业。4月22日，由县市场监管局牵头。\n"
		"三、工作要求\n"
		"有关要求如下：1、加强领导，精心组织；2、注重实效，营造氛围；3、及时报送信息。请于4月29日前报送总结。\n"
		"县市场监督管理局\n"
		"2026年4月10日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "title")), "启动仪式");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "title")), "知识产权进企业");
	json_decref(plan);
}
END_TEST

/* When, what, then units in a closing bracket: a third comma field is the
 * place only when it ends as places do (副县长出席并讲话 does not). */
START_TEST(a_third_field_that_names_no_place_is_no_place)
{
	json_t *plan = plan_from_text(
		"【檀溪县应急管理局】5/11-5/17为2026年全国防灾减灾宣传周，全县集中开展以下活动：1、5/11上午9:00，"
		"宣传周启动仪式，副县长出席并讲话（县应急局牵头，县减灾委成员单位配合）；2、5/13上午9点，地质灾害避险转移演练，"
		"龙泉铺镇石牛村（县自然资源局牵头，龙泉铺镇配合）；3、5/14全天，应急避难场所开放日，滨河公园、檀溪公园两处避难场所，"
		"设置地震VR体验（县应急局牵头）。檀溪县应急管理局 5月6日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|宣传周启动仪式|2026-05-11|2026-05-11|09:00|-|县应急局|县减灾委成员单位");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|地质灾害避险转移演练|2026-05-13|2026-05-13|09:00|龙泉铺镇石牛村|县自然资源局|龙泉铺镇");
	/* a list of places, each ending as one */
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|应急避难场所开放日|2026-05-14|2026-05-14|-|滨河公园、檀溪公园两处避难场所|县应急局|");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round71");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, a_messages_last_run_on_item_ends_with_its_sentence);
	tcase_add_test(tc, a_list_after_another_colon_is_no_activities);
	tcase_add_test(tc, a_third_field_that_names_no_place_is_no_place);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
