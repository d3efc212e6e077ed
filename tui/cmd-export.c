/* cmd-export.c - weekplan export: a campaign as a plan file, an iCalendar
 * file, an Excel workbook, CSV or a printable page (core/export.h). */
#include "config.h"

#include <string.h>

#include "campaign.h"
#include "cli.h"
#include "export.h"
#include "i18n.h"

static const struct cli_option export_options[] = {
	{"format", true, "FORMAT", N_("json (the plan file, default), ics, xlsx, csv or html")},
	{"unit", true, "UNIT", N_("only what UNIT leads, cooperates in or must submit")},
	{"output", true, "FILE", N_("write to FILE (-o; - is standard output)")},
	{NULL, false, NULL, NULL},
};

static int run_export(struct cli *cli)
{
	const char *format_name = cli->opt_set[0] ? cli->opt_value[0] : "json";
	const char *unit = cli->opt_set[1] ? cli->opt_value[1] : NULL;
	const char *path = cli->opt_set[2] ? cli->opt_value[2] : NULL;
	enum wp_export_format format;
	wp_err err;
	if (wp_export_format_parse(format_name, &format, &err) != 0)
		return cli_fail("--format: %s", err.msg), WP_EXIT_USAGE;
	if (path && strcmp(path, "-") == 0)
		path = NULL;
	if (!path && !wp_export_format_is_text(format))
		return cli_fail(_("%s is a workbook, not text: give a file with -o FILE"),
				wp_export_format_name(format)),
		       WP_EXIT_USAGE;
	if (unit && format == WP_EXPORT_JSON)
		return cli_fail(_("--unit cuts a calendar, workbook or page, not the plan file; "
				  "give --format ics, xlsx, csv or html")),
		       WP_EXIT_USAGE;
	wp_campaign_ref ref;
	if (wp_campaign_find(cli->st, cli->args[0], &ref, &err) != 0)
		return cli_fail_err(&err);
	int64_t id = ref.id;
	wp_campaign_ref_clear(&ref);
	wp_export_opts opts = {.today = cli->today};
	cli->raw_output = true;
	int rc = path ? wp_export_to_path(cli->st, id, format, unit, &opts, path, &err)
		      : wp_export_to_stream(cli->st, id, format, unit, &opts, cli->out, &err);
	return rc == 0 ? WP_EXIT_OK : cli_fail_err(&err);
}

const struct cli_command wp_export_commands[] = {
	{"export", "CAMPAIGN [--format json|ics|xlsx|csv|html] [--unit UNIT] [-o FILE]",
	 N_("write a campaign as a plan file, a calendar, a workbook, CSV or a printable page"), 1,
	 1, export_options, false, run_export},
	{NULL, NULL, NULL, 0, 0, NULL, false, NULL},
};
