/* notice-matrix.c - the activities given as the columns of a table that
 * is also the responsibility matrix (活动安排及责任分工表): a row of their
 * numbers (序号), of their names, their times and places, then a row per
 * unit marking its part in each (★ leads, ○ cooperates, △ takes part),
 * and a row of remarks. Too many columns for a page, such a table goes on
 * in a second block (表1（续）) with rows of its own. A copy from Word
 * gives each row a line, its cells apart by tabs (two spaces once
 * decoded, an empty cell before a full one written —). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

#define MATRIX_COLUMNS 16

struct column {
	char *no, *title, *when, *place;
	json_t *lead, *coop;
};

/* The field the first cell of a row names (序　号, 活动名称, 时　间), or -1. */
static int row_field(const char *cell)
{
	char *name = wp_str_nospace(cell);
	const struct wp_field_label *l = wp_field_label_is(name);
	free(name);
	return l ? (int)l->field : -1;
}

/* A unit's part marked in a cell: 1 leads (★ ●), 2 cooperates (○ △ ☆),
 * 0 none (—, empty). */
static int mark_of(const char *cell)
{
	return wp_word_at(cell, WP_WORDS_MARK_LEAD) ? 1 : wp_word_at(cell, WP_WORDS_MARK_COOP) ? 2 : 0;
}

/* The text of a field's cell: NULL for an empty one (—, ——). */
static char *cell_text(const char *cell)
{
	static const char *const dashes[] = {"—", "-", "－", NULL};
	if (!*cell || cell[wp_str_span_of(cell, dashes)] == '\0')
		return NULL;
	return wp_xstrdup(cell);
}

static void free_columns(struct column *c, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		free(c[k].no);
		free(c[k].title);
		free(c[k].when);
		free(c[k].place);
		json_decref(c[k].lead);
		json_decref(c[k].coop);
	}
}

/* One row into the block's columns: a field's cells, or a unit's marks. */
static void read_row(struct column *col, size_t n, char **cells, size_t ncells)
{
	int field = row_field(cells[0]);
	for (size_t k = 0; k < n && k + 1 < ncells; k++) {
		const char *cell = cells[k + 1];
		char **slot = field == WP_FIELD_NO ? &col[k].no
			      : field == WP_FIELD_NAME || field == WP_FIELD_CONTENT ? &col[k].title
			      : field == WP_FIELD_WHEN ? &col[k].when
			      : field == WP_FIELD_PLACE ? &col[k].place
							: NULL;
		if (field >= 0) {
			if (slot && !*slot)
				*slot = cell_text(cell);
			continue;
		}
		int mark = mark_of(cell);
		if (mark)
			wp_notice_split_units(cells[0], mark == 1 ? col[k].lead : col[k].coop);
	}
}

/* The activity of column k (its place 同左: the column's before it). */
static bool add_column(struct reader *r, struct column *col, size_t k, size_t first, size_t last)
{
	const struct column *c = &col[k];
	if (!c->title)
		return true;
	char no[16];
	snprintf(no, sizeof no, "%zu", json_array_size(r->activities) + 1);
	const char *number = c->no ? c->no : no;
	if (!(c->no ? wp_notice_add_item(r, number, first, last) : wp_notice_add_unnumbered_item(r, number, first, last)))
		return false;
	json_t *a = wp_notice_new_activity(number, c->title);
	wp_ndate d;
	if (c->when && wp_nfind_date(c->when, r->year, &d))
		wp_notice_set_read_dates(a, &d);
	else if (c->when && (wp_nfind_during(c->when) || wp_str_find(c->when, "期间")))
		wp_notice_set_period_dates(r, a, c->when);
	if (c->when)
		wp_notice_set_times(a, c->when);
	/* 同左: the place of the column before, itself resolved (the
	 * columns are added left to right) */
	if (c->place && wp_str_starts(c->place, "同左")) {
		free(col[k].place);
		col[k].place = k > 0 && col[k - 1].place ? wp_xstrdup(col[k - 1].place) : NULL;
	}
	if (c->place)
		json_object_set_new(a, "location", json_string(c->place));
	json_object_set(a, "lead", c->lead);
	json_object_set(a, "cooperate", c->coop);
	json_array_append_new(r->activities, a);
	return true;
}

/* Reads the block whose 序号 row is paragraph i; where it ends (the
 * paragraph after its last row) into *end. How many activities, or -1
 * when no more fit. */
static int read_block(struct reader *r, size_t i, size_t *end)
{
	char *cells[MATRIX_COLUMNS + 1];
	size_t ncells = wp_notice_split_tab_cells(r->t.para[i], cells, MATRIX_COLUMNS + 1);
	size_t kept = ncells < MATRIX_COLUMNS + 1 ? ncells : MATRIX_COLUMNS + 1;
	size_t n = kept - 1;
	struct column col[MATRIX_COLUMNS] = {0};
	for (size_t k = 0; k < n; k++)
		col[k].lead = json_array(), col[k].coop = json_array();
	read_row(col, n, cells, kept);
	wp_notice_free_cells(cells, kept);
	size_t j = i + 1;
	for (; j < r->t.n && wp_notice_step(r, 1); j++) {
		size_t m = wp_notice_split_tab_cells(r->t.para[j], cells, MATRIX_COLUMNS + 1);
		size_t got = m < MATRIX_COLUMNS + 1 ? m : MATRIX_COLUMNS + 1;
		/* a unit's row marks its part somewhere (洧川县国家粮食储备库 ★:
		 * whatever its name reads like) */
		bool marked = false;
		for (size_t k = 1; k < got && !marked; k++)
			marked = mark_of(cells[k]) != 0;
		bool row = got >= 2 && (row_field(cells[0]) >= 0 || marked);
		if (row)
			read_row(col, n, cells, got);
		wp_notice_free_cells(cells, got);
		if (!row)
			break;
	}
	*end = j;
	int added = 0;
	for (size_t k = 0; k < n; k++) {
		if (!add_column(r, col, k, i, j - 1)) {
			added = added ? added : -1;
			break;
		}
		added += col[k].title != NULL;
	}
	free_columns(col, n);
	return added;
}

/* Is paragraph i the 序号 row of a block: the next row names the
 * activities (活动名称), and each has a column or more? */
static bool block_at(const struct reader *r, size_t i)
{
	if (i + 1 >= r->t.n)
		return false;
	char *cells[3];
	size_t n = wp_notice_split_tab_cells(r->t.para[i], cells, 3);
	size_t kept = n < 3 ? n : 3;
	bool numbered = n >= 2 && row_field(cells[0]) == WP_FIELD_NO;
	wp_notice_free_cells(cells, kept);
	if (!numbered)
		return false;
	n = wp_notice_split_tab_cells(r->t.para[i + 1], cells, 3);
	kept = n < 3 ? n : 3;
	int field = n >= 2 ? row_field(cells[0]) : -1;
	wp_notice_free_cells(cells, kept);
	return field == WP_FIELD_NAME || field == WP_FIELD_CONTENT;
}

int wp_notice_read_matrix(struct reader *r)
{
	int count = 0;
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		if (!block_at(r, i))
			continue;
		size_t end;
		int added = read_block(r, i, &end);
		if (added < 0)
			break;
		count += added;
		i = end - 1;
	}
	if (count)
		wp_notice_note(r, WP_TR("the activities are the columns of a table marking each unit's part (★ leads, "
					"○ and △ cooperate)"));
	return count;
}
