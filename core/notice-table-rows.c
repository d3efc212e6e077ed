/* notice-table-rows.c - the rows of an activity table copied a row a
 * line (cells apart by tabs, bars or runs of spaces), read under the
 * header notice-table.c found: a cell's wrapped rest under its column,
 * a group's label spanning rows, two whens or two unit columns told
 * apart (see notice-table.c for the table as a whole). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "buf.h"
#include "notice-onespace.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* （周一）, （周二至周三）: a day line's weekdays in brackets, at most */
#define WEEKDAY_BRACKET_BYTES 32

#define MAX_COLUMNS WP_NOTICE_MAX_COLUMNS
#define COLUMN_SLACK WP_NOTICE_COLUMN_SLACK

/* A row of more cells than the header has, in a table copied as tabs:
 * split again at the tabs' gaps only, when that gives the header's count
 * (a U+3000 inside a cell, 林晓燕　13905961234, split it). The cells
 * (replaced, the old ones freed) and their count. */
static size_t tab_cells(const char *line, char **cells, size_t total, size_t ncols)
{
	char *again[MAX_COLUMNS];
	size_t n = wp_notice_split_tab_cells(line, again, MAX_COLUMNS);
	size_t kept = n < MAX_COLUMNS ? n : MAX_COLUMNS;
	if (n != ncols) {
		wp_notice_free_cells(again, kept);
		return total;
	}
	wp_notice_free_cells(cells, total < MAX_COLUMNS ? total : MAX_COLUMNS);
	for (size_t c = 0; c < n; c++)
		cells[c] = again[c];
	return n;
}

static bool ends_table(const struct reader *r, size_t i)
{
	return wp_notice_ends_table(r, NULL, i);
}

/* The header column a cell starting at display column at falls under:
 * the last one starting at or before it (give or take the slack). */
static size_t column_under(int at, const int *head, size_t nhead)
{
	size_t k = 0;
	for (size_t h = 0; h < nhead; h++)
		if (head[h] <= at + COLUMN_SLACK)
			k = h;
	return k;
}

/* 区市场监管局、城南街道办事处、区餐饮 / (spaces) 行业协会: a line indented to
 * a column carries on that column's cell of the row above; a pdftotext
 * -layout copy wraps several cells at once, each rest under its own
 * column (…启动仪式暨 / “美丽柳湾”主题宣传  上午9:00  区文明办). Appends
 * each piece to its column's cell and returns true, or false if line is
 * no such (a piece before the second column, or two under one column). */
static bool wrapped_cell(const char *line, char **cells, size_t total, const int *head, size_t nhead)
{
	int at[MAX_COLUMNS];
	size_t col[MAX_COLUMNS];
	char *piece[MAX_COLUMNS] = {NULL};
	size_t n = wp_notice_split_cells(line, piece, MAX_COLUMNS);
	size_t kept = n < MAX_COLUMNS ? n : MAX_COLUMNS;
	bool carries = n >= 1 && n < total && nhead > 0 && wp_notice_cell_columns(line, at, MAX_COLUMNS) == n &&
		       at[0] > head[0] + COLUMN_SLACK && wp_notice_row_number(piece[0]) < 0;
	for (size_t j = 0; carries && j < n; j++) {
		col[j] = column_under(at[j], head, nhead < total ? nhead : total);
		carries = col[j] > 0 && (j == 0 || col[j] > col[j - 1]);
	}
	for (size_t j = 0; carries && j < n; j++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s%s", cells[col[j]], piece[j]);
		free(cells[col[j]]);
		cells[col[j]] = wp_buf_take(&b);
	}
	wp_notice_free_cells(piece, kept);
	return carries;
}

/* Does a cell of the row so far end as a wrapped one does (…暨, 市科学技术
 * 局、) or a piece of the line open as a wrapped one's rest does (、市工信局,
 * （具体议程另行通知））? */
static bool wraps_on(char **cells, char **piece, size_t n)
{
	static const char *const open_ends[] = {"、", "，", "暨", "及", "和", NULL};
	static const char *const rest_opens[] = {"、", "（", "(", NULL};
	for (size_t j = 1; j < n; j++) {
		for (const char *const *e = open_ends; *e; e++)
			if (cells[j] && wp_str_ends(cells[j], *e))
				return true;
		const char *p = piece[j] + strspn(piece[j], " ");
		for (const char *const *o = rest_opens; *o; o++)
			if (wp_str_starts(p, *o))
				return true;
	}
	return false;
}

