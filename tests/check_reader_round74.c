/* check_reader_round74.c - habits taught in session 41: a short notice
 * whose sections are bare lines ending with a colon (活动安排如下：,
 * 有关要求：) over entries numbered ①② a line each, their fields apart by
 * commas with labelled roles (责任单位：X，配合：Y), and one more entry
 * after them (另：…); what people attend at a place as an event's name
 * (在X集中观看Y); a place cell that names the whole area (全县) or a place
 * it may move to (（遇雨改在…）); a contact's landline (座机：); a web copy's
 * prose items: 由X组织，Y协助, the told sentence's units over those asked
 * after it, the hour in the next sentence, 组织部 no verb. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char *const circled_notice =
	"青岗乡人民政府关于开展2026年世界读书日宣传活动的通知\n"
	"\n"
	"各村（社区）：\n"
	"\n"
	"　　为营造全民阅读氛围，经乡政府研究，决定于4月20日至24日在全乡开展读书日宣传活动。\n"
	"\n"
	"　　活动安排如下：\n"
	"\n"
	"　　①4月20日（星期一）上午9:30，乡文化站，“书香青岗”阅读分享会，责任单位：乡宣传办，配合：乡文化站\n"
	"　　②4月21日（星期二）下午3:00，乡中心小学，课本剧展演，责任单位：乡中心学校、乡团委，配合：乡妇联\n"
	"　　③4月23日（星期四）上午8点半，乡政府广场（遇雨改在乡便民服务中心大厅），图书漂流集市，牵头：乡宣传办\n"
	"　　另：4月24日下午4:00，乡机关全体干部在乡政府三楼会议室集中收看读书分享专题片，由乡党政办负责组织，请各村党组织书记一并参加。\n"
	"\n"
	"　　有关要求：\n"
	"\n"
	"　　（一）高度重视，精心组织。各村（社区）要落实专人负责。\n"
	"\n"
	"　　（二）及时报送信息。请各村（社区）于4月27日前将活动总结报乡宣传办。\n"
	"\n"
	"　　联系人：乡宣传办　覃丽，手机：13900001111，座机：0771-5550000\n"
	"\n"
	"　　　　　　　　　　　　　　　　　　　　青岗乡人民政府\n"
	"　　　　　　　　　　　　　　　　　　　　2026年4月15日\n";

/* 活动安排如下： / ①…，责任单位：X，配合：Y / ② / ③ / 另：… / 有关要求： /
 * （一）（二）: the entries are the activities, a line each however the
 * line above ends; the requirements are none. */
START_TEST(entries_numbered_circled_under_a_bare_colon_heading)
{
	json_t *plan = plan_from_text(circled_notice);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "no")), "1");
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "“书香青岗”阅读分享会");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-04-20");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "09:30");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "乡文化站");
	ck_assert_str_eq(names(a, "lead"), "乡宣传办");
	ck_assert_str_eq(names(a, "cooperate"), "乡文化站");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "课本剧展演");
	ck_assert_str_eq(names(a, "lead"), "乡中心学校、乡团委");
	ck_assert_str_eq(names(a, "cooperate"), "乡妇联");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "15:00");
	json_decref(plan);
}
END_TEST

/* ③…，乡政府广场（遇雨改在…），…，牵头：X: the place meant, not the one it
 * may move to; 牵头： alone labels the lead. */
START_TEST(a_place_field_keeps_no_rain_fallback)
{
	json_t *plan = plan_from_text(circled_notice);
	json_t *a = plan_activity(plan, 2);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "图书漂流集市");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "乡政府广场");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "08:30");
	ck_assert_str_eq(names(a, "lead"), "乡宣传办");
	json_decref(plan);
}
END_TEST

/* 另：4月24日下午4:00，X在Y集中收看Z，由W负责组织，请各村党组织书记一并参加。:
 * one more activity, unnumbered; its name what is attended (not the
 * 组织 of 党组织书记), its lead W. */
