/* notice-reader.h - what the parts of the notice reader share: the
 * reader's state and its text helpers (notice-str.c). The reader is a
 * pipeline, driven by notice.c:
 *   1. notice-text.c decodes the bytes and cuts clean paragraphs
 *      (notice-lines.c joins its lines into them, by what
 *      notice-line-signs.c says a line's start or end is);
 *      notice-meta.c drops a web portal's metadata block from them;
 *   2. notice-outline.c makes one pass that says what each paragraph is
 *      (heading and level, label line, table, date, signature, annex,
 *      prose) and which section it is in (reader.outline);
 *   3. readers look at the outline and the paragraphs and fill the draft
 *      plan: notice-cover.c the cover letter, notice-period.c the
 *      period and theme;
 *      notice-items.c the activity items (notice-revision.c a revision
 *      notice's new values of them, notice-activity.c their dates
 *      and times, notice-units.c, notice-roles.c,
 *      notice-subject.c and notice-leads.c their units,
 *      notice-division.c their units from a 职责分工 section,
 *      notice-places.c their places, notice-days.c the timed paragraphs
 *      under a day heading (notice-day-headings.c what day a heading or
 *      a line stands for), notice-table.c an activity table
 *      (notice-table-cells.c its rows copied a cell per line) and
 *      notice-table-mend.c the rows copying out of Word damaged,
 *      notice-records.c a table flattened to lines of labelled fields
 *      or to records a field a line);
 *      notice-committee.c the committee (notice-committee-lines.c its
 *      persons a line each, notice-persons.c its persons written post
 *      first); notice-duties.c the deadlines
 *      (notice-duty-lines.c lines that stand for their sentences,
 *      notice-duty-parts.c the duties done by a day and their doers;
 *      notice-submit.c what is due, who owes it, to whom;
 *      notice-relative.c rules counted from the campaign, an activity
 *      or the issue; notice-duty-table.c a table of what is due);
 *      notice-contacts.c the contacts (notice-phones.c their numbers,
 *      notice-contact-lines.c those
 *      under a 联系方式 heading); notice-aliases.c the short names
 *      the text calls its issuer by; notice-names.c holds the unit-name
 *      helpers;
 *   4. notice.c settles the draft and writes it as the JSON plan.
 * The genre's words they look for are the vocabulary's tables
 * (notice-words.h). Not part of core's interface: only notice.h is. */
#ifndef WP_NOTICE_READER_H
#define WP_NOTICE_READER_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "notice-date.h"
#include "notice-heading.h"
#include "notice-outline.h"
#include "notice-text.h"
#include "notice-words.h"
#include "notice.h"

/* Bounds on what one notice may hold: a notice has a few dozen items;
 * past these the reader stops adding (and says so), so its work stays
 * bounded on any input. */
#define WP_NOTICE_MAX_ITEMS 200
#define WP_NOTICE_MAX_DEADLINES 200
/* Publicity focuses read at most (a notice lists three to six). */
#define WP_NOTICE_MAX_FOCUS 50
#define WP_NOTICE_MAX_CONTACTS 100

struct item_range {
	size_t first, last; /* paragraphs, ascending and disjoint */
	char no[32];
	size_t activity; /* index in reader.activities */
	/* The notice does not number it (a day's schedule, prose, a table
	 * without 序号): no is its place, a key for the readers only, and the
	 * plan gets no number (wp_notice_settle_numbers). */
	bool unnumbered;
};

struct reader {
	wp_ntext t;
	struct wp_outline outline; /* of t, built once t is final (notice-outline.h) */
	struct item_range *items;
	size_t nitems, capitems;
	int year;        /* the plan's year; a stand-in when !year_known */
	bool year_known; /* from the title, a dated line or the person importing */
	char *region, *organizer;
	/* a forwarder's note above the mail it forwards, no document of its
	 * own (no date under its signature): where the forwarded text
	 * begins, the paragraphs above it no head of the notice; else 0 */
	size_t original_at;
	/* an amending notice (…的补充通知) that sends the plan it amends in
	 * its annex: the paragraph of the plan's title, the paragraphs above
	 * it the notice's amendments, and the attachment line naming it
	 * (notice-supplement.c); else 0 */
	size_t plan_at, plan_named_at;
	wp_date start, end;
	json_t *plan, *activities, *deadlines, *contacts;
	json_t *committee_names; /* every unit named in the committee */
	json_t *committee_chair;
	wp_notice_report *report;
	const wp_notice_hints *hints; /* what the person importing said, or NULL */
	/* Work done, in steps: one per paragraph a pass visits, per match a
	 * search loop visits, per name compared. A reading stops (with an
	 * error) at budget, which is a fixed multiple of the input's bytes:
	 * no text can make the reader loop or run quadratic. */
	size_t steps, budget;
	bool over_budget;
	bool deadlines_full, activities_full; /* a cap was reached and reported */
	int first_leads; /* the notice's rule that a list's first unit leads: -1 not asked yet */
	int slash_leads; /* its rule that units before a slash lead: -1 not asked yet */
	int revision;    /* the notice revises an earlier one (notice-revision.c): -1 not asked yet */
	/* a task table's report rows, as sentences ({"para", "text"}) read
	 * as deadlines after the text's own (notice-table.c) */
	json_t *table_duties;
};

/* Steps the reader may take per byte of input before it gives up. */
#define WP_NOTICE_STEPS_PER_BYTE 256

/* Counts n steps of work; false once the budget is spent (every loop
 * that calls it then ends). */
static inline bool wp_notice_step(struct reader *r, size_t n)
{
	r->steps += n;
	if (r->steps > r->budget)
		r->over_budget = true;
	return !r->over_budget;
}

