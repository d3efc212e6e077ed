/* notice-field-commas.c - an item written as one line of fields apart by
 * commas, the way a message to a work group lists what is on:
 *   1. 4月20日（周一）上午9:00，县城人民广场，宣传周启动仪式，城关所负责，
 *      知识产权股、执法大队配合，现场设三个咨询台。
 * its when first, then where, then what, then who leads and who helps
 * (X负责, Y配合), then a word on how. No 在 before the place, no 由 before
 * the lead: only the order and the role words tell the fields apart. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-date.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* a line of more fields than this is prose */
#define MAX_COMMA_FIELDS 12

/* Splits in at ， outside brackets and quotes; the number of fields (0
 * when more than MAX_COMMA_FIELDS or one is empty). Caller frees. */
static size_t split_commas(const char *in, char **parts)
{
	size_t n = 0;
	wp_nesting nest = {0};
	const char *from = in;
	for (const char *p = in;;) {
		bool end = !*p;
		int mark;
		size_t len = end ? 0 : wp_nesting_step(&nest, p, &mark);
		if (!end && !(wp_nesting_outside(&nest) && wp_str_starts(p, "，"))) {
			p += len;
			continue;
		}
		if (p == from || n == MAX_COMMA_FIELDS) {
			for (size_t k = 0; k < n; k++)
				free(parts[k]);
			return 0;
		}
		parts[n++] = wp_str_sub(from, (size_t)(p - from));
		if (end)
			return n;
		from = p + strlen("，");
		p = from;
	}
}

/* 责任单位：X, 配合：Y: a field of who labelled before its units, the
 * label a unit column's (牵头单位, 配合单位) or a role's word alone (牵头,
 * 配合, 协办); the units (caller frees) and their role, or NULL. */
static char *labelled_role_field(const char *field, enum wp_role *role)
{
	const char *colon = wp_notice_find_near(field, "：", 24);
	if (!colon || !colon[strlen("：")])
		return NULL;
	char *label = wp_str_sub(field, (size_t)(colon - field));
	const struct wp_field_label *l = wp_field_label_is(label);
	*role = WP_ROLE_NONE;
	if (l && l->field == WP_FIELD_LEAD)
		*role = WP_ROLE_LEAD;
	else if (l && l->field == WP_FIELD_COOP)
		*role = WP_ROLE_COOP;
	else if (wp_word_is(label, WP_WORDS_LEAD_VERB))
		*role = WP_ROLE_LEAD;
	else if (wp_word_is(label, WP_WORDS_HELP_VERB))
		*role = WP_ROLE_COOP;
	free(label);
	const char *units = colon + strlen("：");
	if (*role != WP_ROLE_NONE && wp_notice_units_like(units))
		return wp_xstrdup(units);
	*role = WP_ROLE_NONE;
	return NULL;
}

/* X负责, X分别负责, Y配合, Y协助: a field of who, its units before a role
 * word, or labelled before them (责任单位：X); the units (caller frees) and
 * their role, or NULL. */
static char *role_field(const char *field, enum wp_role *role)
{
	size_t len;
	const char *verb = NULL;
	char *labelled = labelled_role_field(field, role);
	if (labelled)
		return labelled;
	*role = WP_ROLE_NONE;
	for (const char *const *w = wp_words(WP_WORDS_LEAD_VERB); *w && !verb; w++)
		if (wp_str_ends(field, *w) && strlen(field) > strlen(*w))
			verb = field + strlen(field) - strlen(*w), *role = WP_ROLE_LEAD;
	if (!verb && (*role = wp_unit_mark_role(field, &len)) != WP_ROLE_NONE)
		verb = field + strlen(field) - len;
	/* Y配合指导, Y协办: a helper's verb, a role word before it */
	for (const char *const *w = wp_words(WP_WORDS_HELP_VERB); *w && !verb; w++)
		if (wp_str_ends(field, *w) && strlen(field) > strlen(*w))
			verb = field + strlen(field) - strlen(*w), *role = WP_ROLE_COOP;
	if (verb && *role == WP_ROLE_COOP && verb > field) {
		char *before = wp_str_sub(field, (size_t)(verb - field));
		if (wp_unit_mark_role(before, &len) == WP_ROLE_COOP)
			verb -= len;
		free(before);
	}
	/* 由X牵头: a sentence's lead phrase, no field */
	if (!verb || wp_str_starts(field, "由"))
		return NULL;
	char *raw = wp_str_sub(field, (size_t)(verb - field));
	char *units = wp_str_trim_end(raw, wp_words(WP_WORDS_ROLE_MANNER));
	free(raw);
	if (*units && wp_notice_units_like(units))
		return units;
	free(units);
	*role = WP_ROLE_NONE;
	return NULL;
}

