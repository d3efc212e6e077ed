/* check_reader_thread.c - a plan posted in a work group (钉钉, 企业微信)
 * and copied out with its thread: each message under a header (11月30日
 * 16:05　发送人：…), the members' replies (单位：1, 收到) after a marker
 * (—— 以下为群内回复 ——) are chatter, and the sender's later messages
 * amend the items they name (活动一培训地点调整为：X, 活动二集合时间提前
 * 至上午8:00): the later value wins. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                      \
	"钉钉·工作通知\n临江区青年志愿服务工作群\n11月20日 10:12　发送人：团区委 王敏\n"          \
	"【团区委】关于开展2026年志愿服务周活动的通知\n各街道团工委：\n"                         \
	"【时间】\n2026年12月1日至12月7日\n【活动安排】\n"                                        \
	"活动一：青年志愿者骨干培训\n12月3日（周四）下午2:30\n区青少年宫三楼多功能厅\n"          \
	"团区委牵头，区志愿服务联合会协办\n"                                                      \
	"活动二：“守护母亲河”净滩行动\n12月6日（周日）上午8:30\n临江滨江步道\n"                  \
	"区河长制办公室牵头，团区委配合\n"                                                        \
	"收到请回复1确认！\n团区委\n2026年11月20日\n"
#define REPLIES "—— 以下为群内回复 ——\n东湖街道团工委：1\n区卫健局团委：收到，1\n——————————\n"
#define LATER "11月30日 16:05　发送人：团区委 王敏\n【团区委】补充通知\n各街道团工委：\n"

START_TEST(a_later_message_moves_a_place)
{
	json_t *plan = plan_from_text(HEAD REPLIES LATER "因区青少年宫临时检修，\n活动一培训地点调整为：\n"
							 "区委党校二楼报告厅\n时间不变。\n收到请回复1。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "区委党校二楼报告厅");
	ck_assert_str_eq(field(plan_activity(plan, 0), "time"), "14:30");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "临江滨江步道");
	json_decref(plan);
}
END_TEST

START_TEST(a_later_message_moves_a_time)
{
	json_t *plan = plan_from_text(HEAD REPLIES LATER "另，活动二集合时间提前至上午8:00，集合地点不变。\n"
							 "收到请回复1。\n");
	ck_assert_str_eq(field(plan_activity(plan, 1), "time"), "08:00");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "临江滨江步道");
	ck_assert_str_eq(field(plan_activity(plan, 0), "time"), "14:30");
	json_decref(plan);
}
END_TEST

START_TEST(a_later_message_moves_a_day)
{
	json_t *plan = plan_from_text(HEAD REPLIES LATER "活动二时间调整为12月5日（周六）上午9:00。\n");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-12-05");
	ck_assert_str_eq(field(plan_activity(plan, 1), "time"), "09:00");
	json_decref(plan);
}
END_TEST

START_TEST(the_groups_replies_are_no_part_of_the_plan)
{
	/* a member's reply that reads like a duty (名单12月2日前报送) is
	 * chatter: the plan's one deadline is its own */
	json_t *plan = plan_from_text(HEAD "【报送事项】\n请各单位于11月30日前将参加人员名单报团区委。\n"
					   "—— 以下为群内回复 ——\n东湖街道团工委 李明：1，名单12月2日前报送团区委\n"
					   "区卫健局团委：收到，1\n——————————\n" LATER "活动二时间调整为12月5日上午9:00。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-11-30");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
}
END_TEST

START_TEST(one_message_alone_is_no_thread)
{
	/* without a later message nothing is amended: a plan's own 调整为
	 * (由牵头单位视情调整) stays as it reads */
	json_t *plan = plan_from_text(HEAD "活动一培训地点调整为：\n区委党校二楼报告厅\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "区青少年宫三楼多功能厅");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader habits: a work group's thread");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_later_message_moves_a_place);
	tcase_add_test(tc, a_later_message_moves_a_time);
	tcase_add_test(tc, a_later_message_moves_a_day);
	tcase_add_test(tc, the_groups_replies_are_no_part_of_the_plan);
	tcase_add_test(tc, one_message_alone_is_no_thread);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
