#include "config.h"

#include "campaign.h"
#include "model.h"
#include "snapshot.h"
#include "testutil.h"

static wp_store *st;

static void setup(void)
{
	st = open_demo();
}

static void teardown(void)
{
	wp_store_close(st);
}

/* Every row of every table a delete can reach, all columns but the
 * revision, in id / key order: what undo must give back unchanged. A
 * restored row's revision is above the one it had (revisions never go
 * backwards, so a form opened before the delete cannot save over it):
 * checked on its own. */
static int dump_row(void *ctx, int n, char **values, char **names)
{
	for (int i = 0; i < n; i++)
		if (strcmp(names[i], "revision") != 0)
			wp_buf_printf(ctx, "%s|", values[i] ? values[i] : "NULL");
	wp_buf_putc(ctx, '\n');
	return 0;
}

static char *dump(void)
{
	static const char *const queries[] = {
		"SELECT * FROM campaign ORDER BY id",
		"SELECT * FROM committee_member ORDER BY campaign_id, role, unit_id",
		"SELECT * FROM activity ORDER BY id",
		"SELECT * FROM assignment ORDER BY activity_id, unit_id",
		"SELECT * FROM deadline ORDER BY id",
		"SELECT * FROM deadline_unit ORDER BY deadline_id, unit_id",
		"SELECT * FROM contact ORDER BY id",
		"SELECT * FROM unit ORDER BY id",
		"SELECT * FROM unit_alias ORDER BY region, alias_key",
		/* the order the planner shows: by position, then id */
		"SELECT id FROM activity ORDER BY campaign_id, seq, id",
		"SELECT id FROM deadline ORDER BY campaign_id, seq, id",
	};
	wp_buf b = WP_BUF_INIT;
	for (size_t i = 0; i < sizeof queries / sizeof *queries; i++) {
		wp_buf_printf(&b, "-- %s\n", queries[i]);
		ck_assert_int_eq(sqlite3_exec(wp_store_db(st), queries[i], dump_row, &b, NULL),
				 SQLITE_OK);
	}
	return wp_buf_take(&b);
}

