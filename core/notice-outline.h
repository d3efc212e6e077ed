/* notice-outline.h - the outline of a notice: what each paragraph is (a
 * heading and its level, a label line, a table's header or row, a date,
 * the signature, an annex, prose) and the sections its top headings open.
 *
 * The reader builds it once, in one linear pass over the decoded text
 * (after the portal's metadata is dropped), and every part of the reader
 * asks it rather than detect headings again: the heading primitives of
 * notice-heading.h (wp_heading_top, wp_heading_item) are called here only.
 *
 * Heading levels: 一、 is 1; （一） and 活动一： are 2; 1. 1． 1、 are 3;
 * （1） is 4; ① is 5. A Word multi-level list copied as text (1  X, then
 * 4.1  X under 4  X) is read as 一、 and 1. (see decimal()). The readers take levels 2 to 4 for an item's
 * heading (wp_outline_item) and a ① line as the text of the item above.
 *
 * Not part of core's interface: only notice.h is. */
#ifndef WP_NOTICE_OUTLINE_H
#define WP_NOTICE_OUTLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "notice-words.h"

struct reader;
struct wp_ntext;

/* What a paragraph is; a paragraph that could be two is the first of
 * these that applies (a 1、 cell of a table is an item heading). */
enum wp_outline_kind {
	WP_OUTLINE_TOP,          /* 一、X */
	WP_OUTLINE_ITEM,         /* （一）X, 1.X, （1）X, ①X, 活动一：X */
	WP_OUTLINE_ANNEX,        /* 附件… starts the annexes (or lists them) */
	WP_OUTLINE_DATE,         /* nothing but one day's date, with its year */
	WP_OUTLINE_TABLE_HEADER, /* the header of an activity table (a row, or a cell per line) */
	WP_OUTLINE_TABLE_ROW,    /* a line of the table under that header */
	WP_OUTLINE_SIGNATURE,    /* the unit that signs, on the line above a date */
	WP_OUTLINE_LABEL,        /* X：… with a short label X */
	WP_OUTLINE_PROSE
};

/* What a top heading's section holds, by the section-name words of
 * notice-words.h (the first that applies). */
enum wp_section_kind {
	WP_SECTION_ACTIVITIES, /* 重点活动, 具体安排 ... (not 活动要求) */
	WP_SECTION_PERIOD,     /* 活动时间 */
	WP_SECTION_THEME,      /* 活动主题 */
	WP_SECTION_REQUIREMENTS, /* 工作要求, 保障措施 */
	WP_SECTION_COMMITTEE,  /* 组织领导, 组织机构 */
	WP_SECTION_DUTIES,     /* 职责分工, 任务分工: the units' part, unit by unit */
	WP_SECTION_OTHER
};

#define WP_OUTLINE_NO_SECTION ((size_t)-1)

struct wp_outline_para {
	enum wp_outline_kind kind;
	int level;        /* of a heading: 1 to 5; 0 otherwise */
	int number;       /* of a heading (3 for 三、 and （3）); 0 otherwise */
	int major;        /* of a 4.1 item of a Word multi-level list: 4 (its number is 1); 0 otherwise */
	size_t decimal_len; /* of such an item: the bytes of its number as written (3.1.1); 0 otherwise */
	const char *text; /* after a heading's marker; the paragraph otherwise (borrowed) */
	/* The label the text (after any heading marker) starts with: its
	 * bytes before the ： (0 for none) and its row in the field labels
	 * (NULL when it names no field). Set for label lines and headings
	 * alike (1.时间：… is an item whose text is labelled 时间). */
	size_t label_len;
	const struct wp_field_label *field;
	/* 主任单位：, 成员单位： ... at the start of the paragraph. */
	enum wp_committee_role committee;
	size_t section; /* the top heading's section it is in, or WP_OUTLINE_NO_SECTION */
	bool unnumbered; /* an item heading whose number the copy lost (notice-outline-bare.c) */
	/* the text after items run on in a paragraph after a colon that
	 * announces them (以下活动：1、…；2、…。各乡镇要…): no part of the last
	 * (notice-outline-split.c) */
	bool list_tail;
};

