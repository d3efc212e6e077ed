/* notice-pdf.h - a notice given as a PDF, read into the text the reader
 * reads (as notice-docx.h does for a .docx, and for the same reason: one
 * decoder and one outline for every form of a notice).
 *
 * poppler gives each page's text in reading order; what a page adds that
 * is not the notice goes: the number ending page N ("N", "— N —",
 * "第 N 页 共 M 页", "N / M"), a page header or footer line repeated on
 * most pages, and a running header atop the pages after the first that
 * repeats a line of an earlier page (the plan's title: a two-page notice
 * carries it once). A sentence cut at the
 * page end joins the next page's first line, as the decoder joins a
 * paragraph broken by a page. A PDF without text (a scan) is refused,
 * saying it needs OCR; an encrypted one is refused, and one of more than
 * WP_PDF_MAX_PAGES pages (a notice is a few). */
#ifndef WP_NOTICE_PDF_H
#define WP_NOTICE_PDF_H

#include <stdbool.h>
#include <stddef.h>

#include "err.h"

#define WP_PDF_MAX_PAGES 200

/* Does a notice's content say it is a PDF (%PDF- at its start)? */
int wp_pdf_is(const char *bytes, size_t len);

/* Is line (UTF-8) the printed number of page no (1-based) and nothing
 * else: "3", "- 3 -", "— 3 —", "第 3 页", "第3页 共5页", "3 / 5"? */
bool wp_pdf_is_page_number(const char *line, int no);

/* The text of the PDF in bytes: 0 and *text (caller frees,
 * NUL-terminated, *text_len bytes); -1 with err, one line, when it
 * cannot be read. */
int wp_pdf_text(const char *bytes, size_t len, char **text, size_t *text_len, wp_err *err);

#endif
