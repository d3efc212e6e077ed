/* form.c - the form dialog. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "draw.h"
#include "form.h"
#include "i18n.h"
#include "text.h"
#include "theme.h"
#include "tui.h"

struct form *form_new(const char *title, form_save_fn save, void *ctx, void (*ctx_free)(void *))
{
	struct form *f = wp_xcalloc(1, sizeof *f);
	f->title = wp_xstrdup(title);
	f->save = save;
	f->ctx = ctx;
	f->ctx_free = ctx_free;
	return f;
}

int form_field(struct form *f, const char *label, const char *hint, const char *value)
{
	if (f->nfields == FORM_MAX_FIELDS)
		return -1;
	struct form_field *fl = &f->fields[f->nfields];
	fl->label = label;
	fl->hint = hint;
	fl->value = wp_xstrdup(value ? value : "");
	return f->nfields++;
}

const char *form_value(const struct form *f, int index)
{
	if (index < 0 || index >= f->nfields)
		return NULL;
	const char *v = f->fields[index].value;
	while (*v == ' ')
		v++;
	return *v ? v : NULL;
}

static void form_free(void *data)
{
	struct form *f = data;
	if (f->ctx_free)
		f->ctx_free(f->ctx);
	for (int i = 0; i < f->nfields; i++)
		free(f->fields[i].value);
	free(f->title);
	free(f);
}

static void form_draw(struct tui *t, void *data, WINDOW *win, int h, int w)
{
	(void)t;
	struct form *f = data;
	int bw = w - 6 > 50 ? w - 6 : w, bh = f->nfields + 6;
	if (bh > h)
		bh = h;
	int by = (h - bh) / 2, bx = (w - bw) / 2;
	WINDOW *box = derwin(win, bh, bw, by, bx);
	werase(box);
	box(box, 0, 0);
	draw_fit(box, 0, 2, bw - 4, f->title, wp_theme(WP_ATTR_HEADING));
	int label_w = 0;
	for (int i = 0; i < f->nfields; i++) {
		int lw = wp_text_width(_(f->fields[i].label));
		label_w = lw > label_w ? lw : label_w;
	}
	for (int i = 0; i < f->nfields && 1 + i < bh - 3; i++) {
		bool sel = i == f->selected;
		draw_text(box, 1 + i, 1, label_w + 1, _(f->fields[i].label),
			  sel ? wp_theme(WP_ATTR_SELECTED) : wp_theme(WP_ATTR_HEADING));
		draw_text(box, 1 + i, label_w + 3, bw - label_w - 4, f->fields[i].value,
			  sel ? wp_theme(WP_ATTR_SELECTED) : wp_theme(WP_ATTR_NORMAL));
	}
	const char *hint = f->fields[f->selected].hint;
	if (f->error[0])
		draw_text(box, bh - 3, 1, bw - 2, f->error, wp_theme(WP_ATTR_ERROR));
	else if (hint)
		draw_text(box, bh - 3, 1, bw - 2, _(hint), wp_theme(WP_ATTR_DIM));
	draw_text(box, bh - 2, 1, bw - 2, _("Enter edit field   s save   Esc cancel"),
		  wp_theme(WP_ATTR_DIM));
	delwin(box);
}

static enum view_result form_action(struct tui *t, void *data, enum wp_action act)
{
	struct form *f = data;
	switch (act) {
	case ACT_UP:
		f->selected = f->selected ? f->selected - 1 : 0;
		return VIEW_HANDLED;
	case ACT_DOWN:
		f->selected = f->selected + 1 < f->nfields ? f->selected + 1 : f->selected;
		return VIEW_HANDLED;
	case ACT_OPEN: {
		struct form_field *fl = &f->fields[f->selected];
		wp_buf label = WP_BUF_INIT;
		wp_buf_printf(&label, "%s:", _(fl->label));
		char *text = tui_prompt_text(t, wp_buf_str(&label), fl->value, 0);
		if (text) {
			free(fl->value);
			fl->value = text;
		}
		wp_buf_free(&label);
		f->error[0] = '\0';
		return VIEW_HANDLED;
	}
	case ACT_SAVE: {
		wp_err err;
		if (f->save(t, f, &err))
			return VIEW_CLOSE;
		snprintf(f->error, sizeof f->error, "%s", err.msg);
		return VIEW_HANDLED;
	}
	case ACT_BACK:
		return VIEW_CLOSE;
	default:
		return VIEW_IGNORED;
	}
}

static const struct wp_key_hint form_hints[] = {
	{{ACT_UP, ACT_DOWN}, N_("field"), "/", NULL},
	{{ACT_OPEN}, N_("edit"), NULL, NULL},
	{{ACT_SAVE}, N_("save"), NULL, NULL},
	{{ACT_BACK}, N_("cancel"), NULL, NULL},
	{{ACT_NONE}, NULL, NULL, NULL},
};

const struct view view_form = {
	.name = N_("Form"),
	.scope = SCOPE_FORM,
	.hints = form_hints,
	.free = form_free,
	.draw = form_draw,
	.action = form_action,
};

void form_push(struct tui *t, struct form *f)
{
	tui_push(t, &view_form, f);
}

/* Answered by one key, as y/n questions are everywhere else: y is yes;
 * n, Esc and Enter are no (the safe answer); other keys beep. */
bool tui_confirm(struct tui *t, const char *question)
{
	(void)t; /* the question takes the status line */
	/* The keys stay readable however long the question: it is cut, not they. */
	const char *keys = _("(y/n)");
	int y = LINES - 1, kw = wp_text_width(keys);
	int qw = wp_text_width(question) < COLS - kw - 1 ? wp_text_width(question) : COLS - kw - 1;
	draw_blank(stdscr, y, 0, COLS, wp_theme(WP_ATTR_STATUS));
	draw_fit(stdscr, y, 0, qw, question, wp_theme(WP_ATTR_STATUS));
	draw_text(stdscr, y, qw + 1, kw, keys, wp_theme(WP_ATTR_STATUS));
	refresh();
	for (;;) {
		wint_t ch;
		int kind = get_wch(&ch);
		if (kind == ERR)
			continue;
		if (kind == OK && (ch == 'y' || ch == 'Y'))
			return true;
		if ((kind == OK && (ch == 'n' || ch == 'N' || ch == 27 || ch == '\n' || ch == '\r')) ||
		    (kind == KEY_CODE_YES && ch == KEY_ENTER))
			return false;
		if (kind == KEY_CODE_YES && ch == KEY_RESIZE)
			continue;
		beep();
	}
}
