/* check_reader_holdout30r.c - habits of a revision notice (关于调整…活动
 * 安排的通知, hold-out g178), each on a small text of its own: an item
 * gives a field twice, 原定 and 调整, and only the new value is read; a
 * prose item says 地点由A改为B, 牵头单位由A调整为B, A改为配合单位; a
 * remark on a value (（不变）, （新增活动）) is no part of it; the items
 * of a 取消的活动 section are no activities; a bracket citing the amended
 * notice's item (（《通知》第二项活动）) is no part of a title; a due moved
 * (…前报送的X，调整为Y前报送) is due Y. An ordinary
 * notice that says 调整 in other senses reads as before. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                       \
	"关于调整2027年全民健身月部分活动安排的通知\n一、活动时间\n2027年8月1日至8月31日。\n" \
	"二、调整后的活动安排\n"

/* 原时间：… / 调整后时间：… / 原地点：… / 变更地点：…: the superseded
 * line is dropped whatever its order, the new one is the field. */
START_TEST(a_former_and_a_new_label_line)
{
	json_t *plan = plan_from_text(HEAD "1．全民健身长跑\n调整后时间：8月9日（星期一）上午8:30\n"
					   "原时间：8月8日（星期日）\n原地点：市体育中心\n变更地点：滨江公园\n"
					   "牵头单位：市体育局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|全民健身长跑|2027-08-09|2027-08-09|08:30|滨江公园|市体育局|");
	json_decref(plan);
}
END_TEST

/* 时间由8月10日调整为8月12日，地点由X改为Y。牵头单位由A调整为B，A改为
 * 配合单位。: each change clause gives the new value of its field, and
 * the unit that no longer leads cooperates. */
START_TEST(a_change_said_in_prose)
{
	json_t *plan = plan_from_text(HEAD "1．广场舞展演\n时间由8月10日调整为8月12日，地点由市文化广场改为市群艺馆。"
					   "牵头单位由市文化馆调整为市总工会，市文化馆改为配合单位。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(activity_line(a), "1|广场舞展演|2027-08-12|2027-08-12|-|市群艺馆|市总工会|市文化馆");
	json_decref(plan);
}
END_TEST

/* 地点：市游泳馆（不变）, 牵头单位：市体育局（不变）, X（新增活动): the
 * remark says the value stands or the item is new, and is neither. */
START_TEST(a_remark_on_a_value_or_an_item)
{
	json_t *plan = plan_from_text(HEAD "1．青少年游泳培训（新增活动）\n时间：8月15日\n地点：市游泳馆（不变）\n"
					   "牵头单位：市体育局（不变）\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|青少年游泳培训|2027-08-15|2027-08-15|-|市游泳馆|市体育局|");
	json_decref(plan);
}
END_TEST

/* 调整 in other senses (结构调整, 如有调整另行通知) leaves an ordinary
 * item as it was, beside a changed one read by its new value. */
START_TEST(adjust_in_other_senses)
{
	json_t *plan = plan_from_text(HEAD "1．健身知识讲座\n时间：8月20日。地点：市图书馆。牵头单位：市卫健委。"
					   "讲授膳食结构调整等内容，如有调整另行通知。\n"
					   "2．社区健身指导\n原定时间：8月21日\n调整时间：8月22日\n牵头单位：市体育局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|健身知识讲座|2027-08-20|2027-08-20|-|市图书馆|市卫健委|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "2|社区健身指导|2027-08-22|2027-08-22|-|-|市体育局|");
	json_decref(plan);
}
END_TEST

/* 三、取消的活动 / 1．自行车骑行赛（原定8月15日，滨江绿道）: the items of
 * a section of what will not be held are no activities; the changed item
 * keeps its own number. */
START_TEST(a_section_of_cancelled_items)
{
	json_t *plan = plan_from_text(HEAD "1．全民健身长跑\n时间：8月9日\n牵头单位：市体育局\n三、取消的活动\n"
					   "1．自行车骑行赛（原定8月15日，滨江绿道）\n因道路施工取消。\n"
					   "2．登山比赛（原定8月22日）\n四、工作要求\n"
					   "请各县（市、区）体育局于8月5日前将参赛人员名单报市体育局。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|全民健身长跑|2027-08-09|2027-08-09|-|-|市体育局|");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_decref(plan);
}
END_TEST

/* An ordinary notice (no 调整 in its title, no 原定 line) that says 由A
 * 调整为B of something it plans keeps its item whole: 时间由30分钟调整为60
 * 分钟 is no new date, and 6月10日 still dates it. A heading's note that
 * says when an activity may be called off (（遇恶劣天气取消活动）) makes
 * no section of cancelled items. */
START_TEST(an_ordinary_notice_is_not_revised)
{
	json_t *plan = plan_from_text("关于开展2027年安全生产月活动的通知\n一、活动时间\n2027年6月1日至30日。\n"
				      "二、活动安排（遇恶劣天气取消活动）\n"
				      "1．应急演练。时间由30分钟调整为60分钟，6月10日在局三楼会议室举行。"
				      "（县应急局牵头）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2027-06-10");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县应急局");
	json_decref(plan);
}
END_TEST

/* 1．全民健身长跑（《通知》第三项活动）, 2．登山比赛（原方案第5项）: the
 * bracket cites the item's number in the notice amended, not its title. */
START_TEST(a_bracket_citing_the_amended_item)
{
	json_t *plan = plan_from_text(HEAD "1．全民健身长跑（《通知》第三项活动）\n时间：8月9日\n牵头单位：市体育局\n"
					   "2．登山比赛（原方案第5项）\n时间：8月22日\n牵头单位：市登山协会\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "全民健身长跑");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "登山比赛");
	json_decref(plan);
}
END_TEST

/* 原通知要求8月25日前报送的活动总结，调整为8月30日前报送。各县（市、
 * 区）体育局请将活动总结报市体育局。: the due moved is the new one, and
 * the sentence after it (sent with no date of its own) says who sends
 * what to whom; alone, the moved sentence reads by its new day. */
START_TEST(a_due_moved)
{
	json_t *plan = plan_from_text(HEAD "1．全民健身长跑\n时间：8月9日\n牵头单位：市体育局\n三、有关事项\n"
					   "（一）原通知要求8月25日前报送的活动总结，统一调整为8月30日（星期一）前报送。"
					   "各县（市、区）体育局请将活动总结及图片报市体育局。\n"
					   "（二）各县（市、区）体育局8月20日前报送的参赛名单，调整为8月18日前报送。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送活动总结及图片|8月30日（星期一）前|2027-08-30|各县（市、区）体育局|市体育局");
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 1);
	ck_assert_str_eq(field(dl, "rule"), "8月18日前");
	ck_assert_str_eq(field(dl, "due"), "2027-08-18");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 30 (revision notice)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_former_and_a_new_label_line);
	tcase_add_test(tc, a_change_said_in_prose);
	tcase_add_test(tc, a_remark_on_a_value_or_an_item);
	tcase_add_test(tc, adjust_in_other_senses);
	tcase_add_test(tc, a_section_of_cancelled_items);
	tcase_add_test(tc, a_bracket_citing_the_amended_item);
	tcase_add_test(tc, a_due_moved);
	tcase_add_test(tc, an_ordinary_notice_is_not_revised);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
