/* check_reader_round69.c - habits taught in session 38: a work group's
 * event lines typed without blank lines between them, with the clock
 * apart from the day or a number before the day; the lines of duties due
 * by a day and a duty roster, which look alike and are no events; a
 * clock after 晚 opening a range; day lines over prose paragraphs in
 * their other forms; a grid of days across and lead units down; a
 * table written with bars and no spaces; offices over their people; an
 * item's own day before the day its bracket says it is done by; a duty
 * table's wrapped row, a contact list's fax and mailbox lines; a text
 * message's run-on items; a table's group column, its note, a paragraph
 * above it. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char close_lines[] =
	"岑溪镇2026年食品安全宣传周活动安排\n"
	"\n"
	"@所有人\n"
	"各村书记、主任，大家好！\n"
	"\n"
	"具体安排如下：\n"
	"\n"
	"6月8日上午8点半 镇农贸市场门口 宣传周启动暨集中宣传咨询。\n"
	"6月9日上午9点 枫林村党群服务中心 乡村厨师培训。每村至少2人。\n"
	"6月10日下午2点半 镇中心小学 食品安全进校园。\n"
	"以上活动由镇食安办牵头，镇市场监管所、镇卫生院配合。\n"
	"\n"
	"联系人：镇食安办 周海燕 13955027316\n"
	"\n"
	"岑溪镇人民政府\n"
	"2026年6月5日\n";

/* Lines typed one under another, each ending its sentence: each its own
 * line, however alike their widths, and so is the line under the last. */
START_TEST(event_lines_without_blank_lines_are_lines_of_their_own)
{
	const char *p = notice_paragraphs(close_lines);
	ck_assert_ptr_nonnull(strstr(p, " | 6月9日上午9点 枫林村党群服务中心 乡村厨师培训。每村至少2人。 | "));
	ck_assert_ptr_nonnull(strstr(p, "食品安全进校园。 | 以上活动由"));
	json_t *plan = plan_from_text(close_lines);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|宣传周启动暨集中宣传咨询|2026-06-08|2026-06-08|08:30|镇农贸市场门口|镇食安办|镇市场监管所、镇卫生院");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|食品安全进校园|2026-06-10|2026-06-10|14:30|镇中心小学|镇食安办|镇市场监管所、镇卫生院");
	json_decref(plan);
}
END_TEST

/* A prose paragraph cut at a width is joined as before: a line opening
 * with a day after one that ends no sentence goes on. */
START_TEST(a_cut_sentence_still_goes_on_into_a_dated_line)
{
	const char *p = notice_paragraphs("一、活动安排\n"
					  "\n"
					  "宣传周期间，镇食安办将组织镇市场监管所、镇卫生院在全镇开展\n"
					  "6月8日 上午 集中宣传咨询，请各村组织群众到场参加。\n");
	ck_assert_ptr_nonnull(strstr(p, "开展6月8日 上午 集中宣传咨询"));
}
END_TEST

/* 6月8日（周一） 上午8点半 X Y: the clock apart from the day is the
 * when's; 1. 6月8日… numbered lines keep their numbers. */
START_TEST(a_clock_apart_from_its_day_and_numbered_lines)
{
	char *whole = text_with(close_lines, "6月10日下午2点半", "6月10日 全天");
	json_t *all_day = plan_from_text(whole);
	ck_assert_str_eq(activity_line(plan_activity(all_day, 2)),
			 "-|食品安全进校园|2026-06-10|2026-06-10|-|镇中心小学|镇食安办|镇市场监管所、镇卫生院");
	json_decref(all_day);
	free(whole);
	char *spaced = text_with(close_lines, "6月8日上午8点半", "6月8日（周一） 上午8点半");
	json_t *plan = plan_from_text(spaced);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|宣传周启动暨集中宣传咨询|2026-06-08|2026-06-08|08:30|镇农贸市场门口|镇食安办|镇市场监管所、镇卫生院");
	json_decref(plan);
	free(spaced);
	char *a = text_with(close_lines, "6月8日上午", "1. 6月8日上午");
	char *b = text_with(a, "6月9日上午", "2. 6月9日上午");
	char *numbered = text_with(b, "6月10日下午", "4. 6月10日下午");
	plan = plan_from_text(numbered);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|乡村厨师培训|2026-06-09|2026-06-09|09:00|枫林村党群服务中心|镇食安办|镇市场监管所、镇卫生院");
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "4");
	json_decref(plan);
	free(numbered);
	free(b);
	free(a);
}
END_TEST

