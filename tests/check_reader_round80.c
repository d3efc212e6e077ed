/* check_reader_round80.c - habits taught in session 44 from the second
 * hold-out round: a cover that lists its annex before the plan it prints
 * (the annex is the one after the plan's sections), an annex table of
 * more events than the items that send to it, a Markdown table's <br>
 * cells (units apart, a wrapped title or place joined), a day merged down
 * a table's rows, a place each unit sets (自定), and a report counted in
 * working days from a named day (4月30日后3个工作日内). */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "notice-text.h"
#include "noticeutil.h"
#include "testutil.h"

static const char markdown_plan[] =
	"鹤湾市知识产权局关于印发《鹤湾市2026年知识产权宣传周活动实施方案》的通知\n"
	"\n"
	"各县（区）市场监督管理局：\n"
	"现将《鹤湾市2026年知识产权宣传周活动实施方案》印发给你们，请认真组织实施。\n"
	"\n"
	"附件：鹤湾市2026年知识产权宣传周重点活动日程安排表\n"
	"\n"
	"鹤湾市知识产权局\n"
	"2026年4月14日\n"
	"\n"
	"---\n"
	"\n"
	"鹤湾市2026年知识产权宣传周活动实施方案\n"
	"\n"
	"**一、活动时间**\n"
	"\n"
	"2026年4月20日至26日。\n"
	"\n"
	"**二、活动安排**\n"
	"\n"
	"宣传周期间，市本级集中开展4项重点活动，具体时间、地点和分工详见附件。\n"
	"\n"
	"（一）启动仪式。4月20日上午9:30，在鹤湾市民中心举行启动仪式。\n"
	"\n"
	"（二）线上宣传。依托微信公众号开展线上有奖竞答。\n"
	"\n"
	"**三、工作要求**\n"
	"\n"
	"各县（区）市场监督管理局于4月30日后3个工作日内将宣传周活动总结报市知识产权局。\n"
	"\n"
	"---\n"
	"\n"
	"**附件**\n"
	"\n"
	"### 鹤湾市2026年知识产权宣传周重点活动日程安排表\n"
	"\n"
	"| 序号 | 日期 | 时间 | 活动名称 | 地点 | 主办单位 | 承办单位 |\n"
	"| :---: | :---: | :---: | --- | --- | --- | --- |\n"
	"| 1 | 4月20日<br>（星期一） | 9:30 | 2026年鹤湾市知识产权宣传周启动仪式<br>暨成果发布会 | 鹤湾市民中心<br>三楼多功能厅 | 市知识产权局 | 市知识产权保护中心<br>湾北区市场监督管理局 |\n"
	"| 2 |  | 14:30<br>-17:00 | 知识产权质押融资对接会 | 鹤湾高新区企业服务中心 | 市知识产权局<br>鹤湾高新区管委会 | 鹤湾市知识产权协会 |\n"
	"| 3 | 4月26日<br>（星期日） | 9:00 | 集中宣传咨询（分会场） | 各县（区）自定 | 各县（区）市场监督管理局 |  |\n"
	"| 4 |  |  | 线上有奖竞答 | 微信公众号 | 市知识产权局 | 市融媒体中心 |\n"
	"\n";

