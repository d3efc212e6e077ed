/* cmd-report.c - the reading commands: campaigns, agenda, matrix, unit,
 * conflicts, check (deadlines in cmd-deadlines.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "calendar.h"
#include "campaign.h"
#include "plancheck.h"
#include "cli.h"
#include "i18n.h"
#include "locale-fmt.h"
#include "query.h"
#include "store.h"
#include "text.h"
#include "unit.h"

static const struct cli_command *self(const char *name);

/* ---- campaigns ------------------------------------------------------- */

static int run_campaigns(struct cli *cli)
{
	wp_campaign_ref *list;
	size_t n;
	wp_err err;
	if (wp_campaign_list(cli->st, &list, &n, &err) != 0)
		return cli_fail_err(&err);
	/* Text shows the period as one column, tsv and csv as start and end. */
	static const char *const header[] = {N_("Campaign ID"), N_("Start date"),
					     N_("End date"), N_("Region"), N_("Title")};
	bool text = cli_is_text(cli);
	struct table t;
	table_init(&t, text ? 4 : 5);
	t.right[0] = true;
	t.header = header;
	for (size_t i = 0; i < n; i++) {
		char id[24], a[WP_DATE_ISO_SIZE], b[WP_DATE_ISO_SIZE];
		snprintf(id, sizeof id, "%lld", (long long)list[i].id);
		wp_buf period = WP_BUF_INIT;
		wp_buf_printf(&period, "%s..%s", wp_date_format(list[i].start, a),
			      wp_date_format(list[i].end, b));
		const char *text_row[] = {id, wp_buf_str(&period), list[i].region, list[i].title};
		const char *tsv_row[] = {id, a, b, list[i].region, list[i].title};
		table_row(&t, text ? text_row : tsv_row);
		wp_buf_free(&period);
	}
	table_print(&t, cli);
	table_free(&t);
	wp_campaign_refs_free(list, n);
	if (n == 0 && text)
		fprintf(cli->out, "%s\n", _("No campaigns yet: weekplan import FILE.json adds one."));
	return WP_EXIT_OK;
}

/* ---- agenda ---------------------------------------------------------- */

static void time_text(wp_buf *b, const char *start, const char *end)
{
	if (start)
		wp_buf_printf(b, end ? "%s-%s" : "%s", start, end);
}

/* A unit's role in an activity: as stored in tsv (for scripts), for
 * people in csv. */
static const char *role_value(const struct cli *cli, const char *role)
{
	if (!role || cli->format != CLI_FORMAT_CSV)
		return role;
	return strcmp(role, "lead") == 0 ? _("lead") : _("cooperate");
}

/* Agenda as tsv or csv records; by_unit adds the unit's role. */
static void agenda_records(struct cli *cli, const wp_agenda *ag, bool by_unit)
{
	static const char *const header[] = {
		N_("Start date"), N_("End date"),   N_("Dated"),       N_("Start time"),
		N_("End time"),   N_("Campaign ID"), N_("Region"),     N_("Number"),
		N_("Activity"),   N_("Place"),       N_("Lead units"), N_("Cooperating units"),
		N_("Role")};
	size_t ncols = sizeof header / sizeof *header - (by_unit ? 0 : 1);
	bool csv = cli->format == CLI_FORMAT_CSV;
	cli_header(cli, header, ncols);
	char a[WP_DATE_ISO_SIZE], b[WP_DATE_ISO_SIZE], campaign[24];
	for (size_t i = 0; i < ag->n; i++) {
		const wp_agenda_item *it = &ag->items[i];
		snprintf(campaign, sizeof campaign, "%lld", (long long)it->campaign_id);
		const char *dated = it->undated ? (csv ? _("no") : "undated")
						: (csv ? _("yes") : "dated");
		const char *fields[] = {wp_date_format(it->start, a), wp_date_format(it->end, b),
					dated, it->start_time, it->end_time, campaign,
					it->region, it->number, it->title, it->location,
					it->lead, it->cooperate, role_value(cli, it->unit_role)};
		cli_record(cli, fields, ncols);
	}
}

