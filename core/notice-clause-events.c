/* notice-clause-events.c - a stage's events told in one paragraph, each a
 * clause that opens with its day and closes with its units in brackets,
 * the clauses apart by ；:
 *   （一）宣传发动阶段（6月8日至14日）
 *   6月8日（星期一）下午3:00，在区行政中心…召开…部署会，…（责任单位：A、B）；
 *   6月9日至14日，在城区主干道…开展节能降碳户外宣传，…（责任单位：C）；…
 * Each clause is an activity of its own (unnumbered: the text numbers
 * the stage only); the heading is no activity. Every clause must open
 * with its day, which may be 同日 (the clause before's day), 本阶段内 (the
 * stage's days) or 宣传周期间 (the campaign's): undated clauses are tasks
 * (各镇要…（责任单位：X）), a sentence after an event its detail. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"

/* 宣传周期间，…: how far into a clause the campaign's span may be named
 * for the clause to open with it */
#define DAY_OPENER_BYTES 24

/* The clauses of body, apart by ；or 。 outside brackets and quotes; at
 * most max, copies; how many. */
static size_t split_clauses(const char *body, char **out, size_t max)
{
	size_t n = 0;
	int depth = 0;
	const char *from = body;
	for (const char *p = body; *p && n < max; p += wp_str_char_len(p)) {
		if (wp_str_starts(p, "（") || wp_str_starts(p, "“") || wp_str_starts(p, "《"))
			depth++;
		else if ((wp_str_starts(p, "）") || wp_str_starts(p, "”") || wp_str_starts(p, "》")) && depth > 0)
			depth--;
		else if (depth == 0 && (wp_str_starts(p, "；") || wp_str_starts(p, "。"))) {
			if (p > from)
				out[n++] = wp_str_sub(from, (size_t)(p - from));
			from = p + wp_str_char_len(p);
		}
	}
	if (*from && n < max)
		out[n++] = wp_xstrdup(from);
	return n;
}

/* Does the clause close with its units in brackets (（责任单位：X）,
 * （牵头单位：X；配合单位：Y））? */
static bool units_closing(const char *clause)
{
	const char *open = NULL;
	for (const char *p = wp_str_find(clause, "（"); p; p = wp_str_find(p + strlen("（"), "（"))
		open = p;
	size_t len;
	return open && wp_str_ends(clause, "）") && wp_field_label_at(open + strlen("（"), &len) &&
	       (wp_field_label_at(open + strlen("（"), &len)->field == WP_FIELD_LEAD);
}

/* The clause's days: its own date at its start (or after its units), 同日 (the day before it,
 * *last), or the campaign's (宣传周期间); false if it opens with none of
 * them (本阶段内: the caller gives it the stage's). */
/* Where the clause's own date is: at its start, or after the units that
 * hold it (区发展和改革局于6月8日…, 区城市管理局6月9日至14日…); NULL if
 * neither. */
static const char *date_opening(const struct reader *r, const char *clause, wp_ndate *d)
{
	if (wp_nfind_date_at(clause, r->year, d))
		return clause;
	const char *p = clause;
	while (*p && !(*p >= '0' && *p <= '9') && p - clause < DAY_OPENER_BYTES * 2)
		p += wp_str_char_len(p);
	if (!(*p >= '0' && *p <= '9') || !wp_nfind_date_at(p, r->year, d))
		return NULL;
	const char *end = wp_str_ends_at(clause, p, "于") ? p - strlen("于") : p;
	char *who = wp_str_sub(clause, (size_t)(end - clause));
	bool units = *who && !wp_str_find(who, "，") && wp_notice_units_like(who);
	free(who);
	return units ? p : NULL;
}

/* Does the clause open with its day: a date (maybe after its units), 同日,
 * 本阶段内, 宣传周期间? */
static bool opens_with_day(const struct reader *r, const char *clause)
{
	wp_ndate d;
	return date_opening(r, clause, &d) || wp_word_at(clause, WP_WORDS_HEADING_DAY) ||
	       wp_word_at(clause, WP_WORDS_STAGE_SPAN) || (wp_nfind_during(clause) && wp_str_find(clause, "期间") &&
							     wp_str_find(clause, "期间") - clause < DAY_OPENER_BYTES);
}

