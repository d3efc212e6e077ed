/* notice-outline.c - one pass over a notice's paragraphs that says what
 * each is and which section it is in (see notice-outline.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-outline.h"
#include "notice-reader.h"
#include "notice-heading.h"
#include "notice-words.h"
#include "text.h"

/* A label line's label is short: 10 characters at most before its ：. */
#define LABEL_WINDOW 30

enum wp_section_kind wp_outline_section_kind(const char *title)
{
	static const struct {
		enum wp_word_set words;
		enum wp_section_kind kind;
	} kinds[] = {
		{WP_WORDS_PERIOD_SECTION, WP_SECTION_PERIOD},
		{WP_WORDS_THEME_SECTION, WP_SECTION_THEME},
		{WP_WORDS_REQUIREMENT_SECTION, WP_SECTION_REQUIREMENTS},
		{WP_WORDS_COMMITTEE_SECTION, WP_SECTION_COMMITTEE},
		/* 五、职责分工: the units' part, unit by unit (notice-division.c);
		 * last: 组织领导与职责分工 is the committee's section */
		{WP_WORDS_DUTY_SECTION, WP_SECTION_DUTIES},
	};
	size_t len, other_len;
	/* 重点活动, 具体安排 ...; not 宣传活动要求, 活动时间 and the like: a
	 * heading is what its last word names (主题周安排 is a schedule, not
	 * a theme), and a bracketed note after it (（按日期、…顺序排列）)
	 * names none of it */
	const char *note = wp_str_find(title, "（");
	/* 三、取消的活动: what it names will not be held; not 二、活动安排
	 * （遇恶劣天气取消活动）, whose note says when one may be */
	const char *cancel = wp_word_find(title, WP_WORDS_CANCEL_SECTION, &len);
	if (cancel && (!note || cancel < note))
		return WP_SECTION_OTHER;
	const char *act = wp_word_find(title, WP_WORDS_ACTIVITY_SECTION, &len);
	const char *other = wp_word_find(title, WP_WORDS_OTHER_SECTION, &other_len);
	if (other && act && note && other > note && act < note)
		other = NULL;
	/* 时间安排: the other's word inside the activities' own is theirs */
	if (other && act && other >= act && other + other_len <= act + len)
		other = NULL;
	if (act && (!other || other + other_len <= act))
		return WP_SECTION_ACTIVITIES;
	/* 三、接种服务活动: whatever kind of activities a heading ends with,
	 * it names them (活动时间, 活动目的 end otherwise) */
	if (wp_word_ends(title, WP_WORDS_ACTIVITY_SECTION_END))
		return WP_SECTION_ACTIVITIES;
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
		if (wp_word_find(title, kinds[k].words, &len))
			return kinds[k].kind;
	return WP_SECTION_OTHER;
}

/* A heading at para: its level, number and text; false for none. A
 * line opened by a mark (◆活动主题) heads a section only in a text that
 * numbers none of its sections (marked: true): else it is a bullet. */
static bool heading(struct wp_outline_para *op, const char *para, bool marked)
{
	int n;
	const char *text;
	/* ▶ 1. X, ◆（一）X: a post's mark before a numbered heading is a
	 * bullet, the number says what the line is */
	size_t mark = wp_word_at(para, WP_WORDS_HEADING_MARK);
	if (!mark)
		mark = wp_word_at(para, WP_WORDS_ITEM_MARK); /* ▲活动一：X */
	if (mark) {
		const char *rest = para + mark;
		while (wp_str_skip(&rest, " ") || wp_str_skip(&rest, "\xe3\x80\x80"))
			;
		if (wp_heading_top(rest, &n) || wp_heading_item(rest, &n))
			para = rest;
	}
	if ((text = wp_heading_top(para, &n))) {
		op->kind = WP_OUTLINE_TOP;
		op->level = 1;
	} else if ((text = wp_heading_item(para, &n))) {
		op->kind = WP_OUTLINE_ITEM;
		if (wp_str_starts(para, "（"))
			op->level = para[strlen("（")] >= '0' && para[strlen("（")] <= '9' ? 4 : 2;
		else
			op->level = *para >= '0' && *para <= '9' ? 3 : 2; /* else 活动一：, 第一阶段 */
	} else if ((n = wp_heading_circled(para, &text)) > 0) {
		op->kind = WP_OUTLINE_ITEM;
		op->level = 5;
	} else if ((text = wp_heading_bracketed(para)) || (marked && (text = wp_heading_marked(para)))) {
		op->kind = WP_OUTLINE_TOP; /* numbered in order by wp_outline_build */
		op->level = 1;
		n = 0;
		/* 【三、联系方式】: numbered within its brackets */
		const char *numbered = wp_heading_top(text, &n);
		if (numbered)
			text = numbered;
		else
			n = 0;
	} else {
		return false;
	}
	op->number = n;
	op->text = text;
	return true;
}

