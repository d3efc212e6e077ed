/* notice-docx-parts.h - the pieces of the .docx reader (notice-docx.c):
 * Word's list numbering (notice-docx-numbering.c) and the walk over the
 * document's body that writes its text (notice-docx-body.c).
 *
 * Not part of core's interface: notice-docx.h is. */
#ifndef WP_NOTICE_DOCX_PARTS_H
#define WP_NOTICE_DOCX_PARTS_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"
#include "err.h"

/* The WordprocessingML namespace: every element the reader looks at is in it. */
#define WP_DOCX_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

/* Is node the element w:name? */
bool wp_docx_is(const xmlNode *node, const char *name);
/* The first child element w:name of node, or NULL. */
xmlNode *wp_docx_child(const xmlNode *node, const char *name);
/* The w:val attribute of node (a copy to free with free()), or NULL. */
xmlChar *wp_docx_val(const xmlNode *node);
/* w:val as an int (def when absent or not a number). */
int wp_docx_int_val(const xmlNode *node, int def);

/* ---- numbering ---------------------------------------------------------- */

/* The lists of numbering.xml (abstractNum, num) and the styles of
 * styles.xml that number their paragraphs, with the counters as the
 * document is read: a label is asked for in document order. Owned by the
 * caller: wp_docx_numbering_free. */
struct wp_docx_numbering;

/* Builds the numbering from the parsed numbering.xml and styles.xml,
 * either of which may be NULL (a document without lists). Its size is
 * bounded (list definitions past WP_DOCX_MAX_LISTS are ignored). */
#define WP_DOCX_MAX_LISTS 4096
struct wp_docx_numbering *wp_docx_numbering_new(xmlDoc *numbering, xmlDoc *styles);
void wp_docx_numbering_free(struct wp_docx_numbering *nb);

/* Appends the label paragraph p prints before its text (一、, （一）,
 * 1., with what follows it: nothing after full-width punctuation, a
 * space after 1.), and advances the list's counters; appends nothing
 * for a paragraph that is not numbered, a bullet or a level numbered
 * "none". */
void wp_docx_numbering_label(struct wp_docx_numbering *nb, const xmlNode *p, wp_buf *out);

/* Appends the label an unnumbered heading paragraph stands for in the
 * outline: a paragraph of a heading style (Word's "heading 1" ...
 * "heading 4", or w:outlineLvl 0 to 3, its own or its style's) with no
 * list numbering gets 一、, （一）, 1., （1） by its level, counted as
 * the document goes (a level starts again under a new heading above
 * it). Call it only for a paragraph that printed no list label and
 * whose text does not open with a heading number of its own; numId 0
 * (numbering switched off on purpose) gets none. */
void wp_docx_heading_label(struct wp_docx_numbering *nb, const xmlNode *p, wp_buf *out);

/* n written in a Word number format (numFmt's w:val: decimal,
 * chineseCounting, ideographDigital ...); unknown formats as decimal. */
void wp_docx_format_number(const char *fmt, int n, wp_buf *out);

/* ---- the body ----------------------------------------------------------- */

/* Writes the text of document.xml's body to out in the form the reader's
 * text decoder reads (see notice-docx.h); -1 with err when the text
 * outgrows max bytes. */
int wp_docx_body_text(xmlDoc *doc, struct wp_docx_numbering *nb, size_t max, wp_buf *out, wp_err *err);

/* The paragraphs of a header part, a line each (numbering not applied). */
void wp_docx_plain_text(xmlDoc *doc, wp_buf *out);

#endif
