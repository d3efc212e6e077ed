/* check_reader_round63.c - habits of the notices of round r63 (g343-g347),
 * the hold-out written after session 34's teaching: a county tax bureau's
 * notice whose programme is a sheet saved as CSV and pasted under it, and a
 * university's portal page whose activities are Markdown bullets of fields,
 * one of them a training held twice. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice-reader.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char sheet[] =
	"湍阳县税务局关于开展第35个全国税收宣传月活动的通知\n"
	"各股室、各税务分局：\n"
	"　　本次宣传月活动时间为2026年4月1日至4月30日。现将《活动安排表》（附件1）印发给你们。\n"
	"　　附件：1.活动安排表\n"
	"　　　　　　　　　　　　湍阳县税务局\n"
	"　　　　　　　　　　　　2026年3月27日\n"
	"附件1,,,,,\n"
	"活动安排表,,,,,\n"
	"序号,活动名称,活动时间,活动地点,责任部门,配合部门\n"
	"1,启动仪式暨集中宣传咨询,\"4月1日（星期三）\n"
	"上午9:30\",县政务服务中心东广场,\"纳税服务股,办公室\",\"县委宣传部,县融媒体中心\"\n"
	"2,办税缴费体验,4月8日（星期三）上午,县办税服务厅,纳税服务股,征收管理股\n"
	"3,\"“税务开放日”暨\n"
	"纳税人座谈会\",2026/4/22 9:00,县局四楼会议室,法制股,县工商联\n"
	",,,,,\n"
	"注：1.“责任部门”栏列有多个部门的，排在首位的为牵头部门，其余为配合部门。,,,,,\n";

/* 序号,活动名称,…: a sheet saved as CSV is read as the sheet's table: a
 * quoted cell's line break and commas are inside the cell (before, the
 * commas were read as a sentence's and no row was found). The note that
 * the first unit of 责任部门 leads puts the others before the 配合 column's. */
START_TEST(a_sheet_saved_as_csv)
{
	json_t *plan = plan_from_text(sheet);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|启动仪式暨集中宣传咨询|2026-04-01|2026-04-01|09:30|县政务服务中心东广场|纳税服务股|"
			 "办公室、县委宣传部、县融媒体中心");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "县办税服务厅");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|“税务开放日”暨纳税人座谈会|2026-04-22|2026-04-22|09:00|县局四楼会议室|法制股|县工商联");
	json_decref(plan);
}
END_TEST

/* Without the note, each column says its own: the 责任部门 all lead. */
START_TEST(each_column_its_own_units_without_the_note)
{
	char *text = strdup(sheet);
	*strstr(text, "注：") = '\0';
	json_t *plan = plan_from_text(text);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "纳税服务股、办公室");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县委宣传部、县融媒体中心");
	json_decref(plan);
	free(text);
}
END_TEST

/* Prose typed with ASCII commas is no sheet: a line alone, or lines of
 * unlike shapes, stay sentences. */
START_TEST(commas_of_prose_are_no_sheet)
{
	json_t *plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
				      "二、活动安排\n"
				      "（一）启动仪式。4月20日上午9:00,在县广场举行,由县市场监管局牵头,县教育局配合。\n"
				      "（二）知识竞赛。4月22日,在县图书馆举办,由县科协牵头。\n"
				      "三、工作要求\n各单位要高度重视,认真组织,确保实效,按时报送。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|启动仪式|2026-04-20|2026-04-20|09:00|县广场|县市场监管局|县教育局");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "县图书馆");
	json_decref(plan);
	/* numbered lines of prose of one shape, no header among them */
	plan = plan_from_text("某县2026年安全教育周活动方案\n一、活动时间\n2026年3月23日至27日。\n二、活动安排\n"
			      "1.3月23日,在县实验小学举行安全教育周启动仪式,县教育局负责,县公安局配合。\n"
			      "2.3月24日,在县第一中学开展消防疏散演练,县消防救援大队负责,县一中配合。\n"
			      "3.3月25日,在县职业中专开展交通安全知识讲座,县交警大队负责,县职业中专配合。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县教育局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县公安局");
	json_decref(plan);
	/* and a quote opened in a sheet's cell that never closes leaves the
	 * lines as they were: no sheet, and no row made of a quote's run */
	plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
			      "二、活动安排\n序号,活动名称,活动时间,活动地点\n1,\"启动仪式,4月20日,县广场\n"
			      "2,知识竞赛,4月22日,县图书馆\n");
	ck_assert_ptr_nonnull(plan);
	ck_assert_uint_eq(plan_count(plan, "activities"), 0);
	json_decref(plan);
}
END_TEST

