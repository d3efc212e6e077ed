/* check_reader_holdout21.c - habits of the genre that the hold-out
 * notices g133..g137 showed, each on a small text of its own: a list of
 * time nodes whose lines open with their rule, a day named by its weekday
 * with the date in brackets, a person appointed by a day with the units
 * between, a form's deadline in the list of annexes, a recurring report
 * said again under its form, members name first under a label with a
 * note on their order. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                       \
	"关于开展2027年全民国防教育日活动的通知\n一、活动时间\n2027年9月13日至9月19日。\n二、活动内容\n" \
	"1．国防教育进校园。9月15日，在市一中举行。牵头单位：市教育局。\n"

/* 五、时间节点 / 9月11日前：X将…报Y / 9月14日至9月20日：X每天下午5时前…:
 * each line is the sentence it stands for, its label the clause of when:
 * the units after the label submit, and the days of a recurring report
 * are not its deadline. */
START_TEST(a_list_of_time_nodes)
{
	json_t *plan = plan_from_text(HEAD "三、时间节点\n"
					   "9月10日前：各县（市、区）国动办将本地活动方案报市国动办。\n"
					   "9月13日至9月19日：各县（市、区）国动办每天下午5时前将当日活动信息报市国动办。\n"
					   "活动结束后5个工作日内：各县（市、区）国动办将活动总结报市国动办。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送本地活动方案|9月10日前|2027-09-10|各县（市、区）国动办|市国动办");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送当日活动信息|每天下午5时前|-|各县（市、区）国动办|市国动办");
	ck_assert_str_eq(deadline_line_at(plan, 2),
			 "报送活动总结|活动结束后5个工作日内|-|各县（市、区）国动办|市国动办");
	json_decref(plan);
}
END_TEST

/* A line whose label is not a rule stays a label line: 联系电话：… is no
 * deadline, and 9月15日：… (a day of the programme) names none either. */
START_TEST(a_label_that_is_no_rule)
{
	json_t *plan = plan_from_text(HEAD "三、工作要求\n9月15日：各校组织学生观看国防教育片。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 0);
	json_decref(plan);
}
END_TEST

/* 请各村于本周五（4月3日）前确定1名联络员，报镇爱卫办: the weekday named
 * with its date in brackets is the rule as written; the day is the date. */
START_TEST(a_weekday_with_its_date_in_brackets)
{
	json_t *plan = plan_from_text(HEAD "三、工作要求\n"
					   "请各村（社区）于本周五（9月10日）前确定1名卫生保洁联络员，报镇爱卫办。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "确定1名卫生保洁联络员|本周五（9月10日）前|2027-09-10|各村（社区）|镇爱卫办");
	json_decref(plan);
}
END_TEST

/* 9月10日前：X、Y确定1名联络员，报Z: the units stand between the day and
 * the duty, and are who. */
START_TEST(a_person_appointed_by_a_day_with_the_units_between)
{
	json_t *plan = plan_from_text(HEAD "三、时间节点\n"
					   "9月10日前：各县（市、区）国动办、市教育局确定1名联络员，报市国动办。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "确定1名联络员|9月10日前|2027-09-10|各县（市、区）国动办、市教育局|市国动办");
	json_decref(plan);
}
END_TEST

/* 附件：1．参与回执（请于9月6日下班前反馈至健康教育科） / 2．统计表（…）:
 * each form in the list of annexes with its day in brackets is a deadline
 * for that form; 反馈至 returns it. An entry without a day is none. */
START_TEST(a_forms_deadline_in_the_list_of_annexes)
{
	json_t *plan = plan_from_text(HEAD "三、工作要求\n（一）加强领导。\n"
					   "附件：1．活动参与回执（请于9月6日（星期一）下班前反馈至中心健康教育科）\n"
					   "2．宣传品需求表\n"
					   "3．活动统计表（请于9月22日前报送中心健康教育科）\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送活动参与回执|9月6日（星期一）下班前|2027-09-06||中心健康教育科");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送活动统计表|9月22日前|2027-09-22||中心健康教育科");
	json_decref(plan);
}
END_TEST

/* The form in the annex says the weekly report again in its 说明, with
 * other words for what goes with it: the same rule is the same report. */
START_TEST(a_recurring_report_said_again_under_its_form)
{
	json_t *plan = plan_from_text(HEAD "三、工作要求\n"
					   "活动期间，各村（社区）每周五下午下班前将工作进展情况和照片报镇爱卫办。\n"
					   "附件：工作进展情况周报表\n附件\n工作进展情况周报表\n"
					   "说明：本表每周五下午下班前报镇爱卫办，同时将2至3张工作照片发至镇爱卫工作微信群。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送工作进展情况和照片|每周五下午下班前|-|各村（社区）|镇爱卫办");
	json_decref(plan);
}
END_TEST

/* 成  员（按姓氏笔画排序）： alone on its line, then NAME  POST a line
 * each (a two-character name spaced out to three): the note on the order
 * does not hide the label, and the persons under it are the members,
 * written 姓名（职务） as name-first lines are. */
START_TEST(members_name_first_under_a_label_with_a_note)
{
	json_t *plan = plan_from_text(HEAD "三、组织领导\n成立活动领导小组。\n组  长：市政府副市长 陈立华\n"
					   "成  员（按姓氏笔画排序）：\n        王  磊  市委宣传部副部长\n"
					   "        孙晓梅  市教育局副局长\n领导小组办公室设在市国动办。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "members"), "王磊（市委宣传部副部长）、孙晓梅（市教育局副局长）");
	ck_assert_str_eq(names(c, "office"), "市国动办");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 21");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_list_of_time_nodes);
	tcase_add_test(tc, a_label_that_is_no_rule);
	tcase_add_test(tc, a_weekday_with_its_date_in_brackets);
	tcase_add_test(tc, a_person_appointed_by_a_day_with_the_units_between);
	tcase_add_test(tc, a_forms_deadline_in_the_list_of_annexes);
	tcase_add_test(tc, a_recurring_report_said_again_under_its_form);
	tcase_add_test(tc, members_name_first_under_a_label_with_a_note);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
