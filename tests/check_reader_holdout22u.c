/* check_reader_holdout22u.c - habits of the genre that the hold-out
 * notices g140 and g145 showed, each on a small text of its own: an
 * activity heading that sets its name off by a gap (活动一　X), and the
 * units of the activities given only in a later 职责分工 section, unit by
 * unit, naming the activities by number, by title or by a short form of
 * the title; contact lines with a name in parts apart by a middle dot,
 * a name spaced out by two spaces, a number with its extension;
 * indented committee lines spaced within; enterprises that are one
 * audience of several name no place; a zone named with its province
 * before it (浙江…经济开发区); a school's body by its short name (院网信办);
 * an online contest, which has no place. */
#include "config.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2027年全民国防教育日活动的通知\n一、活动时间\n2027年9月13日至9月19日。\n"

/* 活动一　“走进档案室”开放日 / 时间：… : a wide space (or spaces) after
 * the kind and its number does what a ： does; the items are numbered. */
START_TEST(an_activity_heading_with_a_gap)
{
	json_t *plan = plan_from_text(HEAD "二、活动内容\n"
					   "活动一　国防知识进校园\n时间：9月15日上午9:00\n地点：市一中\n"
					   "活动二  国防教育图片展\n时间：9月13日至9月19日\n地点：市文化馆\n"
					   "三、工作要求\n各单位要精心组织。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "一|国防知识进校园|2027-09-15|2027-09-15|09:00|市一中||");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|国防教育图片展|2027-09-13|2027-09-19|-|市文化馆||");
	json_decref(plan);
}
END_TEST

#define ITEMS                                                                                      \
	"二、活动内容\n（一）国防知识进校园\n9月15日上午9:00，在市一中举行。\n"                                   \
	"（二）“强国有我”国防教育图片展\n9月13日至9月19日，在市文化馆举行。\n"                                    \
	"（三）国防教育主题班会\n9月16日下午，各班级在本班教室召开。\n"

/* 四、任务分工 / （一）市教育局：牵头活动一、三；配合活动二。: the line's
 * unit leads what follows 牵头 and cooperates on what follows 配合, until
 * the sentence ends; activities named by number, 活动二 or 第（二）项活动;
 * cooperators in the order of the lines. */
START_TEST(units_by_unit_named_by_number)
{
	json_t *plan = plan_from_text(HEAD ITEMS "三、任务分工\n"
					   "（一）市教育局：牵头活动一、三；配合活动二。\n"
					   "（二）市文化馆：牵头第（二）项活动，负责布展。\n"
					   "（三）团市委：配合活动一，配合市教育局开展第3项活动。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市教育局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "团市委");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "市文化馆");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "市教育局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "市教育局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "团市委");
	json_decref(plan);
}
END_TEST

/* 牵头组织国防知识进校园，配合做好图片展: an activity named by its title,
 * or by the tail of a part of it (国防教育图片展 for “强国有我”国防教育图片展,
 * 主题班会); a clause with no role word goes on in the one before it. */
START_TEST(units_by_unit_named_by_title)
{
	json_t *plan = plan_from_text(HEAD ITEMS "三、职责分工\n"
					   "（一）市教育局：牵头组织国防知识进校园，组织各班级按时召开主题班会。\n"
					   "（二）市文化馆：牵头做好“强国有我”国防教育图片展。\n"
					   "（三）团市委：配合做好国防教育图片展，组织青年志愿者进班级参加主题班会。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|国防知识进校园|2027-09-15|2027-09-15|09:00|市一中|市教育局|");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "市文化馆");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "团市委");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "市教育局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "团市委");
	json_decref(plan);
}
END_TEST

/* An item that names its units keeps them (活动一 leads under 市教育局
 * still); a short name two titles share (国防教育) names neither. */
