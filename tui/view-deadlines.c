/* view-deadlines.c - reports overdue and due soon, with each unit's status. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "calendar.h"
#include "draw.h"
#include "edit-forms.h"
#include "i18n.h"
#include "locale-fmt.h"
#include "query.h"
#include "store.h"
#include "text.h"
#include "theme.h"
#include "tui.h"
#include "unit.h"

/* How far back overdue reports are listed, and how far ahead due ones. */
#define DL_BACK_DAYS TUI_OVERDUE_DAYS
#define DL_AHEAD_DAYS 120

struct row {
	size_t deadline;
	int owner; /* -1: the deadline's own line */
};

struct deadlines_view {
	wp_deadline_list overdue, upcoming;
	bool loaded;
	struct row *rows;
	size_t nrows;
	size_t selected, top;
	bool all_campaigns;
	int64_t unit_filter;
	char unit_name[256];
	char error[WP_ERR_MAX];
};

static const wp_deadline_item *item_of(const struct deadlines_view *dv, size_t i)
{
	return i < dv->overdue.n ? &dv->overdue.items[i] : &dv->upcoming.items[i - dv->overdue.n];
}

static void unload(struct deadlines_view *dv)
{
	if (!dv->loaded)
		return;
	wp_deadline_list_clear(&dv->overdue);
	wp_deadline_list_clear(&dv->upcoming);
	free(dv->rows);
	dv->rows = NULL;
	dv->nrows = 0;
	dv->loaded = false;
}

static void add_row(struct deadlines_view *dv, size_t *cap, size_t d, int owner)
{
	if (dv->nrows == *cap) {
		*cap = *cap ? *cap * 2 : 32;
		dv->rows = wp_xrealloc(dv->rows, *cap * sizeof *dv->rows);
	}
	dv->rows[dv->nrows++] = (struct row){d, owner};
}

static void load(struct tui *t, struct deadlines_view *dv)
{
	if (dv->loaded)
		return;
	wp_err err;
	int64_t campaign = dv->all_campaigns ? 0 : t->campaign_id;
	dv->error[0] = '\0';
	memset(&dv->overdue, 0, sizeof dv->overdue);
	memset(&dv->upcoming, 0, sizeof dv->upcoming);
	if (wp_query_deadlines(t->st, t->today - DL_BACK_DAYS, t->today - 1, dv->unit_filter, campaign,
			       WP_DL_PENDING, &dv->overdue, &err) != 0 ||
	    wp_query_deadlines(t->st, t->today, t->today + DL_AHEAD_DAYS, dv->unit_filter, campaign,
			       WP_DL_ALL, &dv->upcoming, &err) != 0)
		snprintf(dv->error, sizeof dv->error, "%s", err.msg);
	dv->loaded = true;
	size_t cap = 0;
	for (size_t i = 0; i < dv->overdue.n + dv->upcoming.n; i++) {
		const wp_deadline_item *d = item_of(dv, i);
		add_row(dv, &cap, i, -1);
		for (size_t k = 0; k < d->nowners; k++)
			if (!dv->unit_filter || d->owners[k].unit_id == dv->unit_filter)
				add_row(dv, &cap, i, (int)k);
	}
	if (dv->selected >= dv->nrows)
		dv->selected = dv->nrows ? dv->nrows - 1 : 0;
}

static void *deadlines_init(struct tui *t)
{
	(void)t;
	return wp_xcalloc(1, sizeof(struct deadlines_view));
}

static void deadlines_free(void *data)
{
	unload(data);
	free(data);
}

static void deadlines_reload(struct tui *t, void *data)
{
	(void)t;
	unload(data);
}

static void left_text(wp_buf *b, int left)
{
	if (left == 0)
		wp_buf_puts(b, _("today"));
	else
		wp_buf_printf(b, _("%+d wd"), left);
}

