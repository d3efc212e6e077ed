/* matrix.c - a campaign's responsibility matrix (query.h): its units x
 * its activities, with each unit's role in each.
 *
 * Read as the plain SQL of it would be: the campaign's assignments once,
 * in plan order, each with its unit's name (the rows' order, the units as
 * they first appear, falls out of that pass), its activities, its
 * committee, and the few units that are groups. An earlier version
 * grouped and sorted the units in SQL, reading the assignments twice, and
 * asked every unit for members of its own: two and a half times the cost
 * of the plain join. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "group.h"
#include "query.h"
#include "store.h"

/* ---- ids to positions ---------------------------------------------------- */

/* An open-addressing map from row ids to positions: a slot is free
 * while its at is 0, and holds position at - 1 otherwise. */
struct id_map {
	int64_t *ids;
	size_t *at;
	size_t cap; /* a power of two, at least twice the entries */
	size_t n;
};

static size_t slot_of(const struct id_map *map, int64_t id)
{
	size_t i = (size_t)(((uint64_t)id * 0x9E3779B97F4A7C15u) >> 20) & (map->cap - 1);
	while (map->at[i] && map->ids[i] != id)
		i = (i + 1) & (map->cap - 1);
	return i;
}

static void map_grow(struct id_map *map)
{
	struct id_map bigger = {NULL, NULL, map->cap ? map->cap * 2 : 64, map->n};
	bigger.ids = wp_xcalloc(bigger.cap, sizeof *bigger.ids);
	bigger.at = wp_xcalloc(bigger.cap, sizeof *bigger.at);
	for (size_t i = 0; i < map->cap; i++)
		if (map->at[i]) {
			size_t j = slot_of(&bigger, map->ids[i]);
			bigger.ids[j] = map->ids[i];
			bigger.at[j] = map->at[i];
		}
	free(map->ids);
	free(map->at);
	*map = bigger;
}

/* The position of id, or SIZE_MAX. */
static size_t map_get(const struct id_map *map, int64_t id)
{
	if (!map->cap)
		return SIZE_MAX;
	size_t i = slot_of(map, id);
	return map->at[i] ? map->at[i] - 1 : SIZE_MAX;
}

static void map_put(struct id_map *map, int64_t id, size_t at)
{
	if (2 * (map->n + 1) > map->cap)
		map_grow(map);
	size_t i = slot_of(map, id);
	if (!map->at[i])
		map->n++;
	map->ids[i] = id;
	map->at[i] = at + 1;
}

static void map_free(struct id_map *map)
{
	free(map->ids);
	free(map->at);
}

/* ---- reading ---------------------------------------------------------------- */

/* A unit while the matrix is read: its place is decided by its best
 * committee rank, then its committee order or first appearance. */
struct unit_row {
	wp_matrix_unit unit;
	long long pos;
};

struct reading {
	struct wp_store *st;
	int64_t campaign_id;
	wp_matrix *m;
	struct unit_row *rows;
	size_t nrows, cap;
	struct id_map units, activities;
	/* the assignments: unit row (before sorting), column, role */
	struct cell {
		size_t row, col;
		char role;
	} *cells;
	size_t ncells, cells_cap;
};

/* The row of unit id, added (named name) at pos with rank if new; a
 * known unit keeps its best rank and earliest place. */
static size_t unit_row(struct reading *r, int64_t id, const char *name, int rank, long long pos)
{
	size_t at = map_get(&r->units, id);
	if (at != SIZE_MAX) {
		struct unit_row *u = &r->rows[at];
		u->unit.rank = rank < u->unit.rank ? rank : u->unit.rank;
		u->pos = pos < u->pos ? pos : u->pos;
		return at;
	}
	if (r->nrows == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->rows = wp_xrealloc(r->rows, r->cap * sizeof *r->rows);
	}
	struct unit_row *u = &r->rows[r->nrows];
	memset(u, 0, sizeof *u);
	u->unit.id = id;
	u->unit.name = wp_xstrdup(name ? name : "");
	u->unit.rank = rank;
	u->pos = pos;
	map_put(&r->units, id, r->nrows);
	return r->nrows++;
}

/* A column's heading: the activity's number, or its place in the list
 * (#3) when the notice gives it none. Caller frees. */
static char *label_of(const char *number, size_t index)
{
	if (number && *number)
		return wp_xstrdup(number);
	char place[32];
	snprintf(place, sizeof place, "#%zu", index + 1);
	return wp_xstrdup(place);
}

