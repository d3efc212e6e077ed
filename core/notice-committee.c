/* notice-committee.c - a notice's organising committee: its chair,
 * members and office (组委会, 领导小组, 联席会议). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* Drops from units each name of a unit listed before it: a notice may set
 * up its office twice (in the text and again in the annex) or name a
 * member twice, and a unit holds a role once. Each comparison is a step
 * of the reader's budget. */
static void drop_repeated_units(struct reader *r, json_t *units)
{
	for (size_t i = 1; i < json_array_size(units);) {
		bool seen = false;
		for (size_t j = 0; j < i && !seen && wp_notice_step(r, 1); j++)
			seen = wp_notice_same_unit(r, json_string_value(json_array_get(units, j)),
						   json_string_value(json_array_get(units, i)));
		if (seen)
			json_array_remove(units, i);
		else
			i++;
	}
}

/* The text between the first of the openers before at and at, in s:
 * (成立以)X(为组长), (由)X(任组长), (组长由)X(担任). Copy or NULL. */
static char *between(const char *s, const char *open, const char *close, size_t window)
{
	const char *o = wp_str_find(s, open);
	const char *c = o ? wp_notice_find_near(o + strlen(open), close, window) : NULL;
	if (!c)
		return NULL;
	const char *from = o + strlen(open);
	/* 由县政府副县长丁骁任组长，县发改局局长李一鸣任常务副组长: the last
	 * clause before close */
	for (const char *q = wp_str_find(from, "，"); q && q < c; q = wp_str_find(q + strlen("，"), "，"))
		from = q + strlen("，");
	return c > from ? wp_str_sub(from, (size_t)(c - from)) : NULL;
}

/* A list of members, without what the units send (A、B等单位分管负责人,
 * 总务处负责人). */
static void split_members(const char *list, json_t *to)
{
	json_t *names = json_array();
	wp_notice_split_units(list, names);
	size_t i;
	json_t *v;
	json_array_foreach(names, i, v) {
		char *name = wp_str_trim_end(json_string_value(v), wp_words(WP_WORDS_MEMBER_TAIL));
		/* 各乡镇卫生院的分管负责同志: the unit, without the 的 before whom
		 * it sends (not 各乡镇分管安全生产工作的: no unit before it) */
		size_t n = strlen(name), de = strlen("的");
		if (n > de && strcmp(name + n - de, "的") == 0) {
			name[n - de] = '\0';
			if (!wp_notice_unit_like(name))
				name[n - de] = *"的";
		}
		/* 镇市场监管所和各村（社区）: two units, when both sides are one
		 * (市科学技术和信息化局 is one) */
		char *and = (char *)wp_str_find(name, "和");
		if (and && and > name) {
			*and = '\0';
			const char *second = and + strlen("和");
			if (wp_notice_unit_like(name) && wp_notice_unit_like(second)) {
				json_array_append_new(to, json_string(name));
				json_array_append_new(to, json_string(second));
				free(name);
				continue;
			}
			memcpy(and, "和", strlen("和"));
		}
		if (*name)
			json_array_append_new(to, json_string(name));
		free(name);
	}
	json_decref(names);
}

/* 成员由A、B、C等单位分管负责人组成: the members. */
static void prose_members(const char *s, json_t *members)
{
	char *list = between(s, "成员由", "组成", 600);
	if (!list) /* …，A、B为成员单位 / …，A、B分管负责同志为成员 */
		list = between(s, "，", "为成员单位", 600);
	if (!list)
		list = between(s, "，", "为成员", 600);
	if (!list) /* …主要负责同志为专班成员 */
		list = between(s, "，", "为专班成员", 600);
	/* 成员为A、B和C负责人，专班办公室设在…: the list ends its clause, or
	 * (成员单位为A、B和C。) its sentence */
	for (const char *const *w = wp_words(WP_WORDS_MEMBERS_ARE); *w && !list; w++) {
		const char *at = wp_str_find(s, *w);
		const char *comma = at ? wp_str_find(at, "，") : NULL, *stop = at ? wp_str_find(at, "。") : NULL;
		list = between(s, *w, comma && (!stop || comma < stop) ? "，" : "。", 600);
	}
	if (list)
		split_members(list, members);
	free(list);
}