static void draw_row(struct tui *t, struct deadlines_view *dv, WINDOW *win, int y, int w,
		     size_t r)
{
	const struct row *row = &dv->rows[r];
	const wp_deadline_item *d = item_of(dv, row->deadline);
	bool selected = r == dv->selected;
	wp_buf b = WP_BUF_INIT;
	if (row->owner < 0) {
		char ds[48];
		int left = wp_workday_between(wp_store_calendar(t->st), t->today, d->due);
		bool overdue = left < 0 && wp_deadline_pending(d);
		wp_text_put_padded(&b, tui_date(t, d->due, ds, sizeof ds, WP_FMT_YEAR), 18);
		wp_buf_puts(&b, " ");
		wp_buf left_b = WP_BUF_INIT;
		left_text(&left_b, left);
		wp_text_put_right(&b, wp_buf_str(&left_b), 8);
		wp_buf_free(&left_b);
		wp_buf_printf(&b, "  %s", d->what);
		if (d->submit_to)
			wp_buf_printf(&b, "  -> %s", d->submit_to);
		attr_t attr = selected ? wp_theme(WP_ATTR_SELECTED)
			      : overdue ? wp_theme(WP_ATTR_OVERDUE)
					: wp_theme(WP_ATTR_HEADING);
		draw_text(win, y, 0, w, wp_buf_str(&b), attr);
	} else {
		const wp_owner *o = &d->owners[row->owner];
		char s[WP_DATE_ISO_SIZE];
		wp_buf_puts(&b, "      ");
		wp_text_put_padded(&b, o->name, w / 2);
		wp_buf_puts(&b, "  ");
		if (o->submitted_on == WP_DATE_NONE)
			wp_buf_puts(&b, _("pending"));
		else
			wp_buf_printf(&b, _("submitted %s"), wp_date_format(o->submitted_on, s));
		attr_t attr = selected ? wp_theme(WP_ATTR_SELECTED)
			      : o->submitted_on == WP_DATE_NONE ? wp_theme(WP_ATTR_NORMAL)
								: wp_theme(WP_ATTR_DIM);
		draw_text(win, y, 0, w, wp_buf_str(&b), attr);
	}
	wp_buf_free(&b);
}

static void deadlines_draw(struct tui *t, void *data, WINDOW *win, int h, int w)
{
	struct deadlines_view *dv = data;
	load(t, dv);
	wp_buf head = WP_BUF_INIT;
	if (dv->all_campaigns || !t->campaign_title)
		wp_buf_puts(&head, _("All campaigns"));
	else
		wp_buf_puts(&head, t->campaign_title);
	if (dv->unit_filter)
		wp_buf_printf(&head, "  |  %s %s", _("unit:"), dv->unit_name);
	wp_buf_printf(&head, _("  |  %zu overdue, %zu in the next %d days"), dv->overdue.n,
		      dv->upcoming.n, DL_AHEAD_DAYS);
	draw_text(win, 0, 0, w, wp_buf_str(&head), wp_theme(WP_ATTR_HEADING));
	wp_buf_free(&head);
	if (dv->error[0]) {
		draw_text(win, 1, 0, w, dv->error, wp_theme(WP_ATTR_ERROR));
		return;
	}
	if (dv->nrows == 0) {
		draw_text(win, 2, 1, w - 1, _("No reports overdue or due soon."), wp_theme(WP_ATTR_DIM));
		return;
	}
	int rows = h - 1;
	if (dv->selected < dv->top)
		dv->top = dv->selected;
	if (rows > 0 && dv->selected >= dv->top + (size_t)rows)
		dv->top = dv->selected - (size_t)rows + 1;
	for (int r = 0; r < rows && dv->top + (size_t)r < dv->nrows; r++)
		draw_row(t, dv, win, 1 + r, w, dv->top + (size_t)r);
}

static void toggle_submitted(struct tui *t, struct deadlines_view *dv)
{
	if (dv->nrows == 0)
		return;
	const struct row *row = &dv->rows[dv->selected];
	if (row->owner < 0) {
		tui_message(t, false, "%s", _("Move to a unit's line to mark its report."));
		return;
	}
	const wp_deadline_item *d = item_of(dv, row->deadline);
	const wp_owner *o = &d->owners[row->owner];
	wp_date now = o->submitted_on == WP_DATE_NONE ? t->today : WP_DATE_NONE;
	char name[256];
	snprintf(name, sizeof name, "%s", o->name); /* the change reloads the list */
	if (tui_set_status(t, d->id, o->unit_id, o->submitted_on, now))
		tui_message(t, false,
			    now == WP_DATE_NONE ? _("%s: pending again (u undoes).")
						: _("%s: submitted today (u undoes)."),
			    name);
}

