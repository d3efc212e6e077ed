/* check_reader_minutes.c - a plan written as meeting minutes (专题会议纪要),
 * each habit on a small text of its own: the head's issue number
 * (〔2026〕第5期) is the document number; the office's line with the date
 * beside it gives the issue date; the subject line 关于筹备X的会议纪要
 * names X as the title; items headed 关于X are titled X. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                          \
	"柳溪镇人民政府\n专题会议纪要\n〔2026〕第5期\n柳溪镇党政办公室　　　　　　2026年4月2日\n"         \
	"关于筹备柳溪镇2026年全民健身月活动的会议纪要\n"                                                   \
	"　　2026年4月1日上午，镇长在镇政府会议室主持召开专题会议。现将会议议定事项纪要如下：\n"
#define ITEM                                                                                          \
	"一、关于健身长跑\n4月18日（星期六）上午8:00在镇文化广场东侧举办“柳溪跑”健身长跑赛，组织各村选手参加。由镇文化站负责，"             \
	"镇派出所配合。\n"                                                                                 \
	"二、关于广场舞展示\n4月25日（星期六）在镇文化广场举办广场舞展示，由镇妇联负责，镇文化站配合。\n"

START_TEST(the_issue_number_is_the_document_number)
{
	json_t *plan = plan_from_text(HEAD ITEM);
	ck_assert_str_eq(field(plan, "doc_number"), "〔2026〕第5期");
	json_decref(plan);
}
END_TEST

START_TEST(the_office_line_dates_the_minutes)
{
	json_t *plan = plan_from_text(HEAD ITEM);
	ck_assert_str_eq(field(plan, "issued_on"), "2026-04-02");
	json_decref(plan);
}
END_TEST

START_TEST(the_subject_line_names_the_title)
{
	json_t *plan = plan_from_text(HEAD ITEM);
	ck_assert_str_eq(field(plan, "title"), "柳溪镇2026年全民健身月活动");
	json_decref(plan);
}
END_TEST

START_TEST(an_item_about_x_is_titled_x)
{
	json_t *plan = plan_from_text(HEAD ITEM);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "健身长跑");
	json_decref(plan);
}
END_TEST

/* a long paragraph a line (over 200 columns): no wrap's width */
#define LONG                                                                                          \
	"各村（社区）要高度重视，主要负责同志亲自过问，认真组织群众参加，安排专人带队，统一乘坐合规车辆，"     \
	"严禁使用农用车、货车载人，确保活动安全有序；各单位要节俭办节，不得向村（社区）和企业摊派，"         \
	"不得发放纪念品，不得安排宴请，活动结束后及时总结经验做法，形成长效机制，切实把好事办好。\n\n"
#define SECTION(no, what, day)                                                                        \
	"　　" no "、关于农民" what "比赛\n\n　　" day "上午9:00在镇文化广场举办农民" what "比赛，"      \
	"由镇文化站负责，镇派出所配合。" LONG "　　" LONG

START_TEST(headings_of_one_width_are_no_wrap)
{
	/* built piece by piece: one literal this long is more than C99
	 * promises a compiler takes */
	static const char *const sections[] = {
		SECTION("一", "拔河", "5月9日"),   SECTION("二", "插秧", "5月10日"),
		SECTION("三", "挑担", "5月11日"),   SECTION("四", "剥玉米", "5月12日"),
		SECTION("五", "踢毽子", "5月13日"), SECTION("六", "跳绳", "5月14日"),
	};
	wp_buf text = WP_BUF_INIT;
	wp_buf_puts(&text, "关于开展柳溪镇2026年农民运动会的通知\n\n");
	for (size_t i = 0; i < sizeof sections / sizeof *sections; i++)
		wp_buf_puts(&text, sections[i]);
	json_t *plan = plan_from_text(wp_buf_str(&text));
	wp_buf_free(&text);
	ck_assert_uint_eq(plan_count(plan, "activities"), 6);
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2026-05-11");
	json_decref(plan);
}
END_TEST

START_TEST(an_overview_item_tells_the_period)
{
	json_t *plan = plan_from_text(HEAD "一、关于活动总体安排\n会议议定：活动时间定为4月18日至4月25日。\n"
					   "二、关于健身长跑\n4月18日（星期六）上午8:00在镇文化广场举办健身长跑，"
					   "由镇文化站负责，镇派出所配合。\n三、关于广场舞展示\n4月25日（星期六）在镇文化广场"
					   "举办广场舞展示，由镇妇联负责，镇文化站配合。\n");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-04-18");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "end"), "2026-04-25");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader habits of meeting minutes");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, the_issue_number_is_the_document_number);
	tcase_add_test(tc, the_office_line_dates_the_minutes);
	tcase_add_test(tc, the_subject_line_names_the_title);
	tcase_add_test(tc, an_item_about_x_is_titled_x);
	tcase_add_test(tc, headings_of_one_width_are_no_wrap);
	tcase_add_test(tc, an_overview_item_tells_the_period);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
