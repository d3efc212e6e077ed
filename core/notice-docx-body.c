/* notice-docx-body.c - the text of a .docx's body as it prints: its
 * paragraphs in order, a line each, with their list labels; its tables a
 * row per line, cells apart by a tab (the shape notice-table.c reads).
 *
 * What prints is what is read: tracked insertions are kept and deletions
 * dropped (the document as accepted), hidden text (w:vanish), field codes,
 * footnote and comment marks and drawings are left out; a text box's
 * paragraphs are read before the paragraph it is anchored in. A
 * cell's paragraphs are joined into one cell, spaces and line breaks in it
 * become one space (a wider gap would split the cell), an empty cell is
 * written — (the reader's mark of an empty cell, so the row keeps its
 * columns), and a merged cell is repeated in every column and row it
 * covers (w:gridSpan, w:vMerge), so each row has all its columns. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "notice-docx-lib.h"
#include "notice-docx-parts.h"
#include "notice-heading.h"
#include "notice-text.h"

/* Deeper nesting than this is not a notice (libxml2 stops at 256). */
#define MAX_DEPTH 64
/* Columns a merged cell is remembered in; a wider table still reads. */
#define MAX_GRID 64

struct walk {
	struct wp_docx_numbering *nb; /* NULL: no labels (a page header) */
	size_t max;
	bool over;
};

/* Elements whose text does not print, or is not the body's. */
static bool skipped(const xmlNode *n)
{
	static const char *const names[] = {
		"del", "moveFrom", "pPr", "rPr", "instrText", "delText", "delInstrText", "drawing", "pict",
		"object", "footnoteReference", "endnoteReference", "commentReference", "sdtPr",
		"sdtEndPr", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", NULL};
	if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "AlternateContent") == 0)
		return true;
	for (const char *const *s = names; *s; s++)
		if (wp_docx_is(n, *s))
			return true;
	return false;
}

/* A run formatted hidden (w:vanish, unless its w:val turns it off). */
static bool hidden(const xmlNode *r)
{
	xmlNode *v = wp_docx_child(wp_docx_child(r, "rPr"), "vanish");
	if (!v)
		return false;
	xmlChar *val = wp_docx_val(v);
	bool off = val && (strcmp((const char *)val, "0") == 0 || strcmp((const char *)val, "false") == 0);
	free(val);
	return !off;
}

static void put_text(const xmlNode *t, wp_buf *out)
{
	for (const xmlNode *c = t->children; c; c = c->next)
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
			wp_buf_puts(out, (const char *)c->content);
}

/* The text inside a paragraph (runs, insertions, hyperlinks, fields'
 * results, content controls). */
static void inline_text(const xmlNode *node, wp_buf *out, int depth)
{
	if (depth > MAX_DEPTH)
		return;
	for (const xmlNode *c = node->children; c; c = c->next) {
		if (skipped(c) || wp_docx_is(c, "p") || wp_docx_is(c, "tbl"))
			continue;
		if (wp_docx_is(c, "t"))
			put_text(c, out);
		else if (wp_docx_is(c, "tab") || wp_docx_is(c, "ptab"))
			wp_buf_putc(out, '\t');
		else if (wp_docx_is(c, "br") || wp_docx_is(c, "cr"))
			wp_buf_putc(out, '\n');
		else if (wp_docx_is(c, "noBreakHyphen"))
			wp_buf_putc(out, '-');
		else if (!(wp_docx_is(c, "r") && hidden(c)))
			inline_text(c, out, depth + 1);
	}
}

/* Does text open with a heading number typed by hand (一、 （一） 1 (1))? */
static bool typed_number(const char *text)
{
	int n;
	if (wp_heading_top(text, &n) || wp_heading_item(text, &n))
		return true;
	if (strncmp(text, "（", strlen("（")) == 0)
		text += strlen("（");
	else if (*text == '(')
		text++;
	return *text >= '0' && *text <= '9';
}

/* A paragraph: its list label, else the label its heading style stands
 * for (so a heading set in Word's "Heading 1" style without numbering
 * still opens a section), then its text. */
