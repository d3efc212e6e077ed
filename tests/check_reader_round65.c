/* check_reader_round65.c - habits of the notices taught in session 36:
 * an activity section grouped into fields of work (（一）集中宣传方面),
 * each holding its activities as parts written 一是…二是…, and the habits
 * of the hold-out r65 (g353-g357). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice-reader.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char fields_of_work[] =
	"关于开展2026年防汛防台风宣传周活动的通知\n"
	"\n"
	"一、时间和主题\n"
	"\n"
	"2026年6月1日至6月7日。\n"
	"\n"
	"二、活动安排\n"
	"\n"
	"（一）集中宣传方面。一是举办集中宣传活动。6月1日（星期一）上午8点半在镇区农贸市场门口广场举办集中宣传活动，由镇应急办牵头，镇水利站配合。"
	"二是开展防汛安全进校园。6月3日（星期三）下午3点，由镇中心学校牵头，镇应急办配合。\n"
	"\n"
	"（二）演练培训方面。一是开展避险转移演练。6月4日（星期四）上午九点半在溪头村开展演练，由溪头村负责，镇应急办配合。"
	"二是举办防汛责任人培训。6月5日（星期五）下午2点半在镇政府三楼会议室举办，由镇应急办牵头，镇水利站配合。\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各村要高度重视。\n"
	"\n"
	"岭兜镇人民政府\n"
	"2026年5月26日\n";

/* （一）集中宣传方面。一是…二是…: a field of work groups its parts; the
 * parts are the activities, numbered under it, and the field is none
 * (before, 集中宣传方面 was an activity too, undated and led by no one). */
START_TEST(a_field_of_work_is_no_activity_its_parts_are)
{
	json_t *plan = plan_from_text(fields_of_work);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|举办集中宣传活动|2026-06-01|2026-06-01|08:30|镇区农贸市场门口广场|镇应急办|镇水利站");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "一.2|开展防汛安全进校园|2026-06-03|2026-06-03|15:00|-|镇中心学校|镇应急办");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "二.1|开展避险转移演练|2026-06-04|2026-06-04|09:30|溪头村|溪头村|镇应急办");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "二.2|举办防汛责任人培训|2026-06-05|2026-06-05|14:30|镇政府三楼会议室|镇应急办|镇水利站");
	json_decref(plan);
	/* an item that is an event holds its parts and stays one */
	char *event = strdup(fields_of_work);
	memcpy(strstr(event, "集中宣传方面"), "集中宣传活动", strlen("集中宣传活动"));
	plan = plan_from_text(event);
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "集中宣传活动");
	json_decref(plan);
	free(event);
}
END_TEST

static const char task_division[] =
	"砚川县2026年防灾减灾宣传周活动方案\n"
	"\n"
	"一、总体要求\n"
	"\n"
	"（一）活动主题。“强化风险意识　筑牢安全防线”。\n"
	"\n"
	"（二）活动时间。2026年5月10日（星期日）至5月16日（星期六）。\n"
	"\n"
	"（三）宣传重点。一是宣传防灾减灾救灾法律法规；二是宣传自然灾害防范应对知识；三是宣传应急避险和自救互救技能。\n"
	"\n"
	"二、任务分工\n"
	"\n"
	"（一）举办集中宣传活动。5月12日（星期二）上午9:00，在县人民广场举办集中宣传活动。\n"
	"牵头：县应急管理局；配合：城关镇人民政府；完成时限：5月12日前\n"
	"\n"
	"（二）开展应急救护知识培训。5月14日（星期四）下午3:00，在县红十字会培训中心举办培训班。\n"
	"牵头：县红十字会；配合：县卫生健康委员会、县应急管理局；完成时限：5月14日前\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各单位要高度重视。\n";

/* 二、任务分工 / （一）举办…活动。5月12日… / 牵头：X；配合：Y；完成时限：…:
 * with no activity section, a division of tasks that lists the tasks, each
 * under its own lead line, holds the activities (before, none was read:
 * 任务分工 is a duties section, which only gives units to activities). */
START_TEST(a_division_of_tasks_holds_the_activities)
{
	json_t *plan = plan_from_text(task_division);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|举办集中宣传活动|2026-05-12|2026-05-12|09:00|县人民广场|县应急管理局|城关镇人民政府");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|开展应急救护知识培训|2026-05-14|2026-05-14|15:00|县红十字会培训中心|县红十字会|"
			 "县卫生健康委员会、县应急管理局");
	json_decref(plan);
	/* a division unit by unit (（一）县应急管理局：负责…) lists no tasks
	 * under lead lines: its items are no activities */
	plan = plan_from_text("砚川县2026年防灾减灾宣传周活动方案\n一、活动时间\n2026年5月10日至5月16日。\n"
			      "二、任务分工\n（一）县应急管理局：负责统筹协调，5月12日举办集中宣传活动。\n"
			      "（二）县红十字会：负责应急救护知识培训。\n三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 0);
	json_decref(plan);
}
END_TEST

