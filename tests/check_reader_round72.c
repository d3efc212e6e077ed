/* check_reader_round72.c - habits taught in session 40: a message's item
 * of fields (when, where, what) whose roles stand in a labelled bracket
 * (（责任单位：X；配合单位：Y）); items that open with their units and a
 * colon (县发展改革局：6月14日…); an Excel schedule's 负责人 column of
 * persons with their units and its days merged down; a contact line
 * under the 联系人 line that names a court's numbered division. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 1、5月29日上午9:00，县人民广场，宣传咨询（责任单位：X；配合单位：Y）: the
 * labelled bracket gives who; the fields before it are when, where and
 * what, as they are when the bracket is bare (X牵头，Y配合). */
START_TEST(fields_before_a_labelled_bracket_of_roles)
{
	json_t *plan = plan_from_text(
		"【青石县卫健局】关于开展2026年“世界无烟日”宣传活动的通知\n"
		"各乡镇卫生院、县直各医疗卫生单位：为做好今年“世界无烟日”宣传工作，经研究，定于5月下旬开展以下活动："
		"1、5月29日上午9:00，县人民广场，无烟日主题宣传咨询（责任单位：县疾控中心；配合单位：县人民医院、县中医医院）；"
		"2、5月30日下午3:00，县卫健局五楼会议室，控烟工作推进会（责任单位：疾控股）。"
		"请各单位于6月5日前将活动开展情况报县卫健局疾控股。联系人：罗敏，电话：0738-5514567。\n"
		"青石县卫生健康局\n"
		"2026年5月20日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "无烟日主题宣传咨询");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-05-29");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "09:00");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县人民广场");
	ck_assert_str_eq(names(a, "lead"), "县疾控中心");
	ck_assert_str_eq(names(a, "cooperate"), "县人民医院、县中医医院");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "控烟工作推进会");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县卫健局五楼会议室");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "15:00");
	json_decref(plan);
}
END_TEST

/* A labelled bracket after a sentence that tells the event (no field is
 * a place): the sentence is read as one that tells its event (its title
 * the event named), the bracket no part of it. */
START_TEST(a_told_sentence_before_a_labelled_bracket_is_not_fields)
{
	json_t *plan = plan_from_text(
		"关于开展2026年知识产权宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年4月20日至4月26日。\n"
		"二、活动安排\n"
		"（一）4月26日上午，集中开展知识产权宣传咨询活动（牵头单位：县市场监管局；配合单位：县司法局）。\n"
		"（二）知识产权进企业。4月22日，走访重点企业（责任单位：县市场监管局）。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "知识产权宣传咨询活动");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-04-26");
	ck_assert(json_is_null(json_object_get(a, "location")));
	ck_assert_str_eq(names(a, "lead"), "县市场监管局");
	ck_assert_str_eq(names(a, "cooperate"), "县司法局");
	json_decref(plan);
}
END_TEST

/* 联系人：X股　覃晓岚 …, then a line 县人民法院民事审判第二庭　向文斌  电话：…:
 * the second line's office is a court's numbered division, a unit, and
 * its person is the second contact. */
START_TEST(a_contact_line_under_the_label_names_a_courts_division)
{
	json_t *plan = plan_from_text(
		"关于开展2026年知识产权宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年4月20日至4月26日。\n"
		"二、活动安排\n"
		"（一）知识产权进企业。4月22日，由县市场监管局牵头。\n"
		"联系人：县市场监管局知识产权股　覃晓岚\t电话：0716-6523317\n"
		"县人民法院民事审判第二庭　向文斌\t电话：0716-6521096\n"
		"县人民法院民一庭　刘　洋\t电话：0716-6521097\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 1), "向文斌|0716-6521096|-");
	ck_assert_str_eq(contact_line_at(plan, 2), "刘洋|0716-6521097|-");
	json_decref(plan);
}
END_TEST

/* 1.县发展改革局：6月14日…: an item that opens with the units that run it
 * and a colon. They lead, whoever its text says carries a part out (由Y
 *具体实施); the partners it joins (会同Y, 联合Y), a bracket after the
 * units (（Y配合）) and a clause Y负责业务指导 cooperate; the title is the
 * event its sentence tells, not the unit. */
START_TEST(items_that_open_with_their_units)
{
	json_t *plan = plan_from_text(
		"关于开展2027年全国节能宣传周活动的通知\n"
		"一、活动时间\n"
		"2027年6月14日至20日。\n"
		"二、活动安排\n"
		"1.县发展改革局：6月14日（星期一）上午9:00，在县城滨江广场举办全县节能宣传周启动仪式，会同县工信局、县市场监管局设置节能政策咨询台。\n"
		"2.市生态环境局汀源分局：6月16日（星期三）全国低碳日当天，联合县融媒体中心在县城中山路步行街开展低碳日主题宣传，普及低碳知识。\n"
		"3.县交通运输局（县公安局交通管理大队配合）：宣传周期间，在县城公交站点开展绿色出行宣传。6月16日开展公交免费乘坐活动，由县城乡公共交通有限公司具体实施。\n"
		"4.各乡镇人民政府：宣传周期间，在各乡镇集镇开展节能宣传进农村活动，县农业农村局负责业务指导。\n"
		"5.县教育体育局、团县委：6月15日（星期二）至18日，在全县中小学校开展节能小卫士主题教育活动。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "全县节能宣传周启动仪式");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县城滨江广场");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "09:00");
	ck_assert_str_eq(names(a, "lead"), "县发展改革局");
	ck_assert_str_eq(names(a, "cooperate"), "县工信局、县市场监管局");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(names(a, "lead"), "市生态环境局汀源分局");
	ck_assert_str_eq(names(a, "cooperate"), "县融媒体中心");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2027-06-16");
	a = plan_activity(plan, 2);
	ck_assert_str_eq(names(a, "lead"), "县交通运输局");
	ck_assert_str_eq(names(a, "cooperate"), "县公安局交通管理大队");
	a = plan_activity(plan, 3);
	ck_assert_str_eq(names(a, "lead"), "各乡镇人民政府");
	ck_assert_str_eq(names(a, "cooperate"), "县农业农村局");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2027-06-14");
	ck_assert_str_eq(json_string_value(json_object_get(a, "end")), "2027-06-20");
	a = plan_activity(plan, 4);
	ck_assert_str_eq(names(a, "lead"), "县教育体育局、团县委");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "全县中小学校");
	json_decref(plan);
}
END_TEST

