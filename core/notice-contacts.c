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

/* The value after one of the labels in paragraphs near i. A label inside
 * brackets is another sentence's (报市局（邮箱：x@y）), not the contact's;
 * so is one inside a neighbouring paragraph's sentence (…报县科协，电子
 * 邮箱：x@y。 above the 联系人 line): a neighbour counts only when the
 * label opens it (a line of its own, 邮箱：x@y). */
static char *nearby(const struct reader *r, size_t i, const char *const *labels)
{
	static const char *const stops[] = {"；", "，", "）", "（", "。", " ", "\xe3\x80\x80", NULL};
	for (size_t dist = 0; dist <= 4; dist++) {
		for (int sign = 1; sign >= -1; sign -= 2) {
			if (dist == 0 && sign < 0)
				continue;
			size_t j = sign > 0 ? i + dist : i - dist;
			if ((sign < 0 && dist > i) || j >= r->t.n)
				continue;
			for (const char *const *l = labels; *l; l++) {
				const char *at = wp_str_find(r->t.para[j], *l);
				if (!at || wp_str_ends_at(r->t.para[j], at, "（") || (j != i && at != r->t.para[j]))
					continue;
				char *v = wp_notice_after(at, *l, stops);
				if (v)
					return v;
			}
		}
	}
	return NULL;
}

/* Is name with phone (any, when NULL) already a contact, read for item
 * (or for no item), or for any item at all when any_item? */
static bool contact_known(const struct reader *r, const char *name, const char *phone, const char *item,
			  bool any_item)
{
	size_t i;
	json_t *c;
	json_array_foreach(r->contacts, i, c) {
		const char *n = json_string_value(json_object_get(c, "name"));
		const char *p = json_string_value(json_object_get(c, "phone"));
		const char *a = json_string_value(json_object_get(c, "activity"));
		if (strcmp(n, name) == 0 && (!phone || (p && strcmp(p, phone) == 0)) &&
		    (any_item || (!a && !item) || (a && item && strcmp(a, item) == 0)))
			return true;
	}
	return false;
}

/* A person, not an office: 学生处 or 综合减灾科 named as 联系人 is where
 * to call, and no contact of its own. */
void wp_notice_add_contact_for(struct reader *r, const char *name, const char *phone, const char *mail,
			       const char *item)
{
	/* 手机：158…: a label and a number left over from a line split at
	 * its gaps is no one's name; a name holds no digit and no ： */
	/* past the most kept, nothing more is looked at (the reader says
	 * so once) */
	if (json_array_size(r->contacts) >= WP_NOTICE_MAX_CONTACTS || !*name || strpbrk(name, "0123456789") ||
	    wp_str_find(name, "：") || wp_notice_unit_like(name) || contact_known(r, name, phone, item, false))
		return;
	json_array_append_new(r->contacts,
			      json_pack("{s:s, s:o, s:o, s:n, s:o}", "name", name, "phone", wp_notice_jstr(phone),
					"email", item ? json_null() : wp_notice_jstr(mail), "unit", "activity",
					wp_notice_jstr(item)));
}

/* Does s open with one of labels (手机：, 电话：…)? */
static bool opens_with(const char *s, const char *const *labels)
{
	for (const char *const *l = labels; *l; l++)
		if (wp_str_starts(s, *l))
			return true;
	return false;
}

static char *number_after(const char *after, const char *first, const char *next_para);

/* The length of the person's part at p, up to a ； or to a gap of two
 * spaces or more after a number (联系人：韦卓然　0771-3528816　　周嘉怡　
 * 159…: the wide gap parts the persons as a ； does); *next where the
 * next part starts. */
