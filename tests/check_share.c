/* check_share.c - one campaign as the exports read it: whole, cut for a
 * unit, with its due dates, submissions and stable identifiers. */
#include "config.h"

#include "campaign.h"
#include "deadline.h"
#include "plan.h"
#include "share.h"
#include "testutil.h"
#include "unit.h"

#include <jansson.h>

static wp_store *st;

static void setup(void)
{
	st = open_demo();
}

static void teardown(void)
{
	wp_store_close(st);
}

static int64_t campaign(const char *spec)
{
	wp_campaign_ref ref;
	wp_err err;
	ck_assert_int_eq(wp_campaign_find(st, spec, &ref, &err), 0);
	int64_t id = ref.id;
	wp_campaign_ref_clear(&ref);
	return id;
}

/* The plan file of the campaign, as the reference the share must agree with. */
static json_t *plan_of(int64_t id)
{
	wp_err err;
	char *text = wp_plan_export(st, id, &err);
	ck_assert_ptr_nonnull(text);
	json_t *plan = json_loads(text, 0, NULL);
	free(text);
	ck_assert_ptr_nonnull(plan);
	return plan;
}

static bool has(const wp_names *names, const char *name)
{
	for (size_t i = 0; i < names->n; i++)
		if (strcmp(names->v[i], name) == 0)
			return true;
	return false;
}

START_TEST(a_whole_campaign_holds_what_its_plan_file_holds)
{
	int64_t id = campaign("荣昌");
	json_t *plan = plan_of(id);
	wp_share sh;
	wp_err err;
	ck_assert_int_eq(wp_share_load(st, id, NULL, &sh, &err), 0);
	ck_assert_str_eq(sh.title, json_string_value(json_object_get(plan, "title")));
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(sh.nactivities, json_array_size(acts));
	for (size_t i = 0; i < sh.nactivities; i++) {
		json_t *a = json_array_get(acts, i);
		ck_assert_str_eq(sh.activities[i].title, json_string_value(json_object_get(a, "title")));
		ck_assert_uint_eq(sh.activities[i].lead.n, json_array_size(json_object_get(a, "lead")));
		ck_assert_int_gt(sh.activities[i].id, 0);
		for (size_t j = 0; j < i; j++)
			ck_assert_int_ne(sh.activities[i].id, sh.activities[j].id);
	}
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(sh.deadlines.n, json_array_size(dls));
	for (size_t i = 0; i < sh.deadlines.n; i++)
		ck_assert_str_eq(sh.deadlines.items[i].what,
				 json_string_value(json_object_get(json_array_get(dls, i), "what")));
	ck_assert_date_eq(sh.deadlines.items[0].due, "2023-04-15");
	ck_assert_uint_eq(sh.members.n,
			  json_array_size(json_object_get(json_object_get(plan, "committee"), "members")));
	ck_assert(has(&sh.chair, "区市场监管局"));
	ck_assert_uint_eq(sh.matrix.nactivities, sh.nactivities);
	ck_assert_ptr_null(sh.unit);
	ck_assert_ptr_null(wp_share_owner(&sh, &sh.deadlines.items[0]));
	json_decref(plan);
	wp_share_clear(&sh);
}
END_TEST

/* Undated deadlines are part of the campaign too: the share lists every
 * deadline, in plan order, whether or not it has a date. */
START_TEST(undated_deadlines_are_kept_in_plan_order)
{
	int64_t id = campaign("朝阳");
	wp_share sh;
	wp_err err;
	ck_assert_int_eq(wp_share_load(st, id, NULL, &sh, &err), 0);
	ck_assert_uint_eq(sh.deadlines.n, 3);
	ck_assert_int_eq(sh.deadlines.items[1].due, WP_DATE_NONE); /* 随时报送 */
	ck_assert_date_eq(sh.deadlines.items[2].due, "2026-04-28"); /* 2 working days after */
	wp_share_clear(&sh);
}
END_TEST

