/* check_reader_holdout12.c - habits of the genre that the hold-out
 * notices g88..g92 showed, each on a small text of its own: numbered
 * sections that are themselves the activities, unnumbered headings after
 * them, and the like. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 一、“安全生产月”启动暨集中宣传活动 / 6月3日上午9时，在…举行…。由X牵头，
 * Y配合。 / 二、燃气安全检查 / …: numbered sections with prose and no
 * items are the activities, even when the first heading names a kind of
 * activity (…宣传活动) as an activity section would; its date line is
 * no day-by-day schedule. */
START_TEST(numbered_sections_with_prose_are_the_activities)
{
	json_t *plan = plan_from_text("某镇2027年安全生产月活动方案\n各村（社区）：\n"
				 "一、“安全生产月”启动暨集中宣传活动\n"
				 "6月3日（星期四）上午9时，在镇文化广场举行启动仪式。由镇应急办牵头，镇派出所配合。\n"
				 "二、燃气安全检查\n"
				 "6月10日至20日，对辖区内餐饮场所开展燃气安全检查。由镇市场监管所牵头，镇应急办配合。\n"
				 "三、“安全知识进校园”活动\n"
				 "6月16日下午3点，在镇中学开展安全知识竞赛。由镇中学、镇应急办负责。\n"
				 "某镇人民政府\n2027年5月28日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|“安全生产月”启动暨集中宣传活动|2027-06-03|2027-06-03|09:00|镇文化广场|镇应急办|镇派出所");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "二");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "“安全知识进校园”活动");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "镇中学、镇应急办");
	json_decref(plan);
}
END_TEST

/* 二、应急演练 / … / 工作专班 / … / 有关要求 / …在村委会门口张贴…: a short
 * line with no number and no punctuation that names a section of
 * requirements (or a body the notice sets up, 工作专班) heads a section of
 * its own, so its prose is no part of the activity above it. */
