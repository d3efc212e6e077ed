/* notice-relative.c - deadlines counted from something rather than
 * written as a date: from the campaign's or an activity's end or start
 * (宣传周结束后2个工作日内, 活动开始前3天) and from the notice's issue
 * (自本通知印发之日起5个工作日内). notice-duties.c decides which
 * sentences are duties; this file reads how such a rule is written. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "calendar.h"
#include "holidays.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* The count of a relative rule at p (2个工作日, 三个工作日, 两周, 5天,
 * 一周) with the 后 or 内 after it: *n days (weeks made days) and
 * *workdays; where the rule ends, or NULL if p holds no count. */
static const char *count_at(const char *p, int *n_out, bool *workdays)
{
	int n = -1;
	const char *tail = NULL;
	size_t len = 0;
	*workdays = false;
	if (*p >= '0' && *p <= '9') {
		n = atoi(p);
		while (*p >= '0' && *p <= '9')
			p++;
	} else if (wp_str_skip(&p, "两")) {
		n = 2;
	} else if ((n = wp_cn_number(p, &len)) >= 0) {
		p += len;
	}
	const struct wp_count_unit *unit;
	size_t unit_len = n >= 0 && n <= 366 ? wp_count_unit_at(p, &unit) : 0;
	if (unit_len) {
		n *= unit->days;
		*workdays = unit->workdays;
		tail = p + unit_len;
	}
	if (n < 0 || !tail)
		return NULL;
	if (!wp_str_skip(&tail, "后"))
		wp_str_skip(&tail, "内");
	*n_out = n;
	return tail;
}

/* Where the rule whose anchor ends at end starts, in the clause that
 * opens at clause: after a 并 that opens it, then after a 在 or 于 (各区县请
 * 在宣传周开始前…). */
static const char *rule_start_in(const char *clause, const char *end)
{
	const char *start = clause;
	wp_str_skip(&start, "并");
	for (const char *q = start; q < end; q += wp_str_char_len(q))
		if (wp_str_starts(q, "在") || wp_str_starts(q, "于")) {
			start = q + wp_str_char_len(q);
			break;
		}
	return start;
}

/* The start of the clause of s that holds end: after the last ， before
 * it (from *comma on, the first ， of s not yet passed, which moves on;
 * callers asking of ends further and further on pass each ， once). */
static const char *clause_at(const char *clause, const char **comma, const char *end)
{
	while (*comma && *comma < end) {
		clause = *comma + strlen("，");
		*comma = wp_str_find(clause, "，");
	}
	return clause;
}

/* Where the rule whose anchor ends at end starts: the start of its clause
 * (after the last ， before it, and a 并), then after a 在 or 于. */
static const char *rule_start(const char *s, const char *end)
{
	const char *comma = wp_str_find(s, "，");
	return rule_start_in(clause_at(s, &comma, end), end);
}

bool wp_nfind_relative(const char *s, bool in_item, wp_nrelative *out)
{
	/* 结束(后)N… after the end; 开始前N… before the start */
	const char *end = wp_str_find(s, "结束");
	const char *start_at = wp_str_find(s, "开始前");
	bool before = !end && start_at;
	if (!end && !start_at)
		return false;
	if (before)
		end = start_at;
	const char *p = end + strlen(before ? "开始前" : "结束");
	if (!before)
		wp_str_skip(&p, "后");
	int n;
	bool workdays;
	const char *tail = count_at(p, &n, &workdays);
	if (!tail)
		return false;
	/* The rule as written: from the start of its clause to here. */
	const char *start = rule_start(s, end);
	/* In an activity item, 活动结束后 is that activity's end; 宣传周结束后
	 * is the campaign's wherever it is written. */
	char *trigger = wp_str_sub(start, (size_t)(end - start));
	out->activity = in_item && wp_str_find(trigger, "活动") && !wp_str_find(trigger, "宣传周") &&
			!wp_str_find(trigger, "活动周");
	free(trigger);
	out->offset = before ? -n : n;
	out->workdays = workdays;
	out->start = before;
	out->from = start;
	out->to = tail;
	return true;
}

