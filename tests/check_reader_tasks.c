/* check_reader_tasks.c - a campaign's 任务清单 (g198): level-1 headings
 * that name themes (一、网络宣传 / 二、阵地宣传), not activities, over
 * numbered items that are the activities (numbered theme.item, 一.1);
 * each item's prose closes with a bracket of labelled fields
 * （牵头单位：X，Y配合；完成时限：9月20日前） that gives it its units and
 * its time (a limit X前 is its end only; 9月全月 or 全月 the whole month);
 * a partner the prose joins (联合X) cooperates; 工作要求如下： and the
 * 一是…二是… after it are no activities. Each text is written for the
 * test, by other units in other months. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年“质量月”活动的通知\n　　本次活动时间为2026年9月1日至9月30日。\n"

START_TEST(themes_over_items)
{
	json_t *plan = plan_from_text(
		HEAD "一、网络宣传\n"
		"　　1.开设质量月专栏。在“鹤川市场监管”微信公众号开设专栏，每周推送2期。（牵头单位：办公室；完成时限：9月全月）\n"
		"　　2.开展线上知识竞答。在市场监管网站组织质量知识竞答。（牵头单位：质量发展科，各市场监管所配合；完成时限：9月18日前）\n"
		"二、阵地宣传\n"
		"　　1.举办启动仪式。9月2日上午9:00，在市民广场举办质量月启动仪式。（牵头单位：质量发展科，计量所配合；完成时限：9月2日）\n"
		"　　2.开展质量进企业活动。联合市工商联，深入工业园区开展质量帮扶。（责任单位：标准化科；完成时限：全月）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|开设质量月专栏|2026-09-01|2026-09-30|-|“鹤川市场监管”微信公众号|办公室|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "一.2|开展线上知识竞答|-|-|-|市场监管网站|质量发展科|各市场监管所");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "二.1|举办启动仪式|2026-09-02|2026-09-02|09:00|市民广场|质量发展科|计量所");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "二.2|开展质量进企业活动|2026-09-01|2026-09-30|-|工业园区|标准化科|市工商联");
	json_decref(plan);
}
END_TEST

/* （一）（二） items, fields apart by ，, and the requirements after them */
START_TEST(bracketed_items_and_the_requirements_after)
{
	json_t *plan = plan_from_text(
		HEAD "一、集中宣传\n"
		"　　（一）举办咨询日。9月15日在人民公园开展政策咨询。（责任部门：稽查科，时间：9月15日）\n"
		"　　（二）发放宣传资料。在各农贸市场发放资料。（责任部门：网监科，完成时限：9月25日前）\n"
		"二、专项行动\n"
		"　　（一）开展质量提升行动。组织企业开展对标达标。（责任部门：产品质量科，完成时限：9月30日前）\n"
		"　　工作要求如下：\n"
		"　　一是加强领导。各科室要明确专人负责。\n"
		"　　二是及时报送信息。各市场监管所于9月28日前报送活动总结至办公室。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.一|举办咨询日|2026-09-15|2026-09-15|-|人民公园|稽查科|");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "二.一");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_decref(plan);
}
END_TEST

/* a dated event inside an item is a row of its own, with its units */
START_TEST(a_dated_event_inside_an_item)
{
	json_t *plan = plan_from_text(
		HEAD "一、校园宣传\n"
		"　　1.开展质量进校园活动。联合市教育局在各中学开展宣讲。其中，9月10日下午3:00在市第二中学礼堂举办“质量第一课”。"
		"（责任部门：宣传科；完成时限：9月24日前）\n"
		"二、社区宣传\n"
		"　　1.开展社区咨询。在各社区设咨询点。（责任部门：消保科；完成时限：9月20日前）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "一.1.1|“质量第一课”|2026-09-10|2026-09-10|15:00|市第二中学礼堂|宣传科|市教育局");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a task list under themed headings");
	TCase *tc = tcase_create("tasks");
	tcase_add_test(tc, themes_over_items);
	tcase_add_test(tc, bracketed_items_and_the_requirements_after);
	tcase_add_test(tc, a_dated_event_inside_an_item);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