static size_t person_part(const char *p, const char **next)
{
	for (const char *q = p; *q; q += wp_str_char_len(q)) {
		if (wp_str_starts(q, "；")) {
			*next = q + strlen("；");
			return (size_t)(q - p);
		}
		const char *after = q;
		int spaces = 0;
		/* U+3000 is two columns wide: alone it is the gap of two spaces */
		for (bool more = true; more;) {
			if (wp_str_skip(&after, "　"))
				spaces += 2;
			else if (wp_str_skip(&after, " "))
				spaces++;
			else
				more = false;
		}
		if (q > p && q[-1] >= '0' && q[-1] <= '9' && spaces >= 2 && *after) {
			*next = after;
			return (size_t)(q - p);
		}
	}
	*next = p + strlen(p);
	return strlen(p);
}

static size_t bracketed_office(const char *p);

/* Is s (its bytes up to end) a unit's name, or one with a second name
 * in brackets (市城市管理局（市节约用水办公室）)? */
static bool office_name(const char *s, const char *end)
{
	char *office = wp_str_sub(s, (size_t)(end - s));
	bool unit = wp_notice_unit_like(office);
	const char *open = wp_str_find(office, "（");
	if (!unit && open && open > office && wp_str_ends(office, "）")) {
		office[open - office] = '\0';
		unit = wp_notice_unit_like(office);
	}
	free(office);
	return unit;
}

/* The bytes of an office glued before a name of two to four characters
 * that ends the first len bytes of part (县科协王芳, 市城市管理局（市节约
 * 用水办公室）刘晓东), the name's characters in *chars; 0 if none. */
static size_t office_glued(const char *part, size_t len, size_t *chars)
{
	const char *end = part + len, *start = end;
	for (size_t n = 1; n <= 4 && start > part; n++) {
		start--;
		while (start > part && ((unsigned char)*start & 0xc0) == 0x80)
			start--;
		if (n >= 2 && start > part && office_name(part, start) && !office_name(start, end)) {
			*chars = n;
			return (size_t)(start - part);
		}
	}
	return 0;
}

/* 联系人：张三 0771-1234567；李四，电话：13800000000: a name and a number
 * in each part apart by ；. False (nothing added) unless two parts or more
 * each hold both. */
