/* check_reader_round83.c - habits taught in session 47: a post's lines
 * of emoji alone, a field's label with its value on the line below. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice-date.h"
#include "notice-outline.h"
#include "notice-reader.h"
#include "notice-text.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 🌸🌸🌸 between a post's blocks is no paragraph: the text holds none
 * empty once its marks are gone, and a line's emoji before its words
 * goes without the words. */
START_TEST(lines_of_emoji_alone_go)
{
	struct reader r;
	struct notice_meta m;
	reader_of("🌸🌸🌸\n关于开展2026年知识产权宣传周活动的通知\n🌸\n各有关单位：\n🌿 活动时间：4月20日\n✨✨\n", &r);
	wp_notice_read_meta(&r, &m);
	ck_assert_uint_eq(r.t.n, 3);
	for (size_t i = 0; i < r.t.n; i++)
		ck_assert_msg(r.t.para[i][0] != '\0', "paragraph %zu empty", i);
	ck_assert_str_eq(r.t.para[1], "各有关单位：");
	ck_assert_str_eq(r.t.para[2], "活动时间：4月20日");
	wp_notice_meta_free(&m);
	wp_ntext_free(&r.t);
}
END_TEST

/* 时间： | 4月20日上午9:00: a label alone, its value on the line below, is
 * one label line; a label over another (a blank form), over its own
 * parts each labelled (第一场：…), or over a salutation stays alone. */
START_TEST(a_label_over_its_value)
{
	struct reader r;
	reader_of("时间：\n4月20日上午9:00\n活动名称：\n活动时间：\n内容：\n各乡镇人民政府、街道办事处，县直各有关单位：\n"
		  "时间：\n第一场：4月21日14:00\n牵头单位：\n1.知识产权进校园\n配合单位：\n县法院、县检察院\n"
		  "地点：\n工作要求\n地点：\n（具体地点另行通知）\n",
		  &r);
	wp_outline_build(&r);
	static const char *const want[] = {"时间：4月20日上午9:00", "活动名称：", "活动时间：", "内容：",
					   "各乡镇人民政府、街道办事处，县直各有关单位：", "时间：", "第一场：4月21日14:00", "牵头单位：",
					   "1.知识产权进校园", "配合单位：县法院、县检察院",
					   "地点：", "工作要求", "地点：", "（具体地点另行通知）"};
	ck_assert_uint_eq(r.t.n, sizeof want / sizeof *want);
	for (size_t i = 0; i < r.t.n; i++)
		ck_assert_str_eq(r.t.para[i], want[i]);
	wp_outline_free(&r.outline);
	wp_ntext_free(&r.t);

	json_t *plan = plan_from_text("关于开展2026年知识产权宣传周活动的通知\n各有关单位：\n"
				      "经研究，决定于4月20日至26日开展系列活动。现将有关事项通知如下：\n"
				      "一、活动安排\n1.启动仪式\n时间：\n4月20日上午9:00\n地点：\n县政务服务中心\n"
				      "牵头单位：\n县市场监管局\n配合单位：\n县法院、县检察院\n"
				      "2.知识产权进校园\n时间：4月22日下午\n地点：县第一中学\n牵头单位：县教育局\n"
				      "二、工作要求\n各单位于4月29日前报送总结。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|启动仪式|2026-04-20|2026-04-20|09:00|县政务服务中心|县市场监管局|县法院、县检察院");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "县第一中学");
	json_decref(plan);
}
END_TEST

/* A shared sheet saved as TSV: its title row and a blank row padded with
 * tabs, a 进度 column read into nothing, the community that runs a row
 * (责任社区) leading, days typed as the sheet's cells take them (5/18
 * beside 下午, 2026-05-20), and a note row (备注：), one quoted cell over
 * the sheet's width, read as prose; a row's merged cell over two lines,
 * no note, stays the row's. */
