/* check_reader_wrap.c - habits of text hard-wrapped at one width (a copy
 * out of a PDF), each on a small text of its own: the text and its copy
 * wrapped by copies.c read the same plan, and the field the habit is
 * about is read right. A label line a copy keeps whole, wider than the
 * wrap, ended where its text did; a blank line after a sentence's end
 * parts paragraphs (also where lines end in \r\n); a heading number out
 * of its sequence, a list of numerals (一、二、三等奖), a number before a
 * latin letter (163.com) open no block after a line cut mid-sentence;
 * nor does a line opening with a conjunction (及). */
#include "config.h"

#include <jansson.h>

#include "copies.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* Long enough that its lines, wrapped, say the width. */
#define HEAD                                                                                     \
	"关于开展2026年禁毒宣传月活动的通知\n\n"                                                  \
	"为深入贯彻落实禁毒工作部署，进一步增强广大师生识毒防毒拒毒意识，营造全社会共同参与禁毒" \
	"工作的良好氛围，根据上级有关通知精神，结合我校实际，经研究决定在全校范围内开展禁毒宣传" \
	"月活动，现将有关事项通知如下，请各单位认真抓好贯彻落实，确保各项工作取得实效。\n\n"      \
	"近年来，新型毒品不断翻新花样，以电子烟油、奶茶、邮票等形态伪装，迷惑性、隐蔽性强，青少年" \
	"群体成为毒贩引诱的重点对象，禁毒宣传教育工作面临新的挑战，各单位务必高度重视，精心组织。\n\n" \
	"一、活动时间\n\n2026年6月1日至6月30日。\n\n"

/* The plan read from text and from its copy wrapped at width, the
 * same; returns the original's (caller frees). */
static json_t *same_when_wrapped(const char *text, int width)
{
	json_t *plan = plan_from_text(text);
	char *copy = copy_wrapped(text, width);
	json_t *wrapped = plan_from_text(copy);
	char *a = json_dumps(plan, JSON_SORT_KEYS), *b = json_dumps(wrapped, JSON_SORT_KEYS);
	ck_assert_str_eq(b, a);
	free(a);
	free(b);
	free(copy);
	json_decref(wrapped);
	return plan;
}

START_TEST(a_label_line_kept_whole_ends_where_its_text_does)
{
	json_t *plan = same_when_wrapped(
		HEAD "二、组织领导\n\n成立禁毒宣传月活动工作小组。\n\n组　长：王建国（副校长）\n\n"
		     "成　员：党委宣传部、保卫处、校医院、校团委、后勤管理处、各二级学院分管学生工作的党总支副书记\n\n"
		     "工作小组办公室设在学生处思想政治教育科，负责活动的统筹协调和信息报送。\n",
		68);
	json_t *office = json_object_get(json_object_get(plan, "committee"), "office");
	ck_assert_str_eq(json_string_value(json_array_get(office, 0)), "学生处思想政治教育科");
	json_decref(plan);
}
END_TEST

START_TEST(a_blank_line_after_a_sentence_parts_paragraphs)
{
	const char *text = HEAD "二、活动安排\n\n"
			   "本次活动以“一日一主题”的方式安排，各项活动的具体时间如因天气原因需要调整，由政教处另行通知。\n\n"
			   "6月3日（周三）上午，举行升旗仪式暨活动启动仪式。\n\n"
			   "6月5日（周五）下午，举办禁毒知识竞赛。\n";
	json_t *plan = same_when_wrapped(text, 56);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
	/* a copy saved with \r\n reads its blank lines the same */
	char *wrapped = copy_wrapped(text, 56);
	char *crlf = copy_crlf(wrapped);
	free(wrapped);
	plan = plan_from_text(crlf);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
	free(crlf);
}
END_TEST

/* each line of text, wrapped at 56, its numbers, letters and conjunction
 * cut to the start of a line: it reads as the original */
START_TEST(a_cut_sentence_goes_on_into_what_looks_like_a_start)
{
	static const char *const cut[] = {
		/* 设 | 一、二、三等奖: numerals listed, no heading */
		"依托微信公众号开展为期两周的网络知识竞赛，题目涵盖新出台税费政策、纳税信用管理、发票使用常识等方面的基础内容，"
		"设一、二、三等奖和优秀组织奖。",
		/* 大 | 一、大二: 一、 after 二、 is out of the headings' sequence */
		"邀请市公安局禁毒支队民警作专题讲座，结合真实案例讲解毒品危害和防范常识，讲座后设置互动答疑环节。各二级学院组织大"
		"一、大二学生代表不少于800人参加。",
		/* @1 | 63.com: a number before a latin letter goes on an address */
		"请于5月8日前将回执扫描件发送至区妇联家庭和儿童工作部邮箱abcdefghij@163.com。",
		/* 安排 | 及: a conjunction opens no paragraph */
		"请各乡镇、各成员单位于5月13日（星期三）前将本单位科技活动周活动安排及联络员名单报县科协科普部。",
	};
	static const int widths[] = {56, 56, 68, 68};
	for (size_t i = 0; i < sizeof cut / sizeof *cut; i++) {
		char text[4096];
		snprintf(text, sizeof text, HEAD "二、工作要求\n\n%s\n\n三、联系方式\n\n联系人：张三，电话：0731-85516110\n", cut[i]);
		char *copy = copy_wrapped(text, widths[i]);
		ck_assert_msg(strstr(copy, "\n一、二") || strstr(copy, "\n一、大") || strstr(copy, "\n63.com") ||
				      strstr(copy, "\n及"),
			      "the copy cuts where the habit is: %s", copy);
		free(copy);
		json_decref(same_when_wrapped(text, widths[i]));
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader wrap");
	TCase *tc = tcase_create("habits of wrapped text");
	tcase_add_test(tc, a_label_line_kept_whole_ends_where_its_text_does);
	tcase_add_test(tc, a_blank_line_after_a_sentence_parts_paragraphs);
	tcase_add_test(tc, a_cut_sentence_goes_on_into_what_looks_like_a_start);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
