/* check_reimport.c - re-importing a corrected plan over an edited campaign:
 * the three-way merge (plan-merge.h) on its own, then through a store
 * (plan-update.h), where edits and submissions must survive. */
#include "config.h"

#include <jansson.h>

#include "edit.h"
#include "model.h"
#include "plan-merge.h"
#include "plan-update.h"
#include "plan.h"
#include "testutil.h"

/* The plan as the notice gave it first. */
static const char base_plan[] =
	"{\"weekplan_plan\": 1, \"title\": \"测试宣传周\", \"region\": \"测试县\","
	" \"period\": {\"start\": \"2026-04-20\", \"end\": \"2026-04-26\"},"
	" \"theme\": \"保护创新\","
	" \"activities\": ["
	"  {\"no\": \"一\", \"title\": \"启动仪式\", \"start\": \"2026-04-20\", \"location\": \"广场\","
	"   \"lead\": [\"县市场监管局\"]},"
	"  {\"no\": \"二\", \"title\": \"进校园\", \"start\": \"2026-04-22\", \"location\": \"一中\","
	"   \"lead\": [\"县教育局\"]},"
	"  {\"no\": \"三\", \"title\": \"培训\", \"start\": \"2026-04-23\", \"location\": \"会议室\"}],"
	" \"deadlines\": [{\"what\": \"活动总结\", \"due\": \"2026-04-30\","
	"   \"who\": [\"县教育局\", \"县公安局\"], \"submit_to\": \"县市场监管局\"}],"
	" \"contacts\": [{\"name\": \"张三\", \"phone\": \"0772-1234567\"}]}";

/* text with its first from replaced by to; the caller frees. */
static char *swap(const char *text, const char *from, const char *to)
{
	const char *at = strstr(text, from);
	ck_assert_msg(at != NULL, "'%s' is not in the plan", from);
	wp_buf b = WP_BUF_INIT;
	wp_buf_append(&b, text, (size_t)(at - text));
	wp_buf_puts(&b, to);
	wp_buf_puts(&b, at + strlen(from));
	return wp_buf_take(&b);
}

/* The change the list names where, or NULL. */
static const wp_merge_change *change(const wp_plan_merge *m, const char *where)
{
	for (size_t i = 0; i < m->n; i++)
		if (strcmp(m->changes[i].where, where) == 0)
			return &m->changes[i];
	return NULL;
}

/* A text field of the merged plan: list[i].key, or the root's key when
 * list is NULL; "" for null. The caller frees. */
static char *merged_field(const wp_plan_merge *m, const char *list, int i, const char *key)
{
	json_t *root = json_loads(m->merged, 0, NULL);
	ck_assert_ptr_nonnull(root);
	json_t *obj = list ? json_array_get(json_object_get(root, list), (size_t)i) : root;
	ck_assert_ptr_nonnull(obj);
	json_t *v = json_object_get(obj, key);
	char *out = v && json_is_string(v) ? strdup(json_string_value(v))
		    : v && !json_is_null(v)
			    ? json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY)
			    : strdup("");
	json_decref(root);
	return out;
}

static size_t merged_count(const wp_plan_merge *m, const char *list)
{
	json_t *root = json_loads(m->merged, 0, NULL);
	size_t n = json_array_size(json_object_get(root, list));
	json_decref(root);
	return n;
}

#define ck_assert_merged(m, list, i, key, want)                         \
	do {                                                            \
		char *got_ = merged_field((m), (list), (i), (key));     \
		ck_assert_str_eq(got_, (want));                         \
		free(got_);                                             \
	} while (0)

static void merge(const char *base, const char *ours, const char *theirs, wp_plan_merge *m)
{
	wp_err err;
	int rc = wp_plan_merge_plans(base, ours, theirs, m, &err);
	ck_assert_msg(rc == 0, "merge: %s", err.msg);
}

/* ---- the merge on its own ------------------------------------------- */

