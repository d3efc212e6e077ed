/* check_reader_holdout34.c - habits of hold-out round 34 (g198-g202)
 * shared by several of its notices, each on a small text of its own: the
 * units a sentence opens with before its sending verb owe what it sends
 * (活动结束后3个工作日内，各社区居委会、辖区各学校报送活动总结至X); a portal's
 * metadata label padded to its column (| 文　号 | X |) is the label; a
 * thing named first, then whom 请 asks (选手名单请各班主任于…前报王老师, 一、
 * 请各单位于…前将…报X) is sent by those asked. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年安全教育日活动的通知\n一、活动时间\n2026年4月13日至17日。\n二、工作要求\n"

START_TEST(who_opens_before_the_sending_verb)
{
	json_t *plan = plan_from_text(HEAD "　　活动结束后3个工作日内，各社区居委会、辖区各学校报送活动总结及照片至"
					   "平安建设办公室。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(names(dl, "who"), "各社区居委会、辖区各学校");
	ck_assert_str_eq(field(dl, "what"), "报送活动总结及照片");
	json_decref(plan);
	plan = plan_from_text(HEAD "　　各股室于4月20日前上报活动开展情况。\n");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 0), "who"), "各股室");
	json_decref(plan);
}
END_TEST

START_TEST(a_padded_metadata_label)
{
	json_t *plan = plan_from_text("| 发布机构 | 彭川市汉源区枫林街道办事处 | 成文日期 | 2026-04-07 |\n"
				      "| 文　号 | 枫街办〔2026〕15号 | 发布日期 | 2026-04-08 |\n"
				      "关于开展2026年安全教育日活动的通知\n各社区居委会：\n一、活动时间\n"
				      "2026年4月13日至17日。\n");
	ck_assert_str_eq(field(plan, "doc_number"), "枫街办〔2026〕15号");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-04-07");
	json_decref(plan);
}
END_TEST

START_TEST(the_thing_then_whom_it_asks)
{
	json_t *plan = plan_from_text(HEAD "　　2.“故事大王”比赛选手名单请各班主任于4月21日（星期二）前报王老师。\n"
					   "　　一、请各单位于4月22日前将本单位活动方案报区委网信办。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送“故事大王”比赛选手名单|4月21日（星期二）前|2026-04-21|各班主任|王老师");
	ck_assert_str_eq(names(json_array_get(dls, 1), "who"), "各单位");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 34");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, who_opens_before_the_sending_verb);
	tcase_add_test(tc, a_padded_metadata_label);
	tcase_add_test(tc, the_thing_then_whom_it_asks);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
