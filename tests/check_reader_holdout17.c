/* check_reader_holdout17.c - habits of the genre that the hold-out
 * notices g113..g117 showed, each on a small text of its own: roles in
 * brackets written short, a 系列活动 heading over numbered items beside
 * sections that are activities, a committee's roles run into one
 * paragraph, a duty counted in working days from the issue date. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* （牵头：X；参与：Y、Z） after an item's text: the roles alone as labels,
 * as （牵头单位：X；配合单位：Y） are read. */
START_TEST(roles_in_brackets_written_short)
{
	json_t *plan = plan_from_text(
		"关于开展2027年食品安全宣传周活动的通知\n一、活动时间\n2027年6月21日至27日\n二、活动内容\n"
		"（一）网络竞答\n6月21日至27日，开展网络竞答。（牵头：区委宣传部；参与：区市场监管局、区融媒体中心）\n"
		"（二）快检服务\n6月22日上午，在农贸市场设置快检点。（牵头：区农业农村局；配合：区市场监管局）\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|网络竞答|2027-06-21|2027-06-27|-|-|区委宣传部|区市场监管局、区融媒体中心");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "区农业农村局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "区市场监管局");
	json_decref(plan);
}
END_TEST

/* （一）主场活动 (an activity) （二）系列活动 / a line announcing them / 1. 2.
 * （三）…: the 系列活动 heading groups its items (二.1, 二.2), since its
 * siblings are activities; the line that only announces them is nothing
 * of its own. */
START_TEST(a_series_heading_beside_activities_groups_its_items)
{
	json_t *plan = plan_from_text(
		"关于开展2027年食品安全宣传周活动的通知\n一、活动时间\n2027年6月21日至27日\n二、活动内容\n"
		"（一）主场活动\n6月21日上午9:00，在区人民广场举办主场活动。由区市场监管局负责。\n"
		"（二）系列活动\n宣传周期间，各成员单位组织开展以下系列活动：\n"
		"1.你点我检。6月22日在农贸市场开展。由区农业农村局负责。\n"
		"2.进校园。6月23日在各中小学校开展。由区教育局负责。\n"
		"（三）网络竞答\n6月21日至27日，开展网络竞答。由区委宣传部负责。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 4);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "二.1");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "二.2");
	ck_assert_str_eq(field(plan_activity(plan, 3), "no"), "三");
	json_decref(plan);
}
END_TEST

/* 成立…组委会。主任单位：X；副主任单位：Y、Z；成员单位：A、B。组委会办公室设在C，…:
 * the roles of one paragraph read as label lines, and the office after. */
START_TEST(a_committees_roles_run_into_one_paragraph)
{
	json_t *plan = plan_from_text(
		"关于开展2027年食品安全宣传周活动的通知\n一、活动时间\n2027年6月21日至27日\n二、组织机构\n"
		"为加强组织领导，成立宣传周活动组委会。主任单位：区食安办；副主任单位：区市场监管局、区农业农村局；"
		"成员单位：区委宣传部、区教育局。组委会办公室设在区市场监管局食品安全协调股，负责统筹协调。\n"
		"三、活动内容\n（一）主场活动\n6月21日在区人民广场举办。由区市场监管局负责。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "区食安办");
	ck_assert_str_eq(names(c, "vice_chair"), "区市场监管局、区农业农村局");
	ck_assert_str_eq(names(c, "members"), "区委宣传部、区教育局");
	ck_assert_str_eq(names(c, "office"), "区市场监管局食品安全协调股");
	json_decref(plan);
}
END_TEST

/* 请于本通知印发之日起3个工作日内…报…: with the store's calendar the due
 * day is three working days after the issue date (2026-06-16, a Tuesday:
 * 06-17, 06-18, then 06-19 is the 端午 holiday and 06-22 the third);
 * without one by the official arrangement the program carries. */
START_TEST(a_duty_counted_in_working_days_from_the_issue_date)
{
	static const char text[] =
		"关于开展2026年食品安全宣传周活动的通知\n一、活动时间\n2026年6月22日至28日\n"
		"二、工作要求\n请各成员单位于本通知印发之日起3个工作日内将联络员名单报组委会办公室。\n"
		"某区食品安全委员会办公室\n2026年6月16日\n";
	wp_store *st = open_memory();
	wp_notice_hints hints = {0, WP_DATE_NONE, WP_DATE_NONE, NULL, wp_store_calendar(st)};
	wp_notice_report report;
	wp_err err;
	char *out = wp_notice_read_hinted(text, strlen(text), &hints, &report, &err);
	ck_assert_msg(out != NULL, "%s", err.msg);
	json_t *plan = json_loads(out, 0, NULL);
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "rule"), "本通知印发之日起3个工作日内");
	ck_assert_str_eq(field(dl, "due"), "2026-06-22");
	json_decref(plan);
	free(out);
	wp_notice_report_free(&report);
	wp_store_close(st);
	/* without a store, by the official arrangement the program carries */
	json_t *bare = plan_from_text(text);
	ck_assert_str_eq(field(json_array_get(json_object_get(bare, "deadlines"), 0), "due"), "2026-06-22");
	json_decref(bare);
}
END_TEST

