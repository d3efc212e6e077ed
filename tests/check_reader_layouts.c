/* check_reader_layouts.c - layouts of the genre that hold-out round 6
 * (g58..g62) showed, each on a small text of its own: activities under
 * day headings, fields on marked lines, a table copied as tabs, a
 * deadline table a cell per line, dates in Chinese numerals. */
#include "config.h"

#include <jansson.h>
#include <stdint.h>

#include "notice.h"
#include "notice-reader.h"
#include "notice-text.h"
#include "noticeutil.h"
#include "plan.h"
#include "testutil.h"

/* The plan of a notice whose activity section holds items (caller
 * json_decrefs). */
static json_t *with_items(const char *items)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "某某县2027年国防教育周活动方案\n一、活动时间\n2027年9月13日至19日\n二、活动安排\n%s"
			  "三、工作要求\n（一）高度重视。\n", items);
	json_t *plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	return plan;
}

static const char *act(json_t *plan, size_t i)
{
	return activity_line(json_array_get(json_object_get(plan, "activities"), i));
}

/* A contact in one line: name|phone. */
static const char *contact_of(json_t *plan, size_t i)
{
	static char out[256];
	json_t *c = json_array_get(json_object_get(plan, "contacts"), i);
	snprintf(out, sizeof out, "%s|%s", field(c, "name"), field(c, "phone") ? field(c, "phone") : "-");
	return out;
}

/* An activity's title and when: title|start|end|time. */
static const char *when_of(json_t *plan, size_t i)
{
	static char out[256];
	json_t *a = json_array_get(json_object_get(plan, "activities"), i);
	snprintf(out, sizeof out, "%s|%s|%s|%s", field(a, "title"), field(a, "start") ? field(a, "start") : "-",
		 field(a, "end") ? field(a, "end") : "-", field(a, "time") ? field(a, "time") : "-");
	return out;
}

/* （一）9月17日（星期五） over paragraphs that each open with a time of
 * day: each paragraph is an activity of that day, numbered by the
 * heading and its place under it; a bare clock time keeps the 上午 of
 * the one before; a 下午 with no clock gives no time; the run-in title
 * ends at its 。, else the event the sentence names is the title. */
