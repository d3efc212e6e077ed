/* view-list.c - the list dialog, and the lists built on it: help, campaign
 * choice, search results, a day's activities, a unit's duties. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "campaign.h"
#include "draw.h"
#include "edit-forms.h"
#include "group.h"
#include "i18n.h"
#include "locale-fmt.h"
#include "query.h"
#include "store.h"
#include "text.h"
#include "theme.h"
#include "tui.h"

#include "unit-form.h"
#include "view-list-data.h"

struct list_data *list_new(const char *title)
{
	struct list_data *l = wp_xcalloc(1, sizeof *l);
	l->title = wp_xstrdup(title);
	return l;
}

void list_add(struct list_data *l, const char *line, const char *detail, int attr_role)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->items = wp_xrealloc(l->items, (size_t)l->cap * sizeof *l->items);
	}
	l->items[l->n++] = (struct list_item){wp_xstrdup(line), wp_xstrdup(detail), attr_role, 0,
					      ITEM_PLAIN};
}

static void list_clear_items(struct list_data *l)
{
	for (int i = 0; i < l->n; i++) {
		free(l->items[i].line);
		free(l->items[i].detail);
	}
	l->n = 0;
}

static void list_free(void *data)
{
	struct list_data *l = data;
	list_clear_items(l);
	free(l->items);
	free(l->title);
	if (l->extra_free)
		l->extra_free(l->extra);
	free(l);
}

static void list_reload(struct tui *t, void *data)
{
	struct list_data *l = data;
	if (!l->fill)
		return;
	list_clear_items(l);
	l->fill(t, l);
	if (l->selected >= l->n)
		l->selected = l->n ? l->n - 1 : 0;
}

/* Sets what the last added item stands for. */
void list_tag(struct list_data *l, int kind, int64_t id)
{
	l->items[l->n - 1].kind = kind;
	l->items[l->n - 1].id = id;
}

/* n, e, d in a list: whatever its builder's ops say. */
static enum view_result list_edit(struct tui *t, struct list_data *l, enum wp_action act)
{
	const struct list_ops *ops = l->ops;
	struct list_item *it = l->n ? &l->items[l->selected] : NULL;
	if (act == ACT_NEW) {
		if (ops && ops->on_new)
			ops->on_new(t, l);
		return VIEW_HANDLED;
	}
	if (!it)
		return VIEW_HANDLED;
	void (*change)(struct tui *, struct list_data *, struct list_item *) =
		!ops ? NULL : act == ACT_EDIT ? ops->on_edit : ops->on_delete;
	if (change)
		change(t, l, it);
	else
		tui_message(t, false, "%s", _("Nothing here to change."));
	return VIEW_HANDLED;
}

void list_push(struct tui *t, struct list_data *l)
{
	tui_push(t, &view_list, l);
}

/* The box: centred, leaving the parent visible around it. */
static void box_geometry(int h, int w, int *by, int *bx, int *bh, int *bw)
{
	*bw = w - 8 > 50 ? w - 8 : w;
	*bh = h - 2 > 8 ? h - 2 : h;
	*by = (h - *bh) / 2;
	*bx = (w - *bw) / 2;
}

static void list_draw(struct tui *t, void *data, WINDOW *win, int h, int w)
{
	(void)t;
	struct list_data *l = data;
	int by, bx, bh, bw;
	box_geometry(h, w, &by, &bx, &bh, &bw);
	WINDOW *box = derwin(win, bh, bw, by, bx);
	werase(box);
	box(box, 0, 0);
	draw_fit(box, 0, 2, bw - 4, l->title, wp_theme(WP_ATTR_HEADING));
	int rows = bh - 2;
	if (l->selected < l->top)
		l->top = l->selected;
	if (l->selected >= l->top + rows)
		l->top = l->selected - rows + 1;
	for (int r = 0; r < rows && l->top + r < l->n; r++) {
		struct list_item *it = &l->items[l->top + r];
		attr_t attr = l->top + r == l->selected ? wp_theme(WP_ATTR_SELECTED)
							 : wp_theme((enum wp_role_attr)it->attr_role);
		draw_text(box, 1 + r, 1, bw - 2, it->line, attr);
	}
	if (l->n == 0)
		draw_text(box, 1, 1, bw - 2, _("(nothing)"), wp_theme(WP_ATTR_DIM));
	if (l->top + rows < l->n)
		draw_fit(box, bh - 1, bw - 6, 4, "↓", wp_theme(WP_ATTR_DIM));
	delwin(box);
}

