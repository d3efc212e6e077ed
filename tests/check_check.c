#include "config.h"

#include "plancheck.h"
#include "plan.h"
#include "query.h"
#include "testutil.h"

static wp_store *st;

static void setup(void)
{
	st = open_memory();
}

static void teardown(void)
{
	wp_store_close(st);
}

static int64_t import(const char *json)
{
	int64_t id;
	wp_err err;
	ck_assert_msg(wp_plan_import(st, json, strlen(json), 0, &id, &err) == 0, "%s", err.msg);
	return id;
}

/* The findings of a campaign as "code|subject|message" lines. */
static char *findings(int64_t id)
{
	wp_findings f = {0};
	wp_err err;
	ck_assert_msg(wp_check_campaign(st, id, &f, &err) == 0, "%s", err.msg);
	wp_buf b = WP_BUF_INIT;
	for (size_t i = 0; i < f.n; i++)
		wp_buf_printf(&b, "%s|%s|%s\n", f.items[i].code, f.items[i].subject,
			      f.items[i].message);
	wp_findings_clear(&f);
	return wp_buf_take(&b);
}

#define HEAD(issued, start, end)                                                 \
	"{\"weekplan_plan\": 1, \"title\": \"T\", \"region\": \"R\", "             \
	"\"issued_on\": " issued ", \"period\": {\"start\": \"" start "\", \"end\": \"" end "\"}, "

START_TEST(a_clean_plan_has_no_findings)
{
	int64_t id = import(HEAD("\"2026-04-01\"", "2026-04-20", "2026-04-26")
			    "\"activities\": [{\"no\": \"一\", \"title\": \"A\", \"start\": "
			    "\"2026-04-21\", \"lead\": [\"甲\"]}, {\"no\": \"二\", \"title\": "
			    "\"B\", \"lead\": [\"乙\"]}], \"deadlines\": [{\"what\": \"总结\", "
			    "\"due\": \"2026-04-30\"}]}");
	char *out = findings(id);
	ck_assert_str_eq(out, "");
	free(out);
}
END_TEST

START_TEST(flags_a_deadline_before_the_issue_date_with_the_likely_year)
{
	int64_t id = import(HEAD("\"2023-04-14\"", "2023-04-20", "2023-04-26")
			    "\"deadlines\": [{\"what\": \"报送总结\", \"due\": \"2022-05-08\"}]}");
	char *out = findings(id);
	ck_assert_str_eq(out, "deadline-before-issue|deadline 1 (报送总结)|due 2022-05-08, before "
			      "the notice was issued (2023-04-14); probably a typo for 2023-05-08\n");
	free(out);
}
END_TEST

START_TEST(flags_deadlines_on_holidays_and_weekends_with_the_next_working_day)
{
	int64_t id = import(HEAD("\"2022-03-28\"", "2022-04-20", "2022-04-26")
			    "\"deadlines\": [{\"what\": \"小结\", \"relative\": {\"offset\": 7, "
			    "\"unit\": \"days\", \"anchor\": \"campaign_end\"}}, "
			    "{\"what\": \"题目\", \"due\": \"2022-04-16\"}, "
			    "{\"what\": \"调休\", \"due\": \"2022-04-24\"}]}");
	char *out = findings(id);
	ck_assert_str_eq(out,
			 "deadline-non-working|deadline 1 (小结)|due 2022-05-03, a public holiday "
			 "(劳动节); the next working day is 2022-05-05\n"
			 "deadline-non-working|deadline 2 (题目)|due 2022-04-16, a Saturday; the "
			 "next working day is 2022-04-18\n");
	free(out); /* 2022-04-24 is a make-up working Sunday: not flagged */
}
END_TEST

/* Activities numbered as the headings they are (二、…五、) or a fragment
 * that opens mid-list start above one: no item is missing before the
 * first; a skip after it still is. */
START_TEST(a_first_number_above_one_is_no_gap)
{
	int64_t id = import(HEAD("\"2026-04-01\"", "2026-04-20", "2026-04-26")
			    "\"activities\": [{\"no\": \"二\", \"title\": \"B\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"三\", \"title\": \"C\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"五\", \"title\": \"E\", \"lead\": [\"甲\"]}]}");
	char *out = findings(id);
	ck_assert_str_eq(out, "numbering-gap|activity 五 (E)|the numbering jumps from 三 to 五: "
			      "item 四 is missing\n");
	free(out);
}
END_TEST

