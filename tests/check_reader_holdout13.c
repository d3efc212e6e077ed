/* check_reader_holdout13.c - habits of the genre that the hold-out
 * notices g93..g97 showed, each on a small text of its own: an activity
 * table copied with pdftotext -layout, a ★ that marks the lead unit, the
 * roles 承办 / 协办 / 参与 written on an activity's lines, and the like. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* A table as pdftotext -layout copies it: the columns kept by spaces, a
 * row's cells wrapped onto the next line under their own columns (one
 * broken inside a unit's name, 县教育 / 局), an empty 地点 cell that is
 * only blank space, and ★ after the unit that leads. */
static const char layout_table[] =
	"某县2027年科技活动周活动方案\n"
	"各乡镇人民政府，县直各有关单位：\n"
	"本次活动由县科技活动周组委会办公室统筹协调，县科学技术协会具体组织实施。\n"
	"一、活动时间\n"
	"2027年5月8日至5月14日。\n"
	"二、活动安排\n"
	"（责任单位中标注“★”的为牵头单位）\n"
	"序号  活动名称                时间                地点              责任单位\n"
	" 1    主题宣传启动仪式暨      5月8日（星期五）    县文化广场        县科协★、县教育\n"
	"      “科普进万家”活动        上午9:00                              局、县文明办\n"
	" 2    科普讲座                5月12日             县图书馆          县图书馆、县科协★\n"
	" 3    科普展览                活动期间                              县科技馆、县文化馆\n"
	"三、工作要求\n"
	"各单位要高度重视，认真组织。\n"
	"某县科技活动周组委会办公室\n"
	"2027年4月28日\n";

/* …启动仪式暨 / “科普进万家”活动  上午9:00  局、县文明办: the rest of each
 * wrapped cell joins the cell of its column in the row above, so the
 * title, the hour and the broken unit's name come whole. */
START_TEST(a_layout_copy_wraps_several_cells_under_their_columns)
{
	json_t *plan = plan_from_text(layout_table);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|主题宣传启动仪式暨“科普进万家”活动|2027-05-08|2027-05-08|09:00|县文化广场|县科协|县教育局、县文明办");
	json_decref(plan);
}
END_TEST

/* 3  科普展览  活动期间  (spaces)  县科技馆、县文化馆: a row with a cell
 * fewer than the header, each cell under a header column, has the
 * skipped column empty: no place, and the row is kept. */
START_TEST(an_empty_cell_of_a_layout_copy_is_blank_space)
{
	json_t *plan = plan_from_text(layout_table);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|科普展览|2027-05-08|2027-05-14|-|-|县科技馆、县文化馆|");
	json_decref(plan);
}
END_TEST

/* 县图书馆、县科协★: the starred unit leads wherever it stands in the
 * list, the others cooperate; a row with no star has all its units lead
 * (as a list with no 牵头 / 配合 word). */
START_TEST(a_star_after_a_unit_marks_the_lead)
{
	json_t *plan = plan_from_text(layout_table);
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县科协");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县图书馆");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "县科技馆、县文化馆");
	json_decref(plan);
}
END_TEST

/* 由X统筹协调，Y具体组织实施: X oversees, Y runs the campaign. */
START_TEST(the_unit_that_runs_it_under_one_that_oversees_leads)
{
	json_t *plan = plan_from_text(layout_table);
	ck_assert_str_eq(field(plan, "lead_unit"), "县科学技术协会");
	json_decref(plan);
}
END_TEST

/* 承办：保卫处 / 协办：学生处、各二级学院 under an activity, with no 主办:
 * the unit that undertakes it leads, the one that assists cooperates. */
