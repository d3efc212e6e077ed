/* check_reader_round81.c - habits taught in session 45: a table of an
 * item's own events (a 分会场 each) under the item that tells them, read
 * whichever shape it was copied in, and a PDF's table copied a cell per
 * line whose cells wrap inside names where no 、 shows it; a list of
 * units cut inside a name at a line's end goes on in the next line. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* A county's plan out of a PDF: the 分会场 table under item （二） has a
 * cell a line, the cells wrapped where the PDF's narrow columns cut them
 * (a place over two lines, a town's government cut before 府, a unit cut
 * inside its name after a 、, two units a line each), and a note under
 * it. */
static const char pdf_plan[] =
	"潭溪县2026年全国科普日活动方案\n"
	"一、活动时间\n"
	"2026年9月14日至9月20日。\n"
	"二、活动安排\n"
	"（一）主场活动。9月19日上午9:30，在潭溪县人民广场举行主场活动。由县科协牵头，县教育局配合。\n"
	"（二）乡镇分会场活动。9月14日至9月20日，各乡镇在集镇设立分会场，开展科普展览。由各乡镇人民政府牵头。各分会场安排如下：\n"
	"序号\n"
	"分会场\n"
	"时间\n"
	"地点\n"
	"承办单位\n"
	"协办单位\n"
	"1\n"
	"城关镇分会场\n"
	"9月14日（周一）\n"
	"上午9:00\n"
	"城关镇新华社区\n"
	"党群服务中心\n"
	"城关镇人民政府\n"
	"县卫生健康局\n"
	"2\n"
	"白岩镇分会场\n"
	"9月15日（周二）\n"
	"上午9:30\n"
	"白岩镇农贸市场\n"
	"白岩镇人民政\n"
	"府\n"
	"县应急管理局、县消\n"
	"防救援大队\n"
	"3\n"
	"石门乡分会场\n"
	"9月16日（周三）\n"
	"下午2:30\n"
	"石门乡中心学校\n"
	"石门乡人民政府\n"
	"县教育局\n"
	"县气象局\n"
	"4\n"
	"龙洞镇分会场\n"
	"9月17日（周四）\n"
	"上午9:00\n"
	"龙洞镇茶叶加工园区\n"
	"龙洞镇人民政府\n"
	"县农业农村局、县\n"
	"气象局\n"
	"注：承办单位为牵头单位，协办单位为配合单位。\n"
	"（三）科普报告会。9月16日下午3:00，在县第一中学报告厅举办。由县教育局牵头，团县委配合。\n"
	"三、工作要求\n"
	"各乡镇要高度重视。\n";

START_TEST(an_items_table_of_its_own_events)
{
	json_t *plan = plan_from_text(pdf_plan);
	ck_assert_uint_eq(plan_count(plan, "activities"), 7);
	/* the item keeps its own reading; its rows follow it, numbered under it */
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "二");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "乡镇分会场活动");
	/* a place wrapped over two lines, where nothing cut a name: the
	 * longer line (a wrapped one fills its column) takes the next */
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "二.1|城关镇分会场|2026-09-14|2026-09-14|09:00|城关镇新华社区党群服务中心|城关镇人民政府|县卫生健康局");
	/* names cut inside (人民政 / 府, 县消 / 防救援大队) join again */
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "二.2|白岩镇分会场|2026-09-15|2026-09-15|09:30|白岩镇农贸市场|白岩镇人民政府|县应急管理局、县消防救援大队");
	/* two units a line each closing the row are the last cell's */
	ck_assert_str_eq(activity_line(plan_activity(plan, 4)),
			 "二.3|石门乡分会场|2026-09-16|2026-09-16|14:30|石门乡中心学校|石门乡人民政府|县教育局、县气象局");
	/* a list cut after its 、 and a level (县 / 气象局): one name */
	ck_assert_str_eq(names(plan_activity(plan, 5), "cooperate"), "县农业农村局、县气象局");
	/* the note under the table ends it: the next item is the item's own */
	ck_assert_str_eq(field(plan_activity(plan, 6), "no"), "三");
	ck_assert_str_eq(field(plan_activity(plan, 6), "title"), "科普报告会");
	json_decref(plan);
}
END_TEST

/* A programme under an event (时间 | 议程 | 主持人: no units of their own)
 * is no list of events: the item stays one activity. */
