/* check_reader_docsite.c - a notice copied from a document-sharing site
 * or a web page: the site's text layer numbers its page chunks (1、…
 * 2、…), each running on from the one before, cut anywhere, and they are
 * one text, no items; the site's and the page's lines around the notice
 * are left out; a template's blanks (20xx年, xx月xx日, XX县) are no date,
 * time or region; a portal's metadata written as a list of bullets
 * keeps no bullet in its values. */
#include "config.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* The plan read from text, parsed, and how many report lines hold said. */
static json_t *read_saying(const char *text, const char *said, size_t *times)
{
	wp_notice_report report;
	wp_err err;
	char *plan = wp_notice_read_hinted(text, strlen(text), NULL, &report, &err);
	ck_assert_msg(plan != NULL, "refused: %s", err.msg);
	json_t *root = json_loads(plan, 0, NULL);
	ck_assert_ptr_nonnull(root);
	free(plan);
	*times = 0;
	for (size_t i = 0; i < report.n; i++)
		*times += strstr(report.lines[i], said) != NULL;
	wp_notice_report_free(&report);
	return root;
}

/* A site's text layer: three chunks, the first cut inside the period's
 * date (2026年5 / 月16日), the second inside a word (举办科普 / 讲座). */
#define CHUNK1                                                                                         \
	"1、松河县2026年科技活动周活动方案各乡镇人民政府，县直各有关单位：为普及科学知识，弘扬科学精神，" \
	"营造讲科学、爱科学的良好氛围，经县政府同意，决定于2026年5"
#define CHUNK2                                                                                              \
	"2、月16日至5月23日在全县开展科技活动周活动，现将有关事项通知如下。一、活动主题科学普及你我同行。" \
	"二、重点活动。5月18日在县图书馆举办科普"
#define CHUNK3                                                                                              \
	"3、讲座，由县科协负责。三、工作要求请各单位于5月29日前将活动总结报送县科技局，联系人：陈丽，" \
	"电话：0736-5512345。"

START_TEST(page_chunks_are_one_text_not_items)
{
	size_t said;
	json_t *plan = read_saying(CHUNK1 "\n" CHUNK2 "\n" CHUNK3 "\n", "page chunks", &said);
	ck_assert_uint_eq(said, 1);
	/* the date cut between two chunks reads whole */
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2026-05-16");
	ck_assert_str_eq(field(period, "end"), "2026-05-23");
	/* no chunk is an activity numbered by the site */
	for (size_t i = 0; i < plan_count(plan, "activities"); i++) {
		const char *no = field(plan_activity(plan, i), "no");
		ck_assert_msg(!no || (strcmp(no, "2") != 0 && strcmp(no, "3") != 0), "chunk read as item %s", no);
	}
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	json_decref(plan);
}
END_TEST

#define ITEMS_HEAD                                                                               \
	"关于开展2026年科技活动周活动的通知\n各乡镇：\n一、活动时间\n2026年5月16日至5月23日。\n" \
	"二、重点活动\n"

START_TEST(numbered_items_stay_items)
{
	size_t said;
	json_t *plan = read_saying(ITEMS_HEAD "1、科普讲座。5月17日在县图书馆举办，由县科协负责。\n"
					      "2、科技展览。5月18日在县文化广场举办，由县科技局负责。\n"
					      "3、科技下乡。5月20日在各乡镇开展，由县农业农村局负责\n",
				   "page chunks", &said);
	ck_assert_uint_eq(said, 0);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "2");
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "科技展览");
	json_decref(plan);
}
END_TEST

/* Long items a sentence each are items too: a chunk runs on mid-sentence. */
START_TEST(long_whole_items_stay_items)
{
	size_t said;
	json_t *plan = read_saying(ITEMS_HEAD "1、科普讲座进校园。5月17日上午在县第一中学报告厅举办科普讲座，邀请省科技馆专家"
					      "讲解人工智能、航天科技和防灾减灾知识，组织师生现场体验科普互动展品，由县科协负责。\n"
					      "2、科技成果展示。5月18日在县文化广场举办科技成果展示活动，集中展示全县企业近年来的"
					      "创新产品、专利成果和科技特派员服务成效，由县科技局牵头，县工业和信息化局配合。\n",
				   "page chunks", &said);
	ck_assert_uint_eq(said, 0);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "2");
	json_decref(plan);
}
END_TEST

#define SITE_TOP                                                                                        \
	"《松河县2026年科技活动周活动方案.doc》由会员分享，可在线阅读，更多相关《松河县2026年科技活动周" \
	"活动方案(4页珍藏版)》请在某某文库网上搜索。\n"                                                      \
	"【songhe.com-松河网-教育信息门户网】\n时间:05-06编辑:佚名 活动方案\n"
#define SITE_NOTICE                                                                         \
	"松河县2026年科技活动周活动方案\n一、活动时间\n2026年5月16日至5月23日。\n二、重点活动\n" \
	"（一）科普讲座。5月17日在县图书馆举办，由县科协负责。\n"                                  \
	"（二）科技展览。5月18日在县文化广场举办，由县科技局负责。\n"
#define SITE_FOOT                                                                                    \
	"下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。\n"   \
	"如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理（人工客服工作时间：9:00-18:30）。\n" \
	"合集下载\n上一篇：松河县2026年植树节活动方案\n下一篇：松河县2026年防灾减灾日活动方案\n分享到\n"

