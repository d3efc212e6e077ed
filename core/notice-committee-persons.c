/* notice-committee-persons.c - the persons of a committee.
 *
 * Prose lists them post then name, apart by 、 (县卫健局党组成员、副局长
 * 胡碧云和县残联副理事长温小兵任副组长): a part that is only a post belongs
 * to the name after it, 和 may join two persons, a bare name after a
 * person shares that person's post (副局长黎晓东、韦丽萍: two 副局长), and
 * a deputy whose post names no unit holds it in the chair's unit.
 *
 * A table of them may come copied a cell per line:
 *   序号 / 姓名 / 职务 / 组内职务 / 1 / 周立群 / 市城市管理局党组书记、局长 / 组长 / 2 ...
 * The header is a run of lines that each name a column (the number, the
 * person, the post, the role in the group); each row then opens with its
 * number, so a row is read only where the count goes on (1, 2, 3 ...).
 * The role cell (组长, 副组长, 成员) says where a person goes; the person
 * is written as in prose, post then name (the spaces a two-character
 * name is padded with dropped). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* Where the first post word of s starts (县文化广电和旅游局局长覃建华: at
 * 局长), or NULL. */
static const char *first_post(const char *s)
{
	const char *best = NULL;
	for (const char *const *p = wp_words(WP_WORDS_POST); *p; p++) {
		const char *at = wp_str_find(s, *p);
		if (at && (!best || at < best))
			best = at;
	}
	return best;
}

/* The end of the last post word in s (where the person's name starts),
 * or NULL. */
static const char *after_posts(const char *s)
{
	const char *end = NULL;
	for (const char *const *p = wp_words(WP_WORDS_POST); *p; p++)
		for (const char *at = wp_str_find(s, *p); at; at = wp_str_find(at + 1, *p))
			if (!end || at + strlen(*p) > end)
				end = at + strlen(*p);
	return end;
}

/* 副局长胡碧云和县残联副理事长温小兵: two persons joined by 和, each with
 * a post, are two parts. */
static void split_on_he(json_t *names)
{
	json_t *out = json_array();
	size_t i;
	json_t *v;
	json_array_foreach(names, i, v) {
		const char *s = json_string_value(v), *he = wp_str_find(s, "和");
		char *left = he ? wp_str_sub(s, (size_t)(he - s)) : NULL;
		if (left && first_post(left) && first_post(he + strlen("和"))) {
			json_array_append_new(out, json_string(left));
			json_array_append_new(out, json_string(he + strlen("和")));
		} else {
			json_array_append(out, v);
		}
		free(left);
	}
	json_array_clear(names);
	json_array_extend(names, out);
	json_decref(out);
}

/* Deputies written as persons with their posts (街道党工委委员、宣传委员韦骁):
 * a part that is only a post (ends with one) belongs to the person after
 * it; 张三、李四 stay two; a bare name after a person with a post shares
 * that post (副局长黎晓东、韦丽萍: two 副局长). */
void wp_notice_split_persons(const char *list, json_t *to)
{
	const char *const *posts = wp_words(WP_WORDS_POST);
	json_t *names = json_array();
	wp_notice_split_units(list, names);
	split_on_he(names);
	size_t n = json_array_size(names);
	bool *post_only = n ? wp_xcalloc(n, sizeof *post_only) : NULL;
	for (size_t i = 0; i < n; i++)
		for (const char *const *p = posts; *p && !post_only[i]; p++)
			post_only[i] = wp_str_ends(json_string_value(json_array_get(names, i)), *p);
	wp_buf held = WP_BUF_INIT;
	char *shared = NULL; /* the post of the person before */
	for (size_t i = 0; i < n; i++) {
		const char *name = json_string_value(json_array_get(names, i));
		if (held.len)
			wp_buf_puts(&held, "、");
		if (!held.len && shared && !first_post(name) && wp_text_width(name) <= 8)
			wp_buf_puts(&held, shared);
		wp_buf_puts(&held, name);
		/* a post is the next part's when that part names a person (ends
		 * with no post): 县公安局局长、县教育局局长 are two */
		if (post_only[i] && i + 1 < n && !post_only[i + 1])
			continue;
		const char *person = wp_buf_str(&held), *end = after_posts(person);
		free(shared);
		shared = end ? wp_str_sub(person, (size_t)(end - person)) : NULL;
		json_array_append_new(to, json_string(person));
		wp_buf_reset(&held);
	}
	wp_buf_free(&held);
	free(shared);
	free(post_only);
	json_decref(names);
}

/* The pieces of s apart by wide gaps (two spaces and more, U+3000s), as
 * copies appended to pieces; a piece of one character goes back on the
 * one before (杨  晓: a name spaced out). */
