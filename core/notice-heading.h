/* notice-heading.h - the numbers that open a notice's headings, read
 * from the start of a paragraph. The outline (notice-outline.h) calls
 * them for the readers; the line joiner (notice-lines.c) and a .docx's
 * paragraphs (notice-docx-body.c) ask them too.
 * Not part of core's interface: only notice.h is. */
#ifndef WP_NOTICE_HEADING_H
#define WP_NOTICE_HEADING_H

#include <stdbool.h>

/* A top-level heading "一、X", or an article "第三条　X" (第X章 too, see
 * wp_heading_article): returns X (borrowed) and the number, or NULL. */
const char *wp_heading_top(const char *para, int *number);
/* 第三条　X, 第1条 X, 第一章　总则: an article (or chapter) of a plan
 * drafted like regulations, opening a paragraph: returns X (borrowed;
 * empty for a bare 第三条) and the number, or NULL. */
const char *wp_heading_article(const char *para, int *number);
/* An item heading "（一）X": returns X (borrowed) and the number, or NULL. */
const char *wp_heading_item(const char *para, int *number);
/* Is para a block keyed by two digits and a gap (01　4/1（周三）…)? */
bool wp_heading_keyed(const char *para);
/* ①X, and the dingbat forms a WeChat post numbers its items with (❶X
 * ➀X ➊X ⓵X ⓫X): the number (① is 1) and the text after it and its
 * spaces in *after (borrowed); -1 for none. */
int wp_heading_circled(const char *para, const char **after);
/* ◆活动主题: a short line opened by a mark instead of a number, as a
 * WeChat copy writes a section's heading: the text after the mark
 * (borrowed), or NULL. */
const char *wp_heading_marked(const char *para);
/* 【活动安排】 alone on its line: a section named in brackets instead of
 * numbered, as a street office or a WeChat copy heads its sections (in a
 * text that numbers them too: its 一、 lines are then sections of their
 * own). The text after 【, its 】 left on (borrowed), or NULL. */
const char *wp_heading_bracketed(const char *para);
/* 3.1.1.2  X: the numbers of a decimal outline, at most this deep (see
 * wp_heading_decimal_path in notice-heading.c). */
enum { WP_HEADING_DECIMAL_DEPTH = 4 };
const char *wp_heading_decimal_path(const char *para, int num[WP_HEADING_DECIMAL_DEPTH], int *depth, bool *dotted);
/* 1  指导思想 / 4.1  宣传周启动仪式: a number of a Word multi-level list
 * (one or two numbers, no mark, then a gap), or 1. / 4.1. (a dot after
 * the number, *dotted): the text after the gap (borrowed) with *major set
 * and *minor the second number (0 for none), or NULL. Only the outline
 * knows whether it is a heading (in sequence, under its section). */
const char *wp_heading_decimal(const char *para, int *major, int *minor, bool *dotted);
/* 1.1 召开部署会 / 2.2.1 X: an item numbered by its section and its own
 * place (two or three numbers, then a gap), its text opening with a
 * word, not a count (2.5 万人) nor a time of day (4.1 上午: a date). The
 * numbers in num, their count in *depth; the text (borrowed), or NULL.
 * Only the outline knows whether the first is its section's. */
const char *wp_heading_sectioned(const char *para, int num[WP_HEADING_DECIMAL_DEPTH], int *depth, bool *dotted);
/* Does para open as an item of a list written in prose (一是, 二是 ...)? */
bool wp_heading_is_prose_item(const char *para);
/* 第一周（9月10日—16日）：X, 第二阶段：X: a heading's text that opens with
 * the stage of the campaign it belongs to (a week, a phase; its dates in
 * brackets) names its activity after the ： (or after a space: 第一阶段
 * 宣传发动). Where that name starts in text, or NULL. */
const char *wp_heading_after_stage(const char *text);

#endif
