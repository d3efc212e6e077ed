/* plan-merge.h - a three-way merge of plans (weekplan-plan(5) JSON).
 *
 * base is the plan as it was last imported, ours the campaign as stored
 * now (the user's edits included), theirs the plan read again from a
 * corrected notice; all three canonical (wp_plan_export, wp_plan_canonical).
 * Field by field (the header's fields, each committee role, and each
 * activity, deadline and contact, paired as wp_plan_match_items pairs them):
 * a value the user left as imported takes the notice's; a value the user
 * changed and the notice did not keeps the user's; a value both changed,
 * differently, keeps the user's and is a conflict. Activities, deadlines
 * and contacts added or removed on either side are merged the same way.
 * Submissions (a deadline's "submitted") are always the stored ones.
 * Without a base (a campaign imported before bases were kept) every
 * difference is a conflict, so only what the notice adds is taken.
 * No database: plan-update.h reads and applies. */
#ifndef WP_PLAN_MERGE_H
#define WP_PLAN_MERGE_H

#include <stddef.h>

#include "err.h"

typedef enum wp_merge_kind {
	WP_MERGE_TAKEN,    /* the notice's change is taken */
	WP_MERGE_KEPT,     /* the user's change is kept: the notice did not change it */
	WP_MERGE_CONFLICT, /* both changed it, differently: the user's is kept */
} wp_merge_kind;

typedef struct wp_merge_change {
	wp_merge_kind kind;
	char *where;  /* "activity 二: location" (owned) */
	char *ours;   /* the stored value as text; NULL: none, or not there (owned) */
	char *theirs; /* the notice's value as text; NULL likewise (owned) */
} wp_merge_change;

typedef struct wp_plan_merge {
	wp_merge_change *changes; /* in plan order (owned) */
	size_t n;
	size_t conflicts;   /* how many changes are WP_MERGE_CONFLICT */
	size_t submissions; /* submissions carried over from ours */
	char *merged;       /* the resulting plan, canonical JSON (owned) */
} wp_plan_merge;

#define WP_PLAN_MERGE_INIT {0}

/* Merges; base may be NULL. Fills out (clear it with wp_plan_merge_clear
 * also after a failure). Fails only on text that is not a plan. */
int wp_plan_merge_plans(const char *base, const char *ours, const char *theirs,
			wp_plan_merge *out, wp_err *err);
void wp_plan_merge_clear(wp_plan_merge *m);

/* Pairs the items of two lists of a plan (JSON arrays of objects): first
 * items equal in both key and label (an activity's number and title),
 * then in label alone (an activity renumbered when the notice inserted one
 * before it), then in key alone (a title corrected); each item pairs once.
 * For activities key is "no" and label "title", for deadlines "what" and
 * NULL, for contacts "name" and NULL. Returns, for each item of a, the
 * index of its pair in b or -1; the caller frees the array. */
struct json_t;
long *wp_plan_match_items(struct json_t *a, struct json_t *b, const char *key,
			  const char *label);

/* The change's kind as a short translated word (taken, kept, conflict). */
const char *wp_merge_kind_label(wp_merge_kind kind);
/* One change as a line says it, translated: "from the notice: activity 一:
 * location: A -> B", "conflict: …: A (the notice: B)"; no newline. */
struct wp_buf;
void wp_merge_change_text(const wp_merge_change *c, struct wp_buf *out);

#endif
