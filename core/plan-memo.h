/* plan-memo.h - unit ids remembered across the plans of one import run.
 *
 * Each lead, cooperating and owing unit of a plan is named, and finding a
 * name's unit (its key, then the unit and alias indexes) was the largest
 * cost of an import after the writes themselves. A run of many plans
 * (plan-files.h) names the same units again and again, so it remembers
 * each name's id. That is only right while nothing else can change the
 * units: within one transaction (the write lock is held), and only until
 * a plan is rolled back (its new units go with it): the owner clears the
 * memo at both. */
#ifndef WP_PLAN_MEMO_H
#define WP_PLAN_MEMO_H

#include <stdint.h>

typedef struct wp_plan_memo wp_plan_memo;

/* Caller frees with wp_plan_memo_free. */
wp_plan_memo *wp_plan_memo_new(void);
void wp_plan_memo_free(wp_plan_memo *memo);
/* Forgets every name. */
void wp_plan_memo_clear(wp_plan_memo *memo);

/* The id remembered for name in region, or 0. */
int64_t wp_plan_memo_get(wp_plan_memo *memo, const char *region, const char *name);
void wp_plan_memo_put(wp_plan_memo *memo, const char *region, const char *name, int64_t id);

#endif