/* Agenda as text: one line per activity, then where and who. */
static void agenda_text(const struct cli *cli, const wp_agenda *ag)
{
	struct table t;
	table_init(&t, 4);
	bool any_undated = false;
	for (size_t i = 0; i < ag->n; i++) {
		const wp_agenda_item *it = &ag->items[i];
		wp_buf when = WP_BUF_INIT, time = WP_BUF_INIT;
		wp_fmt_range(&when, it->start, it->end, cli->zh, 0);
		if (it->undated)
			wp_buf_putc(&when, '*');
		any_undated = any_undated || it->undated;
		time_text(&time, it->start_time, it->end_time);
		const char *row[] = {wp_buf_str(&when), wp_buf_str(&time), it->region, it->number};
		table_row(&t, row);
		wp_buf_free(&when);
		wp_buf_free(&time);
	}
	int width[4] = {0};
	for (size_t r = 0; r < t.nrows; r++)
		for (int c = 0; c < 4; c++) {
			int w = wp_text_width(t.cells[r * 4 + (size_t)c]);
			width[c] = w > width[c] ? w : width[c];
		}
	int indent = 4;
	for (size_t r = 0; r < t.nrows; r++) {
		const wp_agenda_item *it = &ag->items[r];
		wp_buf line = WP_BUF_INIT;
		for (int c = 0; c < 4; c++) {
			wp_text_put_padded(&line, t.cells[r * 4 + (size_t)c], width[c]);
			wp_buf_puts(&line, "  ");
		}
		wp_buf_puts(&line, it->title);
		if (it->unit_role)
			wp_buf_printf(&line, "  [%s]", strcmp(it->unit_role, "lead") == 0 ? _("lead")
										      : _("cooperate"));
		fprintf(cli->out, "%s\n", wp_buf_str(&line));
		wp_buf_free(&line);
		cli_detail(cli, indent, _("at"), it->location);
		cli_detail(cli, indent, _("lead"), it->lead);
		cli_detail(cli, indent, _("with"), it->cooperate);
	}
	table_free(&t);
	if (any_undated)
		fprintf(cli->out, "%s\n",
			_("* no date in the notice: some time during the campaign period"));
}

static int print_agenda(struct cli *cli, wp_date from, wp_date to, int64_t unit_id)
{
	wp_agenda ag;
	wp_err err;
	if (wp_query_agenda(cli->st, from, to, unit_id, &ag, &err) != 0)
		return cli_fail_err(&err);
	if (!cli_is_text(cli)) {
		agenda_records(cli, &ag, unit_id != 0);
	} else {
		wp_buf head = WP_BUF_INIT;
		wp_fmt_range(&head, from, to, cli->zh, WP_FMT_YEAR);
		fprintf(cli->out, "%s\n\n", wp_buf_str(&head));
		wp_buf_free(&head);
		if (ag.n == 0)
			fprintf(cli->out, "%s\n", _("No activities."));
		agenda_text(cli, &ag);
	}
	wp_agenda_clear(&ag);
	return WP_EXIT_OK;
}

/* --from/--to/--week into a range; the default is the week of today. */
static int range_options(struct cli *cli, const struct cli_command *cmd, wp_date *from,
			 wp_date *to, int default_days)
{
	const char *f = cli_opt(cli, cmd, "from"), *t = cli_opt(cli, cmd, "to"),
		   *w = cli_opt(cli, cmd, "week");
	if (w && (f || t))
		return cli_fail(_("--week cannot be combined with --from or --to"));
	if (w) {
		if (cli_parse_date(cli, w, "--week", from) != 0)
			return -1;
		*from = wp_date_week_start(*from);
		*to = *from + 6;
		return 0;
	}
	if (default_days == 7) {
		*from = wp_date_week_start(cli->today);
		*to = *from + 6;
	} else {
		*from = cli->today;
		*to = cli->today + default_days;
	}
	if (f && cli_parse_date(cli, f, "--from", from) != 0)
		return -1;
	if (t && cli_parse_date(cli, t, "--to", to) != 0)
		return -1;
	/* The default end follows --from: a --from past today + default_days
	 * must not give a range that ends before it starts. */
	if (f && !t)
		*to = *from + (default_days == 7 ? 6 : default_days);
	if (*to < *from)
		return cli_fail(_("the range ends before it starts"));
	if (*to - *from > 3660)
		return cli_fail(_("the range is longer than ten years"));
	return 0;
}