START_TEST(a_value_the_user_left_alone_takes_the_notices_correction)
{
	char *theirs = swap(base_plan, "广场", "体育馆");
	wp_plan_merge m;
	merge(base_plan, base_plan, theirs, &m);
	ck_assert_merged(&m, "activities", 0, "location", "体育馆");
	const wp_merge_change *c = change(&m, "activity 一: location");
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(c->kind, WP_MERGE_TAKEN);
	ck_assert_str_eq(c->ours, "广场");
	ck_assert_str_eq(c->theirs, "体育馆");
	ck_assert_uint_eq(m.n, 1);
	ck_assert_uint_eq(m.conflicts, 0);
	wp_plan_merge_clear(&m);
	free(theirs);
}
END_TEST

START_TEST(a_value_the_user_edited_is_kept_when_the_notice_did_not_change_it)
{
	char *ours = swap(base_plan, "一中", "二中");
	wp_plan_merge m;
	merge(base_plan, ours, base_plan, &m);
	ck_assert_merged(&m, "activities", 1, "location", "二中");
	const wp_merge_change *c = change(&m, "activity 二: location");
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(c->kind, WP_MERGE_KEPT);
	ck_assert_uint_eq(m.conflicts, 0);
	wp_plan_merge_clear(&m);
	free(ours);
}
END_TEST

START_TEST(a_value_both_changed_keeps_the_users_and_is_a_conflict)
{
	char *ours = swap(base_plan, "会议室", "报告厅");
	char *theirs = swap(base_plan, "会议室", "礼堂");
	wp_plan_merge m;
	merge(base_plan, ours, theirs, &m);
	ck_assert_merged(&m, "activities", 2, "location", "报告厅");
	const wp_merge_change *c = change(&m, "activity 三: location");
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(c->kind, WP_MERGE_CONFLICT);
	ck_assert_str_eq(c->ours, "报告厅");
	ck_assert_str_eq(c->theirs, "礼堂");
	ck_assert_uint_eq(m.conflicts, 1);
	wp_plan_merge_clear(&m);
	free(ours);
	free(theirs);
}
END_TEST

START_TEST(both_making_the_same_change_is_no_change)
{
	char *both = swap(base_plan, "保护创新", "严格保护");
	wp_plan_merge m;
	merge(base_plan, both, both, &m);
	ck_assert_merged(&m, NULL, 0, "theme", "严格保护");
	ck_assert_uint_eq(m.n, 0);
	wp_plan_merge_clear(&m);
	free(both);
}
END_TEST

START_TEST(an_activity_the_notice_adds_is_added_and_one_it_drops_goes)
{
	/* the notice drops 三 and adds 四 */
	char *theirs = swap(base_plan,
			    "{\"no\": \"三\", \"title\": \"培训\", \"start\": \"2026-04-23\", \"location\": \"会议室\"}",
			    "{\"no\": \"四\", \"title\": \"竞赛\", \"start\": \"2026-04-24\"}");
	wp_plan_merge m;
	merge(base_plan, base_plan, theirs, &m);
	ck_assert_uint_eq(merged_count(&m, "activities"), 3);
	ck_assert_merged(&m, "activities", 2, "title", "竞赛");
	const wp_merge_change *gone = change(&m, "activity 三");
	ck_assert_ptr_nonnull(gone);
	ck_assert_int_eq(gone->kind, WP_MERGE_TAKEN);
	ck_assert_ptr_null(gone->theirs);
	const wp_merge_change *added = change(&m, "activity 四");
	ck_assert_ptr_nonnull(added);
	ck_assert_int_eq(added->kind, WP_MERGE_TAKEN);
	ck_assert_ptr_null(added->ours);
	ck_assert_str_eq(added->theirs, "四 竞赛");
	wp_plan_merge_clear(&m);
	free(theirs);
}
END_TEST

/* Activities the notice does not number pair by their titles and are
 * named by them in the change list (no number to show, no "(null)"). */
