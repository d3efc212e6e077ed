/* notice-unit-heading.c - activities listed under the units that run
 * them (三、各单位活动安排 > （一）区卫生健康委 > 1. 2.), for
 * notice-items.c. Such a notice never repeats the unit in its items: the
 * heading says who leads each. An item may still say that the unit only
 * helps another (配合Y开展X); and a unit's heading over prose without a
 * date holds its standing duty, not an activity. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "notice-date.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

json_t *wp_notice_heading_units(struct reader *r, const char *heading)
{
	char *named = wp_str_trim_end(heading, wp_notice_end_punct);
	json_t *units = NULL;
	/* （一）区卫生健康委, （四）各社区卫生服务中心、乡镇卫生院: only units,
	 * no word of anything done; a heading with a 。 says more than who */
	if (*named && !wp_str_find(named, "。") && !wp_str_find(named, "，") && wp_notice_names_units(named)) {
		units = json_array();
		wp_notice_split_units(named, units);
		units = wp_notice_fix_names(r, units);
	}
	free(named);
	/* （二）社区, （三）企业: a kind of place the items go to (进社区,
	 * 进企业), in two characters, is no unit that runs them */
	size_t i;
	json_t *v;
	bool kind = false;
	json_array_foreach(units, i, v) kind = kind || wp_text_width(json_string_value(v)) < 6;
	if (kind) {
		json_decref(units);
		units = NULL;
	}
	return units;
}

/* 配合各社区卫生服务中心于9月14日至18日…开展X: the units an item's line
 * opens with after a verb of helping (配合, 协助), up to where their
 * deed or its time begins; NULL when the line does not so open. Caller
 * frees. */
static char *helped_units(const char *line)
{
	size_t verb = wp_word_at(line, WP_WORDS_HELP_WITH);
	if (!verb)
		return NULL;
	char *x = wp_notice_upto(line + verb, wp_words(WP_WORDS_SUBJECT_END));
	/* 各社区卫生服务中心于9月14日: a 于 opens the time of the deed */
	char *yu = strstr(x, "于");
	if (yu)
		*yu = '\0';
	if (!*x || wp_str_find(x, "，") || !wp_notice_units_like(x)) {
		free(x);
		return NULL;
	}
	return x;
}

/* 配合Y…开展口腔健康检查，组织…: an item that opens so has no title of
 * its own; what is done (after 开展) in its first clause names it. NULL
 * when the clause names nothing done. Caller frees. */
static char *helped_event(const char *line)
{
	static const char *const clause_end[] = {"，", "。", "；", NULL};
	char *clause = wp_notice_upto(line, clause_end);
	size_t len;
	const char *verb = wp_word_find(clause, WP_WORDS_HELPED_EVENT, &len);
	char *event = verb && verb[len] ? wp_xstrdup(verb + len) : NULL;
	free(clause);
	return event;
}

/* （五）区教育体育局 / 1.配合各社区卫生服务中心…开展X: the heading's
 * units help, the units they help (helped) lead; an item that was all
 * one line takes its title and place from it. */
static void heading_units_help(struct reader *r, json_t *a, json_t *units, const char *line, const char *helped)
{
	json_t *lead = json_object_get(a, "lead"), *coop = json_object_get(a, "cooperate");
	json_t *them = json_array();
	wp_notice_split_units(helped, them);
	them = wp_notice_fix_names(r, them);
	json_array_clear(lead);
	json_array_extend(lead, them);
	json_decref(them);
	json_t *mine = json_deep_copy(units);
	json_array_extend(mine, coop);
	json_array_clear(coop);
	json_array_extend(coop, mine);
	json_decref(mine);
	const char *title = json_string_value(json_object_get(a, "title"));
	char *event = title && wp_word_at(title, WP_WORDS_HELP_WITH) ? helped_event(line) : NULL;
	if (event)
		json_object_set_new(a, "title", json_string(event));
	char *place = event && json_is_null(json_object_get(a, "location")) ? wp_notice_find_location(line) : NULL;
	if (place)
		json_object_set_new(a, "location", json_string(place));
	free(place);
	free(event);
}

/* 由X牵头, X负责, 牵头单位：X: does the item's text name its lead in
 * words of leading? A subject alone (各村镇银行要…) only says who in the
 * heading's group does the work. */
