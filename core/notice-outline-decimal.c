/* notice-outline-decimal.c - a plan written as a decimal outline as deep
 * as Word numbers it (1 / 1.1 / 1.1.1 / 1.1.1.1), with no 一、 heading.
 *
 * Its activities sit at mixed depth: 3.1 院内活动 groups 3.1.1 3.1.2,
 * while 3.3 线上宣传 is itself one; an activity is the deepest heading with
 * sub-items of its own, and those sub-items (3.1.1.1 8月25日上午 / 3.1.1.2
 * 门诊一楼大厅 / 3.1.1.3 X牵头，Y配合) are its unlabelled lines, as if
 * written under 1. with no number. So the outline reads each numbered line
 * by what it holds: a line with sub-items is a heading (a group over
 * headings at level 2, one over lines at level 3); a line with none is a
 * line of the heading above, its number dropped, unless it is a short
 * title over prose of its own (1.2 主题 / 关口前移…), or a point under a
 * focus heading (3.4 宣传重点 / 3.4.1 X: the points stay items). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "notice-heading.h"
#include "notice-outline.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"
#include "alloc.h"

/* Is paragraph p's number (num, depth d) the next of the outline whose
 * open path is path[0..*cur-1]? A child comes numbered 1; a sibling of an
 * open level one past it. Updates the path when it is. */
static bool in_sequence(const int *num, int d, int *path, int *cur)
{
	if (d > *cur + 1)
		return false;
	for (int k = 0; k + 1 < d; k++)
		if (num[k] != path[k])
			return false;
	if (num[d - 1] != (d == *cur + 1 ? 1 : path[d - 1] + 1))
		return false;
	path[d - 1] = num[d - 1];
	*cur = d;
	return true;
}

/* Drops paragraph i's number and the gap after it. */
static void drop_number(wp_ntext *t, size_t i, const char *text)
{
	char *para = t->para[i];
	memmove(para, text, strlen(text) + 1);
}

bool wp_outline_decimal_title(const char *text)
{
	static const char *const not_in_heading[] = {"。", "，", "；", "：", "、", " ", "\t", "\xe3\x80\x80", NULL};
	return wp_text_width(text) <= 20 && wp_str_span_upto(text, not_in_heading) == strlen(text);
}

bool wp_outline_decimal_section_title(const char *text)
{
	static const char *const not_in_heading[] = {"。", "，", "；", "：", " ", "\t", "\xe3\x80\x80", NULL};
	if (wp_outline_decimal_title(text))
		return true;
	/* longer, or a list: only a heading the genre's sections open with
	 * (活动时间、主题和宣传重点), not an activity's title (宣传周启动仪式、
	 * 集中宣传咨询) */
	static const enum wp_word_set openers[] = {WP_WORDS_PERIOD_HEADING, WP_WORDS_THEME_HEADING,
						   WP_WORDS_FOCUS_SECTION, WP_WORDS_DUTY_SECTION,
						   WP_WORDS_ACTIVITY_SECTION};
	/* 组织保障、工作要求, 组织领导及工作保障要求: ending as one does */
	static const enum wp_word_set enders[] = {WP_WORDS_REQUIREMENT_SECTION, WP_WORDS_OTHER_SECTION};
	bool section = false;
	for (size_t k = 0; k < sizeof openers / sizeof *openers && !section; k++)
		section = wp_word_at(text, openers[k]) > 0;
	for (size_t k = 0; k < sizeof enders / sizeof *enders && !section; k++)
		section = wp_word_ends(text, enders[k]);
	return section && wp_text_width(text) <= 2 * WP_OUTLINE_SECTION_TITLE_CHARS &&
	       wp_str_span_upto(text, not_in_heading) == strlen(text);
}

/* Is text a title over lines of its own: a short one (wp_outline_decimal_
 * title), or a name with no sentence's mark (宣传周启动仪式暨“知识产权合规
 * 承诺”签名, 专场一：高价值专利挖掘与布局), not a field's line (时间：…)? */