static const char duty_lines[] =
	"岑溪镇2026年食品安全宣传周工作提示\n"
	"\n"
	"@所有人\n"
	"各村书记、主任，大家好！\n"
	"\n"
	"县里食品安全宣传周定在6月8日至14日，请各村落实以下事项：\n"
	"\n"
	"6月5日前 镇食安办 领取宣传海报和明白纸，每村不少于10张。\n"
	"6月7日（周日）下班前 各村 上报本村食品安全协管员名单。\n"
	"6月15日前 各村 报送宣传周活动小结和照片。\n"
	"\n"
	"岑溪镇人民政府\n"
	"2026年6月3日\n";

/* 6月7日前 各村 上报…: a duty due by a day is no event; the reports are
 * deadlines. */
START_TEST(lines_of_duties_due_by_a_day_are_no_events)
{
	json_t *plan = plan_from_text(duty_lines);
	ck_assert_uint_eq(plan_count(plan, "activities"), 0);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 0), "due"), "2026-06-07");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 1), "due"), "2026-06-15");
	json_decref(plan);
}
END_TEST

/* 6月19日（周五） 镇政府值班室 周海燕。: who is on duty where; a roster
 * is no plan, and is refused as one. */
START_TEST(a_duty_roster_is_no_plan)
{
	static const char roster[] = "岑溪镇2026年端午节假期值班安排\n"
				     "\n"
				     "各村、镇直各单位：\n"
				     "\n"
				     "现将端午节假期值班安排通知如下，请值班人员按时到岗。\n"
				     "\n"
				     "6月19日（周五） 镇政府值班室 周海燕。\n"
				     "6月20日（周六） 镇政府值班室 汪建军。\n"
				     "6月21日（周日） 镇政府值班室 程立。\n"
				     "\n"
				     "岑溪镇人民政府办公室\n"
				     "2026年6月15日\n";
	wp_err err = {0};
	wp_notice_report report = {0};
	char *json = wp_notice_read(roster, strlen(roster), &report, &err);
	ck_assert_ptr_null(json);
	ck_assert_ptr_nonnull(strstr(err.msg, "no activity"));
	wp_notice_report_free(&report);
}
END_TEST

/* 4月23日晚7点至4月24日: the clock after 晚 closes the first day; the
 * range runs on to the second. */
START_TEST(a_clock_after_wan_opens_a_range)
{
	json_t *plan = plan_from_text("关于开展2026年知识产权宣传周活动的通知\n"
				      "\n"
				      "一、活动安排\n"
				      "\n"
				      "（一）通宵编程马拉松。4月23日晚7点至4月24日，在大学生活动中心举办，由计算机学院承办。\n"
				      "\n"
				      "（二）专利撰写工作坊。4月25日上午9点，在科技楼举办，由技术转移中心承办。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|通宵编程马拉松|2026-04-23|2026-04-24|19:00|大学生活动中心|计算机学院|");
	json_decref(plan);
}
END_TEST

static const char day_lines[] =
	"关于开展2026年知识产权宣传周活动的通知\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年4月20日至4月26日。\n"
	"\n"
	"二、活动安排\n"
	"\n"
	"4月20日 星期一\n"
	"\n"
	"上午9:30，在同一地点举行宣传周启动仪式，由科技处主办，图书馆承办。\n"
	"\n"
	"4月21日（星期二）下午\n"
	"\n"
	"2:30，在第二教学楼B201举办专利检索实务培训，由图书馆承办。请各学院于4月18日前报送参训名单。\n"
	"\n"
	"模拟庭审分两场举行：\n"
	"\n"
	"4月22日（星期三）\n"
	"\n"
	"4月29日（星期三）\n"
	"\n"
	"请各学院于4月30日前报送作品，下午3:00在法学院模拟法庭举办模拟庭审，由法学院承办。\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各学院于4月30日前报送活动总结。\n";

