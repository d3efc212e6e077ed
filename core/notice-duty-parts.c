/* notice-duty-parts.c - the parts of a deadline's sentence other than its
 * rule: a duty done by a day with no report (6月20日前完成征集), the units
 * between the day and the duty, the owner a thing is named with, what was
 * gathered to be handed in, a person appointed with the sending. Read for
 * notice-duties.c, which reads the rule and puts the row together. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* 9月10日前，各县国动办、市领导小组各成员单位确定1名联络员: the units
 * that do the duty between its day and its verb. Where the verb starts
 * (p itself when no such units stand there). */
#define DOERS_BYTES 180 /* 60 characters: a list of units before a verb */
#define WHAT_BYTES 240  /* more than 60 columns, whatever its characters */
static const char *past_doers(const char *p)
{
	static const char *const clause_end[] = {"，", "；", "。", NULL};
	const char *from = p;
	wp_str_skip(&from, "，");
	/* the units are a short run: looked for in a bounded window, so that
	 * a sentence of many days costs linear work */
	size_t len, clause = 0;
	while (from[clause] && clause < DOERS_BYTES && !wp_str_starts_any(from + clause, clause_end))
		clause += wp_str_char_len(from + clause);
	const char *verb = wp_word_find_near(from, WP_WORDS_DUTY_VERB, clause, &len);
	if (!verb || verb == from)
		return p;
	char *doers = wp_str_sub(from, (size_t)(verb - from));
	bool units = true;
	for (char *part = doers, *next; units && part; part = next) {
		char *sep = strstr(part, "、");
		next = sep ? sep + strlen("、") : NULL;
		if (sep)
			*sep = '\0';
		units = wp_notice_unit_like(part);
	}
	free(doers);
	return units ? verb : p;
}

/* 6月20日前完成征集, 务必于6月26日前完成…任务: a duty done by a date,
 * with no report to send. What is to be done (the clause after 前), or
 * NULL. Caller frees. */
char *wp_notice_dated_duty(const char *s, int year, wp_ndate *when)
{
	wp_ndate d;
	for (const char *p = s; wp_nfind_date(p, year, &d); p = d.at + d.len) {
		bool before;
		const char *after = wp_notice_deadline_end(&d, &before);
		if (before && !wp_word_at(after, WP_WORDS_DUTY_VERB))
			after = past_doers(after);
		if (!before || !wp_word_at(after, WP_WORDS_DUTY_VERB) || wp_word_at(after, WP_WORDS_ARRIVAL))
			continue;
		static const char *const ends[] = {"，", "。", "；", NULL};
		/* what is done is short (60 columns at most, WHAT_BYTES or
		 * fewer): a clause is looked at no further, so that a sentence
		 * of many days costs linear work */
		size_t span = 0;
		while (after[span] && span < WHAT_BYTES && !wp_str_starts_any(after + span, ends))
			span += wp_str_char_len(after + span);
		if (span >= WHAT_BYTES)
			continue;
		char *what = wp_str_sub(after, span);
		/* 于12月10日前确定“优秀志愿者”10名: choosing whom to honour is
		 * the organizer's result, no duty the units owe by the day */
		size_t honour_len, collect_len;
		/* 于4月20日前到经济发展办领取宣传资料: fetching what is handed
		 * out, nothing owed */
		if (wp_text_width(what) <= 60 && !wp_word_find(what, WP_WORDS_HONOUR, &honour_len) &&
		    !wp_word_find(what, WP_WORDS_COLLECT, &collect_len)) {
			*when = d;
			return what;
		}
		free(what);
	}
	return NULL;
}

/* 各村（社区）文艺队节目单于9月16日前报…: a sentence that names no sender
 * may open with the class of units whose thing it is (各…, as senders are
 * named: 本单位, 班会 or 参赛队 name none): the longest start of what that
 * reads as a unit, with a thing after it, goes to who. Returns what
 * (rewritten, or as it was). */
char *wp_notice_owner_of_thing(char *what, json_t *who)
{
	size_t owner = 0;
	if (!wp_str_starts(what, "各"))
		return what;
	for (const char *p = what, *last = what; *p; last = p, p += wp_str_char_len(p)) {
		/* 各县（市）区科普日活动安排表: the 科 that would end a unit
		 * opens a word (科普) that goes on past it */
		if (p > what && wp_word_at(last, WP_WORDS_UNIT_END_IN_WORD))
			continue;
		char *head = wp_str_sub(what, (size_t)(p - what));
		if (p > what && wp_notice_unit_like(head) && !wp_str_find(head, "、"))
			owner = (size_t)(p - what);
		free(head);
	}
	if (!owner || wp_text_width(what + owner) < 2)
		return what;
	char *unit = wp_str_sub(what, owner);
	json_array_append_new(who, json_string(unit));
	free(unit);
	char *thing = wp_xstrdup(what + owner);
	free(what);
	return thing;
}

/* 各村负责收集本村照片，于6月12日下班前统一交镇文化站: what was gathered
 * (收集, 征集, 整理) in a clause before the day is what is handed in.
 * Caller frees; NULL when s gathers nothing. */
