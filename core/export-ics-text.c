/* export-ics-text.c - the text of the iCalendar export (see
 * export-ics-text.h). */
#include "config.h"

#include "export-ics-text.h"

#include <string.h>

#include "text.h"

void wp_ics_put_clean(wp_buf *b, const char *s, bool multi_line)
{
	if (!s)
		return;
	/* WP_ESCAPE_TEXT leaves only newline and tab of the forbidden
	 * characters and replaces bytes that are not UTF-8. */
	wp_buf safe = WP_BUF_INIT;
	wp_text_put_escaped(&safe, s, WP_ESCAPE_TEXT);
	for (const char *p = wp_buf_str(&safe); *p; p++) {
		char c = *p;
		if (c == '\t' || (c == '\n' && !multi_line))
			c = ' ';
		wp_buf_putc(b, c);
	}
	wp_buf_free(&safe);
}

char *wp_ics_clean(const char *s, bool multi_line)
{
	wp_buf b = WP_BUF_INIT;
	wp_ics_put_clean(&b, s, multi_line);
	wp_buf_puts(&b, "");
	return wp_buf_take(&b);
}

char *wp_ics_x_value(const char *s)
{
	wp_buf clean = WP_BUF_INIT, out = WP_BUF_INIT;
	wp_ics_put_clean(&clean, s, true);
	for (const char *p = wp_buf_str(&clean); *p; p++) {
		if (*p == ',')
			wp_buf_puts(&out, "，");
		else if (*p == ';')
			wp_buf_puts(&out, "；");
		else
			wp_buf_putc(&out, *p);
	}
	wp_buf_puts(&out, "");
	wp_buf_free(&clean);
	return wp_buf_take(&out);
}

void wp_ics_put_label(wp_buf *b, const char *label)
{
	wp_buf_puts(b, label);
	size_t n = strlen(label);
	if (n && (unsigned char)label[n - 1] < 0x80)
		wp_buf_putc(b, ' ');
}

void wp_ics_put_names(wp_buf *b, const char *label, const wp_names *names)
{
	if (!names || names->n == 0)
		return;
	if (b->len)
		wp_buf_putc(b, '\n');
	wp_ics_put_label(b, label);
	for (size_t i = 0; i < names->n; i++) {
		if (i)
			wp_buf_puts(b, "、");
		wp_ics_put_clean(b, names->v[i], false);
	}
}

void wp_ics_put_number(wp_buf *b, const char *number)
{
	wp_ics_put_clean(b, number, false);
	size_t n = strlen(number);
	unsigned char last = (unsigned char)number[n - 1];
	if ((last >= '0' && last <= '9') || (last >= 'A' && last <= 'Z') ||
	    (last >= 'a' && last <= 'z'))
		wp_buf_puts(b, ". ");
	else if (last >= 0x80 && !(n >= 3 && (strcmp(number + n - 3, "、") == 0 ||
					      strcmp(number + n - 3, "）") == 0 ||
					      strcmp(number + n - 3, "．") == 0)))
		wp_buf_puts(b, "、");
	else if (last == ')' || last == '.')
		wp_buf_putc(b, ' ');
}

bool wp_ics_parse_hhmm(const char *s, int *minutes)
{
	if (!s || strlen(s) != 5 || s[2] != ':')
		return false;
	for (int i = 0; i < 5; i++)
		if (i != 2 && (s[i] < '0' || s[i] > '9'))
			return false;
	int h = (s[0] - '0') * 10 + (s[1] - '0');
	int m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 23 || m > 59)
		return false;
	*minutes = h * 60 + m;
	return true;
}