START_TEST(a_unit_keeps_only_what_it_leads_cooperates_in_or_owes)
{
	int64_t id = campaign("荣昌");
	wp_share sh;
	wp_err err;
	ck_assert_int_eq(wp_share_load(st, id, "区科技局", &sh, &err), 0);
	ck_assert_str_eq(sh.unit, "区科技局");
	ck_assert_int_gt(sh.unit_id, 0);
	ck_assert_uint_eq(sh.nactivities, 1);
	ck_assert(has(&sh.activities[0].cooperate, "区科技局"));
	ck_assert_uint_eq(sh.deadlines.n, 1);
	const wp_owner *own = wp_share_owner(&sh, &sh.deadlines.items[0]);
	ck_assert_ptr_nonnull(own);
	ck_assert_str_eq(own->name, "区科技局");
	ck_assert_int_eq(own->submitted_on, WP_DATE_NONE);
	/* the committee and the matrix stay whole */
	ck_assert_uint_eq(sh.matrix.nactivities, 7);
	ck_assert(has(&sh.chair, "区市场监管局"));
	wp_share_clear(&sh);

	ck_assert_int_eq(wp_share_load(st, id, "区市场监管局", &sh, &err), 0);
	ck_assert_uint_eq(sh.nactivities, 7); /* leads six, cooperates in one */
	wp_share_clear(&sh);
}
END_TEST

START_TEST(a_unit_is_found_by_its_alias_and_named_by_its_name)
{
	wp_share sh;
	wp_err err;
	ck_assert_int_eq(wp_share_load(st, campaign("荣昌"), "经济信息委", &sh, &err), 0);
	ck_assert_str_eq(sh.unit, "区经济信息委");
	ck_assert_uint_eq(sh.nactivities, 1);
	wp_share_clear(&sh);
}
END_TEST

START_TEST(an_unknown_unit_is_an_error_that_names_it)
{
	wp_share sh;
	wp_err err;
	ck_assert_int_eq(wp_share_load(st, campaign("荣昌"), "区不存在局", &sh, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "区不存在局"));
	ck_assert_ptr_null(sh.title);
	ck_assert_uint_eq(sh.nactivities, 0);
	wp_share_clear(&sh); /* clearing an empty share is safe */
}
END_TEST

START_TEST(a_submission_shows_in_the_share)
{
	int64_t id = campaign("荣昌"), unit = 0;
	wp_err err;
	ck_assert_int_eq(wp_unit_lookup(st, "荣昌区", "区公安局", &unit, &err), 1);
	wp_share sh;
	ck_assert_int_eq(wp_share_load(st, id, "区公安局", &sh, &err), 0);
	int64_t deadline = sh.deadlines.items[0].id;
	wp_share_clear(&sh);
	ck_assert_int_eq(wp_deadline_set_status(st, deadline, unit, D("2023-04-14"), &err), 0);
	ck_assert_int_eq(wp_share_load(st, id, "区公安局", &sh, &err), 0);
	ck_assert_date_eq(wp_share_owner(&sh, &sh.deadlines.items[0])->submitted_on, "2023-04-14");
	wp_share_clear(&sh);
}
END_TEST

START_TEST(identifiers_are_stable_and_distinct)
{
	int64_t id = campaign("鹿寨");
	wp_share a, b;
	wp_err err;
	ck_assert_int_eq(wp_share_load(st, id, NULL, &a, &err), 0);
	ck_assert_int_eq(wp_share_load(st, id, NULL, &b, &err), 0);
	char u1[WP_SHARE_UID_SIZE], u2[WP_SHARE_UID_SIZE];
	for (size_t i = 0; i < a.nactivities; i++) {
		wp_share_uid(&a, "activity", a.activities[i].number, a.activities[i].title, u1);
		wp_share_uid(&b, "activity", b.activities[i].number, b.activities[i].title, u2);
		ck_assert_str_eq(u1, u2);
		ck_assert_uint_eq(strlen(u1), strlen("wp-0123456789abcdef@weekplan"));
		for (size_t j = 0; j < i; j++) {
			wp_share_uid(&a, "activity", a.activities[j].number, a.activities[j].title, u2);
			ck_assert_str_ne(u1, u2);
		}
	}
	/* the same key under another kind, or split otherwise, is another item */
	wp_share_uid(&a, "activity", "一", "x", u1);
	wp_share_uid(&a, "deadline", "一", "x", u2);
	ck_assert_str_ne(u1, u2);
	wp_share_uid(&a, "deadline", "一x", "", u1);
	ck_assert_str_ne(u1, u2);
	wp_share_clear(&a);
	wp_share_clear(&b);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("share");
	TCase *tc = tcase_create("share");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, a_whole_campaign_holds_what_its_plan_file_holds);
	tcase_add_test(tc, undated_deadlines_are_kept_in_plan_order);
	tcase_add_test(tc, a_unit_keeps_only_what_it_leads_cooperates_in_or_owes);
	tcase_add_test(tc, a_unit_is_found_by_its_alias_and_named_by_its_name);
	tcase_add_test(tc, an_unknown_unit_is_an_error_that_names_it);
	tcase_add_test(tc, a_submission_shows_in_the_share);
	tcase_add_test(tc, identifiers_are_stable_and_distinct);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
