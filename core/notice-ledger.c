/* notice-ledger.c - a work ledger (工作台账) whose rows are flattened to a
 * line each, the cells apart by ，, the column order given once in a
 * bracketed legend above them:
 *   （台账各栏依次为：序号，工作内容，完成时限，地点，责任单位，进展情况。…）
 *   1，举办启动仪式，12月1日上午9:30，县人民广场，县司法局（牵头）、县委宣传部，方案已报审定
 * Each row is read through notice-table.c's row reader, as the table it was
 * copied from; a column the reader does not read (进展情况, whose dates are
 * no activity's) is kept out of the activity. The last cell takes the rest
 * of the line, so a progress note may hold ， of its own. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"

#define MAX_COLUMNS WP_NOTICE_MAX_COLUMNS
/* paragraphs between the legend and the first row (a title, a unit line) */
#define LEGEND_REACH 3

static bool space_at(const char *p)
{
	return *p == ' ' || wp_str_starts(p, "　");
}

/* The column a legend's name stands for; false for a name no column's. */
static bool legend_column(const char *name, size_t len, enum wp_field *kind)
{
	char *word = wp_str_sub(name, len);
	bool known = wp_notice_column_kind(word, kind);
	free(word);
	return known;
}

/* Where a legend's bracket opens in para: at its start, or, before a
 * lead word, the last （ before it (a wrapped copy may join the table's
 * title to it: …工作台账（台账各栏依次为：…）); NULL if none. */
static const char *legend_open(const char *para, const char **lead, size_t *len)
{
	while (space_at(para))
		para += *para == ' ' ? 1 : strlen("　");
	*lead = wp_word_find(para, WP_WORDS_LEGEND_LEAD, len);
	if (wp_str_starts(para, "（"))
		return para;
	const char *open = NULL;
	for (const char *p = para; *lead && p < *lead; p += wp_str_char_len(p))
		if (wp_str_starts(p, "（"))
			open = p;
	return open;
}

/* The columns a legend paragraph names (（序号，工作内容，…）, or after a
 * lead word 依次为：), up to its first 。 or ）; 0 when para is none: a
 * legend names only columns, a number first, and an activity's. */
static size_t legend_columns(const char *para, enum wp_field *col)
{
	const char *lead;
	size_t len;
	const char *s = legend_open(para, &lead, &len);
	if (!s)
		return 0;
	s += strlen("（");
	const char *stop = wp_str_find(s, "。"), *close = wp_str_find(s, "）");
	if (!stop || (close && close < stop))
		stop = close;
	if (!stop)
		return 0;
	if (lead && lead >= s && lead < stop) {
		s = lead + len;
		if (!wp_str_skip(&s, "："))
			wp_str_skip(&s, ":");
	}
	size_t n = 0;
	while (s < stop) {
		const char *e = s;
		while (e < stop && !wp_str_starts(e, "，") && !wp_str_starts(e, "、"))
			e += wp_str_char_len(e);
		if (n == MAX_COLUMNS || !legend_column(s, (size_t)(e - s), &col[n]))
			return 0;
		n++;
		s = e < stop ? e + wp_str_char_len(e) : stop;
	}
	return n >= 3 && col[0] == WP_FIELD_NO && wp_notice_activity_columns(col, n) ? n : 0;
}

/* The row number opening a row (1，), the bytes it takes in *len; -1 if
 * para opens no row. */
static int row_number(const char *para, size_t *len)
{
	int n = 0;
	size_t digits = 0;
	while (para[digits] >= '0' && para[digits] <= '9' && digits < 4)
		n = n * 10 + (para[digits++] - '0');
	if (!digits || !wp_str_starts(para + digits, "，"))
		return -1;
	*len = digits + strlen("，");
	return n;
}

/* The cells of a row after its number, apart by ， outside brackets and
 * quotes, into cell[1..ncols); the last takes the rest of the line.
 * Returns how many cells were found. */
static size_t row_cells(const char *s, char **cell, size_t ncols)
{
	size_t c = 1;
	int depth = 0;
	const char *start = s;
	for (const char *p = s;; p += wp_str_char_len(p)) {
		if (wp_str_starts(p, "（") || wp_str_starts(p, "“") || wp_str_starts(p, "《"))
			depth++;
		else if ((wp_str_starts(p, "）") || wp_str_starts(p, "”") || wp_str_starts(p, "》")) && depth > 0)
			depth--;
		bool sep = depth == 0 && c + 1 < ncols && wp_str_starts(p, "，");
		if (!*p || sep) {
			cell[c++] = wp_str_sub(start, (size_t)(p - start));
			if (!*p)
				return c;
			start = p + strlen("，");
		}
	}
}

/* Reads the rows after the legend at para; how many. */
static size_t read_rows(struct reader *r, size_t para, const enum wp_field *col, size_t ncols)
{
	size_t rows = 0;
	for (size_t i = para + 1; i < r->t.n && wp_notice_step(r, strlen(r->t.para[i]) + 1); i++) {
		size_t len;
		int no = row_number(r->t.para[i], &len);
		if (no < 0 && !*r->t.para[i])
			continue; /* the empty line between rows */
		if (no < 0) {
			if (rows || i - para > LEGEND_REACH)
				break;
			continue;
		}
		char *cell[MAX_COLUMNS] = {NULL};
		size_t n = row_cells(r->t.para[i] + len, cell, ncols);
		char number[16];
		snprintf(number, sizeof number, "%d", no);
		bool more = wp_notice_add_table_row(r, col, ncols, cell, number, true, i);
		wp_notice_free_cells(cell + 1, n - 1);
		rows++;
		if (!more)
			break;
	}
	return rows;
}

size_t wp_notice_read_ledger(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		enum wp_field col[MAX_COLUMNS];
		size_t ncols = legend_columns(r->t.para[i], col);
		size_t rows = ncols ? read_rows(r, i, col, ncols) : 0;
		if (rows) {
			wp_notice_note(r, WP_TR("the activities are a ledger's rows, a line each, their cells apart by ， in the order its legend gives (%zu rows)"),
				       rows);
			return rows;
		}
	}
	return 0;
}
