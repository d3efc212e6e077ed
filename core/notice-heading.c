/* notice-heading.c - the numbers that open a notice's headings: 一、 for
 * a section; （一）, （1）, ㈠, 1. 1． 1、, 活动一：, 第一阶段：, 第一项， and
 * 一是 for an item; 1  X and 4.1  X of a Word multi-level list. */
#include "config.h"

#include <string.h>
#include <unistr.h>

#include "notice-date.h"
#include "notice-heading.h"
#include "notice-words.h"
#include "notice-text.h"
#include "text.h"

static int arabic_item(const char *s, const char **after);

const char *wp_heading_article(const char *para, int *number)
{
	const char *p = para;
	if (!wp_str_skip(&p, "第"))
		return NULL;
	size_t len = 0;
	int n = wp_cn_number(p, &len);
	p += len;
	if (n < 0)
		n = arabic_item(p, &p);
	if (n < 1 || !(len = wp_word_at(p, WP_WORDS_ARTICLE_UNIT)))
		return NULL;
	bool part = wp_str_starts(p, "部分");
	p += len;
	/* 第三条　X, 第1条 X, 第二条活动时间: a gap or the title itself; not
	 * 第三条，… or 第三条规定的… in a sentence */
	const char *gap = p;
	while (*p == ' ' || *p == '\t' || wp_str_starts(p, "\xe3\x80\x80"))
		p += wp_str_char_len(p);
	/* 第四部分⇥活动安排 only with its gap: 第二部分明确，… is a sentence */
	if (part && p == gap)
		return NULL;
	if (wp_str_starts(p, "，") || wp_str_starts(p, "、") || wp_str_starts(p, "。") ||
	    wp_word_at(p, WP_WORDS_ARTICLE_CITED))
		return NULL;
	*number = n;
	return p;
}

const char *wp_heading_top(const char *para, int *number)
{
	size_t len;
	int n = wp_cn_number(para, &len);
	if (n < 0)
		return wp_heading_article(para, number);
	const char *p = para + len;
	bool marked = wp_str_skip(&p, "、") || wp_str_skip(&p, "．") || wp_str_skip(&p, ".");
	if (!marked)
		return NULL;
	*number = n;
	return p;
}

/* ㈠宣传总体国家安全观…: WPS's auto-numbering writes the item （一） as
 * one parenthesized ideograph (U+3220..U+3229), run into its text. Its
 * place in this table is its number. */
static const char *const paren_ideographs[] = {
	"\xe3\x88\xa0", "\xe3\x88\xa1", "\xe3\x88\xa2", "\xe3\x88\xa3", "\xe3\x88\xa4", /* ㈠..㈤ */
	"\xe3\x88\xa5", "\xe3\x88\xa6", "\xe3\x88\xa7", "\xe3\x88\xa8", "\xe3\x88\xa9", /* ㈥..㈩ */
};

/* The number of the parenthesized ideograph para opens with, its text
 * in *after; -1 for none. */
static int paren_ideograph(const char *para, const char **after)
{
	for (size_t i = 0; i < sizeof paren_ideographs / sizeof *paren_ideographs; i++)
		if (wp_str_starts(para, paren_ideographs[i])) {
			*after = para + strlen(paren_ideographs[i]);
			return (int)i + 1;
		}
	return -1;
}

/* Arabic item numbers: 12 in "（12）", "1." "1．" "1、"; -1 otherwise. */
static int arabic_item(const char *s, const char **after)
{
	int n = 0, digits = 0;
	while (*s >= '0' && *s <= '9' && digits < 3)
		n = n * 10 + (*s++ - '0'), digits++;
	if (!digits || n == 0 || n > 99)
		return -1;
	*after = s;
	return n;
}

/* 11月9日（周一）上午…: digits after 1. that are a month (1 to 12, then 月)
 * open the item's text with its date (1.11月9日…, 2.5月20日…), and so do
 * a year's four digits then 年 (1.2026年“中国旅游日”主会场活动); other
 * digits make a decimal (2026.4, 1.5万). */
