/* check_reader_round71.c - habits taught in session 39: a text message's
 * activities run on after a colon, narrowed to where the colon announces
 * activities (not inside an item), the last ending with its sentence or
 * its bracket of roles; its fields in any order, a place field only
 * where it is one; a table's group column only where rows of the
 * group's follow, units apart by a tab in the last cell, and a paragraph
 * above a table that a row repeats read once. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* The message's items, then the message goes on: the last item ends with
 * its sentence, so a report later in the message (17点前) is neither its
 * clock nor tied to it. */
START_TEST(a_messages_last_run_on_item_ends_with_its_sentence)
{
	json_t *plan = plan_from_text(
		"【檀溪县应急管理局】5/11-5/17为2026年全国防灾减灾宣传周，全县集中开展以下活动：1、5/11上午9:00，"
		"宣传周启动仪式，县人民广场，各乡镇分管负责同志参加（县应急局牵头，县减灾委成员单位配合）；2、宣传周期间，"
		"开展一轮灾害风险隐患大排查，重点查地灾隐患点（乡镇牵头，县减灾委成员单位按职责配合）。各乡镇要高度重视，"
		"结合实际细化方案。请各乡镇于5/9（周六）17点前将本乡镇宣传周活动安排报县应急局减灾救灾股。"
		"檀溪县应急管理局 5月6日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *last = plan_activity(plan, 1);
	ck_assert_str_eq(json_string_value(json_object_get(last, "title")), "开展一轮灾害风险隐患大排查");
	ck_assert(json_is_null(json_object_get(last, "time")));
	/* 宣传周期间 is its when, its units in the bracket */
	ck_assert_str_eq(names(last, "lead"), "乡镇");
	ck_assert_str_eq(names(last, "cooperate"), "县减灾委成员单位");
	ck_assert(json_is_null(json_object_get(last, "location")));
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert(json_is_null(json_object_get(json_array_get(json_object_get(plan, "deadlines"), 0), "activity")));
	json_decref(plan);
}
END_TEST

/* An activity's own list after 参加人员： and a list of requirements
 * after 如下： are no activities: only a colon announcing activities
 * (以下活动：) opens run-on items. */
START_TEST(a_list_after_another_colon_is_no_activities)
{
	json_t *plan = plan_from_text(
		"关于开展2026年知识产权宣传周活动的通知\n"
		"各乡镇：\n"
		"一、活动时间\n"
		"2026年4月20日至4月26日。\n"
		"二、活动安排\n"
		"（一）启动仪式。4月20日上午9:00在县人民广场举行，参加人员：1、县领导；2、各成员单位分管负责同志；3、各乡镇分管负责同志。"
		"由县市场监管局牵头，县委宣传部配合。\n"
		"（二）知识产权进企业。4月22日，由县市场监管局牵头。\n"
		"三、工作要求\n"
		"有关要求如下：1、加强领导，精心组织；2、注重实效，营造氛围；3、及时报送信息。请于4月29日前报送总结。\n"
		"县市场监督管理局\n"
		"2026年4月10日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "title")), "启动仪式");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "title")), "知识产权进企业");
	json_decref(plan);
}
END_TEST

/* When, what, then units in a closing bracket: a third comma field is the
 * place only when it ends as places do (副县长出席并讲话 does not). */
START_TEST(a_third_field_that_names_no_place_is_no_place)
{
	json_t *plan = plan_from_text(
		"【檀溪县应急管理局】5/11-5/17为2026年全国防灾减灾宣传周，全县集中开展以下活动：1、5/11上午9:00，"
		"宣传周启动仪式，副县长出席并讲话（县应急局牵头，县减灾委成员单位配合）；2、5/13上午9点，地质灾害避险转移演练，"
		"龙泉铺镇石牛村（县自然资源局牵头，龙泉铺镇配合）；3、5/14全天，应急避难场所开放日，滨河公园、檀溪公园两处避难场所，"
		"设置地震VR体验（县应急局牵头）。檀溪县应急管理局 5月6日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|宣传周启动仪式|2026-05-11|2026-05-11|09:00|-|县应急局|县减灾委成员单位");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|地质灾害避险转移演练|2026-05-13|2026-05-13|09:00|龙泉铺镇石牛村|县自然资源局|龙泉铺镇");
	/* a list of places, each ending as one */
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|应急避难场所开放日|2026-05-14|2026-05-14|-|滨河公园、檀溪公园两处避难场所|县应急局|");
	json_decref(plan);
}
END_TEST

/* A row with one cell more than the header names, its first short, is
 * no group's name when no row of the header's cells follows it: the
 * extra cell is the row's (its cooperating units apart by a tab). */
START_TEST(an_extra_cell_alone_is_no_group_column)
{
	json_t *plan = plan_from_text(
		"关于开展2026年知识产权宣传周活动的通知\n"
		"一、活动时间\n"
		"2026年4月20日至4月26日。\n"
		"二、活动安排\n"
		"活动名称\t时间\t地点\t牵头单位\t配合单位\n"
		"启动仪式\t4月20日\t县人民广场\t县市场监管局\t县委宣传部\n"
		"法律咨询\t4月22日\t县经开区\t县市场监管局\t县司法局\t县工信局\n"
		"三、工作要求\n"
		"请于4月29日前报送总结。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "title")), "法律咨询");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "location")), "县经开区");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "县市场监管局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县司法局、县工信局");
	json_decref(plan);
}
END_TEST

/* A paragraph above the table telling an activity that a row of the
 * table repeats (its title, its day) is not read a second time. */
START_TEST(a_told_paragraph_a_row_repeats_is_read_once)
{
	json_t *plan = plan_from_text(
		"关于开展2026年安全教育周活动的通知\n"
		"一、活动时间\n"
		"2026年3月30日至4月3日。\n"
		"二、活动安排\n"
		"3月30日（星期一）7:50，学校在田径场举行安全教育周启动仪式，由政教处负责，团委配合。\n"
		"各项活动安排如下表：\n"
		"活动内容\t时间\t地点\t负责部门\t配合\n"
		"安全教育周启动仪式\t3月30日（星期一）7:50\t学校田径场\t政教处\t团委\n"
		"应急疏散演练\t4月1日（星期三）9:45\t学校田径场\t政教处\t总务处\n"
		"三、工作要求\n"
		"各班主任在活动结束后3个工作日内报送总结。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "title")), "安全教育周启动仪式");
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "title")), "应急疏散演练");
	json_decref(plan);
}
END_TEST

/* Items apart by 。 rather than ；: the last still ends with its bracket
 * of roles, so the report after it is not its (no clock, no tie). */
START_TEST(a_messages_items_apart_by_full_stops)
{
	json_t *plan = plan_from_text(
		"【青石县市场监管局】各市场监管所：2026年知识产权宣传周定于4月20日至26日举行，局里安排以下活动："
		"1、4/20上午9:30，知识产权宣传周启动仪式，县人民广场（知识产权股牵头，城关所配合）。2、4/24全天，"
		"商标侵权专项检查，县城各大商超（执法大队牵头，各所配合）。请各所于4/28（周二）下午5点前将活动总结"
		"报知识产权股。联系人：刘晓敏，电话：13907361234。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|商标侵权专项检查|2026-04-24|2026-04-24|-|县城各大商超|执法大队|各所");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert(json_is_null(json_object_get(json_array_get(json_object_get(plan, "deadlines"), 0), "activity")));
	json_decref(plan);
}
END_TEST

/* 以下活动：1、…；2、… inside an activity's own paragraph (（一）启动仪式。
 * …仪式结束后现场开展以下活动：) is what it holds, no activities. */
START_TEST(a_list_inside_an_item_stays_its_own)
{
	json_t *plan = plan_from_text(
		"青石县卫生健康局关于开展2026年全民营养周宣传活动的通知\n"
		"各乡镇卫生院：\n"
		"一、活动时间\n"
		"2026年5月17日至5月23日。\n"
		"二、活动内容\n"
		"（一）启动仪式。5月17日上午9:00在县人民广场举行，仪式结束后现场开展以下活动：1、营养膳食展板展示；"
		"2、免费测量血压血糖；3、营养专家义诊咨询。由县卫健局牵头，县人民医院、县疾控中心配合。\n"
		"（二）营养健康知识竞赛。5月22日下午3:00在县委党校礼堂举行，由县卫健局牵头，县教育局配合。\n"
		"三、工作要求\n"
		"请各单位于5月26日17:00前将活动开展情况报县卫健局健康促进股。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|启动仪式|2026-05-17|2026-05-17|09:00|县人民广场|县卫健局|县人民医院、县疾控中心");
	json_decref(plan);
}
END_TEST

/* The fields in other orders: when, where, what (one item a line) and
 * what, when, where (a message); a remark after the bracket of roles
 * (…（县应急局牵头），演练方案由…) is no part of the title. */
START_TEST(fields_in_other_orders_and_a_remark_after_the_roles)
{
	json_t *plan = plan_from_text(
		"青石县市场监督管理局关于开展2026年知识产权宣传周活动的通知\n"
		"各所：\n"
		"一、活动安排\n"
		"1、4月20日上午9:30，县人民广场，知识产权宣传周启动仪式（知识产权股牵头，城关所配合）；\n"
		"2、知识产权进企业座谈会，4月22日下午2:30，县经开区管委会二楼会议室（知识产权股牵头，县经开区配合）；\n"
		"3、4月24日上午，商标侵权应急演练，县城各大商超（执法大队牵头，各所配合），演练方案由各所于4月21日前报执法大队。\n"
		"二、工作要求\n"
		"请于4月30日前报送活动总结。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|知识产权宣传周启动仪式|2026-04-20|2026-04-20|09:30|县人民广场|知识产权股|城关所");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|知识产权进企业座谈会|2026-04-22|2026-04-22|14:30|县经开区管委会二楼会议室|知识产权股|县经开区");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|商标侵权应急演练|2026-04-24|2026-04-24|-|县城各大商超|执法大队|各所");
	json_decref(plan);
}
END_TEST