START_TEST(one_more_entry_after_the_list_attended_at_a_place)
{
	json_t *plan = plan_from_text(circled_notice);
	json_t *a = plan_activity(plan, 3);
	ck_assert(json_is_null(json_object_get(a, "no")));
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "集中收看读书分享专题片");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-04-24");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "16:00");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "乡政府三楼会议室");
	ck_assert_str_eq(names(a, "lead"), "乡党政办");
	json_decref(plan);
}
END_TEST

/* 联系人：X　覃丽，手机：…，座机：…: the landline is her second number. */
START_TEST(a_contacts_landline_is_her_second_number)
{
	json_t *plan = plan_from_text(circled_notice);
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	json_t *c = json_array_get(json_object_get(plan, "contacts"), 1);
	ck_assert_str_eq(json_string_value(json_object_get(c, "name")), "覃丽");
	ck_assert_str_eq(json_string_value(json_object_get(c, "phone")), "0771-5550000");
	json_decref(plan);
}
END_TEST

/* 地点 全县 in a table's row: the whole county is no place. */
START_TEST(a_place_cell_of_the_whole_area_is_no_place)
{
	json_t *plan = plan_from_text(
		"关于开展2026年知识产权宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年4月20日至4月26日。\n"
		"二、活动安排\n"
		"序号\t活动内容\t时间\t地点\t牵头单位\t配合单位\n"
		"1\t启动仪式\t4月20日\t县人民广场\t县市场监管局\t县司法局\n"
		"2\t知识产权进企业\t4月21日—24日\t全县\t县市场监管局\t县工信局\n"
		"3\t专利法宣讲\t4月22日\t全县范围内\t县科技局\t—\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "location")), "县人民广场");
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 1), "location")));
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 2), "location")));
	json_decref(plan);
}
END_TEST

static const char *const told_notice =
	"关于开展2026年宪法宣传周活动的通知\n"
	"一、活动时间\n"
	"2026年12月1日至12月7日。\n"
	"二、活动安排\n"
	"1.12月1日下午3时，由县人大常委会办公室组织，县司法局协助，在县人大常委会二楼会议室举行宪法宣誓仪式，新任命人员参加宣誓。\n"
	"2.12月2日至4日，由县教育局牵头，县司法局、团县委配合，在全县各中小学校开展“宪法进校园”活动。各中小学校要利用主题班会开展宪法晨读。\n"
	"3.12月4日上午，由县司法局牵头，县总工会配合，在县体育广场举办国家宪法日集中宣传活动。9时30分举行启动仪式，随后开展法律咨询。\n"
	"4.12月4日下午2时30分，由县委依法治县办牵头，县司法局、县委组织部配合，在县委党校报告厅举办领导干部宪法专题讲座。\n"
	"三、工作要求\n"
	"（一）加强领导。各单位要高度重视。\n";

/* 由X组织，Y协助: 组织 ending the lead's clause says X leads. */
START_TEST(a_lead_clause_ended_by_organise)
{
	json_t *plan = plan_from_text(told_notice);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "宪法宣誓仪式");
	ck_assert_str_eq(names(a, "lead"), "县人大常委会办公室");
	ck_assert_str_eq(names(a, "cooperate"), "县司法局");
	json_decref(plan);
}
END_TEST

/* 由X牵头，Y配合，在…开展Z。各中小学校要…: the told sentence says who runs
 * it; the schools asked after are no lead. */
START_TEST(the_told_sentence_names_the_lead_over_units_asked_after)
{
	json_t *plan = plan_from_text(told_notice);
	json_t *a = plan_activity(plan, 1);
	ck_assert_str_eq(names(a, "lead"), "县教育局");
	ck_assert_str_eq(names(a, "cooperate"), "县司法局、团县委");
	json_decref(plan);
}
END_TEST

/* 12月4日上午，…举办X。9时30分举行启动仪式: the hour in the next sentence. */
START_TEST(the_hour_in_the_sentence_after_the_part_of_the_day)
{
	json_t *plan = plan_from_text(told_notice);
	json_t *a = plan_activity(plan, 2);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "国家宪法日集中宣传活动");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "09:30");
	json_decref(plan);
}
END_TEST

