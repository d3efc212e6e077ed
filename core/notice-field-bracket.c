/* notice-field-bracket.c - the unlabelled bracket of fields that closes an
 * item's title: 主会场活动（5月19日上午9:30，云溪古镇游客中心广场）, or the
 * one-line bullets of a list of many small activities, 开放日（全月，全市各
 * 消防救援站，各县（市、区）消防救援大队）: a when, a where and who, apart
 * by ， or ；, told apart by what each looks like, in whatever order. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "alloc.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* a bracket of fields has a when, a where, perhaps who: no more */
#define MAX_PARTS 3

/* The （ that the ） ending title closes, brackets inside counted (各县（市、
 * 区）大队 stays inside); NULL if the title does not end so or opens with
 * it (a title is more than its bracket). */
char *wp_notice_closing_open(char *title)
{
	if (!wp_str_ends(title, "）"))
		return NULL;
	int depth = 0;
	char *open = NULL;
	for (char *q = title; *q; q += wp_str_char_len(q)) {
		if (wp_str_starts(q, "（")) {
			if (depth++ == 0)
				open = q;
		} else if (wp_str_starts(q, "）") && depth > 0) {
			depth--;
		}
	}
	return open && open != title && depth == 0 ? open : NULL;
}

/* The separator of parts at p (， or ；), its length, or 0. */
static size_t part_sep(const char *p)
{
	return wp_str_starts(p, "，") ? strlen("，") : wp_str_starts(p, "；") ? strlen("；") : 0;
}

/* Splits in at ， and ； outside brackets; the number of parts, or 0 when
 * there are more than MAX_PARTS or one is empty. Caller frees parts. */
static size_t split_parts(const char *in, char **parts)
{
	size_t n = 0;
	int depth = 0;
	const char *from = in, *p = in;
	for (;;) {
		size_t sep = depth == 0 ? part_sep(p) : 0;
		if (*p && !sep) {
			if (wp_str_starts(p, "（"))
				depth++;
			else if (wp_str_starts(p, "）") && depth > 0)
				depth--;
			p += wp_str_char_len(p);
			continue;
		}
		if (p == from || n == MAX_PARTS)
			break;
		parts[n++] = wp_str_sub(from, (size_t)(p - from));
		if (!*p)
			return n;
		p += sep;
		from = p;
	}
	for (size_t i = 0; i < n; i++)
		free(parts[i]);
	return 0;
}

/* A when as such a bracket writes it, at the part's start: a day, a range,
 * a part of a month (11月上旬), a day it is done by (11月30日前), or the
 * campaign itself (全月, 宣传月期间). */
static bool when_part(const char *p, int year)
{
	wp_ndate d;
	bool dated = (wp_nfind_date(p, year, &d) || wp_nfind_dekad(p, year, &d)) && d.at == p;
	return (dated || wp_nfind_during(p)) && wp_text_width(p) <= 20;
}

/* A place: short, no label, no role of a unit, no remark (含线上直播,
 * 每场不少于50人) that a bracket may add to a title instead. */
static bool place_part(const char *p)
{
	size_t len;
	return *p && wp_text_width(p) <= 40 && !wp_str_find(p, "：") &&
	       wp_unit_mark_role(p, &len) == WP_ROLE_NONE && !wp_word_at(p, WP_WORDS_BRACKET_REMARK);
}

/* How many names of a list (A、B) read as units, and whether all of them
 * end as a body, never a place (局, 大队). */
static size_t unit_names(const char *list, bool *bodies)
{
	json_t *names = json_array();
	wp_notice_split_units(list, names);
	size_t i, units = 0;
	json_t *v;
	*bodies = json_array_size(names) > 0;
	json_array_foreach(names, i, v) {
		units += wp_notice_unit_like(json_string_value(v));
		*bodies = *bodies && wp_word_ends(json_string_value(v), WP_WORDS_BODY_TAIL);
	}
	json_decref(names);
	return units;
}

/* The one part that is a when, or -1 (none, or two: a list of days, not
 * fields). */
static int the_when(char **parts, size_t n, int year)
{
	int w = -1;
	for (size_t i = 0; i < n; i++) {
		if (!when_part(parts[i], year))
			continue;
		if (w >= 0)
			return -1;
		w = (int)i;
	}
	return w;
}