START_TEST(a_programme_under_an_event_is_no_events)
{
	json_t *plan = plan_from_text("潭溪县2026年全国科普日活动方案\n一、活动时间\n2026年9月14日至9月20日。\n"
				      "二、活动安排\n"
				      "（一）启动仪式。9月19日上午9:30，在潭溪县人民广场举行。由县科协牵头。议程如下：\n"
				      "序号\n时间\n内容\n"
				      "1\n9:30\n领导致辞\n"
				      "2\n9:50\n科普讲座\n"
				      "（二）科普展览。9月20日，在县图书馆举办。由县图书馆牵头。\n"
				      "三、工作要求\n各乡镇要高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "潭溪县人民广场");
	for (size_t k = 0; k < plan_count(plan, "activities"); k++)
		ck_assert_msg(strncmp(field(plan_activity(plan, k), "no"), "一.", strlen("一.")) != 0,
			      "a programme's step read as an event: %s", field(plan_activity(plan, k), "title"));
	json_decref(plan);
	/* a two days' programme (dated steps, no units of their own) */
	plan = plan_from_text("潭溪县2026年全国科普日活动方案\n一、活动时间\n2026年9月14日至9月20日。\n"
			      "二、活动安排\n"
			      "（一）科普培训班。9月15日至16日，在县委党校举办。由县科协牵头。日程如下：\n"
			      "序号\t时间\t内容\n"
			      "1\t9月15日上午\t开班仪式\n"
			      "2\t9月16日下午\t结业考试\n"
			      "三、工作要求\n各乡镇要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "县委党校");
	json_decref(plan);
}
END_TEST

/* A table copied a cell per line with the text after it run into its
 * last row: the text's lines are no cells to join (nor 、-parted units),
 * and an empty cell's mark (/) joins nothing. */
START_TEST(text_after_a_cell_table_joins_no_cell)
{
	json_t *plan = plan_from_text("潭溪县教育局2026年国家安全教育日活动方案\n一、活动时间\n2026年4月13日至4月17日。\n"
				      "二、活动安排\n"
				      "序号\n活动内容\n时间\n地点\n牵头单位\n配合单位\n"
				      "1\n国家安全主题班会\n4月13日\n各班教室\n各学校\n/\n"
				      "2\n发放《致家长的一封信》\n4月17日\n/\n各学校\n/\n"
				      "各学校要在上述活动基础上，结合学段特点创新活动形式，小学段\n"
				      "以绘本阅读、情景剧等形式为主，做到活动有主题、有内容、有实效。\n"
				      "三、工作要求\n各学校要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *last = plan_activity(plan, 1);
	ck_assert_ptr_null(field(last, "location"));
	ck_assert_str_eq(names(last, "lead"), "各学校");
	ck_assert_str_eq(names(last, "cooperate"), "");
	json_decref(plan);
	/* a contact's lines under the last row: a label, a number */
	plan = plan_from_text("潭溪县2026年全国科普日活动方案\n一、活动时间\n2026年9月14日至9月20日。\n"
			      "二、活动安排\n"
			      "序号\n活动名称\n时间\n地点\n牵头单位\n配合单位\n"
			      "1\n科普讲座进社区\n9月15日\n上午9:00\n新华社区党群服务中心\n县科协\n县卫生健康局\n"
			      "2\n科技下乡服务\n9月16日\n上午9:30\n白岩镇农贸市场\n县科技局\n县气象局\n"
			      "联系人：王芳\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县气象局");
	json_decref(plan);
	plan = plan_from_text("潭溪县2026年全国科普日活动方案\n一、活动时间\n2026年9月14日至9月20日。\n"
			      "二、活动安排\n"
			      "序号\n活动名称\n时间\n地点\n牵头单位\n配合单位\n"
			      "1\n科普讲座进社区\n9月15日\n上午9:00\n新华社区党群服务中心\n县科协\n县卫生健康局\n"
			      "2\n科技下乡服务\n9月16日\n上午9:30\n白岩镇农贸市场\n县科技局\n县气象局\n"
			      "咨询电话0851-5221234\n");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县气象局");
	json_decref(plan);
	/* units a line each where the second opens with no level: two units */
	plan = plan_from_text("潭溪县2026年全国科普日活动方案\n一、活动时间\n2026年9月14日至9月20日。\n"
			      "二、活动安排\n"
			      "序号\n活动名称\n时间\n地点\n牵头单位\n配合单位\n"
			      "1\n科普讲座进社区\n9月15日\n上午9:00\n新华社区党群服务中心\n县科协\n县卫生健康局\n"
			      "2\n科技下乡服务\n9月16日\n上午9:30\n白岩镇农贸市场\n县科技局\n县气象局\n楠江学院\n"
			      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "县气象局、楠江学院");
	json_decref(plan);
}
END_TEST

/* 成员单位：…、县工 | 业和信息化局、…: a PDF's justified line ends a
 * character short of the width inside a unit's name; the list goes on. */
START_TEST(a_list_cut_inside_a_name_goes_on)
{
	/* lines wrapped at 40 columns; the members' line is two short */
	json_t *plan = plan_from_text(
		"潭溪县2026年全国科普日活动方案\n"
		"一、指导思想\n"
		"为深入贯彻落实全民科学素质行动规划纲要，大力弘扬科学精神、普及科学知识，营\n"
		"造讲科学、爱科学、学科学、用科学的浓厚氛围，根据上级有关通知要求，结合我县实\n"
		"际，特制定本方案，请各乡镇、各有关单位认真抓好贯彻落实工作，确保取得实效。\n"
		"二、活动时间\n"
		"2026年9月14日至9月20日，集中活动日为9月19日（星期六），届时全县各乡镇\n"
		"、各有关单位统一开展形式多样、内容丰富、群众喜闻乐见的科普宣传活动，切实提升。\n"
		"三、组织领导\n"
		"为加强对活动的组织领导，成立潭溪县2026年全国科普日活动组织委员会（以下简称\n"
		"“组委会”），组成如下：\n"
		"主任：杨再兴（县人民政府副县长）\n"
		"成员单位：县委宣传部、县委网信办、县发展改革局、县教育局、县科技局、县工\n"
		"业和信息化局、县农业农村局、县卫生健康局、县应急管理局、县文体广电旅游局、县气\n"
		"象局、县融媒体中心、县科技馆、团县委、县妇联、各乡镇人民政府（街道办事处）。\n"
		"组委会下设办公室，办公室设在县科协，负责活动的统筹协调、督促指导和信息汇总等\n"
		"日常工作。全县科普日活动由县科协牵头组织实施，各成员单位按照职责分工做好有关\n"
		"工作，确保各项活动有序开展、取得实效，切实提升全县公民科学素质和科学文化水平。\n"
		"四、活动安排\n"
		"（一）主场活动。9月19日上午9:30，在潭溪县人民广场举行主场活动暨启动仪式，\n"
		"组织县直有关部门、科普教育基地和科技型企业开展科普展示、互动体验和咨询服务。\n");
	json_t *members = json_object_get(json_object_get(plan, "committee"), "members");
	ck_assert_uint_eq(json_array_size(members), 16);
	ck_assert_str_eq(json_string_value(json_array_get(members, 5)), "县工业和信息化局");
	json_decref(plan);
}
END_TEST

/* A .docx saved as text: Word's list numbers with a tab (1.⇥指导思想,
 * 2.1⇥活动时间), a section's title listing what it holds (活动时间、主题和
 * 宣传重点), label lines under the items, and an annex's list of contacts
 * titled by its name, the 单位 cell merged down and a second number on a
 * line of its own. */
static const char docx_plan[] =
	"沂澄市中级人民法院2026年知识产权司法保护宣传周活动方案\n"
	"1.\t指导思想\n"
	"坚持以习近平新时代中国特色社会主义思想为指导，全面加强知识产权司法保护。\n"
	"2.\t活动时间、主题和宣传重点\n"
	"2.1\t活动时间\n"
	"2026年4月20日（星期一）至4月26日（星期日）。\n"
	"2.2\t活动主题\n"
	"强化知识产权司法保护\n"
	"3.\t主要活动\n"
	"3.1\t召开新闻发布会\n"
	"4月21日（星期二）上午10:00，在本院新闻发布厅召开新闻发布会。\n"
	"牵头部门：民三庭\n"
	"配合部门：研究室、政治部宣传处\n"
	"3.2\t公开开庭审理知识产权案件\n"
	"时间：4月22日（星期三）下午14:30\n"
	"地点：本院第三审判法庭（旁听人员请于14:00前凭有效身份证件入场）\n"
	"牵头部门：民三庭\n"
	"4.\t工作要求\n"
	"各部门要高度重视。\n"
	"附件\n"
	"沂澄市中级人民法院2026年知识产权司法保护宣传周活动联络员名单\n"
	"单位\t姓名\t职务\t电话\n"
	"民三庭\t韩晓宁\t副庭长\t0539-8826317\n"
	"\t邵　佳\t法官助理\t0539-8826322\n"
	"立案庭\t任思琦\t副庭长\t0539-8826130\n"
	"13806395127\n"
	"研究室\t柏文涛\t副主任\t0539-8826088\n";

static const char *phone_of(json_t *plan, const char *name, size_t nth)
{
	size_t k;
	json_t *c;
	json_array_foreach(json_object_get(plan, "contacts"), k, c)
		if (strcmp(field(c, "name"), name) == 0 && nth-- == 0)
			return field(c, "phone");
	return "";
}

START_TEST(a_docx_outline_with_tabs_and_its_contacts)
{
	json_t *plan = plan_from_text(docx_plan);
	/* 2.1 is a heading's number, not the 1st of February */
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2026-04-20");
	ck_assert_str_eq(field(period, "end"), "2026-04-26");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "3.1|召开新闻发布会|2026-04-21|2026-04-21|10:00|本院新闻发布厅|民三庭|研究室、政治部宣传处");
	/* a note in brackets on how to come in is no part of the place */
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "3.2|公开开庭审理知识产权案件|2026-04-22|2026-04-22|14:30|本院第三审判法庭|民三庭|");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 5);
	ck_assert_str_eq(phone_of(plan, "邵佳", 0), "0539-8826322");
	ck_assert_str_eq(phone_of(plan, "任思琦", 1), "13806395127");
	ck_assert_str_eq(phone_of(plan, "柏文涛", 0), "0539-8826088");
	json_decref(plan);
}
END_TEST

