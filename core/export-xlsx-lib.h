/* export-xlsx-lib.h - the libxlsxwriter functions the workbook export
 * calls, loaded when a workbook is written (lazylib.h) instead of
 * linked, as the other libraries that only one kind of file needs.
 *
 * Each pointer has the type of the function its header declares, so a
 * header whose signature changes fails the build here rather than at
 * run time. */
#ifndef WP_EXPORT_XLSX_LIB_H
#define WP_EXPORT_XLSX_LIB_H

#include <xlsxwriter.h>

#include "err.h"

#define WP_XLSX_LIB_FUNCTIONS(X) \
	X(workbook_new) \
	X(workbook_set_properties) \
	X(workbook_validate_sheet_name) \
	X(workbook_add_worksheet) \
	X(workbook_add_format) \
	X(workbook_close) \
	X(lxw_workbook_free) \
	X(lxw_strerror) \
	X(format_set_align) \
	X(format_set_bg_color) \
	X(format_set_bold) \
	X(format_set_border) \
	X(format_set_font_size) \
	X(format_set_num_format) \
	X(format_set_text_wrap) \
	X(worksheet_fit_to_pages) \
	X(worksheet_freeze_panes) \
	X(worksheet_repeat_rows) \
	X(worksheet_set_column) \
	X(worksheet_set_footer) \
	X(worksheet_set_landscape) \
	X(worksheet_set_paper) \
	X(worksheet_set_row) \
	X(worksheet_write_blank) \
	X(worksheet_write_number) \
	X(worksheet_write_string)

struct wp_xlsx_lib {
#define WP_XLSX_LIB_POINTER(name) __typeof__(&name) name;
	WP_XLSX_LIB_FUNCTIONS(WP_XLSX_LIB_POINTER)
#undef WP_XLSX_LIB_POINTER
};

/* Fills xlsx (the caller's) with libxlsxwriter's functions: 0, or -1
 * with err ("writing Excel (.xlsx) files needs libxlsxwriter4 ...") when
 * the library is not installed. The pointers stay valid for the life of
 * the process. */
int wp_xlsx_lib_load(struct wp_xlsx_lib *xlsx, wp_err *err);

#endif
