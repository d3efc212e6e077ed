/* committee.h - the organizing committee and the contacts of a campaign.
 *
 * The one owner of the committee_member and contact rows outside import
 * and snapshot restore. Neither table carries a revision, so, as in
 * edit.h, each change names what the editor saw (the member's role, the
 * contact's fields) and is refused with WP_EDIT_CONFLICT when the stored
 * row differs: another weekplan changed it meanwhile. Each change is one
 * transaction. */
#ifndef WP_COMMITTEE_H
#define WP_COMMITTEE_H

#include <stddef.h>
#include <stdint.h>

#include "edit.h"
#include "err.h"

struct wp_store;

/* In the order the committee is listed (and the matrix rows sorted). */
typedef enum wp_committee_role {
	WP_COMMITTEE_CHAIR = 0,
	WP_COMMITTEE_VICE_CHAIR,
	WP_COMMITTEE_MEMBER,
	WP_COMMITTEE_OFFICE,
	WP_COMMITTEE_NROLES
} wp_committee_role;

/* The stored spelling of a role ("vice_chair"), and its name for people
 * (translated). */
const char *wp_committee_role_key(wp_committee_role role);
const char *wp_committee_role_label(wp_committee_role role);

typedef struct wp_committee_member {
	int64_t unit_id;
	char *unit_name; /* owned */
	wp_committee_role role;
	int seq; /* position within its role */
} wp_committee_member;

/* The committee by role, then position. Caller frees with
 * wp_committee_list_free. */
int wp_committee_list(struct wp_store *st, int64_t campaign_id, wp_committee_member **out,
		      size_t *n, wp_err *err);
void wp_committee_list_free(wp_committee_member *m, size_t n);

/* Appends the unit called unit_name (found, or created, in the campaign's
 * region) at the end of role. Fails when it already holds that role. */
int wp_committee_add(struct wp_store *st, int64_t campaign_id, const char *unit_name,
		     wp_committee_role role, wp_err *err);

/* Moves a member from role expected to the end of role. */
int wp_committee_set_role(struct wp_store *st, int64_t campaign_id, int64_t unit_id,
			  wp_committee_role expected, wp_committee_role role, wp_err *err);

int wp_committee_remove(struct wp_store *st, int64_t campaign_id, int64_t unit_id,
			wp_committee_role expected, wp_err *err);

/* Swaps a member with its neighbour within its role: delta -1 up, +1 down.
 * Moving past either end changes nothing and succeeds. */
int wp_committee_move(struct wp_store *st, int64_t campaign_id, int64_t unit_id,
		      wp_committee_role role, int delta, wp_err *err);

/* Undo: makes the committee members again (unit and role, in their
 * order), provided it is now exactly expected (units, roles, order);
 * else WP_EDIT_CONFLICT and nothing changes. One transaction. */
int wp_committee_restore(struct wp_store *st, int64_t campaign_id,
			 const wp_committee_member *expected, size_t nexpected,
			 const wp_committee_member *members, size_t n, wp_err *err);

/* A contact person. unit_id and activity_id are 0 when not given. */
typedef struct wp_contact {
	int64_t id;
	int64_t unit_id;
	int64_t activity_id;
	char *name;  /* owned by the list when read; never NULL */
	char *phone; /* owned, NULL when none */
	char *email; /* owned, NULL when none */
	char *unit_name;      /* owned, read only: NULL when no unit */
	char *activity_title; /* owned, read only: NULL when no activity */
} wp_contact;

/* The contacts in their order. Caller frees with wp_contact_list_free. */
int wp_contact_list(struct wp_store *st, int64_t campaign_id, wp_contact **out, size_t *n,
		    wp_err *err);
void wp_contact_list_free(wp_contact *c, size_t n);

/* Appends c (its id, unit_name and activity_title are ignored); *id
 * receives the new row's id when id is not NULL. */
int wp_contact_add(struct wp_store *st, int64_t campaign_id, const wp_contact *c, int64_t *id,
		   wp_err *err);

/* Replaces the contact seen as expected with c's name, phone, email, unit
 * and activity. */
int wp_contact_update(struct wp_store *st, const wp_contact *expected, const wp_contact *c,
		      wp_err *err);

int wp_contact_delete(struct wp_store *st, const wp_contact *expected, wp_err *err);

/* Undo: makes the contacts contacts again, with their ids and in their
 * order, provided they are now exactly expected (ids, fields, order);
 * else WP_EDIT_CONFLICT and nothing changes. One transaction. */
int wp_contact_restore(struct wp_store *st, int64_t campaign_id, const wp_contact *expected,
		       size_t nexpected, const wp_contact *contacts, size_t n, wp_err *err);

#endif
