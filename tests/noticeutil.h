/* noticeutil.h - helpers of the notice reader's tests (check_notice,
 * check_genre). Paths are relative to the source tree ($top_srcdir). */
#ifndef WP_TESTS_NOTICEUTIL_H
#define WP_TESTS_NOTICEUTIL_H

#include <check.h>
#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "notice.h"

/* A fixture's bytes (caller frees); the test fails if it cannot be read. */
char *slurp(const char *rel, size_t *len);
/* The plan read from a fixture (caller frees); the test fails if refused. */
char *read_notice(const char *rel, wp_notice_report *report);
/* The plan read from a fixture, parsed (caller json_decrefs it). */
json_t *read_plan(const char *rel, wp_notice_report *report);
/* The plan read from a small text (caller json_decrefs it); the test
 * fails if the text is refused. */
json_t *plan_from_text(const char *text);
/* text with its first old replaced by new (caller frees); the test fails
 * if text has no old. */
char *text_with(const char *text, const char *old, const char *new_text);
/* The paragraphs the cleaning step cuts text into, joined with " | "
 * (a static buffer, one at a time). */
const char *notice_paragraphs(const char *text);
/* obj[key] as a string, or NULL. */
const char *field(json_t *obj, const char *key);
/* The names in obj[key] joined with 、 (a static buffer, one at a time). */
const char *names(json_t *obj, const char *key);
/* no|title|start|end|time|place|lead|cooperate (a static buffer). */
const char *activity_line(json_t *a);
/* The plan's activity i (borrowed), or NULL. */
json_t *plan_activity(json_t *plan, size_t i);
/* How many entries the plan's list key holds. */
size_t plan_count(json_t *plan, const char *key);
/* what|rule|due|who|submit_to (a static buffer). */
const char *deadline_line(json_t *dl);
/* name|phone|email of plan's contact i, - for what it lacks (a static
 * buffer). */
const char *contact_line_at(json_t *plan, size_t i);
/* The line of plan's deadline i (deadline_line of deadlines[i]). */
const char *deadline_line_at(json_t *plan, size_t i);
/* The fixture's activities are, line by line, want[0..n). */
void expect_activities(const char *rel, const char *const *want, size_t n);
/* The plan read from text, its uncertainties into report (the caller
 * frees both; a refusal fails the test). */
json_t *read_plan_text(const char *text, wp_notice_report *report);
struct reader;
/* r set to read text, its budget ample (free with wp_ntext_free); the
 * test fails if text cannot be decoded. */
void reader_of(const char *text, struct reader *r);
/* Does a line of report hold words? */
bool report_says(const wp_notice_report *report, const char *words);

#endif
