/* notice-section-activities.c - a notice without an activity section
 * whose top sections are each one activity (二、开展“家校共育”公益讲座 /
 * its prose: when, where, 由X负责), minutes that head each agreed item
 * with 关于 (三、关于“送法进乡村”巡回宣讲 / …县司法局负责，…配合), with
 * the dated stops such an item lists (1．5月12日…，溱水镇，地点：…), and
 * a stage read as one activity; split from notice-prose.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* Does p name a day something happens on (not one it is due by: 6月15日
 * 前完成…)? */
static bool names_a_day_held(const struct reader *r, const char *p)
{
	wp_ndate d;
	for (const char *q = p; wp_nfind_date(q, r->year, &d); q = d.at + d.len) {
		bool before = false;
		wp_notice_deadline_end(&d, &before);
		if (!before)
			return true;
	}
	return false;
}

/* Does paragraph p say who leads what it tells: 由区教育局负责，…, or, in
 * a paragraph that names the day it is held, a sentence of units and
 * their roles (5月8日…举行…。县司法局负责，县法院配合。, as minutes assign
 * an item; not 县农业农村局负责，各乡镇配合 alone, a duty)? */
static bool para_says_who_leads(const struct reader *r, const char *p)
{
	if (wp_notice_names_its_lead(p))
		return true;
	if (!names_a_day_held(r, p))
		return false;
	struct units u = {json_array(), json_array()};
	if (!wp_notice_role_sentence(p, &u))
		wp_notice_lead_sentence(p, &u);
	bool leads = json_array_size(u.lead) > 0;
	json_decref(u.lead);
	json_decref(u.coop);
	return leads;
}

/* Is paragraph i an item that opens with its day (三、关于“送法进乡村”
 * 巡回宣讲 / … / 1．5月12日（星期二）上午9:00，溱水镇，地点：…): a stop of
 * the activity its section tells? Not a day things are due by (1．5月8日
 * 前，各乡镇将…报…). */
static bool dated_item(const struct reader *r, size_t i)
{
	int n;
	wp_ndate d;
	bool before = false;
	const char *text = wp_outline_item(&r->outline, i, &n);
	if (!text || !wp_nfind_date_at(text, r->year, &d))
		return false;
	wp_notice_deadline_end(&d, &before);
	return !before;
}

/* Is section k a plain one (no items but its stops) whose prose says who leads it
 * (由区教育局负责，区妇联协助)? Plain: of no kind of its own, or titled by
 * an event verb (组织家长学校示范课观摩 is no 组织领导 section). */
static bool section_is_activity(struct reader *r, size_t k)
{
	const struct wp_outline *o = &r->outline;
	/* 一、“质量月”启动暨集中宣传活动: a heading that names one kind of
	 * activity may head that activity alone; so may one that names an
	 * event (二、关于领导干部学法专题讲座: minutes put 关于 before it, and
	 * 领导 there names no committee) */
	const char *named = o->sec[k].title + wp_word_at(o->sec[k].title, WP_WORDS_ABOUT_HEADING);
	if (o->sec[k].kind != WP_SECTION_OTHER && o->sec[k].kind != WP_SECTION_ACTIVITIES &&
	    !wp_word_at(named, WP_WORDS_EVENT_VERB) && !wp_word_ends(named, WP_WORDS_EVENT_NOUN_END))
		return false;
	/* 第九条　联系方式 / … / 本方案由X负责解释: the people to call, however
	 * its closing words name a unit */
	size_t len;
	if (wp_word_find(o->sec[k].title, WP_WORDS_CONTACT_SECTION, &len))
		return false;
	/* 四、活动安排 over dated paragraphs: the section of activities, named
	 * so, is none of them */
	if (o->sec[k].kind == WP_SECTION_ACTIVITIES && wp_word_is(o->sec[k].title, WP_WORDS_ACTIVITY_SECTION))
		return false;
	bool leads = false;
	int n;
	for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n; i++) {
		/* items are the stops of an activity its prose has told, each
		 * opening with its day; any other item makes the section a list */
		if ((wp_outline_item(o, i, &n) && !(leads && dated_item(r, i))) ||
		    o->para[i].kind == WP_OUTLINE_TABLE_HEADER)
			return false;
		leads = leads || para_says_who_leads(r, r->t.para[i]);
	}
	return leads;
}