/* s with every % replaced by role (at most two): a pattern of the
 * prose below. Caller frees. */
static char *with_role(const char *pattern, const char *role)
{
	wp_buf b = WP_BUF_INIT;
	for (const char *p = pattern; *p; p++)
		if (*p == '%')
			wp_buf_puts(&b, role);
		else
			wp_buf_putc(&b, *p);
	return wp_buf_take(&b);
}

/* between() with open and close patterns of role, without the 同志 of
 * 由X同志任组长 (X is the person). Copy or NULL. */
static char *between_role(const char *s, const char *open, const char *close, const char *role,
			  size_t window)
{
	char *o = with_role(open, role), *c = with_role(close, role);
	char *x = between(s, o, c, window);
	free(o);
	free(c);
	if (x && wp_str_ends(x, "同志") && strlen(x) > strlen("同志"))
		x[strlen(x) - strlen("同志")] = '\0';
	return x;
}

/* The lines after the chair's that may hold the other roles (副组长由…,
 * 成员由…): one each. */
#define ROLE_LINES 2

/* 、Y为副组长, 副组长由Y担任: the deputies of the chair called role in the
 * prose p, into vice. */
static void deputies_in_prose(const char *p, const char *role, json_t *vice)
{
	for (const struct wp_role_clause *k = wp_committee_clauses(WP_COMMITTEE_VICE);
	     k->open && !json_array_size(vice); k++) {
		char *y = between_role(p, k->open, k->close, role, 200);
		/* 由X任组长、Y任副组长: the deputy follows the chair's clause,
		 * which ends with the role and a 、 or ，(县人民政府办公室副主任
		 * 严春梅 holds 主任 in a post: no clause ends there) */
		const char *after = y;
		for (const char *c = y ? wp_str_find(y, role) : NULL; c; c = wp_str_find(c + strlen(role), role))
			if (wp_str_starts(c + strlen(role), "、") || wp_str_starts(c + strlen(role), "，"))
				after = c + strlen(role);
		if (y && after != y) {
			if (!wp_str_skip(&after, "、"))
				wp_str_skip(&after, "，");
			memmove(y, after, strlen(after) + 1);
		}
		if (y && *y && wp_text_width(y) <= 120)
			wp_notice_split_persons(y, vice);
		free(y);
	}
}

/* X任专班负责人，A，B任副组长: a head called otherwise (role) has
 * deputies called as a group's, each a clause of its own between the
 * head's clause and their role (deputy, when given: 任副主任). */
static void deputies_after_head(const char *p, const char *role, const char *deputy, json_t *vice)
{
	char *open = with_role("任%，", role);
	/* not between(): every clause up to the role, not the last one */
	const char *o = wp_str_find(p, open);
	const char *from = o ? o + strlen(open) : NULL;
	size_t deputy_len;
	const char *c = !from ? NULL
		      : deputy ? wp_notice_find_near(from, deputy, 200)
			       : wp_word_find_near(from, WP_WORDS_GROUP_DEPUTY, 200, &deputy_len);
	char *y = c && c > from ? wp_str_sub(from, (size_t)(c - from)) : NULL;
	free(open);
	for (char *part = y, *next; part && *part && wp_text_width(y) <= 120; part = next) {
		char *comma = (char *)wp_str_find(part, "，");
		next = comma ? comma + strlen("，") : part + strlen(part);
		if (comma)
			*comma = '\0';
		wp_notice_split_persons(part, vice);
	}
	free(y);
}

/* 王立新任常务副组长, 陈刚兼任办公室主任: a clause giving its person a
 * role of their own (任, not the 任 of a post: 主任, 副主任) */