/* Day lines with a bare weekday or a part of the day closing them; a
 * due day inside a paragraph is no day of its event; two day lines in a
 * row announced (分两场举行：) over one paragraph give it on each;
 * 在同一地点 with nothing before names no place. */
START_TEST(day_lines_in_their_other_forms)
{
	json_t *plan = plan_from_text(day_lines);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "-|宣传周启动仪式|2026-04-20|2026-04-20|09:30|-|科技处|图书馆");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|专利检索实务培训|2026-04-21|2026-04-21|14:30|第二教学楼B201|图书馆|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)), "3|模拟庭审|2026-04-22|2026-04-22|15:00|法学院模拟法庭|法学院|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)), "-|模拟庭审|2026-04-29|2026-04-29|15:00|法学院模拟法庭|法学院|");
	json_decref(plan);
}
END_TEST

static const char day_grid[] =
	"关于开展2026年全国科普日活动的通知\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年9月15日至9月19日。\n"
	"\n"
	"二、活动安排\n"
	"\n"
	"牵头单位\t9月15日（周二）\t9月16日（周三）\t9月17日（周四）\t9月18日（周五）\n"
	"（调休上班）\t9月19日（周六）\t配合单位\n"
	"区科协\t9:00 启动仪式（中央公园南广场）\t—\t“健康讲堂”（第三讲）（区人民医院报告厅）\t同左\t同左；15:00 科普电影放映（影剧院）\t区教体局、区文旅局\n"
	"各镇人民政府\t—\t科普宣传进社区（各村（社区）文明实践站）\t—\t—\t—\t—\n"
	"区融媒体中心\t全周：线上知识竞答（“槐溪发布”客户端）\t—\n"
	"\n"
	"注：“—”表示当日无集中活动安排。\n"
	"\n"
	"三、工作要求\n"
	"\n"
	"各牵头单位于9月24日前报送活动总结。\n";

/* 牵头单位 then days across (the header cut after a cell's second
 * paragraph), 配合单位 last: each entry of a day's cell an activity that
 * day, its clock before it and its place in the last bracket; 同左 goes
 * on with the activity of the day before; ； parts two entries; a cell
 * merged over the days (全周：) runs the week; — is nothing. */
START_TEST(a_grid_of_days_gives_each_cells_entries)
{
	json_t *plan = plan_from_text(day_grid);
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|启动仪式|2026-09-15|2026-09-15|09:00|中央公园南广场|区科协|区教体局、区文旅局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|“健康讲堂”（第三讲）|2026-09-17|2026-09-19|-|区人民医院报告厅|区科协|区教体局、区文旅局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|科普电影放映|2026-09-19|2026-09-19|15:00|影剧院|区科协|区教体局、区文旅局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 3)),
			 "-|科普宣传进社区|2026-09-16|2026-09-16|-|各村（社区）文明实践站|各镇人民政府|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 4)),
			 "-|线上知识竞答|2026-09-15|2026-09-19|-|“槐溪发布”客户端|区融媒体中心|");
	json_decref(plan);
}
END_TEST

/* A day line with nothing under it, the days not announced, is said to
 * be empty, and the paragraph is on the next day alone; a last day for
 * entries (报名截止时间为4月19日) is no day of the event. */
START_TEST(an_empty_day_line_is_said_and_a_cutoff_is_no_event_day)
{
	char *a = text_with(day_lines, "模拟庭审分两场举行：\n\n", "");
	char *b = text_with(a, "请各学院于4月18日前报送参训名单。", "报名截止时间为4月19日。");
	wp_notice_report report = {0};
	json_t *plan = read_plan_text(b, &report);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-04-21");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)), "3|模拟庭审|2026-04-29|2026-04-29|15:00|法学院模拟法庭|法学院|");
	ck_assert(report_says(&report, "'4月22日（星期三）' has no activity under it"));
	wp_notice_report_free(&report);
	json_decref(plan);
	free(b);
	free(a);
}
END_TEST

