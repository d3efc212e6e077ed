/* csv.h - CSV (RFC 4180) that Excel and WPS open right on Chinese Windows.
 *
 * What a spreadsheet needs, and what this writer does for it:
 *
 * - A byte-order mark (EF BB BF) first: without it Excel and WPS read a
 *   CSV in the ANSI code page (GBK on Chinese Windows) and show UTF-8
 *   Chinese as mojibake.
 * - Records end with CRLF; a field holding '"', ',', CR or LF is quoted,
 *   a '"' inside doubled. A newline inside a field stays a newline (a
 *   line break inside the cell).
 * - Formula injection: a text field that begins with '=', '+', '-', '@',
 *   tab or CR would be run as a formula (=HYPERLINK(...), =cmd|...), so
 *   it gets a leading apostrophe, as OWASP advises; Excel shows the text.
 *   This holds for every text field, so a unit named "-3" comes out as
 *   '-3. Numbers the program computed (days left, which can be negative)
 *   are not text: wp_csv_int writes them as they are.
 * - A character that no stored text may hold (wp_text_forbidden: C0 and
 *   C1 controls, DEL, bidi controls) never reaches the file raw: it is
 *   written as visible text, <U+009B>, as the reports show it; newline
 *   and tab stay. A byte that is not UTF-8 becomes U+FFFD. (Old
 *   databases may hold either; nothing is dropped without a trace.)
 *
 * The writer writes to a stream its caller owns and never fails by
 * itself: the caller checks ferror() or fclose() for write errors. */
#ifndef WP_CSV_H
#define WP_CSV_H

#include <stddef.h>
#include <stdio.h>

#include "buf.h"

/* The byte-order mark that starts every CSV file written here. */
#define WP_CSV_BOM "\xef\xbb\xbf"

typedef struct wp_csv {
	FILE *out;      /* not owned */
	size_t nfields; /* fields written so far in the current record */
} wp_csv;

/* Starts a CSV file on out: writes the byte-order mark. */
void wp_csv_start(wp_csv *csv, FILE *out);

/* Appends a text field to the current record, quoted and protected as
 * above. NULL is an empty field. */
void wp_csv_text(wp_csv *csv, const char *text);

/* Appends a number the program computed (not stored text): written as
 * digits, a negative one with its minus sign and no apostrophe. */
void wp_csv_int(wp_csv *csv, long long n);

/* Ends the current record with CRLF (a record of no field is an empty
 * line, which separates two tables in one file). */
void wp_csv_end_record(wp_csv *csv);

/* A whole record of text fields: wp_csv_text for each, then the end. */
void wp_csv_record(wp_csv *csv, const char *const *fields, size_t n);

/* Appends text to b as one CSV field exactly as wp_csv_text writes it
 * (for a writer that builds its text in memory, and for tests). */
void wp_csv_put_text(wp_buf *b, const char *text);

#endif
