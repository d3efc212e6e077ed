/* check_reader_undertake.c - 承办 (undertakes) under a lead that
 * coordinates (牵头) leads too: X牵头，Y承办 makes both answer for the
 * activity; under a host (X主办，Y承办) Y runs it for the host and
 * cooperates. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                       \
	"关于开展2027年民法典宣传月活动的通知\n各有关单位：\n一、活动时间\n2027年5月1日至31日\n" \
	"二、活动安排\n"

START_TEST(coordinated_and_undertaken_both_lead)
{
	json_t *plan = plan_from_text(HEAD "（一）法治文艺展演。5月16日晚上7:00在区文化艺术中心举办。"
					   "由区委宣传部、区司法局牵头，区文化馆承办。\n"
					   "（二）知识产权宣讲。5月20日在市民广场举办。\n"
					   "责任单位：市知识产权局牵头，市知识产权保护中心承办，市公安局配合。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "区委宣传部、区司法局、区文化馆");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "市知识产权局、市知识产权保护中心");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "市公安局");
	json_decref(plan);
}
END_TEST

START_TEST(undertaken_for_a_host_cooperates)
{
	json_t *plan = plan_from_text(HEAD "（一）科普报告会。5月16日在市科技馆举办。活动由市科协主办，市科技馆承办。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市科协");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "市科技馆");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: 承办 under 牵头 and under 主办");
	TCase *tc = tcase_create("undertake");
	tcase_add_test(tc, coordinated_and_undertaken_both_lead);
	tcase_add_test(tc, undertaken_for_a_host_cooperates);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
