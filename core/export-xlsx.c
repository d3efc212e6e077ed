/* export-xlsx.c - a campaign as an Excel workbook (see export.h): the
 * workbook, its formats, and the cell writers every sheet goes through
 * (export-xlsx.h). The sheets themselves are in export-xlsx-sheets.c. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "alloc.h"
#include "export-xlsx.h"
#include "i18n-core.h"
#include "text.h"

/* Excel counts days from 1899-12-30 (its serial 25569 is 1970-01-01,
 * the day 0 of a wp_date). */
#define EXCEL_SERIAL_1970 25569

/* ---- text ------------------------------------------------------------- */

void wp_xlsx_clean(wp_buf *b, const char *s)
{
	static const char replacement[] = "\xef\xbf\xbd"; /* U+FFFD */
	const uint8_t *p = (const uint8_t *)(s ? s : "");
	size_t chars = 0;
	while (*p && chars < WP_XLSX_CELL_MAX) {
		ucs4_t uc;
		int len = u8_strmbtouc(&uc, p);
		if (len <= 0) {
			wp_buf_puts(b, replacement);
			p++, chars++;
			continue;
		}
		if (!wp_text_forbidden(uc) || uc == '\n' || uc == '\t') {
			wp_buf_append(b, (const char *)p, (size_t)len);
			chars++;
		}
		p += len;
	}
}

int wp_xlsx_text_columns(const char *s)
{
	int widest = 0;
	wp_buf line = WP_BUF_INIT;
	while (s && *s) {
		size_t n = strcspn(s, "\n");
		wp_buf_reset(&line);
		wp_buf_append(&line, s, n);
		int w = wp_text_width(wp_buf_str(&line));
		widest = w > widest ? w : widest;
		s += n + (s[n] == '\n');
	}
	wp_buf_free(&line);
	return widest;
}

double wp_xlsx_column_width(int cols, int cap)
{
	/* Excel's width unit is about one digit of the default font; a CJK
	 * character is about two, as it is on a terminal. */
	double width = cols + 2;
	if (width < 6)
		width = 6;
	return width > cap ? cap : width;
}

const char *wp_xlsx_status(const wp_owner *owner, wp_date due, wp_date today)
{
	if (owner && owner->submitted_on != WP_DATE_NONE)
		return WP_TR("submitted");
	if (due != WP_DATE_NONE && today != WP_DATE_NONE && due < today)
		return WP_TR("overdue");
	return WP_TR("pending");
}

/* A date and its weekday: 2026-04-20 (Mon), 2026-04-20（周一）. */
static void put_day(wp_buf *b, wp_date d)
{
	static const char *const weekdays[] = {
		"",	      WP_N_("Mon"), WP_N_("Tue"), WP_N_("Wed"),
		WP_N_("Thu"), WP_N_("Fri"), WP_N_("Sat"), WP_N_("Sun"),
	};
	char iso[WP_DATE_ISO_SIZE];
	/* TRANSLATORS: a date and its weekday in the workbook's schedule. */
	wp_buf_printf(b, WP_TR("%s (%s)"), wp_date_format(d, iso),
		      WP_TR(weekdays[wp_date_weekday(d)]));
}

void wp_xlsx_put_dates(wp_buf *b, wp_date start, wp_date end)
{
	if (start == WP_DATE_NONE) {
		wp_buf_puts(b, WP_TR("undated"));
		return;
	}
	put_day(b, start);
	if (end == WP_DATE_NONE || end == start)
		return;
	/* TRANSLATORS: between the first and the last day of an activity. */
	wp_buf_puts(b, WP_TR(" to "));
	put_day(b, end);
}

/* ---- cells ------------------------------------------------------------ */

void wp_xlsx_note(wp_xlsx *x, lxw_error err, const char *what)
{
	if (err != LXW_NO_ERROR && x->error == LXW_NO_ERROR) {
		x->error = err;
		x->failed = what;
	}
}

static void widen(wp_xlsx_sheet *sheet, lxw_col_t col, int cols)
{
	if (col < sheet->ncols && cols > sheet->widths[col])
		sheet->widths[col] = cols;
}

/* The cleaned text of s, valid until the next call. */
static const char *cleaned(wp_xlsx *x, const char *s)
{
	wp_buf_reset(&x->clean);
	wp_xlsx_clean(&x->clean, s);
	return wp_buf_str(&x->clean);
}

