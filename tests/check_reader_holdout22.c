/* check_reader_holdout22.c - habits of the genre that the hold-out
 * notices g138..g147 showed, each on a small text of its own: a table of
 * what is due written a row a line (its header on one line), with who
 * sends each row, how, and where to under the table; phone extensions in
 * brackets; contact lines with names spaced out and numbers below; a
 * table drawn with box characters, its rows over two lines; committee
 * persons with post and name apart by spaces; a unit label with a note
 * in brackets (责任处室（单位）：); a town's own 领导小组 as the issuer; an
 * arrival time that is no deadline; a telegram's document number; a
 * place whose name opens with a stop word, a tour's places; how often a
 * report is sent (报送一次X). */
#include "config.h"

#include <jansson.h>
#include <stdio.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                       \
	"关于开展2027年世界卫生日宣传活动的通知\n一、活动时间\n2027年4月7日至4月13日。\n二、活动内容\n" \
	"1．健康义诊。4月7日，在人民广场举行。牵头单位：市卫生健康委。\n"

/* 序号⇥报送材料⇥报送时限⇥报送单位⇥报送方式 and a row a line: each row is
 * a deadline owed by its 报送单位 (who sends, not whom to); the sentence
 * under the table names the recipient and its mailbox, which goes with
 * the rows sent by e-mail only. */
START_TEST(a_table_of_what_is_due_a_row_a_line)
{
	json_t *plan = plan_from_text(HEAD "三、报送要求\n"
					   "序号\t报送材料\t报送时限\t报送单位\t报送方式\n"
					   "1\t活动联络员回执（附件1）\t4月2日（含）前\t各市县卫生健康委、委直属各单位\t电子邮件\n"
					   "2\t活动信息及图片\t宣传周期间每日17:00前\t各市县卫生健康委\t工作微信群\n"
					   "3\t活动总结\t宣传周结束后5个工作日内\t各市县卫生健康委\t电子邮件\n"
					   "以上材料均报送至委宣传处，电子邮箱：wsxc@163.com。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动联络员回执（附件1）|4月2日（含）前|2027-04-02|"
						    "各市县卫生健康委、委直属各单位|委宣传处（邮箱：wsxc@163.com）");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送活动信息及图片|宣传周期间每日17:00前|-|各市县卫生健康委|委宣传处");
	ck_assert_str_eq(deadline_line_at(plan, 2), "报送活动总结|宣传周结束后5个工作日内|-|各市县卫生健康委|"
						    "委宣传处（邮箱：wsxc@163.com）");
	json_t *rel = json_object_get(json_array_get(json_object_get(plan, "deadlines"), 2), "relative");
	ck_assert_int_eq(json_integer_value(json_object_get(rel, "offset")), 5);
	json_decref(plan);
}
END_TEST

/* A 接收处室 column names whom each row goes to; the sentence under the
 * table gives the mailbox of one of them, which goes with its rows only. */
START_TEST(a_recipient_column_and_one_recipients_mailbox)
{
	json_t *plan = plan_from_text(HEAD "三、报送要求\n各单位按下表时限报送有关材料：\n"
					   "序号\t报送材料\t报送时限\t报送单位\t接收处室\n"
					   "1\t联络员名单\t4月3日（星期六）前\t各区卫生健康局\t委宣传处\n"
					   "2\t活动开展情况\t活动期间每周三17:00前\t各区卫生健康局\t委宣传中心\n"
					   "报送委宣传处的材料，电子版同时发送至wsxc@163.com。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送联络员名单|4月3日（星期六）前|2027-04-03|各区卫生健康局|委宣传处（邮箱：wsxc@163.com）");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送活动开展情况|活动期间每周三17:00前|-|各区卫生健康局|委宣传中心");
	json_decref(plan);
}
END_TEST

/* A header that names no time column is no table of what is due: the
 * form of an annex (报送单位 活动名称 活动时间 …) asks for nothing. */
