/* notice-cells.c - the cells of a line of an activity table: apart by
 * bars (| 1 | 启动仪式 |, or 时间 | 活动 without edge bars), by tabs and runs
 * of spaces, or by single spaces; where each cell starts on the line, so
 * a cell that overflowed its column splits where the header's columns
 * say; and the rules of dashes drawn under a header or below the rows.
 * notice-table.c reads the rows these give. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-reader.h"
#include "text.h"

#define MAX_COLUMNS WP_NOTICE_MAX_COLUMNS
#define COLUMN_SLACK WP_NOTICE_COLUMN_SLACK

/* Does a cell gap start at p: U+3000, or (wide) two spaces, else one? */
static size_t gap_at(const char *p, bool wide)
{
	if (wp_str_starts(p, "\xe3\x80\x80"))
		return 3;
	if (*p == ' ' && (!wide || p[1] == ' '))
		return strspn(p, " ");
	return 0;
}

/* gap_at, with *quoted tracking “…” as p moves: a slogan's U+3000 inside
 * quotes (“文明旅游　快乐出行”) is part of its cell. */
static size_t gap_at_outside_quotes(const char *p, bool wide, bool *quoted)
{
	if (wp_str_starts(p, "“"))
		*quoted = true;
	else if (wp_str_starts(p, "”"))
		*quoted = false;
	if (*quoted && wp_str_starts(p, "\xe3\x80\x80"))
		return 0;
	return gap_at(p, wide);
}

/* | 1 | 启动仪式 |  |, or 时间 | 活动 | 地点 without the bars at the
 * edges: the cells between bars, trimmed, an empty one kept (its column
 * is still there); an edge bar opens or closes no cell. At most max;
 * returns how many there are. */
static size_t split_bars(const char *line, char **cells, size_t max)
{
	size_t n = 0, total = 0;
	const char *p = line + (line[0] == '|');
	for (const char *bar = p; bar; p = bar ? bar + 1 : p) {
		bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);
		if (!bar && strspn(p, " ") == len)
			break; /* nothing after the last bar */
		char *cell = wp_str_sub(p, len);
		char *trimmed = wp_str_trim_end(cell + strspn(cell, " "), NULL);
		free(cell);
		if (n < max)
			cells[n++] = trimmed;
		else
			free(trimmed);
		total++;
	}
	return total;
}

/* Are a line's cells apart by bars: one at its start, or one standing
 * between spaces (时间 | 活动), as a bar inside a name never does? */
static bool barred(const char *line)
{
	return line[0] == '|' || wp_str_find(line, " | ");
}

/* The cells of line apart by gaps: any gap_at finds, or (tabs_only) only
 * the two spaces a tab became, a U+3000 then being part of a cell. At
 * most max; returns how many there are. */
static size_t split_at_gaps(const char *line, char **cells, size_t max, bool tabs_only)
{
	size_t n = 0, total = 0;
	bool wide = wp_str_find(line, "  ") || wp_str_find(line, "\xe3\x80\x80");
	const char *p = line;
	for (;;) {
		while (*p == ' ' || (!tabs_only && wp_str_starts(p, "\xe3\x80\x80")))
			p += *p == ' ' ? 1 : 3;
		if (!*p)
			break;
		const char *start = p;
		bool quoted = false;
		while (*p && !(tabs_only ? p[0] == ' ' && p[1] == ' ' : gap_at_outside_quotes(p, wide, &quoted)))
			p += wp_str_char_len(p);
		size_t len = (size_t)(p - start);
		while (tabs_only && len && start[len - 1] == ' ') /* the cell's own trailing space */
			len--;
		if (n < max)
			cells[n++] = wp_str_sub(start, len);
		total++;
	}
	return total;
}

/* The cells of a line: text apart by runs of two or more spaces (a tab
 * became two when the text was decoded) or U+3000, or by single spaces
 * when there is no wider gap; or between bars (see barred). At most max;
 * returns how many there are. */
size_t wp_notice_split_cells(const char *line, char **cells, size_t max)
{
	return barred(line) ? split_bars(line, cells, max) : split_at_gaps(line, cells, max, false);
}

size_t wp_notice_split_row_cells(const char *line, char **cells, size_t max)
{
	return barred(line) ? split_bars(line, cells, max) : split_at_gaps(line, cells, max, true);
}

size_t wp_notice_split_tab_cells(const char *line, char **cells, size_t max)
{
	return split_at_gaps(line, cells, max, true);
}

void wp_notice_free_cells(char **cells, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(cells[i]);
}


/* The display column each cell of line starts at, as split_cells splits
 * it (at most max); returns how many cells there are. */
