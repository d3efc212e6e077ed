/* notice-theme-days.c - a week told day by day under headings that name
 * each day's theme (6月8日（星期一）“食品安全进校园”主题日), each over one
 * paragraph of prose: 由X牵头，Y、Z参与，上午9:00在…举办…. The paragraph is
 * the day's activity, titled by its theme day; a later event it tells
 * with a time of its own (…；下午3点在…举办…培训会，…) is a row of its
 * own, titled by what is held, with the paragraph's units. The day lines
 * themselves are read by notice-days.c (wp_notice_read_day_lines). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

static const char *const clause_end[] = {"；", "。", NULL};

/* The event a clause opening with a time of day tells by its own verb
 * and object (下午3点在…举办…培训会 -> …培训会); NULL when it tells none
 * (下午继续). Caller frees. */
static char *later_event(const char *p)
{
	if (!wp_time_of_day_at(p, NULL))
		return NULL;
	char *clause = wp_notice_upto(p, clause_end);
	char *named = wp_notice_event_named(clause);
	free(clause);
	return named;
}

/* Where the next event of the paragraph starts: at a ； before a time of
 * day whose clause tells an event of its own; the end of p if none. */
static const char *next_event(const char *p)
{
	for (const char *q = p; *q; q += wp_str_char_len(q)) {
		const char *after = q;
		if (!wp_str_skip(&after, "；"))
			continue;
		char *named = later_event(after);
		free(named);
		if (named)
			return q;
	}
	return p + strlen(p);
}

/* The units the paragraph names in prose (由X牵头，Y、Z参与): the genre
 * names them once, for every event of the day. */
static void read_units(struct reader *r, json_t *a, const char *para)
{
	json_t *lead, *coop;
	wp_notice_read_units(r, para, &lead, &coop);
	json_object_set_new(a, "lead", lead);
	json_object_set_new(a, "cooperate", coop);
}

/* One row of the day: text (its event's part of the paragraph) titled
 * title, numbered count + 1; false when no more items fit. */
static bool add_row(struct reader *r, size_t count, const wp_ndate *days, size_t i, const char *text,
		    const char *title)
{
	char no[16];
	snprintf(no, sizeof no, "%zu", count + 1);
	if (!wp_notice_add_unnumbered_item(r, no, i, i))
		return false;
	char *clean = wp_str_trim_end(title, wp_notice_end_punct);
	json_t *a = wp_notice_new_activity(no, clean);
	free(clean);
	wp_notice_set_read_dates(a, days);
	wp_notice_set_times(a, text);
	char *place = wp_notice_find_location(text);
	if (place)
		json_object_set_new(a, "location", json_string(place));
	free(place);
	read_units(r, a, r->t.para[i]);
	json_array_append_new(r->activities, a);
	return true;
}

int wp_notice_add_theme_day(struct reader *r, size_t count, const wp_ndate *days, const char *theme, size_t i)
{
	const char *p = r->t.para[i];
	int added = 0;
	/* 9月15日（星期二）　校园日 / 上午9:00，在X举办“网络安全进校园”主题活动: a
	 * day named for its theme only (no 主题日 of its own name) is titled by
	 * the event its paragraph holds */
	bool day_named = !wp_word_ends(theme, WP_WORDS_THEME_DAY) && !wp_str_starts(theme, "“");
	for (bool first = true; *p && wp_notice_step(r, 1); first = false) {
		const char *stop = next_event(p);
		char *text = wp_str_sub(p, (size_t)(stop - p));
		char *title = !first ? later_event(p) : day_named ? wp_notice_event_named(text) : NULL;
		if (!title)
			title = wp_xstrdup(theme);
		bool room = add_row(r, count + (size_t)added, days, i, text, title);
		free(title);
		free(text);
		if (!room)
			return added ? added : -1;
		added++;
		p = stop;
		wp_str_skip(&p, "；");
	}
	if (added && count == 0)
		wp_notice_note(r, WP_TR("a day heading that names a theme day (%s) has the paragraph under it as "
					"its activity, titled by the theme day"),
			       theme);
	return added;
}