START_TEST(flags_numbering_gaps_but_not_sub_items)
{
	int64_t id = import(HEAD("\"2026-04-01\"", "2026-04-20", "2026-04-26")
			    "\"activities\": [{\"no\": \"一\", \"title\": \"A\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"一.1\", \"title\": \"A1\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"二\", \"title\": \"B\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"五\", \"title\": \"E\", \"lead\": [\"甲\"]}]}");
	char *out = findings(id);
	ck_assert_str_eq(out, "numbering-gap|activity 五 (E)|the numbering jumps from 二 to 五: "
			      "items 三, 四 are missing\n");
	free(out);
	/* 一, 二.1, 二.2, 三: the group heading 二 numbered its items and is
	 * no activity itself; 四.一 … 五.一 alone (sections' items) stand for
	 * no gap either */
	id = import("{\"weekplan_plan\": 1, \"title\": \"T2\", \"region\": \"R\", \"issued_on\": \"2026-04-01\", "
		    "\"period\": {\"start\": \"2026-04-20\", \"end\": \"2026-04-26\"}, "
		    "\"activities\": [{\"no\": \"一\", \"title\": \"A\", \"lead\": [\"甲\"]}, "
		    "{\"no\": \"二.1\", \"title\": \"B1\", \"lead\": [\"甲\"]}, "
		    "{\"no\": \"二.2\", \"title\": \"B2\", \"lead\": [\"甲\"]}, "
		    "{\"no\": \"三\", \"title\": \"C\", \"lead\": [\"甲\"]}, "
		    "{\"no\": \"五.1\", \"title\": \"E1\", \"lead\": [\"甲\"]}]}");
	char *grouped = findings(id);
	ck_assert_str_eq(grouped, "numbering-gap|activity 五.1 (E1)|the numbering jumps from 三 to 五.1: "
				  "item 四 is missing\n");
	free(grouped);
	id = import("{\"weekplan_plan\": 1, \"title\": \"T3\", \"region\": \"R\", \"issued_on\": \"2026-04-01\", "
		    "\"period\": {\"start\": \"2026-04-20\", \"end\": \"2026-04-26\"}, "
		    "\"activities\": [{\"no\": \"四.一\", \"title\": \"D\", \"lead\": [\"甲\"]}, "
		    "{\"no\": \"五.一\", \"title\": \"E\", \"lead\": [\"甲\"]}]}");
	char *sections = findings(id);
	ck_assert_str_eq(sections, "");
	free(sections);
}
END_TEST

/* A weekly report (每周五前) through a period holding a holiday Friday: the
 * first such Friday is flagged as a dated deadline on it would be; a
 * weekly rule whose days all work is fine. */
START_TEST(flags_a_weekly_report_falling_on_a_holiday)
{
	int64_t id = import("{\"weekplan_plan\": 1, \"title\": \"W\", \"region\": \"R\", "
			    "\"issued_on\": \"2026-09-25\", "
			    "\"period\": {\"start\": \"2026-09-28\", \"end\": \"2026-10-31\"}, "
			    "\"deadlines\": [{\"what\": \"周报\", \"rule\": \"每周五下午四时前\"}]}");
	char *out = findings(id);
	ck_assert_str_eq(out, "deadline-non-working|deadline 1 (周报)|weekly (每周五下午四时前): due 2026-10-02, "
			      "a public holiday (国庆节); the next working day is 2026-10-08\n");
	free(out);
	id = import("{\"weekplan_plan\": 1, \"title\": \"W2\", \"region\": \"R\", "
		    "\"issued_on\": \"2026-10-25\", "
		    "\"period\": {\"start\": \"2026-11-02\", \"end\": \"2026-11-30\"}, "
		    "\"deadlines\": [{\"what\": \"周报\", \"rule\": \"每周五下午四时前\"}]}");
	char *fine = findings(id);
	ck_assert_str_eq(fine, "");
	free(fine);
}
END_TEST

START_TEST(flags_activities_outside_the_period_and_without_a_lead)
{
	int64_t id = import(HEAD("\"2026-04-01\"", "2026-04-20", "2026-04-26")
			    "\"activities\": [{\"no\": \"一\", \"title\": \"启动\", \"start\": "
			    "\"2026-04-17\", \"lead\": [\"甲\"]}, {\"no\": \"二\", \"title\": \"展示\", "
			    "\"cooperate\": [\"乙\"]}]}");
	char *out = findings(id);
	ck_assert_str_eq(out, "activity-outside-period|activity 一 (启动)|takes place 2026-04-17 to "
			      "2026-04-17, outside the campaign period 2026-04-20 to 2026-04-26\n"
			      "no-lead|activity 二 (展示)|no lead unit (牵头单位) is named\n");
	free(out);
}
END_TEST

