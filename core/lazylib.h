/* lazylib.h - a shared library opened at its first use, not at start-up.
 *
 * The notice readers and some exports need large libraries (poppler
 * alone maps ~50 more: cairo, glib, nss, X11 ...) that most runs of the
 * program never call: linked in, they were mapped, relocated and
 * initialised at every start (bench/RESULTS.md). Such a library is
 * instead opened by its soname when a file of its kind is read or
 * written, and its functions looked up into a table of typed function
 * pointers that the user declares beside its code (notice-pdf-lib.h).
 *
 * A user describes the table: the pointers' names (each the library
 * function's own name) and offsets, the soname and the Debian package
 * that ships it, and what the library is needed for, so that a missing
 * library is one line the user can act on: "reading PDF files needs
 * libpoppler-glib8 (apt-get install libpoppler-glib8)". */
#ifndef WP_LAZYLIB_H
#define WP_LAZYLIB_H

#include <stddef.h>

#include "err.h"

/* One function of a table: its symbol name and where its pointer lies
 * in the table struct. */
struct wp_lazylib_sym {
	const char *name;
	size_t offset;
};

/* A table's entry for the function pointer `name` of struct `type`
 * (the field and the library's symbol share the name). */
#define WP_LAZYLIB_SYM(type, name) { #name, offsetof(type, name) }

struct wp_lazylib {
	const char *soname;  /* "libpoppler-glib.so.8" (configure finds it) */
	const char *package; /* "libpoppler-glib8", or "" when unknown */
	const char *purpose; /* untranslated, WP_N_: "reading PDF files" */
	const struct wp_lazylib_sym *syms;
	size_t nsyms;
};

/* Opens lib->soname (RTLD_LAZY | RTLD_LOCAL) unless the process has it
 * open already, and fills each function pointer of table (a struct of
 * function pointers laid out as lib->syms says); a symbol is looked up
 * in the library and the libraries it depends on (glib's g_free through
 * poppler-glib). 0, or -1 with err when the library or one of its
 * functions is missing; the table is then left partly filled and must
 * not be used.
 *
 * The library stays loaded for the life of the process and the table's
 * pointers stay valid: see lazylib.c for why it is never closed. */
int wp_lazylib_load(const struct wp_lazylib *lib, void *table, wp_err *err);

#endif
