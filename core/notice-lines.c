/* notice-lines.c - the clean lines of a notice joined into paragraphs:
 * see notice-lines.h. The numbers that open headings, which tell where a
 * paragraph starts, are read by notice-heading.c; the genre's labels come
 * from the vocabulary (notice-words.h); the widths the text was cut at
 * are measured by notice-wrap.c; the signs on a line that it starts or
 * ends a block (a heading, a label, a sentence's end) are
 * notice-line-signs.c's. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-date.h"
#include "notice-heading.h"
#include "notice-footnotes.h"
#include "notice-line.h"
#include "notice-lines.h"
#include "notice-lines-para.h"
#include "notice-onespace.h"
#include "notice-wrap.h"
#include "notice-words.h"
#include "text.h"

static void push_para(wp_ntext *t, size_t *cap, struct open_para *o)
{
	if (o->text.len == 0)
		return;
	wp_nline_step(o->work, 1);
	if (t->n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		t->para = wp_xrealloc(t->para, *cap * sizeof *t->para);
	}
	t->para[t->n++] = wp_buf_take(&o->text);
	o->width = o->last_width = o->open_brackets = o->open_quotes = 0;
	o->last_rest = false;
	o->has_comma = o->has_full_comma = o->has_period = o->label = o->leader = false;
}

/* Are a and b the same line but for their ASCII digits (a count, a time,
 * a page's number) and spaces (the copy's cleaning squeezes them), the
 * digits differing somewhere? */
static bool same_but_digits(const char *a, const char *b)
{
	bool differ = false;
	for (;;) {
		while (*a == ' ')
			a++;
		while (*b == ' ')
			b++;
		if (!*a || !*b)
			break;
		bool da = *a >= '0' && *a <= '9', db = *b >= '0' && *b <= '9';
		if (da != db || (!da && *a != *b))
			return false;
		differ = differ || *a != *b;
		a++, b++;
	}
	return differ && !*a && !*b;
}

/* The marks of a sentence, which no page's head holds. */
static const char *const sentence_marks[] = {"，", "。", "；", "：", NULL};

/* Is line two short parts four wide spaces apart or more, with no
 * sentence's mark (区政府办公室文件　　　　　　桐湖区人民政府公报)? */
static bool running_head(const char *line)
{
	const char *const *marks = sentence_marks;
	const char *gap = wp_str_find(line, "　　　　");
	if (!gap || gap == line)
		return false;
	const char *right = gap;
	while (wp_str_skip(&right, "　"))
		;
	if (!*right || wp_str_find(right, "　　") || wp_text_width(line) > 80)
		return false;
	for (const char *const *m = marks; *m; m++)
		if (wp_str_find(line, *m))
			return false;
	return true;
}

/* Can line head each page: a title's length (six characters at least:
 * not a table's 序号 that opens each record), no sentence's mark? */
static bool heads_page(const char *line)
{
	return wp_text_width(line) >= 12 && wp_text_width(line) <= 80 &&
	       wp_str_span_upto(line, sentence_marks) == strlen(line);
}

/* *line (its text at p, after its indent) with the text replaced by
 * text (freed): the indent stays. Returns where the text starts in the
 * new *line. */
static const char *keep_indent(char **line, const char *p, char *text)
{
	size_t indent_len = (size_t)(p - *line);
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%.*s%s", (int)indent_len, *line, text);
	free(text);
	free(*line);
	*line = wp_buf_take(&b);
	return *line + indent_len;
}

/* The first line of a page (p, after its indent) when it is the page's
 * furniture, repeated atop each page: true when it is, and is no text. */
static bool page_furniture(const wp_ntext *t, struct open_para *o, const char *p)
{
	o->after_page = false;
	wp_nline_step(o->work, strlen(p) + 1); /* compared with the first paragraph */
	if (t->n && strcmp(t->para[0], p) == 0)
		return true;
	/* 桐湖区人民政府公报　　　　　　2026年第9期: a gazette's or a
	 * journal's running head, its two parts far apart */
	if (running_head(p))
		return true;
	/* APR/14/2026 TUE 16:52  FAX …  P.002/006: a fax machine's
	 * line atop each page, its time and page number counting on;
	 * the first page's opens the text, no document's line either */
	if (t->n && same_but_digits(t->para[0], p)) {
		o->header_first = true;
		return true;
	}
	/* — 3 — then 泗湄县2026年…活动方案: the plan's own title atop each
	 * page after the cover, as it stood atop the first such page */
	if (o->head && strcmp(o->head, p) == 0)
		return true;
	if (!o->paged && heads_page(p))
		o->head = wp_xstrdup(p);
	o->paged = true;
	return false;
}

