/* notice-sub-events.c - what an activity item holds besides itself: the
 * dated events its text tells (其中，5月12日上午…: listed as X.1), the
 * parts it enumerates (一是…二是…), each with the units the item gives
 * when it names none; split from notice-item.c, which reads the item. */
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

/* 线上 for a gathering the title says is held online (线上培训班), or
 * NULL: publicity online (网上宣传活动, 线上打卡) has no place. Caller
 * frees. */
char *wp_notice_online_place(const char *title)
{
	size_t len;
	if (wp_word_find(title, WP_WORDS_ONLINE, &len) && wp_word_find(title, WP_WORDS_GATHERING, &len))
		return wp_xstrdup(wp_words(WP_WORDS_ONLINE)[0]);
	return NULL;
}

/* 10月13日上午在X开展…, 6月10日下午2:30在X举办…: what stands between
 * the date and the verb is when and where, not who, when it opens with a
 * time of day or a 在 (the unit-like 上午在泗河经济开发区 is a place). */
static bool when_or_where(const char *who)
{
	bool pm;
	char time[6];
	const char *at;
	return wp_time_of_day_at(who, &pm) > 0 || wp_str_starts(who, "在") ||
	       (wp_nfind_time(who, time, &at) && at == who);
}

/* Whether names (a JSON array of strings) holds name. */
static bool holds_name(json_t *names, const char *name)
{
	size_t i;
	json_t *n;
	json_array_foreach(names, i, n) {
		if (strcmp(json_string_value(n), name) == 0)
			return true;
	}
	return false;
}

/* A part of an item (其中，当日…) that names units of its own is done by
 * the item's too: the item's leads lead it first, its cooperating units
 * cooperate, each unit once. */
static void inherit_units(json_t *lead, json_t *coop, json_t *item_lead, json_t *item_coop)
{
	json_t *own = json_copy(lead);
	json_array_clear(lead);
	json_array_extend(lead, item_lead);
	size_t i;
	json_t *n;
	json_array_foreach(own, i, n) {
		if (!holds_name(lead, json_string_value(n)))
			json_array_append(lead, n);
	}
	json_decref(own);
	json_array_foreach(item_coop, i, n) {
		if (!holds_name(lead, json_string_value(n)) && !holds_name(coop, json_string_value(n)))
			json_array_append(coop, n);
	}
}

/* 上午10:00，“5·19”分会场启动仪式在古城东门广场 (before 举行): the
 * event named as the subject, past the clause that says when and up to
 * the (last) 在 of its place (with no 在, that clause whole). Caller
 * frees. */
static char *subject_event(const char *who)
{
	const char *start = who;
	for (const char *c = wp_str_find(who, "，"); c; c = wp_str_find(c + strlen("，"), "，"))
		start = c + strlen("，");
	/* the last 在: “非遗在岜江”展演活动在X两地 names its event with one */
	const char *at = NULL;
	size_t len;
	for (const char *c = wp_word_find(start, WP_WORDS_PLACE_AT, &len); c;
	     c = wp_word_find(c + len, WP_WORDS_PLACE_AT, &len))
		at = c;
	return at ? wp_str_sub(start, (size_t)(at - start)) : wp_xstrdup(start);
}

char *wp_notice_event_as_subject(const char *clause)
{
	static const char *const clause_end[] = {"，", "。", "；", "\n", NULL};
	size_t len;
	/* the first clause alone: no verb of a later one is looked for */
	char *own = wp_str_sub(clause, wp_str_span_upto(clause, clause_end));
	const char *end = own + strlen(own);
	char *event = NULL;
	for (const char *verb = wp_word_find(own, WP_WORDS_EVENT_VERB, &len); verb && !event;
	     verb = wp_word_find(verb + len, WP_WORDS_EVENT_VERB, &len)) {
		if (verb + len != end)
			continue;
		char *who = wp_str_sub(own, (size_t)(verb - own));
		size_t at_len;
		event = wp_word_find(who, WP_WORDS_PLACE_AT, &at_len) ? subject_event(who) : NULL;
		free(who);
		if (!event || !*event || wp_text_width(event) > 60 || wp_notice_unit_like(event)) {
			free(event);
			event = NULL;
		}
		break;
	}
	free(own);
	return event;
}

