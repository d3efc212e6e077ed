/* notice-annex-dates.c - a plan that tells its activities in its body and
 * gives their days, hours and places in an annex's schedule (各项活动的
 * 具体时间、地点详见附件1 / 附件1 / 序号 日期 时间 活动内容 地点 责任部门).
 * Each row of the schedule that names an activity of the body (the one
 * within the other, quotes aside, or the same name in quotes) gives it
 * what it lacks (its units too, when it names none); the schedule may be
 * a row per line or, copied from a PDF, a cell per line. A row naming none (a session the body folds into an
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

#define SHORTENED_WIDTH 12 /* 科普场馆免费开放: a name shortened, six characters at least */

/* Is short what long says with words left out (科普场馆免费开放 of 科普场馆和
 * 科普教育基地免费开放): its characters in order in long, the first two
 * where long has them? One pass over each. */
static bool shortened(const char *short_name, const char *long_name)
{
	size_t s = strlen(short_name), l = strlen(long_name);
	if (wp_text_width(short_name) < SHORTENED_WIDTH || s >= l || strncmp(short_name, long_name, 6) != 0)
		return false;
	const char *p = short_name;
	for (const char *q = long_name; *p && *q; q += wp_str_char_len(q)) {
		size_t n = wp_str_char_len(p);
		if (strncmp(p, q, n) == 0)
			p += n;
	}
	return !*p;
}

/* Does the row's name (bare, quoted) name the activity of key k: the one
 * within the other, a name shortened, or the same name in quotes? */
static bool names(const char *row_bare, const char *row_quoted, const struct key *k)
{
	if (!k->bare)
		return false;
	if (wp_text_width(row_bare) >= 4 && wp_text_width(k->bare) >= 4 &&
	    (wp_str_find(row_bare, k->bare) || wp_str_find(k->bare, row_bare)))
		return true;
	if (shortened(row_bare, k->bare) || shortened(k->bare, row_bare))
		return true;
	return row_quoted && k->quoted && strcmp(row_quoted, k->quoted) == 0 && wp_text_width(row_quoted) >= 4;
}

/* 质量月启动仪式及集中宣传咨询 for “质量月”启动暨集中宣传咨询活动, 首席质量官培训
 * for 企业首席质量官专题培训: a row that words an item its own way, most
 * of the shorter name's characters in order in the longer. The share of
 * them, in hundredths; names are cut at NAME_CHARS characters, so the
 * work is bounded. */
#define NAME_CHARS 40
#define ALIKE_MIN_CHARS 5 /* characters shared at least */
#define ALIKE_SHARE 75	  /* hundredths of the shorter name shared at least */
static size_t chars_of(const char *s, const char **at)
{
	size_t n = 0;
	for (; *s && n < NAME_CHARS; s += wp_str_char_len(s))
		at[n++] = s;
	return n;
}

static int alike(const char *a, const char *b)
{
	const char *ca[NAME_CHARS], *cb[NAME_CHARS];
	size_t na = chars_of(a, ca), nb = chars_of(b, cb);
	size_t row[NAME_CHARS + 1] = {0};
	for (size_t i = 0; i < na; i++) {
		size_t diag = 0;
		for (size_t j = 0; j < nb; j++) {
			size_t up = row[j + 1];
			size_t len = wp_str_char_len(ca[i]);
			if (len == wp_str_char_len(cb[j]) && memcmp(ca[i], cb[j], len) == 0)
				row[j + 1] = diag + 1;
			else if (row[j] > row[j + 1])
				row[j + 1] = row[j];
			diag = up;
		}
	}
	size_t shared = row[nb], shorter = na < nb ? na : nb;
	return shared >= ALIKE_MIN_CHARS && shorter ? (int)(shared * 100 / shorter) : 0;
}

/* The schedule being read: the body's activities, which of them a row
 * has named, and the day a row under a merged date cell is on. */
struct annex {
	struct reader *r;
	size_t count, filled;
	size_t alike; /* of them, rows matched by likeness alone (see alike) */
	bool *used;
	struct key *keys;
	char *last_day; /* owned */
	size_t end;	/* the paragraph after the last row read a cell per line */
	/* the row above's place and units, which a cell 同上 repeats (owned) */
	char *above[3];
};

/* The kinds of cell a row may give as 同上 (ax->above's order). */
static const enum wp_field repeatable[3] = {WP_FIELD_PLACE, WP_FIELD_LEAD, WP_FIELD_COOP};