static bool names_own_lead(const char *body)
{
	static const char *const ends[] = {"，", "。", "；", "\n", NULL};
	size_t len;
	/* 会同县财政局、县经济开发区管委会组织实施: a clause joining others
	 * to the heading's units leaves its subject, the heading's, unsaid */
	for (const char *p = body; *p;) {
		size_t n = wp_str_span_upto(p, ends);
		char *clause = wp_str_sub(p, n);
		bool own = !wp_word_at(clause, WP_WORDS_JOIN) && wp_word_find(clause, WP_WORDS_LEAD_VERB, &len);
		free(clause);
		if (own)
			return true;
		p += n;
		p += wp_str_span_of(p, ends);
	}
	for (const struct wp_field_label *l = wp_field_labels; l->name; l++) {
		char marker[40];
		snprintf(marker, sizeof marker, "%s：", l->name);
		if (l->field == WP_FIELD_LEAD && wp_str_find(body, marker))
			return true;
	}
	return false;
}

void wp_notice_add_partner_units(struct reader *r, json_t *a, json_t *them)
{
	json_t *lead = json_object_get(a, "lead"), *coop = json_object_get(a, "cooperate");
	size_t i, k;
	json_t *v, *w;
	json_array_foreach(them, i, v) {
		bool known = false;
		json_array_foreach(lead, k, w) known = known || wp_notice_same_unit(r, json_string_value(v),
										   json_string_value(w));
		json_array_foreach(coop, k, w) known = known || wp_notice_same_unit(r, json_string_value(v),
										   json_string_value(w));
		if (!known)
			json_array_append(coop, v);
	}
}

/* Adds the units of names to coop that neither list holds yet. */
static void add_partners(struct reader *r, json_t *a, const char *names)
{
	json_t *them = json_array();
	wp_notice_split_units(names, them);
	them = wp_notice_fix_names(r, them);
	wp_notice_add_partner_units(r, a, them);
	json_decref(them);
}

/* 区委宣传部负责邀请新闻媒体, 区融媒体中心做好宣传报道, 邀请区检察院派员
 * 现场监督: the units a clause opens with (after a word of inviting)
 * before their own part in the item (a copy), or NULL. */
static char *deed_partner(const char *clause)
{
	clause += wp_word_at(clause, WP_WORDS_INVITE);
	size_t len;
	const char *deed = wp_word_find(clause, WP_WORDS_PARTNER_DEED, &len);
	/* 邀请…企业负责人旁听: a post held, no part in the work */
	if (!deed || deed == clause || wp_word_at(deed, WP_WORDS_UNNAMED_PERSON))
		return NULL;
	char *x = wp_str_sub(clause, (size_t)(deed - clause));
	/* 现场由X负责安保: a lead phrase's, read with them; 退役军人代表全程
	 * 参与: persons */
	if (wp_notice_units_like(x) && !wp_str_find(x, "由") && !wp_word_ends(x, WP_WORDS_REMARK_END))
		return x;
	free(x);
	return NULL;
}

/* One clause of an item under a heading of units, whose subject is the
 * heading: 联合县教育局在…开展 / 会同Y设置… (Y joins it) or 县融媒体中心
 * 配合做好推送 (Y helps). The partner's units (caller frees), or NULL. */
static char *clause_partner(const char *clause)
{
	size_t join = wp_word_at(clause, WP_WORDS_JOIN), len;
	/* 与区司法局在X共同设立: 与 joins when 共同 follows, units all the
	 * way (not 与市民共同探讨) */
	if (!join && wp_word_find(clause, WP_WORDS_TOGETHER, &len) && wp_word_at(clause, WP_WORDS_TOGETHER_WITH)) {
		static const char *const with_end[] = {"在", "共同", "，", NULL};
		const char *with = clause + wp_word_at(clause, WP_WORDS_TOGETHER_WITH);
		char *y = wp_notice_upto(with, with_end);
		if (*y && wp_notice_units_like(y))
			return y;
		free(y);
		return NULL;
	}
	if (join) {
		char *upto = wp_notice_upto(clause + join, wp_words(WP_WORDS_SENTENCE_UNITS_END));
		char *y = wp_notice_units_opening(upto);
		free(upto);
		return y;
	}
	const char *help = wp_word_find(clause, WP_WORDS_HELP_WITH, &len);
	/* 县农业农村局负责业务指导: a clause that ends in a helper's verb */
	size_t ending = help ? 0 : wp_word_end_len(clause, WP_WORDS_HELP_VERB);
	if (ending)
		help = clause + strlen(clause) - ending;
	if (!help)
		return deed_partner(clause);
	if (help == clause)
		return NULL; /* 配合Y开展: the heading's units help (helped_units) */
	char *x = wp_str_sub(clause, (size_t)(help - clause));
	if (wp_notice_units_like(x))
		return x;
	free(x);
	return NULL;
}

