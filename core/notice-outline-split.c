/* notice-outline-split.c - paragraphs that hold what a notice would
 * write on lines of their own, cut before the outline is built: an
 * article run into its prose (第三条　X。…), a list in prose (一是…二是…),
 * items numbered 1、2、 run on in a paragraph (or after a colon that
 * announces activities, as a text message lists them), and role labels
 * run on in a line (牵头单位：X　配合单位：Y). Each cut is looked for a
 * bounded way on from the last, so the work is linear. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "alloc.h"
#include "buf.h"
#include "notice-date.h"
#include "notice-heading.h"
#include "notice-outline.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

#define RUN_ON_LABEL_BYTES 24 /* 具体分工, 几点要求: a label of eight characters at most */

/* Splits paragraph i of t into its first len bytes and the rest. */
static void split_at(wp_ntext *t, size_t i, size_t len)
{
	t->para = wp_xrealloc(t->para, (t->n + 1) * sizeof *t->para);
	memmove(t->para + i + 2, t->para + i + 1, (t->n - i - 1) * sizeof *t->para);
	t->n++;
	char *whole = t->para[i];
	t->para[i] = wp_str_sub(whole, len);
	t->para[i + 1] = wp_str_sub(whole + len, strlen(whole + len));
	free(whole);
}

/* 二是, 三是 ... in order, each after the one before */
static const char *next_prose_part(const char *from, int k)
{
	return wp_notice_enumerated_at(from + 1, k + 2);
}

/* 一是举办启动仪式。…二是举办文艺晚会。…三是…: a paragraph that opens
 * a list written in prose holds its siblings too; each N是 after a
 * sentence's end starts a paragraph of its own, so that every part is an
 * item as if written on its own line. */
static void split_prose_items(wp_ntext *t)
{
	for (size_t i = 0; i < t->n; i++) {
		size_t len = 0;
		/* 几点要求：一是…；二是…: a section's name over the list, on its
		 * line (not 1、宣传活动：一是…, an item's parts) */
		int n;
		const char *named = wp_heading_top(t->para[i], &n); /* 三、工作要求：一是… */
		named = named ? named : t->para[i];
		/* …（X配合）。工作要求：一是… after a message's last item: the
		 * list's tail, marked so */
		if (wp_str_starts(named, WP_OUTLINE_TAIL_MARK))
			named += strlen(WP_OUTLINE_TAIL_MARK);
		const char *colon = wp_notice_find_near(named, "：", RUN_ON_LABEL_BYTES);
		const char *first = colon ? colon + strlen("：") : NULL;
		char *label = first ? wp_str_sub(named, (size_t)(colon - named)) : NULL;
		bool section = label && wp_word_is(label, WP_WORDS_BARE_SECTION);
		free(label);
		if (section && wp_heading_is_prose_item(first) && wp_cn_number(first, &len) == 1 &&
		    wp_outline_count_cuts(first, next_prose_part) > 0)
		{
			split_at(t, i, (size_t)(first - t->para[i]));
			i++;
		}
		if (!wp_heading_is_prose_item(t->para[i]) || wp_cn_number(t->para[i], &len) != 1)
			continue;
		size_t parts = wp_outline_count_cuts(t->para[i], next_prose_part);
		if (!parts)
			continue;
		wp_outline_split_at_cuts(t, i, parts, next_prose_part);
		i += parts;
	}
}

/* 9/15（周二）上午9点半，…, 4月20日在…: an item opening with its day, not
 * a day something is due by (4/14前各校将…报…) */
static bool opens_with_day(const char *item)
{
	wp_ndate d;
	if (!wp_nfind_date(item, 2000, &d) || d.at != item)
		return false;
	const char *after = d.at + d.len;
	if (wp_str_starts(after, "（")) { /* （周二） */
		const char *close = wp_notice_find_near(after, "）", 24);
		after = close ? close + strlen("）") : after;
	}
	return !wp_str_starts(after, "前");
}

/* Does the text from from to at end with a colon that announces
 * activities (…开展以下活动：)? A list that opens after another colon
 * (参加人员：1、…, 有关要求如下：1、…) is an activity's own or no
 * activity, and so is one inside an item or under a heading of its own
 * ((一）启动仪式。…仪式结束后现场开展以下活动：1、…). */
