/* check_reader_holdout27d.c - habits of the genre that the hold-out
 * notice g167 showed (with g163, g164 and g169), each on a small text of
 * its own: activities dated by the day alone, the month and year given
 * once in the period; a place that runs on into what is done there. */
#include "config.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2027年全民国防教育日活动的通知\n一、活动时间\n2027年9月13日至19日。\n二、活动内容\n"

/* 15日（星期三）上午10:30, 13日至17日, 17日（星期五）至18日（星期六）: the
 * day alone, in the period's month and year, its weekday agreeing. */
START_TEST(days_without_their_month)
{
	json_t *plan = plan_from_text(HEAD "（一）集中宣传活动。15日（星期三）上午10:30，在镇政府门前广场设置咨询台。"
					   "（牵头单位：镇综治中心）\n"
					   "（二）国防教育进校园。13日至17日，在镇中心小学开展国防教育第一课。"
					   "（牵头单位：镇中心小学）\n"
					   "（三）流动宣传。17日（星期五）至18日（星期六），组织宣传小分队前往各村宣传。"
					   "（牵头单位：镇综治中心）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|集中宣传活动|2027-09-15|2027-09-15|10:30|镇政府门前广场|镇综治中心|");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2027-09-13");
	ck_assert_str_eq(field(plan_activity(plan, 1), "end"), "2027-09-17");
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2027-09-17");
	ck_assert_str_eq(field(plan_activity(plan, 2), "end"), "2027-09-18");
	json_decref(plan);
}
END_TEST

/* A period over two months (4月28日至5月5日): each day is read in the
 * month in which it falls inside the period (30日 04-30, 2日 05-02), one
 * in neither in the month nearest it (10日 05-10, 5 days after, not 18
 * before), and 30日至3日 runs on into the next month. */
START_TEST(days_in_a_period_over_two_months)
{
	json_t *plan = plan_from_text("关于开展2027年劳动周活动的通知\n一、活动时间\n2027年4月28日至5月5日。\n二、活动内容\n"
				      "（一）启动仪式。30日（星期五）上午9:00，在市民广场举行。（牵头单位：市总工会）\n"
				      "（二）劳模宣讲。2日（星期日）下午3:00，在市工人文化宫举行。（牵头单位：市总工会）\n"
				      "（三）职工摄影展。30日至3日，在市图书馆展出。（牵头单位：市文联）\n"
				      "（四）总结表彰。10日（星期一）上午9:00，在市政府礼堂举行。（牵头单位：市总工会）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2027-04-30");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2027-05-02");
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2027-04-30");
	ck_assert_str_eq(field(plan_activity(plan, 2), "end"), "2027-05-03");
	ck_assert_str_eq(field(plan_activity(plan, 3), "start"), "2027-05-10");
	json_decref(plan);
}
END_TEST

/* 16日（星期三）: the 16th of September 2027 is a Thursday; the weekday
 * and the day disagree, so the activity stays undated (reported, the day
 * as written kept in its notes), not put on a day the notice may not mean. */
START_TEST(a_day_whose_weekday_disagrees)
{
	static const char text[] = HEAD "（一）专题讲座。16日（星期三）下午3:30，在镇党群服务中心举办讲座。"
					"（牵头单位：镇党政办）\n";
	wp_notice_report report;
	wp_err err;
	char *out = wp_notice_read(text, strlen(text), &report, &err);
	ck_assert_ptr_nonnull(out);
	json_t *plan = json_loads(out, 0, NULL);
	ck_assert_ptr_null(field(plan_activity(plan, 0), "start"));
	ck_assert_str_eq(field(plan_activity(plan, 0), "notes"), "时间：16日（星期三）");
	bool said = false;
	for (size_t i = 0; i < report.n; i++)
		said = said || (strstr(report.lines[i], "names a weekday") && strstr(report.lines[i], "16日（星期三）"));
	ck_assert(said);
	wp_notice_report_free(&report);
	json_decref(plan);
	free(out);
}
END_TEST

/* 15日内, 每日, 3个工作日, 第5日: days counted, not dates; an activity
 * that says only these stays undated, while 19日（星期日） is a day. */