static bool several_contacts(struct reader *r, const char *value, const char *mail, const char *item)
{
	json_t *found = json_array();
	const char *p = value;
	while (*p && json_array_size(found) < WP_NOTICE_MAX_CONTACTS) {
		const char *semi;
		size_t len = person_part(p, &semi);
		char *part = wp_str_sub(p, len);
		/* the name: the characters the part opens with, up to a separator,
		 * past the office it may follow (科学技术处 周晓丁) */
		const char *const *name_end = wp_words(WP_WORDS_CONTACT_NAME_END);
		/* the gap may be a full-width space (公共机构节能管理科　向　东) */
		const char *space = wp_str_find(part, " "), *wide = wp_str_find(part, "　");
		size_t gap = 1;
		if (wide && (!space || wide < space))
			space = wide, gap = strlen("　");
		if (space && space > part) {
			char *office = wp_str_sub(part, (size_t)(space - part));
			if (wp_notice_unit_like(office))
				memmove(part, space + gap, strlen(space + gap) + 1);
			free(office);
		}
		size_t name_len = 0, chars = 0;
		while ((unsigned char)part[name_len] >= 0x80 && !wp_str_span_of(part + name_len, name_end))
			name_len += wp_str_char_len(part + name_len), chars++;
		char *name = wp_notice_spaced_name(part, name_len);
		if (name)
			chars = 2;
		/* 市城市管理局（市节约用水办公室）刘晓东，电话：…: the office glued
		 * to the name */
		/* …局（市节约用水办公室）刘晓东: the office's second name in
		 * brackets, the name after it */
		size_t office_len = bracketed_office(part + name_len);
		if (!name && office_len && (unsigned char)part[name_len + office_len] >= 0x80 &&
		    !wp_str_span_of(part + name_len + office_len, name_end) && office_name(part, part + name_len)) {
			name_len += office_len;
			while ((unsigned char)part[name_len] >= 0x80 && !wp_str_span_of(part + name_len, name_end))
				name_len += wp_str_char_len(part + name_len);
		}
		size_t glued = name ? 0 : office_glued(part, name_len, &chars);
		if (glued) {
			memmove(part, part + glued, strlen(part + glued) + 1);
			name_len -= glued;
		}
		char *phone = wp_notice_phone_in(part);
		/* …；手机：139…: the same person's other number, no one new */
		if (phone && chars >= 2 && chars <= 4 && !opens_with(part, wp_words(WP_WORDS_CONTACT_PHONE))) {
			if (!name)
				name = wp_str_sub(part, name_len);
			/* 吴骁，电话：0851-85822731，手机：139 8502 4417: both numbers */
			char *second = number_after(wp_str_find(part, phone) + strlen(phone), phone, NULL);
			json_array_append_new(found, json_pack("[s, s, s?, b]", name, phone, second,
							       mail && wp_str_find(part, mail) != NULL));
			free(second);
		}
		free(name);
		free(phone);
		free(part);
		p = semi;
	}
	bool several = json_array_size(found) >= 2;
	size_t i;
	json_t *v;
	/* 梁碧珊，…，电子邮箱：x@y；黄振宇，…: an address inside one person's
	 * part, with another after it, is that person's; one closing the
	 * line (李华 …；王强 …，邮箱：lh@…) or on a line of its own is
	 * everyone's */
	bool own = false;
	json_array_foreach(found, i, v) own =
		own || (i + 1 < json_array_size(found) && json_is_true(json_array_get(v, 3)));
	if (several)
		json_array_foreach(found, i, v) {
			const char *name = json_string_value(json_array_get(v, 0));
			const char *theirs = !own || json_is_true(json_array_get(v, 3)) ? mail : NULL;
			wp_notice_add_contact_for(r, name, json_string_value(json_array_get(v, 1)), theirs, item);
			if (json_string_value(json_array_get(v, 2)))
				wp_notice_add_contact_for(r, name, json_string_value(json_array_get(v, 2)), theirs, item);
		}
	json_decref(found);
	return several;
}

/* The number after the first in after (the text right after it), up to
 * the next person (；): a mobile or digits after a separator, or a number
 * under a label of its own. When the part ends in a label whose number a
 * wrapped line carries (电话0719-4531268，手机 / 13872945016), the number
 * opening next_para. NULL if none or the first again. Caller frees. */
static char *number_after(const char *after, const char *first, const char *next_para)
{
	const char *const *labels = wp_words(WP_WORDS_CONTACT_PHONE);
	/* 联系电话：0551-63357218；手机：139 5510 6672: a ； before a number's
	 * label parts no persons */
	if (wp_str_starts(after, "；") && opens_with(after + strlen("；"), labels))
		after += strlen("；");
	/* 0771-5632108（兼传真）、139…: a remark on the first number */
	const char *remark_end = wp_str_starts(after, "（") ? wp_notice_find_near(after, "）", 30) : NULL;
	if (remark_end)
		after = remark_end + strlen("）");
	static const char *const part_end[] = {"；", "。", NULL};
	char *part = wp_str_sub(after, wp_str_span_upto(after, part_end));
	static const char *const seps[] = {"，", "、", "/", " ", "\xe3\x80\x80", NULL}; /* U+3000 */
	const char *next = part + wp_str_span_of(part, seps);
	char *other = wp_str_spaced_mobile(next) || (*next >= '0' && *next <= '9') ? wp_notice_phone_in(next) : NULL;
	/* under a label, with its colon or without (，手机13872945016) */
	const char *const *bare_labels = wp_words(WP_WORDS_SECOND_PHONE);
	for (const char *const *l = labels; *l && !other; l++) {
		const char *at = wp_str_find(part, *l);
		other = at ? wp_notice_phone_in(at + strlen(*l)) : NULL;
	}
	for (const char *const *l = bare_labels; *l && !other; l++) {
		const char *at = wp_str_find(part, *l);
		other = at ? wp_notice_phone_in(at + strlen(*l)) : NULL;
	}
	bool label_last = false;
	for (const char *const *l = bare_labels; *l && !label_last; l++)
		label_last = wp_str_ends(part, *l);
	if (!other && label_last && next_para && *next_para >= '0' && *next_para <= '9')
		other = wp_notice_phone_in(next_para);
	/* 联系人：刘晓红 / 电　话：0795-6312087 / 手　机：13907951264: the first
	 * number ends its line, and the next line is one more label and its
	 * number, the same person's */
	size_t next_label = 0;
	for (const char *const *l = labels; *l && next_para && !*part && !next_label; l++)
		next_label = wp_str_starts(next_para, *l) ? strlen(*l) : 0;
	if (!other && next_label && next_para[next_label] >= '0' && next_para[next_label] <= '9')
		other = wp_notice_phone_in(next_para + next_label);
	free(part);
	if (other && strcmp(other, first) != 0)
		return other;
	free(other);
	return NULL;
}

