/* export-xlsx.h - the parts of the workbook export (export.h) that its two
 * files share: export-xlsx.c makes the workbook, its formats and the cell
 * writers that clean text and measure columns; export-xlsx-sheets.c lays
 * out the five sheets with them.
 *
 * Private to the export (and its unit test): callers use
 * wp_export_xlsx. Nothing here owns the share; a sheet owns its column
 * widths until wp_xlsx_sheet_finish. */
#ifndef WP_EXPORT_XLSX_H
#define WP_EXPORT_XLSX_H

#include <stdbool.h>
#include <stddef.h>

#include <xlsxwriter.h>

#include "buf.h"
#include "date.h"
#include "export-xlsx-lib.h"
#include "export.h"
#include "query.h"
#include "share.h"

/* Excel holds at most this many characters in a cell. */
#define WP_XLSX_CELL_MAX 32767
/* The widest column the workbook makes; longer text wraps in it. */
#define WP_XLSX_WIDTH_CAP 50

/* The workbook being written and its formats. */
typedef struct wp_xlsx {
	const struct wp_xlsx_lib *lib; /* libxlsxwriter, loaded (not owned) */
	lxw_workbook *wb;
	const wp_share *share;
	const wp_export_opts *opts;
	lxw_format *title;   /* the campaign title above a table */
	lxw_format *header;  /* bold, bordered, wrapped headings */
	lxw_format *text;    /* a bordered cell, top aligned, wrapped */
	lxw_format *center;  /* the same, centred (the matrix cells) */
	lxw_format *date;    /* the same, as yyyy-mm-dd */
	lxw_error error;     /* the first error of a write, LXW_NO_ERROR */
	const char *failed;  /* what was written when it happened */
	wp_buf clean;        /* scratch for wp_xlsx_clean */
} wp_xlsx;

/* One sheet being filled: the widest text of each column, in display
 * columns, and each column's cap. */
typedef struct wp_xlsx_sheet {
	wp_xlsx *x;
	lxw_worksheet *ws;
	size_t ncols;
	int *widths; /* owned, freed by wp_xlsx_sheet_finish */
	int *caps;   /* owned, idem */
} wp_xlsx_sheet;

/* Appends s to b as a cell may hold it: without the characters no text
 * may hold (wp_text_forbidden; newline and tab stay, a cell may have
 * several lines), each byte that is not UTF-8 as U+FFFD, and cut to
 * WP_XLSX_CELL_MAX characters. Excel refuses a workbook whose strings
 * hold control characters, and an old database may hold any. */
void wp_xlsx_clean(wp_buf *b, const char *s);

/* Display columns of the widest line of s (a CJK character counts two). */
int wp_xlsx_text_columns(const char *s);

/* The Excel width of a column whose widest text takes cols display
 * columns: a little margin, at least a narrow column, at most cap. */
double wp_xlsx_column_width(int cols, int cap);

/* The state of one unit's report on today: "submitted", "overdue" (due
 * before today and not submitted) or "pending", translated. */
const char *wp_xlsx_status(const wp_owner *owner, wp_date due, wp_date today);

/* Appends an activity's dates as people read them: one day with its
 * weekday (2026-04-20 (Mon), zh 2026-04-20（周一）), a range of days from
 * the first to the last, or "undated". */
void wp_xlsx_put_dates(wp_buf *b, wp_date start, wp_date end);

/* Begins sheet name with ncols columns, each capped at
 * WP_XLSX_WIDTH_CAP (a sheet may lower sheet->caps), set up for
 * printing on A4, one page wide, with page numbers.
 * Returns -1 (with x->error set) when the workbook refuses the sheet. */
int wp_xlsx_sheet_begin(wp_xlsx *x, wp_xlsx_sheet *sheet, const char *name, size_t ncols);
/* Sets the column widths from what was written and frees the sheet. */
void wp_xlsx_sheet_finish(wp_xlsx_sheet *sheet);

/* Cell writers: they clean text and measure it, and keep the first error
 * in the workbook (a later write after an error does nothing). NULL text
 * writes an empty bordered cell. */
void wp_xlsx_put_text(wp_xlsx_sheet *sheet, lxw_row_t row, lxw_col_t col, const char *s,
		      lxw_format *format);
/* Text that does not widen its column (a title spilling over the next). */
void wp_xlsx_put_title(wp_xlsx_sheet *sheet, lxw_row_t row, const char *s);
void wp_xlsx_put_names(wp_xlsx_sheet *sheet, lxw_row_t row, lxw_col_t col,
		       const wp_names *names);
/* A date as an Excel date; WP_DATE_NONE writes none_text instead. */
void wp_xlsx_put_date(wp_xlsx_sheet *sheet, lxw_row_t row, lxw_col_t col, wp_date d,
		      const char *none_text);
void wp_xlsx_put_number(wp_xlsx_sheet *sheet, lxw_row_t row, lxw_col_t col, double n);
/* Headings of row row from column 0, one per entry of headings. */
void wp_xlsx_put_headings(wp_xlsx_sheet *sheet, lxw_row_t row, const char *const *headings,
			  size_t n);
/* Keeps err as the first error of the workbook, naming what failed. */
void wp_xlsx_note(wp_xlsx *x, lxw_error err, const char *what);

/* The five sheets (export-xlsx-sheets.c). Each returns -1 when the
 * workbook refused something (x->error says what). */
int wp_xlsx_schedule(wp_xlsx *x);
int wp_xlsx_responsibilities(wp_xlsx *x);
int wp_xlsx_submissions(wp_xlsx *x);
int wp_xlsx_committee(wp_xlsx *x);
int wp_xlsx_contacts(wp_xlsx *x);

#endif
