/* notice-day-paras.c - day lines over prose paragraphs: 4月20日（星期一）
 * alone on its line (or 4月20日 星期一, 4月20日（星期一）下午), the
 * paragraphs under it each an activity of that day, and the day lines
 * stacked under a line announcing them (本次讲座分两场举行：) each a day
 * of the events under them. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* s past a weekday (星期一, 周一) not in brackets; s if none. */
static const char *past_bare_weekday(const char *s)
{
	size_t week = wp_word_at(s, WP_WORDS_WEEK);
	size_t numeral = week ? wp_word_at(s + week, WP_WORDS_WEEKDAY_NUMERAL) : 0;
	return numeral ? s + week + numeral : s;
}

/* Is paragraph i a bare day line: 4月20日（星期一）, 4月20日 星期一,
 * 4月20日（星期一）：, or 4月20日（星期一）下午, a part of the day closing it
 * (copied into part, empty if none: the part is the events' under it)? */
#define DAY_PART_MAX 16
static bool day_line(const struct reader *r, size_t i, wp_ndate *day, char part[DAY_PART_MAX])
{
	const char *p = r->t.para[i];
	part[0] = '\0';
	if (r->outline.para[i].kind != WP_OUTLINE_LABEL && wp_notice_only_a_day(p, r->year, day))
		return true;
	char *s = wp_str_nospace(p);
	wp_ndate d;
	bool ok = wp_nis_digit(*s) && wp_nfind_date_at(s, r->year, &d) && d.start == d.end;
	const char *q = ok ? past_bare_weekday(s + d.len) : s;
	size_t word = ok ? wp_time_of_day_at(q, NULL) : 0;
	if (ok && word < DAY_PART_MAX) {
		memcpy(part, q, word);
		part[word] = '\0';
		q += word;
	}
	/* more than a date (a weekday, a part of the day, a colon), nothing
	 * else */
	ok = ok && word < DAY_PART_MAX && q != s + d.len && (!*q || strcmp(q, "：") == 0 || strcmp(q, ":") == 0);
	if (ok) {
		*day = d;
		day->at = p, day->len = strlen(p); /* s goes */
	}
	free(s);
	return ok;
}

/* 4月23日为世界读书日，…系列活动另行通知: an event to be announced, at no
 * hour, is none of the schedule's. */
static bool announced_later(const char *p)
{
	size_t len;
	char clock[6];
	return wp_word_find(p, WP_WORDS_LEFT_OPEN, &len) && !wp_nfind_time(p, clock, NULL);
}

/* 启动仪式结束后，10:30在同一地点举办…: the place of the activity named, or
 * else of the one just read (the last of before activities of this
 * schedule; none when before is 0). */
static void same_place_as_before(struct reader *r, const char *p, size_t before)
{
	size_t n = json_array_size(r->activities);
	json_t *a = json_array_get(r->activities, n - 1);
	wp_notice_same_place_as_named(r, a, p);
	const char *place = json_string_value(json_object_get(a, "location"));
	json_t *there = before && n >= 2 ? json_object_get(json_array_get(r->activities, n - 2), "location") : NULL;
	/* 在同一地点 with no place before it names none */
	if (place && wp_word_is(place, WP_WORDS_SAME_PLACE))
		json_object_set(a, "location", json_is_string(there) ? there : json_null());
}

/* Reads paragraph i (p, titled title) as activity no on day, or on its
 * own day; a clock opening it is of the day line's part of the day
 * (下午 over 2:30，在…). False when the reader holds its maximum. */
static bool read_under_day(struct reader *r, size_t i, const char *no, const char *title, const wp_ndate *day,
			   const char *part, size_t before)
{
	const char *p = r->t.para[i];
	if (!wp_notice_add_unnumbered_item(r, no, i, i))
		return false;
	wp_ndate own;
	bool dated = wp_notice_event_date(r, p, &own);
	wp_buf with_part = WP_BUF_INIT;
	if (*part && wp_nis_digit(*p))
		wp_buf_printf(&with_part, "%s%s", part, p);
	wp_notice_read_prose_paragraph(r, no, title, with_part.len ? wp_buf_str(&with_part) : p, NULL, dated ? &own : day);
	wp_buf_free(&with_part);
	same_place_as_before(r, p, before);
	return true;
}

/* 本次讲座分两场举行： / 4月20日（星期一） / 4月27日（星期一） over the
 * paragraphs under them: each event on each day; more such lines in a
 * row than this start anew */
#define DAYS_IN_A_ROW 8

size_t wp_notice_read_day_line_paragraphs(struct reader *r, size_t from)
{
	wp_ndate day[DAYS_IN_A_ROW];
	char part[DAYS_IN_A_ROW][DAY_PART_MAX];
	size_t days = 0;
	for (size_t i = from; i < r->t.n && !wp_outline_ends_section(&r->outline, i) && wp_notice_step(r, 1); i++) {
		if (day_line(r, i, &day[0], part[0]))
			days++;
		/* (…分两场举行： announces the day lines under it) */
		else if (days && !wp_str_ends(r->t.para[i], "。") &&
			 !(wp_str_ends(r->t.para[i], "：") && i + 1 < r->t.n && day_line(r, i + 1, &day[0], part[0])))
			return 0; /* a day's title lines, field lines or timed rows: a schedule of another kind */
	}
	if (days < 2) /* one such line is a date, not a schedule */
		return 0;
	size_t count = 0, in_row = 0;
	bool after_day = false;
	for (size_t i = from; i < r->t.n && !wp_outline_ends_section(&r->outline, i) && wp_notice_step(r, 1); i++) {
		wp_ndate d;
		char pt[DAY_PART_MAX];
		if (day_line(r, i, &d, pt)) {
			/* 4月22日 / 4月23日 / 在…举办…: a day line with nothing
			 * under it, unless a line announced the days (本次讲座分两
			 * 场举行：) */
			bool announced = in_row && after_day && i >= 1 + in_row && wp_str_ends(r->t.para[i - 1 - in_row], "：");
			if (after_day && in_row && !announced) {
				wp_notice_note(r, WP_TR("the day line '%.40s' has no activity under it"), r->t.para[i - 1]);
				in_row = 0;
			}
			if (!after_day || in_row == DAYS_IN_A_ROW)
				in_row = 0;
			day[in_row] = d;
			memcpy(part[in_row++], pt, DAY_PART_MAX);
			after_day = true;
			continue;
		}
		after_day = false;
		const char *p = r->t.para[i];
		/* 模拟庭审分两场举行：: the day lines under it announced, no event */
		bool announces = wp_str_ends(p, "：") && i + 1 < r->t.n && day_line(r, i + 1, &d, pt);
		char *title = in_row && !announces && !announced_later(p) ? wp_notice_event_named(p) : NULL;
		bool full = false;
		for (size_t k = 0; title && k < in_row && !full; k++) {
			char no[16];
			snprintf(no, sizeof no, "%zu", count + 1);
			full = !read_under_day(r, i, no, title, &day[k], part[k], count);
			count += !full;
		}
		free(title);
		if (full)
			break;
	}
	if (count)
		wp_notice_note(r, WP_TR("the activities are the paragraphs under the section's day lines, each on its "
					"day unless it gives its own, numbered 1, 2 ... in order"));
	return count;
}
