/* cmd-deadlines.c - weekplan deadlines: reports due and overdue, counted
 * in working days, with who owes them (each member of a group) and to
 * whom; also the report list of weekplan unit. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "calendar.h"
#include "campaign.h"
#include "cli.h"
#include "i18n.h"
#include "locale-fmt.h"
#include "query.h"
#include "store.h"
#include "text.h"
#include "unit.h"

/* ---- deadlines ------------------------------------------------------- */

static void left_text(wp_buf *b, int left, bool pending)
{
	unsigned long n = (unsigned long)(left < 0 ? -left : left);
	if (left == 0)
		wp_buf_puts(b, _("due today"));
	else if (left > 0)
		wp_buf_printf(b, ngettext("%d working day left", "%d working days left", n), left);
	else if (pending)
		wp_buf_printf(b, ngettext("OVERDUE %d working day", "OVERDUE %d working days", n),
			      -left);
	else
		wp_buf_printf(b, ngettext("%d working day ago", "%d working days ago", n), -left);
}

/* The members of a group owner that have (or, pending, have not yet)
 * submitted, after the group's name and, for people, its count:
 * "组委会成员单位 3/18 submitted: 市委宣传部、…" (in tsv and csv
 * "组委会成员单位: 市委宣传部、…"). Nothing when no member is in that state. */
static void group_text(wp_buf *b, const wp_owner *g, bool pending, bool count, const char **sep)
{
	if ((pending ? g->nmembers - g->nsubmitted : g->nsubmitted) == 0)
		return;
	wp_buf_printf(b, "%s%s", *sep, g->name);
	if (count) {
		wp_buf_putc(b, ' ');
		wp_buf_printf(b, _("%zu/%zu submitted"), g->nsubmitted, g->nmembers);
	}
	wp_buf_puts(b, ": ");
	const char *inner = "";
	for (size_t k = 0; k < g->nmembers; k++) {
		const wp_owner *m = &g->members[k];
		if ((m->submitted_on == WP_DATE_NONE) != pending)
			continue;
		wp_buf_printf(b, "%s%s", inner, m->name);
		if (!pending) {
			char a[WP_DATE_ISO_SIZE];
			wp_buf_printf(b, " %s", wp_date_format(m->submitted_on, a));
		}
		inner = "、";
	}
	*sep = "; ";
}

static void owners_text(wp_buf *b, const wp_deadline_item *d, bool pending, bool count)
{
	const char *sep = "";
	for (size_t i = 0; i < d->nowners; i++) {
		const wp_owner *o = &d->owners[i];
		if (o->nmembers > 0) {
			group_text(b, o, pending, count, &sep);
			continue;
		}
		if ((o->submitted_on == WP_DATE_NONE) != pending)
			continue;
		wp_buf_printf(b, "%s%s", sep, o->name);
		if (!pending) {
			char a[WP_DATE_ISO_SIZE];
			wp_buf_printf(b, " %s", wp_date_format(o->submitted_on, a));
		}
		sep = "、";
	}
}

void cli_deadline_header(struct cli *cli)
{
	static const char *const header[] = {
		N_("Due date"),     N_("Working days left"), N_("Deadline ID"), N_("Campaign ID"),
		N_("Report"),       N_("Pending from"),      N_("Submitted"),   N_("Submit to"),
		N_("Campaign"),     N_("Rule")};
	cli_header(cli, header, sizeof header / sizeof *header);
}

/* One deadline as a tsv or csv record. In csv the working days left are a
 * number (a negative one is overdue), not text to protect. */
static void deadline_record(struct cli *cli, const wp_deadline_item *d, int left)
{
	char a[WP_DATE_ISO_SIZE];
	wp_buf from = WP_BUF_INIT, done = WP_BUF_INIT;
	owners_text(&from, d, true, false);
	owners_text(&done, d, false, false);
	char left_s[16], id[24], campaign[24];
	snprintf(left_s, sizeof left_s, "%d", left);
	snprintf(id, sizeof id, "%lld", (long long)d->id);
	snprintf(campaign, sizeof campaign, "%lld", (long long)d->campaign_id);
	bool dated = d->due != WP_DATE_NONE;
	if (!dated)
		left_s[0] = '\0';
	const char *fields[] = {dated ? wp_date_format(d->due, a) : "", left_s, id, campaign, d->what,
				wp_buf_str(&from), wp_buf_str(&done), d->submit_to,
				d->campaign_title, d->rule_text};
	size_t n = sizeof fields / sizeof *fields;
	if (cli->format == CLI_FORMAT_CSV) {
		wp_csv *csv = cli_csv(cli);
		for (size_t i = 0; i < n; i++)
			if (fields[i] == left_s && dated)
				wp_csv_int(csv, left);
			else
				wp_csv_text(csv, fields[i]);
		wp_csv_end_record(csv);
	} else {
		cli_tsv_row(cli->out, fields, n);
	}
	wp_buf_free(&from);
	wp_buf_free(&done);
}