/* The label text starts with (a field's, or any short one before a ：). */
static void label(struct wp_outline_para *op, const char *text)
{
	size_t len;
	const struct wp_field_label *l = wp_field_label_at(text, &len);
	if (l && wp_str_starts(text + len, "：")) {
		op->field = l;
		op->label_len = len;
		return;
	}
	static const char *const not_in_label[] = {"，", "。", "；", "、", NULL};
	const char *colon = wp_notice_find_near(text, "：", LABEL_WINDOW);
	if (colon && colon > text && wp_str_span_upto(text, not_in_label) >= (size_t)(colon - text))
		op->label_len = (size_t)(colon - text);
}

/* 附件：…日程安排表 / 鹤湾市市场监管局 / 2026年4月14日 / …实施方案 / 一、… /
 * 四、活动安排 … / 附件 / …日程安排表: a cover's line that lists its annex,
 * then the plan, then the annex it listed. The annex starts at the first
 * mark after the plan's first section (附件：1.方案 2.回执 / 附件1 / the plan
 * / 附件2 / the form: the form); where the sections come first, that is
 * the first mark as ever (附件1 / a table / 附件2 / 一、参赛对象 …: 附件1). */
static void later_annex(struct wp_outline *o)
{
	if (!o->nsec)
		return;
	for (size_t i = o->sec[0].heading + 1; i < o->n; i++)
		if (o->para[i].kind == WP_OUTLINE_ANNEX) {
			o->annex = i;
			return;
		}
}

/* Is para the line of a unit signing (县市场监督管理局)? */
static bool signs(const char *para)
{
	char *s = wp_str_nospace(para);
	bool unit = wp_notice_unit_like(s) && wp_text_width(s) <= 40 && !wp_str_find(s, "，");
	free(s);
	return unit;
}

/* An activity table being passed over: its header may be a cell per line
 * (a run of paragraphs that each name a column), its rows run to a
 * heading, an annex, or a sentence (unless it has a column of content,
 * whose cells are sentences). */
struct table_scan {
	enum wp_field col[WP_NOTICE_MAX_COLUMNS];
	size_t ncols, run; /* the run of column names, ending at the paragraph before */
	bool in_table, content;
};

static void open_table(struct table_scan *ts, const enum wp_field *col, size_t ncols)
{
	ts->in_table = true;
	ts->content = false;
	for (size_t c = 0; c < ncols; c++)
		ts->content = ts->content || col[c] == WP_FIELD_CONTENT;
}

/* Paragraph i in a table, or a header; at the end (i == o->n) closes a
 * run of column names. */
static void table(struct wp_outline *o, struct table_scan *ts, size_t i, const char *para)
{
	const struct wp_field_label *l = i < o->n ? wp_field_label_is(para) : NULL;
	if (l && ts->ncols < WP_NOTICE_MAX_COLUMNS && o->para[i].kind == WP_OUTLINE_PROSE) {
		ts->col[ts->ncols++] = l->field;
		ts->run++;
		return;
	}
	if (ts->run && wp_notice_activity_columns(ts->col, ts->ncols)) {
		for (size_t k = i - ts->run; k < i; k++)
			o->para[k].kind = WP_OUTLINE_TABLE_HEADER;
		open_table(ts, ts->col, ts->ncols);
	} else {
		for (size_t k = i - ts->run; k < i && ts->in_table; k++)
			o->para[k].kind = WP_OUTLINE_TABLE_ROW; /* cells that name no table */
	}
	ts->ncols = ts->run = 0;
	if (i == o->n)
		return;
	struct wp_outline_para *op = &o->para[i];
	enum wp_field col[WP_NOTICE_MAX_COLUMNS];
	size_t ncols;
	if (op->kind == WP_OUTLINE_TOP || op->kind == WP_OUTLINE_ANNEX ||
	    (!ts->content && wp_str_find(para, "。")))
		ts->in_table = false;
	if (op->kind != WP_OUTLINE_PROSE && op->kind != WP_OUTLINE_LABEL)
		return;
	if ((ncols = wp_notice_header_row(para, col)) && wp_notice_activity_columns(col, ncols)) {
		op->kind = WP_OUTLINE_TABLE_HEADER;
		open_table(ts, col, ncols);
	} else if (ts->in_table) {
		op->kind = WP_OUTLINE_TABLE_ROW;
	}
}