/* A table row's line p with its tabs made two spaces each. Caller frees. */
static char *cells_spaced(const char *p, wp_nline_work *work)
{
	/* a tab becomes two spaces: cells stay apart by a run of
	 * spaces even where a cell holds one (4月20日 上午9:00); an
	 * empty cell between two tabs, or after the last, is written
	 * — (as an empty cell often is), or the run of spaces would
	 * hide it and the cells after it would shift */
	wp_buf b = WP_BUF_INIT;
	bool inside = false; /* past the line's first cell */
	for (const char *c = p; *c && wp_nline_step(work, 1); c++) {
		if (*c != '\t') {
			inside = true;
			wp_buf_putc(&b, *c);
			continue;
		}
		wp_buf_puts(&b, "  ");
		if (inside && (c[1] == '\t' || c[1] == '\0'))
			wp_buf_puts(&b, "—");
	}
	return wp_buf_take(&b);
}

/* Puts line l on the paragraph being built, or ends that paragraph and
 * starts one with it, as the judge says. */
static void join_line(wp_ntext *t, size_t *cap, struct open_para *o, const struct wp_nline_seen *l)
{
	wp_nline_work *work = o->work;
	const char *clean = l->clean;
	struct wp_npara_verdict v;
	wp_npara_judge(o, l, &v);
	if (l->row || o->row || !v.goes_on)
		push_para(t, cap, o);
	/* 手机：153 | 3533 8127, 手机：153 3533 | 8127: a wrap that cut a
	 * mobile number in groups at a space left it at the start of the next
	 * line, or dropped it at the end of this one; the number keeps it */
	bool digit_before = o->text.len && o->text.data[o->text.len - 1] >= '0' &&
			    o->text.data[o->text.len - 1] <= '9';
	if (digit_before && wp_nline_mobile_across(o->text.data, o->text.len, clean, work))
		wp_buf_putc(&o->text, ' ');
	bool joins = o->text.len > 0;
	/* a copy whose wrapped rests start at the margin indents only the
	 * first lines of its paragraphs (not one indenting every line) */
	if (joins && !l->indented && o->para_indented)
		o->rests_at_margin = true;
	if (!joins) {
		o->para_indented = l->indented;
		o->event = v.event_spaced >= 0 ? v.event_spaced == 1 : wp_nline_spaced_event(clean, work);
	}
	int top;
	wp_nline_step(work, 1); /* the look-up of a heading's number */
	if (!joins && wp_heading_top(clean, &top))
		o->last_top = top;
	wp_npara_append(o, clean);
	o->leader = o->leader || v.leader || v.under_entry;
	o->last_rest = v.cut_rest && joins;
	o->last_indent = l->indent;
	o->row = l->row;
	o->after_blank = false;
}

/* The labels spaced out in *trimmed (its text at *p, after its indent)
 * unspaced, *trimmed and *p moved to the new line; true when the line
 * opens with such a label, whose line keeps *label_indent, the indent it
 * had. */
static bool unspace_labels(char **trimmed, const char **p, int *label_indent, wp_nline_work *work)
{
	/* 组  长：…  巴特尔 with the 副组长 line under it indented alike: the
	 * label line, its spaces unspaced, keeps the indent it had, or the
	 * line under it would seem further in, the rest of a cell */
	*label_indent = wp_text_width_n(*trimmed, (size_t)(*p - *trimmed));
	/* 电　话：X　　手　机：Y: labels spaced out inside the line (the
	 * indent before them stays as it was) */
	char *inner = wp_nline_unspaced_inner_labels(*trimmed, work);
	if (inner) {
		size_t indent_len = (size_t)(*p - *trimmed);
		free(*trimmed);
		*trimmed = inner;
		*p = *trimmed + indent_len;
	}
	/* - 组　长：… in a Markdown list: the label after the bullet */
	size_t bullet = wp_str_starts(*p, "- ") ? 2 : 0;
	char *label = wp_nline_unspaced_label(*p + bullet, work);
	if (label && bullet) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "- %s", label);
		free(label);
		label = wp_buf_take(&b);
	}
	if (!label)
		return false;
	free(*trimmed);
	*trimmed = label;
	*p = *trimmed;
	return true;
}

