/* check_reader_round85.c - habits taught in session 49: a week's
 * timetable whose cells are the activities, a division paragraph that
 * numbers its sentences inline, a plan grouped by those it is for. */
#define _GNU_SOURCE
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice-outline.h"
#include "notice-reader.h"
#include "notice-text.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* A Word table of a week copied as text: the days its columns (weekday
 * first, one with no space before its date), the parts of the day its
 * rows, a tab between cells and two where a cell is empty. */
static const char grid_plan[] =
	"关于开展2026年知识产权宣传周活动的通知\n"
	"各有关单位：\n定于4月20日至26日开展知识产权宣传周活动。\n"
	"一、时间和主题\n时间：2026年4月20日（星期一）至4月26日（星期日）。\n"
	"二、活动安排\n具体安排见下表。\n"
	"活动日程表\n"
	"时段\t周一 4月20日\t周二 4月21日\t周三 4月22日\t周四4月23日\n"
	"上午\t9:30 2026年宣传周启动仪式（县文化广场，县市场监管局）\t服务万里行进园区（开发区企业服务中心，县市场监管局）\t"
	"服务万里行进园区（开发区企业服务中心，县市场监管局）\t联合执法检查（青石镇、高庄镇农贸市场，县市场监管局、县公安局）\n"
	"下午\t\t14:30 政银企对接会（县政务服务中心三楼会议室，县科工信局）\t\t案件庭审观摩（县人民法院第三审判庭，县法院）\n"
	"三、责任分工\n"
	"1.县市场监管局负责统筹协调；2.县融媒体中心配合做好启动仪式现场直播；3.县科工信局牵头组织政银企对接会，"
	"县金融服务中心配合组织辖区银行机构参会；4.县法院牵头组织庭审观摩。\n";

START_TEST(a_weeks_timetable_whose_cells_are_the_activities)
{
	json_t *plan = plan_from_text(grid_plan);
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	/* the hour opening the cell, kept apart from the 2026 after it */
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|2026年宣传周启动仪式|2026-04-20|2026-04-20|09:30|县文化广场|县市场监管局|县融媒体中心");
	/* the same cell under 周二 and 周三: one activity over both days */
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|服务万里行进园区|2026-04-21|2026-04-22|-|开发区企业服务中心|县市场监管局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|联合执法检查|2026-04-23|2026-04-23|-|青石镇、高庄镇农贸市场|县市场监管局、县公安局|");
	/* an empty cell keeps the columns after it in their days; a helper
	 * named in a clause of its own after the lead's */
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "-|政银企对接会|2026-04-21|2026-04-21|14:30|县政务服务中心三楼会议室|县科工信局|县金融服务中心");
	ck_assert_str_eq(activity_line(plan_activity(plan, 4)),
			 "-|案件庭审观摩|2026-04-23|2026-04-23|-|县人民法院第三审判庭|县法院|");
	json_decref(plan);

	/* two days are no week: the table is not read as one */
	wp_notice_report report = {0};
	wp_err err;
	static const char two_days[] = "关于开展2026年知识产权宣传周活动的通知\n各有关单位：\n"
				       "时间：2026年4月20日（星期一）至4月21日（星期二）。\n"
				       "时段\t周一 4月20日\t周二 4月21日\n"
				       "上午\t9:30 启动仪式（县文化广场，县市场监管局）\t政银企对接会（县政务服务中心，县科工信局）\n";
	char *out = wp_notice_read(two_days, strlen(two_days), &report, &err);
	json_t *p = out ? json_loads(out, 0, NULL) : NULL;
	for (size_t k = 0; k < plan_count(p, "activities"); k++)
		ck_assert_str_ne(field(plan_activity(p, k), "title"), "政银企对接会");
	json_decref(p);
	free(out);
	wp_notice_report_free(&report);
}
END_TEST

/* 9:30 2026年…: a single space after an hour stays (9:302026 is no
 * hour), as one between a year's digits and 年 goes. */
