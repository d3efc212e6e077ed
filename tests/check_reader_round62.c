/* check_reader_round62.c - habits of the notices of round r62 (g338-g342),
 * the hold-out written after session 33's teaching, taught once r64 had
 * been written: a district IP office's week set out day by day, each day a
 * line alone over numbered items that give their clock only, each item
 * naming two 责任单位 under a note that the first leads, and a contact
 * whose office phone has a line of its own. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice-reader.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char by_day[] =
	"溪岚区2026年知识产权宣传周活动方案\n"
	"一、活动时间\n2026年4月20日至26日。\n"
	"二、活动安排\n"
	"宣传周期间，全区集中活动按日安排如下。各项活动列有两个责任单位的，排在首位的为牵头单位。\n"
	"4月20日（星期一）\n"
	"（一）启动仪式\n时间：上午9:30\n地点：高新区广场\n责任单位：区市场监督管理局\n配合单位：区委宣传部\n"
	"（二）政银企对接会\n时间：下午2:30\n地点：区行政服务中心\n责任单位：区科技局\n配合单位：区内各商业银行\n"
	"4月21日（星期二）\n"
	"（三）知识产权进校园\n时间：全天\n地点：全区各中小学校\n责任单位：区教育局、区市场监督管理局\n"
	"配合单位：区科学技术协会\n"
	"三、工作要求\n各单位要加强组织。\n";

/* 4月20日（星期一） / （一）X / 时间：上午9:30: the day alone over the items
 * is theirs, up to the next day (before, they were undated). */
START_TEST(a_day_alone_over_items_giving_their_clock)
{
	json_t *plan = plan_from_text(by_day);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|启动仪式|2026-04-20|2026-04-20|09:30|高新区广场|区市场监督管理局|区委宣传部");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-04-20");
	ck_assert_str_eq(field(plan_activity(plan, 1), "time"), "14:30");
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2026-04-21");
	json_decref(plan);
	/* an item whose own day is a line under its heading keeps it */
	plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
			      "二、活动安排\n（一）启动仪式\n4月22日（星期三）\n上午9:00在县广场举行。\n"
			      "（二）知识竞赛\n4月23日（星期四）\n在县图书馆举办。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-04-22");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-04-23");
	json_decref(plan);
}
END_TEST

/* 责任单位：A、B / 配合单位：C under 排在首位的为牵头单位: A leads, B
 * cooperates before C (before, both led). */
START_TEST(the_first_of_two_units_leads_beside_a_cooperating_line)
{
	json_t *plan = plan_from_text(by_day);
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "区教育局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "区市场监督管理局、区科学技术协会");
	json_decref(plan);
	/* without the note both lead */
	char *text = strdup(by_day);
	char *note = strstr(text, "各项活动列有");
	memmove(note, strstr(note, "\n"), strlen(strstr(note, "\n")) + 1);
	plan = plan_from_text(text);
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "区教育局、区市场监督管理局");
	json_decref(plan);
	free(text);
}
END_TEST

/* 联系人：…科　郑晓婷 / 办公电话：0763-… / 手　　机：137…: the office's
 * line is the person's landline, not a person named 办公. */
START_TEST(an_office_phone_line_under_the_contact)
{
	json_t *plan = plan_from_text("某区2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
				      "二、活动安排\n（一）启动仪式。4月20日上午9:00，在区广场举行。\n三、联系方式\n"
				      "联系人：区市场监督管理局知识产权科　郑晓婷\n办公电话：0763-3368215\n"
				      "手　　机：13727651094\n电子邮箱：xlqzscqb@163.com\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_line_at(plan, 0), "郑晓婷|0763-3368215|xlqzscqb@163.com");
	ck_assert_str_eq(contact_line_at(plan, 1), "郑晓婷|13727651094|xlqzscqb@163.com");
	json_decref(plan);
}
END_TEST

/* （三）X / 9月18日至9月24日，由…牵头，…。一是进学校。9月20日（星期日）为调休
 * 上班日，…。二是进社区。…: a part held on a day it names has that day,
 * one that names none the item's days, and a day a thing is due by is no
 * part's day (before, all three parts were undated). */
START_TEST(parts_without_a_day_are_held_on_the_items)
{
	json_t *plan = plan_from_text("某县2026年人民防空宣传周活动方案\n一、活动时间\n2026年9月18日至24日。\n"
				      "二、活动安排\n（一）人防知识“三进”宣传\n"
				      "9月18日至9月24日，由县国动办牵头，推动人防知识进学校、进社区、进企业。"
				      "一是进学校。9月20日（星期日）为调休上班日，全县各中小学校统一上好人防知识第一课，由县教体局负责组织。"
				      "二是进社区。各村（社区）开展入户宣传，于9月25日（星期五）17:00前将情况报县国动办。"
				      "三是进企业。9月21日举行，前期由县住房和城乡建设局组织物业服务企业开展宣传。\n");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "进学校");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-09-20");
	ck_assert_str_eq(field(plan_activity(plan, 1), "end"), "2026-09-20");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "进社区");
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2026-09-18");
	ck_assert_str_eq(field(plan_activity(plan, 2), "end"), "2026-09-24");
	/* a 前 in the clause after the day's is no due's */
	ck_assert_str_eq(field(plan_activity(plan, 3), "start"), "2026-09-21");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round62");
	TCase *tc = tcase_create("round62");
	tcase_add_test(tc, a_day_alone_over_items_giving_their_clock);
	tcase_add_test(tc, the_first_of_two_units_leads_beside_a_cooperating_line);
	tcase_add_test(tc, an_office_phone_line_under_the_contact);
	tcase_add_test(tc, parts_without_a_day_are_held_on_the_items);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
