/* notice-focus.c - the publicity focuses (宣传重点): a section of their
 * own whose items say what the campaign publicises. They are not
 * activities (nothing is held, no one leads), but staff brief units and
 * write the summary against them, so the plan keeps them as "focus", one
 * point per item: its first sentence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "notice-date.h"
#include "notice-heading.h"
#include "notice-outline.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* The paragraphs looked at under a heading for a day of an activity */
#define DATED_LOOK 3

/* 二、活动重点 / （一）启动仪式。8月8日上午…: does a paragraph right under
 * heading i name a day? Then its items are activities, not focuses. */
static bool dated_items_under(const struct reader *r, size_t i)
{
	wp_ndate d;
	for (size_t j = i + 1; j < r->t.n && j <= i + DATED_LOOK; j++) {
		if (wp_outline_ends_section(&r->outline, j))
			break;
		if (wp_nfind_date(r->t.para[j], r->year > 0 ? r->year : 2000, &d))
			return true;
	}
	return false;
}

/* Does paragraph i open the focuses: a top heading 三、宣传重点 (not
 * 宣传重点和活动安排, which holds activities), or a line that is nothing
 * but the words (a copy whose 四、 was lost)? */
static bool opens_focus(const struct reader *r, size_t i)
{
	const struct wp_outline_para *p = &r->outline.para[i];
	size_t len;
	if (p->kind == WP_OUTLINE_TOP)
		return wp_outline_section_kind(p->text) != WP_SECTION_ACTIVITIES &&
		       wp_word_find(p->text, WP_WORDS_FOCUS_SECTION, &len) &&
		       !(wp_word_find(p->text, WP_WORDS_EVENTS_WORD, &len) && dated_items_under(r, i));
	/* 3.4 宣传重点 among the activities: an item heading with nothing else */
	if (p->kind == WP_OUTLINE_ITEM)
		return wp_word_is(p->text, WP_WORDS_FOCUS_SECTION);
	/* ◆宣传重点 and 【宣传重点】, as a post on a phone heads its parts */
	const char *marked = wp_heading_marked(r->t.para[i]);
	const char *bracketed = wp_heading_bracketed(r->t.para[i]);
	return wp_word_is(r->t.para[i], WP_WORDS_FOCUS_SECTION) ||
	       (marked && wp_word_is(marked, WP_WORDS_FOCUS_SECTION)) ||
	       (bracketed && wp_word_at(bracketed, WP_WORDS_FOCUS_SECTION) == strlen(bracketed) - strlen("】"));
}

/* Does paragraph i end a block of points: its section's end, or the next
 * heading marked as the block's own was (◆活动安排, 【活动安排】)? */
static bool ends_block(const struct reader *r, size_t i, int level)
{
	int n;
	return wp_outline_ends_section(&r->outline, i) || wp_heading_marked(r->t.para[i]) ||
	       wp_heading_bracketed(r->t.para[i]) ||
	       (level && wp_outline_item(&r->outline, i, &n) && r->outline.para[i].level <= level);
}

/* The text of paragraph i after a bullet (●癌症是可以预防的。), or NULL.
 * A heading's mark before a sentence (◆宣传…法律法规。…) is a bullet too:
 * a post that marks its headings ▶ may set its points off by ◆. */
static const char *bulleted(const struct reader *r, size_t i)
{
	const char *para = r->t.para[i];
	size_t len = wp_word_at(para, WP_WORDS_POINT_BULLET);
	if (!len && !wp_heading_marked(para))
		len = wp_word_at(para, WP_WORDS_HEADING_MARK);
	return len ? para + len : NULL;
}

/* Columns past which a point is cut at its first clause: a first
 * sentence that runs on for lines (宣传我区深入学习…，突出…，坚决…) is
 * named by its opening words, as a heading would. */
enum { POINT_MAX_COLUMNS = 80 };

/* The point an item states: its first sentence without the 。, or its
 * first clause when that sentence runs on (a copy). */
static char *point_of(const char *text)
{
	static const char *const ends[] = {"。", "；", NULL};
	static const char *const clause_ends[] = {"，", "：", NULL};
	size_t len = wp_str_span_upto(text, ends);
	char *point = wp_str_sub(text, len);
	if (wp_text_width(point) > POINT_MAX_COLUMNS) {
		size_t clause = wp_str_span_upto(point, clause_ends);
		point[clause] = '\0';
	}
	return point;
}

/* Adds the point text states to focus (up to the reader's cap). */
static void add_point(json_t *focus, const char *text)
{
	while (wp_str_skip(&text, " ") || wp_str_skip(&text, "\xe3\x80\x80"))
		; /* ● 学习宣传…: the space after a bullet */
	char *point = point_of(text);
	if (*point && json_array_size(focus) < WP_NOTICE_MAX_FOCUS)
		json_array_append_new(focus, json_string(point));
	free(point);
}

/* 要突出三个方面的宣传：一是…；二是…；三是…。: with no item and no bullet,
 * the points are the parts a paragraph numbers in prose (two at least,
 * as a list of one is a manner of speaking), each to its ； or 。. */
static void read_prose_points(const char *text, json_t *focus)
{
	const char *at = wp_notice_enumerated_at(text, 1);
	if (!at || !wp_notice_enumerated_at(at, 2))
		return;
	for (int n = 1; at && n < WP_NOTICE_MAX_FOCUS; n++) {
		add_point(focus, wp_str_find(at, "是") + strlen("是")); /* past 一是, 十一是 */
		at = wp_notice_enumerated_at(at, n + 1);
	}
}

/* （一）X；（二）Y；（三）Z。: one item's paragraph that runs its points on,
 * each numbered after the ； or 。 of the one before; adds each point. */
