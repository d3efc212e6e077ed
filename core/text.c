#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include <uniwidth.h>

#include "alloc.h"
#include "i18n-core.h"
#include "text.h"

static const char ellipsis[] = "\xe2\x80\xa6"; /* U+2026, one column */

bool wp_text_is_utf8(const char *s, size_t n)
{
	return u8_check((const uint8_t *)s, n) == NULL;
}

bool wp_text_forbidden(uint32_t uc)
{
	return uc < 0x20 || (uc >= 0x7f && uc <= 0x9f) || (uc >= 0x202a && uc <= 0x202e) ||
	       (uc >= 0x2066 && uc <= 0x2069);
}

int wp_text_check(const char *s, const char *what, int flags, wp_err *err)
{
	if (!s)
		return 0;
	size_t n = strlen(s);
	if (n > WP_TEXT_MAX)
		return wp_err_set(err, WP_TR("%s is too long (%zu bytes, at most %d)"), what, n,
				  WP_TEXT_MAX);
	if (!wp_text_is_utf8(s, n))
		return wp_err_set(err, WP_TR("%s is not valid UTF-8"), what);
	const uint8_t *p = (const uint8_t *)s;
	while (*p) {
		ucs4_t uc;
		p += u8_strmbtouc(&uc, p); /* valid: checked above */
		bool allowed = (flags & WP_TEXT_MULTI_LINE) && (uc == '\n' || uc == '\t');
		if (!wp_text_forbidden(uc) || allowed)
			continue;
		if (uc < 0x80)
			return wp_err_set(err, WP_TR("%s contains a control character (0x%02x)"), what,
					  (unsigned)uc);
		return wp_err_set(err,
				  uc > 0x9f ? WP_TR("%s contains a bidirectional control character (U+%04X)")
					    : WP_TR("%s contains a control character (U+%04X)"),
				  what, (unsigned)uc);
	}
	return 0;
}

/* The escape of one character for how, or NULL when it goes as it is. */
static const char *escape_of(ucs4_t uc, enum wp_text_escape how, char *buf, size_t size)
{
	if (how == WP_ESCAPE_TSV) {
		const char *tsv = uc == '\t'   ? "\\t"
				  : uc == '\n' ? "\\n"
				  : uc == '\r' ? "\\r"
				  : uc == '\\' ? "\\\\"
						: NULL;
		if (tsv)
			return tsv;
	}
	if (!wp_text_forbidden(uc) || uc == '\n' || uc == '\t')
		return NULL;
	snprintf(buf, size, how == WP_ESCAPE_TEXT ? "<U+%04X>" : "\\u%04x", (unsigned)uc);
	return buf;
}

void wp_text_put_escaped(wp_buf *b, const char *s, enum wp_text_escape how)
{
	const uint8_t *p = (const uint8_t *)s, *run = p; /* run: not yet appended */
	while (*p) {
		ucs4_t uc;
		int len = u8_strmbtouc(&uc, p);
		char buf[16];
		const char *esc = len > 0 ? escape_of(uc, how, buf, sizeof buf) : "\xef\xbf\xbd";
		if (esc) {
			wp_buf_append(b, (const char *)run, (size_t)(p - run));
			wp_buf_puts(b, esc);
		}
		p += len > 0 ? len : 1;
		if (esc)
			run = p;
	}
	wp_buf_append(b, (const char *)run, (size_t)(p - run));
}

static int char_width(ucs4_t uc)
{
	int w = uc_width(uc, "UTF-8");
	return w < 0 ? 0 : w;
}

int wp_text_width_n(const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	int width = 0;
	while (p < end) {
		ucs4_t uc;
		int len = u8_mbtouc(&uc, p, (size_t)(end - p));
		if (len <= 0) {
			p++;
			continue;
		}
		/* an invalid or cut-short sequence reads as U+FFFD: it counts
		 * nothing, as in wp_text_width; a real U+FFFD is EF BF BD */
		bool invalid = uc == 0xfffd && !(len == 3 && p[0] == 0xef && p[1] == 0xbf && p[2] == 0xbd);
		width += invalid ? 0 : char_width(uc);
		p += len;
	}
	return width;
}

int wp_text_width(const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	int width = 0;
	while (*p) {
		ucs4_t uc;
		int len = u8_strmbtouc(&uc, p);
		if (len <= 0) { /* invalid byte: skip it, count nothing */
			p++;
			continue;
		}
		width += char_width(uc);
		p += len;
	}
	return width;
}