static int run_agenda(struct cli *cli)
{
	wp_date from, to;
	if (range_options(cli, self("agenda"), &from, &to, 7) != 0)
		return WP_EXIT_USAGE;
	return print_agenda(cli, from, to, 0);
}

/* ---- matrix ---------------------------------------------------------- */

/* The committee role as stored, for scripts reading tsv; "" for a unit
 * outside the committee. */
static const char *rank_role(int rank)
{
	static const char *const roles[] = {"chair", "vice_chair", "member", "office", ""};
	return roles[rank < 0 || rank > WP_RANK_NONE ? WP_RANK_NONE : rank];
}

/* The committee role for people, translated; NULL outside the committee. */
static const char *rank_label(int rank)
{
	static const char *const labels[] = {N_("chair"), N_("vice-chair"), N_("member"),
					     N_("office")};
	return rank >= 0 && rank < WP_RANK_NONE ? _(labels[rank]) : NULL;
}

/* The matrix as a spreadsheet: a row per unit, a column per activity
 * (headed by its number and title), cells lead / cooperate, then the
 * unit's totals. */
static void matrix_csv(struct cli *cli, const wp_matrix *m)
{
	wp_csv *csv = cli_csv(cli);
	wp_csv_text(csv, _("Unit"));
	wp_csv_text(csv, _("Committee role"));
	for (size_t a = 0; a < m->nactivities; a++) {
		wp_buf head = WP_BUF_INIT;
		const wp_matrix_activity *act = &m->activities[a];
		bool numbered = act->number && *act->number;
		wp_buf_printf(&head, "%s%s%s", numbered ? act->number : "",
			      numbered && act->title ? " " : "", act->title ? act->title : "");
		wp_csv_text(csv, wp_buf_str(&head));
		wp_buf_free(&head);
	}
	wp_csv_text(csv, _("Leads"));
	wp_csv_text(csv, _("Cooperates"));
	wp_csv_end_record(csv);
	for (size_t u = 0; u < m->nunits; u++) {
		wp_csv_text(csv, m->units[u].name);
		wp_csv_text(csv, rank_label(m->units[u].rank));
		for (size_t a = 0; a < m->nactivities; a++) {
			char cell = wp_matrix_cell(m, u, a);
			wp_csv_text(csv, cell == 'L' ? _("lead") : cell == 'C' ? _("cooperate") : NULL);
		}
		wp_csv_int(csv, m->units[u].nlead);
		wp_csv_int(csv, m->units[u].ncooperate);
		wp_csv_end_record(csv);
	}
}

static void matrix_tsv(const struct cli *cli, const wp_matrix *m)
{
	for (size_t u = 0; u < m->nunits; u++)
		for (size_t a = 0; a < m->nactivities; a++) {
			char cell = wp_matrix_cell(m, u, a);
			if (!cell)
				continue;
			const char *fields[] = {m->units[u].name, rank_role(m->units[u].rank),
						m->activities[a].number,
						cell == 'L' ? "lead" : "cooperate"};
			cli_tsv_row(cli->out, fields, 4);
		}
}

