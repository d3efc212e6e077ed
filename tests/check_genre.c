/* check_genre.c - the notice reader on the genre's other habits: made-up
 * notices (tests/fixtures/notices/variant-*.txt, table-*.txt) written the
 * ways real notices are, each read field by field; and the date forms
 * notices use. The accuracy on the seed and genre notices is check_accuracy. */
#include "config.h"

#include <jansson.h>
#include <string.h>

#include "date.h"
#include "notice-date.h"
#include "notice.h"
#include "noticeutil.h"
#include "plan.h"
#include "testutil.h"

/* A notice written with the genre's other habits: [2027] in the document
 * number, 一． headings, 活动日期 and 宣传主题, items numbered 1． and （3）,
 * time ranges, 下午2点至4点. */
START_TEST(other_ways_of_writing_read_the_same)
{
	wp_notice_report report;
	json_t *plan = read_plan("tests/fixtures/notices/variant-arabic.txt", &report);
	ck_assert_str_eq(field(plan, "doc_number"), "某知发[2027]5号");
	ck_assert_str_eq(field(plan, "title"), "2027年某某县知识产权宣传周活动方案");
	ck_assert_str_eq(field(plan, "issued_on"), "2027-04-12");
	ck_assert_str_eq(field(plan, "region"), "某某县");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2027-04-20");
	ck_assert_str_eq(field(period, "end"), "2027-04-26");
	ck_assert_str_eq(field(plan, "theme"), "知识产权助力县域经济高质量发展");
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 4);
	/* 1．, 2．, （3）, （4）: one list, however its numbers are typed */
	ck_assert_str_eq(activity_line(json_array_get(acts, 0)),
			 "1|启动仪式|2027-04-20|2027-04-20|09:00|县政府广场|县知识产权局|县委宣传部、县教育局");
	json_t *a1 = json_array_get(acts, 0), *a2 = json_array_get(acts, 1);
	ck_assert_str_eq(field(a1, "end_time"), "11:30");
	ck_assert_str_eq(field(a2, "time"), "14:00");
	ck_assert_str_eq(field(a2, "end_time"), "16:00");
	ck_assert_str_eq(names(a2, "lead"), "县教育局"); /* 由县教育局牵头 */
	ck_assert_str_eq(field(a2, "location"), "县第一中学");
	ck_assert_str_eq(activity_line(json_array_get(acts, 2)),
			 "3|企业走访|2027-04-20|2027-04-26|-|重点企业|县知识产权局|县工信局、县商务局");
	ck_assert_str_eq(activity_line(json_array_get(acts, 3)),
			 "4|知识竞赛|2027-04-24|2027-04-24|-|-|县科协（县科技馆）|县教育局、县团委");
	ck_assert_str_eq(deadline_line(json_array_get(json_object_get(plan, "deadlines"), 0)),
			 "报送活动总结|4月28日前|2027-04-28|各单位|县知识产权局（邮箱：zscq@example.cn）");
	json_t *c = json_array_get(json_object_get(plan, "contacts"), 0);
	ck_assert_str_eq(field(c, "name"), "王明");
	ck_assert_str_eq(field(c, "phone"), "12345678");
	json_decref(plan);
	wp_notice_report_free(&report);
}
END_TEST

/* Items set out as labelled lines (活动时间：, 活动地点：, 主办单位：,
 * 承办单位：, 参加单位：), half-width colons after Chinese text, a place
 * given as 在X举行, and a deadline sentence without its subject. */
