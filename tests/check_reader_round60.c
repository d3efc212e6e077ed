/* check_reader_round60.c - habits of the notices of round r60 (g328-g332),
 * the hold-out written after session 32's teaching: a city science
 * association's plan in stages (一、筹备阶段) whose items are numbered by
 * their stage (1.1, 2.2.1) with a section recapping the deadlines; a
 * county court's schedule by weekday; a PDF copy; a chat export. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "copies.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char staged[] =
	"洺州市2026年全国科普日活动方案\n"
	"　　活动时间为2026年9月13日至9月19日。全市工作分筹备、集中活动、总结三个阶段推进。\n"
	"一、筹备阶段（8月20日—9月5日）\n"
	"　　1.1 召开工作部署会。8月21日上午9:30，在市科技馆三楼会议室召开，通报活动总体安排。（牵头单位：市科协科普部）\n"
	"　　1.2 宣传预热。本阶段，在微信公众号开设专栏。（牵头单位：市融媒体中心）\n"
	"二、集中活动阶段（9月13日—9月19日）\n"
	"　　2.1 主场活动。9月19日上午9:00，在市科技馆举行。（牵头单位：市科协）\n"
	"　　2.2 巡回报告。9月14日至9月18日，分赴各区（县）中小学开展巡回报告。"
	"其中，9月15日下午2:30在市第一中学报告厅举行首场报告会。（牵头单位：市教育局）\n"
	"　　3.1 科普开放。9月14日至9月16日，在市科技馆开展。\n"
	"　　2.6 万名中小学生参加线上答题。\n"
	"三、工作要求\n"
	"　　各区（县）教育局要汇总本辖区中小学报告需求，于9月2日前报送市教育局基础教育科。"
	"各区（县）科协和各科普教育基地于9月25日前将活动总结报送组委会办公室。\n"
	"四、时间节点\n"
	"　　9月2日前，各区（县）教育局报送报告需求；"
	"9月10日前，市直各学校将参加主场活动的师生名单报送市教育局；"
	"9月25日前，各单位报送活动总结。\n";

/* 一、筹备阶段 / 1.1 X / 1.2 Y / 二、… / 2.1 …: items numbered by their
 * stage are the activities, keyed as written; the stage is none, and
 * dates an item that names no day of its own. A number that is not its
 * section's (3.1 under 二) heads nothing. */
START_TEST(items_numbered_by_their_stage)
{
	json_t *plan = plan_from_text(staged);
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1.1|召开工作部署会|2026-08-21|2026-08-21|09:30|市科技馆三楼会议室|市科协科普部|");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "1.2");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-08-20");
	ck_assert_str_eq(field(plan_activity(plan, 1), "end"), "2026-09-05");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "2.1");
	ck_assert_str_eq(field(plan_activity(plan, 3), "no"), "2.2");
	/* the sub-event 其中… under 2.2, and 3.1 under 二 is a line of 2.2 */
	ck_assert_str_eq(field(plan_activity(plan, 4), "no"), "2.2.1");
	ck_assert_str_eq(field(plan_activity(plan, 4), "start"), "2026-09-15");
	json_decref(plan);
	/* a dotted date opening a line is no item (4.1 is April 1st) */
	plan = plan_from_text("某县活动方案\n一、活动时间\n2026年4月1日至4月7日。\n二、活动主题\n“创新”。\n"
			      "三、宣传重点\n宣传法律。\n四、活动安排\n（一）启动仪式\n"
			      "4.1 上午9:00，在县广场举行。\n（二）知识竞赛\n4.3 下午，在县图书馆举行。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "一|启动仪式|2026-04-01|2026-04-01|09:00|县广场||");
	json_decref(plan);
	/* a number of another section (a copy's slip) takes no item's place */
	plan = plan_from_text("某市活动方案\n活动时间为2026年9月13日至9月19日。\n"
			      "一、筹备阶段（9月1日—9月5日）\n　　1.1 部署会。9月1日，在市科协召开。\n"
			      "二、集中活动阶段（9月13日—9月19日）\n　　1.1 另见附件。\n"
			      "　　2.1 主场活动。9月19日，在市科技馆举行。\n　　2.2 巡回报告。9月14日，在各中小学开展。\n");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "2.1");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "2.2");
	json_decref(plan);
	/* nor under a section of another number, with no time of day */
	plan = plan_from_text("某县活动方案\n一、活动时间\n2026年4月1日至4月7日。\n二、活动安排\n（一）启动仪式\n"
			      "4.1 在县广场举行。\n（二）知识竞赛\n4.3 在县图书馆举行。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "二|知识竞赛|2026-04-03|2026-04-03|-|县图书馆||");
	json_decref(plan);
}
END_TEST

