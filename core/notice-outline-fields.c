/* notice-outline-fields.c - cutting a paragraph into the paragraphs it
 * runs together (the one splitter the outline's cutters share), and an
 * item's fields typed on one line, apart by spaces, put a line each.
 *
 * 时间：12月2日（星期三）上午9:00　地点：县城滨江广场　责任单位：县道安办　配合
 * 单位：县委宣传部: a line that opens with a field's label and holds more
 * labelled fields, each after a run of spaces, is the lines it would be
 * had each field its own: every reader of label lines then reads it, and
 * no value runs on into the next field (a bar between them, ｜, as a
 * space). A space not followed by a label (5月22日 上午9:00) stays. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-heading.h"
#include "notice-outline.h"
#include "notice-text.h"
#include "notice-words.h"
#include "text.h"

/* The bytes of the run of spaces (ASCII or ideographic) at p, and of
 * bars typed between fields (牵头：镇卫健办｜配合：…). */
static size_t spaces_at(const char *p)
{
	size_t n = 0;
	for (;;) {
		if (p[n] == ' ' || p[n] == '|')
			n++;
		else if (strncmp(p + n, "　", strlen("　")) == 0 || strncmp(p + n, "｜", strlen("｜")) == 0)
			n += strlen("　");
		else
			return n;
	}
}

/* Does p open with the label of an activity's field (name, content,
 * time, place, units) and its ：? A contact's line (联系人：X　电话：Y) is
 * read as one, its person with the numbers beside. */
static bool labelled(const char *p)
{
	size_t len;
	const struct wp_field_label *l = wp_field_label_at(p, &len);
	if (!l || strncmp(p + len, "：", strlen("：")) != 0)
		return false;
	switch (l->field) {
	case WP_FIELD_NAME:
	case WP_FIELD_CONTENT:
	case WP_FIELD_WHEN:
	case WP_FIELD_PLACE:
	case WP_FIELD_LEAD:
	case WP_FIELD_COOP:
		return true;
	default:
		return false;
	}
}

/* Where the next field of line starts after p (past its spaces), or NULL. */
static const char *next_field(const char *p)
{
	for (; *p; p += wp_str_char_len(p)) {
		size_t n = spaces_at(p);
		if (n && labelled(p + n))
			return p + n;
		if (n)
			p += n - 1; /* the run looked at once */
	}
	return NULL;
}

size_t wp_outline_count_cuts(const char *s, wp_cut_fn *cut)
{
	size_t k = 0;
	for (const char *at = s; (at = cut(at, (int)k));)
		k++;
	return k;
}

void wp_outline_split_at_cuts(wp_ntext *t, size_t i, size_t cuts, wp_cut_fn *cut)
{
	t->para = wp_xrealloc(t->para, (t->n + cuts) * sizeof *t->para);
	memmove(t->para + i + 1 + cuts, t->para + i + 1, (t->n - i - 1) * sizeof *t->para);
	t->n += cuts;
	char *whole = t->para[i];
	const char *from = whole;
	for (size_t k = 0; k <= cuts; k++) {
		const char *to = k < cuts ? cut(from, (int)k) : NULL;
		t->para[i + k] = wp_str_sub(from, to ? (size_t)(to - from) : strlen(from));
		from = to;
	}
	free(whole);
}

/* The field after the one at from (a wp_cut_fn). */
static const char *next_field_cut(const char *from, int k)
{
	(void)k;
	return next_field(from);
}

/* Drops the spaces (and bars) a piece kept before the field after it. */
static void trim_end(char *p)
{
	size_t len = strlen(p);
	while (len && (p[len - 1] == ' ' || p[len - 1] == '|' ||
		       (len >= 3 && (strncmp(p + len - 3, "　", 3) == 0 || strncmp(p + len - 3, "｜", 3) == 0))))
		len -= p[len - 1] == ' ' || p[len - 1] == '|' ? 1 : 3;
	p[len] = '\0';
}

void wp_outline_split_field_runs(struct wp_ntext *t)
{
	for (size_t i = 0; i < t->n; i++) {
		if (!labelled(t->para[i]))
			continue;
		size_t cuts = wp_outline_count_cuts(t->para[i], next_field_cut);
		if (!cuts)
			continue;
		wp_outline_split_at_cuts(t, i, cuts, next_field_cut);
		for (size_t k = 0; k < cuts; k++)
			trim_end(t->para[i + k]);
		i += cuts;
	}
}

/* Is p a field's label and its colon alone (时间：, 牵头单位：)? */
static bool label_alone(const char *p)
{
	size_t len;
	return labelled(p) && wp_field_label_at(p, &len) && strcmp(p + len, "：") == 0;
}