START_TEST(labelled_items_read_field_by_field)
{
	wp_notice_report report;
	json_t *plan = read_plan("tests/fixtures/notices/variant-labels.txt", &report);
	json_t *acts = json_object_get(plan, "activities");
	ck_assert_uint_eq(json_array_size(acts), 6);
	/* 即日起至4月30日: from the issue date (2028-04-10) */
	ck_assert_str_eq(activity_line(json_array_get(acts, 5)),
			 "六|有奖竞答|2028-04-10|2028-04-30|-|市知识产权局微信公众号|市知识产权局|");
	json_t *a1 = json_array_get(acts, 0), *a2 = json_array_get(acts, 1), *a3 = json_array_get(acts, 2);
	/* 责任单位：市科协（牵头）、市教育局…: the marked unit leads, the rest
	 * cooperate; （X牵头，Y配合） as a trailing list */
	ck_assert_str_eq(activity_line(json_array_get(acts, 3)),
			 "四|知识产权讲座|2028-04-24|2028-04-24|-|市图书馆|市科协|市教育局、市图书馆");
	ck_assert_str_eq(activity_line(json_array_get(acts, 4)),
			 "五|执法检查|2028-04-25|2028-04-25|-|-|市市场监督管理局|市公安局");
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
		/* a bracket cut off at the end of the text (read past it once) */
		{"于4月25日（", "2025-04-25", "2025-04-25", "4月25日"},
		{"于4月25日（星期", "2025-04-25", "2025-04-25", "4月25日"},
		{"于4月25日（周", "2025-04-25", "2025-04-25", "4月25日"},
		/* days listed one after another: from the first to the last */
		{"4月11日、18日、25日各街道组织", "2025-04-11", "2025-04-25", "4月11日、18日、25日"},
		{"3月11日、12日开展", "2025-03-11", "2025-03-12", "3月11日、12日"},
		{"4月20日至22日、24日", "2025-04-20", "2025-04-22", "4月20日至22日"},
		{"4月25日、18日", "2025-04-25", "2025-04-25", "4月25日"},
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
	json_t *plan = read_plan("tests/fixtures/notices/variant-prose.txt", &report);
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
	/* 联系人及电话：李华 0771-5551234；王强 13900000000: two people */
	json_t *contacts = json_object_get(plan, "contacts");
	ck_assert_uint_eq(json_array_size(contacts), 2);
	json_t *c = json_array_get(contacts, 0), *c2 = json_array_get(contacts, 1);
	ck_assert_str_eq(field(c, "name"), "李华");
	ck_assert_str_eq(field(c, "phone"), "0771-5551234");
	ck_assert_str_eq(field(c, "email"), "lh@example.cn");
	ck_assert_str_eq(field(c2, "name"), "王强");
	ck_assert_str_eq(field(c2, "phone"), "13900000000");
	json_decref(plan);
	wp_notice_report_free(&report);
}
END_TEST

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
	/* a cell that ran over a line of its own: that line is left out, and
	 * the rows after it still start at their numbers */
	expect_activities("tests/fixtures/notices/table-cells-wrapped.txt", cells, 3);
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
		/* the whole month: 5月份, 6月全月, 9月整月 */
		{"时间：5月份", "2025-05-01", "2025-05-31"},	 {"6月全月", "2025-06-01", "2025-06-30"},
		{"2024年2月份", "2024-02-01", "2024-02-29"},	 {"9月整月", "2025-09-01", "2025-09-30"},
		{"月份", NULL, NULL},
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
 * 4月下旬 (a part of a month: no date), 10时30分, and two deadlines in one
 * sentence (the second without its subject). */
START_TEST(a_short_notice_reads_field_by_field)
{
	static const char *const acts[] = {
		"一|启动仪式|2025-04-20|2025-04-20|09:00|市民广场||",
		"二|知识产权进社区|2025-04-20|2025-04-26|-|辖区社区|各区县知识产权局|",
		"三|专利代理培训|2025-04-22|2025-04-23|-|市行政中心||",
		"四|宣传资料发放|-|-|-|商圈|各区县|",
		"五|发布白皮书|2025-04-26|2025-04-26|10:30|-|市知识产权局|市中级人民法院"};
	expect_activities("tests/fixtures/notices/variant-short.txt", acts, 5);
	wp_notice_report report;
	json_t *plan = read_plan("tests/fixtures/notices/variant-short.txt", &report);
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
	wp_notice_report_free(&report);
}
END_TEST

/* （一）市级活动 grouping items 1. 2.: the group is no activity, its
 * items are 一.1, 一.2; and （一）启动仪式 with lines 1.时间： 2.地点：
 * 4.牵头单位：, which are the item's fields, not items; a title written
 * 活动名称：X is X. */
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

/* Requirements written as numbered items (（一）各区县…请于…), an address
 * written after 报送至邮箱, 报 a unit after a deadline date (以电子版形式报市局…),
 * a weekday in brackets before 前; relative rules anchored on the
 * activity (活动结束后, inside an item, whose subject follows its dates)
 * and before the campaign's start (宣传周开始前3个工作日). */
