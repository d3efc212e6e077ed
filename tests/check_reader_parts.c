/* check_reader_parts.c - the notice reader reads whatever parts a text
 * has: a bare plan without a cover letter, a web copy under a portal's
 * metadata block, a page from the middle of a notice. What is missing is
 * null and listed, never taken from elsewhere; only a text with no plan
 * content at all is refused. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "plan.h"
#include "testutil.h"

/* The plan read from text (caller json_decrefs), with hints (may be
 * NULL); the test fails if the text is refused. */
static json_t *read_with(const char *text, const wp_notice_hints *hints)
{
	wp_notice_report report;
	wp_err err;
	char *plan = wp_notice_read_hinted(text, strlen(text), hints, &report, &err);
	ck_assert_msg(plan != NULL, "refused: %s", err.msg);
	json_t *root = json_loads(plan, 0, NULL);
	ck_assert_ptr_nonnull(root);
	free(plan);
	wp_notice_report_free(&report);
	return root;
}

static json_t *read_text(const char *text)
{
	return read_with(text, NULL);
}

static const char *period_field(json_t *plan, const char *key)
{
	return field(json_object_get(plan, "period"), key);
}

/* "title,period" from the plan's missing list ("" when none). */
static const char *missing(json_t *plan)
{
	static char buf[64];
	buf[0] = '\0';
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(plan, "missing"), i, v)
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s", i ? "," : "", json_string_value(v));
	return buf;
}

/* A township's informal plan: its title line, no 关于…的通知, no
 * document number; the period without a year takes the title's. */
START_TEST(a_bare_plan_is_read_from_its_title_line)
{
	json_t *plan = read_text("某某镇2027年安全生产月活动方案\n"
				 "各村（居）委会，镇直各单位：\n"
				 "为做好安全生产工作，经镇党委研究，决定开展安全生产月活动，具体安排如下：\n"
				 "一、活动时间\n6月1日至6月30日。\n"
				 "二、活动安排\n（一）启动仪式。6月3日上午9点，在镇政府广场举行，由镇应急办牵头。\n"
				 "某某镇人民政府\n2027年5月25日\n");
	ck_assert_str_eq(field(plan, "title"), "某某镇2027年安全生产月活动方案");
	ck_assert_str_eq(period_field(plan, "start"), "2027-06-01");
	ck_assert_str_eq(period_field(plan, "end"), "2027-06-30");
	ck_assert_str_eq(field(plan, "issued_on"), "2027-05-25");
	ck_assert_str_eq(field(plan, "organizer"), "某某镇人民政府");
	ck_assert_ptr_null(json_object_get(plan, "missing"));
	json_t *a = json_array_get(json_object_get(plan, "activities"), 0);
	ck_assert_str_eq(field(a, "start"), "2027-06-03");
	ck_assert_ptr_null(json_object_get(a, "date_text"));
	json_decref(plan);
}
END_TEST

/* Joint issuers above a bare plan's title, under the document number as
 * a .docx's page header puts it, first: the first issuer is the
 * organizer, as when the number stands between them and the title. */
START_TEST(joint_issuers_above_a_bare_title_under_the_document_number)
{
	const char *body = "某某镇2027年安全生产月活动方案\n"
			   "一、活动时间\n6月1日至6月30日。\n"
			   "二、活动安排\n（一）启动仪式。6月3日上午9点，由镇应急办牵头。\n"
			   "2027年5月25日\n";
	const char *heads[] = {"某某镇发〔2027〕8号\n中共某某镇委员会\n某某镇人民政府\n",
			       "中共某某镇委员会\n某某镇人民政府\n某某镇发〔2027〕8号\n"};
	for (size_t i = 0; i < 2; i++) {
		wp_buf text = WP_BUF_INIT;
		wp_buf_printf(&text, "%s%s", heads[i], body);
		json_t *plan = read_text(wp_buf_str(&text));
		ck_assert_str_eq(field(plan, "organizer"), "中共某某镇委员会");
		ck_assert_str_eq(field(plan, "doc_number"), "某某镇发〔2027〕8号");
		ck_assert_str_eq(field(plan, "title"), "某某镇2027年安全生产月活动方案");
		json_decref(plan);
		wp_buf_free(&text);
	}
}
END_TEST

/* 由A、B牵头，C、D、E、F、G、H、I配合: a long list of cooperating units
 * is read whole, however wide (each name is judged, not the list). */
START_TEST(a_long_list_of_cooperating_units_is_read)
{
	json_t *plan = read_text("某某县2027年全国助残日活动方案\n"
				 "一、活动时间\n2027年5月10日至5月16日\n"
				 "二、活动内容\n（一）集中宣传服务活动。5月16日上午8:30，在县城人民广场举办。"
				 "由县残联、县民政局牵头，县卫健局、县人社局、县司法局、县医保局、"
				 "县人民医院、团县委、县妇联配合。\n");
	json_t *a = json_array_get(json_object_get(plan, "activities"), 0);
	ck_assert_str_eq(names(a, "lead"), "县残联、县民政局");
	ck_assert_str_eq(names(a, "cooperate"),
			 "县卫健局、县人社局、县司法局、县医保局、县人民医院、团县委、县妇联");
	json_decref(plan);
}
END_TEST

/* 将参加X的人员名单报Y: the thing put to be sent names who attend; it is
 * still the thing, not an act to attend (参加参加…). */
START_TEST(a_list_of_those_attending_is_the_thing_sent)
{
	json_t *plan = read_text("某某县2027年全国助残日活动方案\n"
				 "一、活动时间\n2027年5月10日至5月16日\n"
				 "二、活动内容\n（一）集中宣传服务活动。5月16日上午，在县城人民广场举办，由县残联牵头。\n"
				 "三、工作要求\n请各成员单位于5月12日前将参加集中宣传服务活动的人员名单报县残联办公室。\n");
	json_t *d = json_object_get(plan, "deadlines");
	ck_assert_str_eq(field(json_array_get(d, 0), "what"), "报送参加集中宣传服务活动的人员名单");
	json_decref(plan);
}
END_TEST

/* Text copied from a PDF: every line wrapped at one width, page marks
 * between, a date and a bracket cut at the line's end. Full lines that do
 * not end a clause go on in the next, whatever the next opens with. */
START_TEST(lines_wrapped_at_one_width_are_joined_again)
{
	json_t *plan = read_text("某某镇2026年防灾减灾宣传周活动方案\n"
				 "一、活动时间\n2026年5月10日至5月16日。\n"
				 "二、活动内容\n"
				 "（一）“防灾减灾知识进社区”宣传活动。5月12日（星\n"
				 "期二）上午9:00，在镇文化广场设立咨询台，展示防灾\n"
				 "减灾展板，发放宣传资料，现场解答群众咨询。由镇应\n"
				 "急办牵头，镇派出所、镇卫生院配合。\n"
				 "— 2 —\n"
				 "（二）应急疏散演练。5月14日（星期四）下午2:30，在\n"
				 "镇中心学校开展地震应急疏散演练，组织全校师生参加\n"
				 "演练并观摩应急救护示范。由镇中心学校牵头，镇应急\n"
				 "办配合。\n"
				 "三、工作要求\n"
				 "各村（社区）于5月20日（星期三）前将活动开展情况总\n"
				 "结（含图片不少于5张）报镇应急办，逾期未报的将通报。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	json_t *a = json_array_get(acts, 0);
	ck_assert_str_eq(field(a, "start"), "2026-05-12");
	ck_assert_str_eq(field(a, "time"), "09:00");
	ck_assert_str_eq(names(a, "lead"), "镇应急办");
	ck_assert_str_eq(names(a, "cooperate"), "镇派出所、镇卫生院");
	a = json_array_get(acts, 1);
	ck_assert_str_eq(field(a, "start"), "2026-05-14");
	ck_assert_str_eq(field(a, "time"), "14:30");
	ck_assert_str_eq(names(a, "lead"), "镇中心学校");
	json_t *d = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(d, "what"), "报送活动开展情况总结（含图片不少于5张）");
	ck_assert_str_eq(field(d, "due"), "2026-05-20");
	json_decref(plan);
}
END_TEST