/* The clause of the sentence at s (up to its 。) that holds 在 before a
 * verb of attending, or NULL (caller frees); the verb in *verb, its
 * length in *len. */
static char *attending_clause(const char *s, const char **verb, size_t *len)
{
	static const char *const clause_end[] = {"，", "。", "；", "\n", NULL};
	static const char *const sentence_end[] = {"。", "\n", NULL};
	const char *stop = s + wp_str_span_upto(s, sentence_end);
	for (const char *p = s; p < stop; p += wp_str_span_of(p, clause_end)) {
		size_t n = wp_str_span_upto(p, clause_end);
		char *own = wp_str_sub(p, n);
		const char *at = wp_word_find(own, WP_WORDS_PLACE_AT, len);
		*verb = at ? wp_word_find(at + *len, WP_WORDS_ATTEND_VERB, len) : NULL;
		if (*verb)
			return own;
		free(own);
		p += n;
	}
	return NULL;
}

char *wp_notice_event_attended(const char *sentence)
{
	const char *verb;
	size_t len;
	char *own = attending_clause(sentence, &verb, &len);
	if (!own)
		return NULL;
	char *event = NULL;
	if (verb[len]) {
		/* 集中观看: the way they attend goes with it */
		const char *from = verb;
		for (const char *const *w = wp_words(WP_WORDS_ATTEND_MANNER); *w && from == verb; w++)
			if (wp_str_ends_at(own, verb, *w))
				from = verb - strlen(*w);
		event = wp_xstrdup(from);
	}
	free(own);
	if (event && wp_text_width(event) > 60) {
		free(event);
		event = NULL;
	}
	return event;
}

/* 机械工程学院于4月23日…: the units a sentence opens with before 于 and
 * a date (caller frees), or NULL. */
static char *units_before_yu(const char *s)
{
	const char *yu = wp_notice_find_near(s, "于", 60);
	wp_ndate d;
	if (!yu || yu == s || !wp_nfind_date_at(yu + strlen("于"), 2000, &d))
		return NULL;
	char *who = wp_str_sub(s, (size_t)(yu - s));
	if (!wp_str_find(who, "，") && wp_notice_units_like(who))
		return who;
	free(who);
	return NULL;
}

/* The event of sentence s (rest: after its date) inside item no, as
 * no.N; d its date, or NULL for the item's own day (其中，当日…). */
