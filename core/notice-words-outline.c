/* notice-words-outline.c - the genre's words for the shape of a notice:
 * the names of its sections and headings, the columns of its tables, its
 * label lines and notes, the title and what it cites, the theme's marks,
 * and the chrome a web portal or a mail client puts around it.
 *
 * One of the files of plain word lists, each for what its words read;
 * notice-words.h says how to add a habit of the genre. */
#include "config.h"

#include <stddef.h>

#include "notice-words.h"

static const char *const activity_sections[] = {
	"重点活动", "具体活动", "活动内容", "活动方式", "活动安排", "主要活动",
	"活动项目", "具体安排", "工作安排", "重点工作", "主要内容", "宣传活动",
	"系列活动", "工作任务", "主要任务", "重点任务", "活动形式",
	/* 主题周安排, 宣传周安排: the weeks of a month-long campaign */
	"周安排", "日程",
	/* 五、活动说明（与进度图序号对应）: the blocks that explain a chart's rows */
	"活动说明",
	/* 五、责任清单: the tasks listed unit by unit, each unit's own */
	"责任清单", "任务清单", "工作清单", NULL};
/* 宣传活动要求, 活动时间 and the like are other sections */
static const char *const other_sections[] = {"要求", "保障", "时间", "主题", "领导", "机构", NULL};
/* 二、时间安排 over the dated events: a period's heading that may hold them */
static const char *const schedule_ends[] = {"安排", NULL};
/* 芷湾街道办事处制定了《…活动方案》: a post names the plan it tells of */
/* (not 印发, 出台: another body's plan, a parent's, is told so) */
static const char *const plans_made[] = {"制定了", "制定", NULL};
/* the kinds of the other sections, tried in the order of notice-words.h */
static const char *const period_sections[] = {"时间", "日期", NULL};
static const char *const theme_sections[] = {"主题", NULL};
/* 注意事项: what a work group's message asks minded, its requirements */
/* 【温馨提示】: a post's reminders to those coming */
static const char *const requirement_sections[] = {"要求", "保障", "措施", "注意事项", "温馨提示", NULL};
static const char *const committee_sections[] = {"领导", "机构", "组织", NULL};
/* 五、职责分工: a section that says, unit by unit, which activities each
 * leads and on which it cooperates */
static const char *const duty_sections[] = {"职责分工", "任务分工", "责任分工", "工作分工", "部门分工", "分工安排", "具体分工", NULL};
static const char *const portal_chrome[] = {"【字体", "【打印", "【关闭", "首页 >", "首页>", "分享到", NULL};
/* 收文处理笺 / 收文编号：… 来文单位：… 拟办意见：… / ———— / 正文: the form
 * an office's document system prints over a notice it received */
static const char *const receipt_slips[] = {"收文处理笺", "收文处理单", "收文办理单", "收文登记单", "收文阅办单",
					    "文件处理笺", "文件处理单", "文件阅办单", "公文处理笺", "公文处理单",
					    "来文处理单", "来文处理笺", "办文单", "阅办单", NULL};
static const char *const slip_bodies[] = {"正文", "【正文】", "正文：", "〔正文〕", NULL};
/* 单位⇥姓名⇥办公电话⇥手机⇥电子邮箱: the columns of a table of whom to call */
static const char *const contact_column_names[] = {"姓名", "联系人", NULL};
static const char *const contact_column_phones[] = {"办公电话", "联系电话", "电话", "手机", "手机号码", "座机",
						   "固定电话", NULL};
static const char *const contact_column_mails[] = {"电子邮箱", "邮箱", "电子邮件", NULL};
/* 根据X《…》: a cited plan */
static const char *const cites[] = {"依据", "根据", NULL};
/* 按照X《…》部署 cites too, but also rules and sayings (按照《…办法》) */
static const char *const follows[] = {"按照", NULL};
/* 某某市人民政府门户网站: the name of a web site that posts a notice */
static const char *const web_sites[] = {"网站", "政府网", NULL};
/* X活动方案, X工作要点: what a plan's title ends with */
static const char *const plan_kinds[] = {"方案", "安排", "计划", "工作要点", NULL};
/* 青桐街道…活动安排表: a sheet's title line, no notice's */
static const char *const sheet_kinds[] = {"安排表", NULL};
/* 关于开展X的通知, 关于印发《X》的通知: the verb before what a notice is about */
/* 关于研究部署X的会议纪要: minutes of the meeting that planned X */
static const char *const notice_verbs[] = {"印发", "研究部署", "部署", "联合开展", "组织开展", "开展", "联合举办", "举办", "做好", "筹备", NULL};
/* 活动一：X, 项目二：X: an item named by its kind (tried in order) */
static const char *const item_kinds[] = {"活动", "项目", NULL};
/* 现将有关事项通知如下: the end of a notice's preamble */
static const char *const preamble_ends[] = {"通知如下", "方案如下", NULL};
/* 按日期、活动内容、地点、责任单位顺序排列: the fields a one-line list's
 * heading may name, by what they hold */
static const char *const column_dates[] = {"日期", "时间", "活动时间", NULL};
static const char *const column_titles[] = {"活动内容", "活动名称", "内容", "名称", "活动", NULL};
static const char *const column_places[] = {"地点", "活动地点", NULL};
static const char *const column_units[] = {"责任单位", "承办单位", "牵头单位", "实施单位", "负责单位", "负责科室",
					   "负责部门", NULL};
/* 第一周（9月10日—16日）：X: the stages a campaign is run in */
static const char *const stages[] = {"周", "阶段", "天", NULL};
/* 一、活动时间 / 一、宣传时间: what heads the period, or labels it */
static const char *const period_headings[] = {"活动时间", "活动日期", "时间安排", "宣传时间", "宣传日期",
						/* a 专项行动 runs its 行动时间 */
						"行动时间", "实施时间", NULL};
static const char *const theme_headings[] = {"活动主题", "宣传主题", NULL};
/* 活动时间安排, 活动主题和口号, 宣传时间及地点: a section's name that goes on */
static const char *const heading_names_go_on[] = {"和", "及", "与", "、", "（", "(", "安排", "地点", "主题", "时间",
						  "：", ":", NULL};
