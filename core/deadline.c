#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "deadline.h"
#include "i18n-core.h"
#include "store.h"

static const char *const anchor_names[] = {
	[WP_ANCHOR_CAMPAIGN_START] = "campaign_start",
	[WP_ANCHOR_CAMPAIGN_END] = "campaign_end",
	[WP_ANCHOR_ACTIVITY_START] = "activity_start",
	[WP_ANCHOR_ACTIVITY_END] = "activity_end",
};

const char *wp_anchor_name(wp_anchor anchor)
{
	return anchor_names[anchor];
}

int wp_anchor_parse(const char *name, wp_anchor *out, wp_err *err)
{
	for (size_t i = 0; i < sizeof anchor_names / sizeof *anchor_names; i++) {
		if (name && strcmp(name, anchor_names[i]) == 0) {
			*out = (wp_anchor)i;
			return 0;
		}
	}
	return wp_err_set(err, WP_TR("unknown anchor '%.40s' (expected campaign_start, "
			       "campaign_end, activity_start or activity_end)"),
			  name ? name : "");
}

int wp_rule_parse(const char *text, wp_rule *rule, wp_err *err)
{
	/* Every field is written: the caller's struct may hold anything. */
	*rule = (wp_rule){.kind = WP_RULE_NONE, .fixed = WP_DATE_NONE};
	while (text && *text == ' ')
		text++;
	if (!text || !*text)
		return 0;
	if (wp_date_parse(text, &rule->fixed, NULL) == 0) {
		rule->kind = WP_RULE_DATE;
		return 0;
	}
	int n, used = 0;
	char unit[16], dir[16], what[16], which[16] = "";
	int fields = sscanf(text, "%d %15s %15s %15s %15s%n", &n, unit, dir, what, which, &used);
	if (fields == 4)
		sscanf(text, "%d %15s %15s %15s%n", &n, unit, dir, what, &used);
	bool ok = (fields == 4 || fields == 5) && text[used] == '\0' && n >= 0 &&
		  n <= WP_RULE_MAX_OFFSET;
	bool workdays = ok && (strcmp(unit, "workdays") == 0 || strcmp(unit, "workday") == 0);
	ok = ok && (workdays || strcmp(unit, "days") == 0 || strcmp(unit, "day") == 0);
	bool before = ok && strcmp(dir, "before") == 0;
	ok = ok && (before || strcmp(dir, "after") == 0);
	wp_anchor anchor = WP_ANCHOR_CAMPAIGN_END;
	if (ok && fields == 4)
		anchor = strcmp(what, "start") == 0 ? WP_ANCHOR_CAMPAIGN_START
			 : strcmp(what, "end") == 0 ? WP_ANCHOR_CAMPAIGN_END
						    : (ok = false, anchor);
	else if (ok && strcmp(what, "activity") == 0)
		anchor = strcmp(which, "start") == 0 ? WP_ANCHOR_ACTIVITY_START
			 : strcmp(which, "end") == 0 ? WP_ANCHOR_ACTIVITY_END
						     : (ok = false, anchor);
	else
		ok = false;
	if (!ok)
		return wp_err_set(err, WP_TR("'%.40s' is not a due date: write YYYY-MM-DD, or like "
				       "\"2 workdays after end\" (days|workdays after|before "
				       "start|end|activity start|activity end)"),
				  text);
	rule->kind = WP_RULE_RELATIVE;
	rule->offset = before ? -n : n;
	rule->workdays = workdays;
	rule->anchor = anchor;
	return 0;
}

char *wp_rule_format(const wp_rule *rule, char *buf, size_t size)
{
	static const char *const anchors[] = {"start", "end", "activity start", "activity end"};
	switch (rule->kind) {
	case WP_RULE_DATE:
		if (size >= WP_DATE_ISO_SIZE)
			wp_date_format(rule->fixed, buf);
		break;
	case WP_RULE_RELATIVE: {
		int n = rule->offset < 0 ? -rule->offset : rule->offset;
		snprintf(buf, size, "%d %s %s %s", n,
			 rule->workdays ? (n == 1 ? "workday" : "workdays") : (n == 1 ? "day" : "days"),
			 rule->offset < 0 ? "before" : "after", anchors[rule->anchor]);
		break;
	}
	default:
		if (size)
			buf[0] = '\0';
	}
	return buf;
}

wp_date wp_rule_resolve(const wp_rule *rule, wp_calendar *cal, wp_date anchor_date)
{
	wp_date due;
	switch (rule->kind) {
	case WP_RULE_DATE:
		due = rule->fixed;
		break;
	case WP_RULE_RELATIVE:
		if (anchor_date == WP_DATE_NONE)
			return WP_DATE_NONE;
		due = rule->workdays ? wp_workday_add(cal, anchor_date, rule->offset)
				     : anchor_date + rule->offset;
		break;
	default:
		return WP_DATE_NONE;
	}
	if (!rule->roll_forward || due == WP_DATE_NONE)
		return due;
	/* A day before the anchor ("3 days before start") must stay before
	 * it: rolling forward could reach the anchor itself or pass it. */
	if (rule->kind == WP_RULE_RELATIVE && rule->offset < 0)
		return wp_workday_roll_back(cal, due);
	return wp_workday_roll_forward(cal, due);
}

