/* holidays.h - the official holiday arrangement and the user's own days.
 *
 * The program carries the State Council arrangements (data/holidays-cn.tsv)
 * and copies them into each database's calendar_day table as 'official'
 * rows, refreshing them when a newer program brings newer data. Users add
 * their own days ('user' rows), which win over official ones. */
#ifndef WP_HOLIDAYS_H
#define WP_HOLIDAYS_H

#include <stdbool.h>

#include "calendar.h"
#include "date.h"
#include "err.h"

struct wp_store;

/* Brings the official rows up to date with the embedded data, in one
 * transaction. Cheap when nothing changed (one lookup). */
int wp_holidays_sync(struct wp_store *st, wp_err *err);

/* Sets the user's marking of a day: WP_DAY_OFF, WP_DAY_WORK, or
 * WP_DAY_NORMAL (an ordinary day even if officially a holiday). name may
 * be NULL. Resolved deadlines that depend on the calendar are recomputed
 * in the same transaction. */
int wp_holidays_set_user_day(struct wp_store *st, wp_date day, wp_daykind kind,
			     const char *name, wp_err *err);

/* Removes the user's marking of a day (the official one applies again). */
int wp_holidays_clear_user_day(struct wp_store *st, wp_date day, wp_err *err);

/* Declares the user's entry of a year's arrangement complete (known) or
 * not: a known year's working days are trusted, an unknown one's are
 * counted Monday to Friday with a warning from the plan check. Official
 * years stay known. */
int wp_holidays_set_year_known(struct wp_store *st, int year, bool known, wp_err *err);

#endif