/* Which part is the when, which the units, which the place (-1: none);
 * false when the parts are no such fields. Of two parts the other is the
 * place; of three, one names who, the other where. */
static bool assign_parts(char **parts, size_t n, int year, int *w, int *u, int *pl)
{
	*u = *pl = -1;
	*w = the_when(parts, n, year);
	if (*w < 0)
		return false;
	int a = *w == 0 ? 1 : 0, b = *w == 2 ? 1 : 2;
	if (n == 2) {
		*pl = a;
	} else {
		/* who: the later (时间，地点，责任单位) unless it names no unit
		 * or only the earlier names bodies alone (园区, 中心 are sites
		 * as well as units) */
		bool ba, bb;
		size_t na = unit_names(parts[a], &ba), nb = unit_names(parts[b], &bb);
		if (!na && !nb)
			return false;
		bool earlier = !nb || (ba && !bb);
		*u = earlier ? a : b;
		*pl = earlier ? b : a;
	}
	return place_part(parts[*pl]);
}

/* A clock time as a bracket adds it to a day: 上午9:30, 每天下午2:30 (the
 * time within its first four characters, the part short). */
static bool time_part(const char *p)
{
	char hhmm[6];
	const char *at;
	return wp_text_width(p) <= 16 && wp_nfind_time(p, hhmm, &at) && at - p <= 12;
}

/* Is the bracket's text all a when: its first part a day, a range or the
 * campaign (12月1日（星期二）上午9:30, 宣传周期间), any other a clock time
 * (12月5日—6日，每天下午2:30)? */
/* Is p, from its start, a day or a range and nothing but its weekday
 * and clock after (12月1日（星期二）上午9:30, 12月5日—6日), or the
 * campaign alone (宣传周期间)? Not 12月5日在县文化广场举行: a place told. */
static bool when_alone(const char *p, int year)
{
	wp_ndate d;
	if (wp_text_width(p) > 40)
		return false;
	if (wp_nfind_during(p))
		return wp_str_ends(p, "期间");
	if (!((wp_nfind_date(p, year, &d) || wp_nfind_dekad(p, year, &d)) && d.at == p))
		return false;
	const char *rest = d.at + d.len;
	if (wp_str_starts(rest, "（")) { /* （星期二）, （周五） */
		const char *close = wp_notice_find_near(rest, "）", 18);
		rest = close ? close + strlen("）") : rest;
	}
	return !*rest || (time_part(rest) && !wp_str_find(rest, "在"));
}

static bool all_when(char **parts, size_t n, int year)
{
	if (n == 0 || !when_alone(parts[0], year))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!time_part(parts[i]))
			return false;
	return true;
}

char *wp_notice_cut_field_bracket(char *title, int year, char **when, char **units)
{
	*when = *units = NULL;
	char *open = wp_notice_closing_open(title);
	if (!open)
		return NULL;
	const char *in = open + strlen("（");
	char *inner = wp_str_sub(in, strlen(in) - strlen("）"));
	char *parts[MAX_PARTS];
	size_t n = split_parts(inner, parts);
	/* 宪法宣传周启动仪式（12月1日（星期二）上午9:30）: a bracket of its
	 * when alone is the item's when, no part of its title */
	if (all_when(parts, n, year)) {
		for (size_t i = 0; i < n; i++)
			free(parts[i]);
		*when = inner;
		*open = '\0';
		return NULL;
	}
	free(inner);
	int w, u, pl;
	bool fields = n >= 2 && assign_parts(parts, n, year, &w, &u, &pl);
	char *place = NULL;
	for (size_t i = 0; i < n; i++) {
		if (fields && (int)i == w)
			*when = parts[i];
		else if (fields && (int)i == u)
			*units = parts[i];
		else if (fields && (int)i == pl)
			place = parts[i];
		else
			free(parts[i]);
	}
	if (fields)
		*open = '\0';
	return place;
}

/* ---- a row of fields apart by bars ----------------------------------------
 * 1. 12月1日｜宪法知识进校园｜县第一中学｜县教育局牵头: an item's line that
 * is a headerless row of a table, its fields in whatever order the bureau
 * announced once (or never); each is told by what it looks like, as the
 * bracket's are above. */

/* a row has a when, a title, and a place or who or both, perhaps a remark */
#define MIN_BAR_FIELDS 3
#define MAX_BAR_FIELDS 5

