/* unit-form.h - a unit's form: its name and other names (aliases), saved
 * as one change and undone as one step. */
#ifndef WP_UNIT_FORM_H
#define WP_UNIT_FORM_H

#include <stdbool.h>
#include <stdint.h>

struct tui;

/* Opens the form of unit. new_alias: the cursor starts in the empty field
 * that adds another name (else in the name). */
void unit_form_open(struct tui *t, int64_t unit, bool new_alias);

#endif
