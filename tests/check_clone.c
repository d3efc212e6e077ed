/* check_clone.c - next year's plan from this year's: what the copy keeps,
 * moves, clears and resolves again, what it refuses, that it is all or
 * nothing, and what it reports for review. */
#include "config.h"

#include <stdarg.h>

#include "calendar.h"
#include "campaign.h"
#include "clone.h"
#include "deadline.h"
#include "model.h"
#include "plan.h"
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

static int64_t campaign(const char *spec)
{
	wp_campaign_ref ref;
	wp_err err;
	ck_assert_msg(wp_campaign_find(st, spec, &ref, &err) == 0, "%s", err.msg);
	int64_t id = ref.id;
	wp_campaign_ref_clear(&ref);
	return id;
}

static wp_clone_opts year_opts(int year)
{
	return (wp_clone_opts){.year = year, .start = WP_DATE_NONE};
}

/* Clones and fails the test with core's message if that fails. */
static int64_t clone_ok(int64_t source, wp_clone_opts opts, wp_clone_report *report)
{
	wp_err err;
	ck_assert_msg(wp_clone(st, source, &opts, report, &err) == 0, "clone: %s", err.msg);
	return report->campaign_id;
}

static int64_t clone_quiet(int64_t source, int year)
{
	wp_clone_report r;
	int64_t id = clone_ok(source, year_opts(year), &r);
	wp_clone_report_clear(&r);
	return id;
}