START_TEST(a_form_with_no_time_column_is_no_table_of_duties)
{
	json_t *plan = plan_from_text(HEAD "三、工作要求\n（一）加强领导。\n附件\n活动信息报送表\n"
					   "报送单位\t活动名称\t活动时间\t参与人数\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 0);
	json_decref(plan);
}
END_TEST

/* 电话：0898-65388126（分机8023）: the extension in brackets is part of
 * the number, as 转8023 is. */
START_TEST(an_extension_in_brackets)
{
	json_t *plan = plan_from_text(HEAD "三、工作要求\n（一）加强领导。\n"
					   "联系人：符海燕，电话：0898-65388126（分机8023）。\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	ck_assert_str_eq(contact_line_at(plan, 0), "符海燕|0898-65388126（分机8023）|-");
	json_decref(plan);
}
END_TEST

/* Under 联系方式: 镇禁毒办：王  静，电话：… (a two-character name spaced out
 * with spaces), and 安全监管科  冯  磊 with the numbers on the next line. */
START_TEST(contact_lines_with_spaced_names_and_numbers_below)
{
	json_t *plan = plan_from_text(HEAD "三、联系方式\n"
					   "镇禁毒办：王  静，电话：0467-5823106，手机：13904672385\n"
					   "开发区应急管理局安全监管科  冯  磊\n"
					   "电话：0354-3926105-8061    手机：13835460218\n"
					   "开发区应急管理局宣教科      赵晓燕\n"
					   "电话：0354-3926105-8063\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 5);
	ck_assert_str_eq(contact_line_at(plan, 0), "王静|0467-5823106|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "王静|13904672385|-");
	ck_assert_str_eq(contact_line_at(plan, 2), "冯磊|0354-3926105-8061|-");
	ck_assert_str_eq(contact_line_at(plan, 3), "冯磊|13835460218|-");
	ck_assert_str_eq(contact_line_at(plan, 4), "赵晓燕|0354-3926105-8063|-");
	json_decref(plan);
}
END_TEST

/* A table drawn with box characters, each row over two lines: the rules
 * between rows hold no text, the bars are bars, and a line whose first
 * cell is blank goes on the row above, cell by cell. */
START_TEST(a_drawn_table_with_rows_over_two_lines)
{
	json_t *plan = plan_from_text(
		"关于开展2027年安全生产月活动的通知\n一、活动时间\n2027年4月7日至4月30日。\n二、活动安排\n"
		"┌───┬──────┬──────┬──────┬─────┬─────┐\n"
		"│序号│活动名称    │时间        │地点        │牵头部门  │配合部门  │\n"
		"├───┼──────┼──────┼──────┼─────┼─────┤\n"
		"│1   │“安全生产月”启动仪式暨│4月8日（星期四）│开发区管委会广场│开发区应急管理局│管委会党政办公室、│\n"
		"│    │安全承诺签名│上午9:00    │            │          │各园区企业│\n"
		"├───┼──────┼──────┼──────┼─────┼─────┤\n"
		"│2   │企业负责人专题│4月中旬     │培训中心    │开发区经济发展局│          │\n"
		"│    │培训        │            │            │          │          │\n"
		"└───┴──────┴──────┴──────┴─────┴─────┘\n"
		"四、工作要求\n（一）加强领导。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|“安全生产月”启动仪式暨安全承诺签名|2027-04-08|2027-04-08|09:00|开发区管委会广场|开发区应急管理局|"
			 "管委会党政办公室、各园区企业");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "2|企业负责人专题培训|-|-|-|培训中心|开发区经济发展局|");
	json_decref(plan);
}
END_TEST

/* 组  长：委党组成员、副主任  陈国梁 / 　　副组长：委宣传处处长  林晓雯 /
 * 　　　　省健康宣传教育中心主任  吴振华: post and name apart by spaces
 * (where others put U+3000), the lines indented; an indented label line
 * under a line with gaps is a label, not the rest of a cell. */
START_TEST(committee_persons_apart_by_spaces)
{
	json_t *plan = plan_from_text(HEAD "三、组织领导\n    成立领导小组。\n"
					   "    组  长：委党组成员、副主任  陈国梁\n"
					   "    副组长：委宣传处处长  林晓雯\n"
					   "            省健康宣传教育中心主任  吴振华\n"
					   "    成  员：镇派出所所长  赵志刚\n"
					   "            镇卫生院院长  韩  雪\n"
					   "    领导小组办公室设在委宣传处。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "委党组成员、副主任陈国梁");
	ck_assert_str_eq(names(c, "vice_chair"), "委宣传处处长林晓雯、省健康宣传教育中心主任吴振华");
	ck_assert_str_eq(names(c, "members"), "镇派出所所长赵志刚、镇卫生院院长韩雪");
	json_decref(plan);
}
END_TEST

/* 责任处室（单位）：A、B、C with 排在首位的为牵头处室（单位）: a label with a
 * note in brackets before its ： is the label; the line after it is the
 * item's text, not more units. */
START_TEST(a_unit_label_with_a_note)
{
	json_t *plan = plan_from_text(
		"关于开展2027年全国土地日宣传活动的通知\n一、活动时间\n2027年6月15日至6月30日。\n"
		"二、组织分工\n各项活动的责任处室（单位）中，排在首位的为牵头处室（单位），其余为配合处室（单位）。\n"
		"三、主要活动\n（一）主场宣传活动\n时间：6月25日（星期五）上午9:30\n地点：东方红广场\n"
		"责任处室（单位）：厅耕地保护监督处、兰州市自然资源局、厅宣传中心\n"
		"设置政策咨询台、耕地保护成果展板，发放宣传手册和宣传品。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "厅耕地保护监督处");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "兰州市自然资源局、厅宣传中心");
	json_decref(plan);
}
END_TEST

/* 兴凯县向阳镇禁毒工作领导小组 issues: a town's own 领导小组 is a body of
 * the town, whose region is the town (as its 人民政府 or 委员会 would). */
START_TEST(a_towns_own_leading_group_issues)
{
	json_t *plan = plan_from_text("兴凯县向阳镇禁毒工作领导小组\n\n关于开展2027年国际禁毒日集中宣传活动的通知\n"
				      "各村（社区）：\n一、活动时间\n2027年6月21日至6月26日。\n二、活动内容\n"
				      "1．集中宣传。6月26日上午9:00，在镇农贸市场门前广场举行。牵头单位：镇禁毒办。\n");
	ck_assert_str_eq(field(plan, "region"), "向阳镇");
	json_decref(plan);
}
END_TEST

/* 参加人员请于6月26日上午8:30前到达活动现场: being there on time is no
 * report and no duty; 于…前到县人民广场签到 still is. */
START_TEST(an_arrival_time_is_no_deadline)
{
	json_t *plan = plan_from_text(HEAD "三、工作要求\n"
					   "备注：每单位参加人员不超过3人，参加人员请于4月7日上午8:30前到达活动现场。\n"
					   "请各参赛队于4月8日上午8:30前到县人民广场签到。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "what"), "到县人民广场签到");
	json_decref(plan);
}
END_TEST

/* 明传电报: a telegram's head, the document number the last cell of a
 * line of the form (等级：特急·明电    甘自然资明电〔2027〕9号). */
START_TEST(a_document_number_in_a_telegrams_head)
{
	json_t *plan = plan_from_text("甘肃省自然资源厅明传电报\n\n发电单位：甘肃省自然资源厅          签批盘号：\n"
				      "等级：特急·明电                    甘自然资明电〔2027〕9号\n签发人：（略）\n\n"
				      "关于开展2027年全国土地日主题宣传活动的通知\n一、活动时间\n2027年6月15日至6月30日。\n"
				      "二、活动内容\n1．主场宣传。6月25日，在东方红广场举行。牵头单位：厅耕地保护监督处。\n");
	ck_assert_str_eq(field(plan, "doc_number"), "甘自然资明电〔2027〕9号");
	json_decref(plan);
}
END_TEST

/* 在向阳镇农贸市场门前广场设立咨询点: a place whose name opens with a
 * word that ends places elsewhere (向) is still the place; 在X、Y文化广场
 * 巡回演出: the tour's stops. */
START_TEST(places_opening_with_a_stop_word_and_a_tour)
{
	json_t *plan = plan_from_text(HEAD "三、活动安排\n"
					   "1．集中宣传。4月8日上午9:00，在向阳镇农贸市场门前广场设立咨询点。（责任单位：镇禁毒办）\n"
					   "2．文艺巡演。4月9日至4月11日，每晚18:30，在东升村、永安村文化广场巡回演出二人转。"
					   "（责任单位：镇文化站）\n");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "向阳镇农贸市场门前广场");
	ck_assert_str_eq(field(plan_activity(plan, 2), "location"), "东升村、永安村文化广场");
	json_decref(plan);
}
END_TEST

/* 每周五下班前报送一次活动进展情况: 一次 says how often, the thing sent is
 * the progress. */
START_TEST(how_often_is_not_the_thing_sent)
{
	json_t *plan = plan_from_text(HEAD "三、工作要求\n"
					   "活动期间，各乡镇每周五下班前报送一次活动进展情况及图片。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "what"),
			 "报送活动进展情况及图片");
	json_decref(plan);
}
END_TEST

/* 报送一次性补助申请表: 一次性 is a word of its own, not how often. */
START_TEST(once_for_all_is_part_of_the_thing)
{
	json_t *plan = plan_from_text(HEAD "三、工作要求\n请各村于4月20日前报送一次性补助申请表。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "what"), "报送一次性补助申请表");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 22");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_table_of_what_is_due_a_row_a_line);
	tcase_add_test(tc, a_recipient_column_and_one_recipients_mailbox);
	tcase_add_test(tc, a_form_with_no_time_column_is_no_table_of_duties);
	tcase_add_test(tc, an_extension_in_brackets);
	tcase_add_test(tc, contact_lines_with_spaced_names_and_numbers_below);
	tcase_add_test(tc, a_drawn_table_with_rows_over_two_lines);
	tcase_add_test(tc, committee_persons_apart_by_spaces);
	tcase_add_test(tc, a_unit_label_with_a_note);
	tcase_add_test(tc, a_towns_own_leading_group_issues);
	tcase_add_test(tc, an_arrival_time_is_no_deadline);
	tcase_add_test(tc, a_document_number_in_a_telegrams_head);
	tcase_add_test(tc, places_opening_with_a_stop_word_and_a_tour);
	tcase_add_test(tc, how_often_is_not_the_thing_sent);
	tcase_add_test(tc, once_for_all_is_part_of_the_thing);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
