/* check_reader_round57.c - habits of the notices of round r57 (g313-g317),
 * the hold-out written after session 29's teaching: a province's notice
 * as pdftotext -layout gives it, a deployment meeting's slides. */
#include "config.h"

#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* A table as a PDF's text layer prints it with its layout kept: the
 * columns known only by where their text starts, each cell wrapped
 * inside its column and centred in its row (the number on the middle
 * line), a blank line between rows, the header's 序号 wrapped to 序 / 号
 * and printed again atop the next page under its number; an empty cell
 * (row 2's 承办单位) is empty, no neighbour's. Under a 主办单位 column, the
 * 承办单位 works with the host: cooperate, not a second lead. */
START_TEST(a_table_printed_with_its_layout)
{
	json_t *plan = plan_from_text(
		"某某县知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
		"二、活动安排\n具体安排如下表。\n\n"
		" 序     活动名称          时间            地点            主办单位        承办单位          备注\n"
		" 号\n"
		"\n"
		"\n"
		"        县知识产权宣传    4月20日（星     县人民广场      县市场监督管    县融媒体中心、    雨天改|室内\n"
		" 1      周启动仪式        期一）上午                      理局            城关镇人民政府\n"
		"                          9:30\n"
		"\n"
		" 2      专利导航培训      4月22日下午     县行政服务中    县科技局                          限100人\n"
		"        会                2:30            心三楼\n"
		"\n"
		"                                                                                                    — 3 —\n"
		" 序     活动名称          时间            地点            主办单位        承办单位          备注\n"
		" 号\n"
		"\n"
		" 3      知识产权进企      宣传周期间      各乡镇工业园    县市场监督管    各乡镇人民政\n"
		"        业巡回服务                        区              理局            府\n"
		"\n三、工作要求\n（一）加强领导。各乡镇要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|县知识产权宣传周启动仪式|2026-04-20|2026-04-20|09:30|县人民广场|县市场监督管理局|"
			 "县融媒体中心、城关镇人民政府");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|专利导航培训会|2026-04-22|2026-04-22|14:30|县行政服务中心三楼|县科技局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|知识产权进企业巡回服务|2026-04-20|2026-04-26|-|各乡镇工业园区|县市场监督管理局|各乡镇人民政府");
	json_decref(plan);
}
END_TEST

/* A cell holding a bar (县人民|广场) gives it as a full-width one, the
 * cells after it where they were. */
START_TEST(a_bar_inside_a_layout_cell_parts_no_cells)
{
	json_t *plan = plan_from_text(
		"某某县知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n\n"
		" 序号   活动名称          时间            地点            牵头单位        配合单位          备注\n\n"
		"        启动仪式          4月20日上午     县人民|广场     县市场监督管    县融媒体中心      雨天改室内\n"
		" 1                        9:30                            理局\n\n"
		" 2      专利培训会        4月22日         县行政服务中心  县科技局        县市场监督管理局\n\n"
		"三、工作要求\n（一）加强领导。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|启动仪式|2026-04-20|2026-04-20|09:30|县人民｜广场|县市场监督管理局|县融媒体中心");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|专利培训会|2026-04-22|2026-04-22|-|县行政服务中心|县科技局|县市场监督管理局");
	json_decref(plan);
}
END_TEST

/* 今年…的主题确定为“X”: the quotation is the theme, not the paragraph. */
START_TEST(a_theme_the_sentence_settles)
{
	json_t *plan = plan_from_text(
		"某某县知识产权宣传周活动方案\n一、活动主题\n"
		"今年全国知识产权宣传周活动的主题确定为“严格保护知识产权　赋能新质生产力发展”。各地要紧扣主题，讲好故事。\n"
		"二、活动时间\n2026年4月20日至26日。\n三、活动安排\n（一）启动仪式。4月20日上午，由县市场监管局负责。\n");
	ck_assert_str_eq(field(plan, "theme"), "严格保护知识产权　赋能新质生产力发展");
	json_decref(plan);
}
END_TEST

/* A meeting's slides as text: —— 第N页 —— opens each slide, the deck's
 * footer and the slide's number close it; a contents slide and an
 * overview (01 / 启动仪式) name no activity; 01　工作回顾 is a chapter; a
 * label alone over its value (宣传主题, 牵头单位, 组长 over a name and a
 * post) is one line; a timeline's date over its task is a deadline; a
 * speaker's note (备注：) is a paragraph of its own; a bullet's line is
 * one, though it ends no sentence; a slide's short labels (▍主办：, ▍承办：
 * under it cooperates; ▍牵头：, ▍配合：; a label a tab apart from its value). */
START_TEST(a_deployment_meetings_slides)
{
	json_t *plan = plan_from_text(
		"课件文字版发给大家。\n\n—— 第1页 ——\n\n某某县2026年安全生产月活动方案\n——全县安全生产月工作部署会\n某某县应急管理局\n2026年5月20日\n\n"
		"—— 第2页 ——\n\n目　录\n01　总体安排\n02　活动安排\n03　时间节点\n某某县应急管理局　|　安全生产月\n2\n\n"
		"—— 第3页 ——\n\n01　总体安排\n工作依据\n市应急管理局《关于开展2026年安全生产月活动的通知》（市应急〔2026〕9号）\n"
		"宣传主题\n“人人讲安全　个个会应急”\n宣传时间\n2026年6月1日—6月30日\n牵头单位\n县应急管理局\n"
		"宣传重点\n■　宣传《安全生产法》及配套法规规章，压实生产经营单位安全生产主体责任\n"
		"■　普及危险化学品、粉尘涉爆、有限空间等重点领域应急避险和自救互救知识\n"
		"■　推广“安全生产月”主题宣传活动经验，营造全社会关注安全、关爱生命的氛围\n"
		"组长\n王建国\n某某县应急管理局　|　安全生产月\n3\n\n"
		"—— 第4页 ——\n\n成员\n张三\n赵六\n王五\n副组长\n李四\n4\n\n"
		"—— 第5页 ——\n\n02　活动安排\n两项重点活动\n01\n启动仪式\n02\n应急演练\n某某县应急管理局　|　安全生产月\n5\n\n"
		"—— 第6页 ——\n\n活动一　启动仪式\n▍时间：6月1日上午9:00\n▍地点：县人民广场\n▍主办：县应急管理局\n▍承办：县消防救援大队\n"
		"▍协办：县总工会\n15 个乡镇同步设分会场\n某某县应急管理局　|　安全生产月\n6\n\n"
		"备注：各乡镇于5月28日前把分会场名单报县应急管理局。\n\n"
		"—— 第7页 ——\n\n活动二　应急演练\n时间\t6月16日下午2:30\n地点\t县第一中学操场\n▍牵头：县教育局\n▍配合：县卫生健康局\n"
		"某某县应急管理局　|　安全生产月\n7\n\n"
		"—— 第8页 ——\n\n03　时间节点\n6月5日前\n各乡镇报送活动方案\n活动期间每个工作日16:00前\n各乡镇报送当日活动信息\n"
		"某某县应急管理局　|　安全生产月\n8\n");
	ck_assert_str_eq(field(plan, "title"), "某某县2026年安全生产月活动方案");
	ck_assert_str_eq(field(plan, "organizer"), "某某县应急管理局");
	ck_assert_str_eq(field(plan, "theme"), "人人讲安全　个个会应急");
	ck_assert_str_eq(field(plan, "parent_plan"), "市应急管理局《关于开展2026年安全生产月活动的通知》（市应急〔2026〕9号）");
	ck_assert_str_eq(field(plan, "lead_unit"), "县应急管理局");
	/* a bullet's line is a paragraph though it ends no sentence */
	ck_assert_uint_eq(plan_count(plan, "focus"), 3);
	/* a role's post is never the footer or the slide's number */
	json_t *committee = json_object_get(plan, "committee");
	ck_assert_str_eq(names(committee, "chair"), "王建国");
	ck_assert_str_eq(names(committee, "vice_chair"), "李四");
	ck_assert_uint_eq(json_array_size(json_object_get(committee, "members")), 3);
	/* 15 个乡镇 is a count, no chapter that would end the activities */
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|启动仪式|2026-06-01|2026-06-01|09:00|县人民广场|县应急管理局|县消防救援大队、县总工会");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|应急演练|2026-06-16|2026-06-16|14:30|县第一中学操场|县教育局|县卫生健康局");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 3);
	/* the speaker's note, its label gone: 各乡镇 owe it */
	ck_assert_str_eq(names(json_array_get(dls, 0), "who"), "各乡镇");
	ck_assert_str_eq(deadline_line(json_array_get(dls, 1)), "报送活动方案|6月5日前|2026-06-05|各乡镇|-");
	ck_assert_str_eq(field(json_array_get(dls, 2), "rule"), "每个工作日16:00前");
	json_decref(plan);
}
END_TEST