/* 七、… then 工作专班 / 有关要求 on lines of their own: a notice that
 * numbers its activities 一、…七、 may head the parts after them with no
 * number. Such a line is short, has no punctuation, and names a section
 * that is no activity (要求, 保障, 组织领导) or a body it sets up (工作专
 * 班, 领导小组); it closes the section above as a numbered heading
 * would. */
static bool unnumbered_heading(const char *para)
{
	static const char *const not_in_heading[] = {"。", "，", "；", "：", "、", NULL};
	size_t len;
	if (!*para || wp_text_width(para) > 16 || wp_str_span_upto(para, not_in_heading) != strlen(para))
		return false;
	enum wp_section_kind kind = wp_outline_section_kind(para);
	return kind == WP_SECTION_REQUIREMENTS || kind == WP_SECTION_COMMITTEE ||
	       wp_word_find(para, WP_WORDS_COMMITTEE_BODY, &len) != NULL;
}

/* 3.1.1  X in a deep decimal outline: paragraph i at the level
 * wp_outline_decimal_deep gave it (0: none), its number kept as written. */
static bool deep_decimal(struct wp_outline *o, size_t i, const char *para, int level, int *top)
{
	struct wp_outline_para *op = &o->para[i];
	int num[WP_HEADING_DECIMAL_DEPTH], depth;
	bool dotted;
	const char *text = level ? wp_heading_decimal_path(para, num, &depth, &dotted) : NULL;
	if (!text)
		return false;
	op->kind = level == 1 ? WP_OUTLINE_TOP : WP_OUTLINE_ITEM;
	op->level = level;
	op->number = num[depth - 1];
	if (level > 1) {
		op->major = num[0];
		op->decimal_len = strspn(para, "0123456789.");
		if (dotted)
			op->decimal_len--;
	}
	*top = num[0];
	op->text = text;
	op->field = NULL;
	op->label_len = 0;
	label(op, text);
	return true;
}

/* 1  指导思想 … 4  活动安排 / 4.1  宣传周启动仪式 / 4.2  … / 5  宣传重点:
 * a Word multi-level list copied as text numbers its headings with no
 * mark, a gap after the number (or a dot: 1. 指导思想 / 4.1. X). A 1  X
 * line is a top heading only in a text that numbers its sections so (no
 * 一、, a 1 and a 2 in order), when its number comes next, and X is short
 * and one cell (a table row "1  启动仪式  4月20日" has more, a sentence has
 * punctuation). A 4.1  X line is an item when 4 is the number of the
 * section it is under, 1 comes next there, and it opens with no time of
 * day (2.2  上午9:00在… is a dotted date, a line of the item above).
 * *top and *minor carry the numbers seen so far. */
static bool decimal(struct wp_outline *o, size_t i, const char *para, int *top, int *minor)
{
	struct wp_outline_para *op = &o->para[i];
	int major, n;
	bool dotted;
	const char *text = wp_heading_decimal(para, &major, &n, &dotted);
	if (!text || (op->kind != WP_OUTLINE_PROSE && op->kind != WP_OUTLINE_LABEL &&
		      !(dotted && op->kind == WP_OUTLINE_ITEM)))
		return false;
	if (!n) {
		if (major != *top + 1 || !wp_outline_decimal_section_title(text))
			return false;
		*top = major;
		*minor = 0;
		op->kind = WP_OUTLINE_TOP;
		op->level = 1;
	} else {
		if (!o->nsec || major != *top || o->sec[o->nsec - 1].number != major || n != *minor + 1 ||
		    wp_word_at(text, WP_WORDS_DUE_TIME))
			return false;
		*minor = n;
		op->kind = WP_OUTLINE_ITEM;
		op->level = 3;
		op->major = major;
	}
	op->number = n ? n : major;
	op->text = text;
	op->field = NULL;
	op->label_len = 0;
	label(op, text);
	return true;
}