/* The activities' numbers, joined with | (a static buffer). */
static const char *numbers(json_t *plan)
{
	static char out[256];
	out[0] = '\0';
	for (size_t i = 0; i < plan_count(plan, "activities"); i++) {
		if (i)
			strncat(out, "|", sizeof out - strlen(out) - 1);
		strncat(out, field(plan_activity(plan, i), "no"), sizeof out - strlen(out) - 1);
	}
	return out;
}

/* Cut to a width (…（牵头单位：市科协科普部） | 1.2 宣传预热。…) or run
 * on (…） 1.2 宣传预热。…), the stage's items are each a paragraph. */
START_TEST(stage_items_in_a_cut_or_run_on_copy)
{
	json_t *plan = plan_from_text(staged);
	const char *want = "1.1|1.2|2.1|2.2|2.2.1";
	ck_assert_str_eq(numbers(plan), want);
	json_decref(plan);
	char *copy = copy_wrapped(staged, 56);
	plan = plan_from_text(copy);
	ck_assert_str_eq(numbers(plan), want);
	json_decref(plan);
	free(copy);
	copy = copy_runon(staged);
	plan = plan_from_text(copy);
	ck_assert_str_eq(numbers(plan), want);
	json_decref(plan);
	free(copy);
	/* a count opening a line goes on the sentence (2.1 万名), no item */
	plan = plan_from_text("某县活动方案\n一、活动时间\n2026年9月13日至9月19日。\n二、活动安排\n"
			      "（一）线上答题。9月13日，在县科协公众号开展答题活动，预计全县中小学生约\n"
			      "2.1 万名参加，由县科协负责。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县科协");
	json_decref(plan);
}
END_TEST

static const char court[] =
	"岚溪县人民法院2026年知识产权司法保护宣传周活动方案\n\n"
	"　　一、活动时间\n\n　　2026年4月20日（星期一）至4月26日（星期日）。\n\n"
	"　　二、活动安排\n\n　　（一）集中活动日程\n\n"
	"　　宣传周期间，全院按日集中开展以下活动，具体时间如有调整，由工作小组办公室另行通知。\n\n"
	"　　4月20日（星期一）\n\n"
	"　　上午9:00　宣传周启动仪式暨知识产权司法保护新闻发布会\n"
	"　　地点：院四楼新闻发布厅\n"
	"　　内容：通报我院2023年至2025年知识产权审判工作情况，发布我院知识产权司法保护十大典型案例，"
	"回答记者提问，发放《知识产权保护百问百答》等宣传资料，现场展示侵权假冒商品与正品对比样本，"
	"解答群众和企业的知识产权纠纷咨询。\n"
	"　　牵头：院办公室　　配合：民事审判庭、县融媒体中心\n"
	"　　邀请县市场监管局（县知识产权局）、县工商联派员参加。\n\n"
	"　　下午3点　“知产法官进园区”走访座谈\n"
	"　　地点：岚溪经济开发区管委会三楼会议室\n"
	"　　内容：走访开发区内科技型企业，召开企业知识产权保护需求座谈会，发放《企业知识产权风险防范指引》，"
	"现场解答企业咨询，听取企业对知识产权司法保护工作的意见建议，梳理形成问题清单并跟踪办理，"
	"推动服务企业创新发展。\n"
	"　　承办：民事审判庭　　协办：县工商联、岚溪经济开发区管委会、县科协\n\n"
	"　　4月21日（星期二）\n\n"
	"　　上午9:30　公开开庭审理一起商标侵权案件\n"
	"　　地点：第三审判庭\n"
	"　　内容：选取一起侵害注册商标专用权纠纷案件公开开庭审理，通过中国庭审公开网全程直播，邀请县人大代表、"
	"县政协委员及辖区企业经营者现场旁听，庭审结束后由审判长以案释法。\n"
	"　　牵头：民事审判庭　　配合：司法警察大队、院办公室\n\n"
	"　　下午　“知识产权进校园”法治课\n"
	"　　地点：岚溪县第一中学\n"
	"　　内容：由民事审判庭青年法官围绕网络游戏、短视频中的著作权保护讲授法治课，引导学生尊重原创、抵制盗版，"
	"增强青少年知识产权保护意识。\n"
	"　　牵头：民事审判庭　　配合：县教育局\n\n"
	"　　（二）“以案说法”线上专栏\n\n"
	"　　时间：4月22日至\n　　4月26日（星期日）\n"
	"　　宣传周期间，在“岚溪法院”微信公众号开设专栏。由院办公室负责，民事审判庭配合。\n";

/* The activities, a line each (activity_line), joined with newlines
 * (caller frees). */
static char *activity_lines(json_t *plan)
{
	size_t n = plan_count(plan, "activities"), len = 1;
	char *out = calloc(1, 1);
	for (size_t i = 0; i < n; i++) {
		const char *line = activity_line(plan_activity(plan, i));
		out = realloc(out, len + strlen(line) + 1);
		strcat(out, line);
		strcat(out, "\n");
		len += strlen(line) + 1;
	}
	return out;
}

