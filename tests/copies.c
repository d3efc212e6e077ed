/* copies.c - a notice copied the ways staff receive it: see copies.h. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "copies.h"
#include "notice-text.h"
#include "text.h"

#define WIDE_SPACE "\xe3\x80\x80" /* U+3000 */
#define FULLWIDTH_BAR "\xef\xbd\x9c" /* U+FF5C ｜ */


char *copy_crlf(const char *text)
{
	wp_buf b = WP_BUF_INIT;
	for (const char *p = text; *p; p++)
		wp_buf_puts(&b, *p == '\n' ? "\r\n" : (char[]){*p, '\0'});
	return wp_buf_take(&b);
}

char *copy_fullwidth_digits(const char *text)
{
	wp_buf b = WP_BUF_INIT;
	for (const char *p = text; *p; p++) {
		if (*p >= '0' && *p <= '9') /* U+FF10.. */
			wp_buf_append(&b, (char[]){'\xef', '\xbc', (char)(0x90 + (*p - '0'))}, 3);
		else
			wp_buf_append(&b, p, 1);
	}
	return wp_buf_take(&b);
}

/* ：；（） as a hurried typist writes them: : ; ( ) */
char *copy_halfwidth_punct(const char *text)
{
	static const char *const from[] = {"：", "；", "（", "）"};
	static const char to[] = ":;()";
	wp_buf b = WP_BUF_INIT;
	for (const char *p = text; *p;) {
		size_t i = 0;
		while (i < 4 && !wp_str_starts(p, from[i]))
			i++;
		if (i < 4) {
			wp_buf_putc(&b, to[i]);
			p += strlen(from[i]);
		} else {
			wp_buf_append(&b, p++, 1);
		}
	}
	return wp_buf_take(&b);
}

/* Calls line(b, start, len, arg) for each line of text (without its
 * newline) and puts the newlines back. */
static char *by_line(const char *text, void (*line)(wp_buf *, const char *, size_t, int), int arg)
{
	wp_buf b = WP_BUF_INIT;
	int no = 0;
	for (const char *p = text;;) {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		line(&b, p, len, arg ? arg : ++no);
		if (!end)
			break;
		wp_buf_putc(&b, '\n');
		p = end + 1;
	}
	return wp_buf_take(&b);
}

/* Bytes of spaces and U+3000 at the start of s[0..len). */
static size_t lead_space(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && (s[i] == ' ' || (len - i >= 3 && memcmp(s + i, WIDE_SPACE, 3) == 0)))
		i += s[i] == ' ' ? 1 : 3;
	return i;
}

static void indent_line(wp_buf *b, const char *s, size_t len, int unused)
{
	(void)unused;
	size_t skip = lead_space(s, len);
	if (skip < len)
		wp_buf_puts(b, WIDE_SPACE WIDE_SPACE);
	wp_buf_append(b, s + skip, len - skip);
}

char *copy_wide_indent(const char *text)
{
	return by_line(text, indent_line, 0);
}

/* A line a PDF never yields, so never wrapped: a table row (a tab, a
 * bar | or ｜, a run of spaces or a U+3000 between its cells). */
static bool table_looking(const char *s, size_t len)
{
	size_t start = lead_space(s, len), end = len;
	while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\r' ||
			       (end - start >= 3 && memcmp(s + end - 3, WIDE_SPACE, 3) == 0)))
		end -= s[end - 1] == ' ' || s[end - 1] == '\r' ? 1 : 3;
	for (size_t i = start; i < end; i++)
		if (s[i] == '\t' || s[i] == '|' || (s[i] == ' ' && i + 1 < end && s[i + 1] == ' ') ||
		    (end - i >= 3 && memcmp(s + i, WIDE_SPACE, 3) == 0) ||
		    (end - i >= 3 && memcmp(s + i, FULLWIDTH_BAR, 3) == 0))
			return true;
	return false;
}

/* The line cut into lines of at most width display columns. */
static void wrap_line(wp_buf *b, const char *s, size_t len, int width)
{
	if (table_looking(s, len)) {
		wp_buf_append(b, s, len);
		return;
	}
	int used = 0;
	for (size_t i = 0; i < len;) {
		size_t n = wp_str_char_len(s + i);
		if (n == 0 || i + n > len)
			n = 1;
		int w = wp_text_width_n(s + i, n);
		if (used + w > width) {
			wp_buf_putc(b, '\n');
			used = 0;
		}
		wp_buf_append(b, s + i, n);
		used += w, i += n;
	}
}

char *copy_wrapped(const char *text, int width)
{
	return by_line(text, wrap_line, width);
}

static char *wrap56(const char *text)
{
	return copy_wrapped(text, 56);
}

static char *wrap68(const char *text)
{
	return copy_wrapped(text, 68);
}

enum { PAGE_LINES = 30 };

/* A page mark — N — between blank lines after every PAGE_LINES lines. */
static void page_line(wp_buf *b, const char *s, size_t len, int no)
{
	wp_buf_append(b, s, len);
	if (no % PAGE_LINES == 0)
		wp_buf_printf(b, "\n\n— %d —\n", no / PAGE_LINES);
}

char *copy_page_marks(const char *text)
{
	return by_line(text, page_line, 0);
}

/* Whether c (at s[i], len bytes left) is trimmed off a line's ends. */
static size_t space_at(const char *s, size_t left)
{
	if (*s == ' ' || *s == '\t' || *s == '\r')
		return 1;
	return left >= 3 && memcmp(s, WIDE_SPACE, 3) == 0 ? 3 : 0;
}

/* The text as a web page or a document-sharing site gives it: every
 * line trimmed, blank lines dropped, the rest joined with one space. */
char *copy_runon(const char *text)
{
	wp_buf b = WP_BUF_INIT;
	for (const char *p = text; *p;) {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p), n;
		const char *s = p;
		while (len && (n = space_at(s, len)))
			s += n, len -= n;
		while (len && ((n = space_at(s + len - 1, 1)) ||
			       (len >= 3 && (n = space_at(s + len - 3, 3)) == 3)))
			len -= n;
		if (len) {
			if (b.len)
				wp_buf_putc(&b, ' ');
			wp_buf_append(&b, s, len);
		}
		if (!end)
			break;
		p = end + 1;
	}
	return wp_buf_take(&b);
}

const struct copy_kind copy_kinds[] = {
	{"crlf", copy_crlf},
	{"fullwidth-digits", copy_fullwidth_digits},
	{"wide-indent", copy_wide_indent},
	{"halfwidth-punct", copy_halfwidth_punct},
	{"wrap56", wrap56},
	{"wrap68", wrap68},
	{"page-marks", copy_page_marks},
	{"runon", copy_runon},
};
const size_t copy_kind_count = sizeof copy_kinds / sizeof *copy_kinds;