static bool opens_with_month(const char *s)
{
	int m = 0, digits = 0;
	while (*s >= '0' && *s <= '9' && digits < 4)
		m = m * 10 + (*s++ - '0'), digits++;
	if (digits == 4)
		return m >= 1900 && m <= 2199 && wp_str_starts(s, "年");
	return digits && m >= 1 && m <= 12 && wp_str_starts(s, "月");
}

/* 活动一　“走进园区档案室”开放日: a gap instead of a colon after the
 * kind and number, as a Word heading sets its name off by a wide space
 * (or spaces). True, past the gap, when text follows it. */
static bool skip_gap(const char **s)
{
	const char *p = *s;
	while (*p == ' ' || wp_str_starts(p, "\xe3\x80\x80"))
		p += *p == ' ' ? 1 : 3;
	if (p == *s || !*p)
		return false;
	*s = p;
	return true;
}

/* 活动一｜X, as a post sets a title off: a bar (｜, 丨 or |) and the gaps
 * around it; true, past them, when there is one. */
static bool item_bar(const char **s)
{
	const char *p = *s;
	skip_gap(&p);
	if (!(wp_str_skip(&p, "｜") || wp_str_skip(&p, "丨") || wp_str_skip(&p, "|")))
		return false;
	skip_gap(&p);
	*s = p;
	return true;
}

/* 活动一：X, 活动1、X, 项目二：X: an item named by its kind; 【活动一】X,
 * as a WeChat copy writes it, in brackets. */
static int named_item(const char *para, const char **after)
{
	const char *p = para;
	size_t mark = wp_word_at(p, WP_WORDS_HEADING_MARK); /* ◆活动一：X, a bullet before it */
	p += mark ? mark : wp_word_at(p, WP_WORDS_ITEM_MARK); /* ▲活动一：X */
	bool bracket = wp_str_skip(&p, "【");
	size_t kind_len = wp_word_at(p, WP_WORDS_ITEM_KIND);
	bool kind = kind_len > 0;
	p += kind_len;
	size_t len = 0;
	int n = kind ? wp_cn_number(p, &len) : -1;
	p += len;
	if (kind && n < 0)
		n = arabic_item(p, &p);
	if (n < 0 || (bracket && !wp_str_skip(&p, "】")) ||
	    (!bracket && !(wp_str_skip(&p, "：") || wp_str_skip(&p, "、") || wp_str_skip(&p, ":") ||
			   item_bar(&p) || skip_gap(&p))))
		return -1;
	*after = p;
	return n;
}

/* 第一阶段：动员部署（4月1日—4月3日）, 第一周（6月1日—6月7日）: a phase of
 * the campaign, the items under it numbered afresh. Its name may follow a ：, a space, or nothing
 * (第二阶段（4月7日至25日）集中整治). */
static int phase_item(const char *para, const char **after)
{
	const char *p = para;
	if (!wp_str_skip(&p, "第"))
		return -1;
	size_t len = 0;
	int n = wp_cn_number(p, &len);
	p += len;
	if (n < 0)
		n = arabic_item(p, &p);
	/* 第一阶段, 第一周（6月1日—6月7日）　主题：… (not 第一天（4月20日）, a
	 * schedule's day over its lines) */
	size_t stage = n < 0 ? 0 : wp_str_starts(p, "阶段") ? strlen("阶段") : wp_str_starts(p, "周") ? strlen("周") : 0;
	if (!stage)
		return -1;
	/* 第一周（…）, 第一周：X, 第一周　X; not 第一周内完成…, 第一周进行初赛 */
	if (stage == strlen("周") && !wp_str_starts(p + stage, "（") && !wp_str_starts(p + stage, "：") &&
	    !wp_str_starts(p + stage, " ") && !wp_str_starts(p + stage, "\xe3\x80\x80") && p[stage] != '\t')
		return -1;
	p += stage;
	if (!(wp_str_skip(&p, "：") || wp_str_skip(&p, ":") || wp_str_skip(&p, "，")))
		while (*p == ' ')
			p++;
	*after = p;
	return n;
}