/* A note paragraph under the last of the items a line each is the
 * item's (its report tied to it), but its clock is not the item's: a
 * row of fields has its clock in its when. */
START_TEST(a_note_under_a_row_of_fields_gives_no_clock)
{
	json_t *plan = plan_from_text(
		"青石县妇女联合会关于开展2026年“巾帼健康行”系列活动的通知\n"
		"各乡镇妇联：\n"
		"一、活动安排\n"
		"1、3月6日上午9:00，“巾帼健康行”启动仪式，县妇女儿童活动中心（县妇联牵头，县卫健局配合）；\n"
		"2、3月12日至20日，“两癌”免费筛查，各乡镇卫生院（县妇联牵头，县卫健局、各乡镇妇联配合）。\n"
		"筛查对象为35至64周岁农村适龄妇女，请各乡镇妇联于3月10日17:00前将筛查名单报县妇联权益部。\n"
		"二、工作要求\n"
		"请于3月31日前报送活动总结。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|“两癌”免费筛查|2026-03-12|2026-03-20|-|各乡镇卫生院|县妇联|县卫健局、各乡镇妇联");
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(plan, "deadlines"), 0), "activity")), "2");
	json_decref(plan);
}
END_TEST

/* The last item's bracket of roles may close the sentence after its
 * first (…训练场。每家单位派3名职工参赛（县总工会牵头…）。): the item ends
 * there, its units its own. */
