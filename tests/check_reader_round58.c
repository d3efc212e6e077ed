/* check_reader_round58.c - habits of the notices of round r58 (g318-g322),
 * the hold-out written after session 30's teaching: a township's plan
 * copied from its WeChat article, a bilingual enterprise's month, a
 * police bureau's full-width digits. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "alloc.h"
#include "calendar.h"
#include "notice-bilingual.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* A post heads its sections in brackets (【活动安排】) and marks its items
 * with an arrow before their numbers (▶ 1. X): the number says an item,
 * the mark is a bullet, and the items are the section's activities. */
START_TEST(marked_numbers_under_bracketed_headings)
{
	json_t *plan = plan_from_text(
		"某镇2026年防灾减灾宣传周活动方案\n\n【活动时间】\n2026年5月9日至5月15日。\n\n"
		"【活动安排】\n▶ 1. 隐患大排查\n时间：5月9日—5月15日\n牵头单位：镇应急管理办公室\n\n"
		"▶ 2. 启动仪式\n时间：5月9日上午8:30\n地点：镇文化广场\n牵头单位：镇应急管理办公室\n"
		"配合单位：镇派出所、镇卫生院\n\n"
		"▶ 3. 避险转移演练\n5月13日上午9时，在桃岭村开展演练。由镇自然资源所牵头，桃岭村村委会、镇应急管理办公室配合，"
		"县自然资源和规划局现场指导，县应急管理局全程指导。\n\n"
		"【工作要求】\n✔ 加强组织领导。各单位要密切配合。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|隐患大排查|2026-05-09|2026-05-15|-|-|镇应急管理办公室|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|启动仪式|2026-05-09|2026-05-09|08:30|镇文化广场|镇应急管理办公室|镇派出所、镇卫生院");
	/* 现场指导: the unit guiding on the spot helps */
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "桃岭村村委会、镇应急管理办公室、县自然资源和规划局、县应急管理局");
	json_decref(plan);
}
END_TEST

/* 【联系方式】 heads the contact lines as 联系方式： does; a remark in
 * brackets after a number (（兼传真）) leaves the mobile after it the
 * same person's second number. */
START_TEST(bracketed_contacts_and_a_remark_on_a_number)
{
	json_t *plan = plan_from_text(
		"某镇宣传周活动方案\n\n【活动安排】\n▶ 1. 启动仪式\n时间：5月9日上午8:30\n\n"
		"【联系方式】\n镇应急管理办公室　储德胜　0564-5623119（兼传真）　13956481027\n"
		"镇党政办　王　蕾　0564-5621001\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "储德胜|0564-5623119|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "储德胜|13956481027|-");
	ck_assert_str_eq(contact_line_at(plan, 2), "王蕾|0564-5621001|-");
	json_decref(plan);
}
END_TEST

/* A post's lede ends its sentence with an emoji (…具体安排吧👇) and no
 * 。: the notice's title and number after it, past a blank line, are
 * lines of their own, not the rest of a sentence cut by a page. */
START_TEST(an_emoji_ends_a_sentence)
{
	json_t *plan = plan_from_text(
		"5·12丨防灾减灾宣传周来了！凤栖镇这样安排→\n\n"
		"5月12日是第18个全国防灾减灾日。近日，镇政府印发了《凤栖镇2026年防灾减灾宣传周活动方案》，"
		"一起来看看具体安排吧👇\n\n"
		"凤栖镇人民政府关于印发《凤栖镇2026年防灾减灾宣传周活动方案》的通知\n凤政〔2026〕18号\n\n"
		"各村（社区）、镇直各单位：\n现将方案印发给你们，请认真抓好落实。\n\n"
		"凤栖镇2026年防灾减灾宣传周活动方案\n\n【活动时间】\n2026年5月9日至5月15日。\n\n"
		"【活动安排】\n▶ 1. 启动仪式\n时间：5月9日上午8:30\n");
	ck_assert_str_eq(field(plan, "doc_number"), "凤政〔2026〕18号");
	ck_assert_str_eq(field(plan, "title"), "凤栖镇2026年防灾减灾宣传周活动方案");
	json_decref(plan);
}
END_TEST

