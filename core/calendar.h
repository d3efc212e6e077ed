/* calendar.h - the working-day calendar.
 *
 * China's official calendar is not "Monday to Friday": public holidays
 * take weekdays off and make-up working days (调休上班) put work on
 * Saturdays and Sundays. A wp_calendar holds the days that differ from the
 * plain weekly rhythm and answers working-day questions:
 *
 *   a date is a working day if it is marked WORK, or if it is Monday to
 *   Friday and not marked OFF.
 *
 * Days are loaded one year at a time through a loader callback (the store
 * supplies one that reads the calendar table), so a calculation only reads
 * the years it touches. A failed load is remembered and reported by
 * wp_calendar_error(); the failing year then counts as having no special
 * days. */
#ifndef WP_CALENDAR_H
#define WP_CALENDAR_H

#include <stdbool.h>

#include "date.h"
#include "err.h"

typedef enum wp_daykind {
	WP_DAY_NORMAL = 0, /* follows the weekly rhythm */
	WP_DAY_OFF,        /* public holiday (休) */
	WP_DAY_WORK,       /* make-up working day on a weekend (班) */
} wp_daykind;

typedef struct wp_calendar wp_calendar;

/* Fills cal with the special days of one year (wp_calendar_add) and says
 * whether the year's official arrangement is known (wp_calendar_set_covered). */
typedef int (*wp_calendar_loader)(void *ctx, int year, wp_calendar *cal, wp_err *err);

/* loader may be NULL (a calendar filled by hand, as tests do). ctx is
 * borrowed and must outlive the calendar. Free with wp_calendar_free. */
wp_calendar *wp_calendar_new(wp_calendar_loader loader, void *ctx);
void wp_calendar_free(wp_calendar *cal);

/* Marks a day; a later mark of the same day replaces the earlier one (so a
 * user's entry loaded after the official one overrides it). name is copied. */
void wp_calendar_add(wp_calendar *cal, wp_date day, wp_daykind kind, const char *name);
void wp_calendar_set_covered(wp_calendar *cal, int year, bool covered);

/* A provisional day: computed from the holiday law for a year whose
 * official arrangement is not known (see provisional.h), and said to be so
 * wherever it shows. A later wp_calendar_add of the same day replaces it
 * with a day that is not provisional. */
void wp_calendar_add_provisional(wp_calendar *cal, wp_date day, wp_daykind kind,
				 const char *name);
void wp_calendar_set_provisional(wp_calendar *cal, int year, bool provisional);

/* The kind of a day; *name (if not NULL) receives the holiday's name or
 * NULL, borrowed from the calendar. */
wp_daykind wp_calendar_kind(wp_calendar *cal, wp_date day, const char **name);

/* True if the official arrangement of year is known: without it, working
 * days that year are counted on the weekly rhythm alone. */
bool wp_calendar_covers(wp_calendar *cal, int year);

/* True if year's days off are provisional ones computed from the law
 * (the year is not covered, and the law's dates for it are known). */
bool wp_calendar_provisional(wp_calendar *cal, int year);

/* True if day's marking is a provisional one. */
bool wp_calendar_day_provisional(wp_calendar *cal, wp_date day);

/* 0 if every load succeeded, else -1 with the first failure in err. */
int wp_calendar_error(const wp_calendar *cal, wp_err *err);

bool wp_workday_is(wp_calendar *cal, wp_date day);

/* The n-th working day after day (n > 0) or before it (n < 0); day itself
 * for n == 0. 2026-04-26 + 2 is 2026-04-28. */
wp_date wp_workday_add(wp_calendar *cal, wp_date day, int n);

/* Working days d with from < d <= to; negative (counting the other way)
 * when to < from. So a report due on the next working day has 1 left. */
int wp_workday_between(wp_calendar *cal, wp_date from, wp_date to);

/* day if it is a working day, else the first working day after it. */
wp_date wp_workday_roll_forward(wp_calendar *cal, wp_date day);

/* day if it is a working day, else the last working day before it. */
wp_date wp_workday_roll_back(wp_calendar *cal, wp_date day);

#endif
