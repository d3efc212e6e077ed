/* locale-fmt.h - dates and labels in the user's language.
 *
 * Chinese is chosen when the locale (LC_ALL, LC_TIME or LANG, first set
 * wins, as setlocale does) names zh; otherwise English. Dates print with
 * their weekday: "Wed 22 Apr" or "4月22日 周三". */
#ifndef WP_LOCALE_FMT_H
#define WP_LOCALE_FMT_H

#include <stdbool.h>

#include "buf.h"
#include "date.h"

bool wp_locale_is_zh(void);

enum { WP_FMT_YEAR = 1 };

/* Appends a date with its weekday (and the year with WP_FMT_YEAR). */
void wp_fmt_date(wp_buf *b, wp_date d, bool zh, int flags);

/* Appends "Wed 22 Apr – Sun 26 Apr" (one date when start == end). */
void wp_fmt_range(wp_buf *b, wp_date start, wp_date end, bool zh, int flags);

/* The short weekday name, 1 = Monday. */
const char *wp_fmt_weekday(int weekday, bool zh);

#endif