static bool clause_days(struct reader *r, json_t *a, const char *clause, wp_ndate *last)
{
	wp_ndate d;
	if (date_opening(r, clause, &d)) {
		wp_notice_set_read_dates(a, &d);
		*last = d;
		return true;
	}
	if (wp_word_at(clause, WP_WORDS_HEADING_DAY) && last->at) {
		wp_notice_set_read_dates(a, last);
		return true;
	}
	if (wp_nfind_during(clause)) {
		wp_notice_set_period_dates(r, a, clause);
		return true;
	}
	return false;
}

/* The event a clause names: the object of its verb of holding (召开X,
 * 组织…开展X; not 组织部), or of 录制, 推出 (WP_WORDS_CLAUSE_VERB), else
 * the part after its day (6月9日，节能知识有奖竞答，在…进行); NULL when it
 * names none. */
static char *clause_title_in(const char *clause)
{
	static const char *const title_end[] = {"，", NULL};
	char *title = wp_notice_event_named(clause);
	/* “节能降碳；你我同行”主题宣传活动: a mark inside quotes ends no title */
	const char *at = title && wp_str_find(title, "“") && !wp_str_find(title, "”") ? strstr(clause, title) : NULL;
	if (at) {
		free(title);
		title = wp_notice_upto_outside(at, title_end);
	}
	if (title)
		return title;
	size_t len;
	const char *verb = wp_word_find(clause, WP_WORDS_CLAUSE_VERB, &len);
	const char *comma = wp_str_find(clause, "，");
	const char *from = verb ? verb + len : comma ? comma + strlen("，") : NULL;
	if (!from)
		return NULL;
	title = wp_notice_upto_outside(from, title_end);
	if (*title && !wp_str_starts(title, "在"))
		return title;
	free(title);
	return NULL;
}

/* The title of a clause that closes with its units' bracket (as
 * units_closing): clause_title_in its text before that bracket. */
static char *clause_title(const char *whole)
{
	/* the closing bracket of units is none of the title */
	const char *open = NULL;
	for (const char *p = wp_str_find(whole, "（"); p; p = wp_str_find(p + strlen("（"), "（"))
		open = p;
	char *cut = wp_str_sub(whole, open ? (size_t)(open - whole) : strlen(whole));
	char *title = clause_title_in(cut);
	free(cut);
	return title;
}

size_t wp_notice_read_clause_events(struct reader *r, const char *heading, size_t first, size_t last,
				    const char *body)
{
	char *clause[WP_NOTICE_MAX_CLAUSES];
	size_t n = split_clauses(body, clause, WP_NOTICE_MAX_CLAUSES), events = 0;
	wp_ndate stage_days, *stage = wp_nfind_date(heading, r->year, &stage_days) ? &stage_days : NULL;
	/* every clause must be such an event, or the paragraph is prose */
	for (size_t k = 0; k < n; k++)
		events += units_closing(clause[k]) && opens_with_day(r, clause[k]);
	size_t added = 0;
	/* the stage's paragraphs are read: no later reader takes their
	 * sentences for events again */
	if (events >= 2 && events == n && wp_notice_add_unnumbered_item(r, "", first, last)) {
		wp_ndate prev = {0};
		for (size_t k = 0; k < n && wp_notice_activity_room(r); k++) {
			char *title = clause_title(clause[k]);
			json_t *a = wp_notice_new_activity("", title ? title : clause[k]);
			json_object_set_new(a, "no", json_null());
			if (!clause_days(r, a, clause[k], &prev) && stage)
				wp_notice_set_read_dates(a, stage);
			wp_notice_set_times(a, clause[k]);
			char *place = wp_notice_find_location(clause[k]);
			if (place)
				json_object_set_new(a, "location", json_string(place));
			free(place);
			json_t *lead, *coop;
			wp_notice_read_units(r, clause[k], &lead, &coop);
			json_object_set_new(a, "lead", lead);
			json_object_set_new(a, "cooperate", coop);
			json_array_append_new(r->activities, a);
			free(title);
			added++;
		}
		wp_notice_note(r, WP_TR("the stage %s tells %zu events, each a clause with its day and its units: each is an activity"),
			       heading, added);
	}
	for (size_t k = 0; k < n; k++)
		free(clause[k]);
	return added;
}
