/* notice-words-units.c - the genre's words for who: the verbs and labels
 * that say who leads and who cooperates, how a list of units is parted and
 * where a unit's name ends, levels and regions, and the committee's
 * bodies, posts and members.
 *
 * One of the files of plain word lists, each for what its words read;
 * notice-words.h says how to add a habit of the genre. */
#include "config.h"

#include <stddef.h>

#include "notice-words.h"

/* （一）党政办公室：牵头活动一、活动三；配合活动二、活动五。 */
static const char *const duty_leads[] = {"牵头", "主办", NULL};
static const char *const duty_helps[] = {"配合", "协助", "协办", NULL};
static const char *const duty_charges[] = {"负责", NULL};
static const char *const charge_persons[] = {"人", "同志", NULL};
/* “网安知识大闯关”线上竞赛, 宣传周启动仪式暨网络安全知识讲座: the 分工
 * lines call an activity by a part of its title (线上竞赛, 启动仪式) */
static const char *const duty_title_seps[] = {"“", "”", "《", "》", "「", "」", "暨", NULL};
/* 配合信息化管理中心开展第（五）项活动 */
static const char *const counted_items[] = {"项活动", "项", NULL};
/* 以上5、6两项由X牵头，Y配合；第7项由Z负责: a line giving units to items by number */
static const char *const named_item_nths[] = {"第", NULL};
static const char *const named_item_joins[] = {"、", "和", "及", NULL};
static const char *const named_item_counts[] = {"两", NULL};
static const char *const named_items_by[] = {"均由", "统一由", "分别由", "由", NULL};
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
					 "共同牵头", "共同主办", "共同负责", "具体负责", "具体牵头", "具体承办",
					 /* 由宜丰县公共交通有限公司具体实施 */
					 "具体实施",
					 /* 由县林业局、县司法局共同举办: both hold it, as hosts */
					 "共同举办", "联合举办",
					 /* 由团委主责、党委宣传部协同: an enterprise's words */
					 "主责", NULL};
/* 由区人大常委会办公室组织，区司法局协助 (not 由X组织Y参加) */
static const char *const clause_lead_verbs[] = {"组织", NULL};
/* 乡林业站负责技术指导: the whole phrase, so that 负责技术 is no part of the unit */
/* 县自然资源和规划局现场指导: on the spot, as a whole phrase too */
static const char *const help_verbs[] = {"现场指导", "全程指导", "负责技术指导", "做好业务指导", "做好技术指导", "做好指导", "负责业务指导",
					 "协办", "承办", "配合", "协助", "督导", "指导", "做好服务保障", "协同",
					 /* 市妇幼保健院派员参加: a unit that sends its people helps */
					 "派员参加", "派员配合", "派员参与", "派出医生参加", "派医生参加", "派专家参加",
					 "派出专家参加",
					 /* 各乡镇卫生院选派公共卫生科负责人参加: a unit that picks
					  * its people to send helps */
					 "选派", NULL};
static const char *const join_words[] = {"联合", "会同", "协同", "联同", "携手", NULL};
static const char *const level_pairs[] = {"省市", "市县", "州县", "县乡", "市区", "县镇", NULL};
/* 区交安办具体负责活动的组织实施: its subject runs the campaign */
/* 县应急管理局负责具体组织实施: so too */
static const char *const runs_it[] = {"具体负责", "负责具体", NULL};
/* 成员由A、B等单位分管负责人组成: what member units send, not units (trimmed in order) */
static const char *const member_tails[] = {"等单位分管负责人", "等单位分管负责同志", "等单位负责人",
					   "主要负责同志", "主要负责人", "分管负责同志", "分管负责人",
					   "负责同志", "负责人", "等单位", "等",
					   /* (各村（社区）党组织书记 stays as written: the
					    * villages' secretaries sit on it as persons) */
					   /* 区融媒体中心有关科室负责同志: the unit's offices
					    * send, so the unit */
					   "有关科室", "相关科室", NULL};
/* 责任单位中排在首位的为牵头单位: the first unit of a list leads */
static const char *const first_leads[] = {"排在首位的为牵头", "排在第一位的为牵头", "排名第一的为牵头",
					  "排在首位的单位为牵头", "第一个单位为牵头", "列第一位的为牵头",
					  "首位为牵头",
					  /* 涉及多个单位的活动由排在首位的单位负责牵头协调 */
					  "排在首位的单位负责牵头", "排在首位的单位牵头", "排在第一位的单位负责牵头",
					  "排在第一位的单位牵头",
					  /* 负责人栏有两人的，排在前面的负责人所在单位为牵头单位 */
					  "排在前面的为牵头", "排在前面的单位为牵头", "排在前面的负责人所在单位为牵头", NULL};