/* A bracket after the place that asks something of those coming, or
 * gives an hour to come in, is a note on attending; one that names a part
 * of the place stays. */
START_TEST(a_note_on_attending_is_no_part_of_the_place)
{
	json_t *plan = plan_from_text("潭溪县2026年全国科普日活动方案\n一、活动时间\n2026年9月14日至9月20日。\n"
				      "二、活动安排\n"
				      "（一）科普报告会\n时间：9月15日上午9:00\n地点：县文化馆（请携带身份证件）\n牵头单位：县科协\n"
				      "（二）科普展览\n时间：9月16日下午3:00\n地点：县体育馆（14:30起入场）\n牵头单位：县科协\n"
				      "（三）科普讲座\n时间：9月17日下午3:00\n地点：县图书馆（二楼报告厅）\n牵头单位：县科协\n"
				      "（四）专利咨询\n时间：9月18日上午9:00\n地点：县政务服务中心（专利申请受理窗口）\n牵头单位：县科协\n"
				      "（五）科普课堂\n时间：9月18日下午3:00\n地点：县老年大学（三楼多功能厅，请学员14:50前到场）\n"
				      "牵头单位：县科协\n"
				      "（六）科普报告\n时间：9月19日上午9:00\n地点：县文化馆（邀请省科协专家授课）\n牵头单位：县科协\n"
				      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 6);
	ck_assert_str_eq(field(plan_activity(plan, 5), "location"), "县文化馆");
	/* 申请 asks nothing of those coming; a room before the note stays */
	ck_assert_str_eq(field(plan_activity(plan, 3), "location"), "县政务服务中心（专利申请受理窗口）");
	ck_assert_str_eq(field(plan_activity(plan, 4), "location"), "县老年大学（三楼多功能厅）");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "县文化馆");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "县体育馆");
	ck_assert_str_eq(field(plan_activity(plan, 2), "location"), "县图书馆（二楼报告厅）");
	json_decref(plan);
}
END_TEST

