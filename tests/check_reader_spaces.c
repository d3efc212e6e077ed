/* check_reader_spaces.c - activities listed a line each, their fields
 * apart by runs of ASCII spaces of varying width, the columns found by
 * what each field is (a date, clock times or 全天, a place, a title,
 * units), the place and the title ordered by a key to the columns given
 * above the rows; the units a field each, the first leading when the
 * notice says so (排在第一位的为牵头科室). A contact's in-house line
 * (内线8316) is a number to call; a note naming who else works on an
 * item (第4项活动由X提供场地…) adds X to its cooperating units; a
 * hospital calls itself 医院. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年爱眼日宣传活动的通知\n一、活动时间\n2026年6月1日至6日。\n"
#define RULE "负责科室栏列出两个及以上科室的，排在第一位的为牵头科室，其余为配合科室。\n"

START_TEST(a_row_apart_by_spaces_with_a_key_placing_the_place_first)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n各科室请据此安排人员。（日期  时间  地点  活动  负责科室）\n"
					   "1.  6月2日    08:30-11:30    门诊楼一楼大厅     爱眼义诊      眼科  门诊部\n"
					   "2.  6月3日  14:30   住院部5楼示教室   近视防控培训   护理部\n" RULE);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "爱眼义诊");
	ck_assert_str_eq(field(a, "location"), "门诊楼一楼大厅");
	ck_assert_str_eq(field(a, "start"), "2026-06-02");
	ck_assert_str_eq(field(a, "time"), "08:30");
	ck_assert_str_eq(names(a, "lead"), "眼科");
	ck_assert_str_eq(names(a, "cooperate"), "门诊部");
	json_t *b = plan_activity(plan, 1);
	ck_assert_str_eq(field(b, "title"), "近视防控培训");
	ck_assert_str_eq(field(b, "location"), "住院部5楼示教室");
	ck_assert_str_eq(names(b, "lead"), "护理部");
	json_decref(plan);
}
END_TEST

START_TEST(a_key_placing_the_title_first)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n各科室请据此安排人员。（日期  活动  地点  负责科室）\n"
					   "1.  6月2日    爱眼义诊    门诊楼一楼大厅     眼科  门诊部\n"
					   "2.  6月3日   近视防控培训   住院部5楼示教室   护理部\n" RULE);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "爱眼义诊");
	ck_assert_str_eq(field(a, "location"), "门诊楼一楼大厅");
	ck_assert_str_eq(names(a, "lead"), "眼科");
	json_decref(plan);
}
END_TEST

START_TEST(a_whole_day_over_a_span_of_days)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n（日期  时间  地点  活动  负责科室）\n"
					   "1.  6月1日至6月6日     全天     医院微信公众号     爱眼知识每日一推    宣传科\n"
					   "2.  6月3日  14:30   住院部5楼示教室   近视防控培训   护理部\n");
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "爱眼知识每日一推");
	ck_assert_str_eq(field(a, "start"), "2026-06-01");
	ck_assert_str_eq(field(a, "end"), "2026-06-06");
	ck_assert_ptr_null(field(a, "time"));
	ck_assert_str_eq(names(a, "lead"), "宣传科");
	json_decref(plan);
}
END_TEST

START_TEST(a_note_after_the_last_row_is_no_part_of_it)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n（日期  时间  地点  活动  负责科室）\n"
					   "1.  6月2日    08:30-11:30    门诊楼一楼大厅     爱眼义诊      眼科  门诊部\n"
					   "2.  6月3日  14:30   住院部5楼示教室   近视防控培训   护理部   各病区\n"
					   "说明：" RULE "三、有关要求\n各科室要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *b = plan_activity(plan, 1);
	ck_assert_str_eq(field(b, "title"), "近视防控培训");
	ck_assert_str_eq(field(b, "location"), "住院部5楼示教室");
	ck_assert_str_eq(names(b, "lead"), "护理部");
	ck_assert_str_eq(names(b, "cooperate"), "各病区");
	json_decref(plan);
}
END_TEST

START_TEST(an_in_house_line_is_a_number_to_call)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n1.爱眼义诊\n6月2日上午8:30在门诊楼一楼大厅举行。由眼科牵头。\n"
					   "三、联系方式\n眼　　科　周晓岚　内线8316　手机13882970451\n"
					   "宣　传　科　白雪　　内线8102\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "周晓岚|8316|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "周晓岚|13882970451|-");
	ck_assert_str_eq(contact_line_at(plan, 2), "白雪|8102|-");
	json_decref(plan);
}
END_TEST

START_TEST(a_note_naming_who_else_works_on_an_item)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n（日期  时间  地点  活动  负责科室）\n"
					   "1.  6月2日    08:30-11:30    门诊楼一楼大厅     爱眼义诊      眼科  门诊部\n"
					   "2.  6月3日  14:30   城东实验小学   近视防控讲座   眼科\n"
					   "3.  6月4日  全天   各病区   住院患者视力筛查   护理部   各病区\n"
					   "说明：负责科室栏列出两个及以上科室的，排在第一位的为牵头科室。"
					   "第2项活动由城东实验小学提供场地并组织学生。第3项由各病区护士长组织实施。\n");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "城东实验小学");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "各病区");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "门诊部");
	json_decref(plan);
}
END_TEST

START_TEST(a_hospital_calls_itself_the_hospital)
{
	json_t *plan = plan_from_text("城南区人民医院\n关于开展2026年爱眼日宣传活动的通知\n院内各科室：\n"
				      "一、活动时间\n2026年6月1日至6日。\n二、活动安排\n1.爱眼义诊\n"
				      "6月2日上午8:30在门诊楼一楼大厅举行。由眼科牵头。医院宣传科负责宣传报道。\n"
				      "城南区人民医院\n2026年5月20日\n");
	json_t *unit = json_array_get(json_object_get(plan, "units"), 0);
	ck_assert_str_eq(field(unit, "name"), "城南区人民医院");
	ck_assert_str_eq(names(unit, "aliases"), "医院");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: rows apart by runs of spaces");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_row_apart_by_spaces_with_a_key_placing_the_place_first);
	tcase_add_test(tc, a_key_placing_the_title_first);
	tcase_add_test(tc, a_whole_day_over_a_span_of_days);
	tcase_add_test(tc, a_note_after_the_last_row_is_no_part_of_it);
	tcase_add_test(tc, an_in_house_line_is_a_number_to_call);
	tcase_add_test(tc, a_note_naming_who_else_works_on_an_item);
	tcase_add_test(tc, a_hospital_calls_itself_the_hospital);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