/* 责任单位一栏“/”前为牵头单位，“/”后为配合单位: a cell's units before
 * the slash lead, those after it cooperate */
static const char *const slash_leads[] = {"“/”前为牵头", "“／”前为牵头", "/前为牵头", "／前为牵头",
					  "“/”前为责任", "“／”前为责任", "“/”前的为牵头", "“／”前的为牵头", NULL};
/* 广西壮族自治区档案局 calls itself 自治区档案局, 桂园街道办事处 街道办:
 * the level a region names its bodies by, when more than its last
 * character (县, 市, 镇) */
static const char *const region_levels[] = {"自治区", "街道", NULL};
/* 县, 市, 州: the administrative levels a unit's or a region's name opens
 * with (各区、县（市）, 市（州）教育局, 我州范围内) */
static const char *const levels[] = {"区", "县", "市", "乡", "镇", "州", "旗", NULL};
/* 由省局X处会同省高级人民法院…: a province's units */
static const char *const upper_levels[] = {"省", "自治区", NULL};
/* 安全讲座 民警主讲, 应急演练 七八年级, 集日宣传 值班干部: who speaks, comes or
 * stands by, after an event's name */
static const char *const remark_ends[] = {"主讲", "主持", "年级", "干部", "人员", "群众", "老人", "代表", "参加",
					  "协助", "等候", "到户", NULL};
/* A、B及C: what parts the units of a list. 和 only before 各 (X和各牵头
 * 单位): names hold 和 (市文化和旅游局), see wp_notice_split_units. */
static const char *const unit_seps[] = {"、", "，", "；", ",", "以及", "及", "和各", NULL};
/* 知识产权局和市县两级…: what parts the units named before a level pair */
static const char *const subject_seps[] = {"及", "和", "、", "，", NULL};
/* 街道党工委委员、宣传委员韦骁: a person's post */
static const char *const posts[] = {"书记", "委员", "主任", "局长", "部长", "县长", "区长",
				    "市长", "镇长", "乡长", "主席", "秘书长", "馆长", "校长", "院长", "理事长",
				    "党组成员", "股长", "科长", "处长", "所长", "站长", "厅长", "队长",
				    "教导员", "政委", "检察长", "庭长",
				    /* 市委常委、政法委书记X: a seat on the Party committee */
				    "常委",
				    /* ranks held without a post (区市场监督管理局四级调研员刘卫东) */
				    "调研员", "巡视员", "科员",
				    /* an enterprise's (总经理, 副总经理) and a bank's */
				    "经理", "董事长", "总监", "行长", NULL};
/* X要开展, X在…举办: what ends an item's subject, the units that do it;
 * 分别 (X、Y分别对…开展: each on its own) and 负责 (X负责在…开展) too */
static const char *const subject_ends[] = {"要", "开展", "在", "结合", "组织", "举办", "可", "负责",
					   "牵头", "走进", "深入", "面向", "对", "围绕",
					   "通过", "利用", "按照", "根据", "分别",
					   /* 区科协特邀请专家为…举办讲座, 区电影公司安排… */
					   "特邀请", "邀请", "安排", "联合", "会同", NULL};
/* 联席会议召集人由X担任，副召集人由Y担任: a joint meeting's chair and deputies */
static const char *const conveners[] = {"召集人", NULL};
/* 成员单位为A、B和C。: the members of a committee in prose (tried in order) */
static const char *const members_are[] = {"成员单位为：", "成员为：", "成员单位为", "成员为", NULL};
/* 市知识产权局将 -> 市知识产权局 (trimmed in order; not 会: 协会) */
static const char *const subject_aux[] = {"将", "要", "拟", "已", NULL};
/* 县教育局要在6月26日前，…: a subject opens the clause, not a time */
static const char *const subject_modals[] = {"要", "将", "须", "应", "负责", NULL};
/* 各成员单位要制定宣传周活动方案 */
static const char *const unit_plans[] = {"方案", "计划", NULL};
/* 各单位要高度重视…制定具体方案: 加强组织领导's boilerplate */
static const char *const exhort[] = {"高度重视", "充分认识", "亲自", NULL};
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
/* 中共汝岭县委, 共青团汝岭县委: the party's (or the league's) name before
 * the region its committee is of */
static const char *const party_prefixes[] = {"中共", "中国共产党", "共青团", NULL};
/* 国家税务总局辉河市税务局: a body run from the centre names its office
 * by the region below it */
