/* view-findings.c - the plan check's findings for the current campaign
 * (key !), a list whose Enter shows the activity or deadline concerned.
 *
 * The findings are core's (plancheck.h), the same as `weekplan check`
 * prints; each takes a line naming what it is about and the sentence
 * wrapped under it, every line of it leading to the same place. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "edit-forms.h"
#include "i18n.h"
#include "model.h"
#include "plancheck.h"
#include "text.h"
#include "theme.h"
#include "view-list-data.h"

/* The width of a list's text: the list box is 8 columns narrower than the
 * screen (view-list.c), less its two borders. */
static int text_width(const struct tui *t)
{
	int w = t->screen_w - 8 > 50 ? t->screen_w - 10 : t->screen_w - 2;
	return w > 20 ? w : 20;
}

/* Adds text wrapped to width columns, each line indented by indent
 * spaces and tagged like the finding. */
static void add_wrapped(struct list_data *l, const char *text, int indent, int width, int kind,
			int64_t id)
{
	const char *p = text;
	do {
		int room = width - indent;
		size_t n = wp_text_width(p) <= room ? strlen(p) : wp_text_prefix_bytes(p, room);
		if (n == 0)
			n = strlen(p);
		/* English breaks between words; Chinese anywhere. */
		if (p[n] && p[n] != ' ' && (unsigned char)p[n - 1] < 0x80) {
			size_t space = n;
			while (space > 0 && p[space - 1] != ' ')
				space--;
			if (space > 0)
				n = space - 1;
		}
		wp_buf line = WP_BUF_INIT;
		wp_buf_printf(&line, "%*s%.*s", indent, "", (int)n, p);
		list_add(l, wp_buf_str(&line), NULL, WP_ATTR_NORMAL);
		list_tag(l, kind, id);
		wp_buf_free(&line);
		p += n;
		while (*p == ' ')
			p++;
	} while (*p);
}

static void fill_findings(struct tui *t, struct list_data *l)
{
	wp_findings f = {0};
	wp_err err;
	if (wp_check_campaign(t->st, l->campaign_id, &f, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		wp_findings_clear(&f);
		return;
	}
	if (f.n == 0)
		list_add(l, _("No findings: nothing looks wrong in this campaign."), NULL, WP_ATTR_DIM);
	int width = text_width(t);
	for (size_t i = 0; i < f.n; i++) {
		const wp_finding *it = &f.items[i];
		int kind = it->activity_id ? ITEM_ACTIVITY : it->deadline_id ? ITEM_DEADLINE
									    : ITEM_CAMPAIGN;
		int64_t id = it->activity_id ? it->activity_id
			     : it->deadline_id ? it->deadline_id
					       : l->campaign_id;
		list_add(l, it->subject, NULL, kind == ITEM_DEADLINE ? WP_ATTR_DEADLINE : WP_ATTR_HEADING);
		list_tag(l, kind, id);
		add_wrapped(l, it->message, 4, width, kind, id);
	}
	wp_findings_clear(&f);
}

/* An activity: the calendar on its day, the day's list open with it
 * chosen; one without a date opens in its form. */
static void show_activity(struct tui *t, int64_t id)
{
	wp_activity_rec rec;
	wp_err err;
	if (wp_activity_load(t->st, id, &rec, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	wp_date day = rec.start;
	wp_activity_rec_clear(&rec);
	if (day == WP_DATE_NONE) {
		forms_activity_edit(t, id);
		return;
	}
	tui_show_view(t, TUI_CALENDAR);
	view_calendar_show_day(t->main_data[TUI_CALENDAR], day);
	view_list_day(t, day);
	if (!t->ndialogs)
		return;
	struct list_data *dl = t->dialogs[t->ndialogs - 1].data;
	for (int i = 0; i < dl->n; i++)
		if (dl->items[i].kind == ITEM_ACTIVITY && dl->items[i].id == id)
			dl->selected = i;
}

/* Closes the findings (tui_show_view frees the list and it, so what it
 * leads to is read first) and shows what the finding is about. */
static enum view_result finding_chosen(struct tui *t, struct list_data *l, struct list_item *it)
{
	int kind = it->kind;
	int64_t id = it->id;
	(void)l;
	if (kind == ITEM_ACTIVITY) {
		show_activity(t, id);
	} else if (kind == ITEM_DEADLINE) {
		tui_show_view(t, TUI_DEADLINES);
		if (!view_deadlines_select(t, t->main_data[TUI_DEADLINES], id))
			tui_message(t, true, "%s", _("That deadline is no longer in this campaign."));
	} else if (kind == ITEM_CAMPAIGN) {
		forms_campaign_edit(t, id); /* the notice's date and number */
	}
	return VIEW_HANDLED;
}

/* e and d on a finding change the row it is about, as in its own view. */
static void finding_edit(struct tui *t, struct list_data *l, struct list_item *it)
{
	(void)l;
	if (it->kind == ITEM_ACTIVITY)
		forms_activity_edit(t, it->id);
	else if (it->kind == ITEM_DEADLINE)
		forms_deadline_edit(t, it->id);
	else if (it->kind == ITEM_CAMPAIGN)
		forms_campaign_edit(t, it->id);
}

static void finding_delete(struct tui *t, struct list_data *l, struct list_item *it)
{
	(void)l;
	if (it->kind == ITEM_ACTIVITY)
		forms_activity_delete(t, it->id);
	else if (it->kind == ITEM_DEADLINE)
		forms_deadline_delete(t, it->id);
	else
		tui_message(t, false, "%s", _("Nothing here to change."));
}

static const struct list_ops finding_ops = {NULL, finding_edit, finding_delete};

void view_findings(struct tui *t)
{
	if (!t->campaign_id) {
		tui_message(t, false, "%s", _("No current campaign to check: c chooses one."));
		return;
	}
	static const struct wp_key_hint keys[] = {
		{{ACT_OPEN}, N_("shows it"), NULL, NULL},
		{{ACT_NONE}, NULL, NULL, NULL},
	};
	char *hints = wp_key_hints(SCOPE_LIST, keys);
	wp_buf title = WP_BUF_INIT;
	wp_buf_printf(&title, _("Plan check (%s): %s"), hints, t->campaign_title);
	free(hints);
	struct list_data *l = list_new(wp_buf_str(&title));
	wp_buf_free(&title);
	l->campaign_id = t->campaign_id;
	l->day = WP_DATE_NONE;
	l->fill = fill_findings;
	l->on_open = finding_chosen;
	l->ops = &finding_ops;
	fill_findings(t, l);
	list_push(t, l);
}
