/* notice-line.h - one line of a notice, as notice-lines.c meets it before
 * joining it to a paragraph: what it is (a table row, a page number, a
 * label spaced out to line up) and its spaces cleaned (notice-line.c);
 * the signs at its start or end that it opens a block or ends a sentence
 * (notice-line-signs.c).
 *
 * Not part of core's interface: only notice.h is. */
#ifndef WP_NOTICE_LINE_H
#define WP_NOTICE_LINE_H

#include <stdbool.h>
#include <stddef.h>

/* The joiner's work, in steps: one per byte a loop looks at, of a line,
 * of the paragraph looked back at or of the text measured for its width,
 * and one per look-up in a table of the genre's words (a fixed table,
 * asked about a line's start). Joining stops once budget is spent (a
 * fixed multiple of the text's bytes, set by notice-text.c), so a pass
 * that went quadratic fails the notice with an error instead of taking
 * minutes, and the tests can tell it by the count, not the time. */
typedef struct wp_nline_work {
	size_t steps, budget;
} wp_nline_work;

/* Counts n steps of work; false once the budget is spent (a loop that
 * calls it then ends, and the caller gives up the text). */
static inline bool wp_nline_step(wp_nline_work *work, size_t n)
{
	work->steps += n;
	return work->steps <= work->budget;
}

/* Copy of s without the spaces that only part digits from 年/月/日
 * ("2026 年 4 月"); the spaces of a mobile number in groups stay, also
 * where the line's end or start cut it. Caller frees. */
char *wp_nline_squeeze_spaces(const char *s, wp_nline_work *work);
/* Would the digits at the end of s[0..len) and those that open next make
 * a mobile number in groups with a space between them? */
bool wp_nline_mobile_across(const char *s, size_t len, const char *next, wp_nline_work *work);
/* Does s[0..len) end a sentence or a clause for certain (。；：！？)? Not
 * with a closing bracket or quote: a wrapped line may end with one in
 * mid-sentence (总结（含图片不少于5张） | 报…). len is known: a paragraph
 * being built is asked this at each of its lines. */
bool wp_nline_ends_clause(const char *s, size_t len, wp_nline_work *work);
/* Is line a table row: cells apart by a tab, a run of spaces or of U+3000,
 * or between bars? */
bool wp_nline_table_row(const char *line, wp_nline_work *work);
/* The same for the n bytes at line, after any indent. */
bool wp_nline_table_row_n(const char *line, size_t n, wp_nline_work *work);
/* Does a table row open with its 序号 cell (3, 3., 3、 then a gap)? */
bool wp_nline_row_number_first(const char *line);
/* Is line a page number a PDF left ("— 3 —", "第3页 共5页")? One pass
 * over the line's start, counted by the caller. */
bool wp_nline_page_number(const char *line);
/* The bytes of the leader at p, the dots a printed programme runs from
 * a title to its place (启动仪式……………………县文化广场): three ellipses or
 * more (two are an ellipsis, 等等……), or ten dots (six are the typed
 * ellipsis); 0 if none. */
size_t wp_nline_leader_at(const char *p);
/* Does line hold a leader? */
bool wp_nline_has_leader(const char *line);
/* ┌───┬───┐, ├───┼───┤: a rule of a table drawn with box characters (a
 * junction in it, not a plain ───), which holds no text. */
bool wp_nline_box_rule(const char *line);
/* │序号  │活动名称  │: the line with its drawn bars (│ ┃ ║) written as |,
 * a row of a barred table; NULL when it has none. Caller frees. */
char *wp_nline_box_bars(const char *line);
/* 1️⃣ 启动仪式, 🔟 …: a post numbers its items with keycap emoji (a digit,
 * U+FE0F, U+20E3); the line with its number as text writes it (1.启动仪
 * 式), or NULL if it opens with none. Caller frees. */
