/* notice-prose.c - the activities of a notice that has no activity
 * section: a day-by-day schedule, a paragraph of parts (一是…二是…), or
 * paragraphs of plain prose, one activity each (top sections that are
 * each an activity: notice-section-activities.c). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* The section's paragraphs that open with a date and a ： or ，
 * (4月20日：举办启动仪式。/ 4月21日上午，开展进校园活动。) as items
 * numbered 1, 2, ...; returns how many. */
size_t wp_notice_read_schedule(struct reader *r, size_t from)
{
	size_t count = 0;
	for (size_t i = from; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		if (wp_outline_ends_section(&r->outline, i))
			break;
		wp_ndate d;
		if (!wp_nfind_date_at(p, r->year, &d))
			continue;
		/* past the date and a time of day, a ：or ， opens what happens */
		const char *after = p + d.len;
		for (const struct wp_time_of_day *t = wp_times_of_day; t->word; t++)
			if (wp_str_starts(after, t->word))
				after += strlen(t->word);
		while ((*after >= '0' && *after <= '9') || *after == ':' || *after == '-' ||
		       wp_str_starts(after, "时") || wp_str_starts(after, "点") || wp_str_starts(after, "—"))
			after += wp_str_char_len(after);
		after += wp_word_at(after, WP_WORDS_START_MARK); /* 5月7日起，…: from that day */
		if (!wp_str_starts(after, "：") && !wp_str_starts(after, "，"))
			continue;
		char no[16];
		snprintf(no, sizeof no, "%zu", count + 1);
		if (!wp_notice_add_unnumbered_item(r, no, i, i))
			break;
		/* the title is the first sentence of what happens; the item reads
		 * its date and time from the whole line */
		static const char *const title_stops[] = {"，", "。", "；", NULL};
		const char *told = after + wp_str_char_len(after);
		/* 县文旅局在X开展“Y”征集活动 / “Z”启动仪式在X举行: the event the
		 * first clause names, else the clause */
		char *title = wp_notice_upto(told, title_stops);
		char *event = wp_notice_event_named(title);
		if (!event)
			event = wp_notice_event_as_subject(title);
		if (event) {
			free(title);
			title = event;
		}
		wp_buf line = WP_BUF_INIT;
		wp_buf_printf(&line, "%s。%s", title, p);
		wp_notice_read_item(r, no, wp_buf_str(&line), "", NULL);
		wp_buf_free(&line);
		free(title);
		count++;
	}
	return count;
}

/* 活动主要从四个方面开展。一是举办…。二是开展…: a plan written in prose
 * lists its activities as the parts of one paragraph. Read when the text
 * has no activity section and no item: each part is an activity (一, 二
 * ...), its title the first sentence, the rest its when, where and who. */
bool wp_notice_read_prose_activities(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		const char *at = wp_notice_enumerated_at(p, 1);
		if (!at || !wp_notice_enumerated_at(at, 2) || !(wp_str_find(p, "活动") || wp_str_find(p, "开展")))
			continue;
		for (int n = 1; at && n < 100 && wp_notice_step(r, 1) && wp_notice_activity_room(r); n++) {
			const char *next = wp_notice_enumerated_at(at, n + 1);
			const char *from = at + wp_str_char_len(at);
			while (!wp_str_starts(from, "是"))
				from += wp_str_char_len(from);
			from += strlen("是");
			char *part = wp_str_sub(from, next ? (size_t)(next - from) : strlen(from));
			char no[16];
			wp_cn_number_format(n, no, sizeof no);
			if (wp_notice_add_item(r, no, i, i))
				wp_notice_read_item(r, no, part, "", NULL);
			free(part);
			at = next;
		}
		wp_notice_note(r, WP_TR("no activity section: the activities are the parts (一是, 二是 ...) of a paragraph"));
		return true;
	}
	return false;
}

#define LEAD_CLAUSE_LOOK 90 /* how far a 由 clause's end is looked for: a bounded look */
const char *wp_notice_clause_end_lead(const char *by, size_t *len)
{
	static const char *const clause_end[] = {"，", "。", "；", "\n", NULL};
	*len = 0;
	size_t n = 0;
	while (by[n] && n < LEAD_CLAUSE_LOOK && wp_str_span_of(by + n, clause_end) == 0)
		n += wp_str_char_len(by + n);
	if (!by[n] || n >= LEAD_CLAUSE_LOOK)
		return NULL; /* a 由X组织 clause is short, and ends */
	char *clause = wp_str_sub(by, n);
	*len = wp_word_end_len(clause, WP_WORDS_CLAUSE_LEAD_VERB);
	char *units = *len && n > *len + strlen("由") ? wp_str_sub(clause + strlen("由"), n - *len - strlen("由")) : NULL;
	bool leads = units && wp_notice_units_like(units);
	free(units);
	free(clause);
	return leads ? by + n - *len : NULL;
}

