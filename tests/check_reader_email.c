/* check_reader_email.c - a plan that reaches the desk as a forwarded
 * e-mail: the outer message's header, the forwarder's short note and
 * signature, a ----- 原始邮件 ----- rule, the original's header, and the
 * plan with every line quoted by "> " (a blank quoted line a bare ">",
 * a quote inside a quote "> > "). Each habit on a small text of its own. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define OUTER "发件人：王明 <jd_sw@163.com>\n发送时间：2026年4月29日(星期三) 上午10:15\n" \
	      "收件人：各社区居委会\n主题：转发：关于印发《东澄区助残日活动方案》的通知\n\n"
#define ORIGINAL "------------------ 原始邮件 ------------------\n" \
		 "发件人：\"区残联\" <qcl@163.com>\n发送时间：2026年4月27日(星期一) 下午4:42\n" \
		 "收件人：\"各街道残联\" <jd@163.com>;\n主题：关于印发《东澄区助残日活动方案》的通知\n\n"

START_TEST(quoted_lines_are_the_plan)
{
	json_t *plan = plan_from_text(OUTER ORIGINAL
				      "> 东澄区助残日活动方案\n>\n>     一、活动主题\n>     科技助残　共享美好生活\n>\n"
				      ">     二、活动时间\n>     2026年5月11日至5月17日。\n>\n>     三、活动安排\n"
				      ">     1.残疾人专场招聘会。5月14日（星期四）上午9:30，在东澄区人力资源市场举办"
				      "招聘会。由区残联牵头。\n");
	ck_assert_str_eq(field(plan, "title"), "东澄区助残日活动方案");
	ck_assert_str_eq(field(plan, "theme"), "科技助残　共享美好生活");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-05-11");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "残疾人专场招聘会");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "东澄区人力资源市场");
	json_decref(plan);
}
END_TEST

START_TEST(a_quote_inside_a_quote_loses_both_marks)
{
	json_t *plan = plan_from_text(OUTER "> > 东澄区助残日活动方案\n> >\n> > 一、活动时间\n"
				      "> > 2026年5月11日至5月17日。\n> >\n> > 二、活动安排\n"
				      "> > 1.爱心集市。5月17日（星期日）上午9:00，在东澄区文化广场举办。由区残联牵头。\n");
	ck_assert_str_eq(field(plan, "title"), "东澄区助残日活动方案");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "爱心集市");
	ck_assert_str_eq(field(plan_activity(plan, 0), "time"), "09:00");
	json_decref(plan);
}
END_TEST

#define NOTE "各社区：\n    区残联的方案转给大家，请认真看一下。\n\n王明\n青石街道社会事务办\n0576-88512036\n\n"
#define PLAN "> 东澄区助残日活动方案\n>\n>     一、活动时间\n>     2026年5月11日至5月17日。\n>\n" \
	     ">     二、活动安排\n>     1.爱心集市。5月17日（星期日）上午9:00，在东澄区文化广场举办。由区残联牵头。\n" \
	     ">\n>                     东澄区残疾人联合会\n>                     2026年4月27日\n"

/* the note's signer (a person and the office) forwards; the plan's own
 * signature issues it, on the date under it (no header's date) */
START_TEST(the_plans_signature_not_the_forwarders)
{
	json_t *plan = plan_from_text(OUTER NOTE ORIGINAL PLAN);
	ck_assert_str_eq(field(plan, "organizer"), "东澄区残疾人联合会");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-04-27");
	ck_assert_str_eq(field(plan, "title"), "东澄区助残日活动方案");
	json_decref(plan);
}
END_TEST

/* an English client: From:/Sent:/To:/Subject: and -----Original Message-----;
 * the original's Subject: names no theme */
START_TEST(an_english_clients_headers_are_metadata)
{
	json_t *plan = plan_from_text("From: 王明 <jd_sw@163.com>\nSent: Wednesday, April 29, 2026 10:15 AM\n"
				      "To: 各社区居委会\nSubject: 转发：东澄区助残日活动方案\n\n" NOTE
				      "-----Original Message-----\nFrom: 区残联 <qcl@163.com>\n"
				      "Sent: Monday, April 27, 2026 4:42 PM\nSubject: 东澄区助残日活动方案\n\n" PLAN);
	ck_assert_str_eq(field(plan, "organizer"), "东澄区残疾人联合会");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-04-27");
	ck_assert_ptr_null(json_object_get(plan, "theme"));
	json_decref(plan);
}
END_TEST

/* 由A、B共同主办: both lead, as with 共同牵头 (the adverb no part of B) */
START_TEST(hosts_together_both_lead)
{
	json_t *plan = plan_from_text("东澄区助残日活动方案\n一、活动时间\n2026年5月11日至5月17日。\n二、活动安排\n"
				      "1.残疾人专场招聘会。5月14日（星期四）上午9:30，在东澄区人力资源市场举办招聘会。"
				      "由区残联、区人力资源和社会保障局共同主办。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "区残联、区人力资源和社会保障局");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a plan forwarded by e-mail");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, quoted_lines_are_the_plan);
	tcase_add_test(tc, a_quote_inside_a_quote_loses_both_marks);
	tcase_add_test(tc, the_plans_signature_not_the_forwarders);
	tcase_add_test(tc, an_english_clients_headers_are_metadata);
	tcase_add_test(tc, hosts_together_both_lead);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
