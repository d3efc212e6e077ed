/* plan.h - the JSON plan format (weekplan-plan(5)): one campaign, complete.
 *
 * Import is all or nothing: one transaction, rolled back on the first
 * problem, which err describes with the place in the file. Export writes
 * the canonical form: every key, in the documented order, so that
 * exporting an imported canonical file gives back the same bytes. */
#ifndef WP_PLAN_H
#define WP_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"

struct wp_store;
struct wp_findings;
struct wp_plan_memo;

/* Largest plan file accepted. */
#define WP_PLAN_MAX_BYTES (16 * 1024 * 1024)

enum wp_plan_flags {
	WP_PLAN_REPLACE = 1, /* replace a campaign with the same title and region */
};

/* Imports the plan in text (len bytes, need not be NUL-terminated). On
 * success *campaign_id (if not NULL) receives the new campaign's id. The
 * stored plan is kept as the campaign's source (plan-source.h), the base
 * against which a later re-import tells the user's edits from the
 * notice's corrections (plan-update.h). */
int wp_plan_import(struct wp_store *st, const char *text, size_t len, int flags,
		   int64_t *campaign_id, wp_err *err);

/* Stores the plan in a transaction that is then rolled back, to learn
 * before it is stored what storing it would refuse (-1 with err) and
 * what the plan check finds in it (appended to out, which the caller
 * zero-initialises and clears with wp_findings_clear). */
int wp_plan_trial(struct wp_store *st, const char *text, size_t len, int flags,
		  struct wp_findings *out, wp_err *err);

/* Reads and imports a file; errors are prefixed with its name. */
int wp_plan_import_file(struct wp_store *st, const char *path, int flags,
			int64_t *campaign_id, wp_err *err);

/* wp_plan_import and wp_plan_import_file finding unit names in memo
 * first and remembering them there (plan-memo.h says when that is right;
 * NULL: no memo). */
int wp_plan_import_memo(struct wp_store *st, const char *text, size_t len, int flags,
			struct wp_plan_memo *memo, int64_t *campaign_id, wp_err *err);
int wp_plan_import_file_memo(struct wp_store *st, const char *path, int flags,
			     struct wp_plan_memo *memo, int64_t *campaign_id, wp_err *err);

/* The canonical JSON (as wp_plan_export writes it) of the plan in text,
 * checked as an import checks it, without storing anything: the plan is
 * stored in a transaction that is rolled back. Needs a writable store and
 * no transaction of the caller's open. Caller frees; NULL with err. */
char *wp_plan_canonical(struct wp_store *st, const char *text, size_t len, wp_err *err);

/* The canonical JSON of a campaign, ending in a newline. Caller frees. */
char *wp_plan_export(struct wp_store *st, int64_t campaign_id, wp_err *err);

/* The ids of the campaign's activities and deadlines, in the order the
 * export lists them (the i-th activity of the export is (*activity_ids)[i]).
 * Caller frees both arrays, also after a failure. */
int wp_plan_export_ids(struct wp_store *st, int64_t campaign_id, int64_t **activity_ids,
		       size_t *na, int64_t **deadline_ids, size_t *nd, wp_err *err);

#endif
