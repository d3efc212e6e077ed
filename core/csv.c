/* csv.c - CSV for spreadsheets (see csv.h). */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "csv.h"
#include "text.h"

/* The first characters that make a spreadsheet read a cell as a formula
 * (OWASP's list): '=', '+', '-', '@', tab and carriage return (a CR is
 * made visible before this test, so it is here for the list's sake). */
static bool starts_formula(const char *s)
{
	return *s && strchr("=+-@\t\r", *s) != NULL;
}

void wp_csv_put_text(wp_buf *b, const char *text)
{
	if (!text || !*text)
		return;
	/* Forbidden characters made visible first, so that the quoting and
	 * the formula test look at what the file will hold. */
	wp_buf safe = WP_BUF_INIT;
	wp_text_put_escaped(&safe, text, WP_ESCAPE_TEXT);
	const char *s = wp_buf_str(&safe);
	bool quote = strpbrk(s, "\",\r\n") != NULL;
	if (quote)
		wp_buf_putc(b, '"');
	if (starts_formula(s))
		wp_buf_putc(b, '\'');
	for (const char *q; (q = strchr(s, '"')); s = q + 1) {
		wp_buf_append(b, s, (size_t)(q - s));
		wp_buf_puts(b, "\"\"");
	}
	wp_buf_puts(b, s);
	if (quote)
		wp_buf_putc(b, '"');
	wp_buf_free(&safe);
}

void wp_csv_start(wp_csv *csv, FILE *out)
{
	csv->out = out;
	csv->nfields = 0;
	fputs(WP_CSV_BOM, out);
}

static void separate(wp_csv *csv)
{
	if (csv->nfields++)
		fputc(',', csv->out);
}

void wp_csv_text(wp_csv *csv, const char *text)
{
	separate(csv);
	wp_buf field = WP_BUF_INIT;
	wp_csv_put_text(&field, text);
	fputs(wp_buf_str(&field), csv->out);
	wp_buf_free(&field);
}

void wp_csv_int(wp_csv *csv, long long n)
{
	separate(csv);
	fprintf(csv->out, "%lld", n);
}

void wp_csv_end_record(wp_csv *csv)
{
	fputs("\r\n", csv->out);
	csv->nfields = 0;
}

void wp_csv_record(wp_csv *csv, const char *const *fields, size_t n)
{
	for (size_t i = 0; i < n; i++)
		wp_csv_text(csv, fields[i]);
	wp_csv_end_record(csv);
}
