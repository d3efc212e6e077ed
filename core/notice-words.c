/* notice-words.c - the genre's vocabulary: one table per concept (see
 * notice-words.h for how to add a habit of the genre). */
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
	"周安排", NULL};
/* 宣传活动要求, 活动时间 and the like are other sections */
static const char *const other_sections[] = {"要求", "保障", "时间", "主题", "领导", "机构", NULL};
/* the kinds of the other sections, tried in the order of notice-words.h */
static const char *const period_sections[] = {"时间", "日期", NULL};
static const char *const theme_sections[] = {"主题", NULL};
static const char *const requirement_sections[] = {"要求", "保障", "措施", NULL};
static const char *const committee_sections[] = {"领导", "机构", "组织", NULL};
static const char *const lead_verbs[] = {"牵头", "主办", "负责", "承办", "组织实施", NULL};
static const char *const help_verbs[] = {"协办", "承办", "配合", "协助", "督导", "指导", NULL};
static const char *const join_words[] = {"联合", "会同", "协同", "联同", "携手", NULL};
static const char *const level_pairs[] = {"省市", "市县", "州县", "县乡", "市区", "县镇", NULL};
static const char *const portal_chrome[] = {"【字体", "【打印", "【关闭", "首页 >", "首页>", "分享到", NULL};
/* 联系人及电话：李华 0771-5551234 names the phone with the person */
static const char *const contact_names[] = {"联系人：", "联系人及电话：", "联系人及联系电话：",
					    "联系人及联系方式：", "联系人和电话：", NULL};
/* who answers for one activity (负责人：曾骁（镇应急办），电话：…) */
static const char *const contact_in_charge[] = {"负责人：", "活动负责人：", NULL};
static const char *const contact_phones[] = {"联系电话：", "电话：", "手机：", NULL};
static const char *const contact_mails[] = {"电子邮箱：", "电子信箱：", "邮箱：", "QQ邮箱：", NULL};
/* 将X报Y, 把X报Y: the thing put before the verb that sends it */
static const char *const put_words[] = {"将", "把", NULL};
/* 其间，4月15日上午…举行: a dated event inside an item opens after these */
static const char *const event_openers[] = {"其间，", "期间，", "届时，", "同时，", "其中，", NULL};
/* 6月20日前完成征集: a duty done by a date */
static const char *const duty_verbs[] = {"完成", "做好", "落实", "上好", "建立", "组建", "确定", NULL};
/* 每周五下班前: a duty that recurs (tried in order) */
static const char *const recurring[] = {"每周", "每月", "每日", "每天", NULL};
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
					   "负责同志", "负责人", "等单位", "等", NULL};
/* 责任单位中排在首位的为牵头单位: the first unit of a list leads */
static const char *const first_leads[] = {"排在首位的为牵头", "排在第一位的为牵头", "排名第一的为牵头",
					  "排在首位的单位为牵头", "第一个单位为牵头", "列第一位的为牵头",
					  "首位为牵头", NULL};
/* 县科普馆免费向公众开放: the sites that open are where it happens (tried in order) */
static const char *const open_to_public[] = {"免费向公众开放", "免费向社会开放", "向公众免费开放",
					     "向社会免费开放", "向公众开放", "向社会开放", "免费开放",
					     NULL};
/* 将活动开展情况书面报送: how it is sent, trimmed off the thing sent */
static const char *const send_manners[] = {"书面", "一并", "统一", "及时", NULL};
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

/* 决定于6月份开展, 今年4月为…宣传月: the campaign's time that a preamble
 * decides (今年 only names a month) */
static const char *const decided[] = {"决定于", "定于", "拟于", "将于", "决定在", "今年", NULL};

/* 县, 市, 州: the administrative levels a unit's or a region's name opens
 * with (各区、县（市）, 市（州）教育局, 我州范围内) */
static const char *const levels[] = {"区", "县", "市", "乡", "镇", "州", "旗", NULL};
/* 在岗, 在线, 所在, 存在: a 在 inside a word, no 在X开展, by the character
 * after it or before it */
