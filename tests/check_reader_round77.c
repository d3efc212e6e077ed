/* check_reader_round77.c - habits taught in session 43: an annex's table
 * whose rows are the activities the body's items only frame (各项活动的具体
 * 时间、地点和责任单位详见附件), issuers written jointly with a wide space
 * between them or a party committee's office before a bureau, and
 * deputies each a clause of their own (X任组长，A，B任副组长). */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* The body's items, then the annex's table of other names. */
static const char *const four_rows =
	"1  网络知识竞答   12月1日—7日  “汝川司法”微信公众号   县司法局  县融媒体中心\n"
	"2  领导干部宪法专题讲座  12月3日（星期四）下午2:30  县委党校报告厅   县委依法治县办  县委组织部\n"
	"3  宪法宣誓仪式  12月4日 上午8:30   县人大常委会会议室  县人大常委会办公室  县司法局\n"
	"4  集中宣传活动  12月4日（星期五）上午9:30  县人民广场  县司法局  县人民法院、县公安局\n";

static char *framed_notice(const char *lead_in, const char *item_three, const char *rows)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b,
		      "汝川县2026年宪法宣传周活动方案\n"
		      "一、活动时间\n"
		      "2026年12月1日至7日。\n"
		      "二、主要活动\n"
		      "%s\n"
		      "（一）组织领导干部学宪法。以中心组学习为抓手，推动领导干部带头学习宪法。\n"
		      "（二）开展集中宣传。在县城设立主会场，发放宪法单行本。\n"
		      "（三）%s\n"
		      "三、工作要求\n"
		      "各单位要高度重视。\n"
		      "附件\n"
		      "重点活动安排表\n"
		      "序号    活动名称    时间    地点    牵头单位    配合单位\n"
		      "%s",
		      lead_in, item_three, rows);
	return wp_buf_take(&b);
}

/* The items name no unit, or the lead-in sends to the annex: the table's
 * rows are the activities; else the items stay. */
START_TEST(an_annex_table_of_other_names_holds_the_activities)
{
	char *text = framed_notice("宣传周期间，全县集中开展以下重点活动，各项活动的具体时间、地点和责任单位详见附件。",
				   "加强媒体宣传。县融媒体中心要开设专栏，集中报道全县活动开展情况。", four_rows);
	json_t *plan = plan_from_text(text);
	free(text);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	json_t *a = plan_activity(plan, 2);
	ck_assert_str_eq(field(a, "title"), "宪法宣誓仪式");
	ck_assert_str_eq(field(a, "start"), "2026-12-04");
	ck_assert_str_eq(field(a, "time"), "08:30");
	ck_assert_str_eq(field(a, "location"), "县人大常委会会议室");
	json_decref(plan);
	/* no pointer to the annex, no unit in the items: the rows still */
	text = framed_notice("宣传周期间，全县集中开展以下重点活动。", "加强媒体宣传。集中报道全县活动开展情况。", four_rows);
	plan = plan_from_text(text);
	free(text);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "网络知识竞答");
	json_decref(plan);
	/* an item names its unit and nothing sends to the annex: the items
	 * are the activities, the table no schedule of theirs */
	text = framed_notice("宣传周期间，全县集中开展以下重点活动。",
			     "加强媒体宣传。由县融媒体中心牵头，集中报道全县活动开展情况。", four_rows);
	plan = plan_from_text(text);
	free(text);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "组织领导干部学宪法");
	json_decref(plan);
	/* fewer rows than items: a table of some of the events, the items
	 * the activities */
	text = framed_notice("各项活动的具体时间、地点详见附件。", "加强媒体宣传。集中报道全县活动开展情况。",
			     "1  网络知识竞答   12月1日—7日  “汝川司法”微信公众号   县司法局  县融媒体中心\n"
			     "2  宪法宣誓仪式  12月4日 上午8:30   县人大常委会会议室  县人大常委会办公室  县司法局\n");
	plan = plan_from_text(text);
	free(text);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "加强媒体宣传");
	json_decref(plan);
}
END_TEST