/* 一、筹备阶段 / 1.1 召开部署会。… / 1.2 … / 二、… / 2.1 …: a text that
 * numbers its sections 一、二、 may number the items under them by the
 * section's number and their own (2.2.1 for one under 2.2). Paragraph i
 * is such an item (wp_heading_sectioned) when its first number is its
 * section's and the next comes next there (1 after the heading; a third
 * level after its item). num_at
 * carries the numbers seen in the section (reset by a heading). */
static bool sectioned_decimal(struct wp_outline *o, size_t i, const char *para, int num_at[3])
{
	struct wp_outline_para *op = &o->para[i];
	int num[WP_HEADING_DECIMAL_DEPTH], depth;
	bool dotted;
	if (!o->nsec || (op->kind != WP_OUTLINE_PROSE && op->kind != WP_OUTLINE_LABEL))
		return false;
	const char *text = wp_heading_sectioned(para, num, &depth, &dotted);
	/* 四、活动内容 / 1.强化思想引领 / 1.1 开展…学习 / 1.2 …: numbered under
	 * the group item 1. above them, not the section */
	bool grouped = text && depth == 2 && num_at[0] > 0 && num[0] == num_at[0];
	if (!text || (num[0] != o->sec[o->nsec - 1].number && !grouped))
		return false;
	if (depth == 2 ? num[1] != num_at[1] + 1 : num[1] != num_at[1] || num[2] != num_at[2] + 1)
		return false;
	num_at[depth - 1] = num[depth - 1];
	if (depth == 2)
		num_at[2] = 0;
	op->kind = WP_OUTLINE_ITEM;
	op->level = grouped ? 4 : 3;
	op->number = num[depth - 1];
	op->major = num[0];
	op->decimal_len = strspn(para, "0123456789.");
	if (dotted)
		op->decimal_len--;
	op->text = text;
	op->field = NULL;
	op->label_len = 0;
	label(op, text);
	return true;
}

/* The kind of the section a heading titled title opens; next is the
 * paragraph after it. An untitled article (第二条 / 活动时间为6月1日至7日。)
 * is of the kind its first clause names. */
static enum wp_section_kind section_kind(const char *title, const char *next)
{
	static const char *const clause_end[] = {"，", "。", "；", "：", NULL};
	static const char *const sentence_end[] = {"。", NULL};
	const char *stop = wp_str_find(title, "。");
	/* 六、加强组织保障。全市宣传周活动由…, 二、聚焦宣传主题，集中开展主题
	 * 活动。具体安排如下：: a heading run on into its text is named by its
	 * first sentence (the text's 活动 names none); one that asks (恳请…)
	 * names no section */
	if (stop && stop[strlen("。")]) {
		if (wp_word_at(title, WP_WORDS_REQUEST_OPEN))
			return WP_SECTION_OTHER; /* 一、恳请贵单位…参与各项活动。… */
		char *first = wp_notice_upto(title, sentence_end);
		enum wp_section_kind kind = wp_outline_section_kind(first);
		free(first);
		return kind;
	}
	if (*title || !next)
		return wp_outline_section_kind(title);
	char *clause = wp_notice_upto(next, clause_end);
	enum wp_section_kind kind = wp_outline_section_kind(clause);
	free(clause);
	return kind;
}

/* Opens the section of the top heading at i (closing the one open);
 * next is the paragraph after it, or NULL. */
static void open_section(struct wp_outline *o, size_t i, size_t *cap, const char *next)
{
	if (o->nsec == *cap) {
		*cap = *cap ? *cap * 2 : 8;
		o->sec = wp_xrealloc(o->sec, *cap * sizeof *o->sec);
	}
	o->sec[o->nsec++] = (struct wp_outline_section){i, i, o->para[i].number, o->para[i].text,
							section_kind(o->para[i].text, next)};
}