/* Is field a when (a day, or 宣传周期间), nothing after it but the time? */
static bool when_part(const char *field, int year)
{
	wp_ndate d;
	return (wp_nfind_date_at(field, year, &d) || wp_nfind_during(field)) && wp_text_width(field) <= 30;
}

/* Puts units u in role onto who as the reader of units reads them: X牵头，Y配合. */
static void put_role(wp_buf *who, const char *u, enum wp_role role)
{
	wp_buf_printf(who, "%s%s%s", who->len ? "，" : "", u, role == WP_ROLE_LEAD ? "牵头" : "配合");
}

/* The bracket's units as the reader of units reads them (X牵头，Y配合),
 * or NULL when none leads (inside: the bracket's text). Caller frees. */
static char *bracket_roles(const char *inside)
{
	char *parts[MAX_COMMA_FIELDS];
	size_t roles = split_commas(inside, parts), leads = 0;
	wp_buf who = WP_BUF_INIT;
	for (size_t k = 0; k < roles; k++) {
		enum wp_role role;
		char *u = role_field(parts[k], &role);
		leads += u && role == WP_ROLE_LEAD;
		if (u)
			put_role(&who, u, role);
		free(u);
		free(parts[k]);
	}
	if (leads)
		return wp_buf_take(&who);
	wp_buf_free(&who);
	return NULL;
}

/* The （ of the bracket of roles the line's fields end with: closing the
 * line, or followed by a remark (…（县应急局牵头），演练方案由…报县应急局
 * 审核); *end where the bracket ends. NULL if none. */
static char *roles_open(char *title, char **end)
{
	char *open = wp_notice_closing_open(title);
	if (open) {
		*end = open + strlen(open);
		return open;
	}
	for (char *p = title; (p = (char *)wp_str_find(p, "），")) != NULL; p += strlen("）")) {
		char saved = p[strlen("）")];
		p[strlen("）")] = '\0';
		open = wp_notice_closing_open(title);
		p[strlen("）")] = saved;
		if (open) {
			*end = p + strlen("）");
			return open;
		}
	}
	return NULL;
}

/* The field of parts[0..n) that is the when (a day, or 宣传周期间): the
 * first, or the second after what is on (3·15集中宣传咨询，3月15日上午9点，…);
 * n when neither. */
static size_t when_field(char **parts, size_t n, int year)
{
	for (size_t k = 0; k < n && k < 2; k++)
		if (when_part(parts[k], year))
			return k;
	return n;
}

/* title's fields apart by ， when, what and where in any order (what may
 * come before the when, where before what): title keeps what, *when and
 * *place set (where: a field that is a place, not 副县长出席并讲话; NULL if
 * none). need_place: only when one field is a place. False, title
 * untouched, when the line is not so. */
