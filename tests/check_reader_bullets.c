/* check_reader_bullets.c - one-line bullets whose title closes with one
 * unlabelled bracket of fields （时间，地点，责任单位） (g220): the parts,
 * apart by ， or ；, are told by what they look like (a when, units, else
 * a place), in any order, nested brackets kept whole (各镇（街道）); a
 * bracket that is a remark or a unit list alone is no such triple. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年安全生产月活动的通知\n一、活动时间\n2026年6月1日至6月30日。\n二、重点活动\n"

START_TEST(a_day_a_place_and_units)
{
	json_t *plan = plan_from_text(HEAD "　　（1）安全生产月启动仪式（6月3日上午9:00，青川市体育中心，市应急管理局、市总工会）\n"
					   "　　（2）企业开放日（全月，各乡镇（街道）工业园区，各县（区）应急管理局）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "安全生产月启动仪式");
	ck_assert_str_eq(field(a, "start"), "2026-06-03");
	ck_assert_str_eq(field(a, "time"), "09:00");
	ck_assert_str_eq(field(a, "location"), "青川市体育中心");
	ck_assert_str_eq(names(a, "lead"), "市应急管理局、市总工会");
	ck_assert_str_eq(names(a, "cooperate"), "");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "title"), "企业开放日");
	ck_assert_str_eq(field(a, "start"), "2026-06-01");
	ck_assert_str_eq(field(a, "end"), "2026-06-30");
	ck_assert_str_eq(field(a, "location"), "各乡镇（街道）工业园区");
	ck_assert_str_eq(names(a, "lead"), "各县（区）应急管理局");
	json_decref(plan);
}
END_TEST

START_TEST(another_order_and_semicolons)
{
	json_t *plan = plan_from_text(HEAD "　　1.危化品企业应急演练（市消防救援支队；6月10日至6月12日；滨江化工园区）\n"
					   "　　2.安全知识竞赛（6月下旬，市图书馆报告厅、多功能厅，市教育局）\n"
					   "　　3.隐患整改回头看（6月25日前，全市规上企业，市应急管理局）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "危化品企业应急演练");
	ck_assert_str_eq(field(a, "start"), "2026-06-10");
	ck_assert_str_eq(field(a, "end"), "2026-06-12");
	ck_assert_str_eq(field(a, "location"), "滨江化工园区");
	ck_assert_str_eq(names(a, "lead"), "市消防救援支队");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "title"), "安全知识竞赛");
	ck_assert(json_is_null(json_object_get(a, "start")));
	ck_assert_str_eq(field(a, "location"), "市图书馆报告厅、多功能厅");
	ck_assert_str_eq(names(a, "lead"), "市教育局");
	a = plan_activity(plan, 2);
	ck_assert_str_eq(field(a, "title"), "隐患整改回头看");
	ck_assert(json_is_null(json_object_get(a, "start")));
	ck_assert_str_eq(field(a, "location"), "全市规上企业");
	ck_assert_str_eq(names(a, "lead"), "市应急管理局");
	json_decref(plan);
}
END_TEST

START_TEST(a_remark_or_units_alone_are_no_triple)
{
	json_t *plan = plan_from_text(HEAD "　　1.安全宣讲进企业（含线上直播，每场不少于100人）\n"
					   "　　2.安全生产知识培训（市应急管理局、市总工会）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert(json_is_null(json_object_get(a, "location")));
	ck_assert(json_is_null(json_object_get(a, "start")));
	a = plan_activity(plan, 1);
	ck_assert(json_is_null(json_object_get(a, "location")));
	ck_assert(json_is_null(json_object_get(a, "start")));
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: bullets with a bracket of when, where, who");
	TCase *tc = tcase_create("bullets");
	tcase_add_test(tc, a_day_a_place_and_units);
	tcase_add_test(tc, another_order_and_semicolons);
	tcase_add_test(tc, a_remark_or_units_alone_are_no_triple);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
