/* check_reader_bullets2.c - the layout of a plan posted on WeChat (g225),
 * each habit on a small text of its own: items numbered with dingbat
 * circled numbers (❶ ➊ ⓵, read 1, 2, 3 as ①②③ are), under them fields
 * opened by a bullet mark (· • ▪) that is no part of the label. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "🎈 青禾区2026年全民阅读月活动方案\n\n📌 活动时间\n\n2026年4月20日至4月30日\n\n"

START_TEST(dingbat_circled_numbers_number_items)
{
	json_t *plan = plan_from_text(HEAD "📌 活动安排\n\n"
					   "❶ 书香校园朗读会\n• 时间：4月21日上午9点\n• 地点：青禾区实验小学礼堂\n"
					   "• 负责：区教育局\n\n"
					   "❷ 图书漂流进社区\n• 时间：4月25日\n• 地点：青禾区文化馆\n• 负责：区文化馆\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|书香校园朗读会|2026-04-21|2026-04-21|09:00|青禾区实验小学礼堂|区教育局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|图书漂流进社区|2026-04-25|2026-04-25|-|青禾区文化馆|区文化馆|");
	json_decref(plan);
}
END_TEST

START_TEST(other_circled_forms_number_items_too)
{
	json_t *plan = plan_from_text(HEAD "📌 活动安排\n\n"
					   "➊ 亲子共读\n▪ 时间：4月22日\n▪ 负责：区妇联\n\n"
					   "➋ 读书征文\n▪ 时间：4月23日\n▪ 负责：区文联\n\n"
					   "⓷ 好书推荐\n▪ 时间：4月24日\n▪ 负责：区图书馆\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "1");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "3");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "好书推荐");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "区文联");
	json_decref(plan);
}
END_TEST

START_TEST(a_bullet_is_no_part_of_the_label)
{
	json_t *plan = plan_from_text(HEAD "📌 活动安排\n\n"
					   "❶ 诗词大会\n· 时间：4月26日下午2点\n· 地点：青禾区图书馆报告厅\n"
					   "· 负责：区图书馆\n· 内容：分小学组、中学组进行比赛。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|诗词大会|2026-04-26|2026-04-26|14:00|青禾区图书馆报告厅|区图书馆|");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a plan posted on WeChat");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, dingbat_circled_numbers_number_items);
	tcase_add_test(tc, other_circled_forms_number_items_too);
	tcase_add_test(tc, a_bullet_is_no_part_of_the_label);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