/* N个工作日后 / 一周内 / N日内 after 结束: a relative rule. */
bool wp_notice_relative_rule(const char *s, bool in_item, json_t **rel, char **rule_text)
{
	wp_nrelative r;
	if (!wp_nfind_relative(s, in_item, &r))
		return false;
	*rule_text = wp_str_sub(r.from, (size_t)(r.to - r.from));
	const char *anchor = r.activity ? (r.start ? "activity_start" : "activity_end")
					: (r.start ? "campaign_start" : "campaign_end");
	*rel = json_pack("{s:i, s:s, s:s}", "offset", r.offset, "unit",
			 r.workdays ? "workdays" : "days", "anchor", anchor);
	return true;
}

/* 自本通知印发之日起5个工作日内, 本通知印发后一周内: a duty counted from
 * the notice's issue. The rule as written, or NULL. Caller frees. */
char *wp_notice_after_issue_rule(const char *s)
{
	const char *issue = wp_str_find(s, "印发");
	const char *within = issue ? wp_notice_find_near(issue, "内", 40) : NULL;
	if (!within)
		return NULL;
	const char *from = issue;
	for (const char *const *o = wp_words(WP_WORDS_ISSUE_OPENER); *o; o++)
		if (wp_str_ends_at(s, issue, *o)) {
			from = issue - strlen(*o);
			break;
		}
	return wp_str_sub(from, (size_t)(within + strlen("内") - from));
}

/* 本通知印发之日起3个工作日内: the N working days after the issue date
 * day, counted from the day after it (as 活动结束后N个工作日内 is counted
 * from the campaign's end) by cal, the store's calendar when the person
 * importing has one (their own days too), else the official arrangement
 * the program carries; WP_DATE_NONE when the rule counts no such days or
 * the arrangement of a year it reaches is not known (a weekday count
 * would be a guess). */
static wp_date workdays_after(wp_calendar *store_cal, wp_date day, const char *rule)
{
	/* the count as relative rules read it (3个工作日内, 三个工作日内) */
	int n = 0;
	bool workdays = false, counted = false;
	for (const char *p = rule; *p && !counted; p += wp_str_char_len(p))
		counted = count_at(p, &n, &workdays) != NULL;
	if (!counted || !workdays || n <= 0 || n > 60)
		return WP_DATE_NONE;
	wp_calendar *cal = store_cal ? store_cal : wp_holidays_official_calendar();
	wp_date due = wp_workday_add(cal, day, n);
	int y1, y2, m, d;
	wp_date_to_ymd(day, &y1, &m, &d);
	wp_date_to_ymd(due, &y2, &m, &d);
	wp_err err;
	if (!wp_calendar_covers(cal, y1) || !wp_calendar_covers(cal, y2) || wp_calendar_error(cal, &err) != 0)
		due = WP_DATE_NONE;
	if (!store_cal)
		wp_calendar_free(cal);
	return due;
}

/* The due date of an after-issue rule (一周内, 5个工作日内) from the
 * plan's issue date; WP_DATE_NONE for no date. */
wp_date wp_notice_after_issue_due(const struct reader *r, const char *rule)
{
	const char *issued = json_string_value(json_object_get(r->plan, "issued_on"));
	wp_date day;
	wp_err err;
	if (!issued || wp_date_parse(issued, &day, &err) != 0)
		return WP_DATE_NONE;
	if (wp_str_find(rule, "工作日"))
		return workdays_after(r->hints ? r->hints->calendar : NULL, day, rule);
	if (wp_str_find(rule, "一周") || wp_str_find(rule, "1周"))
		return day + 7;
	return WP_DATE_NONE;
}

