/* check_reader_faq.c - a plan published as questions and answers (问1：…？
 * / 答：…, also 问：/答：, Q:/A:, 一问/一答), with no 一、二、 sections: each
 * question heads its answer; the answers that tell an event (a day it
 * happens on, or 活动期间, and who holds it) are the activities, numbered
 * by their question and titled by the event the answer names; the other
 * answers hold the period, the committee, the deadlines. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define TITLE "青溪县2026年“全国科普日”活动安排\n——致全县群众的一问一答\n"

START_TEST(answers_that_tell_an_event_are_activities)
{
	json_t *plan = plan_from_text(TITLE "问1：活动在什么时间开展？\n答：集中宣传时间为2026年9月14日至9月20日。\n"
					    "问2：在哪里能看科普展？\n答：可以。9月15日（星期二）上午9:00，县科协在县文化广场"
					    "举办“科技点亮生活”科普展。\n"
					    "问3：各单位要报送什么？\n答：请各乡镇于9月10日前将活动安排报县科协。\n"
					    "问4：学校有什么活动？\n答：9月17日下午2:30，县教育局在县实验小学开展“小小科学家”"
					    "实验秀。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "no"), "2");
	ck_assert_str_eq(field(a, "title"), "“科技点亮生活”科普展");
	ck_assert_str_eq(field(a, "start"), "2026-09-15");
	ck_assert_str_eq(field(a, "time"), "09:00");
	ck_assert_str_eq(field(a, "location"), "县文化广场");
	ck_assert_str_eq(names(a, "lead"), "县科协");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "4");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "“小小科学家”实验秀");
	json_decref(plan);
}
END_TEST

START_TEST(unnumbered_questions_in_latin_letters)
{
	json_t *plan = plan_from_text(TITLE "Q：活动在什么时间开展？\nA：集中宣传时间为2026年9月14日至9月20日。\n"
					    "Q：手机上能参加什么活动？\nA：活动期间，县科协在“青溪科普”微信公众号开展"
					    "科普知识答题。\n"
					    "Q：各单位要报送什么？\nA：请各乡镇于9月10日前将活动安排报县科协。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "no"), "2");
	ck_assert_str_eq(field(a, "title"), "科普知识答题");
	ck_assert_str_eq(field(a, "start"), "2026-09-14");
	ck_assert_str_eq(field(a, "end"), "2026-09-20");
	ck_assert_str_eq(names(a, "lead"), "县科协");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_decref(plan);
}
END_TEST

START_TEST(a_reply_before_the_event_is_no_part_of_it)
{
	json_t *plan = plan_from_text(TITLE "一问：活动在什么时间开展？\n一答：集中宣传时间为2026年9月14日至9月20日。\n"
					    "一问：老人有专门的讲座吗？\n一答：有。9月16日下午3点，县中医医院在医院三楼"
					    "会议室举办“健康养生”讲座。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "no"), "2");
	ck_assert_str_eq(names(a, "lead"), "县中医医院");
	ck_assert_str_eq(field(a, "time"), "15:00");
	json_decref(plan);
}
END_TEST

START_TEST(a_question_asking_whom_to_call_heads_the_contacts)
{
	json_t *plan = plan_from_text(TITLE "问1：活动在什么时间开展？\n答：集中宣传时间为2026年9月14日至9月20日。\n"
					    "问2：还有问题找谁咨询？\n答：县科协科普部　王丽，电话：0745-6231082；\n"
					    "县文化馆　李强，手机：13974520316。\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	json_t *c = json_array_get(json_object_get(plan, "contacts"), 1);
	ck_assert_str_eq(field(c, "name"), "李强");
	ck_assert_str_eq(field(c, "phone"), "13974520316");
	json_decref(plan);
}
END_TEST

START_TEST(members_named_by_the_people_they_send)
{
	json_t *plan = plan_from_text(TITLE "问1：活动在什么时间开展？\n答：集中宣传时间为2026年9月14日至9月20日。\n"
					    "问2：这次活动由哪些部门组织？\n答：县科协成立了活动领导小组。组长由县科协主席"
					    "王明担任，成员为县教育局、各乡镇人民政府的分管负责同志。\n");
	ck_assert_str_eq(names(json_object_get(plan, "committee"), "members"), "县教育局、各乡镇人民政府");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader habits: a plan as questions and answers");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, answers_that_tell_an_event_are_activities);
	tcase_add_test(tc, unnumbered_questions_in_latin_letters);
	tcase_add_test(tc, a_reply_before_the_event_is_no_part_of_it);
	tcase_add_test(tc, a_question_asking_whom_to_call_heads_the_contacts);
	tcase_add_test(tc, members_named_by_the_people_they_send);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
