/* plan-source.h - the plan a campaign was last imported from.
 *
 * The one owner of the campaign_source rows (schema step 009). The text is
 * the canonical plan JSON (plan.h) of the campaign as the import stored
 * it: the "base" of a later re-import's three-way merge (plan-update.h).
 *
 * Stored compressed (zlib, fastest level), as a BLOB: "wpz1", the text's
 * length (4 bytes, big-endian), the deflated text. The canonical JSON of
 * a plan is mostly its keys and indentation again and again: ~50 KB for
 * 100 activities, over half of a database filled by imports, and
 * writing it was a large part of an import of many plans; compressed it
 * is ~8 KB, for ~0.2 ms a plan. Rows written as TEXT (before this) are
 * read as they are. */
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
