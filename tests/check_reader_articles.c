/* check_reader_articles.c - a plan drafted like regulations, in numbered
 * articles (第一条 活动主题, 第二条 活动时间, 第三条 X。…本条活动由Y负责，Z协助。,
 * 第八条 工作要求): each article is a top heading of the outline, its kind
 * from its title (or, untitled, from its content), and an article that
 * tells one activity is that activity, numbered as the article. Chapters
 * (第一章) over the articles break nothing. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "白河县2026年“安全生产月”活动方案\n"

START_TEST(titled_articles_and_run_in_activities)
{
	json_t *plan = plan_from_text(HEAD "第一条　活动主题\n　　人人讲安全　个个会应急\n"
					   "第二条　活动时间\n　　2026年6月1日至6月30日。\n"
					   "第三条　安全知识竞赛。6月10日上午9时，在县体育馆举办全县安全知识竞赛。"
					   "本条活动由县应急管理局负责，县总工会、县教育局协助。\n"
					   "第四条　应急演练进企业。6月16日，在县工业园区开展消防应急演练。"
					   "本条活动由县消防救援大队负责，县工信局协助。\n"
					   "第五条　工作要求\n　　各乡镇于6月5日前将联络员名单报送县应急管理局。\n");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-06-01");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "end"), "2026-06-30");
	ck_assert_str_eq(field(plan, "theme"), "人人讲安全　个个会应急");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "no"), "三");
	ck_assert_str_eq(field(a, "title"), "安全知识竞赛");
	ck_assert_str_eq(field(a, "start"), "2026-06-10");
	ck_assert_str_eq(field(a, "time"), "09:00");
	ck_assert_str_eq(names(a, "lead"), "县应急管理局");
	ck_assert_str_eq(names(a, "cooperate"), "县总工会、县教育局");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "no"), "四");
	ck_assert_str_eq(field(a, "title"), "应急演练进企业");
	ck_assert_str_eq(names(a, "lead"), "县消防救援大队");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_decref(plan);
}
END_TEST

START_TEST(arabic_articles_under_chapters)
{
	json_t *plan = plan_from_text(HEAD "第一章　总则\n"
					   "第1条 活动时间\n　　2026年6月1日至6月30日。\n"
					   "第二章　活动安排\n"
					   "第2条 安全宣传咨询日。6月16日，在县人民广场设置咨询台。由县应急管理局负责，县卫健局协助。\n"
					   "第3条 “安全生产进乡村”巡回宣讲。6月20日至6月25日，在各乡镇开展巡回宣讲。"
					   "由县安委会办公室负责。\n"
					   "第三章　附则\n第4条 本方案自印发之日起施行。\n");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-06-01");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "安全宣传咨询日");
	ck_assert_str_eq(field(a, "start"), "2026-06-16");
	ck_assert_str_eq(names(a, "lead"), "县应急管理局");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "title"), "“安全生产进乡村”巡回宣讲");
	ck_assert_str_eq(field(a, "end"), "2026-06-25");
	json_decref(plan);
}
END_TEST

START_TEST(untitled_articles_read_by_content)
{
	json_t *plan = plan_from_text(HEAD "第一条　活动时间为2026年6月1日至6月30日。\n"
					   "第二条　举办安全生产专题讲座，6月12日下午在县委党校进行，由县应急管理局负责，"
					   "县委党校协助。\n"
					   "第三条　开展隐患排查宣传，6月18日在县城各商场进行，由县市场监督管理局负责。\n"
					   "第四条　工作要求\n　　请各乡镇于6月8日前报送活动方案。\n");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-06-01");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "no"), "二");
	ck_assert_str_eq(field(a, "title"), "举办安全生产专题讲座");
	ck_assert_str_eq(field(a, "start"), "2026-06-12");
	ck_assert_str_eq(names(a, "lead"), "县应急管理局");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "开展隐患排查宣传");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: plans in numbered articles");
	TCase *tc = tcase_create("articles");
	tcase_add_test(tc, titled_articles_and_run_in_activities);
	tcase_add_test(tc, arabic_articles_under_chapters);
	tcase_add_test(tc, untitled_articles_read_by_content);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
