/* view-calendar.c - the month grid and the week view. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "calendar.h"
#include "campaign.h"
#include "draw.h"
#include "edit-forms.h"
#include "i18n.h"
#include "input.h"
#include "locale-fmt.h"
#include "model.h"
#include "query.h"
#include "store.h"
#include "text.h"
#include "theme.h"
#include "tui.h"

struct calendar {
	wp_date cursor;
	bool week;
	/* What the visible range holds, loaded when the range or data change. */
	wp_date from, to;
	bool loaded, loaded_week;
	int loaded_titles;
	wp_agenda ag;       /* the week view's activities */
	wp_days days;       /* the month grid's counts and titles */
	int max_titles;     /* titles a month cell has room for */
	wp_deadline_list dl;
	wp_campaign_ref *camps;
	size_t ncamps;
	char error[WP_ERR_MAX];
};

static void unload(struct calendar *c)
{
	if (!c->loaded)
		return;
	wp_agenda_clear(&c->ag);
	wp_days_clear(&c->days);
	wp_deadline_list_clear(&c->dl);
	wp_campaign_refs_free(c->camps, c->ncamps);
	c->camps = NULL;
	c->ncamps = 0;
	c->loaded = false;
}

/* The first day shown: the Monday on or before the 1st (month), or the
 * cursor's Monday (week). */
static void visible_range(const struct calendar *c, wp_date *from, wp_date *to)
{
	if (c->week) {
		*from = wp_date_week_start(c->cursor);
		*to = *from + 6;
		return;
	}
	int y, m, d;
	wp_date_to_ymd(c->cursor, &y, &m, &d);
	*from = wp_date_week_start(wp_date_from_ymd(y, m, 1));
	*to = *from + 41;
}

static void load(struct tui *t, struct calendar *c)
{
	wp_date from, to;
	visible_range(c, &from, &to);
	if (c->loaded && from == c->from && to == c->to && c->week == c->loaded_week &&
	    (c->week || c->max_titles == c->loaded_titles))
		return;
	unload(c);
	wp_err err;
	c->error[0] = '\0';
	memset(&c->ag, 0, sizeof c->ag);
	memset(&c->days, 0, sizeof c->days);
	memset(&c->dl, 0, sizeof c->dl);
	/* The month grid asks only for its counts and titles. */
	if ((c->week ? wp_query_agenda(t->st, from, to, 0, &c->ag, &err)
		     : wp_query_days(t->st, from, to, c->max_titles, &c->days, &err)) != 0 ||
	    /* Cells show what is due, never who owes it. */
	    wp_query_deadlines(t->st, from, to, 0, 0, WP_DL_NO_OWNERS, &c->dl, &err) != 0 ||
	    wp_query_campaigns_between(t->st, from, to, &c->camps, &c->ncamps, &err) != 0)
		snprintf(c->error, sizeof c->error, "%s", err.msg);
	c->from = from;
	c->to = to;
	c->loaded = true;
	c->loaded_week = c->week;
	c->loaded_titles = c->max_titles;
}

static void *calendar_init(struct tui *t)
{
	struct calendar *c = wp_xcalloc(1, sizeof *c);
	c->cursor = t->today;
	return c;
}

static void calendar_free(void *data)
{
	unload(data);
	free(data);
}

static void calendar_reload(struct tui *t, void *data)
{
	(void)t;
	unload(data);
}

static bool in_campaign(const struct calendar *c, wp_date d)
{
	for (size_t i = 0; i < c->ncamps; i++)
		if (c->camps[i].start <= d && d <= c->camps[i].end)
			return true;
	return false;
}

static int deadlines_on(const struct calendar *c, wp_date d)
{
	int n = 0;
	for (size_t i = 0; i < c->dl.n; i++)
		n += c->dl.items[i].due == d;
	return n;
}

/* The attribute of a day's number: today, holiday, make-up day, campaign. */
static attr_t day_attr(struct tui *t, const struct calendar *c, wp_date d, bool other_month)
{
	wp_daykind kind = wp_calendar_kind(wp_store_calendar(t->st), d, NULL);
	if (d == t->today)
		return wp_theme(WP_ATTR_TODAY);
	if (kind == WP_DAY_OFF)
		return wp_theme(WP_ATTR_HOLIDAY);
	if (kind == WP_DAY_WORK)
		return wp_theme(WP_ATTR_MAKEUP);
	if (in_campaign(c, d))
		return wp_theme(WP_ATTR_CAMPAIGN);
	return other_month ? wp_theme(WP_ATTR_DIM) : wp_theme(WP_ATTR_NORMAL);
}