/* The group through which unit owes d, when it does not owe d itself. */
static const wp_owner *owing_group(const wp_deadline_item *d, int64_t unit)
{
	for (size_t i = 0; unit && i < d->nowners; i++)
		if (d->owners[i].unit_id == unit)
			return NULL;
	for (size_t i = 0; unit && i < d->nowners; i++)
		for (size_t k = 0; k < d->owners[i].nmembers; k++)
			if (d->owners[i].members[k].unit_id == unit)
				return &d->owners[i];
	return NULL;
}

/* unit > 0: the report is listed for that unit, which may owe it through
 * a group (said on a line of its own). */
static void deadline_text(const struct cli *cli, const wp_deadline_item *d, int left, int64_t unit)
{
	wp_buf line = WP_BUF_INIT;
	if (d->due != WP_DATE_NONE) {
		wp_fmt_date(&line, d->due, cli->zh, WP_FMT_YEAR);
		wp_buf_puts(&line, "  ");
		left_text(&line, left, wp_deadline_pending(d));
	} else {
		wp_buf_puts(&line, _("no date"));
	}
	wp_buf_printf(&line, "  #%lld %s", (long long)d->id, d->what);
	fprintf(cli->out, "%s\n", wp_buf_str(&line));
	wp_buf_free(&line);
	cli_detail(cli, 4, _("plan"), d->campaign_title);
	cli_detail(cli, 4, _("rule"), d->rule_text);
	const wp_owner *group = owing_group(d, unit);
	if (group)
		cli_detail(cli, 4, _("via"), group->name);
	wp_buf who = WP_BUF_INIT;
	owners_text(&who, d, true, true);
	if (who.len)
		wp_buf_printf(&who, " (%s)", _("pending"));
	cli_detail(cli, 4, _("from"), wp_buf_str(&who));
	wp_buf_reset(&who);
	owners_text(&who, d, false, true);
	cli_detail(cli, 4, _("done"), wp_buf_str(&who));
	wp_buf_free(&who);
	cli_detail(cli, 4, _("to"), d->submit_to);
}

int cli_print_deadlines(struct cli *cli, const wp_deadline_list *list, const char *title,
			   int64_t unit)
{
	wp_calendar *cal = wp_store_calendar(cli->st);
	bool text = cli_is_text(cli);
	if (text && title)
		fprintf(cli->out, "%s\n", title);
	for (size_t i = 0; i < list->n; i++) {
		const wp_deadline_item *d = &list->items[i];
		int left = d->due != WP_DATE_NONE ? wp_workday_between(cal, cli->today, d->due) : 0;
		if (text)
			deadline_text(cli, d, left, unit);
		else
			deadline_record(cli, d, left);
	}
	wp_err err;
	if (wp_calendar_error(cal, &err) != 0)
		return cli_fail_err(&err);
	return WP_EXIT_OK;
}


/* One warning on stderr per year of the lists whose working days are not
 * the official ones: the due dates and days left may still move. */
static void warn_calendar_years(struct cli *cli, const wp_deadline_list *a,
				const wp_deadline_list *b)
{
	wp_calendar *cal = wp_store_calendar(cli->st);
	int warned[8], nwarned = 0;
	const wp_deadline_list *lists[] = {a, b};
	for (int l = 0; l < 2; l++)
		for (size_t i = 0; i < lists[l]->n; i++) {
			wp_date due = lists[l]->items[i].due;
			int year, m, d, k;
			if (due == WP_DATE_NONE)
				continue;
			wp_date_to_ymd(due, &year, &m, &d);
			for (k = 0; k < nwarned && warned[k] != year; k++)
				;
			if (k < nwarned || nwarned == 8 || wp_calendar_covers(cal, year))
				continue;
			warned[nwarned++] = year;
			if (wp_calendar_provisional(cal, year))
				fprintf(stderr, _("weekplan: due dates in %d count the provisional "
						  "holidays of the holiday law: its official arrangement "
						  "is not loaded ('calendar import FILE')\n"),
					year);
			else
				fprintf(stderr, _("weekplan: due dates in %d count Monday to Friday: "
						  "its holiday arrangement is not known\n"),
					year);
		}
}

static bool owed_by(const wp_deadline_item *d, int64_t unit)
{
	for (size_t k = 0; k < d->nowners; k++)
		if (d->owners[k].unit_id == unit)
			return true;
	return false;
}

/* Every deadline of one campaign, whatever its date: what is past, what
 * is to come however far ahead, and what has no date (to be sent at any
 * time), each in its own part. */
