/* check_reader_first_contact.c - habits that notices the reader had never
 * seen showed at first contact (the rounds of written notices after
 * g277, and real copies), each on a small text of its own: a last day
 * said without 前, a bureau named by its level alone. */
#include "config.h"

#include <string.h>

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* The plan of a county notice whose requirements section holds tail
 * (caller json_decrefs). */
static json_t *with_requirements(const char *tail)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "某某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至4月26日\n"
			  "二、活动安排\n（一）知识产权进企业。4月22日，由县科技局牵头。\n三、工作要求\n%s"
			  "\n某某县市场监督管理局\n2026年4月10日\n",
		       tail);
	json_t *plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	return plan;
}

/* The plan of a county notice whose activity section holds items
 * (caller json_decrefs). */
static json_t *with_items(const char *items)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "某某县2026年安全宣传周活动方案\n一、活动时间\n2026年5月10日至16日\n二、活动安排\n%s"
			  "三、工作要求\n（一）高度重视。\n",
		       items);
	json_t *plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	return plan;
}

/* 截止时间为4月29日, 4月29日截止, 不迟于4月28日: the date is the last day
 * though no 前 follows it, the rule is written with those words, and what
 * is sent ends before them. */
START_TEST(a_last_day_said_without_qian)
{
	json_t *plan = with_requirements("各乡镇要报送活动总结，截止时间为4月29日。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动总结|截止时间为4月29日|2026-04-29|各乡镇|-");
	json_decref(plan);
	plan = with_requirements("各单位报送典型案例的截止时间为2026年4月28日。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送典型案例|截止时间为2026年4月28日|2026-04-28|各单位|-");
	json_decref(plan);
	plan = with_requirements("各成员单位将活动照片报县市场监督管理局，4月27日17:00截止。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送活动照片|4月27日17:00截止|2026-04-27|各成员单位|县市场监督管理局");
	json_decref(plan);
	plan = with_requirements("各乡镇不迟于4月28日报送工作台账。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送工作台账|不迟于4月28日|2026-04-28|各乡镇|-");
	json_decref(plan);
	/* a label line: the thing is named before the verb */
	plan = with_requirements("各乡镇活动信息报送截止日期：4月27日。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动信息|截止日期：4月27日|2026-04-27|各乡镇|-");
	json_decref(plan);
	/* 截至 (as of) dates a count, no duty */
	plan = with_requirements("各乡镇报送截至4月30日的办件数据。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 0);
	json_decref(plan);
}
END_TEST

/* 县市场监督管理局 with no place name: 县 + 市场, no county called 县市. */
START_TEST(a_bureau_named_by_its_level_alone_names_no_region)
{
	json_t *plan = plan_from_text("2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至4月26日\n"
				      "二、活动安排\n（一）知识产权进企业。4月22日，由县科技局牵头。\n"
				      "\n县市场监督管理局\n2026年4月10日\n");
	ck_assert_str_eq(field(plan, "organizer"), "县市场监督管理局");
	ck_assert_ptr_null(field(plan, "region"));
	json_decref(plan);
	/* a place named before it is still the region */
	plan = plan_from_text("2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至4月26日\n"
			      "二、活动安排\n（一）知识产权进企业。4月22日，由县科技局牵头。\n"
			      "\n岳池县市场监督管理局\n2026年4月10日\n");
	ck_assert_str_eq(field(plan, "region"), "岳池县");
	json_decref(plan);
}
END_TEST

/* 一、动员部署阶段（5月25日—5月31日） / prose, 二、集中开展阶段（…） / 1. 2.,
 * 三、总结提升阶段（…） / prose: the top sections are the campaign's stages;
 * a stage told in prose is one activity over the stage's days (not the
 * day a report is due in it), a stage's items are numbered under it. */
START_TEST(stages_as_top_sections_are_the_activities)
{
	json_t *plan = plan_from_text(
		"某某县2026年安全生产月活动方案\n"
		"活动时间为2026年5月25日至6月30日，分三个阶段进行。\n"
		"一、动员部署阶段（5月25日—5月31日）\n"
		"各乡镇要制定活动方案，并于5月31日前将活动方案报送县安委办。\n"
		"二、集中开展阶段（6月1日—6月25日）\n"
		"1.开展警示教育。6月1日至6月10日，由县应急管理局牵头，组织观看警示教育片。\n"
		"2.开展安全宣传进圩场活动。各乡镇负责利用圩日设立安全宣传点。\n"
		"三、总结提升阶段（6月26日—6月30日）\n"
		"各乡镇要全面总结，并于7月3日前将活动总结报送县安委办。\n"
		"四、工作要求\n"
		"各乡镇要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "一|动员部署阶段|2026-05-25|2026-05-31|-|-|各乡镇|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "二.1|开展警示教育|2026-06-01|2026-06-10|-|-|县应急管理局|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "二.2|开展安全宣传进圩场活动|2026-06-01|2026-06-25|-|-|各乡镇|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)), "三|总结提升阶段|2026-06-26|2026-06-30|-|-|各乡镇|");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	json_decref(plan);
	/* one stage heading alone among other sections is no plan of stages */
	plan = plan_from_text("某某县2026年安全生产月活动方案\n"
			      "一、活动时间\n2026年6月1日至6月30日\n"
			      "二、重点活动\n（一）开展警示教育。6月1日至6月10日，由县应急管理局牵头。\n"
			      "（二）举办咨询日活动。6月16日，由县应急管理局牵头。\n"
			      "三、总结阶段（6月26日—6月30日）\n"
			      "各乡镇要全面总结，并于7月3日前将活动总结报送县安委办。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
}
END_TEST

