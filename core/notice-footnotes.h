/* notice-footnotes.h - a page's footnotes in a copy of a printed notice
 * (…健康小屋①为辖区群众… / then, at the page's foot, ①健康小屋：指…):
 * the note is no text of the notice, and its mark no part of the word it
 * follows. notice-lines.c asks about each line as it joins them.
 *
 * Not part of core's interface: only notice.h is. */
#ifndef WP_NOTICE_FOOTNOTES_H
#define WP_NOTICE_FOOTNOTES_H

#include <stdbool.h>

#include "notice-line.h"
#include "notice-text.h"

/* What the lines so far have shown: the circled numbers that marked a
 * word (a reference), those whose note was left out, and whether the
 * line before was a note's. */
struct wp_nfoot {
	unsigned refs, dropped; /* bit n-1 for the circled n of ① … ⑳ */
	bool in_note;
};

/* Line p (after its indent) joins the text: its references are noted.
 * One pass over it. */
void wp_nfoot_see(struct wp_nfoot *f, const char *p, wp_nline_work *work);
/* Is line p (after its indent) a footnote's, to leave out: it opens
 * with the circled number of a reference made above, after a blank line,
 * (or right under another note) and says what its word means
 * (①健康小屋：指…, ①…是指…), or it goes on such a note's line. A blank
 * line ends a note (and is no note's). */
bool wp_nfoot_skip(struct wp_nfoot *f, const char *p, bool after_blank, wp_nline_work *work);
/* A blank line or a page's number ends a note. */
void wp_nfoot_end_note(struct wp_nfoot *f);
/* Takes the marks of the notes left out off the words they follow, in
 * every paragraph of t. One pass over each. */
void wp_nfoot_strip(const struct wp_nfoot *f, wp_ntext *t, wp_nline_work *work);

#endif
