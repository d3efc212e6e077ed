/* check_reader_round74.c - habits taught in session 41: a short notice
 * whose sections are bare lines ending with a colon (活动安排如下：,
 * 有关要求：) over entries numbered ①② a line each, their fields apart by
 * commas with labelled roles (责任单位：X，配合：Y), and one more entry
 * after them (另：…); what people attend at a place as an event's name
 * (在X集中观看Y); a place cell that names the whole area (全县) or a place
 * it may move to (（遇雨改在…）); a contact's landline (座机：). */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char *const circled_notice =
	"青岗乡人民政府关于开展2026年世界读书日宣传活动的通知\n"
	"\n"
	"各村（社区）：\n"
	"\n"
	"　　为营造全民阅读氛围，经乡政府研究，决定于4月20日至24日在全乡开展读书日宣传活动。\n"
	"\n"
	"　　活动安排如下：\n"
	"\n"
	"　　①4月20日（星期一）上午9:30，乡文化站，“书香青岗”阅读分享会，责任单位：乡宣传办，配合：乡文化站\n"
	"　　②4月21日（星期二）下午3:00，乡中心小学，课本剧展演，责任单位：乡中心学校、乡团委，配合：乡妇联\n"
	"　　③4月23日（星期四）上午8点半，乡政府广场（遇雨改在乡便民服务中心大厅），图书漂流集市，牵头：乡宣传办\n"
	"　　另：4月24日下午4:00，乡机关全体干部在乡政府三楼会议室集中收看读书分享专题片，由乡党政办负责组织，请各村党组织书记一并参加。\n"
	"\n"
	"　　有关要求：\n"
	"\n"
	"　　（一）高度重视，精心组织。各村（社区）要落实专人负责。\n"
	"\n"
	"　　（二）及时报送信息。请各村（社区）于4月27日前将活动总结报乡宣传办。\n"
	"\n"
	"　　联系人：乡宣传办　覃丽，手机：13900001111，座机：0771-5550000\n"
	"\n"
	"　　　　　　　　　　　　　　　　　　　　青岗乡人民政府\n"
	"　　　　　　　　　　　　　　　　　　　　2026年4月15日\n";

/* 活动安排如下： / ①…，责任单位：X，配合：Y / ② / ③ / 另：… / 有关要求： /
 * （一）（二）: the entries are the activities, a line each however the
 * line above ends; the requirements are none. */
START_TEST(entries_numbered_circled_under_a_bare_colon_heading)
{
	json_t *plan = plan_from_text(circled_notice);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "no")), "1");
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "“书香青岗”阅读分享会");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-04-20");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "09:30");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "乡文化站");
	ck_assert_str_eq(names(a, "lead"), "乡宣传办");
	ck_assert_str_eq(names(a, "cooperate"), "乡文化站");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "课本剧展演");
	ck_assert_str_eq(names(a, "lead"), "乡中心学校、乡团委");
	ck_assert_str_eq(names(a, "cooperate"), "乡妇联");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "15:00");
	json_decref(plan);
}
END_TEST

/* ③…，乡政府广场（遇雨改在…），…，牵头：X: the place meant, not the one it
 * may move to; 牵头： alone labels the lead. */
START_TEST(a_place_field_keeps_no_rain_fallback)
{
	json_t *plan = plan_from_text(circled_notice);
	json_t *a = plan_activity(plan, 2);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "图书漂流集市");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "乡政府广场");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "08:30");
	ck_assert_str_eq(names(a, "lead"), "乡宣传办");
	json_decref(plan);
}
END_TEST

/* 另：4月24日下午4:00，X在Y集中收看Z，由W负责组织，请各村党组织书记一并参加。:
 * one more activity, unnumbered; its name what is attended (not the
 * 组织 of 党组织书记), its lead W. */
START_TEST(one_more_entry_after_the_list_attended_at_a_place)
{
	json_t *plan = plan_from_text(circled_notice);
	json_t *a = plan_activity(plan, 3);
	ck_assert(json_is_null(json_object_get(a, "no")));
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "集中收看读书分享专题片");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-04-24");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "16:00");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "乡政府三楼会议室");
	ck_assert_str_eq(names(a, "lead"), "乡党政办");
	json_decref(plan);
}
END_TEST

/* 联系人：X　覃丽，手机：…，座机：…: the landline is her second number. */
START_TEST(a_contacts_landline_is_her_second_number)
{
	json_t *plan = plan_from_text(circled_notice);
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	json_t *c = json_array_get(json_object_get(plan, "contacts"), 1);
	ck_assert_str_eq(json_string_value(json_object_get(c, "name")), "覃丽");
	ck_assert_str_eq(json_string_value(json_object_get(c, "phone")), "0771-5550000");
	json_decref(plan);
}
END_TEST

/* 地点 全县 in a table's row: the whole county is no place. */
START_TEST(a_place_cell_of_the_whole_area_is_no_place)
{
	json_t *plan = plan_from_text(
		"关于开展2026年知识产权宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年4月20日至4月26日。\n"
		"二、活动安排\n"
		"序号\t活动内容\t时间\t地点\t牵头单位\t配合单位\n"
		"1\t启动仪式\t4月20日\t县人民广场\t县市场监管局\t县司法局\n"
		"2\t知识产权进企业\t4月21日—24日\t全县\t县市场监管局\t县工信局\n"
		"3\t专利法宣讲\t4月22日\t全县范围内\t县科技局\t—\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "location")), "县人民广场");
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 1), "location")));
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 2), "location")));
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round74");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, entries_numbered_circled_under_a_bare_colon_heading);
	tcase_add_test(tc, a_place_field_keeps_no_rain_fallback);
	tcase_add_test(tc, one_more_entry_after_the_list_attended_at_a_place);
	tcase_add_test(tc, a_contacts_landline_is_her_second_number);
	tcase_add_test(tc, a_place_cell_of_the_whole_area_is_no_place);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
