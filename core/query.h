/* query.h - what the views and reports show.
 *
 * Each query reads only the rows it returns, through an index: agenda by
 * activity date (bounded by the longest activity span), deadlines by due
 * date, a matrix by campaign. Results are plain arrays the caller owns and
 * frees with the matching _clear function. */
#ifndef WP_QUERY_H
#define WP_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "err.h"

struct wp_store;

/* ---- agenda ---------------------------------------------------------- */

typedef struct wp_agenda_item {
	int64_t activity_id, campaign_id;
	char *campaign_title, *region;
	char *number, *title, *location; /* location may be NULL */
	char *start_time, *end_time;     /* "HH:MM" or NULL */
	wp_date start, end;  /* the activity's dates, or the campaign period */
	bool undated;        /* true: the notice gives no date for it */
	char *lead;          /* unit names joined with "、", or NULL */
	char *cooperate;     /* idem */
	char *unit_role;     /* with a unit filter: "lead" or "cooperate" */
	char *description;   /* may be NULL */
} wp_agenda_item;

typedef struct wp_agenda {
	wp_agenda_item *items;
	size_t n;
} wp_agenda;

/* Activities taking place on any day in [from, to], in date and time
 * order; undated activities of campaigns whose period meets the range
 * count as taking place during the period. unit_id > 0 keeps only what
 * that unit leads or cooperates in. */
int wp_query_agenda(struct wp_store *st, wp_date from, wp_date to, int64_t unit_id,
		    wp_agenda *out, wp_err *err);
void wp_agenda_clear(wp_agenda *agenda);

/* ---- days of a month grid ---------------------------------------------- */

/* What the month grid shows of one day: how many activities take place
 * on it (as wp_query_agenda counts them) and the first of their titles in
 * agenda order. */
typedef struct wp_day_title {
	const char *title; /* owned by the wp_days */
	bool undated;
} wp_day_title;

typedef struct wp_day_summary {
	int count;
	size_t ntitles;
	wp_day_title *titles; /* at most max_titles; owned by the wp_days */
} wp_day_summary;

typedef struct wp_days {
	wp_date from;
	size_t n;              /* days[i] is day from + i */
	wp_day_summary *days;
	wp_day_title *titles;  /* storage behind every day's titles */
	char **texts;          /* the title strings, ntexts of them */
	size_t ntexts;
} wp_days;

/* Each day of [from, to]: the number of activities of wp_query_agenda's
 * answer for that range taking place on it, and the titles of the first
 * max_titles of them in its order; without fetching the agenda itself
 * (units, places, descriptions) for a grid that shows none of it. */
int wp_query_days(struct wp_store *st, wp_date from, wp_date to, int max_titles, wp_days *out,
		  wp_err *err);
void wp_days_clear(wp_days *days);

/* ---- deadlines ------------------------------------------------------- */

typedef struct wp_owner {
	int64_t unit_id;
	char *name;
	/* WP_DATE_NONE: pending. A group with members: the day its last
	 * member submitted, once all have (see group.h). */
	wp_date submitted_on;
	/* A group owner's members (owned, NULL when the owner is no group or
	 * has no members yet), each with its own submitted_on; nsubmitted of
	 * them have submitted. */
	struct wp_owner *members;
	size_t nmembers, nsubmitted;
} wp_owner;

typedef struct wp_deadline_item {
	int64_t id, campaign_id;
	char *campaign_title;
	char *what, *rule_text; /* rule_text may be NULL */
	char *activity_number;  /* may be NULL */
	wp_date due;            /* WP_DATE_NONE: no date */
	char *submit_to;        /* unit and/or address, may be NULL */
	wp_owner *owners;
	size_t nowners;
	size_t npending; /* submissions awaited; a group's members count one each */
} wp_deadline_item;

typedef struct wp_deadline_list {
	wp_deadline_item *items;
	size_t n;
} wp_deadline_list;

enum wp_deadline_filter {
	WP_DL_ALL = 0,
	WP_DL_PENDING = 1, /* only deadlines some unit has still to meet */
	/* The deadlines alone: no owners (nowners and npending 0), for a view
	 * that shows what is due when, not who owes it (the calendar). */
	WP_DL_NO_OWNERS = 2,
};

/* Deadlines due in [from, to] in due-date order (from may be
 * WP_DATE_NONE for "any time before to"). unit_id > 0 keeps the deadlines
 * that unit owes, itself or through a group; campaign_id > 0 one campaign's. WP_DL_PENDING keeps
 * those still awaited: from any unit, or from unit_id when given. */
int wp_query_deadlines(struct wp_store *st, wp_date from, wp_date to, int64_t unit_id,
		       int64_t campaign_id, int filter, wp_deadline_list *out, wp_err *err);
/* Every deadline of one campaign, dated or not, in plan order. */
int wp_query_campaign_deadlines(struct wp_store *st, int64_t campaign_id, wp_deadline_list *out,
				wp_err *err);