START_TEST(a_sites_lines_are_left_out)
{
	size_t said;
	json_t *plan = read_saying(SITE_TOP SITE_NOTICE SITE_FOOT, "document-sharing site's lines", &said);
	ck_assert_uint_eq(said, 1);
	ck_assert_str_eq(field(plan, "title"), "松河县2026年科技活动周活动方案");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "end"), "2026-05-18");
	ck_assert_ptr_null(field(plan_activity(plan, 1), "end_time"));
	json_decref(plan);
}
END_TEST

START_TEST(a_portals_links_alone_go_quietly)
{
	size_t said;
	json_t *plan = read_saying(SITE_NOTICE "上一篇：松河县2026年植树节活动方案\n下一篇：松河县2026年防灾减灾日活动方案\n",
				   "document-sharing site's lines", &said);
	ck_assert_uint_eq(said, 0);
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	json_decref(plan);
}
END_TEST

#define TEMPLATE                                                                                         \
	"XX县科学技术局关于开展20xx年科技活动周活动的通知\n××镇人民政府，各有关单位：\n一、活动时间\n"     \
	"20xx年5月16日至23日。\n二、重点活动\n（一）科普讲座。xx月xx日上午9时xx分在××镇文化站举办，由县科协" \
	"负责。\n（二）科技展览。x月x日在县文化广场举办，由县科技局负责。\nXX县科学技术局\n20xx年xx月xx日\n"

START_TEST(a_templates_blanks_are_left_empty)
{
	size_t said;
	json_t *plan = read_saying(TEMPLATE, "template with blanks", &said);
	ck_assert_uint_eq(said, 1);
	ck_assert_ptr_null(field(plan, "region"));
	ck_assert_ptr_null(field(plan, "issued_on"));
	ck_assert_ptr_null(field(json_object_get(plan, "period"), "start"));
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_ptr_null(field(plan_activity(plan, 0), "start"));
	ck_assert_ptr_null(field(plan_activity(plan, 1), "start"));
	json_decref(plan);
}
END_TEST

/* 20xx年4月20日至26日 under a cited 《2018年…》: the year is the blank's,
 * not the only year the text writes out */
START_TEST(a_blank_year_takes_no_other_year)
{
	json_t *plan = plan_from_text("XX县20xx年知识产权宣传周活动方案\n根据《2018年全国知识产权宣传周活动方案》要求，"
				      "制定本方案。\n一、活动时间\n20xx年4月20日至26日。\n二、重点活动\n"
				      "（一）知识产权进企业。4月21日在县经济开发区举办，由县市场监管局负责。\n");
	ck_assert_ptr_null(field(json_object_get(plan, "period"), "start"));
	ck_assert_ptr_null(field(plan_activity(plan, 0), "start"));
	json_decref(plan);
}
END_TEST

/* 上午9时xx分: the hour is written, the minutes are a blank: no time */
START_TEST(a_blank_in_a_time_is_no_time)
{
	json_t *plan = plan_from_text(TEMPLATE);
	ck_assert_ptr_null(field(plan_activity(plan, 0), "time"));
	json_decref(plan);
}
END_TEST

START_TEST(a_filled_in_notice_is_no_template)
{
	size_t said;
	json_t *plan = read_saying(SITE_NOTICE "（三）X光体检科普。5月19日在县人民医院举办，由县卫健局负责。\n",
				   "template with blanks", &said);
	ck_assert_uint_eq(said, 0);
	json_decref(plan);
}
END_TEST

/* A portal's metadata as a list: each label and each value a bullet. */
static const char *bulleted_meta(const char *bullet)
{
	static char text[2048];
	snprintf(text, sizeof text,
		 "%s 索引号\n%s 11340000/2026-00123\n%s 发文机关\n%s 松河县科学技术局\n%s 发文字号\n%s 松科发〔2026〕5号\n"
		 "%s 成文日期\n%s 2026年04月12日\n"
		 "关于开展2026年科技活动周活动的通知\n各乡镇：\n一、活动时间\n2026年5月16日至5月23日。\n二、重点活动\n"
		 "（一）科普讲座。5月17日在县图书馆举办，由县科协负责。\n",
		 bullet, bullet, bullet, bullet, bullet, bullet, bullet, bullet);
	return text;
}

START_TEST(a_bulleted_metadata_list_keeps_no_bullet)
{
	static const char *const bullets[] = {"•", "·", "●", "▪", "-"};
	for (size_t k = 0; k < sizeof bullets / sizeof *bullets; k++) {
		size_t said;
		json_t *plan = read_saying(bulleted_meta(bullets[k]), "metadata block", &said);
		ck_assert_uint_eq(said, 1);
		ck_assert_str_eq(field(plan, "doc_number"), "松科发〔2026〕5号");
		ck_assert_str_eq(field(plan, "organizer"), "松河县科学技术局");
		ck_assert_str_eq(field(plan, "region"), "松河县");
		ck_assert_str_eq(field(plan, "issued_on"), "2026-04-12");
		json_decref(plan);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader document-site copies");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, page_chunks_are_one_text_not_items);
	tcase_add_test(tc, numbered_items_stay_items);
	tcase_add_test(tc, long_whole_items_stay_items);
	tcase_add_test(tc, a_sites_lines_are_left_out);
	tcase_add_test(tc, a_portals_links_alone_go_quietly);
	tcase_add_test(tc, a_templates_blanks_are_left_empty);
	tcase_add_test(tc, a_blank_in_a_time_is_no_time);
	tcase_add_test(tc, a_blank_year_takes_no_other_year);
	tcase_add_test(tc, a_filled_in_notice_is_no_template);
	tcase_add_test(tc, a_bulleted_metadata_list_keeps_no_bullet);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
