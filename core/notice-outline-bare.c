/* notice-outline-bare.c - a notice copied from a Word document whose
 * automatic numbering was lost: its headings are bare lines naming a
 * section (活动时间, 活动内容, 工作要求) and its activities bare title
 * lines, each over labelled lines (时间：/地点：/牵头单位：). The outline
 * (notice-outline.c) asks here which lines head what. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "notice-outline.h"
#include "notice-reader.h"
#include "notice-heading.h"
#include "notice-words.h"
#include "text.h"

/* A title line is short and no sentence: no punctuation in it. */
static bool title_line(const char *para, int width)
{
	static const char *const not_in_title[] = {"。", "，", "；", "：", "、", "！", "？", NULL};
	return *para && wp_text_width(para) <= width && wp_str_span_upto(para, not_in_title) == strlen(para);
}

bool wp_outline_bare_heading(const char *para)
{
	char *s = wp_str_nospace(para);
	/* 活动安排如下：, 有关要求：: the name announcing what follows */
	size_t len = strlen(s);
	if (wp_str_ends(s, "：")) {
		len -= strlen("：");
		s[len] = '\0';
		len -= wp_word_end_len(s, WP_WORDS_AS_FOLLOWS);
		s[len] = '\0';
	}
	bool named = title_line(s, 12) && wp_word_is(s, WP_WORDS_BARE_SECTION);
	free(s);
	return named;
}

/* 几点要求, 注意事项 alone on a line: the closing section's name, which
 * ends the activities above it even where it is the only bare heading
 * (a township's 活动一：… blocks, then its requirements). */
bool wp_outline_bare_closing(const char *para)
{
	char *s = wp_str_nospace(para);
	size_t len;
	bool closing = wp_word_is(s, WP_WORDS_BARE_SECTION) && wp_word_find(s, WP_WORDS_REQUIREMENT_SECTION, &len);
	free(s);
	return closing;
}

/* Two bare lines naming sections, and no heading marked (◆活动主题) or
 * bracketed (【活动安排】) that would head them instead: one such line
 * alone may be a stray line of prose. Called only for a text with no
 * numbered sections (一、 or 1  X). */
bool wp_outline_bare_layout(const struct wp_ntext *t)
{
	size_t bare = 0;
	for (size_t i = 0; i < t->n; i++) {
		if (wp_heading_marked(t->para[i]) || wp_heading_bracketed(t->para[i]))
			return false;
		bare += wp_outline_bare_heading(t->para[i]);
	}
	return bare >= 2;
}

/* Does section k hold an item heading? */
static bool has_items(const struct wp_outline *o, size_t k)
{
	for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n; i++)
		if (o->para[i].kind == WP_OUTLINE_ITEM)
			return true;
	return false;
}

/* Is paragraph i a line of a field (时间：, 牵头单位：) an item holds? */
static bool field_line(const struct wp_outline *o, size_t i)
{
	return i < o->n && o->para[i].field && (o->para[i].field->where & WP_FIELD_LINE);
}

void wp_outline_bare_items(struct wp_outline *o)
{
	for (size_t k = 0; k < o->nsec; k++) {
		if (o->sec[k].kind != WP_SECTION_ACTIVITIES || has_items(o, k))
			continue;
		int count = 0;
		for (size_t i = o->sec[k].heading + 1; i < o->sec[k].last && i < o->n; i++) {
			struct wp_outline_para *op = &o->para[i];
			if (op->kind != WP_OUTLINE_PROSE || !title_line(op->text, 30) || !field_line(o, i + 1))
				continue;
			op->kind = WP_OUTLINE_ITEM; /* read as （一）X, its number dropped after */
			op->level = 2;
			op->number = ++count;
			op->unnumbered = true;
		}
	}
}
