/* lunar.h - Chinese lunar calendar dates as Gregorian dates, from the
 * embedded table data/lunar-months-cn.tsv (lunar years 2020-2049).
 *
 * A lunar month belongs to its lunar year: 正月 of lunar 2026 starts
 * 2026-02-17, and 腊月 of lunar 2026 starts 2027-01-08, so 腊月二十三 of
 * lunar 2026 is 2027-01-30. */
#ifndef WP_LUNAR_H
#define WP_LUNAR_H

#include <stdbool.h>

#include "date.h"

/* The first and last lunar years the table holds. */
#define WP_LUNAR_YEAR_MIN 2020
#define WP_LUNAR_YEAR_MAX 2049

/* The Gregorian date of day (1-30) of month (1 = 正月 … 12 = 腊月, leap:
 * the 闰 month of that number) of lunar_year into *out: 0, or -1 (and *out
 * unchanged) when the year is outside the table, the year has no such
 * leap month, or the month has no such day (二月三十 of a 29-day month). */
int wp_lunar_to_solar(int lunar_year, int month, bool leap, int day, wp_date *out);

#endif
