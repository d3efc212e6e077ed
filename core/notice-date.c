#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "notice-date.h"
#include "notice-text.h"
#include "notice-words.h"

bool wp_nis_digit(char c)
{
	return c >= '0' && c <= '9';
}

int wp_nread_number(const char **p, int max_digits)
{
	int v = 0, n = 0;
	while (wp_nis_digit(**p) && n < max_digits) {
		v = v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n ? v : -1;
}

static bool skip(const char **p, const char *word)
{
	if (wp_str_starts(*p, word)) {
		*p += strlen(word);
		return true;
	}
	return false;
}

/* [YYYY年]M月D日 at p; fills y (or keeps it), m, d. */
static bool read_day(const char **p, int *y, int *m, int *d, bool *has_year, bool need_month)
{
	const char *q = *p;
	int a = wp_nread_number(&q, 4);
	if (a < 0)
		return false;
	if (skip(&q, "年")) {
		*y = a;
		*has_year = true;
		a = wp_nread_number(&q, 2);
		if (a < 0)
			return false;
	}
	if (skip(&q, "月")) {
		*m = a;
		a = wp_nread_number(&q, 2);
		if (a < 0)
			return false;
	} else if (need_month) {
		return false;
	}
	if (!skip(&q, "日") && !skip(&q, "号"))
		return false;
	*d = a;
	*p = q;
	return true;
}

/* 4月20日起至5月20日, 5月17日～23日: a range mark (WP_WORDS_RANGE_MARK) */
static bool at_range_mark(const char *p)
{
	return wp_word_at(p, WP_WORDS_RANGE_MARK) > 0;
}

/* [YYYY.]M.D at p, as tables and short notes write dates (4.22-4.23,
 * 2025.4.20, 3.22上午9:00), or YYYY/M/D and YYYY-MM-DD as a spreadsheet
 * does (2026/5/16 9:30, 2026-05-20; with its year only, so that 1/3 stays
 * a fraction and 8-10 a count). Only where a
 * date can end: before a range mark, a comma, a bracket, a space, a time
 * of day or the end, so 2.5亿元 and 3.5% are not dates. */
static bool read_dotted(const char **p, int *y, int *m, int *d, bool *has_year)
{
	const char *q = *p;
	int a = wp_nread_number(&q, 4), b, c = -1;
	char sep = *q;
	if (a < 0 || (sep != '.' && ((sep != '/' && sep != '-') || a < 1000)))
		return false;
	q++;
	if ((b = wp_nread_number(&q, 2)) < 0)
		return false;
	if (sep != '.' && *q != sep)
		return false;
	if (q - *p >= 6 && a >= 1000 && *q == sep) {
		const char *r = q + 1;
		if ((c = wp_nread_number(&r, 2)) < 0)
			return false;
		q = r;
	} else if (a >= 100) {
		return false;
	}
	static const char *const ends[] = {"，", "、", "；", "。", "（", " ", "日", "前", "起", NULL};
	bool ends_here = !*q || at_range_mark(q) || wp_time_of_day_at(q, NULL) > 0;
	for (const char *const *e = ends; *e && !ends_here; e++)
		ends_here = wp_str_starts(q, *e);
	if (!ends_here || wp_nis_digit(*q) || *q == '.' || *q == '/')
		return false;
	if (c >= 0)
		*y = a, *m = b, *d = c, *has_year = true;
	else
		*m = a, *d = b;
	skip(&q, "日");
	*p = q;
	return true;
}

static const char *past_weekday(const char *r);

/* Does q (after a YYYY-MM-DD at p in s) hold a message's stamp: a clock
 * (10:03, 09:03:12) after one space, and then the text's end after a name
 * before the day (王晓丽 2026-04-14 09:03:12), or the sender and a colon
 * (2026-05-12 10:03 综治办-周丽：…)? Not an item's 时间：2026-06-03 09:30；
 * nor a sheet's cell of a day and its hour. */
#define SENDER_BYTES 40 /* a sender's name before its colon */
static bool stamped(const char *s, const char *p, const char *q)
{
	if (q[0] != ' ' || !wp_nis_digit(q[1]) || !wp_nis_digit(q[2]) || q[3] != ':')
		return false;
	q += 4;
	q += strspn(q, "0123456789:");
	if (!*q)
		return p != s && p[-1] == ' ';
	if (*q != ' ')
		return false;
	const char *colon = wp_str_find(q, "：");
	return colon && colon - q <= SENDER_BYTES && !wp_str_find(q, "；");
}

/* Does q open what only follows a day: a weekday's bracket (（周三）),
 * 前, a range mark, a clock time (7:40, 下午3时) or 全天, or the end of
 * the text (a cell of the day alone)? */
static bool day_follows(const char *q)
{
	/* 5/18 alone: a sheet's date cell, the day all its text */
	if (!*q)
		return true;
	if (wp_str_starts(q, "前") || at_range_mark(q) || wp_time_of_day_at(q, NULL) > 0 ||
	    wp_word_at(q, WP_WORDS_WHOLE_DAY) > 0) /* 5/14全天 */
		return true;
	const char *r = q;
	while (*r == ' ')
		r++;
	if (r != q || wp_str_starts(r, "\xe3\x80\x80")) { /* 4/1（周三）7:40: a gap, then a clock */
		r += wp_str_starts(r, "\xe3\x80\x80") ? 3 : 0;
		const char *c = r;
		if (wp_nread_number(&c, 2) >= 0 && (*c == ':' || wp_str_starts(c, "：")))
			return true;
		/* 5/18 下午, 5/19 全天: a sheet's date cell and its time's */
		if (wp_time_of_day_at(r, NULL) > 0 || wp_word_at(r, WP_WORDS_WHOLE_DAY) > 0)
			return true;
	}
	const char *w = past_weekday(q);
	return w != q;
}

/* M/D at p, as a school's plan writes a day with its year given elsewhere
 * (4/1（周三）7:40, 3/31（周二）前, 4/7—4/24, 4/5前). Only where a day is
 * meant: before a weekday, 前, a range mark or a clock time, so that a
 * fraction (3/4的学生) or a score (9/10分) is no date; a range's end
 * (need_follow false) is a day by the range. */
static bool read_slashed(const char **p, int *m, int *d, bool need_follow)
{
	const char *q = *p;
	int a = wp_nread_number(&q, 2), b;
	if (a < 1 || a > 12 || *q != '/')
		return false;
	q++;
	if ((b = wp_nread_number(&q, 2)) < 1 || wp_nis_digit(*q) || *q == '/' || (need_follow && !day_follows(q)))
		return false;
	*m = a, *d = b;
	*p = q;
	return true;
}

/* 4月20-26日: a day without its 日 that a range goes on from. */
static bool read_open_day(const char **p, int *y, int *m, int *d, bool *has_year)
{
	const char *q = *p;
	int a = wp_nread_number(&q, 4);
	if (a < 0)
		return false;
	if (skip(&q, "年")) {
		*y = a;
		*has_year = true;
		if ((a = wp_nread_number(&q, 2)) < 0)
			return false;
	}
	if (!skip(&q, "月"))
		return false;
	*m = a;
	if ((*d = wp_nread_number(&q, 2)) < 0 || !at_range_mark(q))
		return false;
	*p = q;
	return true;
}

/* "（星期日）", "(周一)" after a day: skipped before a range mark. */
static const char *past_weekday(const char *r)
{
	if (!wp_str_starts(r, "（"))
		return r;
	const char *in = r + strlen("（");
	size_t word = wp_str_starts(in, "周") ? 3 : wp_str_starts(in, "星期") ? 6 : 0;
	if (!word || !in[word]) /* the day's character must be there */
		return r;
	const char *close = in + word + wp_str_char_len(in + word); /* 周一, 星期一 */
	return wp_str_starts(close, "）") ? close + strlen("）") : r;
}

/* 本周五（4月3日）, 下周一（9月14日）: a weekday named, its date in
 * brackets after it. Where the weekday starts when the day at p (inside
 * s) is such a gloss and q, after it, closes the bracket; NULL if not. */
static const char *weekday_before_gloss(const char *s, const char *p, const char *q)
{
	if (!wp_str_starts(q, "）") || !wp_str_ends_at(s, p, "（"))
		return NULL;
	const char *at = p - strlen("（");
	const char *const *day = wp_words(WP_WORDS_WEEKDAY_NUMERAL);
	while (*day && !wp_str_ends_at(s, at, *day))
		day++;
	if (!*day)
		return NULL;
	at -= strlen(*day);
	const char *const *week = wp_words(WP_WORDS_WEEK);
	while (*week && !wp_str_ends_at(s, at, *week))
		week++;
	if (!*week)
		return NULL;
	at -= strlen(*week);
	for (const char *const *w = wp_words(WP_WORDS_WHICH_WEEK); *w; w++)
		if (wp_str_ends_at(s, at, *w))
			return at - strlen(*w);
	return at;
}

/* 下午2:30, 上午9时, 19点30分: a clock time after a day, before the next
 * day of a list (4月24日下午2:30、4月25日上午9:00); r itself if none. */
static const char *past_clock(const char *r)
{
	/* 中午 is no time of day to the clock readers (中午12点 is no 24:00) */
	const char *p = r + wp_time_of_day_at(r, NULL);
	if (p == r)
		skip(&p, "中午");
	if (wp_nread_number(&p, 2) < 0)
		return r;
	if (skip(&p, ":") || skip(&p, "：") || skip(&p, "点") || skip(&p, "时")) {
		if (wp_nread_number(&p, 2) >= 0)
			skip(&p, "分");
		else
			skip(&p, "半");
		return p;
	}
	return r;
}

bool wp_nfind_date(const char *s, int base_year, wp_ndate *out)
{
	for (const char *p = s; *p; p++) {
		if (!wp_nis_digit(*p) || (p > s && wp_nis_digit(p[-1])))
			continue;
		const char *q = p;
		int y = base_year, m = 0, d = 0;
		bool has_year = false;
		bool dotted = false, slashed = false;
		if ((p > s && p[-1] == '/') ||
		    (!read_day(&q, &y, &m, &d, &has_year, true) &&
		     !read_open_day(&q, &y, &m, &d, &has_year) &&
		     !(dotted = read_dotted(&q, &y, &m, &d, &has_year)) &&
		     !(slashed = read_slashed(&q, &m, &d, true))))
			continue;
		/* 5/18 at the end: a day when the text is that alone (a sheet's
		 * cell) or it stands apart (周六 6/20, 时间：6/16), a fraction
		 * glued to the sentence it ends (达到3/4) otherwise */
		if (slashed && !*q && p != s && p[-1] != ' ' && !wp_str_ends_at(s, p, "：") &&
		    !wp_str_ends_at(s, p, "\xe3\x80\x80")) {
			q = p;
			continue;
		}
		/* 2026-05-12 10:03 周丽：…: a chat message's stamp, no day of
		 * the text's */
		if (dotted && has_year && p[4] == '-' && stamped(s, p, q)) {
			q = p;
			continue;
		}
		if (!wp_date_valid_ymd(y, m, d)) {
			q = p;
			continue;
		}
		out->start = out->end = wp_date_from_ymd(y, m, d);
		out->has_year = has_year;
		out->at = p;
		/* A range: the end may omit year and month. */
		const char *r = past_weekday(q);
		while (*r == ' ')
			r++;
		size_t mark = wp_nrange_join(r);
		if (!mark) { /* 4月22日9:00至4月24日17:00: the first day's clock first */
			const char *clock_end = past_clock(r);
			if (clock_end != r && (mark = wp_nrange_join(clock_end)) > 0)
				r = clock_end;
		}
		if (mark) {
			r += mark;
			while (*r == ' ')
				r++;
			int y2 = y, m2 = m, d2 = 0;
			bool hy = false;
			const char *r0 = r;
			bool day = read_day(&r, &y2, &m2, &d2, &hy, false);
			if (!day && dotted) { /* 4.22-4.23, 4.22-23 */
				r = r0;
				day = read_dotted(&r, &y2, &m2, &d2, &hy);
				if (!day && (d2 = wp_nread_number(&r, 2)) > 0 && !wp_nis_digit(*r) && *r != '.')
					day = true;
			} else if (!day && slashed) { /* 4/7—4/24, 4/1-3 */
				r = r0;
				day = read_slashed(&r, &m2, &d2, false);
				if (!day && (d2 = wp_nread_number(&r, 2)) > 0 && !wp_nis_digit(*r) && *r != '/')
					day = true;
			}
			if (day && wp_date_valid_ymd(y2, m2, d2) &&
			    wp_date_from_ymd(y2, m2, d2) >= out->start) {
				r = past_weekday(r);
				out->end = wp_date_from_ymd(y2, m2, d2);
				q = r;
			}
		}
		/* 4月11日、18日、25日: days listed one after another span from the
		 * first to the last */
		bool listed = out->end == out->start; /* no range was written */
		for (const char *l = past_weekday(q); listed;) {
			int y3 = y, m3 = m, d3 = 0;
			bool hy3 = false;
			l = past_clock(l); /* each day its own session */
			if (!skip(&l, "、") || !read_day(&l, &y3, &m3, &d3, &hy3, false) ||
			    !wp_date_valid_ymd(y3, m3, d3) || wp_date_from_ymd(y3, m3, d3) <= out->end)
				break;
			out->end = wp_date_from_ymd(y3, m3, d3);
			q = l = past_weekday(l);
		}
		q = past_weekday(q); /* 4月25日（星期五）前 */
		const char *weekday = weekday_before_gloss(s, p, q);
		if (weekday) { /* the whole 本周五（4月3日） */
			out->at = weekday;
			q += strlen("）");
		}
		out->len = (size_t)(q - out->at);
		return true;
	}
	return false;
}

bool wp_nfind_date_at(const char *p, int base_year, wp_ndate *out)
{
	/* only the first bytes: a date is short, and the text after p may be
	 * a whole notice */
	char head[64];
	size_t n = strnlen(p, sizeof head - 1);
	memcpy(head, p, n);
	head[n] = '\0';
	if (!wp_nfind_date(head, base_year, out) || out->at != head)
		return false;
	out->at = p;
	return true;
}

int wp_nfind_year(const char *s)
{
	for (const char *p = s; *p; p++) {
		if (!wp_nis_digit(*p) || (p > s && wp_nis_digit(p[-1])))
			continue;
		const char *q = p;
		int y = wp_nread_number(&q, 4);
		if (q - p == 4 && wp_str_starts(q, "年") && y >= WP_YEAR_MIN && y <= WP_YEAR_MAX)
			return y;
	}
	return -1;
}

static int cn_small(const char **p);

/* 上午九时, 下午二时三十分, 下午两点半 at p (a time-of-day word, then the hour in
 * Chinese numerals) as "HH:MM" into out; false if it is not one. A bare
 * 九时 is no time: without its word it may be a count. */
static bool cn_clock(const char *p, char *out)
{
	bool pm = false;
	size_t word = wp_time_of_day_at(p, &pm);
	const char *q = p + word;
	int h = word ? cn_small(&q) : -1, min = 0;
	/* 下午两点半: two o'clock is 两, as a count of hours says it */
	if (word && h < 0 && skip(&q, "两"))
		h = 2;
	if (h < 0 || h > 12 || !(skip(&q, "时") || skip(&q, "点")))
		return false;
	int m = cn_small(&q);
	if (m >= 0 && m < 60 && skip(&q, "分"))
		min = m;
	else if (skip(&q, "半"))
		min = 30;
	snprintf(out, 6, "%02d:%02d", pm && h < 12 ? h + 12 : h, min);
	return true;
}

bool wp_nfind_time(const char *s, char *out, const char **at)
{
	for (const char *p = s; *p; p++) {
		if ((unsigned char)*p >= 0xe0 && cn_clock(p, out)) {
			if (at)
				*at = p;
			return true;
		}
		if (!wp_nis_digit(*p) || (p > s && wp_nis_digit(p[-1])))
			continue;
		const char *q = p;
		int h = wp_nread_number(&q, 2), min = 0;
		if (h < 0 || h > 23)
			continue;
		if (skip(&q, ":") || skip(&q, "：")) {
			min = wp_nread_number(&q, 2);
			if (min < 0 || min > 59 || q - p < 3)
				continue;
		} else if (skip(&q, "时") || skip(&q, "点")) {
			const char *r = q;
			/* 9时xx分: a template's blank for the minutes, no time */
			if (wp_word_at(r, WP_WORDS_BLANK_MARK))
				continue;
			int mm = wp_nread_number(&r, 2);
			if (mm >= 0 && mm <= 59 && skip(&r, "分"))
				min = mm;
			else if (skip(&q, "半"))
				min = 30;
		} else {
			continue;
		}
		/* 下午3点 is 15:00; 上午 and 早上 keep the hour. */
		if (wp_pm_before(s, p) && h < 12)
			h += 12;
		snprintf(out, 6, "%02d:%02d", h, min);
		if (at)
			*at = p;
		return true;
	}
	return false;
}

bool wp_nfind_dekad(const char *s, int base_year, wp_ndate *out)
{
	static const struct {
		const char *word;
		int first, last; /* last 0: the month's end */
	} parts[] = {{"上中旬", 1, 20}, {"中下旬", 11, 0}, {"上旬", 1, 10}, {"中旬", 11, 20},
		     {"下旬", 21, 0}, {"月底", 21, 0}, {"初", 1, 10},
		     /* 5月份, 6月全月, 9月整月: the whole month */
		     {"份", 1, 0}, {"全月", 1, 0}, {"整月", 1, 0}};
	for (const char *p = s; *p; p++) {
		if (!wp_nis_digit(*p) || (p > s && wp_nis_digit(p[-1])))
			continue;
		const char *q = p;
		int y = base_year, m;
		bool has_year = false;
		if ((m = wp_nread_number(&q, 4)) < 0)
			continue;
		if (skip(&q, "年")) {
			y = m, has_year = true;
			if ((m = wp_nread_number(&q, 2)) < 0)
				continue;
		}
		/* 4月下旬; 4月底 is written without 月 twice */
		bool month = skip(&q, "月");
		for (size_t k = 0; month && k < sizeof parts / sizeof *parts; k++) {
			const char *w = parts[k].word;
			if (wp_str_starts(w, "月"))
				w += strlen("月");
			if (!wp_str_starts(q, w) || m < 1 || m > 12 || !wp_date_valid_ymd(y, m, 1))
				continue;
			int last = parts[k].last ? parts[k].last : wp_date_days_in_month(y, m);
			out->start = wp_date_from_ymd(y, m, parts[k].first);
			out->end = wp_date_from_ymd(y, m, last);
			out->has_year = has_year;
			out->at = p;
			out->len = (size_t)(q + strlen(w) - p);
			/* 4月上旬至4月中旬, 6月中旬-7月上旬: to the end of the second part */
			const char *to = q + strlen(w);
			size_t mark = wp_nrange_join(to);
			wp_ndate second;
			if (mark && wp_nfind_dekad(to + mark, y, &second) && second.at == to + mark &&
			    second.end >= out->start) {
				out->end = second.end;
				out->len = (size_t)(second.at + second.len - p);
			}
			return true;
		}
	}
	return false;
}

/* The value of one Chinese digit (〇 零 一 … 九), or -1. */
static int cn_digit(const char *p)
{
	static const char *const digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
	if (wp_str_starts(p, "零") || wp_str_starts(p, "○") || wp_str_starts(p, "Ｏ"))
		return 0;
	for (int k = 0; k < 10; k++)
		if (wp_str_starts(p, digits[k]))
			return k;
	return -1;
}

/* 十五, 二十六, 三十一, 四: 1..39 as months and days are written. */
static int cn_small(const char **p)
{
	const char *q = *p;
	int tens = 0, ones = -1;
	int d = cn_digit(q);
	if (d > 0 && wp_str_starts(q + 3, "十"))
		tens = d, q += 6;
	else if (wp_str_starts(q, "十"))
		tens = 1, q += 3;
	if ((d = cn_digit(q)) > 0)
		ones = d, q += 3;
	if (!tens && ones < 0)
		return -1;
	*p = q;
	return tens * 10 + (ones < 0 ? 0 : ones);
}

/* 二〇二四年四月十五日 at p as digits into b; false if it is not one. */
static bool cn_date(const char **p, wp_buf *b)
{
	const char *q = *p;
	int year = 0, n = 0, d;
	while (n < 4 && (d = cn_digit(q)) >= 0)
		year = year * 10 + d, q += 3, n++;
	if (n == 4 && !skip(&q, "年"))
		return false;
	if (n != 4) /* no year: 四月二十六日 */
		q = *p, n = 0;
	int month = cn_small(&q);
	if (month < 1 || month > 12 || !skip(&q, "月"))
		return false;
	/* 十月中下旬, 十月份: a part of the month, written on in digits */
	static const char *const parts[] = {"上旬", "中旬", "下旬", "上中旬", "中下旬",
					    "份", "底", "初", NULL};
	/* 二月初二 is a lunar day (notice-lunar.c), kept as written */
	const char *lunar_day = q;
	if (skip(&lunar_day, "初") && (cn_digit(lunar_day) > 0 || wp_str_starts(lunar_day, "十")))
		return false;
	for (const char *const *w = parts; *w && n != 4; w++)
		if (wp_str_starts(q, *w)) {
			wp_buf_printf(b, "%d月", month);
			*p = q;
			return true;
		}
	int day = cn_small(&q);
	if (day < 1 || day > 31 || (!skip(&q, "日") && !skip(&q, "号")))
		return false;
	if (n == 4)
		wp_buf_printf(b, "%d年", year);
	wp_buf_printf(b, "%d月%d日", month, day);
	*p = q;
	return true;
}

/* 十月二十二日至二十三日: the day a range of a date just written ends on,
 * the month left out, into b (至23日); false if none follows. */
static bool cn_range_end(const char **p, wp_buf *b)
{
	const char *q = *p;
	if (!skip(&q, "至"))
		return false;
	int day = cn_small(&q);
	if (day < 1 || day > 31 || !skip(&q, "日"))
		return false;
	wp_buf_printf(b, "至%d日", day);
	*p = q;
	return true;
}

char *wp_ndate_digits(const char *s)
{
	wp_buf b = WP_BUF_INIT;
	bool inside = false; /* in a run of numerals: a date starts at its head */
	for (const char *p = s; *p;) {
		bool numeral = cn_digit(p) >= 0 || wp_str_starts(p, "十");
		if (numeral && !inside && cn_date(&p, &b)) {
			cn_range_end(&p, &b);
			continue;
		}
		inside = numeral || wp_str_starts(p, "年");
		size_t n = (unsigned char)*p >= 0xf0 ? 4 : (unsigned char)*p >= 0xe0 ? 3
			 : (unsigned char)*p >= 0xc0 ? 2 : 1;
		for (size_t k = 0; k < n && *p; k++)
			wp_buf_putc(&b, *p++);
	}
	return wp_buf_take(&b);
}

/* Does s name the campaign's span before a mark at hit (宣传周期间,
 * 宣传月全程), no other day's (节日期间) and no dated day's (8月15日…期间)?
 * week_or_month: only a week's or a month's span (宣传月全程, not 活动全程). */
static bool campaign_span_before(const char *s, const char *hit, bool week_or_month)
{
	const char *const *spans = wp_words(WP_WORDS_SPAN_UNIT);
	const char *const *not_campaign_days = wp_words(WP_WORDS_OTHER_DAY);
	for (const char *const *w = spans; *w; w++) {
		if (!wp_str_ends_at(s, hit, *w))
			continue;
		/* 活动全程, 比赛日全程: all of one event or day, not the campaign */
		if (week_or_month && !wp_str_starts(*w, "周") && !wp_str_starts(*w, "月"))
			continue;
		bool other_day = false;
		for (const char *const *n = not_campaign_days; wp_str_starts(*w, "日") && *n && !other_day; n++)
			other_day = wp_str_ends_at(s, hit, *n);
		if (other_day)
			continue;
		/* a dated day (8月15日…期间) is that day's, not the campaign's */
		const char *clause = hit;
		while (clause > s && !wp_str_ends_at(s, clause, "，") && !wp_str_ends_at(s, clause, "。") &&
		       hit - clause < 60) {
			clause--; /* back one character */
			while (clause > s && ((unsigned char)*clause & 0xc0) == 0x80)
				clause--;
		}
		char *before = wp_str_sub(clause, (size_t)(hit - clause));
		wp_ndate d;
		bool dated = wp_nfind_date(before, 2000, &d);
		free(before);
		if (!dated)
			return true;
	}
	return false;
}

bool wp_nfind_during(const char *s)
{
	/* 全月，组织…: the whole month of a month's campaign, said first;
	 * 完成时限：全月, said alone */
	size_t month = wp_word_at(s, WP_WORDS_WHOLE_MONTH);
	/* (时间：全月；地点：…, a line of fields) */
	if (month && (s[month] == '\0' || wp_str_starts(s + month, "，") || wp_str_starts(s + month, "；")))
		return true;
	/* 宣传周期间, “质量月”期间, 整个宣传月期间, 活动期间, 助残日期间,
	 * 贯穿宣传月全程; not 8月15日全国生态日期间, not 节日期间 */
	for (const char *hit = wp_str_find(s, "期间"); hit; hit = wp_str_find(hit + 1, "期间"))
		if (campaign_span_before(s, hit, false))
			return true;
	for (const char *const *m = wp_words(WP_WORDS_SPAN_THROUGH); *m; m++)
		for (const char *hit = wp_str_find(s, *m); hit; hit = wp_str_find(hit + 1, *m))
			if (campaign_span_before(s, hit, true))
				return true;
	return false;
}