/* The partners body names clause by clause (联合Y, 会同Y, Y配合…); only
 * those joined to the doer (联合, 会同) when joined_only. */
static void partners_in(struct reader *r, json_t *a, const char *body, bool joined_only)
{
	static const char *const ends[] = {"，", "。", "；", "\n", NULL};
	for (const char *p = body; *p;) {
		size_t n = wp_str_span_upto(p, ends);
		char *clause = wp_str_sub(p, n);
		char *y = !joined_only || wp_word_at(clause, WP_WORDS_JOIN) ? clause_partner(clause) : NULL;
		if (y && *y)
			add_partners(r, a, y);
		free(y);
		free(clause);
		p += n;
		p += wp_str_span_of(p, ends);
	}
}

void wp_notice_give_heading_roles(struct reader *r, json_t *a, json_t *units, const char *line, const char *body)
{
	char *helped = helped_units(line);
	json_t *lead = json_object_get(a, "lead");
	if (helped) {
		heading_units_help(r, a, units, line, helped);
	} else if (json_array_size(lead) == 0 || !names_own_lead(body)) {
		/* a lead the item names itself (由X牵头) is its word */
		json_array_clear(lead);
		json_array_extend(lead, units);
	}
	free(helped);
	/* 11．…开展主题班会，分局综合科配合提供课件: a task all on one line
	 * names its partner there */
	partners_in(r, a, *body ? body : line, false);
}

void wp_notice_join_partners(struct reader *r, json_t *a, const char *body)
{
	partners_in(r, a, body, true);
}

/* 县交通运输局（县公安局交通管理大队配合）: the units a bracket closing units
 * names with a verb of helping, the verb cut (a copy), the bracket cut
 * off units; NULL, units untouched, when it closes with none. */
static char *bracket_partners(char *units)
{
	char *open = wp_notice_closing_open(units);
	if (!open || open == units)
		return NULL;
	char *inside = wp_str_sub(open + strlen("（"), strlen(open) - strlen("（") - strlen("）"));
	/* 配合, 协助; 协办, 参与 */
	size_t verb = wp_word_end_len(inside, WP_WORDS_HELP_WITH);
	if (!verb)
		verb = wp_word_end_len(inside, WP_WORDS_HELP_VERB);
	char *partners = verb ? wp_str_sub(inside, strlen(inside) - verb) : NULL;
	free(inside);
	if (partners && wp_notice_units_like(partners)) {
		*open = '\0';
		return partners;
	}
	free(partners);
	return NULL;
}

/* Does name open with its level (县发展改革局, 各乡镇人民政府, not 市民学校),
 * name the region (国网汀源县供电公司) or a level's Party committee (团县委)?
 * An event's name before a colon may read like a unit (法律进社区,
 * 工业园区专场招聘会) but names no level so. */
