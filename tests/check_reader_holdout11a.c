/* check_reader_holdout11a.c - habits of the genre that the hold-out
 * notices g83..g85 showed, each on a small text of its own: a 任务分工表
 * a cell per line, items written 第一项，…, and the like. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 序号 / 工作任务 / 具体内容 / 责任单位 / 完成时间, a cell per line: a
 * 任务分工表 names its items by the task and says what is done in the
 * 具体内容 cell; it is a table of activities like any other. */
START_TEST(a_task_table_a_cell_per_line)
{
	json_t *plan = plan_from_text("某县2027年爱眼日宣传活动方案\n一、活动时间\n2027年6月1日至6月10日。\n"
				 "二、主要任务\n详见附件。\n附件\n任务分工表\n"
				 "序号\n工作任务\n具体内容\n责任单位\n完成时间\n"
				 "1\n宣传发动\n开设专栏，刊播科普知识。\n县卫生健康局\n6月1日—6月10日\n"
				 "2\n义诊活动\n在县人民广场举办义诊。\n县人民医院\n6月6日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "宣传发动");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2027-06-01");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "义诊活动");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县人民医院");
	json_decref(plan);
}
END_TEST

/* 第一项，举行启动仪式。6月5日上午9:00，在…举行…。由X牵头，Y配合。: items
 * counted by 项, each a paragraph with its run-in name, read 一, 二 ... */
START_TEST(items_counted_by_xiang)
{
	json_t *plan = plan_from_text("某街道2027年安全生产月活动方案\n一、活动时间\n2027年6月1日至6月30日。\n"
				 "二、活动内容\n街道统筹开展以下两项重点活动。\n"
				 "第一项，举行启动仪式。6月5日上午9:00，在中心广场举行启动仪式。由街道应急管理办公室牵头，街道党政办公室配合。\n"
				 "第二项，组织网络答题。6月1日至6月30日，组织居民参加答题，由街道党政办公室负责。\n"
				 "三、工作要求\n（一）强化责任落实。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|举行启动仪式|2027-06-05|2027-06-05|09:00|中心广场|街道应急管理办公室|街道党政办公室");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "组织网络答题");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "二");
	json_decref(plan);
}
END_TEST

/* 第三项，开展隐患排查整治。一是6月8日至6月19日，对…开展排查，由X负责；
 * 二是6月15日至6月26日，对…开展检查，由Y牵头，Z配合。: the item whose
 * text is its parts has no date of its own (its parts' days are theirs). */
