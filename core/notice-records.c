/* notice-records.c - activities written a record a line, every field
 * with its label (活动名称：X  活动时间：Y  活动地点：Z  责任单位：W): a
 * table flattened so that each row repeats the header's words. Such a
 * line is read as the table row it was, by notice-table.c's row reader,
 * so the rows' habits (★ after the lead, 同上, the dates a cell may
 * hold) are the table's. The rows carry no number, or each the number
 * of an item (1.活动名称：X  活动时间：Y …). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"

#define MAX_FIELDS WP_NOTICE_MAX_COLUMNS

/* Is p where a space before a label ends it: the line's start, or just
 * past an ASCII space, a tab or a wide space? */
static bool after_space(const char *line, const char *p)
{
	return p == line || p[-1] == ' ' || p[-1] == '\t' || wp_str_ends_at(line, p, "\xe3\x80\x80");
}

/* The label of a field starting at p (a label of notice-words.h and its
 * ：), its bytes with the ： in *len; NULL if none starts there. */
static const struct wp_field_label *label_at(const char *p, size_t *len)
{
	size_t n;
	const struct wp_field_label *l = wp_field_label_at(p, &n);
	if (!l || !(wp_str_starts(p + n, "：") || p[n] == ':'))
		return NULL;
	*len = n + (p[n] == ':' ? 1 : strlen("："));
	return l;
}

/* The value of a field from p to end, its spaces trimmed off. Caller frees. */
static char *field_value(const char *p, const char *end)
{
	static const char *const spaces[] = {" ", "\t", "\xe3\x80\x80", NULL};
	p += wp_str_span_of(p, spaces);
	char *raw = wp_str_sub(p, (size_t)(end - p));
	char *value = wp_str_trim_end(raw, spaces);
	free(raw);
	return value;
}

/* Splits line into its labelled fields (cells copies, col their kinds):
 * how many, or 0 when the line does not open with a label or names no
 * activity with a date, a place or a unit. */
static size_t record_fields(const char *line, enum wp_field *col, char **cells)
{
	static const char *const spaces[] = {" ", "\t", "\xe3\x80\x80", NULL};
	const char *p = line + wp_str_span_of(line, spaces);
	size_t len, n = 0;
	const struct wp_field_label *l = label_at(p, &len);
	if (!l || l->field != WP_FIELD_NAME)
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
	if (n >= 3 && wp_notice_activity_columns(col, n))
		return n;
	wp_notice_free_cells(cells, n);
	return 0;
}

size_t wp_notice_read_records(struct reader *r, size_t from)
{
	size_t count = 0;
	for (size_t i = from; i < r->t.n && wp_notice_step(r, 1); i++) {
		if (wp_outline_ends_section(&r->outline, i))
			break;
		enum wp_field col[MAX_FIELDS];
		char *cells[MAX_FIELDS];
		size_t n = record_fields(r->t.para[i], col, cells);
		if (!n)
			continue; /* a note on the rows, or prose about them */
		char no[16];
		snprintf(no, sizeof no, "%zu", count + 1);
		bool added = wp_notice_add_table_row(r, col, n, cells, no, false, i);
		wp_notice_free_cells(cells, n);
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
	char *cells[MAX_FIELDS];
	size_t n = record_fields(heading, col, cells);
	if (!n)
		return false;
	wp_notice_add_table_row(r, col, n, cells, no, true, para);
	wp_notice_free_cells(cells, n);
	return true;
}
