/* notice-date-days.c - dates written by the day alone (15日（星期三）,
 * 13日至17日), read in the month of the campaign period they fall in:
 * see wp_nfind_day_only in notice-date.h. Kept apart from notice-date.c,
 * which reads dates that name their month. */
#include "config.h"

#include <string.h>

#include "notice-date.h"
#include "notice-text.h"
#include "notice-words.h"

/* The weekday in the brackets at r (（星期三）, （周五）), 1 = Monday … 7 =
 * Sunday, *after past the closing bracket; 0 (and *after = r) if none. */
static int bracket_weekday(const char *r, const char **after)
{
	*after = r;
	if (!wp_str_skip(&r, "（") && !wp_str_skip(&r, "("))
		return 0;
	size_t week = wp_word_at(r, WP_WORDS_WEEK);
	if (!week)
		return 0;
	r += week;
	const char *const *numerals = wp_words(WP_WORDS_WEEKDAY_NUMERAL);
	for (int k = 0; numerals[k]; k++) {
		const char *q = r;
		if (wp_str_skip(&q, numerals[k]) && (wp_str_skip(&q, "）") || wp_str_skip(&q, ")"))) {
			*after = q;
			return k < 7 ? k + 1 : 7; /* 天 is 日 */
		}
	}
	return 0;
}

/* A day of the month alone (15日, 18号) at p: the day, p moved past it. */
static int read_bare_day(const char **p)
{
	const char *q = *p;
	int d = wp_nread_number(&q, 2);
	if (d < 1 || d > 31 || wp_nis_digit(*q) || !(wp_str_skip(&q, "日") || wp_str_skip(&q, "号")))
		return -1;
	*p = q;
	return d;
}

/* The date of day d (of no month) that the period from..to means: the
 * day in a month from the period's first to its last month that falls
 * inside the period, else the one nearest to it (an earlier one when two
 * are as near); with a weekday wd (1 = Monday; 0: none written), only a
 * month where the day is that weekday. A period 4月28日至5月5日 reads 30日
 * as 04-30 and 2日 as 05-02; 10日, in neither, as 05-10 (5 days after it,
 * not 18 before). A period of more than two months (3月1日至11月30日)
 * dates no day alone: several months would have it. WP_DATE_NONE if no
 * month does. */
static wp_date day_of_period(int d, int wd, wp_date from, wp_date to)
{
	if (to == WP_DATE_NONE || to < from)
		to = from;
	int y, m, last_y, last_m, unused;
	wp_date_to_ymd(from, &y, &m, &unused);
	wp_date_to_ymd(to, &last_y, &last_m, &unused);
	if ((last_y - y) * 12 + (last_m - m) > 1)
		return WP_DATE_NONE;
	wp_date best = WP_DATE_NONE;
	int best_off = 0;
	for (int k = 0; k < 2 && (y < last_y || (y == last_y && m <= last_m)); k++) {
		if (wp_date_valid_ymd(y, m, d)) {
			wp_date c = wp_date_from_ymd(y, m, d);
			int off = c < from ? from - c : c > to ? c - to : 0;
			if ((!wd || wp_date_weekday(c) == wd) && (best == WP_DATE_NONE || off < best_off))
				best = c, best_off = off;
		}
		if (++m > 12)
			m = 1, y++;
	}
	return best;
}

/* What may follow a day written alone for it to be a date: the clause's
 * end, a time of day (15日（星期三）上午10:30) or a clock (15日9:00). Not
 * 15日内, 15日起算: those count days. */
static bool day_ends_here(const char *q)
{
	static const char *const ends[] = {"，", "、", "；", "。", "：", ",", " ", NULL};
	if (!*q || wp_nis_digit(*q) || wp_time_of_day_at(q, NULL))
		return true;
	for (const char *const *e = ends; *e; e++)
		if (wp_str_starts(q, *e))
			return true;
	return false;
}

/* Where a clause starts in s: at s, or after a mark that ends one. */
static bool clause_starts(const char *s, const char *p)
{
	static const char *const marks[] = {"，", "。", "；", "：", "、", " ", "\n", "（", NULL};
	if (p == s)
		return true;
	for (const char *const *m = marks; *m; m++)
		if (wp_str_ends_at(s, p, *m))
			return true;
	return false;
}