START_TEST(a_space_after_an_hour_stays)
{
	ck_assert_str_eq(notice_paragraphs("上午  9:30 2026年宣传周启动仪式\n2026 年 4 月 20 日\n"),
			 "上午  9:30 2026年宣传周启动仪式 | 2026年4月20日");
	ck_assert_str_eq(notice_paragraphs("9：30 2026年座谈会\n"), "9：30 2026年座谈会");
	/* 电话：07 12-2386415: a number cut by a wrap, no clock: joined */
	ck_assert_str_eq(notice_paragraphs("电话：07 12-2386415\n"), "电话：0712-2386415");
}
END_TEST

/* 三、责任分工 / 1.X负责…；2.Y配合做好启动仪式…；: the division's
 * sentences numbered inline: each opens with its unit after the number.
 * An activity whose cell named its lead takes helpers from it, never a
 * second lead. */
START_TEST(a_division_numbered_inline)
{
	char *text = text_with(grid_plan, "4.县法院牵头组织庭审观摩。", "4.县检察院牵头组织庭审观摩。");
	json_t *plan = plan_from_text(text);
	ck_assert_str_eq(names(plan_activity(plan, 4), "lead"), "县法院");
	ck_assert_str_eq(names(plan_activity(plan, 4), "cooperate"), "");
	json_decref(plan);
	free(text);

	/* 负责 says what a unit does, no role (县公安局负责启动仪式现场安保
	 * leads nothing): an activity whose cell names no one takes no lead
	 * from it, but a helper after it helps with what it names; 负责人
	 * and 负责同志 are persons, no unit's doing */
	text = text_with(grid_plan, "（县政务服务中心三楼会议室，县科工信局）", "（县政务服务中心三楼会议室）");
	char *duty = text_with(text, "3.县科工信局牵头组织", "3.县科工信局负责组织");
	plan = plan_from_text(duty);
	ck_assert_str_eq(names(plan_activity(plan, 3), "lead"), "");
	ck_assert_str_eq(names(plan_activity(plan, 3), "cooperate"), "县金融服务中心");
	json_decref(plan);
	free(duty);
	duty = text_with(text, "3.县科工信局牵头组织", "3.县科工信局负责人组织");
	plan = plan_from_text(duty);
	ck_assert_str_eq(names(plan_activity(plan, 3), "cooperate"), "");
	json_decref(plan);
	free(duty);
	free(text);

	/* a helper clause that names its own activity helps with that one */
	text = text_with(grid_plan, "县金融服务中心配合组织辖区银行机构参会", "县金融服务中心配合做好庭审观摩");
	plan = plan_from_text(text);
	ck_assert_str_eq(names(plan_activity(plan, 3), "cooperate"), "");
	ck_assert_str_eq(names(plan_activity(plan, 4), "cooperate"), "县金融服务中心");
	json_decref(plan);
	free(text);
}
END_TEST

/* 一、小学段 / 1.… then 二、初中段 / 1.…: activities grouped by those they
 * are for, numbered group.item; 活动周第一天 and 最后一天 are the
 * period's ends; a heading whose first item ran onto its line is split
 * from it; 各校 and 县二中 are units, 全县 is none. */
static const char grouped_plan[] =
	"关于开展2026年全民国家安全教育日教育活动周的通知\n"
	"各学校：\n决定于2026年4月13日至17日开展教育活动周。现将有关事项通知如下。\n"
	"一、小学段\n"
	"1.主题升旗仪式。活动周第一天上午，各小学统一举行升旗仪式。由各校负责组织实施。\n"
	"2.示范课。4月15日上午9:30，在县实验小学录播教室举行。由县实验小学负责。\n"
	"二、初中段\n"
	"1.知识竞赛决赛。4月16日下午2:30，在县第二中学报告厅举行。由县二中负责。\n"
	"2.主题班会。活动周最后一天下午，各初中学校统一召开主题班会。由各初中学校负责。\n"
	"3.亲子共学。活动周期间，各初中学校通过家长群推送微课视频。由各初中学校负责。\n"
	"三、教职工　1、网络测试。活动周期间，全县在编在岗教职工登录平台完成测试。县教师进修学校负责平台技术保障，各校负责组织本校教职工参测。\n"
	"2、培训会。4月17日下午2:30，在县教体局四楼会议室举行。县教师进修学校负责。\n"
	"四、报送要求\n（一）各校于4月20日前将活动总结报县教体局。\n";

