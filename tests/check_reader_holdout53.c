/* check_reader_holdout53.c - habits of the notices that were first kept
 * back from teaching to measure the reader honestly (the hold-out round
 * g293-g297), taught once a fresh hold-out had taken its place: an
 * office's receipt slip over the notice, a unit acting 会同 another, a
 * place one goes to 参加 an event, a thing gathered before it is sent,
 * a notice passing another on with activities of its own. */
#include "config.h"

#include <string.h>

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char slip[] = "某某市水务中心　收文处理笺\n"
			   "收文编号：某收〔2026〕63号　　　　收文日期：2026-04-01\n"
			   "来文单位：某某省水利厅办公室\n"
			   "来文字号：某水办字〔2026〕31号\n"
			   "文件标题：某某省水利厅办公室关于开展2026年国家安全教育日活动的通知\n"
			   "紧急程度：平急　　　　　　　密　　级：无\n"
			   "拟办意见：建议由综合科牵头办理，4月3日前拟定我中心活动安排。\n"
			   "　　　　　　　　　　　　欧阳敏　2026-04-01 10:26\n"
			   "领导批示：同意。请综合科抓紧落实，各科室积极配合。\n"
			   "————————————————————\n"
			   "正文\n";

static const char notice[] = "某某省水利厅办公室\n"
			     "%s"
			     "某某省水利厅办公室关于开展2026年国家安全教育日活动的通知\n"
			     "厅机关各处室：\n"
			     "一、活动时间\n2026年4月10日至4月24日。\n"
			     "二、活动安排\n"
			     "（一）参加全省集中宣传活动。4月15日上午，在南昌市八一广场参加全省集中宣传活动。\n"
			     "（二）开展网络答题。4月10日至4月24日，依托“赣水学习”平台开展知识答题。"
			     "厅信息中心于4月28日前将答题参与情况统计汇总报机关党委。\n"
			     "三、工作要求\n具体工作由厅办公室会同机关党委组织实施。\n"
			     "某某省水利厅办公室\n2026年3月31日\n";

/* The plan of the notice under head (caller json_decrefs); its own
 * number line only when numbered. */
static json_t *notice_numbered(const char *head, bool numbered)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s", head);
	wp_buf_printf(&b, notice, numbered ? "某水办字〔2026〕31号\n" : "");
	wp_buf_puts(&b, "————————————————————\n附件：无\n【打印处理笺】　【打印正文】　【关闭】\n");
	json_t *plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	return plan;
}

static json_t *notice_under(const char *head)
{
	return notice_numbered(head, true);
}

/* The slip's opinions are the receiving office's: 综合科 runs nothing of
 * the plan, and its labels are no part of the issuer or the number. */
START_TEST(an_offices_receipt_slip_over_the_notice)
{
	json_t *plan = notice_under(slip);
	ck_assert_str_eq(field(plan, "doc_number"), "某水办字〔2026〕31号");
	ck_assert_str_eq(field(plan, "organizer"), "某某省水利厅办公室");
	ck_assert_str_eq(field(plan, "lead_unit"), "厅办公室");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-03-31");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
	/* the number the document does not repeat: the slip's 来文字号 */
	plan = notice_numbered(slip, false);
	ck_assert_str_eq(field(plan, "doc_number"), "某水办字〔2026〕31号");
	json_decref(plan);
}
END_TEST

/* Without its rule or 正文 line a slip is not known for one: its lines
 * are read as they are (the labels still give the number). */
START_TEST(a_slip_needs_the_line_that_closes_it)
{
	json_t *plan = notice_under("某某市水务中心　收文处理笺\n来文字号：某水办字〔2026〕31号\n");
	ck_assert_str_eq(field(plan, "doc_number"), "某水办字〔2026〕31号");
	ck_assert_str_eq(field(plan, "organizer"), "某某省水利厅办公室");
	json_decref(plan);
}
END_TEST

/* 由X会同Y组织实施: X runs it, Y helps; 联合会 is a name's (妇女联合会). */
START_TEST(a_unit_acting_together_with_another)
{
	json_t *plan = notice_under("");
	ck_assert_str_eq(field(plan, "lead_unit"), "厅办公室");
	json_decref(plan);
	plan = plan_from_text("某某县2026年妇女维权周活动方案\n一、活动时间\n2026年3月1日至3月8日\n"
			      "二、活动安排\n（一）法律咨询。3月6日，在县城广场举办。\n"
			      "三、工作要求\n本次活动由县妇女联合会会同县司法局具体组织实施。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "县妇女联合会");
	json_decref(plan);
}
END_TEST

/* 在X参加…活动: X is where one goes to take part; 依托“Y”平台开展: the
 * named online venue. */
START_TEST(where_one_takes_part_and_a_named_platform)
{
	json_t *plan = notice_under("");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "南昌市八一广场");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "“赣水学习”平台");
	json_decref(plan);
}
END_TEST

