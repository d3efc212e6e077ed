/* notice-wrap.h - the widths a notice's text was cut at, measured once
 * on the whole text before its lines are joined (notice-lines.c).
 *
 * A copy out of a PDF (or a fixed-width mail) cuts every line of a
 * paragraph at one width; a copy of such a copy may cut its lines again,
 * narrower, and leave after each full line the rest that the narrower
 * cut did not hold (…时间为 | 5 | 月15日至…). The joiner asks the widths
 * whether a line goes on the one before.
 *
 * Not part of core's interface: only notice.h is. */
#ifndef WP_NOTICE_WRAP_H
#define WP_NOTICE_WRAP_H

#include <stdbool.h>

#include "notice-line.h"

typedef struct wp_nwrap {
	int width;     /* every line of a paragraph was cut at it; 0: none */
	int first_cut; /* a text cut at two widths: the first, wider; 0: none */
} wp_nwrap;

/* The widths text (the whole text, NUL-terminated) was cut at; each byte
 * looked at is a step of work. */
wp_nwrap wp_nwrap_measure(const char *text, wp_nline_work *work);

/* In a text cut at two widths (a PDF's lines, cut at the first width,
 * cut again narrower at the second, wrap: a full line, then the few
 * characters the second cut left over), is a line width columns wide
 * (its indent counted), opening with a character first columns wide,
 * after one of before columns, such a rest? The two were one line of the
 * first cut: the second cut parted them only where the line before had
 * no room for that character and a column more, and together they are no
 * wider than the first cut (…高校科协 | 、企业科协：, 56 and 12 columns of
 * 68). A heading under the last line of a paragraph is none: that line
 * had room for it (…如下方案。 | 一、活动主题), or, indented, the heading
 * is wider than the first cut left (…时段。 | 　　三、主要活动, 55 and 16
 * columns of 69). */
bool wp_nwrap_second_cut_rest(int first_cut, int wrap, int before, int first, int width);

#endif