/* |1 |“安全生产月”启动仪式暨 |6月3日（星期三）|… then |  |安全承诺签名 |上午
 * 9:00|…: a row of a barred (or drawn) table whose cells wrap goes on in
 * lines whose first cell is blank; each piece goes on its column's cell.
 * False (nothing joined) when line is no such. */
static bool barred_rest(const char *line, char **cells, size_t total)
{
	if (line[0] != '|')
		return false;
	char *piece[MAX_COLUMNS] = {NULL};
	size_t n = wp_notice_split_cells(line, piece, MAX_COLUMNS);
	size_t kept = n < MAX_COLUMNS ? n : MAX_COLUMNS;
	bool rest = n == total && n <= MAX_COLUMNS && wp_notice_blank_cell(piece[0]);
	/* | 4月20日 | 9:30 | … then | | 14:30 | X | 图书馆报告厅 | …: every cell
	 * but the first filled, under a row whose first cell is no row's
	 * number, is a row of its own under a merged first cell (a 序号 is
	 * never merged: under one, the row wraps) */
	size_t filled = 0;
	for (size_t j = 1; rest && j < n; j++)
		filled += !wp_notice_blank_cell(piece[j]);
	bool merged = n >= 4 && filled == n - 1 && wp_notice_row_number(cells[0]) <= 0 && !wraps_on(cells, piece, n);
	rest = rest && filled > 0 && !merged;
	for (size_t j = 1; rest && j < n; j++) {
		if (wp_notice_blank_cell(piece[j]))
			continue;
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s%s", wp_notice_blank_cell(cells[j]) ? "" : cells[j], piece[j]);
		free(cells[j]);
		cells[j] = wp_buf_take(&b);
	}
	wp_notice_free_cells(piece, kept);
	return rest;
}

/* 6  “无废城市细胞”创建宣传  活动期间  (blank)  区发展和改革局…: in a copy
 * that keeps the columns by spaces an empty cell is only blank space.
 * When every cell of the line starts where a header column does, the
 * cells go to their columns and the ones between are empty; returns the
 * new number of cells (ncols), or total if the line is not so aligned. */
/* How far a layout copy's cell may start from its header column: the
 * indent of a row its reading dropped, a character of uncertain width. A
 * tab-separated row (tabs read as two spaces) lines up only by chance,
 * seldom this close. */
#define LAYOUT_SLACK 2

static size_t aligned_cells(const char *line, char **cells, size_t total, size_t ncols, const int *head,
			    size_t nhead, int slack)
{
	int at[MAX_COLUMNS];
	size_t col[MAX_COLUMNS];
	if (total >= ncols || nhead != ncols || wp_notice_cell_columns(line, at, MAX_COLUMNS) != total)
		return total;
	for (size_t j = 0; j < total; j++) {
		col[j] = column_under(at[j], head, nhead);
		if (at[j] < head[col[j]] - slack || at[j] > head[col[j]] + slack ||
		    (j > 0 && col[j] <= col[j - 1]))
			return total; /* not aligned to the header */
	}
	char *placed[MAX_COLUMNS] = {NULL};
	for (size_t j = 0; j < total; j++)
		placed[col[j]] = cells[j];
	for (size_t c = 0; c < ncols; c++)
		cells[c] = placed[c] ? placed[c] : wp_xstrdup("");
	return ncols;
}

/* Drops a row's first cell (a group's name, a row number the header does
 * not name); the count of cells left. */
static size_t drop_first_cell(char **cells, size_t total)
{
	free(cells[0]);
	memmove(cells, cells + 1, (total - 1) * sizeof *cells);
	cells[--total] = NULL;
	return total;
}

/* How many cells line splits into. */
static size_t cell_count(const char *line)
{
	char *cells[MAX_COLUMNS] = {NULL};
	size_t total = wp_notice_split_cells(line, cells, MAX_COLUMNS);
	wp_notice_free_cells(cells, total < MAX_COLUMNS ? total : MAX_COLUMNS);
	return total;
}

/* Is cell a short name that groups rows (初一年级, 全校, 第一阶段): a few
 * characters, no day, no clock, no list? */