static bool level_named(const struct reader *r, const char *name)
{
	size_t into;
	if (wp_word_at(name, WP_WORDS_GROUP_OPEN))
		return true;
	if (wp_word_at(name, WP_WORDS_LEVEL) && !wp_word_at(name, WP_WORDS_NOT_LEVEL_OPENING))
		return true;
	/* 城关镇, 石桥乡, 望海街道: a township by its name (not 进乡镇) */
	if (wp_word_ends(name, WP_WORDS_TOWNSHIP_END) && !wp_word_ends(name, WP_WORDS_TOWNSHIPS_WORD) &&
	    !wp_word_find(name, WP_WORDS_GOES_INTO, &into) && wp_text_width(name) >= 6 && wp_text_width(name) <= 10)
		return true;
	for (const char *const *l = wp_words(WP_WORDS_LEVEL); *l; l++) {
		char committee[16];
		snprintf(committee, sizeof committee, "%s委", *l);
		if (wp_str_find(name, committee))
			return true;
	}
	/* the region without its level: 汀源 of 汀源县 */
	size_t len = r->region ? strlen(r->region) : 0, level;
	for (const char *const *l = wp_words(WP_WORDS_LEVEL); len && *l; l++)
		if (wp_str_ends(r->region, *l) && (level = strlen(*l), wp_text_width_n(r->region, len - level) >= 4)) {
			char *stem = wp_str_sub(r->region, len - level);
			bool named = wp_str_find(name, stem) != NULL;
			free(stem);
			return named;
		}
	return false;
}

/* Does every unit of units name its level (level_named)? */
static bool units_of_a_level(const struct reader *r, json_t *units)
{
	size_t i;
	json_t *v;
	json_array_foreach(units, i, v)
		if (!level_named(r, json_string_value(v)))
			return false;
	return true;
}

/* Are the brackets of s all closed (各县（市、区）X), none left open (X（牵头单位)? */
static bool brackets_closed(const char *s)
{
	int depth = 0;
	for (const char *p = s; *p; p += wp_str_char_len(p))
		depth += wp_str_starts(p, "（") ? 1 : wp_str_starts(p, "）") ? -1 : 0;
	return depth == 0;
}

/* The units of prefix (what an item opens with before its colon) by
 * their roles: marked (县交通运输局（牵头）、县公安局交警大队（配合）, 县应急
 * 管理局牵头、县消防救援大队配合), joined (X联合Y, X会同Y), or bare (all
 * lead); false when prefix names anything but units. */
static bool prefix_roles(struct reader *r, const char *prefix, json_t *lead, json_t *coop)
{
	if (wp_notice_list_marks_roles(prefix)) {
		wp_notice_split_lead_list(r, prefix, lead, coop);
		return wp_notice_names_units(prefix);
	}
	/* X联合Y (not 县残疾人联合会: a name that holds the word) */
	size_t len;
	const char *join = wp_word_find(prefix, WP_WORDS_JOIN, &len);
	if (join && join > prefix) {
		char *x = wp_str_sub(prefix, (size_t)(join - prefix));
		bool both = wp_notice_names_units(x) && wp_notice_names_units(join + len);
		if (both) {
			wp_notice_split_units(x, lead);
			wp_notice_split_units(join + len, coop);
		}
		free(x);
		if (both)
			return true;
	}
	json_t *units = wp_notice_heading_units(r, prefix);
	if (units)
		json_array_extend(lead, units);
	json_decref(units);
	return units != NULL;
}

size_t wp_notice_units_before_colon(struct reader *r, const char *heading, json_t **units, json_t **partners)
{
	*units = *partners = NULL;
	/* a unit's name and a bracket of partners, no more */
	const char *colon = wp_notice_find_near(heading, "：", 3 * 40);
	if (!colon || colon == heading || !colon[strlen("：")])
		return 0;
	char *prefix = wp_str_sub(heading, (size_t)(colon - heading));
	/* 县市场监管局、县商务局等部门: the units, not the word for them all */
	for (const char *const *w = wp_words(WP_WORDS_UNITS_ALL_OF_THEM); *w; w++)
		if (wp_str_ends(prefix, *w) && strlen(prefix) > strlen(*w))
			prefix[strlen(prefix) - strlen(*w)] = '\0';
	char *helpers = bracket_partners(prefix);
	json_t *lead = json_array(), *coop = json_array();
	/* 牵头单位：, 活动名称：: a label, not who */
	bool named = !wp_field_label_is(prefix) && brackets_closed(prefix) && !wp_str_find(prefix, "，") &&
		     !wp_str_find(prefix, "。") && prefix_roles(r, prefix, lead, coop);
	if (helpers)
		wp_notice_split_units(helpers, coop);
	free(helpers);
	free(prefix);
	lead = wp_notice_fix_names(r, lead);
	coop = wp_notice_fix_names(r, coop);
	if (named && json_array_size(lead) > 0 && units_of_a_level(r, lead) && units_of_a_level(r, coop)) {
		*units = lead;
		*partners = coop;
		return (size_t)(colon - heading) + strlen("：");
	}
	json_decref(lead);
	json_decref(coop);
	return 0;
}

