/* form.c - the form dialog: a page of fields edited in place.
 *
 * Every field shows at once, a label and its text. The field being edited
 * is one line of the line editor (lineedit.h), scrolled sideways around
 * the cursor; the others show their whole text, wrapped. Under the field
 * being edited stands its hint, and under a field a save refused, the
 * reason. A form taller than the screen scrolls to keep the field being
 * edited in view, with marks on the frame saying more is above or below. */
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
	f->error_field = -1;
	f->save = save;
	f->ctx = ctx;
	f->ctx_free = ctx_free;
	return f;
}

int form_field_insert(struct form *f, int index, const char *label, const char *hint,
		      const char *value)
{
	if (f->nfields == FORM_MAX_FIELDS || index < 0 || index > f->nfields)
		return -1;
	memmove(&f->fields[index + 1], &f->fields[index],
		(size_t)(f->nfields - index) * sizeof *f->fields);
	f->nfields++;
	if (f->selected >= index && f->selected < f->nfields - 1)
		f->selected++;
	if (f->error_field >= index)
		f->error_field++;
	struct form_field *fl = &f->fields[index];
	*fl = (struct form_field){.label = label, .hint = hint};
	lineedit_init(&fl->edit, value, 0);
	lineedit_end(&fl->edit);
	fl->initial = wp_xstrdup(value ? value : "");
	return index;
}

int form_field(struct form *f, const char *label, const char *hint, const char *value)
{
	return form_field_insert(f, f->nfields, label, hint, value);
}

int form_note(struct form *f, const char *label, const char *value)
{
	int i = form_field(f, label, NULL, value);
	if (i >= 0)
		f->fields[i].readonly = true;
	return i;
}

void form_field_check(struct form *f, int index, form_check_fn check)
{
	if (index >= 0 && index < f->nfields)
		f->fields[index].check = check;
}

const char *form_value(const struct form *f, int index)
{
	if (index < 0 || index >= f->nfields)
		return NULL;
	const char *v = lineedit_text(&f->fields[index].edit);
	while (*v == ' ')
		v++;
	return *v ? v : NULL;
}

bool form_changed(const struct form *f)
{
	for (int i = 0; i < f->nfields; i++)
		if (strcmp(lineedit_text(&f->fields[i].edit), f->fields[i].initial) != 0)
			return true;
	return false;
}

static void form_free(void *data)
{
	struct form *f = data;
	if (f->ctx_free)
		f->ctx_free(f->ctx);
	for (int i = 0; i < f->nfields; i++) {
		lineedit_free(&f->fields[i].edit);
		free(f->fields[i].initial);
	}
	free(f->row_field);
	free(f->title);
	free(f);
}

/* ---- layout ------------------------------------------------------------------- */

/* One line of the form inside its frame. */
struct form_line {
	int field;        /* the field it belongs to; -1: the form's own error */
	bool value;       /* the field's text (else a note under it) */
	bool first;       /* the field's first line, which carries the label */
	const char *text; /* borrowed; len bytes of it are shown */
	size_t len;
	attr_t attr;
};

struct form_layout {
	struct form_line *lines; /* owned */
	int n, cap;
	int box_w, label_w, value_x, value_w;
};

static void layout_add(struct form_layout *l, struct form_line line)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 32;
		l->lines = wp_xrealloc(l->lines, (size_t)l->cap * sizeof *l->lines);
	}
	l->lines[l->n++] = line;
}

/* Adds text wrapped to width columns, one line for an empty text. A
 * character is never split; one wider than width still takes a line. */
static void layout_wrap(struct form_layout *l, struct form_line line, const char *text, int width)
{
	const char *p = text;
	do {
		size_t len = wp_text_prefix_bytes(p, width);
		if (len == 0 && *p) /* wider than the whole line: show it cut */
			for (len = 1; (p[len] & 0xC0) == 0x80; len++)
				;
		line.text = p;
		line.len = len;
		layout_add(l, line);
		line.first = false;
		p += len;
	} while (*p);
}

