/* check_notice.c - the notice reader on the five seed notices, scored
 * field by field against their hand-checked readings, and on bad input.
 *
 * The score is printed so the reader's accuracy is visible in every run
 * (make check keeps it in tests/check_notice.log). The test fails if the
 * score falls below the last one reached: improvements raise BASELINE. */
#include "config.h"

#include <jansson.h>

#include "notice-reader.h" /* the reader's limits */
#include "notice-text.h"
#include "notice.h"
#include "plan.h"
#include "testutil.h"
#include "truthcmp.h"

/* Fields right across the five seeds when this was last raised. */
#define BASELINE 442

static const char *const seeds[] = {"000_56dcfde114b1f299", "001_2e61a39d674edb67",
				     "002_f3eb5e40a0807c49", "003_1ac52fcfac32619d",
				     "004_59eee309cb3bfcb9"};

static char *slurp(const char *rel, size_t *len)
{
	const char *top = getenv("top_srcdir");
	char path[1024];
	snprintf(path, sizeof path, "%s/%s", top ? top : ".", rel);
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	wp_buf b = WP_BUF_INIT;
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		wp_buf_append(&b, chunk, n);
	fclose(f);
	*len = b.len;
	return wp_buf_take(&b);
}

static char *read_notice(const char *rel, wp_notice_report *report)
{
	size_t len;
	char *bytes = slurp(rel, &len);
	wp_err err;
	char *plan = wp_notice_read(bytes, len, report, &err);
	ck_assert_msg(plan != NULL, "%s: %s", rel, err.msg);
	free(bytes);
	return plan;
}

START_TEST(the_seed_notices_read_as_their_readings)
{
	int total = 0, right = 0;
	printf("%-28s %8s\n", "notice", "fields");
	for (size_t i = 0; i < sizeof seeds / sizeof *seeds; i++) {
		char rel[256], truth[1024];
		snprintf(rel, sizeof rel, "tests/fixtures/notices/%s.txt", seeds[i]);
		wp_notice_report report;
		char *plan = read_notice(rel, &report);
		wp_store *st = open_memory();
		int64_t id;
		wp_err err;
		ck_assert_msg(wp_plan_import(st, plan, strlen(plan), 0, &id, &err) == 0,
			      "%s: the plan read does not import: %s", seeds[i], err.msg);
		const char *top = getenv("top_srcdir");
		snprintf(truth, sizeof truth, "%s/tests/fixtures/truth/%s.json", top ? top : ".", seeds[i]);
		int fields, wrong;
		truth_compare(st, id, truth, true, &fields, &wrong);
		printf("%-28s %4d/%-4d\n", seeds[i], fields - wrong, fields);
		total += fields;
		right += fields - wrong;
		wp_store_close(st);
		wp_notice_report_free(&report);
		free(plan);
	}
	printf("%-28s %4d/%-4d (%.1f%%)\n", "all five", right, total, 100.0 * right / total);
	ck_assert_msg(right >= BASELINE, "accuracy fell: %d fields right, %d before", right, BASELINE);
}
END_TEST

/* A notice written with the genre's other habits: [2027] in the document
 * number, 一． headings, 活动日期 and 宣传主题, items numbered 1． and （3）,
 * time ranges, 下午2点至4点. */