/* A party committee's office and a bureau issue together: the first is
 * the organizer, whether the title runs them on or a line above it sets
 * them apart by a wide space. */
START_TEST(joint_issuers_a_party_office_first)
{
	json_t *plan = plan_from_text(
		"中共汝川县委全面依法治县委员会办公室　汝川县司法局关于印发《汝川县2026年宪法宣传周活动方案》的通知\n"
		"各乡镇人民政府：\n"
		"现将方案印发给你们，请认真贯彻落实。\n"
		"一、活动时间\n"
		"2026年12月1日至7日。\n");
	ck_assert_str_eq(field(plan, "organizer"), "中共汝川县委全面依法治县委员会办公室");
	json_decref(plan);
	plan = plan_from_text(
		"汝川县教育体育局　汝川县司法局\n"
		"关于开展2026年宪法宣传周活动的通知\n"
		"各中小学校：\n"
		"一、活动时间\n"
		"2026年12月1日至7日。\n");
	ck_assert_str_eq(field(plan, "organizer"), "汝川县教育体育局");
	json_decref(plan);
}
END_TEST

/* 由X任组长，A，B任副组长: each clause a person with a post is a deputy;
 * a clause that is no person (负责统筹协调) makes none of them one. */
START_TEST(deputies_each_a_clause)
{
	json_t *plan = plan_from_text(
		"汝川县2026年宪法宣传周活动方案\n"
		"一、活动时间\n"
		"2026年12月1日至7日。\n"
		"二、组织领导\n"
		"成立活动领导小组，由县委常委、政法委书记邵振华任组长，县人民政府副县长冯丽娟，"
		"县司法局党组书记、局长田志刚任副组长，成员由县委宣传部、县教育局分管负责同志组成。\n");
	json_t *vice = json_object_get(json_object_get(plan, "committee"), "vice_chair");
	ck_assert_uint_eq(json_array_size(vice), 2);
	ck_assert_str_eq(json_string_value(json_array_get(vice, 0)), "县人民政府副县长冯丽娟");
	ck_assert_str_eq(json_string_value(json_array_get(vice, 1)), "县司法局党组书记、局长田志刚");
	json_decref(plan);
	plan = plan_from_text(
		"汝川县2026年宪法宣传周活动方案\n"
		"一、活动时间\n"
		"2026年12月1日至7日。\n"
		"二、组织领导\n"
		"成立活动领导小组，由县委常委邵振华任组长，全面负责活动组织，"
		"县司法局局长田志刚任副组长。\n");
	vice = json_object_get(json_object_get(plan, "committee"), "vice_chair");
	ck_assert_uint_eq(json_array_size(vice), 1);
	ck_assert_str_eq(json_string_value(json_array_get(vice, 0)), "县司法局局长田志刚");
	json_decref(plan);
}
END_TEST

/* 成　员：post　name　　post　name　　各年级组长、各班主任: persons two
 * wide spaces apart, a name spaced out (王　宏), then posts held by
 * many; a part that is no post (家长代表若干) leaves the line as it was
 * read before. */
