/* notice-in-charge.c - an activity's 负责人 line that names PERSONS, as
 * a school's plan writes it (负责人：教导处主任　周立新 / 语文组　李红梅 /
 * 王老师 / 各班主任): the persons lead, as the reading keeps them, post
 * then name with the gaps dropped, as in a committee; and the unit of a
 * 负责人 named with it (曾骁（镇应急办）), or the group whose post
 * holders a 负责人 line names (各村（社区）书记), which leads. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

static const char wide[] = "\xe3\x80\x80"; /* U+3000 */

/* s without its gaps (U+3000s, spaces); caller frees. */
static char *without_gaps(const char *s)
{
	wp_buf b = WP_BUF_INIT;
	for (const char *p = s; *p;) {
		if (wp_str_skip(&p, wide) || wp_str_skip(&p, " "))
			continue;
		size_t n = wp_str_char_len(p);
		wp_buf_append(&b, p, n);
		p += n;
	}
	return wp_buf_take(&b);
}

/* 负责人：各班主任　　督查：各年级组: a value ends where a wide gap opens
 * another label on its line (a few characters and ：). value, cut there,
 * returned. */
static char *before_next_label(char *value)
{
	for (char *gap = value ? (char *)wp_str_find(value, wide) : NULL; gap;
	     gap = (char *)wp_str_find(gap + strlen(wide), wide)) {
		const char *label = gap;
		while (wp_str_skip(&label, wide) || wp_str_skip(&label, " "))
			;
		const char *colon = wp_notice_find_near(label, "：", 15);
		bool gapless = colon && colon > label;
		for (const char *q = label; gapless && q < colon; q += wp_str_char_len(q))
			gapless = !wp_str_starts(q, wide) && *q != ' ';
		if (gapless) {
			*gap = '\0';
			break;
		}
	}
	return value;
}

/* Is s all CJK characters (a name, a post: no digits, no brackets)? */
static bool all_han(const char *s)
{
	for (const char *p = s; *p; p += wp_str_char_len(p))
		if (wp_str_char_len(p) != 3 || (unsigned char)*p < 0xe4 || (unsigned char)*p > 0xe9)
			return false;
	return *s != '\0';
}

/* One person of a 负责人 line as the reading writes it, or NULL: an
 * office or post, a gap, and a name of two or three characters (spaced
 * out or not: 张　敏); one named by a title (王老师, 各班主任); or a
 * bare name (唐国华). */
static char *person_of(const char *part)
{
	char *joined = without_gaps(part);
	int w = wp_text_width(joined);
	bool ok = all_han(joined) && w <= 30;
	const char *gap = wp_str_find(part, wide);
	if (ok && gap && gap != part) {
		char *name = without_gaps(gap);
		int nw = wp_text_width(name);
		ok = nw >= 4 && nw <= 6 && !wp_notice_unit_like(name);
		free(name);
	} else if (ok && !gap && wp_word_ends(joined, WP_WORDS_PERSON_TITLE)) {
		/* 王老师, 各班主任: a title names them */
	} else if (ok) {
		/* 唐国华: a bare name of two or three characters */
		ok = !gap && wp_notice_bare_name(joined);
	}
	if (!ok) {
		free(joined);
		return NULL;
	}
	return joined;
}

/* The persons of value apart by 、 appended to lead, all or none. */
static bool persons_of(const char *value, json_t *lead)
{
	return wp_notice_each_part(value, person_of, 1, lead);
}

bool wp_notice_persons_in_charge(const char *body, json_t *lead)
{
	static const char *const line_end[] = {"\n", "。", "；", "，", NULL};
	for (const char *const *l = wp_words(WP_WORDS_CONTACT_IN_CHARGE); *l; l++) {
		const char *at = wp_str_find(body, *l);
		/* the label opens its line: 活动负责人： holds 负责人： */
		if (!at || !(at == body || wp_str_ends_at(body, at, "\n") || wp_str_ends_at(body, at, wide)))
			continue;
		char *value = before_next_label(wp_notice_after(at, *l, line_end));
		bool read = value && persons_of(value, lead);
		free(value);
		if (read)
			return true;
	}
	return false;
}

/* 各村（社区）书记 -> 各村（社区）, 各村党支部书记 -> 各村党支部, and
 * with a bracket its end (各村（居）党组织书记 -> 各村（居）, as the
 * readings have it): the group whose units' post holders who names, or
 * NULL (caller frees).
 * Persons named by a title (各班主任) are wp_notice_persons_in_charge's. */
static char *group_of_post_holders(const char *who)
{
	/* the post that ends who (各村（居）委员会书记: 书记, not the 委员 in
	 * 委员会) */
	const char *at = NULL;
	size_t n = strlen(who);
	for (const char *const *w = wp_words(WP_WORDS_POST); *w; w++)
		if (wp_str_ends(who, *w) && (!at || who + n - strlen(*w) < at))
			at = who + n - strlen(*w);
	if (!at || at == who)
		return NULL;
	const char *close = wp_str_find(who, "）");
	size_t end = close && close < at ? (size_t)(close + strlen("）") - who) : (size_t)(at - who);
	return wp_str_sub(who, end);
}

/* 负责人：曾骁（镇应急办）: the unit of the person in charge leads; the
 * units among 参加人员：(参加对象：) cooperate, not the people
 * (各村安全员, 全体师生). Returns whether a lead was found. */
bool wp_notice_unit_in_charge(struct reader *r, const char *body, json_t *lead, json_t *coop)
{
	static const char *const line_end[] = {"\n", "。", NULL};
	char *who = before_next_label(wp_notice_after(body, "负责人：", line_end));
	const char *open = who ? wp_str_find(who, "（") : NULL;
	const char *close = open ? wp_str_find(open, "）") : NULL;
	char *unit = close ? wp_str_sub(open + strlen("（"), (size_t)(close - open - strlen("（"))) : NULL;
	/* the bracket follows a person's name, not a group's part of a
	 * name (各村（社区）书记: the persons of 各村（社区）) */
	char *person = open ? wp_str_sub(who, (size_t)(open - who)) : NULL;
	bool named = person && !wp_word_at(person, WP_WORDS_GROUP_OPEN) && !wp_notice_unit_like(person);
	free(person);
	bool found = named && unit && wp_notice_unit_like(unit);
	if (!found && who && !open && wp_notice_units_like(who)) {
		/* 负责人：政教处: units in charge lead */
		json_t *units = json_array();
		wp_notice_split_units(who, units);
		json_array_extend(lead, units);
		json_decref(units);
		free(unit);
		free(who);
		return true;
	}
	if (!found && who && wp_word_at(who, WP_WORDS_GROUP_OPEN) && !wp_word_ends(who, WP_WORDS_PERSON_TITLE)) {
		/* 负责人：各村（社区）书记 / 各村党支部书记: the post's holders in
		 * each unit of a group; the group leads */
		free(unit);
		unit = group_of_post_holders(who);
		found = unit != NULL;
	}
	if (found) {
		json_array_append_new(lead, json_string(unit));
		char *list = wp_notice_after(body, "参加人员：", line_end);
		if (!list)
			list = wp_notice_after(body, "参加对象：", line_end);
		json_t *names = json_array();
		if (list)
			wp_notice_split_units(list, names);
		size_t i;
		json_t *v;
		json_array_foreach(names, i, v) {
			const char *name = json_string_value(v);
			if (wp_notice_unit_like(name) && !wp_notice_same_unit(r, name, unit))
				json_array_append(coop, v);
		}
		json_decref(names);
		free(list);
	}
	free(unit);
	free(who);
	return found;
}
