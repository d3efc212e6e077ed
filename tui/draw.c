#include "config.h"

#include <stdlib.h>

#include "buf.h"
#include "draw.h"
#include "text.h"

/* Every text drawn is first escaped (WP_ESCAPE_TEXT), so that a control
 * or bidi character stored in the database shows as <U+009B> and is
 * fitted to the cell as such. Caller frees. */
static char *shown(const char *text)
{
	wp_buf b = WP_BUF_INIT;
	wp_text_put_escaped(&b, text ? text : "", WP_ESCAPE_TEXT);
	return wp_buf_take(&b);
}

void draw_text(WINDOW *win, int y, int x, int width, const char *text, attr_t attr)
{
	if (width <= 0)
		return;
	char *safe = shown(text);
	wp_buf b = WP_BUF_INIT;
	wp_text_put_padded(&b, safe, width);
	free(safe);
	wattr_set(win, attr, PAIR_NUMBER(attr), NULL);
	mvwaddstr(win, y, x, wp_buf_str(&b));
	wattr_set(win, A_NORMAL, 0, NULL);
	wp_buf_free(&b);
}

int draw_fit(WINDOW *win, int y, int x, int width, const char *text, attr_t attr)
{
	if (width <= 0)
		return 0;
	char *safe = shown(text);
	wp_buf b = WP_BUF_INIT;
	int used = wp_text_put_fit(&b, safe, width);
	free(safe);
	wattr_set(win, attr, PAIR_NUMBER(attr), NULL);
	mvwaddstr(win, y, x, wp_buf_str(&b));
	wattr_set(win, A_NORMAL, 0, NULL);
	wp_buf_free(&b);
	return used;
}

void draw_right(WINDOW *win, int y, int x, int width, const char *text, attr_t attr)
{
	char *safe = shown(text);
	int w = wp_text_width(safe);
	if (w > width)
		w = width;
	draw_fit(win, y, x + width - w, w, safe, attr);
	free(safe);
}

void draw_blank(WINDOW *win, int y, int x, int width, attr_t attr)
{
	draw_text(win, y, x, width, "", attr);
}
