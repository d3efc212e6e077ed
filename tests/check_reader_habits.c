/* check_reader_habits.c - habits of the genre that notices the reader had
 * never seen showed (the hold-out fixtures g33..g42), each on a small text
 * of its own: where a contact's e-mail comes from, a 报 inside a word,
 * a second number of the same person, and the like. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "notice-bar-cells.h"
#include "notice-date.h"
#include "notice-line.h"
#include "noticeutil.h"
#include "plan.h"
#include "query.h"
#include "testutil.h"

static const char head[] = "某某县2027年宣传周活动方案\n一、活动时间\n2027年5月10日至16日\n二、活动安排\n"
			   "（一）启动仪式。5月10日上午9:00，在县政府广场举行，由县科协牵头。\n"
			   "三、工作要求\n";

/* The plan of head followed by tail (caller json_decrefs). */
static json_t *with_head(const char *tail)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s", head, tail);
	json_t *plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	return plan;
}

/* The plan of a notice whose activity section holds items (caller
 * json_decrefs). */
static json_t *with_items(const char *items)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "某某中学2027年主题教育周活动方案\n一、活动时间\n2027年5月10日至14日\n二、活动安排\n%s"
			  "三、工作要求\n（一）高度重视。\n", items);
	json_t *plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	return plan;
}

static json_t *contact(json_t *plan, size_t i)
{
	return json_array_get(json_object_get(plan, "contacts"), i);
}

/* The e-mail of a deadline sentence above the 联系人 line is where to
 * send that report, not the person's; a line of its own is the
 * person's. */
START_TEST(a_contact_keeps_only_an_email_of_its_own)
{
	json_t *plan = with_head("请各单位于5月20日前将活动总结报县科协科普部，电子邮箱：kp@example.cn。\n"
				 "联系人：张一帆，联系电话：0564-5022187。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 1);
	ck_assert_str_eq(field(contact(plan, 0), "name"), "张一帆");
	ck_assert_ptr_null(field(contact(plan, 0), "email"));
	json_decref(plan);
	/* the same inside brackets, and two lines above */
	plan = with_head("请各单位于5月20日前将活动总结报县道安办（电子邮箱：da@example.cn）。\n"
			 "县道安办设在县公安局交警大队。\n"
			 "联系人：杨一鸣，联系电话：0745-8621122。\n");
	ck_assert_ptr_null(field(contact(plan, 0), "email"));
	json_decref(plan);
	/* a label line of its own under the contact is the contact's */
	plan = with_head("请各单位于5月20日前将活动总结报县科协。\n"
			 "联系人：张一帆，联系电话：0564-5022187\n"
			 "电子邮箱：kx@example.cn\n");
	ck_assert_str_eq(field(contact(plan, 0), "email"), "kx@example.cn");
	json_decref(plan);
}
END_TEST

/* 报名, 报告 inside the thing put (将X报名回执报Y) do not send it: the
 * thing goes on to the 报 that does. */
START_TEST(a_bao_inside_a_word_does_not_end_the_thing_sent)
{
	json_t *plan = with_head("请各单位于5月6日前将知识竞赛报名回执（附件2）报县委网信办；"
				 "5月20日前将自查报告报县科协。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送知识竞赛报名回执（附件2）|5月6日前|2027-05-06|各单位|县委网信办");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送自查报告|5月20日前|2027-05-20|各单位|县科协");
	json_decref(plan);
}
END_TEST

/* 联系电话：…；手机：…: the ； parts two numbers of one person, not two
 * persons (the second named 手机). */
START_TEST(a_second_number_after_a_semicolon_is_the_same_persons)
{
	json_t *plan = with_head("联系人：许一鸣，联系电话：0551-63357218；手机：139 5510 6672\n");
	json_t *c = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(c), 2);
	ck_assert_str_eq(field(contact(plan, 0), "name"), "许一鸣");
	ck_assert_str_eq(field(contact(plan, 0), "phone"), "0551-63357218");
	ck_assert_str_eq(field(contact(plan, 1), "name"), "许一鸣");
	ck_assert_str_eq(field(contact(plan, 1), "phone"), "139 5510 6672");
	json_decref(plan);
	/* two persons apart by ； are still two */
	plan = with_head("联系人：杨一鸣，联系电话：0745-8621122；舒骁，联系电话：0745-8621135。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 2);
	ck_assert_str_eq(field(contact(plan, 1), "name"), "舒骁");
	ck_assert_str_eq(field(contact(plan, 1), "phone"), "0745-8621135");
	json_decref(plan);
	/* the second of two persons with a second number of his own */
	plan = with_head("联系人：杨一鸣，电话：0851-85822716；吴骁，电话：0851-85822731，手机：139 8502 4417。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 3);
	ck_assert_str_eq(field(contact(plan, 2), "name"), "吴骁");
	ck_assert_str_eq(field(contact(plan, 2), "phone"), "139 8502 4417");
	json_decref(plan);
	/* a label without its colon, and its number on the next line */
	plan = with_head("联系人：杨一丁，电话0719-4531268，手机\n13872945016。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 2);
	ck_assert_str_eq(field(contact(plan, 1), "phone"), "13872945016");
	json_decref(plan);
}
END_TEST

/* The organizer's name and aliases, one line: name|alias、alias… */
static const char *issuer(json_t *plan)
{
	static char buf[512];
	json_t *unit = json_array_get(json_object_get(plan, "units"), 0);
	snprintf(buf, sizeof buf, "%s|%s", field(plan, "organizer"), unit ? names(unit, "aliases") : "");
	return buf;
}

/* A portal copy opens with the site's name and a breadcrumb: the site
 * (某某县人民政府) is not who issued the notice. */
START_TEST(a_portals_site_name_is_not_the_issuer)
{
	json_t *plan = plan_from_text("某某县人民政府\n"
				 "首页 > 政务公开 > 通知公告\n"
				 "关于开展2027年某某县科普日活动的通知\n"
				 "【字体：大 中 小】\n"
				 "各乡镇科协：\n"
				 "一、活动时间\n2027年9月13日至19日\n"
				 "二、活动安排\n（一）主场活动。9月18日上午9:00在县城广场举办。（县科协牵头）\n"
				 "某某县科学技术协会\n2027年9月3日\n"
				 "【打印本页】 【关闭窗口】\n");
	ck_assert_str_eq(field(plan, "organizer"), "某某县科学技术协会");
	ck_assert_str_eq(field(plan, "title"), "2027年某某县科普日活动");
	json_decref(plan);
}
END_TEST

/* Short names the text calls its issuer by: the first character of a
 * body's name with its kind (县科协 for 县科学技术协会), and a district's
 * bureau named after its city and with a second name in brackets. */
START_TEST(short_names_of_an_issuer_named_in_full)
{
	json_t *plan = plan_from_text("某某县科学技术协会\n关于开展2027年某某县科普日活动的通知\n"
				 "一、活动时间\n2027年9月13日至19日\n"
				 "二、活动安排\n（一）主场活动。9月18日在县城广场举办。（县科协牵头）\n");
	ck_assert_str_eq(issuer(plan), "某某县科学技术协会|县科协");
	json_decref(plan);
	plan = plan_from_text("某某县残疾人联合会\n关于开展2027年某某县助残日活动的通知\n"
			 "一、活动时间\n2027年5月10日至16日\n"
			 "二、活动安排\n（一）集中服务。5月16日在县城广场举办。（县残联牵头）\n");
	ck_assert_str_eq(issuer(plan), "某某县残疾人联合会|县残联");
	json_decref(plan);
	plan = plan_from_text("某某市某某区市场监督管理局（知识产权局）\n关于开展2027年某某区知识产权宣传周活动的通知\n"
			 "一、活动时间\n2027年4月20日至26日\n"
			 "二、活动安排\n（一）启动仪式。4月20日，由区市场监管局牵头，在区政务中心举办。\n");
	ck_assert_str_eq(field(plan, "region"), "某某区");
	ck_assert_ptr_nonnull(strstr(issuer(plan), "|区市场监管局") ? issuer(plan) : strstr(issuer(plan), "、区市场监管局"));
	json_decref(plan);
}
END_TEST

/* The place of the one activity of a plan whose item is body. */
static const char *place_of(const char *body)
{
	static char buf[256];
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "某某县2027年科普日活动方案\n一、活动时间\n2027年9月13日至21日\n二、活动安排\n"
			  "（一）科普活动。%s\n", body);
	json_t *plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	const char *loc = field(json_array_get(json_object_get(plan, "activities"), 0), "location");
	snprintf(buf, sizeof buf, "%s", loc ? loc : "-");
	json_decref(plan);
	return buf;
}

/* Places the genre names in prose: the schools an item goes into with
 * their count (走进X、Y等8所中小学校，开展), a place before an adverb
 * (在全县中小学校统一开展), a room where people are called (在X召集),
 * and sites that open to the public (X、Y免费向公众开放). */
START_TEST(places_named_in_prose)
{
	ck_assert_str_eq(place_of("9月16日至19日，组织“科技志愿者宣讲团”走进某某中学、某某县实验学校等8所中小学校，"
				  "开展报告会。（县教体局牵头）"),
			 "某某中学、某某县实验学校等8所中小学校");
	ck_assert_str_eq(place_of("9月16日，在全县中小学校统一开展一次主题班会。（县教育局牵头）"), "全县中小学校");
	ck_assert_str_eq(place_of("9月17日下午3时，在县交通运输局四楼会议室召集企业负责人召开警示教育会。"
				  "（县交通运输局牵头）"),
			 "县交通运输局四楼会议室");
	ck_assert_str_eq(place_of("9月15日至21日（9:00—16:30），县青少年科技活动中心、县气象科普馆免费向公众开放。"
				  "（县科协牵头）"),
			 "县青少年科技活动中心、县气象科普馆");
	/* what opens is no site: no place */
	ck_assert_str_eq(place_of("9月15日至21日，线上答题平台免费开放。（县科协牵头）"), "-");
}
END_TEST

/* 按照X《…》部署 cites the plan above when no 根据 or 依据 does; with a
 * 根据 the 按照 is another thing (a rule, a saying). */
START_TEST(a_plan_cited_with_anzhao)
{
	json_t *plan = plan_from_text("关于开展2027年某某区知识产权宣传周活动的通知\n各街道：\n"
				 "按照某某市知识产权局《关于开展2027年知识产权宣传周活动的通知》部署，现将有关事项通知如下：\n"
				 "一、活动时间\n2027年4月20日至26日\n"
				 "二、活动安排\n（一）启动仪式。4月20日，由区市场监管局牵头。\n");
	ck_assert_str_eq(field(plan, "parent_plan"), "某某市知识产权局《关于开展2027年知识产权宣传周活动的通知》");
	json_decref(plan);
	plan = plan_from_text("关于开展2027年某某区知识产权宣传周活动的通知\n各街道：\n"
			 "根据《某某市2027年知识产权宣传周活动方案》要求，按照《某某区普法办法》，现通知如下：\n"
			 "一、活动时间\n2027年4月20日至26日\n"
			 "二、活动安排\n（一）启动仪式。4月20日，由区市场监管局牵头。\n");
	ck_assert_str_eq(field(plan, "parent_plan"), "某某市2027年知识产权宣传周活动方案");
	json_decref(plan);
}
END_TEST

/* X随时报送 between two dated deadlines: a deadline of its own, the
 * thing named before the rule (活动期间的… is the thing's, not the
 * rule's); and 书面报送 sends the thing in writing, 书面 is not in it. */
START_TEST(a_thing_sent_at_any_time_and_one_sent_in_writing)
{
	json_t *plan = with_head("请各单位于5月6日前将联络员名单报县科协；活动期间的信息稿件和图片随时报送；"
				 "各单位于5月30日前将活动开展情况书面报送县科协。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 3);
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送活动期间的信息稿件和图片|随时报送|-|各单位|县科协");
	ck_assert_str_eq(deadline_line_at(plan, 2), "报送活动开展情况|5月30日前|2027-05-30|各单位|县科协");
	json_decref(plan);
	/* with 在, the span is the rule's (as seed 001 writes it) */
	plan = with_head("各单位在宣传周期间请随时报送宣传活动信息和图片。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送宣传活动信息和图片|宣传周期间请随时报送|-|各单位|-");
	json_decref(plan);
}
END_TEST

/* The rule of a thing sent at any time is the word the table matched,
 * 随时 to its own verb (随时上报): not from the sentence's first 随时, nor
 * to its first 报送, which may be another clause's. */
START_TEST(a_rule_sent_at_any_time_is_the_word_matched)
{
	json_t *plan = with_head("各单位要将活动信息随时上报县科协，典型经验报送县委宣传部。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "rule"), "随时上报");
	json_decref(plan);
	plan = with_head("各单位随时关注活动进展，活动信息随时上报县科协。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "rule"), "随时上报");
	json_decref(plan);
}
END_TEST

/* An item of a month-long campaign dated 9月份 or 6月全月 runs the whole
 * month. */
START_TEST(an_item_of_a_whole_month)
{
	json_t *plan = plan_from_text("某某县2027年质量月活动方案\n一、活动时间\n2027年9月1日至30日\n二、活动安排\n"
				 "（一）质量提升进企业。时间：9月份。由县市场监管局牵头。\n"
				 "（二）质量知识竞答。时间：9月全月。由县科协牵头。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(field(json_array_get(acts, 0), "start"), "2027-09-01");
	ck_assert_str_eq(field(json_array_get(acts, 0), "end"), "2027-09-30");
	ck_assert_str_eq(field(json_array_get(acts, 1), "start"), "2027-09-01");
	ck_assert_str_eq(field(json_array_get(acts, 1), "end"), "2027-09-30");
	json_decref(plan);
}
END_TEST

/* A person on the line after the 联系人 line, without a label of his
 * own (孙聪，联系电话：…), is a contact too; a line that goes on with
 * something else is not. */
START_TEST(a_contact_on_the_next_line)
{
	json_t *plan = with_head("联系人：赵一丁，联系电话：0917-3261597，电子邮箱：bj@example.cn\n"
				 "孙聪，联系电话：150 9173 2268\n"
				 "附件：活动信息报送表\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 2);
	ck_assert_str_eq(field(contact(plan, 1), "name"), "孙聪");
	ck_assert_str_eq(field(contact(plan, 1), "phone"), "150 9173 2268");
	ck_assert_ptr_null(field(contact(plan, 1), "email"));
	json_decref(plan);
	plan = with_head("联系人：赵一丁，联系电话：0917-3261597\n"
			 "县科协，电话：0917-3261500\n"
			 "请各单位认真落实，电话：0917-3261501\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 1);
	json_decref(plan);
}
END_TEST

/* 1．X。8月8日…在…举行。 then （1）（2） lines: the parts of item 1 (its
 * programme), and its units on the line after them; a 1. heading with
 * no sentence of its own keeps （1） items as activities. */
START_TEST(numbered_parts_of_an_item_are_not_activities)
{
	json_t *plan = plan_from_text("某某区2026年全民健身日活动方案\n一、活动时间\n2026年8月1日至10日\n"
				 "二、主要活动\n"
				 "1．启动仪式暨健身展示。8月8日上午9:00—11:30在区体育中心广场举行。\n"
				 "（1）启动仪式：区领导致辞。\n"
				 "（2）健身展示：太极拳、广场舞集中展示。\n"
				 "由区文体旅局牵头，区教育局配合。\n"
				 "2．职工篮球赛。8月3日至7日每天下午14:30在区全民健身中心体育馆举行。\n"
				 "由区总工会牵头。\n"
				 "三、工作要求\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	json_t *first = json_array_get(acts, 0);
	ck_assert_str_eq(field(first, "no"), "1");
	ck_assert_str_eq(field(first, "time"), "09:00");
	ck_assert_str_eq(field(first, "location"), "区体育中心广场");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(first, "lead"), 0)), "区文体旅局");
	ck_assert_str_eq(field(json_array_get(acts, 1), "no"), "2");
	json_decref(plan);
	plan = plan_from_text("某某区2026年全民健身日活动方案\n一、活动时间\n2026年8月1日至10日\n"
			 "二、主要活动\n"
			 "1．群众体育比赛\n"
			 "（1）职工篮球赛。8月3日在区体育馆举行，由区总工会牵头。\n"
			 "（2）少儿游泳培训。8月5日在区游泳馆举行，由团区委牵头。\n"
			 "三、工作要求\n");
	ck_assert_uint_ge(json_array_size(json_object_get(plan, "activities")), 2);
	json_decref(plan);
}
END_TEST

/* X牵头，Y配合。 as a sentence of its own after what the item does (no
 * 由): X leads and Y cooperates. */
START_TEST(a_lead_sentence_after_the_item_text)
{
	json_t *plan = with_items("（二）国旗下讲话\n"
				 "5月11日上午7:50，在学校田径场举行升旗仪式，校长作动员。政教处牵头，校团委、高二年级组配合。\n");
	json_t *a = json_array_get(json_object_get(plan, "activities"), 0);
	ck_assert_str_eq(field(a, "no"), "二");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "lead")), 1);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a, "lead"), 0)), "政教处");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 2);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a, "cooperate"), 1)), "高二年级组");
	json_decref(plan);
}
END_TEST