static const char sheet[] =
	"青桐街道2026年全国科技活动周活动安排表（5月16日—23日）\t\t\t\t\t\t\t\n"
	"\t\t\t\t\t\t\t\n"
	"序号\t活动名称\t日期\t时间\t地点\t责任社区\t协办单位\t进度\n"
	"1\t启动仪式暨科普集市\t5/16\t9:00\t青桐文化广场\t青桐社区\t区科协、区科技局\t进行中\n"
	"2\t“科学实验秀”进校园\t5/18\t下午\t青桐中心小学\t新塘社区\t\"青桐中心小学\n区科技馆\"\t未开始\n"
	"\"禁毒展板巡展\n（各社区轮流）\"\t\t\t\t\t\t\t\n"
	"3\t健康科普义诊\t2026-05-20\t8:30\t白鹭湾社区文化广场\t白鹭湾社区\t区应急管理局、青桐消防救援站\t未开始\n"
	"\"备注：\n"
	"1.请各社区于5月27日（周三）前将活动总结报街道党政办。\n"
	"青桐街道办事处\n"
	"2026年5月11日\"\t\t\t\t\t\t\t\n";

START_TEST(a_shared_sheet_as_tsv)
{
	json_t *plan = plan_from_text(sheet);
	ck_assert_str_eq(field(plan, "title"), "青桐街道2026年全国科技活动周活动安排表");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2026-05-16");
	ck_assert_str_eq(field(period, "end"), "2026-05-23");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-05-11");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	for (size_t k = 0; k < 3; k++) /* no line of the merged cell a row */
		ck_assert(!wp_str_starts(field(plan_activity(plan, k), "title"), "（"));
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|启动仪式暨科普集市|2026-05-16|2026-05-16|09:00|青桐文化广场|青桐社区|区科协、区科技局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|“科学实验秀”进校园|2026-05-18|2026-05-18|-|青桐中心小学|新塘社区|青桐中心小学、区科技馆");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)), "3|健康科普义诊|2026-05-20|2026-05-20|08:30|"
								"白鹭湾社区文化广场|白鹭湾社区|区应急管理局、青桐消防救援站");
	json_t *due = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_ptr_nonnull(due);
	ck_assert_str_eq(field(due, "due"), "2026-05-27");
	json_decref(plan);
}
END_TEST

/* The days a sheet types stand alone in their cell; a fraction or a
 * count in prose is still none (3/4的学生, 8-10人). */
START_TEST(days_as_a_sheet_types_them)
{
	wp_ndate d;
	ck_assert(wp_nfind_date("5/18", 2026, &d));
	ck_assert_int_eq(d.start, wp_date_from_ymd(2026, 5, 18));
	ck_assert(wp_nfind_date("2026-05-20", 2026, &d));
	ck_assert_int_eq(d.start, wp_date_from_ymd(2026, 5, 20));
	ck_assert(wp_nfind_date("5/19 全天", 2026, &d));
	ck_assert(!wp_nfind_date("约3/4的学生参加", 2026, &d));
	ck_assert(!wp_nfind_date("每组8-10人", 2026, &d));
	ck_assert(!wp_nfind_date("电话0595-2268-1109", 2026, &d));
	/* a fraction ending a sentence, a chat message's stamp */
	ck_assert(!wp_nfind_date("参与率力争达到3/4", 2026, &d));
	ck_assert(!wp_nfind_date("2026-05-12 10:03 综治办-周丽：收到", 2026, &d));
	ck_assert(wp_nfind_date("2026-05-12 上午9:00", 2026, &d));
}
END_TEST

/* A paragraph under an item listing its events by circled numbers, each
 * after a ； with its own day (or 当天, the day of the one before): each
 * is an activity of the item's, numbered item.k; a list of what is due
 * (①4月10日前报送…) or of parts (①活动总结；②活动图片) is none. */
