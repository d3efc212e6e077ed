/* notice-rebreak.c - a run-on line of a notice cut back into lines: see
 * notice-rebreak.h. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-rebreak.h"
#include "notice-rebreak-cuts.h"
#include "notice-text.h"
#include "notice-words.h"
#include "text.h"

/* A line shorter than this holds no run-on notice worth cutting (a
 * heading with its paragraph is longer than most such lines). */
#define RUNON_MIN_BYTES 240
/* A quote or bracket left open this many characters is taken as a stray
 * one: the cuts resume after it. */
#define OPEN_MAX_CHARS 200

/* 1 .. 99 in ASCII digits at p, with *len its bytes; -1 if none. */
int wp_nrebreak_arabic_at(const char *p, size_t *len)
{
	if (!wp_nrebreak_digit(p[0]) || p[0] == '0')
		return -1;
	*len = wp_nrebreak_digit(p[1]) ? 2 : 1;
	return wp_nrebreak_digit(p[*len]) ? -1 : atoi(p);
}

/* A character that may not follow a marker: a numeral or a digit, as in
 * 一、二、三等奖 or 1.5万元. */
static bool numeral_follows(const char *p)
{
	size_t n;
	/* 1.2026年…安排表: a title opening with a year follows the number */
	bool year = wp_nrebreak_digit(p[0]) && wp_nrebreak_digit(p[1]) && wp_nrebreak_digit(p[2]) &&
		    wp_nrebreak_digit(p[3]) && wp_str_starts(p + 4, "年");
	return (wp_nrebreak_digit(*p) && !year) || wp_cn_number(p, &n) > 0;
}

/* The outline marker at p (一、 （一） （1） 1. 1、 1． ①), into *m. */
static bool marker_at(const char *p, struct wp_nrebreak_mark *m)
{
	size_t n;
	int v;
	if (wp_str_starts(p, "（")) {
		const char *q = p + strlen("（");
		if ((v = wp_cn_number(q, &n)) > 0 && wp_str_starts(q + n, "）"))
			m->kind = WP_NREBREAK_PAREN_CN;
		else if ((v = wp_nrebreak_arabic_at(q, &n)) > 0 && wp_str_starts(q + n, "）"))
			m->kind = WP_NREBREAK_PAREN_AR;
		else
			return false;
		m->len = (size_t)(q + n - p) + strlen("）");
	} else if ((v = wp_cn_number(p, &n)) > 0 && wp_str_starts(p + n, "、")) {
		m->kind = WP_NREBREAK_TOP;
		m->len = n + strlen("、");
	} else if ((v = wp_nrebreak_arabic_at(p, &n)) > 0 &&
		   (p[n] == '.' || wp_str_starts(p + n, "．") || wp_str_starts(p + n, "、"))) {
		m->kind = WP_NREBREAK_ARABIC;
		m->len = n + (p[n] == '.' ? 1 : 3);
	} else if ((unsigned char)p[0] == 0xe2 && (unsigned char)p[1] == 0x91 &&
		   (unsigned char)p[2] >= 0xa0 && (unsigned char)p[2] <= 0xb3) { /* ①..⑳ */
		m->kind = WP_NREBREAK_CIRCLED;
		v = (unsigned char)p[2] - 0xa0 + 1;
		m->len = 3;
	} else if ((unsigned char)p[0] == 0xe2 && (unsigned char)p[1] == 0x9d &&
		   (unsigned char)p[2] >= 0xb6 && (unsigned char)p[2] <= 0xbf) { /* ❶..❿ */
		m->kind = WP_NREBREAK_CIRCLED;
		v = (unsigned char)p[2] - 0xb6 + 1;
		m->len = 3;
	} else {
		return false;
	}
	if (numeral_follows(p + m->len))
		return false;
	m->value = v;
	return true;
}

/* ---- quotes and brackets ------------------------------------------------------ */

static const char *const openers[] = {"“", "《", "（", "【", "「", "『", "〔", "[", NULL};
static const char *const closers[] = {"”", "》", "）", "】", "」", "』", "〕", "]", NULL};


/* Steps the depth over the character at p. */
void wp_nrebreak_depth_step(struct wp_nrebreak_depth *d, const char *p)
{
	if (wp_str_starts_any(p, openers) && d->open++ == 0)
		d->since = 0;
	else if (d->open && wp_str_starts_any(p, closers))
		d->open--;
	if (d->open && ++d->since > OPEN_MAX_CHARS)
		d->open = 0;
}

/* A character after which a line may begin: a space, the end of a
 * sentence or clause. */
bool wp_nrebreak_ends_before(const char *p)
{
	static const char *const ends[] = {"。", "；", "！", "？", NULL};
	return wp_nrebreak_space_at(p) || wp_str_starts_any(p, ends);
}

/* ---- pass one: the markers, and which run in sequence ----------------------- */

static void marks_push(struct wp_nrebreak_marks *ms, const struct wp_nrebreak_mark *m)
{
	if (ms->n == ms->cap)
		ms->v = wp_xrealloc(ms->v, (ms->cap = ms->cap ? ms->cap * 2 : 16) * sizeof *ms->v);
	ms->v[ms->n++] = *m;
}

