/* campaign.h - finding, listing and deleting campaigns. */
#ifndef WP_CAMPAIGN_H
#define WP_CAMPAIGN_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "err.h"

struct wp_store;

typedef struct wp_campaign_ref {
	int64_t id;
	char *title;  /* owned */
	char *region; /* owned */
	wp_date start, end;
} wp_campaign_ref;

/* Finds the campaign named by spec: its id ("3") or any part of its title
 * or region that matches exactly one campaign ("荣昌"). An unknown or
 * ambiguous spec is an error that lists the candidates. Free *out with
 * wp_campaign_ref_clear. */
int wp_campaign_find(struct wp_store *st, const char *spec, wp_campaign_ref *out,
		     wp_err *err);

/* All campaigns, most recent period first. The caller frees *out with
 * wp_campaign_refs_free(*out, *n). */
int wp_campaign_list(struct wp_store *st, wp_campaign_ref **out, size_t *n, wp_err *err);

/* The campaign to open the planner on: one running on today (the most
 * recent to start; the lowest id among equals), else the next to start
 * (the highest id among equals), else the most recent: the first of
 * wp_campaign_list's order that runs on today, else the last of that
 * order yet to start, else its first. *id is 0 when there is none. Asks
 * for three campaigns at most, never the list (10,000 at a million
 * activities, a fifth of the planner's first frame). */
int wp_campaign_current(struct wp_store *st, wp_date today, int64_t *id, wp_err *err);

void wp_campaign_ref_clear(wp_campaign_ref *ref);
void wp_campaign_refs_free(wp_campaign_ref *refs, size_t n);

/* The campaign stored with this title and region (a plan's identity: an
 * import of the same plan would replace it): 1 with *id, 0 when there is
 * none, -1 with err. */
int wp_campaign_with_title(struct wp_store *st, const char *title, const char *region,
			   int64_t *id, wp_err *err);

/* Deletes a campaign with everything that belongs to it (one transaction
 * when the caller has none open). */
int wp_campaign_delete(struct wp_store *st, int64_t id, wp_err *err);

#endif
