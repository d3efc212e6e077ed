/* notice-words-places.c - the genre's words for what happens where: the
 * verbs that name an event, the ends of places and sites, the accounts and
 * platforms an activity runs on, and the words that say a place phrase is
 * none.
 *
 * One of the files of plain word lists, each for what its words read;
 * notice-words.h says how to add a habit of the genre. */
#include "config.h"

#include <stddef.h>

#include "notice-words.h"

/* 其间，4月15日上午…举行: a dated event inside an item opens after these */
static const char *const event_openers[] = {"其间，", "期间，", "届时，", "同时，", "其中，", NULL};
/* “梁溪政法”微信公众号: an account an activity runs on (in order) */
static const char *const accounts[] = {"微信公众号", "公众号", "视频号", "抖音号", "客户端", "网站", "官方微博", NULL};
/* 参观X: X is a site when it ends so (not 参观…过程) */
static const char *const sites[] = {"厂", "馆", "中心", "基地", "园", "站", "场", "院", "室", "企业", "长廊",
				    "公司", "学校", "展厅", "所", NULL};
/* 县科普馆免费向公众开放: the sites that open are where it happens (tried in order) */
static const char *const open_to_public[] = {"免费向公众开放", "免费向社会开放", "向公众免费开放",
					     "向社会免费开放", "向公众开放", "向社会开放", "免费开放",
					     "向市民开放", NULL};
/* 举办X, 召开X: a verb whose object names an event */
static const char *const event_verbs[] = {"举办", "召开", "组织", "开展", "举行", NULL};
/* 动员部署会, 应急演练, 专题讲座, 成果展: the kinds of event a name ends with */
/* 当天，各通信运营商推送公益短信，…（责任单位：X）: a deed under a day that is
 * an entry of its own, though no event is held */
static const char *const deed_verbs[] = {"推送", "发放", "播放", "发布", "张贴", "悬挂", "开设", "投放", NULL};
/* 结合“安康杯”竞赛，组织…, 围绕X，对…开展: a clause that frames the deed after it */
/* (not 依托X开展Y, 利用X开展Y: the means and the deed in one clause) */
static const char *const frame_opens[] = {"结合", "围绕", "对照", "按照", "根据", "依据", "针对", NULL};
/* 严禁借机发放广告, 请各单位将发放资料数量报…, 确保宣传效果: asked for, not done */
/* (not 请 alone: 邀请, 申请) */
static const char *const demands[] = {"请各", "请于", "严禁", "禁止", "不得", "务必", "应当", "确保", NULL};
/* (not 会 alone: 县安委会, 市科协会 are units) */
static const char *const event_noun_ends[] = {
	"部署会", "推进会", "座谈会", "发布会", "展销会", "运动会", "报告会", "交流会", "培训会", "宣讲会", "对接会",
	"观摩会", "见面会", "分享会", "晚会",   "联谊会", "启动会", "动员会", "研讨会", "现场会", "调度会", "演讲会",
	"赛",     "演练",   "讲座",   "培训",   "仪式",   "展",     "展览",   "展演",   "宣讲",   "咨询",   "检查",
	"行动",   "开放日", "答题",   "竞答",   "班会",   "论坛",   NULL};
/* 开展一次X: how many times, not part of the event's name */
/* 区委组织部, 党组织书记, 社会组织: nouns holding the verb 组织 */
/* (委组织部, not 组织部署: organising deployment) */
static const char *const verb_nouns[] = {"委组织部", "组织者", "组织机构", "组织架构", "党组织", "基层组织",
					 "社会组织", "群团组织", "共青团组织", "自治组织", NULL};
/* 在会议室集中观看警示教育片: how they attend, before the verb */
static const char *const attend_manners[] = {"集中", "统一", "分批", NULL};
static const char *const area_spans[] = {"范围内", "范围", "各地", NULL};
static const char *const each_places[] = {"各地", "各处", "各点", NULL};
/* 镇文化广场（遇雨改在镇便民服务中心）: where it may move */
static const char *const fallback_places[] = {"遇雨", "如遇", "雨天", "若遇", NULL};
static const char *const event_counts[] = {"一次", "一场", "一期", "一轮", "一批", NULL};
/* 组织干部群众旁听一起侵犯公民个人信息案件庭审: after 组织 the people,
 * then what they attend, which names the event (旁听…庭审) */
