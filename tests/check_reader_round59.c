/* check_reader_round59.c - habits of the notices of round r59 (g323-g327),
 * the hold-out written after session 31's teaching: a district education
 * bureau's plan kept as a wiki page in Markdown, with its editor's links,
 * tags, struck text, quotes and task boxes, a table under one heading and
 * bulleted activities under the next. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "err.h"
#include "notice-line.h"
#include "notice-text.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"


/* The line as the inline pass leaves it ("=" when it changes nothing). */
static char *inline_of(const char *line)
{
	wp_nline_work work = {.budget = 1u << 20};
	char *out = wp_nline_md_inline(line, &work);
	return out ? out : strdup("=");
}

static void assert_inline(const char *line, const char *want)
{
	char *got = inline_of(line);
	ck_assert_msg(strcmp(got, want) == 0, "%s -> %s, not %s", line, got, want);
	free(got);
}

/* A web editor's marks come off; what they wrap stays (a link's text),
 * or goes with them (struck text, an image, a comment). */
START_TEST(an_editors_inline_marks)
{
	assert_inline("邮箱：[aq@163.com](mailto:aq@163.com)。", "邮箱：aq@163.com。");
	/* the text's cleaning makes the brackets full-width before */
	assert_inline("[首页]（/） › [安全稳定科]（/space/aq）", "首页 › 安全稳定科");
	assert_inline("![二维码](qr.png)扫码报名", "扫码报名");
	assert_inline("| 2 | ~~3月24日~~ 3月25日 |", "| 2 |  3月25日 |");
	assert_inline("<p align=\"right\">某区教育局<br>", "某区教育局<br>");
	assert_inline("2026年3月13日</p>", "2026年3月13日");
	assert_inline("<!-- 以下为内部内容 -->", "");
	assert_inline("> 创建：张三 2026-03-09", "创建：张三 2026-03-09");
	assert_inline("- [x] 3月13日 OA发文", "- 3月13日 OA发文");
	assert_inline("- [ ] 4月15日前 汇总", "- 4月15日前 汇总");
}
END_TEST

/* What only looks like a mark is text: a < before a number, a tag
 * name not an editor's, a bracket that is a year, a struck run never
 * closed, a comment never closed. */
START_TEST(what_looks_like_a_mark_is_kept)
{
	/* a range written with ~~ over a clause; words in brackets; a
	 * comparison; a code's l */
	assert_inline("各乡镇于6月10日~~6月12日开展自查，联系电话0797-8326154~~8326155。", "=");
	assert_inline("举办<Big Data and AI>主题论坛，在市会展中心<a 区>展厅", "=");
	assert_inline("> 100人的活动须报批", "=");
	ck_assert_str_eq(notice_paragraphs("邮箱：zp2l3@qq.com，标准GB5l01\n"), "邮箱：zp2l3@qq.com，标准GB5l01");
	assert_inline("准备时间<3天", "=");
	assert_inline("<报名表>", "=");
	assert_inline("<pre>x", "=");
	assert_inline("淇市监[2026]（1）号", "=");
	assert_inline("[附件1]（活动安排表）", "=");
	assert_inline("4月20日~~26日", "=");
	assert_inline("<!-- 未闭合", "=");
	assert_inline(">>>", "=");
}
END_TEST

/* An unclosed comment, struck run or tag, over and over: each is
 * looked for to the line's end once, not at every opener. */
START_TEST(unclosed_marks_are_linear)
{
	const char *const units[] = {"<!--", "~~a", "<p a", "[a]("};
	for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
		size_t n = strlen(units[k]), total = 20000 * n;
		char *line = malloc(total + 1);
		for (size_t i = 0; i < total; i += n)
			memcpy(line + i, units[k], n);
		line[total] = '\0';
		wp_nline_work work = {.budget = 64 * total};
		free(wp_nline_md_inline(line, &work));
		ck_assert_msg(work.steps <= 8 * total, "shape %zu: %zu steps for %zu bytes", k, work.steps, total);
		free(line);
	}
}
END_TEST

/* A Markdown list's items are lines of their own, whatever the line
 * before ends with (a mailbox, no clause's end); a label after the
 * list's dash is unspaced as one opening the line is. */
START_TEST(a_lists_items_are_lines_of_their_own)
{
	ck_assert_str_eq(notice_paragraphs("七、联系方式\n\n- 局安全稳定科：朱海燕，0797-8326154，邮箱 yhqjyjaqk@163.com\n"
				    "- 区学生资助和校园安全服务中心：邹文斌，0797-8326190\n"),
			 "七、联系方式 | - 局安全稳定科：朱海燕，0797-8326154，邮箱 yhqjyjaqk@163.com | "
			 "- 区学生资助和校园安全服务中心：邹文斌，0797-8326190");
	ck_assert_str_eq(notice_paragraphs("- **组　长**：区教育局局长 韩立新\n"), "- 组长：区教育局局长 韩立新");
}
END_TEST

