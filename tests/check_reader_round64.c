/* check_reader_round64.c - habits of the notices of round r64 (g348-g352),
 * the hold-out written after r63 was taught: a city court's notice issued
 * jointly with a protection centre, copied from its web page, a day
 * programme with its clock typed with the ratio sign, and a correction
 * posted under the signature. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice-reader.h"
#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char court[] =
	"临涔市中级人民法院　临涔市知识产权保护中心关于联合开展2026年知识产权宣传周系列活动的通知\n"
	"\n"
	"各县（市、区）人民法院：\n"
	"\n"
	"　　一、活动时间\n"
	"\n"
	"　　2026年4月20日（星期一）至4月26日（星期日）。\n"
	"\n"
	"　　二、活动安排\n"
	"\n"
	"　　4月22日（星期三）\n"
	"\n"
	"　　上午10:00　“知识产权进乡村”巡回审判。地点：黑茶产业园。（牵头：涔源县人民法院）\n"
	"\n"
	"　　14∶30　“知识产权进校园”专题讲座。地点：临涔学院报告厅。（牵头：本院知识产权审判庭）\n"
	"\n"
	"　　4月24日（星期五）\n"
	"\n"
	"　　上午9:30　“法官进企业”司法服务活动（第一场）。地点：高新区会议室。（牵头：本院知识产权审判庭）\n"
	"\n"
	"　　下午2:30　“法官进企业”司法服务活动（第二场）。地点：经开区会议室。（牵头：本院知识产权审判庭）\n"
	"\n"
	"　　三、联系方式\n"
	"\n"
	"　　市知识产权保护中心维权援助部　覃晓超，电话：0736-7260517，邮箱：lcipc_wq@163.com\n"
	"\n"
	"　　　　　　临涔市中级人民法院　　　　　　临涔市知识产权保护中心\n"
	"　　　　　　　　　　　　　　　　2026年4月14日\n"
	"\n"
	"更新说明（2026-04-17）：经与企业协商，4月24日（星期五）“法官进企业”第二场活动时间由下午2:30调整为下午3:30，地点不变。\n";

/* 临涔市中级人民法院　临涔市知识产权保护中心关于联合开展X的通知: issued
 * jointly, the first named issues it, and X is the title (before, the two
 * names were one organizer and 联合开展 part of the title). */
START_TEST(joint_issuers_in_the_title_line)
{
	json_t *plan = plan_from_text(court);
	ck_assert_str_eq(field(plan, "organizer"), "临涔市中级人民法院");
	ck_assert_str_eq(field(plan, "region"), "临涔市");
	ck_assert_str_eq(field(plan, "title"), "2026年知识产权宣传周系列活动");
	json_decref(plan);
	/* two names apart that are one (a region's bureau) stay one */
	plan = plan_from_text("临涔市市场监督管理局关于开展2026年知识产权宣传周活动的通知\n各县局：\n"
			      "一、活动时间\n2026年4月20日至26日。\n二、活动安排\n（一）启动仪式。4月20日上午9:00，在市广场举行。\n");
	ck_assert_str_eq(field(plan, "organizer"), "临涔市市场监督管理局");
	json_decref(plan);
	/* nor is a name cut where the region comes again inside the second
	 * (总工会 / 共青团临川市委员会): no cut that ends no unit's name */
	plan = plan_from_text("临川市总工会共青团临川市委员会关于联合开展2026年职工读书月活动的通知\n各县总工会：\n"
			      "一、活动时间\n2026年4月1日至30日。\n二、活动安排\n（一）启动仪式。4月1日上午9:00，在市图书馆举行。\n");
	ck_assert_ptr_nonnull(field(plan, "organizer"));
	ck_assert_str_ne(field(plan, "organizer"), "临川市总工会共青团");
	ck_assert_str_eq(field(plan, "title"), "2026年职工读书月活动");
	json_decref(plan);
}
END_TEST

/* 14∶30 typed with the ratio sign is a clock (before, the entry it opens
 * was no entry: the 4月22日 afternoon's lecture went missing). */
START_TEST(a_clock_typed_with_the_ratio_sign)
{
	json_t *plan = plan_from_text(court);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|“知识产权进校园”专题讲座|2026-04-22|2026-04-22|14:30|临涔学院报告厅|本院知识产权审判庭|");
	json_decref(plan);
	/* and a label's colon so typed is a label's */
	plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
			      "二、活动安排\n（一）启动仪式\n时间∶4月20日上午9∶00\n地点∶县广场\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "time"), "09:00");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "县广场");
	json_decref(plan);
	/* a ratio so typed is none (1∶1, 1∶10比例) */
	plan = plan_from_text("某县2026年国防教育宣传周活动方案\n一、活动时间\n2026年9月14日至20日。\n二、活动安排\n"
			      "（一）国防知识竞赛。9月16日，各校按男女生1∶1比例组队参赛。（牵头：县人武部）\n"
			      "（二）国防教育展览。9月18日，展出按1∶10比例制作的武器模型。（牵头：县退役军人事务局）\n");
	ck_assert_ptr_null(field(plan_activity(plan, 0), "time"));
	ck_assert_ptr_null(field(plan_activity(plan, 1), "time"));
	json_decref(plan);
}
END_TEST