/* Does p open as a heading or an item would (一、 （一） 1. ① ◆ 【】)? */
static bool opens_numbered(const char *p)
{
	int n, major, minor;
	bool dotted;
	const char *after;
	return wp_heading_top(p, &n) || wp_heading_item(p, &n) || wp_heading_circled(p, &after) >= 0 ||
	       wp_heading_decimal(p, &major, &minor, &dotted) || wp_heading_marked(p) || wp_heading_bracketed(p);
}

/* A label of a line is short: its ： comes within this many bytes. */
#define SUBLABEL_WINDOW 30

/* Could p be the value of a label on the line above: no label of its own
 * (活动名称： / 活动时间： down a blank form stay apart; 时间： | 第一场：
 * 4月21日… | 第二场：…, a list of the label's parts), no heading, and
 * not a line ending in its own colon (内容： | 各部门、各分厂：, a
 * salutation)? */
static bool label_value(const char *p)
{
	const char *colon = wp_str_find(p, "：");
	if (colon && colon - p <= SUBLABEL_WINDOW)
		return false;
	/* 工作要求 (a bare section's name), （另行通知） (a bracket alone: a
	 * note that there is no value yet) */
	if (wp_outline_bare_heading(p) || (wp_str_starts(p, "（") && wp_str_ends(p, "）")))
		return false;
	return !opens_numbered(p) && !wp_str_ends(p, "：");
}

void wp_outline_join_label_values(struct wp_ntext *t)
{
	size_t kept = 0;
	for (size_t i = 0; i < t->n; i++) {
		char *p = t->para[i];
		if (i + 1 < t->n && label_alone(p) && label_value(t->para[i + 1])) {
			wp_buf b = WP_BUF_INIT;
			wp_buf_puts(&b, p);
			wp_buf_puts(&b, t->para[i + 1]);
			free(p);
			free(t->para[i + 1]);
			p = wp_buf_take(&b);
			i++;
		}
		t->para[kept++] = p;
	}
	t->n = kept;
}

/* A spaced table's row wrapped a cell onto the next line, set under that
 * cell by spaces (a Word table copied as text):
 *   1     质量月启动仪式    县市场监管局    县工信局、县农业农村局、    9月8日
 *                                           县教育局、城关镇人民政府
 * The line's text, one cell's, goes on the end of the cell in the row
 * above that starts at its column, when that cell is a list of units cut
 * after its 、. */
#define CELL_REST_INDENT 8 /* spaces at least before a cell's rest */
#define CELL_GAP 2	   /* spaces at least between two cells */
/* columns a cell's rest may stand off its cell: a row's curly quotes
 * (“”), one column wide to the typist's font, are two to a terminal's */
#define CELL_SLACK 2

/* Where in row the cell starting at display column col (give or take
 * CELL_SLACK) ends (before the gap after it, or at the row's end), or
 * NULL when no cell of row starts there. */
static char *cell_end_at_column(char *row, int col)
{
	int at = 0;
	bool cell_start = true;
	char *p = row;
	while (*p) {
		size_t gap = strspn(p, " ");
		if (gap >= CELL_GAP) {
			at += (int)gap, p += gap;
			cell_start = true;
			continue;
		}
		if (gap) {
			at += (int)gap, p += gap;
			continue;
		}
		if (cell_start && at >= col - CELL_SLACK && at <= col + CELL_SLACK) {
			char *end = p;
			while (*end && !(end[0] == ' ' && end[1] == ' '))
				end++;
			return end;
		}
		cell_start = false;
		size_t len = wp_str_char_len(p);
		at += wp_text_width_n(p, len);
		p += len;
	}
	return NULL;
}

void wp_outline_join_cell_rests(struct wp_ntext *t)
{
	size_t kept = 0;
	for (size_t i = 0; i < t->n; i++) {
		char *p = t->para[i];
		size_t indent = strspn(p, " ");
		char *row = kept ? t->para[kept - 1] : NULL;
		char *end = indent >= CELL_REST_INDENT && p[indent] && !strstr(p + indent, "  ") && row &&
				    row[0] != ' ' && strstr(row, "  ")
				    ? cell_end_at_column(row, (int)indent)
				    : NULL;
		/* a list of units cut after its 、 (a wrap inside a row whose
		 * every cell wraps is the table reader's: see notice-table.c) */
		if (end && !wp_str_ends_at(row, end, "、"))
			end = NULL;
		if (!end) {
			t->para[kept++] = p;
			continue;
		}
		wp_buf b = WP_BUF_INIT;
		wp_buf_append(&b, row, (size_t)(end - row));
		wp_buf_puts(&b, p + indent);
		wp_buf_puts(&b, end);
		free(row);
		free(p);
		t->para[kept - 1] = wp_buf_take(&b);
	}
	t->n = kept;
}
