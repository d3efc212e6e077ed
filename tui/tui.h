/* tui.h - the full-screen planner: shared state, views, the loop.
 *
 * A view is a plugin: each tui/view-*.c exports one const struct view and
 * keeps its state behind a data pointer. The loop owns the input: it maps
 * keys to actions (keys.h), offers them to the top view, and handles the
 * global ones only when the view ignored them: its own (quit, close,
 * switch views), the others from the tui_actions table (actions.c).
 * Dialogs are views pushed on a stack and drawn bottom-up, so a dialog
 * paints over its parent. */
#ifndef WP_TUI_H
#define WP_TUI_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "date.h"
#include "keys.h"
#include "lineedit.h"

struct wp_store;

enum view_result {
	VIEW_IGNORED = 0, /* not this view's: the loop may handle it */
	VIEW_HANDLED,
	VIEW_CLOSE, /* a dialog asks to be popped */
};

struct tui;

struct view {
	const char *name; /* N_() marked */
	enum wp_key_scope scope;
	/* The status bar's key hints, generated from the key table. */
	const struct wp_key_hint *hints;
	/* Main views only: creates the view's state. */
	void *(*init)(struct tui *t);
	void (*free)(void *data);
	/* Draws into win (the area below the title bar, above the status bar). */
	void (*draw)(struct tui *t, void *data, WINDOW *win, int h, int w);
	enum view_result (*action)(struct tui *t, void *data, enum wp_action act);
	/* The data may have changed (another weekplan, undo, a new campaign). */
	void (*reload)(struct tui *t, void *data);
	/* A mouse click at (y, x) in the view's area; may be NULL. */
	enum view_result (*click)(struct tui *t, void *data, int y, int x);
	/* A view that takes text (a form) gets every key first, as get_wch
	 * read it (kind OK: the character ch; KEY_CODE_YES: the key code ch),
	 * before the key table maps it; VIEW_IGNORED passes the key on.
	 * May be NULL. */
	enum view_result (*key)(struct tui *t, void *data, int kind, wint_t ch);
};

#define TUI_MAIN_VIEWS 3
/* The main views' places (t->current, t->main_data). */
enum { TUI_CALENDAR = 0, TUI_MATRIX, TUI_DEADLINES };
#define TUI_MAX_DIALOGS 6
#define TUI_MIN_W 60
#define TUI_MIN_H 16
/* Overdue reports are listed and counted up to this many days back. */
#define TUI_OVERDUE_DAYS 366

struct undo_step;

struct tui {
	struct wp_store *st;
	wp_date today;
	bool zh;
	int64_t campaign_id; /* the current campaign, 0 if none */
	char *campaign_title;
	int current; /* index of the main view */
	void *main_data[TUI_MAIN_VIEWS];
	struct {
		const struct view *view;
		void *data;
	} dialogs[TUI_MAX_DIALOGS];
	int ndialogs;
	struct undo_step *undo;
	int nundo, capundo;
	char message[1024];
	bool message_is_error;
	int data_version;
	int overdue, due_soon;
	bool quit;
	int screen_h, screen_w; /* of the view area */
	/* Where a view that edits in place wants the cursor, on the screen;
	 * -1: hidden. Reset before every draw, set by the view's draw. */
	int cursor_y, cursor_x;
	/* Earlier entries of the prompts that repeat, for Up/Down. */
	struct lineedit_history search_history, goto_history;
};

/* A global action that opens something (a dialog, a question): the loop
 * runs it from the table in actions.c, ended by ACT_NONE. */
struct tui_action {
	enum wp_action act;
	void (*run)(struct tui *t);
};
extern const struct tui_action tui_actions[];

/* The main views. */
extern const struct view view_calendar, view_matrix, view_deadlines;
/* Dialogs. */
extern const struct view view_list, view_form;

/* Runs the planner until the user quits; returns an exit status. */
int tui_run(struct wp_store *st, wp_date today);

/* The planner's loop in parts, for a driver with a screen of its own
 * (tui_run; bench/bench-planner.c times frames on a screen made with
 * newterm). tui_open starts the views on st, which must outlive the
 * planner, on the current curses screen, and picks the first campaign;
 * the caller owns the result and frees it with tui_close (NULL is
 * safe). tui_frame draws the screen as it is now, reloading what changed
 * (ends with refresh()); tui_input applies one key as get_wch read it;
 * tui_done tells whether the user quit. */
struct tui *tui_open(struct wp_store *st, wp_date today);
void tui_frame(struct tui *t);
void tui_input(struct tui *t, int kind, wint_t ch);
bool tui_done(const struct tui *t);
void tui_close(struct tui *t);