static const char *const theme_marks[] = {"主题是“", "主题为“", "主题：“", "主题是：“", "主题为：“",
						 "主题确定为“", "主题定为“", NULL}; /* 今年…的主题确定为“X” */
/* 根据国家…《…》和省…: one cited plan's clause ends at the next */
static const char *const citation_ends[] = {"，", "。", "；", "和省", "及省", NULL};
/* 根据科技部等部门…的统一部署和贵州省科学技术厅《…》要求: a source that
 * names no document (a 部署, a 精神) and the next source after it */
static const char *const citation_no_document[] = {"部署和", "部署及", "部署以及", "精神和", "精神及",
						   "精神以及", "指示和", "指示及", NULL};
/* 三、接种服务活动, 二、集中宣传活动: the heading names its items by kind;
 * 活动时间, 活动目的 do not end so */
static const char *const activity_section_ends[] = {"活动", NULL};
/* 今年我院宣传活动主题为：拒绝烟草诱惑　守护健康未来。 */
static const char *const theme_colons[] = {"主题为：", "主题是：", NULL};
/* the header of the mail a notice was forwarded in */
static const char *const mail_headers[] = {"发件人：", "收件人：", "抄送：", "主题：", "发送时间：",
					   "发件时间：", "时间：", "日期：", "附件：", "From:", "Sent:", "To:", "Cc:",
					   "Subject:", "Date:", "Attachments:", NULL};
static const char *const mail_senders[] = {"发件人：", "收件人：", "From:", "To:", NULL};
/* 序号 姓名 职务 组内职务: the columns of a committee's table of persons */
static const char *const person_columns[] = {"姓名", NULL};
static const char *const post_columns[] = {"职务", "单位及职务", "工作单位及职务", "现任职务", "单位职务", NULL};
static const char *const group_role_columns[] = {"组内职务", "小组职务", "组内分工", "本组职务", "拟任职务", NULL};
/* 活动回执（见附件）: a pointer to the annex, no part of the thing's name
 * (回执（附件2） names the form, and stays) */
static const char *const see_annex[] = {"（见附件", "（详见附件", "（见附表", "（详见附表", "（见方案附件", NULL};
/* 各项活动的具体时间、地点和责任单位详见附件: the section's lead-in sends
 * the reader to the annex for what its items leave out */
static const char *const details_in_annex[] = {"详见附件", "见附件", "详见附表", "见附表", "附件所列", NULL};
/* …的具体时间、地点和责任单位详见附件, 活动安排见附件: the clause names the
 * activities' particulars (报名表见附件 names a form) */
static const char *const annex_particulars[] = {"具体", "安排", "时间", "地点", "责任单位", NULL};
/* 请各乡镇于5月19日组织…参加…培训会, 请于…前报名参加: an item asking for
 * people at an event, or for their names to enter one, is the event's */
static const char *const event_asked[] = {"报名", "举行", "举办", "召开", "组织", NULL};
/* 六、联系方式 / ◆咨询电话: a heading whose lines are the people to call */
static const char *const contact_sections[] = {"联系方式", "咨询电话", "联系电话", "联系人及电话",
					       "联系人及联系方式", NULL};
/* 关于调整2026年科技活动周部分活动安排的通知: a notice that revises an
 * earlier one (its items give new values: notice-revision.c) */
static const char *const revision_titles[] = {"调整", "变更", NULL};
/* 八、联系人: a numbered heading named for the person (a bare 联系人：
 * line is the label, read by notice-contacts.c) */
static const char *const contact_person_sections[] = {"联系人", "联系人员", "联系人名单", "联络员", "联络员名单",
						      "联络人", "联络人名单", NULL};
/* ◆活动主题: a mark a WeChat copy opens its headings with instead of a number */
static const char *const heading_marks[] = {"◆", "◇", "■", "□", "★", "☆", "▶", "►", NULL};
/* ▲活动一：X: a mark a post sets before its numbered items only; alone
 * (▲2025年…现场), it marks a photo's caption, no heading */
static const char *const item_marks[] = {"▲", "△", NULL};
/* 方案第四部分第（一）项: the plan's part four, item one (四.一) */
static const char *const plan_parts[] = {"部分", "大项", NULL};
/* 调整为县文化馆（新馆南广场铺装工程尚未完工）: the reason for a change */
static const char *const reason_marks[] = {"因", "由于", "尚未", "暂未", "未完工", "原因", NULL};
/* 报送事项 报送时间 报送对象 联系人 联系电话: the columns of a table of what
 * is due */
static const char *const duty_column_what[] = {"报送事项", "报送内容", "报送材料", "材料名称", "事项", NULL};
static const char *const duty_column_when[] = {"报送时间", "报送时限", "截止时间", "完成时限", "时间要求", NULL};
/* 联系处室: the office a row's material goes to, and is asked about */
static const char *const duty_column_to[] = {"报送对象", "接收单位", "接收处室", "接收科室", "报送至", "联系处室", "联系科室", NULL};
/* 报送单位 is who sends (各市县卫生健康委), not whom it is sent to */
static const char *const duty_column_who[] = {"报送单位", "报送主体", "责任单位", NULL};
static const char *const duty_column_how[] = {"报送方式", "报送形式", "报送途径", NULL};
static const char *const duty_column_name[] = {"联系人", NULL};
static const char *const duty_column_phone[] = {"联系电话", "电话", "联系方式", NULL};
/* 根据《…国防教育法》规定: what a law's or a rule's title ends with; no plan */
static const char *const law_kinds[] = {"法", "条例", "规定", "办法", "细则", NULL};
/* 原创　健康青榆　2026年04月10日, ▲点击上方蓝字, 阅读 1234: the lines a
 * WeChat account's page puts around an article (each opens one) */
static const char *const wechat_chrome[] = {"原创　", "原创 ", "▲点击", "▼长按", "［二维码］", "[二维码]",
					    "预览时标签不可点", "阅读 ", "在看 ", "写留言", "编辑：", "审核：",
					    "责编：", "微信号：", "点击蓝字", "分享　收藏", NULL};
/* 一、恳请贵单位按照方案分工，指派专人参与…: a cover's point that asks,
 * run on into its text, is no section's title */
static const char *const request_opens[] = {"恳请", "敬请", "烦请", NULL};
/* [图片]: what a copy of a post leaves where a picture was; ▲: what
 * opens the caption under it (▲2025年启动仪式现场) */