/* Markers that do not count 1, 2, 3 on make no deck, nor does a page's
 * own 第1页 共3页 atop each page: the lines are read as a document's,
 * the sentence a page cut joined again. */
START_TEST(page_numbers_make_no_deck)
{
	static const char *const markers[][3] = {
		{"—— 第1页 ——", "—— 第2页 ——", "—— 第4页 ——"},
		{"第1页 共3页", "第2页 共3页", "第3页 共3页"},
	};
	for (size_t k = 0; k < 2; k++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b,
			      "%s\n某某县2026年安全生产月活动方案\n一、活动时间\n2026年6月1日至30日。\n二、活动安排\n"
			      "（一）启动仪式。6月1日上午9:00在县人民广场举行，由县应急\n\n%s\n\n管理局负责，县总工会配合。\n"
			      "（二）应急演练。6月16日，由县教育局负责。\n\n%s\n\n三、工作要求\n（一）加强领导。\n各乡镇要高度重视。\n",
			      markers[k][0], markers[k][1], markers[k][2]);
		json_t *plan = plan_from_text(wp_buf_str(&b));
		ck_assert_uint_eq(plan_count(plan, "activities"), 2);
		ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
				 "一|启动仪式|2026-06-01|2026-06-01|09:00|县人民广场|县应急管理局|县总工会");
		json_decref(plan);
		wp_buf_free(&b);
	}
}
END_TEST

