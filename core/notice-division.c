/* notice-division.c - the units of the activities given in a section of
 * their own after them, unit by unit rather than activity by activity:
 *   五、职责分工
 *   （一）党政办公室：牵头活动一、活动三；配合活动二、活动五。
 *   （四）学生工作处：牵头组织“防范电信网络诈骗”主题班会，配合教务处做好
 *   线上竞赛的学生动员工作。
 *   （六）团委：…，配合信息化管理中心开展第（五）项活动。
 * Each line's unit (its label) leads the activities named after 牵头 and
 * cooperates on those named after 配合, until its sentence ends (a clause
 * with no role word goes on in the role before it). An activity is named
 * by its number (活动一, 第（五）项活动), by its title, or by the tail of
 * a part of its title (线上竞赛 for “网安知识大闯关”线上竞赛, 启动仪式 for
 * 宣传周启动仪式暨…讲座) that no other activity's title holds. A line
 * with no label names its unit before the role word (经济发展局牵头活动二).
 * Only activities whose item names no unit take them, in the order of
 * the lines; an item that names its units keeps them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "text.h"

enum role { ROLE_NONE, ROLE_LEAD, ROLE_HELP };
/* What an activity may still take: nothing (its item named who leads and
 * who helps), help only (it named who leads), or either (it named none). */
enum { TAKES_NONE, TAKES_HELP, TAKES_ANY };

/* A tail this many characters long names an activity; a whole part of a
 * title may be shorter (开放日 for “走进园区档案室”开放日), not below the
 * second. */
#define TAIL_CHARS 4
#define PART_CHARS 3

/* 一 or 5 at p: the number and its bytes in *len, or -1. */
static int number_at(const char *p, size_t *len)
{
	int n = wp_cn_number(p, len);
	if (n >= 0)
		return n;
	n = 0;
	size_t d = 0;
	while (p[d] >= '0' && p[d] <= '9' && d < 3)
		n = n * 10 + (p[d++] - '0');
	*len = d;
	return d ? n : -1;
}

/* 活动一 or 第（五）项活动 at p: the activity's number and the bytes read
 * in *len, or -1. */
static int numbered_ref_at(const char *p, size_t *len)
{
	const char *s = p;
	size_t n_len = 0;
	size_t kind = wp_word_at(s, WP_WORDS_ITEM_KIND);
	if (kind) {
		int n = number_at(s + kind, &n_len);
		if (n < 0)
			return -1;
		*len = kind + n_len;
		return n;
	}
	if (!wp_str_skip(&s, "第"))
		return -1;
	bool bracket = wp_str_skip(&s, "（");
	int n = number_at(s, &n_len);
	if (n < 0)
		return -1;
	s += n_len;
	if (bracket && !wp_str_skip(&s, "）"))
		return -1;
	size_t item = wp_word_at(s, WP_WORDS_COUNTED_ITEM);
	if (!item)
		return -1;
	*len = (size_t)(s + item - p);
	return n;
}

/* The activity numbered n, or (size_t)-1. */
static size_t activity_numbered(struct reader *r, int n)
{
	for (size_t j = 0; j < json_array_size(r->activities) && wp_notice_step(r, 1); j++) {
		const char *no = json_string_value(json_object_get(json_array_get(r->activities, j), "no"));
		size_t len = 0;
		if (no && number_at(no, &len) == n && !no[len])
			return j;
	}
	return (size_t)-1;
}

/* Bytes of the longest text in clause that ends a part of title (between
 * “”, 暨 ...) and is that whole part or at least its last TAIL_CHARS
 * characters; 0 if none. The match is copied into *match (caller frees). */
