#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

static bool ctype_is_utf8(void)
{
	const char *codeset = nl_langinfo(CODESET);
	return strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0;
}

bool wp_i18n_utf8_ctype(void)
{
	if (ctype_is_utf8())
		return true;
	/* zh_CN.GB18030 -> zh_CN.UTF-8; nothing for C and POSIX. */
	char same[64] = "";
	const char *now = setlocale(LC_CTYPE, NULL);
	size_t n = now ? strcspn(now, ".@") : 0;
	if (n > 0 && n < 40 && strcmp(now, "C") != 0 && strcmp(now, "POSIX") != 0)
		snprintf(same, sizeof same, "%.*s.UTF-8", (int)n, now);
	const char *const candidates[] = {same, "C.UTF-8", "C.utf8", "en_US.UTF-8"};
	for (size_t i = 0; i < sizeof candidates / sizeof *candidates; i++)
		if (*candidates[i] && setlocale(LC_CTYPE, candidates[i]) && ctype_is_utf8())
			return true;
	setlocale(LC_CTYPE, "");
#ifdef ENABLE_NLS
	/* Messages from now on in the terminal's own encoding, not UTF-8. */
	bind_textdomain_codeset(PACKAGE, nl_langinfo(CODESET));
#endif
	return false;
}
