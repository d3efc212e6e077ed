/* check_reader_round56.c - habits of the notices of round r56 (g308-g312),
 * whose writers chose layouts they thought a reader would find unusual:
 * a notice copied out of a two-column gazette, a company's controlled
 * document. */
#include "config.h"

#include <string.h>

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* A gazette's copy: it runs on from the document before (its last
 * sentence, signature and date: not this notice's issuer or date), its
 * pages apart by · 17 · and a running head two parts far apart, and its
 * font gave look-alike radicals (⽉ ⽇ ⼈, the supplement's ⻓ ⻔): the
 * characters they stand for. */
START_TEST(a_notice_copied_out_of_a_gazette)
{
	json_t *plan = plan_from_text(
		"区政府文件　　　　　　　　　　桐湖区人民政府公报\n\n"
		"办公室主任由区水利局局⻓杨振东兼任，不再另⾏发⽂。\n桐湖区⼈民政府\n2026年8⽉31⽇\n（此件公开发布）\n\n"
		"桐湖区人民政府办公室关于印发桐湖区2026年“敬老月”活动方案的通知\n桐政办〔2026〕27号\n"
		"各街道办事处：\n现印发给你们，请认真组织实施。\n桐湖区⼈民政府办公室\n2026年9⽉8⽇\n\n"
		"桐湖区2026年“敬老月”活动方案\n一、活动时间\n2026年10⽉1⽇⾄10⽉31⽇。\n二、活动安排\n"
		"（一）启动仪式。10⽉9⽇上午9:30，在区文化中心大剧院举办。由区民政局负责，区委宣传部、区⽂\n\n"
		"· 17 ·\n\n桐湖区人民政府公报　　　　　　　　　　2026年第9期（总第153期）\n\n"
		"化旅游体育局配合。\n（二）走访慰问。10⽉12⽇⾄10⽉23⽇，区领导分组⾛访百岁⽼⼈，由区民政局负责。\n"
		"三、工作要求\n（一）高度重视。各单位要到区⺠政局⻔口集合。\n");
	ck_assert_str_eq(field(plan, "organizer"), "桐湖区人民政府办公室");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-09-08");
	ck_assert_str_eq(field(plan, "doc_number"), "桐政办〔2026〕27号");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|启动仪式|2026-10-09|2026-10-09|09:30|区文化中心大剧院|区民政局|区委宣传部、区文化旅游体育局");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-10-12");
	json_decref(plan);
}
END_TEST

/* A note that passes a notice on is signed and dated above the notice's
 * title: that date is the issue's, the note no document before it. */
START_TEST(a_forwarding_note_dated_above_the_title_stays)
{
	json_t *plan = plan_from_text(
		"各乡镇：\n现将市应急管理局《关于开展2026年国际减灾日宣传活动的通知》转发给你们，请抓好落实。\n"
		"某某县应急管理局\n2026年9月24日\n"
		"某某市应急管理局关于开展2026年国际减灾日宣传活动的通知\n"
		"一、活动时间\n2026年10月10日至16日。\n二、活动安排\n（一）集中宣传。10月13日，由各县应急管理局负责。\n"
		"某某市应急管理局\n2026年9月21日\n");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-09-24");
	json_decref(plan);
}
END_TEST

/* A company's controlled document: its control block (文件编号：, 发布日期：,
 * 受控状态：) gives the number and, signing nothing, the issue date; a
 * rule drawn under it is no part of the title; a decimal outline whose
 * 6.1 names an activity over labelled lines of its own (主责：/协同：, an
 * enterprise's words for lead and cooperate), and 6.2 groups 6.2.1 and
 * 6.2.2, each a title over its prose. */
START_TEST(a_companys_controlled_document)
{
	json_t *plan = plan_from_text(
		"湘衡重工集团股份有限公司\n管 理 文 件\n"
		"文件编号：XHZG/FW-TZ-2026-008          版本/修改：A/1\n"
		"发布日期：2026-04-13                   实施日期：2026-04-15\n"
		"编制部门：法务与知识产权部             受控状态：受控\n"
		"──────────────────────────────\n\n"
		"2026年知识产权宣传周活动方案\n\n"
		"1　目的\n为提升员工知识产权意识，特制定本方案。\n"
		"2　时间\n2026年4月20日（周一）—4月26日（周日）。\n"
		"3　活动安排\n"
		"3.1 宣传周启动仪式暨“知识产权合规承诺”签名\n"
		"  时间：4月20日（周一）08:30\n  地点：总部B座一楼多功能厅\n"
		"  主责：法务与知识产权部\n  协同：党委宣传部、信息技术部\n"
		"3.2 “知识产权大讲堂”（两场）\n"
		"3.2.1 专场一：高价值专利挖掘与布局\n  4月21日（周二）14:00，研究院三楼报告厅，由法务与知识产权部主责，人力资源部协同。\n"
		"3.2.2 专场二：商业秘密保护与竞业限制\n  4月23日（周四）14:30，株洲基地培训中心201，由法务与知识产权部主责。\n"
		"4　工作要求\n4.1 各单位严格落实。\n");
	ck_assert_str_eq(field(plan, "doc_number"), "XHZG/FW-TZ-2026-008");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-04-13");
	ck_assert_str_eq(field(plan, "title"), "2026年知识产权宣传周活动方案");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "3.1|宣传周启动仪式暨“知识产权合规承诺”签名|2026-04-20|2026-04-20|08:30|总部B座一楼多功能厅|"
			 "法务与知识产权部|党委宣传部、信息技术部");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "3.2.1");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "法务与知识产权部");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "人力资源部");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "3.2.2");
	json_decref(plan);
}
END_TEST

