/* notice-docx-numbering.c - Word's automatic list numbering, rendered as
 * it prints.
 *
 * A notice's headings 一、（一）1.（1） are often not text in a .docx but
 * a list: the paragraph names a list (w:numPr: numId and level ilvl),
 * numbering.xml says how each level prints (w:lvlText "%1、" with the
 * format of %1, w:numFmt chineseCounting) and where it starts, and Word
 * counts. Without the labels the reader sees no heading at all, so they
 * are written into the text here, counted the way Word counts:
 *   - a level's counter starts at w:start, goes up by one per paragraph,
 *     and starts again when a level above it is used (or only the levels
 *     above w:lvlRestart; 0: never);
 *   - lists (w:num) of one definition (w:abstractNum) share their
 *     counters, as Word does, unless the list overrides a start
 *     (w:lvlOverride/w:startOverride): then it counts on its own from it;
 *   - a paragraph style may carry the numbering (Heading 1 linked to a
 *     list): its w:numPr, through w:basedOn, applies when the paragraph
 *     has none.
 * Simplifications: w:isLgl reads every %N as decimal; w:numStyleLink,
 * picture bullets and legacy numbering are not followed (such a list
 * prints no label here). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "notice-docx-lib.h"
#include "notice-docx-parts.h"

#define LEVELS 9
#define STYLE_DEPTH 10

bool wp_docx_is(const xmlNode *node, const char *name)
{
	return node && node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
	       strcmp((const char *)node->ns->href, WP_DOCX_NS) == 0 &&
	       strcmp((const char *)node->name, name) == 0;
}

xmlNode *wp_docx_child(const xmlNode *node, const char *name)
{
	for (xmlNode *c = node ? node->children : NULL; c; c = c->next)
		if (wp_docx_is(c, name))
			return c;
	return NULL;
}

xmlChar *wp_docx_val(const xmlNode *node)
{
	return node ? wp_docx_prop(node, "val", WP_DOCX_NS) : NULL;
}

int wp_docx_int_val(const xmlNode *node, int def)
{
	xmlChar *v = wp_docx_val(node);
	if (!v)
		return def;
	char *end;
	long n = strtol((const char *)v, &end, 10);
	bool ok = end != (char *)v && *end == '\0' && n > -100000 && n < 100000;
	free(v);
	return ok ? (int)n : def;
}

/* ---- number formats ------------------------------------------------------ */

