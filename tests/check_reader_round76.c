/* check_reader_round76.c - habits taught in session 42: a table's content
 * cell that names its activity in its first clause and tells how in the
 * rest (开展X活动，依托…开设专栏), the place its rest gives (主会场设在X);
 * a portal page's Markdown table below its metadata block, its entities
 * (&nbsp;), units apart by <br> (各区（县）委统战部, 丹城区人民政府), a place
 * cell of units (各区（县）、市直各单位) and 贯穿宣传月全程. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char *title_of(json_t *a)
{
	return json_string_value(json_object_get(a, "title"));
}

/* 活动内容 | 开展X活动，各单位…: the first clause is the name, the whole
 * cell its description; a comma inside quotes does not end it, and a
 * clause of where (各乡镇同步在集镇设立分会场，开展…) is no name. */
START_TEST(a_content_cells_first_clause_names_the_activity)
{
	json_t *plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至30日。\n"
		"二、活动安排\n"
		"序号\t时间\t活动内容\t责任单位\n"
		"1\t6月3日\t开展“主要负责人讲安全”活动，各乡镇主要负责人带头讲一堂安全课\t各乡镇\n"
		"2\t6月16日\t全县“安全宣传咨询日”集中宣传活动，主会场设在县人民广场，设置展台\t县应急管理局\n"
		"3\t6月16日\t各乡镇同步在集镇设立分会场，开展安全宣传咨询\t各乡镇\n"
		"4\t6月20日\t“睡个好觉，心里更亮”睡眠健康讲座\t县卫健局\n"
		"5\t6月25日\t全国低碳日体验活动：统一停开公共区域照明1小时\t县机关事务中心\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(title_of(a), "开展“主要负责人讲安全”活动");
	ck_assert_str_eq(json_string_value(json_object_get(a, "description")),
			 "开展“主要负责人讲安全”活动，各乡镇主要负责人带头讲一堂安全课");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(title_of(a), "全县“安全宣传咨询日”集中宣传活动");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县人民广场");
	ck_assert_str_eq(title_of(plan_activity(plan, 2)), "各乡镇同步在集镇设立分会场，开展安全宣传咨询");
	ck_assert_str_eq(title_of(plan_activity(plan, 3)), "“睡个好觉，心里更亮”睡眠健康讲座");
	ck_assert_str_eq(title_of(plan_activity(plan, 4)), "全国低碳日体验活动");
	json_decref(plan);
}
END_TEST

/* A portal's page: its metadata block and chrome at the top, the notice's
 * Markdown table further down. A bar line is the block's only right under
 * it; the table's rows stay. */
static const char *const portal_notice =
	"丹岩市人民政府门户网站\n"
	"首页 | 走进丹岩 | 政务公开\n"
	"当前位置：首页 > 政务公开 > 部门文件\n"
	"关于印发《丹岩市2026年民族团结进步宣传月活动实施方案》的通知\n"
	"发布时间：2026-08-31 09:15　　来源：市委统战部　　浏览次数：1326\n"
	"【字体：大 中 小】　【打印本页】　【关闭窗口】\n"
	"丹统发〔2026〕27号\n"
	"一、活动时间\n"
	"2026年9月1日至30日。\n"
	"二、主要活动\n"
	"| 序号 | 活动名称 | 时间 | 地点 | 牵头单位 | 参与单位 |\n"
	"|---|---|---|---|---|---|\n"
	"| 1 | 启动仪式 | 9月1日（周二）上午9:30 | 丹岩市民族广场 | 市委统战部<br>（市民族宗教事务局） | 市委宣传部、市文体广电旅游局<br>丹城区人民政府 |\n"
	"| 2 | 主题宣讲 | 9月上旬 | 各区（县）、市直各单位 | 市委宣传部 | 市直各有关单位<br>各区（县）委统战部 |\n"
	"| 3 | 事迹宣传 | 贯穿宣传月全程 | 各村（社区） | 市融媒体中心 | &nbsp; |\n"
	"| 4 | 巡回展览 | 9月下旬 | 各镇（街道） | 市文联 | 镇中心 学校、镇妇联 |\n";

