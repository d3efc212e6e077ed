/* notice-days.c - activities grouped under day headings: （一）9月18日
 * （星期五） and, under it, one paragraph per activity that opens with its
 * time of day (上午9:00　“国防教育第一课”。…；10:00　防空警报试鸣…). The
 * paragraphs carry no number of their own; each is numbered by its
 * heading and its place under it (一.1, 一.2), the convention the hand
 * readings decided for unnumbered items under a heading. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "i18n-core.h"
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

/* Is heading one day and nothing else? The day into *day. */
static bool day_heading(const char *heading, int year, wp_ndate *day)
{
	if (!wp_nfind_date_at(heading, year, day) || day->start != day->end)
		return false;
	const char *rest = past_weekday(heading + day->len);
	/* 9月19日（星期六）——全民国防教育日: what the day is, after a dash */
	return !*rest || wp_str_starts(rest, "——") || wp_str_starts(rest, "—");
}

/* Where a paragraph that opens with its time of day (上午9:00　, 10:30　,
 * 下午　) goes on, past the time and the space that sets it apart; NULL
 * when it does not open so. *word is the time-of-day word (上午) or NULL,
 * *clock where the clock time starts or NULL. */
static const char *past_opening_time(const char *p, const char **word, const char **clock)
{
	const char *q = p;
	size_t n = wp_time_of_day_at(q, NULL);
	*word = n ? p : NULL;
	q += n;
	*clock = NULL;
	char hhmm[6];
	const char *at;
	if (*q >= '0' && *q <= '9') {
		if (!wp_nfind_time(q, hhmm, &at) || at != q)
			return NULL; /* 2026年… is no clock */
		*clock = q;
		while ((*q >= '0' && *q <= '9') || *q == ':' || wp_str_starts(q, "：") || wp_str_starts(q, "时") ||
		       wp_str_starts(q, "点") || wp_str_starts(q, "分"))
			q += wp_str_char_len(q);
	}
	if (q == p)
		return NULL;
	/* the time stands apart from what follows: a space, or ，/： */
	const char *after = q;
	while (wp_str_skip(&after, "　") || wp_str_skip(&after, " "))
		;
	if (after == q && !wp_str_skip(&after, "，") && !wp_str_skip(&after, "："))
		return NULL;
	return after;
}

/* Does every paragraph first..last open with its time of day? */
static bool all_timed(const struct reader *r, size_t first, size_t last)
{
	const char *word, *clock;
	for (size_t k = first; k <= last; k++)
		if (!past_opening_time(r->t.para[k], &word, &clock))
			return false;
	return first <= last;
}

/* The activity's name: a run-in title (“国防教育第一课”。), else the
 * object of its first event verb (…组织基干民兵开展国防知识进村入户宣传，
 * -> 国防知识进村入户宣传). Caller frees; NULL if neither. */
static char *title_of(const char *body)
{
	char *first = wp_notice_first_sentence(body);
	if (wp_str_find(body, "。") && !wp_str_find(first, "，") && wp_text_width(first) <= 60)
		return first;
	free(first);
	return wp_notice_event_named(body);
}

/* The time of a paragraph: its clock time, read under the time-of-day
 * word it carries or, when it has none, the one an earlier paragraph of
 * the day carried (上午9:00 … then 10:00: still the morning). A word
 * with no clock time (下午　…) gives no time. */
static void set_time(json_t *a, const char *word, const char *clock, const char *body, const char **carried)
{
	if (word)
		*carried = word;
	if (!clock)
		return;
	wp_buf b = WP_BUF_INIT;
	if (!word && *carried)
		wp_buf_append(&b, *carried, wp_time_of_day_at(*carried, NULL));
	wp_buf_append(&b, word ? word : clock, (size_t)(body - (word ? word : clock)));
	wp_notice_set_times(a, wp_buf_str(&b));
	wp_buf_free(&b);
}

bool wp_notice_read_day_items(struct reader *r, const char *no, const char *heading, size_t first, size_t last)
{
	wp_ndate day;
	if (!day_heading(heading, r->year, &day) || !all_timed(r, first, last))
		return false;
	const char *carried = NULL;
	size_t position = 0;
	for (size_t k = first; k <= last && wp_notice_step(r, 1); k++) {
		const char *word, *clock;
		const char *body = past_opening_time(r->t.para[k], &word, &clock);
		char *title = title_of(body);
		if (!title)
			continue;
		char number[96];
		snprintf(number, sizeof number, "%.60s.%zu", no, ++position);
		if (!wp_notice_add_item(r, number, k, k)) {
			free(title);
			break;
		}
		char *clean = wp_str_trim_end(title, wp_notice_end_punct);
		json_t *a = wp_notice_new_activity(number, clean);
		wp_notice_set_read_dates(a, &day);
		set_time(a, word, clock, body, &carried);
		char *place = wp_notice_find_location(body);
		if (place)
			json_object_set_new(a, "location", json_string(place));
		free(place);
		json_t *lead, *coop;
		wp_notice_read_units(r, body, &lead, &coop);
		json_object_set_new(a, "lead", lead);
		json_object_set_new(a, "cooperate", coop);
		json_array_append_new(r->activities, a);
		free(clean);
		free(title);
	}
	wp_notice_note(r, WP_TR("activities under the day heading %s are its timed paragraphs, numbered %s.1, %s.2 ..."),
		       no, no, no);
	return true;
}