static void filter_unit(struct tui *t, struct deadlines_view *dv)
{
	char text[256] = "";
	if (!tui_prompt(t, _("Unit (empty: all):"), text, sizeof text))
		return;
	dv->unit_filter = 0;
	dv->unit_name[0] = '\0';
	if (*text) {
		wp_unit_ref refs[2];
		wp_err err;
		int n = wp_unit_search(t->st, text, NULL, refs, 2, &err);
		if (n == 1) {
			dv->unit_filter = refs[0].id;
			snprintf(dv->unit_name, sizeof dv->unit_name, "%s", refs[0].name);
		} else if (n < 0) {
			tui_message(t, true, "%s", err.msg);
		} else {
			tui_message(t, true, n ? _("'%s' matches several units: type more of the name")
					       : _("No unit matches '%s'."),
				    text);
		}
		if (n > 0)
			wp_unit_refs_free(refs, n < 2 ? n : 2);
	}
	dv->selected = dv->top = 0;
	unload(dv);
}

static void open_detail(struct tui *t, struct deadlines_view *dv)
{
	if (dv->nrows == 0)
		return;
	const wp_deadline_item *d = item_of(dv, dv->rows[dv->selected].deadline);
	struct list_data *l = list_new(d->what);
	wp_buf b = WP_BUF_INIT;
	char ds[48];
	wp_buf_printf(&b, "%s %s", _("Due:"), tui_date(t, d->due, ds, sizeof ds, WP_FMT_YEAR));
	list_add(l, wp_buf_str(&b), NULL, WP_ATTR_NORMAL);
	wp_buf_reset(&b);
	wp_buf_printf(&b, "%s %s", _("Campaign:"), d->campaign_title);
	list_add(l, wp_buf_str(&b), NULL, WP_ATTR_NORMAL);
	if (d->rule_text) {
		wp_buf_reset(&b);
		wp_buf_printf(&b, "%s %s", _("Rule:"), d->rule_text);
		list_add(l, wp_buf_str(&b), NULL, WP_ATTR_NORMAL);
	}
	if (d->submit_to) {
		wp_buf_reset(&b);
		wp_buf_printf(&b, "%s %s", _("To:"), d->submit_to);
		list_add(l, wp_buf_str(&b), NULL, WP_ATTR_NORMAL);
	}
	wp_buf_free(&b);
	list_push(t, l);
}

static enum view_result deadlines_action(struct tui *t, void *data, enum wp_action act)
{
	struct deadlines_view *dv = data;
	size_t page = t->screen_h > 3 ? (size_t)t->screen_h - 2 : 1;
	switch (act) {
	case ACT_UP:
		dv->selected = dv->selected ? dv->selected - 1 : 0;
		break;
	case ACT_DOWN:
		dv->selected = dv->selected + 1 < dv->nrows ? dv->selected + 1 : dv->selected;
		break;
	case ACT_PAGE_UP:
		dv->selected = dv->selected > page ? dv->selected - page : 0;
		break;
	case ACT_PAGE_DOWN:
		dv->selected = dv->selected + page < dv->nrows ? dv->selected + page
							       : (dv->nrows ? dv->nrows - 1 : 0);
		break;
	case ACT_HOME:
		dv->selected = 0;
		break;
	case ACT_END:
		dv->selected = dv->nrows ? dv->nrows - 1 : 0;
		break;
	case ACT_TOGGLE_SUBMITTED:
		toggle_submitted(t, dv);
		break;
	case ACT_FILTER_UNIT:
		filter_unit(t, dv);
		break;
	case ACT_FILTER_CAMPAIGN:
		dv->all_campaigns = !dv->all_campaigns;
		dv->selected = dv->top = 0;
		unload(dv);
		break;
	case ACT_OPEN:
		open_detail(t, dv);
		break;
	case ACT_NEW:
		forms_deadline_new(t);
		break;
	case ACT_EDIT:
	case ACT_DELETE:
		if (dv->nrows) {
			int64_t id = item_of(dv, dv->rows[dv->selected].deadline)->id;
			if (act == ACT_EDIT)
				forms_deadline_edit(t, id);
			else
				forms_deadline_delete(t, id);
		}
		break;
	default:
		return VIEW_IGNORED;
	}
	return VIEW_HANDLED;
}

static enum view_result deadlines_click(struct tui *t, void *data, int y, int x)
{
	(void)t;
	(void)x;
	struct deadlines_view *dv = data;
	size_t r = dv->top + (size_t)(y - 1);
	if (y >= 1 && r < dv->nrows)
		dv->selected = r;
	return VIEW_HANDLED;
}

const struct view view_deadlines = {
	.name = N_("Deadlines"),
	.scope = SCOPE_DEADLINES,
	.hints = N_("Space submitted/pending  f unit  a all campaigns  Enter detail  u undo"),
	.init = deadlines_init,
	.free = deadlines_free,
	.draw = deadlines_draw,
	.action = deadlines_action,
	.reload = deadlines_reload,
	.click = deadlines_click,
};