START_TEST(undertaking_and_assisting_labels_name_the_units)
{
	json_t *plan = plan_from_text("某学院2027年禁毒宣传教育活动的通知\n各二级学院：\n一、活动安排\n"
				 "1.禁毒主题讲座\n时间：6月10日（星期三）晚上7:00\n地点：学术报告厅\n"
				 "内容：邀请民警作专题讲座。\n承办：保卫处\n协办：学生处、各二级学院\n"
				 "2.禁毒知识网络答题\n时间：6月8日至6月22日\n内容：开展禁毒知识网络答题。\n承办：学生处\n"
				 "某学院学生处\n2027年6月3日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "保卫处");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "学生处、各二级学院");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "学生处");
	json_decref(plan);
}
END_TEST

/* 三、宣传重点 / 要突出三个方面的宣传：一是…；二是…；三是…。: the focuses
 * written as one paragraph of prose are its numbered parts. */
START_TEST(focus_points_written_in_prose_are_its_parts)
{
	json_t *plan = plan_from_text("某学院2027年禁毒宣传教育活动的通知\n各二级学院：\n"
				 "一、宣传重点\n活动期间，各单位要突出三个方面的宣传：一是新型毒品的识别；"
				 "二是防范诱骗吸毒的违法犯罪手法；三是宣传《中华人民共和国禁毒法》。\n"
				 "二、活动安排\n1.禁毒主题讲座\n时间：6月10日晚上7:00\n承办：保卫处\n"
				 "某学院学生处\n2027年6月3日\n");
	json_t *focus = json_object_get(plan, "focus");
	ck_assert_uint_eq(json_array_size(focus), 3);
	ck_assert_str_eq(json_string_value(json_array_get(focus, 0)), "新型毒品的识别");
	ck_assert_str_eq(json_string_value(json_array_get(focus, 2)), "宣传《中华人民共和国禁毒法》");
	json_decref(plan);
}
END_TEST

/* …县级各医疗机构在门诊大厅集中播放防艾宣传片…。县级各医疗卫生单位分别
 * 负责。: each unit of the closing clause leads its own share; 分别 is
 * no part of the name, and the clause, not the sentence's subject, says
 * who leads. */
START_TEST(units_that_each_take_their_share_lead)
{
	json_t *plan = plan_from_text("某县2027年世界艾滋病日宣传活动的通知\n各乡镇人民政府：\n"
				 "一、活动安排\n"
				 "（一）医疗机构防艾宣传周。11月30日至12月4日，县级各医疗机构在门诊大厅集中播放防艾宣传片，"
				 "设置宣传展板。县级各医疗卫生单位分别负责。\n"
				 "（二）防艾知识线上传播。11月23日至12月7日，开设防艾专栏。局宣传科牵头，县融媒体中心协办。\n"
				 "某县卫生健康局\n2027年11月19日\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县级各医疗卫生单位");
	json_decref(plan);
}
END_TEST

/* 成立…工作专班，由X任组长，…为成员。专班日常工作由Y承担。: a committee
 * with no 办公室 named has its day-to-day work done by Y, its office. */
START_TEST(the_unit_that_does_the_daily_work_is_the_office)
{
	json_t *plan = plan_from_text("某县2027年世界艾滋病日宣传活动的通知\n各乡镇人民政府：\n"
				 "一、组织保障\n"
				 "县卫生健康局成立宣传活动工作专班，由副局长罗晓川任组长，县疾控中心主任贺明亮任副组长，"
				 "局疾控股、局宣传科、县疾控中心主要负责人为成员。专班日常工作由县疾控中心艾滋病防治科承担。\n"
				 "二、活动安排\n（一）集中宣传活动。12月1日上午9:00，在县人民广场举办集中宣传活动。县疾控中心牵头。\n"
				 "某县卫生健康局\n2027年11月19日\n");
	json_t *office = json_object_get(json_object_get(plan, "committee"), "office");
	ck_assert_uint_eq(json_array_size(office), 1);
	ck_assert_str_eq(json_string_value(json_array_get(office, 0)), "县疾控中心艾滋病防治科");
	json_decref(plan);
}
END_TEST

/* 联系人：贾志刚（乡林业站）　电话：… / 郝晓婷（乡党政办）　电话：…: the line
 * under the 联系人 line, with no label, is one more person, written as
 * the first was: name, office in brackets, number. */
START_TEST(a_second_contact_line_with_the_office_after_the_name)
{
	json_t *plan = plan_from_text("某乡2027年春季义务植树活动方案\n一、活动时间\n2027年3月10日至3月31日。\n"
				 "二、工作要求\n各村要高度重视。\n"
				 "联系人：贾志刚（乡林业站）　电话：0358-4421376\n"
				 "\xe3\x80\x80\xe3\x80\x80郝晓婷（乡党政办）　电话：0358-4421002\n"
				 "某乡人民政府\n2027年3月5日\n");
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(contacts), 2);
	ck_assert_str_eq(field(json_array_get(contacts, 1), "name"), "郝晓婷");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "phone"), "0358-4421002");
	json_decref(plan);
}
END_TEST

/* 由各村民委员会负责，乡林业站负责技术指导。: the unit that gives technical
 * guidance helps; 负责技术 is no part of its name. */