START_TEST(requirement_items_read_as_deadlines)
{
	static const char *const want[] = {
		"报送走访情况|活动结束后2个工作日内|-|市知识产权局|市局",
		"报送宣传周活动方案|4月15日前|2025-04-15|各区县知识产权局|zscq@example.cn",
		/* a duty through the campaign, with no one date */
		"报送活动信息|活动期间及时报送|-|各单位|-",
		"报送活动总结（含图片、视频）|2025年5月6日前|2025-05-06|各单位|市知识产权局保护处",
		"报送有奖竞答获奖名单|4月25日（星期五）前|2025-04-25|各区县|-",
		"报送活动方案|宣传周开始前3个工作日|-|各区县|市局",
		/* within the campaign its name is short, but not another's */
		"报送宣传周活动联系人|4月19日前|2025-04-19|各区县|-",
		"报送参加全国知识产权宣传周活动的情况|4月19日前|2025-04-19|各区县|-"};
	wp_notice_report report;
	json_t *plan = read_plan("tests/fixtures/notices/variant-requirements.txt", &report);
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 8);
	for (size_t i = 0; i < 8; i++)
		ck_assert_str_eq(deadline_line(json_array_get(dls, i)), want[i]);
	json_t *on_activity = json_array_get(dls, 0), *before = json_array_get(dls, 5);
	ck_assert_str_eq(field(on_activity, "activity"), "二");
	ck_assert_str_eq(field(json_object_get(on_activity, "relative"), "anchor"), "activity_end");
	ck_assert_str_eq(field(json_object_get(before, "relative"), "anchor"), "campaign_start");
	ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(before, "relative"), "offset")), -3);
	json_decref(plan);
	wp_notice_report_free(&report);
}
END_TEST

/* A 领导小组 whose 组长单位 chairs, 副组长单位 deputises, 成员单位 are members (the
 * member list stops at the next heading, though 四、系列宣传活动 holds a
 * 、); the activities under 系列宣传活动, not under 宣传活动要求; an item's
 * labels inline, apart by ；. */
START_TEST(a_leading_group_and_inline_labels)
{
	wp_notice_report report;
	json_t *plan = read_plan("tests/fixtures/notices/variant-leading-group.txt", &report);
	json_t *committee = json_object_get(plan, "committee");
	ck_assert_str_eq(names(committee, "chair"), "区知识产权局");
	ck_assert_str_eq(names(committee, "vice_chair"), "区委宣传部");
	ck_assert_str_eq(names(committee, "members"), "区教育局、区科技局、区公安局");
	json_decref(plan);
	wp_notice_report_free(&report);
	static const char *const acts[] = {
		"一|启动仪式|2025-04-20|2025-04-20|-|区政府广场|区知识产权局|区委宣传部"};
	expect_activities("tests/fixtures/notices/variant-leading-group.txt", acts, 1);
}
END_TEST

/* Where activities happen, as items say it: 面向高新区企业 (in the zone),
 * 对我市范围内X、Y等 (全市X、Y), 在X举行, 走进X，开展; 在全市范围内 names
 * no place. Subjects stop at 面向 and 对; 市县两级X is two units. */
START_TEST(places_as_items_name_them)
{
	static const char *const acts[] = {
		"一|政策宣讲|-|-|-|高新区|市市场监管局|",
		"二|专项检查|-|-|-|全市农贸市场、商场|各县区市场监管局|",
		"三|启动仪式|2026-04-20|2026-04-20|-|市民广场||",
		"四|进社区|-|-|-|社区|各县区市场监管局|",
		"五|网络宣传|-|-|-|-|各县区|",
		/* 市县两级X: the city's X leads, the counties' X cooperate */
		"六|集中宣传|2026-04-20|2026-04-26|-|城区广场|市市场监管部门|各县市场监管部门",
		/* 各部门市县两级 names no one unit per level (and once read
		 * past the start of the notice looking for one) */
		"七|联合宣传|2026-04-20|2026-04-26|-|广场||"};
	expect_activities("tests/fixtures/notices/variant-places.txt", acts, 7);
}
END_TEST

/* A notice that states its period and theme in prose (2025年4月20日至26日
 * 是全国知识产权宣传周，今年宣传周的主题是“…”) rather than in sections;
 * a numbered school (县一中) is a place. */
START_TEST(period_and_theme_in_prose)
{
	wp_notice_report report;
	json_t *plan = read_plan("tests/fixtures/notices/variant-no-sections.txt", &report);
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2025-04-20");
	ck_assert_str_eq(field(period, "end"), "2025-04-26");
	ck_assert_str_eq(field(plan, "theme"), "严格保护知识产权 服务高质量发展");
	bool said = false;
	for (size_t i = 0; i < report.n; i++)
		said = said || strstr(report.lines[i], "the campaign period is taken from");
	ck_assert_msg(said, "the report does not say where the period came from");
	json_decref(plan);
	wp_notice_report_free(&report);
	static const char *const acts[] = {
		"一|启动仪式|2025-04-21|2025-04-21|09:00|县文化广场|县市场监管局|县委宣传部",
		"二|进校园|2025-04-23|2025-04-23|-|县一中|县教育局|"};
	expect_activities("tests/fixtures/notices/variant-no-sections.txt", acts, 2);
}
END_TEST

/* The verbs of submitting: 上报X, 提交X至Y, 将X发送至(address), 报名参加;
 * a thing sent is named 报送X whatever the verb. */