/* A page from the middle of a plan names its year once, in passing: its
 * dates are in that year. Two different years say nothing certain. */
START_TEST(the_only_year_a_fragment_names_dates_it)
{
	json_t *plan = read_text("（三）安全宣传咨询日活动。6月16日上午9:00，在镇农贸市场门口设立咨询台。"
				 "由镇应急办牵头。\n"
				 "（四）及时报送。各村于6月27日前将2025年安全生产月活动总结报镇应急办。\n");
	json_t *a = json_array_get(json_object_get(plan, "activities"), 0);
	ck_assert_str_eq(field(a, "start"), "2025-06-16");
	json_decref(plan);
	plan = read_text("（三）安全宣传咨询日活动。6月16日上午9:00，在镇农贸市场门口设立咨询台，"
			 "总结2024年经验。由镇应急办牵头。\n"
			 "（四）及时报送。各村于6月27日前将2025年安全生产月活动总结报镇应急办。\n");
	a = json_array_get(json_object_get(plan, "activities"), 0);
	ck_assert_ptr_null(field(a, "start"));
	ck_assert_str_eq(field(a, "date_text"), "6月16日");
	json_decref(plan);
}
END_TEST

/* 第一阶段：X（dates） groups the items under it as （一） does; an item
 * with no date of its own takes its phase's, and a phase with no items
 * is an activity itself, named without its dates. */
START_TEST(phases_group_the_items_under_them)
{
	json_t *plan = read_text("某某区2026年爱国卫生月活动方案\n"
				 "一、活动时间\n2026年4月1日至4月30日。\n"
				 "二、活动安排\n"
				 "第一阶段：动员部署（4月1日—4月3日）\n"
				 "1.召开动员会。4月1日上午9:00，在区政府会议室召开，由区爱卫办牵头。\n"
				 "2.营造氛围。各街道悬挂横幅、张贴海报营造活动氛围。\n"
				 "第二阶段：集中整治（4月7日—4月25日）\n"
				 "1.环境卫生整治。4月11日，由区城管局牵头，各街道配合。\n"
				 "第三阶段：总结提升（4月28日—4月30日）\n"
				 "区爱卫办对各街道活动开展情况进行检查评估。\n"
				 "三、工作要求\n（一）加强领导。各街道要高度重视。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 4);
	ck_assert_str_eq(field(json_array_get(acts, 0), "no"), "一.1");
	json_t *a = json_array_get(acts, 1);
	ck_assert_str_eq(field(a, "no"), "一.2");
	ck_assert_str_eq(field(a, "start"), "2026-04-01");
	ck_assert_str_eq(field(a, "end"), "2026-04-03");
	ck_assert_str_eq(field(json_array_get(acts, 2), "no"), "二.1");
	a = json_array_get(acts, 3);
	ck_assert_str_eq(field(a, "no"), "三");
	ck_assert_str_eq(field(a, "title"), "总结提升");
	ck_assert_str_eq(field(a, "start"), "2026-04-28");
	ck_assert_str_eq(field(a, "end"), "2026-04-30");
	json_decref(plan);
}
END_TEST

/* A sub-district's plan, issued by its 工作委员会 (党工委): the region is
 * the 街道, not the district above it. */
START_TEST(a_sub_districts_plan_is_its_own_region)
{
	json_t *plan = read_text("中共南宁市青秀区新竹街道工作委员会\n"
				 "新竹街道2026年世界读书日活动方案\n"
				 "一、活动时间\n2026年4月20日至4月26日。\n"
				 "二、活动安排\n（一）读书分享会。4月23日下午3:00，在街道文化站举办，由街道文化站牵头。\n");
	ck_assert_str_eq(field(plan, "region"), "新竹街道");
	json_decref(plan);
}
END_TEST

/* …街道妇联及各社区主要负责同志为成员: the members are the units whose
 * 主要负责同志 sit on it, not "各社区主要". */
START_TEST(members_sent_as_their_heads_are_units)
{
	json_t *plan = read_text("新竹街道2026年世界读书日活动方案\n"
				 "一、活动时间\n2026年4月20日至4月26日。\n"
				 "二、组织领导\n成立活动领导小组，由街道党工委副书记黄一鸣任组长，街道党政办、街道文化站、街道妇联及各社区主要负责同志为成员。\n"
				 "三、活动安排\n（一）读书分享会。4月23日，在街道文化站举办，由街道文化站牵头。\n");
	ck_assert_str_eq(names(json_object_get(plan, "committee"), "members"),
			 "街道党政办、街道文化站、街道妇联、各社区");
	json_decref(plan);
}
END_TEST

/* Deputies as persons with posts: 街道党工委委员、宣传委员韦骁 is one
 * person; 县公安局局长、县教育局局长 are two. */
START_TEST(a_deputys_posts_stay_with_the_person)
{
	json_t *plan = read_text("新竹街道2026年世界读书日活动方案\n"
				 "一、活动时间\n2026年4月20日至4月26日。\n"
				 "二、组织领导\n成立活动领导小组，由街道党工委副书记、办事处主任黄一鸣任组长，"
				 "街道党工委委员、宣传委员韦骁任副组长，街道党政办、街道文化站为成员。\n"
				 "三、活动安排\n（一）读书分享会。4月23日，在街道文化站举办，由街道文化站牵头。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "街道党工委副书记、办事处主任黄一鸣");
	ck_assert_uint_eq(json_array_size(json_object_get(c, "vice_chair")), 1);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(c, "vice_chair"), 0)),
			 "街道党工委委员、宣传委员韦骁");
	json_decref(plan);
	plan = read_text("某县2026年宣传周活动方案\n"
			 "一、活动时间\n2026年4月20日至4月26日。\n"
			 "二、组织领导\n成立领导小组，由县政府副县长丁骁任组长，县公安局局长、县教育局局长任副组长，"
			 "县公安局、县教育局为成员。\n"
			 "三、活动安排\n（一）启动仪式。4月20日，由县公安局牵头。\n");
	c = json_object_get(plan, "committee");
	ck_assert_uint_eq(json_array_size(json_object_get(c, "vice_chair")), 2);
	json_decref(plan);
}
END_TEST

/* A period stated in prose: 活动时间为X (the words before the dates), and
 * 今年4月为…宣传月 (the month named as the campaign's). */
START_TEST(a_period_stated_in_prose)
{
	json_t *plan = read_text("宝丰镇2026年全民营养周宣传活动方案\n"
				 "为提高群众营养健康素养，我镇活动时间为5月15日至5月29日，现制定本方案。\n"
				 "一、活动安排\n（一）营养讲座。5月20日，在镇卫生院举办，由镇卫生院牵头。\n");
	ck_assert_str_eq(period_field(plan, "start"), "2026-05-15");
	ck_assert_str_eq(period_field(plan, "end"), "2026-05-29");
	json_decref(plan);
	plan = read_text("某某区医疗保障局\n关于做好2026年医保基金监管集中宣传月工作的通知\n"
			 "根据上级部署，今年4月为全国医保基金监管集中宣传月，现就有关事项通知如下：\n"
			 "一、重点工作\n（一）启动仪式。4月8日，在市民之家举办，由区医保局牵头。\n");
	ck_assert_str_eq(period_field(plan, "start"), "2026-04-01");
	ck_assert_str_eq(period_field(plan, "end"), "2026-04-30");
	json_decref(plan);
}
END_TEST

/* A table row copied from Word whose last cell (协办单位) is empty lost
 * that cell's tab with the line's end: the row is read, its last cell
 * empty. */