START_TEST(other_ways_of_writing_read_the_same)
{
	wp_notice_report report;
	char *text = read_notice("tests/fixtures/notices/variant-arabic.txt", &report);
	json_error_t jerr;
	json_t *plan = json_loads(text, 0, &jerr);
	ck_assert_ptr_nonnull(plan);
	ck_assert_str_eq(json_string_value(json_object_get(plan, "doc_number")), "某知发[2027]5号");
	ck_assert_str_eq(json_string_value(json_object_get(plan, "title")),
			 "2027年某某县知识产权宣传周活动方案");
	ck_assert_str_eq(json_string_value(json_object_get(plan, "issued_on")), "2027-04-12");
	ck_assert_str_eq(json_string_value(json_object_get(plan, "region")), "某某县");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(json_string_value(json_object_get(period, "start")), "2027-04-20");
	ck_assert_str_eq(json_string_value(json_object_get(period, "end")), "2027-04-26");
	ck_assert_str_eq(json_string_value(json_object_get(plan, "theme")),
			 "知识产权助力县域经济高质量发展");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 4);
	json_t *a4 = json_array_get(acts, 3);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a4, "lead"), 0)),
			 "县科协（县科技馆）");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a4, "cooperate"), 1)), "县团委");
	ck_assert_str_eq(json_string_value(json_object_get(a4, "start")), "2027-04-24");
	json_t *a1 = json_array_get(acts, 0), *a2 = json_array_get(acts, 1), *a3 = json_array_get(acts, 2);
	ck_assert_str_eq(json_string_value(json_object_get(a1, "no")), "1");
	ck_assert_str_eq(json_string_value(json_object_get(a1, "title")), "启动仪式");
	ck_assert_str_eq(json_string_value(json_object_get(a1, "time")), "09:00");
	ck_assert_str_eq(json_string_value(json_object_get(a1, "end_time")), "11:30");
	ck_assert_str_eq(json_string_value(json_object_get(a1, "location")), "县政府广场");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a1, "lead"), 0)), "县知识产权局");
	ck_assert_uint_eq(json_array_size(json_object_get(a1, "cooperate")), 2);
	ck_assert_str_eq(json_string_value(json_object_get(a2, "time")), "14:00");
	ck_assert_str_eq(json_string_value(json_object_get(a2, "end_time")), "16:00");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a2, "lead"), 0)), "县教育局");
	ck_assert_str_eq(json_string_value(json_object_get(a2, "location")), "县第一中学");
	ck_assert_str_eq(json_string_value(json_object_get(a3, "no")), "3");
	ck_assert_str_eq(json_string_value(json_object_get(a3, "start")), "2027-04-20");
	ck_assert_str_eq(json_string_value(json_object_get(a3, "end")), "2027-04-26");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a3, "lead"), 0)), "县知识产权局");
	ck_assert_uint_eq(json_array_size(json_object_get(a3, "cooperate")), 2);
	ck_assert_str_eq(json_string_value(json_object_get(a3, "location")), "重点企业");
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_ptr_nonnull(dl);
	ck_assert_str_eq(json_string_value(json_object_get(dl, "due")), "2027-04-28");
	ck_assert_str_eq(json_string_value(json_object_get(dl, "what")), "报送活动总结");
	ck_assert_str_eq(json_string_value(json_object_get(dl, "submit_to")), "县知识产权局（zscq@example.cn）");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(dl, "who"), 0)), "各单位");
	json_t *c = json_array_get(json_object_get(plan, "contacts"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(c, "name")), "王明");
	ck_assert_str_eq(json_string_value(json_object_get(c, "phone")), "12345678");
	json_decref(plan);
	free(text);
	wp_notice_report_free(&report);
}
END_TEST

static const char *field(json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

/* The names in a unit list, joined with 、 (a static buffer). */
static const char *names(json_t *obj, const char *key)
{
	static char out[512];
	size_t i, used = 0;
	json_t *v;
	out[0] = '\0';
	json_array_foreach(json_object_get(obj, key), i, v) used += (size_t)snprintf(
		out + used, sizeof out - used, "%s%s", i ? "、" : "", json_string_value(v));
	return out;
}

/* Items set out as labelled lines (活动时间：, 活动地点：, 主办单位：,
 * 承办单位：, 参加单位：), half-width colons after Chinese text, a place
 * given as 在X举行, and a deadline sentence without its subject. */
START_TEST(labelled_items_read_field_by_field)
{
	wp_notice_report report;
	char *text = read_notice("tests/fixtures/notices/variant-labels.txt", &report);
	json_t *plan = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(plan);
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 3);
	json_t *a1 = json_array_get(acts, 0), *a2 = json_array_get(acts, 1), *a3 = json_array_get(acts, 2);
	ck_assert_str_eq(field(a1, "start"), "2028-04-20");
	ck_assert_str_eq(field(a1, "time"), "09:30");
	ck_assert_str_eq(field(a1, "location"), "市民中心广场");
	/* the host leads; the unit that runs it for the host cooperates */
	ck_assert_str_eq(names(a1, "lead"), "市市场监督管理局");
	ck_assert_str_eq(names(a1, "cooperate"), "市知识产权保护中心、市公安局、市司法局");
	ck_assert_str_eq(field(a2, "time"), "15:00");
	ck_assert_str_eq(field(a2, "location"), "某某大学图书馆报告厅");
	ck_assert_str_eq(names(a2, "lead"), "市教育局");
	ck_assert_str_eq(names(a2, "cooperate"), "市市场监督管理局、市科协");
	ck_assert_str_eq(field(a3, "location"), "市政务服务中心");
	ck_assert_str_eq(names(a3, "lead"), "市知识产权保护中心");
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "due"), "2028-05-06");
	ck_assert_str_eq(field(dl, "submit_to"), "市局知识产权处");
	/* 请于5月6日前…: those the paragraph opened with */
	ck_assert_str_eq(names(dl, "who"), "市局各处室、各区县市场监管局");
	bool said = false;
	for (size_t i = 0; i < report.n; i++)
		said = said || strstr(report.lines[i], "whom the paragraph addresses");
	ck_assert_msg(said, "the report does not say who was assumed to submit");
	json_decref(plan);
	free(text);
	wp_notice_report_free(&report);
}
END_TEST

