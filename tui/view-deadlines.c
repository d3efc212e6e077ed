/* view-deadlines.c - reports overdue and due soon, with each unit's status.
 *
 * For all campaigns the view lists what is overdue (up to a year back) and
 * what is due in the next months. For the current campaign it lists every
 * deadline the campaign has, whatever its date: the past (overdue ones
 * marked), the rest in date order however far ahead, and those the notice
 * gave no date for under their own heading, so a deadline just added for
 * next year, or one to be met "at any time", never drops out of sight. */
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
	int owner;  /* -1: the deadline's own line */
	int member; /* -1: the owner's line; else a member of a group owner */
};

struct deadlines_view {
	/* overdue: past (for a campaign: every past deadline, pending or
	 * not); upcoming: today and later; undated: no date (a campaign's). */
	wp_deadline_list overdue, upcoming, undated;
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
	if (i < dv->overdue.n)
		return &dv->overdue.items[i];
	i -= dv->overdue.n;
	return i < dv->upcoming.n ? &dv->upcoming.items[i] : &dv->undated.items[i - dv->upcoming.n];
}

static size_t item_count(const struct deadlines_view *dv)
{
	return dv->overdue.n + dv->upcoming.n + dv->undated.n;
}

/* The owner of d that is unit, or the member that is unit of a group
 * owner (unit owes d through the group), or NULL. */
static const wp_owner *owner_or_member(const wp_deadline_item *d, int64_t unit)
{
	for (size_t k = 0; k < d->nowners; k++) {
		const wp_owner *o = &d->owners[k];
		if (o->unit_id == unit)
			return o;
		for (size_t m = 0; m < o->nmembers; m++)
			if (o->members[m].unit_id == unit)
				return &o->members[m];
	}
	return NULL;
}

/* Still awaited: from the unit in view, or from anyone. */
static bool awaited(const struct deadlines_view *dv, const wp_deadline_item *d)
{
	if (!dv->unit_filter)
		return wp_deadline_pending(d);
	const wp_owner *o = owner_or_member(d, dv->unit_filter);
	return o && o->submitted_on == WP_DATE_NONE;
}

static bool owed_by(const wp_deadline_item *d, int64_t unit)
{
	return owner_or_member(d, unit) != NULL;
}

static void append(wp_deadline_list *list, wp_deadline_item *d)
{
	list->items = wp_xrealloc(list->items, (list->n + 1) * sizeof *list->items);
	list->items[list->n++] = *d;
	memset(d, 0, sizeof *d); /* the list owns it now */
}

struct ranked {
	wp_deadline_item item;
	size_t plan_order;
};

static int by_due(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;
	if (x->item.due != y->item.due)
		return x->item.due < y->item.due ? -1 : 1;
	return x->plan_order < y->plan_order ? -1 : x->plan_order > y->plan_order;
}

/* Date order, plan order within a day (qsort alone is not stable). */
static void sort_by_due(wp_deadline_list *l)
{
	if (l->n < 2)
		return;
	struct ranked *r = wp_xcalloc(l->n, sizeof *r);
	for (size_t i = 0; i < l->n; i++)
		r[i] = (struct ranked){l->items[i], i};
	qsort(r, l->n, sizeof *r, by_due);
	for (size_t i = 0; i < l->n; i++)
		l->items[i] = r[i].item;
	free(r);
}

/* Every deadline of the campaign, split by date: the past and the future
 * each in date order, those without a date in plan order. */
static int load_campaign(struct tui *t, struct deadlines_view *dv, int64_t campaign, wp_err *err)
{
	wp_deadline_list all;
	if (wp_query_campaign_deadlines(t->st, campaign, &all, err) != 0)
		return -1;
	for (size_t i = 0; i < all.n; i++) {
		wp_deadline_item *d = &all.items[i];
		if (dv->unit_filter && !owed_by(d, dv->unit_filter))
			continue;
		append(d->due == WP_DATE_NONE ? &dv->undated
		       : d->due < t->today    ? &dv->overdue
					      : &dv->upcoming,
		       d);
	}
	wp_deadline_list_clear(&all);
	sort_by_due(&dv->overdue);
	sort_by_due(&dv->upcoming);
	return 0;
}

