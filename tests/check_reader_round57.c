/* check_reader_round57.c - habits of the notices of round r57 (g313-g317),
 * the hold-out written after session 29's teaching: a province's notice
 * as pdftotext -layout gives it, a deployment meeting's slides. */
#include "config.h"

#include <string.h>

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* A table as a PDF's text layer prints it with its layout kept: the
 * columns known only by where their text starts, each cell wrapped
 * inside its column and centred in its row (the number on the middle
 * line), a blank line between rows, the header's 序号 wrapped to 序 / 号
 * and printed again atop the next page under its number; an empty cell
 * (row 2's 承办单位) is empty, no neighbour's. Under a 主办单位 column, the
 * 承办单位 works with the host: cooperate, not a second lead. */
START_TEST(a_table_printed_with_its_layout)
{
	json_t *plan = plan_from_text(
		"某某县知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
		"二、活动安排\n具体安排如下表。\n\n"
		" 序     活动名称          时间            地点            主办单位        承办单位          备注\n"
		" 号\n"
		"\n"
		"\n"
		"        县知识产权宣传    4月20日（星     县人民广场      县市场监督管    县融媒体中心、    雨天改|室内\n"
		" 1      周启动仪式        期一）上午                      理局            城关镇人民政府\n"
		"                          9:30\n"
		"\n"
		" 2      专利导航培训      4月22日下午     县行政服务中    县科技局                          限100人\n"
		"        会                2:30            心三楼\n"
		"\n"
		"                                                                                                    — 3 —\n"
		" 序     活动名称          时间            地点            主办单位        承办单位          备注\n"
		" 号\n"
		"\n"
		" 3      知识产权进企      宣传周期间      各乡镇工业园    县市场监督管    各乡镇人民政\n"
		"        业巡回服务                        区              理局            府\n"
		"\n三、工作要求\n（一）加强领导。各乡镇要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|县知识产权宣传周启动仪式|2026-04-20|2026-04-20|09:30|县人民广场|县市场监督管理局|"
			 "县融媒体中心、城关镇人民政府");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|专利导航培训会|2026-04-22|2026-04-22|14:30|县行政服务中心三楼|县科技局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|知识产权进企业巡回服务|2026-04-20|2026-04-26|-|各乡镇工业园区|县市场监督管理局|各乡镇人民政府");
	json_decref(plan);
}
END_TEST

/* The same table with its rows a line each is read as it always was
 * (the layout pass takes only tables whose rows wrap), and a 备注 cell
 * holding a bar gives it as a full-width one, the cells intact. */
START_TEST(a_bar_inside_a_layout_cell_parts_no_cells)
{
	json_t *plan = plan_from_text(
		"某某县知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n\n"
		" 序号   活动名称          时间            地点            牵头单位        配合单位          备注\n\n"
		"        启动仪式          4月20日上午     县人民广场      县市场监督管    县融媒体中心      雨天|改室内\n"
		" 1                        9:30                            理局\n\n"
		" 2      专利培训会        4月22日         县行政服务中心  县科技局        县市场监督管理局\n\n"
		"三、工作要求\n（一）加强领导。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|启动仪式|2026-04-20|2026-04-20|09:30|县人民广场|县市场监督管理局|县融媒体中心");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|专利培训会|2026-04-22|2026-04-22|-|县行政服务中心|县科技局|县市场监督管理局");
	json_decref(plan);
}
END_TEST

/* 今年…的主题确定为“X”: the quotation is the theme, not the paragraph. */
START_TEST(a_theme_the_sentence_settles)
{
	json_t *plan = plan_from_text(
		"某某县知识产权宣传周活动方案\n一、活动主题\n"
		"今年全国知识产权宣传周活动的主题确定为“严格保护知识产权　赋能新质生产力发展”。各地要紧扣主题，讲好故事。\n"
		"二、活动时间\n2026年4月20日至26日。\n三、活动安排\n（一）启动仪式。4月20日上午，由县市场监管局负责。\n");
	ck_assert_str_eq(field(plan, "theme"), "严格保护知识产权　赋能新质生产力发展");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round57");
	TCase *tc = tcase_create("round57");
	tcase_add_test(tc, a_table_printed_with_its_layout);
	tcase_add_test(tc, a_bar_inside_a_layout_cell_parts_no_cells);
	tcase_add_test(tc, a_theme_the_sentence_settles);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
