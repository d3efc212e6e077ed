/* group.h - groups of units that owe a report member by member.
 *
 * A notice makes 组委会成员单位 or 各乡镇人民政府 owe a report, and the
 * clerk has to chase each member. A group is an ordinary unit with
 * members (schema 006). A committee group (its name one of the words in
 * table committee_group_word) has, in each campaign, that campaign's
 * committee vice-chairs and members: never stored, so it follows the
 * committee. Any other unit becomes a user group once it is given members.
 *
 * This module owns group_member and member_submission. Every change runs
 * inside the caller's transaction (wp_store_begin/commit), so a change of
 * several rows happens whole or not at all. */
#ifndef WP_GROUP_H
#define WP_GROUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "err.h"

struct wp_store;
struct wp_deadline_list;

/* True (1) if the unit's name makes it its campaigns' committee members,
 * 0 if not, -1 on error. */
int wp_group_is_committee(struct wp_store *st, int64_t unit_id, bool *out, wp_err *err);

/* A group's member, or a group as listed by wp_group_list. */
typedef struct wp_group_unit {
	int64_t id;
	char *name, *region; /* owned */
	size_t nmembers;     /* wp_group_list: members (0 for a committee group) */
	bool committee;      /* wp_group_list: a committee group */
} wp_group_unit;

void wp_group_units_free(wp_group_unit *units, size_t n);

/* The ids of every unit that is a group (one with members of its own, or
 * a committee group by its name), ascending; groups are few. *ids is the
 * caller's to free. */
int wp_group_ids(struct wp_store *st, int64_t **ids, size_t *n, wp_err *err);

/* The members of group_id: for a committee group those of campaign_id's
 * committee (none when campaign_id is 0 or another region's plan), for another group the ones the
 * user gave, in the order given. *out is the caller's (free with
 * wp_group_units_free). */
int wp_group_members(struct wp_store *st, int64_t group_id, int64_t campaign_id,
		     wp_group_unit **out, size_t *n, wp_err *err);

/* Every user group with its member count, then every committee-group unit
 * some plan names, by name. */
int wp_group_list(struct wp_store *st, wp_group_unit **out, size_t *n, wp_err *err);

/* Adds member_id to group_id (at the end; nothing happens if it is one
 * already). Fails for a committee group (its members are the committee's),
 * a unit added to itself, and a member that is itself a group. */
int wp_group_add(struct wp_store *st, int64_t group_id, int64_t member_id, wp_err *err);

/* Removes member_id from group_id with the submissions it made through
 * the group. Fails if it is not a member. */
int wp_group_remove(struct wp_store *st, int64_t group_id, int64_t member_id, wp_err *err);

/* Marks unit_id's report for deadline_id submitted on day (WP_DATE_NONE:
 * pending again). unit_id may be an owner of the deadline or a member of a
 * group that owns it. A group owner's own mark stands for each member
 * that has none of its own (so marking the group marks them all, and
 * clearing it leaves the members that reported themselves); a member
 * marked pending while its group is marked as a whole takes the group's
 * mark apart into one per member first. Fails if unit_id owes nothing
 * for the deadline. */
int wp_group_set_status(struct wp_store *st, int64_t deadline_id, int64_t unit_id, wp_date day,
			wp_err *err);

/* unit_id's status for deadline_id as the deadline lists show it: a
 * member's own, a group's (the day its last member submitted, once all
 * have), another owner's mark. Fails as wp_group_set_status does. */
int wp_group_status(struct wp_store *st, int64_t deadline_id, int64_t unit_id, wp_date *out,
		    wp_err *err);

/* Fills in the members of every group owner of every deadline in list
 * (wp_owner.members), with their submissions, each group owner's count of
 * members submitted and its submitted_on (the day its last member
 * submitted, when all have), and each deadline's npending (submissions
 * still awaited, a member counting as one). The deadline queries call it. */
int wp_group_load_members(struct wp_store *st, struct wp_deadline_list *list, wp_err *err);

