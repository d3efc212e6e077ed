/* check_docx.c - a notice given as a Word .docx (notice-docx.h): the same
 * plan as its text, Word's list numbers rendered as they print, tables as
 * rows, merged cells repeated, and every bad file refused with one line.
 * The fixtures are made by tests/fixtures/docx/make-docx.py. */
#include "config.h"

#include <jansson.h>
#include <zip.h>

#include "notice-docx-parts.h"
#include "notice-docx.h"
#include "notice-text.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define DOCX "tests/fixtures/docx/"

/* The text a .docx fixture gives (caller frees). */
static char *docx_text(const char *name)
{
	char rel[256];
	snprintf(rel, sizeof rel, DOCX "%s", name);
	size_t len, tlen;
	char *bytes = slurp(rel, &len);
	char *text;
	wp_err err;
	ck_assert_msg(wp_docx_text(bytes, len, &text, &tlen, &err) == 0, "%s: %s", name, err.msg);
	ck_assert_uint_eq(strlen(text), tlen);
	free(bytes);
	return text;
}

/* The plan of a fixture, read the way import-notice reads it. */
static char *plan_of(const char *rel, wp_notice_report *report)
{
	return read_notice(rel, report);
}

/* The document at doc reads to the very plan of the text at txt. */
static void expect_plan_of_text(const char *doc, const char *txt)
{
	wp_notice_report rt, rd;
	char *from_text = plan_of(txt, &rt);
	char *from_doc = plan_of(doc, &rd);
	ck_assert_str_eq(from_doc, from_text);
	free(from_text);
	free(from_doc);
	wp_notice_report_free(&rt);
	wp_notice_report_free(&rd);
}

static const char *const seeds[] = {"000_56dcfde114b1f299", "001_2e61a39d674edb67", "002_f3eb5e40a0807c49",
				    "003_1ac52fcfac32619d", "004_59eee309cb3bfcb9"};

/* The .docx of each seed notice (headings Word list numbers, document
 * number in the page header) reads to the very plan of its text. */
START_TEST(a_seed_as_docx_gives_the_plan_of_its_text)
{
	char txt[128], docx[128];
	snprintf(txt, sizeof txt, "tests/fixtures/notices/%s.txt", seeds[_i]);
	snprintf(docx, sizeof docx, DOCX "seed-%.3s.docx", seeds[_i]);
	wp_notice_report rt, rd;
	char *from_text = plan_of(txt, &rt);
	char *from_docx = plan_of(docx, &rd);
	ck_assert_str_eq(from_docx, from_text);
	/* the report says where it came from, after what the text gave */
	ck_assert_uint_eq(rd.n, rt.n + 1);
	ck_assert(strstr(rd.lines[rd.n - 1], ".docx") != NULL);
	ck_assert_uint_gt(rd.text_bytes, 0);
	free(from_text);
	free(from_docx);
	wp_notice_report_free(&rt);
	wp_notice_report_free(&rd);
}
END_TEST

/* Genre notices of other campaigns as Word writes them (list-numbered
 * headings, activity tables as Word tables, the document number in the
 * page header) read to the plan of their text. */
static const char *const genre[] = {"g11_anquanshengchanyue_2025", "g23_dushuri_2026",
				    "g24_minzutuanjie_2026", "g29_shuishou_2026",
				    "g30_yibaojijin_2026"};

START_TEST(a_genre_notice_as_docx_gives_the_plan_of_its_text)
{
	char txt[128], docx[128];
	snprintf(txt, sizeof txt, "tests/fixtures/genre/%s.txt", genre[_i]);
	snprintf(docx, sizeof docx, DOCX "genre-%.3s.docx", genre[_i]);
	expect_plan_of_text(docx, txt);
}
END_TEST

/* A notice whose headings are a Word multi-level list (1 指导思想 …
 * 4 活动安排 / 4.1 宣传周启动仪式), its numbers only in numbering.xml:
 * as %1 / %1.%2 and as Word's default %1. / %1.%2., both read to the
 * plan of the text the list prints (4.1 … 4.6 the activities). */
