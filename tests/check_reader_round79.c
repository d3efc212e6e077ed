/* check_reader_round79.c - habits taught in session 44: minutes whose
 * agreed items (一、关于X) are the activities, each told in prose with
 * who does it (县司法局负责，县法院配合) and perhaps a list of dated stops;
 * records a line whose fields a ； parts, opening with their when; the
 * subject of the sentence that tells an event (X会同Y, X联合Y、Z); the
 * focuses a paragraph numbers in prose; a when that lists its days. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* Minutes of a meeting: agreed items headed 关于X, each one paragraph. */
static char *minutes(const char *item_two, const char *item_three)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b,
		      "关于研究部署汝川县2026年民法典宣传月活动的会议纪要\n\n"
		      "时间：2026年4月27日（星期一）下午3:00\n"
		      "地点：县司法局五楼会议室\n\n"
		      "　　4月27日下午，县委依法治县办召开全县民法典宣传月活动协调会。会议明确，宣传月活动时间为"
		      "5月1日至5月31日。现将会议议定事项纪要如下：\n\n"
		      "　　会议议定事项\n\n"
		      "　　一、关于宣传月启动仪式\n\n"
		      "　　5月8日（星期五）上午9:00，在县城人民广场举行全县民法典宣传月启动仪式，现场设置法律咨询台。"
		      "县司法局负责，县委宣传部、县法院配合。各成员单位上午8:30前到位。\n\n"
		      "　　二、%s\n\n"
		      "　　三、%s\n\n"
		      "　　四、关于信息报送\n\n"
		      "　　各成员单位于5月25日前将活动开展情况报县依法治县办。\n",
		      item_two, item_three);
	return wp_buf_take(&b);
}

static const char lecture[] = "关于领导干部学法专题讲座\n\n"
			      "　　5月13日（星期三）下午3:00，在县委党校报告厅举办专题讲座。县委依法治县办负责，县委组织部配合。";
static const char firms[] = "关于“民法典进企业”法律服务活动\n\n"
			    "　　5月9日（星期六）上午9:30，在县工业园区管委会三楼会议室举办座谈会。县司法局、县工商联共同负责，"
			    "县人社局、县总工会配合。";

/* Each agreed item that tells an event and who does it, with no 由, is an
 * activity titled by its heading after 关于; 领导 in 领导干部学法专题讲座
 * names no committee; 共同负责 makes both lead; the minutes' subject
 * line names the campaign after 研究部署. */
START_TEST(minutes_items_are_the_activities)
{
	char *text = minutes(lecture, firms);
	json_t *plan = plan_from_text(text);
	free(text);
	ck_assert_str_eq(field(plan, "title"), "汝川县2026年民法典宣传月活动");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|宣传月启动仪式|2026-05-08|2026-05-08|09:00|县城人民广场|县司法局|县委宣传部、县法院");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|领导干部学法专题讲座|2026-05-13|2026-05-13|15:00|县委党校报告厅|县委依法治县办|县委组织部");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "三|“民法典进企业”法律服务活动|2026-05-09|2026-05-09|09:30|县工业园区管委会三楼会议室|"
			 "县司法局、县工商联|县人社局、县总工会");
	json_decref(plan);
	/* a section of committee words that names no event stays none */
	text = minutes("关于领导小组\n\n　　县委依法治县办负责统筹协调。", firms);
	plan = plan_from_text(text);
	free(text);
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert_ptr_null(strstr(field(plan_activity(plan, i), "title"), "领导小组"));
	json_decref(plan);
}
END_TEST

static const char tour[] = "关于“送法进乡村”巡回宣讲\n\n"
			   "　　5月12日至5月19日，组织讲师团分2场到东岭镇、西湖乡开展巡回宣讲。县司法局负责，"
			   "县法院、县律师协会配合。具体安排如下：\n\n"
			   "　　1．5月12日（星期二）上午9:00，东岭镇，地点：东岭镇文化广场；\n"
			   "　　2．5月19日（星期二）下午3:00，西湖乡，地点：西湖乡人民政府院内。";

/* An agreed item's dated stops, numbered under its prose: each an
 * activity N.k named by its unlabelled field, at the place its label
 * gives, done by the item's units; undated items make no stops. */
START_TEST(an_items_dated_stops)
{
	char *text = minutes(lecture, tour);
	json_t *plan = plan_from_text(text);
	free(text);
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "三|“送法进乡村”巡回宣讲|2026-05-12|2026-05-19|-|东岭镇、西湖乡|县司法局|县法院、县律师协会");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "三.1|东岭镇|2026-05-12|2026-05-12|09:00|东岭镇文化广场|县司法局|县法院、县律师协会");
	ck_assert_str_eq(activity_line(plan_activity(plan, 4)),
			 "三.2|西湖乡|2026-05-19|2026-05-19|15:00|西湖乡人民政府院内|县司法局|县法院、县律师协会");
	json_decref(plan);
	/* a chore after the roles (…配合，各乡镇司法所做好场地布置): the
	 * sentence still says who leads */
	char *chores = text_with(tour, "县法院、县律师协会配合。", "县法院、县律师协会配合，各乡镇司法所做好场地布置。");
	text = minutes(lecture, chores);
	free(chores);
	plan = plan_from_text(text);
	free(text);
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(names(plan_activity(plan, 3), "lead"), "县司法局");
	json_decref(plan);
	/* items that are points, not days: the section is a list, no activity */
	char *points = text_with(tour, "1．5月12日（星期二）上午9:00，东岭镇", "1．宣讲要贴近群众");
	char *undated = text_with(points, "2．5月19日（星期二）下午3:00，西湖乡", "2．宣讲要以案释法");
	text = minutes(lecture, undated);
	plan = plan_from_text(text);
	free(text);
	free(points);
	free(undated);
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert_ptr_null(strstr(field(plan_activity(plan, i), "no"), "."));
	json_decref(plan);
}
END_TEST

