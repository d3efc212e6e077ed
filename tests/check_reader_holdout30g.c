/* check_reader_holdout30g.c - habits of the genre that the hold-out
 * notices of round 30 (g179..g182) showed, each on a small text of its
 * own: items whose numbers run on across group headings. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2027年全民国防教育日活动的通知\n一、活动时间\n2027年9月13日至9月19日。\n二、活动内容\n"

/* （一）面向学生 1. 2. （二）面向社区 3.: the items' numbers run on
 * across the groups, so each number names its item alone (3, not 二.3);
 * groups that number afresh (（一） 1. 2. （二） 1.) keep 二.1. */
START_TEST(numbers_that_run_on_across_groups)
{
	json_t *plan = plan_from_text(HEAD "（一）面向学生\n"
					   "1．国防知识讲座。9月15日，在市一中举行。市教育局牵头。\n"
					   "2．国防主题班会。9月16日，在各中小学举行。市教育局牵头。\n"
					   "（二）面向社区\n"
					   "3．国防教育集中宣传。9月19日，在人民广场举行。市国动办牵头。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "1");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "2");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|国防教育集中宣传|2027-09-19|2027-09-19|-|人民广场|市国动办|");
	json_decref(plan);

	plan = plan_from_text(HEAD "（一）面向学生\n"
				   "1．国防知识讲座。9月15日，在市一中举行。市教育局牵头。\n"
				   "2．国防主题班会。9月16日，在各中小学举行。市教育局牵头。\n"
				   "（二）面向社区\n"
				   "1．国防教育集中宣传。9月19日，在人民广场举行。市国动办牵头。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一.1");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "二.1");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 30 (groups)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, numbers_that_run_on_across_groups);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
