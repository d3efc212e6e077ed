/* check_reader_school.c - a school's plan (活动方案 of its 教务处,
 * 教导处, 德育处), each on a small text of its own: an activity's
 * 负责人 line names PERSONS (体育组　陈　刚, 教务处主任　刘建华,
 * 赵老师, 各班主任), who lead as written, post then name, the gaps
 * dropped; grade groups (一、二年级, 三至六年级, 高年级) are who takes
 * part, never a heading, never units; work owed by class teachers goes
 * to a teacher (交教务处刘建华老师). */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                                   \
	"明德镇中心小学2026年秋季体育节活动方案\n一、活动时间\n2026年10月12日至10月23日。\n"                    \
	"二、活动内容\n"

START_TEST(persons_in_charge_lead)
{
	json_t *plan = plan_from_text(HEAD "　　活动一：跳绳比赛\n　　活动对象：一、二年级学生\n"
					   "　　活动时间：10月14日下午3:00\n　　活动地点：学校操场\n"
					   "　　负责人：体育组　陈　刚\n"
					   "　　活动二：拔河比赛\n　　活动对象：三至六年级学生\n"
					   "　　活动时间：10月16日下午3:00\n　　活动地点：学校操场\n"
					   "　　负责人：教务处主任　刘建华\n　　协助：总务处\n"
					   "　　活动三：广播操展示\n　　活动对象：高年级学生\n"
					   "　　活动时间：10月20日上午9:00\n　　活动地点：学校操场\n"
					   "　　负责人：赵老师\n"
					   "　　活动四：亲子运动会\n　　活动对象：一、二年级学生及家长\n"
					   "　　活动时间：10月23日上午8:30\n　　活动地点：学校操场\n"
					   "　　负责人：各班主任\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "体育组陈刚");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "教务处主任刘建华");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "总务处");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "赵老师");
	ck_assert_str_eq(names(plan_activity(plan, 3), "lead"), "各班主任");
	/* grade groups are who takes part: no unit, no item of their own */
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "二");
	ck_assert_uint_eq(plan_count(plan, "units"), 0);
	/* a person in charge with no number is no one to call */
	ck_assert_uint_eq(plan_count(plan, "contacts"), 0);
	json_decref(plan);
}
END_TEST

START_TEST(owed_to_a_teacher)
{
	json_t *plan = plan_from_text(HEAD "　　活动一：跳绳比赛\n　　活动时间：10月14日\n　　负责人：体育组　陈　刚\n"
					   "三、工作要求\n"
					   "　　1.各班主任于10月21日前将本班体育节小结交教务处刘建华老师。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送本班体育节小结|10月21日前|2026-10-21|各班主任|教务处刘建华老师");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: a school's plan");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, persons_in_charge_lead);
	tcase_add_test(tc, owed_to_a_teacher);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
