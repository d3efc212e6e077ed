/* check_reader_md.c - a notice a web editor saved as Markdown (hold-out
 * g208), each habit on a small text of its own: the header separator row
 * under a bar table (|---|:---:|) is no row; <br> in a cell breaks a line
 * within the cell, a name then its labelled lines (地点：…); emphasis
 * (**X**, __X__) and heading marks (# X) around text are no part of it;
 * a cell's X（牵头） marks the lead among several units. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年全市安全生产月活动的通知\n一、活动时间\n2026年6月1日至30日。\n"

START_TEST(a_separator_row_is_no_row)
{
	/* a table without 序号: each line under the header would be a row */
	json_t *plan = plan_from_text(HEAD "二、活动安排\n"
					   "| 活动名称 | 时间 | 地点 | 责任单位 |\n"
					   "|:---|:---:|---:|---|\n"
					   "| 安全宣传咨询日 | 6月16日上午9:00 | 市民广场 | 市应急管理局 |\n"
					   "| 应急疏散演练 | 6月18日 | 市第一中学 | 市教育局 |\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|安全宣传咨询日|2026-06-16|2026-06-16|09:00|市民广场|市应急管理局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|应急疏散演练|2026-06-18|2026-06-18|-|市第一中学|市教育局|");
	json_decref(plan);
}
END_TEST

START_TEST(a_break_in_a_cell_parts_its_lines)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n"
					   "| 序号 | 活动内容 | 时间 | 责任单位 |\n"
					   "|---|---|---|---|\n"
					   "| 1 | 安全生产图片展<br/>地点：市图书馆二楼展厅<br />内容：典型事故案例警示展示 | 6月8日—12日 | 市应急管理局 |\n"
					   "| 2 | 应急救援技能比武<br>地点：市消防救援支队训练场 | 6月20日 | 市消防救援支队 |\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|安全生产图片展|2026-06-08|2026-06-12|-|市图书馆二楼展厅|市应急管理局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|应急救援技能比武|2026-06-20|2026-06-20|-|市消防救援支队训练场|市消防救援支队|");
	json_decref(plan);
}
END_TEST

START_TEST(emphasis_and_heading_marks_are_no_text)
{
	json_t *plan = plan_from_text("# 关于开展2026年全县防灾减灾宣传周活动的通知\n"
				      "**一、活动主题**\n"
				      "　　__人人讲安全　个个会应急__\n"
				      "## 二、活动时间\n"
				      "　　2026年5月11日至17日。\n"
				      "**三、活动内容**\n"
				      "　　（一）**应急知识讲座**。5月12日上午，在县文化馆报告厅举办。由县应急管理局牵头。\n"
				      "　　（二）避险演练。5月14日，在县实验小学开展。由县教育局牵头。\n");
	ck_assert_str_eq(field(plan, "title"), "2026年全县防灾减灾宣传周活动");
	ck_assert_str_eq(field(plan, "theme"), "人人讲安全　个个会应急");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "应急知识讲座");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-05-12");
	json_decref(plan);
}
END_TEST

START_TEST(the_lead_marked_among_units)
{
	json_t *plan = plan_from_text(HEAD "二、工作安排\n"
					   "| 序号 | 工作内容 | 时间安排 | 责任科室 |\n"
					   "|---|---|---|---|\n"
					   "| 1 | 企业安全培训 | 6月10日 | 安全监管科、宣传科（牵头） |\n"
					   "| 2 | 隐患排查 | 6月下旬 | 执法大队 |\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|企业安全培训|2026-06-10|2026-06-10|-|-|宣传科|安全监管科");
	/* a part of a month is no date */
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "2|隐患排查|-|-|-|-|执法大队|");
	json_decref(plan);
}
END_TEST

START_TEST(a_blank_form_is_no_activity)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n"
					   "| 序号 | 活动名称 | 时间 | 责任单位 |\n"
					   "|---|---|---|---|\n"
					   "| 1 | 安全知识竞赛 | 6月12日 | 市总工会 |\n"
					   "三、工作要求\n　　请各单位认真组织。\n"
					   "附件1\n**报名表**\n"
					   "| 单位 | 姓名 | 职务 | 电话 |\n|---|---|---|---|\n|  |  |  |  |\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a notice saved as Markdown");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_separator_row_is_no_row);
	tcase_add_test(tc, a_break_in_a_cell_parts_its_lines);
	tcase_add_test(tc, emphasis_and_heading_marks_are_no_text);
	tcase_add_test(tc, the_lead_marked_among_units);
	tcase_add_test(tc, a_blank_form_is_no_activity);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