/* 附　　件：无, an office system's form of the document: a mark that says
 * there is no annex. */
static bool no_annex(const char *para)
{
	const char *rest = para + strlen("附件");
	if (!wp_str_skip(&rest, "："))
		wp_str_skip(&rest, ":");
	while (wp_str_skip(&rest, " ") || wp_str_skip(&rest, "\xe3\x80\x80"))
		;
	return wp_word_is(rest, WP_WORDS_NO_ANNEX);
}

/* What paragraph i is, before tables and signatures. */
static void classify(struct wp_outline_para *op, const char *para, bool marked)
{
	size_t len;
	wp_ndate d;
	op->kind = WP_OUTLINE_PROSE;
	op->text = para;
	if (!heading(op, para, marked)) {
		if (wp_str_starts(para, "附件") && !no_annex(para))
			op->kind = WP_OUTLINE_ANNEX;
		else if (wp_notice_only_a_date(para, &d))
			op->kind = WP_OUTLINE_DATE;
	}
	label(op, op->text);
	if (op->kind == WP_OUTLINE_PROSE && op->label_len)
		op->kind = WP_OUTLINE_LABEL;
	/* - 组　长：… in a Markdown list: the bullet is no part of the label */
	const char *at = para + wp_word_at(para, WP_WORDS_FIELD_BULLET);
	op->committee = wp_committee_label_at(at, &len);
	const char *after = at + len;
	/* 成员（按姓氏笔画排序）：: a note on the order before the ： */
	const char *noted = op->committee != WP_COMMITTEE_NONE ? wp_str_note_end(after, 40) : NULL;
	if (noted)
		after = noted;
	if (!wp_str_starts(after, "："))
		op->committee = WP_COMMITTEE_NONE;
}

/* （一）集中宣传造势 then 一是…, 二是…: items written in prose under a
 * heading of the second level are one level below it, as 1. 2. are;
 * straight under a top heading they are the items (level 2). *level
 * carries the level of the section's prose items from one to the next. */
static void nest_prose_item(struct wp_outline *o, size_t i, const char *para, int *level)
{
	struct wp_outline_para *op = &o->para[i];
	if (op->kind == WP_OUTLINE_TOP)
		*level = 2;
	if (op->kind != WP_OUTLINE_ITEM || op->level != 2)
		return;
	if (!wp_heading_is_prose_item(para)) {
		*level = 3; /* a prose item after it is its part */
		return;
	}
	op->level = *level;
}

/* 四、活动内容 / ① 启动活动 / ② 入户宣传: a section whose only items are
 * circled numbers (the lowest level of 一、（一）1.（1）①) numbers its
 * items so; they are its items, as 1. 2. would be, numbered in digits
 * (① is 1, its circle dropped as （三）'s brackets are). */
static void promote_circled(struct wp_outline *o, size_t k)
{
	size_t first = o->sec[k].heading + 1, last = o->sec[k].last;
	bool circled_only = false;
	for (size_t i = first; i <= last && i < o->n; i++) {
		if (o->para[i].kind != WP_OUTLINE_ITEM)
			continue;
		if (o->para[i].level != 5)
			return;
		circled_only = true;
	}
	for (size_t i = first; circled_only && i <= last && i < o->n; i++)
		if (o->para[i].kind == WP_OUTLINE_ITEM)
			o->para[i].level = 3;
}

/* After 另：, does s tell an event: its day first, then a unit to run it,
 * a verb holding it or a place it is at (在X), and not a day things are
 * due by (另：4月27日前，各村…报…) or a day kept in reserve (另：4月22日为备用
 * 日期，…顺延)? */