/* An item that ends with where to send something in brackets (an
 * address, a room) has no unit list there: no lead is made of it. */
START_TEST(an_address_in_brackets_is_not_a_unit_list)
{
	json_t *plan = with_items("（一）启动仪式。5月10日在学校报告厅举行，由校团委牵头。\n"
				  "（二）主题班会\n"
				 "5月12日下午，各班召开主题班会。记录请于5月13日前发送至政教处邮箱（zjc@example.cn）。\n"
				 "（三）手抄报评比\n"
				 "5月11日至14日，各班上交手抄报。作品交政教处（行政楼201室）。\n");
	json_t *acts = json_object_get(plan, "activities");
	for (size_t i = 1; i < 3; i++) {
		json_t *lead = json_object_get(json_array_get(acts, i), "lead");
		for (size_t k = 0; k < json_array_size(lead); k++) {
			const char *name = json_string_value(json_array_get(lead, k));
			ck_assert_msg(!strchr(name, '@') && !strstr(name, "201"), "lead %s", name);
		}
	}
	json_decref(plan);
}
END_TEST

/* 于5月20日前将X报Y，活动结束后3个工作日内报送Z: two deadlines in one
 * sentence, the second counted from the end and sent to the same place. */
START_TEST(a_dated_and_a_relative_deadline_in_one_sentence)
{
	json_t *plan = with_head("各成员单位于5月8日前将本单位活动安排报县科协科普部，"
				 "活动结束后3个工作日内报送活动总结和图片资料。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送本单位活动安排|5月8日前|2027-05-08|各成员单位|县科协科普部");
	json_t *second = json_array_get(json_object_get(plan, "deadlines"), 1);
	ck_assert_str_eq(field(second, "what"), "报送活动总结和图片资料");
	ck_assert_str_eq(field(second, "rule"), "活动结束后3个工作日内");
	ck_assert_str_eq(field(second, "submit_to"), "县科协科普部");
	json_decref(plan);
}
END_TEST

/* 检查结果于5月20日前报X: the thing sent is named first, as the topic of
 * the clause; 请于…报 names none. */
START_TEST(a_thing_named_before_its_date_and_bao)
{
	json_t *plan = with_head("各乡镇开展自查。检查结果于5月20日前报县科协科普部。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送检查结果|5月20日前|2027-05-20|各乡镇|县科协科普部");
	json_decref(plan);
	plan = with_head("请于5月20日前报县科协科普部。\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_msg(!d || !field(d, "what") || strcmp(field(d, "what"), "请") != 0, "%s", deadline_line_at(plan, 0));
	json_decref(plan);
}
END_TEST

/* A page from the middle of a notice: its items come before any 一、
 * heading, yet a deadline inside an item is the plan's, not a cover
 * letter's repeat of a later one with the same date. */
START_TEST(an_items_deadline_in_a_fragment_is_not_a_cover_repeat)
{
	json_t *plan = plan_from_text("（四）专项检查\n"
				 "5月11日至15日，各乡镇开展安全检查。各乡镇于5月20日前将检查结果报县应急局。\n"
				 "（五）宣传咨询\n"
				 "5月12日上午9:00，在县城广场举行，由县应急局牵头。\n"
				 "四、工作要求\n"
				 "各乡镇于5月20日前将活动总结报县应急局。\n"
				 "县应急管理局\n2027年5月6日\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 2);
	json_decref(plan);
}
END_TEST

/* Prose copied from a PDF, wrapped at one width: a full line cut
 * mid-sentence goes on into a line that opens with a label's word
 * (…和各 | 牵头单位于…), and a line short of the width (half-width
 * letters) that ends inside a bracket goes on too (…（邮箱：jsb@example.c
 * | n）。). */
START_TEST(wrapped_prose_goes_on_into_label_words_and_brackets)
{
	json_t *plan = plan_from_text("某某市2027年城市节水宣传周活动方案\n一、活动时间\n2027年5月9日至15日\n"
				 "二、活动安排\n（一）启动仪式。5月10日上午9:00在市民广场举行，由市水务局牵头。\n"
				 "三、工作要求\n"
				 "为增强全社会节水意识，推进城市节约用水，\n"
				 "结合我市实际，制定本方案。本次宣传周活动\n"
				 "由市水务局统一组织，各有关单位按照职责分\n"
				 "工抓好落实，确保活动取得实效。各区县水务\n"
				 "局要认真组织开展本辖区宣传活动，做到有计\n"
				 "划、有检查、有总结。各区县水务局和各\n"
				 "牵头单位于5月22日前将活动总结报市节水中\n"
				 "心（邮箱：jsb@example.c\n"
				 "n）。\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_ptr_nonnull(d);
	const char *who = json_string_value(json_array_get(json_object_get(d, "who"), 0));
	ck_assert_ptr_nonnull(who);
	ck_assert_msg(strncmp(who, "各区县水务局", strlen("各区县水务局")) == 0, "who %s", who);
	ck_assert_ptr_nonnull(strstr(field(d, "submit_to"), "jsb@example.cn"));
	json_decref(plan);
}
END_TEST

/* 方案报送至邮箱x，总结报送至联系邮箱: the address written at the first
 * 报送 is where the 方案 goes, not the contact's; reading it leaked the
 * first address (found by the fuzzer; ASan's leak check catches it). */
START_TEST(an_address_written_wins_over_the_contacts_mailbox)
{
	json_t *plan = with_head("请各乡镇于5月20日前将方案报送至邮箱plan@example.cn，活动总结报送至联系邮箱。\n"
				 "联系人：张三，电话：0771-1234567，邮箱：zs@example.cn\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(field(d, "submit_to"), "plan@example.cn");
	json_decref(plan);
}
END_TEST

/* 各区、县（市）水务局 is one class of units (its levels listed), and 和各
 * joins two units (X和各牵头单位); 各乡镇、县直有关单位 stays two, and 和
 * stays inside a name (市文化和旅游局). */
START_TEST(a_class_of_units_by_levels_and_a_list_joined_by_he)
{
	json_t *plan = with_head("各区、县（市）水务局和各牵头单位于5月22日前将活动总结报市文化和旅游局。\n");
	json_t *who = json_object_get(json_array_get(json_object_get(plan, "deadlines"), 0), "who");
	ck_assert_uint_eq(json_array_size(who), 2);
	ck_assert_str_eq(json_string_value(json_array_get(who, 0)), "各区、县（市）水务局");
	ck_assert_str_eq(json_string_value(json_array_get(who, 1)), "各牵头单位");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "submit_to"), "市文化和旅游局");
	json_decref(plan);
	plan = with_items("（二）节水进校园。5月11日在全市中小学校开展，由市教育局牵头，各区、县（市）水务局、县直有关单位配合。\n");
	json_t *coop = json_object_get(json_array_get(json_object_get(plan, "activities"), 0), "cooperate");
	ck_assert_uint_eq(json_array_size(coop), 2);
	ck_assert_str_eq(json_string_value(json_array_get(coop, 0)), "各区、县（市）水务局");
	json_decref(plan);
}
END_TEST

/* 在岗履职情况, 在线监测: a 在 inside a word is not 在X开展, and names no
 * place; 在X举行 after it still does. */
START_TEST(a_zai_inside_a_word_is_no_place)
{
	json_t *plan = with_items("（二）药师在岗检查。5月11日至14日，各县局对执业药师在岗履职情况开展专项检查，由县市场监管局牵头。\n"
				  "（三）在线监测公开。5月12日，对重点企业在线监测情况开展公开，由县生态环境局牵头。\n"
				  "（四）咨询活动。5月13日，对在校学生在县城广场举行咨询活动，由县科协牵头。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_ptr_null(field(json_array_get(acts, 0), "location"));
	ck_assert_ptr_null(field(json_array_get(acts, 1), "location"));
	ck_assert_str_eq(field(json_array_get(acts, 2), "location"), "县城广场");
	json_decref(plan);
}
END_TEST

/* X请于…前以班级为单位发送至Y: the thing is named first; the request,
 * the manner (以…为单位) and a verb with 至 after it name none. */
START_TEST(a_thing_named_before_a_request_and_fasongzhi)
{
	json_t *plan = with_head("各班召开主题班会。班会记录请于5月12日17:00前以班级为单位发送至政教处邮箱（zjc@example.cn）。\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(field(d, "what"), "报送班会记录");
	ck_assert_str_eq(field(d, "rule"), "5月12日17:00前");
	ck_assert_str_eq(field(d, "due"), "2027-05-12");
	json_decref(plan);
}
END_TEST

/* X负责督导。 as a sentence of its own: X cooperates, like X配合。 */
START_TEST(a_unit_in_charge_of_supervising_cooperates)
{
	json_t *plan = with_items("（二）专项检查。5月11日至14日，各乡镇对辖区企业开展专项检查。县应急局负责督导。\n");
	json_t *a = json_array_get(json_object_get(plan, "activities"), 0);
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 1);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a, "cooperate"), 0)), "县应急局");
	json_decref(plan);
}
END_TEST

/* 将X交Y: a thing handed over is sent (a school's 交政教处), with its rule
 * 下午放学前; 交流, 交通 hand nothing over. */