START_TEST(members_spaced_then_posts_held_by_many)
{
	json_t *plan = plan_from_text(
		"洮川县第二中学2026年国家安全教育日活动方案\n"
		"一、活动时间\n"
		"2026年4月13日至17日。\n"
		"二、组织机构\n"
		"组　长：校　长　张志鹏\n"
		"成　员：政教处主任　杨国栋　　总务处主任　王　宏　　各年级组长、各班主任\n");
	json_t *members = json_object_get(json_object_get(plan, "committee"), "members");
	ck_assert_uint_eq(json_array_size(members), 4);
	ck_assert_str_eq(json_string_value(json_array_get(members, 0)), "政教处主任杨国栋");
	ck_assert_str_eq(json_string_value(json_array_get(members, 1)), "总务处主任王宏");
	ck_assert_str_eq(json_string_value(json_array_get(members, 2)), "各年级组长");
	ck_assert_str_eq(json_string_value(json_array_get(members, 3)), "各班主任");
	json_decref(plan);
	plan = plan_from_text(
		"洮川县第二中学2026年国家安全教育日活动方案\n"
		"一、活动时间\n"
		"2026年4月13日至17日。\n"
		"二、组织机构\n"
		"组　长：校　长　张志鹏\n"
		"成　员：政教处主任　杨国栋　　家长代表若干\n");
	members = json_object_get(json_object_get(plan, "committee"), "members");
	ck_assert_uint_eq(json_array_size(members), 1);
	ck_assert_ptr_nonnull(strstr(json_string_value(json_array_get(members, 0)), "家长代表若干"));
	json_decref(plan);
}
END_TEST

/* 各乡镇认真总结后形成书面材料，于…前报Y: the clause of the date sends
 * what the clause before it made, whoever made it. */
START_TEST(a_clause_of_a_date_sends_what_was_made_before)
{
	json_t *plan = plan_from_text(
		"汝川县2026年国家安全教育日活动方案\n"
		"一、活动时间\n"
		"2026年4月13日至17日。\n"
		"二、工作要求\n"
		"（四）及时总结。各乡镇认真总结后形成书面材料，于4月24日（星期五）前报县司法局。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(d, "what"), "报送书面材料");
	ck_assert_str_eq(field(d, "due"), "2026-04-24");
	json_decref(plan);
}
END_TEST

/* 联系电话（兼传真）：X　手机：Y: a remark in brackets after a number's
 * label is the number's; both numbers are the person's. */
START_TEST(a_remark_between_a_label_and_its_number)
{
	json_t *plan = plan_from_text(
		"桐岭镇2026年食品安全宣传周活动方案\n"
		"一、活动时间\n"
		"2026年6月8日至14日。\n"
		"联系人：镇食安办　邹丽萍　联系电话（兼传真）：0796-5326117　手机：13879625418\n"
		"联系人：王芳，联系电话（兼传真）：0796-5326228；李强，联系电话（兼传真）：0796-5326229\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 4);
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_str_eq(field(json_array_get(contacts, 0), "phone"), "0796-5326117");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "phone"), "13879625418");
	ck_assert_str_eq(field(json_array_get(contacts, 2), "name"), "王芳");
	ck_assert_str_eq(field(json_array_get(contacts, 2), "phone"), "0796-5326228");
	ck_assert_str_eq(field(json_array_get(contacts, 3), "name"), "李强");
	ck_assert_str_eq(field(json_array_get(contacts, 3), "phone"), "0796-5326229");
	json_decref(plan);
}
END_TEST

/* 参训人员由各村（社区）负责通知到位，每村（社区）不少于5人，参训名单请于
 * 6月9日下班前报X: the 于 of the date, not of 不少于; whom 由 names sends. */