/* An event's name before the colon may read like a unit (…主题班会, …宣传
 * 进企业) but names no level; a labelled bracket before the colon leaves
 * a bracket open in what stands before it. Neither is the item's units. */
START_TEST(an_events_name_before_a_colon_is_no_unit)
{
	json_t *plan = plan_from_text(
		"关于开展2026年全民国家安全教育日活动的通知\n"
		"一、活动时间\n"
		"2026年4月13日至4月19日。\n"
		"二、活动安排\n"
		"1．“国家安全教育第一课”主题班会：4月15日（星期三），全区各中小学校统一开展主题班会。（牵头单位：区教育局；配合单位：各中小学校）\n"
		"2．反间谍安全防范宣传进企业：4月16日（星期四）上午10:00，在开发区企业服务中心开展专题宣讲。（牵头单位：区委国安办）\n"
		"3．全区国家安全知识竞赛（牵头单位：区司法局）：4月17日举行。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	/* the name stays the title's (not cut off as units) */
	json_t *a = plan_activity(plan, 0);
	ck_assert(strncmp(json_string_value(json_object_get(a, "title")), "“国家安全教育第一课”主题班会",
			  strlen("“国家安全教育第一课”主题班会")) == 0);
	ck_assert_str_eq(names(a, "lead"), "区教育局");
	ck_assert_str_eq(names(a, "cooperate"), "各中小学校");
	a = plan_activity(plan, 1);
	ck_assert(strncmp(json_string_value(json_object_get(a, "title")), "反间谍安全防范宣传进企业",
			  strlen("反间谍安全防范宣传进企业")) == 0);
	ck_assert_str_eq(names(a, "lead"), "区委国安办");
	a = plan_activity(plan, 2);
	ck_assert_ptr_null(strstr(names(a, "lead"), "竞赛"));
	json_decref(plan);
}
END_TEST

/* A county's schedule pasted from Excel: two lines over the header, a
 * 负责人 column of persons with their units in brackets (the first
 * person's unit leads, as the note under it says), a day merged down
 * over the rows of that day (the rows under it open with empty cells),
 * a quoted cell over two lines, 另行通知 for an hour not yet fixed. */
START_TEST(an_excel_schedule_with_persons_and_merged_days)
{
	json_t *plan = plan_from_text(
		"关于开展2027年全民国家安全教育日宣传教育活动的通知\n"
		"一、活动时间\n"
		"2027年4月12日至18日。\n"
		"二、活动安排\n"
		"枫岭县2027年全民国家安全教育日宣传教育活动安排表\t\t\t\t\n"
		"制表单位：县委政法委\t\t\t制表时间：2027年3月29日\t\n"
		"日期\t时间\t活动内容\t地点\t负责人\n"
		"4月13日（星期二）\t15:00\t国家安全法治专题讲座\t县委党校二楼报告厅\t王晓东（县司法局）\n"
		"4月15日（星期四）\t上午9:00—11:30\t集中宣传咨询活动（主会场）\t县城文昌广场\t陈立新（县委政法委）\n"
		"\t\t各乡镇分会场集中宣传\t各乡镇集镇\t张　伟（县委政法委）\n"
		"\t14:30\t反间谍安全防范宣传进企业\t开发区管委会二楼会议室\t吴昊（县公安局）\n"
		"\t另行通知\t国家安全主题电影公益放映\t县影剧院\t方丽（县文化和旅游局）、何志勇(县图书馆)\n"
		"4月17日（星期六）\t9:00\t\"国家安全宣传\n进社区\"\t城关镇各社区\t\"李卫东（城关镇）\n王晓东（县司法局）\"\n"
		"注：负责人栏有两人的，排在前面的负责人所在单位为牵头单位，其余为配合单位。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 6);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(names(a, "lead"), "县司法局");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "15:00");
	/* the day merged down, with the row above's hour when the row has none */
	a = plan_activity(plan, 2);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "各乡镇分会场集中宣传");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2027-04-15");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "09:00");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "各乡镇集镇");
	ck_assert_str_eq(names(a, "lead"), "县委政法委");
	/* its own hour kept */
	a = plan_activity(plan, 3);
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2027-04-15");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "14:30");
	ck_assert_ptr_null(field(a, "end_time"));
	/* 另行通知: the day, no hour */
	a = plan_activity(plan, 4);
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2027-04-15");
	ck_assert_ptr_null(field(a, "time"));
	ck_assert_str_eq(names(a, "lead"), "县文化和旅游局");
	ck_assert_str_eq(names(a, "cooperate"), "县图书馆");
	a = plan_activity(plan, 5);
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2027-04-17");
	ck_assert_str_eq(names(a, "lead"), "城关镇");
	ck_assert_str_eq(names(a, "cooperate"), "县司法局");
	json_decref(plan);
}
END_TEST

/* A first column of groups merged down (初一年级 over its rows) is no
 * day: the rows under it keep their own days, the group column read as
 * the table reader reads one. */
START_TEST(a_merged_group_column_is_no_merged_day)
{
	json_t *plan = plan_from_text(
		"关于开展2026年安全教育周活动的通知\n"
		"一、活动时间\n"
		"2026年3月30日至4月3日。\n"
		"二、活动安排\n"
		"\t活动内容\t时间\t地点\t负责部门\t配合\n"
		"初一年级\t交通安全专题讲座\t3月31日（星期二）14:30\t学校报告厅\t政教处\t县公安局交警大队\n"
		"\t手抄报评比\t3月30日至4月2日\t各班教室\t团委\t美术组\n"
		"初二年级\t防范校园欺凌专题教育\t4月1日（星期三）\t学校报告厅\t政教处\t心理健康教育室\n"
		"\t消防器材使用实操训练\t4月2日（星期四）\t学校田径场\t总务处\t县消防救援大队\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	json_t *a = plan_activity(plan, 1);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "手抄报评比");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-03-30");
	ck_assert_str_eq(json_string_value(json_object_get(a, "end")), "2026-04-02");
	ck_assert_str_eq(names(a, "lead"), "团委");
	a = plan_activity(plan, 3);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "消防器材使用实操训练");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-04-02");
	json_decref(plan);
}
END_TEST

