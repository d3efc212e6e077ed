/* notice-spaced-rows.c - a list of activities written one line each, its
 * fields apart by runs of spaces of varying width, with no header row
 * and no order stated by a heading:
 *   1.  5月17日    08:30-11:30    门诊楼一楼大厅    营养周启动暨义诊    临床营养科  门诊部
 * The columns are found by what each field is, not where it stands: a
 * date opens the line, clock times (or 全天) follow it, the units close
 * it (a field each, the first of them leading when the notice says so),
 * and between them stand a place and a title, or a title alone. Such a
 * line is read as the table row it was, by notice-table.c's row reader. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"

#define MAX_FIELDS WP_NOTICE_MAX_COLUMNS

/* Does the field open with a date (5月17日, 5月20日至5月22日)? */
static bool date_field(const char *f, int year)
{
	wp_ndate d;
	return wp_nis_digit(*f) && wp_nfind_date_at(f, year, &d);
}

/* Is the field a clock time or span (09:00, 14:00-16:00) or a whole
 * day's word (全天)? */
static bool time_field(const char *f)
{
	if (wp_word_is(f, WP_WORDS_WHOLE_DAY))
		return true;
	size_t digits = strspn(f, "0123456789");
	if (digits == 0 || digits > 2)
		return false;
	const char *p = f + digits;
	return *p == ':' || wp_str_starts(p, "：");
}

/* Does a key to the columns, given just above the rows (…安排人员。（日期
 * 时间  地点  活动  负责科室）), put the place before the title? 1 if so,
 * 0 if after, -1 with no key. A look over a few paragraphs back only. */
static int key_place_first(struct reader *r, size_t para)
{
	enum wp_notice_column cols[WP_NOTICE_MAX_COLUMNS];
	for (size_t k = para; k > 0 && para - k < 12 && wp_notice_step(r, strlen(r->t.para[k - 1]) + 1); k--) {
		int n = wp_notice_column_key(r->t.para[k - 1], cols, WP_NOTICE_MAX_COLUMNS);
		for (int c = 0; c < n; c++)
			if (cols[c] == WP_COLUMN_PLACE || cols[c] == WP_COLUMN_TITLE)
				return cols[c] == WP_COLUMN_PLACE;
		if (n)
			return -1;
	}
	return -1;
}

/* The row's fields given their columns: col[] and cells[] filled (the
 * cells the caller's), how many; 0 when line is no such row. */
static size_t spaced_fields(struct reader *r, size_t para, char **f, size_t n, enum wp_field *col, char **cells)
{
	if (n < 3 || n > MAX_FIELDS || !date_field(f[0], r->year))
		return 0;
	/* the date with its times, one when cell */
	wp_buf when = WP_BUF_INIT;
	wp_buf_puts(&when, f[0]);
	size_t k = 1;
	for (; k < n && time_field(f[k]); k++) {
		wp_buf_putc(&when, ' ');
		wp_buf_puts(&when, f[k]);
	}
	/* the units from the end, leaving a title, and a place beside it when
	 * there are fields enough */
	size_t rest = n - k, keep = rest >= 3 ? 2 : 1, units = 0;
	while (rest - units > keep && wp_notice_unit_like(f[n - 1 - units]))
		units++;
	size_t middle = rest - units;
	if (units == 0 || middle == 0 || middle > 2) {
		wp_buf_free(&when);
		return 0;
	}
	size_t m = 0;
	col[m] = WP_FIELD_WHEN, cells[m++] = wp_buf_take(&when);
	/* place then title, or title then place: as a key above the rows
	 * orders them, else the one the location finder reads whole is the
	 * place */
	size_t title = k, place = 0;
	if (middle == 2) {
		int key = key_place_first(r, para);
		bool place_first = key == 1 || (key < 0 && wp_notice_names_place(f[k]) && !wp_notice_names_place(f[k + 1]));
		title = place_first ? k + 1 : k;
		place = title == k ? k + 1 : k;
	}
	col[m] = WP_FIELD_NAME, cells[m++] = wp_str_sub(f[title], strlen(f[title]));
	if (place)
		col[m] = WP_FIELD_PLACE, cells[m++] = wp_str_sub(f[place], strlen(f[place]));
	wp_buf list = WP_BUF_INIT;
	for (size_t u = n - units; u < n; u++) {
		if (u > n - units)
			wp_buf_puts(&list, "、");
		wp_buf_puts(&list, f[u]);
	}
	col[m] = WP_FIELD_LEAD, cells[m++] = wp_buf_take(&list);
	return m;
}

bool wp_notice_read_spaced_row(struct reader *r, const char *no, const char *line, size_t para)
{
	/* runs of two spaces or more part the fields; one space inside a
	 * field (4月20日 上午) stays */
	if (!wp_str_find(line, "  "))
		return false;
	char *f[MAX_FIELDS + 1];
	size_t n = wp_notice_split_cells(line, f, MAX_FIELDS + 1);
	size_t kept = n < MAX_FIELDS + 1 ? n : MAX_FIELDS + 1;
	wp_notice_step(r, strlen(line));
	enum wp_field col[MAX_FIELDS];
	char *cells[MAX_FIELDS];
	size_t m = spaced_fields(r, para, f, n, col, cells);
	wp_notice_free_cells(f, kept);
	if (!m)
		return false;
	wp_notice_add_table_row(r, col, m, cells, no, true, para);
	wp_notice_free_cells(cells, m);
	return true;
}
