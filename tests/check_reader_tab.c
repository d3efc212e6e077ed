/* check_reader_tab.c - tables pasted from a spreadsheet, a row per line
 * and the cells apart by TABs (or aligned by runs of spaces), each on a
 * small text of its own: the header names the columns in any order and
 * with some missing; empty and placeholder cells (——, -, 无, /) are
 * nothing; a table of what is due is owed by whom the sentence above it
 * asks (要按以下要求报送, 按下列时限), a rule counted from each activity's end
 * has no one due date, and a recipient's cell with its mailbox
 * (X邮箱（a@b）) reads as the unit and its address. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年全民国防教育日活动的通知\n一、活动时间\n2026年9月14日至9月20日。\n"

START_TEST(activity_columns_in_any_order)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n　　具体安排如下（表中时间为2026年）：\n"
					   "活动名称\t地点\t时间\t责任单位\n"
					   "国防知识讲座\t无\t9月15日（星期二）下午3:00\t县人武部\n"
					   "征兵政策宣传\t/\t9月16日—9月18日\t县退役军人事务局、各乡镇\n"
					   "国防教育展览\t县文化馆一楼\t9月下旬\t-\n"
					   "　　三、工作要求\n　　各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "-|国防知识讲座|2026-09-15|2026-09-15|15:00|-|县人武部|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|征兵政策宣传|2026-09-16|2026-09-18|-|-|县退役军人事务局、各乡镇|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)), "-|国防教育展览|-|-|-|县文化馆一楼||");
	json_decref(plan);
}
END_TEST

START_TEST(activity_columns_aligned_by_spaces)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n"
					   "序号  活动内容        时间              地点          牵头单位\n"
					   "1     国防教育进校园  9月15日上午9:00   县第一中学    县教育局\n"
					   "2     防空警报试鸣    9月19日           ——            县人防办\n"
					   "三、工作要求\n　　各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|国防教育进校园|2026-09-15|2026-09-15|09:00|县第一中学|县教育局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "2|防空警报试鸣|2026-09-19|2026-09-19|-|-|县人防办|");
	json_decref(plan);
}
END_TEST

START_TEST(due_table_owed_by_whom_the_lead_in_asks)
{
	json_t *plan = plan_from_text(HEAD "二、工作要求\n　　各乡镇、县直各单位要按以下要求报送材料：\n"
					   "序号\t材料名称\t报送时间\t报送对象\n"
					   "1\t活动方案\t9月10日（星期四）前\t县国动办\n"
					   "2\t活动总结\t9月25日前\t县国动办\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 0), "who"), "各乡镇、县直各单位");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 1), "due"), "2026-09-25");
	json_decref(plan);
	plan = plan_from_text(HEAD "二、工作要求\n　　请各街道按下列时限报送：\n"
				   "报送事项\t报送时限\t接收单位\n"
				   "联络员名单\t9月8日前\t区国动办\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 0), "who"), "各街道");
	json_decref(plan);
}
END_TEST

START_TEST(a_rule_counted_from_each_activity)
{
	json_t *plan = plan_from_text(HEAD "二、工作要求\n　　请各单位按下表要求报送：\n"
					   "报送材料\t报送时间\t报送对象\n"
					   "活动简讯\t每次活动结束后2个工作日内\t县国动办\n"
					   "活动总结\t活动周结束后3日内\t县国动办\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	json_t *each = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(each, "rule"), "每次活动结束后2个工作日内");
	ck_assert(json_is_null(json_object_get(each, "due")));
	/* counted from each activity's end, not from the campaign's: no one day */
	ck_assert(json_is_null(json_object_get(each, "relative")));
	json_t *week = json_array_get(json_object_get(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_object_get(week, "relative"), "anchor"), "campaign_end");
	json_decref(plan);
}
END_TEST

START_TEST(a_recipient_cell_with_its_mailbox)
{
	json_t *plan = plan_from_text(HEAD "二、工作要求\n　　请各单位按下表要求报送：\n"
					   "报送材料\t报送时间\t报送对象\n"
					   "活动图片\t9月21日前\t县国动办邮箱（gdb2026@126.com）\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "submit_to"),
			 "县国动办（邮箱：gdb2026@126.com）");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: tables pasted from a spreadsheet");
	TCase *tc = tcase_create("tables");
	tcase_add_test(tc, activity_columns_in_any_order);
	tcase_add_test(tc, activity_columns_aligned_by_spaces);
	tcase_add_test(tc, due_table_owed_by_whom_the_lead_in_asks);
	tcase_add_test(tc, a_rule_counted_from_each_activity);
	tcase_add_test(tc, a_recipient_cell_with_its_mailbox);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
