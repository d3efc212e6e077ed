/* check_reader_runon.c - a notice copied off a web page or a
 * document-sharing site with its line breaks lost: the title, the
 * addressee, the preamble, every heading, item and field line, the
 * contact and the signature run on in one line, parted by a space. The
 * line is cut back where the genre says a line began (outline markers in
 * sequence, a heading's short title, field labels, the addressee's and
 * the preamble's colon, the signature and its date), so the plan reads as
 * from the notice with its lines. Numbers inside prose (第一、二批,
 * 1.5万元, 一是…二是…) are not taken for markers, and an ordinary notice
 * is not touched. */
#include "config.h"

#include <jansson.h>
#include <string.h>

#include "notice-text.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define COVER                                                                              \
	"关于开展2026年全民阅读月活动的通知\n各村（社区），镇直各单位：\n"                 \
	"为营造书香氛围，推动全民阅读，镇党委宣传办决定在全镇开展全民阅读月活动，" \
	"现将有关事项通知如下：\n"
#define PERIOD "一、活动时间\n2026年4月1日至4月30日。\n二、活动主题\n书香润万家 阅读向未来\n"
#define ITEMS                                                                          \
	"三、活动安排\n（一）启动仪式\n时间：4月2日（星期四）上午9:00\n地点：镇文化广场\n" \
	"牵头单位：镇宣传办\n配合单位：镇文化站、镇中心学校\n（二）亲子共读会\n"           \
	"时间：4月18日（星期六）下午2:30\n地点：镇图书馆二楼阅览室\n牵头单位：镇文化站\n"
#define DUTIES                                                                   \
	"四、工作要求\n各村（社区）于4月10日前将活动安排报镇宣传办，4月30日前报送活动总结。\n" \
	"联系人：李明，电话：0731-5551234\n"
#define SIGNED "青山镇党委宣传办\n2026年3月25日\n"
/* 第一、二批, 1.5万元, 一是…二是…: numbers in a sentence, no markers */
#define SENTENCE                                                                         \
	"各村（社区）要把第一、二批书香家庭的经验用好，镇里安排专项资金1.5万元，" \
	"一是添置图书，二是培训志愿者，三是奖励优秀读者。"
#define PROSE SENTENCE "\n"

/* text as a web page gives it: its lines trimmed and joined with one
 * space, blank ones dropped (caller frees). */
static char *run_on(const char *text)
{
	wp_buf b = WP_BUF_INIT;
	for (const char *p = text; *p;) {
		size_t len = strcspn(p, "\n");
		if (len) {
			if (b.len)
				wp_buf_putc(&b, ' ');
			wp_buf_append(&b, p, len);
		}
		p += len + (p[len] == '\n');
	}
	return wp_buf_take(&b);
}

/* The plan read from text, as compact JSON (caller frees). */
static char *plan_json(const char *text)
{
	json_t *plan = plan_from_text(text);
	char *s = json_dumps(plan, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(plan);
	return s;
}

static wp_ntext paragraphs(const char *text)
{
	wp_ntext t;
	wp_err err;
	ck_assert_msg(wp_ntext_decode(text, strlen(text), &t, &err) == 0, "%s", err.msg);
	return t;
}

START_TEST(a_run_on_notice_reads_as_the_notice_with_its_lines)
{
	char *joined = run_on(COVER PERIOD ITEMS DUTIES SIGNED);
	ck_assert_ptr_null(strchr(joined, '\n'));
	json_t *plan = plan_from_text(joined);
	ck_assert_str_eq(field(json_object_get(plan, "period"), "start"), "2026-04-01");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "end"), "2026-04-30");
	ck_assert_str_eq(field(plan, "theme"), "书香润万家 阅读向未来");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|启动仪式|2026-04-02|2026-04-02|09:00|镇文化广场|镇宣传办|镇文化站、镇中心学校");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|亲子共读会|2026-04-18|2026-04-18|14:30|镇图书馆二楼阅览室|镇文化站|");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(contact_line_at(plan, 0), "李明|0731-5551234|-");
	ck_assert_str_eq(field(plan, "issued_on"), "2026-03-25");
	ck_assert_str_eq(field(plan, "organizer"), "青山镇党委宣传办");
	json_decref(plan);
	/* and field for field as the notice with its lines */
	char *broken = plan_json(COVER PERIOD ITEMS DUTIES SIGNED), *runon = plan_json(joined);
	ck_assert_str_eq(runon, broken);
	free(broken);
	free(runon);
	free(joined);
}
END_TEST

