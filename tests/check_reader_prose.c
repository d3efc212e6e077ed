/* check_reader_prose.c - habits of the genre that the third round of
 * hold-out notices (g43..g47) and the township notice g39 showed, each on
 * a small text of its own: notices written in prose (activities as plain
 * paragraphs, units only in 由X牵头 sentences, a committee in one
 * sentence), items under more than one heading, parts of months, and
 * contacts and recipients written the way small offices write them. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "plan.h"
#include "testutil.h"

/* 9月中旬, 4月中下旬: an activity about those days, not on them, stays
 * undated (and without the words, where the notice has its year); 9月份
 * and 全月 are the whole month, and a part of a month that is the
 * campaign period itself is the period. */
START_TEST(a_part_of_a_month_is_no_date)
{
	json_t *plan = plan_from_text("某某市2027年质量月活动方案\n一、活动时间\n2027年9月1日至30日\n二、活动安排\n"
				 "（一）企业质量开放日。9月中旬，组织企业开放生产车间。由市工信局牵头。\n"
				 "（二）工程质量观摩。9月中下旬，组织观摩。由市住建局牵头。\n"
				 "（三）质量提升进企业。9月份，深入企业帮扶。由市市场监管局牵头。\n"
				 "三、工作要求\n（一）高度重视。\n");
	for (size_t i = 0; i < 2; i++) {
		ck_assert_ptr_null(field(plan_activity(plan, i), "start"));
		ck_assert_ptr_null(field(plan_activity(plan, i), "end"));
		ck_assert_ptr_null(field(plan_activity(plan, i), "date_text"));
	}
	/* what it says of when is kept where the clerk sees it */
	ck_assert_str_eq(field(plan_activity(plan, 0), "notes"), "时间：9月中旬");
	ck_assert_str_eq(field(plan_activity(plan, 1), "notes"), "时间：9月中下旬");
	ck_assert_ptr_null(field(plan_activity(plan, 2), "notes"));
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2027-09-01");
	ck_assert_str_eq(field(plan_activity(plan, 2), "end"), "2027-09-30");
	json_decref(plan);
	/* 全月，… (g45): the whole month, as 9月份 */
	plan = plan_from_text("某某市2027年质量月活动方案\n一、活动时间\n2027年9月1日至30日\n二、活动安排\n"
			 "（一）问诊服务。全月，组织专家深入企业，全月服务企业不少于80家。由市市场监管局牵头。\n"
			 "三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2027-09-01");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2027-09-30");
	json_decref(plan);
	plan = plan_from_text("某某县2027年国家安全教育日活动方案\n一、活动时间\n4月上旬至4月中旬，集中宣传日为4月15日。\n二、活动安排\n"
			 "（一）国家安全进社区。4月上旬至4月中旬，开展宣讲。由县委宣传部牵头。\n"
			 "三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2027-04-01");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2027-04-20");
	json_decref(plan);
}
END_TEST

/* 3月15日前后 (g46), 12月4日前后 (g08): around a day is no date either. */
START_TEST(around_a_day_is_no_date)
{
	json_t *plan = plan_from_text("某某街道2027年3·15宣传活动方案\n一、活动时间\n2027年3月9日至15日\n二、活动安排\n"
				 "（一）联合检查。3月15日前后，开展联合检查。由街道执法队牵头。\n"
				 "（二）集中宣传。3月13日上午，开展宣传。由市场监管所牵头。\n"
				 "三、工作要求\n（一）高度重视。\n");
	ck_assert_ptr_null(field(plan_activity(plan, 0), "start"));
	ck_assert_ptr_null(field(plan_activity(plan, 0), "end"));
	ck_assert_str_eq(field(plan_activity(plan, 0), "notes"), "时间：3月15日前后");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2027-03-13");
	json_decref(plan);
}
END_TEST

/* 四、集中宣传活动 （一）（二） then 五、系列活动 （一）: items numbered
 * afresh under two headings are all activities, numbered heading.item
 * (g43). (Under one heading they keep their own numbers: the genre
 * fixtures pin that.) */