START_TEST(events_circled_in_a_paragraph)
{
	json_t *plan = plan_from_text(
		"棠溪区2026年全民国家安全教育日宣传活动方案\n"
		"一、活动时间\n2026年4月8日至4月24日。\n"
		"二、活动安排\n"
		"（一）集中宣传活动。①4月15日（星期三）上午9:00，在区人民广场举办集中宣传活动，由区委国安办牵头，区司法局配合；"
		"②当天下午3:00，在区委党校报告厅举办国家安全专题辅导讲座，由区委组织部牵头，区委党校配合；"
		"③4月16日（星期四）上午，在区政务服务中心召开保密培训会，由区委保密办负责。\n"
		"（二）网上宣传活动。①4月8日至4月24日，在“棠溪发布”微信公众号开展网络有奖答题，由区融媒体中心牵头；"
		"②4月10日至4月20日，在“棠溪发布”抖音号开展短视频征集展播活动，由区委网信办负责。\n"
		"（三）信息报送。①4月10日前报送活动方案；②4月29日前报送活动总结。\n"
		"三、工作要求\n"
		"各单位按时报送材料：①4月10日前报送活动方案；②4月29日前报送活动总结。"
		"报送材料包括：①活动总结；②活动图片。\n");
	/* （三） is one item: its list is of what is due */
	ck_assert_uint_eq(plan_count(plan, "activities"), 6);
	ck_assert_str_eq(field(plan_activity(plan, 5), "no"), "三");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|集中宣传活动|2026-04-15|2026-04-15|09:00|区人民广场|区委国安办|区司法局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "一.2|国家安全专题辅导讲座|2026-04-15|2026-04-15|15:00|区委党校报告厅|区委组织部|区委党校");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "一.3");
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2026-04-16");
	ck_assert_str_eq(field(plan_activity(plan, 3), "no"), "二.1");
	ck_assert_str_eq(field(plan_activity(plan, 4), "end"), "2026-04-20");
	json_decref(plan);
}
END_TEST

/* 当天 takes the day of the activity before only when that is one day. */
START_TEST(that_day_after_a_span_is_no_day)
{
	json_t *plan = plan_from_text(
		"某区2026年宣传活动方案\n一、活动时间\n2026年4月8日至4月24日。\n二、活动安排\n"
		"（一）线上活动。①4月8日至4月24日，在“某区发布”微信公众号开展网络答题，由区融媒体中心牵头；"
		"②当天下午3:00，在区图书馆举办读书分享会，由区图书馆负责。\n"
		"三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "读书分享会");
	ck_assert(!json_is_string(json_object_get(plan_activity(plan, 1), "start")) ||
		  strcmp(field(plan_activity(plan, 1), "start"), "2026-04-08") != 0);
	json_decref(plan);
}
END_TEST

/* A sheet whose first column names the activity: a name cell over two
 * lines with the row's other cells empty is that row's, not a note. */
START_TEST(a_merged_name_cell_is_no_note)
{
	json_t *plan = plan_from_text("新村街道2026年禁毒宣传安排表\t\t\t\t\n"
				      "活动名称\t日期\t时间\t地点\t责任社区\n"
				      "禁毒知识讲座\t6/20\t15:00\t街道会议室\t新村社区\n"
				      "\"禁毒展板巡展\n（各社区轮流）\"\t\t\t\t\n"
				      "禁毒签名\t6/26\t9:00\t新村广场\t向阳社区\n");
	ck_assert_uint_ge(plan_count(plan, "activities"), 2);
	for (size_t k = 0; k < plan_count(plan, "activities"); k++)
		ck_assert_msg(!wp_str_starts(field(plan_activity(plan, k), "title"), "（"), "a line of a cell read as a row: %s",
			      field(plan_activity(plan, k), "title"));
	json_decref(plan);
}
END_TEST

/* A plan with a table of contents over its sections (目录 / 一、… / 二、…)
 * and a section whose heading a page break repeats: each section once,
 * its items numbered on their own. */
START_TEST(contents_and_a_repeated_heading)
{
	json_t *plan = plan_from_text("漪州市2026年知识产权宣传周活动方案\n"
				      "目　录\n一、总体安排\n二、重点活动安排\n三、工作要求\n"
				      "一、总体安排\n活动时间：2026年4月20日至26日\n"
				      "二、重点活动安排\n"
				      "1．宣传周启动仪式\n时间：4月20日上午9:30\n地点：市民服务中心\n"
				      "2．典型案例发布会\n时间：4月21日上午10:00\n地点：市中级人民法院\n"
				      "二、重点活动安排（续）\n"
				      "3．银企对接会\n时间：4月22日下午2:30\n地点：高新区路演厅\n"
				      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "1");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "3");
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2026-04-22");
	json_decref(plan);
}
END_TEST

