/* check_reader_datestyles.c - dates in the styles office staff type
 * besides 年月日, each on a small text of its own: 2026/05/31 and
 * 2026/05/30前 (slashed, as forms and typed-in dates write them), 5.22起
 * (dotted, before 起), read wherever a 年月日 date is, while decimals
 * (3.5万, 1.5米) and fractions (1/2) stay numbers; a place whose address
 * is given in brackets ends there, before what is done at it. */
#include "config.h"

#include <jansson.h>

#include "notice-date.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年世界无烟日宣传活动的通知\n一、活动时间\n2026年5月25日至5月31日。\n"

/* "YYYY-MM-DD..YYYY-MM-DD" of the first date in s, "-" if none. */
static const char *found(const char *s)
{
	static char out[32];
	wp_ndate d;
	if (!wp_nfind_date(s, 2026, &d))
		return "-";
	int y, m, dd, y2, m2, d2;
	wp_date_to_ymd(d.start, &y, &m, &dd);
	wp_date_to_ymd(d.end, &y2, &m2, &d2);
	snprintf(out, sizeof out, "%04d-%02d-%02d..%04d-%02d-%02d", y, m, dd, y2, m2, d2);
	return out;
}

START_TEST(a_slashed_date_is_a_date)
{
	ck_assert_str_eq(found("2026/05/31（星期日）上午8:30"), "2026-05-31..2026-05-31");
	ck_assert_str_eq(found("请于2026/05/30前发送"), "2026-05-30..2026-05-30");
	ck_assert_str_eq(found("2026/05/25—2026/05/31"), "2026-05-25..2026-05-31");
	/* a fraction, or a path of more parts, is no date */
	ck_assert_str_eq(found("占比1/2以上"), "-");
	ck_assert_str_eq(found("见2026/05/31/12"), "-");
}
END_TEST

START_TEST(a_dotted_date_before_its_start_word)
{
	ck_assert_str_eq(found("5.22起接受报名"), "2026-05-22..2026-05-22");
	/* decimals stay numbers */
	ck_assert_str_eq(found("发放宣传资料3.5万份，设置1.5米线"), "-");
}
END_TEST

START_TEST(an_activity_dated_with_slashes)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n（一）主题义诊。2026/05/31（星期日）上午8:30，"
					   "在门诊楼前广场开展主题义诊。由健康教育科牵头。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-05-31");
	ck_assert_str_eq(field(plan_activity(plan, 0), "time"), "08:30");
	json_decref(plan);
}
END_TEST

START_TEST(a_deadline_dated_with_slashes)
{
	json_t *plan = plan_from_text(HEAD "二、工作要求\n（一）各科室于2026/05/29前将活动总结报健康教育科。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-05-29");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "rule"), "2026/05/29前");
	json_decref(plan);
}
END_TEST

START_TEST(a_place_ends_after_its_address)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n（一）戒烟门诊开放周。5月25日至5月31日，在戒烟门诊"
					   "（门诊三楼312室）延长服务时间。由呼吸科负责。\n"
					   "（二）控烟宣传。5月26日，在各县（市、区）社区、村居张贴宣传画。由宣传科负责。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "戒烟门诊（门诊三楼312室）");
	/* a region glossed in brackets is no address: the place runs on */
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "各县（市、区）社区、村居");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader date styles");
	TCase *tc = tcase_create("styles");
	tcase_add_test(tc, a_slashed_date_is_a_date);
	tcase_add_test(tc, a_dotted_date_before_its_start_word);
	tcase_add_test(tc, an_activity_dated_with_slashes);
	tcase_add_test(tc, a_deadline_dated_with_slashes);
	tcase_add_test(tc, a_place_ends_after_its_address);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