static const char *const attend_verbs[] = {"旁听", "观看", "收看", "聆听", NULL};
/* 在岗, 在线, 所在, 存在: a 在 inside a word, no 在X开展, by the character
 * after it or before it */
static const char *const in_words_after[] = {"岗", "职", "线", "校", "编", "建", "售", "用",
					    "册", "读", "任", "押", "逃", "于",
					    "外", /* 在外子女: away from home */
					    "港船", /* 在港船舶: ships in port */
					    "园幼儿", "园儿童", /* 在园幼儿: children at kindergarten */ NULL};
static const char *const in_words_before[] = {"所", "存", "现", "正", "实", "内", "潜", "自", NULL};
/* 深入X开展, 走进X, 分赴X开展: into the place where the work is done (tried in order) */
static const char *const go_into[] = {"深入", "走进", "进入", "进驻", "分赴", "到", NULL};
/* 在X开展 is no place when X holds one of these: 在…期间, 在…前提下 */
static const char *const not_places[] = {"期间", "实际", "基础上", "前提", "过程", "位置",
					 "时节", "环节", "状态", "阶段", NULL};
/* 各社区对所在社区开展…, 由所在单位…, 志愿者深入所在村组: after these
 * 所在 is a word (where each one is), not a unit's 所 then 在 */
static const char *const suo_word_after[] = {"对", "向", "到", "由", "入", "在", "至", "往", "赴", "其",
					      "各", "本", "该", "与", "和", "及", "从", "回", NULL};
/* 县公安局：3月30日负责现场安保, 县消防救援大队：3月30日派员现场指导,
 * 县教育局：3月30日起接受报名: a unit's duty on a day, no event there */
static const char *const duty_words[] = {"负责", "派员", "接受报名", "日起", "保障", "值守", NULL};
/* 每个市场监管所在辖区内开展…: each one's own area, the whole of it */
static const char *const own_areas[] = {"辖区内", "辖区", "本辖区", "辖区范围内", "本辖区内", NULL};
/* 在X开展: what ends the place after 在 (or 深入); 推出 a programme
 * (在“桐溪发布”微信视频号推出) too */
static const char *const place_ends[] = {"开展", "组织", "举办", "举行", "开辟", "通过", "利用",
					 "播放", "召开", "进行", "设置", "设立", "集中", "展开",
					 "加大", "发放", "张贴", "悬挂", "投放", "发布", "展示",
					 "展出", "布置", "搭建", "摆放", "面向", "向", "为", "召集", "推出",
					 "开设", /* 在X公众号、Y日报开设专栏 */
					 "参加", /* 在南昌市八一广场参加全省集中宣传活动 */
					 "设点", /* 在城东农贸市场、乡镇集市设点宣传 */
					 "开放", /* 在县图书馆一楼大厅开放…博览展 */
					 "巡回", /* 在X、Y文化广场巡回演出 */
					 /* 首站在X村委会广场发车: where a caravan sets out */
					 "发车", "出发", "集合", /* 在桐湖公园南门广场集合 */
					 /* 在全县中小学校统一开展: an adverb before the verb
					  * (分批, 分批次: in batches) */
					 "统一", "同步", "分别", "分批",
					 /* 与区司法局在X共同设立: done together there (not
					  * 共同 nor 联合 alone: 县残疾人联合会, 共同村) */
					 "共同设立", "共同开展", "共同举办", "共同举行", "共同组织",
					 /* 在各营业厅循环播放, 在LED屏滚动播放: how often it plays
					  * (not 循环 alone: 循环经济产业园) */
					 "循环播放", "滚动播放", "循环滚动", "循环播出", "滚动播出",
					 /* 在中心四楼示教室分五批对全体人员开展: batches counted */
					 "分两批", "分三批", "分四批", "分五批", "分六批", "分2批", "分3批", "分4批", "分5批",
					 /* 在乡政府文化广场隆重举行开幕式: the manner of a ceremony */
					 "隆重",
					 /* 在市中级人民法院第一审判庭公开审理一起…案件: a trial */
					 "公开审理", "公开开庭", "公开宣判", "开庭审理",
					 /* 在全院各病区逐一排查, 在X公众号推送, 深入X采取暗访 */
					 "逐一", "排查", "推送", "采取", "宣讲", "授课",
					 "滚动", /* 在X电子屏滚动播放 */
					 /* 在全县各中小学校以班级为单位开展: the manner (以X为单位) */
					 "以", "，", "。", "等", "；", "\n", NULL};
