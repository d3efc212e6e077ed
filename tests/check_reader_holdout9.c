/* check_reader_holdout9.c - habits of the genre that the hold-out notices
 * g73..g77 showed, each on a small text of its own: notes under a table,
 * and the like. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 注：1．第2项如遇雨天顺延… / 2．第1项名单另行发布: the numbered lines of a
 * note under the activity table are the note's, not activities; the
 * table's rows are the activities. */
START_TEST(numbered_notes_under_a_table_are_not_activities)
{
	json_t *plan = plan_from_text("某某区2027年科普活动方案\n一、活动时间\n2027年4月20日至28日\n"
				 "二、活动安排\n序号\t活动名称\t时间\t地点\t承办单位\n"
				 "1\t科普展览进校园\t4月20日—4月28日\t区内中小学\t区科技馆\n"
				 "2\t天文观测夜\t4月25日（周六）19:30\t湿地公园\t区天文学会\n"
				 "注：1．第2项活动如遇阴雨天气，顺延至4月26日。\n"
				 "2．第1项学校名单由区科技馆商定后另行发布。\n"
				 "三、工作要求\n（一）高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|科普展览进校园|2027-04-20|2027-04-28|-|区内中小学|区科技馆|");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "天文观测夜");
	json_decref(plan);
}
END_TEST

/* 发件人：… / 主题：【转发】… / 各学会，区属各中小学： / 现将通知转发给大家 /
 * ———— / the notice: the note a mail puts above the rule is the mail's,
 * so the addressees it greets are neither the issuer nor the region. */
START_TEST(the_forwarding_note_above_the_rule_is_the_mails)
{
	json_t *plan = plan_from_text("发件人：某区科协科普部\n主题：【转发】关于开展2027年科普日活动的通知\n\n"
				 "各街道科协、区直各学会，区属各中小学：\n现将正式通知转发给大家，请查收。\n"
				 "——————————\n某市某区科学技术协会\n关于开展2027年科普日活动的通知\n"
				 "各街道科协：\n一、活动时间\n2027年9月15日至21日\n"
				 "二、活动安排\n（一）启动仪式。9月15日上午在区科技馆举行。\n");
	ck_assert_str_eq(field(plan, "organizer"), "某市某区科学技术协会");
	ck_assert_str_eq(field(plan, "region"), "某区");
	json_decref(plan);
}
END_TEST

/* 区科协联合区教育局于4月20日至4月28日在全区组织开展…活动: with no
 * 活动时间 section, the days the whole area's campaign takes are the
 * period. */
START_TEST(the_period_of_a_campaign_in_the_whole_area)
{
	json_t *plan = plan_from_text("关于开展2027年航天日科普活动的通知\n各街道科协：\n"
				 "区科协联合区教育局于4月20日至4月28日在全区组织开展航天日科普系列活动。现将有关事项通知如下。\n"
				 "一、活动主题\n逐梦星辰\n二、活动安排\n（一）启动仪式。4月24日上午在区科技馆举行。\n"
				 "某区科学技术协会\n2027年4月9日\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2027-04-20");
	ck_assert_str_eq(field(period, "end"), "2027-04-28");
	json_decref(plan);
}
END_TEST

/* 厅宣传中心：黎　娜，0731-…，139 0731 5528 / 区教育局教研室：韩　磊　138… under
 * 联系方式: a two-character name spaced out to the width of three is the
 * person, with each of their numbers; 传　真：… is a number, no person. */
START_TEST(a_spaced_two_character_name_under_a_contact_heading)
{
	json_t *plan = plan_from_text("某县2027年宣传周活动方案\n一、活动时间\n2027年6月1日至7日\n二、联系方式\n"
				 "厅宣传中心：黎　娜，0731-85591418，139 0731 5528\n"
				 "区教育局教研室：韩　磊　13861092458（比赛报名）\n传　真：0731-85591240\n");
	json_t *c = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(c), 3);
	ck_assert_str_eq(field(json_array_get(c, 0), "name"), "黎娜");
	ck_assert_str_eq(field(json_array_get(c, 1), "phone"), "139 0731 5528");
	ck_assert_str_eq(field(json_array_get(c, 2), "name"), "韩磊");
	json_decref(plan);
}
END_TEST

/* 二、时间和主题 / （一）活动时间。6月1日至7日。 / （二）活动主题。“X”。: a
 * run-in label ended by 。 holds its value on its own line; the next
 * heading is not the theme. */
