#include "config.h"

#include "query.h"
#include "search-tokenizer.h"
#include "testutil.h"

/* Search over the full-text index (schema step 008) must find exactly the
 * activities the instr() scan it replaced found, in the same order. */

static wp_store *st;

static void setup(void)
{
	st = open_demo();
}

static void teardown(void)
{
	wp_store_close(st);
}

/* The search as it was before the index, kept as the reference. */
static const char reference_sql[] =
	"SELECT a.id FROM activity a JOIN campaign c ON c.id = a.campaign_id "
	"WHERE instr(a.title, ?1) > 0 OR instr(a.location, ?1) > 0 "
	"ORDER BY coalesce(a.start_date, c.period_start) DESC, a.campaign_id, a.seq LIMIT ?2";

/* Compares one search with the reference; returns how many activities
 * both found. */
static size_t matches_reference(const char *text, int max)
{
	wp_search_hit *hits;
	size_t n;
	wp_err err;
	ck_assert_msg(wp_query_search(st, text, max, &hits, &n, &err) == 0, "searching [%s]: %s",
		      text, err.msg);
	sqlite3_stmt *s;
	ck_assert_int_eq(sqlite3_prepare_v2(wp_store_db(st), reference_sql, -1, &s, NULL),
			 SQLITE_OK);
	sqlite3_bind_text(s, 1, text, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 2, max);
	size_t i = 0;
	while (sqlite3_step(s) == SQLITE_ROW) {
		ck_assert_msg(i < n && hits[i].activity_id != 0, "[%s]: hit %zu missing", text, i);
		ck_assert_msg(hits[i].activity_id == sqlite3_column_int64(s, 0),
			      "[%s]: hit %zu is activity %lld, the scan found %lld", text, i,
			      (long long)hits[i].activity_id, sqlite3_column_int64(s, 0));
		i++;
	}
	sqlite3_finalize(s);
	ck_assert_msg(i == n || hits[i].activity_id == 0, "[%s]: more hits than the scan (%zu)",
		      text, i);
	wp_search_hits_free(hits, n);
	return i;
}

START_TEST(every_piece_of_every_title_and_place_finds_what_the_scan_found)
{
	/* Substrings of 1 to 4 characters from each title and place, at a
	 * few offsets: Chinese words of every length, ASCII, and pieces
	 * that cross from one script to the other or end mid-word. */
	static const char sql[] =
		"WITH k(i) AS (VALUES (1), (2), (4), (7), (11)), len(j) AS (VALUES (1), (2), (3), (4)), "
		"t(x) AS (SELECT title FROM activity UNION SELECT location FROM activity "
		"         WHERE location IS NOT NULL) "
		"SELECT DISTINCT substr(x, i, j), j, unicode(substr(x, i, j)) > 127 FROM t, k, len "
		"WHERE length(substr(x, i, j)) = j ORDER BY 1";
	sqlite3_stmt *s;
	ck_assert_int_eq(sqlite3_prepare_v2(wp_store_db(st), sql, -1, &s, NULL), SQLITE_OK);
	size_t queries = 0, found = 0, chinese[5] = { 0 };
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *text = (const char *)sqlite3_column_text(s, 0);
		size_t hits = matches_reference(text, 1000);
		ck_assert_msg(hits > 0, "[%s] comes from a title but finds nothing", text);
		found += hits;
		if (sqlite3_column_int(s, 2) && sqlite3_column_bytes(s, 0) == 3 * sqlite3_column_int(s, 1))
			chinese[sqlite3_column_int(s, 1)]++;
		queries++;
	}
	sqlite3_finalize(s);
	ck_assert_uint_gt(queries, 500);
	ck_assert_uint_gt(found, queries);
	ck_assert_uint_gt(chinese[1], 50); /* one Chinese character */
	ck_assert_uint_gt(chinese[2], 50); /* two, like 培训 */
	ck_assert_uint_gt(chinese[3], 50);
}
END_TEST

START_TEST(words_case_and_query_syntax_are_searched_literally)
{
	static const char *const texts[] = {
		"培训", "知识产权", "宣传周", "知", "培训班", "IP", "ip", "Ip", "2026", "026",
		"4.26", "I", "p", "知识 产权", "知识产权 宣传", " ", "", "\"", "\"\"", "\"培训",
		"培训\"", "\"培训\"", "培*", "培训*", "*", "^培训", "^", "知识 NEAR 产权",
		"NEAR(知识 产权)", "知识 AND 产权", "知识 OR 产权", "NOT 培训", "AND", "OR", "NOT",
		"title:培训", "location:市", "{title}:培训", "(培训)", "培训)", "(", "-培训",
		"培训 + 宣传", "+", ":", "'", "';--", "%", "_", "\\", "a\"b", "市\"市",
		"知识产权局）", "（市知识产权局）", "、", "，", "。", "e\xcc\x81", "\xe5", "\xff\xfe",
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 培训",
	};
	size_t found = 0;
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		found += matches_reference(texts[i], 1000);
	ck_assert_uint_gt(found, 100);
	ck_assert_uint_gt(matches_reference("培训", 1000), 0);
	ck_assert_uint_eq(matches_reference("NEAR(知识 产权)", 1000), 0);
}
END_TEST

