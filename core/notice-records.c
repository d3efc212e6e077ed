/* notice-records.c - activities written a record a line, every field
 * with its label (活动名称：X  活动时间：Y  活动地点：Z  责任单位：W): a
 * table flattened so that each row repeats the header's words. Such a
 * line is read as the table row it was, by notice-table.c's row reader,
 * so the rows' habits (★ after the lead, 同上, the dates a cell may
 * hold) are the table's. The rows carry no number, or each the number
 * of an item (1.活动名称：X  活动时间：Y …), or their own 序号 field.
 *
 * A spreadsheet exported to text writes the same row as key=value pairs
 * split by ；(序号=1；活动名称=X；时间=Y；地点=；承办单位=W): = stands for
 * the ： and ；for the space, so both are read here, by the one reader.
 * So is a spreadsheet pasted as a list, a record a block of lines, each
 * header's word on a line and its cell on the next (see vertical_record). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "date.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"

#define MAX_FIELDS WP_NOTICE_MAX_COLUMNS

/* What may end a field's value: spaces, or an export's ；/; between pairs. */
static const char *const field_ends[] = {" ", "\t", "\xe3\x80\x80", "；", ";", NULL};

/* Is p where the end of a field before a label lets one start: the
 * line's start, or just past a space or a ；? */
static bool after_space(const char *line, const char *p)
{
	if (p == line)
		return true;
	for (size_t k = 0; field_ends[k]; k++)
		if (wp_str_ends_at(line, p, field_ends[k]))
			return true;
	return false;
}

/* The bytes of the sign joining a label to its value (：, : or an
 * export's =) at p, or 0 if none is there. */
static size_t label_sign(const char *p)
{
	if (wp_str_starts(p, "："))
		return strlen("：");
	return *p == ':' || *p == '=' ? 1 : 0;
}

/* The label of a field starting at p (a label of notice-words.h and its
 * ：), its bytes with the ： in *len; NULL if none starts there. */
static const struct wp_field_label *label_at(const char *p, size_t *len)
{
	size_t n;
	const struct wp_field_label *l = wp_field_label_at(p, &n);
	size_t sign = l ? label_sign(p + n) : 0;
	if (!sign)
		return NULL;
	*len = n + sign;
	return l;
}

/* The value of a field from p to end, its spaces and the ；ending it
 * trimmed off (地点=；is an empty cell). Caller frees. */
static char *field_value(const char *p, const char *end)
{
	static const char *const spaces[] = {" ", "\t", "\xe3\x80\x80", NULL};
	p += wp_str_span_of(p, spaces);
	if (p + wp_str_span_of(p, field_ends) >= end)
		return wp_str_sub(p, 0); /* 地点=；: nothing before the ； */
	char *raw = wp_str_sub(p, (size_t)(end - p));
	char *value = wp_str_trim_end(raw, field_ends);
	free(raw);
	return value;
}

/* A leading 序号 field (an export's 序号=3): its value moved to *no and
 * the field dropped, as a table's number column is no cell of the row. */
static size_t take_number(enum wp_field *col, char **cells, size_t n, char **no)
{
	if (n == 0 || col[0] != WP_FIELD_NO)
		return n;
	free(*no);
	*no = cells[0];
	memmove(col, col + 1, (n - 1) * sizeof *col);
	memmove(cells, cells + 1, (n - 1) * sizeof *cells);
	return n - 1;
}

/* Does a record of the n fields col name its activity: by a name first,
 * or, opening with its when, by a content? */
static bool names_activity(const enum wp_field *col, size_t n)
{
	if (col[0] == WP_FIELD_NAME)
		return true;
	if (col[0] != WP_FIELD_WHEN)
		return false;
	for (size_t k = 1; k < n; k++)
		if (col[k] == WP_FIELD_CONTENT || col[k] == WP_FIELD_NAME)
			return true;
	return false;
}

/* Splits line into its labelled fields (cells copies, col their kinds;
 * a leading 序号's value in *no, which the caller frees): how many, or 0
 * when the line does not open with a label (序号 aside) or names no
 * activity with a date, a place or a unit. */
