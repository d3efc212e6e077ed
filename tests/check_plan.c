#include "config.h"

#include <sys/wait.h>

#include "campaign.h"
#include "deadline.h"
#include "edit.h"
#include "embedded.h"
#include "model.h"
#include "plan-draft.h"
#include "plan.h"
#include "testutil.h"
#include "text.h"

static wp_store *st;

static void setup(void)
{
	st = open_memory();
}

static void teardown(void)
{
	wp_store_close(st);
}

/* A small complete plan; tests derive broken ones from it. */
static const char base_plan[] =
	"{\"weekplan_plan\": 1, \"title\": \"测试方案\", \"region\": \"测试县\",\n"
	" \"organizer\": \"县市场监管局\", \"issued_on\": \"2026-04-01\",\n"
	" \"period\": {\"start\": \"2026-04-20\", \"end\": \"2026-04-26\"},\n"
	" \"units\": [{\"name\": \"县市场监管局\", \"aliases\": [\"县市场监督管理局\"]}],\n"
	" \"activities\": [\n"
	"  {\"no\": \"一\", \"title\": \"启动仪式\", \"start\": \"2026-04-20\", \"time\": \"09:00\",\n"
	"   \"lead\": [\"县市场监督管理局\"], \"cooperate\": [\"县公安局\"]},\n"
	"  {\"no\": \"二\", \"title\": \"培训\", \"start\": \"2026-04-21\", \"end\": \"2026-04-22\",\n"
	"   \"lead\": [\"县公安局\"]}],\n"
	" \"committee\": {\"chair\": [\"县市场监管局\"], \"members\": [\"县公安局\"]},\n"
	" \"deadlines\": [{\"what\": \"报送总结\", \"relative\": {\"offset\": 2, \"unit\": "
	"\"workdays\", \"anchor\": \"campaign_end\"}, \"who\": [\"县公安局\"], "
	"\"submitted\": {\"县公安局\": \"2026-04-27\"}}],\n"
	" \"contacts\": [{\"name\": \"张三\", \"phone\": \"123\", \"activity\": \"一\"}]}\n";

static int import(const char *text, wp_err *err)
{
	return wp_plan_import(st, text, strlen(text), 0, NULL, err);
}

/* base_plan with the first occurrence of from replaced by to. */
static char *variant(const char *from, const char *to)
{
	const char *at = strstr(base_plan, from);
	ck_assert_msg(at != NULL, "fixture lacks %s", from);
	wp_buf b = WP_BUF_INIT;
	wp_buf_append(&b, base_plan, (size_t)(at - base_plan));
	wp_buf_puts(&b, to);
	wp_buf_puts(&b, at + strlen(from));
	return wp_buf_take(&b);
}

static void assert_nothing_stored(void)
{
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign"), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM unit"), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity"), 0);
}

/* Imports a broken variant and checks it is refused with a message
 * containing expect and leaves the database empty. */
static void assert_refused(const char *from, const char *to, const char *expect)
{
	char *text = variant(from, to);
	wp_err err = {{0}};
	ck_assert_int_eq(import(text, &err), -1);
	ck_assert_msg(strstr(err.msg, expect) != NULL, "message '%s' lacks '%s'", err.msg, expect);
	assert_nothing_stored();
	free(text);
}

START_TEST(every_bundled_plan_exports_back_to_the_same_bytes)
{
	for (int i = 0; i < wp_embedded_plan_count; i++) {
		const char *text = wp_embedded_plans[i].text;
		int64_t id;
		wp_err err;
		ck_assert_msg(wp_plan_import(st, text, strlen(text), 0, &id, &err) == 0, "%s: %s",
			      wp_embedded_plans[i].name, err.msg);
		char *out = wp_plan_export(st, id, &err);
		ck_assert_ptr_nonnull(out);
		ck_assert_msg(strcmp(out, text) == 0, "%s does not round-trip",
			      wp_embedded_plans[i].name);
		free(out);
	}
}
END_TEST

