/* notice-columns.c - a list of activities written one line each, its
 * fields separated by spaces in an order its heading states once:
 *   二、活动安排（按日期、活动内容、地点、责任单位顺序排列）
 *   １．11月1日（星期日）上午9:00 “119”消防宣传月启动仪式 县人民广场 大队宣传科
 * A line read so takes each field from its column; a line that does not
 * split into as many fields as the heading names is read as prose. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-reader.h"
#include "notice-words.h"

/* The column a heading's field name stands for, by the word sets. */
static enum wp_notice_column column_of(const char *name, size_t len)
{
	static const struct {
		enum wp_word_set set;
		enum wp_notice_column col;
	} kinds[] = {
		{WP_WORDS_COLUMN_DATE, WP_COLUMN_DATE},
		{WP_WORDS_COLUMN_TITLE, WP_COLUMN_TITLE},
		{WP_WORDS_COLUMN_PLACE, WP_COLUMN_PLACE},
		{WP_WORDS_COLUMN_UNITS, WP_COLUMN_UNITS},
	};
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
		for (const char *const *w = wp_words(kinds[k].set); *w; w++)
			if (strlen(*w) == len && strncmp(name, *w, len) == 0)
				return kinds[k].col;
	return WP_COLUMN_NONE;
}

int wp_notice_column_order(const char *heading, enum wp_notice_column *cols, int max)
{
	/* 按A、B、C顺序排列 / 按A、B、C排列: the names between 按 and 顺序 */
	const char *open = heading ? wp_str_find(heading, "按") : NULL;
	if (!open)
		return 0;
	const char *s = open + strlen("按");
	const char *end = wp_str_find(s, "顺序");
	if (!end)
		end = wp_str_find(s, "排列");
	if (!end)
		return 0;
	int n = 0;
	bool has_title = false;
	while (s < end) {
		const char *sep = wp_str_find(s, "、");
		const char *stop = sep && sep < end ? sep : end;
		enum wp_notice_column c = column_of(s, (size_t)(stop - s));
		if (c == WP_COLUMN_NONE || n == max)
			return 0; /* a field the reader does not know: not its order */
		has_title |= c == WP_COLUMN_TITLE;
		cols[n++] = c;
		s = stop == end ? end : stop + strlen("、");
	}
	return n >= 3 && has_title ? n : 0;
}

int wp_notice_column_key(const char *text, enum wp_notice_column *cols, int max)
{
	/* （日期  时间  地点  活动  负责科室）: the last bracket of the text */
	const char *open = NULL;
	for (const char *q = wp_str_find(text, "（"); q; q = wp_str_find(q + strlen("（"), "（"))
		open = q;
	const char *close = open ? wp_str_find(open, "）") : NULL;
	if (!close)
		return 0;
	int n = 0;
	bool has_title = false;
	const char *s = open + strlen("（");
	while (s < close) {
		while (s < close && (*s == ' ' || wp_str_starts(s, "　") || wp_str_starts(s, "、")))
			s += *s == ' ' ? 1 : strlen("　");
		const char *e = s;
		while (e < close && *e != ' ' && !wp_str_starts(e, "　") && !wp_str_starts(e, "、"))
			e += wp_str_char_len(e);
		if (e == s)
			break;
		enum wp_notice_column c = column_of(s, (size_t)(e - s));
		if (c == WP_COLUMN_NONE || n == max)
			return 0; /* a word no column's: no key */
		has_title |= c == WP_COLUMN_TITLE;
		cols[n++] = c;
		s = e;
	}
	return n >= 3 && has_title ? n : 0;
}

/* The space-separated fields of line (ASCII or full-width spaces, a run
 * counting as one; none inside brackets or quotes), as copies in out
 * (caller frees each); returns how many, or max + 1 if there are more. */
static int split_fields(const char *line, char **out, int max)
{
	int n = 0, depth = 0;
	const char *start = NULL;
	for (const char *p = line;; p += wp_str_char_len(p)) {
		bool space = *p == ' ' || wp_str_starts(p, "　");
		if (wp_str_starts(p, "（") || wp_str_starts(p, "“") || *p == '(')
			depth++;
		else if ((wp_str_starts(p, "）") || wp_str_starts(p, "”") || *p == ')') && depth > 0)
			depth--;
		if ((!*p || (space && depth == 0)) && start) {
			if (n == max)
				return max + 1;
			out[n++] = wp_str_sub(start, (size_t)(p - start));
			start = NULL;
		} else if (!space && !start && *p) {
			start = p;
		}
		if (!*p)
			return n;
	}
}

bool wp_notice_read_columns(struct reader *r, const char *no, const char *line,
			    const enum wp_notice_column *cols, int ncols)
{
	char *field[WP_NOTICE_MAX_COLUMNS];
	int n = split_fields(line, field, ncols);
	bool fits = n == ncols;
	for (int k = 0; k < n && k < ncols; k++)
		if (!fits)
			free(field[k]);
	if (!fits)
		return false;
	const char *title = "";
	for (int k = 0; k < n; k++)
		if (cols[k] == WP_COLUMN_TITLE)
			title = field[k];
	json_t *a = wp_notice_new_activity(no, title);
	json_t *lead = json_array(), *coop = json_array();
	for (int k = 0; k < n; k++) {
		wp_ndate d;
		switch (cols[k]) {
		case WP_COLUMN_DATE:
			/* 11月中旬 is no day: the line stays undated */
			if (wp_nfind_date(field[k], r->year, &d))
				wp_notice_set_read_dates(a, &d);
			wp_notice_set_times(a, field[k]);
			break;
		case WP_COLUMN_PLACE:
			json_object_set_new(a, "location", json_string(field[k]));
			break;
		case WP_COLUMN_UNITS:
			/* 责任单位 A、B with no word of who leads: all lead */
			wp_notice_split_units(field[k], lead);
			break;
		default:
			break;
		}
		free(field[k]);
	}
	json_object_set_new(a, "lead", lead);
	json_object_set_new(a, "cooperate", coop);
	json_array_append_new(r->activities, a);
	return true;
}