static const char *const multilevel[] = {"multilevel-g151.docx", "multilevel-dotted-g151.docx"};

START_TEST(a_multi_level_list_gives_the_plan_of_its_text)
{
	char docx[128];
	snprintf(docx, sizeof docx, DOCX "%s", multilevel[_i]);
	expect_plan_of_text(docx, "tests/fixtures/genre/g151_zhongliufangzhixuanchuanzhou_yiyuan_2026.txt");
}
END_TEST

/* Genre notices printed to PDF as the seeds are (a line a line, page
 * numbers, a running header): a label spread wide (组    长：, which poppler
 * cuts into two blocks) and a theme's full-width space (清洁家园　健康伍家)
 * read as in the text. */
static const char *const genre_pdf[] = {"g24_minzutuanjie_2026", "g26_aiguoweisheng_2025",
					"g30_yibaojijin_2026"};

START_TEST(a_genre_notice_as_pdf_gives_the_plan_of_its_text)
{
	char txt[128], pdf[128];
	snprintf(txt, sizeof txt, "tests/fixtures/genre/%s.txt", genre_pdf[_i]);
	snprintf(pdf, sizeof pdf, "tests/fixtures/pdf/genre-%.3s.pdf", genre_pdf[_i]);
	expect_plan_of_text(pdf, txt);
}
END_TEST

/* A red header set in a floating text box (as a drawing, and again as
 * VML for older readers) is read, once, before the paragraph it is
 * anchored in: the organizer comes from it as from the text. */
START_TEST(a_text_box_is_read_once)
{
	expect_plan_of_text(DOCX "textbox-head.docx", "tests/fixtures/notices/001_2e61a39d674edb67.txt");
	size_t len, text_len;
	char *bytes = slurp(DOCX "textbox-head.docx", &len);
	char *text;
	wp_err err;
	ck_assert_int_eq(wp_docx_text(bytes, len, &text, &text_len, &err), 0);
	const char *first = strstr(text, "朝阳市知识产权局\n");
	ck_assert_ptr_eq(first, text); /* the box's line opens the text */
	ck_assert_ptr_null(strstr(first + 1, "朝阳市知识产权局\n"));
	free(text);
	free(bytes);
}
END_TEST

/* Seed 002 with its headings set in heading styles ("heading 1",
 * "heading 2", outline levels 3 and 4) and numbered neither in the text
 * nor by a list: its sections still open, the plan is the text's. */
START_TEST(heading_styles_without_numbering_give_the_outline)
{
	expect_plan_of_text(DOCX "heading-styles.docx", "tests/fixtures/notices/002_f3eb5e40a0807c49.txt");
	char *text = docx_text("heading-styles.docx");
	ck_assert(strstr(text, "\n一、指导思想\n") != NULL);
	ck_assert(strstr(text, "\n（一）") != NULL);
	free(text);
}
END_TEST

/* The fixture is what it claims: the headings are list numbering, not
 * text (else the test above would prove nothing about numbering). */
START_TEST(the_seed_headings_are_word_numbering)
{
	size_t len;
	char *bytes = slurp(DOCX "seed-001.docx", &len);
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &ze);
	zip_t *z = zip_open_from_source(src, ZIP_RDONLY, &ze);
	ck_assert_ptr_nonnull(z);
	zip_file_t *f = zip_fopen(z, "word/document.xml", 0);
	ck_assert_ptr_nonnull(f);
	wp_buf xml = WP_BUF_INIT;
	char chunk[4096];
	zip_int64_t n;
	while ((n = zip_fread(f, chunk, sizeof chunk)) > 0)
		wp_buf_append(&xml, chunk, (size_t)n);
	zip_fclose(f);
	zip_discard(z);
	zip_error_fini(&ze);
	ck_assert(strstr(xml.data, "<w:numPr>") != NULL);
	ck_assert(strstr(xml.data, ">指导思想<") != NULL);
	ck_assert(strstr(xml.data, "一、") == NULL);
	ck_assert(strstr(xml.data, "（一）") == NULL);
	/* ... and rendered back */
	char *text = docx_text("seed-001.docx");
	ck_assert(strstr(text, "\n一、指导思想\n") != NULL);
	ck_assert(strstr(text, "\n（一）举办知识产权宣传周启动仪式\n") != NULL);
	ck_assert(strstr(text, "\n1. 2026 年朝阳市知识产权宣传周活动方案\n2. 2026 年") != NULL);
	free(text);
	wp_buf_free(&xml);
	free(bytes);
}
END_TEST

