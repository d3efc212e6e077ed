#include "config.h"

#include <dirent.h>
#include <langinfo.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "buf.h"
#include "i18n.h"
#include "localedir.h"

#ifdef ENABLE_NLS
/* The directory the running program is in (Linux: /proc/self/exe), or
 * NULL. Caller frees. */
static char *program_dir(void)
{
	char path[4096];
	ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
	if (n <= 0)
		return NULL;
	path[n] = '\0';
	char *slash = strrchr(path, '/');
	if (!slash)
		return NULL;
	*slash = '\0';
	return wp_xstrdup(path);
}

/* Does dir hold this program's catalogue for some language
 * (dir/LANG/LC_MESSAGES/weekplan.mo)? */
static bool has_catalogue(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return false;
	bool found = false;
	wp_buf path = WP_BUF_INIT;
	for (struct dirent *e; !found && (e = readdir(d));) {
		if (e->d_name[0] == '.')
			continue;
		wp_buf_reset(&path);
		wp_buf_printf(&path, "%s/%s/LC_MESSAGES/%s.mo", dir, e->d_name, PACKAGE);
		struct stat st;
		found = stat(wp_buf_str(&path), &st) == 0 && S_ISREG(st.st_mode);
	}
	wp_buf_free(&path);
	closedir(d);
	return found;
}

/* Where the catalogues are, first found: $WEEKPLAN_LOCALEDIR (the tests);
 * beside the program, as built (po/locale, see Makefile.am) or as
 * installed under any prefix (bin/../share/locale); else the locale
 * directory configured. So ./weekplan in the build tree, and a program
 * installed after a configure with another prefix, find theirs.
 * Caller frees. */
static char *catalogue_dir(void)
{
	const char *env = getenv("WEEKPLAN_LOCALEDIR");
	if (env && *env)
		return wp_xstrdup(env);
	wp_buf b = WP_BUF_INIT;
	char *here = program_dir();
	static const char *const beside[] = {"po/locale", "../share/locale"};
	for (size_t i = 0; here && i < sizeof beside / sizeof *beside; i++) {
		wp_buf_reset(&b);
		wp_buf_printf(&b, "%s/%s", here, beside[i]);
		if (has_catalogue(wp_buf_str(&b))) {
			free(here);
			return wp_buf_take(&b);
		}
	}
	free(here);
	wp_buf_free(&b);
	return wp_xstrdup(WP_LOCALEDIR);
}
#endif

void wp_i18n_init(void)
{
#ifdef ENABLE_NLS
	char *dir = catalogue_dir();
	bindtextdomain(PACKAGE, dir);
	free(dir);
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