static void form_layout(const struct form *f, int w, struct form_layout *l)
{
	*l = (struct form_layout){0};
	l->box_w = w - 6 > 50 ? w - 6 : w;
	for (int i = 0; i < f->nfields; i++) {
		int lw = wp_text_width(_(f->fields[i].label));
		l->label_w = lw > l->label_w ? lw : l->label_w;
	}
	if (l->label_w > l->box_w / 3)
		l->label_w = l->box_w / 3;
	l->value_x = 1 + l->label_w + 2;
	l->value_w = l->box_w - l->value_x - 1;
	if (f->error[0] && f->error_field < 0)
		layout_wrap(l, (struct form_line){-1, false, true, NULL, 0, wp_theme(WP_ATTR_ERROR)},
			    f->error, l->box_w - 2);
	for (int i = 0; i < f->nfields; i++) {
		const struct form_field *fl = &f->fields[i];
		struct form_line line = {i, true, true, NULL, 0,
					 wp_theme(fl->readonly ? WP_ATTR_DIM : WP_ATTR_NORMAL)};
		if (i == f->selected) /* the editor: one line, drawn from its view */
			layout_add(l, line);
		else
			layout_wrap(l, line, lineedit_text(&fl->edit), l->value_w);
		line.value = line.first = false;
		if (f->error[0] && f->error_field == i) {
			line.attr = wp_theme(WP_ATTR_ERROR);
			layout_wrap(l, line, f->error, l->value_w);
		} else if (i == f->selected && fl->hint) {
			line.attr = wp_theme(WP_ATTR_DIM);
			layout_wrap(l, line, _(fl->hint), l->value_w);
		}
	}
}

/* Scrolls so that the field being edited and the notes under it show in
 * rows lines; the form's own error is shown from the top when there is
 * room above the field. */
static void form_scroll(struct form *f, const struct form_layout *l, int rows)
{
	int first = -1, last = -1;
	for (int i = 0; i < l->n; i++)
		if (l->lines[i].field == f->selected) {
			if (first < 0)
				first = i;
			last = i;
		}
	if (last - f->top >= rows)
		f->top = last - rows + 1;
	if (first < f->top)
		f->top = first;
	if (f->top > l->n - rows)
		f->top = l->n - rows;
	if (f->top < 0)
		f->top = 0;
}

/* ---- drawing ------------------------------------------------------------------ */

static void draw_line(struct tui *t, WINDOW *box, struct form *f,
		      const struct form_layout *l, const struct form_line *line, int y)
{
	if (line->field < 0) {
		char *part = wp_xstrndup(line->text, line->len);
		draw_text(box, y, 1, l->box_w - 2, part, line->attr);
		free(part);
		return;
	}
	struct form_field *fl = &f->fields[line->field];
	bool sel = line->field == f->selected;
	if (line->first && line->value)
		draw_text(box, y, 1, l->label_w, _(fl->label),
			  sel ? wp_theme(WP_ATTR_SELECTED) : wp_theme(WP_ATTR_HEADING));
	if (sel && line->value) {
		struct lineedit_view v;
		lineedit_view(&fl->edit, l->value_w, &v);
		char *shown = wp_xstrndup(v.text, v.len);
		draw_text(box, y, l->value_x, l->value_w, shown, wp_theme(WP_ATTR_SELECTED));
		free(shown);
		int by, bx;
		getbegyx(box, by, bx);
		t->cursor_y = by + y;
		t->cursor_x = bx + l->value_x + v.cursor_col;
		return;
	}
	char *part = wp_xstrndup(line->text, line->len);
	draw_text(box, y, l->value_x, l->value_w, part, line->attr);
	free(part);
}

