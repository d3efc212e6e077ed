/* notice-onespace.c - a table whose cells are apart by one space, read
 * as the table it was. See notice-onespace.h.
 *
 * A single space parts words in prose too (2018 年 4 月 20 日, a web
 * copy's habit), so nothing is taken for a row unless a header row of
 * column names only stands above it, and a row must open with the next
 * number. A cell may hold a space (5月22日 上午9:00, 市中心医院 门诊楼): the
 * pieces are merged by what they are, never by where they fall, and a
 * row that no merge fits is left as text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "notice-date.h"
#include "notice-onespace.h"
#include "notice-text.h"

/* The most pieces a row is split into: a cell or two holding a space
 * each over the most columns a table has. */
#define MAX_PIECES (2 * WP_ONESPACE_MAX_COLUMNS)

struct piece {
	const char *at;
	size_t len;
};

/* The pieces of s apart by single spaces (none inside brackets or
 * quotes: （星期 五） is one); their count, or max + 1 if there are more,
 * or 0 if two spaces stand together (a run parts the cells of the rows
 * the joiner already reads). One pass. */
static size_t split_pieces(const char *s, struct piece *out, size_t max, wp_nline_work *work)
{
	size_t n = 0;
	int depth = 0;
	const char *start = s;
	for (const char *p = s;; p += wp_str_char_len(p)) {
		wp_nline_step(work, 1);
		if (wp_str_starts(p, "（") || wp_str_starts(p, "“") || *p == '(')
			depth++;
		else if ((wp_str_starts(p, "）") || wp_str_starts(p, "”") || *p == ')') && depth > 0)
			depth--;
		if (*p && (*p != ' ' || depth > 0))
			continue;
		if (p == start)
			return 0; /* a run of spaces, or one at an end */
		if (n == max)
			return max + 1;
		out[n++] = (struct piece){start, (size_t)(p - start)};
		if (!*p)
			return n;
		start = p + 1;
	}
}

/* The number a row opens with ("3", "3.", "3、" then one space), the
 * rest after that space in *rest; -1 if the line opens with none. */
static int opening_number(const char *s, const char **rest)
{
	size_t digits = strspn(s, "0123456789");
	if (digits == 0 || digits > 3)
		return -1;
	const char *p = s + digits;
	if (*p == '.')
		p++;
	else
		wp_str_skip(&p, "、");
	if (*p != ' ' || p[1] == ' ' || !p[1])
		return -1;
	*rest = p + 1;
	return atoi(s);
}

/* Is the piece a day (5月22日, 5月21日至23日)? */
static bool date_piece(const char *f)
{
	wp_ndate d;
	return wp_nis_digit(*f) && wp_nfind_date_at(f, 2000, &d);
}

/* Is the piece a time of day (上午9:00, 9:00-11:30, 下午, 全天)? */
static bool time_piece(const char *f)
{
	if (wp_time_of_day_at(f, NULL) || wp_word_is(f, WP_WORDS_WHOLE_DAY))
		return true;
	size_t digits = strspn(f, "0123456789");
	return digits > 0 && digits <= 2 && (f[digits] == ':' || wp_str_starts(f + digits, "："));
}

/* Does the piece surely name units: a list (市科协、市科技局), who leads
 * (市卫生局牵头，市科协配合), or a unit of an area (县科协, 区教育局)? */
static bool units_piece(const char *f)
{
	size_t len;
	return wp_str_find(f, "、") || wp_word_find(f, WP_WORDS_LEAD_VERB, &len) ||
	       wp_word_find(f, WP_WORDS_HELP_VERB, &len) ||
	       (wp_word_at(f, WP_WORDS_AREA_END) && wp_word_ends(f, WP_WORDS_UNIT_TAIL));
}

/* What a group of pieces (a cell to be) is: a day or time, units for
 * sure, a name that only ends as a unit's may (报告厅, 东校区, 各单位), or
 * text. */
enum kind { TEXT, WHEN, UNITS, TAIL };

struct group {
	size_t first, count; /* of the pieces */
	enum kind kind;
};

static enum kind kind_of(const struct piece *p, wp_nline_work *work)
{
	wp_nline_step(work, 4 * p->len); /* copied, looked at thrice */
	char *f = wp_str_sub(p->at, p->len);
	enum kind k = date_piece(f) || time_piece(f) ? WHEN
		      : units_piece(f)			 ? UNITS
		      : wp_word_ends(f, WP_WORDS_UNIT_TAIL) ? TAIL
							 : TEXT;
	free(f);
	return k;
}

static bool is_units_column(enum wp_field f)
{
	return f == WP_FIELD_LEAD || f == WP_FIELD_COOP;
}