/* The document number sits in the page header of seed 000's .docx. */
START_TEST(the_document_number_comes_from_the_page_header)
{
	char *text = docx_text("seed-000.docx");
	ck_assert(wp_str_starts(text, "鹿市监发〔2026〕3号\n"));
	free(text);
	wp_notice_report report;
	json_t *plan = read_plan(DOCX "seed-000.docx", &report);
	ck_assert_str_eq(field(plan, "doc_number"), "鹿市监发〔2026〕3号");
	json_decref(plan);
	wp_notice_report_free(&report);
}
END_TEST

/* A notice whose activities are a Word table: the rows are activities,
 * field by field, as from its text; an empty cell stays empty. */
START_TEST(a_word_table_reads_as_the_activity_table)
{
	static const char *const want[] = {
		"1|宣传周启动仪式|2028-04-20|2028-04-20|09:00|区政府广场|区知识产权局|区委宣传部、区教育局",
		"2|知识产权进企业|2028-04-21|2028-04-23|-|重点企业|区科技局|区知识产权局",
		"3|知识产权有奖竞答|2028-04-20|2028-04-26|-|线上|区知识产权局|",
	};
	expect_activities(DOCX "table-notice.docx", want, 3);
	expect_activities("tests/fixtures/notices/table-tabs.txt", want, 3);
	expect_plan_of_text(DOCX "table-notice.docx", "tests/fixtures/notices/table-tabs.txt");
	char *text = docx_text("table-notice.docx");
	ck_assert(strstr(text, "\n3\t知识产权有奖竞答\t宣传周期间\t线上\t区知识产权局\t—\n") != NULL);
	free(text);
}
END_TEST

/* Nested lists restart under their parent; formats, start values,
 * start overrides, shared counters, lvlRestart 0 and numbering through
 * a paragraph style print as Word prints them. */
START_TEST(list_numbers_render_exactly)
{
	static const char want[] =
		"一、甲\n（一）乙\n1. 丙\n（1）丁\n（2）戊\n2. 己\n（1）庚\n（二）辛\n1. 壬\n二、癸\n（一）子\n"
		"九、格式0a\n十、格式0b\n"
		"一〇. 格式1a\n一一. 格式1b\n"
		"７、格式2a\n８、格式2b\n"
		"第十九条格式3a\n第二十条格式3b\n"
		"①格式4a\n②格式4b\n"
		"十一) 格式5a\n十二) 格式5b\n"
		"一百零四. 格式6a\n一百零五. 格式6b\n"
		"格式7a\n格式7b\n" /* a bullet prints no number */
		"1. 甲\n1.1 乙\n2. 丙\n2.2 丁\n" /* lvlRestart 0: 2.2, not 2.1 */
		"三、重新开始\n四、接着\n"	   /* a start override counts on its own */
		"三、共用\n"			   /* a list of the same definition shares its counters */
		"一、样式一\n（一）样式二\n二、样式三\n" /* numbered by the paragraph style */
		"无编号\n"			   /* numId 0 turns the style's list off */
		/* heading styles without numbering: a label by outline level */
		"一、标题甲\n（一）标题乙\n1. 标题丙\n（1）标题丁\n（2）标题戊\n（二）标题己\n"
		"五、手写\n"   /* a number typed in the text is the label */
		"二、标题庚\n" /* counted on: the typed one is not counted */
		"无编号\n";    /* numId 0: the heading unnumbered on purpose */
	char *text = docx_text("numbering.docx");
	ck_assert_str_eq(text, want);
	free(text);
}
END_TEST

