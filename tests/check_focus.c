/* check_focus.c - a campaign's publicity focuses (宣传重点): kept in the
 * plan format as "focus", through import, export, clone, re-import and
 * the undo of a delete; refused when malformed. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "campaign.h"
#include "clone.h"
#include "plan-merge.h"
#include "plan-update.h"
#include "plan.h"
#include "snapshot.h"
#include "testutil.h"

#define PLAN_HEAD                                                                      \
	"{\"weekplan_plan\": 1, \"title\": \"2027年某县知识产权宣传周活动\", "      \
	"\"region\": \"某县\", \"period\": {\"start\": \"2027-04-20\", \"end\": \"2027-04-26\"}, "

static const char plan_with_focus[] =
	PLAN_HEAD "\"theme\": \"严格保护知识产权\", "
		  "\"focus\": [\"宣传知识产权事业发展成就\", \"宣传知识产权法律法规\"], "
		  "\"activities\": [{\"no\": \"一\", \"title\": \"启动仪式\", \"start\": \"2027-04-20\"}]}";

/* The campaign's focus as exported, joined by |, or "-" for none (a
 * static buffer). */
static const char *exported_focus(wp_store *st, int64_t id)
{
	static char buf[512];
	wp_err err;
	char *text = wp_plan_export(st, id, &err);
	ck_assert_msg(text != NULL, "%s", err.msg);
	json_t *root = json_loads(text, 0, NULL);
	free(text);
	ck_assert_ptr_nonnull(root);
	json_t *focus = json_object_get(root, "focus");
	strcpy(buf, focus ? "" : "-");
	size_t i;
	json_t *v;
	json_array_foreach(focus, i, v) {
		strcat(buf, i ? "|" : "");
		strcat(buf, json_string_value(v));
	}
	json_decref(root);
	return buf;
}

static int64_t import(wp_store *st, const char *plan)
{
	wp_err err;
	int64_t id = 0;
	ck_assert_msg(wp_plan_import(st, plan, strlen(plan), 0, &id, &err) == 0, "%s", err.msg);
	return id;
}

START_TEST(focus_points_are_stored_and_exported_in_order)
{
	wp_store *st = open_memory();
	int64_t id = import(st, plan_with_focus);
	ck_assert_str_eq(exported_focus(st, id), "宣传知识产权事业发展成就|宣传知识产权法律法规");
	/* a plan without them exports without the key, as it always did */
	int64_t bare = import(st, "{\"weekplan_plan\": 1, \"title\": \"无重点的方案\", "
				  "\"period\": {\"start\": \"2027-05-01\", \"end\": \"2027-05-02\"}}");
	ck_assert_str_eq(exported_focus(st, bare), "-");
	wp_store_close(st);
}
END_TEST

/* Each malformed focus is refused with a message naming it, and nothing
 * is stored. */
START_TEST(a_malformed_focus_is_refused_and_nothing_stored)
{
	static const struct {
		const char *focus, *message;
	} bad[] = {
		{"\"宣传成就\"", "'focus' must be a list of texts"},
		{"[\"宣传成就\", 3]", "focus 2 must be a text"},
		{"[\"\"]", "focus 1 is empty"},
		{"[\"宣传\\u001b[2J成就\"]", "focus 1"},
		{"[\"宣传\\n成就\"]", "focus 1"},
	};
	for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
		wp_store *st = open_memory();
		char plan[512];
		snprintf(plan, sizeof plan, PLAN_HEAD "\"focus\": %s}", bad[k].focus);
		wp_err err;
		int64_t id;
		ck_assert_int_ne(wp_plan_import(st, plan, strlen(plan), 0, &id, &err), 0);
		ck_assert_msg(strstr(err.msg, bad[k].message), "%s: %s", bad[k].focus, err.msg);
		ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign"), 0);
		ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign_focus"), 0);
		wp_store_close(st);
	}
}
END_TEST

START_TEST(a_copy_keeps_the_focus)
{
	wp_store *st = open_memory();
	int64_t id = import(st, plan_with_focus);
	wp_clone_opts opts = {.year = 2028, .start = WP_DATE_NONE};
	wp_clone_report report = {0};
	wp_err err;
	ck_assert_msg(wp_clone(st, id, &opts, &report, &err) == 0, "%s", err.msg);
	ck_assert_str_eq(exported_focus(st, report.campaign_id),
			 "宣传知识产权事业发展成就|宣传知识产权法律法规");
	wp_clone_report_clear(&report);
	wp_store_close(st);
}
END_TEST

/* Deleting a campaign takes its focus; undoing the delete puts it back. */
START_TEST(undoing_a_delete_puts_the_focus_back)
{
	wp_store *st = open_memory();
	int64_t id = import(st, plan_with_focus);
	wp_snapshot *snap;
	wp_err err;
	ck_assert_msg(wp_snapshot_campaign(st, id, &snap, &err) == 0, "%s", err.msg);
	ck_assert_msg(wp_campaign_delete(st, id, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign_focus"), 0);
	ck_assert_msg(wp_snapshot_restore(st, snap, &err) == 0, "%s", err.msg);
	ck_assert_str_eq(exported_focus(st, id), "宣传知识产权事业发展成就|宣传知识产权法律法规");
	wp_snapshot_free(snap);
	wp_store_close(st);
}
END_TEST

/* Re-importing a corrected notice takes its focus. */
START_TEST(a_reimport_takes_the_notices_new_focus)
{
	wp_store *st = open_memory();
	int64_t id = import(st, plan_with_focus);
	static const char corrected[] =
		PLAN_HEAD "\"theme\": \"严格保护知识产权\", "
			  "\"focus\": [\"宣传知识产权事业发展成就\", \"宣传知识产权法律法规\", "
			  "\"宣传典型案例\"], "
			  "\"activities\": [{\"no\": \"一\", \"title\": \"启动仪式\", \"start\": \"2027-04-20\"}]}";
	wp_plan_merge m = WP_PLAN_MERGE_INIT;
	wp_err err;
	ck_assert_msg(wp_plan_update_apply(st, id, corrected, strlen(corrected), &m, &err) == 0, "%s",
		      err.msg);
	wp_plan_merge_clear(&m);
	ck_assert_str_eq(exported_focus(st, id),
			 "宣传知识产权事业发展成就|宣传知识产权法律法规|宣传典型案例");
	wp_store_close(st);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("focus");
	TCase *tc = tcase_create("focus");
	tcase_add_test(tc, focus_points_are_stored_and_exported_in_order);
	tcase_add_test(tc, a_malformed_focus_is_refused_and_nothing_stored);
	tcase_add_test(tc, a_copy_keeps_the_focus);
	tcase_add_test(tc, undoing_a_delete_puts_the_focus_back);
	tcase_add_test(tc, a_reimport_takes_the_notices_new_focus);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
