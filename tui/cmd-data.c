/* cmd-data.c - commands that move data in and out: import, export, submit,
 * calendar. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"
#include "buf.h"
#include "calendar.h"
#include "campaign.h"
#include "cli.h"
#include "deadline.h"
#include "group.h"
#include "holidays.h"
#include "i18n.h"
#include "locale-fmt.h"
#include "notice-text.h"
#include "notice-convert.h"
#include "notice.h"
#include "plan-files.h"
#include "plan-update.h"
#include "plan.h"
#include "plancheck.h"
#include "store.h"
#include "text.h"
#include "unit.h"

static const struct cli_option import_options[] = {
	{"replace", false, NULL, N_("replace a stored campaign with the same title and region")},
	{"update", true, "CAMPAIGN", N_("merge the plan into CAMPAIGN, keeping its edits and submissions")},
	{"dry-run", false, NULL, N_("with --update: list the changes; store nothing")},
	{NULL, false, NULL, NULL},
};

/* One change of a re-import, for people. */
static void put_change(wp_buf *out, const wp_merge_change *c)
{
	wp_buf_puts(out, "  ");
	wp_merge_change_text(c, out);
	wp_buf_putc(out, '\n');
}

/* --update CAMPAIGN: merges the plan into the campaign (or, dry, only
 * lists what that would change) and prints the change list. */
static int update_campaign(struct cli *cli, const char *spec, const char *plan, size_t len,
			   bool dry, const char *path)
{
	wp_campaign_ref ref;
	wp_err err;
	/* even the dry run stores the plan for a moment, to check it */
	if (wp_store_readonly(cli->st))
		return cli_fail(_("the database is read-only, so --update cannot merge into it"));
	if (wp_campaign_find(cli->st, spec, &ref, &err) != 0)
		return cli_fail_err(&err);
	wp_plan_merge m;
	int rc = dry ? wp_plan_update_preview(cli->st, ref.id, plan, len, &m, &err)
		     : wp_plan_update_apply(cli->st, ref.id, plan, len, &m, &err);
	if (rc != 0) {
		rc = cli_fail("%s: %s", path, err.msg);
	} else {
		wp_buf out = WP_BUF_INIT;
		for (size_t i = 0; i < m.n; i++)
			put_change(&out, &m.changes[i]);
		if (m.n == 0)
			wp_buf_printf(&out, "  %s\n", _("no changes"));
		if (m.submissions)
			wp_buf_printf(&out, ngettext("  %zu submission kept\n",
						     "  %zu submissions kept\n", m.submissions),
				      m.submissions);
		if (m.conflicts)
			wp_buf_printf(&out, ngettext("  %zu conflict: the stored value was kept\n",
						     "  %zu conflicts: the stored values were kept\n",
						     m.conflicts),
				      m.conflicts);
		wp_buf_printf(&out, dry ? _("would update campaign %lld: %s (nothing stored)")
					: _("updated campaign %lld: %s"),
			      (long long)ref.id, ref.title);
		wp_buf_putc(&out, '\n');
		cli_write(cli->out, wp_buf_str(&out));
		wp_buf_free(&out);
		rc = m.conflicts ? WP_EXIT_CONFLICTS : WP_EXIT_OK;
	}
	wp_plan_merge_clear(&m);
	wp_campaign_ref_clear(&ref);
	return rc;
}

/* --update with --replace, or --dry-run without --update. */
static int update_usage(const char *update, bool replace, bool dry, bool dry_alone_ok)
{
	if (update && replace)
		return cli_fail(_("--update and --replace exclude each other"));
	if (dry && !update && !dry_alone_ok)
		return cli_fail(_("--dry-run goes with --update"));
	return 0;
}

/* The plan files named by arg: arg itself, or a directory's *.json files
 * in name order (not its subdirectories). Appended to *paths (each
 * allocated; the caller frees them and the array). */
