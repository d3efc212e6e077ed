/* check_xlsx.c - the workbook export's own logic: what text a cell may
 * hold, how wide a column is, the state of a report, an activity's dates,
 * and a workbook that cannot be written. What the sheets hold is read
 * back with openpyxl in tests/export-xlsx.sh. */
#include "config.h"

#include "campaign.h"
#include "export-xlsx.h"
#include "share.h"
#include "testutil.h"

static char *clean(const char *s)
{
	wp_buf b = WP_BUF_INIT;
	wp_xlsx_clean(&b, s);
	return wp_buf_take(&b);
}

START_TEST(drops_what_excel_refuses_and_keeps_lines)
{
	char *s = clean("开幕\x1b[31m式\xc2\x9b\xe2\x80\xae尾");
	ck_assert_str_eq(s, "开幕[31m式尾");
	free(s);
	s = clean("第一行\n第二行\t末");
	ck_assert_str_eq(s, "第一行\n第二行\t末");
	free(s);
	s = clean("a\xff" "b\xe5\xb0");
	ck_assert_str_eq(s, "a\xef\xbf\xbd" "b\xef\xbf\xbd\xef\xbf\xbd");
	free(s);
	s = clean(NULL);
	ck_assert_str_eq(s, "");
	free(s);
}
END_TEST

START_TEST(cuts_text_to_what_a_cell_holds)
{
	size_t n = WP_XLSX_CELL_MAX + 100;
	char *long_text = malloc(n * 3 + 1);
	for (size_t i = 0; i < n; i++)
		memcpy(long_text + 3 * i, "鹿", 3);
	long_text[n * 3] = '\0';
	char *s = clean(long_text);
	ck_assert_uint_eq(strlen(s), (size_t)WP_XLSX_CELL_MAX * 3); /* characters, not bytes */
	free(s);
	free(long_text);
}
END_TEST

START_TEST(columns_are_as_wide_as_the_widest_line)
{
	ck_assert_int_eq(wp_xlsx_text_columns("区林业局"), 8);
	ck_assert_int_eq(wp_xlsx_text_columns("ab\n区林业局\nabc"), 8);
	ck_assert_int_eq(wp_xlsx_text_columns(""), 0);
	ck_assert_int_eq(wp_xlsx_text_columns(NULL), 0);
	ck_assert(wp_xlsx_column_width(8, WP_XLSX_WIDTH_CAP) == 10);
	ck_assert(wp_xlsx_column_width(0, WP_XLSX_WIDTH_CAP) == 6);
	ck_assert(wp_xlsx_column_width(200, WP_XLSX_WIDTH_CAP) == WP_XLSX_WIDTH_CAP);
	ck_assert(wp_xlsx_column_width(40, 12) == 12);
}
END_TEST

START_TEST(a_report_is_submitted_overdue_or_pending)
{
	wp_owner done = {.submitted_on = D("2026-04-16")};
	wp_owner waiting = {.submitted_on = WP_DATE_NONE};
	wp_date today = D("2026-04-20");
	ck_assert_str_eq(wp_xlsx_status(&done, D("2026-04-17"), today), "submitted");
	ck_assert_str_eq(wp_xlsx_status(&waiting, D("2026-04-17"), today), "overdue");
	ck_assert_str_eq(wp_xlsx_status(&waiting, today, today), "pending"); /* due today */
	ck_assert_str_eq(wp_xlsx_status(&waiting, WP_DATE_NONE, today), "pending");
	ck_assert_str_eq(wp_xlsx_status(NULL, D("2026-04-17"), today), "overdue");
	ck_assert_str_eq(wp_xlsx_status(&waiting, D("2026-04-17"), WP_DATE_NONE), "pending");
}
END_TEST

START_TEST(dates_carry_their_weekday)
{
	wp_buf b = WP_BUF_INIT;
	wp_xlsx_put_dates(&b, D("2026-04-20"), D("2026-04-20"));
	ck_assert_str_eq(wp_buf_str(&b), "2026-04-20 (Mon)");
	wp_buf_reset(&b);
	wp_xlsx_put_dates(&b, D("2026-04-20"), D("2026-04-26"));
	ck_assert_str_eq(wp_buf_str(&b), "2026-04-20 (Mon) to 2026-04-26 (Sun)");
	wp_buf_reset(&b);
	wp_xlsx_put_dates(&b, WP_DATE_NONE, WP_DATE_NONE);
	ck_assert_str_eq(wp_buf_str(&b), "undated");
	wp_buf_free(&b);
}
END_TEST

static void load_share(wp_store *st, const char *campaign, const char *unit, wp_share *share)
{
	wp_campaign_ref ref;
	wp_err err;
	ck_assert_msg(wp_campaign_find(st, campaign, &ref, &err) == 0, "%s", err.msg);
	ck_assert_msg(wp_share_load(st, ref.id, unit, share, &err) == 0, "%s", err.msg);
	wp_campaign_ref_clear(&ref);
}

START_TEST(writes_a_zip_workbook)
{
	wp_store *st = open_demo();
	wp_share share;
	load_share(st, "荣昌", NULL, &share);
	char path[] = "/tmp/check_xlsx.XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	close(fd);
	wp_export_opts opts = {.today = D("2026-04-20")};
	wp_err err;
	ck_assert_msg(wp_export_xlsx(&share, &opts, path, &err) == 0, "%s", err.msg);
	FILE *f = fopen(path, "rb");
	char magic[4] = {0};
	ck_assert_uint_eq(fread(magic, 1, 4, f), 4);
	fclose(f);
	ck_assert(memcmp(magic, "PK\x03\x04", 4) == 0);
	unlink(path);
	wp_share_clear(&share);
	wp_store_close(st);
}
END_TEST

START_TEST(a_workbook_that_cannot_be_written_names_its_file)
{
	wp_store *st = open_demo();
	wp_share share;
	load_share(st, "荣昌", "区林业局", &share);
	wp_export_opts opts = {.today = D("2026-04-20")};
	wp_err err;
	const char *path = "/nonexistent-weekplan-dir/plan.xlsx";
	ck_assert_int_eq(wp_export_xlsx(&share, &opts, path, &err), -1);
	ck_assert_msg(strstr(err.msg, "cannot write the workbook") && strstr(err.msg, path),
		      "message: %s", err.msg);
	wp_share_clear(&share);
	wp_store_close(st);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("xlsx");
	TCase *tc = tcase_create("xlsx");
	tcase_add_test(tc, drops_what_excel_refuses_and_keeps_lines);
	tcase_add_test(tc, cuts_text_to_what_a_cell_holds);
	tcase_add_test(tc, columns_are_as_wide_as_the_widest_line);
	tcase_add_test(tc, a_report_is_submitted_overdue_or_pending);
	tcase_add_test(tc, dates_carry_their_weekday);
	tcase_add_test(tc, writes_a_zip_workbook);
	tcase_add_test(tc, a_workbook_that_cannot_be_written_names_its_file);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
