/* check_reader_holdout.c - habits of the genre that the hold-out notices
 * g68..g72 showed, each on a small text of its own: activities under a
 * heading of any kind of 活动, a sentence of units and their roles, and
 * the like. */
#include "config.h"

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* The plan of a notice whose activity section holds items (caller
 * json_decrefs). */
static json_t *with_items(const char *items)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "某某县2027年主题宣传周活动方案\n一、活动时间\n2027年5月10日至14日\n二、活动安排\n%s"
			  "三、工作要求\n（一）高度重视。\n", items);
	json_t *plan = plan_from_text(wp_buf_str(&b));
	wp_buf_free(&b);
	return plan;
}

/* The i-th name of an activity's list key, or NULL. */
static const char *unit(json_t *a, const char *key, size_t i)
{
	return json_string_value(json_array_get(json_object_get(a, key), i));
}

/* 二、集中宣传活动 then 三、接种服务活动: a heading that ends in 活动 names
 * activities whatever their kind, and both sections are read. */
START_TEST(activities_under_a_heading_of_any_kind_of_huodong)
{
	json_t *plan = plan_from_text("某某县2027年预防接种日宣传活动方案\n一、活动时间\n2027年4月20日至30日\n"
				 "二、集中宣传活动\n1.启动仪式。4月25日在县广场举行。\n2.知识进校园。4月20日至24日开展。\n"
				 "三、接种服务活动\n1.门诊开放日。4月25日全天开放。\n"
				 "四、工作要求\n（一）高度重视。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 3);
	ck_assert_str_eq(field(plan_activity(plan, 2), "no"), "三.1");
	ck_assert_str_eq(field(plan_activity(plan, 2), "title"), "门诊开放日");
	json_decref(plan);
}
END_TEST

/* X、Y共同组织，Z具体落实 / X负责，Y提供技术指导 / X负责，Y配合: a sentence of
 * units, each clause ended by its role, says who leads and who helps. */
START_TEST(a_sentence_of_units_each_ended_by_its_role)
{
	json_t *plan = with_items("（一）知识进校园。5月10日在全县中小学开展主题班会。县教育局、县疾控中心共同组织，"
				  "各学校具体落实。\n"
				  "（二）咨询义诊。5月12日在县人民医院举行。县人民医院负责，县疾控中心提供技术指导。\n"
				  "（三）入户宣传。各乡镇卫生院逐户宣传。各乡镇卫生院负责，各村卫生室配合。\n");
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(unit(a, "lead", 0), "县教育局");
	ck_assert_str_eq(unit(a, "lead", 2), "各学校");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 0);
	a = plan_activity(plan, 1);
	ck_assert_str_eq(unit(a, "lead", 0), "县人民医院");
	ck_assert_str_eq(unit(a, "cooperate", 0), "县疾控中心");
	a = plan_activity(plan, 2);
	ck_assert_str_eq(unit(a, "lead", 0), "各乡镇卫生院");
	ck_assert_str_eq(unit(a, "cooperate", 0), "各村卫生室");
	json_decref(plan);
}
END_TEST

/* 一、活动主题和时间 / 主题：X / 时间：4月20日至4月30日: the period is the
 * 时间 label line of the section its heading names. */
START_TEST(the_period_as_a_label_line_of_its_section)
{
	json_t *plan = plan_from_text("关于做好2027年全国预防接种日宣传活动的通知\n一、活动主题和时间\n主题：及时接种疫苗\n"
				 "时间：4月20日至4月30日，4月25日为集中宣传日。\n"
				 "二、集中宣传活动\n1.启动仪式。4月25日在县广场举行。\n三、工作要求\n（一）高度重视。\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2027-04-20");
	ck_assert_str_eq(field(period, "end"), "2027-04-30");
	ck_assert_str_eq(field(plan, "theme"), "及时接种疫苗");
	json_decref(plan);
}
END_TEST

/* 4月25日…于当天17:30前报 / 6月25日集中宣传日当天，X于16时前将…简报报Y:
 * a report due at a time of the day the sentence named before 当天 is
 * due that day; of 简报报 the first 报 is the thing's, and a clause that
 * ends in 当天 is when, not who. */
