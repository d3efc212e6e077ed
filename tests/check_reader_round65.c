/* check_reader_round65.c - habits of the notices taught in session 36:
 * an activity section grouped into fields of work (（一）集中宣传方面),
 * each holding its activities as parts written 一是…二是…, and the habits
 * of the hold-out r65 (g353-g357). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice-reader.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char fields_of_work[] =
	"关于开展2026年防汛防台风宣传周活动的通知\n"
	"\n"
	"一、时间和主题\n"
	"\n"
	"2026年6月1日至6月7日。\n"
	"\n"
	"二、活动安排\n"
	"\n"
	"（一）集中宣传方面。一是举办集中宣传活动。6月1日（星期一）上午8点半在镇区农贸市场门口广场举办集中宣传活动，由镇应急办牵头，镇水利站配合。"
	"二是开展防汛安全进校园。6月3日（星期三）下午3点，由镇中心学校牵头，镇应急办配合。\n"
	"\n"
	"（二）演练培训方面。一是开展避险转移演练。6月4日（星期四）上午九点半在溪头村开展演练，由溪头村负责，镇应急办配合。"
	"二是举办防汛责任人培训。6月5日（星期五）下午2点半在镇政府三楼会议室举办，由镇应急办牵头，镇水利站配合。\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各村要高度重视。\n"
	"\n"
	"岭兜镇人民政府\n"
	"2026年5月26日\n";

/* （一）集中宣传方面。一是…二是…: a field of work groups its parts; the
 * parts are the activities, numbered under it, and the field is none
 * (before, 集中宣传方面 was an activity too, undated and led by no one). */
START_TEST(a_field_of_work_is_no_activity_its_parts_are)
{
	json_t *plan = plan_from_text(fields_of_work);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|举办集中宣传活动|2026-06-01|2026-06-01|08:30|镇区农贸市场门口广场|镇应急办|镇水利站");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "一.2|开展防汛安全进校园|2026-06-03|2026-06-03|15:00|-|镇中心学校|镇应急办");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "二.1|开展避险转移演练|2026-06-04|2026-06-04|09:30|溪头村|溪头村|镇应急办");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "二.2|举办防汛责任人培训|2026-06-05|2026-06-05|14:30|镇政府三楼会议室|镇应急办|镇水利站");
	json_decref(plan);
	/* an item that is an event holds its parts and stays one */
	char *event = text_with(fields_of_work, "集中宣传方面", "集中宣传活动");
	plan = plan_from_text(event);
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "集中宣传活动");
	json_decref(plan);
	free(event);
}
END_TEST

static const char task_division[] =
	"砚川县2026年防灾减灾宣传周活动方案\n"
	"\n"
	"一、总体要求\n"
	"\n"
	"（一）活动主题。“强化风险意识　筑牢安全防线”。\n"
	"\n"
	"（二）活动时间。2026年5月10日（星期日）至5月16日（星期六）。\n"
	"\n"
	"（三）宣传重点。一是宣传防灾减灾救灾法律法规；二是宣传自然灾害防范应对知识；三是宣传应急避险和自救互救技能。\n"
	"\n"
	"二、任务分工\n"
	"\n"
	"（一）举办集中宣传活动。5月12日（星期二）上午9:00，在县人民广场举办集中宣传活动。\n"
	"牵头：县应急管理局；配合：城关镇人民政府；完成时限：5月12日前\n"
	"\n"
	"（二）开展应急救护知识培训。5月14日（星期四）下午3:00，在县红十字会培训中心举办培训班。\n"
	"牵头：县红十字会；配合：县卫生健康委员会、县应急管理局；完成时限：5月14日前\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各单位要高度重视。\n";

/* 二、任务分工 / （一）举办…活动。5月12日… / 牵头：X；配合：Y；完成时限：…:
 * with no activity section, a division of tasks that lists the tasks, each
 * under its own lead line, holds the activities (before, none was read:
 * 任务分工 is a duties section, which only gives units to activities). */
START_TEST(a_division_of_tasks_holds_the_activities)
{
	json_t *plan = plan_from_text(task_division);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|举办集中宣传活动|2026-05-12|2026-05-12|09:00|县人民广场|县应急管理局|城关镇人民政府");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|开展应急救护知识培训|2026-05-14|2026-05-14|15:00|县红十字会培训中心|县红十字会|"
			 "县卫生健康委员会、县应急管理局");
	json_decref(plan);
	/* a division unit by unit (（一）县应急管理局：负责…) lists no tasks
	 * under lead lines: its items are no activities */
	plan = plan_from_text("砚川县2026年防灾减灾宣传周活动方案\n一、活动时间\n2026年5月10日至5月16日。\n"
			      "二、任务分工\n（一）县应急管理局：负责统筹协调，5月12日举办集中宣传活动。\n"
			      "（二）县红十字会：负责应急救护知识培训。\n三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 0);
	json_decref(plan);
}
END_TEST

