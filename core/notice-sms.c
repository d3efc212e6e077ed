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

struct series {
	size_t first;	       /* the paragraph of the first part */
	bool *drop;	       /* t->n flags: the other parts' paragraphs */
};

static bool dropped(struct reader *r, size_t i, void *state)
{
	(void)r;
	const struct series *s = state;
	return s->drop[i];
}

void wp_notice_join_sms_parts(struct reader *r)
{
	const char *sig = NULL;
	size_t sig_len = 0, at[MAX_PARTS + 1] = {0};
	bool have[MAX_PARTS + 1] = {false};
	int whole = 0, found = 0;
	struct series s = {.first = r->t.n, .drop = wp_xcalloc(r->t.n ? r->t.n : 1, sizeof *s.drop)};
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *para = r->t.para[i], *from, *to;
		size_t len = signature_len(para);
		int k, n;
		if (!len || !part_of(para, len, &k, &n, &from, &to))
			continue;
		if (!sig) {
			sig = para, sig_len = len, whole = n, s.first = i;
		} else if (n != whole || len != sig_len || strncmp(para, sig, len) != 0) {
			continue; /* a message of another series */
		}
		if (have[k]) { /* (2/4) again: the platform sent it twice */
			s.drop[i] = true;
			continue;
		}
		have[k] = true, at[k] = i, found++;
		s.drop[i] = i != s.first;
	}
	if (!sig || found != whole) {
		free(s.drop);
		return;
	}
	wp_buf joined = WP_BUF_INIT;
	wp_buf_append(&joined, sig, sig_len);
	for (int k = 1; k <= whole; k++) {
		const char *from, *to;
		int kk, n;
		part_of(r->t.para[at[k]], sig_len, &kk, &n, &from, &to);
		wp_buf_append(&joined, from, (size_t)(to - from));
	}
	free(r->t.para[s.first]);
	r->t.para[s.first] = wp_buf_take(&joined);
	s.drop[s.first] = false;
	wp_notice_drop_paras(r, dropped, &s);
	free(s.drop);
}
