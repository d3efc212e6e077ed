/* check_reader_round61.c - habits of the notices of round r61 (g333-g337),
 * the hold-out written after session 33's teaching: a city bureau passing
 * a province's plan on with requirements of its own, each a heading run on
 * into its text; a county justice bureau's portal page with a blank reply
 * form; a fire detachment's month as a WeChat article. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char forwarded[] =
	"滹阳市知识产权局\n"
	"关于转发《河北省2026年知识产权宣传周活动方案》的通知\n"
	"各县（市、区）市场监督管理局：\n"
	"　　现将河北省知识产权局《河北省2026年知识产权宣传周活动方案》转发给你们，请认真贯彻落实。\n"
	"　　一、及早谋划部署。各地要制定本地区宣传周活动方案，组织开展集中宣传活动。\n"
	"　　二、加强组织保障。全市宣传周活动由市知识产权局具体组织实施。\n"
	"　　附件：河北省2026年知识产权宣传周活动方案\n"
	"　　　　　　　　　　　　滹阳市知识产权局\n"
	"　　　　　　　　　　　　　2026年4月7日\n"
	"附件\n"
	"河北省2026年知识产权宣传周活动方案\n"
	"　　一、活动时间\n"
	"　　2026年4月20日至26日。\n"
	"　　二、主要活动\n"
	"　　（一）启动仪式。4月20日上午9:30，在省科技馆举行。牵头单位：省知识产权局；配合单位：省委宣传部。\n"
	"　　（二）新闻发布会。4月23日下午3:00，召开新闻发布会。牵头单位：省知识产权局。\n"
	"　　三、工作要求\n"
	"　　各设区市知识产权局于活动结束后5个工作日内报送活动总结。\n";

/* 一、及早谋划部署。各地要…组织开展集中宣传活动。: a cover's requirement
 * run on into its text is named by its first clause, so the 活动 of its
 * text does not make it a section of activities, and the annexed plan's
 * 二、主要活动 is the only one (before, the cover's two took the plan's
 * items for a second document's and read none). */
START_TEST(a_run_on_requirement_is_no_activity_section)
{
	json_t *plan = plan_from_text(forwarded);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|启动仪式|2026-04-20|2026-04-20|09:30|省科技馆|省知识产权局|省委宣传部");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "新闻发布会");
	json_decref(plan);
	/* a run-on heading whose first clause names activities still does */
	plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
			      "二、活动安排。具体如下：\n（一）启动仪式。4月20日上午9:00，在县广场举行。\n"
			      "（二）知识竞赛。4月22日，在县图书馆举办。\n三、工作要求。各单位要加强组织，开展好各项活动。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "知识竞赛");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round61");
	TCase *tc = tcase_create("round61");
	tcase_add_test(tc, a_run_on_requirement_is_no_activity_section);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
