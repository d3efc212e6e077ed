/* check_reader_reply.c - a reply (批复) that approves a unit's plan, each
 * habit on a small text of its own: the title line 关于同意《X》的批复 names
 * the plan X; its decisions (一、原则同意…, 二、同意…活动时间为…) come
 * before the activities and tell the campaign's period; the one unit it
 * is addressed to (县体育局：) is called 你局 throughout, and a unit read
 * as 你局 is that unit; a section that asks it (请你局抓好以下工作：) gives
 * it the deadlines that name no one (会同X制定…: those joined are none); a
 * deputy whose post holds the role's word (办公室副主任王芳任副主任) keeps it. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define REPLY_HEAD                                                                                               \
	"青岚县人民政府\n青政函〔2026〕12号\n青岚县人民政府\n关于同意《青岚县2026年全民健身月活动方案》的批复\n"  \
	"县体育局：\n你局《关于审定〈青岚县2026年全民健身月活动方案〉的请示》收悉。经县人民政府研究，现批复如下：\n" \
	"一、原则同意《青岚县2026年全民健身月活动方案》。活动由你局牵头组织实施，各乡镇人民政府积极配合。\n"      \
	"二、同意活动主题为“健康青岚　全民健身”，活动时间为2026年8月1日至8月31日。\n"                             \
	"三、同意《方案》所列以下活动安排：\n"
#define REPLY_ITEMS                                                                                          \
	"（一）全民健身启动仪式。8月8日（星期六）上午9:00在县体育中心广场举行，由你局负责，县融媒体中心配合。\n" \
	"（二）乡村篮球邀请赛。8月15日至8月16日在县体育馆举办，由县总工会负责，你局配合。\n"
#define REPLY_END "此复。\n青岚县人民政府\n2026年7月20日\n"

START_TEST(the_reply_names_the_plan_it_approves)
{
	json_t *plan = plan_from_text(REPLY_HEAD REPLY_ITEMS REPLY_END);
	ck_assert_str_eq(field(plan, "title"), "青岚县2026年全民健身月活动方案");
	json_decref(plan);
}
END_TEST

START_TEST(its_decisions_tell_the_period)
{
	json_t *plan = plan_from_text(REPLY_HEAD REPLY_ITEMS REPLY_END);
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2026-08-01");
	ck_assert_str_eq(field(period, "end"), "2026-08-31");
	json_decref(plan);
}
END_TEST

START_TEST(the_addressee_called_you_is_the_unit)
{
	json_t *plan = plan_from_text(REPLY_HEAD REPLY_ITEMS REPLY_END);
	ck_assert_str_eq(field(plan, "lead_unit"), "县体育局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县体育局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县体育局");
	json_decref(plan);
	/* 各乡镇人民政府，县直有关单位： have no one name to put down */
	plan = plan_from_text("关于开展2026年全民健身月活动的通知\n各乡镇人民政府，县直有关单位：\n"
				      "一、活动时间\n2026年8月1日至8月31日。\n二、活动安排\n（一）全民健身启动仪式\n"
				      "8月8日（星期六）上午9:00在县体育中心广场举行，由你局负责。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "你局");
	json_decref(plan);
}
END_TEST

START_TEST(a_section_asking_the_addressee_owes_its_deadlines)
{
	json_t *plan = plan_from_text(REPLY_HEAD REPLY_ITEMS "四、请你局抓好以下工作：\n"
				      "（一）细化安全保障。会同县公安局制定活动安全预案，于7月30日前报县人民政府办公室备案。\n"
				      "（二）及时总结报告。活动结束后5个工作日内，将活动总结书面报县人民政府。\n" REPLY_END);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	for (size_t i = 0; i < 2; i++)
		ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), i), "who"), "县体育局");
	json_decref(plan);
}
END_TEST

START_TEST(a_deputy_whose_post_holds_the_role)
{
	json_t *plan = plan_from_text(REPLY_HEAD REPLY_ITEMS "四、同意成立青岚县2026年全民健身月活动组委会，由县人民政府副县长"
				      "李明任主任，县人民政府办公室副主任王芳、县体育局局长张强任副主任。\n" REPLY_END);
	json_t *committee = json_object_get(plan, "committee");
	ck_assert_str_eq(names(committee, "chair"), "县人民政府副县长李明");
	ck_assert_str_eq(names(committee, "vice_chair"), "县人民政府办公室副主任王芳、县体育局局长张强");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a reply (批复) approving a plan");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, the_reply_names_the_plan_it_approves);
	tcase_add_test(tc, its_decisions_tell_the_period);
	tcase_add_test(tc, the_addressee_called_you_is_the_unit);
	tcase_add_test(tc, a_section_asking_the_addressee_owes_its_deadlines);
	tcase_add_test(tc, a_deputy_whose_post_holds_the_role);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
