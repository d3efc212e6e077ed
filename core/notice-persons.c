/* notice-persons.c - a committee's persons as its label lines write
 * them post first: 党委书记、院长　郑立新, several to a line apart by runs
 * of U+3000 (党委副书记　韩冬梅　　副院长　林振宇). notice-committee.c
 * decides which line holds which role. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* 组  长：县卫生健康局党组书记、局长　罗建新: one person, posts (which may
 * hold a 、) then a gap then the name; the person written post then name
 * without the gap (caller frees), or NULL when s is no such person. */
static char *post_then_name(const char *s)
{
	static const char wide[] = "\xe3\x80\x80";
	const char *gap = NULL;
	for (const char *w = wp_str_find(s, wide); w; w = wp_str_find(w + strlen(wide), wide))
		gap = w;
	if (!gap || gap == s)
		return NULL;
	const char *name = gap + strlen(wide);
	/* 县民政局副局长　罗　斌: a two-character name spaced out to the
	 * width of three; the gap before its first character ends the post */
	wp_buf spaced = WP_BUF_INIT;
	const char *first = gap - 3;
	if (wp_text_width(name) == 2 && gap - s > 6 && wp_str_starts(gap - 6, wide) &&
	    wp_str_char_len(first) == 3 && (unsigned char)*first >= 0x80) {
		wp_buf_append(&spaced, first, 3);
		wp_buf_puts(&spaced, name);
		name = wp_buf_str(&spaced);
		gap -= 6;
	}
	int w = wp_text_width(name);
	char *post = wp_str_sub(s, (size_t)(gap - s));
	while (wp_str_ends(post, wide))
		post[strlen(post) - strlen(wide)] = '\0';
	bool is_post = false;
	for (const char *const *p = wp_words(WP_WORDS_POST); *p && !is_post; p++)
		is_post = wp_str_ends(post, *p);
	char *out = NULL;
	if (is_post && w >= 4 && w <= 8 && (unsigned char)*name >= 0x80 && !wp_notice_unit_like(name) &&
	    !wp_str_find(name, "、")) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s%s", post, name);
		out = wp_buf_take(&b);
	}
	free(post);
	wp_buf_free(&spaced);
	return out;
}

/* Does s hold one gap (a run of U+3000s) and no other? */
static bool one_gap(const char *s)
{
	const char *gap = wp_str_find(s, "\xe3\x80\x80");
	while (gap && wp_str_skip(&gap, "\xe3\x80\x80"))
		;
	return gap && !wp_str_find(gap, "\xe3\x80\x80");
}

/* Are s's only gaps the two of a name spaced out at its end (副局长　罗　斌)? */
static bool spaced_name_last(const char *s)
{
	static const char wide[] = "\xe3\x80\x80";
	const char *first = wp_str_find(s, wide);
	if (!first || first == s)
		return false;
	const char *middle = first + strlen(wide);
	const char *second = middle + wp_str_char_len(middle);
	if (!wp_str_starts(second, wide) || wp_str_starts(middle, wide))
		return false;
	const char *last = second + strlen(wide);
	return *last && !wp_str_find(last, wide) && strlen(last) == wp_str_char_len(last);
}

static bool posts_then_names(const char *s, json_t *to);

/* 组  长：街道党工委副书记、办事处主任  巴特尔 / (indent) 昭君路社区卫生服务
 * 中心主任  李建军: a line typed with ASCII spaces puts two where a wide
 * gap (U+3000) stands, as 刘  丹 spaces out a name: each pair is read as
 * one, the indent dropped. */
bool wp_notice_posts_then_names(const char *s, json_t *to)
{
	if (wp_str_find(s, "\xe3\x80\x80") || !wp_str_find(s, "  "))
		return posts_then_names(s, to);
	wp_buf wide = WP_BUF_INIT;
	const char *p = s;
	while (*p == ' ') /* the indent of a line under the label's */
		p++;
	while (*p) {
		if (p[0] == ' ' && p[1] == ' ') {
			wp_buf_puts(&wide, "\xe3\x80\x80");
			p += 2;
		} else {
			size_t n = wp_str_char_len(p);
			wp_buf_append(&wide, p, n);
			p += n;
		}
	}
	bool read = posts_then_names(wp_buf_str(&wide), to);
	wp_buf_free(&wide);
	return read;
}

/* The person of part, post then name, or NULL: one gap (院长　　郑立新) or
 * a name spaced out at its end (副局长　罗　斌). Caller frees. */
static char *one_person(const char *part)
{
	return one_gap(part) || spaced_name_last(part) ? post_then_name(part) : NULL;
}

bool wp_notice_each_part(const char *s, char *(*part_of)(const char *), size_t min, json_t *to)
{
	static const char *const dun[] = {"、", NULL};
	json_t *found = json_array();
	bool all = true;
	for (const char *p = s; *p && all;) {
		size_t n = wp_str_span_upto(p, dun);
		char *part = wp_str_sub(p, n);
		char *read = part_of(part);
		all = read != NULL;
		if (read)
			json_array_append_new(found, json_string(read));
		free(read);
		free(part);
		p += n;
		wp_str_skip(&p, "、");
	}
	all = all && json_array_size(found) >= min && json_array_size(found) > 0;
	if (all)
		json_array_extend(to, found);
	json_decref(found);
	return all;
}

/* s a list of persons apart by 、, each one_person: appended to to. */
static bool persons_apart_by_dun(const char *s, json_t *to)
{
	return wp_notice_each_part(s, one_person, 2, to);
}

/* 各年级组长, 各班主任: a post held by many, named by none (each group's, or
 * ending with a post), as a copy; NULL for anything else. */
static char *unnamed_post(const char *part)
{
	bool post = *part && wp_text_width(part) <= 20 &&
		    (wp_str_starts(part, "各") || wp_word_ends(part, WP_WORDS_POST));
	return post ? wp_xstrdup(part) : NULL;
}

static bool posts_then_names(const char *s, json_t *to)
{
	/* 院长　　郑立新: one person, whose gap may be a run; 副局长　罗　斌:
	 * one whose name is spaced out */
	char *one = one_person(s);
	if (one) {
		json_array_append_new(to, json_string(one));
		free(one);
		return true;
	}
	/* 副院长　陈　静、副院长　吴志坚: persons apart by 、, each a post, a
	 * gap and a name (党组书记、局长　蒙丽华 is one: 党组书记 has no name) */
	if (wp_str_find(s, "、") && persons_apart_by_dun(s, to))
		return true;
	static const char *const run[] = {"\xe3\x80\x80\xe3\x80\x80", NULL};
	json_t *found = json_array();
	bool all = *s != '\0';
	for (const char *p = s; *p && all;) {
		size_t n = wp_str_span_upto(p, run);
		char *part = wp_str_sub(p, n);
		/* one gap a person: 科长　黄少锋、副局长　覃　亮 is a list; 总务处
		 * 主任　王　宏 one whose name is spaced out */
		char *person = one_gap(part) || spaced_name_last(part) ? post_then_name(part) : NULL;
		all = person != NULL;
		if (person)
			json_array_append_new(found, json_string(person));
		/* 团委书记　赵丽娟　　各年级组长、各班主任: the list ends with
		 * those who are members by their post, no name, after a person */
		else if (!p[n] && json_array_size(found) && !wp_str_find(part, "\xe3\x80\x80"))
			all = wp_notice_each_part(part, unnamed_post, 1, found);
		free(person);
		free(part);
		p += n;
		while (wp_str_skip(&p, "\xe3\x80\x80"))
			;
	}
	if (all)
		json_array_extend(to, found);
	json_decref(found);
	return all;
}
