/* check_reader_nonum.c - a notice copied from a Word document whose
 * automatic numbering was lost: its headings are bare lines that name a
 * section (活动时间, 活动内容, 工作要求), its activities bare title lines
 * each followed by labelled lines (时间：/地点：/牵头单位：). The bare
 * headings open their sections, the title lines are activities with no
 * number; a notice that numbers its headings reads as before. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define TOP "关于开展2026年“世界无烟日”宣传活动的通知\n各乡镇卫生院：\n"                                     \
	    "　　为做好2026年世界无烟日宣传工作，现将有关事项通知如下：\n"                                      \
	    "活动主题\n　　拒绝烟草诱惑　守护青春健康\n活动时间\n　　2026年5月25日至5月31日。\n"

START_TEST(bare_headings_open_their_sections)
{
	json_t *plan = plan_from_text(TOP "活动内容\n控烟知识进社区\n时间：5月28日上午9:00\n地点：城南社区广场\n"
					  "牵头单位：区健康教育所\n配合单位：城南街道办事处\n"
					  "　　设立咨询台，发放控烟宣传资料。\n"
					  "无烟校园主题班会\n时间：5月29日\n地点：区内各中学\n牵头单位：区教育局\n"
					  "　　各校组织开展主题班会。\n"
					  "工作要求\n　　各单位要高度重视，精心组织。\n");
	ck_assert_str_eq(field(plan, "theme"), "拒绝烟草诱惑　守护青春健康");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_t *a = plan_activity(plan, 0);
	ck_assert(json_is_null(json_object_get(a, "no")));
	ck_assert_str_eq(field(a, "title"), "控烟知识进社区");
	ck_assert_str_eq(field(a, "start"), "2026-05-28");
	ck_assert_str_eq(field(a, "location"), "城南社区广场");
	a = plan_activity(plan, 1);
	ck_assert(json_is_null(json_object_get(a, "no")));
	ck_assert_str_eq(field(a, "title"), "无烟校园主题班会");
	ck_assert_str_eq(field(a, "location"), "区内各中学");
	json_decref(plan);
}
END_TEST

/* one bare line that names a section, in a text that numbers none, is
 * no layout of headings: the text reads as before */
START_TEST(a_lone_bare_line_opens_nothing)
{
	json_t *plan = plan_from_text("关于开展2026年“世界无烟日”宣传活动的通知\n各乡镇卫生院：\n"
				      "　　2026年5月31日上午9时，在城南社区广场开展控烟宣传活动。\n　　请各单位于6月5日前将活动总结报区卫生健康局。\n工作要求\n"
				      "　　各单位要高度重视。\n");
	json_t *bare = plan_from_text("关于开展2026年“世界无烟日”宣传活动的通知\n各乡镇卫生院：\n"
				      "　　2026年5月31日上午9时，在城南社区广场开展控烟宣传活动。\n　　请各单位于6月5日前将活动总结报区卫生健康局。\n"
				      "　　各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), plan_count(bare, "activities"));
	ck_assert_uint_eq(plan_count(plan, "deadlines"), plan_count(bare, "deadlines"));
	json_decref(plan);
	json_decref(bare);
}
END_TEST

/* 一、活动内容 numbered: a bare 工作要求 line under its items is not
 * read as a heading of the bare layout, nor its title lines as items */
START_TEST(numbered_headings_stay_as_they_were)
{
	json_t *plan = plan_from_text("关于开展2026年“世界无烟日”宣传活动的通知\n一、活动时间\n"
				      "　　2026年5月25日至5月31日。\n二、活动内容\n（一）控烟知识进社区\n"
				      "时间：5月28日\n地点：城南社区广场\n（二）无烟校园主题班会\n时间：5月29日\n"
				      "地点：区内各中学\n三、工作要求\n　　各单位要高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "无烟校园主题班会");
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: headings and items whose numbers were lost");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, bare_headings_open_their_sections);
	tcase_add_test(tc, a_lone_bare_line_opens_nothing);
	tcase_add_test(tc, numbered_headings_stay_as_they_were);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