/* The markers of line that open a line of their own: at its start or
 * after a space or a sentence's end (or a colon, for 1. and ①: 附件：1．…),
 * outside quotes and brackets. */
static void find_marks(const char *line, struct wp_nrebreak_marks *ms)
{
	struct wp_nrebreak_depth d = {0, 0};
	bool after_end = true, after_colon = false;
	for (const char *p = line; *p;) {
		struct wp_nrebreak_mark m;
		if (!d.open && (after_end || after_colon) && marker_at(p, &m) &&
		    (after_end || m.kind == WP_NREBREAK_ARABIC || m.kind == WP_NREBREAK_CIRCLED)) {
			m.at = (size_t)(p - line);
			m.next = 0;
			m.spaced = p > line && p[-1] == ' ';
			marks_push(ms, &m);
		}
		after_end = wp_nrebreak_ends_before(p);
		after_colon = wp_str_starts(p, "：");
		wp_nrebreak_depth_step(&d, p);
		p += wp_str_char_len(p);
	}
	int next[WP_NREBREAK_KINDS] = {0};
	for (size_t i = ms->n; i-- > 0;) {
		ms->v[i].next = next[ms->v[i].kind];
		next[ms->v[i].kind] = ms->v[i].value;
	}
}

/* Keeps the markers that run in sequence: a 1 followed (in its kind) by a
 * 2, then each next number; a marker of a level resets the levels below.
 * Returns how many top markers (一、 or （一）) after a space are kept. */
static size_t keep_sequences(struct wp_nrebreak_marks *ms)
{
	int expect[WP_NREBREAK_KINDS];
	for (int k = 0; k < WP_NREBREAK_KINDS; k++)
		expect[k] = 1;
	size_t kept = 0, tops = 0;
	for (size_t i = 0; i < ms->n; i++) {
		struct wp_nrebreak_mark m = ms->v[i];
		/* the next in order, or a number whose next follows (a
		 * list met again after its heading was lost: （三） （四）) */
		bool ok = m.value == 1 ? m.next == 2 : m.value == expect[m.kind] || m.next == m.value + 1;
		if (!ok)
			continue;
		expect[m.kind] = m.value + 1;
		for (int k = (int)m.kind + 1; k < WP_NREBREAK_KINDS; k++)
			expect[k] = 1;
		/* a notice's own line may run （一）…；（二）… on: only a
		 * space before them tells the lines were joined */
		tops += m.kind <= WP_NREBREAK_PAREN_CN && m.spaced;
		ms->v[kept++] = m;
	}
	ms->n = kept;
	return tops;
}

/* ---- the lines ---------------------------------------------------------------- */

struct lines {
	char **v;
	size_t n, cap;
};

static void lines_push(struct lines *l, char *s)
{
	if (l->n == l->cap)
		l->v = wp_xrealloc(l->v, (l->cap = l->cap ? l->cap * 2 : 64) * sizeof *l->v);
	l->v[l->n++] = s;
}

/* line[from..to) without its spaces at either end, as a line if any is left. */
static void push_piece(struct lines *out, const char *line, size_t from, size_t to)
{
	while (from < to && wp_nrebreak_space_at(line + from))
		from += wp_nrebreak_space_at(line + from);
	while (to > from && line[to - 1] == ' ')
		to--;
	if (to > from)
		lines_push(out, wp_str_sub(line + from, to - from));
}

/* How many sentences end with a space after them (。 X): no line of a
 * notice holds one, a run-on copy one at every paragraph's end. */
static size_t spaced_ends(const char *line)
{
	size_t n = 0;
	for (const char *p = line; *p; p += wp_str_char_len(p))
		if (wp_str_starts(p, "。") && p[strlen("。")] == ' ' && p[strlen("。") + 1] &&
		    p[strlen("。") + 1] != ' ')
			n++;
	return n;
}

static int by_offset(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* Cuts line into out if it runs on; false (out untouched) if not. */
static bool rebreak(const char *line, struct lines *out)
{
	if (strlen(line) < RUNON_MIN_BYTES)
		return false;
	struct wp_nrebreak_marks ms = {0};
	find_marks(line, &ms);
	if (keep_sequences(&ms) < 2 && spaced_ends(line) < 2) {
		free(ms.v);
		return false;
	}
	struct wp_nrebreak_cuts c = {0};
	wp_nrebreak_find_cuts(line, &ms, &c);
	if (c.n > 1) /* qsort takes no NULL array, even of none */
		qsort(c.at, c.n, sizeof *c.at, by_offset);
	size_t from = 0;
	for (size_t i = 0; i < c.n; i++) {
		push_piece(out, line, from, c.at[i]);
		from = c.at[i];
	}
	push_piece(out, line, from, strlen(line));
	free(c.at);
	free(ms.v);
	return true;
}

char **wp_nrebreak_lines(char **v, size_t *n)
{
	struct lines out = {0};
	for (size_t i = 0; i < *n; i++) {
		if (rebreak(v[i], &out))
			free(v[i]);
		else
			lines_push(&out, v[i]);
	}
	free(v);
	*n = out.n;
	if (!out.v) /* no line at all: an empty array all the same */
		out.v = wp_xmalloc(sizeof *out.v);
	return out.v;
}
