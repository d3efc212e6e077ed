/* notice-week-grid.c - a week's timetable: the days as its columns, the
 * parts of the day as its rows, each event a cell by its circled number
 * (时段  4月20日（星期一）  4月21日（星期二）… / 上午  ①启动仪式（9:30）
 * ②进校园宣讲（21日—24日）  ⑦亲子观鸟（7:00） / 下午  —  ③执法检查
 * （14:30）…). A cell merged over several days is copied as one cell and
 * says its days in its bracket; the cells after it stand a column per
 * day from the day after. The events themselves are told elsewhere
 * (notice-circled.c): the grid gives their days and hours. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "date.h"
#include "notice-heading.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

#define GRID_DAYS 14 /* a fortnight's columns at most */
#define GRID_CELLS (GRID_DAYS + 2)

/* The days a header row names after its first cell, at most GRID_DAYS;
 * 0 when it is no such row (a cell that is no day). */
static size_t header_days(const char *para, int year, wp_date *days)
{
	char *cells[GRID_CELLS];
	size_t total = wp_notice_split_cells(para, cells, GRID_CELLS), n = 0;
	size_t kept = total < GRID_CELLS ? total : GRID_CELLS;
	bool ok = total >= 3 && total <= GRID_DAYS + 1;
	for (size_t c = 1; ok && c < kept; c++) {
		wp_ndate d;
		ok = wp_notice_day_heading(cells[c], year, &d);
		if (ok)
			days[n++] = d.start;
	}
	wp_notice_free_cells(cells, kept);
	return ok ? n : 0;
}

/* The day of month dd (21日) in the grid's days: its column, or -1. */
static int day_column(const wp_date *days, size_t n, int dd)
{
	for (size_t c = 0; c < n; c++) {
		int y, m, d;
		wp_date_to_ymd(days[c], &y, &m, &d);
		if (d == dd)
			return (int)c;
	}
	return -1;
}

/* The days a cell's bracket names (21日—24日), as columns of the grid;
 * false when it names none. */
static bool cell_days(const char *cell, const wp_date *days, size_t n, int *from, int *to)
{
	for (const char *p = cell; *p; p += wp_str_char_len(p)) {
		if (*p < '0' || *p > '9' || (p > cell && p[-1] >= '0' && p[-1] <= '9'))
			continue;
		const char *q = p;
		int a = wp_notice_day_of_month(&q);
		if (a < 0)
			continue;
		const char *e = wp_notice_past_range_mark(q);
		int b = e != q ? wp_notice_day_of_month(&e) : -1;
		if (b < 0)
			continue;
		int f = day_column(days, n, a), t = day_column(days, n, b);
		/* days outside the grid's columns (21日—30日 of a week): none */
		if (f < 0 || t < f)
			return false;
		*from = f, *to = t;
		return true;
	}
	return false;
}

/* The activity numbered no.k among those read, or NULL. */
static json_t *event_numbered(struct reader *r, const char *no, int k)
{
	char want[96];
	snprintf(want, sizeof want, "%s.%d", no, k);
	size_t i;
	json_t *a;
	json_array_foreach(r->activities, i, a) {
		const char *n = json_string_value(json_object_get(a, "no"));
		if (n && strcmp(n, want) == 0)
			return a;
	}
	return NULL;
}

/* One row of the grid: each circled cell's days and hour onto its event. */
static void read_row(struct reader *r, const char *no, const char *para, const wp_date *days, size_t n)
{
	char *cells[GRID_CELLS];
	size_t total = wp_notice_split_cells(para, cells, GRID_CELLS);
	size_t kept = total < GRID_CELLS ? total : GRID_CELLS;
	if (kept < 2 || (!wp_time_of_day_at(cells[0], NULL) && !wp_word_is(cells[0], WP_WORDS_WHOLE_DAY))) {
		wp_notice_free_cells(cells, kept);
		return;
	}
	size_t col = 0;
	for (size_t c = 1; c < kept && col < n; c++) {
		const char *text;
		int k = wp_heading_circled(cells[c], &text);
		int from = (int)col, to = (int)col;
		if (k > 0 && cell_days(cells[c], days, n, &from, &to) && from < (int)col)
			from = to = (int)col; /* a bracket that names a day passed: not the cell's */
		col = (size_t)to + 1;
		json_t *a = k > 0 ? event_numbered(r, no, k) : NULL;
		if (!a)
			continue;
		wp_notice_set_dates(a, days[from], days[to]);
		const char *open = wp_str_find(cells[c], "（");
		if (open)
			wp_notice_set_times(a, open);
	}
	wp_notice_free_cells(cells, kept);
}

int wp_notice_date_by_grid(struct reader *r, const char *no, size_t first, size_t last)
{
	wp_date days[GRID_DAYS];
	for (size_t i = first; i <= last && i < r->t.n && wp_notice_step(r, 1); i++) {
		size_t n = header_days(r->t.para[i], r->year, days);
		if (!n)
			continue;
		size_t k = i + 1;
		for (; k <= last && k < r->t.n && wp_notice_step(r, 1); k++)
			read_row(r, no, r->t.para[k], days, n);
		return 1;
	}
	return 0;
}
