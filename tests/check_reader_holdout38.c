/* check_reader_holdout38.c - habits of hold-out round 38 (g218-g222), each
 * on a small text of its own: a committee a PDF's text layer printed in two
 * columns side by side (组长/副组长 left, 成员 right, the right list going
 * on under its label) is read a column at a time, across a page's mark
 * too; rows of labels side by side (a telegram's head) stay as they are. */
#include "config.h"

#include <jansson.h>

#include "buf.h"
#include "notice-side-by-side.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define HEAD "关于开展2026年科技活动周活动的通知\n一、活动时间\n2026年5月16日至23日。\n二、组织领导\n"

START_TEST(a_committee_in_two_columns)
{
	json_t *plan = plan_from_text(HEAD "　　组　长：市科技局局长陈志远　　　　　　成　员：局办公室、科普科、\n"
					   "　　副组长：市科技局副局长黄淑敏　　　　　　　　高新技术科、农村科技科、\n"
					   "　　　　　　市科协副主席郑晓川　　　　　　　　　市科技馆、\n"
					   "　　　　　　　　　　　　　　　　　　　　　　　　各县（区）科技局\n\n"
					   "三、工作要求\n　　请各单位于5月29日前报送活动总结。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "市科技局局长陈志远");
	ck_assert_str_eq(names(c, "vice_chair"), "市科技局副局长黄淑敏、市科协副主席郑晓川");
	ck_assert_str_eq(names(c, "members"), "局办公室、科普科、高新技术科、农村科技科、市科技馆、各县（区）科技局");
	json_decref(plan);
	/* a page's mark inside the block */
	plan = plan_from_text(HEAD "　　组　长：市科技局局长陈志远　　　　　　成　员：局办公室、科普科、\n\n— 3 —\n"
			      "　　副组长：市科技局副局长黄淑敏　　　　　　　　高新技术科、农村科技科\n");
	c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "members"), "局办公室、科普科、高新技术科、农村科技科");
	json_decref(plan);
}
END_TEST

START_TEST(rows_of_labels_stay)
{
	json_t *plan = plan_from_text("甘肃省自然资源厅明传电报\n\n发电单位：甘肃省自然资源厅                    签批盘号：\n"
				      "等级：特急·明电                              甘自然资明电〔2026〕9号\n"
				      "关于开展2026年土地日活动的通知\n一、活动时间\n2026年6月22日至28日。\n");
	ck_assert_str_eq(field(plan, "doc_number"), "甘自然资明电〔2026〕9号");
	ck_assert_str_eq(field(plan, "title"), "2026年土地日活动");
	json_decref(plan);
}
END_TEST

static int collect(void *ctx, const char *line)
{
	wp_buf_printf(ctx, "%s\n", line);
	return 0;
}

/* The lines as the joiner gets them, one per \n. */
static char *emitted(char **lines, size_t n)
{
	wp_buf b = WP_BUF_INIT;
	ck_assert_int_eq(wp_nside_emit_lines(lines, n, collect, &b), 0);
	return wp_buf_take(&b);
}

#define W3 "\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80"
#define W4 W3 "\xe3\x80\x80"

/* what the lines are given as: the two columns one after the other; rows
 * of labels, and a right label with no list after it, as they were */
START_TEST(the_columns_are_given_one_after_the_other)
{
	char *block[] = {"组长：甲" W4 "成员：乙、", "副组长：丙" W4 "丁、", W4 W4 W4 "戊"};
	char *out = emitted(block, 3);
	/* the right column's later lines indented under its label */
	ck_assert_str_eq(out, "组长：甲\n副组长：丙\n成员：乙、\n" W3 "丁、\n" W3 "戊\n");
	free(out);
	char *rows[] = {"等级：特急" W4 "发电单位：某厅", "签批：甲" W4 "盘号：乙"};
	out = emitted(rows, 2);
	ck_assert_str_eq(out, "等级：特急" W4 "发电单位：某厅\n签批：甲" W4 "盘号：乙\n");
	free(out);
	char *empty_label[] = {"发电单位：某厅" W4 "签批盘号：", "等级：特急" W4 "某号〔2026〕9号"};
	out = emitted(empty_label, 2);
	ck_assert_str_eq(out, "发电单位：某厅" W4 "签批盘号：\n等级：特急" W4 "某号〔2026〕9号\n");
	free(out);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits, round 38");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_committee_in_two_columns);
	tcase_add_test(tc, rows_of_labels_stay);
	tcase_add_test(tc, the_columns_are_given_one_after_the_other);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