static const char *const in_words_after[] = {"岗", "职", "线", "校", "编", "建", "售", "用",
					    "册", "读", "任", "押", "逃", "于", NULL};
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
/* 深入X开展, 走进X: into the place where the work is done (tried in order) */
static const char *const go_into[] = {"深入", "走进", "进入", NULL};
/* 在X开展 is no place when X holds one of these: 在…期间, 在…前提下 */
static const char *const not_places[] = {"期间", "实际", "基础", "前提", "过程", "位置",
					 "时节", "环节", "状态", "阶段", NULL};
/* 报送X 或 提供X: verbs that hand a thing over without sending it (in order) */
static const char *const give_verbs[] = {"提供", "提交", "准备", NULL};
/* 电子版发送至x@y.cn: where an electronic copy goes (tried in order) */
static const char *const sent_to[] = {"发送至", "发送到", "发至", "发到", NULL};
/* 宣传周, 活动周: the short name of a week-long campaign (tried in order) */
static const char *const campaign_weeks[] = {"宣传周", "活动周", NULL};
/* 以上材料报…: a sentence about all the things listed before it */
static const char *const the_above[] = {"以上材料", "上述材料", "以上报送材料", "以上信息", NULL};
/* 街道党工委委员、宣传委员韦骁: a person's post */
static const char *const posts[] = {"书记", "委员", "主任", "局长", "部长", "县长", "区长",
				    "市长", "镇长", "乡长", "主席", "秘书长", "馆长", "校长", "理事长",
				    "党组成员", NULL};
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
					 /* 在全县中小学校统一开展: an adverb before the verb
					  * (分批, 分批次: in batches) */
					 "统一", "同步", "分别", "分批", "，", "。", "等", "；", "\n", NULL};
/* X要开展, X在…举办: what ends an item's subject, the units that do it;
 * 分别 (X、Y分别对…开展: each on its own) too */
static const char *const subject_ends[] = {"要", "开展", "在", "结合", "组织", "举办", "可",
					   "牵头", "走进", "深入", "面向", "对", "围绕",
					   "通过", "利用", "按照", "根据", "分别", NULL};
/* 报X以便汇总, 报X备案: what ends the unit a thing is sent to (备案, for
 * the record: 报区教育局安全科备案, 报镇应急办备案) */
static const char *const recipient_ends[] = {"（", "，", "。", "以便", "；", "\n", "备案", NULL};
/* 0391-3356789转8012: what joins an extension to a phone number */
static const char *const extensions[] = {"转", NULL};
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
	[WP_WORDS_TITLE_PLACE] = title_places,
	[WP_WORDS_PERSON_COLUMN] = person_columns,
	[WP_WORDS_POST_COLUMN] = post_columns,
	[WP_WORDS_GROUP_ROLE_COLUMN] = group_role_columns,
	[WP_WORDS_SEND_TOWARD] = send_toward,
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

/* ---- field and column labels ---------------------------------------------- */

/* The unit labels first, lead before cooperate, in the order they are
 * preferred when an item has several. */