static void form_draw(struct tui *t, void *data, WINDOW *win, int h, int w)
{
	struct form *f = data;
	struct form_layout l;
	form_layout(f, w, &l);
	int bh = l.n + 2 < h ? l.n + 2 : h, rows = bh - 2;
	form_scroll(f, &l, rows);
	/* The frame's top stays put as notes come and go under the field
	 * being edited: it is centred on the lines of the values alone, and
	 * moves up only when the notes would not fit below. */
	int values = 0;
	for (int i = 0; i < l.n; i++)
		values += l.lines[i].value || l.lines[i].field < 0;
	int by = (h - (values + 2 < h ? values + 2 : h)) / 2, bx = (w - l.box_w) / 2;
	if (by + bh > h)
		by = h - bh;
	WINDOW *box = derwin(win, bh, l.box_w, by, bx);
	werase(box);
	box(box, 0, 0);
	draw_fit(box, 0, 2, l.box_w - 4, f->title, wp_theme(WP_ATTR_HEADING));
	f->box_y = by;
	f->box_x = bx;
	f->box_w = l.box_w;
	f->nrows = rows > 0 ? rows : 0;
	f->row_field = wp_xrealloc(f->row_field, (size_t)(f->nrows + 1) * sizeof *f->row_field);
	for (int i = 0; i < rows; i++) {
		f->row_field[i] = f->top + i < l.n ? l.lines[f->top + i].field : -1;
		if (f->top + i < l.n)
			draw_line(t, box, f, &l, &l.lines[f->top + i], 1 + i);
	}
	/* What is scrolled away is said on the frame, where no field is. */
	if (f->top > 0)
		draw_right(box, 0, 2, l.box_w - 4, _(" ↑ more above "), wp_theme(WP_ATTR_HEADING));
	if (f->top + rows < l.n)
		draw_right(box, bh - 1, 2, l.box_w - 4, _(" ↓ more below "), wp_theme(WP_ATTR_HEADING));
	delwin(box);
	free(l.lines);
}

/* ---- keys --------------------------------------------------------------------- */

/* Runs the check of the field being left: its error shows under it at
 * once, and goes when the field is right again. */
static void form_check_leaving(struct tui *t, struct form *f)
{
	struct form_field *fl = &f->fields[f->selected];
	wp_err err = {0};
	if (!fl->check)
		return;
	if (fl->check(t, f, f->selected, &err)) {
		if (f->error_field == f->selected) {
			f->error[0] = '\0';
			f->error_field = -1;
		}
		return;
	}
	snprintf(f->error, sizeof f->error, "%s", err.msg);
	f->error_field = f->selected;
}

static bool editable(const struct form *f, int index)
{
	return index >= 0 && index < f->nfields && !f->fields[index].readonly;
}

static void form_select(struct tui *t, struct form *f, int index)
{
	if (!editable(f, index)) {
		beep();
		return;
	}
	if (index == f->selected)
		return;
	form_check_leaving(t, f);
	f->selected = index;
	/* Editing starts at the end of the text, as in a prompt. */
	lineedit_end(&f->fields[index].edit);
}

/* The next editable field from the one being edited in direction step
 * (1 or -1), or -1 when there is none. */
static int next_editable(const struct form *f, int step)
{
	for (int i = f->selected + step; i >= 0 && i < f->nfields; i += step)
		if (editable(f, i))
			return i;
	return -1;
}

static enum view_result form_save(struct tui *t, struct form *f)
{
	wp_err err = {0};
	f->error_field = -1;
	if (f->save(t, f, &err))
		return VIEW_CLOSE;
	snprintf(f->error, sizeof f->error, "%s", err.msg);
	if (f->error_field >= 0 && f->error_field < f->nfields)
		f->selected = f->error_field;
	else
		f->error_field = -1;
	return VIEW_HANDLED;
}

/* Esc: a form nothing was typed into closes at once; else typed text is
 * thrown away only when the user says so. */
static enum view_result form_cancel(struct tui *t, struct form *f)
{
	if (!form_changed(f) || tui_confirm(t, _("Discard the changes to this form?")))
		return VIEW_CLOSE;
	return VIEW_HANDLED;
}

/* Enter: the next field; on the last one, save. */
static enum view_result form_enter(struct tui *t, struct form *f)
{
	int next = next_editable(f, 1);
	if (next < 0)
		return form_save(t, f);
	form_select(t, f, next);
	return VIEW_HANDLED;
}

