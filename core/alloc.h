/* alloc.h - allocation that cannot fail.
 *
 * Out of memory is the one condition core treats as fatal. The front end
 * installs a hook (to leave curses mode first); the default prints a line
 * to stderr and aborts. */
#ifndef WP_ALLOC_H
#define WP_ALLOC_H

#include <stddef.h>

typedef void (*wp_oom_hook)(void);

/* Sets the function called before aborting on out of memory. */
void wp_alloc_set_oom_hook(wp_oom_hook hook);

void *wp_xmalloc(size_t n);
void *wp_xcalloc(size_t count, size_t size);
void *wp_xrealloc(void *p, size_t n);
/* Copies s (NULL gives NULL). The caller owns the result. */
char *wp_xstrdup(const char *s);
char *wp_xstrndup(const char *s, size_t n);

#endif