static void add_sub_event(struct reader *r, const char *no, const char *s, const char *rest, const wp_ndate *d,
			  json_t *item, json_t *item_lead, json_t *item_coop, size_t *sub)
{
	const char *const *verbs = wp_words(WP_WORDS_EVENT_VERB);
	/* the verb is looked for in the sentence only: an item of many dated
	 * sentences and no verb costs each its own length, not the rest's */
	static const char *const sentence_end[] = {"。", NULL};
	size_t sentence_len = wp_str_span_upto(rest, sentence_end);
	char *clause = wp_str_sub(rest, sentence_len);
	char *who = wp_notice_upto(clause, verbs);
	free(clause);
	const char *verb = rest + strlen(who);
	if (strlen(who) < sentence_len && wp_notice_activity_room(r)) {
		static const char *const title_end[] = {"，", "。", "；", NULL};
		/* 组织开展X: verbs in a row are none of the title */
		size_t len;
		while ((len = wp_word_at(verb, WP_WORDS_EVENT_VERB)))
			verb += len;
		char *title = wp_notice_upto(verb, title_end);
		if (!*title) { /* X在Y举行。: the event is the subject, before 在 */
			free(title);
			title = subject_event(who);
		}
		char *sentence = wp_notice_first_sentence(s);
		char number[64];
		snprintf(number, sizeof number, "%.30s.%zu", no, ++*sub);
		json_t *a = wp_notice_new_activity(number, title);
		if (d) {
			wp_notice_set_read_dates(a, d);
		} else {
			json_object_set(a, "start", json_object_get(item, "start"));
			json_object_set(a, "end", json_object_get(item, "end"));
		}
		wp_notice_set_times(a, sentence);
		/* 在崇安寺步行街举行…; 线上 for an event online */
		char *place = wp_notice_find_location(sentence);
		if (!place)
			place = wp_notice_online_place(title);
		if (place)
			json_object_set_new(a, "location", json_string(place));
		free(place);
		char *holder = units_before_yu(s);
		if (holder) { /* 机械工程学院于4月23日…举办: the units it opens with */
			wp_notice_split_units(holder, json_object_get(a, "lead"));
			free(holder);
		} else if (wp_notice_unit_like(who) && !when_or_where(who)) {
			json_array_append_new(json_object_get(a, "lead"), json_string(who));
		} else { /* …举行X，由Y牵头，Z配合 */
			json_t *lead, *coop;
			wp_notice_read_units(r, sentence, &lead, &coop);
			if (json_array_size(lead) == 0 && json_array_size(coop) == 0) {
				json_array_extend(lead, item_lead);
				json_array_extend(coop, item_coop);
			} else if (!d) { /* 其中，当日…由Y承办: part of the item, Y besides its units */
				inherit_units(lead, coop, item_lead, item_coop);
			}
			json_object_set_new(a, "lead", lead);
			json_object_set_new(a, "cooperate", coop);
		}
		json_array_append_new(r->activities, a);
		wp_notice_note(r, WP_TR("activity %s: the dated event in item %s is listed as %s"), number, no,
			       number);
		free(sentence);
		free(title);
	}
	free(who);
}

/* Does item run on one day, known? */
static bool one_known_day(json_t *item)
{
	const char *start = json_string_value(json_object_get(item, "start"));
	const char *end = json_string_value(json_object_get(item, "end"));
	return start && end && strcmp(start, end) == 0;
}

enum wp_sub_event wp_notice_sub_event_at(const char *s, int year, wp_ndate *d, const char **event,
					 const char **rest)
{
	*event = s + wp_word_at(s, WP_WORDS_EVENT_OPENER); /* 其间，4月15日上午… */
	bool opened = *event != s;
	/* a date must start the sentence */
	if (**event >= '0' && **event <= '9' && wp_nfind_date_at(*event, year, d)) {
		*rest = *event + d->len;
		return WP_SUB_DATED;
	}
	/* 其中，机械工程学院于4月23日15:00在X举办Y: after the opener, the
	 * units that hold it, then 于 and its day (not a day things are due
	 * by: …于4月20日前报名) */
	const char *yu = opened ? wp_notice_find_near(*event, "于", 60) : NULL;
	bool before = true;
	if (yu && yu > *event && wp_nfind_date_at(yu + strlen("于"), year, d)) {
		wp_notice_deadline_end(d, &before);
		char *who = wp_str_sub(*event, (size_t)(yu - *event));
		bool units = !before && !wp_str_find(who, "，") && wp_notice_units_like(who);
		free(who);
		if (units) {
			*rest = d->at + d->len;
			return WP_SUB_DATED;
		}
	}
	size_t same = opened ? wp_word_at(*event, WP_WORDS_THAT_DAY) : 0;
	*rest = *event + same;
	return same ? WP_SUB_SAME_DAY : WP_SUB_NONE;
}

