/* notice-day-grid.c - a schedule laid out as a grid of days: the days run
 * across as the header's cells (9月15日（周二） … 9月21日（周一）), the lead
 * units down as each row's first cell, the cooperating units (配合单位)
 * in a column of their own. A cell names what the row's units hold that
 * day ([clock ]title（place）, several apart by ；), — for nothing, 同左
 * for the activity of the day before going on; a cell merged over all
 * the days says so (全周：X). Each entry is an activity, row by row and
 * left to right, numbered 1, 2 ... in order. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* The columns a grid is read with (a week's days and two more fit). */
#define GRID_COLUMNS 16
/* Fewer days across than this are no grid of days. */
#define GRID_DAYS_MIN 3
/* How deep brackets nest in an entry's place (各村（社区）…站). */
#define BRACKETS_DEEP 8

/* The cells of paragraph p, at most GRID_COLUMNS (a longer row loses
 * the rest); how many. */
static size_t grid_cells(const char *p, char **cell)
{
	size_t n = wp_notice_split_tab_cells(p, cell, GRID_COLUMNS);
	return n < GRID_COLUMNS ? n : GRID_COLUMNS;
}

struct grid {
	size_t ncols;
	bool is_day[GRID_COLUMNS];
	wp_date day[GRID_COLUMNS];
	size_t coop; /* the cooperating units' column; 0: none */
	wp_date first, last;
};

/* Fills g from the header at paragraph i: 牵头单位 first, then days, then
 * 配合单位 or others. A header cell's second paragraph (9月20日（周日） /
 * （调休上班）) puts the rest of the header on the next line, which joins
 * it. Returns the header's lines: 0 if i heads no grid of days. */
static size_t grid_header(const struct reader *r, size_t i, struct grid *g)
{
	char *cell[2 * GRID_COLUMNS];
	size_t n = grid_cells(r->t.para[i], cell);
	enum wp_field kind;
	size_t lines = 0;
	if (n > GRID_DAYS_MIN && wp_notice_column_kind(cell[0], &kind) && kind == WP_FIELD_LEAD) {
		lines = 1;
		if (i + 1 < r->t.n && wp_str_starts(r->t.para[i + 1], "（")) {
			char *more[GRID_COLUMNS];
			size_t m = grid_cells(r->t.para[i + 1], more);
			bool rest = m >= 2 && wp_str_ends(more[0], "）") && n + m - 1 <= GRID_COLUMNS;
			for (size_t k = rest ? 1 : 0; k < m; k++) {
				if (rest)
					cell[n++] = more[k];
				else
					free(more[k]);
			}
			if (rest)
				free(more[0]), lines = 2;
		}
	}
	memset(g, 0, sizeof *g);
	g->ncols = n;
	size_t days = 0;
	for (size_t c = 1; lines && c < n; c++) {
		wp_ndate d;
		if (wp_notice_only_a_day(cell[c], r->year, &d)) {
			g->is_day[c] = true;
			g->day[c] = d.start;
			g->first = days ? g->first : d.start;
			g->last = d.start;
			days++;
		} else if (wp_notice_column_kind(cell[c], &kind) && kind == WP_FIELD_COOP) {
			g->coop = c;
		}
	}
	wp_notice_free_cells(cell, n);
	return days >= GRID_DAYS_MIN ? lines : 0;
}

static bool blank_cell(const char *c)
{
	static const char *const dashes[] = {"—", "-", "－", "/", "无", NULL};
	return !*c || !c[wp_str_span_of(c, dashes)];
}

/* Where the bracket closing entry e (it ends with ）) opens; NULL if none
 * does or brackets nest deeper than read. */
static const char *last_bracket(const char *e)
{
	const char *open[BRACKETS_DEEP];
	size_t depth = 0;
	const char *closing = NULL;
	for (const char *p = e; *p; p += wp_str_char_len(p)) {
		if (wp_str_starts(p, "（")) {
			if (depth == BRACKETS_DEEP)
				return NULL;
			open[depth++] = p;
		} else if (wp_str_starts(p, "）") && depth) {
			closing = open[--depth];
		} else {
			closing = NULL;
		}
	}
	return depth == 0 ? closing : NULL;
}

