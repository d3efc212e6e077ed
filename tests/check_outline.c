/* check_outline.c - the outline of a notice (notice-outline.h): what each
 * paragraph is, its heading's level and number, its label, and the
 * sections the top headings open, read line by line from one small
 * notice that holds every kind. */
#include "config.h"

#include <jansson.h>
#include <stdint.h>

#include "notice-outline.h"
#include "notice-reader.h"
#include "notice-text.h"
#include "noticeutil.h"
#include "testutil.h"

static const char notice[] =
	"某某县市场监督管理局关于开展2027年知识产权宣传周活动的通知\n" /* 0 */
	"各有关单位：\n"                                              /* 1 */
	"现将有关事项通知如下。\n"                                    /* 2 */
	"一、活动时间\n"                                              /* 3 */
	"2027年4月20日至26日。\n"                                     /* 4 */
	"二、组织领导\n"                                              /* 5 */
	"主任单位：县市场监督管理局\n"                                /* 6 */
	"三、重点活动\n"                                              /* 7 */
	"（一）启动仪式\n"                                            /* 8 */
	"1.时间：4月20日上午\n"                                       /* 9 */
	"（1）布置会场\n"                                             /* 10 */
	"①搭建展台\n"                                                /* 11 */
	"活动二：知识产权进校园\n"                                    /* 12 */
	"牵头单位：县教育局\n"                                        /* 13 */
	"序号  活动名称  活动时间  活动地点\n"                        /* 14 */
	"1  宣传咨询  4月21日  县广场\n"                              /* 15 */
	"四、工作要求\n"                                              /* 16 */
	"各单位要高度重视。\n"                                        /* 17 */
	"县市场监督管理局\n"                                          /* 18 */
	"2027年4月10日\n"                                             /* 19 */
	"附件：活动安排表\n";                                         /* 20 */

#define NONE WP_OUTLINE_NO_SECTION

static const struct expect {
	enum wp_outline_kind kind;
	int level, number;
	const char *text;  /* after the heading's marker */
	const char *label; /* "" for none */
	int field;         /* -1: names no field */
	size_t section;
} want[] = {
	{WP_OUTLINE_PROSE, 0, 0, "某某县市场监督管理局关于开展2027年知识产权宣传周活动的通知", "", -1, NONE},
	{WP_OUTLINE_LABEL, 0, 0, "各有关单位：", "各有关单位", -1, NONE},
	{WP_OUTLINE_PROSE, 0, 0, "现将有关事项通知如下。", "", -1, NONE},
	{WP_OUTLINE_TOP, 1, 1, "活动时间", "", -1, 0},
	{WP_OUTLINE_PROSE, 0, 0, "2027年4月20日至26日。", "", -1, 0},
	{WP_OUTLINE_TOP, 1, 2, "组织领导", "", -1, 1},
	{WP_OUTLINE_LABEL, 0, 0, "主任单位：县市场监督管理局", "主任单位", -1, 1},
	{WP_OUTLINE_TOP, 1, 3, "重点活动", "", -1, 2},
	{WP_OUTLINE_ITEM, 2, 1, "启动仪式", "", -1, 2},
	{WP_OUTLINE_ITEM, 3, 1, "时间：4月20日上午", "时间", WP_FIELD_WHEN, 2},
	{WP_OUTLINE_ITEM, 4, 1, "布置会场", "", -1, 2},
	{WP_OUTLINE_ITEM, 5, 1, "搭建展台", "", -1, 2},
	{WP_OUTLINE_ITEM, 2, 2, "知识产权进校园", "", -1, 2},
	{WP_OUTLINE_LABEL, 0, 0, "牵头单位：县教育局", "牵头单位", WP_FIELD_LEAD, 2},
	{WP_OUTLINE_TABLE_HEADER, 0, 0, "序号  活动名称  活动时间  活动地点", "", -1, 2},
	{WP_OUTLINE_TABLE_ROW, 0, 0, "1  宣传咨询  4月21日  县广场", "", -1, 2},
	{WP_OUTLINE_TOP, 1, 4, "工作要求", "", -1, 3},
	{WP_OUTLINE_PROSE, 0, 0, "各单位要高度重视。", "", -1, 3},
	{WP_OUTLINE_SIGNATURE, 0, 0, "县市场监督管理局", "", -1, 3},
	{WP_OUTLINE_DATE, 0, 0, "2027年4月10日", "", -1, 3},
	{WP_OUTLINE_ANNEX, 0, 0, "附件：活动安排表", "附件", -1, NONE},
};
#define NWANT (sizeof want / sizeof *want)

/* A reader holding the outline of text (free with done()). */
static void outline_of(const char *text, struct reader *r)
{
	reader_of(text, r);
	wp_outline_build(r);
}

static void done(struct reader *r)
{
	wp_outline_free(&r->outline);
	wp_ntext_free(&r->t);
}

