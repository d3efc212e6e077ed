/* check_reader_holdout27m.c - committee habits that the hold-out notices
 * g164 and g172 showed, each on a small text of its own: label lines
 * whose persons are written post, U+3000, name (院长　张伟民), several to
 * a line apart by 、 and a name padded inside (陈　静); an office set up
 * with a comma before its seat (下设办公室，设在医务科); and a committee
 * in prose a role a line (组长由X同志担任； / 副组长由Y同志、Z同志担任； /
 * 成员由A、B分管负责同志组成。). */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                       \
	"关于开展2027年全民健身周活动的通知\n一、活动时间\n2027年8月8日至8月14日。\n二、活动内容\n" \
	"1．健身步道徒步。8月8日，在县体育公园举行。牵头单位：县文体局。\n"

/* 组　长：局长　王建华 / 副组长：副局长　李　平、副局长　赵晓东: the post
 * comes first, a wide gap, then the name; read post then name as the
 * post-first lines are, the 、 parting two persons, the gap inside 李　平
 * squeezed. */
START_TEST(persons_post_first_after_a_padded_label)
{
	json_t *plan = plan_from_text(HEAD "三、组织领导\n成立活动工作小组。\n"
					   "　　组　长：局长　王建华\n"
					   "　　副组长：副局长　李　平、副局长　赵晓东\n"
					   "　　成　员：办公室、群体股、竞赛股\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "局长王建华");
	ck_assert_str_eq(names(c, "vice_chair"), "副局长李平、副局长赵晓东");
	ck_assert_str_eq(names(c, "members"), "办公室、群体股、竞赛股");
	json_decref(plan);
	/* 组　长：王建华　局长: name first, as before, reads 姓名（职务): only
	 * a post before the gap is read post first */
	plan = plan_from_text(HEAD "三、组织领导\n成立活动工作小组。\n"
				   "　　组　长：王建华　局长\n"
				   "　　副组长：李　平　副局长\n");
	c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "王建华（局长）");
	ck_assert_str_eq(names(c, "vice_chair"), "李平（副局长）");
	json_decref(plan);
}
END_TEST

/* 工作小组下设办公室，设在县文体局群体股，负责…: a comma between the office
 * and its seat; the seat is the office. */
START_TEST(an_office_set_up_with_a_comma_before_its_seat)
{
	json_t *plan = plan_from_text(HEAD "三、组织领导\n成立活动工作小组。\n"
					   "　　组　长：局长　王建华\n"
					   "　　成　员：办公室、群体股、竞赛股\n"
					   "工作小组下设办公室，设在县文体局群体股，负责活动的统筹协调。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "office"), "县文体局群体股");
	json_decref(plan);
}
END_TEST

/* 工作专班组长由X同志担任； / 副组长由Y同志、Z同志担任； / 成员由A、B分管
 * 负责同志组成。: a role a line; the deputies and the members are on the
 * lines after the chair's. */
START_TEST(a_committee_in_prose_a_role_a_line)
{
	json_t *plan = plan_from_text(HEAD "三、组织领导\n成立全民健身周活动工作专班。\n"
					   "工作专班组长由县文体局局长张明同志担任；\n"
					   "副组长由县文体局副局长王丽同志、县卫健局副局长刘强同志担任；\n"
					   "成员由县文体局、县卫健局、县总工会分管负责同志组成。\n"
					   "四、工作要求\n各单位要高度重视。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "县文体局局长张明");
	ck_assert_str_eq(names(c, "vice_chair"), "县文体局副局长王丽、县卫健局副局长刘强");
	ck_assert_str_eq(names(c, "members"), "县文体局、县卫健局、县总工会");
	json_decref(plan);
	/* the lines after the chair's stop at the next heading: a 副组长由…
	 * under another heading is no deputy of this committee */
	plan = plan_from_text(HEAD "三、组织领导\n工作专班组长由县文体局局长张明同志担任。\n"
				   "四、其他\n副组长由县卫健局副局长刘强同志担任。\n");
	c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "县文体局局长张明");
	ck_assert_str_eq(names(c, "vice_chair"), "");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 27, the committee");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, persons_post_first_after_a_padded_label);
	tcase_add_test(tc, an_office_set_up_with_a_comma_before_its_seat);
	tcase_add_test(tc, a_committee_in_prose_a_role_a_line);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