START_TEST(activities_without_numbers_pair_by_title)
{
	char *base = swap(base_plan, "{\"no\": \"二\", \"title\": \"进校园\"",
			  "{\"no\": null, \"title\": \"进校园\"");
	char *unnumbered = swap(base, "{\"no\": \"三\", \"title\": \"培训\"",
				"{\"no\": null, \"title\": \"培训\"");
	char *theirs = swap(unnumbered, "会议室", "报告厅");
	wp_plan_merge m;
	merge(unnumbered, unnumbered, theirs, &m);
	ck_assert_uint_eq(merged_count(&m, "activities"), 3);
	ck_assert_merged(&m, "activities", 2, "location", "报告厅");
	ck_assert_merged(&m, "activities", 1, "location", "一中");
	ck_assert_ptr_nonnull(change(&m, "activity 培训: location"));
	ck_assert_uint_eq(m.n, 1);
	wp_plan_merge_clear(&m);
	free(theirs);
	free(unnumbered);
	free(base);
}
END_TEST

START_TEST(an_activity_the_user_edited_stays_when_the_notice_drops_it)
{
	char *ours = swap(base_plan, "会议室", "报告厅");
	char *theirs = swap(base_plan,
			    ",  {\"no\": \"三\", \"title\": \"培训\", \"start\": \"2026-04-23\", \"location\": \"会议室\"}",
			    "");
	wp_plan_merge m;
	merge(base_plan, ours, theirs, &m);
	ck_assert_uint_eq(merged_count(&m, "activities"), 3);
	ck_assert_merged(&m, "activities", 2, "location", "报告厅");
	ck_assert_int_eq(change(&m, "activity 三")->kind, WP_MERGE_CONFLICT);
	wp_plan_merge_clear(&m);
	free(ours);
	free(theirs);
}
END_TEST

START_TEST(an_activity_the_user_added_or_deleted_stays_so)
{
	/* the user deleted 三 and added 五 */
	char *ours = swap(base_plan,
			  "{\"no\": \"三\", \"title\": \"培训\", \"start\": \"2026-04-23\", \"location\": \"会议室\"}",
			  "{\"no\": \"五\", \"title\": \"座谈会\"}");
	wp_plan_merge m;
	merge(base_plan, ours, base_plan, &m);
	ck_assert_uint_eq(merged_count(&m, "activities"), 3);
	ck_assert_merged(&m, "activities", 2, "title", "座谈会");
	ck_assert_int_eq(change(&m, "activity 三")->kind, WP_MERGE_KEPT);
	ck_assert_int_eq(change(&m, "activity 五")->kind, WP_MERGE_KEPT);
	ck_assert_uint_eq(m.conflicts, 0);
	wp_plan_merge_clear(&m);
	free(ours);
}
END_TEST

START_TEST(an_activity_inserted_by_the_notice_renumbers_the_next_one)
{
	/* a new 三 before the old one, which becomes 四 */
	char *theirs = swap(base_plan, "{\"no\": \"三\", \"title\": \"培训\"",
			    "{\"no\": \"三\", \"title\": \"竞赛\"}, {\"no\": \"四\", \"title\": \"培训\"");
	char *ours = swap(base_plan, "会议室", "报告厅");
	wp_plan_merge m;
	merge(base_plan, ours, theirs, &m);
	ck_assert_uint_eq(merged_count(&m, "activities"), 4);
	ck_assert_merged(&m, "activities", 2, "title", "竞赛");
	ck_assert_merged(&m, "activities", 3, "title", "培训");
	ck_assert_merged(&m, "activities", 3, "no", "四");
	ck_assert_merged(&m, "activities", 3, "location", "报告厅");
	ck_assert_int_eq(change(&m, "activity 三: number")->kind, WP_MERGE_TAKEN);
	ck_assert_uint_eq(m.conflicts, 0);
	wp_plan_merge_clear(&m);
	free(theirs);
	free(ours);
}
END_TEST