static char *line_records(const char *one, const char *two)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b,
		      "槐溪镇2026年全民国防教育日活动方案\n\n"
		      "一、活动时间\n2026年9月14日至19日。\n"
		      "二、活动安排\n1、%s\n2、%s\n"
		      "三、工作要求\n各村要高度重视。\n",
		      one, two);
	return wp_buf_take(&b);
}

/* 1、时间：…；地点：…；内容：…；责任单位：…: a record opening with its
 * when is named by its content's first clause (结合X开展Y names what the
 * frame holds); a when listing two days runs from the first to the last. */
START_TEST(records_that_open_with_their_when)
{
	char *text = line_records("时间：9月14日（星期一）上午9:00；地点：镇政府三楼会议室；内容：召开全镇国防教育日活动"
				  "动员部署会，安排部署各项活动；责任单位：镇武装部。",
				  "时间：9月16日（星期三）下午2:30，9月18日（星期五）上午9:30；地点：各村（社区）；内容："
				  "结合中秋节、国庆节开展走访慰问，看望现役军人家属；责任单位：镇退役军人服务站。");
	json_t *plan = plan_from_text(text);
	free(text);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|召开全镇国防教育日活动动员部署会|2026-09-14|2026-09-14|09:00|镇政府三楼会议室|镇武装部|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|结合中秋节、国庆节开展走访慰问|2026-09-16|2026-09-18|14:30|各村（社区）|镇退役军人服务站|");
	json_decref(plan);
	/* a record with no content or name is no record of an activity */
	text = line_records("时间：9月14日（星期一）上午9:00；地点：镇政府三楼会议室；责任单位：镇武装部。",
			    "时间：9月16日下午2:30；地点：镇中心小学；内容：开展国防知识进校园活动；责任单位：镇中心小学。");
	plan = plan_from_text(text);
	free(text);
	/* (read as before: the line whole, no record's fields) */
	ck_assert_ptr_nonnull(strstr(field(plan_activity(plan, 0), "title"), "；地点："));
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "开展国防知识进校园活动");
	json_decref(plan);
}
END_TEST

/* The listed days of a labelled when run from first to last; a day
 * things are due by lists no day of the event. */
static json_t *plan_with_when(const char *when)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b,
		      "潇阳县2027年知识产权宣传周活动方案\n\n一、活动时间\n2027年4月20日至26日。\n"
		      "二、主要活动\n（一）知识产权进校园\n活动时间：%s\n活动地点：县第一中学\n牵头单位：县教育局\n"
		      "三、工作要求\n各单位要高度重视。\n",
		      when);
	json_t *plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	return plan;
}

START_TEST(a_when_that_lists_its_days)
{
	json_t *plan = plan_with_when("4月21日（星期三）下午3:00，4月23日（星期五）上午9:30");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2027-04-21");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2027-04-23");
	json_decref(plan);
	plan = plan_with_when("4月21日（星期三）下午3:00，4月23日前报送名单");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2027-04-21");
	json_decref(plan);
	/* a part with no month may end a span the first opened: no list */
	plan = plan_with_when("4月21日（星期三）下午3:00，23日上午9:30");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2027-04-21");
	json_decref(plan);
}
END_TEST

static char *prose_plan(const char *focus, const char *item)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b,
		      "棠屿区2026年知识产权宣传周活动方案\n\n"
		      "一、总体要求\n%s\n"
		      "二、主要活动\n1、%s\n2、4月21日上午，在区图书馆举办讲座。由区教育局负责。\n"
		      "三、工作要求\n各单位要高度重视。\n",
		      focus, item);
	return wp_buf_take(&b);
}

/* The sentence that tells an event names who holds it as its subject,
 * with the partners it joins (会同, 联合), past a clause of when. */
START_TEST(the_told_sentences_subject_and_partners)
{
	char *text = prose_plan("宣传周期间，各单位要广泛宣传。",
				"4月20日至26日，区司法局会同区知识产权局，依托各镇公共法律服务工作站，在全区开展知识产权"
				"普法活动。以发放宣传资料等形式开展宣传。");
	json_t *plan = plan_from_text(text);
	free(text);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "区司法局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "区知识产权局");
	json_decref(plan);
	text = prose_plan("宣传周期间，各单位要广泛宣传。", "宣传周期间，区知识产权局联合区公安分局、区综合行政执法局，"
								"开展知识产权保护专项执法行动。严厉打击侵权行为。");
	plan = plan_from_text(text);
	free(text);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "区知识产权局");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "区公安分局、区综合行政执法局");
	json_decref(plan);
}
END_TEST