/* Adds a sentence to the report of what was uncertain. */
void wp_notice_note(struct reader *r, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* Drops the notes said since the report held from lines: what a reading
 * that came to nothing said of the text (a table whose rows all failed). */
void wp_notice_drop_notes(struct reader *r, size_t from);

/* JSON values; empty text and WP_DATE_NONE become null. */
json_t *wp_notice_jstr(const char *s);
json_t *wp_notice_jdate(wp_date d);

/* Punctuation that ends a value: 。；，：.; */
extern const char *const wp_notice_end_punct[];

/* Copies (caller frees): s up to the first of stops; the text after
 * marker up to a stop, trimmed (NULL if marker is absent or it is empty);
 * the first sentence of s. */
char *wp_notice_upto(const char *s, const char *const *stops);
/* name without the second name a head line may close it with
 * (区市场监督管理局（知识产权局） -> 区市场监督管理局); a copy of name when
 * it has none. Caller frees. */
char *wp_notice_without_second_name(const char *name);
/* The same, but a stop inside （…） does not count: 总结（含图片不少于5张）
 * is not cut at the 于 of 不少于. */
char *wp_notice_upto_outside(const char *s, const char *const *stops);
char *wp_notice_after(const char *s, const char *marker, const char *const *stops);
char *wp_notice_first_sentence(const char *s);
/* Cuts v (may be NULL) at a ， followed by a field's label and ：
 * (（责任部门：稽查科，时间：9月15日）: fields a ， apart). */
void wp_notice_cut_at_comma_label(char *v);
/* needle within the first window bytes of s, or NULL (bounded search). */
const char *wp_notice_find_near(const char *s, const char *needle, size_t window);

/* Splits a unit list on 、，；及 at bracket depth 0, appending to arr. */
void wp_notice_split_units(const char *list, json_t *arr);
/* 县市场监督管理局、县公安局，各乡镇人民政府：: the units a salutation
 * line names, appended to who; false (nothing added) when line is no
 * salutation of units. */
bool wp_notice_salutation_units(const char *line, json_t *who);
/* The units the salutation a few paragraphs above para addresses
 * (各乡镇人民政府，县减灾委各成员单位：), added to who; none when a heading
 * comes between. */
void wp_notice_addressees(struct reader *r, size_t para, json_t *who);
/* 五、请你局抓好以下工作：: the one unit the section para sits in asks to see
 * to its items, appended to who (notice-duty-parts.c). */
void wp_notice_asked_by_section(struct reader *r, size_t para, json_t *who);
/* Does a name read like a unit (an office, a body, a group of them)? */
bool wp_notice_unit_like(const char *name);
/* 县疾病预防控制中心（以下简称县疾控中心）: each bracket of name that says
 * what the text calls a unit, taken out of name in place. */
void wp_notice_drop_called(char *name);
/* Is every part of list (A、B、C, apart as units are) one that is says
 * so of, and is there one at least? */
bool wp_notice_every_part(const char *list, bool (*is)(const char *part));
/* Every name of a list (A、B、C) reads like a unit. */
bool wp_notice_units_like(const char *list);
/* Two spellings of one unit in this notice (县市场监督管理局 ~ 县市场监管局（知识产权局）). */
bool wp_notice_same_unit(struct reader *r, const char *a, const char *b);
/* Takes the committee's spelling of names missing the region level; consumes arr. */
json_t *wp_notice_fix_names(struct reader *r, json_t *arr);

/* Appends to aliases the short names the text calls the organizer by
 * (县禁毒办 for 会宁县禁毒委员会办公室), only those it uses. */
void wp_notice_short_names(struct reader *r, json_t *aliases);

/* The units of activities whose items name none, from a 职责分工 section
 * that gives them unit by unit (notice-division.c). */
void wp_notice_read_division(struct reader *r);

/* The activity item paragraph para is in, or NULL (a binary search). */
const struct item_range *wp_notice_item_at(const struct reader *r, size_t para);
/* Moves the last `moved` activities to index first, in their order, the
 * items that point at activities following them. */
void wp_notice_move_last_activities(struct reader *r, size_t first, size_t moved);
/* Adds a person to call, once, unless name reads as an office. */
void wp_notice_add_contact(struct reader *r, const char *name, const char *phone);
/* A table cell of whom to call (林晓燕　13905961234): the person, for the
 * activity numbered item (NULL: none), unless the cell holds no name and
 * number. */
void wp_notice_add_cell_contact(struct reader *r, const char *cell, const char *item);
/* The sender of a message signing off with a name and numbers under it
 * (镇安委办 俞晓峰 / 手机：…): a contact (notice-signoff.c). */
void wp_notice_read_signoff_contact(struct reader *r);
/* The first phone number in s (7 or more digits, with - between, or a
 * mobile in groups), as written, or NULL. Caller frees. */
char *wp_notice_phone_in(const char *s);
/* The contacts on the lines under a 联系方式 heading (notice-contact-lines.c). */
void wp_notice_read_contact_lines(struct reader *r);
/* The contact lines under paragraph i, a heading over them (六、联系方式,
 * 联系人： alone): office, person and numbers each, the contacts of the
 * activity numbered item (NULL: of the whole notice) (notice-contact-lines.c). */
void wp_notice_contact_lines_under(struct reader *r, size_t i, const char *item);
/* The first contact e-mail address, or NULL. */
const char *wp_notice_first_email(const struct reader *r);

/* Where an activity described by body takes place (notice-places.c), or
 * NULL. Caller frees. */
char *wp_notice_find_location(const char *body);
/* Does field name a place rather than an activity: the location finder
 * reads the whole of it as one where a sentence would hold a place
 * (在X举行)? (notice-places.c) */
bool wp_notice_names_place(const char *field);
/* 本院第三审判法庭（旁听人员请于14:00前凭有效身份证件…入场）: a closing
 * bracket that asks something (请…, 邀请专家授课; not 申请) or gives an
 * hour is a note, no part of the place: cut off, in place (a room named
 * before its ， stays: 县老年大学（三楼多功能厅）). */
void wp_notice_drop_attend_note(char *place);
/* Is a field standing alone (…，县人民广场，…) a place: short, and it and
 * each of its list (滨河公园、檀溪公园两处避难场所) ending as a place does
 * (广场, 村, 场所), never as a body (局)? Not 副县长出席并讲话.
 * (notice-places.c) */
bool wp_notice_field_is_place(const char *field);
/* The place a cell or field of where says (a table's 地点 column, a line's
 * field): NULL where it names the whole area (全县) or each their own
 * place (各地); else the cell without a closing
 * bracket of where it may move (（遇雨改在…）). Caller frees. */
char *wp_notice_cell_place(const char *cell);
/* 地点：由各县（市、区）结合实际确定: does body's place label say the place
 * is still to be set (so that no place its prose names is the item's)? */
bool wp_notice_place_left_open(const char *body);
/* 启动仪式（县城东湖广场）: the place a bracket closing an item's title
 * names (a part of it ends like a place, WP_WORDS_TITLE_PLACE, or an
 * account), cut from title; NULL, title unchanged, if none. Caller
 * frees. */
char *wp_notice_title_place(char *title);
/* 观摩会（地点：X）: only a bracket that labels the place (地点：X, not
 * 地点：待定), cut from title; X (caller frees), or NULL, title unchanged. */
char *wp_notice_title_labelled_place(char *title);
/* 开放日（全月，全市各消防救援站，各县（市、区）消防救援大队）: the
 * unlabelled bracket of fields closing a title, its when, where and perhaps
 * who in any order, apart by ， or ；. Cut from title: the place returned,
 * *when and *units set (NULL if none; caller frees all); NULL, title
 * unchanged, when the bracket is no such fields. */
char *wp_notice_cut_field_bracket(char *title, int year, char **when, char **units);
/* 12月1日｜宪法知识进校园｜县第一中学｜县教育局牵头: an item's line that is
 * a headerless row of 3-5 fields apart by ｜, │ or a | between CJK text,
 * sorted by what each looks like. True when it is: title keeps its title
 * field, *when, *units (roles and all), *place set (NULL if none; caller
 * frees); false, title unchanged, when it is no row. */
bool wp_notice_cut_field_bars(char *title, int year, char **when, char **units, char **place);
/* 4月20日（周一）上午9:00，县城人民广场，启动仪式，城关所负责，知识产权股配合，
 * …: an item's line of fields apart by ， (notice-field-commas.c): its
 * when first, then perhaps where, then what, then who (X负责, Y配合).
 * roles_cut: a labelled bracket of roles (（责任单位：X；配合单位：Y）) was
 * cut off title's end, so its fields may be when, where and what alone.
 * True when it is: title keeps what, *when, *units (as X牵头，Y配合),
 * *place set (NULL if none; caller frees); false, title unchanged. */
bool wp_notice_cut_field_commas(char *title, int year, bool roles_cut, char **when, char **units, char **place);
/* A row's field of who (X牵头，Y、Z配合) when the reader of units reads
 * none in it: each part's names by the role it marks, lead if none. */
void wp_notice_row_units(const char *units, json_t *lead, json_t *coop);

/* A new activity object (caller owns): number, title, the rest null. */
json_t *wp_notice_new_activity(const char *no, const char *title);
void wp_notice_set_dates(json_t *a, wp_date start, wp_date end);
/* Sets the dates read from the text, keeping the text as written (under
 * WP_NOTICE_WRITTEN, which the reader removes before it returns: it
 * becomes date_text when the notice gives no year). */
void wp_notice_set_read_dates(json_t *a, const wp_ndate *d);
/* Sets the campaign period as the dates of an activity that says it runs
 * during it (宣传周期间), keeping those words as written. */
void wp_notice_set_period_dates(struct reader *r, json_t *a, const char *text);
/* 宣传周首日上午9:00: text names the first day of the campaign's span
 * (宣传周首日, 活动周第一天) or its last (活动周最后一天) with no date: a's
 * dates are the period's start (or end) and true; false (a untouched) when it names none or the period is not
 * known. */
bool wp_notice_set_first_day(struct reader *r, json_t *a, const char *text);
/* A date of a in the lunar calendar (正月十五（元宵节）, 农历正月十八至二月
 * 初一) in text, read in the campaign's lunar year: a's dates, and the
 * words as written in its notes. False if text has none. */
bool wp_notice_set_lunar(struct reader *r, json_t *a, const char *text);
/* A day named by a solar term of the campaign's year (秋分当天, 冬至日):
 * the activity's dates; false if text names none. */
bool wp_notice_set_solar_term(struct reader *r, json_t *a, const char *text);

/* 15日（星期三）上午10:30, 13日至17日: text dates a by the day alone, the
 * month and year being the period's (wp_nfind_day_only): a's dates and
 * true. A weekday in brackets that is not the day's leaves a undated, says
 * so, and is true too (it was the date, read as uncertain). False (a
 * untouched) when text has no such day or the period is not known. */
bool wp_notice_set_day_only(struct reader *r, json_t *a, const char *no, const char *text);
/* 国家宪法日当天上午9:30: text names a day only by its name (X日当天),
 * and the notice dates that name elsewhere (今年12月4日是第13个国家宪法日):
 * a's dates are that day and true; false (a untouched) otherwise. */
bool wp_notice_set_named_day(struct reader *r, json_t *a, const char *text);
/* The one activity read so far whose title holds name (启动仪式 names
 * 读书月启动仪式), or NULL when none or several do (notice-relative.c;
 * borrowed, the plan's). */
json_t *wp_notice_named_activity(const struct reader *r, const char *name);
/* 启动仪式结束后，在同一地点开展X: text says a follows an earlier activity
 * by that name (in its title). Its day is a's: true when so set (the
 * earlier one dated), false (a untouched) otherwise. */
bool wp_notice_set_after_named(struct reader *r, json_t *a, const char *text);
/* ②当天下午3:00，在X举办Y: text opens with 当天, the day of the activity
 * read just before it (one day, not a span). That day is a's: true when
 * so set, false (a untouched) otherwise. */
bool wp_notice_set_that_day(struct reader *r, json_t *a, const char *text);
/* …and a's place, when it is only 同一地点, is the earlier one's. */
void wp_notice_same_place_as_named(struct reader *r, json_t *a, const char *text);
#define WP_NOTICE_WRITTEN "_written"
/* An activity's mark while the readers work: an amending notice cancels
 * it (notice-supplement.c). */
#define WP_NOTICE_CANCELLED "_cancelled"
/* An activity of 9月中旬, 4月中下旬 (d, a part of a month): about those
 * days, not on them, so it stays undated with the words as written,
 * unless they are the campaign period itself. */
void wp_notice_set_part_of_month(struct reader *r, json_t *a, const char *no, const wp_ndate *d);
/* Sets time (and end_time) from the first time in text; false if none. */
bool wp_notice_set_times(json_t *a, const char *text);
/* An item written as short lines (title / 12月3日（周四）下午2:30 /
 * 区青少年宫三楼多功能厅 / 团区委牵头，…): the bare line right under its
 * first line, when that gives the day or time alone, is its place (a
 * copy), else NULL. */
char *wp_notice_place_after_when(struct reader *r, const char *text);
/* Room for one more activity (items and the dated events in them)?
 * When there is none, says so once. */
bool wp_notice_activity_room(struct reader *r);
/* Records that paragraphs first..last hold activity no (the one about
 * to be appended); false when the reader holds its maximum of items. */
bool wp_notice_add_item(struct reader *r, const char *no, size_t first, size_t last);
/* As wp_notice_add_item, for an activity the notice does not number: no
 * (its place, 1, 2 ...) keys it while the readers work and is not kept. */
bool wp_notice_add_unnumbered_item(struct reader *r, const char *no, size_t first, size_t last);
/* At the end: the activities the notice does not number lose the key they
 * were read under, unless a deadline or contact refers to it (the plan
 * then needs it to say which activity). */
void wp_notice_settle_numbers(struct reader *r);

/* Reads one activity item: its heading line (title, then what the
 * heading says after its first 。) and rest, the paragraphs under it.
 * group_heading: the （一） or 第一阶段 heading the item is numbered
 * under, or NULL; an item with no date of its own takes the group's. */
void wp_notice_read_item(struct reader *r, const char *no, const char *heading, const char *rest,
			 const char *group_heading);
/* The items after heading paragraph i (or from the text's start when i
 * stands before it), up to the end of its section, as activities; prefix
 * (四 for the section 四、) goes before each number when the notice
 * numbers its items afresh under more than one heading (notice-items.c). */
void wp_notice_read_items_under(struct reader *r, size_t i, const char *prefix);
/* 1.时间：… under an item is a line of that item, not an item itself: its
 * text opens with a field's label (of 6 characters at most) and a ：. */
bool wp_notice_item_field_line(const struct wp_outline *o, size_t i);
/* 工作要求：, a short line ending in ： that names a section of no
 * activities: a heading in prose, which ends the items above it. */
bool wp_notice_prose_heading(const char *para);
/* 一、预热阶段（6月20日—7月5日）, 二、第二阶段：集中整治（…）: does para (a
 * heading, its number optional) name a stage of the campaign with its
 * dates? Its items are activities dated by it (notice-items.c). */
bool wp_notice_stage_heading(const struct reader *r, const char *para);
/* What an undated activity's text says of when (at, len bytes: 4月下旬,
 * 5月23日前), kept in its notes for the clerk. */
void wp_notice_keep_when(json_t *a, const char *at, size_t len);
/* The value of text's line labelled with a time (时间：, 完成时限：…), to
 * the line's end, else of such a field of the bracket text closes with
 * (wp_notice_closing_fields), or NULL (notice-when.c). Caller frees. */
char *wp_notice_when_line(const char *text);
/* 第一场：4月21日…；第二场：4月23日…: a when of two sessions or more, each
 * a day with a short name and its colon before it, apart by ；, as a label
 * alone over its lines gives them; or a when that lists its days (4月21日
 * 下午3:00，4月23日上午9:30); the last one's day in *end. */
bool wp_notice_when_sessions_end(const char *when, int year, wp_date *end);
/* 第二场, 第3期 at p: a numbered session's name (WP_WORDS_SESSION_MEASURE);
 * its bytes, or 0 (notice-places.c). */
size_t wp_notice_session_at(const char *p);
/* 开设…专栏。…。（责任部门：办公室；完成时限：4月全月）: a task list's item
 * closes its prose with one bracket of labelled fields, which give it
 * its units and its time. The inside of the bracket text closes with
 * (nothing but 。 and spaces after it), its length in *len (may be
 * NULL), when it opens with a field's label and ：; else NULL. */
const char *wp_notice_closing_fields(const char *text, size_t *len);
/* An item's text as a revision notice means it: 原定 lines dropped, 地点
 * 由A改为B written 地点：B, remarks like （不变） dropped (notice-revision.c).
 * Caller frees. */
char *wp_notice_revised_text(struct reader *r, const char *text);
/* s without a revision's remarks (（不变）, （新增活动）) and, closing it, a
 * bracket citing the amended notice's item (（《通知》第二项活动）). Caller
 * frees. */
char *wp_notice_drop_remarks(const char *s);
/* A work group's thread (two message headers at least): drops the
 * members' replies; returns how many paragraphs went. */
size_t wp_notice_drop_thread_replies(struct reader *r);
/* The thread's later messages amend the items they name (活动一培训地点
 * 调整为：X): the new place or time replaces the item's. */
void wp_notice_read_thread_amendments(struct reader *r);
/* 《通知》要求5月26日前报送的活动总结，统一调整为5月29日（星期五）前报送:
 * a sentence that moves a due: the new rule in *rule (5月29日（星期五）前)
 * and the sentence as it now reads (…5月29日（星期五）前报送的活动总结),
 * or NULL (*rule NULL) when it moves none. Caller frees both. */
char *wp_notice_revised_due(struct reader *r, const char *s, char **rule);
/* The first time of day in text's 活动内容： line, set on a as
 * wp_notice_set_times does; false if there is none. */
bool wp_notice_set_content_times(json_t *a, const char *text);
/* The time of the clause opening the item's first line of prose when it
 * names a clock near its start and no day (仪式当天上午9:30开始): the
 * clock a when line that gives the day alone leaves to the text. */
bool wp_notice_set_prose_times(json_t *a, const char *text, int year);
/* The first date p gives that is no day something is due by (请…于4月
 * 18日前报送, 报名截止时间为4月19日, 4月19日截止 tell no event's day), into
 * *own (into p); false if none. */
bool wp_notice_event_date(const struct reader *r, const char *p, wp_ndate *own);
/* 完成时限：5月20日前: when the when line gives a day to be done by, sets
 * a's dates from a day text names as the start (5月18日起) to it, or,
 * with no such day, leaves a undated with the words kept; returns
 * whether the line gave such a day. */
bool wp_notice_set_done_by(struct reader *r, json_t *a, const char *when, const char *text);
/* 开学第一周，…: an undated item whose first clause counts a week from
 * an event names no day but says when; kept as written (date_text). */
void wp_notice_keep_counted_week(json_t *a, const char *first);
/* 第5周内，…: a school week the item's first clause counts, with no day
 * of its own, placed by the weeks the period is glossed with (3月23日至
 * 4月3日（本学期第4周至第5周）): sets a's dates (Monday to Friday, within
 * the period) and returns true; false when it counts none. */
bool wp_notice_set_school_week(struct reader *r, json_t *a, const char *first);
/* How a sentence s inside an item opens (notice-item.c): with a date
 * (4月23日州局举办…, 其中，10月13日上午…: WP_SUB_DATED, d that date) or
 * with the item's own day after an opener (其中，当日…: WP_SUB_SAME_DAY),
 * an event of its own; else WP_SUB_NONE. *event: past the opener (其中，);
 * *rest: past the date or 当日. Both point into s. */
enum wp_sub_event { WP_SUB_NONE, WP_SUB_DATED, WP_SUB_SAME_DAY };
/* body up to the first later sentence that is a dated event of its own
 * (wp_notice_read_sub_events'), the item's own text (caller frees). */
char *wp_notice_before_sub_events(const char *body, int year);
enum wp_sub_event wp_notice_sub_event_at(const char *s, int year, wp_ndate *d, const char **event,
					 const char **rest);
/* Where "N是" (一是, 二是 ...) opens a part of text: at its start or after
 * 。：；. NULL if it does not. */
const char *wp_notice_enumerated_at(const char *text, int n);
/* 议程安排： / 09:00-09:30　X：…（一楼报告厅，科技创新局负责） / …: the timed
 * lines of paragraphs first..last (an item's heading and body) whose
 * closing bracket names their place and the unit that runs them, two at
 * least, each an activity of its day (the item's one day, or the date
 * line above it), its place and units the bracket's,
 * numbered no.1, no.2 … (unless !numbered: an item whose copy lost its
 * number); the item is their group. How many (0: no such agenda, nothing added).
 * notice-agenda.c. */
size_t wp_notice_read_agenda_sessions(struct reader *r, const char *no, bool numbered, size_t first, size_t last);
/* A timed line's text past its opening clock (09:00-09:30 or 14：30-16：00
 * and the gap after it), into p; NULL when p opens with no clock or holds
 * nothing after it (notice-agenda.c). */
const char *wp_notice_after_opening_clock(const char *p);
/* A week's timetable (时段 | 周一 4月20日 | … / 上午 | 9:30 启动仪式（县文化
 * 广场，县市场监管局）| …): each cell an activity on its column's day, the
 * same text in cells side by side one over those days; how many were
 * read (0: no such table, nothing added). notice-week-grid.c. */
size_t wp_notice_read_week_grid(struct reader *r);
/* notice-sub-events.c: the dated events item no's body tells, each an
 * activity no.N (*sub counts them), with the item's units where an event
 * names none; the parts it enumerates (一是…二是…) likewise. */
void wp_notice_read_sub_events(struct reader *r, const char *no, const char *body, json_t *item,
			       json_t *item_lead, json_t *item_coop, size_t *sub);
/* 具体安排如下： / 县第一中学：3月30日（星期一）上午9:30，…演练；: the lines
 * of an item's body that each name a place (a unit's name, short) and the
 * day it is held there, each an activity no.N (*sub counts them) at that
 * place, done by the item's units (notice-sub-events.c). */
void wp_notice_read_named_stops(struct reader *r, const char *no, const char *body, json_t *item_lead,
				json_t *item_coop, size_t *sub);
/* （一）宣传发动阶段（6月8日至14日） / 6月8日…召开…（责任单位：A、B）；6月9日
 * 至14日，…（责任单位：C）；…: a stage's body whose clauses (apart by ；) each
 * open with a day (or 同日, 本阶段内, 宣传周期间) and close with its units
 * in brackets, every clause so and two at least: each clause added as an
 * unnumbered activity, the stage's paragraphs first..last registered as
 * read; how many (0: the body is no such list, nothing added).
 * notice-clause-events.c. */
#define WP_NOTICE_MAX_CLAUSES 64
size_t wp_notice_read_clause_events(struct reader *r, const char *heading, size_t first, size_t last,
				    const char *body);
void wp_notice_read_enumerated(struct reader *r, const char *no, const char *text, const json_t *item,
			       json_t *item_lead, size_t *sub);
/* 线上 for a gathering held online (线上培训班), or NULL (caller frees). */
char *wp_notice_online_place(const char *title);
/* 5月10日在江滨社区、5月11日在柳岸社区、5月13日在新塘社区各举办一场…: one
 * activity touring places on days, as text opens with it. True with the
 * first day to the last in *span and the places joined with 、 in
 * *places (caller frees); false for no such list of two stops or more. */
bool wp_notice_tour(const char *text, int year, wp_ndate *span, char **places);

/* Activities of a notice without an activity section (notice-prose.c):
 * a day-by-day schedule in the paragraphs from paragraph from on, top
 * sections that each name who leads them, the parts of a paragraph (一是…二是…), plain paragraphs that each name a
 * day, an event and who leads it. Each returns what it read. */
size_t wp_notice_read_schedule(struct reader *r, size_t from);
bool wp_notice_read_prose_activities(struct reader *r);
/* Does p say who leads in prose: a 由 and a lead verb in one clause
 * (由X牵头, 这项工作由X负责)? wp_notice_lead_clause gives that clause's
 * 由 in p, or NULL. */
bool wp_notice_names_its_lead(const char *p);
/* Does the line over a group of items say who runs them: a lead clause
 * (wp_notice_names_its_lead) or units labelled in a bracket (（责任单位：X；
 * 督导单位：Y）)? */
bool wp_notice_names_group_units(const char *p);
/* “5·19”分会场启动仪式在古城东门广场举行。: the event told as the
 * subject of a verb that ends its clause (举行, 召开, 开幕), before the 在
 * of its place; NULL if the clause tells none so (caller frees;
 * notice-item.c). */
char *wp_notice_event_as_subject(const char *clause);
/* 镇机关全体干部在镇政府四楼会议室集中观看国家安全警示教育片: what those
 * named attend at a place (观看, 收看, 旁听 and its object, with the way
 * they do it, 集中), a clause's event where no verb holds one; NULL if no
 * clause of the sentence tells one so (caller frees). */
char *wp_notice_event_attended(const char *sentence);
const char *wp_notice_lead_clause(const char *p);
/* 由区人大常委会办公室组织，区司法局协助: at by (its 由), a clause of units
 * ended by a verb that leads only so placed (组织; not 由X组织Y参加): the
 * verb, its length in *len; else NULL. */
const char *wp_notice_clause_end_lead(const char *by, size_t *len);
size_t wp_notice_read_section_activities(struct reader *r);
/* ◆ 应急演练进社区：5月12日下午2:30，在X开展…。由Y负责，Z配合。: the
 * paragraphs from paragraph from to the section's end that open with a
 * mark and a title (two or more) are its activities, unnumbered. How many
 * (notice-prose.c). */
size_t wp_notice_read_bullet_paragraphs(struct reader *r, size_t from);
/* The same in paragraphs [from, to) only: the bulleted activities under
 * one heading ((二)学校活动 / - 安全教育“第一课”：… / 责任单位：…), each
 * with the labelled lines under it; keyed group.n (no number of their
 * own: group names the heading, or NULL). */
size_t wp_notice_read_bullets_between(struct reader *r, size_t from, size_t to, const char *group);
/* The plan of a single event, its fields a section each (二、活动地点,
 * 三、主办单位 …): one activity, titled by the plan (notice-event-plan.c).
 * How many (0 or 1). */
size_t wp_notice_read_event_plan(struct reader *r);
/* Does paragraph p tell an activity as a plain notice's paragraphs do:
 * a day it happens on (not one things are due by), an event and who
 * leads it (5月17日上午9:30，在…举行…。由街道科协负责，…配合。)? */
bool wp_notice_tells_activity(const struct reader *r, const char *p);
/* 五、活动安排 / 3月30日7:50，学校…举行启动仪式，由政教处负责… / …如下表： / the
 * table: the paragraphs of the section from `from` up to the table's
 * header that tell an activity, each read as one and put before the
 * table's rows (read already, from activity first on); how many. */
size_t wp_notice_read_told_above_table(struct reader *r, size_t from, size_t first);
/* Reads stage section k, told in prose alone (一、动员部署阶段（5月25日—
 * 5月31日） / 各乡镇要…), as one activity: the stage its title, its dates
 * the stage's. */
void wp_notice_read_stage_activity(struct reader *r, size_t k);
size_t wp_notice_read_paragraph_activities(struct reader *r);
/* The object of the first event verb of p as written (开展一次粉尘涉爆事故
 * 应急演练，… -> 粉尘涉爆事故应急演练), or NULL. Caller frees. */
char *wp_notice_event_named(const char *p);
/* notice-faq.c: in a plan written as questions and answers, the answers
 * that tell an event are the activities, numbered by their question and
 * titled by the event. Returns how many. */
size_t wp_notice_read_faq_activities(struct reader *r);

/* Day headings (notice-days.c): reads paragraphs first..last under the
 * heading numbered no, when the heading is one day and nothing else
 * (9月18日（星期五）, 9月19日（星期六）——全民国防教育日) and every one
 * opens with its time of day, as one activity each (no.1, no.2 ...);
 * false (nothing read) otherwise. */
bool wp_notice_read_day_items(struct reader *r, const char *no, const char *heading, size_t first,
			      size_t last);

/* 5月16日（星期六） over 09:00—11:30　开幕式　地点：…　主办：…　承办：…
 * (notice-days.c): the lines under day lines (a day or a range alone)
 * from paragraph from to the section's end, each a title and labelled
 * fields set apart by wide spaces, as one activity each, numbered 1, 2
 * ... in order (the text numbers none); a paragraph there that opens with
 * its time (上午9:30，在…举行…。由X牵头，Y配合。, 全天，…, 同日起，…) is one
 * activity too. A day line may be a weekday (星期一（开幕日）), dated
 * only inside a period of at most a week. Returns how many. */
size_t wp_notice_read_day_lines(struct reader *r, size_t from);
/* The same from paragraph from up to (not with) paragraph to: the days
 * under one item heading (（一）集中活动日程 / 4月20日（星期一） / …). */
size_t wp_notice_read_day_lines_upto(struct reader *r, size_t from, size_t to);
/* How many paragraphs in [from, to) are day lines (4月20日（星期一）). */
size_t wp_notice_day_lines_between(struct reader *r, size_t from, size_t to);

/* The fields of a schedule line (notice-slots.c): its title, where it is
 * held, and its units by their labels or their place among the fields. */
struct wp_slot {
	char *title, *place;
	json_t *host, *doer, *helper; /* 主办：, 承办：, 协办：/配合： */
	char *charge; /* 负责部门：X牵头，Y配合 or a plain unit field, or NULL */
};
void wp_notice_slot_init(struct wp_slot *s);
void wp_notice_slot_free(struct wp_slot *s);
/* 主办：X　　承办：Y, 协办：A、B: a line of labelled fields under a
 * schedule's line, filed into s (a list set apart by a wide space going
 * on its label). false, s as it may be, when a field has no label the
 * slot knows. */
bool wp_notice_slot_label_line(struct wp_slot *s, const char *line);
/* Reads body (a line past its opening time) into s (initialised here;
 * the caller frees it): true when it is a title and at least one more
 * field, each set apart by wide spaces or two spaces or more, labelled
 * (地点：, 主办：) or plain (title　place　unit（配合：…）　helpers); a line
 * of prose (以上活动如因天气…另行通知。) is none. */
bool wp_notice_read_slot(const char *body, struct wp_slot *s);
/* Files the labelled field of len bytes at f (or the title, when s has
 * none); false when it is no field of a slot. */
bool wp_notice_slot_field(struct wp_slot *s, const char *f, size_t len);
/* One activity no of the days from s: the time is what line holds before
 * body. */
void wp_notice_add_slot(struct reader *r, const char *no, const wp_ndate *days, const char *line, const char *body,
			struct wp_slot *s);

/* What day a line under a schedule stands for (notice-day-headings.c).
 * Is heading one day and nothing else (9月18日（星期五）, 9月19日（星期
 * 六）——全民国防教育日)? The day into *day. */
bool wp_notice_day_heading(const char *heading, int year, wp_ndate *day);
/* 周一 4月20日: a timetable's column of a day whose weekday comes first,
 * a space between; the day into *day. */
bool wp_notice_weekday_first_day(const char *cell, int year, wp_ndate *day);
/* Is p a day or a range of days and nothing else (5月16日（星期六）,
 * 5月18日（星期一）—5月22日（星期五））? The days, as written, into *days
 * (at and len point into p, which keeps owning them). */
bool wp_notice_day_line(const char *p, int year, wp_ndate *days);
/* The theme day a day line names after its days, NULL if none. */
const char *wp_notice_day_theme(const wp_ndate *days);
/* Under a day line that names a theme day (notice-theme-days.c): the
 * paragraph i as the day's activity, titled by the theme, and each
 * later event it tells (上午…；下午3点在…举办…培训会) a row of its own,
 * numbered from count + 1; how many, or -1 when no more items fit. */
int wp_notice_add_theme_day(struct reader *r, size_t count, const wp_ndate *days, const char *theme, size_t i);
/* A day of the month of one or two digits and its 日 at *p (20日), 1..31;
 * *p moved past them; -1 (and *p unmoved) if none. */
int wp_notice_day_of_month(const char **p);
/* 20日　星期一, 20日—26日　宣传周期间: a day or days written without
 * their month (a programme's days under a heading that gave it), in the
 * campaign period when the day falls in it, else in the month of ref
 * (or the next, once its day has passed). The days into *days; false
 * when p is no such line. */
bool wp_notice_month_day_line(const char *p, const struct reader *r, wp_date ref, wp_ndate *days);
/* Is p a weekday and nothing else but what the day is, in brackets
 * (星期一（开幕日）) or after a dash? Its place in *days (at and len, into
 * p); the dates are the one day of that weekday when the period is known
 * and spans at most a week, else WP_DATE_NONE. */
bool wp_notice_weekday_line(const struct reader *r, const char *p, wp_ndate *days);
/* 展期至星期五: the end of a run from start whose last day is written as
 * a weekday after a range mark, the first such day from start on, into
 * *end; false when body names none or the day falls past the period. */
bool wp_notice_run_end(const struct reader *r, const char *body, wp_date start, wp_date *end);
/* Does paragraph p open with its date in brackets and nothing else in
 * them: a day, a range, a day and its weekday (【8月8日·周六】,
 * 〔5月18日—5月22日〕, （9月3日）)? The days into *days (at and len into
 * p), what the paragraph tells after the label into *body. */
bool wp_notice_date_label(const char *p, int year, wp_ndate *days, const char **body);
/* Past the mark of a range at q (—, ——, -, ～, 至): a pointer into q; q
 * itself if none. */
const char *wp_notice_past_range_mark(const char *q);

/* 序　号 1 2 3 / 活动名称 X Y Z / 时　间 … / 地　点 … / 县发展改革委 ★ ○ /
 * 备　注 …: the activities as the columns of a table that marks each
 * unit's part in them (★ leads; ○, △ cooperate), in one block or more
 * (表1（续）) (notice-matrix.c). How many were read. */
int wp_notice_read_matrix(struct reader *r);
/* 各项活动的具体时间、地点详见附件1 / 附件1 / 序号 日期 时间 活动内容 地点 …: the
 * rows of an annex's schedule that name activities of the body give them
 * the days, hours and places they lack (notice-annex-dates.c). How many
 * activities were so given. */
int wp_notice_date_by_annex(struct reader *r);
/* （一）“爱鸟周”集中活动 / … / ①启动仪式。由县林业局牵头，… / ②…: an item
 * (paragraphs first..last under its heading) whose circled paragraphs
 * mostly name the unit that leads them groups those events; each (two at
 * least) is an activity of its own (no.1 for ①), dated by the heading
 * where it says no day. How many were read; 0 when the circled
 * paragraphs are parts of the item (most name no lead), or there are
 * none. */
int wp_notice_read_circled_events(struct reader *r, const char *no, const char *heading, size_t first, size_t last);
/* 时段  4月20日（星期一）  4月21日（星期二）… / 上午  ①X（9:30）  ②Y（21日—
 * 24日）…: a week's timetable among paragraphs first..last, its days
 * the columns: the days and hour of each circled cell go onto the
 * activity no.k read for it (notice-week-grid.c). 1 when there was a
 * timetable, else 0. */
int wp_notice_date_by_grid(struct reader *r, const char *no, size_t first, size_t last);
/* （三）各部门自选活动 / …重点做好以下工作： / ——立案庭：宣传周期间在…设立…
 * / ——知识产权审判庭：自4月8日起开展…: an item whose paragrahs first..
 * last each open with a dash and the unit that does them; each (two at
 * least) is an activity of its own (no.1, no.2 ...) led by that unit,
 * the item itself none. How many were read; 0 when the item is no such
 * list. */
int wp_notice_read_unit_dashes(struct reader *r, const char *no, size_t first, size_t last);
/* notice-unit-heading.c: activities listed under the units that run
 * them. The units a group heading (（一）区卫生健康委) names, when it
 * names nothing else (a new array, caller owns), or NULL. */
json_t *wp_notice_heading_units(struct reader *r, const char *heading);
/* Gives activity a, read from item line (its text body) under a heading
 * of units, the heading's roles: they lead, unless line opens 配合Y (Y
 * leads, they cooperate) or the item names its own lead (由X牵头); the
 * partners it names without a subject (联合Y, ，Y配合…) cooperate. */
void wp_notice_give_heading_roles(struct reader *r, json_t *a, json_t *units, const char *line, const char *body);
/* Does a group heading name only units? */
/* 联合县教育局，在…开展: the partners body's clauses open by joining
 * (联合, 会同), added to a's cooperate unless a names them already. */
void wp_notice_join_partners(struct reader *r, json_t *a, const char *body);
bool wp_notice_unit_heading(struct reader *r, const char *heading);
/* 县发展改革局：6月14日…: an item that opens with the units that run it
 * and a colon (a bracket of partners may follow the units: 县交通运输局
 * （县公安局交通管理大队配合）：; or their roles: X牵头、Y配合：, X联合Y：), each
 * naming its level (县X局, 各乡镇, 团县委, the region's name: not 市民学校,
 * 法律进社区). How far the units and colon reach, *units and *partners
 * (new arrays, caller owns; partners maybe empty) set; 0, both NULL,
 * when the item opens otherwise. */
size_t wp_notice_units_before_colon(struct reader *r, const char *heading, json_t **units, json_t **partners);
/* Gives activity a, an item that opened with units (and partners), its
 * roles: they lead, whatever its text names as doing it (由Y具体实施 is
 * Y's part under them), unless the text says who leads (由Y牵头: then
 * they help); partners, and those its clauses name (会同Y, 联合Y, Y配合…,
 * Y负责业务指导) in line and rest, cooperate. */
void wp_notice_give_opening_roles(struct reader *r, json_t *a, json_t *units, json_t *partners, const char *line,
				  const char *rest);
/* Is item, under a section named by a unit (一、县水利局 / 1.…), the
 * unit's duty rather than an activity: no day nor the campaign's days,
 * or a 负责… (宣传周期间，负责统筹…, 负责6月20日前完成…)? */
bool wp_notice_unit_item_duty(const struct reader *r, const char *item);
/* A unit's heading over prose rest without a date: its standing duty,
 * no activity? Notes it when so. */
bool wp_notice_unit_duty(struct reader *r, const char *heading, const char *rest);
/* Under a heading of units (group_heading), is the item (its first line
 * and the rest) no activity of its own: a task owed by a day (6月12日前将
 * …报Y), or one done at an event another unit leads on the same day
 * (配合Y做好6月5日主场活动…), whose cooperating units the heading's then
 * join? */
bool wp_notice_unit_task_apart(struct reader *r, const char *group_heading, const char *line, const char *rest);
/* For paragraph i, read in order: *units becomes the units of the heading
 * it stands under ((一)X, then its tasks 1. 2.), or NULL past them (the
 * caller's, to json_decref). A task there that names no one is theirs. */
void wp_notice_track_unit_heading(struct reader *r, size_t i, json_t **units);

/* The lead and cooperating units of an item's text (new arrays, caller
 * owns both). */
void wp_notice_read_units(struct reader *r, const char *body, json_t **lead, json_t **coop);
/* 以上5、6两项由X牵头，Y配合。: does p give units to items by their
 * numbers (two at least)? (notice-items-named.c) */
bool wp_notice_names_items(const char *p);
/* 具体分工：镇应急办牵头抓总，负责第1、2、7项，并配合Y做好第5项；Z负责第3项，
 * A、B配合；W负责第2、4项的现场秩序维护: a paragraph of two clauses at
 * least giving the items read so far (by their numbers) to the units that
 * lead them (over what the items said) and help with them. True when p
 * is one (and read). */
bool wp_notice_read_item_shares(struct reader *r, const char *p);
/* Adds the units of them to a's cooperate that neither its lead nor its
 * cooperate holds yet (them stays the caller's). */
void wp_notice_add_partner_units(struct reader *r, json_t *a, json_t *them);
/* Is p such a paragraph of parts (read or not)? */
bool wp_notice_item_shares(const char *p);
/* Gives the units p names to the items it numbers that name none (the
 * last items so numbered); false when p is not such a line or names no
 * lead. */
bool wp_notice_units_for_named_items(struct reader *r, const char *p);
/* An item's lead and cooperating units while notice-units.c reads them
 * (the arrays are the holder's). */
struct units {
	json_t *lead, *coop;
};
/* Appends the units the item's first sentence names by its own wording
 * (notice-subject.c): X牵头，联合Y, X牵头，Y配合, 市县两级X, a subject. */
void wp_notice_units_from_sentence(struct reader *r, const char *body, struct units *u);
/* notice-in-charge.c: 负责人：教导处主任　周立新 / 王老师 / 各班主任, a line
 * naming persons: appended to lead, post then name, gaps dropped. */
bool wp_notice_persons_in_charge(const char *body, json_t *lead);
/* 负责人：曾骁（镇应急办） / 各村（社区）书记: the unit of the person in
 * charge (or the group of the post holders) appended to lead; the units
 * among 参加人员：(参加对象：) to coop. Returns whether a lead was found. */
bool wp_notice_unit_in_charge(struct reader *r, const char *body, json_t *lead, json_t *coop);
/* 各区（县）分局梳理…: the longest start of s, 24 columns at most, that
 * reads as units; s itself when it is units, or "" (caller frees). */
char *wp_notice_units_opening(const char *s);
/* notice-committee-persons.c: 镇党委副书记、镇长欧阳丽华, split at 、 into
 * a post alone and a post with its name: each entry that is only posts
 * joins the next (with its 、) as one person, in names. */
void wp_notice_join_posts(json_t *names);
/* notice-roles.c: does every name of list read like a unit (its own
 * mark of its role cut; no address, no count)? */
/* notice-submit.c: cuts from s, in place, a last bracket that points to
 * the annex (活动回执（见附件）, …统计表》（见附表）): it is no part of the
 * thing sent. */
void wp_notice_drop_annex_pointer(char *s);
bool wp_notice_names_units(const char *list);
/* A sentence only of clauses of units each ended by its role (X牵头，Y协助):
 * adds them to lead and coop and returns true, else adds nothing. */
/* The role the end of clause names (县疾控中心提供技术指导), its bytes in
 * *len: the longest ending of either kind wins (负责指导 helps, 负责
 * leads). WP_ROLE_NONE when it ends in neither or is nothing else. */
enum wp_role wp_notice_clause_role(const char *clause, size_t *len);
bool wp_notice_units_and_roles(const char *sentence, json_t *lead, json_t *coop);
/* The unit list in the last （…） of an item's text, or NULL (caller frees). */
char *wp_notice_trailing_unit_list(const char *body);
/* The unit list in the bracket closing the first sentence, or NULL. */
char *wp_notice_first_sentence_units(const char *body);
/* The first sentence of body that is only units and roles, read into u;
 * false when there is none. */
bool wp_notice_role_sentence(const char *body, struct units *u);
/* The last resort: a sentence read by its lead and help verbs (X牵头，
 * Y配合; X承办，Y协办), or work shared out in 负责 clauses, into u. */
void wp_notice_lead_sentence(const char *body, struct units *u);

/* Past the clock time at q (9:00, 9时30分, 9点): notice-days.c. */
const char *wp_notice_past_clock(const char *q);

/* The units of a lead list that may hold the cooperating ones too:
 * before a ， the lead, after it the rest; or the first unit alone when
 * the notice says the first listed leads; else all lead. */
void wp_notice_split_lead_list(struct reader *r, const char *list, json_t *lead, json_t *coop);
/* Does the notice say that the first unit of a list leads
 * (责任单位中排在首位的为牵头单位)? */
bool wp_notice_first_listed_leads(struct reader *r);
/* The first of units appended to lead, the others to coop. */
void wp_notice_first_leads(json_t *units, json_t *lead, json_t *coop);
/* Does the notice say a cell's units before a slash lead (“/”前为牵头单位，
 * “/”后为配合单位)? Asked once (notice-leads.c). */
bool wp_notice_slash_leads(struct reader *r);
/* Does a unit of list mark its own role (市粮食和物资储备局（牵头）)? Then
 * wp_notice_split_lead_list goes by the marks. */
bool wp_notice_list_marks_roles(const char *list);

/* Is name a label of an activity's units (牵头单位, 配合单位 ...)? 1 for
 * one that names the lead, 2 the cooperating units, 0 for neither. */
int wp_notice_unit_label(const char *name);

/* Reads an activity table (活动安排表: a header row naming the columns,
 * then a row per activity) anywhere in the notice; returns the rows read. */
size_t wp_notice_read_table(struct reader *r);
/* The rows of an activity table (a row a line) whose header stands in
 * paragraphs [from, to), read only up to to: the table under one heading
 * ((一)区级重点活动 / | 序号 | 时间 | … |), numbered group.n (一.1) when
 * their numbers are taken by activities read before. Returns the rows
 * read. */
size_t wp_notice_read_table_between(struct reader *r, size_t from, size_t to, const char *group);
/* Under an item that tells its own event (（二）分会场活动。9月14日至…，各分
 * 会场安排如下：), a table in paragraphs [from, to) whose rows have their
 * own day and units (either shape): its rows added as the item's events,
 * numbered no.1, no.2 …; how many. */
size_t wp_notice_read_sub_table(struct reader *r, size_t from, size_t to, const char *no);
/* One activity paragraph (or the part of one that tells it), numbered no
 * and titled title: its first day, else its part of a month, else the
 * day carried (NULL: none); the days of its date label (NULL: none)
 * before all of them; the first time, place and units anywhere in it
 * (notice-prose.c). */
void wp_notice_read_prose_paragraph(struct reader *r, const char *no, const char *title, const char *p,
				    const wp_ndate *carried, const wp_ndate *label);

/* One row of a table, its cells (cell[c] of kind col[c], NULL if
 * missing) on paragraph para, as the activity numbered no (as written
 * when numbered, else its place in order); false once the reader holds
 * all the items it takes. */
bool wp_notice_add_table_row(struct reader *r, const enum wp_field *col, size_t ncols, char **cell,
			     const char *no, bool numbered, size_t para);
/* Lines of labelled fields from paragraph from to the section's end
 * (活动名称：X  活动时间：Y  活动地点：Z  责任单位：W), a table's rows each
 * repeating the header's words, or records a field a line (活动名称 / X /
 * 活动时间 / Y, a spreadsheet pasted as a list), as activities numbered
 * 1, 2 ... in order (notice-records.c). Returns how many. */
size_t wp_notice_read_records(struct reader *r, size_t from);
/* 【活动时间】4月1日 at a line's start: rewritten 活动时间：4月1日, the label
 * as the field readers know it (notice-cards.c); before the outline. */
void wp_notice_unbracket_labels(struct reader *r);
/* 联系电话（兼传真）：0796-5326117: rewritten 联系电话：0796-5326117（兼传真）,
 * the remark after the number as the contact readers know it
 * (notice-phones.c); before the outline. */
void wp_notice_unbracket_number_labels(struct reader *r);
/* 宪法宣誓暨学习会。12月4日上午9:30，在…举行…。由X牵头…: a section with no
 * numbers whose paragraphs each open with a short title, its 。, then its
 * date; each (two at least) an activity without a number. How many. */
size_t wp_notice_read_titled_paragraphs(struct reader *r, size_t from);
/* 【8月8日·周六】上午8点，在…举办…，由X负责，Y协助。: the paragraphs of
 * the section from `from` that open with a date label (at least two),
 * each an activity on its days, titled by the event it tells, with the
 * time, place and units of its sentences, numbered 1, 2 ... in order.
 * Returns how many. */
size_t wp_notice_read_dated_paragraphs(struct reader *r, size_t from);
/* 6月5日（周五）9:00 赶集日宣传 地点：镇农贸市场 负责：镇综治中心 配合：派出所
 * 镇财政所: the lines from para from (to its section's end if
 * one_section, else to the text's), two at least, each a when, an event
 * and labelled fields apart by spaces, as the activities
 * (notice-spaced-fields.c); how many were read. */
size_t wp_notice_read_spaced_field_lines(struct reader *r, size_t from, bool one_section);
/* 牵头单位  9月15日（周二）  …  配合单位 then 区科协  9:00 X（地点）  —  同左 …:
 * a grid of days (notice-day-grid.c), each entry of a day's cell an
 * activity on that day, 同左 carrying the one before on, led by the row's
 * units, numbered 1, 2 ... in order. Returns how many. */
size_t wp_notice_read_day_grid(struct reader *r);
/* 4月20日（星期一） / 上午9:30，在图书馆报告厅举行X，由Y承办。 / 10:30在同一
 * 地点举办Z… / 4月21日（星期二） / …: bare day lines (two at least) over
 * paragraphs; each paragraph under one that tells an event is an activity
 * on that day (or on the days it gives), numbered 1, 2 ... in order.
 * Returns how many. */
size_t wp_notice_read_day_line_paragraphs(struct reader *r, size_t from);
/* 以上活动由X负责，Y配合: a sentence after a run of activities (from
 * first on) naming units for all of them gives each the units it lacks;
 * false when it names none (notice-days.c). */
bool wp_notice_given_to_all(struct reader *r, const char *p, size_t first);
/* 6月8日（周一）上午8点半 镇农贸市场门口 宣传周启动暨集中宣传咨询。…: a work
 * group message's lines (two at least) giving when, where and what apart
 * by spaces (时间另行通知 for when), each an activity without a number; a
 * 以上活动由X牵头，Y配合 after them gives them all their units. Returns
 * how many (notice-spaced-events.c). */
size_t wp_notice_read_spaced_event_lines(struct reader *r);
/* D-7（9月12日）　启动…巡展。…: a countdown plan's entries (two at least,
 * its D日 defined or dated by a label), each telling an event an
 * activity numbered by its label, on its date (至D-1结束: to that day);
 * how many (notice-countdown.c). */
size_t wp_notice_read_countdown(struct reader *r);
/* A countdown label at p (D日, D-7, D+1), its offset in days into
 * *offset; its length, 0 for none. */
size_t wp_notice_countdown_label(const char *p, int *offset);
/* The countdown's day (D日) of a plan with two countdown entries at
 * least, WP_DATE_NONE for none. */
wp_date wp_notice_countdown_day(struct reader *r);
/* Countdown entry p's sentences that send something, each due by the
 * entry's day (day: the countdown's), its label as written into *label;
 * NULL when p is no entry. Caller frees both. */
char *wp_notice_countdown_as_sentence(const struct reader *r, wp_date day, const char *p, char **label);
/* Sets the rule of deadlines from `from` on to label (none when NULL),
 * and frees it. */
void wp_notice_countdown_rules(json_t *deadlines, size_t from, char *label);
/* The same for one item's heading (past its number no) on paragraph
 * para: read as activity no when it is such a line; false (nothing
 * added) when it is not. */
bool wp_notice_read_record(struct reader *r, const char *no, const char *heading, size_t para);
/* An item's heading (past its number no) on paragraph para that is a row
 * of fields apart by runs of spaces, found by kind (notice-spaced-rows.c):
 * read as activity no; false (nothing added) when it is no such row. */
bool wp_notice_read_spaced_row(struct reader *r, const char *no, const char *line, size_t para);
/* A ledger's rows a line each, cells apart by ， in the order a bracketed
 * legend above them gives (notice-ledger.c): how many were read. */
size_t wp_notice_read_ledger(struct reader *r);
/* A note under the activities naming who else works on an item (说明：
 * 第4项活动由X提供场地…): X cooperates on it (notice-row-notes.c). */
void wp_notice_read_row_notes(struct reader *r);

/* A row of a table copied from Word as tab text, mended (notice-table-mend.c):
 * paragraph *i with the line a wrapped cell carried on (*i moves past
 * it), an empty cell (two tabs) written —. Caller frees. */
char *wp_notice_mended_row(const struct reader *r, size_t ncols, size_t *i);
/* …配合：区委宣传部、区教育局、 / (indent) 区融媒体中心、各镇（街道）: does
 * paragraph next go on line's list of units, cut after its 、 (next is
 * units alone, no row of its own)? For a table's rows and a schedule's
 * lines, which the line joiner keeps apart. */
bool wp_notice_list_goes_on(const struct reader *r, const char *line, size_t next);
/* A copy out of a PDF may glue a row's last cells to the one before them
 * on one line (…公益广告县卫生健康局、县融媒体中心5月25日—6月10日): the
 * dates that end the line, and the list of units before them when its
 * first unit is glued to text, as cells of their own. Appends the pieces
 * to out (copies, at most 3) and returns how many (notice-table-mend.c). */
size_t wp_notice_unglue_cells(const char *line, char **out);
/* Fills the fields of activity a whose cell says 同上 from the row above
 * (the activity read last). */
void wp_notice_same_as_above(struct reader *r, json_t *a, char **cell, const enum wp_field *col, size_t ncols);
/* Fills activity a's lead, its lead cell left empty (—), from the row
 * above: a sheet's merged cell, written on its first row only. Only for
 * a row after a table's first. */
void wp_notice_merged_lead(struct reader *r, json_t *a, char **cell, const enum wp_field *col, size_t ncols);
/* | 1 | 4月20日 | 9:30 | … / | 2 |  | 14:30 | …: in a table whose day and
 * hour stand in columns of their own, an empty day cell beside the row's
 * own hour is a day merged down from the row above: undated activity a
 * takes its days, and true. (An empty cell with no hour is no day:
 * 常态化开展, 线上.) Only for a row after a table's first. */
bool wp_notice_merged_day(struct reader *r, json_t *a, char **cell, const enum wp_field *col, size_t ncols);

/* A one-line list whose field order its heading states (notice-columns.c). */
enum wp_notice_column { WP_COLUMN_NONE, WP_COLUMN_DATE, WP_COLUMN_TITLE, WP_COLUMN_PLACE, WP_COLUMN_UNITS };
/* The field order heading states (按日期、活动内容、地点、责任单位顺序排列)
 * into cols (at most max); 0 when it states none the reader knows. */
int wp_notice_column_order(const char *heading, enum wp_notice_column *cols, int max);
/* The same for a key to the columns a paragraph gives in its last bracket,
 * the names apart by spaces or 、 (…安排人员。（日期  时间  地点  活动）). */
int wp_notice_column_key(const char *text, enum wp_notice_column *cols, int max);
/* Reads item no from line as one field per column; false (nothing added)
 * when the line does not split into exactly ncols fields. */
bool wp_notice_read_columns(struct reader *r, const char *no, const char *line,
			    const enum wp_notice_column *cols, int ncols);
/* How far (in display columns) a cell may start from its header's column
 * in a table aligned by spaces: writers align by eye. */
#define WP_NOTICE_COLUMN_SLACK 4

/* The cells of a table's line (notice-cells.c): copies, at most max into
 * cells; returns how many there are. */
size_t wp_notice_split_cells(const char *line, char **cells, size_t max);
/* The cells of a row copied from Word as tabs (two spaces once decoded)
 * split at those gaps only: a U+3000 inside a cell (林晓燕　139…, 吴　俊)
 * stays in it. At most max; returns how many there are. */
size_t wp_notice_split_tab_cells(const char *line, char **cells, size_t max);
/* A row's cells between bars (| 1 | 启动仪式 |) or, without bars, at tabs'
 * gaps only (as wp_notice_split_tab_cells). */
size_t wp_notice_split_row_cells(const char *line, char **cells, size_t max);
void wp_notice_free_cells(char **cells, size_t n);
/* 成果展 地点：X 内容：Y, a cell whose lines (a Word cell's paragraphs, a
 * Markdown cell's <br>) are a name then labelled lines: the name (all of
 * cell when no line is labelled) and the lines' values by field (place,
 * content, when), each NULL if the cell has none. Caller frees all four. */
struct wp_notice_cell_lines {
	char *head, *place, *content, *when;
};
void wp_notice_cell_lines(const char *cell, struct wp_notice_cell_lines *out);
void wp_notice_cell_lines_free(struct wp_notice_cell_lines *l);
/* The display column each cell starts at (at most max); returns how many. */
size_t wp_notice_cell_columns(const char *line, int *col, size_t max);
/* A cell that overflowed its column split where a header column (head,
 * nhead) starts inside it; returns the new count (room for max). */
size_t wp_notice_split_overflow(const char *line, char **cells, size_t total, size_t max, const int *head,
				size_t nhead);
/* ------, ======: a rule drawn under a table's header or below its rows. */
bool wp_notice_rule_line(const char *line);

/* The columns a table's header row names, a cell each (into col, room
 * for WP_NOTICE_MAX_COLUMNS): their count, 0 when para is not a header
 * row. */
#define WP_NOTICE_MAX_COLUMNS 12
size_t wp_notice_header_row(const char *para, enum wp_field *col);
/* Do these columns make an activity table: something that names the
 * activity, and a date, a place or a unit to go with it? */
bool wp_notice_activity_columns(const enum wp_field *col, size_t ncols);

/* An activity table as notice-table.c reads it: its header's columns,
 * whether it was copied a cell per line, and the paragraph after its
 * header. */
struct wp_notice_table {
	enum wp_field col[WP_NOTICE_MAX_COLUMNS];
	size_t ncols;
	bool cell_per_line;
	size_t body; /* the paragraph after the header */
};
/* The rows of the table tb copied a row a line, from its body up to
 * paragraph end or the table's end, added as activities; how many
 * (notice-table-rows.c). */
size_t wp_notice_read_line_rows(struct reader *r, const struct wp_notice_table *tb, size_t end);
/* An empty cell as tables write it (—, 无, /). */
bool wp_notice_blank_cell(const char *cell);
/* A table row's units from its 牵头单位 cell and its 配合单位 cell (either
 * NULL or blank when the row or the table has none): new arrays of who
 * leads and who cooperates. A lone 责任单位 cell may say the roles itself
 * (区水利局牵头，区融媒体中心配合) or let its first unit lead. */
/* The slash (/ or ／) that parts a units cell's leads from its
 * cooperating units (区图书馆/区文化和旅游局), or NULL (none, or 和/或). */
const char *wp_notice_role_slash(const char *cell);
void wp_notice_cell_units(struct reader *r, const char *lead, const char *coop, json_t **l, json_t **k);
/* The kind of a header cell (the labels of notice-words.h) into *kind;
 * false if the cell does not name a column. */
bool wp_notice_column_kind(const char *cell, enum wp_field *kind);
/* "3", "3.", "3、": a row number; -1 if s is not one. */
int wp_notice_row_number(const char *s);
/* Does paragraph i end table tb (NULL: a table without a column of
 * content): a heading, an annex, a sentence of prose? */
bool wp_notice_ends_table(const struct reader *r, const struct wp_notice_table *tb, size_t i);
/* As wp_notice_add_table_row, for a row of tb on paragraphs first..last;
 * the cells stay the caller's. */
bool wp_notice_table_add_row(struct reader *r, const struct wp_notice_table *tb, char **cell, const char *no,
			     bool numbered, size_t first, size_t last);
/* An activity table's header at paragraph i, on one line or a cell per
 * line, into *tb; false when none starts there. */
bool wp_notice_table_header_at(struct reader *r, size_t i, struct wp_notice_table *tb);
/* What is done with a row of tb read from paragraphs first..last (the
 * cells stay the caller's; no is its label; guessed when its lines were
 * not as many as its cells and went to the columns their text is of):
 * true to read on. */
typedef bool wp_notice_row_fn(struct reader *r, const struct wp_notice_table *tb, char **cell, const char *no,
			      bool numbered, bool guessed, size_t first, size_t last, void *ctx);
/* notice-table-cells.c: the rows of tb copied a cell per line, from
 * tb->body up to paragraph stop or the table's end, each given to row;
 * returns how many it took. */
size_t wp_notice_each_cell_row(struct reader *r, const struct wp_notice_table *tb, size_t stop, wp_notice_row_fn *row,
			       void *ctx);
/* The same, each row added as an activity. */
size_t wp_notice_read_cell_rows(struct reader *r, const struct wp_notice_table *tb, size_t stop);
/* Where the rows of tb that a page from the middle of it put above its
 * header (paragraph header) start: the first of the rows counting up to
 * its first row after the header, or header when there are none. */
size_t wp_notice_rows_above(struct reader *r, const struct wp_notice_table *tb, size_t header);

/* What a portal's metadata block says (each a copy or NULL). */
struct notice_meta {
	char *issuer, *doc_number, *written, *title;
	char *published; /* 发布日期: the issue date only where nothing else gives one */
};
/* Reads the metadata block and the portal's page lines at the top of the
 * text, and drops them from it; false when there is none. */
bool wp_notice_read_meta(struct reader *r, struct notice_meta *m);
void wp_notice_meta_free(struct notice_meta *m);

/* notice-docsite.c: a document-sharing site's lines around the notice
 * dropped (WP_DOCSITE_CHROME; a web page's links, 上一篇 / 下一篇, go
 * too, quietly), and the site's numbered
 * page chunks joined into one text without their numbers
 * (WP_DOCSITE_CHUNKS); returns which it found. */
enum { WP_DOCSITE_CHROME = 1, WP_DOCSITE_CHUNKS = 2 };
unsigned wp_notice_read_docsite(struct reader *r);
/* A template's blank at p in the text from start (20xx年's xx年, xx月,
 * XX县, ××镇): its bytes with the unit it stands before, or 0. */
size_t wp_notice_blank_at(const char *start, const char *p);
/* The first blank in s, or NULL. */
const char *wp_notice_find_blank(const char *s);
/* Does s hold a template's blank year (20xx年, XX年)? */
bool wp_notice_blank_year(const char *s);
/* Does the text hold a template's blank? */
bool wp_notice_has_blanks(struct reader *r);

/* Is para nothing but one day's date (2026年4月15日)? */
bool wp_notice_only_a_date(const char *para, wp_ndate *d);
/* As wp_notice_only_a_date, the year written or not (4月13日 closing a
 * message signed with the day alone), read in year when not. */
bool wp_notice_only_a_day(const char *para, int year, wp_ndate *d);
/* 区自然资源分局…分管负责同志。/ 桐湖区人民政府 / 2026年8月31日 / 桐湖区人民
 * 政府办公室关于印发…的通知: a copy out of a gazette or a collection runs
 * on from the document before: a signed date above the notice's title,
 * after a sentence that closes a text, ends that one. Drops it and what
 * stands above it (not in a notice that passes another on, whose note
 * is signed above the title). Returns whether it did. Before the
 * outline is built. */
bool wp_notice_drop_previous_tail(struct reader *r);
/* The cover letter (organizer, region, year, title, document number,
 * issue date; what the metadata block said stands in for what the text
 * lacks), a cited higher plan, and the period and theme. */
void wp_notice_read_cover(struct reader *r, const struct notice_meta *meta);
void wp_notice_read_parent(struct reader *r);
/* notice-post-fields.c: a line of fields behind pictographs parted by
 * bars (📅 11月9日 | 📍 市民广场 | 🏢 X) as labelled fields (时间：11月9日；
 * 地点：市民广场；责任单位：X), or NULL for any other line. Caller frees. */
char *wp_notice_sign_fields(const char *para);
/* 📍 县城滨河文化广场 / ⏰ 4月15日上午9:00: lines each one field behind its
 * sign, two or more in a row, rewritten in t as labelled lines (地点：…,
 * 时间：…); a sign line alone stays as written. */
void wp_notice_sign_field_lines(struct wp_ntext *t);
/* s past its spaces and ideographic spaces (notice-meta.c). */
const char *wp_notice_past_gap(const char *s);
/* Is para a copy's stand-in for a picture ([图片])? a picture's caption
 * (▲2025年启动仪式现场)? */
bool wp_notice_picture_line(const char *para);
bool wp_notice_caption_line(const char *para);
/* Does the notice pass a higher one on (现将X《Y》转发给你们)? */
bool wp_notice_forwards(struct reader *r);
/* The unit that runs the whole campaign for the organizer, as lead_unit
 * (notice-lead-unit.c). */
void wp_notice_read_lead_unit(struct reader *r);
void wp_notice_read_period_theme(struct reader *r); /* notice-period.c */
void wp_notice_read_focus(struct reader *r);
/* （四）宣传重点。一是…；二是…: where the points start in an item's text
 * that runs its heading on into them (two at least), or NULL. */
const char *wp_notice_focus_run_on(const char *text);        /* notice-focus.c: 宣传重点 */

void wp_notice_read_committee(struct reader *r);
/* notice-committee-lines.c: a role's persons a line each from its label
 * line at paragraph i (and the lines under it) into the role's list;
 * false when the label's line holds no such person. */
bool wp_notice_spaced_persons(struct reader *r, size_t i, enum wp_committee_role role, json_t *chair,
			      json_t *vice, json_t *members);
/* A committee table's row flattened to text (组  长  王一鸣  县人民政府副县长):
 * the person, post then name, and its role in *role; NULL if p is none.
 * Caller frees. */
char *wp_notice_person_row(const char *p, enum wp_committee_role *role);
/* The line without its indent, each run of spaces between words a U+3000
 * (副组长：委宣传处处长  林晓雯). Caller frees. */
char *wp_notice_wide_gaps(const char *line);
/* Is line one more person of a role's list (王骁（…）, a post and a name)? */
bool wp_notice_person_line(const char *line);
/* The persons of a committee (notice-committee-persons.c). A table of
 * them a cell per line (序号 / 姓名 / 职务 / 组内职务 ...): each person,
 * post then name, appended to chair, vice or members by the role cell;
 * returns how many rows were read. */
size_t wp_notice_committee_table(struct reader *r, json_t *chair, json_t *vice, json_t *members);
/* Persons listed with their posts (街道党工委委员、宣传委员韦骁; 副局长黎晓东、
 * 韦丽萍; X和Y), one string each appended to to. */
void wp_notice_split_persons(const char *list, json_t *to);
/* Deputies whose post names no unit (副局长黎晓东) hold it in the unit of
 * the chair's post (县文化广电和旅游局局长覃建华): rewritten in vice. */
void wp_notice_deputies_in_chairs_unit(json_t *chair, json_t *vice);
/* 党委书记、院长　郑立新 / 党委副书记　韩冬梅　　副院长　林振宇: persons written
 * post, a U+3000, name, apart by runs of U+3000; each appended to to as
 * post then name (党委书记、院长郑立新) when every part of s is such a
 * person, else nothing is and false is returned (notice-persons.c). */
bool wp_notice_posts_then_names(const char *s, json_t *to);
/* 街道党工委书记李卫东  街道办事处主任张海燕: persons written post glued to
 * name, apart by wide gaps (a one-character piece is the end of a spaced
 * name, 杨  晓); each appended to to as written, gaps dropped, when every
 * piece is a post and a name of two or three characters, else nothing is
 * and false is returned (notice-committee-persons.c). */
bool wp_notice_glued_persons(const char *s, json_t *to);
/* 县疾控中心主任龙光荣: one person, posts and a name glued with no gap
 * (as a role's list goes on under its label line). */
bool wp_notice_glued_one_person(const char *s);
/* The （ that the ） ending title closes, brackets inside counted (各县（市、
 * 区）大队 stays inside); NULL if title does not end so, opens with it or
 * leaves a bracket open (notice-field-bracket.c). */
char *wp_notice_closing_open(char *title);
/* Reads s, a list apart by 、, a part at a time with part_of (a copy of
 * what the part names, or NULL when it names none): when every part names
 * something, and at least min of them, appends them all to to and
 * returns true; else adds nothing. */
bool wp_notice_each_part(const char *s, char *(*part_of)(const char *), size_t min, json_t *to);
/* 丁　红（副校长）　　杨志武（副校长）: persons written 姓名（职务） a wide
 * space apart (their names' spaces dropped, as written otherwise), and
 * units after them (及各年级组长); two persons at least, else false and
 * nothing added. */
bool wp_notice_bracketed_persons(const char *s, json_t *to);
void wp_notice_read_activities(struct reader *r);
void wp_notice_read_contacts(struct reader *r);
/* A person's name as contact lines write it (notice-person.c); each
 * returned string is the caller's. */
/* 高　雅: the two-character name whose first character is the name_len
 * bytes at part, spaced out to three, or NULL. */
char *wp_notice_spaced_name(const char *part, size_t name_len);
/* 古丽娜尔·艾买提: a name in parts apart by a middle dot (WP_WORDS_NAME_DOT). */
bool wp_notice_dotted_name(const char *name);
/* Is s a bare Chinese name, two or three ideographs and nothing of a
 * unit's (唐国华, 邓丽)? */
bool wp_notice_bare_name(const char *s);
/* 沈 璐: a lone character (len bytes at p) and another after seps make a
 * name, as do one and two more after a single space (谢 国平: a scan's
 * stray space); *used: the bytes it spans; NULL if none. */
char *wp_notice_lone_char_pair(const char *p, size_t len, const char *const *seps, size_t *used);
/* The person after an office that names opens with, in para, or NULL. */
char *wp_notice_after_office(const char *para, const char *names);
/* 镇卫生院公共卫生科杨一丁: the person after the last office word, or NULL. */
char *wp_notice_person_after_office_word(const char *names);
/* The bytes of the name at p up to seps (黄　敏, 欧阳 蕾 run on over one
 * gap); *chars: its characters. */
size_t wp_notice_name_at(const char *p, const char *const *seps, size_t *chars);
/* 方丽（县文化和旅游局）、何志勇（县图书馆）: a table's 负责人 cell of persons
 * each with their unit in brackets; the units in order apart by 、 (a
 * copy, caller frees), or NULL when any part is not so. */
char *wp_notice_persons_units(const char *cell);
void wp_notice_read_deadlines(struct reader *r);
/* A letter to one unit (县文化旅游广电局：) that calls it 你局: each unit read
 * as 你局 (lead_unit, an activity's units, a deadline's who) put down under
 * the addressee's name (notice-addressee.c). */
void wp_notice_name_addressee(struct reader *r);
/* notice-duty-parts.c: the parts of a deadline's sentence besides its rule.
 * 6月20日前完成征集: the duty done by a day, the clause after 前, its date in
 * *when; NULL if none. */
char *wp_notice_dated_duty(const char *s, int year, wp_ndate *when);
/* 各村（社区）文艺队节目单: the opening class of units moved from what
 * (taken, and returned or replaced) to who. */
char *wp_notice_owner_of_thing(char *what, json_t *who);
/* 各村负责收集本村照片，于…交: what was gathered, or NULL. */
char *wp_notice_gathered_thing(const char *s);
/* 确定1名联络员，并将…报X: the person appointed with the sending, or NULL. */
char *wp_notice_appointed_with(const char *s, const char *thing);
/* notice-duty-lines.c: paragraph i (its text p, past any item number) as
 * the deadline sentence it stands for (a time node's line, an annex
 * entry), or NULL when it is written as a sentence already. All these
 * return copies the caller frees. */
char *wp_notice_line_as_sentence(const struct reader *r, size_t i, const char *p);
/* Deadlines (and contacts) from a table of what is due, a cell per line
 * (notice-duty-table.c). */
void wp_notice_read_duty_table(struct reader *r);

/* The rows of deadlines against each other (notice-duties-rows.c). */
/* A cover letter's repeats of the plan's deadlines go, and the marks of
 * where each row was read. */
void wp_notice_drop_cover_repeats(struct reader *r);
/* An annex's repeats of a body's deadline go, the body's row taking the
 * fuller recipient. */
void wp_notice_drop_annex_repeats(struct reader *r);
/* A later row that moves an earlier one's day (X报送时间调整为5月29日前)
 * is that row, now due then. */
void wp_notice_apply_moved_dues(struct reader *r);
/* A recap's repeats of deadlines read before it (时间节点重申如下：…) go. */
void wp_notice_drop_recap_repeats(struct reader *r);
/* The parts of one sentence from row first on share a recipient one of
 * them names. */
void wp_notice_share_recipient(json_t *deadlines, size_t first);
/* 报X，各中小学校同时报Y: the row read last from sentence s (of the rows
 * from first on) is sent to Y too, by those the clause names (else the
 * same senders): a second row, the same date. */
void wp_notice_also_sent(struct reader *r, const char *s, size_t first);
/* 以上材料均报X: the rows of the paragraph from para_first on that name no
 * recipient go to X. */
void wp_notice_recipient_for_the_above(struct reader *r, const char *sentence, size_t para_first);
/* 与X一并报送: a row for a thing sent with X, due earlier in the paragraph
 * (rows from para_first on), when others send it. */
void wp_notice_sent_with(struct reader *r, const char *s, size_t para_first);
/* Each unit once in each list the store keeps (an activity's units, a
 * deadline's, a committee role's): two names the plan declares one unit,
 * or one name twice, keep the first (notice-once.c). */
void wp_notice_each_unit_once(struct reader *r);
/* 组委会各成员单位 is 组委会成员单位 where the notice also names the
 * members so (the title of its annex, a list): 各 ("each") is then no
 * part of their name; where it never does, the name stays as written
 * (notice-once.c). */
void wp_notice_settle_member_names(struct reader *r);
/* Notes each date written with a weekday that is not its own (9月16日
 * （星期四） in a year when it is a Wednesday): the date is kept, the
 * person importing told to check it (notice-weekdays.c). Only where the
 * year is known. */
void wp_notice_check_weekdays(struct reader *r);
/* A contact: name, phone (or NULL), mail (or NULL) and the item it is
 * named in (or NULL); none when name is an office, holds a digit or is
 * known already (notice-contacts.c). */
void wp_notice_add_contact_for(struct reader *r, const char *name, const char *phone, const char *mail,
			       const char *item);
/* A row's person (负责人 cell) and the numbers of its 联系电话 cell: a
 * contact for the row's activity item per number, once however many rows
 * name the same person and number; nothing when the cell holds no name. */
void wp_notice_add_row_contact(struct reader *r, const char *person, const char *phones, const char *item);
/* The persons in charge the items name (负责人：曾骁，电话：…) as the
 * items' contacts (notice-contact-rows.c). */
void wp_notice_read_in_charge(struct reader *r);
/* The account named in quotes in body (“梁溪政法”微信公众号, also in
 * straight quotes) where an activity happens, or NULL; one of several
 * channels, where one books or an account carrying an event held
 * elsewhere is none (notice-accounts.c). Caller frees. */
char *wp_notice_account_in(const char *body);
/* notice-sms.c: a message a platform cut into parts (【X】…(1/4), (2/4)
 * …) joined, in their counter's order and each part once, into the one
 * paragraph it was, the signature once before it; nothing when the parts
 * of one series are not all there. */
void wp_notice_join_sms_parts(struct reader *r);
/* Drops the paragraphs goes says go (asked of each in order, with the
 * state the caller keeps across them, while the reader's budget lasts),
 * the others kept in order, in one pass; returns how many went
 * (notice-meta.c). */
size_t wp_notice_drop_paras(struct reader *r, bool (*goes)(struct reader *r, size_t i, void *state), void *state);
/* 每项活动结束后当天…: the rule of a duty once per activity, as written, or
 * NULL (notice-duty-rules.c). Caller frees. */
char *wp_notice_each_end_rule(const char *s);
/* 每周五下班前, 及时报送: the rule of a duty that recurs or runs through
 * the campaign, as written, or NULL (notice-duty-rules.c). Caller frees. */
char *wp_notice_recurring_rule(const char *s);
/* The region of a plan read from its issuer's name (notice-region.c):
 * unit past its province (a pointer into it); the last division unit
 * opens with, or NULL (caller frees); a zone's region; region without
 * the province the text never writes (takes region, returns it or a
 * copy, the caller frees what it returns). */
const char *wp_notice_skip_province(const char *s);
char *wp_notice_region_of(const char *unit);
char *wp_notice_zone_region(struct reader *r, const char *unit);
char *wp_notice_without_province(struct reader *r, char *region);
/* 手机：13907971286 alone on a line under a contact's: one more number of
 * the last contact read (added, true); false when line is no such line. */
bool wp_notice_number_under_row(struct reader *r, const char *line, const char *item);
/* Rows of contacts from paragraph i, the first's value value (office,
 * person, numbers apart by wide gaps): whether it read any
 * (notice-contact-rows.c). */
bool wp_notice_contact_rows(struct reader *r, size_t i, const char *value, const char *item);
/* Each sent thing's row named by its act: 活动总结 -> 报送活动总结. */
void wp_notice_name_duties(struct reader *r);
/* Around a deadline's sentence (notice-asides.c). The text of the first
 * bracket of s that asks for a report by a date, *open and *close where
 * the bracket starts and ends in s, or NULL (caller frees). */
char *wp_notice_report_aside(const char *s, int year, const char **open, const char **close);
/* The units s opens with (past a clause of when), appended to who. */
void wp_notice_opening_units(const char *s, json_t *who);
/* Does paragraph para open with a run-in heading that exhorts (高度重视)? */
bool wp_notice_heading_exhorts(const struct reader *r, size_t para);

/* The parts of a deadline (notice-submit.c). Copies are the caller's. */
/* What is due: the thing sent (活动总结) with *verb the act that names
 * the duty (报送, whatever the verb: 上报, 提交, 发送至), or the act
 * attended (参加启动仪式) with *verb NULL. *verb is static text. */
char *wp_notice_due_what(const char *s, const char **verb);
json_t *wp_notice_due_who(const char *s, json_t *item_coop);	 /* who owes it (new array) */
char *wp_notice_due_to(const char *s, const char *email);
/* The first e-mail address in s (caller frees), or NULL. */
char *wp_notice_address_in(const char *s);
/* The Han characters of the len bytes at s, or 0 when they hold anything
 * else (a name alone: 孙立新; a city: 苏州). */
size_t wp_notice_han_count(const char *s, size_t len);
/* A recipient with its mailbox, as the readings write one: unit（邮箱：addr）.
 * Caller frees. */
char *wp_notice_with_mailbox(const char *unit, const char *addr);	 /* to whom, or NULL */
/* unit with the address a bracket right after it gives (text starts there) */
char *wp_notice_with_address(const char *unit, const char *text);
/* Past a time of day (17:00, 下午5时, 下班) and the 前 after it at p: where
 * the rule as written ends; *before whether a 前 was there (when not, the
 * caller's rule ends where it did). */
const char *wp_notice_past_due_time(const char *p, bool *before);
/* past a deadline date's weekday, time and 前; *before whether 前 was there */
const char *wp_notice_deadline_end(const wp_ndate *d, bool *before);
bool wp_notice_marks_deadline(const char *s, const wp_ndate *d); /* 于…, …前, 截止时间为… */
/* Where the rule of a date at in s starts: at, or the word before it
 * that makes it the last day (截止时间为4月30日, 不迟于4月28日). */
const char *wp_notice_cutoff_start(const char *s, const char *at);
bool wp_notice_puts_and_sends(const char *s);			   /* 将X报Y */
bool wp_notice_sends_after_date(const char *s, int year);	   /* 4月30日前报…, 活动结束后5个工作日内报… */
/* 各所推荐1至2件案例，报局执法大队，截止时间为4月30日: a clause that is
 * the bare 报 and the unit it goes to */
bool wp_notice_clause_sends(const char *s);
/* 将照片和简讯发区科协科普部 (notice-sending.c): the unit after a 发 at p
 * (caller frees), or NULL when the 发 sends to none (发布, 发放 …); the
 * first such 发 within a thing's length of s, or after a 将 in s. */
char *wp_notice_sent_by_fa_to(const char *p);
const char *wp_notice_fa_to_unit(const char *s);
const char *wp_notice_put_then_fa(const char *s);
/* what with the campaign's short name (consumes what) */
char *wp_notice_short_campaign_name(const struct reader *r, char *what);
void wp_notice_office_from_reports(struct reader *r);

/* Deadlines counted from something (notice-relative.c). A relative rule
 * in s (结束后2个工作日内): *rel the new JSON rule, *rule_text a copy of
 * the rule as written (both the caller's); false if none. in_item: s is
 * about one activity, so 活动结束 is its end. */
bool wp_notice_relative_rule(const char *s, bool in_item, json_t **rel, char **rule_text);
/* 自本通知印发之日起5个工作日内: the rule as written (caller frees), or
 * NULL; its due date from the issue date (working days by the official
 * arrangement the program carries), or WP_DATE_NONE when the plan has
 * no date or the arrangement of a year it reaches is not known. */
char *wp_notice_after_issue_rule(const char *s);
wp_date wp_notice_after_issue_due(const struct reader *r, const char *rule);
/* 于4月30日后3个工作日内: a rule counted from a day the notice names (its
 * days after, working days by the store's calendar or the official one):
 * the rule as written (caller frees) and *due (WP_DATE_NONE when a year
 * it reaches has no known arrangement), or NULL when s holds none. */
char *wp_notice_after_day_rule(const struct reader *r, const char *s, wp_date *due);
/* 4月25日…各乡镇卫生院于当天17:30前报…: a time of the day the sentence
 * named before its 当天; the rule as written (caller frees) and that day
 * in *due, or NULL. */
char *wp_notice_same_day_rule(const char *s, int year, wp_date *due);
/* The rule in s counted from a public holiday's end (劳动节后第一个工作日,
 * 国庆节后3个工作日内): the rule as written (caller frees) and *due, the
 * working day it falls on by the holiday calendar of the plan's year
 * (WP_DATE_NONE when that year's arrangement is not known); NULL if s
 * holds none. */
char *wp_notice_holiday_rule(const struct reader *r, const char *s, wp_date *due);
/* 各参演学校于演练当天下班前将…报…: inside the activity numbered item,
 * a report due on the day of what it names (演练, not 活动: each
 * activity's day recurs), by a time: the rule (caller frees) and *due,
 * that activity's one day; NULL when s holds none or the activity has no
 * one day. */
char *wp_notice_item_day_rule(const struct reader *r, const char *s, const char *item, wp_date *due);
/* 启动仪式后10个工作日内, 现场活动结束后3日内: a rule counted from
 * something the text names. What that names decides its kind: */
enum wp_named_kind {
	WP_NAMED_NONE,	  /* no such rule, or it names the campaign (活动结束后) */
	WP_NAMED_DATED,	  /* an activity of the plan with the date it counts from */
	WP_NAMED_UNDATED, /* an activity of the plan without that date */
	WP_NAMED_UNKNOWN, /* nothing the reader found */
};
struct wp_named_rule {
	int offset;	       /* days or working days; negative before the anchor */
	bool workdays, start;  /* 个工作日; counted from the start (开始前) */
	const char *from, *to; /* the rule as written: [from, to) */
	const char *name_end;  /* what it counts from is [from, name_end) */
	const char *activity;  /* the number of the activity it names, or NULL
				* (borrowed from reader.activities) */
};
/* The first such rule in s; out (pointing into s) is filled unless
 * WP_NAMED_NONE is returned. */
enum wp_named_kind wp_notice_named_rule(const struct reader *r, const char *s, struct wp_named_rule *out);
/* The relative rule of a dated one, counted from its activity (new JSON). */
json_t *wp_notice_named_rel(const struct wp_named_rule *nr);

/* notice-supplement.c: an amending notice (关于调整…的补充通知) sending the
 * plan it amends in its annex (附：《X方案》, then X方案 in full). */
/* Finds the annexed plan's title paragraph (sets plan_at and
 * plan_named_at; 0 when the text is no such notice). Called by the
 * outline once the paragraphs are final. */
size_t wp_notice_find_annexed_plan(struct reader *r);
/* The annexed plan's title (《》 and spaces gone), or NULL. Caller frees. */
char *wp_notice_annexed_plan_title(const struct reader *r);
/* The plan amended as the attachment line names it (《X方案》（…12号）),
 * or NULL. Caller frees. */
char *wp_notice_annexed_plan_name(const struct reader *r);
/* The amendments that cancel an item (marked WP_NOTICE_CANCELLED) or add
 * one under the number given it; after the plan's activities are read. */
void wp_notice_read_supplement(struct reader *r);
/* Leaves out the activities cancelled and the deadlines they set. */
void wp_notice_drop_cancelled(struct reader *r);
/* A contact replaced (联系人调整为Y): the old one's rows are Y's; after
 * the contacts are read. */
void wp_notice_supplement_contacts(struct reader *r);
/* notice-revision.c: 第3项, 方案第四部分第（一）项 at p: the activity it
 * counts, or NULL; its length in *len (0 when p is no reference). */
json_t *wp_notice_counted_activity(struct reader *r, const char *p, size_t *len);
/* The activity a quoted name at p names (“X”第二场…), or NULL. */
json_t *wp_notice_quoted_activity(struct reader *r, const char *p);
/* 第3, 第三, 第（三） at *q: the number (its bytes passed), or -1. */
int wp_notice_ordinal_at(const char **q);

#endif