static size_t title_match(struct reader *r, const char *clause, const char *title, char **match)
{
	size_t best = 0;
	const char *part = title;
	while (*part && wp_notice_step(r, 1)) {
		/* the part: up to the next separator */
		const char *end = part, *tail[TAIL_CHARS] = {0};
		size_t chars = 0;
		while (*end && !wp_word_at(end, WP_WORDS_DUTY_TITLE_SEP) && wp_notice_step(r, 1)) {
			tail[chars++ % TAIL_CHARS] = end;
			end += wp_str_char_len(end);
		}
		if (chars >= PART_CHARS) {
			/* the whole part, else its last characters grown to the left
			 * while the clause and the part agree */
			const char *from = chars >= TAIL_CHARS ? tail[chars % TAIL_CHARS] : part;
			char *key = wp_str_sub(from, (size_t)(end - from));
			const char *found = wp_str_find(clause, key);
			wp_notice_step(r, strlen(clause));
			const char *hit = found;
			if (found && chars >= TAIL_CHARS) {
				const char *t = from;
				while (hit > clause && t > part && hit[-1] == t[-1])
					hit--, t--;
				while (((unsigned char)*hit & 0xC0) == 0x80) /* on a character's start */
					hit++;
			}
			size_t len = found ? (size_t)(found - hit) + strlen(key) : 0;
			if (hit && len > best) {
				best = len;
				free(*match);
				*match = wp_str_sub(hit, len);
			}
			free(key);
		}
		part = end;
		if (*part)
			part += wp_word_at(part, WP_WORDS_DUTY_TITLE_SEP);
	}
	return best;
}

/* Does the title of an activity other than j hold name? */
static bool other_title_holds(struct reader *r, size_t j, const char *name)
{
	for (size_t k = 0; k < json_array_size(r->activities) && wp_notice_step(r, 1); k++) {
		const char *t = json_string_value(json_object_get(json_array_get(r->activities, k), "title"));
		if (k != j && t && wp_str_find(t, name))
			return true;
	}
	return false;
}

/* Gives unit its role on activity j, once, if the item left it open. */
static void give(struct reader *r, const unsigned char *open, size_t j, const char *unit, enum role role)
{
	if (j == (size_t)-1 || open[j] == TAKES_NONE || role == ROLE_NONE ||
	    (open[j] == TAKES_HELP && role != ROLE_HELP))
		return;
	json_t *a = json_array_get(r->activities, j);
	json_t *lead = json_object_get(a, "lead"), *coop = json_object_get(a, "cooperate");
	if (!json_is_array(lead) || !json_is_array(coop))
		return;
	for (int k = 0; k < 2; k++) {
		json_t *arr = k ? coop : lead;
		for (size_t i = 0; i < json_array_size(arr); i++)
			if (strcmp(json_string_value(json_array_get(arr, i)), unit) == 0)
				return;
	}
	json_array_append_new(role == ROLE_LEAD ? lead : coop, json_string(unit));
}

/* The first 负责 of sentence that says what a unit does (not 负责人,
 * 负责同志: persons), or NULL. */
static const char *charge_at(const char *sentence)
{
	size_t len;
	for (const char *p = wp_word_find(sentence, WP_WORDS_DUTY_CHARGE, &len); p;
	     p = wp_word_find(p + len, WP_WORDS_DUTY_CHARGE, &len))
		if (!wp_word_at(p + len, WP_WORDS_CHARGE_PERSON))
			return p;
	return NULL;
}

/* The activities a sentence's clauses have named so far. */
#define SENTENCE_NAMED 8
struct named {
	size_t j[SENTENCE_NAMED], n;
};

static void name(struct named *seen, size_t j)
{
	if (j != (size_t)-1 && seen->n < SENTENCE_NAMED)
		seen->j[seen->n++] = j;
}

/* One clause (牵头活动一、活动三, 配合教务处做好线上竞赛的学生动员工作):
 * its role, the one before it when it says none; the activities it names
 * take unit in that role and go into seen. */