static const char *const national_prefixes[] = {"国家税务总局", "国家金融监督管理总局", "中国人民银行",
						"国家统计局", NULL};
/* 县应急局应急管理股李华: the office before a person's name */
static const char *const office_words[] = {"科", "股", "室", "处", "办", "中心", NULL};
/* 市应急管理局、市气象局: a line of units, each ending so */
static const char *const unit_ends[] = {"局", "委", "办", "院", "队", "中心", "政府", "部", "厅",
					"会", "站", "所", "台", "处", "科", "协", "办公室", NULL};
/* 县市场监督管理局, 县市场监管局, 县局 */
static const char *const market_bureaus[] = {"市场监督管理局", "市场监管局", "局", NULL};
/* 各区县要…, 各单位认真…: the units end (not 自 as such: 各市州自然资源局,
 * 自治州; 自 opens a time: 自即日起) */
static const char *const who_ends[] = {"将", "把", "要", "在", "于", "认真", "请", "分别", "按时", "负责",
				       "务必", "必须",
				       "深入", "开展", "组织", "汇总",
				       /* 各单位确定1名联络员: a person named by who */
				       "确定", "明确",
				       /* 请各单位填写附件，于…前报X: what they make and send */
				       "填写", "填报", "形成",
				       /* 各单位每天下午4点前报送: how often, after who */
				       "每天", "每日", "每周", "每月",
				       /* 各县（区）参照本方案制定…: what it goes by */
				       "参照", "对照", "结合",
				       /* 各社区居委会、辖区各学校报送活动总结至X: the sending verb */
				       "报送", "上报", "提交", "报至",
				       /* 各乡镇不迟于4月28日报送…: the last day, after who */
				       "不迟于", "不晚于", "最迟", "最晚",
				       /* 各所推荐1至2件案例，报…: what they hand over, after who */
				       "推荐", "选送", NULL};
/* X牵头，联合Y开展… */
static const char *const sentence_units_ends[] = {"开展", "深入", "在", "，", "。", "共同", "对", NULL};
/* 办公室设在县禁毒办，具体负责… */
static const char *const office_seat_ends[] = {"，", "。", "具体", "负责", NULL};
/* 各中小学以班级为单位召开…, 县直各学校对校舍…开展自查, 各学校各派1名…:
 * what opens the predicate after the units a sentence opens with */
static const char *const predicate_opens[] = {"以", "对", "各派", "各选派", "同时", "“", NULL};
/* 县教育局、县疾控中心共同组织，各学校具体落实。各乡镇卫生院负责，各村卫生室
 * 配合。: a sentence of units and their roles, clause by clause */
static const char *const role_lead_ends[] = {"牵头", "负责", "主办", "具体落实", "共同组织", "组织实施",
					     "具体负责", "具体实施", "共同牵头", "共同主办", "共同负责", "分别负责", "主责", NULL};
static const char *const role_coop_ends[] = {"配合", "协助", "协办", "承办", "参与", "督导", "指导",
					     "负责指导", "提供技术指导", "做好配合", "督导检查", "督导抽查",
					     /* 镇应急管理办公室做好业务指导 */
					     "做好业务指导", "做好技术指导", "做好指导", "负责业务指导", "协同",
					     /* 市妇幼保健院派员参加: a unit that sends its people helps */
					     "派员参加", "派员配合", "派员参与", "派出医生参加", "派医生参加", "派专家参加",
					     "派出专家参加", NULL};
/* 本次活动由县疾控中心具体组织实施 */
static const char *const campaign_leads[] = {"牵头", "组织实施", "统筹组织",
					     /* 由X主办，Y具体承办: Y runs it for X */
					     "具体承办", NULL};
/* 科学普及部, 涉及: a 及 inside a word (by what precedes it) parts no units */
static const char *const ji_in_word[] = {"普", "涉", "危", "波", "顾", "企", NULL};
/* 由X主办，Y、Z协办，W具体负责…: the clauses above the one that runs it */
static const char *const campaign_oversee[] = {"主办", "协办", "统筹协调", "统筹组织", "统一组织", "统筹",
					       "负总责", NULL};
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
static const char *const help_with[] = {"配合", "协助", NULL};
/* 一、区法院 / 1.…新闻发布会。区委宣传部负责邀请新闻媒体，区融媒体中心做好
 * 宣传报道: under a unit that leads the item, another unit that opens a
 * clause with its own part in it cooperates */
