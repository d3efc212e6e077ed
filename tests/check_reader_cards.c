/* check_reader_cards.c - activities written as cards (g223): each a block
 * of lines whose labels are in brackets (【活动名称】X / 【活动时间】… /
 * 【牵头单位】…), with no number, the blocks parted by a rule (———, ----,
 * ====). A bracketed label is the field's label as X： is; a name label
 * opens an activity; a rule is no text; 无 / 暂无 / — names no unit. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年卫生健康宣传周活动的通知\n一、活动时间\n2026年5月11日至5月17日。\n二、活动安排\n"
#define TAIL "三、工作要求\n　　各单位要高度重视，认真组织。\n"

START_TEST(cards_in_brackets_apart_by_rules)
{
	json_t *plan = plan_from_text(HEAD "————————\n"
					   "【名称】健康义诊进社区\n"
					   "【时间】5月12日（星期二）上午8:30\n"
					   "【地点】青石社区服务中心\n"
					   "【牵头单位】区人民医院\n"
					   "【协办单位】青石街道办事处\n"
					   "————————\n"
					   "【名称】合理膳食讲座\n"
					   "【时间】5月14日下午3点\n"
					   "【地点】区图书馆报告厅\n"
					   "【牵头单位】区疾控中心\n"
					   "【协办单位】暂无\n"
					   "————————\n" TAIL);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "健康义诊进社区");
	ck_assert_str_eq(field(a, "start"), "2026-05-12");
	ck_assert_str_eq(field(a, "time"), "08:30");
	ck_assert_str_eq(field(a, "location"), "青石社区服务中心");
	ck_assert_str_eq(names(a, "lead"), "区人民医院");
	ck_assert_str_eq(names(a, "cooperate"), "青石街道办事处");
	ck_assert(json_is_null(json_object_get(a, "no")));
	a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "title"), "合理膳食讲座");
	ck_assert_str_eq(field(a, "time"), "15:00");
	ck_assert_str_eq(names(a, "lead"), "区疾控中心");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 0);
	json_decref(plan);
}
END_TEST

/* the same cards with ASCII rules and 活动名称 labels; 无 names no unit */
START_TEST(cards_with_ascii_rules)
{
	json_t *plan = plan_from_text(HEAD "【活动名称】急救技能培训\n"
					   "【活动时间】5月13日\n"
					   "【活动地点】区红十字会培训室\n"
					   "【责任部门】区红十字会\n"
					   "【配合部门】无\n"
					   "----------\n"
					   "【活动名称】无烟单位评选\n"
					   "【活动时间】5月11日至5月17日\n"
					   "【活动地点】各机关单位\n"
					   "【责任部门】区爱卫办\n"
					   "【配合部门】区直机关工委\n"
					   "==========\n" TAIL);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "急救技能培训");
	ck_assert_str_eq(field(a, "location"), "区红十字会培训室");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 0);
	a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "title"), "无烟单位评选");
	ck_assert_str_eq(field(a, "end"), "2026-05-17");
	ck_assert_str_eq(names(a, "cooperate"), "区直机关工委");
	json_decref(plan);
}
END_TEST

/* 【活动安排】 alone on its line still heads a section: a bracket with no
 * value after it is no field's line */
START_TEST(a_bracketed_heading_stays_a_heading)
{
	json_t *plan = plan_from_text("关于开展2026年卫生健康宣传周活动的通知\n【活动时间】\n2026年5月11日至5月17日。\n"
				      "【活动安排】\n"
				      "【活动名称】健康知识竞赛\n"
				      "【活动时间】5月15日\n"
				      "【活动地点】区文化馆\n"
				      "【责任部门】区卫健局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "健康知识竞赛");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-05-15");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: activities as cards of bracketed labels");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, cards_in_brackets_apart_by_rules);
	tcase_add_test(tc, cards_with_ascii_rules);
	tcase_add_test(tc, a_bracketed_heading_stays_a_heading);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