static bool takes_a_role(const char *s)
{
	for (const char *q = wp_str_find(s, "任"); q; q = wp_str_find(q + strlen("任"), "任"))
		if (!wp_str_ends_at(s, q, "主"))
			return true;
	return false;
}

/* 由县委常委、政法委书记邵振华任组长，县人民政府副县长冯丽娟，县司法局党组
 * 书记、局长田志刚任副组长: deputies apart by ， (a 、 inside a post), each
 * clause between the chair's and their role a person with a post; they
 * replace the last clause alone, read as the one deputy. */
static void each_clause_a_deputy(const char *p, const char *role, json_t *vice)
{
	json_t *all = json_array();
	char *deputy = with_role("任副%", role); /* 任副组长, 任副主任 */
	deputies_after_head(p, role, deputy, all);
	free(deputy);
	bool posts = json_array_size(all) > json_array_size(vice);
	size_t i, len;
	json_t *v;
	/* each a person: a post, and no deed or role of its own (县委办主任负责
	 *日常协调工作, 王立新任常务副组长, 陈刚任办公室主任) */
	json_array_foreach(all, i, v) {
		const char *s = json_string_value(v);
		posts = posts && wp_word_find(s, WP_WORDS_POST, &len) && !takes_a_role(s) && !wp_str_find(s, "负责");
	}
	if (posts) {
		json_array_clear(vice);
		json_array_extend(vice, all);
	}
	json_decref(all);
}

/* 区科协主席孟庆华、区科技局局长赵文博: two chairs, each a person; but
 * 县委副书记、县长 (posts, no name) or 县委宣传部、县公安局主要负责同志 (the
 * units' heads) are one, as written. */
static void add_chairs(const char *x, json_t *chair)
{
	json_t *persons = json_array();
	wp_notice_split_persons(x, persons);
	bool each_named = json_array_size(persons) > 1;
	size_t i;
	json_t *v;
	json_array_foreach(persons, i, v) {
		const char *p = json_string_value(v);
		each_named = each_named && !wp_word_ends(p, WP_WORDS_POST) && !wp_notice_unit_like(p) &&
			     !wp_word_ends(p, WP_WORDS_UNNAMED_PERSON);
	}
	if (each_named)
		json_array_extend(chair, persons);
	else
		json_array_append_new(chair, json_string(x));
	json_decref(persons);
}

/* The committee in prose whose chair is called role (组长, 主任). */
static void committee_in_prose_as(struct reader *r, const char *role, json_t *chair, json_t *vice,
				  json_t *members)
{
	char *deputy = with_role("副%", role), *named_deputy = with_role("任副%", role);
	for (size_t i = 0; i < r->t.n && !json_array_size(chair) && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		if (!wp_str_find(p, role) && !wp_str_find(p, "主任单位"))
			continue;
		for (const struct wp_role_clause *k = wp_committee_clauses(WP_COMMITTEE_CHAIR);
		     k->open && !json_array_size(chair); k++) {
			char *x = between_role(p, k->open, k->close, role, 120);
			/* 管委会副主任周启航 may hold 副主任 as its post, not as a
			 * deputy's clause (任副主任) */
			const char *not_in_x = strcmp(role, "组长") == 0 ? deputy : named_deputy;
			/* 由区科协主席孟庆华、区科技局局长赵文博任组长: two chairs;
			 * 县委常委、宣传部部长黄子墨: one, a post alone joining
			 * the name after it */
			if (x && wp_text_width(x) <= 60 && !wp_str_find(x, not_in_x))
				add_chairs(x, chair);
			free(x);
		}
		if (!json_array_size(chair))
			continue;
		/* 工作专班组长由X同志担任； / 副组长由Y同志、Z同志担任； / 成员由A、B
		 * 分管负责同志组成。: a role a line, the deputies and members on
		 * the lines after the chair's, up to the next heading */
		for (size_t j = i; j < r->t.n && j <= i + ROLE_LINES && wp_notice_step(r, 1); j++) {
			int n;
			if (j > i && (wp_outline_top(&r->outline, j, &n) || wp_outline_item(&r->outline, j, &n)))
				break;
			if (!json_array_size(vice)) {
				deputies_in_prose(r->t.para[j], role, vice);
				each_clause_a_deputy(r->t.para[j], role, vice);
			}
			/* X任专班负责人，Y任副组长: a head called otherwise
			 * has deputies called as a group's (for a 组长 the
			 * clauses deputies_in_prose reads) */
			if (!json_array_size(vice))
				deputies_after_head(r->t.para[j], role, NULL, vice);
			if (!json_array_size(members))
				prose_members(r->t.para[j], members);
		}
		wp_notice_deputies_in_chairs_unit(chair, vice);
	}
	free(deputy);
	free(named_deputy);
}

