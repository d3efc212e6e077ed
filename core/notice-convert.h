/* notice-convert.h - a notice file loaded for the reader, converted
 * first when it is in a format the reader does not read itself.
 *
 * A bureau's office system delivers .doc and .wps files as often as
 * .docx, and now and then an .odt or .rtf. Their formats are large and
 * old; LibreOffice reads them well, so rather than parse them here the
 * file is handed to it (`soffice --headless --convert-to docx`) and the
 * .docx it writes is read as any other. The conversion runs in a private
 * directory made for it (mode 0700, removed afterwards, the input and
 * LibreOffice's profile included), with no terminal, no network use of
 * ours, and a time limit: a LibreOffice that hangs is killed with its
 * children after WP_CONVERT_TIMEOUT_S seconds.
 *
 * The reader itself (notice.h) never starts a program: only a caller
 * that loads a file by name through here does, so a fuzzer or a script
 * that hands the reader bytes gets the refusal that names the command. */
#ifndef WP_NOTICE_CONVERT_H
#define WP_NOTICE_CONVERT_H

#include <stddef.h>

#include "err.h"

#define WP_CONVERT_TIMEOUT_S 120

/* The program that converts (found through PATH when it has no '/'). */
#define WP_CONVERT_PROGRAM "soffice"

typedef struct wp_notice_file {
	char *bytes;        /* owned; what the reader is to read */
	size_t len;
	const char *converted_from; /* NULL, or the format converted from ("doc",
				     * "odt", "rtf"; static) */
} wp_notice_file;

/* Reads the notice at path ("-": standard input) of at most max bytes.
 * A .doc/.wps, .odt or .rtf (by content, see wp_notice_convertible) is
 * converted with program (NULL: WP_CONVERT_PROGRAM) and file holds the
 * .docx; anything else is given as read (the reader refuses what it
 * cannot read). Returns 0, or -1 with err (one line: the file cannot be
 * read, LibreOffice is not installed - naming the package and the
 * command to convert by hand - or it failed or took too long). The
 * caller frees file with wp_notice_file_free. */
int wp_notice_file_load(const char *path, size_t max, const char *program, wp_notice_file *file,
			wp_err *err);
void wp_notice_file_free(wp_notice_file *file);

/* Converts bytes (a document LibreOffice reads; ext its usual file name
 * extension) into a .docx of at most max bytes with program, stopping it
 * after timeout_s seconds: 0 with *docx (caller frees) and *docx_len, or
 * -1 with err. */
int wp_notice_convert(const char *bytes, size_t len, const char *ext, const char *program,
		      int timeout_s, size_t max, char **docx, size_t *docx_len, wp_err *err);

#endif
