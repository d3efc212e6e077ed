/* keys.h - every key binding of the planner, in one table.
 *
 * Views and the main loop look keys up here instead of testing key codes,
 * so the help screen (generated from this table) and the man page (checked
 * against it by tests/keys-man.sh) always say what the program does. */
#ifndef WP_KEYS_H
#define WP_KEYS_H

enum wp_action {
	ACT_NONE = 0,
	/* global */
	ACT_QUIT,
	ACT_HELP,
	ACT_VIEW_CALENDAR,
	ACT_VIEW_MATRIX,
	ACT_VIEW_DEADLINES,
	ACT_NEXT_VIEW,
	ACT_CAMPAIGNS,
	ACT_UNDO,
	ACT_SEARCH,
	ACT_REDRAW,
	ACT_FINDINGS,
	/* movement, shared by views */
	ACT_LEFT,
	ACT_RIGHT,
	ACT_UP,
	ACT_DOWN,
	ACT_PAGE_UP,
	ACT_PAGE_DOWN,
	ACT_HOME,
	ACT_END,
	ACT_OPEN,
	ACT_BACK,
	/* calendar */
	ACT_PREV_MONTH,
	ACT_NEXT_MONTH,
	ACT_TODAY,
	ACT_GOTO,
	ACT_TOGGLE_WEEK,
	/* matrix */
	ACT_SET_LEAD,
	ACT_SET_COOP,
	ACT_CLEAR_ROLE,
	/* deadlines */
	ACT_TOGGLE_SUBMITTED,
	ACT_FILTER_UNIT,
	ACT_FILTER_CAMPAIGN,
	/* editing */
	ACT_NEW,
	ACT_EDIT,
	ACT_DELETE,
	ACT_RENAME_UNIT,
	ACT_ADD_ALIAS,
	ACT_ADD_UNIT,
	ACT_SAVE,
	ACT_IMPORT,
	ACT_EXPORT,
	ACT_CLONE,
	ACT_COMMITTEE,
	ACT_CONTACTS,
	ACT_MOVE_UP,
	ACT_MOVE_DOWN,
	/* forms */
	ACT_NEXT_FIELD,
	ACT_PREV_FIELD,
};

/* Scopes: where a binding applies. */
enum wp_key_scope {
	SCOPE_GLOBAL = 0,
	SCOPE_MOVE,      /* every list, grid and calendar */
	SCOPE_CALENDAR,
	SCOPE_MATRIX,
	SCOPE_DEADLINES,
	SCOPE_LIST,      /* campaign list, day list, search results */
	SCOPE_FORM,
	SCOPE_COUNT
};

struct wp_key_binding {
	int key;           /* curses key code or character */
	const char *label; /* as the help screen and the man page show it */
	enum wp_key_scope scope;
	enum wp_action action;
	const char *help; /* N_() marked; translate when showing */
};

extern const struct wp_key_binding wp_key_table[];

/* The action of key in scope (movement keys are found from every scope
 * but the global one), or ACT_NONE. */
enum wp_action wp_key_action(enum wp_key_scope scope, int key);

/* The scope's title for the help screen (N_() marked). */
const char *wp_key_scope_name(enum wp_key_scope scope);

/* One hint of a view's status bar: the keys bound to actions (in the
 * view's scope, where moving keys and global keys count too), labelled as
 * the key table labels them, then a word saying what they do. The status
 * bar is generated from these, so it cannot name a key the view does not
 * have: a hint whose action has no key is left out. */
#define WP_KEY_HINT_ACTIONS 4
struct wp_key_hint {
	enum wp_action actions[WP_KEY_HINT_ACTIONS]; /* ACT_NONE ends the list */
	const char *word;  /* N_() marked; NULL ends an array of hints */
	const char *sep;   /* between the labels (NULL: one space) */
	const char *group; /* N_() marked name of all the keys ("arrows") or NULL */
};

/* The label of the first key bound to act in scope, or NULL. */
const char *wp_key_label(enum wp_key_scope scope, enum wp_action act);

/* The status bar's hints for scope, "KEYS word" two spaces apart, into a
 * new string (caller frees). Labels of named keys (Enter, Space ...) are
 * shown in the locale's language, as words are. */
char *wp_key_hints(enum wp_key_scope scope, const struct wp_key_hint *hints);

#endif