/* Short event titles (义诊, 培训) are no names even where the text speaks
 * of duty; two names on a line in a roster are names. */
START_TEST(short_titles_are_no_roster_and_two_names_are)
{
	char *a = text_with(close_lines, "乡村厨师培训。每村至少2人。", "义诊。请各村安排专人值班。");
	json_t *plan = plan_from_text(a);
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "义诊");
	json_decref(plan);
	free(a);
	static const char roster[] = "岑溪镇端午节假期值班安排\n"
				     "\n"
				     "6月19日（周五） 镇政府值班室 周海燕、汪建军。\n"
				     "6月20日（周六） 镇政府值班室 欧阳文华、程立。\n"
				     "\n"
				     "岑溪镇人民政府办公室\n";
	wp_err err = {0};
	wp_notice_report report = {0};
	ck_assert_ptr_null(wp_notice_read(roster, strlen(roster), &report, &err));
	wp_notice_report_free(&report);
}
END_TEST

static const char offices_and_table[] =
	"关于做好2026年知识产权宣传周有关工作的通知\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年4月20日至26日。\n"
	"\n"
	"二、材料报送\n"
	"\n"
	"请各市（州）按下表报送材料。\n"
	"\n"
	"序号|材料名称|报送时间|报送方式|联系处室\n"
	"1|宣传周活动方案|4月10日（星期五）前|电子邮件|知识产权促进处\n"
	"2|信息联络员登记表|随活动方案一并报送|电子邮件|知识产权促进处\n"
	"3|宣传周活动总结|4月30日前|电子邮件|知识产权保护处\n"
	"\n"
	"三、联系方式\n"
	"\n"
	"　　省局知识产权促进处（活动方案、活动总结）\n"
	"　　许文澜　0851-86827315　邮箱：cjc@163.com\n"
	"　　省局知识产权保护处（典型案例）\n"
	"　　彭立新　0851-86827342　13985176620\n"
	"　　区消安委办（防火监督科）　王　琳\n"
	"　　电话：0793-8262119\n";

/* 序号|材料名称|报送时间|…: a table written with bars and no spaces is a
 * table; a row due with another (随活动方案一并报送) is a row, and the
 * table goes on under it; 联系处室 is where a row goes. An office alone
 * (what to call it about in a bracket) over its person's line heads it;
 * an office with its person on the line is read as before. */
START_TEST(bars_without_spaces_and_offices_over_their_people)
{
	json_t *plan = plan_from_text(offices_and_table);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送宣传周活动方案|4月10日（星期五）前|2026-04-10|各市（州）|知识产权促进处");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送信息联络员登记表|随活动方案一并报送|-|各市（州）|知识产权促进处");
	ck_assert_str_eq(deadline_line_at(plan, 2), "报送宣传周活动总结|4月30日前|2026-04-30|各市（州）|知识产权保护处");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 4);
	ck_assert_str_eq(contact_line_at(plan, 0), "许文澜|0851-86827315|cjc@163.com");
	ck_assert_str_eq(contact_line_at(plan, 2), "彭立新|13985176620|-");
	ck_assert_str_eq(contact_line_at(plan, 3), "王琳|0793-8262119|-");
	json_decref(plan);
	/* the header of another table under it is no row */
	char *next = text_with(offices_and_table, "3|宣传周活动总结|4月30日前|电子邮件|知识产权保护处\n",
			       "序号|单位|姓名|职务|联系电话\n");
	plan = plan_from_text(next);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	json_decref(plan);
	free(next);
}
END_TEST

static const char done_by_brackets[] =
	"澴南县2026年全国土地日宣传周活动方案\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年6月22日至28日。\n"
	"\n"
	"二、活动安排\n"
	"\n"
	"（一）举办启动仪式。6月25日（星期四）上午9:00，在县人民广场举办启动仪式。"
	"（牵头单位：县自然资源和规划局；配合单位：县委宣传部；完成时限：6月25日前）\n"
	"\n"
	"（二）开展土地国情国策进校园活动。组织宣讲小分队走进中小学校开展宣讲。其中，6月23日下午在县一中举办第一课。"
	"（牵头单位：县教育局；完成时限：6月26日前）\n";