void wp_xlsx_put_text(wp_xlsx_sheet *sheet, lxw_row_t row, lxw_col_t col, const char *s,
		      lxw_format *format)
{
	wp_xlsx *x = sheet->x;
	if (x->error != LXW_NO_ERROR)
		return;
	if (!s || !*s) {
		wp_xlsx_note(x, x->lib->worksheet_write_blank(sheet->ws, row, col, format), "a cell");
		return;
	}
	const char *text = cleaned(x, s);
	widen(sheet, col, wp_xlsx_text_columns(text));
	wp_xlsx_note(x, x->lib->worksheet_write_string(sheet->ws, row, col, text, format), "a cell");
}

void wp_xlsx_put_title(wp_xlsx_sheet *sheet, lxw_row_t row, const char *s)
{
	wp_xlsx *x = sheet->x;
	if (x->error != LXW_NO_ERROR || !s)
		return;
	wp_xlsx_note(x, x->lib->worksheet_write_string(sheet->ws, row, 0, cleaned(x, s), x->title),
		     "the title");
}

void wp_xlsx_put_names(wp_xlsx_sheet *sheet, lxw_row_t row, lxw_col_t col,
		       const wp_names *names)
{
	wp_buf joined = WP_BUF_INIT;
	for (size_t i = 0; i < names->n; i++) {
		if (i)
			wp_buf_puts(&joined, "、");
		wp_buf_puts(&joined, names->v[i]);
	}
	wp_xlsx_put_text(sheet, row, col, wp_buf_str(&joined), sheet->x->text);
	wp_buf_free(&joined);
}

void wp_xlsx_put_date(wp_xlsx_sheet *sheet, lxw_row_t row, lxw_col_t col, wp_date d,
		      const char *none_text)
{
	wp_xlsx *x = sheet->x;
	if (d == WP_DATE_NONE) {
		wp_xlsx_put_text(sheet, row, col, none_text, x->text);
		return;
	}
	if (x->error != LXW_NO_ERROR)
		return;
	widen(sheet, col, 10); /* yyyy-mm-dd */
	wp_xlsx_note(x,
		     x->lib->worksheet_write_number(sheet->ws, row, col,
						    (double)d + EXCEL_SERIAL_1970, x->date),
		     "a date");
}

void wp_xlsx_put_number(wp_xlsx_sheet *sheet, lxw_row_t row, lxw_col_t col, double n)
{
	wp_xlsx *x = sheet->x;
	if (x->error != LXW_NO_ERROR)
		return;
	wp_xlsx_note(x, x->lib->worksheet_write_number(sheet->ws, row, col, n, x->center), "a number");
}

void wp_xlsx_put_headings(wp_xlsx_sheet *sheet, lxw_row_t row, const char *const *headings,
			  size_t n)
{
	for (size_t i = 0; i < n; i++)
		wp_xlsx_put_text(sheet, row, (lxw_col_t)i, headings[i], sheet->x->header);
}

/* ---- sheets ----------------------------------------------------------- */

int wp_xlsx_sheet_begin(wp_xlsx *x, wp_xlsx_sheet *sheet, const char *name, size_t ncols)
{
	*sheet = (wp_xlsx_sheet){.x = x, .ncols = ncols};
	if (x->error != LXW_NO_ERROR)
		return -1;
	/* A translation may be a name Excel does not take ([]:*?/\ or
	 * more than 31 characters): say so rather than fail without why. */
	const char *clean_name = cleaned(x, name);
	lxw_error bad = x->lib->workbook_validate_sheet_name(x->wb, clean_name);
	if (bad == LXW_NO_ERROR)
		sheet->ws = x->lib->workbook_add_worksheet(x->wb, clean_name);
	if (!sheet->ws) {
		wp_xlsx_note(x, bad != LXW_NO_ERROR ? bad : LXW_ERROR_MEMORY_MALLOC_FAILED, name);
		return -1;
	}
	sheet->widths = wp_xcalloc(ncols ? ncols : 1, sizeof *sheet->widths);
	sheet->caps = wp_xcalloc(ncols ? ncols : 1, sizeof *sheet->caps);
	for (size_t c = 0; c < ncols; c++)
		sheet->caps[c] = WP_XLSX_WIDTH_CAP;
	/* Printed on A4, as wide as the page (a table cut down its middle
	 * is read wrong), with page numbers. */
	x->lib->worksheet_set_paper(sheet->ws, 9);
	x->lib->worksheet_fit_to_pages(sheet->ws, 1, 0);
	x->lib->worksheet_set_footer(sheet->ws, "&C&P / &N");
	return 0;
}

