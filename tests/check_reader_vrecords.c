/* check_reader_vrecords.c - activities pasted from a spreadsheet as a
 * list, a record a block of lines: a header's word (序号, 活动名称,
 * 活动时间 ...) and on the next line its cell, the words repeated for
 * every record, an empty cell an empty line. The date cells as a
 * spreadsheet writes them: 2026/6/3 14:00, 2026/6/8-2026/6/12, or the
 * raw day serial the copy left (46183 = 2026-06-10), the hour then only
 * in the remark (备注). */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年安全生产月活动的通知\n一、活动时间\n2026年6月1日至30日。\n二、活动安排\n"
#define TAIL "\n三、工作要求\n各单位要认真组织。\n"

START_TEST(records_a_field_a_line)
{
	json_t *plan = plan_from_text(HEAD "序号\n1\n活动名称\n安全知识竞赛\n活动时间\n2026/6/3 14:00\n"
					   "活动地点\n县文化馆\n牵头单位\n县应急管理局\n配合单位\n县教育局、县总工会\n"
					   "备注\n\n\n序号\n2\n活动名称\n应急演练观摩\n活动时间\n2026/6/8-2026/6/12\n"
					   "活动地点\n县化工园区\n牵头单位\n县消防救援大队\n配合单位\n\n备注\n每日一场\n" TAIL);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|安全知识竞赛|2026-06-03|2026-06-03|14:00|县文化馆|县应急管理局|县教育局、县总工会");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|应急演练观摩|2026-06-08|2026-06-12|-|县化工园区|县消防救援大队|");
	json_decref(plan);
}
END_TEST

START_TEST(a_day_serial_in_a_date_cell)
{
	json_t *plan = plan_from_text(HEAD "序号\n1\n活动名称\n安全知识竞赛\n活动时间\n46183\n活动地点\n县文化馆\n"
					   "牵头单位\n县应急管理局\n配合单位\n县教育局\n备注\n上午9:30开始，报名截止6月5日\n" TAIL);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|安全知识竞赛|2026-06-10|2026-06-10|09:30|县文化馆|县应急管理局|县教育局");
	json_decref(plan);
}
END_TEST

START_TEST(a_number_far_from_the_year_is_no_day)
{
	json_t *plan = plan_from_text(HEAD "序号\n1\n活动名称\n安全知识竞赛\n活动时间\n12000\n活动地点\n县文化馆\n"
					   "牵头单位\n县应急管理局\n" TAIL);
	json_t *a = plan_activity(plan, 0);
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_null(field(a, "start"));
	json_decref(plan);
}
END_TEST

START_TEST(a_hour_after_a_slashed_day_stays_apart)
{
	json_t *plan = plan_from_text(HEAD "1.安全知识竞赛\n2026/6/16 9:30在县文化馆举行。由县应急管理局牵头。\n" TAIL);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "start"), "2026-06-16");
	ck_assert_str_eq(field(a, "time"), "09:30");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: records a field a line");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, records_a_field_a_line);
	tcase_add_test(tc, a_day_serial_in_a_date_cell);
	tcase_add_test(tc, a_number_far_from_the_year_is_no_day);
	tcase_add_test(tc, a_hour_after_a_slashed_day_stays_apart);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