/* An item closing with （…；完成时限：6月25日前）: the day its first sentence
 * tells its event on is its day; a day told later (其中6月23日…) is a
 * part's, and the item is left undated, done by the bracket's day. */
START_TEST(an_items_own_day_before_the_day_it_is_done_by)
{
	json_t *plan = plan_from_text(done_by_brackets);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|举办启动仪式|2026-06-25|2026-06-25|09:00|县人民广场|县自然资源和规划局|县委宣传部");
	ck_assert_ptr_null(field(plan_activity(plan, 1), "start"));
	json_decref(plan);
}
END_TEST

static const char wrapped_duty_rows[] =
	"关于开展2026年世界计量日宣传活动的通知\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年5月18日至24日。\n"
	"\n"
	"二、报送要求\n"
	"\n"
	"各市市场监督管理局要确定1名信息联络员。有关材料按下表要求报送：\n"
	"\n"
	"报送内容 | 报送时限 | 报送方式\n"
	"启动仪式参会回执 | 5月9日（星期六）前 | 电子邮件\n"
	"宣传活动信息 | 活动结束后5个工作日内 | 电子邮件报省局新闻宣传中心，\n"
	" |  | 同时抄送省局计量处\n"
	"宣传活动总结 | 6月5日（星期五）前 | 电子邮件\n"
	"\n"
	"三、联系方式\n"
	"\n"
	"　　省局计量处　　高岚　0371-65908216\n"
	"　　　　　　　　　杜明远　0371-65908223\n"
	"　　　　　　　　　传真：0371-65908230\n"
	"　　　　　　　　　邮箱：jlc@126.com\n"
	"　　省局新闻宣传中心　谢雨桐　0371-65908105　邮箱：xc@126.com\n"
	"　　省计量科学研究院　袁　涛　0371-63517702\n";

/* A row's cell wrapped onto a line of its own ( |  | 同时抄送…) does not
 * end the table; the rows are owed by the units the paragraph opens with
 * when the pointing sentence names none. Under the people of a contact
 * list an office's fax is no person's, and a mailbox line gives the
 * people above it theirs without ending the list. */
START_TEST(a_wrapped_row_a_fax_and_a_mailbox_go_on)
{
	json_t *plan = plan_from_text(wrapped_duty_rows);
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 3);
	ck_assert_str_eq(deadline_line_at(plan, 2), "报送宣传活动总结|6月5日（星期五）前|2026-06-05|各市市场监督管理局|-");
	ck_assert_uint_eq(plan_count(plan, "contacts"), 4);
	ck_assert_str_eq(contact_line_at(plan, 1), "杜明远|0371-65908223|jlc@126.com");
	ck_assert_str_eq(contact_line_at(plan, 2), "谢雨桐|0371-65908105|xc@126.com");
	ck_assert_str_eq(contact_line_at(plan, 3), "袁涛|0371-63517702|-");
	json_decref(plan);
}
END_TEST

/* A grid's entries in their other forms: a part of the day before the
 * clock, a clock with no space after it, a part of the day alone, a
 * range of clocks, a title's bracket that numbers a part (第三讲) and no
 * place; 同上 holds what the cell above does; a merged row's last cell is
 * its cooperating units' only when theirs is the last column. */
