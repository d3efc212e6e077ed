/* check_reader_holdout25b.c - habits of the genre that the hold-out
 * notices g153, g155 and g157 showed, each on a small text of its own:
 * an item's when and place in one bracket after its title, an item
 * numbered 1. whose title opens with a year, a wrapped copy's signature
 * set far in under a short annex line, a phone's area code in brackets
 * and two numbers joined by /, the unit that runs the campaign named after
 * those that host it, an issuer called by two words of its name without
 * the 和 between them. */
#include "config.h"

#include <jansson.h>

#include <string.h>

#include "copies.h"
#include "notice-text.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                       \
	"关于开展2027年“全民健身日”系列活动的通知\n一、活动时间\n2027年8月1日至8月15日。\n二、活动安排\n"

/* 1.健步走（8月8日上午8:30，滨江公园）, 2.X（8月上旬，各社区）,
 * 3.X（活动期间，全县各体育场馆）: the bracket is no part of the title;
 * before its first ， the when (a day and clock, a part of a month, the
 * period), after it the place. */
START_TEST(when_and_place_in_one_bracket)
{
	json_t *plan = plan_from_text(HEAD "1.全民健步走活动（8月8日上午8:30，滨江公园东门广场）\n"
					   "牵头单位：县体育局　配合单位：县总工会\n组织干部职工参加健步走。\n"
					   "2.社区趣味运动会（8月上旬，全县各社区）\n牵头单位：县体育局\n举办趣味运动项目。\n"
					   "3.体育场馆免费开放（活动期间，全县各公共体育场馆）\n牵头单位：县体育局\n"
					   "公共体育场馆向群众免费开放。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|全民健步走活动|2027-08-08|2027-08-08|08:30|滨江公园东门广场|县体育局|县总工会");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "社区趣味运动会");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "全县各社区");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|体育场馆免费开放|2027-08-01|2027-08-15|-|全县各公共体育场馆|县体育局|");
	json_decref(plan);
}
END_TEST

/* 1.2027年“全民健身日”启动仪式（…）: the digits after 1. are a year
 * (four digits, then 年), not the decimals of 1.2027: the line is item 1. */
START_TEST(an_item_whose_title_opens_with_a_year)
{
	json_t *plan = plan_from_text(HEAD "（一）主会场板块\n1.2027年“全民健身日”启动仪式（8月8日上午9:00，县体育中心）\n"
					   "牵头单位：县体育局\n举行启动仪式。\n"
					   "2.全民健步走活动（8月8日上午10:00，滨江公园）\n牵头单位：县总工会\n组织健步走。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|2027年“全民健身日”启动仪式|2027-08-08|2027-08-08|09:00|县体育中心|县体育局|");
	json_decref(plan);
}
END_TEST

/* A text wrapped at one width (a PDF's): the annex line …总结表（略）,
 * nearly full and ending no clause, is followed by the signature set far
 * in. A wrap's rest starts at the margin: the signature opens a paragraph
 * of its own. */
START_TEST(a_signature_set_far_in_under_a_wrapped_annex)
{
	static const char text[] =
		"　　为深入实施全民健身国家战略，进一步提高全社会体育健身意识，营造人人参与、"
		"人人健身的良好氛围，经县政府同意，决定于8月1日至15日在全县开展全民健身日"
		"系列活动，现将有关事项通知如下。请各单位结合实际认真组织，确保各项活动取得实效，"
		"形成全社会共同关注全民健身的浓厚氛围，各单位要按时报送活动开展情况。\n"
		"　　附件：1.健步走参加人员名单（略）\n"
		"　　　　　2.2027年全民健身日活动开展情况总结表（略）\n\n"
		"　　　　　　　　　　　　　　　　　　　　云溪县体育运动发展中心\n"
		"　　　　　　　　　　　　　　　　　　　　　　2027年7月20日\n";
	char *copy = copy_wrapped(text, 56);
	wp_ntext t;
	wp_err err;
	ck_assert_int_eq(wp_ntext_decode(copy, strlen(copy), &t, &err), 0);
	bool annex = false, alone = false;
	for (size_t i = 0; i < t.n; i++) {
		annex = annex || strcmp(t.para[i], "2.2027年全民健身日活动开展情况总结表（略）") == 0;
		alone = alone || strcmp(t.para[i], "云溪县体育运动发展中心") == 0;
	}
	ck_assert_msg(annex, "the annex line is no paragraph of its own");
	ck_assert_msg(alone, "the signature is no paragraph of its own");
	wp_ntext_free(&t);
	free(copy);
}
END_TEST