/* 劳动节后第一个工作日, 国庆节后3个工作日内: counted from the holiday's
 * last day off by the official arrangement of the plan's year (2026:
 * 劳动节 5月1日–5日, 国庆节 10月1日–7日 with 10月10日 a working
 * Saturday); 清明 alone is a solar term and no holiday. */
START_TEST(reports_counted_from_a_holiday)
{
	json_t *plan = plan_from_text(
		"某县2026年质量月活动方案\n\n一、活动时间\n2026年9月1日至10月31日。\n"
		"二、活动安排\n1. 启动仪式\n时间：9月1日\n三、工作要求\n"
		"（一）按时报送。各乡镇要于劳动节后第一个工作日将联络员名单报县市场监管局。\n"
		"（二）及时总结。各单位于国庆节假期结束后3个工作日内报送活动开展情况。\n"
		"（三）各单位于五一节后首个工作日报送活动安排。\n\n　　　　县市场监管局\n　　　　2026年4月10日\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送联络员名单|劳动节后第一个工作日|2026-05-06|各乡镇|县市场监管局");
	ck_assert_str_eq(deadline_line_at(plan, 1),
			 "报送活动开展情况|国庆节假期结束后3个工作日内|2026-10-10|各单位|-");
	ck_assert_str_eq(deadline_line_at(plan, 2), "报送活动安排|五一节后首个工作日|2026-05-06|各单位|-");
	json_decref(plan);
}
END_TEST

/* A report due on the day of the item it is written in (于演练当天下班前):
 * that item's one day; 活动当天 is each activity's day, no one date. */
