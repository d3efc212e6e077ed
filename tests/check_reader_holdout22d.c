/* check_reader_holdout22d.c - habits of the genre that the hold-out
 * notices g139, g141, g142 and g144 showed, each on a small text of its
 * own: ranges of days and hours written with the full-width tilde ～ (in
 * a schedule table with a column of weekdays, after 即日起, in prose;
 * the range marks one table, 到 between hours too), never read in an
 * amount (300～500克); one label 时间地点： holding the day, the clock
 * and the place; the short role labels 牵头：…　配合：… opening a line;
 * a committee's persons post, two spaces, name; working groups under
 * the committee; contact lines under a note on office hours; a mailbox
 * inside one person's part; the issuer's short names 县爱卫会 and the
 * name without the city above it; the plan's own title after a cover
 * that names it without 《》. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年全民营养周宣传活动的通知\n一、活动时间\n2026年5月17日～23日（星期日～星期六）。\n"

/* 序号 日期 星期 时间 活动内容 地点 责任单位: the weekday column says again
 * what the date says and is passed over; 5月18日～22日 is a range, the
 * second month omitted; a —— time cell is no time; a bare list of units
 * all lead. */
START_TEST(a_schedule_table_with_a_weekday_column)
{
	json_t *plan = plan_from_text(HEAD "二、活动日程\n"
					   "序号\t日期\t星期\t时间\t活动内容\t地点\t责任单位\n"
					   "1\t5月17日\t周日\t9:00～11:30\t营养咨询进社区\t文化广场\t街道公共服务办、社区卫生服务中心\n"
					   "2\t5月18日～22日\t周一～周五\t——\t营养配餐进食堂\t辖区食堂\t街道公共服务办\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|营养咨询进社区|2026-05-17|2026-05-17|09:00|文化广场|街道公共服务办、社区卫生服务中心|");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end_time"), "11:30");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|营养配餐进食堂|2026-05-18|2026-05-22|-|辖区食堂|街道公共服务办|");
	json_decref(plan);
}
END_TEST

/* 即日起～5月30日: from the issue (else the campaign's start) to that day,
 * as 即日起至 is; 5月1日——5月3日 with a double dash is a range too. */
START_TEST(ranges_after_from_now_on_and_a_double_dash)
{
	json_t *plan = plan_from_text(HEAD "二、活动内容\n"
					   "1．营养宣传展板巡展。即日起～5月30日，在各社区开展。牵头单位：街道宣传办。\n"
					   "2．营养知识竞赛。5月18日——5月20日，在各学校开展。牵头单位：街道教育办。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|营养宣传展板巡展|2026-05-17|2026-05-30|-|各社区|街道宣传办|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|营养知识竞赛|2026-05-18|2026-05-20|-|各学校|街道教育办|");
	json_decref(plan);
}
END_TEST

/* 下午2点到4点: the marks of a range of hours are those of days (到 too);
 * 每天摄入300～500克奶: a tilde between two amounts is no range at all. */
START_TEST(hours_to_hours_and_a_tilde_in_an_amount)
{
	json_t *plan = plan_from_text(HEAD "二、活动内容\n"
					   "1．奶类推广。宣传每天摄入300～500克奶，在各社区开展。牵头单位：街道妇联。\n"
					   "2．家庭厨艺大赛。5月21日下午2点到4点，在东湖社区举行。牵头单位：街道妇联。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|奶类推广|-|-|-|各社区|街道妇联|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|家庭厨艺大赛|2026-05-21|2026-05-21|14:00|东湖社区|街道妇联|");
	ck_assert_str_eq(field(plan_activity(plan, 1), "end_time"), "16:00");
	json_decref(plan);
}
END_TEST

#define SMOKE_HEAD "关于开展2026年世界无烟日宣传活动的通知\n一、活动时间\n2026年5月25日至5月31日。\n二、重点活动\n"

/* 时间地点：5月29日（星期五）上午9:00，县人民广场: one label holds the
 * day, the clock and the place, the place after the first ， (a bracket's
 * comma does not count); the when part may be words (5月下旬), the place
 * an account the text puts in the label's place. */
