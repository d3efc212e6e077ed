/* plan-files.c - importing plan files: one (read whole, then imported as
 * wp_plan_import does), or many in one run, in batches. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "campaign.h"
#include "plan-files.h"
#include "plan-memo.h"
#include "plan.h"
#include "store.h"

/* A file's outcome, kept until its batch is committed. */
struct pending {
	int64_t campaign_id;
	char *title; /* owned; NULL when refused */
	wp_err err;
};

static void report_batch(const char *const *paths, struct pending *p, size_t n,
			 wp_plan_outcome_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		wp_plan_outcome o = {paths[i], p[i].campaign_id, p[i].title,
				     p[i].title ? NULL : &p[i].err};
		report(ctx, &o);
		free(p[i].title);
		p[i].title = NULL;
	}
}

/* Imports one file into the open transaction (wp_plan_import nests its
 * own as a savepoint, undone alone when the plan is refused). Returns -1
 * only when the transaction itself is gone. */
static int import_one(wp_store *st, const char *path, int flags, wp_plan_memo *memo,
		      struct pending *p)
{
	p->campaign_id = 0;
	p->title = NULL;
	if (wp_plan_import_file_memo(st, path, flags, memo, &p->campaign_id, &p->err) != 0) {
		/* the units the plan added are gone with it */
		wp_plan_memo_clear(memo);
		/* SQLite ends the transaction by itself on some errors (a
		 * full disk): the batch's earlier plans went with it */
		return sqlite3_get_autocommit(wp_store_db(st)) ? -1 : 0;
	}
	char spec[24];
	wp_campaign_ref ref;
	snprintf(spec, sizeof spec, "%lld", (long long)p->campaign_id);
	if (wp_campaign_find(st, spec, &ref, &p->err) != 0)
		return -1;
	p->title = ref.title;
	ref.title = NULL;
	wp_campaign_ref_clear(&ref);
	return 0;
}

long wp_plan_import_files(wp_store *st, const char *const *paths, size_t n, int flags,
			  wp_plan_outcome_fn report, void *ctx, wp_err *err)
{
	struct pending *batch = wp_xcalloc(WP_PLAN_FILES_BATCH, sizeof *batch);
	wp_plan_memo *memo = wp_plan_memo_new();
	long refused = 0;
	int rc = 0;
	for (size_t first = 0; rc == 0 && first < n; first += WP_PLAN_FILES_BATCH) {
		size_t k = n - first < WP_PLAN_FILES_BATCH ? n - first : WP_PLAN_FILES_BATCH, done;
		/* between transactions another writer may have changed the units */
		wp_plan_memo_clear(memo);
		rc = wp_store_begin(st, err);
		for (done = 0; rc == 0 && done < k; done++)
			if (import_one(st, paths[first + done], flags, memo, &batch[done]) != 0)
				rc = wp_err_set(err, "%s", batch[done].err.msg);
		if (rc == 0)
			rc = wp_store_commit(st, err);
		else
			wp_store_rollback(st);
		if (rc != 0) {
			for (size_t i = 0; i < done; i++)
				free(batch[i].title);
			break;
		}
		for (size_t i = 0; i < k; i++)
			refused += batch[i].title == NULL;
		report_batch(paths + first, batch, k, report, ctx);
	}
	free(batch);
	wp_plan_memo_free(memo);
	return rc == 0 ? refused : -1;
}

int wp_plan_import_file(wp_store *st, const char *path, int flags, int64_t *campaign_id,
			wp_err *err)
{
	return wp_plan_import_file_memo(st, path, flags, NULL, campaign_id, err);
}

int wp_plan_import_file_memo(wp_store *st, const char *path, int flags, wp_plan_memo *memo,
			     int64_t *campaign_id, wp_err *err)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f)
		return wp_err_set(err, "%s: %s", path, strerror(errno));
	wp_buf b = WP_BUF_INIT;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len <= WP_PLAN_MAX_BYTES)
		wp_buf_append(&b, chunk, n);
	bool failed = ferror(f);
	if (f != stdin)
		fclose(f);
	int rc = failed ? wp_err_set(err, WP_TR("cannot read: %s"), strerror(errno))
			: wp_plan_import_memo(st, wp_buf_str(&b), b.len, flags, memo, campaign_id,
					      err);
	wp_buf_free(&b);
	if (rc != 0)
		wp_err_prefix(err, "%s: ", path);
	return rc;
}