static bool group_label(const char *cell)
{
	wp_ndate d;
	char hhmm[6];
	const char *at;
	return *cell && wp_text_width(cell) <= 12 && !wp_nfind_date(cell, 2000, &d) && !wp_nfind_time(cell, hhmm, &at) &&
	       !wp_str_find(cell, "、") && !wp_str_find(cell, "，");
}

/* Do a row's cells, from cell `from` on, fit the header's column of
 * when: a day (or 3月中旬) there and none in the column before? (初一年级⇥讲座⇥3月31日
 * fits from 1; 启动仪式⇥6月1日⇥…⇥镇应急办⇥镇派出所 fits from 0.) */
static bool when_fits(const struct wp_notice_table *tb, char **cells, size_t total, size_t from)
{
	wp_ndate d;
	for (size_t c = 0; c < tb->ncols; c++)
		if (tb->col[c] == WP_FIELD_WHEN)
			return from + c < total &&
			       (wp_nfind_date(cells[from + c], 2000, &d) || wp_nfind_dekad(cells[from + c], 2000, &d)) &&
			       (from + c == 0 || !wp_nfind_date(cells[from + c - 1], 2000, &d));
	return true;
}

/* 法律咨询⇥…⇥县司法局⇥县工信局: the units of a last column (配合单位, or
 * 责任单位 whose first leads) typed apart by a tab, one cell more than the
 * header names: joined with 、 (cells changed in place); the count of
 * cells. */
static size_t units_apart(const struct wp_notice_table *tb, char **cells, size_t total)
{
	enum wp_field last = tb->col[tb->ncols - 1];
	/* not a row opening with its number under a header that names no
	 * 序号 (1⇥X⇥6月2日⇥会议室⇥县安委办: its cells are one on) */
	if ((last != WP_FIELD_COOP && last != WP_FIELD_LEAD) ||
	    (tb->col[0] != WP_FIELD_NO && wp_notice_row_number(cells[0]) > 0) ||
	    !wp_notice_units_like(cells[total - 2]) ||
	    !wp_notice_units_like(cells[total - 1]))
		return total;
	wp_buf b = WP_BUF_INIT;
	/* a 责任单位 cell's first unit leads, the one after it helps */
	wp_buf_printf(&b, last == WP_FIELD_LEAD ? "%s牵头，%s配合" : "%s、%s", cells[total - 2], cells[total - 1]);
	free(cells[total - 2]);
	free(cells[total - 1]);
	cells[total - 1] = NULL;
	cells[total - 2] = wp_buf_take(&b);
	return total - 1;
}

/* 初一年级⇥X⇥… / ⇥Y⇥… / 初二年级⇥Z⇥…: does the table keep a group's name in a
 * first column its header left blank? Two rows at least open with a
 * group's name in one cell more than the header names, and a row of the
 * header's cells follows one of them (the rest of that group). A row
 * with an extra cell alone is no group column. */
#define GROUP_LOOK_ROWS 24 /* the rows looked at for it: a bounded look, as every header may be tried */
static bool group_column(const struct reader *r, const struct wp_notice_table *tb, size_t end)
{
	size_t grouped = 0, under = 0;
	bool in_group = false;
	for (size_t i = tb->body; i < end && i - tb->body < GROUP_LOOK_ROWS && !wp_notice_ends_table(r, tb, i); i++) {
		char *cells[MAX_COLUMNS] = {NULL};
		size_t total = wp_notice_split_cells(r->t.para[i], cells, MAX_COLUMNS);
		bool group = total == tb->ncols + 1 && total <= MAX_COLUMNS && group_label(cells[0]) &&
			     when_fits(tb, cells, total, 1) && !when_fits(tb, cells, total, 0);
		grouped += group;
		under += in_group && !group && total == tb->ncols;
		in_group = group || (in_group && total == tb->ncols);
		wp_notice_free_cells(cells, total < MAX_COLUMNS ? total : MAX_COLUMNS);
	}
	return grouped >= 2 && under >= 1;
}

/* 序号 时间 活动内容 责任单位 完成时限: is the last column a second one of
 * when (a time limit, empty in a row that is an event on its day)? */
static bool second_when_last(const struct wp_notice_table *tb)
{
	if (tb->ncols < 2 || tb->col[tb->ncols - 1] != WP_FIELD_WHEN)
		return false;
	for (size_t c = 0; c + 1 < tb->ncols; c++)
		if (tb->col[c] == WP_FIELD_WHEN)
			return true;
	return false;
}

