/* notice-pdf-lib.h - the poppler-glib functions the PDF reader calls,
 * loaded when a PDF is read (lazylib.h) instead of linked: poppler
 * brings ~50 libraries the rest of the program never needs.
 *
 * Each pointer has the type of the function its header declares, so a
 * header whose signature changes fails the build here rather than at
 * run time. Call a glib function as (pdf->name)(...): glib also defines
 * some of its functions as macros (g_strdup, in newer releases), and the
 * parentheses keep the macro from replacing the call. */
#ifndef WP_NOTICE_PDF_LIB_H
#define WP_NOTICE_PDF_LIB_H

#include <poppler.h>

#include "err.h"

#define WP_PDF_LIB_FUNCTIONS(X) \
	X(poppler_document_new_from_bytes) \
	X(poppler_document_get_n_pages) \
	X(poppler_document_get_page) \
	X(poppler_error_quark) \
	X(poppler_page_get_text) \
	X(poppler_page_get_text_layout) \
	X(g_object_unref) \
	X(g_bytes_new_static) \
	X(g_bytes_unref) \
	X(g_error_free) \
	X(g_free) \
	X(g_strdup)

struct wp_pdf_lib {
#define WP_PDF_LIB_POINTER(name) __typeof__(&name) name;
	WP_PDF_LIB_FUNCTIONS(WP_PDF_LIB_POINTER)
#undef WP_PDF_LIB_POINTER
};

/* Fills pdf (the caller's) with poppler-glib's functions: 0, or -1 with
 * err ("reading PDF files needs libpoppler-glib8 ...") when the library
 * is not installed. The pointers stay valid for the life of the process. */
int wp_pdf_lib_load(struct wp_pdf_lib *pdf, wp_err *err);

#endif
