#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "demo.h"
#include "deadline.h"
#include "holidays.h"
#include "provisional.h"
#include "testutil.h"

static wp_store *st;
static wp_calendar *cal;

static void setup(void)
{
	st = open_memory();
	cal = wp_store_calendar(st);
}

static void teardown(void)
{
	wp_store_close(st);
}

START_TEST(counts_two_working_days_after_the_2026_week)
{
	/* Chaoyang: 宣传活动周结束2个工作日后, the week ending Sunday 2026-04-26. */
	ck_assert_date_eq(wp_workday_add(cal, D("2026-04-26"), 2), "2026-04-28");
}
END_TEST

START_TEST(a_calendar_week_into_labour_day_rolls_to_the_next_working_day)
{
	/* Puyang 2022: 活动结束后一周内 from 2022-04-26 is 2022-05-03, inside the
	 * Labour Day holiday (04-30..05-04); the next working day is 05-05. */
	wp_rule rule = {.kind = WP_RULE_RELATIVE, .offset = 7, .workdays = false,
			.anchor = WP_ANCHOR_CAMPAIGN_END};
	ck_assert_date_eq(wp_rule_resolve(&rule, cal, D("2022-04-26")), "2022-05-03");
	ck_assert(!wp_workday_is(cal, D("2022-05-03")));
	rule.roll_forward = true;
	ck_assert_date_eq(wp_rule_resolve(&rule, cal, D("2022-04-26")), "2022-05-05");
}
END_TEST

START_TEST(make_up_working_days_on_weekends_count)
{
	ck_assert(wp_workday_is(cal, D("2024-04-28")));  /* Sunday, 调休上班 */
	ck_assert(!wp_workday_is(cal, D("2024-04-27"))); /* an ordinary Saturday */
	ck_assert(wp_workday_is(cal, D("2026-02-14")));  /* Saturday before 春节 */
	ck_assert(!wp_workday_is(cal, D("2026-02-16"))); /* Monday in 春节 */
	ck_assert(wp_workday_is(cal, D("2026-04-27")));  /* an ordinary Monday */
	const char *name;
	ck_assert_int_eq(wp_calendar_kind(cal, D("2026-05-01"), &name), WP_DAY_OFF);
	ck_assert_str_eq(name, "劳动节");
	ck_assert_int_eq(wp_calendar_kind(cal, D("2026-05-09"), &name), WP_DAY_WORK);
}
END_TEST

START_TEST(adds_working_days_across_a_holiday_both_ways)
{
	/* Thursday 2026-04-30 + 1: 05-01..05-05 are off, so Wednesday 05-06. */
	ck_assert_date_eq(wp_workday_add(cal, D("2026-04-30"), 1), "2026-05-06");
	ck_assert_date_eq(wp_workday_add(cal, D("2026-05-06"), -1), "2026-04-30");
	/* Friday 05-08 + 1 is the make-up Saturday 05-09. */
	ck_assert_date_eq(wp_workday_add(cal, D("2026-05-08"), 1), "2026-05-09");
	ck_assert_date_eq(wp_workday_add(cal, D("2026-04-26"), 0), "2026-04-26");
}
END_TEST

START_TEST(counts_working_days_left_and_overdue)
{
	ck_assert_int_eq(wp_workday_between(cal, D("2026-04-20"), D("2026-04-28")), 6);
	ck_assert_int_eq(wp_workday_between(cal, D("2026-04-28"), D("2026-04-20")), -6);
	ck_assert_int_eq(wp_workday_between(cal, D("2026-04-28"), D("2026-04-28")), 0);
	ck_assert_int_eq(wp_workday_between(cal, D("2026-04-30"), D("2026-05-06")), 1);
}
END_TEST

START_TEST(knows_which_years_have_an_official_arrangement)
{
	for (int y = 2020; y <= 2026; y++)
		ck_assert_msg(wp_calendar_covers(cal, y), "year %d not covered", y);
	ck_assert(!wp_calendar_covers(cal, 2027));
	ck_assert(!wp_calendar_covers(cal, 2019));
	/* Without an arrangement, the weekly rhythm applies. */
	ck_assert(wp_workday_is(cal, D("2027-05-03")));
	wp_err err;
	ck_assert_int_eq(wp_calendar_error(cal, &err), 0);
}
END_TEST

