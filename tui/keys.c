#include "config.h"

#include <curses.h>
#include <stdbool.h>
#include <string.h>

#include "buf.h"

#include "i18n.h"
#include "keys.h"

#define CTRL(c) ((c) & 0x1f)

const struct wp_key_binding wp_key_table[] = {
	{'q', "q", SCOPE_GLOBAL, ACT_QUIT, N_("quit")},
	{'?', "?", SCOPE_GLOBAL, ACT_HELP, N_("help: this list of keys")},
	/* F1 also in a form, where ? is typed text. */
	{KEY_F(1), "F1", SCOPE_GLOBAL, ACT_HELP, N_("help: this list of keys")},
	{'1', "1", SCOPE_GLOBAL, ACT_VIEW_CALENDAR, N_("calendar view")},
	{'2', "2", SCOPE_GLOBAL, ACT_VIEW_MATRIX, N_("unit assignment view")},
	{'3', "3", SCOPE_GLOBAL, ACT_VIEW_DEADLINES, N_("deadline view")},
	{'\t', "Tab", SCOPE_GLOBAL, ACT_NEXT_VIEW, N_("next view")},
	{'c', "c", SCOPE_GLOBAL, ACT_CAMPAIGNS, N_("choose the current campaign")},
	{'u', "u", SCOPE_GLOBAL, ACT_UNDO, N_("undo the last change")},
	{'/', "/", SCOPE_GLOBAL, ACT_SEARCH, N_("search titles, places and units")},
	{'!', "!", SCOPE_GLOBAL, ACT_FINDINGS,
	 N_("check the current campaign for likely mistakes")},
	{CTRL('l'), "Ctrl-L", SCOPE_GLOBAL, ACT_REDRAW, N_("redraw the screen")},
	{'i', "i", SCOPE_GLOBAL, ACT_IMPORT,
	 N_("import a notice (.txt) or a plan (.json): review it, then save with s")},

	{KEY_LEFT, "Left", SCOPE_MOVE, ACT_LEFT, N_("move left")},
	{'h', "h", SCOPE_MOVE, ACT_LEFT, N_("move left")},
	{KEY_RIGHT, "Right", SCOPE_MOVE, ACT_RIGHT, N_("move right")},
	{'l', "l", SCOPE_MOVE, ACT_RIGHT, N_("move right")},
	{KEY_UP, "Up", SCOPE_MOVE, ACT_UP, N_("move up")},
	{'k', "k", SCOPE_MOVE, ACT_UP, N_("move up")},
	{KEY_DOWN, "Down", SCOPE_MOVE, ACT_DOWN, N_("move down")},
	{'j', "j", SCOPE_MOVE, ACT_DOWN, N_("move down")},
	{KEY_PPAGE, "PgUp", SCOPE_MOVE, ACT_PAGE_UP, N_("page up")},
	{KEY_NPAGE, "PgDn", SCOPE_MOVE, ACT_PAGE_DOWN, N_("page down")},
	{KEY_HOME, "Home", SCOPE_MOVE, ACT_HOME, N_("first item")},
	{KEY_END, "End", SCOPE_MOVE, ACT_END, N_("last item")},
	{'\n', "Enter", SCOPE_MOVE, ACT_OPEN, N_("open: the day, the activity, the unit")},
	{KEY_ENTER, "Enter", SCOPE_MOVE, ACT_OPEN, N_("open: the day, the activity, the unit")},
	{27, "Esc", SCOPE_MOVE, ACT_BACK, N_("close this window")},
	{KEY_BACKSPACE, "Backspace", SCOPE_MOVE, ACT_BACK, N_("close this window")},

	{'[', "[", SCOPE_CALENDAR, ACT_PREV_MONTH, N_("previous month (week in the week view)")},
	{']', "]", SCOPE_CALENDAR, ACT_NEXT_MONTH, N_("next month (week in the week view)")},
	{'t', "t", SCOPE_CALENDAR, ACT_TODAY, N_("go to today")},
	{'g', "g", SCOPE_CALENDAR, ACT_GOTO, N_("go to a date")},
	{'w', "w", SCOPE_CALENDAR, ACT_TOGGLE_WEEK, N_("switch between month and week")},

	{'L', "L", SCOPE_MATRIX, ACT_SET_LEAD, N_("make the unit lead the activity")},
	{'C', "C", SCOPE_MATRIX, ACT_SET_COOP, N_("make the unit cooperate in the activity")},
	{'x', "x", SCOPE_MATRIX, ACT_CLEAR_ROLE, N_("remove the unit's role in the activity")},
	{KEY_DC, "Del", SCOPE_MATRIX, ACT_CLEAR_ROLE, N_("remove the unit's role in the activity")},

	{' ', "Space", SCOPE_DEADLINES, ACT_TOGGLE_SUBMITTED,
	 N_("mark the unit's report submitted today, or pending again")},
	{'f', "f", SCOPE_DEADLINES, ACT_FILTER_UNIT, N_("show one unit's reports (empty: all)")},
	{'a', "a", SCOPE_DEADLINES, ACT_FILTER_CAMPAIGN,
	 N_("show the current campaign's deadlines or all")},
	{'n', "n", SCOPE_CALENDAR, ACT_NEW, N_("new activity on the day under the cursor")},
	{'n', "n", SCOPE_MATRIX, ACT_NEW, N_("new activity")},
	{'e', "e", SCOPE_MATRIX, ACT_EDIT, N_("edit the activity under the cursor")},
	{'d', "d", SCOPE_MATRIX, ACT_DELETE, N_("delete the activity under the cursor")},
	{'U', "U", SCOPE_MATRIX, ACT_ADD_UNIT, N_("bring a unit in: it cooperates in the activity")},
	{'R', "R", SCOPE_MATRIX, ACT_RENAME_UNIT,
	 N_("the unit under the cursor: its name and other names, in a form")},
	{'A', "A", SCOPE_MATRIX, ACT_ADD_ALIAS,
	 N_("add another name (alias) of the unit: its form, at an empty name")},
	{'n', "n", SCOPE_DEADLINES, ACT_NEW, N_("new deadline")},
	{'e', "e", SCOPE_DEADLINES, ACT_EDIT, N_("edit the deadline under the cursor")},
	{'d', "d", SCOPE_DEADLINES, ACT_DELETE, N_("delete the deadline under the cursor")},
	{'n', "n", SCOPE_LIST, ACT_NEW, N_("new: a campaign, or an activity on the day")},
	{'e', "e", SCOPE_LIST, ACT_EDIT, N_("edit the campaign or activity under the cursor")},
	{'d', "d", SCOPE_LIST, ACT_DELETE, N_("delete the campaign or activity under the cursor")},
	/* In a form, letters are typed text: its keys are control keys. */
	{CTRL('s'), "Ctrl-S", SCOPE_FORM, ACT_SAVE, N_("save the form")},
	{KEY_F(2), "F2", SCOPE_FORM, ACT_SAVE, N_("save the form")},
	{'\t', "Tab", SCOPE_FORM, ACT_NEXT_FIELD, N_("next field")},
	{'\n', "Enter", SCOPE_FORM, ACT_OPEN, N_("next field; on the last field, save the form")},
	{27, "Esc", SCOPE_FORM, ACT_BACK,
	 N_("close the form; asks first when something was changed")},
	{KEY_BTAB, "Shift-Tab", SCOPE_FORM, ACT_PREV_FIELD, N_("previous field")},
	{'s', "s", SCOPE_LIST, ACT_SAVE, N_("save what an import review shows")},
	{'R', "R", SCOPE_LIST, ACT_RENAME_UNIT,
	 N_("on a unit's page: the unit's name and other names, in a form")},
	{'x', "x", SCOPE_LIST, ACT_EXPORT,
	 N_("export the campaign under the cursor: xlsx, ics, csv, html or json")},
	{'y', "y", SCOPE_LIST, ACT_CLONE,
	 N_("copy the campaign under the cursor into another year (next year's plan)")},
	{'M', "M", SCOPE_LIST, ACT_COMMITTEE,
	 N_("the committee of the campaign under the cursor: n add, e role, d remove")},
	{'P', "P", SCOPE_LIST, ACT_CONTACTS,
	 N_("the contacts of the campaign under the cursor: n add, e edit, d remove")},
	{'K', "K", SCOPE_LIST, ACT_MOVE_UP, N_("move the committee member up")},
	{'J', "J", SCOPE_LIST, ACT_MOVE_DOWN, N_("move the committee member down")},
	{0, NULL, SCOPE_GLOBAL, ACT_NONE, NULL},
};

