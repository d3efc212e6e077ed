/* notice-activity.c - an activity of the draft plan: made with its keys,
 * and its dates and times set from what the text says (a day, a range, the
 * campaign's period, a part of a month, a clock time and its end). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

json_t *wp_notice_new_activity(const char *no, const char *title)
{
	return json_pack("{s:s, s:s, s:n, s:n, s:n, s:n, s:n, s:n, s:[], s:[], s:n}", "no", no,
			 "title", title, "description", "start", "end", "time", "end_time", "location",
			 "lead", "cooperate", "notes");
}

void wp_notice_set_dates(json_t *a, wp_date start, wp_date end)
{
	json_object_set_new(a, "start", wp_notice_jdate(start));
	json_object_set_new(a, "end", wp_notice_jdate(end));
	json_object_del(a, WP_NOTICE_WRITTEN);
}

void wp_notice_set_period_dates(struct reader *r, json_t *a, const char *text)
{
	wp_notice_set_dates(a, r->start, r->end);
	/* 宣传周期间 as written (its clause), for a notice without a period */
	const char *during = wp_str_find(text, "期间"), *from = text;
	for (const char *c = text; during && c < during; c += wp_str_char_len(c))
		if (wp_str_starts(c, "，") || wp_str_starts(c, "：") || wp_str_starts(c, "。"))
			from = c + wp_str_char_len(c);
	if (!during)
		return;
	char *written = wp_str_sub(from, (size_t)(during - from) + strlen("期间"));
	json_object_set_new(a, WP_NOTICE_WRITTEN, json_string(written));
	free(written);
}

bool wp_notice_set_first_day(struct reader *r, json_t *a, const char *text)
{
	if (!text || r->start == WP_DATE_NONE)
		return false;
	for (const char *const *w = wp_words(WP_WORDS_CAMPAIGN_SPAN); *w; w++) {
		const char *at = wp_str_find(text, *w);
		size_t first = at ? wp_word_at(at + strlen(*w), WP_WORDS_FIRST_DAY) : 0;
		size_t last = at && !first && r->end != WP_DATE_NONE ? wp_word_at(at + strlen(*w), WP_WORDS_LAST_DAY) : 0;
		/* 第1天至第3天: a span of days, not the first; 最后一天前: a
		 * day things are due by */
		const char *after = at ? at + strlen(*w) + first + last : NULL;
		if ((!first && !last) || wp_word_at(after, WP_WORDS_RANGE_MARK) || wp_str_starts(after, "、") ||
		    wp_str_starts(after, "前"))
			continue;
		wp_date day = first ? r->start : r->end;
		wp_notice_set_dates(a, day, day);
		char *written = wp_str_sub(at, strlen(*w) + first + last);
		json_object_set_new(a, WP_NOTICE_WRITTEN, json_string(written));
		free(written);
		return true;
	}
	return false;
}

/* The day the notice's para dates name with (12月4日是第13个国家宪法日,
 * 其中7月15日为全国低碳日): a date in the clause before name. */
static bool dated_name_in(const char *para, const char *name, int year, wp_ndate *d)
{
	for (const char *hit = wp_str_find(para, name); hit; hit = wp_str_find(hit + 1, name)) {
		const char *from = para;
		for (const char *c = para; c < hit; c += wp_str_char_len(c))
			if (wp_str_starts(c, "，") || wp_str_starts(c, "。") || wp_str_starts(c, "；"))
				from = c + wp_str_char_len(c);
		char *clause = wp_str_sub(from, (size_t)(hit - from));
		bool dated = wp_nfind_date(clause, year, d) && d->start == d->end;
		free(clause);
		if (dated)
			return true;
	}
	return false;
}

bool wp_notice_set_named_day(struct reader *r, json_t *a, const char *text)
{
	const char *on = text ? wp_str_find(text, "日当天") : NULL;
	if (!on)
		return false;
	/* the name: the characters before 日当天, back to a mark or a digit */
	static const char *const marks[] = {"，", "。", "；", "：", "、", "”", NULL};
	const char *from = on;
	for (int k = 0; k < 10 && from > text; k++) {
		const char *prev = from - 1;
		while (prev > text && ((unsigned char)*prev & 0xc0) == 0x80)
			prev--;
		if ((unsigned char)*prev < 0x80 || wp_str_span_of(prev, marks))
			break;
		from = prev;
	}
	if (on - from < 2 * 3)
		return false; /* 当日, 每日当天: no name */
	char *name = wp_str_sub(from, (size_t)(on - from) + strlen("日"));
	wp_ndate d;
	bool dated = false;
	for (size_t i = 0; i < r->t.n && !dated; i++)
		dated = dated_name_in(r->t.para[i], name, r->year, &d);
	if (dated) {
		wp_notice_set_dates(a, d.start, d.start);
		json_object_set_new(a, WP_NOTICE_WRITTEN, json_sprintf("%s当天", name));
	}
	free(name);
	return dated;
}

