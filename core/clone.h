/* clone.h - next year's plan from this year's.
 *
 * Most of a campaign week repeats every year: the same activities, units,
 * committee and reports. A clone copies a stored campaign into a new year
 * through the owners of its tables: the canonical plan (plan.h) is
 * exported, its dates moved, its title's year replaced, its document
 * number, issue date and submissions cleared, and the result imported
 * (one transaction, which also resolves the relative deadlines in the new
 * year's calendar). Then the copy is looked over with the working-day
 * calendar, and what a person should review comes back as findings. */
#ifndef WP_CLONE_H
#define WP_CLONE_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "err.h"

struct wp_store;

typedef struct wp_clone_opts {
	int year;          /* the copy's year */
	wp_date start;     /* WP_DATE_NONE: every date keeps its month and day
			    * (29 Feb becomes 28 Feb); else the copy's period
			    * starts here and every date keeps its offset in
			    * days from the period start. Must lie in year. */
	const char *title; /* NULL: the original's, its year replaced */
	int flags;         /* WP_PLAN_REPLACE: replace a stored campaign that
			    * has the copy's title and region */
} wp_clone_opts;

typedef enum wp_clone_finding_kind {
	WP_CLONE_ACTIVITY_HOLIDAY,     /* an activity day is a public holiday */
	WP_CLONE_ACTIVITY_NON_WORKING, /* ... a weekend day without make-up work */
	WP_CLONE_DEADLINE_HOLIDAY,     /* a report is due on a public holiday */
	WP_CLONE_DEADLINE_NON_WORKING, /* ... on a weekend day */
	WP_CLONE_NO_CALENDAR,          /* a year without an official arrangement */
} wp_clone_finding_kind;

typedef struct wp_clone_finding {
	wp_clone_finding_kind kind;
	int index;     /* the activity's or deadline's place in the plan (0 is
			* the first), -1 for a year */
	wp_date date;  /* the day in question; for a year, its 1 January */
	char *subject; /* "activity 三 (现场宣传)", "deadline 2 (报送总结)", "2027"; owned */
	char *message; /* one sentence, translated; owned */
} wp_clone_finding;

typedef struct wp_clone_report {
	int64_t campaign_id; /* the copy */
	char *title;         /* the copy's title; owned */
	wp_date start, end;  /* the copy's period */
	wp_clone_finding *findings;
	size_t n;
} wp_clone_report;

/* Stable code of a finding kind for scripts ("activity-holiday" ...). */
const char *wp_clone_finding_code(wp_clone_finding_kind kind);

/* The title the copy of campaign source would get, and the id of a stored
 * campaign of the same region that already has it (0 if none): what a
 * caller asks about before replacing. *title is owned by the caller. */
int wp_clone_title(struct wp_store *st, int64_t source, const wp_clone_opts *opts,
		   char **title, int64_t *existing, wp_err *err);

/* Copies campaign source as opts say. All or nothing: the copy is stored
 * in one transaction, and on failure nothing is stored and *out is empty.
 * (The one exception: when the stored copy cannot be read back for the
 * review, -1 comes with a message that names the copy, which stays.) On
 * success *out describes the copy and what to review; clear it with
 * wp_clone_report_clear. A copy whose title is already stored is refused
 * unless opts->flags has WP_PLAN_REPLACE; a copy with the original's own
 * title (no year in it to replace) always is. */
int wp_clone(struct wp_store *st, int64_t source, const wp_clone_opts *opts,
	     wp_clone_report *out, wp_err *err);

/* The review of a stored campaign as wp_clone makes it for a copy (the
 * findings only; appended to out, which the caller zero-initialises). */
int wp_clone_review(struct wp_store *st, int64_t campaign_id, wp_clone_report *out,
		    wp_err *err);

void wp_clone_report_clear(wp_clone_report *report);

#endif