/* 牵头单位：X　　责任单位：X、Y、Z on one line: X leads; the units the
 * 责任单位 list adds cooperate (X, named again, leads only). */
START_TEST(a_lead_and_a_duty_list_on_one_line)
{
	json_t *plan = plan_from_text(
		"关于印发2027年国家安全教育日宣传教育工作方案的通知\n一、活动时间\n2027年4月1日至30日\n三、主要活动\n"
		"（一）启动仪式\n4月15日上午9:00在市民广场举行。\n"
		"牵头单位：市委政法委　　责任单位：市委政法委、市国家安全局、市公安局\n"
		"（二）进校园\n4月16日在各中小学校开展。\n"
		"牵头单位：市教育局　　责任单位：团市委\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市委政法委");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "市国家安全局、市公安局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "市教育局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "团市委");
	json_decref(plan);
}
END_TEST

/* 四、教育重点 (二、宣传推介重点) holds the campaign's focuses as 宣传重点
 * does; 涉及多个单位的活动由排在首位的单位负责牵头 makes the first unit
 * of each list lead and the others cooperate. */
START_TEST(an_education_focus_and_the_first_unit_leading)
{
	json_t *plan = plan_from_text(
		"关于开展2027年中小学生安全教育日活动的通知\n一、活动时间\n2027年3月29日至4月2日\n"
		"二、教育重点\n（一）防溺水教育。讲解防溺水常识。\n（二）交通安全教育。讲解乘车安全。\n"
		"三、活动安排\n（一）主题班会\n3月30日，各学校开展主题班会。责任单位：局安全办、各中小学\n"
		"四、工作要求\n涉及多个单位的活动由排在首位的单位负责牵头协调。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "focus")), 2);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "局安全办");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "各中小学");
	json_decref(plan);
}
END_TEST

/* A row of a tab table (cells two spaces apart once decoded) whose title
 * quotes a slogan with a U+3000 inside (“文明旅游　快乐出行”): the space
 * inside the quotes is the slogan's, not a gap between cells. */
START_TEST(a_slogans_wide_space_inside_a_table_cell)
{
	json_t *plan = plan_from_text(
		"关于开展2027年中国旅游日活动的通知\n一、活动时间\n2027年5月15日至24日\n二、活动安排\n"
		"序号\t活动名称\t时间\t地点\t责任单位\n"
		"1\t启动仪式\t5月19日上午9:30\t古城南门广场\t市文化和旅游局\n"
		"2\t“文明旅游　快乐出行”志愿服务活动\t5月16日至5月17日\t古城景区\t团市委\n"
		"三、工作要求\n（一）精心组织。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|“文明旅游　快乐出行”志愿服务活动|2027-05-16|2027-05-17|-|古城景区|团市委|");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 17");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, roles_in_brackets_written_short);
	tcase_add_test(tc, a_series_heading_beside_activities_groups_its_items);
	tcase_add_test(tc, a_committees_roles_run_into_one_paragraph);
	tcase_add_test(tc, a_duty_counted_in_working_days_from_the_issue_date);
	tcase_add_test(tc, a_lead_and_a_duty_list_on_one_line);
	tcase_add_test(tc, an_education_focus_and_the_first_unit_leading);
	tcase_add_test(tc, a_slogans_wide_space_inside_a_table_cell);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
