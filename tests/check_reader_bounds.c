/* check_reader_bounds.c - the notice reader never hangs, never aborts and
 * never does more than linear work, whatever text it is given.
 *
 * Each test here once failed: a contact named 王一 looped forever (a
 * byte-wise strcspn on a set holding 、 stopped inside 一), a title line
 * with 通知 before 关于 read past its end. The reader's work is measured
 * by its own step counter (wp_notice_report.steps), not by time, so a
 * slow machine cannot fail these tests and a quadratic pass cannot hide
 * on a fast one. The contacts' other habits are read here too, with the
 * same helper. */
#include "config.h"

#include <jansson.h>

#include "notice-reader.h"
#include "notice-text.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"
#include "text.h"

/* Work the reader may do per byte of input: its passes over the text
 * (a dozen), the patterns each tries (a few dozen). A quadratic pass on
 * a 2 MiB text exceeds it by orders of magnitude. */
#define STEPS_PER_BYTE 64

static char *read_text(const char *text, size_t len, wp_notice_report *report, wp_err *err)
{
	char *plan = wp_notice_read(text, len, report, err);
	ck_assert_msg(report->steps <= STEPS_PER_BYTE * (len + 1024),
		      "the reader took %zu steps for %zu bytes", report->steps, len);
	return plan;
}

static const char head[] = "关于开展2027年某某县知识产权宣传周活动的通知\n"
			   "一、活动时间\n2027年4月20日至26日\n"
			   "二、活动内容\n（一）启动仪式。4月20日上午，在县政府广场举行。\n";

/* The contacts of a notice whose 联系人 line is line. */
static json_t *contacts_of(const char *line)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s\n", head, line);
	wp_notice_report report;
	wp_err err;
	char *text = read_text(b.data, b.len, &report, &err);
	ck_assert_msg(text != NULL, "%s", err.msg);
	json_t *plan = json_loads(text, 0, NULL);
	json_t *contacts = json_incref(json_object_get(plan, "contacts"));
	json_decref(plan);
	free(text);
	wp_notice_report_free(&report);
	wp_buf_free(&b);
	return contacts;
}

static const char *contact_name(json_t *contacts, size_t i)
{
	return field(json_array_get(contacts, i), "name");
}

/* 一 is E4 B8 80, 丁 E4 B8 81, 骁 E9 AA 81: each holds a byte of 、
 * (E3 80 81), which a byte-wise scan took for the separator. */
START_TEST(contact_names_holding_a_separator_byte_are_read_whole)
{
	json_t *c = contacts_of("联系人：王一 丁伟、马骁，电话：0771-1234567");
	ck_assert_uint_eq(json_array_size(c), 3);
	ck_assert_str_eq(contact_name(c, 0), "王一");
	ck_assert_str_eq(contact_name(c, 1), "丁伟");
	ck_assert_str_eq(contact_name(c, 2), "马骁");
	ck_assert_str_eq(field(json_array_get(c, 2), "phone"), "0771-1234567");
	json_decref(c);
}
END_TEST

/* The same names where several people each have a number. */
START_TEST(several_contacts_with_such_names_are_read_whole)
{
	json_t *c = contacts_of("联系人：王一 0771-1234567；马骁 13800000000");
	ck_assert_uint_eq(json_array_size(c), 2);
	ck_assert_str_eq(contact_name(c, 0), "王一");
	ck_assert_str_eq(field(json_array_get(c, 0), "phone"), "0771-1234567");
	ck_assert_str_eq(contact_name(c, 1), "马骁");
	ck_assert_str_eq(field(json_array_get(c, 1), "phone"), "13800000000");
	json_decref(c);
}
END_TEST

/* A name with a character outside the BMP (𠀀, four bytes) is counted
 * in characters and never cut inside one. */
START_TEST(a_four_byte_character_in_a_name_is_kept_whole)
{
	json_t *c = contacts_of("联系人：王\xf0\xa0\x80\x80 0771-1234567；李四 13800000000");
	ck_assert_uint_eq(json_array_size(c), 2);
	ck_assert_str_eq(contact_name(c, 0), "王\xf0\xa0\x80\x80");
	ck_assert_str_eq(contact_name(c, 1), "李四");
	json_decref(c);
}
END_TEST

