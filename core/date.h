/* date.h - civil dates as day numbers.
 *
 * A wp_date counts days from 1970-01-01 (day 0) in the proleptic Gregorian
 * calendar, so arithmetic is plain integer arithmetic and comparisons are
 * integer comparisons. Text form is always ISO 8601 (YYYY-MM-DD), which is
 * also how dates are stored, so they sort and index correctly in SQLite. */
#ifndef WP_DATE_H
#define WP_DATE_H

#include <stdbool.h>
#include <stddef.h>

#include "err.h"

typedef int wp_date;

/* No date: an optional date that is absent. */
#define WP_DATE_NONE (-2147483647 - 1)

/* Supported range of years; dates outside are rejected as invalid input. */
#define WP_YEAR_MIN 1900
#define WP_YEAR_MAX 2199

/* Size of a buffer that holds an ISO date and its terminator. */
#define WP_DATE_ISO_SIZE 11

bool wp_date_valid_ymd(int year, int month, int day);
int wp_date_days_in_month(int year, int month);

/* Day number of a valid year/month/day (checked by the caller). */
wp_date wp_date_from_ymd(int year, int month, int day);
void wp_date_to_ymd(wp_date d, int *year, int *month, int *day);

/* Parses exactly "YYYY-MM-DD" (no surrounding text). Rejects impossible
 * dates such as 2026-02-30 with a message that names the input. */
int wp_date_parse(const char *text, wp_date *out, wp_err *err);

/* Parses "START..END" (or one date, for a range of one day); the end may
 * not be before the start. */
int wp_date_parse_range(const char *text, wp_date *start, wp_date *end, wp_err *err);

/* Writes "YYYY-MM-DD" into buf (at least WP_DATE_ISO_SIZE bytes); returns buf. */
char *wp_date_format(wp_date d, char *buf);

/* 1 = Monday ... 7 = Sunday (ISO 8601). */
int wp_date_weekday(wp_date d);
bool wp_date_is_weekend(wp_date d);

/* Monday of the ISO week that contains d. */
wp_date wp_date_week_start(wp_date d);

#endif
