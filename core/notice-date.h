/* notice-date.h - dates and times as notices write them.
 *
 *   2026年4月22日   4月22日   4月15日—4月26日   4月20日至26日   4月20日-26日
 *   4月20-26日   4.22-4.23   2024.5.8   4月20日（周一）至4月26日（周日）
 *   2026.5.25—5.31   5.22前   2026/05/31   2026/05/30前
 *   上午9:00   9︰00   下午3点 (15:00)   9时   14时30分
 *
 * A date without a year takes base_year (the plan's year). */
#ifndef WP_NOTICE_DATE_H
#define WP_NOTICE_DATE_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"

typedef struct wp_ndate {
	wp_date start, end; /* end == start for one day */
	bool has_year;      /* the year was written */
	const char *at;     /* where the expression starts in the text */
	size_t len;         /* its length in bytes */
} wp_ndate;

/* The first date (or range) in s; false if none. */
bool wp_nfind_date(const char *s, int base_year, wp_ndate *out);

/* A date (or range) that starts right at p; false if none does. */
bool wp_nfind_date_at(const char *p, int base_year, wp_ndate *out);

/* Is c an ASCII digit? */
bool wp_nis_digit(char c);
/* Reads 1 to max_digits digits at *p: their value, *p moved past them;
 * -1 (and *p unmoved) if none. */
int wp_nread_number(const char **p, int max_digits);

/* A day written without its month or year, as an item dated inside a
 * short period writes it (15日（星期三）上午10:30, 13日至17日,
 * 17日（星期五）至18日（星期六）), at the start of a clause of s: its month
 * and year are those of the period from..to that the day falls in or is
 * nearest to. Not 15日内, 每日, 3个工作日: those count days. False if none;
 * false with *wrong_weekday (and out set) when a weekday in brackets is
 * not the day's. */
bool wp_nfind_day_only(const char *s, wp_date from, wp_date to, wp_ndate *out, bool *wrong_weekday);

/* A part of a month (4月下旬, 4月中下旬, 5月上旬, 4月底, 5月初) as the
 * days it spans; false if none. Vaguer than a date: callers say so. */
bool wp_nfind_dekad(const char *s, int base_year, wp_ndate *out);

/* Is s, whole, a month or a run of months (9月, 9月份, 5-12月, 5月至12月,
 * 2024年9月): the days from the first's 1st to the last's end; false
 * for anything more or less (notice-date-days.c). For a 时间： field's
 * value, where a month alone is when the item runs. */
bool wp_nfind_whole_months(const char *s, int base_year, wp_ndate *out);

/* The bytes at r that join a range's two ends: a range mark (至, —), or
 * a start said and then the end (开始，到; 正式启动，并持续至); 0 if none
 * (notice-date-days.c). */
size_t wp_nrange_join(const char *r);

/* Does s say it runs through the campaign: 宣传周期间, “质量月”期间,
 * 活动期间 (not a dated day's 期间), or open with 全月，? */
bool wp_nfind_during(const char *s);

/* A copy of s (caller frees) with dates in Chinese numerals, as
 * signatures date a notice (二〇二四年四月十五日), written in digits. */
char *wp_ndate_digits(const char *s);

/* The first time of day in s as "HH:MM" into out (6 bytes); *at (if not
 * NULL) receives where it starts. */
bool wp_nfind_time(const char *s, char *out, const char **at);

/* A deadline counted from the campaign or an activity, as notices write
 * it: 结束后2个工作日, 宣传周结束2个工作日后, 开始前3天, 活动结束后一周内. */
typedef struct wp_nrelative {
	int offset;	       /* days or working days; negative before the anchor */
	bool workdays;	       /* 个工作日 */
	bool start;	       /* counted back from the start (开始前) */
	bool activity;	       /* the anchor is the activity (活动结束 with in_item) */
	const char *from, *to; /* the rule as written in s: [from, to) */
} wp_nrelative;

/* The first relative rule in s; in_item: s is about one activity, so that
 * 活动结束 is that activity's end (else the campaign's). False if none. */
bool wp_nfind_relative(const char *s, bool in_item, wp_nrelative *out);

/* The first date (or range) in s written in the lunar calendar (see
 * core/notice-lunar.c): 农历正月十八至二月初一, 正月十五（元宵节）, 2月初二 (as
 * lines carry 二月初二), 腊月二十三. A month and day is lunar when 农历
 * precedes it, its month is 正/冬/腊 or its day 初X/廿X: not 二月二十日,
 * not 初三 alone. Its lunar year is the one that puts it in the period
 * from..to or nearest to it, else in base_year (from WP_DATE_NONE). The
 * range's end is taken only when it converts and is not before the start.
 * out->at points into s. False if none. */
bool wp_nfind_lunar(const char *s, int base_year, wp_date from, wp_date to, wp_ndate *out);
/* The date a calendar of its own gives what in a year (0, or non-zero
 * when its table has none). */
typedef int (*wp_year_date)(int year, const void *what, wp_date *out);
/* The date of what in the year that puts it in from..to or nearest to it
 * (an earlier one when two are as near; from..to the whole base_year when
 * from is WP_DATE_NONE); *year_taken (if not NULL) gets that year.
 * WP_DATE_NONE if none (notice-lunar.c). */
wp_date wp_nearest_year(wp_year_date date_in, const void *what, int base_year, wp_date from, wp_date to,
			int *year_taken);

/* The first solar term in s written as a day (秋分当天, 冬至日, 清明当日;
 * see core/notice-solar-terms.c): its date in the year that puts it in
 * the period from..to or nearest to it, else in base_year (from
 * WP_DATE_NONE). out->at points into s. False if none. */
bool wp_nfind_solar_term(const char *s, int base_year, wp_date from, wp_date to, wp_ndate *out);

/* A year written in s ("2026年"), or -1. */
int wp_nfind_year(const char *s);

#endif
