/* check_reader_group.c - activities grouped by the unit that runs them
 * (g189): a section heading that is only a unit's name (a bank, a bureau,
 * a 各乡镇 group) over numbered items makes that unit their lead, unless
 * the item names its own lead; numbers that start again at 1 in each
 * section still make distinct activities (一.1, 二.1); partners the item
 * names with no subject of its own (联合Y, 会同Y, ，Y配合…) cooperate. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年全民国家安全教育日宣传活动的通知\n一、活动时间\n2026年4月1日至4月30日。\n" \
	     "二、宣传重点\n（一）国家安全法律法规。\n（二）反间谍防范常识。\n三、活动安排\n"

START_TEST(the_heading_unit_leads_and_numbers_restart)
{
	json_t *plan = plan_from_text(HEAD "（一）县司法局\n"
					   "1.法律咨询进广场。4月15日（星期三）上午9:00，在县文化广场设置咨询台。\n"
					   "2.普法讲座。4月20日，在县党校礼堂举办专题讲座。\n"
					   "（二）各乡镇\n"
					   "1.入户宣传。4月16日至4月25日，组织网格员入户发放宣传资料。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一.1");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "二.1");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县司法局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "各乡镇");
	json_decref(plan);
}
END_TEST

START_TEST(partners_without_a_subject_cooperate)
{
	json_t *plan = plan_from_text(HEAD "（一）市图书馆\n"
					   "1.主题书展。4月12日（星期日）上午10:00，联合市档案馆在市图书馆一楼展厅举办主题书展。\n"
					   "2.读书分享会。4月18日，会同市作家协会组织读者开展分享交流。\n"
					   "（二）市科技馆\n"
					   "1.科普开放日。4月19日，面向中小学生免费开放展厅，市教育局配合组织学生参观。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市图书馆");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "市档案馆");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "市作家协会");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "市科技馆");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "市教育局");
	json_decref(plan);
}
END_TEST

START_TEST(the_group_heading_leads_over_a_subject)
{
	/* the sentence's subject is who in the group does it, not its lead */
	json_t *plan = plan_from_text(HEAD "（一）其他成员单位\n"
					   "1.窗口宣传。活动期间，各街道办事处、社区服务中心要在服务窗口摆放宣传资料。\n"
					   "（二）县公安局\n"
					   "1.反诈宣讲。4月22日，由县公安局反诈中心牵头，在县职教中心开展反诈宣讲。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "其他成员单位");
	/* a lead the item names itself is its word */
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县公安局反诈中心");
	json_decref(plan);
}
END_TEST

START_TEST(a_list_of_what_is_due_under_its_sentence)
{
	/* the sentence above the list says who sends and to whom */
	json_t *plan = plan_from_text(HEAD "（一）县文化馆\n"
					   "1.文艺展演。4月15日，在县文化广场举办文艺展演。\n"
					   "四、材料报送\n"
					   "请各乡镇按下列时限将有关材料报送县安全办秘书科（邮箱：aqb@example.com）：\n"
					   "序号　报送材料　　　　　　报送时限\n"
					   "1　　活动方案　　　　　　4月8日（星期三）前\n"
					   "2　　活动总结　　　　　　4月30日前\n"
					   "五、联系方式\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 1),
			 "报送活动总结|4月30日前|2026-04-30|各乡镇|县安全办秘书科（邮箱：aqb@example.com）");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: activities grouped by unit");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, the_heading_unit_leads_and_numbers_restart);
	tcase_add_test(tc, partners_without_a_subject_cooperate);
	tcase_add_test(tc, the_group_heading_leads_over_a_subject);
	tcase_add_test(tc, a_list_of_what_is_due_under_its_sentence);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