/* "休" for a holiday, "班" for a make-up working day, or "". */
static const char *day_mark(struct tui *t, wp_date d)
{
	wp_calendar *cal = wp_store_calendar(t->st);
	switch (wp_calendar_kind(cal, d, NULL)) {
	case WP_DAY_OFF:
		/* A day off computed from the law, before the notice is loaded. */
		return wp_calendar_day_provisional(cal, d) ? _("off?") : _("off");
	case WP_DAY_WORK:
		return _("work");
	default:
		return "";
	}
}

static void draw_legend(struct tui *t, const struct calendar *c, WINDOW *win, int y, int w)
{
	int x = 0;
	int year, m, d;
	wp_date_to_ymd(c->cursor, &year, &m, &d);
	bool provisional = wp_calendar_provisional(wp_store_calendar(t->st), year);
	struct {
		enum wp_role_attr role;
		const char *text;
	} items[] = {
		{WP_ATTR_TODAY, N_("today")},
		{WP_ATTR_HOLIDAY, N_("off?: provisional holiday")},
		{WP_ATTR_HOLIDAY, N_("off: public holiday")},
		{WP_ATTR_MAKEUP, N_("work: make-up working day")},
		{WP_ATTR_CAMPAIGN, N_("campaign period")},
		{WP_ATTR_DEADLINE, N_("! deadline")},
	};
	for (size_t i = 0; i < sizeof items / sizeof *items && x < w; i++) {
		if (i == 1 && !provisional)
			continue;
		x += draw_fit(win, y, x, w - x, _(items[i].text), wp_theme(items[i].role));
		x += 2;
	}
}

static void month_title(struct tui *t, const struct calendar *c, char *buf, size_t size)
{
	static const char *const months[] = {N_("January"), N_("February"), N_("March"),
					     N_("April"),   N_("May"),      N_("June"),
					     N_("July"),    N_("August"),   N_("September"),
					     N_("October"), N_("November"), N_("December")};
	int y, m, d;
	wp_date_to_ymd(c->cursor, &y, &m, &d);
	int len;
	if (t->zh)
		len = snprintf(buf, size, "%d年%d月", y, m);
	else
		len = snprintf(buf, size, "%s %d", _(months[m - 1]), y);
	/* The year's official arrangement is not loaded: say so where the
	 * eye goes first. */
	if (len > 0 && (size_t)len < size && wp_calendar_provisional(wp_store_calendar(t->st), y))
		snprintf(buf + len, size - (size_t)len, "  %s", _("(provisional holidays)"));
}

static void draw_cell(struct tui *t, struct calendar *c, WINDOW *win, wp_date d, int y, int x,
		      int cw, int ch, bool other_month)
{
	int yy, mm, dd;
	wp_date_to_ymd(d, &yy, &mm, &dd);
	const wp_day_summary *day = d >= c->days.from && d - c->days.from < (wp_date)c->days.n
					    ? &c->days.days[d - c->days.from]
					    : NULL;
	int count = day ? day->count : 0;
	int due = deadlines_on(c, d);
	bool cursor = d == c->cursor;
	char num[8];
	snprintf(num, sizeof num, "%2d", dd);
	attr_t head = cursor ? wp_theme(WP_ATTR_SELECTED) : wp_theme(WP_ATTR_NORMAL);
	draw_blank(win, y, x, cw - 1, head);
	draw_text(win, y, x, 2, num, cursor ? head : day_attr(t, c, d, other_month));
	const char *mark = day_mark(t, d);
	int mx = x + 3;
	if (*mark)
		mx += draw_fit(win, y, mx, cw - 4, mark,
			       cursor ? head
				      : wp_theme(wp_calendar_kind(wp_store_calendar(t->st), d, NULL) ==
							     WP_DAY_OFF
						     ? WP_ATTR_HOLIDAY
						     : WP_ATTR_MAKEUP)) +
		      1;
	char right[16] = "";
	if (due || count)
		snprintf(right, sizeof right, "%s%.0d", due ? "!" : "", count);
	/* Two blank columns before the next day's number, so that a count
	 * (or !) never reads as part of it; Sunday's has none after it. */
	int gap = x / cw == 6 ? 1 : 2;
	if (*right && mx + wp_text_width(right) < x + cw - gap)
		draw_right(win, y, mx, x + cw - gap - mx, right,
			   cursor ? head : wp_theme(due ? WP_ATTR_DEADLINE : WP_ATTR_NORMAL));
	/* As many titles as fit, in agenda order. */
	int line = 1;
	for (size_t i = 0; day && i < day->ntitles && line < ch; i++) {
		const wp_day_title *it = &day->titles[i];
		draw_text(win, y + line++, x, cw - 1, it->title,
			  it->undated ? wp_theme(WP_ATTR_DIM) : wp_theme(WP_ATTR_NORMAL));
	}
	for (size_t i = 0; i < c->dl.n && line < ch; i++)
		if (c->dl.items[i].due == d) {
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "!%s", c->dl.items[i].what);
			draw_text(win, y + line++, x, cw - 1, wp_buf_str(&b), wp_theme(WP_ATTR_DEADLINE));
			wp_buf_free(&b);
		}
}