char *wp_notice_after_day_rule(const struct reader *r, const char *s, wp_date *due)
{
	wp_ndate d;
	for (const char *p = s; wp_nfind_date(p, r->year, &d); p = d.at + d.len) {
		/* a day things are due by comes first (于5月10日前将方案报…，5月23日
		 * 后5个工作日内将总结报…): the first clause's rule is the
		 * sentence's, not this one */
		bool before = false;
		wp_notice_deadline_end(&d, &before);
		if (before)
			return NULL;
		const char *after = d.at + d.len;
		int n;
		bool workdays;
		const char *end = d.start == d.end && wp_str_skip(&after, "后") ? count_at(after, &n, &workdays) : NULL;
		if (!end || !wp_str_ends_at(s, end, "内") || n <= 0)
			continue;
		char *rule = wp_str_sub(d.at, (size_t)(end - d.at));
		/* (the count read from after the 后: the date's 4月 is none) */
		*due = workdays ? workdays_after(r->hints ? r->hints->calendar : NULL, d.start, after) : d.start + n;
		return rule;
	}
	return NULL;
}

/* The one activity whose title holds name; NULL for none or several. */
static json_t *titled(const struct reader *r, const char *name)
{
	json_t *found = NULL, *a;
	size_t i, hits = 0;
	json_array_foreach(r->activities, i, a) {
		const char *title = json_string_value(json_object_get(a, "title"));
		if (title && wp_str_find(title, name) && hits++ == 0)
			found = a;
	}
	return hits == 1 ? found : NULL;
}

json_t *wp_notice_named_activity(const struct reader *r, const char *name)
{
	json_t *found = titled(r, name);
	/* 省级启动仪式 for 全省节能宣传周启动仪式: the longest end of the name
	 * (two characters at least) that one title alone holds */
	int chars = wp_text_width(name) / 2;
	for (const char *p = name; !found && *p && chars-- > 2; p += wp_str_char_len(p))
		found = titled(r, p + wp_str_char_len(p));
	return found;
}

/* Does name say the campaign rather than one of its activities: 活动,
 * 本次活动, a word for its span (宣传月), or words of the plan's title
 * (读书月结束后 in a plan of the 职工读书月)? */
static bool names_the_campaign(const struct reader *r, const char *name)
{
	size_t len;
	const char *title = json_string_value(json_object_get(r->plan, "title"));
	return wp_word_is(name, WP_WORDS_WHOLE_CAMPAIGN) ||
	       wp_word_find(name, WP_WORDS_CAMPAIGN_SPAN, &len) != NULL || (title && wp_str_find(title, name));
}

/* 启动仪式次日12:00前, 次日下班前: the day after the thing named before
 * p, by a time of that day; where the rule ends (past its 前), or NULL
 * when p opens no such. */
static const char *next_day_at(const char *p, int *n, bool *workdays)
{
	size_t len = wp_word_at(p, WP_WORDS_NEXT_DAY);
	if (!len)
		return NULL;
	const char *q = p + len;
	for (int k = 0; k < 4; k++) { /* 12:00, 下午5时, 下班 */
		while ((*q >= '0' && *q <= '9') || *q == ':' || wp_str_starts(q, "："))
			q += wp_str_char_len(q);
		size_t time = wp_word_at(q, WP_WORDS_DUE_TIME);
		if (!time)
			break;
		q += time;
	}
	if (!wp_str_skip(&q, "前"))
		return NULL;
	*n = 1;
	*workdays = false;
	return q;
}

/* The first rule in s counted from something it names (启动仪式后10个
 * 工作日内, 现场活动结束后3日内, 颁奖活动开始前3天); false if none. */
