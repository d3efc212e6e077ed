/* check_reader_gantt.c - a school's plan whose schedule is a Gantt-like
 * chart (week columns of ▲/●/→ marks) followed by blocks keyed 01, 02 …
 * that explain its rows: the blocks are the activities, titled by their
 * first sentence, dated by their line (M/D without a year: 4/1（周三）
 * 7:40, 4/7—4/24); the chart's rows yield nothing; M/D is a day only
 * where a day is meant (before a weekday, 前, a range mark or a clock),
 * never a fraction. */
#include "config.h"

#include <jansson.h>

#include "notice-date.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "城南小学2026年读书月活动方案\n一、活动时间：2026年4月1日至4月30日\n"
#define CHART "二、活动进度安排\n周次　　第1周　第2周　第3周\n01 读书启动仪式　　▲\n02 班级读书会　　　　●　　●\n"
#define BLOCKS "三、活动说明\n01　4/1（周三）8:00　学校操场\n读书启动仪式。校长作动员讲话。教务处牵头，大队部配合。\n" \
	"02　4/7—4/24　各班教室\n班级读书会。各班每周开展一次读书交流。语文组牵头。\n"

START_TEST(keyed_blocks_are_the_activities)
{
	json_t *plan = plan_from_text(HEAD CHART BLOCKS);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "no"), "01");
	ck_assert_str_eq(field(a, "title"), "读书启动仪式");
	ck_assert_str_eq(field(a, "start"), "2026-04-01");
	ck_assert_str_eq(field(a, "time"), "08:00");
	ck_assert_str_eq(field(a, "location"), "学校操场");
	ck_assert_str_eq(names(a, "lead"), "教务处");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "title"), "班级读书会");
	ck_assert_str_eq(field(a, "start"), "2026-04-07");
	ck_assert_str_eq(field(a, "end"), "2026-04-24");
	ck_assert_str_eq(field(a, "location"), "各班教室");
	json_decref(plan);
}
END_TEST

START_TEST(a_bracketed_place_loses_its_brackets)
{
	json_t *plan = plan_from_text(HEAD "三、活动说明\n01　4/7—4/30　（全校）\n文明班级评比。政教处牵头。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "全校");
	json_decref(plan);
}
END_TEST

START_TEST(slashed_days_before_a_deadline)
{
	json_t *plan = plan_from_text(HEAD BLOCKS "四、材料报送\n1．各年级组于3/31（周二）前将责任区划分表报总务处。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "due"), "2026-03-31");
	ck_assert_str_eq(field(dl, "rule"), "3/31（周二）前");
	json_decref(plan);
}
END_TEST

START_TEST(a_fraction_is_no_day)
{
	wp_ndate d;
	ck_assert(!wp_nfind_date("全校3/4的学生参加，得分9/10。", 2026, &d));
	ck_assert(wp_nfind_date("于4/5前报送", 2026, &d));
	ck_assert(wp_nfind_date("4/15 14:30", 2026, &d));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a Gantt chart and its keyed blocks");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, keyed_blocks_are_the_activities);
	tcase_add_test(tc, a_bracketed_place_loses_its_brackets);
	tcase_add_test(tc, slashed_days_before_a_deadline);
	tcase_add_test(tc, a_fraction_is_no_day);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