static const char *const pictures[] = {"[图片]", "［图片］", "【图片】", "[图]", NULL};
static const char *const caption_marks[] = {"▲", "△", NULL};
/* a line opening with one starts a block of its own in a copy's lines
 * (联系人：…, 牵头单位：…, 时间：…), whatever the line before it */
static const char *const block_openers[] = {"组委会",	"联系",	   "电话",	 "责任单位", "时间",
					    "主任单位", "成员单位", "组长单位", "副主任单位", "副组长单位",
					    "牵头单位", "配合单位", "地点",	 "活动时间", "活动地点",
					    /* a Markdown list's item */
					    "- ",
					    /* 另：4月15日下午4:00，…: one more entry after a list */
					    "另：", NULL};
/* 首页 > 政务公开 > …: a portal's breadcrumb, anywhere in its line */
static const char *const breadcrumbs[] = {"首页 >", "首页>", "首页 ＞", NULL};
/* 关于…的通知, …方案: a page line above a breadcrumb holding one is the
 * document's title, not the site's */
static const char *const title_words[] = {"关于", "通知", "方案", NULL};
/* ★“书香机关”读书沙龙 (标★的为重点活动): a key activity's mark */
static const char *const key_marks[] = {"★", "☆", "▲", NULL};
/* 集中开展以下专项执法活动，…: what a group's lead-in says its items are */
static const char *const below_kinds[] = {"活动", "行动", "工作", NULL};
/* 【镇政府】关于开展…的通知 各村（社区）…：: a title a message runs on from */
static const char *const title_ends[] = {"通知", "方案", "安排", "计划", NULL};
/* 注：1．… 2．…: the numbered lines of a note are the note's, not items */
static const char *const note_labels[] = {"注：", "注:", "备注：", "说明：", NULL};
/* "备注：…" over a shared sheet's width: its note, or its reminder */
static const char *const sheet_notes[] = {"注：", "注:", "备注：", "备注:", "说明：", "说明:", "温馨提示：",
					  "特别提醒：", "注意事项：", NULL};
/* 县委统战部/民族宗教事务局: an office's second name (挂牌) ends so */
static const char *const office_ends[] = {"局", "办公室", "委员会", "办", NULL};
/* •, –: the bullets a deck's outline writes (not a document's - or ·) */
static const char *const slide_bullets[] = {"•", "–", "▪", "◦", NULL};
/* 知识产权主题图书展（续）: a schedule's row going on with an event listed
 * on an earlier day */
/* 11:30-14:00　午餐及休息（园区职工食堂）: an agenda's line at a place that
 * is no session (what opens it) */
static const char *const agenda_breaks[] = {"签到", "午餐", "午休", "休息", "用餐", "就餐", "茶歇", "合影", "入场",
					    "散会", "返程", "集合", NULL};
/* 待定, 各单位自行安排: a week timetable's cell kept for no activity */
static const char *const grid_fillers[] = {"待定", "自行安排", "另行安排", "另行通知", "机动", "无安排", NULL};
static const char *const goes_on_marks[] = {"（续）", "(续)", "（接上）", NULL};
/* ●癌症是可以预防的。: a point set off by a bullet */
static const char *const point_bullets[] = {"●", "•", "○", "▪", "◎", "·", NULL};
/* 三、宣传重点: the points the campaign publicises, not activities */
/* 宣传周期间，重点宣传三个方面：一是…, 宣传上突出三个重点：一是…: the
 * focuses told in prose before the parts it numbers */
static const char *const focus_lead_ins[] = {"重点", NULL};
/* 附件：无 (an office system's field): no annex */
static const char *const no_annexes[] = {"无", "暂无", "无附件", "（无）", NULL};
static const char *const focus_lead_in_deeds[] = {"宣传", "宣讲", "普及", "科普", NULL};
static const char *const focus_sections[] = {"宣传重点", "宣传要点", "重点宣传内容", "宣传内容和重点",
					     /* what a campaign teaches or promotes first */
					     "教育重点", "宣传教育重点", "宣传推介重点", "推介重点", "普法重点",
					     "科普重点", "宣讲重点", "活动重点",
					     /* 四、宣传内容 1.…；2.…: what is taught, itemised */
					     "宣传内容", NULL};
/* 三、活动安排 （一）总体安排 （二）重点活动 1.…7.: the overview of what
 * every unit does, beside the sub-heading over the items */
static const char *const overview_headings[] = {"总体安排", "总体部署", "总体要求", NULL};
/* （一）集中宣传方面。一是…二是…: a field of work, whose parts are the
 * activities */
static const char *const group_title_ends[] = {"方面", "方面工作", NULL};
static const char *const same_as_above[] = {"同上", "同前", NULL};
/* 同左: in a grid of days, the activity of the day before goes on */
static const char *const same_as_left[] = {"同左", "同前日", "续前", NULL};
/* 全周：X: a grid's cell merged over all its days */
static const char *const whole_spans[] = {"全周", "整周", "每天", "每日", "活动周期间", NULL};
/* 6月19日（周五） 镇政府值班室 周海燕。: a roster's line, no event's */
static const char *const rosters[] = {"值班", "值守", "带班", NULL};
/* 随活动方案一并报送: a due row's time that is another row's */
static const char *const due_with[] = {"一并", "随", "同时报送", "另行通知", NULL};
/* 全县集中开展以下活动：1、…；2、…: a colon that opens a message's activities
 * run on (参加人员：1、… or 有关要求如下：1、… opens no activity) */
static const char *const items_announced[] = {"以下活动", "如下活动", "系列活动", "活动如下",
					      /* 具体安排如下, 现安排如下 */
					      "安排如下", NULL};
/* 活动时间：…。具体安排：1、9/15上午…: a message's lead-in, of activities
 * only when its first item opens with a day (not 1、9:00领导讲话, a
 * programme, or 1、参加人员：…, one event's details) */
static const char *const items_announced_dated[] = {"具体安排", "活动安排", "具体活动", NULL};
/* 现将宣传周工作安排如下：: a lead-in that speaks of activities */
static const char *const activity_talk[] = {"活动", "宣传", NULL};
/* 值班安排如下：1、…: a roster of who is on duty, no activities */
static const char *const not_announced[] = {"值班安排如下", "带班安排如下", "值守安排如下", NULL};
/* 本次活动以“X”为主题，聚焦…: so too */
static const char *const theme_after_quote[] = {"”的活动主题", "”的宣传主题", "”的主题", "”活动主题", "”宣传主题",
						"”为主题", NULL};