static const char wiki[] =
	"[首页](/) › [安全稳定科](/space/aq) › 安全教育日\n\n"
	"# 【已发文】2026安全教育日活动方案（定稿v7）\n\n"
	"> 创建：张三 2026-03-09 · 最后编辑：李四 2026-03-16 09:41\n\n[TOC]\n\n---\n\n"
	"**某市云湖区教育局**\n\n**云教安〔2026〕5号**\n\n"
	"## 关于印发《云湖区2026年安全教育日活动方案》的通知\n\n各中小学：\n\n现将方案印发给你们，请认真抓好落实。\n\n"
	"<p align=\"right\">某市云湖区教育局<br>2026年3月13日</p>\n\n---\n\n"
	"# 云湖区2026年安全教育日活动方案\n\n"
	"## 一、活动时间\n\n**活动时间**：2026年3月23日至4月3日。\n\n"
	"## 二、组织领导\n\n成立活动领导小组：\n\n"
	"- **组　长**：区教育局局长 韩立新\n- **副组长**：区教育局副局长 曹丽君\n"
	"- **成　员**：局安全科、局基础教育科负责同志\n\n"
	"## 三、活动安排\n\n### （一）区级重点活动\n\n"
	"| 序号 | 时间 | 活动内容 | 地点 | 牵头单位 | 配合单位 |\n"
	"|:---:|---|---|---|:---:|---|\n"
	"| 1 | 3月23日—3月27日 | 校园安全隐患集中排查。各学校先行自查，区级检查组随机抽查 | 全区各学校 | 局安全科 | 区应急管理局 |\n"
	"| 2 | ~~3月24日~~ 3月25日14:30 | 安全管理人员培训会 | 区教育局四楼会议室 | 局安全科 | 区消防救援大队 |\n\n"
	"### （二）学校活动\n\n"
	"- **安全教育第一课**：3月30日当天第一节课，各学校统一上好安全教育第一课。\n"
	"  **责任单位**：各中小学　**指导单位**：局基础教育科\n"
	"- **作品评选**：3月30日至4月3日，各中小学组织学生创作，每校推荐优秀作品3件，于4月5日前报区教育局。\n"
	"  **责任单位**：各中小学　**指导单位**：区消防救援大队\n\n"
	"## 四、联系方式\n\n- **局安全科**：朱海燕，0797-8326154，邮箱 [aq@163.com](mailto:aq@163.com)\n"
	"- **区教育局**：邹文斌，0797-8326190\n\n"
	"<!-- 以下为科室内部内容 -->\n\n- [ ] 4月15日前 汇总全区总结报市教育局（朱）\n";

/* The page read: its signature in a tag, the table under （一） its rows
 * (the first sentence of a cell that tells more the title), the bullets
 * under （二） its activities with the labels under each, the committee
 * in a list, the mailbox of a link. */
START_TEST(a_wiki_page_in_markdown)
{
	json_t *plan = plan_from_text(wiki);
	ck_assert_str_eq(field(plan, "issued_on"), "2026-03-13");
	ck_assert_str_eq(field(plan, "doc_number"), "云教安〔2026〕5号");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|校园安全隐患集中排查|2026-03-23|2026-03-27|-|全区各学校|局安全科|区应急管理局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|安全管理人员培训会|2026-03-25|2026-03-25|14:30|区教育局四楼会议室|局安全科|区消防救援大队");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|安全教育第一课|2026-03-30|2026-03-30|-|-|各中小学|局基础教育科");
	ck_assert_str_eq(field(plan_activity(plan, 3), "title"), "作品评选");
	ck_assert_str_eq(names(plan_activity(plan, 3), "cooperate"), "区消防救援大队");
	json_t *committee = json_object_get(plan, "committee");
	ck_assert_str_eq(names(committee, "chair"), "区教育局局长韩立新");
	ck_assert_str_eq(names(committee, "members"), "局安全科、局基础教育科");
	ck_assert_str_eq(contact_line_at(plan, 0), "朱海燕|0797-8326154|aq@163.com");
	ck_assert_str_eq(contact_line_at(plan, 1), "邹文斌|0797-8326190|-");
	json_decref(plan);
}
END_TEST