/* …县委组织部配合，在…举办X: 组织部 is a body, no verb naming the event. */
START_TEST(an_organisation_department_names_no_event)
{
	json_t *plan = plan_from_text(told_notice);
	json_t *a = plan_activity(plan, 3);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "领导干部宪法专题讲座");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "14:30");
	ck_assert_str_eq(names(a, "cooperate"), "县司法局、县委组织部");
	json_decref(plan);
}
END_TEST

/* Second reading: 另： before a report due by its day, or a day kept in
 * reserve for rain, is no activity; 面向社会开展, 深入基层举办: the verb after
 * 社会 or 基层 still names the event (only 社会组织, 党组织 are nouns). */
START_TEST(second_reading_of_one_more_entry_and_verb_nouns)
{
	json_t *plan = plan_from_text(
		"青岗乡人民政府关于开展2026年世界读书日宣传活动的通知\n"
		"\n"
		"活动安排如下：\n"
		"\n"
		"①4月20日上午9:30，乡文化站，阅读分享会，责任单位：乡宣传办\n"
		"②4月21日下午3:00，乡中心小学，课本剧展演，责任单位：乡中心学校\n"
		"另：4月27日前，各村（社区）将活动开展情况报乡宣传办。\n"
		"另：4月22日为备用日期，如遇雨天，当日活动顺延至该日举行。\n"
		"\n"
		"有关要求：\n"
		"\n"
		"（一）高度重视。各村要落实专人负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2026年法治宣传活动的通知\n"
		"一、活动时间\n"
		"2026年3月1日至3月31日。\n"
		"二、活动安排\n"
		"（一）3月5日上午9:00，深入基层开展“法律明白人”培训，由县司法局负责。\n"
		"（二）3月10日上午9:30，面向社会举办法律援助咨询活动，由县法律援助中心负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "title")), "“法律明白人”培训");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "title")), "法律援助咨询活动");
	json_decref(plan);
}
END_TEST

/* Third reading: 另： events at 门前广场 or with a report due later in the
 * sentence are events still; labelled roles below a told sentence keep
 * theirs; a clock the text opens with but to be there by (8:30前) is no
 * start; 组织部署 is the verb 组织, no 组织部. */
START_TEST(third_reading_of_one_more_labels_hours_and_nouns)
{
	json_t *plan = plan_from_text(
		"青岗乡人民政府关于开展2026年世界读书日宣传活动的通知\n"
		"\n"
		"活动安排如下：\n"
		"\n"
		"①4月20日上午9:30，乡文化站，阅读分享会，责任单位：乡宣传办\n"
		"另：4月23日上午9:00，在乡政府门前广场举办全民阅读启动仪式，由乡宣传办负责组织。\n"
		"另：4月26日下午4:00，在乡政府会议室召开活动总结会，各村于4月25日前报送活动总结。\n"
		"\n"
		"有关要求：\n"
		"\n"
		"（一）高度重视。各村要落实专人负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "title")), "全民阅读启动仪式");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 2), "start")), "2026-04-26");
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2026年宪法宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年12月1日至12月7日。\n"
		"二、活动安排\n"
		"1.12月2日上午，由县法学会牵头，在县委党校举办宪法理论研讨会。8:30前各参会单位到场签到。\n"
		"（责任单位：县委政法委；配合单位：县法学会、县司法局）\n"
		"2.12月3日上午9:00，县应急管理局组织部署全县宪法宣传工作推进会。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(names(a, "lead"), "县委政法委");
	ck_assert_str_eq(names(a, "cooperate"), "县法学会、县司法局");
	ck_assert(json_is_null(json_object_get(a, "time")));
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "title")), "部署全县宪法宣传工作推进会");
	json_decref(plan);
}
END_TEST

/* 9月15日（星期二）　校园日 / 上午9:00，在X举办Y。（责任单位：Z）: the day line
 * and the clause under it are no unit (a name is one line); the event
 * under the theme day is led by Z. */