START_TEST(the_yu_of_a_date_and_the_sender_by_you)
{
	json_t *plan = plan_from_text(
		"桐岭镇2026年食品安全宣传周活动方案\n"
		"一、活动时间\n"
		"2026年6月8日至14日。\n"
		"二、工作要求\n"
		"参训人员由各村（社区）负责通知到位，每村（社区）不少于5人，参训名单请于6月9日（星期二）下班前报桐岭市场监管所。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(d, "what"), "报送参训名单");
	ck_assert_str_eq(field(d, "due"), "2026-06-09");
	json_t *who = json_object_get(d, "who");
	ck_assert_uint_eq(json_array_size(who), 1);
	ck_assert_str_eq(json_string_value(json_array_get(who, 0)), "各村（社区）");
	json_decref(plan);
}
END_TEST

/* A second reading's cases: a lead-in pointing to a form (报名表见附件),
 * or items with days of their own, keep the items; the rows take their
 * place only for items that are mostly undated. */
START_TEST(items_with_days_or_a_form_in_the_annex_stay)
{
	static const char *const annex =
		"三、工作要求\n"
		"各单位要认真组织。\n"
		"附件1：宪法知识竞赛报名表（略）\n"
		"附件2：宪法宣传资料发放点位安排表\n"
		"序号\t活动名称\t时间\t地点\t责任单位\n"
		"1\t宪法集中宣传\t12月3日\t人民广场\t县司法局\n"
		"2\t法律咨询\t12月4日\t县汽车站\t县交通局\n"
		"3\t普法展板展示\t12月5日\t农贸市场\t县市场监管局\n";
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b,
		      "汝岭县2026年宪法宣传周活动方案\n一、活动时间\n2026年12月1日至12月7日。\n二、主要活动\n"
		      "宣传周期间开展以下活动，参赛报名表见附件1。\n"
		      "（一）宪法宣誓仪式。由县司法局牵头，县人大办配合。\n"
		      "（二）宪法知识竞赛。由县普法办牵头组织。\n%s",
		      annex);
	json_t *plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "宪法宣誓仪式");
	json_decref(plan);
	b = (wp_buf)WP_BUF_INIT;
	wp_buf_printf(&b,
		      "汝岭县2026年宪法宣传周活动方案\n一、活动时间\n2026年12月1日至12月7日。\n二、主要活动\n"
		      "（一）宪法宣誓仪式。12月4日上午9时在县行政中心举行。\n"
		      "（二）宪法知识竞赛。12月6日在县文化馆举行。\n%s",
		      annex);
	plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "宪法知识竞赛");
	json_decref(plan);
}
END_TEST

/* The second reading's cases of who sends and what: a 由 inside the
 * thing put to be sent names no sender; a 形成 inside a phrase makes
 * nothing; 请各单位填写X，于…报Y: 各单位 send X. */
START_TEST(you_inside_the_thing_and_a_phrase_of_forming)
{
	json_t *plan = plan_from_text(
		"汝川县2026年食品安全宣传周活动方案\n一、活动时间\n2026年6月15日至21日。\n二、工作要求\n"
		"（一）县直各单位将由本单位推荐的先进个人名单于6月20日前报县食安办。\n"
		"（二）请各乡镇将由村级推荐的典型案例于6月20日前报县食安办。\n"
		"（三）各乡镇要在形成工作合力的基础上认真总结，于6月24日前报县食安办。\n"
		"（四）请各单位填写附件，于6月26日前报县食安办。\n"
		"（五）各乡镇将由镇综治办负责审核的名单于6月28日前报县食安办。\n");
	json_t *dl = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dl), 4);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(json_array_get(dl, 3), "who"), 0)),
			 "各乡镇");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(json_array_get(dl, 0), "who"), 0)),
			 "县直各单位");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(json_array_get(dl, 1), "who"), 0)),
			 "各乡镇");
	ck_assert_str_eq(field(json_array_get(dl, 2), "due"), "2026-06-26");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(json_array_get(dl, 2), "who"), 0)),
			 "各单位");
	json_decref(plan);
}
END_TEST

/* The second reading's cases of deputies: a clause of a duty or a role
 * of its own (负责日常协调, 任常务副组长, 任办公室主任) is no deputy;
 * 办公室副主任刘建新 holds 主任 in a post. */
