/* check_pdf.c - a notice given as a PDF (notice-pdf.h): the same plan as
 * its text, page numbers and running headers left out, a table's columns
 * apart, and a scan, an encrypted, a too long or a damaged PDF refused in
 * one line. The fixtures are made by tests/fixtures/pdf/make-pdf.py. */
#include "config.h"

#include <jansson.h>

#include "notice-pdf.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define PDF "tests/fixtures/pdf/"

static char *pdf_text(const char *rel)
{
	size_t len, tlen;
	char *bytes = slurp(rel, &len);
	char *text;
	wp_err err;
	ck_assert(wp_pdf_is(bytes, len));
	ck_assert_msg(wp_pdf_text(bytes, len, &text, &tlen, &err) == 0, "%s: %s", rel, err.msg);
	ck_assert_uint_eq(strlen(text), tlen);
	free(bytes);
	return text;
}

static void same_plan(const char *txt, const char *pdf)
{
	wp_notice_report rt, rp;
	char *from_text = read_notice(txt, &rt);
	char *from_pdf = read_notice(pdf, &rp);
	ck_assert_str_eq(from_pdf, from_text);
	ck_assert_uint_eq(rp.n, rt.n + 1);
	ck_assert(strstr(rp.lines[rp.n - 1], "PDF") != NULL);
	free(from_text);
	free(from_pdf);
	wp_notice_report_free(&rt);
	wp_notice_report_free(&rp);
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

/* Seed 002 as five PDF pages, each ending in its page number, pages 2 to
 * 5 under a running header: the plan of its text. */
START_TEST(a_seed_as_pdf_gives_the_plan_of_its_text)
{
	same_plan("tests/fixtures/notices/002_f3eb5e40a0807c49.txt", PDF "seed-002.pdf");
	char *text = pdf_text(PDF "seed-002.pdf");
	/* the running header went; the plan's title line in the body stayed */
	ck_assert_uint_eq(count(text, "\n2024年临夏州知识产权宣传周活动方案\n"), 1);
	free(text);
}
END_TEST

/* The other four seeds as a word processor prints them (make-pdf.py:
 * 24 lines a page, "— N —" ending each, the plan's title atop pages 2
 * on): each gives the plan of its text. Seed 000 did not before the
 * PDF reader dropped dashed page numbers and a running header that only
 * one page carries: its title, read mid-section, cut an activity. */
static const char *const seed[][2] = {
	{"tests/fixtures/notices/000_56dcfde114b1f299.txt", PDF "seed-000.pdf"},
	{"tests/fixtures/notices/001_2e61a39d674edb67.txt", PDF "seed-001.pdf"},
	{"tests/fixtures/notices/003_1ac52fcfac32619d.txt", PDF "seed-003.pdf"},
	{"tests/fixtures/notices/004_59eee309cb3bfcb9.txt", PDF "seed-004.pdf"},
};

START_TEST(each_seed_as_pdf_gives_the_plan_of_its_text)
{
	same_plan(seed[_i][0], seed[_i][1]);
	char *text = pdf_text(seed[_i][1]);
	ck_assert_msg(strstr(text, "— 1 —") == NULL && strstr(text, "— 2 —") == NULL, "%s: a page number stayed",
		      seed[_i][1]);
	free(text);
}
END_TEST

/* Seed 000 on two pages: its title, atop page 2 as a running header,
 * goes there and stays where the plan gives it on page 1. */
START_TEST(a_running_header_on_one_page_goes)
{
	char *text = pdf_text(PDF "seed-000.pdf");
	ck_assert_uint_eq(count(text, "2026 年全国知识产权宣传周鹿寨县活动方案\n"), 1);
	ck_assert(strstr(text, "\n(此件公开发布)\n2026 年全国知识产权宣传周鹿寨县活动方案\n") != NULL);
	free(text);
}
END_TEST

static const struct page_number {
	const char *line;
	int page;
	bool is;
} page_numbers[] = {
	{"3", 3, true},
	{"  3 ", 3, true},
	{"— 3 —", 3, true},
	{"—3—", 3, true},
	{"- 3 -", 3, true},
	{"－ 3 －", 3, true},
	{"\u30003\u3000", 3, true},
	{"第 3 页", 3, true},
	{"第3页 共5页", 3, true},
	{"第 3 页 共 3 页", 3, true},
	{"3 / 5", 3, true},
	{"3", 4, false},         /* another page's number */
	{"— 3 —", 2, false},
	{"— 3", 3, false},       /* a dash opened, not closed */
	{"3 —", 3, false},
	{"第 3 页 共 2 页", 3, false}, /* of fewer pages than its number */
	{"3 / 2", 3, false},
	{"第 3", 3, false},
	{"3、活动时间", 3, false},
	{"3日", 3, false},
	{"", 1, false},
	{"—", 1, false},
};

START_TEST(a_page_number_is_told_by_its_form)
{
	const struct page_number *p = &page_numbers[_i];
	ck_assert_msg(wp_pdf_is_page_number(p->line, p->page) == p->is, "\"%s\" on page %d", p->line, p->page);
}
END_TEST

/* A table laid out in columns: its cells apart by tabs, a row per line,
 * read as the activity table of its text; a bare page number dropped. */
START_TEST(a_pdf_table_reads_as_rows)
{
	static const char *const want[] = {
		"1|宣传周启动仪式|2028-04-20|2028-04-20|09:00|区政府广场|区知识产权局|",
		"2|知识产权进校园|2028-04-22|2028-04-22|-|区实验中学|区教育局、区知识产权局|",
	};
	expect_activities(PDF "table.pdf", want, 2);
	same_plan("tests/fixtures/notices/table-spaces.txt", PDF "table.pdf");
	char *text = pdf_text(PDF "table.pdf");
	ck_assert(strstr(text, "\n序号\t时间\t活动内容\t地点\t责任单位\n") != NULL);
	ck_assert(strstr(text, "\n1\t4月20日 9:00\t宣传周启动仪式\t区政府广场\t区知识产权局\n") != NULL);
	/* the page number "1" that ends the page is gone */
	ck_assert(strlen(text) > 5 && strcmp(text + strlen(text) - strlen("报送区知识产权局。\n"), "报送区知识产权局。\n") == 0);
	free(text);
}
END_TEST

static const struct bad {
	const char *file, *says;
} bad[] = {
	{"scan.pdf", "needs OCR"},
	{"encrypted.pdf", "encrypted"},
	{"many-pages.pdf", "201 pages"},
	{"truncated.pdf", "damaged or cut short"},
};

START_TEST(a_bad_pdf_is_refused_in_one_line)
{
	char rel[256];
	snprintf(rel, sizeof rel, PDF "%s", bad[_i].file);
	size_t len;
	char *bytes = slurp(rel, &len);
	wp_notice_report report;
	wp_err err = {{0}};
	char *plan = wp_notice_read(bytes, len, &report, &err);
	ck_assert_msg(plan == NULL, "%s was read", bad[_i].file);
	ck_assert_msg(strstr(err.msg, bad[_i].says) != NULL, "%s: %s", bad[_i].file, err.msg);
	ck_assert(strchr(err.msg, '\n') == NULL);
	free(bytes);
}
END_TEST

/* Damaged copies are read or refused, never a crash. */
START_TEST(damaged_pdfs_never_crash)
{
	size_t len;
	char *good = slurp(PDF "table.pdf", &len);
	char *copy = malloc(len);
	for (size_t at = 0; at < len; at += 41) {
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

int main(void)
{
	Suite *s = suite_create("pdf");
	TCase *tc = tcase_create("pdf");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, a_seed_as_pdf_gives_the_plan_of_its_text);
	tcase_add_loop_test(tc, each_seed_as_pdf_gives_the_plan_of_its_text, 0, (int)(sizeof seed / sizeof *seed));
	tcase_add_test(tc, a_running_header_on_one_page_goes);
	tcase_add_loop_test(tc, a_page_number_is_told_by_its_form, 0,
			    (int)(sizeof page_numbers / sizeof *page_numbers));
	tcase_add_test(tc, a_pdf_table_reads_as_rows);
	tcase_add_loop_test(tc, a_bad_pdf_is_refused_in_one_line, 0, (int)(sizeof bad / sizeof *bad));
	tcase_add_test(tc, damaged_pdfs_never_crash);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
