/* check_truth.c - the bundled plans (data/plans) against the hand-checked
 * readings of the seed notices: every field must match but those the plan
 * format cannot hold yet (printed). */
#include "config.h"

#include "demo.h"
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

int main(void)
{
	Suite *s = suite_create("truth");
	TCase *tc = tcase_create("bundled plans");
	tcase_add_test(tc, the_bundled_plans_match_the_readings_of_the_seed_notices);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
