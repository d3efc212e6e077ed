/* check_reader_holdout17d.c - habits of the genre that the hold-out
 * notices g114 and g117 showed, each on a small text of its own. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 联系人：局安全办　王建平　办公电话：…　手机：…: one person with two
 * numbers; 办公 is the label of the office's phone, not a second person. */
START_TEST(an_office_phone_label_is_no_person)
{
	json_t *plan = plan_from_text("关于做好2027年安全教育日活动的通知\n一、活动时间\n2027年3月22日至4月2日\n"
				 "二、工作要求\n（一）加强组织。\n"
				 "联系人：局安全办　王建平　办公电话：0354-7621538　手机：13935412876\n");
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(contacts), 2);
	ck_assert_str_eq(field(json_array_get(contacts, 0), "name"), "王建平");
	ck_assert_str_eq(field(json_array_get(contacts, 0), "phone"), "0354-7621538");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "name"), "王建平");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "phone"), "13935412876");
	json_decref(plan);
}
END_TEST

/* 三、农业科技下乡服务（9月中旬）: the bracket closing a heading holds a
 * part of a month, as others hold a day: the title is the name before it,
 * and the dates stay unknown (a fuzzy date is no date). */
START_TEST(a_part_of_a_month_in_brackets_leaves_the_title)
{
	json_t *plan = plan_from_text("关于开展2027年全国科普日活动的通知\n"
				 "镇政府决定于9月13日至9月19日在全镇开展全国科普日系列活动。\n"
				 "一、科普大集（9月18日）\n9月18日上午8:30，在镇文体广场举办科普大集。由镇科协牵头。\n"
				 "二、农业科技下乡服务（9月中旬）\n组织农技专家为种植户开展技术指导。由镇农业农村服务中心负责。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	ck_assert_str_eq(activity_line(json_array_get(acts, 0)),
			 "一|科普大集|2027-09-18|2027-09-18|08:30|镇文体广场|镇科协|");
	ck_assert_str_eq(activity_line(json_array_get(acts, 1)), "二|农业科技下乡服务|-|-|-|-|镇农业农村服务中心|");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 17 (d)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, an_office_phone_label_is_no_person);
	tcase_add_test(tc, a_part_of_a_month_in_brackets_leaves_the_title);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