/* Short labels outside a deck: a label a tab apart from its value (a
 * two-column table copied out of Word), 责任：X　　配合：Y after an arrow,
 * and a unit marked （技术支持） helps. */
START_TEST(short_labels_and_a_supporting_unit)
{
	json_t *plan = plan_from_text(
		"某某公司2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"（一）知识竞赛\n时间\t4月22日下午3:00\n地点\t公司报告厅\n▶　责任：工会　　配合：团委\n"
		"（二）线上答题\n4月20日至26日，【责任】法务部（牵头）、信息技术部（技术支持）\n"
		"三、工作要求\n（一）加强领导。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|知识竞赛|2026-04-22|2026-04-22|15:00|公司报告厅|工会|团委");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "信息技术部");
	json_decref(plan);
}
END_TEST

/* A contest's stages under its item, each a short name and its colon
 * before the event told from its date (1.初赛：5月6日至5月7日，… / 2.决赛：
 * 5月8日（周五）下午3:00，在X举行): the name is the title, the rest its
 * when and where; a unit that sends its people (派员参加) helps. */
START_TEST(stages_named_before_their_dates)
{
	json_t *plan = plan_from_text(
		"某某医院手卫生宣传周活动方案\n一、活动时间\n2026年5月6日至5月12日。\n二、活动安排\n"
		"（一）手卫生知识竞赛\n由护理部牵头，院感科、工会配合，竞赛分两个阶段进行：\n"
		"1.初赛：5月6日至5月7日，全院医务人员通过“问卷星”线上平台在线答题；\n"
		"2.决赛：5月8日（周五）下午3:00，在行政楼五楼学术报告厅举行，设必答和抢答环节。\n"
		"（二）手卫生进社区\n5月9日上午9:00，在东门社区开展宣教活动。由院感科负责，儿科、团委派员参加。\n"
		"三、工作要求\n（一）高度重视。\n");
	json_t *acts = json_object_get(plan, "activities");
	json_t *final = NULL, *first = NULL, *community = NULL;
	for (size_t i = 0; i < json_array_size(acts); i++) {
		const char *title = field(json_array_get(acts, i), "title");
		if (strcmp(title, "决赛") == 0)
			final = json_array_get(acts, i);
		if (strcmp(title, "初赛") == 0)
			first = json_array_get(acts, i);
		if (strcmp(title, "手卫生进社区") == 0)
			community = json_array_get(acts, i);
	}
	ck_assert_msg(first && final && community, "stages read by their names");
	ck_assert_str_eq(field(first, "start"), "2026-05-06");
	ck_assert_str_eq(field(first, "end"), "2026-05-07");
	ck_assert_str_eq(field(final, "start"), "2026-05-08");
	ck_assert_str_eq(field(final, "time"), "15:00");
	ck_assert_str_eq(field(final, "location"), "行政楼五楼学术报告厅");
	ck_assert_str_eq(names(community, "cooperate"), "儿科、团委");
	json_decref(plan);
}
END_TEST