/* （三）宣传重点。一是…；二是…；三是…: an item whose heading runs on into
 * its points numbered in prose gives the focuses (before: none). */
START_TEST(a_focus_item_run_on_into_its_points)
{
	json_t *plan = plan_from_text(task_division);
	json_t *focus = json_object_get(plan, "focus");
	ck_assert_uint_eq(json_array_size(focus), 3);
	ck_assert_str_eq(json_string_value(json_array_get(focus, 0)), "宣传防灾减灾救灾法律法规");
	ck_assert_str_eq(json_string_value(json_array_get(focus, 2)), "宣传应急避险和自救互救技能");
	json_decref(plan);
}
END_TEST

static const char wechat_post[] =
	"青檀发布\n"
	"\n"
	"👇 一起来看具体安排吧\n"
	"\n"
	"**青檀街道2026年全民国家安全教育日宣传周活动方案**\n"
	"\n"
	"【一、活动时间】\n"
	"2026年4月13日（星期一）至4月19日（星期日）。\n"
	"\n"
	"【二、宣传重点】\n"
	"● **宣传国家安全法律法规。**重点宣传《中华人民共和国国家安全法》。\n"
	"●　宣传网络安全和数据安全。普及个人信息保护知识。\n"
	"\n"
	"【三、活动安排】\n"
	"\n"
	"▲**活动一：宣传周启动仪式**\n"
	"📅 时间：4月15日（星期三）上午9:00\n"
	"📍 地点：青檀广场\n"
	"**责任单位：街道平安办**\n"
	"协办单位：街道综合文化站、**青檀派出所、**青檀司法所\n"
	"\n"
	"[图片]\n"
	"▲2025年4月15日，青檀街道在青檀广场开展集中宣传活动\n"
	"\n"
	"▲**活动二：国家安全法治专题讲座**\n"
	"📅**时间：4月14日（星期二）下午2:30**\n"
	"📍 地点：**街道党群服务中心三楼报告厅**\n"
	"责任单位：青檀司法所\n"
	"\n"
	"【四、联系方式】\n"
	"街道平安办　黄雅琴　0746-6218315\n"
	"\n"
	"潇州市鹤汀区青檀街道办事处\n"
	"2026年4月1日\n";

/* A WeChat post of a plan: ▲ marks the activities' heads and the photo
 * captions, bold is lost as ** pairs (after a mark, around a sentence that
 * runs on, around part of a list), its sections are numbered inside 【】,
 * and a teaser line (👇 一起来看具体安排吧) is no heading (before: the teaser
 * headed the activities, which were none, the heads were label lines,
 * and the 【四、联系方式】 lines were no contacts). */
START_TEST(a_wechat_post_with_marked_heads_and_lost_bold)
{
	json_t *plan = plan_from_text(wechat_post);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|宣传周启动仪式|2026-04-15|2026-04-15|09:00|青檀广场|街道平安办|"
			 "街道综合文化站、青檀派出所、青檀司法所");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|国家安全法治专题讲座|2026-04-14|2026-04-14|14:30|街道党群服务中心三楼报告厅|青檀司法所|");
	json_t *focus = json_object_get(plan, "focus");
	ck_assert_uint_eq(json_array_size(focus), 2);
	ck_assert_str_eq(json_string_value(json_array_get(focus, 0)), "宣传国家安全法律法规");
	ck_assert_str_eq(json_string_value(json_array_get(focus, 1)), "宣传网络安全和数据安全");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	ck_assert_str_eq(contact_line_at(plan, 0), "黄雅琴|0746-6218315|-");
	json_decref(plan);
	/* a name masked with ** (张**) is no emphasis */
	ck_assert_str_eq(notice_paragraphs("获奖人员：张**、李**。"), "获奖人员：张**、李**。");
}
END_TEST

static const char annex_schedule[] =
	"澴阳市2026年全国科技活动周活动方案\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年5月17日至23日。\n"
	"\n"
	"二、重点活动\n"
	"\n"
	"各项活动的具体时间、地点及牵头单位、配合单位详见附件1。\n"
	"（一）全市科技活动周启动仪式暨科普嘉年华。在市科技馆南广场举行启动仪式。\n"
	"（二）科技创新成果展。集中展示科技成果。\n"
	"（三）科研机构开放日。向社会公众免费开放。\n"
	"（四）网络知识竞答。开展网络科普知识竞答。\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各单位要高度重视。\n"
	"\n"
	"附件1\n"
	"\n"
	"重点活动安排表\n"
	"\n"
	"序号\n活动名称\n时间\n地点\n牵头单位\n配合单位\n"
	"1\n全市科技活动周启动\n仪式暨科普嘉年华\n5月17日\n（星期日）\n上午9:00\n市科技馆南广场\n市科技局、\n市科协\n"
	"市委宣传部、市教育局\n"
	"2\n科技创新成果展\n5月17日—23日\n市科技馆一楼\n展厅\n市科技局\n市经济和信息化局\n"
	"3\n科研机构开放日\n5月21日—22日\n澴阳学院\n市科技局\n澴阳学院、有关企业\n"
	"4\n网络知识竞答\n5月17日—23日\n“澴阳科协”微信\n公众号\n市科协\n";