/* Does line or rest say that unit leads (由县科技局牵头; not 由X具体实施,
 * which is doing the work the lead hands out)? */
static bool says_it_leads(const char *unit, const char *line, const char *rest)
{
	char leads[256];
	for (const char *const *verb = wp_words(WP_WORDS_SAID_TO_LEAD); *verb; verb++) {
		if (strlen(unit) + strlen(*verb) >= sizeof leads)
			return false;
		memcpy(leads, unit, strlen(unit));
		strcpy(leads + strlen(unit), *verb);
		if (wp_str_find(line, leads) || wp_str_find(rest, leads))
			return true;
	}
	return false;
}

void wp_notice_give_opening_roles(struct reader *r, json_t *a, json_t *units, json_t *partners, const char *line,
				  const char *rest)
{
	json_t *lead = json_object_get(a, "lead"), *coop = json_object_get(a, "cooperate");
	/* 县科协：…，由县科技局牵头，县教育局配合: the item names who leads it
	 * in so many words; the units it opened with help */
	if (json_array_size(lead) > 0 && says_it_leads(json_string_value(json_array_get(lead, 0)), line, rest)) {
		wp_notice_add_partner_units(r, a, units);
		wp_notice_add_partner_units(r, a, partners);
		return;
	}
	json_array_clear(lead);
	json_array_extend(lead, units);
	json_array_clear(coop);
	wp_notice_add_partner_units(r, a, partners);
	partners_in(r, a, line, false);
	partners_in(r, a, rest, false);
}

bool wp_notice_unit_heading(struct reader *r, const char *heading)
{
	json_t *units = wp_notice_heading_units(r, heading);
	bool named = units != NULL;
	json_decref(units);
	return named;
}

bool wp_notice_unit_item_duty(const struct reader *r, const char *item)
{
	wp_ndate d;
	bool dated = wp_nfind_date(item, r->year, &d);
	if (!dated && !wp_nfind_dekad(item, r->year, &d) && !wp_nfind_during(item))
		return true;
	/* 宣传周期间，负责统筹协调…, 负责6月20日前完成…: a duty, its time
	 * said first or not */
	static const char *const clause_end[] = {"，", NULL};
	size_t first = wp_str_span_upto(item, clause_end);
	const char *deed = item;
	char *when = wp_str_sub(item, first);
	if (item[first] && (wp_nfind_date(when, r->year, &d) || wp_nfind_dekad(when, r->year, &d) || wp_nfind_during(when)))
		deed = item + first + strlen("，");
	free(when);
	return wp_str_starts(deed, "负责");
}

bool wp_notice_unit_duty(struct reader *r, const char *heading, const char *rest)
{
	wp_ndate d;
	json_t *units = wp_notice_heading_units(r, heading);
	bool duty = units && *rest && !wp_nfind_date(rest, r->year, &d) && !wp_nfind_dekad(rest, r->year, &d) &&
		    !wp_nfind_during(rest);
	if (duty)
		wp_notice_note(r, WP_TR("%s: a unit's standing duty without a date, not an activity"),
			       json_string_value(json_array_get(units, 0)));
	json_decref(units);
	return duty;
}

/* The word that tells an event from others of its kind: the two
 * characters before the kinds its title ends in (主场 of 六五环境日主场宣传
 * 活动), by which a task elsewhere calls it (主场活动). NULL when the title
 * ends in no kind. Caller frees. */
static char *event_word(const char *title)
{
	char *t = wp_xstrdup(title);
	bool kind = false;
	for (int k = 0; k < 4; k++) { /* 宣传活动: a kind or two, no more */
		bool cut = false;
		for (const char *const *w = wp_words(WP_WORDS_EVENT_KIND_TAIL); *w && !cut; w++) {
			size_t n = strlen(t), m = strlen(*w);
			cut = n > m && strcmp(t + n - m, *w) == 0;
			if (cut)
				t[n - m] = '\0';
		}
		kind = kind || cut;
		if (!cut)
			break;
	}
	char *p = t + strlen(t);
	for (int c = 0; c < 2 && p > t; c++)
		do
			p--;
		while (p > t && (*p & 0xC0) == 0x80);
	char *word = kind && wp_text_width(p) == 4 ? wp_xstrdup(p) : NULL;
	free(t);
	return word;
}