static const char cards[] =
	"关于开展2026年知识产权宣传周系列活动的通知\n"
	"各学院（部）：\n"
	"**一、活动时间**\n"
	"2026年4月20日（星期一）至4月26日（星期日）\n"
	"**二、活动安排**\n"
	"- **活动名称**：启动仪式暨专题报告会\n"
	"  - 时间：4月20日（星期一）14:30—17:00\n"
	"  - 地点：学术交流中心报告厅\n"
	"  - 承办：科技处\n"
	"- **活动名称**：专利检索实务培训（共两场）\n"
	"  - 时间：\n"
	"    - 第一场：4月21日（星期二）14:00—16:30\n"
	"    - 第二场：4月23日（星期四）18:30—20:30\n"
	"  - 地点：第一场在主校区图书馆电子阅览室，第二场在东校区图书馆301室\n"
	"  - 承办：图书馆\n"
	"- **活动名称**：知识产权主题书展\n"
	"  - 时间：4月20日（星期一）至4月26日（星期日）\n"
	"  - 地点：图书馆一楼大厅\n"
	"  - 承办：图书馆\n"
	"**三、工作要求**\n"
	"各单位要加强组织。\n";

/* - 时间： alone over the sessions' lines: the label's value is the lines
 * under it, the activity spans the first session's day to the last's, at
 * the first one's clock and place (before, the label alone was read as a
 * section of the period and ended the activities after the first). */
START_TEST(a_card_whose_when_is_two_sessions)
{
	json_t *plan = plan_from_text(cards);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|专利检索实务培训（共两场）|2026-04-21|2026-04-23|14:00|主校区图书馆电子阅览室|图书馆|");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "知识产权主题书展");
	ck_assert_str_eq(field(plan_activity(plan, 2), "end"), "2026-04-26");
	json_decref(plan);
}
END_TEST

/* A when of parts that are not each a session's day (a day and the one it
 * moves to in rain) keeps its first day. */
START_TEST(a_when_that_is_no_list_of_sessions)
{
	json_t *plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
				      "二、活动安排\n（一）户外宣传\n时间：\n4月21日上午9:00\n如遇雨天顺延至4月22日\n"
				      "地点：县广场\n（二）知识竞赛\n时间：4月23日\n地点：县图书馆\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-04-21");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2026-04-21");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "县广场");
	json_decref(plan);
	/* a day a thing is due by under the label is no second session */
	plan = plan_from_text("某镇2026年全民健身活动方案\n一、活动时间\n2026年8月8日至15日。\n二、活动安排\n"
			      "（一）全民健身徒步走\n时间：\n8月8日上午8:00在镇政府广场集合\n"
			      "8月10日前各村报送活动总结和照片\n（二）乒乓球友谊赛\n时间：8月15日\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-08-08");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2026-08-08");
	json_decref(plan);
}
END_TEST

/* （一）集中宣传方面。一是举办X。6月1日…上午8点半在Y举办Z，… 二是…宣传周期间，…:
 * a part's clock is in the sentence after its title, a part held 宣传周期间
 * spans the period, and the event a part tells is the part, not one more
 * activity beside it (before: no clocks, no days, and 一.3 一.4 … for the
 * events again). */
START_TEST(parts_keep_their_clock_and_their_events)
{
	json_t *plan = plan_from_text("岭兜镇2026年防汛防台风宣传周活动的通知\n一、时间和主题\n"
				      "宣传周时间为2026年6月1日（星期一）至6月7日（星期日）。\n二、活动安排\n"
				      "（一）集中宣传方面。一是举办集中宣传活动。6月1日（星期一）正逢圩日，上午8点半在镇区广场举办"
				      "宣传周集中宣传活动，由镇应急办牵头。二是开展广播宣传。宣传周期间，各村（社区）每天早晚各播放一次"
				      "防汛知识。\n三、几点要求\n各村要高度重视。\n");
	/* the field of work (集中宣传方面) is none: check_reader_round65.c */
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|举办集中宣传活动|2026-06-01|2026-06-01|08:30|镇区广场|镇应急办|");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "开展广播宣传");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-06-01");
	ck_assert_str_eq(field(plan_activity(plan, 1), "end"), "2026-06-07");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round63");
	TCase *tc = tcase_create("round63");
	tcase_add_test(tc, a_sheet_saved_as_csv);
	tcase_add_test(tc, each_column_its_own_units_without_the_note);
	tcase_add_test(tc, commas_of_prose_are_no_sheet);
	tcase_add_test(tc, a_card_whose_when_is_two_sessions);
	tcase_add_test(tc, a_when_that_is_no_list_of_sessions);
	tcase_add_test(tc, parts_keep_their_clock_and_their_events);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
