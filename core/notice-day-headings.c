/* notice-day-headings.c - what day a line under a schedule stands for:
 * a day heading (9月18日（星期五）, 9月19日（星期六）——全民国防教育日),
 * a day line or a range of days (5月18日（星期一）—5月22日（星期五）),
 * a weekday alone (星期一（开幕日）), dated only inside a period of at
 * most a week, and a run that ends on a weekday (展期至星期五). Apart from
 * notice-days.c, which reads the timed paragraphs and schedule lines
 * under the days these resolve: this is the resolving of days, that the
 * reading of activities. */
#include "config.h"

#include <string.h>

#include "date.h"
#include "notice-date.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* Past a weekday in brackets, （星期五） or （周五）, at p; p if none. */
static const char *past_weekday(const char *p)
{
	const char *q = p;
	if (!wp_str_skip(&q, "（"))
		return p;
	if (!wp_str_skip(&q, "星期") && !wp_str_skip(&q, "周"))
		return p;
	q += wp_str_char_len(q); /* 一 … 日, 天 */
	return wp_str_skip(&q, "）") ? q : p;
}

/* Past the mark of a range at q (—, ——, -, ～, 至); q if none. */
const char *wp_notice_past_range_mark(const char *q)
{
	const char *p = q;
	for (size_t mark; (mark = wp_word_at(p, WP_WORDS_RANGE_MARK)) > 0;)
		p += mark;
	return p;
}

/* Is heading one day and nothing else? The day into *day. */
bool wp_notice_day_heading(const char *heading, int year, wp_ndate *day)
{
	if (!wp_nfind_date_at(heading, year, day) || day->start != day->end)
		return false;
	const char *rest = past_weekday(heading + day->len);
	/* 9月19日（星期六）——全民国防教育日: what the day is, after a dash */
	return !*rest || wp_str_starts(rest, "——") || wp_str_starts(rest, "—");
}

/* The weekday named at p (星期三, 周五, 礼拜天), 1 = Monday … 7 = Sunday,
 * its length in *len; 0 if none. */
static int weekday_at(const char *p, size_t *len)
{
	size_t week = wp_word_at(p, WP_WORDS_WEEK);
	if (!week)
		return 0;
	const char *const *numerals = wp_words(WP_WORDS_WEEKDAY_NUMERAL);
	for (int k = 0; numerals[k]; k++)
		if (wp_str_starts(p + week, numerals[k])) {
			*len = week + strlen(numerals[k]);
			return k < 7 ? k + 1 : 7; /* 天 is 日 */
		}
	return 0;
}

bool wp_notice_weekday_first_day(const char *cell, int year, wp_ndate *day)
{
	size_t len;
	if (!weekday_at(cell, &len))
		return false;
	const char *q = cell + len;
	while (*q == ' ' || wp_str_starts(q, "\xe3\x80\x80"))
		q += *q == ' ' ? 1 : 3;
	return wp_notice_day_heading(q, year, day);
}

/* The one date of the weekday inside the period: only when the period
 * is known and spans at most a week (9月14日至20日: 星期一 is 09-14);
 * in a longer one 星期一 names several days, and none is picked. */
static bool weekday_date(const struct reader *r, int weekday, wp_date *d)
{
	if (r->start == WP_DATE_NONE || r->end == WP_DATE_NONE || r->end < r->start || r->end - r->start > 6)
		return false;
	for (wp_date k = r->start; k <= r->end; k++)
		if (wp_date_weekday(k) == weekday) {
			*d = k;
			return true;
		}
	return false;
}

/* Is p a weekday and nothing else but what the day is, in brackets
 * (星期一（开幕日）, 周三（电信日、法治日）) or after a dash? The weekday
 * into *weekday, its place in *days (at and len; the dates WP_DATE_NONE,
 * for weekday_date to fill). */
static bool weekday_line(const char *p, int *weekday, wp_ndate *days)
{
	size_t len;
	if (!(*weekday = weekday_at(p, &len)))
		return false;
	*days = (wp_ndate){.start = WP_DATE_NONE, .end = WP_DATE_NONE, .at = p, .len = len};
	const char *rest = p + len;
	if (!*rest || wp_str_starts(rest, "——") || wp_str_starts(rest, "—"))
		return true;
	const char *close = wp_str_find(rest, "）");
	return wp_str_starts(rest, "（") && close && !close[strlen("）")] && wp_text_width(rest) <= 40;
}

/* A weekday line, dated by the period when only one day of it is that
 * weekday. */
bool wp_notice_weekday_line(const struct reader *r, const char *p, wp_ndate *days)
{
	int weekday;
	if (!weekday_line(p, &weekday, days))
		return false;
	wp_date d;
	if (weekday_date(r, weekday, &d))
		days->start = days->end = d;
	return true;
}

