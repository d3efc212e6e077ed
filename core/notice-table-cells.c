/* notice-table-cells.c - an activity table copied a cell per line: each
 * row's lines (a row opening with its 序号 number, or ncols lines) put back
 * in their columns, and the rows a page from the middle of a table holds
 * above its repeated header. Apart from notice-table.c, which finds the
 * header, reads the tables copied a row per line and makes each row an
 * activity: here only the lines of a row become its cells (how one line
 * splits into cells is notice-cells.c's). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

#define MAX_COLUMNS WP_NOTICE_MAX_COLUMNS
/* A cell wrapped in a narrow column wraps at a few characters; a line
 * longer than this is the text's, not a cell's */
#define CELL_LINE_CHARS 20
/* 锦岭县, 楠溪街道: how far into a line an area's name may end */
#define AREA_NAME_CHARS 5
/* a run of digits this long is a phone number's */
#define CELL_DIGITS 7

/* Does the line hold only times (上午9:00, 8:30-11:30, 14:28)? */
static bool only_times(const char *line)
{
	char time[6];
	const char *at;
	if (!wp_nfind_time(line, time, &at))
		return false;
	for (const char *p = line; *p; p += wp_str_char_len(p))
		if (!((*p >= '0' && *p <= '9') || *p == ':' || *p == ' ' || wp_str_starts(p, "：") ||
		      wp_time_of_day_at(p, NULL) || wp_word_at(p, WP_WORDS_RANGE_MARK) ||
		      wp_str_starts(p, "午") || wp_str_starts(p, "晚") ||
		      wp_str_starts(p, "时") || wp_str_starts(p, "点") ||
		      wp_str_starts(p, "分") || wp_str_starts(p, "半")))
			return false;
	return true;
}

/* Does the line give the hours of each day of a span, and a remark at
 * most (每天9:00—17:00（5月18日闭馆）), as a date cell wraps onto the
 * line under its days? */
static bool daily_times(const char *line)
{
	size_t every = wp_word_at(line, WP_WORDS_WHOLE_DAY);
	if (!every)
		return false;
	static const char *const remark[] = {"（", NULL};
	char *hours = wp_str_sub(line + every, wp_str_span_upto(line + every, remark));
	bool only = only_times(hours);
	free(hours);
	return only;
}

/* Is the line a weekday in brackets and nothing else (（星期日）, （周一）),
 * as a date cell wraps onto the line under its day? */
static bool only_weekday(const char *line)
{
	const char *p = line;
	if (!wp_str_skip(&p, "（"))
		return false;
	size_t week = wp_word_at(p, WP_WORDS_WEEK);
	if (!week || !p[week])
		return false;
	p += week + wp_str_char_len(p + week);
	return strcmp(p, "）") == 0;
}

/* Is the line surely a list of units (市应急管理局、市气象局; one name
 * only when it ends like an office: 重点企业 or 各社区 may be a place)? */
static bool units_line(const char *line)
{
	json_t *names = json_array();
	wp_notice_split_units(line, names);
	bool all = wp_notice_units_like(line);
	if (all && json_array_size(names) == 1) {
		char *one = wp_str_trim_end(json_string_value(json_array_get(names, 0)), wp_notice_end_punct);
		bool office = false;
		for (const char *const *o = wp_words(WP_WORDS_UNIT_END); *o && !office; o++)
			office = wp_str_ends(one, *o);
		all = office;
		free(one);
	}
	json_decref(names);
	return all;
}

/* Does the line name an area (武汉市, 恩施州, 蜀山区: short, ending like
 * one), as a 市州 cell does, not an activity's name or place? */
static bool area_line(const char *line)
{
	return wp_text_width(line) <= 16 && !wp_str_find(line, "“") && wp_word_ends(line, WP_WORDS_AREA_END);
}

/* Does a line that is neither a date nor units pass column c by: 时间
 * while more columns than lines are left (its cell is the one dropped),
 * an area's column unless the line names an area (the area's cell was
 * merged with the row above, written there only)? */
static bool text_skips(const struct wp_notice_table *tb, size_t c, const char *line, size_t left)
{
	if (tb->col[c] == WP_FIELD_AREA)
		return !area_line(line);
	return tb->col[c] == WP_FIELD_WHEN && left < tb->ncols - c;
}

/* 序号 / 活动名称 / 时间 / …: with more lines than cells, the lines before
 * the row's first date are its name's, wrapped (全市科技活动周启动 /
 * 仪式暨科普嘉年华), when the name is the one column before 时间; they join
 * into one. Returns the lines left. */
