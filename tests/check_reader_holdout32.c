/* check_reader_holdout32.c - a forwarding notice (hold-out g191: a county
 * passes a city's notice on), each habit on a small text of its own: the
 * salutation (各乡镇人民政府，县减灾委各成员单位：) is those addressed, never
 * the organizer; 现将X《Y》（文号）转发给你们 names the parent plan, and
 * its number, carried by the forwarded copy's head, is not this notice's;
 * the cover's request that names no one (请…于…前报…) asks those the
 * salutation addresses. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define FORWARD                                                                                       \
	"各乡镇人民政府，县减灾委各成员单位：\n"                                                      \
	"　　现将巴渠市应急管理局《关于开展2026年“国际减灾日”宣传活动的通知》（巴应急函〔2026〕88号）" \
	"转发给你们，请结合实际抓好落实，并于10月16日（星期五）前将活动开展情况报送县应急管理局。\n"  \
	"宕泉县应急管理局\n2026年9月24日\n"
#define FORWARDED                                                                                  \
	"巴渠市应急管理局\n巴应急函〔2026〕88号\n关于开展2026年“国际减灾日”宣传活动的通知\n"        \
	"各县（市、区）应急管理局：\n　　根据四川省应急管理厅《关于做好2026年国际减灾日宣传工作的通知》" \
	"要求，现将有关事项通知如下。\n一、活动时间\n2026年10月8日至10月16日。\n"

START_TEST(a_forwarding_notice)
{
	json_t *plan = plan_from_text(FORWARD FORWARDED);
	ck_assert_str_eq(field(plan, "organizer"), "宕泉县应急管理局");
	ck_assert_str_eq(field(plan, "parent_plan"),
			 "巴渠市应急管理局《关于开展2026年“国际减灾日”宣传活动的通知》（巴应急函〔2026〕88号）");
	ck_assert(json_object_get(plan, "doc_number") == NULL || json_is_null(json_object_get(plan, "doc_number")));
	json_decref(plan);
}
END_TEST

START_TEST(the_cover_asks_those_it_addresses)
{
	json_t *plan = plan_from_text(FORWARD FORWARDED);
	ck_assert_uint_ge(plan_count(plan, "deadlines"), 1);
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "due"), "2026-10-16");
	ck_assert_str_eq(names(dl, "who"), "各乡镇人民政府、县减灾委各成员单位");
	json_decref(plan);
}
END_TEST

/* 特将X《Y》转发给你们: the plan is named after any of the openers */
START_TEST(a_forwarding_notice_opened_otherwise)
{
	static const char *const openers[] = {"特将", "现把"};
	for (size_t i = 0; i < sizeof openers / sizeof *openers; i++) {
		char text[4096];
		snprintf(text, sizeof text,
			 "各乡镇人民政府：\n　　%s巴渠市应急管理局《关于开展2026年“国际减灾日”宣传活动的通知》"
			 "转发给你们，请认真贯彻落实。\n宕泉县应急管理局\n2026年9月24日\n%s",
			 openers[i], FORWARDED);
		json_t *plan = plan_from_text(text);
		ck_assert_str_eq(field(plan, "parent_plan"),
				 "巴渠市应急管理局《关于开展2026年“国际减灾日”宣传活动的通知》");
		json_decref(plan);
	}
}
END_TEST

/* a notice that forwards nothing keeps its own number and cites as before */
START_TEST(an_ordinary_notice_keeps_its_number)
{
	json_t *plan = plan_from_text(FORWARDED);
	ck_assert_str_eq(field(plan, "doc_number"), "巴应急函〔2026〕88号");
	ck_assert_str_eq(field(plan, "parent_plan"), "四川省应急管理厅《关于做好2026年国际减灾日宣传工作的通知》");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 32 (a forwarding notice)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_forwarding_notice);
	tcase_add_test(tc, the_cover_asks_those_it_addresses);
	tcase_add_test(tc, a_forwarding_notice_opened_otherwise);
	tcase_add_test(tc, an_ordinary_notice_keeps_its_number);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