static void add_run_in_points(const char *text, json_t *focus)
{
	add_point(focus, text);
	const char *at = text;
	for (int n = 2; n < WP_NOTICE_MAX_FOCUS; n++) {
		char marker[32] = "（";
		wp_cn_number_format(n, marker + strlen(marker), sizeof marker - 8);
		strcat(marker, "）");
		const char *next = wp_str_find(at, marker);
		if (!next || !(wp_str_ends_at(text, next, "；") || wp_str_ends_at(text, next, "。")))
			return;
		at = next + strlen(marker);
		add_point(focus, at);
	}
}

/* The items from paragraph first to the end of its section, at their
 * outermost level (（一） under 三、; a 1. inside one is part of its
 * point). Returns the paragraph after the block. */
static size_t read_block(struct reader *r, size_t first, json_t *focus)
{
	/* under an item heading (3.4 宣传重点), its block ends at its sibling */
	const struct wp_outline_para *head = &r->outline.para[first - 1];
	int level = 0, opener = head->kind == WP_OUTLINE_ITEM ? head->level : 0;
	size_t end = first;
	for (; end < r->t.n && !ends_block(r, end, opener) && wp_notice_step(r, 1); end++) {
		int number;
		if (wp_outline_item(&r->outline, end, &number) &&
		    (level == 0 || r->outline.para[end].level < level))
			level = r->outline.para[end].level;
	}
	bool bullets = false;
	for (size_t i = first; !level && i < end; i++)
		bullets = bullets || bulleted(r, i);
	for (size_t i = first; i < end && wp_notice_step(r, 1); i++) {
		int number;
		if (!level && !bullets) {
			read_prose_points(r->t.para[i], focus);
			continue;
		}
		/* numbered items; without any, points set off by bullets */
		const char *text = level ? wp_outline_item(&r->outline, i, &number) : bulleted(r, i);
		if (text && level && r->outline.para[i].level == level && number == 1)
			add_run_in_points(text, focus);
		else if (text && (!level || r->outline.para[i].level == level))
			add_point(focus, text);
	}
	return end;
}

const char *wp_notice_focus_run_on(const char *text)
{
	size_t len = wp_word_at(text, WP_WORDS_FOCUS_SECTION);
	const char *rest = text + len;
	if (!len || !(wp_str_skip(&rest, "。") || wp_str_skip(&rest, "：")))
		return NULL;
	const char *first = wp_notice_enumerated_at(rest, 1);
	return first && wp_notice_enumerated_at(first, 2) ? rest : NULL;
}

/* （四）宣传重点。一是…；二是…: an item whose heading runs on into its
 * points, numbered in prose; adds them */
static void read_run_on_block(const struct reader *r, size_t i, json_t *focus)
{
	const struct wp_outline_para *p = &r->outline.para[i];
	const char *points = p->kind == WP_OUTLINE_ITEM ? wp_notice_focus_run_on(p->text) : NULL;
	if (points)
		read_prose_points(points, focus);
}

/* 宣传周期间，重点宣传三个方面：一是…；二是…；三是…。: a notice with no
 * section of focuses may tell them in prose, a lead-in that names them
 * (重点 and 宣传: WP_WORDS_FOCUS_LEAD_IN, _DEED; not 突出工作重点, 重点面向
 * 以下群体) and no activities (重点开展以下活动：一是举办… numbers events)
 * before a colon and parts numbered in prose after it. Adds them from the first such
 * paragraph; true if it did. */
static bool read_lead_in_points(struct reader *r, json_t *focus)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		/* (not what the activities, committee or duties sections
		 * number: their parts, members, tasks; 一、总体要求 may tell
		 * the focuses) */
		size_t k = r->outline.para[i].section;
		enum wp_section_kind kind = k != WP_OUTLINE_NO_SECTION ? r->outline.sec[k].kind : WP_SECTION_OTHER;
		if (kind == WP_SECTION_ACTIVITIES || kind == WP_SECTION_COMMITTEE || kind == WP_SECTION_DUTIES)
			continue;
		/* one pass: the clause before each colon (宣传周期间，重点面向以下群
		 * 体: the time clause names no focus) opens after the last ， 。
		 * or ： */
		static const char *const clause_marks[] = {"，", "。", "：", NULL};
		const char *p = r->t.para[i], *from = p;
		for (const char *q = p; *q; q += wp_str_char_len(q)) {
			if (!wp_str_starts_any(q, clause_marks))
				continue;
			const char *clause = from, *after = q + wp_str_char_len(q);
			from = after;
			if (!wp_str_starts(q, "：") || !wp_str_starts(after, "一是"))
				continue;
			char *lead_in = wp_str_sub(clause, (size_t)(q - clause));
			size_t len;
			bool names = wp_word_find(lead_in, WP_WORDS_FOCUS_LEAD_IN, &len) &&
				     wp_word_find(lead_in, WP_WORDS_FOCUS_LEAD_IN_DEED, &len) &&
				     !wp_word_find(lead_in, WP_WORDS_EVENTS_WORD, &len);
			free(lead_in);
			if (names && wp_notice_enumerated_at(after, 2)) {
				read_prose_points(after, focus);
				return json_array_size(focus) > 0;
			}
		}
	}
	return false;
}

void wp_notice_read_focus(struct reader *r)
{
	json_t *focus = json_array();
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1);) {
		if (opens_focus(r, i)) {
			i = read_block(r, i + 1, focus);
			continue;
		}
		read_run_on_block(r, i, focus);
		i++;
	}
	if (json_array_size(focus) == 0)
		read_lead_in_points(r, focus);
	if (json_array_size(focus) > 0)
		json_object_set_new(r->plan, "focus", focus);
	else
		json_decref(focus);
}
