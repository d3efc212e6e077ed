/* knowndiff.h - the list of differences known between the notice reader
 * and the hand-checked readings (tests/fixtures/known-differences.txt),
 * one line each: notice<TAB>field key<TAB>expected<TAB>got; also the list
 * of differences between a notice and its copies
 * (tests/fixtures/copy-differences.txt, five fields a line). */
#ifndef WP_TESTS_KNOWNDIFF_H
#define WP_TESTS_KNOWNDIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct {
	char **lines; /* owned, without the newline */
	size_t *at;   /* each line's number in the file it was loaded from */
	size_t n;
} diff_lines;

/* Adds a line of n fields (the copies test lists five: notice,
 * transform, field, original, copy); escaped as diff_lines_add does. */
void diff_lines_add_fields(diff_lines *l, const char *const *fields, size_t n);
/* Adds a line; tabs, newlines and backslashes in the fields are escaped
 * (\t, \n, \r, \\) so a line stays one line of four fields. */
void diff_lines_add(diff_lines *l, const char *notice, const char *key, const char *want,
		    const char *got);
/* The lines of file (comments and blank lines skipped); the test fails
 * if it cannot be read. */
void diff_lines_load(diff_lines *l, const char *file);
/* Writes the lines to file under the comment header; the test fails if
 * it cannot be written. */
void diff_lines_write(const diff_lines *l, const char *file, const char *header);
/* Prints on out each line of now missing from known ("+ ") and each line
 * of known that does not occur in now ("- ", with its line number in
 * file); returns how many lines differ. */
int diff_lines_compare(const diff_lines *known, const diff_lines *now, const char *file,
		       FILE *out);
/* Keeps the lines of l for which keep(line, data) holds, in order; frees
 * the others. */
void diff_lines_keep(diff_lines *l, bool (*keep)(const char *line, void *data), void *data);
void diff_lines_free(diff_lines *l);

#endif