/* 与区司法局在X共同设立…: done with Y, who cooperates */
static const char *const together[] = {"共同", NULL};
/* X负责第1项，并配合Y做好第5项: the part before names the subject */
static const char *const share_joins[] = {"并", "同时", NULL};
/* 1.参加主场活动。6月16日上午，派员参加…: a title of taking part, no event */
static const char *const take_part_opens[] = {"参加", "参与", "配合", "协助", "做好", "派员", NULL};
static const char *const partner_deeds[] = {"负责", "做好", "分别", "全程", "派员", NULL};
static const char *const helped_events[] = {"开展", "举办", NULL};
/* 09:00—11:30　开幕式　地点：…　主办：X　承办：Y　协办：Z: the labels of
 * a schedule line's units, read as 由X主办，Y承办，Z协办 is */
static const char *const host_labels[] = {"主办：", "主办单位：", NULL};
/* 负责部门：保卫科牵头，总务处配合: who runs a schedule line, the roles
 * written out (a bare list all leads) */
/* (上午9:00　启动仪式　地点：X　牵头：Y　配合：Z: a day schedule's fields) */
static const char *const charge_labels[] = {"负责部门：", "负责单位：", "责任部门：", "责任单位：", "负责：",
					    "牵头：", "牵头单位：", "牵头部门：", NULL};
static const char *const doer_labels[] = {"承办：", "承办单位：", NULL};
static const char *const helper_labels[] = {"协办：", "协办单位：", "配合：", "配合单位：", "配合部门：", "协助：", NULL};
/* 领导小组下设三个工作组：（一）综合协调组。组长：王秀英；成员单位：…: what
 * the name of a working group under the committee ends with */
static const char *const work_groups[] = {"组", "专班", NULL};
/* 由X牵头，Y承办 / 责任单位：X牵头，Y承办，Z配合: X coordinates and Y
 * undertakes the activity, both answer for it (lead); under a host (由X主办，
 * Y承办) the one who undertakes runs it for the host and cooperates */
static const char *const coordinate[] = {"牵头", NULL};
static const char *const undertake[] = {"承办", "具体承办", NULL};
/* 质量强市, 依法治区 (区委全面依法治区委员会): a goal for a level, no
 * place of that name */
static const char *const goals_before_level[] = {"强", "依法治", NULL};
/* 中共瓯江区委全面依法治区委员会办公室: after a level, the level's Party
 * committee, whose bodies the unit is one of */
static const char *const party_committees[] = {"委", "党委", "党工委", NULL};
/* 县科协, 县供电公司, 国家药品监督管理局综合和规划财务司: what a unit's
 * name ends with (wp_notice_unit_like) */
static const char *const unit_tails[] = {
	"局", "委", "院", "部", "府", "会", "室", "中心", "站", "所", "队", "馆", "办",
	"（市）", "县", "区", "市", "州", "镇街", "单位", "部门", "机构", "企业", "主体",
	"司", "孵化器", "组", "处", "科", "股", "厅", "团", "社", "街道", "代表", "日报",
	"电视台", "广播台", "科协", "工商联", "妇联", "文联", "侨联", "残联", "学校", "中学",
	"小学", "学院", "大学", "幼儿园", "协会", "银行", "分行", "支行", "村", "社区", "乡镇", "党校",
	"镇", "乡", "中心校", /* 各乡镇中心校: a township's central school */
	"各校", /* 由各校负责: the schools, each */
	/* 县一中, 县二中: a county's middle schools by their number */
	"一中", "二中", "三中", "四中", "五中", "六中", "七中", "八中", "九中",
	"基地", /* 各科普教育基地: the bases of a campaign, as units that report */
	"法庭", /* 区人民法院临溪人民法庭: a court's tribunal in a township */
	"审判庭", "立案庭", "执行庭", /* a court's divisions */
	/* 民事审判第二庭, 民一庭: a court's divisions by their number */
	"一庭", "二庭", "三庭", "四庭", "五庭", "六庭",
	"气象台", "监狱", "海关", /* 霞州海关, 拱北海关 */
	/* a hospital's wards, as its nursing staff are organised */
	"护理单元", "病区",
	/* 槿阳新华书店, 新华书店枫溪分店: a bookshop that helps a reading campaign */
	"书店", "分店", NULL};
/* 县疾病预防控制中心（以下简称县疾控中心）: what the bracket after a
 * name opens with when it says what the text calls the unit */
static const char *const called[] = {"以下简称", "下称", "以下称", "简称", NULL};
/* 县发展改革委 ★ ○ △: the marks of a unit's part in a responsibility table */
static const char *const mark_leads[] = {"★", "●", NULL};
static const char *const mark_coops[] = {"○", "◯", "〇", "△", "☆", NULL};
/* ——立案庭：…, —— 金沙人民法庭：…: the dash before a unit's duty */
static const char *const duty_dashes[] = {"——", "—", "－－", NULL};
static const char *const dash_go_to[] = {"在", "赴", "到", NULL};
static const char *const goes_to[] = {"在", "赴", "到", "前往", "深入", NULL};
/* 县市场监管局 食品安全协调科, 县民政局 社会事务股: an office of the unit
 * before it, no unit of its own */