START_TEST(a_thing_handed_over_with_jiao)
{
	json_t *plan = with_head("各班于5月13日下午放学前将作品交政教处（行政楼201室）。\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(field(d, "what"), "报送作品");
	ck_assert_str_eq(field(d, "rule"), "5月13日下午放学前");
	ck_assert_str_eq(field(d, "submit_to"), "政教处（行政楼201室）"); /* its room, as g38's reading */
	json_decref(plan);
	plan = with_head("各单位要将交通安全宣传与日常工作结合，加强经验交流。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 0);
	json_decref(plan);
}
END_TEST

/* 各单位要明确专人负责，各乡镇于5月8日前将X报Y: the deadline's own clause
 * names who sends, not the sentence's first subject. */
START_TEST(the_deadlines_own_clause_names_who_sends)
{
	json_t *plan = with_head("各单位要明确专人负责，各乡镇于5月8日前将本地活动安排报县科协。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送本地活动安排|5月8日前|2027-05-08|各乡镇|县科协");
	json_decref(plan);
}
END_TEST

/* 二、活动安排（按时间、地点、活动内容、责任单位顺序排列）: a one-line
 * list takes each space-separated field from the column its heading
 * names, in that order (a full-width space separates as well); 5月中旬
 * is no day. The 时间 of the bracketed note does not make the heading a
 * period's. */
START_TEST(a_one_line_list_in_the_order_its_heading_states)
{
	json_t *plan = plan_from_text("某某县2027年科技活动周活动方案\n一、活动时间\n2027年5月10日至16日\n"
				 "二、活动安排（按时间、地点、活动内容、责任单位顺序排列）\n"
				 "1．5月10日下午3:00　县科技馆　科技活动周启动式　县科协、县科技局\n"
				 "2．5月中旬 各乡镇 科普大篷车巡展 县科协\n"
				 "三、工作要求\n（一）高度重视。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	ck_assert_str_eq(activity_line(json_array_get(acts, 0)),
			 "1|科技活动周启动式|2027-05-10|2027-05-10|15:00|县科技馆|县科协、县科技局|");
	ck_assert_str_eq(activity_line(json_array_get(acts, 1)), "2|科普大篷车巡展|-|-|-|各乡镇|县科协|");
	json_decref(plan);
}
END_TEST

/* 二、主题周安排 (a schedule, though 主题 names a theme: a heading is
 * what its last word names) with items 第一周（6月1日—7日）：X: the
 * activity is X, dated by its week rather than by a day in its text. */
START_TEST(weeks_of_a_month_long_campaign_are_its_activities)
{
	json_t *plan = plan_from_text("某某县2027年安全生产月活动方案\n一、活动时间\n2027年6月1日至30日\n"
				 "二、主题周安排\n"
				 "（一）第一周（6月1日—7日）：“安全进企业”主题周\n"
				 "6月5日是开放日。各企业开展应急演练。\n牵头单位：县应急管理局\n"
				 "（二）第二阶段：“安全进社区”主题周\n各社区开展宣传。\n牵头单位：县应急管理局\n"
				 "三、工作要求\n（一）高度重视。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	json_t *a = json_array_get(acts, 0);
	ck_assert_str_eq(json_string_value(json_object_get(a, "title")), "“安全进企业”主题周");
	ck_assert_str_eq(json_string_value(json_object_get(a, "start")), "2027-06-01");
	ck_assert_str_eq(json_string_value(json_object_get(a, "end")), "2027-06-07");
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(acts, 1), "title")), "“安全进社区”主题周");
	json_decref(plan);
}
END_TEST

/* 联系人：县科协 王 芳 0551-…: no name is one character; two spaced
 * apart are one two-character name, spaced out to the width of three. */
