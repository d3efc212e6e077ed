/* embedded.h - data files compiled into the program (see build-aux/embed.sh).
 * All strings are static and NUL-terminated; nobody frees them. */
#ifndef WP_EMBEDDED_H
#define WP_EMBEDDED_H

struct wp_embedded_file {
	const char *name;
	const char *text;
};

/* data/holidays-cn.tsv: the official China holiday arrangement. */
extern const char *const wp_embedded_holidays_tsv;

/* data/lunar-cn.tsv: 春节, 清明, 端午 and 中秋 dates for provisional years. */
extern const char *const wp_embedded_lunar_tsv;

/* data/lunar-months-cn.tsv: each lunar month's first day and length, 2020-2049. */
extern const char *const wp_embedded_lunar_months_tsv;

/* data/solar-terms-cn.tsv: the date of each of the 24 solar terms, 2020-2049. */
extern const char *const wp_embedded_solar_terms_tsv;

/* The schema steps (data/schema) in order: step i upgrades user_version i to i+1. */
extern const char *const wp_embedded_schema[];
extern const int wp_embedded_schema_count;

/* The bundled sample plans (data/plans), in file-name order. */
extern const struct wp_embedded_file wp_embedded_plans[];
extern const int wp_embedded_plan_count;

#endif
