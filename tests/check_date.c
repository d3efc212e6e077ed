#include "config.h"

#include "testutil.h"

START_TEST(parses_iso_dates_and_formats_them_back)
{
	wp_date d;
	wp_err err;
	ck_assert_int_eq(wp_date_parse("2026-04-26", &d, &err), 0);
	ck_assert_date_eq(d, "2026-04-26");
	ck_assert_int_eq(wp_date_parse("2024-02-29", &d, &err), 0);
	ck_assert_date_eq(d, "2024-02-29");
}
END_TEST

START_TEST(rejects_impossible_dates_naming_the_input)
{
	static const char *const bad[] = {"2026-02-30", "2026-13-01", "2023-02-29", "2026-00-10",
					  "2026-04-00", "2026-4-1",   "20260401",   "",
					  "2026-04-01x", "abcd-ef-gh", "1800-01-01", "2026-04-31"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		wp_date d;
		wp_err err = {{0}};
		ck_assert_msg(wp_date_parse(bad[i], &d, &err) == -1, "accepted %s", bad[i]);
		ck_assert_msg(strstr(err.msg, bad[i]) != NULL, "message '%s' does not name '%s'",
			      err.msg, bad[i]);
	}
	wp_err err;
	wp_date d;
	wp_date_parse("2026-02-30", &d, &err);
	ck_assert_str_eq(err.msg, "invalid date '2026-02-30': month 2 has 28 days");
	wp_date_parse("2026-13-01", &d, &err);
	ck_assert_str_eq(err.msg, "invalid date '2026-13-01': there is no month 13");
}
END_TEST

START_TEST(day_numbers_are_consecutive_across_the_supported_range)
{
	wp_date prev = wp_date_from_ymd(WP_YEAR_MIN, 1, 1) - 1;
	for (int y = WP_YEAR_MIN; y <= WP_YEAR_MAX; y++)
		for (int m = 1; m <= 12; m++)
			for (int d = 1; d <= wp_date_days_in_month(y, m); d++) {
				wp_date n = wp_date_from_ymd(y, m, d);
				ck_assert_int_eq(n, prev + 1);
				int yy, mm, dd;
				wp_date_to_ymd(n, &yy, &mm, &dd);
				ck_assert(yy == y && mm == m && dd == d);
				prev = n;
			}
	ck_assert_int_eq(wp_date_from_ymd(1970, 1, 1), 0);
}
END_TEST

START_TEST(knows_the_weekday)
{
	ck_assert_int_eq(wp_date_weekday(D("1970-01-01")), 4);
	ck_assert_int_eq(wp_date_weekday(D("2026-04-26")), 7); /* Sunday */
	ck_assert_int_eq(wp_date_weekday(D("2026-04-20")), 1); /* Monday */
	ck_assert_int_eq(wp_date_weekday(D("2024-04-28")), 7);
	ck_assert_int_eq(wp_date_weekday(D("1969-12-31")), 3);
	ck_assert(wp_date_is_weekend(D("2023-04-15")));
	ck_assert(!wp_date_is_weekend(D("2023-04-14")));
}
END_TEST

START_TEST(weeks_start_on_monday)
{
	ck_assert_date_eq(wp_date_week_start(D("2026-04-26")), "2026-04-20");
	ck_assert_date_eq(wp_date_week_start(D("2026-04-20")), "2026-04-20");
	ck_assert_date_eq(wp_date_week_start(D("2026-01-01")), "2025-12-29");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("date");
	TCase *tc = tcase_create("dates");
	tcase_add_test(tc, parses_iso_dates_and_formats_them_back);
	tcase_add_test(tc, rejects_impossible_dates_naming_the_input);
	tcase_add_test(tc, day_numbers_are_consecutive_across_the_supported_range);
	tcase_add_test(tc, knows_the_weekday);
	tcase_add_test(tc, weeks_start_on_monday);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