static bool titles_its_lines(const char *text)
{
	static const char *const sentence[] = {"。", "，", "；", NULL};
	size_t len;
	if (wp_outline_decimal_title(text))
		return true;
	if (wp_field_label_at(text, &len) || wp_text_width(text) > 60)
		return false;
	for (const char *const *m = sentence; *m; m++)
		if (wp_str_find(text, *m))
			return false;
	return true;
}

/* Does the text number its sections 1  X, 2  Y (a Word multi-level
 * list, see decimal() in notice-outline.c)? Dotted (1. X, 2. Y), they are more often the
 * items of a text with no sections: only with a second level (4.1. X)
 * under them are they the list's. */
bool wp_outline_decimal_sections(const wp_ntext *t)
{
	int next = 1;
	bool dotted_tops = false, minors = false;
	for (size_t i = 0; i < t->n && !(next > 2 && (minors || !dotted_tops)); i++) {
		int major, minor;
		bool dotted;
		const char *text = wp_heading_decimal(t->para[i], &major, &minor, &dotted);
		if (!text)
			continue;
		if (!minor && major == next && next <= 2 && wp_outline_decimal_section_title(text)) {
			dotted_tops |= dotted;
			next++;
		}
		minors |= minor > 0;
	}
	return next > 2 && (minors || !dotted_tops);
}

int *wp_outline_decimal_deep(wp_ntext *t)
{
	int *depth = wp_xcalloc(t->n ? t->n : 1, sizeof *depth);
	int path[WP_HEADING_DECIMAL_DEPTH] = {0}, cur = 0, num[WP_HEADING_DECIMAL_DEPTH];
	bool deep = false, dotted;
	for (size_t i = 0; i < t->n; i++) {
		int d;
		if (wp_heading_decimal_path(t->para[i], num, &d, &dotted) && in_sequence(num, d, path, &cur))
			depth[i] = d, deep = deep || d >= 3;
	}
	if (!deep) {
		free(depth);
		return NULL;
	}
	/* backwards: does the next numbered line sit one level below? */
	bool *parent = wp_xcalloc(t->n ? t->n : 1, sizeof *parent);
	int next = 0;
	for (size_t i = t->n; i-- > 0;)
		if (depth[i]) {
			parent[i] = next == depth[i] + 1;
			next = depth[i];
		}
	/* 1.2 主题 / 6.1 宣传周启动仪式暨“…”签名 over prose or labelled lines of
	 * its own (not over the next numbered line): a title */
	bool *titled = wp_xcalloc(t->n ? t->n : 1, sizeof *titled);
	for (size_t i = 0; i + 1 < t->n; i++) {
		int d = depth[i];
		const char *text = d > 1 && !parent[i] ? wp_heading_decimal_path(t->para[i], num, &d, &dotted) : NULL;
		titled[i] = text && !depth[i + 1] && *t->para[i + 1] && titles_its_lines(text);
	}
	int *level = wp_xcalloc(t->n ? t->n : 1, sizeof *level);
	bool focus[WP_HEADING_DECIMAL_DEPTH] = {false}; /* the heading open at each depth names the focuses */
	for (size_t i = 0; i < t->n; i++) {
		int d = depth[i];
		const char *text = d ? wp_heading_decimal_path(t->para[i], num, &d, &dotted) : NULL;
		if (!text)
			continue;
		focus[d - 1] = false;
		if (d == 1) {
			level[i] = 1;
		} else if (parent[i]) {
			/* its first sub-item has sub-items, or titles lines of its
			 * own (6.2 大讲堂 / 6.2.1 专场一 / prose): a group */
			size_t k = i + 1;
			while (k < t->n && !depth[k])
				k++;
			level[i] = k < t->n && (parent[k] || titled[k]) ? 2 : 3;
			focus[d - 1] = wp_word_is(text, WP_WORDS_FOCUS_SECTION);
		} else if (titled[i]) {
			level[i] = 3; /* 1.2 主题 over its prose */
		} else if (d > 2 && focus[d - 2]) {
			level[i] = 4; /* a point of the focuses */
		} else {
			drop_number(t, i, text);
		}
	}
	free(titled);
	free(parent);
	free(depth);
	return level;
}
