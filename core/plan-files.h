/* plan-files.h - importing many plan files in one run.
 *
 * Each plan is all or nothing, as wp_plan_import makes it: a refused file
 * leaves nothing of itself behind and does not stop the others. The plans
 * are stored in batches: each inside a savepoint of a transaction that is
 * committed every WP_PLAN_FILES_BATCH plans, because a commit per plan
 * (a WAL write and sync of every page the plan touched, most of them
 * index pages the next plan touches again) was a large share of the time
 * of an import of thousands of plans. */
#ifndef WP_PLAN_FILES_H
#define WP_PLAN_FILES_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"

struct wp_store;

/* Plans stored per transaction. */
#define WP_PLAN_FILES_BATCH 64

/* What became of one file; everything borrowed for the call only. */
typedef struct wp_plan_outcome {
	const char *path;
	int64_t campaign_id; /* the stored campaign, 0 when refused */
	const char *title;   /* its title; NULL when refused */
	const wp_err *err;   /* why it was refused (names the file); NULL when stored */
} wp_plan_outcome;

typedef void (*wp_plan_outcome_fn)(void *ctx, const wp_plan_outcome *o);

/* Imports the n files (wp_plan_import_file each, with flags) and calls
 * report once per file, in their order, after the commit of its batch:
 * a plan reported stored is committed. Returns how many were refused, or
 * -1 with err when the database itself failed (a commit, a lost
 * transaction): the files not yet reported are then not stored. */
long wp_plan_import_files(struct wp_store *st, const char *const *paths, size_t n, int flags,
			  wp_plan_outcome_fn report, void *ctx, wp_err *err);

#endif