/* Dates as notices write them, and what is not a date. */
START_TEST(dates_as_notices_write_them)
{
	static const struct {
		const char *text, *start, *end, *match;
	} cases[] = {
		{"2026年4月22日上午", "2026-04-22", "2026-04-22", "2026年4月22日"},
		{"于4月15日—4月26日开展", "2025-04-15", "2025-04-26", "4月15日—4月26日"},
		{"4月20日至26日", "2025-04-20", "2025-04-26", "4月20日至26日"},
		{"4月20-26日，各区", "2025-04-20", "2025-04-26", "4月20-26日"},
		{"4.22-4.23，在市", "2025-04-22", "2025-04-23", "4.22-4.23"},
		{"4.22-23，在市", "2025-04-22", "2025-04-23", "4.22-23"},
		{"2024.5.8前", "2024-05-08", "2024-05-08", "2024.5.8"},
		{"4月20日（周一）至4月26日（周日）举办", "2025-04-20", "2025-04-26",
		 "4月20日（周一）至4月26日（周日）"},
		{"于4月25日（星期五）前报送", "2025-04-25", "2025-04-25", "4月25日（星期五）"},
		{"投入2.5亿元，5月1日", "2025-05-01", "2025-05-01", "5月1日"},
		{"增长3.5%，1.启动仪式", NULL, NULL, NULL},
		{"4·26世界知识产权日", NULL, NULL, NULL},
		{"2月30日", NULL, NULL, NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		wp_ndate d;
		bool found = wp_nfind_date(cases[i].text, 2025, &d);
		ck_assert_msg(found == (cases[i].start != NULL), "%s: found=%d", cases[i].text, found);
		if (!found)
			continue;
		char a[16], b[16];
		ck_assert_str_eq(wp_date_format(d.start, a), cases[i].start);
		ck_assert_str_eq(wp_date_format(d.end, b), cases[i].end);
		ck_assert_msg(strlen(cases[i].match) == d.len &&
				      strncmp(d.at, cases[i].match, d.len) == 0,
			      "%s: matched '%.*s'", cases[i].text, (int)d.len, d.at);
	}
}
END_TEST

/* Habits of prose notices: the issuer opening the title (X关于开展…的通知),
 * 活动时间和主题 under one heading with （一）/（二） lines, a quoted theme,
 * X牵头，Y配合, X会同Y, a subject after 宣传周期间，, 走进X，开展, a rule
 * in Chinese numerals (三个工作日内), 联系人及电话：name number. */
START_TEST(prose_habits_read_field_by_field)
{
	wp_notice_report report;
	char *text = read_notice("tests/fixtures/notices/variant-prose.txt", &report);
	json_t *plan = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(plan);
	ck_assert_str_eq(field(plan, "organizer"), "某某县市场监督管理局");
	ck_assert_str_eq(field(plan, "region"), "某某县");
	ck_assert_str_eq(field(plan, "theme"), "严格保护知识产权 服务经济社会高质量发展");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2025-04-20");
	ck_assert_str_eq(field(period, "end"), "2025-04-26");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 3);
	json_t *a1 = json_array_get(acts, 0), *a2 = json_array_get(acts, 1), *a3 = json_array_get(acts, 2);
	ck_assert_str_eq(names(a1, "lead"), "县市场监管局");
	ck_assert_str_eq(names(a1, "cooperate"), "县法院、县检察院、县公安局");
	ck_assert_str_eq(field(a1, "location"), "县文化广场");
	ck_assert_str_eq(names(a2, "lead"), "县市场监管局");
	ck_assert_str_eq(field(a2, "location"), "重点企业");
	ck_assert_str_eq(names(a3, "lead"), "县市场监管局");
	ck_assert_str_eq(names(a3, "cooperate"), "县公安局");
	json_t *dl = json_array_get(json_object_get(plan, "deadlines"), 0);
	ck_assert_str_eq(field(dl, "rule"), "活动结束后三个工作日内");
	json_t *rel = json_object_get(dl, "relative");
	ck_assert_int_eq(json_integer_value(json_object_get(rel, "offset")), 3);
	ck_assert_str_eq(field(rel, "unit"), "workdays");
	ck_assert_str_eq(field(dl, "submit_to"), "县市场监管局知识产权股");
	json_t *c = json_array_get(json_object_get(plan, "contacts"), 0);
	ck_assert_str_eq(field(c, "name"), "李华");
	ck_assert_str_eq(field(c, "phone"), "0771-5551234");
	ck_assert_str_eq(field(c, "email"), "lh@example.cn");
	json_decref(plan);
	free(text);
	wp_notice_report_free(&report);
}
END_TEST