static void draw_month(struct tui *t, struct calendar *c, WINDOW *win, int h, int w)
{
	char title[160];
	month_title(t, c, title, sizeof title);
	int tw = wp_text_width(title);
	draw_fit(win, 0, (w - tw) / 2, w, title, wp_theme(WP_ATTR_HEADING));
	int cw = w / 7, ch = (h - 3) / 6;
	for (int col = 0; col < 7; col++)
		draw_text(win, 1, col * cw, cw - 1, wp_fmt_weekday(col + 1, t->zh),
			  wp_theme(col >= 5 ? WP_ATTR_HOLIDAY : WP_ATTR_HEADING));
	int y0, m0, d0;
	wp_date_to_ymd(c->cursor, &y0, &m0, &d0);
	for (int row = 0; row < 6; row++)
		for (int col = 0; col < 7; col++) {
			wp_date d = c->from + row * 7 + col;
			int yy, mm, dd;
			wp_date_to_ymd(d, &yy, &mm, &dd);
			draw_cell(t, c, win, d, 2 + row * ch, col * cw, cw, ch, mm != m0);
		}
	draw_legend(t, c, win, h - 1, w);
}

/* Draws text over up to max_lines lines of width columns from row y (not
 * past bottom), breaking between characters; the last line ends with an
 * ellipsis if text is longer still. Returns the next free row. */
static int draw_wrapped(WINDOW *win, int y, int x, int width, int bottom, int max_lines,
			const char *text)
{
	const char *p = text;
	for (int n = 0; *p && y < bottom && n < max_lines; n++) {
		bool last = n + 1 == max_lines || y + 1 == bottom;
		if (last || wp_text_width(p) <= width) {
			draw_text(win, y++, x, width, p, wp_theme(WP_ATTR_NORMAL));
			break;
		}
		size_t len = wp_text_prefix_bytes(p, width);
		if (len == 0)
			break;
		char *chunk = wp_xstrndup(p, len);
		draw_text(win, y++, x, width, chunk, wp_theme(WP_ATTR_NORMAL));
		free(chunk);
		p += len;
	}
	return y;
}

/* A day's column heading in the week view, in width columns: the date
 * with its weekday, else (4月22日 周三 is 12 columns, wider than a column
 * at 80) the weekday and the day of the month, so the weekday is never
 * the part that is cut. The mark (休, 班) follows when it fits. */
static void week_head(struct tui *t, wp_date d, int width, wp_buf *b)
{
	char head[48];
	int y, m, day;
	wp_date_to_ymd(d, &y, &m, &day);
	const char *mark = day_mark(t, d);
	tui_date(t, d, head, sizeof head, 0);
	wp_buf_printf(b, "%s%s%s", head, *mark ? " " : "", mark);
	if (wp_text_width(wp_buf_str(b)) <= width)
		return;
	wp_buf_reset(b);
	wp_buf_printf(b, t->zh ? "%s %d日" : "%s %d", wp_fmt_weekday(wp_date_weekday(d), t->zh), day);
	if (*mark && wp_text_width(wp_buf_str(b)) + 1 + wp_text_width(mark) <= width)
		wp_buf_printf(b, " %s", mark);
}

/* Week view: multi-day activities as bars across their days, then each
 * day's timed activities in time order, then its deadlines. */