bool wp_nfind_day_only(const char *s, wp_date from, wp_date to, wp_ndate *out, bool *wrong_weekday)
{
	*wrong_weekday = false;
	if (from == WP_DATE_NONE)
		return false;
	for (const char *p = s; *p; p += wp_str_char_len(p)) {
		if (!wp_nis_digit(*p) || !clause_starts(s, p))
			continue;
		const char *q = p;
		int d = read_bare_day(&q);
		if (d < 0)
			continue;
		const char *r;
		int wd = bracket_weekday(q, &r), wd2 = 0, d2 = -1;
		size_t mark = wp_word_at(r, WP_WORDS_RANGE_MARK);
		const char *e = r + mark;
		if (mark && (d2 = read_bare_day(&e)) > 0) {
			wd2 = bracket_weekday(e, &e);
			r = e;
		} else {
			d2 = -1;
		}
		if (!day_ends_here(r))
			continue;
		wp_date start = day_of_period(d, wd, from, to), end = start;
		if (start == WP_DATE_NONE && wd)
			start = end = day_of_period(d, 0, from, to); /* reported as a wrong weekday below */
		if (start == WP_DATE_NONE)
			continue;
		if (d2 > 0) { /* 13日至17日; 28日至3日 runs into the next month */
			int y, m, unused;
			wp_date_to_ymd(start, &y, &m, &unused);
			if (d2 < d && ++m > 12)
				m = 1, y++;
			if (!wp_date_valid_ymd(y, m, d2))
				continue;
			end = wp_date_from_ymd(y, m, d2);
		}
		out->start = start;
		out->end = end;
		out->has_year = false;
		out->at = p;
		out->len = (size_t)(r - p);
		/* the weekday written must be the day's: 15日（星期四） in a week
		 * where the 15th is a Wednesday means another month, or a typo */
		*wrong_weekday = (wd && wp_date_weekday(start) != wd) || (wd2 && wp_date_weekday(end) != wd2);
		return !*wrong_weekday;
	}
	return false;
}

/* The number of a month (1..12) at *p, past it and an optional 月;
 * -1 if none. */
static int month_at(const char **p, bool need_month_word)
{
	const char *q = *p;
	int m = wp_nread_number(&q, 2);
	if (m < 1 || m > 12)
		return -1;
	bool word = wp_str_skip(&q, "月");
	if (need_month_word && !word)
		return -1;
	*p = q;
	return m;
}

bool wp_nfind_whole_months(const char *s, int base_year, wp_ndate *out)
{
	const char *p = s;
	while (*p == ' ')
		p++;
	int y = base_year;
	const char *q = p;
	int first = wp_nread_number(&q, 4);
	if (first >= 1000 && wp_str_skip(&q, "年"))
		y = first, p = q;
	/* 9月, 9月份, 5-12月, 5月至12月: the second month needs its 月, the
	 * first may leave it to the second */
	int from = month_at(&p, false), to = from;
	if (from < 0)
		return false;
	size_t mark = wp_word_at(p, WP_WORDS_RANGE_MARK);
	if (mark) {
		const char *r = p + mark;
		if ((to = month_at(&r, true)) < from)
			return false;
		p = r;
	} else if (!wp_str_ends_at(s, p, "月")) {
		return false; /* 9 alone is no month */
	}
	wp_str_skip(&p, "份");
	while (*p == ' ' || wp_str_starts(p, "。"))
		p += *p == ' ' ? 1 : strlen("。");
	if (*p || !wp_date_valid_ymd(y, from, 1))
		return false;
	out->start = wp_date_from_ymd(y, from, 1);
	out->end = wp_date_from_ymd(y, to, wp_date_days_in_month(y, to));
	out->has_year = y != base_year || first >= 1000;
	out->at = s;
	out->len = strlen(s);
	return true;
}

/* The bytes at r that join a range's two ends: a range mark (至, —, ～),
 * or a start said and the end after it (从5月10日开始，到5月20日结束;
 * 于6月1日正式启动，并持续至6月30日); 0 if none. */
size_t wp_nrange_join(const char *r)
{
	size_t n = wp_word_at(r, WP_WORDS_RANGE_MARK);
	if (n)
		return n;
	const char *p = r;
	size_t open = wp_word_at(p, WP_WORDS_RANGE_OPEN);
	if (!open)
		return 0;
	p += open;
	p += wp_word_at(p, WP_WORDS_RANGE_GOES_ON);
	n = wp_word_at(p, WP_WORDS_RANGE_MARK);
	return n ? (size_t)(p + n - r) : 0;
}
