/* notice-tsv.c - a spreadsheet's rows copied as text (see notice-tsv.h).
 * A spreadsheet puts a cell on the clipboard in double quotes when it
 * holds a line break or a quote; the rows are otherwise a line each, the
 * cells apart by tabs. The reader's table readers want a row a line: the
 * quoted cell's lines are joined back into it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-date.h"
#include "notice-heading.h"
#include "notice-reader.h"
#include "notice-tsv.h"
#include "notice-words.h"
#include "text.h"

/* A quoted cell runs over this many lines at most: past it, the quote
 * was the text's own (an unclosed " in a sentence). */
#define CELL_LINES_MAX 24

/* Where a cell opens in line at p: the line's start or just past a tab. */
static bool cell_start(const char *line, const char *p)
{
	return p == line || p[-1] == '\t';
}

/* Appends the text between quotes of one line to the cell in b: a
 * doubled quote is one; stops at the closing quote (true, *p past it)
 * or at the line's end (false: the cell goes on). */
static bool cell_text(wp_buf *b, const char **p)
{
	const char *q = *p;
	for (; *q; q++) {
		if (*q != '"') {
			wp_buf_putc(b, *q);
			continue;
		}
		if (q[1] == '"') {
			wp_buf_putc(b, '"');
			q++;
			continue;
		}
		*p = q + 1;
		return true;
	}
	*p = q;
	return false;
}

/* The cell's parts (apart by one of seps in cell: its lines, and in a
 * comma-separated row the commas in it too) joined: with 、 between two
 * that both read as units and the first ends with no mark, else as they
 * are (a comma between parts that are not units stays). */
static void join_cell(wp_buf *out, const char *cell, const char *seps)
{
	const char *prev = NULL;
	size_t prev_len = 0;
	char prev_sep = 0;
	for (const char *p = cell; p;) {
		size_t len = strcspn(p, seps);
		const char *end = p[len] ? p + len : NULL;
		if (prev) {
			char *a = wp_str_sub(prev, prev_len), *b = wp_str_sub(p, len);
			static const char *const marks[] = {"、", "，", "；", "。", "：", NULL};
			bool marked = false;
			for (const char *const *m = marks; *m && !marked; m++)
				marked = wp_str_ends(a, *m);
			size_t label_len;
			const struct wp_field_label *label = wp_field_label_at(b, &label_len);
			/* 部署会 / 地点：县行政中心…: a line of the cell labelled with
			 * its place or content stays a line of its own (a space
			 * before it, as the cell's lines are read:
			 * wp_notice_cell_lines); not a unit's role (县住建局 /
			 * 配合：…), whose cell the reader of units splits */
			if (prev_sep == '\n' && label && wp_str_starts(b + label_len, "：") &&
			    (label->field == WP_FIELD_PLACE || label->field == WP_FIELD_CONTENT))
				wp_buf_putc(out, ' ');
			else if (!marked && *a && *b && wp_notice_unit_like(a) && wp_notice_unit_like(b))
				wp_buf_puts(out, "、");
			else if (prev_sep != '\n')
				wp_buf_putc(out, prev_sep);
			free(a);
			free(b);
		}
		wp_buf_append(out, p, len);
		prev = p, prev_len = len;
		prev_sep = end ? *end : 0;
		p = end ? end + 1 : NULL;
	}
}

/* Rebuilds the row that opens at line i; the lines it took in *used, or
 * 0 when it is no such row (no quote left open at a line's end, or one
 * that does not close within its lines). The row, owned, or NULL. */
static char *row_at(char **v, size_t n, size_t i, size_t *used)
{
	*used = 0;
	if (!strchr(v[i], '\t') && !(i + 1 < n && v[i][0] == '"'))
		return NULL;
	wp_buf row = WP_BUF_INIT, cell = WP_BUF_INIT;
	size_t k = i;
	bool spanned = false;
	const char *line = v[k], *p = line;
	while (*p) {
		if (*p != '"' || !cell_start(line, p)) {
			wp_buf_putc(&row, *p++);
			continue;
		}
		p++; /* a quoted cell */
		wp_buf_reset(&cell);
		while (!cell_text(&cell, &p)) {
			if (++k >= n || k - i > CELL_LINES_MAX) {
				wp_buf_free(&row);
				wp_buf_free(&cell);
				return NULL;
			}
			wp_buf_putc(&cell, '\n');
			line = p = v[k];
			spanned = true;
		}
		join_cell(&row, wp_buf_str(&cell), "\n");
	}
	wp_buf_free(&cell);
	/* a row of a sheet has its tabs; a quote over lines of prose is the
	 * text's own */
	if (!spanned || !strchr(wp_buf_str(&row), '\t')) {
		wp_buf_free(&row);
		return NULL;
	}
	*used = k - i + 1;
	return wp_buf_take(&row);
}

