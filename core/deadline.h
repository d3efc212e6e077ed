/* deadline.h - report deadlines: rules, resolution, submission status.
 *
 * A notice states a deadline either as a date (于4月29日前报送) or relative
 * to something (宣传活动周结束2个工作日后, 活动结束后一周内). A wp_rule holds
 * either; resolving it against the working-day calendar gives the due date.
 * Under China Civil Code art. 203 practice, a period ending on a
 * non-working day may be rolled to the next working day (roll_forward); a
 * day due before its anchor goes to the previous working day instead, so
 * it stays before the anchor. */
#ifndef WP_DEADLINE_H
#define WP_DEADLINE_H

#include <stdbool.h>
#include <stdint.h>

#include "calendar.h"
#include "date.h"
#include "err.h"

struct wp_store;

typedef enum wp_rule_kind {
	WP_RULE_NONE = 0, /* a duty with no date ("报送 at any time") */
	WP_RULE_DATE,     /* an absolute date */
	WP_RULE_RELATIVE, /* offset days / working days from an anchor */
} wp_rule_kind;

typedef enum wp_anchor {
	WP_ANCHOR_CAMPAIGN_START = 0,
	WP_ANCHOR_CAMPAIGN_END,
	WP_ANCHOR_ACTIVITY_START,
	WP_ANCHOR_ACTIVITY_END,
} wp_anchor;

/* Largest offset a rule may have, in days either way. */
#define WP_RULE_MAX_OFFSET 366

typedef struct wp_rule {
	wp_rule_kind kind;
	wp_date fixed;     /* WP_RULE_DATE */
	int offset;        /* WP_RULE_RELATIVE: negative = before the anchor */
	bool workdays;     /* count working days instead of calendar days */
	wp_anchor anchor;
	bool roll_forward; /* move a non-working due day to the next working day
			    * (the previous one for a day before the anchor) */
} wp_rule;

/* The due date of rule given its anchor date (ignored for WP_RULE_DATE),
 * or WP_DATE_NONE for WP_RULE_NONE or a relative rule with no anchor date. */
wp_date wp_rule_resolve(const wp_rule *rule, wp_calendar *cal, wp_date anchor_date);

/* A rule as a person types it, and back:
 *   ""                          no date
 *   "2026-04-29"                that date
 *   "2 workdays after end"      N days|workdays after|before start|end of
 *   "7 days after activity end" the campaign or of the deadline's activity
 * Fills every field of *rule; roll_forward is not part of the text, so it
 * is false (set it after parsing). */
int wp_rule_parse(const char *text, wp_rule *rule, wp_err *err);
/* Writes the text form into buf (at least 64 bytes). */
char *wp_rule_format(const wp_rule *rule, char *buf, size_t size);

/* Text names used in the database and the plan format. */
const char *wp_anchor_name(wp_anchor anchor);
int wp_anchor_parse(const char *name, wp_anchor *out, wp_err *err);

/* Recomputes the stored due dates of deadlines. campaign_id > 0 limits it
 * to one campaign; near != WP_DATE_NONE to deadlines due within a year of
 * near (after a calendar change there). Runs inside the caller's
 * transaction if there is one. */
int wp_deadline_resolve(struct wp_store *st, int64_t campaign_id, wp_date near, wp_err *err);
int wp_deadline_resolve_all(struct wp_store *st, wp_date near, wp_err *err);

/* Marks unit's report for a deadline submitted on day, or pending again
 * when day is WP_DATE_NONE. Fails if the unit does not owe that report. */
int wp_deadline_set_status(struct wp_store *st, int64_t deadline_id, int64_t unit_id,
			   wp_date day, wp_err *err);

#endif
