/* notice-docx.h - a notice given as the document it arrived as: a Word
 * .docx is read into the text the reader reads; an old .doc or .wps, an
 * .odt or an .rtf is refused with the command that converts it.
 *
 * The format is recognised by the content, never by the file's name: a
 * zip holding word/document.xml is a .docx, %PDF- a PDF (read by
 * notice-pdf.h), an OLE compound file is an
 * old Word/WPS document (or a password-protected .docx, which Word
 * encrypts into one), {\rtf is RTF.
 *
 * Why text, and not the outline directly: the outline
 * (notice-outline.h) is built from the decoded text's paragraphs, and
 * the decoder (notice-text.h) is where a notice's characters are made
 * uniform (full-width digits and brackets, spaces in dates, page
 * numbers). A .docx rendered as that text (its paragraphs a line each,
 * Word's list numbers written as they print, its tables a row per line
 * with the cells apart by tabs, the shape the table reader reads) goes
 * through the same steps as a notice saved as text, so the same notice
 * gives the same plan either way, and every rule of the reader applies
 * to both without a second copy.
 *
 * Bounds: a .docx is a zip, and a zip can unpack to far more than it
 * holds. At most WP_DOCX_MAX_ENTRIES entries are accepted; a part is
 * read in chunks and refused past WP_DOCX_MAX_PART bytes whatever size
 * the zip's header claims, and all parts read together past
 * WP_DOCX_MAX_UNPACKED; the text made is at most WP_NOTICE_MAX_BYTES.
 * The XML is parsed without network access, without loading a DTD or
 * substituting entities, and a part that declares a DOCTYPE (which Word
 * never writes) is refused: no external entity is fetched and no entity
 * expanded. */
#ifndef WP_NOTICE_DOCX_H
#define WP_NOTICE_DOCX_H

#include <stddef.h>

#include "err.h"

#define WP_DOCX_MAX_ENTRIES 4096
#define WP_DOCX_MAX_PART ((size_t)32 * 1024 * 1024)
#define WP_DOCX_MAX_UNPACKED ((size_t)64 * 1024 * 1024)

/* What a notice's bytes are. Returns 0 for text (to decode as it is: the
 * bytes are not a document this knows); WP_NOTICE_DOCX or WP_NOTICE_PDF
 * (notice-pdf.h) when they are one, with *text its text (caller frees,
 * NUL-terminated, *text_len bytes); -1 with err, one line saying why,
 * when they are a document that cannot be read (damaged, too large,
 * encrypted, a scan, or a format to convert first). */
enum { WP_NOTICE_DOCX = 1, WP_NOTICE_PDF = 2 };
int wp_notice_document_text(const char *bytes, size_t len, char **text, size_t *text_len, wp_err *err);

/* Is this a document LibreOffice can turn into a .docx for the reader
 * (an old Word or WPS file, an OpenDocument text, RTF)? Returns the
 * file name extension it goes by ("doc", "odt", "rtf"; static), or NULL
 * for anything else, including a password-protected Word file, which no
 * conversion opens. See notice-convert.h. */
const char *wp_notice_convertible(const char *bytes, size_t len);

/* The text of a .docx: 0 and *text as above; -1 with err when the bytes
 * are no readable .docx. */
int wp_docx_text(const char *bytes, size_t len, char **text, size_t *text_len, wp_err *err);

#endif
