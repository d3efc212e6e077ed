/* notice-words-duties.c - the genre's words for what is due and whom to
 * call: the verbs of sending and handing over, how often and how a thing
 * is sent, recipients and mailboxes, and the contact labels (name, phone,
 * extension, e-mail).
 *
 * One of the files of plain word lists, each for what its words read;
 * notice-words.h says how to add a habit of the genre. */
#include "config.h"

#include <stddef.h>

#include "notice-words.h"

/* 联系人及电话：李华 0771-5551234 names the phone with the person */
static const char *const contact_names[] = {"联系人：", "联系人及电话：", "联系人及联系电话：",
					    "联系人及联系方式：", "联系人和电话：",
					    /* A岗：X / B岗：Y: the one on duty and the stand-in */
					    "A岗：", "B岗：", "Ａ岗：", "Ｂ岗：",
					    /* 活动咨询请联系街道应急办陈思远，电话…: a post's prose */
					    "请联系", NULL};
/* who answers for one activity (负责人：曾骁（镇应急办），电话：…) */
static const char *const contact_in_charge[] = {"负责人：", "活动负责人：", NULL};
/* （责任人：何建林，电话：138…） closing an item: its contact, with a number
 * (责任人：马晓东 alone answers for the work, no one to call) */
static const char *const contact_answers[] = {"责任人：", NULL};
static const char *const contact_phones[] = {"联系电话：", "办公电话：", "值班电话：", "固定电话：", "电话：", "手机：", "座机：", NULL};
static const char *const contact_mails[] = {"电子邮箱：", "电子信箱：", "邮箱：", "QQ邮箱：",
					     /* 0797-8326154，邮箱 x@y: a space for the colon */
					     "电子邮箱 ", "邮箱 ", NULL};
/* 报县水务局办公室，邮箱hyx@163.com: the word with the address written
 * straight after it */
static const char *const mailboxes[] = {"电子邮箱", "电子信箱", "邮箱", NULL};
/* 将X报Y, 把X报Y: the thing put before the verb that sends it */
static const char *const put_words[] = {"将", "把", NULL};
/* 6月20日前完成征集: a duty done by a date */
/* 到: (于3月3日上午8:30前到县人民广场签到) a place to be at by a time */
static const char *const duty_verbs[] = {"完成", "做好", "落实", "上好", "建立", "组建", "确定", "到", NULL};
/* …；请于7月3日前将总结报…: a part that asks, naming no one */
static const char *const ask_without_who[] = {"请于", "并于", "于", NULL};
/* 每周五前报送一次活动进展情况: how often it is sent, before the thing */
static const char *const how_often[] = {"一次", "1次", NULL};
/* 一次性补助申请表: one payment, not how often it is sent */
static const char *const once_for_all[] = {"一次性", NULL};
/* 参加人员请于8:30前到达活动现场: an arrival, not a duty (到县人民广场签到 is) */
static const char *const arrival[] = {"到达", "到场", NULL};
/* 于4月20日前到经济发展办领取宣传资料: fetching, not owing */
static const char *const collects[] = {"领取", "领用", "自取", NULL};
/* 活动期间及时报送, 要及时报送: a duty through the campaign */
static const char *const promptly[] = {"及时报送", "及时上报", NULL};
/* 及时向X报送: promptly, with the recipient before the verb */
static const char *const promptly_to[] = {"及时向", NULL};
/* 将活动开展情况书面报送: how it is sent, trimmed off the thing sent */
static const char *const send_manners[] = {"书面", "一并", "统一", "及时",
					   /* 总结纸质版加盖公章报送: the sealed copy is how it is
					    * sent (an 电子版 alone names the thing: 登记表电子版) */
					   "纸质版加盖公章", "加盖公章",
					   /* 将回执盖章扫描后发送至X: sealed and scanned, then sent */
					   "盖章扫描后", "签字盖章后", "盖章后", "扫描后", "盖章",
					   /* 将答题参与情况统计汇总报X: gathered, then sent */
					   "统计汇总", "汇总整理", "整理汇总", "统计后", "汇总后", NULL};
/* 局知识产权股于5月5日前汇总形成全区工作总结，报送市局: what is made
 * before the comma is what the 报送 after it sends (longer first) */
static const char *const make_things[] = {"汇总形成", "整理形成", "形成", "撰写", "起草", "编写", NULL};
/* 联系电话：…，手机13872945016: a second number's label, colon or not (in order) */
static const char *const second_phones[] = {"手机：", "手机", "电话：", "电话", "座机：", "座机", NULL};
/* 请于…报, 各单位要于…报, X请当日报送: a request, not part of the thing
 * asked for (trimmed off it) */
