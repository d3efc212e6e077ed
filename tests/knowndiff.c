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

/* The lines of a list sorted (equal lines in the order listed), so that
 * a line is looked up in log time: the lists hold ten thousand lines. */
typedef struct {
	const diff_lines *l;
	size_t *order; /* indexes into l, sorted by line then index */
} sorted_lines;

static const diff_lines *sorting; /* qsort's comparator has no context */

static int by_line(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int c = strcmp(sorting->lines[i], sorting->lines[j]);
	return c ? c : (i > j) - (i < j);
}

static sorted_lines sort_lines(const diff_lines *l)
{
	sorted_lines s = {l, malloc((l->n + 1) * sizeof *s.order)};
	for (size_t i = 0; i < l->n; i++)
		s.order[i] = i;
	sorting = l;
	qsort(s.order, l->n, sizeof *s.order, by_line);
	return s;
}

/* Marks in used the first unused line of the list equal to line; false
 * if none. */
static bool take(const sorted_lines *s, bool *used, const char *line)
{
	size_t lo = 0, hi = s->l->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(s->l->lines[s->order[mid]], line) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t k = lo; k < s->l->n && strcmp(s->l->lines[s->order[k]], line) == 0; k++)
		if (!used[s->order[k]])
			return used[s->order[k]] = true;
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
	sorted_lines sorted = sort_lines(known);
	int changed = 0;
	for (size_t i = 0; i < now->n; i++) {
		if (!take(&sorted, used, now->lines[i])) {
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
	free(sorted.order);
	free(used);
	return changed;
}

void diff_lines_keep(diff_lines *l, bool (*keep)(const char *line, void *data), void *data)
{
	size_t kept = 0;
	for (size_t i = 0; i < l->n; i++) {
		if (keep(l->lines[i], data)) {
			l->lines[kept] = l->lines[i];
			l->at[kept++] = l->at[i];
		} else {
			free(l->lines[i]);
		}
	}
	l->n = kept;
}

void diff_lines_free(diff_lines *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->lines[i]);
	free(l->lines);
	free(l->at);
	*l = (diff_lines){0};
}
