/* notice-text.h - the text of a plan notice, decoded and cut into
 * paragraphs, with the small pattern helpers the reader uses.
 *
 * Notices arrive as text saved from Word or PDF: UTF-8 with or without a
 * BOM, or GB18030/GBK from Windows; CRLF line ends; paragraphs broken by
 * page ends. wp_ntext_decode makes one clean UTF-8 paragraph list of it:
 * half-width brackets become full-width (（一）, unit names), full-width
 * digits and colons become ASCII, spaces inside dates go ("2026 年 4 月"),
 * and a paragraph cut in the middle of a sentence is joined to the next
 * (notice-lines.c). */
#ifndef WP_NOTICE_TEXT_H
#define WP_NOTICE_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "err.h"

/* Largest notice accepted (a notice is a few pages; 10 MB is not one). */
#define WP_NOTICE_MAX_BYTES (2 * 1024 * 1024)

typedef struct wp_ntext {
	char **para; /* owned, UTF-8, trimmed, none empty */
	size_t n;
	bool was_gb18030;
} wp_ntext;

/* Decodes and splits bytes; refuses empty, binary, oversized or
 * undecodable input with a message saying which, and a text whose lines
 * the joiner (notice-lines.h) could not join within its budget. */
int wp_ntext_decode(const char *bytes, size_t len, wp_ntext *out, wp_err *err);
/* The same, with the joiner allowed join_steps_per_byte steps per byte
 * of the text (wp_ntext_decode: WP_NLINES_STEPS_PER_BYTE), so tests can
 * see it give up. */
int wp_ntext_decode_within(const char *bytes, size_t len, size_t join_steps_per_byte, wp_ntext *out,
			   wp_err *err);
void wp_ntext_free(wp_ntext *t);

/* ---- helpers on UTF-8 strings ------------------------------------------ */

/* strstr, but without measuring all of s at each call as some checkers
 * do (ASan's strstr): the reader's loops over a long text stay linear
 * under the sanitizers too. */
const char *wp_str_find(const char *s, const char *needle);
/* Is the code point uc a pictograph a post sets before a line or a
 * heading (📅 🌱 ⏰ ✅ ➡)? Not the geometric marks (◆ ■ ▶ ★): those are
 * heading marks; nor the dingbat circled numbers (❶ ➀ ➊, U+2776..U+2793):
 * they number items; U+FE0F and U+200D, which join or dress one, count. */
bool wp_uc_pictograph(unsigned int uc);
bool wp_str_starts(const char *s, const char *prefix);
/* Does s start with one of set (NULL-ended)? One look, where
 * wp_str_span_of would go on over a whole run of them. */
bool wp_str_starts_any(const char *s, const char *const *set);
/* Do the len bytes at at, inside start, join two digits (the 至 of
 * 1至2件, the 到 of 3到5张): a count's range, no word of its own? */
bool wp_str_joins_digits(const char *start, const char *at, size_t len);
bool wp_str_ends(const char *s, const char *suffix);
/* Bytes of the character at s: 1 to 4 (1 for a stray byte), 0 at the
 * end. Scans step by it, never by a fixed 3: a character of the text may
 * be ASCII, two bytes or four (𠀀). */
size_t wp_str_char_len(const char *s);
/* Bytes of s before the first of stops, or to its end. Whole characters
 * are compared, so a byte of a stop inside another character (一 holds
 * 0x80, as 、 does) is not taken for it: use it for strcspn. */
size_t wp_str_span_upto(const char *s, const char *const *stops);
/* Bytes of the run of stops at the start of s (strspn, by strings). */
size_t wp_str_span_of(const char *s, const char *const *set);
/* The length of a mobile number written in groups at p (138 7940 2635),
 * else 0: such a number keeps its spaces as written. */
size_t wp_str_spaced_mobile(const char *p);
/* Where the clause of s holding at begins: the offset of the ， or ； before
 * it (0 when none: the clause is s's first). */
size_t wp_str_clause_start(const char *s, const char *at);
/* The length of a landline number whose local part is written in groups
 * at p (0519-8638 2217), else 0: it keeps its space too. */
size_t wp_str_spaced_landline(const char *p);
/* （按姓氏笔画排序）, （单位）: a short note in brackets at p, closed within
 * window bytes (a bracket inside it counted); where it ends, past its ）,
 * or NULL when p opens none. Looks at no more than window bytes. */
const char *wp_str_note_end(const char *p, size_t window);
/* How deep in quotes and brackets a scan that steps through a text a
 * character at a time stands: “…”, 「…」, 【…】, ‘…’, 《…》, （…） and (…)
 * nest (a close with none open counts for nothing); ASCII " opens and
 * closes by turns (' is as often an apostrophe). Start it zeroed. */
typedef struct wp_nesting {
	int depth;
	bool ascii_open;
} wp_nesting;
/* Steps n over the character at p (which must not be the end): its
 * length in bytes; *mark is 1 when it opens a quote or bracket, -1 when
 * it closes one, 0 when it is neither. */
size_t wp_nesting_step(wp_nesting *n, const char *p, int *mark);
/* Is a scan at n outside every quote and bracket? */
bool wp_nesting_outside(const wp_nesting *n);
/* 启动仪式 暨成果发布会, 市民中心 三楼多功能厅: takes out, in place, a
 * single space between two ideographs outside quotes and brackets (a
 * cell's lines joined; “学宪法 讲宪法” keeps its own). */
void wp_str_close_cjk_gaps(char *s);
/* Is at inside quotes or brackets in s (at within s)? */
bool wp_str_nested_at(const char *s, const char *at);
/* If *s starts with lit, moves *s past it and returns true. */
bool wp_str_skip(const char **s, const char *lit);
/* Does the text from start to p end with lit (without reading before
 * start)? */
bool wp_str_ends_at(const char *start, const char *p, const char *lit);
/* A copy of s[0..n) (caller frees). */
char *wp_str_sub(const char *s, size_t n);
/* Copy of s with every space (ASCII, U+3000) removed. Caller frees. */
char *wp_str_nospace(const char *s);
/* Copy of s without the given trailing strings (repeatedly) and spaces. */
char *wp_str_trim_end(const char *s, const char *const *suffixes);

#endif
