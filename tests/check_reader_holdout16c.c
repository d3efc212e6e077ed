/* check_reader_holdout16c.c - habits of the genre that the hold-out
 * notices g108..g112 showed, each on a small text of its own: items that
 * open with their date and tell their event in the sentence, a street
 * office named under its district's government. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 1.11月9日（周一）上午9点，在X举办Y，…: the number is 1 (11月 is the
 * date, not 1.11), the title the event the sentence names, the date, time
 * and place from that sentence; 2.11月上旬，…开展一次Y is about a part of
 * a month (undated); 3.宣传月期间，… runs through the period. */
START_TEST(items_that_open_with_their_date_tell_their_event)
{
	json_t *plan = plan_from_text(
		"关于开展2027年“119”消防宣传月活动的通知\n"
		"街道决定于2027年11月1日至30日在全街道开展“119”消防宣传月活动。\n"
		"一、活动安排\n"
		"1.11月9日（周二）上午9点，在街道办事处前广场举办消防宣传月启动仪式，设置消防装备展示等项目。由街道应急办负责，消防救援站配合。\n"
		"2.11月上旬，各社区组织网格员对老旧小区开展一次消防安全隐患排查，建立问题台账。由各社区负责。\n"
		"3.11月18日下午3点半，在新华社区文化广场开展电动自行车安全充电宣传活动。由新华社区负责。\n"
		"4.宣传月期间，利用社区宣传栏滚动播放消防公益广告。由街道宣传办负责。\n"
		"二、工作要求\n（一）加强组织。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|消防宣传月启动仪式|2027-11-09|2027-11-09|09:00|街道办事处前广场|街道应急办|消防救援站");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "2|消防安全隐患排查|-|-|-|-|各社区|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|电动自行车安全充电宣传活动|2027-11-18|2027-11-18|15:30|新华社区文化广场|新华社区|");
	ck_assert_str_eq(field(plan_activity(plan, 3), "start"), "2027-11-01");
	ck_assert_str_eq(field(plan_activity(plan, 3), "end"), "2027-11-30");
	json_decref(plan);
}
END_TEST

/* Decimals stay what they are: 1.5万 opens no item. */
START_TEST(a_decimal_opens_no_item)
{
	json_t *plan = plan_from_text("关于开展2027年科技活动周的通知\n一、活动时间\n2027年5月16日至22日\n"
				 "二、活动内容\n（一）科普展览。5月16日在县科技馆举办。由县科协负责。\n"
				 "1.5万册科普图书将分发到各乡镇。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 1);
	json_decref(plan);
}
END_TEST

/* 槐安市新城区人民政府永安街道办事处: a street office of the district's
 * government; its region is the street (永安街道), not 人民政府永安街道. */
START_TEST(a_street_office_under_its_districts_government)
{
	json_t *plan = plan_from_text("槐安市新城区人民政府永安街道办事处\n关于开展2027年消防宣传月活动的通知\n"
				 "一、活动时间\n2027年11月1日至30日\n二、活动安排\n（一）启动仪式。11月9日在街道广场举行。由街道应急办负责。\n");
	ck_assert_str_eq(field(plan, "region"), "永安街道");
	json_decref(plan);
}
END_TEST

/* A 组委会 of persons, post and name glued: a second 副主任 on the line
 * under the first (indented by U+3000s), a two-character name spaced out
 * to three (冉　静, the space dropped), a 秘书长, who is a member. */
START_TEST(a_committee_list_goes_on_under_its_label)
{
	json_t *plan = plan_from_text("关于开展2027年科技活动周的通知\n一、活动时间\n2027年5月16日至22日\n"
				 "二、组织机构\n成立科技活动周组委会。\n"
				 "主　任：县人民政府副县长何晓丽\n"
				 "副主任：县科协主席刘建波\n"
				 "　　　　县科技局局长张　军\n"
				 "秘书长：县科协副主席冉　静\n"
				 "成　员：县委宣传部、县教育局\n"
				 "三、活动内容\n（一）科普展览。5月16日在县科技馆举办。由县科协负责。\n");
	json_t *committee = json_object_get(plan, "committee");
	ck_assert_str_eq(names(committee, "chair"), "县人民政府副县长何晓丽");
	ck_assert_str_eq(names(committee, "vice_chair"), "县科协主席刘建波、县科技局局长张军");
	ck_assert_str_eq(names(committee, "members"), "县科协副主席冉静、县委宣传部、县教育局");
	json_decref(plan);
}
END_TEST

/* 将拟参加路演的项目申报表报街道文明实践所: the 报 inside 申报表 names the
 * form; the one after it sends it. */
START_TEST(a_form_named_with_its_own_bao_is_the_thing_sent)
{
	json_t *plan = plan_from_text("关于开展2027年国际志愿者日主题活动的通知\n一、活动时间\n2027年11月30日至12月5日\n"
				 "二、工作要求\n各社区居委会请于11月25日前将拟参加路演的志愿服务项目申报表报街道新时代文明实践所。\n");
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "what"), "报送拟参加路演的志愿服务项目申报表");
	ck_assert_str_eq(field(dl, "submit_to"), "街道新时代文明实践所");
	json_decref(plan);
}
END_TEST