/* 此外，9月16日（周三）下午2:30，镇卫生院将在镇敬老院开展“关爱老年健康”科普
 * 讲座，…: a paragraph after an activity section's own that turns aside
 * (此外, 另外) to tell one more activity: a day it happens on (not one
 * things are due by), the units that do it opening the clause after the
 * day, and an event. Those units (caller frees), or NULL when p tells no
 * such activity (另外，质量月期间各村要…: standing duties). */
static char *aside_activity_units(const struct reader *r, const char *p)
{
	size_t len = wp_word_at(p, WP_WORDS_ASIDE);
	const char *told = p + len;
	wp_ndate d;
	bool before = true;
	if (!len || !wp_str_skip(&told, "，") || !wp_nfind_date_at(told, r->year, &d))
		return NULL;
	const char *comma = wp_str_find(wp_notice_deadline_end(&d, &before), "，");
	if (before || !comma)
		return NULL;
	char *units = wp_notice_upto(comma + strlen("，"), wp_words(WP_WORDS_WHO_END));
	char *event = wp_notice_event_named(told);
	if (!event || !*units || !wp_notice_names_units(units)) {
		free(units);
		units = NULL;
	}
	free(event);
	return units;
}

/* The paragraph of section k that tells one more activity aside
 * (aside_activity_units): past the section's first paragraph, or inside
 * it after a 。 (a copy cut at one width may run the paragraphs
 * together), *at the aside's offset in it; 0 if none. */
static size_t aside_activity_in(const struct reader *r, size_t k, size_t *at)
{
	const struct wp_outline *o = &r->outline;
	for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n; i++) {
		const char *p = r->t.para[i];
		/* where a sentence opens: the paragraph's start (not the
		 * section's first paragraph), then past each 。 */
		const char *q = i > o->sec[k].heading + 1 ? p : wp_str_find(p, "。");
		while (q) {
			if (q > p || i == o->sec[k].heading + 1)
				q += strlen("。");
			char *units = wp_word_at(q, WP_WORDS_ASIDE) ? aside_activity_units(r, q) : NULL;
			free(units);
			if (units) {
				*at = (size_t)(q - p);
				return i;
			}
			q = wp_str_find(q, "。");
		}
	}
	return 0;
}

/* Reads the aside at offset at of paragraph i (aside_activity_units) as
 * an activity with no number, its key no; the units that do it lead when
 * no role word says otherwise. */
static void read_aside_activity(struct reader *r, const char *no, size_t i, size_t at)
{
	const char *aside = r->t.para[i] + at;
	const char *told = aside + wp_word_at(aside, WP_WORDS_ASIDE) + strlen("，");
	char *units = aside_activity_units(r, aside);
	char *title = wp_notice_event_named(told);
	if (units && title && wp_notice_add_unnumbered_item(r, no, i, i)) {
		wp_notice_read_prose_paragraph(r, no, title, told, NULL, NULL);
		json_t *a = json_array_get(r->activities, json_array_size(r->activities) - 1);
		json_t *lead = json_object_get(a, "lead");
		if (json_array_size(lead) == 0 && json_array_size(json_object_get(a, "cooperate")) == 0)
			wp_notice_split_units(units, lead);
	}
	free(title);
	free(units);
}

/* The paragraphs of section k after its heading up to last, a line each;
 * of paragraph aside (0: none) its first at bytes only; its stops
 * (dated_item) left to read_stops when stops_apart. */
