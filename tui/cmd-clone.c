/* cmd-clone.c - weekplan clone: next year's plan from a stored campaign,
 * then what to review in it (core/clone.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "campaign.h"
#include "cli.h"
#include "clone.h"
#include "i18n.h"
#include "plan.h"

static const struct cli_option clone_options[] = {
	{"year", true, "YEAR", N_("the copy's year (dates keep their month and day)")},
	{"start", true, "DATE", N_("the copy's period starts on DATE; every date keeps its "
				   "distance in days from the period start")},
	{"title", true, "TITLE", N_("the copy's title (default: the original's, its year replaced)")},
	{"replace", false, NULL, N_("replace a stored campaign with the copy's title and region")},
	{NULL, false, NULL, NULL},
};

static int parse_opts(struct cli *cli, wp_clone_opts *opts)
{
	*opts = (wp_clone_opts){.start = WP_DATE_NONE};
	const char *year = cli->opt_set[0] ? cli->opt_value[0] : NULL;
	if (cli->opt_set[1] && cli_parse_date(cli, cli->opt_value[1], "--start", &opts->start) != 0)
		return -1;
	if (!year && opts->start == WP_DATE_NONE)
		return cli_fail("%s", _("clone: give the copy's year (--year YEAR)")), -1;
	if (year && cli_parse_int(year, "--year", WP_YEAR_MIN, WP_YEAR_MAX, &opts->year) != 0)
		return -1;
	if (!year) { /* --start alone: its year */
		int m, d;
		wp_date_to_ymd(opts->start, &opts->year, &m, &d);
	}
	opts->title = cli->opt_set[2] ? cli->opt_value[2] : NULL;
	opts->flags = cli->opt_set[3] ? WP_PLAN_REPLACE : 0;
	return 0;
}

static void print_report(struct cli *cli, const char *original, const wp_clone_report *r)
{
	char a[WP_DATE_ISO_SIZE], b[WP_DATE_ISO_SIZE];
	if (!cli_is_text(cli)) {
		static const char *const headings[] = {N_("Code"), N_("Subject"), N_("Date"),
						       N_("Finding")};
		cli_header(cli, headings, 4);
		for (size_t i = 0; i < r->n; i++) {
			const wp_clone_finding *f = &r->findings[i];
			const char *fields[] = {wp_clone_finding_code(f->kind), f->subject,
						wp_date_format(f->date, a), f->message};
			cli_record(cli, fields, 4);
		}
		return;
	}
	fprintf(cli->out, _("Copied %s as campaign %lld: %s, %s..%s\n"), original,
		(long long)r->campaign_id, r->title, wp_date_format(r->start, a),
		wp_date_format(r->end, b));
	if (r->n == 0) {
		fprintf(cli->out, "%s\n", _("Nothing to review: every date falls on a working day."));
		return;
	}
	fprintf(cli->out, ngettext("%zu thing to review:\n", "%zu things to review:\n", r->n), r->n);
	for (size_t i = 0; i < r->n; i++)
		fprintf(cli->out, "  %s: %s\n", r->findings[i].subject, r->findings[i].message);
}

static int run_clone(struct cli *cli)
{
	wp_clone_opts opts;
	if (parse_opts(cli, &opts) != 0)
		return WP_EXIT_USAGE;
	wp_campaign_ref ref;
	wp_err err;
	if (wp_campaign_find(cli->st, cli->args[0], &ref, &err) != 0)
		return cli_fail_err(&err);
	char *title;
	int64_t existing;
	int rc = WP_EXIT_OK;
	/* Said here rather than by core: the way out is an option of this command. */
	if (wp_clone_title(cli->st, ref.id, &opts, &title, &existing, &err) != 0)
		rc = cli_fail_err(&err);
	else if (existing && existing != ref.id && !(opts.flags & WP_PLAN_REPLACE))
		rc = cli_fail(_("'%s' is already stored (campaign %lld): --replace replaces it, "
				"--title gives the copy another title"),
			      title, (long long)existing);
	free(title);
	wp_clone_report report;
	if (rc == WP_EXIT_OK && wp_clone(cli->st, ref.id, &opts, &report, &err) != 0)
		rc = cli_fail_err(&err);
	else if (rc == WP_EXIT_OK) {
		print_report(cli, ref.title, &report);
		wp_clone_report_clear(&report);
	}
	wp_campaign_ref_clear(&ref);
	return rc;
}

const struct cli_command wp_clone_commands[] = {
	{"clone", "CAMPAIGN --year YEAR [--start DATE] [--title TITLE] [--replace]",
	 N_("copy a campaign into another year: next year's plan from this year's"), 1, 1,
	 clone_options, true, run_clone},
	{NULL, NULL, NULL, 0, 0, NULL, false, NULL},
};