struct wp_outline_section {
	size_t heading, last; /* paragraphs: the 一、 line and the last one before the next */
	int number;
	const char *title; /* the heading's text after 一、 (borrowed) */
	enum wp_section_kind kind;
};

struct wp_outline {
	struct wp_outline_para *para; /* one per paragraph of the text (owned) */
	size_t n;
	struct wp_outline_section *sec; /* in order (owned) */
	size_t nsec;
	size_t annex; /* the first annex paragraph, or n */
	bool faq; /* a plan written as questions and answers: each question heads a section */
};

/* Builds r->outline from r->t, one step of r's work per paragraph. The
 * text must not change after (it is borrowed). */
void wp_outline_build(struct reader *r);
void wp_outline_free(struct wp_outline *o);
/* Where the k-th cut (from 0) of a paragraph falls, looked for from
 * where the piece before it starts; NULL when there is no more. */
typedef const char *wp_cut_fn(const char *from, int k);
/* How many cuts cut finds in s, each looked for from the one before. */
size_t wp_outline_count_cuts(const char *s, wp_cut_fn *cut);
/* Cuts paragraph i of t at its cuts cuts; the pieces take its place, in
 * order (the paragraphs after them move once, not once a piece). */
void wp_outline_split_at_cuts(struct wp_ntext *t, size_t i, size_t cuts, wp_cut_fn *cut);
/* 时间：X　地点：Y　责任单位：Z: a line of fields apart by spaces, each
 * field after the first opening with its label, becomes a line a field
 * (notice-outline-fields.c). */
void wp_outline_split_field_runs(struct wp_ntext *t);
/* 时间： | 4月20日上午9:00: a field's label alone on its line, its value
 * the line below, as a copy of a form's two cells a line each writes
 * them, becomes the one line 时间：4月20日上午9:00
 * (notice-outline-fields.c). */
void wp_outline_join_label_values(struct wp_ntext *t);
/* 1  X  县工信局、  9月8日 | (spaces)  县教育局: a spaced table's cell
 * wrapped onto the next line, set under it by spaces, goes back on the
 * end of that cell (notice-outline-fields.c). */
void wp_outline_join_cell_rests(struct wp_ntext *t);

/* notice-outline-bare.c: a copy that lost its Word numbering. Is para a
 * bare line naming a section (活动时间, 工作要求)? */
bool wp_outline_bare_heading(const char *para);
/* Are the text's sections headed by such bare lines (two at least, and
 * no marked or bracketed heading)? */
bool wp_outline_bare_layout(const struct wp_ntext *t);
/* Is para a bare line naming a closing section (几点要求, 注意事项), which
 * heads its section even alone? */
bool wp_outline_bare_closing(const char *para);
/* In an activity section with no item heading, marks each short title
 * line over a field line (时间：…) an item with no number. */
void wp_outline_bare_items(struct wp_outline *o);
/* In an activity section with no item heading, marks each name line
 * (活动名称：X, once 【活动名称】X) over a field line an item with no
 * number: the cards of notice-cards.c. */
void wp_outline_card_items(struct wp_outline *o);
/* 🧹【启动仪式】 / 4月3日(周五)上午8:30，在X举行… / 牵头：Y｜配合：Z, two such
 * blocks at least: each title is cut to its text in t, and flagged in
 * the array returned (t->n long, caller frees), to open an unnumbered
 * item; NULL when t has fewer. */
bool *wp_outline_block_titles(struct wp_ntext *t);

/* notice-outline-flat.c: a copy whose every heading reads 1、 (a pasted
 * list that restarted its numbering at each line): six such lines at
 * least, most of the 1. lines, two naming sections? */