const char *wp_notice_lead_clause(const char *p)
{
	static const char *const clause_end[] = {"，", "。", "；", "\n", NULL};
	/* each clause looked at once: a later 由 in a clause with no lead
	 * verb has none after it either (linear, however many 由) */
	for (const char *by = wp_str_find(p, "由"); by;) {
		char *clause = wp_notice_upto(by, clause_end);
		size_t len, clause_len = strlen(clause);
		bool leads = wp_word_find(clause, WP_WORDS_LEAD_VERB, &len) != NULL ||
			     wp_notice_clause_end_lead(by, &len) != NULL;
		free(clause);
		if (leads)
			return by;
		by = wp_str_find(by + (clause_len > 0 ? clause_len : strlen("由")), "由");
	}
	return NULL;
}

bool wp_notice_names_its_lead(const char *p)
{
	return wp_notice_lead_clause(p) != NULL;
}

bool wp_notice_names_group_units(const char *p)
{
	if (wp_notice_names_its_lead(p))
		return true;
	/* 各分局须完成以下规定动作（责任单位：X；督导单位：Y）：: units
	 * labelled in a bracket, a lead's label first; 芷兰街道分会场。承办单位：
	 * X。协办单位：Y: or opening a sentence */
	static const char *const opens[] = {"（", "。", NULL};
	for (const char *const *o = opens; *o; o++)
		for (const char *q = wp_str_find(p, *o); q; q = wp_str_find(q + strlen(*o), *o)) {
			size_t len;
			const struct wp_field_label *l = wp_field_label_at(q + strlen(*o), &len);
			if (l && l->field == WP_FIELD_LEAD && wp_str_starts(q + strlen(*o) + len, "："))
				return true;
		}
	return false;
}

/* Is the verb at verb (in p) part of a noun: 开展情况 (how it went),
 * 区委组织部, 党组织书记 (a body or an organisation: a noun of
 * WP_WORDS_VERB_NOUN that holds the verb where it stands)? */
static bool verb_in_noun(const char *p, const char *verb, size_t len)
{
	if (wp_word_at(verb + len, WP_WORDS_HOW_IT_WENT))
		return true;
	for (const char *const *w = wp_words(WP_WORDS_VERB_NOUN); *w; w++) {
		const char *in;
		for (in = *w; *in && strncmp(in, verb, len) != 0; in += wp_str_char_len(in))
			;
		size_t before = (size_t)(in - *w);
		if (*in && (size_t)(verb - p) >= before && strncmp(verb - before, *w, strlen(*w)) == 0)
			return true;
	}
	return false;
}

/* The first verb of holding an event in p (开展, 举办), not one a noun
 * holds (开展情况, 党组织); its length in *len, or NULL. */
static const char *event_verb(const char *p, size_t *len)
{
	const char *verb = wp_word_find(p, WP_WORDS_EVENT_VERB, len);
	while (verb && verb_in_noun(p, verb, *len))
		verb = wp_word_find(verb + *len, WP_WORDS_EVENT_VERB, len);
	return verb;
}

/* 举办业务培训（责任人：何建林，电话：…）: a bracket that names whom to
 * call is no part of the event's name; cut off title. */
static void cut_contact_bracket(char *title)
{
	static const enum wp_word_set labels[] = {WP_WORDS_CONTACT_ANSWERS, WP_WORDS_CONTACT_IN_CHARGE,
						  WP_WORDS_CONTACT_NAME};
	for (char *open = strstr(title, "（"); open; open = strstr(open + strlen("（"), "（"))
		for (size_t k = 0; k < sizeof labels / sizeof *labels; k++)
			if (wp_word_at(open + strlen("（"), labels[k])) {
				*open = '\0';
				return;
			}
}