void wp_notice_set_read_dates(json_t *a, const wp_ndate *d)
{
	wp_notice_set_dates(a, d->start, d->end);
	/* as written, without the weekday in brackets that closes one day
	 * (4月22日（星期二）); a range whose days both carry one is kept whole
	 * (8月21日（星期五）至8月28日（星期五）) */
	char *written = wp_str_sub(d->at, d->len);
	char *bracket = strstr(written, "（");
	if (bracket && bracket != written && !strstr(bracket + strlen("（"), "（"))
		*bracket = '\0';
	json_object_set_new(a, WP_NOTICE_WRITTEN, json_string(written));
	free(written);
}

bool wp_notice_set_day_only(struct reader *r, json_t *a, const char *no, const char *text)
{
	wp_ndate d;
	bool wrong = false;
	if (!text || !wp_nfind_day_only(text, r->start, r->end, &d, &wrong)) {
		/* 16日（星期三） where the 16th is a Thursday: the day as written
		 * goes to the notes, and the report says why it is undated */
		if (wrong) {
			wp_notice_keep_when(a, d.at, d.len);
			wp_notice_note(r, WP_TR("activity %s: '%.*s' names a weekday the day is not in the campaign's month: left undated"),
				       no, (int)d.len, d.at);
		}
		return wrong;
	}
	wp_notice_set_read_dates(a, &d);
	return true;
}

/* a's days read from a calendar of its own (a lunar date, a solar term):
 * the clerk sees the words the days were read from */
static void set_calendar_days(json_t *a, const wp_ndate *d)
{
	wp_notice_set_dates(a, d->start, d->end);
	char *written = wp_str_sub(d->at, d->len);
	json_object_set_new(a, WP_NOTICE_WRITTEN, json_string(written));
	free(written);
	wp_notice_keep_when(a, d->at, d->len);
}

bool wp_notice_set_lunar(struct reader *r, json_t *a, const char *text)
{
	wp_ndate d;
	if (!text || !wp_nfind_lunar(text, r->year, r->start, r->end, &d))
		return false;
	set_calendar_days(a, &d);
	return true;
}

bool wp_notice_set_solar_term(struct reader *r, json_t *a, const char *text)
{
	wp_ndate d;
	if (!text || !wp_nfind_solar_term(text, r->year, r->start, r->end, &d))
		return false;
	set_calendar_days(a, &d);
	return true;
}

/* An activity left undated still has what the notice says of when (4月下旬,
 * 3月15日前后): it goes into the notes, which are stored, so the clerk
 * sees it on the activity instead of nothing. */
void wp_notice_keep_when(json_t *a, const char *at, size_t len)
{
	char *when = wp_str_sub(at, len);
	json_object_set_new(a, "notes", json_sprintf("时间：%s", when));
	free(when);
}

void wp_notice_set_part_of_month(struct reader *r, json_t *a, const char *no, const wp_ndate *d)
{
	wp_notice_set_read_dates(a, d);
	/* 4月上旬至4月中旬 where the 活动时间 says the same: the period; 6月份:
	 * a month, whole */
	int sy, sm, sd, ey, em, ed;
	wp_date_to_ymd(d->start, &sy, &sm, &sd);
	wp_date_to_ymd(d->end, &ey, &em, &ed);
	if ((d->start == r->start && d->end == r->end) ||
	    (sy == ey && sm == em && sd == 1 && ed == wp_date_days_in_month(ey, em)))
		return;
	/* the words stay only where every date does (a notice without a year) */
	json_t *written = r->year_known ? NULL : json_incref(json_object_get(a, WP_NOTICE_WRITTEN));
	wp_notice_set_dates(a, WP_DATE_NONE, WP_DATE_NONE);
	if (written)
		json_object_set_new(a, WP_NOTICE_WRITTEN, written);
	wp_notice_keep_when(a, d->at, d->len);
	wp_notice_note(r, WP_TR("activity %s: '%.*s' is a part of a month, not a date: left undated"), no,
		       (int)d->len, d->at);
}