START_TEST(a_report_on_its_items_day)
{
	json_t *plan = plan_from_text(
		"某镇防灾减灾宣传周活动方案\n\n一、活动时间\n2026年5月9日至5月15日。\n二、活动安排\n"
		"（一）应急疏散演练\n5月12日下午2:28，在镇中心学校开展演练。各参演学校于演练当天下班前将演练视频报镇应急办。\n"
		"（二）知识竞答\n5月14日，各村于活动当天下班前将竞答情况报镇应急办。\n");
	ck_assert_uint_ge(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送演练视频|演练当天下班前|2026-05-12|各参演学校|镇应急办");
	json_t *dls = json_object_get(plan, "deadlines");
	for (size_t i = 1; i < json_array_size(dls); i++)
		ck_assert_msg(!field(json_array_get(dls, i), "due") ||
				      strcmp(field(json_array_get(dls, i), "due"), "2026-05-14") != 0,
			      "活动当天 is no one day: %s", deadline_line_at(plan, i));
	json_decref(plan);
}
END_TEST

/* A notice in Chinese and English: each label in both (时间 Time：), each
 * value followed by its translation (质量部 / QA Dept.), each paragraph
 * by its English one. The Chinese is read; no English reaches a title,
 * a place or a unit. */
START_TEST(a_notice_in_two_languages)
{
	json_t *plan = plan_from_text(
		"娄江德润精密部件有限公司\nLoujiang Derun Precision Components Co., Ltd.\n\n"
		"文件编号 Doc. No.：LDR-QA-N-2026-031\n\n主题：关于开展2026年“质量月”活动的通知\n"
		"Subject: Notice on the 2026 Quality Month Campaign\n\n"
		"一、活动主题 Theme\n　　“人人重质量　事事零缺陷”\n　　\"Quality by Everyone, Zero Defects\"\n\n"
		"二、活动时间 Duration\n　　2026年9月1日—9月30日\n　　Sept. 1–30, 2026\n\n"
		"三、活动安排 Activities\n\n活动一：质量月启动大会 / Activity 1: Kick-off Meeting\n"
		"　　时间 Time：9月1日（星期二）8:30—9:30 / Sept. 1 (Tue.), 8:30–9:30 a.m.\n"
		"　　地点 Venue：一号厂房南侧广场 / South Square (Plant 1), Gate 2\n"
		"　　负责 Owner：质量部 / QA Dept.\n　　配合 Support：行政部、工会 / Admin Dept., Union\n\n"
		"联系人 Contact：\n"
		"质量部　刘晓雯（Vivian Liu），分机 Ext. 6218，手机 Mobile：13962187405，邮箱 E-mail：vivian.liu@derun-lj.com\n"
		"人力资源部　王俊杰（Jason Wang），分机 Ext. 6105（质量知识竞赛 / Quiz）\n");
	ck_assert_str_eq(field(plan, "doc_number"), "LDR-QA-N-2026-031");
	ck_assert_str_eq(field(plan, "theme"), "人人重质量　事事零缺陷");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|质量月启动大会|2026-09-01|2026-09-01|08:30|一号厂房南侧广场|质量部|行政部、工会");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "刘晓雯|6218|vivian.liu@derun-lj.com");
	ck_assert_str_eq(contact_line_at(plan, 1), "刘晓雯|13962187405|vivian.liu@derun-lj.com");
	ck_assert_str_eq(contact_line_at(plan, 2), "王俊杰|6105|-");
	json_decref(plan);
}
END_TEST

/* The lines themselves, as the joiner gets them (brackets made
 * full-width by then): what goes and what stays of each. */
START_TEST(the_english_set_aside_line_by_line)
{
	static const char *const in[] = {
		"Loujiang Derun Precision Components Co., Ltd.",
		"一、活动主题 Theme",
		"　　时间 Time：9月1日8:30 / Sept. 1 （Tue.）， 8:30 a.m.",
		"　　分机 Ext. 6218，手机 Mobile：13962187405",
		"公司成立推进小组 / Quality Month Steering Team：",
		"王俊杰，分机6105（质量知识竞赛 / Quiz）",
		"NOTICE",
		"联系邮箱：qa@derun-lj.com",
		"宣传IATF 16949质量管理体系",
		"报名网址：http://www.x.gov.cn/a/b",
		"地点：一号厂房 / QC小组活动室",
		"总机：0512-57683000 Ext：6218",
		"Note: In case of any discrepancy, the Chinese version shall prevail.",
		"E-mail: qa@derun-lj.com",
		"Tel: 0512-57683000",
	};
	static const char *const want[] = {
		"一、活动主题",
		"　　时间：9月1日8:30",
		"　　分机 6218，手机：13962187405",
		"公司成立推进小组：",
		"王俊杰，分机6105（质量知识竞赛）",
		"联系邮箱：qa@derun-lj.com",
		"宣传IATF 16949质量管理体系",
		"报名网址：http://www.x.gov.cn/a/b",
		"地点：一号厂房 / QC小组活动室",
		"总机：0512-57683000 Ext：6218",
		"E-mail: qa@derun-lj.com",
		"Tel: 0512-57683000",
	};
	size_t n = sizeof in / sizeof *in;
	char **v = wp_xcalloc(n, sizeof *v);
	for (size_t i = 0; i < n; i++)
		v[i] = wp_xstrdup(in[i]);
	v = wp_nbilingual_lines(v, &n);
	ck_assert_uint_eq(n, sizeof want / sizeof *want);
	for (size_t i = 0; i < n; i++) {
		ck_assert_str_eq(v[i], want[i]);
		free(v[i]);
	}
	free(v);
}
END_TEST

/* A Chinese notice with a few lines in Latin letters (web addresses, an
 * e-mail, a single English word) is no bilingual one: its lines stay. */
START_TEST(a_few_latin_lines_make_no_translation)
{
	json_t *plan = plan_from_text(
		"某县知识产权宣传周活动方案\n\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"（一）线上宣传 Online\n时间：4月20日\n地点：县政府网站\nhttp://www.example.gov.cn\n"
		"https://ipr.example.cn/week\nhttp://zscq.example.gov.cn/notice\nhttps://mp.example.qq.com/s/abc\n"
		"http://kx.example.net.cn/notice\nwww.example.org.cn\nE-mail: ipr@example.cn\n"
		"（二）专利培训会\n时间：4月22日\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "线上宣传 Online");
	json_decref(plan);
}
END_TEST

/* 联系人： alone over lines that are no rows of gaps (质量部　刘晓雯，分机
 * 6218，手机：…): read as the lines under 联系方式 are. */
START_TEST(contact_lines_under_a_lone_contact_label)
{
	json_t *plan = plan_from_text(
		"关于开展活动的通知\n\n一、活动安排\n1. 启动仪式\n时间：5月9日上午8:30\n\n联系人：\n"
		"质量部　刘晓雯，分机 6218，手机：13962187405，邮箱：vivian.liu@derun-lj.com\n"
		"人力资源部　王俊杰，分机6105\n注：本通知以中文版本为准。\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "刘晓雯|6218|vivian.liu@derun-lj.com");
	ck_assert_str_eq(contact_line_at(plan, 2), "王俊杰|6105|-");
	json_decref(plan);
}
END_TEST

/* A labelled item's content inviting units to send their people
 * (邀请X、Y派员参加, 邀请Z派员现场指导, X、Y派员参加。) names helpers
 * beside those of its 配合单位 label, each once; 海关 is a unit. */
START_TEST(units_invited_to_send_people_help)
{
	json_t *plan = plan_from_text(
		"某市公安局知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"1.启动仪式\n时间：4月20日上午9:30\n地点：市人民广场\n牵头单位：市局食药环侦支队\n"
		"配合单位：市局政治部、城东分局\n"
		"内容：举行启动仪式。邀请市市场监督管理局（知识产权局）、霞州海关、城东分局派员参加，联合开展咨询服务。\n"
		"2.集中销毁\n时间：4月26日上午10时\n牵头单位：市局食药环侦支队\n配合单位：市局治安支队\n"
		"内容：集中销毁侵权商品，邀请人大代表见证，邀请市生态环境局派员现场指导。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"),
			 "市局政治部、城东分局、市市场监督管理局（知识产权局）、霞州海关");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "市局治安支队、市生态环境局");
	json_decref(plan);
}
END_TEST

/* （二）规定动作 / 各分局须完成以下规定动作（责任单位：X；督导单位：Y）：
 * / 1. 2.: the group's bracketed labels are its items' units, the one
 * who oversees helping; 活动开展当日18时前 is each activity's day. */
START_TEST(a_groups_bracketed_units_and_each_days_report)
{
	json_t *plan = plan_from_text(
		"某市公安局知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"（一）规定动作\n各县（区）公安局、各分局须完成以下规定动作（责任单位：各县（区）公安局、各分局；"
		"督导单位：市局食药环侦支队）：\n"
		"1.开展一次警企走访。宣传周期间，各单位至少走访辖区5家重点企业，了解企业知识产权保护需求。\n"
		"2.开展一次现场宣传。4月20日至25日，在辖区商贸市场设点宣传。\n"
		"三、工作要求\n（一）及时报送信息。各单位要在活动开展当日18时前，将活动开展情况信息报送市局政治部。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	for (size_t i = 0; i < 2; i++) {
		ck_assert_str_eq(names(plan_activity(plan, i), "lead"), "各县（区）公安局、各分局");
		ck_assert_str_eq(names(plan_activity(plan, i), "cooperate"), "市局食药环侦支队");
	}
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动开展情况信息|活动开展当日18时前|-|各单位|市局政治部");
	json_decref(plan);
}
END_TEST

/* A letter asking help (商请函): 请贵单位确定1名联络员，于…前将回执函复
 * 我局 asks each addressee of its salutation, answered to the writer
 * (我局: the organizer by its other name); the annex's note saying it
 * again (请于2月28日前将回执盖章扫描后发送至…) is the same deadline. */
START_TEST(a_letter_asks_its_addressees)
{
	json_t *plan = plan_from_text(
		"沱湖县农业农村局关于商请配合开展宣传周活动的函\n\n"
		"县市场监督管理局、县公安局，各乡镇人民政府：\n"
		"　　我局制定了《沱湖县2026年宣传周活动方案》（见附件1），定于3月9日至3月15日开展宣传周活动。"
		"县农业农村局将牵头组织。现将有关事项函商如下：\n"
		"　　一、请贵单位确定1名联络员，于2月28日（星期六）前将回执（附件2）函复我局。\n"
		"　　特此函商。\n\n　　　　　　　沱湖县农业农村局\n　　　　　　　2026年2月26日\n\n附件1\n\n"
		"沱湖县2026年宣传周活动方案\n一、活动时间\n2026年3月9日至3月15日。\n二、活动安排\n"
		"（一）启动仪式。3月9日上午，在县人民广场举行，由县农业农村局牵头。\n\n附件2\n\n联络员回执\n"
		"注：请于2月28日前将回执盖章扫描后发送至thxnyncj@163.com。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "确定1名联络员并报送回执（附件2）|2月28日（星期六）前|2026-02-28|"
			 "县市场监督管理局、县公安局、各乡镇人民政府|县农业农村局");
	json_decref(plan);
}
END_TEST

/* Does the bilingual pass leave the n lines in as they were? */
static bool plain_lines(const char *const *in, size_t n)
{
	size_t kept = n;
	char **v = wp_xcalloc(n, sizeof *v);
	for (size_t i = 0; i < n; i++)
		v[i] = wp_xstrdup(in[i]);
	v = wp_nbilingual_lines(v, &kept);
	bool same = kept == n;
	for (size_t i = 0; i < kept; i++) {
		same = same && strcmp(v[i], in[i]) == 0;
		free(v[i]);
	}
	free(v);
	return same;
}

/* What the second reading found the new rules must not take: a plain
 * notice's labels with codes (QQ：) make no bilingual text, nor do three
 * English lines; a web address keeps its slashes; a plain arrow at a
 * wrapped line's end is mid-sentence; a holiday named in the thing sent is
 * no rule, nor one a year the calendar does not know; 当天 of a thing the
 * item's title does not name is no day of the item; the contacts under a
 * lone 联系人： in an item are that item's. */
START_TEST(what_the_new_rules_must_not_take)
{
	json_t *plan = plan_from_text(
		"某县知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"（一）线上直播\n时间：4月20日\n地点：线上（https://live.example.gov.cn/ip2026）\n"
		"（二）企业开放日 Open Day\n时间：4月22日\n联系人：\n县科技局　张伟，分机 8012，手机：13912345671\n"
		"县科技局　李强，分机 8013\n"
		"联系人：张伟 QQ：123456789\n联系人：李强 QQ：123456788\n联系人：王芳 QQ：123456787\n"
		"联系人：赵敏 QQ：123456786\n"
		"三、工作要求\n（一）各单位于4月28日前将劳动节后第一个工作日值班安排报县政府办。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "线上（https://live.example.gov.cn/ip2026）");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "企业开放日 Open Day");
	ck_assert_uint_ge(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "张伟|8012|-");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "contacts"), 0), "activity"), "二");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-04-28");
	json_decref(plan);

	/* three English lines; labels alone, with no English sentence; two
	 * English lines and labels of codes (QQ：): no translation */
	static const char *const three[] = {"Quality by everyone and zero defects", "Notice on the quality campaign",
					    "In case of any discrepancy the Chinese prevails", "一、活动主题 Theme"};
	static const char *const labels[] = {"联系人：张伟 Email：zw@a.cn", "联系人：李强 Email：lq@a.cn",
					     "联系人：王芳 Email：wf@a.cn", "联系人：赵敏 Email：zm@a.cn",
					     "一、活动主题 Theme"};
	static const char *const codes[] = {"Quality by everyone and zero defects", "Notice on the quality campaign",
					    "联系人：张伟 QQ：123456789", "联系人：李强 QQ：123456788", "一、活动主题 Theme"};
	ck_assert(plain_lines(three, 4));
	ck_assert(plain_lines(labels, 5));
	ck_assert(plain_lines(codes, 5));

	/* a line cut after a plain arrow goes on */
	plan = plan_from_text(
		"关于开展2026年知识产权宣传周活动的通知\n\n一、活动时间\n2026年4月20日至4月26日。\n二、活动安排\n"
		"1. 启动仪式\n时间：4月20日上午9时\n三、工作要求\n"
		"请各乡镇、各单位于4月16日前按“填表→盖章→扫描→\n"
		"上传”的流程将活动安排报县科技局，逾期不再受理。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-04-16");
	json_decref(plan);

	/* a campaign over the new year: the next holidays are 2027's, which
	 * the calendar does not know (so no due date), never 2026's */
	plan = plan_from_text(
		"某县2026年冬季安全宣传月活动方案\n一、活动时间\n2026年12月1日至2027年1月31日。\n二、活动安排\n"
		"1. 启动仪式\n时间：12月1日\n三、工作要求\n（一）各单位于元旦假期结束后3个工作日内报送活动小结。\n"
		"（二）各单位于春节后第一个工作日报送活动总结。\n\n　　　县应急管理局\n　　　2026年11月20日\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	for (size_t i = 0; i < 2; i++)
		ck_assert_ptr_null(field(json_array_get(json_object_get(plan, "deadlines"), i), "due"));
	json_decref(plan);

	/* 读书日当天 inside an item of another day: no day of that item */
	plan = plan_from_text(
		"某县读书月活动方案\n一、活动时间\n2026年4月1日至4月30日。\n二、活动安排\n"
		"（一）读书分享会\n4月20日在县图书馆举行。各馆于读书日当天17:00前将活动照片报县文旅局。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	for (size_t i = 0; i < json_array_size(dls); i++)
		ck_assert_msg(!field(json_array_get(dls, i), "due") ||
				      strcmp(field(json_array_get(dls, i), "due"), "2026-04-20") != 0,
			      "读书日 is no day of the item: %s", deadline_line_at(plan, i));
	json_decref(plan);
}
END_TEST

/* The holiday words as notices write them: a tail (长假, 假期结束),
 * the first working day in other words (上班第一天), 清明假期 (清明 alone is
 * a solar term), counts up to 60 working days and no more. */
START_TEST(holiday_words_as_written)
{
	json_t *plan = plan_from_text(
		"某县2026年宣传月活动方案\n一、活动时间\n2026年4月1日至10月31日。\n二、活动安排\n"
		"1. 启动仪式\n时间：4月1日\n三、工作要求\n"
		"（一）各单位于清明假期结束后3个工作日内报送第一阶段小结。\n"
		"（二）各单位于国庆长假后上班第一天报送第二阶段小结。\n"
		"（三）各单位于端午节后61个工作日内报送第三阶段小结。\n"
		"\n　　　县应急管理局\n　　　2026年3月20日\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送第一阶段小结|清明假期结束后3个工作日内|2026-04-09|各单位|-");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送第二阶段小结|国庆长假后上班第一天|2026-10-08|各单位|-");
	ck_assert_ptr_null(field(json_array_get(json_object_get(plan, "deadlines"), 2), "due"));
	json_decref(plan);
}
END_TEST

/* A store's calendar that knows 2027's 春节 only provisionally (the
 * official arrangement not yet published): no due date is counted from
 * it, as working days are counted over no year the arrangement of which
 * is not known. */
START_TEST(no_holiday_counted_in_a_year_not_known)
{
	wp_calendar *cal = wp_calendar_new(NULL, NULL);
	wp_calendar_set_covered(cal, 2026, true);
	for (int d = 6; d <= 12; d++)
		wp_calendar_add_provisional(cal, wp_date_from_ymd(2027, 2, d), WP_DAY_OFF, "春节");
	wp_calendar_set_provisional(cal, 2027, true);
	wp_notice_hints hints = {.year = 2026, .start = WP_DATE_NONE, .end = WP_DATE_NONE, .calendar = cal};
	static const char text[] =
		"某县2026年冬季安全宣传月活动方案\n一、活动时间\n2026年12月1日至2027年1月31日。\n二、活动安排\n"
		"1. 启动仪式\n时间：12月1日\n三、工作要求\n（一）各单位于春节后第一个工作日报送活动总结。\n"
		"\n　　　县应急管理局\n　　　2026年11月20日\n";
	wp_notice_report report;
	wp_err err;
	char *text_plan = wp_notice_read_hinted(text, strlen(text), &hints, &report, &err);
	ck_assert_msg(text_plan != NULL, "%s", err.msg);
	json_t *plan = json_loads(text_plan, 0, NULL);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "rule"), "春节后第一个工作日");
	ck_assert_ptr_null(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"));
	json_decref(plan);
	free(text_plan);
	wp_notice_report_free(&report);
	wp_calendar_free(cal);
}
END_TEST