START_TEST(a_portal_pages_markdown_table_is_read)
{
	json_t *plan = plan_from_text(portal_notice);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(title_of(a), "启动仪式");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "丹岩市民族广场");
	ck_assert_str_eq(names(a, "lead"), "市委统战部（市民族宗教事务局）");
	ck_assert_str_eq(names(a, "cooperate"), "市委宣传部、市文体广电旅游局、丹城区人民政府");
	json_decref(plan);
}
END_TEST

/* 各区（县）、市直各单位 in the place column: units, no place (each of an
 * area alone, 各村（社区）, is where it happens); 市直各有关单位<br>各区（县）
 * 委统战部: two units; 贯穿宣传月全程: the whole period; &nbsp;: an empty
 * cell. */
START_TEST(a_web_tables_unit_groups_entities_and_whole_span)
{
	json_t *plan = plan_from_text(portal_notice);
	json_t *a = plan_activity(plan, 1);
	ck_assert(json_is_null(json_object_get(a, "location")));
	ck_assert_str_eq(names(a, "cooperate"), "市直各有关单位、各区（县）委统战部");
	a = plan_activity(plan, 2);
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "各村（社区）");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-09-01");
	ck_assert_str_eq(json_string_value(json_object_get(a, "end")), "2026-09-30");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 0);
	/* each of an area alone is where; a space inside a name, after too
	 * short a part, splits nothing */
	a = plan_activity(plan, 3);
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "各镇（街道）");
	ck_assert_str_eq(names(a, "cooperate"), "镇中心 学校、镇妇联");
	json_decref(plan);
}
END_TEST

/* An entity names its character (&#x4E00; 一, &amp; an ampersand); one that names a control character (&#7;) or none (&#xD800;)
 * stays as written (its ; made wide as the line's), never a raw control
 * byte. */