/* A list of the lines of text, long lines wrapped to width columns. */
static struct list_data *detail_list(const char *title, const char *text, int width)
{
	while (*title == ' ')
		title++;
	struct list_data *d = list_new(title);
	const char *p = text;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		char *line = wp_xstrndup(p, len);
		const char *q = line;
		do {
			size_t n = wp_text_width(q) <= width ? strlen(q) : wp_text_prefix_bytes(q, width);
			if (n == 0)
				n = strlen(q);
			char *part = wp_xstrndup(q, n);
			list_add(d, part, NULL, WP_ATTR_NORMAL);
			free(part);
			q += n;
		} while (*q);
		free(line);
		p += len + (nl ? 1 : 0);
	}
	return d;
}

static enum view_result list_action(struct tui *t, void *data, enum wp_action act)
{
	struct list_data *l = data;
	int page = t->screen_h - 4 > 1 ? t->screen_h - 4 : 1;
	if (l->on_action) {
		enum view_result r = l->on_action(t, l, act);
		if (r != VIEW_IGNORED)
			return r;
	}
	switch (act) {
	case ACT_UP:
		l->selected = l->selected > 0 ? l->selected - 1 : 0;
		return VIEW_HANDLED;
	case ACT_DOWN:
		l->selected = l->selected + 1 < l->n ? l->selected + 1 : l->selected;
		return VIEW_HANDLED;
	case ACT_PAGE_UP:
		l->selected = l->selected > page ? l->selected - page : 0;
		return VIEW_HANDLED;
	case ACT_PAGE_DOWN:
		l->selected = l->selected + page < l->n ? l->selected + page : (l->n ? l->n - 1 : 0);
		return VIEW_HANDLED;
	case ACT_HOME:
		l->selected = 0;
		return VIEW_HANDLED;
	case ACT_END:
		l->selected = l->n ? l->n - 1 : 0;
		return VIEW_HANDLED;
	case ACT_BACK:
		return VIEW_CLOSE;
	case ACT_NEW:
	case ACT_EDIT:
	case ACT_DELETE:
		return list_edit(t, l, act);
	case ACT_EXPORT:
		if (l->n && l->items[l->selected].kind == ITEM_CAMPAIGN)
			tui_export_campaign(t, l->items[l->selected].id);
		else
			tui_message(t, false, "%s", _("Export a campaign from the campaign list (c)."));
		return VIEW_HANDLED;
	case ACT_COMMITTEE:
	case ACT_CONTACTS:
		if (l->n && l->items[l->selected].kind == ITEM_CAMPAIGN)
			(act == ACT_COMMITTEE ? view_list_committee
					      : view_list_contacts)(t, l->items[l->selected].id);
		else
			tui_message(t, false, "%s",
				    _("Open a committee or contacts from the campaign list (c)."));
		return VIEW_HANDLED;
	case ACT_CLONE:
		if (l->n && l->items[l->selected].kind == ITEM_CAMPAIGN)
			tui_clone_campaign(t, l->items[l->selected].id);
		else
			tui_message(t, false, "%s", _("Copy a campaign from the campaign list (c)."));
		return VIEW_HANDLED;
	case ACT_OPEN:
		if (l->n == 0)
			return VIEW_HANDLED;
		if (l->on_open)
			return l->on_open(t, l, &l->items[l->selected]);
		if (l->items[l->selected].detail) {
			int by, bx, bh, bw;
			box_geometry(t->screen_h, t->screen_w, &by, &bx, &bh, &bw);
			list_push(t, detail_list(l->items[l->selected].line,
						 l->items[l->selected].detail, bw - 2));
		}
		return VIEW_HANDLED;
	default:
		return VIEW_IGNORED;
	}
}

