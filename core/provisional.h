/* provisional.h - a year's days off computed from the holiday law.
 *
 * The State Council publishes each year's arrangement (放假调休) late in
 * the year before, while plans for that year are drafted earlier. Until it
 * is loaded, weekplan falls back on the days the law itself fixes
 * (全国年节及纪念日放假办法, as revised in 2024): 元旦 1 day, 春节 4 days
 * from 除夕 to 初三, 清明 1, 劳动节 2 (1-2 May), 端午 1, 中秋 1, 国庆 3
 * (1-3 October). It does not guess make-up working days or moved days,
 * which only the notice decides. The lunar dates come from a table
 * (data/lunar-cn.tsv, sources in data/lunar-cn.README.md); a year the table
 * lacks has no provisional days. */
#ifndef WP_PROVISIONAL_H
#define WP_PROVISIONAL_H

#include <stdbool.h>

#include "calendar.h"

/* True if the table holds year's lunar dates. */
bool wp_provisional_known(int year);

/* Adds year's provisional days off to cal (wp_calendar_add_provisional)
 * and marks the year provisional. Returns false, changing nothing, for a
 * year the table lacks. */
bool wp_provisional_fill(wp_calendar *cal, int year);

#endif