/* An activity in one line: no|title|start|end|time|place|lead|cooperate. */
static const char *activity_line(json_t *a)
{
	static char out[1024];
	char lead[512];
	snprintf(lead, sizeof lead, "%s", names(a, "lead"));
	snprintf(out, sizeof out, "%s|%s|%s|%s|%s|%s|%s|%s", field(a, "no"), field(a, "title"),
		 field(a, "start") ? field(a, "start") : "-", field(a, "end") ? field(a, "end") : "-",
		 field(a, "time") ? field(a, "time") : "-",
		 field(a, "location") ? field(a, "location") : "-", lead, names(a, "cooperate"));
	return out;
}

static void expect_activities(const char *rel, const char *const *want, size_t n)
{
	wp_notice_report report;
	char *text = read_notice(rel, &report);
	json_t *plan = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(plan);
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_msg(json_array_size(acts) == n, "%s: %zu activities, want %zu", rel,
		      json_array_size(acts), n);
	for (size_t i = 0; i < n; i++)
		ck_assert_str_eq(activity_line(json_array_get(acts, i)), want[i]);
	json_decref(plan);
	free(text);
	wp_notice_report_free(&report);
}

/* Activities in a table (活动安排表), as Word or a web page give it:
 * tab-separated rows in an annex, a cell per line (with an empty cell
 * dropped), rows apart by runs of spaces right in the section. */
START_TEST(activity_tables_read_row_by_row)
{
	static const char *const tabs[] = {
		"1|宣传周启动仪式|2028-04-20|2028-04-20|09:00|区政府广场|区知识产权局|区委宣传部、区教育局",
		"2|知识产权进企业|2028-04-21|2028-04-23|-|重点企业|区科技局|区知识产权局",
		"3|知识产权有奖竞答|2028-04-20|2028-04-26|-|线上|区知识产权局|"};
	expect_activities("tests/fixtures/notices/table-tabs.txt", tabs, 3);
	static const char *const cells[] = {
		"1|宣传周启动仪式|2028-04-20|2028-04-20|09:00|区政府广场|区知识产权局|区委宣传部、区教育局",
		"2|知识产权进企业|2028-04-21|2028-04-23|-|重点企业|区科技局|",
		"3|知识产权有奖竞答|2028-04-20|2028-04-26|-|线上|区知识产权局|区融媒体中心"};
	expect_activities("tests/fixtures/notices/table-cells.txt", cells, 3);
	static const char *const spaces[] = {
		"1|宣传周启动仪式|2028-04-20|2028-04-20|09:00|区政府广场|区知识产权局|",
		"2|知识产权进校园|2028-04-22|2028-04-22|-|区实验中学|区教育局、区知识产权局|"};
	expect_activities("tests/fixtures/notices/table-spaces.txt", spaces, 2);
}
END_TEST