START_TEST(a_table_row_with_an_empty_last_cell_is_read)
{
	json_t *plan = read_text("钦州市2026年税收宣传月活动方案\n"
				 "一、活动时间\n2026年4月1日至4月30日。\n"
				 "二、活动安排\n"
				 "序号\t活动名称\t活动时间\t活动地点\t主办单位\t协办单位\n"
				 "1\t启动仪式\t4月1日上午\t市民广场\t市税务局\t市委宣传部\n"
				 "2\t税务开放日\t4月17日上午\t市局办税服务厅\t市局纳税服务科\t\n"
				 "3\t税法进校园\t4月22日\t钦州学院\t市局法制科\t钦州学院\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 3);
	json_t *a = json_array_get(acts, 1);
	ck_assert_str_eq(field(a, "title"), "税务开放日");
	ck_assert_str_eq(names(a, "lead"), "市局纳税服务科");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 0);
	json_decref(plan);
}
END_TEST

/* A committee of persons as a table copied from Word, TAB-separated,
 * the role's characters spaced out: 组  长<TAB>王一鸣<TAB>县人民政府副县长. */
START_TEST(a_committee_table_of_persons)
{
	json_t *plan = read_text("怀远县2026年防范非法集资宣传月活动方案\n"
				 "一、活动时间\n2026年6月1日至6月30日。\n"
				 "二、组织领导\n成立宣传月活动领导小组：\n"
				 "组  长\t王一鸣\t县人民政府副县长\n"
				 "副组长\t李骁\t县委金融办主任\n"
				 "成  员\t刘聪\t县公安局副局长\n"
				 "成  员\t陈一帆\t县市场监管局副局长\n"
				 "三、主要活动\n（一）启动仪式。6月3日，由县委金融办牵头。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "县人民政府副县长王一鸣");
	ck_assert_str_eq(names(c, "vice_chair"), "县委金融办主任李骁");
	ck_assert_str_eq(names(c, "members"), "县公安局副局长刘聪、县市场监管局副局长陈一帆");
	json_decref(plan);
}
END_TEST

/* A committee in one sentence: 由X任组长、Y任副组长的工作专班，成员为A、
 * B和C负责人，…: the deputy after the chair's clause, the members up to
 * the clause's end, split at 和 where both sides are units. */
START_TEST(a_working_group_in_one_sentence)
{
	json_t *plan = read_text("宝丰镇2026年全民营养周宣传活动方案\n"
				 "我镇活动时间为5月15日至5月29日。镇里成立由分管副镇长陈骁任组长、镇卫生院院长王一兰任副组长的工作专班，"
				 "成员为镇中心学校、镇妇联、镇市场监管所和各村（社区）负责人，专班办公室设在镇卫生院，"
				 "由镇卫生院公共卫生科具体负责活动的组织协调。\n"
				 "一、活动安排\n（一）咨询活动。5月20日，由镇卫生院牵头。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "分管副镇长陈骁");
	ck_assert_str_eq(names(c, "vice_chair"), "镇卫生院院长王一兰");
	ck_assert_str_eq(names(c, "members"), "镇中心学校、镇妇联、镇市场监管所、各村（社区）");
	json_decref(plan);
}
END_TEST

/* A plan title wrapped over two lines reads as one. */
START_TEST(a_title_wrapped_over_two_lines_is_joined)
{
	json_t *plan = read_text("2027年某某市“质量月”活动\n实施方案\n"
				 "一、活动时间\n2027年9月1日至30日\n"
				 "二、活动内容\n（一）质量宣传。9月5日，由市市场监管局牵头。\n");
	ck_assert_str_eq(field(plan, "title"), "2027年某某市“质量月”活动实施方案");
	json_decref(plan);
}
END_TEST

/* A sentence that quotes 关于…的通知 is not the notice's title. */
START_TEST(a_quoted_notice_in_the_preamble_is_not_the_title)
{
	json_t *plan = read_text("某某县2027年食品安全宣传周活动方案\n"
				 "根据省食安办关于开展2027年食品安全宣传周活动的通知要求，结合我县实际，制定本方案。\n"
				 "一、活动时间\n2027年6月8日至14日\n"
				 "二、活动内容\n（一）启动仪式。6月8日，由县市场监管局牵头。\n");
	ck_assert_str_eq(field(plan, "title"), "某某县2027年食品安全宣传周活动方案");
	json_decref(plan);
}
END_TEST

/* A portal's metadata, label and value on separate lines, then page
 * lines: the document number and the date written come from it, the
 * date published does not, and none of it is read as the plan. */
START_TEST(a_web_copys_metadata_block_is_read_and_left_out)
{
	json_t *plan = read_text("索引号：\n11610300MB2974136X/2027-00187\n发文机关：\n某某市食品安全委员会办公室\n"
				 "发文字号：\n某食安办〔2027〕9号\n成文日期：\n2027-05-26\n发布日期：\n2027-05-28\n"
				 "当前位置：首页 > 政务公开 > 通知公告\n"
				 "某某市食品安全委员会办公室关于印发2027年某某市食品安全宣传周活动方案的通知\n"
				 "发布时间：2027-05-28 10:15　　来源：市市场监管局　　浏览次数：1206　　【字体：大 中 小】\n"
				 "各区县食安办：\n现将方案印发给你们，请认真组织实施。\n"
				 "2027年某某市食品安全宣传周活动方案\n"
				 "一、活动时间\n2027年6月8日至14日\n"
				 "二、活动内容\n（一）启动仪式。6月8日上午，由市市场监管局牵头。\n");
	ck_assert_str_eq(field(plan, "title"), "2027年某某市食品安全宣传周活动方案");
	ck_assert_str_eq(field(plan, "doc_number"), "某食安办〔2027〕9号");
	ck_assert_str_eq(field(plan, "issued_on"), "2027-05-26");
	ck_assert_str_eq(field(plan, "organizer"), "某某市食品安全委员会办公室");
	ck_assert_str_eq(period_field(plan, "start"), "2027-06-08");
	json_decref(plan);
}
END_TEST

/* The same metadata as a table and as a bullet list. */
START_TEST(metadata_as_a_table_or_a_list_reads_the_same)
{
	static const char *const heads[] = {
		"| 发文机关 | 某某县科学技术协会 |\n|---|---|\n| 发文字号 | 某科协发〔2027〕3号 |\n"
		"| 成文日期 | 2027年9月2日 |\n",
		"- 发文机关：某某县科学技术协会\n- 发文字号：某科协发〔2027〕3号\n- 成文日期：2027年9月2日\n",
	};
	for (size_t k = 0; k < 2; k++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s某某县2027年全国科普日活动方案\n一、活动时间\n2027年9月14日至20日\n"
				  "二、活动内容\n（一）科普讲座。9月15日，由县科协牵头。\n", heads[k]);
		json_t *plan = read_text(wp_buf_str(&b));
		ck_assert_str_eq(field(plan, "doc_number"), "某科协发〔2027〕3号");
		ck_assert_str_eq(field(plan, "issued_on"), "2027-09-02");
		ck_assert_str_eq(field(plan, "title"), "某某县2027年全国科普日活动方案");
		json_decref(plan);
		wp_buf_free(&b);
	}
}
END_TEST

/* Pages from the middle of a notice: no title, no period, no year. The
 * activities and the deadline are read; their dates are kept as written,
 * never given a year; what is missing is listed. */
static const char fragment[] =
	"（四）知识产权司法保护开放日\n时间：4月22日（星期二）下午2点\n地点：区法院一号法庭\n"
	"责任单位：区法院，区检察院\n"
	"（五）企业走访\n时间：4月23日—25日\n责任单位：区市场监管局，区工商联\n"
	"三、工作要求\n请各责任单位于5月6日前报送活动总结。\n";

START_TEST(a_fragment_is_read_with_its_dates_as_written)
{
	json_t *plan = read_text(fragment);
	ck_assert_ptr_null(field(plan, "title"));
	ck_assert_ptr_null(period_field(plan, "start"));
	ck_assert_str_eq(missing(plan), "title,period,year");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	json_t *a = json_array_get(acts, 0);
	ck_assert_str_eq(field(a, "title"), "知识产权司法保护开放日");
	ck_assert_ptr_null(field(a, "start"));
	ck_assert_str_eq(field(a, "date_text"), "4月22日");
	ck_assert_str_eq(field(a, "time"), "14:00");
	ck_assert_str_eq(field(json_array_get(acts, 1), "date_text"), "4月23日—25日");
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_ptr_null(field(dl, "due"));
	ck_assert_str_eq(field(dl, "rule"), "5月6日前");
	json_decref(plan);
}
END_TEST

/* What the person importing knows fills what the notice lacks. */
START_TEST(hints_give_what_the_notice_lacks)
{
	wp_notice_hints hints = {.year = 2025, .start = D("2025-04-20"), .end = D("2025-04-26"),
				 .title = "某区知识产权宣传周"};
	json_t *plan = read_with(fragment, &hints);
	ck_assert_str_eq(field(plan, "title"), "某区知识产权宣传周");
	ck_assert_str_eq(period_field(plan, "start"), "2025-04-20");
	ck_assert_ptr_null(json_object_get(plan, "missing"));
	json_t *a = json_array_get(json_object_get(plan, "activities"), 0);
	ck_assert_str_eq(field(a, "start"), "2025-04-22");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2025-05-06");
	json_decref(plan);
}
END_TEST

/* A draft cannot be stored; the message says what it lacks. */
START_TEST(a_draft_is_not_imported)
{
	wp_notice_report report;
	wp_err err;
	char *plan = wp_notice_read(fragment, strlen(fragment), &report, &err);
	ck_assert_ptr_nonnull(plan);
	wp_store *st = open_memory();
	int64_t id;
	ck_assert_int_ne(wp_plan_import(st, plan, strlen(plan), 0, &id, &err), 0);
	ck_assert_msg(strstr(err.msg, "title, period, year") && strstr(err.msg, "--period"), "%s", err.msg);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM campaign"), 0);
	wp_store_close(st);
	free(plan);
	wp_notice_report_free(&report);
}
END_TEST

/* 决定于6月份…开展: the plan's month; a national month the preamble
 * quotes (11月份是全国…宣传月) is not the plan's period. */
START_TEST(a_month_announced_in_the_preamble_is_the_period)
{
	json_t *plan = read_text("某某县2027年全民禁毒宣传月活动方案\n"
				 "经县禁毒委员会研究，决定于6月份在全县范围内集中开展全民禁毒宣传月活动。\n"
				 "一、活动内容\n（一）启动仪式。6月5日上午9时，由县禁毒办牵头。\n");
	ck_assert_str_eq(period_field(plan, "start"), "2027-06-01");
	ck_assert_str_eq(period_field(plan, "end"), "2027-06-30");
	json_decref(plan);
	plan = read_text("某某镇2027年消防宣传月活动方案\n"
			 "今年11月9日是全国消防日，11月份是全国“119”消防宣传月。\n"
			 "一、活动内容\n（一）启动仪式。11月9日上午9点，由镇应急办牵头。\n");
	ck_assert_ptr_null(period_field(plan, "start"));
	ck_assert_str_eq(missing(plan), "period");
	json_decref(plan);
}
END_TEST

/* Text with nothing of a plan is refused, whatever its shape. */
START_TEST(a_text_without_plan_content_is_refused)
{
	static const char *const texts[] = {
		"关于召开会议的通知\n各单位：\n定于明天开会。\n",
		"今天去超市买了苹果和牛奶。\n明天再去。\n",
	};
	for (size_t k = 0; k < 2; k++) {
		wp_notice_report report;
		wp_err err;
		char *plan = wp_notice_read(texts[k], strlen(texts[k]), &report, &err);
		ck_assert_msg(plan == NULL, "read: %s", texts[k]);
		ck_assert_msg(strstr(err.msg, "does not read as a plan notice"), "%s", err.msg);
	}
}
END_TEST

/* The activities of a plan, one line each (noticeutil's activity_line). */
static const char *act(json_t *plan, size_t i)
{
	return activity_line(json_array_get(json_object_get(plan, "activities"), i));
}

static const char head[] = "某某县2027年宣传周活动方案\n一、活动时间\n2027年5月10日至16日\n二、活动安排\n";

static json_t *with_head(const char *items)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s", head, items);
	json_t *plan = read_text(wp_buf_str(&b));
	wp_buf_free(&b);
	return plan;
}

