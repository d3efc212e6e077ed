/* notice-side-by-side.c - two columns a PDF's text layer printed side by
 * side, put one after the other.
 *
 * A committee laid out in two columns (组长 and 副组长 on the left, 成员
 * on the right) comes out of a PDF as lines that hold a piece of each:
 *
 *   　　组　长：市科技局局长陈志远　　　　　　成　员：局办公室、科普科、
 *   　　副组长：市科技局副局长黄淑敏　　　　　　　　　高新技术科、
 *   　　　　　　　　　　　　　　　　　　　　　　　　　各县（区）科技局
 *
 * A block starts at a line whose two pieces, apart by a wide gap, each
 * open with a label (X：); it goes on over the lines that are cut at the
 * same column, or hold only the right piece, indented to it. The left
 * pieces are given first, as the lines they were, then the right ones,
 * the first with the left label's indent and the rest indented under it,
 * so the joiner reads each column as a list going on. Lines outside such
 * a block pass unchanged. Each line is looked at a fixed number of times. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "notice-line.h"
#include "notice-side-by-side.h"
#include "notice-text.h"
#include "text.h"

#define WIDE_SPACE "\xe3\x80\x80"
/* the gap between the columns: four wide spaces or eight columns of
 * spaces at least, where a line's own text never leaves one */
#define GAP_COLUMNS 8
/* how far a line's right piece may start from the block's column (a
 * text layer spaces its columns by the glyphs it guesses, not exactly) */
#define COLUMN_SLACK 8
/* a label: a few characters, then ： */
#define LABEL_CHARS 6

/* The bytes of blanks (spaces, wide spaces, tabs) at p and their width
 * in columns. */
static size_t blanks_at(const char *p, int *columns)
{
	size_t n = 0;
	*columns = 0;
	for (;;) {
		if (p[n] == ' ' || p[n] == '\t') {
			n++;
			*columns += p[n - 1] == '\t' ? 4 : 1;
		} else if (strncmp(p + n, WIDE_SPACE, 3) == 0) {
			n += 3;
			*columns += 2;
		} else {
			return n;
		}
	}
}

/* Does s open with a short label and its ：(组　长：, 成　员：)? */
static bool opens_label(const char *s)
{
	const char *p = s;
	for (int chars = 0; *p && chars <= LABEL_CHARS; chars++) {
		if (strncmp(p, "：", strlen("：")) == 0)
			return p > s;
		if (strncmp(p, "，", strlen("，")) == 0 || strncmp(p, "。", strlen("。")) == 0)
			return false;
		p += wp_str_char_len(p);
	}
	return false;
}

/* The cut of line into its left piece (to *left_end) and right piece
 * (from *right, at column *column): the first gap of GAP_COLUMNS after
 * some text. false when the line has none. */
static bool cut_of(const char *line, size_t *left_end, size_t *right, int *column)
{
	int width;
	size_t p = blanks_at(line, &width);
	int at = width;
	bool text = false;
	while (line[p]) {
		int gap;
		size_t n = blanks_at(line + p, &gap);
		if (n) {
			if (text && gap >= GAP_COLUMNS && line[p + n]) {
				*left_end = p;
				*right = p + n;
				*column = at + gap;
				return true;
			}
			p += n;
			at += gap;
			continue;
		}
		size_t len = wp_str_char_len(line + p);
		at += wp_text_width_n(line + p, len);
		p += len;
		text = true;
	}
	return false;
}

/* A blank line or a page's mark (— 2 —)? */
static bool page_furniture(const char *line)
{
	int lead;
	size_t start = blanks_at(line, &lead);
	return !line[start] || wp_nline_page_number(line + start);
}

/* The pieces of line in a block whose right column is at column: cut
 * there (the left piece from its text to *left_end, the right from
 * *right), or only its right piece, indented to it (no left piece:
 * *left_end is where its text starts); false when the line goes on no
 * such block. */
static bool pieces_at(const char *line, int column, size_t *left_end, size_t *right)
{
	int at, lead;
	size_t start = blanks_at(line, &lead);
	if (!line[start])
		return false;
	if (cut_of(line, left_end, right, &at) && abs(at - column) <= COLUMN_SLACK)
		return true;
	*left_end = *right = start;
	return lead >= column - COLUMN_SLACK;
}

