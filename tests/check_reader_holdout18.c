/* check_reader_holdout18.c - habits of the genre that the hold-out
 * notices g118..g122 showed, each on a small text of its own: a section
 * whose items are circled numbers, a committee's labels with the body's
 * name before the role, the thing sent by the second 将 of a sentence. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 四、活动内容 / ① 启动活动 / 时间：5.15（周五）上午9:30 …: circled numbers
 * that are a section's only items are its items, numbered in digits;
 * dates written with a dot (5.15, 5.11—5.16) read; 责任单位：X负责，Y协办
 * gives X the lead and Y the help (协办 is no label without its colon). */
START_TEST(circled_items_of_a_section)
{
	json_t *plan = plan_from_text(
		"关于开展2027年防治碘缺乏病日活动的通知\n一、活动时间\n2027.5.10—2027.5.16\n二、活动内容\n"
		"① 启动活动\n时间：5.15（周六）上午9:30\n地点：人民广场\n责任单位：旗疾控中心\n"
		"② 入户宣传\n时间：5.10—5.14\n地点：各嘎查村\n责任单位：委机关疾控股负责，旗融媒体中心协办\n"
		"三、工作要求\n（一）加强领导。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|启动活动|2027-05-15|2027-05-15|09:30|人民广场|旗疾控中心|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|入户宣传|2027-05-10|2027-05-14|-|各嘎查村|委机关疾控股|旗融媒体中心");
	json_decref(plan);
}
END_TEST

/* Items that are ①② under a numbered item stay its parts: the section
 * has items of its own level. */
START_TEST(circled_parts_under_an_item_stay_parts)
{
	json_t *plan = plan_from_text(
		"关于开展2027年防治碘缺乏病日活动的通知\n一、活动时间\n2027年5月10日至16日\n二、活动内容\n"
		"（一）启动活动。5月15日上午在人民广场举行。由旗疾控中心负责。\n"
		"①发放宣传折页；\n②开展咨询。\n"
		"三、工作要求\n（一）加强领导。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	json_decref(plan);
}
END_TEST

/* 专班组长：, 专班副组长：, 专班成员：: the role with the body's name before
 * it is the role. */
START_TEST(committee_labels_with_the_bodys_name)
{
	json_t *plan = plan_from_text(
		"关于开展2027年防治碘缺乏病日活动的通知\n一、活动时间\n2027年5月10日至16日\n二、组织领导\n"
		"成立工作专班。\n专班组长：旗卫健委主任　那日苏\n专班副组长：旗卫健委副主任　吴　静\n"
		"专班成员：旗人民医院、旗蒙医医院\n"
		"三、活动内容\n（一）启动活动。5月15日上午在人民广场举行。由旗疾控中心负责。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "旗卫健委主任那日苏");
	ck_assert_str_eq(names(c, "vice_chair"), "旗卫健委副主任吴静");
	ck_assert_str_eq(names(c, "members"), "旗人民医院、旗蒙医医院");
	json_decref(plan);
}
END_TEST

/* 各单位要将X作为Y，于5月8日前将本单位具体活动安排报Z: the thing sent is
 * put by the 将 whose clause reaches the verb; a sealed paper copy
 * (纸质版加盖公章) is how it is sent, not what. */
START_TEST(the_thing_sent_by_the_second_jiang)
{
	json_t *plan = plan_from_text(
		"关于开展2027年防治碘缺乏病日活动的通知\n一、活动时间\n2027年5月10日至16日\n二、工作要求\n"
		"（一）各单位要将宣传活动作为巩固防治成果的重要抓手，于5月7日前将本单位具体活动安排报旗疾控中心。\n"
		"（二）活动结束后5个工作日内，各单位将活动总结纸质版加盖公章报送旗疾控中心。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_str_eq(field(json_array_get(dls, 0), "what"), "报送本单位具体活动安排");
	ck_assert_str_eq(field(json_array_get(dls, 1), "what"), "报送活动总结");
	json_decref(plan);
}
END_TEST

/* A school's schedule by day: a day line, then a title on its own line over
 * its fields a line each (时间：早操时间（7:50—8:20）, 负责部门：X　　责任人：Y,
 * 配合：Z after a wide space); the week the school decides
 * (决定在第十四周（11月30日—12月4日）开展) is the period; a 领导小组 of
 * 姓名（职务） entries a wide space apart, and 下设办公室在X. */
START_TEST(a_schools_schedule_of_titled_blocks)
{
	json_t *plan = plan_from_text(
		"某县第二小学2027年全国交通安全日主题教育活动方案\n"
		"学校决定在第十四周（11月29日—12月3日）开展主题教育活动。\n"
		"一、领导小组\n组　长：马建军（校长）\n副组长：丁　红（副校长）　　杨志武（副校长）\n"
		"成　员：马晓东（政教主任）　海　燕（教务主任）及各年级组长\n领导小组下设办公室在政教处。\n"
		"二、活动安排\n"
		"11月29日（周一）\n升旗仪式暨活动启动\n时间：早操时间（7:50—8:20）\n地点：学校操场\n"
		"负责部门：政教处　　责任人：马晓东\n内容：国旗下讲话。\n"
		"12月1日（周三）\n“交警进校园”法治讲座\n时间：大课间（9:40）\n地点：学校报告厅\n"
		"负责部门：政教处　　配合：县公安局交通管理大队\n"
		"三、工作要求\n1. 各班主任要高度重视。\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2027-11-29");
	ck_assert_str_eq(field(period, "end"), "2027-12-03");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "-|升旗仪式暨活动启动|2027-11-29|2027-11-29|07:50|学校操场|政教处|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|“交警进校园”法治讲座|2027-12-01|2027-12-01|09:40|学校报告厅|政教处|县公安局交通管理大队");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "vice_chair"), "丁红（副校长）、杨志武（副校长）");
	ck_assert_str_eq(names(c, "members"), "马晓东（政教主任）、海燕（教务主任）、各年级组长");
	ck_assert_str_eq(names(c, "office"), "政教处");
	json_decref(plan);
}
END_TEST

