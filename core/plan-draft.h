/* plan-draft.h - a plan under review: the JSON plan (weekplan-plan(5)) as
 * typed records that can be read, changed and written back.
 *
 * The planner's import review shows a draft and lets a person correct
 * it before it is stored: header fields, activities, deadlines, the
 * committee and contacts are each edited here, then wp_draft_json gives
 * the plan that wp_plan_import stores in one transaction. Everything the
 * plan format holds has a place in the records, so a draft written back
 * stores the same campaign as the plan it was read from, except for what
 * was edited.
 *
 * The *_put functions take fields as a person types them in a form
 * (dates and rules in Chinese or ISO forms, see input.h; unit lists
 * separated by 、 , ，or ;). They check everything first and change the
 * draft only when all of it is right, so a refusal leaves the draft as
 * it was. Strings in the records are owned by the draft. */
#ifndef WP_PLAN_DRAFT_H
#define WP_PLAN_DRAFT_H

#include <stdbool.h>
#include <stddef.h>

#include "committee.h"
#include "date.h"
#include "deadline.h"
#include "err.h"

struct wp_store;

/* A list of unit names, in order. */
typedef struct wp_draft_names {
	char **v;
	size_t n;
} wp_draft_names;

typedef struct wp_draft_unit {
	char *name;
	wp_draft_names aliases;
} wp_draft_unit;

typedef struct wp_draft_activity {
	char *no, *title, *description, *location, *notes;
	char *date_text;       /* the dates as the notice wrote them (no year) */
	char *time, *end_time; /* "HH:MM" or NULL */
	wp_date start, end;    /* WP_DATE_NONE: no date */
	wp_draft_names lead, cooperate;
} wp_draft_activity;

typedef struct wp_draft_deadline {
	char *what, *activity; /* activity: the number of the one it belongs to */
	char *rule_text;       /* the rule as the notice wrote it */
	char *submit_to, *submit_to_unit, *notes;
	wp_rule rule;
	wp_draft_names who;
	wp_draft_names submitted; /* units that have submitted, each on */
	wp_date *submitted_on;
} wp_draft_deadline;

typedef struct wp_draft_contact {
	char *name, *phone, *email, *unit, *activity;
} wp_draft_contact;

/* What a plan read from a notice lacks (its "missing" list). */
enum { WP_DRAFT_MISSING_TITLE = 1, WP_DRAFT_MISSING_PERIOD = 2, WP_DRAFT_MISSING_YEAR = 4 };

typedef struct wp_draft {
	char *title, *region, *organizer, *lead_unit, *doc_number, *theme, *parent_plan, *notes;
	wp_date issued_on, start, end; /* WP_DATE_NONE: not given */
	wp_draft_names focus;          /* the publicity focuses (宣传重点), in order */
	unsigned missing;
	wp_draft_unit *units;
	size_t nunits;
	wp_draft_activity *activities;
	size_t nactivities;
	wp_draft_names committee[WP_COMMITTEE_NROLES];
	wp_draft_deadline *deadlines;
	size_t ndeadlines;
	wp_draft_contact *contacts;
	size_t ncontacts;
} wp_draft;

/* Reads a plan (len bytes of JSON text) into *d, which the caller clears
 * with wp_draft_clear also after a failure. A plan with keys or values
 * the format does not have is refused, as wp_plan_import refuses it. */
int wp_draft_parse(const char *text, size_t len, wp_draft *d, wp_err *err);
void wp_draft_clear(wp_draft *d);
/* Free what one record holds (not the record itself). */
void wp_draft_activity_clear(wp_draft_activity *a);
void wp_draft_deadline_clear(wp_draft_deadline *x);
void wp_draft_contact_clear(wp_draft_contact *c);

/* The plan as JSON text in the format's key order, ending in a newline.
 * Caller frees. */
char *wp_draft_json(const wp_draft *d);

/* ---- header --------------------------------------------------------------- */

typedef enum wp_draft_field {
	WP_DRAFT_TITLE,
	WP_DRAFT_ORGANIZER,
	WP_DRAFT_DOC_NUMBER,
	WP_DRAFT_ISSUED_ON, /* a date */
	WP_DRAFT_PERIOD,    /* START..END or one date */
	WP_DRAFT_THEME,
	WP_DRAFT_NFIELDS
} wp_draft_field;