static enum view_result list_click(struct tui *t, void *data, int y, int x)
{
	struct list_data *l = data;
	int by, bx, bh, bw;
	box_geometry(t->screen_h, t->screen_w, &by, &bx, &bh, &bw);
	if (y < by || y >= by + bh || x < bx || x >= bx + bw)
		return VIEW_CLOSE; /* a click outside closes the dialog */
	int row = y - by - 1 + l->top;
	if (row >= 0 && row < l->n && y > by && y < by + bh - 1) {
		if (row == l->selected)
			return list_action(t, data, ACT_OPEN);
		l->selected = row;
	}
	return VIEW_HANDLED;
}

static const struct wp_key_hint list_hints[] = {
	{{ACT_UP, ACT_DOWN}, N_("move"), "/", NULL},
	{{ACT_OPEN}, N_("open"), NULL, NULL},
	{{ACT_BACK}, N_("close"), NULL, NULL},
	{{ACT_HELP}, N_("help"), NULL, NULL},
	{{ACT_NONE}, NULL, NULL, NULL},
};

const struct view view_list = {
	.name = N_("List"),
	.scope = SCOPE_LIST,
	.hints = list_hints,
	.free = list_free,
	.draw = list_draw,
	.action = list_action,
	.reload = list_reload,
	.click = list_click,
};

/* ---- help: generated from the key table -------------------------------- */

void view_list_help(struct tui *t)
{
	struct list_data *l = list_new(_("Keys"));
	for (int scope = 0; scope < SCOPE_COUNT; scope++) {
		list_add(l, _(wp_key_scope_name((enum wp_key_scope)scope)), NULL, WP_ATTR_HEADING);
		for (const struct wp_key_binding *b = wp_key_table; b->label; b++) {
			if ((int)b->scope != scope)
				continue;
			/* One line per action: its keys joined ("Left h"). */
			bool seen = false;
			for (const struct wp_key_binding *p = wp_key_table; p != b; p++)
				seen = seen || (p->scope == b->scope && p->action == b->action);
			if (seen)
				continue;
			wp_buf keys = WP_BUF_INIT, line = WP_BUF_INIT;
			for (const struct wp_key_binding *p = b; p->label; p++)
				if (p->scope == b->scope && p->action == b->action &&
				    !strstr(wp_buf_str(&keys), p->label))
					wp_buf_printf(&keys, "%s%s", keys.len ? " " : "", p->label);
			wp_buf_puts(&line, "  ");
			wp_text_put_padded(&line, wp_buf_str(&keys), 14);
			wp_buf_printf(&line, " %s", _(b->help));
			list_add(l, wp_buf_str(&line), NULL, WP_ATTR_NORMAL);
			wp_buf_free(&keys);
			wp_buf_free(&line);
		}
	}
	list_push(t, l);
}

/* ---- campaigns ------------------------------------------------------------ */

static enum view_result campaign_chosen(struct tui *t, struct list_data *l,
					struct list_item *it)
{
	(void)l;
	tui_set_campaign(t, it->id);
	return VIEW_CLOSE;
}

