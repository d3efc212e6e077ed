#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "deadline.h"
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
	return wp_err_set(err, "unknown anchor '%.40s' (expected campaign_start, "
			       "campaign_end, activity_start or activity_end)",
			  name ? name : "");
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
	if (rule->roll_forward && due != WP_DATE_NONE)
		due = wp_workday_roll_forward(cal, due);
	return due;
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
	static const char sql[] =
		"SELECT d.id, d.rule_kind, d.fixed_date, d.rule_offset, d.rule_unit, "
		"       d.roll_forward, c.period_start, c.period_end, a.start_date, "
		"       a.end_date, d.rule_anchor "
		"FROM deadline d JOIN campaign c ON c.id = d.campaign_id "
		"LEFT JOIN activity a ON a.id = d.activity_id "
		"WHERE (?1 IS NULL OR d.campaign_id = ?1) "
		"  AND (?2 IS NULL OR d.due_date IS NULL OR d.due_date BETWEEN ?2 AND ?3)";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
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
		return wp_err_set(err, "that unit does not owe this report");
	return 0;
}
