/* notice-bar-cells.c - a web page's table copied a cell to a line, each
 * cell between lines of a lone |, a row ended by two such lines in a row:
 * see notice-bar-cells.h. The rows it gives are read as any barred
 * table's (notice-line.c). */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-bar-cells.h"

/* Is line a lone bar (spaces around it allowed)? */
static bool lone_bar(const char *line)
{
	line += strspn(line, " ");
	if (*line != '|')
		return false;
	line++;
	return line[strspn(line, " ")] == '\0';
}

/* At least two rows of two cells or more: a lone | on its own is a
 * stray mark, not a table. */
static bool holds_bar_table(char **v, size_t n)
{
	size_t bars = 0, doubled = 0;
	for (size_t i = 0; i < n; i++) {
		if (!lone_bar(v[i]))
			continue;
		bars++;
		doubled += i + 1 < n && lone_bar(v[i + 1]);
	}
	return doubled >= 1 && bars >= 6;
}

/* Ends the row in row (its cells each closed by " |"), as a line of out. */
static void put_row(wp_buf *row, char ***out, size_t *m, size_t *cap)
{
	if (!row->len)
		return;
	if (*m == *cap)
		*out = wp_xrealloc(*out, (*cap *= 2) * sizeof **out);
	(*out)[(*m)++] = wp_buf_take(row);
}

char **wp_nbar_cells_rows(char **v, size_t *n)
{
	if (!holds_bar_table(v, *n))
		return v;
	size_t cap = *n + 1, m = 0;
	char **out = wp_xmalloc(cap * sizeof *out);
	wp_buf row = WP_BUF_INIT;
	bool in_cell = false;	   /* a cell is open: a line of text goes on in it */
	size_t cells = 0, width = 0; /* the row's cells so far; the header row's */
	bool after_bar = false;	     /* the line before was a lone bar */
	for (size_t i = 0; i < *n; i++) {
		bool bar = lone_bar(v[i]);
		bool bar_before = after_bar;
		after_bar = bar;
		if (bar && row.len && !in_cell && bar_before) {
			/* | then |: the row ends, the next begins */
			width = width ? width : cells;
			put_row(&row, &out, &m, &cap);
			cells = 0;
		}
		if (bar) {
			wp_buf_puts(&row, row.len ? " |" : "|");
			in_cell = false;
			free(v[i]);
			continue;
		}
		/* after a closed cell, text opens the next one, unless the row
		 * holds as many as the header: then the table has ended */
		bool next_cell = row.len && !in_cell && (!width || cells < width);
		if (row.len && (in_cell || next_cell)) {
			wp_buf_puts(&row, in_cell ? "" : " ");
			wp_buf_puts(&row, v[i] + strspn(v[i], " "));
			cells += !in_cell;
			in_cell = true;
			free(v[i]);
			continue;
		}
		put_row(&row, &out, &m, &cap);
		cells = 0;
		in_cell = false;
		if (m == cap)
			out = wp_xrealloc(out, (cap *= 2) * sizeof *out);
		out[m++] = v[i];
	}
	put_row(&row, &out, &m, &cap);
	free(v);
	*n = m;
	return out;
}
