#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

/* The hook is set once at start-up by the program, before any threads; it
 * is process configuration rather than state that core mutates. */
static wp_oom_hook oom_hook;

void wp_alloc_set_oom_hook(wp_oom_hook hook)
{
	oom_hook = hook;
}

static void out_of_memory(size_t n)
{
	if (oom_hook)
		oom_hook();
	fprintf(stderr, "weekplan: out of memory (%zu bytes)\n", n);
	abort();
}

void *wp_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory(n);
	return p;
}

void *wp_xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (!p)
		out_of_memory(count * size);
	return p;
}

void *wp_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		out_of_memory(n);
	return q;
}

char *wp_xstrdup(const char *s)
{
	return s ? wp_xstrndup(s, strlen(s)) : NULL;
}

char *wp_xstrndup(const char *s, size_t n)
{
	if (!s)
		return NULL;
	char *p = wp_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