/* 第一项，举行启动仪式。6月5日…: an item counted by 项 (the 第X项 of a
 * 以下七项重点活动 list), its run-in name after the ，. Only with a mark
 * after 项, so 第一项活动 in a sentence is no heading. */
static int counted_item(const char *para, const char **after)
{
	const char *p = para;
	if (!wp_str_skip(&p, "第"))
		return -1;
	size_t len = 0;
	int n = wp_cn_number(p, &len);
	p += len;
	if (n < 1 || !wp_str_skip(&p, "项"))
		return -1;
	if (!(wp_str_skip(&p, "，") || wp_str_skip(&p, "：") || wp_str_skip(&p, "、")))
		return -1;
	*after = p;
	return n;
}

/* 一是办好集中宣传活动。…: a paragraph that opens with 一是, 二是 is an
 * item of a list written in prose (the genre's 一是…二是…三是…). */
static int prose_item(const char *para, const char **after)
{
	size_t len = 0;
	int n = wp_cn_number(para, &len);
	const char *p = para + len;
	if (n < 1 || n > 20 || !wp_str_skip(&p, "是"))
		return -1;
	if (!wp_str_skip(&p, "："))
		wp_str_skip(&p, "，");
	*after = p;
	return n;
}

bool wp_heading_is_prose_item(const char *para)
{
	const char *after;
	return prose_item(para, &after) > 0;
}

/* 01　4/1（周三）7:40　学校田径场: a block keyed by two digits and a gap
 * (01, 02 … as a chart's rows are numbered), no 、 or . after them. What
 * follows opens with no digit unless it is the block's date; a line that
 * holds a chart's marks (01 启动仪式　▲) is the chart's row, no item. */
static int keyed_item(const char *para, const char **after)
{
	const char *p = para;
	int n = arabic_item(p, &p);
	wp_ndate d;
	size_t len;
	if (n < 0 || p - para != 2 || !skip_gap(&p))
		return -1;
	if ((*p >= '0' && *p <= '9') && !(wp_nfind_date_at(p, 2000, &d) && d.at == p))
		return -1;
	if (wp_word_find(p, WP_WORDS_CHART_MARK, &len))
		return -1;
	/* 15 个乡镇, 10 月 20 日: a count and its measure word (01 人员培训
	 * is a keyed row all the same: a count has no leading zero) */
	if (para[0] != '0' && wp_word_at(p, WP_WORDS_COUNT_MEASURE))
		return -1;
	*after = p;
	return n;
}

bool wp_heading_keyed(const char *para)
{
	const char *p;
	return keyed_item(para, &p) > 0;
}

/* 一）举办…, 1）启动仪式: an item's number closed by a bracket that was
 * never opened (a copy that lost it, or a list so typed); its number in
 * *n and its text in *after. */
static bool unopened_bracket(const char *para, int *n, const char **after)
{
	size_t len = 0;
	const char *p;
	int k = wp_cn_number(para, &len);
	if (k >= 0)
		p = para + len;
	else if ((k = arabic_item(para, &p)) < 0)
		return false;
	if (!wp_str_skip(&p, "）") || !*p)
		return false;
	*n = k;
	*after = p;
	return true;
}

const char *wp_heading_item(const char *para, int *number)
{
	const char *p;
	int n;
	if ((n = named_item(para, &p)) > 0 || (n = phase_item(para, &p)) > 0 ||
	    (n = counted_item(para, &p)) > 0 || (n = prose_item(para, &p)) > 0 ||
	    (n = paren_ideograph(para, &p)) > 0 || (n = keyed_item(para, &p)) > 0) {
		/* 活动一：启动仪式, 第一阶段：动员部署, 第一项，举行…, 一是办好…, ㈠宣传… */
	} else if (wp_str_starts(para, "（")) {
		const char *in = para + strlen("（");
		size_t len = 0;
		n = wp_cn_number(in, &len);
		p = in + len;
		if (n < 0)
			n = arabic_item(in, &p);
		if (n < 0 || !wp_str_skip(&p, "）"))
			return NULL;
	} else if (unopened_bracket(para, &n, &p)) {
		/* 一）X, 1）X: the number's bracket with no opening one */
	} else {
		/* 1. 1． 1、 followed by text, not by more digits (2026.4) */
		n = arabic_item(para, &p);
		if (n < 0)
			return NULL;
		bool marked = wp_str_skip(&p, "．") || wp_str_skip(&p, "、") ||
			      (*p == '.' && (!(p[1] >= '0' && p[1] <= '9') || opens_with_month(p + 1)) &&
			       wp_str_skip(&p, "."));
		if (!marked)
			return NULL;
	}
	*number = n;
	while (*p == ' ')
		p++;
	return p;
}