/* Names before a colon whose level character opens or ends an ordinary
 * word (法律进社区, 市民学校, 工业园区专场招聘会) are events, not units: the
 * unit the item names (责任单位, 由X牵头, X负责) leads. */
START_TEST(an_events_name_with_a_level_character_is_no_unit)
{
	json_t *plan = plan_from_text(
		"关于开展2026年法治宣传月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至6月30日。\n"
		"二、活动安排\n"
		"1.法律进社区：6月10日，组织律师深入社区开展法律咨询（责任单位：县律师协会）。\n"
		"2.安全宣传进社区：6月12日上午，在城东社区开展安全知识宣传，由县应急管理局牵头。\n"
		"3.市民学校：6月13日上午，在县市民学校举办法治讲座（责任单位：县图书馆）。\n"
		"4.法治进乡村：6月15日，组织法律服务团到各行政村开展送法下乡活动（责任单位：县司法局）。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县律师协会");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县应急管理局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "县图书馆");
	ck_assert_str_eq(names(plan_activity(plan, 3), "lead"), "县司法局");
	json_decref(plan);
}
END_TEST

/* The units before the colon with their roles: marked, in clauses,
 * joined, a helper's bracket (协办), 等部门 after them; and an item that
 * says who leads it in words (由X牵头) keeps that lead, the units it
 * opened with helping. */
START_TEST(units_before_a_colon_with_their_roles)
{
	json_t *plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至6月30日。\n"
		"二、活动安排\n"
		"1.县交通运输局（牵头）、县公安局交警大队（配合）：6月10日，在县汽车站开展道路交通安全宣传。\n"
		"2.县应急管理局牵头、县消防救援大队配合：6月15日，在县工业园区开展消防演练。\n"
		"3.县消防救援大队联合县教育局：6月12日，在全县中小学开展消防疏散演练。\n"
		"4.县教育局（团县委协办）：6月15日，在县实验小学举办安全知识竞赛。\n"
		"5.县市场监管局、县商务局等部门：6月16日，在县城各大商超开展安全宣传。\n"
		"6.县科协：6月18日上午，在县科技馆举办安全科普展，由县科技局牵头，县教育局配合。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 6);
	const char *want[][2] = {{"县交通运输局", "县公安局交警大队"}, {"县应急管理局", "县消防救援大队"},
				 {"县消防救援大队", "县教育局"},	 {"县教育局", "团县委"},
				 {"县市场监管局、县商务局", ""},	 {"县科技局", "县教育局、县科协"}};
	for (size_t i = 0; i < 6; i++) {
		json_t *a = plan_activity(plan, i);
		ck_assert_str_eq(names(a, "lead"), want[i][0]);
		ck_assert_str_eq(names(a, "cooperate"), want[i][1]);
	}
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "title")), "消防演练");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "location")), "县工业园区");
	json_decref(plan);
}
END_TEST

