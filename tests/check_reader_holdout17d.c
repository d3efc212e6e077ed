/* check_reader_holdout17d.c - habits of the genre that the hold-out
 * notices g114 and g117 showed, each on a small text of its own. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 联系人：局安全办　王建平　办公电话：…　手机：…: one person with two
 * numbers; 办公 is the label of the office's phone, not a second person. */
START_TEST(an_office_phone_label_is_no_person)
{
	json_t *plan = plan_from_text("关于做好2027年安全教育日活动的通知\n一、活动时间\n2027年3月22日至4月2日\n"
				 "二、工作要求\n（一）加强组织。\n"
				 "联系人：局安全办　王建平　办公电话：0354-7621538　手机：13935412876\n");
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(contacts), 2);
	ck_assert_str_eq(field(json_array_get(contacts, 0), "name"), "王建平");
	ck_assert_str_eq(field(json_array_get(contacts, 0), "phone"), "0354-7621538");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "name"), "王建平");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "phone"), "13935412876");
	json_decref(plan);
}
END_TEST

/* 三、农业科技下乡服务（9月中旬）: the bracket closing a heading holds a
 * part of a month, as others hold a day: the title is the name before it,
 * and the dates stay unknown (a fuzzy date is no date). */
START_TEST(a_part_of_a_month_in_brackets_leaves_the_title)
{
	json_t *plan = plan_from_text("关于开展2027年全国科普日活动的通知\n"
				 "镇政府决定于9月13日至9月19日在全镇开展全国科普日系列活动。\n"
				 "一、科普大集（9月18日）\n9月18日上午8:30，在镇文体广场举办科普大集。由镇科协牵头。\n"
				 "二、农业科技下乡服务（9月中旬）\n组织农技专家为种植户开展技术指导。由镇农业农村服务中心负责。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	ck_assert_str_eq(activity_line(json_array_get(acts, 0)),
			 "一|科普大集|2027-09-18|2027-09-18|08:30|镇文体广场|镇科协|");
	ck_assert_str_eq(activity_line(json_array_get(acts, 1)), "二|农业科技下乡服务|-|-|-|-|镇农业农村服务中心|");
	json_decref(plan);
}
END_TEST

/* A report an activity asks for, written in a bracket inside its
 * paragraph (…参加观摩（观摩人员名单于3月25日前报局安全办）): a deadline of
 * its own, the thing sent named 报送X, owed by the units the sentence
 * opens with when the bracket names no one (past a clause of when: 3月
 * 30日下午，各中小学以班级为单位…), sent to whom the bracket says; the
 * sentence around it is no deadline. 选送X names the thing as 报送X does. */
