/* check_reader_round82.c - habits taught in session 46: a joint notice
 * whose sections are its issuers, each over its own activities; the
 * parts other units take in an item another leads. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* The activity numbered no, or NULL. */
static json_t *numbered(json_t *plan, const char *no)
{
	for (size_t k = 0; k < plan_count(plan, "activities"); k++)
		if (strcmp(field(plan_activity(plan, k), "no"), no) == 0)
			return plan_activity(plan, k);
	return NULL;
}

/* Five issuers of one notice, each a section of its own over the
 * activities it runs: the section's unit leads them, and the units an
 * item sets to a part of its own (负责, 做好, 分别, 派员, also when invited; 与Y…共同)
 * cooperate; persons invited (企业负责人) do not. */
static const char joint_plan[] =
	"关于联合开展碧溪区2026年知识产权宣传周系列活动的通知\n"
	"各街道办事处，区级各有关单位：\n"
	"4月20日至26日为全国知识产权宣传周。现将各单位活动安排通知如下：\n"
	"一、区市场监管局\n"
	"1.宣传周启动仪式。4月20日（星期一）上午9:30，会同区法院、区检察院在区政务服务中心举行启动仪式。区级有关单位分管负责同志参加。\n"
	"2.质押融资对接会。4月23日（星期四）下午3时，在碧溪产业园区路演厅举办对接会。碧溪产业园区管委会负责组织园区企业参加，邀请区税务局派员现场解读。\n"
	"3.集中宣传活动。4月26日（星期日）上午9:00，在金汀广场举办集中宣传活动。区法院、区检察院分别设置咨询台，金汀街道办事处负责现场秩序维护。\n"
	"二、区法院\n"
	"1.司法保护新闻发布会。4月21日（星期二）上午10:00，在区法院新闻发布厅召开新闻发布会。区委宣传部负责邀请新闻媒体，区融媒体中心做好宣传报道。\n"
	"2.巡回审判。4月22日（星期三）下午2:30，在园区巡回审判点公开开庭，邀请区人大代表和园区企业负责人旁听。\n"
	"3.诉调对接。宣传周期间，与区司法局在区人民法院诉讼服务中心共同设立诉调对接工作室。\n"
	"4.“4·26”现场宣传。4月26日上午，派员参加集中宣传活动，在活动现场设立咨询台。\n"
	"三、区检察院\n"
	"1.检察开放日。4月24日（星期五）上午，组织师生走进检察机关。区教育局负责协调学校做好学生组织工作。\n"
	"2.典型案例发布。宣传周期间，通过“碧溪检察”微信公众号发布典型案例3件。\n"
	"四、工作要求\n"
	"各单位要高度重视。\n";

START_TEST(sections_named_by_their_issuers)
{
	json_t *plan = plan_from_text(joint_plan);
	ck_assert_uint_eq(plan_count(plan, "activities"), 9);
	/* a section's unit leads its items; numbered section.item */
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|宣传周启动仪式|2026-04-20|2026-04-20|09:30|区政务服务中心|区市场监管局|区法院、区检察院");
	/* a unit that 负责 a part cooperates, by its name alone; one invited
	 * to send its people too */
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "碧溪产业园区管委会、区税务局");
	/* units that 分别 do a part, a list longer than a sentence's opening */
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "区法院、区检察院、金汀街道办事处");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "二.1|司法保护新闻发布会|2026-04-21|2026-04-21|10:00|区法院新闻发布厅|区法院|区委宣传部、区融媒体中心");
	/* invited persons holding a post are no unit */
	ck_assert_str_eq(names(plan_activity(plan, 4), "cooperate"), "");
	/* 与Y在X共同设立: Y cooperates, and 共同 ends the place */
	ck_assert_str_eq(field(plan_activity(plan, 5), "location"), "区人民法院诉讼服务中心");
	ck_assert_str_eq(names(plan_activity(plan, 5), "cooperate"), "区司法局");
	/* an item with a title of its own is an activity, though it helps at another's */
	ck_assert_str_eq(field(plan_activity(plan, 6), "no"), "二.4");
	ck_assert_str_eq(field(plan_activity(plan, 6), "title"), "“4·26”现场宣传");
	ck_assert_str_eq(names(plan_activity(plan, 7), "cooperate"), "区教育局");
	ck_assert_str_eq(names(plan_activity(plan, 8), "lead"), "区检察院");
	json_decref(plan);
}
END_TEST