/* Past 第一天（ at p, a day counted in the run whose date follows in
 * brackets; p if none. */
static const char *past_nth_day(const char *p)
{
	size_t n = wp_word_at(p, WP_WORDS_NTH_DAY), len;
	if (!n || wp_cn_number(p + n, &len) <= 0)
		return p;
	const char *q = p + n + len;
	size_t unit = wp_word_at(q, WP_WORDS_NTH_DAY_UNIT);
	if (!unit)
		return p;
	q += unit;
	return wp_str_skip(&q, "（") ? q : p;
}

/* Is p, past the day of a heading and the spaces after it, the name of
 * a theme day and nothing else (“食品安全进校园”主题日, 全民节水宣传日):
 * a short name, no sentence, quoted or ending in a theme-day word? */
static bool theme_day(const char *p)
{
	while (wp_str_skip(&p, "　") || wp_str_skip(&p, " "))
		;
	static const char *const sentence[] = {"。", "，", "；", "：", NULL};
	for (size_t k = 0; sentence[k]; k++)
		if (wp_str_find(p, sentence[k]))
			return false;
	if (!*p || wp_text_width(p) > 40)
		return false;
	const char *close = wp_str_find(p, "”");
	/* 9月15日（星期二）　校园日: a week's day named for a theme, a short name
	 * ending in 日 (校园日, 电信日, 个人信息保护日) */
	bool named_day = wp_text_width(p) <= 16 && wp_text_width(p) >= 6 && wp_word_end_len(p, WP_WORDS_NAMED_DAY_END) > 0 &&
			 !wp_word_ends(p, WP_WORDS_NOT_NAMED_DAY);
	return wp_word_ends(p, WP_WORDS_THEME_DAY) || named_day ||
	       (wp_str_starts(p, "“") && close && close[strlen("”")] == '\0');
}

/* The theme day a day line names after its days (6月8日（星期一）“食品安全
 * 进校园”主题日 -> “食品安全进校园”主题日), from the days read by
 * wp_notice_day_line; NULL when it names none. */
const char *wp_notice_day_theme(const wp_ndate *days)
{
	const char *p = days->at + days->len;
	while (wp_str_skip(&p, "　") || wp_str_skip(&p, " "))
		;
	return *p ? p : NULL;
}

/* Is p a day or a range of days and nothing else (5月16日（星期六）,
 * 5月18日（星期一）—5月22日（星期五）, 第一天（5月16日））, or one day and
 * the theme it names (wp_notice_day_theme)? The days, as written, into
 * *days. */
bool wp_notice_day_line(const char *p, int year, wp_ndate *days)
{
	const char *at = past_nth_day(p);
	if (!wp_nfind_date_at(at, year, days))
		return false;
	const char *rest = past_weekday(at + days->len);
	const char *to = wp_notice_past_range_mark(rest);
	wp_ndate last;
	if (to != rest && wp_nfind_date_at(to, year, &last) && last.start >= days->start) {
		days->end = last.end;
		rest = past_weekday(to + last.len);
	}
	if (at != p && !wp_str_skip(&rest, "）"))
		return false;
	days->at = p;
	days->len = (size_t)(rest - p);
	return !*rest || (at == p && days->start == days->end && theme_day(rest));
}

/* 同日起，…开放…展，展期至星期五。: a run whose last day is written as a
 * weekday, the first such day from its start on (within the week, and
 * within the period when it is known); false when the body names none. */
bool wp_notice_run_end(const struct reader *r, const char *body, wp_date start, wp_date *end)
{
	for (const char *p = body; *p; p += wp_str_char_len(p)) {
		size_t mark = wp_word_at(p, WP_WORDS_RANGE_MARK), len;
		int weekday = mark ? weekday_at(p + mark, &len) : 0;
		if (!weekday)
			continue;
		for (wp_date d = start; d <= start + 6; d++)
			if (wp_date_weekday(d) == weekday) {
				*end = d;
				return r->end == WP_DATE_NONE || d <= r->end;
			}
	}
	return false;
}

/* Past the weekday after a label's date, 8月8日·周六, 8月8日（周六）,
 * 8月8日 星期六; p if none. */
static const char *past_label_weekday(const char *p)
{
	const char *q = past_weekday(p);
	if (q != p)
		return q;
	q = p + wp_word_at(p, WP_WORDS_LABEL_WEEKDAY_SEP);
	size_t len;
	return weekday_at(q, &len) ? q + len : p;
}