/* The number of a Word multi-level list at the start of para (1, 4.1,
 * 3.1.1.2; up to WP_HEADING_DECIMAL_DEPTH numbers of one or two digits
 * each, in num, their count in *depth), then a gap or a closing dot
 * (*dotted); returns what follows, whatever it opens with, or NULL. */
const char *wp_heading_decimal_path(const char *para, int num[WP_HEADING_DECIMAL_DEPTH], int *depth, bool *dotted)
{
	const char *p = para;
	int k = 0;
	for (; k < WP_HEADING_DECIMAL_DEPTH; k++) {
		const char *digits = p;
		int v = arabic_item(p, &p);
		if (v < 0 || p - digits > 2)
			return NULL;
		num[k] = v;
		if (*p != '.' || !(p[1] >= '0' && p[1] <= '9'))
			break;
		if (k + 1 < WP_HEADING_DECIMAL_DEPTH)
			p++;
	}
	if (k == WP_HEADING_DECIMAL_DEPTH)
		return NULL; /* a number more */
	bool dot = *p == '.' && !(p[1] >= '0' && p[1] <= '9');
	if (dot)
		p++;
	if (*p == '.' || (p[0] >= '0' && p[0] <= '9'))
		return NULL; /* three digits */
	const char *gap = p;
	while (*p == ' ' || *p == '\t' || wp_str_starts(p, "\xe3\x80\x80"))
		p += wp_str_char_len(p);
	if ((p == gap && !dot) || !*p)
		return NULL;
	*depth = k + 1;
	*dotted = dot;
	return p;
}

const char *wp_heading_sectioned(const char *para, int num[WP_HEADING_DECIMAL_DEPTH], int *depth, bool *dotted)
{
	const char *text = wp_heading_decimal_path(para, num, depth, dotted);
	if (!text || *depth < 2 || *depth > 3 || (unsigned char)*text < 0x80 || wp_str_starts(text, "．") ||
	    wp_word_at(text, WP_WORDS_DUE_TIME) || wp_word_at(text, WP_WORDS_COUNT_MEASURE))
		return NULL;
	/* 12.4 国家宪法日，…: a day's date and its name, the clause ending
	 * on 日 or 节 within a few characters */
	static const char *const clause_ends[] = {"，", "。", "、", "：", NULL};
	static const char *const goes_on[] = {"，", "、", NULL}; /* an item's title ends with 。 */
	const char *p = text;
	for (int chars = 0; *p && chars < 12 && !wp_str_starts_any(p, clause_ends); chars++)
		p += wp_str_char_len(p);
	if (wp_str_starts_any(p, goes_on)) {
		for (const char *const *w = wp_words(WP_WORDS_DAY_NAME_END); *w; w++)
			if (wp_str_ends_at(text, p, *w))
				return NULL;
	}
	return text;
}

/* 1  指导思想, 4.1  宣传周启动仪式: a Word multi-level list copied as
 * text writes its number with no mark, then a gap (spaces, a tab or a
 * wide space) where Word's tab stop was. One or two numbers of one or two
 * digits each; what follows the gap must not open with a digit or a dot
 * (2026.4.22, 1.5万 and 4.22 上午… are no numbers of a list; the outline
 * checks the rest). Word's other common form, 1. 指导思想 / 4.1. X, ends
 * its number with a dot (*dotted; the gap may then be missing). */