static bool items_announced_before(const char *from, const char *at)
{
	int n;
	if (!wp_str_ends_at(from, at, "：") || wp_heading_top(from, &n) || wp_heading_item(from, &n))
		return false;
	at -= strlen("：");
	for (const char *const *w = wp_words(WP_WORDS_NOT_ANNOUNCED); *w; w++)
		if (wp_str_ends_at(from, at, *w))
			return false;
	for (const char *const *w = wp_words(WP_WORDS_ITEMS_ANNOUNCED); *w; w++)
		if (wp_str_ends_at(from, at, *w))
			return true;
	for (const char *const *w = wp_words(WP_WORDS_ITEMS_ANNOUNCED_DATED); *w; w++)
		if (wp_str_ends_at(from, at, *w))
			return opens_with_day(at + strlen("：") + strlen("1、"));
	return false;
}

/* Where "。N、" (or "；N、", or "以下活动：1、" for the first) stands in s
 * from from on, at its N, or NULL: a numbered item that a paragraph runs
 * on into after a sentence's end (各准备2、3个节目, no sentence's end
 * before it, is none). */
#define INLINE_ITEM_BYTES 6000 /* how far on the next item may be: a bounded look */
static const char *inline_number_at(const char *from, int n)
{
	char mark[16];
	snprintf(mark, sizeof mark, "%d、", n);
	const char *end = from + strnlen(from, INLINE_ITEM_BYTES);
	for (const char *at = wp_notice_find_near(from, mark, (size_t)(end - from)); at;
	     at = wp_notice_find_near(at + 1, mark, (size_t)(end - at - 1)))
		if (at > from && (wp_str_ends_at(from, at, "。") || wp_str_ends_at(from, at, "；") ||
				  (n == 1 && items_announced_before(from, at))))
			return at;
	return NULL;
}

/* 1、 before the first item, then 2、, 3、 ... each after the one before */
static const char *next_inline_item(const char *from, int k)
{
	return inline_number_at(from, k + 1);
}

#define BRACKET_LOOK 200 /* how far on a bracket's ） is looked for: a bounded look */

/* Where the bracket opening at s (its （) ends when it names who leads
 * or helps (县应急局牵头, 各所配合) and a 。 follows it: at that 。; else
 * NULL. */
static const char *roles_bracket_stop(const char *s)
{
	const char *close = wp_notice_find_near(s, "）", BRACKET_LOOK);
	if (!close || !wp_str_starts(close + strlen("）"), "。"))
		return NULL;
	char *inside = wp_str_sub(s, (size_t)(close - s));
	size_t len;
	bool roles = wp_unit_mark_role(inside, &len) != WP_ROLE_NONE || wp_word_find(inside, WP_WORDS_LEAD_VERB, &len) ||
		     wp_word_find(inside, WP_WORDS_HELP_VERB, &len);
	free(inside);
	return roles ? close + strlen("）") : NULL;
}

/* Does the sentence at s (up to its 。) close with a bracket of roles? */
static bool sentence_closes_with_roles(const char *s)
{
	const char *stop = wp_notice_find_near(s, "。", BRACKET_LOOK);
	for (const char *p = s; stop && p < stop; p += wp_str_char_len(p))
		if (wp_str_starts(p, "（"))
			return roles_bracket_stop(p) == stop;
	return false;
}

/* The length of the last item of a list run on after a colon (s its
 * paragraph), or 0 when nothing follows it: up to the 。 after its
 * bracket of roles, which may close the sentence after its first
 * (6/19全天，比武，训练场。每家单位派3名职工参赛（县总工会牵头）。), else
 * up to its first 。 outside brackets. */
static size_t last_item_len(const char *s)
{
	int depth = 0;
	const char *stop = NULL;
	for (const char *p = s; *p && !stop; p += wp_str_char_len(p)) {
		if (wp_str_starts(p, "（")) {
			if (depth == 0)
				stop = roles_bracket_stop(p);
			depth++;
		} else if (wp_str_starts(p, "）") && depth > 0) {
			depth--;
		} else if (depth == 0 && wp_str_starts(p, "。") &&
			   !sentence_closes_with_roles(p + strlen("。"))) {
			stop = p;
		}
	}
	if (!stop)
		return 0;
	size_t len = (size_t)(stop - s) + strlen("。");
	return s[len] ? len : 0;
}