static const char *const cn_digit[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
static const char *const legal_digit[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

/* 一, 十, 十一, 二十三, 一百零五, 一千二百: chineseCounting and its kin
 * (digits and units given; ten_alone: 十 not 一十 for 10 to 19; a
 * zero inside the number reads zero_word: 一百零五). */
static void counting(int n, const char *const *digit, const char *const *unit, bool ten_alone,
		     const char *zero_word, wp_buf *out)
{
	if (n == 0) {
		wp_buf_puts(out, digit[0]);
		return;
	}
	int place[4] = {n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10};
	bool started = false, zero = false;
	for (int k = 0; k < 4; k++) {
		if (place[k] == 0) {
			zero = started;
			continue;
		}
		if (zero)
			wp_buf_puts(out, zero_word);
		zero = false;
		if (!(k == 2 && place[k] == 1 && !started && ten_alone))
			wp_buf_puts(out, digit[place[k]]);
		if (k < 3)
			wp_buf_puts(out, unit[k]);
		started = true;
	}
}

static void letters(int n, char first, wp_buf *out)
{
	/* a..z, then aa..zz, as Word does */
	int times = (n - 1) / 26 + 1;
	for (int k = 0; k < times && k < 10; k++)
		wp_buf_putc(out, (char)(first + (n - 1) % 26));
}

static void roman(int n, bool upper, wp_buf *out)
{
	static const struct {
		int v;
		const char *s;
	} r[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
		 {40, "xl"},  {10, "x"},    {9, "ix"},   {5, "v"},    {4, "iv"},   {1, "i"}};
	for (size_t k = 0; k < sizeof r / sizeof *r; k++)
		for (; n >= r[k].v; n -= r[k].v)
			for (const char *c = r[k].s; *c; c++)
				wp_buf_putc(out, upper ? (char)(*c - 'a' + 'A') : *c);
}

/* U+base+n-1 for n in 1..count (①, ⑴, ⒈), else decimal. */
static void enclosed(int n, unsigned base, int count, wp_buf *out)
{
	if (n < 1 || n > count) {
		wp_buf_printf(out, "%d", n);
		return;
	}
	unsigned cp = base + (unsigned)n - 1;
	wp_buf_putc(out, (char)(0xe0 | (cp >> 12)));
	wp_buf_putc(out, (char)(0x80 | ((cp >> 6) & 0x3f)));
	wp_buf_putc(out, (char)(0x80 | (cp & 0x3f)));
}

void wp_docx_format_number(const char *fmt, int n, wp_buf *out)
{
	static const char *const cn_unit[] = {"千", "百", "十"};
	static const char *const legal_unit[] = {"仟", "佰", "拾"};
	bool small = n >= 0 && n < 10000;
	if (!fmt)
		fmt = "decimal";
	if (small && (strcmp(fmt, "chineseCounting") == 0 || strcmp(fmt, "chineseCountingThousand") == 0 ||
		      strcmp(fmt, "taiwaneseCounting") == 0 || strcmp(fmt, "taiwaneseCountingThousand") == 0 ||
		      strcmp(fmt, "japaneseCounting") == 0))
		counting(n, cn_digit, cn_unit, true, "零", out);
	else if (small && strcmp(fmt, "chineseLegalSimplified") == 0)
		counting(n, legal_digit, legal_unit, false, "零", out);
	else if (n >= 0 && (strcmp(fmt, "ideographDigital") == 0 || strcmp(fmt, "taiwaneseDigital") == 0)) {
		char digits[16];
		snprintf(digits, sizeof digits, "%d", n);
		for (const char *d = digits; *d; d++)
			wp_buf_puts(out, cn_digit[*d - '0']);
	} else if (n >= 0 && (strcmp(fmt, "decimalFullWidth") == 0 || strcmp(fmt, "decimalFullWidth2") == 0)) {
		char digits[16];
		snprintf(digits, sizeof digits, "%d", n);
		for (const char *d = digits; *d; d++)
			enclosed(*d - '0' + 1, 0xff10, 10, out); /* ０..９ */
	} else if (strcmp(fmt, "decimalEnclosedCircle") == 0 || strcmp(fmt, "decimalEnclosedCircleChinese") == 0)
		enclosed(n, 0x2460, 20, out);
	else if (strcmp(fmt, "decimalEnclosedParen") == 0)
		enclosed(n, 0x2474, 20, out);
	else if (strcmp(fmt, "decimalEnclosedFullstop") == 0)
		enclosed(n, 0x2488, 20, out);
	else if (n > 0 && (strcmp(fmt, "lowerLetter") == 0 || strcmp(fmt, "upperLetter") == 0))
		letters(n, fmt[0] == 'l' ? 'a' : 'A', out);
	else if (n > 0 && n < 4000 && (strcmp(fmt, "lowerRoman") == 0 || strcmp(fmt, "upperRoman") == 0))
		roman(n, fmt[0] == 'u', out);
	else if (strcmp(fmt, "decimalZero") == 0)
		wp_buf_printf(out, "%02d", n);
	else
		wp_buf_printf(out, "%d", n);
}

/* ---- the lists ------------------------------------------------------------ */

enum suffix { SUFFIX_TAB, SUFFIX_SPACE, SUFFIX_NOTHING };

struct level {
	int start;
	int restart; /* w:lvlRestart: -1 when absent (any level above restarts it) */
	char *fmt;   /* w:numFmt (owned; NULL: decimal) */
	char *text;  /* w:lvlText (owned; NULL: no label) */
	enum suffix suffix;
	bool legal;
};

/* Counters of one list: a level not yet used prints its start. */
struct counters {
	int count[LEVELS];
	bool used[LEVELS];
};

struct abstract {
	int id;
	struct level lvl[LEVELS];
	struct counters c;
};

struct num {
	int id;
	struct abstract *abs;
	bool own; /* a start overridden: counts on its own */
	struct counters c;
};

struct style {
	char *id, *based_on; /* owned */
	int num, ilvl;	     /* -1: not given by this style (ilvl may be without num) */
	int outline;	     /* 0-based outline level (w:outlineLvl, "heading N"); -1: none given */
};

/* Outline levels given a label when a heading style has no numbering. */
#define HEADING_LEVELS 4

struct wp_docx_numbering {
	struct abstract *abs;
	size_t nabs;
	struct num *num; /* sorted by id */
	size_t nnum;
	struct style *style; /* sorted by id */
	size_t nstyle;
	int heading[HEADING_LEVELS]; /* the unnumbered headings counted so far */
};

static char *val_copy(const xmlNode *node)
{
	xmlChar *v = wp_docx_val(node);
	char *s = v ? wp_xstrdup((const char *)v) : NULL;
	free(v);
	return s;
}

static void read_level(struct level *l, const xmlNode *lvl)
{
	l->start = wp_docx_int_val(wp_docx_child(lvl, "start"), 1);
	l->restart = wp_docx_int_val(wp_docx_child(lvl, "lvlRestart"), -1);
	free(l->fmt);
	free(l->text);
	l->fmt = val_copy(wp_docx_child(lvl, "numFmt"));
	l->text = val_copy(wp_docx_child(lvl, "lvlText"));
	char *suff = val_copy(wp_docx_child(lvl, "suff"));
	l->suffix = !suff ? SUFFIX_TAB : strcmp(suff, "space") == 0 ? SUFFIX_SPACE
				     : strcmp(suff, "nothing") == 0 ? SUFFIX_NOTHING : SUFFIX_TAB;
	free(suff);
	xmlNode *legal = wp_docx_child(lvl, "isLgl");
	l->legal = legal != NULL;
}

static xmlChar *attr(const xmlNode *node, const char *name)
{
	return wp_docx_prop(node, name, WP_DOCX_NS);
}

static int int_attr(const xmlNode *node, const char *name, int def)
{
	xmlChar *v = attr(node, name);
	int n = v ? atoi((const char *)v) : def;
	free(v);
	return n;
}

static struct abstract *find_abstract(struct wp_docx_numbering *nb, int id)
{
	for (size_t i = 0; i < nb->nabs; i++)
		if (nb->abs[i].id == id)
			return &nb->abs[i];
	return NULL;
}

static void read_abstracts(struct wp_docx_numbering *nb, const xmlNode *root)
{
	size_t cap = 0;
	for (xmlNode *a = root->children; a && nb->nabs < WP_DOCX_MAX_LISTS; a = a->next) {
		if (!wp_docx_is(a, "abstractNum"))
			continue;
		if (nb->nabs == cap) {
			cap = cap ? cap * 2 : 16;
			nb->abs = wp_xrealloc(nb->abs, cap * sizeof *nb->abs);
		}
		struct abstract *abs = &nb->abs[nb->nabs++];
		memset(abs, 0, sizeof *abs);
		abs->id = int_attr(a, "abstractNumId", -1);
		for (int k = 0; k < LEVELS; k++)
			abs->lvl[k] = (struct level){.start = 1, .restart = -1};
		for (xmlNode *l = a->children; l; l = l->next) {
			int ilvl = wp_docx_is(l, "lvl") ? int_attr(l, "ilvl", -1) : -1;
			if (ilvl >= 0 && ilvl < LEVELS)
				read_level(&abs->lvl[ilvl], l);
		}
	}
}

static int by_num_id(const void *a, const void *b)
{
	const struct num *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

/* The lists after their definitions (a list points into nb->abs, which
 * is complete by then). */
static void read_nums(struct wp_docx_numbering *nb, const xmlNode *root)
{
	size_t cap = 0;
	for (xmlNode *n = root->children; n && nb->nnum < WP_DOCX_MAX_LISTS; n = n->next) {
		if (!wp_docx_is(n, "num"))
			continue;
		struct abstract *abs = find_abstract(nb, wp_docx_int_val(wp_docx_child(n, "abstractNumId"), -1));
		if (!abs)
			continue;
		if (nb->nnum == cap) {
			cap = cap ? cap * 2 : 16;
			nb->num = wp_xrealloc(nb->num, cap * sizeof *nb->num);
		}
		struct num *num = &nb->num[nb->nnum++];
		*num = (struct num){.id = int_attr(n, "numId", -1), .abs = abs};
		for (xmlNode *o = n->children; o; o = o->next) {
			int ilvl = wp_docx_is(o, "lvlOverride") ? int_attr(o, "ilvl", -1) : -1;
			xmlNode *start = ilvl >= 0 && ilvl < LEVELS ? wp_docx_child(o, "startOverride") : NULL;
			if (!start)
				continue;
			num->own = true;
			/* the first use of the level prints the overridden start */
			num->c.count[ilvl] = wp_docx_int_val(start, 1) - 1;
			num->c.used[ilvl] = true;
		}
	}
	if (nb->nnum)
		qsort(nb->num, nb->nnum, sizeof *nb->num, by_num_id);
}

static int by_style_id(const void *a, const void *b)
{
	return strcmp(((const struct style *)a)->id, ((const struct style *)b)->id);
}

static struct style *find_style(struct wp_docx_numbering *nb, const char *id)
{
	struct style key = {.id = (char *)id};
	return nb->nstyle ? bsearch(&key, nb->style, nb->nstyle, sizeof *nb->style, by_style_id) : NULL;
}

/* The outline level a style gives: its w:outlineLvl, else the one its
 * name says (Word's built-in "heading 1" ... "heading 9", the names
 * styles.xml keeps whatever language Word shows them in). */
static int style_outline(const xmlNode *s)
{
	int lvl = wp_docx_int_val(wp_docx_child(wp_docx_child(s, "pPr"), "outlineLvl"), -1);
	if (lvl >= 0)
		return lvl;
	xmlChar *name = wp_docx_val(wp_docx_child(s, "name"));
	int n = -1;
	if (name && strncasecmp((const char *)name, "heading ", 8) == 0) {
		const char *d = (const char *)name + 8;
		if (d[0] >= '1' && d[0] <= '9' && d[1] == '\0')
			n = d[0] - '1';
	}
	free(name);
	return n;
}

/* Paragraph styles, with the numbering they give (their own or, through
 * w:basedOn, one they inherit). */
static void read_styles(struct wp_docx_numbering *nb, const xmlNode *root)
{
	size_t cap = 0;
	for (xmlNode *s = root->children; s && nb->nstyle < WP_DOCX_MAX_LISTS; s = s->next) {
		xmlChar *id = wp_docx_is(s, "style") ? attr(s, "styleId") : NULL;
		if (!id)
			continue;
		if (nb->nstyle == cap) {
			cap = cap ? cap * 2 : 16;
			nb->style = wp_xrealloc(nb->style, cap * sizeof *nb->style);
		}
		xmlNode *numpr = wp_docx_child(wp_docx_child(s, "pPr"), "numPr");
		nb->style[nb->nstyle++] = (struct style){
			.id = wp_xstrdup((const char *)id),
			.based_on = val_copy(wp_docx_child(s, "basedOn")),
			.num = numpr ? wp_docx_int_val(wp_docx_child(numpr, "numId"), -1) : -1,
			.ilvl = numpr ? wp_docx_int_val(wp_docx_child(numpr, "ilvl"), -1) : -1,
			.outline = style_outline(s),
		};
		free(id);
	}
	if (nb->nstyle)
		qsort(nb->style, nb->nstyle, sizeof *nb->style, by_style_id);
}

struct wp_docx_numbering *wp_docx_numbering_new(xmlDoc *numbering, xmlDoc *styles)
{
	struct wp_docx_numbering *nb = wp_xcalloc(1, sizeof *nb);
	xmlNode *root = numbering ? wp_docx_root(numbering) : NULL;
	if (root) {
		read_abstracts(nb, root);
		read_nums(nb, root);
	}
	root = styles ? wp_docx_root(styles) : NULL;
	if (root)
		read_styles(nb, root);
	return nb;
}

void wp_docx_numbering_free(struct wp_docx_numbering *nb)
{
	if (!nb)
		return;
	for (size_t i = 0; i < nb->nabs; i++)
		for (int k = 0; k < LEVELS; k++) {
			free(nb->abs[i].lvl[k].fmt);
			free(nb->abs[i].lvl[k].text);
		}
	for (size_t i = 0; i < nb->nstyle; i++) {
		free(nb->style[i].id);
		free(nb->style[i].based_on);
	}
	free(nb->abs);
	free(nb->num);
	free(nb->style);
	free(nb);
}

/* The list and level of paragraph p: its own w:numPr, else its style's.
 * False when it is not numbered (numId 0 switches a style's list off). */
static bool list_of(struct wp_docx_numbering *nb, const xmlNode *p, int *num_id, int *ilvl)
{
	xmlNode *ppr = wp_docx_child(p, "pPr");
	xmlNode *numpr = wp_docx_child(ppr, "numPr");
	*num_id = numpr ? wp_docx_int_val(wp_docx_child(numpr, "numId"), -1) : -1;
	*ilvl = numpr ? wp_docx_int_val(wp_docx_child(numpr, "ilvl"), -1) : -1;
	xmlChar *sid = wp_docx_val(wp_docx_child(ppr, "pStyle"));
	const char *id = (const char *)sid;
	for (int depth = 0; id && depth < STYLE_DEPTH && (*num_id < 0 || *ilvl < 0); depth++) {
		struct style *s = find_style(nb, id);
		if (!s)
			break;
		if (*num_id < 0 && s->num >= 0)
			*num_id = s->num;
		if (*ilvl < 0 && s->ilvl >= 0)
			*ilvl = s->ilvl;
		id = s->based_on;
	}
	free(sid);
	if (*ilvl < 0)
		*ilvl = 0;
	return *num_id > 0 && *ilvl < LEVELS;
}

/* Counts a paragraph at level k of a list: k goes up (or starts), the
 * levels below it start again unless their lvlRestart says otherwise. */
static void count(struct counters *c, const struct abstract *abs, int k)
{
	c->count[k] = c->used[k] ? c->count[k] + 1 : abs->lvl[k].start;
	c->used[k] = true;
	for (int d = k + 1; d < LEVELS; d++) {
		int restart = abs->lvl[d].restart;
		/* lvlRestart is one-based: restart after a level up to it */
		if (restart < 0 || (restart > 0 && k < restart))
			c->used[d] = false;
	}
}

static void render(const struct abstract *abs, const struct counters *c, int k, wp_buf *out)
{
	const struct level *l = &abs->lvl[k];
	for (const char *t = l->text; *t; t++) {
		if (*t == '%' && t[1] >= '1' && t[1] <= '9') {
			int ref = t[1] - '1';
			int n = c->used[ref] ? c->count[ref] : abs->lvl[ref].start;
			wp_docx_format_number(l->legal && ref != k ? "decimal" : abs->lvl[ref].fmt, n, out);
			t++;
		} else {
			wp_buf_putc(out, *t);
		}
	}
}

void wp_docx_numbering_label(struct wp_docx_numbering *nb, const xmlNode *p, wp_buf *out)
{
	int num_id, k;
	if (!nb || !nb->nnum || !list_of(nb, p, &num_id, &k))
		return;
	struct num key = {.id = num_id};
	struct num *num = bsearch(&key, nb->num, nb->nnum, sizeof *nb->num, by_num_id);
	if (!num)
		return;
	const struct abstract *abs = num->abs;
	struct counters *c = num->own ? &num->c : &num->abs->c;
	count(c, abs, k);
	const struct level *l = &abs->lvl[k];
	if (!l->text || (l->fmt && (strcmp(l->fmt, "bullet") == 0 || strcmp(l->fmt, "none") == 0)))
		return;
	size_t before = out->len;
	render(abs, c, k, out);
	if (out->len == before)
		return;
	/* A tab after 一、 prints as a gap the reader does not need (and a
	 * tab would make the line a table row); after 1. it reads as a
	 * space. */
	bool ascii_end = (unsigned char)out->data[out->len - 1] < 0x80;
	if (l->suffix == SUFFIX_SPACE || (l->suffix == SUFFIX_TAB && ascii_end))
		wp_buf_putc(out, ' ');
}

/* The outline level of paragraph p: its own w:outlineLvl, else its
 * style's (through w:basedOn); -1 for body text. */
static int outline_of(struct wp_docx_numbering *nb, const xmlNode *p)
{
	xmlNode *ppr = wp_docx_child(p, "pPr");
	int lvl = wp_docx_int_val(wp_docx_child(ppr, "outlineLvl"), -1);
	xmlChar *sid = wp_docx_val(wp_docx_child(ppr, "pStyle"));
	const char *id = (const char *)sid;
	for (int depth = 0; id && lvl < 0 && depth < STYLE_DEPTH; depth++) {
		struct style *s = find_style(nb, id);
		if (!s)
			break;
		lvl = s->outline;
		id = s->based_on;
	}
	free(sid);
	return lvl;
}

/* Is p's numbering switched off on purpose (its own w:numId 0)? */
static bool numbering_off(const xmlNode *p)
{
	xmlNode *numpr = wp_docx_child(wp_docx_child(p, "pPr"), "numPr");
	return numpr && wp_docx_int_val(wp_docx_child(numpr, "numId"), -1) == 0;
}

void wp_docx_heading_label(struct wp_docx_numbering *nb, const xmlNode *p, wp_buf *out)
{
	int k = nb ? outline_of(nb, p) : -1;
	if (k < 0 || k >= HEADING_LEVELS || numbering_off(p))
		return;
	nb->heading[k]++;
	for (int d = k + 1; d < HEADING_LEVELS; d++)
		nb->heading[d] = 0;
	int n = nb->heading[k];
	switch (k) {
	case 0:
		wp_docx_format_number("chineseCounting", n, out);
		wp_buf_append(out, "、", strlen("、"));
		break;
	case 1:
		wp_buf_append(out, "（", strlen("（"));
		wp_docx_format_number("chineseCounting", n, out);
		wp_buf_append(out, "）", strlen("）"));
		break;
	case 2:
		wp_buf_printf(out, "%d. ", n); /* as a decimal list level prints it */
		break;
	default:
		wp_buf_printf(out, "（%d）", n);
		break;
	}
}