START_TEST(items_under_two_headings)
{
	json_t *plan = plan_from_text("某某省2027年宪法宣传周活动方案\n一、活动时间\n2027年12月1日至7日\n"
				 "二、集中宣传活动\n"
				 "（一）启动仪式\n12月4日上午，在省会广场举行。由省司法厅牵头。\n"
				 "（二）宪法宣誓\n12月4日下午，组织宣誓。由省人大常委会办公厅牵头。\n"
				 "三、系列活动\n"
				 "（一）宪法进校园\n宣传周期间，在中小学校开展晨读。由省教育厅牵头。\n"
				 "四、工作要求\n（一）高度重视。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "二.一");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "二.二");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "三.一");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "宪法进校园");
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2027-12-01");
	json_decref(plan);
}
END_TEST

/* A township's notice in plain prose (g39): a paragraph that names a day
 * (or a part of a month), an event verb with its object and who leads it
 * is an activity, titled by the verb's object; the preamble and the
 * requirements (a date, a verb, but no 由X牵头, or a day things are due
 * by) are not. */
START_TEST(prose_paragraphs_are_activities)
{
	json_t *plan = plan_from_text("某某镇人民政府\n关于开展2027年“安全生产月”活动的通知\n\n各村（社区）：\n\n"
				 "经镇党委研究，决定在全镇开展2027年“安全生产月”活动，活动时间为2027年6月1日至6月30日。"
				 "现将有关事项通知如下。\n\n"
				 "镇安委办要在6月上旬召开全镇动员部署会。"
				 "6月5日上午9时，在镇政府三楼会议室召开全镇动员部署会，由镇安委办牵头，镇应急办配合。\n\n"
				 "6月16日是“安全宣传咨询日”。镇里当天开展“安全宣传咨询日”活动，上午8时30分在某某农贸市场门前"
				 "设立咨询台。这项活动由镇应急办牵头。\n\n"
				 "6月上中旬，各村（社区）要开展“安全知识进万家”宣传。这项工作由各村（社区）负责，镇应急办督导。\n\n"
				 "6月26日下午3时，在某某木业公司开展一次应急演练。由镇应急办牵头，镇安监站配合。\n\n"
				 "各村（社区）要高度重视，于5月29日前组织开展自查，将联络员名单报镇安委办。\n\n"
				 "各企业于5月30日前组织开展隐患自查，由镇安委办负责汇总。\n\n"
				 "某某镇人民政府\n\n2027年5月25日\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 4);
	/* the day, not the part of the month that announced it; 在6月上旬 is
	 * no place */
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "全镇动员部署会");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2027-06-05");
	ck_assert_str_eq(field(plan_activity(plan, 0), "time"), "09:00");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "镇政府三楼会议室");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(plan_activity(plan, 0), "lead"), 0)), "镇安委办");
	/* a place before a gate (门前) is a place, not a time (…前) */
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "“安全宣传咨询日”活动");
	ck_assert_str_eq(field(plan_activity(plan, 1), "time"), "08:30");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "某某农贸市场门前");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "“安全知识进万家”宣传");
	ck_assert_ptr_null(field(plan_activity(plan, 2), "start"));
	ck_assert_str_eq(field(plan_activity(plan, 3), "title"), "应急演练");
	ck_assert_str_eq(field(plan_activity(plan, 3), "time"), "15:00");
	json_decref(plan);
}
END_TEST

static const char *submit_to(json_t *plan, size_t i)
{
	return field(json_array_get(json_object_get(plan, "deadlines"), i), "submit_to");
}

/* 报X，电子版发送至addr (g43, g46, g26): the report goes to X, its copy to
 * X's mailbox: X（邮箱：addr）, not the bare address; 发送至学生处邮箱addr
 * names whose mailbox it is. */