/* Does line go on a block whose right column is at column? *goes_on is
 * set when its right piece opens with no label (a list going on). */
static bool continues(const char *line, int column, bool *goes_on)
{
	size_t left_end, right;
	if (!pieces_at(line, column, &left_end, &right))
		return false;
	*goes_on = *goes_on || !opens_label(line + right);
	return true;
}

/* Where the block starting at lines[i] ends (one past its last line), or
 * i when no block starts there; *column is its right column. */
static size_t block_end(char *const *lines, size_t i, size_t n, int *column, bool *plain)
{
	*plain = true;
	size_t left_end, right;
	if (!cut_of(lines[i], &left_end, &right, column) || !opens_label(lines[i] + right))
		return i;
	/* a list starts after the right label (签批盘号： alone starts none) */
	const char *colon = strstr(lines[i] + right, "：");
	if (!colon || !colon[strlen("：")])
		return i;
	int indent;
	if (!opens_label(lines[i] + blanks_at(lines[i], &indent)))
		return i;
	size_t j = i + 1;
	bool goes_on = false; /* a right piece with no label of its own */
	for (; j < n; j++) {
		/* a page's mark and the blank lines around it, when the block
		 * goes on after them */
		size_t k = j;
		while (k < n && k < j + 3 && page_furniture(lines[k]))
			k++;
		if (k > j && k < n && continues(lines[k], *column, &goes_on)) {
			j = k;
			continue;
		}
		if (!continues(lines[j], *column, &goes_on))
			break;
	}
	/* rows of labels side by side (等级：特急　发电单位：…, a telegram's
	 * head) are a table of labels, no columns to put apart: the right
	 * column goes on as a list under its label. No line up to j starts a
	 * block either (its lines would be these, none going on): *plain
	 * says they pass as they are, so no line is looked at twice. */
	*plain = !goes_on;
	return j;
}

/* Emits the block lines[i..end) as its left column, then its right. */
static int emit_block(char *const *lines, size_t i, size_t end, int column, wp_nside_emit emit, void *ctx)
{
	wp_buf right = WP_BUF_INIT, indent = WP_BUF_INIT;
	int rc = 0;
	int label_indent;
	size_t label_at = blanks_at(lines[i], &label_indent);
	for (size_t j = i; j < end && rc == 0; j++) {
		if (page_furniture(lines[j])) {
			rc = emit(ctx, lines[j]);
			continue;
		}
		size_t left_end, from;
		pieces_at(lines[j], column, &left_end, &from); /* block_end saw it go on */
		int lead;
		if (left_end > blanks_at(lines[j], &lead)) {
			wp_buf piece = WP_BUF_INIT;
			wp_buf_append(&piece, lines[j], left_end);
			rc = emit(ctx, wp_buf_str(&piece));
			wp_buf_free(&piece);
		}
		/* the first right piece takes the label line's indent; the
		 * rest go on under it, indented further */
		wp_buf_append(&right, lines[i], label_at);
		if (j != i)
			wp_buf_printf(&right, "%s%s%s", WIDE_SPACE, WIDE_SPACE, WIDE_SPACE);
		wp_buf_printf(&right, "%s\n", lines[j] + from);
	}
	/* the right column's lines, one at a time */
	const char *p = wp_buf_str(&right);
	while (*p && rc == 0) {
		const char *nl = strchr(p, '\n');
		wp_buf_reset(&indent);
		wp_buf_append(&indent, p, (size_t)(nl - p));
		rc = emit(ctx, wp_buf_str(&indent));
		p = nl + 1;
	}
	wp_buf_free(&right);
	wp_buf_free(&indent);
	return rc;
}

int wp_nside_emit_lines(char *const *lines, size_t n, wp_nside_emit emit, void *ctx)
{
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0;) {
		int column;
		bool plain;
		size_t end = block_end(lines, i, n, &column, &plain);
		if (end <= i)
			end = i + 1;
		if (!plain && end > i + 1) {
			rc = emit_block(lines, i, end, column, emit, ctx);
		} else {
			for (size_t j = i; j < end && rc == 0; j++)
				rc = emit(ctx, lines[j]);
		}
		i = end;
	}
	return rc;
}