/* A second number for the same person right after the first, before the
 * next person (；): under a label of its own (联系电话：…（镇应急办），
 * 手机：…) or not (0731-28681273，138 7332 0516). NULL if none. Caller
 * frees. */
static char *second_number(const struct reader *r, size_t i, const char *first)
{
	if (!first)
		return NULL;
	for (size_t j = i; j < r->t.n && j <= i + 2; j++) {
		const char *after = wp_str_find(r->t.para[j], first);
		if (after)
			return number_after(after + strlen(first), first, j + 1 < r->t.n ? r->t.para[j + 1] : NULL);
	}
	return NULL;
}

/* The name of len bytes at p read up to a bracket inside it (郝晓婷（乡
 * 党政办）: a name runs up to its office) or a phone's label run into it
 * (罗军电话：…, once 罗　军　　电话： is squeezed): the bytes it keeps,
 * its characters in *chars. */
static size_t cut_name(const char *p, size_t len, size_t *chars)
{
	size_t cut = 0, n = 0;
	while (cut < len && !wp_str_starts(p + cut, "（") && !wp_word_at(p + cut, WP_WORDS_CONTACT_PHONE))
		cut += wp_str_char_len(p + cut), n++;
	if (cut < len)
		*chars = n;
	return cut;
}

/* The bytes of a bracketed office at p (（乡党政办）), 0 if none. */
static size_t bracketed_office(const char *p)
{
	if (!wp_str_starts(p, "（"))
		return 0;
	const char *close = wp_str_find(p, "）");
	if (!close)
		return 0;
	char *inside = wp_str_sub(p + strlen("（"), (size_t)(close - p - strlen("（")));
	bool office = wp_notice_unit_like(inside);
	free(inside);
	return office ? (size_t)(close + strlen("）") - p) : 0;
}

/* 孙聪，联系电话：150 9173 2268 on a line of its own right after a 联系人
 * line: one more person, whose name opens the line and whose number
 * follows a label, or follows the name directly, as under 联系人：武一鸣
 * 0351-4567213 (the line indented to stand under the name). The line may
 * name the person's office first, as the 联系人 line did (镇宣传办　黄　敏
 * 电话：…). The lines after i up to the first that is none; mail, the
 * mailbox the people share, or NULL. */