/* The same by name: the member is the unit of that name (or alias) in the
 * group's region; wp_group_add_named makes it if no plan named it yet
 * (the towns of 各乡镇人民政府 seldom appear in a plan). */
int wp_group_add_named(struct wp_store *st, int64_t group_id, const char *name, wp_err *err);
int wp_group_remove_named(struct wp_store *st, int64_t group_id, const char *name, wp_err *err);

/* ---- SQL for the deadline queries -----------------------------------------
 * Conditions on a group (SQL expression g: a unit id) in a campaign (c),
 * for the queries that must tell what a group's members still owe without
 * loading them (query.c's pending filter). Each is a few index lookups. */

/* g's name makes it a committee group. */
#define WP_GROUP_SQL_IS_COMMITTEE(g)                                              \
	"EXISTS (SELECT 1 FROM unit gu JOIN committee_group_word gw "              \
	"        ON gw.name_key = gu.name_key WHERE gu.id = " g ")"

/* The committee roles that make a unit a member of its committee group. */
#define WP_GROUP_SQL_MEMBER_ROLES "('vice_chair', 'member')"

/* Every unit that may have members (a superset of those that have): the
 * groups with members of their own and the committee groups. */
/* (From the dozen committee words to the units by name, not the other
 * way: the unit registry, thousands of rows, is never read whole.) */
#define WP_GROUP_SQL_UNITS                                                        \
	"SELECT gm.group_id FROM group_member gm "                                  \
	"UNION SELECT gu.id FROM committee_group_word gw CROSS JOIN unit gu "       \
	"      ON gu.name_key = gw.name_key"

/* g has members in campaign c. */
#define WP_GROUP_SQL_HAS_MEMBERS(g, c)                                            \
	"(EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = " g ") "      \
	" OR (" WP_GROUP_SQL_IS_COMMITTEE(g) " AND EXISTS (SELECT 1 FROM "         \
	"     committee_member cm WHERE cm.campaign_id = " c                        \
	"     AND cm.role IN " WP_GROUP_SQL_MEMBER_ROLES ")))"

/* unit (not NULL) is a member of g in campaign c. */
#define WP_GROUP_SQL_IS_MEMBER(g, c, unit)                                        \
	"(EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = " g            \
	"         AND gm.member_id = " unit ") "                                    \
	" OR (" WP_GROUP_SQL_IS_COMMITTEE(g) " AND EXISTS (SELECT 1 FROM "         \
	"     committee_member cm WHERE cm.campaign_id = " c " AND cm.unit_id = " unit \
	"     AND cm.role IN " WP_GROUP_SQL_MEMBER_ROLES ")))"

/* Some member of g in campaign c has not submitted deadline dl through g
 * (nor has g as a whole: the caller checks g's own mark); with unit not
 * NULL, one that is unit itself, or any when unit is g. */
#define WP_GROUP_SQL_MEMBER_PENDING(dl, g, c, unit)                              \
	"(EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = " g            \
	"         AND (" unit " IS NULL OR " unit " IN (" g ", gm.member_id)) "     \
	"         AND NOT EXISTS (SELECT 1 FROM member_submission ms "              \
	"             WHERE ms.deadline_id = " dl " AND ms.group_id = " g            \
	"             AND ms.member_id = gm.member_id)) "                           \
	" OR (" WP_GROUP_SQL_IS_COMMITTEE(g) " AND EXISTS (SELECT 1 FROM "         \
	"     committee_member cm WHERE cm.campaign_id = " c                        \
	"     AND cm.role IN " WP_GROUP_SQL_MEMBER_ROLES                            \
	"     AND (" unit " IS NULL OR " unit " IN (" g ", cm.unit_id)) "          \
	"     AND NOT EXISTS (SELECT 1 FROM member_submission ms "                  \
	"         WHERE ms.deadline_id = " dl " AND ms.group_id = " g                \
	"         AND ms.member_id = cm.unit_id))))"

#endif