static wp_buf section_text(const struct reader *r, size_t k, size_t last, size_t aside, size_t at, bool stops_apart)
{
	const struct wp_outline *o = &r->outline;
	wp_buf rest = WP_BUF_INIT;
	for (size_t i = o->sec[k].heading + 1; i <= last && i < o->n; i++)
		if (!(stops_apart && dated_item(r, i)))
			wp_buf_printf(&rest, "%s%.*s", rest.len ? "\n" : "", (int)(i == aside ? at : strlen(r->t.para[i])),
			      r->t.para[i]);
	return rest;
}

/* The activity numbered no, read last, or NULL. */
static json_t *activity_numbered(const struct reader *r, const char *no)
{
	for (size_t i = json_array_size(r->activities); i-- > 0;) {
		json_t *a = json_array_get(r->activities, i);
		const char *its = json_string_value(json_object_get(a, "no"));
		if (its && strcmp(its, no) == 0)
			return a;
	}
	return NULL;
}

/* A stop's line past its day: 溱水镇，地点：溱水镇文化广场；. Its fields
 * apart by ， or ；: the first with no label names the stop (the title);
 * a place's label gives the place. The title is NULL where no field is
 * unlabelled; both caller frees. */
static char *stop_fields(const char *fields, char **place)
{
	static const char *const field_end[] = {"，", "；", "。", NULL};
	char *title = NULL;
	*place = NULL;
	for (const char *f = fields; *f;) {
		size_t n = wp_str_span_upto(f, field_end), len;
		char *field = wp_str_sub(f, n);
		const struct wp_field_label *l = wp_field_label_at(field, &len);
		bool labelled = l && wp_str_starts(field + len, "：");
		if (labelled && l->field == WP_FIELD_PLACE && !*place)
			*place = wp_notice_cell_place(field + len + strlen("："));
		else if (!labelled && *field && !title)
			title = wp_xstrdup(field);
		free(field);
		f += n;
		f += wp_str_span_of(f, field_end);
	}
	return title;
}

/* The stop of activity item at paragraph i, numbered sub: its day and
 * clock, what its fields name, done by the activity's units. */
static void read_stop(struct reader *r, const json_t *item, const char *sub, const char *text)
{
	wp_ndate d;
	if (!wp_nfind_date_at(text, r->year, &d))
		return;
	/* past the day's clause: its weekday and clock are the day's */
	const char *fields = text + d.len;
	fields += wp_str_span_upto(fields, (const char *const[]){"，", NULL});
	wp_str_skip(&fields, "，");
	char *place, *title = stop_fields(fields, &place);
	if (!title && place)
		title = wp_xstrdup(place);
	json_t *a = wp_notice_new_activity(sub, title ? title : json_string_value(json_object_get(item, "title")));
	wp_notice_set_read_dates(a, &d);
	char *when = wp_str_sub(text, (size_t)(fields - text));
	wp_notice_set_times(a, when);
	free(when);
	if (place)
		json_object_set_new(a, "location", json_string(place));
	json_object_set_new(a, "lead", json_deep_copy(json_object_get(item, "lead")));
	json_object_set_new(a, "cooperate", json_deep_copy(json_object_get(item, "cooperate")));
	json_array_append_new(r->activities, a);
	free(title);
	free(place);
}

/* The stops of section k's activity no (dated_item), up to paragraph
 * last: each an activity no.N, N its number as written, done by the
 * activity's units. */
static void read_stops(struct reader *r, size_t k, size_t last, const char *no)
{
	const struct wp_outline *o = &r->outline;
	size_t stops = 0;
	for (size_t i = o->sec[k].heading + 1; i <= last && i < o->n && wp_notice_step(r, 1); i++) {
		int n;
		const char *text = wp_outline_item(o, i, &n);
		if (!dated_item(r, i))
			continue;
		char sub[64];
		snprintf(sub, sizeof sub, "%.30s.%d", no, n);
		const json_t *item = activity_numbered(r, no);
		if (!item || !wp_notice_add_item(r, sub, i, i))
			break;
		read_stop(r, item, sub, text);
		stops++;
	}
	if (stops)
		wp_notice_note(r, WP_TR("activity %s: the dated stops its section lists are listed as %s.1, %s.2 …"),
			       no, no, no);
}