/* The activity another unit than units' leads on the one day d, which
 * line calls by its word (主场活动); NULL if none. */
static json_t *event_of_day(struct reader *r, json_t *units, const wp_ndate *d, const char *line)
{
	json_t *day = wp_notice_jdate(d->start), *found = NULL;
	const char *mine = json_string_value(json_array_get(units, 0));
	size_t i;
	json_t *a;
	json_array_foreach(r->activities, i, a) {
		if (found || !wp_notice_step(r, 1))
			break;
		const char *lead = json_string_value(json_array_get(json_object_get(a, "lead"), 0));
		const char *title = json_string_value(json_object_get(a, "title"));
		if (!lead || !title || wp_notice_same_unit(r, lead, mine) ||
		    !json_equal(json_object_get(a, "start"), day) || !json_equal(json_object_get(a, "end"), day))
			continue;
		char *word = event_word(title);
		if (word && wp_str_find(line, word))
			found = a;
		free(word);
	}
	json_decref(day);
	return found;
}

bool wp_notice_unit_task_apart(struct reader *r, const char *group_heading, const char *line, const char *rest)
{
	json_t *units = wp_notice_heading_units(r, group_heading);
	wp_ndate d;
	if (!units || !wp_nfind_date(line, r->year, &d)) {
		json_decref(units);
		return false;
	}
	/* 6月12日前将…报Y: the deadlines read what is owed */
	bool owed = d.at == line && wp_notice_marks_deadline(line, &d);
	/* 4.“4·26”现场宣传。4月26日上午，派员参加集中宣传活动…: a title of
	 * its own before the day makes the line an activity, however it helps */
	const char *stop = wp_str_find(line, "。");
	bool titled = stop && stop < d.at && !wp_word_at(line, WP_WORDS_TAKE_PART_OPEN); /* not 参加主场活动。 */
	json_t *event = !owed && !titled && d.start == d.end && !*rest ? event_of_day(r, units, &d, line) : NULL;
	if (owed)
		wp_notice_note(r, WP_TR("%s: a task due by a day, not an activity"), json_string_value(json_array_get(units, 0)));
	if (event) {
		wp_notice_add_partner_units(r, event, units);
		wp_notice_note(r, WP_TR("%s: a task at activity %s, which it cooperates on"),
			       json_string_value(json_array_get(units, 0)), json_string_value(json_object_get(event, "no")));
	}
	json_decref(units);
	return owed || event;
}

void wp_notice_track_unit_heading(struct reader *r, size_t i, json_t **units)
{
	const struct wp_outline *o = &r->outline;
	int n;
	const char *item = wp_outline_item(o, i, &n);
	if (item && (o->para[i].level == 3 || o->para[i].level == 4))
		return; /* 1. 2.: a task under the heading */
	json_decref(*units);
	*units = item ? wp_notice_heading_units(r, item) : NULL;
}

/* The unit that opens a dash's paragraph (——立案庭（诉讼服务中心）：…),
 * a copy, with where its text starts in *text; NULL when the paragraph
 * opens with no dash and units before a colon. */
static char *dash_unit(const char *para, const char **text)
{
	size_t dash = wp_word_at(para, WP_WORDS_DUTY_DASH);
	if (!dash)
		return NULL;
	const char *from = para + dash;
	const char *colon = wp_str_find(from, "：");
	if (!colon || colon == from || wp_text_width_n(from, (size_t)(colon - from)) > 30)
		return NULL;
	char *unit = wp_str_sub(from, (size_t)(colon - from));
	if (!wp_notice_names_units(unit)) {
		free(unit);
		return NULL;
	}
	*text = colon + strlen("：");
	return unit;
}

