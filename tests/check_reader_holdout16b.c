/* check_reader_holdout16b.c - habits of the genre that the hold-out
 * notice g111 showed, each on a small text of its own: a list of dates
 * and duties written "date　　sentence", activities listed under the
 * units that run them, and the like. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 6月5日前　　各镇将…报…: in a list of dates and duties the date is set
 * apart by wide spaces where prose writes a ，: who submits is the units
 * after the gap, not the date. */
START_TEST(a_date_set_apart_by_wide_spaces_is_not_who_submits)
{
	json_t *plan = plan_from_text("某县2027年安全生产月活动方案\n各镇人民政府，县直有关单位：\n"
				      "一、活动时间\n2027年6月1日至6月30日。\n"
				      "二、活动安排\n（一）安全宣传咨询日。6月16日上午9:00在县人民广场举行，县应急管理局牵头。\n"
				      "三、时间节点\n"
				      "6月5日前　　各镇将活动方案报县应急管理局。\n"
				      "活动结束后5个工作日内　　县直有关单位将工作总结报县应急管理局。\n"
				      "某县安全生产委员会办公室\n2027年5月20日\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动方案|6月5日前|2027-06-05|各镇|县应急管理局");
	ck_assert_str_eq(deadline_line_at(plan, 1),
			 "报送工作总结|活动结束后5个工作日内|-|县直有关单位|县应急管理局");
	json_decref(plan);
}
END_TEST

/* Activities listed under the units that run them: 三、各单位活动安排 >
 * （一）县市场监管局 > 1. 2. The items never name their unit again. */
static const char units_first[] =
	"某县2027年食品安全宣传周活动方案\n各乡镇人民政府，县直有关单位：\n"
	"一、活动时间\n2027年6月8日至6月14日。\n"
	"二、各单位活动安排\n"
	"（一）县市场监管局\n"
	"1.食品安全宣传周启动仪式。6月8日上午9:00，在县人民广场举行。\n"
	"2.食品安全大讲堂。6月10日下午3:00，在县会议中心举办。\n"
	"（二）各乡镇人民政府、县教育局\n"
	"1.食品安全进农村。6月11日，在各行政村开展宣传。\n"
	"（三）县卫生健康局\n"
	"1.配合县市场监管局于6月12日在各中小学开展食品安全知识竞赛，组织学生参加。\n"
	"（四）县疾病预防控制中心\n"
	"负责食源性疾病监测的技术指导，汇总分析监测数据。\n"
	"三、工作要求\n各单位要高度重视，认真组织。\n"
	"某县食品安全委员会办公室\n2027年6月1日\n";

/* （一）县市场监管局 over 1. 2.: the heading's unit leads each item
 * under it; a heading of two units (各乡镇人民政府、县教育局) gives both. */
START_TEST(the_unit_heading_leads_the_items_under_it)
{
	json_t *plan = plan_from_text(units_first);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一.1|食品安全宣传周启动仪式|2027-06-08|2027-06-08|09:00|县人民广场|县市场监管局|");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县市场监管局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "各乡镇人民政府、县教育局");
	json_decref(plan);
}
END_TEST

/* （三）县卫生健康局 / 1.配合县市场监管局…开展食品安全知识竞赛: the
 * heading's unit only helps; the unit it helps leads, and what is done
 * (after 开展) names the item, which has no title of its own. */
START_TEST(a_unit_heading_that_only_helps_leaves_the_lead_to_the_unit_helped)
{
	json_t *plan = plan_from_text(units_first);
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "三.1|食品安全知识竞赛|2027-06-12|2027-06-12|-|各中小学|县市场监管局|县卫生健康局");
	json_decref(plan);
}
END_TEST

/* （四）县疾病预防控制中心 / 负责…的技术指导: prose under a unit's heading
 * that names no day is the unit's standing duty, not an activity. */
START_TEST(a_unit_heading_over_a_duty_without_a_date_is_no_activity)
{
	json_t *plan = plan_from_text(units_first);
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 4);
	json_decref(plan);
}
END_TEST

/* 县图书馆配合做好场地布置: a sentence of its own that opens with units
 * and a verb of helping, then the help they give, names who cooperates
 * (as one ended by the verb does: 县图书馆配合). */
