/* notice-rebreak-cuts.c - where a run-on line is cut: see
 * notice-rebreak-cuts.h and notice-rebreak.h. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-heading.h"
#include "notice-rebreak-cuts.h"
#include "notice-text.h"
#include "notice-words.h"
#include "text.h"

/* A heading's short title (一、指导思想 坚持…) is at most so many characters. */
#define TITLE_MAX_CHARS 16
/* The signature unit before the closing date is at most so many bytes. */
#define SIGNATURE_MAX_BYTES 90
/* The cover's lines before the addressee (the issuer, the number, the title) are few. */
#define COVER_LINES 8
/* A label in brackets (【主题】, 星期一（开幕日）) is at most so many bytes. */
#define LABEL_MAX_BYTES 45
/* The label before a list kept on its line (附件：1.X) is at most so many characters. */
#define ANNEX_LABEL_CHARS 4

/* ---- pass two: where lines begin --------------------------------------------- */


/* Cuts come from several rules each in order of the text, so they are
 * sorted (and made unique) once at the end. */
static void cut_at(struct wp_nrebreak_cuts *c, size_t at)
{
	if (c->n == c->cap)
		c->at = wp_xrealloc(c->at, (c->cap = c->cap ? c->cap * 2 : 16) * sizeof *c->at);
	c->at[c->n++] = at;
}

/* Digits at p followed by a space (40 年): a number inside a sentence, not
 * a date that opens the heading's text (9月23日). */
static bool digits_spaced(const char *p)
{
	if (!wp_nrebreak_digit(*p))
		return false;
	while (wp_nrebreak_digit(*p))
		p++;
	return *p == ' ';
}

/* Where the short title of the heading whose text starts at t ends, if
 * a line ends there: 指导思想 before a space, or a section name of the
 * genre run into its text (一、指导思想坚持…). NULL if none. */
static const char *title_end(const char *t)
{
	size_t n = wp_word_at(t, WP_WORDS_BARE_SECTION);
	static const char *const stops[] = {"。", "，", "；", "：", "、", "《", "（", "！", "？", NULL};
	const char *p = t;
	for (int chars = 0; *p && chars <= TITLE_MAX_CHARS; chars++) {
		/* 科普大集（9月19日）, “科普进校园”系列活动: a short bracket or
		 * quote inside the title */
		const char *close = wp_str_starts(p, "（") ? wp_str_note_end(p, 60) : NULL;
		if (wp_str_starts(p, "“")) {
			size_t q = wp_str_span_upto(p, (const char *const[]){"”", " ", NULL});
			close = q <= 60 && wp_str_starts(p + q, "”") ? p + q + strlen("”") : NULL;
		}
		if (close) {
			p = close;
			continue;
		}
		if (wp_nrebreak_space_at(p) && wp_nrebreak_space_at(p + 1))
			return NULL; /* a table's cells, two spaces apart */
		if (wp_nrebreak_space_at(p))
			/* 二、活动时间 2018年…: a date after a named section
			 * only, as （二）宣传改革开放 40 年 holds one in its text */
			return chars >= 2 && (n || !digits_spaced(p + wp_nrebreak_space_at(p))) ? p : NULL;
		if (wp_nrebreak_digit(*p) || wp_str_starts_any(p, stops))
			break;
		p += wp_str_char_len(p);
	}
	/* 一、指导思想坚持以…: a section's name run into its text (but
	 * 四、重点活动安排 ends at its space above) */
	static const char *const goes_on[] = {"：", "和", "及", "与", "、", "（", "，", "。", "为", "是", NULL};
	if (n && t[n] && !wp_nrebreak_space_at(t + n) && !wp_str_starts_any(t + n, goes_on))
		return t + n;
	return NULL;
}

/* 成  员：, 组　长：: a label of two characters spaced apart to the width
 * of longer ones; the bytes to past its colon, else 0. */