static int read_activities(struct reading *r, wp_err *err)
{
	static const char sql[] = "SELECT id, number, title FROM activity "
				  "WHERE campaign_id = ?1 ORDER BY seq";
	sqlite3_stmt *s = wp_store_stmt(r->st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, r->campaign_id);
	size_t cap = 0;
	int rc;
	wp_matrix *m = r->m;
	while ((rc = wp_store_next(r->st, s, err)) == 1) {
		if (m->nactivities == cap) {
			cap = cap ? cap * 2 : 64;
			m->activities = wp_xrealloc(m->activities, cap * sizeof *m->activities);
		}
		wp_matrix_activity *a = &m->activities[m->nactivities];
		memset(a, 0, sizeof *a);
		a->id = sqlite3_column_int64(s, 0);
		a->number = wp_col_strdup(s, 1);
		a->title = wp_col_strdup(s, 2);
		a->label = label_of(a->number, m->nactivities);
		map_put(&r->activities, a->id, m->nactivities++);
	}
	return rc;
}

/* The committee first: chair, vice-chairs, members, office, each in the
 * committee's order. The ranks are bound from enum wp_committee_rank. */
static int read_committee(struct reading *r, wp_err *err)
{
	static const char sql[] =
		"SELECT cm.unit_id, u.name, CASE cm.role WHEN 'chair' THEN ?2 "
		"  WHEN 'vice_chair' THEN ?3 WHEN 'member' THEN ?4 ELSE ?5 END, cm.seq "
		"FROM committee_member cm JOIN unit u ON u.id = cm.unit_id "
		"WHERE cm.campaign_id = ?1";
	sqlite3_stmt *s = wp_store_stmt(r->st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, r->campaign_id);
	sqlite3_bind_int(s, 2, WP_RANK_CHAIR);
	sqlite3_bind_int(s, 3, WP_RANK_VICE_CHAIR);
	sqlite3_bind_int(s, 4, WP_RANK_MEMBER);
	sqlite3_bind_int(s, 5, WP_RANK_OFFICE);
	int rc;
	while ((rc = wp_store_next(r->st, s, err)) == 1)
		unit_row(r, sqlite3_column_int64(s, 0), wp_col_text(s, 1), sqlite3_column_int(s, 2),
			 sqlite3_column_int64(s, 3));
	return rc;
}

/* The assignments in plan order: the other units as they first appear
 * (after every committee place), and each cell. */
static int read_assignments(struct reading *r, wp_err *err)
{
	static const char sql[] =
		"SELECT s.activity_id, s.unit_id, u.name, s.role = 'lead' FROM activity a "
		"JOIN assignment s ON s.activity_id = a.id JOIN unit u ON u.id = s.unit_id "
		"WHERE a.campaign_id = ?1 ORDER BY a.seq, s.seq";
	sqlite3_stmt *s = wp_store_stmt(r->st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, r->campaign_id);
	const long long after_committee = 1LL << 40;
	int rc;
	while ((rc = wp_store_next(r->st, s, err)) == 1) {
		size_t col = map_get(&r->activities, sqlite3_column_int64(s, 0));
		if (col == SIZE_MAX)
			continue;
		size_t row = unit_row(r, sqlite3_column_int64(s, 1), wp_col_text(s, 2), WP_RANK_NONE,
				      after_committee + (long long)r->ncells);
		if (r->ncells == r->cells_cap) {
			r->cells_cap = r->cells_cap ? r->cells_cap * 2 : 256;
			r->cells = wp_xrealloc(r->cells, r->cells_cap * sizeof *r->cells);
		}
		r->cells[r->ncells++] = (struct cell){row, col, sqlite3_column_int(s, 3) ? 'L' : 'C'};
	}
	return rc;
}