char *wp_notice_event_named(const char *p)
{
	static const char *const object_end[] = {"，", "。", "；", "\n", NULL};
	size_t len;
	for (const char *verb = event_verb(p, &len); verb; verb = event_verb(verb + len, &len)) {
		const char *object = verb + len;
		object += wp_word_at(object, WP_WORDS_EVENT_COUNT);
		char *title = wp_notice_upto(object, object_end);
		char *clean = wp_str_trim_end(title, wp_notice_end_punct);
		free(title);
		cut_contact_bracket(clean);
		/* 组织干部群众旁听X: the people (a few characters, at most 8
		 * wide ones) come before what they attend, which names the event */
		size_t attend_len;
		const char *attend = wp_word_find(clean, WP_WORDS_ATTEND_VERB, &attend_len);
		if (attend && attend > clean && attend[attend_len] &&
		    wp_text_width_n(clean, (size_t)(attend - clean)) <= 16)
			memmove(clean, attend, strlen(attend) + 1);
		/* 组织基干民兵开展X: the verb that follows names the event */
		size_t inner_len;
		bool inner = event_verb(clean, &inner_len) != NULL;
		if (*clean && !inner && wp_text_width(clean) <= 60)
			return clean;
		free(clean);
	}
	return NULL;
}

/* One activity paragraph (or the part of one that tells it), numbered
 * no: its first day (6月上旬召开…。6月5日上午9时…召开: the day, not the
 * part of the month that announces it), else its part of a month, else
 * the day carried from what the paragraph told before (当天下午，…); the
 * days of its date label (label, NULL if none) before all of them; the
 * first time, place and units anywhere in it. */
void wp_notice_read_prose_paragraph(struct reader *r, const char *no, const char *title, const char *p,
				    const wp_ndate *carried, const wp_ndate *label)
{
	json_t *a = wp_notice_new_activity(no, title);
	wp_ndate d;
	if (label)
		wp_notice_set_read_dates(a, label);
	else if (wp_nfind_date(p, r->year, &d))
		wp_notice_set_read_dates(a, &d);
	else if (wp_nfind_dekad(p, r->year, &d))
		wp_notice_set_part_of_month(r, a, no, &d);
	else if (carried)
		wp_notice_set_dates(a, carried->start, carried->start);
	wp_notice_set_times(a, p);
	char *place = wp_notice_find_location(p);
	if (place)
		json_object_set_new(a, "location", json_string(place));
	free(place);
	json_t *lead, *coop;
	wp_notice_read_units(r, p, &lead, &coop);
	json_object_set_new(a, "lead", lead);
	json_object_set_new(a, "cooperate", coop);
	json_array_append_new(r->activities, a);
}

/* Does the sentence at s open something new in a paragraph that tells
 * several activities: a day (9月11日上午9点，在…举办…), a part of a month
 * (9月下旬，…), the same day (当天下午，…), or an aside (另外，质量月期间
 * 各村要…: standing duties, no activity)? */
static bool opens_anew(const char *s, int year)
{
	wp_ndate d;
	return wp_nfind_date_at(s, year, &d) || (wp_nfind_dekad(s, year, &d) && d.at == s) ||
	       wp_word_at(s, WP_WORDS_THAT_DAY) || wp_word_at(s, WP_WORDS_ASIDE);
}

/* Where the next thing told after the one at p opens (past a 。), or
 * p's end. */
static const char *next_told(const char *p, int year)
{
	for (const char *q = wp_str_find(p, "。"); q; q = wp_str_find(q, "。")) {
		q += strlen("。");
		if (*q && opens_anew(q, year))
			return q;
	}
	return p + strlen(p);
}

/* 当天下午，镇市场监管所负责在…开展…; 9月22日至9月24日，镇经济发展办公室会
 * 同县市场监管局…开展…: the clause after the day opens with the units
 * that lead, then 负责 or 牵头 (or 会同 and the units that help). */
static bool subject_leads(const char *told)
{
	const char *comma = wp_str_find(told, "，");
	if (!comma)
		return false;
	static const char *const clause_end[] = {"，", "。", "；", NULL};
	char *clause = wp_notice_upto(comma + strlen("，"), clause_end);
	size_t len;
	const char *verb = wp_word_find(clause, WP_WORDS_LEAD_VERB, &len);
	const char *join = wp_word_find(clause, WP_WORDS_JOIN, &len);
	if (!verb || (join && join < verb))
		verb = join;
	bool leads = false;
	if (verb && verb > clause) {
		char *subject = wp_str_sub(clause, (size_t)(verb - clause));
		leads = wp_notice_names_units(subject);
		free(subject);
	}
	free(clause);
	return leads;
}

