/* lazylib.c - a shared library opened at its first use (see lazylib.h). */
#include "config.h"

#include <dlfcn.h>
#include <string.h>

#include "i18n-core.h"
#include "lazylib.h"

/* The table is filled by copying a dlsym result into a function pointer. */
_Static_assert(sizeof(void (*)(void)) == sizeof(void *), "function and data pointers differ in size");

/* The library missing altogether: where to get it. */
static int missing_library(const struct wp_lazylib *lib, wp_err *err)
{
	const char *purpose = WP_TR(lib->purpose);
	if (*lib->package)
		return wp_err_set(err, WP_TR("%s needs %s (apt-get install %s)"), purpose, lib->package,
				  lib->package);
	return wp_err_set(err, WP_TR("%s needs the shared library %s, which is not installed"), purpose,
			  lib->soname);
}

/* The library found but not the one the program was built against (an
 * older version, a broken copy): which function it lacks. */
static int missing_symbol(const struct wp_lazylib *lib, const char *name, wp_err *err)
{
	const char *purpose = WP_TR(lib->purpose);
	if (*lib->package)
		return wp_err_set(err, WP_TR("%s needs %s: the installed %s has no %s (apt-get install %s)"),
				  purpose, lib->package, lib->soname, name, lib->package);
	return wp_err_set(err, WP_TR("%s needs the shared library %s: the installed one has no %s"), purpose,
			  lib->soname, name);
}

/* Every call opens the library again and nothing ever closes it. A
 * second dlopen of a loaded library only finds it in the loader's list
 * and counts one more reference, so the table can live in the caller
 * (on its stack) with no state of our own, and no lock: dlopen and dlsym
 * are thread-safe. The handle the loader keeps is process-wide state,
 * the one accepted here: closing would unload poppler while glib, which
 * it loaded, stays (glib's type system cannot be unloaded), and the next
 * notice would pay the whole load again. */
int wp_lazylib_load(const struct wp_lazylib *lib, void *table, wp_err *err)
{
	void *handle = dlopen(lib->soname, RTLD_LAZY | RTLD_LOCAL);
	if (!handle)
		return missing_library(lib, err);
	for (size_t i = 0; i < lib->nsyms; i++) {
		void *sym = dlsym(handle, lib->syms[i].name);
		if (!sym)
			return missing_symbol(lib, lib->syms[i].name, err);
		/* POSIX guarantees a function's address survives the trip
		 * through void *; ISO C has no cast for it, memcpy is exact. */
		memcpy((char *)table + lib->syms[i].offset, &sym, sizeof sym);
	}
	return 0;
}
