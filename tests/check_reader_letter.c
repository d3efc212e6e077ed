/* check_reader_letter.c - a notice that is one cover letter: no plan
 * after it and no headings, its activities the paragraphs 一是…二是…三是
 * of the letter in running prose (g210). Each part is numbered as the
 * letter numbers it; the unit bracket closing its first sentence
 * （X牵头，Y、Z配合） gives its units, whatever follows the bracket; a
 * 其中 sentence after the bracket is an event of that part (一.1) done by
 * its units; X、Y牵头，Z承办 all lead; a bracket may hold brackets of its
 * own （各县（区）X负责，Y配合）. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                                    \
	"沙溪县应急管理局\n关于做好2026年全国防灾减灾日宣传活动的通知\n各乡镇人民政府，县直有关单位：\n"     \
	"　　经研究，县应急管理局决定于5月6日至5月16日在全县集中开展防灾减灾宣传活动。请各单位抓好以下工作：\n"

#define TAIL "　　各单位要高度重视，精心组织。\n"

START_TEST(parts_of_the_letter_are_its_activities)
{
	json_t *plan = plan_from_text(HEAD
		"　　一是举办防灾减灾主题宣传活动。5月12日上午9时，在县体育广场举办主题宣传活动，"
		"设置展板和咨询台（县应急管理局牵头，县消防救援大队、县气象局配合）。\n"
		"　　二是开展应急避险演练。5月8日至5月14日，在全县中小学开展地震应急疏散演练"
		"（县教育局牵头，县地震局配合）。\n"
		"　　三是开展隐患排查。5月15日，对全县地质灾害隐患点开展一轮排查（县自然资源局牵头，各乡镇配合）。\n"
		TAIL);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "三");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县应急管理局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县消防救援大队、县气象局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县教育局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县地震局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "县自然资源局");
	json_decref(plan);
}
END_TEST

START_TEST(a_sentence_after_the_bracket_is_the_part_s)
{
	json_t *plan = plan_from_text(HEAD
		"　　一是举办防灾减灾主题宣传活动。5月12日上午9时，在县体育广场举办主题宣传活动"
		"（县应急管理局牵头，县消防救援大队、县气象局配合）。其中，当日上午11时在县消防救援站举行"
		"消防车辆装备展示活动，邀请群众代表现场观摩。\n"
		"　　二是开展应急避险演练。5月8日至5月14日，在全县中小学开展地震应急疏散演练"
		"（县教育局牵头，县地震局配合）。\n" TAIL);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	/* the bracket is the part's, though the 其中 sentence follows it */
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县应急管理局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县消防救援大队、县气象局");
	json_t *sub = plan_activity(plan, 1);
	ck_assert_str_eq(field(sub, "no"), "一.1");
	ck_assert_str_eq(field(sub, "start"), "2026-05-12");
	ck_assert_str_eq(field(sub, "time"), "11:00");
	ck_assert_str_eq(names(sub, "lead"), "县应急管理局");
	ck_assert_str_eq(names(sub, "cooperate"), "县消防救援大队、县气象局");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "二");
	json_decref(plan);
}
END_TEST

START_TEST(who_undertakes_under_a_lead_leads_too)
{
	json_t *plan = plan_from_text(HEAD
		"　　一是开展防灾知识网络竞答。活动期间，依托“沙溪应急”微信公众号开展知识竞答"
		"（县应急管理局、县委宣传部牵头，县融媒体中心承办）。\n"
		"　　二是开展应急避险演练。5月8日至5月14日，在全县中小学开展地震应急疏散演练"
		"（县教育局牵头，县地震局配合）。\n" TAIL);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县应急管理局、县委宣传部、县融媒体中心");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "");
	json_decref(plan);
}
END_TEST

START_TEST(a_bracket_that_holds_brackets)
{
	json_t *plan = plan_from_text(HEAD
		"　　一是开展受灾群众走访慰问。5月中旬，对全县受灾困难群众开展一次走访慰问"
		"（各乡（镇）人民政府负责，县民政局、县红十字会配合）。\n"
		"　　二是举办应急科普文艺演出。5月16日晚7点半，在县文化馆剧场举办应急科普文艺演出，"
		"并通过县融媒体中心网络直播（团县委牵头，县文化馆配合）。\n" TAIL);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "各乡（镇）人民政府");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县民政局、县红十字会");
	/* the clause before the bracket is no unit of it */
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "团县委");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县文化馆");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a notice that is one cover letter");
	TCase *tc = tcase_create("letter");
	tcase_add_test(tc, parts_of_the_letter_are_its_activities);
	tcase_add_test(tc, a_sentence_after_the_bracket_is_the_part_s);
	tcase_add_test(tc, who_undertakes_under_a_lead_leads_too);
	tcase_add_test(tc, a_bracket_that_holds_brackets);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
