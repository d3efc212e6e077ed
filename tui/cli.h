/* cli.h - the command line: shared context, option parsing, tables.
 *
 * Each subcommand is a function taking the parsed invocation; it prints
 * its result on stdout and returns an exit status. Errors print one line
 * "weekplan: ..." on stderr. */
#ifndef WP_CLI_H
#define WP_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "buf.h"
#include "csv.h"
#include "date.h"
#include "err.h"
#include "query.h"

struct wp_store;

enum {
	WP_EXIT_OK = 0,
	WP_EXIT_ERROR = 1,    /* the command failed: bad input, database trouble */
	WP_EXIT_USAGE = 2,    /* the command line was wrong */
	WP_EXIT_FINDINGS = 3, /* check: the plan has problems */
	WP_EXIT_PENDING = 4,  /* remind: some report is still owed */
	WP_EXIT_CONFLICTS = 5, /* import --update: the user's value kept against the notice's */
};

/* An option a command accepts: "--name" or "--name VALUE". */
struct cli_option {
	const char *name;
	bool has_arg;
	const char *help_arg; /* "N", "DATE" ... */
	const char *help;
};

/* The global --format: for people (text), for programs (tsv: one record
 * a line, no heading) or for spreadsheets (csv: a heading, then one
 * record a row; see csv.h). tsv and csv hold the same facts. */
enum cli_format {
	CLI_FORMAT_TEXT = 0,
	CLI_FORMAT_TSV,
	CLI_FORMAT_CSV,
};

#define CLI_MAX_OPTIONS 12
#define CLI_MAX_ARGS 32 /* group GROUP --add UNIT... takes many */

struct cli {
	struct wp_store *st; /* opened by main before the command runs */
	wp_date today;
	enum cli_format format;
	bool zh;  /* Chinese dates */
	int width; /* columns of the terminal stdout is, 0 in a pipe */
	FILE *out;
	const struct cli_command *cmd; /* the command running */
	/* Set by a command that writes a file format (CSV, iCalendar, JSON)
	 * whose writer escapes what it holds as the format says: its output
	 * is passed on byte for byte instead of through cli_write (which would
	 * show a CSV's CR as text). */
	bool raw_output;
	/* The CSV file being written (--format csv), started by cli_csv. */
	wp_csv csv;
	/* The command's own options, in the order of its option table. */
	const char *opt_value[CLI_MAX_OPTIONS];
	bool opt_set[CLI_MAX_OPTIONS];
	const char *args[CLI_MAX_ARGS];
	int nargs;
};

struct cli_command {
	const char *name;
	const char *usage; /* arguments after the name */
	const char *summary;
	int min_args, max_args;
	const struct cli_option *options; /* NULL-name terminated, may be NULL */
	bool writes;                      /* needs a writable database */
	int (*run)(struct cli *cli);
};

extern const struct cli_command wp_report_commands[];
extern const struct cli_command wp_data_commands[];
extern const struct cli_command wp_export_commands[];
extern const struct cli_command wp_remind_commands[];
extern const struct cli_command wp_clone_commands[];
extern const struct cli_command wp_group_commands[];

/* Prints "weekplan: MESSAGE" on stderr (escaped, see cli_write) and
 * returns WP_EXIT_ERROR. */
int cli_fail(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;
int cli_fail_err(const wp_err *err);

/* Reads an option parsed for the running command, by its name. */
const char *cli_opt(const struct cli *cli, const struct cli_command *cmd, const char *name);
bool cli_flag(const struct cli *cli, const struct cli_command *cmd, const char *name);

/* Parses a date option value; "today" is accepted. */
int cli_parse_date(const struct cli *cli, const char *text, const char *what, wp_date *out);
/* Finds the one unit whose name or alias matches name; a name matching
 * none or several is an error printed here (the several are listed). */
int cli_find_unit(struct cli *cli, const char *name, int64_t *id);
/* An indented "label  value" line (nothing for an empty value), wrapped
 * under itself on a terminal. */
void cli_detail(const struct cli *cli, int indent, const char *label, const char *value);

/* The deadlines command, and the report list it shares with unit
 * (cmd-deadlines.c): the heading record of tsv/csv, then the deadlines
 * under title (text only); unit > 0 marks what that unit owes. */
int cli_run_deadlines(struct cli *cli);
void cli_deadline_header(struct cli *cli);
int cli_print_deadlines(struct cli *cli, const wp_deadline_list *list, const char *title,
			int64_t unit);

/* Parses a whole number in [min, max]. */
int cli_parse_int(const char *text, const char *what, int min, int max, int *out);

/* True when the output is for people: sentences, titles, blank lines.
 * tsv and csv hold records only. */
bool cli_is_text(const struct cli *cli);

/* The CSV writer of a command run with --format csv. The first call
 * starts the file (the byte-order mark) and has the output passed on
 * byte for byte (cli->raw_output): the writer escapes what it writes. */
wp_csv *cli_csv(struct cli *cli);

/* With --format csv, writes the heading record: headings are msgids,
 * translated here (English in the C locale, Chinese under zh_CN). tsv
 * has no heading; in text nothing is written either. */
void cli_header(struct cli *cli, const char *const *headings, size_t n);

/* Writes one record as tsv (cli_tsv_row) or csv (a text field each). */
void cli_record(struct cli *cli, const char *const *fields, size_t n);

/* ---- tables that line up by display width ---------------------------- */

#define TABLE_MAX_COLS 8

struct table {
	int ncols;
	char **cells; /* rows x ncols, owned */
	size_t nrows, cap;
	bool right[TABLE_MAX_COLS];
	/* The headings of the columns as msgids, not owned (string literals);
	 * written as the first record in csv. NULL: no heading. */
	const char *const *header;
};

void table_init(struct table *t, int ncols);
/* Adds a row; cells are copied, NULL is an empty cell. */
void table_row(struct table *t, const char *const *cells);
/* Writes the table on cli->out: text pads columns to their widest cell
 * (the last column is not padded), tsv separates with tabs, csv writes
 * the heading and then the rows (cli_record). */
void table_print(const struct table *t, struct cli *cli);
void table_free(struct table *t);

/* Writes one TSV record: the fields apart by tabs, each escaped
 * (WP_ESCAPE_TSV: \t \n \\ ...) so that no value breaks its row; a NULL
 * field is empty. */
void cli_tsv_row(FILE *out, const char *const *fields, size_t n);

/* Writes text with every forbidden character escaped (WP_ESCAPE_TEXT).
 * A command's output on stdout goes through it as a whole (see main.c);
 * stderr is written through it by cli_fail and the commands. */
void cli_write(FILE *out, const char *text);

#endif