START_TEST(a_markdown_annex_table_of_more_events)
{
	json_t *plan = plan_from_text(markdown_plan);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	/* <br> inside a title or a place wraps it; between units parts them */
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|2026年鹤湾市知识产权宣传周启动仪式暨成果发布会|2026-04-20|2026-04-20|09:30|"
			 "鹤湾市民中心三楼多功能厅|市知识产权局|市知识产权保护中心、湾北区市场监督管理局");
	/* an empty day beside its own hour: the day above, merged down */
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|知识产权质押融资对接会|2026-04-20|2026-04-20|14:30|鹤湾高新区企业服务中心|"
			 "市知识产权局、鹤湾高新区管委会|鹤湾市知识产权协会");
	/* 各县（区）自定: no place */
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|集中宣传咨询（分会场）|2026-04-26|2026-04-26|09:00|-|各县（区）市场监督管理局|");
	/* a short piece after a unit is part of its name, no unit of its own */
	char *text = text_with(markdown_plan, "| 鹤湾市知识产权协会 |", "| 鹤湾市知识产权协会<br>秘书处 |");
	json_t *short_piece = plan_from_text(text);
	free(text);
	ck_assert_uint_eq(json_array_size(json_object_get(plan_activity(short_piece, 1), "cooperate")), 1);
	json_decref(short_piece);
	/* an empty day and no hour: no day */
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 3), "start")));
	/* 4月30日后3个工作日内: 劳动节 (5月1日至5日) passed over */
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送宣传周活动总结|4月30日后3个工作日内|2026-05-08|各县（区）市场监督管理局|市知识产权局");
	json_decref(plan);
}
END_TEST

/* No more rows than items, or items that name their units: the items
 * stay the activities (the table gives them their days). */
START_TEST(items_stay_when_the_table_holds_no_more)
{
	char *text = text_with(markdown_plan, "| 4 |  |  | 线上有奖竞答 | 微信公众号 | 市知识产权局 | 市融媒体中心 |\n", "");
	char *fewer = text_with(text, "| 3 | 4月26日<br>（星期日） | 9:00 | 集中宣传咨询（分会场） | 各县（区）自定 | "
				      "各县（区）市场监督管理局 |  |\n", "");
	json_t *plan = plan_from_text(fewer);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "启动仪式");
	json_decref(plan);
	free(fewer);
	free(text);
	text = text_with(markdown_plan, "在鹤湾市民中心举行启动仪式。", "在鹤湾市民中心举行启动仪式。由市知识产权局负责。");
	plan = plan_from_text(text);
	free(text);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "启动仪式");
	json_decref(plan);
}
END_TEST

/* The cover's 附件：… line lists the annex; the plan's sections follow it
 * and are no annex: with the later 附件 mark gone, the table is no annex
 * and the items are read as ever. */
START_TEST(a_covers_annex_list_is_no_annex)
{
	char *text = text_with(markdown_plan, "**附件**\n", "");
	json_t *plan = plan_from_text(text);
	free(text);
	ck_assert_str_ne(field(plan_activity(plan, 0), "title"), "2026年鹤湾市知识产权宣传周启动仪式暨成果发布会");
	json_decref(plan);
}
END_TEST

START_TEST(gaps_between_ideographs_close)
{
	char s[] = "“学宪法 讲宪法”演讲 比赛 Word 文档  双空格";
	wp_str_close_cjk_gaps(s);
	ck_assert_str_eq(s, "“学宪法 讲宪法”演讲比赛 Word 文档  双空格");
}
END_TEST

/* A day then 后 and a count within (内) is a rule counted from that day;
 * a day with no count after it is due on that day. */
START_TEST(a_report_counted_from_a_named_day)
{
	char *text = text_with(markdown_plan, "于4月30日后3个工作日内", "于4月26日后2个工作日内");
	json_t *plan = plan_from_text(text);
	free(text);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-04-28");
	json_decref(plan);
	text = text_with(markdown_plan, "于4月30日后3个工作日内", "于4月30日前");
	plan = plan_from_text(text);
	free(text);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-04-30");
	json_decref(plan);
}
END_TEST

/* Second reading: an annex whose own annexes hold sections (附件2 / 一、参
 * 赛对象) stays at its first mark; a table's place cell of two places
 * keeps them apart, a unit's own office stays in its name; a cell that
 * says when to be set (，时间待定) after its place keeps the place; an
 * hour that recurs or is due takes no day from above; a sentence whose
 * first rule is a day things are due by keeps it. */
