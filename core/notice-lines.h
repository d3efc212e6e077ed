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

#include <stddef.h>

#include "notice-text.h"

typedef struct wp_nlines wp_nlines;

/* Steps of work (see wp_nline_work in notice-line.h) the joiner may take
 * per byte of text: its passes over each line and its looks back into
 * the paragraph come to a few dozen; a pass gone quadratic on a notice
 * of some size spends thousands. */
#define WP_NLINES_STEPS_PER_BYTE 256

/* A joiner for the lines of text (the whole text, measured once for the
 * width it was wrapped at, if any) that stops after budget steps of work
 * (the caller gives WP_NLINES_STEPS_PER_BYTE times the text's bytes).
 * Caller frees with wp_nlines_free. */
wp_nlines *wp_nlines_new(const char *text, size_t budget);
/* A line of only this (a form feed, which the cleaning leaves in no
 * line) ends the paragraph being built, whatever the next line is: a
 * pass that knows its lines are paragraphs (a slide's) says so. */
#define WP_NLINES_BREAK "\f"

/* Adds one line (without its line end) to the paragraphs of out. 0, or
 * -1 once the budget is spent: the paragraphs in out are then no reading
 * of the text, and the caller drops them. */
int wp_nlines_add(wp_nlines *j, wp_ntext *out, const char *line);
/* Ends the paragraph being built (after the last line); 0 or -1 as
 * wp_nlines_add. */
int wp_nlines_end(wp_nlines *j, wp_ntext *out);
/* The steps of work done so far, measuring the text included (for the
 * tests, which hold them to a fixed multiple of its bytes). */
size_t wp_nlines_steps(const wp_nlines *j);
/* wp_nlines_free(NULL) is safe. */
void wp_nlines_free(wp_nlines *j);

#endif