/* 将X统计汇总报Y: X is what is sent, gathered first. */
START_TEST(a_thing_gathered_before_it_is_sent)
{
	json_t *plan = notice_under("");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送答题参与情况|4月28日前|2026-04-28|厅信息中心|机关党委");
	json_decref(plan);
}
END_TEST

/* A district forwards a city notice with activities of its own: its
 * items (一、二) and the city's in the annex (一…三) are numbered as
 * each document writes them, not heading.item; the plan is the one
 * passed on, its title the subject of that notice. */
START_TEST(a_notice_passing_another_on_with_activities_of_its_own)
{
	json_t *plan = plan_from_text(
		"某某区教育局关于转发《某某市教育局\n关于开展2026年全国爱眼日宣传\n教育活动的通知》的通知\n"
		"各中小学校：\n现将《某某市教育局关于开展2026年全国爱眼日宣传教育活动的通知》转发给你们，"
		"结合我区实际提出以下要求。\n"
		"一、区级活动安排\n（一）全区启动仪式。6月1日上午，在区实验小学举办。由区教育局牵头。\n"
		"（二）参加全市活动。6月6日，由区实验小学负责。\n"
		"二、有关要求\n（一）请各校于6月15日前将活动总结报区教育局。\n"
		"某某区教育局\n2026年5月22日\n"
		"附件\n某某市教育局\n某某市教育局关于开展2026年全国爱眼日宣传教育活动的通知\n"
		"一、活动时间\n2026年6月1日至6月12日。\n"
		"二、活动内容\n（一）全市主题宣传活动。6月6日上午9:00，在市青少年宫广场举办。由市教育局主办。\n"
		"（二）学生视力筛查。6月1日至6月12日，由各县（市、区）教育局负责。\n"
		"（三）爱眼主题教育。活动期间，由各学校负责。\n"
		"某某市教育局\n2026年5月19日\n");
	ck_assert_str_eq(field(plan, "title"), "2026年全国爱眼日宣传教育活动");
	static const char *const want[] = {"一", "二", "一", "二", "三"};
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	for (size_t i = 0; i < 5; i++)
		ck_assert_str_eq(field(plan_activity(plan, i), "no"), want[i]);
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "全市主题宣传活动");
	json_decref(plan);
}
END_TEST

/* 补充通知（5月7日）：…第3项“阳光伙伴”融合游戏活动提前到5月14日(周四)下午
 * 两点半举行: a note added under the notice moves the activity it counts
 * (the one of two numbered 3 that it names) to the new day and hour. */
START_TEST(a_supplementary_note_moves_an_activity)
{
	json_t *plan = plan_from_text(
		"某某特殊教育学校2026年全国助残日活动方案\n一、活动时间\n2026年5月11日至17日。\n二、活动安排\n"
		"3.“阳光伙伴”融合游戏活动\n时间：5月15日(周五)下午两点半\n地点：学校操场\n负责：教务处\n"
		"3.“送教上门”助残走访\n时间：5月12日—14日\n负责：送教上门工作组\n"
		"三、几点要求\n1、高度重视。\n某某特殊教育学校\n2026年5月6日\n"
		"补充通知（5月7日）：因另有安排，第3项“阳光伙伴”融合游戏活动提前到5月14日(周四)下午两点半举行，地点不变。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "3|“阳光伙伴”融合游戏活动|2026-05-14|2026-05-14|14:30|学校操场|教务处|");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-05-12");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_holdout53");
	TCase *tc = tcase_create("holdout53");
	tcase_add_test(tc, an_offices_receipt_slip_over_the_notice);
	tcase_add_test(tc, a_slip_needs_the_line_that_closes_it);
	tcase_add_test(tc, a_unit_acting_together_with_another);
	tcase_add_test(tc, where_one_takes_part_and_a_named_platform);
	tcase_add_test(tc, a_thing_gathered_before_it_is_sent);
	tcase_add_test(tc, a_notice_passing_another_on_with_activities_of_its_own);
	tcase_add_test(tc, a_supplementary_note_moves_an_activity);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
