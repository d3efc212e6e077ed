/* check_truth.c - the bundled plans (data/plans) against the hand-checked
 * readings of the seed notices: every field must match but those the plan
 * format cannot hold yet (printed). */
#include "config.h"

#include "demo.h"
#include "plan.h"
#include "testutil.h"
#include "truthcmp.h"

static const char *const files[] = {
	"000_56dcfde114b1f299.json", "001_2e61a39d674edb67.json", "002_f3eb5e40a0807c49.json",
	"003_1ac52fcfac32619d.json", "004_59eee309cb3bfcb9.json"};
static const char *const titles[] = {
	"2026年全国知识产权宣传周鹿寨县活动方案", "2026年朝阳市知识产权宣传周活动方案",
	"2024年临夏州知识产权宣传周活动方案", "2022年濮阳市知识产权宣传周活动",
	"荣昌区2023年知识产权宣传周活动方案"};

/* Prints the differences; returns how many are not fields the plan format
 * cannot hold (those the plans cannot match). */
static int unwritten(const char *file, const truth_result *res)
{
	int wrong = 0;
	for (size_t i = 0; i < res->n; i++) {
		const truth_diff *d = &res->diffs[i];
		bool inexpressible = strcmp(d->got, TRUTH_NOT_IN_FORMAT) == 0;
		printf("%s: %s: expected '%s', got '%s'\n", file, d->key, d->want, d->got);
		wrong += !inexpressible;
	}
	return wrong;
}

START_TEST(the_bundled_plans_match_the_readings_of_the_seed_notices)
{
	const char *top = getenv("top_srcdir");
	wp_err err;
	wp_store *st = open_memory();
	ck_assert_int_eq(wp_demo_load(st, &err), 0);
	int total = 0, wrong = 0;
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		char path[1024], sql[256];
		snprintf(path, sizeof path, "%s/tests/fixtures/truth/%s", top ? top : ".", files[i]);
		snprintf(sql, sizeof sql, "SELECT id FROM campaign WHERE title = '%s'", titles[i]);
		truth_result res;
		truth_compare(st, sql_int(st, sql), path, &res);
		printf("%s: %d/%d fields match\n", files[i], res.compared - res.wrong, res.compared);
		total += res.compared;
		wrong += unwritten(files[i], &res);
		truth_result_free(&res);
	}
	wp_store_close(st);
	ck_assert_int_gt(total, 300);
	ck_assert_msg(wrong == 0, "%d of %d fields differ (see above)", wrong, total);
}
END_TEST

/* The differences of plan against the reading held in the JSON text
 * reading whose keys open with prefix, as "key=got;" text. Caller frees. */
static char *diffs_under(const char *plan, const char *reading, const char *prefix)
{
	wp_store *st = open_memory();
	int64_t id;
	wp_err err;
	ck_assert_msg(wp_plan_import(st, plan, strlen(plan), 0, &id, &err) == 0, "%s", err.msg);
	char *path = temp_path(".json");
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fprintf(f, "%s\n", reading);
	fclose(f);
	truth_result res;
	truth_compare(st, id, path, &res);
	wp_buf b = WP_BUF_INIT;
	for (size_t i = 0; i < res.n; i++)
		if (strncmp(res.diffs[i].key, prefix, strlen(prefix)) == 0)
			wp_buf_printf(&b, "%s=%s;", res.diffs[i].key, res.diffs[i].got);
	truth_result_free(&res);
	unlink(path);
	free(path);
	wp_store_close(st);
	return wp_buf_take(&b);
}

/* The differences under committee.vice_chair of plan against a reading
 * whose committee is committee (JSON). Caller frees. */
static char *vice_chair_diffs(const char *plan, const char *committee)
{
	wp_buf reading = WP_BUF_INIT;
	wp_buf_printf(&reading, "{\"title\": \"副主任\", \"committee\": %s}", committee);
	char *d = diffs_under(plan, wp_buf_str(&reading), "committee.vice_chair");
	wp_buf_free(&reading);
	return d;
}

/* A reading's vice-chairs (副主任单位) are compared with the stored ones,
 * unit by unit, as the chair is. */
START_TEST(a_reading_s_vice_chairs_are_compared_with_the_stored_ones)
{
	static const char plan[] =
		"{\"weekplan_plan\": 1, \"title\": \"副主任\", \"region\": \"测试县\",\n"
		" \"period\": {\"start\": \"2026-06-01\", \"end\": \"2026-06-05\"},\n"
		" \"units\": [{\"name\": \"县教育局\", \"aliases\": [\"县教育和体育局\"]}],\n"
		" \"committee\": {\"chair\": [\"县政府\"], \"vice_chair\": [\"县科技局\", "
		"\"县教育局\"]}}\n";
	char *d = vice_chair_diffs(plan, "{\"chair\": [\"县政府\"], "
					 "\"vice_chair\": [\"县科技局\", \"县教育和体育局\"]}");
	ck_assert_str_eq(d, "");
	free(d);
	d = vice_chair_diffs(plan, "{\"chair\": [\"县政府\"], "
				   "\"vice_chair\": [\"县科技局\", \"县公安局\"]}");
	ck_assert_str_eq(d, "committee.vice_chair[2]=县教育局;");
	free(d);
	d = vice_chair_diffs(plan, "{\"chair\": [\"县政府\"], \"vice_chair\": [\"县科技局\"]}");
	ck_assert_str_eq(d, "committee.vice_chair=[\"县科技局\",\"县教育局\"];");
	free(d);
}
END_TEST

/* The differences under deadlines of plan against a reading whose
 * deadlines are deadlines (JSON). Caller frees. */
static char *deadline_diffs(const char *plan, const char *deadlines)
{
	wp_buf reading = WP_BUF_INIT;
	wp_buf_printf(&reading, "{\"title\": \"期限\", \"deadlines\": %s}", deadlines);
	char *d = diffs_under(plan, wp_buf_str(&reading), "deadlines");
	wp_buf_free(&reading);
	return d;
}

#define DL(what, rule, due) \
	"{\"what\": \"" what "\", \"rule\": \"" rule "\", \"due\": \"" due "\", \"who\": [], \"submit_to\": null}"

/* A deadline the reader missed, or gave in another order, mispairs none
 * of the others: they are paired by the duty they say (rule, thing, day),
 * not by their place in the list. */
START_TEST(deadlines_pair_by_the_duty_they_say)
{
	static const char plan[] = "{\"weekplan_plan\": 1, \"title\": \"期限\", \"region\": \"测试县\",\n"
				   " \"period\": {\"start\": \"2026-06-01\", \"end\": \"2026-06-05\"},\n"
				   " \"deadlines\": [" DL("报送总结", "6月20日前", "2026-06-20") ", "
				   DL("报送名单", "5月28日前", "2026-05-28") "]}\n";
	char *d = deadline_diffs(plan, "[" DL("报送方案", "5月20日前", "2026-05-20") ", "
				       DL("报送名单", "5月28日前", "2026-05-28") ", "
				       DL("报送总结", "6月20日前", "2026-06-20") "]");
	ck_assert_str_eq(d, "deadlines.count=2;deadlines[1]=missing;");
	free(d);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("truth");
	TCase *tc = tcase_create("bundled plans");
	tcase_add_test(tc, the_bundled_plans_match_the_readings_of_the_seed_notices);
	tcase_add_test(tc, a_reading_s_vice_chairs_are_compared_with_the_stored_ones);
	tcase_add_test(tc, deadlines_pair_by_the_duty_they_say);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
