/* text.h - UTF-8 text: validation, display width, unit-name keys.
 *
 * Width is counted in terminal columns, as the user sees it: a CJK
 * character takes two columns, a combining mark none. It does not depend on
 * the process locale (libunistring's tables are used directly), so output
 * lines up the same under LANG=C. */
#ifndef WP_TEXT_H
#define WP_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "err.h"

/* Longest text field accepted anywhere (a description); longer is an error. */
#define WP_TEXT_MAX 65536

enum wp_text_flags {
	WP_TEXT_SINGLE_LINE = 0, /* no control characters at all */
	WP_TEXT_MULTI_LINE = 1,  /* newlines and tabs allowed */
};

/* Checks that s is valid UTF-8 of at most WP_TEXT_MAX bytes without control
 * characters (other than newline and tab when WP_TEXT_MULTI_LINE). what
 * names the field in the error ("activity title"). */
int wp_text_check(const char *s, const char *what, int flags, wp_err *err);

bool wp_text_is_utf8(const char *s, size_t n);

/* Display width of s in columns (non-printable characters count 0). */
int wp_text_width(const char *s);

/* Appends s to b cut to at most width columns; a cut text ends with an
 * ellipsis and never splits a character. Returns the columns written. */
int wp_text_put_fit(wp_buf *b, const char *s, int width);

/* Bytes of the longest prefix of s that fits in width columns, ending on
 * a character boundary (for wrapping text over several lines). */
size_t wp_text_prefix_bytes(const char *s, int width);

/* Appends s fitted to width and padded with spaces to exactly width
 * columns (left aligned). */
void wp_text_put_padded(wp_buf *b, const char *s, int width);

/* Same, right aligned. */
void wp_text_put_right(wp_buf *b, const char *s, int width);

/* Chinese numerals as items are numbered (一 .. 九十九). wp_cn_number reads
 * one at the start of s: its value, with *len its bytes, or -1.
 * wp_cn_number_format writes n (1..99) into buf; other n as digits. */
int wp_cn_number(const char *s, size_t *len);
void wp_cn_number_format(int n, char *buf, size_t size);

/* The comparison key of a unit name: full-width ASCII forms (（）ＡＢ１)
 * folded to ASCII, all white space removed, so that 县市场监管局（知识产权局）
 * and 县市场监管局(知识产权局) compare equal. Caller frees. */
char *wp_text_key(const char *s);

/* True if haystack contains needle, comparing keys (see wp_text_key). */
bool wp_text_key_contains(const char *haystack, const char *needle);

#endif
