/* notice-items-named.c - a line under a list of items that gives units to
 * some of them by their numbers: 以上5、6两项由镇综合执法队牵头，派出所、
 * 镇安监站配合。 (第3、4项活动均由…负责), typed where the units of two
 * items are the same rather than after each; or a paragraph of the units'
 * parts, unit by unit (具体分工：X负责第1、2项；Y负责第3项，Z配合). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "i18n-core.h"
#include "notice-date.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

#define NAMED_ITEMS_MAX 8 /* a line names so many items at most */
#define SHARE_LABEL_BYTES 16 /* 具体分工：: a label of five characters at most */

/* The item numbers p opens with (以上5、6两项由, 第3、4项均由) into no,
 * and where who does them starts (at its 由); 0 when p is not such a
 * line: two numbers, or one after 第. */
static size_t named_numbers(const char *p, int *no, const char **by)
{
	size_t count = 0, len;
	p += wp_word_at(p, WP_WORDS_ALL_ABOVE);
	size_t nth = wp_word_at(p, WP_WORDS_NAMED_ITEM_NTH);
	p += nth;
	for (;;) {
		const char *at = p;
		int n = wp_nread_number(&at, 3);
		if (n <= 0)
			n = wp_cn_number(p, &len), at = p + len;
		if (n <= 0 || count == NAMED_ITEMS_MAX)
			return 0;
		no[count++] = n;
		p = at;
		if (!(len = wp_word_at(p, WP_WORDS_NAMED_ITEM_JOIN)))
			break;
		p += len;
	}
	/* 两项, 三项 */
	if ((len = wp_word_at(p, WP_WORDS_NAMED_ITEM_COUNT)) > 0 ||
	    (wp_cn_number(p, &len) > 0 && wp_word_at(p + len, WP_WORDS_COUNTED_ITEM)))
		p += len;
	size_t item = wp_word_at(p, WP_WORDS_COUNTED_ITEM);
	if ((count < 2 && !nth) || !item)
		return 0;
	p += item;
	if (!wp_word_at(p, WP_WORDS_NAMED_ITEMS_BY))
		return 0;
	*by = p;
	return count;
}

/* The number an item's no ends with (5 of 二.5, 3 of 三), or 0. */
static int last_number(const char *no)
{
	const char *dot = strrchr(no, '.'), *at = dot ? dot + 1 : no;
	size_t len = 0;
	int n = wp_nread_number(&at, 3);
	if (n > 0 && !*at)
		return n;
	at = dot ? dot + 1 : no;
	n = wp_cn_number(at, &len);
	return n > 0 && !at[len] ? n : 0;
}

/* The activity of the last item numbered n (5, 二.5 or 五), or NULL. */
static json_t *item_numbered(const struct reader *r, int n)
{
	for (size_t k = r->nitems; k-- > 0;)
		if (last_number(r->items[k].no) == n)
			return json_array_get(r->activities, r->items[k].activity);
	return NULL;
}

bool wp_notice_names_items(const char *p)
{
	int no[NAMED_ITEMS_MAX];
	const char *by;
	return named_numbers(p, no, &by) > 0;
}

/* Gives the units of the clause at by (由X牵头，Y配合, up to its ；) to the
 * count items numbered no; false when it names no lead. */
static bool give_units(struct reader *r, const int *no, size_t count, const char *by)
{
	static const char *const clause_end[] = {"；", "。", NULL};
	char *clause = wp_notice_upto(by, clause_end);
	json_t *lead, *coop;
	wp_notice_read_units(r, clause, &lead, &coop);
	free(clause);
	bool named = json_array_size(lead) > 0;
	for (size_t k = 0; named && k < count; k++) {
		json_t *a = item_numbered(r, no[k]);
		json_t *led = a ? json_object_get(a, "lead") : NULL, *with = a ? json_object_get(a, "cooperate") : NULL;
		if (!json_is_array(led) || !json_is_array(with) || json_array_size(led) > 0)
			continue;
		json_array_extend(led, lead);
		if (json_array_size(with) == 0)
			json_array_extend(with, coop);
	}
	json_decref(lead);
	json_decref(coop);
	return named;
}