/* （一）集中活动日程 / 4月20日（星期一） / 上午9:00　X / 地点：… / 牵头：… /
 * 邀请Y派员参加。: a heading that names a group over a schedule's days;
 * each entry under a day is an activity on that day, at the time its
 * title opens with, the sentence after its fields naming who else takes
 * part. Cut to a width (a full line of units, a blank line, the next
 * day: the units' line fills 68 columns) or run on (…县科协 4月21日（星期二）
 * 上午…, …县教育局 下午　X), the copy reads the same; so does a range
 * run on across its 至 (时间：4月22日至 4月26日（星期日）). */
START_TEST(a_schedule_by_day_under_a_group_heading)
{
	json_t *plan = plan_from_text(court);
	char *lines = activity_lines(plan);
	ck_assert_str_eq(lines,
			 "-|宣传周启动仪式暨知识产权司法保护新闻发布会|2026-04-20|2026-04-20|09:00|院四楼新闻发布厅|"
			 "院办公室|民事审判庭、县融媒体中心、县市场监管局（县知识产权局）、县工商联\n"
			 "-|“知产法官进园区”走访座谈|2026-04-20|2026-04-20|15:00|岚溪经济开发区管委会三楼会议室|"
			 "民事审判庭|县工商联、岚溪经济开发区管委会、县科协\n"
			 "-|公开开庭审理一起商标侵权案件|2026-04-21|2026-04-21|09:30|第三审判庭|民事审判庭|"
			 "司法警察大队、院办公室\n"
			 "-|“知识产权进校园”法治课|2026-04-21|2026-04-21|-|岚溪县第一中学|民事审判庭|县教育局\n"
			 "二|“以案说法”线上专栏|2026-04-22|2026-04-26|-|“岚溪法院”微信公众号|院办公室|民事审判庭\n");
	json_decref(plan);
	const int widths[] = {56, 68};
	for (size_t k = 0; k < 2; k++) {
		char *copy = copy_wrapped(court, widths[k]);
		plan = plan_from_text(copy);
		char *got = activity_lines(plan);
		ck_assert_msg(strcmp(got, lines) == 0, "cut at %d:\n%s", widths[k], got);
		free(got);
		json_decref(plan);
		free(copy);
	}
	char *copy = copy_runon(court);
	plan = plan_from_text(copy);
	char *got = activity_lines(plan);
	ck_assert_msg(strcmp(got, lines) == 0, "run on:\n%s", got);
	free(got);
	json_decref(plan);
	free(copy);
	free(lines);
}
END_TEST

/* 四、时间节点 / 现将主要时间节点重申如下：…: a recap says the deadlines
 * again. Its repeats (the same day) go, the body's words standing; what
 * only the recap says stays. Outside a recap, two reports due the same
 * day are two. */
