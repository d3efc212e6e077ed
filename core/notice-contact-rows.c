/* notice-contact-rows.c - contacts written as rows (an office, a person
 * and numbers apart by wide gaps, a row a line under 联系人：) and the
 * person in charge an activity names (负责人：…，电话：…); split from
 * notice-contacts.c, which reads the 联系人 lines. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* The person label (负责人：) in para, an item's at range, names, added
 * as the item's contact; unless need_phone and no number follows (a
 * 责任人 alone answers for the work, no one to call). True when para
 * holds the label. */
static bool in_charge(struct reader *r, const struct item_range *range, const char *para, const char *label,
		      bool need_phone)
{
	static const char *const name_stops[] = {"（", "）", "，", "；", "。", " ", NULL};
	char *name = wp_notice_after(para, label, name_stops);
	if (!name)
		return false;
	/* （责任人：马晓东）。报名请联系镇文化站，电话：…: a 责任人's number
	 * is in the bracket or sentence that names the person */
	static const char *const own_end[] = {"）", "。", NULL};
	const char *at = wp_str_find(para, label);
	char *own = need_phone ? wp_str_sub(at, wp_str_span_upto(at, own_end)) : NULL;
	char *phone = wp_notice_phone_in(own ? own : at);
	/* （责任人：张伟）。联系电话：138…: or under a label of its own right
	 * after */
	if (own && !phone) {
		const char *next = at + strlen(own);
		next += wp_str_span_of(next, own_end);
		if (wp_word_at(next, WP_WORDS_CONTACT_PHONE))
			phone = wp_notice_phone_in(next);
	}
	free(own);
	/* 负责人：王老师 with no number: a title that leads, no name to call
	 * (曾骁 alone is the activity's contact) */
	bool title_only = !phone && wp_word_ends(name, WP_WORDS_PERSON_TITLE);
	/* 负责人：待定, 全体: no one to call yet */
	if (wp_text_width(name) <= 8 && !title_only && !wp_word_is(name, WP_WORDS_NOT_A_NAME) && (phone || !need_phone))
		wp_notice_add_contact_for(r, name, phone, NULL, range->no);
	free(phone);
	free(name);
	return true;
}

/* 负责人：曾骁（镇应急办），电话：138 7940 2635, （责任人：何建林，电话：138…）
 * in an activity: the person to call about that activity. */
void wp_notice_read_in_charge(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		const struct item_range *range = wp_notice_item_at(r, i);
		bool found = false;
		for (const char *const *l = wp_words(WP_WORDS_CONTACT_IN_CHARGE); range && *l && !found; l++)
			found = in_charge(r, range, r->t.para[i], *l, false);
		for (const char *const *l = wp_words(WP_WORDS_CONTACT_ANSWERS); range && *l && !found; l++)
			found = in_charge(r, range, r->t.para[i], *l, true);
	}
}

/* One run of the characters of a row at p, up to a wide gap (U+3000s or
 * spaces); its bytes. */
static size_t row_cell(const char *p)
{
	static const char *const gaps[] = {" ", "\xe3\x80\x80", NULL};
	return wp_str_span_upto(p, gaps);
}

/* 耕地保护监督处　张一帆　0796-8203316　158 7961 2043 / 团工委　周　敏　5220635
 * / 县卫健局疾控股　马骏　电话：0738-6522870: a row of a contact list, an
 * office, a person (a two-character name may be spaced out) and one
 * number or more, apart by wide gaps; under such a row (office_above),
 * a person and numbers alone, of the same office. Adds one contact per
 * number and returns true; false (nothing added) when line is no such
 * row. */
