/* holidays.h - the official holiday arrangement and the user's own days.
 *
 * The program carries the State Council arrangements (data/holidays-cn.tsv)
 * and copies them into each database's calendar_day table as 'official'
 * rows, refreshing them when a newer program brings newer data. Users add
 * their own days ('user' rows), which win over official ones. */
#ifndef WP_HOLIDAYS_H
#define WP_HOLIDAYS_H

#include <stdbool.h>
#include <stddef.h>

#include "calendar.h"
#include "date.h"
#include "err.h"

struct wp_store;

/* Brings the official rows up to date with the embedded data, in one
 * transaction. Cheap when nothing changed (one lookup). */
int wp_holidays_sync(struct wp_store *st, wp_err *err);

enum { WP_HOLIDAYS_MAX_BYTES = 256 * 1024, WP_HOLIDAYS_MAX_YEARS = 64 };

typedef struct wp_holidays_import_result {
	int years[WP_HOLIDAYS_MAX_YEARS]; /* the years replaced, ascending */
	int nyears;
	size_t ndays;
} wp_holidays_import_result;

/* Loads official arrangements in data/holidays-cn.tsv's format (text,
 * len bytes: an optional "date<TAB>kind<TAB>name" header, then one
 * "YYYY-MM-DD<TAB>off|work<TAB>name" line per day; '#' lines are comments)
 * in one transaction: each year the file lists replaces that year's
 * official days (and so its provisional ones) and becomes known, and every
 * deadline is resolved again. December days listed with the next year
 * (a 元旦 period that begins on 31 December) are added without replacing
 * their year. A malformed line, a bad date, a day listed twice, text that
 * is not UTF-8 or a file over WP_HOLIDAYS_MAX_BYTES is refused with an
 * error naming the line, and nothing is stored. res (may be NULL) says
 * what was loaded. */
int wp_holidays_import(struct wp_store *st, const char *text, size_t len,
		       wp_holidays_import_result *res, wp_err *err);

/* The official arrangement the program carries, as a calendar of its own
 * (no store, no user's days): the years it lists are covered. For a
 * reader that counts working days before any store is at hand. The
 * caller frees it with wp_calendar_free. */
wp_calendar *wp_holidays_official_calendar(void);

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