START_TEST(a_report_and_its_electronic_copy)
{
	json_t *plan = plan_from_text("某某县2027年宣传周活动方案\n一、活动时间\n2027年5月10日至16日\n二、活动安排\n"
				 "（一）启动仪式。5月10日上午9:00，在县政府广场举行，由县科协牵头。\n"
				 "三、工作要求\n"
				 "（一）及时报送。各单位于5月20日前将活动总结报工作专班办公室，电子版发送至zb@example.cn。\n"
				 "（二）各年级组于5月21日前将选手名单发送至学生处邮箱xs@example.cn。\n"
				 "（三）各单位于5月25日前将图片报县科协科普部，电子邮箱：kp@example.cn。\n"
				 "（四）各校于5月28日前将方案报镇应急办备案；6月5日前将总结报镇应急办，"
				 "电子版发送至yj@example.cn。\n");
	ck_assert_str_eq(submit_to(plan, 0), "工作专班办公室（邮箱：zb@example.cn）");
	/* a unit's mailbox without a label is written as a labelled one (g68, g120) */
	ck_assert_str_eq(submit_to(plan, 1), "学生处（邮箱：xs@example.cn）");
	/* the mailbox labelled right after the unit is the unit's (g36, g49) */
	ck_assert_str_eq(submit_to(plan, 2), "县科协科普部（邮箱：kp@example.cn）");
	/* 报X备案 (for the record, g51, g16) sends to X; the copy after the ；
	 * is the next clause's */
	ck_assert_str_eq(submit_to(plan, 3), "镇应急办");
	ck_assert_str_eq(submit_to(plan, 4), "镇应急办（邮箱：yj@example.cn）");
	json_decref(plan);
}
END_TEST

/* 决定于3月9日至3月15日在全街道开展…活动 (g46, g14's cover): with no 活动
 * 时间 heading, the days a preamble decides are the period, not the month
 * they fall in. */
START_TEST(the_days_a_preamble_decides)
{
	json_t *plan = plan_from_text("某某街道办事处关于开展2027年“3·15”宣传活动的通知\n\n各社区：\n\n"
				 "经研究，决定于3月9日至3月15日在全街道开展“3·15”宣传活动，主题为“放心消费”。"
				 "现将有关事项通知如下。\n\n一、活动安排\n"
				 "1.集中宣传。3月13日上午，在文化广场举办宣传活动。由市场监管所牵头。\n"
				 "二、工作要求\n各社区要高度重视。\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2027-03-09");
	ck_assert_str_eq(field(period, "end"), "2027-03-15");
	json_decref(plan);
}
END_TEST

static json_t *contact(json_t *plan, size_t i)
{
	return json_array_get(json_object_get(plan, "contacts"), i);
}

/* Two persons on one 联系人 line, each office + name + landline + mobile,
 * the landline with a remark in brackets (g46): one row per number; and a
 * second person on an indented line under the first, name and number
 * without a label (g43). */
START_TEST(contacts_as_small_offices_write_them)
{
	json_t *plan = plan_from_text("某某县2027年宣传周活动方案\n一、活动时间\n2027年5月10日至16日\n二、活动安排\n"
				 "（一）启动仪式。5月10日上午9:00，在县政府广场举行，由县科协牵头。\n"
				 "三、工作要求\n（一）高度重视。\n"
				 "联系人：街道党政办 覃丽萍 0771-5632108（兼传真）、13977152648；"
				 "朝阳湾市场监管所 黄志明 0771-5632290、18977136502\n");
	static const char *const want[][2] = {{"覃丽萍", "0771-5632108"}, {"覃丽萍", "13977152648"},
					      {"黄志明", "0771-5632290"}, {"黄志明", "18977136502"}};
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 4);
	for (size_t i = 0; i < 4; i++) {
		ck_assert_str_eq(field(contact(plan, i), "name"), want[i][0]);
		ck_assert_str_eq(field(contact(plan, i), "phone"), want[i][1]);
	}
	json_decref(plan);
	plan = plan_from_text("某某县2027年宣传周活动方案\n一、活动时间\n2027年5月10日至16日\n二、活动安排\n"
			 "（一）启动仪式。5月10日上午9:00，在县政府广场举行，由县科协牵头。\n"
			 "三、工作要求\n（一）高度重视。\n"
			 "联 系 人：武一鸣　0351-4567213\n"
			 "　　　　　王晓丽　0351-4567208\n\n某某县科协\n\n2027年4月20日\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 2);
	ck_assert_str_eq(field(contact(plan, 1), "name"), "王晓丽");
	ck_assert_str_eq(field(contact(plan, 1), "phone"), "0351-4567208");
	json_decref(plan);
}
END_TEST