/* Does the text from from (to at, or its end) speak of activities (活动,
 * 宣传) at all? */
static bool says_activities(const char *from, const char *at)
{
	char *before = wp_str_sub(from, at ? (size_t)(at - from) : strlen(from));
	size_t len;
	bool says = wp_word_find(before, WP_WORDS_ACTIVITY_TALK, &len) != NULL;
	free(before);
	return says;
}

/* Does the text from from end at at with 安排如下：, the lead-in that
 * announces a plan's items only in a text about activities (not 放假安排
 * 如下, 考试安排如下, a meeting's 有关事项安排如下)? */
static bool arranged_only(const char *from, const char *at)
{
	static const char arranged[] = "安排如下：";
	return at && wp_str_ends_at(from, at, arranged);
}

/* 二、活动安排。1、开幕式…。…2、“晒秋”…。3、…: a paragraph typed with its
 * items run on, numbered 1、2、 each after a sentence's end; each starts a
 * paragraph of its own, as if written on its own line (two at least, in
 * order; each looked for a bounded way on from the last, so the work is
 * linear). Items a colon opens (以下活动：1、…；2、…) are apart by ；, so
 * the last ends with its sentence: what follows (各乡镇要高度重视…) is the
 * message's own text again. */
static void split_inline_numbers(wp_ntext *t)
{
	bool about_activities = false; /* the text so far speaks of activities */
	for (size_t i = 0; i < t->n; i++) {
		size_t cuts = wp_outline_count_cuts(t->para[i], next_inline_item);
		if (cuts && !about_activities && !says_activities(t->para[i], next_inline_item(t->para[i], 0)) &&
		    arranged_only(t->para[i], next_inline_item(t->para[i], 0)))
			cuts = 0;
		about_activities = about_activities || says_activities(t->para[i], NULL);
		/* 具体安排如下：1、5月9日…, then 2、 on a line of its own: the
		 * message ran its first item into the lead-in only */
		bool first_only = cuts == 1 && i + 1 < t->n && wp_str_starts(t->para[i + 1], "2、") &&
				  items_announced_before(t->para[i], next_inline_item(t->para[i], 0));
		if (cuts < 2 && !first_only)
			continue;
		if (first_only) {
			wp_outline_split_at_cuts(t, i, cuts, next_inline_item);
			i += cuts;
			continue;
		}
		wp_outline_split_at_cuts(t, i, cuts, next_inline_item);
		size_t last = i + cuts, len;
		if (wp_str_ends(t->para[i], "：") && (len = last_item_len(t->para[last])) > 0) {
			split_at(t, last, len), cuts++;
			wp_buf marked = WP_BUF_INIT;
			wp_buf_printf(&marked, "%s%s", WP_OUTLINE_TAIL_MARK, t->para[last + 1]);
			free(t->para[last + 1]);
			t->para[last + 1] = wp_buf_take(&marked);
		}
		i += cuts;
	}
}

/* ①4月15日上午9:00，在X举办Y，由Z牵头；②当天下午3:00，…；③4月13日至
 * 24日，…: events a paragraph lists by circled numbers, in order, each
 * opening with its own day (or 当天, the day before it). Not a list of what is due (①4月10日前报
 * 送…) nor of parts (①活动总结；②活动图片). */
#define CIRCLED_EVENT_BYTES 3000 /* how far on the next event may be: a bounded look */
static const char *circled_event_at(const char *from, int n)
{
	if (n < 1 || n > 20)
		return NULL;
	char mark[8] = {0};
	u8_uctomb((uint8_t *)mark, 0x2460 + (ucs4_t)n - 1, (int)sizeof mark - 1); /* ①..⑳ */
	const char *end = from + strnlen(from, CIRCLED_EVENT_BYTES);
	const char *at = wp_notice_find_near(from, mark, (size_t)(end - from));
	/* 演练分三个阶段进行：①6月16日…；②当天…: the steps of the event the
	 * paragraph tells, not events of their own */
	if (!at || at == from || wp_str_ends_at(from, at, "："))
		return NULL;
	const char *body = at + strlen(mark);
	wp_ndate d;
	if (wp_word_at(body, WP_WORDS_THAT_DAY))
		return at;
	if (!wp_nfind_date_at(body, 2000, &d) || wp_word_at(d.at + d.len, WP_WORDS_DUE_MARK))
		return NULL;
	return at;
}

