/* check_reader_round82.c - habits taught in session 46: a joint notice
 * whose sections are its issuers, each over its own activities; the
 * parts other units take in an item another leads. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char *str_of(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* Five issuers of one notice, each a section of its own over the
 * activities it runs: the section's unit leads them, and the units an
 * item sets to a part of its own (负责, 做好, 分别, 派员, also when invited; 与Y…共同)
 * cooperate; persons invited (企业负责人) do not. */
static const char joint_plan[] =
	"关于联合开展碧溪区2026年知识产权宣传周系列活动的通知\n"
	"各街道办事处，区级各有关单位：\n"
	"4月20日至26日为全国知识产权宣传周。现将各单位活动安排通知如下：\n"
	"一、区市场监管局\n"
	"1.宣传周启动仪式。4月20日（星期一）上午9:30，会同区法院、区检察院在区政务服务中心举行启动仪式。区级有关单位分管负责同志参加。\n"
	"2.质押融资对接会。4月23日（星期四）下午3时，在碧溪产业园区路演厅举办对接会。碧溪产业园区管委会负责组织园区企业参加，邀请区税务局派员现场解读。\n"
	"3.集中宣传活动。4月26日（星期日）上午9:00，在金汀广场举办集中宣传活动。区法院、区检察院分别设置咨询台，金汀街道办事处负责现场秩序维护。\n"
	"二、区法院\n"
	"1.司法保护新闻发布会。4月21日（星期二）上午10:00，在区法院新闻发布厅召开新闻发布会。区委宣传部负责邀请新闻媒体，区融媒体中心做好宣传报道。\n"
	"2.巡回审判。4月22日（星期三）下午2:30，在园区巡回审判点公开开庭，邀请区人大代表和园区企业负责人旁听。\n"
	"3.诉调对接。宣传周期间，与区司法局在区人民法院诉讼服务中心共同设立诉调对接工作室。\n"
	"4.“4·26”现场宣传。4月26日上午，派员参加集中宣传活动，在活动现场设立咨询台。\n"
	"三、区检察院\n"
	"1.检察开放日。4月24日（星期五）上午，组织师生走进检察机关。区教育局负责协调学校做好学生组织工作。\n"
	"2.典型案例发布。宣传周期间，通过“碧溪检察”微信公众号发布典型案例3件。\n"
	"四、工作要求\n"
	"各单位要高度重视。\n";

START_TEST(sections_named_by_their_issuers)
{
	json_t *plan = plan_from_text(joint_plan);
	ck_assert_uint_eq(plan_count(plan, "activities"), 9);
	/* a section's unit leads its items; numbered section.item */
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|宣传周启动仪式|2026-04-20|2026-04-20|09:30|区政务服务中心|区市场监管局|区法院、区检察院");
	/* a unit that 负责 a part cooperates, by its name alone; one invited
	 * to send its people too */
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "碧溪产业园区管委会、区税务局");
	/* units that 分别 do a part, a list longer than a sentence's opening */
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "区法院、区检察院、金汀街道办事处");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "二.1|司法保护新闻发布会|2026-04-21|2026-04-21|10:00|区法院新闻发布厅|区法院|区委宣传部、区融媒体中心");
	/* invited persons holding a post are no unit */
	ck_assert_str_eq(names(plan_activity(plan, 4), "cooperate"), "");
	/* 与Y在X共同设立: Y cooperates, and 共同 ends the place */
	ck_assert_str_eq(str_of(plan_activity(plan, 5), "location"), "区人民法院诉讼服务中心");
	ck_assert_str_eq(names(plan_activity(plan, 5), "cooperate"), "区司法局");
	/* an item with a title of its own is an activity, though it helps at another's */
	ck_assert_str_eq(str_of(plan_activity(plan, 6), "no"), "二.4");
	ck_assert_str_eq(str_of(plan_activity(plan, 6), "title"), "“4·26”现场宣传");
	ck_assert_str_eq(names(plan_activity(plan, 7), "cooperate"), "区教育局");
	ck_assert_str_eq(names(plan_activity(plan, 8), "lead"), "区检察院");
	json_decref(plan);
}
END_TEST

/* Sections named by units whose items tell no day are duties, no
 * activities (一、区委宣传部 / 1.负责…). */
START_TEST(undated_unit_sections_are_no_activities)
{
	json_t *plan = plan_from_text("碧溪区2026年知识产权宣传周活动方案\n"
				      "一、活动时间\n2026年4月20日至26日。\n"
				      "二、区委宣传部\n1.负责统筹新闻宣传。\n2.负责协调媒体报道。\n"
				      "三、区教育局\n1.负责组织中小学开展知识产权教育。\n2.负责做好学生安全工作。\n"
				      "四、工作要求\n各单位要高度重视。\n");
	for (size_t k = 0; k < plan_count(plan, "activities"); k++)
		ck_assert_msg(strncmp(str_of(plan_activity(plan, k), "title"), "负责", strlen("负责")) != 0,
			      "a duty read as an activity: %s", str_of(plan_activity(plan, k), "title"));
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round82");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, sections_named_by_their_issuers);
	tcase_add_test(tc, undated_unit_sections_are_no_activities);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