START_TEST(an_unnumbered_heading_closes_the_activity_above)
{
	json_t *plan = plan_from_text("某镇2027年安全生产月活动方案\n各村（社区）：\n"
				 "一、燃气安全检查\n"
				 "6月10日至20日，对辖区内餐饮场所开展燃气安全检查。由镇市场监管所牵头，镇应急办配合。\n"
				 "二、应急演练\n"
				 "6月18日上午，组织各村开展消防疏散演练。由镇应急办负责。\n"
				 "工作专班\n"
				 "组　长：张三（镇长）\n"
				 "有关要求\n"
				 "各村（社区）要高度重视，在村委会门口张贴宣传海报，镇派出所配合维持秩序。\n"
				 "某镇人民政府\n2027年5月28日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "二|应急演练|2027-06-18|2027-06-18|-|-|镇应急办|");
	json_decref(plan);
}
END_TEST

/* …举办企业质量管理培训，邀请县市场监管局业务骨干授课，企业负责人参加…:
 * the 请 of 邀请 asks nobody, so a dated activity that invites lecturers
 * and names who takes part sets no deadline. */
START_TEST(an_invitation_asks_no_one_to_attend)
{
	json_t *plan = plan_from_text("某镇2026年质量月活动方案\n一、“质量进企业”培训\n"
				 "9月16日（星期三）下午2点30分，在镇政府三楼会议室举办企业质量管理培训，邀请县市场监管局"
				 "业务骨干授课，辖区内规模以上企业负责人参加，帮助企业解决在标准制定方面遇到的实际困难。"
				 "由镇企业服务中心牵头，镇市场监管所配合。\n"
				 "二、计量服务\n9月22日上午，在镇卫生院门口开展计量服务。由镇市场监管所牵头。\n"
				 "某镇人民政府\n2026年8月28日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 0);
	json_decref(plan);
}
END_TEST

/* 请各村于每周五下午4点前将本周情况报专班办公室，9月30日前将活动总结报专
 * 班办公室。: a weekly rule marks a deadline as a date does, so the
 * sentence holds two: the weekly one with no due day, then the dated one,
 * both owed by the units the sentence names. */
START_TEST(a_weekly_report_then_a_dated_one_in_one_sentence)
{
	json_t *plan = plan_from_text("某镇2026年质量月活动方案\n一、活动时间\n2026年9月1日至30日\n"
				 "二、活动内容\n（一）启动仪式。9月8日上午在镇农贸市场举行。\n"
				 "请各村（社区）、镇直有关单位于每周五下午4点前将本周活动开展情况报专班办公室，"
				 "9月30日前将活动总结（附照片2至3张）报专班办公室。\n"
				 "某镇人民政府\n2026年8月28日\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送本周活动开展情况|每周五下午4点前|-|各村（社区）、镇直有关单位|专班办公室");
	ck_assert_str_eq(deadline_line_at(plan, 1),
			 "报送活动总结（附照片2至3张）|9月30日前|2026-09-30|各村（社区）、镇直有关单位|专班办公室");
	json_decref(plan);
}
END_TEST

/* 9月8日上午9时，在镇农贸市场门口举行启动仪式，…并通过“某镇发布”微信公众号
 * 同步宣传: an account that carries the event 同步 (in step) is no place
 * of it; the place is where it is held. */
START_TEST(an_account_in_step_with_the_event_is_no_place)
{
	json_t *plan = plan_from_text("某镇2026年质量月活动方案\n一、活动时间\n2026年9月1日至30日\n"
				 "二、活动内容\n（一）启动仪式。9月8日上午9时，在镇农贸市场门口举行启动仪式，发放宣传资料，"
				 "并通过“某镇发布”微信公众号同步宣传。\n"
				 "（二）网络竞答。9月10日至20日，通过“某镇发布”微信公众号开展质量知识竞答。\n"
				 "某镇人民政府\n2026年8月28日\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "镇农贸市场门口");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "“某镇发布”微信公众号");
	json_decref(plan);
}
END_TEST

/* （一）启动仪式。宣传周首日上午9:00在市民之家举行…: the first day of
 * the campaign's span, named with no date, is the period's start. */
START_TEST(the_first_day_of_the_week_is_the_periods_start)
{
	json_t *plan = plan_from_text("某市2026年节能宣传周活动方案\n一、活动时间\n2026年7月13日至7月19日\n"
				 "二、活动内容\n（一）举办启动仪式。宣传周首日上午9:00在市民之家一楼大厅举行启动仪式。"
				 "（牵头单位：节能科）\n"
				 "（二）知识竞赛。7月14日至17日，在市图书馆开展知识竞赛。（牵头单位：局办公室）\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|举办启动仪式|2026-07-13|2026-07-13|09:00|市民之家一楼大厅|节能科|");
	json_decref(plan);
}
END_TEST

/* （四）绿色出行。宣传周期间倡导干部职工绿色出行，7月15日当天停驶公务用车:
 * an item that opens by running through the campaign spans the period;
 * the day named after is one measure of it. */
START_TEST(an_item_that_opens_during_the_week_spans_the_period)
{
	json_t *plan = plan_from_text("某市2026年节能宣传周活动方案\n一、活动时间\n2026年7月13日至7月19日\n"
				 "二、活动内容\n（一）开展绿色出行活动。宣传周期间倡导干部职工乘坐公共交通工具上下班，"
				 "7月15日当天市直机关停驶公务用车。（牵头单位：市公务用车服务中心）\n"
				 "（二）关灯一小时。7月15日当天，市直机关关闭公共区域照明。（牵头单位：后勤中心）\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-07-13");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2026-07-19");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-07-15");
	json_decref(plan);
}
END_TEST

/* 联系人：公共机构节能管理科　向　东，0744-8226531；周丽娟，0744-8226537。:
 * the office before the first person may stand apart by a full-width
 * space as by a space; each part apart by ； is then a person. */
START_TEST(two_contacts_the_first_after_its_office_and_a_wide_space)
{
	json_t *plan = plan_from_text("某市2026年节能宣传周活动方案\n一、活动时间\n2026年7月13日至7月19日\n"
				 "二、活动内容\n（一）知识竞赛。7月14日，在市图书馆开展知识竞赛。（牵头单位：局办公室）\n"
				 "联系人：公共机构节能管理科　向　东，0744-8226531；周丽娟，0744-8226537。\n");
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(contacts), 2);
	ck_assert_str_eq(field(json_array_get(contacts, 0), "name"), "向东");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "name"), "周丽娟");
	ck_assert_str_eq(field(json_array_get(contacts, 1), "phone"), "0744-8226537");
	json_decref(plan);
}
END_TEST