enum wp_action wp_key_action(enum wp_key_scope scope, int key)
{
	for (const struct wp_key_binding *b = wp_key_table; b->label; b++) {
		if (b->key != key)
			continue;
		if (b->scope == scope || (b->scope == SCOPE_MOVE && scope != SCOPE_GLOBAL))
			return b->action;
	}
	return ACT_NONE;
}

const char *wp_key_scope_name(enum wp_key_scope scope)
{
	static const char *const names[SCOPE_COUNT] = {
		[SCOPE_GLOBAL] = N_("Everywhere"),
		[SCOPE_MOVE] = N_("Moving"),
		[SCOPE_CALENDAR] = N_("Calendar"),
		[SCOPE_MATRIX] = N_("Unit assignment"),
		[SCOPE_DEADLINES] = N_("Deadlines"),
		[SCOPE_LIST] = N_("Lists"),
		[SCOPE_FORM] = N_("Forms"),
	};
	return names[scope];
}

/* In a form a character is typed text: of the keys bound everywhere,
 * only control keys (F1, Ctrl-L) work there. */
static bool works_in(const struct wp_key_binding *b, enum wp_key_scope scope)
{
	return !(scope == SCOPE_FORM && b->scope == SCOPE_GLOBAL && b->key >= 0x20 && b->key < 0x7f);
}