static int campaign_deadlines(struct cli *cli, int64_t campaign, int64_t unit)
{
	wp_deadline_list all, part[3] = {{0}};
	wp_err err;
	if (wp_query_campaign_deadlines(cli->st, campaign, &all, &err) != 0)
		return cli_fail_err(&err);
	for (size_t i = 0; i < all.n; i++) {
		wp_deadline_item *d = &all.items[i];
		if (unit && !owed_by(d, unit))
			continue;
		wp_deadline_list *to = d->due == WP_DATE_NONE ? &part[2] : d->due < cli->today ? &part[0] : &part[1];
		to->items = wp_xrealloc(to->items, (to->n + 1) * sizeof *to->items);
		to->items[to->n++] = *d;
		memset(d, 0, sizeof *d); /* the part owns it now */
	}
	wp_deadline_list_clear(&all);
	/* the list comes in plan order; past and future read in date order */
	for (int k = 0; k < 2; k++)
		for (size_t i = 1; i < part[k].n; i++)
			for (size_t j = i; j > 0 && part[k].items[j - 1].due > part[k].items[j].due; j--) {
				wp_deadline_item t = part[k].items[j];
				part[k].items[j] = part[k].items[j - 1];
				part[k].items[j - 1] = t;
			}
	const char *titles[3] = {N_("Past:"), N_("To come:"), N_("No date (to send at any time):")};
	cli_deadline_header(cli);
	int rc = WP_EXIT_OK;
	bool printed = false;
	for (int k = 0; k < 3 && rc == WP_EXIT_OK; k++) {
		if (!part[k].n)
			continue;
		char title[160];
		snprintf(title, sizeof title, "%s%s", printed ? "\n" : "", _(titles[k]));
		rc = cli_print_deadlines(cli, &part[k], title, unit);
		printed = true;
	}
	if (rc == WP_EXIT_OK)
		warn_calendar_years(cli, &part[0], &part[1]);
	if (rc == WP_EXIT_OK && cli_is_text(cli) && !printed)
		fprintf(cli->out, "%s\n", _("This campaign has no deadlines."));
	for (int k = 0; k < 3; k++)
		wp_deadline_list_clear(&part[k]);
	return rc;
}

int cli_run_deadlines(struct cli *cli)
{
	const struct cli_command *cmd = cli->cmd;
	int within = 30;
	int64_t unit = 0, campaign = 0;
	const char *w = cli_opt(cli, cmd, "within"), *u = cli_opt(cli, cmd, "unit"),
		   *c = cli->nargs ? cli->args[0] : cli_opt(cli, cmd, "campaign");
	if (cli->nargs && cli_opt(cli, cmd, "campaign"))
		return cli_fail("%s", _("name the campaign once: CAMPAIGN or --campaign")), WP_EXIT_USAGE;
	bool overdue_only = cli_flag(cli, cmd, "overdue");
	if (w && cli_parse_int(w, "--within", 0, 3660, &within) != 0)
		return WP_EXIT_USAGE;
	if (u && cli_find_unit(cli, u, &unit) != 0)
		return WP_EXIT_ERROR;
	if (c) {
		wp_campaign_ref ref;
		wp_err err;
		if (wp_campaign_find(cli->st, c, &ref, &err) != 0)
			return cli_fail_err(&err);
		campaign = ref.id;
		wp_campaign_ref_clear(&ref);
	}
	/* a campaign without a window: all its deadlines */
	if (campaign && !w && !overdue_only)
		return campaign_deadlines(cli, campaign, unit);
	wp_deadline_list overdue, upcoming = {0};
	wp_err err;
	wp_date overdue_from = overdue_only ? WP_DATE_NONE : cli->today - within;
	if (wp_query_deadlines(cli->st, overdue_from, cli->today - 1, unit, campaign,
			       WP_DL_PENDING, &overdue, &err) != 0)
		return cli_fail_err(&err);
	if (!overdue_only && wp_query_deadlines(cli->st, cli->today, cli->today + within, unit,
						campaign, WP_DL_ALL, &upcoming, &err) != 0) {
		wp_deadline_list_clear(&overdue);
		return cli_fail_err(&err);
	}
	cli_deadline_header(cli);
	int rc = cli_print_deadlines(cli, &overdue, overdue.n ? _("Overdue:") : NULL, unit);
	if (rc == WP_EXIT_OK && !overdue_only) {
		char title[160];
		snprintf(title, sizeof title, "%s", overdue.n ? "\n" : "");
		snprintf(title + strlen(title), sizeof title - strlen(title),
			 _("Due in the next %d days:"), within);
		rc = cli_print_deadlines(cli, &upcoming, upcoming.n ? title : NULL, unit);
	}
	if (rc == WP_EXIT_OK)
		warn_calendar_years(cli, &overdue, &upcoming);
	if (rc == WP_EXIT_OK && cli_is_text(cli) && overdue.n + upcoming.n == 0) {
		if (overdue_only)
			fprintf(cli->out, "%s\n", _("Nothing overdue."));
		else {
			fprintf(cli->out, _("Nothing due in the next %d days."), within);
			fputc('\n', cli->out);
		}
	}
	wp_deadline_list_clear(&overdue);
	wp_deadline_list_clear(&upcoming);
	return rc;
}