/* 6月26日下午3时，在…开展一次粉尘涉爆事故应急演练…由镇应急管理办公室牵头，
 * 镇安监站…配合。: a notice in plain prose (a township's, g39) gives each
 * activity a paragraph of its own, or tells several in one paragraph,
 * each from a sentence that opens with its day (g87: …由X牵头，Y、Z配合。
 * 当天下午，X负责在…开展…。9月11日上午9点，在…举办…), with no number. Each
 * so told names its day (or a part of a month, or 当天 after a day), an
 * event verb with its object, and who leads it. The preamble before 通知如下
 * and the paragraphs of the requirement section are not activities; nor
 * is what names no lead (由X牵头, or X负责 opening the clause after the
 * day), which is how requirements (各单位要高度重视…于5月29日前将名单报…)
 * and standing duties read, or what opens with a day things are due by
 * (5月29日前). Each is titled by the verb's object and numbered 1, 2 ...
 * in order (the text numbers none, the plan format needs a number), as a
 * schedule's days are. Returns how many. */
/* Reads told (a paragraph, or the part of one that tells one activity)
 * as activity count + 1 of paragraph i when it names a day things happen
 * on (or 当天, with carried the day told before), an event and who leads
 * it; day receives the day it names. False when it is none, or when the
 * reader holds its maximum of items (*full). */
static bool read_told(struct reader *r, size_t i, const char *told, const wp_ndate *carried, size_t count,
		      wp_ndate *day, bool *full)
{
	wp_ndate d;
	bool dated = wp_nfind_date(told, r->year, &d) || wp_nfind_dekad(told, r->year, &d);
	bool same_day = !dated && carried && wp_word_at(told, WP_WORDS_THAT_DAY);
	/* 于5月29日前组织自查，由镇安委办负责汇总: a day things are due by,
	 * not one something happens on */
	bool before = false;
	if (dated)
		wp_notice_deadline_end(&d, &before);
	if (dated && !before && wp_nfind_date(told, r->year, &d))
		*day = d;
	if (!(dated && !before) && !same_day)
		return false;
	char *title = wp_notice_event_named(told);
	bool read = title && (wp_notice_names_its_lead(told) || subject_leads(told));
	char no[16];
	snprintf(no, sizeof no, "%zu", count + 1);
	if (read && !wp_notice_add_unnumbered_item(r, no, i, i))
		read = false, *full = true;
	if (read)
		wp_notice_read_prose_paragraph(r, no, title, told, same_day ? carried : NULL, NULL);
	free(title);
	return read;
}

bool wp_notice_tells_activity(const struct reader *r, const char *p)
{
	wp_ndate d;
	bool before = false;
	if (!wp_nfind_date(p, r->year, &d))
		return false;
	wp_notice_deadline_end(&d, &before);
	char *title = before ? NULL : wp_notice_event_named(p);
	bool tells = title && (wp_notice_names_its_lead(p) || subject_leads(p));
	free(title);
	return tells;
}

size_t wp_notice_read_paragraph_activities(struct reader *r)
{
	size_t from = 0, count = 0;
	size_t len;
	bool full = false;
	for (size_t i = 0; i < r->t.n; i++)
		if (wp_word_find(r->t.para[i], WP_WORDS_PREAMBLE_END, &len))
			from = i + 1;
	for (size_t i = from; i < r->t.n && i < r->outline.annex && !full && wp_notice_step(r, 1); i++) {
		const struct wp_outline_para *op = &r->outline.para[i];
		if (op->kind != WP_OUTLINE_PROSE ||
		    (op->section != WP_OUTLINE_NO_SECTION &&
		     r->outline.sec[op->section].kind == WP_SECTION_REQUIREMENTS))
			continue;
		size_t before = count;
		wp_ndate day = {.start = WP_DATE_NONE}; /* the last day told */
		for (const char *at = r->t.para[i]; *at && !full && wp_notice_step(r, 1);) {
			const char *next = next_told(at, r->year);
			char *told = wp_str_sub(at, (size_t)(next - at));
			at = next;
			wp_ndate carried = day;
			day.start = WP_DATE_NONE;
			count += read_told(r, i, told, carried.start != WP_DATE_NONE ? &carried : NULL, count, &day,
					   &full);
			if (day.start == WP_DATE_NONE)
				day = carried;
			free(told);
		}
		/* 镇里将开展X活动，由A牵头。5月10日在Y举办启动仪式。: no part
		 * alone tells it, the paragraph as a whole does */
		wp_ndate unused;
		if (count == before && !full)
			count += read_told(r, i, r->t.para[i], NULL, count, &unused, &full);
	}
	return count;
}