static size_t join_title_lines(const struct wp_notice_table *tb, char **lines, size_t m, size_t cells)
{
	size_t when = 1;
	while (when < tb->ncols && tb->col[when] != WP_FIELD_WHEN)
		when++;
	if (m <= cells || when != 2 || (tb->col[1] != WP_FIELD_NAME && tb->col[1] != WP_FIELD_CONTENT))
		return m;
	size_t first_date = 0;
	wp_ndate d;
	while (first_date < m && !wp_nfind_date(lines[first_date], 2000, &d) && !only_times(lines[first_date]))
		first_date++;
	/* the date found must be the 时间 cell's, with a line at least left
	 * for each column after it (not a 备注's 5月15日前报名 under a 时间 of
	 * 另行通知) */
	if (first_date < 2 || first_date == m || m - first_date < tb->ncols - when)
		return m;
	wp_buf b = WP_BUF_INIT;
	for (size_t k = 0; k < first_date; k++) {
		wp_buf_puts(&b, lines[k]);
		free(lines[k]);
	}
	lines[0] = wp_buf_take(&b);
	memmove(lines + 1, lines + first_date, (m - first_date) * sizeof *lines);
	return m - first_date + 1;
}

/* Can the line be part of a cell wrapped in a narrow column: no empty
 * cell's mark (/), short, no sentence nor a contact's label (各学校要在
 * 上述活动基础上，结合…, 联系人：王芳 under the last row are the text after
 * the table), no phone number? */
static bool cell_line(const char *line)
{
	static const char *const not_in_cell[] = {"，", "。", "；", NULL};
	if (wp_notice_blank_cell(line) || wp_text_width(line) > 2 * CELL_LINE_CHARS ||
	    wp_str_span_upto(line, not_in_cell) != strlen(line) || wp_word_at(line, WP_WORDS_CONTACT_NAME))
		return false;
	/* 0851-5221234: a number is a contact's, under the table */
	int digits = 0;
	for (const char *p = line; *p && digits < CELL_DIGITS; p++)
		digits = *p >= '0' && *p <= '9' ? digits + 1 : 0;
	return digits < CELL_DIGITS;
}

/* Does the line open a name of its own: a level (市科技局) or an area
 * (锦岭县人民政府, 楠溪街道办事处), not the rest of a name cut (府,
 * 防救援大队, 党群服务中心)? */
static bool opens_name(const char *line)
{
	if (wp_word_at(line, WP_WORDS_LEVEL) || wp_word_at(line, WP_WORDS_UPPER_LEVEL))
		return true;
	const char *p = line + wp_str_char_len(line);
	for (int k = 1; k < AREA_NAME_CHARS && *p && !wp_str_starts(p, "、"); k++, p += wp_str_char_len(p)) {
		size_t end = wp_word_at(p, WP_WORDS_AREA_END);
		if (end && p[end])
			return true;
	}
	return false;
}

/* Is the line units whose last name ends as a body does (县科技局,
 * 楠江学院), not one cut short (县农业农村局、县 / 气象局)? */
static bool whole_units(const char *line)
{
	const char *last = line, *mark;
	while ((mark = wp_str_find(last, "、")) != NULL)
		last = mark + strlen("、");
	return units_line(line) && wp_word_ends(last, WP_WORDS_UNIT_END);
}

static void join_lines(char **lines, size_t *m, size_t k, const char *mark)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s%s", lines[k], mark, lines[k + 1]);
	free(lines[k]);
	free(lines[k + 1]);
	lines[k] = wp_buf_take(&b);
	memmove(lines + k + 1, lines + k + 2, (*m - k - 2) * sizeof *lines);
	(*m)--;
}

/* More lines than cells after the row's day: cells wrapped where no 、
 * shows it. While lines are over, the longest line (a wrapped one fills
 * its column: 楠溪街道新华社区 / 党群服务中心, 县应急管理局、县消 / 防救
 * 援大队) takes the next where that opens no name of its own and the two
 * are not two units' names; then units a line each closing the row are
 * the last cell's. Not when a line is
 * no cell's (the text after the table run into the last row). */
static size_t join_wrapped_cells(char **lines, size_t m, size_t cells)
{
	size_t after = 0;
	wp_ndate d;
	while (after < m && !wp_nfind_date(lines[after], 2000, &d) && !only_times(lines[after]))
		after++;
	if (after == m || m <= cells)
		return m;
	for (size_t k = after + 1; k < m; k++)
		if (!cell_line(lines[k]))
			return m; /* the text after the table ran into the row */
	while (m > cells && m > after + 2) {
		size_t longest = m;
		for (size_t k = after + 1; k + 1 < m; k++)
			if (!opens_name(lines[k + 1]) && !(whole_units(lines[k]) && whole_units(lines[k + 1])) &&
			    (longest == m || wp_text_width(lines[k]) > wp_text_width(lines[longest])))
				longest = k;
		if (longest == m)
			break;
		join_lines(lines, &m, longest, "");
	}
	/* 锦岭县人民政府 / 杉溪县人民政府 closing the row, each a name of its
	 * own: the last cell's units a line each */
	while (m > cells && m > after + 3 && whole_units(lines[m - 1]) && whole_units(lines[m - 2]))
		join_lines(lines, &m, m - 2, "、");
	return m;
}

