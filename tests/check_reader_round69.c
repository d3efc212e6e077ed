/* check_reader_round69.c - habits taught in session 38: a work group's
 * event lines typed without blank lines between them, with the clock
 * apart from the day or a number before the day; the lines of duties due
 * by a day and a duty roster, which look alike and are no events; a
 * clock after 晚 opening a range; day lines over prose paragraphs in
 * their other forms. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char close_lines[] =
	"岑溪镇2026年食品安全宣传周活动安排\n"
	"\n"
	"@所有人\n"
	"各村书记、主任，大家好！\n"
	"\n"
	"具体安排如下：\n"
	"\n"
	"6月8日上午8点半 镇农贸市场门口 宣传周启动暨集中宣传咨询。\n"
	"6月9日上午9点 枫林村党群服务中心 乡村厨师培训。每村至少2人。\n"
	"6月10日下午2点半 镇中心小学 食品安全进校园。\n"
	"以上活动由镇食安办牵头，镇市场监管所、镇卫生院配合。\n"
	"\n"
	"联系人：镇食安办 周海燕 13955027316\n"
	"\n"
	"岑溪镇人民政府\n"
	"2026年6月5日\n";

/* Lines typed one under another, each ending its sentence: each its own
 * line, however alike their widths, and so is the line under the last. */
START_TEST(event_lines_without_blank_lines_are_lines_of_their_own)
{
	const char *p = notice_paragraphs(close_lines);
	ck_assert_ptr_nonnull(strstr(p, " | 6月9日上午9点 枫林村党群服务中心 乡村厨师培训。每村至少2人。 | "));
	ck_assert_ptr_nonnull(strstr(p, "食品安全进校园。 | 以上活动由"));
	json_t *plan = plan_from_text(close_lines);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|宣传周启动暨集中宣传咨询|2026-06-08|2026-06-08|08:30|镇农贸市场门口|镇食安办|镇市场监管所、镇卫生院");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|食品安全进校园|2026-06-10|2026-06-10|14:30|镇中心小学|镇食安办|镇市场监管所、镇卫生院");
	json_decref(plan);
}
END_TEST

/* A prose paragraph cut at a width is joined as before: a line opening
 * with a day after one that ends no sentence goes on. */
START_TEST(a_cut_sentence_still_goes_on_into_a_dated_line)
{
	const char *p = notice_paragraphs("一、活动安排\n"
					  "\n"
					  "宣传周期间，镇食安办将组织镇市场监管所、镇卫生院在全镇开展\n"
					  "6月8日 上午 集中宣传咨询，请各村组织群众到场参加。\n");
	ck_assert_ptr_nonnull(strstr(p, "开展6月8日 上午 集中宣传咨询"));
}
END_TEST

/* 6月8日（周一） 上午8点半 X Y: the clock apart from the day is the
 * when's; 1. 6月8日… numbered lines keep their numbers. */
START_TEST(a_clock_apart_from_its_day_and_numbered_lines)
{
	char *spaced = text_with(close_lines, "6月8日上午8点半", "6月8日（周一） 上午8点半");
	json_t *plan = plan_from_text(spaced);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|宣传周启动暨集中宣传咨询|2026-06-08|2026-06-08|08:30|镇农贸市场门口|镇食安办|镇市场监管所、镇卫生院");
	json_decref(plan);
	free(spaced);
	char *a = text_with(close_lines, "6月8日上午", "1. 6月8日上午");
	char *b = text_with(a, "6月9日上午", "2. 6月9日上午");
	char *numbered = text_with(b, "6月10日下午", "4. 6月10日下午");
	plan = plan_from_text(numbered);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|乡村厨师培训|2026-06-09|2026-06-09|09:00|枫林村党群服务中心|镇食安办|镇市场监管所、镇卫生院");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "4");
	json_decref(plan);
	free(numbered);
	free(b);
	free(a);
}
END_TEST

static const char duty_lines[] =
	"岑溪镇2026年食品安全宣传周工作提示\n"
	"\n"
	"@所有人\n"
	"各村书记、主任，大家好！\n"
	"\n"
	"县里食品安全宣传周定在6月8日至14日，请各村落实以下事项：\n"
	"\n"
	"6月5日前 镇食安办 领取宣传海报和明白纸，每村不少于10张。\n"
	"6月7日（周日）下班前 各村 上报本村食品安全协管员名单。\n"
	"6月15日前 各村 报送宣传周活动小结和照片。\n"
	"\n"
	"岑溪镇人民政府\n"
	"2026年6月3日\n";