START_TEST(a_two_character_name_spaced_out_is_one_person)
{
	json_t *plan = with_head("联系人：县科协科普部 王 芳 0551-63357218\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 1);
	ck_assert_str_eq(json_string_value(json_object_get(contact(plan, 0), "name")), "王芳");
	ck_assert_str_eq(json_string_value(json_object_get(contact(plan, 0), "phone")), "0551-63357218");
	json_decref(plan);
}
END_TEST

/* 由X任主任，Y、Z任副主任: a 组委会's 主任 chairs it and its 副主任 are the
 * deputies, written as a 领导小组's 组长 and 副组长 are; the chair's post
 * (县政府副县长) may itself hold 副. */
START_TEST(a_committee_with_a_zhuren_in_prose)
{
	json_t *plan = with_head("（一）加强领导。成立活动组委会，由县政府副县长李一鸣任主任，县科协主席王二、"
				 "县教育局局长张三任副主任，成员由县科协、县教育局和县科技局组成。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_ptr_nonnull(c);
	ck_assert_str_eq(names(c, "chair"), "县政府副县长李一鸣");
	ck_assert_str_eq(names(c, "vice_chair"), "县科协主席王二、县教育局局长张三");
	ck_assert_str_eq(names(c, "members"), "县科协、县教育局、县科技局");
	json_decref(plan);
}
END_TEST

/* 报县科协，并抄送县教育局: one report, a copy to a second unit, kept with
 * the recipient; a closing 抄送： line is the notice's distribution, no
 * duty. */
START_TEST(a_copy_sent_with_a_report)
{
	json_t *plan = with_head("请各乡镇于5月20日前将活动总结报县科协，并抄送县教育局。\n"
				 "抄送：县委办公室，县政府办公室。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动总结|5月20日前|2027-05-20|各乡镇|县科协（抄送县教育局）");
	json_decref(plan);
}
END_TEST

/* A committee table flattened to text, its cells apart by U+3000 (职务　
 * 姓名　单位及职务): a row a person, post then name as label lines give
 * them; a role (主　任) or a two-character name (王　芳) may be spaced out
 * to the width of three; 委员 are the members. */
START_TEST(a_committee_table_flattened_with_wide_spaces)
{
	json_t *plan = with_head("（一）加强领导。成立活动组委会，组成人员如下：\n"
				 "职务\xe3\x80\x80\xe3\x80\x80姓名\xe3\x80\x80\xe3\x80\x80单位及职务\n"
				 "主\xe3\x80\x80任\xe3\x80\x80李一鸣\xe3\x80\x80县政府副县长\n"
				 "副主任\xe3\x80\x80王\xe3\x80\x80芳\xe3\x80\x80县科协主席\n"
				 "委\xe3\x80\x80员\xe3\x80\x80张小三\xe3\x80\x80县教育局副局长\n"
				 "委\xe3\x80\x80员\xe3\x80\x80赵四海\xe3\x80\x80县科技局副局长\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_ptr_nonnull(c);
	ck_assert_str_eq(names(c, "chair"), "县政府副县长李一鸣");
	ck_assert_str_eq(names(c, "vice_chair"), "县科协主席王芳");
	ck_assert_str_eq(names(c, "members"), "县教育局副局长张小三、县科技局副局长赵四海");
	json_decref(plan);
}
END_TEST

/* 组长：X党组成员、副县长　李一鸣: one chair, posts (holding a 、) then a
 * gap then the name, written post then name. */
START_TEST(a_chair_written_posts_then_name)
{
	json_t *plan = with_head("（一）加强领导。成立活动领导小组。\n"
				 "组长：县政府党组成员、副县长\xe3\x80\x80李一鸣\n"
				 "成员：县科协、县教育局\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(json_array_size(json_object_get(c, "chair")), 1);
	ck_assert_str_eq(names(c, "chair"), "县政府党组成员、副县长李一鸣");
	json_decref(plan);
}
END_TEST

/* 建立联席会议制度，由X同志召集，A、B为成员单位: who convenes the joint
 * meeting chairs it (同志 dropped); the member units follow. */
START_TEST(a_joint_meeting_convened_by_a_person)
{
	json_t *plan = with_head("（一）加强协调。建立宣传周联席会议制度，由副县长李一鸣同志召集，"
				 "县科协、县教育局为成员单位。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_ptr_nonnull(c);
	ck_assert_str_eq(names(c, "chair"), "副县长李一鸣");
	ck_assert_str_eq(names(c, "members"), "县科协、县教育局");
	json_decref(plan);
}
END_TEST

/* The due date stored for deadline i of plan once it is imported (the
 * working-day calendar resolves a relative rule there), as YYYY-MM-DD in
 * buf, or "" for none. */
static const char *stored_due(json_t *plan, size_t i, char *buf)
{
	char *text = json_dumps(plan, 0);
	wp_store *st = open_memory();
	wp_err err;
	int64_t id;
	ck_assert_msg(wp_plan_import(st, text, strlen(text), 0, &id, &err) == 0, "%s", err.msg);
	wp_deadline_list list = {0};
	ck_assert_msg(wp_query_campaign_deadlines(st, id, &list, &err) == 0, "%s", err.msg);
	ck_assert_uint_gt(list.n, i);
	buf[0] = '\0';
	if (list.items[i].due != WP_DATE_NONE)
		wp_date_format(list.items[i].due, buf);
	wp_deadline_list_clear(&list);
	wp_store_close(st);
	free(text);
	return buf;
}

static const char *relative_of(json_t *dl)
{
	static char buf[96];
	json_t *rel = json_object_get(dl, "relative");
	snprintf(buf, sizeof buf, "%lld %s %s", (long long)json_integer_value(json_object_get(rel, "offset")),
		 field(rel, "unit"), field(rel, "anchor"));
	return buf;
}

/* 启动仪式后10个工作日内, 现场活动结束后3日内: a duty counted from an
 * activity the plan names is counted from that activity's date, as
 * 活动结束后 in its own item is. */
START_TEST(a_deadline_counted_from_a_named_activity)
{
	char due[WP_DATE_ISO_SIZE];
	json_t *plan = with_head("各乡镇要于启动仪式后10个工作日内，将本地活动安排报县科协科普部。\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送本地活动安排|启动仪式后10个工作日内|-|各乡镇|县科协科普部");
	ck_assert_str_eq(field(d, "activity"), "一");
	ck_assert_str_eq(relative_of(d), "10 workdays activity_end");
	/* from Monday 2027-05-10: two weeks of working days */
	ck_assert_str_eq(stored_due(plan, 0, due), "2027-05-24");
	json_decref(plan);
	plan = plan_from_text("某某中学2027年法治教育周活动方案\n一、活动时间\n2027年5月10日至14日\n二、活动安排\n"
			 "（一）法治宣传现场活动。5月12日上午9:00，在学校操场举行，由校团委牵头。\n"
			 "（二）主题班会。5月13日下午，由政教处牵头。\n"
			 "三、工作要求\n各班级要在现场活动结束后3日内，将活动照片报政教处。\n");
	d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(d, "rule"), "现场活动结束后3日内");
	ck_assert_str_eq(field(d, "activity"), "一");
	ck_assert_str_eq(relative_of(d), "3 days activity_end");
	ck_assert_str_eq(stored_due(plan, 0, due), "2027-05-15");
	json_decref(plan);
}
END_TEST

/* A duty counted from something the plan does not date (an activity it
 * does not hold, or one without a date) keeps its rule and has no due
 * date; 活动结束后 outside an item is still the campaign's end. */
START_TEST(a_deadline_counted_from_nothing_dated_keeps_its_rule)
{
	char due[WP_DATE_ISO_SIZE];
	json_t *plan = with_head("各乡镇要于颁奖活动后5个工作日内，将获奖名单报县科协科普部。\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送获奖名单|颁奖活动后5个工作日内|-|各乡镇|县科协科普部");
	ck_assert(json_is_null(json_object_get(d, "relative")));
	ck_assert(json_is_null(json_object_get(d, "activity")));
	ck_assert_str_eq(stored_due(plan, 0, due), "");
	json_decref(plan);
	plan = plan_from_text("某某县2027年宣传周活动方案\n一、活动时间\n2027年5月10日至16日\n二、活动安排\n"
			 "（一）启动仪式。5月10日上午9:00，在县政府广场举行，由县科协牵头。\n"
			 "（二）颁奖活动。具体时间另行通知，由县科协牵头。\n"
			 "三、工作要求\n各乡镇要于颁奖活动后5个工作日内，将获奖名单报县科协科普部。"
			 "活动结束后3个工作日内，各乡镇将活动总结报县科协科普部。\n");
	d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(d, "rule"), "颁奖活动后5个工作日内");
	ck_assert(json_is_null(json_object_get(d, "relative")));
	ck_assert_str_eq(stored_due(plan, 0, due), "");
	d = json_array_get(json_object_get(plan, "deadlines"), 1);
	ck_assert_str_eq(field(d, "rule"), "活动结束后3个工作日内");
	ck_assert_str_eq(relative_of(d), "3 workdays campaign_end");
	ck_assert_str_eq(stored_due(plan, 1, due), "2027-05-19");
	json_decref(plan);
}
END_TEST

/* A cover letter signed and dated above the plan it sends (the plan
 * itself unsigned): its signer is the organizer and its date the issue
 * date. */
START_TEST(a_cover_letter_signed_before_the_plan)
{
	json_t *plan = plan_from_text("某某高新技术产业开发区管理委员会\n某高管发〔2027〕5号\n"
				 "关于印发《某某高新区2027年全国科普日活动方案》的通知\n"
				 "各街道办事处，管委会各部门：\n"
				 "现将《某某高新区2027年全国科普日活动方案》印发给你们，请认真组织实施。\n"
				 "某某高新技术产业开发区管理委员会\n2027年9月3日\n"
				 "某某高新区2027年全国科普日活动方案\n"
				 "一、活动时间\n2027年9月14日至9月20日\n"
				 "二、主要活动\n（一）科普讲座。9月15日上午9:00，在区图书馆举行，由科技创新局牵头。\n");
	ck_assert_str_eq(field(plan, "issued_on"), "2027-09-03");
	ck_assert_str_eq(field(plan, "organizer"), "某某高新技术产业开发区管理委员会");
	ck_assert_str_eq(field(plan, "doc_number"), "某高管发〔2027〕5号");
	json_decref(plan);
}
END_TEST

/* A schedule as lines of cells apart by " | ", no bar at the line's
 * edges, between rules of dashes (g67): the header names the columns by
 * their short names (时间 | 活动 | 地点 | 负责), the rule under it is no
 * row, the rows carry no number (none is made up), and prose after the closing
 * rule is not part of the table. */
START_TEST(a_schedule_of_bar_lines_between_dash_rules)
{
	json_t *plan = plan_from_text("关于举办2027年某某乡读书节活动的通知\n一、活动时间\n2027年4月20日至4月26日。\n"
				 "二、活动日程\n"
				 "时间 | 活动 | 地点 | 负责\n"
				 "----------------------------------------\n"
				 "4月20日上午9:00 | 读书节启动仪式 | 乡文化广场 | 乡党政办\n"
				 "4月22日（星期四）下午3点 | 亲子共读会 | 乡图书室 | 乡文化站、乡中心小学\n"
				 "----------------------------------------\n"
				 "启动仪式上为书香家庭颁奖，各村推选代表参加。\n"
				 "三、工作要求\n（一）加强组织。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	json_t *a = json_array_get(acts, 1);
	ck_assert_ptr_null(field(a, "no"));
	ck_assert_str_eq(field(a, "title"), "亲子共读会");
	ck_assert_str_eq(field(a, "start"), "2027-04-22");
	ck_assert_str_eq(field(a, "time"), "15:00");
	ck_assert_str_eq(field(a, "location"), "乡图书室");
	ck_assert_str_eq(names(a, "lead"), "乡文化站、乡中心小学");
	ck_assert_str_eq(field(json_array_get(acts, 0), "location"), "乡文化广场");
	json_decref(plan);
}
END_TEST

/* A schedule's lines carry no number, and none is made up for them; but a
 * deadline or contact that belongs to one of them needs to say which, so
 * that one keeps its place (2) as its number. */
START_TEST(an_unnumbered_activity_keeps_its_place_only_when_named_by_a_deadline)
{
	json_t *plan = plan_from_text("关于开展2027年某某县知识产权宣传周活动的通知\n一、活动时间\n2027年4月20日至26日\n"
				 "二、活动安排\n"
				 "4月20日上午9:30：在县民广场举办宣传周启动仪式，县知识产权局牵头。\n"
				 "4月22日：县教育局在县实验小学开展知识产权进校园活动，活动结束后2个工作日内报送活动信息。\n"
				 "4月26日：开展集中宣传。\n"
				 "三、工作要求\n请各单位于4月30日前将活动总结报送县知识产权局。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 3);
	ck_assert(json_is_null(json_object_get(json_array_get(acts, 0), "no")));
	ck_assert_str_eq(field(json_array_get(acts, 1), "no"), "2");
	ck_assert(json_is_null(json_object_get(json_array_get(acts, 2), "no")));
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "what"), "报送活动信息");
	ck_assert_str_eq(field(dl, "activity"), "2");
	json_decref(plan);
}
END_TEST

/* A notice with no activity section whose top sections are each an
 * activity (g64): the heading is the title, numbered as written, the
 * prose gives the day, time and place, and 由X负责，Y、Z协助 who leads
 * and who helps; a heading that opens with an event verb (组织…) is no
 * 组织领导 section. The theme and the requirements stay what they are. */
START_TEST(top_sections_that_are_each_an_activity)
{
	json_t *plan = plan_from_text("关于开展2027年某某区法治宣传周活动的通知\n一、活动主题\n“法治同行”。\n"
				 "二、举办法治文艺汇演\n5月12日（星期三）下午2:30，在区文化馆举办法治文艺汇演。由区司法局负责，区文化馆、区总工会协助。\n"
				 "三、组织旁听庭审\n5月14日上午9:00，组织干部职工旁听庭审。由区法院负责，区司法局协助。\n"
				 "四、工作要求\n（一）加强组织。各单位要高度重视。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	json_t *a = json_array_get(acts, 0);
	ck_assert_str_eq(field(a, "no"), "二");
	ck_assert_str_eq(field(a, "title"), "举办法治文艺汇演");
	ck_assert_str_eq(field(a, "start"), "2027-05-12");
	ck_assert_str_eq(field(a, "time"), "14:30");
	ck_assert_str_eq(field(a, "location"), "区文化馆");
	ck_assert_str_eq(names(a, "lead"), "区司法局");
	ck_assert_str_eq(names(a, "cooperate"), "区文化馆、区总工会");
	a = json_array_get(acts, 1);
	ck_assert_str_eq(field(a, "no"), "三");
	ck_assert_str_eq(field(a, "title"), "组织旁听庭审");
	ck_assert_str_eq(names(a, "lead"), "区法院");
	json_decref(plan);
}
END_TEST

/* 决定在5月15日国际家庭日前后开展 (g64): the preamble decides a day the
 * campaign is about, not its month; with no 活动时间 the period stays
 * unknown rather than take all of May. 决定于6月份开展 still gives June. */
START_TEST(a_day_decided_about_is_no_month)
{
	json_t *plan = plan_from_text("关于开展2027年家庭教育宣传周活动的通知\n"
				 "经研究，决定在5月15日国际家庭日前后，在全区集中开展宣传周活动。现将有关事项通知如下：\n"
				 "一、活动内容\n（一）家教讲座。5月12日，在区文化馆举办讲座，由区妇联负责。\n"
				 "二、工作要求\n（一）加强组织。\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert_ptr_null(field(period, "start"));
	ck_assert_ptr_null(field(period, "end"));
	json_decref(plan);
	plan = plan_from_text("关于开展2027年安全生产月活动的通知\n"
			 "经研究，决定于6月份在全区开展安全生产月活动。现将有关事项通知如下：\n"
			 "一、活动内容\n（一）应急演练。6月12日，在区文化馆举办演练，由区应急局负责。\n"
			 "二、工作要求\n（一）加强组织。\n");
	period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2027-06-01");
	ck_assert_str_eq(field(period, "end"), "2027-06-30");
	json_decref(plan);
}
END_TEST

/* 联系人：office name 电话：… and under it, without a label, another
 * office, person and number laid out the same (g63, g64, g67): the second
 * line is one more contact, its office passed over, and a name spaced
 * out to a width (黄　敏, 欧阳 蕾) is the name without the space. */
START_TEST(a_second_contact_line_that_names_its_office_first)
{
	json_t *plan = with_head("（一）加强联系。\n"
				 "联系人：县文化馆　陈秋生　电话：0766-7823105\n"
				 "　　　　县宣传办　黄　敏　电话：0766-7823118\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 2);
	ck_assert_str_eq(field(contact(plan, 1), "name"), "黄敏");
	ck_assert_str_eq(field(contact(plan, 1), "phone"), "0766-7823118");
	json_decref(plan);
	plan = with_head("（一）加强联系。\n"
			 "联系人：县妇联家庭和儿童工作部　赵雅琴，电话：0592-6687215；\n"
			 "　　　　县教育局德育科　　　　　欧阳 蕾，电话：0592-6679342。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 2);
	ck_assert_str_eq(field(contact(plan, 1), "name"), "欧阳蕾");
	ck_assert_str_eq(field(contact(plan, 1), "phone"), "0592-6679342");
	json_decref(plan);
}
END_TEST

/* Items as labelled lines in any order, when labelled 完成时限 (g63): a day
 * with its time is the activity's; X前 is the day it is done by, its end,
 * with the start the item names (5月18日起), or, naming none, undated
 * with the words in its notes (a plan's activity has no end alone). */
START_TEST(a_completion_limit_line_gives_the_day_or_the_end)
{
	json_t *plan = with_items("（一）启动仪式\n责任单位：县水利局\n完成时限：5月10日（星期一）上午9:30\n"
				  "活动内容：在县政府广场举行启动仪式。\n"
				  "（二）节水进校园\n完成时限：5月14日前\n责任单位：县水利局\n"
				  "活动内容：5月11日起，组织宣讲员走进中小学校开展宣讲。\n"
				  "（三）管网排查\n活动内容：对老旧管网开展排查。\n责任单位：县水利局\n完成时限：5月13日前\n");
	json_t *acts = json_object_get(plan, "activities");
	json_t *a = json_array_get(acts, 0);
	ck_assert_str_eq(field(a, "start"), "2027-05-10");
	ck_assert_str_eq(field(a, "end"), "2027-05-10");
	ck_assert_str_eq(field(a, "time"), "09:30");
	a = json_array_get(acts, 1);
	ck_assert_str_eq(field(a, "start"), "2027-05-11");
	ck_assert_str_eq(field(a, "end"), "2027-05-14");
	a = json_array_get(acts, 2);
	ck_assert_ptr_null(field(a, "start"));
	ck_assert_ptr_null(field(a, "end"));
	ck_assert_str_eq(field(a, "notes"), "时间：5月13日前");
	json_decref(plan);
}
END_TEST

/* A sentence of its own that is only units and their roles names them
 * with any lead verb, not only 牵头 (g65, g66): X负责，Y指导; X承办，Y协办;
 * X、Y负责 (both lead). A 负责 with its work after it (X负责宣传报道) is
 * no such sentence. */
START_TEST(a_units_sentence_with_fuze_or_chengban)
{
	json_t *plan = with_items("1、景区惠民活动\n5月19日。各景区实行门票半价。各A级旅游景区负责，县文化和旅游局指导。\n"
				  "2、线路推介会\n5月19日14:30。推介研学线路。县文化馆承办，县旅游协会协办。\n"
				  "3、志愿服务\n5月16日。开展文明劝导。团县委、县文化和旅游局负责。\n"
				  "4、宣传报道\n5月17日。开展宣传。县融媒体中心负责宣传报道。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(names(json_array_get(acts, 0), "lead"), "各A级旅游景区");
	ck_assert_str_eq(names(json_array_get(acts, 0), "cooperate"), "县文化和旅游局");
	ck_assert_str_eq(names(json_array_get(acts, 1), "lead"), "县文化馆");
	ck_assert_str_eq(names(json_array_get(acts, 1), "cooperate"), "县旅游协会");
	ck_assert_str_eq(names(json_array_get(acts, 2), "lead"), "团县委、县文化和旅游局");
	ck_assert_uint_eq(json_array_size(json_object_get(json_array_get(acts, 3), "cooperate")), 0);
	json_decref(plan);
}
END_TEST

/* 1、title（place）(g65): a bracket closing an item's title that names a
 * place (one of its places ends 广场, 景区, 展示馆 … or is an account) is
 * the location and no part of the title, even where the text names
 * another place; a bracket of units (（县文化馆）) stays as it was. */
START_TEST(a_place_in_brackets_after_an_items_title)
{
	json_t *plan = with_items("1、启动仪式（县城东湖广场）\n5月10日9:30。举行启动仪式。县文旅局牵头。\n"
				  "2、志愿服务（高铁梧溪站、东湖景区游客中心）\n5月11日。在游客集散点开展咨询引导。团县委负责。\n"
				  "3、网络直播（“梧溪文旅”抖音号）\n5月12日晚上8点。推介风光。县融媒体中心负责。\n"
				  "4、非遗展演（县文化馆）\n5月13日。组织展演。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(field(json_array_get(acts, 0), "title"), "启动仪式");
	ck_assert_str_eq(field(json_array_get(acts, 0), "location"), "县城东湖广场");
	ck_assert_str_eq(field(json_array_get(acts, 1), "title"), "志愿服务");
	ck_assert_str_eq(field(json_array_get(acts, 1), "location"), "高铁梧溪站、东湖景区游客中心");
	ck_assert_str_eq(field(json_array_get(acts, 2), "location"), "“梧溪文旅”抖音号");
	ck_assert_str_eq(field(json_array_get(acts, 3), "title"), "非遗展演（县文化馆）");
	json_decref(plan);
}
END_TEST

/* A notice without a year keeps its dates as written (g66): a range whose
 * days each carry a weekday is kept whole, weekdays and all; one day's
 * closing weekday goes as before. */
START_TEST(a_range_with_two_weekdays_is_kept_whole)
{
	json_t *plan = plan_from_text("二、活动内容\n"
				 "（一）健康义诊。8月21日（星期五）至8月28日（星期五），组织医生深入乡镇义诊。县残联牵头。\n"
				 "（二）集中宣传。8月25日（星期二）上午8:30，在县城人民广场设立咨询台。县残联负责。\n"
				 "三、工作要求\n（一）加强组织。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(field(json_array_get(acts, 0), "date_text"), "8月21日（星期五）至8月28日（星期五）");
	ck_assert_str_eq(field(json_array_get(acts, 1), "date_text"), "8月25日");
	json_decref(plan);
}
END_TEST

/* X、Y分别负责。 closing an item (g66): each leads its own part, so both
 * lead. */
START_TEST(units_that_each_lead_their_part)
{
	json_t *plan = with_items("（一）警示教育。5月11日，在重点企业开展警示教育，在主要路口开展交通安全宣传。"
				  "县应急管理局、县公安局交警大队分别负责。\n");
	json_t *a = json_array_get(json_object_get(plan, "activities"), 0);
	ck_assert_str_eq(names(a, "lead"), "县应急管理局、县公安局交警大队");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 0);
	json_decref(plan);
}
END_TEST

/* 开学第一周，在全县中小学校开展… (g66): an item that opens with a week
 * counted from an event names no day, but its when is kept as written;
 * an undated item that opens otherwise keeps none. */
START_TEST(a_week_counted_from_an_event_is_kept_as_written)
{
	json_t *plan = with_items("（一）进校园。开学第一周，在全县中小学校开展主题教育。县教育局负责。\n"
				  "（二）网络宣传。在公众号开设专栏。县残联负责。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_ptr_null(field(json_array_get(acts, 0), "start"));
	ck_assert_str_eq(field(json_array_get(acts, 0), "date_text"), "开学第一周");
	ck_assert_ptr_null(field(json_array_get(acts, 1), "date_text"));
	json_decref(plan);
}
END_TEST

/* 一、活动主题 / “家教传承　共育未来”。各单位围绕主题，… (g64): the quoted
 * sentence that opens the section is the theme; what follows says how to
 * use it. */
START_TEST(a_quoted_theme_followed_by_prose)
{
	json_t *plan = plan_from_text("某某区2027年家庭教育宣传周活动方案\n一、活动主题\n"
				 "“家教传承　共育未来”。各单位围绕主题，突出宣传家庭教育促进法。\n"
				 "二、活动时间\n2027年5月10日至16日\n三、活动安排\n"
				 "（一）讲座。5月12日，在区文化馆举办讲座，由区妇联负责。\n");
	ck_assert_str_eq(field(plan, "theme"), "家教传承　共育未来");
	json_decref(plan);
}
END_TEST

/* 在各中小学校分批次举办 (g64): 分批 (in batches) is an adverb before the
 * verb, no part of the place. */
START_TEST(in_batches_is_no_part_of_the_place)
{
	json_t *plan = with_items("（一）讲座。5月12日，在各中小学校分批次举办公益讲座，由区教育局负责。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "activities"), 0), "location"), "各中小学校");
	json_decref(plan);
}
END_TEST

/* 在“青禾女性”“青禾教育”微信公众号开设专栏 (g64): accounts named one after
 * another share the word and are the place together. */
START_TEST(accounts_named_one_after_another)
{
	json_t *plan = with_items("（一）线上宣传。在“青禾女性”“青禾教育”微信公众号开设专栏，由区妇联负责。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "activities"), 0), "location"),
			 "“青禾女性”“青禾教育”微信公众号");
	json_decref(plan);
}
END_TEST

/* 深入石坪、沙洲、上岗等乡镇，为农村老年人开展筛查 (g66): the places gone
 * into come before a clause that says for whom the work is done. */
START_TEST(places_gone_into_before_for_whom)
{
	json_t *plan = with_items("（一）义诊。5月11日，组织医生深入石坪、沙洲、上岗等乡镇，为农村老年人开展视力筛查。县残联牵头。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "activities"), 0), "location"),
			 "石坪、沙洲、上岗等乡镇");
	json_decref(plan);
}
END_TEST

/* The region of the issuer's name (g63, g67): in 清漳市城市管理局 城市 is
 * any city, no place; 中共白鹭湾镇委员会, the town's Party committee, is a
 * seat of the town as 镇党委 is. */
START_TEST(the_region_of_a_city_bureau_and_a_town_committee)
{
	json_t *plan = plan_from_text("清漳市城市管理局\n关于开展2027年节水宣传周活动的通知\n各区城市管理局：\n"
				 "现将有关事项通知如下。\n一、活动时间\n2027年5月10日至16日\n二、活动安排\n"
				 "（一）启动仪式。5月10日，在滨河公园举行，由市节水办牵头。\n");
	ck_assert_str_eq(field(plan, "region"), "清漳市");
	json_decref(plan);
	plan = plan_from_text("中共白鹭湾镇委员会\n白鹭湾镇人民政府\n\n关于举办2027年丰收节活动的通知\n各村：\n"
			 "现将有关事项通知如下。\n一、活动时间\n2027年9月20日至26日\n二、活动安排\n"
			 "（一）开幕式。9月23日，在镇文化广场举行，由镇党政办牵头。\n");
	ck_assert_str_eq(field(plan, "region"), "白鹭湾镇");
	json_decref(plan);
}
END_TEST

/* 中共白鹭湾镇委员会 issues, and the text calls it 镇党委 (g67): the Party
 * committee of its level is its 党委, an alias the text uses. */
START_TEST(a_party_committee_is_called_its_levels_dangwei)
{
	json_t *plan = plan_from_text("中共白鹭湾镇委员会\n\n关于举办2027年丰收节活动的通知\n各村：\n"
				 "经镇党委研究，决定举办丰收节活动。现将有关事项通知如下。\n一、活动时间\n2027年9月20日至26日\n"
				 "二、活动安排\n（一）开幕式。9月23日，在镇文化广场举行，由镇党政办牵头。\n");
	json_t *unit = json_array_get(json_object_get(plan, "units"), 0);
	ck_assert_str_eq(field(unit, "name"), "中共白鹭湾镇委员会");
	ck_assert_str_eq(names(unit, "aliases"), "镇党委");
	json_decref(plan);
}
END_TEST

/* A 领导小组 as a table of persons copied a cell per line (g63): 序号 /
 * 姓名 / 职务 / 组内职务, then four lines a person; the role cell says
 * chair, deputy or member, each written post then name (a padded name
 * without its space); the rows stop where the count does. */
START_TEST(a_committee_table_a_cell_per_line)
{
	json_t *plan = with_head("（一）加强领导。成立活动领导小组，成员如下：\n序号\n姓名\n职务\n组内职务\n"
				 "1\n周立群\n县科协主席\n组长\n2\n韩　洁\n县科协副主席\n副组长\n"
				 "3\n蒋维康\n县教育局副局长\n成员\n领导小组办公室设在县科协科普部。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "县科协主席周立群");
	ck_assert_str_eq(names(c, "vice_chair"), "县科协副主席韩洁");
	ck_assert_str_eq(names(c, "members"), "县教育局副局长蒋维康");
	json_decref(plan);
}
END_TEST

/* Deputies in prose (g65, g66): two sharing one post (副局长黎晓东、韦丽萍)
 * are two 副局长, of the chair's unit when their post names none; two
 * persons with posts joined by 和 are two; a post that is only a post
 * (县卫健局党组成员、) belongs to the person after it. */
START_TEST(deputies_sharing_a_post_or_joined_by_he)
{
	json_t *plan = with_head("（一）加强领导。专班由县文化和旅游局局长覃建华任组长，副局长黎晓东、韦丽萍任副组长。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "vice_chair"), "县文化和旅游局副局长黎晓东、县文化和旅游局副局长韦丽萍");
	json_decref(plan);
	plan = with_head("（一）加强领导。成立领导小组，由县残联理事长钟振华任组长，"
			 "县卫健局党组成员、副局长胡碧云和县残联副理事长温小兵任副组长。\n");
	c = json_object_get(plan, "committee");
	ck_assert_uint_eq(json_array_size(json_object_get(c, "vice_chair")), 2);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(c, "vice_chair"), 0)),
			 "县卫健局党组成员、副局长胡碧云");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(c, "vice_chair"), 1)),
			 "县残联副理事长温小兵");
	json_decref(plan);
}
END_TEST

/* 完成时限：5月21日（星期四） / 活动内容：…上午9:00、下午2:30各一场 (g63):
 * a when line with the day alone leaves the time to the content line,
 * its first time. */
START_TEST(the_time_of_a_labelled_item_from_its_content_line)
{
	json_t *plan = with_items("（一）水厂开放日\n责任单位：县供水公司\n完成时限：5月12日（星期三）\n"
				  "活动内容：北郊水厂向市民开放，上午9:00、下午2:30各一场。\n");
	json_t *a = json_array_get(json_object_get(plan, "activities"), 0);
	ck_assert_str_eq(field(a, "start"), "2027-05-12");
	ck_assert_str_eq(field(a, "time"), "09:00");
	json_decref(plan);
}
END_TEST

/* 活动期间，各景区每天17:00前向局资源开发股报送当日接待人数 (g65): to whom
 * stands after 向, before the verb, as after 及时向. */
START_TEST(a_daily_report_sent_toward_a_unit)
{
	json_t *plan = with_head("（一）及时报送。活动期间，各景区每天17:00前向县文旅局资源开发股报送当日接待游客人数。\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(d, "submit_to"), "县文旅局资源开发股");
	json_decref(plan);
}
END_TEST

/* 局属各单位要明确一名联络员，与活动安排一并报送 (g63): a thing sent with one
 * due before it in the paragraph is due when and where that one is, a row
 * of its own because others send it; the same senders' thing sent with
 * their report is part of it (g08) and makes no row. */
START_TEST(a_thing_sent_together_with_an_earlier_one)
{
	json_t *plan = with_head("（一）精心组织。各区水务局要制定具体活动安排，于5月6日（星期四）前报市节水办。"
				 "局属各单位要明确一名联络员，与活动安排一并报送。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 2);
	json_t *d = json_array_get(dls, 1);
	ck_assert_str_eq(field(d, "what"), "报送联络员");
	ck_assert_str_eq(field(d, "due"), "2027-05-06");
	ck_assert_str_eq(names(d, "who"), "局属各单位");
	ck_assert_str_eq(field(d, "submit_to"), "市节水办");
	json_decref(plan);
	plan = with_head("（一）精心组织。各区水务局要制定具体活动安排，于5月6日（星期四）前报市节水办，"
			 "推荐作品请与活动安排一并报送。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 1);
	json_decref(plan);
}
END_TEST

/* 各区水务局要制定具体活动安排，于5月6日前报市节水办 (g63): what is made
 * and then sent by the date is the thing due, without the verb. */
START_TEST(a_thing_made_then_sent_by_a_date)
{
	json_t *plan = with_head("（一）精心组织。各区水务局要结合实际制定具体活动安排，于5月6日（星期四）前报市节水办。\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(d, "what"), "报送具体活动安排");
	ck_assert_str_eq(field(d, "submit_to"), "市节水办");
	json_decref(plan);
}
END_TEST

/* 宣传周期间，各单位每天下午4点前通过工作群报送当日活动信息 (g64, g65):
 * how often (每天, 每月) ends who sends; a clause before a ， is not part of
 * them (…实行按月报告，各乡镇卫生院每月5日前…); a report via a chat group has
 * no recipient. */
START_TEST(who_sends_a_recurring_report)
{
	json_t *plan = with_head("（一）及时报送。宣传周期间，各单位每天下午4点前通过工作群报送当日活动信息。\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(names(d, "who"), "各单位");
	ck_assert_ptr_null(field(d, "submit_to"));
	json_decref(plan);
	plan = with_head("（一）及时报送。查验结果实行按月报告，各乡镇卫生院每月5日前将上月数据报县疾控中心。\n");
	d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(names(d, "who"), "各乡镇卫生院");
	json_decref(plan);
}
END_TEST

/* 请于5月8日前将活动回执报区妇联 in the body, and under the form in the
 * annex 请于5月8日前将回执扫描件发送至区妇联邮箱x@y (g64): a copy of the
 * 回执 is the 回执, one deadline, the body's, going to the unit with the
 * address the annex adds, written as the body writes one. */
START_TEST(an_annex_asks_for_a_scan_of_the_same_form)
{
	json_t *plan = with_head("（一）报送回执。各中小学校请于5月8日（星期五）前将活动回执（见附件）报县妇联宣传部。\n"
				 "附件\n活动回执\n单位名称：\n"
				 "注：请于5月8日前将回执扫描件发送至县妇联宣传部邮箱xfl@163.com。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 1);
	ck_assert_str_eq(field(json_array_get(dls, 0), "submit_to"), "县妇联宣传部（邮箱：xfl@163.com）");
	json_decref(plan);
}
END_TEST

/* 节目单于9月16日前报镇文化站审核 (g67): 审核 (for review), as 备案, ends
 * the unit the thing is sent to. */
START_TEST(sent_to_a_unit_for_review)
{
	json_t *plan = with_head("（一）节目报送。各村文艺队节目单于9月16日前报镇文化站审核。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "submit_to"), "镇文化站");
	json_decref(plan);
}
END_TEST

/* 各单位要高度重视，…，各村（社区）请于9月16日前将报名表报镇党政办 (g67):
 * the clause that holds the date names who sends, before its 请. */
START_TEST(who_is_asked_in_the_dated_clause)
{
	json_t *plan = with_head("（一）精心组织。各单位要高度重视，按照分工抓好落实，"
				 "各村（社区）请于9月16日（星期三）前将报名表报镇党政办。\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(names(d, "who"), "各村（社区）");
	json_decref(plan);
}
END_TEST

/* 各村文艺队节目单于9月16日前报镇文化站 (g67): a sentence with no sender
 * opens with the class of units whose thing it is; they send it. */
START_TEST(the_class_of_units_whose_thing_is_due)
{
	json_t *plan = with_head("（一）节目报送。各村文艺队节目单于9月16日前报镇文化站。\n");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(d, "what"), "报送节目单");
	ck_assert_str_eq(names(d, "who"), "各村文艺队");
	json_decref(plan);
}
END_TEST

/* 在区实验小学、青禾中学两所省级示范家长学校组织观摩 (g64): a list of places
 * then counted with their kind names them twice; the list is the place. */
START_TEST(a_list_of_places_counted_after)
{
	json_t *plan = with_items("（一）观摩。5月12日，在区实验小学、青禾中学两所示范学校组织观摩，由区教育局负责。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_str_eq(field(json_array_get(acts, 0), "location"), "区实验小学、青禾中学");
	json_decref(plan);
}
END_TEST

/* 活动内容：北郊水厂向市民开放，…市民通过“清漳城管”微信公众号预约参观 (g63):
 * the site that opens (向市民开放 as 向公众开放) is the place, the account
 * one books through is none; the label before the site is not its name. */
START_TEST(a_site_that_opens_and_an_account_to_book_through)
{
	json_t *plan = with_items("（一）水厂开放日\n责任单位：县供水公司\n完成时限：5月12日（星期三）\n"
				  "活动内容：北郊水厂向市民开放，市民通过“清漳城管”微信公众号预约参观。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "activities"), 0), "location"), "北郊水厂");
	json_decref(plan);
}
END_TEST

/* 将活动回执（见附件）报区妇联 (g64): （见附件） points to the annex and is
 * no part of the thing's name; 回执（附件2） names the form and stays. */
START_TEST(a_pointer_to_the_annex_is_no_part_of_the_thing)
{
	json_t *plan = with_head("（一）报送回执。各学校请于5月8日前将活动回执（见附件）报区妇联。"
				 "各社区请于5月9日前将报名表（附件2）报区妇联。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_str_eq(field(json_array_get(dls, 0), "what"), "报送活动回执");
	ck_assert_str_eq(field(json_array_get(dls, 1), "what"), "报送报名表（附件2）");
	json_decref(plan);
}
END_TEST

/* 在县工业园区重点企业开展警示教育，…；在城区主要路口开展交通安全宣传 (g66):
 * the sentence's part after a ； opens with another 在Y and its work;
 * both are the places. */
START_TEST(two_places_in_the_parts_of_a_sentence)
{
	json_t *plan = with_items("（一）警示教育。5月11日，在县工业园区重点企业开展警示教育，播放警示片；"
				  "在城区主要路口开展交通安全宣传。县应急管理局负责。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "activities"), 0), "location"),
			 "县工业园区重点企业、城区主要路口");
	json_decref(plan);
}
END_TEST

/* Two issuers signing side by side on one line (g64, g67), the organizer
 * first: two units, not one alias joining them. */
START_TEST(two_signers_on_one_line_are_no_alias)
{
	json_t *plan = plan_from_text("某某县妇女联合会\n某某县教育局\n\n关于开展2027年家庭教育宣传周活动的通知\n各学校：\n"
				 "现将有关事项通知如下。\n一、活动时间\n2027年5月10日至16日\n二、活动安排\n"
				 "（一）讲座。5月12日，在县文化馆举办讲座，由县妇联负责。\n"
				 "某某县妇女联合会　　　　某某县教育局\n2027年4月29日\n");
	json_t *unit = json_array_get(json_object_get(plan, "units"), 0);
	json_t *aliases = unit ? json_object_get(unit, "aliases") : NULL;
	size_t i;
	json_t *v;
	json_array_foreach(aliases, i, v)
		ck_assert_msg(!strstr(json_string_value(v), "教育局"), "alias %s", json_string_value(v));
	ck_assert_str_eq(field(plan, "organizer"), "某某县妇女联合会");
	json_decref(plan);
}
END_TEST

/* A unit named by two of its names in one activity (区应急管理局 leads,
 * 区三防办 cooperates, and the notice wrote 区应急管理局（区三防办）): the
 * plan declares them one unit, so it is listed once, as the lead, and the
 * plan imports (the store keeps a unit once per activity and refused it). */
START_TEST(two_names_of_one_unit_in_one_activity_are_listed_once)
{
	json_t *plan = plan_from_text("某某区应急管理局\n\n关于开展2027年防灾减灾日宣传活动的通知\n各镇：\n"
				 "一、活动时间\n2027年5月10日至16日\n二、活动安排\n"
				 "（一）主题宣传。5月12日上午在区文化广场举办，由区应急管理局（区三防办）组织。\n"
				 "牵头单位：区应急管理局\n配合单位：区三防办、区气象局、区气象局\n"
				 "某某区应急管理局\n2027年4月29日\n");
	json_t *a = json_array_get(json_object_get(plan, "activities"), 0);
	ck_assert_str_eq(names(a, "lead"), "区应急管理局");
	ck_assert_str_eq(names(a, "cooperate"), "区气象局");
	char *text = json_dumps(plan, 0);
	wp_store *st = open_memory();
	wp_err err;
	int64_t id;
	ck_assert_msg(wp_plan_import(st, text, strlen(text), 0, &id, &err) == 0, "%s", err.msg);
	wp_store_close(st);
	free(text);
	json_decref(plan);
}
END_TEST

/* The publicity focuses (宣传重点) are points of their own, not
 * activities: each item's first sentence, at the section's outermost
 * item level; also under a bare 宣传重点 line whose 四、 a copy lost. A
 * section 宣传重点和活动安排 holds activities, and no focus is read. */
START_TEST(the_publicity_focuses_are_read_as_points)
{
	json_t *plan = plan_from_text("某县2027年知识产权宣传周活动方案\n一、活动时间\n2027年4月20日至26日\n"
				 "二、宣传重点\n（一）宣传知识产权事业成就。全面展示…\n1.细项不算。\n"
				 "（二）宣传知识产权法律法规；普及基本知识。\n"
				 "三、活动安排\n（一）启动仪式。4月20日上午在县广场举行，由县市场监管局牵头。\n");
	json_t *focus = json_object_get(plan, "focus");
	ck_assert_uint_eq(json_array_size(focus), 2);
	ck_assert_str_eq(json_string_value(json_array_get(focus, 0)), "宣传知识产权事业成就");
	ck_assert_str_eq(json_string_value(json_array_get(focus, 1)), "宣传知识产权法律法规");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 1);
	json_decref(plan);
	plan = plan_from_text("某县2027年知识产权宣传周活动方案\n一、活动时间\n2027年4月20日至26日\n"
			      "二、活动主题\n严格保护知识产权。\n宣传重点\n（一）宣传成就。\n（二）宣传法规。\n"
			      "（三）宣传案例。\n三、活动安排\n（一）启动仪式。4月20日在县广场举行。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "focus")), 3);
	json_decref(plan);
	plan = plan_from_text("某县2027年知识产权宣传周活动方案\n一、活动时间\n2027年4月20日至26日\n"
			      "二、宣传重点和活动安排\n（一）启动仪式。4月20日在县广场举行。\n"
			      "（二）知识竞赛。4月22日在县一中举行。\n");
	ck_assert_ptr_null(json_object_get(plan, "focus"));
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 2);
	json_decref(plan);
	/* a post on a phone: ◆ or 【】 heads the part, ● sets off each point,
	 * the next ◆ ends them */
	static const char *const heads[] = {"◆宣传重点", "【宣传重点】"};
	for (size_t k = 0; k < 2; k++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "某区2027年肿瘤防治宣传周活动\n◆活动时间\n2027年4月15日至21日\n%s\n"
				  "●癌症是可以预防的。少吸烟。\n●癌症是可以早发现的。\n%s\n"
				  "（一）义诊。4月15日上午在区人民医院举行，由区卫健局牵头。\n",
			      heads[k], k ? "【活动安排】" : "◆活动安排");
		plan = plan_from_text(wp_buf_str(&b));
		wp_buf_free(&b);
		focus = json_object_get(plan, "focus");
		ck_assert_uint_eq(json_array_size(focus), 2);
		ck_assert_str_eq(json_string_value(json_array_get(focus, 1)), "癌症是可以早发现的");
		json_decref(plan);
	}
}
END_TEST

/* An event held online has 线上 for its place when people attend it (线上
 * 培训班, as seed 002 reads it); publicity online (网上宣传活动, 线上打卡)
 * has none, as the owners' g08 reads it. */
START_TEST(online_is_a_place_only_for_a_gathering)
{
	json_t *plan = with_items("（一）线上培训班。5月11日举办，由县教育局牵头。\n"
				  "（二）网上宣传活动。5月12日起推送宣传短视频，由县委宣传部牵头。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	ck_assert_str_eq(field(json_array_get(acts, 0), "location"), "线上");
	ck_assert_ptr_null(field(json_array_get(acts, 1), "location"));
	json_decref(plan);
}
END_TEST

/* A plan copied from a web page without its signature: the region is
 * the division its title opens with, as it is when the year comes
 * first; a title that opens with a bureau's short name names none. */
START_TEST(the_region_of_an_unsigned_plan_from_its_title)
{
	const char *body = "一、活动时间\n2027年9月13日至19日\n二、活动安排\n"
			   "（一）主场活动。9月18日上午9:00在人民广场举办，由市科协牵头。\n";
	const char *titles[][2] = {{"平川市2027年科普日活动方案\n", "平川市"},
				   {"2027年平川市科普日活动方案\n", "平川市"},
				   {"科技局2027年科普日活动方案\n", NULL}};
	for (size_t i = 0; i < sizeof titles / sizeof *titles; i++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s%s", titles[i][0], body);
		json_t *plan = plan_from_text(wp_buf_str(&b));
		ck_assert_ptr_null(json_string_value(json_object_get(plan, "organizer")));
		if (titles[i][1])
			ck_assert_str_eq(field(plan, "region"), titles[i][1]);
		else
			ck_assert(json_is_null(json_object_get(plan, "region")));
		json_decref(plan);
		wp_buf_free(&b);
	}
}
END_TEST

/* One sentence tells the event and who runs it: （一）6月14日上午，在X开展
 * Y活动，由Z牵头，W配合。 with nothing below (a township's habit); one
 * that only invites (邀请X参加) names no lead. */
START_TEST(the_lead_in_the_sentence_that_tells_the_event)
{
	json_t *plan = with_items("（一）5月11日上午，在镇文化广场开展安全宣传咨询日活动，由镇安监站牵头，各行政村配合。\n"
				  "（二）5月12日上午，在镇中心小学开展应急疏散演练，邀请家长代表参加。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	json_t *first = json_array_get(acts, 0);
	ck_assert_str_eq(field(first, "location"), "镇文化广场");
	ck_assert_uint_eq(json_array_size(json_object_get(first, "lead")), 1);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(first, "lead"), 0)), "镇安监站");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(first, "cooperate"), 0)), "各行政村");
	json_t *second = json_array_get(acts, 1);
	ck_assert_uint_eq(json_array_size(json_object_get(second, "lead")), 0);
	ck_assert_uint_eq(json_array_size(json_object_get(second, "cooperate")), 0);
	json_decref(plan);
}
END_TEST

/* A members' list cut after its 、 goes on in the next line, however
 * short; the 主任 of the office set up under the committee is its head,
 * not the committee's. */
START_TEST(a_members_list_cut_after_its_dun_and_the_offices_head)
{
	json_t *plan = plan_from_text("某镇2027年安全生产月活动方案\n一、活动时间\n2027年6月1日至30日\n"
				      "二、组织领导\n成立活动领导小组。\n组长：张世华\n副组长：王华好\n"
				      "成员：徐康跃、丁子林、朱勇俊、\n刘凌\n"
				      "领导小组下设办公室，负责具体活动组织协调。\n主任：王华好\n"
				      "三、活动内容\n（一）6月14日上午，在镇文化广场开展咨询日活动，由镇安监站牵头。\n");
	json_t *committee = json_object_get(plan, "committee");
	json_t *chair = json_object_get(committee, "chair"), *members = json_object_get(committee, "members");
	ck_assert_uint_eq(json_array_size(chair), 1);
	ck_assert_str_eq(json_string_value(json_array_get(chair, 0)), "张世华");
	ck_assert_uint_eq(json_array_size(members), 4);
	ck_assert_str_eq(json_string_value(json_array_get(members, 3)), "刘凌");
	json_decref(plan);
}
END_TEST

/* An activity table typed with ｜ (or |) between its cells and no spaces
 * around them, under its header row, is read as a table: each row an
 * activity with its time, place and units. */
START_TEST(a_table_typed_with_bars_and_no_spaces)
{
	static const char *const bars[] = {"｜", "|"};
	for (size_t k = 0; k < 2; k++) {
		wp_buf b = WP_BUF_INIT;
		const char *v = bars[k];
		wp_buf_printf(&b, "某县2027年知识产权宣传周活动方案\n一、活动时间\n2027年4月20日至26日\n二、活动安排\n"
				  "序号%s活动名称%s时间%s地点%s牵头单位%s配合单位\n"
				  "1%s启动仪式%s4月20日上午9:00%s县城广场%s县市场监管局%s县科技局\n"
				  "2%s进校园讲座%s4月22日下午3:00%s县一中报告厅%s县教育局%s县市场监管局\n"
				  "三、工作要求\n（一）高度重视。\n",
			      v, v, v, v, v, v, v, v, v, v, v, v, v, v, v);
		json_t *plan = plan_from_text(wp_buf_str(&b));
		wp_buf_free(&b);
		json_t *acts = json_object_get(plan, "activities");
		ck_assert_uint_eq(json_array_size(acts), 2);
		json_t *second = json_array_get(acts, 1);
		ck_assert_str_eq(field(second, "title"), "进校园讲座");
		ck_assert_str_eq(field(second, "start"), "2027-04-22");
		ck_assert_str_eq(field(second, "time"), "15:00");
		ck_assert_str_eq(field(second, "location"), "县一中报告厅");
		ck_assert_str_eq(json_string_value(json_array_get(json_object_get(second, "lead"), 0)), "县教育局");
		ck_assert_str_eq(json_string_value(json_array_get(json_object_get(second, "cooperate"), 0)),
				 "县市场监管局");
		json_decref(plan);
	}
}
END_TEST

/* A township's informal plan: 活动一：… blocks whose 负责人 are bare
 * names, or the post holders of a group (各村（社区）书记: the group
 * leads); a bare 几点要求 line closes the activities though it is the
 * only bare heading; a thing 报给 a person goes to that person, and one
 * 发到 a unit's mailbox to that unit, not to whom the unit passes it on
 * (，专班办公室汇总后报县局). */
START_TEST(a_townships_blocks_and_its_few_requirements)
{
	json_t *plan = plan_from_text(
		"某镇2027年宣传周活动安排\n各村（社区）：\n宣传时间为4月20日到26日。\n"
		"活动一：集中宣传\n时间：4月21日上午\n地点：农贸市场门口\n负责人：唐国华、杨小兵\n"
		"活动二：流动宣传\n时间：4月26日\n地点：各村（社区）\n负责人：各村（社区）书记\n"
		"几点要求\n"
		"一是各村（社区）要把这次活动当回事。二是各村（社区）请于4月20日前把本村联络人姓名报给唐国华；"
		"各村（社区）请在4月28日下班前把活动照片发到镇市场监管所邮箱（abc@163.com），专班办公室汇总后报县市场监管局。\n"
		"某镇人民政府\n2027年4月16日\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	json_t *lead = json_object_get(json_array_get(acts, 0), "lead");
	ck_assert_uint_eq(json_array_size(lead), 2);
	ck_assert_str_eq(json_string_value(json_array_get(lead, 1)), "杨小兵");
	lead = json_object_get(json_array_get(acts, 1), "lead");
	ck_assert_uint_eq(json_array_size(lead), 1);
	ck_assert_str_eq(json_string_value(json_array_get(lead, 0)), "各村（社区）");
	json_t *deadlines = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(deadlines), 2);
	ck_assert_str_eq(field(json_array_get(deadlines, 0), "submit_to"), "唐国华");
	ck_assert_str_eq(field(json_array_get(deadlines, 1), "submit_to"), "镇市场监管所（邮箱：abc@163.com）");
	ck_assert_str_eq(field(json_array_get(deadlines, 1), "what"), "报送活动照片");
	json_decref(plan);
}
END_TEST

/* A heading over numbered items is a group, no activity of its own,
 * when its line announces them (…分上午、下午两场进行：: its day theirs)
 * or its one undated line says who runs them (由X承办，Y协办: their
 * units where they name none). */
START_TEST(a_heading_that_groups_its_items_gives_them_its_day_or_units)
{
	json_t *plan = with_items("（一）主题活动。5月13日（星期四）当天分上午、下午两场进行：\n"
				  "1.启动仪式。上午9:30在县行政中心报告厅举行。由县市场监管局牵头。\n"
				  "2.专题沙龙。下午2点30分在科创园路演中心举行。由县科技局牵头。\n"
				  "（二）知识竞赛\n竞赛分初赛和决赛两个阶段，由县图书馆承办，各学校协办。\n"
				  "1.线上初赛\n时间：5月10日至12日\n"
				  "2.现场决赛\n时间：5月14日下午3:00\n地点：县图书馆报告厅\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 4);
	json_t *a = json_array_get(acts, 1);
	ck_assert_str_eq(field(a, "no"), "一.2");
	ck_assert_str_eq(field(a, "start"), "2027-05-13");
	ck_assert_str_eq(field(a, "time"), "14:30");
	a = json_array_get(acts, 3);
	ck_assert_str_eq(field(a, "no"), "二.2");
	ck_assert_str_eq(field(a, "start"), "2027-05-14");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a, "lead"), 0)), "县图书馆");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a, "cooperate"), 0)), "各学校");
	json_decref(plan);
}
END_TEST

/* A members' list that names the villages' party secretaries keeps them
 * as written, as persons on the body; the units' 主要负责人 are the
 * units. */
START_TEST(village_secretaries_as_members_stay_as_written)
{
	json_t *plan = plan_from_text("某镇2027年安全生产月活动方案\n一、活动时间\n2027年6月1日至30日\n"
				      "二、组织领导\n成立活动领导小组。\n组长：镇长张三\n"
				      "成员：镇应急办、镇派出所主要负责人，各村（社区）党组织书记\n"
				      "三、活动内容\n（一）6月14日上午，在镇文化广场开展咨询日活动，由镇应急办牵头。\n");
	json_t *members = json_object_get(json_object_get(plan, "committee"), "members");
	ck_assert_uint_eq(json_array_size(members), 3);
	ck_assert_str_eq(json_string_value(json_array_get(members, 1)), "镇派出所");
	ck_assert_str_eq(json_string_value(json_array_get(members, 2)), "各村（社区）党组织书记");
	json_decref(plan);
}
END_TEST

/* A unit that gives the doers guidance on the work (Y做好业务指导)
 * cooperates, as one that 指导 does. */
START_TEST(a_unit_that_gives_guidance_on_the_work_cooperates)
{
	json_t *plan = with_items("（一）开展入户宣传。5月11日起，各村组织网格员逐户上门宣传。"
				  "由各村（社区）负责，镇应急办做好业务指导。\n");
	json_t *a = json_array_get(json_object_get(plan, "activities"), 0);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a, "lead"), 0)), "各村（社区）");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 1);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a, "cooperate"), 0)), "镇应急办");
	json_decref(plan);
}
END_TEST

