/* notice-layout-table.c - a table as pdftotext -layout prints it (see
 * notice-layout-table.h).
 *
 * The header names the columns, but a PDF centres it over them: where a
 * column starts is known from its cells, a column of blank space running
 * down the rows between two columns. A row is the lines between two
 * blank lines; its number stands on one of them (the middle one, where
 * the cells are centred), and each of its lines gives each column a
 * piece of that column's cell, the pieces joined in order. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-layout-table.h"
#include "notice-line.h"
#include "notice-reader.h"
#include "notice-text.h"
#include "notice-words.h"
#include "text.h"

#define MAX_COLUMNS WP_NOTICE_MAX_COLUMNS
/* The display columns a table's line may take: a landscape page's text
 * layer stays well inside it. */
#define LAYOUT_WIDTH 400
/* A row's cells wrap over this many lines at most. */
#define ROW_LINES_MAX 12
/* A piece under a header name may start this far outside it. */
#define HEAD_SLACK 2
/* A header name's piece wrapped onto the next line is this short. */
#define CONTINUED_NAME_MAX 12

/* A run of a line's text between gaps (two spaces, a U+3000): the
 * display columns [from, to) it takes and its bytes. */
struct piece {
	int from, to;
	const char *at;
	size_t len;
};

struct head {
	size_t n;
	struct piece pc[MAX_COLUMNS];
	wp_buf name[MAX_COLUMNS];
	const char *line;
};

static bool space_at(const char *p, size_t *len)
{
	*len = *p == ' ' ? 1 : wp_str_starts(p, "\xe3\x80\x80") ? 3 : 0;
	return *len > 0;
}

/* The pieces of line (at most max); returns how many there are, or
 * (size_t)-1 if the line is wider than a table's. */
static size_t split_pieces(const char *line, struct piece *pc, size_t max)
{
	size_t n = 0;
	int x = 0;
	const char *p = line;
	while (*p) {
		size_t len;
		int gap = 0;
		while (space_at(p, &len))
			gap += len == 1 ? 1 : 2, p += len;
		x += gap;
		if (!*p)
			break;
		struct piece cur = {x, x, p, 0};
		for (;;) {
			size_t clen = wp_str_char_len(p);
			x += wp_text_width_n(p, clen);
			p += clen;
			if (!*p || (space_at(p, &len) && (len == 3 || p[1] == ' ')))
				break;
			if (*p == ' ') /* a single space inside the piece */
				x++, p++;
		}
		cur.to = x, cur.len = (size_t)(p - cur.at);
		/* a piece of no width (a tab, a combining mark) shows nothing,
		 * and may stand past the last column */
		if (cur.to == cur.from)
			continue;
		if (x > LAYOUT_WIDTH)
			return (size_t)-1;
		if (n < max)
			pc[n] = cur;
		n++;
	}
	return n;
}

static char *piece_text(const struct piece *pc)
{
	return wp_str_sub(pc->at, pc->len);
}

/* Is line a table's header: three or more of its pieces name columns? */
static bool read_head(const char *line, struct head *h)
{
	size_t n = split_pieces(line, h->pc, MAX_COLUMNS);
	if (n < 3 || n > MAX_COLUMNS)
		return false;
	size_t named = 0;
	for (size_t k = 0; k < n; k++) {
		char *name = piece_text(&h->pc[k]);
		enum wp_field kind;
		named += wp_notice_column_kind(name, &kind);
		free(name);
	}
	if (named < 3)
		return false;
	h->n = n;
	h->line = line;
	for (size_t k = 0; k < n; k++) {
		h->name[k] = (wp_buf)WP_BUF_INIT;
		wp_buf_append(&h->name[k], h->pc[k].at, h->pc[k].len);
	}
	return true;
}

static void free_head(struct head *h)
{
	for (size_t k = 0; k < h->n; k++)
		wp_buf_free(&h->name[k]);
	h->n = 0;
}

