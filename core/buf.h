/* buf.h - a growable NUL-terminated byte buffer.
 *
 * The buffer owns its memory. Appends never fail: allocation failure is
 * fatal through wp_xalloc (see alloc.h), which is the one failure core does
 * not report through wp_err. */
#ifndef WP_BUF_H
#define WP_BUF_H

#include <stddef.h>

typedef struct wp_buf {
	char *data; /* always NUL-terminated once anything was appended */
	size_t len;
	size_t cap;
} wp_buf;

#define WP_BUF_INIT {NULL, 0, 0}

void wp_buf_append(wp_buf *b, const char *s, size_t n);
void wp_buf_puts(wp_buf *b, const char *s);
void wp_buf_putc(wp_buf *b, char c);
void wp_buf_printf(wp_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* Appends n spaces. */
void wp_buf_spaces(wp_buf *b, int n);
/* Returns the contents ("" when empty); valid until the next append. */
const char *wp_buf_str(const wp_buf *b);
/* Hands the contents to the caller (free() it) and resets b. */
char *wp_buf_take(wp_buf *b);
void wp_buf_reset(wp_buf *b);
void wp_buf_free(wp_buf *b);

#endif
