/* truthcmp.h - compare a campaign with a hand-checked reading (see truthcmp.c). */
#ifndef WP_TRUTHCMP_H
#define WP_TRUTHCMP_H

#include <stddef.h>
#include <stdint.h>

#include "notice.h"
#include "store.h"

/* The "got" of a field the reading gives but the plan format cannot hold
 * yet (focus_count, date_text ...). */
#define TRUTH_NOT_IN_FORMAT "(not in the plan format)"

/* One field that differs from the reading: a stable key such as
 * activities[三].title, deadlines[1].due or contacts[田林].phone
 * (positions count from 1), and both values as text ("null" for none,
 * compact JSON for a list). */
typedef struct {
	char *key, *want, *got;
} truth_diff;

typedef struct {
	int compared, wrong; /* fields; a missing record counts all its fields */
	/* Of the fields compared: the reading gives a value and the plan the
	 * same (found); the reading gives one the plan lacks or gets wrong
	 * (missed); the plan gives one where the reading has none (invented);
	 * both give one, and they differ (misread: missed, and a false value
	 * given). Precision is found / (found + invented + misread), recall
	 * found / (found + missed). */
	int found, missed, invented, misread;
	size_t n;
	truth_diff *diffs;
} truth_result;

/* Compares campaign id of store with the reading in file; *out receives
 * the fields compared and each difference (free with truth_result_free). */
void truth_compare(wp_store *store, int64_t id, const char *file, truth_result *out);
/* The same for a campaign imported from a notice: read is the plan as
 * the reader wrote it (JSON text). The date as written (date_text), which
 * import does not keep, is compared as read; and if read is a draft,
 * stored with hints for what it lacks (wp_notice_plan_needs), the fields
 * the hints filled (title, period, the dates of activities and
 * deadlines) are compared as read, so a draft is scored on what the
 * reader found, not on the hints. report: what the reader said it was
 * unsure of (NULL: nothing), where anomalies it tells rather than the
 * plan check (a weekday that is not the date's) are looked for. */
void truth_compare_read(wp_store *store, int64_t id, const char *read, const wp_notice_report *report,
			const char *file, truth_result *out);
void truth_result_free(truth_result *r);

#endif
