/* notice-words.c - the genre's vocabulary: one table per concept (see
 * notice-words.h for how to add a habit of the genre). The plain word
 * lists are here; tables whose rows carry more than a word (a label's
 * field, a verb's uses) are in notice-words-typed.c. */
#include "config.h"

#include <string.h>

#include "notice-text.h"
#include "notice-words.h"

/* ---- the plain word lists ------------------------------------------------ */

static const char *const activity_sections[] = {
	"重点活动", "具体活动", "活动内容", "活动方式", "活动安排", "主要活动",
	"活动项目", "具体安排", "工作安排", "重点工作", "主要内容", "宣传活动",
	"系列活动", "工作任务", "主要任务", "重点任务", "活动形式",
	/* 主题周安排, 宣传周安排: the weeks of a month-long campaign */
	"周安排", "日程", NULL};
/* 宣传活动要求, 活动时间 and the like are other sections */
static const char *const other_sections[] = {"要求", "保障", "时间", "主题", "领导", "机构", NULL};
/* the kinds of the other sections, tried in the order of notice-words.h */
static const char *const period_sections[] = {"时间", "日期", NULL};
static const char *const theme_sections[] = {"主题", NULL};
static const char *const requirement_sections[] = {"要求", "保障", "措施", NULL};
static const char *const committee_sections[] = {"领导", "机构", "组织", NULL};
/* 五、职责分工: a section that says, unit by unit, which activities each
 * leads and on which it cooperates */
static const char *const duty_sections[] = {"职责分工", "任务分工", "责任分工", "工作分工", "部门分工", "分工安排", NULL};
/* （一）党政办公室：牵头活动一、活动三；配合活动二、活动五。 */
static const char *const duty_leads[] = {"牵头", "主办", NULL};
static const char *const duty_helps[] = {"配合", "协助", "协办", NULL};
/* “网安知识大闯关”线上竞赛, 宣传周启动仪式暨网络安全知识讲座: the 分工
 * lines call an activity by a part of its title (线上竞赛, 启动仪式) */
static const char *const duty_title_seps[] = {"“", "”", "《", "》", "「", "」", "暨", NULL};
/* 配合信息化管理中心开展第（五）项活动 */
static const char *const counted_items[] = {"项活动", "项", NULL};
/* 古丽娜尔·艾买提: the dot a transliterated name parts by */
static const char *const name_dots[] = {"·", "・", "•", NULL};
/* 面向园区企业、职工和社会各界: the audience goes on past the enterprises */
static const char *const audience_joins[] = {"、", "和", "及", "与", "以及", NULL};
/* 浙江瓯澜经济开发区: a province named without 省 (or 自治区) before a zone
 * or a body below it, as a zone's formal name writes it */
static const char *const province_shorts[] = {
	"河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
	"湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
	"内蒙古", "广西", "西藏", "宁夏", "新疆", NULL};
/* 由X、Y共同组织: both lead */
static const char *const lead_verbs[] = {"牵头", "主办", "负责", "承办", "组织实施", "共同组织",
					 /* 由X、Y共同牵头, 由X具体负责: the adverb is no part of X */
					 "共同牵头", "共同负责", "具体负责", "具体牵头", NULL};
/* 乡林业站负责技术指导: the whole phrase, so that 负责技术 is no part of the unit */
static const char *const help_verbs[] = {"负责技术指导", "协办", "承办", "配合", "协助", "督导", "指导",
					 "做好服务保障", NULL};
static const char *const join_words[] = {"联合", "会同", "协同", "联同", "携手", NULL};
static const char *const level_pairs[] = {"省市", "市县", "州县", "县乡", "市区", "县镇", NULL};
static const char *const portal_chrome[] = {"【字体", "【打印", "【关闭", "首页 >", "首页>", "分享到", NULL};
/* 联系人及电话：李华 0771-5551234 names the phone with the person */
static const char *const contact_names[] = {"联系人：", "联系人及电话：", "联系人及联系电话：",
					    "联系人及联系方式：", "联系人和电话：",
					    /* A岗：X / B岗：Y: the one on duty and the stand-in */
					    "A岗：", "B岗：", "Ａ岗：", "Ｂ岗：", NULL};
/* who answers for one activity (负责人：曾骁（镇应急办），电话：…) */
static const char *const contact_in_charge[] = {"负责人：", "活动负责人：", NULL};
static const char *const contact_phones[] = {"联系电话：", "电话：", "手机：", NULL};
static const char *const contact_mails[] = {"电子邮箱：", "电子信箱：", "邮箱：", "QQ邮箱：", NULL};
/* 报县水务局办公室，邮箱hyx@163.com: the word with the address written
 * straight after it */
static const char *const mailboxes[] = {"电子邮箱", "电子信箱", "邮箱", NULL};
/* 将X报Y, 把X报Y: the thing put before the verb that sends it */
static const char *const put_words[] = {"将", "把", NULL};
/* 其间，4月15日上午…举行: a dated event inside an item opens after these */
static const char *const event_openers[] = {"其间，", "期间，", "届时，", "同时，", "其中，", NULL};
/* 6月20日前完成征集: a duty done by a date */
/* 到: (于3月3日上午8:30前到县人民广场签到) a place to be at by a time */
static const char *const duty_verbs[] = {"完成", "做好", "落实", "上好", "建立", "组建", "确定", "到", NULL};
/* 单位⇥姓名⇥办公电话⇥手机⇥电子邮箱: the columns of a table of whom to call */
static const char *const contact_column_names[] = {"姓名", "联系人", NULL};
static const char *const contact_column_phones[] = {"办公电话", "联系电话", "电话", "手机", "手机号码", "座机",
						   "固定电话", NULL};
static const char *const contact_column_mails[] = {"电子邮箱", "邮箱", "电子邮件", NULL};
/* 区交安办具体负责活动的组织实施: its subject runs the campaign */
static const char *const runs_it[] = {"具体负责", NULL};
/* …；请于7月3日前将总结报…: a part that asks, naming no one */
static const char *const ask_without_who[] = {"请于", "并于", "于", NULL};
/* 启动仪式次日12:00前: the day after */
static const char *const next_day[] = {"次日", "第二天", "翌日", NULL};
/* 每周五前报送一次活动进展情况: how often it is sent, before the thing */
static const char *const how_often[] = {"一次", "1次", NULL};
/* 一次性补助申请表: one payment, not how often it is sent */
static const char *const once_for_all[] = {"一次性", NULL};
/* 参加人员请于8:30前到达活动现场: an arrival, not a duty (到县人民广场签到 is) */
static const char *const arrival[] = {"到达", "到场", NULL};
/* 每周五下班前, 活动当天下午6点前 (the day of each activity): a duty that
 * recurs (tried in order) */