/* 各项活动的具体时间、地点…详见附件1 / 附件1 / 序号 / 活动名称 / …, a cell per
 * line: the annex's rows give the body's activities their days, hours,
 * places and units; a name wrapped over two lines is one, a weekday under
 * its day is the day's; a row whose lines are more than its cells (a
 * place wrapped: 市科技馆一楼 / 展厅) joins the longer line with the next
 * that opens no name of its own (session 45; before, it gave its days
 * only). */
START_TEST(an_annex_schedule_a_cell_per_line_completes_the_body)
{
	json_t *plan = plan_from_text(annex_schedule);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)), "四|网络知识竞答|2026-05-17|2026-05-23|-|-||");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|全市科技活动周启动仪式暨科普嘉年华|2026-05-17|2026-05-17|09:00|市科技馆南广场|市科技局、市科协|"
			 "市委宣传部、市教育局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|科技创新成果展|2026-05-17|2026-05-23|-|市科技馆一楼展厅|市科技局|市经济和信息化局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "三|科研机构开放日|2026-05-21|2026-05-22|-|澴阳学院|市科技局|澴阳学院、有关企业");
	json_decref(plan);
}
END_TEST

/* | 2 | 案例发布 | 4月22日 | 新闻发布厅 | 同上 | 执法稽查局 |: an annex's
 * Markdown table gives the body's activities what they lack, its units
 * too, and 同上 is the row above's (before: bar rows were not read). */