/* 12.4 国家宪法日。…: a day written month.day at the line's start, a
 * space after it, as a label (into *days, the text after the space in
 * *body); false for none (4.1 is no item's number here: the caller asks
 * only where no item stands). */
static bool dotted_label(const char *p, int year, wp_ndate *days, const char **body)
{
	const char *q = p;
	int month = wp_nread_number(&q, 2);
	if (month < 1 || month > 12 || !wp_str_skip(&q, "."))
		return false;
	int day = wp_nread_number(&q, 2);
	wp_date d = day >= 1 && day <= 31 ? wp_date_from_ymd(year, month, day) : WP_DATE_NONE;
	if (d == WP_DATE_NONE || !(*q == ' ' || wp_str_starts(q, "　")))
		return false;
	*days = (wp_ndate){.start = d, .end = d, .at = p, .len = (size_t)(q - p)};
	while (wp_str_skip(&q, "　") || wp_str_skip(&q, " "))
		;
	*body = q;
	return *q != '\0';
}

bool wp_notice_date_label(const char *p, int year, wp_ndate *days, const char **body)
{
	size_t open = wp_word_at(p, WP_WORDS_LABEL_OPEN);
	if (!open)
		return dotted_label(p, year, days, body);
	if (!wp_nfind_date_at(p + open, year, days))
		return false;
	const char *rest = past_label_weekday(p + open + days->len);
	const char *to = wp_notice_past_range_mark(rest);
	wp_ndate last;
	if (to != rest && wp_nfind_date_at(to, year, &last) && last.start >= days->start) {
		days->end = last.end;
		rest = past_label_weekday(to + last.len);
	}
	/* only the date in it: （8月8日上午在…） is an aside, no label */
	size_t close = wp_word_at(rest, WP_WORDS_LABEL_CLOSE);
	if (!close)
		return false;
	days->at = p + open;
	days->len = (size_t)(rest - days->at);
	const char *q = rest + close;
	while (wp_str_skip(&q, "　") || wp_str_skip(&q, " "))
		;
	*body = q;
	return *q != '\0';
}

int wp_notice_day_of_month(const char **p)
{
	const char *q = *p;
	int day = wp_nread_number(&q, 2);
	if (day < 1 || day > 31 || wp_nis_digit(*q) || !wp_str_skip(&q, "日"))
		return -1;
	*p = q;
	return day;
}

/* The date of day in the month of ref, or of the month after when the
 * day has passed in ref's month (28日 … then 1日); WP_DATE_NONE when
 * that month has no such day. */
static wp_date in_month_of(wp_date ref, int day)
{
	int y, m, d;
	wp_date_to_ymd(ref, &y, &m, &d);
	if (day < d && ++m > 12)
		m = 1, y++;
	return wp_date_valid_ymd(y, m, day) ? wp_date_from_ymd(y, m, day) : WP_DATE_NONE;
}

bool wp_notice_month_day_line(const char *p, const struct reader *r, wp_date ref, wp_ndate *days)
{
	size_t len;
	const char *q = p;
	int day = ref != WP_DATE_NONE ? wp_notice_day_of_month(&q) : -1;
	if (day < 0)
		return false;
	wp_date start = in_month_of(ref, day), end = start;
	/* 20日—26日　宣传周期间 after 26日: back in the period, when the day
	 * falls in it */
	wp_date in_period = r->start != WP_DATE_NONE ? in_month_of(r->start, day) : WP_DATE_NONE;
	if (in_period != WP_DATE_NONE && in_period <= r->end)
		start = end = in_period;
	const char *to = wp_notice_past_range_mark(q);
	int last = to != q ? wp_notice_day_of_month(&to) : -1;
	if (last > 0) {
		end = start != WP_DATE_NONE ? in_month_of(start, last) : WP_DATE_NONE;
		q = to;
	}
	if (start == WP_DATE_NONE || end == WP_DATE_NONE)
		return false;
	const char *rest = q;
	while (wp_str_skip(&rest, "　") || wp_str_skip(&rest, " "))
		;
	int weekday = weekday_at(rest, &len);
	if (weekday)
		rest += len;
	/* 26日　星期日（“4·26”世界知识产权日）, 20日—26日　宣传周期间: what
	 * the days are, a bracket or a few words, no sentence */
	static const char *const sentence[] = {"。", "，", "；", "：", "　", NULL};
	for (size_t k = 0; sentence[k]; k++)
		if (wp_str_find(rest, sentence[k]))
			return false;
	if (wp_text_width(rest) > 30 || (!weekday && last < 0 && *rest))
		return false;
	/* the whole line: what the days are names no theme day of theirs */
	*days = (wp_ndate){.start = start, .end = end, .at = p, .len = strlen(p)};
	return true;
}
