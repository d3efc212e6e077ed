/* export-xlsx-sheets.c - the five sheets of the workbook (export-xlsx.h):
 * the schedule, the responsibility matrix, the reports owed, the
 * committee and the contacts. Each sheet is a title row (the campaign),
 * a heading row frozen on screen and repeated on every printed page,
 * then the rows. */
#include "config.h"

#include "export-xlsx.h"
#include "i18n-core.h"

/* Rows above the table: the campaign's title. */
#define TITLE_ROW 0
#define HEADING_ROW 1
#define FIRST_ROW 2

/* The title, and the headings kept in view and on every page. */
static void table_top(wp_xlsx_sheet *sheet, const char *const *headings, size_t n,
		      lxw_col_t frozen_cols)
{
	wp_xlsx *x = sheet->x;
	wp_xlsx_put_title(sheet, TITLE_ROW, x->share->title);
	wp_xlsx_put_headings(sheet, HEADING_ROW, headings, n);
	x->lib->worksheet_freeze_panes(sheet->ws, FIRST_ROW, frozen_cols);
	wp_xlsx_note(x, x->lib->worksheet_repeat_rows(sheet->ws, HEADING_ROW, HEADING_ROW),
		     "the rows repeated on each page");
}

/* A table too wide for A4 upright: printed turned, its long columns
 * narrower than WP_XLSX_WIDTH_CAP (their text wraps) so that it stays
 * readable at one page wide. caps has one entry per column. */
static void wide_table(wp_xlsx_sheet *sheet, const int *caps)
{
	for (size_t c = 0; c < sheet->ncols; c++)
		sheet->caps[c] = caps[c];
	sheet->x->lib->worksheet_set_landscape(sheet->ws);
}

/* ---- 活动安排 ------------------------------------------------------------- */

static void put_times(wp_xlsx_sheet *sheet, lxw_row_t row, const wp_share_activity *a)
{
	wp_buf times = WP_BUF_INIT;
	if (a->start_time)
		wp_buf_puts(&times, a->start_time);
	if (a->start_time && a->end_time)
		wp_buf_printf(&times, "–%s", a->end_time);
	wp_xlsx_put_text(sheet, row, 3, wp_buf_str(&times), sheet->x->text);
	wp_buf_free(&times);
}

int wp_xlsx_schedule(wp_xlsx *x)
{
	const char *const headings[] = {
		WP_TR("No."),	    WP_TR("Activity"),	 WP_TR("Dates"),
		WP_TR("Time"),	    WP_TR("Place"),	 WP_TR("Lead units"),
		WP_TR("Cooperating units"),
	};
	size_t ncols = sizeof headings / sizeof *headings;
	wp_xlsx_sheet sheet;
	static const int caps[] = {8, 30, 24, 13, 24, 24, 30};
	if (wp_xlsx_sheet_begin(x, &sheet, WP_TR("Schedule"), ncols) != 0)
		return -1;
	wide_table(&sheet, caps);
	table_top(&sheet, headings, ncols, 0);
	wp_buf dates = WP_BUF_INIT;
	for (size_t i = 0; i < x->share->nactivities; i++) {
		const wp_share_activity *a = &x->share->activities[i];
		lxw_row_t row = (lxw_row_t)(FIRST_ROW + i);
		wp_buf_reset(&dates);
		wp_xlsx_put_dates(&dates, a->start, a->end);
		wp_xlsx_put_text(&sheet, row, 0, a->number, x->center);
		wp_xlsx_put_text(&sheet, row, 1, a->title, x->text);
		wp_xlsx_put_text(&sheet, row, 2, wp_buf_str(&dates), x->text);
		put_times(&sheet, row, a);
		wp_xlsx_put_text(&sheet, row, 4, a->location, x->text);
		wp_xlsx_put_names(&sheet, row, 5, &a->lead);
		wp_xlsx_put_names(&sheet, row, 6, &a->cooperate);
	}
	wp_buf_free(&dates);
	wp_xlsx_sheet_finish(&sheet);
	return x->error == LXW_NO_ERROR ? 0 : -1;
}

/* ---- 分工表 --------------------------------------------------------------- */

/* Columns of the matrix: the unit, its committee role, one per activity,
 * then the unit's totals. Activity columns are narrow; their headings
 * wrap, so the heading row is as tall as the tallest. */
#define MATRIX_ACTIVITY_COL 2
#define MATRIX_ACTIVITY_WIDTH 12

static const char *rank_word(int rank)
{
	switch (rank) {
	case WP_RANK_CHAIR:
		return WP_TR("chair");
	case WP_RANK_VICE_CHAIR:
		return WP_TR("vice-chair");
	case WP_RANK_MEMBER:
		return WP_TR("member");
	case WP_RANK_OFFICE:
		return WP_TR("office");
	default:
		return NULL;
	}
}