/* 请各单位于7月9日前确定1名联络员，并将联络员姓名、职务和联系方式报X: the
 * person appointed is a task done with the sending, named first
 * (确定1名联络员并报送X, the owners' g03 form); a sentence that sends
 * the thing alone keeps 报送X. */
START_TEST(a_liaison_appointed_with_the_sending_is_named_first)
{
	json_t *plan = plan_from_text("某市2026年节能宣传周活动方案\n一、活动时间\n2026年7月13日至7月19日\n"
				 "二、活动内容\n（一）知识竞赛。7月14日，在市图书馆开展知识竞赛。（牵头单位：局办公室）\n"
				 "三、工作要求\n请各单位于7月9日前确定1名联络员，并将联络员姓名、职务和联系方式报市节能科。"
				 "各单位于7月24日前将活动总结报市节能科。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "确定1名联络员并报送联络员姓名、职务和联系方式|7月9日前|2026-07-09|各单位|市节能科");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送活动总结|7月24日前|2026-07-24|各单位|市节能科");
	json_decref(plan);
}
END_TEST

/* …联系人：赵文静　电话：… / 沂川市文化广电和旅游局 / 沂川市图书馆 / the date:
 * a plan signed jointly by two units, one line each over one date, is
 * issued by the first. */
START_TEST(of_two_signers_the_first_issues_the_plan)
{
	json_t *plan = plan_from_text("某市2026年全民阅读月活动方案\n一、活动时间\n2026年4月1日至4月30日\n"
				 "二、活动内容\n（一）读书分享会。4月23日，在市图书馆举办。由市图书馆负责。\n"
				 "联系人：赵文静　电话：0539-8126075\n"
				 "某市文化广电和旅游局\n某市图书馆\n2026年3月27日\n");
	ck_assert_str_eq(field(plan, "organizer"), "某市文化广电和旅游局");
	json_decref(plan);
}
END_TEST

/* 今年12月4日是第13个国家宪法日… / 2.集中宣传。国家宪法日当天上午9:30，在…:
 * a day named only by its name (X日当天) is the day the notice dates
 * that name with elsewhere. */
START_TEST(a_named_day_is_the_date_the_preamble_gives_it)
{
	json_t *plan = plan_from_text("某县2026年宪法宣传周活动方案\n"
				 "今年12月4日是第13个国家宪法日，12月1日至7日为宪法宣传周。现制定方案如下。\n"
				 "一、活动内容\n1.集中宣传。国家宪法日当天上午9:30，在县城宪法广场举办集中宣传活动。"
				 "由县司法局牵头。\n"
				 "2.专题讲座。12月2日上午，在县委党校举办宪法专题讲座。由县委党校负责。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|集中宣传|2026-12-04|2026-12-04|09:30|县城宪法广场|县司法局|");
	json_decref(plan);
}
END_TEST

/* 于12月10日前将“宪法宣传周”活动开展情况统计表报县普法办: within its own
 * campaign a deadline may shorten 宪法宣传周 to 宣传周, but not inside
 * quotes: that would leave a ” with no “. */
START_TEST(a_quoted_campaign_name_is_not_shortened)
{
	json_t *plan = plan_from_text("某县2026年“宪法宣传周”活动方案\n一、活动时间\n2026年12月1日至7日\n"
				 "二、活动内容\n1.专题讲座。12月2日上午，在县委党校举办宪法专题讲座。由县委党校负责。\n"
				 "三、工作要求\n请各乡（镇）于12月10日前将“宪法宣传周”活动开展情况统计表报县普法办。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送“宪法宣传周”活动开展情况统计表|12月10日前|2026-12-10|各乡（镇）|县普法办");
	json_decref(plan);
}
END_TEST