/* 由党工委副书记刘建平同志任组长: 同志 is how the text addresses the
 * person, not part of the name or post, and a wide space inside a name
 * only spaces it out; dropped from each of persons. */
static void without_tongzhi(json_t *persons)
{
	size_t i;
	json_t *v;
	json_array_foreach(persons, i, v) {
		const char *x = json_string_value(v);
		if (wp_str_ends(x, "同志") && strlen(x) > strlen("同志")) {
			char *cut = wp_str_sub(x, strlen(x) - strlen("同志"));
			json_string_set(v, cut);
			free(cut);
		}
		/* 处长周　敏: a two-character name spaced out to the width of
		 * three, its last character alone after the wide space */
		x = json_string_value(v);
		const char *gap = wp_str_find(x, "\xe3\x80\x80");
		const char *last = gap ? gap + strlen("\xe3\x80\x80") : NULL;
		if (gap && gap > x && (unsigned char)*last >= 0x80 && !last[wp_str_char_len(last)]) {
			char *joined = wp_str_sub(x, (size_t)(gap - x));
			char *whole = wp_xrealloc(joined, strlen(joined) + strlen(last) + 1);
			strcat(whole, last);
			json_string_set(v, whole);
			free(whole);
		}
	}
}

/* A committee written in prose: 成立以X为组长、Y为副组长的领导小组, 由X任组长,
 * 组长由X担任, X为主任单位; 成员由A、B…组成; a 组委会 has a 主任 and 副主任
 * in the same words (由X任主任，Y任副主任). The chair is one (its post may
 * hold a 、), then its deputies and members. */
static void committee_in_prose(struct reader *r, json_t *chair, json_t *vice, json_t *members)
{
	committee_in_prose_as(r, "组长", chair, vice, members);
	if (!json_array_size(chair))
		committee_in_prose_as(r, "主任", chair, vice, members);
	/* 由局党组成员、副局长沈卫国任专班负责人: a task force's head chairs it */
	if (!json_array_size(chair))
		committee_in_prose_as(r, "专班负责人", chair, vice, members);
}

/* 由县委常委、宣传部部长黄子墨同志召集: who convenes a joint meeting chairs
 * it (召集人由X担任 is read by the convener words). */
static void convened_by(const char *p, json_t *chair)
{
	char *x = between(p, "由", "召集", 120);
	const char *at = x ? wp_str_find(p, x) : NULL;
	if (x && at && !wp_str_starts(at + strlen(x), "召集人")) {
		if (*x && wp_text_width(x) <= 60)
			json_array_append_new(chair, json_string(x));
	}
	free(x);
}

/* 联席会议召集人由X担任，副召集人由Y、Z担任: a joint meeting's chair
 * (its post may hold a 、) and deputies, written post then name as the
 * text has them; then its members. */
