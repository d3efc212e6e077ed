/* tui.c - the planner's main loop, title and status bars, global keys. */
#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#include "alloc.h"
#include "buf.h"
#include "calendar.h"
#include "campaign.h"
#include "draw.h"
#include "edit.h"
#include "i18n.h"
#include "lineedit.h"
#include "locale-fmt.h"
#include "query.h"
#include "store.h"
#include "text.h"
#include "theme.h"
#include "tui.h"

static const struct view *const main_views[TUI_MAIN_VIEWS] = {&view_calendar, &view_matrix,
							       &view_deadlines};

void tui_message(struct tui *t, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(t->message, sizeof t->message, fmt, ap);
	va_end(ap);
	t->message_is_error = error;
}

void tui_busy(struct tui *t, const char *fmt, ...)
{
	(void)t; /* the status line is the screen's, drawn over now */
	char text[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	int y = LINES - 1;
	draw_blank(stdscr, y, 0, COLS, wp_theme(WP_ATTR_STATUS));
	draw_fit(stdscr, y, 0, COLS, text, wp_theme(WP_ATTR_STATUS));
	refresh();
}

const char *tui_date(const struct tui *t, wp_date d, char *buf, size_t size, int flags)
{
	wp_buf b = WP_BUF_INIT;
	wp_fmt_date(&b, d, t->zh, flags);
	snprintf(buf, size, "%s", wp_buf_str(&b));
	wp_buf_free(&b);
	return buf;
}

void tui_push(struct tui *t, const struct view *view, void *data)
{
	if (t->ndialogs == TUI_MAX_DIALOGS) {
		view->free(data);
		return;
	}
	t->dialogs[t->ndialogs].view = view;
	t->dialogs[t->ndialogs].data = data;
	t->ndialogs++;
}

static void pop_dialog(struct tui *t)
{
	if (t->ndialogs == 0)
		return;
	t->ndialogs--;
	t->dialogs[t->ndialogs].view->free(t->dialogs[t->ndialogs].data);
}

static void refresh_counts(struct tui *t)
{
	wp_err err;
	wp_date soon = wp_workday_add(wp_store_calendar(t->st), t->today, 2);
	/* The same year back as the deadline view lists. */
	if (wp_query_pending_counts(t->st, t->today - TUI_OVERDUE_DAYS, t->today, soon, &t->overdue,
				    &t->due_soon, &err) != 0)
		tui_message(t, true, "%s", err.msg);
}

void tui_reload(struct tui *t)
{
	wp_store_calendar_changed(t->st);
	for (int i = 0; i < TUI_MAIN_VIEWS; i++)
		if (main_views[i]->reload)
			main_views[i]->reload(t, t->main_data[i]);
	for (int i = 0; i < t->ndialogs; i++)
		if (t->dialogs[i].view->reload)
			t->dialogs[i].view->reload(t, t->dialogs[i].data);
	refresh_counts(t);
	t->data_version = wp_store_data_version(t->st);
}

void tui_set_campaign(struct tui *t, int64_t id)
{
	free(t->campaign_title);
	t->campaign_title = NULL;
	t->campaign_id = 0;
	if (id > 0) {
		char spec[24];
		wp_campaign_ref ref;
		wp_err err;
		snprintf(spec, sizeof spec, "%lld", (long long)id);
		if (wp_campaign_find(t->st, spec, &ref, &err) == 0) {
			t->campaign_id = ref.id;
			t->campaign_title = wp_xstrdup(ref.title);
			wp_campaign_ref_clear(&ref);
		}
	}
	tui_reload(t);
}

/* The campaign to start with: one running today, else the next to come,
 * else the latest. */
static int64_t initial_campaign(struct tui *t)
{
	int64_t id;
	wp_err err;
	return wp_campaign_current(t->st, t->today, &id, &err) == 0 ? id : 0;
}

/* ---- edits with undo --------------------------------------------------- */

static bool edit_done(struct tui *t, int rc, const wp_err *err)
{
	if (rc != 0)
		tui_message(t, true, "%s", err->msg);
	tui_reload(t);
	return rc == 0;
}

bool tui_set_role(struct tui *t, int64_t activity, int64_t unit, char expected, char role)
{
	wp_err err;
	if (expected == role)
		return true;
	int rc = wp_edit_role(t->st, activity, unit, expected, role, &err);
	if (rc == 0)
		undo_record_role(t, activity, unit, expected, role);
	return edit_done(t, rc, &err);
}

bool tui_set_status(struct tui *t, int64_t deadline, int64_t unit, wp_date expected,
		    wp_date submitted_on)
{
	wp_err err;
	int rc = wp_edit_status(t->st, deadline, unit, expected, submitted_on, &err);
	if (rc == 0)
		undo_record_status(t, deadline, unit, expected, submitted_on);
	return edit_done(t, rc, &err);
}

/* ---- prompt -------------------------------------------------------------- */

/* Ctrl-letter as get_wch reports it. */
#define CTRL_KEY(c) ((c) & 0x1f)

/* Draws the label and the editor's view on the status line, the cursor on
 * its place. The label gets at most half the line when the text needs it. */
static void prompt_draw(const char *label, struct lineedit *e)
{
	int y = LINES - 1, lw = wp_text_width(label) + 1;
	if (lw > COLS / 2 && wp_text_width(lineedit_text(e)) + 1 > COLS - lw)
		lw = COLS / 2;
	draw_blank(stdscr, y, 0, COLS, wp_theme(WP_ATTR_STATUS));
	draw_fit(stdscr, y, 0, lw - 1, label, wp_theme(WP_ATTR_STATUS));
	struct lineedit_view v;
	lineedit_view(e, COLS - lw, &v);
	char *shown = wp_xstrndup(v.text, v.len);
	draw_fit(stdscr, y, lw, COLS - lw, shown, wp_theme(WP_ATTR_STATUS));
	free(shown);
	move(y, lw + v.cursor_col < COLS ? lw + v.cursor_col : COLS - 1);
	refresh();
}

/* Key codes for the terminal's bracketed-paste marks (ESC [200~ and
 * ESC [201~), defined with define_key in tui_run. */
#define KEY_PASTE_BEGIN (KEY_MAX + 1)
#define KEY_PASTE_END (KEY_MAX + 2)

/* Reads pasted text up to the end mark and inserts it whole: a paragraph
 * pasted from a notice arrives as text, never as keys (its line breaks
 * would otherwise accept the prompt). */
static bool prompt_paste(struct lineedit *e)
{
	wp_buf pasted = WP_BUF_INIT;
	timeout(-1);
	for (;;) {
		wint_t ch;
		int kind = get_wch(&ch);
		if (kind == ERR || (kind == KEY_CODE_YES && ch == KEY_PASTE_END))
			break;
		if (kind == KEY_CODE_YES)
			continue;
		char bytes[8];
		int n = (int)wcrtomb(bytes, (wchar_t)ch, &(mbstate_t){0});
		if (n > 0)
			wp_buf_append(&pasted, bytes, (size_t)n);
	}
	timeout(1000);
	bool done = lineedit_insert_text(e, wp_buf_str(&pasted));
	wp_buf_free(&pasted);
	return done;
}

/* Alt-B and Alt-F arrive as Escape and the letter: the letter is read at
 * once (an Escape alone cancels after ESCDELAY). */
static int prompt_alt(struct lineedit *e)
{
	nodelay(stdscr, TRUE);
	wint_t ch;
	int kind = get_wch(&ch);
	timeout(1000);
	if (kind == ERR)
		return -1; /* Escape alone */
	bool done = false;
	if (kind == OK && (ch == 'b' || ch == 'B'))
		done = lineedit_word_left(e);
	else if (kind == OK && (ch == 'f' || ch == 'F'))
		done = lineedit_word_right(e);
	else if (kind == OK && (ch == 'd' || ch == 'D'))
		done = lineedit_word_right(e) && lineedit_kill_word_before(e);
	if (!done)
		beep();
	return 0;
}

int tui_edit_key(struct lineedit *e, struct lineedit_browse *hist, int kind, wint_t ch)
{
	bool done = true;
	if (kind == KEY_CODE_YES) {
		switch (ch) {
		case KEY_ENTER: return 1;
		case KEY_BACKSPACE: done = lineedit_backspace(e); break;
		case KEY_DC: done = lineedit_delete(e); break;
		case KEY_LEFT: done = lineedit_left(e); break;
		case KEY_RIGHT: done = lineedit_right(e); break;
		case KEY_HOME: done = lineedit_home(e); break;
		case KEY_END: done = lineedit_end(e); break;
		case KEY_UP: done = lineedit_history_up(e, hist); break;
		case KEY_DOWN: done = lineedit_history_down(e, hist); break;
		case KEY_PASTE_BEGIN: done = prompt_paste(e); break;
		default: return 0;
		}
	} else if (ch == 27) {
		return prompt_alt(e);
	} else if (ch == '\n' || ch == '\r') {
		return 1;
	} else if (ch == 127 || ch == CTRL_KEY('h')) {
		done = lineedit_backspace(e);
	} else if (ch == CTRL_KEY('a')) {
		done = lineedit_home(e);
	} else if (ch == CTRL_KEY('e')) {
		done = lineedit_end(e);
	} else if (ch == CTRL_KEY('b')) {
		done = lineedit_left(e);
	} else if (ch == CTRL_KEY('f')) {
		done = lineedit_right(e);
	} else if (ch == CTRL_KEY('d')) {
		done = lineedit_delete(e);
	} else if (ch == CTRL_KEY('k')) {
		done = lineedit_kill_to_end(e);
	} else if (ch == CTRL_KEY('u')) {
		done = lineedit_kill_to_start(e);
	} else if (ch == CTRL_KEY('w')) {
		done = lineedit_kill_word_before(e);
	} else if (ch == CTRL_KEY('p')) {
		done = lineedit_history_up(e, hist);
	} else if (ch == CTRL_KEY('n')) {
		done = lineedit_history_down(e, hist);
	} else {
		done = lineedit_insert(e, (uint32_t)ch);
	}
	if (!done)
		beep();
	return 0;
}

char *tui_prompt_history(struct tui *t, const char *label, const char *text, size_t max,
			 struct lineedit_history *history)
{
	(void)t; /* the prompt always takes the status line */
	struct lineedit e;
	struct lineedit_browse hist;
	lineedit_init(&e, text, max);
	lineedit_browse_start(&hist, history);
	curs_set(1);
	int done = 0;
	while (!done) {
		prompt_draw(label, &e);
		wint_t ch;
		int kind = get_wch(&ch);
		if (kind != ERR)
			done = tui_edit_key(&e, &hist, kind, ch);
	}
	curs_set(0);
	lineedit_browse_end(&hist);
	if (done < 0) {
		lineedit_free(&e);
		return NULL;
	}
	if (history)
		lineedit_history_add(history, lineedit_text(&e));
	char *result = wp_xstrdup(lineedit_text(&e));
	lineedit_free(&e);
	return result;
}

char *tui_prompt_text(struct tui *t, const char *label, const char *text, size_t max)
{
	return tui_prompt_history(t, label, text, max, NULL);
}

bool tui_prompt(struct tui *t, const char *label, char *buf, size_t size)
{
	char *text = tui_prompt_text(t, label, buf, size - 1);
	if (!text)
		return false;
	/* Typing stops at size - 1 bytes and buf held the start, so it fits. */
	snprintf(buf, size, "%s", text);
	free(text);
	return true;
}

/* ---- drawing ------------------------------------------------------------- */

static void draw_title(struct tui *t)
{
	draw_blank(stdscr, 0, 0, COLS, wp_theme(WP_ATTR_TITLE));
	int x = 0;
	for (int i = 0; i < TUI_MAIN_VIEWS; i++) {
		char tab[64];
		snprintf(tab, sizeof tab, " %d %s ", i + 1, _(main_views[i]->name));
		int w = wp_text_width(tab);
		draw_text(stdscr, 0, x, w, tab,
			  wp_theme(i == t->current ? WP_ATTR_TAB : WP_ATTR_TITLE));
		x += w + 1;
	}
	const char *title = t->campaign_title ? t->campaign_title : _("(no campaign)");
	int room = COLS - x - 1;
	if (room > 4) {
		int w = wp_text_width(title);
		w = w < room ? w : room;
		draw_fit(stdscr, 0, COLS - w - 1, w, title, wp_theme(WP_ATTR_TITLE));
	}
}

/* The message on the status line, before the counts (room columns). A
 * message longer than that is never cut: it starts on the lines above
 * (over the bottom of the view, until the next key) and ends on the
 * status line, up to TUI_MESSAGE_LINES lines in all. */
#define TUI_MESSAGE_LINES 4
static void draw_message(struct tui *t, int y, int room)
{
	attr_t attr = wp_theme(t->message_is_error ? WP_ATTR_ALERT : WP_ATTR_STATUS);
	const char *lines[TUI_MESSAGE_LINES];
	size_t lens[TUI_MESSAGE_LINES];
	int n = 0;
	const char *p = t->message;
	/* Full-width lines above, the rest on the status line. */
	while (n + 1 < TUI_MESSAGE_LINES && wp_text_width(p) > room) {
		size_t len = wp_text_prefix_bytes(p, COLS);
		if (len == 0)
			break;
		lines[n] = p;
		lens[n++] = len;
		p += len;
	}
	for (int i = 0; i < n; i++) {
		char *part = wp_xstrndup(lines[i], lens[i]);
		draw_blank(stdscr, y - n + i, 0, COLS, attr);
		draw_text(stdscr, y - n + i, 0, COLS, part, attr);
		free(part);
	}
	draw_fit(stdscr, y, 0, room, p, attr);
}

static void draw_status(struct tui *t, const struct view *top)
{
	int y = LINES - 1;
	draw_blank(stdscr, y, 0, COLS, wp_theme(WP_ATTR_STATUS));
	char counts[96];
	snprintf(counts, sizeof counts, _(" %d overdue | %d due in 2 wd "), t->overdue,
		 t->due_soon);
	int cw = wp_text_width(counts);
	draw_text(stdscr, y, COLS - cw, cw, counts,
		  wp_theme(t->overdue ? WP_ATTR_ALERT : WP_ATTR_STATUS));
	if (t->message[0]) {
		draw_message(t, y, COLS - cw - 1);
		return;
	}
	char *hints = wp_key_hints(top->scope, top->hints);
	draw_fit(stdscr, y, 0, COLS - cw - 1, hints, wp_theme(WP_ATTR_STATUS));
	free(hints);
}

static void draw_too_small(void)
{
	erase();
	char msg[160];
	snprintf(msg, sizeof msg, _("Terminal too small: %dx%d, weekplan needs at least %dx%d."),
		 COLS, LINES, TUI_MIN_W, TUI_MIN_H);
	int y = LINES / 2;
	int w = wp_text_width(msg);
	if (w > COLS) {
		/* Even the message does not fit: say the essential part. */
		snprintf(msg, sizeof msg, _("Too small (need %dx%d)"), TUI_MIN_W, TUI_MIN_H);
		w = wp_text_width(msg);
	}
	draw_fit(stdscr, y > 0 ? y : 0, w < COLS ? (COLS - w) / 2 : 0, COLS, msg,
		 wp_theme(WP_ATTR_ERROR));
	refresh();
}

static const struct view *top_view(struct tui *t, void **data)
{
	if (t->ndialogs) {
		*data = t->dialogs[t->ndialogs - 1].data;
		return t->dialogs[t->ndialogs - 1].view;
	}
	*data = t->main_data[t->current];
	return main_views[t->current];
}

static void draw_all(struct tui *t)
{
	erase();
	int h = LINES - 2, w = COLS;
	t->cursor_y = t->cursor_x = -1;
	t->screen_h = h;
	t->screen_w = w;
	WINDOW *area = derwin(stdscr, h, w, 1, 0);
	main_views[t->current]->draw(t, t->main_data[t->current], area, h, w);
	for (int i = 0; i < t->ndialogs; i++)
		t->dialogs[i].view->draw(t, t->dialogs[i].data, area, h, w);
	delwin(area);
	void *data;
	draw_title(t);
	draw_status(t, top_view(t, &data));
	/* A view that edits text in place shows the cursor where it types. */
	if (t->cursor_y >= 0) {
		move(t->cursor_y, t->cursor_x);
		curs_set(1);
	} else {
		curs_set(0);
	}
	refresh();
}

/* ---- input ----------------------------------------------------------------- */

static void switch_view(struct tui *t, int index)
{
	while (t->ndialogs)
		pop_dialog(t);
	t->current = index;
}

void tui_show_view(struct tui *t, int index)
{
	switch_view(t, index);
}

/* The loop's own actions; any other global one is run from tui_actions. */
static void global_action(struct tui *t, enum wp_action act)
{
	switch (act) {
	case ACT_QUIT:
		if (t->ndialogs)
			pop_dialog(t);
		else
			t->quit = true;
		break;
	case ACT_BACK:
		pop_dialog(t);
		break;
	case ACT_VIEW_CALENDAR:
	case ACT_VIEW_MATRIX:
	case ACT_VIEW_DEADLINES:
		switch_view(t, act - ACT_VIEW_CALENDAR);
		break;
	case ACT_NEXT_VIEW:
		switch_view(t, (t->current + 1) % TUI_MAIN_VIEWS);
		break;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		break;
	default:
		for (const struct tui_action *a = tui_actions; a->run; a++)
			if (a->act == act) {
				a->run(t);
				break;
			}
		break;
	}
}

static void click(struct tui *t, MEVENT *ev)
{
	if (ev->y == 0) { /* the tabs */
		int x = 0;
		for (int i = 0; i < TUI_MAIN_VIEWS; i++) {
			char tab[64];
			snprintf(tab, sizeof tab, " %d %s ", i + 1, _(main_views[i]->name));
			int w = wp_text_width(tab);
			if (ev->x >= x && ev->x < x + w)
				switch_view(t, i);
			x += w + 1;
		}
		return;
	}
	void *data;
	const struct view *v = top_view(t, &data);
	if (v->click && ev->y >= 1 && ev->y < LINES - 1 &&
	    v->click(t, data, ev->y - 1, ev->x) == VIEW_CLOSE)
		pop_dialog(t);
}

static void handle_key(struct tui *t, int key)
{
	if (key == KEY_MOUSE) {
		MEVENT ev;
		if (getmouse(&ev) == OK && (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)))
			click(t, &ev);
		return;
	}
	void *data;
	const struct view *v = top_view(t, &data);
	enum wp_action act = wp_key_action(v->scope, key);
	enum view_result r = act ? v->action(t, data, act) : VIEW_IGNORED;
	if (r == VIEW_CLOSE) {
		pop_dialog(t);
		return;
	}
	if (r == VIEW_IGNORED) {
		enum wp_action global = wp_key_action(SCOPE_GLOBAL, key);
		global_action(t, global ? global : act);
	}
}

