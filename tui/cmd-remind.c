/* cmd-remind.c - weekplan remind: 催报, the reports still owed, unit by
 * unit, as a list to work through on the phone or as one mail per unit
 * (core/remind.h). */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "i18n.h"
#include "locale-fmt.h"
#include "remind.h"
#include "text.h"

/* Overdue reports are listed up to a year back, as the deadline view does. */
#define REMIND_OVERDUE_DAYS 366

static const struct cli_option remind_options[] = {
	{"within", true, "N", N_("what is due within N working days (default 3), and what is overdue")},
	{"unit", true, "UNIT", N_("only what UNIT owes")},
	{"format", true, "FORMAT", N_("text (default), csv or mail")},
	{"to-dir", true, "DIR", N_("with --format mail: write one message per unit into DIR")},
	{"from", true, "ADDRESS", N_("with --format mail: the From address")},
	{NULL, false, NULL, NULL},
};

static void left_words(wp_buf *b, int left)
{
	unsigned long n = (unsigned long)(left < 0 ? -left : left);
	if (left == 0)
		wp_buf_puts(b, _("due today"));
	else if (left > 0)
		wp_buf_printf(b, ngettext("%d working day left", "%d working days left", n), left);
	else
		wp_buf_printf(b, ngettext("OVERDUE %d working day", "OVERDUE %d working days", n),
			      -left);
}

static void print_unit(const struct cli *cli, const wp_remind_unit *u)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, u->name);
	if (u->contact || u->phone || u->email) {
		wp_buf_printf(&b, "  (%s", _("contact"));
		const char *parts[] = {u->contact, u->phone, u->email};
		for (size_t i = 0; i < 3; i++)
			if (parts[i])
				wp_buf_printf(&b, " %s", parts[i]);
		wp_buf_puts(&b, ")");
	}
	fprintf(cli->out, "%s\n", wp_buf_str(&b));
	for (size_t i = 0; i < u->n; i++) {
		const wp_remind_item *it = &u->items[i];
		wp_buf_reset(&b);
		wp_buf_puts(&b, "    ");
		wp_fmt_date(&b, it->due, cli->zh, WP_FMT_YEAR);
		wp_buf_puts(&b, "  ");
		left_words(&b, it->workdays_left);
		wp_buf_printf(&b, "  #%lld %s", (long long)it->deadline_id, it->what);
		fprintf(cli->out, "%s\n", wp_buf_str(&b));
		fprintf(cli->out, "        %s  %s\n", _("plan"), it->campaign_title);
		if (it->via_group)
			fprintf(cli->out, "        %s  %s\n", _("via"), it->via_group);
		if (it->submit_to)
			fprintf(cli->out, "        %s  %s\n", _("to"), it->submit_to);
	}
	wp_buf_free(&b);
}

/* One file per unit, NN-UNIT.eml, in dir; a unit without an address in
 * the plan still gets its message (To: to be filled in), and is named. */
static int write_mails(struct cli *cli, const wp_remind_list *list, const char *dir,
		       const char *from)
{
	int rc = WP_EXIT_OK;
	for (size_t i = 0; i < list->nunits && rc == WP_EXIT_OK; i++) {
		const wp_remind_unit *u = &list->units[i];
		char *mail = wp_remind_mail(u, cli->today, from);
		wp_buf path = WP_BUF_INIT;
		wp_buf_printf(&path, "%s/%02zu-", dir, i + 1);
		for (const char *p = u->name; *p; p++)
			wp_buf_putc(&path, *p == '/' ? '_' : *p);
		wp_buf_puts(&path, ".eml");
		FILE *f = fopen(wp_buf_str(&path), "wb");
		if (!f || fputs(mail, f) == EOF || fclose(f) != 0)
			rc = cli_fail("%s: %s", wp_buf_str(&path), strerror(errno));
		else
			fprintf(cli->out, "%s%s\n", wp_buf_str(&path),
				u->email ? "" : _("  (no address in the plan: fill in To)"));
		wp_buf_free(&path);
		free(mail);
	}
	return rc;
}

