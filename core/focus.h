/* focus.h - a campaign's publicity focuses (宣传重点): what a plan notice
 * says its campaign publicises, point by point, apart from its
 * activities. The one owner of the campaign_focus rows; the plan format
 * carries them as "focus" (weekplan-plan(5)), so import, export, clone
 * and re-import go through these functions. */
#ifndef WP_FOCUS_H
#define WP_FOCUS_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "err.h"

struct wp_store;

/* Points one campaign may hold: a notice lists three to six. */
#define WP_FOCUS_MAX 100

/* Replaces the campaign's points with those of list, a JSON array of
 * non-empty one-line texts (NULL or null: none), in its order. Refuses
 * anything else, naming the point. One transaction (a savepoint inside
 * the caller's). */
int wp_focus_set_json(struct wp_store *st, int64_t campaign_id, json_t *list, wp_err *err);

/* The campaign's points as a new JSON array, or *out = NULL when it has
 * none. The caller owns *out. */
int wp_focus_get_json(struct wp_store *st, int64_t campaign_id, json_t **out, wp_err *err);

#endif
