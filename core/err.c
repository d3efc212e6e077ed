#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "err.h"

int wp_err_set(wp_err *err, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err->msg, sizeof err->msg, fmt, ap);
		va_end(ap);
	}
	return -1;
}

int wp_err_prefix(wp_err *err, const char *fmt, ...)
{
	if (err) {
		char prefix[WP_ERR_MAX];
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(prefix, sizeof prefix, fmt, ap);
		va_end(ap);
		size_t plen = strlen(prefix), mlen = strnlen(err->msg, WP_ERR_MAX - 1);
		if (plen + mlen > WP_ERR_MAX - 1)
			mlen = WP_ERR_MAX - 1 - plen; /* keep the context, cut the tail */
		memmove(err->msg + plen, err->msg, mlen);
		memcpy(err->msg, prefix, plen);
		err->msg[plen + mlen] = '\0';
	}
	return -1;
}