/* A deck saved as outline text: 第N页 alone over each slide, bullets •
 * and –; the units given on a later slide by activity (活动1、活动3 over
 * 牵头单位：X / 配合单位：Y). */
START_TEST(a_deck_of_bare_page_marks_and_units_by_activity)
{
	json_t *plan = plan_from_text("第1页\n2026年漪州市知识产权宣传周\n活动方案\n漪州市知识产权局\n2026年4月14日\n\n"
				      "第2页\n一、总体安排\n• 活动时间：2026年4月20日至26日\n\n"
				      "第3页\n二、组织领导\n• 成立宣传周活动领导小组\n\t– 组　长：郑卫国　市人民政府副市长\n"
				      "\t– 成　员：市委宣传部、市教育局\n\n"
				      "第4页\n三、重点活动安排\n1．宣传周启动仪式\n\t– 时间：4月20日（星期一）上午9:30\n"
				      "\t– 地点：市民服务中心\n2．典型案例发布会\n\t– 时间：4月21日（星期二）上午10:00\n"
				      "\n第5页\n三、重点活动安排\n"
				      "3．银企对接会\n\t– 时间：4月22日（星期三）下午2:30\n\n"
				      "第6页\n四、责任分工\n• 活动1、活动3\n\t– 牵头单位：市知识产权局\n\t– 配合单位：市委宣传部、市融媒体中心\n"
				      "• 活动2\n\t– 牵头单位：市中级人民法院\n\n"
				      "第7页\n谢　谢！\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|宣传周启动仪式|2026-04-20|2026-04-20|09:30|市民服务中心|市知识产权局|市委宣传部、市融媒体中心");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "市中级人民法院");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "市知识产权局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "市委宣传部、市融媒体中心");
	json_decref(plan);
}
END_TEST

/* A deck's bullet before a committee's label goes (the label is read);
 * one before a point stays (the points are a list). */
START_TEST(a_decks_bullets_before_labels_and_points)
{
	json_t *plan = plan_from_text("第1页\n2026年漪州市知识产权宣传周\n活动方案\n漪州市知识产权局\n2026年4月14日\n\n"
				      "第2页\n一、总体安排\n• 活动时间：2026年4月20日至26日\n\n"
				      "第3页\n二、组织领导\n• 成立宣传周活动领导小组\n\t– 组　长：郑卫国　市人民政府副市长\n"
				      "\t– 副组长：何建平　市市场监管局局长\n\n"
				      "第4页\n三、宣传重点\n• 宣传知识产权工作的重要论述\n• 宣传知识产权保护工作成效\n"
				      "• 宣传知识产权服务产业发展\n"
				      "第5页\n四、重点活动安排\n1．宣传周启动仪式\n\t– 时间：4月20日（星期一）上午9:30\n"
				      "第6页\n五、工作要求\n• 各单位要重视\n第7页\n谢谢\n");
	json_t *committee = json_object_get(plan, "committee");
	ck_assert_ptr_nonnull(committee);
	ck_assert_str_eq(names(committee, "vice_chair"), "何建平（市市场监管局局长）");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "focus")), 3);
	json_decref(plan);
	/* a timeline slide: the bullets of its days and of their tasks go */
	plan = plan_from_text("第1页\n2026年漪州市知识产权宣传周\n活动方案\n漪州市知识产权局\n2026年4月14日\n\n"
			      "第2页\n一、总体安排\n• 活动时间：2026年4月20日至26日\n\n"
			      "第3页\n二、重点活动安排\n1．宣传周启动仪式\n\t– 时间：4月20日（星期一）上午9:30\n"
			      "第4页\n三、时间节点\n• 4月17日（星期五）前\n\t– 各县（市、区）市场监管局报送本地宣传周活动安排\n"
			      "• 宣传周结束后5个工作日内\n\t– 各县（市、区）市场监管局报送活动总结\n"
			      "第5页\n四、工作要求\n• 各单位要重视\n第6页\n谢谢\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	json_t *first = json_array_get(json_object_get(plan, "deadlines"), 0);
	json_t *last = json_array_get(json_object_get(plan, "deadlines"), 1);
	ck_assert_str_eq(names(first, "who"), "各县（市、区）市场监管局");
	ck_assert_str_eq(field(last, "rule"), "宣传周结束后5个工作日内");
	json_decref(plan);
}
END_TEST