void wp_deadline_list_clear(wp_deadline_list *list);
/* Frees one item's strings and owners (the list frees the array). */
void wp_deadline_item_clear(wp_deadline_item *d);

/* True if the report is still awaited: some unit named for it (or some
 * member of a group named for it) has not submitted it, or nobody is named
 * for it. The same definition as
 * WP_DL_PENDING and wp_query_pending_counts. */
bool wp_deadline_pending(const wp_deadline_item *d);

/* Reports still awaited (as WP_DL_PENDING lists them) that are overdue
 * (due in [overdue_from, today)) and due in [today, soon_until]: the
 * counts of what wp_query_deadlines lists for those ranges. */
int wp_query_pending_counts(struct wp_store *st, wp_date overdue_from, wp_date today,
			    wp_date soon_until, int *overdue, int *due_soon, wp_err *err);

/* ---- conflicts ---------------------------------------------------------- */

/* A unit leading two timed activities whose times overlap on a day. An
 * activity with no end time is taken to last an hour. */
typedef struct wp_conflict_side {
	int64_t activity_id, campaign_id;
	char *number, *title, *campaign_title, *time; /* owned */
} wp_conflict_side;

typedef struct wp_conflict {
	char *unit; /* owned */
	wp_date day; /* the first day both take place */
	wp_conflict_side a, b;
} wp_conflict;

typedef struct wp_conflict_list {
	wp_conflict *items;
	size_t n;
} wp_conflict_list;

/* Conflicts of activities of campaign_id (with any other activity; a
 * pair inside the campaign once) when campaign_id > 0; else every
 * conflict taking place in [from, to], each pair once. */
int wp_query_conflicts(struct wp_store *st, int64_t campaign_id, wp_date from, wp_date to,
		       wp_conflict_list *out, wp_err *err);
void wp_conflict_list_clear(wp_conflict_list *list);

/* ---- search ------------------------------------------------------------- */

typedef struct wp_search_hit {
	int64_t campaign_id, activity_id, unit_id; /* activity or unit hit */
	char *text;                                /* what matched, as a line */
	wp_date date;                              /* the activity's start, or NONE */
} wp_search_hit;

/* Activities whose title or place contains text, and units whose name or
 * alias does (exact substrings, case and all), at most max of each.
 * Activities come from the full-text index (schema step 008) unless the
 * text has nothing it can index (a lone ASCII word, punctuation): then
 * a scan; a text the index holds a thousand times or more, from the
 * newest activities down (search-recent.h), the same hits. Units are few and always scanned. It runs when the user asks,
 * never on a redraw. Free with wp_search_hits_free. */
int wp_query_search(struct wp_store *st, const char *text, int max, wp_search_hit **out,
		    size_t *n, wp_err *err);
void wp_search_hits_free(wp_search_hit *hits, size_t n);

/* ---- campaigns in a range ---------------------------------------------- */

/* Campaigns whose period meets [from, to], by period start. Caller frees
 * with wp_campaign_refs_free (campaign.h). */
struct wp_campaign_ref;
int wp_query_campaigns_between(struct wp_store *st, wp_date from, wp_date to,
			       struct wp_campaign_ref **out, size_t *n, wp_err *err);

/* ---- responsibility matrix ------------------------------------------- */

/* The order in which the matrix lists a campaign's units. */
enum wp_committee_rank {
	WP_RANK_CHAIR = 0,
	WP_RANK_VICE_CHAIR,
	WP_RANK_MEMBER,
	WP_RANK_OFFICE,
	WP_RANK_NONE
};

typedef struct wp_matrix_unit {
	int64_t id;
	char *name;
	int rank; /* enum wp_committee_rank */
	int nlead, ncooperate;
} wp_matrix_unit;

typedef struct wp_matrix_activity {
	int64_t id;
	char *number, *title; /* number "": the notice does not number it */
	/* The column's heading: the number, or #3, its place in the
	 * campaign's list, for an activity without one. */
	char *label;
} wp_matrix_activity;

typedef struct wp_matrix {
	wp_matrix_unit *units;
	size_t nunits;
	wp_matrix_activity *activities;
	size_t nactivities;
	char *cells; /* nunits x nactivities, row-major: 0, 'L' (lead), 'C' */
	/* The same for roles a unit has through a group it is a member of
	 * (组委会成员单位 cooperates, so each committee member does), where it
	 * has none of its own; NULL when no group in the campaign has members. */
	char *via;
} wp_matrix;

/* Rows: committee chair, vice-chairs, members, office, then other units in
 * order of first appearance; columns: activities in plan order. */
int wp_query_matrix(struct wp_store *st, int64_t campaign_id, wp_matrix *out, wp_err *err);
void wp_matrix_clear(wp_matrix *m);
char wp_matrix_cell(const wp_matrix *m, size_t unit, size_t activity);
/* The role (0, 'L', 'C') unit has in activity through one of its groups
 * (group.h), when it has none of its own. */
char wp_matrix_via(const wp_matrix *m, size_t unit, size_t activity);

#endif