START_TEST(parts_of_months_are_the_days_they_span)
{
	static const struct {
		const char *text, *start, *end;
	} cases[] = {
		{"4月下旬，各区县", "2025-04-21", "2025-04-30"}, {"5月上旬", "2025-05-01", "2025-05-10"},
		{"2024年2月下旬", "2024-02-21", "2024-02-29"},	 {"4月中下旬", "2025-04-11", "2025-04-30"},
		{"4月底前", "2025-04-21", "2025-04-30"},	 {"5月初", "2025-05-01", "2025-05-10"},
		{"13月下旬", NULL, NULL},			 {"下旬", NULL, NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		wp_ndate d;
		bool found = wp_nfind_dekad(cases[i].text, 2025, &d);
		ck_assert_msg(found == (cases[i].start != NULL), "%s: found=%d", cases[i].text, found);
		char a[16], b[16];
		if (found) {
			ck_assert_str_eq(wp_date_format(d.start, a), cases[i].start);
			ck_assert_str_eq(wp_date_format(d.end, b), cases[i].end);
		}
	}
}
END_TEST

/* Signatures date notices in Chinese numerals; the reader sees digits. */
START_TEST(chinese_numeral_dates_become_digits)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{"二〇二四年四月十五日", "2024年4月15日"},
		{"二零二五年十二月三十一日", "2025年12月31日"},
		{"于四月二十六日前报送", "于4月26日前报送"},
		{"十月一日", "10月1日"},
		{"第二十二个世界知识产权日", "第二十二个世界知识产权日"},
		{"统一月报，十四五规划", "统一月报，十四五规划"},
		{"二〇二四年十三月一日", "二〇二四年十三月一日"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *got = wp_ndate_digits(cases[i].in);
		ck_assert_str_eq(got, cases[i].out);
		free(got);
	}
	/* and so a notice signed that way has its issue date */
	size_t len;
	char *bytes = slurp("tests/fixtures/notices/variant-prose.txt", &len);
	wp_buf b = WP_BUF_INIT;
	const char *sig = strstr(bytes, "2025年4月15日");
	ck_assert_ptr_nonnull(sig);
	wp_buf_append(&b, bytes, (size_t)(sig - bytes));
	wp_buf_puts(&b, "二〇二五年四月十五日\n");
	wp_notice_report report;
	wp_err err;
	char *plan = wp_notice_read(b.data, b.len, &report, &err);
	ck_assert_msg(plan != NULL, "%s", err.msg);
	json_t *j = json_loads(plan, 0, NULL);
	ck_assert_str_eq(field(j, "issued_on"), "2025-04-15");
	json_decref(j);
	free(plan);
	wp_notice_report_free(&report);
	wp_buf_free(&b);
	free(bytes);
}
END_TEST

/* A short notice: 一、活动时间：… on the heading line, 4月20-26日, 4.22-4.23,
 * 4月下旬, 10时30分, and two deadlines in one sentence (the second
 * without its subject). */
START_TEST(a_short_notice_reads_field_by_field)
{
	static const char *const acts[] = {
		"一|启动仪式|2025-04-20|2025-04-20|09:00|市民广场||",
		"二|知识产权进社区|2025-04-20|2025-04-26|-|辖区社区|各区县知识产权局|",
		"三|专利代理培训|2025-04-22|2025-04-23|-|市行政中心||",
		"四|宣传资料发放|2025-04-21|2025-04-30|-|商圈|各区县|",
		"五|发布白皮书|2025-04-26|2025-04-26|10:30|-|市知识产权局|市中级人民法院"};
	expect_activities("tests/fixtures/notices/variant-short.txt", acts, 5);
	wp_notice_report report;
	char *text = read_notice("tests/fixtures/notices/variant-short.txt", &report);
	json_t *plan = json_loads(text, 0, NULL);
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 2);
	json_t *d1 = json_array_get(dls, 0), *d2 = json_array_get(dls, 1);
	ck_assert_str_eq(field(d1, "what"), "报送活动方案");
	ck_assert_str_eq(field(d1, "due"), "2025-04-18");
	ck_assert_str_eq(field(d2, "what"), "报送活动总结");
	ck_assert_str_eq(field(d2, "due"), "2025-04-30");
	ck_assert_str_eq(names(d2, "who"), "各区县知识产权局");
	ck_assert_str_eq(field(d2, "submit_to"), "市局");
	json_decref(plan);
	free(text);
	wp_notice_report_free(&report);
}
END_TEST

/* （一）市级活动 grouping items 1. 2.: the group is no activity, its
 * items are 一.1, 一.2; and （一）启动仪式 with lines 1.时间： 2.地点：
 * 4.牵头单位：, which are the item's fields, not items. */
