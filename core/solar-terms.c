/* solar-terms.c - solar term dates from data/solar-terms-cn.tsv: see
 * solar-terms.h. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "embedded.h"
#include "solar-terms.h"

/* Scans the embedded table for the row of year/name. The table is some
 * 720 short lines and a notice names a term or two, so a scan per
 * lookup costs nothing worth caching (and keeps no state). */
int wp_solar_term_date(int year, const char *name, wp_date *out)
{
	if (year < WP_SOLAR_TERMS_YEAR_MIN || year > WP_SOLAR_TERMS_YEAR_MAX || !name)
		return -1;
	for (const char *p = wp_embedded_solar_terms_tsv; p; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		int y;
		char term[16], date[16];
		if (*p == '#' || sscanf(p, "%d\t%15[^\t]\t%15[^\t\n]", &y, term, date) != 3)
			continue;
		if (y != year || strcmp(term, name) != 0)
			continue;
		wp_date d;
		if (wp_date_parse(date, &d, NULL) != 0)
			return -1;
		*out = d;
		return 0;
	}
	return -1;
}