char *wp_nline_keycap_number(const char *line);
/* The line with a label spaced out to line up (联 系 人：) written unspaced,
 * or NULL when it opens with no such label; a field label with a wide gap
 * for its colon (时　　间　6月9日) gets its ： (时间：6月9日). Caller frees. */
char *wp_nline_unspaced_label(const char *line, wp_nline_work *work);
/* The line with two-character labels spaced to a width inside it written
 * unspaced (电　话：X　　手　机：Y -> 电话：X　　手机：Y), or NULL when it
 * holds none. Caller frees. */
char *wp_nline_unspaced_inner_labels(const char *line, wp_nline_work *work);

/* 一一一一★一一一一: a printed rule (a red line, the 版记's lines) as OCR
 * reads it, eight 一 at least and a star or two; no text. */
bool wp_nline_ocr_rule(const char *line);

/* notice-markdown.c: a web editor's Markdown copy. */
/* |---|:---:|: the separator row under a bar table's header, no row. */
bool wp_nline_md_rule(const char *line);
/* The line with each <br> (<br/>, <br />) written as the break it is: in
 * a bar table's row a space within its cell (none after 、，；：。), as a
 * Word cell's lines are joined; elsewhere a \n that ends the line. NULL
 * when it has none. Caller frees. */
char *wp_nline_md_breaks(const char *line, wp_nline_work *work);
/* The line without a web editor's inline marks: a quote's > at its
 * start, a task list's box (- [x] ), links written as their text
 * ([x](mailto:x) -> x; an image is dropped), HTML tags of an editor's
 * (<p align="right">, </p>) and comments closed on the line, struck text
 * with its marks (~~3月24日~~). NULL when it has none. Caller frees. */
char *wp_nline_md_inline(const char *line, wp_nline_work *work);
/* [TOC]: an editor's table of contents, a line of no text. */
bool wp_nline_md_chrome(const char *line);
/* The line without the Markdown marks around its text: heading marks
 * (## ) at its start, emphasis pairs (**X**, __X__), the backslash of an
 * escape (1\.); NULL when it has none. Caller frees. */
char *wp_nline_md_plain(const char *line, wp_nline_work *work);

/* notice-line-signs.c: what a line's start or the text's end says to the
 * joiner. Each look is counted in work; none keeps a pointer or returns
 * anything to free. */
/* Does s[0..len) end with an emoji (…具体安排吧👇, ✔️, ➡️; a plain arrow
 * or sign is no emoji)? A post on a phone ends its sentences so, with no
 * 。 after. */
bool wp_nline_ends_pictograph(const char *s, size_t len, wp_nline_work *work);
/* Does s[0..len) end a sentence (。；：！？ or a closing bracket or quote,
 * full or half width, or a pictograph)? */
bool wp_nline_ends_sentence(const char *s, size_t len, wp_nline_work *work);
/* Does s[0..len) end with a field label or a contact's and its colon
 * (…；地点：, 联系人：)? Looks back from the colon no further than the
 * longest label. */
bool wp_nline_ends_label(const char *s, size_t len, wp_nline_work *work);
/* Does s open a block by its structure: a heading, an annex (附件), a
 * number alone on its line (a table's cell laid out a line each)? */
bool wp_nline_starts_structure(const char *s, wp_nline_work *work);
/* Is there a ： among the first bytes of s, or after a field label with a
 * note (责任处室（单位）：)? */
bool wp_nline_colon_near(const char *s, wp_nline_work *work);
/* Does s open a block: by its structure, by a block's opening word, or by
 * a field, role or committee label and its colon? */
bool wp_nline_starts_block(const char *s, wp_nline_work *work);
/* Does p open with a short label (a few characters, then ：), which starts
 * a field of its own, however far the line is indented? */
bool wp_nline_label_first(const char *p, wp_nline_work *work);
/* A line of a work group's message: a day, then fields apart by spaces
 * (6月8日 上午8点半 镇农贸市场门口 X。). */
bool wp_nline_spaced_event(const char *s, wp_nline_work *work);

#endif
