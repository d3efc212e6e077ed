/* check_reader_daypara.c - a paragraph that opens with its date in
 * brackets (【5月16日·周六】上午9点，在…举办…，由X负责，Y协助。, g226)
 * is an activity on that date or range, titled by the event it tells,
 * with the time, place and units of its sentences; brackets that hold
 * more than a date are no label. Texts of their own, not the fixture's. */
#include "config.h"

#include <jansson.h>

#include "notice-reader.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* Does p open with a date label the reader takes, in 2026? */
static bool label(const char *p)
{
	wp_ndate days;
	const char *body;
	return wp_notice_date_label(p, 2026, &days, &body);
}

#define HEAD "关于开展2026年科技活动周活动的通知\n一、活动时间\n2026年5月16日至5月22日。\n二、活动安排\n"

START_TEST(a_bracketed_day_opens_an_activity)
{
	json_t *plan = plan_from_text(HEAD "　　【5月16日·周六】上午9点，镇政府在文化广场举办科技活动周启动仪式，"
					   "组织群众参观科普展板，由镇科协负责，镇农技站、镇卫生院协助。\n"
					   "　　【5月18日·周一】晚7点半，在镇中心小学开展青少年科学实验秀，由镇教育办负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "科技活动周启动仪式");
	ck_assert_str_eq(field(a, "start"), "2026-05-16");
	ck_assert_str_eq(field(a, "end"), "2026-05-16");
	ck_assert_str_eq(field(a, "time"), "09:00");
	ck_assert_str_eq(field(a, "location"), "文化广场");
	ck_assert_str_eq(names(a, "lead"), "镇科协");
	ck_assert_str_eq(names(a, "cooperate"), "镇农技站、镇卫生院");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "title"), "青少年科学实验秀");
	ck_assert_str_eq(field(a, "start"), "2026-05-18");
	ck_assert_str_eq(field(a, "time"), "19:30");
	json_decref(plan);
}
END_TEST

START_TEST(other_brackets_and_ranges)
{
	json_t *plan = plan_from_text(HEAD "　　〔5月17日（星期日）〕下午2点，在县图书馆组织科普讲座，由县科协负责。\n"
					   "　　[5月16日—5月22日] 开展“科普场馆免费开放”活动，由县文旅局负责。\n"
					   "　　（5月19日）上午10点，在县青少年宫举办机器人竞赛，由县教育局负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "科普讲座");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-05-17");
	json_t *week = plan_activity(plan, 1);
	ck_assert_str_eq(field(week, "title"), "“科普场馆免费开放”活动");
	ck_assert_str_eq(field(week, "start"), "2026-05-16");
	ck_assert_str_eq(field(week, "end"), "2026-05-22");
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2026-05-19");
	json_decref(plan);
}
END_TEST

START_TEST(a_bracket_that_holds_more_is_no_label)
{
	ck_assert(!label("（5月16日上午在广场）举办启动仪式。"));
	ck_assert(!label("【活动一】举办启动仪式。"));
	ck_assert(label("【5月16日 星期六】举办启动仪式。"));
	/* a label and nothing after it tells nothing */
	ck_assert(!label("【5月16日】"));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: paragraphs opened by a bracketed date");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_bracketed_day_opens_an_activity);
	tcase_add_test(tc, other_brackets_and_ranges);
	tcase_add_test(tc, a_bracket_that_holds_more_is_no_label);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