START_TEST(a_report_due_at_a_time_of_the_day_named_before)
{
	json_t *plan = with_items("（一）启动仪式。5月10日上午在县广场举行。\n"
				  "（二）信息报送。5月10日活动结束后，各乡镇于当天17:30前将活动开展情况报县委宣传部。"
				  "5月12日集中宣传日当天，各区分局于16时前将当日活动开展情况简报报专班办公室。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动开展情况|当天17:30前|2027-05-10|各乡镇|县委宣传部");
	ck_assert_str_eq(deadline_line_at(plan, 1), "报送当日活动开展情况简报|5月12日集中宣传日当天…于16时前|2027-05-12|各区分局|专班办公室");
	json_decref(plan);
}
END_TEST

static const char *contact(json_t *plan, size_t i, const char *key)
{
	return field(json_array_get(json_object_get(plan, "contacts"), i), key);
}

/* 联系人： (on a line of its own, or with the first row) and rows under it,
 * each an office, a person (罗　佳 spaced out) and numbers apart by wide
 * gaps: a contact per number. */
START_TEST(contact_rows_of_office_person_and_numbers)
{
	json_t *plan = with_items("（一）启动仪式。5月10日上午在县广场举行，由县科协牵头。\n"
				  "联系人：\n"
				  "　　耕地保护监督处　张一帆　0796-8203316　158 7961 2043\n"
				  "　　局办公室　　　　罗　佳　0796-8203102\n"
				  "　　联系人：党建办　陈思远　5220617　18907391266\n"
				  "　　　　　　团工委　周　敏　电话：5220635\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "contacts")), 6);
	ck_assert_str_eq(contact(plan, 1, "name"), "张一帆");
	ck_assert_str_eq(contact(plan, 1, "phone"), "158 7961 2043");
	ck_assert_str_eq(contact(plan, 2, "name"), "罗佳");
	ck_assert_str_eq(contact(plan, 4, "phone"), "18907391266");
	ck_assert_str_eq(contact(plan, 5, "name"), "周敏");
	ck_assert_str_eq(contact(plan, 5, "phone"), "5220635");
	json_decref(plan);
}
END_TEST

/* 由党工委副书记刘建平同志任组长，…谢晓丽同志任副组长: 同志 is how the text
 * addresses a person, not part of the name. */
START_TEST(tongzhi_after_a_committee_name_is_dropped)
{
	json_t *plan = with_items("（一）启动仪式。5月10日上午在县广场举行，由县科协牵头。\n"
				  "（二）加强组织。街道成立活动工作专班，由党工委副书记刘建平同志任组长，"
				  "党工委委员、副主任谢晓丽同志任副组长，党建办、团工委负责人为成员。\n");
	json_t *committee = json_object_get(plan, "committee");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(committee, "chair"), 0)),
			 "党工委副书记刘建平");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(committee, "vice_chair"), 0)),
			 "党工委委员、副主任谢晓丽");
	json_decref(plan);
}
END_TEST

/* 组　长：党委书记、院长　郑立新 / 副组长：党委副书记　韩冬梅　　副院长　林振宇:
 * persons written post, a U+3000, name, several to a line apart by runs
 * of U+3000, each read post then name. */