/* Habits of a plan typed fast: a heading run into its value with no mark
 * (一、活动时间5月15日—5月21日。, 二、活动主题 X), an item's number closed
 * by a bracket never opened (一）), and an item's title run on into who
 * leads it (举办科普巡回展由县科委牵头，…). */
START_TEST(headings_run_into_their_values_and_titles_into_their_leads)
{
	json_t *plan = plan_from_text("某县2027年科技活动周实施方案\n"
				      "一、活动时间5月15日—5月21日。\n"
				      "二、活动主题 携手建设创新型城市—走进科学、体验科技。\n"
				      "三、主要活动\n"
				      "一）举办开幕式由县科委牵头，在县城广场举办科技活动周开幕式。\n"
				      "（二）举办科技进校园由县教委牵头，县科协配合，在中学举办现场会。\n"
				      "四、工作要求\n各单位于5月25日前将总结报县科委。\n");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2027-05-15");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "end"), "2027-05-21");
	ck_assert_str_eq(field(plan, "theme"), "携手建设创新型城市—走进科学、体验科技");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	json_t *a = json_array_get(acts, 0);
	ck_assert_str_eq(field(a, "no"), "一");
	ck_assert_str_eq(field(a, "title"), "举办开幕式");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a, "lead"), 0)), "县科委");
	a = json_array_get(acts, 1);
	ck_assert_str_eq(field(a, "title"), "举办科技进校园");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a, "cooperate"), 0)), "县科协");
	json_decref(plan);
}
END_TEST