/* Before a labelled bracket, a sentence that tells its event (在X，举办Y)
 * or a fourth field (who takes part) is no line of bare fields. */
START_TEST(a_labelled_bracket_after_more_than_bare_fields)
{
	json_t *plan = plan_from_text(
		"【县应急局】关于开展防灾减灾宣传周活动的通知\n"
		"各股室：经研究，定于5月中旬开展以下活动："
		"1、5月12日上午9:00，全体干部职工，局五楼会议室，集中学习（责任单位：办公室）；"
		"2、5月14日上午，在县城人民广场，举办防灾减灾宣传咨询活动（牵头单位：县应急管理局；配合单位：县气象局）。"
		"请各单位于5月20日前报送总结。\n"
		"县应急管理局\n"
		"2026年5月8日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_ne(json_string_value(json_object_get(plan_activity(plan, 0), "title")), "全体干部职工");
	json_t *a = plan_activity(plan, 1);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "防灾减灾宣传咨询活动");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县城人民广场");
	ck_assert_str_eq(names(a, "lead"), "县应急管理局");
	json_decref(plan);
}
END_TEST

/* Two issuers signing side by side on one line: the first issues it
 * (not both glued as one name); two chairs in one clause (由A主席X、B局长Y
 * 任组长) are two, a post alone before a post and name (市委常委、政法委书记X)
 * one; 三、活动重点 counts the focuses; sessions counted without a colon
 * (第一场9月17日…；第二场9月18日…) end on the last. */
START_TEST(joint_signers_two_chairs_and_counted_sessions)
{
	json_t *plan = plan_from_text(
		"关于开展2027年澄湾区全国科普日系列活动的通知\n"
		"各镇人民政府、街道办事处：\n"
		"一、活动时间\n"
		"2027年9月16日至9月19日。\n"
		"二、活动重点\n"
		"（一）突出科学家精神宣传。深入宣传科学家事迹。\n"
		"（二）突出前沿科技普及。推动科技资源科普化。\n"
		"三、组织领导\n"
		"成立活动领导小组，由区科协主席孟庆华、区科技局局长赵文博任组长，区科协副主席刘静怡任副组长。\n"
		"四、活动安排\n"
		"活动一：专家报告会\n"
		"活动时间：第一场9月17日（星期五）14:30—16:30；第二场9月18日（星期六）15:00—16:30\n"
		"活动地点：区图书馆三楼报告厅\n"
		"承办单位：区科协\n"
		"\n"
		"　　　　澄湾区科学技术协会　　　　澄湾区科学技术局\n"
		"　　　　　　　　2027年9月3日\n");
	ck_assert_str_eq(json_string_value(json_object_get(plan, "organizer")), "澄湾区科学技术协会");
	ck_assert_str_eq(json_string_value(json_object_get(plan, "region")), "澄湾区");
	json_t *chair = json_object_get(json_object_get(plan, "committee"), "chair");
	ck_assert_uint_eq(json_array_size(chair), 2);
	ck_assert_str_eq(json_string_value(json_array_get(chair, 1)), "区科技局局长赵文博");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "focus")), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2027-09-17");
	ck_assert_str_eq(json_string_value(json_object_get(a, "end")), "2027-09-18");
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2026年全民国家安全教育日活动的通知\n"
		"一、活动时间\n"
		"2026年4月13日至4月19日。\n"
		"二、组织领导\n"
		"成立领导小组，由市委常委、政法委书记陈志远任组长，市委政法委副书记李明任副组长。\n"
		"三、活动安排\n"
		"（一）启动仪式。4月15日上午在市民广场举行，由市委政法委牵头。\n");
	chair = json_object_get(json_object_get(plan, "committee"), "chair");
	ck_assert_uint_eq(json_array_size(chair), 1);
	ck_assert_str_eq(json_string_value(json_array_get(chair, 0)), "市委常委、政法委书记陈志远");
	json_decref(plan);
}
END_TEST

/* An item under a stage whose time is still to be set (时间另行通知)
 * takes no day of the stage's; one that runs through the campaign and
 * only waits for its hour (宣传周期间…，具体时间另行通知) keeps its span. */