bool wp_notice_units_for_named_items(struct reader *r, const char *p)
{
	int no[NAMED_ITEMS_MAX];
	const char *by;
	size_t count = named_numbers(p, no, &by);
	if (!count || !give_units(r, no, count, by))
		return false;
	/* 以上1、2两项由X负责；第3、4项由Y负责；…: each clause its items (a
	 * bounded number of clauses, each looked at from the one before) */
	for (int clauses = 1; clauses < NAMED_ITEMS_MAX; clauses++) {
		const char *next = wp_str_find(by, "；");
		if (!next)
			break;
		p = next + strlen("；");
		if (!(count = named_numbers(p, no, &by)) || !give_units(r, no, count, by))
			break;
	}
	return true;
}

#define SHARE_CLAUSES_MAX 32 /* a paragraph of parts reads so many clauses at most */

/* The items a part of a clause names (第1、2、7项) into no, and where
 * their 第 stands in *at; 0 when it names none. */
static size_t share_numbers(const char *part, int *no, const char **at)
{
	size_t count = 0, len;
	const char *p = wp_word_find(part, WP_WORDS_NAMED_ITEM_NTH, &len);
	if (!p)
		return 0;
	*at = p;
	p += len;
	for (;;) {
		const char *q = p;
		int n = wp_nread_number(&q, 3);
		if (n <= 0) /* 第一、三项 */
			n = wp_cn_number(p, &len), q = p + len;
		if (n <= 0 || count == NAMED_ITEMS_MAX)
			return 0;
		no[count++] = n;
		p = q;
		if (!(len = wp_word_at(p, WP_WORDS_NAMED_ITEM_JOIN)))
			break;
		p += len;
	}
	return wp_word_at(p, WP_WORDS_COUNTED_ITEM) ? count : 0;
}

/* After a part's 第N项 (at nth): does it name a part of the items (负责第2、
 * 4项的现场秩序维护, 第3项活动的宣传报道) rather than the items whole (第1项,
 * 第1、3项的组织实施)? */
static bool part_of_items(const char *nth)
{
	const char *after = nth;
	size_t len = 0;
	while (*after && !(len = wp_word_at(after, WP_WORDS_COUNTED_ITEM)))
		after += wp_str_char_len(after);
	after += len;
	if (!wp_str_skip(&after, "的"))
		return false;
	return !wp_word_at(after, WP_WORDS_LEAD_VERB) && !wp_word_at(after, WP_WORDS_CLAUSE_LEAD_VERB);
}

/* The units part opens with before upto (a copy), after a 并 or 同时
 * that joins it to the part before; NULL when they read as no units. */
static char *share_units(const char *part, const char *upto)
{
	part += wp_word_at(part, WP_WORDS_SHARE_JOIN);
	if (upto <= part)
		return NULL;
	char *x = wp_str_sub(part, (size_t)(upto - part));
	if (wp_notice_units_like(x))
		return x;
	free(x);
	return NULL;
}

/* Gives units to the items numbered no: as the lead (over any the item
 * read itself: the parts are the notice's word on who does what) or
 * among its partners. */
static void give_share(struct reader *r, json_t *led_here, const char *units, const int *no, size_t count, bool leads)
{
	json_t *them = json_array();
	wp_notice_split_units(units, them);
	them = wp_notice_fix_names(r, them);
	for (size_t k = 0; k < count; k++) {
		json_t *a = item_numbered(r, no[k]);
		json_t *lead = a ? json_object_get(a, "lead") : NULL, *coop = a ? json_object_get(a, "cooperate") : NULL;
		if (!json_is_array(lead) || !json_is_array(coop))
			continue;
		if (!leads) {
			wp_notice_add_partner_units(r, a, them);
			continue;
		}
		/* the first clause that gives the item a lead sets it, over what
		 * the item said; one more (…负责第1、3项；Y负责第3项) adds to it */
		bool again = false;
		size_t m;
		json_t *x;
		json_array_foreach(led_here, m, x) again = again || x == a;
		if (!again) {
			json_array_clear(lead);
			json_array_append(led_here, a);
		}
		json_array_extend(lead, them);
		/* a lead now, no partner (镇应急办…配合Y做好第5项 before it) */
		size_t i;
		json_t *v;
		json_array_foreach(them, i, v)
			for (size_t j = json_array_size(coop); j-- > 0;)
				if (wp_notice_same_unit(r, json_string_value(v), json_string_value(json_array_get(coop, j))))
					json_array_remove(coop, j);
	}
	json_decref(them);
}

