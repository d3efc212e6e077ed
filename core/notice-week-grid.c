/* notice-week-grid.c - a week's timetable: the days as its columns, the
 * parts of the day as its rows, each event a cell by its circled number
 * (时段  4月20日（星期一）  4月21日（星期二）… / 上午  ①启动仪式（9:30）
 * ②进校园宣讲（21日—24日）  ⑦亲子观鸟（7:00） / 下午  —  ③执法检查
 * （14:30）…). A cell merged over several days is copied as one cell and
 * says its days in its bracket; the cells after it stand a column per
 * day from the day after. The events themselves are told elsewhere
 * (notice-circled.c): the grid gives their days and hours.
 *
 * Or the cells are the activities themselves (wp_notice_read_week_grid):
 *   时段  周一 4月20日  周二 4月21日  周三 4月22日  …
 *   上午  9:30 启动仪式（县文化广场，县市场监管局）  进园区（X，Y）  进园区（X，Y）  …
 *   下午  —  14:30 对接会（县政务服务中心，县科工信局）  …
 * (a tab became two spaces and an empty cell — when the text was decoded,
 * so a cell's column is its place in the row). The same text in cells
 * side by side is one activity over those days. A cell's bracket gives
 * its place, then after the last ， the units that run it. They are read
 * row by row, as the table is read. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "alloc.h"
#include "date.h"
#include "i18n-core.h"
#include "notice-heading.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

#define GRID_DAYS 14 /* a fortnight's columns at most */
#define GRID_CELLS (GRID_DAYS + 2)
/* a timetable whose cells are its activities is a week's: three days at
 * least */
#define LEAST_ACTIVITY_DAYS 3

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
		ok = wp_notice_day_heading(cells[c], year, &d) || wp_notice_weekday_first_day(cells[c], year, &d);
		if (ok)
			days[n++] = d.start;
	}
	wp_notice_free_cells(cells, kept);
	return ok ? n : 0;
}

