/* notice-pdf.c - a PDF's text through poppler-glib (see notice-pdf.h). */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <poppler.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-pdf.h"
#include "notice-pdf-lib.h"
#include "notice-text.h"

/* Fewer characters than this on all pages is no text layer: a scan. */
#define MIN_TEXT_CHARS 16

int wp_pdf_is(const char *bytes, size_t len)
{
	return len >= 5 && memcmp(bytes, "%PDF-", 5) == 0;
}

/* A page's lines (pointers into its text, edited in place). */
struct page {
	char *text; /* owned (g_free) */
	char **line;
	size_t n;
};

static void split_lines(struct page *p)
{
	size_t cap = 0;
	for (char *s = p->text, *next; s && *s; s = next) {
		next = strchr(s, '\n');
		if (next)
			*next++ = '\0';
		size_t len = strlen(s);
		if (len && s[len - 1] == '\r')
			s[len - 1] = '\0';
		if (!*s)
			continue;
		if (p->n == cap) {
			cap = cap ? cap * 2 : 32;
			p->line = wp_xrealloc(p->line, cap * sizeof *p->line);
		}
		p->line[p->n++] = s;
	}
}

/* Skips spaces (ASCII and the full-width U+3000) from s. */
static const char *skip_spaces(const char *s)
{
	for (;;) {
		if (*s == ' ' || *s == '\t')
			s++;
		else if (strncmp(s, "\u3000", 3) == 0)
			s += 3;
		else
			return s;
	}
}

/* Skips one dash a page number is framed with (- – — －), if s opens with one. */
static const char *skip_dash(const char *s)
{
	static const char *const dash[] = {"-", "\u2013", "\u2014", "\uff0d"};
	for (size_t i = 0; i < sizeof dash / sizeof *dash; i++)
		if (strncmp(s, dash[i], strlen(dash[i])) == 0)
			return skip_spaces(s + strlen(dash[i]));
	return s;
}

/* Reads a number at *s (spaces after it skipped); -1 when none. */
static long read_number(const char **s)
{
	if (**s < '0' || **s > '9')
		return -1;
	char *end;
	long n = strtol(*s, &end, 10);
	*s = skip_spaces(end);
	return n;
}

static bool skip_word(const char **s, const char *word)
{
	if (strncmp(*s, word, strlen(word)) != 0)
		return false;
	*s = skip_spaces(*s + strlen(word));
	return true;
}

/* Is line the number of page no as printers set it: "3", "- 3 -",
 * "— 3 —", "第 3 页", "第3页 共5页", "3 / 5"? Official notices (GB/T
 * 9704) frame it in dashes; a PDF converted from Word often says 第N页. */
bool wp_pdf_is_page_number(const char *line, int no)
{
	const char *s = skip_spaces(line);
	bool di = skip_word(&s, "\u7b2c"); /* 第 */
	const char *dashed = di ? s : skip_dash(s);
	bool framed = dashed != s;
	s = dashed;
	if (read_number(&s) != no)
		return false;
	if (di && !skip_word(&s, "\u9875")) /* 页 */
		return false;
	if (framed && skip_dash(s) == s)
		return false;
	s = framed ? skip_dash(s) : s;
	if (skip_word(&s, "/")) {
		if (di || framed || read_number(&s) < no)
			return false;
	} else if (di && skip_word(&s, "\u5171")) { /* 共 M 页 */
		if (read_number(&s) < no || !skip_word(&s, "\u9875"))
			return false;
	}
	return *s == '\0';
}

/* How many pages open (first) or close (!first) with line. */
static size_t repeated(const struct page *pg, size_t npages, const char *line, bool first)
{
	size_t count = 0;
	for (size_t i = 0; i < npages; i++)
		if (pg[i].n && strcmp(pg[i].line[first ? 0 : pg[i].n - 1], line) == 0)
			count++;
	return count;
}

/* Does line appear on a page before page `before`? */
static bool on_earlier_page(const struct page *pg, size_t before, const char *line)
{
	for (size_t i = 0; i < before; i++)
		for (size_t k = 0; k < pg[i].n; k++)
			if (strcmp(pg[i].line[k], line) == 0)
				return true;
	return false;
}

/* Is the first line of page i (i > 0) a running header: it opens most
 * of the pages after the first and is the text of a line before it (the
 * plan's title, which a notice of two or three pages repeats too few
 * times for the rule of repeats alone)? */