const struct wp_field_label wp_field_labels[] = {
	{"牵头单位", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"责任单位", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"主办单位", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"牵头部门", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"责任部门", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"负责单位", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"组织单位", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"实施单位", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"承办单位", WP_FIELD_LEAD, WP_FIELD_LINE},
	/* a bureau's own sections (科室, 处室, 股室) as units */
	{"牵头科室", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"责任科室", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"牵头处室", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"责任处室", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"牵头股室", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"实施主体", WP_FIELD_LEAD, WP_FIELD_LINE}, /* who carries it out (a school's own) */
	{"配合单位", WP_FIELD_COOP, WP_FIELD_LINE},
	{"配合科室", WP_FIELD_COOP, WP_FIELD_LINE},
	{"配合处室", WP_FIELD_COOP, WP_FIELD_LINE},
	{"协办单位", WP_FIELD_COOP, WP_FIELD_LINE},
	{"配合部门", WP_FIELD_COOP, WP_FIELD_LINE},
	{"参与单位", WP_FIELD_COOP, WP_FIELD_LINE},
	{"参加单位", WP_FIELD_COOP, WP_FIELD_LINE},
	{"协助单位", WP_FIELD_COOP, WP_FIELD_LINE},
	/* a unit that guides (负责指导) helps, as 指导 does in prose */
	{"指导单位", WP_FIELD_COOP, WP_FIELD_LINE},
	{"指导科室", WP_FIELD_COOP, WP_FIELD_LINE},
	{"序号", WP_FIELD_NO, 0},
	{"编号", WP_FIELD_NO, 0},
	/* （一）活动名称：X; tried in this order */
	{"活动名称", WP_FIELD_NAME, WP_FIELD_TITLE},
	{"项目名称", WP_FIELD_NAME, WP_FIELD_TITLE},
	{"名称", WP_FIELD_NAME, WP_FIELD_TITLE},
	{"活动项目", WP_FIELD_NAME, WP_FIELD_TITLE},
	{"活动主题", WP_FIELD_NAME, 0},
	{"活动内容", WP_FIELD_CONTENT, WP_FIELD_LINE},
	{"主要内容", WP_FIELD_CONTENT, 0},
	{"内容", WP_FIELD_CONTENT, WP_FIELD_LINE},
	{"工作内容", WP_FIELD_CONTENT, 0},
	{"活动时间", WP_FIELD_WHEN, WP_FIELD_LINE},
	{"时间", WP_FIELD_WHEN, WP_FIELD_LINE},
	{"日期", WP_FIELD_WHEN, WP_FIELD_LINE},
	{"举办时间", WP_FIELD_WHEN, 0},
	{"开展时间", WP_FIELD_WHEN, 0},
	{"活动地点", WP_FIELD_PLACE, WP_FIELD_LINE},
	{"地点", WP_FIELD_PLACE, WP_FIELD_LINE},
	{"举办地点", WP_FIELD_PLACE, 0},
	{"地址", WP_FIELD_PLACE, 0},
	{"备注", WP_FIELD_OTHER, 0},
	{"活动形式", WP_FIELD_OTHER, WP_FIELD_LINE},
	{"形式", WP_FIELD_OTHER, WP_FIELD_LINE},
	{"联系人", WP_FIELD_OTHER, WP_FIELD_LINE},
	{"联系方式", WP_FIELD_OTHER, 0},
	{"联系电话", WP_FIELD_OTHER, 0},
	{"参加对象", WP_FIELD_OTHER, WP_FIELD_LINE},
	{"参加人员", WP_FIELD_OTHER, WP_FIELD_LINE},
	{"活动对象", WP_FIELD_OTHER, 0},
	{"宣传对象", WP_FIELD_OTHER, 0},
	{"活动方式", WP_FIELD_OTHER, 0},
	/* a schedule's short column names (时间 | 活动 | 地点 | 负责) */
	{"活动", WP_FIELD_NAME, 0},
	{"负责", WP_FIELD_LEAD, 0},
	/* a duty table's word for when: the day, or the day it is done by */
	{"完成时限", WP_FIELD_WHEN, WP_FIELD_LINE},
	{"完成时间", WP_FIELD_WHEN, WP_FIELD_LINE},
	{NULL, WP_FIELD_OTHER, 0},
};

const struct wp_field_label *wp_field_label_at(const char *s, size_t *len)
{
	const struct wp_field_label *best = NULL;
	size_t best_len = 0;
	for (const struct wp_field_label *l = wp_field_labels; l->name; l++) {
		if (*s != *l->name)
			continue;
		size_t n = strlen(l->name);
		if (n > best_len && strncmp(s, l->name, n) == 0)
			best = l, best_len = n;
	}
	*len = best_len;
	return best;
}

const struct wp_field_label *wp_field_label_is(const char *s)
{
	size_t n;
	const struct wp_field_label *l = wp_field_label_at(s, &n);
	return l && s[n] == '\0' ? l : NULL;
}

/* ---- a unit's own mark of its role ------------------------------------------ */

static const struct {
	const char *mark;
	enum wp_role role;
} unit_marks[] = {
	{"（牵头）", WP_ROLE_LEAD}, {"（牵头单位）", WP_ROLE_LEAD}, {"牵头", WP_ROLE_LEAD},
	{"（配合）", WP_ROLE_COOP}, {"（配合单位）", WP_ROLE_COOP}, {"配合", WP_ROLE_COOP},
	{"（协办）", WP_ROLE_COOP}, {"协办", WP_ROLE_COOP},
};

enum wp_role wp_unit_mark_role(const char *name, size_t *len)
{
	size_t n = strlen(name), best = 0;
	enum wp_role role = WP_ROLE_NONE;
	for (size_t k = 0; k < sizeof unit_marks / sizeof *unit_marks; k++) {
		size_t m = strlen(unit_marks[k].mark);
		if (n > m && m > best && strcmp(name + n - m, unit_marks[k].mark) == 0)
			best = m, role = unit_marks[k].role;
	}
	*len = best;
	return role;
}

