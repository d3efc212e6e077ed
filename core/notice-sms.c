/* notice-sms.c - a long message a government SMS platform cut into parts,
 * copied one after another: each part opens with the sender's signature
 * (【梓溪镇人民政府】) and carries its counter, (1/4) … (4/4), at its end or
 * right after the signature. The platform cut at a fixed length, so a
 * sentence, a date (9月1 | 5日) or a number runs on from one part into the
 * next; a part may arrive twice. The parts are joined, in their counter's
 * order, into the one message they were, the signature once before it;
 * what follows the series (a 更正 sent later) stays as it came. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-heading.h"
#include "notice-outline.h"
#include "notice-reader.h"
#include "text.h"

/* the most parts a series is read in; more is a text of another kind */
enum { MAX_PARTS = 16, SIGNATURE_CHARS = 24 };

/* The bytes of the signature opening para (【X】, X short), 0 if none. */
static size_t signature_len(const char *para)
{
	if (!wp_str_starts(para, "【"))
		return 0;
	const char *close = wp_str_find(para, "】");
	if (!close || wp_text_width_n(para, (size_t)(close - para)) > 2 * SIGNATURE_CHARS)
		return 0;
	return (size_t)(close - para) + strlen("】");
}

/* The counter (k/n) or （k/n） at p: k and n, its bytes; 0 if none. */
static size_t counter_at(const char *p, int *k, int *n)
{
	const char *q = p;
	bool wide = wp_str_skip(&q, "（");
	if (!wide && !wp_str_skip(&q, "("))
		return 0;
	char *end;
	long part = strtol(q, &end, 10);
	if (end == q || *end != '/')
		return 0;
	q = end + 1;
	long whole = strtol(q, &end, 10);
	if (end == q || !(wide ? wp_str_starts(end, "）") : *end == ')'))
		return 0;
	if (part < 1 || whole < 2 || part > whole || whole > MAX_PARTS)
		return 0;
	*k = (int)part;
	*n = (int)whole;
	return (size_t)(end - p) + (wide ? strlen("）") : 1);
}

/* Paragraph para as a part: its counter (at its end, or right after the
 * signature) and the text between, [*from, *to). False if it is none. */
static bool part_of(const char *para, size_t sig, int *k, int *n, const char **from, const char **to)
{
	const char *body = para + sig, *end = para + strlen(para);
	size_t len = counter_at(body, k, n);
	if (len) {
		*from = body + len, *to = end;
		return true;
	}
	/* (1/4) closing the part: looked for in its last bytes */
	for (const char *p = end; p > body && end - p <= 16; p--)
		if ((*p == '(' || wp_str_starts(p, "（")) && (len = counter_at(p, k, n)) && p + len == end) {
			*from = body, *to = p;
			return true;
		}
	return false;
}

/* Where the k-th part after the first opens inside a paragraph (the
 * text decoder ran a part cut mid-sentence on into the next): a
 * signature with its counter right after it (【X】(2/2)3点，…) or right
 * before it (…(1/2)【X】…), past the paragraph's start. */
static const char *inner_part(const char *from, int k)
{
	(void)k;
	for (const char *p = wp_str_find(from + 1, "【"); p; p = wp_str_find(p + strlen("【"), "【")) {
		size_t sig = signature_len(p);
		int part, whole;
		if (sig && counter_at(p + sig, &part, &whole))
			return p;
		for (const char *q = p; sig && q > from && p - q <= 16; q--)
			if ((*q == '(' || wp_str_starts(q, "（")) && counter_at(q, &part, &whole) &&
			    q + counter_at(q, &part, &whole) == p)
				return p;
	}
	return NULL;
}

/* Each part run on into a paragraph with another made a paragraph of its
 * own again. */
static void split_run_on_parts(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		if (!signature_len(r->t.para[i]))
			continue;
		size_t cuts = wp_outline_count_cuts(r->t.para[i], inner_part);
		if (cuts > MAX_PARTS)
			continue;
		wp_outline_split_at_cuts(&r->t, i, cuts, inner_part);
		i += cuts;
	}
}

struct series {
	bool *drop; /* t->n flags: the other parts' paragraphs */
};

static bool dropped(struct reader *r, size_t i, void *state)
{
	(void)r;
	const struct series *s = state;
	return s->drop[i];
}

/* The signature para opens with, when it signs a message: not an item's
 * bracketed name (【活动二】X). */
static size_t message_signature(const char *para)
{
	int n;
	size_t len = signature_len(para);
	return len && !wp_heading_item(para, &n) && !wp_heading_bracketed(para) ? len : 0;
}

/* Joins the series signed sig (len bytes) that opens at paragraph first:
 * its parts from there on, up to a part numbered again with other text (a
 * later message of the same length). True when all its parts were there. */
static bool join_series(struct reader *r, size_t first, size_t sig_len)
{
	const char *sig = r->t.para[first], *from, *to;
	size_t at[MAX_PARTS + 1] = {0};
	bool have[MAX_PARTS + 1] = {false};
	int k, whole = 0, n, found = 0;
	struct series s = {.drop = wp_xcalloc(r->t.n, sizeof *s.drop)};
	part_of(sig, sig_len, &k, &whole, &from, &to);
	for (size_t i = first; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *para = r->t.para[i];
		if (message_signature(para) != sig_len || strncmp(para, sig, sig_len) != 0 ||
		    !part_of(para, sig_len, &k, &n, &from, &to) || n != whole)
			continue;
		if (have[k]) {
			/* (2/4) again: sent twice when the same, else a message of
			 * its own after the series */
			if (strcmp(para, r->t.para[at[k]]) != 0)
				break;
			s.drop[i] = true;
			continue;
		}
		have[k] = true, at[k] = i, found++;
		s.drop[i] = i != first;
		if (found == whole)
			break;
	}
	bool all = found == whole;
	if (all) {
		wp_buf joined = WP_BUF_INIT;
		wp_buf_append(&joined, sig, sig_len);
		for (int part = 1; part <= whole; part++) {
			part_of(r->t.para[at[part]], sig_len, &k, &n, &from, &to);
			wp_buf_append(&joined, from, (size_t)(to - from));
		}
		free(r->t.para[first]);
		r->t.para[first] = wp_buf_take(&joined);
		wp_notice_drop_paras(r, dropped, &s);
	}
	free(s.drop);
	return all;
}

/* the most series looked at in one text */
enum { MAX_SERIES = 4 };

void wp_notice_join_sms_parts(struct reader *r)
{
	split_run_on_parts(r);
	size_t tried = 0;
	for (size_t i = 0; i < r->t.n && tried < MAX_SERIES && wp_notice_step(r, 1); i++) {
		const char *para = r->t.para[i], *from, *to;
		size_t len = message_signature(para);
		int k, n;
		/* a series is joined from its first part */
		if (!len || !part_of(para, len, &k, &n, &from, &to) || k != 1)
			continue;
		tried++;
		join_series(r, i, len);
	}
}