static bool running_header(const struct page *pg, size_t npages, size_t i)
{
	if (i == 0 || !pg[i].n)
		return false;
	size_t h = repeated(pg + 1, npages - 1, pg[i].line[0], true);
	return 2 * h > npages - 1 && on_earlier_page(pg, i, pg[i].line[0]);
}

/* Drops the page number ending a page, the header or footer line that
 * three or more pages, and most of them, repeat, and a running header. */
static void drop_page_lines(struct page *pg, size_t npages)
{
	bool *head = wp_xcalloc(npages ? npages : 1, sizeof *head);
	bool *foot = wp_xcalloc(npages ? npages : 1, sizeof *foot);
	for (size_t i = 0; i < npages; i++) {
		if (!pg[i].n)
			continue;
		size_t h = repeated(pg, npages, pg[i].line[0], true);
		size_t f = repeated(pg, npages, pg[i].line[pg[i].n - 1], false);
		head[i] = (npages >= 3 && h >= 3 && 2 * h > npages) || running_header(pg, npages, i);
		foot[i] = (npages >= 3 && f >= 3 && 2 * f > npages) ||
			  wp_pdf_is_page_number(pg[i].line[pg[i].n - 1], (int)i + 1);
	}
	for (size_t i = 0; i < npages; i++) {
		if (foot[i] && pg[i].n)
			pg[i].n--;
		if (head[i] && pg[i].n) {
			memmove(pg[i].line, pg[i].line + 1, (pg[i].n - 1) * sizeof *pg[i].line);
			pg[i].n--;
		}
	}
	free(head);
	free(foot);
}

static size_t text_chars(const struct page *pg, size_t npages)
{
	size_t chars = 0;
	for (size_t i = 0; i < npages; i++)
		for (size_t k = 0; k < pg[i].n; k++)
			for (const char *s = pg[i].line[k]; *s; s++)
				chars += *s != ' ' && *s != '\t' && ((unsigned char)*s & 0xc0) != 0x80;
	return chars;
}

/* Is the gap before s inside a label spread to a column's width (组    长：,
 * 联 系 人：, as 分散对齐 sets them): at most three characters into the
 * line, with the label's colon within the next four? Such a gap is a
 * space, not a table's column. */
static bool spread_label(int line_chars, const char *s)
{
	if (line_chars > 3)
		return false;
	for (int k = 0; k < 4 && *s && *s != '\n'; k++) {
		if (*s == ':' || wp_str_starts(s, "："))
			return true;
		s += wp_str_char_len(s);
	}
	return false;
}

/* What a gap between two characters on a line stands for: nothing when
 * they are close; about one character's width, the full-width space
 * that set it (清洁家园　健康伍家, a theme's two halves; poppler drops the
 * space itself); wider, a table's next column (a tab, as the decoder's
 * table rows have them), unless it spreads a label (a space). */
static void put_gap(wp_buf *out, const PopplerRectangle *prev, const PopplerRectangle *r,
		    int line_chars, const char *s)
{
	double height = r->y2 - r->y1, gap = r->x1 - prev->x2;
	if (height <= 0 || gap <= height * 0.8)
		return;
	if (spread_label(line_chars, s))
		wp_buf_putc(out, ' ');
	else if (gap <= height * 1.5)
		wp_buf_puts(out, "　");
	else
		wp_buf_putc(out, '\t');
}

/* Does next (the box of the character at s, after a line break) stand on
 * the line of prev, to its right? */
static bool same_line(const PopplerRectangle *prev, const PopplerRectangle *next, const char *s)
{
	return next && *s && *s != '\n' && *s != ' ' && next->x1 >= prev->x2 &&
	       next->y1 < prev->y2 && next->y2 > prev->y1;
}

/* A page's text with a tab where a line leaves a wide gap (over a
 * character's height) between two characters: a table's cells, which
 * poppler runs together (序号时间活动内容), come apart as the decoder's
 * table rows do. A label spread to a column's width keeps a space.
 * g_free the result. */