/* One record per report a unit owes, the unit's contact on each, for a
 * spreadsheet (RFC 4180 with a byte-order mark, as every csv here). */
static void write_csv(struct cli *cli, const wp_remind_list *list)
{
	static const char *const headings[] = {
		N_("Unit"), N_("Contact"), N_("Phone"), N_("Email"), N_("Deadline ID"), N_("What"),
		N_("Due"), N_("Working days left"), N_("Via group"), N_("To"), N_("Campaign")};
	wp_csv *csv = cli_csv(cli);
	for (size_t i = 0; i < sizeof headings / sizeof *headings; i++)
		wp_csv_text(csv, _(headings[i]));
	wp_csv_end_record(csv);
	for (size_t u = 0; u < list->nunits; u++) {
		const wp_remind_unit *unit = &list->units[u];
		for (size_t k = 0; k < unit->n; k++) {
			const wp_remind_item *it = &unit->items[k];
			char due[WP_DATE_ISO_SIZE];
			wp_csv_text(csv, unit->name);
			wp_csv_text(csv, unit->contact);
			wp_csv_text(csv, unit->phone);
			wp_csv_text(csv, unit->email);
			wp_csv_int(csv, it->deadline_id);
			wp_csv_text(csv, it->what);
			wp_csv_text(csv, wp_date_format(it->due, due));
			wp_csv_int(csv, it->workdays_left);
			wp_csv_text(csv, it->via_group);
			wp_csv_text(csv, it->submit_to);
			wp_csv_text(csv, it->campaign_title);
			wp_csv_end_record(csv);
		}
	}
}

static int run_remind(struct cli *cli)
{
	const char *w = cli->opt_value[0], *unit_name = cli->opt_value[1],
		   *format = cli->opt_value[2] ? cli->opt_value[2] : "text", *dir = cli->opt_value[3],
		   *from = cli->opt_value[4];
	int within = 3;
	if (w && cli_parse_int(w, "--within", 0, 3660, &within) != 0)
		return WP_EXIT_USAGE;
	bool mail = strcmp(format, "mail") == 0, csv = strcmp(format, "csv") == 0;
	if (!mail && !csv && strcmp(format, "text") != 0)
		return cli_fail(_("--format: '%s' is not text, csv or mail"), format), WP_EXIT_USAGE;
	if (mail != (dir != NULL))
		return cli_fail("%s", _("--format mail and --to-dir DIR go together")), WP_EXIT_USAGE;
	int64_t unit = 0;
	if (unit_name && cli_find_unit(cli, unit_name, &unit) != 0)
		return WP_EXIT_ERROR;
	wp_remind_list list;
	wp_err err;
	if (wp_remind_query(cli->st, cli->today, within, REMIND_OVERDUE_DAYS, unit, &list, &err) != 0)
		return cli_fail_err(&err);
	int rc = WP_EXIT_OK;
	if (mail)
		rc = write_mails(cli, &list, dir, from);
	else if (csv)
		write_csv(cli, &list);
	else
		for (size_t i = 0; i < list.nunits; i++) {
			if (i)
				fputc('\n', cli->out);
			print_unit(cli, &list.units[i]);
		}
	if (list.nunits == 0 && !mail && !csv) {
		fprintf(cli->out, _("Nothing owed: no report pending is overdue or due within %d working days."), within);
		fputc('\n', cli->out);
	}
	/* cron and scripts tell "something to chase" from "nothing" by the status */
	if (rc == WP_EXIT_OK && list.nunits > 0)
		rc = WP_EXIT_PENDING;
	wp_remind_list_clear(&list);
	return rc;
}

const struct cli_command wp_remind_commands[] = {
	{"remind", "[--within N] [--unit UNIT] [--format text|csv|mail --to-dir DIR [--from ADDRESS]]",
	 N_("催报: list the reports still owed, unit by unit, with their contacts"), 0, 0,
	 remind_options, false, run_remind},
	{NULL, NULL, NULL, 0, 0, NULL, false, NULL},
};