START_TEST(a_plan_round_trips_through_a_second_database)
{
	int64_t id;
	wp_err err;
	ck_assert_int_eq(wp_plan_import(st, base_plan, strlen(base_plan), 0, &id, &err), 0);
	char *first = wp_plan_export(st, id, &err);
	wp_store *other = open_memory();
	ck_assert_int_eq(wp_plan_import(other, first, strlen(first), 0, &id, &err), 0);
	char *second = wp_plan_export(other, id, &err);
	ck_assert_str_eq(first, second);
	/* What was given survives: alias, status, relative rule, contact link. */
	ck_assert_ptr_nonnull(strstr(first, "\"县市场监督管理局\""));
	ck_assert_ptr_nonnull(strstr(first, "\"县公安局\": \"2026-04-27\""));
	ck_assert_ptr_nonnull(strstr(first, "\"anchor\": \"campaign_end\""));
	ck_assert_ptr_nonnull(strstr(first, "\"activity\": \"一\""));
	free(first);
	free(second);
	wp_store_close(other);
}
END_TEST

/* A day's schedule or a plan in prose numbers nothing: an activity may
 * come without a number (absent or null), any number of them, and it
 * exports as null, not as a made-up number or an empty one. A deadline
 * still names a numbered one. */
START_TEST(activities_without_a_number_are_kept_without_one)
{
	char *text = variant("{\"no\": \"二\", \"title\": \"培训\"",
			     "{\"title\": \"升旗仪式\", \"start\": \"2026-04-20\"},\n"
			     "  {\"no\": null, \"title\": \"升旗仪式\", \"start\": \"2026-04-21\"},\n"
			     "  {\"no\": null, \"title\": \"培训\"");
	int64_t id;
	wp_err err = {{0}};
	ck_assert_msg(wp_plan_import(st, text, strlen(text), 0, &id, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity WHERE number = ''"), 3);
	char *out = wp_plan_export(st, id, &err);
	ck_assert_ptr_nonnull(out);
	ck_assert_ptr_nonnull(strstr(out, "\"no\": null,\n      \"title\": \"升旗仪式\""));
	ck_assert_ptr_null(strstr(out, "\"no\": \"\""));
	ck_assert_ptr_nonnull(strstr(out, "\"activity\": \"一\""));
	/* and reads back the same through a second database */
	wp_store *other = open_memory();
	ck_assert_msg(wp_plan_import(other, out, strlen(out), 0, &id, &err) == 0, "%s", err.msg);
	char *again = wp_plan_export(other, id, &err);
	ck_assert_str_eq(out, again);
	free(again);
	wp_store_close(other);
	free(out);
	free(text);
}
END_TEST

/* "no" given must still be text: a number is no number. */
START_TEST(an_activity_number_that_is_not_text_is_refused)
{
	assert_refused("\"no\": \"二\"", "\"no\": 2", "'no' must be a string");
}
END_TEST

/* A committee's vice-chairs (副主任单位) are kept in their order, between
 * the chair and the members, and survive a second import. */
START_TEST(a_committee_with_vice_chairs_round_trips)
{
	char *text = variant("\"members\": [\"县公安局\"]",
			     "\"vice_chair\": [\"县教育局\", \"县公安局\"], "
			     "\"members\": [\"县司法局\"]");
	int64_t id;
	wp_err err;
	ck_assert_msg(wp_plan_import(st, text, strlen(text), 0, &id, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM committee_member WHERE role = 'vice_chair'"),
			 2);
	char *first = wp_plan_export(st, id, &err);
	ck_assert_ptr_nonnull(first);
	const char *chair = strstr(first, "\"chair\": [");
	const char *vice = strstr(first, "\"vice_chair\": [\n      \"县教育局\",\n      \"县公安局\"\n    ]");
	const char *members = strstr(first, "\"members\": [\n      \"县司法局\"");
	const char *office = strstr(first, "\"office\": []");
	ck_assert_msg(chair && vice && members && office, "%s", first);
	ck_assert(chair < vice && vice < members && members < office);
	wp_store *other = open_memory();
	ck_assert_int_eq(wp_plan_import(other, first, strlen(first), 0, &id, &err), 0);
	char *second = wp_plan_export(other, id, &err);
	ck_assert_str_eq(first, second);
	free(second);
	wp_store_close(other);
	free(first);
	free(text);
}
END_TEST

/* Without vice-chairs the key is still written, empty, like the others. */
START_TEST(a_committee_without_vice_chairs_exports_an_empty_list)
{
	int64_t id;
	wp_err err;
	ck_assert_int_eq(wp_plan_import(st, base_plan, strlen(base_plan), 0, &id, &err), 0);
	char *out = wp_plan_export(st, id, &err);
	ck_assert_ptr_nonnull(out);
	ck_assert_msg(strstr(out, "\"vice_chair\": [],\n    \"members\"") != NULL, "%s", out);
	free(out);
}
END_TEST

START_TEST(an_alias_resolves_to_one_unit)
{
	wp_err err;
	ck_assert_int_eq(import(base_plan, &err), 0);
	/* The lead was written with the alias: it is the organizer's unit. */
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM unit"), 2);
	ck_assert_int_eq(sql_int(st, "SELECT s.unit_id = c.organizer_id FROM assignment s, campaign c "
				     "WHERE s.role = 'lead' AND s.activity_id = "
				     "(SELECT id FROM activity WHERE number = '一')"),
			 1);
}
END_TEST

START_TEST(relative_deadlines_are_resolved_on_import)
{
	wp_err err;
	ck_assert_int_eq(import(base_plan, &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT due_date = '2026-04-28' FROM deadline"), 1);
}
END_TEST

START_TEST(malformed_and_truncated_json_is_refused)
{
	wp_err err;
	ck_assert_int_eq(wp_plan_import(st, base_plan, strlen(base_plan) / 2, 0, NULL, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "line "));
	ck_assert_int_eq(import("[1, 2]", &err), -1);
	ck_assert_str_eq(err.msg, "not a weekplan plan (expected a JSON object)");
	ck_assert_int_eq(import("{\"title\": \"x\"}", &err), -1);
	ck_assert_str_eq(err.msg, "not a weekplan plan (no \"weekplan_plan\" version)");
	ck_assert_int_eq(import("", &err), -1);
	assert_nothing_stored();
}
END_TEST

START_TEST(bad_values_are_refused_with_their_place_and_nothing_is_stored)
{
	assert_refused("\"2026-04-21\"", "\"2026-02-30\"", "activity 2 (二): 'start': invalid date");
	assert_refused("\"end\": \"2026-04-26\"", "\"end\": \"2026-04-19\"", "period: end is before start");
	assert_refused("\"09:00\"", "\"25:00\"", "not a time HH:MM");
	assert_refused("\"title\": \"培训\"", "\"title\": \"培\\u0007训\"", "control character");
	assert_refused("\"title\": \"培训\"", "\"title\": \"\"", "'title' is empty");
	assert_refused("\"phone\": \"123\"", "\"phone\": 123", "contact 1: 'phone' must be a string");
	assert_refused("\"offset\": 2", "\"offset\": 9999", "'offset' must be a whole number");
	assert_refused("\"workdays\"", "\"weeks\"", "'unit' must be \"days\" or \"workdays\"");
	assert_refused("\"activity\": \"一\"", "\"activity\": \"九\"", "no activity numbered '九'");
	assert_refused("\"lead\": [\"县公安局\"]", "\"lead\": [\"县公安局\"], \"owner\": 1",
		       "unknown key 'owner'");
	assert_refused("\"cooperate\": [\"县公安局\"]", "\"cooperate\": [\"县市场监管局\"]",
		       "is listed twice");
	/* in a committee role too, by any of its names: named, not a raw
	 * constraint of the database */
	assert_refused("\"members\": [\"县公安局\"]}",
		       "\"members\": [\"县公安局\"], \"office\": [\"县市场监管局\", \"县市场监督管理局\"]}",
		       "committee: office: unit '县市场监督管理局' is listed twice");
	assert_refused("\"weekplan_plan\": 1", "\"weekplan_plan\": 2", "version 2 is not supported");
	assert_refused("\"县公安局\": \"2026-04-27\"", "\"县法院\": \"2026-04-27\"",
		       "'submitted' names '县法院'");
}
END_TEST

START_TEST(invalid_utf8_and_huge_fields_are_refused)
{
	char *text = variant("培训", "\xe5\x9f\xb9\xff");
	wp_err err;
	ck_assert_int_eq(import(text, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "invalid UTF-8"));
	free(text);
	wp_buf big = WP_BUF_INIT;
	wp_buf_putc(&big, '"');
	for (int i = 0; i < WP_TEXT_MAX + 1; i++)
		wp_buf_putc(&big, 'x');
	wp_buf_putc(&big, '"');
	text = variant("\"培训\"", wp_buf_str(&big));
	ck_assert_int_eq(import(text, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "too long"));
	assert_nothing_stored();
	free(text);
	wp_buf_free(&big);
}
END_TEST

START_TEST(a_failure_late_in_the_plan_rolls_back_everything)
{
	/* The contact is the last thing imported. */
	assert_refused("\"name\": \"张三\"", "\"name\": null", "contact 1: 'name' is missing");
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM assignment"), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM deadline"), 0);
}
END_TEST

START_TEST(importing_the_same_campaign_twice_needs_replace)
{
	wp_err err;
	int64_t first, second;
	ck_assert_int_eq(wp_plan_import(st, base_plan, strlen(base_plan), 0, &first, &err), 0);
	ck_assert_int_eq(import(base_plan, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "already stored"));
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign"), 1);
	ck_assert_int_eq(wp_plan_import(st, base_plan, strlen(base_plan), WP_PLAN_REPLACE, &second,
					&err),
			 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign"), 1);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity"), 2);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign WHERE title = '测试方案'"), 1);
	(void)first;
	(void)second;
}
END_TEST

START_TEST(a_missing_file_is_named_in_the_error)
{
	wp_err err;
	ck_assert_int_eq(wp_plan_import_file(st, "/nonexistent/plan.json", 0, NULL, &err), -1);
	ck_assert_str_eq(err.msg, "/nonexistent/plan.json: No such file or directory");
}
END_TEST

START_TEST(submission_status_can_be_set_and_cleared)
{
	wp_err err;
	ck_assert_int_eq(import(base_plan, &err), 0);
	long long dl = sql_int(st, "SELECT id FROM deadline");
	long long unit = sql_int(st, "SELECT id FROM unit WHERE name = '县公安局'");
	long long other = sql_int(st, "SELECT id FROM unit WHERE name = '县市场监管局'");
	ck_assert_int_eq(wp_deadline_set_status(st, dl, unit, WP_DATE_NONE, &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM deadline_unit WHERE submitted_on IS NULL"), 1);
	ck_assert_int_eq(wp_deadline_set_status(st, dl, unit, D("2026-04-28"), &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT submitted_on = '2026-04-28' FROM deadline_unit"), 1);
	ck_assert_int_eq(wp_deadline_set_status(st, dl, other, D("2026-04-28"), &err), -1);
	ck_assert_str_eq(err.msg, "that unit does not owe this report");
}
END_TEST

/* ---- a re-import never matches an edit opened before it ------------------ */

/* Opens path as a second connection, like another weekplan would. */
static wp_store *open_file(const char *path)
{
	wp_store *other;
	wp_err err;
	ck_assert_msg(wp_store_open(path, &other, &err) == 0, "%s", err.msg);
	return other;
}

static void replace_with(const char *path, const char *plan)
{
	wp_store *other = open_file(path);
	wp_err err;
	ck_assert_msg(wp_plan_import(other, plan, strlen(plan), WP_PLAN_REPLACE, NULL, &err) == 0,
		      "%s", err.msg);
	wp_store_close(other);
}

/* The editor's connection holds an activity and a deadline as read before
 * the plan is imported again, by another connection (in this process or,
 * when in_child, in another process); saving them must be refused. */
static void stale_edits_after_a_replace(bool in_child)
{
	char *path = temp_path(".db");
	wp_store *editor = open_file(path);
	wp_err err;
	ck_assert_int_eq(wp_plan_import(editor, base_plan, strlen(base_plan), 0, NULL, &err), 0);
	int64_t act = sql_int(editor, "SELECT id FROM activity WHERE number = '一'");
	int64_t dl = sql_int(editor, "SELECT id FROM deadline");
	wp_activity_rec a = WP_ACTIVITY_REC_INIT;
	wp_deadline_rec d = WP_DEADLINE_REC_INIT;
	ck_assert_int_eq(wp_activity_load(editor, act, &a, &err), 0);
	ck_assert_int_eq(wp_deadline_load(editor, dl, &d, &err), 0);
	/* Rows deleted with their campaign count too, whatever their revision. */
	for (int i = 0; i < 3; i++)
		ck_assert_int_eq(wp_activity_save(editor, &a, &err), 0);
	ck_assert_int_eq(a.revision, 3);
	char *changed = variant("启动仪式", "新启动仪式");
	if (in_child) {
		pid_t pid = fork();
		ck_assert_int_ge(pid, 0);
		if (pid == 0) {
			replace_with(path, changed);
			_exit(0);
		}
		int status;
		ck_assert_int_eq(waitpid(pid, &status, 0), pid);
		ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	} else {
		replace_with(path, changed);
	}
	/* The ids come back (SQLite reuses the highest rowid freed). */
	ck_assert_int_eq(sql_int(editor, "SELECT id FROM activity WHERE number = '一'"), act);
	ck_assert_int_gt(sql_int(editor, "SELECT revision FROM activity WHERE number = '一'"), 3);
	free(a.title);
	a.title = strdup("旧表单");
	ck_assert_int_eq(wp_activity_save(editor, &a, &err), WP_EDIT_CONFLICT);
	ck_assert_int_eq(wp_deadline_save(editor, &d, &err), WP_EDIT_CONFLICT);
	ck_assert_int_eq(sql_int(editor, "SELECT count(*) FROM activity WHERE title = '新启动仪式'"), 1);
	/* A fresh read of the new rows saves as usual. */
	wp_activity_rec_clear(&a);
	ck_assert_int_eq(wp_activity_load(editor, act, &a, &err), 0);
	ck_assert_int_eq(wp_activity_save(editor, &a, &err), 0);
	wp_activity_rec_clear(&a);
	wp_deadline_rec_clear(&d);
	free(changed);
	wp_store_close(editor);
	remove_db(path);
	free(path);
}

START_TEST(a_stale_edit_does_not_overwrite_a_replaced_plan)
{
	stale_edits_after_a_replace(false);
}
END_TEST

START_TEST(a_stale_edit_does_not_overwrite_a_plan_replaced_by_another_process)
{
	stale_edits_after_a_replace(true);
}
END_TEST

/* Windows editors save UTF-8 with a byte-order mark; notices accept one. */
START_TEST(a_plan_with_a_utf8_byte_order_mark_imports)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "\xef\xbb\xbf");
	wp_buf_puts(&b, base_plan);
	wp_err err;
	ck_assert_msg(wp_plan_import(st, wp_buf_str(&b), b.len, 0, NULL, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity"), 2);
	/* the planner's import review reads it too */
	wp_draft draft;
	ck_assert_msg(wp_draft_parse(wp_buf_str(&b), b.len, &draft, &err) == 0, "%s", err.msg);
	ck_assert_uint_eq(draft.nactivities, 2);
	wp_draft_clear(&draft);
	/* From a file too, as weekplan import reads it. */
	char *path = temp_path(".json");
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	char *other = variant("测试方案", "另一方案");
	fputs("\xef\xbb\xbf", f);
	fputs(other, f);
	fclose(f);
	ck_assert_msg(wp_plan_import_file(st, path, 0, NULL, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign"), 2);
	unlink(path);
	free(path);
	free(other);
	wp_buf_free(&b);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("plan");
	TCase *tc = tcase_create("plan format");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, every_bundled_plan_exports_back_to_the_same_bytes);
	tcase_add_test(tc, a_plan_round_trips_through_a_second_database);
	tcase_add_test(tc, a_committee_with_vice_chairs_round_trips);
	tcase_add_test(tc, a_committee_without_vice_chairs_exports_an_empty_list);
	tcase_add_test(tc, an_alias_resolves_to_one_unit);
	tcase_add_test(tc, relative_deadlines_are_resolved_on_import);
	tcase_add_test(tc, malformed_and_truncated_json_is_refused);
	tcase_add_test(tc, bad_values_are_refused_with_their_place_and_nothing_is_stored);
	tcase_add_test(tc, invalid_utf8_and_huge_fields_are_refused);
	tcase_add_test(tc, a_failure_late_in_the_plan_rolls_back_everything);
	tcase_add_test(tc, importing_the_same_campaign_twice_needs_replace);
	tcase_add_test(tc, a_missing_file_is_named_in_the_error);
	tcase_add_test(tc, submission_status_can_be_set_and_cleared);
	tcase_add_test(tc, a_plan_with_a_utf8_byte_order_mark_imports);
	tcase_add_test(tc, activities_without_a_number_are_kept_without_one);
	tcase_add_test(tc, an_activity_number_that_is_not_text_is_refused);
	tcase_add_test(tc, a_stale_edit_does_not_overwrite_a_replaced_plan);
	tcase_add_test(tc, a_stale_edit_does_not_overwrite_a_plan_replaced_by_another_process);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