/* （三）宣传重点。一是…；二是…；三是…: an item whose heading runs on into
 * its points numbered in prose gives the focuses (before: none). */
START_TEST(a_focus_item_run_on_into_its_points)
{
	json_t *plan = plan_from_text(task_division);
	json_t *focus = json_object_get(plan, "focus");
	ck_assert_uint_eq(json_array_size(focus), 3);
	ck_assert_str_eq(json_string_value(json_array_get(focus, 0)), "宣传防灾减灾救灾法律法规");
	ck_assert_str_eq(json_string_value(json_array_get(focus, 2)), "宣传应急避险和自救互救技能");
	json_decref(plan);
}
END_TEST

static const char wechat_post[] =
	"青檀发布\n"
	"\n"
	"👇 一起来看具体安排吧\n"
	"\n"
	"**青檀街道2026年全民国家安全教育日宣传周活动方案**\n"
	"\n"
	"【一、活动时间】\n"
	"2026年4月13日（星期一）至4月19日（星期日）。\n"
	"\n"
	"【二、宣传重点】\n"
	"● **宣传国家安全法律法规。**重点宣传《中华人民共和国国家安全法》。\n"
	"●　宣传网络安全和数据安全。普及个人信息保护知识。\n"
	"\n"
	"【三、活动安排】\n"
	"\n"
	"▲**活动一：宣传周启动仪式**\n"
	"📅 时间：4月15日（星期三）上午9:00\n"
	"📍 地点：青檀广场\n"
	"**责任单位：街道平安办**\n"
	"协办单位：街道综合文化站、**青檀派出所、**青檀司法所\n"
	"\n"
	"[图片]\n"
	"▲2025年4月15日，青檀街道在青檀广场开展集中宣传活动\n"
	"\n"
	"▲**活动二：国家安全法治专题讲座**\n"
	"📅**时间：4月14日（星期二）下午2:30**\n"
	"📍 地点：**街道党群服务中心三楼报告厅**\n"
	"责任单位：青檀司法所\n"
	"\n"
	"【四、联系方式】\n"
	"街道平安办　黄雅琴　0746-6218315\n"
	"\n"
	"潇州市鹤汀区青檀街道办事处\n"
	"2026年4月1日\n";

/* A WeChat post of a plan: ▲ marks the activities' heads and the photo
 * captions, bold is lost as ** pairs (after a mark, around a sentence that
 * runs on, around part of a list), its sections are numbered inside 【】,
 * and a teaser line (👇 一起来看具体安排吧) is no heading (before: the teaser
 * headed the activities, which were none, the heads were label lines,
 * and the 【四、联系方式】 lines were no contacts). */
START_TEST(a_wechat_post_with_marked_heads_and_lost_bold)
{
	json_t *plan = plan_from_text(wechat_post);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|宣传周启动仪式|2026-04-15|2026-04-15|09:00|青檀广场|街道平安办|"
			 "街道综合文化站、青檀派出所、青檀司法所");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|国家安全法治专题讲座|2026-04-14|2026-04-14|14:30|街道党群服务中心三楼报告厅|青檀司法所|");
	json_t *focus = json_object_get(plan, "focus");
	ck_assert_uint_eq(json_array_size(focus), 2);
	ck_assert_str_eq(json_string_value(json_array_get(focus, 0)), "宣传国家安全法律法规");
	ck_assert_str_eq(json_string_value(json_array_get(focus, 1)), "宣传网络安全和数据安全");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	ck_assert_str_eq(contact_line_at(plan, 0), "黄雅琴|0746-6218315|-");
	json_decref(plan);
	/* a name masked with ** (张**) is no emphasis */
	ck_assert_str_eq(notice_paragraphs("获奖人员：张**、李**。"), "获奖人员：张**、李**。");
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round65");
	TCase *tc = tcase_create("round65");
	tcase_add_test(tc, a_field_of_work_is_no_activity_its_parts_are);
	tcase_add_test(tc, a_division_of_tasks_holds_the_activities);
	tcase_add_test(tc, a_focus_item_run_on_into_its_points);
	tcase_add_test(tc, a_wechat_post_with_marked_heads_and_lost_bold);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