static void wide_pieces(const char *s, json_t *pieces)
{
	wp_buf piece = WP_BUF_INIT;
	for (const char *p = s;; p += wp_str_char_len(p)) {
		bool gap = !*p || wp_str_starts(p, "\xe3\x80\x80") || wp_str_starts(p, "  ");
		if (gap && piece.len) {
			size_t last = json_array_size(pieces);
			if (wp_text_width(wp_buf_str(&piece)) <= 2 && last) {
				wp_buf glued = WP_BUF_INIT;
				wp_buf_printf(&glued, "%s%s", json_string_value(json_array_get(pieces, last - 1)),
					      wp_buf_str(&piece));
				json_array_set_new(pieces, last - 1, json_string(wp_buf_str(&glued)));
				wp_buf_free(&glued);
			} else {
				json_array_append_new(pieces, json_string(wp_buf_str(&piece)));
			}
			wp_buf_reset(&piece);
		}
		if (!*p)
			break;
		if (!gap && *p != ' ')
			wp_buf_append(&piece, p, wp_str_char_len(p));
	}
	wp_buf_free(&piece);
}

bool wp_notice_glued_persons(const char *s, json_t *to)
{
	json_t *pieces = json_array();
	wide_pieces(s, pieces);
	/* one piece is a person only when a gap was glued back into it: a
	 * name spaced out (县科协副主席冉　静); else posts_then_names reads it */
	bool spaced = wp_str_find(s, "\xe3\x80\x80") || wp_str_find(s, "  ");
	bool all = json_array_size(pieces) >= 2 || (json_array_size(pieces) == 1 && spaced);
	size_t i;
	json_t *v;
	json_array_foreach(pieces, i, v) {
		const char *person = json_string_value(v), *name = after_posts(person);
		int width = name ? wp_text_width(name) : 0;
		all = all && name > person && width >= 4 && width <= 6;
	}
	if (all)
		json_array_extend(to, pieces);
	json_decref(pieces);
	return all;
}

bool wp_notice_glued_one_person(const char *s)
{
	const char *name = after_posts(s);
	int width = name ? wp_text_width(name) : 0;
	return name && name > s && width >= 4 && width <= 6 && !wp_str_find(s, "、");
}

void wp_notice_join_posts(json_t *names)
{
	json_t *out = json_array();
	wp_buf held = WP_BUF_INIT; /* posts waiting for their person */
	size_t i;
	json_t *v;
	json_array_foreach(names, i, v) {
		const char *s = json_string_value(v);
		const char *end = after_posts(s);
		/* posts alone before a post with its name (镇长欧阳丽华) */
		const char *next = json_string_value(json_array_get(names, i + 1));
		const char *next_end = next ? after_posts(next) : NULL;
		bool only_posts = end && !*end && next_end && *next_end;
		if (held.len)
			wp_buf_puts(&held, "、");
		wp_buf_puts(&held, s);
		if (!only_posts) {
			json_array_append_new(out, json_string(wp_buf_str(&held)));
			wp_buf_reset(&held);
		}
	}
	wp_buf_free(&held);
	json_array_clear(names);
	json_array_extend(names, out);
	json_decref(out);
}

/* 由县文化广电和旅游局局长覃建华任组长，副局长黎晓东任副组长: a deputy whose
 * post names no unit holds it in the chair's unit. */
void wp_notice_deputies_in_chairs_unit(json_t *chair, json_t *vice)
{
	const char *c = json_string_value(json_array_get(chair, 0));
	const char *post = c ? first_post(c) : NULL;
	char *unit = post && post > c ? wp_str_sub(c, (size_t)(post - c)) : NULL;
	size_t i;
	json_t *v;
	json_array_foreach(vice, i, v) {
		const char *d = json_string_value(v);
		/* 副局长黎晓东, 常务副局长…: the post opens it, no unit before */
		const char *post_at = d;
		if (!wp_str_skip(&post_at, "常务副"))
			wp_str_skip(&post_at, "副");
		if (!unit || !wp_notice_unit_like(unit) || first_post(d) != post_at)
			continue;
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s%s", unit, d);
		json_array_set_new(vice, i, json_string(wp_buf_str(&b)));
		wp_buf_free(&b);
	}
	free(unit);
}

enum column { COL_NO, COL_NAME, COL_POST, COL_ROLE, COL_NONE };

#define MAX_COLUMNS 6

static enum column column_of(const char *cell)
{
	const struct wp_field_label *l = wp_field_label_is(cell);
	if (l && l->field == WP_FIELD_NO)
		return COL_NO;
	if (wp_word_is(cell, WP_WORDS_PERSON_COLUMN))
		return COL_NAME;
	if (wp_word_is(cell, WP_WORDS_POST_COLUMN))
		return COL_POST;
	if (wp_word_is(cell, WP_WORDS_GROUP_ROLE_COLUMN))
		return COL_ROLE;
	return COL_NONE;
}