/* …将活动总结报县普法办（县司法局普法与依法治理股）。 / …交政教处（行政楼201
 * 室）: a bracket right after the recipient that names the office it sits
 * in, or its room, is kept with it, and a mailbox labelled after it is
 * the unit's still; an annex pointer is not. */
START_TEST(the_office_in_brackets_after_the_recipient_is_kept)
{
	json_t *plan = plan_from_text("某县2026年“宪法宣传周”活动方案\n一、活动时间\n2026年12月1日至7日\n"
				 "二、活动内容\n1.专题讲座。12月2日上午，在县委党校举办宪法专题讲座。由县委党校负责。\n"
				 "三、工作要求\n请各乡（镇）于12月10日前将活动总结报县普法办（县司法局普法与依法治理股）。"
				 "各学校于12月11日前将作品交政教处（行政楼201室）。"
				 "各单位于12月12日前将统计表报县司法局（附件2）。"
				 "各村于12月14日前将总结报送县禁毒办（县公安局禁毒大队），电子邮箱：jd@example.cn。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "submit_to"),
			 "县普法办（县司法局普法与依法治理股）");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 1), "submit_to"),
			 "政教处（行政楼201室）");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 2), "submit_to"), "县司法局");
	/* the mailbox the clause after the bracket labels is the unit's */
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 3), "submit_to"),
			 "县禁毒办（县公安局禁毒大队）（邮箱：jd@example.cn）");
	json_decref(plan);
}
END_TEST

/* 活动由市文化广电和旅游局主办，市图书馆具体承办。: in the preamble, the
 * unit that hosts is the issuer and the one that undertakes it runs the
 * campaign: the plan's lead unit. */
START_TEST(the_unit_that_undertakes_the_campaign_leads_it)
{
	json_t *plan = plan_from_text("某市2026年全民阅读月活动方案\n"
				 "为深入推进全民阅读，市文化广电和旅游局、市图书馆决定在全市开展全民阅读月活动。"
				 "活动由市文化广电和旅游局主办，市图书馆具体承办。现制定方案如下。\n"
				 "一、活动时间\n2026年4月1日至4月30日\n"
				 "二、活动内容\n（一）读书分享会。4月23日，在市图书馆举办。由市图书馆负责。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "市图书馆");
	json_decref(plan);
}
END_TEST

/* 配合单位：区自然资源局、区水务局、各镇（街道）等: the 等 that closes a
 * list of units is the list's "and so on", no part of the last name. */
START_TEST(the_etc_after_a_list_of_units_is_dropped)
{
	json_t *plan = plan_from_text("某区2026年防灾减灾宣传周活动方案\n一、活动时间\n2026年5月10日至16日\n"
				 "二、活动内容\n（一）隐患排查\n时间：5月11日至15日\n牵头单位：区应急管理局\n"
				 "配合单位：区自然资源局、区水务局、各镇（街道）等\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "区自然资源局、区水务局、各镇（街道）");
	json_decref(plan);
}
END_TEST

/* 地点：各镇（街道）自行确定: each unit picks its own place, so the item
 * gives none, neither on its label line nor from its prose. */
START_TEST(a_place_left_to_each_unit_is_no_place)
{
	json_t *plan = plan_from_text("某区2026年防灾减灾宣传周活动方案\n一、活动时间\n2026年5月10日至16日\n"
				 "二、活动内容\n（一）知识进社区\n时间：5月11日至15日\n地点：各镇（街道）自行确定\n"
				 "牵头单位：各镇人民政府\n各镇（街道）组织应急志愿者深入社区、工业园区开展宣传。\n"
				 "（二）集中宣传\n时间：5月12日上午9:00\n地点：区人民广场\n牵头单位：区应急管理局\n");
	ck_assert_ptr_null(field(plan_activity(plan, 0), "location"));
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "区人民广场");
	json_decref(plan);
}
END_TEST

/* …；宣传周结束后5个工作日内将活动总结报区应急管理局宣教科，区应急管理局将汇
 * 总后报市应急管理局。: the 应 of 区应急管理局 is no modal, so 区 is not
 * who owes the summary; the sentence's addressees are. */
START_TEST(the_ying_inside_a_units_name_is_no_modal)
{
	json_t *plan = plan_from_text("某区2026年防灾减灾宣传周活动方案\n一、活动时间\n2026年5月10日至16日\n"
				 "二、活动内容\n（一）集中宣传。5月12日在区人民广场举行。由区应急管理局牵头。\n"
				 "三、工作要求\n请各镇（街道）、区有关单位于5月8日前将活动方案报区应急管理局宣教科；"
				 "宣传周结束后5个工作日内将活动总结报区应急管理局宣教科，区应急管理局将汇总后报市应急管理局。\n");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 1), "who"), "各镇（街道）、区有关单位");
	json_decref(plan);
}
END_TEST