const char *wp_key_label(enum wp_key_scope scope, enum wp_action act)
{
	for (const struct wp_key_binding *b = wp_key_table; b->label; b++)
		if (b->action == act && works_in(b, scope) &&
		    (b->scope == scope || b->scope == SCOPE_GLOBAL ||
		     (b->scope == SCOPE_MOVE && scope != SCOPE_GLOBAL)))
			return b->label;
	return NULL;
}

/* Named keys as the status bar shows them (the help screen and the man
 * page keep the table's labels). */
static const char *shown_label(const char *label)
{
	static const char *const named[] = {N_("Enter"), N_("Space"), N_("Up"), N_("Down")};
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (strcmp(label, named[i]) == 0)
			return _(named[i]);
	return label;
}

char *wp_key_hints(enum wp_key_scope scope, const struct wp_key_hint *hints)
{
	wp_buf out = WP_BUF_INIT, keys = WP_BUF_INIT;
	for (const struct wp_key_hint *h = hints; h->word; h++) {
		bool bound = true;
		wp_buf_reset(&keys);
		for (int i = 0; i < WP_KEY_HINT_ACTIONS && h->actions[i] != ACT_NONE; i++) {
			const char *label = wp_key_label(scope, h->actions[i]);
			if (!label) {
				bound = false;
				break;
			}
			wp_buf_printf(&keys, "%s%s", i ? (h->sep ? h->sep : " ") : "", shown_label(label));
		}
		if (!bound || keys.len == 0)
			continue;
		wp_buf_printf(&out, "%s%s %s", out.len ? "  " : "",
			      h->group ? _(h->group) : wp_buf_str(&keys), _(h->word));
	}
	wp_buf_free(&keys);
	return wp_buf_take(&out);
}