/* Sections named by units whose items tell no day are duties, no
 * activities (一、区委宣传部 / 1.负责…). */
START_TEST(undated_unit_sections_are_no_activities)
{
	json_t *plan = plan_from_text("碧溪区2026年知识产权宣传周活动方案\n"
				      "一、活动时间\n2026年4月20日至26日。\n"
				      "二、区委宣传部\n1.负责统筹新闻宣传。\n2.负责协调媒体报道。\n"
				      "三、区教育局\n1.负责组织中小学开展知识产权教育。\n2.负责做好学生安全工作。\n"
				      "四、工作要求\n各单位要高度重视。\n");
	for (size_t k = 0; k < plan_count(plan, "activities"); k++)
		ck_assert_msg(strncmp(field(plan_activity(plan, k), "title"), "负责", strlen("负责")) != 0,
			      "a duty read as an activity: %s", field(plan_activity(plan, k), "title"));
	json_decref(plan);
}
END_TEST

/* A town's message typed in one run: the title runs into the addressee
 * after a space, the first item into the lead-in, the last into the
 * units' parts (具体分工：X负责第1、2项…) and the requirements (几点要求：
 * 一是…), and the sign-off into the last sentence. Each part is read as
 * if it stood on its own line; the parts give each item its units. */
static const char sms_plan[] =
	"【镇政府】关于开展2026年“5·12”防灾减灾日宣传活动的通知 各村（社区），镇直各单位：5月11日至17日为防灾减灾宣传周。具体安排如下：1、5月9日（周六）上午9:30，在镇政府三楼会议室举办灾害信息员业务培训（责任人：何建林，电话：13881097342）\n"
	"2、5月11日（周一）上午8点半，在镇农贸市场门口开展集中宣传咨询活动（责任人：何建林，电话：同上）\n"
	"3、5月11日至15日，开展汛前灾害风险隐患“大排查”（责任人：龚文斌，电话：13778025613）\n"
	"4、5月12日（周二）下午14:28，在镇中心学校开展防震应急疏散演练（责任人：陈玉梅，电话：0838-6721035）。具体分工：镇应急办牵头抓总，负责第1、2项，并配合镇中心学校做好第4项；镇自然资源所负责第3项，镇规划建设办、各村（社区）配合；镇中心学校负责第4项，镇卫生院配合做好现场医疗保障；镇派出所负责第2、4项的现场秩序维护。几点要求：一是各村（社区）于5月8日前将参训人员名单报镇应急办；二是宣传周结束后3个工作日内，各村（社区）将活动小结报镇应急办。收到请回复。桤木镇人民政府 5月7日\n";

START_TEST(a_message_typed_in_one_run)
{
	json_t *plan = plan_from_text(sms_plan);
	ck_assert_str_eq(field(plan, "title"), "2026年“5·12”防灾减灾日宣传活动");
	ck_assert_str_eq(field(plan, "organizer"), "桤木镇人民政府");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-05-07");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|灾害信息员业务培训|2026-05-09|2026-05-09|09:30|镇政府三楼会议室|镇应急办|");
	/* 负责第2、4项的现场秩序维护: a part of the items, so a partner */
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "镇应急办");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "镇派出所");
	/* a part of units and a verb of helping helps with the clause's items */
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "镇自然资源所");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "镇规划建设办、各村（社区）");
	/* the parts lead over what the item said; 并配合Y做好第4项 helps */
	ck_assert_str_eq(names(plan_activity(plan, 3), "lead"), "镇中心学校");
	ck_assert_str_eq(names(plan_activity(plan, 3), "cooperate"), "镇应急办、镇卫生院、镇派出所");
	/* the requirements are no part of the last item, their parts deadlines */
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 0), "who"), "各村（社区）");
	/* 责任人 with a number is the item's contact */
	ck_assert_str_eq(contact_line_at(plan, 0), "何建林|13881097342|-");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "contacts"), 0), "activity"), "1");
	json_decref(plan);
}
END_TEST