START_TEST(an_entity_names_a_printable_character_or_stays)
{
	json_t *plan = plan_from_text(
		"关于开展2026年宣传月活动的通知\n"
		"一、活动时间\n"
		"2026年9月1日至30日。\n"
		"二、主要活动\n"
		"| 序号 | 活动名称 | 时间 | 地点 | 牵头单位 |\n"
		"|---|---|---|---|---|\n"
		"| 1 | 知识竞答&amp;展览 | 9月2日 | 市图书馆&#7;一楼 | 市教育局 |\n"
		"| 2 | 专题&#xD800;讲座 | 9月3日 | 市文化馆&#x4E00;楼 | 市文联 |\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(title_of(a), "知识竞答&展览");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "市图书馆&#7；一楼");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(title_of(a), "专题&#xD800；讲座");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "市文化馆一楼");
	json_decref(plan);
	/* an ampersand at a line's end, or a name cut short (&nb, &#12):
	 * nothing read past the text (the sanitizer's run watches this) */
	plan = plan_from_text(
		"关于开展2026年宣传月活动的通知\n"
		"一、活动时间\n"
		"2026年9月1日至30日。\n"
		"二、主要活动\n"
		"| 序号 | 活动名称 | 时间 | 地点 | 牵头单位 |\n"
		"|---|---|---|---|---|\n"
		"| 1 | 知识竞答 | 9月2日 | 市图书馆 | 市教育局&nb\n"
		"| 2 | 专题讲座 | 9月3日 | 市文化馆 | 市文联 &#12\n"
		"&\n");
	json_decref(plan);
}
END_TEST

/* Second reading: a first clause that says when (4月21日), how it is
 * framed (围绕X主题, 利用X), where (市人民广场), a label (时间：) or a
 * slogan (文明出行，从我做起…) names no activity: the cell is the title;
 * a comma inside ASCII or corner quotes ends no clause. */
START_TEST(a_first_clause_of_when_or_how_is_no_name)
{
	json_t *plan = plan_from_text(
		"关于开展2026年文明交通宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年4月20日至26日。\n"
		"二、活动安排\n"
		"序号\t时间\t活动内容\t责任单位\n"
		"1\t4月21日\t4月21日，组织开展文明交通进校园活动\t市教育局\n"
		"2\t4月22日\t围绕“文明出行”主题，开展交通安全知识宣讲\t市公安局\n"
		"3\t4月22日\t利用LED显示屏、公交车载电视，滚动播放公益广告\t市城管局\n"
		"4\t4月23日\t市人民广场，举办文明交通集中宣传活动\t市文明办\n"
		"5\t4月23日\t文明出行，从我做起主题签名活动\t团市委\n"
		"6\t4月24日\t开展\"文明出行，从我做起\"签名活动\t团市委\n"
		"7\t4月25日\t开展「文明交通，你我同行」快闪活动\t团市委\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 7);
	ck_assert_str_eq(title_of(plan_activity(plan, 0)), "4月21日，组织开展文明交通进校园活动");
	ck_assert_str_eq(title_of(plan_activity(plan, 1)), "围绕“文明出行”主题，开展交通安全知识宣讲");
	ck_assert_str_eq(title_of(plan_activity(plan, 2)), "利用LED显示屏、公交车载电视，滚动播放公益广告");
	ck_assert_str_eq(title_of(plan_activity(plan, 3)), "市人民广场，举办文明交通集中宣传活动");
	ck_assert_str_eq(title_of(plan_activity(plan, 4)), "文明出行，从我做起主题签名活动");
	ck_assert_str_eq(title_of(plan_activity(plan, 5)), "开展\"文明出行，从我做起\"签名活动");
	ck_assert_str_eq(title_of(plan_activity(plan, 6)), "开展「文明交通，你我同行」快闪活动");
	json_decref(plan);
}
END_TEST

/* 活动全程 and 比赛日全程 are all of one event or day, not the week:
 * the row is left undated; 宣传周全程 is the week. */
START_TEST(all_of_an_event_is_not_the_campaign)
{
	json_t *plan = plan_from_text(
		"关于开展2026年文明交通宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年4月20日至26日。\n"
		"二、活动安排\n"
		"序号\t时间\t活动名称\t责任单位\n"
		"1\t比赛日全程\t交通安全知识竞赛\t市教育局\n"
		"2\t活动全程\t志愿服务\t团市委\n"
		"3\t宣传周全程\t公益广告展播\t市融媒体中心\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 0), "start")));
	ck_assert(json_is_null(json_object_get(plan_activity(plan, 1), "start")));
	json_t *a = plan_activity(plan, 2);
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-04-20");
	ck_assert_str_eq(json_string_value(json_object_get(a, "end")), "2026-04-26");
	json_decref(plan);
}
END_TEST

/* A work group's schedule: 一、时间安排 over lines of a when, an event and
 * labelled fields apart by spaces (two spaces, a wide one); the units of
 * a field up to a remark; a line that ends no sentence before the next
 * such line; a part of a month, a part of the day after a space and a
 * time still to be told as whens; a route as the place. */
static const char *const spaced_fields_notice =
	"桐坳镇2026年防范非法集资宣传月工作安排\n"
	"桐坳镇人民政府办公室　　2026年6月2日\n"
	"会议明确：今年宣传月时间为6月1日至30日，由镇综治中心牵头。现将工作安排纪要如下。\n"
	"\n"
	"一、时间安排\n"
	"6月5日（周五）9:00 赶集日宣传暨宣传月启动 地点：镇农贸市场 负责：镇综治中心 配合：派出所 镇财政所 农商银行桐坳支行\n"
	"6月9日（周二）14:30 “守护养老钱”防范养老诈骗讲座 地点：镇老年活动中心 负责：镇综治中心 主讲：派出所黄志强 每村组织不少于15名老人参加\n"
	"6月11日（周四）晚7点半  广场舞场地防非宣传  地点：坪上社区文化广场  负责：坪上社区  配合：镇综治中心 参加：桐坳工业小区企业负责人、个体工商户代表\n"
	"6月17日（周三）至18日 流动宣传车进村巡回宣传 路线：枫林村→坪上社区→石门村 负责：镇综治中心 配合：派出所 各村提前在村口等候\n"
	"6月20日（周六，端午假期）8:30 端午集日设点宣传 地点：镇农贸市场 负责：派出所 镇值班干部协助\n"
	"6月下旬 入户发放《致村（居）民的一封信》 重点走访独居老人 负责：各村（社区）　网格员落实到户\n"
	"6月26日（周五） 上午 防非知识进校园 地点：桐坳中学 负责：镇综治中心\n"
	"时间待县里通知 县处非办“送法下乡”巡回宣讲 地点：镇文化广场 负责：镇综治中心\n"
	"各村（社区）于6月26日前将宣传照片、台账发至镇综治中心。\n"
	"\n"
	"二、有关要求\n"
	"1.各村（社区）要高度重视。\n"
	"联系人：镇综治中心 钟丽萍 0792-7631205 13979215836；派出所 黄志强 13907926618\n";

START_TEST(a_schedule_of_spaced_labelled_fields)
{
	json_t *plan = plan_from_text(spaced_fields_notice);
	ck_assert_uint_eq(plan_count(plan, "activities"), 8);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(title_of(a), "赶集日宣传暨宣传月启动");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-06-05");
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "09:00");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "镇农贸市场");
	ck_assert_str_eq(names(a, "lead"), "镇综治中心");
	ck_assert_str_eq(names(a, "cooperate"), "派出所、镇财政所、农商银行桐坳支行");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(title_of(a), "“守护养老钱”防范养老诈骗讲座");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 0);
	a = plan_activity(plan, 2);
	ck_assert_str_eq(json_string_value(json_object_get(a, "time")), "19:30");
	ck_assert_str_eq(names(a, "lead"), "坪上社区");
	a = plan_activity(plan, 3);
	ck_assert_str_eq(title_of(a), "流动宣传车进村巡回宣传");
	ck_assert_str_eq(json_string_value(json_object_get(a, "end")), "2026-06-18");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "枫林村→坪上社区→石门村");
	ck_assert_str_eq(names(a, "cooperate"), "派出所");
	a = plan_activity(plan, 4);
	ck_assert_str_eq(title_of(a), "端午集日设点宣传");
	ck_assert_str_eq(names(a, "lead"), "派出所");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 0);
	a = plan_activity(plan, 5);
	ck_assert_str_eq(title_of(a), "入户发放《致村（居）民的一封信》");
	ck_assert(json_is_null(json_object_get(a, "start")));
	ck_assert_str_eq(names(a, "lead"), "各村（社区）");
	a = plan_activity(plan, 6);
	ck_assert_str_eq(title_of(a), "防非知识进校园");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-06-26");
	a = plan_activity(plan, 7);
	ck_assert_str_eq(title_of(a), "县处非办“送法下乡”巡回宣讲");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "镇文化广场");
	json_decref(plan);
}
END_TEST

