/* lineedit.h - the text of the one-line editor (the planner's prompt and
 * form fields): UTF-8 of any length, a cursor, and a view that scrolls
 * sideways to keep the cursor on screen.
 *
 * Positions are byte offsets that always fall on a character boundary;
 * widths are display columns (a CJK character takes two and is never split
 * at the edge of the view). No curses here: tui.c draws the view and feeds
 * the keys, so the editing itself is unit-tested (tests/check_lineedit.c). */
#ifndef WP_LINEEDIT_H
#define WP_LINEEDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct lineedit {
	char *text;    /* owned, NUL-terminated UTF-8 */
	size_t len;    /* bytes in text */
	size_t cap;    /* bytes allocated */
	size_t cursor; /* byte offset of the cursor */
	size_t first;  /* byte offset of the first character shown */
	size_t max;    /* most bytes accepted; 0: no limit */
};

/* What the view shows: len bytes from text (borrowed from the editor, valid
 * until its next change), and the cursor's column within them. */
struct lineedit_view {
	const char *text;
	size_t len;
	int cursor_col;
};

/* Starts editing a copy of text (NULL: empty), with the cursor at its end.
 * An invalid UTF-8 byte in text is kept as it is and steps as one character.
 * max limits what typing may add (for a caller's fixed buffer); text longer
 * than max is still taken whole, never cut. */
void lineedit_init(struct lineedit *e, const char *text, size_t max);
void lineedit_free(struct lineedit *e);

/* The text; borrowed from the editor. */
const char *lineedit_text(const struct lineedit *e);

/* Inserts the character uc at the cursor. False (and nothing changes) for a
 * control character, a value that is not a character, or when the text
 * would grow beyond max. */
bool lineedit_insert(struct lineedit *e, uint32_t uc);

/* Editing and moving; each returns false when there was nothing to do. */
bool lineedit_backspace(struct lineedit *e); /* deletes before the cursor */
bool lineedit_delete(struct lineedit *e);    /* deletes under the cursor */
bool lineedit_left(struct lineedit *e);
bool lineedit_right(struct lineedit *e);
bool lineedit_home(struct lineedit *e);
bool lineedit_end(struct lineedit *e);
bool lineedit_kill_to_end(struct lineedit *e);
bool lineedit_kill_to_start(struct lineedit *e);
/* By word, as readline's Alt-B, Alt-F and Ctrl-W: a word is a run of
 * characters that are not spaces or punctuation (ASCII or CJK, such as
 * ，。、), so 鹿寨县 市场监管局 is two words. */
bool lineedit_word_left(struct lineedit *e);
bool lineedit_word_right(struct lineedit *e);
bool lineedit_kill_word_before(struct lineedit *e);

/* Inserts pasted text at the cursor: line breaks and tabs become spaces
 * (the value is one line), other control characters are dropped, and
 * insertion stops at max. Returns false if nothing was inserted. */
bool lineedit_insert_text(struct lineedit *e, const char *text);

/* Replaces the whole text (for history), cursor at its end. */
void lineedit_set(struct lineedit *e, const char *text);

/* Earlier entries of a prompt that repeats (search, go to date), oldest
 * first, for Up/Down. The caller keeps one per prompt; entries are owned
 * copies, at most LINEEDIT_HISTORY_MAX (the oldest go first). */
#define LINEEDIT_HISTORY_MAX 50
struct lineedit_history {
	char *items[LINEEDIT_HISTORY_MAX];
	int n;
};

/* Remembers an accepted entry: not an empty one, nor the last one again. */
void lineedit_history_add(struct lineedit_history *h, const char *text);
void lineedit_history_free(struct lineedit_history *h);

/* Browsing a history from an editor. pos is h->n while editing the new
 * entry, whose text is kept in draft (owned) while browsing. */
struct lineedit_browse {
	struct lineedit_history *h;
	int pos;
	char *draft;
};
void lineedit_browse_start(struct lineedit_browse *b, struct lineedit_history *h);
/* Up (older) and Down (newer); false at either end or without history. */
bool lineedit_history_up(struct lineedit *e, struct lineedit_browse *b);
bool lineedit_history_down(struct lineedit *e, struct lineedit_browse *b);
void lineedit_browse_end(struct lineedit_browse *b);

/* Scrolls the view so that the cursor shows within width columns (with a
 * column for the cursor at the end of the text) and fills v. */
void lineedit_view(struct lineedit *e, int width, struct lineedit_view *v);

#endif