/* 第1页 alone atop a document's pages, no bullets: a page's number, no
 * slide's; the lines a page wrapped are joined as ever. */
START_TEST(bare_page_marks_without_bullets_are_pages)
{
	json_t *plan = plan_from_text("第1页\n某县2026年知识产权宣传周活动方案\n一、活动安排\n"
				      "1．启动仪式。4月20日上午9:30在县政务服务中心举行，由县市场\n监管局牵头。\n"
				      "第2页\n2．知识产权进校园。4月22日下午在县第一中学举办，由县教育局牵\n头，县科协配合。\n"
				      "第3页\n二、工作要求\n各单位要高度重视。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县市场监管局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县教育局");
	json_decref(plan);
	/* nor with a few bullets over many pages */
	plan = plan_from_text("第1页\n某县2026年知识产权宣传周活动方案\n一、活动安排\n"
			      "1．启动仪式。4月20日上午9:30在县政务服务中心举行，由县市场\n第2页\n监管局牵头。\n"
			      "第3页\n2．知识产权进校园。4月22日下午在县第一中学举办，由县教育局牵头。\n"
			      "• 发放宣传资料；\n• 现场咨询；\n• 举报受理。\n"
			      "第4页\n二、工作要求\n各单位要高度重视。\n第5页\n三、联系方式\n联系人：王丽\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县市场监管局");
	json_decref(plan);
	/* a deck with no sections (一、X) reads as lines joined */
	plan = plan_from_text("第1页\n青山县2026年“安全生产月”活动安排\n县应急管理局\n"
			      "第2页\n活动主题\n• 人人讲安全、个个会应急\n• 畅通生命通道\n"
			      "第3页\n重点活动\n• 启动仪式：6月3日上午9:00，县人民广场\n\t– 牵头单位：县应急管理局\n"
			      "• 安全宣传咨询日：6月16日上午，县城步行街\n"
			      "第4页\n重点活动（续）\n• 安全知识竞赛：6月20日下午2:30，县委党校报告厅\n"
			      "第5页\n谢谢！\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	json_decref(plan);
}
END_TEST

/* A Word table copied as spaced text: a cell's list of units cut after
 * its 、 goes on, under that cell, on the next line; the table names its
 * tasks 重点任务. */
START_TEST(a_spaced_table_with_a_cell_wrapped)
{
	struct reader r;
	reader_of("序号  重点任务            牵头单位        配合单位                    完成时限\n"
		  "1     质量月启动仪式      县市场监管局    县工信局、县住建局、        9月8日\n"
		  "                                          县教育局、城关镇人民政府\n"
		  "2     质量开放日          县检验中心      县市场监管局、县教\n"
		  "                                          育局\n"
		  "3     计量进社区          县市场监管局、  城关镇人民政府              9月20日\n"
		  "                        县法院          县检察院\n"
		  "4     “质量诊所”进园区  县市场监管局    县工信局、                  9月21日\n"
		  "                                        县检验检测中心\n",
		  &r);
	wp_outline_build(&r);
	ck_assert_uint_eq(r.t.n, 7);
	/* set under its cell as the typist's font sets “” (a column each) */
	ck_assert_str_eq(r.t.para[6], "4     “质量诊所”进园区  县市场监管局    县工信局、县检验检测中心                  9月21日");
	ck_assert_str_eq(r.t.para[1], "1     质量月启动仪式      县市场监管局    县工信局、县住建局、县教育局、城关镇人民政府        9月8日");
	/* a cut inside a name is the table reader's; a line of two cells too */
	ck_assert_str_eq(r.t.para[3] + strspn(r.t.para[3], " "), "育局");
	ck_assert_str_eq(r.t.para[5] + strspn(r.t.para[5], " "), "县法院          县检察院");
	wp_outline_free(&r.outline);
	wp_ntext_free(&r.t);

	json_t *plan = plan_from_text("渠阳县2026年“质量月”活动方案\n一、活动时间\n2026年9月1日至30日。\n"
				      "二、主要活动\n（一）质量月启动仪式。9月8日上午9:00在县人民广场举行。\n"
				      "三、工作要求\n各单位要高度重视。\n"
				      "附件：重点任务责任分工表\n"
				      "序号  重点任务            牵头单位        配合单位                    完成时限\n"
				      "1     质量月启动仪式      县市场监管局    县工信局、县住建局、        9月8日\n"
				      "                                          县教育局、城关镇人民政府\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县市场监管局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县工信局、县住建局、县教育局、城关镇人民政府");
	json_decref(plan);
}
END_TEST

/* The rules of this round in their bounds, as a second reading found
 * them going too far. */
START_TEST(the_rounds_rules_in_their_bounds)
{
	wp_ndate d;
	/* a day and its hour after one space is a day; a message's stamp
	 * (the sender and a colon after it, or a name before it) is none */
	ck_assert(wp_nfind_date("时间：2026-06-03 09:30；地点：县人民广场", 2026, &d));
	ck_assert(wp_nfind_date("2026-06-22 09:00:00", 2026, &d));
	ck_assert(wp_nfind_date("2026-06-03 09:30 在县人民广场举行", 2026, &d));
	ck_assert(!wp_nfind_date("市监局-王晓丽 2026-04-14 09:03:12", 2026, &d));
	/* M/D standing apart at the end is a day; glued to a word, a fraction */
	ck_assert(wp_nfind_date("周六 6/20", 2026, &d));
	ck_assert(wp_nfind_date("时间：6/16", 2026, &d));
	ck_assert(!wp_nfind_date("完成率不低于2/3", 2026, &d));

	/* steps a colon announces are the event's (its day stays); a unit of
	 * its own after a slash (not an office's second name) is one more */
	json_t *plan = plan_from_text(
		"青山县2026年“安全生产月”活动方案\n一、活动时间\n2026年6月1日至30日。\n二、活动安排\n"
		"（一）危化品泄漏应急演练。演练分三个阶段进行：①6月16日上午9:00，各参演单位到位；"
		"②当天上午10:00，开展处置演练；③当天上午11:30，总结讲评。由县应急管理局牵头，县水利局/青山水文站、"
		"县委统战部/民族宗教事务局配合。\n"
		"三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-06-16");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县水利局、青山水文站、县委统战部/民族宗教事务局");
	json_decref(plan);

	/* the role lines under 活动1、活动2 end at a line of prose */
	plan = plan_from_text("青山县2026年“安全生产月”活动方案\n一、活动时间\n2026年6月1日至30日。\n二、活动安排\n"
			      "1．启动仪式。6月3日上午9:00在县人民广场举行。\n"
			      "2．宣传咨询日。6月16日上午在县城步行街开展。\n"
			      "3．安全知识竞赛。6月20日下午在县委党校举办。\n"
			      "三、职责分工\n活动1、活动2\n牵头单位：县应急管理局\n"
			      "其他活动由各乡镇结合实际组织开展。\n牵头单位：各乡镇人民政府\n"
			      "四、工作要求\n各单位要高度重视。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县应急管理局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县应急管理局");
	json_decref(plan);

	/* a sheet's reminder row is a note too */
	plan = plan_from_text("新村街道2026年禁毒宣传安排表\t\t\t\t\n"
			      "序号\t活动名称\t日期\t地点\t责任社区\n"
			      "1\t禁毒知识讲座\t6/20\t街道会议室\t新村社区\n"
			      "\"温馨提示：\n1.各社区于6月30日前报送活动总结。\"\t\t\t\t\n");
	json_t *due = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_ptr_nonnull(due);
	ck_assert_str_eq(names(due, "who"), "各社区");
	json_decref(plan);
}
END_TEST

/* A work group's chat: the plan pasted as a message, then the sender's
 * correction calling everyone first (@所有人 更正：第2项…改为…). */
START_TEST(a_chats_correction_after_a_mention)
{
	json_t *plan = plan_from_text("镇安办王丽 11-02 09:14\n"
				      "桐岗镇2026年“119”消防宣传月活动方案\n一、活动时间\n2026年11月1日至30日。\n"
				      "二、活动安排\n1.启动仪式。11月2日上午9:00在镇政府广场举行，由镇安办负责。\n"
				      "2.集中宣传咨询。11月9日（星期一）上午9:00，在镇文化广场设置咨询台，由镇安办负责。\n"
				      "三、工作要求\n各村要高度重视。\n"
				      "镇安办王丽 11-03 16:20\n"
				      "@所有人 更正：第2项时间改为11月10日（星期二）上午8:30，地点改为桐岗集贸市场南门空地。其他内容不变。\n");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-11-10");
	ck_assert_str_eq(field(plan_activity(plan, 1), "time"), "08:30");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "桐岗集贸市场南门空地");
	json_decref(plan);
}
END_TEST

