/* notice-contacts.c - the people to call: 联系人 lines with the phone
 * numbers and addresses near them, several to a line; and which item a
 * paragraph belongs to. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* ---- contacts ------------------------------------------------------------------------ */

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

/* The value after one of the labels in paragraphs near i. */
static char *nearby(const struct reader *r, size_t i, const char *const *labels)
{
	static const char *const stops[] = {"；", "，", "）", "。", " ", "\xe3\x80\x80", NULL};
	for (size_t dist = 0; dist <= 4; dist++) {
		for (int sign = 1; sign >= -1; sign -= 2) {
			if (dist == 0 && sign < 0)
				continue;
			size_t j = sign > 0 ? i + dist : i - dist;
			if ((sign < 0 && dist > i) || j >= r->t.n)
				continue;
			for (const char *const *l = labels; *l; l++) {
				char *v = wp_notice_after(r->t.para[j], *l, stops);
				if (v)
					return v;
			}
		}
	}
	return NULL;
}

static bool contact_known(const struct reader *r, const char *name)
{
	size_t i;
	json_t *c;
	json_array_foreach(r->contacts, i, c) if (strcmp(json_string_value(json_object_get(c, "name")),
						       name) == 0) return true;
	return false;
}

/* The first phone number in s (7 or more digits, with - between), or
 * NULL. Caller frees. */
static char *phone_in(const char *s)
{
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9' || (p > s && p[-1] >= '0' && p[-1] <= '9'))
			continue;
		size_t len = strspn(p, "0123456789-"), digits = 0;
		for (size_t k = 0; k < len; k++)
			digits += p[k] != '-';
		if (digits >= 7 && digits <= 16)
			return wp_str_sub(p, len);
		p += len - 1;
	}
	return NULL;
}

static void add_contact(struct reader *r, const char *name, const char *phone, const char *mail,
			const char *item)
{
	if (!*name || (*name >= '0' && *name <= '9') || contact_known(r, name))
		return;
	json_array_append_new(r->contacts,
			      json_pack("{s:s, s:o, s:o, s:n, s:o}", "name", name, "phone", wp_notice_jstr(phone),
					"email", item ? json_null() : wp_notice_jstr(mail), "unit", "activity",
					wp_notice_jstr(item)));
}

/* 联系人：张三 0771-1234567；李四，电话：13800000000: a name and a number
 * in each part apart by ；. False (nothing added) unless two parts or more
 * each hold both. */
static bool several_contacts(struct reader *r, const char *value, const char *mail, const char *item)
{
	json_t *found = json_array();
	const char *p = value;
	while (*p && json_array_size(found) < WP_NOTICE_MAX_CONTACTS) {
		const char *semi = wp_str_find(p, "；");
		size_t len = semi ? (size_t)(semi - p) : strlen(p);
		char *part = wp_str_sub(p, len);
		/* the name: the characters the part opens with, up to a separator */
		static const char *const name_end[] = {"，", "（", "电话", "　", "：", " ", NULL};
		size_t name_len = 0, chars = 0;
		while ((unsigned char)part[name_len] >= 0x80 && !wp_str_span_of(part + name_len, name_end))
			name_len += wp_str_char_len(part + name_len), chars++;
		char *phone = phone_in(part);
		if (phone && chars >= 2 && chars <= 4) {
			char *name = wp_str_sub(part, name_len);
			json_array_append_new(found, json_pack("[s, s]", name, phone));
			free(name);
		}
		free(phone);
		free(part);
		p += len + (semi ? strlen("；") : 0);
	}
	bool several = json_array_size(found) >= 2;
	size_t i;
	json_t *v;
	if (several)
		json_array_foreach(found, i, v) add_contact(r, json_string_value(json_array_get(v, 0)),
							    json_string_value(json_array_get(v, 1)), mail, item);
	json_decref(found);
	return several;
}

void wp_notice_read_contacts(struct reader *r)
{
	const char *const *phone_labels = wp_words(WP_WORDS_CONTACT_PHONE);
	const char *const *mail_labels = wp_words(WP_WORDS_CONTACT_MAIL);
	const char *const *name_labels = wp_words(WP_WORDS_CONTACT_NAME);
	static const char *const name_stops[] = {"；", "，", "）", "（", "。", "电话", "联系电话", NULL};
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		char *names = NULL;
		for (const char *const *l = name_labels; *l && !names; l++)
			names = wp_notice_after(r->t.para[i], *l, name_stops);
		if (!names)
			continue;
		if (json_array_size(r->contacts) >= WP_NOTICE_MAX_CONTACTS) {
			free(names);
			wp_notice_note(r, WP_TR("more than %d contacts: the rest are not read"),
				       WP_NOTICE_MAX_CONTACTS);
			break;
		}
		char *phone = nearby(r, i, phone_labels), *mail = nearby(r, i, mail_labels);
		if (phone && !(*phone >= '0' && *phone <= '9')) { /* 联系人及电话：李华 … */
			free(phone);
			phone = NULL;
		}
		if (!phone) /* 联系人：李华（0771-5551234） */
			phone = phone_in(r->t.para[i]);
		const struct item_range *range = wp_notice_item_at(r, i);
		const char *item = range ? range->no : NULL;
		static const char *const value_stops[] = {"。", "）", NULL};
		char *value = NULL;
		for (const char *const *l = name_labels; *l && !value; l++)
			value = wp_notice_after(r->t.para[i], *l, value_stops);
		bool several = value && several_contacts(r, value, mail, item);
		free(value);
		/* Several names may share one line: 赵俊平 郑少斐 代玲玲. */
		static const char *const name_seps[] = {" ", "、", NULL};
		const char *p = several ? "" : names;
		while (*p) {
			size_t len = wp_str_span_upto(p, name_seps);
			char *name = wp_str_sub(p, len);
			add_contact(r, name, phone, mail, item);
			free(name);
			p += len;
			p += wp_str_span_of(p, name_seps);
		}
		free(names);
		free(phone);
		free(mail);
	}
}

const char *wp_notice_first_email(const struct reader *r)
{
	size_t i;
	json_t *c;
	json_array_foreach(r->contacts, i, c) {
		const char *m = json_string_value(json_object_get(c, "email"));
		if (m)
			return m;
	}
	return NULL;
}
