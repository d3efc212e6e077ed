/* model.h - campaigns, activities and deadlines as records, for editing.
 *
 * A record is loaded with its revision and saved back only if the stored
 * row still has that revision; otherwise the save fails with
 * WP_EDIT_CONFLICT (edit.h) and changes nothing, so an edit never
 * silently overwrites someone else's. Saving a record with id 0 inserts
 * it; a record with an id and revision WP_REVISION_RESTORE puts back a row
 * that was deleted, under its old id (undo). Every save and delete is one
 * transaction. Strings in records are
 * owned by the record; free them with the matching _clear. */
#ifndef WP_MODEL_H
#define WP_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "deadline.h"
#include "err.h"

struct wp_store;

#define WP_REVISION_RESTORE (-1)

typedef struct wp_campaign_rec {
	int64_t id;
	int revision;
	char *title, *region, *organizer, *doc_number, *theme, *parent_plan, *notes;
	wp_date issued_on, start, end;
} wp_campaign_rec;

/* Empty records: dates are WP_DATE_NONE, not day 0 (1970-01-01). */
#define WP_CAMPAIGN_REC_INIT {.issued_on = WP_DATE_NONE, .start = WP_DATE_NONE, .end = WP_DATE_NONE}

int wp_campaign_load(struct wp_store *st, int64_t id, wp_campaign_rec *rec, wp_err *err);
/* Checks and stores rec; on success rec->id and rec->revision are current.
 * Due dates that depend on the period are recomputed. */
int wp_campaign_save(struct wp_store *st, wp_campaign_rec *rec, wp_err *err);
void wp_campaign_rec_clear(wp_campaign_rec *rec);

typedef struct wp_activity_rec {
	int64_t id, campaign_id;
	int revision;
	char *number, *title, *description, *location, *notes, *start_time, *end_time;
	wp_date start, end; /* NONE: no date in the notice */
} wp_activity_rec;

#define WP_ACTIVITY_REC_INIT {.start = WP_DATE_NONE, .end = WP_DATE_NONE}

/* An activity the notice does not number (a day's schedule, a plan in
 * prose) has no number: NULL or "" in memory, stored as the empty text ''
 * (never NULL in the table). Lists show it without one; a deadline cannot
 * name it by number. */
bool wp_activity_has_number(const char *number);
/* The number as the table holds it: number, or '' for none. */
const char *wp_activity_number_stored(const char *number);

int wp_activity_load(struct wp_store *st, int64_t id, wp_activity_rec *rec, wp_err *err);
int wp_activity_save(struct wp_store *st, wp_activity_rec *rec, wp_err *err);
/* Deletes an activity with its assignments, if it still has revision.
 * Refused while deadlines refer to it (delete or move those first). */
int wp_activity_delete(struct wp_store *st, int64_t id, int revision, wp_err *err);
void wp_activity_rec_clear(wp_activity_rec *rec);

typedef struct wp_owner_rec {
	char *unit;           /* unit name in the campaign's region */
	wp_date submitted_on; /* NONE: pending */
} wp_owner_rec;

typedef struct wp_deadline_rec {
	int64_t id, campaign_id, activity_id; /* activity 0: the campaign's */
	int revision;
	char *what, *rule_text, *submit_to, *submit_to_unit, *notes;
	wp_rule rule;
	wp_owner_rec *owners;
	size_t nowners;
} wp_deadline_rec;

#define WP_DEADLINE_REC_INIT {.rule = {.fixed = WP_DATE_NONE}}

int wp_deadline_load(struct wp_store *st, int64_t id, wp_deadline_rec *rec, wp_err *err);
/* Stores the deadline and exactly its owners with their statuses. */
int wp_deadline_save(struct wp_store *st, wp_deadline_rec *rec, wp_err *err);
int wp_deadline_delete(struct wp_store *st, int64_t id, int revision, wp_err *err);
void wp_deadline_rec_clear(wp_deadline_rec *rec);
/* Appends an owner (name copied). */
void wp_deadline_rec_add_owner(wp_deadline_rec *rec, const char *unit, wp_date submitted_on);

/* Deep copies (dst is overwritten, not cleared). */
void wp_campaign_rec_copy(wp_campaign_rec *dst, const wp_campaign_rec *src);
void wp_activity_rec_copy(wp_activity_rec *dst, const wp_activity_rec *src);
void wp_deadline_rec_copy(wp_deadline_rec *dst, const wp_deadline_rec *src);

/* Renames a unit if it still has revision; the new name must not be taken
 * by another unit or alias of its region. */
int wp_unit_rename(struct wp_store *st, int64_t id, int revision, const char *name, wp_err *err);
int wp_unit_revision(struct wp_store *st, int64_t id, int *revision, wp_err *err);
/* Removes one spelling from a unit's aliases. */
int wp_unit_remove_alias(struct wp_store *st, int64_t id, const char *alias, wp_err *err);

#endif
