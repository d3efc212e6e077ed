#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "cli.h"
#include "i18n.h"
#include "text.h"
#include "unit.h"

int cli_fail(const char *fmt, ...)
{
	va_list ap, again;
	va_start(ap, fmt);
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	size_t size = n > 0 ? (size_t)n + 1 : 1;
	char *msg = wp_xmalloc(size);
	vsnprintf(msg, size, fmt, again);
	va_end(again);
	/* The message may quote stored text or an argument: escaped. */
	wp_buf line = WP_BUF_INIT;
	wp_buf_printf(&line, "weekplan: %s\n", n > 0 ? msg : "");
	cli_write(stderr, wp_buf_str(&line));
	wp_buf_free(&line);
	free(msg);
	return WP_EXIT_ERROR;
}

void cli_write(FILE *out, const char *text)
{
	wp_buf safe = WP_BUF_INIT;
	wp_text_put_escaped(&safe, text, WP_ESCAPE_TEXT);
	fputs(wp_buf_str(&safe), out);
	wp_buf_free(&safe);
}

int cli_fail_err(const wp_err *err)
{
	return cli_fail("%s", err->msg);
}

static int option_index(const struct cli_command *cmd, const char *name)
{
	for (int i = 0; cmd->options && cmd->options[i].name; i++)
		if (strcmp(cmd->options[i].name, name) == 0)
			return i;
	return -1;
}

const char *cli_opt(const struct cli *cli, const struct cli_command *cmd, const char *name)
{
	int i = option_index(cmd, name);
	return i >= 0 && cli->opt_set[i] ? cli->opt_value[i] : NULL;
}

bool cli_flag(const struct cli *cli, const struct cli_command *cmd, const char *name)
{
	int i = option_index(cmd, name);
	return i >= 0 && cli->opt_set[i];
}

int cli_parse_date(const struct cli *cli, const char *text, const char *what, wp_date *out)
{
	wp_err err;
	if (strcmp(text, "today") == 0) {
		*out = cli->today;
		return 0;
	}
	if (wp_date_parse(text, out, &err) != 0)
		return cli_fail("%s: %s", what, err.msg);
	return 0;
}

int cli_parse_int(const char *text, const char *what, int min, int max, int *out)
{
	char *end;
	errno = 0;
	long v = strtol(text, &end, 10);
	if (errno || end == text || *end || v < min || v > max)
		return cli_fail(_("%s: '%s' is not a whole number from %d to %d"), what, text,
				min, max);
	*out = (int)v;
	return 0;
}

void table_init(struct table *t, int ncols)
{
	memset(t, 0, sizeof *t);
	t->ncols = ncols;
}

void table_row(struct table *t, const char *const *cells)
{
	if (t->nrows == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->cells = wp_xrealloc(t->cells, t->cap * (size_t)t->ncols * sizeof *t->cells);
	}
	for (int c = 0; c < t->ncols; c++)
		t->cells[t->nrows * (size_t)t->ncols + (size_t)c] =
			wp_xstrdup(cells[c] ? cells[c] : "");
	t->nrows++;
}

void cli_tsv_row(FILE *out, const char *const *fields, size_t n)
{
	wp_buf line = WP_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (i)
			wp_buf_putc(&line, '\t');
		wp_text_put_escaped(&line, fields[i] ? fields[i] : "", WP_ESCAPE_TSV);
	}
	fprintf(out, "%s\n", wp_buf_str(&line));
	wp_buf_free(&line);
}

bool cli_is_text(const struct cli *cli)
{
	return cli->format == CLI_FORMAT_TEXT;
}

wp_csv *cli_csv(struct cli *cli)
{
	if (!cli->csv.out) {
		wp_csv_start(&cli->csv, cli->out);
		cli->raw_output = true;
	}
	return &cli->csv;
}

void cli_header(struct cli *cli, const char *const *headings, size_t n)
{
	if (cli->format != CLI_FORMAT_CSV)
		return;
	wp_csv *csv = cli_csv(cli);
	for (size_t i = 0; i < n; i++)
		wp_csv_text(csv, _(headings[i]));
	wp_csv_end_record(csv);
}