/* 活动一：X blocks with 时间：/地点：/参加人员：/负责人： lines: the person
 * in charge's unit leads, the units among the participants cooperate,
 * the people among them do not. */
START_TEST(named_activity_blocks_with_a_person_in_charge)
{
	json_t *plan = with_head("活动一：消防集中宣传\n时间：5月10日（星期一）上午9点\n地点：镇农贸市场\n"
				 "参加人员：镇应急办、镇派出所、镇专职消防队，各村（居）安全员\n"
				 "负责人：曾一（镇应急办），电话：0794-3561139\n"
				 "活动二：入户宣传\n时间：5月12日下午3点半\n地点：各村（居）\n"
				 "参加人员：两校全体师生，镇专职消防队\n负责人：黄聪（镇中心学校）\n");
	ck_assert_str_eq(act(plan, 0), "一|消防集中宣传|2027-05-10|2027-05-10|09:00|镇农贸市场|镇应急办|镇派出所、镇专职消防队");
	ck_assert_str_eq(act(plan, 1), "二|入户宣传|2027-05-12|2027-05-12|15:30|各村（居）|镇中心学校|镇专职消防队");
	json_decref(plan);
}
END_TEST

/* 责任单位：A，B、C: the units before the first ， lead; 由A、B牵头 has two
 * leads; where the notice says the first of a list leads, it does. */
START_TEST(lead_lists_that_hold_the_cooperating_units)
{
	json_t *plan = with_head("（一）司法保护开放日\n时间：5月11日\n地点：区法院一号法庭（二楼）\n"
				 "责任单位：区法院（区知识产权庭），区检察院、区司法局\n"
				 "（二）进校园。5月12日，由区教育局、区科协牵头，区司法局配合。\n");
	ck_assert_str_eq(act(plan, 0), "一|司法保护开放日|2027-05-11|2027-05-11|-|区法院一号法庭（二楼）|区法院（区知识产权庭）|区检察院、区司法局");
	ck_assert_str_eq(act(plan, 1), "二|进校园|2027-05-12|2027-05-12|-|-|区教育局、区科协|区司法局");
	json_decref(plan);
	plan = read_text("某某市2027年宣传周活动方案\n责任单位中排在首位的为牵头单位。\n一、活动时间\n2027年5月10日至16日\n"
			 "二、活动安排\n（一）应急演练\n时间：5月12日\n责任单位：市应急局、市消防救援支队、市教育局\n");
	ck_assert_str_eq(act(plan, 0), "一|应急演练|2027-05-12|2027-05-12|-|-|市应急局|市消防救援支队、市教育局");
	json_decref(plan);
}
END_TEST

/* 一是…二是…三是 in an item: its sub-activities, titled by their first
 * clause; one that names no unit is led by the item's subject, and a
 * bracket naming only who helps leaves the subject leading. */
START_TEST(an_item_that_enumerates_its_parts)
{
	json_t *plan = with_head("（一）开展禁毒宣传“三进”活动\n"
				 "各乡镇要立足职能，开展宣传进学校、进社区、进家庭活动。一是进学校。县教育局要在5月14日前，"
				 "组织各中小学校上好禁毒第一课。二是进社区。各社区利用集市开展宣传。三是进家庭。"
				 "组织开展“无毒家庭”创建（县妇联配合）。\n");
	ck_assert_str_eq(act(plan, 0), "一|开展禁毒宣传“三进”活动|-|-|-|-|各乡镇|");
	ck_assert_str_eq(act(plan, 1), "一.1|进学校|-|-|-|-|县教育局|");
	ck_assert_str_eq(act(plan, 2), "一.2|进社区|-|-|-|-|各社区|");
	ck_assert_str_eq(act(plan, 3), "一.3|进家庭|-|-|-|-|各乡镇|县妇联");
	json_decref(plan);
}
END_TEST

