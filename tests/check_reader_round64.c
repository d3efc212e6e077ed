/* check_reader_round64.c - habits of the notices of round r64 (g348-g352),
 * the hold-out written after r63 was taught: a city court's notice issued
 * jointly with a protection centre, copied from its web page, a day
 * programme with its clock typed with the ratio sign, and a correction
 * posted under the signature. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice-reader.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char court[] =
	"临涔市中级人民法院　临涔市知识产权保护中心关于联合开展2026年知识产权宣传周系列活动的通知\n"
	"\n"
	"各县（市、区）人民法院：\n"
	"\n"
	"　　一、活动时间\n"
	"\n"
	"　　2026年4月20日（星期一）至4月26日（星期日）。\n"
	"\n"
	"　　二、活动安排\n"
	"\n"
	"　　4月22日（星期三）\n"
	"\n"
	"　　上午10:00　“知识产权进乡村”巡回审判。地点：黑茶产业园。（牵头：涔源县人民法院）\n"
	"\n"
	"　　14∶30　“知识产权进校园”专题讲座。地点：临涔学院报告厅。（牵头：本院知识产权审判庭）\n"
	"\n"
	"　　4月24日（星期五）\n"
	"\n"
	"　　上午9:30　“法官进企业”司法服务活动（第一场）。地点：高新区会议室。（牵头：本院知识产权审判庭）\n"
	"\n"
	"　　下午2:30　“法官进企业”司法服务活动（第二场）。地点：经开区会议室。（牵头：本院知识产权审判庭）\n"
	"\n"
	"　　三、联系方式\n"
	"\n"
	"　　市知识产权保护中心维权援助部　覃晓超，电话：0736-7260517，邮箱：lcipc_wq@163.com\n"
	"\n"
	"　　　　　　临涔市中级人民法院　　　　　　临涔市知识产权保护中心\n"
	"　　　　　　　　　　　　　　　　2026年4月14日\n"
	"\n"
	"更新说明（2026-04-17）：经与企业协商，4月24日（星期五）“法官进企业”第二场活动时间由下午2:30调整为下午3:30，地点不变。\n";

/* 临涔市中级人民法院　临涔市知识产权保护中心关于联合开展X的通知: issued
 * jointly, the first named issues it, and X is the title (before, the two
 * names were one organizer and 联合开展 part of the title). */
START_TEST(joint_issuers_in_the_title_line)
{
	json_t *plan = plan_from_text(court);
	ck_assert_str_eq(field(plan, "organizer"), "临涔市中级人民法院");
	ck_assert_str_eq(field(plan, "region"), "临涔市");
	ck_assert_str_eq(field(plan, "title"), "2026年知识产权宣传周系列活动");
	json_decref(plan);
	/* two names apart that are one (a region's bureau) stay one */
	plan = plan_from_text("临涔市市场监督管理局关于开展2026年知识产权宣传周活动的通知\n各县局：\n"
			      "一、活动时间\n2026年4月20日至26日。\n二、活动安排\n（一）启动仪式。4月20日上午9:00，在市广场举行。\n");
	ck_assert_str_eq(field(plan, "organizer"), "临涔市市场监督管理局");
	json_decref(plan);
}
END_TEST

/* 14∶30 typed with the ratio sign is a clock (before, the entry it opens
 * was no entry: the 4月22日 afternoon's lecture went missing). */
START_TEST(a_clock_typed_with_the_ratio_sign)
{
	json_t *plan = plan_from_text(court);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|“知识产权进校园”专题讲座|2026-04-22|2026-04-22|14:30|临涔学院报告厅|本院知识产权审判庭|");
	json_decref(plan);
	/* and a label's colon so typed is a label's */
	plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
			      "二、活动安排\n（一）启动仪式\n时间∶4月20日上午9∶00\n地点∶县广场\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "time"), "09:00");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "县广场");
	json_decref(plan);
}
END_TEST

/* …，邮箱：lcipc_wq@163.com over a blank line and the signature: a contact's
 * line ends with its e-mail, and the signature and its date stand alone
 * (before, they ran on the contact's line and the notice had no date). */
START_TEST(a_contact_line_ending_with_an_email_ends_there)
{
	json_t *plan = plan_from_text(court);
	ck_assert_str_eq(field(plan, "issued_on"), "2026-04-14");
	json_t *c = json_array_get(json_object_get(plan, "contacts"), 0);
	ck_assert_str_eq(field(c, "email"), "lcipc_wq@163.com");
	json_decref(plan);
}
END_TEST

/* 更新说明：…“法官进企业”第二场活动时间由下午2:30调整为下午3:30: a note
 * posted under the notice names the activity by its quoted name and its
 * session, and moves its clock (and is no contact named 更新说明). */
START_TEST(a_correction_names_the_activity_by_its_quoted_name)
{
	json_t *plan = plan_from_text(court);
	ck_assert_str_eq(field(plan_activity(plan, 2), "time"), "09:30");
	ck_assert_str_eq(field(plan_activity(plan, 3), "time"), "15:30");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	json_decref(plan);
	/* without the session the name fits both: neither is moved */
	char *text = strdup(court);
	char *session = strstr(text, "第二场活动时间");
	memmove(session, session + strlen("第二场"), strlen(session + strlen("第二场")) + 1);
	plan = plan_from_text(text);
	ck_assert_str_eq(field(plan_activity(plan, 2), "time"), "09:30");
	ck_assert_str_eq(field(plan_activity(plan, 3), "time"), "14:30");
	json_decref(plan);
	free(text);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round64");
	TCase *tc = tcase_create("round64");
	tcase_add_test(tc, joint_issuers_in_the_title_line);
	tcase_add_test(tc, a_clock_typed_with_the_ratio_sign);
	tcase_add_test(tc, a_contact_line_ending_with_an_email_ends_there);
	tcase_add_test(tc, a_correction_names_the_activity_by_its_quoted_name);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