/* 在城市中心广场、商业街区等人流密集场所开展: the kind of place the list
 * after its 等 names (kept with the list) */
static const char *const place_kinds[] = {"场所", "区域", "景区", "小区", "学校", "院校", "院所", "乡镇", "村",
					  "社区", "阵地", "产区", "牧区", "地区", "街区", "市场", "集镇", NULL};
/* 地点：第一场在主校区图书馆，第二场在澜东校区…: what counts sessions */
static const char *const session_measures[] = {"场", "期", "批", "站", "轮", "班", NULL};
/* 🏢 市图书馆三楼报告厅: what ends a venue's name, though a unit's name
 * opens it (not 办公室, 办公厅: units) */
static const char *const venue_ends[] = {"报告厅", "多功能厅", "大厅", "展厅", "演播厅", "会议室", "活动室", "培训室",
					 "教室", "广场", "礼堂", "会场", NULL};
/* 通过微信公众号、抖音等平台 */
static const char *const platform_ends[] = {"等平台", "等媒体", NULL};
/* “X”公众号、抖音号和电视台: one channel of several */
static const char *const channel_seps[] = {"、", "和", "及", "以及", NULL};
/* 淮岭日报、淮岭广播电视台及“淮岭科协”微信公众号: media named in a list of
 * channels, each with its own name before the word */
static const char *const named_media[] = {"日报", "晚报", "广播电视台", "电视台", "广播电台", "客户端", "微信公众号",
					  "公众号", "视频号", "网站", NULL};
/* 通过X、Y, 依托X和Y, 在X、Y: where a list of channels starts */
static const char *const channel_kinds[] = {"微信", "官方", "门户", "政府", "各类", "各级", "新闻", "官方微信", "抖音", NULL};
static const char *const channel_leads[] = {"通过", "依托", "利用", "借助", "在", "，", "。", "；", "\n", NULL};
/* 参观X、Y等 */
static const char *const visit_ends[] = {"，", "。", "；", "\n", "等", NULL};
/* 走进X、Y等8所中小学校，开展 */
static const char *const count_ends[] = {"，", "。", "；", "开展", "\n", NULL};
/* 线上培训班, 网上答题: an event online, where no place is written */
static const char *const online[] = {"线上", "网上", NULL};
/* 线上培训班, 网上发布会: a gathering held online has 线上 for its place;
 * publicity online (网上宣传活动, 线上打卡, 线上科普) has none, nor a
 * contest each takes alone online (线上竞赛: 依托小程序开展知识竞赛) */
static const char *const gatherings[] = {"培训", "讲座", "会议", "研讨", "座谈", "论坛", "发布会",
					 "对接会", "宣讲会", "报告会", NULL};
/* 1、启动仪式（县城东湖广场）: a bracket after an item's title names where
 * it is when one of its places ends so (no unit's name does: 县文化馆 may
 * be a lead in brackets, 县非遗展示馆 is a place) */
static const char *const title_places[] = {"广场", "景区", "公园", "展示馆", "博物馆", "纪念馆", "游客中心",
					   "礼堂", "操场", "体育场", "直播间", NULL};