/* The units of an item as a list line (lead|cooperate, 、 between). */
static const char *units_of(const char *item)
{
	static char buf[512];
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "某某省2027年宪法宣传周活动方案\n一、活动时间\n2027年12月1日至7日\n二、活动安排\n"
			  "（一）宪法宣讲。12月2日至6日，组织宣讲团开展宣讲。%s\n三、工作要求\n（一）高度重视。\n",
		      item);
	json_t *plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	json_t *a = plan_activity(plan, 0);
	wp_buf line = WP_BUF_INIT;
	const char *keys[] = {"lead", "cooperate"};
	for (size_t k = 0; k < 2; k++) {
		size_t i;
		json_t *v;
		json_array_foreach(json_object_get(a, keys[k]), i, v)
			wp_buf_printf(&line, "%s%s", i ? "、" : "", json_string_value(v));
		if (k == 0)
			wp_buf_puts(&line, "|");
	}
	snprintf(buf, sizeof buf, "%s", wp_buf_str(&line));
	wp_buf_free(&line);
	json_decref(plan);
	return buf;
}

/* Units only in prose (g43, g39, g46): the lead's clause may go on
 * (负责组织实施) before the helpers' clause; 会同Y、Z names helpers;
 * 由X组织实施 leads and Y负责指导 helps; the last helper may be joined by
 * 和, which names hold too (市工业和信息化局). */
START_TEST(units_only_in_prose)
{
	ck_assert_str_eq(units_of("由各市司法局负责组织实施，省法律援助中心、省律师协会配合。"),
			 "各市司法局|省法律援助中心、省律师协会");
	ck_assert_str_eq(units_of("由镇安监站牵头，会同镇派出所、镇市场监督管理所，对辖区企业开展检查。"),
			 "镇安监站|镇派出所、镇市场监督管理所");
	ck_assert_str_eq(units_of("此项工作由各社区居委会组织实施，街道社会事务办负责指导。"),
			 "各社区居委会|街道社会事务办");
	ck_assert_str_eq(units_of("由镇应急办牵头，镇派出所、镇市场监督管理所和阁山村配合。"),
			 "镇应急办|镇派出所、镇市场监督管理所、阁山村");
	ck_assert_str_eq(units_of("由省司法厅牵头，省工业和信息化厅配合。"), "省司法厅|省工业和信息化厅");
}
END_TEST

/* A portal's copy opens with the site's name (宁川市人民政府门户网站),
 * which is no issuer; the issuer's name holds a goal, 质量强市 (to make
 * the city strong in quality), which is no place: the region is the
 * city's, and the text's short name 市质强办 is the issuer's (g45). */
START_TEST(a_portals_site_and_a_goal_in_the_issuers_name)
{
	json_t *plan = plan_from_text("宁川市人民政府门户网站\n当前位置：首页 > 政务公开 > 部门文件\n"
				 "发文机关：\n宁川市质量强市建设领导小组办公室\n发文字号：\n宁质强办〔2027〕3号\n"
				 "关于印发《2027年宁川市“质量月”活动方案》的通知\n"
				 "市质强办研究制定了《2027年宁川市“质量月”活动方案》，现印发给你们。\n"
				 "宁川市质量强市建设领导小组办公室\n2027年8月25日\n"
				 "2027年宁川市“质量月”活动方案\n一、活动时间\n2027年9月1日至30日\n二、主要活动\n"
				 "（一）启动仪式。9月1日上午9:30，在市民中心举行。牵头单位：市质强办\n"
				 "三、工作要求\n（一）加强组织实施。\n");
	ck_assert_str_eq(field(plan, "organizer"), "宁川市质量强市建设领导小组办公室");
	ck_assert_str_eq(field(plan, "region"), "宁川市");
	json_t *units = json_object_get(plan, "units");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(json_array_get(units, 0), "aliases"), 0)),
			 "市质强办");
	json_decref(plan);
}
END_TEST

/* 县科技馆、…和岚溪湿地公园科普长廊免费向公众开放 (g47): a gallery
 * (长廊) is a site too, and the sites that open are the place. */
