/* notice-duty-rules.c - the rules of duties that are no one day: a duty
 * after each activity (每项活动结束后1个工作日内) and a recurring one
 * (每周五下班前, 及时报送), as their words are written. Split from
 * notice-duties.c, which reads the sentences that ask. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "buf.h"
#include "notice-date.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* 及时向省反诈中心报送工作动态: promptly (as word, 及时报送) with the
 * recipient written between 及时 and the verb, after 向 (to). Where it
 * is, or NULL. */
static const char *promptly_to(const char *s, const char *word)
{
	const char *verb = word + strlen("及时");
	for (const char *const *w = wp_words(WP_WORDS_PROMPTLY_TO); *w; w++) {
		const char *at = wp_str_find(s, *w);
		const char *sent = at ? wp_notice_find_near(at + strlen(*w), verb, 60) : NULL;
		if (!sent)
			continue;
		char *to = wp_str_sub(at + strlen(*w), (size_t)(sent - at - strlen(*w)));
		bool unit = wp_notice_unit_like(to);
		free(to);
		if (unit)
			return at;
	}
	return NULL;
}

/* 每项活动结束后当天，承担科室须将…发宣传科: a duty once per activity, on
 * the day each ends; the rule from the start of its clause, or NULL.
 * No one due date. Caller frees. */
char *wp_notice_each_end_rule(const char *s)
{
	size_t len;
	const char *at = wp_word_find(s, WP_WORDS_END_SAME_DAY, &len);
	if (!at)
		return NULL;
	const char *from = s;
	for (const char *c = wp_str_find(s, "，"); c && c < at; c = wp_str_find(c + strlen("，"), "，"))
		from = c + strlen("，");
	/* 每项活动结束当日17:00前, 活动当天下午6点前: the hour of that day,
	 * and its 前 */
	const char *end = at + len;
	bool before;
	const char *past = wp_notice_past_due_time(end, &before);
	if (before)
		end = past;
	/* 各牵头科室于每项活动结束当日…, 各科室在活动结束当日…: who owes it
	 * and the 于 that asks are no part of the rule */
	static const char *const asks[] = {"于", "在", NULL};
	for (const char *const *w = asks; *w; w++) {
		const char *ask = wp_str_find(from, *w);
		if (ask && ask < at)
			from = ask + strlen(*w);
	}
	return wp_str_sub(from, (size_t)(end - from));
}

/* A duty that recurs or runs through the campaign: 每周五下班前 (each
 * week), 每月25日前, 活动期间及时报送. The rule as written, or NULL.
 * Caller frees. */
/* Where the words naming a time before 期间 at during start (宣传周期间,
 * 活动期间): up to four characters back, not past a ，. */
static const char *during_words(const char *s, const char *during)
{
	const char *from = during;
	for (int k = 0; k < 4 && from > s && !wp_str_ends_at(s, from, "，"); k++) {
		from--;
		while (from > s && ((unsigned char)*from & 0xc0) == 0x80)
			from--;
	}
	return from;
}

char *wp_notice_recurring_rule(const char *s)
{
	for (const char *const *w = wp_words(WP_WORDS_RECURRING); *w; w++) {
		const char *at = wp_str_find(s, *w);
		const char *before = at ? wp_notice_find_near(at, "前", 30) : NULL;
		if (before)
			return wp_str_sub(at, (size_t)(before + strlen("前") - at));
		/* 活动期间每日将活动信息报局办公室: each day of the campaign */
		if (at && (wp_str_ends_at(s, at, "期间") || wp_str_ends_at(s, at, "期间，")) &&
		    (wp_notice_find_near(at, "报", 60))) {
			const char *from = during_words(s, wp_str_find(s, "期间"));
			return wp_str_sub(from, (size_t)(at + strlen(*w) - from));
		}
	}
	for (const char *const *w = wp_words(WP_WORDS_PROMPTLY); *w; w++) {
		const char *at = wp_str_find(s, *w);
		if (!at)
			at = promptly_to(s, *w);
		const char *during = at ? wp_str_find(s, "期间") : NULL;
		if (at && (!during || during > at) && wp_str_ends_at(s, at, "要"))
			return wp_xstrdup(*w); /* 各成员单位要及时报送活动动态信息 */
		if (!during || during > at)
			continue;
		const char *from = during_words(s, during); /* 活动期间, 宣传周期间 */
		wp_buf b = WP_BUF_INIT; /* 活动期间及时报送, whatever stands between */
		wp_buf_printf(&b, "%.*s%s", (int)(during + strlen("期间") - from), from, *w);
		return wp_buf_take(&b);
	}
	return NULL;
}
