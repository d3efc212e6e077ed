/* notice-once.c - each unit once where the store keeps it once: a notice
 * may name one unit by two of its names in one list (区应急管理局 leads,
 * 区三防办 cooperates, and the notice wrote 区应急管理局（区三防办）), or
 * name it twice. The plan declares such names one unit (its "units"
 * aliases), and the store refuses a list holding one unit twice; so the
 * first mention stays (a lead before a cooperation), the others go, and
 * the report says so. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* Which unit name stands for: the index of the plan's "units" entry that
 * names it, or -1 with name itself the key. */
static long unit_of(json_t *units, const char *name)
{
	size_t i, j;
	json_t *u, *alias;
	json_array_foreach(units, i, u) {
		const char *main_name = json_string_value(json_object_get(u, "name"));
		if (main_name && strcmp(main_name, name) == 0)
			return (long)i;
		json_array_foreach(json_object_get(u, "aliases"), j, alias) {
			const char *a = json_string_value(alias);
			if (a && strcmp(a, name) == 0)
				return (long)i;
		}
	}
	return -1;
}

/* Is name one unit with a name of seen (an array of the names kept)? */
static bool same_unit(json_t *units, json_t *seen, const char *name)
{
	long mine = unit_of(units, name);
	size_t i;
	json_t *v;
	json_array_foreach(seen, i, v) {
		const char *other = json_string_value(v);
		if (strcmp(other, name) == 0 || (mine >= 0 && unit_of(units, other) == mine))
			return true;
	}
	return false;
}

/* Drops from list (an array of names) those one with a name in seen, and
 * adds the others to seen. what names the list in the report. */
static void keep_first(struct reader *r, json_t *units, json_t *list, json_t *seen, const char *what)
{
	for (size_t i = 0; i < json_array_size(list) && wp_notice_step(r, 1);) {
		const char *name = json_string_value(json_array_get(list, i));
		if (!name) {
			i++;
		} else if (same_unit(units, seen, name)) {
			wp_notice_note(r, WP_TR("%s: '%s' names a unit listed already: listed once"), what, name);
			json_array_remove(list, i);
		} else {
			json_array_append_new(seen, json_string(name));
			i++;
		}
	}
}

void wp_notice_each_unit_once(struct reader *r)
{
	json_t *units = json_object_get(r->plan, "units");
	size_t i;
	json_t *v;
	json_array_foreach(r->activities, i, v) {
		json_t *seen = json_array();
		const char *no = json_string_value(json_object_get(v, "no"));
		char what[64];
		snprintf(what, sizeof what, "activity %.40s", no ? no : "?");
		keep_first(r, units, json_object_get(v, "lead"), seen, what);
		keep_first(r, units, json_object_get(v, "cooperate"), seen, what);
		json_decref(seen);
	}
	json_array_foreach(r->deadlines, i, v) {
		json_t *seen = json_array();
		keep_first(r, units, json_object_get(v, "who"), seen, "deadline");
		json_decref(seen);
	}
	json_t *committee = json_object_get(r->plan, "committee");
	static const char *const roles[] = {"chair", "vice_chair", "members"};
	for (size_t k = 0; json_is_object(committee) && k < sizeof roles / sizeof *roles; k++) {
		json_t *seen = json_array();
		keep_first(r, units, json_object_get(committee, roles[k]), seen, "committee");
		json_decref(seen);
	}
}

/* Where in name a body's members are named with 各 (组委会各成员单位):
 * the 各, or NULL. After other words 各 is part of the name (市直各成员
 * 单位 are the city-level ones among them). */
static char *member_each(const char *name)
{
	for (const char *const *b = wp_words(WP_WORDS_COMMITTEE_BODY); *b; b++) {
		const char *hit = strstr(name, *b);
		if (hit) {
			const char *each = hit + strlen(*b);
			return wp_str_starts(each, "各") && each[strlen("各")] ? (char *)each : NULL;
		}
	}
	return NULL;
}

/* Does the notice write name anywhere? */
static bool written(struct reader *r, const char *name)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++)
		if (wp_str_find(r->t.para[i], name))
			return true;
	return false;
}

/* The names of list (an array of names) with 各 dropped where the notice
 * writes them so too. */
static void settle_member_list(struct reader *r, json_t *list)
{
	for (size_t i = 0; i < json_array_size(list); i++) {
		const char *name = json_string_value(json_array_get(list, i));
		const char *each = name ? member_each(name) : NULL;
		if (!each)
			continue;
		char *without = wp_xstrdup(name);
		char *cut = without + (each - name);
		memmove(cut, cut + strlen("各"), strlen(cut + strlen("各")) + 1);
		if (written(r, without))
			json_array_set_new(list, i, json_string(without));
		free(without);
	}
}

void wp_notice_settle_member_names(struct reader *r)
{
	size_t i;
	json_t *v;
	json_array_foreach(r->activities, i, v) {
		settle_member_list(r, json_object_get(v, "lead"));
		settle_member_list(r, json_object_get(v, "cooperate"));
	}
	json_array_foreach(r->deadlines, i, v)
		settle_member_list(r, json_object_get(v, "who"));
	json_t *committee = json_object_get(r->plan, "committee");
	if (json_is_object(committee))
		settle_member_list(r, json_object_get(committee, "members"));
}