START_TEST(a_time_to_be_announced_takes_no_stage_days)
{
	json_t *plan = plan_from_text(
		"湄塘街道2027年“安全生产月”活动方案\n"
		"一、宣传发动阶段（5月25日—5月31日）\n"
		"1.召开动员部署会。5月27日下午3:00，在街道办事处三楼会议室召开。由街道安监办牵头。\n"
		"二、集中开展阶段（6月1日—6月25日）\n"
		"1.企业安全生产专题培训。邀请区应急管理局专家开展专题培训。培训地点在街道党群服务中心，时间另行通知。由街道经济发展办牵头。\n"
		"2.安全宣传咨询日。宣传月期间，在湄塘文化广场开展集中宣传，具体时间另行通知。由街道安监办牵头。\n"
		"3.隐患排查。各社区开展拉网式排查。由各社区负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_ptr_null(field(plan_activity(plan, 1), "start"));
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 3), "start")), "2027-06-01");
	json_decref(plan);
}
END_TEST

/* From a second reading: a unit whose name holds a joining word (县残疾人
 * 联合会) and towns by their names (城关镇, 龙泉镇、石桥乡) open items as
 * units; a row's wrapped rest filling two cells is no row of a merged
 * day; a 负责人 column beside a 责任单位 column says no more than who
 * answers for the row, and names alone in it name no unit. */
START_TEST(second_reading_of_units_first_and_merged_days)
{
	json_t *plan = plan_from_text(
		"关于开展2027年法治宣传活动的通知\n"
		"一、活动时间\n"
		"2027年6月1日至6月30日。\n"
		"二、活动安排\n"
		"（一）县残疾人联合会：6月10日在县残疾人康复中心开展残疾人权益保障法宣传。\n"
		"（二）城关镇：6月11日在镇文化广场开展法治文艺汇演。\n"
		"（三）龙泉镇、石桥乡：6月12日在各村开展法律进村入户宣传，县司法局配合。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县残疾人联合会");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "城关镇");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "龙泉镇、石桥乡");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "县司法局");
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2027年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2027年6月1日至6月30日。\n"
		"二、活动安排\n"
		"日期\t活动内容\t地点\t负责人\t责任单位\n"
		"6月3日\t安全生产月启动仪式\t县政府广场\t张三\t县应急管理局\n"
		"6月10日\t应急演练观摩\t县第一中学\t李四、王五\t县教育局、县卫生健康局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县应急管理局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县教育局、县卫生健康局");
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2027年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2027年6月1日至6月30日。\n"
		"二、活动安排\n"
		"日期\t活动内容\t地点\t责任单位\n"
		"6月3日\t安全生产月启动仪式暨安全生产\t县政府广场\t县安委会各成员\n"
		"\t咨询日活动\t\t单位\n"
		"6月10日\t应急演练观摩\t县第一中学\t县教育局\n");
	/* (the wrapped rest is not yet joined back: no row of its own, at least) */
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert_str_ne(json_string_value(json_object_get(plan_activity(plan, i), "title")), "咨询日活动");
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2027年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2027年6月1日至6月30日。\n"
		"二、活动安排\n"
		"日期\t活动内容\t地点\t负责人\n"
		"6月3日\t安全生产月启动仪式\t县政府广场\t张三\n"
		"6月10日\t应急演练观摩\t县第一中学\t李四、王五\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_uint_eq(json_array_size(json_object_get(plan_activity(plan, 1), "lead")), 0);
	json_decref(plan);
}
END_TEST

/* 一、活动主题和时间 / （一）活动主题 / X: the theme is the line under the
 * sub-heading, not the sub-heading; 在全市部署开展X names no place (the
 * region and a verb), 在全县中小学开展X does. */
START_TEST(a_theme_under_its_sub_heading_and_the_region_as_no_place)
{
	json_t *plan = plan_from_text(
		"潆州市2027年知识产权宣传周活动实施方案\n"
		"一、活动主题和时间\n"
		"（一）活动主题\n"
		"全面加强知识产权保护 激发全社会创新创造活力\n"
		"（二）活动时间\n"
		"2027年4月20日至26日。\n"
		"二、主要活动\n"
		"（一）专项执法行动\n"
		"4月20日至6月30日，在全市部署开展知识产权保护执法专项行动。（牵头单位：市市场监管局）\n"
		"（二）知识产权进校园\n"
		"4月22日，在全县中小学开展知识产权主题班会。（牵头单位：市教育局）\n");
	ck_assert_str_eq(json_string_value(json_object_get(plan, "theme")), "全面加强知识产权保护 激发全社会创新创造活力");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_ptr_null(field(plan_activity(plan, 0), "location"));
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "location")), "全县中小学");
	json_decref(plan);
}
END_TEST

/* From a second reading of fead459: an event's name ending in 下乡 or
 * 小镇 before a colon is no township; two posts without a name chair as
 * one (县委副书记、县长), as do units' heads (X、Y主要负责同志); a section
 * 活动重点 whose items are dated holds activities, not focuses; 报名时间
 * 另行通知 leaves an item its stage's days; a merged day's row with its
 * place left empty is read. */
