/* notice-accounts.c - places that are accounts and brackets: a WeChat
 * account, a video channel or an app named in quotes (“梁溪政法”微信公众号)
 * as where an activity happens, and the place a title's closing bracket
 * gives (（县图书馆）). Split from notice-places.c, which reads 在X开展. */
#include "config.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* A list's bytes a channel list may span on either side of an account. */
#define CHANNEL_LIST_REACH 120

/* Is item a channel with a name of its own: an account in quotes
 * (区融媒体中心“掌上巴岭”客户端), or a medium with its name before the word
 * (淮岭日报)? Not a bare platform (抖音号, 视频号). */
static bool named_channel(const char *item, const char *lq)
{
	size_t len = strlen(item), word = 0;
	for (const char *const *w = wp_words(WP_WORDS_NAMED_MEDIUM); *w; w++) {
		size_t wl = strlen(*w);
		if (len >= wl && wl > word && strcmp(item + len - wl, *w) == 0)
			word = wl; /* the longest: 微信公众号, not 公众号 */
	}
	if (!word || len == word)
		return false;
	if (wp_str_find(item, lq))
		return true;
	/* 微信视频号, 门户网站, 政府网站: a kind of channel, no name */
	char *name = wp_str_sub(item, len - word);
	bool named = wp_text_width(name) >= 4 && !wp_word_is(name, WP_WORDS_CHANNEL_KIND);
	free(name);
	return named;
}

/* “巴岭应急”微信公众号、区融媒体中心“掌上巴岭”客户端: the account at
 * [open, end) is one of a list of channels each named; the whole list as
 * written, or NULL (one of them a bare platform: 微信公众号、抖音号). */
static char *channel_list(const char *body, const char *open, const char *end, const char *lq)
{
	/* back to what the list follows (通过, 在, a clause's start) */
	const char *start = NULL;
	for (const char *p = open; p > body && open - p < CHANNEL_LIST_REACH && !start;) {
		p--;
		while (p > body && ((unsigned char)*p & 0xc0) == 0x80)
			p--;
		size_t lead = wp_word_at(p, WP_WORDS_CHANNEL_LEAD);
		if (lead)
			start = p + lead;
	}
	if (!start)
		start = open - body < CHANNEL_LIST_REACH ? body : NULL;
	if (!start)
		return NULL;
	/* on over the named channels after it */
	const char *stop = end;
	for (int k = 0; k < 8; k++) {
		size_t sep = wp_word_at(stop, WP_WORDS_CHANNEL_SEP);
		if (!sep)
			break;
		const char *next = stop + sep, *item_end = NULL;
		for (const char *q = next; *q && q - next < CHANNEL_LIST_REACH && !item_end; q += wp_str_char_len(q)) {
			if (wp_str_starts(q, "，") || wp_str_starts(q, "。") || wp_str_starts(q, "；"))
				break;
			for (const char *const *w = wp_words(WP_WORDS_NAMED_MEDIUM); *w && !item_end; w++)
				if (wp_str_starts(q, *w))
					item_end = q + strlen(*w);
		}
		if (!item_end)
			break;
		stop = item_end;
	}
	/* each channel between the list's marks (、和及: a 和 inside a
	 * channel's name would only make a nameless piece, and no list) */
	size_t items = 0;
	bool named = true;
	for (const char *p = start; p < stop && named;) {
		const char *q = p;
		while (q < stop && !wp_word_at(q, WP_WORDS_CHANNEL_SEP))
			q += wp_str_char_len(q);
		char *item = wp_str_sub(p, (size_t)(q - p));
		named = named_channel(item, lq);
		free(item);
		items++;
		p = q < stop ? q + wp_word_at(q, WP_WORDS_CHANNEL_SEP) : stop;
	}
	return named && items >= 2 ? wp_str_sub(start, (size_t)(stop - start)) : NULL;
}

/* “梁溪政法”微信公众号 (a 公众号, 视频号, 抖音号, 客户端, 网站 named in
 * quotes lq … rq): the first one in body, or NULL. Caller frees. */
