/* export-xlsx-lib.c - libxlsxwriter loaded at the first workbook written
 * (see export-xlsx-lib.h). */
#include "config.h"

#include "export-xlsx-lib.h"
#include "i18n-core.h"
#include "lazylib.h"

static const struct wp_lazylib_sym xlsx_syms[] = {
#define WP_XLSX_LIB_SYM(name) WP_LAZYLIB_SYM(struct wp_xlsx_lib, name),
	WP_XLSX_LIB_FUNCTIONS(WP_XLSX_LIB_SYM)
#undef WP_XLSX_LIB_SYM
};

int wp_xlsx_lib_load(struct wp_xlsx_lib *xlsx, wp_err *err)
{
	static const struct wp_lazylib lib = {
		.soname = WP_XLSXWRITER_SONAME,
		.package = WP_XLSXWRITER_PACKAGE,
		.purpose = WP_N_("writing Excel (.xlsx) files"),
		.syms = xlsx_syms,
		.nsyms = sizeof xlsx_syms / sizeof xlsx_syms[0],
	};
	return wp_lazylib_load(&lib, xlsx, err);
}
