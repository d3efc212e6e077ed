/* notice-asides.c - what a sentence about a deadline leaves aside or
 * takes from around it: a report asked for in a bracket inside an
 * activity's paragraph (…参加观摩（观摩人员名单于3月25日前报局安全办）),
 * the units a sentence opens with (who owes such a report), and a
 * paragraph heading that exhorts (whose plan duty is boilerplate). The
 * sentences themselves are read in notice-duties.c. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* （一）高度重视，精心组织。各学校要…制定具体活动方案: a paragraph whose
 * run-in heading exhorts holds the boilerplate of 加强组织领导 as a
 * sentence that exhorts does. */
bool wp_notice_heading_exhorts(const struct reader *r, size_t para)
{
	int number;
	const char *text = wp_outline_item(&r->outline, para, &number);
	const char *end = text ? wp_str_find(text, "。") : NULL;
	if (!end)
		return false;
	char *heading = wp_str_sub(text, (size_t)(end - text));
	size_t len;
	bool exhorts = wp_text_width(heading) <= 24 && wp_word_find(heading, WP_WORDS_EXHORT, &len);
	free(heading);
	return exhorts;
}

/* 各校各派1名副校长参加观摩（观摩人员名单于3月25日（星期三）前报局安全办）:
 * a report an activity asks for, written in a bracket inside its sentence.
 * The text in the first bracket of s that holds a report by a date (a date
 * read as a deadline's, and 报), *open and *close where the bracket starts
 * and ends in s; NULL if none. Caller frees. */
char *wp_notice_report_aside(const char *s, int year, const char **open, const char **close)
{
	for (const char *p = wp_str_find(s, "（"); p && p > s; p = wp_str_find(p + strlen("）"), "（")) {
		int depth = 0;
		const char *q = p;
		for (; *q; q += wp_str_char_len(q))
			if (wp_str_starts(q, "（"))
				depth++;
			else if (wp_str_starts(q, "）") && --depth == 0)
				break;
		if (!*q)
			return NULL;
		char *inside = wp_str_sub(p + strlen("（"), (size_t)(q - p) - strlen("（"));
		bool dated = false;
		wp_ndate when;
		for (const char *d = inside; *d && !dated; d++)
			dated = *d >= '0' && *d <= '9' && (d == inside || d[-1] < '0' || d[-1] > '9') &&
				wp_nfind_date_at(d, year, &when) && wp_notice_marks_deadline(inside, &when);
		if (dated && wp_str_find(inside, "报")) {
			*open = p;
			*close = q + strlen("）");
			return inside;
		}
		free(inside);
		p = q; /* past the bracket, and any bracket inside it */
	}
	return NULL;
}

/* The units a sentence opens with, up to the word that opens its
 * predicate, past a clause of when before its first ， (第5周内，各乡镇中心
 * 校（学区）、县直各学校对校舍…开展自查; 3月30日下午，各中小学以班级为单
 * 位召开…), appended to who when they read as units. */
void wp_notice_opening_units(const char *s, json_t *who)
{
	const char *comma = wp_str_find(s, "，");
	const char *starts[] = {s, comma ? comma + strlen("，") : NULL};
	for (size_t k = 0; k < 2 && starts[k] && json_array_size(who) == 0; k++) {
		char *units = wp_notice_upto(starts[k], wp_words(WP_WORDS_PREDICATE_OPEN));
		if (*units && wp_text_width(units) <= 60 && !wp_str_find(units, "，") && wp_notice_unit_like(units))
			wp_notice_split_units(units, who);
		free(units);
	}
}