START_TEST(a_grids_entries_in_their_other_forms)
{
	static const char grid[] =
		"关于开展2026年全国科普日活动的通知\n"
		"\n"
		"一、活动安排\n"
		"\n"
		"牵头单位\t9月15日（周二）\t9月16日（周三）\t9月17日（周四）\t配合单位\t备注\n"
		"区科协\t上午9:00 启动仪式（中央公园）\t14:30科普讲座（区图书馆）\t下午 科普嘉年华（区科技馆）\t区教体局\t—\n"
		"区文旅局\t9:00-11:30 报告会（区委党校）\t同上\t“健康大讲堂”（第三讲）\t区图书馆\t—\n"
		"区融媒体中心\t全周：线上竞答（客户端）\t每日推送\n";
	json_t *plan = plan_from_text(grid);
	ck_assert_uint_eq(plan_count(plan, "activities"), 7);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)), "-|启动仪式|2026-09-15|2026-09-15|09:00|中央公园|区科协|区教体局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)), "-|科普讲座|2026-09-16|2026-09-16|14:30|区图书馆|区科协|区教体局");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)), "-|科普嘉年华|2026-09-17|2026-09-17|-|区科技馆|区科协|区教体局");
	ck_assert_str_eq(field(plan_activity(plan, 3), "end_time"), "11:30");
	ck_assert_str_eq(activity_line(plan_activity(plan, 4)), "-|科普讲座|2026-09-16|2026-09-16|14:30|区图书馆|区文旅局|区图书馆");
	ck_assert_str_eq(activity_line(plan_activity(plan, 5)), "-|“健康大讲堂”（第三讲）|2026-09-17|2026-09-17|-|-|区文旅局|区图书馆");
	ck_assert_str_eq(activity_line(plan_activity(plan, 6)), "-|线上竞答|2026-09-15|2026-09-17|-|客户端|区融媒体中心|");
	json_decref(plan);
}
END_TEST

/* A grid in an annex where the activity section holds items of its own
 * is read no more than any other table there: the items are the
 * activities. */
START_TEST(a_grid_beside_items_leaves_them_be)
{
	char *a = text_with(day_grid, "二、活动安排\n\n", "二、活动安排\n\n（一）科普报告会。9月17日下午2:30在区委党校举办，由区科协负责。\n\n附件\n\n");
	json_t *plan = plan_from_text(a);
	ck_assert_uint_eq(plan_count(plan, "activities"), 1);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "科普报告会");
	json_decref(plan);
	free(a);
}
END_TEST

/* An item that starts something on its day (6月20日起) runs to the day its
 * bracket gives; one whose text opens with no day of its own (根据…6月5日
 * 印发的通知) is a task done by the bracket's day. */
START_TEST(an_items_start_day_or_a_cited_day_with_its_done_by_day)
{
	char *a = text_with(done_by_brackets, "6月25日（星期四）上午9:00，在县人民广场举办启动仪式。",
			    "6月20日起，组织执法人员开展巡查。");
	json_t *plan = plan_from_text(a);
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2026-06-20");
	ck_assert_str_eq(field(plan_activity(plan, 0), "end"), "2026-06-25");
	json_decref(plan);
	char *b = text_with(done_by_brackets, "6月25日（星期四）上午9:00，在县人民广场举办启动仪式。",
			    "根据省厅6月5日印发的通知要求，全面排查。");
	plan = plan_from_text(b);
	ck_assert_ptr_null(field(plan_activity(plan, 0), "start"));
	json_decref(plan);
	free(b);
	free(a);
}
END_TEST

/* A text message's activities run on after 以下活动：1、…；2、…, each
 * when, what, where, then its units in a bracket closing it; 5/14全天 is
 * a day. */
START_TEST(a_text_messages_run_on_items_with_their_units_in_a_bracket)
{
	json_t *plan = plan_from_text(
		"【檀溪县应急管理局】5/11-5/17为2026年全国防灾减灾宣传周，全县集中开展以下活动：1、5/11上午9:00，"
		"宣传周启动仪式，县人民广场，各乡镇分管负责同志参加（县应急局牵头，县减灾委成员单位配合）；2、5/14全天，"
		"应急避难场所开放日，滨河公园，设置地震VR体验（县应急局牵头，县住建局、县红十字会配合）；3、5/15下午3点，"
		"技能比武，县消防救援大队训练场（县消防救援大队牵头）。檀溪县应急管理局 5月6日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|宣传周启动仪式|2026-05-11|2026-05-11|09:00|县人民广场|县应急局|县减灾委成员单位");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|应急避难场所开放日|2026-05-14|2026-05-14|-|滨河公园|县应急局|县住建局、县红十字会");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "3|技能比武|2026-05-15|2026-05-15|15:00|县消防救援大队训练场|县消防救援大队|");
	json_decref(plan);
}
END_TEST