START_TEST(submissions_are_kept_and_a_unit_that_submitted_stays_among_the_owers)
{
	char *ours = swap(base_plan, "\"submit_to\": \"县市场监管局\"",
			  "\"submitted\": {\"县公安局\": \"2026-04-28\"}, \"submit_to\": \"县市场监管局\"");
	/* the notice moves the date and no longer asks 县公安局 */
	char *moved = swap(base_plan, "2026-04-30", "2026-05-06");
	char *theirs = swap(moved, "[\"县教育局\", \"县公安局\"]", "[\"县教育局\"]");
	wp_plan_merge m;
	merge(base_plan, ours, theirs, &m);
	ck_assert_merged(&m, "deadlines", 0, "due", "2026-05-06");
	ck_assert_merged(&m, "deadlines", 0, "submitted", "{\"县公安局\":\"2026-04-28\"}");
	ck_assert_merged(&m, "deadlines", 0, "who", "[\"县教育局\",\"县公安局\"]");
	ck_assert_uint_eq(m.submissions, 1);
	ck_assert_int_eq(change(&m, "deadline 活动总结: rule")->kind, WP_MERGE_TAKEN);
	ck_assert_uint_eq(m.conflicts, 1);
	wp_plan_merge_clear(&m);
	free(ours);
	free(moved);
	free(theirs);
}
END_TEST

START_TEST(without_a_base_only_additions_are_taken_and_differences_are_conflicts)
{
	char *changed = swap(base_plan, "广场", "体育馆");
	char *theirs = swap(changed, "{\"no\": \"三\", \"title\": \"培训\"",
			    "{\"no\": \"四\", \"title\": \"竞赛\"}, {\"no\": \"三\", \"title\": \"培训\"");
	wp_plan_merge m;
	merge(NULL, base_plan, theirs, &m);
	ck_assert_merged(&m, "activities", 0, "location", "广场");
	ck_assert_int_eq(change(&m, "activity 一: location")->kind, WP_MERGE_CONFLICT);
	ck_assert_uint_eq(merged_count(&m, "activities"), 4);
	ck_assert_int_eq(change(&m, "activity 四")->kind, WP_MERGE_TAKEN);
	ck_assert_uint_eq(m.conflicts, 1);
	wp_plan_merge_clear(&m);
	free(changed);
	free(theirs);
}
END_TEST

START_TEST(text_that_is_not_a_plan_is_refused)
{
	wp_plan_merge m;
	wp_err err;
	ck_assert_int_eq(wp_plan_merge_plans(NULL, base_plan, "[1,", &m, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "notice"));
	wp_plan_merge_clear(&m);
}
END_TEST

/* ---- through a store ------------------------------------------------ */

static wp_store *st;
static int64_t campaign;

static void setup(void)
{
	st = open_memory();
	wp_err err;
	int rc = wp_plan_import(st, base_plan, strlen(base_plan), 0, &campaign, &err);
	ck_assert_msg(rc == 0, "import: %s", err.msg);
}

static void teardown(void)
{
	wp_store_close(st);
}

static long long row_id(const char *sql)
{
	return sql_int(st, sql);
}

/* The clerk's work: a new place for 二, and 县教育局's report. */
static void edit_and_submit(void)
{
	wp_err err;
	wp_activity_rec a = WP_ACTIVITY_REC_INIT;
	ck_assert_int_eq(wp_activity_load(st, row_id("SELECT id FROM activity WHERE number = '二'"),
					  &a, &err),
			 0);
	free(a.location);
	a.location = strdup("二中");
	ck_assert_int_eq(wp_activity_save(st, &a, &err), 0);
	wp_activity_rec_clear(&a);
	ck_assert_int_eq(wp_edit_status(st, row_id("SELECT id FROM deadline"),
					row_id("SELECT id FROM unit WHERE name = '县教育局'"),
					WP_DATE_NONE, D("2026-04-27"), &err),
			 0);
}