/* One clause of a paragraph of parts (up to its ； or 。): its parts
 * apart by ， share the subject the first names (镇应急办牵头抓总，负责第1、
 * 2项，并配合Y做好第5项); a part of units and a verb of helping (Z配合,
 * Z配合做好…) helps with the items the clause gave a lead. */
static void read_share_clause(struct reader *r, json_t *led_here, const char *clause)
{
	static const char *const part_end[] = {"，", NULL};
	char *subject = NULL;
	int led[NAMED_ITEMS_MAX];
	size_t nled = 0;
	for (const char *p = clause; *p;) {
		size_t n = wp_str_span_upto(p, part_end);
		char *part = wp_str_sub(p, n);
		int no[NAMED_ITEMS_MAX];
		const char *nth = NULL, *verb, *help;
		size_t count = share_numbers(part, no, &nth), len;
		verb = wp_word_find(part, WP_WORDS_LEAD_VERB, &len);
		help = wp_word_find(part, WP_WORDS_HELP_WITH, &len);
		const char *upto = help && (!verb || help < verb) ? help : verb;
		char *who = upto ? share_units(part, upto) : NULL;
		if (who && (count || !help || help != upto || !subject)) {
			free(subject);
			subject = who, who = NULL;
		}
		if (count && subject && upto && upto < nth) {
			/* 配合Y做好第5项 helps; 负责第2、4项的现场秩序维护 does a part
			 * of them, no more */
			bool leads = upto == verb && !part_of_items(nth);
			give_share(r, led_here, subject, no, count, leads);
			for (size_t k = 0; leads && k < count && nled < NAMED_ITEMS_MAX; k++)
				led[nled++] = no[k];
		} else if (!count && who && nled) {
			give_share(r, led_here, who, led, nled, false); /* Z配合, Z配合做好… */
		}
		free(who);
		free(part);
		p += n;
		p += wp_str_span_of(p, part_end);
	}
	free(subject);
}

/* p past its label (具体分工：). */
static const char *past_label(const char *p)
{
	const char *colon = wp_notice_find_near(p, "：", SHARE_LABEL_BYTES);
	return colon ? colon + strlen("：") : p;
}

/* How many clauses of p (past its label) give items (第N项) to units
 * (SHARE_CLAUSES_MAX at most); each read into the plan when r is given. */
static size_t share_clauses(struct reader *r, json_t *led_here, const char *p)
{
	static const char *const clause_end[] = {"；", "。", NULL};
	size_t clauses = 0;
	for (const char *q = p; *q && clauses < SHARE_CLAUSES_MAX;) {
		size_t n = wp_str_span_upto(q, clause_end);
		char *clause = wp_str_sub(q, n);
		int no[NAMED_ITEMS_MAX];
		const char *nth, *verb;
		size_t len;
		clauses += share_numbers(clause, no, &nth) && (verb = wp_word_find(clause, WP_WORDS_LEAD_VERB, &len)) &&
			   verb < nth;
		if (r)
			read_share_clause(r, led_here, clause);
		free(clause);
		q += n;
		q += wp_str_span_of(q, clause_end);
	}
	return clauses;
}

bool wp_notice_item_shares(const char *p)
{
	return share_clauses(NULL, NULL, past_label(p)) >= 2;
}

bool wp_notice_read_item_shares(struct reader *r, const char *p)
{
	/* two clauses at least that each give items (第N项) to units: a
	 * paragraph of parts (prose naming one item is left alone) */
	if (!r->nitems || !wp_notice_item_shares(p))
		return false;
	json_t *led_here = json_array(); /* the activities a clause gave a lead */
	share_clauses(r, led_here, past_label(p));
	json_decref(led_here);
	wp_notice_note(r, WP_TR("the units of the items from a paragraph of their parts (X负责第1、2项)"));
	return true;
}