static char *page_text(const struct wp_pdf_lib *pdf, PopplerPage *page)
{
	char *text = pdf->poppler_page_get_text(page);
	PopplerRectangle *rect = NULL;
	guint nrect = 0;
	if (!text || !pdf->poppler_page_get_text_layout(page, &rect, &nrect))
		return text;
	wp_buf out = WP_BUF_INIT;
	const PopplerRectangle *prev = NULL;
	guint i = 0;
	int line_chars = 0;
	for (const char *s = text; *s; i++) {
		size_t n = wp_str_char_len(s);
		const PopplerRectangle *r = i < nrect ? &rect[i] : NULL;
		if (*s == '\n' && prev && same_line(prev, i + 1 < nrect ? &rect[i + 1] : NULL, s + 1)) {
			/* poppler ended a block, not the line: what follows stands
			 * further along the same line (a label spread wide, a
			 * table's next cell) */
			put_gap(&out, prev, &rect[i + 1], line_chars, s + 1);
			prev = NULL; /* the gap is written once */
			s += n;
			continue;
		}
		if (*s == '\n') {
			prev = NULL;
			line_chars = 0;
		} else if (r && *s != ' ') {
			if (prev && r->y1 < prev->y2 && r->y2 > prev->y1)
				put_gap(&out, prev, r, line_chars, s);
			prev = r;
			line_chars++;
		}
		wp_buf_append(&out, s, n);
		s += n;
	}
	(pdf->g_free)(rect);
	(pdf->g_free)(text);
	char *copy = (pdf->g_strdup)(wp_buf_str(&out));
	wp_buf_free(&out);
	return copy;
}

static PopplerDocument *open_pdf(const struct wp_pdf_lib *pdf, const char *bytes, size_t len, wp_err *err)
{
	GBytes *data = (pdf->g_bytes_new_static)(bytes, len);
	GError *gerr = NULL;
	PopplerDocument *doc = pdf->poppler_document_new_from_bytes(data, NULL, &gerr);
	(pdf->g_bytes_unref)(data);
	if (!doc && gerr && gerr->domain == pdf->poppler_error_quark() && gerr->code == POPPLER_ERROR_ENCRYPTED)
		wp_err_set(err, WP_TR("the PDF is encrypted (password-protected): save it again without a password"));
	else if (!doc)
		wp_err_set(err, WP_TR("the PDF is damaged or cut short: it cannot be opened"));
	if (gerr)
		(pdf->g_error_free)(gerr);
	return doc;
}

int wp_pdf_text(const char *bytes, size_t len, char **text, size_t *text_len, wp_err *err)
{
	*text = NULL;
	struct wp_pdf_lib pdf;
	if (wp_pdf_lib_load(&pdf, err) != 0)
		return -1;
	PopplerDocument *doc = open_pdf(&pdf, bytes, len, err);
	if (!doc)
		return -1;
	int npages = pdf.poppler_document_get_n_pages(doc);
	if (npages > WP_PDF_MAX_PAGES) {
		(pdf.g_object_unref)(doc);
		return wp_err_set(err, WP_TR("the PDF has %d pages, more than a notice (over %d): refused"), npages,
				  WP_PDF_MAX_PAGES);
	}
	struct page *pg = wp_xcalloc(npages > 0 ? (size_t)npages : 1, sizeof *pg);
	size_t total = 0;
	int rc = 0;
	for (int i = 0; i < npages && rc == 0; i++) {
		PopplerPage *page = pdf.poppler_document_get_page(doc, i);
		pg[i].text = page ? page_text(&pdf, page) : NULL;
		if (page)
			(pdf.g_object_unref)(page);
		total += pg[i].text ? strlen(pg[i].text) : 0;
		if (total > WP_NOTICE_MAX_BYTES)
			rc = wp_err_set(err, WP_TR("the PDF holds more text than a notice (over %d bytes)"),
					WP_NOTICE_MAX_BYTES);
		split_lines(&pg[i]);
	}
	(pdf.g_object_unref)(doc);
	if (rc == 0 && text_chars(pg, (size_t)(npages > 0 ? npages : 0)) < MIN_TEXT_CHARS)
		rc = wp_err_set(err, WP_TR("the PDF holds no text (a scanned image?): it needs OCR before it can be read"));
	wp_buf out = WP_BUF_INIT;
	if (rc == 0) {
		drop_page_lines(pg, (size_t)npages);
		for (int i = 0; i < npages; i++)
			for (size_t k = 0; k < pg[i].n; k++)
				wp_buf_printf(&out, "%s\n", pg[i].line[k]);
	}
	for (int i = 0; i < npages; i++) {
		(pdf.g_free)(pg[i].text);
		free(pg[i].line);
	}
	free(pg);
	if (rc != 0) {
		wp_buf_free(&out);
		return -1;
	}
	*text_len = out.len;
	*text = wp_buf_take(&out);
	if (!*text)
		*text = wp_xstrdup("");
	return 0;
}