char *wp_notice_before_sub_events(const char *body, int year)
{
	int looks = 0;
	for (const char *s = wp_str_find(body, "。"); s && looks++ < 64; s = wp_str_find(s, "。")) {
		s += strlen("。");
		while (*s == '\n' || *s == ' ')
			s++;
		wp_ndate d;
		const char *event, *rest;
		if (wp_notice_sub_event_at(s, year, &d, &event, &rest) == WP_SUB_DATED)
			return wp_str_sub(body, (size_t)(s - body));
	}
	return wp_xstrdup(body);
}

/* A later sentence that begins with a date is an event of its own:
 * "4月23日州局举办…线上培训班" becomes item 四.1. One that names no unit
 * (其中，10月13日上午在X开展Y) is done by the item's units. 其中，当日…
 * after an item of one day is an event of that day. */
/* 其中，22日下午3:00在X召开…: after the opener, a day of the month the
 * item spans (4月21日至22日), written without it; set in d (its text the
 * day) and true when the item's days hold it. */
static bool day_of_item(const char *s, const json_t *item, wp_ndate *d)
{
	size_t opener = wp_word_at(s, WP_WORDS_EVENT_OPENER);
	const char *p = s + opener, *q = p;
	wp_date start, end;
	wp_err err;
	int day = wp_nread_number(&q, 2);
	/* not 12日前… (owed by then) nor 19日、21日… (two days) */
	bool one = wp_str_starts(q, "日") && !wp_str_starts(q + strlen("日"), "前") &&
		   !wp_str_starts(q + strlen("日"), "、");
	if (!opener || day <= 0 || !one ||
	    wp_date_parse(json_string_value(json_object_get(item, "start")) ? json_string_value(json_object_get(item, "start")) : "",
			  &start, &err) != 0 ||
	    wp_date_parse(json_string_value(json_object_get(item, "end")) ? json_string_value(json_object_get(item, "end")) : "",
			  &end, &err) != 0)
		return false;
	int y, m, first_day;
	wp_date_to_ymd(start, &y, &m, &first_day);
	if (!wp_date_valid_ymd(y, m, day))
		return false;
	wp_date at = wp_date_from_ymd(y, m, day);
	if (at < start || at > end)
		return false;
	d->start = d->end = at;
	d->has_year = false;
	d->at = p;
	d->len = (size_t)(q - p) + strlen("日");
	return true;
}

void wp_notice_read_sub_events(struct reader *r, const char *no, const char *body, json_t *item,
			    json_t *item_lead, json_t *item_coop, size_t *sub)
{
	const char *s = wp_str_find(body, "。");
	while (s && wp_notice_step(r, 1)) {
		s += strlen("。");
		while (*s == '\n' || *s == ' ')
			s++;
		wp_ndate d;
		const char *event, *rest;
		switch (wp_notice_sub_event_at(s, r->year, &d, &event, &rest)) {
		case WP_SUB_DATED:
			add_sub_event(r, no, event, rest, &d, item, item_lead, item_coop, sub);
			break;
		case WP_SUB_SAME_DAY:
			if (one_known_day(item))
				add_sub_event(r, no, event, rest, NULL, item, item_lead, item_coop, sub);
			break;
		case WP_SUB_NONE:
			if (day_of_item(s, item, &d)) {
				rest = d.at + d.len;
				add_sub_event(r, no, d.at, rest, &d, item, item_lead, item_coop, sub);
			}
			break;
		}
		s = wp_str_find(rest, "。");
	}
}

#define STOP_NAME_WIDTH 24 /* 县实验小学（城东校区）: a school or a place, named short */

/* 县第一中学：3月30日（星期一）上午9:30，防地震应急疏散演练；: a line of an
 * item's text naming where, then the day it is held (not one things are
 * due by): the name in *name (caller frees) and the day; false if the
 * line is no such stop (时间：…, 第一场：…: no unit's name). */
