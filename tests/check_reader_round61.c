/* check_reader_round61.c - habits of the notices of round r61 (g333-g337),
 * the hold-out written after session 33's teaching: a city bureau passing
 * a province's plan on with requirements of its own, each a heading run on
 * into its text; a county justice bureau's portal page with a blank reply
 * form; a fire detachment's month as a WeChat article. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "copies.h"
#include "notice-reader.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char forwarded[] =
	"滹阳市知识产权局\n"
	"关于转发《河北省2026年知识产权宣传周活动方案》的通知\n"
	"各县（市、区）市场监督管理局：\n"
	"　　现将河北省知识产权局《河北省2026年知识产权宣传周活动方案》转发给你们，请认真贯彻落实。\n"
	"　　一、及早谋划部署。各地要制定本地区宣传周活动方案，组织开展集中宣传活动。\n"
	"　　二、加强组织保障。全市宣传周活动由市知识产权局具体组织实施。\n"
	"　　附件：河北省2026年知识产权宣传周活动方案\n"
	"　　　　　　　　　　　　滹阳市知识产权局\n"
	"　　　　　　　　　　　　　2026年4月7日\n"
	"附件\n"
	"河北省2026年知识产权宣传周活动方案\n"
	"　　一、活动时间\n"
	"　　2026年4月20日至26日。\n"
	"　　二、主要活动\n"
	"　　（一）启动仪式。4月20日上午9:30，在省科技馆举行。牵头单位：省知识产权局；配合单位：省委宣传部。\n"
	"　　（二）新闻发布会。4月23日下午3:00，召开新闻发布会。牵头单位：省知识产权局。\n"
	"　　三、工作要求\n"
	"　　各设区市知识产权局于活动结束后5个工作日内报送活动总结。\n";

/* 一、及早谋划部署。各地要…组织开展集中宣传活动。: a cover's requirement
 * run on into its text is named by its first clause, so the 活动 of its
 * text does not make it a section of activities, and the annexed plan's
 * 二、主要活动 is the only one (before, the cover's two took the plan's
 * items for a second document's and read none). */
