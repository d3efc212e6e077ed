/* notice-rebreak.c - a run-on line of a notice cut back into lines: see
 * notice-rebreak.h. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-rebreak.h"
#include "notice-text.h"
#include "notice-words.h"
#include "text.h"

/* A line shorter than this holds no run-on notice worth cutting (a
 * heading with its paragraph is longer than most such lines). */
#define RUNON_MIN_BYTES 240
/* A heading's short title (一、指导思想 坚持…) is at most so many characters. */
#define TITLE_MAX_CHARS 16
/* A quote or bracket left open this many characters is taken as a stray
 * one: the cuts resume after it. */
#define OPEN_MAX_CHARS 200
/* The signature unit before the closing date is at most so many bytes. */
#define SIGNATURE_MAX_BYTES 90
/* The cover's lines before the addressee (the issuer, the number, the title) are few. */
#define COVER_LINES 8

/* The outline markers, from the top level down: 一、 （一） 1. （1） ①. */
enum mark_kind { MARK_TOP, MARK_PAREN_CN, MARK_ARABIC, MARK_PAREN_AR, MARK_CIRCLED, MARK_KINDS };

struct mark {
	size_t at, len; /* bytes into the line, and of the marker */
	enum mark_kind kind;
	int value;
	int next; /* the value of the next marker of its kind in the line, 0 if none */
};

