#include "config.h"

#include <stdio.h>
#include <string.h>

#include "date.h"
#include "i18n-core.h"

static bool is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int wp_date_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (month < 1 || month > 12)
		return 0;
	return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

bool wp_date_valid_ymd(int year, int month, int day)
{
	return year >= WP_YEAR_MIN && year <= WP_YEAR_MAX && month >= 1 &&
	       month <= 12 && day >= 1 && day <= wp_date_days_in_month(year, month);
}

/* Howard Hinnant's days_from_civil: exact for the whole Gregorian range,
 * with no tables and no time zone involvement (unlike mktime). */
wp_date wp_date_from_ymd(int year, int month, int day)
{
	int y = month <= 2 ? year - 1 : year;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int mp = (month + 9) % 12;
	int doy = (153 * mp + 2) / 5 + day - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void wp_date_to_ymd(wp_date d, int *year, int *month, int *day)
{
	int z = d + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	int m = mp < 10 ? mp + 3 : mp - 9;
	*year = yoe + era * 400 + (m <= 2);
	*month = m;
	*day = doy - (153 * mp + 2) / 5 + 1;
}

static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int wp_date_parse(const char *text, wp_date *out, wp_err *err)
{
	if (!text || strlen(text) != 10 || text[4] != '-' || text[7] != '-')
		return wp_err_set(err, WP_TR("invalid date '%.40s': expected YYYY-MM-DD"),
				  text ? text : "");
	int y = digits(text, 4), m = digits(text + 5, 2), d = digits(text + 8, 2);
	if (y < 0 || m < 0 || d < 0)
		return wp_err_set(err, WP_TR("invalid date '%s': expected YYYY-MM-DD"), text);
	if (y < WP_YEAR_MIN || y > WP_YEAR_MAX)
		return wp_err_set(err, WP_TR("invalid date '%s': year outside %d-%d"), text,
				  WP_YEAR_MIN, WP_YEAR_MAX);
	if (m < 1 || m > 12)
		return wp_err_set(err, WP_TR("invalid date '%s': there is no month %d"), text, m);
	if (d < 1 || d > wp_date_days_in_month(y, m))
		return wp_err_set(err, WP_TR("invalid date '%s': month %d has %d days"), text,
				  m, wp_date_days_in_month(y, m));
	*out = wp_date_from_ymd(y, m, d);
	return 0;
}

int wp_date_parse_range(const char *text, wp_date *start, wp_date *end, wp_err *err)
{
	const char *dots = strstr(text, "..");
	char first[16];
	size_t n = dots ? (size_t)(dots - text) : strlen(text);
	if (n >= sizeof first)
		return wp_err_set(err, WP_TR("invalid period '%.40s': expected YYYY-MM-DD..YYYY-MM-DD"), text);
	memcpy(first, text, n);
	first[n] = '\0';
	if (wp_date_parse(first, start, err) != 0)
		return -1;
	*end = *start;
	if (dots && wp_date_parse(dots + 2, end, err) != 0)
		return -1;
	if (*end < *start)
		return wp_err_set(err, WP_TR("invalid period '%.40s': the end is before the start"), text);
	return 0;
}

char *wp_date_format(wp_date d, char *buf)
{
	int y, m, dd;
	wp_date_to_ymd(d, &y, &m, &dd);
	snprintf(buf, WP_DATE_ISO_SIZE, "%04u-%02u-%02u", (unsigned)y % 10000u,
		 (unsigned)m % 100u, (unsigned)dd % 100u);
	return buf;
}

int wp_date_weekday(wp_date d)
{
	/* 1970-01-01 was a Thursday (ISO weekday 4). */
	int r = (d + 3) % 7;
	if (r < 0)
		r += 7;
	return r + 1;
}

bool wp_date_is_weekend(wp_date d)
{
	return wp_date_weekday(d) >= 6;
}

wp_date wp_date_week_start(wp_date d)
{
	return d - (wp_date_weekday(d) - 1);
}
