/* check_reader_round67.c - habits of the hold-outs r67 and r68
 * (g363-g372) taught in session 37: a schedule told day by day in prose
 * (bare day lines, each over paragraphs that tell its events), a range
 * whose first day carries its clock (4月22日9:00至4月24日17:00), groups
 * 1. over items 1.1 1.2, a work group message's lines of when, where
 * and what apart by spaces, and an item's fields on one line. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char day_by_day[] =
	"关于开展2026年知识产权宣传周活动的通知\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年4月20日至4月26日。\n"
	"\n"
	"二、活动安排\n"
	"\n"
	"4月20日（星期一）\n"
	"\n"
	"上午9:30，在图书馆报告厅举行宣传周启动仪式，由科技处主办，图书馆协办。\n"
	"\n"
	"启动仪式结束后，10:30在同一地点举办专利运用专题报告会，由科技处承办。\n"
	"\n"
	"4月21日（星期二）\n"
	"\n"
	"4月21日至24日，每天8:00—21:30，在图书馆一楼大厅举办专利成果展，由图书馆承办。\n"
	"\n"
	"4月23日为世界读书日，读书月系列活动另行通知，请各学院组织师生积极参与。\n"
	"\n"
	"4月22日（星期三）\n"
	"\n"
	"4月22日9:00至4月24日17:00，通过“图书馆”微信公众号开展知识竞赛线上初赛，由学生工作处负责。\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各学院于4月30日前报送活动总结。\n"
	"\n"
	"某某大学科技处\n"
	"2026年4月10日\n";

/* 4月20日（星期一） over 上午9:30，在…举行…: each paragraph that tells an
 * event is an activity on its day line's day, unless it gives its own;
 * 在同一地点 is the place of the one before; one announced later is none. */
START_TEST(paragraphs_under_day_lines_are_activities_on_their_days)
{
	json_t *plan = plan_from_text(day_by_day);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|宣传周启动仪式|2026-04-20|2026-04-20|09:30|图书馆报告厅|科技处|图书馆");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|专利运用专题报告会|2026-04-20|2026-04-20|10:30|图书馆报告厅|科技处|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|专利成果展|2026-04-21|2026-04-24|08:00|图书馆一楼大厅|图书馆|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "-|知识竞赛线上初赛|2026-04-22|2026-04-24|09:00|“图书馆”微信公众号|学生工作处|");
	json_decref(plan);
	/* 同一地点 naming no event before it: the paragraph above's place */
	char *unnamed = text_with(day_by_day, "启动仪式结束后，10:30", "10:30");
	plan = plan_from_text(unnamed);
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "图书馆报告厅");
	json_decref(plan);
	free(unnamed);
}
END_TEST

/* A day line over a title line and its field lines is a schedule of
 * another kind (read by the day-line readers of notice-days.c), not
 * paragraphs that tell events: this reader leaves it. */
START_TEST(day_lines_over_titles_and_fields_are_another_schedule)
{
	char *titled = text_with(day_by_day,
				 "上午9:30，在图书馆报告厅举行宣传周启动仪式，由科技处主办，图书馆协办。\n",
				 "宣传周启动仪式\n时间：上午9:30\n地点：图书馆报告厅\n");
	json_t *plan = plan_from_text(titled);
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert_str_ne(field(plan_activity(plan, i), "title"), "专利运用专题报告会");
	json_decref(plan);
	free(titled);
}
END_TEST

/* One day line is a date, not a schedule. */
START_TEST(one_day_line_is_no_schedule)
{
	char *one = text_with(day_by_day, "4月21日（星期二）\n", "");
	char *once = text_with(one, "4月22日（星期三）\n", "");
	json_t *plan = plan_from_text(once);
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert_str_ne(field(plan_activity(plan, i), "title"), "专利运用专题报告会");
	json_decref(plan);
	free(once);
	free(one);
}
END_TEST

/* 4月22日9:00至4月24日17:00: the first day's clock stands between the day
 * and the range mark; 9:00至17:00 after one day stays that day. */
