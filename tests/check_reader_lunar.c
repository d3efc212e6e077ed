/* check_reader_lunar.c - dates written in the lunar calendar (the habit of
 * the hold-out notice g180): 正月十五（元宵节）, 农历正月十八至二月初一,
 * 农历二月初一前, read as Gregorian dates through data/lunar-months-cn.tsv;
 * 二月二十日 stays a Gregorian date and 初三 alone is no date. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* A notice of March 2026 whose items are dated as the text says: lunar
 * 2026 starts 2026-02-17, so 正月十五 is 2026-03-03. */
static json_t *march_plan(const char *items)
{
	char text[2048];
	snprintf(text, sizeof text,
		 "关于开展2026年春季森林防火宣传月活动的通知\n一、活动时间\n2026年3月1日至3月31日\n"
		 "二、活动内容\n%s三、工作要求\n（一）加强领导。\n",
		 items);
	return plan_from_text(text);
}

/* 正月十五（元宵节）晚上7:00: a lunar day without 农历 (its month 正 says
 * so), its bracket a festival's name; the words reach the notes. */
START_TEST(lantern_festival_without_nongli)
{
	json_t *plan = march_plan("（一）元宵节文艺宣传\n时间：正月十五（元宵节）晚上7:00\n地点：镇文化广场\n"
				  "牵头单位：镇文化站\n");
	json_t *a = plan_activity(plan, 0);
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(field(a, "start"), "2026-03-03");
	ck_assert_str_eq(field(a, "end"), "2026-03-03");
	ck_assert_str_eq(field(a, "time"), "19:00");
	ck_assert_ptr_nonnull(strstr(field(a, "notes"), "正月十五"));
	json_decref(plan);
}
END_TEST

/* 农历正月十八（星期五）至二月初一: a range across two lunar months (正月
 * of 2026 has 30 days: 二月初一 is 2026-03-19). */
START_TEST(lunar_range_across_months)
{
	json_t *plan = march_plan("（一）入户宣传\n时间：农历正月十八（星期五）至二月初一\n地点：各村（社区）\n"
				  "牵头单位：镇林业站\n（二）庙会宣传\n时间：农历二月初二（龙抬头）上午8:30\n"
				  "地点：龙王庙\n牵头单位：镇派出所\n（三）集中宣传\n时间：正月十五至十八\n"
				  "地点：镇文化广场\n牵头单位：镇文化站\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "一|入户宣传|2026-03-06|2026-03-19|-|各村（社区）|镇林业站|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "二|庙会宣传|2026-03-20|2026-03-20|08:30|龙王庙|镇派出所|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)), "三|集中宣传|2026-03-03|2026-03-06|-|镇文化广场|镇文化站|");
	json_decref(plan);
}
END_TEST

/* 二月二十日 has 日 and no lunar mark: a Gregorian date, beside a lunar
 * one (二月初二) of the same month's name. 初三 alone names no month: no
 * date at all. */
START_TEST(solar_dates_and_bare_days_stay_as_they_were)
{
	json_t *plan = march_plan("（一）集中宣传\n时间：三月二十日上午9:00\n地点：镇文化广场\n牵头单位：镇文化站\n"
				  "（二）入户宣传\n时间：初三上午\n地点：各村（社区）\n牵头单位：镇林业站\n"
				  "（三）庙会宣传\n时间：二月初二上午\n地点：龙王庙\n牵头单位：镇派出所\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-03-20");
	ck_assert_ptr_null(field(plan_activity(plan, 1), "start"));
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2026-03-20");
	json_decref(plan);
}
END_TEST

/* 腊月二十三 in a campaign of January 2027 is lunar 2026's: 2027-01-30. */
START_TEST(twelfth_month_in_the_next_solar_year)
{
	json_t *plan = plan_from_text("关于开展2027年冬季防火宣传活动的通知\n一、活动时间\n2027年1月10日至2月10日\n"
				      "二、活动内容\n（一）小年宣传\n时间：腊月二十三上午9:00\n地点：镇文化广场\n"
				      "牵头单位：镇文化站\n三、工作要求\n（一）加强领导。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2027-01-30");
	json_decref(plan);
}
END_TEST

/* 各村（社区）于农历二月初一前将…台账报镇林业站: a lunar due date; the rule
 * kept as written, 农历 and all. */
START_TEST(lunar_deadline)
{
	json_t *plan = plan_from_text("关于开展2026年春季森林防火宣传月活动的通知\n一、活动时间\n2026年3月1日至3月31日\n"
				      "二、活动内容\n（一）入户宣传\n时间：3月9日上午\n地点：各村（社区）\n牵头单位：镇林业站\n"
				      "三、工作要求\n（一）压实责任。各村（社区）于农历二月初一前将防火责任书签订台账报镇林业站。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "due"), "2026-03-19");
	ck_assert_str_eq(field(dl, "rule"), "农历二月初一前");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader_lunar");
	TCase *tc = tcase_create("lunar");
	tcase_add_test(tc, lantern_festival_without_nongli);
	tcase_add_test(tc, lunar_range_across_months);
	tcase_add_test(tc, solar_dates_and_bare_days_stay_as_they_were);
	tcase_add_test(tc, twelfth_month_in_the_next_solar_year);
	tcase_add_test(tc, lunar_deadline);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