START_TEST(persons_post_first_several_to_a_line)
{
	json_t *plan = with_items("（一）启动仪式。5月10日上午在县广场举行，由县科协牵头。\n"
				  "（二）成立工作小组。\n"
				  "组　长：党委书记、院长\xe3\x80\x80郑立新\n"
				  "副组长：党委副书记\xe3\x80\x80韩冬梅\xe3\x80\x80\xe3\x80\x80副院长\xe3\x80\x80林振宇\n"
				  "成　员：医务科、护理部主要负责人\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "党委书记、院长郑立新");
	ck_assert_str_eq(names(c, "vice_chair"), "党委副书记韩冬梅、副院长林振宇");
	json_decref(plan);
}
END_TEST

/* …街道党工委、办事处决定，3月1日至3月31日在全街道开展…活动: the days the
 * notice decides on are the period, with a comma after 决定 as with 于. */
START_TEST(the_period_decided_after_jueding_and_a_comma)
{
	json_t *plan = plan_from_text("关于开展2027年“学雷锋志愿服务月”活动的通知\n各社区：\n"
				 "为深入学习宣传雷锋精神，街道党工委、办事处决定，3月1日至3月31日在全街道开展"
				 "“学雷锋志愿服务月”活动。有关事项通知如下：\n"
				 "一、工作要求\n（一）加强组织。各社区要高度重视。\n");
	json_t *period = json_object_get(plan, "period");
	ck_assert_str_eq(field(period, "start"), "2027-03-01");
	ck_assert_str_eq(field(period, "end"), "2027-03-31");
	json_decref(plan);
}
END_TEST

/* 【活动主题】 on a line of its own labels the line under it; 主题为：X。 in
 * prose gives X unquoted. */
START_TEST(a_theme_under_a_bracket_label_or_after_zhutiwei)
{
	json_t *plan = plan_from_text("关于开展2027年“学雷锋志愿服务月”活动的通知\n各社区：\n"
				 "街道决定于3月1日至3月31日开展活动。有关事项通知如下：\n"
				 "【活动主题】\n弘扬雷锋精神　志愿服务你我同行\n"
				 "一、工作要求\n（一）加强组织。各社区要高度重视。\n");
	ck_assert_str_eq(field(plan, "theme"), "弘扬雷锋精神　志愿服务你我同行");
	json_decref(plan);
	plan = plan_from_text("关于开展2027年世界无烟日宣传活动的通知\n各科室：\n"
			 "决定于5月25日至5月31日在全院开展宣传周活动。\n"
			 "今年我院宣传活动主题为：拒绝烟草诱惑　守护健康未来。\n"
			 "一、工作要求\n（一）高度重视。各科室要高度重视。\n");
	ck_assert_str_eq(field(plan, "theme"), "拒绝烟草诱惑　守护健康未来");
	json_decref(plan);
}
END_TEST

/* 责任科室：X、Y牵头，Z、W参与 / X负责，Y负责指导 / X　Y: a unit line says
 * each clause's role as a sentence does; units a wide gap apart are a
 * list. */
START_TEST(a_unit_line_of_clauses_or_of_units_apart_by_wide_gaps)
{
	json_t *plan = with_items("（一）集中志愿服务\n时间：5月10日8:30\n"
				  "责任科室：社会事务办、团工委牵头，各社区、辖区共建单位参与\n"
				  "（二）关爱行动\n时间：5月11日\n责任科室：各社区负责，社会事务办负责指导\n"
				  "（三）环境整治\n时间：5月12日\n责任科室：城管办\xe3\x80\x80各社区\n");
	json_t *a = plan_activity(plan, 0);
	ck_assert_str_eq(names(a, "lead"), "社会事务办、团工委");
	ck_assert_str_eq(names(a, "cooperate"), "各社区、辖区共建单位");
	a = plan_activity(plan, 1);
	ck_assert_str_eq(names(a, "lead"), "各社区");
	ck_assert_str_eq(names(a, "cooperate"), "社会事务办");
	a = plan_activity(plan, 2);
	ck_assert_str_eq(names(a, "lead"), "城管办、各社区");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "cooperate")), 0);
	json_decref(plan);
}
END_TEST

/* 每周四下午5点前将本周情况发至街道志愿服务工作群: 发至 sends, and a work
 * group in a chat is kept as the recipient. */
START_TEST(a_weekly_report_sent_to_a_chat_work_group)
{
	json_t *plan = with_items("（一）启动仪式。5月10日上午在县广场举行，由县科协牵头。\n"
				  "（二）按时报送。活动期间，各社区每周四下午5点前将本周志愿服务开展情况发至街道志愿服务工作群。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送本周志愿服务开展情况|每周四下午5点前|-|各社区|街道志愿服务工作群");
	json_decref(plan);
}
END_TEST

/* 发件人：/收件人：/主题：转发：…/附件：… then a rule line: the header of the
 * mail a notice was forwarded in is not the notice (its issuer is the
 * unit that signs, not the sender). */