START_TEST(a_recap_of_the_deadlines)
{
	json_t *plan = plan_from_text(staged);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送本辖区中小学报告需求|9月2日前|2026-09-02|各区（县）教育局|市教育局基础教育科");
	ck_assert_str_eq(deadline_line_at(plan, 1),
			 "报送活动总结|9月25日前|2026-09-25|各区（县）科协、各科普教育基地|组委会办公室");
	ck_assert_str_eq(deadline_line_at(plan, 2),
			 "报送参加主场活动的师生名单|9月10日前|2026-09-10|市直各学校|市教育局");
	json_decref(plan);
	/* a recap's row of another thing due the same day stays; a sentence
	 * that speaks of 时间节点 recaps nothing */
	plan = plan_from_text("某县活动方案\n一、活动时间\n2026年9月13日至9月19日。\n二、工作要求\n"
			      "各乡镇于9月25日前将活动总结报县科协。\n三、时间节点\n"
			      "9月10日前，各学校报送参赛作品；9月25日前，各学校将获奖学生名单报县教育局。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	json_decref(plan);
	plan = plan_from_text("某县活动方案\n一、活动时间\n2026年9月13日至9月19日。\n二、工作要求\n"
			      "各乡镇于9月25日前将活动总结报县科协。\n"
			      "各学校要严格把握时间节点，于9月25日前将活动总结报县教育局。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	json_decref(plan);
	/* a paragraph that says it repeats, under a section that does not */
	plan = plan_from_text("某县活动方案\n一、活动时间\n2026年9月13日至9月19日。\n二、工作要求\n"
			      "各乡镇于9月25日前将活动总结报县科协。\n"
			      "现将报送要求重申如下：9月25日前，各单位报送活动总结。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_decref(plan);
	plan = plan_from_text("某县活动方案\n一、活动时间\n2026年9月13日至9月19日。\n二、工作要求\n"
			      "各乡镇于9月25日前将活动总结报县科协。\n"
			      "各学校于9月25日前将获奖名单报县教育局。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	json_decref(plan);
}
END_TEST

/* A county commission's plan copied out of its PDF: a page's foot holds
 * a footnote (①健康小屋：指…) on a word marked above, the pages after the
 * cover open with the plan's title, a sentence runs on across the page,
 * a mobile number opens the last page under its person's line. The note
 * and its mark go, the title atop a page goes, the sentence is one, the
 * number is the person's; 由X（以下简称Y）具体组织实施 leads by X. */
START_TEST(a_pdf_copy_with_a_footnote_and_running_heads)
{
	json_t *plan = plan_from_text(
		"泗湄县卫生健康委员会\n\n泗卫〔2026〕31号\n\n— 1 —\n\n"
		"泗湄县2026年全民健康生活方式宣传月活动方案\n"
		"泗湄县2026年全民健康生活方式宣传月活动方案\n"
		"　　宣传月各项活动由县疾病预防控制中心（以下简称县疾控中心）具体组织实施。\n"
		"　　一、活动时间\n　　2026年9月1日至9月30日。\n　　二、活动安排\n"
		"　　（一）“健康体重进万家”测量服务。9月1日至9月30日，在各乡镇卫生院健康小\n"
		"屋①为辖区群众免费测量身高、体重、腰围和血压。由各乡镇卫生院负责。\n"
		"　　（二）“健康大集”乡村巡回宣传。9月14日至9月18日，在各乡镇集市设立宣传咨\n"
		"询点，开展“减盐减油减糖”有奖问答，发放限盐勺、控\n\n"
		"①健康小屋：指设在医疗卫生机构内，配备身高体重秤、血压计、血糖仪、体脂秤\n"
		"等自助检测设备，供群众免费开展健康自测的场所。\n\n— 2 —\n\n"
		"泗湄县2026年全民健康生活方式宣传月活动方案\n"
		"油壶等健康支持工具。由各乡镇卫生院负责，县疾控中心督导。\n"
		"　　三、联系方式\n"
		"　　县疾控中心慢性病防治科　朱　晓　电话：0557-7038215\n\n— 3 —\n\n"
		"泗湄县2026年全民健康生活方式宣传月活动方案\n"
		"　　　　　　　　　　　　　　　　　　手机：13856791042\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "县疾病预防控制中心");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "各乡镇卫生院健康小屋");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "各乡镇卫生院");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县疾控中心");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_line_at(plan, 1), "朱晓|13856791042|-");
	json_decref(plan);
	/* circled numbers that name things are no notes: a note says what
	 * its word means (：指, 是指) */
	ck_assert_str_eq(notice_paragraphs("（一）义诊。9月5日，在县广场举行，设置咨询台①号和②号。\n\n"
					   "①号台由县人民医院负责。\n\n②号台：县中医院负责。\n"),
			 "（一）义诊。9月5日，在县广场举行，设置咨询台①号和②号。 | ①号台由县人民医院负责。 | "
			 "②号台：县中医院负责。");
	/* notes one a line, then a blank line: the text goes on after them,
	 * each note's mark off its word */
	ck_assert_str_eq(notice_paragraphs("在各乡镇卫生院健康小屋①和健康步道②为群众测量血压。\n\n"
					   "①健康小屋：指自助检测场所。\n②健康步道：指设有健康标识的步行道。\n\n"
					   "二、工作要求\n各乡镇卫生院于10月10日前报送活动总结。\n"),
			 "在各乡镇卫生院健康小屋和健康步道为群众测量血压。 | 二、工作要求 | "
			 "各乡镇卫生院于10月10日前报送活动总结。");
	/* a short cell atop each page (a record's 序号) is no running head */
	const char *cells = notice_paragraphs("某市活动安排\n\n— 1 —\n\n序号\n1\n活动名称\n启动仪式\n\n— 2 —\n\n"
					      "序号\n2\n活动名称\n知识竞赛\n");
	ck_assert_msg(strstr(cells, "序号") && strstr(strstr(cells, "序号") + 1, "序号"), "%s", cells);
	/* nor one opening a line right under its mark's line, nor one after
	 * a list's colon (no word marked) */
	ck_assert_str_eq(notice_paragraphs("设置咨询台①号。\n①号台：指东侧咨询台。\n"),
			 "设置咨询台①号。 | ①号台：指东侧咨询台。");
	ck_assert_str_eq(notice_paragraphs("活动包括：①讲座。\n\n①讲座：指专家授课。\n"),
			 "活动包括：①讲座。 | ①讲座：指专家授课。");
}
END_TEST

/* The report of text (its lines joined with " | "; a static buffer). */
static const char *report_of(const char *text)
{
	static char out[8192];
	wp_notice_report report;
	wp_err err;
	char *plan = wp_notice_read_hinted(text, strlen(text), NULL, &report, &err);
	ck_assert_msg(plan != NULL, "refused: %s", err.msg);
	free(plan);
	out[0] = '\0';
	for (size_t i = 0; i < report.n; i++) {
		strncat(out, i ? " | " : "", sizeof out - strlen(out) - 1);
		strncat(out, report.lines[i], sizeof out - strlen(out) - 1);
	}
	wp_notice_report_free(&report);
	return out;
}

static const char chat[] =
	"2026-05-11 09:12 李晓燕（街道科普站）:\n"
	"@所有人 各科室、各社区：\n"
	"根据区科协《关于组织开展2026年全国科技活动周活动的通知》（樊科协发〔2026〕5号）要求制定的"
	"《鹿鸣街道2026年全国科技活动周活动方案》已经街道党工委会议研究通过，正式文件（鹿街办〔2026〕17号）已通过OA下发，"
	"现将方案全文发在群里。\n\n"
	"鹿鸣街道2026年全国科技活动周活动方案\n"
	"一、活动时间\n2026年5月16日至5月23日\n"
	"二、活动安排\n1.启动仪式\n时间：5月16日上午9:00\n地点：鹿鸣文化广场\n牵头：街道科普站\n"
	"三、工作要求\n"
	"请各社区居委会于5月13日下班前将活动安排报街道科普站。"
	"活动结束后3个工作日内，各科室、各社区将活动总结和活动情况统计表报送街道科普站。\n\n"
	"汀州市樊川区鹿鸣街道办事处\n2026年5月9日\n\n"
	"2026-05-12 16:35 李晓燕（街道科普站）:\n"
	"@所有人 补充通知：各科室、各社区活动总结报送时间调整为5月29日前，活动情况统计表随总结一并报送。\n";

/* A plan pasted into a work group's chat: the message over it names the
 * document's number (正式文件（X号）, not the number of the document it
 * follows); a later message moves a report's day (活动总结报送时间调整为
 * 5月29日前): the report's row takes the new day, no second row, and the
 * report says so. */
START_TEST(a_chat_names_the_number_and_moves_a_day)
{
	json_t *plan = plan_from_text(chat);
	ck_assert_str_eq(field(plan, "doc_number"), "鹿街办〔2026〕17号");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 1),
			 "报送活动总结和活动情况统计表|5月29日前|2026-05-29|各科室、各社区|街道科普站");
	ck_assert(json_is_null(json_object_get(json_array_get(json_object_get(plan, "deadlines"), 1), "relative")));
	json_decref(plan);
	const char *report = report_of(chat);
	ck_assert_msg(strstr(report, "its day is moved by a later passage to 5月29日前"), "%s", report);
	ck_assert_msg(!strstr(report, "调整为5月29日前': who must submit"), "%s", report);
	/* a day changed for a thing no row names is a row of its own; so is
	 * a second report of a thing, its day not said to change */
	plan = plan_from_text("某街道活动方案\n一、活动时间\n2026年5月16日至5月23日\n二、工作要求\n"
			      "各社区于5月20日前将活动总结报街道科普站。\n"
			      "补充通知：各社区宣传照片报送时间调整为5月25日前。\n"
			      "补充通知：各社区于5月27日前将活动总结纸质版报街道党政办。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-05-20");
	json_decref(plan);
}
END_TEST

/* A sheet pasted from Excel (cells apart by tabs): a lead cell merged
 * over two rows is written on the first only, the row under it empty;
 * that row is led by the same unit. The first row of a table takes no
 * lead from an activity before the table. */
START_TEST(a_merged_lead_cell_of_a_pasted_sheet)
{
	json_t *plan = plan_from_text(
		"某省活动方案\n一、活动时间\n2026年4月20日至4月26日。\n二、活动安排\n"
		"（一）启动仪式。4月20日上午，在省科学会堂举行，由省科技厅负责。\n"
		"（二）系列活动\n"
		"序号\t活动名称\t时间\t地点\t牵头单位\t配合单位\n"
		"1\t专利展\t4月21日\t会展中心\t\t省商务厅\n"
		"2\t新闻发布会\t4月22日\t新闻发布厅\t省市场监管局\t省委宣传部\n"
		"3\t案例发布\t4月23日\t发布厅\t\t各市局\n"
		"4\t司法保护发布会\t4月24日\t省高级人民法院\t省高级人民法院\t—\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "省科技厅");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "省市场监管局");
	ck_assert_str_eq(names(plan_activity(plan, 3), "lead"), "省市场监管局");
	ck_assert_str_eq(names(plan_activity(plan, 3), "cooperate"), "各市局");
	ck_assert_str_eq(names(plan_activity(plan, 4), "cooperate"), "");
	json_decref(plan);
}
END_TEST

/* （一）区级活动 / a table numbered 1 2 / （二）校级活动 / a table numbered
 * 1 2 again: the second group's rows are 二.1 二.2, each activity's number
 * its own (a deadline refers to one by it). */
START_TEST(tables_under_two_groups_keep_their_numbers_apart)
{
	json_t *plan = plan_from_text(
		"某区活动方案\n一、活动时间\n2026年4月20日至4月26日。\n二、活动安排\n（一）区级活动\n"
		"| 序号 | 活动名称 | 时间 | 地点 | 牵头单位 |\n| 1 | 启动仪式 | 4月20日 | 区广场 | 区教育局 |\n"
		"| 2 | 培训会 | 4月21日 | 区会议室 | 区教育局 |\n（二）校级活动\n"
		"| 序号 | 活动名称 | 时间 | 地点 | 牵头单位 |\n| 1 | 主题班会 | 4月22日 | 各班教室 | 各学校 |\n"
		"| 2 | 应急演练 | 4月23日 | 各学校 | 各学校 |\n");
	ck_assert_str_eq(numbers(plan), "1|2|二.1|二.2");
	json_decref(plan);
}
END_TEST

/* Under a group heading, a bullet whose title is a field (- 时间地点：
 * 3月31日…) is a field of the activity above, though it gives a day. */
START_TEST(a_field_bullet_with_a_day_is_no_activity)
{
	json_t *plan = plan_from_text(
		"某区活动方案\n一、活动时间\n2026年3月30日至4月3日。\n二、活动安排\n（一）学校活动\n"
		"- 安全教育“第一课”：3月30日，各中小学开展安全教育第一课。\n责任单位：各中小学\n"
		"- 时间地点：3月31日，县体育馆。\n"
		"- 应急疏散演练：4月1日，各中小学组织应急疏散演练。\n责任单位：区应急管理局\n"
		"（二）社会宣传\n4月2日，在区广场开展宣传，由区教育局负责。\n");
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert_str_ne(field(plan_activity(plan, i), "title"), "时间地点");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "应急疏散演练");
	json_decref(plan);
}
END_TEST

/* A thing as the subject, sent a count of days after an event with a
 * bare 报 (《统计表》（附件4）于活动结束后5个工作日内报X), alone or as
 * the second part of a sentence; a form's name in 《》 is one thing
 * however long. */
START_TEST(a_thing_sent_days_after_the_end)
{
	json_t *plan = plan_from_text(
		"某市活动方案\n一、活动时间\n2026年6月8日至6月14日。\n二、工作要求\n"
		"各县档案局和市直各单位于6月19日前将宣传周活动总结报组委会办公室，"
		"《2026年国际档案日宣传周活动情况统计表》（附件4）于活动结束后5个工作日内报组委会办公室。\n"
		"活动照片于活动结束后3个工作日内报市档案馆。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	ck_assert_str_eq(deadline_line_at(plan, 1),
			 "报送《2026年国际档案日宣传周活动情况统计表》（附件4）|活动结束后5个工作日内|-|"
			 "各县档案局、市直各单位|组委会办公室");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 2), "what"), "报送活动照片");
	json_decref(plan);
}
END_TEST

