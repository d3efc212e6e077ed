/* check_reader_round55.c - habits of the notices of round r55 (g303-g307),
 * whose writers chose layouts they thought a reader would find unusual:
 * a fax's pages, a printed programme of days and entries, a court's
 * plan on a “1+3+N” model with its units' duties a dash each. */
#include "config.h"

#include <string.h>

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

static const char programme[] =
	"某某县2026年知识产权宣传周活动方案\n\n"
	"一、活动时间\n\n2026年4月20日至26日。\n\n"
	"二、活动日程\n\n"
	"（一）预热活动\n\n"
	"4月10日—19日\n"
	"每　天　倒计时公益宣传……………………县城区主要路口LED屏\n"
	"　　　　主办：县市场监管局　　承办：县融媒体中心\n\n"
	"（二）宣传周活动\n\n"
	"20日　星期一\n"
	"上午9:30　宣传周启动仪式……………………县文化广场\n"
	"　　　　主办：县市场监管局、县司法局\n"
	"　　　　承办：城关市场监管所\n"
	"22日　星期三\n"
	"上午9:00　案例发布会……………………局三楼会议室\n"
	"　　　　主办：县农业农村局　县市场监管局\n"
	"晚7:30　专题访谈（直播）……………………县融媒体中心演播厅\n"
	"　　　　主办：县融媒体中心　　协办：县市场监管局\n"
	"20日—26日　宣传周期间\n"
	"　　　　商标使用规范大走访……………………全县商标注册企业\n"
	"　　　　主办：各市场监管所　　协办：局信用监管股\n"
	"　　　　线上有奖答题……………………“某某市场监管”微信公众号\n"
	"　　　　主办：县市场监管局\n\n"
	"（三）延伸活动\n\n"
	"5月中旬\n"
	"　　　　知识产权进园区……………………某某产业集聚区\n"
	"　　　　主办：县市场监管局　　协办：县工商联\n\n"
	"三、工作要求\n\n（一）加强组织领导。各主办单位要细化方案。\n\n"
	"某某县市场监督管理局\n2026年4月13日\n";

/* A notice whose first item's line opens a quote at a tab and never
 * closes it (caller json_decrefs). */
static json_t *with_quote_left_open(void)
{
	return plan_from_text("某某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
			      "二、活动安排\n（一）知识产权进企业。4月22日\t\"走访企业，由县科技局牵头。\n"
			      "（二）集中宣传。4月26日上午，在县文化广场举办。由县市场监管局牵头。\n"
			      "三、工作要求\n（一）高度重视。\n");
}

/* 五、活动日程 / （一）预热活动 / 4月10日—19日 / 每　天　X……Y / 主办：…:
 * the entries are the activities (the items only group them); a day
 * written without its month is in the period, or goes on from the day
 * above; the place is what the leader runs to, even where it reads like
 * a unit (局三楼会议室), and a bracket closing the title stays its own;
 * 主办 leads, 承办 and 协办 cooperate, two units set apart by a wide
 * space are two; 5月中旬 leaves its entries undated. */
START_TEST(a_printed_programme_of_days_and_entries)
{
	json_t *plan = plan_from_text(programme);
	ck_assert_uint_eq(plan_count(plan, "activities"), 7);
	static const char *const want[] = {
		"-|倒计时公益宣传|2026-04-10|2026-04-19|-|县城区主要路口LED屏|县市场监管局|县融媒体中心",
		"-|宣传周启动仪式|2026-04-20|2026-04-20|09:30|县文化广场|县市场监管局、县司法局|城关市场监管所",
		"-|案例发布会|2026-04-22|2026-04-22|09:00|局三楼会议室|县农业农村局、县市场监管局|",
		"-|专题访谈（直播）|2026-04-22|2026-04-22|19:30|县融媒体中心演播厅|县融媒体中心|县市场监管局",
		"-|商标使用规范大走访|2026-04-20|2026-04-26|-|全县商标注册企业|各市场监管所|局信用监管股",
		"-|线上有奖答题|2026-04-20|2026-04-26|-|“某某市场监管”微信公众号|县市场监管局|",
		"-|知识产权进园区|-|-|-|某某产业集聚区|县市场监管局|县工商联",
	};
	for (size_t i = 0; i < 7; i++)
		ck_assert_str_eq(activity_line(plan_activity(plan, i)), want[i]);
	json_decref(plan);
}
END_TEST

/* Two dots are an ellipsis (等等……), no leader: such lines are prose;
 * so are six typed dots (......): a line that ends a wrap there goes on
 * into the next. */