START_TEST(nested_numbering_reads_as_groups_or_fields)
{
	static const char *const groups[] = {
		"一.1|宣传周启动仪式|2025-04-20|2025-04-20|09:00|市民广场|市知识产权局|市委宣传部",
		"一.2|知识产权进高校|2025-04-23|2025-04-23|-|某某大学|市知识产权局|市教育局",
		"二.1|知识产权进社区|2025-04-20|2025-04-26|-|辖区社区|各区县知识产权局|",
		"二.2|知识产权执法检查|2025-04-24|2025-04-24|-|辖区商场|各区县市场监管局|"};
	expect_activities("tests/fixtures/notices/variant-groups.txt", groups, 4);
	static const char *const fields[] = {
		"一|宣传周启动仪式|2025-04-20|2025-04-20|09:00|市民广场|市知识产权局|",
		"二|知识产权进高校|2025-04-23|2025-04-23|-|某某大学|市教育局|"};
	expect_activities("tests/fixtures/notices/variant-fields.txt", fields, 2);
}
END_TEST

/* A deadline in one line: what|rule|due|who|submit_to. */
static const char *deadline_line(json_t *dl)
{
	static char out[1024];
	char who[512];
	snprintf(who, sizeof who, "%s", names(dl, "who"));
	snprintf(out, sizeof out, "%s|%s|%s|%s|%s", field(dl, "what"), field(dl, "rule"),
		 field(dl, "due") ? field(dl, "due") : "-", who,
		 field(dl, "submit_to") ? field(dl, "submit_to") : "-");
	return out;
}

/* Requirements written as numbered items (（一）各区县…请于…), an address
 * written after 报送至邮箱, 报 a unit after a date (以电子版形式报市局…),
 * a weekday in brackets before 前. */
START_TEST(requirement_items_read_as_deadlines)
{
	static const char *const want[] = {
		"报送宣传周活动方案|于4月15日前|2025-04-15|各区县知识产权局|zscq@example.cn",
		"报送活动总结（含图片、视频）|于2025年5月6日前|2025-05-06|各单位|市知识产权局保护处",
		"报送有奖竞答获奖名单|4月25日（星期五）前|2025-04-25|各区县|-"};
	wp_notice_report report;
	char *text = read_notice("tests/fixtures/notices/variant-requirements.txt", &report);
	json_t *plan = json_loads(text, 0, NULL);
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 3);
	for (size_t i = 0; i < 3; i++)
		ck_assert_str_eq(deadline_line(json_array_get(dls, i)), want[i]);
	json_decref(plan);
	free(text);
	wp_notice_report_free(&report);
}
END_TEST

START_TEST(a_gb18030_copy_reads_the_same)
{
	wp_notice_report a, b;
	char *utf8 = read_notice("tests/fixtures/notices/004_59eee309cb3bfcb9.txt", &a);
	char *gbk = read_notice("tests/fixtures/notices/004.gb18030.txt", &b);
	ck_assert_str_eq(utf8, gbk);
	ck_assert_uint_eq(b.n, a.n + 1); /* it says it converted */
	ck_assert_ptr_nonnull(strstr(b.lines[b.n - 1], "GB18030"));
	wp_notice_report_free(&a);
	wp_notice_report_free(&b);
	free(utf8);
	free(gbk);
}
END_TEST

START_TEST(a_bom_and_crlf_change_nothing)
{
	wp_notice_report a, b;
	char *plain = read_notice("tests/fixtures/notices/001_2e61a39d674edb67.txt", &a);
	char *bom = read_notice("tests/fixtures/notices/001.bom-crlf.txt", &b);
	ck_assert_str_eq(plain, bom);
	wp_notice_report_free(&a);
	wp_notice_report_free(&b);
	free(plain);
	free(bom);
}
END_TEST

static void assert_refused(const char *bytes, size_t len, const char *expect)
{
	wp_notice_report report;
	wp_err err = {{0}};
	char *plan = wp_notice_read(bytes, len, &report, &err);
	ck_assert_ptr_null(plan);
	ck_assert_msg(strstr(err.msg, expect) != NULL, "message '%s' lacks '%s'", err.msg, expect);
	ck_assert_uint_eq(report.n, 0);
}

START_TEST(bad_input_is_refused_with_a_reason)
{
	assert_refused("", 0, "empty");
	assert_refused("\n\r\n  \n", 6, "empty");
	assert_refused("PK\x03\x04\0\0binary", 12, "binary file");
	/* Bytes that are neither UTF-8 nor GB18030. */
	assert_refused("\x81\x30\xff\xff\xff", 5, "neither UTF-8 nor GB18030");
	const char shopping[] = "今天去超市买了苹果和牛奶。\n明天再去。\n";
	assert_refused(shopping, sizeof shopping - 1, "does not read as a plan notice");
	size_t big = WP_NOTICE_MAX_BYTES + 1;
	char *huge = malloc(big);
	memset(huge, 'a', big);
	assert_refused(huge, big, "too large");
	free(huge);
}
END_TEST

