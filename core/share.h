/* share.h - one campaign as it leaves weekplan: what the exports write.
 *
 * The iCalendar, Excel, CSV and HTML exports all write the same thing: a
 * campaign's schedule, who leads and cooperates, what is due from whom
 * (with the due dates resolved and each unit's submission), the
 * committee and the contacts. wp_share_load reads that once, through the
 * owners of each part (the canonical plan export for the content, the
 * matrix and deadline queries for roles, due dates and submissions), so
 * that every format shows the same facts.
 *
 * Cut for one unit (the file a unit's staff put on their phone), a share
 * keeps the activities the unit leads or cooperates in and the deadlines
 * it owes; the committee, contacts and matrix stay whole.
 *
 * Every string is owned by the share; wp_share_clear frees them all. */
#ifndef WP_SHARE_H
#define WP_SHARE_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "err.h"
#include "query.h"

struct wp_store;

typedef struct wp_names {
	char **v;
	size_t n;
} wp_names;

typedef struct wp_share_activity {
	int64_t id;
	char *number;          /* 一, 1 ...; may be NULL */
	char *title;
	char *description;     /* may be NULL */
	char *location;        /* may be NULL */
	char *start_time;      /* HH:MM, NULL: no time given (an all-day event) */
	char *end_time;        /* HH:MM or NULL */
	wp_date start, end;    /* WP_DATE_NONE: the notice gives no date */
	wp_names lead, cooperate;
} wp_share_activity;

typedef struct wp_share_contact {
	char *name, *phone, *email, *unit, *activity; /* any may be NULL */
} wp_share_contact;

typedef struct wp_share {
	int64_t campaign_id;
	char *title, *region, *organizer, *doc_number, *theme; /* all but title may be NULL */
	wp_names focus;        /* the publicity focuses (宣传重点), in order */
	wp_date issued_on, start, end;
	char *unit;            /* the unit the share was cut for, or NULL */
	int64_t unit_id;       /* its id, 0 for the whole campaign */
	wp_share_activity *activities;
	size_t nactivities;
	wp_deadline_list deadlines;  /* plan order; due WP_DATE_NONE when undated */
	wp_names chair, vice_chair, members, office;
	wp_share_contact *contacts;
	size_t ncontacts;
	wp_matrix matrix;      /* the whole campaign's, committee first */
} wp_share;

/* Reads campaign campaign_id into *out. unit, when not NULL, is a unit of
 * the campaign's region by its name or any alias: the share keeps only
 * what it leads, cooperates in or owes. An unknown unit is an error that
 * names it. On error *out is empty. */
int wp_share_load(struct wp_store *st, int64_t campaign_id, const char *unit, wp_share *out,
		  wp_err *err);
void wp_share_clear(wp_share *share);

/* The owner entry of deadline d for the unit the share was cut for (its
 * submission), or NULL in a share of the whole campaign. */
const wp_owner *wp_share_owner(const wp_share *share, const wp_deadline_item *d);

/* The activity of the share numbered number, or NULL. */
const wp_share_activity *wp_share_activity_numbered(const wp_share *share, const char *number);

/* A stable identifier for an exported item, the same in every export of
 * the same campaign (and after a re-import of its plan): what calendar
 * programs use to update an event instead of adding it twice. kind is
 * "activity" or "deadline"; key is the activity's number or title, the
 * deadline's what and rule. Writes "wp-<16 hex>@weekplan" into buf
 * (at least WP_SHARE_UID_SIZE bytes). */
#define WP_SHARE_UID_SIZE 40
void wp_share_uid(const wp_share *share, const char *kind, const char *key, const char *key2,
		  char *buf);

#endif