START_TEST(an_ellipsis_is_no_leader)
{
	static const char *const ellipses[] = {"……", "......"};
	for (size_t k = 0; k < 2; k++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b,
			      "某某县2026年安全宣传周活动方案\n一、活动时间\n2026年6月1日至7日。\n二、活动安排\n"
			      "（一）安全宣传进社区。6月3日，在社区广场开展咨询、义诊%s等活动，由县应急\n管理局牵头。\n"
			      "（二）集中宣传。6月6日，由县消防救援大队牵头。\n三、工作要求\n（一）高度重视。\n",
			      ellipses[k]);
		json_t *wrapped = plan_from_text(wp_buf_str(&b));
		wp_buf_free(&b);
		ck_assert_str_eq(names(plan_activity(wrapped, 0), "lead"), "县应急管理局");
		json_decref(wrapped);
	}
	json_t *plan = plan_from_text("某某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
				      "二、活动安排\n（一）知识产权进企业。4月22日，走访企业、园区……由县科技局牵头。\n"
				      "（二）集中宣传。4月26日上午，在县文化广场举办……由县市场监管局牵头。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "知识产权进企业");
	json_decref(plan);
}
END_TEST

/* APR/14/2026 TUE 16:52  FAX …  P.001/006 atop each page of a fax: the
 * machine's line, its time and page counting on, goes from every page
 * (the first included), and the sentence a page cut joins up again. */
START_TEST(a_fax_machines_line_atop_each_page)
{
	json_t *plan = plan_from_text(
		"APR/14/2026 TUE 16:52    FAX 0373 6218803    QYX SCJGJ        #0417 P.001/002\n\n"
		"某某县2026年知识产权宣传周活动方案\n\n一、活动时间\n\n2026年4月20日至26日。\n\n"
		"二、活动日程\n\n20日　星期一\n上午9:30　宣传周启动仪式……………………县文化广场\n"
		"　　　　主办：县市场监管局\n"
		"下午3:00　侵权假冒商品集中销毁……………………县城东焚烧发电厂\n\n"
		"— 1 —\n\n"
		"APR/14/2026 TUE 16:53    FAX 0373 6218803    QYX SCJGJ        #0417 P.002/002\n\n"
		"　　　　主办：县公安局\n\n三、工作要求\n\n（一）加强组织领导。\n\n"
		"某某县市场监督管理局\n2026年4月13日\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan, "title"), "某某县2026年知识产权宣传周活动方案");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "-|侵权假冒商品集中销毁|2026-04-20|2026-04-20|15:00|县城东焚烧发电厂|县公安局|");
	json_decref(plan);
}
END_TEST

/* 今年宣传周按照“1+3+N”模式组织开展 / （一）“1”：召开新闻发布会 / （三）“N”：
 * 各部门自选活动 / ——立案庭（诉讼服务中心）：宣传周期间在诉讼服务大厅设立…:
 * the model's code is no part of a title; an item whose paragraphs each
 * open with a dash and a unit holds an activity a paragraph, led by that
 * unit and titled by what it does, past its when and where; the item
 * itself is none. A court's divisions (审判庭) are units. */
START_TEST(a_model_coded_plan_and_a_units_duty_a_dash)
{
	json_t *plan = plan_from_text(
		"某某区人民法院2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
		"二、组织领导\n宣传周活动由知识产权审判庭具体组织实施。\n"
		"三、活动安排\n（一）“1”：召开新闻发布会\n4月23日上午10:00，由知识产权审判庭牵头。\n"
		"（二）“N”：各部门自选活动\n各部门要结合职能特点，重点做好以下工作：\n"
		"——立案庭（诉讼服务中心）：宣传周期间在诉讼服务大厅设立诉讼指引咨询台，每天安排1名法官助理值班。\n"
		"——金沙人民法庭：4月23日下午赴金沙镇农贸市场开展“知识产权进乡村”普法宣传，现场发放宣传资料。\n"
		"四、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "知识产权审判庭");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "召开新闻发布会");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二.1|设立诉讼指引咨询台|2026-04-20|2026-04-26|-|诉讼服务大厅|立案庭（诉讼服务中心）|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "二.2|开展“知识产权进乡村”普法宣传|2026-04-23|2026-04-23|-|金沙镇农贸市场|金沙人民法庭|");
	json_decref(plan);
}
END_TEST

/* A spreadsheet's rows pasted as text: cells apart by tabs, a cell that
 * holds line breaks in quotes over several lines (units a line: joined
 * with 、; a title wrapped by hand: joined as it is; "" a quote); a
 * column named with what else it holds in brackets (责任科室（单位）), a
 * 类别 column merged down (empty), a date cell shown as the day number
 * the sheet stores (46120): the day its 具体内容 opens with. */
START_TEST(a_spreadsheets_rows_pasted_as_text)
{
	json_t *plan = plan_from_text(
		"某某市2026年医保基金监管集中宣传月活动方案\n一、活动时间\n2026年4月1日至4月30日。\n"
		"二、活动安排\n具体安排见附件1。\n三、工作要求\n（一）高度重视。\n"
		"附件1\n重点活动安排表\t\t\t\n"
		"序号\t类别\t时间\t活动名称\t具体内容\t地点\t责任科室（单位）\t配合科室（单位）\n"
		"1\t集中宣传\t4月1日上午9:30\t宣传月启动仪式\t\"解读细则，发布\"\"典型案例\"\"；\n各县同步设分会场。\"\t"
		"市人民广场\t基金监管科\t\"办公室\n市医疗保障基金稽核中心\"\n"
		"2\t\t46120\t\"“医保基金监管进药店”\n明察暗访体验活动\"\t4月8日（周三）下午2:30，随机走访定点零售药店。\t"
		"部分定点零售药店\t基金监管科\t稽核中心\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "1|宣传月启动仪式|2026-04-01|2026-04-01|09:30|市人民广场|基金监管科|办公室、市医疗保障基金稽核中心");
	ck_assert_str_eq(field(plan_activity(plan, 0), "description"), "解读细则，发布\"典型案例\"；各县同步设分会场。");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "2|“医保基金监管进药店”明察暗访体验活动|2026-04-08|2026-04-08|14:30|部分定点零售药店|基金监管科|稽核中心");
	json_decref(plan);
}
END_TEST

/* A quote that opens a cell and never closes is the text's own: the
 * lines stay as they are. */
START_TEST(a_quote_left_open_joins_no_lines)
{
	json_t *plan = with_quote_left_open();
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 1), "title"), "集中宣传");
	json_decref(plan);
}
END_TEST