static void read_following(struct reader *r, size_t i, const char *item, const char *mail)
{
	const char *const *phone_labels = wp_words(WP_WORDS_CONTACT_PHONE);
	const char *const *name_labels = wp_words(WP_WORDS_CONTACT_NAME);
	static const char *const seps[] = {"，", " ", "\xe3\x80\x80", NULL}; /* U+3000 */
	for (size_t j = i + 1; j < r->t.n && j <= i + 2 && wp_notice_step(r, 1); j++) {
		const char *p = r->t.para[j];
		p += wp_str_span_of(p, seps);
		size_t office_len = wp_str_span_upto(p, seps);
		char *office = wp_str_sub(p, office_len);
		size_t first_chars, first_name = wp_notice_name_at(p, seps, &first_chars);
		first_name = cut_name(p, first_name, &first_chars);
		bool name_first = first_chars >= 2 && first_chars <= 4 && bracketed_office(p + first_name);
		if (p[office_len] && !wp_str_starts(p + office_len, "，") && !name_first && wp_notice_unit_like(office))
			p += office_len + wp_str_span_of(p + office_len, seps);
		free(office);
		size_t chars, name_len = cut_name(p, wp_notice_name_at(p, seps, &chars), &chars);
		/* 郝晓婷（乡党政办）　电话：…: the office in brackets after the
		 * name, as the 联系人 line may have it, stands between them */
		size_t office_after = bracketed_office(p + name_len);
		const char *after = p + name_len + office_after;
		after += wp_str_span_of(after, seps);
		/* 电话0575-…: a number's name with no ： before it */
		size_t label = wp_word_at(after, WP_WORDS_NUMBER_NAME);
		bool number_next = wp_str_spaced_mobile(after) || (*after >= '0' && *after <= '9') ||
				   (label && after[label] >= '0' && after[label] <= '9');
		/* 罗军电话：…: a name run into its label (罗　军　　电话： once the
		 * spaced label is squeezed) is apart from it by the label */
		bool apart = after != p + name_len || opens_with(after, phone_labels);
		if (chars < 2 || chars > 4 || !apart || !(opens_with(after, phone_labels) || number_next) ||
		    opens_with(p, name_labels))
			return;
		char *spaced = wp_str_sub(p, name_len);
		char *name = wp_str_nospace(spaced), *phone = wp_notice_phone_in(after);
		free(spaced);
		if (phone && !wp_notice_unit_like(name) && !opens_with(p, phone_labels)) {
			char *second = number_after(wp_str_find(after, phone) + strlen(phone), phone, NULL);
			wp_notice_add_contact_for(r, name, phone, mail, item);
			if (second)
				wp_notice_add_contact_for(r, name, second, mail, item);
			free(second);
		}
		free(name);
		free(phone);
	}
}

/* What the 联系人 label of para holds, to the end of its sentence or of
 * the bracket the label stands in (（联系人：…）); a bracket opened inside it
 * (0771-5632108（兼传真）) is part of it. Caller frees; NULL if none. */
static char *contact_value(const char *para, const char *const *labels)
{
	static const char *const value_stops[] = {"。", NULL};
	char *value = NULL;
	for (const char *const *l = labels; *l && !value; l++)
		value = wp_notice_after(para, *l, value_stops);
	int depth = 0;
	for (char *p = value; p && *p; p += wp_str_char_len(p)) {
		if (wp_str_starts(p, "（"))
			depth++;
		else if (wp_str_starts(p, "）") && --depth < 0) {
			*p = '\0';
			break;
		}
	}
	return value;
}

/* 请联系本单位安全员做好隐患排查。…电话：X: a label that asks (请联系)
 * names a contact only with a number in its own sentence; any other
 * label does. */
static bool asked_with_number(const char *para, const char *label)
{
	if (!wp_str_starts(label, "请"))
		return true;
	static const char *const sentence_end[] = {"。", NULL};
	char *sentence = wp_notice_upto(wp_str_find(para, label), sentence_end);
	char *phone = wp_notice_phone_in(sentence);
	free(sentence);
	free(phone);
	return phone != NULL;
}


/* 刘思琪 0595-22681109 in an activity's row and again under 联系人: the
 * one whom to call about the activity, listed once (one contact per
 * person's number), with the mailbox and unit the 联系人 line gives. */
