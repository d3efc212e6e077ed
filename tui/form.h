/* form.h - a form dialog: a page of labelled fields, all shown at once,
 * each edited in place with the line editor (lineedit.h) and saved as a
 * whole. A failed save keeps what was typed and shows its reason under
 * the field it concerns.
 *
 * The form knows nothing of what it edits: the caller's save callback
 * reads the fields, and says which field an error concerns. */
#ifndef WP_FORM_H
#define WP_FORM_H

#include <stdbool.h>

#include "err.h"
#include "lineedit.h"

struct tui;

#define FORM_MAX_FIELDS 24

struct form;

/* Checks one field's text when the cursor leaves it (a date, a time, a
 * rule, read by core/input.h): true when it is fine, else false with err
 * filled, which then stands under the field (the cursor moves on). */
typedef bool (*form_check_fn)(struct tui *t, struct form *f, int index, wp_err *err);

struct form_field {
	const char *label; /* N_() marked */
	const char *hint;  /* N_() marked, shown under the field being edited; may be NULL */
	struct lineedit edit; /* the text, any length; read it with form_value */
	char *initial;        /* owned: the text the form opened with */
	form_check_fn check;  /* may be NULL */
	bool readonly;        /* shown, never edited: the cursor passes it by */
};

/* Called after a key was handled in field index (its text may have
 * changed): lets a form grow a field as the last one fills. */
typedef void (*form_edited_fn)(struct tui *t, struct form *f, int index);

/* Called on save: reads the fields, calls core; returns true when saved
 * (the form then closes) or false with err filled (it stays open). On
 * false it may set f->error_field to the index of the field the error
 * concerns: the message stands under that field and the cursor goes
 * there (it is -1, the form as a whole, when the callback is called). */
typedef bool (*form_save_fn)(struct tui *t, struct form *f, wp_err *err);

struct form {
	char *title;
	struct form_field fields[FORM_MAX_FIELDS];
	int nfields;
	int selected;    /* the field being edited */
	int top;         /* the first line of the form shown (it scrolls) */
	char error[WP_ERR_MAX];
	int error_field; /* the field error concerns, -1: the whole form */
	form_save_fn save;
	form_edited_fn edited;     /* may be NULL */
	void *ctx;                 /* the save function's, freed with ctx_free */
	void (*ctx_free)(void *ctx);
	/* Where the last drawing put the form, for mouse clicks: the box's
	 * corner in the view's area, its width, and the field shown on each
	 * of its inner rows (-1: none). */
	int box_y, box_x, box_w;
	int *row_field; /* owned, nrows of them */
	int nrows;
};

/* A new form; the caller adds fields and pushes it with form_push. */
struct form *form_new(const char *title, form_save_fn save, void *ctx, void (*ctx_free)(void *));
/* Adds a field with an initial value (NULL: empty); returns its index. */
int form_field(struct form *f, const char *label, const char *hint, const char *value);
/* Inserts a field before field index (the fields from there move down
 * one); returns index, or -1 when the form is full. */
int form_field_insert(struct form *f, int index, const char *label, const char *hint,
		      const char *value);
/* Adds a field shown but not edited (what the form cannot change, shown
 * for the record); returns its index. */
int form_note(struct form *f, const char *label, const char *value);
/* Gives field index a check run when the cursor leaves it. */
void form_field_check(struct form *f, int index, form_check_fn check);
/* The field's text without leading spaces, or NULL when empty. Borrowed
 * from the form, valid until the field is edited again. */
const char *form_value(const struct form *f, int index);
/* True when a field's text differs from the one the form opened with. */
bool form_changed(const struct form *f);
/* Shows the form, the cursor in field f->selected (the first field unless
 * the caller chose another), or the first editable one after it. */
void form_push(struct tui *t, struct form *f);

/* Asks a yes/no question on the status line; true for y. */
bool tui_confirm(struct tui *t, const char *question);

#endif