START_TEST(a_theme_after_a_run_in_label_ended_by_a_full_stop)
{
	json_t *plan = plan_from_text("某省2027年防汛宣传周活动方案\n一、时间和主题\n"
				 "（一）活动时间。2027年6月1日至6月7日。\n（二）活动主题。“防汛避险　人人有责”。\n"
				 "二、宣传重点\n（一）防汛法律法规。重点宣传防洪法。\n"
				 "三、主要活动\n（一）启动仪式。6月1日上午在省防汛广场举行。\n");
	ck_assert_str_eq(field(plan, "theme"), "防汛避险　人人有责");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2027-06-01");
	ck_assert_str_eq(field(period, "end"), "2027-06-07");
	json_decref(plan);
}
END_TEST

/* 联系人：市卫生健康局医政医管科　赵　凯，电话…； / 市中心血站业务科　钟慧，
 * 电话0575-88320114，13957512806。: the line under a 联系人 line names
 * its office first too, and 电话 may go without its ：; each number is
 * the person's. */
START_TEST(a_second_contact_line_office_first_with_two_numbers)
{
	json_t *plan = plan_from_text("某市2027年献血者日活动方案\n一、活动时间\n2027年6月10日至16日\n二、工作要求\n"
				 "联系人：市卫生健康局医政医管科　赵　凯，电话0575-88213067；\n"
				 "　　　　　市中心血站业务科　钟慧，电话0575-88320114，13957512806。\n");
	json_t *c = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(c), 3);
	ck_assert_str_eq(field(json_array_get(c, 1), "name"), "钟慧");
	ck_assert_str_eq(field(json_array_get(c, 1), "phone"), "0575-88320114");
	ck_assert_str_eq(field(json_array_get(c, 2), "phone"), "13957512806");
	json_decref(plan);
}
END_TEST

/* 在市民广场东侧爱心献血屋前举行 / 采血车进驻宁塘学院、宁塘职业技术学院，
 * 开展…: before a 屋 is a place as before a 楼 is, and 进驻X，开展 names
 * where the work is done as 走进X，开展 does. */