int wp_text_put_fit(wp_buf *b, const char *s, int width)
{
	if (width <= 0)
		return 0;
	int total = wp_text_width(s);
	if (total <= width) {
		wp_buf_puts(b, s);
		return total;
	}
	/* Keep one column for the ellipsis. */
	const uint8_t *p = (const uint8_t *)s;
	int used = 0;
	while (*p) {
		ucs4_t uc;
		int len = u8_strmbtouc(&uc, p);
		if (len <= 0) {
			p++;
			continue;
		}
		int w = char_width(uc);
		if (used + w > width - 1)
			break;
		wp_buf_append(b, (const char *)p, (size_t)len);
		used += w;
		p += len;
	}
	wp_buf_puts(b, ellipsis);
	return used + 1;
}

size_t wp_text_prefix_bytes(const char *s, int width)
{
	const uint8_t *start = (const uint8_t *)s, *p = start;
	int used = 0;
	while (*p) {
		ucs4_t uc;
		int len = u8_strmbtouc(&uc, p);
		if (len <= 0)
			len = 1, uc = 0xfffd;
		int w = char_width(uc);
		if (used + w > width)
			break;
		used += w;
		p += len;
	}
	return (size_t)(p - start);
}

void wp_text_put_padded(wp_buf *b, const char *s, int width)
{
	int used = wp_text_put_fit(b, s ? s : "", width);
	wp_buf_spaces(b, width - used);
}

void wp_text_put_right(wp_buf *b, const char *s, int width)
{
	int w = wp_text_width(s ? s : "");
	if (w < width)
		wp_buf_spaces(b, width - w);
	wp_text_put_fit(b, s ? s : "", width);
}

static const char *const cn_digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

static int cn_digit(const char *s)
{
	for (int i = 0; i < 9; i++)
		if (strncmp(s, cn_digits[i], strlen(cn_digits[i])) == 0)
			return i + 1;
	return -1;
}

int wp_cn_number(const char *s, size_t *len)
{
	static const char ten[] = "十";
	const char *p = s;
	*len = 0; /* also when s holds no number: callers may add it */
	int tens = 0, units = cn_digit(p);
	if (units > 0)
		p += 3;
	if (strncmp(p, ten, strlen(ten)) == 0) {
		tens = units > 0 ? units : 1;
		p += strlen(ten);
		units = cn_digit(p);
		if (units > 0)
			p += 3;
		else
			units = 0;
	}
	if (p == s || (tens == 0 && units <= 0))
		return -1;
	*len = (size_t)(p - s);
	return tens * 10 + units;
}

void wp_cn_number_format(int n, char *buf, size_t size)
{
	if (n < 1 || n > 99)
		snprintf(buf, size, "%d", n);
	else if (n < 10)
		snprintf(buf, size, "%s", cn_digits[n - 1]);
	else
		snprintf(buf, size, "%s十%s", n >= 20 ? cn_digits[n / 10 - 1] : "",
			 n % 10 ? cn_digits[n % 10 - 1] : "");
}

static bool is_space(ucs4_t uc)
{
	return uc == ' ' || uc == '\t' || uc == '\n' || uc == '\r' || uc == 0x3000 ||
	       uc == 0xa0;
}

char *wp_text_key(const char *s)
{
	wp_buf b = WP_BUF_INIT;
	const uint8_t *p = (const uint8_t *)(s ? s : "");
	while (*p) {
		ucs4_t uc;
		int len = u8_strmbtouc(&uc, p);
		if (len <= 0) {
			p++;
			continue;
		}
		p += len;
		if (is_space(uc))
			continue;
		if (uc >= 0xff01 && uc <= 0xff5e) /* full-width ASCII forms */
			uc -= 0xfee0;
		uint8_t out[6];
		int n = u8_uctomb(out, uc, sizeof out);
		if (n > 0)
			wp_buf_append(&b, (const char *)out, (size_t)n);
	}
	return wp_buf_take(&b);
}

bool wp_text_key_contains(const char *haystack, const char *needle)
{
	char *h = wp_text_key(haystack), *n = wp_text_key(needle);
	bool found = strstr(h, n) != NULL;
	free(h);
	free(n);
	return found;
}