/* A contest opening in the week and running on for a month, and a
 * preparation begun after the notice and before the week, belong to the
 * campaign; one starting before the notice itself is a slip, said so. */
START_TEST(an_activity_overlapping_the_period_is_not_outside_it)
{
	int64_t id = import(HEAD("\"2026-04-10\"", "2026-04-20", "2026-04-26")
			    "\"activities\": [{\"no\": \"一\", \"title\": \"征文\", \"start\": "
			    "\"2026-04-20\", \"end\": \"2026-05-20\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"二\", \"title\": \"筹备\", \"start\": \"2026-04-13\", "
			    "\"end\": \"2026-04-22\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"三\", \"title\": \"预热\", \"start\": \"2026-04-01\", "
			    "\"end\": \"2026-04-22\", \"lead\": [\"甲\"]}]}");
	char *out = findings(id);
	ck_assert_str_eq(out, "activity-before-issue|activity 三 (预热)|starts 2026-04-01, before the "
			      "notice was issued (2026-04-10) and before the campaign period\n");
	free(out);
}
END_TEST

START_TEST(flags_a_notice_issued_late_or_without_a_date)
{
	int64_t id = import(HEAD("\"2024-04-22\"", "2024-04-20", "2024-04-26") "\"activities\": []}");
	char *out = findings(id);
	ck_assert_str_eq(out, "issued-late|notice|issued 2024-04-22, after the campaign period "
			      "began on 2024-04-20\n");
	free(out);
	id = import("{\"weekplan_plan\": 1, \"title\": \"U\", \"period\": {\"start\": "
		    "\"2026-04-20\", \"end\": \"2026-04-26\"}}");
	out = findings(id);
	ck_assert_ptr_nonnull(strstr(out, "no-issue-date|notice|"));
	free(out);
}
END_TEST

START_TEST(flags_a_unit_leading_two_overlapping_timed_activities)
{
	int64_t id = import(HEAD("\"2026-04-01\"", "2026-04-20", "2026-04-26")
			    "\"activities\": ["
			    "{\"no\": \"一\", \"title\": \"A\", \"start\": \"2026-04-22\", "
			    "\"time\": \"09:00\", \"end_time\": \"11:00\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"二\", \"title\": \"B\", \"start\": \"2026-04-22\", "
			    "\"time\": \"10:30\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"三\", \"title\": \"C\", \"start\": \"2026-04-22\", "
			    "\"time\": \"11:00\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"四\", \"title\": \"D\", \"start\": \"2026-04-23\", "
			    "\"time\": \"09:00\", \"lead\": [\"甲\"]}]}");
	char *out = findings(id);
	/* 一 09:00-11:00 and 二 10:30-(11:30) overlap; 二 and 三 (11:00) overlap
	 * by the one-hour assumption; 一 and 三 touch but do not overlap. */
	ck_assert_str_eq(out, "lead-overlap|activity 一 (A)|甲 leads it at 09:00 and also leads "
			      "activity 二 (B) at 10:30 on 2026-04-22\n"
			      "lead-overlap|activity 二 (B)|甲 leads it at 10:30 and also leads "
			      "activity 三 (C) at 11:00 on 2026-04-22\n");
	free(out);
}
END_TEST

/* Each finding names the row it is about, so the planner can show it:
 * activities and deadlines by id, the notice by neither. */