/* 3月30日至4月3日，…，于4月5日前报X: the sentence's first date is the
 * work's; the date the report is due by is the later one that marks it. */
START_TEST(the_due_date_after_the_works_dates)
{
	json_t *plan = plan_from_text(wiki);
	json_t *due = NULL, *dl;
	size_t i;
	json_array_foreach(json_object_get(plan, "deadlines"), i, dl)
		if (strcmp(field(dl, "due"), "2026-04-05") == 0)
			due = dl;
	ck_assert_ptr_nonnull(due);
	ck_assert_str_eq(field(due, "rule"), "4月5日前");
	ck_assert_str_eq(field(due, "submit_to"), "区教育局");
	/* the internal task list's relay is no line of its own: nothing due
	 * 4月15日 */
	json_array_foreach(json_object_get(plan, "deadlines"), i, dl)
		ck_assert_str_ne(field(dl, "due") ? field(dl, "due") : "", "2026-04-15");
	json_decref(plan);
}
END_TEST

/* A heading that tells its own activity keeps it over a table of its
 * programme; bullets whose titles are fields (时间地点：, 责任单位：) or
 * that name no day are the heading's fields, not activities. */
START_TEST(a_programme_and_field_bullets_stay_the_headings)
{
	json_t *plan = plan_from_text(
		"某县活动方案\n一、活动时间\n2026年6月1日至6月7日。\n二、活动安排\n"
		"（一）启动仪式。6月1日上午9:00在县政府广场举行，由县应急局负责。仪式议程如下：\n"
		"序号  时间  内容  责任单位\n1  9:00  主持人宣布仪式开始  县应急局\n2  9:10  县领导讲话  县政府办\n"
		"（二）集中宣传咨询\n- 宣传内容：安全生产法律法规。\n- 宣传方式：设置咨询台。\n"
		"- 时间地点：6月16日上午在县政府广场。\n- 活动时间：6月16日上午9:00。\n- 责任单位：县应急局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "启动仪式");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "县政府广场");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "集中宣传咨询");
	json_decref(plan);
}
END_TEST

/* What the group rules must not take: one bullet under a heading is the
 * heading's text, not a list; prose after a bullet is not its own; a
 * table's header with a single row under a heading is no table of
 * activities. */
START_TEST(what_the_group_rules_must_not_take)
{
	json_t *plan = plan_from_text(
		"某区活动方案\n\n一、活动时间\n2026年3月23日至4月3日。\n\n二、活动安排\n"
		"（一）启动仪式\n- 仪式内容：3月23日上午在区广场举行启动仪式。\n"
		"（二）集中宣传\n- 宣传咨询：3月25日上午在区广场设咨询台。\n牵头单位：区司法局\n"
		"- 法治讲座：3月26日下午在区图书馆举办讲座。\n牵头单位：区图书馆\n"
		"以上活动请各单位做好安排。各单位于3月20日前报送参加人员名单。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "宣传咨询");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "区司法局");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "法治讲座");
	ck_assert_str_eq(names(plan_activity(plan, 2), "lead"), "区图书馆");
	/* the prose after the last bullet is not that activity's: its
	 * report is the plan's, of no activity */
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_ptr_null(field(json_array_get(json_object_get(plan, "deadlines"), 0), "activity"));
	json_decref(plan);
}
END_TEST

/* A township's stamped copy as OCR reads it: the red rules as runs of
 * 一 are no text; l for 1 among digits (4月l7日, @l63.com), 曰 for 日;
 * the signature's date set far in under its unit is a line of its own,
 * and the line after it is not its rest; a stray space inside a name of
 * three (谢 国平); a second number on the line under a contact row. */
START_TEST(a_stamped_copy_as_ocr_reads_it)
{
	json_t *plan = plan_from_text(
		"樟 坪 镇 人 民 政 府 文 件\n\n樟府发〔2026〕 15号\n一一一一一一一一一一一一★一一一一一一一一一一一一\n\n"
		"樟坪镇人民政府\n关于印发《樟坪镇2026年知识产权宣传周\n活动方案》的通知\n\n各村（社区）：\n"
		"　　现将《樟坪镇2026年知识产权宣传周活动方案》印发给你们，\n请结合工作实际，认真抓好贯彻落实。\n\n"
		"                                    樟坪镇人民政府\n"
		"                                    2026年4月13曰\n\n（此件公开发布）\n\n"
		"樟坪镇2026年知识产权宣传周活动方案\n"
		"　　一、活动时间\n　　2026年4月20日至4月26日。\n　　二、活动安排\n"
		"　　（一）启动仪式\n　　时间：4月20日（星期一）上午8:30\n　　地点：樟坪镇农贸市场广场\n"
		"　　三、工作要求\n　　各村（社区）于4月l7日（星期五）前将联络员名单报樟坪市场监管所，电子邮箱：zpscjgs@l63.com。\n"
		"　　联系人：樟坪市场监管所　谢 国平　电话：0797-4621035\n"
		"　　　　　　　　　　　　　　　　　　手机：13907971286\n"
		"　　　　　　镇党政办　　　　黄　敏　电话：0797-4621001\n"
		"一一一一一一一一一一一一一一一一一一一一一一一一一一一一\n");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-04-13");
	ck_assert_str_eq(field(plan, "organizer"), "樟坪镇人民政府");
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "due"), "2026-04-17");
	ck_assert_str_eq(field(dl, "submit_to"), "樟坪市场监管所（邮箱：zpscjgs@163.com）");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "谢国平|0797-4621035|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "谢国平|13907971286|-");
	ck_assert_str_eq(contact_line_at(plan, 2), "黄敏|0797-4621001|-");
	json_decref(plan);
}
END_TEST