START_TEST(an_item_of_parts_takes_no_date_from_them)
{
	json_t *plan = plan_from_text("某街道2027年安全生产月活动方案\n一、活动时间\n2027年6月1日至6月30日。\n"
				 "二、活动内容\n（一）开展隐患排查整治。一是6月8日至6月19日，对出租屋开展消防安全隐患排查，由街道综合行政执法队负责；"
				 "二是6月15日至6月26日，对餐饮场所开展燃气专项检查，由街道城市管理办公室牵头，街道规划建设办公室配合。\n"
				 "三、工作要求\n（一）强化责任落实。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "开展隐患排查整治");
	ck_assert_ptr_null(field(plan_activity(plan, 0), "start"));
	ck_assert_ptr_null(field(plan_activity(plan, 0), "end"));
	json_decref(plan);
}
END_TEST

/* 一是6月8日至6月19日，对出租屋开展排查，由X负责: a part that opens with
 * its days has them, and its name is the clause after them. */
START_TEST(a_part_that_opens_with_its_days)
{
	json_t *plan = plan_from_text("某街道2027年安全生产月活动方案\n一、活动时间\n2027年6月1日至6月30日。\n"
				 "二、活动内容\n（一）开展隐患排查整治。一是6月8日至6月19日，对出租屋开展消防安全隐患排查，由街道综合行政执法队负责；"
				 "二是6月15日至6月26日，对餐饮场所开展燃气专项检查，由街道城市管理办公室牵头，街道规划建设办公室配合。\n"
				 "三、工作要求\n（一）强化责任落实。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "一.1|对出租屋开展消防安全隐患排查|2027-06-08|2027-06-19|-|-|街道综合行政执法队|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "一.2|对餐饮场所开展燃气专项检查|2027-06-15|2027-06-26|-|-|街道城市管理办公室|街道规划建设办公室");
	json_decref(plan);
}
END_TEST

/* 三、活动安排 （一）总体安排 (prose) （二）重点活动 1.…2.: an overview and
 * the sub-heading over the items are no activities, and the items under
 * it are numbered alone. */
START_TEST(sub_headings_overview_and_key_activities)
{
	json_t *plan = plan_from_text("某市2027年国家安全教育日宣传活动方案\n一、活动时间\n2027年4月10日至4月20日。\n"
				 "二、活动安排\n（一）总体安排\n各县（市、区）要围绕活动主题，广泛开展宣传教育活动。\n"
				 "（二）重点活动\n市级层面重点组织开展以下2项活动。\n"
				 "1.启动仪式\n【时间】4月15日上午9:30\n【地点】市民广场\n【责任单位】市委政法委\n"
				 "2.主题展览\n【时间】4月10日至4月20日\n【地点】市图书馆\n【责任单位】市国家安全局\n"
				 "三、工作要求\n（一）加强组织领导。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "1");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "启动仪式");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "2");
	json_decref(plan);
}
END_TEST

/* 1.启动仪式 / 【时间】… / 【地点】… / 【责任单位】X（牵头）、Y: fields
 * labelled in brackets, one a line, are the item's fields; a label met
 * inside a line starts a field of its own. */
START_TEST(fields_labelled_in_brackets)
{
	json_t *plan = plan_from_text("某市2027年国家安全教育日宣传活动方案\n一、活动时间\n2027年4月10日至4月20日。\n"
				 "二、重点活动\n"
				 "1.启动仪式\n【时间】4月15日上午9:30\n【地点】市民广场\n【责任单位】市委政法委（牵头）、市公安局\n"
				 "2.微视频展播\n【时间】4月14日至4月20日\n【地点】市广播电视台【责任单位】市委政法委、市广播电视台\n"
				 "三、工作要求\n（一）加强组织领导。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|启动仪式|2027-04-15|2027-04-15|09:30|市民广场|市委政法委|市公安局");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "市广播电视台");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "市委政法委、市广播电视台");
	json_decref(plan);
}
END_TEST

/* 组　长：街道党工委书记李卫东  街道办事处主任张海燕 / 副组长：…部长杨  晓:
 * several persons on a label's line, each a post glued to a name, apart
 * by two spaces; a name spaced out inside is one name. */