/* Are the cells of line (starting at the columns at, n of them) padded to
 * their columns' widths: gaps of uneven widths, as a layout copy sets
 * them? A row typed with one gap throughout (4 spaces, a tab's two) is no
 * layout, whatever its columns. */
static bool padded(const char *line, const int *at, size_t n)
{
	char *cells[MAX_COLUMNS];
	size_t total = wp_notice_split_cells(line, cells, MAX_COLUMNS);
	size_t kept = total < MAX_COLUMNS ? total : MAX_COLUMNS;
	int narrowest = 1 << 20, widest = 0;
	for (size_t k = 0; total == n && k + 1 < n; k++) {
		int gap = at[k + 1] - (at[k] + wp_text_width(cells[k]));
		narrowest = gap < narrowest ? gap : narrowest;
		widest = gap > widest ? gap : widest;
	}
	wp_notice_free_cells(cells, kept);
	return total == n && widest - narrowest >= 2;
}

/* The rows' own columns, where two full rows (a cell in each column) start
 * each cell within the slack of the other's: copied from a PDF laid out
 * (pdftotext -layout), a header centres its names over their columns
 * (序号  活动内容 ... 责任单位 right of where the cells start), the rows
 * set where the columns begin, their cells padded to the columns' widths.
 * Into at (the earlier start of the two); false when no two such rows
 * agree. Looks at the table's first rows only. */
#define ROWS_LOOKED_AT 12
static bool rows_set_columns(struct reader *r, const struct wp_notice_table *tb, size_t end, int *at)
{
	int first[MAX_COLUMNS], next[MAX_COLUMNS];
	bool have = false;
	for (size_t i = tb->body, seen = 0; i < end && seen < ROWS_LOOKED_AT && !wp_notice_ends_table(r, tb, i) &&
					    wp_notice_step(r, 1);
	     i++, seen++) {
		enum wp_field col[MAX_COLUMNS];
		if (wp_notice_header_row(r->t.para[i], col))
			return false; /* another table's header: this one's rows ended */
		if (wp_notice_cell_columns(r->t.para[i], have ? next : first, MAX_COLUMNS) != tb->ncols ||
		    !padded(r->t.para[i], have ? next : first, tb->ncols))
			continue;
		if (!have) {
			have = true;
			continue;
		}
		bool agree = true;
		for (size_t k = 0; k < tb->ncols && agree; k++)
			agree = abs(first[k] - next[k]) <= COLUMN_SLACK;
		if (!agree) {
			memcpy(first, next, sizeof first);
			continue;
		}
		for (size_t k = 0; k < tb->ncols; k++)
			at[k] = first[k] < next[k] ? first[k] : next[k];
		return true;
	}
	return false;
}

/* Rows a line each: "1 启动仪式 4月20日 市民广场 市知识产权局"; a rule under
 * the header is passed over, one below a row ends the table. */
/* Are the table's columns from c on all such that the reader takes
 * nothing from them (备注, 预计参与人次, 联系人及电话)? */
static bool only_others_after(const struct wp_notice_table *tb, size_t c)
{
	for (; c < tb->ncols; c++)
		if (!wp_field_fills_nothing(tb->col[c]))
			return false;
	return true;
}

/* 一、县级活动 / 1⇥… / … / 二、乡镇活动 / 例⇥…: a sheet's group of rows
 * headed by a line of its own, numbered as a section is: no end of the
 * table when the row the table numbers next follows it. */
static bool group_row(const struct reader *r, const struct wp_notice_table *tb, size_t i, size_t end, int last_no)
{
	if (tb->col[0] != WP_FIELD_NO || i + 1 >= end || i + 1 >= r->t.n || cell_count(r->t.para[i]) > 1)
		return false;
	const char *row = r->t.para[i + 1];
	const char *gap = strstr(row, "  ");
	char *first = wp_str_sub(row, gap ? (size_t)(gap - row) : strlen(row));
	int next = wp_notice_row_number(first);
	free(first);
	return next == last_no + 1 && cell_count(r->t.para[i + 1]) + 1 >= tb->ncols;
}

/* A day's line among the rows of a table whose 时段 column gives only
 * the part of the day (4月20日（周一）, 4月26日（周日）　“4·26”世界知识产权
 * 日): a copy of its day as written, or NULL. */
