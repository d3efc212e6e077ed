/* check_reader_onespace.c - an activity table copied from a web page or
 * a PDF with the cells of each row apart by one space, under a header row
 * naming the columns: each row that fits the header is an activity; a
 * day then a time of day are one cell, a day may be written with spaces
 * (5 月 20 日), a place may hold a space; a row
 * whose pieces fit no reading of the columns is left as text with a note;
 * a line of prose with spaces between Chinese and digits, a numbered
 * item and a table's heading are not touched. */
#include "config.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                        \
	"关于举办2026年某某县科技活动周的通知\n各乡镇，县直有关单位：\n"          \
	"定于 2026 年 5 月 18 日至 24 日举办科技活动周，现将有关事项通知如下。\n" \
	"一、活动安排\n"
#define HEADER "序号 活动名称 时间 地点 责任单位\n"
#define ROW1 "1 科技活动周启动仪式 5月18日 县文化广场 县科协、县科技局\n"
#define ROW2 "2 科普大篷车进校园 5月19日 县实验小学 县教育局\n"
#define ROW3 "3 科普讲座 5月20日 县图书馆 县科协牵头，县图书馆配合\n"
#define ROW4 "4 专家义诊 5月21日 上午9:00 县人民医院 县卫生健康局\n"
#define ROW2_PLACE "2 专家义诊 5月21日 县人民医院 门诊楼 县卫生健康局\n"
/* the units with a space between: where the place ends is no one's to say */
#define ROW4_UNFIT "4 专家义诊 5月21日 县人民医院 县卫生健康局 县红十字会\n"
#define ROW5 "5 科普进社区 5月22日 城关社区 县科协\n"
#define TAIL "二、工作要求\n请各单位于5月28日前将活动总结报送县科协。\n"

/* The plan of text and whether its report holds a line containing note. */
static json_t *plan_noting(const char *text, const char *note, bool *noted)
{
	wp_notice_report report;
	wp_err err;
	char *plan = wp_notice_read(text, strlen(text), &report, &err);
	ck_assert_msg(plan != NULL, "refused: %s", err.msg);
	*noted = false;
	for (size_t i = 0; i < report.n; i++)
		*noted = *noted || strstr(report.lines[i], note) != NULL;
	json_t *root = json_loads(plan, 0, NULL);
	ck_assert_ptr_nonnull(root);
	free(plan);
	wp_notice_report_free(&report);
	return root;
}

START_TEST(each_row_is_an_activity_with_its_time_place_and_lead)
{
	json_t *plan = plan_from_text(HEAD HEADER ROW1 ROW2 ROW3 TAIL);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|科技活动周启动仪式|2026-05-18|2026-05-18|-|县文化广场|县科协、县科技局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|科普大篷车进校园|2026-05-19|2026-05-19|-|县实验小学|县教育局|");
	json_t *a = plan_activity(plan, 2);
	ck_assert_str_eq(field(a, "location"), "县图书馆");
	ck_assert_str_eq(names(a, "lead"), "县科协");
	ck_assert_str_eq(names(a, "cooperate"), "县图书馆");
	json_decref(plan);
}
END_TEST

START_TEST(a_day_and_a_time_as_two_pieces_are_one_cell)
{
	json_t *plan = plan_from_text(HEAD HEADER ROW1 ROW2 ROW3 ROW4 ROW5 TAIL);
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	json_t *a = plan_activity(plan, 3);
	ck_assert_str_eq(field(a, "title"), "专家义诊");
	ck_assert_str_eq(field(a, "start"), "2026-05-21");
	ck_assert_str_eq(field(a, "time"), "09:00");
	ck_assert_str_eq(field(a, "location"), "县人民医院");
	ck_assert_str_eq(names(a, "lead"), "县卫生健康局");
	ck_assert_str_eq(field(plan_activity(plan, 4), "location"), "城关社区");
	json_decref(plan);
}
END_TEST

START_TEST(a_line_may_end_in_spaces)
{
	/* a web page's copy leaves a space or two at the ends of lines */
	json_t *plan = plan_from_text(HEAD "序号 活动名称 时间 地点 责任单位 \n" ROW1
					   "2 专家义诊 5月21日 上午9:00 县人民医院 县卫生健康局  \n" TAIL);
	json_t *a = plan_activity(plan, 1);
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(field(a, "time"), "09:00");
	ck_assert_str_eq(names(a, "lead"), "县卫生健康局");
	json_decref(plan);
}
END_TEST

