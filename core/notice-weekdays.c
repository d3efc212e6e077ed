/* notice-weekdays.c - a weekday written beside a date that is not the
 * date's (9月16日（星期四） where 2026-09-16 is a Wednesday). One of the
 * two was mistyped; the reader cannot tell which, so it keeps the date
 * and says so, for the person importing to check. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "date.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "text.h"

/* At most this many mismatches are told: a notice whose every weekday
 * is off was written for another year, which one line would say as well. */
enum { MAX_TOLD = 20 };

/* The weekday words, 1 = Monday ... 7 = Sunday (日 and 天 both). */
static const char *const day_names[] = {"一", "二", "三", "四", "五", "六", "日", "天"};

/* The weekday (1..7) a bracket at p names (（星期四）, (周四), （星期三、秋分）)
 * and its length in *len; 0 if p opens none. */
static int bracket_weekday(const char *p, size_t *len)
{
	const char *q = p;
	if (!wp_str_skip(&q, "（") && !wp_str_skip(&q, "("))
		return 0;
	if (!wp_str_skip(&q, "星期") && !wp_str_skip(&q, "礼拜") && !wp_str_skip(&q, "周"))
		return 0;
	for (int k = 0; k < 8; k++) {
		const char *r = q;
		if (wp_str_skip(&r, day_names[k]) &&
		    (wp_str_starts(r, "）") || wp_str_starts(r, ")") || wp_str_starts(r, "、") ||
		     wp_str_starts(r, "，"))) {
			*len = (size_t)(r - p);
			return k < 7 ? k + 1 : 7;
		}
	}
	return 0;
}

/* The ASCII number that ends right before end (at most 4 digits, not
 * before from); -1 if none. *start receives where it starts. */
static int number_before(const char *from, const char *end, const char **start)
{
	const char *s = end;
	while (s > from && end - s < 4 && s[-1] >= '0' && s[-1] <= '9')
		s--;
	if (s == end || (s > from && s[-1] >= '0' && s[-1] <= '9'))
		return -1;
	int n = 0;
	for (const char *d = s; d < end; d++)
		n = n * 10 + (*d - '0');
	*start = s;
	return n;
}

/* The day written right before p as [[Y年]M月]D日 or M/D, M.D: its
 * date (year: the written one, else year) and where it starts; false
 * if p follows no month and day. */
static bool day_before(const char *para, const char *p, int year, wp_date *day, const char **start)
{
	const char *s;
	int d, m, y = year;
	if (wp_str_ends_at(para, p, "日")) {
		if ((d = number_before(para, p - strlen("日"), &s)) < 0 || !wp_str_ends_at(para, s, "月"))
			return false;
		if ((m = number_before(para, s - strlen("月"), &s)) < 0)
			return false;
		const char *ys;
		int written = wp_str_ends_at(para, s, "年") ? number_before(para, s - strlen("年"), &ys) : -1;
		if (written >= 1900) {
			y = written;
			s = ys;
		}
	} else if ((d = number_before(para, p, &s)) >= 0 && s > para && (s[-1] == '/' || s[-1] == '.')) {
		if ((m = number_before(para, s - 1, &s)) < 0)
			return false;
	} else {
		return false;
	}
	if (m < 1 || m > 12 || d < 1 || d > wp_date_days_in_month(y, m))
		return false;
	*day = wp_date_from_ymd(y, m, d);
	*start = s;
	return true;
}

/* Is written the weekday of a January day in the year after, or of a
 * December day in the year before (a campaign over the new year:
 * 1月2日（星期六） in a plan dated by the year before)? */
static bool fits_across_new_year(wp_date day, int written)
{
	int y, m, d;
	wp_date_to_ymd(day, &y, &m, &d);
	if (m != 1 && m != 12)
		return false;
	return wp_date_weekday(wp_date_from_ymd(m == 1 ? y + 1 : y - 1, m, d)) == written;
}

/* Where the bracket at p (of len bytes read) closes: past its ） or ),
 * else at len (（星期三、秋分）: the weekday and no more). */
static const char *bracket_end(const char *p, size_t len)
{
	const char *q = p + len;
	if (wp_str_skip(&q, "）") || wp_str_skip(&q, ")"))
		return q;
	return p + len;
}

void wp_notice_check_weekdays(struct reader *r)
{
	if (!r->year_known)
		return; /* a stand-in year's weekdays say nothing */
	static const char *const zh_days[] = {"", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
	size_t told = 0;
	for (size_t i = 0; i < r->t.n && told < MAX_TOLD && wp_notice_step(r, 1); i++) {
		const char *para = r->t.para[i];
		for (const char *p = para; *p && told < MAX_TOLD; p += wp_str_char_len(p)) {
			size_t len;
			int written = bracket_weekday(p, &len);
			wp_date day;
			const char *start;
			if (!written || !day_before(para, p, r->year, &day, &start) ||
			    wp_date_weekday(day) == written || fits_across_new_year(day, written))
				continue;
			char iso[WP_DATE_ISO_SIZE];
			const char *end = bracket_end(p, len);
			wp_notice_note(r, WP_TR("'%.*s': %s is a %s, not the weekday written: check the date"),
				       (int)(end - start), start, wp_date_format(day, iso),
				       zh_days[wp_date_weekday(day)]);
			told++;
		}
	}
}