/* e past the time an entry opens with (9:00 , 上午9:00 , 14:30—16:00 ,
 * 14:30X, 下午 , 全天 ), and the spaces after it; e itself if none. */
static const char *past_entry_time(const char *e)
{
	static const char *const clock_chars[] = {":", "：", "点", "时", "分", "半", "-", "—", "－", "~", "～", "至", NULL};
	static const char *const clock_marks[] = {":", "：", "点", "时", NULL};
	const char *p = e + wp_time_of_day_at(e, NULL);
	p += wp_word_at(p, WP_WORDS_WHOLE_DAY);
	bool worded = p > e, clock = false;
	while (wp_nis_digit(*p) || wp_str_span_of(p, clock_chars)) {
		clock = clock || wp_str_span_of(p, clock_marks);
		p += wp_nis_digit(*p) ? 1 : wp_str_span_of(p, clock_chars);
	}
	/* 2026年…: digits with no clock's mark are the title's; 晚会: a
	 * time of day's word with no clock is a time only before a space */
	if ((!worded && !clock) || (!clock && *p != ' '))
		return e;
	return p + strspn(p, " ");
}

/* Entry e of a cell, [全周：][clock ]title（place）, as activity no from
 * start to end. Caller owns it; NULL if it names nothing. */
static json_t *grid_entry(const char *no, const char *e, wp_date start, wp_date end)
{
	size_t span = wp_word_at(e, WP_WORDS_WHOLE_SPAN);
	if (span && wp_str_starts(e + span, "："))
		e += span + strlen("：");
	const char *rest = past_entry_time(e);
	char *when = wp_str_sub(e, (size_t)(rest - e));
	e = rest;
	const char *open = wp_str_ends(e, "）") ? last_bracket(e) : NULL;
	/* “健康科普大讲堂”（第三讲）: a part's number, no place */
	if (open && wp_str_starts(open + strlen("（"), "第"))
		open = NULL;
	char *head = wp_str_sub(e, open && open > e ? (size_t)(open - e) : strlen(e));
	char *title = wp_str_trim_end(head, NULL);
	free(head);
	char *place = NULL;
	if (open && open > e && *title)
		place = wp_str_sub(open + strlen("（"), strlen(open) - strlen("（") - strlen("）"));
	else
		free(title), title = wp_xstrdup(e);
	json_t *a = NULL;
	if (*title) {
		a = wp_notice_new_activity(no, title);
		wp_notice_set_dates(a, start, end);
		if (*when)
			wp_notice_set_times(a, when);
		if (place && *place)
			json_object_set_new(a, "location", json_string(place));
	}
	free(when);
	free(place);
	free(title);
	return a;
}

/* The activity a cell goes on with: its index in r->activities and its
 * first day; index SIZE_MAX for none. */
struct open_activity {
	size_t index;
	wp_date start;
};

/* Reads the entries of the cell text on days start..end of row para i
 * as activities, each with lead and coop (copied); left is what the cell
 * before holds, and becomes what this one does. False when the reader
 * holds its maximum of items. */