/* 0792-7631205 13979215836: a landline and a mobile apart by one space
 * are two numbers, not one spaced number. */
START_TEST(two_numbers_apart_by_a_space_stay_two)
{
	json_t *plan = plan_from_text(spaced_fields_notice);
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(contacts), 3);
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(contacts, 0), "phone")), "0792-7631205");
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(contacts, 1), "phone")), "13979215836");
	json_decref(plan);
}
END_TEST

/* 七、联络员名单 over unit：name，numbers lines: each person a contact,
 * one a number; (二) X要结合本地实际，会同Y: X leads, Y cooperates. */
START_TEST(a_liaison_list_and_a_lead_framed_before_its_partners)
{
	json_t *plan = plan_from_text(
		"关于开展2026年城市节水宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年5月10日至16日。\n"
		"二、主要活动\n"
		"（一）节水进校园。5月12日，由市教育局牵头，在各中小学开展节水主题班会。\n"
		"（二）县（区）同步宣传活动。宣传周期间，各县（区）水务局要结合本地实际，会同本地住房城乡建设部门、教育部门，至少组织开展1场集中宣传活动。\n"
		"三、联络员名单\n"
		"市水务局节约用水办公室：陈立群，0517-83326571，13905172286\n"
		"市住房和城乡建设局城市建设处：钱　勇，0517-83211345\n"
		"团市委宣传部：周子航，13770318865\n");
	json_t *a = plan_activity(plan, 1);
	ck_assert_str_eq(names(a, "lead"), "各县（区）水务局");
	ck_assert_str_eq(names(a, "cooperate"), "本地住房城乡建设部门、教育部门");
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(contacts), 4);
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(contacts, 1), "phone")), "13905172286");
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(contacts, 2), "name")), "钱勇");
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(contacts, 3), "name")), "周子航");
	json_decref(plan);
}
END_TEST