/* Shows a one-line message in the status bar until the next key. */
void tui_message(struct tui *t, bool error, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;
/* Shows what the planner is doing on the status line at once, before
 * work the user waits for (a document converted by LibreOffice); the
 * next frame replaces it. */
void tui_busy(struct tui *t, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Pushes a dialog; the stack owns data from now on (view->free). */
void tui_push(struct tui *t, const struct view *view, void *data);

/* Closes every dialog and shows main view index (TUI_CALENDAR ...). */
void tui_show_view(struct tui *t, int index);

/* Puts the calendar's cursor on day (data: the calendar's). */
void view_calendar_show_day(void *data, wp_date day);
/* Selects the deadline's line in the deadline view (data: its), showing
 * the current campaign's deadlines unfiltered; false if it is not there. */
bool view_deadlines_select(struct tui *t, void *data, int64_t deadline_id);

/* The plan check's findings for the current campaign; Enter on one shows
 * the activity or deadline it is about (view-findings.c). */
void view_findings(struct tui *t);

/* Makes campaign id the current one (0: none) and reloads the views. */
void tui_set_campaign(struct tui *t, int64_t id);

/* Tells every view that the data changed. */
void tui_reload(struct tui *t);

/* Edits text (NULL: empty) on the status line, of any length: the line
 * scrolls sideways around the cursor. Returns the new UTF-8 text (caller
 * frees) or NULL if cancelled. max > 0 stops typing at max bytes. */
char *tui_prompt_text(struct tui *t, const char *label, const char *text, size_t max);

/* Applies one key, as get_wch read it, to an editor: the keys of the line
 * editor (moving, deleting, Alt-B/F, a bracketed paste, typing). Returns 1
 * for Enter, -1 for Esc alone, 0 to go on; a key that cannot apply beeps.
 * Prompts and form fields share it, so they edit alike. */
int tui_edit_key(struct lineedit *e, struct lineedit_browse *hist, int kind, wint_t ch);

/* The same, with Up/Down recalling earlier entries of history (may be
 * NULL), to which an accepted entry is added. */
char *tui_prompt_history(struct tui *t, const char *label, const char *text, size_t max,
			 struct lineedit_history *history);

/* The same for a caller's buffer: edits buf in place (typing stops when it
 * is full); false if cancelled. */
bool tui_prompt(struct tui *t, const char *label, char *buf, size_t size);

/* Changes with undo: these call core, record the inverse step and reload;
 * a refused change shows why in the status bar. */
bool tui_set_role(struct tui *t, int64_t activity, int64_t unit, char expected, char role);
bool tui_set_status(struct tui *t, int64_t deadline, int64_t unit, wp_date expected,
		    wp_date submitted_on);
void tui_undo(struct tui *t);

/* Undo steps (undo.c), recorded after a change succeeded. Records are
 * copied; NULL before means created, NULL after means deleted. */
struct wp_campaign_rec;
struct wp_activity_rec;
struct wp_deadline_rec;
struct wp_unit_rec;
struct wp_snapshot;
void undo_record_role(struct tui *t, int64_t activity, int64_t unit, char old, char new);
void undo_record_status(struct tui *t, int64_t deadline, int64_t unit, wp_date old, wp_date new);
void undo_record_campaign(struct tui *t, const struct wp_campaign_rec *before,
			  const struct wp_campaign_rec *after);
/* A delete: snap holds the deleted rows (snapshot.h), owned by the step
 * from now on; undo puts them back with their ids and places. campaign:
 * the id of a deleted campaign, current again after undo (0: none). */
void undo_record_delete(struct tui *t, struct wp_snapshot *snap, int64_t campaign);
void undo_record_activity(struct tui *t, const struct wp_activity_rec *before,
			  const struct wp_activity_rec *after);
void undo_record_deadline(struct tui *t, const struct wp_deadline_rec *before,
			  const struct wp_deadline_rec *after);
/* A unit's form saved: its name and aliases, before and after. */
void undo_record_unit(struct tui *t, const struct wp_unit_rec *before, const struct wp_unit_rec *after);
/* A change to campaign's committee or contacts: the whole list before and
 * after it (as wp_committee_list and wp_contact_list read them), owned by
 * the step from now on; undo puts the list back as it was before. */
struct wp_committee_member;
struct wp_contact;
void undo_record_committee(struct tui *t, int64_t campaign, struct wp_committee_member *before,
			   size_t nbefore, struct wp_committee_member *after, size_t nafter);
void undo_record_contacts(struct tui *t, int64_t campaign, struct wp_contact *before,
			  size_t nbefore, struct wp_contact *after, size_t nafter);
void undo_free_all(struct tui *t);

/* The list dialog: a title and lines, each optionally opening a detail
 * text (a second list). Builders append to a list made with list_new. */
struct list_data;
struct list_data *list_new(const char *title);
void list_add(struct list_data *l, const char *line, const char *detail, int attr_role);
void list_push(struct tui *t, struct list_data *l);

/* Dialogs built from the list view. */
void view_list_help(struct tui *t);
void view_list_campaigns(struct tui *t);
/* Asks for a format and a file name, then writes the campaign there. */
void tui_export_campaign(struct tui *t, int64_t campaign_id);
/* Asks for a year, copies the campaign into it, makes the copy current
 * and lists what to review in it. */
void tui_clone_campaign(struct tui *t, int64_t campaign_id);
void view_list_search(struct tui *t, const char *text);
/* Reads a notice or a plan file and shows it for review; s stores it. */
void view_import_open(struct tui *t, const char *path);
/* The day list of the calendar: activities and deadlines of a day. */
void view_list_day(struct tui *t, wp_date day);
/* Everything a unit owns, across campaigns, in date order. */
void view_list_unit(struct tui *t, int64_t unit_id, const char *name);

/* Formats a date the way the locale wants it into buf (>= 40 bytes). */
const char *tui_date(const struct tui *t, wp_date d, char *buf, size_t size, int flags);

#endif
