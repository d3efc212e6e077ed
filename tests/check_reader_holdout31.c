/* check_reader_holdout31.c - habits left over from hold-out round 31
 * (g184, g186), each on a small text of its own: 制定X，并于…前报Y sends
 * the plan made, owed by the units that go by the plan (各县（区）参照本
 * 方案…); a place whose name holds 基础 (基础电信企业营业厅) is a place,
 * 在此基础上 is none; who oversees a campaign (由X统筹组织) is above the
 * unit that runs it (Y具体负责活动的组织实施); of two sources a plan
 * cites (X的统一部署和Y《Z》), the one that names a document; where a
 * team travels to (前往X，向Y…, g167) is where it works. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年网络安全宣传周活动的通知\n一、活动时间\n2026年9月14日至20日。\n"

START_TEST(the_plan_made_is_sent)
{
	json_t *plan = plan_from_text(HEAD "二、工作要求\n　　请各县（区）参照本方案制定本地宣传周活动方案，"
					   "并于9月4日（星期五）前报市委网信办网络安全协调科。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送本地宣传周活动方案|9月4日（星期五）前|2026-09-04|各县（区）|市委网信办网络安全协调科");
	json_decref(plan);
}
END_TEST

START_TEST(a_place_named_with_basic)
{
	json_t *plan = plan_from_text(HEAD "二、活动内容\n　　1.电信日。9月16日（星期三），在各基础电信企业营业厅"
					   "设置宣传专区，开展防范电信网络诈骗宣传。由市通信发展管理办公室牵头，市公安局配合。\n"
					   "　　2.网络安全进社区。9月17日，在此基础上开展入户宣传。由市民政局牵头。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "各基础电信企业营业厅");
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 1), "location")));
	json_decref(plan);
}
END_TEST

START_TEST(who_oversees_is_above_who_runs_it)
{
	json_t *plan = plan_from_text(HEAD "二、组织领导\n　　宣传周由市科技局统筹组织，市科技局政策法规与科普科具体负责"
					   "活动的组织实施。市直有关单位按照职责分工开展活动。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "市科技局政策法规与科普科");
	json_decref(plan);
	/* alone, who 统筹组织 runs it */
	plan = plan_from_text(HEAD "二、组织领导\n　　宣传周由市科技局统筹组织。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "市科技局");
	json_decref(plan);
}
END_TEST

START_TEST(the_cited_source_that_names_a_document)
{
	json_t *plan = plan_from_text("2026年黔安市科技活动周活动方案\n　　根据科技部等部门关于举办2026年全国科技活动周的"
				      "统一部署和贵州省科学技术厅《关于举办2026年贵州省科技活动周的通知》要求，"
				      "决定于2026年5月17日至5月23日举办科技活动周。\n");
	ck_assert_str_eq(field(plan, "parent_plan"), "贵州省科学技术厅《关于举办2026年贵州省科技活动周的通知》");
	json_decref(plan);
	/* the first source names a notice: it is the plan */
	plan = plan_from_text("2026年南海区质量月活动方案\n　　根据国家市场监督管理总局等部门关于开展2026年全国“质量月”"
			      "活动的通知精神和广东省、佛山市“质量月”活动安排，结合实际，制定本方案。\n"
			      "一、活动时间\n2026年9月1日至30日。\n");
	ck_assert_str_eq(field(plan, "parent_plan"), "国家市场监督管理总局等部门关于开展2026年全国“质量月”活动的通知");
	json_decref(plan);
}
END_TEST

START_TEST(where_a_team_travels_to)
{
	json_t *plan = plan_from_text(HEAD "二、活动内容\n　　1.牧区流动宣传。9月17日至18日，组织流动宣传小分队前往牧区各放牧点，"
					   "向牧民群众发放宣传资料。（牵头单位：乡综治中心）\n"
					   "　　2.专家讲座。9月19日，邀请专家前往讲授国家安全知识。（牵头单位：乡司法所）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "牧区各放牧点");
	/* 前往 with no place after it names none */
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 1), "location")));
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 31");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, the_plan_made_is_sent);
	tcase_add_test(tc, a_place_named_with_basic);
	tcase_add_test(tc, who_oversees_is_above_who_runs_it);
	tcase_add_test(tc, the_cited_source_that_names_a_document);
	tcase_add_test(tc, where_a_team_travels_to);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