/* Is the line trimmed (its text at *p, after an indent of indent
 * columns) a table row or the rest of one's cell? *p moved back to the
 * line's start where its indent says the cell's column. */
static bool row_line(const struct open_para *o, const char *trimmed, const char **p, int indent, wp_nline_work *work)
{
	bool row = wp_nline_table_row(*p, work);
	/* 3→“…专题培训暨→4月22日… / →质押融资银企对接会: under a row copied
	 * from Word, a line opening with tabs is the rest of the cell they
	 * count to; the tabs stay, the row mender places it */
	int heading_no;
	if (!row && o->row && *p > trimmed && strspn(trimmed, "\t") == (size_t)(*p - trimmed) &&
	    !wp_heading_top(*p, &heading_no) && !wp_heading_item(*p, &heading_no)) /* \t三、工作要求 heads on */
		row = true, *p = trimmed;
	if (!row && o->row && *p - trimmed >= 8 && strspn(trimmed, " ") == (size_t)(*p - trimmed))
		row = true, *p = trimmed;
	/* a pdftotext -layout copy wraps several cells of a row at once: the
	 * rest of each sits under its own column on a line further in than
	 * the row (全国生态日启动仪式暨 / “美丽柳湾”主题宣传  上午9:00  区文明办);
	 * that line keeps its indent too, unless it opens the next row, or
	 * opens with a label (    组  长：…院长  张三 / 副组长：…副院长  陈立国:
	 * two label lines, each spaced within) */
	else if (row && o->row && indent >= 4 && indent > o->last_indent &&
		 strspn(trimmed, " ") == (size_t)(*p - trimmed) && !wp_nline_row_number_first(*p) &&
		 !wp_nline_label_first(*p, work))
		*p = trimmed;
	return row;
}

/* Adds one line to the paragraphs. Its work is a fixed number of passes
 * over the line and looks back into the paragraph no further than a
 * label or a mobile number, each counted in o->work. */
static void add_line(wp_ntext *t, size_t *cap, struct open_para *o, const char *line)
{
	wp_nline_work *work = o->work;
	if (strcmp(line, WP_NLINES_BREAK) == 0) {
		push_para(t, cap, o);
		o->after_blank = true;
		return;
	}
	wp_nline_step(work, 2 * strlen(line)); /* copied, trimmed */
	char *trimmed = wp_str_trim_end(line, NULL);
	const char *p = trimmed;
	while ((*p == ' ' || *p == '\t' || wp_str_starts(p, "\xe3\x80\x80")) && wp_nline_step(work, 1))
		p += *p == ' ' || *p == '\t' ? 1 : 3;
	wp_nline_step(work, 2 * strlen(p)); /* a page number, a drawn rule, looked for */
	/* > 创建：…, [邮箱](mailto:…), <p align="right">, ~~3月24日~~: a web
	 * editor's marks, taken off first; a line of nothing else ([TOC],
	 * <!-- 内部 -->) is no line */
	char *inline_plain = wp_nline_md_inline(p, work);
	if (inline_plain && !*inline_plain) {
		free(inline_plain);
		free(trimmed);
		return;
	}
	if (inline_plain)
		p = keep_indent(&trimmed, p, inline_plain);
	if (wp_nline_md_chrome(p)) {
		free(trimmed);
		return;
	}
	/* ├───┼───┤ between the rows of a drawn table: a row's lines are
	 * told from the next row's by its blank first cell (see the table
	 * reader), as in a barred table */
	if (wp_nline_box_rule(p) || wp_nline_md_rule(p) || wp_nline_ocr_rule(p)) {
		free(trimmed);
		return;
	}
	/* **一、活动主题**, # 关于…的通知: a Markdown copy's marks are no text;
	 * the indent before them stays */
	char *plain = wp_nline_md_plain(p, work);
	if (plain)
		p = keep_indent(&trimmed, p, plain);
	if (wp_nline_page_number(p)) {
		o->after_page = true;
		o->after_blank = false;
		wp_nfoot_end_note(&o->foot);
		free(trimmed);
		return;
	}
	/* — 1 — then 桐原市科学技术协会文件: a copy of a PDF repeats the
	 * document's first line atop each page, a running header */
	if (*p && o->after_page && page_furniture(t, o, p)) {
		free(trimmed);
		return;
	}
	/* ①健康小屋：指… at a page's foot: the note of a word marked above */
	if (wp_nfoot_skip(&o->foot, p, o->after_blank, work)) {
		free(trimmed);
		return;
	}
	wp_nfoot_see(&o->foot, p, work);
	wp_nline_step(work, 2 * strlen(p)); /* its bars looked for, copied */
	char *bars = wp_nline_box_bars(p);
	if (!bars)
		bars = wp_nline_keycap_number(p);
	if (bars) {
		free(trimmed);
		trimmed = bars;
		p = trimmed;
	}
	int label_indent;
	bool label = unspace_labels(&trimmed, &p, &label_indent, work);
	/* A table row is a paragraph of its own, never joined to another;
	 * its cells stay apart by spaces. A line under a row indented by
	 * spaces far into it is the rest of one of its cells (区餐饮 /
	 * 行业协会): it keeps its indent, which says the cell's column. */
	bool indented = p != trimmed;
	wp_nline_step(work, 2 * (size_t)(p - trimmed)); /* the indent's width, its spaces */
	int indent = label ? label_indent : wp_text_width_n(trimmed, (size_t)(p - trimmed));
	wp_nline_step(work, 1);
	int first_char = wp_text_width_n(trimmed, wp_str_char_len(trimmed)); /* the indent's, if any */
	bool row = row_line(o, trimmed, &p, indent, work);
	char *spaced = row ? cells_spaced(p, work) : NULL;
	if (spaced)
		p = spaced;
	if (!*p) {
		/* the blank lines around a page number are the page's, no
		 * paragraph's end */
		o->after_blank = !o->after_page;
		wp_nfoot_end_note(&o->foot);
		free(trimmed);
		return;
	}
	char *squeezed = wp_nline_squeeze_spaces(p, work);
	wp_nline_step(work, strlen(squeezed) * 2); /* measured, its dates' numerals read */
	char *clean = wp_ndate_digits(squeezed); /* 二〇二四年四月十五日 */
	free(squeezed);
	free(trimmed);
	free(spaced);
	struct wp_nline_seen seen = {clean, indented, row, indent, first_char};
	join_line(t, cap, o, &seen);
	free(clean);
}