/* A table as a PDF copy leaves it, a cell per line: a date and its time
 * on two lines, a cell wrapped over two, a page number and the header
 * again, a row whose empty place cell was dropped, a long unit cell that
 * must not swallow the next row's number. */
START_TEST(a_table_copied_from_a_pdf_reads_row_by_row)
{
	json_t *plan = read_text("某某市2027年防灾减灾宣传周活动方案\n责任单位中排在首位的为牵头单位。\n"
				 "一、活动时间\n2027年5月9日至15日\n二、活动安排\n序号\n活动名称\n时间\n地点\n责任单位\n"
				 "1\n宣传周启动仪式暨应急救援综合演练\n5月9日\n上午9:00\n市民之家南广场\n"
				 "市应急管理局、市消防救援支队、市卫生健康委、市减灾委有关成员单位\n"
				 "2\n防灾减灾知识宣传\n5月9日—15日\n各县（市、区）社区、学校、企业、\n农村、家庭\n"
				 "各县（市、区）减灾委、市教育局\n— 2 —\n序号\n活动名称\n时间\n地点\n责任单位\n"
				 "3\n隐患排查\n5月11日—15日\n市应急管理局，市水利局、市城市管理局\n"
				 "三、工作要求\n请各单位于5月20日前报送总结。\n");
	ck_assert_str_eq(act(plan, 0), "1|宣传周启动仪式暨应急救援综合演练|2027-05-09|2027-05-09|09:00|市民之家南广场|市应急管理局|"
				       "市消防救援支队、市卫生健康委、市减灾委有关成员单位");
	ck_assert_str_eq(act(plan, 1), "2|防灾减灾知识宣传|2027-05-09|2027-05-15|-|各县（市、区）社区、学校、企业、农村、家庭|"
				       "各县（市、区）减灾委|市教育局");
	ck_assert_str_eq(act(plan, 2), "3|隐患排查|2027-05-11|2027-05-15|-|-|市应急管理局|市水利局、市城市管理局");
	json_decref(plan);
}
END_TEST

/* Deadline habits: a weekday in brackets or a clock time before 前, an
 * object that starts like a verb (报告会), 把X报Y, a leading clause of
 * when that ends in 内, and the boilerplate of 加强组织领导, which owes
 * no document. */
START_TEST(deadlines_in_the_requirements)
{
	json_t *plan = with_head("（一）讲座。5月11日，由县科协牵头。\n三、工作要求\n"
				 "（一）加强组织领导。各单位要高度重视，结合实际制定具体活动方案，精心组织实施。\n"
				 "（二）做好联络。请各学院于5月6日（星期四）前确定1名联络员，并将报告会参会名单发送至a@b.cn。\n"
				 "（三）及时总结。活动结束后3个工作日内，各承办单位将活动总结报县科协。\n"
				 "（四）排查隐患。各村（居）要在5月8日17:00前，把本村的隐患排查台账报镇应急办。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 3);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "确定1名联络员并报送报告会参会名单|5月6日（星期四）前|2027-05-06|各学院|a@b.cn");
	/* a relative rule is resolved when the plan is stored */
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送活动总结|活动结束后3个工作日内|-|各承办单位|县科协");
	ck_assert_str_eq(deadline_line_at(plan, 2), "报送本村的隐患排查台账|5月8日17:00前|2027-05-08|各村（居）|镇应急办");
	json_decref(plan);
}
END_TEST

/* A web copy whose pages start inside the activity table: the metadata's
 * 标题 gives the plan's title from its 《》, the rows above the repeated
 * header are read, cells may be sentences, and 宣传周期间 without a period
 * is kept as written. */
START_TEST(a_web_copy_that_starts_inside_a_table)
{
	json_t *plan = read_text("标题：\n某某区应急管理局关于印发《某某区2027年防灾减灾宣传周活动方案》的通知\n"
				 "成文日期：\n2027年04月28日\n"
				 "和游客开展避险演练，发放宣传资料。\n5月10日\n景区入口\n区文旅局\n区应急管理局\n"
				 "4\n集中宣传咨询\n设置展板，解答群众咨询。\n5月12日\n上午9:00\n市民广场\n区应急管理局\n区气象局\n"
				 "— 3 —\n序号\n活动名称\n主要内容\n时间\n地点\n牵头单位\n配合单位\n"
				 "5\n应急科普进社区\n组织科普讲座。\n宣传周期间\n各社区\n各街道\n区红十字会\n"
				 "四、工作要求\n请各单位于5月8日前报送活动安排。\n");
	ck_assert_str_eq(field(plan, "title"), "某某区2027年防灾减灾宣传周活动方案");
	ck_assert_str_eq(act(plan, 0), "4|集中宣传咨询|2027-05-12|2027-05-12|09:00|市民广场|区应急管理局|区气象局");
	json_t *a = json_array_get(json_object_get(plan, "activities"), 1);
	ck_assert_str_eq(activity_line(a), "5|应急科普进社区|-|-|-|各社区|各街道|区红十字会");
	ck_assert_str_eq(field(a, "date_text"), "宣传周期间");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 2);
	json_decref(plan);
}
END_TEST

/* The short names a notice calls its issuer by, those it uses only. */
START_TEST(short_names_of_the_issuer_and_participants)
{
	json_t *plan = read_text("某某县禁毒委员会办公室关于印发2027年某某县全民禁毒宣传月活动方案的通知\n"
				 "一、活动时间\n2027年6月1日至30日\n二、活动安排\n"
				 "（一）启动仪式\n时间：6月5日\n主办单位：县禁毒办\n承办单位：县公安局\n参加单位：县教育局、县司法局\n"
				 "三、工作要求\n请各成员单位于7月3日前将总结报县禁毒办。\n"
				 "某某县禁毒委员会办公室\n2027年5月29日\n");
	ck_assert_str_eq(field(plan, "organizer"), "某某县禁毒委员会办公室");
	json_t *unit = json_array_get(json_object_get(plan, "units"), 0);
	ck_assert_str_eq(names(unit, "aliases"), "县禁毒办");
	ck_assert_str_eq(act(plan, 0), "一|启动仪式|2027-06-05|2027-06-05|-|-|县禁毒办|县公安局、县教育局、县司法局");
	json_decref(plan);
}
END_TEST

/* Places in prose: the account an activity runs on, not one of several
 * channels; 在显著位置, 在农闲时节 are no places. */
START_TEST(places_in_prose)
{
	json_t *plan = with_head("（一）网络有奖竞答。5月11日至16日，依托“某某司法”微信公众号开展竞答，由县司法局牵头。\n"
				 "（二）网络宣传。县融媒体中心要利用“某某发布”微信公众号、抖音号和县电视台开设专栏。\n"
				 "（三）公开承诺。各经营户在显著位置张贴承诺书，由县市场监管局牵头。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "activities"), 0), "location"),
			 "“某某司法”微信公众号");
	ck_assert_ptr_null(field(json_array_get(json_object_get(plan, "activities"), 1), "location"));
	ck_assert_ptr_null(field(json_array_get(json_object_get(plan, "activities"), 2), "location"));
	json_decref(plan);
	/* 在全县中小学 (not 在全市), 进入X、Y开展, 参观X、Y (a site, not a process) */
	plan = with_head("（一）主题班会。5月11日，在全县中小学开展主题班会，由县教育局牵头。\n"
			 "（二）宣讲。5月12日，组织宣讲小分队进入社区、机关、学校开展宣讲，由县司法局牵头。\n"
			 "（三）开放日。5月13日，组织市民代表参观县城市污水处理厂、县垃圾焚烧发电厂，由县生态环境局牵头。\n"
			 "（四）参观体验。5月14日，组织群众参观食品加工制作过程，由县市场监管局牵头。\n");
	static const char *const want[] = {"全县中小学", "社区、机关、学校", "县城市污水处理厂、县垃圾焚烧发电厂", NULL};
	for (size_t k = 0; k < 4; k++) {
		const char *got = field(json_array_get(json_object_get(plan, "activities"), k), "location");
		if (want[k])
			ck_assert_str_eq(got, want[k]);
		else
			ck_assert_ptr_null(got);
	}
	json_decref(plan);
}
END_TEST

