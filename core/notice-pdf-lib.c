/* notice-pdf-lib.c - poppler-glib loaded at the first PDF (see
 * notice-pdf-lib.h). */
#include "config.h"

#include "i18n-core.h"
#include "lazylib.h"
#include "notice-pdf-lib.h"

static const struct wp_lazylib_sym pdf_syms[] = {
#define WP_PDF_LIB_SYM(name) WP_LAZYLIB_SYM(struct wp_pdf_lib, name),
	WP_PDF_LIB_FUNCTIONS(WP_PDF_LIB_SYM)
#undef WP_PDF_LIB_SYM
};

int wp_pdf_lib_load(struct wp_pdf_lib *pdf, wp_err *err)
{
	static const struct wp_lazylib lib = {
		.soname = WP_POPPLER_SONAME,
		.package = WP_POPPLER_PACKAGE,
		.purpose = WP_N_("reading PDF files"),
		.syms = pdf_syms,
		.nsyms = sizeof pdf_syms / sizeof pdf_syms[0],
	};
	return wp_lazylib_load(&lib, pdf, err);
}