/* A table whose first column (left blank in the header) names the group
 * of its rows (初一年级 / rows under it with that cell empty): the rows'
 * cells are the rest; a note under the table (注：…) is none of its rows;
 * a paragraph above it that opens with its day and tells an activity is
 * one, before the rows. */
START_TEST(a_tables_group_column_its_note_and_a_paragraph_above_it)
{
	json_t *plan = plan_from_text(
		"沣阳县第三初级中学关于开展安全教育周活动的通知\n"
		"\n"
		"一、活动时间\n"
		"\n"
		"2026年3月30日至4月3日。\n"
		"\n"
		"二、活动安排\n"
		"\n"
		"　　3月30日（星期一）7:50，学校在田径场举行安全教育周启动仪式，启动仪式由政教处负责，团委配合。\n"
		"　　各年级活动安排如下表：\n"
		"\t活动内容\t时间\t地点\t负责部门\t配合\n"
		"初一年级\t交通安全专题讲座\t3月31日（星期二）14:30\t学校报告厅\t政教处\t县交警大队\n"
		"\t手抄报评比\t3月30日至4月2日\t各班教室\t团委\t美术组\n"
		"全校\t应急疏散演练\t4月1日（星期三）9:45\t学校田径场\t政教处\t总务处、校医室\n"
		"　　注：1．讲座邀请县交警大队民警授课。2．演练方案另发。\n"
		"\n"
		"三、工作要求\n"
		"\n"
		"各班主任于4月8日前将总结交政教处。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "-|安全教育周启动仪式|2026-03-30|2026-03-30|07:50|田径场|政教处|团委");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|交通安全专题讲座|2026-03-31|2026-03-31|14:30|学校报告厅|政教处|县交警大队");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "-|手抄报评比|2026-03-30|2026-04-02|-|各班教室|团委|美术组");
	ck_assert_str_eq(field(plan_activity(plan, 3), "title"), "应急疏散演练");
	json_decref(plan);
}
END_TEST

/* Two days across are a table's two dates, no grid of days. */
START_TEST(two_days_across_are_no_grid)
{
	char *a = text_with(day_grid, "\t9月17日（周四）\t9月18日（周五）\n（调休上班）\t9月19日（周六）", "");
	json_t *plan = plan_from_text(a);
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		ck_assert_str_ne(field(plan_activity(plan, i), "title"), "启动仪式");
	json_decref(plan);
	free(a);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round69");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, event_lines_without_blank_lines_are_lines_of_their_own);
	tcase_add_test(tc, a_cut_sentence_still_goes_on_into_a_dated_line);
	tcase_add_test(tc, a_clock_apart_from_its_day_and_numbered_lines);
	tcase_add_test(tc, lines_of_duties_due_by_a_day_are_no_events);
	tcase_add_test(tc, a_duty_roster_is_no_plan);
	tcase_add_test(tc, a_clock_after_wan_opens_a_range);
	tcase_add_test(tc, day_lines_in_their_other_forms);
	tcase_add_test(tc, an_empty_day_line_is_said_and_a_cutoff_is_no_event_day);
	tcase_add_test(tc, short_titles_are_no_roster_and_two_names_are);
	tcase_add_test(tc, a_grid_of_days_gives_each_cells_entries);
	tcase_add_test(tc, two_days_across_are_no_grid);
	tcase_add_test(tc, bars_without_spaces_and_offices_over_their_people);
	tcase_add_test(tc, an_items_own_day_before_the_day_it_is_done_by);
	tcase_add_test(tc, a_wrapped_row_a_fax_and_a_mailbox_go_on);
	tcase_add_test(tc, a_grids_entries_in_their_other_forms);
	tcase_add_test(tc, a_grid_beside_items_leaves_them_be);
	tcase_add_test(tc, an_items_start_day_or_a_cited_day_with_its_done_by_day);
	tcase_add_test(tc, a_text_messages_run_on_items_with_their_units_in_a_bracket);
	tcase_add_test(tc, a_tables_group_column_its_note_and_a_paragraph_above_it);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