START_TEST(findings_name_the_activity_or_deadline_they_are_about)
{
	int64_t id = import(HEAD("\"2023-04-14\"", "2023-04-20", "2023-04-26")
			    "\"activities\": [{\"no\": \"一\", \"title\": \"A\", \"start\": "
			    "\"2023-04-21\", \"lead\": [\"甲\"]}, {\"no\": \"二\", \"title\": \"B\", "
			    "\"start\": \"2023-04-22\"}], "
			    "\"deadlines\": [{\"what\": \"报送总结\", \"due\": \"2022-05-08\"}]}");
	wp_agenda ag;
	wp_deadline_list dl;
	wp_err err;
	ck_assert_int_eq(wp_query_agenda(st, wp_date_from_ymd(2023, 4, 1),
					 wp_date_from_ymd(2023, 4, 30), 0, &ag, &err), 0);
	ck_assert_int_eq(wp_query_campaign_deadlines(st, id, &dl, &err), 0);
	int64_t second = 0;
	for (size_t i = 0; i < ag.n; i++)
		if (strcmp(ag.items[i].title, "B") == 0)
			second = ag.items[i].activity_id;
	ck_assert_int_gt(second, 0);
	ck_assert_uint_eq(dl.n, 1);
	wp_findings f = {0};
	ck_assert_msg(wp_check_campaign(st, id, &f, &err) == 0, "%s", err.msg);
	size_t checked = 0;
	for (size_t i = 0; i < f.n; i++) {
		if (strcmp(f.items[i].code, "no-lead") == 0) {
			ck_assert_int_eq(f.items[i].activity_id, second);
			ck_assert_int_eq(f.items[i].deadline_id, 0);
			checked++;
		} else if (strncmp(f.items[i].code, "deadline-", 9) == 0) {
			ck_assert_int_eq(f.items[i].deadline_id, dl.items[0].id);
			ck_assert_int_eq(f.items[i].activity_id, 0);
			checked++;
		}
	}
	ck_assert_uint_eq(checked, 2);
	wp_findings_clear(&f);
	wp_agenda_clear(&ag);
	wp_deadline_list_clear(&dl);
}
END_TEST

START_TEST(conflicts_across_campaigns_are_listed_once_in_a_range)
{
	import("{\"weekplan_plan\": 1, \"title\": \"A\", \"region\": \"R\", \"issued_on\": "
	       "\"2026-04-01\", \"period\": {\"start\": \"2026-04-20\", \"end\": \"2026-04-26\"}, "
	       "\"activities\": [{\"no\": \"一\", \"title\": \"启动\", \"start\": \"2026-04-22\", "
	       "\"time\": \"09:00\", \"lead\": [\"县局\"]}]}");
	import("{\"weekplan_plan\": 1, \"title\": \"B\", \"region\": \"R\", \"issued_on\": "
	       "\"2026-04-01\", \"period\": {\"start\": \"2026-04-20\", \"end\": \"2026-04-26\"}, "
	       "\"activities\": [{\"no\": \"一\", \"title\": \"培训\", \"start\": \"2026-04-21\", "
	       "\"end\": \"2026-04-23\", \"time\": \"09:30\", \"lead\": [\"县局\"]}, "
	       "{\"no\": \"二\", \"title\": \"下午\", \"start\": \"2026-04-22\", "
	       "\"time\": \"14:00\", \"lead\": [\"县局\"]}]}");
	wp_conflict_list list;
	wp_err err;
	ck_assert_int_eq(wp_query_conflicts(st, 0, D("2026-04-20"), D("2026-04-26"), &list, &err), 0);
	ck_assert_uint_eq(list.n, 1); /* 09:00 vs 09:30 on 04-22; 14:00 is clear */
	ck_assert_str_eq(list.items[0].unit, "县局");
	ck_assert_date_eq(list.items[0].day, "2026-04-22");
	ck_assert_str_eq(list.items[0].a.title, "启动");
	ck_assert_str_eq(list.items[0].b.title, "培训");
	ck_assert_str_eq(list.items[0].b.campaign_title, "B");
	wp_conflict_list_clear(&list);
	/* A range that misses the day misses the conflict. */
	ck_assert_int_eq(wp_query_conflicts(st, 0, D("2026-04-24"), D("2026-04-30"), &list, &err), 0);
	ck_assert_uint_eq(list.n, 0);
	wp_conflict_list_clear(&list);
}
END_TEST

START_TEST(reads_item_numbers_in_chinese_and_digits)
{
	static const struct {
		const char *text;
		int value;
	} cases[] = {{"一", 1},  {"九", 9},   {"十", 10},   {"十一", 11}, {"二十", 20},
		     {"二十三", 23}, {"7", 7}, {"四.1", -1}, {"", -1},     {"甲", -1},
		     {"十十", -1}, {"一二", -1}};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		ck_assert_msg(wp_check_number_value(cases[i].text) == cases[i].value, "%s -> %d",
			      cases[i].text, wp_check_number_value(cases[i].text));
}
END_TEST

START_TEST(flags_two_activities_with_the_same_number)
{
	int64_t id = import(HEAD("\"2026-04-01\"", "2026-04-20", "2026-04-26")
			    "\"activities\": [{\"no\": \"一\", \"title\": \"A\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"二\", \"title\": \"B\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"二\", \"title\": \"C\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"三\", \"title\": \"D\", \"lead\": [\"甲\"]}]}");
	char *out = findings(id);
	ck_assert_str_eq(out, "duplicate-number|activity 二 (C)|activity 二 (B) has the same "
			      "number: one of them is probably misnumbered\n");
	free(out);
}
END_TEST