static const char *const recurring[] = {"每周", "每月", "每日", "每天", "活动当天", "活动当日", NULL};
/* 活动期间及时报送, 要及时报送: a duty through the campaign */
static const char *const promptly[] = {"及时报送", "及时上报", NULL};
/* 及时向X报送: promptly, with the recipient before the verb */
static const char *const promptly_to[] = {"及时向", NULL};
/* 自本通知印发之日起: what a duty counted from the issue opens with (in order) */
static const char *const issue_openers[] = {"自本通知", "本通知", "自通知", "通知", NULL};
/* 9月19日17:00前, 放学前: a time of day between a due date and its 前 */
static const char *const due_times[] = {"上午", "下午", "中午", "晚上", "下班", "放学", "时", "点", NULL};
/* “梁溪政法”微信公众号: an account an activity runs on (in order) */
static const char *const accounts[] = {"微信公众号", "公众号", "视频号", "抖音号", "客户端", "网站", "官方微博", NULL};
/* 参观X: X is a site when it ends so (not 参观…过程) */
static const char *const sites[] = {"厂", "馆", "中心", "基地", "园", "站", "场", "院", "室", "企业", "长廊",
				    "公司", "学校", "展厅", "所", NULL};
/* 成员由A、B等单位分管负责人组成: what member units send, not units (trimmed in order) */
static const char *const member_tails[] = {"等单位分管负责人", "等单位分管负责同志", "等单位负责人",
					   "主要负责同志", "主要负责人", "分管负责同志", "分管负责人",
					   "负责同志", "负责人", "等单位", "等",
					   /* 各村（社区）党组织书记: the villages' heads, so the villages */
					   "党组织书记", "党支部书记", NULL};
/* 责任单位中排在首位的为牵头单位: the first unit of a list leads */
static const char *const first_leads[] = {"排在首位的为牵头", "排在第一位的为牵头", "排名第一的为牵头",
					  "排在首位的单位为牵头", "第一个单位为牵头", "列第一位的为牵头",
					  "首位为牵头",
					  /* 涉及多个单位的活动由排在首位的单位负责牵头协调 */
					  "排在首位的单位负责牵头", "排在首位的单位牵头", "排在第一位的单位负责牵头",
					  "排在第一位的单位牵头", NULL};
/* 县科普馆免费向公众开放: the sites that open are where it happens (tried in order) */
static const char *const open_to_public[] = {"免费向公众开放", "免费向社会开放", "向公众免费开放",
					     "向社会免费开放", "向公众开放", "向社会开放", "免费开放",
					     "向市民开放", NULL};
/* 将活动开展情况书面报送: how it is sent, trimmed off the thing sent */
static const char *const send_manners[] = {"书面", "一并", "统一", "及时",
					   /* 总结纸质版加盖公章报送: the sealed copy is how it is
					    * sent (an 电子版 alone names the thing: 登记表电子版) */
					   "纸质版加盖公章", "加盖公章", "盖章", NULL};
/* 根据X《…》: a cited plan */
static const char *const cites[] = {"依据", "根据", NULL};
/* 按照X《…》部署 cites too, but also rules and sayings (按照《…办法》) */
static const char *const follows[] = {"按照", NULL};
/* 联系电话：…，手机13872945016: a second number's label, colon or not (in order) */
static const char *const second_phones[] = {"手机：", "手机", "电话：", "电话", NULL};

/* 举办X, 召开X: a verb whose object names an event */
static const char *const event_verbs[] = {"举办", "召开", "组织", "开展", "举行", NULL};
/* 开展一次X: how many times, not part of the event's name */
static const char *const event_counts[] = {"一次", "一场", "一期", "一轮", "一批", NULL};
/* 组织干部群众旁听一起侵犯公民个人信息案件庭审: after 组织 the people,
 * then what they attend, which names the event (旁听…庭审) */
static const char *const attend_verbs[] = {"旁听", "观看", "收看", "聆听", NULL};
/* 广西壮族自治区档案局 calls itself 自治区档案局, 桂园街道办事处 街道办:
 * the level a region names its bodies by, when more than its last
 * character (县, 市, 镇) */
static const char *const region_levels[] = {"自治区", "街道", NULL};

/* 决定于6月份开展, 今年4月为…宣传月: the campaign's time that a preamble
 * decides (今年 only names a month) */
static const char *const decided[] = {"决定于", "定于", "拟于", "将于", "决定在", "今年", "决定，", NULL};

/* 县, 市, 州: the administrative levels a unit's or a region's name opens
 * with (各区、县（市）, 市（州）教育局, 我州范围内) */
static const char *const levels[] = {"区", "县", "市", "乡", "镇", "州", "旗", NULL};
/* 在岗, 在线, 所在, 存在: a 在 inside a word, no 在X开展, by the character
 * after it or before it */
static const char *const in_words_after[] = {"岗", "职", "线", "校", "编", "建", "售", "用",
					    "册", "读", "任", "押", "逃", "于",
					    "外", /* 在外子女: away from home */ NULL};
static const char *const in_words_before[] = {"所", "存", "现", "正", "实", "内", "潜", "自", NULL};
/* 请于…报, 各单位要于…报, X请当日报送: a request, not part of the thing
 * asked for (trimmed off it) */
static const char *const requests[] = {"请", "要", "须", "应", "务必", "并", NULL};
/* A、B及C: what parts the units of a list. 和 only before 各 (X和各牵头
 * 单位): names hold 和 (市文化和旅游局), see wp_notice_split_units. */
static const char *const unit_seps[] = {"、", "，", "；", ",", "及", "和各", NULL};
/* 知识产权局和市县两级…: what parts the units named before a level pair */
static const char *const subject_seps[] = {"及", "和", "、", "，", NULL};

/* 某某市人民政府门户网站: the name of a web site that posts a notice */
static const char *const web_sites[] = {"网站", "政府网", NULL};

/* X活动方案, X工作要点: what a plan's title ends with */
static const char *const plan_kinds[] = {"方案", "安排", "计划", "工作要点", NULL};
/* 关于开展X的通知, 关于印发《X》的通知: the verb before what a notice is about */
static const char *const notice_verbs[] = {"印发", "组织开展", "开展", "举办", "做好", NULL};
/* 深入X开展, 走进X, 分赴X开展: into the place where the work is done (tried in order) */
static const char *const go_into[] = {"深入", "走进", "进入", "进驻", "分赴", "到", NULL};
/* 在X开展 is no place when X holds one of these: 在…期间, 在…前提下 */
static const char *const not_places[] = {"期间", "实际", "基础", "前提", "过程", "位置",
					 "时节", "环节", "状态", "阶段", NULL};
/* 报送X 或 提供X: verbs that hand a thing over without sending it (in order;
 * 每校选送班会照片2张，3月31日前报…: 选送 chooses what is sent) */
static const char *const give_verbs[] = {"提供", "提交", "准备", "选送", NULL};
/* 电子版发送至x@y.cn: where an electronic copy goes (tried in order) */
static const char *const sent_to[] = {"发送至", "发送到", "发至", "发到", NULL};
/* 宣传周, 活动周: the short name of a week-long campaign (tried in order) */
static const char *const campaign_weeks[] = {"宣传周", "活动周", NULL};
/* 以上材料报…: a sentence about all the things listed before it */
static const char *const the_above[] = {"以上材料", "上述材料", "以上报送材料", "以上信息", NULL};
/* 街道党工委委员、宣传委员韦骁: a person's post */
static const char *const posts[] = {"书记", "委员", "主任", "局长", "部长", "县长", "区长",
				    "市长", "镇长", "乡长", "主席", "秘书长", "馆长", "校长", "院长", "理事长",
				    "党组成员", "股长", "科长", "处长", "所长", "站长", "厅长", "队长", NULL};
