#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"

static void reserve(wp_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap *= 2;
	b->data = wp_xrealloc(b->data, cap);
	b->cap = cap;
}

void wp_buf_append(wp_buf *b, const char *s, size_t n)
{
	reserve(b, n);
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void wp_buf_puts(wp_buf *b, const char *s)
{
	wp_buf_append(b, s, strlen(s));
}

void wp_buf_putc(wp_buf *b, char c)
{
	wp_buf_append(b, &c, 1);
}

void wp_buf_printf(wp_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void wp_buf_spaces(wp_buf *b, int n)
{
	for (int i = 0; i < n; i++)
		wp_buf_putc(b, ' ');
}

const char *wp_buf_str(const wp_buf *b)
{
	return b->data ? b->data : "";
}

char *wp_buf_take(wp_buf *b)
{
	char *s = b->data ? b->data : wp_xstrdup("");
	b->data = NULL;
	b->len = b->cap = 0;
	return s;
}

void wp_buf_reset(wp_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

void wp_buf_free(wp_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
