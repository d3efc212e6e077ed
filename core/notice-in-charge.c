/* notice-in-charge.c - an activity's 负责人 line that names PERSONS, as
 * a school's plan writes it (负责人：教导处主任　周立新 / 语文组　李红梅 /
 * 王老师 / 各班主任): the persons lead, as the reading keeps them, post
 * then name with the gaps dropped, as in a committee. A 负责人 whose
 * unit stands in brackets (曾骁（镇应急办）) is notice-units.c's. */
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
		char *value = wp_notice_after(at, *l, line_end);
		bool read = value && persons_of(value, lead);
		free(value);
		if (read)
			return true;
	}
	return false;
}