/* 由X主办，Y、Z承办，A协办: the hosts' helpers clause by clause; a
 * bureau's own sections as units (牵头科室：, 配合科室：). */
START_TEST(hosts_helpers_and_sections)
{
	json_t *plan = with_head("（一）启动仪式。5月10日，在市民广场举办启动仪式，由省司法厅主办，西宁市司法局、城中区司法局承办，"
				 "省律师协会协办。\n"
				 "（二）质量咨询。5月12日，开展质量咨询。牵头科室：质量发展科；配合科室：计量科、标准化科。\n"
				 "（三）司法开放日。5月13日，开放庭审（县法院、县检察院牵头，县司法局配合）。\n");
	ck_assert_str_eq(act(plan, 0), "一|启动仪式|2027-05-10|2027-05-10|-|市民广场|省司法厅|西宁市司法局、城中区司法局、省律师协会");
	ck_assert_str_eq(act(plan, 1), "二|质量咨询|2027-05-12|2027-05-12|-|-|质量发展科|计量科、标准化科");
	/* （A、B牵头，C配合）: a group marked as a whole */
	ck_assert_str_eq(act(plan, 2), "三|司法开放日|2027-05-13|2027-05-13|-|-|县法院、县检察院|县司法局");
	json_decref(plan);
}
END_TEST

/* 联系人：镇应急办　唐一丁: the office, then the person after an
 * ideographic space (U+3000): the person is the contact. */
START_TEST(a_contact_after_an_office_and_an_ideographic_space)
{
	json_t *plan = with_head("（一）启动仪式。5月10日，由镇应急办牵头。\n"
				 "联系人：镇应急办\xe3\x80\x80唐一丁，联系电话：0734-7261538。\n");
	json_t *c = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(c), 1);
	ck_assert_str_eq(field(json_array_get(c, 0), "name"), "唐一丁");
	ck_assert_str_eq(field(json_array_get(c, 0), "phone"), "0734-7261538");
	json_decref(plan);
	/* run together, no space: the person after the last office word */
	plan = with_head("（一）启动仪式。5月10日，由镇卫生院牵头。\n"
			 "联系人：镇卫生院公共卫生科杨一丁，电话0719-4531268。\n");
	c = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(c), 1);
	ck_assert_str_eq(field(json_array_get(c, 0), "name"), "杨一丁");
	json_decref(plan);
}
END_TEST

/* Helpers named in a sentence of their own (县文明办配合。) or by a verb
 * of those who help (督导, 协助). */
START_TEST(helpers_in_a_sentence_of_their_own)
{
	json_t *plan = with_head("（一）志愿助残。5月16日，团县委组织青年志愿者开展助残服务。县文明办配合。\n"
				 "（二）入户宣传。5月12日，由各村（社区）负责，镇应急办督导。\n"
				 "（三）义诊。5月13日，由县卫健局牵头，县人民医院协助。\n"
				 "（四）科普宣传。5月14日，在万达广场开展，由区卫健局牵头，区疾控中心、"
				 "万达广场所在的宝塔河街道配合。\n"
				 "（五）地质科普展。5月15日，由厅宣传教育中心承办，兰州市自然资源局、省地质学会协办。\n");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "activities"), 0), "cooperate"), "县文明办");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "activities"), 1), "lead"), "各村（社区）");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "activities"), 1), "cooperate"), "镇应急办");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "activities"), 2), "cooperate"), "县人民医院");
	/* X所在的Y: the unit is Y */
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "activities"), 3), "cooperate"),
			 "区疾控中心、宝塔河街道");
	/* 由X承办，Y协办 with no 主办: who undertakes it leads */
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "activities"), 4), "lead"), "厅宣传教育中心");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "activities"), 4), "cooperate"),
			 "兰州市自然资源局、省地质学会");
	json_decref(plan);
}
END_TEST

/* 一是…。二是…。 opening paragraphs of a 重点工作 section are its
 * activities, as （一） items would be; in 工作要求 they stay requirements. */
START_TEST(activities_listed_as_yi_shi_er_shi)
{
	json_t *plan = read_text("某某区医疗保障局\n关于做好2026年医保基金监管集中宣传月工作的通知\n"
				 "一、活动时间\n2026年4月1日至4月30日。\n"
				 "二、突出抓好几项重点工作\n"
				 "一是办好集中宣传活动。4月8日上午9点，在市民之家南广场举办启动仪式，由区医保局牵头。\n"
				 "二是召开警示教育大会。4月22日下午3点，在区医保局会议室召开，由区医保局牵头。\n"
				 "三、工作要求\n一是压实工作责任。各单位要明确一名联络员。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	ck_assert_str_eq(act(plan, 0), "一|办好集中宣传活动|2026-04-08|2026-04-08|09:00|市民之家南广场|区医保局|");
	ck_assert_str_eq(field(json_array_get(acts, 1), "title"), "召开警示教育大会");
	ck_assert_str_eq(field(json_array_get(acts, 1), "time"), "15:00");
	json_decref(plan);
}
END_TEST

/* A plan in prose, no heading at all: the parts of 活动主要从两个方面开展。
 * 一是…。二是… are its activities. */
START_TEST(activities_as_the_parts_of_a_paragraph)
{
	json_t *plan = read_text("宝丰镇2026年全民营养周宣传活动方案\n"
				 "我镇活动时间为5月15日至5月29日。\n"
				 "活动主要从两个方面开展。一是举办集中宣传咨询活动。5月20日上午8点半，由镇卫生院牵头，"
				 "镇妇联配合，在集镇农贸市场门口设立宣传咨询点。二是开展学校食堂检查。5月18日至22日，"
				 "由镇市场监管所牵头，镇中心学校配合，对学校食堂开展检查。\n");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 2);
	ck_assert_str_eq(act(plan, 0), "一|举办集中宣传咨询活动|2026-05-20|2026-05-20|08:30|集镇农贸市场门口|镇卫生院|镇妇联");
	ck_assert_str_eq(act(plan, 1), "二|开展学校食堂检查|2026-05-18|2026-05-22|-|-|镇市场监管所|镇中心学校");
	json_decref(plan);
}
END_TEST

/* 以上材料均报X: the place every duty of the paragraph goes to. */
START_TEST(the_above_all_go_to_one_place)
{
	json_t *plan = with_head("（一）启动仪式。5月10日，由县局牵头。\n"
				 "请各单位于5月12日前报送自查报告；5月20日前报送工作总结（含图片3至5张）。"
				 "以上材料均报区医保局基金监管股（邮箱：kfqybjg@163.com）。\n");
	json_t *d = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(d), 2);
	for (size_t i = 0; i < 2; i++)
		ck_assert_str_eq(field(json_array_get(d, i), "submit_to"), "区医保局基金监管股（邮箱：kfqybjg@163.com）");
	/* what is sent keeps the bracket the plan writes with it */
	ck_assert_str_eq(field(json_array_get(d, 1), "what"), "报送工作总结（含图片3至5张）");
	json_decref(plan);
}
END_TEST

/* Who submits: a unit whose name holds 自 (各市州自然资源局, 自治州) is
 * whole; 自即日起 still opens a time. */
START_TEST(a_unit_named_with_zi_submits_whole)
{
	json_t *plan = with_head("（一）启动仪式。5月10日，由县局牵头。\n"
				 "请各市州自然资源局于5月30日前将活动总结报送厅宣传教育中心。\n");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 0), "who"), "各市州自然资源局");
	json_decref(plan);
}
END_TEST

