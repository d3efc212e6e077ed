#include "config.h"

#include <stdlib.h>

#include "i18n.h"

void wp_i18n_init(void)
{
#ifdef ENABLE_NLS
	const char *dir = getenv("WEEKPLAN_LOCALEDIR");
	bindtextdomain(PACKAGE, dir && *dir ? dir : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#endif
}