const char *wp_heading_decimal(const char *para, int *major, int *minor, bool *dotted)
{
	int num[WP_HEADING_DECIMAL_DEPTH], depth;
	const char *p = wp_heading_decimal_path(para, num, &depth, dotted);
	if (!p || depth > 2 || (*p >= '0' && *p <= '9') || *p == '.' || wp_str_starts(p, "．"))
		return NULL;
	*major = num[0];
	*minor = depth == 2 ? num[1] : 0;
	return p;
}

const char *wp_heading_marked(const char *para)
{
	size_t mark = wp_word_at(para, WP_WORDS_HEADING_MARK);
	const char *p = para + mark;
	static const char *const not_in_heading[] = {"。", "，", "；", "：", NULL};
	if (!mark || !*p || wp_text_width(p) > 24 || wp_str_span_upto(p, not_in_heading) != strlen(p))
		return NULL;
	return p;
}

const char *wp_heading_bracketed(const char *para)
{
	static const char *const not_in_heading[] = {"。", "，", "；", "：", "【", NULL};
	const char *p = para;
	if (!wp_str_skip(&p, "【") || !wp_str_ends(p, "】") || strlen(p) <= strlen("】") ||
	    wp_text_width(p) > 24 || wp_str_span_upto(p, not_in_heading) != strlen(p))
		return NULL;
	/* 【通知】, 【紧急通知】 atop a message sent to a work group: the kind
	 * of message, no section */
	size_t tag = wp_word_at(p, WP_WORDS_MESSAGE_TAG);
	if (tag && strcmp(p + tag, "】") == 0)
		return NULL;
	return p;
}

const char *wp_heading_after_stage(const char *s)
{
	if (!wp_str_starts(s, "第"))
		return NULL;
	const char *p = s + strlen("第");
	size_t len;
	if (wp_cn_number(p, &len) < 0)
		return NULL;
	p += len;
	if (!(len = wp_word_at(p, WP_WORDS_STAGE)))
		return NULL;
	p += len;
	if (wp_str_starts(p, "（")) {
		/* the stage's dates: a short bracket */
		const char *close = wp_str_find(p, "）");
		if (!close || close - p > 60)
			return NULL;
		p = close + strlen("）");
	}
	if (wp_str_starts(p, "："))
		return p[strlen("：")] ? p + strlen("：") : NULL;
	/* 第一阶段　宣传发动（10月1日—10月10日）: the name set apart by spaces */
	const char *gap = p;
	while (wp_str_skip(&p, "\xe3\x80\x80") || wp_str_skip(&p, " "))
		;
	return p > gap && *p ? p : NULL;
}

/* The runs of circled numbers: ① in a Word list; ❶ ➀ ➊ (dingbats) and
 * ⓵ ⓫ (double and negative circles) in a post typed on a phone. A run's
 * first code point is its first number. */
static const struct {
	ucs4_t first;
	int count, from;
} circled_runs[] = {
	{0x2460, 20, 1}, /* ①..⑳ */
	{0x2776, 10, 1}, /* ❶..❿ */
	{0x2780, 10, 1}, /* ➀..➉ */
	{0x278a, 10, 1}, /* ➊..➓ */
	{0x24f5, 10, 1}, /* ⓵..⓾ */
	{0x24eb, 10, 11}, /* ⓫..⓴ */
};

int wp_heading_circled(const char *para, const char **after)
{
	ucs4_t uc;
	int len = u8_strmbtouc(&uc, (const uint8_t *)para);
	if (len <= 0)
		return -1;
	for (size_t i = 0; i < sizeof circled_runs / sizeof *circled_runs; i++) {
		if (uc < circled_runs[i].first || uc >= circled_runs[i].first + (ucs4_t)circled_runs[i].count)
			continue;
		const char *p = para + len;
		while (*p == ' ')
			p++;
		*after = p;
		return circled_runs[i].from + (int)(uc - circled_runs[i].first);
	}
	return -1;
}