/* The genre's ways of giving a number: a mobile in groups kept as
 * written, a second number for the same person (under its own label or
 * not) as a second line, an office before the person, and a mail label
 * inside another sentence's brackets that is not the contact's. */
START_TEST(contacts_as_notices_write_them)
{
	json_t *c = contacts_of("联系人：区委政法委（区委国安办）钱聪，电话：0510-82718563\n");
	ck_assert_uint_eq(json_array_size(c), 1);
	ck_assert_str_eq(contact_name(c, 0), "钱聪");
	json_decref(c);
	c = contacts_of("联系人：市应急管理局宣传教育科 罗一帆，联系电话：0731-28681273，138 7332 0516。\n"
			"请于5月6日前报市局（邮箱：a@b.cn）。\n");
	ck_assert_uint_eq(json_array_size(c), 2);
	ck_assert_str_eq(contact_name(c, 0), "罗一帆");
	ck_assert_str_eq(field(json_array_get(c, 0), "phone"), "0731-28681273");
	ck_assert_str_eq(field(json_array_get(c, 1), "phone"), "138 7332 0516");
	ck_assert_ptr_null(field(json_array_get(c, 0), "email"));
	json_decref(c);
	c = contacts_of("联 系 人：张三，电话：0771-1234567\n"); /* a label spaced out to line up */
	ck_assert_uint_eq(json_array_size(c), 1);
	ck_assert_str_eq(contact_name(c, 0), "张三");
	json_decref(c);
	c = contacts_of("联系人：科学技术处 周晓丁，电话：0554-6658213；校团委 何骁，电话：186 5542 7301。\n");
	ck_assert_uint_eq(json_array_size(c), 2);
	ck_assert_str_eq(contact_name(c, 1), "何骁");
	ck_assert_str_eq(field(json_array_get(c, 1), "phone"), "186 5542 7301");
	json_decref(c);
}
END_TEST

/* 随时报送 with a 期间 after it (found by the fuzzer: the rule's start
 * passed its end, and a copy of a negative length aborted). */
START_TEST(a_period_word_after_random_reporting)
{
	static const char text[] = "关于开展2027年某某县知识产权宣传周活动的通知\n一、活动时间\n2027年4月20日至26日\n"
				   "二、活动内容\n（一）启动仪式。4月20日，由县局牵头。\n"
				   "三、工作要求\n各单位随时报送活动信息，在活动期间做好宣传。\n";
	wp_notice_report report;
	wp_err err;
	char *plan = read_text(text, sizeof text - 1, &report, &err);
	ck_assert_msg(plan != NULL, "%s", err.msg);
	json_t *p = json_loads(plan, 0, NULL);
	ck_assert_str_eq(field(json_array_get(json_object_get(p, "deadlines"), 0), "rule"), "各单位随时报送");
	json_decref(p);
	free(plan);
	wp_notice_report_free(&report);
}
END_TEST

/* A run-on first paragraph that says 通知 before 关于 and never after:
 * the title is not there, and nothing is read past the text. */