START_TEST(a_day_written_with_spaces_is_one_piece)
{
	/* 5 月 20 日: a web copy's spaces between digits and Chinese */
	json_t *plan = plan_from_text(HEAD HEADER ROW1 "2 科普讲座 5 月 20 日 下午3:00 县图书馆 县科协\n" TAIL);
	json_t *a = plan_activity(plan, 1);
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(activity_line(a), "2|科普讲座|2026-05-20|2026-05-20|15:00|县图书馆|县科协|");
	json_decref(plan);
}
END_TEST

START_TEST(a_place_may_hold_a_space)
{
	json_t *plan = plan_from_text(HEAD HEADER ROW1 ROW2_PLACE TAIL);
	json_t *a = plan_activity(plan, 1);
	ck_assert_ptr_nonnull(a);
	/* one cell, its parts joined as one place (a cell's lines) */
	ck_assert_str_eq(field(a, "location"), "县人民医院门诊楼");
	ck_assert_str_eq(names(a, "lead"), "县卫生健康局");
	json_decref(plan);
}
END_TEST

START_TEST(a_row_that_fits_no_reading_is_left_as_text_with_a_note)
{
	bool noted;
	json_t *plan = plan_noting(HEAD HEADER ROW1 ROW2 ROW3 ROW4_UNFIT ROW5 TAIL, "table row 4", &noted);
	ck_assert(noted);
	/* the rows after it are read still */
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(field(plan_activity(plan, 3), "no"), "5");
	ck_assert_str_eq(field(plan_activity(plan, 3), "title"), "科普进社区");
	json_decref(plan);
}
END_TEST

START_TEST(rows_end_at_a_line_without_the_next_number)
{
	/* a line not opening with 2 after row 1 ends the rows: the row
	 * under it is not taken apart (its day and time stay two pieces) */
	json_t *plan = plan_from_text(HEAD HEADER ROW1 "其他 科普讲座 5月20日 县图书馆 县科协\n"
					   "2 专家义诊 5月21日 上午9:00 县人民医院 县卫生健康局\n" TAIL);
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_decref(plan);
}
END_TEST

START_TEST(prose_with_spaces_is_untouched)
{
	/* the same words with no header above them: prose, as it was */
	bool noted;
	json_t *plan = plan_noting(HEAD "1．启动仪式 由县科协牵头。\n" ROW1 ROW2 TAIL, "table row", &noted);
	ck_assert(!noted);
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2026-05-18");
	ck_assert_str_eq(field(period, "end"), "2026-05-24");
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert_str_ne(field(plan_activity(plan, i), "location") ? field(plan_activity(plan, i), "location") : "",
				 "县文化广场");
	json_decref(plan);
}
END_TEST

START_TEST(a_header_of_the_words_of_an_annex_as_the_brief_gives_it)
{
	/* 参加活动的主要单位: the table's one column of units */
	json_t *plan = plan_from_text(HEAD "附件2：\n某某县科技活动周主要活动一览表\n"
					   "序号 主要内容 时间 地点 参加活动的主要单位\n"
					   "1 科普图片展 5月21日至23日 县人民公园 县科协、县科技局\n"
					   "2 专家义诊 5月22日 上午9:00 县中心医院门诊楼 县卫生局牵头，县科协配合\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|科普图片展|2026-05-21|2026-05-23|-|县人民公园|县科协、县科技局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|专家义诊|2026-05-22|2026-05-22|09:00|县中心医院门诊楼|县卫生局|县科协");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_onespace");
	TCase *tc = tcase_create("onespace");
	tcase_add_test(tc, each_row_is_an_activity_with_its_time_place_and_lead);
	tcase_add_test(tc, a_day_and_a_time_as_two_pieces_are_one_cell);
	tcase_add_test(tc, a_line_may_end_in_spaces);
	tcase_add_test(tc, a_day_written_with_spaces_is_one_piece);
	tcase_add_test(tc, a_place_may_hold_a_space);
	tcase_add_test(tc, a_row_that_fits_no_reading_is_left_as_text_with_a_note);
	tcase_add_test(tc, rows_end_at_a_line_without_the_next_number);
	tcase_add_test(tc, prose_with_spaces_is_untouched);
	tcase_add_test(tc, a_header_of_the_words_of_an_annex_as_the_brief_gives_it);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