/* Second reading: 一、时间安排 over the period only, before 二、活动内容,
 * leaves the items of 活动内容 the activities; stages under a later
 * 三、时间安排 are none. */
START_TEST(a_time_section_is_no_activity_section)
{
	json_t *plan = plan_from_text(
		"关于开展2026年防灾减灾宣传周活动的通知\n"
		"一、时间安排\n"
		"2026年5月10日至16日。\n"
		"二、活动内容\n"
		"（一）集中宣传。5月12日在镇中心广场开展集中宣传活动，由镇应急办负责。\n"
		"（二）应急演练。各学校组织一次应急疏散演练。\n"
		"三、时间安排\n"
		"（一）动员部署阶段（5月10日至11日）。各单位制定具体方案。\n"
		"（二）总结提升阶段（5月15日至16日）。各单位报送工作总结。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(title_of(plan_activity(plan, 0)), "集中宣传");
	ck_assert_str_eq(title_of(plan_activity(plan, 1)), "应急演练");
	json_decref(plan);
}
END_TEST

/* Second reading: a first clause ending with an event's kind (动员部署会,
 * 应急演练, 专题讲座) names it, the rest gives its place; a unit's name
 * (县安委会) names none. A spaced line's name goes on over short words
 * (全民健身日 启动仪式). */
START_TEST(an_event_kind_ends_a_name_and_spaced_names_go_on)
{
	json_t *plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至30日。\n"
		"二、活动安排\n"
		"序号\t时间\t活动内容\t责任单位\n"
		"1\t6月3日\t全县安全生产月动员部署会，地点：县行政中心三楼会议室\t县安委办\n"
		"2\t6月25日\t城镇燃气安全应急演练，在县城南天然气门站举行\t县住建局\n"
		"3\t6月26日\t县安委会，组织全县安全生产大检查\t县应急管理局\n");
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(title_of(a), "全县安全生产月动员部署会");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县行政中心三楼会议室");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(title_of(a), "城镇燃气安全应急演练");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "县城南天然气门站");
	ck_assert_str_eq(title_of(plan_activity(plan, 2)), "县安委会，组织全县安全生产大检查");
	json_decref(plan);
	plan = plan_from_text(
		"全民健身月工作安排\n"
		"一、时间安排\n"
		"8月8日 全民健身日 启动仪式 地点：县体育馆 负责：县教体局 配合：县总工会 团县委\n"
		"8月15日 乒乓球 比赛 地点：县全民健身中心 负责：县教体局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	a = plan_activity(plan, 0);
	ck_assert_str_eq(title_of(a), "全民健身日启动仪式");
	ck_assert_str_eq(names(a, "cooperate"), "县总工会、团县委");
	ck_assert_str_eq(title_of(plan_activity(plan, 1)), "乒乓球比赛");
	json_decref(plan);
}
END_TEST

/* 当天，各通信运营商向用户推送公益短信，并在各营业厅循环播放宣传片。
 * （责任单位：X，Y）: under a theme day, a deed with no event held is an
 * entry of its own (推送公益短信), on that day; 循环播放 ends the place. */
START_TEST(a_deed_under_a_theme_day_is_an_entry)
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
		"9月16日（星期三）　电信日\n"
		"上午9:30，在步行街中心广场开展反诈集中宣传活动。（责任单位：区公安分局）\n"
		"当天，各通信运营商向辖区手机用户推送网络安全公益短信，并在全区各营业厅循环播放网络安全宣传片。（责任单位：区工业和信息化局，各通信运营商浔东分公司）\n"
		"9月17日（星期四）　法治日\n"
		"下午2:30，在区委党校报告厅举办网络安全法治专题讲座。（责任单位：区司法局）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	json_t *a = plan_activity(plan, 2);
	ck_assert_str_eq(title_of(a), "推送网络安全公益短信");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2026-09-16");
	ck_assert_str_eq(json_string_value(json_object_get(a, "location")), "全区各营业厅");
	ck_assert_str_eq(title_of(plan_activity(plan, 3)), "网络安全法治专题讲座");
	json_decref(plan);
}
END_TEST