char *wp_notice_gathered_thing(const char *s)
{
	size_t len;
	const char *verb = wp_word_find(s, WP_WORDS_GATHER, &len);
	wp_ndate d;
	if (!verb || !wp_nfind_date(s, 2000, &d) || d.at < verb)
		return NULL;
	static const char *const ends[] = {"，", "。", "；", NULL};
	char *thing = wp_str_sub(verb + len, wp_str_span_upto(verb + len, ends));
	if (*thing && wp_text_width(thing) <= 30 && verb + len + strlen(thing) < d.at)
		return thing;
	free(thing);
	return NULL;
}

/* 于…前确定1名联络员，并将联络员姓名…报X: a person appointed (a counted
 * 确定1名, 明确一名 and what follows, to its ，) in the clause before the
 * thing sent, the task done with the sending; NULL if none. Caller frees. */
char *wp_notice_appointed_with(const char *s, const char *thing)
{
	static const char *const clause_end[] = {"，", "；", "。", NULL};
	const char *sent = thing && *thing ? wp_str_find(s, thing) : NULL;
	for (const char *p = s; sent && p < sent; p += wp_str_char_len(p)) {
		size_t len = wp_word_at(p, WP_WORDS_APPOINT);
		/* a counted one: 确定1名, not 确定 alone (名 looked for in the
		 * word only: from every 确定 to the end was quadratic) */
		char *word = len ? wp_str_sub(p, len) : NULL;
		bool counted = word && wp_str_find(word, "名");
		free(word);
		if (!counted)
			continue;
		size_t clause = wp_str_span_upto(p, clause_end);
		/* 确定1名联络员并报送X: the appointment ends at its 并 */
		const char *and = wp_notice_find_near(p + len, "并", clause - len);
		size_t verb_len;
		const char *then = and ? and + strlen("并") : NULL;
		if (and && and < sent &&
		    (wp_word_at(then, WP_WORDS_PUT) || wp_submit_find(then, WP_SUBMIT_SIGN, &verb_len) == then))
			clause = (size_t)(and - p);
		const char *after = p + clause;
		wp_str_skip(&after, "，");
		/* …，并将X报Y; …，将X报Y (the next clause puts what is sent);
		 * …，于2月28日前将X函复我局 (when, then what is put) */
		const char *put = after;
		const char *by = wp_str_starts(put, "于") ? wp_notice_find_near(put, "前", 60) : NULL;
		if (by)
			put = by + strlen("前");
		bool goes_on = wp_str_starts(after, "并") || wp_word_at(put, WP_WORDS_PUT);
		if (clause <= len || wp_text_width_n(p, clause) > 24 || !goes_on)
			return NULL;
		return wp_str_sub(p, clause);
	}
	return NULL;
}

bool wp_notice_salutation_units(const char *line, json_t *who)
{
	if (!wp_str_ends(line, "："))
		return false;
	char *list = wp_str_sub(line, strlen(line) - strlen("："));
	/* the salutation parts its groups by ，as well as by 、 */
	for (char *c = (char *)wp_str_find(list, "，"); c; c = (char *)wp_str_find(c, "，"))
		memcpy(c, "、", strlen("、"));
	bool units = *list && wp_notice_units_like(list) && wp_text_width(list) <= 120;
	if (units)
		wp_notice_split_units(list, who);
	free(list);
	return units;
}

/* 各乡镇人民政府，县减灾委各成员单位： / 现将…转发给你们，请…于…前报…: a
 * cover letter's request that names no one asks those it is addressed
 * to, the salutation a few lines above with no heading between. */
void wp_notice_addressees(struct reader *r, size_t para, json_t *who)
{
	for (size_t back = 1; back <= 4 && back <= para; back++) {
		size_t i = para - back;
		int n;
		if (wp_outline_top(&r->outline, i, &n) || wp_outline_item(&r->outline, i, &n))
			return;
		if (!wp_str_ends(r->t.para[i], "："))
			continue;
		wp_notice_salutation_units(r->t.para[i], who);
		return;
	}
}

/* the section a duty sits in opens a few paragraphs above it */
#define SECTION_LOOKBACK 12

/* 五、请你局抓好以下工作： / （四）及时总结报告。活动结束后…报县人民政府: a
 * section that asks one unit (请X) to see to the items below it: a duty
 * in it that names no one is X's. Appends the longest opening of what 请
 * asks that reads as a unit (X, not X抓好以下工作). */
void wp_notice_asked_by_section(struct reader *r, size_t para, json_t *who)
{
	for (size_t back = 0; back <= SECTION_LOOKBACK && back <= para && wp_notice_step(r, 1); back++) {
		int n;
		const char *h = wp_outline_top(&r->outline, para - back, &n);
		if (!h)
			continue;
		if (!wp_str_skip(&h, "请") || !wp_str_ends(h, "："))
			return;
		size_t best = 0;
		int chars = 0;
		for (const char *p = h; *p && chars < 24; p += wp_str_char_len(p), chars++) {
			size_t len = (size_t)(p - h) + wp_str_char_len(p);
			char *name = wp_str_sub(h, len);
			if (wp_notice_unit_like(name))
				best = len;
			free(name);
		}
		if (best) {
			char *name = wp_str_sub(h, best);
			json_array_append_new(who, json_string(name));
			free(name);
		}
		return;
	}
}
