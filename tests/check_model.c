#include "config.h"

#include "campaign.h"
#include "demo.h"
#include "edit.h"
#include "model.h"
#include "testutil.h"
#include "unit.h"

static wp_store *st;
static int64_t chaoyang;

static void setup(void)
{
	st = open_demo();
	chaoyang = sql_int(st, "SELECT id FROM campaign WHERE region = '朝阳市'");
}

static void teardown(void)
{
	wp_store_close(st);
}

START_TEST(a_campaign_edit_bumps_the_revision_and_moves_relative_deadlines)
{
	wp_campaign_rec rec;
	wp_err err;
	ck_assert_int_eq(wp_campaign_load(st, chaoyang, &rec, &err), 0);
	ck_assert_str_eq(rec.organizer, "市市场监督管理局（市知识产权局）");
	int rev = rec.revision;
	rec.end = D("2026-04-24"); /* a Friday: +2 working days is Tuesday 04-28 */
	ck_assert_int_eq(wp_campaign_save(st, &rec, &err), 0);
	ck_assert_int_eq(rec.revision, rev + 1);
	ck_assert_int_eq(sql_int(st, "SELECT due_date = '2026-04-28' FROM deadline WHERE what = '报送总结'"), 1);
	rec.end = D("2026-04-29"); /* Wednesday: +2 is 05-06, over Labour Day */
	ck_assert_int_eq(wp_campaign_save(st, &rec, &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT due_date = '2026-05-06' FROM deadline WHERE what = '报送总结'"), 1);
	wp_campaign_rec_clear(&rec);
}
END_TEST

START_TEST(a_stale_record_is_refused_and_changes_nothing)
{
	wp_campaign_rec mine, theirs;
	wp_err err;
	ck_assert_int_eq(wp_campaign_load(st, chaoyang, &mine, &err), 0);
	ck_assert_int_eq(wp_campaign_load(st, chaoyang, &theirs, &err), 0);
	free(theirs.theme);
	theirs.theme = strdup("他们的主题");
	ck_assert_int_eq(wp_campaign_save(st, &theirs, &err), 0);
	free(mine.theme);
	mine.theme = strdup("我的主题");
	ck_assert_int_eq(wp_campaign_save(st, &mine, &err), WP_EDIT_CONFLICT);
	ck_assert_ptr_nonnull(strstr(err.msg, "someone else changed"));
	ck_assert_int_eq(sql_int(st, "SELECT theme = '他们的主题' FROM campaign WHERE region = '朝阳市'"), 1);
	wp_campaign_rec_clear(&mine);
	wp_campaign_rec_clear(&theirs);
}
END_TEST

START_TEST(invalid_campaigns_are_refused_with_a_reason)
{
	wp_campaign_rec rec = WP_CAMPAIGN_REC_INIT;
	rec.title = strdup("新方案");
	rec.start = D("2026-05-01");
	rec.end = D("2026-04-01");
	wp_err err;
	ck_assert_int_eq(wp_campaign_save(st, &rec, &err), -1);
	ck_assert_str_eq(err.msg, "the period ends before it starts");
	rec.end = D("2026-05-07");
	free(rec.title);
	rec.title = strdup("");
	ck_assert_int_eq(wp_campaign_save(st, &rec, &err), -1);
	ck_assert_str_eq(err.msg, "the title is required");
	free(rec.title);
	rec.title = strdup("新方案");
	rec.region = strdup("测试县");
	ck_assert_int_eq(wp_campaign_save(st, &rec, &err), 0);
	ck_assert_int_gt(rec.id, 0);
	ck_assert_int_eq(sql_int(st, "SELECT issued_on IS NULL FROM campaign WHERE title = '新方案'"), 1);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign"), 6);
	wp_campaign_rec_clear(&rec);
}
END_TEST

START_TEST(activities_are_added_edited_deleted_and_restored)
{
	wp_activity_rec rec = WP_ACTIVITY_REC_INIT;
	rec.campaign_id = chaoyang;
	rec.number = strdup("六");
	rec.title = strdup("新增活动");
	rec.start = D("2026-04-23");
	rec.start_time = strdup("14:30");
	wp_err err;
	ck_assert_msg(wp_activity_save(st, &rec, &err) == 0, "%s", err.msg);
	ck_assert_date_eq(rec.end, "2026-04-23");
	int64_t id = rec.id;
	ck_assert_int_eq(sql_int(st, "SELECT seq FROM activity WHERE number = '六' AND title = '新增活动'"), 5);
	/* The number must stay unique in the campaign. */
	wp_activity_rec dup = WP_ACTIVITY_REC_INIT;
	dup.campaign_id = chaoyang;
	dup.number = strdup("六");
	dup.title = strdup("x");
	ck_assert_int_eq(wp_activity_save(st, &dup, &err), -1);
	ck_assert_str_eq(err.msg, "the campaign already has an activity numbered 六");
	wp_activity_rec_clear(&dup);
	free(rec.end_time);
	rec.end_time = strdup("12:00");
	ck_assert_int_eq(wp_activity_save(st, &rec, &err), -1);
	ck_assert_str_eq(err.msg, "the end time is before the start time");
	free(rec.end_time);
	rec.end_time = strdup("16:00");
	ck_assert_int_eq(wp_activity_save(st, &rec, &err), 0);
	ck_assert_int_eq(rec.revision, 1);
	ck_assert_int_eq(wp_activity_delete(st, id, 0, &err), WP_EDIT_CONFLICT);
	ck_assert_int_eq(wp_activity_delete(st, id, 1, &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity WHERE title = '新增活动'"), 0);
	/* Undo of a delete: the same row under the same id. */
	rec.revision = WP_REVISION_RESTORE;
	ck_assert_int_eq(wp_activity_save(st, &rec, &err), 0);
	ck_assert_int_eq(rec.id, id);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity WHERE title = '新增活动' AND end_time = '16:00'"), 1);
	wp_activity_rec_clear(&rec);
}
END_TEST

/* An activity the notice does not number is saved without one, and two
 * of them are no clash; it is stored as '' (the column is NOT NULL). */
START_TEST(activities_without_a_number_are_saved_and_never_clash)
{
	wp_err err;
	int64_t ids[2];
	for (int k = 0; k < 2; k++) {
		wp_activity_rec rec = WP_ACTIVITY_REC_INIT;
		rec.campaign_id = chaoyang;
		rec.number = k ? strdup("") : NULL;
		rec.title = strdup("升旗仪式");
		ck_assert_msg(wp_activity_save(st, &rec, &err) == 0, "%s", err.msg);
		ids[k] = rec.id;
		wp_activity_rec_clear(&rec);
	}
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity WHERE number = '' AND title = '升旗仪式'"), 2);
	wp_activity_rec back = WP_ACTIVITY_REC_INIT;
	ck_assert_int_eq(wp_activity_load(st, ids[0], &back, &err), 0);
	ck_assert(!wp_activity_has_number(back.number));
	wp_activity_rec_clear(&back);
}
END_TEST

START_TEST(an_activity_with_deadlines_cannot_be_deleted)
{
	long long id = sql_int(st, "SELECT activity_id FROM deadline WHERE what = '参加宣传周启动仪式'");
	long long rev = sql_int(st, "SELECT revision FROM activity WHERE id = "
				    "(SELECT activity_id FROM deadline WHERE what = '参加宣传周启动仪式')");
	wp_err err;
	ck_assert_int_eq(wp_activity_delete(st, id, (int)rev, &err), -1);
	ck_assert_str_eq(err.msg, "deadlines belong to this activity (1): delete or move them first");
}
END_TEST

START_TEST(deadlines_keep_exactly_their_owners_and_statuses)
{
	long long id = sql_int(st, "SELECT id FROM deadline WHERE what = '报送总结'");
	wp_deadline_rec rec;
	wp_err err;
	ck_assert_int_eq(wp_deadline_load(st, id, &rec, &err), 0);
	ck_assert_int_eq(rec.rule.kind, WP_RULE_RELATIVE);
	ck_assert_int_eq(rec.rule.offset, 2);
	ck_assert(rec.rule.workdays);
	ck_assert_uint_eq(rec.nowners, 1);
	wp_deadline_rec_add_owner(&rec, "市公安局", D("2026-04-27"));
	ck_assert_int_eq(wp_deadline_save(st, &rec, &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM deadline_unit du JOIN unit u ON u.id = du.unit_id "
				     "WHERE u.name = '市公安局' AND du.submitted_on = '2026-04-27'"),
			 1);
	wp_deadline_rec_add_owner(&rec, "市公安局", WP_DATE_NONE);
	ck_assert_int_eq(wp_deadline_save(st, &rec, &err), -1);
	ck_assert_str_eq(err.msg, "unit '市公安局' is listed twice");
	ck_assert_int_eq(wp_deadline_delete(st, id, rec.revision, &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM deadline_unit WHERE deadline_id = 3"), 0);
	wp_deadline_rec_clear(&rec);
	wp_deadline_rec new = WP_DEADLINE_REC_INIT;
	new.campaign_id = chaoyang;
	new.what = strdup("报送照片");
	new.rule = (wp_rule){.kind = WP_RULE_DATE, .fixed = D("2026-04-25"), .roll_forward = true};
	ck_assert_int_eq(wp_deadline_save(st, &new, &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT due_date = '2026-04-27' FROM deadline WHERE what = '报送照片'"), 1);
	wp_deadline_rec_clear(&new);
}
END_TEST

START_TEST(units_are_renamed_unless_the_name_is_taken)
{
	int64_t id;
	int rev;
	wp_err err;
	ck_assert_int_eq(wp_unit_lookup(st, "朝阳市", "市科协", &id, &err), 1);
	ck_assert_int_eq(wp_unit_revision(st, id, &rev, &err), 0);
	ck_assert_int_eq(wp_unit_rename(st, id, rev, "市科学技术协会", &err), 0);
	ck_assert_int_eq(wp_unit_lookup(st, "朝阳市", "市科学技术协会", &id, &err), 1);
	ck_assert_int_eq(wp_unit_rename(st, id, rev, "市科协", &err), WP_EDIT_CONFLICT);
	ck_assert_int_eq(wp_unit_rename(st, id, rev + 1, "市公安局", &err), -1);
	ck_assert_str_eq(err.msg, "another unit of the region is already called '市公安局'");
	ck_assert_int_eq(wp_unit_add_alias(st, id, "科协", &err), 0);
	ck_assert_int_eq(wp_unit_remove_alias(st, id, "科协", &err), 0);
	ck_assert_int_eq(wp_unit_remove_alias(st, id, "科协", &err), -1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("model");
	TCase *tc = tcase_create("editing records");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, a_campaign_edit_bumps_the_revision_and_moves_relative_deadlines);
	tcase_add_test(tc, a_stale_record_is_refused_and_changes_nothing);
	tcase_add_test(tc, invalid_campaigns_are_refused_with_a_reason);
	tcase_add_test(tc, activities_are_added_edited_deleted_and_restored);
	tcase_add_test(tc, activities_without_a_number_are_saved_and_never_clash);
	tcase_add_test(tc, an_activity_with_deadlines_cannot_be_deleted);
	tcase_add_test(tc, deadlines_keep_exactly_their_owners_and_statuses);
	tcase_add_test(tc, units_are_renamed_unless_the_name_is_taken);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