START_TEST(a_users_day_overrides_the_official_calendar_and_moves_deadlines)
{
	static const char due[] = "SELECT julianday(due_date) - julianday('2026-04-26') "
				  "FROM deadline WHERE what = '报送总结'";
	wp_err err;
	ck_assert_int_eq(wp_demo_load(st, &err), 0);
	ck_assert_int_eq(sql_int(st, due), 2); /* 2026-04-28 */
	ck_assert_int_eq(wp_holidays_set_user_day(st, D("2026-04-27"), WP_DAY_OFF, "县庆", &err), 0);
	ck_assert_int_eq(sql_int(st, due), 3); /* the stored due date moved to 04-29 */
	cal = wp_store_calendar(st); /* the old one was invalidated */
	ck_assert(!wp_workday_is(cal, D("2026-04-27")));
	ck_assert_date_eq(wp_workday_add(cal, D("2026-04-26"), 2), "2026-04-29");
	/* Declaring an official holiday an ordinary day. */
	ck_assert_int_eq(wp_holidays_set_user_day(st, D("2026-05-05"), WP_DAY_NORMAL, NULL, &err), 0);
	cal = wp_store_calendar(st);
	ck_assert(wp_workday_is(cal, D("2026-05-05")));
	ck_assert_int_eq(wp_holidays_clear_user_day(st, D("2026-04-27"), &err), 0);
	ck_assert_int_eq(wp_holidays_clear_user_day(st, D("2026-05-05"), &err), 0);
	ck_assert_int_eq(sql_int(st, due), 2);
	cal = wp_store_calendar(st);
	ck_assert(wp_workday_is(cal, D("2026-04-27")));
	ck_assert(!wp_workday_is(cal, D("2026-05-05")));
}
END_TEST

START_TEST(a_year_entered_by_hand_can_be_declared_known)
{
	wp_err err;
	ck_assert(!wp_calendar_covers(cal, 2027));
	ck_assert_int_eq(wp_holidays_set_user_day(st, D("2027-05-03"), WP_DAY_OFF, "劳动节", &err), 0);
	ck_assert_int_eq(wp_holidays_set_year_known(st, 2027, true, &err), 0);
	cal = wp_store_calendar(st);
	ck_assert(wp_calendar_covers(cal, 2027));
	ck_assert(!wp_workday_is(cal, D("2027-05-03")));
	ck_assert_int_eq(wp_holidays_set_year_known(st, 2027, false, &err), 0);
	cal = wp_store_calendar(st);
	ck_assert(!wp_calendar_covers(cal, 2027));
	/* An official year stays known. */
	ck_assert_int_eq(wp_holidays_set_year_known(st, 2026, false, &err), 0);
	cal = wp_store_calendar(st);
	ck_assert(wp_calendar_covers(cal, 2026));
	ck_assert_int_eq(wp_holidays_set_year_known(st, 1800, true, &err), -1);
}
END_TEST

START_TEST(a_hand_filled_calendar_needs_no_database)
{
	wp_calendar *c = wp_calendar_new(NULL, NULL);
	wp_calendar_add(c, D("2030-10-01"), WP_DAY_OFF, "国庆节");
	wp_calendar_add(c, D("2030-09-29"), WP_DAY_WORK, NULL);
	wp_calendar_add(c, D("2030-10-01"), WP_DAY_OFF, "National Day"); /* replaces */
	const char *name;
	ck_assert_int_eq(wp_calendar_kind(c, D("2030-10-01"), &name), WP_DAY_OFF);
	ck_assert_str_eq(name, "National Day");
	ck_assert(wp_workday_is(c, D("2030-09-29"))); /* a Sunday */
	ck_assert_date_eq(wp_workday_roll_forward(c, D("2030-10-01")), "2030-10-02");
	ck_assert(!wp_calendar_covers(c, 2030));
	wp_calendar_free(c);
	wp_calendar_free(NULL);
}
END_TEST

