/* check_reader_holdout27u.c - habits of the genre that the hold-out
 * notices g163..g172 showed about units, each on a small text of its
 * own: a 责任分工 table after the activities that gives each its units;
 * 协作部门： beside 负责部门： on an item; 各负责部门 as who owes a report;
 * a long list of units as who; the higher plan cited by a later 根据, or
 * issued by a ministry's 司; a development zone's body's region. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD                                                                                       \
	"关于开展2027年“质量月”活动的通知\n一、活动时间\n2027年9月1日至9月30日。\n二、主要活动\n"   \
	"1.“质量月”活动启动仪式暨质量诚信倡议\n时间：9月2日上午9:30\n地点：管委会多功能厅\n"         \
	"举行启动仪式。\n2.质量管理培训\n时间：9月9日下午2:30\n地点：企业服务中心培训室\n"           \
	"开展专题培训。\n3.计量服务进企业\n时间：9月16日\n地点：区内企业\n开展计量服务。\n"

/* 三、责任分工 / 序号 活动内容 牵头单位 配合单位 / a row per activity: the
 * activities named only 时间 and 地点 take their units from the table's
 * rows, matched by 序号; a row's 活动内容 may shorten the title. */
START_TEST(a_division_table_by_number)
{
	json_t *plan = plan_from_text(HEAD "三、责任分工\n各项活动责任分工如下：\n"
					   "序号\t活动内容\t牵头单位\t配合单位\n"
					   "1\t启动仪式暨质量诚信倡议\t市场监督管理分局\t经济发展局、党群工作部（宣传部）\n"
					   "2\t质量管理培训\t科技创新局\t市场监督管理分局\n"
					   "3\t计量服务进企业\t市场监督管理分局\t市计量检定测试所\n"
					   "四、工作要求\n各牵头单位要细化方案。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "市场监督管理分局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "经济发展局、党群工作部（宣传部）");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "科技创新局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "市场监督管理分局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "市场监督管理分局");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "市计量检定测试所");
	json_decref(plan);
}
END_TEST

/* A table in another order than the items (or numbered its own way):
 * a row whose title names another item goes to that item; a table with
 * no 序号 is matched by title only. */
START_TEST(a_division_table_by_title)
{
	json_t *plan = plan_from_text(HEAD "三、责任分工\n"
					   "序号\t活动名称\t牵头单位\t配合单位\n"
					   "1\t计量服务进企业\t市计量检定测试所\t市场监督管理分局\n"
					   "2\t启动仪式\t经济发展局\t党群工作部\n"
					   "四、工作要求\n各牵头单位要细化方案。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "经济发展局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "党群工作部");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "市计量检定测试所");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "市场监督管理分局");
	json_decref(plan);
	plan = plan_from_text(HEAD "三、责任分工\n"
				   "活动名称\t牵头单位\t配合单位\n"
				   "质量管理培训\t科技创新局\t市场监督管理分局\n"
				   "四、工作要求\n各牵头单位要细化方案。\n");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "科技创新局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "市场监督管理分局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "");
	json_decref(plan);
}
END_TEST

/* 负责部门：医务科 / 协作部门：老年医学科、护理部: a hospital's (or a
 * school's) own departments; 协作 (单位, 科室) cooperates as 配合 does. */