START_TEST(a_gallery_that_opens_is_a_place)
{
	json_t *plan = plan_from_text("某某县2027年科技活动周活动方案\n一、活动时间\n2027年5月16日至22日\n二、活动安排\n"
				 "（一）科普场馆免费开放。活动周期间，县科技馆和湿地公园科普长廊免费向公众开放。"
				 "由县科协牵头。\n三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "县科技馆和湿地公园科普长廊");
	json_decref(plan);
}
END_TEST

/* A table aligned by spaces (g44): a cell that overflows its column
 * leaves one space before the next column's text, and a cell wrapped
 * onto a line of its own stands indented under its column. */
START_TEST(a_table_aligned_by_spaces)
{
	json_t *plan = plan_from_text(
		"某某区2027年食品安全宣传周活动方案\n一、活动时间\n2027年6月21日至27日\n二、活动安排\n"
		"具体安排见下表。\n"
		"序号  活动名称              时间                    地点              牵头单位    配合单位\n"
		"1     明厨亮灶开放日        6月25日上午             城南美食街        区商务局    区市场监管局、区餐饮\n"
		"                                                                                  行业协会\n"
		"2     法律法规进社区宣讲    6月26日（星期六）上午9:00 清河社区服务中心  区司法局    区市场监管局\n"
		"三、工作要求\n（一）高度重视。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 2);
	json_t *coop = json_object_get(plan_activity(plan, 0), "cooperate");
	ck_assert_str_eq(json_string_value(json_array_get(coop, 1)), "区餐饮行业协会");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "清河社区服务中心");
	ck_assert_str_eq(field(plan_activity(plan, 1), "time"), "09:00");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(plan_activity(plan, 1), "lead"), 0)), "区司法局");
	json_decref(plan);
}
END_TEST

/* A committee in one sentence whose member list writes its level once
 * (街道经济发展办、党政办…, g46): the members are read as listed, even
 * where the text writes one with the level elsewhere (街道党政办), as the
 * readings of g139, g155, g161 and g170 take them. */
START_TEST(a_member_list_writes_its_level_once)
{
	json_t *plan = plan_from_text("某某街道2027年宣传活动方案\n一、组织领导\n"
				 "街道成立由办事处副主任李雪梅任组长的活动工作小组，成员由街道经济发展办、党政办、"
				 "社会事务办和朝阳湾市场监管所负责人组成。\n"
				 "二、活动安排\n1.集中宣传。3月13日上午，在文化广场举办宣传活动。由朝阳湾市场监管所牵头。\n"
				 "三、工作要求\n请于3月6日前将联络员名单报街道党政办。\n");
	json_t *members = json_object_get(json_object_get(plan, "committee"), "members");
	ck_assert_uint_eq(json_array_size(members), 4);
	ck_assert_str_eq(json_string_value(json_array_get(members, 0)), "街道经济发展办");
	ck_assert_str_eq(json_string_value(json_array_get(members, 1)), "党政办");
	ck_assert_str_eq(json_string_value(json_array_get(members, 2)), "社会事务办");
	json_decref(plan);
}
END_TEST

/* 一是…。二是…。三是… run on in one paragraph under a group heading
 * （一） that says nothing of its own (g48): each part is an item of that
 * group, numbered group.part (一.1, 一.2) as 1. 2. under （一） are, with
 * its own date and units; the group heading is no activity. */
START_TEST(parts_run_on_under_a_group_heading)
{
	json_t *plan = plan_from_text("某某县2027年禁毒宣传月活动方案\n一、活动时间\n2027年6月1日至6月30日。\n"
				 "二、活动内容\n（一）集中宣传\n"
				 "一是举办启动仪式。6月4日上午9:00，在县城广场举行。由县公安局牵头，县司法局配合。"
				 "二是举办文艺晚会。6月26日晚上7:30，在县文化馆举办。由县文旅局牵头，县融媒体中心配合。\n"
				 "（二）宣传进校园\n一是开展主题班会。6月8日至6月12日，由县教育局负责。"
				 "二是参观教育基地。6月15日，由县教育局会同团县委，组织学生参观。\n"
				 "三、工作要求\n一是压实责任。各单位要明确一名联络员。二是及时报送。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 4);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一.1");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "举办启动仪式");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "一.2");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2027-06-26");
	ck_assert_str_eq(field(plan_activity(plan, 1), "time"), "19:30");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(plan_activity(plan, 1), "lead"), 0)), "县文旅局");
	ck_assert_str_eq(field(plan_activity(plan, 3), "no"), "二.2");
	/* 由X会同Y: the 由 is no part of the lead's name */
	ck_assert_str_eq(names(plan_activity(plan, 3), "lead"), "县教育局");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(plan_activity(plan, 3), "cooperate"), 0)), "团县委");
	json_decref(plan);
}
END_TEST

