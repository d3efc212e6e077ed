/* plan-source.h - the plan a campaign was last imported from.
 *
 * The one owner of the campaign_source rows (schema step 009). The text is
 * the canonical plan JSON (plan.h) of the campaign as the import stored
 * it: the "base" of a later re-import's three-way merge (plan-update.h). */
#ifndef WP_PLAN_SOURCE_H
#define WP_PLAN_SOURCE_H

#include <stdint.h>

#include "err.h"

struct wp_store;

/* Records json as the campaign's source, replacing an older one. */
int wp_plan_source_put(struct wp_store *st, int64_t campaign_id, const char *json,
		       wp_err *err);

/* *json receives the campaign's source (caller frees), or NULL when the
 * campaign was made before sources were kept, or not by an import. */
int wp_plan_source_get(struct wp_store *st, int64_t campaign_id, char **json, wp_err *err);

#endif