/* （四）“税务开放日”活动（牵头：市局办公室；配合：各县（市、区）税务局）:
 * the roles in the bracket closing the heading (brackets inside it
 * counted) are the item's units, not its title; 国家税务总局辉河市税务局
 * is the region 辉河市's, and 市局 its short name. */
START_TEST(roles_closing_a_heading_and_a_vertical_bureau)
{
	json_t *plan = plan_from_text(
		"国家税务总局辉河市税务局\n关于开展2027年税收宣传月活动的通知\n一、活动时间\n2027年4月1日至30日\n二、活动内容\n"
		"（一）“税务开放日”活动（牵头：市局办公室；配合：各县（市、区）税务局）\n"
		"4月15日，在市局办税服务厅开展开放日活动。\n");
	ck_assert_str_eq(field(plan, "region"), "辉河市");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|“税务开放日”活动|2027-04-15|2027-04-15|-|市局办税服务厅|市局办公室|各县（市、区）税务局");
	json_decref(plan);
}
END_TEST

/* 一、宣传时间 (a publicity campaign's own word for it) heads the period
 * as 活动时间 does. */
START_TEST(a_publicity_period_heading)
{
	json_t *plan = plan_from_text("关于开展2027年征兵宣传活动的通知\n一、宣传时间\n2027年4月20日至6月30日，分三个阶段进行。\n"
				 "二、宣传主题\n“一人参军、全家光荣”。\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2027-04-20");
	ck_assert_str_eq(field(period, "end"), "2027-06-30");
	ck_assert_str_eq(field(plan, "theme"), "一人参军、全家光荣");
	json_decref(plan);
}
END_TEST

/* …报县水务局办公室，邮箱hyx@163.com。: the mailbox written straight after
 * its word, no colon, is the recipient's. */
START_TEST(a_mailbox_without_a_colon_after_the_recipient)
{
	json_t *plan = plan_from_text("关于开展2027年中国水周宣传活动的通知\n一、活动时间\n2027年3月22日至28日\n二、工作要求\n"
				 "各乡镇要于3月18日前将联络员回执报县水务局办公室，邮箱hyxswj2027@163.com。\n");
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "submit_to"), "县水务局办公室（邮箱：hyxswj2027@163.com）");
	json_decref(plan);
}
END_TEST