/* 星期一 / 上午9:30，…开幕式。 / 同日起，在县图书馆开放…展: a paragraph
 * that opens on the day of the heading it stands under */
static const char *const heading_days[] = {"同日起", "同日", "当日起", "当天起", NULL};
/* 在区融媒体中心演播厅录制“…”专题访谈节目: the event a clause's verb makes */
static const char *const clause_verbs[] = {"录制", "推出", "开设", NULL};
/* 3️⃣天后, 5️⃣月1️⃣6️⃣日: a count or a date in keycaps, no item's number (not
 * 场, 周: 2️⃣场馆开放日, 3️⃣周末科普课堂 are items) */
static const char *const keycap_counts[] = {"天", "月", "日", "年", "个", "次", "人", "名", "小时", "分钟", "号", NULL};
/* …and what follows the word in a count (3️⃣天后, 2️⃣个月内); a date's next
 * keycap digit is looked for besides */
static const char *const keycap_count_after[] = {"后", "前", "内", "以后", "之后", "以内", NULL};
/* （三）总结提升阶段（6月22日至30日） / …；本阶段内，通过…开展…: the stage's days */
static const char *const stage_spans[] = {"本阶段内", "本阶段", "该阶段内", "此阶段", NULL};
/* 另外，质量月期间，各村要…: the paragraph turns from the activity it told */
static const char *const asides[] = {"另外", "此外", NULL};
/* 时间地点：5月29日（星期五）上午9:00，县人民广场: one label for both */
static const char *const when_where_labels[] = {"时间地点：", "时间、地点：", "时间及地点：", "时间和地点：",
						"时间/地点：", "活动时间地点：", "活动时间及地点：", NULL};
/* 为深入贯彻落实省消安委办《关于开展…活动的通知》部署: a plan carried
 * out cites a higher one, but only a notice (贯彻落实 also carries out
 * standing policy: 《…规划》, 《…行动方案》, 关于…的意见) */
static const char *const carry_outs[] = {"贯彻落实", NULL};
static const char *const cited_notice_kinds[] = {"通知", NULL};

/* 地点由旗那达慕会场综合馆改为旗第一中学报告厅, 时间调整为5月22日: a
 * revision notice's verbs; the value after them replaces the one before */
static const char *const changed_to[] = {"改为", "调整为", "变更为", "更改为", "调整至", "改至", "调整到", "改到",
					 "变更至", "延至", "延长至", "延长到", NULL};
/* 牵头单位：旗科技局（不变）, “科普中国”线上知识竞答（新增活动）: a
 * revision notice's remark on a value or an item, not part of it */
static const char *const revision_remarks[] = {"（不变）", "（保持不变）", "（不作调整）", "（未调整）", "（新增活动）",
					       "（新增）", NULL};

/* 三、取消的活动 / 1．自行车骑行赛（原定8月15日）: a revision notice's
 * section of the items that will not be held, which are no activities */
static const char *const cancel_sections[] = {"取消的活动", "取消活动", "取消举办的活动", "停办的活动",
					      "停止举办的活动", "取消的项目", "取消项目", NULL};

/* …本单位科技活动周活动安排 | 及联络员名单报…: a conjunction opens no
 * paragraph, so a line opened by one is the rest of the line before */
static const char *const cut_conjunctions[] = {"及", "以及", "并", NULL};
/* …本通知第五部分第 | （四）项活动: a line that ends so is cut inside an
 * ordinal; what follows goes on it */
static const char *const cut_inside[] = {"第", NULL};
/* 时间：4月22日至 | 4月26日, 上午9时至 | 11时30分, 周一至 | 周五: a line ending
 * on a range's 至 after a day, an hour or a weekday (or a digit, or a
 * day's dash) is cut inside the range (not 夏至, 冬至: a term's name) */
static const char *const range_to_after[] = {"日至", "月至", "号至", "）至", "起至", "时至", "点至", "分至",
					    "一至", "二至", "三至", "四至", "五至", "六至",
					    /* 时间：4月22日— | 4月26日 */
					    "日—", "日－", "日～", "日~", NULL};
/* the last characters of those, looked at first */
static const char *const range_mark_ends[] = {"至", "—", "－", "～", "~", NULL};
/* 12.4 国家宪法日，在各社区…: a date written with a dot before the name
 * of the day it is, no item numbered by its stage */
static const char *const day_name_ends[] = {"日", "节", NULL};
/* 以上活动由县知识产权局统一协调，各乡镇协助。: said of all the entries
 * above, not of the last one */
static const char *const all_above[] = {"以上", "上述", "上列", NULL};
/* 5月28日前，各单位报送总结: every unit addressed, which a recap names
 * where the body names them one by one */
static const char *const all_units[] = {"各单位", "各有关单位", "各相关单位", "有关单位", "各部门", NULL};
/* 原正式文件（鹿街办〔2026〕9号）同时废止: the document this one replaces */
static const char *const former[] = {"原", NULL};
/* 方案已研究通过，正式文件（鹿街办〔2026〕17号）已下发: the words before a
 * document number in brackets that make it the pasted document's own */
static const char *const own_docs[] = {"正式文件", "正式印发文件", NULL};
/* ①健康小屋：指设在…的场所: a page's footnote says what its word means */
static const char *const note_defines[] = {"：指", "是指", "系指", NULL};
/* “健康小屋”①, 《办法》①: a footnote's mark after a closing mark */
static const char *const word_closers[] = {"”", "》", "）", "」", NULL};
/* END / 往期推荐 / 阅读原文: a line of nothing but one ends a WeChat
 * post's article; the page's links and buttons follow it */
static const char *const wechat_foot[] = {"END", "往期推荐", "往期回顾", "推荐阅读", "阅读原文", NULL};
/* 原创　云湖生态环境　2026年08月04日: the post's byline, under the
 * account's name */
static const char *const wechat_byline[] = {"原创", NULL};

/* 现将X《Y》转发给你们: a notice that passes a higher one on */
static const char *const forwards[] = {"转发给你们", "转发给你单位", "转发给各", "转发你们", NULL};