START_TEST(places_before_a_wu_and_after_jinzhu)
{
	json_t *plan = plan_from_text("某市2027年献血者日活动方案\n一、活动时间\n2027年6月8日至16日\n二、活动内容\n"
				 "（一）启动仪式。6月14日上午9时，在市民广场东侧爱心献血屋前举行启动仪式。\n"
				 "（二）高校献血周。6月8日至12日，市中心血站派出采血车进驻宁塘学院、宁塘职业技术学院，开展团体献血。\n"
				 "三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "市民广场东侧爱心献血屋前");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "宁塘学院、宁塘职业技术学院");
	json_decref(plan);
}
END_TEST

/* （1）讲座 / 6月10日下午3:00，住院部三楼学术报告厅。…在医院视频号发布。:
 * a bare place after the time opens the item, and the channel it is
 * later posted on is not where it is held; 在医院微信公众号、视频号推送
 * (channels named without quotes) is no place at all. */
START_TEST(a_bare_place_after_the_time_and_unquoted_channels)
{
	json_t *plan = plan_from_text("某医院2027年爱眼日活动方案\n一、活动时间\n2027年6月1日至15日\n二、活动内容\n"
				 "（1）健康讲座\n6月10日（周三）下午3:00，住院部三楼学术报告厅。由眼科主任主讲，"
				 "讲座内容录制后在医院视频号发布。\n眼科牵头，宣传科配合。\n"
				 "（2）科普推送\n6月1日至15日，宣传科在医院微信公众号、视频号每天推送1条科普内容，内容由眼科提供。\n"
				 "宣传科负责。\n三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "住院部三楼学术报告厅");
	ck_assert_ptr_null(field(plan_activity(plan, 1), "location"));
	json_decref(plan);
}
END_TEST

/* 副组长：县卫生健康局党组成员、副局长　陈秋燕 / 　县民政局副局长　罗　斌 /
 * 成　员：县卫生健康局老龄健康股股长　谭文静 / 　县疾控中心主任　黄国华: a
 * role's persons written post first go on a line each, a name may be
 * spaced out, and a 股长 is a post. */
START_TEST(committee_persons_post_first_a_line_each)
{
	json_t *plan = plan_from_text("某县2027年老年健康宣传周活动方案\n一、活动时间\n2027年7月27日至8月2日\n"
				 "二、组织领导\n成立县老年健康宣传周活动领导小组，组成人员如下：\n"
				 "组　长：县卫生健康局党组书记、局长　邓志明\n"
				 "副组长：县卫生健康局党组成员、副局长　陈秋燕\n　　　　　　县民政局副局长　罗　斌\n"
				 "成　员：县卫生健康局老龄健康股股长　谭文静\n　　　　　　县疾控中心主任　黄国华\n"
				 "三、活动内容\n（一）义诊。7月28日在县人民医院举行。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "vice_chair"), "县卫生健康局党组成员、副局长陈秋燕、县民政局副局长罗斌");
	ck_assert_str_eq(names(c, "members"), "县卫生健康局老龄健康股股长谭文静、县疾控中心主任黄国华");
	json_decref(plan);
}
END_TEST

/* 短视频作品于8月14日（星期五）前报送县融媒体中心: the thing named first, as
 * the topic of its clause; after the verb stands to whom, not what. */
START_TEST(the_thing_first_then_its_date_and_to_whom)
{
	json_t *plan = plan_from_text("某县2027年老年健康宣传周活动方案\n一、活动时间\n2027年7月27日至8月2日\n"
				 "二、活动内容\n（一）义诊。7月28日在县人民医院举行。\n三、工作要求\n"
				 "（一）及时报送。短视频作品于8月13日（星期五）前报送县融媒体中心。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "what"), "报送短视频作品");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "submit_to"), "县融媒体中心");
	json_decref(plan);
}
END_TEST

/* 每项活动结束后当天将信息报送局老龄健康股: a duty once per activity, on
 * the day each ends: its rule kept, no one due date. */
START_TEST(a_report_on_the_day_each_activity_ends)
{
	json_t *plan = plan_from_text("某县2027年老年健康宣传周活动方案\n一、活动时间\n2027年7月27日至8月2日\n"
				 "二、活动内容\n（一）义诊。7月28日在县人民医院举行。\n三、工作要求\n"
				 "（一）及时报送信息。活动期间，各单位要及时收集整理活动图片，每项活动结束后当天将信息报送局老龄健康股。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送信息|每项活动结束后当天|-|各单位|局老龄健康股");
	json_decref(plan);
}
END_TEST

/* 各承办单位每日下班前将活动照片和简讯发区科协科普部 / 承担科室须将不少于3张
 * 现场照片和简要文字发宣传科: a 发 before a unit sends the thing put, as
 * 报 and 交 do; the 于 of 不少于 is part of the thing. */
START_TEST(a_thing_put_and_sent_by_fa_to_a_unit)
{
	json_t *plan = plan_from_text("某区2027年航天日活动方案\n一、活动时间\n2027年4月20日至28日\n二、活动内容\n"
				 "（一）启动式。4月24日在区青少年活动中心举行。\n三、工作要求\n"
				 "（一）及时报送。活动期间，各承办单位每日下班前将活动照片和简讯发区科协科普部，由区科协统一推送。\n"
				 "（二）宣传报道。每项活动结束后当天，承担科室须将不少于3张现场照片和简要文字发宣传科。\n"
				 "（三）做好宣传。各单位要发布活动信息，发放宣传资料。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动照片和简讯|每日下班前|-|各承办单位|区科协科普部");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送不少于3张现场照片和简要文字|每项活动结束后当天|-|承担科室|宣传科");
	json_decref(plan);
}
END_TEST

/* 本次活动由医务部统筹组织，眼科、视光中心具体实施: who 统筹组织 the
 * campaign runs it, as who 牵头 or 组织实施 it does. */
START_TEST(the_campaign_run_by_a_unit_tongchou_zuzhi)
{
	json_t *plan = plan_from_text("某医院2027年爱眼日活动方案\n一、活动时间\n2027年6月1日至12日\n二、组织领导\n"
				 "本次活动由医务部统筹组织，眼科、视光中心具体实施。\n三、活动内容\n"
				 "（1）义诊\n6月6日上午，在门诊楼一楼大厅开展大型义诊。\n眼科主办，门诊部协办。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "医务部");
	json_decref(plan);
}
END_TEST

/* 由市直机关工委牵头，市中心血站配合，市卫生健康局机关党委做好服务保障:
 * who sees to the service and support of an activity cooperates in it. */
START_TEST(service_and_support_is_a_cooperating_role)
{
	json_t *plan = plan_from_text("某市2027年献血者日活动方案\n一、活动时间\n2027年6月8日至16日\n二、活动内容\n"
				 "（一）献血进机关。6月10日上午，在市政务服务中心北广场开展集中献血活动。"
				 "由市直机关工委牵头，市中心血站配合，市卫生健康局机关党委做好服务保障。\n"
				 "三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市直机关工委");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "市中心血站、市卫生健康局机关党委");
	json_decref(plan);
}
END_TEST

/* 将活动回执（见附件）报区妇联 / 将活动总结和《统计表》（见附表）报局老龄健康股:
 * where the form is kept is no part of what is sent. */
START_TEST(the_annex_pointer_is_not_part_of_what_is_due)
{
	json_t *plan = plan_from_text("某县2027年老年健康宣传周活动方案\n一、活动时间\n2027年7月27日至8月2日\n"
				 "二、活动内容\n（一）义诊。7月28日在县人民医院举行。\n三、工作要求\n"
				 "（一）按时报送。各单位于8月7日前将活动总结和《活动情况统计表》（见附表）报局老龄健康股。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "what"),
			 "报送活动总结和《活动情况统计表》");
	json_decref(plan);
}
END_TEST

/* 报市卫生健康局医政医管科（电子版发送至邮箱x@y）: a bracket that sends a copy
 * gives the unit's mailbox, written as 报送…，电子版发送至x@y is. */
START_TEST(a_bracket_that_sends_a_copy_gives_the_mailbox)
{
	json_t *plan = plan_from_text("某市2027年献血者日活动方案\n一、活动时间\n2027年6月8日至16日\n二、活动内容\n"
				 "（一）启动仪式。6月14日上午在市民广场举行。\n三、工作要求\n"
				 "（一）认真总结。各县卫生健康局于6月30日前将工作总结报市卫生健康局医政医管科（电子版发送至邮箱ntwjj_yzyg@163.com）。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "submit_to"),
			 "市卫生健康局医政医管科（邮箱：ntwjj_yzyg@163.com）");
	json_decref(plan);
}
END_TEST

/* 组织接种人员到县城区各幼儿园、小学开展集中查验: 到X开展 names where the work
 * is done as 在X开展 and 深入X开展 do; 做到每个村至少开展1次 is a count. */
START_TEST(a_place_gone_to_then_kaizhan)
{
	json_t *plan = plan_from_text("某县2027年预防接种日活动方案\n一、活动时间\n2027年4月20日至30日\n二、活动内容\n"
				 "（一）入托入学查验。4月21日至25日，组织接种人员到县城区各幼儿园、小学开展集中查验。\n"
				 "（二）集中宣讲。4月20日至30日，各村组织群众学习，做到每个村至少开展1次集中宣讲。\n"
				 "三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "县城区各幼儿园、小学");
	ck_assert_ptr_null(field(plan_activity(plan, 1), "location"));
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 9");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, numbered_notes_under_a_table_are_not_activities);
	tcase_add_test(tc, the_forwarding_note_above_the_rule_is_the_mails);
	tcase_add_test(tc, the_period_of_a_campaign_in_the_whole_area);
	tcase_add_test(tc, a_spaced_two_character_name_under_a_contact_heading);
	tcase_add_test(tc, a_theme_after_a_run_in_label_ended_by_a_full_stop);
	tcase_add_test(tc, a_second_contact_line_office_first_with_two_numbers);
	tcase_add_test(tc, places_before_a_wu_and_after_jinzhu);
	tcase_add_test(tc, a_bare_place_after_the_time_and_unquoted_channels);
	tcase_add_test(tc, committee_persons_post_first_a_line_each);
	tcase_add_test(tc, the_thing_first_then_its_date_and_to_whom);
	tcase_add_test(tc, a_report_on_the_day_each_activity_ends);
	tcase_add_test(tc, a_thing_put_and_sent_by_fa_to_a_unit);
	tcase_add_test(tc, the_campaign_run_by_a_unit_tongchou_zuzhi);
	tcase_add_test(tc, service_and_support_is_a_cooperating_role);
	tcase_add_test(tc, the_annex_pointer_is_not_part_of_what_is_due);
	tcase_add_test(tc, a_bracket_that_sends_a_copy_gives_the_mailbox);
	tcase_add_test(tc, a_place_gone_to_then_kaizhan);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