struct resolved {
	int64_t id;
	wp_date due;
};

static wp_date anchor_date_of(sqlite3_stmt *s, wp_anchor anchor)
{
	/* columns 6..9: campaign start, campaign end, activity start, activity end */
	return wp_col_date(s, 6 + (int)anchor);
}

static int rule_from_row(sqlite3_stmt *s, wp_rule *rule)
{
	const char *kind = wp_col_text(s, 1);
	memset(rule, 0, sizeof *rule);
	rule->roll_forward = sqlite3_column_int(s, 5) != 0;
	if (kind && strcmp(kind, "date") == 0) {
		rule->kind = WP_RULE_DATE;
		rule->fixed = wp_col_date(s, 2);
		return rule->fixed == WP_DATE_NONE ? -1 : 0;
	}
	if (kind && strcmp(kind, "relative") == 0) {
		const char *unit = wp_col_text(s, 4);
		rule->kind = WP_RULE_RELATIVE;
		rule->offset = sqlite3_column_int(s, 3);
		rule->workdays = unit && strcmp(unit, "workdays") == 0;
		return wp_anchor_parse(wp_col_text(s, 10), &rule->anchor, NULL);
	}
	rule->kind = WP_RULE_NONE;
	return 0;
}

static int collect(struct wp_store *st, int64_t campaign_id, wp_date near,
		   struct resolved **out, size_t *n, wp_err *err)
{
#define RESOLVE_SELECT \
	"SELECT d.id, d.rule_kind, d.fixed_date, d.rule_offset, d.rule_unit, " \
	"       d.roll_forward, c.period_start, c.period_end, a.start_date, " \
	"       a.end_date, d.rule_anchor " \
	"FROM deadline d JOIN campaign c ON c.id = d.campaign_id " \
	"LEFT JOIN activity a ON a.id = d.activity_id "
#define RESOLVE_NEAR "(?2 IS NULL OR d.due_date IS NULL OR d.due_date BETWEEN ?2 AND ?3)"
	/* One campaign's deadlines through index deadline_campaign: with
	 * "?1 IS NULL OR d.campaign_id = ?1" SQLite read every deadline of
	 * every campaign, for each campaign imported (100,000 rows at 1M
	 * activities, per plan). */
	static const char sql_campaign[] =
		RESOLVE_SELECT "WHERE d.campaign_id = ?1 AND " RESOLVE_NEAR;
	static const char sql_all[] = RESOLVE_SELECT "WHERE " RESOLVE_NEAR;
	sqlite3_stmt *s = wp_store_stmt(st, campaign_id ? sql_campaign : sql_all, err);
	if (!s)
		return -1;
	wp_bind_id(s, 1, campaign_id);
	wp_bind_date(s, 2, near == WP_DATE_NONE ? WP_DATE_NONE : near - 400);
	wp_bind_date(s, 3, near == WP_DATE_NONE ? WP_DATE_NONE : near + 400);
	wp_calendar *cal = wp_store_calendar(st);
	size_t cap = 0;
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		wp_rule rule;
		wp_date due = WP_DATE_NONE;
		if (rule_from_row(s, &rule) == 0)
			due = wp_rule_resolve(&rule, cal, anchor_date_of(s, rule.anchor));
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = wp_xrealloc(*out, cap * sizeof **out);
		}
		(*out)[(*n)++] = (struct resolved){sqlite3_column_int64(s, 0), due};
	}
	if (rc < 0)
		return -1;
	return wp_calendar_error(cal, err);
}

int wp_deadline_resolve(struct wp_store *st, int64_t campaign_id, wp_date near, wp_err *err)
{
	static const char sql[] = "UPDATE deadline SET due_date = ?2 WHERE id = ?1 "
				  "AND due_date IS NOT ?2";
	struct resolved *rows = NULL;
	size_t n = 0;
	/* Read everything first: updating due_date while scanning its index
	 * could visit a row twice. */
	int rc = collect(st, campaign_id, near, &rows, &n, err);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		sqlite3_stmt *s = wp_store_stmt(st, sql, err);
		if (!s) {
			rc = -1;
			break;
		}
		sqlite3_bind_int64(s, 1, rows[i].id);
		wp_bind_date(s, 2, rows[i].due);
		rc = wp_store_run(st, s, err);
	}
	free(rows);
	return rc;
}

int wp_deadline_resolve_all(struct wp_store *st, wp_date near, wp_err *err)
{
	return wp_deadline_resolve(st, 0, near, err);
}

int wp_deadline_set_status(struct wp_store *st, int64_t deadline_id, int64_t unit_id,
			   wp_date day, wp_err *err)
{
	static const char sql[] = "UPDATE deadline_unit SET submitted_on = ?3 "
				  "WHERE deadline_id = ?1 AND unit_id = ?2";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, deadline_id);
	sqlite3_bind_int64(s, 2, unit_id);
	wp_bind_date(s, 3, day);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	if (sqlite3_changes(wp_store_db(st)) == 0)
		return wp_err_set(err, WP_TR("that unit does not owe this report"));
	return 0;
}