START_TEST(activities_grouped_by_those_they_are_for)
{
	json_t *plan = plan_from_text(grouped_plan);
	ck_assert_uint_eq(plan_count(plan, "activities"), 7);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "一.1|主题升旗仪式|2026-04-13|2026-04-13|-|-|各校|");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "县二中");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "二.2|主题班会|2026-04-17|2026-04-17|-|-|各初中学校|");
	ck_assert_str_eq(field(plan_activity(plan, 5), "no"), "三.1");
	ck_assert_str_eq(field(plan_activity(plan, 5), "title"), "网络测试");
	ck_assert_str_eq(names(plan_activity(plan, 5), "lead"), "县教师进修学校、各校");
	json_decref(plan);

	ck_assert(wp_notice_unit_like("各校"));
	ck_assert(wp_notice_unit_like("县二中"));
	ck_assert(!wp_notice_unit_like("全县"));

	/* the item after a heading's gap is a paragraph of its own; a
	 * heading with no item after its gap stays whole */
	struct reader r;
	reader_of("三、教职工　专题学习\n四、教职工　1、专题学习。\n", &r);
	wp_outline_build(&r);
	ck_assert_uint_eq(r.t.n, 3);
	ck_assert_str_eq(r.t.para[0], "三、教职工　专题学习");
	ck_assert_str_eq(r.t.para[1], "四、教职工");
	ck_assert_str_eq(r.t.para[2], "1、专题学习。");
	wp_outline_free(&r.outline);
	wp_ntext_free(&r.t);
}
END_TEST

/* What is no such group: a section of tips whose items ask things (请…)
 * and name days without holding an event then, and a section whose
 * items are owed by a day (4月20日前报送). */