/* …，邮箱：lcipc_wq@163.com over a blank line and the signature: a contact's
 * line ends with its e-mail, and the signature and its date stand alone
 * (before, they ran on the contact's line and the notice had no date). */
START_TEST(a_contact_line_ending_with_an_email_ends_there)
{
	json_t *plan = plan_from_text(court);
	ck_assert_str_eq(field(plan, "issued_on"), "2026-04-14");
	json_t *c = json_array_get(json_object_get(plan, "contacts"), 0);
	ck_assert_str_eq(field(c, "email"), "lcipc_wq@163.com");
	json_decref(plan);
}
END_TEST

/* 更新说明：…“法官进企业”第二场活动时间由下午2:30调整为下午3:30: a note
 * posted under the notice names the activity by its quoted name and its
 * session, and moves its clock (and is no contact named 更新说明). */
START_TEST(a_correction_names_the_activity_by_its_quoted_name)
{
	json_t *plan = plan_from_text(court);
	ck_assert_str_eq(field(plan_activity(plan, 2), "time"), "09:30");
	ck_assert_str_eq(field(plan_activity(plan, 3), "time"), "15:30");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	json_decref(plan);
	/* without the session the name fits both: neither is moved */
	char *text = strdup(court);
	char *session = strstr(text, "第二场活动时间");
	memmove(session, session + strlen("第二场"), strlen(session + strlen("第二场")) + 1);
	plan = plan_from_text(text);
	ck_assert_str_eq(field(plan_activity(plan, 2), "time"), "09:30");
	ck_assert_str_eq(field(plan_activity(plan, 3), "time"), "14:30");
	json_decref(plan);
	free(text);
	/* the rest of the name after the quote must be the title's too */
	plan = plan_from_text("石岭乡2026年安全生产月活动方案\n一、活动时间\n2026年6月1日至30日。\n二、活动安排\n"
			      "（一）“安全生产月”启动仪式。6月3日上午9:00，在乡政府广场举行。（牵头：乡安监站）\n"
			      "（二）安全宣传咨询日。6月16日，在集镇举行。（牵头：乡应急办）\n"
			      "\n更新说明：“安全生产月”宣传咨询日活动时间由6月16日调整为6月18日。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-06-03");
	json_decref(plan);
}
END_TEST

static const char wrapped_rows[] =
	"南溪区2026年食品安全宣传周活动方案\n"
	"一、活动时间\n2026年6月8日至14日。\n"
	"二、活动安排\n"
	"序号\t活动内容\t时间\t地点\t牵头单位\t配合单位\n"
	"1\t宣传周启动仪式暨\t6月8日（星期一）上午9:00\t区人民广场\t区市场监管局\t区委宣传部、区教育局、\n"
	"\t食品安全科普集市\t\t\t\t区农业农村局\n"
	"2\t食源性疾病义诊咨询\t6月11日（星期四）\t区人民医院门诊大厅\t区卫健局\t区疾控中心\n"
	"\t\t下午3:00—5:00\n"
	"3\t网络知识答题\t6月8日—14日\t微信公众号\t区市场监管局\t区融媒体中心\n"
	"\t线下知识讲座\t6月10日\t区图书馆\t区市场监管局\t区科协\n"
	"三、工作要求\n各单位要加强组织。\n";

/* 1<TAB>…启动仪式暨 / <TAB>食品安全科普集市<TAB>…<TAB>区农业农村局: a row
 * wrapped inside its cells; each bit goes back to its own cell (before,
 * the title and the units stopped at the wrap). A line with a blank
 * number that fills most cells is no such rest: row 3 keeps its own. */
