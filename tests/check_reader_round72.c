/* check_reader_round72.c - habits taught in session 40: a message's item
 * of fields (when, where, what) whose roles stand in a labelled bracket
 * (（责任单位：X；配合单位：Y）); a contact line under the 联系人 line that
 * names a court's numbered division (民事审判第二庭) before the person. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 1、5月29日上午9:00，县人民广场，宣传咨询（责任单位：X；配合单位：Y）: the
 * labelled bracket gives who; the fields before it are when, where and
 * what, as they are when the bracket is bare (X牵头，Y配合). */
START_TEST(fields_before_a_labelled_bracket_of_roles)
{
	json_t *plan = plan_from_text(
		"【青石县卫健局】关于开展2026年“世界无烟日”宣传活动的通知\n"
		"各乡镇卫生院、县直各医疗卫生单位：为做好今年“世界无烟日”宣传工作，经研究，定于5月下旬开展以下活动："
		"1、5月29日上午9:00，县人民广场，无烟日主题宣传咨询（责任单位：县疾控中心；配合单位：县人民医院、县中医医院）；"
		"2、5月30日下午3:00，县卫健局五楼会议室，控烟工作推进会（责任单位：疾控股）。"
		"请各单位于6月5日前将活动开展情况报县卫健局疾控股。联系人：罗敏，电话：0738-5514567。\n"
		"青石县卫生健康局\n"
		"2026年5月20日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "无烟日主题宣传咨询");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-05-29");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "09:00");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县人民广场");
	ck_assert_str_eq(names(a, "lead"), "县疾控中心");
	ck_assert_str_eq(names(a, "cooperate"), "县人民医院、县中医医院");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "控烟工作推进会");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县卫健局五楼会议室");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "15:00");
	json_decref(plan);
}
END_TEST

/* A labelled bracket after a sentence that tells the event (no field is
 * a place): the sentence is read as one that tells its event (its title
 * the event named), the bracket no part of it. */
START_TEST(a_told_sentence_before_a_labelled_bracket_is_not_fields)
{
	json_t *plan = plan_from_text(
		"关于开展2026年知识产权宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年4月20日至4月26日。\n"
		"二、活动安排\n"
		"（一）4月26日上午，集中开展知识产权宣传咨询活动（牵头单位：县市场监管局；配合单位：县司法局）。\n"
		"（二）知识产权进企业。4月22日，走访重点企业（责任单位：县市场监管局）。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "知识产权宣传咨询活动");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-04-26");
	ck_assert(json_is_null(json_object_get(a, "location")));
	ck_assert_str_eq(names(a, "lead"), "县市场监管局");
	ck_assert_str_eq(names(a, "cooperate"), "县司法局");
	json_decref(plan);
}
END_TEST

/* 联系人：X股　覃晓岚 …, then a line 县人民法院民事审判第二庭　向文斌  电话：…:
 * the second line's office is a court's numbered division, a unit, and
 * its person is the second contact. */
