/* notice-bilingual.c - a notice in Chinese and English (see
 * notice-bilingual.h).
 *
 * The English of such a notice is a translation line by line, label by
 * label, and the reader knows none of its words: left in, it would be a
 * heading's title (一、活动主题 Theme), a label's (时间 Time：), a unit
 * (质量部 / QA Dept.), a paragraph between a label and its value. Set
 * aside before the lines are joined, the Chinese reads as any notice. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "alloc.h"
#include "buf.h"
#include "notice-bilingual.h"

/* A text with this many English lines and two-language labels is
 * bilingual, this many of them English lines. */
#define BILINGUAL_LINES_MIN 4
#define ENGLISH_LINES_MIN 2
/* An English line tells a bilingual text with this many words at least
 * (NOTICE alone may be a seal's or a form's) */
#define SENTENCE_WORDS_MIN 3
/* A translation after " / " is looked for this far at most (bytes). */
#define TRANSLATION_MAX 400

static bool is_han(ucs4_t c)
{
	return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

/* The code point at p (not at its end) and its length; an invalid byte
 * is one byte of U+FFFD. */
static size_t char_at(const char *p, ucs4_t *c)
{
	int len = u8_strmbtouc(c, (const uint8_t *)p);
	if (len <= 0) {
		*c = 0xFFFD;
		return 1;
	}
	return (size_t)len;
}

static bool is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A line in English alone: no Han character, a word of three letters
 * at least and words_min words (of two letters or more), and no e-mail
 * address, web address or phone number (seven digits in a row), which a
 * contact's line in either language holds. */
static bool english_line(const char *s, size_t words_min)
{
	size_t letters = 0, digits = 0, words = 0;
	bool word = false;
	for (const char *p = s; *p;) {
		ucs4_t c;
		size_t len = char_at(p, &c);
		/* a web address on its own line is no translation */
		if (is_han(c) || *p == '@' || strncmp(p, "://", 3) == 0 || strncmp(p, "www.", 4) == 0)
			return false;
		letters = is_letter(*p) ? letters + 1 : 0;
		digits = *p >= '0' && *p <= '9' ? digits + 1 : 0;
		word = word || letters >= 3;
		words += letters == 2;
		if (digits >= 7)
			return false;
		p += len;
	}
	return word && words >= words_min;
}

/* A character of an English label or heading (Doc. No., E-mail, Closing
 * & Award Ceremony). */
static bool label_char(char c)
{
	return is_letter(c) || c == ' ' || c == '.' || c == '-' || c == '&' || c == '\'';
}

/* At p, a space after a Han character: the English of a label, up to
 * its colon (时间 Time：) or, ending in a point, up to a number (分机
 * Ext. 6218). The bytes to leave out, 0 if none. */
static size_t english_label(const char *p)
{
	const char *q = p;
	while (*q == ' ')
		q++;
	if (!is_letter(*q))
		return 0;
	const char *end = q;
	while (label_char(*end))
		end++;
	const char *word_end = end;
	while (word_end > q && word_end[-1] == ' ')
		word_end--;
	/* QQ：, ID： name a number's kind in both languages: no translation */
	bool word = word_end - q >= 4;
	for (const char *c = q; c < word_end && !word; c++)
		word = *c >= 'a' && *c <= 'z';
	if (!word)
		return 0;
	if (strncmp(end, "：", strlen("：")) == 0 || *end == ':')
		return (size_t)(end - p);
	if (word_end > q && word_end[-1] == '.' && end > word_end && *end >= '0' && *end <= '9')
		return (size_t)(word_end - p);
	return 0;
}

/* At p, a space after a Han character: English words ending the line
 * (一、活动主题 Theme). The bytes to leave out, 0 if none. */
static size_t english_tail(const char *p)
{
	const char *q = p;
	while (*q == ' ')
		q++;
	if (!is_letter(*q))
		return 0;
	size_t letters = 0;
	bool word = false;
	for (; *q; q++) {
		if (!label_char(*q) && *q != ',' && !(*q >= '0' && *q <= '9'))
			return 0;
		letters = is_letter(*q) ? letters + 1 : 0;
		word = word || letters >= 2;
	}
	return word ? (size_t)(q - p) : 0;
}

/* At p, a translation after a slash (质量部 / QA Dept., （竞赛 / Quiz）):
 * English to the line's end or to a closing bracket, no Han character
 * before it. The bytes to leave out (a colon ending the line stays), 0
 * if none. */
static size_t translation(const char *p)
{
	const char *q = p;
	while (*q == ' ')
		q++;
	if (*q == '/')
		q++;
	else if (strncmp(q, "／", strlen("／")) == 0)
		q += strlen("／");
	else
		return 0;
	size_t letters = 0, depth = 0;
	bool word = false;
	const char *colon = NULL;
	for (; *q && q - p < TRANSLATION_MAX;) {
		ucs4_t c;
		size_t len = char_at(q, &c);
		/* Sept. 1 (Tue.): its own brackets (made full-width by now) */
		depth += c == 0xFF08;
		if (c == 0xFF09 && depth-- == 0) /* ） */
			break;
		if (is_han(c) || *q == '@')
			return 0;
		colon = c == 0xFF1A && !q[len] ? q : NULL; /* ： at the end */
		letters = is_letter(*q) ? letters + 1 : 0;
		word = word || letters >= 2;
		q += len;
	}
	if (!word || (*q && strncmp(q, "）", strlen("）")) != 0))
		return 0;
	return (size_t)((colon ? colon : q) - p);
}

/* line without its English (caller frees), or NULL when it has none. */
static char *chinese_of(const char *line)
{
	wp_buf b = WP_BUF_INIT;
	bool han_before = false, changed = false;
	ucs4_t before = 0; /* the character before p, 0 at the start */
	for (const char *p = line; *p;) {
		size_t skip = 0;
		if (han_before && *p == ' ' && !(skip = english_label(p)))
			skip = english_tail(p);
		/* 质量部 / QA Dept., 部门／Dept.: a slash after a word, never one
		 * inside an address (http://x.cn/a); looked for once a run of
		 * spaces, at its first */
		bool after_word = han_before || before == 0xFF09; /* ） */
		if (!skip && ((*p == ' ' && before != ' ') ||
			      ((*p == '/' || strncmp(p, "／", strlen("／")) == 0) && after_word)))
			skip = translation(p);
		if (skip) {
			p += skip;
			han_before = false;
			before = 0;
			changed = true;
			continue;
		}
		ucs4_t c;
		size_t len = char_at(p, &c);
		wp_buf_append(&b, p, len);
		han_before = is_han(c);
		before = c;
		p += len;
	}
	char *out = wp_buf_take(&b);
	if (!changed) {
		free(out);
		return NULL;
	}
	return out;
}

/* Does line hold a label in both languages (时间 Time：)? */
static bool two_language_label(const char *line)
{
	bool han_before = false;
	for (const char *p = line; *p;) {
		if (han_before && *p == ' ' && english_label(p))
			return true;
		ucs4_t c;
		size_t len = char_at(p, &c);
		han_before = is_han(c);
		p += len;
	}
	return false;
}

char **wp_nbilingual_lines(char **v, size_t *n)
{
	/* a translation has sentences of its own: labels alone (联系人：张伟
	 * QQ：123) make none */
	size_t sentences = 0, labels = 0;
	for (size_t i = 0; i < *n && (sentences < ENGLISH_LINES_MIN || sentences + labels < BILINGUAL_LINES_MIN); i++) {
		if (english_line(v[i], SENTENCE_WORDS_MIN))
			sentences++;
		else
			labels += two_language_label(v[i]);
	}
	if (sentences < ENGLISH_LINES_MIN || sentences + labels < BILINGUAL_LINES_MIN)
		return v;
	size_t kept = 0;
	for (size_t i = 0; i < *n; i++) {
		if (english_line(v[i], 1)) {
			free(v[i]);
			continue;
		}
		char *chinese = chinese_of(v[i]);
		if (chinese) {
			free(v[i]);
			v[i] = chinese;
		}
		v[kept++] = v[i];
	}
	*n = kept;
	return v;
}