START_TEST(resolves_rules_before_and_after_anchors)
{
	wp_rule before = {.kind = WP_RULE_RELATIVE, .offset = -3, .workdays = true};
	ck_assert_date_eq(wp_rule_resolve(&before, cal, D("2026-05-06")), "2026-04-28");
	wp_rule fixed = {.kind = WP_RULE_DATE, .fixed = D("2023-04-15"), .roll_forward = true};
	ck_assert_date_eq(wp_rule_resolve(&fixed, cal, WP_DATE_NONE), "2023-04-17");
	wp_rule none = {.kind = WP_RULE_NONE};
	ck_assert_int_eq(wp_rule_resolve(&none, cal, D("2026-04-26")), WP_DATE_NONE);
	wp_rule no_anchor = {.kind = WP_RULE_RELATIVE, .offset = 2};
	ck_assert_int_eq(wp_rule_resolve(&no_anchor, cal, WP_DATE_NONE), WP_DATE_NONE);
	wp_anchor a;
	wp_err err;
	ck_assert_int_eq(wp_anchor_parse("campaign_end", &a, &err), 0);
	ck_assert_int_eq(a, WP_ANCHOR_CAMPAIGN_END);
	ck_assert_int_eq(wp_anchor_parse("end", &a, &err), -1);
}
END_TEST

START_TEST(rules_are_read_and_written_as_people_type_them)
{
	static const char *const texts[] = {"2026-04-29", "2 workdays after end",
					     "1 day before start", "7 days after activity end",
					     "0 workdays after activity start", ""};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		/* The output is fully written whatever it held (roll_forward is
		 * not part of the text: false). */
		wp_rule rule;
		memset(&rule, 0xAA, sizeof rule);
		wp_err err;
		char back[64];
		ck_assert_msg(wp_rule_parse(texts[i], &rule, &err) == 0, "%s: %s", texts[i], err.msg);
		ck_assert(!rule.roll_forward);
		ck_assert_int_eq(rule.workdays, strstr(texts[i], "workday") != NULL);
		if (rule.kind != WP_RULE_DATE)
			ck_assert_int_eq(rule.fixed, WP_DATE_NONE);
		ck_assert_str_eq(wp_rule_format(&rule, back, sizeof back), texts[i]);
	}
	wp_rule rule = {0};
	wp_err err;
	ck_assert_int_eq(wp_rule_parse("2 workdays after end", &rule, &err), 0);
	ck_assert_int_eq(rule.kind, WP_RULE_RELATIVE);
	ck_assert_int_eq(rule.offset, 2);
	ck_assert(rule.workdays);
	ck_assert_int_eq(rule.anchor, WP_ANCHOR_CAMPAIGN_END);
	ck_assert_int_eq(wp_rule_parse("3 days before activity start", &rule, &err), 0);
	ck_assert_int_eq(rule.offset, -3);
	ck_assert_int_eq(rule.anchor, WP_ANCHOR_ACTIVITY_START);
	static const char *const bad[] = {"2026-02-30", "soon", "2 weeks after end",
					  "2 days after lunch", "2 days after end x", "-2 days after end",
					  "999 days after end"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		ck_assert_msg(wp_rule_parse(bad[i], &rule, &err) == -1, "accepted %s", bad[i]);
	ck_assert_ptr_nonnull(strstr(err.msg, "is not a due date"));
}
END_TEST

START_TEST(a_due_day_before_its_anchor_rolls_back_not_past_the_anchor)
{
	/* Start Thursday 2026-10-08, right after the National Day holiday
	 * (10-01..10-07). 3 days before is 10-05, a holiday: rolling forward
	 * would give 10-08, the start itself; the report is due the working
	 * day before, Wednesday 09-30. */
	wp_rule days = {.roll_forward = true};
	wp_err err;
	ck_assert_int_eq(wp_rule_parse("3 days before start", &days, &err), 0);
	days.roll_forward = true;
	ck_assert_date_eq(wp_rule_resolve(&days, cal, D("2026-10-08")), "2026-09-30");
	/* 开始前3个工作日: counted in working days it is a working day anyway. */
	wp_rule workdays = {.kind = WP_RULE_RELATIVE, .offset = -3, .workdays = true,
			    .anchor = WP_ANCHOR_CAMPAIGN_START, .roll_forward = true};
	ck_assert_date_eq(wp_rule_resolve(&workdays, cal, D("2026-10-08")), "2026-09-28");
	/* After the anchor it still rolls forward: 9 days after 09-24 is 10-03. */
	wp_rule after = {.kind = WP_RULE_RELATIVE, .offset = 9, .anchor = WP_ANCHOR_CAMPAIGN_END,
			 .roll_forward = true};
	ck_assert_date_eq(wp_rule_resolve(&after, cal, D("2026-09-24")), "2026-10-08");
	ck_assert_date_eq(wp_workday_roll_back(cal, D("2026-10-05")), "2026-09-30");
	ck_assert_date_eq(wp_workday_roll_back(cal, D("2026-09-30")), "2026-09-30");
}
END_TEST