/* Prose that names one item by its number (…与第3项同步开展) is no
 * paragraph of parts, and a 责任人 with no number is no contact. */
START_TEST(one_item_named_is_no_parts)
{
	json_t *plan = plan_from_text("关于开展2026年防灾减灾宣传周活动的通知\n各村：\n具体安排如下：\n"
				      "1、5月11日上午，在镇广场开展集中宣传。由镇应急办负责。责任人：何建林\n"
				      "2、5月12日下午，在镇中心学校开展疏散演练。由镇中心学校负责。\n"
				      "具体分工：镇卫生院负责第2项的医疗保障，与第1项同步准备。\n");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "镇中心学校");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 0);
	json_decref(plan);
}
END_TEST

/* What a section named by a unit holds that is no activity: a task owed
 * by a day, a duty (负责…, its time said first or not), an item that
 * only takes part in another's event; and what no clause makes a
 * partner: a lead phrase's unit, persons, 与 others than units. Places
 * named 联合会 or 共同村 keep their names. */
START_TEST(unit_sections_keep_duties_out)
{
	json_t *plan = plan_from_text("青山县2026年防灾减灾宣传周活动安排\n"
				      "2026年5月11日至17日为防灾减灾宣传周，现将各单位活动安排如下：\n"
				      "一、县应急管理局\n"
				      "1.宣传周主场活动。5月11日上午9:00，在县残疾人联合会康复中心举行宣传周主场活动。退役军人代表全程参与。\n"
				      "2.应急演练观摩。5月13日下午3:00，在青山镇共同村开展演练观摩。现场由县公安局负责安保。\n"
				      "3.宣传周期间，负责统筹协调各项宣传活动。\n"
				      "4.5月18日前，将活动总结报县减灾委。\n"
				      "二、县消防救援大队\n"
				      "1.消防开放日。5月14日，在县消防救援大队营区举办开放日，与市民共同体验消防装备。\n"
				      "2.参加主场活动。5月11日上午，派员参加主场活动，设立消防咨询台。\n"
				      "3.消防安全进社区。5月15日，在城关镇各社区开展宣传。\n"
				      "三、县水利局\n"
				      "1.5月10日前，制定宣传方案报县防指办。\n"
				      "2.5月12日前，确定联络员报县防指办。\n"
				      "3.5月16日前，报送活动总结。\n"
				      "4.防汛宣传进社区。5月12日，在城关镇东街社区开展宣传。\n"
				      "5.防汛知识答题。宣传周期间，在“青山水利”微信公众号开展答题。\n"
				      "四、工作要求\n各单位要高度重视。\n");
	/* tasks owed by a day are deadlines: 三 holds two events */
	ck_assert_uint_eq(plan_count(plan, "activities"), 6);
	ck_assert_str_eq(field(plan_activity(plan, 4), "no"), "三.4");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|宣传周主场活动|2026-05-11|2026-05-11|09:00|县残疾人联合会康复中心|县应急管理局|县消防救援大队");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "青山镇共同村");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "二.1|消防开放日|2026-05-14|2026-05-14|-|县消防救援大队营区|县消防救援大队|");
	ck_assert_str_eq(field(plan_activity(plan, 3), "no"), "二.3");
	json_decref(plan);
}
END_TEST

/* An activity calendar typed a line an event, its fields apart by bars
 * (｜ or |, spaced or not): the bars part fields as spaces do; a key
 * activity's ★ is no part of its title; a bookshop is a unit. */