/* A portal's metadata with each label in brackets, several on a line
 * ([ 发布机构 ] X [ 有效性 ] 有效), gives the issuer and the date; an
 * item that is one sentence names who does it as its subject (区教育局
 * 要组织…, 区科协特邀请专家…). */
START_TEST(bracketed_metadata_and_items_led_by_their_subject)
{
	json_t *plan = plan_from_text("[ 索引号 ] 1150/2027-00009 [ 发文字号 ]\n"
				      "[ 发布机构 ] 平川区科协 [ 有效性 ] 有效\n"
				      "[ 成文日期 ] 2027-05-10 [ 发布日期 ] 2027-05-10\n"
				      "关于做好2027年平川区科技活动周宣传活动的通知\n各街道办事处：\n"
				      "一、活动时间\n2027年5月12日-5月18日。\n二、活动内容\n"
				      "1、区科协特邀请专家为企业家举办科普讲座；\n"
				      "2、区教育局要组织各中、小学校开展科技制作比赛；\n"
				      "三、具体要求\n各单位于2027年5月20日前将总结报送区科协。\n");
	ck_assert_str_eq(field(plan, "organizer"), "平川区科协");
	ck_assert_str_eq(field(plan, "issued_on"), "2027-05-10");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(json_array_get(acts, 0), "lead"), 0)),
			 "区科协");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(json_array_get(acts, 1), "lead"), 0)),
			 "区教育局");
	json_decref(plan);
}
END_TEST