START_TEST(a_mail_header_above_the_notice_is_left_out)
{
	json_t *plan = plan_from_text("发件人：院办公室（yb@example.com）\n收件人：全院各科室\n"
				 "主题：转发：关于开展2027年世界无烟日宣传活动的通知\n附件：名单.xls（18KB）\n"
				 "--------------------\n"
				 "关于开展2027年世界无烟日宣传活动的通知\n各科室：\n"
				 "决定于5月25日至5月31日在全院开展宣传周活动。\n"
				 "一、工作要求\n（一）高度重视。各科室要高度重视。\n"
				 "青屿市第二人民医院\n2027年5月19日\n");
	ck_assert_str_eq(field(plan, "organizer"), "青屿市第二人民医院");
	ck_assert_str_eq(field(plan, "region"), "青屿市");
	json_decref(plan);
}
END_TEST

/* 本次活动由县疾控中心具体组织实施: the unit that runs the whole campaign,
 * as 由X牵头 says it. */
START_TEST(the_campaign_run_by_a_unit_zuzhishishi)
{
	json_t *plan = plan_from_text("关于做好2027年全国预防接种日宣传活动的通知\n各单位：\n"
				 "县卫健局决定于4月20日至4月30日在全县开展宣传活动。本次活动由县疾控中心具体组织实施。\n"
				 "一、集中宣传活动\n1.启动仪式。4月25日在县广场举行。\n二、工作要求\n（一）高度重视。\n");
	ck_assert_str_eq(field(plan, "lead_unit"), "县疾控中心");
	json_decref(plan);
}
END_TEST

/* X会同Y梳理…: the partner after 会同 cooperates, cut where what they do
 * begins, also when a later X负责 names the lead alone. */
START_TEST(the_partner_after_huitong_before_what_they_do)
{
	json_t *plan = with_items("（一）警示教育。5月中旬，执法监察支队会同各区（县）分局梳理典型案例，公开曝光一批。"
				  "执法监察支队负责。\n"
				  "（二）案例汇编。5月12日，市司法局会同市法学会整理典型案例，印发全市。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "执法监察支队");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "各区（县）分局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "lead"), "市司法局");
	ck_assert_str_eq(names(plan_activity(plan, 1), "cooperate"), "市法学会");
	json_decref(plan);
}
END_TEST

/* 市委党校 is a unit (a school of the party), so it can help. */
START_TEST(a_party_school_is_a_unit)
{
	json_t *plan = with_items("（一）专题讲座。5月12日下午在市委党校报告厅举办。由政策法规处主办，市委党校协办。\n");
	ck_assert_str_eq(names(plan_activity(plan, 0), "lead"), "政策法规处");
	ck_assert_str_eq(names(plan_activity(plan, 0), "cooperate"), "市委党校");
	json_decref(plan);
}
END_TEST

/* 局成立工作专班，由X任专班负责人，A、B主要负责同志为专班成员: a task
 * force is the committee, its head the chair, its members' units the
 * members. */