/* One integer from a query formatted like printf. */
static long long qint(const char *fmt, ...)
{
	char sql[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(sql, sizeof sql, fmt, ap);
	va_end(ap);
	return sql_int(st, sql);
}

/* One text value from a query (NULL for SQL NULL); caller frees. */
static char *qtext(const char *fmt, ...)
{
	char sql[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(sql, sizeof sql, fmt, ap);
	va_end(ap);
	sqlite3_stmt *s;
	ck_assert_int_eq(sqlite3_prepare_v2(wp_store_db(st), sql, -1, &s, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
	const unsigned char *t = sqlite3_column_text(s, 0);
	char *out = t ? strdup((const char *)t) : NULL;
	sqlite3_finalize(s);
	return out;
}

#define ck_assert_qtext_eq(expected, ...)                                       \
	do {                                                                   \
		char *got_ = qtext(__VA_ARGS__);                               \
		ck_assert_ptr_nonnull(got_);                                   \
		ck_assert_str_eq(got_, (expected));                            \
		free(got_);                                                    \
	} while (0)

static int64_t import_plan(const char *json)
{
	int64_t id;
	wp_err err;
	ck_assert_msg(wp_plan_import(st, json, strlen(json), 0, &id, &err) == 0, "%s", err.msg);
	return id;
}

/* Adds a report to 荣昌 due two working days after the campaign ends,
 * owed by 区法院 (the demo's 荣昌 has only fixed dates). */
static int64_t add_relative_deadline(int64_t rongchang)
{
	wp_deadline_rec rec = WP_DEADLINE_REC_INIT;
	wp_err err;
	rec.campaign_id = rongchang;
	rec.what = strdup("报送总结");
	rec.rule_text = strdup("宣传周结束2个工作日内");
	ck_assert_int_eq(wp_rule_parse("2 workdays after end", &rec.rule, &err), 0);
	wp_deadline_rec_add_owner(&rec, "区法院", WP_DATE_NONE);
	ck_assert_msg(wp_deadline_save(st, &rec, &err) == 0, "%s", err.msg);
	int64_t id = rec.id;
	wp_deadline_rec_clear(&rec);
	return id;
}

START_TEST(relative_deadlines_are_resolved_in_the_new_years_calendar)
{
	int64_t rongchang = campaign("荣昌");
	add_relative_deadline(rongchang);
	ck_assert_qtext_eq("2023-04-28", "SELECT due_date FROM deadline WHERE campaign_id = %lld "
					 "AND what = '报送总结'", (long long)rongchang);
	int64_t copy = clone_quiet(rongchang, 2024);
	wp_calendar *cal = wp_store_calendar(st);
	wp_date expected = wp_workday_add(cal, D("2024-04-26"), 2);
	char *due = qtext("SELECT due_date FROM deadline WHERE campaign_id = %lld "
			  "AND what = '报送总结'", (long long)copy);
	ck_assert_date_eq(expected, due);
	/* By hand: the period ends Friday 26 April 2024; Sunday 28 April was a
	 * make-up working day for Labour Day, so the second working day after
	 * the end is Monday 29 April (Monday to Friday alone would give 30
	 * April, and the old due date moved a year, 28 April). */
	ck_assert_str_eq(due, "2024-04-29");
	free(due);
	/* the rule itself is kept, not turned into a date */
	ck_assert_int_eq(qint("SELECT count(*) FROM deadline WHERE campaign_id = %lld AND "
			      "rule_kind = 'relative' AND rule_offset = 2 AND rule_unit = 'workdays' "
			      "AND rule_anchor = 'campaign_end' AND rule_text = '宣传周结束2个工作日内'",
			      (long long)copy),
			 1);
}
END_TEST

START_TEST(submissions_are_not_copied)
{
	int64_t rongchang = campaign("荣昌");
	int64_t unit;
	wp_err err;
	ck_assert_int_eq(wp_unit_lookup(st, "荣昌区", "区法院", &unit, &err), 1);
	int64_t deadline = qint("SELECT id FROM deadline WHERE campaign_id = %lld AND seq = 0",
				(long long)rongchang);
	ck_assert_int_eq(wp_deadline_set_status(st, deadline, unit, D("2023-04-14"), &err), 0);
	int64_t copy = clone_quiet(rongchang, 2024);
	ck_assert_int_eq(qint("SELECT count(*) FROM deadline_unit du JOIN deadline d ON "
			      "d.id = du.deadline_id WHERE d.campaign_id = %lld AND "
			      "du.submitted_on IS NOT NULL",
			      (long long)copy),
			 0);
	/* every owner is still there, pending */
	ck_assert_int_eq(qint("SELECT count(*) FROM deadline_unit du JOIN deadline d ON "
			      "d.id = du.deadline_id WHERE d.campaign_id = %lld", (long long)copy),
			 qint("SELECT count(*) FROM deadline_unit du JOIN deadline d ON "
			      "d.id = du.deadline_id WHERE d.campaign_id = %lld",
			      (long long)rongchang));
	ck_assert_int_eq(qint("SELECT count(*) FROM deadline_unit WHERE deadline_id = %lld AND "
			      "submitted_on = '2023-04-14'", (long long)deadline),
			 1);
}
END_TEST

START_TEST(the_title_gets_the_new_year_and_the_notice_is_cleared)
{
	int64_t luzhai = campaign("鹿寨");
	ck_assert_int_eq(qint("SELECT doc_number IS NOT NULL AND issued_on IS NOT NULL FROM "
			      "campaign WHERE id = %lld", (long long)luzhai),
			 1);
	wp_clone_report r;
	int64_t copy = clone_ok(luzhai, year_opts(2027), &r);
	ck_assert_str_eq(r.title, "2027年全国知识产权宣传周鹿寨县活动方案");
	ck_assert_date_eq(r.start, "2027-04-22");
	ck_assert_date_eq(r.end, "2027-04-26");
	wp_clone_report_clear(&r);
	ck_assert_qtext_eq("2027年全国知识产权宣传周鹿寨县活动方案",
			   "SELECT title FROM campaign WHERE id = %lld", (long long)copy);
	ck_assert_int_eq(qint("SELECT doc_number IS NULL AND issued_on IS NULL FROM campaign "
			      "WHERE id = %lld", (long long)copy),
			 1);
	/* what is not the notice's stays: theme, notes, region, organizer */
	ck_assert_int_eq(qint("SELECT count(*) FROM campaign a, campaign b WHERE a.id = %lld AND "
			      "b.id = %lld AND a.theme IS b.theme AND a.notes IS b.notes AND "
			      "a.region = b.region AND a.organizer_id IS b.organizer_id",
			      (long long)luzhai, (long long)copy),
			 1);
}
END_TEST

START_TEST(only_the_campaigns_own_year_in_the_title_changes)
{
	int64_t id = import_plan(
		"{\"weekplan_plan\": 1, \"title\": \"2024年第24个宣传周（20240号）2024活动方案\", "
		"\"region\": \"测试县\", \"period\": {\"start\": \"2024-04-20\", \"end\": "
		"\"2024-04-26\"}}");
	wp_clone_report r;
	clone_ok(id, year_opts(2025), &r);
	ck_assert_str_eq(r.title, "2025年第24个宣传周（20240号）2025活动方案");
	wp_clone_report_clear(&r);
}
END_TEST

START_TEST(activities_keep_their_month_and_day)
{
	int64_t rongchang = campaign("荣昌");
	int64_t copy = clone_quiet(rongchang, 2024);
	long long n = qint("SELECT count(*) FROM activity WHERE campaign_id = %lld",
			   (long long)rongchang);
	ck_assert_int_eq(n, 7);
	ck_assert_int_eq(qint("SELECT count(*) FROM activity a JOIN activity b ON a.seq = b.seq "
			      "WHERE a.campaign_id = %lld AND b.campaign_id = %lld "
			      "AND substr(b.start_date, 1, 4) = '2024' "
			      "AND substr(b.end_date, 1, 4) = '2024' "
			      "AND substr(a.start_date, 5) = substr(b.start_date, 5) "
			      "AND substr(a.end_date, 5) = substr(b.end_date, 5) "
			      "AND a.title = b.title AND a.number = b.number "
			      "AND a.location IS b.location",
			      (long long)rongchang, (long long)copy),
			 n);
	/* the roles, the committee and the contacts come along */
	const char *tables[] = {
		"SELECT count(*) FROM assignment s JOIN activity a ON a.id = s.activity_id "
		"WHERE a.campaign_id = %lld",
		"SELECT count(*) FROM committee_member WHERE campaign_id = %lld",
		"SELECT count(*) FROM contact WHERE campaign_id = %lld",
		"SELECT count(*) FROM deadline WHERE campaign_id = %lld",
	};
	for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) {
		long long before = qint(tables[i], (long long)rongchang);
		ck_assert_int_gt(before, 0);
		ck_assert_int_eq(qint(tables[i], (long long)copy), before);
	}
	/* an absolute due date moves as the activities do: 4月15日 stays 4月15日 */
	ck_assert_qtext_eq("2024-04-15", "SELECT due_date FROM deadline WHERE campaign_id = %lld "
					 "AND seq = 0", (long long)copy);
}
END_TEST

START_TEST(a_new_start_keeps_every_offset_in_days)
{
	int64_t rongchang = campaign("荣昌");
	wp_clone_opts opts = year_opts(2024);
	opts.start = D("2024-04-22"); /* 2023-04-20 + 368 days */
	wp_clone_report r;
	int64_t copy = clone_ok(rongchang, opts, &r);
	ck_assert_date_eq(r.start, "2024-04-22");
	ck_assert_date_eq(r.end, "2024-04-28"); /* 2023-04-26: six days after the start */
	wp_clone_report_clear(&r);
	/* activity 三 was on 2023-04-24, four days after the start */
	ck_assert_qtext_eq("2024-04-26", "SELECT start_date FROM activity WHERE campaign_id = %lld "
					 "AND number = '三'", (long long)copy);
	/* the fixed due date 2023-04-15, five days before the start */
	ck_assert_qtext_eq("2024-04-17", "SELECT due_date FROM deadline WHERE campaign_id = %lld "
					 "AND seq = 0", (long long)copy);
	/* a start outside the year asked for is refused */
	opts.start = D("2025-01-02");
	wp_err err;
	ck_assert_int_eq(wp_clone(st, rongchang, &opts, &r, &err), -1);
	ck_assert_str_eq(err.msg, "the start 2025-01-02 is not in 2024");
}
END_TEST

static const char leap_plan[] =
	"{\"weekplan_plan\": 1, \"title\": \"2024年春季宣传周\", \"region\": \"测试县\", "
	"\"period\": {\"start\": \"2024-02-26\", \"end\": \"2024-03-01\"}, "
	"\"activities\": [{\"no\": \"一\", \"title\": \"闰日活动\", \"start\": \"2024-02-29\"}], "
	"\"deadlines\": [{\"what\": \"报送\", \"due\": \"2024-02-29\", \"who\": [\"县局\"]}]}";

START_TEST(the_29th_of_february_becomes_the_28th)
{
	int64_t id = import_plan(leap_plan);
	wp_clone_report r;
	int64_t copy = clone_ok(id, year_opts(2025), &r);
	ck_assert_date_eq(r.start, "2025-02-26");
	ck_assert_date_eq(r.end, "2025-03-01");
	wp_clone_report_clear(&r);
	ck_assert_qtext_eq("2025-02-28", "SELECT start_date FROM activity WHERE campaign_id = %lld",
			   (long long)copy);
	ck_assert_qtext_eq("2025-02-28", "SELECT end_date FROM activity WHERE campaign_id = %lld",
			   (long long)copy);
	ck_assert_qtext_eq("2025-02-28", "SELECT due_date FROM deadline WHERE campaign_id = %lld",
			   (long long)copy);
}
END_TEST

START_TEST(a_stored_title_is_refused_unless_replaced)
{
	int64_t rongchang = campaign("荣昌");
	int64_t first = clone_quiet(rongchang, 2024);
	/* a trace of the first copy that the replacement must not keep */
	wp_err err;
	int64_t unit;
	ck_assert_int_eq(wp_unit_lookup(st, "荣昌区", "区法院", &unit, &err), 1);
	ck_assert_int_eq(wp_deadline_set_status(st, qint("SELECT id FROM deadline WHERE "
							 "campaign_id = %lld AND seq = 0",
							 (long long)first),
						unit, D("2024-04-10"), &err),
			 0);
	long long campaigns = qint("SELECT count(*) FROM campaign");
	wp_clone_opts opts = year_opts(2024);
	wp_clone_report r;
	char *title;
	int64_t existing;
	ck_assert_int_eq(wp_clone_title(st, rongchang, &opts, &title, &existing, &err), 0);
	ck_assert_str_eq(title, "荣昌区2024年知识产权宣传周活动方案");
	ck_assert_int_eq(existing, first);
	free(title);
	ck_assert_int_eq(wp_clone(st, rongchang, &opts, &r, &err), -1);
	ck_assert_msg(strstr(err.msg, "'荣昌区2024年知识产权宣传周活动方案' is already stored") != NULL,
		      "%s", err.msg);
	ck_assert_int_eq(qint("SELECT count(*) FROM campaign"), campaigns);
	/* replaced: the first copy goes, the second takes its place */
	opts.flags = WP_PLAN_REPLACE;
	int64_t second = clone_ok(rongchang, opts, &r);
	wp_clone_report_clear(&r);
	ck_assert_int_eq(qint("SELECT count(*) FROM campaign"), campaigns);
	ck_assert_int_eq(qint("SELECT count(*) FROM campaign WHERE title = "
			      "'荣昌区2024年知识产权宣传周活动方案'"),
			 1);
	ck_assert_int_eq(qint("SELECT count(*) FROM activity WHERE campaign_id = %lld",
			      (long long)second),
			 7);
	ck_assert_int_eq(qint("SELECT count(*) FROM deadline_unit WHERE submitted_on IS NOT NULL"),
			 0);
	/* a copy into the campaign's own year would be the original's title:
	 * never replaced, even when asked */
	opts = year_opts(2023);
	opts.flags = WP_PLAN_REPLACE;
	ck_assert_int_eq(wp_clone(st, rongchang, &opts, &r, &err), -1);
	ck_assert_msg(strstr(err.msg, "same title as the original") != NULL, "%s", err.msg);
	ck_assert_int_eq(qint("SELECT count(*) FROM campaign WHERE id = %lld", (long long)rongchang),
			 1);
	/* a title of its own makes it possible */
	opts.title = "荣昌区2023年知识产权宣传周活动方案（第二轮）";
	int64_t again = clone_ok(rongchang, opts, &r);
	ck_assert_str_eq(r.title, opts.title);
	wp_clone_report_clear(&r);
	ck_assert_int_ne(again, rongchang);
}
END_TEST

START_TEST(the_original_is_unchanged)
{
	int64_t rongchang = campaign("荣昌");
	wp_err err;
	char *before = wp_plan_export(st, rongchang, &err);
	ck_assert_ptr_nonnull(before);
	clone_quiet(rongchang, 2024);
	wp_clone_opts opts = year_opts(2025);
	opts.start = D("2025-05-01");
	wp_clone_report r;
	clone_ok(rongchang, opts, &r);
	wp_clone_report_clear(&r);
	char *after = wp_plan_export(st, rongchang, &err);
	ck_assert_ptr_nonnull(after);
	ck_assert_str_eq(after, before);
	free(before);
	free(after);
}
END_TEST

START_TEST(a_clone_that_fails_midway_stores_nothing)
{
	int64_t rongchang = campaign("荣昌");
	const char *tables[] = {"campaign", "activity", "assignment", "deadline", "deadline_unit",
				"committee_member", "contact", "unit", "unit_alias"};
	long long counts[sizeof tables / sizeof *tables];
	for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
		counts[i] = qint("SELECT count(*) FROM %s", tables[i]);
	/* The contacts are written last: by then the campaign, its activities,
	 * roles, committee and deadlines are in. */
	ck_assert_int_eq(sqlite3_exec(wp_store_db(st),
				      "CREATE TEMP TRIGGER fail_contact BEFORE INSERT ON contact "
				      "BEGIN SELECT RAISE(ABORT, 'forced failure'); END",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	wp_clone_opts opts = year_opts(2024);
	wp_clone_report r;
	wp_err err;
	ck_assert_int_eq(wp_clone(st, rongchang, &opts, &r, &err), -1);
	ck_assert_msg(strstr(err.msg, "forced failure") != NULL, "%s", err.msg);
	ck_assert_ptr_null(r.title);
	ck_assert_uint_eq(r.n, 0);
	for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
		ck_assert_msg(qint("SELECT count(*) FROM %s", tables[i]) == counts[i],
			      "%s has rows of the failed clone", tables[i]);
	ck_assert_int_eq(qint("SELECT count(*) FROM campaign WHERE title LIKE '%%2024年%%' AND "
			      "region = '荣昌区'"),
			 0);
	/* and once the cause is gone, the same clone goes through */
	ck_assert_int_eq(sqlite3_exec(wp_store_db(st), "DROP TRIGGER fail_contact", NULL, NULL,
				      NULL),
			 SQLITE_OK);
	clone_quiet(rongchang, 2024);
}
END_TEST

static size_t count_kind(const wp_clone_report *r, wp_clone_finding_kind kind, int index)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n; i++)
		n += r->findings[i].kind == kind && (index < 0 || r->findings[i].index == index);
	return n;
}

START_TEST(days_off_in_the_new_year_are_reported)
{
	wp_clone_report r;
	clone_ok(campaign("荣昌"), year_opts(2024), &r);
	/* 2024-04-20 is a Saturday: 一 and 二 (20-26 April) start on it, 七 is
	 * on it; the Sunday inside 一 and 二 is not worth a line */
	ck_assert_uint_eq(r.n, 3);
	ck_assert_uint_eq(count_kind(&r, WP_CLONE_ACTIVITY_NON_WORKING, 0), 1);
	ck_assert_uint_eq(count_kind(&r, WP_CLONE_ACTIVITY_NON_WORKING, 1), 1);
	ck_assert_uint_eq(count_kind(&r, WP_CLONE_ACTIVITY_NON_WORKING, 6), 1);
	ck_assert_date_eq(r.findings[0].date, "2024-04-20");
	ck_assert_str_eq(r.findings[0].subject, "activity 一 (知识产权视频宣传)");
	ck_assert_str_eq(r.findings[0].message,
			 "starts on 2024-04-20, a Saturday, not a working day");
	ck_assert_str_eq(wp_clone_finding_code(r.findings[0].kind), "activity-non-working");
	wp_clone_report_clear(&r);

	/* 濮阳's summary, 7 days after the end: 2025-05-03, Labour Day */
	clone_ok(campaign("濮阳"), year_opts(2025), &r);
	ck_assert_uint_eq(count_kind(&r, WP_CLONE_DEADLINE_HOLIDAY, 1), 1);
	for (size_t i = 0; i < r.n; i++)
		if (r.findings[i].kind == WP_CLONE_DEADLINE_HOLIDAY)
			ck_assert_str_eq(r.findings[i].message,
					 "due 2025-05-03, a public holiday (劳动节); the next "
					 "working day is 2025-05-06");
	wp_clone_report_clear(&r);

	/* an activity over the National Day holiday */
	int64_t id = import_plan(
		"{\"weekplan_plan\": 1, \"title\": \"2024年国庆宣传\", \"region\": \"测试县\", "
		"\"period\": {\"start\": \"2024-09-29\", \"end\": \"2024-10-02\"}, \"activities\": "
		"[{\"no\": \"一\", \"title\": \"展览\", \"start\": \"2024-09-29\", \"end\": "
		"\"2024-10-02\"}]}");
	clone_ok(id, year_opts(2025), &r);
	/* 2025: 1-8 October off, 28 September (Sunday) a make-up working day */
	ck_assert_uint_eq(count_kind(&r, WP_CLONE_ACTIVITY_HOLIDAY, 0), 2);
	ck_assert_uint_eq(count_kind(&r, WP_CLONE_ACTIVITY_NON_WORKING, -1), 0);
	ck_assert_str_eq(r.findings[r.n - 1].message, "ends on 2025-10-02, a public holiday (国庆节、中秋节)");
	wp_clone_report_clear(&r);
}
END_TEST

START_TEST(a_year_without_official_holidays_is_said)
{
	wp_clone_report r;
	wp_calendar *cal = wp_store_calendar(st);
	ck_assert(!wp_calendar_covers(cal, 2027));
	clone_ok(campaign("朝阳"), year_opts(2027), &r);
	ck_assert_uint_eq(count_kind(&r, WP_CLONE_NO_CALENDAR, -1), 1);
	ck_assert_int_eq(r.findings[0].kind, WP_CLONE_NO_CALENDAR);
	ck_assert_str_eq(r.findings[0].subject, "2027");
	ck_assert_int_eq(r.findings[0].index, -1);
	/* 2027 has provisional holidays from the law; say which were used. */
	ck_assert_msg(strstr(r.findings[0].message, "provisional holidays") != NULL, "%s",
		      r.findings[0].message);
	wp_clone_report_clear(&r);
	/* a known year says nothing of the kind */
	clone_ok(campaign("2026年朝阳"), year_opts(2025), &r);
	ck_assert_uint_eq(count_kind(&r, WP_CLONE_NO_CALENDAR, -1), 0);
	wp_clone_report_clear(&r);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("clone");
	TCase *tc = tcase_create("clone");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, relative_deadlines_are_resolved_in_the_new_years_calendar);
	tcase_add_test(tc, submissions_are_not_copied);
	tcase_add_test(tc, the_title_gets_the_new_year_and_the_notice_is_cleared);
	tcase_add_test(tc, only_the_campaigns_own_year_in_the_title_changes);
	tcase_add_test(tc, activities_keep_their_month_and_day);
	tcase_add_test(tc, a_new_start_keeps_every_offset_in_days);
	tcase_add_test(tc, the_29th_of_february_becomes_the_28th);
	tcase_add_test(tc, a_stored_title_is_refused_unless_replaced);
	tcase_add_test(tc, the_original_is_unchanged);
	tcase_add_test(tc, a_clone_that_fails_midway_stores_nothing);
	tcase_add_test(tc, days_off_in_the_new_year_are_reported);
	tcase_add_test(tc, a_year_without_official_holidays_is_said);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