START_TEST(second_reading_of_signers_chairs_and_stages)
{
	json_t *plan = plan_from_text(
		"关于开展2026年文化科技卫生“三下乡”活动的通知\n"
		"一、活动时间\n"
		"2026年1月10日至1月31日。\n"
		"二、活动安排\n"
		"1.送戏下乡：1月12日至20日，组织县采茶剧团到各乡镇巡回演出。（县文旅局负责）\n"
		"2.特色小镇：1月18日，在龙溪特色小镇举办年货节。（县商务局负责）\n"
		"三、组织领导\n"
		"成立活动领导小组，由县委副书记、县长任组长，县委宣传部、县文旅局主要负责同志任副组长。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县文旅局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县商务局");
	json_t *chair = json_object_get(json_object_get(plan, "committee"), "chair");
	ck_assert_uint_eq(json_array_size(chair), 1);
	ck_assert_str_eq(json_string_value(json_array_get(chair, 0)), "县委副书记、县长");
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2026年全民健身日活动的通知\n"
		"一、活动时间\n"
		"2026年8月1日至8月15日。\n"
		"二、活动重点\n"
		"（一）全民健身日启动仪式。8月8日上午8:00，在县体育中心举行。（县教育体育局牵头）\n"
		"（二）全民健身大讲堂。8月10日下午3:00，在县文化馆报告厅举办。（县卫健局负责）\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "focus")), 0);
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2026年宪法宣传周活动的通知\n"
		"（一）集中宣传阶段（12月1日至12月7日）\n"
		"1.宪法知识网络答题。面向全县干部群众开展线上答题，报名时间另行通知。（县司法局负责）\n"
		"2.宪法主题演讲比赛决赛。时间另行通知。（团县委负责）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "start")), "2026-12-01");
	ck_assert_ptr_null(field(plan_activity(plan, 1), "start"));
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2026年全民国家安全教育日活动的通知\n"
		"一、活动时间\n"
		"2026年4月13日至4月19日。\n"
		"二、活动安排\n"
		"日期\t时间\t活动内容\t地点\t责任单位\t负责人\n"
		"4月15日（星期三）\t9:00\t集中宣传咨询活动\t县城文昌广场\t县委政法委\t陈立新\n"
		"\t14:30\t国家安全知识网络竞答\t\t县委国安办\t张伟\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 1);
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-04-15");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "14:30");
	ck_assert_str_eq(names(a, "lead"), "县委国安办");
	json_decref(plan);
}
END_TEST

/* A table of what is due typed with one space between its cells (报送事项
 * 报送时间 报送单位), its rows unnumbered; the note under it sends the row
 * it names to one unit and the rest (其余) to another. */
START_TEST(a_dues_table_typed_with_one_space_and_its_note)
{
	json_t *plan = plan_from_text(
		"关于开展2026年“119”消防宣传月活动的通知\n"
		"一、活动时间\n"
		"2026年11月1日至11月30日。\n"
		"二、活动安排\n"
		"（一）消防演练。11月18日上午在县城举行。（县消防救援大队牵头）\n"
		"附件2\n"
		"材料报送时间表\n"
		"报送事项 报送时间 报送单位\n"
		"启动仪式参会人员名单 11月5日（星期四）前 县应急管理局、县委宣传部\n"
		"演练总结评估报告 演练结束后3个工作日内 县消防救援大队\n"
		"整治情况统计表 11月20日前 县市场监督管理局\n"
		"注：演练总结评估报告报县安委办，其余材料均报县消防救援大队防火监督科，邮箱：x@163.com。\n");
	json_t *dl = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dl), 3);
	json_t *d = json_array_get(dl, 0);
	ck_assert_str_eq(json_string_value(json_object_get(d, "what")), "报送启动仪式参会人员名单");
	ck_assert_str_eq(json_string_value(json_object_get(d, "due")), "2026-11-05");
	ck_assert_str_eq(json_string_value(json_object_get(d, "submit_to")), "县消防救援大队防火监督科");
	d = json_array_get(dl, 1);
	ck_assert_str_eq(json_string_value(json_object_get(d, "submit_to")), "县安委办");
	d = json_array_get(dl, 2);
	ck_assert_str_eq(json_string_value(json_object_get(d, "due")), "2026-11-20");
	ck_assert_str_eq(json_string_value(json_object_get(d, "submit_to")), "县消防救援大队防火监督科");
	json_decref(plan);
}
END_TEST

/* A web table copied a cell per line under 主办单位 / 承办单位: the host
 * leads and who carries it out cooperates, as in a table a row a line. */