START_TEST(persons_glued_to_posts_apart_by_wide_gaps)
{
	json_t *plan = plan_from_text("某街道2027年安全生产月活动方案\n一、活动时间\n2027年6月1日至6月30日。\n"
				 "二、组织领导\n街道成立活动领导小组，组成人员如下：\n"
				 "组　长：街道党工委书记李卫东  街道办事处主任张海燕\n"
				 "副组长：街道党工委委员、办事处副主任刘建军  街道武装部部长杨  晓\n"
				 "成　员：街道应急管理办公室主任周斌  街道综合行政执法队队长吴新华\n"
				 "三、活动内容\n（一）举行启动仪式。6月5日上午在中心广场举行。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "街道党工委书记李卫东、街道办事处主任张海燕");
	ck_assert_str_eq(names(c, "vice_chair"), "街道党工委委员、办事处副主任刘建军、街道武装部部长杨晓");
	ck_assert_str_eq(names(c, "members"), "街道应急管理办公室主任周斌、街道综合行政执法队队长吴新华");
	json_decref(plan);
}
END_TEST

/* 请于6月3日前将名单报街道安委办邮箱（x@y.com）: the unit's mailbox, its
 * address in brackets after it, is where it goes, labelled as a mailbox. */
START_TEST(a_units_mailbox_with_its_address_in_brackets)
{
	json_t *plan = plan_from_text("某街道2027年安全生产月活动方案\n一、活动时间\n2027年6月1日至6月30日。\n"
				 "二、活动内容\n（一）举行启动仪式。6月5日上午在中心广场举行。\n"
				 "三、工作要求\n（一）强化责任落实。各社区要明确专人负责。请于6月3日前将活动联络员名单报街道安委办邮箱（gyjd@126.com）。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "submit_to"),
			 "街道安委办（邮箱：gyjd@126.com）");
	json_decref(plan);
}
END_TEST

/* 1 / 宣传发动 / 开设专栏，刊播公益广告县卫生健康局、县融媒体中心5月25日—6月10日:
 * a PDF copy that glued a row's units and dates to its content cell; the
 * dates that end the line and the units glued before them are cells of
 * their own. A cell that is a list of units stays whole. */
START_TEST(cells_glued_to_the_content_cell)
{
	json_t *plan = plan_from_text("某县2027年爱眼日宣传活动方案\n一、活动时间\n2027年5月25日至6月10日。\n"
				 "二、主要任务\n详见附件。\n附件\n任务分工表\n"
				 "序号\n工作任务\n具体内容\n责任单位\n完成时间\n"
				 "1\n宣传发动\n通过县融媒体中心、微信公众号开设专栏，刊播眼健康科普知识和公益广告县卫生健康局、县融媒体中心5月25日—6月10日\n"
				 "2\n视力筛查\n对学生开展一次视力筛查，筛查结果及时反馈家长县教育体育局、各乡镇（街道）卫生院6月5日\n"
				 "3\n防灾演练\n市应急管理局、市住房城乡建设局6月8日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|宣传发动|2027-05-25|2027-06-10|-|-|县卫生健康局、县融媒体中心|");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县教育体育局、各乡镇（街道）卫生院");
	ck_assert_str_eq(field(plan_activity(plan, 1), "end"), "2027-06-05");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)), "3|防灾演练|2027-06-08|2027-06-08|-|-|市应急管理局、市住房城乡建设局|");
	json_decref(plan);
}
END_TEST

/* 工作任务 / 具体内容 / 责任单位 / 完成时间, no column of the hour or the
 * place: the 具体内容 cell says them (6月6日上午8:30在县人民广场举办…);
 * 以班级为单位 after the place is the manner, not the place. */
START_TEST(the_hour_and_place_in_the_content_cell)
{
	json_t *plan = plan_from_text("某县2027年爱眼日宣传活动方案\n一、活动时间\n2027年5月25日至6月10日。\n"
				 "二、主要任务\n详见附件。\n附件\n任务分工表\n"
				 "序号\n工作任务\n具体内容\n责任单位\n完成时间\n"
				 "1\n义诊活动\n6月6日上午8:30在县人民广场举办主题宣传义诊活动。\n县卫生健康局\n6月6日\n"
				 "2\n主题班会\n在全县各中小学校以班级为单位开展主题班会。\n县教育体育局\n6月1日—6月5日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|义诊活动|2027-06-06|2027-06-06|08:30|县人民广场|县卫生健康局|");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "全县各中小学校");
	json_decref(plan);
}
END_TEST

/* 8 / 总结报送 / 各责任单位认真总结…，形成书面总结报县卫生健康局 / 各责任单位 /
 * 活动结束后5个工作日内: a task table's report row is a deadline, not an
 * activity (its last cells glued to the content as a PDF copy leaves them). */
START_TEST(a_task_tables_report_row_is_a_deadline)
{
	json_t *plan = plan_from_text("某县2026年爱眼日宣传活动方案\n一、活动时间\n2026年5月25日至6月10日。\n"
				 "二、主要任务\n详见附件。\n附件\n任务分工表\n"
				 "序号\n工作任务\n具体内容\n责任单位\n完成时间\n"
				 "1\n义诊活动\n在县人民广场举办义诊。\n县卫生健康局\n6月6日\n"
				 "2\n总结报送\n各责任单位认真总结活动开展情况，形成书面总结（附照片3至5张）报县卫生健康局疾控股"
				 "各责任单位活动结束后5个工作日内\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送书面总结（附照片3至5张）|活动结束后5个工作日内|-|各责任单位|县卫生健康局疾控股");
	json_t *rel = json_object_get(json_array_get(json_object_get(plan, "deadlines"), 0), "relative");
	ck_assert_str_eq(field(rel, "anchor"), "campaign_end");
	json_decref(plan);
}
END_TEST

