/* input.c - typed dates, times and rules, read by the notice reader's
 * recognisers. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "input.h"
#include "notice-date.h"
#include "notice-text.h"
#include "notice-words.h"

/* A copy of text without leading and trailing spaces (ASCII and the
 * ideographic space). Caller frees. */
static char *trimmed(const char *text)
{
	const char *s = text ? text : "";
	for (;;) {
		if (*s == ' ' || *s == '\t')
			s++;
		else if (wp_str_starts(s, "　"))
			s += strlen("　");
		else
			break;
	}
	size_t n = strlen(s);
	for (;;) {
		if (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		else if (n >= 3 && memcmp(s + n - 3, "　", 3) == 0)
			n -= 3;
		else
			break;
	}
	return wp_str_sub(s, n);
}

/* ---- dates ---------------------------------------------------------------------- */

/* 今天, 明天, 后天: days from today; -1 if s is none of them. */
static int relative_day(const char *s)
{
	static const char *const words[] = {"今天", "明天", "后天"};
	for (int i = 0; i < 3; i++)
		if (strcmp(s, words[i]) == 0)
			return i;
	return -1;
}

/* 周三, 星期三, 礼拜三, 周日, 星期天: 1 (Monday) to 7; 0 if s is no weekday. */
static int weekday_of(const char *s)
{
	static const char *const prefixes[] = {"周", "星期", "礼拜"};
	static const char *const days[] = {"一", "二", "三", "四", "五", "六", "日", "天"};
	for (int p = 0; p < 3; p++) {
		if (!wp_str_starts(s, prefixes[p]))
			continue;
		const char *d = s + strlen(prefixes[p]);
		for (int i = 0; i < 8; i++)
			if (strcmp(d, days[i]) == 0)
				return i < 7 ? i + 1 : 7;
	}
	return 0;
}

static int date_error(const char *text, wp_err *err)
{
	return wp_err_set(err, WP_TR("'%.40s' is not a date: write 2026-04-20, 4月20日, 4.20, "
				     "周三 or 今天"),
			  text);
}

int wp_input_date(const char *text, const wp_input_ctx *ctx, wp_date *out, wp_err *err)
{
	char *s = trimmed(text);
	int rc = 0, days, wd;
	wp_ndate nd;
	/* The week in view, else this week; without either, 周三 and 今天
	 * mean nothing and are refused like any other word. */
	wp_date week = ctx->week_of != WP_DATE_NONE ? ctx->week_of : ctx->today;
	if ((days = relative_day(s)) >= 0 && ctx->today != WP_DATE_NONE) {
		*out = ctx->today + days;
	} else if ((wd = weekday_of(s)) > 0 && week != WP_DATE_NONE) {
		*out = wp_date_week_start(week) + wd - 1;
	} else if (s[0] >= '0' && s[0] <= '9' && strlen(s) == 10 && s[4] == '-') {
		/* ISO: its own parser names an impossible day (2026-02-30). */
		rc = wp_date_parse(s, out, err);
	} else if (wp_nfind_date_at(s, ctx->year, &nd) && nd.len == strlen(s)) {
		if (nd.end != nd.start)
			rc = wp_err_set(err, WP_TR("'%.40s' is a range of days: give one day"), s);
		else
			*out = nd.start;
	} else {
		rc = date_error(s, err);
	}
	free(s);
	return rc;
}

/* ---- times ---------------------------------------------------------------------- */

/* Is every character of s one a time is written with? The reader finds a
 * time inside a sentence; a field must hold nothing else. */
static bool only_time_characters(const char *s)
{
	static const char *const marks[] = {":", "：", "时", "点", "分", "半", NULL};
	while (*s) {
		size_t n = (*s >= '0' && *s <= '9') ? 1 : wp_str_span_of(s, marks);
		if (!n)
			return false;
		s += n;
	}
	return true;
}

int wp_input_time(const char *text, char out[6], wp_err *err)
{
	char *s = trimmed(text);
	/* 9点30 means 9点30分, as people type it. */
	size_t n = strlen(s);
	size_t digits = 0;
	while (digits < n && s[n - 1 - digits] >= '0' && s[n - 1 - digits] <= '9')
		digits++;
	if (digits && digits < n && n - digits >= 3 &&
	    (memcmp(s + n - digits - 3, "点", 3) == 0 || memcmp(s + n - digits - 3, "时", 3) == 0)) {
		char *with = wp_xmalloc(n + 4);
		memcpy(with, s, n);
		memcpy(with + n, "分", 4);
		free(s);
		s = with;
	}
	size_t day_part = wp_time_of_day_at(s, NULL);
	const char *at = NULL;
	int rc = 0;
	if (!*s || !only_time_characters(s + day_part) || !wp_nfind_time(s, out, &at) ||
	    at != s + day_part)
		rc = wp_err_set(err, WP_TR("'%.40s' is not a time: write 09:00, 9点, 9点半 or 下午3点"),
				s);
	free(s);
	return rc;
}

/* ---- rules ---------------------------------------------------------------------- */

/* What may follow a rule: 内 and 前 are part of how it is said. */
static bool rule_ends(const char *p)
{
	static const char *const tails[] = {"以内", "之内", "内", "之前", "以前", "前", "", NULL};
	for (int i = 0; tails[i]; i++)
		if (strcmp(p, tails[i]) == 0)
			return true;
	return false;
}

static bool chinese_rule(const char *s, bool activity, wp_rule *rule)
{
	wp_nrelative r;
	if (!wp_nfind_relative(s, activity, &r) || !rule_ends(r.to) ||
	    abs(r.offset) > WP_RULE_MAX_OFFSET)
		return false;
	rule->kind = WP_RULE_RELATIVE;
	rule->offset = r.offset;
	rule->workdays = r.workdays;
	rule->anchor = r.activity ? (r.start ? WP_ANCHOR_ACTIVITY_START : WP_ANCHOR_ACTIVITY_END)
				  : (r.start ? WP_ANCHOR_CAMPAIGN_START : WP_ANCHOR_CAMPAIGN_END);
	return true;
}

/* 4月29日前, 4月29日之前, 4月29日: a date rule. */
static bool date_rule(const char *s, const wp_input_ctx *ctx, wp_rule *rule)
{
	static const char *const befores[] = {"之前", "以前", "前", NULL};
	char *day = wp_str_trim_end(s, befores);
	wp_err ignored;
	wp_date d;
	bool ok = wp_input_date(day, ctx, &d, &ignored) == 0;
	free(day);
	if (ok) {
		rule->kind = WP_RULE_DATE;
		rule->fixed = d;
	}
	return ok;
}

int wp_input_rule(const char *text, const wp_input_ctx *ctx, bool activity, wp_rule *rule,
		  wp_err *err)
{
	char *s = trimmed(text);
	wp_err english;
	int rc = 0;
	*rule = (wp_rule){.kind = WP_RULE_NONE, .fixed = WP_DATE_NONE};
	if (wp_rule_parse(s, rule, &english) != 0) {
		*rule = (wp_rule){.kind = WP_RULE_NONE, .fixed = WP_DATE_NONE};
		if (!chinese_rule(s, activity, rule) && !date_rule(s, ctx, rule))
			rc = wp_err_set(err, WP_TR("'%.40s' is not a due date: write 结束后2个工作日, "
						   "开始前3天, 4月29日前 or 2 workdays after end"),
					s);
	}
	free(s);
	return rc;
}