/* 6月7日前 各村 上报…: a duty due by a day is no event; the reports are
 * deadlines. */
START_TEST(lines_of_duties_due_by_a_day_are_no_events)
{
	json_t *plan = plan_from_text(duty_lines);
	ck_assert_uint_eq(plan_count(plan, "activities"), 0);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-06-07");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 1), "due"), "2026-06-15");
	json_decref(plan);
}
END_TEST

/* 6月19日（周五） 镇政府值班室 周海燕。: who is on duty where; a roster
 * is no plan, and is refused as one. */
START_TEST(a_duty_roster_is_no_plan)
{
	static const char roster[] = "岑溪镇2026年端午节假期值班安排\n"
				     "\n"
				     "各村、镇直各单位：\n"
				     "\n"
				     "现将端午节假期值班安排通知如下，请值班人员按时到岗。\n"
				     "\n"
				     "6月19日（周五） 镇政府值班室 周海燕。\n"
				     "6月20日（周六） 镇政府值班室 汪建军。\n"
				     "6月21日（周日） 镇政府值班室 程立。\n"
				     "\n"
				     "岑溪镇人民政府办公室\n"
				     "2026年6月15日\n";
	wp_err err = {0};
	wp_notice_report report = {0};
	char *json = wp_notice_read(roster, strlen(roster), &report, &err);
	ck_assert_ptr_null(json);
	ck_assert_ptr_nonnull(strstr(err.msg, "no activity"));
	wp_notice_report_free(&report);
}
END_TEST

/* 4月23日晚7点至4月24日: the clock after 晚 closes the first day; the
 * range runs on to the second. */
START_TEST(a_clock_after_wan_opens_a_range)
{
	json_t *plan = plan_from_text("关于开展2026年知识产权宣传周活动的通知\n"
				      "\n"
				      "一、活动安排\n"
				      "\n"
				      "（一）通宵编程马拉松。4月23日晚7点至4月24日，在大学生活动中心举办，由计算机学院承办。\n"
				      "\n"
				      "（二）专利撰写工作坊。4月25日上午9点，在科技楼举办，由技术转移中心承办。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|通宵编程马拉松|2026-04-23|2026-04-24|19:00|大学生活动中心|计算机学院|");
	json_decref(plan);
}
END_TEST

static const char day_lines[] =
	"关于开展2026年知识产权宣传周活动的通知\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年4月20日至4月26日。\n"
	"\n"
	"二、活动安排\n"
	"\n"
	"4月20日 星期一\n"
	"\n"
	"上午9:30，在同一地点举行宣传周启动仪式，由科技处主办，图书馆承办。\n"
	"\n"
	"4月21日（星期二）下午\n"
	"\n"
	"2:30，在第二教学楼B201举办专利检索实务培训，由图书馆承办。请各学院于4月18日前报送参训名单。\n"
	"\n"
	"4月22日（星期三）\n"
	"\n"
	"4月29日（星期三）\n"
	"\n"
	"请各学院于4月30日前报送作品，下午3:00在法学院模拟法庭举办模拟庭审，由法学院承办。\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各学院于4月30日前报送活动总结。\n";

/* Day lines with a bare weekday or a part of the day closing them; a
 * due day inside a paragraph is no day of its event; two day lines in a
 * row over one paragraph give it on each; 在同一地点 with nothing
 * before names no place. */
START_TEST(day_lines_in_their_other_forms)
{
	json_t *plan = plan_from_text(day_lines);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "-|宣传周启动仪式|2026-04-20|2026-04-20|09:30|-|科技处|图书馆");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|专利检索实务培训|2026-04-21|2026-04-21|14:30|第二教学楼B201|图书馆|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)), "3|模拟庭审|2026-04-22|2026-04-22|15:00|法学院模拟法庭|法学院|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)), "-|模拟庭审|2026-04-29|2026-04-29|15:00|法学院模拟法庭|法学院|");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round69");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, event_lines_without_blank_lines_are_lines_of_their_own);
	tcase_add_test(tc, a_cut_sentence_still_goes_on_into_a_dated_line);
	tcase_add_test(tc, a_clock_apart_from_its_day_and_numbered_lines);
	tcase_add_test(tc, lines_of_duties_due_by_a_day_are_no_events);
	tcase_add_test(tc, a_duty_roster_is_no_plan);
	tcase_add_test(tc, a_clock_after_wan_opens_a_range);
	tcase_add_test(tc, day_lines_in_their_other_forms);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