static void matrix_text(const struct cli *cli, const wp_matrix *m)
{
	int name_w = 4;
	for (size_t u = 0; u < m->nunits; u++) {
		const char *label = rank_label(m->units[u].rank);
		int w = wp_text_width(m->units[u].name) + (label ? 3 + wp_text_width(label) : 0);
		name_w = w > name_w ? w : name_w;
	}
	int *col_w = wp_xcalloc(m->nactivities + 1, sizeof *col_w);
	for (size_t a = 0; a < m->nactivities; a++) {
		int w = wp_text_width(m->activities[a].label);
		col_w[a] = w > 2 ? w : 2;
	}
	const char *lead = cli->zh ? "牵" : "L", *coop = cli->zh ? "配" : "C";
	wp_buf line = WP_BUF_INIT;
	wp_buf_spaces(&line, name_w);
	for (size_t a = 0; a < m->nactivities; a++) {
		wp_buf_puts(&line, "  ");
		wp_text_put_padded(&line, m->activities[a].label, col_w[a]);
	}
	wp_buf_printf(&line, "  %s  %s", cli->zh ? "牵" : " L", cli->zh ? "配" : " C");
	fprintf(cli->out, "%s\n", wp_buf_str(&line));
	for (size_t u = 0; u < m->nunits; u++) {
		wp_buf_reset(&line);
		wp_buf name = WP_BUF_INIT;
		wp_buf_puts(&name, m->units[u].name);
		const char *label = rank_label(m->units[u].rank);
		if (label)
			wp_buf_printf(&name, " (%s)", label);
		wp_text_put_padded(&line, wp_buf_str(&name), name_w);
		wp_buf_free(&name);
		for (size_t a = 0; a < m->nactivities; a++) {
			char cell = wp_matrix_cell(m, u, a), via = wp_matrix_via(m, u, a);
			wp_buf_puts(&line, "  ");
			wp_text_put_padded(&line, cell == 'L'  ? lead
						  : cell == 'C' ? coop
						  : via == 'L'  ? "l"
						  : via == 'C'  ? "c"
								: ".",
					   col_w[a]);
		}
		wp_buf_printf(&line, "  %2d  %2d", m->units[u].nlead, m->units[u].ncooperate);
		fprintf(cli->out, "%s\n", wp_buf_str(&line));
	}
	fputc('\n', cli->out);
	if (m->via)
		fprintf(cli->out, "%s\n\n",
			_("l, c: leads or cooperates through a group it belongs to (组委会成员单位 ...); "
			  "the totals count its own roles"));
	for (size_t a = 0; a < m->nactivities; a++)
		fprintf(cli->out, "%s  %s\n", m->activities[a].label, m->activities[a].title);
	wp_buf_free(&line);
	free(col_w);
}

static int run_matrix(struct cli *cli)
{
	wp_campaign_ref ref;
	wp_matrix m;
	wp_err err;
	if (wp_campaign_find(cli->st, cli->args[0], &ref, &err) != 0)
		return cli_fail_err(&err);
	int rc = wp_query_matrix(cli->st, ref.id, &m, &err);
	if (rc != 0) {
		wp_campaign_ref_clear(&ref);
		return cli_fail_err(&err);
	}
	if (cli->format == CLI_FORMAT_CSV) {
		matrix_csv(cli, &m);
	} else if (cli->format == CLI_FORMAT_TSV) {
		matrix_tsv(cli, &m);
	} else {
		fprintf(cli->out, "%s\n\n", ref.title);
		matrix_text(cli, &m);
	}
	wp_matrix_clear(&m);
	wp_campaign_ref_clear(&ref);
	return WP_EXIT_OK;
}

/* ---- unit ------------------------------------------------------------ */

