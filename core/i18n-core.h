/* i18n-core.h - translation of the sentences core writes for people:
 * plan-check findings and the reasons an edit is refused. Core uses the
 * program's message catalogue (domain PACKAGE) through dgettext, so it
 * needs no global state of its own; without NLS the text is English. */
#ifndef WP_I18N_CORE_H
#define WP_I18N_CORE_H

#ifdef ENABLE_NLS
#include <libintl.h>
#define WP_TR(s) dgettext(PACKAGE, s)
#else
#define WP_TR(s) (s)
#endif

/* Marks a string for translation where it is defined (a table). */
#define WP_N_(s) (s)

#endif