/* （二）行动时间。自2026年4月20日起至10月31日止: a 专项行动's period, its
 * label run in as an item's title. */
START_TEST(a_drives_period_under_xingdong_shijian)
{
	json_t *plan = plan_from_text("湖南省2026年预防中小学生溺水专项行动方案\n一、总体要求\n（一）工作目标。全面落实。\n"
				      "（二）行动时间。自2026年4月20日起至10月31日止，分四个阶段推进。\n"
				      "二、重点任务\n（一）部署发动阶段（4月20日—5月15日）\n"
				      "1．召开全省部署视频会议。4月22日上午，由省教育厅牵头。\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2026-04-20");
	ck_assert_str_eq(field(period, "end"), "2026-10-31");
	json_decref(plan);
}
END_TEST

/* 于8月5日、9月4日前分别将7月、8月志愿服务开展情况报团省委: two days and
 * two things paired by 分别, a row each; without 分别, one row. */
START_TEST(two_days_and_two_things_paired)
{
	json_t *plan = plan_from_text("某某省2026年护水行动方案\n一、行动时间\n2026年7月1日至9月30日。\n"
				      "二、重点任务\n（一）开展志愿服务。7月1日至8月31日，由团省委牵头。\n"
				      "三、工作要求\n各市州团委于8月5日、9月4日前分别将7月、8月志愿服务开展情况报团省委。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送7月志愿服务开展情况|8月5日前|2026-08-05|各市州团委|团省委");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送8月志愿服务开展情况|9月4日前|2026-09-04|各市州团委|团省委");
	json_decref(plan);
	/* without 分别, or with three things to two days: no pairs */
	static const char *const unpaired[] = {
		"各市州团委于8月5日、9月4日前将7月、8月志愿服务开展情况报团省委。\n",
		"各市州团委于8月5日、9月4日前分别将7月、8月、9月志愿服务开展情况报团省委。\n",
	};
	for (size_t k = 0; k < 2; k++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "某某省2026年护水行动方案\n一、行动时间\n2026年7月1日至9月30日。\n"
				  "二、重点任务\n（一）开展志愿服务。7月1日至8月31日，由团省委牵头。\n三、工作要求\n%s",
			       unpaired[k]);
		plan = plan_from_text(wp_buf_str(&b));
		wp_buf_free(&b);
		ck_assert_msg(plan_count(plan, "deadlines") == 1, "case %zu: %zu deadlines", k, plan_count(plan, "deadlines"));
		json_decref(plan);
	}
}
END_TEST

/* The activities as the columns of the table of who does what (序号 /
 * 活动名称 / 时间 / 地点, then a row per unit: ★ leads, ○ and △
 * cooperate, a row of two units splits), in two blocks (表1（续）); 同左
 * is the place of the column before; an empty cell marks no part. */
START_TEST(activities_as_the_columns_of_a_responsibility_table)
{
	json_t *plan = plan_from_text(
		"某某县2026年粮食安全宣传周活动方案\n一、活动时间\n2026年10月12日至18日。\n"
		"二、活动安排\n各项活动的时间、地点和责任分工列入表1。\n"
		"表1\n序　号\t1\t2\n活动名称\t启动仪式\t粮库开放日\n时　间\t10月16日上午9:00\t10月13日、15日上午\n"
		"地　点\t县人民广场\t同左\n县发展改革委\t★\t\n县粮食和物资储备中心\t○\t★\n"
		"县总工会、团县委\t△\t\n洧川县国家粮食储备库\t\t○（提供场地）\n备　注\t雨天改在综合馆\t——\n\n"
		"表1（续）\n序　号\t3\n活动名称\t线上有奖答题\n时　间\t宣传周期间\n地　点\t“洧川发布”微信公众号\n"
		"县融媒体中心\t★\n\n三、工作要求\n（一）提高认识。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|启动仪式|2026-10-16|2026-10-16|09:00|县人民广场|县发展改革委|县粮食和物资储备中心、县总工会、团县委");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|粮库开放日|2026-10-13|2026-10-15|-|县人民广场|县粮食和物资储备中心|洧川县国家粮食储备库");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|线上有奖答题|2026-10-12|2026-10-18|-|“洧川发布”微信公众号|县融媒体中心|");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round56");
	TCase *tc = tcase_create("round56");
	tcase_add_test(tc, a_notice_copied_out_of_a_gazette);
	tcase_add_test(tc, a_forwarding_note_dated_above_the_title_stays);
	tcase_add_test(tc, a_companys_controlled_document);
	tcase_add_test(tc, a_drives_period_under_xingdong_shijian);
	tcase_add_test(tc, two_days_and_two_things_paired);
	tcase_add_test(tc, activities_as_the_columns_of_a_responsibility_table);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