START_TEST(a_run_on_requirement_is_no_activity_section)
{
	json_t *plan = plan_from_text(forwarded);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|启动仪式|2026-04-20|2026-04-20|09:30|省科技馆|省知识产权局|省委宣传部");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "新闻发布会");
	json_decref(plan);
	/* a run-on heading whose first clause names activities still does */
	plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
			      "二、活动安排。具体如下：\n（一）启动仪式。4月20日上午9:00，在县广场举行。\n"
			      "（二）知识竞赛。4月22日，在县图书馆举办。\n三、工作要求。各单位要加强组织，开展好各项活动。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "知识竞赛");
	json_decref(plan);
	/* its first sentence names it, two clauses and all; a point that
	 * asks (恳请…参与各项活动) names no section */
	plan = plan_from_text("某县2026年知识产权宣传周活动方案\n"
			      "一、恳请贵单位按照方案分工，指派专人参与宣传周各项活动。请于4月15日前函复。\n"
			      "二、聚焦宣传主题，集中开展主题活动。具体安排如下：\n"
			      "（一）启动仪式。4月20日上午9:00，在县广场举行。\n（二）知识竞赛。4月22日，在县图书馆举办。\n"
			      "三、工作要求\n各单位要加强组织。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "启动仪式");
	json_decref(plan);
	/* 请 alone opens a heading's sentence as well as a request */
	plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
			      "二、请各单位积极参与以下活动。具体安排如下：\n"
			      "（一）启动仪式。4月20日上午9:00，在县广场举行。\n（二）知识竞赛。4月22日，在县图书馆举办。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
}
END_TEST

static const char post[] =
	"荆澜消防\n"
	"原创　荆澜消防　2026年10月30日 19:05　湖北\n"
	"点击上方蓝字 关注我们\n\n"
	"荆澜市2026年“119”消防宣传月活动方案\n\n"
	"📆 活动时间\n2026年11月1日至11月30日\n\n"
	"📋 活动安排\n\n"
	"👉 1. 全市“119”消防宣传月启动仪式\n"
	"📅 11月9日 | 📍 市民广场 | 🏢 市消防救援支队、市应急管理局\n"
	"仪式当天上午9:30开始，现场设置消防装备展示。\n\n"
	"[图片]\n"
	"▲2025年启动仪式现场，小朋友在消防员指导下体验消防水枪\n\n"
	"➡️ 2. 消防救援站开放日\n"
	"📅 11月14日—15日 | 📍 全市各消防救援站 | 🏢 各大队 | 🤝 市红十字会\n"
	"每天9:00—16:00面向社会开放。\n\n"
	"👉 3. 社会单位消防安全责任人培训\n"
	"📅 11月12日（周四）14:30｜📍 市民之家三楼报告厅｜🏢 支队防火监督处\n"
	"邀请消防安全专家授课。\n\n"
	"👉 4. 消防知识网络答题\n"
	"[图片]\n"
	"▲资料图：2025年11月，消防员在荆北区实验小学讲授消防安全课\n"
	"📅 11月10日—25日 | 🏢 支队宣传科\n"
	"面向全市群众开展线上答题。\n\n"
	"👉 5. “消防安全进万家”入户宣传\n"
	"📅 全月 | 📍 全市各社区、村组 | 🏢 各大队\n"
	"联合社区网格员逐户发放宣传资料。\n\n"
	"👉 6. 消防技能比武\n"
	"📅 11月20日 | 📍 市消防训练基地 | 🏢 支队司令部\n"
	"11月19日下午3:00召开赛前准备会，比武当天进行。\n";

/* 📅 11月9日 | 📍 市民广场 | 🏢 X: a post's fields behind pictographs on one
 * line, parted by bars (| or ｜), are the item's time, place and units
 * (🤝 its cooperating ones; 全月 the month), the clock the prose under
 * them opens with the day's (仪式当天上午9:30开始); a picture's stand-in ([图片]) and the caption
 * under it go, and a heading behind a pictograph (👉 2., ➡️ 2.) starts a
 * paragraph of its own (it was run into the caption above it, and the
 * item lost). */
START_TEST(a_posts_fields_behind_pictographs)
{
	json_t *plan = plan_from_text(post);
	ck_assert_uint_eq(plan_count(plan, "activities"), 6);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|全市“119”消防宣传月启动仪式|2026-11-09|2026-11-09|09:30|市民广场|市消防救援支队、市应急管理局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|消防救援站开放日|2026-11-14|2026-11-15|09:00|全市各消防救援站|各大队|市红十字会");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|社会单位消防安全责任人培训|2026-11-12|2026-11-12|14:30|市民之家三楼报告厅|支队防火监督处|");
	/* the caption's place is a picture's, not the item's */
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "4|消防知识网络答题|2026-11-10|2026-11-25|-|-|支队宣传科|");
	/* 📅 全月 in a month's campaign: the month */
	ck_assert_str_eq(activity_line(plan_activity(plan, 4)),
			 "5|“消防安全进万家”入户宣传|2026-11-01|2026-11-30|-|全市各社区、村组|各大队|");
	/* the prose's clock is the day's only in a clause naming no other day */
	ck_assert_str_eq(activity_line(plan_activity(plan, 5)),
			 "6|消防技能比武|2026-11-20|2026-11-20|-|市消防训练基地|支队司令部|");
	json_decref(plan);
}
END_TEST

/* What the fields' rule must not take: one sign alone, a bar before a
 * line that is no sign's, a sign's line whose last part holds no sign. */
