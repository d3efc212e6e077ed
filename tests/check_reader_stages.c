/* check_reader_stages.c - a plan written as a timeline of stages: top
 * headings that name a stage with its dates (一、预热阶段（5月10日—5月20日）,
 * 二、第二阶段：集中开展（…）, 三、总结阶段：6月1日至6月5日) over the items
 * （一）（二）… that are its activities. An item that says only 本阶段 /
 * 此阶段 / 期间, or no day at all, takes its stage's dates; an item with
 * its own dates keeps them; the stages are no activities, their items
 * are numbered stage.n (一.1); an item that is only a report (活动总结：
 * …前报送…) is a deadline, no activity. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define OPEN                                                                                                 \
	"青湾县林业局关于开展2026年“爱鸟周”宣传活动的通知\n"                                                  \
	"　　为加强野生鸟类保护，决定开展“爱鸟周”宣传活动，活动时间为5月10日至6月5日，分三个阶段进行。\n"

START_TEST(stage_items_are_activities_numbered_by_stage)
{
	json_t *plan = plan_from_text(
		OPEN "一、预热阶段（5月10日—5月20日）\n"
		     "　　（一）爱鸟知识竞答。5月12日至5月18日，在“青湾林业”公众号开展线上知识竞答。（牵头单位：县林业局宣传科）\n"
		     "　　（二）宣传展板制作。本阶段，在各乡镇文化广场设置宣传展板。（牵头单位：县林业局保护股）\n"
		     "二、集中开展阶段（5月21日—5月31日）\n"
		     "　　（一）放飞活动。5月23日上午9:00，在县湿地公园举行救助鸟类放飞活动。（牵头单位：县林业局）\n"
		     "　　（二）巡护检查。此阶段内，组织护林员开展野生鸟类栖息地巡护检查。（牵头单位：县森林公安）\n"
		     "三、总结阶段（6月1日—6月5日）\n"
		     "　　（一）活动总结。各乡镇于6月3日前将活动开展情况总结报送县林业局宣传科。\n"
		     "　　（二）表彰先进。组织评选爱鸟护鸟先进个人。（牵头单位：县林业局）\n"
		     "四、工作要求\n"
		     "　　各乡镇要高度重视，精心组织。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一.1");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-05-12");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2026-05-18");
	/* 本阶段: the stage's dates */
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "一.2");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-05-10");
	ck_assert_str_eq(field(plan_activity(plan, 1), "end"), "2026-05-20");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "二.1");
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2026-05-23");
	/* 此阶段内 */
	ck_assert_str_eq(field(plan_activity(plan, 3), "no"), "二.2");
	ck_assert_str_eq(field(plan_activity(plan, 3), "start"), "2026-05-21");
	ck_assert_str_eq(field(plan_activity(plan, 3), "end"), "2026-05-31");
	/* 三（一） is a report: a deadline; no day at all: the stage's */
	ck_assert_str_eq(field(plan_activity(plan, 4), "no"), "三.2");
	ck_assert_str_eq(field(plan_activity(plan, 4), "start"), "2026-06-01");
	ck_assert_str_eq(field(plan_activity(plan, 4), "end"), "2026-06-05");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-06-03");
	json_decref(plan);
}
END_TEST

/* 第一阶段：宣传发动（…） / 第二阶段：6月1日至6月20日 as top headings,
 * items 1. 2. under them and 期间 for the stage's days */
START_TEST(numbered_stages_with_a_colon)
{
	json_t *plan = plan_from_text(
		"白河镇关于开展2026年“安全生产月”活动的方案\n"
		"一、第一阶段：宣传发动（6月1日—6月10日）\n"
		"　　1.启动仪式。6月2日上午9时，在镇政府广场举行启动仪式。（责任单位：镇应急办）\n"
		"　　2.隐患排查。期间，组织各村开展安全隐患排查。（责任单位：镇安监站）\n"
		"二、第二阶段：6月11日至6月30日\n"
		"　　1.应急演练。6月16日下午3时，在镇中心学校开展消防应急演练。（责任单位：镇派出所）\n"
		"　　2.总结报送。各村于6月28日前报送活动总结。\n"
		"三、工作要求\n"
		"　　各村要加强领导。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一.1");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-06-02");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "一.2");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-06-01");
	ck_assert_str_eq(field(plan_activity(plan, 1), "end"), "2026-06-10");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "二.1");
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2026-06-16");
	json_decref(plan);
}
END_TEST

/* a top heading with a date range that names no stage is no stage */
START_TEST(a_dated_heading_that_is_no_stage)
{
	json_t *plan = plan_from_text(
		OPEN "一、活动内容\n"
		     "　　（一）爱鸟知识竞答。本阶段，开展线上知识竞答。（牵头单位：县林业局宣传科）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	json_decref(plan);
}
END_TEST

/* 其中，当日… inside an item of one day: an event of that day */
START_TEST(an_event_on_the_same_day)
{
	json_t *plan = plan_from_text(
		OPEN "一、集中开展阶段（5月21日—5月31日）\n"
		     "　　（一）主场活动。5月23日上午9:00，在县湿地公园举行主场活动。其中，当天上午11时，组织开展救助鸟类"
		     "集中放飞活动。（牵头单位：县林业局）\n"
		     "二、总结阶段（6月1日—6月5日）\n"
		     "　　（一）表彰先进。组织评选爱鸟护鸟先进个人。（牵头单位：县林业局）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "一.1.1");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "救助鸟类集中放飞活动");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-05-23");
	ck_assert_str_eq(field(plan_activity(plan, 1), "time"), "11:00");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a timeline of stages");
	TCase *tc = tcase_create("stages");
	tcase_add_test(tc, stage_items_are_activities_numbered_by_stage);
	tcase_add_test(tc, numbered_stages_with_a_colon);
	tcase_add_test(tc, a_dated_heading_that_is_no_stage);
	tcase_add_test(tc, an_event_on_the_same_day);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