static char *day_over_rows(const struct reader *r, const struct wp_notice_table *tb, const char *line)
{
	bool when = false;
	for (size_t c = 0; c < tb->ncols; c++)
		when = when || tb->col[c] == WP_FIELD_WHEN;
	wp_ndate d;
	/* (4月26日（周日）　“4·26”世界知识产权日: the day's name after a wide
	 * space, no cell of a row) */
	bool barred = strchr(line, '|') || wp_str_find(line, "｜");
	if (!when || barred || !wp_nfind_date_at(line, r->year, &d))
		return NULL;
	const char *rest = line + d.len;
	/* （周一）, （周二至周三） */
	const char *week = wp_str_starts(rest, "（") ? wp_notice_find_near(rest, "）", WEEKDAY_BRACKET_BYTES) : NULL;
	if (week)
		rest = week + strlen("）");
	/* the date alone, or a name of the day after a wide space; not a row
	 * opening with its day (9月14日（星期一）15:00　宣传周启动仪式…) */
	if (*rest && !(wp_str_starts(rest, "\xe3\x80\x80") && cell_count(rest) == 1))
		return NULL;
	return wp_str_sub(line, d.len);
}

/* A row one cell short whose last cell holds the units, in a table
 * whose place comes right before them: the place is the cell left out. */
static bool place_left_out(const struct wp_notice_table *tb, char **cells, size_t total)
{
	if (total < 2 || tb->col[total] != WP_FIELD_LEAD || tb->col[total - 1] != WP_FIELD_PLACE)
		return false;
	const char *last = cells[total - 1];
	const char *slash = wp_notice_role_slash(last);
	char *leads = wp_str_sub(last, slash ? (size_t)(slash - last) : strlen(last));
	bool units = *leads && wp_notice_units_like(leads) && !wp_notice_field_is_place(leads);
	free(leads);
	return units;
}

static bool is_day_line(const struct reader *r, const struct wp_notice_table *tb, const char *line)
{
	char *day = day_over_rows(r, tb, line);
	free(day);
	return day != NULL;
}

/* The days a row's name gives in brackets at its end (知识产权主题图书展
 * （4月20日—4月26日）): the bracket's text (a copy, cut from the name), or
 * NULL. */
static char *days_in_name(const struct reader *r, const struct wp_notice_table *tb, char **cells)
{
	for (size_t c = 0; c < tb->ncols; c++) {
		if ((tb->col[c] != WP_FIELD_NAME && tb->col[c] != WP_FIELD_CONTENT) || !cells[c])
			continue;
		char *open = wp_notice_closing_open(cells[c]);
		wp_ndate d;
		const char *in = open ? open + strlen("（") : NULL;
		if (!in || !wp_nfind_date_at(in, r->year, &d) || d.start == d.end ||
		    strcmp(in + d.len, "）") != 0)
			return NULL;
		char *days = wp_str_sub(in, d.len);
		*open = '\0';
		return days;
	}
	return NULL;
}

/* A row under a day line: its when cell, if it names no day (上午9:30,
 * 全天), is on that day, or on the days its name gives in brackets. */
static void put_day(const struct reader *r, const struct wp_notice_table *tb, char **cells, const char *day)
{
	for (size_t c = 0; c < tb->ncols; c++) {
		wp_ndate d;
		if (tb->col[c] != WP_FIELD_WHEN || !cells[c] || wp_nfind_date(cells[c], r->year, &d))
			continue;
		char *own = days_in_name(r, tb, cells);
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s%s", own ? own : day, cells[c]);
		free(own);
		free(cells[c]);
		cells[c] = wp_buf_take(&b);
		return;
	}
}

/* name without its quotes (“知识产权”主题图书展 ~ 知识产权主题图书展) */
static char *unquoted(const char *name)
{
	static const char *const quotes[] = {"“", "”", "\"", "‘", "’", NULL};
	wp_buf b = WP_BUF_INIT;
	for (const char *p = name; *p;) {
		size_t q = wp_str_span_of(p, quotes);
		if (q) {
			p += q;
			continue;
		}
		wp_buf_append(&b, p, wp_str_char_len(p));
		p += wp_str_char_len(p);
	}
	return wp_buf_take(&b);
}

/* 知识产权主题图书展（续）: a row that goes on with an event listed on an
 * earlier day (its name, the mark cut, an activity's title), no event of
 * its own. */