static void drop_named_twice(struct reader *r)
{
	for (size_t i = json_array_size(r->contacts); i-- > 0;) {
		json_t *c = json_array_get(r->contacts, i);
		const char *phone = json_string_value(json_object_get(c, "phone"));
		if (!phone || json_is_string(json_object_get(c, "activity")))
			continue;
		const char *name = json_string_value(json_object_get(c, "name"));
		size_t k;
		json_t *o;
		json_array_foreach(r->contacts, k, o) {
			const char *p = json_string_value(json_object_get(o, "phone"));
			if (json_is_string(json_object_get(o, "activity")) && p && strcmp(p, phone) == 0 &&
			    strcmp(json_string_value(json_object_get(o, "name")), name) == 0) {
				static const char *const kept[] = {"email", "unit"};
				for (size_t f = 0; f < sizeof kept / sizeof *kept; f++)
					if (json_is_null(json_object_get(o, kept[f])))
						json_object_set(o, kept[f], json_object_get(c, kept[f]));
				json_array_remove(r->contacts, i);
				break;
			}
		}
	}
}

void wp_notice_read_contacts(struct reader *r)
{
	const char *const *phone_labels = wp_words(WP_WORDS_CONTACT_PHONE);
	const char *const *mail_labels = wp_words(WP_WORDS_CONTACT_MAIL);
	const char *const *name_labels = wp_words(WP_WORDS_CONTACT_NAME);
	const char *const *name_stops = wp_words(WP_WORDS_CONTACT_NAMES_END);
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		char *names = NULL;
		for (const char *const *l = name_labels; *l && !names; l++) {
			names = wp_notice_after(r->t.para[i], *l, name_stops);
			if (names && !asked_with_number(r->t.para[i], *l)) {
				free(names);
				names = NULL;
			}
		}
		if (!names) {
			/* 联系人： on a line of its own, the rows under it */
			const struct item_range *range = wp_notice_item_at(r, i);
			for (const char *const *l = name_labels; *l; l++)
				if (wp_str_ends(r->t.para[i], *l) && wp_text_width(r->t.para[i]) <= 24) {
					/* 质量部　刘晓雯，分机6218，手机：139…: no row of
					 * cells apart by gaps, a contact line as under 联系方式 */
					if (!wp_notice_contact_rows(r, i, "", range ? range->no : NULL))
						wp_notice_contact_lines_under(r, i, range ? range->no : NULL);
					break;
				}
			continue;
		}
		if (json_array_size(r->contacts) >= WP_NOTICE_MAX_CONTACTS) {
			free(names);
			wp_notice_note(r, WP_TR("more than %d contacts: the rest are not read"),
				       WP_NOTICE_MAX_CONTACTS);
			break;
		}
		const struct item_range *range = wp_notice_item_at(r, i);
		const char *item = range ? range->no : NULL;
		char *row = contact_value(r->t.para[i], name_labels);
		bool rows = row && wp_notice_contact_rows(r, i, row, item);
		free(row);
		if (rows) {
			free(names);
			continue;
		}
		char *label_phone = nearby(r, i, phone_labels), *mail = nearby(r, i, mail_labels);
		/* the number as written (138 7940 2635), wherever its label put it */
		char *phone = label_phone ? wp_notice_phone_in(label_phone) : NULL;
		free(label_phone);
		/* 0898-65388126（分机8023）: the label's value stopped at the
		 * bracket; the extension is part of the number */
		const char *written = phone ? wp_str_find(r->t.para[i], phone) : NULL;
		char *whole = written ? wp_notice_phone_in(written) : NULL;
		if (whole && strlen(whole) > strlen(phone) && wp_str_starts(whole, phone)) {
			free(phone);
			phone = whole;
		} else
			free(whole);
		if (!phone) /* 联系人：李华（0771-5551234）, 联系人及电话：李华 … */
			phone = wp_notice_phone_in(r->t.para[i]);
		char *second = second_number(r, i, phone);
		char *value = contact_value(r->t.para[i], name_labels);
		bool several = value && several_contacts(r, value, mail, item);
		free(value);
		/* 区委政法委（区委国安办）钱聪: the person after the office */
		char *person = wp_notice_after_office(r->t.para[i], names);
		if (!person && !wp_notice_unit_like(names) && !wp_str_find(names, " ") &&
		    !wp_str_find(names, "、"))
			person = wp_notice_person_after_office_word(names);
		if (person) {
			free(names);
			names = person;
		}
		/* Several names may share one line: 赵俊平 郑少斐 代玲玲. */
		static const char *const name_seps[] = {" ", "、", "　", NULL}; /* 　: U+3000 */
		const char *p = several ? "" : names;
		while (*p) {
			size_t len = wp_str_span_upto(p, name_seps);
			size_t used;
			char *name = wp_notice_lone_char_pair(p, len, name_seps, &used);
			if (name)
				len = used;
			else
				name = wp_str_sub(p, len);
			wp_notice_add_contact_for(r, name, phone, mail, item);
			if (second) /* 联系电话：…，手机：…: one line per number */
				wp_notice_add_contact_for(r, name, second, mail, item);
			free(name);
			p += len;
			p += wp_str_span_of(p, name_seps);
		}
		free(names);
		free(phone);
		free(second);
		/* a mailbox on a line of its own under the people is theirs too;
		 * one on the 联系人 line is that person's */
		read_following(r, i, item, mail && !wp_str_find(r->t.para[i], mail) ? mail : NULL);
		free(mail);
	}
	wp_notice_read_contact_lines(r); /* notice-contact-lines.c */
	wp_notice_read_in_charge(r);
	drop_named_twice(r);
}