/* 活动一：X, 项目二：X: an item named by its kind (tried in order) */
static const char *const item_kinds[] = {"活动", "项目", NULL};

/* 现将有关事项通知如下: the end of a notice's preamble */
static const char *const preamble_ends[] = {"通知如下", "方案如下", NULL};

/* 街道经济发展办、党政办: the level a list writes once for all its units */
static const char *const shared_levels[] = {"街道", "省", "市", "州", "县", "区", "旗", "乡", "镇", NULL};
/* 在X开展: what ends the place after 在 (or 深入); 推出 a programme
 * (在“桐溪发布”微信视频号推出) too */
static const char *const place_ends[] = {"开展", "组织", "举办", "举行", "开辟", "通过", "利用",
					 "播放", "召开", "进行", "设置", "设立", "集中", "展开",
					 "加大", "发放", "张贴", "悬挂", "投放", "发布", "展示",
					 "展出", "布置", "搭建", "摆放", "面向", "向", "为", "召集", "推出",
					 "开设", /* 在X公众号、Y日报开设专栏 */
					 "开放", /* 在县图书馆一楼大厅开放…博览展 */
					 "巡回", /* 在X、Y文化广场巡回演出 */
					 /* 在全县中小学校统一开展: an adverb before the verb
					  * (分批, 分批次: in batches) */
					 "统一", "同步", "分别", "分批",
					 /* 在全县各中小学校以班级为单位开展: the manner (以X为单位) */
					 "以", "，", "。", "等", "；", "\n", NULL};
/* X要开展, X在…举办: what ends an item's subject, the units that do it;
 * 分别 (X、Y分别对…开展: each on its own) and 负责 (X负责在…开展) too */
static const char *const subject_ends[] = {"要", "开展", "在", "结合", "组织", "举办", "可", "负责",
					   "牵头", "走进", "深入", "面向", "对", "围绕",
					   "通过", "利用", "按照", "根据", "分别", NULL};
/* 报X以便汇总, 报X备案: what ends the unit a thing is sent to (备案, for
 * the record: 报区教育局安全科备案, 报镇应急办备案; 审核, for review:
 * 报镇文化站审核) */
static const char *const recipient_ends[] = {"（", "，", "。", "以便", "；", "\n", "备案", "审核", NULL};
/* 0391-3356789转8012: what joins an extension to a phone number */
static const char *const extensions[] = {"转", "（分机", "分机", NULL};
/* 联席会议召集人由X担任，副召集人由Y担任: a joint meeting's chair and deputies */
static const char *const conveners[] = {"召集人", NULL};
/* 成员单位为A、B和C。: the members of a committee in prose (tried in order) */
static const char *const members_are[] = {"成员单位为", "成员为", NULL};
/* 按日期、活动内容、地点、责任单位顺序排列: the fields a one-line list's
 * heading may name, by what they hold */
static const char *const column_dates[] = {"日期", "时间", "活动时间", NULL};
static const char *const column_titles[] = {"活动内容", "活动名称", "内容", "名称", "活动", NULL};
static const char *const column_places[] = {"地点", "活动地点", NULL};
static const char *const column_units[] = {"责任单位", "承办单位", "牵头单位", "实施单位", NULL};
/* 第一周（9月10日—16日）：X: the stages a campaign is run in */
static const char *const stages[] = {"周", "阶段", "天", NULL};
/* 报X，同时抄送Y: a copy sent with the report (a closing 抄送： line is
 * the notice's own distribution, no duty) */
static const char *const copy_to[] = {"同时抄送", "并抄送", "抄送", NULL};
/* 活动结束后3个工作日内: what a rule counts from when it means the whole
 * campaign (or, inside an item, that item), not an activity it names */
static const char *const whole_campaign[] = {"活动", "本次活动", "此次活动", "各项活动", "系列活动",
					     "全部活动", "所有活动", "各类活动", NULL};
/* 宣传月结束后: a word for the campaign's span, wherever it stands in a
 * rule's anchor */
static const char *const campaign_spans[] = {"宣传周", "活动周", "宣传月", "活动月", "主题周", "主题月",
					     "宣传季", NULL};

/* 市知识产权局将 -> 市知识产权局 (trimmed in order; not 会: 协会) */
static const char *const subject_aux[] = {"将", "要", "拟", "已", NULL};
/* 县教育局要在6月26日前，…: a subject opens the clause, not a time */
static const char *const subject_modals[] = {"要", "将", "须", "应", "负责", NULL};
/* 3月15日前后, 12月4日左右 */
static const char *const about_a_day[] = {"前后", "左右", NULL};

/* 各成员单位要制定宣传周活动方案 */
static const char *const unit_plans[] = {"方案", "计划", NULL};
/* 各单位要高度重视…制定具体方案: 加强组织领导's boilerplate */
static const char *const exhort[] = {"高度重视", "充分认识", "亲自", NULL};
static const char *const any_time[] = {"随时报送", "随时上报", NULL};
static const char *const same_day[] = {"当日报送", "当天报送", NULL};
static const char *const no_one_day[] = {"当日", "当天", "随时", NULL};
/* 组委会各成员单位: a body's name before its members (the first found wins) */
static const char *const committee_bodies[] = {"组委会", "领导小组", "联席会议", "委员会", "工作专班", NULL};
/* a bare 成员单位 are these, as the text names them (tried in order) */
static const char *const body_members[] = {"组委会成员单位", "领导小组成员单位", "联席会议成员单位", NULL};
/* 白舍镇人民政府: a town is a region only as the seat of its government
 * (中共白鹭湾镇委员会: the town's Party committee, as its 党委) */
static const char *const seats[] = {"人民政府", "政府", "党委", "党工委", "工作委员会", "委员会", "办事处",
				    "党政办", NULL};
/* 广西壮族自治区鹿寨县: the province before the region (tried in order) */
static const char *const province_ends[] = {"自治区", "省", NULL};
/* 一、活动时间 / 一、宣传时间: what heads the period, or labels it */
static const char *const period_headings[] = {"活动时间", "活动日期", "时间安排", "宣传时间", "宣传日期", NULL};
static const char *const theme_headings[] = {"活动主题", "宣传主题", NULL};
/* 国家税务总局辉河市税务局: a body run from the centre names its office
 * by the region below it */
static const char *const national_prefixes[] = {"国家税务总局", "国家金融监督管理总局", "中国人民银行",
						"国家统计局", NULL};
/* 县应急局应急管理股李华: the office before a person's name */
static const char *const office_words[] = {"科", "股", "室", "处", "办", "中心", NULL};
/* 市应急管理局、市气象局: a line of units, each ending so */
static const char *const unit_ends[] = {"局", "委", "办", "院", "队", "中心", "政府", "部", "厅",
					"会", "站", "所", "台", "处", "科", "协", NULL};
