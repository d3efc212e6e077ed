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

/* 县市场监督管理局、县公安局，各乡镇人民政府：, a line near the head: the
 * units a letter is written to, one or several (a new array), or NULL
 * when the head has no such line. */
static json_t *addressees(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && i < SALUTATION_PARAGRAPHS && wp_notice_step(r, 1); i++) {
		int n;
		if (wp_outline_top(&r->outline, i, &n) || wp_outline_item(&r->outline, i, &n))
			return NULL;
		/* the salutation stands before the body's first sentence */
		if (wp_str_find(r->t.para[i], "。"))
			return NULL;
		/* 主办单位：, a label over a list, salutes no one */
		size_t label;
		if (!wp_str_ends(r->t.para[i], "：") ||
		    (wp_field_label_at(r->t.para[i], &label) && wp_str_starts(r->t.para[i] + label, "：")))
			continue;
		json_t *units = json_array();
		if (wp_notice_salutation_units(r->t.para[i], units))
			return units;
		json_decref(units);
	}
	return NULL;
}

/* 请贵单位确定1名联络员，于…前将回执函复我局: a letter asking its
 * addressees (贵单位: each of them) to answer the one who writes (我局: the
 * organizer, under the name the notice gives it besides 我局). */
static void name_letter_parties(struct reader *r)
{
	json_t *to = NULL;
	const char *self = NULL;
	json_t *aliases = json_object_get(json_array_get(json_object_get(r->plan, "units"), 0), "aliases");
	size_t i;
	json_t *v;
	json_array_foreach(aliases, i, v) if (!self && !wp_word_at(json_string_value(v), WP_WORDS_SELF_PRONOUN))
		self = json_string_value(v);
	if (!self)
		self = r->organizer;
	json_array_foreach(r->deadlines, i, v) {
		if (!wp_notice_step(r, 1))
			break;
		json_t *who = json_object_get(v, "who");
		if (json_array_size(who) == 1 && wp_word_is(json_string_value(json_array_get(who, 0)), WP_WORDS_HONORIFIC_YOU)) {
			if (!to) /* looked for again where none was found: a few lines of the head */
				to = addressees(r);
			if (to)
				json_object_set_new(v, "who", json_copy(to));
		}
		/* 我局 is the organizer when it is a 局 (not a 大队's 我局, the
		 * bureau above it) */
		const char *submit_to = json_string_value(json_object_get(v, "submit_to"));
		size_t len = submit_to ? wp_word_at(submit_to, WP_WORDS_SELF_PRONOUN) : 0;
		if (self && len && submit_to[len] && wp_notice_unit_like(submit_to) && wp_text_width(submit_to) <= 6 &&
		    r->organizer && wp_str_ends(r->organizer, submit_to + len))
			json_object_set_new(v, "submit_to", json_string(self));
	}
	json_decref(to);
}

void wp_notice_name_addressee(struct reader *r)
{
	name_letter_parties(r);
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
