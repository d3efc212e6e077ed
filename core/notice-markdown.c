/* notice-markdown.c - the marks a web editor adds when it saves a notice
 * as Markdown, taken off a line before it is joined: the separator row
 * under a bar table's header (|---|:---:|) holds no cells; <br> inside a
 * cell breaks a line within the cell, elsewhere the line; emphasis
 * (**一、活动主题**, __X__) and heading marks (# 关于…的通知) wrap text and
 * are no part of it; a backslash escapes the punctuation after it
 * (附件：1\. …); an entity (&nbsp;, &#12288;) is the character it
 * names. Each function is one pass over the line, counted in
 * work (see notice-line.h). */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistr.h>

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
		p += n;
		p += strspn(p, " ");
		/* 市委统战部<br>（市民族宗教事务局）: its second name, no other unit */
		if (cell && b.len && !ends_tight(&b) && b.data[b.len - 1] != '|' && *p && *p != '|' &&
		    !wp_str_starts(p, "（"))
			wp_buf_putc(&b, ' ');
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
 * general), a block, shape or symbol a post marks lines with (▲**活动一：…**,
 * ●; an emoji is a sign by now, notice-line-signs.c)? Not a letter, digit or ideograph: 张** masks a name,
 * 年__月 leaves a blank to fill. */