/* A line cut after the thing a clause puts (…，将活动总结（含3至5张照片）
 * then 报局安全稳定科…): the next line, opening with the verb that sends
 * to a unit, is the sentence's rest, wherever the line ended; a line
 * opening with 报送要求 is no such rest. */
START_TEST(a_put_clause_cut_before_its_verb)
{
	ck_assert_str_eq(notice_paragraphs("4. 及时总结报送。各学校要在活动结束后5个工作日内，将活动总结（含3至5张照片）\n"
					   "报局安全稳定科（邮箱：aqk@163.com）。\n"),
			 "4. 及时总结报送。各学校要在活动结束后5个工作日内，将活动总结（含3至5张照片）"
			 "报局安全稳定科（邮箱：aqk@163.com）。");
	ck_assert_str_eq(notice_paragraphs("各单位要将安全教育作为重点工作\n报送要求如下：\n"),
			 "各单位要将安全教育作为重点工作 | 报送要求如下：");
	ck_assert_str_eq(notice_paragraphs("各学校将活动总结报县局\n报县教育局。\n"),
			 "各学校将活动总结报县局 | 报县教育局。");
}
END_TEST

/* （四）联系方式。X科　郝　静，电话：…，手机：…，邮箱：…；Y科　曹文亮，电话：…:
 * an item titled 联系方式 with its people in the same paragraph; the
 * mailbox on a person's part is theirs, though their name is padded. */