START_TEST(a_task_force_headed_by_its_zhuanban_fuzeren)
{
	json_t *plan = with_items("（一）启动仪式。5月10日上午在县广场举行，由县科协牵头。\n"
				  "（二）组织保障。局成立宣传工作专班，由局党组成员、副局长沈卫国任专班负责人，"
				  "局办公室、政策法规处主要负责同志为专班成员。专班办公室设在政策法规处。\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_str_eq(names(c, "chair"), "局党组成员、副局长沈卫国");
	ck_assert_str_eq(names(c, "members"), "局办公室、政策法规处");
	json_decref(plan);
}
END_TEST

/* 县卫健局成立领导小组，各单位要高度重视，…，于5月7日前报…: the units of a
 * later clause before 要 owe it when the sentence opens with no one who
 * sends. */
START_TEST(who_owes_it_from_a_later_clause_with_yao)
{
	json_t *plan = with_items("（一）启动仪式。5月10日上午在县广场举行，由县科协牵头。\n"
				  "（二）加强组织领导。县卫健局成立宣传活动领导小组，各单位要高度重视，明确专人负责，"
				  "结合辖区实际制定具体方案，于5月7日（星期五）前报县疾控中心免疫规划科。\n");
	ck_assert_str_eq(names(json_array_get(json_object_get(plan, "deadlines"), 0), "who"), "各单位");
	json_decref(plan);
}
END_TEST

/* A notice signed by 桂坪镇党政办公室: a town's 党政办 is its government's
 * office, so the town is the region. */
START_TEST(a_town_is_the_region_of_its_dangzhengban)
{
	json_t *plan = plan_from_text("关于开展2027年“国际档案日”宣传活动的通知\n各村（社区）：\n"
				 "定于6月8日至6月12日在全镇开展宣传活动。\n"
				 "一、工作要求\n（一）请各村于6月5日前将名单报党政办。\n"
				 "桂坪镇党政办公室\n2027年6月2日\n");
	ck_assert_str_eq(field(plan, "organizer"), "桂坪镇党政办公室");
	ck_assert_str_eq(field(plan, "region"), "桂坪镇");
	json_decref(plan);
}
END_TEST

/* 请各科室于5月22日下班前确定1名控烟联络员，填写附件名单，通过OA报宣传科:
 * nothing named is sent, so what is done by the day is the duty. */
START_TEST(a_duty_done_by_a_day_and_then_sent)
{
	json_t *plan = with_items("（一）启动仪式。5月10日上午在县广场举行，由县科协牵头。\n"
				  "（二）落实联络员。请各科室于5月7日（星期五）下班前确定1名控烟联络员，填写附件名单，"
				  "通过OA报宣传科。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "确定1名控烟联络员|5月7日（星期五）下班前|2027-05-07|各科室|宣传科");
	json_decref(plan);
}
END_TEST

/* 关于印发《…方案》的通知 whose plan is the annex: the plan's deadline
 * stands and the cover's repeat of it goes (the annex is no form). */
START_TEST(a_plan_as_the_annex_keeps_its_own_deadline)
{
	json_t *plan = plan_from_text("某某市自然资源和规划局\n关于印发《某某市2027年全国土地日宣传活动方案》的通知\n"
				 "各分局：\n现将方案印发给你们。各分局请于6月12日前将本单位活动方案报局耕地保护监督处。\n"
				 "附件：某某市2027年全国土地日宣传活动方案\n某某市自然资源和规划局\n2027年6月5日\n"
				 "附件\n某某市2027年全国土地日宣传活动方案\n一、活动时间\n2027年6月15日至6月30日\n"
				 "二、工作要求\n（一）各分局于6月12日（星期五）前将活动方案报局耕地保护监督处。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "deadlines")), 1);
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送活动方案|6月12日（星期五）前|2027-06-12|各分局|局耕地保护监督处");
	json_decref(plan);
}
END_TEST

/* 各村负责收集本村照片，于6月12日下班前统一交镇文化站: 交 after the day's
 * 前 (an adverb between) hands it in; what was gathered is what is due;
 * 负责 ends who. */
START_TEST(a_gathered_thing_handed_in_by_a_day)
{
	json_t *plan = with_items("（一）启动仪式。5月10日上午在县广场举行，由县科协牵头。\n"
				  "（二）老照片征集。各村负责收集本村照片，于5月12日下班前统一交镇文化站。\n");
	ck_assert_str_eq(deadline_line_at(plan, 0), "报送本村照片|5月12日下班前|2027-05-12|各村|镇文化站");
	json_decref(plan);
}
END_TEST

/* 党政办牵头，各村(社区)参加 in a table's units cell: those who take part
 * (参加, 参与) or assist (协助) cooperate, as 配合 says; the mark is not
 * part of the unit's name. */
START_TEST(units_that_take_part_or_assist_cooperate)
{
	json_t *plan = with_items("序号  时间              活动内容              地点              责任单位\n"
				  "1     5月10日上午9点   档案业务培训          镇会议室          党政办牵头，各村参加\n"
				  "2     5月11日上午9点   现场观摩              桂坪村档案室      党政办牵头，镇文化站参与\n"
				  "3     5月12日上午9点   老照片征集            镇文化站          党政办牵头，镇司法所协助\n");
	const char *helpers[] = {"各村", "镇文化站", "镇司法所"};
	for (size_t i = 0; i < 3; i++) {
		ck_assert_str_eq(unit(plan_activity(plan, i), "lead", 0), "党政办");
		ck_assert_str_eq(unit(plan_activity(plan, i), "cooperate", 0), helpers[i]);
	}
	json_decref(plan);
}
END_TEST

/* 【活动安排】 alone on its line heads a section (a street office names
 * its sections in brackets), and ◆活动一：X under it is an item, its
 * bullet no part of it; the 一、 points under 【工作要求】 are no items of
 * the activities. */
START_TEST(a_bracketed_section_of_bulleted_named_items)
{
	json_t *plan = plan_from_text("望江街道2027年学雷锋志愿服务月活动方案\n"
				 "【活动主题】\n弘扬雷锋精神\n"
				 "【活动安排】\n"
				 "◆活动一：主题宣讲\n时间：3月4日下午3:00\n地点：街道报告厅\n责任科室：党建办\n"
				 "◆活动二：集中志愿服务\n时间：3月5日8:30\n地点：望江广场\n责任科室：团工委\n"
				 "【工作要求】\n一、加强组织。各社区要高度重视。\n二、注重安全。\n");
	ck_assert_uint_eq(json_array_size(json_object_get(plan, "activities")), 2);
	ck_assert_str_eq(field(plan_activity(plan, 0), "title"), "主题宣讲");
	ck_assert_str_eq(field(plan_activity(plan, 1), "no"), "二");
	ck_assert_str_eq(field(plan_activity(plan, 1), "location"), "望江广场");
	ck_assert_str_eq(unit(plan_activity(plan, 1), "lead", 0), "团工委");
	json_decref(plan);
}
END_TEST

/* 组　长：镇党委副书记、镇长欧阳丽华: posts parted by 、 before the name
 * are one person's, while two persons each with a name stay two. */
START_TEST(posts_before_one_name_are_one_person)
{
	json_t *plan = with_items("1.消防宣传。5月10日在镇广场举行。\n"
				  "四、组织领导\n"
				  "组　长：镇党委副书记、镇长欧阳丽华\n"
				  "副组长：镇党委委员、副镇长陈国栋\n"
				  "成　员：镇派出所所长罗斌、镇司法所所长唐伟\n");
	json_t *c = json_object_get(plan, "committee");
	ck_assert_uint_eq(json_array_size(json_object_get(c, "chair")), 1);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(c, "chair"), 0)),
			 "镇党委副书记、镇长欧阳丽华");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(c, "vice_chair"), 0)),
			 "镇党委委员、副镇长陈国栋");
	ck_assert_uint_eq(json_array_size(json_object_get(c, "members")), 2);
	json_decref(plan);
}
END_TEST