static void paragraph(struct walk *w, const xmlNode *p, wp_buf *out)
{
	size_t start = out->len;
	wp_docx_numbering_label(w->nb, p, out);
	if (out->len != start) {
		inline_text(p, out, 0);
		return;
	}
	wp_buf text = WP_BUF_INIT;
	inline_text(p, &text, 0);
	const char *t = wp_buf_str(&text);
	if (t[strspn(t, " \t")] && !typed_number(t)) /* a blank heading is not counted */
		wp_docx_heading_label(w->nb, p, out);
	wp_buf_append(out, wp_buf_str(&text), text.len);
	wp_buf_free(&text);
}

/* ---- tables ---------------------------------------------------------------- */

static bool space_at(const char *s, size_t *n)
{
	if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		return (*n = 1);
	if (strncmp(s, "\xe3\x80\x80", 3) == 0) /* U+3000 */
		return (*n = 3);
	if (strncmp(s, "\xc2\xa0", 2) == 0) /* no-break space */
		return (*n = 2);
	return false;
}

/* Adds a paragraph of a cell to the cell: its spaces one, the join a
 * space, or nothing after punctuation that ends a clause (区委宣传部、). */
static void join_part(wp_buf *cell, const char *part)
{
	static const char *const tight[] = {"、", "，", "；", "：", "。", NULL};
	wp_buf clean = WP_BUF_INIT;
	bool gap = false;
	for (const char *s = part; *s;) {
		size_t n;
		if (space_at(s, &n)) {
			gap = clean.len > 0;
			s += n;
			continue;
		}
		if (gap)
			wp_buf_putc(&clean, ' ');
		gap = false;
		wp_buf_putc(&clean, *s++);
	}
	if (clean.len) {
		bool after_punct = false;
		for (const char *const *t = tight; *t && cell->len; t++) {
			size_t n = strlen(*t);
			after_punct = after_punct || (cell->len >= n && memcmp(cell->data + cell->len - n, *t, n) == 0);
		}
		if (cell->len && !after_punct)
			wp_buf_putc(cell, ' ');
		wp_buf_puts(cell, wp_buf_str(&clean));
	}
	wp_buf_free(&clean);
}

/* The paragraphs of a cell, a table inside it read the same way. */
static void cell_text(struct walk *w, const xmlNode *node, wp_buf *cell, int depth)
{
	if (depth > MAX_DEPTH)
		return;
	for (const xmlNode *c = node->children; c && cell->len <= w->max; c = c->next) {
		if (skipped(c))
			continue;
		if (wp_docx_is(c, "p")) {
			wp_buf part = WP_BUF_INIT;
			paragraph(w, c, &part);
			join_part(cell, wp_buf_str(&part));
			wp_buf_free(&part);
		} else {
			cell_text(w, c, cell, depth + 1);
		}
	}
}

struct table {
	char *above[MAX_GRID]; /* the text of the cell that opened a vertical merge */
	size_t cells;	       /* written in the row so far */
};

static void put_cell(struct table *t, const char *text, int span, wp_buf *out)
{
	for (int s = 0; s < span; s++) {
		if (t->cells++)
			wp_buf_putc(out, '\t');
		wp_buf_puts(out, *text ? text : "—");
	}
}

static void cell(struct walk *w, struct table *t, const xmlNode *tc, int *col, wp_buf *out)
{
	xmlNode *pr = wp_docx_child(tc, "tcPr");
	int span = wp_docx_int_val(wp_docx_child(pr, "gridSpan"), 1);
	span = span < 1 ? 1 : span > MAX_GRID ? MAX_GRID : span;
	xmlNode *vm = wp_docx_child(pr, "vMerge");
	xmlChar *how = wp_docx_val(vm);
	bool continued = vm && !(how && strcmp((const char *)how, "restart") == 0);
	free(how);
	bool remembered = *col < MAX_GRID;
	if (continued && remembered && t->above[*col]) {
		put_cell(t, t->above[*col], span, out);
	} else {
		wp_buf text = WP_BUF_INIT;
		cell_text(w, tc, &text, 0);
		if (remembered) {
			free(t->above[*col]);
			t->above[*col] = wp_xstrdup(wp_buf_str(&text));
		}
		put_cell(t, wp_buf_str(&text), span, out);
		wp_buf_free(&text);
	}
	*col += span;
}