/* A notice of n bytes: a real header, then one of three shapes repeated:
 * one endless paragraph; thousands of items with contacts and deadlines;
 * lines that all join into one paragraph. */
static char *pathological(int shape, size_t n, size_t *len)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "关于印发《2027年某县知识产权宣传周活动方案》的通知\n一、活动时间\n"
			"2027年4月20日至26日\n二、重点活动\n（一）开展活动。");
	for (int i = 0; b.len < n; i++) {
		int a = i % 99 + 1, d = i % 9;
		if (shape == 0)
			wp_buf_printf(&b, "在某处%d，由某局牵头联合某委在广场开展%d。", a, d);
		else if (shape == 1)
			wp_buf_printf(&b, "（%d）在县城开展活动，由县局牵头，于4月2%d日前报送总结，"
					  "联系人：张三\n", a, d);
		else
			wp_buf_printf(&b, "在县城广场开展知识产权宣传活动%d，由县局牵头联合县委宣传部"
					  "组织实施%d\n", a, d);
	}
	*len = b.len;
	return wp_buf_take(&b);
}

START_TEST(the_reader_stays_linear_on_long_notices)
{
	/* Three shapes that once made the reader quadratic (one endless
	 * paragraph; thousands of items with contacts and deadlines; lines
	 * that all join into one paragraph). Near the size limit each must
	 * finish well inside Check's timeout, under the sanitizers too; the
	 * caps on items, deadlines and contacts are reported. */
	for (int k = 0; k < 3; k++) {
		size_t len;
		char *text = pathological(k, WP_NOTICE_MAX_BYTES - 200, &len);
		wp_notice_report report;
		wp_err err;
		char *plan = wp_notice_read(text, len, &report, &err);
		ck_assert_msg(plan != NULL, "shape %d: %s", k, err.msg);
		if (k == 1) {
			bool capped = false;
			for (size_t i = 0; i < report.n; i++)
				capped = capped || strstr(report.lines[i], "are not read");
			ck_assert_msg(capped, "the caps were not reported");
		}
		wp_notice_report_free(&report);
		free(plan);
		free(text);
	}
}
END_TEST

START_TEST(the_reader_is_bounded_on_pathological_input)
{
	/* A notice-sized text made of one unbroken line of brackets and
	 * numbers: the reader must finish (Check's timeout catches a hang)
	 * and either read it or refuse it. */
	size_t n = WP_NOTICE_MAX_BYTES - 16;
	wp_buf b = WP_BUF_INIT;
	while (b.len < n)
		wp_buf_puts(&b, "（一）4月20日至（");
	wp_notice_report report;
	wp_err err;
	char *plan = wp_notice_read(b.data, b.len, &report, &err);
	if (plan)
		wp_notice_report_free(&report);
	free(plan);
	wp_buf_free(&b);
}
END_TEST

/* A table of thousands of rows: the reader takes its maximum of items,
 * says so once, and stops. */
START_TEST(a_huge_table_is_cut_at_the_item_limit)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "关于开展2028年知识产权宣传周活动的通知\n一、活动时间\n2028年4月20日至26日\n"
			"附件\n序号\t活动名称\t活动时间\t牵头单位\n");
	for (int i = 1; i <= 5000; i++)
		wp_buf_printf(&b, "%d\t活动%d\t4月2%d日\t区知识产权局\n", i, i, i % 7);
	wp_notice_report report;
	wp_err err;
	char *text = wp_notice_read(b.data, b.len, &report, &err);
	ck_assert_msg(text != NULL, "%s", err.msg);
	json_t *plan = json_loads(text, 0, NULL);
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), WP_NOTICE_MAX_ITEMS);
	int said = 0;
	for (size_t i = 0; i < report.n; i++)
		said += strstr(report.lines[i], "activity items: the rest are not read") != NULL;
	ck_assert_int_eq(said, 1);
	json_decref(plan);
	free(text);
	wp_notice_report_free(&report);
	wp_buf_free(&b);
}
END_TEST

/* xorshift64: a fixed sequence, so a failure can be replayed. */
static uint64_t next_random(uint64_t *state)
{
	uint64_t x = *state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *state = x;
}