START_TEST(a_cell_per_line_table_of_hosts_and_runners)
{
	json_t *plan = plan_from_text(
		"关于开展2026年科技活动周的通知\n"
		"一、活动时间\n"
		"2026年5月16日至5月23日。\n"
		"二、主要活动\n"
		"序号\n活动名称\n时间\n地点\n主办单位\n承办单位\n"
		"1\n启动仪式\n5月16日上午9:00\n市民广场\n市科技局\n修湖区人民政府\n"
		"2\n科普讲座\n5月18日\n市图书馆\n市科协\n市科技馆\n"
		"三、有关要求\n"
		"请于5月29日前报送总结。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市科技局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "修湖区人民政府");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "市科技馆");
	json_decref(plan);
}
END_TEST

/* A township's work note: 一是…二是… clauses straight under two sections,
 * the second's heading naming no activities; both are read, each part
 * numbered section.k (二.1, 三.1), its title what is held once its when
 * and verb are dropped (9月上旬开展X: X). */
START_TEST(lists_in_prose_under_two_sections)
{
	json_t *plan = plan_from_text(
		"泮岙镇2026年“质量月”活动工作提示\n"
		"各村（社区）：\n"
		"一、时间和主题\n"
		"今年“质量月”活动时间为9月1日至30日。\n"
		"二、企业质量提升活动\n"
		"一是9月上旬开展质量安全“体检”进企业服务。由镇市场监管所负责。二是9月15日下午2点在镇政府三楼会议室举办企业首席质量官培训会，由镇经济发展办负责。\n"
		"三、群众身边的质量宣传和服务\n"
		"一是9月上旬开展“质量月”集中宣传。由各村（社区）负责。二是9月19日在泮岙社区开展计量器具免费检定活动，由镇市场监管所负责。\n"
		"四、有关要求\n"
		"请于9月28日前报镇经济发展办。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "no")), "二.1");
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "质量安全“体检”进企业服务");
	ck_assert_str_eq(names(a, "lead"), "镇市场监管所");
	a = plan_activity(plan, 2);
	ck_assert_str_eq(json_string_value(json_object_get(a, "no")), "三.1");
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "“质量月”集中宣传");
	a = plan_activity(plan, 3);
	ck_assert_str_eq(json_string_value(json_object_get(a, "no")), "三.2");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-09-19");
	json_decref(plan);
}
END_TEST

/* From a second reading of the dues table: a note's clauses apart by ；,
 * the rest's clause first, or 除X报A外 send the named row to A; a day and
 * its hour typed apart are one cell; a contact line of labels under the
 * table and the signer under it are no rows (the signer issues it); a
 * 负责人 beside a 配合单位 column alone still gives who leads. */
START_TEST(second_reading_of_the_dues_table)
{
	static const char *const notes[] = {
		"注：演练总结评估报告报县安委办；其余材料报县消防救援大队防火监督科。\n",
		"注：其余材料均报县消防救援大队防火监督科，演练总结评估报告报县安委办。\n",
		"注：除演练总结评估报告报县安委办外，其余均报县消防救援大队防火监督科。\n",
	};
	for (size_t k = 0; k < sizeof notes / sizeof *notes; k++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s%s",
			      "关于开展2026年消防宣传月活动的通知\n"
			      "一、活动时间\n"
			      "2026年11月1日至11月30日。\n"
			      "二、活动安排\n"
			      "（一）消防演练。11月18日上午在县城举行。（县消防救援大队牵头）\n"
			      "三、材料报送\n"
			      "报送事项 报送时间 报送单位\n"
			      "活动方案 11月3日 17:00前 各镇人民政府\n"
			      "演练总结评估报告 11月23日前 县消防救援大队\n",
			      notes[k]);
		json_t *plan = plan_from_text(wp_buf_str(&b));
		json_t *dl = json_object_get(plan, "deadlines");
		ck_assert_uint_eq(json_array_size(dl), 2);
		ck_assert_str_eq(json_string_value(json_object_get(json_array_get(dl, 0), "due")), "2026-11-03");
		ck_assert_str_eq(json_string_value(json_object_get(json_array_get(dl, 0), "rule")), "11月3日17:00前");
		ck_assert_str_eq(json_string_value(json_array_get(json_object_get(json_array_get(dl, 0), "who"), 0)),
				 "各镇人民政府");
		ck_assert_str_eq(json_string_value(json_object_get(json_array_get(dl, 0), "submit_to")),
				 "县消防救援大队防火监督科");
		ck_assert_str_eq(json_string_value(json_object_get(json_array_get(dl, 1), "submit_to")), "县安委办");
		json_decref(plan);
		wp_buf_free(&b);
	}
	json_t *plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至6月30日。\n"
		"二、材料报送\n"
		"材料名称 截止时间 接收单位\n"
		"活动方案及联络员名单 5月28日（星期四）前 县应急管理局、县消防救援大队\n"
		"活动总结 7月3日前 县应急管理局\n"
		"联系人：王强 电话：0543-6128119 传真：0543-6128110\n"
		"县安全生产委员会办公室\n"
		"2026年5月20日\n");
	ck_assert_str_eq(json_string_value(json_object_get(plan, "organizer")), "县安全生产委员会办公室");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 2);
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	json_decref(plan);
	/* the table's last row right above the signer */
	plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至6月30日。\n"
		"二、材料报送\n"
		"材料名称 截止时间 接收单位\n"
		"活动方案及联络员名单 5月28日（星期四）前 县应急管理局、县消防救援大队\n"
		"活动总结 7月3日前 县应急管理局\n"
		"县安全生产委员会办公室\n"
		"2026年5月20日\n");
	ck_assert_str_eq(json_string_value(json_object_get(plan, "organizer")), "县安全生产委员会办公室");
	json_decref(plan);
	/* signers apart by one space under it: no row of the table */
	plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至6月30日。\n"
		"二、材料报送\n"
		"报送事项 报送时间 报送单位\n"
		"活动方案及联络员名单 5月28日（星期四）前 各镇人民政府\n"
		"活动总结 7月3日前 各镇人民政府\n"
		"县应急管理局 县消防救援大队 县安委办\n"
		"2026年5月20日\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 2);
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2026年宪法宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年12月1日至12月7日。\n"
		"二、活动安排\n"
		"序号\n活动内容\n时间\n地点\n负责人\n配合单位\n"
		"1\n宪法宣誓仪式\n12月4日上午9:00\n县人民会堂\n王晓东（县司法局）\n县人大常委会办公室\n"
		"2\n宪法知识竞赛\n12月5日下午\n县委党校\n李红（县委宣传部）\n县教育局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县司法局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县教育局");
	json_decref(plan);
}
END_TEST