START_TEST(the_last_items_roles_may_close_its_second_sentence)
{
	json_t *plan = plan_from_text(
		"【青石县总工会】各基层工会：2026年“安康杯”竞赛宣传月期间，县总工会开展以下活动：1、6/5上午9点，启动仪式，"
		"县工人文化宫广场（县总工会牵头，县应急局配合）；2、6/19全天，职工应急技能比武，县消防救援大队训练场。"
		"每家单位派3名职工参赛（县总工会牵头，县消防救援大队配合）。各基层工会要认真组织，于6/10下午5点前将参赛"
		"人员名单报县总工会劳动保护部。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *last = plan_activity(plan, 1);
	ck_assert_str_eq(names(last, "lead"), "县总工会");
	ck_assert_str_eq(names(last, "cooperate"), "县消防救援大队");
	ck_assert(json_is_null(json_object_get(last, "time")));
	json_decref(plan);
}
END_TEST

/* 以上5、6两项由X牵头，Y配合。 under the items gives them its units
 * where they name none (第2、3项活动均由… so too); an item's own units
 * stay. */
START_TEST(a_line_gives_units_to_the_items_it_numbers)
{
	json_t *plan = plan_from_text(
		"汀埠镇2026年消防宣传月活动安排\n"
		"各村、各企业：\n"
		"【活动安排】\n"
		"1. 11月9日（周一）上午9点，在汀埠农贸市场门口广场开展集中宣传。由镇安监站牵头，派出所配合。\n"
		"2. 11月18日（周三）晚上7点，对镇区出租房开展夜间消防检查。\n"
		"3. 11月21日（周六）上午9点，在汀埠客运站门口广场开展电动自行车安全宣传。\n"
		"以上2、3两项由镇综合执法队牵头，派出所、镇安监站配合。\n"
		"4. 11月26日（周四）下午2点，到镇中心敬老院开展消防安全检查。\n"
		"第1、4项活动均由镇社会事务办负责。\n"
		"汀埠镇人民政府\n"
		"10月30日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "镇安监站");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "镇综合执法队");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "派出所、镇安监站");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "镇综合执法队");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "派出所、镇安监站");
	ck_assert_str_eq(names(plan_activity(plan, 3), "lead"), "镇社会事务办");
	json_decref(plan);
}
END_TEST

static const char table_head[] =
	"关于开展2026年全民阅读月活动的通知\n"
	"一、活动时间\n"
	"2026年4月20日至5月31日。\n"
	"二、活动安排\n";

/* A note across the table between its rows is none of them, and the rows
 * after it are read on; under the rows it ends the table. */
START_TEST(a_note_between_rows_is_no_row_and_ends_nothing)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s", table_head,
		      "活动名称\t时间\t地点\t牵头单位\t配合单位\n"
		      "全民阅读月启动仪式\t4月23日上午9:00\t县图书馆广场\t县委宣传部\t县文旅局\n"
		      "注：以下活动由各乡镇自行组织，时间地点自定\n"
		      "亲子阅读打卡\t4月23日至5月23日\t线上\t县妇联\t县图书馆\n"
		      "注：各活动请做好安全保障。\n"
		      "三、工作要求\n"
		      "请于5月31日前报送活动总结。\n");
	json_t *plan = plan_from_text(wp_buf_str(&b));
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 1), "title")), "亲子阅读打卡");
	json_decref(plan);
	wp_buf_free(&b);
}
END_TEST