START_TEST(units_that_help_with_what_follows_cooperate)
{
	json_t *plan = plan_from_text("某县2027年科技活动周活动方案\n各有关单位：\n"
				      "一、活动时间\n2027年5月17日至5月23日。\n"
				      "二、活动安排\n"
				      "（一）科普讲座。5月18日，县科协在县图书馆举办科普讲座。县图书馆配合做好场地布置。\n"
				      "（二）科普展览。5月20日，县科技馆在县文化广场举办科普展览。县教育局协助组织学生参观。\n"
				      "三、工作要求\n各单位要高度重视。\n"
				      "某县科学技术协会\n2027年5月10日\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "县图书馆");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县教育局");
	json_decref(plan);
}
END_TEST

/* （二）…启动仪式结束后，在同一地点展出: an item held after an earlier one
 * it names is on that one's day, and 同一地点 is that one's place. */
START_TEST(an_item_after_a_named_one_takes_its_day_and_place)
{
	json_t *plan = plan_from_text("某县2027年科技活动周活动方案\n各有关单位：\n"
				      "一、活动时间\n2027年5月17日至5月23日。\n"
				      "二、活动安排\n"
				      "（一）科技活动周启动仪式。5月17日上午9:00在县文化广场举行，县科协牵头。\n"
				      "（二）科普大篷车巡展。启动仪式结束后，在同一地点展出，县科技馆牵头。\n"
				      "三、工作要求\n各单位要高度重视。\n"
				      "某县科学技术协会\n2027年5月10日\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|科普大篷车巡展|2027-05-17|2027-05-17|-|县文化广场|县科技馆|");
	json_decref(plan);
}
END_TEST

/* 将优秀案例申报表报县教育局: the 报 of 申报表 (a form, as 报名表) sends
 * nothing; the thing goes on to the 报 that sends it. */
START_TEST(a_declaration_form_is_the_thing_sent)
{
	json_t *plan = plan_from_text("某县2027年安全教育日活动方案\n各中小学：\n"
				      "一、活动时间\n2027年3月30日至4月3日。\n"
				      "二、活动安排\n（一）安全教育主题班会。3月30日，各中小学在本校开展。\n"
				      "三、工作要求\n各学校请于4月10日前将优秀案例申报表报县教育局安全科。\n"
				      "某县教育局\n2027年3月20日\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送优秀案例申报表|4月10日前|2027-04-10|各学校|县教育局安全科");
	json_decref(plan);
}
END_TEST

/* 联系人：王明　0551-6288 1234: a landline whose local part is written in
 * groups keeps its space as written, as a mobile in groups does. */
START_TEST(a_landline_in_groups_keeps_its_space)
{
	json_t *plan = plan_from_text("某县2027年安全教育日活动方案\n各中小学：\n"
				      "一、活动时间\n2027年3月30日至4月3日。\n"
				      "二、活动安排\n（一）安全教育主题班会。3月30日，各中小学在本校开展。\n"
				      "三、工作要求\n各学校要高度重视。\n"
				      "联系人：县教育局安全科　王明　0551-6288 1234\n"
				      "某县教育局\n2027年3月20日\n");
	json_t *contact = json_array_get(json_object_get(plan, "contacts"), 0);
	ck_assert_str_eq(field(contact, "name"), "王明");
	ck_assert_str_eq(field(contact, "phone"), "0551-6288 1234");
	json_decref(plan);
}
END_TEST

/* 各学校要按时报送有关材料，请于6月10日前将…报…: the sentence addresses
 * the units of its opening clause (before 要); the clause that asks
 * names no one of its own, so they submit. */
START_TEST(the_units_an_asking_sentence_opens_with_submit)
{
	json_t *plan = plan_from_text("某县2027年安全教育日活动方案\n各中小学：\n"
				      "一、活动时间\n2027年3月30日至4月3日。\n"
				      "二、活动安排\n（一）安全教育主题班会。3月30日，各中小学在本校开展。\n"
				      "三、工作要求\n各学校要按时报送有关材料，请于4月10日前将活动总结报县教育局安全科。\n"
				      "某县教育局\n2027年3月20日\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动总结|4月10日前|2027-04-10|各学校|县教育局安全科");
	json_decref(plan);
}
END_TEST

/* 于5月20日上午8:00前到县体育馆报到: being at a place by a time is a
 * duty with a date, as written, though nothing is sent. */