/* Three habits of a 工作要求 section (g06): a day with a note in brackets
 * before 前 (6月26日（国际禁毒日）前) is a deadline's; who 务必 do it are
 * its subject, not a unit of a later clause (县禁毒办将…); a sentence that
 * opens with no one (宣传月期间，实行周报制度，) asks them in its 请 clause. */
START_TEST(who_owes_a_duty_by_a_day_noted_in_brackets)
{
	json_t *plan = plan_from_text(
		"关于开展2027年禁毒宣传月活动的通知\n一、活动时间\n2027年6月1日至30日\n二、工作要求\n"
		"（一）明确工作责任。各乡镇、各成员单位务必于6月26日（国际禁毒日）前完成本方案确定的各项集中宣传任务，"
		"县禁毒办将适时督导检查。\n"
		"（二）及时报送信息。宣传月期间，实行活动信息周报制度，请各乡镇、各成员单位于每周五下午5时前将本周活动开展情况报送县禁毒办。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 2);
	ck_assert_str_eq(deadline_line(json_array_get(dls, 0)),
			 "完成本方案确定的各项集中宣传任务|6月26日（国际禁毒日）前|2027-06-26|各乡镇、各成员单位|-");
	ck_assert_str_eq(deadline_line(json_array_get(dls, 1)),
			 "报送本周活动开展情况|每周五下午5时前|-|各乡镇、各成员单位|县禁毒办");
	json_decref(plan);
}
END_TEST

/* A landline written in groups (0311-8275 3306) is kept as written, as a
 * mobile in groups is; the space of a PDF between digits and 年 still goes. */
START_TEST(a_landline_in_groups_is_kept_as_written)
{
	json_t *plan = plan_from_text("关于开展2027年全国爱耳日宣传活动的通知\n一、活动时间\n2027 年 3 月 1 日至 3 日\n"
				 "二、联系方式\n联系人：医政医管股　张晓敏　0311-8275 3306\n");
	json_t *c = json_array_get(json_object_get(plan, "contacts"), 0);
	ck_assert_str_eq(field(c, "name"), "张晓敏");
	ck_assert_str_eq(field(c, "phone"), "0311-8275 3306");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2027-03-01");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 16 (c)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, items_that_open_with_their_date_tell_their_event);
	tcase_add_test(tc, a_decimal_opens_no_item);
	tcase_add_test(tc, a_street_office_under_its_districts_government);
	tcase_add_test(tc, a_committee_list_goes_on_under_its_label);
	tcase_add_test(tc, a_form_named_with_its_own_bao_is_the_thing_sent);
	tcase_add_test(tc, who_owes_a_duty_by_a_day_noted_in_brackets);
	tcase_add_test(tc, a_landline_in_groups_is_kept_as_written);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
