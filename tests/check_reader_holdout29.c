/* check_reader_holdout29.c - what the ordinary hold-out notices of round
 * 29 showed, each on a small text of its own: a school's 手抄报 (a paper
 * pupils make) is no verb of sending; the holders of a post (各班主任)
 * owe a report as a unit would; a 联系人 heading over contact lines; and
 * from round 31, a second person under a 联系人 line. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                   \
	"某某小学关于开展2027年全民营养周活动的通知\n各年级组、各处室，全体班主任：\n"         \
	"一、活动时间\n2027年5月16日至22日\n"                                                   \
	"二、活动安排\n（一）营养主题班会。5月18日在各班教室开展。（德育处牵头）\n三、工作要求\n"

/* 将本班优秀手抄报作品（每班不少于3份）报大队部: the thing is the pupils'
 * papers, sent to 大队部, by 各班主任. */
START_TEST(a_hand_copied_paper_is_sent_not_sending)
{
	json_t *plan = plan_from_text(HEAD "各班主任于5月21日（星期五）前将本班优秀手抄报作品（每班不少于3份）报大队部。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "what"), "报送本班优秀手抄报作品（每班不少于3份）");
	ck_assert_str_eq(names(dl, "who"), "各班主任");
	ck_assert_str_eq(field(dl, "submit_to"), "大队部");
	json_decref(plan);
}
END_TEST

/* 请各班主任于…前将…报总务处: the holders of a post owe it; 各村党支部书记
 * (a unit's post) is not read so. */
START_TEST(the_holders_of_a_post_owe_a_report)
{
	json_t *plan = plan_from_text(HEAD "请各班主任于5月14日（星期五）前将家长代表名单报总务处。\n");
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(names(dl, "who"), "各班主任");
	json_decref(plan);
}
END_TEST

/* 八、联系人 / 德育处　吴晓燕　电话：… / 总务处　顾建明　电话：…　139…: a
 * heading named 联系人 over office, person and numbers lines. */
START_TEST(a_contacts_heading_named_for_the_person)
{
	json_t *plan = plan_from_text(HEAD "各处室要高度重视。\n四、联系人\n"
					   "德育处　吴晓燕　电话：0517-83652214\n"
					   "总务处　顾建明　电话：0517-83652230　13951264478\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "吴晓燕|0517-83652214|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "顾建明|0517-83652230|-");
	ck_assert_str_eq(contact_line_at(plan, 2), "顾建明|13951264478|-");
	json_decref(plan);
}
END_TEST

/* 联 系 人：杨丽萍　　电话：… / 　　罗　军　　电话：…　189… / 电子邮箱：…
 * (round 31): the indented person under the 联系人 line, whose spaced name
 * the cleaning runs into its label (罗军电话：), is one more contact, and
 * the mailbox on a line of its own under them is theirs too. */
START_TEST(a_second_person_under_the_contact_line)
{
	json_t *plan = plan_from_text(HEAD "各处室要高度重视。\n"
					   "联 系 人：杨丽萍　　电话：0854-8226371\n"
					   "　　　　　　　罗　军　　电话：0854-8226375　18985410362\n"
					   "电子邮箱：qaskjj_kp@163.com\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "杨丽萍|0854-8226371|qaskjj_kp@163.com");
	ck_assert_str_eq(contact_line_at(plan, 1), "罗军|0854-8226375|qaskjj_kp@163.com");
	ck_assert_str_eq(contact_line_at(plan, 2), "罗军|18985410362|qaskjj_kp@163.com");
	json_decref(plan);
}
END_TEST

/* 区教体局体育股：曾小军，0797-…，138…；电子邮箱：x@y / 区总工会：谢丽萍，…
 * (round 31): the mailbox at the end of a person's line is that person's,
 * not the next person's, though the lines are joined (the first ends
 * with ；). */
START_TEST(a_mailbox_at_the_end_of_a_persons_line)
{
	json_t *plan = plan_from_text(HEAD "各处室要高度重视。\n四、联系方式\n"
					   "区教体局体育股：曾小军，0797-8215632，13807978541；电子邮箱：rjqtyg@126.com\n"
					   "区总工会：谢丽萍，0797-8213306\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "曾小军|0797-8215632|rjqtyg@126.com");
	ck_assert_str_eq(contact_line_at(plan, 1), "曾小军|13807978541|rjqtyg@126.com");
	ck_assert_str_eq(contact_line_at(plan, 2), "谢丽萍|0797-8213306|-");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 29");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_hand_copied_paper_is_sent_not_sending);
	tcase_add_test(tc, the_holders_of_a_post_owe_a_report);
	tcase_add_test(tc, a_contacts_heading_named_for_the_person);
	tcase_add_test(tc, a_second_person_under_the_contact_line);
	tcase_add_test(tc, a_mailbox_at_the_end_of_a_persons_line);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