START_TEST(a_tab_row_wrapped_inside_its_cells)
{
	json_t *plan = plan_from_text(wrapped_rows);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|宣传周启动仪式暨食品安全科普集市|2026-06-08|2026-06-08|09:00|区人民广场|区市场监管局|"
			 "区委宣传部、区教育局、区农业农村局");
	ck_assert_str_eq(field(plan_activity(plan, 1), "time"), "15:00");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|网络知识答题|2026-06-08|2026-06-14|-|微信公众号|区市场监管局|区融媒体中心");
	json_decref(plan);
	/* a row of its own under a merged number cell (a day where the row
	 * has one) and a paragraph indented with a tab are no rests */
	plan = plan_from_text("某区2026年食品安全宣传周活动方案\n一、活动时间\n2026年6月8日至14日。\n二、活动安排\n"
			      "序号\t活动内容\t时间\t地点\t牵头单位\t配合单位\n"
			      "1\t网络知识答题\t6月8日—14日\t微信公众号\t区市场监管局\t区融媒体中心\n"
			      "\t线下知识讲座\t6月10日\n"
			      "\t注：各项活动的具体安排另行通知。\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "网络知识答题");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2026-06-14");
	json_decref(plan);
}
END_TEST

/* 储晓雯，电话： | 0564-7213526，手机：…，邮箱： | qhxzscj_bhg@163.com: a
 * contact's label cut from its number or its address by a PDF's line,
 * short of the width, goes on into it (before, the contacts were lost).
 * A label alone over a day is not joined so (活动时间： | 2026年…). */
START_TEST(a_contacts_label_cut_from_its_value)
{
	json_t *plan = plan_from_text("某县2026年知识产权宣传周活动方案\n一、活动时间：\n2026年4月20日至26日。\n"
				      "二、活动安排\n（一）启动仪式。4月20日上午9:00，在县广场举行。\n三、联系方式\n"
				      "县知识产权局保护股　储晓雯，电话：\n0564-7213526，邮箱：\nqhxz_bhg@163.com\n"
				      "县知识产权局运用股　俞方磊，电话：0564-7213518\n");
	ck_assert_str_eq(contact_line_at(plan, 0), "储晓雯|0564-7213526|qhxz_bhg@163.com");
	ck_assert_str_eq(contact_line_at(plan, 1), "俞方磊|0564-7213518|-");
	ck_assert_str_eq(field(json_object_get(plan, "period"), "end"), "2026-04-26");
	json_decref(plan);
}
END_TEST

/* （一）活动主题。“X”。: the theme an item's heading runs on into (before,
 * the heading was part of it). */
START_TEST(a_theme_an_items_heading_runs_on_into)
{
	json_t *plan = plan_from_text("某省2026年知识产权宣传周活动方案\n一、活动主题和时间\n"
				      "（一）活动主题。“知识产权护航创新　赋能云岭发展”。\n"
				      "（二）活动时间。2026年4月20日至26日。\n二、活动安排\n"
				      "（一）启动仪式。4月20日上午9:30，在省科技馆举行。\n");
	ck_assert_str_eq(field(plan, "theme"), "知识产权护航创新　赋能云岭发展");
	json_decref(plan);
}
END_TEST

/* 【转发】乡政府《T》（石岭政发〔2026〕21号）已印发…: a message above the
 * pasted plan T cites it with its number, the plan's own; a number after
 * another document's title is not. */
START_TEST(a_forwarding_line_cites_the_plans_number)
{
	static const char text[] = "【转发】乡政府《石岭乡2026年安全生产月活动方案》（石岭政发〔2026〕21号）已印发，"
				   "请认真组织实施。\n\n石岭乡2026年安全生产月活动方案\n"
				   "根据县安委办《关于开展安全生产月活动的通知》（溆安办〔2026〕9号）要求，制定本方案。\n"
				   "一、活动时间\n2026年6月1日至30日\n二、活动安排\n"
				   "1.安全宣传咨询日。6月16日上午9:00，在集镇举行。（责任单位：乡安监站）\n";
	json_t *plan = plan_from_text(text);
	ck_assert_str_eq(field(plan, "doc_number"), "石岭政发〔2026〕21号");
	json_decref(plan);
	char *other = strdup(text);
	memcpy(strstr(other, "石岭乡2026年安全生产月活动方案》"), "石岭乡2025年", strlen("石岭乡2025年"));
	plan = plan_from_text(other);
	ck_assert_ptr_null(field(plan, "doc_number"));
	json_decref(plan);
	free(other);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round64");
	TCase *tc = tcase_create("round64");
	tcase_add_test(tc, joint_issuers_in_the_title_line);
	tcase_add_test(tc, a_clock_typed_with_the_ratio_sign);
	tcase_add_test(tc, a_contact_line_ending_with_an_email_ends_there);
	tcase_add_test(tc, a_correction_names_the_activity_by_its_quoted_name);
	tcase_add_test(tc, a_tab_row_wrapped_inside_its_cells);
	tcase_add_test(tc, a_contacts_label_cut_from_its_value);
	tcase_add_test(tc, a_theme_an_items_heading_runs_on_into);
	tcase_add_test(tc, a_forwarding_line_cites_the_plans_number);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
