/* notice-sending.c - the words that send a deadline's thing (报, 交, 将X发Y)
 * and the dates that mark a deadline (4月30日前, 于…, 9月11日（星期三）
 * 17:00前): what notice-submit.c and notice-duties.c look for before
 * they read what is due and to whom. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* 将照片和简讯发区科协科普部: a 发 right before a unit sends the thing
 * put to it (发布, 发放, 发动 … name no unit after them). The unit
 * (caller frees), or NULL when p opens no such 发. */
char *wp_notice_sent_by_fa_to(const char *p)
{
	if (!wp_str_starts(p, "发"))
		return NULL;
	char *to = wp_notice_upto(p + strlen("发"), wp_words(WP_WORDS_RECIPIENT_END));
	if (wp_notice_unit_like(to) && wp_text_width(to) <= 40)
		return to;
	free(to);
	return NULL;
}

/* The first 发 in s, within a thing's length, that sends to a unit, or
 * NULL. */
const char *wp_notice_fa_to_unit(const char *s)
{
	for (const char *fa = wp_str_find(s, "发"); fa && fa - s <= 120; fa = wp_str_find(fa + strlen("发"), "发")) {
		char *to = wp_notice_sent_by_fa_to(fa);
		free(to);
		if (to)
			return fa;
	}
	return NULL;
}

/* 将X发Y: the 发 after a thing put that sends it to a unit, or NULL. */
const char *wp_notice_put_then_fa(const char *s)
{
	for (const char *const *w = wp_words(WP_WORDS_PUT); *w; w++) {
		const char *put = wp_str_find(s, *w);
		const char *fa = put ? wp_notice_fa_to_unit(put) : NULL;
		if (fa)
			return fa;
	}
	return NULL;
}

const char *wp_notice_past_due_time(const char *p, bool *before)
{
	/* a time of day before 前: 17:00, 12时, 下班, 放学, 下午5时 */
	for (int k = 0; k < 4; k++) {
		while ((*p >= '0' && *p <= '9') || *p == ':' || *p == ' ')
			p++;
		size_t time = wp_word_at(p, WP_WORDS_DUE_TIME);
		if (!time)
			break;
		p += time;
	}
	*before = wp_str_skip(&p, "前") || wp_str_skip(&p, "之前") || wp_str_skip(&p, "以前");
	return p;
}

/* "于5月6日前将总结以电子版形式报市局": a 报 (to report to) after a
 * deadline date, not one inside 报道, 报刊, 海报 ... */
/* Is the date d in s a deadline's: 于4月18日, 4月30日前? */
/* Past a date's weekday, clock time and 前 (9月11日（星期三）17:00前):
 * where the rule as written ends; *before whether a 前 was there. */
const char *wp_notice_deadline_end(const wp_ndate *d, bool *before)
{
	const char *p = d->at + d->len;
	/* 6月26日（星期五）前, 6月26日（国际禁毒日）前: a short note on the day */
	if (wp_str_starts(p, "（")) {
		const char *close = wp_notice_find_near(p, "）", 30);
		if (close)
			p = close + strlen("）");
	}
	p = wp_notice_past_due_time(p, before);
	/* 4月29日17:00截止: the last day said after it */
	size_t cutoff = *before ? 0 : wp_word_at(p, WP_WORDS_CUTOFF_AFTER);
	if (cutoff) {
		*before = true;
		p += cutoff;
	}
	return *before ? p : d->at + d->len;
}

const char *wp_notice_cutoff_start(const char *s, const char *at)
{
	const char *start = at;
	for (const char *const *w = wp_words(WP_WORDS_CUTOFF); *w; w++)
		if (wp_str_ends_at(s, at, *w) && at - strlen(*w) < start)
			start = at - strlen(*w);
	return start;
}

bool wp_notice_marks_deadline(const char *s, const wp_ndate *d)
{
	bool before;
	wp_notice_deadline_end(d, &before);
	/* 截止到4月30日的办件数据: as of that day, no last day */
	bool as_of = wp_str_starts(d->at + d->len, "的");
	return before || wp_str_ends_at(s, d->at, "于") || (!as_of && wp_notice_cutoff_start(s, d->at) != d->at);
}

/* 将X报Y, 把X报Y: a thing put to be sent, with no date needed. */
bool wp_notice_puts_and_sends(const char *s)
{
	for (const char *const *w = wp_words(WP_WORDS_PUT); *w; w++) {
		const char *at = wp_str_find(s, *w);
		/* 将新闻报道链接报X: past a 报 of another word (报道, 报名) */
		for (const char *sent = at ? wp_notice_find_near(at, "报", 120) : NULL; sent;) {
			/* the word around the 报 looked at from the thing put on
			 * (通报, 手抄报: its 报 not the first character) */
			if (!wp_not_sending_at(at, sent, WP_NOT_SENT_AFTER_PUT))
				return true;
			size_t left = 120 - (size_t)(sent + strlen("报") - at);
			sent = sent + strlen("报") - at < 120 ? wp_notice_find_near(sent + strlen("报"), "报", left) : NULL;
		}
		/* 将作品交政教处: handed over; the first 交 after the thing */
		const char *hand = at ? wp_notice_find_near(at + strlen(*w), "交", 120) : NULL;
		if (hand && hand > at + strlen(*w) && wp_hands_over_at(hand))
			return true;
	}
	return wp_notice_put_then_fa(s) != NULL;
}

bool wp_notice_clause_sends(const char *s)
{
	static const char *const clause_end[] = {"，", "。", "；", NULL};
	int looks = 0; /* the first few of a sentence: each look is short */
	for (const char *hit = wp_str_find(s, "，报"); hit && looks++ < 8; hit = wp_str_find(hit + 1, "，报")) {
		const char *verb = hit + strlen("，");
		if (wp_not_sending_at(s, verb, WP_NOT_SENT_AFTER_PUT | WP_NOT_SENT_AFTER_DATE))
			continue;
		char *to = wp_notice_upto(verb + strlen("报"), clause_end);
		bool unit = wp_text_width(to) <= 40 && wp_notice_unit_like(to);
		free(to);
		if (unit)
			return true;
	}
	return false;
}

bool wp_notice_sends_after_date(const char *s, int year)
{
	wp_ndate d;
	wp_nrelative rel;
	/* 《统计表》于活动结束后5个工作日内报X: a 报 right after a count of
	 * days from an event sends too */
	if (!wp_nfind_date(s, year, &d) && wp_nfind_relative(s, false, &rel))
		return wp_str_starts(rel.to, "报") && !wp_not_sending_at(rel.to, rel.to, WP_NOT_SENT_AFTER_DATE);
	if (!wp_nfind_date(s, year, &d) || !wp_notice_marks_deadline(s, &d))
		return false;
	const char *after = d.at + d.len;
	for (const char *hit = wp_str_find(after, "报"); hit; hit = wp_str_find(hit + strlen("报"), "报"))
		if (!wp_not_sending_at(after, hit, WP_NOT_SENT_AFTER_DATE))
			return true;
	/* 于6月12日下班前统一交镇文化站: a 交 that hands over, a word or two
	 * after the day's 前 */
	bool before;
	const char *end = wp_notice_deadline_end(&d, &before);
	for (const char *p = end; before && *p && p - end <= 12; p += wp_str_char_len(p))
		if (wp_hands_over_at(p))
			return true;
	return false;
}
