/* notice-markdown.c - the marks a web editor adds when it saves a notice
 * as Markdown, taken off a line before it is joined: the separator row
 * under a bar table's header (|---|:---:|) holds no cells; <br> inside a
 * cell breaks a line within the cell, elsewhere the line; emphasis
 * (**一、活动主题**, __X__) and heading marks (# 关于…的通知) wrap text and
 * are no part of it; a backslash escapes the punctuation after it
 * (附件：1\. …). Each function is one pass over the line, counted in
 * work (see notice-line.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-line.h"
#include "notice-text.h"

bool wp_nline_md_rule(const char *line)
{
	/* only bars, dashes, colons and spaces, a bar and three dashes at
	 * least: | --- | :---: | */
	if (line[strspn(line, "|-: ")] != '\0' || !strchr(line, '|'))
		return false;
	size_t dashes = 0;
	for (const char *p = line; *p; p++)
		dashes += *p == '-';
	return dashes >= 3;
}

/* ---- <br> ------------------------------------------------------------------- */

/* The length of a <br>, <br/>, <br /> (any case) at p, or 0. */
static size_t br_at(const char *p)
{
	if (p[0] != '<' || (p[1] != 'b' && p[1] != 'B') || (p[2] != 'r' && p[2] != 'R'))
		return 0;
	size_t n = 3;
	n += p[n] == ' ';
	n += p[n] == '/';
	return p[n] == '>' ? n + 1 : 0;
}

/* Does the text in b end with punctuation that ends a clause (区委宣传部、
 * then a break): the break joins without a space, as a Word cell's
 * paragraphs do (notice-docx-body.c). */
static bool ends_tight(const wp_buf *b)
{
	static const char *const tight[] = {"、", "，", "；", "：", "。", NULL};
	for (const char *const *t = tight; *t; t++) {
		size_t n = strlen(*t);
		if (b->len >= n && memcmp(b->data + b->len - n, *t, n) == 0)
			return true;
	}
	return false;
}

char *wp_nline_md_breaks(const char *line, wp_nline_work *work)
{
	wp_nline_step(work, strlen(line));
	if (!strchr(line, '<'))
		return NULL;
	const char *p = line;
	while (*p == ' ' || wp_str_starts(p, "\xe3\x80\x80"))
		p += *p == ' ' ? 1 : 3;
	bool cell = *p == '|'; /* a row of a bar table: the break stays in its cell */
	wp_buf b = WP_BUF_INIT;
	bool any = false;
	for (p = line; *p && wp_nline_step(work, 1);) {
		size_t n = br_at(p);
		if (!n) {
			wp_buf_putc(&b, *p++);
			continue;
		}
		any = true;
		while (b.len && b.data[b.len - 1] == ' ')
			b.len--, b.data[b.len] = '\0';
		if (!cell)
			wp_buf_putc(&b, '\n');
		else if (b.len && !ends_tight(&b) && b.data[b.len - 1] != '|')
			wp_buf_putc(&b, ' ');
		p += n;
		p += strspn(p, " ");
	}
	if (!any) {
		wp_buf_free(&b);
		return NULL;
	}
	return wp_buf_take(&b);
}

/* ---- emphasis, headings, escapes -------------------------------------------- */

/* Is the character that ends at end (text starts at start) a boundary
 * for emphasis: none, a space, punctuation (ASCII, CJK, full-width,
 * general)? Not a letter, digit or ideograph: 张** masks a name, 年__月
 * leaves a blank to fill. */
static bool boundary_char(const char *c)
{
	unsigned char u = (unsigned char)c[0];
	if (u == '\0' || u == ' ')
		return true;
	if (u < 0x80)
		return strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~", u) != NULL;
	/* U+2010..U+206F: E2 80..81; U+3000..U+303F: E3 80; U+FF00..U+FF20: EF BC */
	unsigned char v = (unsigned char)c[1];
	return (u == 0xe2 && (v == 0x80 || v == 0x81)) || (u == 0xe3 && v == 0x80) || (u == 0xef && v == 0xbc);
}

/* The character before p in line (a bounded step back over UTF-8's
 * continuation bytes), or "" at the line's start. */
static const char *char_before(const char *line, const char *p)
{
	if (p == line)
		return "";
	const char *c = p - 1;
	for (int k = 0; k < 3 && c > line && ((unsigned char)*c & 0xc0) == 0x80; k++)
		c--;
	return c;
}

/* A run of exactly two marks at p (** or __)? */
static bool pair_at(const char *line, const char *p, char mark)
{
	return p[0] == mark && p[1] == mark && p[2] != mark && (p == line || p[-1] != mark);
}

/* Marks in drop[] the pairs of mark that wrap text: an opener after a
 * boundary and before text, its closer after text and before a boundary.
 * The finds go on where the last one ended: one pass. */
static void mark_emphasis(const char *line, char mark, bool *drop, wp_nline_work *work)
{
	const char *open = NULL;
	for (const char *p = line; *p && wp_nline_step(work, 1); p++) {
		if (!pair_at(line, p, mark))
			continue;
		if (!open && p[2] != ' ' && p[2] && boundary_char(char_before(line, p))) {
			open = p++;
		} else if (open && p[-1] != ' ' && boundary_char(p + 2)) {
			drop[open - line] = drop[open - line + 1] = true;
			drop[p - line] = drop[p - line + 1] = true;
			open = NULL;
			p++;
		}
	}
}

/* How many bytes of heading marks (#, ##… then a space) open line. */
static size_t heading_marks(const char *line)
{
	size_t n = strspn(line, "#");
	return n >= 1 && n <= 6 && line[n] == ' ' ? n + strspn(line + n, " ") : 0;
}

char *wp_nline_md_plain(const char *line, wp_nline_work *work)
{
	size_t len = strlen(line);
	wp_nline_step(work, 2 * len);
	size_t head = heading_marks(line);
	if (!head && !strchr(line, '*') && !strchr(line, '_') && !strchr(line, '\\'))
		return NULL;
	bool *drop = wp_xcalloc(len + 1, sizeof *drop);
	mark_emphasis(line, '*', drop, work);
	mark_emphasis(line, '_', drop, work);
	wp_buf b = WP_BUF_INIT;
	bool any = head > 0;
	for (size_t i = head; i < len && wp_nline_step(work, 1); i++) {
		/* 1\. escapes the dot that would make a list item */
		if (line[i] == '\\' && line[i + 1] && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", line[i + 1])) {
			any = true;
			wp_buf_putc(&b, line[++i]);
		} else if (drop[i]) {
			any = true;
		} else {
			wp_buf_putc(&b, line[i]);
		}
	}
	free(drop);
	if (!any) {
		wp_buf_free(&b);
		return NULL;
	}
	return wp_buf_take(&b);
}
