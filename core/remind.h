/* remind.h - 催报: who still owes which report, unit by unit.
 *
 * The list a clerk works through on the phone: every submission still
 * pending that is overdue or due within a few working days, grouped by
 * the unit that owes it, with the unit's contact from the plan when the
 * notice named one. A report a group owes is owed by each of its members
 * (group.h), so a group's members are listed, not the group. Units come most urgent first (the earliest due
 * date they owe); within a unit, reports in due-date order. */
#ifndef WP_REMIND_H
#define WP_REMIND_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "err.h"

struct wp_store;

typedef struct wp_remind_item {
	int64_t deadline_id;
	char *campaign_title;
	char *what;
	char *rule_text;  /* as the notice wrote it, may be NULL */
	char *submit_to;  /* may be NULL */
	wp_date due;
	int workdays_left; /* negative: overdue by that many working days */
	char *via_group;   /* owed as a member of this group, or NULL */
} wp_remind_item;

typedef struct wp_remind_unit {
	int64_t unit_id;
	char *name;
	/* The unit's contact in the plan of its most urgent report; any may be
	 * NULL (most notices name only the organiser's contact). */
	char *contact, *phone, *email;
	wp_remind_item *items;
	size_t n;
} wp_remind_unit;

typedef struct wp_remind_list {
	wp_remind_unit *units;
	size_t nunits, nitems;
} wp_remind_list;

/* Pending submissions overdue (up to overdue_days back) or due within
 * `within` working days of today. unit_id > 0 keeps one unit's. Free with
 * wp_remind_list_clear. */
int wp_remind_query(struct wp_store *st, wp_date today, int within, int overdue_days,
		    int64_t unit_id, wp_remind_list *out, wp_err *err);
void wp_remind_list_clear(wp_remind_list *list);

/* Writes an RFC 5322 message for one unit (UTF-8 body, the subject
 * MIME-encoded as RFC 2047 asks), ready for `sendmail -t`: To is the
 * unit's email when the plan gives one, else absent (the caller says so).
 * from may be NULL. Returns the message; caller frees. */
char *wp_remind_mail(const wp_remind_unit *unit, wp_date today, const char *from);

#endif