static const char *const inner_offices[] = {"科", "股", "室", "处", "组", NULL};
/* 启动大会, 社会: words that end like a unit but are events or abstractions */
static const char *const not_units[] = {
	"大会", "晚会", "展会", "博览会", "发布会", "座谈会", "推进会", "培训会", "交流会",
	"研讨会", "报告会", "对接会", "洽谈会", "分享会", "见面会", "说明会", "启动会",
	"动员会", "宣讲会", "社会", "机会", "格局", "布局", "大局", "全局",
	/* 全县在编在岗教职工登录…: the whole county, no unit */
	"全县", "全区", "全市", "全镇", "全乡", NULL};

/* 办公室设在县禁毒办, 领导小组下设办公室在政教处 (said the other way
 * round), 工作小组下设办公室，设在医务科 (a comma between): what the unit
 * the committee's office sits in follows (tried in order) */
static const char *const office_seats[] = {"办公室设在", "下设办公室在", "下设办公室，设在", NULL};
static const char *const office_set_ups[] = {"下设办公室", "办公室设在", NULL};
/* 各村（社区）书记, 各班主任: a group of units or of persons */
static const char *const group_opens[] = {"各", NULL};
/* 俞晓峰, 欧阳蕾: the surnames a name opens with, the commonest (a sign-off
 * line of two or three characters names a person only after one) */
static const char *const surnames[] = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
					"宇文", "司徒", "夏侯", "令狐", "端木", "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
					"朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
					"肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
					"卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟",
					"熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚",
					"邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "常", "温", "康", "施", "文", "牛", "樊", "葛",
					"邢", "安", "齐", "易", "乔", "伍", "庞", "颜", "倪", "庄", "聂", "章", "鲁", "岳", "翟", "殷", "詹", "申", "欧",
					"耿", "关", "兰", "焦", "俞", "左", "柳", "甘", "祝", "包", "宁", "尚", "符", "舒", "阮", "柯", "纪", "梅", "童",
					"凌", "毕", "单", "季", "裴", "霍", "涂", "成", "苗", "谷", "盛", "曲", "翁", "冉", "骆", "蓝", "路", "游", "辛",
					"靳", "管", "柴", "蒙", "鲍", "华", "喻", "祁", "蒲", "房", "滕", "屈", "饶", "解", "牟", "艾", "尤", "阳", "时",
					"穆", "农", "司", "卓", "古", "吉", "缪", "简", "车", "项", "连", "芦", "麦", "褚", "娄", "窦", "戚", "岑", "景",
					"党", "宫", "费", "卜", "冷", "晏", "席", "卫", "米", "柏", "宗", "瞿", "桂", "全", "佟", "应", "臧", "闵", "苟",
					"邬", "边", "卞", "姬", "师", "和", "仇", "栾", "隋", "商", "刁", "沙", "荣", "巫", "寇", "桑", "郎", "甄", "丛",
					"仲", "虞", "敖", "巩", "明", "佘", "池", "查", "麻", "苑", "迟", "邝", NULL};
/* 负责人：待定, 报给领导, 传真　0796-…: a person's place, words that are no name */
static const char *const not_names[] = {"全体", "待定", "另定", "领导", "学生", "家长", "传真", "本人", "老师", "群众",
					"专人", "各位", "相关", "有关", "同志", "人员", "干部", "职工", "教师", "居民",
					"村民", "师生", "市民", "志愿者", "联系人", "负责人", "电话", "手机", "邮箱", "座机",
					"地址", "单位", "部门", "科室", "主任", "组长", "书记", "所长", "站长", "校长", NULL};
/* X任专班负责人，A，B任副组长: the deputies' clause after a head's */
static const char *const group_deputies[] = {"任副组长", NULL};
/* 会同市作家协会组织读者…: the name ends before the deed, though a
 * unit may end in its first character (工作组) */
static const char *const deeds_after_unit[] = {"组织", "举办", "举行", "开展", "组成", "深入", "分赴", "走进", NULL};

/* 三、组织单位 / 承办单位：X: who carries a whole campaign out for its host */
static const char *const campaign_runner_labels[] = {"具体承办单位", "承办单位", "执行单位", NULL};
/* 主办单位：X over it: the campaign's host */
static const char *const campaign_host_labels[] = {"主办单位", "主办", NULL};
static const char *const campaign_lead_labels[] = {"牵头单位", "总牵头单位", NULL};

