#include "config.h"

#include "campaign.h"
#include "demo.h"
#include "edit.h"
#include "testutil.h"
#include "unit.h"

static wp_store *st;

static void setup(void)
{
	st = open_demo();
}

static void teardown(void)
{
	wp_store_close(st);
}

START_TEST(the_same_name_in_two_regions_is_two_units)
{
	wp_err err;
	int64_t a, b, c;
	ck_assert_int_eq(wp_unit_ensure(st, "荣昌区", "区市场监管局", &a, &err), 0);
	ck_assert_int_eq(wp_unit_ensure(st, "大足区", "区市场监管局", &b, &err), 0);
	ck_assert_int_ne(a, b);
	ck_assert_int_eq(wp_unit_ensure(st, "荣昌区", "区市场监管局", &c, &err), 0);
	ck_assert_int_eq(a, c);
}
END_TEST

START_TEST(aliases_and_bracket_forms_find_one_unit)
{
	wp_err err;
	int64_t canonical, id;
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "县市场监管局（知识产权局）", &canonical, &err), 1);
	static const char *const spellings[] = {"县市场监管局(知识产权局)", "鹿寨县市场监督管理局",
						"鹿寨县知识产权局", "县市场监督管理局",
						" 县市场监管局 "};
	for (size_t i = 0; i < sizeof spellings / sizeof *spellings; i++) {
		ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", spellings[i], &id, &err), 1);
		ck_assert_int_eq(id, canonical);
	}
	/* Aliases belong to their region. */
	ck_assert_int_eq(wp_unit_lookup(st, "朝阳市", "县市场监督管理局", &id, &err), 0);
}
END_TEST

START_TEST(an_alias_cannot_name_two_units)
{
	wp_err err;
	int64_t police, court;
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "县公安局", &police, &err), 1);
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "县人民法院", &court, &err), 1);
	ck_assert_int_eq(wp_unit_add_alias(st, police, "公安", &err), 0);
	ck_assert_int_eq(wp_unit_add_alias(st, court, "公安", &err), -1);
	ck_assert_str_eq(err.msg, "alias '公安' already names another unit");
	ck_assert_int_eq(wp_unit_add_alias(st, police, "公安", &err), 0); /* again: fine */
	ck_assert_int_eq(wp_unit_add_alias(st, police, "", &err), -1);
	ck_assert_int_eq(wp_unit_add_alias(st, police, "a\nb", &err), -1);
}
END_TEST

START_TEST(a_unit_form_saves_its_name_and_aliases_at_once)
{
	wp_err err;
	int64_t police, id;
	wp_unit_rec rec;
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "县公安局", &police, &err), 1);
	ck_assert_int_eq(wp_unit_load(st, police, &rec, &err), 0);
	ck_assert_str_eq(rec.name, "县公安局");
	ck_assert_str_eq(rec.region, "鹿寨县");
	int revision = rec.revision;
	free(rec.name);
	rec.name = strdup("鹿寨县公安局");
	wp_unit_rec_add_alias(&rec, "县公安");
	wp_unit_rec_add_alias(&rec, "公安局");
	wp_unit_rec_add_alias(&rec, "县公安"); /* twice: stored once */
	wp_unit_rec_add_alias(&rec, "鹿寨县公安局"); /* the name: not an alias */
	ck_assert_int_eq(wp_unit_save(st, &rec, &err), 0);
	ck_assert_int_eq(rec.revision, revision + 1);
	wp_unit_rec_clear(&rec);
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "公安局", &id, &err), 1);
	ck_assert_int_eq(id, police);
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "县公安局", &id, &err), 0);
	ck_assert_int_eq(wp_unit_load(st, police, &rec, &err), 0);
	ck_assert_str_eq(rec.name, "鹿寨县公安局");
	ck_assert_uint_eq(rec.naliases, 2);
	ck_assert_str_eq(rec.aliases[0], "县公安");
	ck_assert_str_eq(rec.aliases[1], "公安局");
	/* A name and an alias trade places; an alias left out goes. */
	free(rec.name);
	rec.name = strdup("县公安");
	free(rec.aliases[0]);
	rec.aliases[0] = strdup("鹿寨县公安局");
	rec.naliases = 1;
	free(rec.aliases[1]);
	ck_assert_int_eq(wp_unit_save(st, &rec, &err), 0);
	wp_unit_rec_clear(&rec);
	ck_assert_int_eq(wp_unit_load(st, police, &rec, &err), 0);
	ck_assert_str_eq(rec.name, "县公安");
	ck_assert_uint_eq(rec.naliases, 1);
	ck_assert_str_eq(rec.aliases[0], "鹿寨县公安局");
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "公安局", &id, &err), 0);
	wp_unit_rec_clear(&rec);
}
END_TEST