/* X请当日报送: a duty with no one due date, between two dated ones,
 * keeps its place in the list. */
START_TEST(a_duty_reported_the_same_day)
{
	json_t *plan = with_head("（一）启动仪式。5月10日，由县局牵头。\n"
				 "请各单位于5月8日前将活动安排报县局；宣传周期间的活动信息请当日报送；"
				 "请各单位于5月30日前将活动总结报送县局。\n");
	json_t *d = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(d), 3);
	ck_assert_str_eq(field(json_array_get(d, 1), "what"), "报送宣传周期间的活动信息");
	ck_assert_str_eq(field(json_array_get(d, 1), "rule"), "当日报送");
	ck_assert_ptr_null(field(json_array_get(d, 1), "due"));
	ck_assert_str_eq(field(json_array_get(d, 2), "what"), "报送活动总结");
	json_decref(plan);
}
END_TEST

/* 宣传周期间, “质量月”期间, 活动期间, 助残日期间: the campaign's whole
 * period; 节日期间 is not. */
START_TEST(during_the_campaign)
{
	json_t *plan = with_head("（一）专项检查。“质量月”期间，对重点产品开展专项检查，由市局牵头。\n"
				 "（二）值守。宣传月期间要抓好日常安全，由镇应急办负责。\n"
				 "（三）康复关爱。助残日期间，组织专家开展康复评估，由县卫健局牵头。\n"
				 "（四）巡查。节日期间加强巡查，由县公安局负责。\n");
	ck_assert_str_eq(act(plan, 0), "一|专项检查|2027-05-10|2027-05-16|-|-|市局|");
	ck_assert_str_eq(act(plan, 1), "二|值守|2027-05-10|2027-05-16|-|-|镇应急办|");
	ck_assert_str_eq(act(plan, 2), "三|康复关爱|2027-05-10|2027-05-16|-|-|县卫健局|");
	ck_assert_str_eq(act(plan, 3), "四|巡查|-|-|-|-|县公安局|");
	json_decref(plan);
}
END_TEST

/* A cover letter that repeats the plan's deadline: read once, with what
 * only the cover said (to whom); a weekly report has no one due date. */
START_TEST(a_cover_that_repeats_a_deadline)
{
	json_t *plan = read_text("关于印发2027年某某县节能宣传周活动方案的通知\n各乡镇：\n"
				 "请于6月13日前将本单位活动安排报县节能办。\n某某县发展和改革局\n2027年6月9日\n"
				 "2027年某某县节能宣传周活动方案\n一、活动时间\n2027年6月16日至22日\n"
				 "二、活动安排\n（一）启动仪式。6月16日，由县发改局牵头。\n"
				 "三、工作要求\n请各乡镇于6月13日前报送本单位活动安排。宣传周期间，请各乡镇每周五下班前报送活动进展情况。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送本单位活动安排|6月13日前|2027-06-13|各乡镇|县节能办");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送活动进展情况|每周五下班前|-|各乡镇|-");
	json_decref(plan);
}
END_TEST

/* The higher plan cited: 根据X《Y》（文号）要求 (as written, with its
 * issuer) and 根据X关于Y的通知要求. */
START_TEST(the_plan_a_notice_cites)
{
	json_t *plan = with_head("（一）启动仪式。5月10日，由县局牵头。\n");
	ck_assert_ptr_null(field(plan, "parent_plan"));
	json_decref(plan);
	plan = read_text("某某县2027年宣传周活动方案\n根据市禁毒办《关于开展2027年禁毒宣传月活动的通知》（市禁毒办〔2027〕3号）要求，制定本方案。\n"
			 "一、活动时间\n2027年6月1日至30日\n二、活动安排\n（一）启动仪式。6月5日，由县禁毒办牵头。\n");
	ck_assert_str_eq(field(plan, "parent_plan"), "市禁毒办《关于开展2027年禁毒宣传月活动的通知》（市禁毒办〔2027〕3号）");
	json_decref(plan);
	plan = read_text("某某市2027年防灾减灾宣传周活动方案\n为提升公众自救互救技能，根据国家减灾委员会办公室关于做好2027年全国防灾减灾日有关工作的通知和省减灾委工作安排，"
			 "结合我市实际，制定本方案。\n一、活动时间\n2027年5月9日至15日\n二、活动安排\n（一）演练。5月12日，由市应急局牵头。\n");
	ck_assert_str_eq(field(plan, "parent_plan"), "国家减灾委员会办公室关于做好2027年全国防灾减灾日有关工作的通知");
	json_decref(plan);
	/* a 根据 that cites no plan, then one that does; an issuer that is a
	 * ministry's department (司) */
	plan = read_text("某某医院2027年老年健康宣传周活动方案\n根据国家卫生健康委统一部署，为普及老年健康知识，"
			 "根据区卫生健康委员会《关于开展2027年老年健康宣传周活动的通知》要求，制定本方案。\n"
			 "一、活动时间\n2027年7月26日至8月1日\n二、活动安排\n（一）义诊。7月26日，由医务科牵头。\n");
	ck_assert_str_eq(field(plan, "parent_plan"), "区卫生健康委员会《关于开展2027年老年健康宣传周活动的通知》");
	json_decref(plan);
	plan = read_text("某某省2027年安全用药月活动方案\n根据国家药品监督管理局综合和规划财务司《关于开展2027年全国安全用药月活动的通知》"
			 "要求，制定本方案。\n一、活动时间\n2027年9月1日至30日\n二、活动安排\n（一）启动仪式。9月5日，由省药监局牵头。\n");
	ck_assert_str_eq(field(plan, "parent_plan"),
			 "国家药品监督管理局综合和规划财务司《关于开展2027年全国安全用药月活动的通知》");
	json_decref(plan);
}
END_TEST

/* The region of the issuer at every level: a province's own bureau, a
 * province named like a prefecture (贵州省), a town's government, a party
 * committee's office (中共X市委…). */
START_TEST(regions_of_issuers)
{
	static const char *const cases[][2] = {
		{"青海省司法厅", "青海省"},
		{"贵州省科学技术厅", "贵州省"},
		{"白舍镇人民政府", "白舍镇"},
		{"中共宜宾市委网络安全和信息化委员会办公室", "宜宾市"},
		{"广西壮族自治区鹿寨县市场监督管理局", "鹿寨县"},
		/* 依法治区: a goal, as 质量强市 is, no district of that name */
		{"中共临澜市瓯江区委全面依法治区委员会办公室", "瓯江区"},
		{"江州市临湖区质量强区工作领导小组办公室", "临湖区"},
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s关于开展2027年宣传周活动的通知\n一、活动时间\n2027年5月10日至16日\n"
				  "二、活动安排\n（一）启动仪式。5月10日，由县局牵头。\n", cases[k][0]);
		json_t *plan = read_text(wp_buf_str(&b));
		ck_assert_str_eq(field(plan, "region"), cases[k][1]);
		json_decref(plan);
		wp_buf_free(&b);
	}
}
END_TEST

/* A period written as parts of months (4月上旬至4月中旬) before a day
 * it names; a theme after its own label. */
START_TEST(period_in_parts_of_months_and_a_labelled_theme)
{
	json_t *plan = read_text("某某区2027年国家安全教育日活动方案\n一、活动时间\n4月上旬至4月中旬，集中宣传日为4月15日。\n"
				 "二、活动主题\n宣传周主题：国家安全 人人有责。\n三、活动安排\n（一）集中宣传。4月15日，由区委政法委牵头。\n");
	ck_assert_str_eq(period_field(plan, "start"), "2027-04-01");
	ck_assert_str_eq(period_field(plan, "end"), "2027-04-20");
	ck_assert_str_eq(field(plan, "theme"), "国家安全 人人有责");
	json_decref(plan);
}
END_TEST

/* A committee written in prose: its chair (a person whose post may hold a
 * 、), its deputies and members, without what the member units send
 * (分管负责人). */