START_TEST(a_duty_or_a_role_between_chair_and_deputies)
{
	static const char *const between[] = {"县委办主任负责日常协调工作", "县委常委、常务副县长王立新任常务副组长",
					      "县政府办公室主任陈刚任办公室主任"};
	for (size_t k = 0; k < sizeof between / sizeof *between; k++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b,
			      "汝川县2026年宪法宣传周活动方案\n一、活动时间\n2026年12月1日至7日。\n二、组织领导\n"
			      "成立领导小组，由县长张建国任组长，%s，副县长李明任副组长，成员由县司法局、县教育局组成。\n",
			      between[k]);
		json_t *plan = plan_from_text(wp_buf_str(&b));
		wp_buf_free(&b);
		json_t *vice = json_object_get(json_object_get(plan, "committee"), "vice_chair");
		ck_assert_uint_eq(json_array_size(vice), 1);
		ck_assert_str_eq(json_string_value(json_array_get(vice, 0)), "副县长李明");
		json_decref(plan);
	}
	json_t *plan = plan_from_text(
		"汝川县2026年宪法宣传周活动方案\n一、活动时间\n2026年12月1日至7日。\n二、组织领导\n"
		"成立领导小组，由县长张建国任组长，县人民政府办公室副主任刘建新，县司法局局长唐卫东任副组长。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(json_object_get(plan, "committee"), "vice_chair")), 2);
	json_decref(plan);
	/* a 组委会's 主任 and 副主任 alike */
	plan = plan_from_text(
		"沂川市2026年科技活动周活动方案\n一、活动时间\n2026年5月23日至30日。\n二、组织领导\n"
		"成立组委会，由市政府副市长赵明远任主任，市科技局局长孙立群，市科协党组书记、主席周文彦任副主任，"
		"成员由市委宣传部、市教育局分管负责同志组成。\n");
	json_t *vice = json_object_get(json_object_get(plan, "committee"), "vice_chair");
	ck_assert_uint_eq(json_array_size(vice), 2);
	ck_assert_str_eq(json_string_value(json_array_get(vice, 0)), "市科技局局长孙立群");
	json_decref(plan);
}
END_TEST