/* 我镇活动时间为5月15日至5月29日: the words may come before the days */
static const char *const period_named[] = {"活动时间为", "活动时间定为", "时间为", "活动时间：", NULL};
static const char *const theme_marks[] = {"主题是“", "主题为“", "主题：“", "主题是：“", "主题为：“", NULL};
/* 通过微信公众号、抖音等平台 */
static const char *const platform_ends[] = {"等平台", "等媒体", NULL};
/* 县市场监督管理局, 县市场监管局, 县局 */
static const char *const market_bureaus[] = {"市场监督管理局", "市场监管局", "局", NULL};

/* 各区县要…, 各单位认真…: the units end (not 自 as such: 各市州自然资源局,
 * 自治州; 自 opens a time: 自即日起) */
static const char *const who_ends[] = {"将", "要", "在", "于", "认真", "请", "分别", "按时", "负责",
				       "务必", "必须",
				       "深入", "开展", "组织", "汇总",
				       /* 各单位确定1名联络员: a person named by who */
				       "确定", "明确",
				       /* 各单位每天下午4点前报送: how often, after who */
				       "每天", "每日", "每周", "每月", NULL};
static const char *const send_to[] = {"至", "到", "给", NULL};
/* 参加知识产权宣传周…, not 全国知识产权宣传周… */
static const char *const before_name[] = {"报送", "参加", "提交", "的", "年", NULL};
/* X牵头，联合Y开展… */
static const char *const sentence_units_ends[] = {"开展", "深入", "在", "，", "。", "共同", "对", NULL};
/* 宣传周期间, “质量月”期间, 活动期间, 助残日期间, 集中宣传期间 */
static const char *const span_units[] = {"周", "月", "活动", "周”", "月”", "日", "日”", "宣传", NULL};
/* 节日期间, 工作日期间: not the campaign's */
static const char *const other_days[] = {"节日", "假日", "工作日", "当日", "次日",
					 "每日", "平日", "生日", "今日", NULL};

/* 办公室设在县禁毒办，具体负责… */
static const char *const office_seat_ends[] = {"，", "。", "具体", "负责", NULL};
/* 根据国家…《…》和省…: one cited plan's clause ends at the next */
static const char *const citation_ends[] = {"，", "。", "；", "和省", "及省", NULL};
/* “X”公众号、抖音号和电视台: one channel of several */
static const char *const channel_seps[] = {"、", "和", "及", "以及", NULL};
/* 参观X、Y等 */
static const char *const visit_ends[] = {"，", "。", "；", "\n", "等", NULL};
/* 走进X、Y等8所中小学校，开展 */
static const char *const count_ends[] = {"，", "。", "；", "开展", "\n", NULL};
/* 联系人：科学技术处 周晓丁，电话… */
static const char *const contact_name_ends[] = {"，", "（", "电话", "　", "：", " ", NULL};
static const char *const person_ends[] = {"，", "；", "。", "（", "：", " ", "电话", "联系电话", NULL};
/* 各中小学以班级为单位召开…, 县直各学校对校舍…开展自查, 各学校各派1名…:
 * what opens the predicate after the units a sentence opens with */
static const char *const predicate_opens[] = {"以", "对", "各派", "各选派", "同时", "“", NULL};
/* 联系人：李华、王明；电话… / 局安全办　王建平　办公电话：…: the office's
 * phone label is no second person */
static const char *const contact_names_ends[] = {"；", "，", "）", "（", "。", "电话", "联系电话",
						 "办公电话", "办公室电话", NULL};

/* 线上培训班, 网上答题: an event online, where no place is written */
static const char *const online[] = {"线上", "网上", NULL};
/* 线上培训班, 网上发布会: a gathering held online has 线上 for its place;
 * publicity online (网上宣传活动, 线上打卡, 线上科普) has none, nor a
 * contest each takes alone online (线上竞赛: 依托小程序开展知识竞赛) */
static const char *const gatherings[] = {"培训", "讲座", "会议", "研讨", "座谈", "论坛", "发布会",
					 "对接会", "宣讲会", "报告会", NULL};
/* 三、接种服务活动, 二、集中宣传活动: the heading names its items by kind;
 * 活动时间, 活动目的 do not end so */
static const char *const activity_section_ends[] = {"活动", NULL};
/* 县教育局、县疾控中心共同组织，各学校具体落实。各乡镇卫生院负责，各村卫生室
 * 配合。: a sentence of units and their roles, clause by clause */
static const char *const role_lead_ends[] = {"牵头", "负责", "主办", "具体落实", "共同组织", "组织实施",
					     "具体负责", "具体实施", "共同牵头", "分别负责", NULL};
static const char *const role_coop_ends[] = {"配合", "协助", "协办", "承办", "参与", "督导", "指导",
					     "负责指导", "提供技术指导", "做好配合", "督导检查", "督导抽查", NULL};
/* 6月25日集中宣传日当天，…于16时前报: the day named before */
static const char *const that_day[] = {"当天", "当日", NULL};
/* 今年我院宣传活动主题为：拒绝烟草诱惑　守护健康未来。 */
static const char *const theme_colons[] = {"主题为：", "主题是：", NULL};
/* 发至街道志愿服务工作群 */
static const char *const chat_groups[] = {"工作群", "微信群", "钉钉群", "QQ群", NULL};
/* the header of the mail a notice was forwarded in */
static const char *const mail_headers[] = {"发件人：", "收件人：", "抄送：", "主题：", "发送时间：",
					   "发件时间：", "时间：", "日期：", "附件：", NULL};
static const char *const mail_senders[] = {"发件人：", "收件人：", NULL};
/* 本次活动由县疾控中心具体组织实施 */
static const char *const campaign_leads[] = {"牵头", "组织实施", "统筹组织",
					     /* 由X主办，Y具体承办: Y runs it for X */
					     "具体承办", NULL};
/* 负责收集本村照片，于…前统一交… / 镇科协负责汇总全镇活动开展情况，于…前报县科协 */
static const char *const gather_verbs[] = {"收集", "征集", "整理", "汇总", NULL};
/* 1、启动仪式（县城东湖广场）: a bracket after an item's title names where
 * it is when one of its places ends so (no unit's name does: 县文化馆 may
 * be a lead in brackets, 县非遗展示馆 is a place) */
static const char *const title_places[] = {"广场", "景区", "公园", "展示馆", "博物馆", "纪念馆", "游客中心",
					   "礼堂", "操场", "体育场", "直播间", NULL};
/* 序号 姓名 职务 组内职务: the columns of a committee's table of persons */
static const char *const person_columns[] = {"姓名", NULL};
static const char *const post_columns[] = {"职务", "单位及职务", "工作单位及职务", "现任职务", "单位职务", NULL};
static const char *const group_role_columns[] = {"组内职务", "小组职务", "组内分工", "本组职务", "拟任职务", NULL};
/* 每天17:00前向局资源开发股报送: to whom, after 向 and before the verb */
static const char *const send_toward[] = {"向", NULL};
/* 局属各单位要明确一名联络员，与活动安排一并报送 */
static const char *const sent_together[] = {"一并报送", "一并上报", "一并报", NULL};
static const char *const together_with[] = {"与", "随", NULL};
/* the verb and count before a person a unit names (明确一名, 确定1名) */
static const char *const appoint[] = {"明确一名", "明确1名", "确定一名", "确定1名", "指定一名", "指定1名",
				      "明确", "确定", "指定", NULL};
