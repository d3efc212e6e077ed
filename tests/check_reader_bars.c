/* check_reader_bars.c - an item's line that is a headerless row of fields
 * apart by bars (1. 12月1日｜宪法知识进校园｜县第一中学｜县教育局牵头): each
 * field told by what it looks like, in whatever order the bureau wrote
 * them; a | that is no field's end (an English name, A|B) stays text. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年全民国家安全教育日宣传活动的通知\n一、活动时间\n2026年4月13日至19日。\n"

START_TEST(a_row_with_its_date_first)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n"
					   "　　1. 4月13日｜国家安全知识讲座｜市图书馆报告厅｜市国家安全局牵头\n"
					   "　　2. 4月15日下午3:00｜“国安小卫士”答题赛｜线上｜市教育局牵头，团市委配合\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "国家安全知识讲座");
	ck_assert_str_eq(field(a, "start"), "2026-04-13");
	ck_assert_str_eq(field(a, "location"), "市图书馆报告厅");
	ck_assert_str_eq(names(a, "lead"), "市国家安全局");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "title"), "“国安小卫士”答题赛");
	ck_assert_str_eq(field(a, "time"), "15:00");
	ck_assert_str_eq(field(a, "location"), "线上");
	ck_assert_str_eq(names(a, "lead"), "市教育局");
	ck_assert_str_eq(names(a, "cooperate"), "团市委");
	json_decref(plan);
}
END_TEST

START_TEST(a_row_in_another_order_and_bar)
{
	/* title first, the units before the place, a box-drawing bar */
	json_t *plan = plan_from_text(HEAD "二、活动安排\n"
					   "　　1.国家安全主题展览│4月14日│市文化馆│市委宣传部牵头\n");
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "国家安全主题展览");
	ck_assert_str_eq(field(a, "start"), "2026-04-14");
	ck_assert_str_eq(field(a, "location"), "市文化馆");
	ck_assert_str_eq(names(a, "lead"), "市委宣传部");
	json_decref(plan);
}
END_TEST

START_TEST(a_half_width_bar_between_cjk)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n"
					   "　　1. 4月16日 | 国家安全进社区 | 各街道社区 | 市司法局\n");
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "国家安全进社区");
	ck_assert_str_eq(field(a, "location"), "各街道社区");
	ck_assert_str_eq(names(a, "lead"), "市司法局");
	json_decref(plan);
}
END_TEST

START_TEST(no_row_without_a_when)
{
	/* two fields, or none a when: the line is a title as written */
	json_t *plan = plan_from_text(HEAD "二、活动安排\n"
					   "　　1.国家安全｜你我同行。4月17日，在市体育馆开展宣传。由市体育局牵头。\n");
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "国家安全｜你我同行");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: rows of fields apart by bars");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_row_with_its_date_first);
	tcase_add_test(tc, a_row_in_another_order_and_bar);
	tcase_add_test(tc, a_half_width_bar_between_cjk);
	tcase_add_test(tc, no_row_without_a_when);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
