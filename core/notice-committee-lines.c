/* notice-committee-lines.c - the committee's persons a line each, as
 * its label lines write them: 组　长：刘振东　省公安厅党委副书记 (name, gap,
 * post) and the lines under it, a row of a table flattened to text
 * (组  长  王一鸣  县人民政府副县长), 王骁（县委宣传部常务副部长）, a post and
 * a name apart by spaces typed where others put U+3000. Kept apart from
 * notice-committee.c, which finds the roles and the office and puts the
 * committee together. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* 王骁（县委宣传部常务副部长）: a person and a post. */
static bool person_entry(const char *q)
{
	const char *open = wp_str_find(q, "（");
	if (!open || !wp_str_ends(q, "）"))
		return false;
	char *name = wp_str_sub(q, (size_t)(open - q));
	int width = wp_text_width(name);
	free(name);
	return width >= 4 && width <= 8;
}

/* The bytes of a gap between a person's name and post at p: U+3000s or
 * two spaces and more; 0 for none. */
static size_t name_gap(const char *p)
{
	size_t n = 0;
	while (wp_str_starts(p + n, "\xe3\x80\x80") || (p[n] == ' ' && (n || p[1] == ' ' || p[1] == '\0')))
		n += p[n] == ' ' ? 1 : 3;
	return n;
}

/* 刘振东　省公安厅党委副书记、常务副厅长 (a name, a wide gap, a post; a
 * two-character name may be spaced out to three, 马　骏): the person as
 * 刘振东（省公安厅党委副书记、常务副厅长）, name first as written. NULL when
 * s is no such line. Caller frees. */
static char *spaced_person(const char *s)
{
	wp_buf name = WP_BUF_INIT;
	const char *p = s;
	size_t gap;
	while (*p && !(gap = name_gap(p)) && name.len < 16) {
		wp_buf_append(&name, p, wp_str_char_len(p));
		p += wp_str_char_len(p);
	}
	/* 马　骏: one character, a gap, one character, a gap */
	if (*p && gap && wp_text_width(wp_buf_str(&name)) == 2 && p[gap] && name_gap(p + gap + wp_str_char_len(p + gap))) {
		p += gap;
		wp_buf_append(&name, p, wp_str_char_len(p));
		p += wp_str_char_len(p);
		gap = name_gap(p);
	}
	int w = wp_text_width(wp_buf_str(&name));
	const char *post = p + (*p ? gap : 0);
	/* 院长　张伟民: the post written first, a name after it; the other
	 * readers take it (post then name) */
	if (wp_word_ends(wp_buf_str(&name), WP_WORDS_POST) && !wp_word_ends(post, WP_WORDS_POST)) {
		wp_buf_free(&name);
		return NULL;
	}
	static const char *const not_a_post[] = {"，", "。", "：", "（", NULL};
	char *out = NULL;
	if (*p && w >= 4 && w <= 8 && *post && wp_str_span_upto(post, not_a_post) == strlen(post) &&
	    !wp_notice_unit_like(wp_buf_str(&name))) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s（%s）", wp_buf_str(&name), post);
		out = wp_buf_take(&b);
	}
	wp_buf_free(&name);
	return out;
}

/* A row of a committee table of persons, TAB-separated as copied from
 * Word (组  长  王一鸣  县人民政府副县长): the role (its characters may be
 * spaced out), the name, the post. The person is written post then name,
 * as the label lines give them; NULL when the line is no such row.
 * Caller frees. */
static char *person_row_of(const char *p, enum wp_committee_role *role)
{
	/* the role with its spaces squeezed out, then a run of spaces */
	wp_buf label = WP_BUF_INIT;
	const char *q = p;
	while (*q && label.len < 24) {
		if (*q == ' ') {
			q++;
			continue;
		}
		size_t n;
		if (wp_committee_label_at(wp_buf_str(&label), &n) != WP_COMMITTEE_NONE &&
		    n == label.len && wp_str_starts(q - 1, " ") && q[-2] == ' ')
			break;
		wp_buf_append(&label, q, wp_str_char_len(q));
		q += wp_str_char_len(q);
	}
	size_t n;
	*role = wp_committee_label_at(wp_buf_str(&label), &n);
	bool whole = *role != WP_COMMITTEE_NONE && n == label.len && q > p && q[-1] == ' ';
	wp_buf_free(&label);
	if (!whole)
		return NULL;
	static const char *const gap[] = {"  ", NULL};
	size_t name_len = wp_str_span_upto(q, gap);
	const char *post = q + name_len;
	while (*post == ' ')
		post++;
	/* 韩  立: a two-character name spaced out to the width of three */
	size_t second_len = 0;
	const char *second = post;
	if (name_len == wp_str_char_len(q) && (unsigned char)*q >= 0x80 && *post &&
	    wp_str_span_upto(post, gap) == wp_str_char_len(post) && post[wp_str_char_len(post)] == ' ') {
		second_len = wp_str_char_len(post);
		post += second_len;
		while (*post == ' ')
			post++;
	}
	int name_w = wp_text_width_n(q, name_len) + (second_len ? 2 : 0);
	if (name_w < 4 || name_w > 8 || wp_str_find(q, "：") || wp_str_find(q, "，"))
		return NULL;
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, post);
	wp_buf_append(&b, q, name_len);
	if (second_len)
		wp_buf_append(&b, second, second_len);
	return wp_buf_take(&b);
}

