/* main.c - weekplan: arguments, database, subcommand dispatch. */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>

#include "alloc.h"
#include "buf.h"
#include "cli.h"
#include "demo.h"
#include "locale-fmt.h"
#include "store.h"
#include "i18n.h"
#include "tui.h"
#include <unistd.h>

struct global_options {
	const char *db;
	const char *today;
	const char *format;
	bool demo, help, version;
};

/* Every command, in the order --help lists them. */
static const struct cli_command *const command_tables[] = {
	wp_report_commands, wp_remind_commands, wp_data_commands, wp_export_commands,
	wp_clone_commands, wp_group_commands,
};
#define NTABLES (sizeof command_tables / sizeof *command_tables)

static const struct cli_command *find_command(const char *name)
{
	for (size_t t = 0; t < NTABLES; t++)
		for (const struct cli_command *c = command_tables[t]; c->name; c++)
			if (strcmp(c->name, name) == 0)
				return c;
	return NULL;
}

static void print_command_help(const struct cli_command *cmd)
{
	printf("%s weekplan [GLOBAL OPTIONS] %s%s%s\n\n%s\n", _("Usage:"), cmd->name,
	       *cmd->usage ? " " : "", cmd->usage, _(cmd->summary));
	if (cmd->options && cmd->options[0].name) {
		printf("\nOptions:\n");
		for (const struct cli_option *o = cmd->options; o->name; o++) {
			char left[64];
			snprintf(left, sizeof left, "--%s%s%s", o->name, o->has_arg ? " " : "",
				 o->has_arg ? o->help_arg : "");
			printf("  %-22s %s\n", left, _(o->help));
		}
	}
	printf("\nSee weekplan(1) for global options.\n");
}

static void print_help(void)
{
	printf("Usage: weekplan [GLOBAL OPTIONS] COMMAND [ARGS]\n\n"
	       "Plan campaign weeks: activities, responsible units and report deadlines.\n"
	       "With no command, opens the planner on a terminal, or prints this week's\n"
	       "agenda in a pipe.\n\nCommands:\n");
	for (size_t t = 0; t < NTABLES; t++)
		for (const struct cli_command *c = command_tables[t]; c->name; c++)
			printf("  %-11s %s\n", c->name, _(c->summary));
	printf("\nGlobal options:\n"
	       "  --db FILE         database (default $XDG_DATA_HOME/weekplan/weekplan.db)\n"
	       "  --demo            use a throwaway database holding the bundled sample plans\n"
	       "  --today DATE      take DATE (YYYY-MM-DD) as today\n"
	       "  --format FORMAT   text (default), tsv or csv\n"
	       "  -h, --help        show help (weekplan COMMAND --help for a command)\n"
	       "  --version         show the version\n");
}

/* Splits "--name=value"; returns the name length. */
static size_t option_name_len(const char *arg)
{
	const char *eq = strchr(arg, '=');
	return eq ? (size_t)(eq - arg) : strlen(arg);
}

static bool name_is(const char *arg, size_t len, const char *name)
{
	return strlen(name) == len && strncmp(arg, name, len) == 0;
}

/* Takes the value of an option: after '=' or the next argument. */
static int take_value(int argc, char **argv, int *i, const char *opt, const char **out)
{
	const char *eq = strchr(argv[*i], '=');
	if (eq) {
		*out = eq + 1;
		return 0;
	}
	if (*i + 1 >= argc) {
		cli_fail(_("option %s needs a value"), opt);
		return -1;
	}
	*out = argv[++*i];
	return 0;
}

static bool command_has_option(const struct cli_command *cmd, const char *arg, size_t len)
{
	for (int k = 0; cmd && cmd->options && cmd->options[k].name; k++)
		if (name_is(arg, len, cmd->options[k].name))
			return true;
	return false;
}

static int parse_global(int argc, char **argv, int *i, struct global_options *g,
			const struct cli_command *cmd)
{
	const char *arg = argv[*i] + 2;
	size_t len = option_name_len(arg);
	/* export --format ics: the command's own option, not the reports' */
	if (command_has_option(cmd, arg, len))
		return 0;
	if (name_is(arg, len, "db"))
		return take_value(argc, argv, i, "--db", &g->db) == 0 ? 1 : -1;
	if (name_is(arg, len, "today"))
		return take_value(argc, argv, i, "--today", &g->today) == 0 ? 1 : -1;
	if (name_is(arg, len, "format"))
		return take_value(argc, argv, i, "--format", &g->format) == 0 ? 1 : -1;
	if (name_is(arg, len, "demo"))
		return g->demo = true, 1;
	if (name_is(arg, len, "help"))
		return g->help = true, 1;
	if (name_is(arg, len, "version"))
		return g->version = true, 1;
	return 0;
}