static bool contact_row(struct reader *r, const char *line, const char *item, bool office_above)
{
	static const char *const gaps[] = {" ", "\xe3\x80\x80", NULL};
	const char *p = line + wp_str_span_of(line, gaps);
	size_t n = row_cell(p);
	char *office = wp_str_sub(p, n);
	bool ok = wp_notice_unit_like(office) && !wp_str_find(office, "：");
	/* 　　　　刘晓燕　0310-3186527 under a row: of the office above (no
	 * office is kept with a contact: the row needs none of its own) */
	size_t spaced;
	char *pair = !ok && office_above ? wp_notice_lone_char_pair(p, n, gaps, &spaced) : NULL;
	bool same_office = !ok && office_above && (pair || wp_notice_bare_name(office)); /* 张　敏, 刘晓燕 */
	free(pair);
	free(office);
	if (!ok && !same_office)
		return false;
	if (!same_office)
		p += n + wp_str_span_of(p + n, gaps);
	n = row_cell(p);
	size_t used = n;
	char *name = wp_notice_lone_char_pair(p, n, gaps, &used);
	if (!name)
		name = wp_str_sub(p, n);
	int width = wp_text_width(name);
	ok = width >= 4 && width <= 8 && (unsigned char)*name >= 0x80 && !wp_notice_unit_like(name) &&
	     !wp_str_find(name, "：");
	p += used;
	json_t *phones = json_array();
	static const char *const between[] = {" ", "\xe3\x80\x80", "、", "，", NULL};
	while (ok && *(p += wp_str_span_of(p, between))) {
		size_t label = 0;
		for (const char *const *l = wp_words(WP_WORDS_CONTACT_PHONE); *l && !label; l++)
			label = wp_str_starts(p, *l) ? strlen(*l) : 0;
		p += label;
		char *phone = (*p >= '0' && *p <= '9') ? wp_notice_phone_in(p) : NULL;
		ok = phone && wp_str_starts(p, phone);
		if (ok) {
			p += strlen(phone);
			json_array_append_new(phones, json_string(phone));
		}
		free(phone);
	}
	ok = ok && json_array_size(phones) > 0;
	size_t i;
	json_t *v;
	if (ok)
		json_array_foreach(phones, i, v) wp_notice_add_contact_for(r, name, json_string_value(v), NULL, item);
	json_decref(phones);
	free(name);
	return ok;
}

/* 　　　　手机：13907971286 under a row: one more number of the row's
 * person, a label and the number alone on the line. Adds it as the last
 * contact's and returns true; false when line is no such line. */
bool wp_notice_number_under_row(struct reader *r, const char *line, const char *item)
{
	static const char *const gaps[] = {" ", "\xe3\x80\x80", NULL};
	const char *p = line + wp_str_span_of(line, gaps);
	size_t label = 0;
	for (const char *const *l = wp_words(WP_WORDS_CONTACT_PHONE); *l && !label; l++)
		label = wp_str_starts(p, *l) ? strlen(*l) : 0;
	p += label;
	char *phone = label && *p >= '0' && *p <= '9' ? wp_notice_phone_in(p) : NULL;
	bool alone = phone && wp_str_starts(p, phone) && !p[strlen(phone) + wp_str_span_of(p + strlen(phone), gaps)];
	size_t n = json_array_size(r->contacts);
	const char *name = n ? json_string_value(json_object_get(json_array_get(r->contacts, n - 1), "name")) : NULL;
	if (alone && name) {
		char *person = wp_xstrdup(name); /* the array may move as it grows */
		wp_notice_add_contact_for(r, person, phone, NULL, item);
		free(person);
	}
	free(phone);
	return alone && name;
}

/* 联系人：（empty, or a first row）then rows indented under it: each row
 * an office, a person and their numbers. Returns whether para i and the
 * lines after it held such rows (all read). */
bool wp_notice_contact_rows(struct reader *r, size_t i, const char *value, const char *item)
{
	bool any = false;
	size_t first = json_array_size(r->contacts);
	if (*value && !(any = contact_row(r, value, item, false)))
		return false;
	size_t j = i + 1;
	for (; j < r->t.n && json_array_size(r->contacts) < WP_NOTICE_MAX_CONTACTS &&
	       ((any && wp_notice_number_under_row(r, r->t.para[j], item)) || contact_row(r, r->t.para[j], item, any));
	     j++)
		any = true;
	/* 电子邮箱：x@y on a line of its own under the rows: theirs, all */
	size_t label = any && j < r->t.n ? wp_word_at(r->t.para[j], WP_WORDS_CONTACT_MAIL) : 0;
	char *address = label && strchr(r->t.para[j] + label, '@') ? wp_notice_address_in(r->t.para[j] + label) : NULL;
	for (size_t k = first; address && k < json_array_size(r->contacts); k++) {
		json_t *c = json_array_get(r->contacts, k);
		if (json_is_null(json_object_get(c, "email")))
			json_object_set_new(c, "email", json_string(address));
	}
	free(address);
	return any;
}