START_TEST(a_deleted_activity_comes_back_with_its_id_position_units_and_contacts)
{
	/* Chaoyang's 三: units, a position in the middle, no deadlines. */
	int64_t id = sql_int(st, "SELECT a.id FROM activity a JOIN campaign c ON c.id = a.campaign_id "
				 "WHERE c.region = '朝阳市' AND a.number = '三'");
	ck_assert_int_gt(sql_int(st, "SELECT count(*) FROM assignment WHERE activity_id = (SELECT id "
				     "FROM activity a WHERE a.number = '三' AND a.campaign_id = (SELECT id "
				     "FROM campaign WHERE region = '朝阳市'))"),
			 0);
	sqlite3_exec(wp_store_db(st), "UPDATE contact SET activity_id = "
				      "(SELECT id FROM activity WHERE number = '三' AND campaign_id = "
				      "(SELECT id FROM campaign WHERE region = '朝阳市')) "
				      "WHERE id = (SELECT min(id) FROM contact WHERE campaign_id = "
				      "(SELECT id FROM campaign WHERE region = '朝阳市'))",
		     NULL, NULL, NULL);
	char *before = dump();
	wp_snapshot *snap;
	wp_err err;
	wp_activity_rec rec;
	ck_assert_int_eq(wp_activity_load(st, id, &rec, &err), 0);
	ck_assert_int_eq(wp_snapshot_activity(st, id, &snap, &err), 0);
	ck_assert_int_eq(wp_activity_delete(st, id, rec.revision, &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM contact WHERE activity_id NOT IN "
				     "(SELECT id FROM activity)"),
			 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM contact"), 6); /* one went with it */
	ck_assert_int_eq(wp_snapshot_restore(st, snap, &err), 0);
	char *after = dump();
	ck_assert_str_eq(after, before);
	wp_activity_rec again;
	ck_assert_int_eq(wp_activity_load(st, id, &again, &err), 0);
	ck_assert_int_gt(again.revision, rec.revision);
	wp_activity_rec_clear(&again);
	wp_snapshot_free(snap);
	wp_activity_rec_clear(&rec);
	free(before);
	free(after);
}
END_TEST

START_TEST(a_deleted_deadline_comes_back_with_its_id_position_and_statuses)
{
	int64_t id = sql_int(st, "SELECT min(id) FROM deadline WHERE campaign_id = "
				 "(SELECT campaign_id FROM deadline GROUP BY campaign_id "
				 " HAVING count(*) > 1 LIMIT 1)");
	sqlite3_exec(wp_store_db(st), "UPDATE deadline_unit SET submitted_on = '2026-04-20' "
				      "WHERE rowid IN (SELECT rowid FROM deadline_unit LIMIT 1)",
		     NULL, NULL, NULL);
	char *before = dump();
	wp_snapshot *snap;
	wp_err err;
	wp_deadline_rec rec;
	ck_assert_int_eq(wp_deadline_load(st, id, &rec, &err), 0);
	ck_assert_int_eq(wp_snapshot_deadline(st, id, &snap, &err), 0);
	ck_assert_int_eq(wp_deadline_delete(st, id, rec.revision, &err), 0);
	ck_assert_int_eq(wp_snapshot_restore(st, snap, &err), 0);
	char *after = dump();
	ck_assert_str_eq(after, before);
	wp_snapshot_free(snap);
	wp_deadline_rec_clear(&rec);
	free(before);
	free(after);
}
END_TEST

START_TEST(a_deleted_campaign_comes_back_with_every_id)
{
	int64_t id = sql_int(st, "SELECT id FROM campaign WHERE region = '朝阳市'");
	char *before = dump();
	wp_snapshot *snap;
	wp_err err;
	ck_assert_int_eq(wp_snapshot_campaign(st, id, &snap, &err), 0);
	ck_assert_int_eq(wp_store_begin(st, &err), 0);
	ck_assert_int_eq(wp_campaign_delete(st, id, &err), 0);
	ck_assert_int_eq(wp_store_commit(st, &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity WHERE campaign_id = (SELECT id "
				     "FROM campaign WHERE region = '朝阳市')"),
			 0);
	ck_assert_int_eq(wp_snapshot_restore(st, snap, &err), 0);
	char *after = dump();
	ck_assert_str_eq(after, before);
	wp_snapshot_free(snap);
	free(before);
	free(after);
}
END_TEST

/* Undo of a deleted campaign gives its vice-chairs back as vice-chairs. */
START_TEST(a_deleted_campaign_comes_back_with_its_vice_chairs)
{
	int64_t id = sql_int(st, "SELECT id FROM campaign WHERE region = '朝阳市'");
	ck_assert_int_eq(sqlite3_exec(wp_store_db(st),
				      "UPDATE committee_member SET role = 'vice_chair' "
				      "WHERE role = 'member' AND seq < 2 AND campaign_id = "
				      "(SELECT id FROM campaign WHERE region = '朝阳市')",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM committee_member WHERE role = 'vice_chair'"),
			 2);
	char *before = dump();
	wp_snapshot *snap;
	wp_err err;
	ck_assert_int_eq(wp_snapshot_campaign(st, id, &snap, &err), 0);
	ck_assert_int_eq(wp_store_begin(st, &err), 0);
	ck_assert_int_eq(wp_campaign_delete(st, id, &err), 0);
	ck_assert_int_eq(wp_store_commit(st, &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM committee_member WHERE role = 'vice_chair'"),
			 0);
	ck_assert_int_eq(wp_snapshot_restore(st, snap, &err), 0);
	char *after = dump();
	ck_assert_str_eq(after, before);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM committee_member WHERE role = 'vice_chair'"),
			 2);
	wp_snapshot_free(snap);
	free(before);
	free(after);
}
END_TEST

START_TEST(a_restore_that_cannot_happen_changes_nothing)
{
	/* The activity's campaign is gone meanwhile: nothing is put back. */
	int64_t id = sql_int(st, "SELECT a.id FROM activity a JOIN campaign c ON c.id = a.campaign_id "
				 "WHERE c.region = '朝阳市' AND a.number = '三'");
	wp_snapshot *snap;
	wp_err err;
	wp_activity_rec rec;
	ck_assert_int_eq(wp_activity_load(st, id, &rec, &err), 0);
	ck_assert_int_eq(wp_snapshot_activity(st, id, &snap, &err), 0);
	ck_assert_int_eq(wp_activity_delete(st, id, rec.revision, &err), 0);
	ck_assert_int_eq(wp_store_begin(st, &err), 0);
	ck_assert_int_eq(wp_campaign_delete(st, rec.campaign_id, &err), 0);
	ck_assert_int_eq(wp_store_commit(st, &err), 0);
	char *before = dump();
	ck_assert_int_ne(wp_snapshot_restore(st, snap, &err), 0);
	ck_assert_ptr_nonnull(strstr(err.msg, "meanwhile"));
	char *after = dump();
	ck_assert_str_eq(after, before);
	wp_snapshot_free(snap);
	wp_activity_rec_clear(&rec);
	free(before);
	free(after);
}
END_TEST

START_TEST(a_second_restore_of_the_same_rows_is_refused)
{
	int64_t id = sql_int(st, "SELECT min(id) FROM deadline");
	wp_snapshot *snap;
	wp_err err;
	wp_deadline_rec rec;
	ck_assert_int_eq(wp_deadline_load(st, id, &rec, &err), 0);
	ck_assert_int_eq(wp_snapshot_deadline(st, id, &snap, &err), 0);
	ck_assert_int_eq(wp_deadline_delete(st, id, rec.revision, &err), 0);
	ck_assert_int_eq(wp_snapshot_restore(st, snap, &err), 0);
	char *before = dump();
	ck_assert_int_ne(wp_snapshot_restore(st, snap, &err), 0);
	char *after = dump();
	ck_assert_str_eq(after, before);
	wp_snapshot_free(snap);
	wp_deadline_rec_clear(&rec);
	free(before);
	free(after);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("snapshot");
	TCase *tc = tcase_create("snapshot");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, a_deleted_activity_comes_back_with_its_id_position_units_and_contacts);
	tcase_add_test(tc, a_deleted_deadline_comes_back_with_its_id_position_and_statuses);
	tcase_add_test(tc, a_deleted_campaign_comes_back_with_every_id);
	tcase_add_test(tc, a_deleted_campaign_comes_back_with_its_vice_chairs);
	tcase_add_test(tc, a_restore_that_cannot_happen_changes_nothing);
	tcase_add_test(tc, a_second_restore_of_the_same_rows_is_refused);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