/* A post's prose names whom to call: 请联系街道应急办陈思远，电话X (with a
 * colon too: 有事请联系：德育处 温晓红 139…); 请联系X with no number names
 * no contact. */
START_TEST(a_post_asks_to_call_a_person)
{
	json_t *plan = plan_from_text(
		"关于开展2026年城市节水宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年5月10日至16日。\n"
		"二、主要活动\n"
		"（一）节水进校园。5月12日，由市教育局牵头，在各中小学开展节水主题班会。\n"
		"三、工作要求\n"
		"如有疑问请联系市水务局节约用水办公室。\n"
		"活动咨询或发现漏水，请联系街道应急办陈思远，电话0576-85126119。\n");
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(contacts), 1);
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(contacts, 0), "name")), "陈思远");
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(contacts, 0), "phone")), "0576-85126119");
	json_decref(plan);
}
END_TEST

/* Third reading: 二、时间安排 over items, no section named for the
 * activities, holds them; spaced lines are read in the section of the
 * first (not 二、工作要求's after it), a duty due by a day (5月28日前 报送…)
 * none; a name that says its kind takes
 * no remark (安全讲座 民警主讲). */
START_TEST(a_schedule_heading_holds_the_items_and_its_lines)
{
	json_t *plan = plan_from_text(
		"沃川县2026年安全生产月活动方案\n"
		"今年6月1日至30日开展安全生产月活动。\n"
		"一、活动主题\n"
		"人人讲安全、个个会应急。\n"
		"二、时间安排\n"
		"（一）6月1日上午9:00，在县人民广场举行安全生产月启动仪式。（牵头单位：县应急管理局）\n"
		"（二）6月16日下午，在县第一中学开展应急疏散演练。（牵头单位：县教体局）\n"
		"三、工作要求\n"
		"各乡镇要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "location")), "县人民广场");
	json_decref(plan);
	plan = plan_from_text(
		"沃川县2026年安全生产月活动方案\n"
		"今年6月1日至30日开展安全生产月活动。\n"
		"一、时间安排\n"
		"6月1日（周一）9:00 启动仪式 地点：县人民广场 负责：县应急管理局\n"
		"6月9日（周二）14:30 安全讲座 民警主讲 地点：县会议中心 负责：县公安局\n"
		"5月28日前 报送联络员名单 负责：各乡镇\n"
		"二、工作要求\n"
		"6月29日 报送工作总结 负责：各乡镇\n"
		"6月30日 报送工作台账 负责：各乡镇\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(title_of(plan_activity(plan, 1)), "安全讲座");
	json_decref(plan);
}
END_TEST

/* Third reading: a first clause that frames the deed (结合“安康杯”竞赛，
 * 组织…) names no activity though it ends with an event's kind; 循环 ends
 * a place only before 播放 (城南循环经济产业园 is one place). */
START_TEST(a_framing_clause_and_a_place_holding_a_play_word)
{
	json_t *plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至30日。\n"
		"二、活动安排\n"
		"序号\t时间\t活动内容\t责任单位\n"
		"1\t6月3日\t结合“安康杯”竞赛，组织职工开展岗位练兵\t县总工会\n"
		"2\t6月5日\t围绕治本攻坚三年行动，对重点企业开展执法检查\t县应急管理局\n");
	ck_assert_str_eq(title_of(plan_activity(plan, 0)), "结合“安康杯”竞赛，组织职工开展岗位练兵");
	ck_assert_str_eq(title_of(plan_activity(plan, 1)), "围绕治本攻坚三年行动，对重点企业开展执法检查");
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至30日。\n"
		"二、活动安排\n"
		"（一）成果展。6月8日在城南循环经济产业园举办安全生产成果展，由县工信局负责。\n"
		"（二）警示教育。6月10日在各乡镇便民服务中心循环播放警示教育片，由县应急管理局负责。\n");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "location")), "城南循环经济产业园");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "location")), "各乡镇便民服务中心");
	json_decref(plan);
}
END_TEST