/* From a second reading of d648ab2: a list in prose beside an activities'
 * section of （一） items is other work, whatever days it names (二、其他
 * 事项 / 一是4月20日前…); a title opening with its when names what is
 * held past 组织开展 or 组织干部职工开展, not 组织部's 部, and keeps 开展情况
 * in 召开开展情况通报会. */
START_TEST(second_reading_of_lists_in_prose)
{
	json_t *plan = plan_from_text(
		"关于开展2026年全民阅读月活动的通知\n"
		"一、活动安排\n"
		"（一）全民阅读启动仪式。4月20日上午在镇文化广场举行。（镇文化站牵头）\n"
		"（二）“好书共读”分享会。4月23日下午在镇图书室举办。（镇文化站牵头）\n"
		"二、其他事项\n"
		"一是4月20日前各村确定一名联络员。二是4月22日前在主要路口悬挂宣传横幅。三是4月30日前报送活动总结和图片资料。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "no")), "一");
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2026年全民阅读月活动的通知\n"
		"一、活动安排\n"
		"（一）全民阅读启动仪式。4月20日上午在镇文化广场举行。（镇文化站牵头）\n"
		"（二）“好书共读”分享会。4月23日下午在镇图书室举办。（镇文化站牵头）\n"
		"二、宣传方式\n"
		"一是4月21日在镇广场开展阅读宣传。二是4月22日举办阅读讲座。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2026年青年活动月的通知\n"
		"一、活动时间\n"
		"2026年4月1日至5月31日。\n"
		"二、活动安排\n"
		"（一）4月20日组织部举办青年干部培训班。\n"
		"（二）5月20日组织干部职工开展无偿献血活动。\n"
		"（三）4月份组织开展青年志愿服务知识竞赛。\n"
		"（四）4月下旬召开开展情况通报会。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "title")), "青年干部培训班");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "title")), "无偿献血活动");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 2), "title")), "青年志愿服务知识竞赛");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 3), "title")), "开展情况通报会");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round72");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, fields_before_a_labelled_bracket_of_roles);
	tcase_add_test(tc, a_told_sentence_before_a_labelled_bracket_is_not_fields);
	tcase_add_test(tc, a_contact_line_under_the_label_names_a_courts_division);
	tcase_add_test(tc, items_that_open_with_their_units);
	tcase_add_test(tc, an_events_name_before_a_colon_is_no_unit);
	tcase_add_test(tc, an_excel_schedule_with_persons_and_merged_days);
	tcase_add_test(tc, a_merged_group_column_is_no_merged_day);
	tcase_add_test(tc, an_events_name_with_a_level_character_is_no_unit);
	tcase_add_test(tc, units_before_a_colon_with_their_roles);
	tcase_add_test(tc, a_labelled_bracket_after_more_than_bare_fields);
	tcase_add_test(tc, joint_signers_two_chairs_and_counted_sessions);
	tcase_add_test(tc, a_time_to_be_announced_takes_no_stage_days);
	tcase_add_test(tc, second_reading_of_units_first_and_merged_days);
	tcase_add_test(tc, a_theme_under_its_sub_heading_and_the_region_as_no_place);
	tcase_add_test(tc, second_reading_of_signers_chairs_and_stages);
	tcase_add_test(tc, a_dues_table_typed_with_one_space_and_its_note);
	tcase_add_test(tc, a_cell_per_line_table_of_hosts_and_runners);
	tcase_add_test(tc, lists_in_prose_under_two_sections);
	tcase_add_test(tc, second_reading_of_the_dues_table);
	tcase_add_test(tc, second_reading_of_lists_in_prose);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
