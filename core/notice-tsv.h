/* notice-tsv.h - a spreadsheet's rows copied as text: cells apart by tabs,
 * a cell that holds line breaks in double quotes over several lines
 * ("办公室<newline>市医疗保障基金稽核中心"), as a spreadsheet puts them on
 * the clipboard; or a sheet saved as comma-separated values and pasted.
 * Each such row is put back on one line, its cells apart by tabs. */
#ifndef WP_NOTICE_TSV_H
#define WP_NOTICE_TSV_H

#include <stddef.h>

/* The lines with each row whose quoted cells run over several lines put
 * back on one line, the quotes gone ("" inside one is a quote); a cell's
 * lines are joined with 、 where both read as units (a list of units a
 * line), else as they are (a title or a sentence wrapped by hand). Lines
 * elsewhere are kept as they were, as is a quote left open (no cell
 * then). A numbered row (1<TAB>…) wrapped inside its cells, the lines
 * under it opening with a tab and filling fewer than half its cells,
 * gets each of their bits back into its own cell (eight such lines at
 * most a row). Takes v (n lines, each owned) and returns the array to use
 * instead, its length in *n. Linear in the lines. */
char **wp_ntsv_rows(char **v, size_t *n);

/* A sheet saved as comma-separated values and pasted: a run of three
 * rows or more apart by ASCII commas, each of the same number of cells
 * (four or more), one with three filled at least. Its rows are put apart
 * by tabs (a quoted cell's lines and commas read as wp_ntsv_rows reads
 * its lines), the empty cells at a row's end dropped. Other lines are
 * kept as they were. Takes v (n lines, each owned, not yet normalised:
 * the commas still ASCII) and returns the array to use instead, its
 * length in *n. Linear in the lines. */
char **wp_ncsv_rows(char **v, size_t *n);

#endif