static const char *const requests[] = {"请", "要", "须", "应", "务必", "并", NULL};
/* 报送X 或 提供X: verbs that hand a thing over without sending it (in order;
 * 每校选送班会照片2张，3月31日前报…: 选送 chooses what is sent; 各所推荐
 * 1至2件案例，报局执法大队: 推荐 names what is sent) */
static const char *const give_verbs[] = {"提供", "提交", "准备", "选送", "推荐", NULL};
/* 电子版发送至x@y.cn: where an electronic copy goes (tried in order) */
static const char *const sent_to[] = {"发送至", "发送到", "发至", "发到", NULL};
/* 以上材料报…: a sentence about all the things listed before it */
static const char *const the_above[] = {"以上材料", "上述材料", "以上报送材料", "以上信息", NULL};
/* 报X以便汇总, 报X备案: what ends the unit a thing is sent to (备案, for
 * the record: 报区教育局安全科备案, 报镇应急办备案; 审核, for review:
 * 报镇文化站审核) */
static const char *const recipient_ends[] = {"（", "，", "。", "以便", "；", "\n", "备案", "审核", NULL};
/* 0391-3356789转8012: what joins an extension to a phone number */
static const char *const extensions[] = {"转", "（分机", "分机", NULL};
/* 报X，同时抄送Y: a copy sent with the report (a closing 抄送： line is
 * the notice's own distribution, no duty) */
static const char *const copy_to[] = {"同时抄送", "并抄送", "抄送", NULL};
static const char *const send_to[] = {"至", "到", "给", NULL};
/* 电　话：X　　手　机：Y: two-character labels spaced out to a width */
static const char *const spaced_pair_labels[] = {"电话", "手机", "传真", "邮箱", "座机", "电邮", "地址", NULL};
/* 报给唐国华: of send_to, the word a person may follow */
static const char *const hand_to[] = {"给", NULL};
/* 参加知识产权宣传周…, not 全国知识产权宣传周… */
static const char *const before_name[] = {"报送", "参加", "提交", "的", "年", NULL};
/* 联系人：科学技术处 周晓丁，电话… */
static const char *const contact_name_ends[] = {"，", "（", "电话", "　", "：", " ", NULL};
static const char *const person_ends[] = {"，", "；", "。", "（", "：", " ", "电话", "联系电话", NULL};
/* 联系人：李华、王明；电话… / 局安全办　王建平　办公电话：…: the office's
 * phone label is no second person */
static const char *const contact_names_ends[] = {"；", "，", "）", "（", "。", "电话", "联系电话",
						 "办公电话", "办公室电话", NULL};
/* 发至街道志愿服务工作群 */
/* 发到本群: the group the message itself was sent to */
static const char *const chat_groups[] = {"工作群", "微信群", "钉钉群", "QQ群", "本群", NULL};
/* 负责收集本村照片，于…前统一交… / 镇科协负责汇总全镇活动开展情况，于…前报县科协 */
static const char *const gather_verbs[] = {"收集", "征集", "整理", "汇总", NULL};
/* 每天17:00前向局资源开发股报送: to whom, after 向 and before the verb */
static const char *const send_toward[] = {"向", NULL};
/* 局属各单位要明确一名联络员，与活动安排一并报送 */
static const char *const sent_together[] = {"一并报送", "一并上报", "一并报", NULL};
static const char *const together_with[] = {"与", "随", NULL};
/* the verb and count before a person a unit names (明确一名, 确定1名) */
static const char *const appoint[] = {"明确一名", "明确1名", "确定一名", "确定1名", "指定一名", "指定1名",
				      "明确", "确定", "指定", NULL};
/* 请于5月8日前将回执扫描件发送至…: a copy of the 回执 is the 回执 */
/* 注：本表请于4月10日前报送专班办公室: the form says when it is due */
static const char *const this_forms[] = {"本表", "此表", "该表", "本回执", "此回执", NULL};
static const char *const copy_forms[] = {"扫描件", "电子版", "电子文档", "复印件", NULL};
static const char *const by_mail[] = {"电子邮件", "邮箱", "电子版", "邮件", NULL};
/* 以上, 以下, 以及: a 以 that opens a word, not 以书面形式 (how a thing is sent) */
static const char *const yi_in_word[] = {"以上", "以下", "以内", "以外", "以及", "以来", NULL};
/* 传　真：0731-85591240 under 联系方式: a line of no person */
static const char *const number_names[] = {"传真", "电话", "手机", "座机", "热线", "联系电话", "办公电话",
					   "办公室电话", "值班电话", "单位电话", "固定电话", NULL};