static bool boundary_char(const char *c)
{
	unsigned char u = (unsigned char)c[0];
	if (u == '\0' || u == ' ')
		return true;
	if (u < 0x80)
		return strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~", u) != NULL;
	/* U+2010..U+206F: E2 80..81; U+2580..U+27BF (blocks, shapes,
	 * symbols, dingbats): E2 96..9E; U+3000..U+303F: E3 80; U+FF00..U+FF20: EF BC */
	unsigned char v = (unsigned char)c[1];
	return (u == 0xe2 && (v == 0x80 || v == 0x81 || (v >= 0x96 && v <= 0x9e))) || (u == 0xe3 && v == 0x80) ||
	       (u == 0xef && v == 0xbc);
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

/* Does the emphasis on [text, end) close before what runs on after it
 * (**宣传国家安全法律法规。**重点宣传…, **青檀派出所、**青檀司法所): it ends
 * in punctuation, and is more than a masked name (**华、**明 hides two
 * surnames: a name of one or two characters)? */
static bool closes_run_on(const char *text, const char *end)
{
	const char *last = char_before(text, end);
	if (!*last || !boundary_char(last))
		return false;
	size_t chars = 0;
	for (const char *p = text; p < end && chars < 4; p += wp_str_char_len(p))
		chars++;
	return chars >= 4;
}

/* Marks in drop[] the pairs of mark that wrap text: an opener after a
 * boundary and before text, its closer after text and before a boundary,
 * or after text that ends in one (**宣传国家安全法律法规。**重点宣传…: a
 * bold sentence runs on into the next, and CJK has no space to part them).
 * The finds go on where the last one ended: one pass. */
static void mark_emphasis(const char *line, char mark, bool *drop, wp_nline_work *work)
{
	const char *open = NULL;
	for (const char *p = line; *p && wp_nline_step(work, 1); p++) {
		if (!pair_at(line, p, mark))
			continue;
		if (!open && p[2] != ' ' && p[2] && boundary_char(char_before(line, p))) {
			open = p++;
		} else if (open && p[-1] != ' ' && (boundary_char(p + 2) || closes_run_on(open + 2, p))) {
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

/* ---- links, struck text, tags, quotes ---------------------------------------- */

/* The tags a web editor wraps text in (<p align="right">, </span>): the
 * tag is no text, what it wraps is. Only these names, so that a < in the
 * text (<3天) is never taken for one. */
static const char *const html_tags[] = {"p",    "div",  "span", "center", "font", "strong", "b", "em",
					"i",    "u",    "sup",  "sub",    "small", "big",  "a",  "section",
					"h1",   "h2",   "h3",   "h4",     "h5",    "h6",   NULL};

/* The length of an HTML tag of html_tags at p (<p>, <p align="right">,
 * </p>), or 0. Its attributes end at the first > on the line. */
static size_t tag_at(const char *p, wp_nline_work *work)
{
	if (p[0] != '<')
		return 0;
	size_t n = 1 + (p[1] == '/');
	size_t name = 0;
	while (((p[n + name] | 0x20) >= 'a' && (p[n + name] | 0x20) <= 'z') || (p[n + name] >= '1' && p[n + name] <= '6'))
		name++;
	if (!name)
		return 0;
	bool known = false;
	for (const char *const *t = html_tags; *t && !known; t++)
		known = strlen(*t) == name && strncasecmp(*t, p + n, name) == 0;
	if (!known || (p[n + name] != '>' && p[n + name] != ' ' && p[n + name] != '/'))
		return 0;
	/* <Big Data and AI>, <a 区>: words in brackets, no tag; an editor's
	 * tag is bare (<p>, </p>) or its attributes are name=value */
	bool bare = p[n + name] == '>' || (p[n + name] == '/' && p[n + name + 1] == '>');
	/* the > before the next <: each look ends where the next begins */
	const char *attrs = p + n + name;
	const char *lt = strchr(attrs, '<');
	size_t span = lt ? (size_t)(lt - attrs) : strlen(attrs);
	wp_nline_step(work, 2 * span);
	const char *end = memchr(attrs, '>', span);
	if (!end || (!bare && !memchr(attrs, '=', (size_t)(end - attrs))))
		return 0;
	return (size_t)(end - p) + 1;
}

/* The length of a comment <!-- … --> at p closed on the line, or 0.
 * Once one is not closed none after it is: *unclosed keeps the search
 * from running to the line's end again. Each look is counted in work;
 * wp_str_find reads no further than the mark, where a sanitizer's strstr
 * measures the whole rest of the line at every call. */
static size_t comment_at(const char *p, bool *unclosed, wp_nline_work *work)
{
	if (*unclosed || !wp_str_starts(p, "<!--"))
		return 0;
	const char *end = wp_str_find(p + 4, "-->");
	*unclosed = !end;
	wp_nline_step(work, end ? (size_t)(end - p) : strlen(p));
	return end ? (size_t)(end - p) + 3 : 0;
}

/* [text](address) at p: the length of the whole link into *whole, of
 * its text (after the [) into *text; false if p opens none. The text
 * holds no [ or ]; the address is ASCII with no space and names a place
 * (/ : . # @ in it), in ASCII brackets or in the full-width ones the
 * text's cleaning made of them ([首页]（/）). An image (![alt](address))
 * is a link whose text is no text. Each part is looked at once. */
static bool link_at(const char *p, size_t *whole, size_t *text, wp_nline_work *work)
{
	if (p[0] != '[')
		return false;
	size_t t = strcspn(p + 1, "[]");
	wp_nline_step(work, t);
	if (p[1 + t] != ']')
		return false;
	const char *a = p + 2 + t;
	const char *close = NULL;
	if (*a == '(')
		a++, close = ")";
	else if (wp_str_starts(a, "（"))
		a += strlen("（"), close = "）";
	if (!close)
		return false;
	const char *e = a;
	bool place = false;
	while ((unsigned char)*e > ' ' && (unsigned char)*e < 0x80 && *e != '(' && *e != ')' && wp_nline_step(work, 1)) {
		place = place || strchr("/:.#@", *e);
		e++;
	}
	if (e == a || !place || !wp_str_starts(e, close))
		return false;
	*text = t;
	*whole = (size_t)(e + strlen(close) - p);
	return true;
}

/* ~~X~~ at p closed on the line: its length, or 0. Struck text is what
 * the editor deleted (~~3月24日~~ 3月25日): no part of the notice. */
static size_t struck_at(const char *p, bool *unclosed, wp_nline_work *work)
{
	if (*unclosed || !wp_str_starts(p, "~~") || p[2] == '~' || p[2] == ' ' || !p[2])
		return 0;
	const char *end = wp_str_find(p + 2, "~~");
	*unclosed = !end;
	wp_nline_step(work, end ? (size_t)(end - p) : strlen(p));
	if (!end)
		return 0;
	/* 6月10日~~6月12日开展自查，…~~8326155: a range written with ~~, no
	 * struck text; an editor strikes a word or a date, no clause */
	static const char *const clause_marks[] = {"，", "。", "；", NULL};
	size_t span = (size_t)(end - p) - 2;
	char *struck = wp_str_sub(p + 2, span);
	bool clause = span > 60 || wp_str_span_upto(struck, clause_marks) != span;
	free(struck);
	return clause ? 0 : span + 4;
}

/* How many bytes open line as a quote (> , > > ) or a task list's box
 * after its dash (- [x] , - [ ] : the dash stays, the box goes). */
static size_t quote_marks(const char *line, size_t *box_at)
{
	size_t n = 0;
	*box_at = 0;
	/* not > 100人…: a comparison, no quote */
	while (line[n] == '>' && (line[n + 1] == ' ' || !line[n + 1]) && !(line[n + 1] && line[n + 2] >= '0' && line[n + 2] <= '9'))
		n += line[n + 1] ? 2 : 1;
	if ((line[n] == '-' || line[n] == '*') && line[n + 1] == ' ' && line[n + 2] == '[' &&
	    (line[n + 3] == ' ' || line[n + 3] == 'x' || line[n + 3] == 'X') && line[n + 4] == ']' && line[n + 5] == ' ')
		*box_at = n + 2;
	return n;
}

/* ---- entities ------------------------------------------------------------- */

/* The few named entities a web editor writes into a notice's text; an
 * empty cell (| &nbsp; |) is the common one. */
static const struct {
	const char *name, *text;
} entities[] = {
	{"&nbsp;", " "}, {"&ensp;", " "}, {"&emsp;", "\xe3\x80\x80"}, {"&amp;", "&"},
	{"&lt;", "<"},   {"&gt;", ">"},   {"&quot;", "\""},             {"&#39;", "'"},
};

/* The length of the ; that ends an entity at p (made full-width, ；, when
 * the line's punctuation was), or 0. */
static size_t entity_end(const char *p)
{
	return *p == ';' ? 1 : wp_str_starts(p, "；") ? strlen("；") : 0;
}

/* The length of an entity at p (&nbsp;, &#12288;, &#x3000;), its text
 * appended to b; 0 if there is none. A number that names no printable
 * character (&#0;, &#7;; a surrogate, which u8_uctomb refuses) is no
 * entity: it stays as written. */
static size_t entity_at(const char *p, wp_buf *b)
{
	if (*p != '&')
		return 0;
	for (size_t i = 0; i < sizeof entities / sizeof *entities; i++) {
		size_t name = strlen(entities[i].name) - 1;
		/* the name first: only then is there text to its end */
		size_t end = strncmp(p, entities[i].name, name) == 0 ? entity_end(p + name) : 0;
		if (end) {
			wp_buf_puts(b, entities[i].text);
			return name + end;
		}
	}
	if (p[1] != '#')
		return 0;
	bool hex = p[2] == 'x' || p[2] == 'X';
	size_t n = hex ? 3 : 2, digits = 0;
	unsigned long uc = 0;
	for (; digits < 7 && (hex ? isxdigit((unsigned char)p[n]) : isdigit((unsigned char)p[n])); n++, digits++)
		uc = uc * (hex ? 16 : 10) + (unsigned long)(isdigit((unsigned char)p[n]) ? p[n] - '0' : (p[n] | 0x20) - 'a' + 10);
	size_t end = entity_end(p + n);
	if (!digits || !end || uc < 0x20 || (uc >= 0x7f && uc < 0xa0) || uc > 0x10ffff)
		return 0;
	uint8_t out[6];
	int len = u8_uctomb(out, (ucs4_t)(uc == 0xa0 ? ' ' : uc), (int)sizeof out);
	if (len <= 0)
		return 0;
	wp_buf_append(b, (const char *)out, (size_t)len);
	return n + end;
}

char *wp_nline_md_inline(const char *line, wp_nline_work *work)
{
	wp_nline_step(work, strlen(line));
	size_t box;
	size_t quote = quote_marks(line, &box);
	if (!quote && !box && !strchr(line, '<') && !strchr(line, '[') && !strstr(line, "~~") && !strchr(line, '&'))
		return NULL;
	wp_buf b = WP_BUF_INIT;
	bool any = quote > 0 || box > 0, open_comment = false, open_strike = false;
	/* one pass: each mark is skipped whole, its search ending on the
	 * line (the closer looked for from where the opener stands) */
	for (const char *p = line + quote; *p && wp_nline_step(work, 1);) {
		size_t n, whole, text;
		if (box && p == line + box) {
			p += 4;
		} else if ((n = comment_at(p, &open_comment, work)) || (n = tag_at(p, work)) ||
			   (n = struck_at(p, &open_strike, work))) {
			any = true;
			p += n;
		} else if (p[0] == '!' && link_at(p + 1, &whole, &text, work)) {
			any = true;
			p += 1 + whole;
		} else if (link_at(p, &whole, &text, work)) {
			any = true;
			wp_buf_append(&b, p + 1, text);
			p += whole;
		} else if ((n = entity_at(p, &b))) {
			any = true;
			p += n;
		} else {
			wp_buf_putc(&b, *p++);
		}
	}
	if (!any) {
		wp_buf_free(&b);
		return NULL;
	}
	return wp_buf_take(&b);
}

bool wp_nline_md_chrome(const char *line)
{
	return strcmp(line, "[TOC]") == 0 || strcmp(line, "[toc]") == 0 || strcmp(line, "[[TOC]]") == 0;
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