static void fill_campaigns(struct tui *t, struct list_data *l)
{
	wp_campaign_ref *refs;
	size_t n;
	wp_err err;
	if (wp_campaign_list(t->st, &refs, &n, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		char a[WP_DATE_ISO_SIZE], b[WP_DATE_ISO_SIZE];
		wp_buf line = WP_BUF_INIT;
		wp_buf_printf(&line, "%s %s..%s  %s", refs[i].id == t->campaign_id ? "*" : " ",
			      wp_date_format(refs[i].start, a), wp_date_format(refs[i].end, b),
			      refs[i].title);
		list_add(l, wp_buf_str(&line), NULL, WP_ATTR_NORMAL);
		list_tag(l, ITEM_CAMPAIGN, refs[i].id);
		wp_buf_free(&line);
	}
	wp_campaign_refs_free(refs, n);
}

static void campaign_new(struct tui *t, struct list_data *l)
{
	(void)l;
	forms_campaign_new(t);
}

static void campaign_edit(struct tui *t, struct list_data *l, struct list_item *it)
{
	(void)l;
	forms_campaign_edit(t, it->id);
}

static void campaign_delete(struct tui *t, struct list_data *l, struct list_item *it)
{
	(void)l;
	forms_campaign_delete(t, it->id);
}

static const struct list_ops campaign_ops = {campaign_new, campaign_edit, campaign_delete};

void view_list_campaigns(struct tui *t)
{
	/* The keys named in the title come from the key table. */
	static const struct wp_key_hint keys[] = {
		{{ACT_OPEN}, N_("current"), NULL, NULL}, {{ACT_NEW}, N_("new"), NULL, NULL},
		{{ACT_EDIT}, N_("edit"), NULL, NULL},	  {{ACT_DELETE}, N_("delete"), NULL, NULL},
		{{ACT_EXPORT}, N_("export"), NULL, NULL}, {{ACT_CLONE}, N_("copy"), NULL, NULL},
		{{ACT_NONE}, NULL, NULL, NULL},
	};
	char *hints = wp_key_hints(SCOPE_LIST, keys);
	wp_buf title = WP_BUF_INIT;
	wp_buf_printf(&title, _("Campaigns: %s"), hints);
	struct list_data *l = list_new(wp_buf_str(&title));
	wp_buf_free(&title);
	free(hints);
	l->on_open = campaign_chosen;
	l->fill = fill_campaigns;
	l->ops = &campaign_ops;
	l->day = WP_DATE_NONE;
	fill_campaigns(t, l);
	for (int i = 0; i < l->n; i++)
		if (l->items[i].id == t->campaign_id)
			l->selected = i;
	list_push(t, l);
}

/* ---- activities: a day, a unit, a search ----------------------------------- */

static char *activity_detail(struct tui *t, const wp_agenda_item *it)
{
	wp_buf b = WP_BUF_INIT;
	char d1[48], d2[48];
	wp_buf_printf(&b, "%s%s%s\n", it->number, *it->number ? " " : "", it->title);
	wp_buf_printf(&b, "%s %s\n", _("Campaign:"), it->campaign_title);
	if (it->undated)
		wp_buf_printf(&b, "%s %s\n", _("When:"),
			      _("no date in the notice: during the campaign period"));
	else if (it->end != it->start)
		wp_buf_printf(&b, "%s %s - %s\n", _("When:"), tui_date(t, it->start, d1, sizeof d1, 0),
			      tui_date(t, it->end, d2, sizeof d2, 0));
	else
		wp_buf_printf(&b, "%s %s\n", _("When:"), tui_date(t, it->start, d1, sizeof d1, 0));
	if (it->start_time)
		wp_buf_printf(&b, "%s %s%s%s\n", _("Time:"), it->start_time, it->end_time ? "-" : "",
			      it->end_time ? it->end_time : "");
	if (it->location)
		wp_buf_printf(&b, "%s %s\n", _("Where:"), it->location);
	wp_buf_printf(&b, "%s %s\n", _("Lead:"), it->lead ? it->lead : _("(none named)"));
	if (it->cooperate)
		wp_buf_printf(&b, "%s %s\n", _("Cooperating:"), it->cooperate);
	if (it->description)
		wp_buf_printf(&b, "\n%s\n", it->description);
	return wp_buf_take(&b);
}

static void add_agenda_item(struct tui *t, struct list_data *l, const wp_agenda_item *it,
			    bool with_date)
{
	wp_buf line = WP_BUF_INIT;
	char d[48];
	if (with_date)
		wp_buf_printf(&line, "%s%s  ", tui_date(t, it->start, d, sizeof d, WP_FMT_YEAR),
			      it->undated ? "*" : " ");
	wp_buf_printf(&line, "%-5s %s %s%s%s", it->start_time ? it->start_time : "", it->region,
		      it->number, *it->number ? " " : "", it->title);
	if (it->unit_role)
		wp_buf_printf(&line, "  [%s]", strcmp(it->unit_role, "lead") == 0 ? _("lead")
										  : _("cooperate"));
	char *detail = activity_detail(t, it);
	list_add(l, wp_buf_str(&line), detail, WP_ATTR_NORMAL);
	list_tag(l, ITEM_ACTIVITY, it->activity_id);
	free(detail);
	wp_buf_free(&line);
}

static void add_deadlines(struct tui *t, struct list_data *l, const wp_deadline_list *dl)
{
	for (size_t i = 0; i < dl->n; i++) {
		const wp_deadline_item *d = &dl->items[i];
		wp_buf line = WP_BUF_INIT, detail = WP_BUF_INIT;
		char ds[48];
		wp_buf_printf(&line, "%s %s: %s", _("Due"), tui_date(t, d->due, ds, sizeof ds, 0),
			      d->what);
		wp_buf_printf(&detail, "%s\n%s %s\n", d->what, _("Campaign:"), d->campaign_title);
		if (d->rule_text)
			wp_buf_printf(&detail, "%s %s\n", _("Rule:"), d->rule_text);
		for (size_t k = 0; k < d->nowners; k++) {
			const wp_owner *o = &d->owners[k];
			char s[WP_DATE_ISO_SIZE];
			wp_buf_printf(&detail, "  %s  %s\n", o->name,
				      o->submitted_on == WP_DATE_NONE ? _("pending")
								      : wp_date_format(o->submitted_on, s));
			for (size_t m = 0; m < o->nmembers; m++) /* a group's, under it */
				wp_buf_printf(&detail, "      %s  %s\n", o->members[m].name,
					      o->members[m].submitted_on == WP_DATE_NONE
						      ? _("pending")
						      : wp_date_format(o->members[m].submitted_on, s));
		}
		if (d->submit_to)
			wp_buf_printf(&detail, "%s %s\n", _("To:"), d->submit_to);
		list_add(l, wp_buf_str(&line), wp_buf_str(&detail), WP_ATTR_DEADLINE);
		list_tag(l, ITEM_DEADLINE, d->id);
		wp_buf_free(&line);
		wp_buf_free(&detail);
	}
}

/* e and d on an activity or a deadline of a day's or a unit's list. */
static void dated_edit(struct tui *t, struct list_data *l, struct list_item *it)
{
	(void)l;
	if (it->kind == ITEM_ACTIVITY)
		forms_activity_edit(t, it->id);
	else if (it->kind == ITEM_DEADLINE)
		forms_deadline_edit(t, it->id);
	else
		tui_message(t, false, "%s", _("Nothing here to change."));
}

static void dated_delete(struct tui *t, struct list_data *l, struct list_item *it)
{
	(void)l;
	if (it->kind == ITEM_ACTIVITY)
		forms_activity_delete(t, it->id);
	else if (it->kind == ITEM_DEADLINE)
		forms_deadline_delete(t, it->id);
	else
		tui_message(t, false, "%s", _("Nothing here to change."));
}

static void day_new(struct tui *t, struct list_data *l)
{
	forms_activity_new(t, l->day);
}

static const struct list_ops day_ops = {day_new, dated_edit, dated_delete};

static void fill_day(struct tui *t, struct list_data *l)
{
	wp_date day = l->day;
	wp_agenda ag;
	wp_deadline_list dl;
	wp_err err;
	if (wp_query_agenda(t->st, day, day, 0, &ag, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	if (wp_query_deadlines(t->st, day, day, 0, 0, WP_DL_ALL, &dl, &err) != 0) {
		wp_agenda_clear(&ag);
		tui_message(t, true, "%s", err.msg);
		return;
	}
	for (size_t i = 0; i < ag.n; i++)
		add_agenda_item(t, l, &ag.items[i], false);
	add_deadlines(t, l, &dl);
	wp_agenda_clear(&ag);
	wp_deadline_list_clear(&dl);
}

void view_list_day(struct tui *t, wp_date day)
{
	char d[64], title[160];
	static const struct wp_key_hint keys[] = {
		{{ACT_OPEN}, N_("open"), NULL, NULL},	  {{ACT_NEW}, N_("new"), NULL, NULL},
		{{ACT_EDIT}, N_("edit"), NULL, NULL},	  {{ACT_DELETE}, N_("delete"), NULL, NULL},
		{{ACT_NONE}, NULL, NULL, NULL},
	};
	char *hints = wp_key_hints(SCOPE_LIST, keys);
	snprintf(title, sizeof title, "%s   %s", tui_date(t, day, d, sizeof d, WP_FMT_YEAR), hints);
	free(hints);
	struct list_data *l = list_new(title);
	l->day = day;
	l->fill = fill_day;
	l->ops = &day_ops;
	fill_day(t, l);
	list_push(t, l);
}

/* A unit's members, at the end of its page: a committee group's are the
 * committee's (changed there); any other unit gets members with n. */
static void add_members(struct tui *t, struct list_data *l)
{
	bool committee;
	wp_group_unit *m = NULL;
	size_t n = 0;
	wp_err err;
	if (wp_group_is_committee(t->st, l->unit_id, &committee, &err) != 0 ||
	    (!committee && wp_group_members(t->st, l->unit_id, 0, &m, &n, &err) != 0)) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	list_add(l,
		 committee ? _("Members: the committee's members in each plan.")
		 : n	   ? _("Members (n adds one, d removes the one chosen):")
			   : _("No members: n adds one, and the unit becomes a group whose "
			       "members each owe what it owes."),
		 NULL, WP_ATTR_HEADING);
	for (size_t i = 0; i < n; i++) {
		char line[300];
		snprintf(line, sizeof line, "  %s", m[i].name);
		list_add(l, line, NULL, WP_ATTR_NORMAL);
		list_tag(l, ITEM_MEMBER, m[i].id);
	}
	wp_group_units_free(m, n);
}

/* n: a member to add, by name (made in the group's region if new); d: the
 * chosen member out. One transaction each. */
static void change_member(struct tui *t, struct list_data *l, enum wp_action act)
{
	struct list_item *it = l->n ? &l->items[l->selected] : NULL;
	char name[256] = "";
	if (act == ACT_NEW && !tui_prompt(t, _("Add a member:"), name, sizeof name))
		return;
	if (act == ACT_NEW && !*name)
		return;
	if (act == ACT_DELETE)
		snprintf(name, sizeof name, "%s", it->line + 2); /* "  NAME" */
	else if (act != ACT_NEW) {
		tui_message(t, false, "%s", _("n adds a member, d removes the one chosen."));
		return;
	}
	wp_err err;
	int rc = wp_store_begin(t->st, &err);
	if (rc == 0)
		rc = act == ACT_NEW ? wp_group_add_named(t->st, l->unit_id, name, &err)
				    : wp_group_remove(t->st, l->unit_id, it->id, &err);
	if (rc == 0)
		rc = wp_store_commit(t->st, &err);
	else
		wp_store_rollback(t->st);
	if (rc != 0) {
		tui_message(t, true, "%s: %s", name, err.msg);
		return;
	}
	tui_message(t, false, act == ACT_NEW ? _("%s is now a member.") : _("%s is no longer a member."),
		    name);
	tui_reload(t);
}

static void member_new(struct tui *t, struct list_data *l)
{
	change_member(t, l, ACT_NEW);
}

/* On a unit's page e and d change its activities and deadlines; on one of
 * its members, d takes the member out. */
static void unit_item_edit(struct tui *t, struct list_data *l, struct list_item *it)
{
	if (it->kind == ITEM_MEMBER)
		change_member(t, l, ACT_EDIT);
	else
		dated_edit(t, l, it);
}

static void unit_item_delete(struct tui *t, struct list_data *l, struct list_item *it)
{
	if (it->kind == ITEM_MEMBER)
		change_member(t, l, ACT_DELETE);
	else
		dated_delete(t, l, it);
}

static const struct list_ops unit_ops = {member_new, unit_item_edit, unit_item_delete};

static void fill_unit(struct tui *t, struct list_data *l)
{
	wp_agenda ag;
	wp_deadline_list dl;
	wp_err err;
	/* Everything the unit owns from a year back to a year ahead. */
	wp_date from = t->today - 366, to = t->today + 366;
	if (wp_query_agenda(t->st, from, to, l->unit_id, &ag, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	if (wp_query_deadlines(t->st, from, to, l->unit_id, 0, WP_DL_ALL, &dl, &err) != 0) {
		wp_agenda_clear(&ag);
		tui_message(t, true, "%s", err.msg);
		return;
	}
	for (size_t i = 0; i < ag.n; i++)
		add_agenda_item(t, l, &ag.items[i], true);
	add_deadlines(t, l, &dl);
	wp_agenda_clear(&ag);
	wp_deadline_list_clear(&dl);
	add_members(t, l);
}

/* R on a unit's page: the unit's form (its name and other names), as
 * from the matrix, for a unit in no plan shown there too. */
static enum view_result unit_page_action(struct tui *t, struct list_data *l, enum wp_action act)
{
	if (act != ACT_RENAME_UNIT)
		return VIEW_IGNORED;
	unit_form_open(t, l->unit_id, false);
	return VIEW_HANDLED;
}

void view_list_unit(struct tui *t, int64_t unit_id, const char *name)
{
	struct list_data *l = list_new(name);
	l->unit_id = unit_id;
	l->fill = fill_unit;
	l->ops = &unit_ops;
	l->on_action = unit_page_action;
	fill_unit(t, l);
	list_push(t, l);
}

static enum view_result hit_chosen(struct tui *t, struct list_data *l, struct list_item *it)
{
	(void)l;
	if (it->kind == ITEM_DAY)
		view_list_day(t, (wp_date)it->id);
	else if (it->kind == ITEM_UNIT)
		view_list_unit(t, it->id, it->line);
	return VIEW_HANDLED;
}

void view_list_search(struct tui *t, const char *text)
{
	wp_search_hit *hits;
	size_t n;
	wp_err err;
	if (wp_query_search(t->st, text, 100, &hits, &n, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	wp_buf title = WP_BUF_INIT;
	wp_buf_printf(&title, _("Search: %s (%zu found)"), text, n);
	struct list_data *l = list_new(wp_buf_str(&title));
	wp_buf_free(&title);
	l->on_open = hit_chosen;
	for (size_t i = 0; i < n; i++) {
		char d[48] = "";
		wp_buf line = WP_BUF_INIT;
		if (hits[i].date != WP_DATE_NONE)
			wp_buf_printf(&line, "%s  ", tui_date(t, hits[i].date, d, sizeof d, WP_FMT_YEAR));
		wp_buf_puts(&line, hits[i].text);
		list_add(l, wp_buf_str(&line), NULL, hits[i].unit_id ? WP_ATTR_COOP : WP_ATTR_NORMAL);
		/* An activity opens its day, a unit its duties. */
		l->items[l->n - 1].kind = hits[i].unit_id ? ITEM_UNIT : ITEM_DAY;
		l->items[l->n - 1].id = hits[i].unit_id ? hits[i].unit_id : (int64_t)hits[i].date;
		wp_buf_free(&line);
	}
	wp_search_hits_free(hits, n);
	list_push(t, l);
}