START_TEST(second_reading_of_annexes_cells_and_counted_rules)
{
	char *text = text_with(markdown_plan, "---\n\n**附件**\n", "---\n\n**附件1**\n");
	char *more = text_with(text, "| 4 |  |  | 线上有奖竞答 | 微信公众号 | 市知识产权局 | 市融媒体中心 |\n",
			       "| 4 |  |  | 线上有奖竞答 | 微信公众号 | 市知识产权局 | 市融媒体中心 |\n\n附件2\n\n竞赛规则\n\n"
			       "一、参赛对象\n\n全市中小学生。\n\n二、比赛形式\n\n线上答题。\n\n附件3\n\n报名表\n");
	free(text);
	json_t *plan = plan_from_text(more);
	free(more);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "知识产权质押融资对接会");
	json_decref(plan);
	text = text_with(markdown_plan, "| 鹤湾市民中心<br>三楼多功能厅 |", "| 城关镇中心学校<br>县第一中学 |");
	char *office = text_with(text, "| 鹤湾市知识产权协会 |", "| 鹤湾市市场监督管理局<br>知识产权促进科 |");
	free(text);
	char *noted = text_with(office, "| 各县（区）自定 |", "| 县体育馆，时间待定 |");
	free(office);
	char *market = text_with(noted, "| 知识产权质押融资对接会 |", "| 知识产权进<br>市场专项检查 |");
	free(noted);
	char *daily = text_with(market, "| 4 |  |  |", "| 4 |  | 每天9:00-17:00 |");
	free(market);
	plan = plan_from_text(daily);
	free(daily);
	/* two places, each with its level, stay apart; a title's lines join
	 * whatever the second opens with (市场) */
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "城关镇中心学校 县第一中学");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "知识产权进市场专项检查");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "鹤湾市市场监督管理局 知识产权促进科");
	ck_assert_str_eq(field(plan_activity(plan, 2), "location"), "县体育馆，时间待定");
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 3), "start")));
	json_decref(plan);
	text = text_with(markdown_plan, "于4月30日后3个工作日内将宣传周活动总结报市知识产权局",
			 "于4月25日前将活动安排报市知识产权局，4月30日后3个工作日内将宣传周活动总结报市知识产权局");
	plan = plan_from_text(text);
	free(text);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "rule"), "4月25日前");
	json_decref(plan);
}
END_TEST

/* An office system's export: no sections, 附件：无 in its head (no annex),
 * then paragraphs a day (【4月20日】…), a second event of the day after
 * the first (当天下午2:30，…召开…), a subject after a clock alone or a
 * frame (上午10:00，X走进…; 结合“世界读书日”，X在…举办…), a unit ending in 所
 * before 在 (X所在Y开展: Y the place). */
START_TEST(an_office_exports_paragraphs_a_day)
{
	json_t *plan = plan_from_text(
		"标　　题：关于开展荷湾街道2026年知识产权宣传周系列活动的通知\n"
		"发文单位：荷湾街道办事处\n"
		"附　　件：无\n"
		"正文：\n"
		"各社区：\n"
		"今年4月20日至26日是全国知识产权宣传周。具体安排如下：\n"
		"【4月20日】上午9:00，在荷湾社区党群服务中心门前广场举行启动仪式。启动仪式由街道经济发展办负责。"
		"当天下午2:30，街道经济发展办在街道办事处三楼会议室召开联络员培训会。\n"
		"【4月23日】结合“世界读书日”，街道社会事务办在街道综合文化站举办主题阅读分享会。\n"
		"【4月24日】上午10:00，荷湾派出所、荷湾司法所走进荷湾实验小学，开展法治进校园活动。"
		"下午2:00，荷湾市场监管所在东渡社区老年活动中心开展“识假辨假”小课堂。\n"
		"各社区要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|联络员培训会|2026-04-20|2026-04-20|14:30|街道办事处三楼会议室|街道经济发展办|");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "街道社会事务办");
	ck_assert_str_eq(names(plan_activity(plan, 3), "lead"), "荷湾派出所、荷湾司法所");
	ck_assert_str_eq(activity_line(plan_activity(plan, 4)),
			 "-|“识假辨假”小课堂|2026-04-24|2026-04-24|14:00|东渡社区老年活动中心|荷湾市场监管所|");
	json_decref(plan);
	/* 每个市场监管所在辖区内开展: each one's own area, no place; 所在科室,
	 * 对所在社区 stay a word */
	plan = plan_from_text("荷湾街道2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
			      "（一）4月21日，每个市场监管所在辖区内开展检查，由区市场监管局牵头。\n"
			      "（二）4月22日，由区卫健局牵头开展控烟督查，发现问题当场劝导并通报所在科室。\n"
			      "（三）4月23日，由区应急局牵头，组织各社区对所在社区开展安全隐患排查。\n"
			      "三、工作要求\n各单位要高度重视。\n");
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 0), "location")));
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 1), "location")));
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 2), "location")));
	json_decref(plan);
}
END_TEST

