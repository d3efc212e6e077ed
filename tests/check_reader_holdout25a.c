/* check_reader_holdout25a.c - habits of the genre that the hold-out
 * notices g154 and g156 showed, each on a small text of its own: WPS's
 * auto-numbering written with the parenthesized ideographs ㈠㈡㈢ for
 * the items （一）（二）（三）, and an item's field labels padded with wide
 * spaces to line up, a gap where the ： would be (时　　间　6月9日); persons
 * apart by ； on an office's contact line; an item held 集中宣传期间; a
 * list named first, then its day and a bare 报; an autonomous region's
 * body called 自治区X. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2027年全民国家安全教育日系列活动的通知\n一、活动时间\n2027年4月12日至4月16日。\n"

/* ㈠国家安全教育主题升旗仪式。4月12日早7:30…: ㈠ is the item 一 as （一）
 * is, run into its text; the activities under it are numbered 一, 二. */
START_TEST(parenthesized_ideographs_number_the_activities)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n"
					   "㈠主题升旗仪式。4月12日（星期一）早7:30，在学院田径场举行主题升旗仪式。"
					   "责任部门：学生工作处（牵头）、团委。\n"
					   "㈡警示教育。4月15日（星期四）下午3:00，在行政楼第二会议室组织观看警示教育片。"
					   "责任部门：党委办公室（牵头）、科研处。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|主题升旗仪式|2027-04-12|2027-04-12|07:30|学院田径场|学生工作处|团委");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|警示教育|2027-04-15|2027-04-15|15:00|行政楼第二会议室|党委办公室|科研处");
	json_decref(plan);
}
END_TEST

/* 三、宣传重点 / ㈠宣传…。㈡宣传…: the focuses numbered with ㈠ are
 * counted as those numbered （一） are. */
START_TEST(parenthesized_ideographs_number_the_focuses)
{
	json_t *plan = plan_from_text(HEAD "二、宣传重点\n㈠宣传总体国家安全观的科学内涵。重点阐释其丰富内涵。\n"
					   "㈡宣传国家安全法律法规。重点宣传国家安全法。\n"
					   "㈢宣传典型案例。以案释法。\n"
					   "三、活动安排\n㈠主题升旗仪式。4月12日早7:30，在学院田径场举行。\n");
	ck_assert_uint_eq(plan_count(plan, "focus"), 3);
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_decref(plan);
}
END_TEST

/* 时　　间　6月9日… / 地　　点　… / 牵头单位　… / 配合单位　…: an item's
 * field labels padded with U+3000 to four characters, no colon, a wide
 * gap before the value: each is its field. */
START_TEST(field_labels_padded_with_a_gap_for_the_colon)
{
	json_t *plan = plan_from_text("关于开展2027年国际档案日宣传活动的通知\n一、主要活动\n"
				      "（一）主题展览开幕式\n"
				      "　　时　　间　6月9日（星期三）上午9:30\n"
				      "　　地　　点　市档案馆一楼展厅\n"
				      "　　牵头单位　市档案局宣传教育科\n"
				      "　　配合单位　市档案馆陈列展览部、城区档案局\n"
				      "　　内　　容　举行主题展览开幕式，展出珍贵档案300余件。\n"
				      "（二）档案馆公众开放日\n"
				      "　　时　　间　6月12日至6月13日\n"
				      "　　地　　点　市档案馆\n"
				      "　　牵头单位　市档案馆\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|主题展览开幕式|2027-06-09|2027-06-09|09:30|市档案馆一楼展厅|市档案局宣传教育科|"
			 "市档案馆陈列展览部、城区档案局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|档案馆公众开放日|2027-06-12|2027-06-13|-|市档案馆|市档案馆|");
	json_decref(plan);
}
END_TEST

/* 七、联系方式 / 市档案局宣传教育科：覃敏，0771-5532186；陆文杰，0771-5532190:
 * persons one after another on an office's line, apart by ；: the ；
 * is no part of the next one's name. */
START_TEST(persons_apart_by_a_semicolon_on_an_offices_line)
{
	json_t *plan = plan_from_text(HEAD "二、联系方式\n市档案局宣传教育科：覃敏，0771-5532186；陆文杰，0771-5532190。\n");
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(contacts), 2);
	ck_assert_str_eq(field(json_array_get(contacts, 0), "name"), "覃敏");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "name"), "陆文杰");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "phone"), "0771-5532190");
	json_decref(plan);
}
END_TEST

/* 时间：集中宣传期间: the item runs through the campaign's publicity
 * period, as 宣传周期间 and 活动期间 do: the period's dates. */
START_TEST(an_item_through_the_publicity_period)
{
	json_t *plan = plan_from_text(HEAD "二、主要活动\n（一）法治宣传进机关\n时间：集中宣传期间\n地点：区直各单位\n"
					   "牵头单位：市档案局监督指导科\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|法治宣传进机关|2027-04-12|2027-04-16|-|区直各单位|市档案局监督指导科|");
	json_decref(plan);
}
END_TEST

/* 参加专题讲座的学生名单请于4月14日（星期二）下午5点前报党委宣传部: the
 * thing named first, then its day and a bare 报: what is due is that
 * list (its 参加 is part of its name, no act of attending). */
START_TEST(a_list_named_first_then_a_bare_bao)
{
	json_t *plan = plan_from_text(HEAD "二、工作要求\n"
					   "参加专题讲座的学生名单请于4月14日（星期三）下午5点前报党委宣传部。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送参加专题讲座的学生名单|4月14日（星期三）下午5点前|2027-04-14||党委宣传部");
	json_decref(plan);
}
END_TEST

/* 宁夏回族自治区档案局 then …报自治区档案局: an autonomous region's body
 * calls itself by the level 自治区, as a county's does by 县. */
START_TEST(an_autonomous_regions_body_by_its_level)
{
	json_t *plan = plan_from_text("宁夏回族自治区档案局\n\n宁夏回族自治区档案局关于开展2027年国际档案日宣传活动的通知\n\n"
				      "各市档案局：\n一、活动时间\n2027年6月8日至6月14日。\n二、工作要求\n"
				      "各市档案局于6月1日前将活动方案报自治区档案局。\n\n宁夏回族自治区档案局\n2027年5月20日\n");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "units"), 0), "aliases"), "自治区档案局");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 25a");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, parenthesized_ideographs_number_the_activities);
	tcase_add_test(tc, parenthesized_ideographs_number_the_focuses);
	tcase_add_test(tc, field_labels_padded_with_a_gap_for_the_colon);
	tcase_add_test(tc, persons_apart_by_a_semicolon_on_an_offices_line);
	tcase_add_test(tc, an_item_through_the_publicity_period);
	tcase_add_test(tc, a_list_named_first_then_a_bare_bao);
	tcase_add_test(tc, an_autonomous_regions_body_by_its_level);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
