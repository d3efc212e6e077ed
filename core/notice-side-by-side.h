/* notice-side-by-side.h - two columns of a PDF's text layer printed side
 * by side, given one after the other (see notice-side-by-side.c). */
#ifndef WP_NOTICE_SIDE_BY_SIDE_H
#define WP_NOTICE_SIDE_BY_SIDE_H

#include <stdbool.h>
#include <stddef.h>

/* Takes one line (borrowed for the call); non-zero stops the emitting. */
typedef int (*wp_nside_emit)(void *ctx, const char *line);

/* Gives the n lines to emit in order, a block of two columns side by
 * side as its left column's lines, then its right column's; returns the
 * first non-zero emit returned, else 0. */
int wp_nside_emit_lines(char *const *lines, size_t n, wp_nside_emit emit, void *ctx);

#endif
