/* clone-dialog.c - y in the campaign list: next year's plan from the
 * campaign under the cursor (core/clone.h), then what to review in it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "campaign.h"
#include "clone.h"
#include "form.h"
#include "i18n.h"
#include "plan.h"
#include "theme.h"
#include "tui.h"

/* Asks for the copy's year, offering the one after the campaign's; false
 * when cancelled or not a year (said). */
static bool ask_year(struct tui *t, wp_date start, int *year)
{
	int y, m, d;
	wp_date_to_ymd(start, &y, &m, &d);
	char answer[16];
	snprintf(answer, sizeof answer, "%d", y + 1);
	if (!tui_prompt(t, _("Copy into the year:"), answer, sizeof answer))
		return false;
	char *end;
	long value = strtol(answer, &end, 10);
	if (end == answer || *end || value < WP_YEAR_MIN || value > WP_YEAR_MAX) {
		tui_message(t, true, _("'%s' is not a year (%d-%d)"), answer, WP_YEAR_MIN,
			    WP_YEAR_MAX);
		return false;
	}
	*year = (int)value;
	return true;
}

/* Another campaign already has the copy's title: replaced only on a yes. */
static bool may_store(struct tui *t, int64_t source, wp_clone_opts *opts)
{
	char *title;
	int64_t existing;
	wp_err err;
	if (wp_clone_title(t->st, source, opts, &title, &existing, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return false;
	}
	bool go = true;
	if (existing && existing != source) {
		wp_buf question = WP_BUF_INIT;
		wp_buf_printf(&question, _("%s is already stored. Replace it?"), title);
		go = tui_confirm(t, wp_buf_str(&question));
		wp_buf_free(&question);
		opts->flags |= WP_PLAN_REPLACE;
	}
	free(title);
	return go;
}

static void show_report(struct tui *t, const wp_clone_report *r)
{
	wp_buf line = WP_BUF_INIT;
	wp_buf_printf(&line, _("Copied: %s"), r->title);
	struct list_data *l = list_new(wp_buf_str(&line));
	wp_buf_reset(&line);
	if (r->n == 0)
		list_add(l, _("Nothing to review: every date falls on a working day."), NULL,
			 WP_ATTR_NORMAL);
	for (size_t i = 0; i < r->n; i++) {
		const wp_clone_finding *f = &r->findings[i];
		wp_buf_printf(&line, "%s: %s", f->subject, f->message);
		list_add(l, wp_buf_str(&line), wp_buf_str(&line),
			 f->kind == WP_CLONE_NO_CALENDAR ? WP_ATTR_ERROR : WP_ATTR_NORMAL);
		wp_buf_reset(&line);
	}
	wp_buf_free(&line);
	list_push(t, l);
}

void tui_clone_campaign(struct tui *t, int64_t campaign_id)
{
	char spec[24];
	snprintf(spec, sizeof spec, "%lld", (long long)campaign_id);
	wp_campaign_ref ref;
	wp_err err;
	if (wp_campaign_find(t->st, spec, &ref, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	wp_clone_opts opts = {.start = WP_DATE_NONE};
	bool go = ask_year(t, ref.start, &opts.year) && may_store(t, campaign_id, &opts);
	wp_campaign_ref_clear(&ref);
	if (!go)
		return;
	wp_clone_report report;
	if (wp_clone(t->st, campaign_id, &opts, &report, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	tui_set_campaign(t, report.campaign_id);
	tui_message(t, false, "%s", _("Copied; the copy is now the current campaign."));
	show_report(t, &report);
	wp_clone_report_clear(&report);
}