/* The pieces grouped into the header's cells after the number (ncols - 1
 * of them, in g); false if they do not fit. A day then a time of day
 * are one cell when the header has a column of when; left over pieces
 * go to the place when the place is followed by a units column whose
 * piece may name units, and what the place takes surely names none
 * (市人民公园 东门 市科协, not 县图书馆 县科协 县文联). */
static bool fit(const struct wp_onespace *t, const struct piece *p, size_t np, struct group *g,
		wp_nline_work *work)
{
	bool has_when = false;
	size_t place = 0, places = 0;
	for (size_t c = 1; c < t->ncols; c++) {
		has_when = has_when || t->col[c] == WP_FIELD_WHEN;
		if (t->col[c] == WP_FIELD_PLACE)
			place = c, places++;
	}
	struct group all[MAX_PIECES];
	size_t n = 0;
	for (size_t i = 0; i < np; i++) {
		enum kind k = kind_of(&p[i], work);
		if (has_when && n > 0 && all[n - 1].kind == WHEN && k == WHEN &&
		    all[n - 1].first + all[n - 1].count == i)
			all[n - 1].count++;
		else
			all[n++] = (struct group){i, 1, k};
	}
	size_t want = t->ncols - 1;
	if (n < want)
		return false;
	size_t extra = n - want;
	if (extra > 0) {
		/* the place, and the units after it, as said above */
		if (places != 1 || place + 1 >= t->ncols || !is_units_column(t->col[place + 1]) ||
		    (all[place + extra].kind != UNITS && all[place + extra].kind != TAIL))
			return false;
		for (size_t e = place; e < place + extra; e++)
			if (all[e].kind != TEXT && all[e].kind != TAIL)
				return false;
		all[place - 1].count = all[place - 1 + extra].first + all[place - 1 + extra].count -
				       all[place - 1].first;
		memmove(&all[place], &all[place + extra], (n - place - extra) * sizeof *all);
	}
	/* a day or time must stand in a column of when: none elsewhere */
	for (size_t c = 1; extra > 0 && c < t->ncols; c++)
		if ((all[c - 1].kind == WHEN) != (t->col[c] == WP_FIELD_WHEN))
			return false;
	memcpy(g, all, want * sizeof *g);
	return true;
}

/* Is the line a header of a table of what is due, its column names
 * apart by single spaces (报送事项 报送时间 报送单位: what first, by when,
 * every piece a column's name)? Sets t's columns if so. */
static bool dues_header(struct wp_onespace *t, const char *line, wp_nline_work *work)
{
	static const enum wp_word_set columns[] = {WP_WORDS_DUTY_COLUMN_WHAT, WP_WORDS_DUTY_COLUMN_WHEN,
						   WP_WORDS_DUTY_COLUMN_TO,   WP_WORDS_DUTY_COLUMN_WHO,
						   WP_WORDS_DUTY_COLUMN_HOW,  WP_WORDS_DUTY_COLUMN_NAME,
						   WP_WORDS_DUTY_COLUMN_PHONE};
	/* opening with what is due (报送事项 …): every other line is
	 * passed over at once */
	if (!wp_word_at(line, WP_WORDS_DUTY_COLUMN_WHAT))
		return false;
	struct piece p[WP_ONESPACE_MAX_COLUMNS];
	size_t n = split_pieces(line, p, WP_ONESPACE_MAX_COLUMNS, work);
	if (n < 3 || n > WP_ONESPACE_MAX_COLUMNS)
		return false;
	bool what = false, when = false;
	for (size_t c = 0; c < n; c++) {
		wp_nline_step(work, 2 * p[c].len);
		char *name = wp_str_sub(p[c].at, p[c].len);
		bool known = false;
		for (size_t k = 0; k < sizeof columns / sizeof *columns && !known; k++)
			known = wp_word_is(name, columns[k]);
		what = what || wp_word_is(name, WP_WORDS_DUTY_COLUMN_WHAT);
		when = when || wp_word_is(name, WP_WORDS_DUTY_COLUMN_WHEN);
		free(name);
		if (!known)
			return false;
		t->col[c] = WP_FIELD_OTHER;
	}
	if (!what || !when)
		return false;
	t->ncols = n;
	t->dues = true;
	return true;
}

/* A row of a table of what is due: as many pieces as the header has
 * columns, no label in it; its cells apart by two spaces. NULL if the
 * line is no such row (one with a day and its hour apart, 11月3日 17:00前,
 * is left to the table reader, which reads it whole under the header). */
static char *dues_row(const struct wp_onespace *t, const char *line, wp_nline_work *work)
{
	struct piece p[WP_ONESPACE_MAX_COLUMNS];
	size_t n = split_pieces(line, p, WP_ONESPACE_MAX_COLUMNS, work);
	/* 联系人：王强 电话：… 传真：…: labels, a line of its own, no row */
	if (n != t->ncols || wp_str_find(line, "："))
		return NULL;
	wp_nline_step(work, 2 * strlen(line));
	wp_buf b = WP_BUF_INIT;
	for (size_t c = 0; c < n; c++) {
		if (c)
			wp_buf_puts(&b, "  ");
		wp_buf_append(&b, p[c].at, p[c].len);
	}
	return wp_buf_take(&b);
}