START_TEST(being_at_a_place_by_a_time_is_a_duty)
{
	json_t *plan = plan_from_text("某县2027年全民健身日活动方案\n各乡镇，县直各单位：\n"
				      "一、活动时间\n2027年8月8日。\n"
				      "二、活动安排\n（一）全民健身展示。8月8日上午9:00在县体育馆举行，县文体局牵头。\n"
				      "三、工作要求\n请各参赛队于8月8日上午8:00前到县体育馆报到。\n"
				      "某县文化体育局\n2027年7月20日\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "到县体育馆报到|8月8日上午8:00前|2027-08-08|各参赛队|-");
	json_decref(plan);
}
END_TEST

/* A copy wrapped at one width (here 40 columns): （二）志愿集市。12月5日
 * 9:00在 | 街道文体广场集中开展…: the half-width digits leave the line
 * short of the width, but a line that ends on 在 (or 于) stops
 * mid-phrase, and goes on into the next. */
START_TEST(a_wrapped_line_that_ends_on_a_preposition_goes_on)
{
	json_t *plan = plan_from_text("某街道2027年国际志愿者日活动方案\n"
				      "各社区居委会，街道各办局：\n"
				      "为弘扬志愿服务精神，推动志愿服务常态化，\n"
				      "根据区文明办工作安排，街道决定在全街道开\n"
				      "展国际志愿者日主题活动，现将有关事项通知\n"
				      "如下。\n"
				      "一、活动时间\n"
				      "2027年12月1日至12月5日。\n"
				      "二、活动安排\n"
				      "（一）启动仪式。12月1日上午9:30在街道会\n"
				      "议中心举行，发布年度志愿服务项目清单，为\n"
				      "优秀志愿者代表颁发证书。由团工委牵头。\n"
				      "（二）志愿集市。12月5日9:00在\n"
				      "街道文体广场集中开展义诊、法律咨询、便民\n"
				      "维修、旧物交换等服务，现场设置志愿者注册\n"
				      "服务台。由社会事业局牵头。\n"
				      "三、工作要求\n"
				      "各社区要高度重视，精心组织，确保活动取得\n"
				      "实效。\n"
				      "某街道办事处\n"
				      "2027年11月20日\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|志愿集市|2027-12-05|2027-12-05|09:00|街道文体广场|社会事业局|");
	json_decref(plan);
}
END_TEST

/* （一）社区 / 1. 2.: a kind of place the items go to (进社区), in two
 * characters, groups them; it is no unit that leads them. */
START_TEST(a_kind_of_place_as_group_heading_leads_nothing)
{
	json_t *plan = plan_from_text("某县2027年防灾减灾宣传周活动方案\n各乡镇，县直有关单位：\n"
				      "一、活动时间\n2027年5月10日至5月16日。\n"
				      "二、活动安排\n"
				      "（一）社区\n"
				      "1.应急知识讲座。5月12日，在城关社区开展。\n"
				      "（二）学校\n"
				      "1.应急疏散演练。5月13日，在县实验小学开展。\n"
				      "三、工作要求\n各单位要高度重视。\n"
				      "某县减灾委员会办公室\n2027年5月1日\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 16 (b)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_date_set_apart_by_wide_spaces_is_not_who_submits);
	tcase_add_test(tc, the_unit_heading_leads_the_items_under_it);
	tcase_add_test(tc, a_unit_heading_that_only_helps_leaves_the_lead_to_the_unit_helped);
	tcase_add_test(tc, a_unit_heading_over_a_duty_without_a_date_is_no_activity);
	tcase_add_test(tc, units_that_help_with_what_follows_cooperate);
	tcase_add_test(tc, an_item_after_a_named_one_takes_its_day_and_place);
	tcase_add_test(tc, a_declaration_form_is_the_thing_sent);
	tcase_add_test(tc, a_landline_in_groups_keeps_its_space);
	tcase_add_test(tc, the_units_an_asking_sentence_opens_with_submit);
	tcase_add_test(tc, being_at_a_place_by_a_time_is_a_duty);
	tcase_add_test(tc, a_wrapped_line_that_ends_on_a_preposition_goes_on);
	tcase_add_test(tc, a_kind_of_place_as_group_heading_leads_nothing);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