/* ---- the committee ------------------------------------------------------------ */

static const struct {
	const char *label;
	enum wp_committee_role role;
} committee_labels[] = {
	{"主任单位", WP_COMMITTEE_CHAIR},   {"组长单位", WP_COMMITTEE_CHAIR}, /* of a 领导小组 */
	{"副主任单位", WP_COMMITTEE_VICE},  {"副组长单位", WP_COMMITTEE_VICE},
	{"成员单位", WP_COMMITTEE_MEMBER},
	/* a committee of persons: 组长：刘聪（县委副书记） */
	{"组长", WP_COMMITTEE_CHAIR},	     {"主任", WP_COMMITTEE_CHAIR},
	{"副组长", WP_COMMITTEE_VICE},	     {"常务副组长", WP_COMMITTEE_VICE},
	{"副主任", WP_COMMITTEE_VICE},	     {"成员", WP_COMMITTEE_MEMBER},
	{"委员", WP_COMMITTEE_MEMBER}, /* of a 组委会: 主任, 副主任, 委员 */
};

enum wp_committee_role wp_committee_label_at(const char *s, size_t *len)
{
	enum wp_committee_role role = WP_COMMITTEE_NONE;
	*len = 0;
	for (size_t k = 0; k < sizeof committee_labels / sizeof *committee_labels; k++) {
		if (*s != *committee_labels[k].label)
			continue;
		size_t n = strlen(committee_labels[k].label);
		if (n > *len && strncmp(s, committee_labels[k].label, n) == 0)
			*len = n, role = committee_labels[k].role;
	}
	return role;
}

/* ---- submitting -------------------------------------------------------------- */

/* Where WP_SUBMIT_THING or WP_SUBMIT_TO rows are tried one by one, this
 * order is theirs. 前报, 日报 and 报至 only tell that a sentence submits
 * (4月30日前报市局); a bare 报 does not (报道), but names whom after a
 * put thing (将总结报市局). */
const struct wp_submit_verb wp_submit_verbs[] = {
	{"报送", WP_SUBMIT_SIGN | WP_SUBMIT_THING | WP_SUBMIT_TO},
	{"上报", WP_SUBMIT_SIGN | WP_SUBMIT_THING | WP_SUBMIT_TO},
	{"提交", WP_SUBMIT_SIGN | WP_SUBMIT_TO | WP_SUBMIT_PUT},
	{"发送", WP_SUBMIT_SIGN | WP_SUBMIT_THING | WP_SUBMIT_TO | WP_SUBMIT_PUT},
	{"报", WP_SUBMIT_TO | WP_SUBMIT_PUT},
	{"前报", WP_SUBMIT_SIGN},
	{"日报", WP_SUBMIT_SIGN},
	{"报至", WP_SUBMIT_SIGN},
	/* 将作品交政教处: a thing put and handed over (see wp_hands_over_at) */
	{"交", WP_SUBMIT_TO | WP_SUBMIT_PUT},
	{NULL, 0},
};

/* Words that open with 交 and hand nothing over. */
static const char *const not_handing[] = {"交流", "交通", "交警", "交易", "交叉", "交汇", "交往",
					  "交换", "交界", "交融", "交替", "交织", "交际", "交谈",
					  "交心", "交友", "交办", "交纳", "交费", "交底", "交接",
					  "交付", "交互", "交响", "交由", "交给", "交予", NULL};

bool wp_hands_over_at(const char *p)
{
	if (!wp_str_starts(p, "交"))
		return false;
	for (const char *const *w = not_handing; *w; w++)
		if (wp_str_starts(p, *w))
			return false;
	return true;
}

const char *wp_submit_find(const char *s, unsigned uses, size_t *len)
{
	for (const char *p = s; *p; p += wp_str_char_len(p)) {
		size_t best = 0;
		for (const struct wp_submit_verb *v = wp_submit_verbs; v->word; v++) {
			size_t n = strlen(v->word);
			if (strcmp(v->word, "交") == 0 && !wp_hands_over_at(p))
				continue;
			if ((v->uses & uses) && n > best && strncmp(p, v->word, n) == 0)
				best = n;
		}
		if (best) {
			*len = best;
			return p;
		}
	}
	return NULL;
}