/* 重点宣传三个方面：一是…；二是…: the focuses told in prose, where no
 * section names them; not the events a lead-in of 活动 numbers. */
START_TEST(focuses_numbered_in_prose)
{
	char *text = prose_plan("宣传周期间，重点宣传三个方面：一是宣传知识产权法律法规；二是宣传我区知识产权工作成效；"
				"三是宣传典型案例。",
				"4月20日，由区司法局牵头，在全区开展知识产权普法活动。");
	json_t *plan = plan_from_text(text);
	free(text);
	json_t *focus = json_object_get(plan, "focus");
	ck_assert_uint_eq(json_array_size(focus), 3);
	ck_assert_str_eq(json_string_value(json_array_get(focus, 1)), "宣传我区知识产权工作成效");
	json_decref(plan);
	text = prose_plan("宣传周期间，重点开展以下活动：一是举办启动仪式；二是开展进校园宣讲。",
			  "4月20日，由区司法局牵头，在全区开展知识产权普法活动。");
	plan = plan_from_text(text);
	free(text);
	ck_assert_ptr_null(json_object_get(plan, "focus"));
	json_decref(plan);
	/* an activity's own parts are no focuses of the campaign */
	text = prose_plan("宣传周期间，各单位要广泛宣传。",
			  "4月20日，由区司法局牵头开展知识产权普法宣传。宣传中重点抓好两件事：一是送法进企业；"
			  "二是送法进社区。");
	plan = plan_from_text(text);
	free(text);
	ck_assert_ptr_null(json_object_get(plan, "focus"));
	json_decref(plan);
	text = prose_plan("宣传周期间，律师提醒：一是保存证据；二是及时维权。",
			  "4月20日，由区司法局牵头，在全区开展知识产权普法活动。");
	plan = plan_from_text(text);
	free(text);
	ck_assert_ptr_null(json_object_get(plan, "focus"));
	json_decref(plan);
}
END_TEST

/* Second reading: a section of duties (X负责，Y配合 with no day it is
 * held) is no activity; an item's lines of days things are due by are no
 * stops; a subject that says where (到…敬老院) is no unit; a lead-in of
 * 重点 names focuses only with 宣传 in its own clause (not 重点面向以下
 * 群体 after 宣传周期间, not 突出工作重点, not 重点开展以下工作). */
START_TEST(second_reading_of_minutes_stops_subjects_and_focuses)
{
	json_t *plan = plan_from_text("关于开展2026年春季农村人居环境整治工作的通知\n\n"
				      "　　一、整治范围\n\n　　全县各行政村。县农业农村局负责，各乡镇配合。\n\n"
				      "　　二、整治内容\n\n　　重点清理村内垃圾、沟渠淤泥。县住建局负责，县水利局配合。\n\n"
				      "　　三、工作要求\n\n　　各乡镇要于4月30日前将整治情况报县农业农村局。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 0);
	json_decref(plan);
	char *due = text_with(tour, "1．5月12日（星期二）上午9:00，东岭镇，地点：东岭镇文化广场；",
			      "1．5月8日前，各乡镇将宣讲场地落实情况报县司法局；");
	char *text = minutes(lecture, due);
	free(due);
	plan = plan_from_text(text);
	free(text);
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert_ptr_null(strstr(field(plan_activity(plan, i), "no"), "."));
	json_decref(plan);
	text = prose_plan("宣传周期间，各单位要广泛宣传。", "4月22日，到镇中心敬老院联合镇卫生院开展健康义诊活动。");
	plan = plan_from_text(text);
	free(text);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "");
	json_decref(plan);
	const char *not_focuses[] = {"宣传周期间，重点面向以下群体：一是青少年学生；二是中小企业经营者。",
				     "各单位要突出工作重点：一是加强组织领导；二是强化宣传引导。",
				     "宣传周期间，重点开展以下工作：一是举办启动仪式；二是开展进校园宣讲。"};
	for (size_t k = 0; k < sizeof not_focuses / sizeof *not_focuses; k++) {
		text = prose_plan(not_focuses[k], "4月20日，由区司法局牵头，在全区开展知识产权普法活动。");
		plan = plan_from_text(text);
		free(text);
		ck_assert_msg(json_object_get(plan, "focus") == NULL, "%s", not_focuses[k]);
		json_decref(plan);
	}
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round79");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, minutes_items_are_the_activities);
	tcase_add_test(tc, an_items_dated_stops);
	tcase_add_test(tc, records_that_open_with_their_when);
	tcase_add_test(tc, a_when_that_lists_its_days);
	tcase_add_test(tc, the_told_sentences_subject_and_partners);
	tcase_add_test(tc, focuses_numbered_in_prose);
	tcase_add_test(tc, second_reading_of_minutes_stops_subjects_and_focuses);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