/* X、Y两所学校, 三个社区: how places are counted */
static const char *const place_counters[] = {"所", "个", "家", "处", NULL};
/* 通过“清漳城管”微信公众号预约参观: an account one books through is no place */
static const char *const booking[] = {"预约", "报名", NULL};
/* 在…门诊楼前开展: what stands before 前 when the place is in front of a building */
static const char *const buildings[] = {"门", "楼", "馆", "院", "站", "场", "厅", "堂", "中心", "屋", NULL};
/* 依托X开展: X is where it happens when X names sites */
static const char *const rely_on[] = {"依托", NULL};
static const char *const online_venues[] = {"平台", "APP", "App", "app", "小程序", "客户端", "公众号", "网站", NULL};
/* 于4月20日至28日在全区组织开展 / 在全省自然资源系统开展 */
static const char *const whole_area[] = {"在全", NULL};
/* 在X举行…，并通过“Y”公众号同步宣传: Y follows the event held at X */
static const char *const in_step[] = {"同步", NULL};
static const char *const same_place[] = {"同一地点", "同一场地", "原场地", NULL};
static const char *const mid_phrase_ends[] = {"在", "于", NULL};
/* X启动仪式在古城东门广场举行: the place after the event named first */
static const char *const places_at[] = {"在", NULL};
static const char *const phrase_ends_zai[] = {"所在", "存在", "现在", "实在", "自在", NULL};
/* 在县图书馆一楼大厅开放网络安全博览展: an exhibition opened, not held;
 * not among the event verbs, as 开放 is inside names too (“质量开放日”) */
static const char *const open_verbs[] = {"开放", NULL};
/* 在乡文化广场放映国家安全题材影片, 在“陕西药监”微信视频号直播: what is
 * done at the place ends it, but only right after a place's last word
 * (广场, 馆, 号): 抖音直播间 and 电影放映厅 are names */
static const char *const done_there[] = {"放映", "直播", "演出", "展演", "义诊", "宣讲", "轮播", NULL};

/* 组织小分队前往牧区各放牧点，向牧民…: where the team travels to is
 * where it works, whatever it then does */
static const char *const travel_to[] = {"前往", "奔赴", "赶赴", NULL};

/* 序号 / 市州 / 活动名称 …: a table's column of the area each row is in
 * (a province's cities, a city's counties, a county's towns); the area's
 * cell is often merged over the rows of one area */
static const char *const area_columns[] = {"市州", "市（州）", "地市", "市县", "县区", "区县", "县（市、区）", "县市区",
					     "县（区）", "地区", "所在地区", "乡镇", "乡镇（街道）", "镇（街道）", "镇街", "街道",
					     "片区", NULL};
/* 负责人 | 王晓东（县司法局）: a column of the persons in charge (as a
 * line's label, 负责人：X, it says no more than who answers for it) */
static const char *const person_lead_columns[] = {"负责人", "活动负责人", NULL};
/* 武汉市, 恩施州, 谷城县, 蜀山区, 神农架林区: how an area's name ends */
static const char *const area_ends[] = {"市", "州", "县", "区", "旗", "盟", "镇", "乡", "街道", NULL};
static const char *const bracket_remarks[] = {"含", "包括", "每场", "每期", "每次", "每人", "限", "约", "共", "不少于",
					      "不超过", "具体", "另行", "待定", "暂定", "视", "如", "须", "需", NULL};
/* 在全县范围内对投资咨询、理财服务等行业开展排查: what follows names what is
 * dealt with, not the places */
static const char *const region_object_opens[] = {"对", "针对", NULL};

/* 在街道为民服务中心举行, 在向阳社区服务站开展: words that end a place
 * yet may open a word of a building's name (the place reader looks on to
 * a building's word before it takes them as the end) */
static const char *const place_ends_in_name[] = {"为", "向", NULL};
/* 12月2日下午3:00 / 鹭江第二中学报告厅 (WP_WORDS_BUILDING) / 各社区: the
 * ends of a bare place line under an item's day, besides the buildings' */
static const char *const bare_place_ends[] = {"室", "步道", "公园", "社区", "村", "景区", "街区", NULL};

/* 六五环境日主场宣传活动: the kind an event's title ends in; a task
 * under another unit calls the event by the word before it (主场活动) */
static const char *const event_kind_tails[] = {"活动", "宣传", NULL};

/* 5/13上午9点，演练，县委党校（…牵头）: a field alone that names a place */
static const char *const field_place_ends[] = {"校", "中学", "小学", "大学", "学院", "街", "商超", "超市",
					       "园区", "基地", "码头", "厂", NULL};
/* …，进学校、进社区、进农村，… / …，组织群众就近转移至应急避难场所，…: what is done */
static const char *const field_not_places[] = {"进", "走进", "深入", "组织", "开展", "前往", "赴", "到", "转移",
					       "举办", "举行", NULL};