/* X会同Y、Z组成督查组: the partners end where what they do begins (组成,
 * 深入), though the whole reads as a unit for its 组; a deed's word that
 * opens a unit's own name (县委组织部) cuts nothing. */
START_TEST(partners_end_before_their_deed)
{
	json_t *plan = plan_from_text(
		"某县活动方案\n一、活动时间\n2026年5月6日至12日。\n二、活动安排\n"
		"（一）专项督查\n5月6日至5月12日，院感科会同护理部、医务部组成督查组，深入各临床科室抽查。\n"
		"（二）专题宣讲\n5月8日，县委宣传部会同县委组织部、县总工会开展宣讲。\n三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "护理部、医务部");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县委组织部、县总工会");
	json_decref(plan);
}
END_TEST

/* 在X逐一排查, 在X公众号推送: the place ends before what is done there. */
START_TEST(places_before_what_is_done_there)
{
	json_t *plan = plan_from_text(
		"某医院活动方案\n一、活动时间\n2026年5月6日至12日。\n二、活动安排\n"
		"（一）设施排查\n5月6日至5月8日，由后勤保障科牵头，在全院各病区、门诊及医技科室逐一排查洗手池配置情况。\n"
		"（二）主题推送\n5月7日，在医院微信公众号“溇阳县人民医院”推送科普图文。由宣传科负责。\n三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "全院各病区、门诊及医技科室");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "医院微信公众号“溇阳县人民医院”");
	json_decref(plan);
}
END_TEST

/* A table row's 备注 that asks for a report with its own day is a
 * deadline (the row's other cells no part of it); 向X报送推荐作品3—5部
 * （邮箱：x@y）: X receives, the mailbox is X's, and 3—5部 is a count, no
 * unit; an annex's form that names itself (注：本表请于4月10日前报送…)
 * restates the body's deadline of that day. */
START_TEST(a_report_asked_in_a_table_cell_and_a_form_that_names_itself)
{
	json_t *plan = plan_from_text(
		"某县活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"|序号|活动名称|时间|地点|主办单位|备注|\n"
		"|1|短视频征集|4月1日—24日|线上|县知识产权局|请各乡镇于4月16日前向县知识产权局报送推荐作品3—5部（邮箱：a@b.cn）|\n"
		"|2|启动仪式|4月20日|县人民广场|县知识产权局||\n"
		"三、工作要求\n（一）请各乡镇于4月10日前将活动安排表（附件1）报县知识产权局。\n"
		"附件1\n活动安排表\n注：本表请于4月10日前报送县知识产权局。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 2);
	ck_assert_str_eq(deadline_line(json_array_get(dls, 0)),
			 "报送推荐作品3—5部|4月16日前|2026-04-16|各乡镇|县知识产权局（邮箱：a@b.cn）");
	ck_assert_str_eq(field(json_array_get(dls, 1), "due"), "2026-04-10");
	json_decref(plan);
}
END_TEST

/* 苏州、无锡、常州、南通市市场监督管理局: cities sharing the last one's
 * level and bureau, one name as written (no bare city a unit); short
 * units before a county's bureau (团委、妇联、县教育局) stay apart. */
START_TEST(places_sharing_a_bureau_stay_one)
{
	json_t *plan = plan_from_text(
		"某省活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"（一）巡回服务。4月20日，由省知识产权局牵头，苏州、无锡、常州、南通市市场监督管理局（知识产权局）配合。\n"
		"（二）青年宣讲。4月21日，由县科协牵头，团委、妇联、县教育局配合。\n三、工作要求\n（一）加强领导。\n");
	json_t *shared = json_object_get(plan_activity(plan, 0), "cooperate");
	ck_assert_uint_eq(json_array_size(shared), 1);
	ck_assert_str_eq(json_string_value(json_array_get(shared, 0)),
			 "苏州、无锡、常州、南通市市场监督管理局（知识产权局）");
	json_t *apart = json_object_get(plan_activity(plan, 1), "cooperate");
	ck_assert_uint_eq(json_array_size(apart), 3);
	ck_assert_str_eq(json_string_value(json_array_get(apart, 2)), "县教育局");
	json_decref(plan);
}
END_TEST

/* 办公室设在医院感染管理科（以下简称“院感科”）: the office is the unit's
 * name, not the bracket that says what it is called below. */
START_TEST(an_office_and_what_it_is_called)
{
	json_t *plan = plan_from_text(
		"某医院活动方案\n一、活动时间\n2026年5月6日至12日。\n二、组织领导\n医院成立宣传周活动领导小组：\n"
		"组　长：院长　邓国平\n成　员：医务部、护理部\n领导小组下设办公室，办公室设在医院感染管理科（以下简称“院感科”），负责日常工作。\n"
		"三、活动安排\n（一）启动仪式。5月6日上午，由院感科负责。\n");
	json_t *office = json_object_get(json_object_get(plan, "committee"), "office");
	ck_assert_str_eq(json_string_value(json_array_get(office, 0)), "医院感染管理科");
	json_decref(plan);
}
END_TEST

/* 4月15日起至宣传周结束: from that day to the campaign's last; 在X电子屏
 * 滚动播放: the place ends before the scrolling. */
START_TEST(from_a_day_to_the_campaigns_end)
{
	json_t *plan = plan_from_text(
		"某县活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"（一）预热宣传。4月15日起至宣传周结束，在县城主要路口LED显示屏滚动播放公益广告。由县市场监管局负责。\n"
		"三、工作要求\n（一）加强领导。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|预热宣传|2026-04-15|2026-04-26|-|县城主要路口LED显示屏|县市场监管局|");
	json_decref(plan);
}
END_TEST

/* 面向全市在园幼儿征集: 在园 is in a word (the children at kindergarten),
 * no 在X of a place. */
START_TEST(zai_yuan_is_in_a_word)
{
	json_t *plan = plan_from_text(
		"某市活动方案\n一、活动时间\n2026年5月20日至6月19日。\n二、活动安排\n"
		"（一）绘画征集。5月20日至6月15日，面向全市在园幼儿征集绘画作品，由市学前教育指导中心负责。\n"
		"三、工作要求\n（一）加强领导。\n");
	ck_assert_ptr_null(field(plan_activity(plan, 0), "location"));
	json_decref(plan);
}
END_TEST

/* Channels each with a name of their own (“巴岭应急”微信公众号、区融媒体中心
 * “掌上巴岭”客户端; X日报) are the place together, as written; one of them
 * a bare platform (“会宁发布”微信公众号、抖音号和县电视台) makes none. */
START_TEST(named_channels_are_the_place_together)
{
	json_t *plan = plan_from_text(
		"某区活动方案\n一、活动时间\n2026年5月6日至12日。\n二、活动安排\n"
		"（一）线上宣传。5月6日起，通过“巴岭应急”微信公众号、区融媒体中心“掌上巴岭”客户端推送科普知识。由区应急管理局负责。\n"
		"（二）媒体宣传。5月7日，通过“宁川市场监管”微信公众号和宁川日报刊发专版。由区市场监管局负责。\n"
		"（三）短视频。5月8日，通过“会宁发布”微信公众号、抖音号和县电视台播放短视频。由区融媒体中心负责。\n"
		"三、工作要求\n（一）加强领导。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "“巴岭应急”微信公众号、区融媒体中心“掌上巴岭”客户端");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "“宁川市场监管”微信公众号和宁川日报");
	ck_assert_ptr_null(field(plan_activity(plan, 2), "location"));
	json_decref(plan);
}
END_TEST

/* 县中医医院、县妇幼保健院派出医生参加, 县农技中心派专家参加: units that
 * send their people help. */
START_TEST(units_sending_their_people_help)
{
	json_t *plan = plan_from_text(
		"某县活动方案\n一、活动时间\n2026年6月1日至6日。\n二、活动安排\n"
		"（一）大型义诊。6月6日上午，在县人民广场举办义诊，由县人民医院负责，县中医医院、县妇幼保健院派出医生参加。\n"
		"（二）农技咨询。6月3日，在镇农贸市场设咨询台，由镇农业站负责，县农业技术推广中心派专家参加。\n"
		"三、工作要求\n（一）加强领导。\n");
	json_t *first = json_object_get(plan_activity(plan, 0), "cooperate");
	ck_assert_uint_eq(json_array_size(first), 2);
	ck_assert_str_eq(json_string_value(json_array_get(first, 1)), "县妇幼保健院");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县农业技术推广中心");
	json_decref(plan);
}
END_TEST

/* 确定1名联络员并报送X, 确定1名联络员，将X报Y: the appointment is part of
 * the duty (确定1名联络员并报送X); one before a dated sending of another
 * thing (确定1名联络员并于6月3日前将回执报Y) is not. */
START_TEST(an_appointment_named_with_the_report)
{
	json_t *plan = plan_from_text(
		"某县活动方案\n一、活动时间\n2026年6月1日至6日。\n二、活动安排\n（一）启动仪式。6月1日，由县局负责。\n"
		"三、工作要求\n（一）各乡镇于5月25日前确定1名联络员，将联络员名单报县局。\n"
		"（二）各乡镇于5月26日前确定1名信息员并报送信息员姓名和手机号。\n"
		"（三）各乡镇确定1名联络员并于5月27日前将参加启动仪式人员回执报县局。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 3);
	ck_assert_str_eq(field(json_array_get(dls, 0), "what"), "确定1名联络员并报送联络员名单");
	ck_assert_str_eq(field(json_array_get(dls, 1), "what"), "确定1名信息员并报送信息员姓名和手机号");
	ck_assert_str_eq(field(json_array_get(dls, 2), "what"), "报送参加启动仪式人员回执");
	json_decref(plan);
}
END_TEST

/* A layout table's line whose text runs to the layout's edge, ending in
 * a piece of no width (a tab, a combining mark), is read without looking
 * past the columns it knows (the sanitizers' run would see it). */
START_TEST(a_layout_line_at_the_edge)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "某县活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n\n"
			" 序号   活动名称          时间            地点            牵头单位\n\n"
			"        启动仪式          4月20日上午     县人民广场      县市场监督管\n");
	for (int k = 0; k < 400; k++)
		wp_buf_putc(&b, ' ');
	wp_buf_puts(&b, "\t\n 1                        9:30                            理局\n\n"
			" 2      专利培训会        4月22日         县行政服务中心  县科技局\n\n三、工作要求\n（一）加强领导。\n");
	json_t *plan = plan_from_text(wp_buf_str(&b));
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
	wp_buf_free(&b);
}
END_TEST

/* X转发Y《关于…的通知》的通知 is the cover of a notice passing one on: its
 * title is the passed-on plan's; only a label's citation (工作依据：X《关于
 * …》) is no cover. */
START_TEST(a_forwarding_cover_keeps_its_title)
{
	json_t *plan = plan_from_text(
		"某某县教育局转发市教育局《关于开展2026年安全教育周活动的通知》的通知\n各学校：\n现将通知转发给你们，请认真落实。\n"
		"一、活动时间\n2026年5月6日至12日。\n二、活动安排\n（一）启动仪式。5月6日，由县教育局负责。\n");
	ck_assert_str_eq(field(plan, "title"), "2026年安全教育周活动");
	json_decref(plan);
}
END_TEST

/* What the second reading found the rules above took too far: 经侦二处
 * and 秘书一处 are units (only a digit counts: 3—5部); 01　人员培训 is a
 * keyed row though 人 is a measure word; a bare platform after a named
 * account (“掌上巴岭”客户端、微信公众号) makes no place; a title line stays
 * the title when the next line cites a notice (依据X《关于…》); a table of
 * 至活动结束后一周 is no campaign's end. */
START_TEST(what_the_rules_must_not_take)
{
	json_t *plan = plan_from_text(
		"某县2026年安全生产月活动方案\n依据市应急管理局《关于开展2026年安全生产月活动的通知》，制定本方案。\n"
		"一、活动时间\n2026年6月1日至30日。\n二、活动安排\n"
		"01　人员培训　6月2日　县委党校\n02　日常巡查　6月3日　各乡镇\n"
		"三、重点工作\n（一）打击侵权。6月5日，由市公安局经侦二处负责，市委办公室秘书一处配合。\n"
		"（二）线上宣传。6月6日，通过“掌上巴岭”客户端、微信公众号推送。由县融媒体中心负责。\n"
		"（三）成果展示。6月10日至活动结束后一周，在县文化馆展出。由县文化馆负责。\n"
		"四、工作要求\n（一）加强领导。\n");
	ck_assert_str_eq(field(plan, "title"), "某县2026年安全生产月活动方案");
	json_t *acts = json_object_get(plan, "activities");
	json_t *crime = NULL, *online = NULL, *show = NULL;
	size_t keyed = 0;
	for (size_t i = 0; i < json_array_size(acts); i++) {
		json_t *a = json_array_get(acts, i);
		const char *t = field(a, "title");
		keyed += strncmp(t, "人员培训", strlen("人员培训")) == 0 || strncmp(t, "日常巡查", strlen("日常巡查")) == 0;
		crime = strcmp(t, "打击侵权") == 0 ? a : crime;
		online = strcmp(t, "线上宣传") == 0 ? a : online;
		show = strcmp(t, "成果展示") == 0 ? a : show;
	}
	ck_assert_uint_eq(keyed, 2);
	ck_assert_msg(crime && online && show, "the three items read");
	ck_assert_str_eq(names(crime, "lead"), "市公安局经侦二处");
	ck_assert_str_eq(names(crime, "cooperate"), "市委办公室秘书一处");
	ck_assert_ptr_null(field(online, "location"));
	ck_assert_str_ne(field(show, "end"), "2026-06-30");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round57");
	TCase *tc = tcase_create("round57");
	tcase_add_test(tc, a_table_printed_with_its_layout);
	tcase_add_test(tc, a_bar_inside_a_layout_cell_parts_no_cells);
	tcase_add_test(tc, a_theme_the_sentence_settles);
	tcase_add_test(tc, a_deployment_meetings_slides);
	tcase_add_test(tc, page_numbers_make_no_deck);
	tcase_add_test(tc, short_labels_and_a_supporting_unit);
	tcase_add_test(tc, stages_named_before_their_dates);
	tcase_add_test(tc, partners_end_before_their_deed);
	tcase_add_test(tc, places_before_what_is_done_there);
	tcase_add_test(tc, a_report_asked_in_a_table_cell_and_a_form_that_names_itself);
	tcase_add_test(tc, places_sharing_a_bureau_stay_one);
	tcase_add_test(tc, an_office_and_what_it_is_called);
	tcase_add_test(tc, from_a_day_to_the_campaigns_end);
	tcase_add_test(tc, zai_yuan_is_in_a_word);
	tcase_add_test(tc, named_channels_are_the_place_together);
	tcase_add_test(tc, units_sending_their_people_help);
	tcase_add_test(tc, an_appointment_named_with_the_report);
	tcase_add_test(tc, a_layout_line_at_the_edge);
	tcase_add_test(tc, a_forwarding_cover_keeps_its_title);
	tcase_add_test(tc, what_the_rules_must_not_take);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