/* A sheet saved as comma-separated values and pasted into the notice
 * ("序号,活动名称,活动时间,活动地点,责任部门,配合部门"): its rows become
 * rows apart by tabs, as if copied from the sheet. A run of rows is taken
 * for a sheet when it has CSV_RUN_MIN rows or more, each of the same
 * number of cells (CSV_CELLS_MIN or more, as a sheet gives every row) and
 * one at least with CSV_FILLED_MIN cells filled: a sentence typed with
 * ASCII commas is a line alone, not three of the same shape. */
#define CSV_RUN_MIN 3
#define CSV_CELLS_MIN 4
#define CSV_FILLED_MIN 3

struct csv_row {
	char *row; /* owned: the cells apart by tabs, the empty ones at its end dropped */
	size_t lines, cells, filled;
	bool short_cells; /* every filled cell short and no sentence: a header's */
};

/* A header's cell (活动名称, 责任部门) is short and ends no clause. */
#define HEADER_CELL_WIDTH 16
static bool header_cell(const char *cell)
{
	static const char *const marks[] = {"。", "，", "；", ",", NULL};
	return wp_text_width(cell) <= HEADER_CELL_WIDTH && wp_str_span_upto(cell, marks) == strlen(cell);
}

/* One cell of a comma-separated row at *p, its text into cell: quoted
 * (over lines, *k moved to the line it closes on) or up to the next
 * comma. False when a quote does not close within CELL_LINES_MAX lines. */
static bool csv_cell(char **v, size_t n, size_t i, size_t *k, const char **p, wp_buf *cell)
{
	wp_buf_reset(cell);
	if (**p == '"') {
		(*p)++;
		while (!cell_text(cell, p)) {
			if (++*k >= n || *k - i > CELL_LINES_MAX)
				return false;
			wp_buf_putc(cell, '\n');
			*p = v[*k];
		}
	}
	size_t len = strcspn(*p, ",");
	wp_buf_append(cell, *p, len);
	*p += len;
	return true;
}

/* The comma-separated row that opens at line i into *r; false when line
 * i holds a tab (a sheet copied as such, for wp_ntsv_rows) or a quote
 * left open. */
static bool csv_row_at(char **v, size_t n, size_t i, struct csv_row *r)
{
	*r = (struct csv_row){0};
	if (strchr(v[i], '\t'))
		return false;
	wp_buf row = WP_BUF_INIT, cell = WP_BUF_INIT;
	size_t k = i, kept = 0;
	const char *p = v[k];
	for (;;) {
		if (!csv_cell(v, n, i, &k, &p, &cell)) {
			wp_buf_free(&row);
			wp_buf_free(&cell);
			return false;
		}
		if (r->cells++)
			wp_buf_putc(&row, '\t');
		if (*wp_buf_str(&cell)) {
			r->short_cells = (r->filled == 0 || r->short_cells) && header_cell(wp_buf_str(&cell));
			join_cell(&row, wp_buf_str(&cell), "\n,");
			r->filled++;
			kept = row.len;
		}
		if (*p != ',')
			break;
		p++;
	}
	wp_buf_free(&cell);
	r->row = wp_buf_take(&row);
	r->row[kept] = '\0';
	r->lines = k - i + 1;
	return true;
}

/* The rows of the same shape from line i on into rows (room for n - i);
 * their count, and the lines they take in *used. */
static size_t csv_run(char **v, size_t n, size_t i, struct csv_row *rows, size_t *used)
{
	size_t count = 0;
	*used = 0;
	for (size_t k = i; k < n && strchr(v[k], ',');) {
		struct csv_row r;
		if (!csv_row_at(v, n, k, &r))
			break;
		if (r.cells < CSV_CELLS_MIN || (count && r.cells != rows[0].cells)) {
			free(r.row);
			break;
		}
		rows[count++] = r;
		k += r.lines;
		*used += r.lines;
	}
	return count;
}

/* A sheet has a header: a row of CSV_FILLED_MIN cells or more, each
 * short and no clause (lines of prose typed with ASCII commas, each
 * numbered 1.3月23日,在…举行…,县教育局负责, have none). */
static bool csv_sheet(const struct csv_row *rows, size_t count)
{
	if (count < CSV_RUN_MIN)
		return false;
	for (size_t k = 0; k < count; k++)
		if (rows[k].filled >= CSV_FILLED_MIN && rows[k].short_cells)
			return true;
	return false;
}