static int parse_command_option(int argc, char **argv, int *i,
				const struct cli_command *cmd, struct cli *cli)
{
	const char *arg = argv[*i] + 2;
	size_t len = option_name_len(arg);
	for (int k = 0; cmd && cmd->options && cmd->options[k].name; k++) {
		const struct cli_option *o = &cmd->options[k];
		if (!name_is(arg, len, o->name))
			continue;
		cli->opt_set[k] = true;
		if (o->has_arg)
			return take_value(argc, argv, i, argv[*i], &cli->opt_value[k]);
		if (strchr(argv[*i], '='))
			return cli_fail(_("option --%s takes no value"), o->name), -1;
		return 0;
	}
	if (cmd)
		cli_fail(_("%s: unknown option '%s' (see weekplan %s --help)"), cmd->name, argv[*i],
			 cmd->name);
	else
		cli_fail(_("unknown option '%s' (see weekplan --help)"), argv[*i]);
	return -1;
}

static int parse_args(int argc, char **argv, struct global_options *g,
		      const struct cli_command **cmd, struct cli *cli)
{
	bool only_args = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!only_args && strcmp(a, "--") == 0) {
			only_args = true;
		} else if (!only_args && strcmp(a, "-h") == 0) {
			g->help = true;
		} else if (!only_args && strcmp(a, "-o") == 0 &&
			   command_has_option(*cmd, "output", strlen("output"))) {
			/* -o FILE, as every Unix tool that writes a file takes it */
			argv[i] = (char *)"--output";
			if (parse_command_option(argc, argv, &i, *cmd, cli) != 0)
				return -1;
		} else if (!only_args && strncmp(a, "--", 2) == 0) {
			int rc = parse_global(argc, argv, &i, g, *cmd);
			if (rc < 0 || (rc == 0 && parse_command_option(argc, argv, &i, *cmd, cli) != 0))
				return -1;
		} else if (!*cmd) {
			if (!(*cmd = find_command(a)))
				return cli_fail(_("unknown command '%s' (see weekplan --help)"), a), -1;
		} else if (cli->nargs < CLI_MAX_ARGS) {
			cli->args[cli->nargs++] = a;
		} else {
			return cli_fail(_("%s: too many arguments"), (*cmd)->name), -1;
		}
	}
	return 0;
}

static bool is_report_command(const struct cli_command *cmd)
{
	for (const struct cli_command *c = wp_report_commands; c->name; c++)
		if (c == cmd)
			return true;
	return false;
}

/* The global --format. csv is a spreadsheet of a report's records, so it
 * is for the report commands; the others print lines, not tables. */
static int parse_format(const char *name, const struct cli_command *cmd,
			enum cli_format *out)
{
	*out = CLI_FORMAT_TEXT;
	if (!name || strcmp(name, "text") == 0)
		return 0;
	if (strcmp(name, "tsv") == 0)
		*out = CLI_FORMAT_TSV;
	else if (strcmp(name, "csv") == 0 && is_report_command(cmd))
		*out = CLI_FORMAT_CSV;
	else if (strcmp(name, "csv") == 0)
		return cli_fail(_("--format csv: '%s' writes no report table (csv is for "
				"agenda, deadlines, matrix, unit, campaigns, check and "
				"conflicts; export takes its own --format after its name)"),
				cmd->name);
	else
		return cli_fail(_("--format: '%s' is not text, tsv or csv"), name);
	return 0;
}

static char *default_db_path(void)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	wp_buf dir = WP_BUF_INIT;
	if (xdg && *xdg == '/')
		wp_buf_printf(&dir, "%s/weekplan", xdg);
	else if (home && *home)
		wp_buf_printf(&dir, "%s/.local/share/weekplan", home);
	else
		return NULL;
	/* Create the directory and its parents, as XDG asks (mode 0700). */
	for (char *p = dir.data + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(dir.data, 0700);
		*p = '/';
	}
	mkdir(dir.data, 0700);
	wp_buf_puts(&dir, "/weekplan.db");
	return wp_buf_take(&dir);
}