/* "3": the row number, or -1. */
static int number_of(const char *s)
{
	int n = 0, digits = 0;
	while (*s >= '0' && *s <= '9' && digits < 3)
		n = n * 10 + (*s++ - '0'), digits++;
	return digits && !*s ? n : -1;
}

/* 副组长, 常务副组长 are deputies, 组长 and 主任 chair, the rest are members. */
static json_t *group_for(const char *role, json_t *chair, json_t *vice, json_t *members)
{
	if (wp_str_find(role, "副"))
		return vice;
	if (wp_str_ends(role, "组长") || wp_str_ends(role, "主任"))
		return chair;
	return members;
}

/* The header at paragraph i: its columns into col; 0 unless it has a
 * number, a name and a role column. */
static size_t header_at(struct reader *r, size_t i, enum column *col)
{
	size_t n = 0;
	bool name = false, role = false;
	while (i + n < r->t.n && n < MAX_COLUMNS && wp_notice_step(r, 1) &&
	       (col[n] = column_of(r->t.para[i + n])) != COL_NONE) {
		name = name || col[n] == COL_NAME;
		role = role || col[n] == COL_ROLE;
		n++;
	}
	return n >= 3 && col[0] == COL_NO && name && role ? n : 0;
}

/* The rows under the header that ends before paragraph body. */
static size_t read_rows(struct reader *r, size_t body, const enum column *col, size_t ncols, json_t *chair,
			json_t *vice, json_t *members)
{
	size_t rows = 0;
	for (size_t i = body; i + ncols <= r->t.n && wp_notice_step(r, ncols); i += ncols) {
		if (number_of(r->t.para[i]) != (int)rows + 1)
			break;
		const char *name = NULL, *post = "", *role = NULL;
		for (size_t c = 1; c < ncols; c++) {
			const char *cell = r->t.para[i + c];
			if (col[c] == COL_NAME)
				name = cell;
			else if (col[c] == COL_POST)
				post = cell;
			else if (col[c] == COL_ROLE)
				role = cell;
		}
		if (!name || !role || number_of(name) >= 0)
			break;
		char *bare = wp_str_nospace(name);
		wp_buf person = WP_BUF_INIT;
		wp_buf_printf(&person, "%s%s", post, bare);
		json_array_append_new(group_for(role, chair, vice, members), json_string(wp_buf_str(&person)));
		wp_buf_free(&person);
		free(bare);
		rows++;
	}
	return rows;
}

size_t wp_notice_committee_table(struct reader *r, json_t *chair, json_t *vice, json_t *members)
{
	enum column col[MAX_COLUMNS];
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		size_t ncols = header_at(r, i, col);
		if (!ncols)
			continue;
		size_t rows = read_rows(r, i + ncols, col, ncols, chair, vice, members);
		if (rows)
			return rows;
	}
	return 0;
}

/* One 姓名（职务） entry [p, end): the name (its spaces dropped) and the
 * bracket as written, appended to to; false when it is not one. */
static bool bracketed_person(const char *p, const char *end, json_t *to)
{
	const char *open = wp_notice_find_near(p, "（", 24);
	if (!open || open >= end || !wp_str_ends_at(p, end, "）"))
		return false;
	wp_buf b = WP_BUF_INIT;
	for (const char *q = p; q < open; q += wp_str_char_len(q))
		if (*q != ' ' && !wp_str_starts(q, "\xe3\x80\x80"))
			wp_buf_append(&b, q, wp_str_char_len(q));
	int w = wp_text_width(wp_buf_str(&b));
	bool ok = w >= 4 && w <= 8;
	if (ok) {
		wp_buf_append(&b, open, (size_t)(end - open));
		json_array_append_new(to, json_string(wp_buf_str(&b)));
	}
	wp_buf_free(&b);
	return ok;
}

bool wp_notice_bracketed_persons(const char *s, json_t *to)
{
	json_t *found = json_array();
	const char *p = s;
	bool ok = true;
	size_t n = 0;
	while (ok && *p) {
		const char *close = wp_str_find(p, "）");
		if (!close) {
			/* 及各年级组长: the others after the persons, as written */
			const char *rest = p;
			if (!wp_str_skip(&rest, "及"))
				wp_str_skip(&rest, "和");
			ok = n > 0 && rest > p && *rest && wp_text_width(rest) <= 24;
			if (ok)
				json_array_append_new(found, json_string(rest));
			break;
		}
		const char *end = close + strlen("）");
		ok = bracketed_person(p, end, found);
		n++;
		p = end;
		while (wp_str_skip(&p, "\xe3\x80\x80") || wp_str_skip(&p, " ") || wp_str_skip(&p, "、"))
			;
	}
	ok = ok && n >= 2;
	if (ok)
		json_array_extend(to, found);
	json_decref(found);
	return ok;
}