/* 第三条　“六五环境日”主场宣传活动。…, 第一章　总则: a plan drafted like
 * regulations numbers its top headings as articles (and chapters over
 * them) */
/* 第三条　X, 第二章　X, 第四部分⇥活动安排: a section's number */
static const char *const article_units[] = {"条", "章", "部分", NULL};

/* 第三条规定的…, 第五条之一: a sentence citing an article, no heading */
static const char *const article_cited[] = {"规定", "的", "之", "所称", "第", NULL};
/* 一、预热阶段（6月20日—7月5日）, 二、第二阶段：集中整治（…）: a top heading
 * naming a stage of the campaign, with the stage's dates */
static const char *const stage_names[] = {"阶段", NULL};

/* the section names of a campaign plan, whole: a bare line reading one
 * heads its section where the copy lost the numbers (notice-outline-bare.c) */
static const char *const bare_sections[] = {
	"指导思想", "活动目标", "活动目的", "工作目标", "活动主题", "宣传主题", "活动时间", "活动日期",
	"宣传时间", "活动地点", "参加对象", "参与对象", "活动对象", "组织领导", "组织机构", "宣传重点",
	"宣传内容", "活动内容", "重点活动", "主要活动", "具体活动", "活动安排", "具体安排", "活动形式",
	"实施步骤", "工作步骤", "工作要求", "有关要求", "活动要求", "保障措施", "职责分工", "联系方式",
	"几点要求", "具体要求", "相关要求", "其他要求", "注意事项", "有关事项", "其他事项", "具体分工", "组织分工", "工作分工", NULL};

/* a row of fields in one item's line, headerless (12月1日｜宪法知识进校园｜…) */
static const char *const field_bars[] = {"｜", "│", NULL};
/* · 时间：, • 地点：, ▪ 负责：: a post sets its fields off with a bullet */
static const char *const count_measures[] = {"个", "名", "家", "所", "项", "场", "次", "人", "万", "余", "多",
					    "支", "批", "件", "月", "日", "年", "周", "天", "小时", "分钟", NULL};
static const char *const pass_on[] = {"转发", "印发", NULL};
static const char *const campaign_words[] = {"宣传周", "宣传月", "活动", NULL};
static const char *const when_label_tails[] = {"时间", "日期", NULL};
static const char *const contents_heads[] = {"目录", "目次", "CONTENTS", "Contents", NULL};
/* a slide's labels, alone over their values (spaces inside taken out) */
static const char *const deck_labels[] = {"工作依据", "宣传主题", "活动主题", "主题", "宣传时间", "活动时间",
					  "时间", "地点", "活动地点", "牵头单位", "主办单位", "承办单位",
					  "协办单位", "责任单位", "配合单位", "成员单位", "办公室", NULL};
static const char *const deck_roles[] = {"组长", "副组长", "主任", "副主任", NULL};
static const char *const deck_members[] = {"成员", "组员", NULL};
/* ▍时间：, ▶　责任：: a slide's bar or arrow before a label too */
/* • 活动时间：…, 	– 4月26日为…: a slide's bullets, first and second level */
static const char *const deck_bullets[] = {"•", "–", "▪", "◦", "·", "‧", "- ", NULL};
static const char *const field_bullets[] = {"·", "•", "▪", "◦", "‧", "・", "- ", "▍", "▌", "▎", "▶", "►", "▸", "➤", NULL};
/* 现将X《Y》转发给你们, 特将…: the words that open the plan a
 * forwarding notice passes on */
static const char *const forward_openers[] = {"现将", "特将", "现把", NULL};
static const char *const faq_questions[] = {"问", "一问", "Q", "q", "问题", NULL};
static const char *const faq_contacts[] = {"找谁咨询", "向谁咨询", "咨询谁", "联系谁", "找谁联系", "与谁联系",
					      "联系方式", "咨询电话", "联系电话", NULL};
static const char *const faq_answers[] = {"答", "一答", "A", "a", "解答", "回答", NULL};

/* 01 启动仪式　▲　●　→: the marks a Gantt chart's row puts in its week
 * columns (single day, running on, to the month's end) */
static const char *const chart_marks[] = {"▲", "●", "→", "■", "★", "△", "○", NULL};

/* ------------------ 原始邮件 ------------------ / -----Original Message-----:
 * the rule a mail client sets above the message it forwards */
static const char *const mail_separators[] = {"原始邮件", "Original Message", "转发邮件", "转发的邮件",
					      "Forwarded message", NULL};

/* 安农发〔2026〕42号, 〔2026〕第17期: what a document number ends with; a
 * meeting's minutes are numbered by issue (期) */
static const char *const doc_number_ends[] = {"号", "期", NULL};
/* 关于筹备X的会议纪要: what a minutes' subject line ends with (longest first) */
static const char *const minutes_kinds[] = {"的专题会议纪要", "的会议纪要", "专题会议纪要", "会议纪要", "的纪要", "纪要", NULL};
/* 三、关于主场庆祝活动: the word a minutes' item heading opens with */
static const char *const about_headings[] = {"关于", NULL};
/* 11月30日 16:05　发送人：团区委 陈晓蕾: a message's header in a work
 * group's thread (钉钉, 企业微信) copied out; a second one starts a later
 * message of the same sender */
static const char *const thread_senders[] = {"发送人：", "发送人:", "发布人：", "发布人:", NULL};
/* —— 以下为群内回复 ——: the members' replies (鹭岛街道团工委：1, 收到)
 * run from here to the next message */
static const char *const thread_replies[] = {"以下为群内回复", "以下为群回复", "以下为回复", "群内回复如下",
					     "群成员回复", NULL};
/* 集合时间提前至上午8:00, 推迟到下午3:00: a time moved in a later message */
/* 补充通知（5月7日）：…, 更正：…: a note added under a notice */
/* 更新说明：“安全生产月”宣传咨询日活动时间由…: what ends the name after its quote */
static const char *const name_rest_ends[] = {"活动", "时间", "地点", "由", "，", "。", "；", NULL};
static const char *const supplements[] = {"补充通知", "补充说明", "更正说明", "更正通知", "更新说明", "更正：", "补充：", "更新：", NULL};
/* 关于调整…部分活动安排的补充通知: a notice that amends a plan (sent with it
 * in its annex, notice-supplement.c), and the words of its amendments */