static void unload(struct deadlines_view *dv)
{
	if (!dv->loaded)
		return;
	wp_deadline_list_clear(&dv->overdue);
	wp_deadline_list_clear(&dv->upcoming);
	wp_deadline_list_clear(&dv->undated);
	free(dv->rows);
	dv->rows = NULL;
	dv->nrows = 0;
	dv->loaded = false;
}

static void add_row(struct deadlines_view *dv, size_t *cap, size_t d, int owner, int member)
{
	if (dv->nrows == *cap) {
		*cap = *cap ? *cap * 2 : 32;
		dv->rows = wp_xrealloc(dv->rows, *cap * sizeof *dv->rows);
	}
	dv->rows[dv->nrows++] = (struct row){d, owner, member};
}

/* An owner's line, and a group owner's members under it; with a unit in
 * view, only that unit's line (a member's under its group's line). */
static void add_owner_rows(struct deadlines_view *dv, size_t *cap, size_t i,
			   const wp_deadline_item *d, int k)
{
	const wp_owner *o = &d->owners[k];
	bool whole = !dv->unit_filter || o->unit_id == dv->unit_filter;
	if (whole)
		add_row(dv, cap, i, k, -1);
	bool group_shown = whole;
	for (size_t m = 0; m < o->nmembers; m++) {
		if (!whole && o->members[m].unit_id != dv->unit_filter)
			continue;
		if (!group_shown)
			add_row(dv, cap, i, k, -1);
		group_shown = true;
		add_row(dv, cap, i, k, (int)m);
	}
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
	memset(&dv->undated, 0, sizeof dv->undated);
	int rc = campaign
			 ? load_campaign(t, dv, campaign, &err)
			 : wp_query_deadlines(t->st, t->today - DL_BACK_DAYS, t->today - 1, dv->unit_filter,
					      0, WP_DL_PENDING, &dv->overdue, &err) != 0 ||
				   wp_query_deadlines(t->st, t->today, t->today + DL_AHEAD_DAYS,
						      dv->unit_filter, 0, WP_DL_ALL, &dv->upcoming, &err) != 0
			 ? -1
			 : 0;
	if (rc != 0)
		snprintf(dv->error, sizeof dv->error, "%s", err.msg);
	dv->loaded = true;
	size_t cap = 0;
	for (size_t i = 0; i < item_count(dv); i++) {
		const wp_deadline_item *d = item_of(dv, i);
		add_row(dv, &cap, i, -1, -1);
		for (size_t k = 0; k < d->nowners; k++)
			add_owner_rows(dv, &cap, i, d, (int)k);
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
		bool dated = d->due != WP_DATE_NONE;
		int left = dated ? wp_workday_between(wp_store_calendar(t->st), t->today, d->due) : 0;
		bool overdue = dated && left < 0 && awaited(dv, d);
		wp_text_put_padded(&b, dated ? tui_date(t, d->due, ds, sizeof ds, WP_FMT_YEAR)
					     : _("no date"), 18);
		wp_buf_puts(&b, " ");
		wp_buf left_b = WP_BUF_INIT;
		if (dated)
			left_text(&left_b, left);
		/* The column is as wide as the widest count it shows (99
		 * working days either way; a wider one takes what it needs), so
		 * "+6 工作日" is never cut. */
		wp_buf widest = WP_BUF_INIT;
		left_text(&widest, -99);
		int lw = wp_text_width(wp_buf_str(&widest));
		wp_buf_free(&widest);
		int aw = wp_text_width(wp_buf_str(&left_b));
		lw = aw > lw ? aw : lw;
		lw = lw > 8 ? lw : 8;
		wp_text_put_right(&b, wp_buf_str(&left_b), lw);
		wp_buf_free(&left_b);
		wp_buf_printf(&b, "  %s", d->what);
		if (d->submit_to)
			wp_buf_printf(&b, "  -> %s", d->submit_to);
		/* a past report every unit has sent is history: dimmed */
		attr_t attr = selected		     ? wp_theme(WP_ATTR_SELECTED)
			      : overdue		     ? wp_theme(WP_ATTR_OVERDUE)
			      : dated && left < 0 ? wp_theme(WP_ATTR_DIM)
						     : wp_theme(WP_ATTR_HEADING);
		draw_text(win, y, 0, w, wp_buf_str(&b), attr);
	} else {
		const wp_owner *g = &d->owners[row->owner];
		const wp_owner *o = row->member < 0 ? g : &g->members[row->member];
		char s[WP_DATE_ISO_SIZE];
		/* a group's members under it, one step further in */
		wp_buf_puts(&b, row->member < 0 ? "      " : "          ");
		wp_text_put_padded(&b, o->name, row->member < 0 ? w / 2 : w / 2 - 4);
		wp_buf_puts(&b, "  ");
		if (o->submitted_on == WP_DATE_NONE)
			wp_buf_puts(&b, _("pending"));
		else
			wp_buf_printf(&b, _("submitted %s"), wp_date_format(o->submitted_on, s));
		if (row->member < 0 && o->nmembers > 0) {
			wp_buf_puts(&b, "  (");
			wp_buf_printf(&b, _("%zu/%zu submitted"), o->nsubmitted, o->nmembers);
			wp_buf_puts(&b, ")");
		}
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
	if (dv->all_campaigns || !t->campaign_id) {
		wp_buf_printf(&head, _("  |  %zu overdue, %zu in the next %d days"), dv->overdue.n,
			      dv->upcoming.n, DL_AHEAD_DAYS);
	} else {
		size_t overdue = 0;
		for (size_t i = 0; i < dv->overdue.n; i++)
			overdue += awaited(dv, &dv->overdue.items[i]);
		wp_buf_printf(&head, _("  |  %zu overdue, %zu to come, %zu without a date"), overdue,
			      dv->upcoming.n, dv->undated.n);
	}
	draw_text(win, 0, 0, w, wp_buf_str(&head), wp_theme(WP_ATTR_HEADING));
	wp_buf_free(&head);
	if (dv->error[0]) {
		draw_text(win, 1, 0, w, dv->error, wp_theme(WP_ATTR_ERROR));
		return;
	}
	if (dv->nrows == 0) {
		draw_text(win, 2, 1, w - 1,
			  dv->all_campaigns || !t->campaign_id ? _("No reports overdue or due soon.")
							       : _("This campaign has no deadlines."),
			  wp_theme(WP_ATTR_DIM));
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
	const wp_owner *g = &d->owners[row->owner];
	/* On a group's line: the group's own mark, for every member without
	 * one of its own; on a member's: that member's (core/group.h). */
	const wp_owner *o = row->member < 0 ? g : &g->members[row->member];
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
	wp_buf_printf(&b, "%s %s", _("Due:"),
		      d->due == WP_DATE_NONE ? _("no date")
					     : tui_date(t, d->due, ds, sizeof ds, WP_FMT_YEAR));
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

bool view_deadlines_select(struct tui *t, void *data, int64_t deadline_id)
{
	struct deadlines_view *dv = data;
	if (dv->all_campaigns || dv->unit_filter) {
		/* A filter could hide it: show the whole current campaign. */
		dv->all_campaigns = false;
		dv->unit_filter = 0;
		dv->unit_name[0] = '\0';
		unload(dv);
	}
	load(t, dv);
	for (size_t r = 0; r < dv->nrows; r++)
		if (dv->rows[r].owner < 0 && item_of(dv, dv->rows[r].deadline)->id == deadline_id) {
			dv->selected = r;
			return true;
		}
	return false;
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

static const struct wp_key_hint deadlines_hints[] = {
	{{ACT_TOGGLE_SUBMITTED}, N_("submitted/pending"), NULL, NULL},
	{{ACT_FILTER_UNIT}, N_("unit"), NULL, NULL},
	{{ACT_FILTER_CAMPAIGN}, N_("all campaigns"), NULL, NULL},
	{{ACT_OPEN}, N_("detail"), NULL, NULL},
	{{ACT_UNDO}, N_("undo"), NULL, NULL},
	{{ACT_NONE}, NULL, NULL, NULL},
};

const struct view view_deadlines = {
	.name = N_("Deadlines"),
	.scope = SCOPE_DEADLINES,
	.hints = deadlines_hints,
	.init = deadlines_init,
	.free = deadlines_free,
	.draw = deadlines_draw,
	.action = deadlines_action,
	.reload = deadlines_reload,
	.click = deadlines_click,
};