/* …将名单报县卫生健康局疾控股，各中小学校、幼儿园同时报县教育体育局体卫艺股:
 * the same thing sent to a second recipient by those the clause names is
 * a second row with the same date. */
START_TEST(a_second_recipient_tongshi_bao)
{
	json_t *plan = plan_from_text("某县2026年爱眼日宣传活动方案\n一、活动时间\n2026年5月25日至6月10日。\n"
				 "二、活动内容\n（一）义诊。6月6日在县人民广场举办义诊。\n"
				 "三、工作要求\n（一）加强组织协调。请各乡镇卫生院于5月27日前将联络员名单报县卫生健康局疾控股，"
				 "各中小学校、幼儿园同时报县教育体育局体卫艺股。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送联络员名单|5月27日前|2026-05-27|各乡镇卫生院|县卫生健康局疾控股");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送联络员名单|5月27日前|2026-05-27|各中小学校、幼儿园|县教育体育局体卫艺股");
	json_decref(plan);
}
END_TEST

/* 完成时间 6月5日前 in a task table: the day the work is done by, not a
 * day it takes place; no start is invented. */
START_TEST(a_done_by_day_in_a_task_table)
{
	json_t *plan = plan_from_text("某县2026年爱眼日宣传活动方案\n一、活动时间\n2026年5月25日至6月10日。\n"
				 "二、主要任务\n详见附件。\n附件\n任务分工表\n"
				 "序号\n工作任务\n具体内容\n责任单位\n完成时间\n"
				 "1\n视力筛查\n对学生开展一次视力筛查。\n县教育体育局\n6月5日前\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_ptr_null(field(plan_activity(plan, 0), "start"));
	json_decref(plan);
}
END_TEST

/* 自6月起，各社区居委会于每月25日前将台账报街道安委办: a clause of when
 * (from a month on) opens the sentence; who sends is after it. */
START_TEST(who_after_a_clause_from_a_month_on)
{
	json_t *plan = plan_from_text("某街道2026年安全生产月活动方案\n一、活动时间\n2026年6月1日至6月30日。\n"
				 "二、活动内容\n（一）启动仪式。6月5日在中心广场举行。\n"
				 "三、工作要求\n（一）突出问题导向。自6月起，各社区居委会于每月25日前将隐患排查整治台账报街道安委办。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送隐患排查整治台账|每月25日前|-|各社区居委会|街道安委办");
	json_decref(plan);
}
END_TEST

/* 4月15日当天16:00前，X要将…报送Y: the day written before 当天 is part of
 * the rule as written. */
START_TEST(a_same_day_rule_keeps_its_date)
{
	json_t *plan = plan_from_text("某市2026年国家安全教育日宣传活动方案\n一、活动时间\n2026年4月10日至4月20日。\n"
				 "二、重点活动\n（一）启动仪式。4月15日在市民广场举行。\n"
				 "三、工作要求\n（一）注重实效。4月15日当天16:00前，各县委政法委要将当日活动开展情况报送市委政法委宣传教育科。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送当日活动开展情况|4月15日当天16:00前|2026-04-15|各县委政法委|市委政法委宣传教育科");
	json_decref(plan);
}
END_TEST

/* 责任单位：各县（市、区）委政法委，市司法局负责指导: the units with no
 * word of their role before a clause of units that guide lead; the
 * guiding unit cooperates, without its verb. */
START_TEST(unmarked_units_before_a_guiding_clause_lead)
{
	json_t *plan = plan_from_text("某市2026年国家安全教育日宣传活动方案\n一、活动时间\n2026年4月10日至4月20日。\n"
				 "二、重点活动\n1.法治宣讲\n时间：4月16日至4月18日\n"
				 "责任单位：各县（市、区）委政法委，市司法局负责指导\n"
				 "三、工作要求\n（一）加强组织领导。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "各县（市、区）委政法委");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "市司法局");
	json_decref(plan);
}
END_TEST

/* 6月22日至6月26日，各社区居委会、辖区各生产经营单位结合实际，组织开展应急演练。
 * 街道应急管理办公室负责指导。: with no 由…牵头, the units the sentence
 * opens with (a list of two, longer than one name) lead. */
START_TEST(a_list_of_subjects_leads)
{
	json_t *plan = plan_from_text("某街道2026年安全生产月活动方案\n一、活动时间\n2026年6月1日至6月30日。\n"
				 "二、活动内容\n（一）开展应急演练。6月22日至6月26日，各社区居委会、辖区各生产经营单位结合实际，"
				 "组织开展应急演练。街道应急管理办公室负责指导。\n"
				 "三、工作要求\n（一）强化责任落实。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "各社区居委会、辖区各生产经营单位");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "街道应急管理办公室");
	json_decref(plan);
}
END_TEST

/* 东湖市江南区桂园街道安全生产委员会办公室: a town's own committee is a
 * body of the town, so the town is the notice's region. */
START_TEST(a_towns_own_committee_makes_it_the_region)
{
	json_t *plan = plan_from_text("东湖市江南区桂园街道安全生产委员会办公室\n桂街安委办〔2027〕7号\n"
				 "桂园街道2027年“安全生产月”活动方案\n一、活动时间\n2027年6月1日至6月30日。\n"
				 "二、活动内容\n（一）举行启动仪式。6月5日上午在中心广场举行。\n");
	ck_assert_str_eq(field(plan, "region"), "桂园街道");
	json_decref(plan);
}
END_TEST

/* 东湖市江南区桂园街道安全生产委员会办公室 called 街道安委办: a town's
 * body named past its city and district, its level 街道, and the 委员会
 * 办公室 shortened to 委办 (安委办) as well as to 办 (禁毒办). */
START_TEST(a_towns_anweiban_is_its_issuer)
{
	json_t *plan = plan_from_text("东湖市江南区桂园街道安全生产委员会办公室\n桂街安委办〔2027〕7号\n"
				 "桂园街道2027年“安全生产月”活动方案\n一、活动时间\n2027年6月1日至6月30日。\n"
				 "二、活动内容\n（一）举行启动仪式。6月5日上午在中心广场举行，所需资料由街道安委办统一印制。\n");
	json_t *unit = json_array_get(json_object_get(plan, "units"), 0);
	ck_assert_ptr_nonnull(unit);
	ck_assert_str_eq(names(unit, "aliases"), "街道安委办");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 11 (g83-g85)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_task_table_a_cell_per_line);
	tcase_add_test(tc, items_counted_by_xiang);
	tcase_add_test(tc, an_item_of_parts_takes_no_date_from_them);
	tcase_add_test(tc, a_part_that_opens_with_its_days);
	tcase_add_test(tc, sub_headings_overview_and_key_activities);
	tcase_add_test(tc, fields_labelled_in_brackets);
	tcase_add_test(tc, persons_glued_to_posts_apart_by_wide_gaps);
	tcase_add_test(tc, a_units_mailbox_with_its_address_in_brackets);
	tcase_add_test(tc, cells_glued_to_the_content_cell);
	tcase_add_test(tc, the_hour_and_place_in_the_content_cell);
	tcase_add_test(tc, a_task_tables_report_row_is_a_deadline);
	tcase_add_test(tc, a_second_recipient_tongshi_bao);
	tcase_add_test(tc, a_done_by_day_in_a_task_table);
	tcase_add_test(tc, who_after_a_clause_from_a_month_on);
	tcase_add_test(tc, a_same_day_rule_keeps_its_date);
	tcase_add_test(tc, unmarked_units_before_a_guiding_clause_lead);
	tcase_add_test(tc, a_list_of_subjects_leads);
	tcase_add_test(tc, a_towns_own_committee_makes_it_the_region);
	tcase_add_test(tc, a_towns_anweiban_is_its_issuer);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