START_TEST(an_update_keeps_edits_and_submissions_and_takes_the_corrections)
{
	edit_and_submit();
	long long deadline = row_id("SELECT id FROM deadline");
	char *moved = swap(base_plan, "广场", "体育馆");
	char *theirs = swap(moved, "2026-04-30", "2026-05-06");
	wp_plan_merge m;
	wp_err err;
	int rc = wp_plan_update_apply(st, campaign, theirs, strlen(theirs), &m, &err);
	ck_assert_msg(rc == 0, "update: %s", err.msg);
	ck_assert_uint_eq(m.conflicts, 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity WHERE number = '一' AND "
				     "location = '体育馆'"),
			 1);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity WHERE number = '二' AND "
				     "location = '二中'"),
			 1);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM deadline WHERE due_date = '2026-05-06'"), 1);
	/* the same row, so what refers to it (a group's members) stays */
	ck_assert_int_eq(row_id("SELECT id FROM deadline"), deadline);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM deadline_unit du JOIN unit u ON "
				     "u.id = du.unit_id WHERE u.name = '县教育局' AND "
				     "du.submitted_on = '2026-04-27'"),
			 1);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign"), 1);
	/* the new plan is the base of the next update: importing it again
	 * changes nothing and reports only the clerk's kept edit */
	wp_plan_merge_clear(&m);
	ck_assert_int_eq(wp_plan_update_preview(st, campaign, theirs, strlen(theirs), &m, &err), 0);
	ck_assert_uint_eq(m.n, 1);
	ck_assert_int_eq(m.changes[0].kind, WP_MERGE_KEPT);
	wp_plan_merge_clear(&m);
	free(moved);
	free(theirs);
}
END_TEST

START_TEST(an_update_sets_the_committee_contacts_and_units_in_the_plans_order)
{
	char *units = swap(base_plan, "\"lead\": [\"县市场监管局\"]",
			   "\"lead\": [\"县科技局\", \"县市场监管局\"], \"cooperate\": [\"县公安局\"]");
	char *committee = swap(units, "\"deadlines\"",
			       "\"committee\": {\"chair\": [\"县政府\"], "
			       "\"members\": [\"县教育局\", \"县公安局\"]}, \"deadlines\"");
	char *theirs = swap(committee, "{\"name\": \"张三\", \"phone\": \"0772-1234567\"}",
			    "{\"name\": \"张三\", \"phone\": \"0772-7654321\"}, "
			    "{\"name\": \"李四\", \"unit\": \"县教育局\"}");
	wp_plan_merge m;
	wp_err err;
	int rc = wp_plan_update_apply(st, campaign, theirs, strlen(theirs), &m, &err);
	ck_assert_msg(rc == 0, "update: %s", err.msg);
	wp_plan_merge_clear(&m);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM committee_member"), 3);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM contact WHERE name = '张三' AND "
				     "phone = '0772-7654321'"),
			 1);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM contact c JOIN unit u ON u.id = c.unit_id "
				     "WHERE c.name = '李四' AND u.name = '县教育局'"),
			 1);
	/* stored as the plan has them, so the same plan again is no change */
	ck_assert_int_eq(wp_plan_update_preview(st, campaign, theirs, strlen(theirs), &m, &err), 0);
	for (size_t i = 0; i < m.n; i++)
		ck_abort_msg("a change after the update: %s", m.changes[i].where);
	wp_plan_merge_clear(&m);
	free(units);
	free(committee);
	free(theirs);
}
END_TEST

START_TEST(a_preview_changes_nothing)
{
	edit_and_submit();
	char *before = wp_plan_export(st, campaign, NULL);
	char *theirs = swap(base_plan, "广场", "体育馆");
	wp_plan_merge m;
	wp_err err;
	ck_assert_int_eq(wp_plan_update_preview(st, campaign, theirs, strlen(theirs), &m, &err), 0);
	ck_assert_ptr_nonnull(change(&m, "activity 一: location"));
	char *after = wp_plan_export(st, campaign, NULL);
	ck_assert_str_eq(after, before);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM unit WHERE name = '体育馆'"), 0);
	wp_plan_merge_clear(&m);
	free(before);
	free(after);
	free(theirs);
}
END_TEST

