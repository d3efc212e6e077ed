/* bench.h - the generator's vocabulary, shared by the view bench (bench.c)
 * and the import bench (bench-import.c), so both make the same shape of
 * data from the same seed. */
#ifndef WP_BENCH_H
#define WP_BENCH_H

#include <stddef.h>

enum { PLACES = 300, AGENCIES = 10, UNITS = PLACES * AGENCIES, FIRST_YEAR = 2020, YEARS = 10 };

extern const char *const agencies[AGENCIES];
extern const char *const venues[6];

int random_below(int n);
void place_name(int place, char *buf, size_t size);
/* A title of about 15 Chinese characters. */
void random_title(char *buf, size_t size);
/* 2-6 distinct unit numbers (1..UNITS) in units; returns how many. */
int random_units(int *units);

/* weekplan-bench --import N [WEEKPLAN [--per-file]] (bench-import.c). */
int bench_import(int argc, char **argv);

#endif