/* 围绕“X”的活动主题: what follows a quotation that is the theme */
/* 将X报Y, 将X发送至Y, 报送X: the duty is written 报送X whatever the verb,
 * as the bundled readings write it (报送总结, 报送活动信息和图片) */
static const char *const duty_sent[] = {"报送", NULL};
/* 邀请专家授课，企业负责人参加: an invitation, no request to attend */
static const char *const not_asking[] = {"邀请", "申请", "聘请", NULL};
/* 8 / 总结报送 / …形成书面总结报X / 各责任单位 / 活动结束后5个工作日内: the
 * last row of a 任务分工表 is often the report, a deadline */
static const char *const report_tasks[] = {"总结报送", "总结上报", "报送总结", "上报总结", "总结报告", NULL};
static const char *const make_verbs[] = {"形成", "撰写", "整理", NULL};
/* 报县卫生健康局疾控股，各中小学校同时报县教育体育局: a second recipient */
static const char *const also_sent[] = {"同时报送", "同时上报", "同时报", NULL};

/* 报乡宣传办，由乡宣传办统一汇总报送县委国家安全委员会办公室: a clause
 * opening so is the recipient passing the thing on, not where the doers
 * send it */
static const char *const relay_openers[] = {"由", "再由", "并由", "后由", "然后由", NULL};
/* ，专班办公室汇总后报县局: a unit that gathers, then passes on */
/* ，我股统一整理后报市局: so too */
static const char *const relay_gathers[] = {"汇总后", "整理后", NULL};
/* 请各单位按下表要求报送, 各村要按以下要求报送材料：, 按下列时限: what points
 * at the table of what is due below; who owes its rows is named before */
static const char *const table_pointers[] = {"按照下表", "参照下表", "对照下表", "根据下表", "按下表", "下表",
					     "按照以下", "按以下", "按照下列", "按下列", "按如下", "下列", NULL};

/* 三、总结阶段 （一）活动总结。各单位于7月15日前将…总结报送…: how the
 * title of a stage's item ends that is only a report, a deadline */
static const char *const report_items[] = {"总结", "情况报送", "信息报送", "总结报送", "总结上报", NULL};
/* 内线8316: an internal line's label, a short number after it */
static const char *const internal_lines[] = {"内线电话：", "内线电话", "内线：", "内线", "分机号：", "分机号",
					    "分机：", "分机", NULL};

/* 区残联宣文科工作邮箱x@y, 疾控科电子邮箱（x@y）: the kind of mailbox
 * a unit's name is followed by */
static const char *const mailbox_kinds[] = {"工作", "电子", "专用", "公务", NULL};

/* 形成全区活动情况报告报市生态环境局, 填写《安排表》，于…前报Y: what is made
 * (or filled in) is the thing sent */
static const char *const made_then_sent[] = {"形成", "填写", "填报", NULL};
/* 各乡镇认真总结后形成X, 院办公室汇总形成X: what the making follows */
static const char *const made_after[] = {"后", "汇总", "整理", NULL};

/* 将总结通过内网邮件发送至X: the channel, no part of the thing */
static const char *const channel_ends[] = {"邮件", "邮箱", "系统", "平台", "传真", "OA", NULL};

/* 现将主要时间节点重申如下：…; 以上时间节点与正文不一致的，以正文为准: a
 * passage that says the deadlines again (严格把握时间节点 is none) */
static const char *const recaps[] = {"重申", "以正文为准", NULL};
/* 六、时间节点, 七、重要时间节点: a section so titled says them again */
static const char *const recap_sections[] = {"时间节点", NULL};
/* 活动总结报送时间调整为5月29日前: the time a thing is due by, named */
static const char *const due_time_names[] = {"的报送时间", "报送时间", "上报时间", "提交时间", "报送截止时间",
					     "截止时间", "报送截止日期", "截止日期", NULL};
/* 总结报送时间推迟到5月29日前: read with 报送 as its verb, the thing left is
 * 时间推迟, a time and no thing */
static const char *const due_time_rests[] = {"时间", "截止时间", "截止日期", NULL};

/* 报送1至2件案例至县局: the 至 of a count, no recipient after it */
static const char *const count_ranges[] = {"至", "到", NULL};

/* 注：X报县安委办，其余材料均报Y: the rows no other clause names */
static const char *const the_rest[] = {"其余", NULL};
/* 除X报县安委办外: the word that closes a clause setting rows apart */
static const char *const set_apart_closes[] = {"外", NULL};

