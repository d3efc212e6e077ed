/* notice-agenda.c - an item's agenda whose timed lines are sessions of
 * their own: 1、“4·26”主场活动 / 时间：4月26日 / 议程安排： / 09:00-09:30　宣传
 * 周启动仪式：…（一楼报告厅，科技创新局负责） / 09:30-11:30　知识产权集中宣传
 * 咨询，…（中心南广场，区市场监管分局负责，园区企业服务中心配合） / 11:30-14:00
 * 午餐及休息（园区职工食堂）. A line whose closing bracket names the unit
 * that runs it (and its place) is an activity of the item's day; the item
 * is their group, as 系列活动 is of its items. A ceremony's steps (9:00—9:10
 * 主持人宣布活动开始), a meal, 签到 name no unit and are no sessions. */
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
enum { LEAST_SESSIONS = 2, MAX_BRACKET_PARTS = 4 };

/* The session at paragraph p: its text past the opening clock (09:00-09:30
 * or 14：30-16：00 and the gap after it); NULL when p opens with no clock. */
static const char *past_clock(const char *p)
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

/* The role a bracket's part gives the units it names (科技创新局负责,
 * 园区企业服务中心配合), their names' bytes in *len; WP_ROLE_NONE for a
 * place or those who attend (有融资需求的企业参加). */
static enum wp_role part_role(const char *part, size_t *len)
{
	size_t end = wp_word_end_len(part, WP_WORDS_ROLE_LEAD_END);
	enum wp_role role = WP_ROLE_LEAD;
	if (!end) {
		end = wp_word_end_len(part, WP_WORDS_ROLE_COOP_END);
		role = WP_ROLE_COOP;
	}
	*len = strlen(part) - end;
	return end && *len ? role : WP_ROLE_NONE;
}

/* Does the bracket closing body name who runs it (科技创新局负责)? */
static bool names_runner(const char *body)
{
	char *parts[MAX_BRACKET_PARTS];
	size_t n = bracket_parts(body, parts);
	bool runner = false;
	for (size_t k = 0; k < n; k++) {
		size_t len;
		runner = runner || part_role(parts[k], &len) == WP_ROLE_LEAD;
		free(parts[k]);
	}
	return runner;
}

/* One session: titled by body up to its first clause's end, on day, at
 * the clock opening line, its place the bracket's part that names no
 * role, its units those that do. */
static void add_session(struct reader *r, const char *no, size_t i, const char *body, const wp_ndate *day)
{
	static const char *const title_ends[] = {"：", "，", "（", "。", "；", NULL};
	char *title = wp_str_sub(body, wp_str_span_upto(body, title_ends));
	json_t *a = wp_notice_new_activity(no, title);
	free(title);
	if (day)
		wp_notice_set_read_dates(a, day);
	wp_notice_set_times(a, r->t.para[i]);
	char *parts[MAX_BRACKET_PARTS];
	size_t n = bracket_parts(body, parts);
	json_t *lead = json_array(), *coop = json_array();
	for (size_t k = 0; k < n; k++) {
		size_t len;
		enum wp_role role = part_role(parts[k], &len);
		parts[k][len] = '\0';
		if (role != WP_ROLE_NONE)
			wp_notice_split_units(parts[k], role == WP_ROLE_LEAD ? lead : coop);
		else if (k == 0) /* the place first (二楼路演厅，X负责) */
			json_object_set_new(a, "location", json_string(parts[k]));
		free(parts[k]);
	}
	json_object_set_new(a, "lead", lead);
	json_object_set_new(a, "cooperate", coop);
	json_array_append_new(r->activities, a);
}

size_t wp_notice_read_agenda_sessions(struct reader *r, const char *no, bool numbered, size_t first, size_t last)
{
	size_t sessions = 0;
	wp_ndate day, d;
	bool dated = false;
	for (size_t i = first; i <= last && i < r->t.n; i++) {
		const char *body = past_clock(r->t.para[i]);
		if (body)
			sessions += names_runner(body);
		else if (!dated && !sessions && wp_nfind_date(r->t.para[i], r->year, &d) && d.start == d.end)
			dated = true, day = d; /* 时间：4月26日（星期日）: the item's one day */
	}
	if (sessions < LEAST_SESSIONS)
		return 0;
	size_t added = 0;
	for (size_t i = first; i <= last && i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *body = past_clock(r->t.para[i]);
		if (!body || !names_runner(body))
			continue;
		char sub[64];
		snprintf(sub, sizeof sub, "%s.%zu", no, ++added);
		if (!(numbered ? wp_notice_add_item(r, sub, i, i) : wp_notice_add_unnumbered_item(r, sub, i, i)))
			break;
		add_session(r, sub, i, body, dated ? &day : NULL);
	}
	return added;
}
