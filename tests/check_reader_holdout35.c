/* check_reader_holdout35.c - habits of hold-out round 35 (g203-g207),
 * each on a small text of its own: a joint meeting's 召集人 and 副召集人
 * are its chair and vice-chairs; …的组织实施由X具体负责 makes X the lead
 * unit; a 承办单位 line under the campaign's 主办单位 (also in the annexed
 * plan of a 印发 notice) too; a bureau that is also an office issues under
 * both names (泷江县市场监督管理局（泷江县知识产权局） over 关于…); who opens
 * the clause of a recurring due day (…，自6月起，X于每月25日前将…报Y), and
 * 请 is no part of who (请各乡镇、各成员单位于…). */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年知识产权宣传周活动的通知\n一、活动时间\n2026年4月20日至26日。\n"

START_TEST(a_joint_meetings_conveners)
{
	json_t *plan = plan_from_text(HEAD "二、组织领导\n　　联席会议组成如下：\n"
					   "　　召 集 人：县人民政府副县长　钟文斌\n"
					   "　　副召集人：县人民政府办公室副主任　李卫东\n"
					   "　　成员单位：县委宣传部、县科技局、县公安局\n"
					   "　　宣传周各项活动的组织实施由县市场监督管理局知识产权股具体负责。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "县人民政府副县长钟文斌");
	ck_assert_str_eq(names(c, "vice_chair"), "县人民政府办公室副主任李卫东");
	ck_assert_str_eq(names(c, "members"), "县委宣传部、县科技局、县公安局");
	ck_assert_str_eq(field(plan, "lead_unit"), "县市场监督管理局知识产权股");
	json_decref(plan);
}
END_TEST

START_TEST(a_runner_under_the_host_in_an_annexed_plan)
{
	json_t *plan = plan_from_text("弥川市文化广电和旅游局\n关于印发《弥川市2026年中国旅游日活动方案》的通知\n"
				      "各县（市、区）文化和旅游局：\n　　现将方案印发给你们。\n弥川市文化广电和旅游局\n"
				      "2026年5月6日\n附件\n弥川市2026年中国旅游日活动方案\n一、活动时间\n"
				      "2026年5月16日至5月24日。\n二、组织单位\n主办单位：弥川市文化广电和旅游局\n"
				      "承办单位：弥川市旅游发展服务中心\n协办单位：各景区\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "弥川市旅游发展服务中心");
	json_decref(plan);
	/* a form's 承办单位 with no host over it runs nothing */
	plan = plan_from_text(HEAD "二、报名回执\n承办单位：县文化馆\n联系人：张三\n");
	ck_assert(json_object_get(plan, "lead_unit") == NULL || json_is_null(json_object_get(plan, "lead_unit")));
	json_decref(plan);
}
END_TEST

START_TEST(an_issuer_under_both_its_names)
{
	json_t *plan = plan_from_text("泷江县市场监督管理局文件\n泷市监字〔2026〕21号\n"
				      "泷江县市场监督管理局（泷江县知识产权局）\n关于印发《泷江县2026年知识产权宣传周活动方案》的通知\n"
				      "各乡镇人民政府：\n　　现印发给你们。\n一、活动时间\n2026年4月20日至26日。\n");
	ck_assert_str_eq(field(plan, "organizer"), "泷江县市场监督管理局（泷江县知识产权局）");
	json_decref(plan);
}
END_TEST

START_TEST(who_owes_a_monthly_report)
{
	json_t *plan = plan_from_text(HEAD "二、工作要求\n　　（二）突出问题导向。要把活动与隐患排查结合起来，自6月起，"
					   "各县（市、区）安委办于每月25日前将本月隐患排查情况统计表报市安委办。\n"
					   "　　（三）及时报送。宣传周期间，实行周报制度，请各乡镇、各成员单位于每周五下午5时前"
					   "将本周活动开展情况报送县禁毒办。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_str_eq(names(json_array_get(dls, 0), "who"), "各县（市、区）安委办");
	ck_assert_str_eq(names(json_array_get(dls, 1), "who"), "各乡镇、各成员单位");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 35");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_joint_meetings_conveners);
	tcase_add_test(tc, a_runner_under_the_host_in_an_annexed_plan);
	tcase_add_test(tc, an_issuer_under_both_its_names);
	tcase_add_test(tc, who_owes_a_monthly_report);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
