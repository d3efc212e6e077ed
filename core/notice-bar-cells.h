/* notice-bar-cells.h - a web page's table copied a cell to a line with a
 * line of a lone | between cells (| / 序号 / | / 活动内容 / | / | / 1 / …),
 * put back as rows of a barred table (| 序号 | 活动内容 |). */
#ifndef WP_NOTICE_BAR_CELLS_H
#define WP_NOTICE_BAR_CELLS_H

#include <stddef.h>

/* The lines with each such table's cells joined into rows, one line per
 * row; lines elsewhere are kept as they were. Takes v (n lines, each
 * owned) and returns the array to use instead (the same one when no such
 * table is there), its length in *n. Linear in the lines. */
char **wp_nbar_cells_rows(char **v, size_t *n);

#endif