static enum role read_clause(struct reader *r, const unsigned char *open, const char *unit, const char *clause,
			     enum role role, struct named *seen)
{
	size_t len;
	const char *lead = wp_word_find(clause, WP_WORDS_DUTY_LEAD, &len);
	const char *help = wp_word_find(clause, WP_WORDS_DUTY_HELP, &len);
	if (lead && (!help || lead < help))
		role = ROLE_LEAD;
	else if (help)
		role = ROLE_HELP;
	/* 负责活动1的组织实施, 负责第2项活动: 负责 before an activity's number
	 * leads it */
	const char *charge = charge_at(clause);
	size_t ref_len;
	size_t charge_len = 0;
	if (charge)
		wp_word_find(charge, WP_WORDS_DUTY_CHARGE, &charge_len);
	if (charge && (!help || charge < help) && numbered_ref_at(charge + charge_len, &ref_len) >= 0)
		role = ROLE_LEAD;
	/* with no role (负责组织X) what it names is only seen: a helper
	 * after it may help with it */
	/* by number: 活动一、活动三, 活动二、五, 第（五）项活动 */
	bool listed = false;
	for (const char *p = clause; *p && wp_notice_step(r, 1);) {
		size_t n_len = 0;
		int n = numbered_ref_at(p, &n_len);
		if (n < 0 && listed)
			n = number_at(p, &n_len);
		if (n >= 0 && n_len) {
			size_t j = activity_numbered(r, n);
			give(r, open, j, unit, role);
			name(seen, j);
			p += n_len;
			listed = wp_str_skip(&p, "、");
			continue;
		}
		listed = false;
		p += wp_str_char_len(p);
	}
	/* by title, whole or by the tail of a part of it */
	for (size_t j = 0; j < json_array_size(r->activities) && wp_notice_step(r, 1); j++) {
		const char *t = json_string_value(json_object_get(json_array_get(r->activities, j), "title"));
		char *match = NULL;
		if (open[j] && t && title_match(r, clause, t, &match) && !other_title_holds(r, j, match)) {
			give(r, open, j, unit, role);
			name(seen, j);
		}
		free(match);
	}
	return role;
}

/* 县金融服务中心配合组织辖区银行机构参会: a clause that opens with a unit
 * of its own before its word of help. That unit (caller frees), or NULL. */
static char *clause_helper(const char *clause)
{
	size_t len;
	const char *help = wp_word_find(clause, WP_WORDS_DUTY_HELP, &len);
	const char *lead = wp_word_find(clause, WP_WORDS_DUTY_LEAD, &len);
	if (!help || help == clause || (lead && lead < help))
		return NULL;
	char *head = wp_str_sub(clause, (size_t)(help - clause));
	if (wp_notice_unit_like(head) && wp_text_width(head) <= 40 &&
	    wp_str_span_upto(head, wp_notice_end_punct) == strlen(head))
		return head;
	free(head);
	return NULL;
}

/* One clause of a line, read for unit, or for the unit it opens with: a
 * helper naming no activity (县科工信局牵头组织对接会，县金融服务中心配合组织
 * 银行机构参会) helps with those the sentence named before it. */
static enum role read_line_clause(struct reader *r, const unsigned char *open, const char *unit,
				  const char *clause, enum role role, struct named *seen)
{
	char *own = clause_helper(clause);
	if (!own || strcmp(own, unit) == 0) {
		free(own);
		return read_clause(r, open, unit, clause, role, seen);
	}
	size_t before = seen->n;
	role = read_clause(r, open, own, clause, role, seen);
	for (size_t k = 0; seen->n == before && k < before; k++)
		give(r, open, seen->j[k], own, ROLE_HELP);
	free(own);
	return role;
}

/* （一）党政办公室：牵头活动一、活动三；配合活动二、活动五。: the line's
 * clauses, split at ，；。 outside brackets; a sentence's end (；。) ends
 * the role too. */