/* 宪法宣誓暨学习会。12月4日（星期五）上午9:30，在…举行…。由X牵头，Y配合。:
 * does paragraph p open with a short title, ended by 。, and then its
 * date (a day or a part of a month)? */
static bool titled_paragraph(const char *p, int year)
{
	const char *stop = wp_str_find(p, "。");
	if (!stop || stop == p || wp_text_width_n(p, (size_t)(stop - p)) > 30)
		return false;
	for (const char *q = p; q < stop; q += wp_str_char_len(q))
		if (wp_str_starts(q, "，") || wp_str_starts(q, "；") || wp_str_starts(q, "："))
			return false;
	const char *after = stop + strlen("。");
	/* 在X社区党群服务中心，9月18日上午8:30起，…: the place may come first */
	const char *comma = wp_str_starts(after, "在") ? wp_notice_find_near(after, "，", 90) : NULL;
	wp_ndate d;
	if ((wp_nfind_date(after, year, &d) || wp_nfind_dekad(after, year, &d)) && d.at == after)
		return true;
	return comma && wp_nfind_date(comma, year, &d) && d.at == comma + strlen("，");
}

size_t wp_notice_read_titled_paragraphs(struct reader *r, size_t from)
{
	size_t titled = 0;
	for (size_t i = from; i < r->t.n && !wp_outline_ends_section(&r->outline, i) && wp_notice_step(r, 1); i++)
		titled += titled_paragraph(r->t.para[i], r->year);
	if (titled < 2) /* one such paragraph is prose, not a list */
		return 0;
	size_t count = 0;
	for (size_t i = from; i < r->t.n && !wp_outline_ends_section(&r->outline, i) && wp_notice_step(r, 1); i++) {
		if (!titled_paragraph(r->t.para[i], r->year))
			continue;
		char no[16];
		snprintf(no, sizeof no, "%zu", count + 1);
		if (!wp_notice_add_unnumbered_item(r, no, i, i))
			break;
		wp_notice_read_item(r, no, r->t.para[i], "", NULL);
		count++;
	}
	if (count)
		wp_notice_note(r, WP_TR("the activities are the section's paragraphs that each open with a title and a date"));
	return count;
}

/* ◆ 应急演练进社区：5月12日下午2:30，在X开展…。由Y负责，Z配合。: does
 * paragraph p open with a mark, a short title and ：, the activity told
 * after it? The title's end (at the ：) into *colon. */
static bool bullet_paragraph(const char *p, const char **colon)
{
	static const char *const spaces[] = {" ", "　", NULL};
	size_t mark = wp_word_at(p, WP_WORDS_HEADING_MARK);
	bool field_bullet = !mark;
	if (!mark)
		mark = wp_word_at(p, WP_WORDS_FIELD_BULLET); /* - X：…, • X：… */
	if (!mark)
		return false;
	const char *title = p + mark + wp_str_span_of(p + mark, spaces);
	const char *stop = wp_str_find(title, "：");
	if (!stop || stop == title || wp_text_width_n(title, (size_t)(stop - title)) > 30 || !stop[strlen("：")])
		return false;
	/* - 时间地点：…, · 责任单位：…: a field of the activity above, no
	 * activity; a list's bullet names one only with its day (- 应急疏散
	 * 演练：3月30日…) */
	size_t label_len;
	if (wp_field_label_at(title, &label_len) && title + label_len <= stop)
		return false;
	wp_ndate d;
	if (field_bullet && !wp_nfind_date(stop, 2000, &d) && !wp_str_find(stop, "期间"))
		return false;
	for (const char *q = title; q < stop; q += wp_str_char_len(q))
		if (wp_str_starts(q, "，") || wp_str_starts(q, "。") || wp_str_starts(q, "；"))
			return false;
	*colon = stop;
	return true;
}

