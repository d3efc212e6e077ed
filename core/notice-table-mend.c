/* notice-table-mend.c - rows of a Word table that copying out as text
 * (cells apart by tabs, which the decoder makes two spaces) has damaged,
 * mended before the table reader splits them:
 *   - a row that wraps inside a cell goes on in the next line: inside its
 *     last cell (市交通运输 / 局、市商务局) the next line is one bit of
 *     text; inside an earlier one (…粮食科普 / 研学活动  10月17日  …) the
 *     next line holds the rest of the row, its gaps and all;
 *   - an empty cell is two tabs in a row, a gap twice as wide;
 *   - a cell saying 同上 (the same as above) holds what the row above
 *     held in that column;
 * and the lines of a PDF's table a cell per line that the copy glued
 * together (…公益广告县卫生健康局、县融媒体中心5月25日—6月10日). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-date.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* The cells of a tab line: text apart by runs of two spaces or more. */
static size_t count_cells(const char *line)
{
	size_t n = 0;
	for (const char *p = line; *p;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		n++;
		while (*p && !(p[0] == ' ' && p[1] == ' '))
			p++;
	}
	return n;
}

/* The cells counting each two spaces of a gap as one tab, so that a gap
 * of four spaces holds an empty cell. */
static size_t count_tab_cells(const char *line)
{
	size_t n = 1;
	for (const char *p = line; *p; p++)
		if (p[0] == ' ' && p[1] == ' ') {
			size_t run = strspn(p, " ");
			if (run % 2)
				return 0; /* no tabs: spaces an eye aligned */
			n += run / 2;
			p += run - 1;
		}
	return n;
}

/* line with each empty cell (a gap of 2k spaces, k > 1) written as —,
 * which the table reader takes for an empty cell. Caller frees. */
static char *mark_empty_cells(const char *line)
{
	wp_buf b = WP_BUF_INIT;
	for (const char *p = line; *p; p++) {
		if (p[0] == ' ' && p[1] == ' ') {
			size_t run = strspn(p, " ");
			wp_buf_puts(&b, "  ");
			for (size_t k = 2; k < run; k += 2)
				wp_buf_puts(&b, "—  ");
			p += run - 1;
			continue;
		}
		wp_buf_putc(&b, *p);
	}
	return wp_buf_take(&b);
}

/* Does line open with a row's number (4  …)? */
static bool opens_with_number(const char *line)
{
	size_t digits = strspn(line, "0123456789");
	return digits > 0 && digits <= 3 && line[digits] == ' ' && line[digits + 1] == ' ';
}

/* The cells of a row its bars part (上午 | X | Y, X｜Y: a bar with no
 * spaces around it, as the copy left a line with one). */
static size_t bar_cells(const char *line)
{
	size_t n = 1;
	for (const char *p = line; *p; p += wp_str_char_len(p))
		n += *p == '|' || wp_str_starts(p, "｜");
	return n;
}

/* line with its bars spaced (X｜Y -> X | Y), as the rows' are */
static void put_spaced_bars(wp_buf *b, const char *line)
{
	for (const char *p = line; *p; p += wp_str_char_len(p))
		if (wp_str_starts(p, "｜"))
			wp_buf_puts(b, " | ");
		else
			wp_buf_append(b, p, wp_str_char_len(p));
}

/* Does line open with a part of the day as a row of a day's schedule
 * does (上午 | …, 全天 | …, 下午14:30 | …)? */
static bool opens_with_part_of_day(const char *line)
{
	size_t part = wp_time_of_day_at(line, NULL);
	if (!part)
		part = wp_word_at(line, WP_WORDS_WHOLE_DAY);
	const char *p = line + part;
	while (*p && ((*p >= '0' && *p <= '9') || *p == ':'))
		p++;
	return part && wp_str_starts(p, " | ");
}

/* A bit of a cell's text the row above wrapped into this line: one cell,
 * no wider than width, no sentence or label, not indented (an indented
 * line says its column and the table reader places it). */
static bool carried_text_of(const char *line, int width)
{
	return *line && *line != ' ' && count_cells(line) == 1 && !opens_with_number(line) &&
	       !wp_str_find(line, "。") && !wp_str_find(line, "：") && wp_text_width(line) <= width;
}

