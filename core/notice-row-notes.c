/* notice-row-notes.c - a note under a list of activities that names, item
 * by item, who else takes part (说明：…第4项活动由泸阳市实验小学提供场地并
 * 组织学生…): the unit a 由 names in a sentence about item N works on
 * activity N beside the units its row names, so it cooperates on it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "notice-reader.h"
#include "notice-words.h"

/* Longest unit name tried after 由, in characters. */
enum { UNIT_CHARS = 20 };

/* The activity a sentence opening 第N项 (第4项活动…) is about, or NULL. */
static json_t *item_of(struct reader *r, const char *s)
{
	if (!wp_str_skip(&s, "第"))
		return NULL;
	size_t digits = strspn(s, "0123456789");
	if (digits == 0 || digits > 3 || !wp_str_starts(s + digits, "项"))
		return NULL;
	for (size_t j = 0; j < json_array_size(r->activities) && wp_notice_step(r, 1); j++) {
		json_t *a = json_array_get(r->activities, j);
		const char *no = json_string_value(json_object_get(a, "no"));
		if (no && strlen(no) == digits && strncmp(no, s, digits) == 0)
			return a;
	}
	return NULL;
}

/* Does the activity name unit (or one that unit's name opens with, as
 * 各病区 does 各病区护士长, that unit's people) already? */
static bool named_already(json_t *a, const char *unit)
{
	static const char *const roles[] = {"lead", "cooperate"};
	for (size_t k = 0; k < 2; k++) {
		size_t i;
		json_t *v;
		json_array_foreach(json_object_get(a, roles[k]), i, v) if (wp_str_starts(unit, json_string_value(v))) return true;
	}
	return false;
}

/* The longest unit name right after 由 at p, within its clause, that a
 * deed follows (由X提供场地, 由X组织…: no 由X提供场地并组, which ends as a
 * unit would); NULL if none. Caller frees. */
static char *unit_after(const char *p)
{
	char *best = NULL;
	const char *q = p;
	for (int chars = 0; *q && chars < UNIT_CHARS && !wp_str_starts(q, "，") && !wp_str_starts(q, "。"); chars++) {
		q += wp_str_char_len(q);
		char *name = wp_str_sub(p, (size_t)(q - p));
		bool acts = wp_word_at(q, WP_WORDS_SUBJECT_END) || wp_word_at(q, WP_WORDS_GIVE);
		if (chars >= 1 && acts && wp_notice_unit_like(name)) {
			free(best);
			best = name;
		} else {
			free(name);
		}
	}
	return best;
}

/* One sentence of a note: 第N项…由X… adds X to activity N's cooperating
 * units. */
static void note_sentence(struct reader *r, const char *s, size_t len)
{
	char *text = wp_str_sub(s, len);
	json_t *a = item_of(r, text);
	for (const char *by = a ? wp_str_find(text, "由") : NULL; by; by = wp_str_find(by + strlen("由"), "由")) {
		char *unit = unit_after(by + strlen("由"));
		if (unit && !named_already(a, unit))
			json_array_append_new(json_object_get(a, "cooperate"), json_string(unit));
		free(unit);
	}
	free(text);
}

void wp_notice_read_row_notes(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		size_t label = wp_word_at(p, WP_WORDS_NOTE_LABEL);
		if (!label)
			continue;
		wp_notice_step(r, strlen(p));
		for (p += label; *p;) {
			const char *stop = wp_str_find(p, "。");
			size_t len = stop ? (size_t)(stop - p) : strlen(p);
			note_sentence(r, p, len);
			p += len + (stop ? strlen("。") : 0);
		}
	}
}