static int run_unit(struct cli *cli)
{
	const struct cli_command *cmd = self("unit");
	int64_t unit;
	if (cli_find_unit(cli, cli->args[0], &unit) != 0)
		return WP_EXIT_ERROR;
	wp_date from, to;
	if (range_options(cli, cmd, &from, &to, 365) != 0)
		return WP_EXIT_USAGE;
	int rc = print_agenda(cli, from, to, unit);
	if (rc != WP_EXIT_OK)
		return rc;
	wp_deadline_list list;
	wp_err err;
	if (wp_query_deadlines(cli->st, from, to, unit, 0, WP_DL_ALL, &list, &err) != 0)
		return cli_fail_err(&err);
	/* Two tables: in csv an empty record between them, and a heading each. */
	if (cli_is_text(cli))
		fputc('\n', cli->out);
	else if (cli->format == CLI_FORMAT_CSV)
		wp_csv_end_record(cli_csv(cli));
	cli_deadline_header(cli);
	rc = cli_print_deadlines(cli, &list, list.n ? _("Reports owed:") : _("No reports owed."),
			     unit);
	wp_deadline_list_clear(&list);
	return rc;
}

/* ---- conflicts --------------------------------------------------------- */

static int run_conflicts(struct cli *cli)
{
	wp_date from, to;
	if (range_options(cli, self("conflicts"), &from, &to, 365) != 0)
		return WP_EXIT_USAGE;
	wp_conflict_list list;
	wp_err err;
	if (wp_query_conflicts(cli->st, 0, from, to, &list, &err) != 0)
		return cli_fail_err(&err);
	static const char *const header[] = {N_("Date"),          N_("Unit"),
					     N_("Campaign ID A"), N_("Number A"),
					     N_("Time A"),        N_("Campaign ID B"),
					     N_("Number B"),         N_("Time B")};
	cli_header(cli, header, sizeof header / sizeof *header);
	for (size_t i = 0; i < list.n; i++) {
		const wp_conflict *c = &list.items[i];
		char iso[WP_DATE_ISO_SIZE];
		if (!cli_is_text(cli)) {
			char ca[24], cb[24];
			snprintf(ca, sizeof ca, "%lld", (long long)c->a.campaign_id);
			snprintf(cb, sizeof cb, "%lld", (long long)c->b.campaign_id);
			const char *fields[] = {wp_date_format(c->day, iso), c->unit, ca,
						c->a.number, c->a.time, cb, c->b.number, c->b.time};
			cli_record(cli, fields, 8);
			continue;
		}
		wp_buf line = WP_BUF_INIT;
		wp_fmt_date(&line, c->day, cli->zh, WP_FMT_YEAR);
		wp_buf_printf(&line, "  %s", c->unit);
		fprintf(cli->out, "%s\n", wp_buf_str(&line));
		wp_buf_free(&line);
		fprintf(cli->out, "    %s  %s %s  (%s)\n", c->a.time, c->a.number, c->a.title,
			c->a.campaign_title);
		fprintf(cli->out, "    %s  %s %s  (%s)\n", c->b.time, c->b.number, c->b.title,
			c->b.campaign_title);
	}
	if (cli_is_text(cli) && list.n == 0)
		fprintf(cli->out, "%s\n", _("No unit leads two activities at the same time."));
	wp_conflict_list_clear(&list);
	return WP_EXIT_OK;
}

/* ---- check ----------------------------------------------------------- */

static void check_header(struct cli *cli)
{
	static const char *const header[] = {N_("Campaign ID"), N_("Code"), N_("Subject"),
					     N_("Finding")};
	cli_header(cli, header, sizeof header / sizeof *header);
}

static int check_one(struct cli *cli, const wp_campaign_ref *ref, size_t *total)
{
	wp_findings f = {0};
	wp_err err;
	if (wp_check_campaign(cli->st, ref->id, &f, &err) != 0)
		return cli_fail_err(&err);
	bool text = cli_is_text(cli);
	if (text)
		fprintf(cli->out, ngettext("%lld %s: %zu finding\n", "%lld %s: %zu findings\n", f.n),
			(long long)ref->id, ref->title, f.n);
	char id[24];
	snprintf(id, sizeof id, "%lld", (long long)ref->id);
	for (size_t i = 0; i < f.n; i++) {
		const char *fields[] = {id, f.items[i].code, f.items[i].subject,
					f.items[i].message};
		if (!text)
			cli_record(cli, fields, 4);
		else
			fprintf(cli->out, "  %s: %s [%s]\n", f.items[i].subject,
				f.items[i].message, f.items[i].code);
	}
	*total += f.n;
	wp_findings_clear(&f);
	return WP_EXIT_OK;
}