const char *const *const wp_words_duties[WP_WORDS_COUNT] = {
	[WP_WORDS_CHANNEL_END] = channel_ends,
	[WP_WORDS_CONTACT_NAME] = contact_names,
	[WP_WORDS_CONTACT_PHONE] = contact_phones,
	[WP_WORDS_CONTACT_MAIL] = contact_mails,
	[WP_WORDS_CONTACT_IN_CHARGE] = contact_in_charge,
	[WP_WORDS_CONTACT_ANSWERS] = contact_answers,
	[WP_WORDS_PUT] = put_words,
	[WP_WORDS_DUTY_VERB] = duty_verbs,
	[WP_WORDS_PROMPTLY] = promptly,
	[WP_WORDS_SEND_MANNER] = send_manners,
	[WP_WORDS_SECOND_PHONE] = second_phones,
	[WP_WORDS_REQUEST] = requests,
	[WP_WORDS_GIVE] = give_verbs,
	[WP_WORDS_SENT_TO] = sent_to,
	[WP_WORDS_THE_ABOVE] = the_above,
	[WP_WORDS_EXTENSION] = extensions,
	[WP_WORDS_RECIPIENT_END] = recipient_ends,
	[WP_WORDS_PROMPTLY_TO] = promptly_to,
	[WP_WORDS_COPY_TO] = copy_to,
	[WP_WORDS_SEND_TO] = send_to,
	[WP_WORDS_HAND_TO] = hand_to,
	[WP_WORDS_SPACED_PAIR_LABEL] = spaced_pair_labels,
	[WP_WORDS_BEFORE_NAME] = before_name,
	[WP_WORDS_CONTACT_NAME_END] = contact_name_ends,
	[WP_WORDS_PERSON_END] = person_ends,
	[WP_WORDS_CONTACT_NAMES_END] = contact_names_ends,
	[WP_WORDS_BY_MAIL] = by_mail,
	[WP_WORDS_ARRIVAL] = arrival,
	[WP_WORDS_COLLECT] = collects,
	[WP_WORDS_HOW_OFTEN] = how_often,
	[WP_WORDS_ONCE_FOR_ALL] = once_for_all,
	[WP_WORDS_ASK_WITHOUT_WHO] = ask_without_who,
	[WP_WORDS_YI_IN_WORD] = yi_in_word,
	[WP_WORDS_CHAT_GROUP] = chat_groups,
	[WP_WORDS_GATHER] = gather_verbs,
	[WP_WORDS_SEND_TOWARD] = send_toward,
	[WP_WORDS_SENT_TOGETHER] = sent_together,
	[WP_WORDS_TOGETHER_WITH] = together_with,
	[WP_WORDS_APPOINT] = appoint,
	[WP_WORDS_THIS_FORM] = this_forms,
	[WP_WORDS_MAKE_THING] = make_things,
	[WP_WORDS_COPY_FORM] = copy_forms,
	[WP_WORDS_RECAP] = recaps,
	[WP_WORDS_RECAP_SECTION] = recap_sections,
	[WP_WORDS_DUE_TIME_NAME] = due_time_names,
	[WP_WORDS_DUE_TIME_REST] = due_time_rests,
	[WP_WORDS_NUMBER_NAME] = number_names,
	[WP_WORDS_DUTY_SENT] = duty_sent,
	[WP_WORDS_NOT_ASKING] = not_asking,
	[WP_WORDS_REPORT_TASK] = report_tasks,
	[WP_WORDS_MAKE_VERB] = make_verbs,
	[WP_WORDS_ALSO_SENT] = also_sent,
	[WP_WORDS_MAILBOX] = mailboxes,
	[WP_WORDS_RELAY] = relay_openers,
	[WP_WORDS_RELAY_GATHER] = relay_gathers,
	[WP_WORDS_TABLE_POINTER] = table_pointers,
	[WP_WORDS_REPORT_ITEM] = report_items,
	[WP_WORDS_MAILBOX_KIND] = mailbox_kinds,

	[WP_WORDS_INTERNAL_LINE] = internal_lines,
	[WP_WORDS_MADE_AFTER] = made_after,
	[WP_WORDS_MADE_THEN_SENT] = made_then_sent,
	[WP_WORDS_COUNT_RANGE] = count_ranges,
	[WP_WORDS_THE_REST] = the_rest,
	[WP_WORDS_SET_APART_CLOSE] = set_apart_closes,
};