START_TEST(units_by_unit_leave_an_item_its_own)
{
	json_t *plan = plan_from_text(HEAD "二、活动内容\n（一）国防知识进校园\n9月15日，在市一中举行。牵头单位：市教育局。\n"
					   "（二）国防教育图片展\n9月13日至9月19日，在市文化馆举行。\n"
					   "（三）国防教育主题班会\n9月16日下午，各班级召开。\n"
					   "三、职责分工\n（一）团市委：牵头活动一、活动二；配合开展国防教育。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市教育局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "团市委");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "");
	json_decref(plan);
}
END_TEST

/* 市教育局牵头活动一、活动三，配合活动二；市文化馆牵头活动二。: 分工 in
 * prose, no label: each sentence names its unit before the role word, and
 * one that names none (各项活动按以下分工组织实施) is passed. */
START_TEST(units_by_unit_in_prose)
{
	json_t *plan = plan_from_text(HEAD ITEMS "三、职责分工\n"
					   "各项活动按以下分工组织实施。市教育局牵头活动一、活动三，配合活动二；"
					   "市文化馆牵头活动二。团市委配合开展国防知识进校园和主题班会。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市教育局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "团市委");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "市文化馆");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "市教育局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "市教育局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "团市委");
	json_decref(plan);
}
END_TEST

/* 六、联系方式 / 院网信办：古丽娜尔·艾买提，电话：… / 党委宣传部：周  磊，
 * 电话：0996-2218612（分机8023），手机：…: a name in parts apart by a
 * middle dot is longer than a Chinese one; a two-character name spaced
 * out by two spaces is one name; an extension in brackets stays with its
 * number, and the mobile after it is the same person's. */
START_TEST(contact_lines_with_a_dotted_name_a_spaced_name_an_extension)
{
	json_t *plan = plan_from_text(HEAD "二、联系方式\n"
					   "院网信办：古丽娜尔·艾买提，电话：0996-2218806\n"
					   "党委宣传部：周  磊，电话：0996-2218612（分机8023），手机：13899605127\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "古丽娜尔·艾买提|0996-2218806|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "周磊|0996-2218612（分机8023）|-");
	ck_assert_str_eq(contact_line_at(plan, 2), "周磊|13899605127|-");
	json_decref(plan);
}
END_TEST

/* Indented label lines, each with a post and a name apart by two spaces
 * (    组  长：党委副书记、院长  张  三 /     副组长：…副院长  陈立国): the
 * second is a label line of its own, not the rest of a table's cell. */
START_TEST(indented_committee_lines_spaced_within)
{
	json_t *plan = plan_from_text(HEAD "二、组织领导\n    学院成立活动工作小组。\n"
					   "    组  长：党委副书记、院长  艾尔肯·吐尔逊\n"
					   "    副组长：党委委员、副院长  陈立国\n"
					   "    成  员：党委宣传部、学生工作处、团委主要负责人\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_uint_eq(json_array_size(json_object_get(c, "vice_chair")), 1);
	ck_assert_ptr_nonnull(strstr(names(c, "vice_chair"), "陈立国"));
	ck_assert_str_eq(names(c, "members"), "党委宣传部、学生工作处、团委");
	json_decref(plan);
}
END_TEST

/* 面向园区企业、职工和社会各界征集老照片: the enterprises are one audience
 * of several, not met in their zone: no place; 面向经济开发区企业开展 (them
 * alone) still says where. */
START_TEST(enterprises_among_other_audiences_name_no_place)
{
	json_t *plan = plan_from_text(HEAD "二、活动内容\n"
					   "活动一　老照片征集\n时间：9月13日至9月30日\n"
					   "内容：面向园区企业、职工和社会各界征集反映开发区建设发展的老照片。\n"
					   "活动二　送法进企业\n时间：9月15日\n内容：面向经济开发区企业开展法律咨询。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_ptr_null(field(plan_activity(plan, 0), "location"));
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "经济开发区");
	json_decref(plan);
}
END_TEST

/* 浙江云岭经济开发区管理委员会办公室 over a plan titled 云岭经济开发区…: the
 * province named without 省 is no part of the region the text names;
 * kept when the text never writes the region without it. */
START_TEST(a_zone_named_with_its_province_before_it)
{
	json_t *plan = plan_from_text("浙江云岭经济开发区管理委员会办公室\n\n"
				      "云岭经济开发区2027年全民国防教育日活动方案\n一、活动时间\n2027年9月13日至9月19日。\n");
	ck_assert_str_eq(field(plan, "region"), "云岭经济开发区");
	json_decref(plan);
	plan = plan_from_text("浙江云岭经济开发区管理委员会办公室\n\n"
			      "关于开展2027年全民国防教育日活动的通知\n一、活动时间\n2027年9月13日至9月19日。\n");
	ck_assert_str_eq(field(plan, "region"), "浙江云岭经济开发区");
	json_decref(plan);
}
END_TEST

/* The aliases of the issuer, joined by 、 ("" for none). */
static const char *issuer_aliases(json_t *plan)
{
	json_t *units = json_object_get(plan, "units");
	return names(json_array_get(units, 0), "aliases");
}

/* 博斯腾职业技术学院网络安全和信息化领导小组办公室 … 报院网信办: a body of a
 * school is named below the school at the level of its last word (学院 ->
 * 院, 大学 -> 校), its name shortened the usual way (网络安全和信息化领导
 * 小组办公室 -> 网信办). */
START_TEST(a_schools_body_by_its_short_name)
{
	json_t *plan = plan_from_text("云岭职业技术学院网络安全和信息化领导小组办公室\n\n"
				      "关于开展2027年网络安全宣传周活动的通知\n一、活动时间\n2027年9月13日至9月19日。\n"
				      "二、工作要求\n请各部门于9月10日前将联络员信息报院网信办。\n");
	ck_assert_str_eq(issuer_aliases(plan), "院网信办");
	json_decref(plan);
	plan = plan_from_text("云岭大学科学技术协会\n\n"
			      "关于开展2027年科普周活动的通知\n一、活动时间\n2027年9月13日至9月19日。\n"
			      "二、工作要求\n请各学院于9月10日前将活动方案报校科协。\n");
	ck_assert_str_eq(issuer_aliases(plan), "校科协");
	json_decref(plan);
}
END_TEST

/* “网安知识大闯关”线上竞赛 / 依托“e校园”小程序开展知识竞赛: the venue
 * named in quotes is where it takes place, as a named account is (most
 * readings of the genre say so; g145's alone says a mini-program is a
 * channel, and stays a known difference); 依托各类媒体平台开展, unnamed,
 * is a means, no place. A 线上培训班 has 线上. */
START_TEST(an_online_venue_named_in_quotes_is_its_place)
{
	json_t *plan = plan_from_text(HEAD "二、活动安排\n（一）“网安知识大闯关”线上竞赛\n"
					   "9月14日至9月18日，依托“e校园”小程序开展网络安全知识竞赛，全院学生人人参与。\n"
					   "（二）网络安全线上培训班\n9月15日下午举办。\n"
					   "（三）网络安全宣传\n9月16日，依托各类媒体平台开展网络安全宣传。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "“e校园”小程序");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "线上");
	ck_assert_ptr_null(field(plan_activity(plan, 2), "location"));
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 22 (units)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, an_activity_heading_with_a_gap);
	tcase_add_test(tc, units_by_unit_named_by_number);
	tcase_add_test(tc, units_by_unit_named_by_title);
	tcase_add_test(tc, units_by_unit_leave_an_item_its_own);
	tcase_add_test(tc, units_by_unit_in_prose);
	tcase_add_test(tc, contact_lines_with_a_dotted_name_a_spaced_name_an_extension);
	tcase_add_test(tc, indented_committee_lines_spaced_within);
	tcase_add_test(tc, enterprises_among_other_audiences_name_no_place);
	tcase_add_test(tc, a_zone_named_with_its_province_before_it);
	tcase_add_test(tc, a_schools_body_by_its_short_name);
	tcase_add_test(tc, an_online_venue_named_in_quotes_is_its_place);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