static void conveners_in_prose(struct reader *r, json_t *chair, json_t *vice, json_t *members)
{
	for (size_t i = 0; i < r->t.n && !json_array_size(chair) && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		for (const char *const *w = wp_words(WP_WORDS_CONVENER); *w && !json_array_size(chair); w++) {
			wp_buf open = WP_BUF_INIT;
			wp_buf_printf(&open, "%s由", *w);
			const char *at = wp_str_find(p, wp_buf_str(&open));
			while (at && wp_str_ends_at(p, at, "副"))
				at = wp_str_find(at + open.len, wp_buf_str(&open));
			char *x = at ? between(at, wp_buf_str(&open), "担任", 120) : NULL;
			if (x && wp_text_width(x) <= 60)
				json_array_append_new(chair, json_string(x));
			free(x);
			wp_buf_reset(&open);
			wp_buf_printf(&open, "副%s由", *w);
			char *y = json_array_size(chair) ? between(p, wp_buf_str(&open), "担任", 200) : NULL;
			if (y && wp_text_width(y) <= 120)
				wp_notice_split_persons(y, vice);
			free(y);
			wp_buf_free(&open);
		}
		if (!json_array_size(chair))
			convened_by(p, chair);
		if (json_array_size(chair))
			prose_members(p, members);
	}
}

/* A line of a role's list: one person, posts then a gap then name (党组书记、
 * 局长　蒙丽华: 、 parts posts), else a list (A　甲、B　乙: a gap each). */
static void add_line_of_list(const char *line, json_t *to)
{
	if (!wp_notice_bracketed_persons(line, to) && !wp_notice_posts_then_names(line, to) &&
	    !wp_notice_glued_persons(line, to))
		split_members(line, to);
}

/* The lines after a role's label line at i that go on its list, of
 * units or of persons (王骁（县委宣传部常务副部长）), added to to; of
 * persons only when persons_only (a chair's list). */
static void list_goes_on(struct reader *r, size_t i, json_t *to, bool persons_only)
{
	const struct wp_outline *o = &r->outline;
	for (size_t j = i + 1; j < r->t.n && wp_notice_step(r, 1); j++) {
		char *q = wp_notice_wide_gaps(r->t.para[j]);
		int n;
		/* the role's list goes on a person a line: 县疾控中心主任龙光荣 too */
		bool person = wp_notice_person_line(q) || wp_notice_glued_one_person(q);
		bool goes_on = !(wp_str_find(q, "。") || wp_str_find(q, "：") || wp_outline_top(o, j, &n) ||
				 wp_outline_item(o, j, &n)) &&
			       (person || (!persons_only && (wp_str_find(q, "、") || wp_notice_unit_like(q))));
		if (goes_on)
			add_line_of_list(q, to);
		free(q);
		if (!goes_on)
			break;
	}
}

/* 专班日常工作由县疾控中心艾滋病防治科承担: a committee with no 办公室 has
 * its day-to-day work done by a unit, which serves as its office. Adds
 * the first such unit to office. */
static void office_by_daily_work(struct reader *r, json_t *office)
{
	static const char *const clause_end[] = {"，", "。", "；", NULL};
	for (size_t i = 0; i < r->t.n && json_array_size(office) == 0 && wp_notice_step(r, 1); i++) {
		size_t by_len;
		const char *by = wp_word_find(r->t.para[i], WP_WORDS_DAILY_WORK_BY, &by_len);
		if (!by)
			continue;
		char *clause = wp_notice_upto(by + by_len, clause_end);
		size_t len;
		const char *verb = wp_word_find(clause, WP_WORDS_DAILY_WORK_VERB, &len);
		if (verb && verb > clause && !verb[len]) {
			clause[verb - clause] = '\0';
			if (wp_notice_unit_like(clause))
				json_array_append_new(office, json_string(clause));
		}
		free(clause);
	}
}

/* 办公室设在县禁毒办，…: the unit the office sits in, up to stops (the
 * first of WP_WORDS_OFFICE_SEAT p holds), or NULL. Caller frees. */
static char *office_seat(const char *p, const char *const *stops)
{
	char *v = NULL;
	for (const char *const *w = wp_words(WP_WORDS_OFFICE_SEAT); *w && !v; w++)
		v = wp_notice_after(p, *w, stops);
	/* 医院感染管理科（以下简称“院感科”）: the name, not what it is called */
	if (v)
		wp_notice_drop_called(v);
	return v;
}