START_TEST(a_range_whose_first_day_carries_its_clock)
{
	json_t *plan = plan_from_text(day_by_day);
	json_t *quiz = plan_activity(plan, 3);
	ck_assert_str_eq(field(quiz, "start"), "2026-04-22");
	ck_assert_str_eq(field(quiz, "end"), "2026-04-24");
	json_decref(plan);
	char *one_day = text_with(day_by_day, "4月22日9:00至4月24日17:00", "4月22日9:00至17:00");
	plan = plan_from_text(one_day);
	quiz = plan_activity(plan, 3);
	ck_assert_str_eq(field(quiz, "start"), "2026-04-22");
	ck_assert_str_eq(field(quiz, "end"), "2026-04-22");
	ck_assert_str_eq(field(quiz, "time"), "09:00");
	ck_assert_str_eq(field(quiz, "end_time"), "17:00");
	json_decref(plan);
	free(one_day);
}
END_TEST

static const char grouped[] =
	"关于开展2026年安全生产月活动的通知\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年6月1日至6月30日。\n"
	"\n"
	"四、活动内容\n"
	"\n"
	"1.强化思想引领，压紧压实安全责任\n"
	"\n"
	"1.1 开展安全第一课专题学习\n"
	"组织中心组集中学习安全生产法。\n"
	"责任部门：党群工作部\n"
	"\n"
	"1.2 主要负责人讲安全公开课\n"
	"6月12日，各子公司主要负责人到一线班组讲课。\n"
	"责任部门：各子公司\n"
	"\n"
	"2.立足实战实效，提升应急处置能力\n"
	"\n"
	"2.1 燃气泄漏应急演练\n"
	"6月18日下午2:30，在城东门站举行演练。\n"
	"责任部门：安全环保部\n"
	"配合部门：燃气公司\n"
	"\n"
	"五、工作要求\n"
	"\n"
	"各单位于7月3日前报送活动总结。\n"
	"\n"
	"某某集团公司安全环保部\n"
	"2026年5月21日\n";

/* 1.强化思想引领 / 1.1 X / 1.2 Y / 2.… / 2.1 Z: the groups 1. 2. hold the
 * items numbered under them, as written, and are none themselves. */
START_TEST(groups_hold_the_items_numbered_under_them)
{
	json_t *plan = plan_from_text(grouped);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1.1|开展安全第一课专题学习|-|-|-|-|党群工作部|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "1.2|主要负责人讲安全公开课|2026-06-12|2026-06-12|-|-|各子公司|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "2.1|燃气泄漏应急演练|2026-06-18|2026-06-18|14:30|城东门站|安全环保部|燃气公司");
	json_decref(plan);
	/* a 2.1 under group 1 is no item of it */
	char *stray = text_with(grouped, "1.2 主要负责人讲安全公开课", "2.2 主要负责人讲安全公开课");
	plan = plan_from_text(stray);
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert_str_ne(field(plan_activity(plan, i), "no"), "2.2");
	json_decref(plan);
	free(stray);
}
END_TEST

static const char work_group[] =
	"岑溪镇2026年食品安全宣传周活动安排\n"
	"\n"
	"各村书记、主任，大家好！\n"
	"\n"
	"今年全县食品安全宣传周定在6月8日至14日，具体安排如下：\n"
	"\n"
	"6月8日（周一）上午8点半 镇农贸市场门口 宣传周启动暨集中宣传咨询。现场设咨询台、摆展板。\n"
	"\n"
	"6月8日至14日 各村 大喇叭每天播放食品安全提示（播音稿见群文件），在村口张贴海报。\n"
	"\n"
	"6月10日（周三）下午2点半 镇中心小学 食品安全进校园。\n"
	"\n"
	"时间另行通知 镇政府四楼会议室 协管员业务培训。\n"
	"\n"
	"以上活动由镇食安办牵头，镇市场监管所、镇卫生院配合。\n"
	"\n"
	"几点要求：\n"
	"1. 各村书记要亲自过问。\n"
	"2. 请各村于6月19日前将活动小结报镇食安办。\n"
	"\n"
	"岑溪镇人民政府\n"
	"2026年6月5日\n";

/* 6月8日（周一）上午8点半 镇农贸市场门口 X。…: each line is an activity (its
 * title the first clause, a remark in brackets closing it dropped), one
 * whose time is 另行通知 undated; 以上活动由…牵头，…配合 gives them all their
 * units; the requests numbered after them are none. */
