/* notice-person.c - a person's name as contact lines write it: spaced
 * out to a width (高　雅, 沈 璐, 欧阳 蕾: no name is, or ends in, one
 * character alone), after the office the person works in (区委政法委
 * （区委国安办）钱聪, 镇卫生院公共卫生科杨一丁). notice-contacts.c reads the
 * contact lines with these. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* 高　雅: a two-character name spaced out to the width of three, its
 * first character the name_len bytes at part; the name without the
 * space (caller frees), or NULL when part holds no such name. */
char *wp_notice_spaced_name(const char *part, size_t name_len)
{
	static const char wide[] = "\xe3\x80\x80";
	if (name_len != wp_str_char_len(part) || (unsigned char)*part < 0x80 || !wp_str_starts(part + name_len, wide))
		return NULL;
	const char *second = part + name_len + strlen(wide);
	size_t len = wp_str_char_len(second);
	/* 胡　斌　0712-2356823: a wide gap may stand before the number too */
	static const char *const after[] = {"，", "（", "：", " ", "；", wide, NULL};
	if ((unsigned char)*second < 0x80 || !(!second[len] || wp_str_span_of(second + len, after)))
		return NULL;
	wp_buf b = WP_BUF_INIT;
	wp_buf_append(&b, part, name_len);
	wp_buf_append(&b, second, len);
	return wp_buf_take(&b);
}

/* 沈 璐 in 联系人：科技创新局 沈 璐 0739-…: no name is one character, so
 * one (the len bytes at p) spaced apart from another alone is a
 * two-character name spaced out to the width of three; that name
 * (caller frees; *used: the bytes of p it spans), or NULL. */
char *wp_notice_lone_char_pair(const char *p, size_t len, const char *const *seps, size_t *used)
{
	if (len != wp_str_char_len(p) || (unsigned char)*p < 0x80)
		return NULL;
	const char *second = p + len + wp_str_span_of(p + len, seps);
	size_t second_len = wp_str_span_upto(second, seps);
	if (second == p + len || (unsigned char)*second < 0x80)
		return NULL;
	/* 谢 国平: a scan's stray space inside a name of three, one space
	 * wide (a surname alone is no one's name) */
	size_t gap = (size_t)(second - (p + len));
	bool one_space = (gap == 1 && p[len] == ' ') || (gap == 3 && wp_str_starts(p + len, "\xe3\x80\x80"));
	size_t first_char = wp_str_char_len(second);
	bool two = one_space && second_len > first_char && (unsigned char)second[first_char] >= 0x80 &&
		   second_len == first_char + wp_str_char_len(second + first_char);
	if (second_len != first_char && !two)
		return NULL;
	wp_buf b = WP_BUF_INIT;
	wp_buf_append(&b, p, len);
	wp_buf_append(&b, second, second_len);
	*used = (size_t)(second - p) + second_len;
	return wp_buf_take(&b);
}

/* When the 联系人 value names an office first (区委政法委（区委国安办）钱聪,
 * 市应急管理局宣传教育科 罗一帆), the person who follows it; else NULL.
 * Caller frees. */
char *wp_notice_after_office(const char *para, const char *names)
{
	if (!wp_notice_unit_like(names))
		return NULL;
	const char *at = wp_str_find(para, names);
	if (!at)
		return NULL;
	const char *p = at + strlen(names);
	if (wp_str_starts(p, "（")) {
		const char *close = wp_notice_find_near(p, "）", 60);
		if (!close)
			return NULL;
		p = close + strlen("）");
	}
	while (*p == ' ')
		p++;
	char *person = wp_notice_upto(p, wp_words(WP_WORDS_PERSON_END));
	int width = wp_text_width(person);
	if (width >= 4 && width <= 8 && !wp_notice_unit_like(person))
		return person;
	free(person);
	return NULL;
}

/* 镇卫生院公共卫生科杨一丁: an office run into the person's name with no
 * space; the person is the two or three characters after the last office
 * word (科, 股, 室, 处, 办, 中心). NULL when names is no such run. Caller
 * frees. */
