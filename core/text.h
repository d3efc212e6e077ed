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
#include <stdint.h>

#include "buf.h"
#include "err.h"

/* Longest text field accepted anywhere (a description); longer is an error. */
#define WP_TEXT_MAX 65536

enum wp_text_flags {
	WP_TEXT_SINGLE_LINE = 0, /* no control characters at all */
	WP_TEXT_MULTI_LINE = 1,  /* newlines and tabs allowed */
};

/* The one definition of a character no text may hold: the C0 controls
 * and DEL, the C1 controls U+0080..U+009F (a terminal obeys U+009B as CSI
 * and U+009D as OSC, as it does ESC), and the bidi embeddings, overrides
 * and isolates U+202A..U+202E, U+2066..U+2069 (they reorder what is shown).
 * Newline and tab are in it too; wp_text_check lets them through in the
 * fields that may hold several lines. */
bool wp_text_forbidden(uint32_t uc);

/* Checks that s is valid UTF-8 of at most WP_TEXT_MAX bytes without a
 * forbidden character (other than newline and tab when WP_TEXT_MULTI_LINE).
 * what names the field in the error ("activity title"). */
int wp_text_check(const char *s, const char *what, int flags, wp_err *err);

/* How wp_text_put_escaped shows a forbidden character. */
enum wp_text_escape {
	/* For people (reports, the planner): as <U+009B>; newline and tab
	 * stay, they are what lines and tables are made of. */
	WP_ESCAPE_TEXT,
	/* One TSV value: tab, newline, carriage return and backslash as
	 * \t \n \r \\, any other as \u009b, so a value never breaks its row
	 * and reads back without loss. */
	WP_ESCAPE_TSV,
	/* JSON text as jansson writes it: any as \u009b (inside a string, the
	 * only place one can be); the newlines of the indentation stay. */
	WP_ESCAPE_JSON,
};

/* Appends s to b with every forbidden character made visible as how says,
 * and each byte that is not UTF-8 as U+FFFD: what reaches a terminal can
 * never be a command to it, whatever an old database holds. */
void wp_text_put_escaped(wp_buf *b, const char *s, enum wp_text_escape how);

bool wp_text_is_utf8(const char *s, size_t n);

/* Display width of s in columns (non-printable characters count 0). */
int wp_text_width(const char *s);
/* The same for the n bytes at s (no terminator needed). */
int wp_text_width_n(const char *s, size_t n);

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
