/* check_reader_countdown.c - a plan written as a countdown (倒排工期):
 * its main day named D日 once, every entry labelled D-N, D日 or D+N,
 * some with the calendar date in brackets, some to be counted from D日;
 * an entry that tells an event and who leads it is an activity numbered
 * by its label, one that only asks for a submission is none; 至D-1结束
 * ends a run on that day; a submission in an entry is due on its day,
 * the label its rule. Besides: a caravan sets out (发车) from its place;
 * a part of an entry's day (其中，当日…由Y承办) keeps the entry's units;
 * （一）X；（二）Y run on in one paragraph are a focus each. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                               \
	"关于印发2026年科技活动周倒排工期方案的通知\n一、活动时间\n"                                       \
	"2026年5月16日至5月24日。主场活动定于5月23日（星期六）举行，以下称“D日”，其余工作按D日倒排。\n" \
	"二、倒排工期安排\n"
#define SUBMIT "D-10（5月13日，星期三）　各村报送志愿者名单至镇科协。\n"
#define RUN                                                                                                 \
	"D-7（5月16日，星期六）　启动科普大篷车巡展。上午9:00在镇文化广场发车，此后每日一村，至D-1结束。" \
	"由镇科协牵头，镇卫生院配合。\n"
#define COUNTED "D-3　举办应急科普演练。下午3点在镇中心学校操场开展演练。由镇应急办牵头。\n"
#define MAIN "D日（5月23日，星期六）　举办主场活动。上午9:00在镇文化广场举行。由镇科协牵头。\n"

START_TEST(entries_are_numbered_by_their_labels)
{
	json_t *plan = plan_from_text(HEAD SUBMIT RUN COUNTED MAIN);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "D-7");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "启动科普大篷车巡展");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "D日");
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2026-05-23");
	json_decref(plan);
}
END_TEST

START_TEST(a_label_without_a_date_is_counted_from_the_day)
{
	json_t *plan = plan_from_text(HEAD RUN COUNTED MAIN);
	json_t *a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "no"), "D-3");
	ck_assert_str_eq(field(a, "start"), "2026-05-20");
	ck_assert_str_eq(field(a, "end"), "2026-05-20");
	ck_assert_str_eq(field(a, "time"), "15:00");
	ck_assert_str_eq(names(a, "lead"), "镇应急办");
	json_decref(plan);
}
END_TEST

START_TEST(a_run_ends_on_the_label_it_names)
{
	json_t *plan = plan_from_text(HEAD RUN COUNTED);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "start"), "2026-05-16");
	ck_assert_str_eq(field(a, "end"), "2026-05-22");
	ck_assert_str_eq(names(a, "cooperate"), "镇卫生院");
	json_decref(plan);
}
END_TEST

START_TEST(the_day_from_a_dated_label_when_not_defined)
{
	json_t *plan = plan_from_text("关于印发科技活动周倒排工期方案的通知\n一、活动时间\n2026年5月16日至5月24日。\n"
				      "二、倒排工期安排\n" RUN COUNTED);
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-05-20");
	json_decref(plan);
}
END_TEST

START_TEST(an_entry_that_only_sends_is_a_deadline)
{
	json_t *plan = plan_from_text(HEAD SUBMIT RUN COUNTED
				      "D+5　各村报送活动总结至镇科协。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "what"), "报送志愿者名单");
	ck_assert_str_eq(field(dl, "due"), "2026-05-13");
	ck_assert_str_eq(field(dl, "rule"), "D-10（5月13日，星期三）");
	ck_assert_str_eq(field(dl, "submit_to"), "镇科协");
	dl = json_array_get(json_object_get(plan, "deadlines"), 1);
	ck_assert_str_eq(field(dl, "due"), "2026-05-28");
	ck_assert_str_eq(field(dl, "rule"), "D+5");
	json_decref(plan);
}
END_TEST

START_TEST(a_same_day_submission_in_an_entry_is_due_that_day)
{
	json_t *plan = plan_from_text(HEAD "D-7（5月16日，星期六）　启动科普大篷车巡展。由镇科协牵头。"
					   "同日，各村报送宣传栏照片至镇科协。\n" COUNTED);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "what"), "报送宣传栏照片");
	ck_assert_str_eq(field(dl, "due"), "2026-05-16");
	json_decref(plan);
}
END_TEST

START_TEST(a_caravan_sets_out_from_its_place)
{
	json_t *plan = plan_from_text(HEAD RUN COUNTED);
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "镇文化广场");
	json_decref(plan);
}
END_TEST

START_TEST(a_part_of_the_day_keeps_the_entrys_units)
{
	json_t *plan = plan_from_text(HEAD COUNTED "D日（5月23日，星期六）　举办主场活动。上午9:00在镇文化广场举行。"
					   "由镇科协牵头，县科协指导。其中，当日下午2:30在镇中心学校举办科技小制作比赛，"
					   "由镇中心学校承办。\n");
	json_t *a = plan_activity(plan, 2);
	ck_assert_str_eq(field(a, "no"), "D日.1");
	ck_assert_str_eq(names(a, "lead"), "镇科协、镇中心学校");
	ck_assert_str_eq(names(a, "cooperate"), "县科协");
	json_decref(plan);
}
END_TEST

START_TEST(run_in_focuses_of_one_paragraph)
{
	json_t *plan = plan_from_text(HEAD RUN COUNTED "三、宣传重点\n（一）农业实用技术；（二）防灾减灾知识；"
					   "（三）健康生活方式。\n四、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "focus"), 3);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(plan, "focus"), 2)), "健康生活方式");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader countdown plans");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, entries_are_numbered_by_their_labels);
	tcase_add_test(tc, a_label_without_a_date_is_counted_from_the_day);
	tcase_add_test(tc, a_run_ends_on_the_label_it_names);
	tcase_add_test(tc, the_day_from_a_dated_label_when_not_defined);
	tcase_add_test(tc, an_entry_that_only_sends_is_a_deadline);
	tcase_add_test(tc, a_same_day_submission_in_an_entry_is_due_that_day);
	tcase_add_test(tc, a_caravan_sets_out_from_its_place);
	tcase_add_test(tc, a_part_of_the_day_keeps_the_entrys_units);
	tcase_add_test(tc, run_in_focuses_of_one_paragraph);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