static size_t record_fields(const char *line, enum wp_field *col, char **cells, char **no)
{
	static const char *const spaces[] = {" ", "\t", "\xe3\x80\x80", NULL};
	const char *p = line + wp_str_span_of(line, spaces);
	size_t len, n = 0;
	const struct wp_field_label *l = label_at(p, &len);
	/* 1、时间：9月14日上午9:00；地点：X；内容：召开…；责任单位：Y: a
	 * record may open with its when, its name told in its content */
	if (!l || (l->field != WP_FIELD_NAME && l->field != WP_FIELD_NO && l->field != WP_FIELD_WHEN))
		return 0;
	const char *value = p + len, *q = value;
	while (n < MAX_FIELDS) {
		size_t next_len = 0;
		const struct wp_field_label *next = *q && after_space(line, q) ? label_at(q, &next_len) : NULL;
		if (*q && !next) {
			q += wp_str_char_len(q);
			continue;
		}
		col[n] = l->field;
		cells[n++] = field_value(value, q);
		if (!*q)
			break;
		l = next;
		value = q = q + next_len;
	}
	n = take_number(col, cells, n, no);
	if (n >= 3 && names_activity(col, n) && wp_notice_activity_columns(col, n))
		return n;
	wp_notice_free_cells(cells, n);
	free(*no);
	*no = NULL;
	return 0;
}

/* Does line go on an exported row cut by a copy's wrap before one of its
 * pairs (协办单位=X；…, or 00；地点=X when the cut fell inside a value)?
 * It opens with no row of its own, and a label with = stands at its
 * start or just past a ；. One pass over the line. */
static bool continues_export_row(const char *line)
{
	size_t len;
	const struct wp_field_label *l = label_at(line, &len);
	if (l && (l->field == WP_FIELD_NO || l->field == WP_FIELD_NAME))
		return false;
	for (const char *p = line; *p; p += wp_str_char_len(p))
		if ((p == line || wp_str_ends_at(line, p, "；") || p[-1] == ';') && label_at(p, &len) &&
		    p[len - 1] == '=')
			return true;
	return false;
}

/* Line i with the lines that go on its exported row (at most a few: a
 * row wraps over a handful of lines); *last the last one taken. Caller
 * frees. */
static char *row_text(struct reader *r, size_t i, size_t *last)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, r->t.para[i]);
	*last = i;
	if (!strchr(r->t.para[i], '='))
		return wp_buf_take(&b);
	for (size_t k = i + 1; k < r->t.n && k <= i + 4 && !wp_outline_ends_section(&r->outline, k) &&
			       continues_export_row(r->t.para[k]);
	     k++) {
		wp_buf_puts(&b, r->t.para[k]);
		*last = k;
	}
	return wp_buf_take(&b);
}

/* ---- records a field a line: a spreadsheet pasted as a list ---------- */

/* A spreadsheet's rows copied into the text as a list: each record a
 * block of lines, a header's word (序号, 活动名称, 活动时间 ...) and on the
 * next line its cell, the words repeated for every record. An empty cell
 * is an empty line, which the text drops: a word followed by another
 * word (or the section's end) has an empty cell. */

/* Is line i a header's word on a line of its own (its kind in *kind)? */
static bool word_line(struct reader *r, size_t i, enum wp_field *kind)
{
	return i < r->t.n && !wp_outline_ends_section(&r->outline, i) && wp_notice_column_kind(r->t.para[i], kind);
}

/* The bounds of an Excel date serial (days since 1899-12-30) the copy may
 * carry: within a year of the plan's, so that no count or number of
 * people is taken for a day. */
#define EXCEL_EPOCH_TO_1970 25569

/* A date cell holding only an Excel serial (46162, the cell's format lost
 * in the copy) written as the day it is (2026年5月20日); NULL when the
 * cell is no serial, or one far from year. Caller frees. */
static char *serial_date(const char *cell, int year)
{
	size_t n = strspn(cell, "0123456789");
	if (n != 5 || cell[n])
		return NULL;
	int y, m, d;
	wp_date day = (wp_date)(atol(cell) - EXCEL_EPOCH_TO_1970);
	wp_date_to_ymd(day, &y, &m, &d);
	if (y < year - 1 || y > year + 1)
		return NULL;
	char buf[32];
	snprintf(buf, sizeof buf, "%d年%d月%d日", y, m, d);
	return wp_xstrdup(buf);
}

/* A record's date cells as the days they are: a serial read (see
 * serial_date); a date with no hour takes the one its remark (备注) opens
 * with (下午2:30开始), the only place a spreadsheet kept it. */