/* (一)街道集中活动 / 5月17日上午9:30，在…举行…。由X负责，Y配合。 / 5月18日… /
 * (二)社区特色活动 / …: headings that only group paragraphs each telling a
 * dated activity with its lead; the paragraphs are the activities, each
 * with its own units (not the first paragraph's, under a heading taken
 * for the activity). */
START_TEST(headings_that_group_told_paragraphs)
{
	json_t *plan = plan_from_text(
		"某某街道2026年科技活动周活动方案\n一、活动时间\n2026年5月16日至22日\n二、活动安排\n"
		"(一)街道集中活动\n"
		"5月17日上午9:30，在社区党群服务中心前广场举行科技活动周启动仪式。由街道科协负责，社区居委会配合。\n"
		"5月18日下午2:30，在街道多功能厅举办老年人智能技术应用培训。由街道社区发展办公室负责，某某派出所配合。\n"
		"(二)社区特色活动\n"
		"5月20日下午3:00，在某某社区文明实践站开展燃气安全科普讲座。由某某社区居委会负责，某某消防救援站配合。\n"
		"其他社区要结合实际自行组织开展科普活动。\n"
		"三、工作要求\n（一）高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|科技活动周启动仪式|2026-05-17|2026-05-17|09:30|社区党群服务中心前广场|街道科协|社区居委会");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|老年人智能技术应用培训|2026-05-18|2026-05-18|14:30|街道多功能厅|街道社区发展办公室|某某派出所");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|燃气安全科普讲座|2026-05-20|2026-05-20|15:00|某某社区文明实践站|某某社区居委会|某某消防救援站");
	json_decref(plan);
	/* a heading with a sentence of its own is an item still */
	plan = plan_from_text(
		"某某街道2026年科技活动周活动方案\n一、活动时间\n2026年5月16日至22日\n二、活动安排\n"
		"(一)启动仪式。5月17日上午9:30，由街道科协负责。\n"
		"(二)科普讲座。5月20日下午3:00，由某某社区居委会负责。\n"
		"三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "启动仪式");
	json_decref(plan);
}
END_TEST

/* 各所推荐1至2件案例，报局执法大队，截止时间为4月30日: 推荐 names what is
 * sent, a clause of the bare 报 and a unit sends it, and the 至 of a
 * count (1至2件, 3至5张) ends neither the thing nor starts whom it goes
 * to; a bracket after the thing stands before the 至 of whom. */
START_TEST(a_recommended_thing_sent_in_a_clause_of_its_own)
{
	json_t *plan = with_requirements("各市场监督管理所要推荐1至2件典型案例，报局综合行政执法大队，截止时间为4月30日。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送1至2件典型案例|截止时间为4月30日|2026-04-30|各市场监督管理所|局综合行政执法大队");
	json_decref(plan);
	plan = with_requirements("各单位于4月30日前报送活动图片3至5张至县市场监督管理局。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动图片3至5张|4月30日前|2026-04-30|各单位|县市场监督管理局");
	json_decref(plan);
	plan = with_requirements("各牵头单位每日17:00前报送当日信息（文字简讯及图片）至局知识产权科（邮箱：zscq@example.cn）。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送当日信息（文字简讯及图片）|每日17:00前|-|各牵头单位|"
						    "局知识产权科（邮箱：zscq@example.cn）");
	json_decref(plan);
}
END_TEST

/* 副组长：X / (indent) 区市场监督管理局四级调研员　刘卫东: a rank held
 * without a post (调研员) names a person of the committee too. */
