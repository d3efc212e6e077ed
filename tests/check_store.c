#include "config.h"

#include <sys/stat.h>

#include "campaign.h"
#include "demo.h"
#include "embedded.h"
#include "model.h"
#include "plan-source.h"
#include "plan.h"
#include "testutil.h"

static char *path;

static void setup(void)
{
	path = temp_path(".db");
}

static void teardown(void)
{
	remove_db(path);
	free(path);
}

static void write_file(const char *p, const char *text, size_t n)
{
	FILE *f = fopen(p, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(text, 1, n, f), n);
	fclose(f);
}

/* Runs SQL on a database file with SQLite alone, as another program would. */
static void raw_exec(const char *p, const char *sql)
{
	sqlite3 *db;
	ck_assert_int_eq(sqlite3_open(p, &db), SQLITE_OK);
	char *msg = NULL;
	int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
	ck_assert_msg(rc == SQLITE_OK, "%s", msg ? msg : "");
	sqlite3_close(db);
}

START_TEST(a_new_database_gets_the_current_schema_and_the_holidays)
{
	wp_store *st;
	wp_err err;
	ck_assert_int_eq(wp_store_open(path, &st, &err), 0);
	ck_assert_int_eq(sql_int(st, "PRAGMA user_version"), wp_store_schema_version());
	ck_assert_int_eq(sql_int(st, "PRAGMA foreign_keys"), 1);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM calendar_day WHERE origin = 'official'"),
			 254);
	ck_assert(!wp_store_readonly(st));
	wp_store_close(st);
	/* WAL, so readers are not blocked by a writer. */
	sqlite3 *db;
	sqlite3_open(path, &db);
	sqlite3_stmt *s;
	sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, NULL);
	ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
	ck_assert_str_eq((const char *)sqlite3_column_text(s, 0), "wal");
	sqlite3_finalize(s);
	sqlite3_close(db);
}
END_TEST

START_TEST(an_older_database_is_upgraded_keeping_its_data)
{
	/* Build a version-1 database as weekplan 0.1 wrote it, with a campaign. */
	wp_buf sql = WP_BUF_INIT;
	wp_buf_puts(&sql, wp_embedded_schema[0]);
	wp_buf_puts(&sql, "INSERT INTO campaign(title, region, period_start, period_end, span_days) "
			  "VALUES ('旧方案', '鹿寨县', '2021-04-20', '2021-04-26', 6);"
			  "PRAGMA user_version = 1;");
	raw_exec(path, wp_buf_str(&sql));
	wp_buf_free(&sql);
	wp_store *st;
	wp_err err;
	ck_assert_int_eq(wp_store_open(path, &st, &err), 0);
	ck_assert_int_eq(sql_int(st, "PRAGMA user_version"), wp_store_schema_version());
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign WHERE title = '旧方案'"), 1);
	ck_assert_int_eq(sql_int(st, "SELECT revision FROM campaign WHERE title = '旧方案'"), 0);
	wp_store_close(st);
}
END_TEST

/* Version 4 rebuilds committee_member to admit the vice-chair role: the
 * rebuild must carry every row of a version-3 committee across. */
