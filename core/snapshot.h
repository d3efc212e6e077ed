/* snapshot.h - the rows a delete is about to remove, kept so that undo can
 * put them back exactly: the same ids (a noted deadline #4 still works),
 * the same positions (seq: an activity comes back between its neighbours,
 * not at the end), the same revisions, statuses and values.
 *
 * A snapshot copies the stored values as they are, column by column,
 * without interpreting them: it holds no rules of its own about how a
 * table encodes anything. Units are never deleted with a plan, so the
 * rows refer to units by id. */
#ifndef WP_SNAPSHOT_H
#define WP_SNAPSHOT_H

#include <stdint.h>

#include "err.h"

struct wp_store;

typedef struct wp_snapshot wp_snapshot;

/* Reads an activity with its assignments and contacts (its deadlines
 * block its deletion, see wp_activity_delete). *out is the caller's, freed
 * with wp_snapshot_free. */
int wp_snapshot_activity(struct wp_store *st, int64_t id, wp_snapshot **out, wp_err *err);

/* Reads a deadline with its owners and their statuses. */
int wp_snapshot_deadline(struct wp_store *st, int64_t id, wp_snapshot **out, wp_err *err);

/* Reads a campaign with everything wp_campaign_delete removes: committee,
 * activities, assignments, deadlines, owners, contacts. */
int wp_snapshot_campaign(struct wp_store *st, int64_t id, wp_snapshot **out, wp_err *err);

/* Puts the rows back, in one transaction, and recomputes the campaign's
 * due dates. Refused with WP_EDIT_CONFLICT, changing nothing, when that is
 * no longer possible: an id is taken again, the campaign or a unit is
 * gone, or another activity now has the same number. */
int wp_snapshot_restore(struct wp_store *st, const wp_snapshot *snap, wp_err *err);

/* NULL is fine. */
void wp_snapshot_free(wp_snapshot *snap);

#endif
