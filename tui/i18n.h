/* i18n.h - translated interface strings (gettext, domain "weekplan"). */
#ifndef WP_I18N_H
#define WP_I18N_H

#ifdef ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
#else
#define _(s) (s)
#define ngettext(one, many, n) ((n) == 1 ? (one) : (many))
#endif
/* Marks a string for translation where it is defined, translated later. */
#define N_(s) (s)

#include <stdbool.h>

/* Binds the message catalogue: $WEEKPLAN_LOCALEDIR, else the one beside
 * the program (the build tree's po/locale, or bin/../share/locale of an
 * install under any prefix), else the locale directory configured. */
void wp_i18n_init(void);

/* Makes the character type (LC_CTYPE) UTF-8 when the locale's is not
 * (LANG=C, a GB18030 locale): the planner draws Chinese through ncursesw,
 * which reads text and keys in the character type's encoding. Tries the
 * same language in UTF-8, then C.UTF-8; the messages keep the user's
 * language. Returns false when no UTF-8 locale is installed: the locale is
 * then unchanged, and messages come in its own encoding. */
bool wp_i18n_utf8_ctype(void);

#endif
