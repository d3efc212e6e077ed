/* err.h - error messages filled by core functions for their callers.
 *
 * Core functions return 0 on success and -1 on failure; on failure they
 * describe the problem in a caller-provided wp_err as one line of text.
 * Core never prints and never exits. */
#ifndef WP_ERR_H
#define WP_ERR_H

#define WP_ERR_MAX 512

typedef struct wp_err {
	char msg[WP_ERR_MAX];
} wp_err;

/* Formats the message into err (which may be NULL) and returns -1, so a
 * failing path can read "return wp_err_set(err, ...);". */
int wp_err_set(wp_err *err, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Prefixes an existing message with context ("plan.json: "), returns -1. */
int wp_err_prefix(wp_err *err, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

#endif
