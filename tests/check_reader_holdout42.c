/* check_reader_holdout42.c - habits of hold-out round 42 (g238-g242),
 * each on a small text of its own: a body's members named with 各
 * (领导小组各成员单位) keep it unless the notice also writes them without
 * (组委会成员单位 as its annex's title); a place whose name holds a word
 * that ends places elsewhere (在街道为民服务中心二楼会议室举行); a
 * township's tribunal (区人民法院临溪人民法庭) is a unit; a 宣传内容
 * section's items are the campaign's focuses; joint issuers signing a
 * line each (共青团X委员会 / X学院 / the date): the first is the issuer's
 * other name, the second a body of its own. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年民法典宣传月活动的通知\n一、活动时间\n2026年5月1日至31日。\n"
#define ITEM "二、活动安排\n1.法治集市\n5月16日（星期六）上午9:00，在临溪文化广场开展法治集市活动。"

START_TEST(members_with_each_as_written)
{
	json_t *plan = plan_from_text(HEAD ITEM "由街道司法所牵头，领导小组各成员单位配合。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "领导小组各成员单位");
	json_decref(plan);
}
END_TEST

START_TEST(members_without_each_where_the_notice_names_them_so)
{
	json_t *plan = plan_from_text(HEAD ITEM "由街道司法所牵头，领导小组各成员单位配合。\n"
					   "附件：民法典宣传月活动领导小组成员单位名单\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "领导小组成员单位");
	json_decref(plan);
}
END_TEST

START_TEST(a_place_whose_name_holds_a_stop_word)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n1.启动仪式\n5月8日（星期五）上午9:00，在街道为民服务"
					   "中心二楼会议室举行宣传月启动仪式。由街道司法所牵头。\n"
					   "2.法治集市\n5月16日（星期六）上午9:00，在临溪文化广场为居民提供法律咨询。"
					   "由街道司法所牵头。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "街道为民服务中心二楼会议室");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "临溪文化广场");
	json_decref(plan);
}
END_TEST

START_TEST(a_courts_tribunal_is_a_unit)
{
	json_t *plan = plan_from_text(HEAD ITEM "由街道平安法治办牵头，街道司法所、东澄区人民法院临溪人民法庭配合。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "街道司法所、东澄区人民法院临溪人民法庭");
	json_decref(plan);
}
END_TEST

START_TEST(a_publicity_content_section_holds_focuses)
{
	json_t *plan = plan_from_text(HEAD "二、宣传内容\n1.民法典总则编中与群众生活密切相关的规定；\n"
					   "2.物权编中业主建筑物区分所有权等规定；\n三、活动安排\n1.法治集市\n"
					   "5月16日（星期六）上午9:00，在临溪文化广场开展法治集市活动。由街道司法所牵头。\n");
	ck_assert_uint_eq(plan_count(plan, "focus"), 2);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(plan, "focus"), 1)),
			 "物权编中业主建筑物区分所有权等规定");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_decref(plan);
}
END_TEST

START_TEST(joint_issuers_signing_a_line_each)
{
	json_t *plan = plan_from_text("汉阳湖科技大学团委文件\n汉科大团发〔2026〕7号\n"
				      "关于开展2026年“中国航天日”系列科普活动的通知\n一、活动时间\n"
				      "2026年4月20日至26日。\n二、活动安排\n（一）航天科普展\n时间：4月20日\n"
				      "地点：图书馆一楼展厅\n承办单位：航空航天工程学院\n"
				      "共青团汉阳湖科技大学委员会\n航空航天工程学院\n2026年4月10日\n");
	ck_assert_str_eq(field(plan, "organizer"), "汉阳湖科技大学团委");
	json_t *unit = json_array_get(json_object_get(plan, "units"), 0);
	ck_assert_str_eq(names(unit, "aliases"), "共青团汉阳湖科技大学委员会");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 42");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, members_with_each_as_written);
	tcase_add_test(tc, members_without_each_where_the_notice_names_them_so);
	tcase_add_test(tc, a_place_whose_name_holds_a_stop_word);
	tcase_add_test(tc, a_courts_tribunal_is_a_unit);
	tcase_add_test(tc, a_publicity_content_section_holds_focuses);
	tcase_add_test(tc, joint_issuers_signing_a_line_each);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