static const char *const amending_titles[] = {"补充通知", "关于调整", "关于变更", "关于更改", "调整通知", "变更通知", NULL};
static const char *const cancel_items[] = {"取消", "撤销", NULL};
static const char *const original_plans[] = {"原方案", "原通知", "原活动方案", "原实施方案", NULL};
static const char *const add_items[] = {"增加", "新增", "增设", "增补", NULL};
static const char *const as_items[] = {"作为", "列为", "列入", NULL};
static const char *const contacts_replaced[] = {"联系人调整为", "联系人变更为", "联系人更换为", "联系人改为",
						"联络人调整为", "联络员调整为", "联络员变更为", NULL};
static const char *const duties_lifted[] = {"不再执行", "不再报送", "无需再报送", "不再另行报送", NULL};
static const char *const contacts_from[] = {"联系人由", "联络人由", "联络员由", NULL};
static const char *const as_before[] = {"仍按原方案", "按原方案要求", "仍按原通知", "按原通知要求", NULL};
static const char *const shifted_to[] = {"提前至", "提前到", "推迟至", "推迟到", "延后至", "延后到", "顺延至",
					 "延期至", NULL};

/* 汶溪县人民政府关于同意《X方案》的批复: a superior's reply approving a plan
 * names it as a notice's subject line does */
static const char *const reply_kinds[] = {"的批复", "批复", NULL};

/* 一、原则同意《方案》, 二、同意活动主题为…，活动时间为…: a reply's headings
 * are its decisions, what it approves of the plan */
static const char *const approve_opens[] = {"原则同意", "同意", NULL};

/* （台账各栏依次为：序号，工作内容，…）: the words that lead a legend
 * naming a one-line-a-row table's columns in order */
static const char *const legend_leads[] = {"依次为", "分别为", "依次是", "分别是", "顺序为", NULL};
/* 进展情况, 进度: a ledger's or a sheet's column of how a row stands, its dates no
 * activity's (已于11月20日完成…) */
static const char *const progress_columns[] = {"进展情况", "推进情况", "完成情况", "落实情况", "工作进展",
					       "进度情况", "进展", "进度", NULL};

/* 《X方案.doc》由会员分享，可在线阅读，更多相关《X(3页珍藏版)》请在…上搜索。 /
 * 下载文档前请自行甄别… / 如文档侵犯您的权益，请联系客服… / 时间:11-14编辑:佚名:
 * a document-sharing site's lines around the document it shows, each
 * phrase the site's own wherever in a line */
static const char *const docsite_phrases[] = {"由会员分享", "珍藏版)》", "珍藏版）》", "下载文档前请自行甄别",
					       "平台不提供额外的编辑", "如文档侵犯您的权益", "人工客服工作时间",
					       "编辑:佚名", "编辑：佚名", NULL};
/* (not 可在线阅读, 请联系客服: a notice may write them of its own service) */
/* 附件：X关于…的通知.pdf: an attached file named with its extension */
static const char *const file_extensions[] = {".pdf", ".PDF", ".doc", ".docx", ".DOC", ".DOCX", ".xls", ".xlsx",
					      ".XLS", ".XLSX", ".wps", ".ofd", ".zip", ".rar", ".et", NULL};
/* 上一篇：X / 下一篇：Y / 分享到 / 合集下载 / 浏览次数：: a page's links
 * and counts, a line opening so */
static const char *const docsite_openers[] = {"上一篇", "下一篇", "分享到", "合集下载", "浏览次数", NULL};
/* 【23xiu.com-爱上秀-教育信息门户网】: a site's name with its address */
static const char *const site_domains[] = {".com", ".cn", ".net", ".org", NULL};
/* 1、X… 2、…: the mark after a page chunk's number in a site's text layer */
static const char *const chunk_marks[] = {"、", NULL};
/* where a sentence (or a heading's label) ends: a chunk ending otherwise
 * was cut in the middle of one */
static const char *const sentence_ends[] = {"。", "；", ";", "！", "!", "？", "?", "：", ":", "）", ")", "”", "」", "》", NULL};
/* 20xx年, xx月xx日, XX县, ××镇: a template's blanks */
static const char *const blank_marks[] = {"x", "X", "×", "Ｘ", "ｘ", NULL};
/* what a blank stands for: a date's part (20xx年, xx月xx日, x时) or a
 * region's (XX县, ××镇, XX街道) */
static const char *const blank_units[] = {"年", "月", "日", "时", "点", "分", "省", "市", "县", "区", "镇", "乡", "街道", "村",
					  "社区", NULL};

/* 【通知】 atop a message sent to a work group: what kind of message it is */
static const char *const message_tags[] = {"通知", "紧急通知", "重要通知", "通告", "公告", "提醒", "温馨提示",
					   "工作提示", "工作提醒", NULL};

/* 为…，区卫生健康局制定本方案: the words after the unit that made the plan */
static const char *const plan_made[] = {"特制定本方案", "制定本方案", "制定此方案", "特制定如下方案", "制定如下方案",
					"特制定本活动方案", "制定本活动方案", NULL};

/* …进园区活动方案: what ends a plan's title (tried in order) */
static const char *const plan_words[] = {"实施方案", "工作方案", "方案", NULL};

/* 开展情况: how an event went, a noun after the verb */
static const char *const how_it_went[] = {"情况", NULL};
/* 宣传重点和活动安排: a heading naming activities besides its focuses */
static const char *const events_words[] = {"活动", NULL};
/* 活动安排如下：, alone on its line: a section's name with what follows */
static const char *const as_follows[] = {"如下", NULL};
/* ①… ④… / 另：4月15日下午4:00，…: one more entry after a list */
static const char *const one_more[] = {"另：", NULL};
/* 另：4月22日为备用日期，如遇雨天…顺延至该日举行 */
static const char *const reserve_days[] = {"备用日", "备用时间", "顺延", NULL};