/* 由X会同Y、Z联合举办: X leads, the units it joins cooperate; an item's
 * lines of places each with its day (县第一中学：3月30日…，…演练；) are its
 * stops, numbered under it, at those places, done by its units; a line of
 * a field's label (时间：…) or a day things are due by is none. */
START_TEST(partners_joined_and_places_listed_with_their_days)
{
	json_t *plan = plan_from_text(
		"潭溪县2026年全国中小学生安全教育日活动方案\n一、活动时间\n2026年3月23日至4月3日。\n二、主要活动\n"
		"（一）新闻发布会。3月24日上午10:00，在县政府新闻发布厅召开。由县教育局会同县公安局、县消防救援大队联合举办。\n"
		"（二）应急疏散演练示范观摩。3月30日至4月2日，在城区学校分别举行演练观摩，由县教育局安全管理股牵头，"
		"县红十字会配合。具体安排如下：\n"
		"县第一中学：3月30日（星期一）上午9:30，防地震应急疏散演练；\n"
		"县实验小学（城东校区）：3月31日（星期二）下午2:40，消防应急疏散演练；\n"
		"报名截止：3月27日前报县教育局；\n"
		"县第二中学：3月27日前报送演练方案；\n"
		"第一场：3月30日上午9:30，防地震演练；\n"
		"各学校：3月30日组织学生集中观看；\n"
		"县公安局：3月30日负责活动现场安保；\n"
		"时间：3月30日至4月2日。\n"
		"三、工作要求\n各校要高度重视。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县教育局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县公安局、县消防救援大队");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "二.1|县第一中学|2026-03-30|2026-03-30|09:30|县第一中学|县教育局安全管理股|县红十字会");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "二.2|县实验小学（城东校区）|2026-03-31|2026-03-31|14:40|县实验小学（城东校区）|县教育局安全管理股|"
			 "县红十字会");
	json_decref(plan);
	/* 联合 inside a federation's name joins no one */
	plan = plan_from_text("潭溪县2026年全国科普日活动方案\n一、活动时间\n2026年9月19日至25日。\n二、主要活动\n"
			      "（一）科普讲座。9月20日，在县文化馆举办。由县文学艺术界联合会主办。\n"
			      "（二）科普展览。9月21日，在县图书馆举办。由县社会科学界联合会会同县科协、县教育局联合举办。\n"
			      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县文学艺术界联合会");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县社会科学界联合会");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县科协、县教育局");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round80");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, a_markdown_annex_table_of_more_events);
	tcase_add_test(tc, items_stay_when_the_table_holds_no_more);
	tcase_add_test(tc, a_covers_annex_list_is_no_annex);
	tcase_add_test(tc, gaps_between_ideographs_close);
	tcase_add_test(tc, a_report_counted_from_a_named_day);
	tcase_add_test(tc, second_reading_of_annexes_cells_and_counted_rules);
	tcase_add_test(tc, an_office_exports_paragraphs_a_day);
	tcase_add_test(tc, partners_joined_and_places_listed_with_their_days);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