START_TEST(an_annex_markdown_schedule_with_same_as_above)
{
	json_t *plan = plan_from_text("云岭省2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
				      "二、重点活动\n具体分工见附件1。\n（一）宣传周启动仪式。4月20日上午9:00在省科技馆举行。\n"
				      "（二）典型案例发布。4月22日下午3:00召开新闻通气会。\n三、工作要求\n各单位要高度重视。\n"
				      "附件1\n重点活动安排表\n| 序号 | 活动名称 | 时间 | 地点 | 牵头单位 | 配合单位 |\n"
				      "| --- | --- | --- | --- | --- | --- |\n"
				      "| 1 | 宣传周启动仪式 | 4月20日 9:00 | 省科技馆 | 知识产权保护处 | 办公室 |\n"
				      "| 2 | 典型案例发布 | 4月22日 15:00 | 新闻发布厅 | 同上 | 执法稽查局 |\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|典型案例发布|2026-04-22|2026-04-22|15:00|新闻发布厅|知识产权保护处|执法稽查局");
	json_decref(plan);
	/* without the annex no one leads it: a sentence opening with its day
	 * (4月22日下午3:00召开新闻通气会) has no subject (before: the whole
	 * sentence was its lead unit) */
	plan = plan_from_text("云岭省2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
			      "二、重点活动\n（一）宣传周启动仪式。4月20日上午9:00在省科技馆举行。\n"
			      "（二）典型案例发布。4月22日下午3:00召开新闻通气会。\n三、工作要求\n各单位要高度重视。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "二|典型案例发布|2026-04-22|2026-04-22|15:00|-||");
	json_decref(plan);
}
END_TEST

/* ---- a second reading's findings ------------------------------------------ */

static const char field_with_its_event[] =
	"关于开展2026年防汛防台风宣传周活动的通知\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年6月1日至6月7日。\n"
	"\n"
	"二、活动安排\n"
	"\n"
	"（一）集中宣传方面。6月1日（星期一）上午9时在镇人民广场举办防汛宣传周启动仪式，由镇应急办牵头，镇水利站配合。启动仪式设两个环节：一是防汛知识展板展示；二是现场咨询和发放宣传资料。\n"
	"\n"
	"（二）演练培训方面。6月4日（星期四）上午9时半在溪头村开展避险转移演练，由溪头村负责，镇应急办配合。\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各村要高度重视。\n"
	"\n"
	"岭兜镇人民政府\n"
	"2026年5月26日\n"
	"\n";

/* （一）集中宣传方面。6月1日…举办…启动仪式，由X牵头…：一是…二是…: a field of
 * work whose own text tells an event is that event, its parts under it
 * (before the fix: only the parts, the event's day, place and units lost). */
START_TEST(a_field_of_work_that_tells_its_event_stays_one)
{
	json_t *plan = plan_from_text(field_with_its_event);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|集中宣传方面|2026-06-01|2026-06-01|09:00|镇人民广场|镇应急办|镇水利站");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "一.1");
	json_decref(plan);
}
END_TEST

static const char standing_duties[] =
	"砚川县2026年安全生产月活动实施方案\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年6月1日至6月30日。\n"
	"\n"
	"二、实施步骤\n"
	"\n"
	"（一）宣传发动阶段（6月1日至6月5日）。各乡镇、各部门制定具体方案，广泛宣传发动。\n"
	"\n"
	"（二）集中开展阶段（6月6日至6月25日）。6月16日（星期二）上午9:00，在县人民广场举办“安全宣传咨询日”活动。\n"
	"\n"
	"（三）总结提升阶段（6月26日至6月30日）。各单位认真总结。\n"
	"\n"
	"三、任务分工\n"
	"\n"
	"（一）加强组织领导。成立安全生产月活动工作专班，统筹推进各项工作。\n"
	"牵头单位：县应急管理局；配合单位：县安委会各成员单位；完成时限：长期坚持\n"
	"\n"
	"（二）健全工作机制。建立信息报送和督导检查制度。\n"
	"牵头单位：县安委办；配合单位：各乡镇人民政府；完成时限：6月30日前\n"
	"\n"
	"（三）强化舆论引导。在县融媒体中心开设专栏，持续报道活动进展。\n"
	"牵头单位：县委宣传部；配合单位：县融媒体中心；完成时限：6月30日前\n"
	"\n"
	"四、工作要求\n"
	"\n"
	"各单位要高度重视。\n"
	"\n"
	"砚川县安全生产委员会办公室\n"
	"2026年5月20日\n"
	"\n";

static const char division_and_table[] =
	"某某区知识产权局\n"
	"\n"
	"关于印发《2028年某某区知识产权宣传周活动方案》的通知\n"
	"\n"
	"各街道办事处，区直各单位：\n"
	"\n"
	"一、活动时间\n"
	"2028年4月20日至26日\n"
	"\n"
	"二、活动主题\n"
	"严格保护知识产权\n"
	"\n"
	"三、任务分工\n"
	"（一）组织宣传周启动仪式。4月20日上午9:00举行。\n"
	"牵头单位：区知识产权局；配合单位：区委宣传部、区教育局\n"
	"（二）组织知识产权进企业。4月21日至23日开展。\n"
	"牵头单位：区科技局；配合单位：区知识产权局\n"
	"具体活动安排见附件。\n"
	"\n"
	"四、工作要求\n"
	"请各单位于4月30日前将活动总结报送区知识产权局。\n"
	"\n"
	"附件：2028年某某区知识产权宣传周活动安排表\n"
	"\n"
	"序号	活动名称	活动时间	活动地点	牵头单位	配合单位\n"
	"1	宣传周启动仪式	4月20日上午9:00	区政府广场	区知识产权局	区委宣传部、区教育局\n"
	"2	知识产权进企业	4月21日—23日	重点企业	区科技局	区知识产权局\n"
	"3	知识产权有奖竞答	宣传周期间	线上	区知识产权局	—\n"
	"\n";

/* A division of tasks is no list of the activities when its tasks have no
 * days (standing duties: 加强组织领导…完成时限：长期坚持), nor when the plan
 * has an activity table, even with its tasks on their days (the table's
 * rows are the activities). */
START_TEST(a_division_of_standing_duties_or_beside_a_table_lists_no_activities)
{
	json_t *plan = plan_from_text(standing_duties);
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert_str_ne(field(plan_activity(plan, i), "title"), "加强组织领导");
	json_decref(plan);
	plan = plan_from_text(division_and_table);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "知识产权有奖竞答");
	json_decref(plan);
}
END_TEST

static const char focus_among_activities[] =
	"关于开展2026年防灾减灾宣传周活动的通知\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年5月10日至5月16日。\n"
	"\n"
	"二、活动安排\n"
	"\n"
	"（一）宣传重点。一是宣传防灾减灾救灾法律法规；二是宣传自然灾害防范应对知识。\n"
	"\n"
	"（二）举办集中宣传活动。5月12日（星期二）上午9:00，在县人民广场举办，由县应急管理局牵头。\n"
	"\n"
	"（三）开展应急救护培训。5月14日（星期四）下午3:00，在县红十字会培训中心举办，由县红十字会牵头。\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各单位要高度重视。\n"
	"\n"
	"砚川县减灾委员会办公室\n"
	"2026年5月5日\n"
	"\n";

/* （一）宣传重点。一是…；二是… among the activities: its points are the
 * focus, and it is no activity (nor are its points). */
