/* check_reader_holdout24w.c - the hold-out notice g150 showed a schedule
 * of weekday theme days with no calendar date (星期一（开幕日） over
 * paragraphs that open with their time); each habit on a small text of
 * its own: a weekday heading names one date only inside a period of at
 * most a week, a run ends on a weekday (展期至星期五), a paragraph opens
 * on its heading's day (同日起，) or the whole day (全天，), and an
 * exhibition is opened (开放X展); and a theme announced by a sentence
 * that ends with ：, a report due on each activity's day, and people
 * organized to attend (组织X旁听Y), and two events in one paragraph. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define TITLE "关于开展2027年桐溪县防灾减灾宣传周活动的通知\n"

/* The schedule under weekday headings, the period given apart (2027-05-10
 * is a Monday). */
#define DAYS                                                                                        \
	"三、活动日程\n"                                                                            \
	"周一（启动日）\n"                                                                          \
	"上午9:00，在县人民广场举行防灾减灾宣传周启动仪式。由县应急管理局牵头，县消防救援大队配合。\n" \
	"同日起，在县科技馆二楼开放防灾减灾科普展，展期至周五。由县科协负责。\n"                   \
	"周三（校园日）\n"                                                                          \
	"下午2:30，在县实验小学操场开展地震应急疏散演练。由县教育局牵头，县地震局配合。\n"          \
	"星期四\n"                                                                                  \
	"全天，在各乡镇集市开展防灾减灾知识宣传。由县应急管理局负责。\n"                            \
	"以上活动如遇天气原因需调整的，另行通知。\n"

/* 周一（启动日） in 5月10日至16日 is 05-10, 周三 05-12, 星期四 05-13; the
 * paragraphs under a day are its activities, unnumbered. */
START_TEST(weekday_headings_in_a_week)
{
	json_t *plan = plan_from_text(TITLE "一、活动时间\n2027年5月10日至16日。\n" DAYS);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|防灾减灾宣传周启动仪式|2027-05-10|2027-05-10|09:00|县人民广场|县应急管理局|县消防救援大队");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|地震应急疏散演练|2027-05-12|2027-05-12|14:30|县实验小学操场|县教育局|县地震局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "-|防灾减灾知识宣传|2027-05-13|2027-05-13|-|各乡镇集市|县应急管理局|");
	json_decref(plan);
}
END_TEST

/* 同日起，在…开放…展，展期至周五: from the heading's day to the Friday
 * after it; the exhibition opened is its title, and no time. */
START_TEST(a_run_that_ends_on_a_weekday)
{
	json_t *plan = plan_from_text(TITLE "一、活动时间\n2027年5月10日至16日。\n" DAYS);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|防灾减灾科普展|2027-05-10|2027-05-14|-|县科技馆二楼|县科协|");
	json_decref(plan);
}
END_TEST

/* A month-long period holds four Mondays: 周一 names none of them, so
 * the activities are read without a date. */
START_TEST(weekday_headings_in_a_month_stay_undated)
{
	json_t *plan = plan_from_text(TITLE "一、活动时间\n2027年5月1日至31日。\n" DAYS);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|防灾减灾宣传周启动仪式|-|-|09:00|县人民广场|县应急管理局|县消防救援大队");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "-|防灾减灾科普展|-|-|-|县科技馆二楼|县科协|");
	json_decref(plan);
}
END_TEST

/* With no period at all no weekday is placed either. */
START_TEST(weekday_headings_without_a_period_stay_undated)
{
	json_t *plan = plan_from_text(TITLE "一、活动目的\n普及防灾减灾知识。\n" DAYS);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|地震应急疏散演练|-|-|14:30|县实验小学操场|县教育局|县地震局");
	json_decref(plan);
}
END_TEST

/* Under a dated heading the same habits hold: 11月8日（星期一） then
 * 同日起…至星期三 ends on 11-10. */
