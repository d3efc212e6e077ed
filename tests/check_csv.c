#include "config.h"

#include "csv.h"
#include "testutil.h"
#include "text.h"

/* One field as the writer puts it in a file. */
static char *field(const char *text)
{
	wp_buf b = WP_BUF_INIT;
	wp_csv_put_text(&b, text);
	return wp_buf_take(&b);
}

#define ck_field_eq(text, expected)                                            \
	do {                                                                   \
		char *got_ = field(text);                                      \
		ck_assert_str_eq(got_ ? got_ : "", (expected));                \
		free(got_);                                                    \
	} while (0)

/* A file written through a memory stream; caller frees. */
struct mem {
	char *data;
	size_t len;
	FILE *f;
};

static void mem_open(struct mem *m)
{
	m->data = NULL;
	m->len = 0;
	m->f = open_memstream(&m->data, &m->len);
	ck_assert_ptr_nonnull(m->f);
}

static const char *mem_close(struct mem *m)
{
	ck_assert_int_eq(fclose(m->f), 0);
	return m->data;
}

START_TEST(leaves_plain_text_as_it_is)
{
	ck_field_eq("区市场监管局", "区市场监管局");
	ck_field_eq("2026-04-20", "2026-04-20");
	ck_field_eq("09:00", "09:00");
	ck_field_eq("a b", "a b");
	ck_field_eq("it's", "it's");
}
END_TEST

START_TEST(quotes_a_field_with_a_comma_quote_or_line_break)
{
	ck_field_eq("a,b", "\"a,b\"");
	ck_field_eq("第一行\n第二行", "\"第一行\n第二行\"");
	ck_field_eq("say \"hi\"", "\"say \"\"hi\"\"\"");
	ck_field_eq("\"", "\"\"\"\"");
	ck_field_eq("\"\"", "\"\"\"\"\"\"");
	/* the full-width comma of Chinese text is not a separator */
	ck_field_eq("区法院，区检察院", "区法院，区检察院");
}
END_TEST

START_TEST(writes_empty_and_null_fields_as_nothing)
{
	ck_field_eq("", "");
	ck_field_eq(NULL, "");
	struct mem m;
	mem_open(&m);
	wp_csv csv;
	wp_csv_start(&csv, m.f);
	const char *fields[] = {NULL, "", "x", NULL};
	wp_csv_record(&csv, fields, 4);
	ck_assert_str_eq(mem_close(&m), WP_CSV_BOM ",,x,\r\n");
	free(m.data);
}
END_TEST

START_TEST(starts_the_file_with_a_bom_and_ends_records_with_crlf)
{
	struct mem m;
	mem_open(&m);
	wp_csv csv;
	wp_csv_start(&csv, m.f);
	const char *head[] = {"单位", "一"};
	wp_csv_record(&csv, head, 2);
	wp_csv_text(&csv, "区法院");
	wp_csv_text(&csv, "牵头");
	wp_csv_end_record(&csv);
	wp_csv_end_record(&csv); /* an empty record: an empty line */
	wp_csv_text(&csv, "a,b");
	wp_csv_end_record(&csv);
	const char *s = mem_close(&m);
	ck_assert_int_eq(memcmp(s, "\xef\xbb\xbf", 3), 0);
	ck_assert_str_eq(s, "\xef\xbb\xbf单位,一\r\n区法院,牵头\r\n\r\n\"a,b\"\r\n");
	free(m.data);
}
END_TEST

START_TEST(keeps_a_line_break_inside_a_field_within_its_record)
{
	struct mem m;
	mem_open(&m);
	wp_csv csv;
	wp_csv_start(&csv, m.f);
	const char *fields[] = {"a\nb", "c"};
	wp_csv_record(&csv, fields, 2);
	ck_assert_str_eq(mem_close(&m), WP_CSV_BOM "\"a\nb\",c\r\n");
	free(m.data);
}
END_TEST

START_TEST(prefixes_a_field_a_spreadsheet_would_run_as_a_formula)
{
	ck_field_eq("=1+2", "'=1+2");
	ck_field_eq("+86 10 1234", "'+86 10 1234");
	ck_field_eq("-3", "'-3");
	ck_field_eq("@SUM(A1)", "'@SUM(A1)");
	ck_field_eq("\tx", "'\tx");
	ck_field_eq("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
	ck_field_eq("=a,b", "\"'=a,b\"");
	/* only the first character counts */
	ck_field_eq("a=b", "a=b");
	ck_field_eq("2026-04-20", "2026-04-20");
	/* a CR is made visible first, so it cannot start a formula */
	ck_field_eq("\r=1", "<U+000D>=1");
}
END_TEST

START_TEST(writes_computed_numbers_without_a_prefix)
{
	struct mem m;
	mem_open(&m);
	wp_csv csv;
	wp_csv_start(&csv, m.f);
	wp_csv_int(&csv, -3);
	wp_csv_text(&csv, "-3");
	wp_csv_int(&csv, 12);
	wp_csv_end_record(&csv);
	ck_assert_str_eq(mem_close(&m), WP_CSV_BOM "-3,'-3,12\r\n");
	free(m.data);
}
END_TEST

START_TEST(never_writes_a_control_character_raw)
{
	ck_field_eq("a\x1b[31mb", "a<U+001B>[31mb");
	ck_field_eq("a\x7f", "a<U+007F>");
	ck_field_eq("a\xc2\x9b" "b", "a<U+009B>b");  /* C1 CSI */
	ck_field_eq("\xe2\x80\xae" "abc", "<U+202E>abc"); /* right-to-left override */
	ck_field_eq("a\rb", "a<U+000D>b");
	ck_field_eq("a\x01", "a<U+0001>");
	/* newline and tab are text a cell may hold */
	ck_field_eq("a\tb", "a\tb");
	/* the escape happens before quoting: a quote still doubles */
	ck_field_eq("\x1b\"", "\"<U+001B>\"\"\"");
}
END_TEST

START_TEST(never_writes_invalid_utf8_raw)
{
	ck_field_eq("a\xff" "b", "a\xef\xbf\xbd" "b");
	ck_field_eq("\xc3", "\xef\xbf\xbd");
	ck_field_eq("\xe4\xb8", "\xef\xbf\xbd\xef\xbf\xbd");
	char *got = field("x\x80y,\xfe");
	ck_assert(wp_text_is_utf8(got, strlen(got)));
	ck_assert_str_eq(got, "\"x\xef\xbf\xbdy,\xef\xbf\xbd\"");
	free(got);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("csv");
	TCase *tc = tcase_create("csv");
	tcase_add_test(tc, leaves_plain_text_as_it_is);
	tcase_add_test(tc, quotes_a_field_with_a_comma_quote_or_line_break);
	tcase_add_test(tc, writes_empty_and_null_fields_as_nothing);
	tcase_add_test(tc, starts_the_file_with_a_bom_and_ends_records_with_crlf);
	tcase_add_test(tc, keeps_a_line_break_inside_a_field_within_its_record);
	tcase_add_test(tc, prefixes_a_field_a_spreadsheet_would_run_as_a_formula);
	tcase_add_test(tc, writes_computed_numbers_without_a_prefix);
	tcase_add_test(tc, never_writes_a_control_character_raw);
	tcase_add_test(tc, never_writes_invalid_utf8_raw);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