/* A dated event told in an item as X在Y举行。 is titled by its subject;
 * one whose title cannot be read (在Y举行。) is left out and said so,
 * and the rest of the plan still stores. */
START_TEST(events_told_as_subjects_and_one_with_no_title)
{
	const char *text = "某县2027年旅游日活动方案\n一、活动时间\n2027年5月16日至23日\n二、活动安排\n"
			   "（一）系列主题活动。由县文旅局牵头。5月16日上午10:00，旅游日分会场启动仪式在古城东门广场举行。"
			   "5月17日上午，在古城鼓楼广场举行。\n三、工作要求\n（一）高度重视。\n";
	json_t *plan = plan_from_text(text);
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	ck_assert_str_eq(field(json_array_get(acts, 1), "title"), "旅游日分会场启动仪式");
	ck_assert_str_eq(field(json_array_get(acts, 1), "location"), "古城东门广场");
	json_decref(plan);
	wp_notice_report report = {0};
	wp_err err;
	char *json = wp_notice_read(text, strlen(text), &report, &err);
	ck_assert_msg(json != NULL, "%s", err.msg);
	bool told = false;
	for (size_t i = 0; i < report.n; i++)
		told = told || strstr(report.lines[i], "一.2: no title could be read") != NULL;
	ck_assert(told);
	free(json);
	wp_notice_report_free(&report);
}
END_TEST

/* 四、活动安排 over paragraphs that each open with a day (5月7日起，…):
 * each paragraph is an activity, the section named so none of them,
 * though another section (三、组织实施) says who runs the campaign. */
START_TEST(dated_paragraphs_under_the_activity_section)
{
	json_t *plan = plan_from_text("某县2027年旅游日系列活动方案\n一、活动时间\n2027年5月16日至5月23日\n"
				      "二、组织实施\n本次活动由县人民政府主办，县文旅局牵头组织实施。\n三、活动安排\n"
				      "5月7日起，县文旅局在“某县文旅”抖音号开展短视频征集活动，由县融媒体中心负责评选。\n"
				      "5月16日上午10:00，旅游日分会场启动仪式在古城东门广场举行，由县文旅局负责。\n"
				      "四、工作要求\n（一）高度重视。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	ck_assert_str_eq(field(json_array_get(acts, 0), "start"), "2027-05-07");
	ck_assert_str_eq(field(json_array_get(acts, 1), "start"), "2027-05-16");
	/* the event its first clause names: 开展“…”活动, or X在Y举行 */
	ck_assert_str_eq(field(json_array_get(acts, 0), "title"), "短视频征集活动");
	ck_assert_str_eq(field(json_array_get(acts, 1), "title"), "旅游日分会场启动仪式");
	json_decref(plan);
}
END_TEST

/* Contacts as offices set them out: labels spaced to a width inside a
 * line (电　话：X　　手　机：Y: two numbers), and a second person under
 * the first row with the office left out (　　　刘晓燕　0310-…). */
START_TEST(contacts_spaced_labels_and_a_row_under_a_row)
{
	json_t *plan = with_head("联系人：区应急管理局减灾救灾股　陈丽清\n"
				 "电　话：0595-22836157　　手　机：13905951276\n"
				 "联系人：市局药品流通监管科　张立新　0310-3186524\n"
				 "　　　　　　　　　　　　　　　　刘晓燕　0310-3186527\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 4);
	ck_assert_str_eq(contact_line_at(plan, 1), "陈丽清|13905951276|-");
	ck_assert_str_eq(contact_line_at(plan, 3), "刘晓燕|0310-3186527|-");
	json_decref(plan);
}
END_TEST

/* A table's empty cell typed ／ (full-width) names no one. */
START_TEST(a_full_width_slash_cell_names_no_one)
{
	json_t *plan = with_items("序号｜活动名称｜时间｜地点｜牵头单位｜配合单位\n"
				  "1｜启动仪式｜5月10日上午9:00｜县城广场｜县应急局｜／\n"
				  "2｜应急演练｜5月12日下午3:00｜县一中｜县教育局｜县应急局\n");
	json_t *a = json_array_get(json_object_get(plan, "activities"), 0);
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 0);
	json_decref(plan);
}
END_TEST

/* 于4月20日前到经济发展办领取宣传资料: fetching what is handed out by a
 * day is no deadline; 签到 at a place by a time still is. */
START_TEST(fetching_by_a_day_is_no_deadline)
{
	json_t *plan = with_head("（一）各社区于5月8日前到经济发展办领取宣传资料。\n"
				 "（二）各社区于5月9日前完成入户宣传。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "rule"), "5月9日前");
	json_decref(plan);
}
END_TEST

/* A title with one full-width bar in it (国家安全｜你我同行) is no row:
 * the bar stays as written. */
START_TEST(one_bar_in_a_title_stays_as_written)
{
	json_t *plan = with_items("（一）“国家安全｜你我同行”主题宣传。5月11日上午在县城广场举办，由县委国安办牵头。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "“国家安全｜你我同行”主题宣传");
	json_decref(plan);
}
END_TEST

/* 活动时间：9月, 5-12月: a 时间 field that gives months alone runs the
 * whole months; a month inside prose is no such field. */
START_TEST(a_time_field_of_whole_months)
{
	json_t *plan = with_items("（一）质量宣传活动。组织开展形式多样的质量宣传活动。\n活动时间：5月\n牵头部门：质监股\n"
				  "（二）电子计价秤专项整治。开展专项整治。\n活动时间：5-12月\n牵头部门：质监股\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2027-05-01");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2027-05-31");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2027-05-01");
	ck_assert_str_eq(field(plan_activity(plan, 1), "end"), "2027-12-31");
	json_decref(plan);
	wp_ndate d;
	ck_assert(!wp_nfind_whole_months("9月是质量月", 2027, &d));
	ck_assert(!wp_nfind_whole_months("12-5月", 2027, &d));
	ck_assert(wp_nfind_whole_months("2026年9月份", 2027, &d));
	ck_assert_int_eq(d.start, wp_date_from_ymd(2026, 9, 1));
}
END_TEST

/* A web page's table copied a cell to a line, lone | lines between the
 * cells and two at a row's end (a cell may run over two lines), under
 * 牵头部门 / 协助部门: each row an activity; a month in a row's 活动时间
 * is the whole month; a lone | elsewhere is kept as text. */
START_TEST(a_web_table_a_cell_to_a_line_between_bars)
{
	static const char *const rows[] = {
		"|", "序号", "|", "活动内容", "|", "活动时间", "|", "牵头部门", "|", "协助部门", "|",
		"|", "1", "|", "制作、群发“质量月”公益", "宣传手机短信", "|", "9月1日-3日", "|", "质量股", "|",
		"办公室", "|",
		"|", "2", "|", "组织企业参加首席质量官培训", "|", "9月", "|", "质量股", "|", "各市场监管所", "|",
	};
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "某市2027年质量月活动方案\n一、活动时间\n2027年9月份\n二、活动安排\n");
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		wp_buf_printf(&b, "%s\n", rows[i]);
	wp_buf_puts(&b, "三、工作要求\n各所于9月30日前将总结报质量股。\n");
	json_t *plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(field(a, "title"), "制作、群发“质量月”公益宣传手机短信");
	ck_assert_str_eq(names(a, "lead"), "质量股");
	ck_assert_str_eq(names(a, "cooperate"), "办公室");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(field(a, "start"), "2027-09-01");
	ck_assert_str_eq(field(a, "end"), "2027-09-30");
	ck_assert_str_eq(names(a, "cooperate"), "各市场监管所");
	json_decref(plan);
	/* a stray bar among prose lines is no table */
	char **v = malloc(3 * sizeof *v);
	v[0] = strdup("一、活动时间"), v[1] = strdup("|"), v[2] = strdup("2027年9月份");
	size_t n = 3;
	char **w = wp_nbar_cells_rows(v, &n);
	ck_assert_ptr_eq(w, v);
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(w[1], "|");
	for (size_t i = 0; i < n; i++)
		free(w[i]);
	free(w);
}
END_TEST

/* A second reading's findings, each once a loss of the notice's own
 * text: long numbered items (1、…2、…) one of which ends mid-sentence are
 * no document site's page chunks where no site's line is there, and a
 * notice's own 可在线阅读 is no site's line; 待定, 全体, 领导 and 传真 are
 * no one's names; 各村（居）委员会书记 leads as 各村（居）; a stray | after
 * a web table glues nothing to it, and | | inside a row is an empty
 * cell; a line with two plain | is no table row. */
START_TEST(a_second_readings_findings)
{
	wp_notice_report report = {0};
	json_t *plan = read_plan("tests/fixtures/notices/review-long-items.txt", &report);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	json_decref(plan);
	wp_notice_report_free(&report);
	plan = with_items("（一）流动宣传。5月11日在各村开展。\n负责人：待定\n"
			  "（二）入户宣传。5月12日在各村开展。\n负责人：各村（居）委员会书记\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan_activity(plan, 0), "lead")), 0);
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "各村（居）");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 0);
	json_decref(plan);
	plan = with_head("（一）请于5月25日前将总结报给领导。\n"
			 "联系人：县科协办公室　张一帆　0796-8203316\n　　　　　　　传真　0796-8203317\n");
	ck_assert_ptr_null(field(json_array_get(json_object_get(plan, "deadlines"), 0), "submit_to"));
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	json_decref(plan);
	static const char *const rows[] = {"|", "序号", "|", "活动内容", "|", "牵头部门", "|", "协助部门", "|",
					   "|", "1", "|", "科普讲座", "|", "县科协", "|", "|",
					   "|", "2", "|", "科技展览", "|", "县科技局", "|", "县教育局", "|"};
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "某县2027年科技活动周活动方案\n一、活动时间\n2027年5月10日至16日\n二、活动安排\n");
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		wp_buf_printf(&b, "%s\n", rows[i]);
	wp_buf_puts(&b, "三、工作要求\n|\n（一）请于5月25日前报送总结至县科协。\n县科协\n2027年5月1日\n");
	plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_uint_eq(json_array_size(json_object_get(plan_activity(plan, 0), "cooperate")), 0);
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县教育局");
	ck_assert_str_eq(field(plan, "organizer"), "县科协");
	ck_assert_str_eq(field(plan, "issued_on"), "2027-05-01");
	json_decref(plan);
	/* two plain | are text, two ｜ a row (spaced as a barred table's) */
	ck_assert_ptr_null(wp_nline_box_bars("在某县发布|抖音|快手平台推送"));
	char *row = wp_nline_box_bars("1｜启动仪式｜县城广场");
	ck_assert_str_eq(row, "1 | 启动仪式 | 县城广场");
	free(row);
	row = wp_nline_box_bars("1|启动仪式|县城广场|县科协");
	ck_assert_str_eq(row, "1 | 启动仪式 | 县城广场 | 县科协");
	free(row);
}
END_TEST