static size_t spaced_label(const char *p)
{
	size_t a = wp_str_char_len(p), gap = 0;
	if (a != 3)
		return 0;
	while (p[a + gap] == ' ' || wp_str_starts(p + a + gap, "\xe3\x80\x80"))
		gap += p[a + gap] == ' ' ? 1 : 3;
	const char *q = p + a + gap;
	if (!gap || wp_str_char_len(q) != 3 || !wp_str_starts(q + 3, "："))
		return 0;
	char word[7] = {p[0], p[1], p[2], q[0], q[1], q[2], '\0'};
	size_t n = 0;
	if (wp_committee_label_at(word, &n) == WP_COMMITTEE_NONE || n != 6) {
		const struct wp_field_label *l = wp_field_label_at(word, &n);
		if (!l || n != 6)
			return 0;
	}
	return (size_t)(q + 3 - p) + strlen("：");
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
	enum wp_meta_field meta;
	if (!n && !wp_meta_label_at(p, &meta, &n)) /* a portal's 发文字号： */
		n = 0;
	if (!n && (n = wp_word_at(p, WP_WORDS_CONTACT_NAME)) > 0)
		return n;
	if (!n)
		return spaced_label(p);
	const char *end = wp_str_note_end(p + n, 40);
	const char *q = end ? end : p + n;
	/* 联系电话： after the opener 联系: a few more characters of the label */
	for (int chars = 0; chars < 4 && *q && !wp_str_starts(q, "：") && !wp_nrebreak_space_at(q); chars++)
		q += wp_str_char_len(q);
	return wp_str_starts(q, "：") ? (size_t)(q - p) + strlen("：") : 0;
}

/* The character before p (not before start). */
const char *wp_nrebreak_char_before(const char *start, const char *p)
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
	return wp_nrebreak_digit(*p) || wp_str_starts_any(p, chars);
}

/* Bytes of the date at p written whole (2025年6月9日, 二〇二五年六月九日),
 * else 0. */