START_TEST(a_unit_in_charge_of_technical_guidance_cooperates)
{
	json_t *plan = plan_from_text("某乡2027年春季义务植树活动方案\n各村民委员会：\n一、活动安排\n"
				 "（一）村庄绿化。3月13日至3月31日，各村利用闲置地新建村级小游园。"
				 "由各村民委员会负责，乡林业站负责技术指导。\n"
				 "（二）集中植树。3月12日上午8:30，在沿河绿化带开展集中义务植树。由乡党政办牵头，乡财政所配合。\n"
				 "某乡人民政府\n2027年3月5日\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "各村民委员会");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "乡林业站");
	json_decref(plan);
}
END_TEST

/* 成立…领导小组，乡党委副书记、乡长王建军同志任组长，…任副组长，…为成员:
 * the chair's clause needs no 由 before it. */
START_TEST(a_chair_named_without_you)
{
	json_t *plan = plan_from_text("某乡2027年春季义务植树活动方案\n各村民委员会：\n一、组织领导\n"
				 "为确保活动有序开展，乡政府成立春季义务植树工作领导小组，乡党委副书记、乡长王建军同志任组长，"
				 "乡党委委员、副乡长李秀芳同志任副组长，乡林业站、乡党政办负责人为成员。\n"
				 "二、活动安排\n（一）集中植树。3月12日上午8:30，在沿河绿化带开展集中义务植树。由乡党政办牵头。\n"
				 "某乡人民政府\n2027年3月5日\n");
	json_t *committee = json_object_get(plan, "committee");
	ck_assert_str_eq(names(committee, "chair"), "乡党委副书记、乡长王建军");
	ck_assert_str_eq(names(committee, "vice_chair"), "乡党委委员、副乡长李秀芳");
	json_decref(plan);
}
END_TEST

/* 联系人：… / 保卫处宣传教育科　龙老师，电话：0731-85516110 / 党委学生工作部
 * （学生处） / 2026年6月3日: the contact line ends at its number; the
 * signature under it is a line of its own, the issuer's other name. */
START_TEST(a_contact_line_ends_at_its_number)
{
	json_t *plan = plan_from_text("江澜师范学院党委学生工作部（学生处）\n"
				 "关于开展2027年国际禁毒日宣传教育活动的通知\n各二级学院：\n"
				 "一、活动安排\n1.禁毒主题讲座\n时间：6月10日晚上7:00\n承办：保卫处\n"
				 "联系人：学生处思想政治教育科　钟老师，电话：0731-85516208\n"
				 "保卫处宣传教育科　龙老师，电话：0731-85516110\n"
				 "党委学生工作部（学生处）\n2027年6月3日\n");
	json_t *unit = json_array_get(json_object_get(plan, "units"), 0);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(unit, "aliases"), 0)),
			 "党委学生工作部（学生处）");
	json_decref(plan);
}
END_TEST

/* …将活动总结发送至学生处邮箱（x@y）: the unit's mailbox, labelled as the
 * reader writes an address (学生处（邮箱：x@y）), also when the verb is
 * followed by 至 (the recipient's text was measured without it). */
START_TEST(a_units_mailbox_after_send_to)
{
	json_t *plan = plan_from_text("某学院2027年禁毒宣传教育活动的通知\n各二级学院：\n"
				 "一、活动安排\n1.禁毒主题讲座\n时间：6月10日晚上7:00\n承办：保卫处\n"
				 "二、工作要求\n请各二级学院于6月30日前，将活动总结及图片资料发送至学生处邮箱（jlsyxsc@jlsy.edu.cn）。\n"
				 "某学院学生处\n2027年6月3日\n");
	json_t *deadline = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(deadline, "submit_to"), "学生处（邮箱：jlsyxsc@jlsy.edu.cn）");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 13");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_layout_copy_wraps_several_cells_under_their_columns);
	tcase_add_test(tc, an_empty_cell_of_a_layout_copy_is_blank_space);
	tcase_add_test(tc, a_star_after_a_unit_marks_the_lead);
	tcase_add_test(tc, the_unit_that_runs_it_under_one_that_oversees_leads);
	tcase_add_test(tc, undertaking_and_assisting_labels_name_the_units);
	tcase_add_test(tc, focus_points_written_in_prose_are_its_parts);
	tcase_add_test(tc, units_that_each_take_their_share_lead);
	tcase_add_test(tc, the_unit_that_does_the_daily_work_is_the_office);
	tcase_add_test(tc, a_second_contact_line_with_the_office_after_the_name);
	tcase_add_test(tc, a_unit_in_charge_of_technical_guidance_cooperates);
	tcase_add_test(tc, a_chair_named_without_you);
	tcase_add_test(tc, a_contact_line_ends_at_its_number);
	tcase_add_test(tc, a_units_mailbox_after_send_to);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