START_TEST(one_label_for_when_and_where)
{
	json_t *plan = plan_from_text(SMOKE_HEAD "（一）世界无烟日主题宣传活动\n"
						 "时间地点：5月29日（星期五，上午）9:00，县人民广场\n"
						 "实施单位：县爱卫办（牵头），县疾病预防控制中心\n"
						 "内容：举办主题宣传活动，设置控烟知识展板。\n"
						 "（二）公共场所控烟执法检查\n"
						 "时间地点：5月下旬，县城室内公共场所\n"
						 "实施单位：县卫生健康综合执法大队（牵头），县市场监督管理局\n"
						 "内容：对室内公共场所控烟情况开展联合检查。\n"
						 "（三）“无烟家庭”线上承诺活动\n"
						 "时间地点：5月25日至5月31日，“健康宜溪”微信公众号\n"
						 "实施单位：县疾病预防控制中心（牵头），县融媒体中心\n"
						 "内容：发布“无烟家庭”倡议书。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|世界无烟日主题宣传活动|2026-05-29|2026-05-29|09:00|县人民广场|县爱卫办|县疾病预防控制中心");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|公共场所控烟执法检查|-|-|-|县城室内公共场所|县卫生健康综合执法大队|县市场监督管理局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "三|“无烟家庭”线上承诺活动|2026-05-25|2026-05-31|-|“健康宜溪”微信公众号|县疾病预防控制中心|县融媒体中心");
	json_decref(plan);
}
END_TEST

#define ELDER_HEAD "关于开展2026年老年健康宣传周活动的通知\n一、活动时间\n2026年7月27日至8月2日。\n二、活动安排\n"

/* 牵头：X    配合：Y, the roles' short labels on a line of their own (the
 * second after a gap of spaces), or 牵头：X alone: the line's first label
 * is the lead's, as after a bracket or a ；. */