char *wp_notice_person_after_office_word(const char *names)
{
	const char *best = NULL;
	for (const char *const *w = wp_words(WP_WORDS_OFFICE_WORD); *w; w++)
		for (const char *at = wp_str_find(names, *w); at; at = wp_str_find(at + 1, *w))
			if (at > names && (!best || at + strlen(*w) > best))
				best = at + strlen(*w);
	if (!best)
		return NULL;
	int width = wp_text_width(best);
	char *office = wp_str_sub(names, (size_t)(best - names));
	bool ok = width >= 4 && width <= 6 && wp_notice_unit_like(office) &&
		  (unsigned char)*best >= 0x80 && !wp_notice_unit_like(best);
	free(office);
	return ok ? wp_xstrdup(best) : NULL;
}

/* The bytes of the name at p, of chars characters, up to a separator;
 * a name spaced out to a width (黄　敏, 欧阳 蕾: no name ends in one
 * character alone) runs on over one gap to a lone last character. */
size_t wp_notice_name_at(const char *p, const char *const *seps, size_t *chars)
{
	size_t len = 0;
	*chars = 0;
	while ((unsigned char)p[len] >= 0x80 && !wp_str_span_of(p + len, seps) && *chars <= 4)
		len += wp_str_char_len(p + len), ++*chars;
	size_t gap = wp_str_starts(p + len, " ") ? 1 : wp_str_starts(p + len, "\xe3\x80\x80") ? 3 : 0;
	const char *last = p + len + gap;
	size_t last_len = wp_str_char_len(last);
	if (gap && (*chars == 1 || *chars == 2) && (unsigned char)*last >= 0x80 &&
	    !wp_str_span_of(last, seps) && (!last[last_len] || wp_str_span_of(last + last_len, seps)))
		len += gap + last_len, ++*chars;
	return len;
}

/* 古丽娜尔·艾买提, 艾尔肯·吐尔逊: a name written in its own language's
 * parts, apart by a middle dot, longer than a Chinese name may be. Two
 * to four parts of two or more characters, nothing else. */
bool wp_notice_dotted_name(const char *name)
{
	size_t parts = 0, chars = 0, all = 0;
	for (const char *p = name;; ) {
		size_t dot = *p ? wp_word_at(p, WP_WORDS_NAME_DOT) : 0;
		if (!*p || dot) {
			if (chars < 2)
				return false;
			parts++, chars = 0;
			if (!*p)
				break;
			p += dot;
			continue;
		}
		if ((unsigned char)*p < 0x80 || ++all > 16)
			return false;
		chars++;
		p += wp_str_char_len(p);
	}
	return parts >= 2 && parts <= 4;
}

bool wp_notice_bare_name(const char *s)
{
	size_t chars = 0;
	for (const char *p = s; *p; p += wp_str_char_len(p)) {
		unsigned char lead = (unsigned char)*p;
		/* an ideograph (lead bytes E4..E9: U+4000..U+9FFF, the CJK
		 * block and the extension A's end before it) */
		if (wp_str_char_len(p) != 3 || lead < 0xe4 || lead > 0xe9 || ++chars > 3)
			return false;
	}
	return chars >= 2 && !wp_notice_unit_like(s) && !wp_word_is(s, WP_WORDS_NOT_A_NAME);
}

char *wp_notice_persons_units(const char *cell)
{
	static const char *const seps[] = {"、", "，", "；", " ", "\xe3\x80\x80", NULL};
	wp_buf units = WP_BUF_INIT;
	bool ok = true;
	for (const char *p = cell + wp_str_span_of(cell, seps); *p && ok; p += wp_str_span_of(p, seps)) {
		const char *open = wp_str_find(p, "（");
		const char *close = open ? wp_str_find(open, "）") : NULL;
		if (!close) {
			ok = false;
			break;
		}
		char *spaced = wp_str_sub(p, (size_t)(open - p));
		char *name = wp_str_nospace(spaced);
		const char *in = open + strlen("（");
		char *unit = wp_str_sub(in, (size_t)(close - in));
		ok = wp_notice_bare_name(name) && wp_notice_unit_like(unit);
		if (ok)
			wp_buf_printf(&units, "%s%s", units.len ? "、" : "", unit);
		free(spaced);
		free(name);
		free(unit);
		p = close + strlen("）");
	}
	if (ok && units.len)
		return wp_buf_take(&units);
	wp_buf_free(&units);
	return NULL;
}