/* The activity headings (number and title) and the height of their row. */
static void matrix_headings(wp_xlsx_sheet *sheet)
{
	wp_xlsx *x = sheet->x;
	const wp_matrix *m = &x->share->matrix;
	wp_buf h = WP_BUF_INIT;
	int lines = 1;
	for (size_t a = 0; a < m->nactivities; a++) {
		lxw_col_t col = (lxw_col_t)(MATRIX_ACTIVITY_COL + a);
		wp_buf_reset(&h);
		if (m->activities[a].number && *m->activities[a].number)
			wp_buf_printf(&h, "%s ", m->activities[a].number);
		wp_buf_puts(&h, m->activities[a].title);
		wp_xlsx_put_text(sheet, HEADING_ROW, col, wp_buf_str(&h), x->header);
		sheet->caps[col] = MATRIX_ACTIVITY_WIDTH;
		int cols = wp_xlsx_text_columns(wp_buf_str(&h));
		int need = (cols + MATRIX_ACTIVITY_WIDTH - 3) / (MATRIX_ACTIVITY_WIDTH - 2);
		lines = need > lines ? need : lines;
	}
	wp_buf_free(&h);
	lines = lines > 8 ? 8 : lines;
	wp_xlsx_note(x, x->lib->worksheet_set_row(sheet->ws, HEADING_ROW, 15.0 * lines + 3, NULL),
		     "the heading row");
}

static void matrix_row(wp_xlsx_sheet *sheet, size_t u)
{
	wp_xlsx *x = sheet->x;
	const wp_matrix *m = &x->share->matrix;
	lxw_row_t row = (lxw_row_t)(FIRST_ROW + u);
	wp_xlsx_put_text(sheet, row, 0, m->units[u].name, x->text);
	wp_xlsx_put_text(sheet, row, 1, rank_word(m->units[u].rank), x->text);
	for (size_t a = 0; a < m->nactivities; a++) {
		char cell = wp_matrix_cell(m, u, a);
		const char *word = cell == 'L' ? WP_TR("Lead") : cell == 'C' ? WP_TR("Coop.") : NULL;
		wp_xlsx_put_text(sheet, row, (lxw_col_t)(MATRIX_ACTIVITY_COL + a), word, x->center);
	}
	lxw_col_t totals = (lxw_col_t)(MATRIX_ACTIVITY_COL + m->nactivities);
	wp_xlsx_put_number(sheet, row, totals, m->units[u].nlead);
	wp_xlsx_put_number(sheet, row, totals + 1, m->units[u].ncooperate);
}

int wp_xlsx_responsibilities(wp_xlsx *x)
{
	const wp_matrix *m = &x->share->matrix;
	size_t ncols = MATRIX_ACTIVITY_COL + m->nactivities + 2;
	wp_xlsx_sheet sheet;
	if (wp_xlsx_sheet_begin(x, &sheet, WP_TR("Responsibilities"), ncols) != 0)
		return -1;
	const char *const headings[] = {WP_TR("Unit"), WP_TR("Committee")};
	table_top(&sheet, headings, 2, MATRIX_ACTIVITY_COL);
	matrix_headings(&sheet);
	lxw_col_t totals = (lxw_col_t)(MATRIX_ACTIVITY_COL + m->nactivities);
	wp_xlsx_put_text(&sheet, HEADING_ROW, totals, WP_TR("Leads"), x->header);
	wp_xlsx_put_text(&sheet, HEADING_ROW, totals + 1, WP_TR("Cooperates"), x->header);
	for (size_t u = 0; u < m->nunits; u++)
		matrix_row(&sheet, u);
	/* Printed as the committee hands it out: turned, one page wide. */
	x->lib->worksheet_set_landscape(sheet.ws);
	wp_xlsx_sheet_finish(&sheet);
	return x->error == LXW_NO_ERROR ? 0 : -1;
}

/* ---- 报送情况 ------------------------------------------------------------- */

static void submission_row(wp_xlsx_sheet *sheet, lxw_row_t row, const wp_deadline_item *d,
			   const wp_owner *o)
{
	wp_xlsx *x = sheet->x;
	wp_xlsx_put_text(sheet, row, 0, d->what, x->text);
	wp_xlsx_put_date(sheet, row, 1, d->due, WP_TR("undated"));
	wp_xlsx_put_text(sheet, row, 2, d->rule_text, x->text);
	wp_xlsx_put_text(sheet, row, 3, o ? o->name : NULL, x->text);
	wp_xlsx_put_text(sheet, row, 4, wp_xlsx_status(o, d->due, x->opts->today), x->text);
	wp_xlsx_put_date(sheet, row, 5, o ? o->submitted_on : WP_DATE_NONE, NULL);
	wp_xlsx_put_text(sheet, row, 6, d->submit_to, x->text);
}