/* Offers a key, as read, to a top view that takes text (a form): typed
 * characters are its text, not commands. True when it took the key. */
static bool text_key(struct tui *t, int kind, wint_t ch)
{
	void *data;
	const struct view *v = top_view(t, &data);
	if (!v->key)
		return false;
	enum view_result r = v->key(t, data, kind, ch);
	if (r == VIEW_CLOSE)
		pop_dialog(t);
	return r != VIEW_IGNORED;
}

static void poll_changes(struct tui *t)
{
	int v = wp_store_data_version(t->st);
	if (v != t->data_version)
		tui_reload(t);
}

/* Ctrl-S saves a form, so the terminal must pass it on instead of taking
 * it (and Ctrl-Q) for flow control; endwin gives the shell its own mode. */
static void allow_ctrl_s(void)
{
	struct termios tio;
	if (tcgetattr(STDIN_FILENO, &tio) != 0)
		return;
	tio.c_iflag &= ~(tcflag_t)IXON;
	if (tcsetattr(STDIN_FILENO, TCSANOW, &tio) == 0)
		def_prog_mode();
}

static void oom_hook(void)
{
	endwin();
}

struct tui *tui_open(struct wp_store *st, wp_date today)
{
	struct tui *t = wp_xcalloc(1, sizeof *t);
	t->st = st;
	t->today = today;
	t->zh = wp_locale_is_zh();
	wp_theme_init(false);
	for (int i = 0; i < TUI_MAIN_VIEWS; i++)
		t->main_data[i] = main_views[i]->init(t);
	tui_set_campaign(t, initial_campaign(t));
	if (!t->campaign_id)
		tui_message(t, false, "%s",
			    _("No campaigns yet: i imports a notice, c then n creates one, ? lists keys."));
	return t;
}

