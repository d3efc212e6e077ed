/* notice-annex-dates.c - a plan that tells its activities in its body and
 * gives their days, hours and places in an annex's schedule (各项活动的
 * 具体时间、地点详见附件1 / 附件1 / 序号 日期 时间 活动内容 地点 责任部门).
 * Each row of the schedule that names an activity of the body (the one
 * within the other, quotes aside, or the same name in quotes) gives it
 * what it lacks; a row naming none (a session the body folds into an
 * activity) gives nothing. A date cell left empty under a merged one is
 * the row above's day. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

#define ROW_CELLS 12

/* s without its quotes and spaces (a copy). */
static char *bare(const char *s)
{
	static const char *const marks[] = {"“", "”", "\"", "《", "》", "　", " ", NULL};
	wp_buf b = WP_BUF_INIT;
	for (const char *p = s; *p;) {
		size_t n = wp_str_span_of(p, marks);
		if (n) {
			p += n;
			continue;
		}
		size_t len = wp_str_char_len(p);
		wp_buf_append(&b, p, len);
		p += len;
	}
	return wp_buf_take(&b);
}

/* The first name in quotes in s (“法官进园区”), a copy, or NULL. */
static char *quoted(const char *s)
{
	const char *open = wp_str_find(s, "“"), *close = open ? wp_str_find(open, "”") : NULL;
	return close ? wp_str_sub(open, (size_t)(close - open)) : NULL;
}

/* An activity's title as rows are matched to it: bare, and its quoted
 * name (each a copy, or NULL). */
struct key {
	char *bare, *quoted;
};

/* Does the row's name (bare, quoted) name the activity of key k? */
static bool names(const char *row_bare, const char *row_quoted, const struct key *k)
{
	if (!k->bare)
		return false;
	if (wp_text_width(row_bare) >= 4 && wp_text_width(k->bare) >= 4 &&
	    (wp_str_find(row_bare, k->bare) || wp_str_find(k->bare, row_bare)))
		return true;
	return row_quoted && k->quoted && strcmp(row_quoted, k->quoted) == 0 && wp_text_width(row_quoted) >= 4;
}

/* Gives activity a what the row tells and it lacks. */
static void fill(struct reader *r, json_t *a, const char *day, const char *hour, const char *place)
{
	wp_ndate d;
	if (day && !json_is_string(json_object_get(a, "start")) && wp_nfind_date(day, r->year, &d))
		wp_notice_set_read_dates(a, &d);
	if (hour && !json_is_string(json_object_get(a, "time")))
		wp_notice_set_times(a, hour);
	if (place && *place && !json_is_string(json_object_get(a, "location")))
		json_object_set_new(a, "location", json_string(place));
}

/* The cell of kind in a row (NULL for none, or an empty one). */
static const char *cell_of(char **cells, size_t n, const enum wp_field *col, size_t ncols, enum wp_field kind,
			   int nth)
{
	for (size_t c = 0; c < ncols && c < n; c++)
		if (col[c] == kind && nth-- == 0)
			return *cells[c] && strcmp(cells[c], "—") != 0 ? cells[c] : NULL;
	return NULL;
}

/* Were activities read from the annex (its table the activity list
 * itself)? Then its rows are those activities, no schedule of others. */
static bool annex_holds_items(struct reader *r)
{
	for (size_t i = r->outline.annex; i < r->t.n && wp_notice_step(r, 1); i++)
		if (wp_notice_item_at(r, i))
			return true;
	return false;
}

int wp_notice_date_by_annex(struct reader *r)
{
	const struct wp_outline *o = &r->outline;
	if (annex_holds_items(r))
		return 0;
	enum wp_field col[ROW_CELLS];
	size_t ncols = 0, filled = 0, apart = 0, count = json_array_size(r->activities);
	if (!count || o->annex >= r->t.n)
		return 0;
	char *last_day = NULL;
	bool *used = wp_xcalloc(count, sizeof *used);
	struct key *keys = wp_xcalloc(count, sizeof *keys);
	for (size_t k = 0; k < count; k++) {
		const char *title = json_string_value(json_object_get(json_array_get(r->activities, k), "title"));
		keys[k].bare = title ? bare(title) : NULL;
		keys[k].quoted = title ? quoted(title) : NULL;
	}
	/* every activity given its row: the rest of the annex is no matter */
	for (size_t i = o->annex; i < r->t.n && filled < count && wp_notice_step(r, 1); i++) {
		size_t header = wp_notice_header_row(r->t.para[i], col);
		if (header && header <= ROW_CELLS) {
			ncols = header;
			apart = 0;
			free(last_day);
			last_day = NULL;
			continue;
		}
		if (!ncols)
			continue;
		char *cells[ROW_CELLS];
		size_t n = wp_notice_split_tab_cells(r->t.para[i], cells, ROW_CELLS);
		size_t kept = n < ROW_CELLS ? n : ROW_CELLS;
		if (n < 3 || n > ncols) {
			wp_notice_free_cells(cells, kept);
			/* a cell's wrapped rest (知识产权审判庭、/ 政治部) goes on in
			 * the table; a few lines of no row end it */
			if (n < 2 && ++apart > 2)
				ncols = 0;
			continue;
		}
		apart = 0;
		/* 日期 then 时间: the first WHEN column the day, a second the hour */
		const char *day = cell_of(cells, kept, col, ncols, WP_FIELD_WHEN, 0);
		const char *hour = cell_of(cells, kept, col, ncols, WP_FIELD_WHEN, 1);
		const char *name = cell_of(cells, kept, col, ncols, WP_FIELD_CONTENT, 0);
		if (!name)
			name = cell_of(cells, kept, col, ncols, WP_FIELD_NAME, 0);
		const char *place = cell_of(cells, kept, col, ncols, WP_FIELD_PLACE, 0);
		if (day) {
			free(last_day);
			last_day = wp_xstrdup(day);
		}
		char *row_bare = name ? bare(name) : NULL, *row_quoted = name ? quoted(name) : NULL;
		for (size_t k = 0; name && k < count && wp_notice_step(r, 1); k++) {
			if (used[k] || !names(row_bare, row_quoted, &keys[k]))
				continue;
			used[k] = true;
			fill(r, json_array_get(r->activities, k), last_day, hour ? hour : day, place);
			filled++;
			break;
		}
		free(row_bare);
		free(row_quoted);
		wp_notice_free_cells(cells, kept);
	}
	free(last_day);
	free(used);
	for (size_t k = 0; k < count; k++) {
		free(keys[k].bare);
		free(keys[k].quoted);
	}
	free(keys);
	if (filled)
		wp_notice_note(r, WP_TR("the annex's schedule gave %zu activities their days, hours or places"), filled);
	return (int)filled;
}
