/* check_reader_ledger.c - a work ledger (工作台账) in an annex, its rows
 * flattened to a line each, the cells apart by ，, the column order given
 * once in a bracketed legend above them (（台账各栏依次为：序号，工作内容，
 * 完成时限，地点，责任单位，进展情况。…） or a bare （序号，工作内容，…）):
 * each row is an activity read through the table's row reader; 、 parts the
 * units of a cell yet stays inside a title; the unit marked （牵头） leads;
 * the 进展情况 column's dates are no activity's; a cell written —— is
 * empty; a row with only a limit (12月7日前) is undated. The cover's
 * numbered prose paragraphs (三、各责任单位于…前…) run their sentence on
 * after the number, which names no one. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                                 \
	"关于印发《2026年全民国家安全教育日宣传活动工作台账》的通知\n"                                     \
	"各街道办事处：\n　　现将台账印发给你们，请对照台账逐项抓好落实。活动时间为2026年4月13日至4月19日。\n" \
	"附件\n\n2026年全民国家安全教育日宣传活动工作台账\n\n"
#define LEGEND                                                                                               \
	"（台账各栏依次为：序号，工作内容，完成时限，地点，责任单位，进展情况。标注“（牵头）”的为牵头单位，" \
	"无内容的栏目以“——”表示。）\n\n"
#define ROW1                                                                                                 \
	"1，举办国家安全知识讲座暨宣誓仪式，4月15日（星期三）下午3点，区文化中心报告厅，区委政法委（牵头）、" \
	"区教育局、区司法局，已于4月8日确定主讲人\n\n"
#define ROW2                                                                                                 \
	"2，组织社区网格员、志愿者入户宣传，4月13日至4月19日，各社区，各街道办事处（牵头）、区司法局，"      \
	"宣传资料已印制，4月10日前分发到社区\n\n"
#define ROW3                                                                                                 \
	"3，开展国家安全网络知识竞答，4月19日前，区融媒体中心公众号，区融媒体中心（牵头）、区委政法委，"    \
	"题库编制中，拟于4月13日上线\n\n"
#define ROW4 "4，编发国家安全教育日工作简报，——，——，区委政法委（牵头），每日一期，由综治科负责编发\n\n"

START_TEST(ledger_rows_are_activities)
{
	json_t *plan = plan_from_text(HEAD LEGEND ROW1 ROW2 ROW3 ROW4);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "举办国家安全知识讲座暨宣誓仪式");
	ck_assert_str_eq(field(a, "start"), "2026-04-15");
	ck_assert_str_eq(field(a, "end"), "2026-04-15");
	ck_assert_str_eq(field(a, "time"), "15:00");
	ck_assert_str_eq(field(a, "location"), "区文化中心报告厅");
	ck_assert_str_eq(names(a, "lead"), "区委政法委");
	ck_assert_str_eq(names(a, "cooperate"), "区教育局、区司法局");
	json_decref(plan);
}
END_TEST

START_TEST(a_title_keeps_its_own_enumeration_comma)
{
	json_t *plan = plan_from_text(HEAD LEGEND ROW1 ROW2);
	json_t *a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "title"), "组织社区网格员、志愿者入户宣传");
	ck_assert_str_eq(field(a, "start"), "2026-04-13");
	ck_assert_str_eq(field(a, "end"), "2026-04-19");
	ck_assert_str_eq(field(a, "location"), "各社区");
	ck_assert_str_eq(names(a, "lead"), "各街道办事处");
	ck_assert_str_eq(names(a, "cooperate"), "区司法局");
	json_decref(plan);
}
END_TEST

START_TEST(a_progress_cells_dates_are_no_activitys)
{
	json_t *plan = plan_from_text(HEAD LEGEND ROW1 ROW2 ROW3);
	json_t *a = plan_activity(plan, 2);
	ck_assert_str_eq(field(a, "title"), "开展国家安全网络知识竞答");
	/* only a limit: undated, not 拟于4月13日上线 either */
	ck_assert_ptr_null(field(a, "start"));
	ck_assert_ptr_null(field(a, "end"));
	ck_assert_str_eq(field(a, "location"), "区融媒体中心公众号");
	ck_assert_str_eq(names(a, "cooperate"), "区委政法委");
	json_decref(plan);
}
END_TEST

START_TEST(empty_cells_written_as_dashes)
{
	json_t *plan = plan_from_text(HEAD LEGEND ROW1 ROW2 ROW3 ROW4);
	json_t *a = plan_activity(plan, 3);
	ck_assert_str_eq(field(a, "title"), "编发国家安全教育日工作简报");
	ck_assert_ptr_null(field(a, "start"));
	ck_assert_ptr_null(field(a, "location"));
	ck_assert_str_eq(names(a, "lead"), "区委政法委");
	ck_assert_str_eq(names(a, "cooperate"), "");
	json_decref(plan);
}
END_TEST

START_TEST(a_bare_legend_of_columns)
{
	json_t *plan = plan_from_text(HEAD "（序号，工作内容，完成时限，责任单位，进展情况）\n"
					   "1，举办国家安全知识讲座，4月15日（星期三）下午3点，区委政法委（牵头）、"
					   "区教育局，已确定主讲人\n"
					   "2，开展国家安全主题征文，4月17日，区教育局（牵头），已发通知\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "title"), "开展国家安全主题征文");
	ck_assert_str_eq(field(a, "start"), "2026-04-17");
	ck_assert_str_eq(names(a, "lead"), "区教育局");
	json_decref(plan);
}
END_TEST

START_TEST(a_legend_after_the_ledgers_title)
{
	json_t *plan = plan_from_text(HEAD "宣传活动工作台账（台账各栏依次为：序号，工作内容，完成时限，地点，"
					   "责任单位，进展情况。）\n" ROW1 ROW2);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "区文化中心报告厅");
	json_decref(plan);
}
END_TEST

START_TEST(a_numbered_cover_paragraphs_number_names_no_one)
{
	json_t *plan = plan_from_text("关于开展2026年全民国家安全教育日宣传活动的通知\n各街道办事处：\n"
				      "　　一、活动时间为2026年4月13日至4月19日。\n"
				      "　　二、各责任单位于4月10日（星期五）前确定1名联络员，并将联络员名单报送区委政法委。\n"
				      "　　三、活动结束后5个工作日内，各牵头单位报送活动总结至区委政法委。\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(names(d, "who"), "各责任单位");
	d = json_array_get(json_object_get(plan, "deadlines"), 1);
	ck_assert_str_eq(field(d, "rule"), "活动结束后5个工作日内");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a ledger's flattened rows");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, ledger_rows_are_activities);
	tcase_add_test(tc, a_title_keeps_its_own_enumeration_comma);
	tcase_add_test(tc, a_progress_cells_dates_are_no_activitys);
	tcase_add_test(tc, empty_cells_written_as_dashes);
	tcase_add_test(tc, a_bare_legend_of_columns);
	tcase_add_test(tc, a_legend_after_the_ledgers_title);
	tcase_add_test(tc, a_numbered_cover_paragraphs_number_names_no_one);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