START_TEST(a_unit_form_refused_changes_nothing)
{
	wp_err err;
	int64_t police, court, id;
	wp_unit_rec rec, stale;
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "县公安局", &police, &err), 1);
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "县人民法院", &court, &err), 1);
	ck_assert_int_eq(wp_unit_load(st, police, &rec, &err), 0);
	wp_unit_rec_copy(&stale, &rec);
	/* A new alias first, then a name another unit has: neither is stored. */
	wp_unit_rec_add_alias(&rec, "公安");
	free(rec.name);
	rec.name = strdup("县人民法院");
	ck_assert_int_eq(wp_unit_save(st, &rec, &err), -1);
	ck_assert_str_eq(err.msg, "another unit of the region is already called '县人民法院'");
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "公安", &id, &err), 0);
	/* An alias another unit answers to, after a new name: neither. */
	free(rec.name);
	rec.name = strdup("公安局");
	wp_unit_rec_add_alias(&rec, "县法院(人民法院)");
	wp_unit_rec_add_alias(&rec, "县人民法院");
	ck_assert_int_eq(wp_unit_save(st, &rec, &err), -1);
	ck_assert_str_eq(err.msg, "'县人民法院' already names another unit of the region");
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "公安局", &id, &err), 0);
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "县公安局", &id, &err), 1);
	/* Empty names are refused before anything is stored. */
	wp_unit_rec_clear(&rec);
	wp_unit_rec_copy(&rec, &stale);
	wp_unit_rec_add_alias(&rec, "");
	ck_assert_int_eq(wp_unit_save(st, &rec, &err), -1);
	/* A save of a unit changed meanwhile is a conflict. */
	wp_unit_rec_clear(&rec);
	wp_unit_rec_copy(&rec, &stale);
	wp_unit_rec_add_alias(&rec, "公安");
	ck_assert_int_eq(wp_unit_save(st, &rec, &err), 0);
	wp_unit_rec_add_alias(&stale, "治安");
	ck_assert_int_eq(wp_unit_save(st, &stale, &err), WP_EDIT_CONFLICT);
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "治安", &id, &err), 0);
	ck_assert_int_eq(wp_unit_lookup(st, "鹿寨县", "公安", &id, &err), 1);
	wp_unit_rec_clear(&rec);
	wp_unit_rec_clear(&stale);
}
END_TEST

START_TEST(a_search_prefers_exact_names_and_reports_ambiguity)
{
	wp_unit_ref refs[4];
	wp_err err;
	/* 区市场监管局 is also part of 区市场监管局（组委会办公室）: exact wins. */
	int n = wp_unit_search(st, "区市场监管局", NULL, refs, 4, &err);
	ck_assert_int_eq(n, 1);
	ck_assert_str_eq(refs[0].name, "区市场监管局");
	ck_assert_str_eq(refs[0].region, "荣昌区");
	wp_unit_refs_free(refs, 1);
	n = wp_unit_search(st, "公安局", NULL, refs, 4, &err);
	ck_assert_int_eq(n, 3); /* 县公安局, 区公安局, 市公安局 */
	wp_unit_refs_free(refs, 3);
	n = wp_unit_search(st, "公安局", "荣昌区", refs, 4, &err);
	ck_assert_int_eq(n, 1);
	ck_assert_str_eq(refs[0].name, "区公安局");
	wp_unit_refs_free(refs, 1);
	/* Found through an alias. */
	n = wp_unit_search(st, "州局", NULL, refs, 4, &err);
	ck_assert_int_eq(n, 1);
	ck_assert_str_eq(refs[0].name, "州市场监管局");
	wp_unit_refs_free(refs, 1);
	ck_assert_int_eq(wp_unit_search(st, "交通局", NULL, refs, 4, &err), 0);
}
END_TEST

START_TEST(campaigns_are_found_by_id_or_a_unique_part_of_the_title)
{
	wp_campaign_ref ref;
	wp_err err;
	ck_assert_int_eq(wp_campaign_find(st, "荣昌", &ref, &err), 0);
	ck_assert_str_eq(ref.title, "荣昌区2023年知识产权宣传周活动方案");
	ck_assert_date_eq(ref.start, "2023-04-20");
	char id[16];
	snprintf(id, sizeof id, "%lld", (long long)ref.id);
	wp_campaign_ref_clear(&ref);
	ck_assert_int_eq(wp_campaign_find(st, id, &ref, &err), 0);
	ck_assert_str_eq(ref.region, "荣昌区");
	wp_campaign_ref_clear(&ref);
	ck_assert_int_eq(wp_campaign_find(st, "2026", &ref, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "'2026' matches 2 campaigns"));
	ck_assert_int_eq(wp_campaign_find(st, "杭州", &ref, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "no campaign matches '杭州'"));
	ck_assert_int_eq(wp_campaign_find(st, "99", &ref, &err), -1);
	ck_assert_int_eq(wp_campaign_find(st, "", &ref, &err), -1);
}
END_TEST

START_TEST(deleting_a_campaign_removes_what_belongs_to_it)
{
	wp_campaign_ref ref;
	wp_err err;
	ck_assert_int_eq(wp_campaign_find(st, "荣昌", &ref, &err), 0);
	ck_assert_int_eq(wp_campaign_delete(st, ref.id, &err), 0);
	char sql[160];
	snprintf(sql, sizeof sql, "SELECT count(*) FROM activity WHERE campaign_id = %lld",
		 (long long)ref.id);
	ck_assert_int_eq(sql_int(st, sql), 0);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM deadline WHERE campaign_id = %lld",
		 (long long)ref.id);
	ck_assert_int_eq(sql_int(st, sql), 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign"), 4);
	ck_assert_int_eq(wp_campaign_delete(st, ref.id, &err), -1);
	wp_campaign_ref_clear(&ref);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("unit");
	TCase *tc = tcase_create("units and campaigns");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, the_same_name_in_two_regions_is_two_units);
	tcase_add_test(tc, aliases_and_bracket_forms_find_one_unit);
	tcase_add_test(tc, an_alias_cannot_name_two_units);
	tcase_add_test(tc, a_unit_form_saves_its_name_and_aliases_at_once);
	tcase_add_test(tc, a_unit_form_refused_changes_nothing);
	tcase_add_test(tc, a_search_prefers_exact_names_and_reports_ambiguity);
	tcase_add_test(tc, campaigns_are_found_by_id_or_a_unique_part_of_the_title);
	tcase_add_test(tc, deleting_a_campaign_removes_what_belongs_to_it);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