START_TEST(number_formats)
{
	static const struct {
		const char *fmt;
		int n;
		const char *want;
	} cases[] = {
		{"chineseCounting", 1, "一"},		{"chineseCounting", 10, "十"},
		{"chineseCounting", 11, "十一"},	{"chineseCounting", 20, "二十"},
		{"chineseCounting", 99, "九十九"},	{"chineseCounting", 100, "一百"},
		{"chineseCounting", 105, "一百零五"},	{"chineseCounting", 110, "一百一十"},
		{"chineseCounting", 1001, "一千零一"}, {"chineseCountingThousand", 15, "十五"},
		{"japaneseCounting", 3, "三"},		{"ideographDigital", 10, "一〇"},
		{"ideographDigital", 7, "七"},		{"decimalFullWidth", 12, "１２"},
		{"decimalEnclosedCircle", 3, "③"},	{"decimalEnclosedCircle", 21, "21"},
		{"decimalEnclosedParen", 2, "⑵"},	{"chineseLegalSimplified", 12, "壹拾贰"},
		{"lowerLetter", 27, "aa"},		{"upperRoman", 14, "XIV"},
		{"decimalZero", 7, "07"},		{"decimal", 42, "42"},
		{"someFutureFormat", 5, "5"},		{NULL, 3, "3"},
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		wp_buf b = WP_BUF_INIT;
		wp_docx_format_number(cases[k].fmt, cases[k].n, &b);
		ck_assert_msg(strcmp(wp_buf_str(&b), cases[k].want) == 0, "%s %d: %s, want %s",
			      cases[k].fmt ? cases[k].fmt : "(none)", cases[k].n, wp_buf_str(&b), cases[k].want);
		wp_buf_free(&b);
	}
}
END_TEST

/* Merged cells are repeated in each column and row they cover, a cell's
 * paragraphs join, tracked changes read as accepted, hidden text and
 * footnote marks print nothing, a line break is a new line. */
START_TEST(cells_merges_and_changes)
{
	static const char want[] =
		"第一行\n第二行\n"
		"序号\t活动名称\t活动时间\t牵头单位\t配合单位\n"
		"1\t启动仪式\t4月20日 上午9:00\t区知识产权局\t区委宣传部、区教育局\n"
		"2\t竞答\t4月20日 上午9:00\t区科技局\t—\n"
		"合计\t合计\t三项\t区市场监管局\t区市场监管局\n"
		"联系人：张三\t电话：123\n";
	char *text = docx_text("cells.docx");
	ck_assert_str_eq(text, want);
	free(text);
}
END_TEST

/* 10,000 rows read in bounded work: the reader takes what it takes and
 * says the rest was not read. */
START_TEST(ten_thousand_rows_are_bounded)
{
	wp_notice_report report;
	json_t *plan = read_plan(DOCX "big-table.docx", &report);
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 200);
	ck_assert_uint_gt(report.text_bytes, 10000 * 20);
	/* the work is linear in the text, as for any notice */
	ck_assert_uint_le(report.steps, 256 * (report.text_bytes + 4096));
	json_decref(plan);
	wp_notice_report_free(&report);
}
END_TEST

static const struct bad {
	const char *file, *says;
} bad[] = {
	{"bad-truncated.docx", "damaged or cut short"},
	{"bad-bomb.docx", "more than 32 MiB"},
	{"bad-bomb-lying.docx", "more than 32 MiB"},
	{"bad-crc.docx", "damaged"},
	{"bad-doctype.docx", "DOCTYPE"},
	{"bad-encrypted.docx", "encrypted or not a .docx"},
	{"bad-old.doc", "soffice --headless --convert-to docx"},
	{"bad-notice.rtf", "soffice --headless --convert-to docx"},
	{"bad-notice.odt", "soffice --headless --convert-to docx"},
	{"bad-no-document.docx", "word/document.xml"},
};