const char *const *const wp_words_outline[WP_WORDS_COUNT] = {
	[WP_WORDS_PLAN_WORD] = plan_words,
	[WP_WORDS_PLAN_MADE] = plan_made,
	[WP_WORDS_MESSAGE_TAG] = message_tags,
	[WP_WORDS_ACTIVITY_SECTION] = activity_sections,
	[WP_WORDS_OTHER_SECTION] = other_sections,
	[WP_WORDS_SCHEDULE_END] = schedule_ends,
	[WP_WORDS_PLAN_TOLD_MADE] = plans_made,
	[WP_WORDS_PERIOD_SECTION] = period_sections,
	[WP_WORDS_THEME_SECTION] = theme_sections,
	[WP_WORDS_REQUIREMENT_SECTION] = requirement_sections,
	[WP_WORDS_COMMITTEE_SECTION] = committee_sections,
	[WP_WORDS_PORTAL_CHROME] = portal_chrome,
	[WP_WORDS_RECEIPT_SLIP] = receipt_slips,
	[WP_WORDS_SLIP_BODY] = slip_bodies,
	[WP_WORDS_CITE] = cites,
	[WP_WORDS_FOLLOW] = follows,
	[WP_WORDS_WEB_SITE] = web_sites,
	[WP_WORDS_PLAN_KIND] = plan_kinds,
	[WP_WORDS_SHEET_KIND] = sheet_kinds,
	[WP_WORDS_NOTICE_VERB] = notice_verbs,
	[WP_WORDS_ITEM_KIND] = item_kinds,
	[WP_WORDS_SUPPLEMENT] = supplements,
	[WP_WORDS_AMENDING_TITLE] = amending_titles,
	[WP_WORDS_CANCEL_ITEM] = cancel_items,
	[WP_WORDS_ORIGINAL_PLAN] = original_plans,
	[WP_WORDS_ADD_ITEM] = add_items,
	[WP_WORDS_AS_ITEM] = as_items,
	[WP_WORDS_CONTACT_REPLACED] = contacts_replaced,
	[WP_WORDS_CONTACT_FROM] = contacts_from,
	[WP_WORDS_AS_BEFORE] = as_before,
	[WP_WORDS_DUTY_LIFTED] = duties_lifted,
	[WP_WORDS_NAME_REST_END] = name_rest_ends,
	[WP_WORDS_PREAMBLE_END] = preamble_ends,
	[WP_WORDS_COLUMN_DATE] = column_dates,
	[WP_WORDS_COLUMN_TITLE] = column_titles,
	[WP_WORDS_COLUMN_PLACE] = column_places,
	[WP_WORDS_COLUMN_UNITS] = column_units,
	[WP_WORDS_STAGE] = stages,
	[WP_WORDS_THEME_MARK] = theme_marks,
	[WP_WORDS_CITATION_END] = citation_ends,
	[WP_WORDS_CONTACT_SECTION] = contact_sections,
	[WP_WORDS_CONTACT_PERSON_SECTION] = contact_person_sections,
	[WP_WORDS_REVISION_TITLE] = revision_titles,
	[WP_WORDS_HEADING_MARK] = heading_marks,
	[WP_WORDS_DUTY_COLUMN_WHAT] = duty_column_what,
	[WP_WORDS_DUTY_COLUMN_WHEN] = duty_column_when,
	[WP_WORDS_DUTY_COLUMN_TO] = duty_column_to,
	[WP_WORDS_DUTY_COLUMN_NAME] = duty_column_name,
	[WP_WORDS_DUTY_COLUMN_PHONE] = duty_column_phone,
	[WP_WORDS_DUTY_COLUMN_WHO] = duty_column_who,
	[WP_WORDS_DUTY_COLUMN_HOW] = duty_column_how,
	[WP_WORDS_CONTACT_COLUMN_NAME] = contact_column_names,
	[WP_WORDS_CONTACT_COLUMN_PHONE] = contact_column_phones,
	[WP_WORDS_CONTACT_COLUMN_MAIL] = contact_column_mails,
	[WP_WORDS_LAW_KIND] = law_kinds,
	[WP_WORDS_WECHAT_CHROME] = wechat_chrome,
	[WP_WORDS_ACTIVITY_SECTION_END] = activity_section_ends,
	[WP_WORDS_THEME_COLON] = theme_colons,
	[WP_WORDS_MAIL_HEADER] = mail_headers,
	[WP_WORDS_MAIL_SENDER] = mail_senders,
	[WP_WORDS_PERSON_COLUMN] = person_columns,
	[WP_WORDS_POST_COLUMN] = post_columns,
	[WP_WORDS_GROUP_ROLE_COLUMN] = group_role_columns,
	[WP_WORDS_SEE_ANNEX] = see_annex,
	[WP_WORDS_DETAILS_IN_ANNEX] = details_in_annex,
	[WP_WORDS_ANNEX_PARTICULARS] = annex_particulars,
	[WP_WORDS_EVENT_ASKED] = event_asked,
	[WP_WORDS_BLOCK_OPENER] = block_openers,
	[WP_WORDS_BREADCRUMB] = breadcrumbs,
	[WP_WORDS_TITLE_WORD] = title_words,
	[WP_WORDS_NOTE_LABEL] = note_labels,
	[WP_WORDS_GOES_ON_MARK] = goes_on_marks,
	[WP_WORDS_AGENDA_BREAK] = agenda_breaks,
	[WP_WORDS_GRID_FILLER] = grid_fillers,
	[WP_WORDS_ITEMS_ANNOUNCED_DATED] = items_announced_dated,
	[WP_WORDS_THEME_AFTER_QUOTE] = theme_after_quote,
	[WP_WORDS_FOCUS_SECTION] = focus_sections,
	[WP_WORDS_FOCUS_LEAD_IN] = focus_lead_ins,
	[WP_WORDS_NO_ANNEX] = no_annexes,
	[WP_WORDS_FOCUS_LEAD_IN_DEED] = focus_lead_in_deeds,
	[WP_WORDS_POINT_BULLET] = point_bullets,
	[WP_WORDS_OVERVIEW_HEADING] = overview_headings,
	[WP_WORDS_GROUP_TITLE_END] = group_title_ends,
	[WP_WORDS_SAME_AS_ABOVE] = same_as_above,
	[WP_WORDS_SAME_AS_LEFT] = same_as_left,
	[WP_WORDS_WHOLE_SPAN] = whole_spans,
	[WP_WORDS_ROSTER] = rosters,
	[WP_WORDS_DUE_WITH] = due_with,
	[WP_WORDS_ITEMS_ANNOUNCED] = items_announced,
	[WP_WORDS_ITEM_MARK] = item_marks,
	[WP_WORDS_PLAN_PART] = plan_parts,
	[WP_WORDS_REASON_MARK] = reason_marks,
	[WP_WORDS_HEADING_DAY] = heading_days,
	[WP_WORDS_CLAUSE_VERB] = clause_verbs,
	[WP_WORDS_STAGE_SPAN] = stage_spans,
	[WP_WORDS_KEYCAP_COUNT] = keycap_counts,
	[WP_WORDS_KEYCAP_COUNT_AFTER] = keycap_count_after,
	[WP_WORDS_ASIDE] = asides,
	[WP_WORDS_PERIOD_HEADING] = period_headings,
	[WP_WORDS_THEME_HEADING] = theme_headings,
	[WP_WORDS_DUTY_SECTION] = duty_sections,
	[WP_WORDS_WHEN_WHERE_LABEL] = when_where_labels,
	[WP_WORDS_CARRY_OUT] = carry_outs,
	[WP_WORDS_CITED_NOTICE_KIND] = cited_notice_kinds,
	[WP_WORDS_CHANGED_TO] = changed_to,
	[WP_WORDS_REVISION_REMARK] = revision_remarks,
	[WP_WORDS_CANCEL_SECTION] = cancel_sections,
	[WP_WORDS_CITATION_NO_DOCUMENT] = citation_no_document,
	[WP_WORDS_CUT_CONJUNCTION] = cut_conjunctions,
	[WP_WORDS_CUT_INSIDE] = cut_inside,
	[WP_WORDS_RANGE_CUT] = range_to_after,
	[WP_WORDS_RANGE_MARK_END] = range_mark_ends,
	[WP_WORDS_DAY_NAME_END] = day_name_ends,
	[WP_WORDS_ALL_ABOVE] = all_above,
	[WP_WORDS_ALL_UNITS] = all_units,
	[WP_WORDS_FORMER] = former,
	[WP_WORDS_OWN_DOC] = own_docs,
	[WP_WORDS_NOTE_DEFINES] = note_defines,
	[WP_WORDS_WORD_CLOSER] = word_closers,
	[WP_WORDS_WECHAT_FOOT] = wechat_foot,
	[WP_WORDS_PICTURE] = pictures,
	[WP_WORDS_REQUEST_OPEN] = request_opens,
	[WP_WORDS_CAPTION_MARK] = caption_marks,
	[WP_WORDS_WECHAT_BYLINE] = wechat_byline,
	[WP_WORDS_FORWARD] = forwards,
	[WP_WORDS_ARTICLE_UNIT] = article_units,
	[WP_WORDS_ARTICLE_CITED] = article_cited,
	[WP_WORDS_STAGE_NAME] = stage_names,
	[WP_WORDS_HEADING_NAME_GOES_ON] = heading_names_go_on,
	[WP_WORDS_FILE_EXTENSION] = file_extensions,
	[WP_WORDS_BARE_SECTION] = bare_sections,
	[WP_WORDS_KEY_MARK] = key_marks,
	[WP_WORDS_BELOW_KIND] = below_kinds,
	[WP_WORDS_NOT_ANNOUNCED] = not_announced,
	[WP_WORDS_ACTIVITY_TALK] = activity_talk,
	[WP_WORDS_TITLE_END] = title_ends,
	[WP_WORDS_FIELD_BAR] = field_bars,
	[WP_WORDS_COUNT_MEASURE] = count_measures,
	[WP_WORDS_PASS_ON] = pass_on,
	[WP_WORDS_CAMPAIGN_WORD] = campaign_words,
	[WP_WORDS_WHEN_LABEL_TAIL] = when_label_tails,
	[WP_WORDS_CONTENTS_HEAD] = contents_heads,
	[WP_WORDS_DECK_LABEL] = deck_labels,
	[WP_WORDS_DECK_ROLE] = deck_roles,
	[WP_WORDS_DECK_MEMBERS] = deck_members,
	[WP_WORDS_FIELD_BULLET] = field_bullets,
	[WP_WORDS_DECK_BULLET] = deck_bullets,
	[WP_WORDS_SLIDE_BULLET] = slide_bullets,
	[WP_WORDS_SHEET_NOTE] = sheet_notes,
	[WP_WORDS_OFFICE_END] = office_ends,
	[WP_WORDS_FORWARD_OPENER] = forward_openers,
	[WP_WORDS_CHART_MARK] = chart_marks,

	[WP_WORDS_MAIL_SEPARATOR] = mail_separators,

	[WP_WORDS_DOC_NUMBER_END] = doc_number_ends,
	[WP_WORDS_MINUTES_KIND] = minutes_kinds,
	[WP_WORDS_ABOUT_HEADING] = about_headings,

	[WP_WORDS_FAQ_QUESTION] = faq_questions,
	[WP_WORDS_FAQ_ANSWER] = faq_answers,
	[WP_WORDS_FAQ_CONTACT] = faq_contacts,

	[WP_WORDS_REPLY_KIND] = reply_kinds,
	[WP_WORDS_APPROVE_OPEN] = approve_opens,

	[WP_WORDS_THREAD_SENDER] = thread_senders,
	[WP_WORDS_THREAD_REPLIES] = thread_replies,
	[WP_WORDS_SHIFTED_TO] = shifted_to,

	[WP_WORDS_LEGEND_LEAD] = legend_leads,
	[WP_WORDS_PROGRESS_COLUMN] = progress_columns,

	[WP_WORDS_DOCSITE_PHRASE] = docsite_phrases,
	[WP_WORDS_DOCSITE_OPENER] = docsite_openers,
	[WP_WORDS_SITE_DOMAIN] = site_domains,
	[WP_WORDS_CHUNK_MARK] = chunk_marks,
	[WP_WORDS_SENTENCE_END] = sentence_ends,
	[WP_WORDS_BLANK_MARK] = blank_marks,
	[WP_WORDS_BLANK_UNIT] = blank_units,
	[WP_WORDS_HOW_IT_WENT] = how_it_went,
	[WP_WORDS_EVENTS_WORD] = events_words,
	[WP_WORDS_AS_FOLLOWS] = as_follows,
	[WP_WORDS_ONE_MORE] = one_more,
	[WP_WORDS_RESERVE_DAY] = reserve_days,
};