/* 四、活动安排 / 具体如下表： / a table copied as tabs (a 联系人及电话 column,
 * a U+3000 inside its cells: 林晓燕　139…, 吴　俊) / 有关活动说明如下：
 * （一）…（二）: the table's rows are the activities; the items after it
 * only explain them. */
START_TEST(a_tab_table_before_the_items_that_explain_it)
{
	json_t *plan = plan_from_text(
		"关于开展2027年世界读书日活动的通知\n一、活动时间\n2027年4月18日至30日\n二、活动安排\n具体如下表：\n"
		"序号\t活动名称\t时间\t地点\t承办单位\t联系人及电话\n"
		"1\t启动仪式\t4月23日上午9:00\t县图书馆一楼大厅\t县图书馆\t林晓燕　13905961234\n"
		"2\t少儿讲故事比赛\t4月24日14:30\t县图书馆少儿阅览室\t县图书馆、县教育局\t吴　俊　0596-7823351\n"
		"有关活动说明如下：\n（一）启动仪式。现场发布年度阅读报告。\n（二）少儿讲故事比赛。比赛分两个组。\n"
		"三、工作要求\n（一）精心组织。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|启动仪式|2027-04-23|2027-04-23|09:00|县图书馆一楼大厅|县图书馆|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|少儿讲故事比赛|2027-04-24|2027-04-24|14:30|县图书馆少儿阅览室|县图书馆、县教育局|");
	/* the 联系人及电话 column: whom to call, each once */
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(contacts), 2);
	ck_assert_str_eq(field(json_array_get(contacts, 0), "name"), "林晓燕");
	ck_assert_str_eq(field(json_array_get(contacts, 0), "phone"), "13905961234");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "name"), "吴俊");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "phone"), "0596-7823351");
	json_decref(plan);
}
END_TEST

/* 四、活动安排 with no numbers, each paragraph a short title, its 。, then
 * its date: each an activity without a number; one such paragraph alone
 * is prose. */
START_TEST(titled_paragraphs_of_a_section_without_numbers)
{
	json_t *plan = plan_from_text(
		"关于开展2027年国家宪法日系列活动的通知\n一、活动时间\n2027年12月1日至12月7日\n二、活动安排\n"
		"宪法宣誓暨学习会。12月4日上午9:30，在街道党群服务中心举行。由街道党政办公室牵头，街道平安办配合。\n"
		"法律服务进社区。12月4日全天，在各居民区设立法律咨询点。由长风桥司法所负责。\n"
		"三、工作要求\n（一）精心组织。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|宪法宣誓暨学习会|2027-12-04|2027-12-04|09:30|街道党群服务中心|街道党政办公室|街道平安办");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "-|法律服务进社区|2027-12-04|2027-12-04|-|各居民区|长风桥司法所|");
	json_decref(plan);
}
END_TEST

/* 主责单位：X / 协同单位：Y, Z: the unit answerable for an item leads and
 * those beside it cooperate. */
START_TEST(answerable_and_concurrent_unit_labels)
{
	json_t *plan = plan_from_text(
		"关于开展2027年消防宣传活动的通知\n一、活动时间\n2027年11月1日至30日\n二、活动安排\n"
		"（一）消防开放日\n时间：11月9日上午9:00\n地点：县消防救援大队\n主责单位：县消防救援大队\n"
		"协同单位：县应急管理局、县融媒体中心\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县消防救援大队");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县应急管理局、县融媒体中心");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 18");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, circled_items_of_a_section);
	tcase_add_test(tc, circled_parts_under_an_item_stay_parts);
	tcase_add_test(tc, committee_labels_with_the_bodys_name);
	tcase_add_test(tc, the_thing_sent_by_the_second_jiang);
	tcase_add_test(tc, a_schools_schedule_of_titled_blocks);
	tcase_add_test(tc, roles_closing_a_heading_and_a_vertical_bureau);
	tcase_add_test(tc, a_publicity_period_heading);
	tcase_add_test(tc, a_mailbox_without_a_colon_after_the_recipient);
	tcase_add_test(tc, a_tab_table_before_the_items_that_explain_it);
	tcase_add_test(tc, titled_paragraphs_of_a_section_without_numbers);
	tcase_add_test(tc, answerable_and_concurrent_unit_labels);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