static bool read_cell(struct reader *r, size_t i, const char *text, wp_date start, wp_date end, json_t *lead,
		      json_t *coop, struct open_activity *left, size_t *count)
{
	struct open_activity this_cell = {SIZE_MAX, start};
	static const char *const sep[] = {"；", NULL};
	for (const char *p = text; *p && wp_notice_step(r, 1);) {
		char *e = wp_notice_upto(p, sep);
		p += strlen(e);
		wp_str_skip(&p, "；");
		const char *from = e;
		while (*from == ' ' || wp_str_starts(from, "\xe3\x80\x80"))
			from += *from == ' ' ? 1 : 3;
		char *entry = wp_str_trim_end(from, NULL);
		free(e);
		if (blank_cell(entry)) {
			free(entry);
			continue;
		}
		if (wp_word_is(entry, WP_WORDS_SAME_AS_LEFT)) {
			if (left->index != SIZE_MAX) {
				wp_notice_set_dates(json_array_get(r->activities, left->index), left->start, end);
				if (this_cell.index == SIZE_MAX)
					this_cell = *left;
			}
			free(entry);
			continue;
		}
		char no[16];
		snprintf(no, sizeof no, "%zu", *count + 1);
		json_t *a = grid_entry(no, entry, start, end);
		free(entry);
		if (!a)
			continue;
		if (!wp_notice_add_unnumbered_item(r, no, i, i)) {
			json_decref(a);
			return false;
		}
		json_object_set_new(a, "lead", json_deep_copy(lead));
		json_object_set_new(a, "cooperate", json_deep_copy(coop));
		if (this_cell.index == SIZE_MAX)
			this_cell.index = json_array_size(r->activities);
		json_array_append_new(r->activities, a);
		++*count;
	}
	*left = this_cell;
	return true;
}

/* The cells of the row read last, for a cell that says 同上. */
struct row_above {
	char *cell[GRID_COLUMNS];
	size_t n;
};

/* Row para i of grid g: its entries as activities; a cell that says 同上
 * holds what the cell above it does. The row's cells go into above.
 * False when it is no row (fewer than two cells) or the reader is full. */
static bool read_row(struct reader *r, const struct grid *g, size_t i, struct row_above *above, size_t *count)
{
	char *cell[GRID_COLUMNS];
	size_t n = grid_cells(r->t.para[i], cell);
	if (n < 2) {
		wp_notice_free_cells(cell, n);
		return false;
	}
	for (size_t c = 1; c < n && c < above->n; c++)
		if (wp_word_is(cell[c], WP_WORDS_SAME_AS_ABOVE)) {
			free(cell[c]);
			cell[c] = wp_xstrdup(above->cell[c]);
		}
	/* 区融媒体中心  全周：X  —: the days' cells merged into one, the
	 * cooperating units' cell last when theirs is the last column */
	size_t span = wp_word_at(cell[1], WP_WORDS_WHOLE_SPAN);
	bool merged = n < g->ncols && span && wp_str_starts(cell[1] + span, "：");
	const char *coop_cell = merged ? (n >= 3 && g->coop == g->ncols - 1 ? cell[n - 1] : "")
			      : g->coop && g->coop < n ? cell[g->coop] : "";
	json_t *lead, *coop;
	wp_notice_cell_units(r, cell[0], blank_cell(coop_cell) ? "" : coop_cell, &lead, &coop);
	struct open_activity left = {SIZE_MAX, 0};
	bool fits = true;
	if (merged)
		fits = read_cell(r, i, cell[1], g->first, g->last, lead, coop, &left, count);
	for (size_t c = 1; !merged && fits && c < n && c < g->ncols; c++)
		if (g->is_day[c])
			fits = read_cell(r, i, cell[c], g->day[c], g->day[c], lead, coop, &left, count);
	json_decref(lead);
	json_decref(coop);
	wp_notice_free_cells(above->cell, above->n);
	memcpy(above->cell, cell, n * sizeof *cell);
	above->n = n;
	return fits;
}

size_t wp_notice_read_day_grid(struct reader *r)
{
	struct grid g;
	size_t lines = 0, i = 0;
	while (i < r->t.n && wp_notice_step(r, 1) && !(lines = grid_header(r, i, &g)))
		i++;
	if (!lines)
		return 0;
	size_t count = 0;
	struct row_above above = {.n = 0};
	for (i += lines; i < r->t.n && !wp_outline_ends_section(&r->outline, i) && wp_notice_step(r, 1); i++)
		if (!read_row(r, &g, i, &above, &count))
			break;
	wp_notice_free_cells(above.cell, above.n);
	if (count)
		wp_notice_note(r, WP_TR("the activities are the entries of the grid of days (a day a column, the "
					"units that lead a row), row by row, numbered 1, 2 ... in order"));
	return count;
}