/* The two uses disagree (报告, 报名 send nothing after a thing put, yet
 * 4月30日前报名 is a deadline; 报刊, 海报 ... are not looked for after a
 * put thing): each row says where it holds, so that the readings stay
 * those the notices were checked with. */
static const struct {
	const char *word;
	unsigned where;
} not_sending[] = {
	{"报道", WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_AFTER_PUT},
	{"报纸", WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_AFTER_PUT},
	{"报刊", WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_AFTER_PUT},
	{"海报", WP_NOT_SENT_AFTER_DATE},
	{"举报", WP_NOT_SENT_AFTER_DATE},
	{"画报", WP_NOT_SENT_AFTER_DATE},
	{"简报", WP_NOT_SENT_AFTER_DATE},
	{"情报", WP_NOT_SENT_AFTER_DATE},
	{"报告会", WP_NOT_SENT_AFTER_DATE},
	{"报告", WP_NOT_SENT_AFTER_PUT},
	{"报名", WP_NOT_SENT_AFTER_PUT},
};

bool wp_not_sending_at(const char *start, const char *hit, unsigned where)
{
	for (size_t k = 0; k < sizeof not_sending / sizeof *not_sending; k++) {
		if (!(not_sending[k].where & where))
			continue;
		/* how far into the word its 报 is: 0 for 报道, one character for 海报 */
		size_t back = (size_t)(strstr(not_sending[k].word, "报") - not_sending[k].word);
		if ((size_t)(hit - start) >= back && wp_str_starts(hit - back, not_sending[k].word))
			return true;
	}
	return false;
}

/* ---- times of day ----------------------------------------------------------- */

const struct wp_time_of_day wp_times_of_day[] = {
	{"上午", false}, {"下午", true}, {"晚上", true}, {"晚", true}, /* 每晚8点 */ {NULL, false},
};

size_t wp_time_of_day_at(const char *s, bool *pm)
{
	size_t best = 0;
	for (const struct wp_time_of_day *t = wp_times_of_day; t->word; t++) {
		size_t n = strlen(t->word);
		if (n > best && strncmp(s, t->word, n) == 0) {
			best = n;
			if (pm)
				*pm = t->pm;
		}
	}
	return best;
}

bool wp_pm_before(const char *start, const char *p)
{
	for (const struct wp_time_of_day *t = wp_times_of_day; t->word; t++)
		if (t->pm && wp_str_ends_at(start, p, t->word))
			return true;
	return false;
}

/* ---- a portal's metadata block ----------------------------------------------- */

static const struct {
	const char *label;
	enum wp_meta_field field;
} meta_labels[] = {
	{"发文机关", WP_META_ISSUER},    {"发布机构", WP_META_ISSUER},     {"发文单位", WP_META_ISSUER},
	{"发文字号", WP_META_DOC_NUMBER}, {"文号", WP_META_DOC_NUMBER},     {"成文日期", WP_META_WRITTEN},
	{"成文时间", WP_META_WRITTEN},    {"标题", WP_META_TITLE},          {"名称", WP_META_TITLE},
	{"索引号", WP_META_OTHER},        {"发布日期", WP_META_OTHER},      {"发布时间", WP_META_OTHER},
	{"生效日期", WP_META_OTHER},      {"主题分类", WP_META_OTHER},      {"主题词", WP_META_OTHER},
	{"信息来源", WP_META_OTHER},      {"来源", WP_META_OTHER},          {"浏览次数", WP_META_OTHER},
	{"所属机构", WP_META_OTHER},      {"体裁分类", WP_META_OTHER},      {"公开方式", WP_META_OTHER},
	{"有效性", WP_META_OTHER},        {"访问量", WP_META_OTHER},        {"当前位置", WP_META_OTHER},
};

bool wp_meta_label_at(const char *s, enum wp_meta_field *field, size_t *len)
{
	*len = 0;
	for (size_t k = 0; k < sizeof meta_labels / sizeof *meta_labels; k++) {
		size_t n = strlen(meta_labels[k].label);
		if (n > *len && strncmp(s, meta_labels[k].label, n) == 0)
			*len = n, *field = meta_labels[k].field;
	}
	return *len > 0;
}