START_TEST(what_groups_of_activities_are_not)
{
	json_t *plan = plan_from_text(
		"关于开展2026年志愿服务周活动的通知\n各单位：\n"
		"一、活动安排\n（一）启动仪式。12月5日上午9:00在区市民广场举行，由团区委负责。\n"
		"（二）骨干培训。12月3日下午2:30在区青少年宫举办，由团区委负责。\n"
		"二、几点提示\n1.截至今天上午9:30，禾山街道团工委尚未报送名单。\n"
		"2.启动仪式当天（12月5日）现场车位紧张，请尽量乘坐公共交通。\n"
		"3.台账模板已上传群文件，请按模板填写。\n4.直播链接将于12月5日下午另行推送，请各单位组织青年职工观看。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "二");
	json_decref(plan);

	plan = plan_from_text("关于开展教育活动周的通知\n各学校：\n决定于2026年4月13日至17日开展教育活动周。\n"
			      "一、小学段\n1.升旗仪式。4月13日上午举行升旗仪式，由各校负责。\n"
			      "2.手抄报。4月20日前报送作品，由各校负责。\n"
			      "二、初中段\n1.主题班会。4月13日下午召开主题班会，由各初中学校负责。\n"
			      "2.知识竞赛。4月16日下午举行知识竞赛，由县二中负责。\n");
	for (size_t k = 0; k < plan_count(plan, "activities"); k++)
		ck_assert_str_ne(field(plan_activity(plan, k), "title"), "手抄报");
	json_decref(plan);
}
END_TEST


/* 一、主会场活动 / 承办单位：X / 协办单位：Y / 1.… then 二、分会场活动 /
 * （一）A街道分会场 / 活动地点：P / 承办单位：Z / 1.…: the units a venue's
 * labelled lines name run each of its items that names none, and its
 * place is theirs where they name none; the venue is no activity. */
static const char venue_plan[] =
	"关于开展2026年全国科技活动周的通知\n各街道、镇，区直有关单位：\n"
	"一、主会场活动\n主会场设在区科技馆。\n承办单位：区科技馆\n协办单位：区教育局、区融媒体中心\n"
	"1.启动仪式。5月16日（星期六）上午9:00在芙蓉广场举行。\n"
	"2.主题报告会。5月16日（星期六）下午2:30在区科技馆二楼学术报告厅举行。\n"
	"二、分会场活动\n（一）芷兰街道分会场\n活动地点：芷兰街道新时代文明实践所\n承办单位：芷兰街道办事处\n"
	"协办单位：区老科协\n"
	"1．义诊咨询。5月17日（星期日）上午8:30，在兰苑社区文化广场开展健康义诊。\n"
	"2．科技小制作体验营。5月23日（星期六）上午9:00，组织辖区中小学生开展航模制作体验。\n"
	"3．气象开放日。5月19日（星期二）全天，区气象观测站向居民开放。该项活动由区气象局承办。\n"
	"三、工作要求\n各单位要高度重视。\n";

START_TEST(a_venues_lines_run_its_items)
{
	json_t *plan = plan_from_text(venue_plan);
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|启动仪式|2026-05-16|2026-05-16|09:00|芙蓉广场|区科技馆|区教育局、区融媒体中心");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "二.一.1|义诊咨询|2026-05-17|2026-05-17|08:30|兰苑社区文化广场|芷兰街道办事处|区老科协");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "二.一.2|科技小制作体验营|2026-05-23|2026-05-23|09:00|芷兰街道新时代文明实践所|芷兰街道办事处|区老科协");
	/* an item that names its own runner keeps it */
	ck_assert_str_eq(names(plan_activity(plan, 4), "lead"), "区气象局");
	json_decref(plan);

	/* 活动六：竞赛 / 负责：X / 配合：Y / （1）初赛 （2）决赛: stages of one
	 * activity, which stays one with its units */
	plan = plan_from_text("关于开展质量月活动的通知\n一、活动安排\n（一）质量知识竞赛\n负责：人力资源部\n配合：质量部、工会\n"
			      "（1）初赛：9月8日—9月10日，线上答题。\n（2）决赛：9月24日14:00，培训中心多功能厅。\n"
			      "（二）质量开放日。9月26日上午在一号车间举行，由生产部负责。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "质量知识竞赛");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "人力资源部");
	json_decref(plan);

	/* lines that give a day (时间：) or no one who runs it (地点：
	 * alone) make the heading an event of its own, its numbered lines
	 * its programme */
	static const char *const not_venues[] = {"时间：5月16日上午9:00\n地点：区科技馆\n承办单位：区科协\n",
						 "地点：区科技馆\n"};
	for (size_t k = 0; k < 2; k++) {
		char *text = text_with(venue_plan, "活动地点：芷兰街道新时代文明实践所\n承办单位：芷兰街道办事处\n协办单位：区老科协\n",
				       not_venues[k]);
		plan = plan_from_text(text);
		bool heading_kept = false;
		for (size_t a = 0; a < plan_count(plan, "activities"); a++)
			heading_kept = heading_kept || strcmp(field(plan_activity(plan, a), "title"), "芷兰街道分会场") == 0;
		ck_assert_msg(heading_kept, "case %zu", k);
		json_decref(plan);
		free(text);
	}
}
END_TEST

/* From the second reading: a timetable is no activity list when a table
 * of the activities' columns follows it, when its cells are units on
 * duty (a roster), or where a cell is kept free (休息, 待定); a cell's
 * bracket names units after its last ， only when they read as units
 * (约300人参加 names none). */
START_TEST(what_a_weeks_timetable_is_not)
{
	static const char header[] = "关于开展2026年知识产权宣传周活动的通知\n各有关单位：\n"
				     "一、活动时间\n2026年4月20日至26日。\n二、日程总览\n"
				     "时段\t周一 4月20日\t周二 4月21日\t周三 4月22日\n";
	char text[2048];
	/* an overview above the table that tells the activities in full */
	snprintf(text, sizeof text, "%s上午\t9:30 启动仪式（县文化广场）\t\t执法检查（城区商超）\n三、活动明细\n"
			   "序号\t活动名称\t时间\t地点\t牵头单位\t配合单位\n"
			   "1\t宣传周启动仪式\t4月20日上午9:30\t县文化广场\t县市场监管局\t县委宣传部\n"
			   "2\t商标侵权联合执法检查\t4月22日上午\t城区商超\t县市场监管局\t县公安局\n",
		 header);
	json_t *plan = plan_from_text(text);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县委宣传部");
	json_decref(plan);

	/* a roster of units on duty, and cells kept free */
	snprintf(text, sizeof text, "%s上午\t县应急管理局\t县住建局\t县交通运输局\n下午\t县卫健局\t县住建局\t县公安局\n"
			   "三、活动安排\n1.启动仪式。4月20日上午9:30在县文化广场举行，由县市场监管局负责。\n",
		 header);
	wp_notice_report report = {0};
	wp_err err;
	char *out = wp_notice_read(text, strlen(text), &report, &err);
	plan = out ? json_loads(out, 0, NULL) : NULL;
	for (size_t k = 0; k < plan_count(plan, "activities"); k++)
		ck_assert_str_ne(field(plan_activity(plan, k), "title"), "县应急管理局");
	json_decref(plan);
	free(out);
	wp_notice_report_free(&report);
	snprintf(text, sizeof text, "%s上午\t9:30 启动仪式（县图书馆广场，约300人参加）\t休息\t读书分享会（县图书馆二楼，线上同步直播）\n"
			   "下午\t各单位自行安排\t征文颁奖（县文化馆，县文旅局）\t待定\n",
		 header);
	plan = plan_from_text(text);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "-|启动仪式|2026-04-20|2026-04-20|09:30|县图书馆广场||");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "-|读书分享会|2026-04-22|2026-04-22|-|县图书馆二楼||");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)), "-|征文颁奖|2026-04-21|2026-04-21|-|县文化馆|县文旅局|");
	json_decref(plan);
}
END_TEST