START_TEST(a_rank_names_a_committee_member)
{
	json_t *plan = plan_from_text("某某区2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至4月26日\n"
				      "二、活动安排\n（一）知识产权进企业。4月22日，由区科技局牵头。\n三、组织领导\n"
				      "　　成立宣传周活动领导小组：\n　　组　长：区市场监督管理局局长　陈志刚\n"
				      "　　副组长：区市场监督管理局副局长　黄海燕\n"
				      "　　　　　　区市场监督管理局四级调研员　刘卫东\n　　成　员：区委宣传部、区人民法院\n");
	ck_assert_str_eq(names(json_object_get(plan, "committee"), "vice_chair"),
			 "区市场监督管理局副局长黄海燕、区市场监督管理局四级调研员刘卫东");
	json_decref(plan);
}
END_TEST

/* A Word table copied with tabs, a cell wrapped: the line under the row
 * opens with as many tabs as the cells before the one it goes on. */
START_TEST(a_tab_rows_cell_wrapped_onto_a_line_of_its_own)
{
	json_t *plan = plan_from_text("某某区2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至4月26日\n"
				      "二、活动安排\n"
				      "序号\t活动内容\t时间\t地点\t牵头单位\t配合单位\n"
				      "1\t知识产权进企业\t4月20日\t开发区\t区市场监管局\t区科技局\n"
				      "2\t“知识产权护航中小企业”专题培训暨\t4月22日\t区政务服务中心\t区市场监管局\t区金融服务中心\n"
				      "\t质押融资银企对接会\n"
				      "3\t知识产权进校园\t4月23日\t实验中学\t区教育局\t区市场监管局\n"
				      "三、工作要求\n（一）高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|“知识产权护航中小企业”专题培训暨质押融资银企对接会|2026-04-22|2026-04-22|-|区政务服务中心|"
			 "区市场监管局|区金融服务中心");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "知识产权进校园");
	json_decref(plan);
}
END_TEST

/* 各学院、各负责单位请于…: a group named by its role (各负责单位) after
 * another unit owes the report too; its 负责 ends no one. */
START_TEST(a_group_named_by_its_role_after_another)
{
	json_t *plan = with_requirements("各学院、各负责单位请于4月30日前将活动总结报科技处。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动总结|4月30日前|2026-04-30|各学院、各负责单位|科技处");
	json_decref(plan);
}
END_TEST

/* Two contact lines that each end with a mailbox, run together into one
 * paragraph: each mailbox is of those named before it, after the one
 * before (the second person has two numbers, a row each). */