/* The header name piece pc stands under, or -1. */
static int name_under(const struct head *h, const struct piece *pc)
{
	for (size_t k = 0; k < h->n; k++)
		if (pc->from >= h->pc[k].from - HEAD_SLACK && pc->from <= h->pc[k].to + HEAD_SLACK)
			return (int)k;
	return -1;
}

/* Is line the rest of names the header wrapped (号 under 序)? Appends
 * the pieces to their names when append is set. */
static bool head_rest(struct head *h, const char *line, bool append)
{
	struct piece pc[MAX_COLUMNS];
	size_t n = split_pieces(line, pc, MAX_COLUMNS);
	if (n == 0 || n > MAX_COLUMNS)
		return false;
	for (size_t j = 0; j < n; j++) {
		char *s = piece_text(&pc[j]);
		bool number = wp_notice_row_number(s) >= 0;
		free(s);
		if (number || pc[j].len > CONTINUED_NAME_MAX || name_under(h, &pc[j]) < 0)
			return false;
	}
	for (size_t j = 0; append && j < n; j++)
		wp_buf_append(&h->name[name_under(h, &pc[j])], pc[j].at, pc[j].len);
	return true;
}

/* Is line the header again (atop the next page): the same names? */
static bool same_head(const struct head *h, const char *line)
{
	struct piece pc[MAX_COLUMNS];
	if (split_pieces(line, pc, MAX_COLUMNS) != h->n)
		return false;
	for (size_t k = 0; k < h->n; k++)
		if (pc[k].len != h->pc[k].len || memcmp(pc[k].at, h->pc[k].at, pc[k].len) != 0)
			return false;
	return true;
}

static bool page_number(const char *line)
{
	const char *p = line + strspn(line, " ");
	char *trimmed = wp_str_trim_end(p, NULL);
	bool page = wp_nline_page_number(trimmed);
	free(trimmed);
	return page;
}

static bool blank_line(const char *line)
{
	size_t len;
	while (space_at(line, &len))
		line += len;
	return !*line;
}

/* Does line open with a row's number, under the header's first name? */
static bool numbered_line(const struct head *h, const char *line)
{
	struct piece pc[1];
	size_t n = split_pieces(line, pc, 1);
	if (n == 0 || n == (size_t)-1 || pc[0].from > h->pc[0].to + HEAD_SLACK)
		return false;
	char *s = piece_text(&pc[0]);
	bool number = wp_notice_row_number(s) > 0;
	free(s);
	return number;
}

enum group { GROUP_ROW, GROUP_PAGE, GROUP_END };

/* What the lines [i, end) between blank lines are: a row (one numbered
 * line, none too wide), a page's break (its number, the header again),
 * or no part of the table. */
static enum group group_kind(struct head *h, char **v, size_t i, size_t end)
{
	size_t numbered = 0, paging = 0;
	bool after_head = false;
	/* a run of lines far longer than a row's, or a page break's (its
	 * number, the header again), is no part of the table: not looked
	 * through, or each header before it would look through it again */
	if (end - i > 2 * ROW_LINES_MAX + 8)
		return GROUP_END;
	for (size_t k = i; k < end; k++) {
		if (page_number(v[k]) || same_head(h, v[k]) || (after_head && head_rest(h, v[k], false))) {
			after_head = after_head || same_head(h, v[k]);
			paging++;
			continue;
		}
		struct piece pc[1];
		if (split_pieces(v[k], pc, 1) == (size_t)-1)
			return GROUP_END;
		numbered += numbered_line(h, v[k]);
	}
	if (paging == end - i)
		return GROUP_PAGE;
	if (paging > 0 || numbered != 1 || end - i > ROW_LINES_MAX)
		return GROUP_END;
	return GROUP_ROW;
}

/* The pieces of a row's line a row reads (at most ROW_PIECES), or 0 if
 * the line is wider than a table's. */
#define ROW_PIECES (MAX_COLUMNS * 4)
static size_t row_pieces(const char *line, struct piece *pc)
{
	size_t n = split_pieces(line, pc, ROW_PIECES);
	if (n == (size_t)-1)
		return 0;
	return n < ROW_PIECES ? n : ROW_PIECES;
}

