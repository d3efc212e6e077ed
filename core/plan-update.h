/* plan-update.h - re-importing a plan over a campaign already stored.
 *
 * A corrected notice read again must not undo the clerk's work: the
 * stored campaign (ours), the plan it was last imported from (its source,
 * plan-source.h) and the new plan (theirs) are merged three ways
 * (plan-merge.h): the notice's corrections are taken where the user left
 * the value as imported, the user's edits are kept, both-changed values
 * keep the user's and are reported as conflicts, and every submission of a
 * deadline that is still there is kept. A campaign imported before sources
 * were kept is merged without a base: only what the notice adds is taken.
 *
 * For the planner: call wp_plan_update_preview to show the change list
 * (wp_plan_merge.changes, .conflicts), then wp_plan_update_apply to store
 * it. Both need a writable store and no transaction of the caller's open. */
#ifndef WP_PLAN_UPDATE_H
#define WP_PLAN_UPDATE_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "plan-merge.h"

struct wp_store;

/* The changes re-importing the plan in text (len bytes, weekplan-plan(5))
 * over campaign_id would make; stores nothing. The plan is checked as an
 * import checks it. out is filled (clear it with wp_plan_merge_clear, also
 * after a failure). */
int wp_plan_update_preview(struct wp_store *st, int64_t campaign_id, const char *text,
			   size_t len, wp_plan_merge *out, wp_err *err);

/* Makes those changes in one transaction, through the functions that own
 * each table, and records the plan as the campaign's new source; out
 * receives the changes made. All or nothing. */
int wp_plan_update_apply(struct wp_store *st, int64_t campaign_id, const char *text,
			 size_t len, wp_plan_merge *out, wp_err *err);

/* The stored campaign the plan in text would replace (the same title and
 * region): 1 with *campaign_id, 0 when it would be a new campaign (or the
 * text names no title), -1 with err when the text is not JSON. */
int wp_plan_update_target(struct wp_store *st, const char *text, size_t len,
			  int64_t *campaign_id, wp_err *err);

#endif