const char *const *const wp_words_places[WP_WORDS_COUNT] = {
	[WP_WORDS_EVENT_OPENER] = event_openers,
	[WP_WORDS_ACCOUNT] = accounts,
	[WP_WORDS_SITE] = sites,
	[WP_WORDS_OPEN_TO_PUBLIC] = open_to_public,
	[WP_WORDS_EVENT_VERB] = event_verbs,
	[WP_WORDS_EVENT_NOUN_END] = event_noun_ends,
	[WP_WORDS_OWN_AREA] = own_areas,
	[WP_WORDS_DUTY_WORD] = duty_words,
	[WP_WORDS_SUO_WORD_AFTER] = suo_word_after,
	[WP_WORDS_DEED_VERB] = deed_verbs,
	[WP_WORDS_FRAME_OPEN] = frame_opens,
	[WP_WORDS_DEMAND] = demands,
	[WP_WORDS_EVENT_COUNT] = event_counts,
	[WP_WORDS_IN_WORD_AFTER] = in_words_after,
	[WP_WORDS_IN_WORD_BEFORE] = in_words_before,
	[WP_WORDS_GO_INTO] = go_into,
	[WP_WORDS_NOT_PLACE] = not_places,
	[WP_WORDS_PLACE_END] = place_ends,
	[WP_WORDS_VENUE_END] = venue_ends,
	[WP_WORDS_PLACE_KIND] = place_kinds,
	[WP_WORDS_SESSION_MEASURE] = session_measures,
	[WP_WORDS_PLACE_END_IN_NAME] = place_ends_in_name,
	[WP_WORDS_PLATFORM_END] = platform_ends,
	[WP_WORDS_CHANNEL_SEP] = channel_seps,
	[WP_WORDS_NAMED_MEDIUM] = named_media,
	[WP_WORDS_CHANNEL_LEAD] = channel_leads,
	[WP_WORDS_CHANNEL_KIND] = channel_kinds,
	[WP_WORDS_VISIT_END] = visit_ends,
	[WP_WORDS_COUNT_END] = count_ends,
	[WP_WORDS_ONLINE] = online,
	[WP_WORDS_BUILDING] = buildings,
	[WP_WORDS_RELY_ON] = rely_on,
	[WP_WORDS_ONLINE_VENUE] = online_venues,
	[WP_WORDS_TITLE_PLACE] = title_places,
	[WP_WORDS_FIELD_PLACE_END] = field_place_ends,
	[WP_WORDS_FIELD_NOT_PLACE] = field_not_places,
	[WP_WORDS_PLACE_COUNTER] = place_counters,
	[WP_WORDS_BOOKING] = booking,
	[WP_WORDS_WHOLE_AREA] = whole_area,
	[WP_WORDS_GATHERING] = gatherings,
	[WP_WORDS_IN_STEP] = in_step,
	[WP_WORDS_OPEN_VERB] = open_verbs,
	[WP_WORDS_ATTEND_VERB] = attend_verbs,
	[WP_WORDS_SAME_PLACE] = same_place,
	[WP_WORDS_MID_PHRASE_END] = mid_phrase_ends,
	[WP_WORDS_PLACE_AT] = places_at,
	[WP_WORDS_PHRASE_END_ZAI] = phrase_ends_zai,
	[WP_WORDS_DONE_THERE] = done_there,
	[WP_WORDS_TRAVEL_TO] = travel_to,
	[WP_WORDS_AREA_COLUMN] = area_columns,
	[WP_WORDS_PERSON_LEAD_COLUMN] = person_lead_columns,
	[WP_WORDS_AREA_END] = area_ends,
	[WP_WORDS_BRACKET_REMARK] = bracket_remarks,
	[WP_WORDS_REGION_OBJECT_OPEN] = region_object_opens,
	[WP_WORDS_EVENT_KIND_TAIL] = event_kind_tails,

	[WP_WORDS_BARE_PLACE_END] = bare_place_ends,
	[WP_WORDS_VERB_NOUN] = verb_nouns,
	[WP_WORDS_ATTEND_MANNER] = attend_manners,
	[WP_WORDS_AREA_SPAN] = area_spans,
	[WP_WORDS_EACH_PLACE] = each_places,
	[WP_WORDS_FALLBACK_PLACE] = fallback_places,
};
