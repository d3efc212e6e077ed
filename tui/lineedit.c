/* lineedit.c - the one-line editor's text, cursor and sideways view. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include <uniwidth.h>

#include "alloc.h"
#include "lineedit.h"

void lineedit_init(struct lineedit *e, const char *text, size_t max)
{
	size_t n = text ? strlen(text) : 0;
	e->cap = n + 64;
	e->text = wp_xmalloc(e->cap);
	memcpy(e->text, text ? text : "", n + 1);
	e->len = e->cursor = n;
	e->first = 0;
	e->max = max;
}

void lineedit_free(struct lineedit *e)
{
	free(e->text);
	e->text = NULL;
	e->len = e->cap = e->cursor = e->first = 0;
}

const char *lineedit_text(const struct lineedit *e)
{
	return e->text;
}

/* Bytes of the character at i (an invalid byte counts as one). */
static size_t char_len(const struct lineedit *e, size_t i)
{
	ucs4_t uc;
	return i < e->len ? (size_t)u8_mbtouc(&uc, (const uint8_t *)e->text + i, e->len - i) : 0;
}

/* The start of the character before i. */
static size_t char_before(const struct lineedit *e, size_t i)
{
	for (size_t k = 1; k <= 4 && k <= i; k++)
		if (((unsigned char)e->text[i - k] & 0xc0) != 0x80)
			return char_len(e, i - k) == k ? i - k : i - 1;
	return i ? i - 1 : 0;
}

/* Columns of the character at i (0 at the end of the text). */
static int char_cols(const struct lineedit *e, size_t i)
{
	if (i >= e->len)
		return 0;
	ucs4_t uc;
	u8_mbtouc(&uc, (const uint8_t *)e->text + i, e->len - i);
	int w = uc_width(uc, "UTF-8");
	return w < 0 ? 0 : w;
}

/* Columns of the text between byte offsets a and b. */
static int span_cols(const struct lineedit *e, size_t a, size_t b)
{
	int cols = 0;
	for (size_t i = a; i < b; i += char_len(e, i))
		cols += char_cols(e, i);
	return cols;
}

static void remove_span(struct lineedit *e, size_t a, size_t b)
{
	memmove(e->text + a, e->text + b, e->len - b + 1);
	e->len -= b - a;
	e->cursor = a;
	if (e->first > a)
		e->first = a;
}

bool lineedit_insert(struct lineedit *e, uint32_t uc)
{
	uint8_t bytes[6];
	if (uc < 0x20 || (uc >= 0x7f && uc < 0xa0))
		return false;
	int n = u8_uctomb(bytes, uc, (int)sizeof bytes);
	if (n <= 0 || (e->max && e->len + (size_t)n > e->max))
		return false;
	if (e->len + (size_t)n + 1 > e->cap) {
		e->cap = (e->len + (size_t)n + 1) * 2;
		e->text = wp_xrealloc(e->text, e->cap);
	}
	memmove(e->text + e->cursor + n, e->text + e->cursor, e->len - e->cursor + 1);
	memcpy(e->text + e->cursor, bytes, (size_t)n);
	e->len += (size_t)n;
	e->cursor += (size_t)n;
	return true;
}

bool lineedit_backspace(struct lineedit *e)
{
	if (e->cursor == 0)
		return false;
	remove_span(e, char_before(e, e->cursor), e->cursor);
	return true;
}

bool lineedit_delete(struct lineedit *e)
{
	if (e->cursor == e->len)
		return false;
	remove_span(e, e->cursor, e->cursor + char_len(e, e->cursor));
	return true;
}

bool lineedit_left(struct lineedit *e)
{
	if (e->cursor == 0)
		return false;
	e->cursor = char_before(e, e->cursor);
	return true;
}

bool lineedit_right(struct lineedit *e)
{
	if (e->cursor == e->len)
		return false;
	e->cursor += char_len(e, e->cursor);
	return true;
}

bool lineedit_home(struct lineedit *e)
{
	bool moved = e->cursor != 0;
	e->cursor = 0;
	return moved;
}

bool lineedit_end(struct lineedit *e)
{
	bool moved = e->cursor != e->len;
	e->cursor = e->len;
	return moved;
}

bool lineedit_kill_to_end(struct lineedit *e)
{
	if (e->cursor == e->len)
		return false;
	size_t at = e->cursor;
	remove_span(e, at, e->len);
	return true;
}

bool lineedit_kill_to_start(struct lineedit *e)
{
	if (e->cursor == 0)
		return false;
	remove_span(e, 0, e->cursor);
	return true;
}

void lineedit_view(struct lineedit *e, int width, struct lineedit_view *v)
{
	if (width < 1)
		width = 1;
	/* The cursor's cell: the whole character under it, or one column at
	 * the end of the text. */
	int cell = char_cols(e, e->cursor) > 1 ? char_cols(e, e->cursor) : 1;
	if (e->cursor < e->first)
		e->first = e->cursor;
	int before = span_cols(e, e->first, e->cursor);
	while (e->first < e->cursor && before + cell > width) {
		before -= char_cols(e, e->first);
		e->first += char_len(e, e->first);
	}
	/* Scroll back while the rest of the text fits, so that a view of a
	 * shortened text shows no blank where hidden text could be. */
	int tail = span_cols(e, e->first, e->len) + (e->cursor == e->len);
	while (e->first > 0) {
		size_t p = char_before(e, e->first);
		int w = char_cols(e, p);
		if (tail + w > width)
			break;
		tail += w;
		before += w;
		e->first = p;
	}
	size_t end = e->first;
	int used = 0;
	while (end < e->len && used + char_cols(e, end) <= width) {
		used += char_cols(e, end);
		end += char_len(e, end);
	}
	v->text = e->text + e->first;
	v->len = end - e->first;
	v->cursor_col = before;
}