/* 请于5月8日前将回执扫描件发送至…: a copy of the 回执 is the 回执 */
static const char *const copy_forms[] = {"扫描件", "电子版", "电子文档", "复印件", NULL};
/* X、Y两所学校, 三个社区: how places are counted */
static const char *const place_counters[] = {"所", "个", "家", "处", NULL};
/* 通过“清漳城管”微信公众号预约参观: an account one books through is no place */
static const char *const booking[] = {"预约", "报名", NULL};
/* 活动回执（见附件）: a pointer to the annex, no part of the thing's name
 * (回执（附件2） names the form, and stays) */
static const char *const see_annex[] = {"（见附件", "（详见附件", "（见附表", "（详见附表", NULL};

/* 六、联系方式 / ◆咨询电话: a heading whose lines are the people to call */
static const char *const contact_sections[] = {"联系方式", "咨询电话", "联系电话", "联系人及电话",
					       "联系人及联系方式", NULL};
/* ◆活动主题: a mark a WeChat copy opens its headings with instead of a number */
static const char *const heading_marks[] = {"◆", "◇", "■", "□", "★", "☆", NULL};
/* 报送事项 报送时间 报送对象 联系人 联系电话: the columns of a table of what
 * is due */
static const char *const duty_column_what[] = {"报送事项", "报送内容", "报送材料", "材料名称", "事项", NULL};
static const char *const duty_column_when[] = {"报送时间", "报送时限", "截止时间", "完成时限", "时间要求", NULL};
static const char *const duty_column_to[] = {"报送对象", "接收单位", "接收处室", "接收科室", "报送至", NULL};
/* 报送单位 is who sends (各市县卫生健康委), not whom it is sent to */
static const char *const duty_column_who[] = {"报送单位", "报送主体", "责任单位", NULL};
static const char *const duty_column_how[] = {"报送方式", "报送形式", "报送途径", NULL};
static const char *const by_mail[] = {"电子邮件", "邮箱", "电子版", "邮件", NULL};
static const char *const duty_column_name[] = {"联系人", NULL};
static const char *const duty_column_phone[] = {"联系电话", "电话", "联系方式", NULL};
/* 科学普及部, 涉及: a 及 inside a word (by what precedes it) parts no units */
static const char *const ji_in_word[] = {"普", "涉", "危", "波", "顾", "企", NULL};
/* 以上, 以下, 以及: a 以 that opens a word, not 以书面形式 (how a thing is sent) */
static const char *const yi_in_word[] = {"以上", "以下", "以内", "以外", "以及", "以来", NULL};
/* 根据《…国防教育法》规定: what a law's or a rule's title ends with; no plan */
static const char *const law_kinds[] = {"法", "条例", "规定", "办法", "细则", NULL};
/* 在…门诊楼前开展: what stands before 前 when the place is in front of a building */
static const char *const buildings[] = {"门", "楼", "馆", "院", "站", "场", "厅", "堂", "中心", "屋", NULL};
/* 依托X开展: X is where it happens when X names sites */
static const char *const rely_on[] = {"依托", NULL};
/* 原创　健康青榆　2026年04月10日, ▲点击上方蓝字, 阅读 1234: the lines a
 * WeChat account's page puts around an article (each opens one) */
static const char *const wechat_chrome[] = {"原创　", "原创 ", "▲点击", "▼长按", "［二维码］", "[二维码]",
					    "预览时标签不可点", "阅读 ", "在看 ", "写留言", "编辑：", "审核：",
					    "责编：", "微信号：", NULL};
/* a line opening with one starts a block of its own in a copy's lines
 * (联系人：…, 牵头单位：…, 时间：…), whatever the line before it */
static const char *const block_openers[] = {"组委会",	"联系",	   "电话",	 "责任单位", "时间",
					    "主任单位", "成员单位", "组长单位", "副主任单位", "副组长单位",
					    "牵头单位", "配合单位", "地点",	 "活动时间", "活动地点",
					    NULL};
/* 首页 > 政务公开 > …: a portal's breadcrumb, anywhere in its line */
static const char *const breadcrumbs[] = {"首页 >", "首页>", "首页 ＞", NULL};
/* 关于…的通知, …方案: a page line above a breadcrumb holding one is the
 * document's title, not the site's */
static const char *const title_words[] = {"关于", "通知", "方案", NULL};

/* 注：1．… 2．…: the numbered lines of a note are the note's, not items */
static const char *const note_labels[] = {"注：", "注:", "备注：", "说明：", NULL};
/* 于4月20日至28日在全区组织开展 / 在全省自然资源系统开展 */
static const char *const whole_area[] = {"在全", NULL};
/* 传　真：0731-85591240 under 联系方式: a line of no person */
static const char *const number_names[] = {"传真", "电话", "手机", "座机", "热线", "联系电话", "办公电话", NULL};
/* 每项活动结束后当天将信息报送…: once per activity, no one due date */
static const char *const end_same_day[] = {"结束后当天", "结束后当日", NULL};
/* 将不少于3张现场照片…发宣传科: 于 compares, it dates nothing */
static const char *const yu_compared[] = {"不少", "不低", "不多", "多", "少", "高", "低", NULL};

/* 围绕“X”的活动主题: what follows a quotation that is the theme */
/* 将X报Y, 将X发送至Y, 报送X: the duty is written 报送X whatever the verb,
 * as the bundled readings write it (报送总结, 报送活动信息和图片) */
static const char *const duty_sent[] = {"报送", NULL};
/* ●癌症是可以预防的。: a point set off by a bullet */
static const char *const point_bullets[] = {"●", "•", "○", "▪", "◎", "·", NULL};
/* 三、宣传重点: the points the campaign publicises, not activities */
static const char *const focus_sections[] = {"宣传重点", "宣传要点", "重点宣传内容", "宣传内容和重点",
					     /* what a campaign teaches or promotes first */
					     "教育重点", "宣传教育重点", "宣传推介重点", "推介重点", "普法重点",
					     "科普重点", "宣讲重点", NULL};
/* 邀请专家授课，企业负责人参加: an invitation, no request to attend */
static const char *const not_asking[] = {"邀请", "申请", "聘请", NULL};
/* 在X举行…，并通过“Y”公众号同步宣传: Y follows the event held at X */
static const char *const in_step[] = {"同步", NULL};
/* 地点：各镇（街道）自行确定: each unit picks its place; none is given */
static const char *const left_open[] = {"自行确定", "自行安排", "另行通知", "另行确定", "待定", NULL};
/* 三、活动安排 （一）总体安排 （二）重点活动 1.…7.: the overview of what
 * every unit does, beside the sub-heading over the items */