START_TEST(an_update_adds_renumbers_and_drops_activities_in_place)
{
	long long training = row_id("SELECT id FROM activity WHERE number = '三'");
	char *inserted = swap(base_plan, "{\"no\": \"三\", \"title\": \"培训\"",
			      "{\"no\": \"三\", \"title\": \"竞赛\", \"lead\": [\"县科技局\"]}, "
			      "{\"no\": \"四\", \"title\": \"培训\"");
	char *theirs = swap(inserted, "{\"no\": \"二\", \"title\": \"进校园\", \"start\": \"2026-04-22\", "
				      "\"location\": \"一中\",   \"lead\": [\"县教育局\"]},",
			    "");
	wp_plan_merge m;
	wp_err err;
	int rc = wp_plan_update_apply(st, campaign, theirs, strlen(theirs), &m, &err);
	ck_assert_msg(rc == 0, "update: %s", err.msg);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity"), 3);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity WHERE number = '二'"), 0);
	ck_assert_int_eq(row_id("SELECT id FROM activity WHERE number = '四' AND title = '培训'"),
			 training);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM assignment s JOIN activity a ON "
				     "a.id = s.activity_id JOIN unit u ON u.id = s.unit_id "
				     "WHERE a.title = '竞赛' AND u.name = '县科技局' AND s.role = 'lead'"),
			 1);
	wp_plan_merge_clear(&m);
	free(inserted);
	free(theirs);
}
END_TEST

START_TEST(a_campaign_imported_before_sources_were_kept_is_merged_without_a_base)
{
	sqlite3_exec(wp_store_db(st), "DELETE FROM campaign_source", NULL, NULL, NULL);
	char *theirs = swap(base_plan, "广场", "体育馆");
	wp_plan_merge m;
	wp_err err;
	ck_assert_int_eq(wp_plan_update_apply(st, campaign, theirs, strlen(theirs), &m, &err), 0);
	ck_assert_uint_eq(m.conflicts, 1);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity WHERE location = '广场'"), 1);
	/* and now it has one */
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign_source"), 1);
	wp_plan_merge_clear(&m);
	free(theirs);
}
END_TEST

START_TEST(a_plan_the_import_would_refuse_changes_nothing)
{
	edit_and_submit();
	char *before = wp_plan_export(st, campaign, NULL);
	char *theirs = swap(base_plan, "\"start\": \"2026-04-22\"", "\"start\": \"2026-13-01\"");
	wp_plan_merge m;
	wp_err err;
	ck_assert_int_eq(wp_plan_update_apply(st, campaign, theirs, strlen(theirs), &m, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "activity 2"));
	char *after = wp_plan_export(st, campaign, NULL);
	ck_assert_str_eq(after, before);
	wp_plan_merge_clear(&m);
	free(before);
	free(after);
	free(theirs);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reimport");
	TCase *tc = tcase_create("merge");
	tcase_add_test(tc, a_value_the_user_left_alone_takes_the_notices_correction);
	tcase_add_test(tc, a_value_the_user_edited_is_kept_when_the_notice_did_not_change_it);
	tcase_add_test(tc, a_value_both_changed_keeps_the_users_and_is_a_conflict);
	tcase_add_test(tc, both_making_the_same_change_is_no_change);
	tcase_add_test(tc, an_activity_the_notice_adds_is_added_and_one_it_drops_goes);
	tcase_add_test(tc, activities_without_numbers_pair_by_title);
	tcase_add_test(tc, an_activity_the_user_edited_stays_when_the_notice_drops_it);
	tcase_add_test(tc, an_activity_the_user_added_or_deleted_stays_so);
	tcase_add_test(tc, an_activity_inserted_by_the_notice_renumbers_the_next_one);
	tcase_add_test(tc, submissions_are_kept_and_a_unit_that_submitted_stays_among_the_owers);
	tcase_add_test(tc, without_a_base_only_additions_are_taken_and_differences_are_conflicts);
	tcase_add_test(tc, text_that_is_not_a_plan_is_refused);
	suite_add_tcase(s, tc);
	TCase *store = tcase_create("store");
	tcase_add_checked_fixture(store, setup, teardown);
	tcase_add_test(store, an_update_keeps_edits_and_submissions_and_takes_the_corrections);
	tcase_add_test(store, a_preview_changes_nothing);
	tcase_add_test(store, an_update_sets_the_committee_contacts_and_units_in_the_plans_order);
	tcase_add_test(store, an_update_adds_renumbers_and_drops_activities_in_place);
	tcase_add_test(store, a_campaign_imported_before_sources_were_kept_is_merged_without_a_base);
	tcase_add_test(store, a_plan_the_import_would_refuse_changes_nothing);
	suite_add_tcase(s, store);
	return run_suite(s);
}
