/* check_reader_holdout16a.c - habits of the genre that the hold-out
 * notices g109 and g112 showed, each on a small text of its own: an
 * activity table flattened to lines of labelled fields, and the like. */
#include "config.h"

#include <jansson.h>
#include <stdio.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* U+3000, the wide space (a literal would read as one with the digits
 * after it as a hex escape) */
#define WIDE "\xe3\x80\x80"

/* A table flattened to one line a row, each field with its label, the
 * ★ after the lead explained once in a 注 line, prose about the rows
 * after them. */
static const char record_lines[] =
	"某市2027年“科技活动周”系列活动方案\n"
	"各区县科协：\n"
	"一、活动时间\n"
	"2027年5月17日至5月23日\n"
	"二、活动安排\n"
	"注：责任单位中带“★”的为牵头单位，未标注的为配合单位。\n"
	"活动名称：科技活动周启动仪式  活动时间：5月17日（星期一）上午9:00  活动地点：市科技馆广场  "
	"责任单位：市科协★、市科技局\n"
	"活动名称：科普讲座进社区  活动时间：5月18日至20日  活动地点：各街道社区  责任单位：市科技馆、市科协★\n"
	"活动名称：科普图书漂流  活动时间：5月19日至23日  活动地点：市图书馆  责任单位：市图书馆、市教育局\n"
	"活动名称：科技馆免费开放  活动时间：5月17日至23日  活动地点：市科技馆  责任单位：市科技馆\n"
	"启动仪式上将发布科普基地名单。讲座由专家现场解答群众提问。\n"
	"三、工作要求\n"
	"各单位要高度重视，认真组织。\n"
	"某市科学技术协会\n"
	"2027年5月10日\n";

/* 活动名称：X  活动时间：Y  活动地点：Z  责任单位：W: each line is a row of
 * the table, read in order with no number (the notice writes none);
 * the 注 line and the prose after the rows are no activities. */
START_TEST(lines_of_labelled_fields_are_a_tables_rows)
{
	json_t *plan = plan_from_text(record_lines);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|科技活动周启动仪式|2027-05-17|2027-05-17|09:00|市科技馆广场|市科协|市科技局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|科普讲座进社区|2027-05-18|2027-05-20|-|各街道社区|市科协|市科技馆");
	json_decref(plan);
}
END_TEST

/* 责任单位：市图书馆、市教育局 with no ★ (the 注 says the unstarred
 * cooperate, but no unit is starred to lead): both lead; a sole
 * unstarred unit leads. */
START_TEST(a_row_with_no_star_has_its_units_lead)
{
	json_t *plan = plan_from_text(record_lines);
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "市图书馆、市教育局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "");
	ck_assert_str_eq(names(plan_activity(plan, 3), "lead"), "市科技馆");
	json_decref(plan);
}
END_TEST

/* 1.活动名称：X  活动时间：Y  …: the same rows, each with the number a
 * table's 序号 gave it, keep their numbers; the labels are no part of
 * the title. */
START_TEST(numbered_lines_of_labelled_fields_keep_their_numbers)
{
	json_t *plan = plan_from_text("某市2027年“科技活动周”系列活动方案\n"
				 "一、活动时间\n2027年5月17日至5月23日\n二、活动安排\n"
				 "1.活动名称：科技活动周启动仪式  活动时间：5月17日上午9:00  活动地点：市科技馆广场  "
				 "责任单位：市科协、市科技局\n"
				 "2.活动名称：科普讲座进社区  活动时间：5月18日至20日  活动地点：各街道社区  责任单位：市科技馆\n"
				 "三、工作要求\n各单位要高度重视，认真组织。\n某市科学技术协会\n2027年5月10日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|科技活动周启动仪式|2027-05-17|2027-05-17|09:00|市科技馆广场|市科协、市科技局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|科普讲座进社区|2027-05-18|2027-05-20|-|各街道社区|市科技馆|");
	json_decref(plan);
}
END_TEST

/* 由X牵头、Y、Z配合 / 由X、Y牵头、Z协助: the 、 after the lead's verb
 * parts the roles as a ， would; the units before the verb lead, those
 * after it cooperate. */
START_TEST(a_comma_of_enumeration_after_the_lead_verb_opens_the_helpers)
{
	json_t *plan = plan_from_text("关于开展2027年全国助残日活动的通知\n各县（市、区）残联：\n"
				 "一、活动内容\n"
				 "（一）集中宣传服务活动。5月16日上午9:00，在市中心广场举办集中宣传服务活动。"
				 "由市残联宣传文体部牵头、市民政局、市司法局配合。\n"
				 "（二）残疾人文艺展演。5月15日下午3:00，在市文化馆举办文艺展演。"
				 "由市残联宣传文体部、市文化和旅游局牵头、市特殊教育学校协助。\n"
				 "某市残疾人联合会\n2027年5月6日\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市残联宣传文体部");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "市民政局、市司法局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "市残联宣传文体部、市文化和旅游局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "市特殊教育学校");
	json_decref(plan);
}
END_TEST

/* 由A与B共同牵头: 与 joins two units as 和 does, split where each side
 * is a unit of its own; a name that holds 与 (自然资源与规划局) is one. */