START_TEST(a_theme_days_line_is_no_unit)
{
	json_t *plan = plan_from_text(
		"关于开展网络安全宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年9月14日至20日。\n"
		"二、活动安排\n"
		"（一）主题日活动\n"
		"宣传周期间，每天围绕一个主题开展宣传。\n"
		"9月15日（星期二）　校园日\n"
		"上午9:00，在实验中学报告厅举办“网络安全进校园”主题活动。（责任单位：区教育体育局）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 1);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "“网络安全进校园”主题活动");
	ck_assert_str_eq(names(a, "lead"), "区教育体育局");
	json_decref(plan);
}
END_TEST

/* 9月15日（星期二）　校园日 / 上午9:00，在X举办Y。（责任单位：Z） / 9月15日至18日，
 * 在W开展V。（责任单位：Z）: a day named for its theme is no activity's
 * title; each paragraph under it that names its event and lead is one. */
START_TEST(paragraphs_under_days_named_for_a_theme)
{
	json_t *plan = plan_from_text(
		"关于开展2026年网络安全宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年9月14日至20日。\n"
		"二、活动安排\n"
		"（一）开幕式\n"
		"9月14日上午9:30，在区文化广场举行开幕式。（责任单位：区委网信办）\n"
		"（二）主题日活动\n"
		"宣传周期间，每天围绕一个主题集中开展宣传。\n"
		"9月15日（星期二）　校园日\n"
		"上午9:00，在区实验中学报告厅举办“网络安全进校园”主题活动。（责任单位：区教育体育局）\n"
		"9月15日至18日，在全区各中小学校开展“网络安全第一课”。（责任单位：区教育体育局）\n"
		"9月16日（星期三）　电信日\n"
		"上午9:30，在步行街中心广场开展反诈集中宣传活动。（责任单位：区公安分局）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	json_t *a = plan_activity(plan, 1);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "“网络安全进校园”主题活动");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-09-15");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "09:00");
	a = plan_activity(plan, 2);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "“网络安全第一课”");
	ck_assert_str_eq(json_string_value(json_object_get(a, "end")), "2026-09-18");
	ck_assert_str_eq(names(a, "lead"), "区教育体育局");
	a = plan_activity(plan, 3);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "反诈集中宣传活动");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-09-16");
	json_decref(plan);
}
END_TEST

/* 序号 时间 活动内容 责任单位 完成时限 copied from Excel: a row that is an
 * event on its day leaves the time limit empty, its tab lost with the
 * line's end; the row is read, not left out. */
START_TEST(a_time_limit_column_left_empty_at_the_rows_end)
{
	json_t *plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至30日。\n"
		"二、活动安排\n"
		"序号\t时间\t活动内容\t责任单位\t完成时限\n"
		"1\t6月2日\t安全生产月动员部署会\t县安委办\t\n"
		"2\t\t制定活动实施方案\t各乡镇\t6月5日前\n"
		"3\t6月8日—18日\t道路交通安全宣传活动\t县公安局交通警察大队\t\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	json_t *a = plan_activity(plan, 2);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "道路交通安全宣传活动");
	ck_assert_str_eq(json_string_value(json_object_get(a, "end")), "2026-06-18");
	ck_assert_str_eq(names(a, "lead"), "县公安局交通警察大队");
	json_decref(plan);
}
END_TEST

/* Second reading: 5月6日（星期三）　工作日, 9月20日　星期日 name no theme day,
 * and a requirement under a plain day line (各学校要组织…，由X负责督导检查)
 * is no activity. */
