/* notice-cards.c - activities written as "cards": a block of lines that
 * each open with a field's label in brackets (【活动名称】X / 【活动时间】…
 * / 【活动地点】… / 【责任部门】…), the blocks apart by a rule (———), with
 * no number on any of them. A bracketed label is the label the reader
 * knows as X： (the field words are notice-words-typed.c's); a name label
 * opens an activity of its own, as a heading would. Or a post's blocks:
 * a title in brackets on its line (🧹【X】), the dated paragraph, the line
 * of roles (牵头：Y｜配合：Z). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-outline.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* 【活动时间】4月1日: the label's row, and where the value starts, when
 * para opens with a field's label in brackets and a value follows it
 * (【活动主题】 alone on its line labels the line after it, and
 * 【活动安排】 alone heads a section: both stay as written). */
static const struct wp_field_label *bracketed_label(const char *para, size_t *label_len, const char **value)
{
	const char *p = para;
	if (!wp_str_skip(&p, "【"))
		return NULL;
	size_t len;
	const struct wp_field_label *l = wp_field_label_at(p, &len);
	const char *close = p + len;
	if (!l || !(l->where & (WP_FIELD_LINE | WP_FIELD_TITLE)) || !wp_str_skip(&close, "】") || !*close)
		return NULL;
	*label_len = len;
	*value = close;
	return l;
}

void wp_notice_unbracket_labels(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		size_t len;
		const char *value;
		const char *para = r->t.para[i];
		if (!bracketed_label(para, &len, &value))
			continue;
		/* 【时间】X -> 时间：X, the line every field reader knows */
		size_t vlen = strlen(value);
		char *line = wp_xmalloc(len + strlen("：") + vlen + 1);
		memcpy(line, para + strlen("【"), len);
		memcpy(line + len, "：", strlen("："));
		memcpy(line + len + strlen("："), value, vlen + 1);
		free(r->t.para[i]);
		r->t.para[i] = line;
	}
}

/* Is paragraph i a line of a field (时间：, 牵头单位：) an item holds? */
static bool field_line(const struct wp_outline *o, size_t i)
{
	return i < o->n && o->para[i].field && (o->para[i].field->where & WP_FIELD_LINE);
}

/* 活动名称：X over 活动时间：… lines: a name label heading a block of
 * fields, with no number, opens an activity. Only in a section of
 * activities that numbers none of its own. */
void wp_outline_card_items(struct wp_outline *o)
{
	for (size_t k = 0; k < o->nsec; k++) {
		if (o->sec[k].kind != WP_SECTION_ACTIVITIES)
			continue;
		bool numbered = false;
		for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n && !numbered; i++)
			numbered = o->para[i].kind == WP_OUTLINE_ITEM;
		int count = 0;
		for (size_t i = o->sec[k].heading + 1; i < o->sec[k].last && i < o->n && !numbered; i++) {
			struct wp_outline_para *op = &o->para[i];
			if (op->kind != WP_OUTLINE_LABEL || !op->field || op->field->field != WP_FIELD_NAME ||
			    !(op->field->where & WP_FIELD_TITLE) || !field_line(o, i + 1))
				continue;
			op->kind = WP_OUTLINE_ITEM; /* read as （一）活动名称：X, its number dropped after */
			op->level = 2;
			op->number = ++count;
			op->unnumbered = true;
		}
	}
}

#define BLOCK_TITLE_WIDTH 60 /* a block's title in brackets, on one line */
#define BLOCK_LOOK 4	     /* the roles line stands so many lines below it at most */

/* The bytes of para's title when para is a title in brackets and nothing
 * else, after a heading's mark (◆【文明祭扫·清洁家园】), with *at where
 * it starts; 0 when it is not. */
static size_t block_title(const char *para, const char **at)
{
	static const char *const not_in_title[] = {"【", "。", "；", "：", NULL};
	const char *p = para + wp_word_at(para, WP_WORDS_HEADING_MARK);
	while (wp_str_skip(&p, " ") || wp_str_skip(&p, "\xe3\x80\x80"))
		;
	if (!wp_str_skip(&p, "【") || !wp_str_ends(p, "】"))
		return 0;
	size_t len = strlen(p) - strlen("】");
	char *inside = wp_str_sub(p, len);
	bool title = len && wp_text_width(inside) <= BLOCK_TITLE_WIDTH && wp_str_span_upto(inside, not_in_title) == len;
	free(inside);
	*at = p;
	return title ? len : 0;
}

/* Does paragraph i of t open a block: a title in brackets, a dated
 * paragraph under it, a line of the lead's role below that? */
static bool opens_block(const struct wp_ntext *t, size_t i)
{
	const char *at;
	wp_ndate d;
	if (!block_title(t->para[i], &at) || i + 2 >= t->n ||
	    !(wp_nfind_date(t->para[i + 1], 2000, &d) || wp_nfind_dekad(t->para[i + 1], 2000, &d)))
		return false;
	for (size_t j = i + 2; j < t->n && j <= i + BLOCK_LOOK; j++) {
		size_t len;
		const struct wp_field_label *l = wp_field_label_at(t->para[j], &len);
		if (l && l->field == WP_FIELD_LEAD && wp_str_starts(t->para[j] + len, "："))
			return true;
		if (block_title(t->para[j], &at))
			return false;
	}
	return false;
}

bool *wp_outline_block_titles(struct wp_ntext *t)
{
	size_t blocks = 0;
	for (size_t i = 0; i < t->n && blocks < 2; i++)
		blocks += opens_block(t, i);
	if (blocks < 2)
		return NULL;
	bool *title = wp_xcalloc(t->n ? t->n : 1, sizeof *title);
	for (size_t i = 0; i < t->n; i++) {
		if (!opens_block(t, i))
			continue;
		const char *at;
		size_t len = block_title(t->para[i], &at);
		memmove(t->para[i], at, len);
		t->para[i][len] = '\0';
		title[i] = true;
	}
	return title;
}