static bool one_more_event(const char *s)
{
	static const char *const sentence_end[] = {"。", "\n", NULL};
	static const char *const clause_end[] = {"，", "。", "；", "\n", NULL};
	wp_ndate d;
	size_t len;
	if (!wp_nfind_date_at(s, 2000, &d) || d.at != s)
		return false;
	char *when = wp_str_sub(s, wp_str_span_upto(s, clause_end));
	bool due = wp_word_end_len(when, WP_WORDS_DUE_MARK) > 0;
	free(when);
	char *first = wp_str_sub(s, wp_str_span_upto(s, sentence_end));
	bool event = !due &&
		     (wp_notice_names_its_lead(first) || wp_word_find(first, WP_WORDS_EVENT_VERB, &len) ||
		      wp_word_find(first, WP_WORDS_ATTEND_VERB, &len) || wp_word_find(first, WP_WORDS_PLACE_AT, &len)) &&
		     !wp_word_find(first, WP_WORDS_RESERVE_DAY, &len);
	free(first);
	return event;
}

/* ①4月13日…，责任单位：X / … / ④… / 另：4月15日下午4:00，…由Y负责组织: a
 * dated entry after the items of an activity section, added with 另：
 * and no number, is one more item of theirs, unnumbered. */
static void one_more_items(struct wp_outline *o, size_t k)
{
	const struct wp_outline_para *item = NULL;
	for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n; i++) {
		struct wp_outline_para *op = &o->para[i];
		if (op->kind == WP_OUTLINE_ITEM) {
			item = op;
			continue;
		}
		size_t len = wp_word_at(op->text, WP_WORDS_ONE_MORE);
		if (!item || !len || (op->kind != WP_OUTLINE_PROSE && op->kind != WP_OUTLINE_LABEL) ||
		    !one_more_event(op->text + len))
			continue;
		op->kind = WP_OUTLINE_ITEM;
		op->text += len;
		op->level = item->level;
		op->number = item->number + 1; /* a key of its own, dropped after */
		op->unnumbered = true;
		op->label_len = 0;
		op->field = NULL;
		item = op;
	}
}

/* 二、任务分工 / （一）举办…集中宣传活动。5月12日上午9:00，在… /
 * 牵头：X；配合：Y；完成时限：…: a plan with no activity section or
 * table whose division of tasks lists the tasks themselves, each under a
 * lead line of its own, most of them on their days, holds its activities
 * there (a division unit by unit, （一）县委宣传部：负责…, has no such
 * lines; standing duties, 加强组织领导…完成时限：长期坚持, no days) */
static void tasks_as_activities(struct wp_outline *o)
{
	if (wp_outline_find(o, WP_SECTION_ACTIVITIES))
		return;
	for (size_t i = 0; i < o->n; i++)
		if (o->para[i].kind == WP_OUTLINE_TABLE_HEADER)
			return;
	for (size_t k = 0; k < o->nsec; k++) {
		struct wp_outline_section *sec = &o->sec[k];
		if (sec->kind != WP_SECTION_DUTIES)
			continue;
		size_t items = 0, led = 0, dated = 0;
		bool item_led = false;
		for (size_t i = sec->heading + 1; i <= sec->last && i < o->n; i++) {
			const struct wp_outline_para *op = &o->para[i];
			wp_ndate d;
			if (op->kind == WP_OUTLINE_ITEM && op->level == 2) {
				items++;
				item_led = false;
				dated += wp_nfind_date(op->text, 2000, &d); /* (the year is read later) */
			} else if (items && !item_led && op->kind == WP_OUTLINE_LABEL && op->field &&
				   op->field->field == WP_FIELD_LEAD) {
				led++;
				item_led = true;
			}
		}
		if (items >= 2 && led == items && 2 * dated > items) {
			sec->kind = WP_SECTION_ACTIVITIES;
			return;
		}
	}
}