/* 序号	日期	时间	…: a table that gives a row's day and its hour in two
 * columns; the hour is the activity's time (a range gives its start). */
START_TEST(a_table_with_a_day_and_an_hour_column)
{
	json_t *plan = with_items("序号\t日期\t时间\t活动内容\t地点\t牵头科室\n"
				  "1\t5月10日\t9:00\t启动仪式\t门诊大厅\t医务科\n"
				  "2\t5月11日\t14:30—16:30\t科普讲座\t报告厅\t宣传科\n");
	ck_assert_str_eq(field(plan_activity(plan, 0), "start"), "2027-05-10");
	ck_assert_str_eq(field(plan_activity(plan, 0), "time"), "09:00");
	ck_assert_str_eq(field(plan_activity(plan, 1), "time"), "14:30");
	json_decref(plan);
}
END_TEST

/* 由X、Y共同牵头，Z配合 / 由X具体负责，Y协助: the adverb before the role
 * (共同, 具体) is no part of the units. */
START_TEST(an_adverb_before_the_lead_verb)
{
	json_t *plan = with_items("（一）经典诵读展演\n时间：5月10日14:30\n地点：县文化馆\n"
				  "由县文化广电和旅游局、县教育体育局共同牵头，县文联配合。展演节目由各校选送。\n"
				  "（二）测试培训下乡\n时间：5月12日\n地点：红石乡中心学校\n"
				  "由县普通话水平测试站具体负责，相关乡镇人民政府协助。\n");
	ck_assert_str_eq(unit(plan_activity(plan, 0), "lead", 1), "县教育体育局");
	ck_assert_str_eq(unit(plan_activity(plan, 0), "cooperate", 0), "县文联");
	ck_assert_str_eq(unit(plan_activity(plan, 1), "lead", 0), "县普通话水平测试站");
	ck_assert_str_eq(unit(plan_activity(plan, 1), "cooperate", 0), "相关乡镇人民政府");
	json_decref(plan);
}
END_TEST