/* 由区教育局牵头，区市场监管局参与: after the clause of the unit that
 * leads, a clause that ends so names those who help; elsewhere 参与 is
 * only taking part (各单位积极参与) */
static const char *const partner_ends[] = {"参与", NULL};

/* 负责人：王老师, 各班主任, 少先队辅导员: a person named by a title, not a unit */
static const char *const person_titles[] = {"老师", "教师", "班主任", "辅导员", "年级组长", "教研组长", "组长",
					    "主任", "校长", "教练", NULL};

/* 市应急管理局, 支队防火监督处, 各县（区）消防救援大队: a body, never a place */
static const char *const body_tails[] = {"局", "委", "办", "队", "处", "科", "部", "委员会", "办公室", "政府", "联合会",
					 "协会", "总工会", "妇联", "团委", "团市委", "团县委", NULL};

/* 市国家安全局: ends like 全局 (the whole situation), a unit all the same */
static const char *const units_after_all[] = {"安全局", NULL};
/* 配合部门：无, a table's — cell: the field is there, and names no one */
static const char *const no_unit_values[] = {"无", "暂无", "—", "——", "-", "/", "／", NULL};

/* 各县（市）区科普日活动安排表: a unit's last character (科, 处, 部, 局,
 * 站, 所, 队, 院, 组) opening a common word, which a unit's name never
 * ends inside */
static const char *const unit_ends_in_word[] = {"科普", "科技", "科学", "科研", "处理", "处置", "部署",
						"局势", "站点", "所有", "队伍", "院校", "组织", NULL};

/* 于12月10日前确定“岚溪镇优秀志愿者”10名: the honoured chosen by a day */
static const char *const honours[] = {"优秀", "先进", "最美", NULL};

/* 县市场监督管理局 (the county's market bureau, no place named): a
 * level's character that opens a word is no division's end. Only words
 * no place name ends before: 乌兰察布市民族事务委员会 is 市 + 民族,
 * 延吉市政府 is 市 + 政府 */
static const char *const level_in_word[] = {"市场", NULL};
/* 市民学校：, 乡村振兴讲堂：: a word a level's character opens, so that a
 * name opening with it names no level (an event's name before a colon) */
/* 城关镇, 石桥乡, 望海街道: how a township's name ends; 乡镇, 城镇, 村镇:
 * townships in general (法治文艺进乡镇), no one's name, nor 下乡, 小镇 */
static const char *const township_ends[] = {"镇", "乡", "街道", NULL};
static const char *const townships_words[] = {"乡镇", "城镇", "村镇", "集镇",
					      /* 送戏下乡, 特色小镇: an event's or a kind's name */
					      "下乡", "小镇", NULL};
/* 第一场9月17日…；第二场9月18日…: what counts a when's sessions */
static const char *const session_counters[] = {"场", "期", "批", "轮", NULL};
/* 县市场监管局、县商务局等部门：: the word for all the units just named */
static const char *const units_all_of_them[] = {"等部门", "等单位", "等", NULL};
static const char *const not_level_openings[] = {"市民", "市场", "市域", "县域", "区域", "乡村", "城乡", NULL};

/* 各所分别负责, 县科协具体负责: how the units take the role */
static const char *const role_manners[] = {"分别", "具体", "统一", "按职责", NULL};
/* 4月21日前各报1个案例: each of the doers sends one */
static const char *const each_doers[] = {"各", "分别", NULL};
/* ，县安委会各成员单位参加，: units that take part cooperate */
static const char *const take_part[] = {"参加", NULL};
/* 内容：…邀请市市场监督管理局、霞州海关派员参加: units invited to send
 * their people help, beside those the 配合单位 label names */
static const char *const sends_people[] = {"派员参加", "派员参与", "派员配合", "派员现场指导", "派员指导",
					   "派专家参加", "派出专家参加", "派员出席", NULL};
static const char *const invites[] = {"邀请", "特邀", NULL};
/* 请贵单位确定1名联络员: a letter's honorific you, each of its addressees */
static const char *const honorific_you[] = {"贵单位", "贵局", "贵委", "贵办", "贵院", "贵校", "贵司", "贵部门", NULL};
/* 函复我局, 报本局: the writer calling itself */
static const char *const self_pronouns[] = {"我", "本", NULL};

/* 四、承办单位 / 五、协办单位: the sections of the plan of one event */
static const char *const event_doer_labels[] = {"承办单位", "承办", NULL};
static const char *const event_helper_labels[] = {"协办单位", "协办", "支持单位", NULL};