/* Gives activity a what the row tells and it lacks: its days, hour and
 * place, and its units when it names none. */
static void fill(struct reader *r, json_t *a, const char *day, const char *hour, const char *place, const char *lead,
		 const char *coop)
{
	wp_ndate d;
	if (day && !json_is_string(json_object_get(a, "start")) && wp_nfind_date(day, r->year, &d))
		wp_notice_set_read_dates(a, &d);
	if (hour && !json_is_string(json_object_get(a, "time")))
		wp_notice_set_times(a, hour);
	if (place && *place && !json_is_string(json_object_get(a, "location")))
		json_object_set_new(a, "location", json_string(place));
	if ((!lead && !coop) || json_array_size(json_object_get(a, "lead")) ||
	    json_array_size(json_object_get(a, "cooperate")))
		return;
	json_t *l, *k;
	wp_notice_cell_units(r, lead, coop, &l, &k);
	json_object_set_new(a, "lead", l);
	json_object_set_new(a, "cooperate", k);
}

/* The cell of kind in a row (NULL for none, or an empty one). */
static const char *cell_of(char **cells, size_t n, const enum wp_field *col, size_t ncols, enum wp_field kind,
			   int nth)
{
	for (size_t c = 0; c < ncols && c < n; c++)
		if (col[c] == kind && nth-- == 0)
			return cells[c] && *cells[c] && strcmp(cells[c], "—") != 0 ? cells[c] : NULL;
	return NULL;
}

/* The row's cells under the columns col: the activity it names, if one
 * of the body's not named yet, takes what the row tells; only its name
 * and days when its cells were guessed (a wrapped place or list of
 * units may have gone to the wrong column). */
/* Gives item k the row's day, hour, place and units; it is used. */
static void take_item(struct annex *ax, size_t k, const char *hour, const char *place, const char *lead,
		      const char *coop)
{
	ax->used[k] = true;
	fill(ax->r, json_array_get(ax->r->activities, k), ax->last_day, hour, place, lead, coop);
	ax->filled++;
}

/* The unused item the row's name (bare) is most alike to, the one alone
 * so alike and alike enough (see alike), or ax->count for none. */
static size_t most_alike(struct annex *ax, const char *row_bare)
{
	size_t best_k = ax->count;
	int best = 0, ties = 0;
	for (size_t k = 0; k < ax->count && wp_notice_step(ax->r, 1); k++) {
		int share = ax->used[k] || !ax->keys[k].bare ? 0 : alike(row_bare, ax->keys[k].bare);
		if (share > best)
			best = share, best_k = k, ties = 0;
		else if (share == best && share)
			ties++;
	}
	return best < ALIKE_SHARE || ties ? ax->count : best_k;
}

static void take_row(struct annex *ax, const enum wp_field *col, size_t ncols, char **cells, size_t n, bool guessed)
{
	/* 日期 then 时间: the first WHEN column the day, a second the hour */
	const char *day = cell_of(cells, n, col, ncols, WP_FIELD_WHEN, 0);
	const char *hour = cell_of(cells, n, col, ncols, WP_FIELD_WHEN, 1);
	const char *name = cell_of(cells, n, col, ncols, WP_FIELD_CONTENT, 0);
	if (!name)
		name = cell_of(cells, n, col, ncols, WP_FIELD_NAME, 0);
	/* 地点, 牵头单位, 配合单位: as written, or 同上 the row above's */
	const char *given[3] = {NULL, NULL, NULL};
	for (size_t k = 0; k < 3; k++) {
		/* a guessed row's cells are not known: 同上 under it says nothing */
		const char *cell = guessed ? NULL : cell_of(cells, n, col, ncols, repeatable[k], 0);
		if (cell && wp_word_is(cell, WP_WORDS_SAME_AS_ABOVE))
			cell = ax->above[k];
		char *kept = cell ? wp_xstrdup(cell) : NULL;
		free(ax->above[k]);
		given[k] = ax->above[k] = kept;
	}
	const char *place = given[0], *lead = given[1], *coop = given[2];
	/* 县教育局、县科技局    9月15日—24日: an empty 配合单位 cell the spaces
	 * lost, the 完成时限 cell in its place, no units */
	wp_ndate when;
	if (coop && wp_nfind_date(coop, ax->r->year, &when) && when.at == coop && !wp_notice_units_like(coop))
		coop = NULL;
	if (day) {
		free(ax->last_day);
		ax->last_day = wp_xstrdup(day);
	}
	char *row_bare = name ? bare(name) : NULL, *row_quoted = name ? quoted(name) : NULL;
	size_t before = ax->filled;
	for (size_t k = 0; name && k < ax->count && wp_notice_step(ax->r, 1); k++) {
		if (ax->used[k] || !names(row_bare, row_quoted, &ax->keys[k]))
			continue;
		take_item(ax, k, hour ? hour : day, place, lead, coop);
		/* 科普大篷车乡村行及农村实用技术培训: a row that names two items
		 * whole gives both */
		if (!wp_str_find(row_bare, ax->keys[k].bare) || strcmp(row_bare, ax->keys[k].bare) == 0)
			break;
	}
	/* no item named so: the one alone most alike, if alike enough */
	size_t k = name && ax->filled == before ? most_alike(ax, row_bare) : ax->count;
	if (k < ax->count) {
		take_item(ax, k, hour ? hour : day, place, lead, coop);
		ax->alike++;
	}
	free(row_bare);
	free(row_quoted);
}