static void record_dates(struct reader *r, const enum wp_field *col, char **cells, size_t n)
{
	const char *remark = NULL;
	for (size_t c = 0; c < n; c++)
		remark = !remark && col[c] == WP_FIELD_OTHER && *cells[c] ? cells[c] : remark;
	for (size_t c = 0; c < n; c++) {
		if (col[c] != WP_FIELD_WHEN)
			continue;
		char *day = serial_date(cells[c], r->year);
		if (day) {
			free(cells[c]);
			cells[c] = day;
		}
		char time[6];
		const char *at;
		wp_ndate d;
		if (!remark || !wp_nfind_date(cells[c], r->year, &d) || wp_nfind_time(cells[c], time, &at) ||
		    !wp_nfind_time(remark, time, &at) || (at != remark && at != remark + wp_time_of_day_at(remark, NULL)))
			continue;
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s %s", cells[c], time);
		free(cells[c]);
		cells[c] = wp_buf_take(&b);
	}
}

/* The record whose first word is at line i: its cells (copies, col their
 * kinds, a 序号's value in *no), *last its last line. How many, or 0 when
 * no record starts there: the first word must have its cell (a table's
 * header a cell per line is words only), and the record must name an
 * activity with a date, a place or a unit. A record ends where its first
 * word (or any it has) comes again, or at a line that is no word. */
static size_t vertical_record(struct reader *r, size_t i, enum wp_field *col, char **cells, char **no,
			      size_t *last)
{
	enum wp_field kind;
	if (!word_line(r, i, &kind) || i + 1 >= r->t.n || word_line(r, i + 1, &kind) ||
	    wp_outline_ends_section(&r->outline, i + 1))
		return 0;
	size_t n = 0, k = i;
	while (n < MAX_FIELDS && word_line(r, k, &kind) && wp_notice_step(r, 1)) {
		bool again = false;
		for (size_t c = 0; c < n; c++)
			again = again || col[c] == kind;
		if (again)
			break;
		enum wp_field next;
		bool empty = k + 1 >= r->t.n || wp_outline_ends_section(&r->outline, k + 1) || word_line(r, k + 1, &next);
		col[n] = kind;
		cells[n++] = wp_xstrdup(empty ? "" : r->t.para[k + 1]);
		k += empty ? 1 : 2;
	}
	*last = k - 1;
	n = take_number(col, cells, n, no);
	if (n >= 3 && col[0] == WP_FIELD_NAME && *cells[0] && wp_notice_activity_columns(col, n)) {
		record_dates(r, col, cells, n);
		return n;
	}
	wp_notice_free_cells(cells, n);
	free(*no);
	*no = NULL;
	return 0;
}

size_t wp_notice_read_records(struct reader *r, size_t from)
{
	size_t count = 0;
	for (size_t i = from; i < r->t.n && wp_notice_step(r, 1); i++) {
		if (wp_outline_ends_section(&r->outline, i))
			break;
		enum wp_field col[MAX_FIELDS];
		char *cells[MAX_FIELDS], *own = NULL;
		size_t last;
		char *line = row_text(r, i, &last);
		size_t n = record_fields(line, col, cells, &own);
		free(line);
		if (!n)
			n = vertical_record(r, i, col, cells, &own, &last);
		if (!n)
			continue; /* a note on the rows, an export's banner or count, prose */
		i = last;
		char no[16];
		snprintf(no, sizeof no, "%zu", count + 1);
		bool numbered = own && *own;
		bool added = wp_notice_add_table_row(r, col, n, cells, numbered ? own : no, numbered, i);
		wp_notice_free_cells(cells, n);
		free(own);
		if (!added)
			break;
		count++;
	}
	if (count)
		wp_notice_note(r, WP_TR("the activities are lines of labelled fields (活动名称：…), read in order"));
	return count;
}

bool wp_notice_read_record(struct reader *r, const char *no, const char *heading, size_t para)
{
	enum wp_field col[MAX_FIELDS];
	char *cells[MAX_FIELDS], *own = NULL;
	size_t n = record_fields(heading, col, cells, &own);
	if (!n)
		return false;
	wp_notice_add_table_row(r, col, n, cells, no, true, para);
	wp_notice_free_cells(cells, n);
	free(own);
	return true;
}