/* 围绕“中国品牌，世界共享”的活动主题，…: a quotation the sentence calls
 * its theme is the theme; one in another sentence is not. */
START_TEST(a_quotation_called_the_theme)
{
	json_t *plan = plan_from_text("某县2027年品牌日活动方案\n一、活动时间\n2027年5月10日至14日\n二、活动安排\n"
				 "围绕“中国品牌，世界共享”的活动主题，开展系列活动。\n1.启动仪式。5月10日在县广场举行。\n");
	ck_assert_str_eq(field(plan, "theme"), "中国品牌，世界共享");
	json_decref(plan);
	plan = plan_from_text("某县2027年品牌日活动方案\n一、活动时间\n2027年5月10日至14日\n二、活动安排\n"
			 "开展“品牌进社区”。各单位要突出活动主题，开展宣传。\n1.启动仪式。5月10日在县广场举行。\n");
	ck_assert_ptr_null(field(plan, "theme"));
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader hold-out habits");
	TCase *tc = tcase_create("habits");
	tcase_add_test(tc, activities_under_a_heading_of_any_kind_of_huodong);
	tcase_add_test(tc, a_sentence_of_units_each_ended_by_its_role);
	tcase_add_test(tc, the_period_as_a_label_line_of_its_section);
	tcase_add_test(tc, a_report_due_at_a_time_of_the_day_named_before);
	tcase_add_test(tc, contact_rows_of_office_person_and_numbers);
	tcase_add_test(tc, tongzhi_after_a_committee_name_is_dropped);
	tcase_add_test(tc, persons_post_first_several_to_a_line);
	tcase_add_test(tc, the_period_decided_after_jueding_and_a_comma);
	tcase_add_test(tc, a_theme_under_a_bracket_label_or_after_zhutiwei);
	tcase_add_test(tc, a_unit_line_of_clauses_or_of_units_apart_by_wide_gaps);
	tcase_add_test(tc, a_weekly_report_sent_to_a_chat_work_group);
	tcase_add_test(tc, a_mail_header_above_the_notice_is_left_out);
	tcase_add_test(tc, the_campaign_run_by_a_unit_zuzhishishi);
	tcase_add_test(tc, the_partner_after_huitong_before_what_they_do);
	tcase_add_test(tc, a_party_school_is_a_unit);
	tcase_add_test(tc, a_task_force_headed_by_its_zhuanban_fuzeren);
	tcase_add_test(tc, who_owes_it_from_a_later_clause_with_yao);
	tcase_add_test(tc, a_town_is_the_region_of_its_dangzhengban);
	tcase_add_test(tc, a_duty_done_by_a_day_and_then_sent);
	tcase_add_test(tc, a_plan_as_the_annex_keeps_its_own_deadline);
	tcase_add_test(tc, a_gathered_thing_handed_in_by_a_day);
	tcase_add_test(tc, units_that_take_part_or_assist_cooperate);
	tcase_add_test(tc, a_bracketed_section_of_bulleted_named_items);
	tcase_add_test(tc, posts_before_one_name_are_one_person);
	tcase_add_test(tc, a_table_with_a_day_and_an_hour_column);
	tcase_add_test(tc, an_adverb_before_the_lead_verb);
	tcase_add_test(tc, a_quotation_called_the_theme);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
