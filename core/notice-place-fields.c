/* notice-place-fields.c - the place a field or a table's cell names
 * (…，县人民广场，…; a 地点 column's 各县（区）自定 names none), and a tour's
 * days and places (5月10日在A社区、5月11日在B社区…); split from
 * notice-places.c, which finds the place in an activity's prose. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

bool wp_notice_names_place(const char *field)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "在%s举行。", field);
	char *found = wp_notice_find_location(wp_buf_str(&b));
	wp_buf_free(&b);
	bool place = found && strcmp(found, field) == 0;
	free(found);
	return place;
}

/* Does text end as a place does (广场, 村, 场所), never as a body (局)? */
static bool ends_as_place(const char *text)
{
	static const enum wp_word_set tails[] = {WP_WORDS_BUILDING, WP_WORDS_TITLE_PLACE, WP_WORDS_BARE_PLACE_END,
						 WP_WORDS_PLACE_KIND, WP_WORDS_FIELD_PLACE_END};
	if (wp_word_at(text, WP_WORDS_FIELD_NOT_PLACE))
		return false;
	for (size_t k = 0; k < sizeof tails / sizeof *tails; k++)
		if (wp_word_ends(text, tails[k]))
			return !wp_word_ends(text, WP_WORDS_BODY_TAIL);
	return false;
}

bool wp_notice_field_is_place(const char *field)
{
	/* 滨河公园、檀溪公园两处避难场所: each of a list a place (not
	 * 重点查地灾隐患点、…和人员密集场所) */
	for (const char *from = field, *mark;; from = mark + strlen("、")) {
		mark = wp_str_find(from, "、");
		char *part = wp_str_sub(from, mark ? (size_t)(mark - from) : strlen(from));
		bool place = ends_as_place(part);
		free(part);
		if (!place)
			return false;
		if (!mark)
			break;
	}
	return wp_text_width(field) <= 40;
}

/* The place of one stop of a tour at p (after its 在): up to the 、 that
 * opens the next stop's day, or to the verb or ， that ends the list.
 * Its bytes; 0 if none. */
static size_t tour_place(const char *p, int year, bool *more)
{
	static const char *const ends[] = {"，", "。", "；", NULL};
	size_t len;
	*more = false;
	for (const char *q = p; *q && q - p < 120; q += wp_str_char_len(q)) {
		wp_ndate d;
		if (wp_str_starts(q, "、") && wp_nfind_date_at(q + strlen("、"), year, &d)) {
			*more = true;
			return (size_t)(q - p);
		}
		if (wp_str_starts_any(q, ends) || wp_word_at(q, WP_WORDS_PLACE_END) ||
		    (wp_str_starts(q, "各") && (len = wp_word_at(q + strlen("各"), WP_WORDS_PLACE_END)) > 0))
			return (size_t)(q - p);
	}
	return 0;
}

bool wp_notice_tour(const char *text, int year, wp_ndate *span, char **places)
{
	wp_buf b = WP_BUF_INIT;
	size_t stops = 0;
	wp_ndate d;
	const char *p = text;
	*places = NULL;
	for (bool more = true; more && stops < 32 && wp_nfind_date_at(p, year, &d);) {
		const char *at = d.at + d.len;
		if (!wp_str_skip(&at, "在"))
			break;
		size_t len = tour_place(at, year, &more);
		if (!len)
			break;
		if (stops++ == 0)
			*span = d;
		else
			span->end = d.end;
		wp_buf_printf(&b, "%s%.*s", b.len ? "、" : "", (int)len, at);
		p = at + len + (more ? strlen("、") : 0);
	}
	if (stops < 2) {
		wp_buf_free(&b);
		return false;
	}
	*places = wp_buf_take(&b);
	return true;
}

/* Does cell name units where a place would be (各区（县）、市直各单位):
 * each part a group of units or of areas, one of units at least? */
static bool units_not_place(const char *cell)
{
	if (!wp_str_find(cell, "各"))
		return false;
	bool units = false;
	char *copy = wp_xstrdup(cell);
	bool all = true;
	for (char *part = copy, *next; part && all; part = next) {
		char *sep = (char *)wp_str_find(part, "、");
		next = sep ? sep + strlen("、") : NULL;
		if (sep)
			*sep = '\0';
		const char *each = wp_str_starts(part, "各") ? part + strlen("各") : NULL;
		size_t level = each ? wp_word_at(each, WP_WORDS_LEVEL) : 0;
		bool group = wp_word_ends(part, WP_WORDS_ALL_UNITS);
		units = units || group;
		/* 各区（县）: a level and the one in its bracket */
		all = group || (level && (!each[level] || (wp_str_starts(each + level, "（") && wp_str_ends(part, "）"))));
	}
	free(copy);
	return all && units;
}

/* Does the cell say where as the whole area (全县, 全镇范围内) or as each
 * their own place (各地)? (各村（社区）, 各班教室 are places: where it
 * happens, if many.) */
static bool area_not_place(const char *cell)
{
	size_t len = 0;
	if (wp_str_starts(cell, "全")) {
		const char *level = cell + strlen("全");
		len = wp_word_at(level, WP_WORDS_LEVEL);
		return len && (!level[len] || wp_word_is(level + len, WP_WORDS_AREA_SPAN));
	}
	return wp_word_is(cell, WP_WORDS_EACH_PLACE) || units_not_place(cell);
}

/* 各县（区）自定: each picks its own, none is given; not 县体育馆，时间待定,
 * a place and a note on its time */
static bool left_open_cell(const char *cell)
{
	static const char *const clause_end[] = {"，", "；", NULL};
	char *first = wp_notice_upto(cell, clause_end);
	bool open = wp_word_ends(first, WP_WORDS_LEFT_OPEN);
	free(first);
	return open;
}

/* Does a bracket's text (from p to end) ask something (请…, 邀请专家…)
 * or give an hour? */
static bool attend_words(const char *p, const char *end)
{
	char *part = wp_str_sub(p, (size_t)(end - p));
	char time[6];
	const char *at;
	bool note = wp_str_starts(part, "请") || wp_nfind_time(part, time, &at);
	/* …人员请于, 邀请专家授课: asked of someone, or who is asked to come;
	 * not 申请 (a window's name) */
	for (const char *q = wp_str_find(part, "请"); q && !note; q = wp_str_find(q + strlen("请"), "请"))
		note = q > part && !wp_str_ends_at(part, q, "申");
	free(part);
	return note;
}

void wp_notice_drop_attend_note(char *place)
{
	char *open = wp_notice_closing_open(place);
	if (!open || open == place)
		return;
	const char *in = open + strlen("（");
	const char *end = place + strlen(place) - strlen("）");
	if (end < in || !attend_words(in, end))
		return;
	/* （三楼多功能厅，请学员9:00前到场）: the room stays */
	const char *comma = wp_str_find(in, "，");
	if (comma && comma < end && !attend_words(in, comma)) {
		memcpy((char *)comma, "）", strlen("）") + 1);
		return;
	}
	*open = '\0';
}

char *wp_notice_cell_place(const char *cell)
{
	if (!cell || !*cell || area_not_place(cell) || left_open_cell(cell))
		return NULL;
	char *place = wp_xstrdup(cell);
	/* 镇文化广场（遇雨改在…）: the place meant, not the one it may move to */
	char *open = wp_notice_closing_open(place);
	if (open && open > place && wp_word_at(open + strlen("（"), WP_WORDS_FALLBACK_PLACE))
		*open = '\0';
	else
		wp_notice_drop_attend_note(place);
	return place;
}