/* A range whose start is said before its end: 从5月10日开始，到5月20日
 * 结束, 于6月1日正式启动，并持续至6月30日, 从5月中旬开始，到5月下旬结束;
 * a start with no end after it (5月10日起，各单位…) is one day. */
START_TEST(a_range_said_from_its_start_to_its_end)
{
	wp_ndate d;
	ck_assert(wp_nfind_date("从5月10日开始，到5月20日结束", 2027, &d));
	ck_assert_int_eq(d.end, wp_date_from_ymd(2027, 5, 20));
	ck_assert(wp_nfind_date("本次活动将于6月1日正式启动，并持续至6月30日结束", 2027, &d));
	ck_assert_int_eq(d.start, wp_date_from_ymd(2027, 6, 1));
	ck_assert_int_eq(d.end, wp_date_from_ymd(2027, 6, 30));
	ck_assert(wp_nfind_dekad("从5月中旬开始，到5月下旬结束", 2027, &d));
	ck_assert_int_eq(d.start, wp_date_from_ymd(2027, 5, 11));
	ck_assert_int_eq(d.end, wp_date_from_ymd(2027, 5, 31));
	ck_assert(wp_nfind_date("5月10日起，各单位开展自查", 2027, &d));
	ck_assert_int_eq(d.end, d.start);
}
END_TEST

/* A short notice forwarding a plan: the attached file's name (X关于…的
 * 通知.pdf) is neither its title nor its issuer, and a numbered 联系人：
 * line among its requests is a contact, no activity. */
START_TEST(an_attached_files_name_and_a_numbered_contact_line)
{
	json_t *plan = plan_from_text("全院各单位：\n"
				      "定于9月15日至25日集中开展全国科普日主题活动，现将有关事项通知如下：\n"
				      "1.举办科普讲座。9月18日下午在图书馆报告厅举办，由科协牵头。\n"
				      "2.联系人：桂老师，联系电话：6182009。\n"
				      "附件：\n闽科协普〔2027〕20号省科协等21部门关于举办2027年全国科普日活动的通知.pdf\n"
				      "科研促进部\n2027年9月2日\n");
	ck_assert_ptr_null(field(plan, "title"));
	ck_assert_str_eq(field(plan, "organizer"), "科研促进部");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(contact_line_at(plan, 0), "桂老师|6182009|-");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader habits");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_contact_keeps_only_an_email_of_its_own);
	tcase_add_test(tc, a_bao_inside_a_word_does_not_end_the_thing_sent);
	tcase_add_test(tc, a_second_number_after_a_semicolon_is_the_same_persons);
	tcase_add_test(tc, a_portals_site_name_is_not_the_issuer);
	tcase_add_test(tc, short_names_of_an_issuer_named_in_full);
	tcase_add_test(tc, places_named_in_prose);
	tcase_add_test(tc, a_plan_cited_with_anzhao);
	tcase_add_test(tc, a_thing_sent_at_any_time_and_one_sent_in_writing);
	tcase_add_test(tc, a_rule_sent_at_any_time_is_the_word_matched);
	tcase_add_test(tc, an_item_of_a_whole_month);
	tcase_add_test(tc, a_contact_on_the_next_line);
	tcase_add_test(tc, numbered_parts_of_an_item_are_not_activities);
	tcase_add_test(tc, a_lead_sentence_after_the_item_text);
	tcase_add_test(tc, an_address_in_brackets_is_not_a_unit_list);
	tcase_add_test(tc, a_dated_and_a_relative_deadline_in_one_sentence);
	tcase_add_test(tc, a_thing_named_before_its_date_and_bao);
	tcase_add_test(tc, an_items_deadline_in_a_fragment_is_not_a_cover_repeat);
	tcase_add_test(tc, wrapped_prose_goes_on_into_label_words_and_brackets);
	tcase_add_test(tc, a_class_of_units_by_levels_and_a_list_joined_by_he);
	tcase_add_test(tc, a_zai_inside_a_word_is_no_place);
	tcase_add_test(tc, a_thing_named_before_a_request_and_fasongzhi);
	tcase_add_test(tc, a_unit_in_charge_of_supervising_cooperates);
	tcase_add_test(tc, a_thing_handed_over_with_jiao);
	tcase_add_test(tc, the_deadlines_own_clause_names_who_sends);
	tcase_add_test(tc, an_address_written_wins_over_the_contacts_mailbox);
	tcase_add_test(tc, a_one_line_list_in_the_order_its_heading_states);
	tcase_add_test(tc, weeks_of_a_month_long_campaign_are_its_activities);
	tcase_add_test(tc, a_two_character_name_spaced_out_is_one_person);
	tcase_add_test(tc, a_committee_with_a_zhuren_in_prose);
	tcase_add_test(tc, a_copy_sent_with_a_report);
	tcase_add_test(tc, a_committee_table_flattened_with_wide_spaces);
	tcase_add_test(tc, a_chair_written_posts_then_name);
	tcase_add_test(tc, a_joint_meeting_convened_by_a_person);
	tcase_add_test(tc, a_deadline_counted_from_a_named_activity);
	tcase_add_test(tc, a_deadline_counted_from_nothing_dated_keeps_its_rule);
	tcase_add_test(tc, a_cover_letter_signed_before_the_plan);
	tcase_add_test(tc, a_schedule_of_bar_lines_between_dash_rules);
	tcase_add_test(tc, an_unnumbered_activity_keeps_its_place_only_when_named_by_a_deadline);
	tcase_add_test(tc, top_sections_that_are_each_an_activity);
	tcase_add_test(tc, a_day_decided_about_is_no_month);
	tcase_add_test(tc, a_second_contact_line_that_names_its_office_first);
	tcase_add_test(tc, a_completion_limit_line_gives_the_day_or_the_end);
	tcase_add_test(tc, a_units_sentence_with_fuze_or_chengban);
	tcase_add_test(tc, a_place_in_brackets_after_an_items_title);
	tcase_add_test(tc, a_range_with_two_weekdays_is_kept_whole);
	tcase_add_test(tc, units_that_each_lead_their_part);
	tcase_add_test(tc, a_week_counted_from_an_event_is_kept_as_written);
	tcase_add_test(tc, a_quoted_theme_followed_by_prose);
	tcase_add_test(tc, in_batches_is_no_part_of_the_place);
	tcase_add_test(tc, accounts_named_one_after_another);
	tcase_add_test(tc, places_gone_into_before_for_whom);
	tcase_add_test(tc, the_region_of_a_city_bureau_and_a_town_committee);
	tcase_add_test(tc, a_party_committee_is_called_its_levels_dangwei);
	tcase_add_test(tc, a_committee_table_a_cell_per_line);
	tcase_add_test(tc, deputies_sharing_a_post_or_joined_by_he);
	tcase_add_test(tc, the_time_of_a_labelled_item_from_its_content_line);
	tcase_add_test(tc, a_daily_report_sent_toward_a_unit);
	tcase_add_test(tc, a_thing_sent_together_with_an_earlier_one);
	tcase_add_test(tc, a_thing_made_then_sent_by_a_date);
	tcase_add_test(tc, who_sends_a_recurring_report);
	tcase_add_test(tc, an_annex_asks_for_a_scan_of_the_same_form);
	tcase_add_test(tc, sent_to_a_unit_for_review);
	tcase_add_test(tc, who_is_asked_in_the_dated_clause);
	tcase_add_test(tc, the_class_of_units_whose_thing_is_due);
	tcase_add_test(tc, a_list_of_places_counted_after);
	tcase_add_test(tc, a_site_that_opens_and_an_account_to_book_through);
	tcase_add_test(tc, a_pointer_to_the_annex_is_no_part_of_the_thing);
	tcase_add_test(tc, two_places_in_the_parts_of_a_sentence);
	tcase_add_test(tc, two_signers_on_one_line_are_no_alias);
	tcase_add_test(tc, two_names_of_one_unit_in_one_activity_are_listed_once);
	tcase_add_test(tc, the_publicity_focuses_are_read_as_points);
	tcase_add_test(tc, online_is_a_place_only_for_a_gathering);
	tcase_add_test(tc, the_region_of_an_unsigned_plan_from_its_title);
	tcase_add_test(tc, the_lead_in_the_sentence_that_tells_the_event);
	tcase_add_test(tc, a_members_list_cut_after_its_dun_and_the_offices_head);
	tcase_add_test(tc, a_table_typed_with_bars_and_no_spaces);
	tcase_add_test(tc, a_townships_blocks_and_its_few_requirements);
	tcase_add_test(tc, a_heading_that_groups_its_items_gives_them_its_day_or_units);
	tcase_add_test(tc, village_secretaries_as_members_stay_as_written);
	tcase_add_test(tc, a_unit_that_gives_guidance_on_the_work_cooperates);
	tcase_add_test(tc, headings_run_into_their_values_and_titles_into_their_leads);
	tcase_add_test(tc, bracketed_metadata_and_items_led_by_their_subject);
	tcase_add_test(tc, events_told_as_subjects_and_one_with_no_title);
	tcase_add_test(tc, dated_paragraphs_under_the_activity_section);
	tcase_add_test(tc, contacts_spaced_labels_and_a_row_under_a_row);
	tcase_add_test(tc, a_full_width_slash_cell_names_no_one);
	tcase_add_test(tc, fetching_by_a_day_is_no_deadline);
	tcase_add_test(tc, one_bar_in_a_title_stays_as_written);
	tcase_add_test(tc, a_time_field_of_whole_months);
	tcase_add_test(tc, a_web_table_a_cell_to_a_line_between_bars);
	tcase_add_test(tc, a_second_readings_findings);
	tcase_add_test(tc, a_range_said_from_its_start_to_its_end);
	tcase_add_test(tc, an_attached_files_name_and_a_numbered_contact_line);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