START_TEST(second_reading_of_days_named_for_a_theme)
{
	json_t *plan = plan_from_text(
		"关于开展2026年网络安全宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年9月14日至20日。\n"
		"二、活动安排\n"
		"9月14日（星期一）\n"
		"上午9:30，在区文化广场举行开幕式（区委网信办）。\n"
		"9月15日（星期二）\n"
		"各学校要组织学生认真观看网络安全教育视频，由区教育体育局负责督导检查。\n"
		"9月16日（星期三）　工作日\n"
		"各乡镇于9月18日前将工作情况报送区委网信办。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_decref(plan);
}
END_TEST

/* 负责：望湖社区（配合：街道应急办（消安办）、X）: the label of who helps sits
 * in a bracket the lead's value opens; the lead ends before the bracket. */
START_TEST(a_lead_whose_helpers_are_in_its_bracket)
{
	json_t *plan = plan_from_text(
		"关于开展消防宣传月活动的通知\n"
		"一、活动时间\n"
		"2026年11月1日至30日。\n"
		"二、活动安排\n"
		"（一）消防安全进社区\n"
		"时间：11月7日上午9:00\n"
		"地点：望湖社区广场\n"
		"负责：望湖社区（配合：街道应急办（消安办）、芷湾消防救援站）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(names(a, "lead"), "望湖社区");
	ck_assert_str_eq(names(a, "cooperate"), "街道应急办（消安办）、芷湾消防救援站");
	json_decref(plan);
}
END_TEST

/* An Excel cell holding a line break, quoted ("部署会\n地点：X"): its
 * labelled line gives the place, the title is the line before it. */
START_TEST(a_quoted_cells_labelled_line_gives_the_place)
{
	json_t *plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至30日。\n"
		"二、活动安排\n"
		"序号\t时间\t活动内容\t责任单位\n"
		"1\t\"6月2日\n下午3:00\"\t\"安全生产月动员部署会\n地点：县行政中心三楼会议室\"\t县安委办\n"
		"2\t6月12日\t\"燃气安全应急演练\n地点：县城南天然气门站\"\t县住房和城乡建设局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "安全生产月动员部署会");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县行政中心三楼会议室");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "15:00");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "燃气安全应急演练");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县城南天然气门站");
	json_decref(plan);
}
END_TEST

/* Second reading: a unit cell's break before a role's label (县住建局（牵头）
 * / 配合：…) is no line of place or content: the lead stays read. */
START_TEST(a_quoted_unit_cells_role_line_keeps_the_lead)
{
	json_t *plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至30日。\n"
		"二、活动安排\n"
		"序号\t时间\t活动内容\t责任单位\n"
		"1\t6月2日\t\"安全生产月动员部署会\n地点：县行政中心三楼会议室\"\t\"县住建局（牵头）\n配合：县市场监管局\"\n"
		"2\t6月12日\t燃气安全应急演练\t县应急管理局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县行政中心三楼会议室");
	ck_assert_str_eq(names(a, "lead"), "县住建局");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round74");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, entries_numbered_circled_under_a_bare_colon_heading);
	tcase_add_test(tc, a_place_field_keeps_no_rain_fallback);
	tcase_add_test(tc, one_more_entry_after_the_list_attended_at_a_place);
	tcase_add_test(tc, a_contacts_landline_is_her_second_number);
	tcase_add_test(tc, a_place_cell_of_the_whole_area_is_no_place);
	tcase_add_test(tc, a_lead_clause_ended_by_organise);
	tcase_add_test(tc, the_told_sentence_names_the_lead_over_units_asked_after);
	tcase_add_test(tc, the_hour_in_the_sentence_after_the_part_of_the_day);
	tcase_add_test(tc, an_organisation_department_names_no_event);
	tcase_add_test(tc, second_reading_of_one_more_entry_and_verb_nouns);
	tcase_add_test(tc, third_reading_of_one_more_labels_hours_and_nouns);
	tcase_add_test(tc, a_theme_days_line_is_no_unit);
	tcase_add_test(tc, paragraphs_under_days_named_for_a_theme);
	tcase_add_test(tc, a_time_limit_column_left_empty_at_the_rows_end);
	tcase_add_test(tc, second_reading_of_days_named_for_a_theme);
	tcase_add_test(tc, a_lead_whose_helpers_are_in_its_bracket);
	tcase_add_test(tc, a_quoted_cells_labelled_line_gives_the_place);
	tcase_add_test(tc, a_quoted_unit_cells_role_line_keeps_the_lead);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