START_TEST(a_title_line_with_tongzhi_before_guanyu_is_not_a_title)
{
	static const char text[] = "按照上级通知要求，现就关于2027年知识产权宣传周的有关事项安排如下\n"
				   "一、活动时间\n2027年4月20日至26日\n"
				   "二、活动内容\n（一）启动仪式。4月20日，在县政府广场举行。\n";
	wp_notice_report report;
	wp_err err;
	char *plan = read_text(text, sizeof text - 1, &report, &err);
	/* it has a period and an activity: a plan without a title, not a refusal */
	ck_assert_msg(plan != NULL, "refused: %s", err.msg);
	json_t *p = json_loads(plan, 0, NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_msg(field(p, "title") == NULL, "a sentence taken for the title: %s", field(p, "title"));
	json_decref(p);
	wp_notice_report_free(&report);
	free(plan);
}
END_TEST

/* Every character of the CJK block as a contact's name, in a list and
 * alone: none may stop the reader (a byte of any separator inside a
 * character must not be taken for it). */
START_TEST(any_character_in_a_contact_name_is_read)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, head);
	for (unsigned cp = 0x4e00; cp < 0x4e00 + 2048; cp += 2) {
		char a[5], z[5];
		a[0] = (char)(0xe0 | cp >> 12), a[1] = (char)(0x80 | (cp >> 6 & 0x3f)),
		a[2] = (char)(0x80 | (cp & 0x3f)), a[3] = 0;
		unsigned c2 = cp + 1;
		z[0] = (char)(0xe0 | c2 >> 12), z[1] = (char)(0x80 | (c2 >> 6 & 0x3f)),
		z[2] = (char)(0x80 | (c2 & 0x3f)), z[3] = 0;
		wp_buf_printf(&b, "联系人：王%s 李%s、张%s；电话：0771-1234567\n", a, z, a);
	}
	wp_notice_report report;
	wp_err err;
	char *plan = read_text(b.data, b.len, &report, &err);
	ck_assert_msg(plan != NULL, "%s", err.msg);
	json_t *p = json_loads(plan, 0, NULL);
	json_t *contacts = json_object_get(p, "contacts");
	ck_assert_uint_gt(json_array_size(contacts), 0);
	size_t i;
	json_t *c;
	json_array_foreach(contacts, i, c) {
		const char *name = field(c, "name");
		ck_assert_msg(wp_text_is_utf8(name, strlen(name)), "contact %zu is cut inside a character", i);
	}
	json_decref(p);
	wp_notice_report_free(&report);
	free(plan);
	wp_buf_free(&b);
}
END_TEST

/* Fixtures and the shapes that were once quadratic, at their size:
 * the reader's steps stay within a fixed multiple of the bytes. Each
 * shape is a loop iteration of its own, so each has the whole timeout: a
 * quadratic one takes minutes on 2 MiB, while the fifteen linear ones
 * together came near it under the sanitizers on a loaded machine. */