/* The contacts' numbers as name:phone, joined with ; (a static buffer). */
static const char *contact_lines(json_t *plan)
{
	static char out[1024];
	size_t used = 0, i;
	json_t *c;
	out[0] = '\0';
	json_array_foreach(json_object_get(plan, "contacts"), i, c) used +=
		(size_t)snprintf(out + used, sizeof out - used, "%s%s:%s", i ? ";" : "", field(c, "name"),
				 field(c, "phone") ? field(c, "phone") : "-");
	return out;
}

/* 电话：（0855）8223016/13985567102: the area code in brackets instead of
 * a hyphen is part of the number, kept as written; a / between a landline
 * and a mobile parts two numbers of one person. */
START_TEST(an_area_code_in_brackets_and_two_numbers_by_a_slash)
{
	json_t *plan = plan_from_text(HEAD "1.全民健步走活动。8月8日上午8:30，在滨江公园举行。牵头单位：县体育局。\n"
					   "三、联系方式\n"
					   "县体育局群体股　张　伟　电话：（0851）5823016/13985567102\n"
					   "县总工会宣教部　李明华　电话：(0851)5823025\n");
	ck_assert_str_eq(contact_lines(plan),
			 "张伟:（0851）5823016;张伟:13985567102;李明华:（0851）5823025");
	json_decref(plan);
	plan = plan_from_text(HEAD "1.全民健步走活动。8月8日上午8:30，在滨江公园举行。牵头单位：县体育局。\n"
				   "三、工作要求\n请各单位于8月5日前报送方案。联系人：王芳，联系电话：（0851）5823016。\n");
	ck_assert_str_eq(contact_lines(plan), "王芳:（0851）5823016");
	json_decref(plan);
}
END_TEST

/* 由X主办，Y、Z协办，W具体负责活动的组织实施: the clauses of the units that
 * host and co-host are above the one that runs it; W is the lead unit,
 * without the words of its task. */
START_TEST(the_lead_unit_after_its_hosts)
{
	json_t *plan = plan_from_text(HEAD "1.全民健步走活动。8月8日上午8:30，在滨江公园举行。牵头单位：县体育局。\n"
					   "三、组织领导\n本次活动由县体育局主办，各乡镇、县总工会协办，"
					   "县体育局群体股具体负责活动的组织实施。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "县体育局群体股");
	json_decref(plan);
}
END_TEST

/* 云溪县文化和旅游发展委员会 signs the notice and calls itself 县文化旅游委
 * in the text: the two words that open its name without their 和, then
 * 委 for 委员会, are its short name. */
START_TEST(a_short_name_without_the_and)
{
	json_t *plan = plan_from_text("云溪县文化和旅游发展委员会\n关于开展2027年“中国旅游日”活动的通知\n"
				      "各乡镇人民政府：\n县文化旅游委决定于5月19日开展活动。\n一、活动安排\n"
				      "1.旅游惠民活动。5月19日，在县游客中心举行。牵头单位：县文化旅游委。\n"
				      "云溪县文化和旅游发展委员会\n2027年5月8日\n");
	json_t *unit = json_array_get(json_object_get(plan, "units"), 0);
	ck_assert_ptr_nonnull(unit);
	ck_assert_str_eq(field(unit, "name"), "云溪县文化和旅游发展委员会");
	ck_assert_str_eq(names(unit, "aliases"), "县文化旅游委");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 25b");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, when_and_place_in_one_bracket);
	tcase_add_test(tc, an_item_whose_title_opens_with_a_year);
	tcase_add_test(tc, a_signature_set_far_in_under_a_wrapped_annex);
	tcase_add_test(tc, an_area_code_in_brackets_and_two_numbers_by_a_slash);
	tcase_add_test(tc, the_lead_unit_after_its_hosts);
	tcase_add_test(tc, a_short_name_without_the_and);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