START_TEST(a_calendar_of_barred_lines)
{
	json_t *plan = plan_from_text("槿阳区2026年全民阅读月活动方案\n"
				      "一、活动时间\n2026年4月1日至4月30日。\n"
				      "二、活动日历\n"
				      "4.2（周四）9:30　★全民阅读月启动仪式｜地点：区图书馆一楼报告厅｜主办：区文旅局\n"
				      "4.23（周四）9:30　“世界读书日”主场活动｜地点：槿阳书城广场｜主办：区文旅局｜协办：槿阳新华书店、区融媒体中心\n"
				      "4.24（周五）19:00　“槿阳夜读”分享会|地点：滨江城市书房|主办：区图书馆\n"
				      "4.25（周六）10:00　☆ ★亲子共读会｜地点：区图书馆少儿阅览室｜主办：区图书馆\n"
				      "4.26（周日）10:00　★｜地点：区图书馆｜主办：区图书馆\n"
				      "三、有关要求\n各单位要高度重视。\n");
	/* marks and the spaces after them, all; a title of a mark alone stays */
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(field(plan_activity(plan, 3), "title"), "亲子共读会");
	ck_assert_str_eq(field(plan_activity(plan, 4), "title"), "★");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "全民阅读月启动仪式");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "槿阳新华书店、区融媒体中心");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "“槿阳夜读”分享会");
	ck_assert_str_eq(field(plan_activity(plan, 2), "location"), "滨江城市书房");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "区图书馆");
	json_decref(plan);
}
END_TEST

/* A table copied a cell per line whose 时间 cell held a line break: the
 * span's days, then each day's opening hours, which are no start. */
START_TEST(a_date_cell_with_daily_hours)
{
	json_t *plan = plan_from_text("2026年沱水市科技活动周市级重点活动安排表\n"
				      "序号\n活动名称\n时间\n地点\n主办单位\n承办单位\n"
				      "1\n科技馆免费开放\n5月16日—23日\n每天9:00—17:00（5月18日闭馆）\n市科技馆\n市科协\n市科技馆\n"
				      "2\n院士专家进校园科普报告会\n5月19日（星期二）14:30\n沱水市第一中学\n市科协\n市教育局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|科技馆免费开放|2026-05-16|2026-05-23|-|市科技馆|市科协|市科技馆");
	json_decref(plan);
	/* on one day, the hours are its time */
	plan = plan_from_text("2026年沱水市科技活动周市级重点活动安排表\n"
			      "序号\n活动名称\n时间\n地点\n主办单位\n承办单位\n"
			      "1\n小小讲解员体验活动\n5月18日\n每天9:00—11:30\n市博物馆二楼\n市博物馆\n市科协\n"
			      "2\n院士专家进校园科普报告会\n5月19日（星期二）14:30\n沱水市第一中学\n市科协\n市教育局\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|小小讲解员体验活动|2026-05-18|2026-05-18|09:00|市博物馆二楼|市博物馆|市科协");
	json_decref(plan);
}
END_TEST

/* What a run-on message's splitting leaves alone: an item's own notes
 * (注意事项：一是…) while items follow it, an item's parts (1、宣传活动：一是…),
 * a roster (值班安排如下：1、…); and how a paragraph of parts reads 第一、三项,
 * 第3项活动的宣传报道 (a part), 第1、3项的组织实施 (the whole) and a second
 * clause giving an item a lead (added, not put over the first). A 责任人's
 * number is in its own bracket. */
