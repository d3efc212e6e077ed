/* notice-lead-unit.c - the unit that runs the whole campaign for its
 * organizer (the plan's lead_unit): 由X具体负责活动的组织实施, X具体负责…
 * without 由, …的组织实施由X具体负责, a 承办单位： line under the
 * campaign's 主办单位：, and who oversees (由X统筹组织) kept above who runs
 * it. */
#include "config.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* How far after 由 the verb of the unit that runs the campaign may be:
 * two clauses of some 20 characters, room for a name defined in brackets
 * on the way (由区生态环境保护委员会办公室（以下简称区生环委办）统筹协调，
 * 市生态环境局柳湾分局具体组织实施). */
#define LEAD_CLAUSE_BYTES 150

/* Does the clause of x that ends at end say its unit hosts or oversees
 * the campaign (…主办, …统筹协调)? */
static bool oversees(const char *x, const char *end)
{
	for (const char *const *w = wp_words(WP_WORDS_CAMPAIGN_OVERSEE); *w; w++)
		if (wp_str_ends_at(x, end, *w))
			return true;
	return false;
}

static void read_lead_unit_by(struct reader *r);

/* Where the clause holding at starts in p: after the ，, 。 or ； before
 * it, thirty characters back at most (a unit's name). */
static const char *clause_start(const char *p, const char *at)
{
	static const char *const clause_starts[] = {"，", "。", "；", NULL};
	const char *from = at;
	for (int chars = 0; from > p && chars < 30; chars++) {
		const char *prev = from - 1;
		while (prev > p && ((unsigned char)*prev & 0xc0) == 0x80)
			prev--;
		if (wp_str_span_of(prev, clause_starts))
			break;
		from = prev;
	}
	return from;
}

/* 活动在…统一领导下进行，区交安办具体负责活动的组织实施: a clause whose
 * subject runs the campaign, named without 由; the unit (a copy), or
 * NULL. Caller frees. */
static char *running_subject(const char *p)
{
	size_t verb_len;
	for (const char *hit = wp_word_find(p, WP_WORDS_RUNS_IT, &verb_len); hit;
	     hit = wp_word_find(hit + verb_len, WP_WORDS_RUNS_IT, &verb_len)) {
		/* 具体负责宣传周各项活动的组织实施: the work named within the
		 * clause, some twenty characters on */
		size_t len;
		const char *work = wp_word_find_near(hit, WP_WORDS_CAMPAIGN_LEAD, 90, &len);
		if (!work)
			continue;
		char *between = wp_str_sub(hit, (size_t)(work - hit));
		bool one_clause = !wp_str_find(between, "。") && !wp_str_find(between, "；");
		free(between);
		if (!one_clause)
			continue;
		/* back to the clause's start, a unit's name away at most */
		const char *from = clause_start(p, hit);
		/* ，由护理部具体负责…: the 由 is no part of the unit */
		wp_str_skip(&from, "由");
		char *x = wp_str_sub(from, (size_t)(hit - from));
		if (*x && wp_notice_unit_like(x))
			return x;
		free(x);
	}
	return NULL;
}

/* The value of the first line of paragraph p labelled with a word of
 * set (承办单位：X), a copy, or NULL. */
static char *labelled_value(const char *p, enum wp_word_set set)
{
	static const char *const line_end[] = {"\n", NULL};
	for (const char *line = p; line && *line;) {
		size_t len = wp_word_at(line, set);
		if (len && wp_str_starts(line + len, "："))
			return wp_notice_upto(line + len + strlen("："), line_end);
		line = strchr(line, '\n');
		line = line ? line + 1 : NULL;
	}
	return NULL;
}

/* 三、组织单位 / 主办单位：X / 承办单位：Y: a section outside the
 * activities (no item's lines) that names the campaign's host and who
 * carries it out for the host; that unit (a copy) or NULL. The host's
 * line says the section is of the whole campaign (an annex's form may
 * ask for a 承办单位 too). */
static char *campaign_runner_line(struct reader *r)
{
	for (size_t k = 0; k < r->outline.nsec; k++) {
		const struct wp_outline_section *sec = &r->outline.sec[k];
		if (sec->kind == WP_SECTION_ACTIVITIES)
			continue;
		char *runner = NULL;
		bool hosted = false;
		for (size_t i = sec->heading + 1; i <= sec->last && i < r->t.n && wp_notice_step(r, 1); i++) {
			if (wp_notice_item_at(r, i))
				continue;
			/* 二、总体安排 / 牵头单位：县卫生健康局: outside the
			 * activities, the campaign's own lead */
			char *lead = sec->kind == WP_SECTION_DUTIES
					     ? NULL
					     : labelled_value(r->t.para[i], WP_WORDS_CAMPAIGN_LEAD_LABEL);
			if (lead && wp_notice_unit_like(lead) && !wp_str_find(lead, "、")) {
				free(runner);
				return lead;
			}
			free(lead);
			char *host = labelled_value(r->t.para[i], WP_WORDS_CAMPAIGN_HOST_LABEL);
			hosted = hosted || (host && wp_notice_unit_like(host));
			free(host);
			char *x = runner ? NULL : labelled_value(r->t.para[i], WP_WORDS_CAMPAIGN_RUNNER_LABEL);
			if (x && wp_notice_unit_like(x) && !wp_str_find(x, "、"))
				runner = x;
			else
				free(x);
		}
		if (runner && hosted)
			return runner;
		free(runner);
	}
	return NULL;
}