/* In a copy wrapped at one width (the signature and its indent nearly
 * as wide), a date set far in under the signature set far in is a line
 * of its own, and the line after it at the margin
 * is not its rest; a long signature cut at the width goes on. */
START_TEST(a_signatures_date_set_far_in_is_its_own)
{
	wp_buf b = WP_BUF_INIT;
	for (int k = 0; k < 8; k++)
		wp_buf_puts(&b, "为深入贯彻落实知识产权强国建设纲要，提高全镇群众和经营\n");
	wp_buf_puts(&b, "主体的知识产权意识。\n\n");
	wp_buf_puts(&b, "                                    樟坪镇人民政府\n"
			"                                    2026年4月13日\n"
			"（此件公开发布）\n");
	const char *p = notice_paragraphs(b.data);
	ck_assert_msg(strstr(p, " | 樟坪镇人民政府 | 2026年4月13日 | （此件公开发布）") != NULL, "%s", p);
	wp_buf_free(&b);
}
END_TEST

/* What the OCR rules must not take: an l beside letters (a mailbox's
 * name), a rule of fewer 一 (a sentence's 一一), a lone character after
 * a name that is a name of its own (两个字 names apart by 、). */
START_TEST(what_the_ocr_rules_must_not_take)
{
	ck_assert_str_eq(notice_paragraphs("邮箱：lily2@l26.com，l2号楼\n"), "邮箱：lily2@126.com，l2号楼");
	ck_assert(!wp_nline_ocr_rule("一一一一一一一"));
	ck_assert(!wp_nline_ocr_rule("一一一一一一一一一一二"));
	ck_assert(wp_nline_ocr_rule("一一一一 一一一一★一一"));
	/* the rule parts the lines around it */
	ck_assert_str_eq(notice_paragraphs("樟府发〔2026〕 15号\n一一一一一一一一一★一一一一一一一一\n樟坪镇人民政府\n"),
			 "樟府发〔2026〕 15号 | 樟坪镇人民政府");
	json_t *plan = plan_from_text(
		"某镇活动方案\n一、活动时间\n2026年4月20日至4月26日。\n二、活动安排\n（一）启动仪式。4月20日上午，在广场举行。\n"
		"三、联系方式\n联系人：王、李明，电话：0797-4621035\n");
	ck_assert_str_eq(contact_line_at(plan, 0), "王|0797-4621035|-");
	json_decref(plan);
}
END_TEST

/* A city's notice to its counties and districts: 各县、区人民政府 is one
 * class of units (the levels share 各 and the tail; not 各乡镇、县直各单位
 * or 县爱卫会各成员单位, classes of their own); an extension after a
 * landline in groups is the number's (0571-8765 4321转8012); 传真至 sends;
 * whom 由 names is who sends. */