START_TEST(each_mailbox_of_two_contact_lines_run_together)
{
	json_t *plan = plan_from_text("某某大学2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至4月26日\n"
				      "二、活动安排\n（一）知识产权进企业。4月22日，由科技处牵头。\n三、联系方式\n"
				      "科技处：唐静怡，电话：028-87631425，邮箱：zscq@example.edu.cn\n"
				      "图书馆：罗子昂，电话：028-87632716、13981627405，邮箱：tsg@example.edu.cn\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "唐静怡|028-87631425|zscq@example.edu.cn");
	ck_assert_str_eq(contact_line_at(plan, 1), "罗子昂|028-87632716|tsg@example.edu.cn");
	ck_assert_str_eq(contact_line_at(plan, 2), "罗子昂|13981627405|tsg@example.edu.cn");
	json_decref(plan);
}
END_TEST

/* …，由X牵头，在Y开展演练，A、B配合。 / …，由X牵头，C参加，现场…: a
 * clause of units and the verb of those who help (or take part) cooperates,
 * wherever in the sentence; a clause opening with 由 is the lead's. */
START_TEST(helpers_in_a_clause_of_their_own)
{
	json_t *plan = with_items("1.举办应急演练。5月12日下午3点，由县应急管理局牵头，在平岭镇六合村开展综合应急演练，"
				  "平岭镇人民政府、县水利局配合。\n"
				  "2.举办咨询日活动。5月13日上午9:00，在江滨公园举办咨询日活动，由县应急管理局牵头，"
				  "县安委会各成员单位参加，现场设置咨询台。\n"
				  "3.举办文艺演出。5月14日晚上7:30，在文化广场举办文艺演出，由县民族歌舞团承办。\n"
				  "4.举行启动仪式。5月10日上午9:30，在文化广场举行启动仪式，启动仪式由县图书馆承办，"
				  "县教育局负责组织学生参加。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "平岭镇人民政府、县水利局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县安委会各成员单位");
	ck_assert_str_eq(names(plan_activity(plan, 2), "cooperate"), "");
	ck_assert(!strstr(names(plan_activity(plan, 3), "cooperate"), "由"));
	json_decref(plan);
}
END_TEST

/* A message to a work group pasted as text: 【通知】 atop it (no section),
 * numbered lines of comma fields (when, where, what, X负责, Y配合), a
 * 注意事项： that ends them, and a signature with the day alone. */
static const char message[] =
	"【通知】\n各市场监管所、局机关各股室：\n\n"
	"4月20日—26日是2026年知识产权宣传周。具体安排如下：\n\n"
	"1. 4月20日（周一）上午9:00，县城人民广场，宣传周启动仪式，城关所负责，知识产权股、执法大队配合，现场设三个咨询台。\n\n"
	"2. 4月21日—24日，县经济开发区，“知识产权服务进企业”上门走访，知识产权股负责，开发区所配合，每家企业都要填走访记录表。\n\n"
	"3. 宣传周期间，各所辖区商场，承诺签名活动，各所分别负责，县个体劳动者私营企业协会配合。\n\n"
	"注意事项：\n\n"
	"1. 各所下周一（4月21日）前各报1个典型案例，写清楚案情。\n\n"
	"2. 宣传周期间，各负责单位每天下午5点前把当天活动照片发到本群，我股统一整理后报市局。\n\n"
	"3. 活动结束后3个工作日内，各所、各牵头股室把活动总结报知识产权股。\n\n"
	"榆溪县市场监管局知识产权股\n4月13日\n";

START_TEST(a_work_group_message)
{
	json_t *plan = plan_from_text(message);
	ck_assert_str_eq(field(plan, "organizer"), "榆溪县市场监管局知识产权股");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-04-13");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|宣传周启动仪式|2026-04-20|2026-04-20|09:00|县城人民广场|城关所|知识产权股、执法大队");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|“知识产权服务进企业”上门走访|2026-04-21|2026-04-24|-|县经济开发区|知识产权股|开发区所");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|承诺签名活动|2026-04-20|2026-04-26|-|各所辖区商场|各所|县个体劳动者私营企业协会");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送1个典型案例|下周一（4月21日）前|2026-04-21|各所|-");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送当天活动照片|每天下午5点前|-|各负责单位|本群");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 2), "rule"), "活动结束后3个工作日内");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 2), "who"), "各所、各牵头股室");
	json_decref(plan);
}
END_TEST

/* 6月8日（星期一） / 上午9:00　　启动仪式　　地点：X　　牵头：Y　　配合：A、 /
 * (indent) B: a day's schedule of spaced fields, labelled 牵头 and 配合,
 * a list of units cut after its 、 going on on the next line. */
START_TEST(a_day_schedule_of_labelled_fields)
{
	json_t *plan = plan_from_text(
		"某某区2026年食品安全宣传周活动方案\n一、活动时间\n2026年6月8日至14日\n二、活动安排\n"
		"　　6月8日（星期一）\n"
		"　　上午9:00　　宣传周启动仪式　　地点：区市民广场　　牵头：区市场监管局　　配合：区委宣传部、区教育局、\n"
		"　　　　　　　　区融媒体中心、各镇（街道）\n"
		"　　下午2:30　　食品安全管理培训会　　地点：区教师发展中心　　牵头：区教育局　　配合：区市场监管局\n\n"
		"　　6月9日（星期二）\n"
		"　　全天　　食品安全科普进商超　　地点：区内各大型商场超市　　牵头：区商务局\n"
		"三、工作要求\n（一）高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|宣传周启动仪式|2026-06-08|2026-06-08|09:00|区市民广场|区市场监管局|"
			 "区委宣传部、区教育局、区融媒体中心、各镇（街道）");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|食品安全管理培训会|2026-06-08|2026-06-08|14:30|区教师发展中心|区教育局|区市场监管局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|食品安全科普进商超|2026-06-09|2026-06-09|-|区内各大型商场超市|区商务局|");
	json_decref(plan);
}
END_TEST

/* A task list as a Markdown table: a 责任人 column of persons, content
 * cells of sentences (。 ends no row there), and the period a range later
 * in the paragraph that opens with the day the campaign marks. */