/* Short: a line under the row with no tab to say it is the row's. */
static bool carried_text(const char *line)
{
	return carried_text_of(line, 16);
}

/* How many tabs (each two spaces) open line, 0 for none or spaces an eye
 * aligned (an odd run). */
static size_t tab_indent(const char *line)
{
	size_t run = strspn(line, " ");
	return run % 2 ? 0 : run / 2;
}

/* row (cells apart by gaps) with bit appended to its cell number cell
 * (from 0). Caller frees. */
static char *with_carried(const char *row, size_t cell, const char *bit)
{
	const char *p = row;
	for (size_t k = 0; *p; k++) {
		while (*p == ' ')
			p++;
		while (*p && !(p[0] == ' ' && p[1] == ' '))
			p++;
		if (k == cell)
			break;
	}
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%.*s%s%s", (int)(p - row), row, bit, p);
	return wp_buf_take(&b);
}

bool wp_notice_list_goes_on(const struct reader *r, const char *line, size_t next)
{
	const char *p = next < r->t.n ? r->t.para[next] : NULL;
	return p && wp_str_ends(line, "、") && !wp_outline_ends_section(&r->outline, next) && count_cells(p) == 1 &&
	       !opens_with_number(p) && wp_notice_row_number(p) < 0 && wp_notice_units_like(p);
}

char *wp_notice_mended_row(const struct reader *r, size_t ncols, size_t *i)
{
	const char *line = r->t.para[*i];
	wp_buf row = WP_BUF_INIT;
	wp_buf_puts(&row, line);
	size_t n = count_cells(line);
	size_t next = *i + 1;
	bool more = next < r->t.n && !wp_outline_ends_section(&r->outline, next);
	if (n < ncols && n > 1 && opens_with_number(line) && more && !opens_with_number(r->t.para[next]) &&
	    n + count_cells(r->t.para[next]) - 1 == ncols && *r->t.para[next] != ' ') {
		wp_buf_puts(&row, r->t.para[next]); /* …粮食科普 / 研学活动  10月17日 … */
		*i = next++;
		n = ncols;
		more = next < r->t.n && !wp_outline_ends_section(&r->outline, next);
	}
	/* 上午 | 高价值专利…培训 | 荻洲经济开发区企业服务中心 / 三楼培训室｜区科经信局/…:
	 * a day's row whose place wrapped, the rest of the row with it */
	size_t bars = opens_with_part_of_day(line) && more ? bar_cells(line) : 0;
	if (bars > 1 && bars < ncols && !opens_with_part_of_day(r->t.para[next]) &&
	    bars + bar_cells(r->t.para[next]) - 1 == ncols) {
		put_spaced_bars(&row, r->t.para[next]);
		*i = next++;
		more = next < r->t.n && !wp_outline_ends_section(&r->outline, next);
	}
	if (n == ncols && opens_with_number(line) && more && carried_text(r->t.para[next])) {
		wp_buf_puts(&row, r->t.para[next]); /* …市交通运输 / 局、市商务局 */
		*i = next;
	} else if (n == ncols && opens_with_number(line) && more) {
		/* 3  “…专题培训暨  4月22日 … / (tab)质押融资银企对接会: the tabs
		 * before the bit say the cell it goes on */
		size_t cell = tab_indent(r->t.para[next]);
		if (cell > 0 && cell < ncols && carried_text_of(r->t.para[next] + 2 * cell, 40)) {
			char *joined = with_carried(wp_buf_str(&row), cell, r->t.para[next] + 2 * cell);
			wp_buf_free(&row);
			wp_buf_puts(&row, joined);
			free(joined);
			*i = next;
		}
	}
	/* …｜区委宣传部（牵头）、区城管局、 / (indent) 区交通运输局、各镇（街道） */
	if (wp_notice_list_goes_on(r, wp_buf_str(&row), *i + 1)) {
		/* the list goes on in the row's last cell, whatever the indent
		 * that sets its rest under the column (a PDF's layout copy) */
		const char *rest = r->t.para[*i + 1];
		while (*rest == ' ')
			rest++;
		wp_buf_puts(&row, rest);
		(*i)++;
	}
	if (n < ncols && count_tab_cells(wp_buf_str(&row)) == ncols) {
		char *marked = mark_empty_cells(wp_buf_str(&row));
		wp_buf_free(&row);
		return marked;
	}
	return wp_buf_take(&row);
}