static bool find_named_anchor(const char *s, struct wp_named_rule *out)
{
	/* the clause of the anchor met last, and the first ， after it: the
	 * anchors are met in order, so each ， of s is passed once */
	const char *clause = s, *comma = wp_str_find(s, "，");
	for (const char *p = s; *p; p += wp_str_char_len(p)) {
		size_t side = wp_str_starts(p, "后") || wp_str_starts(p, "前") ? wp_str_char_len(p) : 0;
		int n;
		bool workdays;
		const char *tail = side ? count_at(p + side, &n, &workdays) : next_day_at(p, &n, &workdays);
		bool before = wp_str_starts(p, "前");
		/* 启动仪式举办2个工作日前: the count before its 前, from the
		 * thing's start (a count's first digit, not one inside it) */
		/* (not 第3个工作日前, an ordinal) */
		const char *counted = !side && !tail && (p == s || !(p[-1] >= '0' && p[-1] <= '9')) &&
					      !wp_str_ends_at(s, p, "第")
					      ? count_at(p, &n, &workdays)
					      : NULL;
		/* (not 4月22日前, a date: a count says 个, 天 or 周) */
		char *count = counted ? wp_str_sub(p, (size_t)(counted - p)) : NULL;
		bool a_count = count && (wp_str_find(count, "个") || wp_str_find(count, "天") || wp_str_find(count, "周"));
		free(count);
		if (a_count && wp_str_starts(counted, "前"))
			tail = counted + strlen("前"), before = true;
		else
			counted = NULL;
		if (!tail)
			continue;
		const char *name_end = p;
		bool start = before;
		if (wp_str_ends_at(s, name_end, "结束"))
			name_end -= strlen("结束"), start = false;
		else if (wp_str_ends_at(s, name_end, "开始"))
			name_end -= strlen("开始"), start = true;
		for (const char *const *w = wp_words(WP_WORDS_HOLD_VERB); counted && *w; w++)
			if (wp_str_ends_at(s, name_end, *w)) { /* 启动仪式举办: the thing held */
				name_end -= strlen(*w);
				break;
			}
		clause = clause_at(clause, &comma, name_end);
		const char *from = rule_start_in(clause, name_end);
		if (from >= name_end)
			continue;
		*out = (struct wp_named_rule){.offset = before ? -n : n, .workdays = workdays,
					      .start = start, .from = from, .to = tail,
					      .name_end = name_end};
		return true;
	}
	return false;
}

enum wp_named_kind wp_notice_named_rule(const struct reader *r, const char *s, struct wp_named_rule *out)
{
	if (!find_named_anchor(s, out))
		return WP_NAMED_NONE;
	char *name = wp_str_sub(out->from, (size_t)(out->name_end - out->from));
	bool campaign = names_the_campaign(r, name);
	json_t *a = campaign ? NULL : wp_notice_named_activity(r, name);
	enum wp_named_kind kind = campaign ? WP_NAMED_NONE
				  : !a				 ? WP_NAMED_UNKNOWN
				  : json_is_string(json_object_get(a, out->start ? "start" : "end"))
				      ? WP_NAMED_DATED
				      : WP_NAMED_UNDATED;
	free(name);
	out->activity = a ? json_string_value(json_object_get(a, "no")) : NULL;
	return kind;
}

json_t *wp_notice_named_rel(const struct wp_named_rule *nr)
{
	return json_pack("{s:i, s:s, s:s}", "offset", nr->offset, "unit", nr->workdays ? "workdays" : "days",
			 "anchor", nr->start ? "activity_start" : "activity_end");
}

/* Is the text from from to to (before a 前) a time of day (17:30, 16时,
 * 下午5点): a digit, a few characters, and nothing that ends a clause? */
static bool time_of_day(const char *from, const char *to)
{
	bool digit = false;
	for (const char *p = from; p < to; p++)
		digit = digit || (*p >= '0' && *p <= '9');
	char *span = wp_str_sub(from, (size_t)(to - from));
	bool ok = digit && wp_text_width(span) <= 12 && !wp_str_find(span, "，");
	free(span);
	return ok;
}

/* The rule of one 当天 at day (len bytes): 当天17:30前 when the time
 * follows it (direct), else, when the time follows the 于 of a later
 * clause, from the date d to the 当天 and then the time
 * (6月25日集中宣传日当天…于16时前). NULL when neither is written. */
static char *rule_of_day(const wp_ndate *d, const char *day, size_t len, bool direct)
{
	const char *after = day + len;
	const char *before = wp_notice_find_near(after, "前", 90);
	if (!before)
		return NULL;
	const char *at = NULL;
	for (const char *p = after; p < before; p += wp_str_char_len(p))
		if (wp_str_starts(p, "于"))
			at = p;
	const char *from = at ? at + strlen("于") : after;
	if ((from == after) != direct || !time_of_day(from, before))
		return NULL;
	const char *end = before + strlen("前");
	wp_buf b = WP_BUF_INIT;
	if (direct) {
		/* 4月15日当天16:00前: the day it names is part of the rule */
		const char *from_day = d->at + d->len == day ? d->at : day;
		wp_buf_append(&b, from_day, (size_t)(end - from_day));
	} else {
		wp_buf_append(&b, d->at, (size_t)(after - d->at));
		wp_buf_puts(&b, "…");
		wp_buf_append(&b, at, (size_t)(end - at));
	}
	return wp_buf_take(&b);
}

