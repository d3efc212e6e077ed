/* check_reader_holdout45.c - habits of hold-out round 45 (g253-g257),
 * each on a small text of its own: a form in the cover's list of annexes
 * whose owner's name ends in a character that opens a word going on
 * (各县（市）区科普日活动安排表: 科 of 科普 ends no unit); a form due by a
 * rule counted from the activity's end (（活动结束后5个工作日内报送）); a
 * group's 执行组长 is a deputy; a task force's head (专班负责人) with
 * deputies called 副组长, each a clause of its own; a member unit that
 * sends its offices (区融媒体中心有关科室负责同志) is the unit; choosing
 * whom to honour by a day (于12月10日前确定“优秀志愿者”10名) is no
 * deadline. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define COVER "关于印发《某市2026年科普日活动方案》的通知\n各县（市）区科技主管部门：\n" \
	      "现印发给你们，请认真贯彻落实。\n附件：1.某市2026年科普日活动方案\n"
#define PLAN "某市科学技术局\n2026年9月1日\n附件1\n某市2026年科普日活动方案\n一、活动时间\n" \
	     "2026年9月14日至9月20日。\n二、活动内容\n（一）科普展\n时间：9月19日\n地点：市科技馆广场\n" \
	     "牵头单位：市科学技术局\n"

START_TEST(an_owner_ends_at_no_character_that_opens_a_word)
{
	json_t *plan = plan_from_text(COVER "2.各县（市）区科普日活动安排表（9月9日前报送）\n" PLAN);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送科普日活动安排表|9月9日前|2026-09-09|各县（市）区|-");
	json_decref(plan);
}
END_TEST

START_TEST(an_annexed_form_due_by_a_counted_rule)
{
	json_t *plan = plan_from_text(COVER "2.科普日活动情况统计表（活动结束后5个工作日内报送）\n" PLAN);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "what"), "报送科普日活动情况统计表");
	ck_assert_str_eq(field(dl, "rule"), "活动结束后5个工作日内");
	json_decref(plan);
}
END_TEST

#define GROUP_HEAD "关于开展2026年“国际志愿者日”活动的通知\n一、活动时间\n2026年12月1日至12月10日。\n二、组织领导\n"
#define GROUP_ITEM "三、活动内容\n（一）志愿服务集市\n12月5日（星期六）上午9:00，在镇文化广场开展志愿服务集市。由团镇委牵头。\n"

START_TEST(an_acting_head_is_a_deputy)
{
	json_t *plan = plan_from_text(GROUP_HEAD "成立活动领导小组：\n组　　长：镇党委书记　林志鸿\n"
						"执行组长：镇党委副书记、镇长　陈秀英\n副 组 长：镇党委委员、宣传委员　郑海燕\n"
						"成　　员：党政综合办、团镇委\n" GROUP_ITEM);
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "镇党委书记林志鸿");
	ck_assert_str_eq(names(c, "vice_chair"), "镇党委副书记、镇长陈秀英、镇党委委员、宣传委员郑海燕");
	json_decref(plan);
}
END_TEST

START_TEST(a_task_force_heads_deputies_and_offices)
{
	json_t *plan = plan_from_text(GROUP_HEAD "成立活动工作专班，区应急管理局局长陈宏伟任专班负责人，区应急管理局"
						"副局长刘春梅，区水利局副局长蒋志强任副组长，成员由区委宣传部、"
						"区融媒体中心有关科室负责同志组成。\n" GROUP_ITEM);
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "区应急管理局局长陈宏伟");
	ck_assert_uint_eq(json_array_size(json_object_get(c, "vice_chair")), 2);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(c, "vice_chair"), 0)),
			 "区应急管理局副局长刘春梅");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(c, "vice_chair"), 1)),
			 "区水利局副局长蒋志强");
	ck_assert_str_eq(names(c, "members"), "区委宣传部、区融媒体中心");
	json_decref(plan);
}
END_TEST

START_TEST(choosing_the_honoured_by_a_day_is_no_deadline)
{
	json_t *plan = plan_from_text(GROUP_HEAD "三、活动内容\n（一）优秀志愿者评选\n各村（社区）推荐人选，镇领导小组"
						"办公室审核后，于12月10日前确定“优秀志愿者”10名，并予以宣传。由团镇委牵头。\n"
						"（二）工作总结\n各村（社区）请于12月8日前完成征集。由团镇委牵头。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "what"), "完成征集");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 45");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, an_owner_ends_at_no_character_that_opens_a_word);
	tcase_add_test(tc, an_annexed_form_due_by_a_counted_rule);
	tcase_add_test(tc, an_acting_head_is_a_deputy);
	tcase_add_test(tc, a_task_force_heads_deputies_and_offices);
	tcase_add_test(tc, choosing_the_honoured_by_a_day_is_no_deadline);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