void tui_frame(struct tui *t)
{
	poll_changes(t);
	draw_all(t);
}

void tui_input(struct tui *t, int kind, wint_t ch)
{
	t->message[0] = '\0';
	if (text_key(t, kind, ch))
		return;
	if (kind == OK && ch >= 0x80)
		return; /* no command is a character beyond ASCII */
	int key = (int)ch;
	if (key == KEY_PASTE_BEGIN) {
		/* Text pasted outside a prompt is not a string of commands. */
		while (key != KEY_PASTE_END && key != ERR)
			key = getch();
		return;
	}
	handle_key(t, key);
}

bool tui_done(const struct tui *t)
{
	return t->quit;
}

void tui_close(struct tui *t)
{
	if (!t)
		return;
	lineedit_history_free(&t->search_history);
	lineedit_history_free(&t->goto_history);
	while (t->ndialogs)
		pop_dialog(t);
	for (int i = 0; i < TUI_MAIN_VIEWS; i++)
		main_views[i]->free(t->main_data[i]);
	free(t->campaign_title);
	undo_free_all(t);
	free(t);
}

int tui_run(struct wp_store *st, wp_date today)
{
	wp_alloc_set_oom_hook(oom_hook);
	initscr();
	cbreak();
	allow_ctrl_s();
	noecho();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED, NULL);
	mouseinterval(0);
	/* Bracketed paste: the terminal marks pasted text, so the prompt takes
	 * a pasted paragraph whole (its line breaks do not press Enter). */
	define_key("\033[200~", KEY_PASTE_BEGIN);
	define_key("\033[201~", KEY_PASTE_END);
	fputs("\033[?2004h", stdout);
	fflush(stdout);
	/* Wake up once a second to notice changes made by another weekplan. */
	timeout(1000);
	struct tui *t = tui_open(st, today);
	while (!tui_done(t)) {
		if (LINES < TUI_MIN_H || COLS < TUI_MIN_W) {
			draw_too_small();
			int key = getch();
			if (key == 'q')
				break;
			continue;
		}
		tui_frame(t);
		wint_t ch;
		int kind = get_wch(&ch);
		if (kind == ERR || (kind == KEY_CODE_YES && ch == KEY_RESIZE))
			continue;
		tui_input(t, kind, ch);
	}
	fputs("\033[?2004l", stdout);
	fflush(stdout);
	endwin();
	tui_close(t);
	wp_alloc_set_oom_hook(NULL);
	return 0;
}