START_TEST(lines_that_are_no_fields_behind_signs)
{
	ck_assert_ptr_null(wp_notice_sign_fields("📅 11月9日上午，市民广场见！"));
	ck_assert_ptr_null(wp_notice_sign_fields("📅 11月9日 | 市民广场"));
	ck_assert_ptr_null(wp_notice_sign_fields("时间 | 地点 | 单位"));
	ck_assert_ptr_null(wp_notice_sign_fields("📍 市民广场 | 📅 11月9日 | 欢迎参加"));
	char *line = wp_notice_sign_fields("📍️ 市民广场　｜📅 11月9日");
	ck_assert_str_eq(line, "地点：市民广场；时间：11月9日");
	free(line);
	/* a label written after the sign as well, once; an empty field
	 * between; a trailing bar; 🏢 before a venue, not a unit */
	line = wp_notice_sign_fields("📅 时间：11月9日上午9:30 | 📍 地点：市民广场 | 🏢 责任单位：市消防救援支队");
	ck_assert_str_eq(line, "时间：11月9日上午9:30；地点：市民广场；责任单位：市消防救援支队");
	free(line);
	line = wp_notice_sign_fields("📅 11月14日 |  | 📍 全市各消防救援站 |");
	ck_assert_str_eq(line, "时间：11月14日；地点：全市各消防救援站");
	free(line);
	line = wp_notice_sign_fields("📅 11月12日 | 🏢 市图书馆三楼报告厅");
	ck_assert_str_eq(line, "时间：11月12日；地点：市图书馆三楼报告厅");
	free(line);
	/* the label written says what the field is; 办公室 is a unit's */
	line = wp_notice_sign_fields("📅 11月14日 | 🏢 协办单位：各大队 | 🏢 县政府办公室");
	ck_assert_str_eq(line, "时间：11月14日；协办单位：各大队；责任单位：县政府办公室");
	free(line);
	/* ▲时间：… under a picture is a field the post marked, no caption */
	ck_assert(wp_notice_caption_line("▲2025年启动仪式现场"));
	ck_assert(!wp_notice_caption_line("▲时间：11月9日上午9:30"));
	ck_assert(wp_notice_picture_line("[图片]"));
	ck_assert(!wp_notice_picture_line("[图片]说明"));
	/* a ▲ line not under a picture is text and stays */
	json_t *plan = plan_from_text("某县2026年消防宣传月活动方案\n一、活动时间\n2026年11月1日至30日。\n"
				      "二、活动安排\n（一）消防讲座\n▲11月9日，在县图书馆举办。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-11-09");
	json_decref(plan);
}
END_TEST

/* 1．宪法宣传周启动仪式（12月1日（星期二）上午9:30）: a bracket that closes
 * an item's heading and holds its when alone (a day with its weekday and
 * clock, a range and a daily time, the campaign) is its when, cut from its
 * title: the clock was lost, and the title kept the bracket (the weekday's
 * bracket inside it hid the outer one). */
START_TEST(a_heading_closed_by_its_when)
{
	json_t *plan = plan_from_text(
		"溆水县2026年“宪法宣传周”活动方案\n一、活动时间\n2026年12月1日至12月7日。\n五、活动安排\n"
		"1．宪法宣传周启动仪式（12月1日（星期二）上午9:30）\n在县城人民广场举行启动仪式。由县司法局牵头。\n"
		"2．集中宣传咨询（１２月４日（星期五）上午９：００—１１：３０）\n在县城步行街中心广场设立咨询点。\n"
		"3．“法治文艺进乡村”巡演（12月5日—6日，每天下午2:30）\n在龙潭镇文化广场开展巡演。\n"
		"4．“宪法进万家”入户宣传（宣传周期间）\n各乡镇深入各村（社区）开展入户宣传。\n"
		"5．宪法宣誓仪式（第二场）\n12月2日下午3点，在县人民政府二楼会议室组织新任命的国家工作人员宣誓。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|宪法宣传周启动仪式|2026-12-01|2026-12-01|09:30|县城人民广场|县司法局|");
	json_t *a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "title"), "集中宣传咨询");
	ck_assert_str_eq(field(a, "time"), "09:00");
	ck_assert_str_eq(field(a, "end_time"), "11:30");
	a = plan_activity(plan, 2);
	ck_assert_str_eq(activity_line(a), "3|“法治文艺进乡村”巡演|2026-12-05|2026-12-06|14:30|龙潭镇文化广场||");
	a = plan_activity(plan, 3);
	ck_assert_str_eq(field(a, "title"), "“宪法进万家”入户宣传");
	ck_assert_str_eq(field(a, "start"), "2026-12-01");
	ck_assert_str_eq(field(a, "end"), "2026-12-07");
	/* a bracket of no when is the title's */
	a = plan_activity(plan, 4);
	ck_assert_str_eq(field(a, "title"), "宪法宣誓仪式（第二场）");
	ck_assert_str_eq(field(a, "time"), "15:00");
	json_decref(plan);
	/* nor is one that tells a place after its day: its place would be
	 * lost with it */
	plan = plan_from_text("溆水县2026年“宪法宣传周”活动方案\n一、活动时间\n2026年12月1日至12月7日。\n二、活动安排\n"
			      "1．宪法主题文艺汇演（12月5日在县文化广场举行）\n由县文旅局牵头。\n"
			      "2．宪法图片展（宣传周期间在县图书馆一楼展出）\n由县司法局牵头。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "宪法主题文艺汇演（12月5日在县文化广场举行）");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "宪法图片展（宣传周期间在县图书馆一楼展出）");
	json_decref(plan);
}
END_TEST