START_TEST(a_committee_in_prose)
{
	json_t *plan = read_text("某某区2027年国家安全教育日活动方案\n一、活动时间\n2027年4月10日至20日\n"
				 "二、组织领导\n成立领导小组。组长由区委常委、政法委书记周一鸣担任，副组长由区委政法委副书记沈骁担任，"
				 "成员由区委宣传部、区教育局、区司法局等单位分管负责同志组成。\n"
				 "三、活动安排\n（一）集中宣传。4月15日，由区委政法委牵头。\n");
	json_t *committee = json_object_get(plan, "committee");
	ck_assert_str_eq(names(committee, "chair"), "区委常委、政法委书记周一鸣");
	ck_assert_str_eq(names(committee, "vice_chair"), "区委政法委副书记沈骁");
	ck_assert_str_eq(names(committee, "members"), "区委宣传部、区教育局、区司法局");
	json_decref(plan);
}
END_TEST

/* Duties counted from the notice's issue (本通知印发后一周内: due a week
 * after it), a recipient shared by the parts of a sentence, a working plan
 * (实施方案) that is no deadline, 将X报Y. */
START_TEST(more_deadline_habits)
{
	json_t *plan = read_text("关于开展2027年某某市科技活动周的通知\n各区县科技局：\n"
				 "请各区县科技局于本通知印发后一周内将活动方案报组委会办公室。\n某某市科学技术局\n2027年4月20日\n"
				 "一、活动时间\n2027年5月23日至30日\n二、活动安排\n（一）启动仪式。5月23日，由市科技局牵头。\n"
				 "三、工作要求\n（一）各牵头单位要制定具体实施方案，明确时间节点。\n"
				 "（二）请各区县于5月15日前将参展名单报市科技局；活动期间每周五下班前报送活动动态。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 3);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动方案|本通知印发后一周内|2027-04-27|各区县科技局|组委会办公室");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送参展名单|5月15日前|2027-05-15|各区县|市科技局");
	ck_assert_str_eq(deadline_line_at(plan, 2), "报送活动动态|每周五下班前|-|各区县|市科技局");
	json_decref(plan);
	/* 要及时报送, 活动期间每日…报: duties with no one due date */
	plan = with_head("（一）讲座。5月11日，由县科协牵头。\n三、工作要求\n"
			 "各单位要及时报送活动动态信息；活动期间每日将活动图片报县科协。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动动态信息|及时报送|-|各单位|县科协");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送活动图片|活动期间每日|-|各单位|县科协");
	json_decref(plan);
	/* a duty done by a date, with nothing to send */
	plan = with_head("（一）作品征集。5月10日至16日，县融媒体中心要面向全县征集短视频，5月14日前完成征集。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "完成征集|5月14日前|2027-05-14|县融媒体中心|-");
	json_decref(plan);
}
END_TEST

/* A dated event inside a standing item (其间，4月15日上午9:30，在X（地址）
 * 举行Y，由A牵头，B配合): its own time, place and units. */
START_TEST(a_dated_event_inside_an_item)
{
	json_t *plan = with_head("（一）宣传进社区。5月10日至16日，由区委政法委牵头，进入社区开展宣传。"
				 "其间，5月15日上午9:30，在步行街（中山路口东南侧）举行集中宣传活动，由区委政法委牵头，区司法局配合。\n");
	ck_assert_str_eq(act(plan, 1), "一.1|集中宣传活动|2027-05-15|2027-05-15|09:30|步行街（中山路口东南侧）|区委政法委|区司法局");
	json_decref(plan);
}
END_TEST

/* An item heading with 、 inside its quotes is a title, not prose a page
 * cut: the date line after it is not joined to it; a deadline's time of
 * day (下午5时, 放学) comes before its 前. */
START_TEST(a_heading_with_a_list_in_quotes)
{
	json_t *plan = with_head("（一）消费维权“进社区、进乡村、进企业”主题宣传活动\n"
				 "5月11日至13日，由县消保委牵头，各市场监管所配合，深入社区开展宣传。\n"
				 "三、工作要求\n请各所于5月8日下午5时前将活动方案报县局。\n");
	ck_assert_str_eq(act(plan, 0), "一|消费维权“进社区、进乡村、进企业”主题宣传活动|2027-05-11|2027-05-13|-|社区|县消保委|各市场监管所");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动方案|5月8日下午5时前|2027-05-08|各所|县局");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader parts");
	TCase *tc = tcase_create("parts");
	tcase_add_test(tc, a_bare_plan_is_read_from_its_title_line);
	tcase_add_test(tc, joint_issuers_above_a_bare_title_under_the_document_number);
	tcase_add_test(tc, a_long_list_of_cooperating_units_is_read);
	tcase_add_test(tc, a_list_of_those_attending_is_the_thing_sent);
	tcase_add_test(tc, lines_wrapped_at_one_width_are_joined_again);
	tcase_add_test(tc, the_only_year_a_fragment_names_dates_it);
	tcase_add_test(tc, phases_group_the_items_under_them);
	tcase_add_test(tc, a_sub_districts_plan_is_its_own_region);
	tcase_add_test(tc, members_sent_as_their_heads_are_units);
	tcase_add_test(tc, a_deputys_posts_stay_with_the_person);
	tcase_add_test(tc, a_period_stated_in_prose);
	tcase_add_test(tc, a_table_row_with_an_empty_last_cell_is_read);
	tcase_add_test(tc, a_committee_table_of_persons);
	tcase_add_test(tc, a_working_group_in_one_sentence);
	tcase_add_test(tc, a_contact_after_an_office_and_an_ideographic_space);
	tcase_add_test(tc, helpers_in_a_sentence_of_their_own);
	tcase_add_test(tc, activities_listed_as_yi_shi_er_shi);
	tcase_add_test(tc, activities_as_the_parts_of_a_paragraph);
	tcase_add_test(tc, the_above_all_go_to_one_place);
	tcase_add_test(tc, a_unit_named_with_zi_submits_whole);
	tcase_add_test(tc, a_duty_reported_the_same_day);
	tcase_add_test(tc, a_title_wrapped_over_two_lines_is_joined);
	tcase_add_test(tc, a_quoted_notice_in_the_preamble_is_not_the_title);
	tcase_add_test(tc, a_web_copys_metadata_block_is_read_and_left_out);
	tcase_add_test(tc, metadata_as_a_table_or_a_list_reads_the_same);
	tcase_add_test(tc, a_fragment_is_read_with_its_dates_as_written);
	tcase_add_test(tc, hints_give_what_the_notice_lacks);
	tcase_add_test(tc, a_draft_is_not_imported);
	tcase_add_test(tc, a_month_announced_in_the_preamble_is_the_period);
	tcase_add_test(tc, a_text_without_plan_content_is_refused);
	tcase_add_test(tc, named_activity_blocks_with_a_person_in_charge);
	tcase_add_test(tc, lead_lists_that_hold_the_cooperating_units);
	tcase_add_test(tc, an_item_that_enumerates_its_parts);
	tcase_add_test(tc, a_table_copied_from_a_pdf_reads_row_by_row);
	tcase_add_test(tc, deadlines_in_the_requirements);
	tcase_add_test(tc, a_web_copy_that_starts_inside_a_table);
	tcase_add_test(tc, short_names_of_the_issuer_and_participants);
	tcase_add_test(tc, places_in_prose);
	tcase_add_test(tc, hosts_helpers_and_sections);
	tcase_add_test(tc, during_the_campaign);
	tcase_add_test(tc, a_cover_that_repeats_a_deadline);
	tcase_add_test(tc, the_plan_a_notice_cites);
	tcase_add_test(tc, regions_of_issuers);
	tcase_add_test(tc, period_in_parts_of_months_and_a_labelled_theme);
	tcase_add_test(tc, a_committee_in_prose);
	tcase_add_test(tc, more_deadline_habits);
	tcase_add_test(tc, a_dated_event_inside_an_item);
	tcase_add_test(tc, a_heading_with_a_list_in_quotes);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