START_TEST(short_role_labels_opening_a_line)
{
	json_t *plan = plan_from_text(ELDER_HEAD "（一）宣传周启动仪式\n"
						 "时间：7月27日上午9:00\n"
						 "牵头：街道社会事务办    配合：社区卫生服务中心、新华东社区居委会\n"
						 "举行宣传周启动仪式，开展义诊服务。\n"
						 "（二）线上知识竞答\n"
						 "时间：7月27日至8月2日\n"
						 "牵头：街道党建工作办公室\n"
						 "围绕老年健康核心信息设置竞答题目。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "街道社会事务办");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "社区卫生服务中心、新华东社区居委会");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "街道党建工作办公室");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "");
	json_decref(plan);
}
END_TEST

/* 组  长：街道党工委副书记、办事处主任  巴特尔, the second 副组长 on an
 * indented line under its label's: a copy typed with ASCII spaces puts
 * two where a wide gap stands; the persons are post then name all the
 * same, the label line's indent kept so the line under it is no cell's
 * rest. */
START_TEST(persons_post_then_name_apart_by_two_spaces)
{
	json_t *plan = plan_from_text(ELDER_HEAD "（一）宣传周启动仪式\n时间：7月27日上午9:00\n牵头：街道社会事务办\n"
						 "三、组织领导\n街道成立老年健康宣传周活动领导小组：\n"
						 "    组  长：街道党工委副书记、办事处主任  巴特尔\n"
						 "    副组长：街道办事处副主任  王秀英\n"
						 "            社区卫生服务中心主任  李建军\n"
						 "    成  员：街道社会事务办、街道党建工作办公室\n"
						 "    领导小组下设办公室，办公室设在街道社会事务办。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "街道党工委副书记、办事处主任巴特尔");
	ck_assert_str_eq(names(c, "vice_chair"), "街道办事处副主任王秀英、社区卫生服务中心主任李建军");
	ck_assert_str_eq(names(c, "members"), "街道社会事务办、街道党建工作办公室");
	json_decref(plan);
}
END_TEST

/* 领导小组下设三个工作组：（一）综合协调组。组长：王秀英；成员单位：A、B。:
 * the working groups under the committee have their own 组长 and 成员单位,
 * which are not the committee's; a committee named by an item of its own
 * ((一)领导小组 before any person is read) is still the committee. */
START_TEST(working_groups_under_the_committee)
{
	json_t *plan = plan_from_text(ELDER_HEAD "（一）宣传周启动仪式\n时间：7月27日上午9:00\n牵头：街道社会事务办\n"
						 "三、组织领导\n（一）领导小组\n"
						 "组长：街道党工委副书记、办事处主任　巴特尔\n"
						 "成员：街道社会事务办、街道平安建设办公室\n"
						 "领导小组下设办公室，办公室设在街道社会事务办。领导小组下设两个工作组：\n"
						 "（二）综合协调组。组长：王秀英；成员单位：街道社会事务办、街道党建工作办公室。负责活动总体协调。\n"
						 "（三）宣传保障组。组长：街道平安建设办公室主任张海涛；成员单位：昭君路派出所。负责现场秩序。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "街道党工委副书记、办事处主任巴特尔");
	ck_assert_str_eq(names(c, "members"), "街道社会事务办、街道平安建设办公室");
	ck_assert_str_eq(names(c, "office"), "街道社会事务办");
	json_decref(plan);
}
END_TEST

/* 七、联系方式 / （工作日8:30—12:00、14:30—18:00） / 街道社会事务办：其其格
 * 0472-5126083  15947208816 / 社区卫生服务中心：刘  丹  0472-5126317: a
 * note in brackets on when to call does not end the lines, and a name
 * spaced out by two ASCII spaces is one name. */
START_TEST(contact_lines_after_a_note_on_office_hours)
{
	json_t *plan = plan_from_text(ELDER_HEAD "（一）宣传周启动仪式\n时间：7月27日上午9:00\n牵头：街道社会事务办\n"
						 "三、联系方式\n（工作日8:30—12:00、14:30—18:00）\n"
						 "街道社会事务办：其其格  0472-5126083  15947208816\n"
						 "社区卫生服务中心：刘  丹  0472-5126317\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_str_eq(field(json_array_get(contacts, 0), "name"), "其其格");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "phone"), "15947208816");
	ck_assert_str_eq(field(json_array_get(contacts, 2), "name"), "刘丹");
	ck_assert_str_eq(field(json_array_get(contacts, 2), "phone"), "0472-5126317");
	json_decref(plan);
}
END_TEST

/* 联系人：梁碧珊，联系电话：…，电子邮箱：x@y；黄振宇（…），联系电话：…: the
 * address inside one person's part is that person's alone. */
START_TEST(a_mailbox_inside_one_persons_part)
{
	json_t *plan = plan_from_text(HEAD "二、活动内容\n1．营养咨询进社区。5月18日，在文化广场举行。牵头单位：街道公共服务办。\n"
					   "三、联系方式\n联系人：梁碧珊，联系电话：0756-3312608，电子邮箱：sxjdggfw@163.com；"
					   "黄振宇（沙溪社区卫生服务中心），联系电话：13702569418。\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_str_eq(field(json_array_get(contacts, 0), "email"), "sxjdggfw@163.com");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "name"), "黄振宇");
	ck_assert_ptr_null(field(json_array_get(contacts, 1), "email"));
	json_decref(plan);
}
END_TEST

/* The first alias of the issuer (units[0].aliases[0]). */
static const char *issuer_alias(json_t *plan)
{
	json_t *aliases = json_object_get(json_array_get(json_object_get(plan, "units"), 0), "aliases");
	return json_string_value(json_array_get(aliases, 0));
}

/* 宜溪县爱国卫生运动委员会 calls itself 县爱卫会 (委员会 -> 会, as 爱卫会 is
 * always written); 乌拉山市青山区昭君路街道办事处 signs 昭君路街道办事处, its
 * name without the city and district above it. */
START_TEST(issuer_short_names_and_its_name_without_the_city)
{
	json_t *plan = plan_from_text("宜溪县爱国卫生运动委员会\n\n宜溪县爱国卫生运动委员会\n关于开展2026年世界无烟日宣传活动的通知\n"
				      "各乡镇人民政府，县爱卫会各成员单位：\n经县爱卫会研究，决定在全县开展世界无烟日宣传活动。\n"
				      "一、活动时间\n2026年5月25日至5月31日。\n二、重点活动\n"
				      "（一）主题宣传活动。5月29日，在县人民广场举办。牵头单位：县爱卫办。\n"
				      "宜溪县爱国卫生运动委员会\n2026年5月18日\n");
	ck_assert_str_eq(field(plan, "organizer"), "宜溪县爱国卫生运动委员会");
	ck_assert_str_eq(issuer_alias(plan), "县爱卫会");
	json_decref(plan);
	plan = plan_from_text("乌拉山市青山区昭君路街道办事处\n\n关于开展2026年老年健康宣传周活动的通知\n"
			      "各社区居委会：\n一、活动时间\n2026年7月27日至8月2日。\n二、活动安排\n"
			      "（一）宣传周启动仪式。7月27日，在社区广场举行。牵头单位：街道社会事务办。\n"
			      "昭君路街道办事处\n2026年7月20日\n");
	ck_assert_str_eq(field(plan, "organizer"), "乌拉山市青山区昭君路街道办事处");
	ck_assert_str_eq(issuer_alias(plan), "昭君路街道办事处");
	json_decref(plan);
}
END_TEST

/* 桐口镇人民政府关于印发2026年“民法典宣传月”活动方案的通知 (no 《》), then
 * the plan under its own title 桐口镇2026年“民法典宣传月”活动方案: the
 * title is the plan's own, with the region the cover left out; an item
 * heading ending in the same words is no title. */
START_TEST(the_plans_own_title_after_a_cover_without_brackets)
{
	json_t *plan = plan_from_text("桐口镇人民政府关于印发2026年“民法典宣传月”活动方案的通知\n"
				      "各村（居）委会：\n现将方案印发给你们，请认真贯彻执行。\n桐口镇人民政府\n2026年4月28日\n"
				      "桐口镇2026年“民法典宣传月”活动方案\n一、活动时间\n2026年5月1日至5月31日。\n二、活动安排\n"
				      "1．启动仪式。5月9日，在镇文化广场举行。牵头单位：镇司法所。\n");
	ck_assert_str_eq(field(plan, "title"), "桐口镇2026年“民法典宣传月”活动方案");
	json_decref(plan);
	plan = plan_from_text("桐口镇人民政府关于印发2026年“民法典宣传月”活动方案的通知\n"
			      "各村（居）委会：\n现将方案印发给你们。\n一、活动时间\n2026年5月1日至5月31日。\n"
			      "二、全镇2026年“民法典宣传月”活动方案\n1．启动仪式。5月9日，在镇文化广场举行。牵头单位：镇司法所。\n");
	ck_assert_str_eq(field(plan, "title"), "2026年“民法典宣传月”活动方案");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 22d");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_schedule_table_with_a_weekday_column);
	tcase_add_test(tc, ranges_after_from_now_on_and_a_double_dash);
	tcase_add_test(tc, hours_to_hours_and_a_tilde_in_an_amount);
	tcase_add_test(tc, one_label_for_when_and_where);
	tcase_add_test(tc, short_role_labels_opening_a_line);
	tcase_add_test(tc, persons_post_then_name_apart_by_two_spaces);
	tcase_add_test(tc, working_groups_under_the_committee);
	tcase_add_test(tc, contact_lines_after_a_note_on_office_hours);
	tcase_add_test(tc, a_mailbox_inside_one_persons_part);
	tcase_add_test(tc, issuer_short_names_and_its_name_without_the_city);
	tcase_add_test(tc, the_plans_own_title_after_a_cover_without_brackets);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