/* Each bad file: no plan, a one-line message saying why. */
START_TEST(a_bad_file_is_refused_in_one_line)
{
	char rel[256];
	snprintf(rel, sizeof rel, DOCX "%s", bad[_i].file);
	size_t len;
	char *bytes = slurp(rel, &len);
	wp_notice_report report;
	wp_err err = {{0}};
	char *plan = wp_notice_read(bytes, len, &report, &err);
	ck_assert_msg(plan == NULL, "%s was read", bad[_i].file);
	ck_assert_msg(strstr(err.msg, bad[_i].says) != NULL, "%s: %s", bad[_i].file, err.msg);
	ck_assert(strchr(err.msg, '\n') == NULL);
	ck_assert_uint_eq(report.n, 0);
	free(bytes);
}
END_TEST

/* Any cut or damage of a good .docx is read or refused, never a crash
 * (ASan and UBSan watch this in CI). */
START_TEST(damaged_copies_never_crash)
{
	size_t len;
	char *good = slurp(DOCX "cells.docx", &len);
	char *copy = malloc(len);
	for (size_t cut = 0; cut < len; cut += 53) {
		char *text;
		size_t tlen;
		wp_err err;
		if (wp_notice_document_text(good, cut, &text, &tlen, &err) > 0)
			free(text);
	}
	for (size_t at = 0; at < len; at += 7) {
		memcpy(copy, good, len);
		copy[at] ^= 0x5a;
		wp_notice_report report;
		wp_err err;
		char *plan = wp_notice_read(copy, len, &report, &err);
		if (plan)
			wp_notice_report_free(&report);
		free(plan);
	}
	free(copy);
	free(good);
}
END_TEST

/* Text stays text: only a document's own signature makes it one. */
START_TEST(text_is_not_a_document)
{
	static const char *const texts[] = {"一、活动时间\n", "PK", "{\\rt", "%PDF"};
	for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
		char *text = (char *)"unchanged";
		size_t tlen = 99;
		wp_err err;
		ck_assert_int_eq(wp_notice_document_text(texts[k], strlen(texts[k]), &text, &tlen, &err), 0);
		ck_assert_ptr_null(text);
	}
	/* %PDF- is a PDF, this one with nothing after its signature */
	char *text;
	size_t tlen;
	wp_err err;
	ck_assert_int_eq(wp_notice_document_text("%PDF-1.4\n", 9, &text, &tlen, &err), -1);
	ck_assert(strstr(err.msg, "PDF") != NULL);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("docx");
	TCase *tc = tcase_create("docx");
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, a_seed_as_docx_gives_the_plan_of_its_text, 0, (int)(sizeof seeds / sizeof *seeds));
	tcase_add_loop_test(tc, a_genre_notice_as_docx_gives_the_plan_of_its_text, 0,
			    (int)(sizeof genre / sizeof *genre));
	tcase_add_loop_test(tc, a_multi_level_list_gives_the_plan_of_its_text, 0,
			    (int)(sizeof multilevel / sizeof *multilevel));
	tcase_add_loop_test(tc, a_genre_notice_as_pdf_gives_the_plan_of_its_text, 0,
			    (int)(sizeof genre_pdf / sizeof *genre_pdf));
	tcase_add_test(tc, a_text_box_is_read_once);
	tcase_add_test(tc, the_seed_headings_are_word_numbering);
	tcase_add_test(tc, heading_styles_without_numbering_give_the_outline);
	tcase_add_test(tc, the_document_number_comes_from_the_page_header);
	tcase_add_test(tc, a_word_table_reads_as_the_activity_table);
	tcase_add_test(tc, list_numbers_render_exactly);
	tcase_add_test(tc, number_formats);
	tcase_add_test(tc, cells_merges_and_changes);
	tcase_add_test(tc, ten_thousand_rows_are_bounded);
	tcase_add_loop_test(tc, a_bad_file_is_refused_in_one_line, 0, (int)(sizeof bad / sizeof *bad));
	tcase_add_test(tc, damaged_copies_never_crash);
	tcase_add_test(tc, text_is_not_a_document);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
