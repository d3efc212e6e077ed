/* check_reader_holdout24.c - habits of the genre that the hold-out
 * notices g148..g152 showed, each on a small text of its own: joint
 * issuers on one line, a town's 领导小组 with a long purpose, contacts as
 * a table with an e-mail per person, an A岗/B岗 pair, a rule on the day
 * after a named activity, a second part of a sentence keeping the rule. */
#include "config.h"

#include <jansson.h>
#include <stdio.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define BODY                                                                                       \
	"一、活动时间\n2027年6月21日至6月27日。\n二、活动内容\n"                                    \
	"1．启动仪式。6月21日上午9:00，在人民广场举行。牵头单位：省发展改革委。\n"

/* 四川省发展和改革委员会 四川省机关事务管理局 over the title: issued
 * jointly, the first issues it. */
START_TEST(joint_issuers_on_one_line)
{
	json_t *plan = plan_from_text("川发改环资[2027]218号\n\n四川省发展和改革委员会 四川省机关事务管理局\n"
				      "关于开展2027年全国节能宣传周活动的通知\n" BODY);
	ck_assert_str_eq(field(plan, "organizer"), "四川省发展和改革委员会");
	json_decref(plan);
	/* a division and its bureau spaced apart are one issuer */
	plan = plan_from_text("广西壮族自治区鹿寨县 市场监督管理局文件\n\n鹿市监发〔2027〕3号\n"
			      "关于开展2027年知识产权宣传周活动的通知\n" BODY);
	ck_assert_str_eq(field(plan, "organizer"), "鹿寨县市场监督管理局");
	json_decref(plan);
}
END_TEST

/* 马家湾镇防灾减灾救灾工作领导小组: the town's own group, its purpose eight
 * characters long, is the town's body; the region is the town. */
START_TEST(a_towns_group_with_a_long_purpose)
{
	json_t *plan = plan_from_text("马家湾镇防灾减灾救灾工作领导小组\n\n关于开展2027年防灾减灾宣传周活动的通知\n" BODY);
	ck_assert_str_eq(field(plan, "region"), "马家湾镇");
	json_decref(plan);
}
END_TEST

/* 七、联系方式 / 单位⇥姓名⇥办公电话⇥手机⇥电子邮箱 and a row a person: each
 * number a contact, with the person's own address; an empty cell none. */