static wp_date clock_today(void)
{
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	return wp_date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

static int open_store(const struct global_options *g, const struct cli_command *cmd,
		      struct wp_store **st)
{
	wp_err err;
	if (g->demo) {
		if (wp_store_open(":memory:", st, &err) != 0 || wp_demo_load(*st, &err) != 0)
			return cli_fail_err(&err);
		return 0;
	}
	char *path = g->db ? wp_xstrdup(g->db) : default_db_path();
	if (!path)
		return cli_fail(_("no database: set HOME or XDG_DATA_HOME, or use --db FILE"));
	int rc = wp_store_open(path, st, &err);
	if (rc != 0)
		cli_fail_err(&err);
	else if (cmd->writes && wp_store_readonly(*st)) {
		rc = cli_fail(_("%s: the database is read-only, so '%s' cannot change it"), path,
			      cmd->name);
		wp_store_close(*st);
		*st = NULL;
	}
	free(path);
	return rc == 0 ? 0 : WP_EXIT_ERROR;
}

/* Runs a command with its output collected, then writes it escaped
 * (cli_write): whatever a report prints of what is stored, a control or
 * bidi character reaches the terminal as visible text, never as a command. */
static int run_command(const struct cli_command *cmd, struct cli *cli)
{
	char *text = NULL;
	size_t len = 0;
	cli->out = open_memstream(&text, &len);
	if (!cli->out) {
		cli->out = stdout;
		return cli_fail(_("cannot collect the output: %s"), strerror(errno));
	}
	cli->cmd = cmd;
	int rc = cmd->run(cli);
	int closed = fclose(cli->out);
	cli->out = stdout;
	if (closed == 0 && cli->raw_output) {
		/* a file format cut short by an error is no file: write none
		 * (check's findings, status 3, are a whole answer) */
		if (rc != WP_EXIT_ERROR && rc != WP_EXIT_USAGE)
			fwrite(text ? text : "", 1, len, stdout);
	}
	else if (closed == 0)
		cli_write(stdout, text ? text : "");
	else if (rc == WP_EXIT_OK)
		rc = cli_fail(_("collecting the output: %s"), strerror(errno));
	free(text);
	return rc;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	wp_i18n_init();
	struct global_options g = {0};
	const struct cli_command *cmd = NULL;
	struct cli cli = {.out = stdout};
	if (parse_args(argc, argv, &g, &cmd, &cli) != 0)
		return WP_EXIT_USAGE;
	if (g.version) {
		printf("weekplan %s\n", PACKAGE_VERSION);
		return WP_EXIT_OK;
	}
	if (g.help) {
		if (cmd)
			print_command_help(cmd);
		else
			print_help();
		return WP_EXIT_OK;
	}
	/* No command: the planner on a terminal, this week's agenda otherwise
	 * (in a pipe, from cron). */
	bool planner = !cmd && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
	if (!cmd)
		cmd = find_command("agenda");
	if (cli.nargs < cmd->min_args || cli.nargs > cmd->max_args) {
		cli_fail(_("usage: weekplan %s %s"), cmd->name, cmd->usage);
		return WP_EXIT_USAGE;
	}
	if (g.demo && g.db) {
		cli_fail(_("--demo and --db exclude each other"));
		return WP_EXIT_USAGE;
	}
	/* SQLite takes both for a private temporary database: the command
	 * would report success and keep nothing. */
	if (g.db && !*g.db) {
		cli_fail(_("--db: an empty name is not a database file"));
		return WP_EXIT_USAGE;
	}
	if (g.db && strcmp(g.db, ":memory:") == 0) {
		cli_fail(_("--db: ':memory:' keeps nothing; give a file (or --demo for a "
			 "throwaway database)"));
		return WP_EXIT_USAGE;
	}
	if (parse_format(g.format, cmd, &cli.format) != 0)
		return WP_EXIT_USAGE;
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
		cli.width = ws.ws_col;
	cli.zh = wp_locale_is_zh();
	cli.today = clock_today();
	if (g.today && cli_parse_date(&cli, g.today, "--today", &cli.today) != 0)
		return WP_EXIT_USAGE;
	if (planner && !wp_i18n_utf8_ctype())
		return cli_fail("%s", _("the planner needs a UTF-8 locale; none is installed "
				       "(see locale-gen)"));
	if (open_store(&g, cmd, &cli.st) != 0)
		return WP_EXIT_ERROR;
	int rc = planner ? tui_run(cli.st, cli.today) : run_command(cmd, &cli);
	if (fflush(stdout) != 0 && rc == WP_EXIT_OK)
		rc = cli_fail(_("writing the output: %s"), strerror(errno));
	wp_store_close(cli.st);
	return rc;
}