START_TEST(every_paragraph_has_its_kind_level_number_and_label)
{
	struct reader r;
	outline_of(notice, &r);
	const struct wp_outline *o = &r.outline;
	ck_assert_uint_eq(r.t.n, NWANT);
	ck_assert_uint_eq(o->n, NWANT);
	for (size_t i = 0; i < NWANT; i++) {
		const struct wp_outline_para *p = &o->para[i];
		const struct expect *w = &want[i];
		ck_assert_msg(p->kind == w->kind, "line %zu (%s): kind %d, want %d", i, r.t.para[i], p->kind,
			      w->kind);
		ck_assert_msg(p->level == w->level && p->number == w->number,
			      "line %zu: level %d number %d, want %d %d", i, p->level, p->number, w->level,
			      w->number);
		ck_assert_str_eq(p->text, w->text);
		ck_assert_msg(p->label_len == strlen(w->label) && strncmp(p->text, w->label, p->label_len) == 0,
			      "line %zu: label of %zu bytes, want %s", i, p->label_len, w->label);
		ck_assert_msg(w->field < 0 ? p->field == NULL : p->field && (int)p->field->field == w->field,
			      "line %zu: field", i);
		ck_assert_msg(p->section == w->section, "line %zu: section %zu, want %zu", i, p->section,
			      w->section);
	}
	ck_assert_int_eq(o->para[6].committee, WP_COMMITTEE_CHAIR);
	ck_assert_int_eq(o->para[13].committee, WP_COMMITTEE_NONE);
	ck_assert_uint_eq(o->annex, 20);
	/* one step of work per paragraph */
	ck_assert_uint_eq(r.steps, NWANT);
	done(&r);
}
END_TEST

START_TEST(top_headings_open_sections_of_their_kind)
{
	struct reader r;
	outline_of(notice, &r);
	const struct wp_outline *o = &r.outline;
	static const struct {
		size_t heading, last;
		int number;
		const char *title;
		enum wp_section_kind kind;
	} sec[] = {
		{3, 4, 1, "活动时间", WP_SECTION_PERIOD},
		{5, 6, 2, "组织领导", WP_SECTION_COMMITTEE},
		{7, 15, 3, "重点活动", WP_SECTION_ACTIVITIES},
		{16, 19, 4, "工作要求", WP_SECTION_REQUIREMENTS}, /* the annex ends it */
	};
	ck_assert_uint_eq(o->nsec, 4);
	for (size_t s = 0; s < 4; s++) {
		ck_assert_uint_eq(o->sec[s].heading, sec[s].heading);
		ck_assert_uint_eq(o->sec[s].last, sec[s].last);
		ck_assert_int_eq(o->sec[s].number, sec[s].number);
		ck_assert_str_eq(o->sec[s].title, sec[s].title);
		ck_assert_int_eq(o->sec[s].kind, sec[s].kind);
	}
	ck_assert_ptr_eq(wp_outline_find(o, WP_SECTION_ACTIVITIES), &o->sec[2]);
	ck_assert_ptr_null(wp_outline_find(o, WP_SECTION_THEME));
	ck_assert_int_eq(wp_outline_section_kind("活动时间和主题"), WP_SECTION_PERIOD);
	ck_assert_int_eq(wp_outline_section_kind("宣传活动要求"), WP_SECTION_REQUIREMENTS);
	ck_assert_int_eq(wp_outline_section_kind("活动主题"), WP_SECTION_THEME);
	ck_assert_int_eq(wp_outline_section_kind("背景"), WP_SECTION_OTHER);
	/* a heading that ends in 活动 names activities of any kind */
	ck_assert_int_eq(wp_outline_section_kind("接种服务活动"), WP_SECTION_ACTIVITIES);
	ck_assert_int_eq(wp_outline_section_kind("活动目的"), WP_SECTION_OTHER);
	done(&r);
}
END_TEST

/* The readers' questions: a ① line is not an item's heading to them. */
START_TEST(readers_ask_the_outline_for_headings)
{
	struct reader r;
	outline_of(notice, &r);
	const struct wp_outline *o = &r.outline;
	int n = 0;
	ck_assert_str_eq(wp_outline_top(o, 7, &n), "重点活动");
	ck_assert_int_eq(n, 3);
	ck_assert_ptr_null(wp_outline_top(o, 8, &n));
	ck_assert_str_eq(wp_outline_item(o, 10, &n), "布置会场");
	ck_assert_int_eq(n, 1);
	ck_assert_ptr_null(wp_outline_item(o, 11, &n));
	ck_assert_ptr_null(wp_outline_item(o, 7, &n));
	ck_assert_ptr_null(wp_outline_item(o, NWANT, &n));
	ck_assert(wp_outline_ends_section(o, 16));
	ck_assert(wp_outline_ends_section(o, 20));
	ck_assert(!wp_outline_ends_section(o, 8));
	done(&r);
}
END_TEST

/* A table whose header is a cell per line; a sentence ends it. */
START_TEST(a_header_a_cell_per_line)
{
	struct reader r;
	outline_of("序号\n活动名称\n活动时间\n责任单位\n1\n启动仪式\n4月20日\n县教育局\n以上活动请认真组织。\n", &r);
	const struct wp_outline *o = &r.outline;
	ck_assert_uint_eq(o->n, 9);
	for (size_t i = 0; i < 4; i++)
		ck_assert_int_eq(o->para[i].kind, WP_OUTLINE_TABLE_HEADER);
	for (size_t i = 4; i < 8; i++)
		ck_assert_int_eq(o->para[i].kind, WP_OUTLINE_TABLE_ROW);
	ck_assert_int_eq(o->para[8].kind, WP_OUTLINE_PROSE);
	ck_assert_uint_eq(o->nsec, 0);
	done(&r);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("outline");
	TCase *tc = tcase_create("outline");
	tcase_add_test(tc, every_paragraph_has_its_kind_level_number_and_label);
	tcase_add_test(tc, top_headings_open_sections_of_their_kind);
	tcase_add_test(tc, readers_ask_the_outline_for_headings);
	tcase_add_test(tc, a_header_a_cell_per_line);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