/* 二、开展“家校共育”公益讲座 / 5月12日至14日，在各中小学校…。由区教育局负
 * 责，区妇联协助。: a notice without an activity section may make each
 * activity a top section of its own, its heading the title, its prose
 * the when, where and who. Taken when two sections or more read so (one
 * alone may be a section of duties); numbered as their headings (二, 三
 * ...). Returns how many. */
size_t wp_notice_read_section_activities(struct reader *r)
{
	static const char *const clause_end[] = {"，", "。", "；", "\n", NULL};
	const struct wp_outline *o = &r->outline;
	size_t count = 0;
	for (size_t k = 0; k < o->nsec && wp_notice_step(r, 1); k++)
		count += section_is_activity(r, k);
	if (count < 2)
		return 0;
	count = 0;
	for (size_t k = 0; k < o->nsec && wp_notice_step(r, 1); k++) {
		if (!section_is_activity(r, k))
			continue;
		char no[16];
		wp_cn_number_format(o->sec[k].number, no, sizeof no);
		/* 此外，…镇卫生院将在…开展…: one more activity told aside ends
		 * what the section tells of its own */
		size_t at = 0, aside = aside_activity_in(r, k, &at);
		size_t last = aside ? (at ? aside : aside - 1) : o->sec[k].last;
		if (!wp_notice_add_item(r, no, o->sec[k].heading, last))
			break;
		wp_buf rest = section_text(r, k, last, aside, at, true);
		/* the heading is the title whole: a 。 in it ends no title; an
		 * untitled article (第二条 / 举办…讲座，6月12日…) is titled by its
		 * first clause */
		wp_buf title = WP_BUF_INIT;
		char *clause = *o->sec[k].title ? NULL : wp_notice_upto(wp_buf_str(&rest), clause_end);
		/* 三、关于主场庆祝活动: minutes head an item with 关于 before
		 * what it is about, the activity's name */
		const char *heading = o->sec[k].title;
		heading += wp_word_at(heading, WP_WORDS_ABOUT_HEADING);
		wp_buf_printf(&title, "%s。", clause ? clause : heading);
		free(clause);
		wp_notice_read_item(r, no, wp_buf_str(&title), wp_buf_str(&rest), NULL);
		wp_buf_free(&title);
		wp_buf_free(&rest);
		read_stops(r, k, last, no);
		count++;
		if (aside) {
			snprintf(no, sizeof no, "%zu", count + 1);
			read_aside_activity(r, no, aside, at);
		}
	}
	wp_notice_note(r, WP_TR("no activity section: the activities are top sections that each say who leads them"));
	return count;
}

void wp_notice_read_stage_activity(struct reader *r, size_t k)
{
	const struct wp_outline *o = &r->outline;
	char no[16];
	wp_cn_number_format(o->sec[k].number, no, sizeof no);
	if (!wp_notice_add_item(r, no, o->sec[k].heading, o->sec[k].last))
		return;
	wp_buf rest = section_text(r, k, o->sec[k].last, 0, 0, false);
	wp_buf title = WP_BUF_INIT;
	wp_buf_printf(&title, "%s。", o->sec[k].title);
	wp_notice_read_item(r, no, wp_buf_str(&title), wp_buf_str(&rest), NULL);
	wp_buf_free(&title);
	wp_buf_free(&rest);
	/* its days are the stage's, not those its prose names (于5月31日前将
	 * 方案报…: a day things are due by) */
	json_t *a = json_array_get(r->activities, json_array_size(r->activities) - 1);
	wp_ndate d;
	if (a && wp_nfind_date(r->t.para[o->sec[k].heading], r->year, &d))
		wp_notice_set_read_dates(a, &d);
}