/* A shared calendar's week exported as text: a 时段 | 活动名称 | 地点 |
 * 责任单位 header, a day a line with that day's rows under it, units
 * before a slash leading by the notice's 说明, a row going on from an
 * earlier day (（续）), a name giving its own days in brackets, a row
 * whose place wrapped with the rest of the row, a row with no place, and
 * a day with no event. */
static const char week_grid[] =
	"荻洲区2026年知识产权宣传周活动日程表\n"
	"说明：1.每项活动按“时段｜活动名称｜地点｜责任单位”顺序排列；2.责任单位一栏“/”前为牵头单位，“/”后为配合单位。\n"
	"时段｜活动名称｜地点｜责任单位\n"
	"────────────────────────\n"
	"4月20日（周一）\n"
	"上午9:30｜宣传周启动仪式｜区市民之家二楼报告厅｜区市场监管局/区委宣传部、区人民法院\n"
	"全天｜知识产权主题图书展（4月20日—4月26日）｜区图书馆一楼展厅｜区图书馆/区文化和旅游局\n"
	"4月21日（周二）\n"
	"上午｜高价值专利培育专场培训｜荻洲经济开发区企业服务中心\n"
	"三楼培训室｜区科经信局/区市场监管局\n"
	"下午｜“专利导航”服务进园区｜荻洲经开区管委会/区市场监管局\n"
	"全天｜知识产权主题图书展（续）｜区图书馆一楼展厅｜区图书馆\n"
	"4月22日（周三）\n"
	"无集中活动\n"
	"4月26日（周日）　“4·26”世界知识产权日\n"
	"上午9:00｜集中宣传咨询活动｜荻洲广场｜区市场监管局/各街道办事处\n"
	"────────────────────────\n"
	"请各牵头单位于宣传周结束后3个工作日内将活动开展情况总结报区知识产权局。\n";