/* ① before the first event, then ②, ③ ... each after the one before */
static const char *next_circled_event(const char *from, int k)
{
	return circled_event_at(from, k + 1);
}

static void split_circled_events(wp_ntext *t)
{
	for (size_t i = 0; i < t->n; i++) {
		size_t cuts = wp_outline_count_cuts(t->para[i], next_circled_event);
		if (cuts < 2)
			continue;
		wp_outline_split_at_cuts(t, i, cuts, next_circled_event);
		i += cuts;
	}
}

/* 第三条　“六五环境日”主场宣传活动。6月5日…: an article run into its
 * prose has its title before the first 。 when that sentence is short
 * and one phrase; untitled (第二条　活动时间为…，…。), its whole text is
 * prose. Either way the article's heading becomes a line of its own and
 * its prose the paragraph after, as if the article were titled on a line
 * (第二条　活动时间 / 2026年6月1日…). */
static void split_articles(wp_ntext *t)
{
	static const char *const not_in_title[] = {"，", "；", "：", NULL};
	for (size_t i = 0; i < t->n; i++) {
		int n;
		const char *text = wp_heading_article(t->para[i], &n);
		const char *stop = text ? wp_str_find(text, "。") : NULL;
		if (!stop)
			continue;
		const char *rest = stop + strlen("。");
		char *title = wp_str_sub(text, (size_t)(stop - text));
		bool titled = wp_text_width(title) <= 30 && wp_str_span_upto(title, not_in_title) == strlen(title);
		free(title);
		if (titled && !*rest)
			continue; /* 第九条　本方案自印发之日起施行。: one sentence */
		split_at(t, i, (size_t)((titled ? stop : text) - t->para[i]));
		/* text, stop and rest pointed into the paragraph split_at freed */
		if (titled) /* the 。 that ended the title opens the prose: drop it */
			memmove(t->para[i + 1], t->para[i + 1] + strlen("。"), strlen(t->para[i + 1] + strlen("。")) + 1);
		i++;
	}
}

/* 四、教职工　1、专题学习。4月15日当天…: a heading whose first item was
 * run onto its line after a gap (U+3000 or spaces). The item starts a
 * paragraph of its own when the heading before the gap is short and one
 * phrase, and the item is its first (1、 1. 1． （一）). */
#define RUN_HEADING_WIDTH 16
static void split_heading_first_item(wp_ntext *t)
{
	static const char *const gaps[] = {"\xe3\x80\x80", " ", NULL};
	static const char *const firsts[] = {"1、", "1.", "1．", "（一）", NULL};
	for (size_t i = 0; i < t->n; i++) {
		int n;
		const char *text = wp_heading_top(t->para[i], &n);
		if (!text)
			continue;
		size_t head = wp_str_span_upto(text, gaps), gap = wp_str_span_of(text + head, gaps);
		const char *item = text + head + gap;
		bool first = false;
		for (const char *const *f = firsts; *f && !first; f++)
			first = wp_str_starts(item, *f);
		if (!gap || !first || head == 0)
			continue;
		char *heading = wp_str_sub(text, head);
		bool short_phrase = wp_text_width(heading) <= RUN_HEADING_WIDTH &&
				    wp_str_span_upto(heading, wp_notice_end_punct) == head;
		free(heading);
		if (!short_phrase)
			continue;
		size_t at = (size_t)(text - t->para[i]) + head;
		split_at(t, i, at);
		memmove(t->para[i + 1], t->para[i + 1] + gap, strlen(t->para[i + 1] + gap) + 1);
		i++;
	}
}

/* The start of a committee's role label (主任单位：, 成员单位：, 组长：) just
 * after a sentence or clause of para ends at or after from, or NULL. */