/* 电话（兼传真）：0796-5326117转8023: the extension stays with its number. */
START_TEST(a_remarked_labels_number_keeps_its_extension)
{
	json_t *plan = plan_from_text(
		"桐岭镇2026年食品安全宣传周活动方案\n一、活动时间\n2026年6月8日至14日。\n"
		"联系人：张明，电话（兼传真）：0796-5326117转8023。\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "contacts"), 0), "phone"), "0796-5326117转8023");
	json_decref(plan);
}
END_TEST

/* A pdftotext -layout copy: the header's names stand right of where the
 * rows' cells start (centred over their columns); the rests of long
 * cells sit under their own columns, a unit list ending in 、 goes on in
 * its own cell even where the row left a cell empty. */
START_TEST(a_layout_tables_rows_set_its_columns)
{
	json_t *plan = plan_from_text(
		"鹤川市2026年全民国家安全教育日宣传活动方案\n"
		"一、活动时间\n"
		"2026年4月10日至17日。\n"
		"二、活动安排\n"
		"序号       活动内容                        时间                  地点                        责任单位\n"
		" 1    集中宣传启动仪式                  4月15日（星期三）   鹤川市人民广场            市人民防线办、市委宣传部、\n"
		"                                        上午9:30                                      市国家安全局\n"
		" 2    国家安全教育“六进”宣传活动      4月10日—4月17日                              各县（市、区）人民防线办、\n"
		"                                                                                      市教育体育局\n"
		" 3    国家安全法治专题讲座              4月14日（星期二）   市委党校报告厅            市委政法委、市委党校\n"
		"                                        下午3:00\n"
		"三、工作要求\n"
		"各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "time"), "09:30");
	ck_assert_str_eq(field(a, "location"), "鹤川市人民广场");
	json_t *all = json_array();
	json_array_extend(all, json_object_get(a, "lead"));
	json_array_extend(all, json_object_get(a, "cooperate"));
	ck_assert_uint_eq(json_array_size(all), 3);
	ck_assert_str_eq(json_string_value(json_array_get(all, 2)), "市国家安全局");
	json_decref(all);
	a = plan_activity(plan, 1);
	ck_assert_ptr_null(field(a, "location"));
	all = json_array();
	json_array_extend(all, json_object_get(a, "lead"));
	json_array_extend(all, json_object_get(a, "cooperate"));
	ck_assert_uint_eq(json_array_size(all), 2);
	ck_assert_str_eq(json_string_value(json_array_get(all, 1)), "市教育体育局");
	json_decref(all);
	ck_assert_str_eq(field(plan_activity(plan, 2), "time"), "15:00");
	json_decref(plan);
}
END_TEST

/* A post typed in a work group: its period told in prose (时间从11月1日到
 * 30日), a numbered line that only asks for a report by a day (no
 * activity: a deadline), and the sender signing off with a name over the
 * numbers to call (a contact); a name with no number under it none. */
START_TEST(a_work_group_posts_period_request_and_sign_off)
{
	json_t *plan = plan_from_text(
		"筠溪镇安全生产委员会关于开展2026年消防宣传月活动的通知\n"
		"各村（社区）、镇属各单位：\n"
		"今年消防宣传月在全镇集中开展，时间从11月1日到30日，主题是“全民消防 平安筠溪”。\n"
		"1、11月9日（周一）上午九点半，在镇文化礼堂召开全镇消防宣传月启动会。由镇安委办负责，镇消防工作站协助。\n"
		"2、11月13日（周五）下午两点半，在华锦纺织有限公司开展应急疏散演练。由镇企业服务中心负责。\n"
		"3、请各村（社区）在11月20日下班前，把宣传活动开展情况小结发到我邮箱。\n"
		"收到请回复。有不清楚的直接打我手机。\n"
		"镇安委办 俞晓峰\n"
		"手机：13857526318\n"
		"邮箱：yxzawb2026@163.com\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2026-11-01");
	ck_assert_str_eq(field(period, "end"), "2026-11-30");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-11-20");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	json_t *c = json_array_get(json_object_get(plan, "contacts"), 0);
	ck_assert_str_eq(field(c, "name"), "俞晓峰");
	ck_assert_str_eq(field(c, "phone"), "13857526318");
	ck_assert_str_eq(field(c, "email"), "yxzawb2026@163.com");
	json_decref(plan);
	plan = plan_from_text(
		"筠溪镇2026年消防宣传月活动方案\n"
		"一、活动时间\n"
		"2026年11月1日至30日。\n"
		"二、工作要求\n"
		"各村要高度重视。\n"
		"俞晓峰\n"
		"2026年10月28日\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 0);
	json_decref(plan);
}
END_TEST

/* 各承办单位要在活动当天将活动信息报X: once a day of each activity, no
 * due date; the hour of that day is the rule's (活动当天下午6点前). */
START_TEST(each_activitys_day_is_a_rule)
{
	json_t *plan = plan_from_text(
		"沂川市2026年科技活动周活动方案\n一、活动时间\n2026年5月23日至30日。\n二、工作要求\n"
		"（一）活动周期间，各承办单位要在活动当天将活动信息（文字稿及照片2至3张）报组委会办公室。\n"
		"（二）各牵头单位于活动当天下午6点前将活动图片报市科协。\n");
	json_t *dl = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dl), 2);
	ck_assert_str_eq(field(json_array_get(dl, 0), "rule"), "活动当天");
	ck_assert_ptr_null(field(json_array_get(dl, 0), "due"));
	ck_assert_str_eq(field(json_array_get(dl, 1), "rule"), "活动当天下午6点前");
	json_decref(plan);
}
END_TEST

/* The second reading's cases of this batch: rows typed with one gap
 * throughout set no columns (a short row is left out, not shifted); an
 * item asking to sign up for an event is the event's; a clause's own
 * 时间从 only names the period; a word (备注), a post (王局长), a table's
 * cell or a list's name is no sign-off. */
START_TEST(second_reading_of_columns_asks_periods_and_sign_offs)
{
	json_t *plan = plan_from_text(
		"青山县2026年科技活动周活动方案\n一、活动时间\n2026年5月17日至23日。\n二、活动安排\n"
		"序号    活动内容    时间    地点    责任单位\n"
		"1    启动仪式    5月17日    县文化广场    县科技局\n"
		"2    科普讲座    5月18日    县第一中学    县科协\n"
		"3    科普展    县图书馆    县教育局\n"
		"三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
	plan = plan_from_text(
		"青山县科学技术局关于开展2026年科技活动周活动的通知\n各中小学：\n"
		"1、5月17日上午9:00在县文化广场举行启动仪式。由县科技局负责。\n"
		"2、请各中小学于5月8日前报名参加全县青少年科技创新大赛，大赛定于5月20日在县青少年宫举行。由县教育局负责。\n"
		"3、请各村（社区）于5月12日前报送参加科普讲解比赛的队员名单。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
	plan = plan_from_text(
		"青山镇关于开展2026年全民阅读月活动的通知\n各村（社区）：\n"
		"镇图书馆开放时间从4月1日至4月30日调整为每天9:00至20:00。"
		"今年全民阅读月活动于4月10日至5月10日在全镇开展。\n"
		"1、4月10日上午9:00在镇文化广场举行启动仪式。由镇文化站负责。\n");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-04-10");
	json_decref(plan);
	static const char *const no_sign_off[] = {
		"备注\n演练当天如遇雨天顺延。\n咨询电话：0576-88512345\n",
		"王局长\n电话：0576-88512346\n",
		"县科技局\n0571-88012345\n王丽\n县科协\n0571-88012346\n",
		"成　员：\n张伟\n赵敏\n办公室电话：0571-88012345\n"};
	for (size_t k = 0; k < sizeof no_sign_off / sizeof *no_sign_off; k++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b,
			      "青山镇关于开展2026年全民阅读月活动的通知\n各村（社区）：\n"
			      "今年全民阅读月活动于4月10日至5月10日在全镇开展。\n"
			      "1、4月10日上午9:00在镇文化广场举行启动仪式。由镇文化站负责。\n%s",
			      no_sign_off[k]);
		plan = plan_from_text(wp_buf_str(&b));
		wp_buf_free(&b);
		ck_assert_msg(plan_count(plan, "contacts") == 0, "case %zu read a sign-off", k);
		json_decref(plan);
	}
	plan = plan_from_text(
		"青山镇关于开展2026年全民阅读月活动的通知\n各村（社区）：\n"
		"1、4月10日上午9:00在镇文化广场举行启动仪式。由镇文化站负责。\n"
		"镇文化站 欧阳蕾\n手机：13857526318\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "contacts"), 0), "name"), "欧阳蕾");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round77");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, an_annex_table_of_other_names_holds_the_activities);
	tcase_add_test(tc, joint_issuers_a_party_office_first);
	tcase_add_test(tc, deputies_each_a_clause);
	tcase_add_test(tc, members_spaced_then_posts_held_by_many);
	tcase_add_test(tc, a_clause_of_a_date_sends_what_was_made_before);
	tcase_add_test(tc, a_remark_between_a_label_and_its_number);
	tcase_add_test(tc, the_yu_of_a_date_and_the_sender_by_you);
	tcase_add_test(tc, items_with_days_or_a_form_in_the_annex_stay);
	tcase_add_test(tc, you_inside_the_thing_and_a_phrase_of_forming);
	tcase_add_test(tc, a_duty_or_a_role_between_chair_and_deputies);
	tcase_add_test(tc, a_remarked_labels_number_keeps_its_extension);
	tcase_add_test(tc, a_layout_tables_rows_set_its_columns);
	tcase_add_test(tc, a_work_group_posts_period_request_and_sign_off);
	tcase_add_test(tc, each_activitys_day_is_a_rule);
	tcase_add_test(tc, second_reading_of_columns_asks_periods_and_sign_offs);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
