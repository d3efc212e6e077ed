/* check_reader_ocr.c - a notice scanned, OCR'd and pasted as text (as
 * g233), each habit on a small text of its own: the letter O read for a
 * zero inside a number (2O26年, 9:OO, 6月3O日, a telephone's 5623O18), 曰
 * read for 日 after a day's digits (5月29曰), a mobile number cut by a
 * stray space (1397391662 5) still whole; an O or 曰 among words stays;
 * and g233's other habits: 在全县范围内对X等开展 has the region for its
 * place; an account named in straight quotes ("淞阳发布"微信公众号) is one. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年防范非法集资宣传月活动的通知\n"
#define ITEM "二、活动安排\n（一）启动仪式。6月2日上午9:00，在县人民广场举办启动仪式。由县处非办牵头。\n"

START_TEST(o_for_zero_in_a_period)
{
	json_t *plan = plan_from_text(HEAD "一、活动时间\n2O26年6月1日至6月3O日。\n" ITEM);
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-06-01");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "end"), "2026-06-30");
	json_decref(plan);
}
END_TEST

START_TEST(o_for_zero_and_yue_for_ri_in_a_date_and_time_not_among_words)
{
	json_t *plan = plan_from_text(HEAD "一、活动时间\n2026年6月1日至6月30日。\n二、活动安排\n"
					   "（一）专题讲座。6月1O曰（星期三）下午2:3O，在县老年大学多功能厅"
					   "举办专题讲座。由县民政局牵头。\n"
					   "（二）启动仪式。6月2曰上午9:OO，在县人民广场举办启动仪式。由县处非办牵头。\n"
					   "（三）子曰诗云诵读会。6月3日上午9:00，在县图书馆O2O体验区举办诵读会。"
					   "由县文旅局牵头。\n");
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "start"), "2026-06-10");
	ck_assert_str_eq(field(a, "time"), "14:30");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "start"), "2026-06-02");
	ck_assert_str_eq(field(a, "time"), "09:00");
	a = plan_activity(plan, 2); /* an O or 曰 among words stays */
	ck_assert_str_eq(field(a, "title"), "子曰诗云诵读会");
	ck_assert_str_eq(field(a, "location"), "县图书馆O2O体验区");
	json_decref(plan);
}
END_TEST

START_TEST(o_for_zero_in_a_phone_and_a_mobile_cut_by_a_space)
{
	json_t *plan = plan_from_text(HEAD "一、活动时间\n2026年6月1日至6月30日。\n" ITEM
					   "三、联系方式\n联系人：县委金融办 王丽萍，电话：0739-5623O18，"
					   "手机：1397391662 5\n");
	ck_assert_str_eq(contact_line_at(plan, 0), "王丽萍|0739-5623018|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "王丽萍|13973916625|-");
	json_decref(plan);
}
END_TEST

START_TEST(the_region_before_what_is_checked_there)
{
	json_t *plan = plan_from_text(HEAD "一、活动时间\n2026年6月1日至6月30日。\n二、活动安排\n"
					   "（一）风险排查。宣传月期间，在全县范围内对投资咨询、理财服务、养老服务等"
					   "重点行业开展风险排查。由县市场监管局牵头。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "全县");
	json_decref(plan);
}
END_TEST

START_TEST(an_account_in_straight_quotes)
{
	json_t *plan = plan_from_text(HEAD "一、活动时间\n2026年6月1日至6月30日。\n二、活动安排\n"
					   "（一）线上竞答。6月8日至6月19日，在\"淞阳发布\"微信公众号开展线上有奖竞答。"
					   "由县融媒体中心牵头。\n"
					   "（二）线上展播。6月8日至6月19日，在\"淞阳政法\"\"淞阳教育\"微信公众号"
					   "开展展播。由县委政法委牵头。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "\"淞阳发布\"微信公众号");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "\"淞阳政法\"\"淞阳教育\"微信公众号");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a notice OCR'd from a scan");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, o_for_zero_in_a_period);
	tcase_add_test(tc, o_for_zero_and_yue_for_ri_in_a_date_and_time_not_among_words);
	tcase_add_test(tc, o_for_zero_in_a_phone_and_a_mobile_cut_by_a_space);
	tcase_add_test(tc, the_region_before_what_is_checked_there);
	tcase_add_test(tc, an_account_in_straight_quotes);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