static const char *const linear_shapes[] = {
	"联系人：王一、丁伟 0771-1234567；",
	"在某处，由某局牵头联合某委在广场开展。",
	"（1）在县城开展活动，由县局牵头，于4月21日前报送总结，联系人：张三\n",
	"各各各各各各各各各各各各各各各各",
	"（一）4月20日至（",
	"关于通知《》“”（）、，；：。\n",
	"于4月21日前报送总结，",	/* one sentence of endless deadlines */
	"4月23日州局举办培训。",	/* endless dated events in one item */
	"成员单位：县甲局、县乙局\n县丙局、县丁局\n",
	"（1）宣传。由县甲局牵头，成员单位、县乙局配合。\n",
	"a\n",
	"阅读 1234\n", /* a WeChat page's lines, dropped wherever they stand */
	"发件人：a\n",	/* a mail's header */
	/* rows of labels side by side, each line looked at for a two-column
	 * block once (notice-side-by-side.c), and such blocks end to end */
	"甲：a\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80乙：b\n",
	"组长：甲\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80成员：乙、\n"
	"\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80丙\n",
	"1\t\"甲\n",	/* a sheet's quoted cell that never closes */
	/* a sheet saved as CSV: rows of empty cells (no sheet, passed over
	 * whole), rows with a quoted cell of commas, a quote left open */
	",,,,\n",
	"1,\"甲,乙\",丙,丁\n",
	"1,\"甲,乙,丙\n",
	"一是进学校。二是4月1日前，", /* a part's days, each one due by */
	"1\t甲\t乙\t丙\n\t丁\n", /* a row wrapped inside its cells, over and over */
	"1\t甲\t乙\t丙\n\t丁\n\t丁\n\t丁\n\t丁\n\t丁\n\t丁\n\t丁\n\t丁\n\t丁\n",
	"上午9:30\xe3\x80\x80启动仪式……………………县文化广场\n主办：县局\xe3\x80\x80承办：县所\n", /* a programme */
	"①启动仪式。由县林业局牵头。\n", /* circled events */
	"——立案庭：4月1日4月1日期间", /* a unit's duty a dash, its when run on */
	"县甲局\t★\t○\t△\n", /* a responsibility table's unit rows */
	"补充通知：第3项提前到5月14日举行。\n", /* notes moving an activity */
	/* a table printed with its layout, its rows wrapped (taken), and
	 * one whose rows hold two numbers (left as lines) */
	" 序号   活动名称   时间   地点\n\n      甲\n 1    乙\n\n",
	" 序号   活动名称   时间   地点\n 号\n\n 1   甲\n 2   乙\n\n",
	"“甲”微信公众号、区中心“乙”客户端和丙日报、", /* a list of named channels, endless */
	/* a web editor's marks on one endless line: struck runs, and an
	 * unclosed comment, links and tags (a sanitizer's strstr made the
	 * first quadratic) */
	"~~a",
	"<!--[a](<p a",
	/* a recap's rows in one endless paragraph (asked once whether it
	 * recaps, not once per pair of rows), footnotes and their marks, a
	 * report's day moved again and again */
	"9月1日前，各单位报送活动总结，重申；",
	"健康小屋①。\n\n①健康小屋：指场所。\n",
	"补充通知：活动总结报送时间调整为5月29日前。",
	/* items run on in one paragraph (1、2、 after a sentence's end),
	 * notes counting items by part, an annex's table a cell per line */
	"。1、甲。2、乙",
	"补充通知：方案第二部分第（一）项地点调整为县文化馆（因故）因故。",
	"附件1\n序号\n活动名称\n时间\n地点\n牵头单位\n1\n甲\n乙\n5月1日\n同上\n同上\n",
	/* an amending notice's lines (the plan's title looked for under each
	 * of its first attachment lines only), and day lines over paragraphs */
	"关于调整甲的补充通知\n附：《甲方案》\n甲方案\n取消原方案第（一）项。增加乙，作为第（十一）项。\n"
	"时间：5月1日\n联系人调整为丙，手机：13900000000。\n",
	"关于调整甲的补充通知\n附：《甲方案》\n取消原方案第（一）项，仍按原方案要求报送。\n",
	"4月20日（星期一）\n上午9:30，在同一地点举办甲会，由乙承办。\n",
	"6月8日（周一）上午8点半 甲村 乙（丙）（丁），戊。\n以上活动由甲办牵头，乙所配合。\n", /* a work group's lines */
	"1. 6月8日（周一） 上午8点半 甲村 乙。\n", /* numbered, no blank lines between, a clock apart */
	"时间：甲　地点：乙　责任单位：丙　配合单位：丁　", /* an item's fields on one endless line */
	"牵头单位\t9月15日\t9月16日\t9月17日\n甲\t同左；同左；乙（丙（丁）（\t—\t全周：戊）\n", /* a grid of days */
	"牵头单位\t9月15日\t9月16日\t9月17日\n甲\t上午1:1-1:1至1点半\t同上\t（第（第\n", /* a grid's clocks, 同上 */
	"以下活动：1、5/14全天，甲，乙、丙场所（丙牵头，丁按职责配合）；2、5/1（（。戊。", /* a text message's run-on items */
	"1. 4月1日甲。\n以上1、1、1两项由乙牵头，丙配合。\n", /* units given to items by their numbers */
	"（一）甲。\n以上第一、一项由乙负责；第一项由丙负责；第1项由；", /* in clauses */
	"由甲乙丙 区丁 区戊局 区", /* units apart by a space */
	"3月1日，在甲举办乙会，由丙负责。\n\t活动内容\t时间\t地点\t负责部门\n甲年级\t乙\t3月1日\t丙\t丁\n\t戊\t3月2日\t丙\t丁\n", /* a group column, a told paragraph above */
	"（一）甲。4月1日前报送，报名截止时间为4月2日，4月3日截止，（牵头单位：乙；完成时限：4月9日前）", /* dues before an item's own day */
	/* items opening with their units, a sheet's merged days and its
	 * persons in charge, a dues table typed with one space, a note
	 * sending its rows by clause */
	"1.县甲局（县乙局配合）：4月1日，在丙举办丁，会同县戊局、县己局设置庚。\n",
	"日期\t时间\t活动内容\t地点\t负责人\n4月1日\t9:00\t甲\t乙\t丙（县丁局）、戊（县己局）\n\t\t庚\t辛\t壬（县癸局）\n",
	"报送事项 报送时间 报送单位\n甲 4月1日前 县乙局\n",
	"报送事项\t报送时间\t报送单位\n甲\t4月1日前\t县乙局\n注：甲报县丙局，乙报县丁局，其余材料均报县戊局。\n",
	/* entries numbered ① with labelled roles, 另： after them, a 由
	 * clause ended by 组织 (its end looked for within a bound) */
	"活动安排如下：\n①4月1日上午9:00，甲，乙，责任单位：县丙局，配合：县丁局\n另：4月2日上午，由县戊局组织，县己局协助，在庚集中观看辛。10时开始。\n",
	"由县甲局组织",
};

