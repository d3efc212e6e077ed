/* cmd-export.c - weekplan export: a campaign as a plan file, an iCalendar
 * file, an Excel workbook, CSV or a printable page (core/export.h). */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "campaign.h"
#include "cli.h"
#include "export.h"
#include "i18n.h"
#include "plan.h"
#include "share.h"
#include "text.h"

static const struct cli_option export_options[] = {
	{"format", true, "FORMAT", N_("json (the plan file, default), ics, xlsx, csv or html")},
	{"unit", true, "UNIT", N_("only what UNIT leads, cooperates in or must submit")},
	{"output", true, "FILE", N_("write to FILE (-o; - is standard output)")},
	{NULL, false, NULL, NULL},
};

/* Writes the campaign in a text format to out. */
static int write_text(enum wp_export_format format, const wp_share *share,
		      const wp_export_opts *opts, FILE *out, wp_err *err)
{
	switch (format) {
	case WP_EXPORT_ICS:
		return wp_export_ics(share, opts, out, err);
	case WP_EXPORT_CSV:
		return wp_export_csv(share, opts, out, err);
	case WP_EXPORT_HTML:
		return wp_export_html(share, opts, out, err);
	default:
		return wp_err_set(err, "%s is not a text format", wp_export_format_name(format));
	}
}

/* The plan file: a forbidden character an old database may hold is
 * written as \u009b, which keeps the JSON exact. */
static int write_json(struct wp_store *st, int64_t campaign_id, FILE *out, wp_err *err)
{
	char *json = wp_plan_export(st, campaign_id, err);
	if (!json)
		return -1;
	wp_buf safe = WP_BUF_INIT;
	wp_text_put_escaped(&safe, json, WP_ESCAPE_JSON);
	fputs(wp_buf_str(&safe), out);
	wp_buf_free(&safe);
	free(json);
	return 0;
}

static int write_export(struct cli *cli, enum wp_export_format format, int64_t campaign_id,
			const wp_share *share, FILE *out, const char *path, wp_err *err)
{
	wp_export_opts opts = {.today = cli->today};
	if (format == WP_EXPORT_JSON)
		return write_json(cli->st, campaign_id, out, err);
	if (format == WP_EXPORT_XLSX)
		return wp_export_xlsx(share, &opts, path, err);
	return write_text(format, share, &opts, out, err);
}

/* Writes into a new file beside path, then renames it over path: a failed
 * export leaves whatever was there before, never half a file. */
static int export_to_file(struct cli *cli, enum wp_export_format format, int64_t campaign_id,
			  const wp_share *share, const char *path)
{
	wp_buf tmp = WP_BUF_INIT;
	wp_buf_printf(&tmp, "%s.XXXXXX", path);
	int fd = mkstemp(tmp.data);
	if (fd < 0) {
		int rc = cli_fail("%s: %s", path, strerror(errno));
		wp_buf_free(&tmp);
		return rc;
	}
	FILE *out = fdopen(fd, "wb");
	wp_err err;
	int rc = out ? write_export(cli, format, campaign_id, share, out, tmp.data, &err)
		     : wp_err_set(&err, "%s", strerror(errno));
	if (out && fclose(out) != 0 && rc == 0)
		rc = wp_err_set(&err, "%s", strerror(errno));
	else if (!out)
		close(fd);
	/* mkstemp makes the file private; an export is a document to share. */
	if (rc == 0) {
		mode_t mask = umask(0);
		umask(mask);
		if (chmod(tmp.data, 0666 & ~mask) != 0 || rename(tmp.data, path) != 0)
			rc = wp_err_set(&err, "%s", strerror(errno));
	}
	if (rc != 0) {
		unlink(tmp.data);
		wp_buf_free(&tmp);
		return cli_fail("%s: %s", path, err.msg);
	}
	wp_buf_free(&tmp);
	return WP_EXIT_OK;
}

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
	wp_share share = {0};
	cli->raw_output = true;
	if (format != WP_EXPORT_JSON && wp_share_load(cli->st, id, unit, &share, &err) != 0)
		return cli_fail_err(&err);
	int rc;
	if (path)
		rc = export_to_file(cli, format, id, &share, path);
	else if (write_export(cli, format, id, &share, cli->out, NULL, &err) != 0)
		rc = cli_fail_err(&err);
	else
		rc = WP_EXIT_OK;
	wp_share_clear(&share);
	return rc;
}

const struct cli_command wp_export_commands[] = {
	{"export", "CAMPAIGN [--format json|ics|xlsx|csv|html] [--unit UNIT] [-o FILE]",
	 N_("write a campaign as a plan file, a calendar, a workbook, CSV or a printable page"), 1,
	 1, export_options, false, run_export},
	{NULL, NULL, NULL, 0, 0, NULL, false, NULL},
};
