/* check_input.c - dates, times and rules as typed into the planner. */
#include "config.h"

#include "input.h"
#include "testutil.h"

/* The campaign of 2026, viewed in the week of Monday 2026-04-20; today is
 * Wednesday 2026-04-22. */
static const wp_input_ctx ctx_2026 = {.year = 2026};

static wp_input_ctx context(void)
{
	wp_input_ctx c = ctx_2026;
	wp_date_parse("2026-04-20", &c.week_of, NULL);
	wp_date_parse("2026-04-22", &c.today, NULL);
	return c;
}

START_TEST(reads_dates_in_every_form)
{
	static const struct {
		const char *typed, *want;
	} cases[] = {
		{"2026-04-20", "2026-04-20"}, {"4月20日", "2026-04-20"},
		{"2026年4月20日", "2026-04-20"}, {"2027年1月3日", "2027-01-03"},
		{"4.20", "2026-04-20"},	      {"周三", "2026-04-22"},
		{"星期三", "2026-04-22"},     {"周日", "2026-04-26"},
		{"星期天", "2026-04-26"},     {"今天", "2026-04-22"},
		{"明天", "2026-04-23"},	      {"  4月22日 ", "2026-04-22"},
	};
	wp_input_ctx c = context();
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		wp_date d = WP_DATE_NONE;
		wp_err err = {{0}};
		ck_assert_msg(wp_input_date(cases[i].typed, &c, &d, &err) == 0, "%s: %s",
			      cases[i].typed, err.msg);
		ck_assert_date_eq(d, cases[i].want);
	}
	/* 周三 follows the week in view. */
	wp_date_parse("2026-05-01", &c.week_of, NULL);
	wp_date d;
	wp_err err;
	ck_assert_int_eq(wp_input_date("周三", &c, &d, &err), 0);
	ck_assert_date_eq(d, "2026-04-29");
	/* No week in view: this week. No today: 今天 is refused. */
	c.week_of = WP_DATE_NONE;
	ck_assert_int_eq(wp_input_date("周五", &c, &d, &err), 0);
	ck_assert_date_eq(d, "2026-04-24");
	c.today = WP_DATE_NONE;
	ck_assert_int_eq(wp_input_date("今天", &c, &d, &err), -1);
	ck_assert_int_eq(wp_input_date("周五", &c, &d, &err), -1);
}
END_TEST

START_TEST(refuses_bad_dates_with_one_line_naming_the_input)
{
	static const char *const bad[] = {"4月32日", "2026-02-30", "下周", "周八", "4月20日至26日",
					  "abc", "4月20日上午", "2026-4-1x"};
	wp_input_ctx c = context();
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		wp_date d;
		wp_err err = {{0}};
		ck_assert_msg(wp_input_date(bad[i], &c, &d, &err) == -1, "accepted %s", bad[i]);
		ck_assert_msg(strstr(err.msg, bad[i]) != NULL, "'%s' does not name %s", err.msg, bad[i]);
		ck_assert_msg(strchr(err.msg, '\n') == NULL, "'%s' is not one line", err.msg);
	}
	wp_date d;
	wp_err err;
	wp_input_date("abc", &c, &d, &err);
	ck_assert_msg(strstr(err.msg, "4月20日") != NULL, "'%s' shows no example", err.msg);
	wp_input_date("4月20日至26日", &c, &d, &err);
	ck_assert_msg(strstr(err.msg, "range") != NULL, "'%s'", err.msg);
}
END_TEST

START_TEST(reads_times_in_every_form)
{
	static const struct {
		const char *typed, *want;
	} cases[] = {
		{"09:00", "09:00"},   {"9:00", "09:00"},	{"9点", "09:00"},
		{"9点半", "09:30"},   {"上午9时", "09:00"},	{"下午3点", "15:00"},
		{"晚上7点", "19:00"}, {"14时30分", "14:30"}, {"9点30", "09:30"},
		{"9：30", "09:30"},   {" 下午3点半 ", "15:30"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char out[6] = "";
		wp_err err = {{0}};
		ck_assert_msg(wp_input_time(cases[i].typed, out, &err) == 0, "%s: %s", cases[i].typed,
			      err.msg);
		ck_assert_str_eq(out, cases[i].want);
	}
}
END_TEST

START_TEST(refuses_bad_times)
{
	static const char *const bad[] = {"25:00", "9", "12:70", "下午", "9点钟开会", "明天9点",
					  "9:00am", ""};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char out[6];
		wp_err err = {{0}};
		ck_assert_msg(wp_input_time(bad[i], out, &err) == -1, "accepted '%s'", bad[i]);
		ck_assert_msg(strstr(err.msg, bad[i]) != NULL, "'%s' does not name %s", err.msg, bad[i]);
		ck_assert_msg(strstr(err.msg, "下午3点") != NULL, "'%s' shows no example", err.msg);
	}
}
END_TEST

