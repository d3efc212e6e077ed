/* notice-footnotes.c - a page's footnotes in a copy of a printed notice:
 * see notice-footnotes.h. */
#include "config.h"

#include <string.h>

#include "notice-footnotes.h"
#include "notice-heading.h"
#include "notice-words.h"
#include "text.h"

/* The circled number at p (① … ⑳, ❶, ⓵ …: wp_heading_circled's), 1..20,
 * its bytes in *len; 0 if none. */
static int circled_at(const char *p, size_t *len)
{
	const char *after;
	if ((unsigned char)*p < 0x80)
		return 0; /* no look-up for the ASCII of a line */
	int n = wp_heading_circled(p, &after);
	if (n < 1 || n > 20)
		return 0;
	*len = wp_str_char_len(p);
	return n;
}

/* Does the character ending just before at (in s) end a word a note may
 * be marked on: an ideograph, a closing quote or bracket? */
static bool word_before(const char *s, const char *at)
{
	if (at - s < 3)
		return false;
	unsigned char lead = (unsigned char)at[-3];
	for (const char *const *c = wp_words(WP_WORDS_WORD_CLOSER); *c; c++)
		if (strlen(*c) == 3 && memcmp(at - 3, *c, 3) == 0)
			return true;
	return lead >= 0xe4 && lead <= 0xe9;
}

void wp_nfoot_see(struct wp_nfoot *f, const char *p, wp_nline_work *work)
{
	size_t len;
	for (const char *q = p; *q && wp_nline_step(work, 1); q += wp_str_char_len(q)) {
		int n = circled_at(q, &len);
		if (n && word_before(p, q))
			f->refs |= 1u << (n - 1);
	}
}

/* Does a note's text say what its word means: 指…, 健康小屋：指…, X是指…
 * (within its first words)? */
static bool defines(const char *text, wp_nline_work *work)
{
	if (wp_str_starts(text, "指"))
		return true;
	for (size_t i = 0; i < 60 && text[i] && wp_nline_step(work, 1); i++)
		if (wp_word_at(text + i, WP_WORDS_NOTE_DEFINES))
			return true;
	return false;
}

bool wp_nfoot_skip(struct wp_nfoot *f, const char *p, bool after_blank, wp_nline_work *work)
{
	if (!*p) {
		f->in_note = false; /* a blank line ends a note */
		return false;
	}
	/* ①…, then ②… on the next line: a note of its own */
	size_t len;
	int n = circled_at(p, &len);
	if (n && (after_blank || f->in_note) && (f->refs & (1u << (n - 1)))) {
		const char *text = p + len;
		while (*text == ' ' || wp_str_starts(text, "\xe3\x80\x80"))
			text += *text == ' ' ? 1 : 3;
		if (defines(text, work)) {
			f->in_note = true;
			f->dropped |= 1u << (n - 1);
			return true;
		}
	}
	/* 三、工作要求 right under a note: the text again */
	if (f->in_note && wp_nline_starts_structure(p, work))
		f->in_note = false;
	return f->in_note; /* the note's own line goes on */
}

void wp_nfoot_end_note(struct wp_nfoot *f)
{
	f->in_note = false;
}

void wp_nfoot_strip(const struct wp_nfoot *f, wp_ntext *t, wp_nline_work *work)
{
	if (!f->dropped)
		return;
	for (size_t i = 0; i < t->n; i++) {
		/* compacted in place: what is before out is the text so far */
		char *s = t->para[i], *out = s;
		size_t len;
		for (const char *q = s; *q;) {
			int n = circled_at(q, &len);
			if (wp_nline_step(work, 1) && n && (f->dropped & (1u << (n - 1))) && word_before(s, out)) {
				q += len;
				continue;
			}
			*out++ = *q++;
		}
		*out = '\0';
	}
}
