/* notice-agenda.c - an item's agenda whose timed lines are sessions of
 * their own: 1、“4·26”主场活动 / 时间：4月26日 / 议程安排： / 09:00-09:30　宣传
 * 周启动仪式：…（一楼报告厅，科技创新局负责） / 09:30-11:30　知识产权集中宣传
 * 咨询，…（中心南广场，区市场监管分局负责，园区企业服务中心配合） / 11:30-14:00
 * 午餐及休息（园区职工食堂）. A line whose closing bracket names its place
 * and the unit that runs it is an activity of the item's day; the item is
 * their group, as 系列活动 is of its items. A ceremony's steps (9:00—9:10
 * 主持人宣布活动开始, 为基地授牌（区科技局负责）: no place of their own), a
 * meal, 签到 are no sessions. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "alloc.h"
#include "buf.h"
#include "notice-date.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* an agenda of sessions names two at least */
enum { LEAST_SESSIONS = 2, MAX_BRACKET_PARTS = 4, PLACE_WIDTH = 30 };

const char *wp_notice_after_opening_clock(const char *p)
{
	char hhmm[6];
	const char *at;
	if (!wp_nfind_time(p, hhmm, &at) || at != p)
		return NULL;
	static const char *const gaps[] = {" ", "\xe3\x80\x80", "\t", NULL};
	size_t clock = wp_str_span_upto(p, gaps);
	const char *body = p + clock;
	size_t gap = wp_str_span_of(body, gaps);
	return gap && *(body + gap) ? body + gap : NULL;
}

/* The parts of the bracket closing body (（一楼报告厅，科技创新局负责）) into
 * parts, which the caller frees; how many (0: no bracket closes body). */
static size_t bracket_parts(const char *body, char **parts)
{
	char *copy = wp_xstrdup(body);
	char *open = wp_notice_closing_open(copy);
	size_t n = 0;
	if (open) {
		char *p = open + strlen("（");
		p[strlen(p) - strlen("）")] = '\0';
		static const char *const seps[] = {"，", "；", NULL};
		while (*p && n < MAX_BRACKET_PARTS) {
			size_t len = wp_str_span_upto(p, seps);
			parts[n++] = wp_str_sub(p, len);
			p += len;
			p += wp_str_span_of(p, seps);
		}
	}
	free(copy);
	return n;
}

/* What the bracket closing body tells: its place (the first part, no
 * role, no remark such as 暂定 or 含现场互动) and whether a unit runs it. */
struct bracket {
	bool place, runner;
};

static struct bracket read_bracket(const char *body)
{
	char *parts[MAX_BRACKET_PARTS];
	size_t n = bracket_parts(body, parts);
	struct bracket b = {false, false};
	for (size_t k = 0; k < n; k++) {
		size_t len;
		enum wp_role role = wp_notice_clause_role(parts[k], &len);
		b.runner = b.runner || role == WP_ROLE_LEAD;
		if (k == 0 && role == WP_ROLE_NONE)
			b.place = wp_text_width(parts[k]) <= PLACE_WIDTH && !wp_str_find(parts[k], "：") &&
				  !wp_word_at(parts[k], WP_WORDS_BRACKET_REMARK);
		free(parts[k]);
	}
	return b;
}

/* One session: titled by body up to its first clause's end, on day, at
 * the clock opening line, at the bracket's place, run by the units of
 * its parts that say so (由 before them dropped). */
static void add_session(struct reader *r, const char *no, size_t i, const char *body, const wp_ndate *day)
{
	static const char *const title_ends[] = {"：", "，", "（", "。", "；", NULL};
	char *title = wp_str_sub(body, wp_str_span_upto(body, title_ends));
	json_t *a = wp_notice_new_activity(no, title);
	free(title);
	wp_notice_set_read_dates(a, day);
	wp_notice_set_times(a, r->t.para[i]);
	char *parts[MAX_BRACKET_PARTS];
	size_t n = bracket_parts(body, parts);
	json_t *lead = json_array(), *coop = json_array();
	for (size_t k = 0; k < n; k++) {
		size_t len;
		enum wp_role role = wp_notice_clause_role(parts[k], &len);
		parts[k][strlen(parts[k]) - len] = '\0'; /* the units before their role */
		const char *units = parts[k];
		wp_str_skip(&units, "由"); /* 由镇应急办负责 */
		if (role != WP_ROLE_NONE)
			wp_notice_split_units(units, role == WP_ROLE_LEAD ? lead : coop);
		else if (k == 0)
			json_object_set_new(a, "location", json_string(parts[k]));
		free(parts[k]);
	}
	json_object_set_new(a, "lead", lead);
	json_object_set_new(a, "cooperate", coop);
	json_array_append_new(r->activities, a);
}

/* One pass over paragraphs first..last (the item's heading and body):
 * the day each session is on (a date line alone switches it: 5月11日 /
 * sessions / 5月12日 / sessions; above the agenda, the item's one day);
 * adds the sessions when add. False when the lines are no agenda of
 * sessions: fewer than two, one on no single day, or a timed line at a
 * place that no unit runs and is no break (10:00-11:00　集中销毁（县垃圾
 * 处理场）: the item's own, whose agenda is then no list of sessions). */
static bool pass(struct reader *r, const char *no, bool numbered, size_t first, size_t last, bool add,
		 size_t *sessions)
{
	wp_ndate day, d;
	bool dated = false, ok = true;
	*sessions = 0;
	for (size_t i = first; ok && i <= last && i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *para = r->t.para[i], *body = wp_notice_after_opening_clock(para);
		if (!body) {
			if (wp_notice_only_a_day(para, r->year, &d) || (!*sessions && wp_nfind_date(para, r->year, &d)))
				dated = d.start == d.end, day = d; /* 时间：4月22日至23日: no one day */
			continue;
		}
		struct bracket b = read_bracket(body);
		if (!b.runner) {
			ok = !b.place || wp_word_at(body, WP_WORDS_AGENDA_BREAK);
			continue;
		}
		if (!b.place)
			continue; /* 为基地授牌（区科技局负责）: a step of the item's ceremony */
		ok = dated;
		if (!ok || !add) {
			++*sessions;
			continue;
		}
		char sub[64];
		snprintf(sub, sizeof sub, "%s.%zu", no, ++*sessions);
		if (!(numbered ? wp_notice_add_item(r, sub, i, i) : wp_notice_add_unnumbered_item(r, sub, i, i)))
			break;
		add_session(r, sub, i, body, &day);
	}
	return ok && *sessions >= LEAST_SESSIONS;
}

size_t wp_notice_read_agenda_sessions(struct reader *r, const char *no, bool numbered, size_t first, size_t last)
{
	size_t sessions;
	if (!pass(r, no, numbered, first, last, false, &sessions))
		return 0;
	pass(r, no, numbered, first, last, true, &sessions);
	return sessions;
}
