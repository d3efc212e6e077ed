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

/* Do lines i.. open such a table: a lone bar, a cell, a bar, a cell, a
 * bar (a lone | among prose opens none)? */
static bool opens_table(char **v, size_t n, size_t i)
{
	return i + 4 < n && lone_bar(v[i]) && !lone_bar(v[i + 1]) && lone_bar(v[i + 2]) && !lone_bar(v[i + 3]) &&
	       lone_bar(v[i + 4]);
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

static void keep(char *line, char ***out, size_t *m, size_t *cap)
{
	if (*m == *cap)
		*out = wp_xrealloc(*out, (*cap *= 2) * sizeof **out);
	(*out)[(*m)++] = line;
}

char **wp_nbar_cells_rows(char **v, size_t *n)
{
	size_t i = 0;
	while (i < *n && !opens_table(v, *n, i))
		i++;
	if (i == *n)
		return v;
	size_t cap = *n + 1, m = 0;
	char **out = wp_xmalloc(cap * sizeof *out);
	wp_buf row = WP_BUF_INIT;
	bool table = false, in_cell = false; /* in a table; a cell open in it */
	bool after_bar = false;		     /* the line before was a lone bar */
	size_t cells = 0, width = 0;	     /* the row's cells so far; the header row's */
	for (i = 0; i < *n; i++) {
		bool bar = lone_bar(v[i]);
		bool bar_before = after_bar;
		after_bar = bar;
		if (!table && !(bar && opens_table(v, *n, i))) {
			keep(v[i], &out, &m, &cap);
			continue;
		}
		table = true;
		if (bar) {
			if (bar_before && width && cells > 0 && cells < width) {
				wp_buf_puts(&row, " — |"); /* | | inside a row: an empty cell */
				cells++;
			} else if (bar_before && row.len) {
				/* | then |: the row ends, the next begins */
				width = width ? width : cells;
				put_row(&row, &out, &m, &cap);
				cells = 0;
				wp_buf_puts(&row, "|");
			} else {
				wp_buf_puts(&row, row.len ? " |" : "|");
			}
			in_cell = false;
			free(v[i]);
			continue;
		}
		/* a cell's text goes on only up to a bar a line or two on; a row
		 * full to the header's width, or text with no bar after it, ends
		 * the table */
		bool bar_soon = (i + 1 < *n && lone_bar(v[i + 1])) || (i + 2 < *n && lone_bar(v[i + 2]));
		bool room = !width || cells < width || in_cell;
		if (row.len && bar_soon && room) {
			wp_buf_puts(&row, in_cell ? "" : " ");
			wp_buf_puts(&row, v[i] + strspn(v[i], " "));
			cells += !in_cell;
			in_cell = true;
			free(v[i]);
			continue;
		}
		put_row(&row, &out, &m, &cap);
		cells = 0;
		in_cell = table = false;
		keep(v[i], &out, &m, &cap);
	}
	put_row(&row, &out, &m, &cap);
	free(v);
	*n = m;
	return out;
}