START_TEST(run_on_parts_in_their_place)
{
	json_t *plan = plan_from_text("关于开展“全民健身日”系列活动的通知\n各村（社区）：\n具体安排如下：\n"
				      "1、8月8日上午8:30，在镇中学操场举行趣味运动会（责任人：马晓东）。报名请联系镇文化站，电话：0838-6720009。注意事项：一是请参赛人员穿运动鞋；二是自带饮用水。\n"
				      "2、8月8日下午3:00，在镇文化广场开展广场舞展演。\n"
				      "3、8月9日上午9:00，在镇卫生院开展义诊。\n"
				      "具体分工：镇文化站负责第一、二项的组织实施；镇融媒体中心负责第2项活动的宣传报道；镇卫生院负责第3项，镇文化站负责第3项的场地布置；镇中学负责第1项。\n");
	ck_assert_str_eq(field(numbered(plan, "2"), "title"), "广场舞展演");
	ck_assert_str_eq(names(numbered(plan, "2"), "lead"), "镇文化站");
	ck_assert_str_eq(names(numbered(plan, "2"), "cooperate"), "镇融媒体中心");
	ck_assert_str_eq(names(numbered(plan, "3"), "lead"), "镇卫生院");
	ck_assert_str_eq(names(numbered(plan, "3"), "cooperate"), "镇文化站");
	ck_assert_str_eq(names(numbered(plan, "1"), "lead"), "镇文化站、镇中学");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 0);
	json_decref(plan);
	plan = plan_from_text("关于开展学雷锋活动的通知\n各村（社区）：\n具体安排如下：\n"
			      "1、宣传活动：一是3月5日在镇文化广场开展集中宣传；二是3月6日开展入户宣传。团镇委负责。\n"
			      "2、3月7日，开展走访慰问孤寡老人活动。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "2");
	json_decref(plan);
	/* an item's own 职责分工 (another item follows) is its text, the
	 * label no part of a unit's name; one after the last item is the
	 * whole plan's, no item's */
	plan = plan_from_text("关于开展2026年全民健身日活动的通知\n各村（社区）：\n具体安排如下：\n"
			      "1、8月8日下午3:00，在镇文化广场开展广场舞展演。职责分工：镇文化站负责组织，镇中学负责场地。\n"
			      "2、8月9日上午8:30，在镇中学操场举行趣味运动会。\n"
			      "职责分工：镇文化站负责宣传报道，镇卫生院负责医疗保障。联系人：镇应急办李强，0838-6721109。\n");
	ck_assert_str_eq(names(numbered(plan, "1"), "lead"), "镇文化站");
	ck_assert_str_eq(names(numbered(plan, "2"), "lead"), "");
	ck_assert_ptr_null(json_string_value(json_object_get(json_array_get(json_object_get(plan, "contacts"), 0), "activity")));
	json_decref(plan);
	wp_notice_report report;
	wp_err err;
	/* a message in one run whose lead-in says 现安排如下: its first item
	 * too; a 注意事项：一是… inside an item is no part of the list, nor
	 * parts of the item */
	plan = plan_from_text("关于开展2026年安全生产月活动的通知 各村（社区）：现安排如下：1、6月3日上午9:00，在镇政府三楼会议室召开动员会。注意事项：一是提前10分钟到场；二是会场保持安静。2、6月10日上午9:00，在镇中心广场开展咨询日活动。3、6月16日下午2:30，在镇中心学校开展消防演练。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "动员会");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "2");
	json_decref(plan);
	/* a 责任人's number under a label right after its bracket; a top
	 * heading with a list in prose after the last item */
	plan = plan_from_text("关于开展2026年安全生产月活动的通知\n各村（社区）：\n具体安排如下：\n"
			      "1、6月10日上午9:00，在镇中心广场开展咨询日活动。\n"
			      "2、6月16日下午2:30，在镇中心学校开展消防演练（责任人：张伟）。联系电话：13881000002。\n"
			      "三、工作要求：一是各村于6月1日前报送参会名单；二是各单位于6月25日前报送活动总结。\n");
	ck_assert_str_eq(contact_line_at(plan, 0), "张伟|13881000002|-");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 0), "who"), "各村");
	json_decref(plan);
	const char *roster = "关于国庆节值班安排的通知\n各科室：\n现将值班安排如下：1、10月1日，带班领导张三，值班人员李四；2、10月2日，带班领导王五，值班人员赵六。\n";
	char *out = wp_notice_read_hinted(roster, strlen(roster), NULL, &report, &err);
	ck_assert_msg(out == NULL, "a roster read as a plan: %s", out);
	wp_notice_report_free(&report);
}
END_TEST

/* A group whose one-sentence lead-in says its items are below (4月下旬，
 * …开展以下专项执法活动，严厉打击…。) only groups them; an item's dated
 * part written with its day alone (其中，22日下午3:00…) is an event of
 * the item's month. */
