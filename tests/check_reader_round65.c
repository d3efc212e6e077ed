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

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round65");
	TCase *tc = tcase_create("round65");
	tcase_add_test(tc, a_field_of_work_is_no_activity_its_parts_are);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