static const char *next_role_label(const char *from)
{
	for (const char *p = from; *p; p += wp_str_char_len(p)) {
		if (!wp_str_starts(p, "。") && !wp_str_starts(p, "；"))
			continue;
		const char *at = p + wp_str_char_len(p);
		size_t len;
		if (wp_committee_label_at(at, &len) != WP_COMMITTEE_NONE && wp_str_starts(at + len, "："))
			return at;
	}
	return NULL;
}

/* 成立…组委会。主任单位：X；副主任单位：Y、Z；成员单位：A、B。: a
 * committee's roles run into one paragraph; each role label after a
 * sentence or clause starts a paragraph of its own, as if written a line
 * each. Only a paragraph with two such labels or more is split. */
static void split_role_labels(wp_ntext *t)
{
	for (size_t i = 0; i < t->n; i++) {
		const char *first = next_role_label(t->para[i]);
		if (!first || !next_role_label(first))
			continue;
		size_t parts = 0;
		const char *last = first;
		for (const char *at = first; at; at = next_role_label(at))
			parts++, last = at;
		/* the last list ends at its 。; what follows (办公室设在…) is a
		 * sentence of its own */
		const char *stop = wp_str_find(last, "。");
		const char *rest = stop && stop[strlen("。")] ? stop + strlen("。") : NULL;
		parts += rest != NULL;
		t->para = wp_xrealloc(t->para, (t->n + parts) * sizeof *t->para);
		memmove(t->para + i + 1 + parts, t->para + i + 1, (t->n - i - 1) * sizeof *t->para);
		t->n += parts;
		char *whole = t->para[i];
		const char *from = whole, *to = first;
		for (size_t k = 0; k <= parts; k++) {
			t->para[i + k] = wp_str_sub(from, to ? (size_t)(to - from) : strlen(from));
			from = to;
			to = !to ? NULL : to == rest ? NULL : next_role_label(to) ? next_role_label(to) : rest;
		}
		free(whole);
		i += parts;
	}
}

/* Where a label of the units' parts or of the requirements (具体分工：,
 * 几点要求：) opens a sentence from from on, or NULL: a message typed in
 * one run goes on from its last item into its other sections. */
static const char *next_run_on_label(const char *from, int k)
{
	(void)k;
	/* past the cut before (at from), or the paragraph's start; an empty
	 * one has nothing past it */
	const char *start = *from ? from + wp_str_char_len(from) : from;
	for (const char *p = wp_str_find(start, "。"); p; p = wp_str_find(p + strlen("。"), "。")) {
		const char *label = p + strlen("。");
		const char *colon = wp_notice_find_near(label, "：", RUN_ON_LABEL_BYTES);
		if (!colon || colon == label)
			continue;
		char *name = wp_str_sub(label, (size_t)(colon - label));
		enum wp_section_kind kind = wp_str_span_upto(name, wp_notice_end_punct) == strlen(name)
						    ? wp_outline_section_kind(name)
						    : WP_SECTION_OTHER;
		free(name);
		if (kind == WP_SECTION_DUTIES || kind == WP_SECTION_REQUIREMENTS)
			return label;
	}
	return NULL;
}

/* 7、…（责任人：…）。具体分工：X负责第1项…。几点要求：一是…: the labelled
 * parts a message runs on into after its last item each start a
 * paragraph of their own (a paragraph with an item after it keeps its
 * labelled parts: an item's own notes). */
static void split_run_on_labels(wp_ntext *t)
{
	for (size_t i = 0; i < t->n; i++) {
		/* only after the last item: 1、…运动会。注意事项：一是…；二是… /
		 * 2、… is the item's own note */
		int n;
		if (i + 1 < t->n && wp_heading_item(t->para[i + 1], &n))
			continue;
		size_t cuts = wp_outline_count_cuts(t->para[i], next_run_on_label);
		if (!cuts)
			continue;
		wp_outline_split_at_cuts(t, i, cuts, next_run_on_label);
		i += cuts;
	}
}

#define TITLE_LOOK_PARAS 3 /* the title stands in the first paragraphs */
#define TITLE_BYTES 400	   /* and is no longer than this */

/* 【镇政府】关于开展…的通知 各村（社区）…：今年…: a message that runs its
 * title into the rest after a space; the title becomes a line of its own.
 * Only a title that opens with 关于 (after a sender's 【tag】) and ends in
 * a kind of document (通知, 方案) before the space. */
