/* check_draft.c - the plan under review (plan-draft.h): read, edited and
 * written back, it stores what it was given except what was edited. */
#include "config.h"

#include "alloc.h"
#include "noticeutil.h"
#include "plan-draft.h"
#include "plan.h"
#include "plancheck.h"
#include "testutil.h"

/* The campaign plan stores, exported again (caller frees). */
static char *stored_as(const char *plan)
{
	wp_store *st = open_memory();
	wp_err err;
	int64_t id;
	ck_assert_msg(wp_plan_import(st, plan, strlen(plan), 0, &id, &err) == 0, "%s", err.msg);
	char *out = wp_plan_export(st, id, &err);
	ck_assert_msg(out != NULL, "%s", err.msg);
	wp_store_close(st);
	return out;
}

static void parse(const char *plan, wp_draft *d)
{
	wp_err err;
	ck_assert_msg(wp_draft_parse(plan, strlen(plan), d, &err) == 0, "%s", err.msg);
}

/* The genre notice the planner test imports, read and parsed. */
static void notice_draft(wp_draft *d)
{
	wp_notice_report report;
	char *plan = read_notice("tests/fixtures/genre/g10_zhishichanquan_2026.txt", &report);
	parse(plan, d);
	free(plan);
	wp_notice_report_free(&report);
}

START_TEST(a_plan_written_back_unedited_stores_the_same_campaign)
{
	static const char *const plans[] = {
		"data/plans/000-luzhai-2026.json", "data/plans/001-chaoyang-2026.json",
		"data/plans/002-linxia-2024.json", "data/plans/003-puyang-2022.json",
		"data/plans/004-rongchang-2023.json"};
	for (size_t i = 0; i < sizeof plans / sizeof *plans; i++) {
		size_t len;
		char *orig = slurp(plans[i], &len);
		wp_draft d;
		parse(orig, &d);
		char *again = wp_draft_json(&d);
		char *want = stored_as(orig), *got = stored_as(again);
		ck_assert_msg(strcmp(want, got) == 0, "%s changed on the way", plans[i]);
		/* and writing it back is stable */
		wp_draft d2;
		parse(again, &d2);
		char *third = wp_draft_json(&d2);
		ck_assert_str_eq(third, again);
		free(third);
		wp_draft_clear(&d2);
		free(want);
		free(got);
		free(again);
		free(orig);
		wp_draft_clear(&d);
	}
}
END_TEST

START_TEST(an_edit_changes_only_what_was_edited)
{
	size_t len;
	char *orig = slurp("data/plans/000-luzhai-2026.json", &len);
	wp_draft d;
	parse(orig, &d);
	wp_draft_activity_text t;
	wp_draft_activity_texts(&d, 0, &t);
	free((char *)t.lead);
	t.lead = wp_xstrdup("县科学技术局");
	wp_err err;
	ck_assert_msg(wp_draft_activity_put(&d, 0, &t, &err) == 0, "%s", err.msg);
	wp_draft_activity_text_free(&t);
	char *edited = wp_draft_json(&d);
	char *want_text = stored_as(orig), *got_text = stored_as(edited);
	/* the stored campaign is the original one with that one lead list
	 * replaced, and nothing else changed */
	json_t *want = json_loads(want_text, 0, NULL), *got = json_loads(got_text, 0, NULL);
	ck_assert_ptr_nonnull(want);
	ck_assert_ptr_nonnull(got);
	json_t *act = json_array_get(json_object_get(want, "activities"), 0);
	ck_assert_ptr_nonnull(act);
	json_object_set_new(act, "lead", json_pack("[s]", "县科学技术局"));
	ck_assert_msg(json_equal(want, got), "more than the lead unit changed");
	json_decref(want);
	json_decref(got);
	free(want_text);
	free(got_text);
	free(edited);
	free(orig);
	wp_draft_clear(&d);
}
END_TEST