/* 上午, 全天: a row of a part of the day. */
static bool row_label(const char *cell)
{
	return wp_time_of_day_at(cell, NULL) || wp_word_is(cell, WP_WORDS_WHOLE_DAY);
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
	if (kept < 2 || !row_label(cells[0])) {
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

/* The units after a cell's last ， (县市场监管局、县公安局, 由各街道组织),
 * or NULL when it names none (约300人参加, 线上同步直播). Caller frees. */
static char *cell_units(const char *part)
{
	if (wp_notice_units_like(part))
		return wp_xstrdup(part);
	size_t len;
	const char *names = part;
	wp_str_skip(&names, "由");
	if (wp_notice_clause_role(names, &len) == WP_ROLE_NONE)
		return NULL;
	char *who = wp_str_sub(names, strlen(names) - len);
	if (wp_notice_units_like(who))
		return who;
	free(who);
	return NULL;
}

/* A cell that holds no activity: a filler (休息, 待定, 各单位自行安排),
 * with no bracket or hour of its own. */
static bool filler_cell(const char *cell)
{
	size_t len;
	return !wp_str_find(cell, "（") && !wp_notice_after_opening_clock(cell) &&
	       (wp_word_find(cell, WP_WORDS_GRID_FILLER, &len) || wp_word_at(cell, WP_WORDS_AGENDA_BREAK));
}

/* One cell's activity (key no, as registered): 9:30 title（place，units）,
 * on from..to. */
static void add_cell(struct reader *r, const char *no, const char *cell, wp_date from, wp_date to)
{
	const char *body = wp_notice_after_opening_clock(cell);
	char *text = wp_xstrdup(body ? body : cell);
	char *open = wp_notice_closing_open(text);
	char *place = NULL, *units = NULL;
	if (open) {
		char *inside = open + strlen("（");
		inside[strlen(inside) - strlen("）")] = '\0';
		*open = '\0';
		/* （县文化广场，县市场监管局）: the place, then after the last ，
		 * who runs it; a bracket of units alone names no place, one of a
		 * place alone (县政务服务中心三楼会议室) no unit */
		const char *comma = NULL;
		for (const char *p = wp_str_find(inside, "，"); p; p = wp_str_find(p + strlen("，"), "，"))
			comma = p;
		if (comma) {
			place = wp_str_sub(inside, (size_t)(comma - inside));
			units = cell_units(comma + strlen("，"));
		} else if (!wp_notice_field_is_place(inside) && wp_notice_unit_like(inside)) {
			units = wp_xstrdup(inside);
		} else {
			place = wp_xstrdup(inside);
		}
	}
	char *title = wp_str_trim_end(text, NULL);
	json_t *a = wp_notice_new_activity(no, title);
	free(title);
	wp_notice_set_dates(a, from, to);
	if (body)
		wp_notice_set_times(a, cell);
	if (place)
		json_object_set_new(a, "location", json_string(place));
	json_t *lead = json_array(), *coop = json_array();
	if (units)
		wp_notice_row_units(units, lead, coop);
	json_object_set_new(a, "lead", lead);
	json_object_set_new(a, "cooperate", coop);
	json_array_append_new(r->activities, a);
	free(place);
	free(units);
	free(text);
}

/* The activities of row para i; false when the reader can hold no
 * more. *n counts them. */
static bool read_activity_row(struct reader *r, const wp_date *days, size_t ndays, size_t i, size_t *n)
{
	char *cells[GRID_CELLS];
	size_t total = wp_notice_split_row_cells(r->t.para[i], cells, GRID_CELLS);
	size_t kept = total < GRID_CELLS ? total : GRID_CELLS, last = kept < ndays + 1 ? kept : ndays + 1;
	bool room = true;
	for (size_t c = 1; c < last && room; c++) {
		if (wp_notice_blank_cell(cells[c]) || filler_cell(cells[c]))
			continue;
		size_t e = c; /* 进园区（…） under 周二 and under 周三: one activity */
		while (e + 1 < last && strcmp(cells[e + 1], cells[c]) == 0)
			e++;
		char key[24];
		snprintf(key, sizeof key, "%zu", ++*n);
		room = wp_notice_add_unnumbered_item(r, key, i, i);
		if (room)
			add_cell(r, key, cells[c], days[c - 1], days[e - 1]);
		c = e;
	}
	wp_notice_free_cells(cells, kept);
	return room;
}

/* Is para a row of the timetable (上午  …), its cells the activities?
 * None opens with a circled number (those are told elsewhere) or is a
 * list of units alone (a roster of who is on duty which day). */
static bool activity_row(const char *para)
{
	char *cells[GRID_CELLS];
	size_t total = wp_notice_split_row_cells(para, cells, GRID_CELLS);
	size_t kept = total < GRID_CELLS ? total : GRID_CELLS;
	bool ok = kept >= 2 && row_label(cells[0]);
	for (size_t c = 1; ok && c < kept; c++) {
		const char *text;
		ok = wp_heading_circled(cells[c], &text) <= 0 &&
		     (wp_notice_blank_cell(cells[c]) || wp_str_find(cells[c], "（") || !wp_notice_units_like(cells[c]));
	}
	wp_notice_free_cells(cells, kept);
	return ok;
}

size_t wp_notice_read_week_grid(struct reader *r)
{
	wp_date days[GRID_DAYS];
	for (size_t i = 0; i + 1 < r->t.n && wp_notice_step(r, 1); i++) {
		size_t ndays = header_days(r->t.para[i], r->year, days), n = 0;
		if (ndays < LEAST_ACTIVITY_DAYS)
			continue;
		for (size_t j = i + 1; j < r->t.n && wp_notice_step(r, 1) && activity_row(r->t.para[j]); j++)
			if (!read_activity_row(r, days, ndays, j, &n))
				break;
		if (n) {
			wp_notice_note(r, WP_TR("the activities were read from a week's timetable (%zu cells)"), n);
			return n;
		}
	}
	return 0;
}