void cli_record(struct cli *cli, const char *const *fields, size_t n)
{
	if (cli->format == CLI_FORMAT_CSV)
		wp_csv_record(cli_csv(cli), fields, n);
	else
		cli_tsv_row(cli->out, fields, n);
}

void table_print(const struct table *t, struct cli *cli)
{
	FILE *out = cli->out;
	if (!cli_is_text(cli)) {
		if (t->header)
			cli_header(cli, t->header, (size_t)t->ncols);
		for (size_t r = 0; r < t->nrows; r++)
			cli_record(cli, (const char *const *)&t->cells[r * (size_t)t->ncols],
				   (size_t)t->ncols);
		return;
	}
	int width[TABLE_MAX_COLS] = {0};
	for (size_t r = 0; r < t->nrows; r++)
		for (int c = 0; c < t->ncols; c++) {
			int w = wp_text_width(t->cells[r * (size_t)t->ncols + (size_t)c]);
			if (w > width[c])
				width[c] = w;
		}
	wp_buf line = WP_BUF_INIT;
	for (size_t r = 0; r < t->nrows; r++) {
		char *const *row = &t->cells[r * (size_t)t->ncols];
		wp_buf_reset(&line);
		for (int c = 0; c < t->ncols; c++) {
			char *cell = row[c];
			if (c)
				wp_buf_puts(&line, "  ");
			int w = wp_text_width(cell);
			if (t->right[c])
				wp_buf_spaces(&line, width[c] - w);
			wp_buf_puts(&line, cell);
			if (!t->right[c] && c + 1 < t->ncols)
				wp_buf_spaces(&line, width[c] - w);
		}
		/* Trailing blanks would only make golden files fragile. */
		while (line.len && line.data[line.len - 1] == ' ')
			line.data[--line.len] = '\0';
		fprintf(out, "%s\n", wp_buf_str(&line));
	}
	wp_buf_free(&line);
}

void table_free(struct table *t)
{
	for (size_t i = 0; i < t->nrows * (size_t)t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	memset(t, 0, sizeof *t);
}

int cli_find_unit(struct cli *cli, const char *name, int64_t *id)
{
	wp_unit_ref refs[6];
	wp_err err;
	int n = wp_unit_find_spec(cli->st, name, refs, 6, &err);
	if (n < 0)
		return cli_fail_err(&err);
	if (n == 0)
		return cli_fail(_("no unit matches '%s'"), name);
	if (n > 1) {
		wp_buf list = WP_BUF_INIT;
		for (int i = 0; i < n && i < 6; i++)
			wp_buf_printf(&list, "%s%s (%s)", i ? "; " : "", refs[i].name,
				      refs[i].region);
		cli_fail(_("'%s' matches %d units: %s%s (name one as NAME (REGION))"), name, n,
			 wp_buf_str(&list), n > 6 ? "; ..." : "");
		wp_buf_free(&list);
		wp_unit_refs_free(refs, n < 6 ? n : 6);
		return WP_EXIT_ERROR;
	}
	*id = refs[0].id;
	wp_unit_refs_free(refs, 1);
	return 0;
}

/* An indented "label  value" line; labels are padded by display width so
 * translated (double-width) labels line up too. On a terminal (cli->width
 * > 0) a long value wraps under itself instead of at the terminal's edge. */
void cli_detail(const struct cli *cli, int indent, const char *label, const char *value)
{
	if (!value || !*value)
		return;
	wp_buf b = WP_BUF_INIT;
	wp_buf_spaces(&b, indent);
	wp_text_put_padded(&b, label, 5);
	wp_buf_putc(&b, ' ');
	int hang = indent + 6, room = cli->width - hang;
	const char *p = value;
	while (room >= 20 && wp_text_width(p) > room) {
		size_t n = wp_text_prefix_bytes(p, room);
		if (n == 0)
			break;
		wp_buf_append(&b, p, n);
		wp_buf_putc(&b, '\n');
		wp_buf_spaces(&b, hang);
		p += n;
	}
	wp_buf_puts(&b, p);
	fprintf(cli->out, "%s\n", wp_buf_str(&b));
	wp_buf_free(&b);
}

