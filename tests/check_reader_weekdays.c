/* check_reader_weekdays.c - a weekday written beside a date that is not
 * the date's (9月16日（星期四） in 2026, a Wednesday) is told to the person
 * importing, the date kept; a right weekday, a campaign over the new year
 * and a notice without a year are not told. */
#include "config.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年全民国防教育日活动的通知\n一、活动时间\n2026年9月14日至20日。\n二、活动安排\n"

/* The report's lines about weekdays, joined by | (a static buffer). */
static const char *weekday_notes(const char *text, json_t **plan)
{
	static char out[2048];
	wp_notice_report report = {0};
	wp_err err;
	char *json = wp_notice_read(text, strlen(text), &report, &err);
	ck_assert_msg(json != NULL, "%s", err.msg);
	*plan = json_loads(json, 0, NULL);
	free(json);
	out[0] = '\0';
	for (size_t i = 0; i < report.n; i++)
		if (strstr(report.lines[i], "weekday written")) {
			if (out[0])
				strncat(out, "|", sizeof out - strlen(out) - 1);
			strncat(out, report.lines[i], sizeof out - strlen(out) - 1);
		}
	wp_notice_report_free(&report);
	return out;
}

START_TEST(a_wrong_weekday_is_told_and_the_date_kept)
{
	json_t *plan;
	const char *notes = weekday_notes(HEAD "（一）国防知识进校园\n9月16日（星期四）下午2:30，在镇中心小学开展国防"
						"知识进校园活动。由镇人武部牵头。\n",
					  &plan);
	ck_assert_str_eq(notes, "'9月16日（星期四）': 2026-09-16 is a 星期三, not the weekday written: check the date");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-09-16");
	json_decref(plan);
}
END_TEST

START_TEST(right_weekdays_in_every_form_are_not_told)
{
	json_t *plan;
	const char *notes = weekday_notes(HEAD "（一）国防知识进校园\n9月16日（星期三）下午2:30，在镇中心小学开展。"
						"由镇人武部牵头。\n（二）升旗仪式\n2026年9月19日(周六)上午8:00，在镇政府"
						"广场举行。由镇党政办牵头。\n（三）国防教育展\n9/17（周四）至9/20（星期日，"
						"调休上班），在镇文化站举办。由镇文化站牵头。\n",
					  &plan);
	ck_assert_str_eq(notes, "");
	json_decref(plan);
}
END_TEST

START_TEST(a_slash_date_with_a_wrong_weekday)
{
	json_t *plan;
	const char *notes = weekday_notes(HEAD "（一）国防知识进校园\n9/18（周四），在镇中心小学开展。由镇人武部牵头。\n",
					  &plan);
	ck_assert_str_eq(notes, "'9/18（周四）': 2026-09-18 is a 星期五, not the weekday written: check the date");
	json_decref(plan);
}
END_TEST

/* 2027-01-02 is a Saturday: in a plan of 2026 the weekday fits the next
 * year's day, which is what was meant */
START_TEST(a_campaign_over_the_new_year)
{
	json_t *plan;
	const char *notes = weekday_notes("关于开展2026年元旦安全宣传活动的通知\n一、活动时间\n2026年12月28日至"
					  "1月3日。\n二、活动安排\n（一）安全宣传\n1月2日（星期六）上午9:00，在镇政府"
					  "广场开展。由镇应急办牵头。\n",
					  &plan);
	ck_assert_str_eq(notes, "");
	json_decref(plan);
}
END_TEST

START_TEST(no_year_no_weekday_told)
{
	json_t *plan;
	const char *notes = weekday_notes("国防教育日活动安排\n（一）国防知识进校园\n9月16日（星期四）下午2:30，在镇中心"
					  "小学开展国防知识进校园活动。由镇人武部牵头。\n",
					  &plan);
	ck_assert_str_eq(notes, "");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: weekdays that are not the date's");
	TCase *tc = tcase_create("weekdays");
	tcase_add_test(tc, a_wrong_weekday_is_told_and_the_date_kept);
	tcase_add_test(tc, right_weekdays_in_every_form_are_not_told);
	tcase_add_test(tc, a_slash_date_with_a_wrong_weekday);
	tcase_add_test(tc, a_campaign_over_the_new_year);
	tcase_add_test(tc, no_year_no_weekday_told);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
