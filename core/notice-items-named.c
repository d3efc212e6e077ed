/* notice-items-named.c - a line under a list of items that gives units to
 * some of them by their numbers: 以上5、6两项由镇综合执法队牵头，派出所、
 * 镇安监站配合。 (第3、4项活动均由…负责), typed where the units of two
 * items are the same rather than after each. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice-date.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

#define NAMED_ITEMS_MAX 8 /* a line names so many items at most */

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
