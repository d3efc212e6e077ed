/* lunar.c - lunar dates from data/lunar-months-cn.tsv: see lunar.h. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "embedded.h"
#include "lunar.h"

/* Scans the embedded table for the row of year/month/leap. The table is
 * under 400 short lines and a notice has a handful of lunar dates, so a
 * scan per date costs nothing worth caching (and keeps no state). */
int wp_lunar_to_solar(int lunar_year, int month, bool leap, int day, wp_date *out)
{
	if (lunar_year < WP_LUNAR_YEAR_MIN || lunar_year > WP_LUNAR_YEAR_MAX || month < 1 || month > 12 ||
	    day < 1 || day > 30)
		return -1;
	for (const char *p = wp_embedded_lunar_months_tsv; p; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		int y, m, l, days;
		char first[16];
		if (*p == '#' || sscanf(p, "%d\t%d\t%d\t%15[^\t]\t%d", &y, &m, &l, first, &days) != 5)
			continue;
		if (y != lunar_year || m != month || (l != 0) != leap)
			continue;
		wp_date d;
		if (day > days || wp_date_parse(first, &d, NULL) != 0)
			return -1;
		*out = d + day - 1;
		return 0;
	}
	return -1;
}