void wp_outline_build(struct reader *r)
{
	struct wp_outline *o = &r->outline;
	wp_outline_free(o);
	wp_outline_split_runs(&r->t);
	wp_outline_split_field_runs(&r->t);
	wp_outline_join_cell_rests(&r->t);
	wp_outline_join_label_values(&r->t);
	o->n = r->t.n;
	o->para = wp_xcalloc(o->n ? o->n : 1, sizeof *o->para);
	for (size_t i = 0; i < o->n; i++)
		o->para[i].list_tail = wp_outline_take_tail_mark(r->t.para[i]);
	/* 关于调整…的补充通知 / 一、… / 附：《X方案》 / X方案 / 一、…: the
	 * amending notice's numbers head no section of the plan */
	size_t plan_at = wp_notice_find_annexed_plan(r);
	bool *block_title = wp_outline_block_titles(&r->t);
	int blocks = 0;
	o->annex = o->n;
	struct table_scan ts = {.in_table = false};
	size_t cap = 0;
	bool in_section = false;
	int prose_level = 2; /* of the 一是 items in the section so far */
	int marked = 0;      /* sections headed by a mark (◆) so far */
	bool marked_sections = true; /* no 一、 numbers a section */
	int bracketed_first = 0; /* 【一、活动时间】's number */
	for (size_t i = 0; i < o->n && marked_sections; i++) {
		int n;
		marked_sections = !wp_heading_top(r->t.para[i], &n);
		/* 【一、活动时间】 then 【二、…】 number the sections as 一、 does
		 * (not one alone: 【一、二年级】) */
		const char *bracketed = wp_heading_bracketed(r->t.para[i]);
		if (bracketed && wp_heading_top(bracketed, &n)) {
			if (bracketed_first && n != bracketed_first)
				marked_sections = false;
			else
				bracketed_first = n;
		}
	}
	/* 问1：…？ / 答：…: a plan written as questions and answers, with no
	 * 一、 section; each question heads one */
	bool faq = marked_sections && wp_outline_faq_layout(&r->t);
	if (faq)
		wp_outline_faq_answers(&r->t);
	o->faq = faq;
	/* 1  指导思想: sections numbered by a Word multi-level list */
	bool decimals = marked_sections && wp_outline_decimal_sections(&r->t);
	marked_sections = marked_sections && !decimals;
	/* 活动时间 / 工作要求 on bare lines: the numbers a copy lost */
	bool bare = marked_sections && wp_outline_bare_layout(&r->t);
	/* 1、活动主题 / 1、活动时间 / 1、X。…: a list restarted at each line */
	bool flat = marked_sections && wp_outline_flat_layout(&r->t);
	/* 1️⃣ 活动主题 / 2️⃣ 活动时间: sections numbered as items are */
	bool arabic = marked_sections && !flat && wp_outline_arabic_sections(&r->t);
	int flat_count = 0;
	/* 3.1.1  X / 3.1.1.1  8月25日: deeper, its lines numbered too */
	int *deep = decimals ? wp_outline_decimal_deep(&r->t) : NULL;
	int decimal_top = 0, decimal_minor = 0;
	int section_num[3] = {0, 0, 0}; /* of a 一、 section's 1.1 items so far */
	for (size_t i = 0; i < o->n; i++) {
		struct wp_outline_para *op = &o->para[i];
		const char *para = r->t.para[i];
		op->kind = WP_OUTLINE_PROSE;
		op->text = para;
		op->section = WP_OUTLINE_NO_SECTION;
		if (!wp_notice_step(r, 1))
			continue; /* the reading stops: the rest stays prose */
		classify(op, para, marked_sections);
		if (block_title && block_title[i]) {
			op->kind = WP_OUTLINE_ITEM; /* its number dropped after */
			op->level = 2;
			op->number = ++blocks;
			op->unnumbered = true;
			op->label_len = 0;
			op->field = NULL;
			op->text = para;
		}
		if (deep)
			deep_decimal(o, i, para, deep[i], &decimal_top);
		else if (decimals)
			decimal(o, i, para, &decimal_top, &decimal_minor);
		else if (!marked_sections && !sectioned_decimal(o, i, para, section_num) &&
			 op->kind == WP_OUTLINE_ITEM && op->level == 3 && !op->major) {
			/* 1.强化思想引领: its 1.1, 1.2 may follow; a new group's
			 * items count afresh */
			section_num[0] = op->number;
			section_num[1] = section_num[2] = 0;
		}
		if (faq)
			wp_outline_faq_heading(o, i, para);
		if (flat)
			wp_outline_flat_heading(o, i, &flat_count);
		else if (arabic)
			wp_outline_arabic_heading(o, i);
		if (op->kind == WP_OUTLINE_TOP && op->number == 0)
			op->number = ++marked; /* ◆活动主题: the sections in order */
		if (op->kind == WP_OUTLINE_PROSE && !marked_sections && o->nsec && o->annex == o->n &&
		    unnumbered_heading(para)) {
			op->kind = WP_OUTLINE_TOP; /* numbered on from the heading above */
			op->level = 1;
			op->number = o->sec[o->nsec - 1].number + 1;
		} else if ((op->kind == WP_OUTLINE_PROSE || op->kind == WP_OUTLINE_LABEL) &&
			   (bare || (marked_sections && wp_outline_bare_closing(para))) &&
			   o->annex == o->n && wp_outline_bare_heading(para)) {
			op->kind = WP_OUTLINE_TOP; /* numbered in order, as if 一、 */
			op->level = 1;
			op->number = o->nsec ? o->sec[o->nsec - 1].number + 1 : 1;
		}
		if (i < plan_at && (op->kind == WP_OUTLINE_TOP || op->kind == WP_OUTLINE_ITEM || op->kind == WP_OUTLINE_ANNEX)) {
			op->kind = op->label_len ? WP_OUTLINE_LABEL : WP_OUTLINE_PROSE;
			op->level = op->number = 0;
		}
		nest_prose_item(o, i, para, &prose_level);
		table(o, &ts, i, para);
		/* …知识产权股 / 4月13日 closing the text: a message signed with
		 * the day alone, no year */
		wp_ndate day;
		if (op->kind == WP_OUTLINE_PROSE && i > 0 && i + 3 >= o->n && signs(r->t.para[i - 1]) &&
		    wp_notice_only_a_day(para, 2000, &day))
			op->kind = WP_OUTLINE_DATE;
		if (op->kind == WP_OUTLINE_DATE && i > 0 && signs(r->t.para[i - 1]) &&
		    (op[-1].kind == WP_OUTLINE_PROSE || op[-1].kind == WP_OUTLINE_LABEL ||
		     op[-1].kind == WP_OUTLINE_TABLE_ROW))
			op[-1].kind = WP_OUTLINE_SIGNATURE;
		if (op->kind == WP_OUTLINE_ANNEX && o->annex == o->n)
			o->annex = i;
		if (op->kind == WP_OUTLINE_TOP) {
			open_section(o, i, &cap, i + 1 < o->n ? r->t.para[i + 1] : NULL);
			section_num[0] = section_num[1] = section_num[2] = 0;
			in_section = true;
		} else if (op->kind == WP_OUTLINE_ANNEX) {
			in_section = false; /* an annex ends the section above it */
		}
		if (in_section) {
			op->section = o->nsec - 1;
			o->sec[o->nsec - 1].last = i;
		}
	}
	free(deep);
	free(block_title);
	table(o, &ts, o->n, NULL);
	later_annex(o);
	if (bare)
		wp_outline_bare_items(o);
	wp_outline_card_items(o);
	for (size_t k = 0; k < o->nsec; k++) {
		promote_circled(o, k);
		if (o->sec[k].kind == WP_SECTION_ACTIVITIES)
			one_more_items(o, k);
	}
	tasks_as_activities(o);
}

void wp_outline_free(struct wp_outline *o)
{
	free(o->para);
	free(o->sec);
	memset(o, 0, sizeof *o);
}

const char *wp_outline_top(const struct wp_outline *o, size_t i, int *number)
{
	if (i >= o->n || o->para[i].kind != WP_OUTLINE_TOP)
		return NULL;
	*number = o->para[i].number;
	return o->para[i].text;
}

const char *wp_outline_item(const struct wp_outline *o, size_t i, int *number)
{
	if (i >= o->n || o->para[i].kind != WP_OUTLINE_ITEM || o->para[i].level > 4)
		return NULL;
	*number = o->para[i].number;
	return o->para[i].text;
}

bool wp_outline_ends_section(const struct wp_outline *o, size_t i)
{
	return i < o->n && (o->para[i].kind == WP_OUTLINE_TOP || o->para[i].kind == WP_OUTLINE_ANNEX);
}

const struct wp_outline_section *wp_outline_find(const struct wp_outline *o, enum wp_section_kind kind)
{
	for (size_t s = 0; s < o->nsec; s++)
		if (o->sec[s].kind == kind)
			return &o->sec[s];
	return NULL;
}
