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
#include "notice-reader.h"
#include "notice-tsv.h"
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

/* The cell's lines (apart by \n in cell) joined: with 、 between two
 * that both read as units and the first ends with no mark, else as they
 * are. */
static void join_cell(wp_buf *out, const char *cell)
{
	const char *prev = NULL;
	size_t prev_len = 0;
	for (const char *p = cell; p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		if (prev) {
			char *a = wp_str_sub(prev, prev_len), *b = wp_str_sub(p, len);
			static const char *const marks[] = {"、", "，", "；", "。", "：", NULL};
			bool marked = false;
			for (const char *const *m = marks; *m && !marked; m++)
				marked = wp_str_ends(a, *m);
			if (!marked && *a && *b && wp_notice_unit_like(a) && wp_notice_unit_like(b))
				wp_buf_puts(out, "、");
			free(a);
			free(b);
		}
		wp_buf_append(out, p, len);
		prev = p, prev_len = len;
		p = nl ? nl + 1 : NULL;
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
		join_cell(&row, wp_buf_str(&cell));
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

char **wp_ntsv_rows(char **v, size_t *n)
{
	size_t kept = 0;
	for (size_t i = 0; i < *n;) {
		size_t used;
		char *row = strchr(v[i], '"') ? row_at(v, *n, i, &used) : NULL;
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
	return v;
}