START_TEST(a_cooperating_department)
{
	json_t *plan = plan_from_text("关于开展2027年老年健康宣传周活动的通知\n一、活动时间\n2027年7月26日至8月1日。\n"
				      "二、活动内容\n（一）大型义诊\n时间：7月27日上午8:30\n负责部门：医务科\n"
				      "协作部门：老年医学科、护理部\n（二）健康讲座\n时间：7月29日下午3:00\n"
				      "负责单位：区老年大学\n协作单位：区卫生健康委\n（三）用药咨询\n时间：7月30日\n"
				      "负责部门：药剂科\n协作科室：营养科\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "医务科");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "老年医学科、护理部");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "区老年大学");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "区卫生健康委");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "药剂科");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "营养科");
	json_decref(plan);
}
END_TEST

/* 活动结束后5个工作日内，各负责部门将活动小结报宣传科: the units named by
 * their role in the plan (各 and a unit field's label) owe it, though
 * 负责 also ends who (各单位负责…). */
START_TEST(units_named_by_their_role_owe_a_report)
{
	json_t *plan = plan_from_text("关于开展2027年老年健康宣传周活动的通知\n一、活动时间\n2027年7月26日至8月1日。\n"
				      "二、活动内容\n（一）大型义诊\n时间：7月27日上午8:30\n负责部门：医务科\n"
				      "三、工作要求\n（一）及时总结。活动结束后5个工作日内，各负责部门将活动小结及照片报宣传科。\n"
				      "（二）各负责单位于7月20日前将活动方案报医务科。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	/* (the day counted from the campaign's end is another reader's) */
	json_t *first = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(names(first, "who"), "各负责部门");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送活动方案|7月20日前|2027-07-20|各负责单位|医务科");
	json_decref(plan);
}
END_TEST

/* 各设区市市场监督管理局、杨凌示范区市场监督管理局、韩城市市场监督管理局于
 * 9月7日前将…报…；…于每周三下午4:00前将…报…: a list of units is wider
 * than one name may be, and still who; the clauses after it go on with
 * it. */
START_TEST(a_long_list_of_units_owes_the_reports)
{
	json_t *plan = plan_from_text("关于开展2027年安全用药月活动的通知\n一、活动时间\n2027年9月1日至9月30日。\n"
				      "二、活动内容\n（一）启动仪式\n9月2日上午9:00在省局举行。牵头单位：省局综合处。\n"
				      "三、工作要求\n（一）按时报送材料。各设区市市场监督管理局、示范区市场监督管理局、"
				      "县级市市场监督管理局于9月7日前将本地区活动方案报省局药品流通处；"
				      "集中宣传阶段，于每周三下午4:00前将上周活动开展情况报领导小组办公室。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送本地区活动方案|9月7日前|2027-09-07|各设区市市场监督管理局、示范区市场监督管理局、"
			 "县级市市场监督管理局|省局药品流通处");
	json_t *second = json_array_get(json_object_get(plan, "deadlines"), 1);
	ck_assert_str_eq(names(second, "who"),
			 "各设区市市场监督管理局、示范区市场监督管理局、县级市市场监督管理局");
	json_decref(plan);
}
END_TEST

/* 根据国家卫生健康委统一部署，…，根据浦淞区卫生健康委员会《…的通知》要求:
 * the first 根据 cites no plan, the second does. */
START_TEST(a_later_citation_names_the_higher_plan)
{
	json_t *plan = plan_from_text("关于开展2027年老年健康宣传周活动的通知\n"
				      "根据国家卫生健康委统一部署，2027年7月26日至8月1日为全国老年健康宣传周。为普及老年健康知识，"
				      "根据浦淞区卫生健康委员会《关于开展2027年老年健康宣传周活动的通知》要求，决定开展活动。\n"
				      "一、活动时间\n2027年7月26日至8月1日。\n二、活动内容\n（一）大型义诊\n"
				      "时间：7月27日上午8:30\n负责部门：医务科\n");
	ck_assert_str_eq(json_string_value(json_object_get(plan, "parent_plan")),
			 "浦淞区卫生健康委员会《关于开展2027年老年健康宣传周活动的通知》");
	json_decref(plan);
}
END_TEST

/* 根据国家药品监督管理局综合和规划财务司《…》（药监综财函〔2027〕12号）要求:
 * a ministry's department (…司) is the plan's issuer, kept with it. */
START_TEST(a_ministrys_department_issues_the_higher_plan)
{
	json_t *plan = plan_from_text("关于开展2027年安全用药月活动的通知\n"
				      "根据国家药品监督管理局综合和规划财务司《关于开展2027年全国安全用药月活动的通知》"
				      "（药监综财函〔2027〕12号）要求，决定开展活动。\n"
				      "一、活动时间\n2027年9月1日至9月30日。\n二、活动内容\n（一）启动仪式\n"
				      "9月2日上午9:00在省局举行。牵头单位：省局综合处。\n");
	ck_assert_str_eq(json_string_value(json_object_get(plan, "parent_plan")),
			 "国家药品监督管理局综合和规划财务司《关于开展2027年全国安全用药月活动的通知》"
			 "（药监综财函〔2027〕12号）");
	json_decref(plan);
}
END_TEST

/* 黑龙江松岭经济技术开发区质量强区工作领导小组办公室 with the text never
 * writing 松岭经开区: the region is the zone as the issuer names it,
 * without its province. */
START_TEST(a_zones_body_has_the_zone_for_region)
{
	json_t *plan = plan_from_text("吉林长岭经济技术开发区安全生产委员会办公室\n"
				      "关于开展2027年“安全生产月”活动的通知\n各部门：\n现将有关事项通知如下。\n"
				      "一、活动时间\n2027年6月1日至6月30日。\n二、活动内容\n（一）启动仪式\n"
				      "6月2日上午9:00在开发区管委会举行。牵头单位：应急管理局。\n");
	ck_assert_str_eq(json_string_value(json_object_get(plan, "region")), "长岭经济技术开发区");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 27 (units)");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_division_table_by_number);
	tcase_add_test(tc, a_division_table_by_title);
	tcase_add_test(tc, a_cooperating_department);
	tcase_add_test(tc, units_named_by_their_role_owe_a_report);
	tcase_add_test(tc, a_long_list_of_units_owes_the_reports);
	tcase_add_test(tc, a_later_citation_names_the_higher_plan);
	tcase_add_test(tc, a_ministrys_department_issues_the_higher_plan);
	tcase_add_test(tc, a_zones_body_has_the_zone_for_region);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