/* the items in half-width brackets, the requirements numbered 1. 2. */
#define HALF_WIDTH_ITEMS                                                       \
	"三、活动安排\n(一)读书分享会\n时间：4月9日（星期四）下午3:00\n"          \
	"地点：镇图书馆\n牵头单位：镇文化站\n(二)经典诵读比赛\n"                  \
	"时间：4月23日（星期四）上午9:00\n地点：镇中心学校礼堂\n牵头单位：镇中心学校\n"
#define NUMBERED_DUTIES                                                         \
	"四、工作要求\n1.各村（社区）于4月10日前将活动安排报镇宣传办。\n"            \
	"2.各单位于4月30日前报送活动总结。\n联系人：李明，电话：0731-5551234\n"

START_TEST(half_width_brackets_and_numbered_lines_are_cut_in_sequence)
{
	const char *lined = COVER PERIOD HALF_WIDTH_ITEMS NUMBERED_DUTIES SIGNED;
	char *joined = run_on(lined);
	char *broken = plan_json(lined), *runon = plan_json(joined);
	ck_assert_str_eq(runon, broken);
	json_t *plan = plan_from_text(joined);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|经典诵读比赛|2026-04-23|2026-04-23|09:00|镇中心学校礼堂|镇中心学校|");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	json_decref(plan);
	free(broken);
	free(runon);
	free(joined);
}
END_TEST

START_TEST(numbers_inside_a_sentence_are_no_markers)
{
	char *joined = run_on(COVER PERIOD ITEMS "四、工作要求\n" PROSE SIGNED);
	wp_ntext t = paragraphs(joined);
	size_t found = 0;
	for (size_t i = 0; i < t.n; i++)
		if (strstr(t.para[i], "第一、二批")) {
			found++;
			ck_assert_str_eq(t.para[i], "各村（社区）要把第一、二批书香家庭的经验用好，镇里安排专项资金"
						    "1.5万元，一是添置图书，二是培训志愿者，三是奖励优秀读者。");
		}
	ck_assert_uint_eq(found, 1);
	wp_ntext_free(&t);
	free(joined);
	/* a long paragraph of its own with those numbers is one paragraph */
	t = paragraphs(SENTENCE SENTENCE SENTENCE);
	ck_assert_uint_eq(t.n, 1);
	ck_assert_str_eq(t.para[0], SENTENCE SENTENCE SENTENCE);
	wp_ntext_free(&t);
}
END_TEST

START_TEST(an_ordinary_notice_is_not_touched)
{
	/* its lines, each a paragraph, as they are */
	wp_ntext t = paragraphs(COVER PERIOD);
	ck_assert_uint_eq(t.n, 7);
	ck_assert_str_eq(t.para[0], "关于开展2026年全民阅读月活动的通知");
	ck_assert_str_eq(t.para[6], "书香润万家 阅读向未来");
	wp_ntext_free(&t);
	/* a short notice run on in one line is too short to be cut */
	const char *short_one = "关于开展读书活动的通知 一、时间 4月1日 二、地点 镇文化广场";
	t = paragraphs(short_one);
	ck_assert_uint_eq(t.n, 1);
	ck_assert_str_eq(t.para[0], short_one);
	wp_ntext_free(&t);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader run-on copies");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, a_run_on_notice_reads_as_the_notice_with_its_lines);
	tcase_add_test(tc, half_width_brackets_and_numbered_lines_are_cut_in_sequence);
	tcase_add_test(tc, numbers_inside_a_sentence_are_no_markers);
	tcase_add_test(tc, an_ordinary_notice_is_not_touched);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