static int cmp_rows(const void *a, const void *b)
{
	const struct unit_row *x = a, *y = b;
	if (x->unit.rank != y->unit.rank)
		return x->unit.rank < y->unit.rank ? -1 : 1;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* The units in their order, and the cells in their places. */
static void lay_out(struct reading *r)
{
	wp_matrix *m = r->m;
	if (r->nrows > 1) /* a campaign without units has no rows (NULL) */
		qsort(r->rows, r->nrows, sizeof *r->rows, cmp_rows);
	/* where each row read went (cells name rows as read) */
	size_t *placed = wp_xcalloc(r->nrows + 1, sizeof *placed);
	for (size_t i = 0; i < r->nrows; i++) {
		placed[map_get(&r->units, r->rows[i].unit.id)] = i;
		map_put(&r->units, r->rows[i].unit.id, i); /* from now on, the row shown */
	}
	m->nunits = r->nrows;
	m->units = wp_xcalloc(r->nrows + 1, sizeof *m->units);
	for (size_t i = 0; i < r->nrows; i++)
		m->units[i] = r->rows[i].unit;
	r->nrows = 0; /* the names now belong to m */
	m->cells = wp_xcalloc(m->nunits * m->nactivities + 1, 1);
	for (size_t k = 0; k < r->ncells; k++) {
		const struct cell *c = &r->cells[k];
		size_t row = placed[c->row];
		m->cells[row * m->nactivities + c->col] = c->role;
		if (c->role == 'L')
			m->units[row].nlead++;
		else
			m->units[row].ncooperate++;
	}
	free(placed);
}

/* The roles members have through the groups of the matrix (a group's row
 * with a role, and members that are rows of the matrix too). Groups are
 * few: they are listed once, and only they are asked for members. */
static int lay_out_via(struct reading *r, wp_err *err)
{
	wp_matrix *m = r->m;
	int64_t *groups;
	size_t ngroups;
	if (wp_group_ids(r->st, &groups, &ngroups, err) != 0)
		return -1;
	const struct id_map *rows = &r->units; /* ids to rows, as laid out */
	int rc = 0;
	for (size_t k = 0; k < ngroups && rc == 0; k++) {
		size_t g = map_get(rows, groups[k]);
		if (g == SIZE_MAX || m->units[g].nlead + m->units[g].ncooperate == 0)
			continue; /* not in the matrix, or no role to give */
		wp_group_unit *members;
		size_t n;
		if ((rc = wp_group_members(r->st, groups[k], r->campaign_id, &members, &n, err)) != 0)
			break;
		for (size_t i = 0; i < n; i++) {
			size_t u = map_get(rows, members[i].id);
			for (size_t a = 0; u != SIZE_MAX && a < m->nactivities; a++) {
				char role = m->cells[g * m->nactivities + a];
				if (!role || m->cells[u * m->nactivities + a])
					continue;
				if (!m->via)
					m->via = wp_xcalloc(m->nunits * m->nactivities + 1, 1);
				/* leading through one group outranks cooperating through another */
				if (m->via[u * m->nactivities + a] != 'L')
					m->via[u * m->nactivities + a] = role;
			}
		}
		wp_group_units_free(members, n);
	}
	free(groups);
	return rc;
}

int wp_query_matrix(struct wp_store *st, int64_t campaign_id, wp_matrix *out, wp_err *err)
{
	memset(out, 0, sizeof *out);
	struct reading r = {.st = st, .campaign_id = campaign_id, .m = out};
	int rc = read_activities(&r, err) != 0 || read_committee(&r, err) != 0 ||
				 read_assignments(&r, err) != 0
			 ? -1
			 : 0;
	if (rc == 0) {
		lay_out(&r);
		rc = lay_out_via(&r, err);
	}
	for (size_t i = 0; i < r.nrows; i++)
		free(r.rows[i].unit.name);
	free(r.rows);
	free(r.cells);
	map_free(&r.units);
	map_free(&r.activities);
	if (rc != 0)
		wp_matrix_clear(out);
	return rc;
}

void wp_matrix_clear(wp_matrix *m)
{
	for (size_t i = 0; i < m->nunits; i++)
		free(m->units[i].name);
	for (size_t i = 0; i < m->nactivities; i++) {
		free(m->activities[i].number);
		free(m->activities[i].label);
		free(m->activities[i].title);
	}
	free(m->units);
	free(m->activities);
	free(m->cells);
	free(m->via);
	memset(m, 0, sizeof *m);
}

char wp_matrix_cell(const wp_matrix *m, size_t unit, size_t activity)
{
	if (unit >= m->nunits || activity >= m->nactivities)
		return 0;
	return m->cells[unit * m->nactivities + activity];
}

char wp_matrix_via(const wp_matrix *m, size_t unit, size_t activity)
{
	if (!m->via || unit >= m->nunits || activity >= m->nactivities)
		return 0;
	return m->via[unit * m->nactivities + activity];
}