START_TEST(reads_rules_chinese_and_english)
{
	static const struct {
		const char *typed;
		bool activity;
		wp_rule_kind kind;
		int offset;
		bool workdays;
		wp_anchor anchor;
	} cases[] = {
		{"结束后2个工作日", false, WP_RULE_RELATIVE, 2, true, WP_ANCHOR_CAMPAIGN_END},
		{"宣传周结束后两个工作日内", true, WP_RULE_RELATIVE, 2, true, WP_ANCHOR_CAMPAIGN_END},
		{"开始前3天", false, WP_RULE_RELATIVE, -3, false, WP_ANCHOR_CAMPAIGN_START},
		{"活动结束后一周内", true, WP_RULE_RELATIVE, 7, false, WP_ANCHOR_ACTIVITY_END},
		{"活动结束后一周内", false, WP_RULE_RELATIVE, 7, false, WP_ANCHOR_CAMPAIGN_END},
		{"活动开始前2个工作日", true, WP_RULE_RELATIVE, -2, true, WP_ANCHOR_ACTIVITY_START},
		{"2 workdays after end", false, WP_RULE_RELATIVE, 2, true, WP_ANCHOR_CAMPAIGN_END},
		{"7 days after activity end", true, WP_RULE_RELATIVE, 7, false, WP_ANCHOR_ACTIVITY_END},
		{"", false, WP_RULE_NONE, 0, false, WP_ANCHOR_CAMPAIGN_START},
	};
	wp_input_ctx c = context();
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		wp_rule r;
		wp_err err = {{0}};
		ck_assert_msg(wp_input_rule(cases[i].typed, &c, cases[i].activity, &r, &err) == 0,
			      "%s: %s", cases[i].typed, err.msg);
		ck_assert_int_eq(r.kind, cases[i].kind);
		if (r.kind != WP_RULE_RELATIVE)
			continue;
		ck_assert_msg(r.offset == cases[i].offset && r.workdays == cases[i].workdays &&
				      r.anchor == cases[i].anchor && !r.roll_forward,
			      "%s: %d %d %d", cases[i].typed, r.offset, r.workdays, r.anchor);
	}
	static const char *const dated[] = {"2026-04-29", "4月29日前", "4月29日", "2026年4月29日之前"};
	for (size_t i = 0; i < sizeof dated / sizeof *dated; i++) {
		wp_rule r;
		wp_err err = {{0}};
		ck_assert_msg(wp_input_rule(dated[i], &c, false, &r, &err) == 0, "%s: %s", dated[i],
			      err.msg);
		ck_assert_int_eq(r.kind, WP_RULE_DATE);
		ck_assert_date_eq(r.fixed, "2026-04-29");
	}
}
END_TEST

START_TEST(refuses_bad_rules)
{
	static const char *const bad[] = {"结束后", "结束后2个工作日报送材料", "开始前400天",
					  "2 weeks after end", "尽快", "4月31日前"};
	wp_input_ctx c = context();
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		wp_rule r;
		wp_err err = {{0}};
		ck_assert_msg(wp_input_rule(bad[i], &c, false, &r, &err) == -1, "accepted '%s'", bad[i]);
		ck_assert_msg(strstr(err.msg, bad[i]) != NULL, "'%s' does not name %s", err.msg, bad[i]);
		ck_assert_msg(strstr(err.msg, "结束后2个工作日") != NULL, "'%s' shows no example",
			      err.msg);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("input");
	TCase *tc = tcase_create("input");
	tcase_add_test(tc, reads_dates_in_every_form);
	tcase_add_test(tc, refuses_bad_dates_with_one_line_naming_the_input);
	tcase_add_test(tc, reads_times_in_every_form);
	tcase_add_test(tc, refuses_bad_times);
	tcase_add_test(tc, reads_rules_chinese_and_english);
	tcase_add_test(tc, refuses_bad_rules);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