START_TEST(timed_paragraphs_under_day_headings)
{
	json_t *plan = with_items("（一）9月17日（星期五）\n"
				  "上午9:00\xe3\x80\x80启动仪式。地点：县人民广场。由县人武部、县教育局共同组织，"
				  "县融媒体中心配合进行直播。\n"
				  "10:30\xe3\x80\x80装备展示。地点：县人民广场。县人武部牵头，县公安局配合做好安全保障。\n"
				  "（二）9月18日（星期六）——国防教育日\n"
				  "下午\xe3\x80\x80各乡镇人武部结合实际，组织民兵开展国防知识宣传，具体安排自行确定。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(act(plan, 0), "一.1|启动仪式|2027-09-17|2027-09-17|09:00|县人民广场|"
				       "县人武部、县教育局|县融媒体中心");
	ck_assert_str_eq(act(plan, 1), "一.2|装备展示|2027-09-17|2027-09-17|10:30|县人民广场|县人武部|县公安局");
	ck_assert_str_eq(act(plan, 2), "二.1|国防知识宣传|2027-09-18|2027-09-18|-|-|各乡镇人武部|");
	json_decref(plan);
	/* a bare clock under an earlier 下午 is still the afternoon */
	plan = with_items("（一）9月17日（星期五）\n"
			  "下午2:30\xe3\x80\x80知识竞赛。县教育局牵头。\n"
			  "4:00\xe3\x80\x80颁奖仪式。县教育局牵头。\n");
	ck_assert_str_eq(act(plan, 1), "一.2|颁奖仪式|2027-09-17|2027-09-17|16:00|-|县教育局|");
	json_decref(plan);
	/* a day heading over plain prose is an item as before */
	plan = with_items("（一）9月17日（星期五）\n各学校开展国防教育主题班会。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "activities"), 0), "no"), "一");
	json_decref(plan);
}
END_TEST

/* 六、联系方式 / ◆咨询电话 over lines of office, name and number with no
 * 联系人 label: each line is a person to call (an honorific kept as
 * written); a landline and a mobile of one person are two rows; two
 * persons run into one line stay two. */
START_TEST(contact_lines_under_a_contacts_heading)
{
	json_t *plan = with_items("（一）启动仪式。9月13日上午在县广场举行，由县人武部牵头。\n"
				  "四、联系方式\n"
				  "县人武部政工科：黄一锋，电话：0776-5213608\n"
				  "县教育局基础教育股：梁一雯，电话：0776-5228417，手机：138 7765 0912\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_of(plan, 0), "黄一锋|0776-5213608");
	ck_assert_str_eq(contact_of(plan, 1), "梁一雯|0776-5228417");
	ck_assert_str_eq(contact_of(plan, 2), "梁一雯|138 7765 0912");
	json_decref(plan);
	plan = with_items("（一）启动仪式。9月13日上午在县广场举行，由县人武部牵头。\n"
			  "◆咨询电话\n"
			  "县卫生健康局疾控科\xe3\x80\x80王一岚\xe3\x80\x80" "0536-8217405\n"
			  "县妇幼保健院（筛查）\xe3\x80\x80陈老师\xe3\x80\x80" "0536-8217766\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_of(plan, 1), "陈老师|0536-8217766");
	json_decref(plan);
	/* two persons on one line, one after the other */
	plan = with_items("（一）启动仪式。9月13日上午在县广场举行，由县人武部牵头。\n"
			  "四、联系方式\n"
			  "县人武部：黄一锋，电话：0776-5213608　县教育局：梁一雯，电话：0776-5228417\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_of(plan, 1), "梁一雯|0776-5228417");
	json_decref(plan);
}
END_TEST

/* A 指挥部 has a 指挥长 and 副指挥长 (its labels spaced out to line up);
 * a line of a role's list that is one person's posts, a gap and the name
 * (党组书记、局长　蒙丽华) is one person, not two; a second deputy on a
 * line of its own under the first is a deputy too. */
START_TEST(a_command_post_with_a_deputy_on_a_second_line)
{
	json_t *plan = with_items("（一）启动仪式。9月13日上午在县广场举行，由县人武部牵头。\n"
				  "三、组织领导\n"
				  "成立活动指挥部。\n"
				  "指 挥 长：县委常委、县人武部政治委员\xe3\x80\x80邓一国\n"
				  "副指挥长：县人武部部长\xe3\x80\x80韦一强\n"
				  "\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80县教育局党组书记、局长\xe3\x80\x80蒙一华\n"
				  "成\xe3\x80\x80\xe3\x80\x80员：县公安局、县教育局\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "县委常委、县人武部政治委员邓一国");
	ck_assert_str_eq(names(c, "vice_chair"), "县人武部部长韦一强、县教育局党组书记、局长蒙一华");
	ck_assert_uint_eq(json_array_size(json_object_get(c, "vice_chair")), 2);
	ck_assert_str_eq(names(c, "members"), "县公安局、县教育局");
	json_decref(plan);
}
END_TEST

/* A Word table copied as tab text: the lead is the unit its cell marks
 * （牵头）, the rest cooperate, a cell with no mark has all lead; a row
 * wrapped inside its last cell or inside an earlier one is one row; an
 * empty cell is two tabs; a 同上 cell holds the cell above. */
START_TEST(a_word_table_copied_as_tabs)
{
	json_t *plan = with_items("见下表。\n"
				  "序号\t活动名称\t时间\t地点\t责任单位\n"
				  "1\t启动仪式\t9月13日上午9:30\t县广场\t县粮食局（牵头）、县农业农村局、县教育局\n"
				  "2\t应急演练\t9月14日下午2:30\t县直属库\t县粮食局（牵头）、县应急管理局、县交通运输\n"
				  "局、县商务局\n"
				  "3\t“粮库开放日”暨青少年粮食科普\n"
				  "研学活动\t9月17日上午9:00\t同上\t县直属库（牵头）、团县委\n"
				  "4\t节粮宣传\t9月15日\t\t县机关事务中心（牵头）、团县委\n"
				  "5\t成果展\t9月15日\t县检测中心\t县检测中心、县粮食行业协会\n"
				  "各区县可结合本地实际增加特色活动\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(act(plan, 0), "1|启动仪式|2027-09-13|2027-09-13|09:30|县广场|县粮食局|县农业农村局、县教育局");
	ck_assert_str_eq(act(plan, 1), "2|应急演练|2027-09-14|2027-09-14|14:30|县直属库|县粮食局|"
				       "县应急管理局、县交通运输局、县商务局");
	ck_assert_str_eq(act(plan, 2), "3|“粮库开放日”暨青少年粮食科普研学活动|2027-09-17|2027-09-17|09:00|县直属库|"
				       "县直属库|团县委");
	ck_assert_str_eq(act(plan, 3), "4|节粮宣传|2027-09-15|2027-09-15|-|-|县机关事务中心|团县委");
	ck_assert_str_eq(act(plan, 4), "5|成果展|2027-09-15|2027-09-15|-|县检测中心|县检测中心、县粮食行业协会|");
	json_decref(plan);
}
END_TEST

/* 各区县要制定具体活动方案 (a plan each owes, no date) and later 于9月10日
 * 前将本地活动方案报…: the plan owed is the one sent by the date, one
 * deadline, not two; without the dated one the plan owed stays. */
START_TEST(a_plan_owed_and_sent_by_a_date_is_one_deadline)
{
	json_t *plan = with_items("（一）启动仪式。9月13日上午在县广场举行，由县粮食局牵头。\n"
				  "各区县要结合本地实际制定具体活动方案。\n"
				  "请各区县于9月10日前将本地活动方案报县粮食局。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line(json_array_get(json_object_get(plan, "deadlines"), 0)),
			 "报送本地活动方案|9月10日前|2027-09-10|各区县|县粮食局");
	json_decref(plan);
	plan = with_items("（一）启动仪式。9月13日上午在县广场举行，由县粮食局牵头。\n"
			  "各区县要结合本地实际制定具体活动方案。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_decref(plan);
}
END_TEST

/* A WeChat copy: sections headed ◆活动主题 with no numeral, items
 * 【活动一】X whose fields are ▶ lines (▶技术指导： guides, so helps), a
 * theme in 「」. */
START_TEST(a_wechat_copy_with_marked_headings)
{
	json_t *plan = plan_from_text("某某区卫生健康局关于开展2027年肿瘤防治宣传周活动的通知\n"
				 "各社区卫生服务中心：\n"
				 "现将有关事项通知如下。\n"
				 "◆活动主题\n"
				 "「科学防癌 全程守护」\n"
				 "◆活动时间\n"
				 "2027年4月15日—4月21日\n"
				 "◆活动安排\n"
				 "【活动一】义诊咨询\n"
				 "▶时间：4月15日上午8:30\n"
				 "▶地点：区人民医院门诊广场\n"
				 "▶承办单位：区人民医院\n"
				 "【活动二】健康科普讲座\n"
				 "▶时间：4月16日下午2:30\n"
				 "▶负责单位：各社区卫生服务中心\n"
				 "▶技术指导：区疾病预防控制中心\n"
				 "◆工作要求\n"
				 "一是各单位要广泛宣传。\n"
				 "二是各单位要确保安全。\n");
	ck_assert_str_eq(field(plan, "theme"), "科学防癌 全程守护");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(act(plan, 0), "一|义诊咨询|2027-04-15|2027-04-15|08:30|区人民医院门诊广场|区人民医院|");
	ck_assert_str_eq(act(plan, 1), "二|健康科普讲座|2027-04-16|2027-04-16|14:30|-|各社区卫生服务中心|区疾病预防控制中心");
	json_decref(plan);
	/* in a notice that numbers its sections, a ◆ line is a bullet */
	plan = with_items("（一）义诊咨询。4月15日上午在区人民医院举行，由区人民医院牵头。\n"
			  "◆免费测量血压\n"
			  "◆发放宣传折页\n"
			  "（二）健康讲座。4月16日下午在区社区卫生服务中心举行，由区疾控中心牵头。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "activities"), 1), "title"), "健康讲座");
	json_decref(plan);
}
END_TEST

/* A copy of a PDF repeats the document's first line atop each page,
 * after the page's number: that line is no text, and a sentence the page
 * cut joins up across it; the same line elsewhere stays. */
START_TEST(a_running_header_after_a_page_number)
{
	static const char text[] = "某某市科学技术协会文件\n"
				   "（四）健康关爱活动。5月30日上午，在市第一人\n"
				   "— 1 —\n"
				   "\n"
				   "某某市科学技术协会文件\n"
				   "民医院健康管理中心举行。\n"
				   "某某市科学技术协会文件\n";
	wp_ntext t;
	wp_err err;
	ck_assert_int_eq(wp_ntext_decode(text, strlen(text), &t, &err), 0);
	ck_assert_uint_eq(t.n, 3);
	ck_assert_str_eq(t.para[1], "（四）健康关爱活动。5月30日上午，在市第一人民医院健康管理中心举行。");
	ck_assert_str_eq(t.para[2], "某某市科学技术协会文件");
	wp_ntext_free(&t);
}
END_TEST

/* 请各单位按下表要求报送 over a table of what is due, a cell per line
 * (报送事项/报送时间/报送对象/联系人/联系电话): a deadline per row, owed by
 * whom the sentence asks; a time counted from each activity gives no
 * day; the last two cells are a contact, once per person; the plan each
 * unit owes is the 活动安排 the table asks for by a date. */
START_TEST(a_table_of_what_is_due_a_cell_per_line)
{
	json_t *plan = with_items("（一）启动仪式。9月13日上午在县广场举行，由县科协牵头。\n"
				  "各县科协要结合本地实际制定具体活动方案。\n"
				  "请各单位按下表要求报送有关材料。\n"
				  "报送事项\n报送时间\n报送对象\n联系人\n联系电话\n"
				  "本单位活动安排\n9月10日（星期五）前\n市科协学会部\n周一轩\n0577-88213064\n"
				  "活动信息及图片\n每项活动结束后2个工作日内\n市科协办公室\n方一溪\n0577-88213071\n"
				  "活动总结\n9月24日（星期五）前\n市科协学会部\n周一轩\n0577-88213064\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	json_t *d = json_object_get(plan, "deadlines");
	ck_assert_str_eq(deadline_line(json_array_get(d, 0)), "报送本单位活动安排|9月10日（星期五）前|2027-09-10|各单位|市科协学会部");
	ck_assert_str_eq(deadline_line(json_array_get(d, 1)), "报送活动信息及图片|每项活动结束后2个工作日内|-|各单位|市科协办公室");
	ck_assert_str_eq(deadline_line(json_array_get(d, 2)), "报送活动总结|9月24日（星期五）前|2027-09-24|各单位|市科协学会部");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_of(plan, 1), "方一溪|0577-88213071");
	json_decref(plan);
}
END_TEST

/* 活动时间 5月下旬至6月上旬: parts of two months are about those weeks,
 * no days: the plan has no period (and says it misses one); parts of one
 * month (4月上旬至4月中旬) are its first twenty days. */
START_TEST(a_period_in_parts_of_two_months_is_no_period)
{
	json_t *plan = plan_from_text("某某市2027年科技工作者日活动方案\n一、活动时间\n"
				 "2027年5月下旬至6月上旬，5月30日前后为集中活动时段。\n二、活动安排\n"
				 "（一）座谈会。5月29日上午9:30在市科技会堂召开，市科协牵头。\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert(json_is_null(json_object_get(period, "start")));
	ck_assert(json_is_null(json_object_get(period, "end")));
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(plan, "missing"), 0)), "period");
	json_decref(plan);
	plan = plan_from_text("某某市2027年国家安全宣传活动方案\n一、活动时间\n"
			 "4月上旬至4月中旬，集中宣传日为4月15日。\n二、活动安排\n"
			 "（一）座谈会。4月15日上午9:30在市会堂召开，市委国安办牵头。\n");
	period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2027-04-01");
	ck_assert_str_eq(field(period, "end"), "2027-04-20");
	json_decref(plan);
}
END_TEST

/* A township writes its stages 第一阶段　宣传发动（10月1日—10月10日),
 * the name set apart by a space: the title is the name; and its dates
 * and times in Chinese numerals: 十月十六日上午九时 is 09:00, 下午二时
 * 三十分 14:30, 十月二十二日至二十三日 two days; a bare 九时 is no time. */
START_TEST(stages_set_apart_by_a_space_and_times_in_chinese_numerals)
{
	json_t *plan = with_items("（一）第一阶段\xe3\x80\x80宣传发动（9月13日—9月14日）\n"
				  "镇社会事务办要广泛宣传。\n"
				  "（二）第二阶段\xe3\x80\x80集中服务（9月15日—9月19日）\n"
				  "1．健康义诊。九月十六日上午九时，在镇卫生院门诊楼前开展义诊。镇卫生院负责。\n"
				  "2．文艺汇演。九月十八日下午二时三十分，在镇文化站广场举办汇演。镇文化站负责。\n"
				  "3．法律服务。九月十五日至十六日，到镇敬老院提供法律咨询，共九时长。镇司法所负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(when_of(plan, 0), "宣传发动|2027-09-13|2027-09-14|-");
	ck_assert_str_eq(when_of(plan, 1), "健康义诊|2027-09-16|2027-09-16|09:00");
	ck_assert_str_eq(when_of(plan, 2), "文艺汇演|2027-09-18|2027-09-18|14:30");
	ck_assert_str_eq(when_of(plan, 3), "法律服务|2027-09-15|2027-09-16|-");
	json_decref(plan);
}
END_TEST

/* X负责，Y配合做好…。 and X负责。 are sentences of units and roles as
 * X牵头，Y配合 is: X leads, Y cooperates; 十月中下旬 (a part of a month
 * in Chinese numerals) is about those days, no date, not the group's. */
START_TEST(fuze_sentences_and_parts_of_months_in_chinese_numerals)
{
	json_t *plan = with_items("（一）第二阶段\xe3\x80\x80集中服务（9月15日—9月25日）\n"
				  "1．健康义诊。9月16日上午，开展义诊。镇卫生院负责，各村（社区）配合做好组织发动。\n"
				  "2．法律服务。9月17日，到镇敬老院提供法律咨询。镇司法所负责。\n"
				  "3．走访慰问。九月中下旬，镇领导分片走访慰问高龄老人。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(names(json_array_get(acts, 0), "lead"), "镇卫生院");
	ck_assert_str_eq(names(json_array_get(acts, 0), "cooperate"), "各村（社区）");
	ck_assert_str_eq(names(json_array_get(acts, 1), "lead"), "镇司法所");
	ck_assert_str_eq(when_of(plan, 2), "走访慰问|-|-|-");
	json_decref(plan);
}
END_TEST

/* 成员：…，各村（社区）党组织书记: units' 主要负责人 stand for the
 * units, but the villages' secretaries stay as written (they sit on the
 * body as persons, as the readings keep them); 在外子女 (away from home)
 * names no place. */
START_TEST(village_heads_as_members_and_zaiwai_is_no_place)
{
	json_t *plan = with_items("（一）宣传发动。9月13日，各村要引导在外子女常回家看看。镇社会事务办负责。\n"
				  "三、组织领导\n"
				  "组\xe3\x80\x80长：镇党委副书记、镇长\xe3\x80\x80陈一华\n"
				  "成\xe3\x80\x80员：镇卫生院、镇文化站主要负责人，各村（社区）党组织书记\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "members"), "镇卫生院、镇文化站、各村（社区）党组织书记");
	ck_assert_ptr_null(field(json_array_get(json_object_get(plan, "activities"), 0), "location"));
	json_decref(plan);
}
END_TEST

/* 由X同志任组长，Y同志任副组长: the persons without 同志; a second
 * number after a wide space (…（兼传真）　139 3584 2176) is the same
 * person's second row. */
START_TEST(tongzhi_in_a_committee_and_a_number_after_a_wide_space)
{
	json_t *plan = with_items("（一）启动仪式。9月13日上午在县广场举行，由县粮食局牵头。\n"
				  "三、组织领导\n"
				  "成立工作专班，由县粮食局局长林一栋同志任组长，县粮食局副局长周一琴同志任副组长。\n"
				  "联系人：县粮食局仓储科\xe3\x80\x80赵一博\n"
				  "联系电话：0358-6021573（兼传真）\xe3\x80\x80" "139 3584 2176\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "县粮食局局长林一栋");
	ck_assert_str_eq(names(c, "vice_chair"), "县粮食局副局长周一琴");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_of(plan, 1), "赵一博|139 3584 2176");
	json_decref(plan);
}
END_TEST

/* A sentence of units and roles with any lead verb: X、Y共同组织 (both
 * lead), X承办，Y协办 (X leads, Y cooperates); the 及 of 科学普及部 is part
 * of the name, not a list's 及. */
START_TEST(units_and_roles_with_any_lead_verb)
{
	json_t *plan = with_items("（一）健康关爱。9月13日，为科技工作者提供体检。市科协组织人事部、市人民医院共同组织。\n"
				  "（二）创新沙龙。9月14日，举办创新沙龙。市青年科协承办，市学院科协协办。\n"
				  "（三）学习宣传。9月15日，集中宣传先进事迹。市科协科学普及部牵头，市融媒体中心配合。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(names(json_array_get(acts, 0), "lead"), "市科协组织人事部、市人民医院");
	ck_assert_str_eq(names(json_array_get(acts, 1), "lead"), "市青年科协");
	ck_assert_str_eq(names(json_array_get(acts, 1), "cooperate"), "市学院科协");
	ck_assert_str_eq(names(json_array_get(acts, 2), "lead"), "市科协科学普及部");
	ck_assert_str_eq(names(json_array_get(acts, 2), "cooperate"), "市融媒体中心");
	json_decref(plan);
}
END_TEST

/* 将…80周岁以上高龄老人花名册报…: the 以 of 以上 opens a word and does
 * not end the thing sent, as the 以 of 以书面形式 does. */
START_TEST(a_yi_inside_a_word_does_not_end_the_thing_sent)
{
	json_t *plan = with_items("（一）启动仪式。9月13日上午在镇广场举行，由镇社会事务办牵头。\n"
				  "各村要于9月9日前将本村活动安排和80周岁以上高龄老人花名册报镇社会事务办。\n");
	ck_assert_str_eq(deadline_line(json_array_get(json_object_get(plan, "deadlines"), 0)),
			 "报送本村活动安排和80周岁以上高龄老人花名册|9月9日前|2027-09-09|各村|镇社会事务办");
	json_decref(plan);
}
END_TEST

/* 各参演、参展单位: 参演 and 参展 units share 各 and 单位, one group as
 * written; 各区、县科协 (a unit each side) stays two. */
START_TEST(a_group_sharing_ge_and_its_tail)
{
	json_t *plan = with_items("（一）启动仪式。9月13日上午在县广场举行，由县人武部牵头。\n"
				  "各参演、参展单位于9月10日前将安全保障方案报指挥部办公室。\n"
				  "各乡镇、县直各单位于9月11日前将活动总结报指挥部办公室。\n");
	json_t *d = json_object_get(plan, "deadlines");
	ck_assert_str_eq(names(json_array_get(d, 0), "who"), "各参演、参展单位");
	ck_assert_uint_eq(json_array_size(json_object_get(json_array_get(d, 0), "who")), 1);
	ck_assert_uint_eq(json_array_size(json_object_get(json_array_get(d, 1), "who")), 2);
	json_decref(plan);
}
END_TEST

/* 根据《中华人民共和国国防教育法》规定: a law is cited, no higher plan;
 * 根据《某某市2027年国防教育工作方案》 cites one. */
START_TEST(a_law_cited_is_no_parent_plan)
{
	json_t *plan = plan_from_text("某某县2027年国防教育日活动方案\n根据《中华人民共和国国防教育法》规定，开展活动。\n"
				 "一、活动时间\n2027年9月13日至19日\n二、活动安排\n"
				 "（一）启动仪式。9月13日上午在县广场举行，由县人武部牵头。\n");
	ck_assert_ptr_null(field(plan, "parent_plan"));
	json_decref(plan);
	plan = plan_from_text("某某县2027年国防教育日活动方案\n根据《某某市2027年国防教育工作方案》，开展活动。\n"
			 "一、活动时间\n2027年9月13日至19日\n二、活动安排\n"
			 "（一）启动仪式。9月13日上午在县广场举行，由县人武部牵头。\n");
	ck_assert_str_eq(field(plan, "parent_plan"), "某某市2027年国防教育工作方案");
	json_decref(plan);
}
END_TEST

/* 市局成立工作专班: a bureau calls itself by its level and 局, which is
 * then one of its names; unused, it is none. */
START_TEST(a_bureau_calls_itself_by_its_level)
{
	static const char text[] = "岚州市粮食和物资储备局关于开展2027年粮食安全宣传周活动的通知\n"
				   "各区县：\n%s现将有关事项通知如下。\n"
				   "一、活动时间\n2027年10月12日至18日\n二、活动安排\n"
				   "（一）启动仪式。10月16日上午在市人民广场举行，由市粮食和物资储备局牵头。\n"
				   "岚州市粮食和物资储备局\n2027年9月28日\n";
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, text, "市局成立宣传周活动工作专班。");
	json_t *plan = plan_from_text(wp_buf_str(&b));
	json_t *aliases = json_object_get(json_array_get(json_object_get(plan, "units"), 0), "aliases");
	bool named = false;
	size_t i;
	json_t *v;
	json_array_foreach(aliases, i, v) named = named || strcmp(json_string_value(v), "市局") == 0;
	ck_assert(named);
	json_decref(plan);
	wp_buf_reset(&b);
	wp_buf_printf(&b, text, "");
	plan = plan_from_text(wp_buf_str(&b));
	aliases = json_object_get(json_array_get(json_object_get(plan, "units"), 0), "aliases");
	json_array_foreach(aliases, i, v) ck_assert_str_ne(json_string_value(v), "市局");
	json_decref(plan);
	wp_buf_free(&b);
}
END_TEST

/* 在镇卫生院门诊楼前开展: in front of a building is a place; 在活动开始
 * 前 is a time. */
START_TEST(in_front_of_a_building_is_a_place)
{
	json_t *plan = with_items("（一）健康义诊。9月16日上午9:00，在镇卫生院门诊楼前开展义诊。镇卫生院负责。\n"
				  "（二）安全检查。9月17日，在活动开始前开展安全检查。镇派出所负责。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(field(json_array_get(acts, 0), "location"), "镇卫生院门诊楼前");
	ck_assert_ptr_null(field(json_array_get(acts, 1), "location"));
	json_decref(plan);
}
END_TEST

/* 推动成果在桐原转化落地。: a 在X that no event's verb ends and no site
 * names is a manner of speaking, no venue; 活动在县人民广场。 is one. */
START_TEST(a_zai_phrase_ending_its_sentence_needs_a_site)
{
	json_t *plan = with_items("（一）专家服务。9月13日，组织专家服务团，推动科技成果在桐原转化落地。市科协牵头。\n"
				  "（二）启动仪式。9月14日上午，活动在县人民广场。县科协牵头。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_ptr_null(field(json_array_get(acts, 0), "location"));
	ck_assert_str_eq(field(json_array_get(acts, 1), "location"), "县人民广场");
	json_decref(plan);
}
END_TEST

/* 在“X”微信公众号、Y日报开设专栏: the venue ends at 开设; a 地点： line of
 * the item says it before any 在X of its first sentence. */
START_TEST(a_column_opened_on_accounts_and_a_place_line_first)
{
	json_t *plan = with_items("（一）学习宣传。9月13日至9月19日，在“某某科协”微信公众号、某某日报开设专栏。市科协牵头。\n"
				  "（二）成果展。9月14日，在“某某高新”微信公众号开设专栏，同步展示成果。\n"
				  "地点：某某半导体公司展示中心\n"
				  "市科协牵头。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(field(json_array_get(acts, 0), "location"), "“某某科协”微信公众号、某某日报");
	ck_assert_str_eq(field(json_array_get(acts, 1), "location"), "某某半导体公司展示中心");
	json_decref(plan);
}
END_TEST

/* 各村负责摸清底数、陪同走访，镇社会事务办负责慰问金发放: the work shared
 * out clause by clause, each unit leads its part: all lead. */
START_TEST(work_shared_out_by_fuze_clauses)
{
	json_t *plan = with_items("（一）走访慰问。9月15日，镇领导分片走访慰问高龄老人。"
				  "各村（社区）负责摸清底数、陪同走访，镇社会事务办负责慰问金发放和台账管理。\n");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "activities"), 0), "lead"),
			 "各村（社区）、镇社会事务办");
	json_decref(plan);
}
END_TEST

/* 依托X开展: X is where it happens when it names sites (科技工作者之家,
 * 工作站); 依托各类媒体开展 names a means, no place. */
START_TEST(relying_on_sites_is_a_place)
{
	json_t *plan = with_items("（一）开放日。9月13日，各县科协依托基层科技工作者之家、院士专家工作站开展开放日活动。各县科协负责。\n"
				  "（二）宣传。9月14日，各县科协依托各类媒体开展宣传。各县科协负责。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(field(json_array_get(acts, 0), "location"), "基层科技工作者之家、院士专家工作站");
	ck_assert_ptr_null(field(json_array_get(acts, 1), "location"));
	json_decref(plan);
}
END_TEST

/* A notice re-posted on a WeChat account: the page's lines around it
 * (原创…, ▲点击上方蓝字, ［二维码］, 编辑：, 阅读 1234, 写留言) are no text
 * of the document and go; one 编辑： line alone in a notice stays. */
START_TEST(a_wechat_pages_lines_are_not_the_notice)
{
	static const char page[] = "某某区卫生健康局关于开展2027年肿瘤防治宣传周活动的通知\n"
				   "原创\xe3\x80\x80健康某某\xe3\x80\x80" "2027年04月10日 08:30\n"
				   "▲点击上方蓝字“健康某某”关注我们\n"
				   "各社区卫生服务中心：\n"
				   "某某区卫生健康局\n"
				   "［二维码］\n"
				   "编辑：孙\xe3\x80\x80悦\n"
				   "阅读 1234\n"
				   "写留言\n";
	struct reader r;
	struct notice_meta m;
	wp_err err;
	memset(&r, 0, sizeof r);
	r.budget = SIZE_MAX / 2;
	ck_assert_int_eq(wp_ntext_decode(page, strlen(page), &r.t, &err), 0);
	wp_notice_read_meta(&r, &m);
	ck_assert_uint_eq(r.t.n, 3);
	ck_assert_str_eq(r.t.para[1], "各社区卫生服务中心：");
	ck_assert_str_eq(r.t.para[2], "某某区卫生健康局");
	wp_notice_meta_free(&m);
	wp_ntext_free(&r.t);
	static const char notice[] = "某某区卫生健康局关于开展2027年肿瘤防治宣传周活动的通知\n"
				     "各社区卫生服务中心：\n"
				     "编辑：区卫生健康局宣传科\n";
	memset(&r, 0, sizeof r);
	r.budget = SIZE_MAX / 2;
	ck_assert_int_eq(wp_ntext_decode(notice, strlen(notice), &r.t, &err), 0);
	wp_notice_read_meta(&r, &m);
	ck_assert_uint_eq(r.t.n, 3);
	wp_notice_meta_free(&m);
	wp_ntext_free(&r.t);
}
END_TEST

/* A school's schedule by day: under each day, a line of a time (or a
 * class period with its clock in brackets), a title with its place in
 * brackets, and 负责部门： whose roles are written out (X牵头，Y配合) or
 * left bare (all lead). */
START_TEST(a_schedule_line_with_its_place_in_brackets_and_a_department_in_charge)
{
	json_t *plan = plan_from_text("某中学2027年消防安全教育周活动方案\n一、活动时间\n2027年11月8日至12日\n"
				 "二、活动日程\n11月8日（星期一）\n"
				 "　　7:40—8:10　升旗仪式（学校田径场）　负责部门：政教处、校团委\n"
				 "　　14:30—16:00　消防安全专题讲座，邀请县消防救援大队授课（学术报告厅）　负责部门：政教处\n"
				 "11月9日（星期二）\n"
				 "　　上午第三节课（10:00）　全校应急疏散演练（教学楼至田径场）　负责部门：保卫科牵头，政教处、各年级组配合\n"
				 "三、工作要求\n（一）高度重视。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 3);
	ck_assert_str_eq(activity_line(json_array_get(acts, 0)),
			 "-|升旗仪式|2027-11-08|2027-11-08|07:40|学校田径场|政教处、校团委|");
	ck_assert_str_eq(activity_line(json_array_get(acts, 1)),
			 "-|消防安全专题讲座|2027-11-08|2027-11-08|14:30|学术报告厅|政教处|");
	ck_assert_str_eq(activity_line(json_array_get(acts, 2)),
			 "-|全校应急疏散演练|2027-11-09|2027-11-09|10:00|教学楼至田径场|保卫科|政教处、各年级组");
	json_decref(plan);
}
END_TEST

/* A Word table pasted as tabs: a row with an empty cell inside it (two
 * tabs) and another at its end (a closing tab) keeps its cells in their
 * columns, not one left out for too few cells. */
START_TEST(a_tab_row_with_an_empty_cell_inside_and_at_its_end)
{
	json_t *plan = plan_from_text("某县2027年全国爱耳日宣传活动方案\n一、活动时间\n2027年3月1日至7日\n二、活动安排\n"
				 "序号\t活动内容\t时间\t地点\t牵头单位\t配合单位\n"
				 "1\t义诊\t3月3日\t县人民广场\t县人民医院\t各乡镇卫生院\n"
				 "2\t网络知识竞答\t3月4日\t\t县疾病预防控制中心\t\n"
				 "3\t讲座\t3月5日\t县文化馆\t县中医医院\t\n"
				 "三、工作要求\n（一）高度重视。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 3);
	ck_assert_str_eq(activity_line(json_array_get(acts, 1)),
			 "2|网络知识竞答|2027-03-04|2027-03-04|-|-|县疾病预防控制中心|");
	ck_assert_str_eq(activity_line(json_array_get(acts, 2)),
			 "3|讲座|2027-03-05|2027-03-05|-|县文化馆|县中医医院|");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader layouts");
	TCase *tc = tcase_create("layouts");
	tcase_add_test(tc, timed_paragraphs_under_day_headings);
	tcase_add_test(tc, contact_lines_under_a_contacts_heading);
	tcase_add_test(tc, a_command_post_with_a_deputy_on_a_second_line);
	tcase_add_test(tc, a_word_table_copied_as_tabs);
	tcase_add_test(tc, a_plan_owed_and_sent_by_a_date_is_one_deadline);
	tcase_add_test(tc, a_wechat_copy_with_marked_headings);
	tcase_add_test(tc, a_running_header_after_a_page_number);
	tcase_add_test(tc, a_table_of_what_is_due_a_cell_per_line);
	tcase_add_test(tc, a_period_in_parts_of_two_months_is_no_period);
	tcase_add_test(tc, stages_set_apart_by_a_space_and_times_in_chinese_numerals);
	tcase_add_test(tc, fuze_sentences_and_parts_of_months_in_chinese_numerals);
	tcase_add_test(tc, village_heads_as_members_and_zaiwai_is_no_place);
	tcase_add_test(tc, tongzhi_in_a_committee_and_a_number_after_a_wide_space);
	tcase_add_test(tc, units_and_roles_with_any_lead_verb);
	tcase_add_test(tc, a_yi_inside_a_word_does_not_end_the_thing_sent);
	tcase_add_test(tc, a_group_sharing_ge_and_its_tail);
	tcase_add_test(tc, a_law_cited_is_no_parent_plan);
	tcase_add_test(tc, a_bureau_calls_itself_by_its_level);
	tcase_add_test(tc, in_front_of_a_building_is_a_place);
	tcase_add_test(tc, a_zai_phrase_ending_its_sentence_needs_a_site);
	tcase_add_test(tc, a_column_opened_on_accounts_and_a_place_line_first);
	tcase_add_test(tc, work_shared_out_by_fuze_clauses);
	tcase_add_test(tc, relying_on_sites_is_a_place);
	tcase_add_test(tc, a_wechat_pages_lines_are_not_the_notice);
	tcase_add_test(tc, a_schedule_line_with_its_place_in_brackets_and_a_department_in_charge);
	tcase_add_test(tc, a_tab_row_with_an_empty_cell_inside_and_at_its_end);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