START_TEST(the_readers_work_is_linear_in_the_text)
{
	size_t k = (size_t)_i;
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, head);
	while (b.len < WP_NOTICE_MAX_BYTES - 256)
		wp_buf_puts(&b, linear_shapes[k]);
	wp_notice_report report;
	wp_err err;
	char *plan = read_text(b.data, b.len, &report, &err);
	if (plan) {
		/* what is read is capped, and so is what is said of it */
		json_t *p = json_loads(plan, 0, NULL);
		ck_assert_uint_le(json_array_size(json_object_get(p, "activities")), WP_NOTICE_MAX_ITEMS);
		ck_assert_uint_le(json_array_size(json_object_get(p, "deadlines")),
				  WP_NOTICE_MAX_DEADLINES);
		ck_assert_msg(report.n <= 4 * WP_NOTICE_MAX_ITEMS + 64, "shape %zu: %zu report lines", k,
			      report.n);
		json_decref(p);
		wp_notice_report_free(&report);
	}
	free(plan);
	wp_buf_free(&b);
}
END_TEST

/* A notice with no activity section whose every table header heads rows
 * that do not fit it: each header's rows were read to the text's end,
 * and each row said so (five minutes on 2 MiB, which the tcase's
 * timeout catches; 2 s now, 25 s under the sanitizers); now a header's rows end at the next header, and a
 * header that heads nothing says nothing. */
START_TEST(headers_that_head_nothing_are_linear)
{
	/* and a header over one short row, again and again, with no blank
	 * line: each header looked through all the lines after it for a
	 * printed table's rows while the lines were joined (notice-layout-
	 * table.c; over five minutes on 2 MiB) */
	static const char *const units[] = {" 序号   活动名称   时间   地点\n 号\n\n 1   甲\n 2   乙\n\n",
					    "序号  活动名称  时间  地点\n1  甲\n"};
	for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_puts(&b, "关于开展2027年某某县知识产权宣传周活动的通知\n");
		while (b.len < WP_NOTICE_MAX_BYTES - 256)
			wp_buf_puts(&b, units[k]);
		wp_notice_report report;
		wp_err err;
		char *plan = read_text(b.data, b.len, &report, &err);
		/* nothing in it reads as a plan: refused, and said in a few lines */
		ck_assert_msg(plan == NULL, "shape %zu read as a plan", k);
		ck_assert_msg(report.n <= 64, "shape %zu: %zu report lines", k, report.n);
		wp_notice_report_free(&report);
		wp_buf_free(&b);
	}
}
END_TEST

/* opening, then unit said over and over to the largest notice's size:
 * the text is read, not refused (labelled shape k in a failure). */
static void read_repeated(const char *opening, const char *unit, size_t k)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, opening);
	while (b.len < WP_NOTICE_MAX_BYTES - 256)
		wp_buf_puts(&b, unit);
	wp_notice_report report;
	wp_err err;
	char *plan = read_text(b.data, b.len, &report, &err);
	ck_assert_msg(plan, "shape %zu: %s", k, err.msg);
	wp_notice_report_free(&report);
	free(plan);
	wp_buf_free(&b);
}

/* Shapes inside one item's text, where the place of the activity is
 * looked for: a scan for a place from every 在, 深入 or ” must not run to
 * the end of the paragraph each time (that was quadratic: hours on 2 MiB,
 * which the suite's timeout catches). */
