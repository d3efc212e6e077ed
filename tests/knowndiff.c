/* knowndiff.c - the known-differences list of the accuracy test: lines
 * compared as a multiset, so each listed difference must occur once for
 * each time it is listed. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "knowndiff.h"

static void push(diff_lines *l, char *line, size_t at)
{
	l->lines = realloc(l->lines, (l->n + 1) * sizeof *l->lines);
	l->at = realloc(l->at, (l->n + 1) * sizeof *l->at);
	l->lines[l->n] = line;
	l->at[l->n++] = at;
}

static void put_escaped(wp_buf *b, const char *s)
{
	for (; *s; s++) {
		const char *esc = *s == '\t' ? "\\t" : *s == '\n' ? "\\n" : *s == '\r' ? "\\r"
					   : *s == '\\' ? "\\\\" : NULL;
		if (esc)
			wp_buf_puts(b, esc);
		else
			wp_buf_append(b, s, 1);
	}
}

void diff_lines_add_fields(diff_lines *l, const char *const *fields, size_t n)
{
	wp_buf b = WP_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (i)
			wp_buf_puts(&b, "\t");
		put_escaped(&b, *fields[i] ? fields[i] : "\"\""); /* no trailing tab */
	}
	push(l, wp_buf_take(&b), 0);
}

void diff_lines_add(diff_lines *l, const char *notice, const char *key, const char *want,
		    const char *got)
{
	const char *fields[] = {notice, key, want, got};
	diff_lines_add_fields(l, fields, 4);
}

void diff_lines_load(diff_lines *l, const char *file)
{
	FILE *f = fopen(file, "r");
	ck_assert_msg(f != NULL, "cannot read %s", file);
	char *line = NULL;
	size_t cap = 0, at = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) >= 0) {
		at++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len > 0 && line[0] != '#')
			push(l, strdup(line), at);
	}
	free(line);
	fclose(f);
}

void diff_lines_write(const diff_lines *l, const char *file, const char *header)
{
	FILE *f = fopen(file, "w");
	ck_assert_msg(f != NULL, "cannot write %s", file);
	fputs(header, f);
	for (size_t i = 0; i < l->n; i++)
		fprintf(f, "%s\n", l->lines[i]);
	ck_assert_msg(fclose(f) == 0, "cannot write %s", file);
}

/* Marks in used the first unused line of l equal to line; false if none. */
static bool take(const diff_lines *l, bool *used, const char *line)
{
	for (size_t i = 0; i < l->n; i++)
		if (!used[i] && strcmp(l->lines[i], line) == 0)
			return used[i] = true;
	return false;
}

static void title(FILE *out, int *changed, const char *file)
{
	if (!(*changed)++)
		fprintf(out, "Differences from %s (+ not listed; - listed at line N, no longer "
		       "occurs: delete that line):\n",
		       file);
}

int diff_lines_compare(const diff_lines *known, const diff_lines *now, const char *file,
		       FILE *out)
{
	bool *used = calloc(known->n + 1, sizeof *used);
	int changed = 0;
	for (size_t i = 0; i < now->n; i++) {
		if (!take(known, used, now->lines[i])) {
			title(out, &changed, file);
			fprintf(out, "+ %s\n", now->lines[i]);
		}
	}
	for (size_t i = 0; i < known->n; i++) {
		if (!used[i]) {
			title(out, &changed, file);
			fprintf(out, "- line %zu: %s\n", known->at[i], known->lines[i]);
		}
	}
	free(used);
	return changed;
}

void diff_lines_free(diff_lines *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->lines[i]);
	free(l->lines);
	free(l->at);
	*l = (diff_lines){0};
}