size_t wp_notice_cell_columns(const char *line, int *col, size_t max)
{
	size_t n = 0;
	bool wide = wp_str_find(line, "  ") || wp_str_find(line, "\xe3\x80\x80");
	for (const char *p = line;;) {
		while (*p == ' ' || wp_str_starts(p, "\xe3\x80\x80"))
			p += *p == ' ' ? 1 : 3;
		if (!*p)
			break;
		if (n < max)
			col[n] = wp_text_width_n(line, (size_t)(p - line));
		n++;
		bool quoted = false;
		while (*p && !gap_at_outside_quotes(p, wide, &quoted))
			p += wp_str_char_len(p);
	}
	return n;
}

/* 6月27日（星期六）上午9:00 清河社区党群服务中心: a cell that overflowed its
 * column leaves a single space before the next column's text. Splits a
 * cell at a single space after which the text starts where a header
 * column starts (head, nhead) that lies inside the cell; returns the new
 * number of cells (room for max). */
size_t wp_notice_split_overflow(const char *line, char **cells, size_t total, size_t max, const int *head,
			     size_t nhead)
{
	int at[MAX_COLUMNS];
	if (wp_notice_cell_columns(line, at, MAX_COLUMNS) != total || total > MAX_COLUMNS)
		return total;
	for (size_t c = 0; c < total && total < max; c++) {
		int next = c + 1 < total ? at[c + 1] : 1 << 20;
		for (size_t h = 0; h < nhead; h++) {
			if (head[h] <= at[c] + COLUMN_SLACK || head[h] >= next - COLUMN_SLACK)
				continue;
			const char *space = NULL;
			for (const char *s = strchr(cells[c], ' '); s && !space; s = strchr(s + 1, ' ')) {
				int after = at[c] + wp_text_width_n(cells[c], (size_t)(s + 1 - cells[c]));
				if (after >= head[h] - COLUMN_SLACK && after <= head[h] + COLUMN_SLACK)
					space = s;
			}
			if (!space)
				continue;
			memmove(cells + c + 2, cells + c + 1, (total - c - 1) * sizeof *cells);
			memmove(at + c + 2, at + c + 1, (total - c - 1) * sizeof *at);
			cells[c + 1] = wp_xstrdup(space + 1);
			at[c + 1] = head[h];
			cells[c][space - cells[c]] = '\0';
			total++;
			break;
		}
	}
	return total;
}

/* ------, ——————, ======: a rule drawn under a table's header or below
 * its last row (three characters at least, so a 一 or —— cell is none). */
bool wp_notice_rule_line(const char *line)
{
	static const char *const strokes[] = {"-", "=", "_", "—", "─", "━", "－", "═", NULL};
	size_t n = 0;
	for (const char *p = line; *p; n++) {
		size_t len = 0;
		for (const char *const *s = strokes; *s && !len; s++)
			len = wp_str_starts(p, *s) ? strlen(*s) : 0;
		if (!len)
			return false;
		p += len;
	}
	return n >= 3;
}

/* A line of a cell's from p (a space before it): a label that may head a
 * line (地点：) with its colon; its field, and the value's start. */
static bool labelled_line(const char *p, enum wp_field *field, const char **value)
{
	size_t n;
	const struct wp_field_label *l = wp_field_label_at(p, &n);
	if (!l || !(l->where & WP_FIELD_LINE))
		return false;
	const char *v = p + n;
	if (!wp_str_skip(&v, "：") && !wp_str_skip(&v, ":"))
		return false;
	*field = l->field;
	*value = v;
	return true;
}

static char **cell_slot(struct wp_notice_cell_lines *out, enum wp_field field)
{
	switch (field) {
	case WP_FIELD_PLACE: return &out->place;
	case WP_FIELD_CONTENT: return &out->content;
	case WP_FIELD_WHEN: return &out->when;
	default: return NULL;
	}
}

void wp_notice_cell_lines(const char *cell, struct wp_notice_cell_lines *out)
{
	*out = (struct wp_notice_cell_lines){NULL, NULL, NULL, NULL};
	/* one pass: each line ends where the next labelled one starts */
	char **slot = &out->head;
	const char *start = cell;
	for (const char *p = cell;; p++) {
		enum wp_field field = WP_FIELD_OTHER;
		const char *value = NULL;
		bool next = *p == ' ' && labelled_line(p + 1, &field, &value);
		if (!*p || next) {
			if (slot && !*slot) {
				char *line = wp_str_sub(start, (size_t)(p - start));
				*slot = wp_str_trim_end(line, NULL);
				free(line);
			}
			if (!*p)
				break;
			slot = cell_slot(out, field);
			start = value;
			p = value - 1;
		}
	}
}

void wp_notice_cell_lines_free(struct wp_notice_cell_lines *l)
{
	free(l->head);
	free(l->place);
	free(l->content);
	free(l->when);
}