/* 梅江县石塘镇人民政府 signs, the text says 经镇政府研究: a town's full
 * name carries its county before it, and its short name is still 镇政府. */
START_TEST(a_towns_short_name_past_its_county)
{
	json_t *plan = plan_from_text("石塘镇2026年“质量月”活动方案\n各村（社区）：\n"
				 "经镇政府研究，决定于2026年9月1日至30日在全镇开展“质量月”活动。\n"
				 "一、活动时间\n2026年9月1日至30日\n"
				 "二、活动内容\n（一）启动仪式。9月8日上午在镇农贸市场举行。由镇市场监管所牵头。\n"
				 "梅江县石塘镇人民政府\n2026年8月28日\n");
	ck_assert_str_eq(field(plan, "organizer"), "梅江县石塘镇人民政府");
	json_t *unit = json_array_get(json_object_get(plan, "units"), 0);
	ck_assert_str_eq(field(unit, "name"), "梅江县石塘镇人民政府");
	ck_assert_str_eq(names(unit, "aliases"), "镇政府");
	json_decref(plan);
}
END_TEST

/* 活动时间：4月24日下午2:30、4月25日上午9:00: two sessions on two days,
 * each with its clock time, span from the first day to the last; the
 * time is the first session's. */
START_TEST(two_sessions_with_their_times_span_both_days)
{
	json_t *plan = plan_from_text("某市2026年全民阅读月活动方案\n一、活动时间\n2026年4月1日至4月30日\n"
				 "二、活动内容\n（一）阅读马拉松\n活动时间：4月24日下午2:30、4月25日上午9:00\n"
				 "活动地点：市图书馆二楼阅览区\n承办单位：市图书馆\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|阅读马拉松|2026-04-24|2026-04-25|14:30|市图书馆二楼阅览区|市图书馆|");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 12");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, numbered_sections_with_prose_are_the_activities);
	tcase_add_test(tc, an_unnumbered_heading_closes_the_activity_above);
	tcase_add_test(tc, an_invitation_asks_no_one_to_attend);
	tcase_add_test(tc, a_weekly_report_then_a_dated_one_in_one_sentence);
	tcase_add_test(tc, an_account_in_step_with_the_event_is_no_place);
	tcase_add_test(tc, the_first_day_of_the_week_is_the_periods_start);
	tcase_add_test(tc, an_item_that_opens_during_the_week_spans_the_period);
	tcase_add_test(tc, two_contacts_the_first_after_its_office_and_a_wide_space);
	tcase_add_test(tc, a_liaison_appointed_with_the_sending_is_named_first);
	tcase_add_test(tc, of_two_signers_the_first_issues_the_plan);
	tcase_add_test(tc, a_named_day_is_the_date_the_preamble_gives_it);
	tcase_add_test(tc, a_quoted_campaign_name_is_not_shortened);
	tcase_add_test(tc, the_office_in_brackets_after_the_recipient_is_kept);
	tcase_add_test(tc, the_unit_that_undertakes_the_campaign_leads_it);
	tcase_add_test(tc, the_etc_after_a_list_of_units_is_dropped);
	tcase_add_test(tc, a_place_left_to_each_unit_is_no_place);
	tcase_add_test(tc, the_ying_inside_a_units_name_is_no_modal);
	tcase_add_test(tc, a_towns_short_name_past_its_county);
	tcase_add_test(tc, two_sessions_with_their_times_span_both_days);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