START_TEST(a_week_grid_a_day_a_line)
{
	json_t *plan = plan_from_text(week_grid);
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|宣传周启动仪式|2026-04-20|2026-04-20|09:30|区市民之家二楼报告厅|区市场监管局|区委宣传部、区人民法院");
	/* the days its name gives, the name without them */
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|知识产权主题图书展|2026-04-20|2026-04-26|-|区图书馆一楼展厅|区图书馆|区文化和旅游局");
	/* the place wrapped onto the next line with the rest of the row */
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|高价值专利培育专场培训|2026-04-21|2026-04-21|-|荻洲经济开发区企业服务中心三楼培训室|区科经信局|"
			 "区市场监管局");
	/* a row one cell short whose last cell is the units: no place */
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "-|“专利导航”服务进园区|2026-04-21|2026-04-21|-|-|荻洲经开区管委会|区市场监管局");
	/* the （续） row is none; a day named after a wide space is a day */
	ck_assert_str_eq(activity_line(plan_activity(plan, 4)),
			 "-|集中宣传咨询活动|2026-04-26|2026-04-26|09:00|荻洲广场|区市场监管局|各街道办事处");
	json_decref(plan);
	/* a day line of two days; a （续） row with no earlier listing is
	 * an event */
	plan = plan_from_text("荻洲区2026年知识产权宣传周活动日程表\n时段｜活动名称｜地点｜责任单位\n"
			      "4月20日（周一）\n上午｜“三下乡”科技服务月活动（续）｜各乡镇｜县科协\n"
			      "4月21日—4月22日（周二至周三）\n全天｜专利代办服务进园区｜县经开区管委会｜县市场监管局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-04-21");
	ck_assert_str_eq(field(plan_activity(plan, 1), "end"), "2026-04-22");
	json_decref(plan);
	/* without the 说明, a slash is no role's mark: one column of units */
	wp_buf b = WP_BUF_INIT;
	const char *rule = strstr(week_grid, "2.责任单位");
	wp_buf_append(&b, week_grid, (size_t)(rule - week_grid));
	wp_buf_puts(&b, strchr(rule, '\n'));
	plan = plan_from_text(wp_buf_str(&b));
	ck_assert_str_ne(names(plan_activity(plan, 0), "lead"), "区市场监管局");
	json_decref(plan);
	wp_buf_free(&b);
}
END_TEST

/* A plan numbered 1. 2. whose items' titles are long or lists, with a
 * 2.1 under one of them: the items stay items, not a decimal outline's
 * sections (a review's case). */