/* 主任由各单位分管负责同志担任: a person by the post held, not a name */
static const char *const unnamed_persons[] = {"负责同志", "负责人", NULL};
/* 法律进社区, 科技进校园: a campaign going into places, not a unit */
static const char *const goes_into[] = {"进", NULL};
/* 县发展改革局：…由县科技局牵头: the item names another unit to lead it */
static const char *const said_to_lead[] = {"牵头", NULL};

const char *const *const wp_words_units[WP_WORDS_COUNT] = {
	[WP_WORDS_LEAD_VERB] = lead_verbs,
	[WP_WORDS_HELP_VERB] = help_verbs,
	[WP_WORDS_JOIN] = join_words,
	[WP_WORDS_LEVEL_PAIR] = level_pairs,
	[WP_WORDS_MEMBER_TAIL] = member_tails,
	[WP_WORDS_FIRST_LEADS] = first_leads,
	[WP_WORDS_SLASH_LEADS] = slash_leads,
	[WP_WORDS_LEVEL] = levels,
	[WP_WORDS_UPPER_LEVEL] = upper_levels,
	[WP_WORDS_REMARK_END] = remark_ends,
	[WP_WORDS_UNIT_SEP] = unit_seps,
	[WP_WORDS_SUBJECT_SEP] = subject_seps,
	[WP_WORDS_POST] = posts,
	[WP_WORDS_CONVENER] = conveners,
	[WP_WORDS_SUBJECT_END] = subject_ends,
	[WP_WORDS_MEMBERS_ARE] = members_are,
	[WP_WORDS_SUBJECT_AUX] = subject_aux,
	[WP_WORDS_SUBJECT_MODAL] = subject_modals,
	[WP_WORDS_UNIT_PLAN] = unit_plans,
	[WP_WORDS_EXHORT] = exhort,
	[WP_WORDS_COMMITTEE_BODY] = committee_bodies,
	[WP_WORDS_BODY_MEMBERS] = body_members,
	[WP_WORDS_SEAT] = seats,
	[WP_WORDS_PROVINCE_END] = province_ends,
	[WP_WORDS_OFFICE_WORD] = office_words,
	[WP_WORDS_UNIT_END] = unit_ends,
	[WP_WORDS_MARKET_BUREAU] = market_bureaus,
	[WP_WORDS_WHO_END] = who_ends,
	[WP_WORDS_CALLED] = called,
	[WP_WORDS_SENTENCE_UNITS_END] = sentence_units_ends,
	[WP_WORDS_OFFICE_SEAT_END] = office_seat_ends,
	[WP_WORDS_RUNS_IT] = runs_it,
	[WP_WORDS_JI_IN_WORD] = ji_in_word,
	[WP_WORDS_ROLE_LEAD_END] = role_lead_ends,
	[WP_WORDS_ROLE_COOP_END] = role_coop_ends,
	[WP_WORDS_CAMPAIGN_LEAD] = campaign_leads,
	[WP_WORDS_LEAD_VERB_TAIL] = lead_verb_tails,
	[WP_WORDS_DUTY_DASH] = duty_dashes,
	[WP_WORDS_MARK_LEAD] = mark_leads,
	[WP_WORDS_MARK_COOP] = mark_coops,
	[WP_WORDS_DASH_GO_TO] = dash_go_to,
	[WP_WORDS_GOES_TO] = goes_to,
	[WP_WORDS_INNER_OFFICE] = inner_offices,
	[WP_WORDS_HOST_LABEL] = host_labels,
	[WP_WORDS_CHARGE_LABEL] = charge_labels,
	[WP_WORDS_DOER_LABEL] = doer_labels,
	[WP_WORDS_HELPER_LABEL] = helper_labels,
	[WP_WORDS_CAMPAIGN_OVERSEE] = campaign_oversee,
	[WP_WORDS_DAILY_WORK_VERB] = daily_work_verbs,
	[WP_WORDS_DAILY_WORK_BY] = daily_work_by,
	[WP_WORDS_SHORT_LEAD_LABEL] = short_lead_labels,
	[WP_WORDS_SHORT_COOP_LABEL] = short_coop_labels,
	[WP_WORDS_HELP_WITH] = help_with,
	[WP_WORDS_PARTNER_DEED] = partner_deeds,
	[WP_WORDS_TAKE_PART_OPEN] = take_part_opens,
	[WP_WORDS_SHARE_JOIN] = share_joins,
	[WP_WORDS_TOGETHER] = together,
	[WP_WORDS_HELPED_EVENT] = helped_events,
	[WP_WORDS_UNIT_AND] = unit_and,
	[WP_WORDS_PARTY_PREFIX] = party_prefixes,
	[WP_WORDS_NATIONAL_PREFIX] = national_prefixes,
	[WP_WORDS_DUTY_LEAD] = duty_leads,
	[WP_WORDS_DUTY_HELP] = duty_helps,
	[WP_WORDS_DUTY_CHARGE] = duty_charges,
	[WP_WORDS_CHARGE_PERSON] = charge_persons,
	[WP_WORDS_DUTY_TITLE_SEP] = duty_title_seps,
	[WP_WORDS_COUNTED_ITEM] = counted_items,
	[WP_WORDS_NAMED_ITEM_NTH] = named_item_nths,
	[WP_WORDS_NAMED_ITEM_JOIN] = named_item_joins,
	[WP_WORDS_NAMED_ITEM_COUNT] = named_item_counts,
	[WP_WORDS_NAMED_ITEMS_BY] = named_items_by,
	[WP_WORDS_NAME_DOT] = name_dots,
	[WP_WORDS_AUDIENCE_JOIN] = audience_joins,
	[WP_WORDS_PROVINCE_SHORT] = province_shorts,
	[WP_WORDS_WORK_GROUP] = work_groups,
	[WP_WORDS_PREDICATE_OPEN] = predicate_opens,
	[WP_WORDS_REGION_LEVEL] = region_levels,
	[WP_WORDS_COORDINATE] = coordinate,
	[WP_WORDS_UNDERTAKE] = undertake,
	[WP_WORDS_GOAL_BEFORE_LEVEL] = goals_before_level,
	[WP_WORDS_LEVEL_IN_WORD] = level_in_word,
	[WP_WORDS_NOT_LEVEL_OPENING] = not_level_openings,
	[WP_WORDS_UNITS_ALL_OF_THEM] = units_all_of_them,
	[WP_WORDS_SESSION_COUNTER] = session_counters,
	[WP_WORDS_TOWNSHIP_END] = township_ends,
	[WP_WORDS_TOWNSHIPS_WORD] = townships_words,
	[WP_WORDS_EVENT_DOER_LABEL] = event_doer_labels,
	[WP_WORDS_EVENT_HELPER_LABEL] = event_helper_labels,
	[WP_WORDS_ROLE_MANNER] = role_manners,
	[WP_WORDS_EACH_DOER] = each_doers,
	[WP_WORDS_TAKE_PART] = take_part,
	[WP_WORDS_SENDS_PEOPLE] = sends_people,
	[WP_WORDS_INVITE] = invites,
	[WP_WORDS_HONORIFIC_YOU] = honorific_you,
	[WP_WORDS_SELF_PRONOUN] = self_pronouns,
	[WP_WORDS_PARTY_COMMITTEE] = party_committees,
	[WP_WORDS_UNIT_TAIL] = unit_tails,
	[WP_WORDS_NOT_UNIT] = not_units,
	[WP_WORDS_OFFICE_SEAT] = office_seats,
	[WP_WORDS_CAMPAIGN_RUNNER_LABEL] = campaign_runner_labels,
	[WP_WORDS_DEED_AFTER_UNIT] = deeds_after_unit,
	[WP_WORDS_CAMPAIGN_HOST_LABEL] = campaign_host_labels,
	[WP_WORDS_CAMPAIGN_LEAD_LABEL] = campaign_lead_labels,
	[WP_WORDS_PARTNER_END] = partner_ends,
	[WP_WORDS_PERSON_TITLE] = person_titles,
	[WP_WORDS_BODY_TAIL] = body_tails,
	[WP_WORDS_UNIT_AFTER_ALL] = units_after_all,
	[WP_WORDS_NO_UNIT_VALUE] = no_unit_values,
	[WP_WORDS_UNIT_END_IN_WORD] = unit_ends_in_word,
	[WP_WORDS_HONOUR] = honours,
	[WP_WORDS_OFFICE_SET_UP] = office_set_ups,
	[WP_WORDS_GROUP_DEPUTY] = group_deputies,
	[WP_WORDS_NOT_A_NAME] = not_names,
	[WP_WORDS_SURNAME] = surnames,
	[WP_WORDS_GROUP_OPEN] = group_opens,
	[WP_WORDS_UNNAMED_PERSON] = unnamed_persons,
	[WP_WORDS_GOES_INTO] = goes_into,
	[WP_WORDS_SAID_TO_LEAD] = said_to_lead,
	[WP_WORDS_CLAUSE_LEAD_VERB] = clause_lead_verbs,
};