static bool named_stop(const struct reader *r, const char *line, char **name, wp_ndate *d)
{
	const char *colon = wp_notice_find_near(line, "：", 3 * STOP_NAME_WIDTH);
	if (!colon || colon == line)
		return false;
	*name = wp_str_sub(line, (size_t)(colon - line));
	const char *value = colon + strlen("：");
	bool before = false;
	size_t verb_len;
	/* a place by name (not 各学校：, those who attend); held there that
	 * day, no duty or report (3月30日负责现场安保, 3月31日上午报送演练方案) */
	bool stop = wp_text_width(*name) <= STOP_NAME_WIDTH && !wp_str_find(*name, "，") &&
		    !wp_str_starts(*name, "各") && wp_notice_unit_like(*name) && wp_nfind_date_at(value, r->year, d) &&
		    !wp_submit_find(value, WP_SUBMIT_SIGN, &verb_len) && !wp_word_find(value, WP_WORDS_DUTY_WORD, &verb_len);
	if (stop)
		wp_notice_deadline_end(d, &before);
	if (!stop || before) {
		free(*name);
		*name = NULL;
		return false;
	}
	return true;
}

void wp_notice_read_named_stops(struct reader *r, const char *no, const char *body, json_t *item_lead,
				json_t *item_coop, size_t *sub)
{
	size_t stops = 0;
	for (const char *line = body; *line && wp_notice_step(r, 1) && wp_notice_activity_room(r);) {
		size_t n = strcspn(line, "\n");
		char *text = wp_str_sub(line, n), *name;
		wp_ndate d;
		if (named_stop(r, text, &name, &d)) {
			char number[64];
			snprintf(number, sizeof number, "%.30s.%zu", no, ++*sub);
			json_t *a = wp_notice_new_activity(number, name);
			wp_notice_set_read_dates(a, &d);
			wp_notice_set_times(a, d.at + d.len);
			json_object_set_new(a, "location", json_string(name));
			json_array_extend(json_object_get(a, "lead"), item_lead);
			json_array_extend(json_object_get(a, "cooperate"), item_coop);
			json_array_append_new(r->activities, a);
			free(name);
			stops++;
		}
		free(text);
		line += n;
		line += *line == '\n';
	}
	if (stops)
		wp_notice_note(r, WP_TR("item %s: the places it lists each with their day are listed as %s.1, %s.2 …"), no,
			       no, no);
}

const char *wp_notice_enumerated_at(const char *text, int n)
{
	char marker[16];
	wp_cn_number_format(n, marker, sizeof marker - 4);
	strcat(marker, "是");
	for (const char *hit = wp_str_find(text, marker); hit; hit = wp_str_find(hit + 1, marker))
		if (hit == text || wp_str_ends_at(text, hit, "。") || wp_str_ends_at(text, hit, "：") ||
		    wp_str_ends_at(text, hit, "；") || wp_str_ends_at(text, hit, "\n"))
			return hit;
	return NULL;
}

/* 一是进学校。9月20日（星期日）为调休上班日，全县各中小学校…: the day a
 * part names in its text, not one it is due by (于9月25日前报送); false
 * when it names none. */
#define DUE_MARK_BYTES 40 /* （星期五）17:00前 */
static bool part_day(const struct reader *r, const char *part, wp_ndate *days)
{
	static const char *const clause_end[] = {"，", "。", "；", NULL};
	for (const char *p = part; wp_nfind_date(p, r->year, days); p = days->at + days->len) {
		const char *after = days->at + days->len;
		size_t len;
		const char *due = wp_word_find_near(after, WP_WORDS_DUE_MARK, DUE_MARK_BYTES, &len);
		if (!due)
			return true;
		/* its 前 in the day's clause (a bounded look) */
		char *gap = wp_str_sub(after, (size_t)(due - after));
		bool same_clause = wp_str_span_upto(gap, clause_end) == strlen(gap);
		free(gap);
		if (!same_clause)
			return true;
	}
	return false;
}