START_TEST(a_version_3_committee_survives_the_vice_chair_upgrade)
{
	wp_buf sql = WP_BUF_INIT;
	for (int i = 0; i < 3; i++)
		wp_buf_puts(&sql, wp_embedded_schema[i]);
	wp_buf_puts(&sql, "INSERT INTO unit(id, name, region, name_key) VALUES "
			  "(1, '县政府', '鹿寨县', '县政府'), (2, '市场监管局', '鹿寨县', '市场监管局'), "
			  "(3, '教育局', '鹿寨县', '教育局');"
			  "INSERT INTO campaign(id, title, region, period_start, period_end, span_days) "
			  "VALUES (1, '旧方案', '鹿寨县', '2021-04-20', '2021-04-26', 6);"
			  "INSERT INTO committee_member(campaign_id, unit_id, role, seq) VALUES "
			  "(1, 1, 'chair', 0), (1, 2, 'member', 1), (1, 3, 'member', 2), "
			  "(1, 2, 'office', 3);"
			  "PRAGMA user_version = 3;");
	raw_exec(path, wp_buf_str(&sql));
	wp_buf_free(&sql);
	wp_store *st;
	wp_err err;
	ck_assert_int_eq(wp_store_open(path, &st, &err), 0);
	ck_assert_int_eq(sql_int(st, "PRAGMA user_version"), wp_store_schema_version());
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM committee_member"), 4);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM committee_member WHERE campaign_id = 1 "
				     "AND ((unit_id = 1 AND role = 'chair' AND seq = 0) OR "
				     "(unit_id = 2 AND role = 'member' AND seq = 1) OR "
				     "(unit_id = 3 AND role = 'member' AND seq = 2) OR "
				     "(unit_id = 2 AND role = 'office' AND seq = 3))"),
			 4);
	/* The new role is admitted, the index is back, and the keys still hold. */
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM sqlite_schema "
				     "WHERE type = 'index' AND name = 'committee_unit'"),
			 1);
	sqlite3 *db = wp_store_db(st);
	ck_assert_int_eq(sqlite3_exec(db, "INSERT INTO committee_member VALUES (1, 3, 'vice_chair', 4)",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "INSERT INTO committee_member VALUES (1, 3, 'deputy', 5)",
				      NULL, NULL, NULL) & 0xff,
			 SQLITE_CONSTRAINT);
	ck_assert_int_eq(sqlite3_exec(db, "INSERT INTO committee_member VALUES (1, 9, 'member', 6)",
				      NULL, NULL, NULL) & 0xff,
			 SQLITE_CONSTRAINT);
	ck_assert_int_eq(sqlite3_exec(db, "DELETE FROM campaign WHERE id = 1", NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM committee_member"), 0);
	wp_store_close(st);
}
END_TEST

/* Step 009 adds the plan each campaign was imported from; a campaign
 * stored before it has none, which a re-import then merges without. */
START_TEST(a_version_8_database_gets_campaign_sources)
{
	wp_store *st;
	wp_err err;
	ck_assert_int_eq(wp_store_open(path, &st, &err), 0);
	ck_assert_int_eq(wp_demo_load(st, &err), 0);
	wp_store_close(st);
	raw_exec(path, "DROP TABLE campaign_source; PRAGMA user_version = 8;");
	ck_assert_int_eq(wp_store_open(path, &st, &err), 0);
	ck_assert_int_eq(sql_int(st, "PRAGMA user_version"), wp_store_schema_version());
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign"), 5);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign_source"), 0);
	char *json = (char *)"unset";
	ck_assert_int_eq(wp_plan_source_get(st, 1, &json, &err), 0);
	ck_assert_ptr_null(json);
	ck_assert_int_eq(wp_plan_source_put(st, 1, "{}", &err), 0);
	ck_assert_int_eq(wp_plan_source_get(st, 1, &json, &err), 0);
	ck_assert_str_eq(json, "{}");
	free(json);
	/* kept compressed, under half the text; a source kept as
	 * text (before compression) is read as it is; a damaged one is said */
	ck_assert_int_eq(sql_int(st, "SELECT typeof(plan_json) = 'blob' FROM campaign_source "
				     "WHERE campaign_id = 1"),
			 1);
	char *big = wp_plan_export(st, 2, &err);
	ck_assert_ptr_nonnull(big);
	ck_assert_int_eq(wp_plan_source_put(st, 2, big, &err), 0);
	ck_assert_int_lt(sql_int(st, "SELECT length(plan_json) FROM campaign_source "
				     "WHERE campaign_id = 2"),
			 (long long)strlen(big) / 2);
	ck_assert_int_eq(wp_plan_source_get(st, 2, &json, &err), 0);
	ck_assert_str_eq(json, big);
	free(json);
	free(big);
	ck_assert_int_eq(sqlite3_exec(wp_store_db(st),
				      "UPDATE campaign_source SET plan_json = '{\"old\": 1}' "
				      "WHERE campaign_id = 2; "
				      "INSERT INTO campaign_source(campaign_id, plan_json) "
				      "VALUES (3, x'77707a3100000010ffff')",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_int_eq(wp_plan_source_get(st, 2, &json, &err), 0);
	ck_assert_str_eq(json, "{\"old\": 1}");
	free(json);
	ck_assert_int_eq(wp_plan_source_get(st, 3, &json, &err), -1);
	ck_assert_ptr_null(json);
	ck_assert_str_eq(err.msg, "the kept plan is damaged");
	/* a source goes with its campaign */
	ck_assert_int_eq(wp_campaign_delete(st, 1, &err), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign_source"), 2);
	wp_store_close(st);
}
END_TEST

/* Step 010 marks kept plans as possibly compressed, so that an older
 * weekplan refuses the database instead of reading a blob as text; the
 * plans a version 9 database kept as text read on unchanged. */
START_TEST(a_version_9_database_keeps_its_text_sources)
{
	wp_store *st;
	wp_err err;
	ck_assert_int_eq(wp_store_open(path, &st, &err), 0);
	ck_assert_int_eq(wp_demo_load(st, &err), 0);
	wp_store_close(st);
	raw_exec(path, "UPDATE campaign_source SET plan_json = '{\"kept\": ' || campaign_id || '}'; "
		       "PRAGMA user_version = 9;");
	ck_assert_int_eq(wp_store_open(path, &st, &err), 0);
	ck_assert_int_eq(sql_int(st, "PRAGMA user_version"), wp_store_schema_version());
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign_source "
				     "WHERE typeof(plan_json) = 'text'"),
			 5);
	char *json = NULL;
	ck_assert_int_eq(wp_plan_source_get(st, 2, &json, &err), 0);
	ck_assert_str_eq(json, "{\"kept\": 2}");
	free(json);
	wp_store_close(st);
}
END_TEST