START_TEST(a_focus_item_among_the_activities_is_none)
{
	json_t *plan = plan_from_text(focus_among_activities);
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "focus")), 2);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "举办集中宣传活动");
	json_decref(plan);
}
END_TEST

/* 联系人：**华、**明: masked surnames, two people, no emphasis to drop
 * (the run-on closer must not make them one, 华明). */
START_TEST(masked_surnames_are_no_bold)
{
	json_t *plan = plan_from_text("某街道2026年活动方案\n一、活动时间\n2026年4月13日至4月19日。\n"
				      "二、活动安排\n（一）举办启动仪式。4月15日上午9:00在青檀广场举办，由街道平安办牵头。\n"
				      "三、联系方式\n联系人：**华、**明，电话：0746-6218315。\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_line_at(plan, 0), "**华|0746-6218315|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "**明|0746-6218315|-");
	json_decref(plan);
}
END_TEST

static const char caption_in_marked_sections[] =
	"青檀街道2026年全民国家安全教育日宣传周活动方案\n"
	"\n"
	"◆活动时间\n"
	"2026年4月13日至4月19日。\n"
	"\n"
	"◆活动安排\n"
	"活动一：宣传周启动仪式\n"
	"时间：4月15日（星期三）上午9:00\n"
	"地点：青檀广场\n"
	"责任单位：街道平安办\n"
	"\n"
	"▲活动现场\n"
	"\n"
	"活动二：国家安全法治专题讲座\n"
	"时间：4月16日（星期四）下午2:30\n"
	"地点：街道党群服务中心三楼报告厅\n"
	"责任单位：青檀司法所\n"
	"\n"
	"活动三：国家安全知识竞赛\n"
	"时间：4月17日（星期五）上午9:00\n"
	"地点：青檀中学\n"
	"责任单位：街道宣传办\n"
	"\n"
	"◆工作要求\n"
	"各社区要高度重视。\n"
	"\n"
	"青檀街道办事处\n"
	"2026年4月1日\n"
	"\n";

static const char caption_among_focus[] =
	"关于开展2026年全民国家安全教育日宣传活动的通知\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年4月13日至4月19日。\n"
	"\n"
	"二、宣传重点\n"
	"\n"
	"（一）宣传总体国家安全观。深入宣传总体国家安全观的科学内涵。\n"
	"\n"
	"▲去年宣传周活动现场\n"
	"\n"
	"（二）宣传国家安全法律法规。重点宣传《中华人民共和国国家安全法》。\n"
	"\n"
	"（三）宣传反间谍防范知识。提高群众防范意识。\n"
	"\n"
	"三、活动安排\n"
	"\n"
	"（一）举办启动仪式。4月15日上午9:00在青檀广场举办，由街道平安办牵头。\n"
	"\n"
	"（二）举办专题讲座。4月16日下午2:30在街道党群服务中心举办，由青檀司法所牵头。\n"
	"\n"
	"四、工作要求\n"
	"\n"
	"各社区要高度重视。\n"
	"\n"
	"青檀街道办事处\n"
	"2026年4月1日\n"
	"\n";

static const char lone_bracketed_number[] =
	"青檀小学2026年“书香校园”读书节活动方案\n"
	"\n"
	"◆活动时间\n"
	"2026年4月20日至4月24日。\n"
	"\n"
	"◆活动安排\n"
	"活动一：读书节启动仪式\n"
	"时间：4月20日（星期一）上午8:00\n"
	"地点：学校操场\n"
	"责任单位：德育处\n"
	"\n"
	"活动二：分年级阅读展示\n"
	"时间：4月22日（星期三）下午3:00\n"
	"地点：学校报告厅\n"
	"责任单位：教导处\n"
	"【一、二年级】\n"
	"\n"
	"活动三：图书漂流\n"
	"时间：4月24日（星期五）下午2:00\n"
	"地点：学校图书馆\n"
	"责任单位：图书室\n"
	"\n"
	"◆工作要求\n"
	"各班主任要认真组织。\n"
	"\n"
	"青檀小学\n"
	"2026年4月10日\n"
	"\n";

/* ▲活动现场 alone is a photo's caption: it heads no section and ends no
 * block (▲ marks only a numbered item: ▲活动一：X); 【一、二年级】 alone
 * numbers no sections, so the ◆ headings still head them. */
START_TEST(a_caption_or_a_lone_bracketed_number_heads_nothing)
{
	json_t *plan = plan_from_text(caption_in_marked_sections);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "国家安全知识竞赛");
	json_decref(plan);
	plan = plan_from_text(caption_among_focus);
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "focus")), 3);
	json_decref(plan);
	plan = plan_from_text(lone_bracketed_number);
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-04-20");
	json_decref(plan);
}
END_TEST

