/* export-ics-lib.c - libical loaded at the first calendar written (see
 * export-ics-lib.h). */
#include "config.h"

#include "export-ics-lib.h"
#include "i18n-core.h"
#include "lazylib.h"

static const struct wp_lazylib_sym ics_syms[] = {
#define WP_ICS_LIB_SYM(name) WP_LAZYLIB_SYM(struct wp_ics_lib, name),
	WP_ICS_LIB_FUNCTIONS(WP_ICS_LIB_SYM)
#undef WP_ICS_LIB_SYM
};

int wp_ics_lib_load(struct wp_ics_lib *ical, wp_err *err)
{
	static const struct wp_lazylib lib = {
		.soname = WP_ICAL_SONAME,
		.package = WP_ICAL_PACKAGE,
		.purpose = WP_N_("writing iCalendar (.ics) files"),
		.syms = ics_syms,
		.nsyms = sizeof ics_syms / sizeof ics_syms[0],
	};
	return wp_lazylib_load(&lib, ical, err);
}