START_TEST(the_place_of_a_long_item_is_found_in_linear_work)
{
	static const char item_head[] = "关于开展2027年某某县知识产权宣传周活动的通知\n"
					"一、活动时间\n2027年4月20日至26日\n"
					"二、活动内容\n（一）启动仪式。4月20日上午，";
	static const char *const unit[] = {"”网站", "某馆”网站", "在在在在", "深入深入"};
	for (size_t k = 0; k < sizeof unit / sizeof *unit; k++)
		read_repeated(item_head, unit[k], k);
}
END_TEST

/* One deadline sentence of a single submission verb said over and over:
 * the recipient is looked for after each 报送, and that look must not
 * run to the end of the sentence for every one of them (quadratic: hours
 * on 2 MiB, which the suite's timeout catches). */
START_TEST(the_recipient_of_a_long_deadline_is_found_in_linear_work)
{
	static const char rule_head[] = "关于开展2027年某某县知识产权宣传周活动的通知\n"
					"一、活动时间\n2027年4月20日至26日\n"
					"三、工作要求\n请于4月21日前";
	static const char *const unit[] = {"报送", "提交"};
	for (size_t k = 0; k < sizeof unit / sizeof *unit; k++)
		read_repeated(rule_head, unit[k], k);
}
END_TEST

/* A deadline sentence with many counts after a ， (…，后1天，后1天…):
 * for each, the thing the rule counts from (启动仪式后10个工作日内) was
 * looked for from the start of its clause, found by a scan for the last
 * ， from the sentence's start (quadratic: minutes on 2 MiB, which the
 * suite's timeout catches). */
START_TEST(the_activity_a_long_deadline_counts_from_is_found_in_linear_work)
{
	static const char rule_head[] = "关于开展2027年某某县知识产权宣传周活动的通知\n"
					"一、活动时间\n2027年4月20日至26日\n"
					"三、工作要求\n请于4月21日前报送总结";
	read_repeated(rule_head, "，，，，后1天", 0);
}
END_TEST

/* A deadline sentence of many parts, each with its own date, and no ；
 * (…，4月1日前，4月1日前…): where each part ends was found after a search
 * for the next ； to the sentence's end, at each part (quadratic: well
 * over a minute on 2 MiB; linear, well under a second). */
START_TEST(the_parts_of_a_long_deadline_sentence_are_found_in_linear_work)
{
	static const char rule_head[] = "关于开展2027年某某县知识产权宣传周活动的通知\n"
					"一、活动时间\n2027年4月20日至26日\n"
					"三、工作要求\n请报送总结";
	read_repeated(rule_head, "，4月1日前", 0);
}
END_TEST

/* Trimming the trailing punctuation of a name measured the whole string
 * again for each character it took off: quadratic, most of a minute for a
 * name that is 2 MiB of ， (an item's text that is nothing else), and so
 * some ten minutes for the 8 MiB here, which the suite's timeout catches;
 * a linear trim takes milliseconds. */
START_TEST(trimming_a_long_run_of_punctuation_is_linear)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "县甲局");
	while (b.len < 4 * WP_NOTICE_MAX_BYTES)
		wp_buf_puts(&b, "，");
	char *t = wp_str_trim_end(wp_buf_str(&b), wp_notice_end_punct);
	ck_assert_str_eq(t, "县甲局");
	free(t);
	/* a string that is only one of them keeps it */
	t = wp_str_trim_end("，", wp_notice_end_punct);
	ck_assert_str_eq(t, "，");
	free(t);
	wp_buf_free(&b);
}
END_TEST

/* Days said over and over in one sentence with nothing to part it: the
 * units before each day's verb (各所4月20日前各报…) and what each day's
 * duty is (截止到4月29日…) were looked for to the clause's end at every
 * day, and a line of many people each with a mailbox was searched for
 * every contact's name and internal line to its end (quadratic: seconds
 * on 40 KB, hours on 2 MiB, which the suite's timeout catches; linear,
 * well under a second). */
