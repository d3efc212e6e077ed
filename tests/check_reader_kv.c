/* check_reader_kv.c - an activity table exported from a spreadsheet to
 * text, a row a line of key=value pairs split by ；(序号=1；活动名称=X；
 * 时间=Y；地点=；牵头单位=W): each line is a row of the table, its 序号
 * the row's number, an empty value an empty cell; the export's banner
 * (its own file name, sheet and time) and its record count are no
 * content, and a row a copy wrapped goes on over its lines. The same rows written 活动名称：X　活动时间：Y are read by the
 * same reader. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年全民健身月活动的通知\n一、活动时间\n2026年8月1日至8月31日。\n二、活动安排\n"

START_TEST(a_line_of_pairs_is_a_row)
{
	json_t *plan = plan_from_text(HEAD "【健身月活动表.xls｜表1｜导出于2026-07-20 16:05】\n"
					   "序号=1；名称=全民健身跑；时间=8月8日 7:30；地点=滨江绿道；牵头单位=县体育中心；"
					   "配合单位=县总工会、县团委；备注=\n"
					   "序号=2；名称=社区广场舞展演；时间=8月15日；地点=；牵头单位=各街道办事处；配合单位=\n"
					   "（共2条记录）\n"
					   "三、工作要求\n　　各单位要精心组织。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|全民健身跑|2026-08-08|2026-08-08|07:30|滨江绿道|县体育中心|县总工会、县团委");
	json_t *second = plan_activity(plan, 1);
	ck_assert_str_eq(field(second, "no"), "2");
	ck_assert_str_eq(field(second, "start"), "2026-08-15");
	ck_assert(json_is_null(json_object_get(second, "location")));
	ck_assert_str_eq(names(second, "lead"), "各街道办事处");
	ck_assert_uint_eq(json_array_size(json_object_get(second, "cooperate")), 0);
	/* the export's own date is not the plan's */
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-08-01");
	json_decref(plan);
}
END_TEST

START_TEST(half_width_separators_and_numbers)
{
	json_t *plan = plan_from_text(HEAD "编号=3;活动名称=机关趣味运动会;时间=8月20日;地点=县体育馆;责任单位=县直机关工委\n"
					   "编号=4;活动名称=健身知识讲座;时间=8月下旬;地点=县图书馆;责任单位=县卫健委\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "3|机关趣味运动会|2026-08-20|2026-08-20|-|县体育馆|县直机关工委|");
	/* 8月下旬 names no day */
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 1), "start")));
	json_decref(plan);
}
END_TEST

START_TEST(prose_with_an_equals_sign_is_no_row)
{
	json_t *plan = plan_from_text(HEAD "　　1.健步走。8月9日，在县城环湖步道开展健步走活动。由县体育中心牵头。\n"
					   "　　注：积分规则为参与1次=1分；名称=以报名表为准。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "健步走");
	json_decref(plan);
}
END_TEST

/* a copy wrapped a row before one of its pairs, or inside a value: the
 * rest goes on the row */
START_TEST(a_row_cut_by_a_wrap_goes_on)
{
	json_t *plan = plan_from_text(HEAD "序号=1；名称=亲子定向赛；时间=8月22日 15:\n"
					   "30；地点=湿地公园；牵头单位=县教体局；\n"
					   "配合单位=县妇联\n"
					   "序号=2；名称=健身气功展示；时间=8月29日；地点=县文化广场；牵头单位=县体育总会\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|亲子定向赛|2026-08-22|2026-08-22|15:30|湿地公园|县教体局|县妇联");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "健身气功展示");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a table exported as key=value lines");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_line_of_pairs_is_a_row);
	tcase_add_test(tc, half_width_separators_and_numbers);
	tcase_add_test(tc, prose_with_an_equals_sign_is_no_row);
	tcase_add_test(tc, a_row_cut_by_a_wrap_goes_on);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