static const char forwarded_with_changes[] =
	"发件人：栎川县文化广电和旅游局办公室 <lcxwglj_bgs@163.com>\n"
	"收件人：各乡镇综合文化站\n"
	"主题：转发：关于印发《栎川县2026年全民阅读月活动方案》的通知\n"
	"日期：2026年3月30日（星期一）15:18\n"
	"\n"
	"各乡镇综合文化站：\n"
	"\n"
	"　　现将方案全文转发给大家（正文附后）。有两处调整，请以本邮件为准：\n"
	"\n"
	"　　1.方案第二部分第（一）项启动仪式地点由“县图书馆新馆南广场”调整为县文化馆一楼多功能厅（新馆南广场铺装工程尚未完工），时间不变。\n"
	"\n"
	"　　2.方案第三部分第（一）项要求3月31日前报送的活动安排，因方案印发推迟，各乡镇、各成员单位报送时间统一延至4月3日（星期五）下班前，报局公共服务股。\n"
	"\n"
	"-----原始邮件-----\n"
	"发件人：局公共服务股 <lcxwglj_ggfw@163.com>\n"
	"主题：读书月方案定稿\n"
	"\n"
	"栎川县2026年全民阅读月活动方案\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年4月1日至4月30日。\n"
	"\n"
	"二、重点活动\n"
	"\n"
	"（一）全县启动仪式。4月23日上午9:30在县图书馆新馆南广场举行，由县文化广电和旅游局负责。\n"
	"\n"
	"（二）图书展销周。4月20日至26日在县城人民广场举办，由县新华书店负责。\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"（一）请各乡镇、各成员单位于3月31日前将本单位活动安排报领导小组办公室。\n"
	"\n"
	"栎川县文化广电和旅游局\n"
	"2026年3月26日\n"
	"\n";

/* A plan forwarded by mail under a note that amends it (有两处调整，请以本
 * 邮件为准：1.方案第二部分第（一）项…地点由A调整为B（why）…2.…报送时间统一延
 * 至4月3日…): the item the part and number count takes the new place, the
 * reason in brackets no part of it; the due moved is the units' of the
 * change clause, to whom its rest sends it; a reference to a part's item
 * that is no activity (第三部分第（一）项, a requirement) moves no
 * activity's day (before: the note changed nothing, and 第（一）项 alone
 * was taken for activity 一). */
START_TEST(a_forwarding_mail_amends_the_plan)
{
	json_t *plan = plan_from_text(forwarded_with_changes);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|全县启动仪式|2026-04-23|2026-04-23|09:30|县文化馆一楼多功能厅|县文化广电和旅游局|");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动安排|4月3日（星期五）下班前|2026-04-03|各乡镇、各成员单位|局公共服务股");
	json_decref(plan);
}
END_TEST

static const char day_programme[] =
	"某区2026年全国爱牙日活动方案\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年9月14日（星期一）至9月20日（星期日）。\n"
	"\n"
	"二、活动日程\n"
	"\n"
	"各项活动责任单位中排在首位的为牵头单位，其余为配合单位。\n"
	"\n"
	"9月14日（星期一）\n"
	"上午9:00—11:30　全区爱牙周启动仪式　地点：枫溪区人民广场　责任单位：局疾病预防控制科、区人民医院\n"
	"下午2:30—4:30　“健康口腔进校园”免费口腔检查活动（第一场）　地点：枫溪区实验小学　责任单位：区人民医院、区教育局\n"
	"\n"
	"9月15日（星期二）\n"
	"上午9:00—11:00　“健康口腔进校园”免费口腔检查活动（第二场）　地点：枫溪区望江路小学　责任单位：区人民医院、区教育局\n"
	"下午3:00—4:30　孕产妇口腔保健讲座活动　地点：同上　责任单位：区妇幼保健院\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各单位要高度重视。\n"
	"\n";

/* 9月14日（星期一） / 下午2:30—4:30　“…”活动（第一场）　地点：X　责任单位：A、B:
 * a programme's entry whose title ends with its session keeps it (before:
 * （第一场） was taken for its place, and with 地点： too the entry was
 * dropped); under 排在首位的为牵头单位 the first unit in charge leads; 地点：
 * 同上 is the entry above's place. */
START_TEST(a_day_programme_with_sessions_first_leads_and_same_place)
{
	json_t *plan = plan_from_text(day_programme);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|“健康口腔进校园”免费口腔检查活动（第一场）|2026-09-14|2026-09-14|14:30|枫溪区实验小学|区人民医院|区教育局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "-|孕产妇口腔保健讲座活动|2026-09-15|2026-09-15|15:00|枫溪区望江路小学|区妇幼保健院|");
	json_decref(plan);
}
END_TEST

/* ---- a second reading's findings, again ------------------------------------ */