START_TEST(a_count_of_days_is_no_date)
{
	json_t *plan = plan_from_text(HEAD "（一）征文活动。15日内完成征文评选，评选结果每日公示，3个工作日后公布。"
					   "（牵头单位：镇文化站）\n"
					   "（二）知识竞赛。活动第5日，在镇文化站举行。（牵头单位：镇文化站）\n"
					   "（三）国防电影放映。19日（星期日）晚上8:00，在镇文化广场放映。（牵头单位：镇文化站）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_ptr_null(field(plan_activity(plan, 0), "start"));
	ck_assert_ptr_null(field(plan_activity(plan, 1), "start"));
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2027-09-19");
	json_decref(plan);
}
END_TEST

/* 在镇文化广场放映国防教育影片, 在“X”微信视频号直播: what is done there
 * follows the place's last word (广场, 视频号) and ends the place; inside
 * a name (电影放映厅, 直播间) it is no verb. */
START_TEST(a_place_that_runs_on_into_what_is_done_there)
{
	json_t *plan = plan_from_text(HEAD "（一）国防电影放映。19日晚上8:00，在镇文化广场放映国防教育影片。"
					   "（牵头单位：镇文化站）\n"
					   "（二）国防知识直播。9月16日19:30在“青禾发布”微信视频号直播，邀请专家讲解国防知识。"
					   "（牵头单位：镇融媒体中心）\n"
					   "（三）国防主题观影。9月17日下午3:00，在县电影院电影放映厅组织学生观看国防主题影片。"
					   "（牵头单位：镇中心小学）\n"
					   "（四）网上宣讲。9月18日，在抖音直播间开展国防知识宣讲。（牵头单位：镇融媒体中心）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "镇文化广场");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "“青禾发布”微信视频号");
	ck_assert_str_eq(field(plan_activity(plan, 2), "location"), "县电影院电影放映厅");
	ck_assert_str_eq(field(plan_activity(plan, 3), "location"), "抖音直播间");
	json_decref(plan);
}
END_TEST

/* 在区法院新闻发布厅召开, 在县非遗展示馆举办: a verb that ends places
 * (发布, 展示) is part of the name when a building's word (厅, 馆)
 * follows it. */
START_TEST(a_verb_inside_a_buildings_name)
{
	json_t *plan = plan_from_text(HEAD "（一）发布典型案例。9月15日上午10:00，在区法院新闻发布厅召开新闻发布会。"
					   "（牵头单位：区法院）\n"
					   "（二）非遗展览。9月16日，在县非遗展示馆举办国防主题展览。（牵头单位：县文化馆）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "区法院新闻发布厅");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "县非遗展示馆");
	json_decref(plan);
}
END_TEST

/* 报镇宣传办，由镇宣传办汇总后报送县委宣传部: the doers send to the first;
 * the clause opening with 由 is that recipient passing it on. A sentence
 * whose only recipient is in such a clause keeps it. */
START_TEST(a_recipient_that_passes_it_on)
{
	json_t *plan = plan_from_text(HEAD "（一）集中宣传活动。15日上午9:00，在镇文化广场举行。（牵头单位：镇综治中心）\n"
					   "三、工作要求\n"
					   "（一）每日报送活动信息。各村于每天17:00前将当日活动信息报镇宣传办，"
					   "由镇宣传办统一汇总报送县委宣传部。\n"
					   "（二）报送活动总结。各村于9月22日前将活动总结报送镇综治中心。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送当日活动信息|每天17:00前|-|各村|镇宣传办");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送活动总结|9月22日前|2027-09-22|各村|镇综治中心");
	json_decref(plan);
}
END_TEST

/* A period of more than two months (2027年3月1日至11月30日) dates no day
 * written alone: 15日（星期一） would be the 15th of several months. In a
 * period over two months the weekday written picks the month: in
 * 4月26日至5月6日, 5日（星期三） is 05-05 and 5日（星期一） 04-05 (the only
 * 5th that is a Monday), though 05-05 is inside the period. */
START_TEST(long_periods_and_weekdays_choose_the_month)
{
	json_t *plan = plan_from_text("关于开展2027年安全生产专项行动的通知\n一、活动时间\n2027年3月1日至11月30日。\n"
				      "二、活动内容\n（一）集中宣传。15日（星期一）上午9:00，在市民广场举行。"
				      "（牵头单位：市应急局）\n");
	ck_assert_ptr_null(field(plan_activity(plan, 0), "start"));
	json_decref(plan);
	plan = plan_from_text("关于开展2027年春季宣传活动的通知\n一、活动时间\n2027年4月26日至5月6日。\n"
			      "二、活动内容\n（一）启动仪式。5日（星期三）上午9:00，在市民广场举行。（牵头单位：市科协）\n"
			      "（二）筹备会议。5日（星期一）下午3:00，在市科协会议室举行。（牵头单位：市科协）\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2027-05-05");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2027-04-05");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 27 (dates and places)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, days_without_their_month);
	tcase_add_test(tc, days_in_a_period_over_two_months);
	tcase_add_test(tc, long_periods_and_weekdays_choose_the_month);
	tcase_add_test(tc, a_day_whose_weekday_disagrees);
	tcase_add_test(tc, a_count_of_days_is_no_date);
	tcase_add_test(tc, a_place_that_runs_on_into_what_is_done_there);
	tcase_add_test(tc, a_verb_inside_a_buildings_name);
	tcase_add_test(tc, a_recipient_that_passes_it_on);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