char *wp_notice_same_day_rule(const char *s, int year, wp_date *due)
{
	size_t len;
	wp_ndate d;
	const char *first = wp_word_find(s, WP_WORDS_THAT_DAY, &len);
	if (!first || !wp_nfind_date(s, year, &d) || d.at >= first || d.start != d.end)
		return NULL;
	/* 12月4日当天的活动信息请于当日17时前: the 当日 the time follows
	 * is the rule, before any 当天 whose time comes later */
	for (int direct = 1; direct >= 0; direct--)
		for (const char *day = first; day; day = wp_word_find(day + len, WP_WORDS_THAT_DAY, &len)) {
			char *rule = rule_of_day(&d, day, len, direct);
			if (rule) {
				*due = d.start;
				return rule;
			}
		}
	return NULL;
}

/* The last day off of the holiday the calendar names name (a day of two
 * holidays, 国庆节、中秋节, is each one's) that ends on or after from: the
 * end of the first run of its days off from there, within a year and a
 * bit; WP_DATE_NONE when there is none. */
static wp_date holiday_end(wp_calendar *cal, wp_date from, const char *name)
{
	enum { LOOK_AHEAD = 400 };
	wp_date last = WP_DATE_NONE;
	for (wp_date day = from; day < from + LOOK_AHEAD; day++) {
		const char *called = NULL;
		bool off = wp_calendar_kind(cal, day, &called) == WP_DAY_OFF && called && wp_str_find(called, name);
		if (off)
			last = day;
		else if (last != WP_DATE_NONE)
			break;
	}
	return last;
}

/* The day a rule counted from a holiday looks from: the notice's issue,
 * else the campaign's start, else its year's first day. */
static wp_date holiday_from(const struct reader *r)
{
	const char *issued = json_string_value(json_object_get(r->plan, "issued_on"));
	wp_date day;
	wp_err err;
	if (issued && wp_date_parse(issued, &day, &err) == 0)
		return day;
	if (r->start != WP_DATE_NONE)
		return r->start;
	return wp_date_from_ymd(r->year, 1, 1);
}

/* 劳动节后第一个工作日, 国庆节假期结束后3个工作日内 at p: the holiday's
 * name in the calendar (*calendar), the working days after its last day
 * (*n) and where the rule ends; NULL when p opens no such rule. */
static const char *holiday_rule_at(const char *p, const char **calendar, int *n)
{
	const struct wp_holiday_word *h = wp_holiday_words;
	while (h->written && !wp_str_starts(p, h->written))
		h++;
	if (!h->written)
		return NULL;
	const char *q = p + strlen(h->written);
	for (const char *const *t = wp_words(WP_WORDS_HOLIDAY_TAIL); *t; t++)
		wp_str_skip(&q, *t);
	if (!wp_str_skip(&q, "后"))
		return NULL;
	size_t first = wp_word_at(q, WP_WORDS_FIRST_WORKDAY);
	bool workdays = false;
	const char *tail = first ? q + first : count_at(q, n, &workdays);
	if (first)
		*n = 1;
	else if (!tail || !workdays || *n <= 0 || *n > 60)
		return NULL;
	*calendar = h->calendar;
	return tail;
}