START_TEST(the_duties_of_many_days_and_the_people_of_a_long_line_are_linear)
{
	static const char rule_head[] = "关于开展2027年某某县知识产权宣传周活动的通知\n"
					"一、活动时间\n2027年4月20日至26日\n"
					"三、工作要求\n各所";
	read_repeated(rule_head, "4月20日前各报", 0);
	read_repeated(rule_head, "截止到4月29日", 1);
	static const char contact_head[] = "关于开展2027年某某县知识产权宣传周活动的通知\n"
					   "一、活动时间\n2027年4月20日至26日\n"
					   "三、联系方式\n";
	read_repeated(contact_head, "科技处：王伟平，0797-8215632，电子邮箱：a0@b.cn", 2);
}
END_TEST

/* A bilingual text's line that is one long run of spaces (or of slashes
 * before English): a translation was looked for at every space to the
 * run's end (quadratic: 15 s on 320 KB, some ten minutes on 2 MiB, which
 * the suite's timeout catches; linear, a fraction of a second). */
START_TEST(a_translations_spaces_are_linear)
{
	static const char bilingual[] = "关于开展2027年质量月活动的通知\nQuality by everyone and zero defects\n"
					"Notice on the quality month campaign\n时间 Time：9月1日\n地点 Venue：广场\n"
					"二、活动时间 Duration\n2027年9月1日至30日\n汉";
	read_repeated(bilingual, " ", 0);
	read_repeated(bilingual, "汉 / Quality", 1);
}
END_TEST

/* Contact lines each opening a bracket after a number that they never
 * close: the remark's ） was looked for to the line's end (quadratic:
 * some 30 s on 2 MiB, over the 20 s of its own timeout below; linear,
 * about 2 s). */
START_TEST(open_remarks_after_numbers_are_linear)
{
	static const char contact_head[] = "关于开展2027年某某县知识产权宣传周活动的通知\n"
					   "一、活动时间\n2027年4月20日至26日\n"
					   "三、联系方式\n";
	read_repeated(contact_head, "张伟 13912345678（", 0);
}
END_TEST

/* A slide deck of the largest notice's size (its slides counting on, so
 * it is read as one): footers, lone labels, a timeline's dates, notes. */
START_TEST(a_deck_of_many_slides_is_read_in_linear_work)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "课件文字版。\n");
	for (int k = 1; b.len < WP_NOTICE_MAX_BYTES - 512; k++)
		wp_buf_printf(&b, "—— 第%d页 ——\n01　活动安排\n组长\n王一\n局长\n宣传主题\n“安全”\n"
				  "6月5日前\n各乡镇报送方案\n01\n启动仪式\n备注：改在广场。\n时间\t6月1日\n某局　|　月\n%d\n",
			      k, k);
	wp_notice_report report;
	wp_err err;
	char *plan = read_text(b.data, b.len, &report, &err);
	ck_assert_msg(plan, "%s", err.msg);
	wp_notice_report_free(&report);
	free(plan);
	wp_buf_free(&b);
}
END_TEST

/* The step budget ends a reading that would otherwise run away: the
 * reader stops with an error, never loops. */
START_TEST(a_reading_over_its_budget_stops_with_an_error)
{
	struct reader r = {0};
	wp_notice_report report = {0};
	r.report = &report;
	r.budget = 10;
	for (int i = 0; i < 10; i++)
		ck_assert(wp_notice_step(&r, 1));
	ck_assert(!wp_notice_step(&r, 1));
	ck_assert(!wp_notice_step(&r, 1));
	ck_assert(r.over_budget);
}
END_TEST

/* A fuzzer's input (tests/fixtures/regress/rebreak-no-cuts.txt): a long
 * line that reads as run on but where the re-breaking finds no place to
 * cut; it once passed qsort a NULL array (undefined behaviour, which the
 * sanitizer build stops at). Any outcome but a crash will do: a plan or
 * a clear error. */
START_TEST(a_run_on_line_with_nowhere_to_cut)
{
	size_t len;
	char *text = slurp("tests/fixtures/regress/rebreak-no-cuts.txt", &len);
	wp_notice_report report = {0};
	wp_err err;
	char *plan = wp_notice_read(text, len, &report, &err);
	ck_assert(plan != NULL || err.msg[0] != '\0');
	ck_assert_uint_le(report.steps, STEPS_PER_BYTE * (len + 1024));
	free(plan);
	wp_notice_report_free(&report);
	free(text);
}
END_TEST