START_TEST(a_read_notice_keeps_its_period_theme_deadlines_committee_and_contacts)
{
	wp_draft d;
	notice_draft(&d);
	ck_assert_ptr_nonnull(d.title);
	ck_assert_ptr_nonnull(d.theme);
	ck_assert_int_ne(d.start, WP_DATE_NONE);
	ck_assert_uint_gt(d.nactivities, 3);
	ck_assert_uint_gt(d.ndeadlines, 0);
	ck_assert_uint_gt(d.ncontacts, 0);
	ck_assert_uint_gt(d.committee[WP_COMMITTEE_CHAIR].n + d.committee[WP_COMMITTEE_MEMBER].n, 0);
	wp_draft_clear(&d);
}
END_TEST

START_TEST(an_activitys_lead_unit_is_corrected_and_stored)
{
	wp_draft d;
	notice_draft(&d);
	wp_draft_activity_text t;
	wp_draft_activity_texts(&d, 0, &t);
	const char *no = t.no;
	char *cooperate = wp_xstrdup(t.cooperate);
	free((char *)t.lead);
	t.lead = wp_xstrdup("县科学技术局");
	wp_err err;
	ck_assert_msg(wp_draft_activity_put(&d, 0, &t, &err) == 0, "%s", err.msg);
	ck_assert_uint_eq(d.activities[0].lead.n, 1);
	ck_assert_str_eq(d.activities[0].lead.v[0], "县科学技术局");
	char *joined = wp_draft_names_join(&d.activities[0].cooperate);
	ck_assert_str_eq(joined, cooperate); /* what was not edited stays */
	free(joined);
	free(cooperate);

	char *plan = wp_draft_json(&d);
	wp_store *st = open_memory();
	int64_t id;
	ck_assert_msg(wp_plan_import(st, plan, strlen(plan), 0, &id, &err) == 0, "%s", err.msg);
	char sql[512];
	snprintf(sql, sizeof sql,
		 "SELECT count(*) FROM assignment JOIN activity a ON a.id = activity_id "
		 "JOIN unit u ON u.id = unit_id WHERE a.campaign_id = %lld AND a.number = '%s' "
		 "AND role = 'lead' AND u.name = '县科学技术局'",
		 (long long)id, no);
	ck_assert_int_eq(sql_int(st, sql), 1);
	wp_store_close(st);
	free(plan);
	wp_draft_activity_text_free(&t);
	wp_draft_clear(&d);
}
END_TEST

START_TEST(an_activity_is_added_and_removed)
{
	wp_draft d;
	notice_draft(&d);
	size_t n = d.nactivities;
	wp_draft_activity_text t = {.no = "99", .title = "补充活动", .dates = "4月22日",
				    .time = "下午3点", .location = "县图书馆",
				    .lead = "县文化局、县教育局", .cooperate = ""};
	wp_err err;
	ck_assert_msg(wp_draft_activity_put(&d, n, &t, &err) == 0, "%s", err.msg);
	ck_assert_uint_eq(d.nactivities, n + 1);
	ck_assert_str_eq(d.activities[n].time, "15:00");
	ck_assert_uint_eq(d.activities[n].lead.n, 2);
	ck_assert_int_eq(d.activities[n].start, d.activities[n].end);
	ck_assert_int_ne(d.activities[n].start, WP_DATE_NONE);
	/* the same number twice is refused, and changes nothing */
	ck_assert_int_eq(wp_draft_activity_put(&d, n + 1, &t, &err), -1);
	ck_assert_uint_eq(d.nactivities, n + 1);
	wp_draft_activity_text bad = t;
	bad.dates = "4月32日";
	ck_assert_int_eq(wp_draft_activity_put(&d, n, &bad, &err), -1);
	ck_assert_str_eq(d.activities[n].location, "县图书馆");

	char *plan = wp_draft_json(&d);
	ck_assert_ptr_nonnull(strstr(plan, "补充活动"));
	free(plan);
	ck_assert_int_eq(wp_draft_activity_remove(&d, n, &err), 0);
	ck_assert_uint_eq(d.nactivities, n);
	plan = wp_draft_json(&d);
	ck_assert_ptr_null(strstr(plan, "补充活动"));
	free(plan);
	wp_draft_clear(&d);
}
END_TEST