static void draw_week(struct tui *t, struct calendar *c, WINDOW *win, int h, int w)
{
	char d1[48], d2[48];
	wp_buf title = WP_BUF_INIT;
	wp_buf_printf(&title, "%s - %s", tui_date(t, c->from, d1, sizeof d1, WP_FMT_YEAR),
		      tui_date(t, c->to, d2, sizeof d2, WP_FMT_YEAR));
	int tw = wp_text_width(wp_buf_str(&title));
	draw_fit(win, 0, (w - tw) / 2, w, wp_buf_str(&title), wp_theme(WP_ATTR_HEADING));
	wp_buf_free(&title);
	int cw = w / 7;
	for (int col = 0; col < 7; col++) {
		wp_date d = c->from + col;
		wp_buf b = WP_BUF_INIT;
		week_head(t, d, cw - 1, &b);
		draw_text(win, 1, col * cw, cw - 1, wp_buf_str(&b),
			  d == c->cursor ? wp_theme(WP_ATTR_SELECTED) : day_attr(t, c, d, false));
		wp_buf_free(&b);
	}
	int y = 2, bottom = h - 1;
	/* Bars: activities longer than a day (and undated ones, over their
	 * campaign's period), at most half the space. */
	int bars_max = (bottom - y) / 2, hidden = 0;
	for (size_t i = 0; i < c->ag.n; i++) {
		const wp_agenda_item *it = &c->ag.items[i];
		if (it->start == it->end)
			continue;
		if (y - 2 >= bars_max) {
			hidden++;
			continue;
		}
		wp_date s = it->start > c->from ? it->start : c->from;
		wp_date e = it->end < c->to ? it->end : c->to;
		int x0 = (int)(s - c->from) * cw, x1 = (int)(e - c->from + 1) * cw - 1;
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s%s%s%s%s", it->start < c->from ? "<" : "[", it->number,
			      *it->number ? " " : "", it->title, it->undated ? "*" : "");
		draw_text(win, y, x0, x1 - x0, wp_buf_str(&b), wp_theme(WP_ATTR_CAMPAIGN));
		if (it->end <= c->to)
			draw_fit(win, y, x1 - 1, 1, "]", wp_theme(WP_ATTR_CAMPAIGN));
		wp_buf_free(&b);
		y++;
	}
	if (hidden) {
		char more[64];
		snprintf(more, sizeof more, _("+%d more long activities"), hidden);
		draw_text(win, y++, 0, w, more, wp_theme(WP_ATTR_DIM));
	}
	for (int col = 0; col < 7; col++) {
		wp_date d = c->from + col;
		int yy = y;
		for (size_t i = 0; i < c->ag.n && yy < bottom; i++) {
			const wp_agenda_item *it = &c->ag.items[i];
			if (it->start != it->end || it->start != d)
				continue;
			if (it->start_time)
				draw_text(win, yy++, col * cw, cw - 1, it->start_time,
					  wp_theme(WP_ATTR_HEADING));
			yy = draw_wrapped(win, yy, col * cw, cw - 1, bottom, 3, it->title);
		}
		for (size_t i = 0; i < c->dl.n && yy < bottom; i++) {
			if (c->dl.items[i].due != d)
				continue;
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "!%s", c->dl.items[i].what);
			draw_text(win, yy++, col * cw, cw - 1, wp_buf_str(&b), wp_theme(WP_ATTR_DEADLINE));
			wp_buf_free(&b);
		}
	}
	draw_legend(t, c, win, h - 1, w);
}

static void calendar_draw(struct tui *t, void *data, WINDOW *win, int h, int w)
{
	struct calendar *c = data;
	c->max_titles = (h - 3) / 6 - 1; /* a month cell's lines under its number */
	load(t, c);
	if (c->week)
		draw_week(t, c, win, h, w);
	else
		draw_month(t, c, win, h, w);
	if (c->error[0])
		draw_text(win, h - 1, 0, w, c->error, wp_theme(WP_ATTR_ERROR));
}

static wp_date add_months(wp_date d, int n)
{
	int y, m, day;
	wp_date_to_ymd(d, &y, &m, &day);
	int months = y * 12 + (m - 1) + n;
	y = months / 12;
	m = months % 12 + 1;
	if (y < WP_YEAR_MIN || y > WP_YEAR_MAX)
		return d;
	int last = wp_date_days_in_month(y, m);
	return wp_date_from_ymd(y, m, day > last ? last : day);
}