/* A row of a schedule copied a cell per line (notice-table-cells.c). */
static bool take_cell_row(struct reader *r, const struct wp_notice_table *tb, char **cell, const char *no,
			  bool numbered, bool guessed, size_t first, size_t last, void *ctx)
{
	(void)r, (void)no, (void)numbered, (void)first;
	struct annex *ax = ctx;
	ax->end = last + 1;
	take_row(ax, tb->col, tb->ncols, cell, tb->ncols, guessed);
	return ax->filled < ax->count;
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

/* The rows of the schedule a row per line (tabs, bars) from paragraph i,
 * under the header of ncols columns col (0 for none yet); returns the
 * columns in force after it. */
static size_t take_line(struct annex *ax, size_t i, enum wp_field *col, size_t ncols, size_t *apart)
{
	struct reader *r = ax->r;
	size_t header = wp_notice_header_row(r->t.para[i], col);
	if (header && header <= ROW_CELLS) {
		*apart = 0;
		free(ax->last_day);
		ax->last_day = NULL;
		return header;
	}
	if (!ncols)
		return 0;
	char *cells[ROW_CELLS];
	size_t n = wp_notice_split_row_cells(r->t.para[i], cells, ROW_CELLS);
	size_t kept = n < ROW_CELLS ? n : ROW_CELLS;
	if (n < 3 || n > ncols) {
		wp_notice_free_cells(cells, kept);
		/* a cell's wrapped rest (知识产权审判庭、/ 政治部) goes on in
		 * the table; a few lines of no row end it */
		return n < 2 && ++*apart > 2 ? 0 : ncols;
	}
	*apart = 0;
	take_row(ax, col, ncols, cells, kept, false);
	wp_notice_free_cells(cells, kept);
	return ncols;
}

/* Does any activity name a unit that leads it? */
static bool some_activity_led(struct reader *r)
{
	for (size_t k = 0; k < json_array_size(r->activities) && wp_notice_step(r, 1); k++)
		if (json_array_size(json_object_get(json_array_get(r->activities, k), "lead")))
			return true;
	return false;
}

/* 宣传周期间，全县集中开展以下重点活动，各项活动的具体时间、地点和责任单位
 * 详见附件。: does the activity section's lead-in, above its first item,
 * send the reader to the annex? */
static bool lead_in_points_to_annex(struct reader *r)
{
	const struct wp_outline_section *sec = wp_outline_find(&r->outline, WP_SECTION_ACTIVITIES);
	if (!sec)
		return false;
	size_t len;
	for (size_t i = sec->heading + 1; i <= sec->last && i < r->t.n && wp_notice_step(r, 1); i++) {
		if (wp_notice_item_at(r, i))
			return false;
		/* the activities' particulars, not a form (报名表见附件) */
		const char *hit = wp_word_find(r->t.para[i], WP_WORDS_DETAILS_IN_ANNEX, &len);
		if (!hit)
			continue;
		size_t from = wp_str_clause_start(r->t.para[i], hit);
		char *clause = wp_str_sub(r->t.para[i] + from, (size_t)(hit - r->t.para[i]) - from);
		bool particulars = wp_word_find(clause, WP_WORDS_ANNEX_PARTICULARS, &len) != NULL;
		free(clause);
		if (particulars)
			return true;
	}
	return false;
}

/* Are most activities undated (half or more)? Items that give their own
 * days are events, whatever the annex lists. */
static bool mostly_undated(struct reader *r)
{
	size_t dated = 0, n = json_array_size(r->activities);
	for (size_t k = 0; k < n && wp_notice_step(r, 1); k++)
		dated += json_is_string(json_object_get(json_array_get(r->activities, k), "start"));
	return 2 * dated < n;
}

/* 四、主要活动 / （一）组织领导干部学宪法。… / 各项活动的具体时间、地点和责任
 * 单位详见附件 / 附件 / 序号 活动名称 时间 地点 牵头单位 配合单位 / 1 …: the
 * annex's table names none of the body's items, which name no unit of
 * their own, and has as many rows or more: the items are lines of work
 * and the rows, the events that carry them out, are the activities.
 * True when the rows took the items' place. */
static bool rows_replace_items(struct reader *r, size_t count, bool more)
{
	json_t *items = r->activities;
	struct item_range *ranges = r->items;
	size_t nranges = r->nitems, cap = r->capitems, said = r->report->n;
	r->activities = json_array();
	r->items = NULL;
	r->nitems = r->capitems = 0;
	size_t rows = wp_notice_read_table_between(r, r->outline.annex, r->t.n, NULL);
	if (rows >= 2 && rows >= count) {
		json_decref(items);
		free(ranges);
		if (more)
			wp_notice_note(r, WP_TR("the activity section sends to the annex for the particulars, and the annex's "
						"table holds more events than its items (which name no unit): its %zu rows are "
						"the activities"),
				       rows);
		else
			wp_notice_note(r, WP_TR("the annex's table names none of the activity section's items (which name no unit or send to it): "
						"its %zu rows are the activities, the items the lines of work they carry out"),
				       rows);
		return true;
	}
	wp_notice_drop_notes(r, said);
	json_decref(r->activities);
	free(r->items);
	r->activities = items;
	r->items = ranges;
	r->nitems = nranges;
	r->capitems = cap;
	return false;
}

int wp_notice_date_by_annex(struct reader *r)
{
	const struct wp_outline *o = &r->outline;
	if (annex_holds_items(r))
		return 0;
	enum wp_field col[ROW_CELLS];
	size_t ncols = 0, apart = 0, count = json_array_size(r->activities);
	if (!count || o->annex >= r->t.n)
		return 0;
	bool points = lead_in_points_to_annex(r), led = some_activity_led(r);
	/* 具体时间、地点和分工详见附件 / （一）启动仪式。… （三）线上宣传。… / 附件
	 * / a table of ten events: items that name no unit tell a few of the
	 * rows again, the rows (more of them than items) are the activities */
	if (points && !led && rows_replace_items(r, count + 1, true))
		return 0;
	struct annex ax = {.r = r, .count = count, .used = wp_xcalloc(count, sizeof(bool)),
			   .keys = wp_xcalloc(count, sizeof(struct key))};
	for (size_t k = 0; k < count; k++) {
		const char *title = json_string_value(json_object_get(json_array_get(r->activities, k), "title"));
		ax.keys[k].bare = title ? bare(title) : NULL;
		ax.keys[k].quoted = title ? quoted(title) : NULL;
	}
	/* every activity given its row: the rest of the annex is no matter */
	for (size_t i = o->annex; i < r->t.n && ax.filled < count && wp_notice_step(r, 1); i++) {
		struct wp_notice_table tb;
		/* 序号 / 活动名称 / 时间 / …, a line each: a PDF's table */
		if (!ncols && !wp_notice_header_row(r->t.para[i], col) && wp_notice_table_header_at(r, i, &tb) &&
		    tb.cell_per_line) {
			ax.end = tb.body;
			wp_notice_each_cell_row(r, &tb, r->t.n, take_cell_row, &ax);
			i = ax.end > i ? ax.end - 1 : i;
			continue;
		}
		ncols = take_line(&ax, i, col, ncols, &apart);
	}
	free(ax.last_day);
	for (size_t k = 0; k < 3; k++)
		free(ax.above[k]);
	free(ax.used);
	for (size_t k = 0; k < count; k++) {
		free(ax.keys[k].bare);
		free(ax.keys[k].quoted);
	}
	free(ax.keys);
	/* rows only alike to the items (组织领导干部学宪法 / 领导干部宪法专题讲座)
	 * name none of them: the rows may be the activities */
	bool named = ax.filled > ax.alike;
	if (!named && mostly_undated(r) && (!led || points) && rows_replace_items(r, count, false))
		return 0;
	if (ax.filled)
		wp_notice_note(r, WP_TR("the annex's schedule gave %zu activities their days, hours, places or units"),
			       ax.filled);
	return (int)ax.filled;
}