START_TEST(contacts_after_an_items_title)
{
	json_t *plan = plan_from_text(
		"某市活动方案\n一、活动时间\n2026年9月13日至9月19日。\n二、工作要求\n"
		"（一）加强协调。各单位要加强配合。\n"
		"（二）联系方式。市科协科普部　郝　静，电话：0310-3186425，手机：15932068417，邮箱：kpb@163.com；"
		"市教育局基础教育科　曹文亮，电话：0310-3127063。\n");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "郝静|0310-3186425|kpb@163.com");
	ck_assert_str_eq(contact_line_at(plan, 1), "郝静|15932068417|kpb@163.com");
	ck_assert_str_eq(contact_line_at(plan, 2), "曹文亮|0310-3127063|-");
	json_decref(plan);
}
END_TEST

/* 由X负责，Y选派…参加: a unit that picks its people to send cooperates. */
START_TEST(a_unit_that_picks_people_to_send_cooperates)
{
	json_t *plan = plan_from_text(
		"某县活动方案\n一、活动时间\n2026年9月1日至9月30日。\n二、活动安排\n"
		"（一）指导员培训。9月10日下午2:30，在县卫健委五楼会议室举办培训班。"
		"由县疾控中心负责，各乡镇卫生院选派公共卫生科负责人和1名健康教育专干参加。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "县疾控中心");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "各乡镇卫生院");
	json_decref(plan);
}
END_TEST

/* What the second reading found the new rules took that they should
 * not: a line ending on a term's 至 (迎夏至); each 以下简称 bracket of a
 * list (the units between them stay); 原文件（…号） (a repealed one's
 * number); a dated day's name after a dot (12.4 国家宪法日，); a sentence
 * about all the entries (以上活动由X统一协调，Y协助: Y helps with each); a
 * report's day moved for
 * another thing that shares only 总结; a row of the moving message's
 * paragraph due the same day that sends a thing of its own. */
START_TEST(what_the_new_rules_must_not_take)
{
	json_t *plan = plan_from_text("某县2026年节气文化活动方案\n一、活动时间\n2026年6月1日至6月30日。\n"
				      "二、活动内容\n（一）迎夏至\n6月21日，在县文化馆举办节气讲座。由县文化馆负责。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "迎夏至");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "县文化馆");
	json_decref(plan);
	ck_assert_str_eq(notice_paragraphs("时间：9:00至\n11:30\n"), "时间：9:00至11:30");
	plan = plan_from_text("某县2026年全民健康生活方式宣传月活动方案\n"
			      "宣传月各项活动由县卫生健康委员会（以下简称县卫健委）、县教育局（以下简称县教育局）具体组织实施。\n"
			      "一、活动时间\n2026年9月1日至9月30日。\n二、活动安排\n"
			      "（一）健康讲座。9月5日，在县文化馆举办。由县疾控中心负责。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "县卫生健康委员会、县教育局");
	json_decref(plan);
	plan = plan_from_text("关于调整2026年科技活动周活动方案的通知\n各街道：\n"
			      "经研究，对2026年科技活动周活动方案作如下调整，原文件（鹿街办〔2026〕9号）同时废止。\n"
			      "一、活动时间\n2026年5月18日至5月24日。\n二、活动安排\n"
			      "（一）科普讲座。5月20日，在街道文化站举办。由街道科协负责。\n");
	ck_assert_ptr_null(field(plan, "doc_number"));
	json_decref(plan);
	ck_assert_str_eq(notice_paragraphs("（一）宪法宣传进社区。12月4日，结合第十三个\n"
					   "12.4 国家宪法日，在各社区开展宪法宣传活动。\n"),
			 "（一）宪法宣传进社区。12月4日，结合第十三个12.4 国家宪法日，在各社区开展宪法宣传活动。");
	plan = plan_from_text("某县活动方案\n一、活动时间\n2026年4月20日至4月26日。\n二、活动安排\n（一）集中活动日程\n"
			      "4月20日（星期一）\n上午9:00　启动仪式\n地点：县广场\n牵头：县知识产权局\n"
			      "4月21日（星期二）\n上午9:00　知识讲座\n地点：县图书馆\n牵头：县科协\n"
			      "以上活动由县知识产权局统一协调，各乡镇协助。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "各乡镇");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "各乡镇");
	json_decref(plan);
	plan = plan_from_text("某县2026年科技活动周活动方案\n一、活动时间\n2026年5月18日至5月24日。\n二、工作要求\n"
			      "各科室于5月25日前报送活动总结。\n补充通知：志愿服务总结报送时间调整为5月29日前。\n");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-05-25");
	json_decref(plan);
	plan = plan_from_text("某县2026年科技活动周活动方案\n一、活动时间\n2026年5月18日至5月24日。\n二、工作要求\n"
			      "各科室于5月20日前报送活动方案，5月25日前报送活动总结。\n"
			      "补充通知：活动方案报送时间调整为5月29日前，各社区于5月29日前报送活动照片。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-05-29");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 2), "what"), "报送活动照片");
	json_decref(plan);
}
END_TEST

/* The second reading of the fixes: a recap names things in fewer words
 * (活动方案 for 活动实施方案, 总结 for 活动总结, 2026年度工作总结 as written)
 * and repeats them, but another unit's thing due that day is its own; a
 * moved day for a thing named in two characters (总结) moves that row;
 * ranges cut after ）, 时 and 周一 go on, so does a day's dash; a stage
 * item titled with a day's name (青少年科技节。) is an item; a heading
 * ends a footnote; 原正式文件 is the former document's. */
START_TEST(the_fixes_hold_and_are_not_too_strict)
{
	json_t *plan = plan_from_text("某县2026年科技活动周活动方案\n一、活动时间\n2026年5月18日至5月24日。\n二、工作要求\n"
				      "各乡镇于5月10日前报送活动实施方案，5月28日前将活动总结报县科协。\n"
				      "各乡镇于5月28日前报送2026年度工作总结。\n三、时间节点\n"
				      "5月10日前，报送活动方案；5月28日前，报送总结；5月28日前，各乡镇报送2026年度工作总结；"
				      "5月28日前，各学校将志愿服务活动总结报县教育局。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 4);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 3), "what"),
			 "报送志愿服务活动总结");
	json_decref(plan);
	plan = plan_from_text("某县2026年科技活动周活动方案\n一、活动时间\n2026年5月18日至5月24日。\n二、工作要求\n"
			      "各科室于5月20日前报送方案，5月25日前报送总结。\n补充通知：总结报送时间推迟到5月29日前。\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 1), "due"), "2026-05-29");
	json_decref(plan);
	ck_assert_str_eq(notice_paragraphs("时间：4月22日（星期三）至\n4月26日（星期日）\n"),
			 "时间：4月22日（星期三）至4月26日（星期日）");
	ck_assert_str_eq(notice_paragraphs("时间：4月27日上午9时至\n11时30分\n"), "时间：4月27日上午9时至11时30分");
	ck_assert_str_eq(notice_paragraphs("时间：4月22日—\n4月26日\n"), "时间：4月22日—4月26日");
	plan = plan_from_text("某县2026年科技活动周活动方案\n一、活动时间\n2026年5月18日至5月24日。\n二、活动内容\n"
			      "2.1 启动仪式。5月18日上午，在县文化广场举行，由县科技局负责。\n"
			      "2.2 青少年科技节。5月20日，在县实验中学举办，由县教育局负责。\n"
			      "2.3 科普讲座。5月22日，在县图书馆举办，由县科协负责。\n");
	ck_assert_str_eq(numbers(plan), "2.1|2.2|2.3");
	json_decref(plan);
	ck_assert_str_eq(notice_paragraphs("在各乡镇卫生院健康小屋①为群众测量血压。\n\n①健康小屋：指自助检测场所。\n"
					   "三、工作要求\n各乡镇卫生院于10月10日前报送活动总结。\n"),
			 "在各乡镇卫生院健康小屋为群众测量血压。 | 三、工作要求 | 各乡镇卫生院于10月10日前报送活动总结。");
	plan = plan_from_text("关于调整2026年科技活动周活动方案的通知\n各街道：\n"
			      "经研究，对方案作如下调整，原正式文件（鹿街办〔2026〕9号）同时废止。\n"
			      "一、活动时间\n2026年5月18日至5月24日。\n二、活动安排\n"
			      "（一）科普讲座。5月20日，在街道文化站举办。由街道科协负责。\n");
	ck_assert_ptr_null(field(plan, "doc_number"));
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round60");
	TCase *tc = tcase_create("round60");
	tcase_add_test(tc, items_numbered_by_their_stage);
	tcase_add_test(tc, stage_items_in_a_cut_or_run_on_copy);
	tcase_add_test(tc, a_recap_of_the_deadlines);
	tcase_add_test(tc, a_schedule_by_day_under_a_group_heading);
	tcase_add_test(tc, a_pdf_copy_with_a_footnote_and_running_heads);
	tcase_add_test(tc, a_chat_names_the_number_and_moves_a_day);
	tcase_add_test(tc, a_merged_lead_cell_of_a_pasted_sheet);
	tcase_add_test(tc, tables_under_two_groups_keep_their_numbers_apart);
	tcase_add_test(tc, a_field_bullet_with_a_day_is_no_activity);
	tcase_add_test(tc, a_thing_sent_days_after_the_end);
	tcase_add_test(tc, a_put_clause_cut_before_its_verb);
	tcase_add_test(tc, contacts_after_an_items_title);
	tcase_add_test(tc, a_unit_that_picks_people_to_send_cooperates);
	tcase_add_test(tc, what_the_new_rules_must_not_take);
	tcase_add_test(tc, the_fixes_hold_and_are_not_too_strict);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