struct marks {
	struct mark *v;
	size_t n, cap;
};

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Bytes of the space at p, else 0: an ASCII one, as a page joins its
 * lines with (a U+3000 inside a line, 吴　静, is the notice's own). */
static size_t space_at(const char *p)
{
	return *p == ' ';
}

/* 1 .. 99 in ASCII digits at p, with *len its bytes; -1 if none. */
static int arabic_at(const char *p, size_t *len)
{
	if (!digit(p[0]) || p[0] == '0')
		return -1;
	*len = digit(p[1]) ? 2 : 1;
	return digit(p[*len]) ? -1 : atoi(p);
}

/* A character that may not follow a marker: a numeral or a digit, as in
 * 一、二、三等奖 or 1.5万元. */
static bool numeral_follows(const char *p)
{
	size_t n;
	return digit(*p) || wp_cn_number(p, &n) > 0;
}

/* The outline marker at p (一、 （一） （1） 1. 1、 1． ①), into *m. */
static bool marker_at(const char *p, struct mark *m)
{
	size_t n;
	int v;
	if (wp_str_starts(p, "（")) {
		const char *q = p + strlen("（");
		if ((v = wp_cn_number(q, &n)) > 0 && wp_str_starts(q + n, "）"))
			m->kind = MARK_PAREN_CN;
		else if ((v = arabic_at(q, &n)) > 0 && wp_str_starts(q + n, "）"))
			m->kind = MARK_PAREN_AR;
		else
			return false;
		m->len = (size_t)(q + n - p) + strlen("）");
	} else if ((v = wp_cn_number(p, &n)) > 0 && wp_str_starts(p + n, "、")) {
		m->kind = MARK_TOP;
		m->len = n + strlen("、");
	} else if ((v = arabic_at(p, &n)) > 0 &&
		   (p[n] == '.' || wp_str_starts(p + n, "．") || wp_str_starts(p + n, "、"))) {
		m->kind = MARK_ARABIC;
		m->len = n + (p[n] == '.' ? 1 : 3);
	} else if ((unsigned char)p[0] == 0xe2 && (unsigned char)p[1] == 0x91 &&
		   (unsigned char)p[2] >= 0xa0 && (unsigned char)p[2] <= 0xb3) { /* ①..⑳ */
		m->kind = MARK_CIRCLED;
		v = (unsigned char)p[2] - 0xa0 + 1;
		m->len = 3;
	} else {
		return false;
	}
	if (numeral_follows(p + m->len))
		return false;
	m->value = v;
	return true;
}

/* ---- quotes and brackets ------------------------------------------------------ */

static const char *const openers[] = {"“", "《", "（", "【", "「", "『", "〔", "[", NULL};
static const char *const closers[] = {"”", "》", "）", "】", "」", "』", "〕", "]", NULL};

struct depth {
	int open;     /* quotes and brackets open at this point */
	size_t since; /* characters since the outermost opened */
};

/* Steps the depth over the character at p. */
static void depth_step(struct depth *d, const char *p)
{
	if (wp_str_span_of(p, openers) && d->open++ == 0)
		d->since = 0;
	else if (d->open && wp_str_span_of(p, closers))
		d->open--;
	if (d->open && ++d->since > OPEN_MAX_CHARS)
		d->open = 0;
}

/* A character after which a line may begin: a space, the end of a
 * sentence or clause. */
static bool ends_before(const char *p)
{
	static const char *const ends[] = {"。", "；", "！", "？", NULL};
	return space_at(p) || wp_str_span_of(p, ends);
}

/* ---- pass one: the markers, and which run in sequence ----------------------- */

static void marks_push(struct marks *ms, const struct mark *m)
{
	if (ms->n == ms->cap)
		ms->v = wp_xrealloc(ms->v, (ms->cap = ms->cap ? ms->cap * 2 : 16) * sizeof *ms->v);
	ms->v[ms->n++] = *m;
}

/* The markers of line that open a line of their own: at its start or
 * after a space or a sentence's end (or a colon, for 1. and ①: 附件：1．…),
 * outside quotes and brackets. */
static void find_marks(const char *line, struct marks *ms)
{
	struct depth d = {0, 0};
	bool after_end = true, after_colon = false;
	for (const char *p = line; *p;) {
		struct mark m;
		if (!d.open && (after_end || after_colon) && marker_at(p, &m) &&
		    (after_end || m.kind == MARK_ARABIC || m.kind == MARK_CIRCLED)) {
			m.at = (size_t)(p - line);
			m.next = 0;
			marks_push(ms, &m);
		}
		after_end = ends_before(p);
		after_colon = wp_str_starts(p, "：");
		depth_step(&d, p);
		p += wp_str_char_len(p);
	}
	int next[MARK_KINDS] = {0};
	for (size_t i = ms->n; i-- > 0;) {
		ms->v[i].next = next[ms->v[i].kind];
		next[ms->v[i].kind] = ms->v[i].value;
	}
}

/* Keeps the markers that run in sequence: a 1 followed (in its kind) by a
 * 2, then each next number; a marker of a level resets the levels below.
 * Returns how many top markers (一、 or （一）) are kept. */
static size_t keep_sequences(struct marks *ms)
{
	int expect[MARK_KINDS];
	for (int k = 0; k < MARK_KINDS; k++)
		expect[k] = 1;
	size_t kept = 0, tops = 0;
	for (size_t i = 0; i < ms->n; i++) {
		struct mark m = ms->v[i];
		bool ok = m.value == 1 ? m.next == 2 : m.value == expect[m.kind];
		if (!ok)
			continue;
		expect[m.kind] = m.value + 1;
		for (int k = (int)m.kind + 1; k < MARK_KINDS; k++)
			expect[k] = 1;
		tops += m.kind <= MARK_PAREN_CN;
		ms->v[kept++] = m;
	}
	ms->n = kept;
	return tops;
}

/* ---- pass two: where lines begin --------------------------------------------- */

struct cuts {
	size_t *at;
	size_t n, cap;
};

/* Cuts come from several rules each in order of the text, so they are
 * sorted (and made unique) once at the end. */
static void cut_at(struct cuts *c, size_t at)
{
	if (c->n == c->cap)
		c->at = wp_xrealloc(c->at, (c->cap = c->cap ? c->cap * 2 : 16) * sizeof *c->at);
	c->at[c->n++] = at;
}

/* Digits at p followed by a space (40 年): a number inside a sentence, not
 * a date that opens the heading's text (9月23日). */
static bool digits_spaced(const char *p)
{
	if (!digit(*p))
		return false;
	while (digit(*p))
		p++;
	return *p == ' ';
}

/* Where the short title of the heading whose text starts at t ends, if
 * a line ends there: 指导思想 before a space, or a section name of the
 * genre run into its text (一、指导思想坚持…). NULL if none. */
static const char *title_end(const char *t)
{
	size_t n = wp_word_at(t, WP_WORDS_BARE_SECTION);
	static const char *const goes_on[] = {"：", "和", "及", "与", "、", "（", "，", "。", "为", "是", NULL};
	if (n && t[n] && !space_at(t + n) && !wp_str_span_of(t + n, goes_on))
		return t + n;
	static const char *const stops[] = {"。", "，", "；", "：", "、", "“", "《", "（", "！", "？", NULL};
	const char *p = t;
	for (int chars = 0; *p && chars <= TITLE_MAX_CHARS; chars++) {
		if (space_at(p))
			/* 二、活动时间 2018年…: a date after a named section
			 * only, as （二）宣传改革开放 40 年 holds one in its text */
			return chars >= 2 && (n || !digits_spaced(p + space_at(p))) ? p : NULL;
		if (digit(*p) || wp_str_span_of(p, stops))
			return NULL;
		p += wp_str_char_len(p);
	}
	return NULL;
}

/* Bytes of the field label at p up to its colon (时间：, 联系电话：,
 * 牵头单位（部门）：, 附件：), else 0. */
static size_t label_at(const char *p)
{
	size_t n = 0;
	const struct wp_field_label *l = wp_field_label_at(p, &n);
	if (!l || !(l->where & WP_FIELD_LINE))
		n = wp_word_at(p, WP_WORDS_BLOCK_OPENER);
	if (!n && wp_committee_label_at(p, &n) == WP_COMMITTEE_NONE) /* 组　长： */
		n = 0;
	if (!n)
		return wp_word_at(p, WP_WORDS_CONTACT_NAME) ? wp_word_at(p, WP_WORDS_CONTACT_NAME) : 0;
	const char *end = wp_str_note_end(p + n, 40);
	const char *q = end ? end : p + n;
	/* 联系电话： after the opener 联系: a few more characters of the label */
	for (int chars = 0; chars < 4 && *q && !wp_str_starts(q, "：") && !space_at(q); chars++)
		q += wp_str_char_len(q);
	return wp_str_starts(q, "：") ? (size_t)(q - p) + strlen("：") : 0;
}

/* The character before p (not before start). */
static const char *char_before(const char *start, const char *p)
{
	if (p <= start)
		return start;
	do
		p--;
	while (p > start && ((unsigned char)*p & 0xc0) == 0x80);
	return p;
}

static bool date_char(const char *p)
{
	static const char *const chars[] = {"年", "月", "日", "〇", "零", "一", "二", "三", "四", "五",
					    "六", "七", "八", "九", "十", " ", NULL};
	return digit(*p) || wp_str_span_of(p, chars);
}

/* Bytes of the date at p written whole (2025年6月9日, 二〇二五年六月九日),
 * else 0. */
static size_t date_at(const char *p)
{
	static const char *const cn_digits[] = {"〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", NULL};
	const char *q = p;
	int year = 0;
	for (size_t n; year < 4 && (digit(*q) || (n = wp_str_span_of(q, cn_digits)) > 0); year++)
		q += digit(*q) ? 1 : wp_str_char_len(q);
	if (year != 4 || !wp_str_skip(&q, "年"))
		return 0;
	static const char *const units[] = {"月", "日"};
	for (int u = 0; u < 2; u++) {
		size_t n = 0;
		int v = digit(*q) ? arabic_at(q, &n) : wp_cn_number(q, &n);
		if (v <= 0 || v > (u ? 31 : 12))
			return 0;
		q += n;
		if (!wp_str_skip(&q, units[u]))
			return 0;
	}
	return (size_t)(q - p);
}

/* The signature and its date at the end of line[0..end): cuts before the
 * date (2018年4月10日, 二〇一八年四月十日) and before the unit signing
 * (xx市科学技术局), each after a space. */
static void cut_signature(const char *line, size_t end, struct cuts *c)
{
	const char *e = line + end;
	while (e > line && space_at(char_before(line, e)))
		e = char_before(line, e);
	if (!wp_str_ends_at(line, e, "日"))
		return;
	const char *d = e;
	bool year = false, month = false;
	while (d > line && date_char(char_before(line, d))) {
		d = char_before(line, d);
		year |= wp_str_starts(d, "年");
		month |= wp_str_starts(d, "月");
	}
	while (d < e && *d == ' ')
		d++;
	if (!year || !month || d == line || !space_at(char_before(line, d)))
		return;
	const char *u = char_before(line, d);
	while (u > line && space_at(char_before(line, u)))
		u = char_before(line, u);
	const char *s = u;
	while (s > line && !space_at(char_before(line, s)) && !ends_before(char_before(line, s)) &&
	       (size_t)(u - s) < SIGNATURE_MAX_BYTES)
		s = char_before(line, s);
	char *unit = wp_str_sub(s, (size_t)(u - s));
	if (s > line && space_at(char_before(line, s)) && wp_word_ends(unit, WP_WORDS_UNIT_TAIL))
		cut_at(c, (size_t)(s - line));
	free(unit);
	cut_at(c, (size_t)(d - line));
}

/* Before the first heading: the title, the addressee (各县市区…：) and the
 * preamble's end (现就有关事宜通知如下：), each ending a line. */
static void cut_cover(const char *line, size_t first_mark, struct cuts *c)
{
	struct depth dp = {0, 0};
	const char *seg = line, *last_ge = NULL;
	bool addressed = false;
	/* the spaces before the addressee part the lines of the cover
	 * (宜丰县发展和改革局文件 宜发改字〔2025〕46号 关于…的通知) */
	size_t spaces[COVER_LINES], nspaces = 0;
	for (const char *p = line; *p && (size_t)(p - line) < first_mark; p += wp_str_char_len(p)) {
		size_t n;
		if (wp_str_starts(p, "。"))
			addressed = true; /* the body has begun: no addressee after */
		if (!dp.open && wp_str_starts(p, "各") &&
		    (wp_str_ends_at(line, p, "通知") || wp_str_ends_at(line, p, "方案")))
			last_ge = p;
		if (!dp.open && !addressed && wp_str_starts(p, "：") && p - seg >= 6 &&
		    !label_at(seg)) {
			cut_at(c, (size_t)((last_ge && last_ge > seg ? last_ge : seg) - line));
			cut_at(c, (size_t)(p - line) + strlen("："));
			for (size_t i = 0; i < nspaces; i++)
				cut_at(c, spaces[i]);
			addressed = true;
		}
		if (!dp.open && (n = wp_word_at(p, WP_WORDS_PREAMBLE_END)) && wp_str_starts(p + n, "："))
			cut_at(c, (size_t)(p - line) + n + strlen("："));
		if (space_at(p)) {
			seg = p + space_at(p);
			if (!addressed && !dp.open && nspaces < COVER_LINES)
				spaces[nspaces++] = (size_t)(p - line);
		}
		depth_step(&dp, p);
	}
}

/* 活动三：X, 项目二：X: an item named by its kind and number. */
static bool item_kind_at(const char *p)
{
	size_t n = wp_word_at(p, WP_WORDS_ITEM_KIND), v;
	if (!n || (wp_cn_number(p + n, &v) <= 0 && arabic_at(p + n, &v) <= 0))
		return false;
	return wp_str_starts(p + n + v, "：");
}

/* At least so many characters run from p to the next space: prose, not
 * the rest of a time (4月25日 上午9:00) or a name (镇安委办 胡志刚，电话：…). */
static bool long_run(const char *p, int chars)
{
	for (; chars > 0; chars--, p += wp_str_char_len(p))
		if (!*p || space_at(p) || wp_str_starts(p, "："))
			return false;
	return true;
}

/* The unit signing before a date, seg[0..end) (xx市科学技术局): short,
 * no sentence, ending as a unit's name does. */
static bool signing_unit(const char *seg, const char *end)
{
	static const char *const stops[] = {"。", "，", "；", "：", NULL};
	if (end <= seg || (size_t)(end - seg) > SIGNATURE_MAX_BYTES)
		return false;
	char *unit = wp_str_sub(seg, (size_t)(end - seg));
	bool ok = unit[wp_str_span_upto(unit, stops)] == '\0' && wp_word_ends(unit, WP_WORDS_UNIT_TAIL);
	free(unit);
	return ok;
}

/* A line's text that ends before a space (seg[0..end), no sentence in
 * it): a title (…的通知, …活动方案) or a note in brackets (（此件主动公开）). */
static bool ends_title(const char *seg, const char *end, bool sentence)
{
	if (sentence)
		return false;
	if (wp_str_starts(seg, "（") && wp_str_ends_at(seg, end, "）"))
		return true;
	for (const char *const *w = wp_words(WP_WORDS_PLAN_KIND); *w; w++)
		if (wp_str_ends_at(seg, end, *w))
			return true;
	return wp_str_ends_at(seg, end, "通知");
}

/* 附件：1.X 2.Y: the first of a list of numbered lines stays on the
 * line of the colon that opens it, as the notice has it. */
static bool after_colon(const char *line, const char *p, const struct mark *m)
{
	if (m->kind != MARK_ARABIC && m->kind != MARK_CIRCLED)
		return false;
	while (p > line && space_at(char_before(line, p)))
		p = char_before(line, p);
	return wp_str_ends_at(line, p, "：");
}

/* A phone number ends before p (0539-7216358 镇妇联：…): its line ended
 * there, unless another number follows. */
static bool ends_phone(const char *line, const char *p)
{
	int digits = 0;
	while (p > line && digits < 7 && digit(p[-1]))
		p--, digits++;
	return digits == 7 && !digit(p[8]);
}

/* A note in brackets, whole between spaces, at p (（附件略）, （此件主动公开）):
 * a line of its own. */
static bool note_follows(const char *p)
{
	const char *end = wp_str_starts(p, "（") ? wp_str_note_end(p, 60) : NULL;
	return end && (!*end || *end == ' ');
}

/* A table's row at p, as text (序号  活动内容  时间, 1  “世界人口日”…):
 * its cells parted by two spaces. */
static bool row_head(const char *p)
{
	size_t n = 0;
	const struct wp_field_label *l = wp_field_label_at(p, &n);
	if ((!l || l->field != WP_FIELD_NO) && arabic_at(p, &n) < 0)
		n = 0;
	return n && p[n] == ' ' && p[n + 1] == ' ';
}

/* The cuts of a run-on line with the markers ms kept. */
static void find_cuts(const char *line, const struct marks *ms, struct cuts *c)
{
	size_t len = strlen(line);
	cut_cover(line, ms->n ? ms->v[0].at : len, c);
	struct depth d = {0, 0};
	bool after_end = true, sentence = false;
	size_t next = 0;
	const char *title = NULL; /* where the text of the last heading starts */
	const char *value = NULL; /* the value of the last field label, to its first space */
	const char *seg = line, *prev_seg = NULL; /* the text since the last space, and before */
	for (const char *p = line; *p;) {
		size_t at = (size_t)(p - line), n;
		if (next < ms->n && ms->v[next].at == at) {
			if (!after_colon(line, p, &ms->v[next]))
				cut_at(c, at);
			const char *t = p + ms->v[next].len;
			while (space_at(t))
				t += space_at(t);
			const char *te = title_end(t);
			if (te)
				cut_at(c, (size_t)(te - line));
			title = t;
			value = NULL;
			next++;
		} else if (!d.open && after_end && at > 0 && p != title && (n = label_at(p)) > 0) {
			cut_at(c, at);
			value = p + n;
		} else if (!d.open && after_end && at > 0 && item_kind_at(p)) {
			cut_at(c, at);
		} else if (!d.open && p == seg && at > 0 && (n = date_at(p)) > 0 &&
			   (!p[n] || space_at(p + n))) {
			/* xx市科学技术局 2018年4月10日: a letter signed and dated
			 * inside the text (a cover letter before its plan) */
			cut_at(c, at);
			cut_at(c, at + n);
			const char *u = char_before(line, p);
			if (prev_seg && prev_seg > line && signing_unit(prev_seg, u))
				cut_at(c, (size_t)(prev_seg - line));
		}
		const char *b = char_before(line, p);
		if (!d.open && at > 0 && space_at(p) && !space_at(b) && !space_at(p + 1)) {
			/* 。 or ： and a space: no notice's line holds one, a
			 * line ended there */
			bool listed = next < ms->n && ms->v[next].at == at + space_at(p) &&
				      after_colon(line, p + space_at(p), &ms->v[next]);
			if (ends_before(b) || (wp_str_starts(b, "：") && !listed))
				cut_at(c, at);
			else if (value && !digit(*b) && !digit(p[space_at(p)]) && long_run(p + space_at(p), 20))
				cut_at(c, at); /* 配合单位：县科协 利用主题班会…: the item's text */
			else if (ends_title(seg, p, sentence) || ends_phone(line, p) || note_follows(p + 1) ||
				 row_head(p + 1))
				cut_at(c, at);
			value = NULL;
			prev_seg = seg;
			seg = p + space_at(p);
			sentence = false;
		}
		sentence |= wp_str_starts(p, "。");
		after_end = ends_before(p);
		depth_step(&d, p);
		p += wp_str_char_len(p);
	}
	cut_signature(line, len, c);
}

/* ---- the lines ---------------------------------------------------------------- */

struct lines {
	char **v;
	size_t n, cap;
};

static void lines_push(struct lines *l, char *s)
{
	if (l->n == l->cap)
		l->v = wp_xrealloc(l->v, (l->cap = l->cap ? l->cap * 2 : 64) * sizeof *l->v);
	l->v[l->n++] = s;
}

/* line[from..to) without its spaces at either end, as a line if any is left. */
static void push_piece(struct lines *out, const char *line, size_t from, size_t to)
{
	while (from < to && space_at(line + from))
		from += space_at(line + from);
	while (to > from && line[to - 1] == ' ')
		to--;
	if (to > from)
		lines_push(out, wp_str_sub(line + from, to - from));
}

/* How many sentences end with a space after them (。 X): no line of a
 * notice holds one, a run-on copy one at every paragraph's end. */
static size_t spaced_ends(const char *line)
{
	size_t n = 0;
	for (const char *p = line; *p; p += wp_str_char_len(p))
		if (wp_str_starts(p, "。") && p[strlen("。")] == ' ' && p[strlen("。") + 1] &&
		    p[strlen("。") + 1] != ' ')
			n++;
	return n;
}

static int by_offset(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* Cuts line into out if it runs on; false (out untouched) if not. */
static bool rebreak(const char *line, struct lines *out)
{
	if (strlen(line) < RUNON_MIN_BYTES)
		return false;
	struct marks ms = {0};
	find_marks(line, &ms);
	if (keep_sequences(&ms) < 2 && spaced_ends(line) < 2) {
		free(ms.v);
		return false;
	}
	struct cuts c = {0};
	find_cuts(line, &ms, &c);
	qsort(c.at, c.n, sizeof *c.at, by_offset);
	size_t from = 0;
	for (size_t i = 0; i < c.n; i++) {
		push_piece(out, line, from, c.at[i]);
		from = c.at[i];
	}
	push_piece(out, line, from, strlen(line));
	free(c.at);
	free(ms.v);
	return true;
}

char **wp_nrebreak_lines(char **v, size_t *n)
{
	struct lines out = {0};
	for (size_t i = 0; i < *n; i++) {
		if (rebreak(v[i], &out))
			free(v[i]);
		else
			lines_push(&out, v[i]);
	}
	free(v);
	*n = out.n;
	if (!out.v) /* no line at all: an empty array all the same */
		out.v = wp_xmalloc(sizeof *out.v);
	return out.v;
}
