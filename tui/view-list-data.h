/* view-list-data.h - the list dialog's data, shared by view-list.c and the
 * lists built on it in other files (view-committee.c). */
#ifndef WP_VIEW_LIST_DATA_H
#define WP_VIEW_LIST_DATA_H

#include <stdint.h>

#include "date.h"
#include "keys.h"
#include "tui.h"

struct list_item {
	char *line;
	char *detail; /* opened with Enter, may be NULL */
	int attr_role;
	int64_t id; /* for lists whose items select something */
	enum {
		ITEM_PLAIN,
		ITEM_DAY,
		ITEM_UNIT,
		ITEM_CAMPAIGN,
		ITEM_ACTIVITY,
		ITEM_DEADLINE,
		ITEM_MEMBER,
		ITEM_COMMITTEE, /* id: unit; role in attr-free field */
		ITEM_CONTACT
	} kind;
};

struct list_data;

/* What n, e and d do in a list, supplied by whoever builds it (the list
 * widget knows no form). NULL, or a NULL member: n does nothing, e and d
 * say there is nothing to change. */
struct list_ops {
	void (*on_new)(struct tui *t, struct list_data *l);
	/* it: the item under the cursor */
	void (*on_edit)(struct tui *t, struct list_data *l, struct list_item *it);
	void (*on_delete)(struct tui *t, struct list_data *l, struct list_item *it);
};

struct list_data {
	char *title;
	struct list_item *items;
	int n, cap;
	int selected, top;
	/* Called on Enter instead of opening the detail; may close the list. */
	enum view_result (*on_open)(struct tui *t, struct list_data *l, struct list_item *it);
	/* Refills the list when the data changed (may be NULL: a snapshot). */
	void (*fill)(struct tui *t, struct list_data *l);
	const struct list_ops *ops; /* n, e, d; may be NULL */
	wp_date day; /* of a day list: where n adds an activity */
	int64_t unit_id; /* of a unit's page: n adds a member, d removes one */
	/* Takes the list's n/e/d and the other list keys before the defaults
	 * (a committee, the contacts); VIEW_IGNORED passes a key on. May be NULL. */
	enum view_result (*on_action)(struct tui *t, struct list_data *l, enum wp_action act);
	int64_t campaign_id; /* of a committee or contact list */
	/* What a list built elsewhere keeps with it (the import review's
	 * plan), freed with the list by extra_free. May be NULL. */
	void *extra;
	void (*extra_free)(void *extra);
};

/* Tags the item added last with what it selects. */
void list_tag(struct list_data *l, int kind, int64_t id);

void view_list_committee(struct tui *t, int64_t campaign_id);
void view_list_contacts(struct tui *t, int64_t campaign_id);

#endif