START_TEST(a_lead_in_below_and_a_day_alone)
{
	json_t *plan = plan_from_text("槐岭县2027年知识产权宣传周活动方案\n"
				      "一、活动时间\n2027年4月20日至26日。\n"
				      "二、主要活动\n"
				      "（一）集中宣传活动\n"
				      "1.知识产权服务进园区活动。4月21日至22日，在县产业集聚区走访企业。其中，22日下午3:00在管委会二楼会议室召开政银企对接座谈会。牵头单位：县市场监督管理局。\n"
				      "（二）专项执法活动\n"
				      "4月下旬，县市场监督管理局会同有关部门在全县集中开展以下专项执法活动，严厉打击侵权违法行为。\n"
				      "1.农资市场商标专用权保护专项检查。在县城农资批发市场检查农资商品。牵头单位：县市场监督管理局；配合单位：县农业农村局。\n"
				      "2.地理标志保护专项行动。在双河镇香菇交易市场检查专用标志使用情况。牵头单位：县市场监督管理局。\n"
				      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "一.1.1|政银企对接座谈会|2027-04-22|2027-04-22|15:00|管委会二楼会议室|县市场监督管理局|");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "二.1");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "农资市场商标专用权保护专项检查");
	json_decref(plan);
	/* a day outside the item's days is no part of it; a lead-in that
	 * names 以下 far from what is done (以下单位要…开展宣传活动) is the
	 * heading's own activity */
	plan = plan_from_text("槐岭县2027年知识产权宣传周活动方案\n"
			      "一、活动时间\n2027年4月20日至26日。\n"
			      "二、主要活动\n"
			      "（一）服务进园区。4月21日至22日，在县产业集聚区走访企业。其中，25日上午召开总结会。牵头单位：县市场监督管理局。\n"
			      "（二）集中宣传\n"
			      "4月26日，以下单位要结合实际在全县开展知识产权宣传活动，营造氛围。\n"
			      "1.县市场监督管理局。\n"
			      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "二");
	json_decref(plan);
}
END_TEST

/* A schedule saved as a Markdown table: a row whose date cell was merged
 * into the row above's (left blank) is a row of its own on that date,
 * though a numbered table's row with a blank 序号 wraps; two hosts a slash
 * apart are two units. */
START_TEST(a_markdown_table_with_merged_dates)
{
	json_t *plan = plan_from_text("关于举办2026年知识产权宣传周系列活动的通知\n各学院：\n现将活动日程安排通知如下：\n"
				      "| 日期 | 时间 | 活动 | 地点 | 承办单位 | 协办单位 |\n"
				      "|---|---|---|---|---|---|\n"
				      "| 4月20日（星期一） | 9:30 | 宣传周启动仪式 | 行政楼第一会议室 | 科学技术处 | 技术转移中心 |\n"
				      "|  | 14:30—16:30 | 知识产权大讲堂第一讲 | 图书馆报告厅 | 知识产权中心 | 图书馆 |\n"
				      "| 4月23日（星期四） | 14:30 | 知识产权大讲堂第二讲 | 第二教学楼A203 | 研究生院/知识产权中心 | 文法学院 |\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|知识产权大讲堂第一讲|2026-04-20|2026-04-20|14:30|图书馆报告厅|知识产权中心|图书馆");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "研究生院、知识产权中心");
	json_decref(plan);
	plan = plan_from_text("2026年节能宣传周活动安排表\n"
			      "| 序号 | 活动名称 | 时间 | 地点 | 牵头单位 | 配合单位 |\n"
			      "| 1 | 节能降碳新技术新产品 | 6月25日（星期四） | 琅川国际会展中心 | 市发展改革委、 | 市科学技术局、 |\n"
			      "|  | 展示推介会 | 下午2:30 | 2号馆 | 市工业和信息化局 | 各区县发改局 |\n"
			      "| 2 | 节能降碳进校园 | 6月26日 | 市区各中小学校 | 市教育局 | 团市委 |\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "节能降碳新技术新产品展示推介会");
	json_decref(plan);
}
END_TEST

/* A post's activities as blocks: a title in brackets on its line (after
 * an emoji's mark, or none), the dated paragraph, the roles on a line,
 * their labels apart by a bar. One such block alone is no list of them:
 * 【活动安排】 over one dated paragraph heads its section. */
