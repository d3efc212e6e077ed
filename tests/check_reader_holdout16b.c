/* check_reader_holdout16b.c - habits of the genre that the hold-out
 * notice g111 showed, each on a small text of its own: a list of dates
 * and duties written "date　　sentence", activities listed under the
 * units that run them, and the like. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* 6月5日前　　各镇将…报…: in a list of dates and duties the date is set
 * apart by wide spaces where prose writes a ，: who submits is the units
 * after the gap, not the date. */
START_TEST(a_date_set_apart_by_wide_spaces_is_not_who_submits)
{
	json_t *plan = plan_from_text("某县2027年安全生产月活动方案\n各镇人民政府，县直有关单位：\n"
				      "一、活动时间\n2027年6月1日至6月30日。\n"
				      "二、活动安排\n（一）安全宣传咨询日。6月16日上午9:00在县人民广场举行，县应急管理局牵头。\n"
				      "三、时间节点\n"
				      "6月5日前　　各镇将活动方案报县应急管理局。\n"
				      "活动结束后5个工作日内　　县直有关单位将工作总结报县应急管理局。\n"
				      "某县安全生产委员会办公室\n2027年5月20日\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动方案|6月5日前|2027-06-05|各镇|县应急管理局");
	ck_assert_str_eq(deadline_line_at(plan, 1),
			 "报送工作总结|活动结束后5个工作日内|-|县直有关单位|县应急管理局");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 16 (b)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_date_set_apart_by_wide_spaces_is_not_who_submits);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