size_t wp_notice_read_bullets_between(struct reader *r, size_t from, size_t to, const char *group)
{
	static const char *const spaces[] = {" ", "　", NULL};
	const char *colon;
	size_t bullets = 0;
	for (size_t i = from; i < to && wp_notice_step(r, 1); i++)
		bullets += bullet_paragraph(r->t.para[i], &colon);
	if (bullets < 2) /* one such paragraph is prose, not a list */
		return 0;
	size_t count = 0;
	for (size_t i = from; i < to && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		if (!bullet_paragraph(p, &colon))
			continue;
		/* the labelled lines under it are its own (责任单位：…　指导
		 * 单位：…); prose after it is not */
		size_t last = i;
		wp_buf rest = WP_BUF_INIT;
		while (last + 1 < to && r->outline.para[last + 1].field &&
		       !bullet_paragraph(r->t.para[last + 1], &(const char *){NULL}) && wp_notice_step(r, 1)) {
			if (rest.len)
				wp_buf_putc(&rest, '\n');
			wp_buf_puts(&rest, r->t.para[++last]);
		}
		/* its key: under a group, apart from the group's other items
		 * (a table's rows 1, 2 before it) */
		char no[48];
		snprintf(no, sizeof no, "%s%s%zu", group ? group : "", group ? "." : "", count + 1);
		if (!wp_notice_add_unnumbered_item(r, no, i, last)) {
			wp_buf_free(&rest);
			break;
		}
		size_t mark = wp_word_at(p, WP_WORDS_HEADING_MARK);
		const char *title = p + (mark ? mark : wp_word_at(p, WP_WORDS_FIELD_BULLET));
		title += wp_str_span_of(title, spaces);
		/* the title, then its text as the item's own: title。text */
		wp_buf heading = WP_BUF_INIT;
		wp_buf_printf(&heading, "%.*s。%s", (int)(colon - title), title, colon + strlen("："));
		wp_notice_read_item(r, no, wp_buf_str(&heading), wp_buf_str(&rest), NULL);
		wp_buf_free(&heading);
		wp_buf_free(&rest);
		count++;
		i = last;
	}
	if (count)
		wp_notice_note(r, WP_TR("the activities are the section's paragraphs that each open with a mark (◆) and "
					"a title"));
	return count;
}

size_t wp_notice_read_bullet_paragraphs(struct reader *r, size_t from)
{
	size_t to = from;
	while (to < r->t.n && !wp_outline_ends_section(&r->outline, to) && wp_notice_step(r, 1))
		to++;
	return wp_notice_read_bullets_between(r, from, to, NULL);
}

/* Paragraph i's date label and the event it tells after it, into *days,
 * *body and *title (caller frees); false if it has not both. */
static bool dated_paragraph(const struct reader *r, size_t i, wp_ndate *days, const char **body, char **title)
{
	*title = NULL;
	if (!wp_notice_date_label(r->t.para[i], r->year, days, body))
		return false;
	*title = wp_notice_event_named(*body);
	return *title != NULL;
}

/* 【4月22日】上午，…开展…指导。下午3:00，在…举办…对接会，…: where, in the
 * body of a dated paragraph, a second event of the day opens: a sentence
 * opening with a time of day (当天下午2:30, 下午3:00) that names an event,
 * after one that named the first; NULL if none. */
static bool sentence_names_event(const char *from, const char *to)
{
	char *sentence = wp_str_sub(from, (size_t)(to - from));
	char *event = wp_notice_event_named(sentence);
	bool named = event != NULL;
	free(event);
	free(sentence);
	return named;
}

static const char *second_event_at(const char *body)
{
	/* a sentence at a time, each looked at once: linear in the body */
	bool told = false; /* (12.1 启动日。上午9:30…举行启动仪式: a day's name, then its one event) */
	for (const char *from = body, *stop = wp_str_find(body, "。"); stop; stop = wp_str_find(from, "。")) {
		const char *next = stop + strlen("。");
		told = told || sentence_names_event(from, stop);
		from = next;
		const char *when = next + wp_word_at(next, WP_WORDS_THAT_DAY);
		bool pm;
		if (!told || !wp_time_of_day_at(when, &pm))
			continue;
		const char *end = wp_str_find(next, "。");
		if (sentence_names_event(next, end ? end : next + strlen(next)))
			return next;
	}
	return NULL;
}

/* Reads the event a dated paragraph's body tells, on days, as an
 * unnumbered activity keyed no; false once the reader holds all it
 * takes. */
static bool read_day_event(struct reader *r, size_t i, const char *no, const char *title, const char *body,
			   const wp_ndate *days)
{
	if (!wp_notice_add_unnumbered_item(r, no, i, i))
		return false;
	wp_notice_read_prose_paragraph(r, no, title, body, NULL, days);
	return true;
}