START_TEST(a_markdown_task_list)
{
	json_t *plan = plan_from_text(
		"某某镇2026年全民国家安全教育日宣传活动方案\n一、活动时间和主题\n"
		"2026年4月15日是第11个全民国家安全教育日。本次宣传活动时间为2026年4月10日至4月20日。\n"
		"二、任务清单\n"
		"| 序号 | 工作任务 | 具体内容 | 责任单位 | 责任人 | 完成时限 |\n"
		"|---|---|---|---|---|---|\n"
		"| 1 | 集中宣传咨询活动 | 在镇文化广场设立咨询台。展板于4月13日前制作完成 | 镇综治办 | 林志鹏（综治办主任） | 4月15日上午 |\n"
		"| 2 | 国家安全教育进校园 | 组织全镇中小学开展主题班会 | 镇中心学校 | 李振华<br>王芳 | 4月13日—4月17日 |\n"
		"三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-04-10");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "end"), "2026-04-20");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|集中宣传咨询活动|2026-04-15|2026-04-15|-|镇文化广场|镇综治办|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|国家安全教育进校园|2026-04-13|2026-04-17|-|-|镇中心学校|");
	json_decref(plan);
}
END_TEST

/* 联系人：市质量强市办　　李文博　0552-… / (indent) 张　敏　0552-…，139… /
 * 电子邮箱：x@y: a second person, the name spaced out, under the row, and
 * a mailbox on a line of its own under both, theirs. */