static bool goes_on_from_before(const struct reader *r, const struct wp_notice_table *tb, char **cells)
{
	for (size_t c = 0; c < tb->ncols; c++) {
		if ((tb->col[c] != WP_FIELD_NAME && tb->col[c] != WP_FIELD_CONTENT) || !cells[c])
			continue;
		size_t mark = 0;
		for (const char *const *w = wp_words(WP_WORDS_GOES_ON_MARK); *w && !mark; w++)
			mark = wp_str_ends(cells[c], *w) ? strlen(*w) : 0;
		if (!mark)
			return false;
		char *name = wp_str_sub(cells[c], strlen(cells[c]) - mark);
		char *bare = unquoted(name);
		bool earlier = false;
		for (size_t k = 0; k < json_array_size(r->activities) && !earlier; k++) {
			const char *title = json_string_value(json_object_get(json_array_get(r->activities, k), "title"));
			char *other = title ? unquoted(title) : NULL;
			earlier = other && strcmp(other, bare) == 0;
			free(other);
		}
		free(name);
		free(bare);
		return earlier;
	}
	return false;
}

size_t wp_notice_read_line_rows(struct reader *r, const struct wp_notice_table *tb, size_t end)
{
	bool grouped = group_column(r, tb, end);
	int head[MAX_COLUMNS];
	size_t nhead = tb->body > 0 ? wp_notice_cell_columns(r->t.para[tb->body - 1], head, MAX_COLUMNS) : 0;
	if (nhead != tb->ncols)
		nhead = 0; /* no columns to align by */
	/* cells start within LAYOUT_SLACK of a header's name set over them;
	 * the rows' own columns, of cells laid out by eye or centred in the
	 * PDF's cells, allow the wider slack */
	int slack = LAYOUT_SLACK;
	if (rows_set_columns(r, tb, end, head))
		nhead = tb->ncols, slack = COLUMN_SLACK;
	bool numbered = tb->col[0] == WP_FIELD_NO;
	size_t rows = 0;
	int last_no = 0; /* the number of the last row read */
	char *day = NULL; /* the day line the rows are under, if any */
	for (size_t i = tb->body; i < end && (!wp_notice_ends_table(r, tb, i) || group_row(r, tb, i, end, last_no)) &&
				   wp_notice_step(r, 1);
	     i++) {
		if (wp_notice_rule_line(r->t.para[i]) && rows == 0)
			continue;
		/* 4月20日（周一） between the rows of a 时段 | 活动名称 | … table:
		 * the day of the rows under it */
		char *own = numbered ? NULL : day_over_rows(r, tb, r->t.para[i]);
		if (own) {
			free(day);
			day = own;
			continue;
		}
		/* 注：1．… under the rows ends the table; across it between
		 * rows, it is none of them and the rows after it are read on */
		if (wp_word_at(r->t.para[i], WP_WORDS_NOTE_LABEL)) {
			if (i + 1 < end && cell_count(r->t.para[i + 1]) + 1 >= tb->ncols)
				continue;
			break;
		}
		if (wp_notice_rule_line(r->t.para[i]))
			break;
		/* a header again before any row: this one heads nothing, the
		 * next heads the table (the caller tries it; read on, each
		 * header would look at the rows of all after it). After rows,
		 * a page's repeat of the header: passed over */
		enum wp_field again[MAX_COLUMNS];
		if (i > tb->body && wp_notice_header_row(r->t.para[i], again)) {
			if (rows == 0)
				break;
			continue;
		}
		char *cells[MAX_COLUMNS] = {NULL};
		char *line = wp_notice_mended_row(r, tb->ncols, &i); /* notice-table-mend.c */
		size_t total = wp_notice_split_cells(line, cells, MAX_COLUMNS);
		bool extra = !numbered && total == tb->ncols + 1 && total <= MAX_COLUMNS;
		/* 1⇥启动仪式⇥6月2日…: a row number whose column the header left
		 * unnamed (its first cell blank, or no 序号 at all), the rest
		 * fitting the header */
		int unnamed_no = extra && when_fits(tb, cells, total, 1) ? wp_notice_row_number(cells[0]) : -1;
		if (unnamed_no > 0)
			total = drop_first_cell(cells, total);
		/* 初一年级⇥X⇥3月31日⇥…: a group's name in a first column the
		 * header left blank, one cell more than it names; the row's
		 * cells are the rest */
		else if (grouped && extra && group_label(cells[0]))
			total = drop_first_cell(cells, total);
		if (total > tb->ncols && wp_str_find(line, "  "))
			total = tab_cells(line, cells, total, tb->ncols);
		/* cells apart by tabs (gaps), not single spaces that may part
		 * a cell's own words */
		if (!grouped && total == tb->ncols + 1 && total <= MAX_COLUMNS && wp_str_find(line, "  "))
			total = units_apart(tb, cells, total);
		if (total < tb->ncols)
			total = wp_notice_split_overflow(line, cells, total, tb->ncols, head, nhead);
		size_t kept = total < MAX_COLUMNS ? total : MAX_COLUMNS;
		int no = numbered && total ? wp_notice_row_number(cells[0]) : -1;
		/* a row copied from Word whose last cell is empty (协办, 备注)
		 * lost that cell's tab with the line's end: the cell is empty */
		if (total + 1 == tb->ncols && total < MAX_COLUMNS && (!numbered || no > 0) &&
		    (tb->col[tb->ncols - 1] == WP_FIELD_COOP || wp_field_fills_nothing(tb->col[tb->ncols - 1]) ||
		     second_when_last(tb))) {
			cells[total++] = wp_xstrdup("");
			kept = total;
		}
		/* 7,…,县融媒体中心,每日10题…,1200,, saved as CSV: a numbered row
		 * whose last cells, all of columns we take nothing from (联系人及
		 * 电话, 备注), were empty and dropped */
		if (numbered && no > 0 && total + 1 < tb->ncols && total >= 2 && tb->ncols <= MAX_COLUMNS &&
		    only_others_after(tb, total)) {
			while (total < tb->ncols)
				cells[total++] = wp_xstrdup("");
			kept = total;
		}
		if (day && total + 1 == tb->ncols && total < MAX_COLUMNS && place_left_out(tb, cells, total)) {
			/* 下午 | “专利导航”服务进园区 | 荻洲经开区管委会/…: no place */
			cells[total] = cells[total - 1];
			cells[total - 1] = wp_xstrdup("");
			kept = ++total;
		}
		if (total < tb->ncols && (!numbered || no > 0)) {
			total = aligned_cells(line, cells, total, tb->ncols, head, nhead, slack);
			kept = total < MAX_COLUMNS ? total : MAX_COLUMNS;
		}
		free(line);
		if (total == tb->ncols && (!numbered || no > 0)) {
			size_t first = i;
			while (i + 1 < end && !ends_table(r, i + 1) && !(day && is_day_line(r, tb, r->t.para[i + 1])) &&
			       (wrapped_cell(r->t.para[i + 1], cells, total, head, nhead) ||
				barred_rest(r->t.para[i + 1], cells, total)))
				i++;
			if (day && goes_on_from_before(r, tb, cells)) {
				wp_notice_free_cells(cells, kept);
				continue;
			}
			if (day)
				put_day(r, tb, cells, day);
			char label[16];
			snprintf(label, sizeof label, "%zu",
				 numbered ? (size_t)no : unnamed_no > 0 ? (size_t)unnamed_no : rows + 1);
			if (!wp_notice_table_add_row(r, tb, cells, label, numbered || unnamed_no > 0, first, i)) {
				wp_notice_free_cells(cells, kept);
				break;
			}
			rows++;
			last_no = no;
		} else if (numbered && wp_onespace_unfit(r->t.para[i], last_no + 1, tb->ncols)) {
			/* its cells apart by single spaces, some holding one
			 * in a way that leaves it unclear where they part */
			wp_notice_note(r, WP_TR("table row %d: its cells are apart by single spaces and its pieces do not fit the %zu columns: left as text"),
				       last_no + 1, tb->ncols);
			last_no++;
		} else if (no > 0) {
			wp_notice_note(r, WP_TR("table row %d has %zu cells for %zu columns: left out"), no,
				       total, tb->ncols);
		} else if (!numbered && !(day && total <= 1)) {
			wp_notice_free_cells(cells, kept);
			break;
		}
		/* else a cell's text wrapped onto a line of its own, or a
		 * day's remark (无集中活动) */
		wp_notice_free_cells(cells, kept);
	}
	free(day);
	return rows;
}