START_TEST(a_report_in_brackets_inside_an_activity)
{
	json_t *plan = plan_from_text(
		"关于做好2027年安全教育日活动的通知\n一、活动时间\n2027年3月22日至4月2日\n二、活动内容\n"
		"1.启动仪式。3月29日上午9:30，在县第二实验小学举行启动仪式。各乡镇中心校、县直各学校各派1名副校长参加观摩"
		"（观摩人员名单于3月24日（星期三）前报局安全办）。由局安全办牵头。\n"
		"2.安全主题班会。3月29日（星期一）下午，各中小学以班级为单位召开主题班会（每校选送班会照片2张，"
		"3月30日（星期二）前报局安全办）。由各学校负责。\n"
		"3.隐患排查。第2周内，县直各学校对校舍开展一次全面自查（自查台账于4月2日前报局安全办）。由县直各学校负责。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 3);
	ck_assert_str_eq(deadline_line(json_array_get(dls, 0)),
			 "报送观摩人员名单|3月24日（星期三）前|2027-03-24|各乡镇中心校、县直各学校|局安全办");
	ck_assert_str_eq(deadline_line(json_array_get(dls, 1)),
			 "报送班会照片2张|3月30日（星期二）前|2027-03-30|各中小学|局安全办");
	ck_assert_str_eq(deadline_line(json_array_get(dls, 2)), "报送自查台账|4月2日前|2027-04-02|县直各学校|局安全办");
	json_decref(plan);
}
END_TEST

/* （一）高度重视，精心组织。各学校要…结合实际制定具体活动方案: under a
 * heading that exhorts, a unit's own plan is the boilerplate of
 * 加强组织领导, as when the sentence itself exhorts: no deadline. */
START_TEST(a_plan_under_an_exhorting_heading_is_no_duty)
{
	json_t *plan = plan_from_text(
		"关于做好2027年安全教育日活动的通知\n一、活动时间\n2027年3月22日至4月2日\n二、活动内容\n"
		"1.启动仪式。3月29日上午9:30，在县第二实验小学举行启动仪式。由局安全办牵头。\n"
		"三、工作要求\n（一）高度重视，精心组织。各学校要把安全教育日活动作为重要内容，要结合实际制定具体活动方案，"
		"做到有计划、有落实。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 0);
	json_decref(plan);
}
END_TEST

/* 以上材料电子版统一发送至局安全办邮箱：x@y, after the last duty: the
 * office's mailbox goes with every row sent to that office, those of
 * earlier paragraphs too, written 局安全办（邮箱：x@y）; a row sent
 * elsewhere keeps its own recipient. */
START_TEST(the_mailbox_for_the_materials_above)
{
	json_t *plan = plan_from_text(
		"关于做好2027年安全教育日活动的通知\n一、活动时间\n2027年3月22日至4月2日\n二、活动内容\n"
		"1.启动仪式。3月29日上午9:30，在县第二实验小学举行启动仪式。各学校于3月24日前将观摩人员名单报局安全办。由局安全办牵头。\n"
		"2.征文活动。各学校于3月26日前将征文作品报县教研室。由县教研室负责。\n"
		"三、工作要求\n（一）按时报送材料。各学校于活动结束后3个工作日内将活动总结报局安全办。"
		"以上材料电子版统一发送至局安全办邮箱：aqb@example.cn，纸质材料报局安全办。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 3);
	ck_assert_str_eq(field(json_array_get(dls, 0), "submit_to"), "局安全办（邮箱：aqb@example.cn）");
	ck_assert_str_eq(field(json_array_get(dls, 1), "submit_to"), "县教研室");
	ck_assert_str_eq(field(json_array_get(dls, 2), "submit_to"), "局安全办（邮箱：aqb@example.cn）");
	json_decref(plan);
}
END_TEST

/* 由各乡镇中心校（学区）、县直各学校负责，局安全办负责督导抽查: a township's
 * central school (中心校) is a unit, and a unit that supervises and checks
 * (督导抽查, 督导检查) helps, as one that 督导 or 负责指导 does. */
START_TEST(central_schools_lead_and_a_supervisor_helps)
{
	json_t *plan = plan_from_text(
		"关于做好2027年安全教育日活动的通知\n一、活动时间\n2027年3月22日至4月2日\n二、活动内容\n"
		"1.隐患排查。3月29日，各学校开展一次全面自查。由各乡镇中心校（学区）、县直各学校负责，局安全办负责督导抽查。\n"
		"2.食堂检查。3月30日，各学校开展食堂自查。由县直各学校负责，局后勤股负责督导检查。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(names(json_array_get(acts, 0), "lead"), "各乡镇中心校（学区）、县直各学校");
	ck_assert_str_eq(names(json_array_get(acts, 0), "cooperate"), "局安全办");
	ck_assert_str_eq(names(json_array_get(acts, 1), "lead"), "县直各学校");
	ck_assert_str_eq(names(json_array_get(acts, 1), "cooperate"), "局后勤股");
	json_decref(plan);
}
END_TEST

/* 镇科协负责汇总全镇活动开展情况，于9月24日前报县科协: what an office
 * gathers (汇总, as 收集 and 整理) is what it sends on by the day - the
 * township's own report upward, a deadline it owes. */
START_TEST(what_is_gathered_is_sent_on)
{
	json_t *plan = plan_from_text(
		"关于开展2027年全国科普日活动的通知\n一、活动时间\n2027年9月13日至19日\n二、活动内容\n"
		"（一）科普大集。9月18日上午8:30，在镇文体广场举办科普大集。由镇科协牵头。\n"
		"三、工作要求\n请各村于9月14日前将参加人员名单报镇科协。镇科协负责汇总全镇活动开展情况，于9月23日（周四）前报县科协。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 2);
	ck_assert_str_eq(deadline_line(json_array_get(dls, 1)),
			 "报送全镇活动开展情况|9月23日（周四）前|2027-09-23|镇科协|县科协");
	json_decref(plan);
}
END_TEST

/* 请各学院汇总本院学生科普作品，…于…前发送至…: the units that gather are
 * who send, their subject ending at 汇总 as at 组织. */
START_TEST(who_gathers_sends)
{
	json_t *plan = plan_from_text(
		"关于开展2027年全国科普日活动的通知\n一、活动时间\n2027年9月13日至19日\n二、活动内容\n"
		"（一）科普大集。9月18日上午8:30，在学校广场举办科普大集。由校科协牵头。\n"
		"三、工作要求\n请各学院汇总本院学生科普作品，于9月16日（星期四）17:00前发送至校科协。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 1);
	ck_assert_str_eq(names(json_array_get(dls, 0), "who"), "各学院");
	json_decref(plan);
}
END_TEST

/* Top sections that are each an activity, then a paragraph that turns
 * aside (此外，9月16日下午2:30，镇卫生院将在镇敬老院开展…讲座): one more
 * activity, with no number, its day, time, place and the units that do
 * it (leading); the section before it ends there. An aside of standing
 * duties (另外，活动期间各村要…) is none. */
START_TEST(an_activity_told_aside_after_the_sections)
{
	json_t *plan = plan_from_text(
		"关于开展2027年全国科普日活动的通知\n"
		"镇政府决定于9月13日至9月19日在全镇开展全国科普日系列活动。\n"
		"一、科普大集（9月18日）\n9月18日上午8:30，在镇文体广场举办科普大集。由镇科协牵头，镇卫生院配合。\n"
		"二、科普进校园（9月13日至17日）\n在镇中心小学开展科学实验秀。由镇中心小学负责，镇科协协助。\n"
		"另外，活动期间各村要在村部悬挂科普宣传标语。\n"
		"此外，9月15日（周三）下午2:30，镇卫生院将在镇敬老院开展“关爱老年健康”科普讲座，为老年人免费测量血压。\n"
		"各村要高度重视，确保活动取得实效。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 3);
	ck_assert_str_eq(activity_line(json_array_get(acts, 1)),
			 "二|科普进校园|2027-09-13|2027-09-17|-|镇中心小学|镇中心小学|镇科协");
	ck_assert(json_is_null(json_object_get(json_array_get(acts, 2), "no")));
	ck_assert_str_eq(field(json_array_get(acts, 2), "title"), "“关爱老年健康”科普讲座");
	ck_assert_str_eq(field(json_array_get(acts, 2), "start"), "2027-09-15");
	ck_assert_str_eq(field(json_array_get(acts, 2), "time"), "14:30");
	ck_assert_str_eq(field(json_array_get(acts, 2), "location"), "镇敬老院");
	ck_assert_str_eq(names(json_array_get(acts, 2), "lead"), "镇卫生院");
	json_decref(plan);
}
END_TEST

/* A school's notice counts weeks: its period glossed with them (3月22日至
 * 4月2日（本学期第4周至第5周）), an item that names only 第5周内 runs that
 * week's school days, Monday to Friday, within the period; 第4周周一（3月
 * 22日） is the day its bracket gives. */
START_TEST(a_school_week_placed_by_the_period)
{
	json_t *plan = plan_from_text(
		"关于做好2027年安全教育日活动的通知\n一、活动时间\n2027年3月22日至4月2日（本学期第4周至第5周）。\n"
		"二、活动内容\n"
		"1.升旗仪式。第4周周一（3月22日）早上7:50，各学校举行升旗仪式。由各学校负责。\n"
		"2.隐患排查。第5周内，各学校开展一次全面自查。由各学校负责。\n"
		"3.主题班会。第十周内，各学校召开主题班会。由各学校负责。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(field(json_array_get(acts, 0), "start"), "2027-03-22");
	ck_assert_str_eq(field(json_array_get(acts, 0), "end"), "2027-03-22");
	ck_assert_str_eq(field(json_array_get(acts, 1), "start"), "2027-03-29");
	ck_assert_str_eq(field(json_array_get(acts, 1), "end"), "2027-04-02");
	/* a week outside the period is not placed by it */
	ck_assert_ptr_null(field(json_array_get(acts, 2), "start"));
	json_decref(plan);
}
END_TEST

/* 民警分赴县城各中小学开展专题讲座, 农技人员深入各村（居）田间地头，围绕
 * 秋播小麦…开展技术指导: the places the work goes to, as with 深入X开展;
 * the clause after the place may say what the work is about (围绕…) before
 * its 开展, as it may say for whom (为…). */
START_TEST(the_places_the_work_goes_to)
{
	json_t *plan = plan_from_text(
		"关于开展2027年全国科普日活动的通知\n一、活动时间\n2027年9月13日至19日\n二、活动内容\n"
		"（一）专题讲座进校园。9月14日，县公安局交警大队组织民警分赴县城各中小学开展专题讲座。由县公安局交警大队负责。\n"
		"（二）农业科技下乡服务。9月15日，组织县农技专家和镇农技人员深入各村（居）田间地头，"
		"围绕秋播小麦良种选用、稻茬麦机械化播种和秸秆综合利用开展技术指导。由镇农业农村服务中心负责。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(field(json_array_get(acts, 0), "location"), "县城各中小学");
	ck_assert_str_eq(field(json_array_get(acts, 1), "location"), "各村（居）田间地头");
	json_decref(plan);
}
END_TEST

/* A copy cut at one width may run the paragraphs together: the aside
 * (此外，…) then follows the section's sentences in one paragraph, and is
 * still an activity of its own, cut from the section's. */
START_TEST(an_activity_told_aside_in_the_sections_paragraph)
{
	json_t *plan = plan_from_text(
		"关于开展2027年全国科普日活动的通知\n"
		"镇政府决定于9月13日至9月19日在全镇开展全国科普日系列活动。\n"
		"一、科普大集（9月18日）\n9月18日上午8:30，在镇文体广场举办科普大集。由镇科协牵头，镇卫生院配合。\n"
		"二、科普进校园（9月13日至17日）\n在镇中心小学开展科学实验秀。由镇中心小学负责，镇科协协助。"
		"此外，9月15日（周三）下午2:30，镇卫生院将在镇敬老院开展“关爱老年健康”科普讲座，为老年人免费测量血压。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 3);
	ck_assert_str_eq(activity_line(json_array_get(acts, 1)),
			 "二|科普进校园|2027-09-13|2027-09-17|-|镇中心小学|镇中心小学|镇科协");
	ck_assert(json_is_null(json_object_get(json_array_get(acts, 2), "no")));
	ck_assert_str_eq(field(json_array_get(acts, 2), "location"), "镇敬老院");
	ck_assert_str_eq(names(json_array_get(acts, 2), "lead"), "镇卫生院");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 17 (d)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, an_office_phone_label_is_no_person);
	tcase_add_test(tc, a_part_of_a_month_in_brackets_leaves_the_title);
	tcase_add_test(tc, a_report_in_brackets_inside_an_activity);
	tcase_add_test(tc, a_plan_under_an_exhorting_heading_is_no_duty);
	tcase_add_test(tc, the_mailbox_for_the_materials_above);
	tcase_add_test(tc, central_schools_lead_and_a_supervisor_helps);
	tcase_add_test(tc, what_is_gathered_is_sent_on);
	tcase_add_test(tc, who_gathers_sends);
	tcase_add_test(tc, an_activity_told_aside_after_the_sections);
	tcase_add_test(tc, a_school_week_placed_by_the_period);
	tcase_add_test(tc, the_places_the_work_goes_to);
	tcase_add_test(tc, an_activity_told_aside_in_the_sections_paragraph);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
