/* truthcmp.h - compare a campaign with a seed reading (see truthcmp.c). */
#ifndef WP_TRUTHCMP_H
#define WP_TRUTHCMP_H

#include <stdbool.h>
#include <stdint.h>

#include "store.h"

/* Compares campaign id of store with the reading in file; *fields gets
 * the number of fields compared, *wrong how many differ (printed on
 * stderr when print_mismatches). */
void truth_compare(wp_store *store, int64_t id, const char *file, bool print_mismatches,
		   int *fields, int *wrong);

#endif