/* ---- provisional years and imported arrangements ---------------------- */

START_TEST(a_year_without_an_arrangement_gets_the_laws_days_off_marked_provisional)
{
	ck_assert(wp_calendar_provisional(cal, 2027));
	ck_assert(!wp_calendar_covers(cal, 2027));
	ck_assert(!wp_calendar_provisional(cal, 2026));
	const char *name;
	ck_assert_int_eq(wp_calendar_kind(cal, D("2027-01-01"), &name), WP_DAY_OFF);
	ck_assert_str_eq(name, "元旦");
	ck_assert(wp_calendar_day_provisional(cal, D("2027-01-01")));
	/* 春节: 除夕 (02-05) to 初三 (02-08), nothing moved, no make-up day. */
	for (wp_date d = D("2027-02-05"); d <= D("2027-02-08"); d++)
		ck_assert_msg(!wp_workday_is(cal, d) && wp_calendar_day_provisional(cal, d),
			      "2027 春节 day %d", (int)(d - D("2027-02-05")));
	ck_assert(wp_workday_is(cal, D("2027-02-04")));
	ck_assert(wp_workday_is(cal, D("2027-02-09")));
	ck_assert(!wp_workday_is(cal, D("2027-04-05"))); /* 清明 */
	ck_assert(wp_workday_is(cal, D("2027-05-03")));  /* 劳动节 is 05-01..02 only */
	ck_assert(!wp_workday_is(cal, D("2027-06-09"))); /* 端午 */
	ck_assert(!wp_workday_is(cal, D("2027-09-15"))); /* 中秋 */
	ck_assert(!wp_workday_is(cal, D("2027-10-01")));
	ck_assert(wp_workday_is(cal, D("2027-10-04")));
	ck_assert_int_eq(wp_calendar_kind(cal, D("2027-02-06"), NULL), WP_DAY_OFF);
	ck_assert(!wp_calendar_day_provisional(cal, D("2026-01-01"))); /* official */
	/* 中秋 on 国庆 (2031-10-01): one day, both names, as notices write it. */
	ck_assert_int_eq(wp_calendar_kind(cal, D("2031-10-01"), &name), WP_DAY_OFF);
	ck_assert_str_eq(name, "国庆节、中秋节");
	wp_err err;
	ck_assert_int_eq(wp_calendar_error(cal, &err), 0);
}
END_TEST

/* The table against dates published for those years. */
START_TEST(the_lunar_table_matches_published_dates)
{
	static const char *const off[] = {
		"2027-02-05", "2028-01-25", "2029-02-12", "2030-02-02", /* 除夕 */
		"2027-02-08", "2028-01-28", "2029-02-15", "2030-02-05", /* 初三 */
		"2027-04-05", "2028-04-04",                             /* 清明 */
		"2027-06-09", "2028-05-28",                             /* 端午 */
		"2027-09-15", "2028-10-03",                             /* 中秋 */
	};
	for (size_t i = 0; i < sizeof off / sizeof *off; i++)
		ck_assert_msg(wp_calendar_kind(cal, D(off[i]), NULL) == WP_DAY_OFF &&
				      wp_calendar_day_provisional(cal, D(off[i])),
			      "%s is not a provisional day off", off[i]);
	ck_assert(wp_calendar_kind(cal, D("2028-01-29"), NULL) == WP_DAY_NORMAL); /* 初四 */
	ck_assert(wp_calendar_kind(cal, D("2027-04-04"), NULL) == WP_DAY_NORMAL);
}
END_TEST

START_TEST(a_year_missing_from_the_table_has_no_provisional_days)
{
	ck_assert(!wp_provisional_known(2034)); /* the sources disagree */
	ck_assert(!wp_provisional_known(2050));
	ck_assert(wp_provisional_known(2049));
	ck_assert(!wp_calendar_provisional(cal, 2034));
	ck_assert(wp_workday_is(cal, D("2034-01-02"))); /* Monday: weekly rhythm */
	ck_assert(wp_workday_is(cal, D("2034-10-02")));
	ck_assert(!wp_calendar_provisional(cal, 2019));
}
END_TEST