/* A row's lines as its cells (copies, cell[0] the number): a cell wrapped
 * over lines (ending in 、 or ，) joins again, a date and a time on two
 * lines are one 时间 cell; with as many lines as cells they fall in order,
 * else each goes to the column its text is of (a date to 时间, units to
 * the units' columns, text to 名称 then 地点), so a dropped empty cell or
 * an extra line upsets nothing else. */
static bool row_cells(const struct wp_notice_table *tb, char **lines, size_t n, char **cell)
{
	size_t m = 0;
	for (size_t k = 0; k < n; k++) {
		wp_ndate d;
		bool dated = m > 0 && wp_nfind_date(lines[m - 1], 2000, &d);
		bool joins = m > 0 && (wp_str_ends(lines[m - 1], "、") || wp_str_ends(lines[m - 1], "，") ||
				       (dated && (only_times(lines[k]) || only_weekday(lines[k]) || daily_times(lines[k]))));
		/* 5月16日—23日 / 每天9:00—17:00: opening hours, each day's, are
		 * no start of the span's event (nor the day's when the days
		 * overlap others); on one day (5月18日 / 每天9:00) they are its
		 * time */
		if (dated && d.start != d.end && daily_times(lines[k])) {
			free(lines[k]);
			continue;
		}
		if (!joins) {
			lines[m++] = lines[k];
			continue;
		}
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s%s%s", lines[m - 1], only_times(lines[k]) ? " " : "", lines[k]);
		free(lines[m - 1]);
		free(lines[k]);
		lines[m - 1] = wp_buf_take(&b);
	}
	size_t cells = tb->ncols - 1;
	m = join_title_lines(tb, lines, m, cells);
	m = join_wrapped_cells(lines, m, cells);
	for (size_t k = 0; m < cells && k < m; k++) {
		char *piece[3];
		size_t got = wp_notice_unglue_cells(lines[k], piece);
		if (got == 1 || m + got - 1 > cells) {
			wp_notice_free_cells(piece, got);
			continue;
		}
		free(lines[k]);
		memmove(lines + k + got, lines + k + 1, (m - k - 1) * sizeof *lines);
		memcpy(lines + k, piece, got * sizeof *piece);
		m += got - 1;
		k += got - 1;
	}
	if (m == cells) {
		for (size_t c = 0; c < cells; c++)
			cell[c + 1] = lines[c];
		return false;
	}
	/* in order, never going back: a date goes to 时间, a line of units
	 * to the units' columns when fewer lines are left than cells (the
	 * dropped cell is before them), anything else to the next cell that
	 * is not 时间 */
	size_t c = 1;
	for (size_t k = 0; k < m; k++) {
		wp_ndate d;
		bool when = wp_nfind_date(lines[k], 2000, &d) || only_times(lines[k]);
		bool units = !when && units_line(lines[k]) && m - k < tb->ncols - c;
		while (c < tb->ncols && (when ? tb->col[c] != WP_FIELD_WHEN
				       : units ? tb->col[c] != WP_FIELD_LEAD && tb->col[c] != WP_FIELD_COOP
					       : text_skips(tb, c, lines[k], m - k)))
			c++;
		if (c < tb->ncols)
			cell[c++] = lines[k];
		else
			free(lines[k]);
	}
	return true;
}

/* The lines of the row numbered no from line i (past its number) to the
 * next row's number, the table's end or stop, passing over a header repeated
 * after a page break; *next is where the next row starts. Copies. */
static size_t row_lines(struct reader *r, const struct wp_notice_table *tb, size_t i, size_t stop, int no,
			char **lines, size_t max, size_t *next)
{
	size_t n = 0;
	enum wp_field kind;
	for (; i < stop && i < r->t.n && !wp_notice_ends_table(r, tb, i) && wp_notice_step(r, 1); i++) {
		const char *line = r->t.para[i];
		/* 注：承办单位为牵头单位…: the note under the table ends it */
		if (wp_notice_row_number(line) == no + 1 || wp_word_at(line, WP_WORDS_NOTE_LABEL))
			break;
		if (wp_notice_column_kind(line, &kind) && tb->ncols > 1)
			continue; /* the header again, on a new page */
		if (n < max)
			lines[n++] = wp_xstrdup(line);
	}
	*next = i;
	return n;
}

/* A merged area cell (市州 武汉市 over two rows) is written on its first
 * row only: a row without one takes the area of the row above (*carried,
 * the caller's copy, which a row naming its own area replaces). Whether
 * the row took it. */