/* （一）“爱鸟周”集中活动 / a week's timetable (the days its columns, the
 * parts of the day its rows, a cell merged over days saying them in its
 * bracket) / 活动说明： / ①X。由Y牵头… / ②…: the circled events are the
 * activities (一.1 for ①), the item only groups them; the timetable
 * gives their days and hours, a cell after a merged one standing on the
 * day after it; 由X、Y共同举办: both lead. */
START_TEST(events_a_circled_number_each_under_a_weeks_timetable)
{
	json_t *plan = plan_from_text(
		"某某县2026年爱鸟周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"（一）“爱鸟周”集中活动（4月20日—26日）\n日程安排见下表。\n"
		"时段\t4月20日（星期一）\t4月21日（星期二）\t4月22日（星期三）\t4月23日（星期四）\n"
		"上午\t①启动仪式（9:30）\t②进校园巡回宣讲（21日—22日）\t④亲子观鸟（7:00）\n"
		"下午\t—\t③联合执法检查（14:30）\n"
		"活动说明：\n"
		"①启动仪式。由县林业局牵头，县委宣传部配合，在湿地公园南门广场举行。\n"
		"②进校园巡回宣讲。由县教育体育局牵头，县林业局配合。\n"
		"③联合执法检查。由县市场监督管理局牵头，县公安局配合。\n"
		"④亲子观鸟。由县林业局、团县委共同举办，在观鸟台举行。\n"
		"（二）宣传月延伸活动\n1.进村入户宣传。4月27日至5月20日，由各乡镇人民政府负责。\n"
		"三、工作要求\n（一）高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 5);
	static const char *const want[] = {
		"一.1|启动仪式|2026-04-20|2026-04-20|09:30|湿地公园南门广场|县林业局|县委宣传部",
		"一.2|进校园巡回宣讲|2026-04-21|2026-04-22|-|-|县教育体育局|县林业局",
		"一.3|联合执法检查|2026-04-21|2026-04-21|14:30|-|县市场监督管理局|县公安局",
		"一.4|亲子观鸟|2026-04-23|2026-04-23|07:00|观鸟台|县林业局、团县委|",
	};
	for (size_t i = 0; i < 4; i++)
		ck_assert_str_eq(activity_line(plan_activity(plan, i)), want[i]);
	json_decref(plan);
}
END_TEST

/* Circled parts of an item that name no lead are its programme, no
 * activities of their own. */
START_TEST(circled_parts_naming_no_lead_stay_the_items)
{
	json_t *plan = plan_from_text(
		"某某县2026年爱鸟周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"（一）启动仪式。4月20日上午9:30，在湿地公园举行，由县林业局牵头。仪式议程：\n"
		"①领导致辞。\n②放飞救护鸟类。\n③发布倡议书。\n"
		"（二）进校园宣讲。4月21日，由县教育体育局牵头。\n三、工作要求\n（一）高度重视。\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "no"), "一");
	json_decref(plan);
}
END_TEST

/* 每天下午两点半: the hour said as a count says two (两); 在X分五批对…开展:
 * the batches end the place; 于每项活动结束当日17:00前: a duty after each
 * activity, its hour kept in the rule and who owes it left out; 成员为：
 * A、B以及C: the colon and 以及 part no member's name. */
START_TEST(an_hour_said_with_liang_and_a_duty_on_each_activitys_day)
{
	json_t *plan = plan_from_text(
		"某某中心2026年世界急救日活动方案\n一、活动时间\n2026年9月7日至18日。\n"
		"二、组织领导\n成立领导小组，由中心主任陈永康任组长，成员为：林晓东（医务科）、周敏（护理部）以及各站站长。\n"
		"三、活动安排\n（一）急救培训。9月7日至11日，每天下午两点半，在中心四楼示教室分五批对全体医务人员开展培训。"
		"由护理部牵头。\n"
		"四、工作要求\n（一）及时报送信息。活动期间，各牵头科室于每项活动结束当日17:00前将活动简讯报综合办公室。\n");
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|急救培训|2026-09-07|2026-09-11|14:30|中心四楼示教室|护理部|");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动简讯|每项活动结束当日17:00前|-|各牵头科室|综合办公室");
	ck_assert_str_eq(names(json_object_get(plan, "committee"), "members"), "林晓东（医务科）、周敏（护理部）、各站站长");
	json_decref(plan);
}
END_TEST

/* 各项活动的具体时间、地点详见附件1 / 附件1 / 序号 日期 时间 活动内容 地点 …:
 * the schedule's rows give the body's activities the days, hours and
 * places they lack, matched by name (the one within the other, quotes
 * aside); a date cell left empty is the row above's day; a cell's
 * wrapped rest does not end the table; a row naming no activity gives
 * nothing. */
START_TEST(an_annex_schedule_dates_the_bodys_activities)
{
	json_t *plan = plan_from_text(
		"某某区人民法院2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
		"二、活动安排\n各项活动的具体时间、地点详见附件1。\n"
		"（一）召开知识产权司法保护新闻发布会。由知识产权审判庭牵头。\n"
		"（二）“法官进园区”。由知识产权审判庭负责。\n"
		"（三）“法院开放日”。由政治部牵头。\n"
		"三、工作要求\n（一）高度重视。\n"
		"附件1\n活动日程表\n"
		"序号\t日期\t时间\t活动内容\t地点\t责任部门\n"
		"1\t4月22日（星期三）\t上午9:30\t“法官进园区”巡回审判\t科创大厦三楼会议室\t知识产权审判庭\n"
		"2\t\t下午3:00\t企业合规座谈会\t科创大厦三楼会议室\t知识产权审判庭\n"
		"3\t4月23日（星期四）\t上午10:00\t知识产权司法保护新闻发布会\t院二楼新闻发布厅\t知识产权审判庭、\n"
		"\t\t\t\t\t政治部\n"
		"4\t\t下午2:30\t“法院开放日”\t诉讼服务中心大厅\t政治部\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 3);
	ck_assert_str_eq(activity_line(plan_activity(plan, 0)),
			 "一|召开知识产权司法保护新闻发布会|2026-04-23|2026-04-23|10:00|院二楼新闻发布厅|知识产权审判庭|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 1)),
			 "二|“法官进园区”|2026-04-22|2026-04-22|09:30|科创大厦三楼会议室|知识产权审判庭|");
	ck_assert_str_eq(activity_line(plan_activity(plan, 2)),
			 "三|“法院开放日”|2026-04-23|2026-04-23|14:30|诉讼服务中心大厅|政治部|");
	json_decref(plan);
}
END_TEST

/* A timetable's cell whose bracket names days outside its columns
 * (21日—30日 in a grid of four) takes its own column; an entry under a
 * day that names a month's part (3月份典型案例) keeps the day. */
START_TEST(a_timetables_odd_cells_and_a_months_part_in_an_entry)
{
	json_t *plan = plan_from_text(
		"某某县2026年爱鸟周活动方案\n一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"（一）集中活动（4月20日—26日）\n"
		"时段\t4月20日（星期一）\t4月21日（星期二）\t4月22日（星期三）\t4月23日（星期四）\n"
		"上午\t①启动仪式（9:30）\t②巡回宣讲（21日—30日）\n"
		"①启动仪式。由县林业局牵头。\n②巡回宣讲。由县教育体育局牵头。\n"
		"（二）案例发布\n22日　星期三\n上午9:00　发布3月份典型案例……………………局三楼会议室\n"
		"三、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(plan_activity(plan, 1), "start"), "2026-04-21");
	ck_assert_str_eq(field(plan_activity(plan, 1), "end"), "2026-04-21");
	json_decref(plan);
}
END_TEST

/* When the annex's table is itself the list of activities, its rows date
 * nothing more: a row whose date is — stays undated. */
START_TEST(an_annex_table_of_the_activities_dates_nothing_more)
{
	json_t *plan = plan_from_text(
		"某某县2026年知识产权宣传周活动方案\n一、活动时间\n2026年4月20日至26日。\n"
		"二、活动安排\n具体安排见附件。\n三、工作要求\n（一）高度重视。\n"
		"附件\n活动安排表\n序号\t日期\t活动内容\t地点\t责任单位\n"
		"1\t4月20日\t启动仪式\t县文化广场\t县市场监管局\n"
		"2\t—\t知识产权进企业巡回宣讲\t各乡镇\t县科技局\n");
	ck_assert_uint_eq(plan_count(plan, "activities"), 2);
	ck_assert_ptr_null(field(plan_activity(plan, 1), "start"));
	json_decref(plan);
}
END_TEST

/* 填写《X》（见方案附件2），于…下班前报Y: the form filled in is sent;
 * 将活动总结通过法院内网邮件发送至Y: the channel is no part of the thing;
 * （请于9月9日前发送至护理部）, a form's note naming no thing, is no
 * deadline; 在X集合: the place ends at the gathering. */
START_TEST(a_form_filled_in_a_channel_and_a_note_with_no_thing)
{
	json_t *plan = plan_from_text(
		"某某区人民法院2026年知识产权宣传周活动方案\n"
		"一、活动时间\n2026年4月20日至26日。\n二、活动安排\n"
		"（一）健步走。4月25日上午8:00在桐湖公园南门广场集合，由工会牵头。\n"
		"三、工作要求\n（一）明确安排。各部门请对照方案明确本部门自选活动，填写《自选活动安排表》（见方案附件2），于4月17日（星期五）下班前报政治部。\n"
		"（二）认真总结。宣传周结束后5个工作日内，各部门将活动总结通过法院内网邮件发送至政治部。\n"
		"附件2\n自选活动安排表\n部门：　　　　活动名称：\n（请于4月17日前发送至政治部）\n");
	ck_assert_uint_eq(plan_count(plan, "deadlines"), 2);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送《自选活动安排表》|4月17日（星期五）下班前|2026-04-17|各部门|政治部");
	ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), 1), "what"), "报送活动总结");
	ck_assert_str_eq(field(plan_activity(plan, 0), "location"), "桐湖公园南门广场");
	json_decref(plan);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_round55");
	TCase *tc = tcase_create("round55");
	tcase_add_test(tc, a_printed_programme_of_days_and_entries);
	tcase_add_test(tc, an_ellipsis_is_no_leader);
	tcase_add_test(tc, a_fax_machines_line_atop_each_page);
	tcase_add_test(tc, a_model_coded_plan_and_a_units_duty_a_dash);
	tcase_add_test(tc, a_spreadsheets_rows_pasted_as_text);
	tcase_add_test(tc, a_quote_left_open_joins_no_lines);
	tcase_add_test(tc, events_a_circled_number_each_under_a_weeks_timetable);
	tcase_add_test(tc, circled_parts_naming_no_lead_stay_the_items);
	tcase_add_test(tc, an_hour_said_with_liang_and_a_duty_on_each_activitys_day);
	tcase_add_test(tc, an_annex_schedule_dates_the_bodys_activities);
	tcase_add_test(tc, a_timetables_odd_cells_and_a_months_part_in_an_entry);
	tcase_add_test(tc, an_annex_table_of_the_activities_dates_nothing_more);
	tcase_add_test(tc, a_form_filled_in_a_channel_and_a_note_with_no_thing);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
