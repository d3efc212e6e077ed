/* notice-outline-flat.c - plans whose sections are numbered as items
 * are, with no 一、: a plan pasted into a work notice or a chat from a
 * document whose automatic numbering restarted at every line, each
 * heading and item of every level reading 1、 (1、活动主题 / 1、活动时间 /
 * 1、知识产权保护政策。… / 1、活动安排 / 1、系列活动 / 1、X。4月20日…), where
 * the numbers tell nothing and what a line is tells its level; and a post
 * whose sections are numbered 1️⃣ 2️⃣ 3️⃣ (read as 1. 2. 3.) or 1、 2、 3、,
 * where the lines naming sections head them. The outline
 * (notice-outline.c) asks here. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "notice-heading.h"
#include "notice-outline.h"
#include "notice-reader.h"
#include "text.h"

/* The least lines numbered 1、 that make a copy flat: a text of real
 * numbering has a 1、 per list, two or three in a plan. */
enum { FLAT_LEAST_ONES = 6 };

bool wp_outline_flat_layout(const struct wp_ntext *t)
{
	size_t ones = 0, others = 0, sections = 0;
	for (size_t i = 0; i < t->n; i++) {
		int number;
		const char *text = wp_heading_item(t->para[i], &number);
		if (!text || wp_heading_is_prose_item(t->para[i]))
			continue;
		if (number != 1) {
			others++;
			continue;
		}
		ones++;
		sections += wp_outline_bare_heading(text);
	}
	/* a receipt's 1、2、3、 after the plan may count on */
	return ones >= FLAT_LEAST_ONES && ones > 2 * others && sections >= 2;
}

/* A title, no sentence: short and with no punctuation. */
static bool title_only(const char *text)
{
	static const char *const in_sentence[] = {"。", "，", "；", "：", "！", "？", NULL};
	return wp_text_width(text) <= 30 && wp_str_span_upto(text, in_sentence) == strlen(text);
}

void wp_outline_flat_heading(struct wp_outline *o, size_t i, int *count)
{
	struct wp_outline_para *op = &o->para[i];
	if (op->kind != WP_OUTLINE_ITEM || op->level != 3 || op->number != 1)
		return;
	if (wp_outline_bare_heading(op->text)) {
		op->kind = WP_OUTLINE_TOP; /* numbered in order, as if 一、 */
		op->level = 1;
		op->number = o->nsec ? o->sec[o->nsec - 1].number + 1 : 1;
		*count = 0;
		return;
	}
	/* 1、系列活动 over its items, 1、“4·26”主场活动 over its fields: a
	 * title alone heads a group or an item of its own; a line that goes
	 * on to say more (1、X。4月20日…) is an item under it */
	op->level = title_only(op->text) ? 2 : 3;
	op->number = ++*count;
	op->unnumbered = true;
}

/* the least sections numbered so that make the layout */
enum { ARABIC_LEAST_SECTIONS = 3 };

bool wp_outline_arabic_sections(const struct wp_ntext *t)
{
	int last = 0;
	size_t sections = 0;
	bool activities = false;
	for (size_t i = 0; i < t->n; i++) {
		int number;
		const char *text = wp_heading_item(t->para[i], &number);
		if (!text || wp_heading_is_prose_item(t->para[i]) || !wp_outline_bare_heading(text))
			continue;
		/* 1.活动主题 / 2.活动时间 / 5.活动安排: in order, gaps allowed */
		if (number <= last)
			return false;
		last = number;
		sections++;
		activities = activities || wp_outline_section_kind(text) == WP_SECTION_ACTIVITIES;
	}
	/* 1.指导思想 / 2.工作目标 / 3.主要任务 / 4.保障措施: with no section of
	 * the activities among those named, the items are read as before */
	return sections >= ARABIC_LEAST_SECTIONS && activities;
}

void wp_outline_arabic_heading(struct wp_outline *o, size_t i)
{
	struct wp_outline_para *op = &o->para[i];
	if (op->kind == WP_OUTLINE_ITEM && op->level == 3 && wp_outline_bare_heading(op->text)) {
		op->kind = WP_OUTLINE_TOP; /* numbered as written */
		op->level = 1;
	}
}
