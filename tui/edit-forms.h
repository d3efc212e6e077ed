/* edit-forms.h - the forms that create, change and delete campaigns,
 * activities, deadlines and units, each change one undo step. */
#ifndef WP_EDIT_FORMS_H
#define WP_EDIT_FORMS_H

#include <stdint.h>

#include "date.h"

struct tui;

void forms_campaign_new(struct tui *t);
void forms_campaign_edit(struct tui *t, int64_t id);
void forms_campaign_delete(struct tui *t, int64_t id);

/* day: the date to start with, or WP_DATE_NONE. */
void forms_activity_new(struct tui *t, wp_date day);
void forms_activity_edit(struct tui *t, int64_t id);
void forms_activity_delete(struct tui *t, int64_t id);

void forms_deadline_new(struct tui *t);
void forms_deadline_edit(struct tui *t, int64_t id);
void forms_deadline_delete(struct tui *t, int64_t id);

/* Asks for a unit name and makes it cooperate in the activity. */
void forms_unit_bring_in(struct tui *t, int64_t activity);

#endif