START_TEST(a_posts_blocks_titled_in_brackets)
{
	json_t *plan = plan_from_text("鹭湾镇2026年爱国卫生月活动方案\n"
				      "📌 活动时间\n2026年4月1日至4月30日\n"
				      "✅ 活动安排\n"
				      "🧹【启动仪式暨“清洁家园”集中大扫除】\n"
				      "4月3日(周五)上午8:30，在镇政府门前广场举行爱国卫生月启动仪式。\n"
				      "牵头：镇卫健办｜配合：镇综合行政执法队、镇直各单位\n"
				      "[图片]\n▲图为去年活动现场\n"
				      "🌼【文明祭扫】\n"
				      "4.7—4.30，各村（社区）清理垃圾杂物。\n"
				      "牵头：各村（社区）|配合：镇民政办\n"
				      "🔸 工作要求\n各村要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|启动仪式暨“清洁家园”集中大扫除|2026-04-03|2026-04-03|08:30|镇政府门前广场|镇卫健办|镇综合行政执法队、镇直各单位");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|文明祭扫|2026-04-07|2026-04-30|-|-|各村（社区）|镇民政办");
	json_decref(plan);
	plan = plan_from_text("鹭湾镇2026年爱国卫生月活动方案\n"
			      "【活动时间】\n2026年4月1日至4月30日\n"
			      "【活动安排】\n"
			      "4月3日上午8:30，在镇政府门前广场举行启动仪式。\n"
			      "牵头：镇卫健办\n"
			      "【工作要求】\n各村要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "启动仪式");
	json_decref(plan);
}
END_TEST

/* A plan whose items name no units and whose annex 任务分工表 (spaced
 * columns) names them in other words: with 开展 added, shortened
 * (科普场馆免费开放 of 科普场馆和科普教育基地免费开放), or two in one row;
 * an empty 配合单位 cell the spaces lost leaves the row's 完成时限 no
 * unit. */
START_TEST(an_annex_of_tasks_in_other_words)
{
	json_t *plan = plan_from_text("旌溪县2026年全国科普日活动工作方案\n"
				      "一、活动时间\n2026年9月15日至9月24日。\n"
				      "二、活动内容\n"
				      "1.“科学家精神进校园”活动。9月15日至18日，在全县各中小学校开展。\n"
				      "2.“科普大篷车”乡村行。9月21日上午9:00，在桃岭镇集镇广场开展。\n"
				      "3.农村实用技术培训。9月22日下午2:30，在石门乡农民文化技术学校举办。\n"
				      "4.青少年科技创新成果展。9月15日至24日，在县科技馆一楼临展厅展出。\n"
				      "5.科普场馆和科普教育基地免费开放。9月19日至20日。\n"
				      "三、工作要求\n各单位要高度重视。\n"
				      "附件：2026年全国科普日活动任务分工表\n"
				      "附件\n2026年全国科普日活动任务分工表\n"
				      "序号  任务内容                            牵头单位              配合单位              完成时限\n"
				      "1     开展“科学家精神进校园”活动          县教育局              县科协、县科技局      9月18日\n"
				      "2     科普大篷车乡村行及农村实用技术培训  县科协、县农业农村局  县科技局              9月22日\n"
				      "3     开展青少年科技创新成果展示          县教育局、县科技局                          9月24日\n"
				      "4     科普场馆免费开放                    县科协                县气象局              9月20日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县教育局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县科协、县农业农村局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "县科协、县农业农村局");
	ck_assert_str_eq(names(plan_activity(plan, 3), "lead"), "县教育局、县科技局");
	ck_assert_str_eq(names(plan_activity(plan, 3), "cooperate"), "");
	ck_assert_str_eq(names(plan_activity(plan, 4), "lead"), "县科协");
	json_decref(plan);
}
END_TEST

/* What the last teaching must leave alone: 安排如下 over numbered lines in
 * a text not about activities (a holiday's days, a meeting's particulars);
 * a Markdown row that wraps (a cell above ends 暨 or 、, or the line's
 * pieces open with 、 or （) though only its first cell is blank; a
 * lead-in whose 以下…活动 is part of an event of its own; 其中，12日前…
 * (a day things are due by) and 其中，19日、21日… (two days); one office
 * with a second name after a slash (县委宣传部/网信办, 各乡镇/街道). */
START_TEST(the_last_teaching_in_its_bounds)
{
	wp_notice_report report;
	wp_err err;
	const char *holiday = "关于劳动节放假安排的通知\n各科室：\n现将劳动节放假安排如下：1、5月1日至5日放假调休，共5天。2、4月26日（星期日）、5月9日（星期六）上班。3、节日期间请各科室做好安全防范工作。\n办公室\n2026年4月20日\n";
	char *out = wp_notice_read_hinted(holiday, strlen(holiday), NULL, &report, &err);
	ck_assert_msg(out == NULL, "a holiday notice read as a plan: %s", out);
	wp_notice_report_free(&report);
	json_t *plan = plan_from_text("2026年科技活动周活动安排\n"
				      "| 时间 | 活动名称 | 地点 | 主办 | 协办 |\n"
				      "|---|---|---|---|---|\n"
				      "| 5月18日 | 科技活动周启动仪式暨 | 市科技馆 | 市科学技术局、 | 市科协 |\n"
				      "|  | 科技成果展示 | 一楼大厅 | 市科协 | 市教育局 |\n"
				      "| 5月20日 | 院士专家进校园 | 市第一中学 | 市科协 | 市教育局 |\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "科技活动周启动仪式暨科技成果展示");
	json_decref(plan);
	plan = plan_from_text("县2026年全民健身月活动方案\n一、活动时间\n2026年8月1日至8月31日。\n二、活动安排\n"
			      "（一）启动仪式\n"
			      "8月1日上午9:00，在县人民广场举办以下系列活动的启动仪式，县领导出席并讲话。\n"
			      "1.全民健身展演。8月1日上午9:30，在县人民广场举行。由县文化和旅游局负责。\n"
			      "2.健步走活动。8月2日上午7:00举行。由县总工会负责。\n"
			      "（二）应急演练周。8月10日至8月16日，各乡镇开展演练。其中，12日前各乡镇报送演练方案；15日下午3:00在县体育馆举行综合应急演练。由县应急局负责。\n"
			      "（三）科普进社区。8月18日至22日，在城区各社区开展。其中，19日、21日上午9:00分别在城东社区、城西社区举办讲座。由县科协负责。\n"
			      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "一|启动仪式|2026-08-01|2026-08-01|09:00|县人民广场||");
	ck_assert_str_eq(field(plan_activity(plan, plan_count(plan, "activities") - 2), "no"), "二");
	ck_assert_str_eq(field(plan_activity(plan, plan_count(plan, "activities") - 1), "no"), "三");
	json_decref(plan);
	plan = plan_from_text("2026年网络安全宣传周活动安排\n"
			      "| 序号 | 活动名称 | 时间 | 地点 | 牵头单位 | 配合单位 |\n"
			      "|---|---|---|---|---|---|\n"
			      "| 1 | 启动仪式 | 9月14日上午9:00 | 县人民广场 | 县委宣传部/网信办 | 各乡镇/街道 |\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县委宣传部/网信办");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "各乡镇/街道");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round82");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, sections_named_by_their_issuers);
	tcase_add_test(tc, undated_unit_sections_are_no_activities);
	tcase_add_test(tc, a_message_typed_in_one_run);
	tcase_add_test(tc, one_item_named_is_no_parts);
	tcase_add_test(tc, unit_sections_keep_duties_out);
	tcase_add_test(tc, a_calendar_of_barred_lines);
	tcase_add_test(tc, a_date_cell_with_daily_hours);
	tcase_add_test(tc, run_on_parts_in_their_place);
	tcase_add_test(tc, a_lead_in_below_and_a_day_alone);
	tcase_add_test(tc, a_markdown_table_with_merged_dates);
	tcase_add_test(tc, a_posts_blocks_titled_in_brackets);
	tcase_add_test(tc, an_annex_of_tasks_in_other_words);
	tcase_add_test(tc, the_last_teaching_in_its_bounds);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