static char *account_quoted(const char *body, const char *lq, const char *rq)
{
	/* the last “ before each ”, found by one scan that goes on from the
	 * previous ” (rescanning from body for every ” was quadratic) */
	const char *open = NULL, *scanned = body;
	for (const char *close = wp_str_find(body, rq); close; close = wp_str_find(close + 1, rq)) {
		const char *after = close + strlen(rq);
		for (const char *const *k = wp_words(WP_WORDS_ACCOUNT); *k; k++) {
			if (!wp_str_starts(after, *k))
				continue;
			for (; scanned < close; scanned += wp_str_char_len(scanned))
				if (wp_str_starts(scanned, lq))
					open = scanned;
			/* one of several channels (“X”公众号、抖音号和电视台) is not the place */
			const char *end = after + strlen(*k);
			/* 通过“清漳城管”微信公众号预约参观: where one books, not goes */
			if (wp_word_at(end, WP_WORDS_BOOKING))
				continue;
			/* 在X举行…，并通过“石塘发布”微信公众号同步宣传: the account
			 * carries an event held at X, its place */
			if (wp_word_at(end, WP_WORDS_IN_STEP))
				continue;
			bool several = wp_str_span_of(end, wp_words(WP_WORDS_CHANNEL_SEP)) || (open && wp_str_ends_at(body, open, "、"));
			/* “青禾女性”“青禾教育”微信公众号: names written one after
			 * another share the word, and are the place together */
			while (open && wp_str_ends_at(body, open, rq) && close - open <= 60) {
				const char *q = open - strlen(rq); /* the ” (or ") ending the name before */
				if (q == body)
					break;
				q--;
				while (q > body && !wp_str_starts(q, lq) && open - q <= 60)
					q--;
				if (!wp_str_starts(q, lq))
					break;
				open = q;
			}
			if (open && close - open <= 60 && !several)
				return wp_str_sub(open, (size_t)(end - open));
			/* several, each named: they are the place together */
			char *list = open && several ? channel_list(body, open, end, lq) : NULL;
			if (list)
				return list;
		}
	}
	return NULL;
}

/* The account of body in curly quotes or, as a scan's OCR or a plain
 * keyboard writes them, straight ones ("淞阳发布"微信公众号). */
char *wp_notice_account_in(const char *body)
{
	char *curly = account_quoted(body, "“", "”");
	return curly ? curly : account_quoted(body, "\"", "\"");
}

/* Does a part of a bracket end like a place (or an account) as a title's
 * bracket writes it? */
static bool place_tail(const char *part)
{
	for (const char *const *t = wp_words(WP_WORDS_TITLE_PLACE); *t; t++)
		if (wp_str_ends(part, *t))
			return true;
	for (const char *const *t = wp_words(WP_WORDS_ACCOUNT); *t; t++)
		if (wp_str_ends(part, *t))
			return true;
	return false;
}

/* 地点：城南安置小区二期项目工地, a bracket's text that labels a place
 * (not 地点：待定): the place (caller frees), or NULL. */
static char *labelled_place(const char *inner)
{
	size_t label;
	const struct wp_field_label *l = wp_field_label_at(inner, &label);
	if (!l || l->field != WP_FIELD_PLACE || !wp_str_starts(inner + label, "："))
		return NULL;
	const char *value = inner + label + strlen("：");
	size_t open_len;
	if (!*value || wp_str_find(value, "：") || wp_word_find(value, WP_WORDS_LEFT_OPEN, &open_len) ||
	    wp_word_is(value, WP_WORDS_NOT_A_NAME))
		return NULL;
	return wp_xstrdup(value);
}

char *wp_notice_title_labelled_place(char *title)
{
	char *open = wp_notice_closing_open(title);
	if (!open)
		return NULL;
	char *inner = wp_str_sub(open + strlen("（"), strlen(open) - strlen("（") - strlen("）"));
	char *place = labelled_place(inner);
	free(inner);
	if (place)
		*open = '\0';
	return place;
}

char *wp_notice_title_place(char *title)
{
	char *open = NULL;
	for (char *q = (char *)wp_str_find(title, "（"); q; q = (char *)wp_str_find(q + strlen("（"), "（"))
		open = q;
	if (!open || open == title || !wp_str_ends(title, "）"))
		return NULL;
	char *inner = wp_str_sub(open + strlen("（"), strlen(open) - strlen("（") - strlen("）"));
	char *labelled = labelled_place(inner);
	if (labelled) {
		free(inner);
		*open = '\0';
		return labelled;
	}
	json_t *parts = json_array();
	wp_notice_split_units(inner, parts);
	bool place = false, marked = false;
	size_t i, len;
	json_t *v;
	json_array_foreach(parts, i, v) {
		place = place || place_tail(json_string_value(v));
		marked = marked || wp_unit_mark_role(json_string_value(v), &len) != WP_ROLE_NONE;
	}
	json_decref(parts);
	if (!place || marked || wp_str_find(inner, "：") || wp_str_find(inner, "（")) {
		free(inner);
		return NULL;
	}
	*open = '\0';
	return inner;
}