static int collect_plans(const char *arg, char ***paths, size_t *n, size_t *cap)
{
	struct stat sb;
	if (strcmp(arg, "-") == 0 || stat(arg, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
		/* a missing file is reported by its import, in its turn */
		if (*n == *cap)
			*paths = wp_xrealloc(*paths, (*cap = *cap * 2 + 16) * sizeof **paths);
		(*paths)[(*n)++] = wp_xstrdup(arg);
		return 0;
	}
	struct dirent **names;
	int k = scandir(arg, &names, NULL, alphasort);
	if (k < 0)
		return cli_fail("%s: %s", arg, strerror(errno));
	for (int i = 0; i < k; i++) {
		const char *name = names[i]->d_name;
		size_t len = strlen(name);
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s/%s", arg, name);
		char *path = wp_buf_take(&b);
		if (name[0] != '.' && len > 5 && strcmp(name + len - 5, ".json") == 0 &&
		    stat(path, &sb) == 0 && S_ISREG(sb.st_mode)) {
			if (*n == *cap)
				*paths = wp_xrealloc(*paths, (*cap = *cap * 2 + 16) * sizeof **paths);
			(*paths)[(*n)++] = path;
		} else {
			free(path);
		}
		free(names[i]);
	}
	free(names);
	return 0;
}

/* Says what became of one plan file: the stored campaign on stdout, a
 * refusal on stderr (its message names the file). */
static void report_plan(void *ctx, const wp_plan_outcome *o)
{
	struct cli *cli = ctx;
	if (o->err) {
		cli_fail_err(o->err);
		return;
	}
	fprintf(cli->out, _("imported campaign %lld: %s"), (long long)o->campaign_id, o->title);
	fputc('\n', cli->out);
}

/* import FILE|DIR...: each plan stored or refused on its own, so one bad
 * file does not keep the others out (core/plan-files.h). */
static int import_plans(struct cli *cli, int flags)
{
	char **paths = NULL;
	size_t n = 0, cap = 0;
	long refused = 0;
	int rc = WP_EXIT_OK;
	wp_err err;
	for (int i = 0; i < cli->nargs && rc == WP_EXIT_OK; i++)
		rc = collect_plans(cli->args[i], &paths, &n, &cap);
	if (rc == WP_EXIT_OK && n == 0)
		rc = cli_fail(_("no plan files (*.json) in %s"), cli->args[0]);
	if (rc == WP_EXIT_OK) {
		refused = wp_plan_import_files(cli->st, (const char *const *)paths, n, flags,
					       report_plan, cli, &err);
		if (refused < 0)
			rc = cli_fail_err(&err);
		else if (refused && n > 1)
			cli_fail(ngettext("%zu of %zu plans was refused; the others are stored",
					  "%zu of %zu plans were refused; the others are stored",
					  (unsigned long)refused),
				 (size_t)refused, n);
	}
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
	return rc != WP_EXIT_OK ? rc : refused ? WP_EXIT_ERROR : WP_EXIT_OK;
}

static int run_import(struct cli *cli)
{
	int flags = cli->opt_set[0] ? WP_PLAN_REPLACE : 0;
	const char *update = cli->opt_set[1] ? cli->opt_value[1] : NULL;
	bool dry = cli->opt_set[2];
	wp_err err;
	if (update_usage(update, flags, dry, false) != 0)
		return WP_EXIT_USAGE;
	if (update) {
		if (cli->nargs != 1)
			return cli_fail(_("--update merges one plan file")), WP_EXIT_USAGE;
		size_t len;
		char *text = wp_read_file(cli->args[0], WP_PLAN_MAX_BYTES + 1, &len, &err);
		if (!text)
			return cli_fail_err(&err);
		int rc = update_campaign(cli, update, text, len, dry, cli->args[0]);
		free(text);
		return rc;
	}
	return import_plans(cli, flags);
}

/* A plan as JSON: a forbidden character an old database may hold is
 * written as \u009b, which keeps the JSON exact (its import then says
 * which field holds it). */
static void put_json(const struct cli *cli, const char *json)
{
	wp_buf safe = WP_BUF_INIT;
	wp_text_put_escaped(&safe, json, WP_ESCAPE_JSON);
	fputs(wp_buf_str(&safe), cli->out);
	wp_buf_free(&safe);
}

static const struct cli_option submit_options[] = {
	{"on", true, "DATE", N_("the day it was submitted (default: today)")},
	{"pending", false, NULL, N_("mark it pending again")},
	{NULL, false, NULL, NULL},
};

static int run_submit(struct cli *cli)
{
	int id;
	if (cli_parse_int(cli->args[0], "deadline", 1, 2000000000, &id) != 0)
		return WP_EXIT_USAGE;
	const char *on = cli->opt_set[0] ? cli->opt_value[0] : NULL;
	bool pending = cli->opt_set[1];
	if (on && pending)
		return cli_fail(_("--on and --pending exclude each other"));
	wp_date day = cli->today;
	if (on && cli_parse_date(cli, on, "--on", &day) != 0)
		return WP_EXIT_USAGE;
	wp_unit_ref refs[2];
	wp_err err;
	int n = wp_unit_search(cli->st, cli->args[1], NULL, refs, 2, &err);
	if (n < 0)
		return cli_fail_err(&err);
	wp_unit_refs_free(refs, n < 2 ? n : 2);
	if (n != 1)
		return cli_fail(n ? _("'%s' matches more than one unit: give the full name")
				  : _("'%s' matches no unit"),
				cli->args[1]);
	if (wp_store_begin(cli->st, &err) != 0)
		return cli_fail_err(&err);
	/* A unit may owe the report itself or as a member of a group. */
	if (wp_group_set_status(cli->st, id, refs[0].id, pending ? WP_DATE_NONE : day, &err) !=
	    0) {
		wp_store_rollback(cli->st);
		return cli_fail("deadline %d: %s", id, err.msg);
	}
	if (wp_store_commit(cli->st, &err) != 0)
		return cli_fail_err(&err);
	return WP_EXIT_OK;
}

/* ---- calendar -------------------------------------------------------- */

/* Why some days of year are not (yet) the official ones, on stderr. */
static void calendar_year_note(wp_calendar *cal, int year)
{
	if (wp_calendar_provisional(cal, year))
		fprintf(stderr, _("weekplan: the official arrangement for %d is not loaded: the days "
				  "marked provisional are the ones the holiday law fixes, without "
				  "make-up working days ('calendar import FILE' loads the notice)\n"),
			year);
	else if (!wp_calendar_covers(cal, year))
		fprintf(stderr, _("weekplan: the arrangement for %d is not known: days entered with "
				  "'calendar set' apply, other days follow Monday to Friday "
				  "('calendar known %d' once it is complete)\n"),
			year, year);
}

static int calendar_holidays(struct cli *cli)
{
	int year;
	if (cli->nargs != 2 || cli_parse_int(cli->args[1], "year", WP_YEAR_MIN, WP_YEAR_MAX,
					     &year) != 0)
		return cli_fail(_("usage: weekplan calendar holidays YEAR"));
	wp_calendar *cal = wp_store_calendar(cli->st);
	wp_date first = wp_date_from_ymd(year, 1, 1), last = wp_date_from_ymd(year, 12, 31);
	for (wp_date d = first; d <= last; d++) {
		const char *name;
		wp_daykind kind = wp_calendar_kind(cal, d, &name);
		if (kind == WP_DAY_NORMAL)
			continue;
		char iso[WP_DATE_ISO_SIZE];
		const char *label = kind == WP_DAY_OFF ? "off" : "work";
		bool provisional = wp_calendar_day_provisional(cal, d);
		if (cli->format == CLI_FORMAT_TSV) {
			const char *fields[] = {wp_date_format(d, iso), label, name,
						provisional ? "provisional" : ""};
			cli_tsv_row(cli->out, fields, 4);
			continue;
		}
		wp_buf line = WP_BUF_INIT;
		wp_buf_printf(&line, "%s  ", wp_date_format(d, iso));
		wp_text_put_padded(&line, wp_fmt_weekday(wp_date_weekday(d), cli->zh), 4);
		wp_buf_printf(&line, "  %-4s  ", label);
		if (provisional) {
			wp_text_put_padded(&line, name ? name : "", 14);
			wp_buf_printf(&line, "  %s", _("provisional"));
		} else {
			wp_buf_puts(&line, name ? name : "");
		}
		fprintf(cli->out, "%s\n", wp_buf_str(&line));
		wp_buf_free(&line);
	}
	wp_err err;
	if (wp_calendar_error(cal, &err) != 0)
		return cli_fail_err(&err);
	calendar_year_note(cal, year);
	return WP_EXIT_OK;
}

/* calendar import FILE: a year's official arrangement, as the notice
 * gives it, in data/holidays-cn.tsv's format. */
static int calendar_import(struct cli *cli)
{
	if (cli->nargs != 2)
		return cli_fail(_("usage: weekplan calendar import FILE"));
	if (wp_store_readonly(cli->st))
		return cli_fail(_("the database is read-only, so the calendar cannot be changed"));
	size_t len;
	wp_err err;
	/* One byte more than allowed, so the import can say the file is too big. */
	char *text = wp_read_file(cli->args[1], WP_HOLIDAYS_MAX_BYTES + 1, &len, &err);
	if (!text)
		return cli_fail_err(&err);
	wp_holidays_import_result res;
	int rc = wp_holidays_import(cli->st, text, len, &res, &err);
	free(text);
	if (rc != 0)
		return cli_fail("%s: %s", cli->args[1], err.msg);
	wp_buf years = WP_BUF_INIT;
	for (int i = 0; i < res.nyears; i++)
		wp_buf_printf(&years, "%s%d", i ? ", " : "", res.years[i]);
	fprintf(cli->out, _("loaded %zu days: the official arrangement for %s"), res.ndays,
		wp_buf_str(&years));
	fputc('\n', cli->out);
	wp_buf_free(&years);
	return WP_EXIT_OK;
}

static int calendar_change(struct cli *cli)
{
	bool set = strcmp(cli->args[0], "set") == 0;
	if (wp_store_readonly(cli->st))
		return cli_fail(_("the database is read-only, so the calendar cannot be changed"));
	if ((set && (cli->nargs < 3 || cli->nargs > 4)) || (!set && cli->nargs != 2))
		return cli_fail(set ? "usage: weekplan calendar set DATE off|work|normal [NAME]"
				    : "usage: weekplan calendar clear DATE");
	wp_date day;
	if (cli_parse_date(cli, cli->args[1], "date", &day) != 0)
		return WP_EXIT_USAGE;
	wp_err err;
	int rc;
	if (set) {
		const char *k = cli->args[2];
		wp_daykind kind = strcmp(k, "off") == 0    ? WP_DAY_OFF
				  : strcmp(k, "work") == 0 ? WP_DAY_WORK
							   : WP_DAY_NORMAL;
		if (kind == WP_DAY_NORMAL && strcmp(k, "normal") != 0)
			return cli_fail(_("day kind '%s' is not off, work or normal"), k);
		rc = wp_holidays_set_user_day(cli->st, day, kind,
					      cli->nargs == 4 ? cli->args[3] : NULL, &err);
	} else {
		rc = wp_holidays_clear_user_day(cli->st, day, &err);
	}
	return rc == 0 ? WP_EXIT_OK : cli_fail_err(&err);
}

static int calendar_add(struct cli *cli)
{
	wp_date day;
	int n;
	if (cli->nargs != 3)
		return cli_fail(_("usage: weekplan calendar add DATE N"));
	if (cli_parse_date(cli, cli->args[1], "date", &day) != 0 ||
	    cli_parse_int(cli->args[2], "working days", -366, 366, &n) != 0)
		return WP_EXIT_USAGE;
	wp_calendar *cal = wp_store_calendar(cli->st);
	wp_date due = wp_workday_add(cal, day, n);
	wp_err err;
	if (wp_calendar_error(cal, &err) != 0)
		return cli_fail_err(&err);
	char iso[WP_DATE_ISO_SIZE];
	wp_buf line = WP_BUF_INIT;
	if (cli_is_text(cli)) {
		wp_buf_puts(&line, "  ");
		wp_fmt_date(&line, due, cli->zh, WP_FMT_YEAR);
	}
	fprintf(cli->out, "%s%s\n", wp_date_format(due, iso), wp_buf_str(&line));
	wp_buf_free(&line);
	return WP_EXIT_OK;
}

static int calendar_known(struct cli *cli)
{
	int year;
	bool known = strcmp(cli->args[0], "known") == 0;
	if (cli->nargs != 2 || cli_parse_int(cli->args[1], "year", WP_YEAR_MIN, WP_YEAR_MAX, &year) != 0)
		return cli_fail(_("usage: weekplan calendar %s YEAR"), cli->args[0]);
	if (wp_store_readonly(cli->st))
		return cli_fail(_("the database is read-only, so the calendar cannot be changed"));
	wp_err err;
	if (wp_holidays_set_year_known(cli->st, year, known, &err) != 0)
		return cli_fail_err(&err);
	return WP_EXIT_OK;
}

static int run_calendar(struct cli *cli)
{
	const char *sub = cli->args[0];
	if (strcmp(sub, "known") == 0 || strcmp(sub, "unknown") == 0)
		return calendar_known(cli);
	if (strcmp(sub, "holidays") == 0)
		return calendar_holidays(cli);
	if (strcmp(sub, "set") == 0 || strcmp(sub, "clear") == 0)
		return calendar_change(cli);
	if (strcmp(sub, "add") == 0)
		return calendar_add(cli);
	if (strcmp(sub, "import") == 0)
		return calendar_import(cli);
	return cli_fail(_("calendar: unknown action '%s' (holidays, add, set, clear, known, unknown "
			"or import)"),
			sub);
}

static const struct cli_option notice_options[] = {
	{"dry-run", false, NULL, N_("print the plan read from the notice; store nothing")},
	{"replace", false, NULL, N_("replace a stored campaign with the same title and region")},
	{"title", true, "TITLE", N_("the campaign's title, where the notice gives none")},
	{"period", true, "START..END", N_("the campaign period, where the notice gives none")},
	{"year", true, "YEAR", N_("the year of dates written without one, where the notice gives none")},
	{"update", true, "CAMPAIGN", N_("merge the notice into CAMPAIGN, keeping its edits and submissions")},
	{NULL, false, NULL, NULL},
};

/* --title, --period START..END (or one DATE) and --year into hints. */
static int notice_hints(struct cli *cli, wp_notice_hints *h)
{
	*h = (wp_notice_hints){0, WP_DATE_NONE, WP_DATE_NONE, cli->opt_value[2], wp_store_calendar(cli->st)};
	const char *period = cli->opt_value[3], *year = cli->opt_value[4];
	if (year && cli_parse_int(year, "--year", WP_YEAR_MIN, WP_YEAR_MAX, &h->year) != 0)
		return -1;
	wp_err err;
	if (period && wp_date_parse_range(period, &h->start, &h->end, &err) != 0) {
		cli_fail("--period: %s", err.msg);
		return -1;
	}
	if (!period)
		return 0;
	if (!h->year) {
		int m, d;
		wp_date_to_ymd(h->start, &h->year, &m, &d);
	}
	return 0;
}

static int run_import_notice(struct cli *cli)
{
	const char *path = cli->args[0];
	bool dry = cli->opt_set[0];
	int flags = cli->opt_set[1] ? WP_PLAN_REPLACE : 0;
	const char *update = cli->opt_set[5] ? cli->opt_value[5] : NULL;
	wp_err err;
	wp_notice_hints hints;
	if (update_usage(update, flags, dry, true) != 0 || notice_hints(cli, &hints) != 0)
		return WP_EXIT_USAGE;
	wp_notice_file file;
	if (wp_notice_file_load(path, WP_NOTICE_MAX_FILE_BYTES, NULL, &file, &err) != 0)
		return cli_fail_err(&err);
	wp_notice_report report;
	char *plan = wp_notice_read_hinted(file.bytes, file.len, &hints, &report, &err);
	const char *converted = file.converted_from;
	wp_notice_file_free(&file);
	if (!plan)
		return cli_fail("%s: %s", path, err.msg);
	int rc = WP_EXIT_OK;
	int64_t id = 0;
	if (update) {
		rc = update_campaign(cli, update, plan, strlen(plan), dry, path);
	} else if (dry) {
		put_json(cli, plan);
	} else if (wp_store_readonly(cli->st)) {
		rc = cli_fail(_("the database is read-only, so the notice cannot be stored"));
	} else if (wp_plan_import(cli->st, plan, strlen(plan), flags, &id, &err) != 0) {
		rc = cli_fail("%s: %s", path, err.msg);
	}
	wp_buf rep = WP_BUF_INIT;
	if (rc == WP_EXIT_OK && !dry && !update) {
		wp_campaign_ref ref;
		char spec[24];
		snprintf(spec, sizeof spec, "%lld", (long long)id);
		if (wp_campaign_find(cli->st, spec, &ref, &err) == 0) {
			wp_buf_printf(&rep, _("imported campaign %lld: %s"), (long long)id,
				      ref.title);
			wp_buf_putc(&rep, '\n');
			wp_campaign_ref_clear(&ref);
		}
	}
	/* what the reader was unsure of, also when the plan was refused
	 * (a draft: the report says what the notice lacks) */
	if (converted)
		wp_buf_printf(&rep, "  %s %s\n", _("note:"),
			      _("converted to .docx with LibreOffice before reading"));
	for (size_t i = 0; i < report.n; i++)
		wp_buf_printf(&rep, "  %s %s\n", _("uncertain:"), report.lines[i]);
	if (rc == WP_EXIT_OK && !update) {
		/* a dry run checks the plan as stored for a moment, then undone
		 * (not on a read-only database: it only misses the check) */
		wp_findings f = {0};
		int checked = !dry ? wp_check_campaign(cli->st, id, &f, &err)
			      : wp_store_readonly(cli->st) ? -1
							   : wp_plan_trial(cli->st, plan, strlen(plan), flags, &f, &err);
		if (checked == 0) {
			for (size_t i = 0; i < f.n; i++)
				wp_buf_printf(&rep, "  %s %s: %s [%s]\n", _("check:"),
					      f.items[i].subject, f.items[i].message,
					      f.items[i].code);
			wp_findings_clear(&f);
		}
	}
	/* The report goes to stderr with --dry-run (stdout stays JSON) and
	 * after a refusal. */
	cli_write(dry || update || rc != WP_EXIT_OK ? stderr : cli->out, wp_buf_str(&rep));
	wp_buf_free(&rep);
	wp_notice_report_free(&report);
	free(plan);
	return rc;
}

const struct cli_command wp_data_commands[] = {
	{"import", "FILE.json|DIR... [--replace] | FILE.json --update CAMPAIGN [--dry-run]",
	 N_("add campaigns from plan files, each all or nothing (a directory: its *.json; - reads stdin)"), 1, CLI_MAX_ARGS,
	 import_options, true, run_import},
	{"import-notice",
	 "FILE [--dry-run] [--replace | --update CAMPAIGN] [--title T] [--period START..END] [--year Y]",
	 N_("read a plan notice (活动方案: a Word .docx, a PDF, or text in UTF-8, UTF-16 or GB18030) into a campaign"), 1, 1,
	 notice_options, false, run_import_notice},
	{"submit", "DEADLINE UNIT [--on DATE | --pending]",
	 N_("record that UNIT submitted the report of deadline number DEADLINE"), 2, 2,
	 submit_options, true, run_submit},
	{"calendar",
	 "holidays YEAR | add DATE N | set DATE off|work|normal [NAME] | clear DATE | known YEAR | "
	 "unknown YEAR | import FILE",
	 N_("show or change the working-day calendar"), 1, 4, NULL, false, run_calendar},
	{NULL, NULL, NULL, 0, 0, NULL, false, NULL},
};