/* The length of the bar at p, or 0: ｜ or │, or a half-width | beside
 * CJK text (prev: the last byte before p; an ASCII | elsewhere is no
 * field's end; the cleaner writes │ as |). */
static size_t bar_at(const char *p, unsigned char prev)
{
	size_t len = wp_word_at(p, WP_WORDS_FIELD_BAR);
	if (len)
		return len;
	if (*p != '|')
		return 0;
	const char *next = p + 1;
	while (*next == ' ')
		next++;
	return prev >= 0x80 || (unsigned char)*next >= 0x80 ? (size_t)(next - p) : 0;
}

static void free_parts(char **parts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(parts[i]);
}

/* A copy of from..to without the spaces (ASCII, U+3000) around it. */
static char *field_sub(const char *from, const char *to)
{
	static const char *const spaces[] = {" ", "　", NULL};
	from += wp_str_span_of(from, spaces);
	char *sub = wp_str_sub(from, from < to ? (size_t)(to - from) : 0);
	char *trimmed = wp_str_trim_end(sub, spaces);
	free(sub);
	return trimmed;
}

/* Splits in at bars outside brackets and quotes; the number of fields, or 0
 * when it is no row (too few or too many, or one empty). Caller frees. */
static size_t split_bars(const char *in, char **parts)
{
	size_t n = 0;
	int depth = 0;
	unsigned char prev = 0;
	const char *from = in, *p = in;
	for (;;) {
		size_t bar = depth == 0 && *p ? bar_at(p, prev) : 0;
		if (*p && !bar) {
			if (wp_str_starts(p, "（") || wp_str_starts(p, "“"))
				depth++;
			else if ((wp_str_starts(p, "）") || wp_str_starts(p, "”")) && depth > 0)
				depth--;
			if (*p != ' ')
				prev = (unsigned char)*p;
			p += wp_str_char_len(p);
			continue;
		}
		char *part = field_sub(from, p);
		if (!*part || n == MAX_BAR_FIELDS) {
			free(part);
			break;
		}
		parts[n++] = part;
		if (!*p)
			return n >= MIN_BAR_FIELDS ? n : (free_parts(parts, n), 0);
		p += bar;
		from = p;
	}
	free_parts(parts, n);
	return 0;
}

/* The field that names who: its units mark their roles (X牵头，Y配合), or
 * all its names are bodies (县教育局); the last such, or -1. */
static int the_units(char **parts, size_t n, int w)
{
	int u = -1;
	for (size_t i = 0; i < n; i++) {
		size_t len;
		bool bodies;
		if ((int)i == w)
			continue;
		if (wp_unit_mark_role(parts[i], &len) != WP_ROLE_NONE ||
		    (unit_names(parts[i], &bodies) && bodies))
			u = (int)i;
	}
	return u;
}

bool wp_notice_cut_field_bars(char *title, int year, char **when, char **units, char **place)
{
	*when = *units = *place = NULL;
	if (!wp_word_find(title, WP_WORDS_FIELD_BAR, &(size_t){0}) && !strchr(title, '|'))
		return false;
	char *parts[MAX_BAR_FIELDS];
	size_t n = split_bars(title, parts);
	int w = n ? the_when(parts, n, year) : -1;
	if (w < 0) {
		free_parts(parts, n);
		return false;
	}
	int u = the_units(parts, n, w);
	bool titled = false;
	for (size_t i = 0; i < n; i++) {
		if ((int)i == w) {
			*when = parts[i];
		} else if ((int)i == u) {
			*units = parts[i];
		} else if (!titled) { /* the first of the rest: never longer than the row */
			memmove(title, parts[i], strlen(parts[i]) + 1);
			free(parts[i]);
			titled = true;
		} else if (!*place && place_part(parts[i])) {
			*place = parts[i];
		} else {
			free(parts[i]);
		}
	}
	return true;
}

void wp_notice_row_units(const char *units, json_t *lead, json_t *coop)
{
	char *parts[MAX_PARTS];
	size_t n = split_parts(units, parts);
	for (size_t i = 0; i < n; i++) {
		size_t len;
		enum wp_role role = wp_unit_mark_role(parts[i], &len);
		if (role != WP_ROLE_NONE)
			parts[i][strlen(parts[i]) - len] = '\0';
		wp_notice_split_units(parts[i], role == WP_ROLE_COOP ? coop : lead);
		free(parts[i]);
	}
}