size_t wp_notice_read_dated_paragraphs(struct reader *r, size_t from)
{
	wp_ndate days;
	const char *body;
	char *title;
	size_t dated = 0;
	for (size_t i = from; i < r->t.n && !wp_outline_ends_section(&r->outline, i) && wp_notice_step(r, 1); i++) {
		dated += dated_paragraph(r, i, &days, &body, &title);
		free(title);
	}
	if (dated < 2) /* one such paragraph is prose, not a list */
		return 0;
	size_t count = 0;
	for (size_t i = from; i < r->t.n && !wp_outline_ends_section(&r->outline, i) && wp_notice_step(r, 1); i++) {
		if (!dated_paragraph(r, i, &days, &body, &title))
			continue;
		char no[16];
		snprintf(no, sizeof no, "%zu", count + 1);
		/* a second event of the day told after the first: each its own */
		const char *second = second_event_at(body);
		char *first = second ? wp_str_sub(body, (size_t)(second - body)) : NULL;
		bool fits = read_day_event(r, i, no, title, first ? first : body, &days);
		free(first);
		free(title);
		if (!fits)
			break;
		count++;
		if (second) {
			char *named = wp_notice_event_named(second);
			snprintf(no, sizeof no, "%zu", count + 1);
			fits = read_day_event(r, i, no, named, second, &days);
			free(named);
			if (!fits)
				break;
			count++;
		}
	}
	if (count)
		wp_notice_note(r, WP_TR("the activities are the section's paragraphs that each open with their date "
					"in brackets, numbered 1, 2 ... in order"));
	return count;
}

/* Does a row of the table (activities first..first+rows) repeat what
 * paragraph p tells on day: on the same day, the row's title in p or the
 * row at p's clock? */
static bool row_repeats(const struct reader *r, size_t first, size_t rows, const char *p, const wp_ndate *day)
{
	char iso[WP_DATE_ISO_SIZE], hhmm[6];
	const char *at;
	wp_date_format(day->start, iso);
	bool clock = wp_nfind_time(p, hhmm, &at);
	for (size_t k = first; k < first + rows; k++) {
		json_t *a = json_array_get(r->activities, k);
		const char *title = json_string_value(json_object_get(a, "title"));
		const char *start = json_string_value(json_object_get(a, "start"));
		const char *time = json_string_value(json_object_get(a, "time"));
		if (start && strcmp(start, iso) == 0 &&
		    ((title && *title && wp_str_find(p, title)) || (clock && time && strcmp(time, hhmm) == 0)))
			return true;
	}
	return false;
}

/* Does p tell what has been done (召开了…会议, 进行了安排部署): a 了 after
 * a verb in its first sentence (了解 is none)? */
static bool told_as_done(const char *p)
{
	const char *stop = wp_str_find(p, "。");
	for (const char *at = wp_str_find(p, "了"); at && (!stop || at < stop); at = wp_str_find(at + strlen("了"), "了"))
		if (!wp_str_starts(at + strlen("了"), "解"))
			return true;
	return false;
}

size_t wp_notice_read_told_above_table(struct reader *r, size_t from, size_t first)
{
	size_t table = from;
	struct wp_notice_table tb;
	while (table < r->t.n && !wp_outline_ends_section(&r->outline, table) && wp_notice_step(r, 1) &&
	       !wp_notice_table_header_at(r, table, &tb))
		table++;
	size_t rows = json_array_size(r->activities) - first, count = 0;
	bool full = false;
	for (size_t i = from; i < table && !full && wp_notice_step(r, 1); i++) {
		/* one that opens with its day (a summary of what the table holds,
		 * 宣传周期间…集中组织9项…活动, is none), one day's (3月1日至31日，
		 * …开展…月活动 is the campaign) and still to come */
		wp_ndate day;
		if (r->outline.para[i].kind == WP_OUTLINE_PROSE && wp_nfind_date_at(r->t.para[i], r->year, &day) &&
		    day.start == day.end && !told_as_done(r->t.para[i]) && wp_notice_tells_activity(r, r->t.para[i]) &&
		    !row_repeats(r, first, rows, r->t.para[i], &day))
			count += read_told(r, i, r->t.para[i], NULL, rows + count, &day, &full);
	}
	/* in the order of the text: before the table's rows */
	wp_notice_move_last_activities(r, first, count);
	return count;
}