/* A last column of units whose cell was typed as two: under 责任单位 the
 * first leads and the other helps; rows with an extra cell whose day
 * stands under 时间 unshifted are no group's. */
START_TEST(a_lead_cell_typed_as_two)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s", table_head,
		      "活动名称\t时间\t地点\t责任单位\n"
		      "启动仪式\t4月23日上午9:00\t镇政府广场\t镇应急办\t镇派出所\n"
		      "安全宣传咨询日\t4月25日\t白沙集镇\t镇应急办\n"
		      "安全知识竞赛\t4月28日下午2:30\t镇文化站\t镇应急办\t镇团委\n"
		      "三、工作要求\n"
		      "请于5月31日前报送活动总结。\n");
	json_t *plan = plan_from_text(wp_buf_str(&b));
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|启动仪式|2026-04-23|2026-04-23|09:00|镇政府广场|镇应急办|镇派出所");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|安全知识竞赛|2026-04-28|2026-04-28|14:30|镇文化站|镇应急办|镇团委");
	json_decref(plan);
	wp_buf_free(&b);
}
END_TEST

/* Paragraphs above a table that tell no event of their own to come: one
 * told as done (召开了…), the campaign's whole span, one a row repeats
 * at its clock under a longer title. */
START_TEST(paragraphs_above_a_table_that_tell_no_new_event)
{
	json_t *plan = plan_from_text(
		"关于开展2026年“平安校园”宣传月活动的通知\n"
		"一、活动时间\n"
		"2026年3月30日至4月30日。\n"
		"二、活动安排\n"
		"3月20日，学校召开了宣传月工作协调会，由政教处负责对活动进行了安排部署。\n"
		"3月30日至4月30日，学校开展“平安校园”宣传月活动，由政教处负责。\n"
		"3月30日7:50，学校在操场举行启动仪式，由政教处负责，全体师生参加。\n"
		"活动安排如下表：\n"
		"活动名称\t时间\t地点\t负责部门\n"
		"“平安校园”宣传月启动仪式\t3月30日7:50\t学校操场\t政教处\n"
		"消防疏散演练\t4月8日下午3:00\t教学楼\t总务处\n"
		"三、工作要求\n"
		"请于4月30日前报送活动照片。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(json_string_value(json_object_get(plan_activity(plan, 0), "title")), "“平安校园”宣传月启动仪式");
	json_decref(plan);
}
END_TEST

/* An empty (or —) 时间 cell under a dated row is no day: it as often
 * means none (常态化开展) as a cell merged with the row above. */
START_TEST(an_empty_time_cell_under_a_dated_row_gives_no_day)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s", table_head,
		      "序号\t活动名称\t时间\t地点\t牵头单位\t配合单位\n"
		      "1\t启动仪式\t4月23日上午9:00\t县人民广场\t县委宣传部\t县文旅局\n"
		      "2\t重点行业领域隐患排查\t—\t各生产经营单位\t县应急局\t县住建局\n"
		      "3\t社会体育指导员进社区\t\t各社区\t县体育局\t各街道办事处\n"
		      "三、工作要求\n"
		      "请于5月31日前报送活动总结。\n");
	json_t *plan = plan_from_text(wp_buf_str(&b));
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_ptr_null(field(plan_activity(plan, 1), "start"));
	ck_assert_ptr_null(field(plan_activity(plan, 2), "start"));
	ck_assert_ptr_null(field(plan_activity(plan, 2), "time"));
	json_decref(plan);
	wp_buf_free(&b);
}
END_TEST

