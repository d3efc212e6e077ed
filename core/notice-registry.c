/* notice-registry.c - the reader's register of activity items: which
 * paragraphs each item spans and the key it is read under, the cap on
 * their number, and at the end the keys of items the notice does not
 * number dropped from the plan. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "notice-reader.h"

const struct item_range *wp_notice_item_at(const struct reader *r, size_t para)
{
	size_t lo = 0, hi = r->nitems;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->items[mid].last < para)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < r->nitems && r->items[lo].first <= para && para <= r->items[lo].last)
		return &r->items[lo];
	return NULL;
}

bool wp_notice_activity_room(struct reader *r)
{
	if (r->nitems < WP_NOTICE_MAX_ITEMS && json_array_size(r->activities) < WP_NOTICE_MAX_ITEMS)
		return true;
	if (!r->activities_full)
		wp_notice_note(r, WP_TR("more than %d activity items: the rest are not read"),
			       WP_NOTICE_MAX_ITEMS);
	r->activities_full = true;
	return false;
}

static bool add_range(struct reader *r, const char *no, size_t first, size_t last, bool unnumbered)
{
	if (!wp_notice_activity_room(r))
		return false;
	if (r->nitems == r->capitems) {
		r->capitems = r->capitems ? r->capitems * 2 : 16;
		r->items = wp_xrealloc(r->items, r->capitems * sizeof *r->items);
	}
	/* kept ascending (wp_notice_item_at searches them): an item an
	 * amendment adds above the plan goes in before the plan's */
	size_t at = r->nitems;
	while (at > 0 && r->items[at - 1].first > first)
		at--;
	memmove(r->items + at + 1, r->items + at, (r->nitems - at) * sizeof *r->items);
	r->items[at] = (struct item_range){first, last, "", json_array_size(r->activities), unnumbered};
	snprintf(r->items[at].no, sizeof r->items[at].no, "%s", no);
	r->nitems++;
	return true;
}

bool wp_notice_add_item(struct reader *r, const char *no, size_t first, size_t last)
{
	return add_range(r, no, first, last, false);
}

bool wp_notice_add_unnumbered_item(struct reader *r, const char *no, size_t first, size_t last)
{
	return add_range(r, no, first, last, true);
}

/* Does a deadline or contact name activity no? */
static bool referred_to(const struct reader *r, const char *no)
{
	json_t *lists[] = {r->deadlines, r->contacts};
	for (size_t k = 0; k < 2; k++) {
		size_t i;
		json_t *v;
		json_array_foreach(lists[k], i, v) {
			const char *which = json_string_value(json_object_get(v, "activity"));
			if (which && strcmp(which, no) == 0)
				return true;
		}
	}
	return false;
}

void wp_notice_settle_numbers(struct reader *r)
{
	for (size_t k = 0; k < r->nitems; k++) {
		const struct item_range *it = &r->items[k];
		json_t *a = json_array_get(r->activities, it->activity);
		const char *no = json_string_value(json_object_get(a, "no"));
		/* the item's activity, unless a reader since removed or merged
		 * activities: then it keeps its key, which is still true */
		if (!it->unnumbered || !no || strcmp(no, it->no) != 0 || referred_to(r, no))
			continue;
		json_object_set_new(a, "no", json_null());
	}
}

void wp_notice_move_last_activities(struct reader *r, size_t first, size_t moved)
{
	size_t n = json_array_size(r->activities);
	if (moved == 0 || first + moved > n)
		return;
	for (size_t k = 0; k < moved; k++) {
		json_t *a = json_incref(json_array_get(r->activities, n - moved + k));
		json_array_remove(r->activities, n - moved + k);
		json_array_insert_new(r->activities, first + k, a);
	}
	/* the items point at their activities by index: those moved come
	 * first now, those between come after them */
	for (size_t k = 0; k < r->nitems; k++) {
		size_t *at = &r->items[k].activity;
		if (*at >= n - moved && *at < n)
			*at = first + (*at - (n - moved));
		else if (*at >= first && *at < n - moved)
			*at += moved;
	}
}