/* ---- words ------------------------------------------------------------------ */

static bool is_separator(ucs4_t uc)
{
	if (uc < 0x80)
		return !((uc >= '0' && uc <= '9') || (uc >= 'a' && uc <= 'z') ||
			 (uc >= 'A' && uc <= 'Z') || uc == '_');
	/* CJK symbols and punctuation (、。〔〕《》), full-width forms' ASCII
	 * punctuation (，：；（）), the ideographic space. */
	return (uc >= 0x3000 && uc <= 0x303f) || (uc >= 0xff01 && uc <= 0xff0f) ||
	       (uc >= 0xff1a && uc <= 0xff20) || (uc >= 0xff3b && uc <= 0xff40) ||
	       (uc >= 0xff5b && uc <= 0xff65) || (uc >= 0x2010 && uc <= 0x206f);
}

static bool separator_at(const struct lineedit *e, size_t i)
{
	ucs4_t uc;
	u8_mbtouc(&uc, (const uint8_t *)e->text + i, e->len - i);
	return is_separator(uc);
}

/* The start of the word before i (skipping separators first). */
static size_t word_start_before(const struct lineedit *e, size_t i)
{
	while (i > 0 && separator_at(e, char_before(e, i)))
		i = char_before(e, i);
	while (i > 0 && !separator_at(e, char_before(e, i)))
		i = char_before(e, i);
	return i;
}

bool lineedit_word_left(struct lineedit *e)
{
	size_t to = word_start_before(e, e->cursor);
	bool moved = to != e->cursor;
	e->cursor = to;
	return moved;
}

bool lineedit_word_right(struct lineedit *e)
{
	size_t i = e->cursor;
	while (i < e->len && separator_at(e, i))
		i += char_len(e, i);
	while (i < e->len && !separator_at(e, i))
		i += char_len(e, i);
	bool moved = i != e->cursor;
	e->cursor = i;
	return moved;
}

bool lineedit_kill_word_before(struct lineedit *e)
{
	size_t from = word_start_before(e, e->cursor);
	if (from == e->cursor)
		return false;
	remove_span(e, from, e->cursor);
	return true;
}

/* ---- paste and whole text ----------------------------------------------------------- */

bool lineedit_insert_text(struct lineedit *e, const char *text)
{
	bool any = false;
	const uint8_t *p = (const uint8_t *)text;
	size_t n = strlen(text);
	while (n) {
		ucs4_t uc;
		int k = u8_mbtouc(&uc, p, n);
		if (uc == '\n' || uc == '\r' || uc == '\t')
			uc = ' ';
		/* An invalid byte (0xfffd) is dropped rather than stored; what
		 * would pass max is left out. */
		if (uc != 0xfffd && lineedit_insert(e, uc))
			any = true;
		p += k;
		n -= (size_t)k;
	}
	return any;
}

void lineedit_set(struct lineedit *e, const char *text)
{
	size_t n = strlen(text);
	if (n + 1 > e->cap) {
		e->cap = n + 64;
		e->text = wp_xrealloc(e->text, e->cap);
	}
	memcpy(e->text, text, n + 1);
	e->len = e->cursor = n;
	e->first = 0;
}

/* ---- history ------------------------------------------------------------------- */

void lineedit_history_add(struct lineedit_history *h, const char *text)
{
	if (!text || !*text || (h->n && strcmp(h->items[h->n - 1], text) == 0))
		return;
	if (h->n == LINEEDIT_HISTORY_MAX) {
		free(h->items[0]);
		memmove(h->items, h->items + 1, sizeof *h->items * (size_t)(h->n - 1));
		h->n--;
	}
	h->items[h->n++] = wp_xstrdup(text);
}

void lineedit_history_free(struct lineedit_history *h)
{
	for (int i = 0; i < h->n; i++)
		free(h->items[i]);
	h->n = 0;
}

void lineedit_browse_start(struct lineedit_browse *b, struct lineedit_history *h)
{
	b->h = h;
	b->pos = h ? h->n : 0;
	b->draft = NULL;
}

bool lineedit_history_up(struct lineedit *e, struct lineedit_browse *b)
{
	if (!b->h || b->pos == 0)
		return false;
	if (b->pos == b->h->n) {
		free(b->draft);
		b->draft = wp_xstrdup(lineedit_text(e));
	}
	lineedit_set(e, b->h->items[--b->pos]);
	return true;
}

bool lineedit_history_down(struct lineedit *e, struct lineedit_browse *b)
{
	if (!b->h || b->pos >= b->h->n)
		return false;
	b->pos++;
	lineedit_set(e, b->pos == b->h->n ? (b->draft ? b->draft : "") : b->h->items[b->pos]);
	return true;
}

void lineedit_browse_end(struct lineedit_browse *b)
{
	free(b->draft);
	b->draft = NULL;
}
