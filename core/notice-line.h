/* notice-line.h - one line of a notice, as notice-lines.c meets it before
 * joining it to a paragraph: what it is (a table row, a page number, a
 * label spaced out to line up) and its spaces cleaned.
 *
 * Not part of core's interface: only notice.h is. */
#ifndef WP_NOTICE_LINE_H
#define WP_NOTICE_LINE_H

#include <stdbool.h>
#include <stddef.h>

/* Copy of s without the spaces that only part digits from 年/月/日
 * ("2026 年 4 月"); the spaces of a mobile number in groups stay, also
 * where the line's end or start cut it. Caller frees. */
char *wp_nline_squeeze_spaces(const char *s);
/* Would the digits at the end of s[0..len) and those that open next make
 * a mobile number in groups with a space between them? */
bool wp_nline_mobile_across(const char *s, size_t len, const char *next);
/* Is line a table row: cells apart by a tab, a run of spaces or of U+3000,
 * or between bars? */
bool wp_nline_table_row(const char *line);
/* The same for the n bytes at line, after any indent. */
bool wp_nline_table_row_n(const char *line, size_t n);
/* Is line a page number a PDF left ("— 3 —", "第3页 共5页")? */
bool wp_nline_page_number(const char *line);
/* The line with a label spaced out to line up (联 系 人：) written unspaced,
 * or NULL when it opens with no such label. Caller frees. */
char *wp_nline_unspaced_label(const char *line);

#endif