static size_t date_at(const char *p)
{
	static const char *const cn_digits[] = {"〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", NULL};
	const char *q = p;
	int year = 0;
	for (; year < 4 && (wp_nrebreak_digit(*q) || wp_str_starts_any(q, cn_digits)); year++)
		q += wp_nrebreak_digit(*q) ? 1 : wp_str_char_len(q);
	if (year != 4 || !wp_str_skip(&q, "年"))
		return 0;
	static const char *const units[] = {"月", "日"};
	for (int u = 0; u < 2; u++) {
		size_t n = 0;
		int v = wp_nrebreak_digit(*q) ? wp_nrebreak_arabic_at(q, &n) : wp_cn_number(q, &n);
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
static void cut_signature(const char *line, size_t end, struct wp_nrebreak_cuts *c)
{
	const char *e = line + end;
	while (e > line && wp_nrebreak_space_at(wp_nrebreak_char_before(line, e)))
		e = wp_nrebreak_char_before(line, e);
	if (!wp_str_ends_at(line, e, "日"))
		return;
	const char *d = e;
	bool year = false, month = false;
	while (d > line && date_char(wp_nrebreak_char_before(line, d))) {
		d = wp_nrebreak_char_before(line, d);
		year |= wp_str_starts(d, "年");
		month |= wp_str_starts(d, "月");
	}
	while (d < e && *d == ' ')
		d++;
	if (!year || !month || d == line || !wp_nrebreak_space_at(wp_nrebreak_char_before(line, d)))
		return;
	const char *u = wp_nrebreak_char_before(line, d);
	while (u > line && wp_nrebreak_space_at(wp_nrebreak_char_before(line, u)))
		u = wp_nrebreak_char_before(line, u);
	const char *s = u;
	while (s > line && !wp_nrebreak_space_at(wp_nrebreak_char_before(line, s)) &&
	       !wp_nrebreak_ends_before(wp_nrebreak_char_before(line, s)) &&
	       (size_t)(u - s) < SIGNATURE_MAX_BYTES)
		s = wp_nrebreak_char_before(line, s);
	char *unit = wp_str_sub(s, (size_t)(u - s));
	if (s > line && wp_nrebreak_space_at(wp_nrebreak_char_before(line, s)) &&
	    wp_word_ends(unit, WP_WORDS_UNIT_TAIL))
		cut_at(c, (size_t)(s - line));
	free(unit);
	cut_at(c, (size_t)(d - line));
}

/* Before the first heading: the title, the addressee (各县市区…：) and the
 * preamble's end (现就有关事宜通知如下：), each ending a line. */
static void cut_cover(const char *line, size_t first_mark, struct wp_nrebreak_cuts *c)
{
	struct wp_nrebreak_depth dp = {0, 0};
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
		/* the addressee's colon ends its line: a space follows (发电单位：X
		 * is a label's) */
		if (!dp.open && !addressed && wp_str_starts(p, "：") && p[strlen("：")] == ' ' && p - seg >= 6 &&
		    !label_at(seg)) {
			cut_at(c, (size_t)((last_ge && last_ge > seg ? last_ge : seg) - line));
			cut_at(c, (size_t)(p - line) + strlen("："));
			for (size_t i = 0; i < nspaces; i++)
				cut_at(c, spaces[i]);
			addressed = true;
		}
		if (!dp.open && (n = wp_word_at(p, WP_WORDS_PREAMBLE_END)) && wp_str_starts(p + n, "："))
			cut_at(c, (size_t)(p - line) + n + strlen("："));
		if (wp_nrebreak_space_at(p)) {
			seg = p + wp_nrebreak_space_at(p);
			/* 首页 | 走进汉源 | 政务公开: a portal's bar, one line */
			bool bar = p > line && (p[-1] == '|' || p[-1] == '>' || p[1] == '|' || p[1] == '>');
			if (!addressed && !dp.open && !bar && nspaces < COVER_LINES)
				spaces[nspaces++] = (size_t)(p - line);
		}
		wp_nrebreak_depth_step(&dp, p);
	}
}

/* 活动三：X, 项目二：X: an item named by its kind and number; the bytes
 * to past its colon, else 0. */
static size_t item_kind_at(const char *p)
{
	size_t n = wp_word_at(p, WP_WORDS_ITEM_KIND), v;
	if (!n || (wp_cn_number(p + n, &v) <= 0 && wp_nrebreak_arabic_at(p + n, &v) <= 0))
		return 0;
	return wp_str_starts(p + n + v, "：") ? n + v + strlen("：") : 0;
}

/* At least so many characters run from p to the next space: prose, not
 * the rest of a time (4月25日 上午9:00) or a name (镇安委办 胡志刚，电话：…). */
static bool long_run(const char *p, int chars)
{
	for (; chars > 0; chars--, p += wp_str_char_len(p))
		if (!*p || wp_nrebreak_space_at(p) || wp_str_starts(p, "："))
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

static bool dated_heading(const char *p);

/* A line's text that ends before a space (seg[0..end), no sentence in
 * it): a title (…的通知, …活动方案) or a note in brackets (（此件主动公开）). */
static bool ends_title(const char *seg, const char *end, bool sentence)
{
	if (sentence || end[1] == '|' || *seg == '|') /* a cell of a table's row */
		return false;
	/* 【主题】, 星期一（开幕日）: a short label or a day's name in brackets */
	if (wp_str_ends_at(seg, end, "】") || wp_str_ends_at(seg, end, "━") ||
	    wp_str_ends_at(seg, end, "———") || wp_str_ends_at(seg, end, "**") || dated_heading(seg) ||
	    (wp_str_ends_at(seg, end, "）") && end - seg <= LABEL_MAX_BYTES))
		return true;
	for (const char *const *w = wp_words(WP_WORDS_PLAN_KIND); *w; w++)
		if (wp_str_ends_at(seg, end, *w))
			return true;
	return wp_str_ends_at(seg, end, "通知");
}

/* 附件：1.X 2.Y: the first of a list of numbered lines stays on the
 * line of the colon that opens it, as the notice has it. */
static bool after_colon(const char *line, const char *p, const struct wp_nrebreak_mark *m)
{
	if (m->kind != WP_NREBREAK_ARABIC && m->kind != WP_NREBREAK_CIRCLED)
		return false;
	while (p > line && wp_nrebreak_space_at(wp_nrebreak_char_before(line, p)))
		p = wp_nrebreak_char_before(line, p);
	if (!wp_str_ends_at(line, p, "："))
		return false;
	/* a short label's colon (附件：), not a sentence's (…列示如下：) */
	const char *s = wp_nrebreak_char_before(line, p);
	for (int chars = 0; chars <= ANNEX_LABEL_CHARS; chars++) {
		if (s == line || wp_nrebreak_space_at(wp_nrebreak_char_before(line, s)))
			return true;
		s = wp_nrebreak_char_before(line, s);
	}
	return false;
}

/* A phone number ends before p (0539-7216358 镇妇联：…): its line ended
 * there, unless another number follows. */
static bool ends_phone(const char *line, const char *p)
{
	int digits = 0;
	while (p > line && digits < 7 && wp_nrebreak_digit(p[-1]))
		p--, digits++;
	return digits == 7 && !wp_nrebreak_digit(p[8]);
}

/* A note in brackets, whole between spaces, at p (（附件略）, （此件主动公开）):
 * a line of its own. */
static bool note_follows(const char *p)
{
	const char *end = wp_str_starts(p, "（") ? wp_str_note_end(p, 60) : NULL;
	if (wp_str_starts(p, "【")) {
		size_t n = wp_str_span_upto(p, (const char *const[]){"】", " ", NULL});
		end = n <= LABEL_MAX_BYTES && wp_str_starts(p + n, "】") ? p + n + strlen("】") : NULL;
	}
	return end && (!*end || *end == ' ');
}

/* 。 ， 、 and a space: no notice's line holds one, a line ended there. */
static bool ends_clause(const char *p)
{
	static const char *const ends[] = {"，", "、", "：", NULL};
	return wp_nrebreak_ends_before(p) || wp_str_starts_any(p, ends);
}

/* A table's row at p, as text (序号  活动内容  时间, 1  “世界人口日”…):
 * its cells parted by two spaces. */
static bool row_head(const char *p)
{
	size_t n = 0;
	const struct wp_field_label *l = wp_field_label_at(p, &n);
	if ((!l || l->field != WP_FIELD_NO) && wp_nrebreak_arabic_at(p, &n) < 0)
		n = 0;
	return n && (p[n] == '\t' || (p[n] == ' ' && p[n + 1] == ' '));
}

/* 1  指导思想, 1.1　依据, 3.1.2　X: a heading numbered in decimals, its
 * number set off by two spaces or a U+3000; the bytes of the number and
 * the gap, else 0. */
static size_t decimal_heading(const char *p)
{
	const char *q = p;
	size_t n;
	while (wp_nrebreak_arabic_at(q, &n) > 0) {
		q += n;
		if (*q != '.' || !wp_nrebreak_digit(q[1]))
			break;
		q++;
	}
	if (q == p || (!(q[0] == ' ' && q[1] == ' ') && !wp_str_starts(q, "\xe3\x80\x80")))
		return 0;
	while (*q == ' ' || wp_str_starts(q, "\xe3\x80\x80"))
		q += *q == ' ' ? 1 : 3;
	return (size_t)(q - p);
}

/* 【活动时间】4月1日: a field labelled in black brackets. */
static bool bracket_label(const char *p)
{
	if (!wp_str_starts(p, "【"))
		return false;
	size_t n = wp_str_span_upto(p, (const char *const[]){"】", " ", NULL});
	return n <= LABEL_MAX_BYTES && wp_str_starts(p + n, "】");
}

/* A line's own opener at p after a space: a bullet before a field
 * (·时间：), a heading's mark (◆, ❶), a picture character (📌), a rule
 * (━━━), Markdown's bold or heading (**一、活动主题**, # 关于…). */
static bool opener_at(const char *p)
{
	return wp_word_at(p, WP_WORDS_FIELD_BULLET) || wp_word_at(p, WP_WORDS_POINT_BULLET) ||
	       wp_word_at(p, WP_WORDS_HEADING_MARK) || wp_word_at(p, WP_WORDS_ITEM_MARK) || (unsigned char)*p == 0xf0 || wp_str_starts(p, "━") ||
	       wp_str_starts(p, "**") || wp_str_starts(p, "# ") || wp_str_starts(p, "## ") ||
	       wp_str_starts(p, "———") || bracket_label(p);
}

/* 11月13日（星期五）, 6月8日（星期一）“X”主题日: a day heading the lines
 * after it, whole between spaces. */
static bool dated_heading(const char *p)
{
	if (!wp_nrebreak_digit(*p))
		return false;
	size_t n = wp_str_span_upto(p, (const char *const[]){" ", NULL});
	if (n > LABEL_MAX_BYTES * 2)
		return false;
	char *seg = wp_str_sub(p, n);
	bool ok = (wp_str_ends(seg, "）") && n <= LABEL_MAX_BYTES) || wp_word_ends(seg, WP_WORDS_THEME_DAY);
	free(seg);
	return ok;
}

/* 14:30—16:00　X, 上午9:00　X: a schedule's line opening with its time. */
static bool clock_at(const char *p)
{
	size_t n = wp_word_at(p, WP_WORDS_DUE_TIME);
	if (n && n < strlen("上午"))
		return false; /* 时, 点: no time of day */
	p += n;
	n = 0;
	if (wp_nrebreak_arabic_at(p, &n) < 0 && !(p[0] == '0' && wp_nrebreak_digit(p[1]) && (n = 2)))
		return false;
	return p[n] == ':' && wp_nrebreak_digit(p[n + 1]) && wp_nrebreak_digit(p[n + 2]);
}

/* 下午　“知识产权进校园”法治课: a schedule's line opening with the part
 * of the day alone, set off by a U+3000. */
static bool part_of_day_at(const char *p)
{
	size_t n = wp_word_at(p, WP_WORDS_DUE_TIME);
	return n >= strlen("上午") && wp_str_starts(p + n, "\xe3\x80\x80");
}

/* Two spaces before p (活动名称：X  活动时间：Y): the notice's own gap
 * between fields of one line, no join. */
static bool two_spaces(const char *line, const char *p)
{
	return p - line >= 2 && p[-1] == ' ' && p[-2] == ' ';
}

/* 5月19日 9:00, 当天 20:00: b, before a time, ends the date of that time
 * (…教育日 上午9:00 is a heading's name, then a schedule's line). */
static bool after_date(const char *line, const char *b)
{
	return wp_str_starts(b, "天") ||
	       (wp_str_starts(b, "日") && b > line && wp_nrebreak_digit(*wp_nrebreak_char_before(line, b)));
}

/* 县教育局党组书记、局长　蒙丽华: a committee member's line, a post and a
 * name parted by a U+3000, whole to the next space. */
static bool post_and_name(const char *p)
{
	size_t n = wp_str_span_upto(p, (const char *const[]){" ", "。", "：", "；", NULL});
	if (n > LABEL_MAX_BYTES * 2 || (p[n] && p[n] != ' '))
		return false;
	for (const char *q = p; q < p + n; q += wp_str_char_len(q))
		if (wp_str_starts(q, "\xe3\x80\x80"))
			return true;
	return false;
}

/* Bytes of a page number "— 3 —" at p, else 0. */
static size_t page_mark(const char *p)
{
	const char *q = p;
	size_t n;
	if (!wp_str_skip(&q, "— ") || wp_nrebreak_arabic_at(q, &n) < 0)
		return 0;
	q += n;
	return wp_str_skip(&q, " —") ? (size_t)(q - p) : 0;
}

/* The cuts of a run-on line with the markers ms kept. */
void wp_nrebreak_find_cuts(const char *line, const struct wp_nrebreak_marks *ms,
			   struct wp_nrebreak_cuts *c)
{
	size_t len = strlen(line);
	cut_cover(line, ms->n ? ms->v[0].at : len, c);
	struct wp_nrebreak_depth d = {0, 0};
	bool after_end = true, sentence = false;
	size_t next = 0;
	const char *title = NULL; /* where the text of the last heading starts */
	const char *value = NULL; /* the value of the last field label, to its first space */
	/* after a committee's label (副组长：X　张三), till a line without a name */
	bool members = false;
	const char *seg = line, *prev_seg = NULL; /* the text since the last space, and before */
	for (const char *p = line; *p;) {
		size_t at = (size_t)(p - line), n;
		if (next < ms->n && ms->v[next].at == at) {
			if (!after_colon(line, p, &ms->v[next]))
				cut_at(c, at);
			const char *t = p + ms->v[next].len;
			while (wp_nrebreak_space_at(t))
				t += wp_nrebreak_space_at(t);
			const char *te = title_end(t);
			if (te)
				cut_at(c, (size_t)(te - line));
			title = t;
			value = NULL;
			next++;
		} else if (!d.open && at > 0 && p[-1] == ' ' && p != title && !two_spaces(line, p) &&
			   (n = label_at(p)) > 0) {
			cut_at(c, at);
			value = p + n;
			size_t role;
			members = wp_committee_label_at(p, &role) != WP_COMMITTEE_NONE || spaced_label(p);
		} else if (!d.open && after_end && at > 0 && (n = item_kind_at(p)) > 0) {
			cut_at(c, at);
			const char *te = title_end(p + n);
			if (te)
				cut_at(c, (size_t)(te - line));
		} else if (!d.open && p == seg && at > 0 && (n = date_at(p)) > 0 &&
			   (!p[n] || wp_nrebreak_space_at(p + n))) {
			/* xx市科学技术局 2018年4月10日: a letter signed and dated
			 * inside the text (a cover letter before its plan) */
			cut_at(c, at);
			cut_at(c, at + n);
			const char *u = wp_nrebreak_char_before(line, p);
			if (prev_seg && prev_seg > line && signing_unit(prev_seg, u))
				cut_at(c, (size_t)(prev_seg - line));
		}
		const char *b = wp_nrebreak_char_before(line, p);
		/* （一） 宣传我市…: the space after a marker parts nothing */
		if (!d.open && at > 0 && wp_nrebreak_space_at(p) && !wp_nrebreak_space_at(b) &&
		    !wp_nrebreak_space_at(p + 1) && p + 1 != title) {
			/* 。 ， or ： and a space: no notice's line holds one, a
			 * line ended there */
			bool listed = next < ms->n && ms->v[next].at == at + wp_nrebreak_space_at(p) &&
				      after_colon(line, p + wp_nrebreak_space_at(p), &ms->v[next]);
			int num[WP_HEADING_DECIMAL_DEPTH], depth;
			bool dotted;
			if (ends_clause(b) && !(wp_str_starts(b, "：") && listed))
				cut_at(c, at);
			else if (wp_str_starts(b, "）") && wp_heading_sectioned(p + 1, num, &depth, &dotted))
				cut_at(c, at); /* …（牵头单位：X） 1.2 组建报告团。: the next item */
			else if (value && p > value && (dated_heading(p + 1) || part_of_day_at(p + 1)))
				cut_at(c, at); /* 协办：县工商联 4月21日（星期二）, 配合：县教育局 下午　X */
			else if (value && !wp_nrebreak_digit(*b) && !wp_nrebreak_digit(p[1]) && long_run(p + 1, 20))
				cut_at(c, at); /* 配合单位：县科协 利用主题班会…: the item's text */
			else if ((members = members && post_and_name(p + 1)))
				cut_at(c, at); /* 副组长：局长　张三 县教育局局长　李四: one a line */
			else if (ends_title(seg, p, sentence) || ends_phone(line, p) || note_follows(p + 1) ||
				 row_head(p + 1) || opener_at(p + 1) || (*b == '|' && p[1] == '|') ||
				 (!value && (dated_heading(p + 1) || (clock_at(p + 1) && !after_date(line, b)))))
				cut_at(c, at);
			size_t mark = wp_word_at(seg, WP_WORDS_HEADING_MARK), name = 0;
			if (seg + mark < p)
				name = wp_word_at(seg + mark, WP_WORDS_BARE_SECTION);
			if (!sentence && name && seg + mark + name == p && p[1] != '|' &&
			    !(seg - line >= 2 && seg[-2] == '|')) {
				/* 活动主题 科学防控近视, ◆活动时间 2026年…: a section's
				 * name alone, its number lost */
				cut_at(c, (size_t)(seg - line));
				cut_at(c, at);
			}
			if ((n = page_mark(p + 1)) > 0) {
				cut_at(c, at); /* — 3 —: a PDF's page number, a line of its own */
				cut_at(c, at + 1 + n);
			}
			if ((n = decimal_heading(p + 1)) > 0) {
				const char *te = title_end(p + 1 + n);
				cut_at(c, at);
				if (te)
					cut_at(c, (size_t)(te - line));
			}
			value = NULL;
			prev_seg = seg;
			seg = p + wp_nrebreak_space_at(p);
			sentence = false;
		}
		sentence |= wp_str_starts(p, "。");
		after_end = wp_nrebreak_ends_before(p);
		wp_nrebreak_depth_step(&d, p);
		p += wp_str_char_len(p);
	}
	cut_signature(line, len, c);
}
