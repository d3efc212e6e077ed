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

/* Binds the message catalogue: $WEEKPLAN_LOCALEDIR, else the one beside
 * the program (the build tree's po/locale, or bin/../share/locale of an
 * install under any prefix), else the locale directory configured. */
void wp_i18n_init(void);

#endif