/* From the second reading: sections that group dated work beside a
 * section of activities told in a table are other work; 第1天至第3天 is
 * a span, not the first day, and 最后一天前 a day things are due by;
 * 要求各校 is a verb's; a table's row pasted as text names no unit. */
START_TEST(second_reading_of_groups_and_days)
{
	json_t *plan = plan_from_text(
		"关于开展2026年防灾减灾宣传周活动的通知\n各乡镇：\n"
		"一、活动时间\n2026年5月9日至15日。\n"
		"二、活动安排\n序号\t活动名称\t时间\t地点\t牵头单位\n"
		"1\t宣传周启动仪式\t5月11日上午9:00\t县人民广场\t县应急管理局\n"
		"2\t地震应急疏散演练\t5月12日下午2:28\t县实验小学\t县教体局\n"
		"三、宣传报道\n1.宣传周期间，县融媒体中心开设专栏，集中开展宣传报道。\n2.5月12日当天，在县电视台播放公益广告，开展宣传。\n"
		"四、隐患排查\n1.5月9日至15日，各乡镇开展隐患排查。\n2.5月14日，县应急管理局组织开展巡查。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "地震应急疏散演练");
	json_decref(plan);

	plan = plan_from_text("关于开展2026年网络安全宣传周活动的通知\n各中小学校：\n活动时间：2026年9月14日至20日。\n"
			      "一、活动内容\n（一）主题班会。宣传周第1天至第3天，各校分年级召开主题班会，由各校负责。\n"
			      "（二）作品征集。宣传周最后一天前，各校将学生作品报县电教馆，由县电教馆负责评选。\n"
			      "（三）知识讲座。宣传周首日下午3:00在县实验中学举办，由县电教馆负责。\n");
	ck_assert_ptr_null(field(plan_activity(plan, 0), "start"));
	ck_assert_ptr_null(field(plan_activity(plan, 1), "start"));
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2026-09-14");
	json_decref(plan);

	ck_assert(!wp_notice_unit_like("要求各校"));
	ck_assert(wp_notice_unit_like("县直各校"));

	plan = plan_from_text("关于开展禁毒宣传月活动的通知\n一、活动安排\n"
			      "（一）启动仪式。6月1日上午9:00在县人民广场举行，由县禁毒办牵头。\n"
			      "（二）禁毒文艺汇演。6月25日晚7:30在县文化中心举行。\n"
			      "二、职责分工\n序号\t单位\t职责\n"
			      "2\t县公安局\t负责集中销毁毒品，配合做好启动仪式安保\n"
			      "4\t县融媒体中心\t负责宣传报道，配合做好禁毒文艺汇演直播\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "");
	json_decref(plan);
}
END_TEST

/* 第三周（11月16日—22日）：主题… / 3.隐患排查。本周内，…，11月底前整改到位。:
 * a part of a month things are due by (11月底前) dates no event: the item
 * takes its week; one it is held in (11月中旬开展) stays its own. */
START_TEST(a_part_of_a_month_things_are_due_by)
{
	static const char plan_text[] = "关于开展2026年“119”消防宣传月活动的通知\n各街道：\n"
					"一、活动时间\n2026年11月1日至30日。\n二、活动安排\n"
					"第三周（11月16日—22日）：主题“重点场所排查整治”\n"
					"1.隐患排查。本周内，组织对“九小场所”开展火灾隐患排查，11月底前整改到位。责任单位：区消防救援大队\n"
					"2.消防演练。11月中旬，各街道组织开展消防演练。责任单位：各街道办事处\n";
	json_t *plan = plan_from_text(plan_text);
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-11-16");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2026-11-22");
	ck_assert_ptr_null(field(plan_activity(plan, 1), "start"));
	json_decref(plan);
}
END_TEST

/* From the third reading: labelled lines over undated steps are one
 * event's (（一）启动仪式（4月15日上午）/ 地点：/ 承办单位：/ 1.领导致辞), as
 * are a section's under a 时间： line; a 分工 section, not a section's
 * opening lines, gives the units; a venue's place is not that of an item
 * held online or over several days; a sentence that says the plan goes
 * by groups is no activities section; 负责 before an activity's number
 * leads it. */
START_TEST(third_reading_of_venues_and_groups)
{
	json_t *plan = plan_from_text("关于开展2026年国家安全教育日活动的通知\n一、活动安排\n"
				      "（一）启动仪式（4月15日上午）\n地点：区市民中心广场\n承办单位：区委国安办\n"
				      "1.领导致辞\n2.宣读倡议书\n（二）知识竞答。4月13日至19日线上开展，由区委宣传部负责。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "启动仪式（4月15日上午）");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "区委国安办");
	json_decref(plan);

	plan = plan_from_text("关于开展2026年科普日活动的通知\n一、主场活动\n时间：9月19日上午9:00\n地点：区青少年活动中心\n"
			      "承办单位：区青少年活动中心\n1.领导致辞。9月19日上午9:00。\n2.授牌。9月19日上午9:20。\n"
			      "二、系列活动\n1.科技馆开放日。9月19日至20日，区科技馆免费开放。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "");
	json_decref(plan);
	plan = plan_from_text("关于开展2026年科普日活动的通知\n一、主场活动\n地点：区青少年活动中心\n"
			      "承办单位：区青少年活动中心\n1.领导致辞\n2.授牌\n"
			      "二、系列活动\n1.科技馆开放日。9月19日至20日，区科技馆免费开放。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "");
	json_decref(plan);
	plan = plan_from_text("关于开展2026年国家安全教育日活动的通知\n一、活动安排\n"
			      "（一）启动仪式（4月15日上午）\n地点：区市民中心广场\n承办单位：区委国安办\n"
			      "1.4月15日9:00领导致辞\n2.4月15日9:20宣读倡议书\n（二）知识竞答。4月13日至19日线上开展，由区委宣传部负责。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "启动仪式（4月15日上午）");
	json_decref(plan);

	char *text = text_with(venue_plan, "三、工作要求\n", "三、职责分工\n（一）区科协：牵头活动2。\n");
	plan = plan_from_text(text);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "");
	json_decref(plan);
	free(text);

	text = text_with(venue_plan, "5月23日（星期六）上午9:00，组织辖区中小学生", "5月20日至23日，组织辖区中小学生");
	plan = plan_from_text(text);
	ck_assert_ptr_null(field(plan_activity(plan, 3), "location"));
	json_decref(plan);
	free(text);
	text = text_with(venue_plan, "5月23日（星期六）上午9:00，组织辖区中小学生", "5月23日（星期六）上午9:00，线上组织辖区中小学生");
	plan = plan_from_text(text);
	ck_assert_ptr_null(field(plan_activity(plan, 3), "location"));
	json_decref(plan);
	free(text);

	plan = plan_from_text("关于开展2026年国家安全教育周活动的通知\n各学校：\n一、活动安排\n本次活动按学段分别组织实施，具体安排如下。\n"
			      "二、小学段\n1.主题升旗仪式。4月13日上午，各小学举行主题升旗仪式。\n"
			      "2.绘画比赛。4月14日至16日，各小学开展绘画创作。\n"
			      "三、初中段\n1.知识竞赛。4月15日下午，各初中举办知识竞赛。\n2.主题班会。4月16日，各初中召开主题班会。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "三.1");
	json_decref(plan);

	plan = plan_from_text("关于开展2026年文化遗产日活动的通知\n一、活动安排\n"
			      "（一）非遗展演。6月13日上午9:00在区文化广场举行。\n（二）文物开放日。6月13日，区内文物保护单位免费开放。\n"
			      "二、职责分工\n（一）区文旅局：负责活动1的组织实施。\n（二）区文物管理所负责第2项活动，各文物保护单位配合。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "区文旅局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "区文物管理所");
	json_decref(plan);
}
END_TEST

/* A county's note over a forwarded mail: its unit's signature dated
 * without a year (6月4日) signs the letter, in the year the mail was sent;
 * the plan its first sentence names (市食安办《X》（文号）转发给你们, no
 * 现将) is the parent, whose number is not the note's. */
static const char forward_mail[] =
	"各乡镇食安办、县食安委各成员单位：\n"
	"市食安办《关于开展2026年浔川市食品安全宣传周活动的通知》（浔食安办〔2026〕11号）转发给你们，原文见下，请抓好落实。\n"
	"1.请各乡镇于6月9日下班前将活动安排报县食安办。\n"
	"联系人：曾慧敏，电话：0792-6321470\n"
	"安陂县食品安全委员会办公室\n6月4日\n"
	"-----原始邮件-----\n发件人: 浔川市食安办综合协调科\n发送时间: 2026年6月3日 9:12\n收件人: 安陂县食安办\n"
	"主题: 关于开展2026年浔川市食品安全宣传周活动的通知\n"
	"浔食安办〔2026〕11号\n关于开展2026年浔川市食品安全宣传周活动的通知\n各县（市、区）食安办：\n"
	"一、活动时间\n2026年6月15日至28日。\n二、活动安排\n"
	"（一）启动仪式。6月15日上午9:00在市民广场举行，由市市场监管局牵头。\n"
	"（二）食安进校园。6月16日在市第二中学举办，由市教育局牵头。\n"
	"浔川市食品安全委员会办公室\n2026年6月2日\n";

START_TEST(a_county_note_over_a_forwarded_mail)
{
	json_t *plan = plan_from_text(forward_mail);
	ck_assert_str_eq(field(plan, "organizer"), "安陂县食品安全委员会办公室");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-06-04");
	ck_assert_ptr_null(field(plan, "doc_number"));
	ck_assert_str_eq(field(plan, "parent_plan"),
			 "市食安办《关于开展2026年浔川市食品安全宣传周活动的通知》（浔食安办〔2026〕11号）");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);

	/* a note signed by a person, not a unit, only covers the mail: the
	 * plan under it has its own parent */
	char *text = text_with(forward_mail, "安陂县食品安全委员会办公室\n6月4日\n", "曾慧敏\n6月4日\n");
	char *cited = text_with(text, "各县（市、区）食安办：\n一、活动时间",
				"各县（市、区）食安办：\n根据省食安办《关于做好2026年全省食品安全宣传周活动的通知》要求，现将有关事项通知如下。\n一、活动时间");
	plan = plan_from_text(cited);
	ck_assert_str_ne(field(plan, "organizer"), "安陂县食品安全委员会办公室");
	ck_assert_str_eq(field(plan, "parent_plan"), "省食安办《关于做好2026年全省食品安全宣传周活动的通知》");
	json_decref(plan);
	free(cited);
	free(text);

	/* a note of 1月5日 over a mail sent on 2025年12月30日 is of 2026 */
	text = text_with(forward_mail, "发送时间: 2026年6月3日 9:12", "发送时间: 2025年12月30日 9:12");
	char *early = text_with(text, "安陂县食品安全委员会办公室\n6月4日\n", "安陂县食品安全委员会办公室\n1月5日\n");
	plan = plan_from_text(early);
	ck_assert_str_eq(field(plan, "issued_on"), "2026-01-05");
	json_decref(plan);
	free(early);
	free(text);

	/* a plan the note's own unit made (镇政府联合印发的《X》) or a letter
	 * passed on to parents (请各学校将《X》转发给各位家长) is no parent */
	text = text_with(forward_mail, "市食安办《关于开展2026年浔川市食品安全宣传周活动的通知》（浔食安办〔2026〕11号）转发给你们",
			 "县政府、县食安委联合印发的《关于开展2026年浔川市食品安全宣传周活动的通知》转发给你们");
	plan = plan_from_text(text);
	ck_assert_ptr_null(field(plan, "parent_plan"));
	json_decref(plan);
	free(text);
	plan = plan_from_text("青岚县教育局关于开展2026年防溺水专项行动的通知\n各学校：\n"
			      "根据市教育局《关于开展2026年中小学生防溺水专项行动的通知》要求，现将有关事项通知如下。\n"
			      "一、活动安排\n（一）主题班会。5月25日各校召开防溺水主题班会，由各校负责。\n"
			      "（二）家长告知。请各学校将《致全县中小学生家长的一封信》转发给各位家长。\n"
			      "（三）宣传资料。县局《防溺水宣传日程表》转发给各学校。\n"
			      "（四）安全提示。县局《关于做好防溺水工作的通知》附件转发给各学校。\n");
	ck_assert_str_eq(field(plan, "parent_plan"), "市教育局《关于开展2026年中小学生防溺水专项行动的通知》");
	json_decref(plan);

	/* a head line of one name with a comma in its bracket is the issuer */
	plan = plan_from_text("梧源县应急管理局（县减灾办，县防汛办）\n关于开展2026年防灾减灾宣传周活动的通知\n各乡镇：\n"
			      "一、活动安排\n（一）启动仪式。5月11日上午9:00在县人民广场举行，由县应急管理局牵头。\n");
	ck_assert_str_eq(field(plan, "organizer"), "梧源县应急管理局（县减灾办，县防汛办）");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round85");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, a_weeks_timetable_whose_cells_are_the_activities);
	tcase_add_test(tc, a_space_after_an_hour_stays);
	tcase_add_test(tc, a_division_numbered_inline);
	tcase_add_test(tc, activities_grouped_by_those_they_are_for);
	tcase_add_test(tc, what_groups_of_activities_are_not);
	tcase_add_test(tc, a_venues_lines_run_its_items);
	tcase_add_test(tc, what_a_weeks_timetable_is_not);
	tcase_add_test(tc, second_reading_of_groups_and_days);
	tcase_add_test(tc, a_part_of_a_month_things_are_due_by);
	tcase_add_test(tc, third_reading_of_venues_and_groups);
	tcase_add_test(tc, a_county_note_over_a_forwarded_mail);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