START_TEST(a_spaced_name_under_a_contact_row_and_their_mailbox)
{
	json_t *plan = with_requirements("　　联系人：市质量强市办　　李文博　0552-3126418\n"
					 "　　　　　　　　　　　　　张　敏　0552-3126425，13905521876\n"
					 "　　电子邮箱：zlqs@example.cn\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "李文博|0552-3126418|zlqs@example.cn");
	ck_assert_str_eq(contact_line_at(plan, 1), "张敏|0552-3126425|zlqs@example.cn");
	ck_assert_str_eq(contact_line_at(plan, 2), "张敏|13905521876|zlqs@example.cn");
	json_decref(plan);
}
END_TEST

/* 【活动内容】 then ◆ X：5月12日下午2:30，在Y开展…。由Z负责，W配合。: each
 * bulleted paragraph with its title before ： is an activity. */
START_TEST(bulleted_titled_paragraphs_under_a_bracketed_heading)
{
	json_t *plan = plan_from_text(
		"某某街道2026年防灾减灾宣传周活动方案\n【活动时间】\n2026年5月9日—15日\n【活动内容】\n"
		"　　◆ 宣传周启动仪式：5月9日（星期六）上午9:00，在望潮文化广场举行启动仪式。由街道应急管理办负责，"
		"街道党政办配合。\n"
		"　　◆ 应急演练进社区：5月12日下午2:30，在潮音社区开展应急疏散演练。由街道应急管理办负责，"
		"社区卫生服务中心配合。\n"
		"【工作要求】\n各社区要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|宣传周启动仪式|2026-05-09|2026-05-09|09:00|望潮文化广场|街道应急管理办|街道党政办");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|应急演练进社区|2026-05-12|2026-05-12|14:30|潮音社区|街道应急管理办|社区卫生服务中心");
	json_decref(plan);
}
END_TEST

/* 将活动图片和新闻报道链接报X: a 报 of another word (报道) before the 报
 * that sends; and a titled paragraph may give its place before its day
 * (健康科普进社区。在X中心，9月18日上午8:30起，…). */
START_TEST(a_bao_of_baodao_and_a_place_before_the_day)
{
	json_t *plan = with_requirements("活动结束后5个工作日内，各单位将活动图片和新闻报道链接报县科协科普部。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送活动图片和新闻报道链接|活动结束后5个工作日内|-|各单位|县科协科普部");
	json_decref(plan);
	plan = plan_from_text("某某市2026年科普日活动方案\n一、活动时间\n2026年9月15日至25日\n二、主要活动\n"
			      "　　科普日主场活动。9月19日上午9:00，在市科技馆广场举办主场活动，由市科协主办。\n"
			      "　　健康科普进社区。在东风社区党群服务中心，9月18日上午8:30起，开展义诊，由市卫健委负责。\n"
			      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|健康科普进社区|2026-09-18|2026-09-18|08:30|东风社区党群服务中心|市卫健委|");
	json_decref(plan);
}
END_TEST

/* 形成书面总结（含图片），于12月9日前报区普法办: the clause that is only
 * 于… sends what the clause before it made; a table row whose unit list
 * is cut after its 、 goes on on the next line. */
START_TEST(a_made_thing_sent_and_a_row_cut_after_a_list_mark)
{
	json_t *plan = with_requirements("请各乡镇认真总结活动开展情况，形成书面总结（含活动图片），于4月28日前报县普法办。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送书面总结（含活动图片）|4月28日前|2026-04-28|各乡镇|县普法办");
	json_decref(plan);
	plan = plan_from_text("某某区2026年宪法宣传周活动方案\n一、活动时间\n2026年12月1日至7日\n二、活动安排\n"
			      "序号｜时间｜活动名称｜地点｜责任单位\n"
			      "1｜12月4日｜宪法宣誓仪式｜区政府广场｜区司法局（牵头）、区教育局\n"
			      "2｜12月1日—7日｜公益广告集中投放｜区内公交候车亭｜区委宣传部（牵头）、区城管局、\n"
			      "　　区交通运输局、各镇（街道）\n"
			      "三、工作要求\n（一）高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "区城管局、区交通运输局、各镇（街道）");
	json_decref(plan);
}
END_TEST

/* 负责人：各班主任　　督查：各年级组 / 负责人：政教处: the value of 负责人
 * ends where another label opens on its line, whose units (督查) help;
 * units in charge lead. */
START_TEST(two_labels_on_a_line_in_charge)
{
	json_t *plan = plan_from_text("某某中学2026年安全教育周活动方案\n一、活动时间\n2026年3月23日至27日\n二、活动安排\n"
				      "　　1、主题班会\n　　时间：3月25日（周三）下午第三节课\n　　地点：各班教室\n"
				      "　　负责人：各班主任　　督查：各年级组\n　　内容：各班开展主题班会。\n"
				      "　　2、应急疏散演练\n　　时间：3月26日上午\n　　负责人：政教处\n"
				      "三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|主题班会|2026-03-25|2026-03-25|-|各班教室|各班主任|各年级组");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "2|应急疏散演练|2026-03-26|2026-03-26|-|-|政教处|");
	json_decref(plan);
}
END_TEST

/* 其中，机械工程学院于4月23日15:00在X举办Y: an event inside an item, the
 * units that hold it before 于 and its day; its place is not the item's. */
START_TEST(an_event_held_by_units_before_yu)
{
	json_t *plan = plan_from_text("某某大学2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至4月26日\n"
				      "二、活动安排\n4. 学院知识产权主题宣传活动\n时间：4月20日至4月26日\n"
				      "由各学院负责组织，开展专利案例分享会。其中，机械工程学院于4月23日15:00在工程训练中心"
				      "报告厅举办“专利挖掘与布局”工作坊，面向全校师生开放。\n"
				      "5. 线上竞答\n时间：4月20日至26日\n负责单位：图书馆\n三、工作要求\n（一）高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "4|学院知识产权主题宣传活动|2026-04-20|2026-04-26|-|-|各学院|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "4.1|“专利挖掘与布局”工作坊|2026-04-23|2026-04-23|15:00|工程训练中心报告厅|机械工程学院|");
	json_decref(plan);
	/* a day things are due by is no event */
	plan = plan_from_text("某某大学2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至4月26日\n"
			      "二、活动安排\n4. 专利检索培训\n时间：4月22日\n负责单位：图书馆\n"
			      "内容：讲授专利检索。其中，参加培训的师生于4月20日前通过OA报名。\n"
			      "三、工作要求\n（一）高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	json_decref(plan);
}
END_TEST

/* 活动由县安委办统一部署，县应急管理局负责具体组织实施: the unit that runs
 * the campaign; 集中开展阶段，各乡镇每周四…前将…报送…: a stage opens the
 * sentence as a when, its subject after it. */
START_TEST(who_runs_it_and_a_stage_before_who_owes)
{
	json_t *plan = with_requirements("活动由县安委办统一部署，县应急管理局负责具体组织实施。\n"
					 "集中开展阶段，各乡镇、各有关部门每周四下午5时前将本周活动开展情况报送县安委办。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "县应急管理局");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 0), "who"), "各乡镇、各有关部门");
	json_decref(plan);
}
END_TEST

/* What a second reading of this round's habits found, each reproduced:
 * a mailbox goes to no one whose name only starts another's; a heading
 * indented by a tab after a tab table heads on; 报批, 报备 after a day name
 * no thing; 截止到 is a cutoff, 截止到…的 is as of; who before 推荐; a
 * helper's verb after 配合 in a field. */
START_TEST(a_second_readings_findings)
{
	json_t *plan = plan_from_text("某某大学2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至4月26日\n"
				      "二、活动安排\n（一）知识产权进企业。4月22日，由科技处牵头。\n三、联系方式\n"
				      "办公室：王伟，0797-8215631\n科技处：王伟平，0797-8215632，邮箱：wwp@example.cn\n");
	ck_assert_str_eq(contact_line_at(plan, 0), "王伟|0797-8215631|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "王伟平|0797-8215632|wwp@example.cn");
	json_decref(plan);
	plan = plan_from_text("某某区2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至4月26日\n二、活动安排\n"
			      "序号\t活动名称\t时间\t地点\t牵头单位\t配合单位\n"
			      "1\t知识产权进企业\t4月20日\t开发区\t区市场监管局\t区科技局\n"
			      "2\t知识产权宣讲\t4月22日\t区政务服务中心\t区市场监管局\t区金融服务中心\n"
			      "\t三、工作要求\n\t各乡镇要高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "知识产权宣讲");
	json_decref(plan);
	plan = with_requirements("各乡镇要制定实施方案，4月20日前报批。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送实施方案|4月20日前|2026-04-20|各乡镇|-");
	json_decref(plan);
	plan = with_requirements("各乡镇活动总结报送截止到4月30日。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动总结|截止到4月30日|2026-04-30|各乡镇|-");
	json_decref(plan);
	plan = with_requirements("各乡镇报送截止到4月30日的办件数据。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 0);
	json_decref(plan);
	plan = with_requirements("各所推荐1至2件案例，报局执法大队，截止时间为4月30日。\n");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 0), "who"), "各所");
	json_decref(plan);
	plan = with_items("1. 5月10日，县城广场，应急演练，各乡镇负责，县消防救援大队配合指导。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "1|应急演练|2026-05-10|2026-05-10|-|县城广场|各乡镇|县消防救援大队");
	json_decref(plan);
}
END_TEST

/* 5月10日在江滨社区、5月11日在柳岸社区、5月13日在新塘社区各举办一场宣讲: one
 * activity touring places, from its first day to its last, its places
 * joined; one day at one place stays as it was. */
START_TEST(a_tour_of_places_on_days)
{
	json_t *plan = with_items("1.防灾知识巡回宣讲。5月10日在江滨社区、5月11日在柳岸社区、5月13日在新塘社区各举办一场"
				  "防灾减灾知识宣讲，由街道应急管理办负责。\n"
				  "2.应急演练。5月12日在潮音社区开展应急疏散演练，由街道应急管理办负责。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|防灾知识巡回宣讲|2026-05-10|2026-05-13|-|江滨社区、柳岸社区、新塘社区|街道应急管理办|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|应急演练|2026-05-12|2026-05-12|-|潮音社区|街道应急管理办|");
	json_decref(plan);
}
END_TEST

/* A bare plan reposted on a site: the site's name atop is no issuer when
 * the plan's own words say who made it (为…，区卫生健康局制定本方案), and
 * that unit, named by its level alone, leaves the region to the title. */
START_TEST(the_plans_maker_over_the_sites_name)
{
	json_t *plan = plan_from_text("赣滨区人民医院\n首页　|　医院概况　|　通知公告\n当前位置：首页 > 通知公告\n\n"
				      "赣滨区2026年全民营养周活动方案\n"
				      "为做好2026年全民营养周工作，结合我区实际，区卫生健康局制定本方案。\n"
				      "一、活动时间\n2026年5月17日—23日\n二、活动内容\n"
				      "（一）营养知识讲座。5月18日上午9:00，在区人民医院报告厅举办，由区人民医院承办。\n"
				      "（二）营养义诊。5月20日上午，在人民广场举办，由区妇幼保健院承办。\n");
	ck_assert_str_eq(field(plan, "organizer"), "区卫生健康局");
	ck_assert_str_eq(field(plan, "region"), "赣滨区");
	json_decref(plan);
	/* and where no unit stands atop at all */
	plan = plan_from_text("赣滨区2026年全民营养周活动方案\n"
			      "为做好2026年全民营养周工作，结合我区实际，区卫生健康局制定本方案。\n"
			      "一、活动时间\n2026年5月17日—23日\n二、活动内容\n"
			      "（一）营养知识讲座。5月18日上午9:00，在区人民医院报告厅举办，由区人民医院承办。\n"
			      "（二）营养义诊。5月20日上午，在人民广场举办，由区妇幼保健院承办。\n");
	ck_assert_str_eq(field(plan, "organizer"), "区卫生健康局");
	json_decref(plan);
}
END_TEST

/* 一、活动时间 二、活动地点 三、主办单位 四、承办单位 五、协办单位 六、活动议程:
 * the plan of one event is one activity, its fields the sections, its
 * agenda's timed lines no activities of their own. */
START_TEST(the_plan_of_a_single_event)
{
	json_t *plan = plan_from_text(
		"某某市2026年知识产权宣传周启动仪式活动方案\n一、活动时间\n2026年4月20日上午9:00—11:30\n"
		"二、活动地点\n　　高新区企业服务中心\n三、主办单位\n　　某某市市场监督管理局\n　　某某高新技术产业开发区管理委员会\n"
		"四、承办单位\n某某市知识产权保护中心\n五、协办单位\n某某市中级人民法院、某某市公安局\n"
		"六、活动议程\n（一）9:00—9:10 主持人宣布启动仪式开始\n（二）9:10—9:20 市领导致辞\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|某某市2026年知识产权宣传周启动仪式活动|2026-04-20|2026-04-20|09:00|高新区企业服务中心|"
			 "某某市市场监督管理局、某某高新技术产业开发区管理委员会|某某市知识产权保护中心、某某市中级人民法院、某某市公安局");
	json_decref(plan);
}
END_TEST

/* 二、活动主题 / 本次活动以“X”为主题，聚焦…: the quotation is the theme. */
START_TEST(a_theme_section_saying_yi_x_wei_zhuti)
{
	json_t *plan = plan_from_text("某某县2026年科技活动周活动方案\n一、活动主题\n"
				      "本次活动以“创新驱动发展　科技惠及民生”为主题，聚焦人工智能等领域。\n"
				      "二、活动时间\n2026年5月17日至23日\n三、主要活动\n"
				      "（一）启动仪式。5月17日上午，在县文化广场举行，由县科技局牵头。\n");
	ck_assert_str_eq(field(plan, "theme"), "创新驱动发展　科技惠及民生");
	json_decref(plan);
}
END_TEST

/* 将本周工作周报报X: the 报 of 周报 is the thing's; X汇总后于…前报Y. as a
 * sentence of its own is the issuer's relay, owed by no one addressed;
 * X由Y汇总后报Z is owed by Y. */
START_TEST(a_weekly_report_and_the_issuers_relay)
{
	json_t *plan = with_requirements("各村委会每周五下午5点前将本周工作周报报乡应急管理办公室；"
					 "7月3日前将活动总结报乡应急管理办公室。乡应急管理办公室汇总后于7月8日前报县安委办。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送本周工作周报|每周五下午5点前|-|各村委会|乡应急管理办公室");
	json_decref(plan);
	plan = with_requirements("参加开放日的家属名单由各单位汇总后，于4月15日前报党群工作部。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_first_contact");
	TCase *tc = tcase_create("first_contact");
	tcase_add_test(tc, a_last_day_said_without_qian);
	tcase_add_test(tc, a_bureau_named_by_its_level_alone_names_no_region);
	tcase_add_test(tc, stages_as_top_sections_are_the_activities);
	tcase_add_test(tc, headings_that_group_told_paragraphs);
	tcase_add_test(tc, a_recommended_thing_sent_in_a_clause_of_its_own);
	tcase_add_test(tc, a_rank_names_a_committee_member);
	tcase_add_test(tc, a_tab_rows_cell_wrapped_onto_a_line_of_its_own);
	tcase_add_test(tc, a_group_named_by_its_role_after_another);
	tcase_add_test(tc, each_mailbox_of_two_contact_lines_run_together);
	tcase_add_test(tc, helpers_in_a_clause_of_their_own);
	tcase_add_test(tc, a_work_group_message);
	tcase_add_test(tc, a_day_schedule_of_labelled_fields);
	tcase_add_test(tc, a_markdown_task_list);
	tcase_add_test(tc, a_spaced_name_under_a_contact_row_and_their_mailbox);
	tcase_add_test(tc, bulleted_titled_paragraphs_under_a_bracketed_heading);
	tcase_add_test(tc, a_bao_of_baodao_and_a_place_before_the_day);
	tcase_add_test(tc, a_made_thing_sent_and_a_row_cut_after_a_list_mark);
	tcase_add_test(tc, two_labels_on_a_line_in_charge);
	tcase_add_test(tc, an_event_held_by_units_before_yu);
	tcase_add_test(tc, who_runs_it_and_a_stage_before_who_owes);
	tcase_add_test(tc, a_second_readings_findings);
	tcase_add_test(tc, a_tour_of_places_on_days);
	tcase_add_test(tc, the_plans_maker_over_the_sites_name);
	tcase_add_test(tc, the_plan_of_a_single_event);
	tcase_add_test(tc, a_theme_section_saying_yi_x_wei_zhuti);
	tcase_add_test(tc, a_weekly_report_and_the_issuers_relay);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
