/* check_reader_holdout11b.c - habits of the genre that the hold-out
 * notices g86 and g87 showed, each on a small text of its own: a
 * schedule told day by day in lines of fields, activities told in
 * running prose, and the like. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 4月18日（星期六） / 09:00—11:00　开幕式　地点：…　主办：…　承办：…　协办：… :
 * a schedule whose days are lines of their own (one a range), each over
 * unnumbered lines of fields set apart by wide spaces, one activity a
 * line; 主办 leads and 承办, 协办 cooperate, with no 主办 承办 leads; a
 * line of prose after the last is no activity. */
START_TEST(a_schedule_of_day_lines_over_lines_of_fields)
{
	json_t *plan = plan_from_text(
		"某区2027年科普周活动方案\n一、活动时间\n2027年4月18日至24日\n二、活动日程\n"
		"4月18日（星期日）\n"
		"09:00—11:00　开幕式　地点：区文化广场　主办：区政府　承办：区科技局　协办：区科协、区教育局\n"
		"全天　科技馆开放日　地点：区科技馆　承办：区科协\n"
		"4月20日（星期二）—4月23日（星期五）\n"
		"科普进社区　地点：各社区　承办：区科协　协办：各街道办事处\n"
		"以上活动如有调整，另行通知。\n"
		"三、工作要求\n（一）精心组织。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|开幕式|2027-04-18|2027-04-18|09:00|区文化广场|区政府|区科技局、区科协、区教育局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "-|科技馆开放日|2027-04-18|2027-04-18|-|区科技馆|区科协|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|科普进社区|2027-04-20|2027-04-23|-|各社区|区科协|各街道办事处");
	json_decref(plan);
}
END_TEST

/* 镇政府决定9月1日至9月30日在全镇开展“质量月”活动: with no 活动时间
 * section, the days the issuer decides for the whole area's campaign are
 * the period, as 决定于…在全镇开展 gives them. */
START_TEST(the_days_decided_for_the_whole_area_are_the_period)
{
	json_t *plan = plan_from_text("某镇人民政府关于开展2027年“质量月”活动的通知\n各村（社区）：\n"
				 "镇政府决定9月1日至9月30日在全镇开展“质量月”活动。现将有关事项通知如下。\n"
				 "9月8日上午在镇文化广场举办集中宣传咨询活动，由镇经济发展办公室牵头。\n"
				 "某镇人民政府\n2027年8月28日\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2027-09-01");
	ck_assert_str_eq(field(period, "end"), "2027-09-30");
	json_decref(plan);
}
END_TEST

/* 9月8日上午在X举办A，由P牵头，Q配合。当天下午，R负责在Y开展B。9月11日上午9点，
 * 在Z举办C，由S负责。: a township's prose tells several activities in one
 * paragraph, each from a sentence that opens with its day (当天: the day
 * told before); the clause after the day may open with who leads (R负责,
 * P会同Q); an aside (另外，…期间各村要…) is no activity. */
START_TEST(several_activities_told_in_one_paragraph)
{
	json_t *plan = plan_from_text(
		"某镇人民政府关于开展2027年“质量月”活动的通知\n各村（社区）：\n现将有关事项通知如下。\n"
		"活动定于9月8日上午在镇文化广场举办集中宣传咨询活动，由镇经济发展办公室牵头，镇团委配合。"
		"当天下午，镇市场监管所负责在镇农贸市场开展公平秤校验，各经营户要主动配合。"
		"9月11日上午9点，在某茶业公司举办“质量开放日”活动，由镇农业综合服务中心负责。"
		"另外，质量月期间，各村（社区）要做好日常宣传，镇宣传办负责提供宣传稿件。\n"
		"9月22日至9月24日，镇经济发展办公室会同县市场监管局，对辖区企业开展“质量诊断”上门服务。\n"
		"某镇人民政府\n2027年8月28日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|集中宣传咨询活动|2027-09-08|2027-09-08|-|镇文化广场|镇经济发展办公室|镇团委");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|公平秤校验|2027-09-08|2027-09-08|-|镇农贸市场|镇市场监管所|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|“质量开放日”活动|2027-09-11|2027-09-11|09:00|某茶业公司|镇农业综合服务中心|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "-|“质量诊断”上门服务|2027-09-22|2027-09-24|-|-|镇经济发展办公室|县市场监管局");
	json_decref(plan);
}
END_TEST

/* 联系人：李明　0771-1234567　　王芳　13912345678: two persons on one line,
 * each name then number, parted by a wide gap after the first number as
 * a ； would part them. */
START_TEST(two_contacts_on_a_line_parted_by_a_wide_gap)
{
	json_t *plan = plan_from_text("某区2027年科普周活动方案\n一、活动时间\n2027年5月16日至23日\n"
				 "二、工作要求\n（一）精心组织。\n"
				 "联系人：李明　0771-1234567　　王芳　13912345678\n");
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(contacts), 2);
	ck_assert_str_eq(field(json_array_get(contacts, 0), "name"), "李明");
	ck_assert_str_eq(field(json_array_get(contacts, 0), "phone"), "0771-1234567");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "name"), "王芳");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "phone"), "13912345678");
	json_decref(plan);
}
END_TEST

/* 各承办、协办单位请于5月15日前将…报组委会办公室: 各 and the tail 单位 are
 * shared by both roles, one class of units as 各参演、参展单位 is (承办
 * ends as 县委办 does, but names no unit). */