void wp_notice_read_lead_unit(struct reader *r)
{
	read_lead_unit_by(r);
	char *runner = json_object_get(r->plan, "lead_unit") ? NULL : campaign_runner_line(r);
	if (runner)
		json_object_set_new(r->plan, "lead_unit", json_string(runner));
	free(runner);
	for (size_t i = 0; i < r->t.n && !json_object_get(r->plan, "lead_unit") && wp_notice_step(r, 1); i++) {
		if (wp_notice_item_at(r, i))
			continue;
		char *x = running_subject(r->t.para[i]);
		if (x)
			json_object_set_new(r->plan, "lead_unit", json_string(x));
		free(x);
	}
}

/* 宣传周各项活动的组织实施由X具体负责。: the work named before the 由
 * (in its clause), who runs it after; where X ends (its 具体负责), or
 * NULL. */
static const char *run_after_work(const char *para, const char *by)
{
	size_t len;
	const char *runs = wp_word_find_near(by, WP_WORDS_RUNS_IT, LEAD_CLAUSE_BYTES, &len);
	if (!runs || !(wp_str_starts(runs + len, "。") || wp_str_starts(runs + len, "，") || !runs[len]))
		return NULL;
	const char *from = clause_start(para, by);
	char *clause = wp_str_sub(from, (size_t)(by - from));
	size_t work_len;
	bool work = wp_word_find(clause, WP_WORDS_CAMPAIGN_LEAD, &work_len) != NULL;
	free(clause);
	return work ? runs : NULL;
}

/* 由厅办公室会同机关党委组织实施: the unit that acts is before 会同; its
 * partner helps (联合会 is a name's, 妇女联合会). */
static void cut_partner(char *x)
{
	size_t len;
	char *join = (char *)wp_word_find(x, WP_WORDS_JOIN, &len);
	while (join && wp_str_starts(join, "联合会")) /* 县妇女联合会会同…: on past it */
		join = (char *)wp_word_find(join + strlen("联合会"), WP_WORDS_JOIN, &len);
	if (!join || join == x)
		return;
	char keep = *join;
	*join = '\0';
	if (!wp_notice_unit_like(x))
		*join = keep;
}

static void read_lead_unit_by(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		if (wp_notice_item_at(r, i))
			continue;
		const char *p = r->t.para[i];
		for (const char *hit = wp_str_find(p, "由"); hit; hit = wp_str_find(hit + strlen("由"), "由")) {
			/* 由X牵头; 本次活动由X具体组织实施: X runs the campaign */
			size_t len;
			const char *end = wp_word_find_near(hit, WP_WORDS_CAMPAIGN_LEAD, LEAD_CLAUSE_BYTES, &len);
			if (!end)
				end = run_after_work(p, hit);
			if (!end)
				continue;
			/* 由市科技局统筹组织，市科技局X科具体负责活动的组织实施:
			 * who oversees is above who runs it */
			char *runs = wp_word_at(end, WP_WORDS_CAMPAIGN_OVERSEE) ? running_subject(end) : NULL;
			if (runs) {
				json_object_set_new(r->plan, "lead_unit", json_string(runs));
				free(runs);
				return;
			}
			const char *from = hit + strlen("由");
			char *x = wp_str_sub(from, (size_t)(end - from));
			/* 区文化旅游委市场管理科具体负责活动的(组织实施) */
			for (const char *const *w = wp_words(WP_WORDS_LEAD_VERB_TAIL); *w; w++)
				if (wp_str_ends(x, *w)) {
					x[strlen(x) - strlen(*w)] = '\0';
					break;
				}
			/* 由市文化广电和旅游局主办，市图书馆具体承办; 由区文化旅游委
			 * 主办，各镇街协办，区文化旅游委市场管理科具体负责…: the units
			 * that host or oversee are above it, the last clause names
			 * who runs it */
			cut_partner(x);
			wp_notice_drop_called(x);
			const char *comma;
			while ((comma = wp_str_find(x, "，")) && oversees(x, comma))
				memmove(x, comma + strlen("，"), strlen(comma + strlen("，")) + 1);
			if (wp_notice_unit_like(x) && !wp_str_find(x, "，")) {
				json_object_set_new(r->plan, "lead_unit", json_string(x));
				free(x);
				return;
			}
			free(x);
		}
	}
}