/* Third reading: under a theme day, a sentence that asks (及时发布, 严禁发放)
 * is no deed done; a deed verb inside a quoted name (“浔东发布”) or before
 * 的 (X发布的要点) is passed over for the next. */
START_TEST(a_demand_or_a_named_verb_is_no_deed)
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
		"9月16日（星期三）　电信日\n"
		"上午9:30，在步行街中心广场开展反诈集中宣传活动。（责任单位：区公安分局）\n"
		"当天，各成员单位要高度重视，及时发布活动信息，确保宣传效果。（责任单位：各成员单位）\n"
		"活动期间严禁借机发放商业广告、推销产品。（责任单位：区市场监督管理局）\n"
		"区融媒体中心在“浔东发布平台”开设网络安全专栏，滚动推送安全知识。（责任单位：区融媒体中心）\n"
		"各通信运营商根据区委网信办发布的宣传要点，向用户推送网络安全公益短信。（责任单位：区工业和信息化局）\n"
		"当天，区卫健委邀请专家在各社区卫生服务中心发放网络安全宣传手册。（责任单位：区卫生健康局）\n"
		"9月17日（星期四）　法治日\n"
		"下午2:30，在区委党校报告厅举办网络安全法治专题讲座。（责任单位：区司法局）\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 6);
	ck_assert_str_eq(title_of(plan_activity(plan, 2)), "开设网络安全专栏");
	ck_assert_str_eq(title_of(plan_activity(plan, 3)), "推送网络安全公益短信");
	ck_assert_str_eq(title_of(plan_activity(plan, 4)), "发放网络安全宣传手册");
	json_decref(plan);
}
END_TEST

/* A post with no title line of its own names the plan it tells of
 * (芷湾街道办事处制定了《…活动方案》): that is the plan's title; a book
 * title that is no plan (《关于开展…的通知》) is not. */
START_TEST(a_post_names_the_plan_it_tells_of)
{
	static const char *const post =
		"🔥消防宣传月来了！芷湾街道8场消防活动就在家门口\n"
		"11月是全国“119”消防宣传月。\n"
		"区消安委办印发《关于开展2026年“119”消防宣传月活动的通知》后，芷湾街道办事处制定了《芷湾街道2026年“119”消防宣传月活动方案》。宣传月期间，由街道应急办统筹协调。\n"
		"【活动一】消防安全进社区\n"
		"11月7日（周六）上午9:00，在东湖社区广场开展消防安全咨询。\n"
		"【活动二】消防演练\n"
		"11月14日（周六）上午9:00，在芷湾小学开展应急疏散演练。\n";
	json_t *plan = plan_from_text(post);
	ck_assert_str_eq(json_string_value(json_object_get(plan, "title")), "芷湾街道2026年“119”消防宣传月活动方案");
	json_decref(plan);
}
END_TEST

/* Fourth reading: 二、时间安排 of stages ((一)宣传发动阶段（…）) holds no
 * events; a post's plan is one it made (制定了), not one another body
 * issued (印发了《全省…方案》). */
