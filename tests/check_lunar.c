#include "config.h"

#include "lunar.h"
#include "testutil.h"

/* The lunar date as an ISO string, or "fail" when it does not convert. */
static const char *solar(int year, int month, bool leap, int day)
{
	static char buf[WP_DATE_ISO_SIZE];
	wp_date d;
	if (wp_lunar_to_solar(year, month, leap, day, &d) != 0)
		return "fail";
	return wp_date_format(d, buf);
}

START_TEST(converts_festival_dates)
{
	ck_assert_str_eq(solar(2026, 1, false, 1), "2026-02-17");  /* 春节 */
	ck_assert_str_eq(solar(2026, 1, false, 15), "2026-03-03"); /* 元宵节 */
	ck_assert_str_eq(solar(2026, 1, false, 18), "2026-03-06");
	ck_assert_str_eq(solar(2026, 2, false, 1), "2026-03-19");
	ck_assert_str_eq(solar(2026, 2, false, 2), "2026-03-20");   /* 龙抬头 */
	ck_assert_str_eq(solar(2026, 9, false, 9), "2026-10-18");   /* 重阳节 */
	ck_assert_str_eq(solar(2027, 1, false, 1), "2027-02-06");   /* as data/lunar-cn.tsv */
	ck_assert_str_eq(solar(2027, 8, false, 15), "2027-09-15");  /* 中秋 */
}
END_TEST

/* 腊月 belongs to the lunar year it ends: 腊月二十三 of lunar 2026 falls
 * in January 2027. */
START_TEST(the_twelfth_month_ends_in_the_next_solar_year)
{
	ck_assert_str_eq(solar(2026, 12, false, 1), "2027-01-08");
	ck_assert_str_eq(solar(2026, 12, false, 23), "2027-01-30");
}
END_TEST

START_TEST(leap_months_follow_their_month)
{
	ck_assert_str_eq(solar(2025, 6, false, 1), "2025-06-25");
	ck_assert_str_eq(solar(2025, 6, true, 1), "2025-07-25"); /* 闰六月 */
	ck_assert_str_eq(solar(2023, 2, true, 1), "2023-03-22"); /* 闰二月 */
	ck_assert_str_eq(solar(2026, 6, true, 1), "fail");       /* 2026 has no leap month */
}
END_TEST

START_TEST(out_of_range_fails_and_leaves_the_date)
{
	wp_date d = 7;
	ck_assert_int_eq(wp_lunar_to_solar(2019, 1, false, 1, &d), -1);
	ck_assert_int_eq(wp_lunar_to_solar(2050, 1, false, 1, &d), -1);
	ck_assert_int_eq(wp_lunar_to_solar(2026, 13, false, 1, &d), -1);
	ck_assert_int_eq(wp_lunar_to_solar(2026, 0, false, 1, &d), -1);
	ck_assert_int_eq(wp_lunar_to_solar(2026, 1, false, 0, &d), -1);
	ck_assert_int_eq(wp_lunar_to_solar(2026, 1, false, 31, &d), -1);
	/* 二月 of 2026 has 29 days: there is no 二月三十 */
	ck_assert_int_eq(wp_lunar_to_solar(2026, 2, false, 30, &d), -1);
	ck_assert_int_eq(d, 7);
	ck_assert_str_eq(solar(2026, 1, false, 30), "2026-03-18");
	ck_assert_str_eq(solar(2049, 12, false, 29), "2050-01-22");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("lunar");
	TCase *tc = tcase_create("lunar");
	tcase_add_test(tc, converts_festival_dates);
	tcase_add_test(tc, the_twelfth_month_ends_in_the_next_solar_year);
	tcase_add_test(tc, leap_months_follow_their_month);
	tcase_add_test(tc, out_of_range_fails_and_leaves_the_date);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