/* 　　1．X（12月1日（星期二）上午9:30）, as long as the wrap width, then a
 * blank line and 　　在…: in a copy whose wrapped rests start at the
 * margin, a blank line and an indent after it start a paragraph, however
 * full the line above (the heading ran into its text, and its when was
 * lost in the title). A copy indenting every line (check_reader_copies's
 * wide-indent) is not read so: its blank lines and indents say nothing. */
START_TEST(a_full_heading_line_before_a_blank_and_an_indent)
{
	static const char notice[] =
		"溆水县2026年“宪法宣传周”活动方案\n\n"
		"　　为深入学习宣传贯彻宪法，推动宪法精神深入人心，根据上级关于开展“宪法宣传周”活动的"
		"通知要求，结合我县实际，制定本方案。\n\n"
		"　　一、活动时间\n\n　　2026年12月1日至12月7日。\n\n　　二、活动安排\n\n"
		"　　1．宪法宣传周启动仪式（12月1日（星期二）上午9:30）\n\n"
		"　　在县城人民广场举行2026年“宪法宣传周”启动仪式，设置法律咨询台和宪法宣传展板，"
		"组织法官、检察官、律师、人民调解员现场解答群众法律咨询，发放宪法单行本和法治宣传资料。"
		"由县司法局牵头，县委宣传部、县人民法院配合。\n\n"
		"　　2．宪法宣誓仪式（12月2日（星期三）下午3点）\n\n"
		"　　在县人民政府二楼常务会议室组织新任命的国家工作人员进行宪法宣誓。由县人大常委会办公室牵头，"
		"县司法局配合。\n";
	char *copy = copy_wrapped(notice, 56);
	/* the copy is as described: the heading fills the width, its text
	 * wraps to the margin */
	ck_assert_ptr_nonnull(strstr(copy, "　　1．宪法宣传周启动仪式（12月1日（星期二）上午9:30）\n\n　　在"));
	ck_assert_ptr_nonnull(strstr(copy, "\n律咨询台"));
	json_t *plan = plan_from_text(copy);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|宪法宣传周启动仪式|2026-12-01|2026-12-01|09:30|县城人民广场|县司法局|县委宣传部、县人民法院");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "宪法宣誓仪式");
	json_decref(plan);
	free(copy);
}
END_TEST

/* 　　　　　　协办：县人民法院、县融媒体中心、城关镇人民政 | 府: under a
 * printed programme's entry (X……………………Y) each labelled line stands
 * alone, but the rest of one cut at the wrap width starts at the margin
 * and goes on (it stood as a line of its own, and the units' list lost
 * its last name, the next entries their places). */
START_TEST(a_programme_entrys_label_line_cut_at_the_width)
{
	static const char notice[] =
		"淇源县2026年知识产权宣传周活动方案\n\n"
		"　　为做好2026年全国知识产权宣传周活动，营造尊重知识、崇尚创新、诚信守法的良好氛围，"
		"根据上级关于做好2026年全国知识产权宣传周活动的通知要求，进一步提升全社会知识产权保护意识，"
		"推动知识产权工作服务县域经济高质量发展，结合我县实际，制定本方案。\n\n"
		"　　一、活动时间\n\n　　2026年4月20日至26日。宣传周期间，各有关单位要按照本方案确定的"
		"日程安排，精心组织、周密部署，确保各项活动有序开展、取得实效。\n\n"
		"　　二、活动日程\n\n"
		"　　20日　星期一\n"
		"　　上午9:30　宣传周启动仪式暨县知识产权纠纷人民调解委员会揭牌……………………县文化广场\n"
		"　　　　　　主办：县市场监管局（知识产权局）、县司法局\n"
		"　　　　　　协办：县人民法院、县融媒体中心、城关镇人民政府\n\n"
		"　　21日　星期二\n"
		"　　上午9:00　专利申请与高价值专利培育专题培训……………………县政务服务中心四楼培训室\n"
		"　　　　　　主办：县科技和工业信息化局\n"
		"　　　　　　协办：县市场监管局（知识产权局）、县科协\n";
	char *copy = copy_wrapped(notice, 56);
	ck_assert_ptr_nonnull(strstr(copy, "城关镇人民政\n府\n"));
	json_t *plan = plan_from_text(copy);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(names(a, "cooperate"), "县人民法院、县融媒体中心、城关镇人民政府");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "县政务服务中心四楼培训室");
	json_decref(plan);
	free(copy);
}
END_TEST