/* A change made of other changes (a re-import) nests their transactions:
 * an inner rollback undoes only the inner work. */
START_TEST(a_transaction_inside_another_is_a_savepoint)
{
	wp_store *st;
	wp_err err;
	ck_assert_int_eq(wp_store_open(path, &st, &err), 0);
	sqlite3 *db = wp_store_db(st);
	ck_assert_int_eq(wp_store_begin(st, &err), 0);
	ck_assert_int_eq(sqlite3_exec(db, "INSERT INTO meta VALUES ('outer', '1')", NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_int_eq(wp_store_begin(st, &err), 0);
	ck_assert_int_eq(sqlite3_exec(db, "INSERT INTO meta VALUES ('undone', '1')", NULL, NULL, NULL),
			 SQLITE_OK);
	wp_store_rollback(st);
	ck_assert_int_eq(wp_store_begin(st, &err), 0);
	ck_assert_int_eq(sqlite3_exec(db, "INSERT INTO meta VALUES ('inner', '1')", NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_int_eq(wp_store_commit(st, &err), 0);
	ck_assert_int_eq(sqlite3_get_autocommit(db), 0);
	ck_assert_int_eq(wp_store_commit(st, &err), 0);
	ck_assert_int_eq(sqlite3_get_autocommit(db), 1);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM meta WHERE key IN ('outer', 'inner')"), 2);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM meta WHERE key = 'undone'"), 0);
	/* and an outer rollback undoes the committed inner work too */
	ck_assert_int_eq(wp_store_begin(st, &err), 0);
	ck_assert_int_eq(wp_store_begin(st, &err), 0);
	ck_assert_int_eq(sqlite3_exec(db, "INSERT INTO meta VALUES ('gone', '1')", NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_int_eq(wp_store_commit(st, &err), 0);
	wp_store_rollback(st);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM meta WHERE key = 'gone'"), 0);
	wp_store_close(st);
}
END_TEST

START_TEST(a_database_from_a_newer_weekplan_is_refused)
{
	raw_exec(path, "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT); "
		       "PRAGMA user_version = 99;");
	wp_store *st;
	wp_err err;
	ck_assert_int_eq(wp_store_open(path, &st, &err), -1);
	ck_assert_ptr_null(st);
	ck_assert_ptr_nonnull(strstr(err.msg, "newer weekplan (schema version 99"));
	ck_assert_ptr_nonnull(strstr(err.msg, path));
}
END_TEST

START_TEST(a_file_that_is_not_sqlite_is_refused_untouched)
{
	const char text[] = "这不是数据库\n";
	write_file(path, text, sizeof text - 1);
	wp_store *st;
	wp_err err;
	ck_assert_int_eq(wp_store_open(path, &st, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "not a weekplan database (not an SQLite file)"));
	char buf[64] = {0};
	FILE *f = fopen(path, "rb");
	ck_assert_uint_eq(fread(buf, 1, sizeof buf, f), sizeof text - 1);
	fclose(f);
	ck_assert_str_eq(buf, text);
}
END_TEST

START_TEST(another_programs_database_is_refused)
{
	raw_exec(path, "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT);");
	wp_store *st;
	wp_err err;
	ck_assert_int_eq(wp_store_open(path, &st, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "not a weekplan database (it holds other tables)"));
}
END_TEST

START_TEST(a_corrupt_database_gives_an_error_not_a_crash)
{
	wp_store *st;
	wp_err err;
	ck_assert_int_eq(wp_store_open(path, &st, &err), 0);
	ck_assert_int_eq(wp_demo_load(st, &err), 0);
	ck_assert_int_eq(sql_int(st, "PRAGMA wal_checkpoint(TRUNCATE)"), 0);
	wp_store_close(st);
	/* Scribble over everything after the first page. */
	FILE *f = fopen(path, "r+b");
	ck_assert_ptr_nonnull(f);
	fseek(f, 4096, SEEK_SET);
	char junk[8192];
	memset(junk, 0x5a, sizeof junk);
	fwrite(junk, 1, sizeof junk, f);
	fclose(f);
	int rc = wp_store_open(path, &st, &err);
	if (rc == 0) {
		wp_campaign_ref *list;
		size_t n;
		rc = wp_campaign_list(st, &list, &n, &err);
		wp_store_close(st);
	}
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(strstr(err.msg, "malformed") || strstr(err.msg, "not a database"),
		      "unexpected message: %s", err.msg);
}
END_TEST

START_TEST(a_locked_database_fails_cleanly_and_changes_nothing)
{
	wp_store *a, *b;
	wp_err err;
	ck_assert_int_eq(wp_store_open(path, &a, &err), 0);
	ck_assert_int_eq(wp_store_open(path, &b, &err), 0);
	sqlite3_busy_timeout(wp_store_db(b), 50);
	ck_assert_int_eq(wp_store_begin(a, &err), 0); /* a holds the write lock */
	const char *plan = wp_embedded_plans[0].text;
	ck_assert_int_eq(wp_plan_import(b, plan, strlen(plan), 0, NULL, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "locked"));
	wp_store_rollback(a);
	ck_assert_int_eq(sql_int(b, "SELECT count(*) FROM campaign"), 0);
	/* Once the lock is gone the same import goes through. */
	ck_assert_int_eq(wp_plan_import(b, plan, strlen(plan), 0, NULL, &err), 0);
	ck_assert_int_eq(sql_int(a, "SELECT count(*) FROM campaign"), 1);
	wp_store_close(a);
	wp_store_close(b);
}
END_TEST

START_TEST(surplus_sql_after_a_statement_is_refused)
{
	wp_store *st = open_memory();
	wp_err err;
	static const char sql[] = "SELECT 1; DROP TABLE campaign";
	ck_assert_ptr_null(wp_store_stmt(st, sql, &err));
	ck_assert_ptr_nonnull(strstr(err.msg, "surplus SQL"));
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM sqlite_schema WHERE name = 'campaign'"), 1);
	wp_store_close(st);
}
END_TEST

/* One row by id: the row, or "no X with id N" (every load by id uses it). */
START_TEST(a_row_by_id_is_found_or_named_missing)
{
	wp_store *st = open_demo();
	wp_err err;
	static const char sql[] = "SELECT title FROM campaign WHERE id = ?1";
	sqlite3_stmt *s = wp_store_row(st, sql, 1, "campaign", &err);
	ck_assert_ptr_nonnull(s);
	ck_assert_ptr_nonnull(sqlite3_column_text(s, 0));
	sqlite3_reset(s);
	ck_assert_ptr_null(wp_store_row(st, sql, 9999, "campaign", &err));
	ck_assert_str_eq(err.msg, "no campaign with id 9999");
	wp_campaign_rec rec;
	ck_assert_int_eq(wp_campaign_load(st, 9999, &rec, &err), -1);
	ck_assert_str_eq(err.msg, "no campaign with id 9999");
	wp_store_close(st);
}
END_TEST

/* ---- two programs upgrading one database at once -------------------------- */

struct racer {
	sqlite3 *other; /* holds the write lock until the busy handler runs */
	int calls;
	int other_rc;
};

/* Called while the migration waits for the write lock: the other program
 * finishes the whole upgrade first, then lets it go on. */
static int upgrade_meanwhile(void *ctx, int count)
{
	struct racer *r = ctx;
	(void)count;
	if (r->calls++ == 0) {
		wp_err err;
		sqlite3_exec(r->other, "ROLLBACK", NULL, NULL, NULL);
		r->other_rc = wp_store_migrate(r->other, &err);
	}
	return r->calls < 100;
}

/* The migration read the old user_version before it got the write lock;
 * it must read it again under the lock and not run a step twice. */
static void upgrade_race(const char *initial_sql)
{
	if (*initial_sql)
		raw_exec(path, initial_sql);
	sqlite3 *mine;
	struct racer r = {0};
	ck_assert_int_eq(sqlite3_open(path, &mine), SQLITE_OK);
	ck_assert_int_eq(sqlite3_open(path, &r.other), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(r.other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_busy_handler(mine, upgrade_meanwhile, &r);
	wp_err err;
	int rc = wp_store_migrate(mine, &err);
	ck_assert_msg(rc == 0, "%s", err.msg);
	ck_assert_int_ge(r.calls, 1); /* the race did happen */
	ck_assert_int_eq(r.other_rc, 0);
	sqlite3_close(mine);
	sqlite3_close(r.other);
	wp_store *st;
	ck_assert_msg(wp_store_open(path, &st, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(sql_int(st, "PRAGMA user_version"), wp_store_schema_version());
	wp_store_close(st);
}

START_TEST(a_database_upgraded_meanwhile_by_another_program_is_not_upgraded_twice)
{
	wp_buf sql = WP_BUF_INIT;
	wp_buf_puts(&sql, wp_embedded_schema[0]);
	wp_buf_puts(&sql, "PRAGMA user_version = 1;");
	upgrade_race(wp_buf_str(&sql));
	wp_buf_free(&sql);
}
END_TEST

START_TEST(a_database_created_meanwhile_by_another_program_is_not_created_twice)
{
	upgrade_race("");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("store");
	TCase *tc = tcase_create("store");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, a_new_database_gets_the_current_schema_and_the_holidays);
	tcase_add_test(tc, an_older_database_is_upgraded_keeping_its_data);
	tcase_add_test(tc, a_version_3_committee_survives_the_vice_chair_upgrade);
	tcase_add_test(tc, a_version_8_database_gets_campaign_sources);
	tcase_add_test(tc, a_version_9_database_keeps_its_text_sources);
	tcase_add_test(tc, a_transaction_inside_another_is_a_savepoint);
	tcase_add_test(tc, a_database_from_a_newer_weekplan_is_refused);
	tcase_add_test(tc, a_file_that_is_not_sqlite_is_refused_untouched);
	tcase_add_test(tc, another_programs_database_is_refused);
	tcase_add_test(tc, a_corrupt_database_gives_an_error_not_a_crash);
	tcase_add_test(tc, a_locked_database_fails_cleanly_and_changes_nothing);
	tcase_add_test(tc, surplus_sql_after_a_statement_is_refused);
	tcase_add_test(tc, a_row_by_id_is_found_or_named_missing);
	tcase_add_test(tc, a_database_upgraded_meanwhile_by_another_program_is_not_upgraded_twice);
	tcase_add_test(tc, a_database_created_meanwhile_by_another_program_is_not_created_twice);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