/* Does a 时间 cell of the row hold its own text (not empty, not 同上)? */
static bool own_when_cell(char **cell, const enum wp_field *col, size_t ncols)
{
	for (size_t c = 0; c < ncols; c++)
		if (col[c] == WP_FIELD_WHEN && cell[c] && *cell[c] && strcmp(cell[c], "—") != 0 &&
		    !wp_word_is(cell[c], WP_WORDS_SAME_AS_ABOVE))
			return true;
	return false;
}

void wp_notice_same_as_above(struct reader *r, json_t *a, char **cell, const enum wp_field *col, size_t ncols)
{
	json_t *above = json_array_get(r->activities, json_array_size(r->activities) - 1);
	if (!above)
		return;
	static const char *const dates[] = {"start", "end", "time", "end_time", NULL};
	static const char *const place[] = {"location", NULL};
	static const char *const lead[] = {"lead", NULL}, *const units[] = {"lead", "cooperate", NULL};
	static const char *const coop[] = {"cooperate", NULL};
	bool coop_column = false; /* else the one 责任单位 column holds both */
	for (size_t c = 0; c < ncols; c++)
		coop_column = coop_column || col[c] == WP_FIELD_COOP;
	for (size_t c = 0; c < ncols; c++) {
		if (!cell[c] || !wp_word_is(cell[c], WP_WORDS_SAME_AS_ABOVE))
			continue;
		const char *const *keys = col[c] == WP_FIELD_WHEN    ? dates
					  : col[c] == WP_FIELD_PLACE ? place
					  : col[c] == WP_FIELD_LEAD  ? (coop_column ? lead : units)
					  : col[c] == WP_FIELD_COOP  ? coop
								     : NULL;
		/* 同上 | 14:30, 同上 | 另行通知: a day merged down, the row's own
		 * hour (or word that there is none yet) kept */
		bool own_day = json_is_string(json_object_get(a, "start"));
		bool own_time = col[c] == WP_FIELD_WHEN && own_when_cell(cell, col, ncols);
		for (; keys && *keys; keys++) {
			bool day = strcmp(*keys, "start") == 0 || strcmp(*keys, "end") == 0;
			bool hour = strcmp(*keys, "time") == 0 || strcmp(*keys, "end_time") == 0;
			if ((day && own_day) || (hour && own_time))
				continue;
			json_object_set_new(a, *keys, json_deep_copy(json_object_get(above, *keys)));
		}
	}
}

/* 1  启动仪式 … 省市场监管局 / 2  新闻发布会 … (empty) / 3 …: a sheet
 * copied out of Excel writes a merged cell (one unit leading rows one
 * after another) on its first row and leaves the rows under it empty
 * (or the copy's cleaning wrote — there). Every activity has a lead: an
 * empty lead cell under a led row is that merged cell. (An empty 时间
 * or 地点 cell is not read so: it as often means none, 常态化开展, 线上.) */
void wp_notice_merged_lead(struct reader *r, json_t *a, char **cell, const enum wp_field *col, size_t ncols)
{
	json_t *above = json_array_get(r->activities, json_array_size(r->activities) - 1);
	if (!above || json_array_size(json_object_get(above, "lead")) == 0 ||
	    json_array_size(json_object_get(a, "lead")) > 0)
		return;
	for (size_t c = 0; c < ncols; c++)
		if (col[c] == WP_FIELD_LEAD && cell[c] && (!*cell[c] || strcmp(cell[c], "—") == 0)) {
			json_object_set_new(a, "lead", json_deep_copy(json_object_get(above, "lead")));
			return;
		}
}

