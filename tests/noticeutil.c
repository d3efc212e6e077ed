/* noticeutil.c - what the notice tests share: reading a fixture, and
 * fields of the plan read as text to compare. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notice-reader.h"
#include "notice-text.h"
#include "noticeutil.h"

char *slurp(const char *rel, size_t *len)
{
	const char *top = getenv("top_srcdir");
	char path[1024];
	snprintf(path, sizeof path, "%s/%s", top ? top : ".", rel);
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	wp_buf b = WP_BUF_INIT;
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		wp_buf_append(&b, chunk, n);
	fclose(f);
	*len = b.len;
	return wp_buf_take(&b);
}

char *read_notice(const char *rel, wp_notice_report *report)
{
	size_t len;
	char *bytes = slurp(rel, &len);
	wp_err err;
	char *plan = wp_notice_read(bytes, len, report, &err);
	ck_assert_msg(plan != NULL, "%s: %s", rel, err.msg);
	free(bytes);
	return plan;
}

const char *field(json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

/* The names in a unit list, joined with 、 (a static buffer). */
const char *names(json_t *obj, const char *key)
{
	static char out[512];
	size_t i, used = 0;
	json_t *v;
	out[0] = '\0';
	json_array_foreach(json_object_get(obj, key), i, v) used += (size_t)snprintf(
		out + used, sizeof out - used, "%s%s", i ? "、" : "", json_string_value(v));
	return out;
}

/* An activity in one line: no|title|start|end|time|place|lead|cooperate. */
json_t *plan_activity(json_t *plan, size_t i)
{
	return json_array_get(json_object_get(plan, "activities"), i);
}

size_t plan_count(json_t *plan, const char *key)
{
	return json_array_size(json_object_get(plan, key));
}

const char *activity_line(json_t *a)
{
	static char out[1024];
	char lead[512];
	snprintf(lead, sizeof lead, "%s", names(a, "lead"));
	snprintf(out, sizeof out, "%s|%s|%s|%s|%s|%s|%s|%s", field(a, "no") ? field(a, "no") : "-", field(a, "title"),
		 field(a, "start") ? field(a, "start") : "-", field(a, "end") ? field(a, "end") : "-",
		 field(a, "time") ? field(a, "time") : "-",
		 field(a, "location") ? field(a, "location") : "-", lead, names(a, "cooperate"));
	return out;
}

void expect_activities(const char *rel, const char *const *want, size_t n)
{
	wp_notice_report report;
	json_t *plan = read_plan(rel, &report);
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_msg(json_array_size(acts) == n, "%s: %zu activities, want %zu", rel,
		      json_array_size(acts), n);
	for (size_t i = 0; i < n; i++)
		ck_assert_str_eq(activity_line(json_array_get(acts, i)), want[i]);
	json_decref(plan);
	wp_notice_report_free(&report);
}

/* A deadline in one line: what|rule|due|who|submit_to. */
const char *deadline_line(json_t *dl)
{
	static char out[1024];
	char who[512];
	snprintf(who, sizeof who, "%s", names(dl, "who"));
	snprintf(out, sizeof out, "%s|%s|%s|%s|%s", field(dl, "what"), field(dl, "rule"),
		 field(dl, "due") ? field(dl, "due") : "-", who,
		 field(dl, "submit_to") ? field(dl, "submit_to") : "-");
	return out;
}

char *text_with(const char *text, const char *old, const char *new_text)
{
	const char *at = strstr(text, old);
	ck_assert_msg(at != NULL, "'%s' is not in the text", old);
	wp_buf b = WP_BUF_INIT;
	wp_buf_append(&b, text, (size_t)(at - text));
	wp_buf_puts(&b, new_text);
	wp_buf_puts(&b, at + strlen(old));
	return wp_buf_take(&b);
}

json_t *read_plan(const char *rel, wp_notice_report *report)
{
	char *text = read_notice(rel, report);
	json_error_t jerr;
	json_t *plan = json_loads(text, 0, &jerr);
	ck_assert_msg(plan != NULL, "%s: the plan read is not JSON: %s", rel, jerr.text);
	free(text);
	return plan;
}

const char *notice_paragraphs(const char *text)
{
	static char out[8192];
	wp_ntext t;
	wp_err err;
	ck_assert_msg(wp_ntext_decode(text, strlen(text), &t, &err) == 0, "%s", err.msg);
	out[0] = '\0';
	for (size_t i = 0; i < t.n; i++) {
		strncat(out, i ? " | " : "", sizeof out - strlen(out) - 1);
		strncat(out, t.para[i], sizeof out - strlen(out) - 1);
	}
	wp_ntext_free(&t);
	return out;
}

json_t *plan_from_text(const char *text)
{
	wp_notice_report report;
	wp_err err;
	char *plan = wp_notice_read_hinted(text, strlen(text), NULL, &report, &err);
	ck_assert_msg(plan != NULL, "refused: %s", err.msg);
	json_t *root = json_loads(plan, 0, NULL);
	ck_assert_ptr_nonnull(root);
	free(plan);
	wp_notice_report_free(&report);
	return root;
}

const char *contact_line_at(json_t *plan, size_t i)
{
	static char out[512];
	json_t *c = json_array_get(json_object_get(plan, "contacts"), i);
	snprintf(out, sizeof out, "%s|%s|%s", field(c, "name") ? field(c, "name") : "-",
		 field(c, "phone") ? field(c, "phone") : "-", field(c, "email") ? field(c, "email") : "-");
	return out;
}

const char *deadline_line_at(json_t *plan, size_t i)
{
	return deadline_line(json_array_get(json_object_get(plan, "deadlines"), i));
}

json_t *read_plan_text(const char *text, wp_notice_report *report)
{
	wp_err err;
	char *json = wp_notice_read(text, strlen(text), report, &err);
	ck_assert_msg(json != NULL, "refused: %s", err.msg);
	json_t *plan = json_loads(json, 0, NULL);
	free(json);
	ck_assert_ptr_nonnull(plan);
	return plan;
}

bool report_says(const wp_notice_report *report, const char *words)
{
	for (size_t i = 0; i < report->n; i++)
		if (strstr(report->lines[i], words))
			return true;
	return false;
}

void reader_of(const char *text, struct reader *r)
{
	wp_err err;
	memset(r, 0, sizeof *r);
	r->budget = SIZE_MAX / 2;
	ck_assert_msg(wp_ntext_decode(text, strlen(text), &r->t, &err) == 0, "%s", err.msg);
}