/* An annex 分工表 that words the items its own way: a row gives its units
 * to the item its name is most alike to (most of the shorter name's
 * characters in order), when that item is the one alone so alike. */
START_TEST(annex_rows_worded_their_own_way)
{
	json_t *plan = plan_from_text("渠阳县2026年“质量月”活动方案\n一、活动时间\n2026年9月1日至30日。\n"
				      "二、主要活动\n（一）“质量月”启动暨集中宣传咨询活动。9月8日上午9:00在县人民广场举行。\n"
				      "（二）企业首席质量官专题培训。9月17日下午2:30在县行政服务中心举办。\n"
				      "（三）知识产权进校园。9月18日在县第一中学开展。\n"
				      "（四）知识产权进企业。9月19日在开发区开展。\n"
				      "三、工作要求\n各单位要高度重视。\n"
				      "附件：重点任务责任分工表\n"
				      "序号  重点任务                      牵头单位                配合单位\n"
				      "1     质量月启动仪式及集中宣传咨询  县市场监管局            县工信局\n"
				      "2     首席质量官培训                县市场监管局、县工信局  各乡镇人民政府\n"
				      "3     知识产权进社区                县司法局                县教育局\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县市场监管局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县市场监管局、县工信局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "各乡镇人民政府");
	/* 知识产权进社区 is as like 进校园 as 进企业: neither */
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "");
	ck_assert_str_eq(names(plan_activity(plan, 3), "lead"), "");
	json_decref(plan);
	/* a row as alike to two items (知识产权宣传进活动), or alike to one only in
	 * part (计量惠民进乡村活动: five of seven characters), names none */
	plan = plan_from_text("某县2026年活动方案\n一、活动时间\n2026年9月1日至30日。\n"
			      "二、主要活动\n（一）“知识产权进校园”活动。9月18日在县第一中学开展。\n"
			      "（二）“知识产权进企业”活动。9月19日在开发区开展。\n"
			      "（三）计量惠民进社区。9月20日在城关镇开展。\n"
			      "三、工作要求\n各单位要高度重视。\n"
			      "附件：重点任务责任分工表\n"
			      "序号  重点任务            牵头单位        配合单位\n"
			      "1     知识产权宣传进活动  县司法局        县教育局\n"
			      "2     计量惠民进乡村活动  县市场监管局    城关镇人民政府\n");
	for (size_t k = 0; k < 3; k++)
		ck_assert_str_eq(names(plan_activity(plan, k), "lead"), "");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round83");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, lines_of_emoji_alone_go);
	tcase_add_test(tc, a_label_over_its_value);
	tcase_add_test(tc, a_shared_sheet_as_tsv);
	tcase_add_test(tc, days_as_a_sheet_types_them);
	tcase_add_test(tc, events_circled_in_a_paragraph);
	tcase_add_test(tc, a_merged_name_cell_is_no_note);
	tcase_add_test(tc, contents_and_a_repeated_heading);
	tcase_add_test(tc, a_deck_of_bare_page_marks_and_units_by_activity);
	tcase_add_test(tc, bare_page_marks_without_bullets_are_pages);
	tcase_add_test(tc, a_decks_bullets_before_labels_and_points);
	tcase_add_test(tc, a_spaced_table_with_a_cell_wrapped);
	tcase_add_test(tc, the_rounds_rules_in_their_bounds);
	tcase_add_test(tc, a_chats_correction_after_a_mention);
	tcase_add_test(tc, annex_rows_worded_their_own_way);
	tcase_add_test(tc, that_day_after_a_span_is_no_day);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