START_TEST(ways_of_submitting)
{
	static const char *const want[] = {
		"报送活动总结|4月30日前|2026-04-30|各区县|-",
		"报送宣传周活动方案|4月17日前|2026-04-17|各区县知识产权局|市局办公室",
		"报送总结材料|5月8日下班前|2026-05-08|各单位|zscq@example.cn",
		"参加知识产权知识竞赛|4月25日前|2026-04-25|各区县|-"};
	wp_notice_report report;
	json_t *plan = read_plan("tests/fixtures/notices/variant-verbs.txt", &report);
	json_t *dls = json_object_get(plan, "deadlines");
	ck_assert_uint_eq(json_array_size(dls), 4);
	for (size_t i = 0; i < 4; i++)
		ck_assert_str_eq(deadline_line(json_array_get(dls, i)), want[i]);
	json_decref(plan);
	wp_notice_report_free(&report);
}
END_TEST

/* A day-by-day schedule with no numbered items: each line that opens with
 * a date (and a time) and a ：or ， is an activity, with no number (none
 * is made up), titled by the event its first clause names (在X举办Y: Y;
 * X在Y举行: X), not the clause. "4·26" is no date. */
START_TEST(a_schedule_of_dated_lines)
{
	static const char *const acts[] = {
		"-|宣传周启动仪式|2026-04-20|2026-04-20|09:30|县民广场|县知识产权局|县委宣传部",
		"-|知识产权进校园活动|2026-04-22|2026-04-22|-|县实验小学|县教育局|",
		"-|“4·26”世界知识产权日集中宣传|2026-04-26|2026-04-26|-|-||"};
	expect_activities("tests/fixtures/notices/variant-schedule.txt", acts, 3);
}
END_TEST

/* Partners as prose names them: X将与Y联合, X将联合Y、Z (the auxiliary
 * 将 is not part of the name), 由X主办，Y协办; a newspaper and 市科协
 * are units. */
START_TEST(partners_in_prose)
{
	static const char *const acts[] = {
		"1|专题采访报道|2017-04-20|2017-04-25|-|某某日报头版|市知识产权局|某某日报",
		"2|组织开展广场宣传活动|2017-04-26|2017-04-26|-|人民广场|市知识产权局|市工商局、市科技局",
		"3|知识竞赛|2017-04-22|2017-04-22|-|市图书馆|市知识产权保护协会|市科协"};
	expect_activities("tests/fixtures/notices/variant-partners.txt", acts, 3);
}
END_TEST

/* The office set up twice (in the text and again in the committee
 * annex) and a member named twice are each one unit of the committee,
 * and the plan imports (a unit twice in one role is refused). */
START_TEST(a_unit_named_twice_in_the_committee_is_listed_once)
{
	static const char text[] =
		"某某县2027年宪法宣传周活动方案\n"
		"一、活动时间\n2027年12月1日至12月7日。\n"
		"二、组织领导\n成立宪法宣传周活动组委会，组委会办公室设在县司法局普法股，负责日常工作。\n"
		"主任单位：县司法局\n成员单位：县教育局、县公安局、县教育局\n"
		"三、活动安排\n（一）启动仪式。12月4日上午9点，在县广场举行，由县司法局牵头。\n"
		"附件\n组委会办公室设在县司法局普法股，办公室主任由县司法局局长兼任。\n";
	wp_notice_report report;
	wp_err err;
	char *plan = wp_notice_read(text, strlen(text), &report, &err);
	ck_assert_msg(plan != NULL, "%s", err.msg);
	json_t *root = json_loads(plan, 0, NULL), *c = json_object_get(root, "committee");
	ck_assert_str_eq(names(c, "office"), "县司法局普法股");
	ck_assert_str_eq(names(c, "members"), "县教育局、县公安局");
	wp_store *st = open_memory();
	ck_assert_msg(wp_plan_import(st, plan, strlen(plan), 0, NULL, &err) == 0, "%s", err.msg);
	wp_store_close(st);
	json_decref(root);
	free(plan);
	wp_notice_report_free(&report);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("genre");
	TCase *tc = tcase_create("habits of the genre");
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
	tcase_add_test(tc, a_leading_group_and_inline_labels);
	tcase_add_test(tc, places_as_items_name_them);
	tcase_add_test(tc, period_and_theme_in_prose);
	tcase_add_test(tc, ways_of_submitting);
	tcase_add_test(tc, a_schedule_of_dated_lines);
	tcase_add_test(tc, partners_in_prose);
	tcase_add_test(tc, a_unit_named_twice_in_the_committee_is_listed_once);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