void wp_xlsx_sheet_finish(wp_xlsx_sheet *sheet)
{
	for (size_t c = 0; sheet->ws && c < sheet->ncols; c++) {
		double width = wp_xlsx_column_width(sheet->widths[c], sheet->caps[c]);
		wp_xlsx_note(sheet->x,
			     sheet->x->lib->worksheet_set_column(sheet->ws, (lxw_col_t)c, (lxw_col_t)c,
								 width, NULL),
			     "a column width");
	}
	free(sheet->widths);
	free(sheet->caps);
	*sheet = (wp_xlsx_sheet){0};
}

/* ---- the workbook ----------------------------------------------------- */

static lxw_format *cell_format(wp_xlsx *x)
{
	lxw_format *f = x->lib->workbook_add_format(x->wb);
	x->lib->format_set_border(f, LXW_BORDER_THIN);
	x->lib->format_set_text_wrap(f);
	x->lib->format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	return f;
}

static void add_formats(wp_xlsx *x)
{
	x->title = x->lib->workbook_add_format(x->wb);
	x->lib->format_set_bold(x->title);
	x->lib->format_set_font_size(x->title, 14);
	x->header = cell_format(x);
	x->lib->format_set_bold(x->header);
	x->lib->format_set_bg_color(x->header, 0xD9D9D9);
	x->lib->format_set_align(x->header, LXW_ALIGN_CENTER);
	x->lib->format_set_align(x->header, LXW_ALIGN_VERTICAL_CENTER);
	x->text = cell_format(x);
	x->center = cell_format(x);
	x->lib->format_set_align(x->center, LXW_ALIGN_CENTER);
	x->date = cell_format(x);
	x->lib->format_set_num_format(x->date, "yyyy-mm-dd");
	x->lib->format_set_align(x->date, LXW_ALIGN_LEFT);
}

static int write_sheets(wp_xlsx *x)
{
	if (wp_xlsx_schedule(x) != 0 || wp_xlsx_responsibilities(x) != 0 ||
	    wp_xlsx_submissions(x) != 0 || wp_xlsx_committee(x) != 0 || wp_xlsx_contacts(x) != 0)
		return -1;
	return x->error == LXW_NO_ERROR ? 0 : -1;
}

int wp_export_xlsx(const wp_share *share, const wp_export_opts *opts, const char *path,
		   wp_err *err)
{
	/* Before the file is made: a missing library leaves no empty file. */
	struct wp_xlsx_lib lib;
	if (wp_xlsx_lib_load(&lib, err) != 0)
		return -1;
	/* libxlsxwriter opens the file only at the end, and says why it could
	 * not on standard error: open it first, to say it in err. */
	FILE *probe = fopen(path, "wb");
	if (!probe || fclose(probe) != 0)
		return wp_err_set(err, WP_TR("cannot write the workbook %s: %s"), path, strerror(errno));
	wp_xlsx x = {.lib = &lib, .share = share, .opts = opts, .error = LXW_NO_ERROR};
	x.wb = x.lib->workbook_new(path);
	if (!x.wb)
		return wp_err_set(err, WP_TR("cannot begin the workbook %s"), path);
	add_formats(&x);
	char *title = wp_xstrdup(cleaned(&x, share->title));
	lxw_doc_properties props = {.title = title};
	wp_xlsx_note(&x, x.lib->workbook_set_properties(x.wb, &props), "the document properties");
	free(title); /* the workbook keeps a copy */
	if (write_sheets(&x) != 0) {
		/* Nothing is written before workbook_close: free it unwritten. */
		x.lib->lxw_workbook_free(x.wb);
		int rc = wp_err_set(err, WP_TR("cannot write the workbook %s: %s: %s"), path, x.failed,
				    x.lib->lxw_strerror(x.error));
		wp_buf_free(&x.clean);
		return rc;
	}
	wp_buf_free(&x.clean);
	lxw_error closed = x.lib->workbook_close(x.wb); /* writes the file, frees the workbook */
	if (closed != LXW_NO_ERROR)
		return wp_err_set(err, WP_TR("cannot write the workbook %s: %s"), path,
				  x.lib->lxw_strerror(closed));
	return 0;
}
