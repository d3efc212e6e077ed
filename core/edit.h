/* edit.h - single changes made from the planner, safe against others.
 *
 * Each change names the value the editor saw (expected) as well as the new
 * one, and is refused when the stored value differs: another weekplan
 * changed it meanwhile, and overwriting would lose that change silently.
 * The refused change returns WP_EDIT_CONFLICT with a message saying so. */
#ifndef WP_EDIT_H
#define WP_EDIT_H

#include <stdint.h>

#include "date.h"
#include "err.h"

struct wp_store;

#define WP_EDIT_CONFLICT (-2)

/* Roles in the responsibility matrix: 'L' lead, 'C' cooperate, 0 none. */
int wp_edit_role(struct wp_store *st, int64_t activity_id, int64_t unit_id, char expected,
		 char role, wp_err *err);

/* The roles of an activity, in assignment order. Caller frees *out. */
typedef struct wp_role_entry {
	int64_t unit_id;
	char role; /* 'L' or 'C' */
} wp_role_entry;
int wp_edit_roles(struct wp_store *st, int64_t activity_id, wp_role_entry **out, size_t *n,
		  wp_err *err);

/* Reads the current role (0 when the unit has none in the activity). */
int wp_edit_get_role(struct wp_store *st, int64_t activity_id, int64_t unit_id, char *role,
		     wp_err *err);

/* A unit's report of a deadline: submitted on a day, or WP_DATE_NONE for
 * pending. */
int wp_edit_status(struct wp_store *st, int64_t deadline_id, int64_t unit_id, wp_date expected,
		   wp_date submitted_on, wp_err *err);

#endif