/* Every key comes here first: a character is typed into the field, the
 * form's control keys (key table, SCOPE_FORM) move and save, and the rest
 * go to the line editor, as in a prompt. */
static enum view_result form_key(struct tui *t, void *data, int kind, wint_t ch)
{
	struct form *f = data;
	bool control = kind == KEY_CODE_YES || ch < 0x20 || ch == 0x7f;
	/* Help is a control key too (F1), so it opens from a form, where ?
	 * is typed text. */
	enum wp_action global = control ? wp_key_action(SCOPE_GLOBAL, (int)ch) : ACT_NONE;
	if (control && (ch == KEY_MOUSE || global == ACT_REDRAW || global == ACT_HELP))
		return VIEW_IGNORED;
	switch (control ? wp_key_action(SCOPE_FORM, (int)ch) : ACT_NONE) {
	case ACT_SAVE:
		return form_save(t, f);
	case ACT_NEXT_FIELD:
	case ACT_DOWN:
		form_select(t, f, next_editable(f, 1));
		return VIEW_HANDLED;
	case ACT_PREV_FIELD:
	case ACT_UP:
		form_select(t, f, next_editable(f, -1));
		return VIEW_HANDLED;
	case ACT_OPEN:
		return form_enter(t, f);
	default:
		break;
	}
	struct lineedit_browse no_history;
	lineedit_browse_start(&no_history, NULL);
	int r = tui_edit_key(&f->fields[f->selected].edit, &no_history, kind, ch);
	lineedit_browse_end(&no_history);
	if (r < 0)
		return form_cancel(t, f);
	if (f->edited)
		f->edited(t, f, f->selected);
	if (r > 0)
		return form_enter(t, f);
	return VIEW_HANDLED;
}

/* A click on a field's label, its text or a note under it moves the
 * cursor there; elsewhere it does nothing (the form stays open). */
static enum view_result form_click(struct tui *t, void *data, int y, int x)
{
	struct form *f = data;
	int row = y - f->box_y - 1;
	if (row < 0 || row >= f->nrows || x <= f->box_x || x >= f->box_x + f->box_w - 1)
		return VIEW_HANDLED;
	if (editable(f, f->row_field[row]))
		form_select(t, f, f->row_field[row]);
	return VIEW_HANDLED;
}

/* Keys reach the form through form_key; this answers only what the loop
 * maps for it without a key (none today). */
static enum view_result form_action(struct tui *t, void *data, enum wp_action act)
{
	(void)t;
	(void)data;
	(void)act;
	return VIEW_IGNORED;
}

static const struct wp_key_hint form_hints[] = {
	/* Shift-Tab is in the help (F1): the status line keeps room for it. */
	{{ACT_NEXT_FIELD}, N_("next field"), NULL, NULL},
	{{ACT_SAVE}, N_("save"), NULL, NULL},
	{{ACT_BACK}, N_("cancel"), NULL, NULL},
	{{ACT_HELP}, N_("help"), NULL, NULL},
	{{ACT_NONE}, NULL, NULL, NULL},
};

const struct view view_form = {
	.name = N_("Form"),
	.scope = SCOPE_FORM,
	.hints = form_hints,
	.free = form_free,
	.draw = form_draw,
	.action = form_action,
	.key = form_key,
	.click = form_click,
};

void form_push(struct tui *t, struct form *f)
{
	for (int i = 0; i < f->nfields; i++)
		lineedit_end(&f->fields[i].edit);
	/* The first editable field from the one chosen, else from the top. */
	int i = f->selected > 0 ? f->selected : 0;
	while (i < f->nfields && !editable(f, i))
		i++;
	for (int j = 0; i == f->nfields && j < f->nfields; j++)
		if (editable(f, j))
			i = j;
	f->selected = i < f->nfields ? i : 0;
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
	curs_set(0); /* a form's cursor would stand in its field meanwhile */
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
