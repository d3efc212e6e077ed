/* notice-str.c - the reader's helpers on UTF-8 strings (see
 * notice-text.h): searches that stay linear under the sanitizers, and
 * scans that step by whole characters, never by a fixed 3 bytes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-text.h"

const char *wp_str_find(const char *s, const char *needle)
{
	size_t n = strlen(needle);
	if (n == 0)
		return s;
	/* a CJK needle shares its lead byte with most of the text: its next
	 * two bytes are compared before strncmp is called */
	for (const char *p = strchr(s, needle[0]); p; p = strchr(p + 1, needle[0]))
		if ((n == 1 || (p[1] == needle[1] && (n == 2 || p[2] == needle[2]))) &&
		    strncmp(p, needle, n) == 0)
			return p;
	return NULL;
}

/* The first two bytes are compared before strncmp is called: most calls
 * fail there (a CJK prefix shares its lead byte with most of the text),
 * and under ASan each strncmp costs far more than the compare. */
bool wp_str_starts(const char *s, const char *prefix)
{
	if (!prefix[0])
		return true;
	if (s[0] != prefix[0])
		return false;
	if (!prefix[1])
		return true;
	return s[1] == prefix[1] && strncmp(s, prefix, strlen(prefix)) == 0;
}

bool wp_str_ends(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

size_t wp_str_char_len(const char *s)
{
	unsigned char c = (unsigned char)s[0];
	if (c < 0x80)
		return c ? 1 : 0;
	/* most of a notice: a three-byte character outside E0 and ED, whose
	 * second bytes are the only ones with further bounds */
	unsigned char c1 = (unsigned char)s[1], c2 = c1 ? (unsigned char)s[2] : 0;
	if (c >= 0xE1 && c <= 0xEF && c != 0xED && (c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80)
		return 3;
	int n = u8_mblen((const uint8_t *)s, strnlen(s, 4));
	return n > 0 ? (size_t)n : 1;
}

static size_t stop_at(const char *s, const char *const *stops)
{
	for (const char *const *st = stops; *st; st++)
		if (**st && wp_str_starts(s, *st))
			return strlen(*st);
	return 0;
}

bool wp_str_starts_any(const char *s, const char *const *set)
{
	return stop_at(s, set) > 0;
}

bool wp_str_joins_digits(const char *start, const char *at, size_t len)
{
	return at > start && at[-1] >= '0' && at[-1] <= '9' && at[len] >= '0' && at[len] <= '9';
}

size_t wp_str_span_upto(const char *s, const char *const *stops)
{
	const char *p = s;
	while (*p && !stop_at(p, stops))
		p += wp_str_char_len(p);
	return (size_t)(p - s);
}

size_t wp_str_span_of(const char *s, const char *const *set)
{
	const char *p = s;
	for (size_t n; (n = stop_at(p, set)) > 0;)
		p += n;
	return (size_t)(p - s);
}

bool wp_str_skip(const char **s, const char *lit)
{
	if (!wp_str_starts(*s, lit))
		return false;
	*s += strlen(lit);
	return true;
}

bool wp_str_ends_at(const char *start, const char *p, const char *lit)
{
	size_t n = strlen(lit);
	return (size_t)(p - start) >= n && memcmp(p - n, lit, n) == 0;
}

char *wp_str_sub(const char *s, size_t n)
{
	return wp_xstrndup(s, n);
}

static bool is_space_at(const char *s, size_t *len)
{
	if (*s == ' ' || *s == '\t') {
		*len = 1;
		return true;
	}
	if (wp_str_starts(s, "\xe3\x80\x80") || wp_str_starts(s, "\xc2\xa0")) {
		*len = (unsigned char)*s == 0xe3 ? 3 : 2;
		return true;
	}
	return false;
}

char *wp_str_nospace(const char *s)
{
	wp_buf b = WP_BUF_INIT;
	while (*s) {
		size_t len;
		if (is_space_at(s, &len)) {
			s += len;
			continue;
		}
		wp_buf_putc(&b, *s++);
	}
	return wp_buf_take(&b);
}

char *wp_str_trim_end(const char *s, const char *const *suffixes)
{
	char *out = wp_xstrdup(s);
	/* the length is kept as it shrinks: measuring out again for each
	 * suffix taken off made a long run of them (2 MiB of ，) quadratic */
	size_t n = strlen(out);
	for (bool again = true; again;) {
		again = false;
		while (n && (out[n - 1] == ' ' || out[n - 1] == '\t'))
			n--, again = true;
		if (n >= 3 && memcmp(out + n - 3, "\xe3\x80\x80", 3) == 0)
			n -= 3, again = true;
		for (const char *const *sfx = suffixes; sfx && *sfx; sfx++) {
			size_t m = strlen(*sfx);
			if (n > m && memcmp(out + n - m, *sfx, m) == 0) {
				n -= m;
				again = true;
			}
		}
	}
	out[n] = '\0';
	return out;
}

size_t wp_nesting_step(wp_nesting *n, const char *p, int *mark)
{
	static const char *const opens[] = {"“", "「", "【", "‘", "《", "（", "(", NULL};
	static const char *const closes[] = {"”", "」", "】", "’", "》", "）", ")", NULL};
	*mark = 0;
	if (*p == '"') {
		n->ascii_open = !n->ascii_open;
		*mark = n->ascii_open ? 1 : -1;
		return 1;
	}
	for (size_t k = 0; opens[k]; k++) {
		if (wp_str_starts(p, opens[k])) {
			n->depth++;
			*mark = 1;
			return strlen(opens[k]);
		}
		if (wp_str_starts(p, closes[k])) {
			n->depth -= n->depth > 0;
			*mark = -1;
			return strlen(closes[k]);
		}
	}
	return wp_str_char_len(p);
}

bool wp_nesting_outside(const wp_nesting *n)
{
	return n->depth == 0 && !n->ascii_open;
}

/* A CJK ideograph (U+4E00–U+9FFF: lead bytes E4–E9) at p? */
static bool ideograph_at(const char *p)
{
	return (unsigned char)*p >= 0xe4 && (unsigned char)*p <= 0xe9;
}

void wp_str_close_cjk_gaps(char *s)
{
	wp_nesting n = {0};
	char *out = s;
	bool after_ideograph = false;
	for (const char *p = s; *p;) {
		int mark;
		if (*p == ' ' && p[1] != ' ' && after_ideograph && ideograph_at(p + 1) && wp_nesting_outside(&n)) {
			p++;
			continue;
		}
		after_ideograph = ideograph_at(p);
		size_t len = wp_nesting_step(&n, p, &mark);
		memmove(out, p, len);
		out += len;
		p += len;
	}
	*out = '\0';
}

bool wp_str_nested_at(const char *s, const char *at)
{
	wp_nesting n = {0};
	int mark;
	for (const char *p = s; p < at && *p;)
		p += wp_nesting_step(&n, p, &mark);
	return !wp_nesting_outside(&n);
}

size_t wp_str_clause_start(const char *s, const char *at)
{
	size_t start = 0;
	for (const char *q = s; q < at && *q; q += wp_str_char_len(q))
		if (wp_str_starts(q, "，") || wp_str_starts(q, "；"))
			start = (size_t)(q - s);
	return start;
}

size_t wp_str_spaced_mobile(const char *p)
{
	static const size_t groups[] = {3, 4, 4};
	size_t at = 0;
	for (size_t g = 0; g < 3; g++) {
		if (g && p[at++] != ' ')
			return 0;
		if (strspn(p + at, "0123456789") != groups[g])
			return 0;
		at += groups[g];
	}
	return p[0] == '1' && !(p[at] >= '0' && p[at] <= '9') ? at : 0;
}

const char *wp_str_note_end(const char *p, size_t window)
{
	static const char open[] = "（", close[] = "）";
	if (!wp_str_starts(p, open))
		return NULL;
	int depth = 0;
	for (const char *q = p; *q && (size_t)(q - p) < window; q += wp_str_char_len(q)) {
		if (wp_str_starts(q, open))
			depth++;
		else if (wp_str_starts(q, close) && --depth == 0)
			return q + strlen(close);
	}
	return NULL;
}

size_t wp_str_spaced_landline(const char *p)
{
	size_t area = strspn(p, "0123456789");
	if (p[0] != '0' || area < 3 || area > 4 || p[area] != '-')
		return 0;
	const char *local = p + area + 1;
	size_t first = strspn(local, "0123456789");
	if (first < 3 || first > 4 || local[first] != ' ' || strspn(local + first + 1, "0123456789") != 4)
		return 0;
	size_t len = area + 1 + first + 1 + 4;
	return p[len] >= '0' && p[len] <= '9' ? 0 : len;
}

/* （责任部门：稽查科，时间：9月15日）: a bracket's fields may be a ，
 * apart, as a list's names are; a ， followed by a field's label and ：
 * ends the value. */
void wp_notice_cut_at_comma_label(char *v)
{
	for (char *p = v ? (char *)wp_str_find(v, "，") : NULL; p; p = (char *)wp_str_find(p + strlen("，"), "，")) {
		size_t n;
		const char *q = p + strlen("，");
		if (wp_field_label_at(q, &n) && wp_str_starts(q + n, "：")) {
			*p = '\0';
			return;
		}
	}
}