/* Counts, at each display column, the pieces of line that start there. */
static void count_starts(const char *line, unsigned *starts)
{
	struct piece pc[ROW_PIECES];
	size_t n = row_pieces(line, pc);
	for (size_t j = 0; j < n; j++)
		starts[pc[j].from]++;
}

/* The table's columns, from where its rows' pieces start: a cell's
 * lines all start at its column's left edge, give or take the width of
 * a character a PDF's layout misjudged (a quote mark). from[c] is where
 * column c starts, to[c] where the next does; for each display column,
 * column_of gives the column a piece starting there is in. Returns how
 * many columns there are (max + 1 if more than max). */
static size_t body_columns(const unsigned *starts, int *column_of, int *from, int *to, size_t max)
{
	size_t n = 0;
	int last = -HEAD_SLACK - 1;
	for (int x = 0; x < LAYOUT_WIDTH; x++) {
		if (!starts[x])
			continue;
		if (x - last > HEAD_SLACK) {
			if (n == max)
				return max + 1;
			from[n++] = x;
		}
		last = x;
	}
	for (size_t c = 0; c < n; c++)
		to[c] = c + 1 < n ? from[c + 1] : LAYOUT_WIDTH;
	for (int x = 0; x < LAYOUT_WIDTH; x++)
		column_of[x] = -1;
	for (size_t c = 0; c < n; c++)
		for (int x = from[c]; x < to[c] && x < LAYOUT_WIDTH; x++)
			column_of[x] = (int)c;
	return n;
}

/* The header name each body column falls under (the one it overlaps
 * most, else the nearest); false unless they keep their order and no
 * two columns fall under one name. */
static bool name_columns(const struct head *h, const int *from, const int *to, size_t ncols, size_t *name_of)
{
	for (size_t c = 0; c < ncols; c++) {
		int best = -1, best_score = -(1 << 20);
		for (size_t k = 0; k < h->n; k++) {
			int lo = from[c] > h->pc[k].from ? from[c] : h->pc[k].from;
			int hi = to[c] < h->pc[k].to ? to[c] : h->pc[k].to;
			int mid = (from[c] + to[c]) / 2, hmid = (h->pc[k].from + h->pc[k].to) / 2;
			int score = hi > lo ? hi - lo : -abs(mid - hmid);
			if (score > best_score)
				best = (int)k, best_score = score;
		}
		name_of[c] = (size_t)best;
		if (c > 0 && name_of[c] <= name_of[c - 1])
			return false;
	}
	return true;
}

/* Appends the row's line to its cells: each piece to its column's cell. */
static void add_line(const char *line, const int *column_of, wp_buf *cell)
{
	struct piece pc[ROW_PIECES];
	size_t n = row_pieces(line, pc);
	for (size_t j = 0; j < n; j++) {
		int c = column_of[pc[j].from];
		if (c < 0)
			continue;
		for (const char *p = pc[j].at; p < pc[j].at + pc[j].len; p++)
			if (*p == '|') /* the bar parts the cells given back */
				wp_buf_puts(&cell[c], "｜");
			else
				wp_buf_putc(&cell[c], *p);
	}
}

static char *bar_line(wp_buf *cells, size_t n)
{
	wp_buf out = WP_BUF_INIT;
	for (size_t k = 0; k < n; k++)
		wp_buf_printf(&out, "|%s", wp_buf_str(&cells[k]));
	wp_buf_putc(&out, '|');
	return wp_buf_take(&out);
}

/* The next run of lines between blank lines at or past *k, before end:
 * [*k, *e); false if there is none. */
static bool next_group(char **v, size_t end, size_t *k, size_t *e)
{
	while (*k < end && blank_line(v[*k]))
		(*k)++;
	for (*e = *k; *e < end && !blank_line(v[*e]);)
		(*e)++;
	return *k < *e;
}