static void go_to(struct tui *t, struct calendar *c)
{
	char *text = tui_prompt_history(t, _("Go to date (2026-04-20, 4月20日, 周三, 今天):"), "",
					63, &t->goto_history);
	/* 4月20日 is in the current campaign's year (else the year shown);
	 * 周三 in the week of the cursor. */
	int y, m, day;
	wp_date_to_ymd(c->cursor, &y, &m, &day);
	wp_campaign_rec camp = WP_CAMPAIGN_REC_INIT;
	wp_err ignored;
	if (t->campaign_id && wp_campaign_load(t->st, t->campaign_id, &camp, &ignored) == 0 &&
	    camp.start != WP_DATE_NONE)
		wp_date_to_ymd(camp.start, &y, &m, &day);
	wp_campaign_rec_clear(&camp);
	wp_input_ctx ctx = {.year = y, .week_of = c->cursor, .today = t->today};
	wp_date d;
	wp_err err;
	if (text && *text && wp_input_date(text, &ctx, &d, &err) != 0)
		tui_message(t, true, "%s", err.msg);
	else if (text && *text)
		c->cursor = d;
	free(text);
}

static enum view_result calendar_action(struct tui *t, void *data, enum wp_action act)
{
	struct calendar *c = data;
	wp_date before = c->cursor;
	switch (act) {
	case ACT_LEFT:
		c->cursor--;
		break;
	case ACT_RIGHT:
		c->cursor++;
		break;
	case ACT_UP:
		c->cursor -= 7;
		break;
	case ACT_DOWN:
		c->cursor += 7;
		break;
	case ACT_PREV_MONTH:
	case ACT_PAGE_UP:
		c->cursor = c->week ? c->cursor - 7 : add_months(c->cursor, -1);
		break;
	case ACT_NEXT_MONTH:
	case ACT_PAGE_DOWN:
		c->cursor = c->week ? c->cursor + 7 : add_months(c->cursor, 1);
		break;
	case ACT_TODAY:
		c->cursor = t->today;
		break;
	case ACT_GOTO:
		go_to(t, c);
		break;
	case ACT_TOGGLE_WEEK:
		c->week = !c->week;
		unload(c);
		break;
	case ACT_OPEN:
		view_list_day(t, c->cursor);
		break;
	case ACT_NEW:
		forms_activity_new(t, c->cursor);
		break;
	default:
		return VIEW_IGNORED;
	}
	int y, m, d;
	wp_date_to_ymd(c->cursor, &y, &m, &d);
	if (y < WP_YEAR_MIN || y > WP_YEAR_MAX)
		c->cursor = before;
	return VIEW_HANDLED;
}

void view_calendar_show_day(void *data, wp_date day)
{
	struct calendar *c = data;
	c->cursor = day;
}

static enum view_result calendar_click(struct tui *t, void *data, int y, int x)
{
	struct calendar *c = data;
	int cw = t->screen_w / 7;
	int col = x / cw;
	if (col > 6)
		return VIEW_HANDLED;
	wp_date d;
	if (c->week) {
		d = c->from + col;
	} else {
		int ch = (t->screen_h - 3) / 6;
		if (y < 2 || ch <= 0 || (y - 2) / ch > 5)
			return VIEW_HANDLED;
		d = c->from + ((y - 2) / ch) * 7 + col;
	}
	if (d == c->cursor)
		view_list_day(t, d);
	c->cursor = d;
	return VIEW_HANDLED;
}

static const struct wp_key_hint calendar_hints[] = {
	{{ACT_LEFT, ACT_RIGHT, ACT_UP, ACT_DOWN}, N_("move"), NULL, N_("arrows")},
	{{ACT_PREV_MONTH, ACT_NEXT_MONTH}, N_("month"), NULL, NULL},
	{{ACT_TOGGLE_WEEK}, N_("week"), NULL, NULL},
	{{ACT_TODAY}, N_("today"), NULL, NULL},
	{{ACT_GOTO}, N_("date"), NULL, NULL},
	{{ACT_OPEN}, N_("day"), NULL, NULL},
	{{ACT_HELP}, N_("help"), NULL, NULL},
	{{ACT_NONE}, NULL, NULL, NULL},
};

const struct view view_calendar = {
	.name = N_("Calendar"),
	.scope = SCOPE_CALENDAR,
	.hints = calendar_hints,
	.init = calendar_init,
	.free = calendar_free,
	.draw = calendar_draw,
	.action = calendar_action,
	.reload = calendar_reload,
	.click = calendar_click,
};
