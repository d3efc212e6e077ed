#include "config.h"

#include "buf.h"
#include "draw.h"
#include "text.h"

void draw_text(WINDOW *win, int y, int x, int width, const char *text, attr_t attr)
{
	if (width <= 0)
		return;
	wp_buf b = WP_BUF_INIT;
	wp_text_put_padded(&b, text ? text : "", width);
	wattr_set(win, attr, PAIR_NUMBER(attr), NULL);
	mvwaddstr(win, y, x, wp_buf_str(&b));
	wattr_set(win, A_NORMAL, 0, NULL);
	wp_buf_free(&b);
}

int draw_fit(WINDOW *win, int y, int x, int width, const char *text, attr_t attr)
{
	if (width <= 0)
		return 0;
	wp_buf b = WP_BUF_INIT;
	int used = wp_text_put_fit(&b, text ? text : "", width);
	wattr_set(win, attr, PAIR_NUMBER(attr), NULL);
	mvwaddstr(win, y, x, wp_buf_str(&b));
	wattr_set(win, A_NORMAL, 0, NULL);
	wp_buf_free(&b);
	return used;
}

void draw_right(WINDOW *win, int y, int x, int width, const char *text, attr_t attr)
{
	int w = wp_text_width(text ? text : "");
	if (w > width)
		w = width;
	draw_fit(win, y, x + width - w, w, text, attr);
}

void draw_blank(WINDOW *win, int y, int x, int width, attr_t attr)
{
	draw_text(win, y, x, width, "", attr);
}