START_TEST(stages_and_a_parents_plan_are_no_events_nor_title)
{
	json_t *plan = plan_from_text(
		"青山县2026年防灾减灾宣传周活动方案\n"
		"一、活动主题\n"
		"人人讲安全、个个会应急。\n"
		"二、时间安排\n"
		"（一）宣传发动阶段（5月1日—5月9日）。各单位制定具体方案，做好宣传准备。\n"
		"（二）集中实施阶段（5月10日—5月16日）。各乡镇、各部门结合实际组织开展宣传活动。\n"
		"三、工作要求\n"
		"各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 0);
	json_decref(plan);
	plan = plan_from_text(
		"青山应急｜防灾减灾宣传周来了，这些活动等你参加\n"
		"日前，省减灾委办公室印发了《全省2026年防灾减灾宣传周活动方案》，我局结合实际，安排了以下活动。\n"
		"一、时间安排\n"
		"5月12日（周二）9:00 启动仪式 地点：县人民广场 负责：县应急管理局\n"
		"5月13日（周三）9:00 应急演练 地点：县第一中学 负责：县教体局\n");
	ck_assert(json_is_null(json_object_get(plan, "title")));
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
}
END_TEST

/* Fourth reading: a spaced name goes on over short words that are no
 * remark (亲子 绘本共读, 趣味运动会 开幕式); 以赛促学… opens a name, no
 * frame; 循环滚动播放 and 循环播出 end a place; 邀请 asks nothing; 请联系
 * with no number in its sentence names no contact. */
START_TEST(fourth_reading_of_names_frames_places_and_asks)
{
	json_t *plan = plan_from_text(
		"读书月工作安排\n"
		"一、时间安排\n"
		"4月2日（周四）9:00 趣味运动会 开幕式 地点：县体育中心 负责：县教体局\n"
		"4月11日（周六）10:00 亲子 绘本共读 地点：县图书馆少儿部 负责：县图书馆\n"
		"请联系本单位安全员做好登记，4月30日前报送总结。\n");
	ck_assert_str_eq(title_of(plan_activity(plan, 0)), "趣味运动会开幕式");
	ck_assert_str_eq(title_of(plan_activity(plan, 1)), "亲子绘本共读");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 0);
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2026年普法宣传月活动的通知\n"
		"一、活动时间\n"
		"2026年12月1日至31日。\n"
		"二、活动安排\n"
		"序号\t活动内容\t时间\t责任单位\n"
		"1\t以赛促学法治知识竞赛，组织机关干部参赛\t12月10日\t县普法办\n");
	ck_assert_str_eq(title_of(plan_activity(plan, 0)), "以赛促学法治知识竞赛");
	json_decref(plan);
	plan = plan_from_text(
		"关于开展2026年安全生产月活动的通知\n"
		"一、活动时间\n"
		"2026年6月1日至30日。\n"
		"二、活动安排\n"
		"（一）公益广告。6月1日起在县城主要路口LED屏循环滚动播放安全公益广告，由县城管局负责。\n"
		"（二）宣传片。6月2日起在各营业厅循环播出安全宣传片，由县工信局负责。\n");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "location")), "县城主要路口LED屏");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "location")), "各营业厅");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round76");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, a_content_cells_first_clause_names_the_activity);
	tcase_add_test(tc, a_portal_pages_markdown_table_is_read);
	tcase_add_test(tc, a_web_tables_unit_groups_entities_and_whole_span);
	tcase_add_test(tc, an_entity_names_a_printable_character_or_stays);
	tcase_add_test(tc, a_first_clause_of_when_or_how_is_no_name);
	tcase_add_test(tc, all_of_an_event_is_not_the_campaign);
	tcase_add_test(tc, a_schedule_of_spaced_labelled_fields);
	tcase_add_test(tc, two_numbers_apart_by_a_space_stay_two);
	tcase_add_test(tc, a_liaison_list_and_a_lead_framed_before_its_partners);
	tcase_add_test(tc, a_time_section_is_no_activity_section);
	tcase_add_test(tc, an_event_kind_ends_a_name_and_spaced_names_go_on);
	tcase_add_test(tc, a_deed_under_a_theme_day_is_an_entry);
	tcase_add_test(tc, a_post_asks_to_call_a_person);
	tcase_add_test(tc, a_schedule_heading_holds_the_items_and_its_lines);
	tcase_add_test(tc, a_framing_clause_and_a_place_holding_a_play_word);
	tcase_add_test(tc, a_demand_or_a_named_verb_is_no_deed);
	tcase_add_test(tc, a_post_names_the_plan_it_tells_of);
	tcase_add_test(tc, stages_and_a_parents_plan_are_no_events_nor_title);
	tcase_add_test(tc, fourth_reading_of_names_frames_places_and_asks);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