START_TEST(a_limited_search_keeps_the_order_and_the_first_rows)
{
	ck_assert_uint_eq(matches_reference("知识产权", 3), 3);
	ck_assert_uint_eq(matches_reference("宣传", 1), 1);
	ck_assert_uint_eq(matches_reference("宣传", 0), 0);
}
END_TEST

/* The triggers keep the index in step with every write. */
START_TEST(the_index_follows_inserts_edits_and_deletes)
{
	sqlite3 *db = wp_store_db(st);
	ck_assert_int_eq(sqlite3_exec(db,
				      "INSERT INTO activity(campaign_id, seq, number, title, location) "
				      "SELECT min(id), 999, '99', '无人机巡检演练', '河湾PierX码头' "
				      "FROM campaign",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_uint_eq(matches_reference("巡检", 100), 1);
	ck_assert_uint_eq(matches_reference("PierX码", 100), 1);
	ck_assert_uint_eq(matches_reference("湾Pier", 100), 1);
	/* Tokens after a Chinese run keep their places in the phrase. */
	ck_assert_uint_eq(matches_reference("河湾PierX码", 100), 1);
	ck_assert_uint_eq(matches_reference("巡检演练", 100), 1);
	ck_assert_int_eq(sqlite3_exec(db, "UPDATE activity SET title = '桥梁检修' WHERE seq = 999",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_uint_eq(matches_reference("巡检", 100), 0);
	ck_assert_uint_eq(matches_reference("梁检", 100), 1);
	ck_assert_int_eq(sqlite3_exec(db, "UPDATE activity SET location = NULL WHERE seq = 999",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_uint_eq(matches_reference("码头", 100), 0);
	ck_assert_int_eq(sqlite3_exec(db, "DELETE FROM activity WHERE seq = 999", NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_uint_eq(matches_reference("梁检", 100), 0);
	/* The index agrees with itself and holds every activity, once. */
	ck_assert_int_eq(sqlite3_exec(db,
				      "INSERT INTO activity_search(activity_search, rank) "
				      "VALUES ('integrity-check', 1)",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity_search s JOIN activity a "
				     "ON a.id = s.rowid AND a.title = s.title "
				     "AND a.location IS s.location"),
			 sql_int(st, "SELECT count(*) FROM activity"));
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity_search"),
			 sql_int(st, "SELECT count(*) FROM activity"));
}
END_TEST

/* A program without the tokenizer (the sqlite3 tool, a script) can still
 * write activities, and a search finds its change before and after
 * weekplan folds it into the index. */
START_TEST(a_change_by_another_program_is_found)
{
	wp_store_close(st);
	char *path = temp_path(".db");
	wp_err err;
	ck_assert_msg(wp_store_open(path, &st, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(wp_demo_load(st, &err), 0);
	ck_assert_uint_gt(matches_reference("培训", 100), 0); /* the index caught up */
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity_search_stale"), 0);
	sqlite3 *other;
	ck_assert_int_eq(sqlite3_open(path, &other), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(other,
				      "UPDATE activity SET title = '无人机巡检演练' "
				      "WHERE id = (SELECT min(id) FROM activity)",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(other);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity_search_stale"), 1);
	ck_assert_uint_eq(matches_reference("巡检", 100), 1);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM activity_search_stale"), 0);
	ck_assert_uint_eq(matches_reference("巡检", 100), 1);
	wp_store_close(st);
	st = open_demo(); /* for the teardown */
	unlink(path);
	free(path);
}
END_TEST

START_TEST(a_query_with_nothing_to_index_is_told_apart)
{
	ck_assert(wp_search_query_has_terms("培"));
	ck_assert(wp_search_query_has_terms("培训"));
	ck_assert(wp_search_query_has_terms("a 培"));
	ck_assert(wp_search_query_has_terms("x ip y"));
	/* An ASCII word at either end may be part of a longer word. */
	ck_assert(!wp_search_query_has_terms("ip"));
	ck_assert(!wp_search_query_has_terms("ip x"));
	ck_assert(!wp_search_query_has_terms(""));
	ck_assert(!wp_search_query_has_terms("*^\"()"));
	/* Broken UTF-8 is matched byte by byte: only a scan can. */
	ck_assert(!wp_search_query_has_terms("培\xe5"));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("search");
	TCase *tc = tcase_create("search on the bundled plans");
	tcase_add_checked_fixture(tc, setup, teardown);
	/* Several hundred searches; under the sanitizers that takes longer
	 * than Check's default 4 s. */
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, every_piece_of_every_title_and_place_finds_what_the_scan_found);
	tcase_add_test(tc, words_case_and_query_syntax_are_searched_literally);
	tcase_add_test(tc, a_limited_search_keeps_the_order_and_the_first_rows);
	tcase_add_test(tc, the_index_follows_inserts_edits_and_deletes);
	tcase_add_test(tc, a_change_by_another_program_is_found);
	tcase_add_test(tc, a_query_with_nothing_to_index_is_told_apart);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
