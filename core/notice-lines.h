/* notice-lines.h - the clean lines of a notice joined into paragraphs.
 *
 * A notice arrives as Word's paragraphs, one a line, or as a copy out of
 * a PDF, every line cut at one width with page marks between pages; a
 * page break can cut a paragraph of either. The joiner takes the lines
 * one by one (each already normalised by notice-text.c) and decides, by
 * the line before and the line itself, whether a line goes on the
 * paragraph being built or starts a new one: a heading, a label line, a
 * table row start one; a line cut mid-sentence, mid-list or after a
 * label's colon goes on.
 *
 * Not part of core's interface: only notice.h is. */
#ifndef WP_NOTICE_LINES_H
#define WP_NOTICE_LINES_H

#include "notice-text.h"

typedef struct wp_nlines wp_nlines;

/* A joiner for the lines of text (the whole text, measured once for the
 * width it was wrapped at, if any). Caller frees with wp_nlines_free. */
wp_nlines *wp_nlines_new(const char *text);
/* Adds one line (without its line end) to the paragraphs of out. */
void wp_nlines_add(wp_nlines *j, wp_ntext *out, const char *line);
/* Ends the paragraph being built (after the last line). */
void wp_nlines_end(wp_nlines *j, wp_ntext *out);
/* wp_nlines_free(NULL) is safe. */
void wp_nlines_free(wp_nlines *j);

#endif