START_TEST(a_run_to_a_weekday_under_a_dated_day)
{
	json_t *plan = plan_from_text(TITLE "一、活动时间\n2027年11月8日至12日。\n"
					    "三、活动日程\n11月8日（星期一）\n"
					    "上午9:30，在县文化馆举办消防安全知识讲座。由县消防救援大队牵头。\n"
					    "同日起，在县图书馆大厅开放消防器材展，至星期三。由县消防救援大队负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|消防器材展|2027-11-08|2027-11-10|-|县图书馆大厅|县消防救援大队|");
	json_decref(plan);
}
END_TEST

/* 二、活动主题 / 今年继续沿用全国防灾减灾日主题： / 人人讲安全，个个会应急:
 * the sentence that ends with ： announces the theme on the next line. */
START_TEST(a_theme_announced_by_the_line_before)
{
	json_t *plan = plan_from_text(TITLE "一、活动时间\n2027年5月10日至16日。\n二、活动主题\n"
					    "今年继续沿用全国防灾减灾日主题：\n人人讲安全，个个会应急\n" DAYS);
	ck_assert_str_eq(json_string_value(json_object_get(plan, "theme")), "人人讲安全，个个会应急");
	json_decref(plan);
}
END_TEST

/* 各牵头单位于活动当日下午5时前将活动信息报…: on the day of each
 * activity, a duty that recurs: no one due date, the rule kept. */
START_TEST(a_report_due_on_each_activitys_day)
{
	json_t *plan = plan_from_text(TITLE "一、活动时间\n2027年5月10日至16日。\n" DAYS
					    "四、工作要求\n宣传周期间，各牵头单位于活动当日下午5时前将活动信息（文字、图片）"
					    "报县应急管理局。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送活动信息（文字、图片）|活动当日下午5时前|-|各牵头单位|县应急管理局");
	json_decref(plan);
}
END_TEST

/* 组织学生观看国防教育片: the people organized, then what they attend,
 * which names the event. */
START_TEST(people_organized_to_attend)
{
	json_t *plan = plan_from_text(TITLE "一、活动时间\n2027年5月10日至16日。\n三、活动日程\n周二\n"
					    "下午3:00，在县影剧院组织中小学生观看防灾减灾科教片。由县教育局负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|观看防灾减灾科教片|2027-05-11|2027-05-11|15:00|县影剧院|县教育局|");
	json_decref(plan);
}
END_TEST

/* 上午9:00，…举办X讲座，…；下午，开展Y比赛。讲座由A牵头，B配合；比赛由C负责。:
 * two events set apart by ； each with its time; the units' clauses name
 * each event by the end of its title. */
START_TEST(two_events_in_one_paragraph)
{
	json_t *plan = plan_from_text(TITLE "一、活动时间\n2027年5月10日至16日。\n三、活动日程\n星期五（社区日）\n"
					    "上午9:00，在城关社区会议室举办“安全家园”应急知识讲座，讲解家庭应急物资储备；"
					    "下午，开展“我是应急小达人”亲子比赛。讲座由县应急管理局牵头，城关社区配合；"
					    "比赛由团县委、县妇联负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|“安全家园”应急知识讲座|2027-05-14|2027-05-14|09:00|城关社区会议室|县应急管理局|城关社区");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|“我是应急小达人”亲子比赛|2027-05-14|2027-05-14|-|-|团县委、县妇联|");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 24 (weekdays)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, weekday_headings_in_a_week);
	tcase_add_test(tc, a_run_that_ends_on_a_weekday);
	tcase_add_test(tc, weekday_headings_in_a_month_stay_undated);
	tcase_add_test(tc, weekday_headings_without_a_period_stay_undated);
	tcase_add_test(tc, a_run_to_a_weekday_under_a_dated_day);
	tcase_add_test(tc, a_theme_announced_by_the_line_before);
	tcase_add_test(tc, a_report_due_on_each_activitys_day);
	tcase_add_test(tc, people_organized_to_attend);
	tcase_add_test(tc, two_events_in_one_paragraph);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
