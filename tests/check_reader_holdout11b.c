/* check_reader_holdout11b.c - habits of the genre that the hold-out
 * notices g86 and g87 showed, each on a small text of its own: a
 * schedule told day by day in lines of fields, activities told in
 * running prose, and the like. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static json_t *activity(json_t *plan, size_t i)
{
	return json_array_get(json_object_get(plan, "activities"), i);
}

static size_t count(json_t *plan, const char *key)
{
	return json_array_size(json_object_get(plan, key));
}

/* 4月18日（星期六） / 09:00—11:00　开幕式　地点：…　主办：…　承办：…　协办：… :
 * a schedule whose days are lines of their own (one a range), each over
 * unnumbered lines of fields set apart by wide spaces, one activity a
 * line; 主办 leads and 承办, 协办 cooperate, with no 主办 承办 leads; a
 * line of prose after the last is no activity. */
START_TEST(a_schedule_of_day_lines_over_lines_of_fields)
{
	json_t *plan = plan_from_text(
		"某区2027年科普周活动方案\n一、活动时间\n2027年4月18日至24日\n二、活动日程\n"
		"4月18日（星期日）\n"
		"09:00—11:00　开幕式　地点：区文化广场　主办：区政府　承办：区科技局　协办：区科协、区教育局\n"
		"全天　科技馆开放日　地点：区科技馆　承办：区科协\n"
		"4月20日（星期二）—4月23日（星期五）\n"
		"科普进社区　地点：各社区　承办：区科协　协办：各街道办事处\n"
		"以上活动如有调整，另行通知。\n"
		"三、工作要求\n（一）精心组织。\n");
	ck_assert_uint_eq(count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(activity(plan, 0)),
			 "1|开幕式|2027-04-18|2027-04-18|09:00|区文化广场|区政府|区科技局、区科协、区教育局");
	ck_assert_str_eq(activity_line(activity(plan, 1)), "2|科技馆开放日|2027-04-18|2027-04-18|-|区科技馆|区科协|");
	ck_assert_str_eq(activity_line(activity(plan, 2)),
			 "3|科普进社区|2027-04-20|2027-04-23|-|各社区|区科协|各街道办事处");
	json_decref(plan);
}
END_TEST

/* 镇政府决定9月1日至9月30日在全镇开展“质量月”活动: with no 活动时间
 * section, the days the issuer decides for the whole area's campaign are
 * the period, as 决定于…在全镇开展 gives them. */
START_TEST(the_days_decided_for_the_whole_area_are_the_period)
{
	json_t *plan = plan_from_text("某镇人民政府关于开展2027年“质量月”活动的通知\n各村（社区）：\n"
				 "镇政府决定9月1日至9月30日在全镇开展“质量月”活动。现将有关事项通知如下。\n"
				 "9月8日上午在镇文化广场举办集中宣传咨询活动，由镇经济发展办公室牵头。\n"
				 "某镇人民政府\n2027年8月28日\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2027-09-01");
	ck_assert_str_eq(field(period, "end"), "2027-09-30");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 11 (g86, g87)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_schedule_of_day_lines_over_lines_of_fields);
	tcase_add_test(tc, the_days_decided_for_the_whole_area_are_the_period);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