/* Activities only in an annex table written between bars (a Word table
 * saved as Markdown, g49): its rule row |---| is no row, a date written
 * 3.22 may run on into its time (3.22上午9:00), and a single 责任单位
 * cell that says X牵头，Y配合 is read as it says. */
START_TEST(an_annex_table_between_bars)
{
	json_t *plan = plan_from_text("关于开展2027年“世界水日”宣传活动的通知\n一、活动时间\n2027年3月22日至3月28日。\n"
				 "二、活动安排\n具体安排见附件1。\n三、有关要求\n（一）加强组织。\n"
				 "附件1\n活动安排表\n"
				 "| 序号 | 活动内容 | 时间 | 地点 | 责任单位 |\n"
				 "|---|---|---|---|---|\n"
				 "| 1 | 启动仪式 | 3.22上午9:00 | 滨河公园 | 区水利局牵头，区融媒体中心、湖滨街道配合 |\n"
				 "| 2 | 水法规进社区 | 3月23日 |  | 区水利局、湖滨街道 |\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "start"), "2027-03-22");
	ck_assert_str_eq(field(a, "time"), "09:00");
	ck_assert_str_eq(field(a, "location"), "滨河公园");
	ck_assert_str_eq(names(a, "lead"), "区水利局");
	ck_assert_str_eq(names(a, "cooperate"), "区融媒体中心、湖滨街道");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "水法规进社区");
	ck_assert_ptr_null(json_string_value(json_object_get(plan_activity(plan, 1), "location")));
	json_decref(plan);
}
END_TEST

/* A 回执 form in an annex whose closing line says the body's deadline
 * again (g49, as g35's readings count it): one deadline, the body's,
 * going to the unit with the address the annex adds. */