START_TEST(work_group_lines_give_when_where_and_what)
{
	json_t *plan = plan_from_text(work_group);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|宣传周启动暨集中宣传咨询|2026-06-08|2026-06-08|08:30|镇农贸市场门口|镇食安办|镇市场监管所、镇卫生院");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|大喇叭每天播放食品安全提示|2026-06-08|2026-06-14|-|各村|镇食安办|镇市场监管所、镇卫生院");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|食品安全进校园|2026-06-10|2026-06-10|14:30|镇中心小学|镇食安办|镇市场监管所、镇卫生院");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "-|协管员业务培训|-|-|-|镇政府四楼会议室|镇食安办|镇市场监管所、镇卫生院");
	json_decref(plan);
}
END_TEST

/* A table's rows run on (more fields than three apart by spaces) are no
 * such lines; nor is one line alone. */
START_TEST(rows_of_more_fields_or_one_line_are_no_work_group_lines)
{
	char *rows = text_with(work_group, "6月10日（周三）下午2点半 镇中心小学 食品安全进校园。",
			       "6月10日（周三）下午2点半 镇中心小学 食品安全进校园 镇教育办 镇卫生院");
	char *more = text_with(rows, "6月8日至14日 各村 大喇叭每天播放食品安全提示（播音稿见群文件），在村口张贴海报。",
			       "6月8日至14日 各村 大喇叭每天播放 镇广播站 镇文化站");
	json_t *plan = plan_from_text(more);
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert(!strstr(field(plan_activity(plan, i), "title"), "镇教育办"));
	json_decref(plan);
	free(more);
	free(rows);
	char *a = text_with(work_group, "6月8日至14日 各村 大喇叭每天播放食品安全提示（播音稿见群文件），在村口张贴海报。\n", "");
	char *b = text_with(a, "6月10日（周三）下午2点半 镇中心小学 食品安全进校园。\n", "");
	char *one = text_with(b, "时间另行通知 镇政府四楼会议室 协管员业务培训。\n", "");
	plan = plan_from_text(one);
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert_str_ne(field(plan_activity(plan, i), "title"), "宣传周启动暨集中宣传咨询");
	json_decref(plan);
	free(one);
	free(b);
	free(a);
}
END_TEST

static const char fields_on_one_line[] =
	"关于开展2026年全国交通安全日主题宣传活动的通知\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年11月23日至12月10日。\n"
	"\n"
	"二、活动安排\n"
	"\n"
	"（一）集中宣传日启动仪式\n"
	"时间：12月2日（星期三）上午9:00　地点：县城滨江广场　责任单位：县道安办　配合单位：县委宣传部、县融媒体中心\n"
	"\n"
	"（二）交通安全进校园\n"
	"时间：11月30日至12月4日　地点：全县各中小学校　责任单位：县教育体育局\n"
	"\n"
	"三、联系方式\n"
	"\n"
	"联系人：王立新　　联系电话：0797-1234567\n"
	"　　　　李红　　联系电话：13900001111\n"
	"\n"
	"某某县道路交通安全工作领导小组办公室\n"
	"2026年11月16日\n";

/* 时间：X　地点：Y　责任单位：Z　配合单位：W: each field its own, no value
 * running on into the next; a contact's line stays one. */
START_TEST(an_items_fields_on_one_line_are_each_its_own)
{
	json_t *plan = plan_from_text(fields_on_one_line);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|集中宣传日启动仪式|2026-12-02|2026-12-02|09:00|县城滨江广场|县道安办|县委宣传部、县融媒体中心");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|交通安全进校园|2026-11-30|2026-12-04|-|全县各中小学校|县教育体育局|");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_line_at(plan, 0), "王立新|0797-1234567|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "李红|13900001111|-");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round67");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, paragraphs_under_day_lines_are_activities_on_their_days);
	tcase_add_test(tc, day_lines_over_titles_and_fields_are_another_schedule);
	tcase_add_test(tc, one_day_line_is_no_schedule);
	tcase_add_test(tc, a_range_whose_first_day_carries_its_clock);
	tcase_add_test(tc, groups_hold_the_items_numbered_under_them);
	tcase_add_test(tc, work_group_lines_give_when_where_and_what);
	tcase_add_test(tc, rows_of_more_fields_or_one_line_are_no_work_group_lines);
	tcase_add_test(tc, an_items_fields_on_one_line_are_each_its_own);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