/* The cells of a row (maybe inside content controls). */
static void cells(struct walk *w, struct table *t, const xmlNode *node, int *col, wp_buf *out, int depth)
{
	for (const xmlNode *c = node->children; c && depth <= MAX_DEPTH; c = c->next) {
		if (skipped(c))
			continue;
		if (wp_docx_is(c, "tc"))
			cell(w, t, c, col, out);
		else
			cells(w, t, c, col, out, depth + 1);
	}
}

static void rows(struct walk *w, struct table *t, const xmlNode *node, wp_buf *out, int depth)
{
	for (const xmlNode *c = node->children; c && depth <= MAX_DEPTH && !w->over; c = c->next) {
		if (skipped(c))
			continue;
		if (wp_docx_is(c, "tr")) {
			int col = wp_docx_int_val(wp_docx_child(wp_docx_child(c, "trPr"), "gridBefore"), 0);
			col = col < 0 ? 0 : col > MAX_GRID ? MAX_GRID : col;
			t->cells = 0;
			cells(w, t, c, &col, out, 0);
			if (t->cells)
				wp_buf_putc(out, '\n');
			w->over = out->len > w->max;
		} else {
			rows(w, t, c, out, depth + 1);
		}
	}
}

static void table(struct walk *w, const xmlNode *tbl, wp_buf *out)
{
	struct table t = {.cells = 0};
	rows(w, &t, tbl, out, 0);
	for (size_t k = 0; k < MAX_GRID; k++)
		free(t.above[k]);
}

/* ---- the body ------------------------------------------------------------------ */

static void blocks(struct walk *w, const xmlNode *node, wp_buf *out, int depth);

/* The text boxes anchored in a paragraph, each of their paragraphs a
 * line, before the paragraph's own: a red header (某某县市场监督管理局文件)
 * or a document number is often set in one. Word writes a box twice, as a
 * drawing and again as VML for older readers (mc:AlternateContent's
 * Choice and Fallback): the fallback is not read, so the text comes once.
 * What was deleted with tracked changes stays out. */
static void text_boxes(struct walk *w, const xmlNode *node, wp_buf *out, int depth)
{
	for (const xmlNode *c = node->children; c && depth <= MAX_DEPTH && !w->over; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || strcmp((const char *)c->name, "Fallback") == 0 ||
		    wp_docx_is(c, "del") || wp_docx_is(c, "moveFrom"))
			continue;
		if (wp_docx_is(c, "txbxContent"))
			blocks(w, c, out, depth + 1);
		else
			text_boxes(w, c, out, depth + 1);
	}
}

static void blocks(struct walk *w, const xmlNode *node, wp_buf *out, int depth)
{
	for (const xmlNode *c = node->children; c && depth <= MAX_DEPTH && !w->over; c = c->next) {
		if (wp_docx_is(c, "p")) {
			text_boxes(w, c, out, depth + 1);
			paragraph(w, c, out);
			wp_buf_putc(out, '\n');
		} else if (wp_docx_is(c, "tbl")) {
			table(w, c, out);
		} else if (!skipped(c)) {
			blocks(w, c, out, depth + 1); /* w:sdt, w:customXml ... */
		}
		w->over = w->over || out->len > w->max;
	}
}

int wp_docx_body_text(xmlDoc *doc, struct wp_docx_numbering *nb, size_t max, wp_buf *out, wp_err *err)
{
	struct walk w = {.nb = nb, .max = max};
	xmlNode *root = wp_docx_root(doc);
	xmlNode *body = wp_docx_child(root, "body");
	if (!wp_docx_is(root, "document") || !body)
		return wp_err_set(err, WP_TR("the .docx has no document body (word/document.xml is not a Word document)"));
	blocks(&w, body, out, 0);
	if (w.over)
		return wp_err_set(err, WP_TR("the .docx holds more text than a notice (over %zu bytes)"), max);
	return 0;
}

void wp_docx_plain_text(xmlDoc *doc, wp_buf *out)
{
	struct walk w = {.nb = NULL, .max = 64 * 1024};
	xmlNode *root = wp_docx_root(doc);
	if (root)
		blocks(&w, root, out, 0);
}