static void split_run_on_title(wp_ntext *t)
{
	for (size_t i = 0; i < t->n && i < TITLE_LOOK_PARAS; i++) {
		const char *p = t->para[i];
		if (wp_str_starts(p, "【")) {
			const char *close = wp_notice_find_near(p, "】", TITLE_BYTES);
			p = close ? close + strlen("】") : p;
		}
		if (!wp_str_starts(p, "关于"))
			continue;
		const char *end = p + strnlen(p, TITLE_BYTES);
		for (const char *q = p; q < end && *q; q += wp_str_char_len(q)) {
			size_t space = wp_str_starts(q, " ") ? 1 : wp_str_starts(q, "　") ? strlen("　") : 0;
			char *head = space ? wp_str_sub(p, (size_t)(q - p)) : NULL;
			bool titled = head && wp_word_end_len(head, WP_WORDS_TITLE_END) > 0;
			free(head);
			if (titled && q[space]) {
				size_t len = (size_t)(q - t->para[i]);
				split_at(t, i, len);
				char *rest = t->para[i + 1];
				t->para[i + 1] = wp_str_sub(rest + space, strlen(rest + space));
				free(rest);
				return;
			}
		}
		return;
	}
}

#define SIGNOFF_BYTES 120 /* 桤木镇人民政府 5月7日: a unit and a day */

/* The first space in s, ASCII or U+3000, its length in *len; NULL if none. */
static const char *first_space(const char *s, size_t *len)
{
	const char *sp = strchr(s, ' '), *wide = wp_str_find(s, "　");
	if (wide && (!sp || wide < sp))
		sp = wide;
	*len = sp && *sp == ' ' ? 1 : strlen("　");
	return sp;
}

/* Is s (a copy's end) a unit and a day apart by a space (桤木镇人民政府
 * 5月7日, 县市场监管局　2026年5月7日)? Its space's length then, else 0. */
static size_t signoff_space(const char *s)
{
	size_t space;
	const char *sp = first_space(s, &space);
	if (!sp || sp == s)
		return 0;
	const char *day = sp + space;
	char *name = wp_str_sub(s, (size_t)(sp - s));
	bool unit = wp_notice_unit_like(name);
	free(name);
	return unit && wp_str_find(day, "月") && wp_str_ends(day, "日") && wp_text_width(day) <= 16 ? space : 0;
}

/* …收到请回复。桤木镇人民政府 5月7日: a message that runs its sign-off
 * into its last sentence; the unit and the day become lines of their
 * own, as a document signs. */
static void split_run_on_signoff(wp_ntext *t)
{
	if (!t->n)
		return;
	size_t i = t->n - 1;
	const char *p = t->para[i], *last = NULL;
	for (const char *q = wp_str_find(p, "。"); q; q = wp_str_find(q + strlen("。"), "。"))
		last = q;
	if (!last)
		return;
	const char *tail = last + strlen("。");
	size_t space = strlen(tail) <= SIGNOFF_BYTES ? signoff_space(tail) : 0;
	if (!space)
		return;
	const char *sp = first_space(tail, &space);
	size_t name_len = (size_t)(sp - tail);
	split_at(t, i, (size_t)(tail - p));
	split_at(t, i + 1, name_len);
	char *day = t->para[i + 2];
	t->para[i + 2] = wp_str_sub(day + space, strlen(day + space));
	free(day);
}

void wp_outline_split_runs(wp_ntext *t)
{
	split_run_on_title(t);
	split_run_on_signoff(t);
	split_articles(t);
	split_heading_first_item(t);
	split_inline_numbers(t);
	split_circled_events(t);
	split_run_on_labels(t); /* after the items: only past the last one */
	split_prose_items(t);
	split_role_labels(t);
}

bool wp_outline_take_tail_mark(char *p)
{
	size_t mark = strlen(WP_OUTLINE_TAIL_MARK);
	if (strncmp(p, WP_OUTLINE_TAIL_MARK, mark) != 0)
		return false;
	memmove(p, p + mark, strlen(p + mark) + 1);
	return true;
}