static const char *const overview_headings[] = {"总体安排", "总体部署", "总体要求", NULL};
/* 8 / 总结报送 / …形成书面总结报X / 各责任单位 / 活动结束后5个工作日内: the
 * last row of a 任务分工表 is often the report, a deadline */
static const char *const report_tasks[] = {"总结报送", "总结上报", "报送总结", "上报总结", "总结报告", NULL};
static const char *const make_verbs[] = {"形成", "撰写", "整理", NULL};
/* 报县卫生健康局疾控股，各中小学校同时报县教育体育局: a second recipient */
static const char *const also_sent[] = {"同时报送", "同时上报", "同时报", NULL};
/* 由X主办，Y、Z协办，W具体负责…: the clauses above the one that runs it */
static const char *const campaign_oversee[] = {"主办", "协办", "统筹协调", NULL};
/* 由X具体负责活动的组织实施: the words between the unit and 组织实施 (not
 * a bare 负责: 由排在首位的单位负责牵头 names no unit),
 * longest first */
static const char *const lead_verb_tails[] = {"具体负责活动的", "具体负责", "具体", NULL};
static const char *const daily_work_verbs[] = {"承担", "负责", NULL};
static const char *const daily_work_by[] = {"日常工作由", NULL};
/* （牵头：区农业农村局；参与：区市场监管局）: the roles alone as labels, in
 * brackets after an item's text (with their colon: 牵头 alone is a verb) */
static const char *const short_lead_labels[] = {"牵头：", NULL};
static const char *const short_coop_labels[] = {"参与：", "配合：", "协助：", NULL};
/* 市残疾人就业服务中心与市公共就业和人才服务局: a word that joins two units */
static const char *const unit_and[] = {"和", "与", NULL};
/* 宣传周首日上午9:00: the first day of the span named before it */
static const char *const first_day[] = {"首日", NULL};
static const char *const help_with[] = {"配合", "协助", NULL};
static const char *const helped_events[] = {"开展", "举办", NULL};
static const char *const after_event[] = {"结束后", NULL};
static const char *const same_place[] = {"同一地点", "同一场地", "原场地", NULL};
static const char *const mid_phrase_ends[] = {"在", "于", NULL};
static const char *const phrase_ends_zai[] = {"所在", "存在", "现在", "实在", "自在", NULL};
static const char *const theme_after_quote[] = {"”的活动主题", "”的宣传主题", "”的主题", "”活动主题", "”宣传主题", NULL};
/* 09:00—11:30　开幕式　地点：…　主办：X　承办：Y　协办：Z: the labels of
 * a schedule line's units, read as 由X主办，Y承办，Z协办 is */
static const char *const host_labels[] = {"主办：", "主办单位：", NULL};
/* 负责部门：保卫科牵头，总务处配合: who runs a schedule line, the roles
 * written out (a bare list all leads) */
static const char *const charge_labels[] = {"负责部门：", "负责单位：", "责任部门：", "责任单位：", "负责：", NULL};
static const char *const doer_labels[] = {"承办：", "承办单位：", NULL};
static const char *const helper_labels[] = {"协办：", "协办单位：", "配合：", "配合单位：", NULL};
static const char *const whole_day[] = {"全天", "全日", NULL};
/* 星期一（开幕日）, 周三, 展期至星期五: a weekday named without its date */
static const char *const weeks[] = {"星期", "周", "礼拜", NULL};
/* the weekday's numeral, Monday first: a row's place is its ISO weekday
 * (一 = 1 … 日 = 7, 天 too), so the order matters */
static const char *const weekday_numerals[] = {"一", "二", "三", "四", "五", "六", "日", "天", NULL};
/* 本周五（4月3日）前, 下周一（9月14日）: which week */
static const char *const which_weeks[] = {"本", "下", NULL};
/* 星期一 / 上午9:30，…开幕式。 / 同日起，在县图书馆开放…展: a paragraph
 * that opens on the day of the heading it stands under */
static const char *const heading_days[] = {"同日起", "同日", "当日起", "当天起", NULL};
/* 在县图书馆一楼大厅开放网络安全博览展: an exhibition opened, not held;
 * not among the event verbs, as 开放 is inside names too (“质量开放日”) */
static const char *const open_verbs[] = {"开放", NULL};
/* 于4月20日至28日在全区开展; 决定9月1日至9月30日在全镇开展: the issuer
 * decides the days, as 决定于 does */
static const char *const whole_area_days[] = {"于", "决定", NULL};
/* 另外，质量月期间，各村要…: the paragraph turns from the activity it told */
static const char *const asides[] = {"另外", "此外", NULL};

/* 5月18日～22日, 4月20日起至5月20日, 9:00～11:30, 下午2点到4点: the marks
 * between the two ends of a range of days, parts of months or hours, in
 * every width a notice types them (the longest is taken: ——). Only where
 * a day or an hour is read: 300～500克 is an amount. */
static const char *const range_marks[] = {"—", "——", "－", "–", "-", "~", "～", "〜", "至", "到", "起至", NULL};

/* 领导小组下设三个工作组：（一）综合协调组。组长：王秀英；成员单位：…: what
 * the name of a working group under the committee ends with */
static const char *const work_groups[] = {"组", "专班", NULL};
/* 时间地点：5月29日（星期五）上午9:00，县人民广场: one label for both */
static const char *const when_where_labels[] = {"时间地点：", "时间、地点：", "时间及地点：", "时间和地点：",
						"时间/地点：", "活动时间地点：", "活动时间及地点：", NULL};