/* 在城市中心广场、商业街区等人流密集场所组织开展: a list of places stopped
 * at its 等 goes on to the kind of place it names right before the verb
 * (it was cut at 等, and 高等院校 or 中等专业学校 lost their end); a 等
 * whose words after it name no kind of place still ends the list. */
START_TEST(a_list_of_places_and_their_kind)
{
	json_t *plan = plan_from_text(
		"某市2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、主要活动\n"
		"（一）集中宣传。4月26日，在城市中心广场、商业街区等人流密集场所组织开展集中宣传。\n"
		"（二）进校园。4月22日，在全市中小学和高等院校开展主题班会。\n"
		"（三）进景区。4月25日，在凤岭山风景区、临淮古镇等4A级以上旅游景区开展宣传。\n"
		"（四）咨询。4月23日，在县文化广场、县图书馆等处设点宣传。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "城市中心广场、商业街区等人流密集场所");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "全市中小学和高等院校");
	ck_assert_str_eq(field(plan_activity(plan, 2), "location"), "凤岭山风景区、临淮古镇等4A级以上旅游景区");
	ck_assert_str_eq(field(plan_activity(plan, 3), "location"), "县文化广场、县图书馆");
	json_decref(plan);
}
END_TEST

/* The organizer's aliases of what it is: 我局 of a bureau named with its
 * second name in brackets (泷江县市场监督管理局（泷江县知识产权局）: its
 * name before the bracket ends on 局), 学校 of a school, 公司 and 我司 of a
 * company, each only where the text uses it. */
static bool has_alias(json_t *plan, const char *alias)
{
	json_t *aliases = json_object_get(json_array_get(json_object_get(plan, "units"), 0), "aliases");
	size_t i;
	json_t *a;
	json_array_foreach(aliases, i, a)
		if (strcmp(json_string_value(a), alias) == 0)
			return true;
	return false;
}

START_TEST(what_an_organizer_calls_itself)
{
	json_t *plan = plan_from_text("泷江县市场监督管理局（泷江县知识产权局）\n"
				      "泷江县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
				      "二、主要活动\n（一）启动仪式。4月20日，在县广场举行。由我局牵头。\n");
	ck_assert(has_alias(plan, "我局"));
	ck_assert(!has_alias(plan, "本局")); /* not in the text */
	json_decref(plan);
	plan = plan_from_text("淮澄市清江区实验小学\n2026年全民营养周活动方案\n一、活动时间\n2026年5月11日至17日。\n"
			      "二、活动安排\n（一）营养讲座。5月12日，在学校报告厅举办。由学校德育处负责。\n");
	ck_assert(has_alias(plan, "学校"));
	json_decref(plan);
	plan = plan_from_text("华晟能源集团有限公司澜州分公司\n2026年国际档案日宣传活动方案\n一、活动时间\n"
			      "2026年6月1日至9日。\n二、活动安排\n（一）档案展。6月9日，在公司大厅举办。由我司综合部负责。\n");
	ck_assert(has_alias(plan, "公司"));
	ck_assert(has_alias(plan, "我司"));
	json_decref(plan);
}
END_TEST

/* A recap's row alike another by its last two characters only when its
 * first two are alike too (活动方案 ~ 活动实施方案): 获奖学生名单 is no
 * repeat of 联络员名单 (it was dropped). */
START_TEST(a_recap_row_is_not_another_for_its_last_two_characters)
{
	json_t *plan = plan_from_text("某县2026年科技活动周活动方案\n一、活动时间\n2026年5月18日至5月24日。\n"
				      "二、工作要求\n各乡镇于5月28日前报送联络员名单。\n三、时间节点\n"
				      "5月28日前，报送获奖学生名单；5月28日前，报送宣传信息。\n");
	json_t *d = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(d), 3);
	ck_assert_str_eq(field(json_array_get(d, 1), "what"), "报送获奖学生名单");
	json_decref(plan);
}
END_TEST

