/* check_reader_wechat.c - a plan copied from a WeChat account's post
 * (g190), on small texts of its own: the page's lines before the plan
 * (the account's name, 原创 with date and province, 点击蓝字　关注我们)
 * and after it (END, 往期推荐 with ▶ headlines, 阅读原文, 编辑：, 分享
 * 收藏　在看　点赞) are no content; an emoji or a ▶■◆ mark before a
 * heading or a label is no part of it (🌿 活动主题 and ▶ 活动时间 head
 * sections, 📅时间： is the 时间 label); ① ② are items; no emoji reaches a
 * field's value. */
#include "config.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                   \
	"桐溪应急\n原创　桐溪应急　2026年05月06日 09:12　浙江\n点击蓝字　关注我们\n"       \
	"@全镇群众　防灾减灾周，这些活动别错过！\n"                                        \
	"桐溪镇2026年防灾减灾宣传周活动方案\n"                                              \
	"🔥 活动主题\n人人讲安全、个个会应急\n"                                            \
	"▶ 活动时间\n2026年5月10日至5月16日\n"
#define FOOT                                                                                   \
	"桐溪镇应急管理办公室\n2026年5月6日\nEND\n往期推荐\n▶ 我镇开展汛前隐患排查\n"     \
	"▶ 一图读懂家庭应急包\n阅读原文\n编辑：王一\n审核：李二\n分享　收藏　在看　点赞\n"

START_TEST(marked_headings_and_emoji_fields)
{
	json_t *plan = plan_from_text(HEAD "■ 活动安排\n"
					   "🚒 活动一　消防站开放日\n"
					   "⏰时间：5月12日（星期二）下午2:30\n"
					   "📌地点：桐溪镇消防救援站\n"
					   "🏠主办单位：桐溪镇应急管理办公室\n"
					   "🤝协办单位：桐溪镇中心小学\n"
					   "组织学生参观消防车辆装备。\n"
					   "🚒 活动二　应急疏散演练\n"
					   "⏰时间：5月14日\n"
					   "📌地点：镇文化广场\n"
					   "🏠主办单位：镇派出所\n"
					   "组织居民开展疏散演练。\n" FOOT);
	ck_assert_str_eq(field(plan, "title"), "桐溪镇2026年防灾减灾宣传周活动方案");
	ck_assert_str_eq(field(plan, "theme"), "人人讲安全、个个会应急");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-05-10");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "end"), "2026-05-16");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "消防站开放日");
	ck_assert_str_eq(field(a, "start"), "2026-05-12");
	ck_assert_str_eq(field(a, "time"), "14:30");
	ck_assert_str_eq(field(a, "location"), "桐溪镇消防救援站");
	ck_assert_str_eq(names(a, "lead"), "桐溪镇应急管理办公室");
	ck_assert_str_eq(names(a, "cooperate"), "桐溪镇中心小学");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "镇文化广场");
	json_decref(plan);
}
END_TEST

START_TEST(the_page_lines_are_no_content)
{
	json_t *plan = plan_from_text(HEAD "■ 工作要求\n"
					   "① 各村（社区）要高度重视，请于5月8日前将活动联系人报镇应急管理办公室。\n"
					   "② 请于活动结束后2个工作日内将活动总结报镇应急管理办公室。\n" FOOT);
	char *dump = json_dumps(plan, 0);
	/* nothing of the page: not its headlines, not its staff */
	ck_assert_ptr_null(strstr(dump, "汛前隐患"));
	ck_assert_ptr_null(strstr(dump, "王一"));
	ck_assert_ptr_null(strstr(dump, "点赞"));
	free(dump);
	ck_assert_uint_eq(plan_count(plan, "activities"), 0);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(field(plan, "issued_on"), "2026-05-06");
	json_decref(plan);
}
END_TEST

START_TEST(points_under_a_marked_focus_heading)
{
	json_t *plan = plan_from_text(HEAD "▶ 宣传重点\n"
					   "◆ 宣传防灾减灾法律法规。通过展板等形式开展宣传。\n"
					   "◆ 宣传应急避险知识。普及地震、火灾逃生常识。\n"
					   "▶ 组织保障\n成立工作专班，负责活动统筹。\n" FOOT);
	ck_assert_uint_eq(plan_count(plan, "focus"), 2);
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a WeChat post's copy");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, marked_headings_and_emoji_fields);
	tcase_add_test(tc, the_page_lines_are_no_content);
	tcase_add_test(tc, points_under_a_marked_focus_heading);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