struct wp_nlines {
	struct open_para open;
	size_t cap;	    /* of the paragraphs of the text being built */
	wp_nline_work work; /* open.work points here */
	struct wp_onespace onespace; /* a table parted by single spaces */
};

wp_nlines *wp_nlines_new(const char *text, size_t budget)
{
	wp_nlines *j = wp_xmalloc(sizeof *j);
	*j = (wp_nlines){.work = {.budget = budget}};
	wp_nwrap cut = wp_nwrap_measure(text, &j->work);
	j->open = (struct open_para){.text = WP_BUF_INIT, .work = &j->work, .wrap = cut.width,
				     .first_cut = cut.first_cut};
	return j;
}

/* Once the budget is spent, no line is looked at: the paragraphs are no
 * reading of the text, and the caller drops them. */
static bool within_budget(const wp_nlines *j)
{
	return j->work.steps <= j->work.budget;
}

int wp_nlines_add(wp_nlines *j, wp_ntext *out, const char *line)
{
	/* 名称<br>地点：…: a break outside a bar table's cell ends a line */
	char *broken = within_budget(j) ? wp_nline_md_breaks(line, &j->work) : NULL;
	if (broken) {
		for (char *piece = broken, *nl; piece && within_budget(j); piece = nl ? nl + 1 : NULL) {
			nl = strchr(piece, '\n');
			if (nl)
				*nl = '\0';
			add_line(out, &j->cap, &j->open, piece);
		}
		free(broken);
	} else if (within_budget(j)) {
		char *row = wp_onespace_line(&j->onespace, line, &j->work);
		add_line(out, &j->cap, &j->open, row ? row : line);
		free(row);
	}
	return within_budget(j) ? 0 : -1;
}

int wp_nlines_end(wp_nlines *j, wp_ntext *out)
{
	if (within_budget(j))
		push_para(out, &j->cap, &j->open);
	wp_nfoot_strip(&j->open.foot, out, &j->work);
	if (j->open.header_first && out->n) {
		free(out->para[0]);
		memmove(out->para, out->para + 1, (out->n - 1) * sizeof *out->para);
		out->n--;
	}
	return within_budget(j) ? 0 : -1;
}

size_t wp_nlines_steps(const wp_nlines *j)
{
	return j->work.steps;
}

void wp_nlines_free(wp_nlines *j)
{
	if (!j)
		return;
	wp_buf_free(&j->open.text);
	free(j->open.head);
	free(j);
}