/* 一是进学校。县教育局要…二是进社区（村）。…: an item that lists what it
 * holds as 一是, 二是 ... has those as its sub-activities (二.1, 二.2),
 * each titled by its first clause; one that names no unit is led by the
 * item's leads, and one that names no day is held on the item's (or in
 * the whole period, when it says so: 宣传周期间，…). */
void wp_notice_read_enumerated(struct reader *r, const char *no, const char *text, const json_t *item,
			       json_t *item_lead, size_t *sub)
{
	const char *at = wp_notice_enumerated_at(text, 1);
	if (!at || !wp_notice_enumerated_at(at, 2))
		return; /* a list of one is a manner of speaking */
	/* 注意事项：一是请参赛人员穿运动鞋；二是…: what to heed, no parts */
	if (wp_str_ends_at(text, at, "：")) {
		const char *label = at - strlen("：");
		size_t len = 0;
		while (label > text && len < 4) { /* the four characters before */
			do
				label--;
			while (label > text && (*label & 0xC0) == 0x80);
			len++;
		}
		char *name = wp_str_sub(label, (size_t)(at - strlen("：") - label));
		bool heed = wp_outline_section_kind(name) == WP_SECTION_REQUIREMENTS;
		free(name);
		if (heed)
			return;
	}
	for (int n = 1; at && n < 100 && wp_notice_step(r, 1) && wp_notice_activity_room(r); n++) {
		const char *next = wp_notice_enumerated_at(at, n + 1);
		const char *from = at + wp_str_char_len(at); /* past the numeral... */
		while (!wp_str_starts(from, "是"))
			from += wp_str_char_len(from); /* (十一 has two characters) */
		from += strlen("是");
		char *part = wp_str_sub(from, next ? (size_t)(next - from) : strlen(from));
		static const char *const title_stops[] = {"。", "，", "；", NULL};
		/* 一是6月8日至6月19日，对…开展排查: a part that opens with its
		 * days has them, and is named by the clause after them */
		wp_ndate days;
		bool dated = wp_nfind_date(part, r->year, &days) && days.at == part &&
			     wp_str_starts(part + days.len, "，");
		const char *named = dated ? part + days.len + strlen("，") : part;
		char *title = wp_notice_upto(named, title_stops);
		char *clean = wp_str_trim_end(title, wp_notice_end_punct);
		char number[64];
		snprintf(number, sizeof number, "%.30s.%zu", no, ++*sub);
		if (*clean && wp_text_width(clean) <= 120) {
			json_t *a = wp_notice_new_activity(number, clean);
			/* 一是举办X。6月1日正逢圩日，上午8点半在…: its clock in the
			 * sentence after its title, or in its own when it opens with
			 * its days */
			/* who does it is said after the title (进学校。县教育局要…) */
			const char *rest = named + strlen(title);
			rest += wp_str_span_of(rest, title_stops);
			char *told = wp_notice_first_sentence(dated ? part : rest);
			wp_notice_set_times(a, told);
			free(told);
			if (dated || part_day(r, part, &days)) {
				wp_notice_set_read_dates(a, &days);
			} else if (wp_nfind_during(part)) { /* 宣传周期间，各村… */
				wp_notice_set_period_dates(r, a, part);
			} else {
				json_object_set(a, "start", json_object_get(item, "start"));
				json_object_set(a, "end", json_object_get(item, "end"));
			}
			json_t *lead, *coop;
			wp_notice_read_units(r, rest, &lead, &coop);
			if (json_array_size(lead) == 0)
				json_array_extend(lead, item_lead);
			json_object_set_new(a, "lead", lead);
			json_object_set_new(a, "cooperate", coop);
			char *loc = wp_notice_find_location(part);
			if (loc)
				json_object_set_new(a, "location", json_string(loc));
			free(loc);
			json_array_append_new(r->activities, a);
		} else {
			--*sub;
		}
		free(clean);
		free(title);
		free(part);
		at = next;
	}
}