START_TEST(two_units_joined_by_yu_both_lead)
{
	json_t *plan = plan_from_text("关于开展2027年全国助残日活动的通知\n各县（市、区）残联：\n"
				 "一、活动内容\n"
				 "（一）残疾人专场招聘会。5月15日上午9:00，在市人力资源市场举办残疾人专场招聘会。"
				 "由市残疾人就业服务中心与市公共就业和人才服务局共同牵头。\n"
				 "（二）无障碍环境宣传。5月16日，在城区公共场所开展无障碍环境宣传。"
				 "由市自然资源与规划局牵头、市残联维权部配合。\n"
				 "某市残疾人联合会\n2027年5月6日\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市残疾人就业服务中心、市公共就业和人才服务局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "市自然资源与规划局");
	json_decref(plan);
}
END_TEST

/* 联系人：黄丽娟　0712-…；胡　斌　0712-…: two persons on one line apart by
 * ；, the second a two-character name spaced out to three, a wide gap
 * before its number. */
START_TEST(a_spaced_name_before_a_wide_gap_is_the_second_contact)
{
	json_t *plan = plan_from_text("关于开展2027年全国助残日活动的通知\n各县（市、区）残联：\n"
				 "一、活动内容\n"
				 "（一）集中宣传服务活动。5月16日上午9:00，在市中心广场举办。由市残联宣传文体部牵头。\n"
				 "联系人：黄丽娟" WIDE "0712-2356817；胡" WIDE "斌" WIDE "0712-2356823\n"
				 "某市残疾人联合会\n2027年5月6日\n");
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(contacts), 2);
	ck_assert_str_eq(field(json_array_get(contacts, 1), "name"), "胡斌");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "phone"), "0712-2356823");
	json_decref(plan);
}
END_TEST

/* A notice whose cover asks for something N working days after its issue. */
static json_t *after_issue(const char *within, const char *signed_on)
{
	char text[1024];
	snprintf(text, sizeof text,
		 "关于开展全国助残日活动的通知\n各县（市、区）残联：\n"
		 "一、活动内容\n（一）集中宣传服务活动。5月16日上午9:00，在市中心广场举办。由市残联宣传文体部牵头。\n"
		 "二、工作要求\n请各县（市、区）残联于本通知印发之日起%s内确定1名联络员，"
		 "并将联络员姓名和联系方式报市残联宣传文体部。\n"
		 "某市残疾人联合会\n%s\n",
		 within, signed_on);
	return plan_from_text(text);
}

/* 本通知印发之日起3个工作日内, issued Wednesday 2026-05-06: Thursday,
 * Friday and the make-up working Saturday 05-09 of the official
 * arrangement (a weekday count would give Monday 05-11); 三个 as 3. */
START_TEST(working_days_after_the_issue_follow_the_official_arrangement)
{
	json_t *plan = after_issue("3个工作日", "2026年5月6日");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-05-09");
	json_decref(plan);
	plan = after_issue("三个工作日", "2026年5月6日");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-05-09");
	json_decref(plan);
}
END_TEST

/* …issued in a year whose arrangement the program does not carry: no
 * due date (a weekday count would be a guess). */
START_TEST(working_days_after_the_issue_of_an_unknown_year_give_no_date)
{
	json_t *plan = after_issue("3个工作日", "2049年5月6日");
	ck_assert_str_eq(field(plan, "issued_on"), "2049-05-06");
	json_t *deadline = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_ptr_nonnull(deadline);
	ck_assert_ptr_null(field(deadline, "due"));
	json_decref(plan);
}
END_TEST

/* 成立由X任组长，…处长周　敏任副组长…的领导小组: the wide space only
 * spaces the name out to three characters' width; the person is
 * 处长周敏. */
START_TEST(a_spaced_out_name_in_a_committee_sentence_is_joined)
{
	json_t *plan = plan_from_text("某市2027年“文化和自然遗产日”系列活动方案\n"
				 "一、组织领导\n"
				 "成立由局党组成员、副局长陈思远任组长，局文物保护处处长叶晓峰、局非遗处处长周" WIDE "敏任副组长，"
				 "市博物馆主要负责同志为成员的领导小组。\n"
				 "二、活动安排\n（一）主场活动。6月13日上午9:30，在市博物馆举办。由市博物馆牵头。\n"
				 "某市文化广电旅游局\n2027年6月1日\n");
	json_t *committee = json_object_get(plan, "committee");
	ck_assert_str_eq(names(committee, "vice_chair"), "局文物保护处处长叶晓峰、局非遗处处长周敏");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 16 (g109, g112)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, lines_of_labelled_fields_are_a_tables_rows);
	tcase_add_test(tc, a_row_with_no_star_has_its_units_lead);
	tcase_add_test(tc, numbered_lines_of_labelled_fields_keep_their_numbers);
	tcase_add_test(tc, a_comma_of_enumeration_after_the_lead_verb_opens_the_helpers);
	tcase_add_test(tc, two_units_joined_by_yu_both_lead);
	tcase_add_test(tc, a_spaced_name_before_a_wide_gap_is_the_second_contact);
	tcase_add_test(tc, working_days_after_the_issue_follow_the_official_arrangement);
	tcase_add_test(tc, working_days_after_the_issue_of_an_unknown_year_give_no_date);
	tcase_add_test(tc, a_spaced_out_name_in_a_committee_sentence_is_joined);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