/* 以上活动由县知识产权局牵头，各乡镇配合。 under the days: its lead is
 * every entry's that names none, its helpers every entry's. */
START_TEST(who_runs_all_the_entries_under_the_days)
{
	json_t *plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
				      "二、活动安排\n4月20日（星期一）\n上午9:00　启动仪式\n地点：县广场\n"
				      "4月21日（星期二）\n上午9:00　知识讲座\n地点：县图书馆\n牵头：县科协\n"
				      "以上活动由县知识产权局牵头，各乡镇配合。\n三、工作要求\n各单位要加强组织。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县知识产权局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "各乡镇");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "各乡镇");
	json_decref(plan);
	/* each such sentence is said of the entries since the one before;
	 * one naming no unit (图片和总结…报送县知识产权局, read whole as its
	 * subject) gives none, nor one listing more than sixteen */
	plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
			      "二、活动安排\n4月20日（星期一）\n上午9:00　启动仪式\n地点：县广场\n"
			      "以上活动由县知识产权局牵头，各乡镇协助。\n"
			      "4月22日（星期三）\n上午9:00　知识竞赛\n地点：县一中\n"
			      "以上活动由县教育局牵头，各学校协助。\n"
			      "4月23日（星期四）\n上午9:00　讲座\n地点：县图书馆\n"
			      "以上活动的图片和总结请于4月28日前报送县知识产权局。\n"
			      "4月24日（星期五）\n上午9:00　展览\n地点：县文化馆\n"
			      "以上活动由甲局、乙局、丙局、丁局、戊局、己局、庚局、辛局、壬局、癸局、子局、丑局、寅局、"
			      "卯局、辰局、巳局、午局牵头。\n三、工作要求\n各单位要加强组织。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县知识产权局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "各乡镇");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县教育局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "各学校");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "");
	ck_assert_uint_eq(json_array_size(json_object_get(plan_activity(plan, 3), "lead")), 0);
	json_decref(plan);
	/* an entry's 地点：县图书馆 is its place, though a unit's name: no lead */
	plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
			      "二、活动安排\n4月20日（星期一）\n上午9:00　启动仪式\n地点：县广场\n"
			      "4月21日（星期二）\n上午9:00　知识讲座\n地点：县图书馆\n三、工作要求\n各单位要加强组织。\n");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "县图书馆");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "");
	json_decref(plan);
}
END_TEST

/* 12.1 启动日。上午9:30在…举行启动仪式，由X牵头。: paragraphs each opening
 * with a day written month.day and a space are the activities of a
 * section without items, as 【12月1日】 ones are (none was read, and
 * nothing said so). */
START_TEST(paragraphs_opening_with_a_dotted_day)
{
	json_t *plan = plan_from_text("溆水县2026年“宪法宣传周”活动方案\n一、活动时间\n2026年12月1日至12月7日。\n"
				      "二、活动安排\n"
				      "12.1 启动日。上午9:30在县城人民广场举行启动仪式，由县司法局牵头。\n"
				      "12.4 国家宪法日。在县城步行街开展集中宣传，由县委宣传部牵头。\n"
				      "12.6 法治文艺日。在龙潭镇文化广场开展巡演，由县文旅局牵头。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-12-01");
	ck_assert_str_eq(field(plan_activity(plan, 0), "time"), "09:30");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-12-04");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县委宣传部");
	ck_assert_str_eq(field(plan_activity(plan, 2), "location"), "龙潭镇文化广场");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round61");
	TCase *tc = tcase_create("round61");
	tcase_add_test(tc, a_run_on_requirement_is_no_activity_section);
	tcase_add_test(tc, a_posts_fields_behind_pictographs);
	tcase_add_test(tc, lines_that_are_no_fields_behind_signs);
	tcase_add_test(tc, a_heading_closed_by_its_when);
	tcase_add_test(tc, a_full_heading_line_before_a_blank_and_an_indent);
	tcase_add_test(tc, a_programme_entrys_label_line_cut_at_the_width);
	tcase_add_test(tc, a_list_of_places_and_their_kind);
	tcase_add_test(tc, what_an_organizer_calls_itself);
	tcase_add_test(tc, a_recap_row_is_not_another_for_its_last_two_characters);
	tcase_add_test(tc, who_runs_all_the_entries_under_the_days);
	tcase_add_test(tc, paragraphs_opening_with_a_dotted_day);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