START_TEST(each_of_two_roles_sharing_one_tail_is_one_class)
{
	json_t *plan = plan_from_text("某区2027年科普周活动方案\n一、活动时间\n2027年5月16日至23日\n"
				 "二、工作要求\n（一）精心组织。各参展单位请于5月13日前将参展项目报组委会办公室；"
				 "各承办、协办单位请于5月15日前将本单位活动具体安排报组委会办公室。\n");
	json_t *who = json_object_get(json_array_get(json_object_get(plan, "deadlines"), 1), "who");
	ck_assert_uint_eq(json_array_size(who), 1);
	ck_assert_str_eq(json_string_value(json_array_get(who, 0)), "各承办、协办单位");
	json_decref(plan);
}
END_TEST

/* …；需要参加县成果展的企业，于9月25日前将参展产品名单报镇经济发展办公室: who
 * owes it is the clause before the ， that stands right before 于<day>,
 * kept as written, not those the paragraph addresses. */
START_TEST(who_in_the_clause_before_the_comma_before_the_day)
{
	json_t *plan = plan_from_text("某镇人民政府关于开展2027年“质量月”活动的通知\n各村（社区），镇直各单位：\n"
				 "现将有关事项通知如下。\n"
				 "请各村（社区）、镇直各单位于9月4日前把联络员名单报镇经济发展办公室；"
				 "需要参加县质量提升成果展的企业，于9月25日前将参展产品名单报镇经济发展办公室。\n");
	json_t *who = json_object_get(json_array_get(json_object_get(plan, "deadlines"), 1), "who");
	ck_assert_uint_eq(json_array_size(who), 1);
	ck_assert_str_eq(json_string_value(json_array_get(who, 0)), "需要参加县质量提升成果展的企业");
	json_decref(plan);
}
END_TEST

/* 某溪高新技术产业开发区管理委员会科技局 issues 某溪高新区2027年…活动方案: the
 * zone is the region, as the text shortens it; never a short form the
 * text does not write: then the zone as the issuer names it (g147, g171). */
START_TEST(a_development_zone_is_the_region_as_the_text_shortens_it)
{
	json_t *plan = plan_from_text("某溪高新技术产业开发区管理委员会科技局\n关于印发活动方案的通知"
				 "\n各部门：\n现将方案印发给你们。\n某溪高新技术产业开发区管理委员会科技局\n2027年5月9日\n"
				 "某溪高新区2027年全国科技活动周活动方案\n一、活动时间\n2027年5月16日至5月23日。\n");
	ck_assert_str_eq(field(plan, "region"), "某溪高新区");
	json_decref(plan);
	plan = plan_from_text("某溪高新技术产业开发区管理委员会科技局\n关于印发活动方案的通知"
			      "\n各部门：\n现将方案印发给你们。\n某溪高新技术产业开发区管理委员会科技局\n2027年5月9日\n"
			      "2027年全国科技活动周活动方案\n一、活动时间\n2027年5月16日至5月23日。\n");
	ck_assert_str_eq(field(plan, "region"), "某溪高新技术产业开发区");
	json_decref(plan);
}
END_TEST

/* A zone's 管理委员会 calls itself 管委会, and its 科技局 is the zone's
 * (高新区科技局), when the text writes them so. */
START_TEST(a_zone_administration_and_its_bureau_by_their_short_names)
{
	json_t *plan = plan_from_text("某溪高新技术产业开发区管理委员会\n关于印发活动方案的通知"
				 "\n各部门：\n现将方案印发给你们。管委会成立活动组委会。\n"
				 "某溪高新技术产业开发区管理委员会\n2027年5月9日\n"
				 "某溪高新区2027年科普日活动方案\n一、活动时间\n2027年9月14日至9月20日。\n");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "units"), 0), "aliases"), "管委会");
	json_decref(plan);
	plan = plan_from_text("某溪高新技术产业开发区管理委员会科技局\n关于印发活动方案的通知"
			      "\n各部门：\n现将方案印发给你们。组委会办公室设在高新区科技局。\n"
			      "某溪高新技术产业开发区管理委员会科技局\n2027年5月9日\n"
			      "某溪高新区2027年科技活动周活动方案\n一、活动时间\n2027年5月16日至5月23日。\n");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "units"), 0), "aliases"), "高新区科技局");
	json_decref(plan);
}
END_TEST

/* 镇里将开展X活动，由A牵头，B配合。9月10日在Y举办启动仪式。: when no part
 * of a paragraph tells an activity alone, the paragraph as a whole does
 * (its day, its event and its lead in different sentences). */
START_TEST(a_paragraph_whose_parts_alone_tell_no_activity)
{
	json_t *plan = plan_from_text("某镇人民政府关于开展2027年“质量月”活动的通知\n各村（社区）：\n"
				 "现将有关事项通知如下。\n"
				 "镇里将开展“质量进万家”宣传活动，由镇经济发展办公室牵头，镇团委配合。"
				 "9月10日在镇文化广场举办启动仪式。\n"
				 "某镇人民政府\n2027年8月28日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|“质量进万家”宣传活动|2027-09-10|2027-09-10|-|镇文化广场|镇经济发展办公室|镇团委");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 11 (g86, g87)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_schedule_of_day_lines_over_lines_of_fields);
	tcase_add_test(tc, the_days_decided_for_the_whole_area_are_the_period);
	tcase_add_test(tc, several_activities_told_in_one_paragraph);
	tcase_add_test(tc, two_contacts_on_a_line_parted_by_a_wide_gap);
	tcase_add_test(tc, each_of_two_roles_sharing_one_tail_is_one_class);
	tcase_add_test(tc, who_in_the_clause_before_the_comma_before_the_day);
	tcase_add_test(tc, a_development_zone_is_the_region_as_the_text_shortens_it);
	tcase_add_test(tc, a_zone_administration_and_its_bureau_by_their_short_names);
	tcase_add_test(tc, a_paragraph_whose_parts_alone_tell_no_activity);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
