/* check_reader_holdout40.c - habits of hold-out round 40 (g228-g232), each
 * on a small text of its own: a unit whose name ends like 全局 (the whole
 * situation, no unit) is a unit all the same (市国家安全局). */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

START_TEST(a_state_security_bureau_is_a_unit)
{
	json_t *plan = plan_from_text("关于开展2026年全民国家安全教育日活动的通知\n一、活动时间\n2026年4月13日至19日。\n"
				      "二、活动内容\n（一）主题图片展。4月14日，在市博物馆举办图片展。由市国家安全局牵头，"
				      "市博物馆配合。\n（二）进校园。4月15日，在各中小学校开展主题教育。由市教育局牵头，"
				      "市国家安全局、团市委配合。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市国家安全局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "市国家安全局、团市委");
	json_decref(plan);
	/* 服务全局 stays no unit */
	plan = plan_from_text("关于开展2026年全民国家安全教育日活动的通知\n一、活动时间\n2026年4月13日至19日。\n"
			      "二、活动内容\n（一）主题图片展。4月14日，在市博物馆举办图片展，服务全局。由市博物馆负责。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市博物馆");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 40");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_state_security_bureau_is_a_unit);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