static const char arrangement_2027[] =
	"date\tkind\tname\n"
	"2027-01-01\toff\t元旦\n"
	"2027-01-02\toff\t元旦\n"
	"2027-01-03\toff\t元旦\n"
	"2027-02-06\twork\t春节\n"
	"2027-02-08\toff\t春节\n"
	"2027-02-09\toff\t春节\n"
	"2027-02-10\toff\t春节\n"
	"2027-02-11\toff\t春节\n"
	"2027-02-12\toff\t春节\n"
	"2027-02-13\toff\t春节\n"
	"2027-02-14\toff\t春节\n";

START_TEST(importing_the_official_arrangement_replaces_the_provisional_days)
{
	wp_err err;
	wp_holidays_import_result res;
	ck_assert_int_eq(wp_holidays_import(st, arrangement_2027, strlen(arrangement_2027), &res,
					    &err),
			 0);
	ck_assert_int_eq(res.nyears, 1);
	ck_assert_int_eq(res.years[0], 2027);
	ck_assert_int_eq(res.ndays, 11);
	cal = wp_store_calendar(st);
	ck_assert(wp_calendar_covers(cal, 2027));
	ck_assert(!wp_calendar_provisional(cal, 2027));
	ck_assert(!wp_calendar_day_provisional(cal, D("2027-01-01")));
	ck_assert(wp_workday_is(cal, D("2027-02-05")));  /* provisional 除夕, not in the notice */
	ck_assert(wp_workday_is(cal, D("2027-02-06")));  /* make-up working Saturday */
	ck_assert(!wp_workday_is(cal, D("2027-02-12"))); /* the notice's own day off */
	ck_assert(wp_workday_is(cal, D("2027-04-05")));  /* this file leaves 清明 out */
	/* Importing again replaces the year: a day dropped from the file goes. */
	static const char shorter[] = "\xef\xbb\xbf" /* a BOM is allowed */
				      "date\tkind\tname\r\n2027-01-01\toff\t元旦\r\n";
	ck_assert_int_eq(wp_holidays_import(st, shorter, strlen(shorter), NULL, &err), 0);
	cal = wp_store_calendar(st);
	ck_assert(wp_workday_is(cal, D("2027-02-12")));
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM calendar_day WHERE day LIKE '2027-%'"),
			 1);
	/* Other years are untouched. */
	ck_assert(!wp_workday_is(cal, D("2026-10-01")));
}
END_TEST

START_TEST(a_bad_file_is_refused_whole_with_its_line)
{
	static const struct {
		const char *text, *error;
	} bad[] = {
		{"2027-01-01\toff\t元旦\n2027-01-02\toff\n", "line 2: expected date, kind and name"},
		{"2027-01-01\toff\t元旦\n2027-02-30\toff\tx\n", "line 2: invalid date"},
		{"2027-01-01\toff\t元旦\n2027-01-02\tholiday\tx\n", "line 2: the kind is 'holiday'"},
		{"2027-01-01\toff\t元旦\n2027-01-02\toff\tx\n2027-01-01\toff\t元旦\n",
		 "line 3: 2027-01-01 is already listed on line 1"},
		{"2027-01-01\toff\t元旦\n\n2027-01-02\toff\t元旦\n", "line 2: expected date"},
		{"2027-01-01\toff\t元\xff\n", "line 1: not UTF-8 text"},
		{"2027-02-10\twork\t春节\n", "line 1: 2027-02-10 is a weekday"},
		{"2027-01-01\toff\t\n", "line 1: the holiday name is empty"},
		{"date\tkind\tname\n", "the file lists no days"},
	};
	wp_err err;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		ck_assert_int_eq(wp_holidays_import(st, bad[i].text, strlen(bad[i].text), NULL, &err),
				 -1);
		ck_assert_msg(strstr(err.msg, bad[i].error), "case %zu: got '%s'", i, err.msg);
	}
	/* Nothing of any of them was stored. */
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM calendar_day WHERE day LIKE '2027-%'"),
			 0);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM calendar_year WHERE year = 2027"), 0);
	char *huge = malloc(WP_HOLIDAYS_MAX_BYTES + 2);
	memset(huge, '#', WP_HOLIDAYS_MAX_BYTES + 1);
	huge[WP_HOLIDAYS_MAX_BYTES + 1] = '\0';
	ck_assert_int_eq(wp_holidays_import(st, huge, strlen(huge), NULL, &err), -1);
	ck_assert(strstr(err.msg, "larger than"));
	free(huge);
	cal = wp_store_calendar(st);
	ck_assert(wp_calendar_provisional(cal, 2027));
}
END_TEST