static bool when_what_where(char *title, int year, bool need_place, char **when, char **place)
{
	char *parts[MAX_COMMA_FIELDS];
	size_t n = split_commas(title, parts);
	size_t at = when_field(parts, n, year);
	/* what: the first field but the when, unless a place stands there
	 * before another (4月20日上午9:30，县人民广场，启动仪式) */
	size_t what = at == 0 ? 1 : 0;
	if (what + 1 < n && what + 1 != at && wp_notice_field_is_place(parts[what]) &&
	    !wp_notice_field_is_place(parts[what + 1]))
		what++;
	size_t where = n;
	for (size_t k = 0; k < n && where == n; k++)
		if (k != what && k != at && wp_notice_field_is_place(parts[k]))
			where = k;
	bool fields = n >= 2 && at < n && wp_text_width(parts[what]) <= 60 && (!need_place || where < n);
	if (fields) {
		*when = wp_xstrdup(parts[at]);
		if (where < n)
			*place = wp_notice_cell_place(parts[where]);
		memmove(title, parts[what], strlen(parts[what]) + 1);
	}
	for (size_t k = 0; k < n; k++)
		free(parts[k]);
	return fields;
}

/* 5/11上午9:00，宣传周启动仪式，县人民广场，各乡镇…参加（县应急局牵头，县减灾委
 * 成员单位配合）: the when, what and where, who in a bracket closing the
 * line (the way a text message lists them). False, title untouched, when
 * the line is not so. */
static bool bracketed_roles(char *title, int year, char **when, char **units, char **place)
{
	char *end;
	char *open = roles_open(title, &end);
	if (!open || open == title)
		return false;
	char *inside = wp_str_sub(open + strlen("（"), (size_t)(end - open) - strlen("（") - strlen("）"));
	char *who = bracket_roles(inside);
	free(inside);
	char first_byte = *open;
	*open = '\0';
	bool fields = who && when_what_where(title, year, false, when, place);
	if (fields) {
		*units = who;
		return true;
	}
	*open = first_byte;
	free(who);
	return false;
}

/* Is title three bare fields (5月29日上午9:00，县人民广场，宣传咨询), none
 * telling what is done (在X, 开展X, 举办X: a sentence, read as one) and
 * no fourth (全体干部职工: who takes part, a field the order leaves
 * unplaced)? */
static bool bare_fields(const char *title)
{
	char *parts[MAX_COMMA_FIELDS];
	size_t n = split_commas(title, parts);
	bool bare = n == 3;
	for (size_t k = 0; k < n; k++) {
		bare = bare && !wp_str_starts(parts[k], "在") && !wp_word_at(parts[k], WP_WORDS_EVENT_VERB);
		free(parts[k]);
	}
	return bare;
}

bool wp_notice_cut_field_commas(char *title, int year, bool roles_cut, char **when, char **units, char **place)
{
	*when = *units = *place = NULL;
	if (bracketed_roles(title, year, when, units, place))
		return true;
	/* 5月29日上午9:00，县人民广场，宣传咨询（责任单位：X；配合单位：Y）: the
	 * labelled bracket already cut off; a place among the fields tells
	 * them apart from a sentence that tells the event */
	if (roles_cut && bare_fields(title) && when_what_where(title, year, true, when, place))
		return true;
	char *parts[MAX_COMMA_FIELDS];
	size_t n = split_commas(title, parts);
	/* the when first */
	bool dated = n >= 4 && when_part(parts[0], year);
	size_t first_role = 0;
	bool leads = false;
	wp_buf who = WP_BUF_INIT;
	for (size_t i = 2; dated && i < n; i++) {
		enum wp_role role;
		char *u = role_field(parts[i], &role);
		if (!u)
			continue;
		if (!first_role)
			first_role = i;
		leads = leads || role == WP_ROLE_LEAD;
		put_role(&who, u, role);
		free(u);
	}
	/* what is on stands right before who: the place between it and the when */
	bool fields = dated && leads && first_role >= 2 && first_role <= 3;
	if (fields) {
		*when = wp_xstrdup(parts[0]);
		*units = wp_buf_take(&who);
		if (first_role == 3)
			*place = wp_notice_cell_place(parts[1]);
		memmove(title, parts[first_role - 1], strlen(parts[first_role - 1]) + 1);
	} else {
		wp_buf_free(&who);
	}
	for (size_t k = 0; k < n; k++)
		free(parts[k]);
	return fields;
}
