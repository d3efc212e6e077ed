/* check_reader_habits.c - habits of the genre that notices the reader had
 * never seen showed (the hold-out fixtures g33..g37), each on a small text
 * of its own: where a contact's e-mail comes from, a 报 inside a word,
 * a second number of the same person, and the like. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "plan.h"
#include "testutil.h"

/* The plan read from text (caller json_decrefs); the test fails if the
 * text is refused. */
static json_t *read_text(const char *text)
{
	wp_notice_report report;
	wp_err err;
	char *plan = wp_notice_read_hinted(text, strlen(text), NULL, &report, &err);
	ck_assert_msg(plan != NULL, "refused: %s", err.msg);
	json_t *root = json_loads(plan, 0, NULL);
	ck_assert_ptr_nonnull(root);
	free(plan);
	wp_notice_report_free(&report);
	return root;
}

static const char head[] = "某某县2027年宣传周活动方案\n一、活动时间\n2027年5月10日至16日\n二、活动安排\n"
			   "（一）启动仪式。5月10日上午9:00，在县政府广场举行，由县科协牵头。\n"
			   "三、工作要求\n";

/* The plan of head followed by tail (caller json_decrefs). */
static json_t *with_head(const char *tail)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s", head, tail);
	json_t *plan = read_text(wp_buf_str(&b));
	wp_buf_free(&b);
	return plan;
}

static json_t *contact(json_t *plan, size_t i)
{
	return json_array_get(json_object_get(plan, "contacts"), i);
}

static const char *dl(json_t *plan, size_t i)
{
	return deadline_line(json_array_get(json_object_get(plan, "deadlines"), i));
}

/* The e-mail of a deadline sentence above the 联系人 line is where to
 * send that report, not the person's; a line of its own is the
 * person's. */
START_TEST(a_contact_keeps_only_an_email_of_its_own)
{
	json_t *plan = with_head("请各单位于5月20日前将活动总结报县科协科普部，电子邮箱：kp@example.cn。\n"
				 "联系人：张一帆，联系电话：0564-5022187。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 1);
	ck_assert_str_eq(field(contact(plan, 0), "name"), "张一帆");
	ck_assert_ptr_null(field(contact(plan, 0), "email"));
	json_decref(plan);
	/* the same inside brackets, and two lines above */
	plan = with_head("请各单位于5月20日前将活动总结报县道安办（电子邮箱：da@example.cn）。\n"
			 "县道安办设在县公安局交警大队。\n"
			 "联系人：杨一鸣，联系电话：0745-8621122。\n");
	ck_assert_ptr_null(field(contact(plan, 0), "email"));
	json_decref(plan);
	/* a label line of its own under the contact is the contact's */
	plan = with_head("请各单位于5月20日前将活动总结报县科协。\n"
			 "联系人：张一帆，联系电话：0564-5022187\n"
			 "电子邮箱：kx@example.cn\n");
	ck_assert_str_eq(field(contact(plan, 0), "email"), "kx@example.cn");
	json_decref(plan);
}
END_TEST

/* 报名, 报告 inside the thing put (将X报名回执报Y) do not send it: the
 * thing goes on to the 报 that does. */
START_TEST(a_bao_inside_a_word_does_not_end_the_thing_sent)
{
	json_t *plan = with_head("请各单位于5月6日前将知识竞赛报名回执（附件2）报县委网信办；"
				 "5月20日前将自查报告报县科协。\n");
	ck_assert_str_eq(dl(plan, 0), "知识竞赛报名回执（附件2）|5月6日前|2027-05-06|各单位|县委网信办");
	ck_assert_str_eq(dl(plan, 1), "自查报告|5月20日前|2027-05-20|各单位|县科协");
	json_decref(plan);
}
END_TEST

/* 联系电话：…；手机：…: the ； parts two numbers of one person, not two
 * persons (the second named 手机). */
START_TEST(a_second_number_after_a_semicolon_is_the_same_persons)
{
	json_t *plan = with_head("联系人：许一鸣，联系电话：0551-63357218；手机：139 5510 6672\n");
	json_t *c = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(c), 2);
	ck_assert_str_eq(field(contact(plan, 0), "name"), "许一鸣");
	ck_assert_str_eq(field(contact(plan, 0), "phone"), "0551-63357218");
	ck_assert_str_eq(field(contact(plan, 1), "name"), "许一鸣");
	ck_assert_str_eq(field(contact(plan, 1), "phone"), "139 5510 6672");
	json_decref(plan);
	/* two persons apart by ； are still two */
	plan = with_head("联系人：杨一鸣，联系电话：0745-8621122；舒骁，联系电话：0745-8621135。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 2);
	ck_assert_str_eq(field(contact(plan, 1), "name"), "舒骁");
	ck_assert_str_eq(field(contact(plan, 1), "phone"), "0745-8621135");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader habits");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_contact_keeps_only_an_email_of_its_own);
	tcase_add_test(tc, a_bao_inside_a_word_does_not_end_the_thing_sent);
	tcase_add_test(tc, a_second_number_after_a_semicolon_is_the_same_persons);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
