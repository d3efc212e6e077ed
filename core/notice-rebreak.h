/* notice-rebreak.h - a run-on line of a notice cut back into lines.
 *
 * A web page or a document-sharing site gives a notice, or long stretches
 * of it, with its line breaks lost: the title, the addressee, the
 * preamble, every heading and item, the field lines, the contact and the
 * signature run on in one line, parted by a space at most. Read so, the
 * outline sees no heading and the readers no field. The rebreaker cuts
 * such a line where the genre's evidence says a line began: before
 * outline markers that run in sequence (一、二、; （一）（二）; 1. 2.; ①②),
 * after a heading's short title, before a field label (时间：, 联系人：),
 * after the addressee and the preamble's 现…通知如下：, before the
 * signature and its date at the end. A line with no such sequence is
 * left as it is, so an ordinary notice reads as before; nothing inside
 * “…”, 《…》 or brackets is cut.
 *
 * Not part of core's interface: only notice.h is. */
#ifndef WP_NOTICE_REBREAK_H
#define WP_NOTICE_REBREAK_H

#include <stddef.h>

/* The lines v[0..*n) (each owned, as notice-text.c cuts them) with each
 * run-on line replaced by the lines it is cut into; returns the new
 * array (v is consumed) and sets *n. Linear in the text. */
char **wp_nrebreak_lines(char **v, size_t *n);

#endif
