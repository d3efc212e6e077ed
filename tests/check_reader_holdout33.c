/* check_reader_holdout33.c - habits of hold-out round 33 (g193-g197),
 * each on a small text of its own: a dated event told inside an item's
 * 内容 line (其中，6月10日下午2:30在X举办Y) is an activity of its own, done
 * by the item's units when it names none (上午在X is when and where, not
 * who), and its time is not the item's; 由X具体实施 names who leads; the
 * unit that 具体负责宣传周各项活动的组织实施 runs the campaign (the work
 * named some twenty characters on), and so does a 承办单位： line of an
 * 组织单位 section, not one inside an item (，由护理部具体负责…: without
 * its 由); a chair's list goes on over the lines under it (组　长：党委书记
 * 周建国 / 　　　　院长　钱立峰) as the other roles' do. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年海洋宣传日活动的通知\n一、活动时间\n2026年6月8日至6月12日。\n二、活动内容\n"

START_TEST(a_dated_event_inside_the_content_line)
{
	json_t *plan = plan_from_text(HEAD "（一）海洋知识进校园\n时间：6月8日至6月12日\n地点：全区各中小学校\n"
					   "牵头单位：区教育局\n配合单位：区自然资源局、区科协\n"
					   "内容：各中小学开展海洋知识主题教育。其中，6月10日（星期三）下午2:30在区实验小学"
					   "举办海洋科普专题讲座，邀请专家授课。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	/* the item keeps its own days and no time: 下午2:30 is the lecture's */
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|海洋知识进校园|2026-06-08|2026-06-12|-|全区各中小学校|区教育局|区自然资源局、区科协");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "一.1|海洋科普专题讲座|2026-06-10|2026-06-10|14:30|区实验小学|区教育局|区自然资源局、区科协");
	json_decref(plan);
}
END_TEST

/* 上午 with no clock: when, not who, and no time */
START_TEST(a_morning_and_a_place_are_not_who)
{
	json_t *plan = plan_from_text(HEAD "（一）服务企业行\n时间：6月8日至6月12日\n牵头单位：区市场监管局\n"
					   "内容：深入重点企业开展指导。其中，6月9日上午在区经济开发区开展集中服务。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *sub = plan_activity(plan, 1);
	ck_assert_str_eq(names(sub, "lead"), "区市场监管局");
	ck_assert_str_eq(field(sub, "location"), "区经济开发区");
	ck_assert(json_is_null(json_object_get(sub, "time")));
	json_decref(plan);
}
END_TEST

/* an event that names its own unit keeps it, and the item's are not added */
START_TEST(an_event_with_its_own_unit)
{
	json_t *plan = plan_from_text(HEAD "（一）绿色出行宣传\n时间：6月8日至6月12日\n牵头单位：区交通运输局\n"
					   "配合单位：区公安分局\n内容：开展绿色出行宣传。6月10日全天开展公交免费乘坐活动，"
					   "由区公共交通有限公司具体实施。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *sub = plan_activity(plan, 1);
	ck_assert_str_eq(names(sub, "lead"), "区公共交通有限公司");
	ck_assert_str_eq(names(sub, "cooperate"), "");
	json_decref(plan);
}
END_TEST

START_TEST(who_runs_the_campaign)
{
	json_t *plan = plan_from_text("关于开展2026年标准日活动的通知\n一、活动时间\n2026年10月12日至16日。\n"
				      "二、组织领导\n　　领导小组办公室设在市局标准化科，市局标准化科具体负责宣传周"
				      "各项活动的组织实施。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "市局标准化科");
	json_decref(plan);
	plan = plan_from_text("关于开展2026年慈善日活动的通知\n一、活动时间\n2026年9月1日至6日。\n"
			      "二、组织单位\n主办单位：县民政局\n承办单位：县慈善总会\n协办单位：县红十字会\n"
			      "三、活动内容\n（一）慈善募捐\n时间：9月5日\n承办单位：县红十字会\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "县慈善总会");
	json_decref(plan);
	/* an item's 承办单位 runs that item, not the campaign */
	plan = plan_from_text("关于开展2026年慈善日活动的通知\n一、活动时间\n2026年9月1日至6日。\n"
			      "二、活动内容\n（一）慈善募捐\n时间：9月5日\n承办单位：县红十字会\n");
	ck_assert(json_object_get(plan, "lead_unit") == NULL || json_is_null(json_object_get(plan, "lead_unit")));
	json_decref(plan);
}
END_TEST

START_TEST(who_runs_it_without_you)
{
	json_t *plan = plan_from_text("关于开展2026年护士节活动的通知\n一、活动时间\n2026年5月11日至15日。\n"
				      "二、组织领导\n　　领导小组办公室设在护理部，由护理部具体负责系列活动的组织实施。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "护理部");
	json_decref(plan);
}
END_TEST

START_TEST(two_chairs_a_line_each)
{
	json_t *plan = plan_from_text("关于开展2026年护士节活动的通知\n一、活动时间\n2026年5月11日至15日。\n"
				      "二、组织领导\n　　成立活动领导小组：\n　　组　长：党委书记　周建国\n"
				      "　　　　　　院长　钱立峰\n　　副组长：分管护理副院长　孙慧敏\n"
				      "　　成　员：护理部、宣传科、工会\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "党委书记周建国、院长钱立峰");
	ck_assert_str_eq(names(c, "vice_chair"), "分管护理副院长孙慧敏");
	ck_assert_str_eq(names(c, "members"), "护理部、宣传科、工会");
	json_decref(plan);
}
END_TEST

/* 各护理单元, 各病区: a hospital's wards owe what they are asked */
START_TEST(a_hospitals_wards_are_units)
{
	json_t *plan = plan_from_text("关于开展2026年护士节活动的通知\n一、活动时间\n2026年5月11日至15日。\n"
				      "二、工作要求\n　　（一）高度重视。各科室要高度重视。请各护理单元于5月8日（星期五）前"
				      "将参赛人员名单报护理部。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 0), "who"), "各护理单元");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 33");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_dated_event_inside_the_content_line);
	tcase_add_test(tc, a_morning_and_a_place_are_not_who);
	tcase_add_test(tc, an_event_with_its_own_unit);
	tcase_add_test(tc, who_runs_the_campaign);
	tcase_add_test(tc, who_runs_it_without_you);
	tcase_add_test(tc, two_chairs_a_line_each);
	tcase_add_test(tc, a_hospitals_wards_are_units);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
