/* form.h - a form dialog: labelled fields, each edited on the status line,
 * saved as a whole. A failed save shows its reason inside the form and
 * keeps the form open with what was typed. */
#ifndef WP_FORM_H
#define WP_FORM_H

#include <stdbool.h>

#include "err.h"

struct tui;

#define FORM_MAX_FIELDS 12

struct form_field {
	const char *label; /* N_() marked */
	const char *hint;  /* N_() marked, shown when selected; may be NULL */
	char *value;       /* owned by the form; any length */
};

struct form;

/* Called on save: reads the fields, calls core; returns true when saved
 * (the form then closes) or false with err filled (it stays open). */
typedef bool (*form_save_fn)(struct tui *t, struct form *f, wp_err *err);

struct form {
	char *title;
	struct form_field fields[FORM_MAX_FIELDS];
	int nfields;
	int selected;
	char error[WP_ERR_MAX];
	form_save_fn save;
	void *ctx;                 /* the save function's, freed with ctx_free */
	void (*ctx_free)(void *ctx);
};

/* A new form; the caller adds fields and pushes it with form_push. */
struct form *form_new(const char *title, form_save_fn save, void *ctx, void (*ctx_free)(void *));
/* Adds a field with an initial value (NULL: empty); returns its index. */
int form_field(struct form *f, const char *label, const char *hint, const char *value);
/* The field's text, or NULL when empty. Borrowed from the form. */
const char *form_value(const struct form *f, int index);
void form_push(struct tui *t, struct form *f);

/* Asks a yes/no question on the status line; true for y. */
bool tui_confirm(struct tui *t, const char *question);

#endif