START_TEST(mutated_notices_never_crash_the_reader)
{
	/* Each seed, cut, with bytes flipped, lines dropped and duplicated:
	 * the reader reads or refuses, and (under the sanitizers in CI)
	 * touches no memory it does not own. */
	uint64_t state = 0x9e3779b97f4a7c15ULL;
	int read_ok = 0, refused = 0;
	static const char *const texts[] = {"000_56dcfde114b1f299", "001_2e61a39d674edb67",
					    "002_f3eb5e40a0807c49", "003_1ac52fcfac32619d",
					    "004_59eee309cb3bfcb9", "variant-labels", "variant-prose", "variant-short", "variant-groups", "variant-requirements", "table-tabs",
					    "table-cells"};
	for (size_t s = 0; s < sizeof texts / sizeof *texts; s++) {
		char rel[256];
		snprintf(rel, sizeof rel, "tests/fixtures/notices/%s.txt", texts[s]);
		size_t len;
		char *orig = slurp(rel, &len);
		for (int round = 0; round < 120; round++) {
			/* room for insertions */
			char *buf = malloc(len + 64 * 16 + 1);
			memcpy(buf, orig, len);
			size_t n = len;
			/* Most rounds keep the text valid UTF-8 (to reach the
			 * reader's later stages); every fourth flips raw bytes. */
			bool raw = round % 4 == 0;
			int edits = 1 + (int)(next_random(&state) % 12);
			for (int e = 0; e < edits && n > 0; e++) {
				size_t at = next_random(&state) % n;
				while (!raw && at > 0 && ((unsigned char)buf[at] & 0xc0) == 0x80)
					at--; /* a character boundary */
				switch (next_random(&state) % 4) {
				case 0: /* flip a byte, or (keeping UTF-8) cut the tail */
					if (raw)
						buf[at] = (char)(next_random(&state) & 0xff);
					else
						n = at;
					break;
				case 1: /* cut the tail */
					n = at;
					break;
				case 2: { /* drop a span (to the next character boundary) */
					size_t span = next_random(&state) % 200, end = at + span;
					if (end > n)
						end = n;
					while (!raw && end < n && ((unsigned char)buf[end] & 0xc0) == 0x80)
						end++;
					memmove(buf + at, buf + end, n - end);
					n -= end - at;
					break;
				}
				default: { /* insert a bracket, a mark or a line break */
					static const char *const marks[] = {"（", "）", "、", "，", "：",
									    "。", "年", "月", "日",
									    "\n", "（一）", "一、", "至"};
					const char *m = marks[next_random(&state) % 13];
					size_t ml = strlen(m);
					memmove(buf + at + ml, buf + at, n - at);
					memcpy(buf + at, m, ml);
					n += ml;
				}
				}
			}
			wp_notice_report report;
			wp_err err;
			char *plan = wp_notice_read(buf, n, &report, &err);
			if (plan) {
				read_ok++;
				wp_notice_report_free(&report);
				free(plan);
			} else {
				refused++;
			}
			free(buf);
		}
		free(orig);
	}
	printf("mutations: %d read, %d refused\n", read_ok, refused);
	ck_assert_int_eq(read_ok + refused, (int)(sizeof texts / sizeof *texts) * 120);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("notice");
	TCase *tc = tcase_create("reading notices");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, the_seed_notices_read_as_their_readings);
	tcase_add_test(tc, other_ways_of_writing_read_the_same);
	tcase_add_test(tc, labelled_items_read_field_by_field);
	tcase_add_test(tc, activity_tables_read_row_by_row);
	tcase_add_test(tc, prose_habits_read_field_by_field);
	tcase_add_test(tc, dates_as_notices_write_them);
	tcase_add_test(tc, parts_of_months_are_the_days_they_span);
	tcase_add_test(tc, a_short_notice_reads_field_by_field);
	tcase_add_test(tc, nested_numbering_reads_as_groups_or_fields);
	tcase_add_test(tc, requirement_items_read_as_deadlines);
	tcase_add_test(tc, chinese_numeral_dates_become_digits);
	tcase_add_test(tc, a_huge_table_is_cut_at_the_item_limit);
	tcase_add_test(tc, a_gb18030_copy_reads_the_same);
	tcase_add_test(tc, a_bom_and_crlf_change_nothing);
	tcase_add_test(tc, bad_input_is_refused_with_a_reason);
	tcase_add_test(tc, the_reader_is_bounded_on_pathological_input);
	tcase_add_test(tc, the_reader_stays_linear_on_long_notices);
	tcase_add_test(tc, mutated_notices_never_crash_the_reader);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