/* person_row_of, for a row as a table flattened to text writes it, its
 * cells apart by U+3000 (主　任　许文涛　市总工会党组书记): each U+3000 is
 * read as the two spaces a cell gap is in a row copied from Word. */
char *wp_notice_person_row(const char *p, enum wp_committee_role *role)
{
	*role = WP_COMMITTEE_NONE;
	if (!wp_str_find(p, "\xe3\x80\x80"))
		return person_row_of(p, role);
	wp_buf wide = WP_BUF_INIT;
	for (const char *q = p; *q; q += wp_str_char_len(q))
		if (wp_str_starts(q, "\xe3\x80\x80"))
			wp_buf_puts(&wide, "  ");
		else
			wp_buf_append(&wide, q, wp_str_char_len(q));
	char *row = person_row_of(wp_buf_str(&wide), role);
	wp_buf_free(&wide);
	return row;
}

/* 副组长：韩立新　省公安厅党委委员、副厅长 / 　　　　金美善　省公安厅刑事侦查
 * 局局长: persons a line each, name then post, under the role at paragraph
 * i (or from the next line, when the role's line holds nothing more);
 * false (nothing read) when its first line holds no such person. */
bool wp_notice_spaced_persons(struct reader *r, size_t i, enum wp_committee_role role, json_t *chair,
				json_t *vice, json_t *members)
{
	json_t *to = role == WP_COMMITTEE_CHAIR ? chair : role == WP_COMMITTEE_VICE ? vice : members;
	const char *colon = wp_str_find(r->t.para[i], "：");
	if (!colon)
		return false;
	const char *rest = colon + strlen("：");
	while (*rest == ' ' || wp_str_starts(rest, "\xe3\x80\x80"))
		rest += *rest == ' ' ? 1 : 3;
	/* 成  员（按姓氏笔画排序）： alone on its line, the persons under it */
	size_t first = *rest ? i : i + 1;
	char *person;
	size_t j;
	for (j = first; j < r->t.n && (j == i || r->outline.para[j].committee == WP_COMMITTEE_NONE) &&
			wp_notice_step(r, 1) && (person = spaced_person(j == i ? rest : r->t.para[j]));
	     j++) {
		json_array_append_new(to, json_string(person));
		free(person);
	}
	return j > first;
}

/* 县民政局副局长　罗　斌 under 副组长：…　陈秋燕: a person written post
 * first, the list going on a line each. */
static bool post_first_person(const char *line)
{
	json_t *one = json_array();
	bool is = wp_notice_posts_then_names(line, one) && json_array_size(one) == 1;
	json_decref(one);
	return is;
}

/* 　　　　县科技局局长张　军 under 副主任：县科协主席刘建波: the next person of
 * the list, post and name glued as on the label's line. */
static bool glued_person(const char *line)
{
	json_t *one = json_array();
	bool is = wp_notice_glued_persons(line, one) && json_array_size(one) == 1;
	json_decref(one);
	return is;
}

/* 副组长：委宣传处处长  林晓雯 / 　　镇卫生院院长  韩  雪: a list typed with
 * runs of spaces where others put U+3000 (or a tab, which the decoder
 * made two spaces) between post and name. The line without its indent,
 * each run of two spaces or more one U+3000, as the person readers take
 * it. Caller frees. */
char *wp_notice_wide_gaps(const char *line)
{
	wp_buf b = WP_BUF_INIT;
	const char *p = line;
	while (*p == ' ' || wp_str_starts(p, "\xe3\x80\x80"))
		p += *p == ' ' ? 1 : 3;
	while (*p) {
		size_t run = strspn(p, " ");
		/* 副司令员 郑  凯: one space between Chinese is a gap too */
		bool between = run == 1 && b.len && (unsigned char)b.data[b.len - 1] >= 0x80 &&
			       (unsigned char)p[1] >= 0x80;
		if (run >= 2 || between) {
			wp_buf_puts(&b, "\xe3\x80\x80");
			p += run;
		} else {
			wp_buf_append(&b, p, wp_str_char_len(p));
			p += wp_str_char_len(p);
		}
	}
	return wp_buf_take(&b);
}

bool wp_notice_person_line(const char *line)
{
	return person_entry(line) || post_first_person(line) || glued_person(line);
}