static void read_line(struct reader *r, const unsigned char *open, const char *unit, const char *text)
{
	static const char *const clause_ends[] = {"，", "；", "。", ",", ";", NULL};
	static const char *const sentence_ends[] = {"；", "。", ";", NULL};
	enum role role = ROLE_NONE;
	struct named seen = {.n = 0};
	int depth = 0;
	const char *start = text;
	for (const char *p = text;; ) {
		if (!wp_notice_step(r, 1))
			return;
		size_t end = *p && depth == 0 ? wp_str_span_of(p, clause_ends) : 0;
		if (!*p || end) {
			char *clause = wp_str_sub(start, (size_t)(p - start));
			role = read_line_clause(r, open, unit, clause, role, &seen);
			free(clause);
			if (!*p)
				return;
			if (wp_str_span_of(p, sentence_ends))
				role = ROLE_NONE, seen.n = 0;
			p += end;
			start = p;
			continue;
		}
		if (wp_str_starts(p, "（") || *p == '(')
			depth++;
		else if ((wp_str_starts(p, "）") || *p == ')') && depth > 0)
			depth--;
		p += wp_str_char_len(p);
	}
}

/* 2.县融媒体中心配合…: past the number of a sentence that a paragraph
 * numbers inline (1.X负责…；2.Y配合…；), s if none. */
static const char *past_inline_number(const char *s)
{
	size_t digits = strspn(s, "0123456789");
	const char *p = s + digits;
	if (digits == 0 || digits > 2)
		return s;
	if (*p == '.')
		return p + 1;
	return wp_str_skip(&p, "、") || wp_str_skip(&p, "．") ? p : s;
}

/* 党政办公室牵头活动一、活动三，配合活动二。经济发展局牵头活动二。: a line
 * with no label names its unit at the head of each sentence, before the
 * first role word; a sentence that opens with none goes on with the unit
 * before it (各项活动按以下分工组织实施 names none: it is passed). */
static void read_prose(struct reader *r, const unsigned char *open, const char *text)
{
	static const char *const sentence_ends[] = {"；", "。", ";", NULL};
	char *unit = NULL;
	for (const char *p = text; *p && wp_notice_step(r, 1);) {
		size_t n = wp_str_span_upto(p, sentence_ends);
		const char *opens = past_inline_number(p);
		char *sentence = wp_str_sub(opens, n - (size_t)(opens - p));
		size_t lead_len, help_len;
		const char *lead = wp_word_find(sentence, WP_WORDS_DUTY_LEAD, &lead_len);
		const char *help = wp_word_find(sentence, WP_WORDS_DUTY_HELP, &help_len);
		const char *role = lead && (!help || lead < help) ? lead : help;
		/* 团县委负责组织夜市志愿宣传，沭河所配合…: 负责 names no role
		 * here (a duty may be any part of the work) but opens what the
		 * unit does, so a helper after it helps with what it names */
		const char *charge = charge_at(sentence);
		if (charge && (!role || charge < role))
			role = charge;
		if (role && role > sentence) {
			char *head = wp_str_sub(sentence, (size_t)(role - sentence));
			/* 2  县公安局  负责…: a row of a table's cells is no unit's */
			if (wp_notice_unit_like(head) && wp_text_width(head) <= 40 && !wp_str_find(head, "  ") &&
			    wp_str_span_upto(head, wp_notice_end_punct) == strlen(head)) {
				free(unit);
				unit = head;
				head = NULL;
			}
			free(head);
		}
		if (unit && role)
			read_line(r, open, unit, role);
		free(sentence);
		p += n;
		p += wp_str_span_of(p, sentence_ends);
	}
	free(unit);
}

/* The activity whose title a row's 活动内容 cell names (whole, or by a
 * part of it no other title holds: 启动仪式暨企业质量诚信倡议 for
 * “质量月”活动启动仪式暨企业质量诚信倡议), or (size_t)-1. */