START_TEST(dotted_items_with_long_titles_stay_items)
{
	json_t *plan = plan_from_text("潭溪县2026年知识产权宣传周活动安排\n宣传周时间为2026年4月20日至4月26日。\n"
				      "1.\t宣传周启动仪式、集中宣传咨询\n时间：4月20日上午9:00\n地点：县人民广场\n牵头单位：县市场监管局\n"
				      "2.\t知识产权进校园、进企业\n时间：4月21日\n地点：县第一中学\n牵头单位：县教育局\n"
				      "2.1\t进校园\n4月21日上午在县第一中学开展。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "宣传周启动仪式、集中宣传咨询");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "县人民广场");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "县第一中学");
	json_decref(plan);
	/* sections titled as lists that end or open as sections do */
	plan = plan_from_text("某县2026年知识产权宣传周活动方案\n1.\t指导思想\n坚持以人民为中心。\n"
			      "2.\t活动时间、主题\n2026年4月20日至26日。\n3.\t重点活动及责任分工安排\n"
			      "3.1\t启动仪式\n4月20日上午9:00在县人民广场举行，由县市场监管局牵头。\n"
			      "3.2\t企业培训\n4月22日在县企业服务中心举办，由县科技局牵头。\n"
			      "4.\t组织保障、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "3.1");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "3.2");
	json_decref(plan);
}
END_TEST

/* A WeChat article numbers its events with keycap emoji (1️⃣, 🔟) over
 * 📅/📍 lines: each is an item, a title with a space in it too. */
START_TEST(keycap_emoji_number_items)
{
	json_t *plan = plan_from_text("凤埠镇2026年全国科技活动周活动安排\n【活动时间】\n2026年5月16日—5月23日\n【活动安排】\n"
				      "1\xef\xb8\x8f\xe2\x83\xa3 启动仪式暨“科普大集”\n\n"
				      "📅 时间：5月16日（周六）上午8:30\n📍 地点：凤埠老街农贸市场东广场\n主办：凤埠镇人民政府\n\n"
				      "▲ 长按识别二维码，进入报名通道\n\n"
				      "2\xe2\x83\xa3 “健康科普 你我同行”义诊讲座\n\n"
				      "📅 时间：5月21日（周四）上午8:30\n📍 地点：凤埠镇卫生院门诊楼前广场\n主办：凤埠镇卫生院\n\n"
				      "\xf0\x9f\x94\x9f 科技活动周“云上答题”\n\n"
				      "📅 时间：5月16日—5月23日\n主办：凤埠镇科学技术协会\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|启动仪式暨“科普大集”|2026-05-16|2026-05-16|08:30|凤埠老街农贸市场东广场|凤埠镇人民政府|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|“健康科普 你我同行”义诊讲座|2026-05-21|2026-05-21|08:30|凤埠镇卫生院门诊楼前广场|凤埠镇卫生院|");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "10");
	json_decref(plan);
	/* 1️⃣1️⃣: a number in keycaps; 3️⃣天后: a count, no item */
	plan = plan_from_text("凤埠镇2026年全国科技活动周活动安排\n【活动时间】\n2026年5月16日—5月23日\n"
			      "【活动安排】\n"
			      "1\xef\xb8\x8f\xe2\x83\xa3 启动仪式\n📅 时间：5月16日上午8:30\n主办：凤埠镇人民政府\n\n"
			      "2\xef\xb8\x8f\xe2\x83\xa3天后，科技周就要开幕啦！\n\n"
			      "1\xef\xb8\x8f\xe2\x83\xa3"
			      "1\xef\xb8\x8f\xe2\x83\xa3 机器人展示\n📅 时间：5月18日上午9:00\n主办：凤埠镇科学技术协会\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "启动仪式");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "11");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "机器人展示");
	json_decref(plan);
	/* 2️⃣场馆开放日: 场 opens the title, no count */
	plan = plan_from_text("凤埠镇2026年全国科技活动周活动安排\n【活动时间】\n2026年5月16日—5月23日\n【活动安排】\n"
			      "1\xef\xb8\x8f\xe2\x83\xa3天文观测\n📅 时间：5月16日晚上7:30\n主办：凤埠镇科学技术协会\n\n"
			      "2\xef\xb8\x8f\xe2\x83\xa3场馆开放日\n📅 时间：5月17日上午9:00\n主办：凤埠镇文化站\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "场馆开放日");
	json_decref(plan);
}
END_TEST

/* A stage told in one paragraph: its events are clauses apart by ；, each
 * opening with its day (or 同日, 本阶段内) and closing with its units. */
START_TEST(a_stages_events_a_clause_each)
{
	json_t *plan = plan_from_text(
		"菱渚区2026年节能宣传周活动方案\n一、活动时间\n2026年6月8日至6月30日。\n二、活动安排\n"
		"各项活动的责任单位中，排在第一位的为牵头单位，其余为配合单位。\n"
		"（一）宣传发动阶段（6月8日至14日）\n"
		"6月8日（星期一）下午3:00，在区行政中心四楼第二会议室召开全区节能宣传周活动部署会，部署重点任务（责任单位：区发展和改革局、区机关事务管理局）；"
		"同日，在城区主干道开展节能降碳户外宣传，悬挂宣传横幅（责任单位：区城市管理局、各街道办事处）。\n"
		"（二）总结提升阶段（6月22日至30日）\n"
		"本阶段内，通过“菱渚发布”微信公众号开展节能降碳典型案例集中宣传（责任单位：区融媒体中心）；"
		"6月29日（星期一）下午3:00，在区行政中心四楼第二会议室召开活动总结座谈会（责任单位：区发展和改革局）。\n"
		"三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|全区节能宣传周活动部署会|2026-06-08|2026-06-08|15:00|区行政中心四楼第二会议室|区发展和改革局|"
			 "区机关事务管理局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|节能降碳户外宣传|2026-06-08|2026-06-08|-|城区主干道|区城市管理局|各街道办事处");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "节能降碳典型案例集中宣传");
	ck_assert_str_eq(field(plan_activity(plan, 2), "start"), "2026-06-22");
	ck_assert_str_eq(field(plan_activity(plan, 2), "end"), "2026-06-30");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "区融媒体中心");
	ck_assert_str_eq(field(plan_activity(plan, 3), "title"), "活动总结座谈会");
	json_decref(plan);
	/* a clause with no units of its own: the paragraph is the item's */
	plan = plan_from_text("菱渚区2026年节能宣传周活动方案\n一、活动时间\n2026年6月8日至6月30日。\n二、活动安排\n"
			      "（一）宣传发动阶段（6月8日至14日）\n"
			      "6月8日下午3:00，在区行政中心召开部署会（责任单位：区发展和改革局）；"
			      "6月9日至14日，在城区开展户外宣传（责任单位：区城市管理局）；"
			      "6月9日至14日，各单位广泛开展宣传。\n"
			      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	json_decref(plan);
	/* an event and a sentence of its detail, each with units: one item */
	plan = plan_from_text("菱渚区2026年节能宣传周活动方案\n一、活动时间\n2026年6月8日至6月30日。\n二、活动安排\n"
			      "（一）节能宣传周启动仪式（6月15日）\n"
			      "6月15日上午9:00，在青岚广场举行启动仪式（责任单位：区发展和改革局）。"
			      "活动现场设置节能咨询台，发放宣传资料（责任单位：区机关事务管理局）。\n"
			      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "节能宣传周启动仪式");
	json_decref(plan);
	/* a clause with no verb is titled by what follows its day */
	plan = plan_from_text("菱渚区2026年节能宣传周活动方案\n一、活动时间\n2026年6月8日至6月30日。\n二、活动安排\n"
			      "（一）宣传发动阶段（6月8日至14日）\n"
			      "6月8日，在青岚广场开展“节能降碳；你我同行”主题宣传活动（责任单位：区发展和改革局）；"
			      "6月9日，节能知识有奖竞答，在“青岚发布”微信公众号进行（责任单位：区融媒体中心）；"
			      "6月10日，区委组织部在区委党校举办领导干部节能降碳专题培训班（责任单位：区委组织部）。\n"
			      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	/* a ； inside quotes ends neither clause nor title */
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "“节能降碳；你我同行”主题宣传活动");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "节能知识有奖竞答");
	/* 组织部 holds no verb */
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "领导干部节能降碳专题培训班");
	json_decref(plan);
	/* clauses that open with the units holding them, then their day */
	plan = plan_from_text("菱渚区2026年节能宣传周活动方案\n一、活动时间\n2026年6月8日至6月30日。\n二、活动安排\n"
			      "（一）宣传发动阶段（6月8日至14日）\n"
			      "区发展和改革局于6月8日下午3:00在区行政中心召开全区部署会（责任单位：区发展和改革局）；"
			      "区城市管理局6月9日至14日在城区主干道开展户外宣传（责任单位：区城市管理局）。\n"
			      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|户外宣传|2026-06-09|2026-06-14|-|城区主干道|区城市管理局|");
	json_decref(plan);
}
END_TEST

/* A sheet pasted as CSV under a cover mail: groups of rows headed by a
 * line of their own (一、县级活动), a column we take nothing from (预计参与
 * 人次), a row whose empty last cells the CSV dropped, a sample row. */
START_TEST(a_csv_sheet_with_groups)
{
	json_t *plan = plan_from_text(
		"各乡镇人民政府：\n4月20日至26日是2026年全国知识产权宣传周。请各乡镇于4月15日前将续填好的表格发回县局。\n"
		"渌川县2026年全国知识产权宣传周活动安排表,,,,,,,,\n"
		"序号,活动名称,活动时间,活动地点,牵头单位,配合单位,预计参与人次,联系人及电话,备注\n"
		"一、县级活动,,,,,,,,\n"
		"1,宣传周启动仪式,\"4月20日（星期一）\n上午9:00\",县城渌江广场,县市场监管局,县委宣传部、县法院,800,罗晓琴 0799-7126618,\n"
		"2,知识产权网络知识竞答,4月20日至26日,“渌川市场监管”微信公众号,县市场监管局,县融媒体中心,1200,,\n"
		"二、乡镇活动（各乡镇续填）,,,,,,,,\n"
		"例,××镇知识产权进集市宣传,4月24日上午8:30,××镇集贸市场,××镇人民政府,镇市场监管所,200,,报送前删除本行\n"
		",,,,,,,,\n"
		"合计,,,,,,\"2,000\",,\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|宣传周启动仪式|2026-04-20|2026-04-20|09:00|县城渌江广场|县市场监管局|县委宣传部、县法院");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|知识产权网络知识竞答|2026-04-20|2026-04-26|-|“渌川市场监管”微信公众号|县市场监管局|县融媒体中心");
	json_decref(plan);
	/* one empty cell dropped, the contact's, last */
	plan = plan_from_text("渌川县2026年全国知识产权宣传周活动安排表\n"
			      "序号,活动名称,活动时间,活动地点,牵头单位,配合单位,联系人及电话\n"
			      "1,宣传周启动仪式,4月20日上午9:00,县城渌江广场,县市场监管局,县法院,罗晓琴 0799-7126618\n"
			      "2,专利代办进园区,4月22日,县工业园区,县科工局,县市场监管局,\n"
			      "3,知识产权进校园,4月23日,县第一中学,县教体局,县科协,黄志坚 13807998125\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "专利代办进园区");
	json_decref(plan);
}
END_TEST

/* 第一部分⇥… sections and 第一周（…） phases whose items （1）（2） restart:
 * the weeks group their items (一.1), 本周内 is the week's days, and the
 * 工作要求 part's （1） are none. */
START_TEST(parts_and_weeks)
{
	json_t *plan = plan_from_text(
		"棠川区2026年“安全生产月”活动方案\n第一部分\t活动时间\n2026年6月1日至6月30日。\n第二部分\t活动安排\n"
		"第一周（6月1日—6月7日）　主题：压实责任\n"
		"（1）\t召开全区动员部署会。6月1日下午3:00，在区行政中心召开。\n牵头单位：区安委办\t配合单位：区政府办公室\n"
		"（2）\t营造浓厚宣传氛围。本周内，在城区主次干道悬挂宣传横幅。\n牵头单位：区城市管理局\n"
		"第二周（6月8日—6月14日）　主题：警示教育\n"
		"（1）\t举办安全生产专题培训班。6月11日上午9:00，在区委党校报告厅举办。\n牵头单位：区应急管理局\n"
		"第三部分\t工作要求\n（1）\t提高思想认识。各街道要高度重视。\n（2）\t强化责任落实。各部门要明确分工。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一.1");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "一.2|营造浓厚宣传氛围|2026-06-01|2026-06-07|-|城区主次干道|区城市管理局|");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "二.1");
	json_decref(plan);
	/* in prose, 第二部分明确，… and 第一周内完成… head nothing */
	plan = plan_from_text("棠川区2026年“安全生产月”活动方案\n一、活动时间\n2026年6月1日至6月30日。\n二、活动安排\n"
			      "（一）召开动员部署会。6月1日下午3:00，在区行政中心召开。由区安委办牵头。\n"
			      "第二部分明确，各街道要结合实际开展宣传。\n"
			      "第一周内完成各街道动员部署，第二周起开展隐患排查。\n"
			      "（二）开展安全宣传咨询日活动。6月16日上午9:00，在区人民广场举办。由区应急管理局牵头。\n"
			      "三、工作要求\n各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "开展安全宣传咨询日活动");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round81");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, an_items_table_of_its_own_events);
	tcase_add_test(tc, a_programme_under_an_event_is_no_events);
	tcase_add_test(tc, text_after_a_cell_table_joins_no_cell);
	tcase_add_test(tc, a_list_cut_inside_a_name_goes_on);
	tcase_add_test(tc, a_docx_outline_with_tabs_and_its_contacts);
	tcase_add_test(tc, a_note_on_attending_is_no_part_of_the_place);
	tcase_add_test(tc, a_week_grid_a_day_a_line);
	tcase_add_test(tc, dotted_items_with_long_titles_stay_items);
	tcase_add_test(tc, keycap_emoji_number_items);
	tcase_add_test(tc, a_stages_events_a_clause_each);
	tcase_add_test(tc, a_csv_sheet_with_groups);
	tcase_add_test(tc, parts_and_weeks);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