/* （一）综合协调组。组长：王秀英；成员单位：…: an item whose name (up to
 * its first 。 or ：) ends like a group's (WP_WORDS_WORK_GROUP). */
static bool names_a_group(const struct wp_outline *o, size_t i)
{
	int n;
	const char *title = wp_outline_item(o, i, &n);
	if (!title)
		return false;
	static const char *const ends[] = {"。", "：", NULL};
	char *name = wp_notice_upto(title, ends);
	bool group = false;
	for (const char *const *w = wp_words(WP_WORDS_WORK_GROUP); *w && !group; w++)
		group = wp_str_ends(name, *w);
	/* 领导小组 ends with 组 too, and is the committee itself */
	for (const char *const *b = wp_words(WP_WORDS_COMMITTEE_BODY); *b && group; b++)
		group = !wp_str_ends(name, *b);
	free(name);
	return group;
}

void wp_notice_read_committee(struct reader *r)
{
	json_t *chair = json_array(), *vice = json_array(), *members = json_array(), *office = json_array();
	static const char *const stops[] = {"。", "\n", NULL};
	const char *const *office_stops = wp_words(WP_WORDS_OFFICE_SEAT_END);
	const struct wp_outline *o = &r->outline;
	bool in_group = false;
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		char *v;
		/* 领导小组下设三个工作组：/ （一）综合协调组。组长：王秀英: once the
		 * committee's persons are read, an item naming a group opens a
		 * working group under it, whose 组长 and 成员单位 are its own,
		 * to the section's end */
		int top;
		size_t set_up;
		if (wp_outline_top(o, i, &top))
			in_group = false;
		else if (json_array_size(chair) + json_array_size(members) > 0 && names_a_group(o, i))
			in_group = true;
		/* 领导小组下设办公室，… / 主任：王华好: once the committee's persons
		 * are read, the office's head and staff below are no members */
		else if (json_array_size(chair) + json_array_size(members) > 0 &&
			 o->para[i].committee == WP_COMMITTEE_NONE && wp_word_find(p, WP_WORDS_OFFICE_SET_UP, &set_up))
			in_group = true;
		/* 主任单位 (组长单位 in a 领导小组) chairs; 副主任单位 and 成员单位 are
		 * members: the outline has the label line's role */
		enum wp_committee_role role = in_group ? WP_COMMITTEE_NONE : o->para[i].committee;
		if (role != WP_COMMITTEE_NONE && wp_notice_spaced_persons(r, i, role, chair, vice, members)) {
			/* 组　长：刘振东　省公安厅党委副书记 and the lines under it */
		} else if (role == WP_COMMITTEE_CHAIR && (v = wp_notice_after(p, "：", stops))) {
			char *wide = wp_notice_wide_gaps(v);
			bool persons = wp_notice_posts_then_names(wide, chair) || wp_notice_glued_persons(wide, chair);
			if (!persons)
				wp_notice_split_units(v, chair);
			free(wide);
			free(v);
			/* 组　长：党委书记　周建国 / 　　　　院长　钱立峰: two chairs */
			if (persons)
				list_goes_on(r, i, chair, true);
		} else if (role != WP_COMMITTEE_NONE && role != WP_COMMITTEE_CHAIR &&
			   (v = wp_notice_after(p, "：", stops))) {
			json_t *to = role == WP_COMMITTEE_VICE ? vice : members;
			char *wide = wp_notice_wide_gaps(v);
			add_line_of_list(wide, to);
			free(wide);
			free(v);
			list_goes_on(r, i, to, false);
		} else if (role == WP_COMMITTEE_NONE && !in_group && (v = wp_notice_person_row(p, &role))) {
			json_array_append_new(role == WP_COMMITTEE_CHAIR  ? chair
					      : role == WP_COMMITTEE_VICE ? vice
									  : members,
					      json_string(v));
			free(v);
		} else if ((v = office_seat(p, office_stops))) {
			/* 办公室设在县禁毒办: the office is that unit's work */
			json_array_append_new(office, json_string(v));
			free(v);
		} else if (wp_str_find(p, "下设办公室") && (v = wp_notice_after(p, "组委会在", (const char *const[]){"下设", NULL}))) {
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "%s（组委会办公室）", v);
			json_array_append_new(office, json_string(wp_buf_str(&b)));
			wp_buf_free(&b);
			free(v);
		}
	}
	if (json_array_size(chair) + json_array_size(members) == 0)
		wp_notice_committee_table(r, chair, vice, members);
	if (json_array_size(chair) + json_array_size(members) == 0)
		committee_in_prose(r, chair, vice, members);
	if (json_array_size(chair) + json_array_size(members) == 0)
		conveners_in_prose(r, chair, vice, members);
	if (json_array_size(chair) + json_array_size(members) == 0) {
		/* 依托X各成员单位，由Y牵头: the joint conference is the committee. */
		for (size_t i = 0; i < r->t.n && !json_array_size(chair) && wp_notice_step(r, 1); i++) {
			const char *p = r->t.para[i], *base = wp_str_find(p, "依托"), *lead;
			if (!base || !(lead = wp_notice_find_near(base, "由", 300)) ||
			    !wp_notice_find_near(lead, "牵头", 90))
				continue;
			static const char *const clause_end[] = {"，", "。", NULL};
			char *x = wp_notice_upto(base + strlen("依托"), clause_end);
			lead += strlen("由");
			char *y = wp_str_sub(lead, (size_t)(wp_notice_find_near(lead, "牵头", 90) - lead));
			if (wp_notice_unit_like(x) && wp_notice_unit_like(y)) {
				json_array_append_new(members, json_string(x));
				json_array_append_new(chair, json_string(y));
			}
			free(x);
			free(y);
		}
	}
	if (json_array_size(office) == 0)
		office_by_daily_work(r, office);
	without_tongzhi(chair);
	without_tongzhi(vice);
	wp_notice_join_posts(chair);
	wp_notice_join_posts(vice);
	wp_notice_join_posts(members);
	drop_repeated_units(r, chair);
	drop_repeated_units(r, vice);
	drop_repeated_units(r, members);
	drop_repeated_units(r, office);
	json_array_extend(r->committee_chair, chair);
	json_array_extend(r->committee_names, chair);
	json_array_extend(r->committee_names, vice);
	json_array_extend(r->committee_names, members);
	if (json_array_size(chair) + json_array_size(vice) + json_array_size(members) == 0) {
		json_decref(vice);
		json_decref(chair);
		json_decref(members);
		json_decref(office);
		json_object_set_new(r->plan, "committee", json_null());
		return;
	}
	json_object_set_new(r->plan, "committee", json_pack("{s:o, s:o, s:o, s:o}", "chair", chair,
							    "vice_chair", vice, "members", members, "office", office));
}

/* A committee whose office is not named where it is set up: the office
 * is where its reports go (要及时上报知识产权联席会议办公室). */
void wp_notice_office_from_reports(struct reader *r)
{
	json_t *office = json_object_get(json_object_get(r->plan, "committee"), "office");
	if (!office || json_array_size(office) > 0)
		return;
	size_t i;
	json_t *dl;
	json_array_foreach(r->deadlines, i, dl) {
		const char *to = json_string_value(json_object_get(dl, "submit_to"));
		if (!to)
			continue;
		/* 区市场监管局（x@y）: the office without its address */
		const char *bracket = wp_str_find(to, "（");
		char *name = wp_str_sub(to, bracket ? (size_t)(bracket - to) : strlen(to));
		if (wp_str_ends(name, "办公室")) {
			json_array_append_new(office, json_string(name));
			wp_notice_note(r, WP_TR("the committee office is taken to be %s, where reports go"), name);
			free(name);
			return;
		}
		free(name);
	}
}