/* 以上活动由县知识产权局统一协调，第N中学、各乡镇协助。 again and again
 * under 150 entries: the first sentence gives its helpers to every
 * entry, the others to the entries since the one before (none); each of
 * 150 entries got the 2001 units of 2000 such lines, 13 s on 190 KB, its
 * output the product of the two. (The cap on a sentence's units is
 * check_reader_round61's.) */
START_TEST(the_helpers_of_all_entries_are_given_in_linear_work)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
			"4月20日（星期一）\n");
	for (int i = 0; i < 150; i++)
		wp_buf_printf(&b, "上午9:00\xe3\x80\x80知识讲座%d\n地点：县图书馆\n牵头：县科协\n", i);
	for (int i = 0; i < 2000; i++)
		wp_buf_printf(&b, "以上活动由县知识产权局统一协调，第%d中学、各乡镇协助。\n", i);
	wp_buf_puts(&b, "三、工作要求\n各单位按时报送总结。\n");
	wp_notice_report report;
	wp_err err;
	char *text = read_text(b.data, b.len, &report, &err);
	ck_assert_msg(text != NULL, "%s", err.msg);
	json_t *plan = json_loads(text, 0, NULL);
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 150);
	for (size_t i = 0; i < json_array_size(acts); i++)
		ck_assert_uint_le(json_array_size(json_object_get(json_array_get(acts, i), "cooperate")), 2);
	ck_assert_str_eq(names(json_array_get(acts, 149), "cooperate"), "第0中学、各乡镇");
	json_decref(plan);
	free(text);
	wp_notice_report_free(&report);
	wp_buf_free(&b);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader bounds");
	TCase *tc = tcase_create("bounds");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, contact_names_holding_a_separator_byte_are_read_whole);
	tcase_add_test(tc, several_contacts_with_such_names_are_read_whole);
	tcase_add_test(tc, a_four_byte_character_in_a_name_is_kept_whole);
	tcase_add_test(tc, contacts_as_notices_write_them);
	tcase_add_test(tc, a_period_word_after_random_reporting);
	tcase_add_test(tc, a_title_line_with_tongzhi_before_guanyu_is_not_a_title);
	tcase_add_test(tc, any_character_in_a_contact_name_is_read);
	tcase_add_loop_test(tc, the_readers_work_is_linear_in_the_text, 0,
			    (int)(sizeof linear_shapes / sizeof *linear_shapes));
	tcase_add_test(tc, the_place_of_a_long_item_is_found_in_linear_work);
	tcase_add_test(tc, the_recipient_of_a_long_deadline_is_found_in_linear_work);
	tcase_add_test(tc, the_activity_a_long_deadline_counts_from_is_found_in_linear_work);
	tcase_add_test(tc, trimming_a_long_run_of_punctuation_is_linear);
	tcase_add_test(tc, the_duties_of_many_days_and_the_people_of_a_long_line_are_linear);
	tcase_add_test(tc, a_reading_over_its_budget_stops_with_an_error);
	tcase_add_test(tc, a_deck_of_many_slides_is_read_in_linear_work);
	tcase_add_test(tc, a_translations_spaces_are_linear);
	tcase_add_test(tc, a_run_on_line_with_nowhere_to_cut);
	tcase_add_test(tc, the_helpers_of_all_entries_are_given_in_linear_work);
	suite_add_tcase(s, tc);
	/* its own timeout: the quadratic search took some 85 s on a fast
	 * machine, under the 120 s above */
	tc = tcase_create("deadline parts");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, the_parts_of_a_long_deadline_sentence_are_found_in_linear_work);
	suite_add_tcase(s, tc);
	/* its own timeout: two shapes of 2 MiB each, 11 s together now and
	 * some 140 s under the sanitizers on a loaded machine; the quadratic
	 * reading took over five minutes without them */
	tc = tcase_create("headers");
	tcase_set_timeout(tc, 240);
	tcase_add_test(tc, headers_that_head_nothing_are_linear);
	suite_add_tcase(s, tc);
	tc = tcase_create("open remarks");
	tcase_set_timeout(tc, 20);
	tcase_add_test(tc, open_remarks_after_numbers_are_linear);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