/* One row per unit owing a report (only the unit's own in a share cut
 * for a unit); a report nobody is named for still gets its row. */
int wp_xlsx_submissions(wp_xlsx *x)
{
	const char *const headings[] = {
		WP_TR("Report"), WP_TR("Due date"),	   WP_TR("Rule"),      WP_TR("Unit"),
		WP_TR("Status"), WP_TR("Submitted on"), WP_TR("Submit to"),
	};
	size_t ncols = sizeof headings / sizeof *headings;
	wp_xlsx_sheet sheet;
	static const int caps[] = {30, 12, 24, 24, 10, 12, 30};
	if (wp_xlsx_sheet_begin(x, &sheet, WP_TR("Submissions"), ncols) != 0)
		return -1;
	wide_table(&sheet, caps);
	table_top(&sheet, headings, ncols, 1);
	lxw_row_t row = FIRST_ROW;
	const wp_deadline_list *dl = &x->share->deadlines;
	for (size_t i = 0; i < dl->n; i++) {
		const wp_deadline_item *d = &dl->items[i];
		if (x->share->unit_id != 0)
			submission_row(&sheet, row++, d, wp_share_owner(x->share, d));
		else if (d->nowners == 0)
			submission_row(&sheet, row++, d, NULL);
		for (size_t o = 0; x->share->unit_id == 0 && o < d->nowners; o++)
			submission_row(&sheet, row++, d, &d->owners[o]);
	}
	wp_xlsx_sheet_finish(&sheet);
	return x->error == LXW_NO_ERROR ? 0 : -1;
}

/* ---- 组委会 --------------------------------------------------------------- */

static lxw_row_t committee_rows(wp_xlsx_sheet *sheet, lxw_row_t row, int rank,
				const wp_names *names)
{
	for (size_t i = 0; i < names->n; i++, row++) {
		wp_xlsx_put_text(sheet, row, 0, rank_word(rank), sheet->x->text);
		wp_xlsx_put_text(sheet, row, 1, names->v[i], sheet->x->text);
	}
	return row;
}

int wp_xlsx_committee(wp_xlsx *x)
{
	const char *const headings[] = {WP_TR("Role"), WP_TR("Unit")};
	wp_xlsx_sheet sheet;
	if (wp_xlsx_sheet_begin(x, &sheet, WP_TR("Committee"), 2) != 0)
		return -1;
	table_top(&sheet, headings, 2, 0);
	const wp_share *s = x->share;
	lxw_row_t row = FIRST_ROW;
	row = committee_rows(&sheet, row, WP_RANK_CHAIR, &s->chair);
	row = committee_rows(&sheet, row, WP_RANK_VICE_CHAIR, &s->vice_chair);
	row = committee_rows(&sheet, row, WP_RANK_MEMBER, &s->members);
	committee_rows(&sheet, row, WP_RANK_OFFICE, &s->office);
	wp_xlsx_sheet_finish(&sheet);
	return x->error == LXW_NO_ERROR ? 0 : -1;
}

/* ---- 联系人 --------------------------------------------------------------- */

int wp_xlsx_contacts(wp_xlsx *x)
{
	const char *const headings[] = {
		WP_TR("Name"), WP_TR("Phone"), WP_TR("Email"), WP_TR("Unit"), WP_TR("Activity"),
	};
	size_t ncols = sizeof headings / sizeof *headings;
	wp_xlsx_sheet sheet;
	if (wp_xlsx_sheet_begin(x, &sheet, WP_TR("Contacts"), ncols) != 0)
		return -1;
	table_top(&sheet, headings, ncols, 0);
	for (size_t i = 0; i < x->share->ncontacts; i++) {
		const wp_share_contact *c = &x->share->contacts[i];
		lxw_row_t row = (lxw_row_t)(FIRST_ROW + i);
		/* A telephone number is text: it keeps its leading zero. */
		wp_xlsx_put_text(&sheet, row, 0, c->name, x->text);
		wp_xlsx_put_text(&sheet, row, 1, c->phone, x->text);
		wp_xlsx_put_text(&sheet, row, 2, c->email, x->text);
		wp_xlsx_put_text(&sheet, row, 3, c->unit, x->text);
		wp_xlsx_put_text(&sheet, row, 4, c->activity, x->text);
	}
	wp_xlsx_sheet_finish(&sheet);
	return x->error == LXW_NO_ERROR ? 0 : -1;
}