/* A run that is no sheet is kept and passed over whole, so that no line
 * is read as a row twice: linear in the lines. */
char **wp_ncsv_rows(char **v, size_t *n)
{
	struct csv_row *rows = wp_xcalloc(*n ? *n : 1, sizeof *rows);
	size_t kept = 0;
	for (size_t i = 0; i < *n;) {
		size_t used, count = strchr(v[i], ',') ? csv_run(v, *n, i, rows, &used) : 0;
		bool sheet = csv_sheet(rows, count);
		if (!count)
			used = 1;
		/* the lines go before the rows take their places (kept <= i) */
		for (size_t k = i; k < i + used; k++) {
			if (sheet)
				free(v[k]);
			else
				v[kept++] = v[k];
		}
		for (size_t k = 0; k < count; k++) {
			if (sheet)
				v[kept++] = rows[k].row;
			else
				free(rows[k].row);
		}
		i += used;
	}
	free(rows);
	*n = kept;
	return v;
}

/* A row's line wrapped inside its cells: the lines under it that open
 * with a tab (its first cell, the number, empty) hold the rest of some of
 * its cells, each under its own (…启动仪式暨 / (tab)食品安全科普集市).
 * This many such lines at most go on one row. */
#define ROW_LINES_MAX 8

static size_t cells_of(const char *line, size_t *filled)
{
	size_t cells = 0;
	*filled = 0;
	for (const char *p = line;;) {
		size_t len = strcspn(p, "\t");
		cells++;
		*filled += len > 0;
		if (!p[len])
			return cells;
		p += len + 1;
	}
}

/* Does line open with a row's number (12, 3.) and a tab? */
static bool numbered_row(const char *line)
{
	size_t digits = strspn(line, "0123456789");
	return digits > 0 && digits <= 3 && (line[digits] == '\t' || (line[digits] == '.' && line[digits + 1] == '\t'));
}

/* Is line the rest of row's cells: it opens with a tab, has no more cells
 * than row, and fills fewer than half of them (a row of its own fills
 * its title, day, place and units)? */
static bool row_rest(const char *row, const char *line)
{
	size_t row_filled, filled;
	size_t row_cells = cells_of(row, &row_filled), cells = cells_of(line, &filled);
	if (line[0] != '\t' || !filled || cells > row_cells || 2 * filled >= row_cells)
		return false;
	/* (tab)三、工作要求 after the table: a heading indented as the copy
	 * indents every line, no cell's rest */
	const char *text = line + strspn(line, "\t");
	int number;
	if (wp_heading_top(text, &number) || wp_heading_item(text, &number))
		return false;
	/* (tab)科普大篷车巡展(tab)5月18日: a row of its own under a merged
	 * number cell gives a day where the row has one; (tab)注：…。 is a
	 * paragraph indented as the copy indents them, no cell's rest */
	const char *p = row, *q = line;
	while (p && q) {
		size_t a = strcspn(p, "\t"), b = strcspn(q, "\t");
		char *mine = wp_str_sub(p, a), *bit = wp_str_sub(q, b);
		wp_ndate d;
		bool new_day = *bit && wp_nfind_date(bit, 2000, &d) && wp_nfind_date(mine, 2000, &d);
		bool sentence = wp_str_ends(bit, "。");
		free(mine);
		free(bit);
		if (new_day || sentence)
			return false;
		p = p[a] ? p + a + 1 : NULL;
		q = q[b] ? q + b + 1 : NULL;
	}
	return true;
}

/* row with each cell of rest (no more cells than row) that holds text
 * added to its own. Caller frees. */
static char *with_rest(const char *row, const char *rest)
{
	wp_buf out = WP_BUF_INIT, cell = WP_BUF_INIT;
	const char *p = row, *q = rest;
	for (bool first = true; p; first = false) {
		size_t a = strcspn(p, "\t"), b = q ? strcspn(q, "\t") : 0;
		if (!first)
			wp_buf_putc(&out, '\t');
		wp_buf_reset(&cell);
		wp_buf_append(&cell, p, a);
		if (a && b)
			wp_buf_putc(&cell, '\n');
		if (q)
			wp_buf_append(&cell, q, b);
		join_cell(&out, wp_buf_str(&cell), "\n");
		p = p[a] ? p + a + 1 : NULL;
		q = q && q[b] ? q + b + 1 : NULL;
	}
	wp_buf_free(&cell);
	return wp_buf_take(&out);
}

