/* notice-lunar.c - dates written in the lunar calendar, as rural notices
 * date festival-bound events: 正月十五（元宵节）, 农历正月十八至二月初一,
 * 农历二月初二（龙抬头）, 腊月二十三, 农历二月初一前. Read as Gregorian
 * dates through data/lunar-months-cn.tsv (core/lunar.c); see
 * wp_nfind_lunar in notice-date.h. Lines reach here with their numeral
 * dates half turned into digits (二月初二 arrives as 2月初二), so a month
 * is read in digits or numerals. */
#include "config.h"

#include <string.h>

#include "lunar.h"
#include "notice-date.h"
#include "notice-text.h"
#include "notice-words.h"
#include "text.h"

/* Is p inside a number: after a digit, a numeral or 十 (the 2 of 12月,
 * the 二 of 十二月 start no month)? */
static bool inside_number(const char *s, const char *p)
{
	if (p == s)
		return false;
	if (wp_nis_digit(p[-1]))
		return true;
	static const char *const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", NULL};
	for (const char *const *n = numerals; *n; n++)
		if (wp_str_ends_at(s, p, *n))
			return true;
	return false;
}

/* A month at *p (正月, 二月, 十一月, 冬月, 腊月, 2月; 闰 before it: the leap
 * month): 1..12, *p past 月; *named for 正/冬/腊, which only the lunar
 * calendar writes. -1 if none. */
static int read_month(const char **p, bool *leap, bool *named)
{
	const char *q = *p;
	*leap = wp_str_skip(&q, "闰");
	*named = false;
	int m = -1;
	size_t len;
	const char *const *names = wp_words(WP_WORDS_LUNAR_MONTH);
	static const int named_month[] = {1, 11, 12};
	for (int k = 0; names[k] && k < 3; k++)
		if ((len = wp_str_starts(q, names[k]) ? strlen(names[k]) : 0) != 0) {
			m = named_month[k], q += len, *named = true;
			break;
		}
	if (m < 0 && wp_nis_digit(*q)) {
		m = wp_nread_number(&q, 2);
	} else if (m < 0 && (m = wp_cn_number(q, &len)) > 0) {
		q += len;
	}
	if (m < 1 || m > 12 || !wp_str_skip(&q, "月"))
		return -1;
	*p = q;
	return m;
}

/* A lunar day at *p: 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十
 * (and 十 alone); *marked for 初X and 廿X, which only the lunar calendar
 * writes. *p past it; -1 if none. */
static int read_day(const char **p, bool *marked)
{
	const char *q = *p;
	size_t len;
	int d = -1;
	*marked = wp_str_skip(&q, "初");
	if (*marked) { /* 初一 … 初十 */
		d = wp_cn_number(q, &len);
		d = d <= 10 ? d : -1;
	} else if ((*marked = wp_str_skip(&q, "廿"))) { /* 廿一 … 廿九 */
		d = wp_cn_number(q, &len);
		d = d >= 1 && d <= 9 ? 20 + d : -1;
	} else { /* 十 … 三十: a day of one numeral alone is no lunar day */
		d = wp_cn_number(q, &len);
		d = d >= 10 ? d : -1;
	}
	if (d < 1 || d > 30)
		return -1;
	*p = q + len;
	return d;
}

/* A bracket right at p (（星期五）, （元宵节）): p past it, else p. Short
 * ones only: a bracket that runs on is no gloss of the day. */
static const char *past_bracket(const char *p)
{
	const char *q = p;
	if (!wp_str_skip(&q, "（"))
		return p;
	for (int k = 0; *q && k < 8; k++, q += wp_str_char_len(q))
		if (wp_str_skip(&q, "）"))
			return q;
	return p;
}

wp_date wp_nearest_year(wp_year_date date_in, const void *what, int base_year, wp_date from, wp_date to,
			int *year_taken)
{
	if (from == WP_DATE_NONE) {
		if (base_year < WP_YEAR_MIN || base_year > WP_YEAR_MAX)
			return WP_DATE_NONE;
		from = wp_date_from_ymd(base_year, 1, 1);
		to = wp_date_from_ymd(base_year, 12, 31);
	}
	if (to == WP_DATE_NONE || to < from)
		to = from;
	int y0, unused;
	wp_date_to_ymd(from, &y0, &unused, &unused);
	wp_date best = WP_DATE_NONE;
	int best_off = 0;
	for (int y = y0 - 1; y <= y0 + 1; y++) {
		wp_date c;
		if (date_in(y, what, &c) != 0)
			continue;
		int off = c < from ? from - c : c > to ? c - to : 0;
		if (best == WP_DATE_NONE || off < best_off) {
			best = c, best_off = off;
			if (year_taken)
				*year_taken = y;
		}
	}
	return best;
}

struct lunar_day {
	int month, day;
	bool leap;
};

static int lunar_day_in(int year, const void *what, wp_date *out)
{
	const struct lunar_day *l = what;
	return wp_lunar_to_solar(year, l->month, l->leap, l->day, out);
}

/* The date of the lunar month and day in the lunar year whose date falls in
 * the span from..to or nearest to it (an earlier one when two are as
 * near): 腊月二十三 in a notice for January 2027 is lunar 2026's
 * (2027-01-30). *lunar_year gets the year taken. WP_DATE_NONE if none. */
static wp_date nearest(int month, bool leap, int day, int base_year, wp_date from, wp_date to, int *lunar_year)
{
	struct lunar_day l = {month, day, leap};
	return wp_nearest_year(lunar_day_in, &l, base_year, from, to, lunar_year);
}

bool wp_nfind_lunar(const char *s, int base_year, wp_date from, wp_date to, wp_ndate *out)
{
	for (const char *p = s; *p; p += wp_str_char_len(p)) {
		const char *q = p;
		size_t mark = wp_word_at(q, WP_WORDS_LUNAR);
		q += mark;
		if (!mark && inside_number(s, p))
			continue;
		bool leap, named, marked;
		int month = read_month(&q, &leap, &named);
		int day = month > 0 ? read_day(&q, &marked) : -1;
		if (day < 0 || !(mark || named || marked))
			continue;
		/* 二月二十日 is a solar date; 农历九月初九日 a lunar one */
		if (wp_str_starts(q, "日") && !mark && !marked)
			continue;
		wp_str_skip(&q, "日");
		int ly = 0;
		wp_date start = nearest(month, leap, day, base_year, from, to, &ly), end = start;
		if (start == WP_DATE_NONE)
			continue;
		const char *last = q;
		/* 正月十八（星期五）至二月初一, 正月十五至十八: the range's end, its
		 * month left out when it is the same */
		const char *r = past_bracket(q);
		size_t range = wp_word_at(r, WP_WORDS_RANGE_MARK);
		if (range) {
			const char *e = r + range;
			bool leap2 = false, named2, marked2;
			int month2 = read_month(&e, &leap2, &named2), day2;
			if (month2 < 0)
				month2 = month, leap2 = leap;
			day2 = read_day(&e, &marked2);
			wp_str_skip(&e, "日");
			wp_date c;
			/* 腊月二十至正月初五 ends in the next lunar year */
			int ly2 = month2 < month ? ly + 1 : ly;
			if (day2 > 0 && wp_lunar_to_solar(ly2, month2, leap2, day2, &c) == 0 && c >= start)
				end = c, last = e;
		}
		out->start = start;
		out->end = end;
		out->has_year = false;
		out->at = p;
		out->len = (size_t)(last - p);
		return true;
	}
	return false;
}