/* The time in text (上午9:00, 下午3点, 9时) and an end time right after
 * it (9:00-11:30, 下午2点至4点); returns whether a time was found. */
bool wp_notice_set_times(json_t *a, const char *text)
{
	char time[6], end_time[6];
	const char *time_at = NULL;
	if (!text || !wp_nfind_time(text, time, &time_at))
		return false;
	json_object_set_new(a, "time", json_string(time));
	const char *t = time_at;
	while ((*t >= '0' && *t <= '9') || *t == ':' || wp_str_starts(t, "时") ||
	       wp_str_starts(t, "点") || wp_str_starts(t, "分") || wp_str_starts(t, "："))
		t += wp_str_char_len(t);
	const char *e = NULL;
	/* 9:00～11:30, 下午2点到4点 */
	if (wp_word_at(t, WP_WORDS_RANGE_MARK) && wp_nfind_time(t, end_time, &e) && e <= t + 6) {
		/* 下午2点至4点: the afternoon carries over to the end. */
		int h = atoi(end_time);
		if (strcmp(end_time, time) <= 0 && atoi(time) >= 12 && h < 12) {
			h += 12; /* "HH:MM": rewrite the hour digits in place */
			end_time[0] = (char)('0' + h / 10);
			end_time[1] = (char)('0' + h % 10);
		}
		if (strcmp(end_time, time) > 0)
			json_object_set_new(a, "end_time", json_string(end_time));
	}
	return true;
}


/* 启动仪式结束后，…: the earlier activity text says this one follows (the
 * one whose title holds the name before 结束后); NULL if none. */
static json_t *follows(struct reader *r, const char *text)
{
	size_t len;
	const char *after = text ? wp_word_find(text, WP_WORDS_AFTER_EVENT, &len) : NULL;
	if (!after)
		return NULL;
	static const char *const marks[] = {"，", "。", "；", "、", NULL};
	const char *from = after;
	while (from > text) {
		const char *prev = from - 1;
		while (prev > text && ((unsigned char)*prev & 0xc0) == 0x80)
			prev--;
		if (wp_str_span_of(prev, marks))
			break;
		from = prev;
	}
	char *name = wp_str_sub(from, (size_t)(after - from));
	/* two characters at least: 结束后 alone names nothing */
	json_t *found = wp_text_width(name) >= 4 ? wp_notice_named_activity(r, name) : NULL;
	free(name);
	return found;
}

bool wp_notice_set_after_named(struct reader *r, json_t *a, const char *text)
{
	json_t *before = follows(r, text);
	json_t *start = before ? json_object_get(before, "start") : NULL;
	if (!json_is_string(start))
		return false;
	json_object_set(a, "start", start);
	json_object_set(a, "end", json_object_get(before, "end"));
	json_t *written = json_object_get(before, WP_NOTICE_WRITTEN);
	if (written)
		json_object_set(a, WP_NOTICE_WRITTEN, written);
	wp_notice_note(r, WP_TR("activity %s: held after activity %s, on its day"),
		       json_string_value(json_object_get(a, "no")), json_string_value(json_object_get(before, "no")));
	return true;
}

bool wp_notice_set_that_day(struct reader *r, json_t *a, const char *text)
{
	size_t n = json_array_size(r->activities);
	if (!n || !wp_word_at(text, WP_WORDS_THAT_DAY))
		return false;
	json_t *before = json_array_get(r->activities, n - 1);
	json_t *start = json_object_get(before, "start");
	if (!json_is_string(start) || !json_equal(start, json_object_get(before, "end")))
		return false;
	json_object_set(a, "start", start);
	json_object_set(a, "end", start);
	wp_notice_note(r, WP_TR("activity %s: held on the day of activity %s (当天)"),
		       json_string_value(json_object_get(a, "no")), json_string_value(json_object_get(before, "no")));
	return true;
}

void wp_notice_same_place_as_named(struct reader *r, json_t *a, const char *text)
{
	const char *place = json_string_value(json_object_get(a, "location"));
	json_t *before = place && wp_word_is(place, WP_WORDS_SAME_PLACE) ? follows(r, text) : NULL;
	json_t *there = before ? json_object_get(before, "location") : NULL;
	if (json_is_string(there))
		json_object_set(a, "location", there);
}