static const char *const *const sets[WP_WORDS_COUNT] = {
	[WP_WORDS_ACTIVITY_SECTION] = activity_sections,
	[WP_WORDS_OTHER_SECTION] = other_sections,
	[WP_WORDS_PERIOD_SECTION] = period_sections,
	[WP_WORDS_THEME_SECTION] = theme_sections,
	[WP_WORDS_REQUIREMENT_SECTION] = requirement_sections,
	[WP_WORDS_COMMITTEE_SECTION] = committee_sections,
	[WP_WORDS_LEAD_VERB] = lead_verbs,
	[WP_WORDS_HELP_VERB] = help_verbs,
	[WP_WORDS_JOIN] = join_words,
	[WP_WORDS_LEVEL_PAIR] = level_pairs,
	[WP_WORDS_PORTAL_CHROME] = portal_chrome,
	[WP_WORDS_CONTACT_NAME] = contact_names,
	[WP_WORDS_CONTACT_PHONE] = contact_phones,
	[WP_WORDS_CONTACT_MAIL] = contact_mails,
	[WP_WORDS_CONTACT_IN_CHARGE] = contact_in_charge,
	[WP_WORDS_PUT] = put_words,
	[WP_WORDS_EVENT_OPENER] = event_openers,
	[WP_WORDS_DUTY_VERB] = duty_verbs,
	[WP_WORDS_RECURRING] = recurring,
	[WP_WORDS_PROMPTLY] = promptly,
	[WP_WORDS_ISSUE_OPENER] = issue_openers,
	[WP_WORDS_DUE_TIME] = due_times,
	[WP_WORDS_ACCOUNT] = accounts,
	[WP_WORDS_SITE] = sites,
	[WP_WORDS_MEMBER_TAIL] = member_tails,
	[WP_WORDS_FIRST_LEADS] = first_leads,
	[WP_WORDS_OPEN_TO_PUBLIC] = open_to_public,
	[WP_WORDS_SEND_MANNER] = send_manners,
	[WP_WORDS_CITE] = cites,
	[WP_WORDS_FOLLOW] = follows,
	[WP_WORDS_SECOND_PHONE] = second_phones,
	[WP_WORDS_EVENT_VERB] = event_verbs,
	[WP_WORDS_EVENT_COUNT] = event_counts,
	[WP_WORDS_DECIDED] = decided,
	[WP_WORDS_LEVEL] = levels,
	[WP_WORDS_IN_WORD_AFTER] = in_words_after,
	[WP_WORDS_IN_WORD_BEFORE] = in_words_before,
	[WP_WORDS_REQUEST] = requests,
	[WP_WORDS_UNIT_SEP] = unit_seps,
	[WP_WORDS_SUBJECT_SEP] = subject_seps,
	[WP_WORDS_WEB_SITE] = web_sites,
	[WP_WORDS_PLAN_KIND] = plan_kinds,
	[WP_WORDS_NOTICE_VERB] = notice_verbs,
	[WP_WORDS_GO_INTO] = go_into,
	[WP_WORDS_NOT_PLACE] = not_places,
	[WP_WORDS_GIVE] = give_verbs,
	[WP_WORDS_SENT_TO] = sent_to,
	[WP_WORDS_CAMPAIGN_WEEK] = campaign_weeks,
	[WP_WORDS_THE_ABOVE] = the_above,
	[WP_WORDS_POST] = posts,
	[WP_WORDS_ITEM_KIND] = item_kinds,
	[WP_WORDS_PREAMBLE_END] = preamble_ends,
	[WP_WORDS_SHARED_LEVEL] = shared_levels,
	[WP_WORDS_CONVENER] = conveners,
	[WP_WORDS_PLACE_END] = place_ends,
	[WP_WORDS_EXTENSION] = extensions,
	[WP_WORDS_SUBJECT_END] = subject_ends,
	[WP_WORDS_RECIPIENT_END] = recipient_ends,
	[WP_WORDS_PROMPTLY_TO] = promptly_to,
	[WP_WORDS_MEMBERS_ARE] = members_are,
	[WP_WORDS_COLUMN_DATE] = column_dates,
	[WP_WORDS_COLUMN_TITLE] = column_titles,
	[WP_WORDS_COLUMN_PLACE] = column_places,
	[WP_WORDS_COLUMN_UNITS] = column_units,
	[WP_WORDS_STAGE] = stages,
	[WP_WORDS_COPY_TO] = copy_to,
	[WP_WORDS_WHOLE_CAMPAIGN] = whole_campaign,
	[WP_WORDS_CAMPAIGN_SPAN] = campaign_spans,
	[WP_WORDS_SUBJECT_AUX] = subject_aux,
	[WP_WORDS_SUBJECT_MODAL] = subject_modals,
	[WP_WORDS_ABOUT_A_DAY] = about_a_day,
	[WP_WORDS_UNIT_PLAN] = unit_plans,
	[WP_WORDS_EXHORT] = exhort,
	[WP_WORDS_ANY_TIME] = any_time,
	[WP_WORDS_SAME_DAY] = same_day,
	[WP_WORDS_NO_ONE_DAY] = no_one_day,
	[WP_WORDS_COMMITTEE_BODY] = committee_bodies,
	[WP_WORDS_BODY_MEMBERS] = body_members,
	[WP_WORDS_SEAT] = seats,
	[WP_WORDS_PROVINCE_END] = province_ends,
	[WP_WORDS_OFFICE_WORD] = office_words,
	[WP_WORDS_UNIT_END] = unit_ends,
	[WP_WORDS_PERIOD_NAMED] = period_named,
	[WP_WORDS_THEME_MARK] = theme_marks,
	[WP_WORDS_PLATFORM_END] = platform_ends,
	[WP_WORDS_MARKET_BUREAU] = market_bureaus,
	[WP_WORDS_WHO_END] = who_ends,
	[WP_WORDS_SEND_TO] = send_to,
	[WP_WORDS_BEFORE_NAME] = before_name,
	[WP_WORDS_SENTENCE_UNITS_END] = sentence_units_ends,
	[WP_WORDS_SPAN_UNIT] = span_units,
	[WP_WORDS_OTHER_DAY] = other_days,
	[WP_WORDS_OFFICE_SEAT_END] = office_seat_ends,
	[WP_WORDS_CITATION_END] = citation_ends,
	[WP_WORDS_CHANNEL_SEP] = channel_seps,
	[WP_WORDS_VISIT_END] = visit_ends,
	[WP_WORDS_COUNT_END] = count_ends,
	[WP_WORDS_CONTACT_NAME_END] = contact_name_ends,
	[WP_WORDS_PERSON_END] = person_ends,
	[WP_WORDS_CONTACT_NAMES_END] = contact_names_ends,
	[WP_WORDS_ONLINE] = online,
	[WP_WORDS_CONTACT_SECTION] = contact_sections,
	[WP_WORDS_HEADING_MARK] = heading_marks,
	[WP_WORDS_DUTY_COLUMN_WHAT] = duty_column_what,
	[WP_WORDS_DUTY_COLUMN_WHEN] = duty_column_when,
	[WP_WORDS_DUTY_COLUMN_TO] = duty_column_to,
	[WP_WORDS_DUTY_COLUMN_NAME] = duty_column_name,
	[WP_WORDS_DUTY_COLUMN_PHONE] = duty_column_phone,
	[WP_WORDS_DUTY_COLUMN_WHO] = duty_column_who,
	[WP_WORDS_DUTY_COLUMN_HOW] = duty_column_how,
	[WP_WORDS_BY_MAIL] = by_mail,
	[WP_WORDS_ARRIVAL] = arrival,
	[WP_WORDS_HOW_OFTEN] = how_often,
	[WP_WORDS_ONCE_FOR_ALL] = once_for_all,
	[WP_WORDS_NEXT_DAY] = next_day,
	[WP_WORDS_ASK_WITHOUT_WHO] = ask_without_who,
	[WP_WORDS_RUNS_IT] = runs_it,
	[WP_WORDS_WHICH_WEEK] = which_weeks,
	[WP_WORDS_CONTACT_COLUMN_NAME] = contact_column_names,
	[WP_WORDS_CONTACT_COLUMN_PHONE] = contact_column_phones,
	[WP_WORDS_CONTACT_COLUMN_MAIL] = contact_column_mails,
	[WP_WORDS_JI_IN_WORD] = ji_in_word,
	[WP_WORDS_YI_IN_WORD] = yi_in_word,
	[WP_WORDS_LAW_KIND] = law_kinds,
	[WP_WORDS_BUILDING] = buildings,
	[WP_WORDS_RELY_ON] = rely_on,
	[WP_WORDS_WECHAT_CHROME] = wechat_chrome,
	[WP_WORDS_ACTIVITY_SECTION_END] = activity_section_ends,
	[WP_WORDS_ROLE_LEAD_END] = role_lead_ends,
	[WP_WORDS_ROLE_COOP_END] = role_coop_ends,
	[WP_WORDS_THAT_DAY] = that_day,
	[WP_WORDS_THEME_COLON] = theme_colons,
	[WP_WORDS_CHAT_GROUP] = chat_groups,
	[WP_WORDS_MAIL_HEADER] = mail_headers,
	[WP_WORDS_MAIL_SENDER] = mail_senders,
	[WP_WORDS_CAMPAIGN_LEAD] = campaign_leads,
	[WP_WORDS_LEAD_VERB_TAIL] = lead_verb_tails,
	[WP_WORDS_GATHER] = gather_verbs,
	[WP_WORDS_TITLE_PLACE] = title_places,
	[WP_WORDS_PERSON_COLUMN] = person_columns,
	[WP_WORDS_POST_COLUMN] = post_columns,
	[WP_WORDS_GROUP_ROLE_COLUMN] = group_role_columns,
	[WP_WORDS_SEND_TOWARD] = send_toward,
	[WP_WORDS_SENT_TOGETHER] = sent_together,
	[WP_WORDS_TOGETHER_WITH] = together_with,
	[WP_WORDS_APPOINT] = appoint,
	[WP_WORDS_COPY_FORM] = copy_forms,
	[WP_WORDS_PLACE_COUNTER] = place_counters,
	[WP_WORDS_BOOKING] = booking,
	[WP_WORDS_SEE_ANNEX] = see_annex,
	[WP_WORDS_BLOCK_OPENER] = block_openers,
	[WP_WORDS_BREADCRUMB] = breadcrumbs,
	[WP_WORDS_TITLE_WORD] = title_words,
	[WP_WORDS_NOTE_LABEL] = note_labels,
	[WP_WORDS_WHOLE_AREA] = whole_area,
	[WP_WORDS_NUMBER_NAME] = number_names,
	[WP_WORDS_END_SAME_DAY] = end_same_day,
	[WP_WORDS_YU_COMPARED] = yu_compared,
	[WP_WORDS_THEME_AFTER_QUOTE] = theme_after_quote,
	[WP_WORDS_DUTY_SENT] = duty_sent,
	[WP_WORDS_FOCUS_SECTION] = focus_sections,
	[WP_WORDS_GATHERING] = gatherings,
	[WP_WORDS_POINT_BULLET] = point_bullets,
	[WP_WORDS_NOT_ASKING] = not_asking,
	[WP_WORDS_IN_STEP] = in_step,
	[WP_WORDS_LEFT_OPEN] = left_open,
	[WP_WORDS_OVERVIEW_HEADING] = overview_headings,
	[WP_WORDS_REPORT_TASK] = report_tasks,
	[WP_WORDS_MAKE_VERB] = make_verbs,
	[WP_WORDS_ALSO_SENT] = also_sent,
	[WP_WORDS_HOST_LABEL] = host_labels,
	[WP_WORDS_CHARGE_LABEL] = charge_labels,
	[WP_WORDS_DOER_LABEL] = doer_labels,
	[WP_WORDS_HELPER_LABEL] = helper_labels,
	[WP_WORDS_WHOLE_DAY] = whole_day,
	[WP_WORDS_WEEK] = weeks,
	[WP_WORDS_WEEKDAY_NUMERAL] = weekday_numerals,
	[WP_WORDS_HEADING_DAY] = heading_days,
	[WP_WORDS_OPEN_VERB] = open_verbs,
	[WP_WORDS_ATTEND_VERB] = attend_verbs,
	[WP_WORDS_WHOLE_AREA_DAYS] = whole_area_days,
	[WP_WORDS_ASIDE] = asides,
	[WP_WORDS_CAMPAIGN_OVERSEE] = campaign_oversee,
	[WP_WORDS_DAILY_WORK_VERB] = daily_work_verbs,
	[WP_WORDS_DAILY_WORK_BY] = daily_work_by,
	[WP_WORDS_SHORT_LEAD_LABEL] = short_lead_labels,
	[WP_WORDS_SHORT_COOP_LABEL] = short_coop_labels,
	[WP_WORDS_FIRST_DAY] = first_day,
	[WP_WORDS_HELP_WITH] = help_with,
	[WP_WORDS_HELPED_EVENT] = helped_events,
	[WP_WORDS_AFTER_EVENT] = after_event,
	[WP_WORDS_SAME_PLACE] = same_place,
	[WP_WORDS_MID_PHRASE_END] = mid_phrase_ends,
	[WP_WORDS_PHRASE_END_ZAI] = phrase_ends_zai,
	[WP_WORDS_UNIT_AND] = unit_and,
	[WP_WORDS_NATIONAL_PREFIX] = national_prefixes,
	[WP_WORDS_PERIOD_HEADING] = period_headings,
	[WP_WORDS_THEME_HEADING] = theme_headings,
	[WP_WORDS_MAILBOX] = mailboxes,
	[WP_WORDS_DUTY_SECTION] = duty_sections,
	[WP_WORDS_DUTY_LEAD] = duty_leads,
	[WP_WORDS_DUTY_HELP] = duty_helps,
	[WP_WORDS_DUTY_TITLE_SEP] = duty_title_seps,
	[WP_WORDS_COUNTED_ITEM] = counted_items,
	[WP_WORDS_NAME_DOT] = name_dots,
	[WP_WORDS_AUDIENCE_JOIN] = audience_joins,
	[WP_WORDS_PROVINCE_SHORT] = province_shorts,
	[WP_WORDS_RANGE_MARK] = range_marks,
	[WP_WORDS_WHEN_WHERE_LABEL] = when_where_labels,
	[WP_WORDS_WORK_GROUP] = work_groups,
	[WP_WORDS_PREDICATE_OPEN] = predicate_opens,
	[WP_WORDS_REGION_LEVEL] = region_levels,
};

const char *const *wp_words(enum wp_word_set set)
{
	return sets[set];
}

size_t wp_word_at(const char *s, enum wp_word_set set)
{
	size_t best = 0;
	for (const char *const *w = sets[set]; *w; w++) {
		size_t n = strlen(*w);
		if (n > best && strncmp(s, *w, n) == 0)
			best = n;
	}
	return best;
}

bool wp_word_is(const char *s, enum wp_word_set set)
{
	size_t n = wp_word_at(s, set);
	return n > 0 && s[n] == '\0';
}

const char *wp_word_find_near(const char *s, enum wp_word_set set, size_t window, size_t *len)
{
	for (const char *p = s; *p && (size_t)(p - s) <= window; p += wp_str_char_len(p)) {
		size_t n = wp_word_at(p, set);
		if (n) {
			*len = n;
			return p;
		}
	}
	return NULL;
}

const char *wp_word_find(const char *s, enum wp_word_set set, size_t *len)
{
	return wp_word_find_near(s, set, (size_t)-1, len);
}