static bool carry_area(const struct wp_notice_table *tb, char **cell, char **carried)
{
	for (size_t c = 0; c < tb->ncols; c++) {
		if (tb->col[c] != WP_FIELD_AREA)
			continue;
		if (!cell[c] && *carried) {
			cell[c] = wp_xstrdup(*carried);
			return true;
		}
		if (cell[c]) {
			free(*carried);
			*carried = wp_xstrdup(cell[c]);
		}
		return false;
	}
	return false;
}

/* Does every cell of the units' columns hold units (not 公众号, the rest
 * of a place wrapped onto its own line, that the cells' order put there
 * for a cell the row leaves out)? */
static bool units_in_place(const struct wp_notice_table *tb, char **cell)
{
	for (size_t c = 0; c < tb->ncols; c++)
		if ((tb->col[c] == WP_FIELD_LEAD || tb->col[c] == WP_FIELD_COOP) && cell[c] && *cell[c] &&
		    !wp_word_is(cell[c], WP_WORDS_SAME_AS_ABOVE) && !wp_notice_units_like(cell[c]))
			return false;
	return true;
}

/* Rows a cell per line, each row opening with its number when the table
 * has a 序号 column (see row_cells); without numbers, ncols lines make a
 * row. */
size_t wp_notice_each_cell_row(struct reader *r, const struct wp_notice_table *tb, size_t stop, wp_notice_row_fn *row,
			       void *ctx)
{
	bool numbered = tb->col[0] == WP_FIELD_NO;
	size_t rows = 0, i = tb->body;
	char *area = NULL;
	while (wp_notice_step(r, 1) && i < stop && !wp_notice_ends_table(r, tb, i)) {
		int no = numbered ? wp_notice_row_number(r->t.para[i]) : -1;
		if (numbered && no <= 0)
			break;
		char *cell[MAX_COLUMNS] = {NULL};
		size_t first = i, next;
		bool placed = false;
		if (numbered) {
			char *lines[3 * MAX_COLUMNS];
			size_t n = row_lines(r, tb, i + 1, stop, no, lines, 3 * MAX_COLUMNS, &next);
			cell[0] = wp_xstrdup(r->t.para[i]);
			placed = row_cells(tb, lines, n, cell);
			bool merged = carry_area(tb, cell, &area);
			/* a line short for its merged area only is no doubt */
			if (placed && !(merged && n + 2 == tb->ncols))
				wp_notice_note(r, WP_TR("table row %d has %zu lines for %zu cells: each was put in the column its text is of"),
					       no, n, tb->ncols - 1);
		} else {
			size_t c = 0;
			for (; c < tb->ncols && i < r->t.n && !wp_notice_ends_table(r, NULL, i); c++, i++)
				cell[c] = wp_xstrdup(r->t.para[i]);
			next = i;
			if (c < tb->ncols) {
				wp_notice_free_cells(cell, tb->ncols);
				break;
			}
		}
		char label[16];
		snprintf(label, sizeof label, "%zu", numbered ? (size_t)no : rows + 1);
		bool added = row(r, tb, cell, label, numbered, placed || !units_in_place(tb, cell), first, next - 1, ctx);
		wp_notice_free_cells(cell, tb->ncols);
		if (!added)
			break;
		rows++;
		i = next;
	}
	free(area);
	return rows;
}

static bool add_row(struct reader *r, const struct wp_notice_table *tb, char **cell, const char *no, bool numbered,
		    bool guessed, size_t first, size_t last, void *ctx)
{
	(void)ctx, (void)guessed;
	return wp_notice_table_add_row(r, tb, cell, no, numbered, first, last);
}

size_t wp_notice_read_cell_rows(struct reader *r, const struct wp_notice_table *tb, size_t stop)
{
	return wp_notice_each_cell_row(r, tb, stop, add_row, NULL);
}

/* A page from the middle of a table opens with rows whose header was on
 * the page before: when the header is repeated further on, the rows above
 * it that count up to its first row (…, 4, 5 | header | 6) are rows of the
 * same table. Returns where the first of them starts, or the header's line. */
size_t wp_notice_rows_above(struct reader *r, const struct wp_notice_table *tb, size_t header)
{
	if (!tb->cell_per_line || tb->col[0] != WP_FIELD_NO || tb->body >= r->t.n)
		return header;
	int next = wp_notice_row_number(r->t.para[tb->body]);
	size_t start = header;
	for (size_t i = header; i > 0 && next > 1 && header - i < 3 * MAX_COLUMNS * 8 && wp_notice_step(r, 1); i--) {
		const char *line = r->t.para[i - 1];
		if (wp_notice_ends_table(r, tb, i - 1))
			break;
		if (wp_notice_row_number(line) == next - 1) {
			start = i - 1;
			next--;
		}
	}
	return start;
}