START_TEST(a_table_of_whom_to_call)
{
	json_t *plan = plan_from_text("关于开展2027年安全用药月活动的通知\n" BODY "三、联系方式\n"
				      "单位\t姓名\t办公电话\t手机\t电子邮箱\n"
				      "市局药品流通监管科\t隋立新\t0438-6213507\t13904386251\tjsscjyp@163.com\n"
				      "市局新闻宣传科\t韩　雪\t0438-6213522\t\tjsscjxc@163.com\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "隋立新|0438-6213507|jsscjyp@163.com");
	ck_assert_str_eq(contact_line_at(plan, 1), "隋立新|13904386251|jsscjyp@163.com");
	ck_assert_str_eq(contact_line_at(plan, 2), "韩雪|0438-6213522|jsscjxc@163.com");
	json_decref(plan);
}
END_TEST

/* A岗：马晓军（镇应急管理办公室）　电话：… / B岗：杨　帆（…）　电话：…: the one
 * on duty and the stand-in are contacts as 联系人 lines are. */
START_TEST(an_on_duty_and_a_stand_in_contact)
{
	json_t *plan = plan_from_text("关于开展2027年防灾减灾宣传周活动的通知\n" BODY "三、联系方式\n"
				      "A岗：马晓军（镇应急管理办公室）　电话：0953-5061238　13709531126\n"
				      "B岗：杨　帆（镇应急管理办公室）　电话：0953-5061238\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "马晓军|0953-5061238|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "马晓军|13709531126|-");
	ck_assert_str_eq(contact_line_at(plan, 2), "杨帆|0953-5061238|-");
	json_decref(plan);
}
END_TEST

/* 省级启动仪式次日12:00前: the day after the activity the rule names (by
 * the end of its title, 启动仪式, that one title alone holds). */
START_TEST(the_day_after_a_named_activity)
{
	json_t *plan = plan_from_text("关于开展2027年全国节能宣传周活动的通知\n" BODY "三、工作要求\n"
				      "省级启动仪式次日12:00前，各市（州）发展改革委将本地同步启动情况报送省发展改革委环资处。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "rule"), "省级启动仪式次日12:00前");
	ck_assert_str_eq(field(dl, "activity"), "1");
	json_t *rel = json_object_get(dl, "relative");
	ck_assert_int_eq(json_integer_value(json_object_get(rel, "offset")), 1);
	ck_assert_str_eq(json_string_value(json_object_get(rel, "unit")), "days");
	json_decref(plan);
}
END_TEST

/* 活动结束后10个工作日内，X将总结报送A；Y将Z报送B: the second part, with
 * its own subject and thing and no rule, keeps the first part's rule. */
START_TEST(a_second_part_keeps_the_rule)
{
	json_t *plan = plan_from_text("关于开展2027年全国节能宣传周活动的通知\n" BODY "三、工作要求\n"
				      "活动结束后10个工作日内，各市（州）发展改革委将活动总结报送省发展改革委环资处；"
				      "各市（州）机关事务管理部门将公共机构节能宣传活动总结报送省机关事务局节能处。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送公共机构节能宣传活动总结|活动结束后10个工作日内|-|"
						    "各市（州）机关事务管理部门|省机关事务局节能处");
	json_decref(plan);
}
END_TEST

/* X请填写回执。活动期间，Y于每周四…报Z；请于7月3日前将总结报Z: the part
 * that asks naming no one asks Y, whom the part before named, not X. */
START_TEST(a_request_after_a_semicolon_asks_the_part_befores_units)
{
	json_t *plan = plan_from_text("关于开展2027年国际禁毒日宣传活动的通知\n" BODY "三、工作要求\n"
				      "（五）及时报送。参加集中宣传日活动的单位请填写参加回执。活动期间，各村（社区）、"
				      "镇直各单位于每周四下午4点前将本周活动开展情况报镇禁毒办；请于7月2日前将活动总结报镇禁毒办。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送活动总结|7月2日前|2027-07-02|各村（社区）、镇直各单位|镇禁毒办");
	json_decref(plan);
}
END_TEST

/* 联系人：韩　雪　手机：158…: split at its gaps, the line leaves 手机：158…
 * over, which is no one's name (g161). */
START_TEST(a_label_and_number_left_over_are_no_name)
{
	json_t *plan = plan_from_text("关于开展2027年消防宣传月活动的通知\n" BODY "三、联系方式\n"
				      "　　街道应急管理办公室　联系人：赵　磊　电话：022-27961135\n"
				      "　　　　　　　　　　　　联系人：韩　雪　手机：15822136609\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_line_at(plan, 1), "韩雪|15822136609|-");
	json_decref(plan);
}
END_TEST

/* 联系方式 / X　孙永强　电话：…　手机 / Y　杨　柳　电话：… / 电子邮箱：x@y: the
 * mailbox on a line of its own under the people is theirs (g160). */
START_TEST(a_mailbox_line_under_the_contact_lines)
{
	json_t *plan = plan_from_text("关于开展2027年交通安全日活动的通知\n" BODY "三、联系方式\n"
				      "　　区交安办　孙永强　电话：0917-3312206\n"
				      "　　区交警大队宣传科　杨　柳　电话：0917-3312218\n"
				      "　　电子邮箱：ltqjab@163.com\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_line_at(plan, 0), "孙永强|0917-3312206|ltqjab@163.com");
	ck_assert_str_eq(contact_line_at(plan, 1), "杨柳|0917-3312218|ltqjab@163.com");
	json_decref(plan);
}
END_TEST

/* 活动在…统一领导下进行，区交安办具体负责活动的组织实施: the unit that
 * runs the campaign, named without 由 (g160). */
START_TEST(the_unit_that_runs_it_named_without_by)
{
	json_t *plan = plan_from_text("宝源市柳塘区道路交通安全委员会办公室\n关于开展2027年交通安全日活动的通知\n" BODY
				      "三、组织领导\n活动在区道路交通安全委员会统一领导下进行，区交安办具体负责活动的组织实施和督导检查。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "区交安办");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 24");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, joint_issuers_on_one_line);
	tcase_add_test(tc, a_towns_group_with_a_long_purpose);
	tcase_add_test(tc, a_table_of_whom_to_call);
	tcase_add_test(tc, an_on_duty_and_a_stand_in_contact);
	tcase_add_test(tc, the_day_after_a_named_activity);
	tcase_add_test(tc, a_second_part_keeps_the_rule);
	tcase_add_test(tc, a_request_after_a_semicolon_asks_the_part_befores_units);
	tcase_add_test(tc, a_label_and_number_left_over_are_no_name);
	tcase_add_test(tc, a_mailbox_line_under_the_contact_lines);
	tcase_add_test(tc, the_unit_that_runs_it_named_without_by);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
