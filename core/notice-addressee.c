/* notice-addressee.c - the one unit a letter is addressed to, and the
 * name the letter calls it by. A reply (批复) to 县文化旅游广电局： says
 * 你局《关于…的请示》收悉, 活动由你局牵头, 由你局负责: 你局 there is the
 * addressee, and a unit read as 你局 is put down under its name. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* the salutation stands within the head, below the title */
#define SALUTATION_PARAGRAPHS 14

/* 县文化旅游广电局：, a line of its own near the head: the one unit the
 * letter is written to; NULL when there is none or several (各乡镇人民政府，
 * 县直有关单位： are called 你们, no one name). Caller frees. */
static char *sole_addressee(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && i < SALUTATION_PARAGRAPHS && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		int n;
		if (wp_outline_top(&r->outline, i, &n) || wp_outline_item(&r->outline, i, &n))
			return NULL;
		if (!wp_str_ends(p, "：") || wp_str_find(p, "，") || wp_str_find(p, "。"))
			continue;
		char *name = wp_str_nospace(p);
		name[strlen(name) - strlen("：")] = '\0';
		json_t *units = json_array();
		if (wp_notice_unit_like(name) && wp_text_width(name) <= 40)
			wp_notice_split_units(name, units);
		bool one = json_array_size(units) == 1 &&
			   !strcmp(json_string_value(json_array_get(units, 0)), name);
		json_decref(units);
		if (one)
			return name;
		free(name);
		return NULL;
	}
	return NULL;
}

/* The name the text calls the addressee by (局 -> 你局), if it uses it. */
static const char *second_person(struct reader *r, const char *addressee)
{
	for (const struct wp_zone_name *s = wp_addressee_names; s->name && wp_notice_step(r, 1); s++) {
		if (!wp_str_ends(addressee, s->name))
			continue;
		for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++)
			if (wp_str_find(r->t.para[i], s->short_name))
				return s->short_name;
	}
	return NULL;
}

/* Each string of arr equal to as put down as name. */
static void rename_in(struct reader *r, json_t *arr, const char *as, const char *name)
{
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v) {
		if (!wp_notice_step(r, 1))
			return;
		if (json_is_string(v) && !strcmp(json_string_value(v), as))
			json_array_set_new(arr, i, json_string(name));
	}
}

void wp_notice_name_addressee(struct reader *r)
{
	char *addressee = sole_addressee(r);
	const char *as = addressee ? second_person(r, addressee) : NULL;
	if (!as) {
		free(addressee);
		return;
	}
	const char *lead = json_string_value(json_object_get(r->plan, "lead_unit"));
	if (lead && !strcmp(lead, as))
		json_object_set_new(r->plan, "lead_unit", json_string(addressee));
	size_t i;
	json_t *v;
	json_array_foreach(r->activities, i, v) {
		if (!wp_notice_step(r, 1))
			break;
		rename_in(r, json_object_get(v, "lead"), as, addressee);
		rename_in(r, json_object_get(v, "cooperate"), as, addressee);
	}
	json_array_foreach(r->deadlines, i, v) {
		if (!wp_notice_step(r, 1))
			break;
		rename_in(r, json_object_get(v, "who"), as, addressee);
	}
	free(addressee);
}