/* The body of a plan whose activities' days, places and units an annex's
 * table a cell per line gives; each test adds the table's rows. */
#define ANNEX_PLAN_HEAD \
	"澴阳市2026年全国科技活动周活动方案\n" \
	"\n" \
	"一、活动时间\n" \
	"\n" \
	"2026年5月17日至23日。\n" \
	"\n" \
	"二、重点活动\n" \
	"\n" \
	"各项活动的具体时间、地点及牵头单位、配合单位详见附件1。\n" \
	"（一）科普讲座。邀请专家开展科普讲座。\n" \
	"（二）科技创新成果展。集中展示科技成果。\n" \
	"（三）科研机构开放日。向社会公众免费开放。\n" \
	"\n" \
	"三、工作要求\n" \
	"\n" \
	"各单位要高度重视。\n" \
	"\n" \
	"附件1\n" \
	"\n" \
	"重点活动安排表\n" \
	"\n" \
	"序号\n" \
	"活动名称\n" \
	"时间\n" \
	"地点\n" \
	"牵头单位\n" \
	"配合单位\n"

static const char annex_same_as_above[] = ANNEX_PLAN_HEAD
	"1\n"
	"科普讲座\n"
	"5月18日\n"
	"市科技馆报告厅\n"
	"市科协\n"
	"市教育局\n"
	"2\n"
	"科技创新成果展\n"
	"5月19日\n"
	"市会展中心\n"
	"市科技局\n"
	"市经济和信息化局\n"
	"3\n"
	"科研机构开放日\n"
	"5月20日\n"
	"同上\n"
	"同上\n"
	"市教育局\n"
	"\n";

static const char annex_wrapped_then_same[] = ANNEX_PLAN_HEAD
	"1\n"
	"科普讲座\n"
	"5月18日\n"
	"市科技馆报告厅\n"
	"市科协\n"
	"市教育局\n"
	"2\n"
	"科技创新成果展\n"
	"5月19日\n"
	"市会展中心\n"
	"二号馆\n"
	"市科技局\n"
	"市经济和信息化局\n"
	"3\n"
	"科研机构开放日\n"
	"5月20日\n"
	"同上\n"
	"市科技局\n"
	"市教育局\n"
	"\n";

static const char annex_plain_units[] = ANNEX_PLAN_HEAD
	"1\n"
	"科普讲座\n"
	"5月18日\n"
	"上午9:00\n"
	"市图书馆报告厅\n"
	"市图书馆\n"
	"市科协\n"
	"2\n"
	"科技创新成果展\n"
	"5月17日—23日\n"
	"市科技馆\n"
	"市科技局\n"
	"市经济和信息化局\n"
	"3\n"
	"科研机构开放日\n"
	"5月21日—22日\n"
	"澴阳学院\n"
	"澴阳学院\n"
	"各县（市、区）\n"
	"\n";

/* An annex's rows: 同上 in a units' column is units (the row is not
 * guessed for it); 同上 under a wrapped place is the place joined; a lone unit that is no office's name (市图书馆,
 * 澴阳学院) is still units. */
START_TEST(an_annex_schedules_same_as_above_and_plain_units)
{
	json_t *plan = plan_from_text(annex_same_as_above);
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "三|科研机构开放日|2026-05-20|2026-05-20|-|市会展中心|市科技局|市教育局");
	json_decref(plan);
	/* the row above wrapped its place (市会展中心 / 二号馆): joined, it is
	 * the place 同上 repeats */
	plan = plan_from_text(annex_wrapped_then_same);
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "三|科研机构开放日|2026-05-20|2026-05-20|-|市会展中心二号馆|市科技局|市教育局");
	json_decref(plan);
	plan = plan_from_text(annex_plain_units);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|科普讲座|2026-05-18|2026-05-18|09:00|市图书馆报告厅|市图书馆|市科协");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "三|科研机构开放日|2026-05-21|2026-05-22|-|澴阳学院|澴阳学院|各县（市、区）");
	json_decref(plan);
}
END_TEST

static const char table_time_to_be_told[] =
	"澴阳市2026年全国科技活动周活动方案\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年5月17日至23日。\n"
	"\n"
	"二、重点活动\n"
	"\n"
	"重点活动安排表\n"
	"\n"
	"序号\n"
	"活动名称\n"
	"时间\n"
	"地点\n"
	"牵头单位\n"
	"备注\n"
	"1\n"
	"青少年科普讲座\n"
	"另行通知\n"
	"市图书馆\n"
	"一楼报告厅\n"
	"市科协\n"
	"5月15日前报名\n"
	"2\n"
	"科技创新成果展\n"
	"5月17日—23日\n"
	"市科技馆\n"
	"市科技局\n"
	"免费参观\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各单位要高度重视。\n"
	"\n";

