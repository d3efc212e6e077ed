/* check_reader_holdout44.c - habits of hold-out round 44 (g248-g252),
 * each on a small text of its own: two contacts on one line apart by ；,
 * the first with its office glued before the name (市城市管理局（市节约用水
 * 办公室）刘晓东); an enterprise's posts (分公司党委书记、总经理　郑宏远: one
 * person); one character left alone on a line by a wrap that cut a name
 * (石门桥镇人民政 / 府) goes back on the line before. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年节水宣传周活动的通知\n一、活动时间\n2026年5月10日至16日。\n"

START_TEST(contacts_on_one_line_the_first_after_its_office)
{
	json_t *plan = plan_from_text(HEAD "二、联系方式\n　　联系人：市城市管理局（市节约用水办公室）刘晓东，联系电话："
					   "0536-8216530，13953687214；王　芳，联系电话：0536-8213077。\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "刘晓东|0536-8216530|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "刘晓东|13953687214|-");
	ck_assert_str_eq(contact_line_at(plan, 2), "王芳|0536-8213077|-");
	json_decref(plan);
}
END_TEST

START_TEST(a_name_after_its_bracketed_office_stays_a_name)
{
	json_t *plan = plan_from_text(HEAD "二、联系方式\n　　联系人：王芳（县科协），电话：0536-8213077；"
					   "黄振宇（县卫健局），电话：0536-8213078。\n");
	ck_assert_str_eq(contact_line_at(plan, 1), "黄振宇|0536-8213078|-");
	json_decref(plan);
}
END_TEST

START_TEST(an_enterprises_posts)
{
	json_t *plan = plan_from_text(HEAD "二、组织领导\n公司成立领导小组。\n　　组　长：分公司党委书记、总经理　郑宏远\n"
					   "　　副组长：分公司党委委员、副总经理　柳国栋\n　　成　员：综合管理部、党群工作部负责人\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "分公司党委书记、总经理郑宏远");
	ck_assert_str_eq(names(c, "vice_chair"), "分公司党委委员、副总经理柳国栋");
	json_decref(plan);
}
END_TEST

START_TEST(a_character_cut_off_a_name)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n（一）丰收节主场活动\n时间：5月12日\n牵头单位：县农业农村局\n"
					   "配合单位：县文化旅游广电体育局、县融媒体中心、石门桥镇人民政\n府\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县文化旅游广电体育局、县融媒体中心、石门桥镇人民政府");
	json_decref(plan);
}
END_TEST

/* 区残联宣文科工作邮箱x@y, 疾控科电子邮箱（x@y）: the kind of mailbox is
 * no part of the unit's name, and the mailbox is written as a labelled
 * one (g104, g99) */
START_TEST(a_units_mailbox_of_a_kind)
{
	json_t *plan = plan_from_text(HEAD "二、工作要求\n（一）各社区于5月18日前将活动总结发送至区残联宣文科工作邮箱"
					   "xwk@example.cn。\n（二）各单位于5月20日前将统计表发送至市疾控科电子邮箱"
					   "（jkk@example.cn）。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "submit_to"),
			 "区残联宣文科（邮箱：xwk@example.cn）");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 1), "submit_to"),
			 "市疾控科（邮箱：jkk@example.cn）");
	json_decref(plan);
}
END_TEST

/* 心理健康教育与咨询中心 黄晓琳 0791-…　学生工作处 丁浩 138…: one U+3000
 * after a number parts two persons as two spaces do */
START_TEST(two_contacts_apart_by_one_wide_space)
{
	json_t *plan = plan_from_text(HEAD "二、联系方式\n　　联系人：心理健康教育与咨询中心 黄晓琳 0791-86237415　学生工作处 "
					   "丁浩 13879126538\n");
	ck_assert_str_eq(contact_line_at(plan, 0), "黄晓琳|0791-86237415|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "丁浩|13879126538|-");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 44");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, contacts_on_one_line_the_first_after_its_office);
	tcase_add_test(tc, a_name_after_its_bracketed_office_stays_a_name);
	tcase_add_test(tc, an_enterprises_posts);
	tcase_add_test(tc, a_character_cut_off_a_name);
	tcase_add_test(tc, a_units_mailbox_of_a_kind);
	tcase_add_test(tc, two_contacts_apart_by_one_wide_space);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