static size_t activity_titled(struct reader *r, const char *cell)
{
	size_t found = (size_t)-1, best = 0;
	bool tie = false;
	for (size_t j = 0; j < json_array_size(r->activities) && wp_notice_step(r, 1); j++) {
		const char *t = json_string_value(json_object_get(json_array_get(r->activities, j), "title"));
		char *match = NULL;
		size_t len = t ? title_match(r, cell, t, &match) : 0;
		/* asked only of a match that may win: the rows times the
		 * titles, not times the titles again for every one */
		if (len && len >= best && other_title_holds(r, j, match))
			len = 0;
		free(match);
		if (len > best)
			found = j, best = len, tie = false;
		else if (len && len == best)
			tie = true;
	}
	return tie ? (size_t)-1 : found;
}

/* Does activity j's title share a part with cell? */
static bool titled_so(struct reader *r, size_t j, const char *cell)
{
	const char *t = json_string_value(json_object_get(json_array_get(r->activities, j), "title"));
	char *match = NULL;
	bool so = t && title_match(r, cell, t, &match);
	free(match);
	return so;
}

/* A row of a 分工 table (序号 | 活动内容 | 牵头单位 | 配合单位):
 *   1  启动仪式暨企业质量诚信倡议  市场监督管理分局  经济发展局、党群工作部（宣传部）
 * names its activity by the number the items gave it, else (a number the
 * items do not have, or a title that names another item) by its title,
 * which may shorten the item's; its unit cells give the units. */
static void read_table_row(struct reader *r, const unsigned char *open, const enum wp_field *col, size_t ncols,
			   const char *para)
{
	char *cell[WP_NOTICE_MAX_COLUMNS];
	size_t total = wp_notice_split_cells(para, cell, WP_NOTICE_MAX_COLUMNS);
	size_t kept = total < WP_NOTICE_MAX_COLUMNS ? total : WP_NOTICE_MAX_COLUMNS;
	if (total != ncols) {
		wp_notice_free_cells(cell, kept);
		return;
	}
	size_t by_no = (size_t)-1;
	const char *title = NULL, *lead = NULL, *coop = NULL;
	for (size_t c = 0; c < ncols; c++) {
		int n;
		if (col[c] == WP_FIELD_NO && (n = wp_notice_row_number(cell[c])) >= 0)
			by_no = activity_numbered(r, n);
		else if ((col[c] == WP_FIELD_NAME || col[c] == WP_FIELD_CONTENT) && !title)
			title = cell[c];
		else if (col[c] == WP_FIELD_LEAD && !lead)
			lead = cell[c];
		else if (col[c] == WP_FIELD_COOP && !coop)
			coop = cell[c];
	}
	size_t j = by_no;
	if (title && (j == (size_t)-1 || !titled_so(r, j, title))) {
		size_t by_title = activity_titled(r, title);
		if (by_title != (size_t)-1)
			j = by_title;
	}
	if (j != (size_t)-1) {
		json_t *l, *k;
		wp_notice_cell_units(r, lead, coop, &l, &k);
		for (int role = 0; role < 2; role++) {
			json_t *arr = role ? k : l;
			for (size_t u = 0; u < json_array_size(arr) && wp_notice_step(r, 1); u++)
				give(r, open, j, json_string_value(json_array_get(arr, u)), role ? ROLE_HELP : ROLE_LEAD);
		}
		json_decref(l);
		json_decref(k);
	}
	wp_notice_free_cells(cell, kept);
}

/* 活动1、活动7 alone on its line: the activities the role lines under it
 * (牵头单位：X / 配合单位：Y) are of. Their indexes into named (at most
 * max; (size_t)-1 for a number no activity has), how many; 0 when the
 * line is no such. */
static size_t named_activities(struct reader *r, const char *p, size_t *named, size_t max)
{
	static const char *const seps[] = {"、", "，", "和", NULL};
	size_t k = 0, len;
	p += wp_word_at(p, WP_WORDS_DECK_BULLET); /* • 活动1 */
	p += strspn(p, " ");
	for (int n; *p && k < max; k++) {
		if ((n = numbered_ref_at(p, &len)) < 0)
			return 0;
		named[k] = activity_numbered(r, n);
		p += len;
		p += wp_str_span_of(p, seps);
	}
	return *p ? 0 : k;
}