/* Each numbered row's wrapped rests put back into its cells. */
static char **join_row_rests(char **v, size_t *n)
{
	size_t kept = 0;
	for (size_t i = 0; i < *n;) {
		char *row = v[i++];
		for (size_t k = 0; numbered_row(row) && k < ROW_LINES_MAX && i < *n && row_rest(row, v[i]); k++) {
			char *joined = with_rest(row, v[i]);
			free(row);
			free(v[i++]);
			row = joined;
		}
		v[kept++] = row;
	}
	*n = kept;
	return v;
}

/* Is cell a day (4月15日（星期四）), or 同上 written for one? */
static bool day_cell(const char *cell)
{
	wp_ndate d;
	return wp_nfind_date_at(cell, 2000, &d) || strcmp(cell, wp_words(WP_WORDS_SAME_AS_ABOVE)[0]) == 0;
}

/* line with its leading empty cells written 同上 when the row above has
 * as many cells, text in each of them, and a day in its first: a sheet
 * writes a day merged down over rows (4月15日 over the day's three rows)
 * in its first row and leaves the rows under it empty there. Not a
 * first column of groups (初一年级 over its rows: the table reader reads
 * those), nor a row's wrapped rest (a few cells filled). NULL when line
 * is no such row. Caller frees. */
static char *ditto_leading(const char *above, const char *line)
{
	size_t lead = strspn(line, "\t"), above_filled, filled;
	size_t cells = cells_of(line, &filled);
	if (!lead || !above || cells_of(above, &above_filled) != cells || filled < 2)
		return NULL;
	/* more than half the row filled, one empty cell at most after the
	 * merged ones (地点 of one online): a row's wrapped rest (咨询日活动
	 * ⇥⇥单位) fills a few here and there */
	if (2 * filled <= cells || cells - lead > filled + 1)
		return NULL;
	const char *p = above;
	for (size_t c = 0; c < lead; c++) {
		size_t len = strcspn(p, "\t");
		char *cell = wp_str_sub(p, len);
		bool kept = len && (c > 0 || day_cell(cell));
		free(cell);
		if (!kept)
			return NULL;
		p += len + 1;
	}
	wp_buf out = WP_BUF_INIT;
	for (size_t c = 0; c < lead; c++)
		wp_buf_printf(&out, "%s\t", wp_words(WP_WORDS_SAME_AS_ABOVE)[0]);
	wp_buf_puts(&out, line + lead);
	return wp_buf_take(&out);
}

/* Each row's merged cells (ditto_leading) written out. */
static void ditto_rows(char **v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		char *row = strchr(v[i - 1], '\t') ? ditto_leading(v[i - 1], v[i]) : NULL;
		if (row) {
			free(v[i]);
			v[i] = row;
		}
	}
}

/* Is everything in line after its first tab more tabs (or spaces): a
 * row whose first cell alone is filled? */
static bool first_cell_alone(const char *line)
{
	const char *tab = strchr(line, '\t');
	return tab && tab[strspn(tab, "\t ")] == '\0';
}

/* "备注：<newline>1.…<newline>…2026年5月11日"<TAB><TAB>…: a note (备注：,
 * 说明：, 温馨提示：) in the first cell of a row of its own, over the
 * sheet's width, is prose (not a merged cell of a row's: "禁毒展板巡展
 * <newline>（各社区轮流）"): its lines (used of them from i) stay lines,
 * each as the cell holds it (its quotes gone, "" a quote), the row's
 * empty cells gone. */
static void note_cell_lines(char **v, size_t i, size_t used)
{
	for (size_t k = i; k < i + used; k++) {
		const char *p = v[k] + (k == i); /* past the opening quote */
		wp_buf line = WP_BUF_INIT;
		cell_text(&line, &p);
		free(v[k]);
		v[k] = wp_buf_take(&line);
	}
}

char **wp_ntsv_rows(char **v, size_t *n)
{
	size_t kept = 0;
	for (size_t i = 0; i < *n;) {
		size_t used;
		char *row = strchr(v[i], '"') ? row_at(v, *n, i, &used) : NULL;
		if (row && v[i][0] == '"' && wp_word_at(v[i] + 1, WP_WORDS_SHEET_NOTE) && first_cell_alone(row)) {
			free(row);
			note_cell_lines(v, i, used);
			for (size_t k = i; k < i + used; k++)
				v[kept++] = v[k];
			i += used;
			continue;
		}
		if (!row) {
			v[kept++] = v[i++];
			continue;
		}
		for (size_t k = i; k < i + used; k++)
			free(v[k]);
		v[kept++] = row;
		i += used;
	}
	*n = kept;
	v = join_row_rests(v, n);
	ditto_rows(v, *n);
	return v;
}