struct table {
	size_t first, end; /* lines [first, end) are the table's */
	size_t body;	   /* its first line past the header */
	size_t rows;
	bool wrapped;	   /* a row takes more than a line */
};

/* Finds the table whose header is line i; false if there is none there.
 * *scanned is how far it was looked for. */
static bool find_table(struct head *h, char **v, size_t n, size_t i, struct table *t, size_t *scanned)
{
	*t = (struct table){i, i + 1, i + 1, 0, false};
	while (t->body < n && !blank_line(v[t->body]) && head_rest(h, v[t->body], true))
		t->body++;
	size_t k = t->body, e;
	while (next_group(v, n, &k, &e)) {
		enum group g = group_kind(h, v, k, e);
		if (g == GROUP_END)
			break;
		if (g == GROUP_ROW) {
			t->rows++;
			t->wrapped = t->wrapped || e - k > 1;
			t->end = e;
		}
		k = e;
	}
	*scanned = k > i + 1 ? k : i + 1;
	return t->rows >= 2 && t->wrapped;
}

/* The table's lines given back as a header line and a line a row; the
 * number of lines given in out (room for the table's lines). */
static size_t rebuild(struct head *h, char **v, const struct table *t, char **out)
{
	unsigned *starts = wp_xcalloc(LAYOUT_WIDTH + 1, sizeof *starts);
	int *column_of = wp_xcalloc(LAYOUT_WIDTH, sizeof *column_of);
	int from[MAX_COLUMNS], to[MAX_COLUMNS];
	size_t name_of[MAX_COLUMNS], made = 0;
	for (size_t k = t->body, e; next_group(v, t->end, &k, &e); k = e)
		if (group_kind(h, v, k, e) == GROUP_ROW)
			for (size_t j = k; j < e; j++)
				count_starts(v[j], starts);
	size_t ncols = body_columns(starts, column_of, from, to, MAX_COLUMNS);
	if (ncols > MAX_COLUMNS || ncols < 3 || !name_columns(h, from, to, ncols, name_of))
		goto done;
	out[made++] = bar_line(h->name, h->n);
	wp_buf cell[MAX_COLUMNS], row[MAX_COLUMNS];
	for (size_t k = t->body, e; next_group(v, t->end, &k, &e); k = e) {
		if (group_kind(h, v, k, e) != GROUP_ROW)
			continue;
		for (size_t c = 0; c < MAX_COLUMNS; c++)
			cell[c] = (wp_buf)WP_BUF_INIT, row[c] = (wp_buf)WP_BUF_INIT;
		for (size_t j = k; j < e; j++)
			add_line(v[j], column_of, cell);
		for (size_t c = 0; c < ncols; c++)
			wp_buf_puts(&row[name_of[c]], wp_buf_str(&cell[c]));
		out[made++] = bar_line(row, h->n);
		for (size_t c = 0; c < MAX_COLUMNS; c++)
			wp_buf_free(&cell[c]), wp_buf_free(&row[c]);
	}
done:
	free(starts);
	free(column_of);
	return made;
}

char **wp_nlayout_rows(char **v, size_t *n)
{
	size_t kept = 0;
	for (size_t i = 0; i < *n;) {
		struct head h = {0};
		struct table t;
		size_t scanned = i + 1, made = 0;
		char **rows = NULL;
		if (read_head(v[i], &h)) {
			if (find_table(&h, v, *n, i, &t, &scanned)) {
				rows = wp_xcalloc(t.end - t.first + 1, sizeof *rows);
				made = rebuild(&h, v, &t, rows);
			}
			free_head(&h);
		}
		if (made == 0) {
			/* no table here, nor in the lines looked at for it
			 * (a header further on would find the same end) */
			for (; i < scanned && i < *n; i++)
				v[kept++] = v[i];
			free(rows);
			continue;
		}
		for (size_t k = t.first; k < t.end; k++)
			free(v[k]);
		for (size_t k = 0; k < made; k++)
			v[kept++] = rows[k];
		free(rows);
		i = t.end;
	}
	*n = kept;
	return v;
}