void wp_notice_add_contact(struct reader *r, const char *name, const char *phone)
{
	wp_notice_add_contact_for(r, name, phone, NULL, NULL);
}


void wp_notice_add_cell_contact(struct reader *r, const char *cell, const char *item)
{
	char *phone = wp_notice_phone_in(cell);
	const char *digits = phone ? wp_str_find(cell, phone) : NULL;
	/* 林晓燕　13905961234, 吴　俊　0596-7823351: the name before the number,
	 * its spaces dropped */
	wp_buf name = WP_BUF_INIT;
	for (const char *p = cell; *p && (!digits || p < digits); p += wp_str_char_len(p))
		if (*p != ' ' && !wp_str_starts(p, "\xe3\x80\x80") && !wp_str_starts(p, "：") &&
		    !wp_str_starts(p, "，"))
			wp_buf_append(&name, p, wp_str_char_len(p));
	int w = wp_text_width(wp_buf_str(&name));
	if (phone && w >= 4 && w <= 8)
		wp_notice_add_contact_for(r, wp_buf_str(&name), phone, NULL, item);
	wp_buf_free(&name);
	free(phone);
}

/* The name of the person a table's row last gave (for a 同上 below it),
 * or NULL. */
static const char *last_row_person(const struct reader *r)
{
	for (size_t i = json_array_size(r->contacts); i-- > 0;) {
		json_t *c = json_array_get(r->contacts, i);
		if (json_is_string(json_object_get(c, "activity")))
			return json_string_value(json_object_get(c, "name"));
	}
	return NULL;
}

void wp_notice_add_row_contact(struct reader *r, const char *person, const char *phones, const char *item)
{
	/* 同上 | 13907360000: the person of the row above, a new number */
	const char *above = wp_word_is(person, WP_WORDS_SAME_AS_ABOVE) ? last_row_person(r) : NULL;
	char *name = wp_str_nospace(above ? above : person);
	/* 22683207/13950963381: each number of the cell */
	const char *p = phones;
	char *phone;
	while (wp_notice_bare_name(name) && (phone = wp_notice_phone_in(p)) != NULL) {
		const char *at = wp_str_find(p, phone);
		p = at ? at + strlen(phone) : p + strlen(p);
		/* 林晓燕 | 0595-22681136 again in a later row: one contact */
		if (!contact_known(r, name, phone, NULL, true))
			wp_notice_add_contact_for(r, name, phone, NULL, item);
		free(phone);
	}
	free(name);
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