/* A notice's 元旦 period that begins on 31 December adds that day to the
 * earlier year without replacing it. */
START_TEST(december_days_of_a_new_years_period_join_their_year)
{
	static const char text[] = "2026-12-31\toff\t元旦\n2027-01-01\toff\t元旦\n";
	wp_err err;
	wp_holidays_import_result res;
	ck_assert_int_eq(wp_holidays_import(st, text, strlen(text), &res, &err), 0);
	ck_assert_int_eq(res.nyears, 1);
	ck_assert_int_eq(res.years[0], 2027);
	cal = wp_store_calendar(st);
	ck_assert(!wp_workday_is(cal, D("2026-12-31")));
	ck_assert(!wp_workday_is(cal, D("2026-10-01"))); /* 2026 kept its 国庆 */
}
END_TEST

START_TEST(a_deadline_in_a_provisional_year_moves_when_the_notice_is_imported)
{
	static const char due[] = "SELECT julianday(due_date) - julianday('2027-02-04') "
				  "FROM deadline WHERE what = '报送总结' AND campaign_id = "
				  "(SELECT id FROM campaign WHERE title LIKE '%朝阳%')";
	wp_err err;
	ck_assert_int_eq(wp_demo_load(st, &err), 0);
	/* 朝阳's week moved to end on Thursday 2027-02-04: 报送总结 is due 2
	 * working days later. */
	ck_assert_int_eq(sqlite3_exec(wp_store_db(st),
				      "UPDATE campaign SET period_start = '2027-01-29', "
				      "period_end = '2027-02-04' WHERE title LIKE '%朝阳%'",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_int_eq(wp_deadline_resolve_all(st, WP_DATE_NONE, &err), 0);
	/* Provisionally 02-05..08 are off: Tuesday 09 is one, Wednesday 10 two. */
	ck_assert_int_eq(sql_int(st, due), 6);
	/* The notice works Saturday 02-06 and takes 02-08..14 off instead. */
	ck_assert_int_eq(wp_holidays_import(st, arrangement_2027, strlen(arrangement_2027), NULL,
					    &err),
			 0);
	ck_assert_int_eq(sql_int(st, due), 2); /* Friday 05, Saturday 06 */
}
END_TEST


int main(void)
{
	Suite *s = suite_create("calendar");
	TCase *tc = tcase_create("working days");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, counts_two_working_days_after_the_2026_week);
	tcase_add_test(tc, a_calendar_week_into_labour_day_rolls_to_the_next_working_day);
	tcase_add_test(tc, a_due_day_before_its_anchor_rolls_back_not_past_the_anchor);
	tcase_add_test(tc, make_up_working_days_on_weekends_count);
	tcase_add_test(tc, adds_working_days_across_a_holiday_both_ways);
	tcase_add_test(tc, counts_working_days_left_and_overdue);
	tcase_add_test(tc, knows_which_years_have_an_official_arrangement);
	tcase_add_test(tc, a_users_day_overrides_the_official_calendar_and_moves_deadlines);
	tcase_add_test(tc, a_year_entered_by_hand_can_be_declared_known);
	tcase_add_test(tc, a_hand_filled_calendar_needs_no_database);
	tcase_add_test(tc, resolves_rules_before_and_after_anchors);
	tcase_add_test(tc, rules_are_read_and_written_as_people_type_them);
	tcase_add_test(tc, a_year_without_an_arrangement_gets_the_laws_days_off_marked_provisional);
	tcase_add_test(tc, the_lunar_table_matches_published_dates);
	tcase_add_test(tc, a_year_missing_from_the_table_has_no_provisional_days);
	tcase_add_test(tc, importing_the_official_arrangement_replaces_the_provisional_days);
	tcase_add_test(tc, a_bad_file_is_refused_whole_with_its_line);
	tcase_add_test(tc, december_days_of_a_new_years_period_join_their_year);
	tcase_add_test(tc, a_deadline_in_a_provisional_year_moves_when_the_notice_is_imported);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