START_TEST(a_contact_line_under_the_label_names_a_courts_division)
{
	json_t *plan = plan_from_text(
		"关于开展2026年知识产权宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年4月20日至4月26日。\n"
		"二、活动安排\n"
		"（一）知识产权进企业。4月22日，由县市场监管局牵头。\n"
		"联系人：县市场监管局知识产权股　覃晓岚\t电话：0716-6523317\n"
		"县人民法院民事审判第二庭　向文斌\t电话：0716-6521096\n"
		"县人民法院民一庭　刘　洋\t电话：0716-6521097\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 1), "向文斌|0716-6521096|-");
	ck_assert_str_eq(contact_line_at(plan, 2), "刘洋|0716-6521097|-");
	json_decref(plan);
}
END_TEST

/* 1.县发展改革局：6月14日…: an item that opens with the units that run it
 * and a colon. They lead, whoever its text says carries a part out (由Y
 *具体实施); the partners it joins (会同Y, 联合Y), a bracket after the
 * units (（Y配合）) and a clause Y负责业务指导 cooperate; the title is the
 * event its sentence tells, not the unit. */
START_TEST(items_that_open_with_their_units)
{
	json_t *plan = plan_from_text(
		"关于开展2027年全国节能宣传周活动的通知\n"
		"一、活动时间\n"
		"2027年6月14日至20日。\n"
		"二、活动安排\n"
		"1.县发展改革局：6月14日（星期一）上午9:00，在县城滨江广场举办全县节能宣传周启动仪式，会同县工信局、县市场监管局设置节能政策咨询台。\n"
		"2.市生态环境局汀源分局：6月16日（星期三）全国低碳日当天，联合县融媒体中心在县城中山路步行街开展低碳日主题宣传，普及低碳知识。\n"
		"3.县交通运输局（县公安局交通管理大队配合）：宣传周期间，在县城公交站点开展绿色出行宣传。6月16日开展公交免费乘坐活动，由县城乡公共交通有限公司具体实施。\n"
		"4.各乡镇人民政府：宣传周期间，在各乡镇集镇开展节能宣传进农村活动，县农业农村局负责业务指导。\n"
		"5.县教育体育局、团县委：6月15日（星期二）至18日，在全县中小学校开展节能小卫士主题教育活动。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "全县节能宣传周启动仪式");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县城滨江广场");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "09:00");
	ck_assert_str_eq(names(a, "lead"), "县发展改革局");
	ck_assert_str_eq(names(a, "cooperate"), "县工信局、县市场监管局");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(names(a, "lead"), "市生态环境局汀源分局");
	ck_assert_str_eq(names(a, "cooperate"), "县融媒体中心");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2027-06-16");
	a = plan_activity(plan, 2);
	ck_assert_str_eq(names(a, "lead"), "县交通运输局");
	ck_assert_str_eq(names(a, "cooperate"), "县公安局交通管理大队");
	a = plan_activity(plan, 3);
	ck_assert_str_eq(names(a, "lead"), "各乡镇人民政府");
	ck_assert_str_eq(names(a, "cooperate"), "县农业农村局");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2027-06-14");
	ck_assert_str_eq(json_string_value(json_object_get(a, "end")), "2027-06-20");
	a = plan_activity(plan, 4);
	ck_assert_str_eq(names(a, "lead"), "县教育体育局、团县委");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "全县中小学校");
	json_decref(plan);
}
END_TEST

/* An event's name before the colon may read like a unit (…主题班会, …宣传
 * 进企业) but names no level; a labelled bracket before the colon leaves
 * a bracket open in what stands before it. Neither is the item's units. */
START_TEST(an_events_name_before_a_colon_is_no_unit)
{
	json_t *plan = plan_from_text(
		"关于开展2026年全民国家安全教育日活动的通知\n"
		"一、活动时间\n"
		"2026年4月13日至4月19日。\n"
		"二、活动安排\n"
		"1．“国家安全教育第一课”主题班会：4月15日（星期三），全区各中小学校统一开展主题班会。（牵头单位：区教育局；配合单位：各中小学校）\n"
		"2．反间谍安全防范宣传进企业：4月16日（星期四）上午10:00，在开发区企业服务中心开展专题宣讲。（牵头单位：区委国安办）\n"
		"3．全区国家安全知识竞赛（牵头单位：区司法局）：4月17日举行。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	/* the name stays the title's (not cut off as units) */
	json_t *a = plan_activity(plan, 0);
	ck_assert(strncmp(json_string_value(json_object_get(a, "title")), "“国家安全教育第一课”主题班会",
			  strlen("“国家安全教育第一课”主题班会")) == 0);
	ck_assert_str_eq(names(a, "lead"), "区教育局");
	ck_assert_str_eq(names(a, "cooperate"), "各中小学校");
	a = plan_activity(plan, 1);
	ck_assert(strncmp(json_string_value(json_object_get(a, "title")), "反间谍安全防范宣传进企业",
			  strlen("反间谍安全防范宣传进企业")) == 0);
	ck_assert_str_eq(names(a, "lead"), "区委国安办");
	a = plan_activity(plan, 2);
	ck_assert_ptr_null(strstr(names(a, "lead"), "竞赛"));
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round72");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, fields_before_a_labelled_bracket_of_roles);
	tcase_add_test(tc, a_told_sentence_before_a_labelled_bracket_is_not_fields);
	tcase_add_test(tc, a_contact_line_under_the_label_names_a_courts_division);
	tcase_add_test(tc, items_that_open_with_their_units);
	tcase_add_test(tc, an_events_name_before_a_colon_is_no_unit);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