bool wp_notice_merged_day(struct reader *r, json_t *a, char **cell, const enum wp_field *col, size_t ncols)
{
	json_t *above = json_array_get(r->activities, json_array_size(r->activities) - 1);
	const char *start = above ? json_string_value(json_object_get(above, "start")) : NULL;
	if (!start || json_is_string(json_object_get(a, "start")))
		return false;
	size_t whens = 0;
	bool empty = false, hour = false;
	for (size_t c = 0; c < ncols; c++) {
		if (col[c] != WP_FIELD_WHEN)
			continue;
		whens++;
		char time[6];
		const char *at;
		wp_ndate d;
		size_t len;
		if (!cell[c] || !*cell[c])
			empty = true;
		/* (每天9:00-17:00, 每周三14:30: no one day; 9:00前上报: due) */
		else if (wp_nfind_time(cell[c], time, &at) && !wp_nfind_date(cell[c], r->year, &d) &&
			 !wp_word_find(cell[c], WP_WORDS_RECURRING, &len) && !wp_word_find(cell[c], WP_WORDS_DUE_MARK, &len))
			hour = true;
	}
	if (whens < 2 || !empty || !hour)
		return false;
	json_object_set(a, "start", json_object_get(above, "start"));
	json_object_set(a, "end", json_object_get(above, "end"));
	return true;
}

/* Where, in a cell's text glued to what follows it (…和公益广告县卫生健康局),
 * the unit that follows starts: the last 县, 市, 各 … not inside a level
 * word (乡镇) from which the rest is one unit; NULL if none. */
static const char *glued_unit(const char *text)
{
	const char *start = NULL, *prev = NULL;
	for (const char *p = text; *p; prev = p, p += wp_str_char_len(p)) {
		bool opens = wp_word_at(p, WP_WORDS_LEVEL) || wp_str_starts(p, "各");
		bool inside = prev && (wp_word_at(prev, WP_WORDS_LEVEL) || wp_str_starts(prev, "各"));
		if (opens && !inside && p > text && wp_notice_unit_like(p))
			start = p;
	}
	return start;
}

/* A row's line longer than this is no table cell gone astray: a glued
 * unit is looked for at each character, so the look is kept short. */
#define GLUED_LINE_BYTES 2048

size_t wp_notice_unglue_cells(const char *line, char **out)
{
	size_t n = 0, body = strlen(line);
	wp_ndate d;
	if (body > GLUED_LINE_BYTES) {
		out[0] = wp_xstrdup(line);
		return 1;
	}
	for (const char *p = line; wp_nfind_date(p, 2000, &d) || wp_nfind_dekad(p, 2000, &d); p = d.at + d.len) {
		const char *end = d.at + d.len;
		wp_str_skip(&end, "前");
		if (!*end && d.at > line)
			body = (size_t)(d.at - line);
		if (!*end)
			break;
	}
	/* …疾控股各责任单位活动结束后5个工作日内: a rule counted from the end */
	wp_nrelative rel;
	static const char *const spans[] = {"宣传周", "活动周", "活动", NULL};
	const char *ended = body == strlen(line) && wp_nfind_relative(line, false, &rel) && !*rel.to
				    ? wp_str_find(line, "结束")
				    : NULL;
	for (const char *const *w = spans; ended && *w && body == strlen(line); w++)
		if (wp_str_ends_at(line, ended, *w) && ended - strlen(*w) > line)
			body = (size_t)(ended - strlen(*w) - line);
	char *text = wp_str_sub(line, body);
	if (wp_notice_units_like(text)) { /* 市应急管理局，市住房城乡建设局: a cell of units */
		out[n++] = text;
		if (body < strlen(line))
			out[n++] = wp_xstrdup(line + body);
		return n;
	}
	/* the unit glued to text is in one of the 、-parts (the content may
	 * list things too: 通过县融媒体中心、“健康青峰”微信公众号开设…广告县卫生
	 * 健康局、县融媒体中心): the first from which the rest is units */
	size_t split = 0;
	for (const char *part = text; part && !split; part = wp_str_find(part, "、")) {
		wp_str_skip(&part, "、");
		const char *comma = wp_str_find(part, "、");
		char *piece = comma ? wp_str_sub(part, (size_t)(comma - part)) : wp_xstrdup(part);
		const char *unit = glued_unit(piece);
		if (unit && wp_notice_units_like(part + (unit - piece)))
			split = (size_t)(part + (unit - piece) - text);
		free(piece);
	}
	if (split) {
		out[n++] = wp_str_sub(text, split);
		out[n++] = wp_xstrdup(text + split);
	} else {
		out[n++] = wp_xstrdup(text);
	}
	if (body < strlen(line))
		out[n++] = wp_xstrdup(line + body);
	free(text);
	return n;
}