/* A role line (牵头单位：X、Y) under such a line: its units take their
 * role on each activity named. */
static void read_role_line(struct reader *r, const unsigned char *open, const struct wp_outline_para *op,
			   const size_t *named, size_t nnamed)
{
	enum role role = op->field->field == WP_FIELD_LEAD   ? ROLE_LEAD
			 : op->field->field == WP_FIELD_COOP ? ROLE_HELP
							     : ROLE_NONE;
	if (role == ROLE_NONE)
		return;
	const char *value = op->text + op->label_len;
	value += wp_str_char_len(value); /* the ： */
	json_t *units = json_array();
	wp_notice_split_units(value, units);
	units = wp_notice_fix_names(r, units);
	size_t i;
	json_t *u;
	json_array_foreach(units, i, u)
		for (size_t k = 0; k < nnamed; k++)
			give(r, open, named[k], json_string_value(u), role);
	json_decref(units);
}

#define NAMED_MAX 8 /* activities one line names at most */

void wp_notice_read_division(struct reader *r)
{
	const struct wp_outline *o = &r->outline;
	size_t n = json_array_size(r->activities);
	if (!n || !wp_outline_find(o, WP_SECTION_DUTIES))
		return;
	unsigned char *open = wp_xcalloc(n, sizeof *open);
	for (size_t j = 0; j < n; j++) {
		json_t *a = json_array_get(r->activities, j);
		bool led = json_array_size(json_object_get(a, "lead")) > 0;
		open[j] = json_array_size(json_object_get(a, "cooperate")) ? TAKES_NONE : led ? TAKES_HELP : TAKES_ANY;
	}
	enum wp_field col[WP_NOTICE_MAX_COLUMNS];
	size_t ncols = 0; /* of the 分工 table whose rows these are, 0 for none */
	size_t named[NAMED_MAX], nnamed = 0; /* the activities a line named (活动1、活动7) */
	for (size_t i = 0; i < o->n && wp_notice_step(r, 1); i++) {
		const struct wp_outline_para *op = &o->para[i];
		if (op->section == WP_OUTLINE_NO_SECTION || o->sec[op->section].kind != WP_SECTION_DUTIES ||
		    i == o->sec[op->section].heading) {
			ncols = 0, nnamed = 0;
			continue;
		}
		if (op->kind == WP_OUTLINE_TABLE_HEADER) {
			ncols = wp_notice_header_row(op->text, col);
			continue;
		}
		if (op->kind == WP_OUTLINE_TABLE_ROW && ncols) {
			read_table_row(r, open, col, ncols, op->text);
			continue;
		}
		ncols = 0;
		if (op->field) {
			if (nnamed)
				read_role_line(r, open, op, named, nnamed);
			continue;
		}
		/* (the whole line: 活动1、 reads as an item's number to the outline) */
		size_t refs = named_activities(r, r->t.para[i], named, NAMED_MAX);
		if (refs) {
			nnamed = refs;
			continue;
		}
		if (!op->label_len) {
			nnamed = 0; /* 其他活动由…: the lines under 活动1 end */
			read_prose(r, open, op->text);
			continue;
		}
		char *unit = wp_str_sub(op->text, op->label_len);
		const char *rest = op->text + op->label_len;
		rest += wp_str_char_len(rest); /* the ： */
		read_line(r, open, unit, rest);
		free(unit);
	}
	for (size_t j = 0; j < n; j++) {
		json_t *a = json_array_get(r->activities, j);
		const char *no = json_string_value(json_object_get(a, "no"));
		if (open[j] == TAKES_ANY && json_array_size(json_object_get(a, "lead")) == 0)
			wp_notice_note(r, WP_TR("activity %s: no lead unit found"), no ? no : "?");
	}
	free(open);
}
