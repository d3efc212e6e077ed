/* check_reader_round76.c - habits taught in session 42: a table's content
 * cell that names its activity in its first clause and tells how in the
 * rest (开展X活动，依托…开设专栏), the place its rest gives (主会场设在X). */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char *title_of(json_t *a)
{
	return json_string_value(json_object_get(a, "title"));
}

/* 活动内容 | 开展X活动，各单位…: the first clause is the name, the whole
 * cell its description; a comma inside quotes does not end it, and a
 * clause of where (各乡镇同步在集镇设立分会场，开展…) is no name. */
START_TEST(a_content_cells_first_clause_names_the_activity)
{
	json_t *plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至30日。\n"
		"二、活动安排\n"
		"序号\t时间\t活动内容\t责任单位\n"
		"1\t6月3日\t开展“主要负责人讲安全”活动，各乡镇主要负责人带头讲一堂安全课\t各乡镇\n"
		"2\t6月16日\t全县“安全宣传咨询日”集中宣传活动，主会场设在县人民广场，设置展台\t县应急管理局\n"
		"3\t6月16日\t各乡镇同步在集镇设立分会场，开展安全宣传咨询\t各乡镇\n"
		"4\t6月20日\t“睡个好觉，心里更亮”睡眠健康讲座\t县卫健局\n"
		"5\t6月25日\t全国低碳日体验活动：统一停开公共区域照明1小时\t县机关事务中心\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(title_of(a), "开展“主要负责人讲安全”活动");
	ck_assert_str_eq(json_string_value(json_object_get(a, "description")),
			 "开展“主要负责人讲安全”活动，各乡镇主要负责人带头讲一堂安全课");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(title_of(a), "全县“安全宣传咨询日”集中宣传活动");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县人民广场");
	ck_assert_str_eq(title_of(plan_activity(plan, 2)), "各乡镇同步在集镇设立分会场，开展安全宣传咨询");
	ck_assert_str_eq(title_of(plan_activity(plan, 3)), "“睡个好觉，心里更亮”睡眠健康讲座");
	ck_assert_str_eq(title_of(plan_activity(plan, 4)), "全国低碳日体验活动");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round76");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, a_content_cells_first_clause_names_the_activity);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