char *wp_notice_holiday_rule(const struct reader *r, const char *s, wp_date *due)
{
	for (const char *p = s; *p; p += wp_str_char_len(p)) {
		/* 于劳动节后第一个工作日, a clause's start: when it is due, not
		 * a thing named (将劳动节后第一个工作日值班安排报…) */
		bool opens = p == s || wp_str_ends_at(s, p, "于") || wp_str_ends_at(s, p, "在") ||
			     wp_str_ends_at(s, p, "，");
		const char *calendar;
		int n;
		const char *end = opens ? holiday_rule_at(p, &calendar, &n) : NULL;
		if (!end)
			continue;
		wp_calendar *store_cal = r->hints ? r->hints->calendar : NULL;
		wp_calendar *cal = store_cal ? store_cal : wp_holidays_official_calendar();
		wp_err err;
		wp_date from = holiday_from(r);
		wp_date last = holiday_end(cal, from, calendar);
		*due = last != WP_DATE_NONE ? wp_workday_add(cal, last, n) : WP_DATE_NONE;
		int y1, y2, m, d;
		if (*due != WP_DATE_NONE) {
			wp_date_to_ymd(last, &y1, &m, &d);
			wp_date_to_ymd(*due, &y2, &m, &d);
			/* a year whose arrangement is not known has no holiday to count from */
			if (!wp_calendar_covers(cal, y1) || !wp_calendar_covers(cal, y2))
				*due = WP_DATE_NONE;
		}
		if (wp_calendar_error(cal, &err) != 0)
			*due = WP_DATE_NONE;
		if (!store_cal)
			wp_calendar_free(cal);
		return wp_str_sub(p, (size_t)(end - p));
	}
	return NULL;
}

/* The day of the one-day activity numbered item whose title names thing
 * (演练 in 应急疏散演练), or WP_DATE_NONE. */
static wp_date item_day(const struct reader *r, const char *item, const char *thing)
{
	json_t *a;
	size_t i;
	json_array_foreach(r->activities, i, a) {
		const char *no = json_string_value(json_object_get(a, "no"));
		if (!no || strcmp(no, item) != 0)
			continue;
		const char *title = json_string_value(json_object_get(a, "title"));
		const char *start = json_string_value(json_object_get(a, "start"));
		const char *end = json_string_value(json_object_get(a, "end"));
		wp_date day;
		wp_err err;
		return title && wp_str_find(title, thing) && start && end && strcmp(start, end) == 0 &&
			       wp_date_parse(start, &day, &err) == 0
			       ? day
			       : WP_DATE_NONE;
	}
	return WP_DATE_NONE;
}

/* Where a time of day written at p (下班, 17:00, 下午5时) and its 前 end,
 * or NULL. */
static const char *time_before_at(const char *p)
{
	for (int k = 0; k < 4; k++) {
		while ((*p >= '0' && *p <= '9') || *p == ':' || wp_str_starts(p, "："))
			p += wp_str_char_len(p);
		size_t time = wp_word_at(p, WP_WORDS_DUE_TIME);
		if (!time)
			break;
		p += time;
	}
	return wp_str_skip(&p, "前") ? p : NULL;
}

char *wp_notice_item_day_rule(const struct reader *r, const char *s, const char *item, wp_date *due)
{
	if (!item)
		return NULL;
	size_t len;
	for (const char *day = wp_word_find(s, WP_WORDS_THAT_DAY, &len); day;
	     day = wp_word_find(day + len, WP_WORDS_THAT_DAY, &len)) {
		/* 于演练当天: the thing whose day it is, a word or two after 于 */
		const char *at = NULL;
		for (const char *p = day; p > s && day - p <= 4 * 3;) {
			do
				p--;
			while (p > s && ((unsigned char)*p & 0xC0) == 0x80);
			if (wp_str_starts(p, "于")) {
				at = p + strlen("于");
				break;
			}
		}
		const char *end = at ? time_before_at(day + len) : NULL;
		if (!end || at == day || wp_notice_han_count(at, (size_t)(day - at)) != (size_t)(day - at) / 3)
			continue;
		/* 活动当天 in an item is each of its days (see WP_WORDS_RECURRING) */
		char *thing = wp_str_sub(at, (size_t)(day - at));
		bool campaign = wp_word_is(thing, WP_WORDS_WHOLE_CAMPAIGN);
		*due = campaign ? WP_DATE_NONE : item_day(r, item, thing);
		free(thing);
		if (*due == WP_DATE_NONE)
			continue;
		return wp_str_sub(at, (size_t)(end - at));
	}
	return NULL;
}
