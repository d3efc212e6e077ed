/* solar-terms.h - the 24 solar terms (二十四节气) as Gregorian dates, from
 * the embedded table data/solar-terms-cn.tsv (years 2020-2049, Beijing
 * time): 秋分 2026 is 2026-09-23. */
#ifndef WP_SOLAR_TERMS_H
#define WP_SOLAR_TERMS_H

#include "date.h"

/* The first and last years the table holds. */
#define WP_SOLAR_TERMS_YEAR_MIN 2020
#define WP_SOLAR_TERMS_YEAR_MAX 2049

/* The date of the solar term named name (秋分, 冬至, …) in year into *out:
 * 0, or -1 (and *out unchanged) when the year is outside the table or no
 * term has that name. */
int wp_solar_term_date(int year, const char *name, wp_date *out);

#endif