/* Is the line a header of column names apart by single spaces, the
 * first the row number's? Sets t's columns if so. */
static bool header(struct wp_onespace *t, const char *line, wp_nline_work *work)
{
	struct piece p[WP_ONESPACE_MAX_COLUMNS];
	size_t n = split_pieces(line, p, WP_ONESPACE_MAX_COLUMNS, work);
	if (n < 3 || n > WP_ONESPACE_MAX_COLUMNS)
		return false;
	bool what = false, detail = false;
	for (size_t c = 0; c < n; c++) {
		wp_nline_step(work, 2 * p[c].len);
		char *name = wp_str_sub(p[c].at, p[c].len);
		const struct wp_field_label *l = wp_field_label_is(name);
		free(name);
		if (!l || (c == 0) != (l->field == WP_FIELD_NO))
			return false;
		t->col[c] = l->field;
		what = what || l->field == WP_FIELD_NAME || l->field == WP_FIELD_CONTENT;
		detail = detail || l->field == WP_FIELD_WHEN || l->field == WP_FIELD_PLACE ||
			 l->field == WP_FIELD_LEAD;
	}
	if (!what || !detail)
		return false;
	t->ncols = n;
	t->next = 1;
	return true;
}

/* The pieces of line joined again: between the groups two spaces. */
static char *as_row(const char *number, size_t number_len, const struct piece *p, const struct group *g,
		    size_t ng)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_append(&b, number, number_len);
	for (size_t k = 0; k < ng; k++) {
		const struct piece *last = &p[g[k].first + g[k].count - 1];
		wp_buf_puts(&b, "  ");
		wp_buf_append(&b, p[g[k].first].at, (size_t)(last->at + last->len - p[g[k].first].at));
	}
	return wp_buf_take(&b);
}

/* The reading of the line, trimmed (a copy's lines often end in a space). */
static char *line_of(struct wp_onespace *t, const char *line, wp_nline_work *work)
{
	if (wp_nline_table_row(line, work)) {
		/* a table the joiner reads as it is; a row of the dues' table
		 * typed with two spaces, one of it */
		if (!t->dues)
			t->ncols = 0;
		return NULL;
	}
	if (t->ncols && t->dues) {
		char *row = dues_row(t, line, work);
		if (row)
			return row;
	}
	const char *rest = NULL;
	int no = t->ncols ? opening_number(line, &rest) : -1;
	if (t->ncols && no == t->next) {
		t->next++;
		struct piece p[MAX_PIECES];
		struct group g[WP_ONESPACE_MAX_COLUMNS];
		/* 5 月 20 日: the spaces a web copy puts between digits and
		 * Chinese part no cells (the number's own space is kept apart:
		 * 1 5月19日 is no day 15) */
		char *cells = wp_nline_squeeze_spaces(rest, work);
		size_t np = split_pieces(cells, p, MAX_PIECES, work);
		char *row = NULL;
		if (np > 0 && np <= MAX_PIECES && fit(t, p, np, g, work)) {
			wp_nline_step(work, 2 * strlen(line));
			row = as_row(line, (size_t)(rest - 1 - line), p, g, t->ncols - 1);
		}
		free(cells);
		return row; /* NULL: left as text, the table reader says so */
	}
	t->ncols = 0;
	t->dues = false;
	if (!header(t, line, work) && !dues_header(t, line, work))
		return NULL;
	wp_nline_step(work, 2 * strlen(line));
	wp_buf b = WP_BUF_INIT;
	for (const char *c = line; *c; c++) {
		if (*c == ' ')
			wp_buf_putc(&b, ' ');
		wp_buf_putc(&b, *c);
	}
	return wp_buf_take(&b);
}

char *wp_onespace_line(struct wp_onespace *t, const char *line, wp_nline_work *work)
{
	line += strspn(line, " ");
	size_t len = strlen(line);
	wp_nline_step(work, 2 * len); /* measured, trimmed */
	while (len > 0 && line[len - 1] == ' ')
		len--;
	if (len == 0)
		return NULL; /* a blank line between rows ends no table */
	char *trimmed = wp_str_sub(line, len);
	char *row = line_of(t, trimmed, work);
	free(trimmed);
	return row;
}

bool wp_onespace_unfit(const char *para, int no, size_t ncols)
{
	wp_nline_work work = {0, (size_t)-1};
	const char *rest = NULL;
	if (ncols < 3 || opening_number(para, &rest) != no)
		return false;
	struct piece p[MAX_PIECES];
	size_t n = split_pieces(rest, p, MAX_PIECES, &work);
	return n >= 2;
}