/* Rows numbered in a column the header left unnamed: the number is the
 * row's, the rest fits the header; the place before an extra cell is
 * never taken for a unit. */
START_TEST(a_number_column_the_header_left_unnamed)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s", table_head,
		      "活动内容\t时间\t地点\t责任单位\n"
		      "1\t启动仪式\t4月23日上午9:00\t县应急局会议室\t县安委办\n"
		      "2\t安全宣传咨询日\t4月25日\t各乡镇集镇\t各乡镇\n"
		      "三、工作要求\n"
		      "请于5月31日前报送活动总结。\n");
	json_t *plan = plan_from_text(wp_buf_str(&b));
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|启动仪式|2026-04-23|2026-04-23|09:00|县应急局会议室|县安委办|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|安全宣传咨询日|2026-04-25|2026-04-25|-|各乡镇集镇|各乡镇|");
	json_decref(plan);
	wp_buf_free(&b);
}
END_TEST

/* A line naming items by number in clauses (以上1、2两项由X负责；第3项由Y
 * 负责), and items numbered 一、二 named so. */
START_TEST(a_line_naming_items_in_clauses_and_chinese_numbers)
{
	json_t *plan = plan_from_text(
		"关于开展2026年消防宣传月活动的通知\n"
		"一、活动时间\n"
		"2026年11月1日至30日。\n"
		"二、活动安排\n"
		"（一）集中宣传。11月9日上午9点在农贸市场门口广场开展。\n"
		"（二）夜间检查。11月18日晚上7点对出租房开展检查。\n"
		"（三）消防演练。11月20日上午10点在中心小学开展。\n"
		"以上第一、二项由镇安监站牵头，派出所配合；第三项由镇中心学校负责。\n"
		"三、工作要求\n"
		"请于12月4日前报送活动总结。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "镇安监站");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "镇安监站");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "派出所");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "镇中心学校");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "");
	json_decref(plan);
}
END_TEST

/* A units cell whose two lines were joined by a space: two units when
 * each is one (the second opening with its level); a name holding a
 * space before no level stays one. */
START_TEST(units_apart_by_a_space)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s", table_head,
		      "序号\t活动名称\t时间\t地点\t牵头单位\t配合单位\n"
		      "1\t启动仪式\t4月23日上午9:00\t县人民广场\t区委国安办\t区委宣传部、区公安分局 区司法局、区融媒体中心\n"
		      "2\t专题讲座\t4月24日\t区委党校\t区委国安办\t区委党校 办公室\n"
		      "三、工作要求\n"
		      "请于5月31日前报送活动总结。\n");
	json_t *plan = plan_from_text(wp_buf_str(&b));
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "区委宣传部、区公安分局、区司法局、区融媒体中心");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "区委党校 办公室");
	json_decref(plan);
	wp_buf_free(&b);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round71");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, a_messages_last_run_on_item_ends_with_its_sentence);
	tcase_add_test(tc, a_list_after_another_colon_is_no_activities);
	tcase_add_test(tc, a_third_field_that_names_no_place_is_no_place);
	tcase_add_test(tc, an_extra_cell_alone_is_no_group_column);
	tcase_add_test(tc, a_told_paragraph_a_row_repeats_is_read_once);
	tcase_add_test(tc, a_messages_items_apart_by_full_stops);
	tcase_add_test(tc, a_list_inside_an_item_stays_its_own);
	tcase_add_test(tc, fields_in_other_orders_and_a_remark_after_the_roles);
	tcase_add_test(tc, a_note_under_a_row_of_fields_gives_no_clock);
	tcase_add_test(tc, the_last_items_roles_may_close_its_second_sentence);
	tcase_add_test(tc, a_line_gives_units_to_the_items_it_numbers);
	tcase_add_test(tc, a_note_between_rows_is_no_row_and_ends_nothing);
	tcase_add_test(tc, a_lead_cell_typed_as_two);
	tcase_add_test(tc, paragraphs_above_a_table_that_tell_no_new_event);
	tcase_add_test(tc, an_empty_time_cell_under_a_dated_row_gives_no_day);
	tcase_add_test(tc, a_number_column_the_header_left_unnamed);
	tcase_add_test(tc, a_line_naming_items_in_clauses_and_chinese_numbers);
	tcase_add_test(tc, units_apart_by_a_space);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
