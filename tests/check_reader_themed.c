/* check_reader_themed.c - a week told day by day under date headings
 * that name each day's theme (9月14日（星期一）“节水进校园”主题日): the
 * paragraph under the heading is that day's activity, titled by the
 * theme day, its units named in prose (由X牵头，Y、Z参与); a paragraph
 * that tells a morning and an afternoon event (上午…举办…；下午…举办…)
 * gives one row each, the paragraph's units on both. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                                 \
	"关于开展2026年青禾县城市节水宣传周活动的通知\n一、活动时间\n2026年9月14日（星期一）至9月18日（星期五）。\n" \
	"二、主要活动\n　　宣传周期间，每日安排一个主题，具体如下：\n"

START_TEST(a_theme_day_over_its_paragraph)
{
	json_t *plan = plan_from_text(HEAD "　　9月14日（星期一）“节水进校园”主题日\n"
					   "　　由县教育体育局牵头，县水务局参与，上午10:00在青禾县第二中学举办节水知识讲座，"
					   "组织学生参观校园雨水收集设施。\n"
					   "　　9月16日（星期三）“节水进企业”主题日\n"
					   "　　由县工信局牵头，县水务局、县供水公司参与，在青禾工业园区开展用水效率诊断，"
					   "向企业推广循环用水技术。\n"
					   "三、工作要求\n　　各单位要加强组织领导。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|“节水进校园”主题日|2026-09-14|2026-09-14|10:00|青禾县第二中学|县教育体育局|县水务局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|“节水进企业”主题日|2026-09-16|2026-09-16|-|青禾工业园区|县工信局|县水务局、县供水公司");
	json_decref(plan);
}
END_TEST

START_TEST(a_morning_and_an_afternoon_event)
{
	json_t *plan = plan_from_text(HEAD "　　9月15日（星期二）“节水进社区”主题日\n"
					   "　　由各街道办事处牵头，县水务局参与。上午9:00在青禾县文化广场举办节水器具展示会，"
					   "现场发放节水器具；下午2点半在县政务服务中心二楼会议室举办物业节水管理培训班，"
					   "邀请专家讲解管网漏损控制。\n"
					   "三、工作要求\n　　各单位要加强组织领导。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|“节水进社区”主题日|2026-09-15|2026-09-15|09:00|青禾县文化广场|各街道办事处|县水务局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|物业节水管理培训班|2026-09-15|2026-09-15|14:30|县政务服务中心二楼会议室|各街道办事处|县水务局");
	json_decref(plan);
}
END_TEST

START_TEST(a_semicolon_without_an_event_stays_one_row)
{
	/* 下午… with no event of its own (a task, no verb and object) is
	 * part of the day's one activity */
	json_t *plan = plan_from_text(HEAD "　　9月17日（星期四）“节水进农村”主题日\n"
					   "　　由各镇人民政府牵头，县农业农村局参与，上午9:30在各村文化室开展节水灌溉咨询；"
					   "下午继续。\n"
					   "三、工作要求\n　　各单位要加强组织领导。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|“节水进农村”主题日|2026-09-17|2026-09-17|09:30|各村文化室|各镇人民政府|县农业农村局");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: theme days under date headings");
	TCase *tc = tcase_create("themed");
	tcase_add_test(tc, a_theme_day_over_its_paragraph);
	tcase_add_test(tc, a_morning_and_an_afternoon_event);
	tcase_add_test(tc, a_semicolon_without_an_event_stays_one_row);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