START_TEST(an_activity_a_deadline_refers_to_is_not_removed)
{
	static const char plan[] =
		"{\"weekplan_plan\": 1, \"title\": \"T\", \"period\": {\"start\": "
		"\"2026-04-20\", \"end\": \"2026-04-26\"}, \"activities\": [{\"no\": \"1\", "
		"\"title\": \"A\", \"start\": \"2026-04-21\"}], \"deadlines\": [{\"what\": "
		"\"R\", \"activity\": \"1\", \"relative\": {\"offset\": 2, \"unit\": "
		"\"workdays\", \"anchor\": \"activity_end\"}}]}";
	wp_draft d;
	parse(plan, &d);
	wp_err err;
	ck_assert_int_eq(wp_draft_activity_remove(&d, 0, &err), -1);
	ck_assert_uint_eq(d.nactivities, 1);
	/* renumbering takes the deadline along */
	wp_draft_activity_text t;
	wp_draft_activity_texts(&d, 0, &t);
	free((char *)t.no);
	t.no = wp_xstrdup("一");
	ck_assert_int_eq(wp_draft_activity_put(&d, 0, &t, &err), 0);
	ck_assert_str_eq(d.deadlines[0].activity, "一");
	wp_draft_activity_text_free(&t);
	wp_store *st = open_memory();
	ck_assert_date_eq(wp_draft_deadline_due(&d, 0, wp_store_calendar(st)), "2026-04-23");
	wp_store_close(st);
	ck_assert_int_eq(wp_draft_deadline_remove(&d, 0, &err), 0);
	ck_assert_int_eq(wp_draft_activity_remove(&d, 0, &err), 0);
	wp_draft_clear(&d);
}
END_TEST