/* 启动仪式举办2个工作日前: counted back from the ceremony's day (Monday
 * 4月20日: 4月16日); 汇总形成X，报送Y sends X to Y; 将在…内…进行通报 is the
 * office telling all, no report; 4月22日前 is a date, no count. */
START_TEST(counted_back_made_then_sent_and_told)
{
	json_t *plan = plan_from_text(
		"某区知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至4月26日。\n二、活动安排\n"
		"（一）启动仪式\n4月20日上午9时在区文化广场举行。\n（二）4月读书分享会\n4月25日在区图书馆举行。\n"
		"三、工作要求\n（一）启动仪式各配合单位于启动仪式举办2个工作日前将参会人员名单报送局办公室。\n"
		"（二）局知识产权股于5月5日前汇总形成全区工作总结，报送市市场监管局。\n"
		"（三）各所于4月22日前将宣传资料报局办公室。\n"
		"区市场监管局将在宣传周结束后10个工作日内，对各单位活动开展情况进行通报。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	json_t *first = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(first, "rule"), "启动仪式举办2个工作日前");
	json_t *rel = json_object_get(first, "relative");
	ck_assert_int_eq(json_integer_value(json_object_get(rel, "offset")), -2);
	ck_assert_str_eq(field(rel, "anchor"), "activity_start");
	ck_assert_str_eq(field(first, "activity"), "一");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送全区工作总结|5月5日前|2026-05-05|局知识产权股|市市场监管局");
	ck_assert_str_eq(deadline_line_at(plan, 2), "报送宣传资料|4月22日前|2026-04-22|各所|局办公室");
	json_decref(plan);
}
END_TEST

/* What the second reading of the letter and report rules found they
 * must not take: 于…前通报县应急局 sends; 函复如下 answers here, sends
 * nothing; a label over a list (主办单位：) salutes no one, and a 贵单位
 * with no salutation leaves the 我局 after it to be named; an ordinal
 * (第3个工作日前) counts nothing back; the thing made is the one in the
 * clause right before 报送. */
START_TEST(what_the_letter_rules_must_not_take)
{
	json_t *plan = plan_from_text(
		"某县安全宣传周活动方案\n一、活动时间\n2026年5月9日至5月15日。\n二、活动安排\n"
		"（一）启动仪式\n5月9日上午在县广场举行。\n三、工作要求\n"
		"（一）各乡镇将排查情况于5月10日前通报县应急局。\n"
		"（二）现将5月20日前需完成的工作事项函复如下。\n"
		"（三）各单位要形成长效机制，于5月20日前汇总形成工作总结，报送县局办公室。\n"
		"（四）各单位于活动结束后第3个工作日前报送小结。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送排查情况|5月10日前|2026-05-10|各乡镇|县应急局");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 1), "what"), "报送工作总结");
	json_decref(plan);

	plan = plan_from_text(
		"县科技局关于举办知识产权培训会的通知\n\n主办单位：\n县科技局、县教育局\n"
		"一、请贵单位于4月15日前将参会名单报送我局。\n二、请各乡镇于4月16日前将宣传资料报我局。\n"
		"三、培训会定于4月22日在县会议中心举行。\n\n　　　县科技局\n　　　2026年4月10日\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 2);
	ck_assert_str_ne(names(json_array_get(dls, 0), "who"), "主办单位");
	ck_assert_str_eq(field(json_array_get(dls, 1), "submit_to"), "县科技局");
	json_decref(plan);

	/* a 大队's 我局 is the bureau above it: kept as written */
	plan = plan_from_text(
		"县公安局交通警察大队关于开展交通安全宣传周活动的通知\n\n各中队：\n"
		"一、活动时间：2026年5月9日至5月15日。\n二、请各中队于5月8日前将活动安排报我局。\n"
		"\n　　　县公安局交通警察大队\n　　　2026年5月6日\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "submit_to"), "我局");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round58");
	TCase *tc = tcase_create("round58");
	tcase_add_test(tc, marked_numbers_under_bracketed_headings);
	tcase_add_test(tc, bracketed_contacts_and_a_remark_on_a_number);
	tcase_add_test(tc, an_emoji_ends_a_sentence);
	tcase_add_test(tc, reports_counted_from_a_holiday);
	tcase_add_test(tc, a_report_on_its_items_day);
	tcase_add_test(tc, a_notice_in_two_languages);
	tcase_add_test(tc, the_english_set_aside_line_by_line);
	tcase_add_test(tc, a_few_latin_lines_make_no_translation);
	tcase_add_test(tc, contact_lines_under_a_lone_contact_label);
	tcase_add_test(tc, units_invited_to_send_people_help);
	tcase_add_test(tc, a_groups_bracketed_units_and_each_days_report);
	tcase_add_test(tc, a_letter_asks_its_addressees);
	tcase_add_test(tc, what_the_new_rules_must_not_take);
	tcase_add_test(tc, holiday_words_as_written);
	tcase_add_test(tc, no_holiday_counted_in_a_year_not_known);
	tcase_add_test(tc, counted_back_made_then_sent_and_told);
	tcase_add_test(tc, what_the_letter_rules_must_not_take);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
