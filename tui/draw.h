/* draw.h - text on the screen by display width: CJK characters take two
 * columns, a text cut to fit ends with an ellipsis and never splits a
 * character. */
#ifndef WP_DRAW_H
#define WP_DRAW_H

#include <curses.h>

/* Writes text at (y, x) fitted and padded to exactly width columns. */
void draw_text(WINDOW *win, int y, int x, int width, const char *text, attr_t attr);

/* Writes text at (y, x) cut to at most width columns, no padding; returns
 * the columns written. */
int draw_fit(WINDOW *win, int y, int x, int width, const char *text, attr_t attr);

/* Right-aligns text within width columns ending at x + width. */
void draw_right(WINDOW *win, int y, int x, int width, const char *text, attr_t attr);

/* Fills a line segment with blanks in attr. */
void draw_blank(WINDOW *win, int y, int x, int width, attr_t attr);

#endif