START_TEST(a_deadline_is_added_edited_and_removed)
{
	wp_draft d;
	notice_draft(&d);
	size_t n = d.ndeadlines;
	wp_draft_deadline_text t = {.what = "报送总结", .rule = "结束后2个工作日",
				    .who = "县科学技术局，县教育局", .submit_to = "县知识产权局"};
	wp_err err;
	ck_assert_msg(wp_draft_deadline_put(&d, n, &t, &err) == 0, "%s", err.msg);
	ck_assert_uint_eq(d.ndeadlines, n + 1);
	ck_assert_int_eq(d.deadlines[n].rule.kind, WP_RULE_RELATIVE);
	ck_assert_uint_eq(d.deadlines[n].who.n, 2);
	wp_store *st = open_memory();
	ck_assert_int_ne(wp_draft_deadline_due(&d, n, wp_store_calendar(st)), WP_DATE_NONE);
	wp_store_close(st);

	/* a new date replaces the rule and the notice's words for it */
	wp_draft_deadline_text e;
	wp_draft_deadline_texts(&d, 0, &e);
	free((char *)e.rule);
	e.rule = wp_xstrdup("2026-05-08");
	ck_assert_msg(wp_draft_deadline_put(&d, 0, &e, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(d.deadlines[0].rule.kind, WP_RULE_DATE);
	ck_assert_date_eq(d.deadlines[0].rule.fixed, "2026-05-08");
	ck_assert_ptr_null(d.deadlines[0].rule_text);
	wp_draft_deadline_text_free(&e);

	char *plan = wp_draft_json(&d);
	char *stored = stored_as(plan);
	ck_assert_ptr_nonnull(strstr(stored, "报送总结"));
	ck_assert_ptr_nonnull(strstr(stored, "2026-05-08"));
	free(stored);
	free(plan);
	ck_assert_int_eq(wp_draft_deadline_remove(&d, n, &err), 0);
	ck_assert_uint_eq(d.ndeadlines, n);
	wp_draft_deadline_text nothing = {.what = ""};
	ck_assert_int_eq(wp_draft_deadline_put(&d, n, &nothing, &err), -1);
	ck_assert_uint_eq(d.ndeadlines, n);
	wp_draft_clear(&d);
}
END_TEST

START_TEST(a_header_field_is_edited_and_a_draft_becomes_storable)
{
	static const char plan[] = "{\"weekplan_plan\": 1, \"activities\": [{\"no\": \"1\", "
				   "\"title\": \"A\", \"date_text\": \"4月21日\"}], "
				   "\"missing\": [\"title\", \"period\", \"year\"]}";
	wp_draft d;
	parse(plan, &d);
	wp_err err;
	char *json = wp_draft_json(&d);
	wp_store *st = open_memory();
	ck_assert_int_eq(wp_plan_import(st, json, strlen(json), 0, NULL, &err), -1);
	free(json);
	ck_assert_int_eq(wp_draft_set_header(&d, WP_DRAFT_TITLE, "", &err), -1);
	ck_assert_int_eq(wp_draft_set_header(&d, WP_DRAFT_TITLE, "宣传周", &err), 0);
	ck_assert_int_eq(wp_draft_set_header(&d, WP_DRAFT_PERIOD, "2026-04-20..2026-04-26", &err),
			 0);
	ck_assert_int_eq(wp_draft_set_header(&d, WP_DRAFT_THEME, "主题", &err), 0);
	ck_assert_int_eq(wp_draft_set_header(&d, WP_DRAFT_ISSUED_ON, "4月1日", &err), 0);
	ck_assert_date_eq(d.issued_on, "2026-04-01");
	ck_assert_uint_eq(d.missing, 0);
	char *period = wp_draft_header_text(&d, WP_DRAFT_PERIOD);
	ck_assert_str_eq(period, "2026-04-20..2026-04-26");
	free(period);
	json = wp_draft_json(&d);
	ck_assert_msg(wp_plan_import(st, json, strlen(json), 0, NULL, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign WHERE title = '宣传周' "
				     "AND theme = '主题' AND issued_on = '2026-04-01'"),
			 1);
	free(json);
	wp_store_close(st);
	wp_draft_clear(&d);
}
END_TEST

START_TEST(committee_members_and_contacts_are_added_changed_and_removed)
{
	wp_draft d;
	notice_draft(&d);
	wp_err err;
	wp_committee_role role;
	ck_assert_int_eq(wp_draft_role_parse("v", &role, &err), 0);
	ck_assert_int_eq(role, WP_COMMITTEE_VICE_CHAIR);
	ck_assert_int_eq(wp_draft_role_parse("boss", &role, &err), -1);
	size_t members = d.committee[WP_COMMITTEE_MEMBER].n;
	ck_assert_int_eq(wp_draft_member_add(&d, WP_COMMITTEE_MEMBER, "县档案馆", &err), 0);
	ck_assert_int_eq(wp_draft_member_add(&d, WP_COMMITTEE_MEMBER, "县档案馆", &err), -1);
	ck_assert_uint_eq(d.committee[WP_COMMITTEE_MEMBER].n, members + 1);
	size_t office = d.committee[WP_COMMITTEE_OFFICE].n;
	ck_assert_int_eq(wp_draft_member_set(&d, WP_COMMITTEE_MEMBER, members, WP_COMMITTEE_OFFICE,
					     "县档案局", &err),
			 0);
	ck_assert_uint_eq(d.committee[WP_COMMITTEE_MEMBER].n, members);
	ck_assert_str_eq(d.committee[WP_COMMITTEE_OFFICE].v[office], "县档案局");
	ck_assert_int_eq(wp_draft_member_remove(&d, WP_COMMITTEE_OFFICE, office, &err), 0);

	size_t n = d.ncontacts;
	ck_assert_int_eq(wp_draft_contact_put(&d, n, "张三", "0772-1234567", NULL, &err), 0);
	ck_assert_int_eq(wp_draft_contact_put(&d, n, "", NULL, NULL, &err), -1);
	char *plan = wp_draft_json(&d);
	char *stored = stored_as(plan);
	ck_assert_ptr_nonnull(strstr(stored, "0772-1234567"));
	ck_assert_ptr_null(strstr(stored, "县档案"));
	free(stored);
	free(plan);
	ck_assert_int_eq(wp_draft_contact_remove(&d, n, &err), 0);
	ck_assert_uint_eq(d.ncontacts, n);
	wp_draft_clear(&d);
}
END_TEST

START_TEST(a_trial_finds_what_the_check_finds_and_stores_nothing)
{
	wp_draft d;
	notice_draft(&d);
	/* a deadline before the notice was issued is a finding */
	wp_draft_deadline_text t = {.what = "提前报送", .rule = "2020-01-01", .who = "县教育局"};
	wp_err err;
	ck_assert_int_eq(wp_draft_deadline_put(&d, d.ndeadlines, &t, &err), 0);
	if (d.issued_on == WP_DATE_NONE)
		ck_assert_int_eq(wp_draft_set_header(&d, WP_DRAFT_ISSUED_ON, "2026-04-01", &err), 0);
	char *plan = wp_draft_json(&d);
	wp_store *st = open_memory();
	wp_findings f = {0};
	ck_assert_msg(wp_plan_trial(st, plan, strlen(plan), 0, &f, &err) == 0, "%s", err.msg);
	bool found = false;
	for (size_t i = 0; i < f.n; i++)
		found = found || strcmp(f.items[i].code, "deadline-before-issue") == 0;
	ck_assert(found);
	wp_findings_clear(&f);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign"), 0);
	/* what storing would refuse is told */
	d.missing = WP_DRAFT_MISSING_YEAR;
	free(plan);
	plan = wp_draft_json(&d);
	ck_assert_int_eq(wp_plan_trial(st, plan, strlen(plan), 0, &f, &err), -1);
	wp_findings_clear(&f);
	wp_store_close(st);
	free(plan);
	wp_draft_clear(&d);
}
END_TEST

START_TEST(unit_lists_split_on_chinese_and_ascii_separators)
{
	wp_draft_names n;
	wp_draft_names_split(" 甲局、乙局，丙局; 丁局 ,,", &n);
	ck_assert_uint_eq(n.n, 4);
	ck_assert_str_eq(n.v[3], "丁局");
	char *j = wp_draft_names_join(&n);
	ck_assert_str_eq(j, "甲局、乙局、丙局、丁局");
	free(j);
	wp_draft_names_clear(&n);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("draft");
	TCase *tc = tcase_create("plan under review");
	tcase_add_test(tc, a_plan_written_back_unedited_stores_the_same_campaign);
	tcase_add_test(tc, an_edit_changes_only_what_was_edited);
	tcase_add_test(tc, a_read_notice_keeps_its_period_theme_deadlines_committee_and_contacts);
	tcase_add_test(tc, an_activitys_lead_unit_is_corrected_and_stored);
	tcase_add_test(tc, an_activity_is_added_and_removed);
	tcase_add_test(tc, an_activity_a_deadline_refers_to_is_not_removed);
	tcase_add_test(tc, a_deadline_is_added_edited_and_removed);
	tcase_add_test(tc, a_header_field_is_edited_and_a_draft_becomes_storable);
	tcase_add_test(tc, committee_members_and_contacts_are_added_changed_and_removed);
	tcase_add_test(tc, a_trial_finds_what_the_check_finds_and_stores_nothing);
	tcase_add_test(tc, unit_lists_split_on_chinese_and_ascii_separators);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
