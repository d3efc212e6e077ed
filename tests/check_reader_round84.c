/* check_reader_round84.c - habits taught in session 48: a sheet's columns
 * of the person in charge and their numbers. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice-date.h"
#include "notice-outline.h"
#include "notice-reader.h"
#include "notice-text.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* "name phone activity" of contact k of plan ("-" for a null). */
static const char *contact_line(json_t *plan, size_t k)
{
	static char line[256];
	json_t *c = json_array_get(json_object_get(plan, "contacts"), k);
	ck_assert_ptr_nonnull(c);
	const char *a = field(c, "activity"), *p = field(c, "phone");
	snprintf(line, sizeof line, "%s %s %s", field(c, "name"), p ? p : "-", a ? a : "-");
	return line;
}

/* 负责人 | 联系电话 beside 责任社区: each row's person is whom to call
 * about that row, a contact per number (22683207/13950963381 two); 同上
 * and an empty cell add none; the same person and number in a later
 * row, or under 联系人 at the end, is listed once. */
START_TEST(a_sheets_persons_and_their_numbers)
{
	json_t *plan = plan_from_text(
		"青桐街道2026年全国科技活动周活动安排表（5月16日—23日）\t\t\t\t\t\t\t\t\n"
		"序号\t活动名称\t日期\t地点\t责任社区\t协办单位\t负责人\t联系电话\t进度\n"
		"1\t启动仪式暨科普集市\t5/16\t青桐文化广场\t青桐社区\t区科协\t林晓燕\t0595-22681136\t进行中\n"
		"2\t科普讲座进社区\t5/17\t各社区\t各社区\t区科协\t同上\t同上\t未开始\n"
		"3\t健康科普义诊\t5/18\t柳岸社区\t柳岸社区\t区卫健局\t郑美玲\t22683207/13950963381\t未开始\n"
		"4\t科普电影夜\t5/19\t新塘社区\t新塘社区\t\t\t\t未开始\n"
		"5\t青少年科技作品展\t5/20\t街道文化站\t街道党政办\t区科技馆\t刘思琪\t0595-22681109\t未开始\n"
		"6\t科普大篷车\t5/21\t青桐社区\t青桐社区\t区科协\t林晓燕\t0595-22681136\t未开始\n"
		"\"备注：\n联系人：街道党政办 刘思琪 0595-22681109，18965927403\n青桐街道办事处\n"
		"2026年5月11日\"\t\t\t\t\t\t\t\t\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 6);
	/* the person is no unit: the community leads */
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|启动仪式暨科普集市|2026-05-16|2026-05-16|-|青桐文化广场|青桐社区|区科协");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 5);
	ck_assert_str_eq(contact_line(plan, 0), "林晓燕 0595-22681136 1");
	ck_assert_str_eq(contact_line(plan, 1), "郑美玲 22683207 3");
	ck_assert_str_eq(contact_line(plan, 2), "郑美玲 13950963381 3");
	ck_assert_str_eq(contact_line(plan, 3), "刘思琪 0595-22681109 5");
	ck_assert_str_eq(contact_line(plan, 4), "刘思琪 18965927403 -");
	json_decref(plan);
}
END_TEST

/* A plan pasted from a document whose numbering restarted at every line:
 * each heading reads 1、. The lines naming sections head them, a title
 * alone heads a group (系列活动) or an item over its fields, a line that
 * says more is an item; the items carry no number (the 1、 tells none). */
static const char flat_plan[] =
	"泓州高新区2026年知识产权宣传周活动方案\n"
	"1、活动主题\n严格保护知识产权　赋能园区创新发展\n"
	"1、活动时间\n2026年4月20日至26日。\n"
	"1、宣传重点\n1、知识产权保护政策。重点宣传专利法实施细则。\n1、商业秘密保护。宣传商业秘密保护知识。\n"
	"1、知识产权转化运用。宣传专利开放许可政策。\n"
	"1、活动安排\n1、系列活动\n"
	"1、知识产权服务进企业。4月20日至24日，组织专家走访园区高新技术企业，开展一对一诊断服务。由科技创新局牵头，园区企业服务中心配合。\n"
	"1、商业秘密保护专题培训。4月21日下午2:30在园区企业服务中心培训室举办。由区市场监管分局牵头。\n"
	"1、工作要求\n1、确保安全。户外咨询要制定安全预案。\n"
	"泓州高新技术产业开发区管理委员会\n2026年4月13日\n";

START_TEST(a_plan_whose_every_heading_reads_one)
{
	json_t *plan = plan_from_text(flat_plan);
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-04-20");
	ck_assert_str_eq(field(plan, "theme"), "严格保护知识产权　赋能园区创新发展");
	ck_assert_uint_eq(plan_count(plan, "focus"), 3);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(plan, "focus"), 2)), "知识产权转化运用");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_ptr_null(field(plan_activity(plan, 0), "no"));
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|知识产权服务进企业|2026-04-20|2026-04-24|-|-|科技创新局|园区企业服务中心");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|商业秘密保护专题培训|2026-04-21|2026-04-21|14:30|园区企业服务中心培训室|区市场监管分局|");
	json_decref(plan);

	ck_assert(wp_outline_bare_heading("组织分工"));
	ck_assert(wp_outline_bare_heading("工作分工"));

	/* lists that each restart at 1、 and go on to 2、: real numbers */
	plan = plan_from_text("知识产权宣传周活动方案\n活动时间\n2026年4月20日至26日。\n活动安排\n"
			      "1、启动仪式。4月20日上午9:00在县政务服务中心举行，由县市场监管局牵头。\n"
			      "2、知识产权进校园。4月22日在县第一中学举办，由县教育局牵头。\n"
			      "宣传重点\n1、专利保护。\n2、商标保护。\n工作要求\n1、加强领导。\n2、注重宣传。\n"
			      "保障措施\n1、经费保障。\n2、安全保障。\n注意事项\n1、注意安全。\n2、注意天气。\n"
			      "有关事项\n1、及时报送。\n2、做好总结。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "1");
	json_decref(plan);

	/* two documents numbered 1、2、3、 each, their lists 1、2、: real
	 * numbers, however many lines read 1、 and two of them name sections */
	plan = plan_from_text("知识产权宣传周活动方案\n1、活动时间\n2026年4月20日至26日。\n2、活动安排\n"
			      "1、启动仪式。4月20日上午9:00在县政务服务中心举行，由县市场监管局牵头。\n"
			      "2、知识产权进校园。4月22日在县第一中学举办，由县教育局牵头。\n"
			      "3、工作要求\n1、加强领导。\n2、注重宣传。\n"
			      "县直单位宣传方案\n1、活动主题\n严格保护知识产权\n2、宣传重点\n1、专利保护。\n2、商标保护。\n"
			      "3、保障措施\n1、经费保障。\n2、安全保障。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "1");
	json_decref(plan);

	/* real numbering: a list's 1、 then 2、, whatever else reads 1、 */
	plan = plan_from_text("关于开展知识产权宣传周活动的通知\n一、活动时间\n4月20日至26日。\n二、活动安排\n"
			      "1、启动仪式。4月20日上午9:00在县政务服务中心举行，由县市场监管局牵头。\n"
			      "2、知识产权进校园。4月22日在县第一中学举办，由县教育局牵头。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "2");
	json_decref(plan);
}
END_TEST

/* 1、主场活动 / 时间：4月26日 / 议程安排： / timed lines each closing with
 * its place and the unit that runs it: each such line an activity of the
 * item's day (its first clause the title), the item their group; a line
 * naming no unit (签到, 午餐) is none; those who attend (企业参加) are no
 * cooperating unit. A ceremony's steps, naming no unit, stay the item's. */
START_TEST(an_agenda_of_sessions)
{
	json_t *plan = plan_from_text(
		"高新区知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"（一）主场活动\n时间：4月26日（星期日）\n地点：高新区创新创业服务中心\n议程安排：\n"
		"08:30-09:00　签到入场\n"
		"09:00-09:30　宣传周启动仪式：管委会领导致辞，发布白皮书（一楼报告厅，科技创新局负责）\n"
		"09:30-11:30　知识产权集中宣传咨询，设咨询台（中心南广场，区市场监管分局负责，园区企业服务中心配合）\n"
		"11:30-14:00　午餐及休息（园区职工食堂）\n"
		"14：30-16：00　知识产权质押融资银企对接（二楼路演厅，园区企业服务中心负责，有融资需求的企业参加）\n"
		"（二）知识产权进校园\n时间：4月23日下午3:00\n地点：县第一中学\n牵头单位：县教育局\n"
		"三、工作要求\n各单位于4月29日前报送总结。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|宣传周启动仪式|2026-04-26|2026-04-26|09:00|一楼报告厅|科技创新局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "一.2|知识产权集中宣传咨询|2026-04-26|2026-04-26|09:30|中心南广场|区市场监管分局|园区企业服务中心");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "一.3|知识产权质押融资银企对接|2026-04-26|2026-04-26|14:30|二楼路演厅|园区企业服务中心|");
	ck_assert_str_eq(field(plan_activity(plan, 3), "title"), "知识产权进校园");
	json_decref(plan);

	/* one timed line naming its unit is a note of the item's, no agenda */
	plan = plan_from_text("高新区知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
			      "（一）主场活动\n时间：4月26日（星期日）\n地点：高新区创新创业服务中心\n牵头单位：科技创新局\n"
			      "09:00-09:30　宣传周启动仪式（一楼报告厅，科技创新局负责）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "主场活动");
	json_decref(plan);

	/* a ceremony's steps: no unit runs any of them */
	plan = plan_from_text("高新区知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
			      "（一）启动仪式\n时间：4月20日上午9:00\n地点：县政务服务中心\n牵头单位：县市场监管局\n"
			      "议程：\n9:00—9:10　主持人宣布活动开始\n9:10—9:20　县领导致辞（主席台）\n"
			      "9:20—9:40　发布典型案例\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|启动仪式|2026-04-20|2026-04-20|09:00|县政务服务中心|县市场监管局|");
	json_decref(plan);
}
END_TEST

/* Activities arranged by unit: under （一）县市场监督管理局, an item whose
 * clause joins others to it (会同X、Y组织实施) names no lead of its own: the
 * heading's unit leads, those joined cooperate; an item that names its
 * own lead (由县文广旅局牵头) keeps it. */
START_TEST(a_clause_joining_others_to_the_headings_unit)
{
	json_t *plan = plan_from_text(
		"渠溪县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、各单位活动安排\n"
		"（一）县市场监督管理局\n"
		"1．政银企对接会。4月22日（星期三）下午2:30，在县经济开发区企业服务中心举办。会同县财政局、县经济开发区管委会组织实施。\n"
		"（二）县委宣传部\n"
		"1．知识产权主题展映。4月23日（星期四）晚上7点，在县文化广场举办，由县文广旅局牵头。\n"
		"三、工作要求\n请于4月29日前报送总结。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|政银企对接会|2026-04-22|2026-04-22|14:30|县经济开发区企业服务中心|县市场监督管理局|"
			 "县财政局、县经济开发区管委会");
	json_t *lead = json_object_get(plan_activity(plan, 1), "lead");
	ck_assert_uint_eq(json_array_size(lead), 1);
	ck_assert_str_eq(json_string_value(json_array_get(lead, 0)), "县文广旅局");
	json_decref(plan);
}
END_TEST

/* The wrapper of an agenda's plan: the item's lines between. */
static json_t *plan_with_item(const char *item)
{
	char text[2048];
	snprintf(text, sizeof text,
		 "县2026年宣传周活动方案\n一、活动时间\n2026年5月11日至17日。\n二、活动安排\n%s"
		 "三、工作要求\n各单位于5月22日前报送总结。\n",
		 item);
	return plan_from_text(text);
}

/* What an agenda of sessions is not: steps of the item's ceremony that
 * name a unit but no place of their own; sessions of an item over two
 * days with no day line over them; a line at a place that no unit runs
 * and is no break (the item's own); a bracket's place that is a remark
 * (暂定). What it is: the item's day on its heading line, day lines over
 * the sessions, 由X负责. */
START_TEST(what_an_agenda_of_sessions_is_not)
{
	json_t *plan = plan_with_item("（一）科技活动周启动仪式\n时间：5月16日上午9:00\n地点：区科技馆\n牵头单位：区科协\n"
				      "仪式议程：\n09:00-09:10　区领导致辞\n09:10-09:20　为科普示范基地授牌（区科技局负责）\n"
				      "09:20-09:30　学生代表宣读倡议书（区教育局负责）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "科技活动周启动仪式");
	json_decref(plan);

	plan = plan_with_item("（一）知识产权专题培训班\n时间：5月12日至13日\n地点：县委党校\n议程安排：\n"
			      "09:00-11:30　专利申请实务（二楼教室，县市场监管局负责）\n"
			      "14:30-17:00　商标注册与保护（二楼教室，县市场监管局负责）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_decref(plan);

	plan = plan_with_item("（一）主场活动\n时间：5月12日\n牵头单位：县市场监管局\n议程安排：\n"
			      "09:30-11:30　知识产权咨询服务（市民中心广场，县市场监管局负责）\n"
			      "10:00-11:00　侵权假冒商品集中销毁（县垃圾处理场）\n"
			      "12:00-13:30　午餐（县机关食堂）\n"
			      "14:00-16:00　知识产权保护座谈会（五楼会议室，县科技局负责）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_decref(plan);

	plan = plan_with_item("（一）主场活动\n时间：5月12日\n地点：白河区文化中心\n议程安排：\n"
			      "09:00-09:30　启动仪式（现场直播，区融媒体中心负责）\n"
			      "09:30-11:00　食品安全知识竞赛（暂定，区市场监管局负责）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_decref(plan);

	plan = plan_with_item("（一）“5·12”主题宣传活动。5月12日在县城人民广场举办，具体安排如下：\n"
			      "08:30-10:00　安全咨询（主席台，由县应急管理局负责）\n"
			      "10:00-11:00　应急救援装备展示（广场西侧，县消防救援大队负责）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|安全咨询|2026-05-12|2026-05-12|08:30|主席台|县应急管理局|");
	json_decref(plan);

	plan = plan_with_item("（一）应急培训\n时间：5月11日至12日\n议程安排：\n5月11日\n"
			      "09:00-11:30　防汛形势专题讲座（一楼报告厅，市应急管理局负责）\n5月12日\n"
			      "09:00-11:30　应急救护实操训练（实训楼，市红十字会负责）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-05-11");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-05-12");
	json_decref(plan);
}
END_TEST

/* A 联系人 column beside 负责人 names whom to call; 同上 in the person's
 * cell beside a new number is the person above; a person listed once for
 * an activity keeps the mailbox the 联系人 line gives. */
START_TEST(whom_a_sheets_row_names_to_call)
{
	json_t *plan = plan_from_text(
		"防灾减灾宣传周活动安排表\n"
		"序号\t活动名称\t时间\t地点\t责任单位\t负责人\t联系人\t联系电话\n"
		"1\t启动仪式\t2026年5月11日上午9:00\t县人民广场\t县应急管理局\t李局长\t曹敏\t0735-4421110\n"
		"2\t防震减灾科普进校园\t2026年5月14日\t县第一中学\t县教育局\t张股长\t同上\t13975516789\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_line(plan, 0), "曹敏 0735-4421110 1");
	ck_assert_str_eq(contact_line(plan, 1), "曹敏 13975516789 2");
	json_decref(plan);

	plan = plan_from_text("柳江镇2026年防灾减灾日宣传活动方案\n一、活动时间\n2026年5月11日至17日。\n二、活动安排\n"
			      "（一）防灾减灾集中宣传。5月12日上午在柳江镇集镇开展，由镇应急办牵头。负责人：韦志强，电话：13877201234。\n"
			      "三、工作要求\n各村于5月20日前将活动总结报镇应急办。\n"
			      "联系人：镇应急办 韦志强，13877201234，邮箱：ljzyjb@163.com\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	json_t *c = json_array_get(json_object_get(plan, "contacts"), 0);
	ck_assert_str_eq(field(c, "activity"), "一");
	ck_assert_str_eq(field(c, "email"), "ljzyjb@163.com");
	json_decref(plan);
}
END_TEST

/* A post whose sections are numbered by keycaps (1️⃣ 活动主题, 5⃣ without
 * its U+FE0F), its activities 活动一｜X over 📍 / ⏰ lines each one field
 * behind its sign (the signs standing for 地点：, 时间：; 📍 平台：X the
 * place X), and 👥 before labelled lines. One sign line alone stays text. */
START_TEST(a_post_of_keycap_sections_and_signed_lines)
{
	json_t *plan = plan_from_text(
		"黛溪县2026年全民国家安全教育日宣传教育活动方案\n"
		"1️⃣ 活动主题\n树牢总体国家安全观\n"
		"2️⃣ 活动时间\n2026年4月13日至4月24日。\n"
		"3️⃣ 宣传重点\n🔹宣传国家安全法。\n🔹宣传反间谍法。\n"
		"5⃣ 活动安排\n"
		"活动一｜集中宣传活动\n📍 县城滨河文化广场\n⏰ 4月15日（星期三）上午9:00\n"
		"👥 牵头单位：县委国安办\n👥 配合单位：县公安局、县司法局\n现场设置法律咨询台。\n"
		"活动二｜网络有奖答题\n⏰ 4月13日至24日\n📍 平台：“黛溪国安”微信公众号\n👥 牵头单位：县委网信办\n"
		"6️⃣ 工作要求\n各单位于4月28日前报送总结。\n");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-04-13");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|集中宣传活动|2026-04-15|2026-04-15|09:00|县城滨河文化广场|县委国安办|县公安局、县司法局");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "“黛溪国安”微信公众号");
	ck_assert_str_eq(field(plan_activity(plan, 1), "end"), "2026-04-24");
	json_decref(plan);

	/* one sign line alone: the text's own */
	struct wp_ntext t;
	wp_err err;
	const char *text = "活动一｜集中宣传\n📍 县城滨河文化广场举行\n现场设置咨询台。\n";
	ck_assert_int_eq(wp_ntext_decode(text, strlen(text), &t, &err), 0);
	wp_notice_sign_field_lines(&t);
	ck_assert_str_eq(t.para[1], "📍 县城滨河文化广场举行");
	wp_ntext_free(&t);
	/* a date before a colon is the value, no label of the post's own */
	text = "📍 平台：县城广场\n⏰ 4月15日：全天开放\n";
	ck_assert_int_eq(wp_ntext_decode(text, strlen(text), &t, &err), 0);
	wp_notice_sign_field_lines(&t);
	ck_assert_str_eq(t.para[0], "地点：县城广场");
	ck_assert_str_eq(t.para[1], "时间：4月15日：全天开放");
	wp_ntext_free(&t);

	/* section names numbered in order, three at least: sections */
	static const char *const texts[] = {"1.活动主题\n2.活动时间\n5.活动安排\n", "2.活动时间\n1.活动主题\n3.工作要求\n",
					    "1.活动主题\n2.活动时间\n"};
	static const bool sections[] = {true, false, false};
	for (size_t k = 0; k < 3; k++) {
		ck_assert_int_eq(wp_ntext_decode(texts[k], strlen(texts[k]), &t, &err), 0);
		ck_assert_msg(wp_outline_arabic_sections(&t) == sections[k], "text %zu", k);
		wp_ntext_free(&t);
	}
}
END_TEST

/* A message a platform cut into parts, copied in the order they came (a
 * part twice, the counter at the end or after the signature): joined in
 * the counter's order, each part once, the signature once; a later
 * message of its own stays. A series with a part missing is left alone. */
START_TEST(a_message_cut_into_parts)
{
	struct reader r;
	reader_of("【梓溪镇人民政府】各村：活动时间：9月1(1/3)\n"
		  "【梓溪镇人民政府】5日至21日。具体安排：1、9/15上午9点(2/3)\n"
		  "【梓溪镇人民政府】5日至21日。具体安排：1、9/15上午9点(2/3)\n"
		  "【梓溪镇人民政府】（3/3）半举行启动仪式。\n"
		  "【梓溪镇人民政府】更正：启动仪式改为9/16。\n",
		  &r);
	wp_notice_join_sms_parts(&r);
	ck_assert_uint_eq(r.t.n, 2);
	ck_assert_str_eq(r.t.para[0], "【梓溪镇人民政府】各村：活动时间：9月15日至21日。具体安排：1、9/15上午9点半举行启动仪式。");
	ck_assert_str_eq(r.t.para[1], "【梓溪镇人民政府】更正：启动仪式改为9/16。");
	wp_ntext_free(&r.t);

	reader_of("【X镇】活动时间：9月1(1/3)\n【X镇】5日至21日。(3/3)\n", &r);
	wp_notice_join_sms_parts(&r);
	ck_assert_uint_eq(r.t.n, 2);
	wp_ntext_free(&r.t);
}
END_TEST

/* A message's plan run in one paragraph: 具体安排：1、…；2、… are its items;
 * one told as 9/16下午2点半，在X开展Y，…（Z牵头，W配合）； is Y at X. */
START_TEST(a_messages_items_told_where_held)
{
	json_t *plan = plan_from_text(
		"【梓溪镇人民政府】各村：根据《关于开展2026年国家网络安全宣传周活动的通知》，活动时间：9月15日至21日。"
		"具体安排：1、9/16（周三）下午2点半，在镇中心学校操场开展“网络安全进校园”主题活动，派出所民警讲网络诈骗"
		"（中心学校牵头，派出所配合）；2、9/17（周四）上午8点半，在镇卫生院门诊大厅开展个人信息保护宣传，"
		"结合医保政策讲解（卫生院牵头，综治中心配合）。梓溪镇党委宣传办 9/8\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|“网络安全进校园”主题活动|2026-09-16|2026-09-16|14:30|镇中心学校操场|中心学校|派出所");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|个人信息保护宣传|2026-09-17|2026-09-17|08:30|镇卫生院门诊大厅|卫生院|综治中心");
	json_decref(plan);

	/* the same cut into two parts inside a day: one message again */
	plan = plan_from_text(
		"【梓溪镇人民政府】各村：根据《关于开展2026年国家网络安全宣传周活动的通知》，活动时间：9月1(1/2)\n\n"
		"【梓溪镇人民政府】5日至21日。具体安排：1、9/16（周三）下午2点半，在镇中心学校操场开展“网络安全进校园”主题活动"
		"（中心学校牵头）；2、9/17（周四）上午8点半，在镇卫生院门诊大厅开展个人信息保护宣传（卫生院牵头）。"
		"工作要求：一是各单位于9/11前报联络员；二是按时报送小结。梓溪镇党委宣传办 9/8(2/2)\n");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-09-15");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "个人信息保护宣传");
	/* 工作要求：一是…；二是… after the last item: each part its own */
	json_t *due = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_ptr_nonnull(due);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(due, "who"), 0)), "各单位");
	json_decref(plan);
}
END_TEST

/* A title that labels its place in a closing bracket (观摩会（地点：X）),
 * in a table's cell or an item's heading: X is the place, no part of the
 * title. */
START_TEST(a_title_that_labels_its_place)
{
	json_t *plan = plan_from_text("县安全生产月活动安排表\n"
				      "序号\t时间\t活动内容\t责任单位\n"
				      "1\t2026年6月9日上午9:00\t建筑施工现场观摩会（地点：城南安置小区工地）\t县住建局\n"
				      "2\t2026年6月16日上午9:00\t安全宣传咨询日活动\t县应急管理局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|建筑施工现场观摩会|2026-06-09|2026-06-09|09:00|城南安置小区工地|县住建局|");
	json_decref(plan);
	plan = plan_with_item("（一）应急救援演练（地点：县经济开发区化工园）\n时间：5月12日上午9:30\n牵头单位：县应急管理局\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|应急救援演练|2026-05-12|2026-05-12|09:30|县经济开发区化工园|县应急管理局|");
	json_decref(plan);
	/* 地点：待定 names none; an unlabelled bracket in a table's title
	 * cell gives way to the place its content cell names */
	plan = plan_from_text("县安全生产月活动安排表\n"
			      "序号\t时间\t活动名称\t活动内容\t责任单位\n"
			      "1\t2026年6月9日\t现场观摩会（地点：待定）\t组织观摩\t县住建局\n"
			      "2\t2026年6月16日\t启动仪式（县人民广场）\t在镇文化广场举行启动仪式\t县应急管理局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_ptr_null(field(plan_activity(plan, 0), "location"));
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "镇文化广场");
	json_decref(plan);
}
END_TEST

/* What the series, the lead-ins and the signs of a message are not: a
 * later message of the same signature and length (更正…(1/2)) is its own;
 * 【活动二】 is an item's name, no signature; a part cut mid-sentence that
 * the decoder ran on into the next is a part still; another sender's
 * series left incomplete blocks none. 活动安排：1、9:00领导讲话 is a
 * programme, no list of activities. 📍 X ⏰ Y on one line is no field
 * alone; 📌 before a sentence is a bullet. Sections named by numbers with
 * none of the activities' among them are no sections. */
START_TEST(what_a_messages_parts_are_not)
{
	json_t *plan = plan_from_text(
		"【龙泉镇人民政府】各村：定于2026年5/12上午9点，在镇中心广场开展宣传咨询活动（应急办牵头）。(1/2)\n\n"
		"【龙泉镇人民政府】联系人：应急办李强，13807450001。龙泉镇应急办 5/6(2/2)\n\n"
		"【龙泉镇人民政府】更正：宣传咨询活动改为5/13上午9点，地点不变。(1/2)\n\n"
		"【龙泉镇人民政府】联系人：应急办张伟，13807451234。龙泉镇应急办 5/9(2/2)\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	json_decref(plan);

	struct reader r;
	reader_of("【活动二】环保设施开放日（1/2）\n时间：6月6日上午9:30\n【活动二】环保设施开放日（2/2）\n时间：6月7日上午9:30\n", &r);
	wp_notice_join_sms_parts(&r);
	ck_assert_uint_eq(r.t.n, 4);
	wp_ntext_free(&r.t);

	plan = plan_from_text("【兴隆镇人民政府】(1/2)各村：2026年国家安全教育日宣传活动具体安排：1、4/15上午9点，在兴隆集贸市场"
			      "开展集中宣传（综治中心牵头）；2、4/16下午\n\n"
			      "【兴隆镇人民政府】(2/2)3点，在镇中心学校开展国家安全教育进校园活动（中心学校牵头）。兴隆镇综治中心 4/8\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|国家安全教育进校园活动|2026-04-16|2026-04-16|15:00|镇中心学校|中心学校|");
	json_decref(plan);

	reader_of("【县应急管理局】各乡镇：演练定于6月10日举行。(1/2)\n"
		  "【岩口镇人民政府】各村：具体安排：1、6/16上午9点，在集镇开展安全宣传(1/2)\n"
		  "【岩口镇人民政府】咨询日活动（应急办牵头）。(2/2)\n",
		  &r);
	wp_notice_join_sms_parts(&r);
	ck_assert_uint_eq(r.t.n, 2);
	ck_assert_str_eq(r.t.para[1], "【岩口镇人民政府】各村：具体安排：1、6/16上午9点，在集镇开展安全宣传咨询日活动（应急办牵头）。");
	wp_ntext_free(&r.t);

	/* a part numbered again with other text before the series is whole:
	 * a message of its own, the series left as it came */
	reader_of("【X镇】A(1/3)\n【X镇】B(2/3)\n【X镇】C(1/3)\n【X镇】D(3/3)\n", &r);
	wp_notice_join_sms_parts(&r);
	ck_assert_uint_eq(r.t.n, 4);
	wp_ntext_free(&r.t);

	/* 具体安排：1、4/14前…: what is due by a day, no activity */
	plan = plan_from_text("【县教育局】各校：2026年国家安全知识竞赛具体安排：1、4/14前各校将参赛名单报基教股；"
			      "2、4/16下午2点前参赛队到县一中签到。县教育局 4/8\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 0);
	json_decref(plan);

	plan = plan_from_text("关于举办知识产权宣传咨询活动的通知\n镇里定于2026年4月20日上午9时在镇文化广场举办知识产权宣传咨询活动，"
			      "由镇市场监管所牵头。活动安排：1、9:00镇领导讲话；2、9:20发放宣传资料；3、9:40现场咨询。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_decref(plan);

	wp_err err;
	const char *text = "📍 县科技馆 ⏰ 9月20日上午9:00\n⏰ 9月20日\n📌 现场设置咨询台，解答群众疑问\n📌 发放宣传资料\n";
	ck_assert_int_eq(wp_ntext_decode(text, strlen(text), &r.t, &err), 0);
	wp_notice_sign_field_lines(&r.t);
	ck_assert_str_eq(r.t.para[0], "📍 县科技馆 ⏰ 9月20日上午9:00");
	ck_assert_str_eq(r.t.para[2], "📌 现场设置咨询台，解答群众疑问");
	wp_ntext_free(&r.t);

	text = "1.指导思想\n以习近平新时代中国特色社会主义思想为指导。\n2.工作目标\n提高安全意识。\n3.主要任务\n"
	       "1.6月3日上午，在区政府广场举办启动仪式。\n4.保障措施\n各街道按时报送。\n";
	ck_assert_int_eq(wp_ntext_decode(text, strlen(text), &r.t, &err), 0);
	ck_assert(!wp_outline_arabic_sections(&r.t));
	wp_ntext_free(&r.t);
}
END_TEST

/* 各县（市、区）优秀案例推荐材料（附件3）请于5月6日前报送。: who sends is the
 * group its bracket names (the 、 inside it lists no units), the thing
 * what follows it; a subject that is no group (各部门对本单位…) stays. */
START_TEST(a_group_named_with_its_bracket_sends)
{
	json_t *plan = plan_with_item("（一）知识产权进校园\n时间：5月12日\n牵头单位：县教育局\n"
				      "各县（市、区）优秀宣传案例推荐材料（附件3）请于5月26日前报送。\n");
	json_t *due = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_ptr_nonnull(due);
	ck_assert_str_eq(field(due, "what"), "报送优秀宣传案例推荐材料（附件3）");
	json_t *who = json_object_get(due, "who");
	ck_assert_uint_eq(json_array_size(who), 1);
	ck_assert_str_eq(json_string_value(json_array_get(who, 0)), "各县（市、区）");
	json_decref(plan);
	/* a later clause's due is another's: its who is no bracketed group */
	plan = plan_with_item("（一）知识产权进校园\n时间：5月12日\n牵头单位：县教育局\n"
			      "各村（社区）信息员每天下午5点前将活动照片发镇工作群，镇综治办择优编发简报，"
			      "并汇总全镇情况于5月26日前报县委政法委。\n");
	size_t i;
	json_array_foreach(json_object_get(plan, "deadlines"), i, due) {
		if (!field(due, "due") || strcmp(field(due, "due"), "2026-05-26") != 0)
			continue;
		who = json_object_get(due, "who");
		for (size_t k = 0; k < json_array_size(who); k++)
			ck_assert_str_ne(json_string_value(json_array_get(who, k)), "各村（社区）");
	}
	json_decref(plan);
}
END_TEST

/* 下午 2:30 as a PDF's copy sets the digits apart: in the afternoon */
START_TEST(an_afternoon_set_apart_by_a_space)
{
	char hhmm[6];
	ck_assert(wp_nfind_time("6 月 24 日（星期四） 下午 2:30", hhmm, NULL));
	ck_assert_str_eq(hhmm, "14:30");
	ck_assert(wp_nfind_time("上午 9:00", hhmm, NULL));
	ck_assert_str_eq(hhmm, "09:00");
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round84");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, a_sheets_persons_and_their_numbers);
	tcase_add_test(tc, a_plan_whose_every_heading_reads_one);
	tcase_add_test(tc, an_agenda_of_sessions);
	tcase_add_test(tc, a_clause_joining_others_to_the_headings_unit);
	tcase_add_test(tc, what_an_agenda_of_sessions_is_not);
	tcase_add_test(tc, whom_a_sheets_row_names_to_call);
	tcase_add_test(tc, a_post_of_keycap_sections_and_signed_lines);
	tcase_add_test(tc, a_message_cut_into_parts);
	tcase_add_test(tc, a_messages_items_told_where_held);
	tcase_add_test(tc, a_title_that_labels_its_place);
	tcase_add_test(tc, what_a_messages_parts_are_not);
	tcase_add_test(tc, a_group_named_with_its_bracket_sends);
	tcase_add_test(tc, an_afternoon_set_apart_by_a_space);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