/* The field as it is typed back (dates ISO); caller frees; "" if unset. */
char *wp_draft_header_text(const wp_draft *d, wp_draft_field field);
/* Sets a field from typed text (NULL or "" clears it; the title cannot be
 * cleared). Giving a title or a period takes it off the missing list; a
 * period also gives the year of the plan's dates. */
int wp_draft_set_header(wp_draft *d, wp_draft_field field, const char *text, wp_err *err);

/* ---- activities ------------------------------------------------------------ */

/* An activity's fields as typed in a form. */
typedef struct wp_draft_activity_text {
	const char *no, *title;
	const char *dates; /* START..END, one date, or empty: no date */
	const char *time, *end_time, *location;
	const char *lead, *cooperate; /* unit lists */
} wp_draft_activity_text;

/* The fields of activity i as they are typed back; free with
 * wp_draft_activity_text_free. */
void wp_draft_activity_texts(const wp_draft *d, size_t i, wp_draft_activity_text *out);
void wp_draft_activity_text_free(wp_draft_activity_text *t);

/* Replaces activity i with the typed fields (its description, notes and
 * date_text stay), or appends a new one when i == d->nactivities. The
 * number must be unique; a renumbered activity takes the deadlines and
 * contacts that referred to it along. */
int wp_draft_activity_put(wp_draft *d, size_t i, const wp_draft_activity_text *t, wp_err *err);
/* Refused while a deadline or contact refers to it. */
int wp_draft_activity_remove(wp_draft *d, size_t i, wp_err *err);

/* ---- deadlines ------------------------------------------------------------ */

typedef struct wp_draft_deadline_text {
	const char *what;
	const char *rule; /* a date or a rule (input.h), empty for none */
	const char *who;  /* unit list */
	const char *submit_to;
} wp_draft_deadline_text;

void wp_draft_deadline_texts(const wp_draft *d, size_t i, wp_draft_deadline_text *out);
void wp_draft_deadline_text_free(wp_draft_deadline_text *t);
/* Replaces deadline i (its activity, notes and the submissions of units
 * still listed stay) or appends one when i == d->ndeadlines. A changed
 * rule replaces the notice's wording of it. */
int wp_draft_deadline_put(wp_draft *d, size_t i, const wp_draft_deadline_text *t, wp_err *err);
int wp_draft_deadline_remove(wp_draft *d, size_t i, wp_err *err);

/* The due date of deadline i against cal: WP_DATE_NONE when it has no
 * date or its anchor (the period, the activity) has none. */
wp_date wp_draft_deadline_due(const wp_draft *d, size_t i, wp_calendar *cal);

/* ---- committee and contacts --------------------------------------------- */

/* Adds unit at the end of role; refused if the role already lists it. */
int wp_draft_member_add(wp_draft *d, wp_committee_role role, const char *unit, wp_err *err);
/* Renames member i of role, or moves it to the end of another role. */
int wp_draft_member_set(wp_draft *d, wp_committee_role role, size_t i,
			wp_committee_role new_role, const char *unit, wp_err *err);
int wp_draft_member_remove(wp_draft *d, wp_committee_role role, size_t i, wp_err *err);
/* Reads a role as typed: its key ("vice_chair"), its label (副主任 or the
 * English one) or its first letter (c, v, m, o). */
int wp_draft_role_parse(const char *text, wp_committee_role *role, wp_err *err);

/* Replaces contact i's name, phone and email (its unit and activity
 * stay) or appends one when i == d->ncontacts. */
int wp_draft_contact_put(wp_draft *d, size_t i, const char *name, const char *phone,
			 const char *email, wp_err *err);
int wp_draft_contact_remove(wp_draft *d, size_t i, wp_err *err);

/* ---- unit lists ----------------------------------------------------------- */

/* Splits typed text into names (empty pieces dropped). */
void wp_draft_names_split(const char *text, wp_draft_names *out);
/* The names joined with 、; caller frees. */
char *wp_draft_names_join(const wp_draft_names *names);
void wp_draft_names_clear(wp_draft_names *names);

#endif
