/* check_reader_annex.c - a short cover letter whose activities stand in
 * an annexed table flattened from a PDF one cell per line (序号 / 县区 /
 * 活动名称 / 时间 / 地点 / 承办单位), on small texts of its own (g200):
 * a merged area cell is written once, so the rows under it are a line
 * short and take its value; an empty cell may vanish; a page mark and the
 * header repeated on the next page are no row; a blank 回执 form in
 * another annex, its field labels one per line, is no content. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define COVER                                                                                   \
	"关于开展2026年安全生产月活动的通知\n"                                                  \
	"各县区应急管理局：\n"                                                                    \
	"一、活动时间\n　　2026年6月1日至6月30日。\n"                                            \
	"二、活动安排\n　　全市重点活动安排见附件1。\n"                                           \
	"三、有关要求\n　　请各县区应急管理局于6月10日前将活动回执（附件2）报送市应急管理局宣教科。\n" \
	"四、联系方式\n　　市应急管理局宣教科　王海燕　0551-62345678\n"                      \
	"附件：1.2026年安全生产月重点活动安排表\n　　　　2.活动回执\n"
#define HEADER "序号\n县区\n活动名称\n时间\n地点\n承办单位\n"

#define TABLE                                                                 \
	"附件1\n2026年安全生产月重点活动安排表\n" HEADER                      \
	"1\n蜀山区\n安全生产宣传咨询日\n6月16日上午9:00\n蜀山区政务广场\n蜀山区应急管理局\n" \
	"2\n应急救援演练观摩\n6月18日下午3:00\n蜀山区消防救援站\n蜀山区应急管理局、蜀山区消防救援大队\n" \
	"— 2 —\n" HEADER                                                     \
	"3\n肥西县\n“安全生产进企业”专家服务\n6月20日—6月22日\n\n肥西县应急管理局\n"   \
	"4\n长丰县\n“安全宣传五进”文艺巡演\n6月25日\n各乡镇文化广场\n长丰县应急管理局、长丰县文化馆\n"

START_TEST(a_merged_area_cell_is_written_once)
{
	json_t *plan = plan_from_text(COVER TABLE);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|安全生产宣传咨询日|2026-06-16|2026-06-16|09:00|蜀山区政务广场|蜀山区应急管理局|");
	/* 蜀山区 merged over rows 1-2: row 2 is a line short */
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|应急救援演练观摩|2026-06-18|2026-06-18|15:00|蜀山区消防救援站|"
			 "蜀山区应急管理局、蜀山区消防救援大队|");
	/* past the page mark and the header again; an empty 地点 */
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|“安全生产进企业”专家服务|2026-06-20|2026-06-22|-|-|肥西县应急管理局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "4|“安全宣传五进”文艺巡演|2026-06-25|2026-06-25|-|各乡镇文化广场|"
			 "长丰县应急管理局、长丰县文化馆|");
	json_decref(plan);
}
END_TEST

START_TEST(an_area_merged_over_three_rows)
{
	json_t *plan = plan_from_text(COVER "附件1\n重点活动安排表\n序号\n市州\n活动名称\n时间\n地点\n承办单位\n"
					    "1\n遵义市\n科普讲座进校园\n6月3日\n遵义市第一中学\n遵义市科协\n"
					    "2\n青少年科技创新展\n6月5日\n遵义市科技馆\n遵义市科技馆\n"
					    "3\n“科普大集”下乡\n6月7日—6月9日\n各县乡镇集市\n遵义市农学会\n"
					    "4\n铜仁市\n院士专家报告会\n6月12日\n铜仁学院报告厅\n铜仁市科协、铜仁学院\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "青少年科技创新展");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "遵义市科技馆");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "“科普大集”下乡");
	ck_assert_str_eq(field(plan_activity(plan, 2), "location"), "各县乡镇集市");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "遵义市农学会");
	ck_assert_str_eq(field(plan_activity(plan, 3), "title"), "院士专家报告会");
	json_decref(plan);
}
END_TEST

START_TEST(a_blank_form_is_no_content)
{
	json_t *plan = plan_from_text(COVER TABLE "附件2\n活动回执\n单位名称（盖章）\n联系人\n职务\n手机\n电子邮箱\n"
						 "活动名称\n活动时间\n活动地点\n参加人数\n备注\n"
						 "　　注：请于6月10日前将回执报送市应急管理局宣教科。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	ck_assert_str_eq(contact_line_at(plan, 0), "王海燕|0551-62345678|-");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: an annexed table a cell per line, a blank form");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_merged_area_cell_is_written_once);
	tcase_add_test(tc, an_area_merged_over_three_rows);
	tcase_add_test(tc, a_blank_form_is_no_content);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