static int run_check(struct cli *cli)
{
	wp_err err;
	size_t total = 0;
	int rc = WP_EXIT_OK;
	if (cli->nargs == 1) {
		wp_campaign_ref ref;
		if (wp_campaign_find(cli->st, cli->args[0], &ref, &err) != 0)
			return cli_fail_err(&err);
		check_header(cli);
		rc = check_one(cli, &ref, &total);
		wp_campaign_ref_clear(&ref);
	} else {
		wp_campaign_ref *list;
		size_t n;
		if (wp_campaign_list(cli->st, &list, &n, &err) != 0)
			return cli_fail_err(&err);
		check_header(cli);
		for (size_t i = 0; i < n && rc == WP_EXIT_OK; i++)
			rc = check_one(cli, &list[i], &total);
		wp_campaign_refs_free(list, n);
	}
	if (rc != WP_EXIT_OK)
		return rc;
	return total ? WP_EXIT_FINDINGS : WP_EXIT_OK;
}

/* ---- the command table ----------------------------------------------- */

static const struct cli_option agenda_options[] = {
	{"from", true, "DATE", N_("first day (default: Monday of this week)")},
	{"to", true, "DATE", N_("last day (default: a week from --from)")},
	{"week", true, "DATE", N_("the Monday-to-Sunday week containing DATE")},
	{NULL, false, NULL, NULL},
};

static const struct cli_option deadline_options[] = {
	{"within", true, "N", N_("days ahead (and back, for overdue reports); default 30")},
	{"overdue", false, NULL, N_("only reports still pending after their date, however old")},
	{"unit", true, "UNIT", N_("only what UNIT has to submit")},
	{"campaign", true, "CAMPAIGN", N_("only deadlines of CAMPAIGN")},
	{NULL, false, NULL, NULL},
};

static const struct cli_option unit_options[] = {
	{"from", true, "DATE", N_("first day (default: today)")},
	{"to", true, "DATE", N_("last day (default: a year after --from)")},
	{NULL, false, NULL, NULL},
};

const struct cli_command wp_report_commands[] = {
	{"campaigns", "", N_("list the stored campaigns"), 0, 0, NULL, false, run_campaigns},
	{"agenda", "[--from DATE --to DATE | --week DATE]",
	 N_("list activities in a date range with where they are and who owns them"), 0, 0,
	 agenda_options, false, run_agenda},
	{"deadlines", "[CAMPAIGN] [--within N] [--overdue] [--unit UNIT] [--campaign CAMPAIGN]",
	 N_("list reports due soon and overdue, with working days left"), 0, 1, deadline_options,
	 false, cli_run_deadlines},
	{"matrix", "CAMPAIGN", N_("show who leads (L) and cooperates (C) in each activity"), 1, 1,
	 NULL, false, run_matrix},
	{"unit", "NAME [--from DATE] [--to DATE]",
	 N_("list everything a unit leads, cooperates in or must report"), 1, 1, unit_options,
	 false, run_unit},
	{"check", "[CAMPAIGN]", N_("report likely mistakes in a plan (all plans by default)"), 0, 1,
	 NULL, false, run_check},
	{"conflicts", "[--from DATE] [--to DATE]",
	 N_("list units leading two timed activities at the same time"), 0, 0, unit_options,
	 false, run_conflicts},
	{NULL, NULL, NULL, 0, 0, NULL, false, NULL},
};

static const struct cli_command *self(const char *name)
{
	for (const struct cli_command *c = wp_report_commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}