/* A row whose 时间 is 另行通知 and whose 备注 has a date (5月15日前报名):
 * its lines before that date are not its name (the row stays, its name
 * 青少年科普讲座). */
START_TEST(a_row_whose_only_date_is_a_remark_keeps_its_name)
{
	json_t *plan = plan_from_text(table_time_to_be_told);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "青少年科普讲座");
	json_decref(plan);
}
END_TEST

/* 责任单位：A，B，C with no word that the first leads: all lead; a title
 * X，邀请…授课（第一场） is X（第一场）; 4月24日市场监管局组织开展…: the
 * subject after the day leads; 调整为X（一楼多功能厅）因…尚未完工: the
 * bracket is the place's, the reason after it is not. */
START_TEST(lists_titles_subjects_and_reasons_read_as_written)
{
	json_t *plan = plan_from_text("某区2026年全国爱牙日活动方案\n一、活动时间\n2026年9月14日（星期一）至9月20日（星期日）。\n"
				      "二、活动日程\n9月14日（星期一）\n"
				      "上午9:00—11:30　全区爱牙周启动仪式　地点：枫溪区人民广场　责任单位：区卫生健康局，区教育局\n"
				      "下午2:30—4:30　口腔健康讲座，邀请专家授课（第一场）　地点：区图书馆　责任单位：区人民医院\n"
				      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "区卫生健康局、区教育局");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "口腔健康讲座（第一场）");
	json_decref(plan);
	plan = plan_from_text("某市2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、重点活动\n"
			      "（一）专利导航培训。4月24日市场监管局组织开展专利导航培训。\n"
			      "（二）知识产权讲座。4月25日下午3点半县知识产权局举办知识产权讲座。\n三、工作要求\n各单位要高度重视。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市场监管局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县知识产权局");
	json_decref(plan);
	char *mail = text_with(forwarded_with_changes, "调整为县文化馆一楼多功能厅（新馆南广场铺装工程尚未完工）",
			       "调整为县文化馆（一楼多功能厅）因南广场尚未完工");
	plan = plan_from_text(mail);
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "县文化馆（一楼多功能厅）");
	json_decref(plan);
	free(mail);
}
END_TEST

/* 二、活动安排。1、开幕式…。…各准备2、3个节目…。2、“晒秋”…: items typed
 * run on in one paragraph, each 1、2、 after a sentence's end, are items
 * (before: no activity); 2、3个 inside a sentence is none. */
START_TEST(items_run_on_in_one_paragraph)
{
	json_t *plan = plan_from_text("某乡2026年中国农民丰收节活动方案\n一、活动时间。2026年9月19日至9月24日。\n"
				      "二、活动安排。1、开幕式。9月23日（星期三）上午9点在乡政府前文化广场举行，各村各准备2、3个节目，"
				      "由乡党政综合办公室负责。2、农民趣味运动会。9月22日下午2点半在乡农民文化体育公园举行，"
				      "由乡中心学校负责、乡卫生院配合。\n三、工作要求。各村要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|开幕式|2026-09-23|2026-09-23|09:00|乡政府前文化广场|乡党政综合办公室|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|农民趣味运动会|2026-09-22|2026-09-22|14:30|乡农民文化体育公园|乡中心学校|乡卫生院");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round65");
	TCase *tc = tcase_create("round65");
	tcase_add_test(tc, a_field_of_work_is_no_activity_its_parts_are);
	tcase_add_test(tc, a_division_of_tasks_holds_the_activities);
	tcase_add_test(tc, a_focus_item_run_on_into_its_points);
	tcase_add_test(tc, a_wechat_post_with_marked_heads_and_lost_bold);
	tcase_add_test(tc, an_annex_schedule_a_cell_per_line_completes_the_body);
	tcase_add_test(tc, an_annex_markdown_schedule_with_same_as_above);
	tcase_add_test(tc, a_field_of_work_that_tells_its_event_stays_one);
	tcase_add_test(tc, a_division_of_standing_duties_or_beside_a_table_lists_no_activities);
	tcase_add_test(tc, a_focus_item_among_the_activities_is_none);
	tcase_add_test(tc, masked_surnames_are_no_bold);
	tcase_add_test(tc, a_caption_or_a_lone_bracketed_number_heads_nothing);
	tcase_add_test(tc, a_forwarding_mail_amends_the_plan);
	tcase_add_test(tc, a_day_programme_with_sessions_first_leads_and_same_place);
	tcase_add_test(tc, an_annex_schedules_same_as_above_and_plain_units);
	tcase_add_test(tc, a_row_whose_only_date_is_a_remark_keeps_its_name);
	tcase_add_test(tc, lists_titles_subjects_and_reasons_read_as_written);
	tcase_add_test(tc, items_run_on_in_one_paragraph);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