START_TEST(an_annex_says_a_deadline_again)
{
	json_t *plan = plan_from_text("某某区2027年宣传活动方案\n一、活动时间\n2027年3月22日至3月28日。\n"
				 "二、活动安排\n（一）启动仪式。3月22日上午9:00，在滨河公园举行，由区水利局牵头。\n"
				 "三、有关要求\n参加启动仪式的单位请填写回执（附件2），于3月15日前将回执报送区水利局办公室。\n"
				 "附件2\n启动仪式参加回执\n"
				 "请于3月15日前将回执报送区水利局办公室（邮箱：sl@example.cn）。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 1);
	ck_assert_str_eq(submit_to(plan, 0), "区水利局办公室（邮箱：sl@example.cn）");
	json_decref(plan);
}
END_TEST

/* A standing joint meeting (联席会议, g48) in prose: 召集人 chairs and
 * 副召集人 are its deputies, persons written post then name as the text
 * has them (the chair's post may hold a 、); 成员单位为… ends with its
 * sentence; 办公室设在 names the office. */
START_TEST(a_joint_meeting_and_its_conveners)
{
	json_t *plan = plan_from_text("某某县2027年禁毒宣传月活动方案\n一、活动时间\n2027年6月1日至6月30日。\n"
				 "二、组织领导\n宣传月活动由县禁毒工作联席会议统筹组织。联席会议召集人由副县长、"
				 "县公安局局长王一鸣担任，副召集人由县委宣传部副部长李雪、县公安局政委赵刚担任；"
				 "成员单位为县委宣传部、县教育局和各乡镇人民政府。联席会议办公室设在县公安局，"
				 "负责日常调度。\n"
				 "三、活动内容\n（一）启动仪式。6月5日上午9:00，在县城广场举行，由县公安局牵头。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "副县长、县公安局局长王一鸣");
	ck_assert_str_eq(names(c, "vice_chair"), "县委宣传部副部长李雪、县公安局政委赵刚");
	ck_assert_str_eq(names(c, "members"), "县委宣传部、县教育局、各乡镇人民政府");
	ck_assert_str_eq(names(c, "office"), "县公安局");
	json_decref(plan);
}
END_TEST

/* A committee of persons a line each, name, a wide gap, post (g50), a
 * role written once for the lines under it and a two-character name
 * spaced out (马　骏): each person is 姓名（职务）, as written name first,
 * the post whole even where it holds a 、. */
START_TEST(persons_named_then_their_posts)
{
	json_t *plan = plan_from_text("某某省2027年宣传月活动方案\n一、活动时间\n2027年11月1日至11月30日。\n"
				 "二、组织领导\n省厅成立宣传月活动领导小组，组成人员如下：\n"
				 "组　长：刘振东　省厅党委副书记、常务副厅长\n"
				 "副组长：韩立新　省厅党委委员、副厅长\n"
				 "　　　　金美善　省厅刑事侦查局局长\n"
				 "成　员：王宏宇　省反诈中心主任\n"
				 "　　　　马　骏　省厅科技信息化局副局长\n"
				 "三、活动安排\n（一）启动仪式。11月2日上午9:30，在南湖公园举行，由省反诈中心牵头。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "刘振东（省厅党委副书记、常务副厅长）");
	ck_assert_str_eq(names(c, "vice_chair"), "韩立新（省厅党委委员、副厅长）、金美善（省厅刑事侦查局局长）");
	ck_assert_str_eq(names(c, "members"), "王宏宇（省反诈中心主任）、马骏（省厅科技信息化局副局长）");
	json_decref(plan);
}
END_TEST

/* Label lines under an item that say who carries it out (实施主体：) and
 * who guides it (指导单位：, 指导科室：, g51): the one leads, the other
 * helps, as 负责指导 does in prose. */
START_TEST(who_carries_out_and_who_guides)
{
	json_t *plan = plan_from_text("某某区2027年安全教育日活动方案\n一、活动时间\n2027年3月22日至3月29日。\n"
				 "二、活动内容\n1.应急疏散演练。3月23日至26日，各中小学至少组织一次全员参与的演练。\n"
				 "实施主体：各中小学、各幼儿园\n指导单位：区消防救援大队\n"
				 "2.安全教育第一课。3月29日，各中小学集中上好一堂安全教育课。\n"
				 "实施主体：各中小学\n指导科室：区教育局安全科\n"
				 "三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "各中小学、各幼儿园");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "区消防救援大队");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "区教育局安全科");
	json_decref(plan);
}
END_TEST

/* g52, g17, g20: 4月20日起至5月20日 is a range (from one day on to the
 * other); 每晚8点 is 20:00, as 晚上8点 is; and a verb inside quotes is
 * part of a name (在“桐溪发布”微信视频号推出…: the place is the account). */
START_TEST(from_on_to_each_evening_and_a_quoted_name)
{
	json_t *plan = plan_from_text("某某县2027年读书月活动方案\n一、活动时间\n2027年4月20日至5月20日。\n"
				 "二、活动安排\n1、征文活动。4月20日起至5月20日，面向全县征集读书征文。由县文联负责。\n"
				 "2、线上分享。4月21日，每晚8点在“桐溪发布”微信视频号推出一期读书分享节目。由县融媒体中心负责。\n"
				 "三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2027-05-20");
	ck_assert_str_eq(field(plan_activity(plan, 1), "time"), "20:00");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "“桐溪发布”微信视频号");
	json_decref(plan);
}
END_TEST

/* Two contacts on one line, each after its office, one with a
 * two-character name spaced out to three (高　雅, g50): two people, the
 * name without its space. An extension (转8015, g51) is part of the
 * number. */
START_TEST(a_spaced_name_among_several_contacts)
{
	json_t *plan = plan_from_text("某某省2027年宣传月活动方案\n一、活动时间\n2027年11月1日至11月30日。\n"
				 "二、活动安排\n（一）启动仪式。11月2日上午9:30，在南湖公园举行，由省反诈中心牵头。\n"
				 "联系人：省反诈中心 林晓峰，0431-82098765；省公安厅新闻宣传处 高　雅，0431-82098120转8015\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 2);
	ck_assert_str_eq(field(contact(plan, 1), "name"), "高雅");
	ck_assert_str_eq(field(contact(plan, 1), "phone"), "0431-82098120转8015");
	json_decref(plan);
}
END_TEST

/* 由X、Y分别对…开展… (g48): 由 marks who does it and 分别 says each does
 * its own part: both lead. */
START_TEST(units_that_each_do_their_part)
{
	json_t *plan = plan_from_text("某某县2027年禁毒宣传月活动方案\n一、活动时间\n2027年6月1日至6月30日。\n"
				 "二、活动内容\n（一）监管宣传。由县市场监管局、县卫生健康局分别对辖区药店、医疗机构开展法规宣传。\n"
				 "三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县市场监管局、县卫生健康局");
	json_decref(plan);
}
END_TEST

/* A 活动主题 section written as a sentence, 今年…活动主题为“X”。 (g49):
 * the theme is X, as the same sentence in prose gives it. */
START_TEST(a_theme_section_in_a_sentence)
{
	json_t *plan = plan_from_text("关于开展2027年“世界水日”宣传活动的通知\n一、活动时间\n2027年3月22日至3月28日。\n"
				 "二、活动主题\n今年“中国水周”活动主题为“节水优先 护河惜水”。\n"
				 "三、活动安排\n（一）启动仪式。3月22日上午9:00，在滨河公园举行，由区水利局牵头。\n");
	ck_assert_str_eq(field(plan, "theme"), "节水优先 护河惜水");
	json_decref(plan);
}
END_TEST

/* 宣传月期间，各地要及时向X报送Y (g50): a duty through the campaign,
 * as 及时报送 is, with the recipient after 向 (to) before the verb. */
START_TEST(promptly_to_a_recipient)
{
	json_t *plan = plan_from_text("某某省2027年宣传月活动方案\n一、活动时间\n2027年11月1日至11月30日。\n"
				 "二、活动安排\n（一）启动仪式。11月2日上午9:30，在南湖公园举行，由省反诈中心牵头。\n"
				 "三、工作要求\n（一）加强报送。宣传月期间，各地要及时向省反诈中心报送工作动态和典型做法。\n");
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "what"), "报送工作动态和典型做法");
	ck_assert_str_eq(field(dl, "rule"), "宣传月期间及时报送");
	ck_assert_str_eq(field(dl, "submit_to"), "省反诈中心");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: habits of prose notices");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_part_of_a_month_is_no_date);
	tcase_add_test(tc, around_a_day_is_no_date);
	tcase_add_test(tc, items_under_two_headings);
	tcase_add_test(tc, prose_paragraphs_are_activities);
	tcase_add_test(tc, a_report_and_its_electronic_copy);
	tcase_add_test(tc, the_days_a_preamble_decides);
	tcase_add_test(tc, contacts_as_small_offices_write_them);
	tcase_add_test(tc, units_only_in_prose);
	tcase_add_test(tc, a_portals_site_and_a_goal_in_the_issuers_name);
	tcase_add_test(tc, a_gallery_that_opens_is_a_place);
	tcase_add_test(tc, a_table_aligned_by_spaces);
	tcase_add_test(tc, a_member_list_writes_its_level_once);
	tcase_add_test(tc, parts_run_on_under_a_group_heading);
	tcase_add_test(tc, an_annex_table_between_bars);
	tcase_add_test(tc, an_annex_says_a_deadline_again);
	tcase_add_test(tc, a_joint_meeting_and_its_conveners);
	tcase_add_test(tc, persons_named_then_their_posts);
	tcase_add_test(tc, who_carries_out_and_who_guides);
	tcase_add_test(tc, from_on_to_each_evening_and_a_quoted_name);
	tcase_add_test(tc, a_spaced_name_among_several_contacts);
	tcase_add_test(tc, units_that_each_do_their_part);
	tcase_add_test(tc, a_theme_section_in_a_sentence);
	tcase_add_test(tc, promptly_to_a_recipient);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
