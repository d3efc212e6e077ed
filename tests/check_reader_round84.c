/* check_reader_round84.c - habits taught in session 48: a sheet's columns
 * of the person in charge and their numbers. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char *str_of(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* "name phone activity" of contact k of plan ("-" for a null). */
static const char *contact_line(json_t *plan, size_t k)
{
	static char line[256];
	json_t *c = json_array_get(json_object_get(plan, "contacts"), k);
	ck_assert_ptr_nonnull(c);
	const char *a = str_of(c, "activity"), *p = str_of(c, "phone");
	snprintf(line, sizeof line, "%s %s %s", str_of(c, "name"), p ? p : "-", a ? a : "-");
	return line;
}

/* 负责人 | 联系电话 beside 责任社区: each row's person is whom to call
 * about that row, a contact per number (22683207/13950963381 two); 同上
 * and an empty cell add none; the same person and number in a later
 * row, or under 联系人 at the end, is listed once. */
START_TEST(a_sheets_persons_and_their_numbers)
{
	json_t *plan = plan_from_text(
		"青桐街道2026年全国科技活动周活动安排表（5月16日—23日）\t\t\t\t\t\t\t\t\n"
		"序号\t活动名称\t日期\t地点\t责任社区\t协办单位\t负责人\t联系电话\t进度\n"
		"1\t启动仪式暨科普集市\t5/16\t青桐文化广场\t青桐社区\t区科协\t林晓燕\t0595-22681136\t进行中\n"
		"2\t科普讲座进社区\t5/17\t各社区\t各社区\t区科协\t同上\t同上\t未开始\n"
		"3\t健康科普义诊\t5/18\t柳岸社区\t柳岸社区\t区卫健局\t郑美玲\t22683207/13950963381\t未开始\n"
		"4\t科普电影夜\t5/19\t新塘社区\t新塘社区\t\t\t\t未开始\n"
		"5\t青少年科技作品展\t5/20\t街道文化站\t街道党政办\t区科技馆\t刘思琪\t0595-22681109\t未开始\n"
		"6\t科普大篷车\t5/21\t青桐社区\t青桐社区\t区科协\t林晓燕\t0595-22681136\t未开始\n"
		"\"备注：\n联系人：街道党政办 刘思琪 0595-22681109，18965927403\n青桐街道办事处\n"
		"2026年5月11日\"\t\t\t\t\t\t\t\t\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 6);
	/* the person is no unit: the community leads */
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|启动仪式暨科普集市|2026-05-16|2026-05-16|-|青桐文化广场|青桐社区|区科协");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 5);
	ck_assert_str_eq(contact_line(plan, 0), "林晓燕 0595-22681136 1");
	ck_assert_str_eq(contact_line(plan, 1), "郑美玲 22683207 3");
	ck_assert_str_eq(contact_line(plan, 2), "郑美玲 13950963381 3");
	ck_assert_str_eq(contact_line(plan, 3), "刘思琪 0595-22681109 5");
	ck_assert_str_eq(contact_line(plan, 4), "刘思琪 18965927403 -");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round84");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, a_sheets_persons_and_their_numbers);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
