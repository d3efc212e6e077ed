/* plancheck.h - the plan check: what is probably wrong in a campaign.
 *
 * Each finding names its rule (a stable code for scripts), the item it is
 * about, and says in one sentence what is wrong and, where one is known,
 * what the likely correction is. */
#ifndef WP_PLANCHECK_H
#define WP_PLANCHECK_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "err.h"

struct wp_store;

typedef struct wp_finding {
	const char *code; /* static: "deadline-before-issue", ... */
	char *subject;    /* "deadline 2 (报送宣传开展照片及总结)"; owned */
	char *message;    /* one English sentence; owned */
	/* What the finding is about, for a caller that shows it: the
	 * activity or the deadline (0 when it is about the notice). */
	int64_t activity_id, deadline_id;
} wp_finding;

typedef struct wp_findings {
	wp_finding *items;
	size_t n, cap;
} wp_findings;

/* Runs every rule on one campaign, appending to out (which the caller
 * zero-initialises and clears with wp_findings_clear). */
int wp_check_campaign(struct wp_store *st, int64_t campaign_id, wp_findings *out, wp_err *err);
void wp_findings_clear(wp_findings *f);

/* Value of an item number written in Chinese (一 .. 九十九) or digits;
 * -1 for anything else, including sub-items such as "四.1". */
int wp_check_number_value(const char *number);

#endif