bool wp_outline_flat_layout(const struct wp_ntext *t);
/* In such a copy, paragraph i's 1、 heading as what it is: a line naming
 * a section (活动时间) a top heading, a title alone an item of level 2
 * (a group, or an item over its fields), a line that says more an item
 * of level 3; the items numbered in order (*count, from the section's
 * start) and flagged unnumbered. */
void wp_outline_flat_heading(struct wp_outline *o, size_t i, int *count);

/* Does t number its sections as items (1.活动主题 / 2.活动时间 / 5.活动安排,
 * keycaps 1️⃣ read so): three lines naming sections at least, numbered in
 * order, one of them the activities'? */
bool wp_outline_arabic_sections(const struct wp_ntext *t);
/* In such a text, paragraph i as a top heading when its text names a
 * section. */
void wp_outline_arabic_heading(struct wp_outline *o, size_t i);

/* notice-outline-decimal.c: does t number its sections 1  X, 2  Y (a
 * Word multi-level list)? */
bool wp_outline_decimal_sections(const struct wp_ntext *t);
/* A decimal outline deeper than 4.1 (3.1.1,
 * 3.1.1.1). Drops the number of each line that is a line of the heading
 * above and returns each paragraph's level (1 a section, 2 to 4 an item,
 * 0 none; owned by the caller), or NULL (and t unchanged) when t's
 * numbers go no deeper than 4.1. */
int *wp_outline_decimal_deep(struct wp_ntext *t);
/* 指导思想, not 启动仪式  4月20日 or 普及知识，…: is text short and one
 * cell, as the title of a 1  X heading is? */
bool wp_outline_decimal_title(const char *text);
/* A section's title after its number: as wp_outline_decimal_title, or
 * longer or a list when it opens as the genre's sections do (2.  活动时间、
 * 主题和宣传重点). */
#define WP_OUTLINE_SECTION_TITLE_CHARS 15
bool wp_outline_decimal_section_title(const char *text);

/* notice-faq.c: a plan written as questions and answers (问1：X？ / 答：…).
 * The text of a question at para after its marker (*number: its number, 0
 * if none), or NULL. */
const char *wp_outline_faq_question(const char *para, int *number);
/* Does t hold two questions or more each followed by its answer? */
bool wp_outline_faq_layout(const struct wp_ntext *t);
/* Makes paragraph i, a question, the top heading of a section, numbered as
 * written (问3) or on from the one above. */
void wp_outline_faq_heading(struct wp_outline *o, size_t i, const char *para);
/* Drops the marker (答：) of each answer that follows its question. */
void wp_outline_faq_answers(struct wp_ntext *t);

/* The kind a top heading's title gives its section. */
enum wp_section_kind wp_outline_section_kind(const char *title);

/* Paragraph i as a top heading (its text and number), or NULL. */
const char *wp_outline_top(const struct wp_outline *o, size_t i, int *number);
/* Paragraph i as an item's heading, levels 2 to 4, or NULL. */
const char *wp_outline_item(const struct wp_outline *o, size_t i, int *number);
/* Cuts the paragraphs of t that run on what a notice writes on lines of
 * their own (an article's title, 一是…二是…, 1、…2、…, role labels) into
 * paragraphs (notice-outline-split.c). The text after a list run on after
 * a colon opens with WP_OUTLINE_TAIL_MARK (a control, which no decoded
 * text holds) until wp_outline_take_tail_mark takes it off. */
void wp_outline_split_runs(struct wp_ntext *t);
#define WP_OUTLINE_TAIL_MARK "\x01"
/* Takes the mark off paragraph p (in place): was it there? */
bool wp_outline_take_tail_mark(char *p);
/* Does paragraph i end what a section holds (a top heading or an annex)? */
bool wp_outline_ends_section(const struct wp_outline *o, size_t i);
/* The first section of kind, or NULL. */
const struct wp_outline_section *wp_outline_find(const struct wp_outline *o, enum wp_section_kind kind);

#endif