START_TEST(levels_extensions_fax_and_by_whom)
{
	json_t *plan = plan_from_text(
		"某市2026年国际档案日活动方案\n一、活动时间\n2026年6月8日至6月14日。\n二、活动安排\n"
		"（一）开放日。6月9日上午，在市档案馆举行，由市档案馆负责，各县、区人民政府配合。"
		"组团参观的单位请于6月5日（星期五）17:00前将参观预约回执传真至市档案馆利用服务处。\n"
		"（二）联动宣传。宣传周期间，由各区、县（市）档案局（馆）负责，并将活动安排于6月3日（星期三）前报组委会办公室。\n"
		"三、工作要求\n请各乡镇、县直各单位和各县、区于6月19日前将总结报组委会办公室。\n"
		"联系人：沈岚，电话：0571-8765 4321转8012\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "各县、区人民政府");
	ck_assert_str_eq(deadline_line_at(plan, 0),
			 "报送参观预约回执|6月5日（星期五）17:00前|2026-06-05|组团参观的单位|市档案馆利用服务处");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 1), "who"), "各区、县（市）档案局（馆）");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 2), "who"), "各乡镇、县直各单位、各县、区");
	ck_assert_uint_eq(json_array_size(json_object_get(json_array_get(json_object_get(plan, "deadlines"), 2), "who")), 3);
	ck_assert_str_eq(contact_line_at(plan, 0), "沈岚|0571-8765 4321转8012|-");
	json_decref(plan);
	/* each guard alone: a level's own units (县直), a class with its 各 */
	plan = plan_from_text("某县活动方案\n一、活动时间\n2026年6月8日至6月14日。\n二、活动安排\n"
			      "（一）开放日。6月9日上午，在县档案馆举行。\n三、工作要求\n"
			      "请各乡镇、县直有关单位于6月19日前将总结报县档案馆。\n"
			      "请各乡镇、县爱卫会各成员单位于6月20日前将图片报县档案馆。\n");
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(json_object_get(json_array_get(dls, 0), "who")), 2);
	ck_assert_uint_eq(json_array_size(json_object_get(json_array_get(dls, 1), "who")), 2);
	json_decref(plan);
}
END_TEST

/* A county bureau's mail hard-wrapped at one width: a line cut on 第
 * goes on into the number after it, however it looks (…本通知第五部分第
 * | （四）项活动); the region is the place the signature opens with, not
 * one inside its bracketed other name. */
START_TEST(an_ordinal_cut_and_a_bracketed_other_name)
{
	ck_assert_str_eq(notice_paragraphs("可同时报名参加本通知第五部分第\n（四）项活动。由县科技局牵头。\n"),
			 "可同时报名参加本通知第五部分第（四）项活动。由县科技局牵头。");
	json_t *plan = plan_from_text(
		"关于开展2026年知识产权宣传周活动的通知\n各乡镇：\n一、活动时间\n2026年4月20日至4月26日。\n"
		"二、活动安排\n（一）启动仪式。4月20日上午，在县广场举行。\n\n"
		"溆川县科学技术局（溆川县知识产权局）\n2026年4月10日\n");
	ck_assert_str_eq(field(plan, "region"), "溆川县");
	json_decref(plan);
	/* a cover that names the plan without 《》 lists it under 附件：; its
	 * own title line is the one with no label */
	plan = plan_from_text(
		"淮溪市人民政府办公室\n\n淮政办秘〔2026〕19号\n\n"
		"淮溪市人民政府办公室关于印发淮溪市2026年知识产权宣传周活动方案的通知\n\n各县、区人民政府：\n\n"
		"　　经市政府同意，现将《淮溪市2026年知识产权宣传周活动方案》印发给你们，请认真组织实施。\n\n"
		"　　附件：淮溪市2026年知识产权宣传周活动方案\n\n"
		"　　　　　　　　　　　　　　　　　　　淮溪市人民政府办公室\n"
		"　　　　　　　　　　　　　　　　　　　　　2026年4月15日\n\n（此件公开发布）\n\n"
		"附件\n\n淮溪市2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至4月26日。\n"
		"二、活动安排\n（一）启动仪式。4月20日上午，在市民广场举行。\n");
	ck_assert_str_eq(field(plan, "title"), "淮溪市2026年知识产权宣传周活动方案");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round59");
	TCase *tc = tcase_create("round59");
	tcase_add_test(tc, an_editors_inline_marks);
	tcase_add_test(tc, what_looks_like_a_mark_is_kept);
	tcase_add_test(tc, unclosed_marks_are_linear);
	tcase_add_test(tc, a_lists_items_are_lines_of_their_own);
	tcase_add_test(tc, a_wiki_page_in_markdown);
	tcase_add_test(tc, the_due_date_after_the_works_dates);
	tcase_add_test(tc, what_the_group_rules_must_not_take);
	tcase_add_test(tc, a_programme_and_field_bullets_stay_the_headings);
	tcase_add_test(tc, a_stamped_copy_as_ocr_reads_it);
	tcase_add_test(tc, a_signatures_date_set_far_in_is_its_own);
	tcase_add_test(tc, what_the_ocr_rules_must_not_take);
	tcase_add_test(tc, levels_extensions_fax_and_by_whom);
	tcase_add_test(tc, an_ordinal_cut_and_a_bracketed_other_name);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