/* 一、二 then 一、二、三: the numbering starts over (a notice passing
 * another on, each numbering its own activities): the second list's
 * numbers repeat the first's as written, no slip; a repeat inside the
 * second list still is one. */
START_TEST(a_list_that_starts_over_repeats_no_number_by_mistake)
{
	int64_t id = import(HEAD("\"2026-04-01\"", "2026-04-20", "2026-04-26")
			    "\"activities\": [{\"no\": \"一\", \"title\": \"A\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"二\", \"title\": \"B\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"一\", \"title\": \"C\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"二\", \"title\": \"D\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"二\", \"title\": \"E\", \"lead\": [\"甲\"]}, "
			    "{\"no\": \"四\", \"title\": \"F\", \"lead\": [\"甲\"]}]}");
	char *out = findings(id);
	ck_assert_str_eq(out, "duplicate-number|activity 二 (E)|activity 二 (B) has the same "
			      "number: one of them is probably misnumbered\n"
			      "numbering-gap|activity 四 (F)|the numbering jumps from 二 to 四: item 三 is missing\n");
	free(out);
}
END_TEST

/* 一 right after 一 starts no list: a slip. */
START_TEST(a_second_yi_right_after_the_first_is_a_slip)
{
	int64_t id = import(HEAD("\"2026-04-01\"", "2026-04-20", "2026-04-26")
		    "\"activities\": [{\"no\": \"一\", \"title\": \"A\", \"lead\": [\"甲\"]}, "
		    "{\"no\": \"一\", \"title\": \"B\", \"lead\": [\"甲\"]}, "
		    "{\"no\": \"二\", \"title\": \"C\", \"lead\": [\"甲\"]}]}");
	char *out = findings(id);
	ck_assert_str_eq(out, "duplicate-number|activity 一 (B)|activity 一 (A) has the same "
			      "number: one of them is probably misnumbered\n");
	free(out);
}
END_TEST

/* Activities the notice does not number (a day's schedule) share the empty
 * number: no duplicate, no gap, and findings name them by title. */
START_TEST(activities_without_numbers_are_neither_duplicates_nor_gaps)
{
	int64_t id = import(HEAD("\"2026-04-01\"", "2026-04-20", "2026-04-26")
			    "\"activities\": [{\"title\": \"A\", \"lead\": [\"甲\"]}, "
			    "{\"no\": null, \"title\": \"B\", \"lead\": [\"甲\"]}, "
			    "{\"title\": \"C\"}]}");
	char *out = findings(id);
	ck_assert_str_eq(out, "no-lead|activity (C)|no lead unit (牵头单位) is named\n");
	free(out);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("check");
	TCase *tc = tcase_create("plan check rules");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, a_clean_plan_has_no_findings);
	tcase_add_test(tc, flags_a_deadline_before_the_issue_date_with_the_likely_year);
	tcase_add_test(tc, flags_deadlines_on_holidays_and_weekends_with_the_next_working_day);
	tcase_add_test(tc, flags_numbering_gaps_but_not_sub_items);
	tcase_add_test(tc, flags_a_weekly_report_falling_on_a_holiday);
	tcase_add_test(tc, a_first_number_above_one_is_no_gap);
	tcase_add_test(tc, flags_two_activities_with_the_same_number);
	tcase_add_test(tc, a_list_that_starts_over_repeats_no_number_by_mistake);
	tcase_add_test(tc, a_second_yi_right_after_the_first_is_a_slip);
	tcase_add_test(tc, activities_without_numbers_are_neither_duplicates_nor_gaps);
	tcase_add_test(tc, flags_activities_outside_the_period_and_without_a_lead);
	tcase_add_test(tc, an_activity_overlapping_the_period_is_not_outside_it);
	tcase_add_test(tc, flags_a_notice_issued_late_or_without_a_date);
	tcase_add_test(tc, flags_a_unit_leading_two_overlapping_timed_activities);
	tcase_add_test(tc, reads_item_numbers_in_chinese_and_digits);
	tcase_add_test(tc, conflicts_across_campaigns_are_listed_once_in_a_range);
	tcase_add_test(tc, findings_name_the_activity_or_deadline_they_are_about);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