/* 宣传周期间在诉讼服务大厅设立知识产权诉讼指引咨询台，每天安排…: the
 * duty told in a sentence is titled by its first clause past its when
 * (4月23日下午, 自4月8日起, 宣传周期间) and where (在X, 赴X): 设立知识产权诉讼
 * 指引咨询台. The title (a copy) and the place, when one was passed, in
 * *place (a copy, or NULL). */
static char *dash_title(const char *text, int year, char **place)
{
	static const char *const clause_end[] = {"，", "；", "。", NULL};
	char *clause = wp_notice_upto(text, clause_end);
	const char *p = clause;
	*place = NULL;
	for (bool moved = true; moved && *p;) {
		const char *was = p;
		wp_ndate d;
		wp_str_skip(&p, "自");
		if (wp_nfind_date_at(p, year, &d))
			p += d.len;
		p += wp_time_of_day_at(p, NULL);
		wp_str_skip(&p, "起");
		/* 宣传周期间: looked for a few characters on only, so that a
		 * clause of many days costs linear work */
		const char *during = wp_notice_find_near(p, "期间", 3 * 6);
		if (during)
			p = during + strlen("期间");
		moved = p != was;
	}
	size_t go = wp_word_at(p, WP_WORDS_DASH_GO_TO), len;
	char *where = go ? wp_notice_find_location(p) : NULL;
	/* 赴金沙镇农贸市场开展…: where one goes, up to what is done there */
	const char *verb = go && !where ? wp_word_find(p + go, WP_WORDS_EVENT_VERB, &len) : NULL;
	if (verb && wp_text_width_n(p + go, (size_t)(verb - p - go)) >= 2 &&
	    wp_text_width_n(p + go, (size_t)(verb - p - go)) <= 30)
		where = wp_str_sub(p + go, (size_t)(verb - p - go));
	if (where && wp_str_starts(p + go, where)) {
		p += go + strlen(where);
		*place = where;
	} else {
		free(where);
	}
	char *title = wp_text_width(p) >= 4 ? wp_xstrdup(p) : wp_xstrdup(clause);
	free(clause);
	return title;
}

int wp_notice_read_unit_dashes(struct reader *r, const char *no, size_t first, size_t last)
{
	size_t dashes = 0;
	const char *text;
	for (size_t i = first; i <= last && i < r->t.n && wp_notice_step(r, 1); i++) {
		char *unit = dash_unit(r->t.para[i], &text);
		dashes += unit != NULL;
		free(unit);
	}
	if (dashes < 2)
		return 0;
	int added = 0;
	for (size_t i = first; i <= last && i < r->t.n && wp_notice_step(r, 1); i++) {
		char *unit = dash_unit(r->t.para[i], &text);
		if (!unit)
			continue;
		char sub[96];
		snprintf(sub, sizeof sub, "%s.%d", no, added + 1);
		if (!wp_notice_add_item(r, sub, i, i)) {
			free(unit);
			break;
		}
		size_t before = json_array_size(r->activities);
		wp_notice_read_item(r, sub, text, "", NULL);
		json_t *a = json_array_size(r->activities) > before ? json_array_get(r->activities, before) : NULL;
		char *place = NULL, *title = a ? dash_title(text, r->year, &place) : NULL;
		if (a) {
			json_object_set_new(a, "title", json_string(title));
			/* 宣传周期间在…设立…: through the campaign */
			if (!json_is_string(json_object_get(a, "start")) && wp_nfind_during(text))
				wp_notice_set_period_dates(r, a, text);
			if (place && !json_is_string(json_object_get(a, "location")))
				json_object_set_new(a, "location", json_string(place));
		}
		free(title);
		free(place);
		if (a) {
			/* the unit named before the colon leads; others its text
			 * names as leading help it */
			json_t *lead = json_array(), *coop = json_object_get(a, "cooperate");
			wp_notice_split_units(unit, lead);
			size_t k;
			json_t *v;
			json_array_foreach(json_object_get(a, "lead"), k, v)
				if (json_is_array(coop))
					json_array_append(coop, v);
			json_object_set_new(a, "lead", lead);
		}
		free(unit);
		added++;
	}
	if (added)
		wp_notice_note(r, WP_TR("item %s: its paragraphs each open with the unit that does them (——X：): "
					"numbered %s.1, %s.2 ..."),
			       no, no, no);
	return added;
}
