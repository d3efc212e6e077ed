/* notice-words.h - the vocabulary of the plan-notice genre, one table per
 * concept, and the lookups the reader uses on them.
 *
 * Every word the reader knows the genre by lives here: the names of the
 * sections (the activity section's, and the words that give the other
 * sections their kind in the outline), the labels of an item's fields
 * and table columns, the words that say who leads and who cooperates,
 * the committee's labels, the verbs of submitting, the times of day, the
 * portal's metadata labels and the contact labels. The lookups return
 * byte lengths of whole words, so no caller counts UTF-8 bytes.
 *
 * To teach the reader a new habit of the genre (a notice that says 协作单位
 * for 配合单位, or 呈报 for 报送):
 *   1. add one row to the concept's table in notice-words-outline.c,
 *      -time.c, -units.c, -duties.c or -places.c (or, for a table whose
 *      rows carry more than a word, notice-words-typed.c; with its role,
 *      field or flags where the table has them);
 *   2. add one fixture that uses it: a made-up notice
 *      tests/fixtures/notices/variant-*.txt with a test in
 *      tests/check_genre.c reading the field it changes, or a real notice
 *      tests/fixtures/genre/gNN_*.txt with its truth gNN_*.json (read by
 *      tests/check_accuracy).
 * Then make check: tests/fixtures/known-differences.txt must not change
 * unless the new row mends a reading listed there. Row order matters
 * only where a comment says so (there the first row that applies wins);
 * elsewhere a lookup takes the longest word.
 *
 * Not part of core's interface: only notice.h is. */
#ifndef WP_NOTICE_WORDS_H
#define WP_NOTICE_WORDS_H

#include <stdbool.h>
#include <stddef.h>

/* The plain word lists, each a NULL-terminated array (wp_words). */
enum wp_word_set {
	WP_WORDS_ACTIVITY_SECTION, /* 重点活动: a heading that opens the items */
	WP_WORDS_OTHER_SECTION,    /* 要求, 保障: a heading that does not, even with one of those */
	/* The kinds of the other sections (an outline's top headings), tried
	 * in this order after the activity section: 活动时间和主题 gives the
	 * period. */
	WP_WORDS_PERIOD_SECTION,      /* 活动时间 */
	WP_WORDS_THEME_SECTION,       /* 活动主题 */
	WP_WORDS_REQUIREMENT_SECTION, /* 工作要求, 保障措施 */
	WP_WORDS_COMMITTEE_SECTION,   /* 组织领导, 组织机构 */
	WP_WORDS_LEAD_VERB,        /* 由X牵头 / 主办 / 负责 */
	WP_WORDS_HELP_VERB,        /* …，Y协办 / 承办 / 配合 (the first in this order wins) */
	WP_WORDS_JOIN,             /* X联合Y, X会同Y: together with */
	WP_WORDS_LEVEL_PAIR,       /* 市县两级X: an upper and a lower level, a character each */
	WP_WORDS_PORTAL_CHROME,    /* 【打印, 首页>: a portal's page line, not the document's */
	WP_WORDS_CONTACT_NAME,     /* 联系人： (tried in order) */
	WP_WORDS_CONTACT_PHONE,    /* 联系电话： (tried in order) */
	WP_WORDS_CONTACT_MAIL,     /* 电子邮箱： (tried in order) */
	WP_WORDS_CONTACT_ANSWERS,   /* 责任人：: (（责任人：X，电话：Y）) an activity's contact, when a number follows */
	WP_WORDS_CONTACT_IN_CHARGE, /* 负责人： of an activity */
	WP_WORDS_PUT,		    /* 将, 把: a thing put before the verb that sends it */
	WP_WORDS_EVENT_OPENER,	    /* 其间，: a dated event inside an item follows */
	WP_WORDS_DUTY_VERB,	    /* 完成, 做好: a duty done by a date (…前完成征集) */
	WP_WORDS_RECURRING,	    /* 每周, 每月: a duty that recurs */
	WP_WORDS_PROMPTLY,	    /* 及时报送: a duty through the campaign */
	WP_WORDS_ISSUE_OPENER,	    /* 自本通知(印发之日起): counted from the issue */
	WP_WORDS_DUE_TIME,	    /* 下午, 放学: a time of day before a due date's 前 */
	WP_WORDS_DUE_MARK,	    /* 前, 之前: (9月25日（星期五）17:00前) what makes a day one a thing is due by */
	WP_WORDS_ACCOUNT,	    /* 微信公众号: an account an activity runs on */
	WP_WORDS_SITE,		    /* 馆, 基地: the end of a site's name */
	WP_WORDS_MEMBER_TAIL,	    /* 分管负责人: what member units send */
	WP_WORDS_FIRST_LEADS,	    /* 排在首位的为牵头: a list's first unit leads */
	WP_WORDS_SLASH_LEADS,	    /* “/”前为牵头单位: a cell's units before a slash lead */
	WP_WORDS_OPEN_TO_PUBLIC,    /* 免费向公众开放: the sites before it are where it happens */
	WP_WORDS_SEND_MANNER,	    /* 书面报送: how a thing is sent, not the thing */
	WP_WORDS_CITE,		    /* 根据X《…》: the plan a notice follows */
	WP_WORDS_FOLLOW,	    /* 按照X《…》部署: cites too, only when no WP_WORDS_CITE does */
	WP_WORDS_SECOND_PHONE,	    /* ，手机13872945016: a contact's second number */
	WP_WORDS_EVENT_VERB,	    /* 举办, 召开: its object names an event */
	WP_WORDS_EVENT_COUNT,	    /* 开展一次X: a count before the event's name */
	WP_WORDS_DECIDED,	    /* 决定于: the campaign's time a preamble decides */
	WP_WORDS_LEVEL,		    /* 县, 市, 州: an administrative level */
	WP_WORDS_IN_WORD_AFTER,	    /* 在岗, 在线: 在 inside a word, by what follows */
	WP_WORDS_IN_WORD_BEFORE,    /* 所在, 存在: 在 inside a word, by what precedes */
	WP_WORDS_REQUEST,	    /* 请, 要, 务必: a request before what is asked */
	WP_WORDS_UNIT_SEP,	    /* 、, 及, 和各: what parts a list of units (in order) */
	WP_WORDS_SUBJECT_SEP,	    /* 及, 和: what parts units before a level pair */
	WP_WORDS_WEB_SITE,	    /* 门户网站: a web site's name ends so, no unit's */
	WP_WORDS_PLAN_KIND,	    /* 方案, 工作要点: what a plan's title ends with */
	WP_WORDS_SHEET_KIND,	    /* 安排表: what a sheet's title ends with */
	WP_WORDS_DECK_BULLET,	    /* •, –: a slide's bullets, no part of its text */
	WP_WORDS_SLIDE_BULLET,	    /* •, –: the bullets that tell a deck (not - or ·) */
	WP_WORDS_SHEET_NOTE,	    /* 备注：, 温馨提示：: a sheet's note row */
	WP_WORDS_OFFICE_END,	    /* 局, 办公室: what an office's second name ends with */
	WP_WORDS_NOTICE_VERB,	    /* 关于开展X的通知: the verb before X */
	WP_WORDS_GO_INTO,	    /* 深入X开展: X is where the work is done */
	WP_WORDS_NOT_PLACE,	    /* 在…期间: 在X with one of these is no place */
	WP_WORDS_GIVE,		    /* 提供X: a thing handed over */
	WP_WORDS_SENT_TO,	    /* 发送至x@y: where an electronic copy goes */
	WP_WORDS_CAMPAIGN_WEEK,	    /* 宣传周: a week-long campaign's short name */
	WP_WORDS_THE_ABOVE,	    /* 以上材料: all the things listed before */
	WP_WORDS_POST,		    /* 书记, 局长: a person's post */
	WP_WORDS_ITEM_KIND,	    /* 活动一：X: an item named by its kind */
	WP_WORDS_PREAMBLE_END,	    /* 通知如下: what ends a notice's preamble */
	WP_WORDS_CONVENER,	    /* 召集人: the chair of a joint meeting (副召集人, its deputy) */
	WP_WORDS_MEMBERS_ARE,	    /* 成员单位为, 成员为: the members follow */
	WP_WORDS_PLACE_END,	    /* 开展, 举办: what ends the place after 在 */
	WP_WORDS_REQUEST_OPEN,	    /* 恳请, 烦请: (一、恳请贵单位按照方案分工，…) what opens a request, no section's title (not 请: 二、请各单位积极参与以下活动。) */
	WP_WORDS_VENUE_END,	    /* 厅, 室, 广场: (🏢 市图书馆三楼报告厅) what ends a venue's name, never a unit's */
	WP_WORDS_SESSION_MEASURE,   /* 场, 期: (地点：第一场在X，第二场在Y) the measure of a numbered session */
	WP_WORDS_PLACE_KIND,	    /* 场所, 景区, 学校: (在X、Y等人流密集场所开展) the kind of place a list of places ends on after its 等 */
	WP_WORDS_EXTENSION,	    /* 转: 0391-3356789转8012, an extension */
	WP_WORDS_SUBJECT_END,	    /* 要, 开展: what ends the subject of an item's sentence */
	WP_WORDS_RECIPIENT_END,	    /* 以便, 备案: what ends the unit a thing is sent to */
	WP_WORDS_PROMPTLY_TO,	    /* 及时向X报送: promptly, to X */
	WP_WORDS_COLUMN_DATE,	    /* 按日期、…顺序: a heading's name for the date field */
	WP_WORDS_COLUMN_TITLE,	    /* 活动内容: …for the activity's name */
	WP_WORDS_COLUMN_PLACE,	    /* 地点: …for its place */
	WP_WORDS_COLUMN_UNITS,	    /* 责任单位: …for the units that lead it */
	WP_WORDS_STAGE,		    /* 第一周：X, 第二阶段：X: a stage of the campaign */
	WP_WORDS_COPY_TO,	    /* 报X，同时抄送Y: a copy of the report goes to Y */
	WP_WORDS_WHOLE_CAMPAIGN,    /* 活动, 本次活动: (活动结束后) the campaign, not one activity */
	WP_WORDS_CAMPAIGN_SPAN,	    /* 宣传月: (宣传月结束后) the campaign's span */
	WP_WORDS_SUBJECT_AUX,	    /* 将, 拟: an auxiliary after a subject, trimmed off it (in order) */
	WP_WORDS_SUBJECT_MODAL,	    /* 要, 须, 负责: after a subject that opens a clause */
	WP_WORDS_ABOUT_A_DAY,	    /* 前后, 左右: (3月15日前后) around the day, not on it */
	WP_WORDS_UNIT_PLAN,	    /* 方案, 计划: (制定宣传周活动方案) the plan a unit owes */
	WP_WORDS_EXHORT,	    /* 高度重视: boilerplate that asks for no document */
	WP_WORDS_ANY_TIME,	    /* 随时报送: sent whenever there is news */
	WP_WORDS_SAME_DAY,	    /* 当日报送: each day's news that day */
	WP_WORDS_NO_ONE_DAY,	    /* 当日, 随时: a rule that opens so names no one day */
	WP_WORDS_COMMITTEE_BODY,    /* 组委会, 领导小组: a body a notice sets up (in order) */
	WP_WORDS_BODY_MEMBERS,	    /* 组委会成员单位: a body's members (in order) */
	WP_WORDS_SEAT,		    /* 人民政府, 办事处: a town is a region as its seat */
	WP_WORDS_PROVINCE_END,	    /* 自治区, 省: a province's name ends so (in order) */
	WP_WORDS_OFFICE_WORD,	    /* 科, 股, 中心: an office's name ends so (a contact's unit) */
	WP_WORDS_UNIT_END,	    /* 局, 委, 中心: a unit's name ends so (a line of units) */
	WP_WORDS_PERIOD_NAMED,	    /* 活动时间为: the campaign's days follow */
	WP_WORDS_THEME_MARK,	    /* 主题是“: the theme follows, quoted (in order) */
	WP_WORDS_PLATFORM_END,	    /* 等平台: the end of a list of platforms */
	WP_WORDS_MARKET_BUREAU,	    /* 市场监管局: the forms of a market bureau's name (in order) */
	WP_WORDS_WHO_END,	    /* 要, 认真: what ends the units a duty's sentence opens with */
	WP_WORDS_SEND_TO,	    /* 报送至市局: to whom follows (the first in this order wins) */
	WP_WORDS_BEFORE_NAME,	    /* 报送, 参加: before the campaign's whole name in a thing due */
	WP_WORDS_SENTENCE_UNITS_END, /* 开展, 共同: what ends the units an item's sentence names */
	WP_WORDS_SPAN_UNIT,	    /* 周, 月, 活动: before 期间, the campaign's span */
	WP_WORDS_OTHER_DAY,	    /* 节日, 工作日: a 日 before 期间 that is no campaign's day */
	WP_WORDS_OFFICE_SEAT_END,   /* ，, 具体, 负责: what ends the unit after 办公室设在 */
	WP_WORDS_CITATION_END,	    /* ，, 和省: what ends the clause citing a higher plan */
	WP_WORDS_CHANNEL_SEP,	    /* 、, 以及: one channel of several follows */
	WP_WORDS_VISIT_END,	    /* ，, 等: what ends the places after 参观 */
	WP_WORDS_FORWARD_OPENER,    /* 现将: (现将X《Y》转发给你们) where the plan a notice passes on is named */
	WP_WORDS_PLACE_END_IN_NAME, /* 为, 向: ending a place (在广场为群众…) yet opening a word of a building name (为民服务中心) */
	WP_WORDS_MAILBOX_KIND,     /* 工作, 电子: (区残联宣文科工作邮箱) a kind of mailbox, no part of the unit owning it */
	WP_WORDS_COUNT_END,	    /* ，, 开展: what ends a count of places (走进…等8所学校) */
	WP_WORDS_CONTACT_NAME_END,  /* ，, 电话: what ends a person's name in a contact line */
	WP_WORDS_PERSON_END,	    /* ，, 联系电话: what ends a person's name after an office */
	WP_WORDS_CONTACT_NAMES_END, /* ；, 联系电话: what ends the names after a 联系人 label */
	WP_WORDS_ONLINE,	    /* 线上, 网上: a title so held is an event online */
	WP_WORDS_CONTACT_SECTION,   /* 联系方式, 咨询电话: a heading over contact lines */
	WP_WORDS_HEADING_MARK,	    /* ◆: a heading marked, not numbered */
	WP_WORDS_DUTY_COLUMN_WHAT,  /* 报送事项: a table of what is due, its columns: what */
	WP_WORDS_DUTY_COLUMN_WHEN,  /* 报送时间: by when */
	WP_WORDS_DUTY_COLUMN_TO,    /* 报送对象: to whom */
	WP_WORDS_DUTY_COLUMN_NAME,  /* 联系人: whom to call */
	WP_WORDS_DUTY_COLUMN_PHONE, /* 联系电话: at which number */
	WP_WORDS_JI_IN_WORD,	    /* 普及, 涉及: 及 inside a word, by what precedes */
	WP_WORDS_YI_IN_WORD,	    /* 以上, 以及: 以 opening a word, no stop of a thing sent */
	WP_WORDS_LAW_KIND,	    /* 法, 条例: a cited law or rule, not a higher plan */
	WP_WORDS_BUILDING,	    /* 门, 楼: 在X楼前 is a place (在…开始前 a time) */
	WP_WORDS_RELY_ON,	    /* 依托: 依托X开展, X a place when it names sites */
	WP_WORDS_WECHAT_CHROME,     /* ▲点击上方蓝字, 阅读 1234: a WeChat page's lines */
	WP_WORDS_PICTURE,	    /* [图片]: (a post's picture as a copy leaves it) a line standing for a picture */
	WP_WORDS_CAPTION_MARK,	    /* ▲: (▲2025年启动仪式现场) what opens the caption under a picture */
	WP_WORDS_ACTIVITY_SECTION_END, /* 活动: a heading that ends so names activities */
	WP_WORDS_ROLE_LEAD_END,	    /* 牵头, 具体落实: a clause of units so ended leads */
	WP_WORDS_ROLE_COOP_END,	    /* 配合, 提供技术指导: a clause of units so ended cooperates */
	WP_WORDS_THAT_DAY,	    /* 当天: the day the sentence named before */
	WP_WORDS_THEME_COLON,	    /* 主题为：: the theme follows, unquoted, to the 。 */
	WP_WORDS_CHAT_GROUP,	    /* 工作群: a recipient so ended is a group in a chat */
	WP_WORDS_MAIL_HEADER,	    /* 发件人：, 主题：: a line of the header of a mail */
	WP_WORDS_MAIL_SENDER,	    /* 发件人：, 收件人：: how a mail's header opens */
	WP_WORDS_CAMPAIGN_LEAD,	    /* 牵头, 组织实施: (由X…) X runs the campaign */
	WP_WORDS_GATHER,	    /* 收集, 征集: what is gathered is then handed in */
	WP_WORDS_TITLE_PLACE,	    /* 广场, 景区: a place in brackets after an item's title ends so */
	WP_WORDS_PERSON_COLUMN,	    /* 姓名: a committee table's column of names */
	WP_WORDS_POST_COLUMN,	    /* 职务: …of the persons' posts */
	WP_WORDS_GROUP_ROLE_COLUMN, /* 组内职务: …of their roles in the group (组长, 成员) */
	WP_WORDS_SEND_TOWARD,	    /* 每天17:00前向X报送: X, to whom, before the verb */
	WP_WORDS_SENT_TOGETHER,	    /* 与X一并报送: sent with X, when and where X is */
	WP_WORDS_TOGETHER_WITH,	    /* 与, 随: (与X一并报送) what opens X */
	WP_WORDS_APPOINT,	    /* 明确一名联络员: a person a unit names, the thing sent */
	WP_WORDS_THIS_FORM,	    /* 本表: (本表请于4月10日前报送…) an annex's form naming itself */
	WP_WORDS_COPY_FORM,	    /* 回执扫描件: the form a copy of a thing is sent in */
	WP_WORDS_RECAP,		    /* 重申, 以正文为准: a passage saying the deadlines again */
	WP_WORDS_RECAP_SECTION,	    /* 时间节点: a section's title over such a passage */
	WP_WORDS_CALLED,	    /* 以下简称: （以下简称X） after a name says what the text calls it */
	WP_WORDS_OWN_DOC,	    /* 正式文件: （X〔2026〕17号） after it is the document's own number */
	WP_WORDS_DUE_TIME_NAME,	    /* 报送时间: (X报送时间调整为5月29日前) the time of X's report */
	WP_WORDS_DUE_TIME_REST,	    /* 时间: (报送|时间推迟到…) what is left of 报送时间 once 报送 is read as the verb */
	WP_WORDS_NOTE_DEFINES,	    /* ：指, 是指: a footnote's text says what its word means */
	WP_WORDS_WORD_CLOSER,	    /* ”, 》: a closing mark a footnote's mark may follow */
	WP_WORDS_PLACE_COUNTER,	    /* 两所学校: the measure word that counts places */
	WP_WORDS_BOOKING,	    /* 预约: (公众号预约参观) an account one books through */
	WP_WORDS_SEE_ANNEX,	    /* （见附件）: a thing's pointer to the annex */
	WP_WORDS_DETAILS_IN_ANNEX,  /* 具体安排详见附件: a section's pointer to the annex */
	WP_WORDS_EVENT_ASKED,	    /* 报名, 参加, 举行: a request about an event held, no report */
	WP_WORDS_ANNEX_PARTICULARS, /* 具体, 安排, 时间: what of the activities the annex gives */
	WP_WORDS_BLOCK_OPENER,	    /* 联系人, 牵头单位: a line so opened starts a block (notice-lines.c) */
	WP_WORDS_BREADCRUMB,	    /* 首页 >: a portal's breadcrumb line */
	WP_WORDS_TITLE_WORD,	    /* 关于, 通知, 方案: a line with one is the document's title */
	WP_WORDS_NOTE_LABEL,	    /* 注：, 说明：: notes under a table or list, not items */
	WP_WORDS_GOES_ON_MARK,	    /* （续）: a schedule's row going on with an earlier day's event */
	WP_WORDS_AGENDA_BREAK,	    /* 午餐, 签到: an agenda's line that is no session */
	WP_WORDS_GRID_FILLER,	    /* 待定, 自行安排: a timetable's cell that holds no activity */
	WP_WORDS_ITEMS_ANNOUNCED_DATED, /* 具体安排：1、9/15…: announces items that open with their day */
	WP_WORDS_WHOLE_AREA,	    /* 在全: 于X至Y在全区开展, X至Y the campaign's days */
	WP_WORDS_NUMBER_NAME,	    /* 传真, 电话: a number's name, never a person's */
	WP_WORDS_END_SAME_DAY,	    /* 结束后当天: on the day each activity ends */
	WP_WORDS_YU_COMPARED,	    /* 不少, 多: 不少于3张, a 于 inside what is sent */
	WP_WORDS_THEME_AFTER_QUOTE, /* ”的活动主题: (围绕“X”的活动主题) the quotation is the theme */
	WP_WORDS_DUTY_SENT,	    /* 报送: the act a sent thing's duty is named by (the first) */
	WP_WORDS_FOCUS_SECTION,	    /* 宣传重点: a section's title naming the publicity focuses */
	WP_WORDS_INNER_OFFICE,	    /* 科, 股: (县民政局 社会事务股) what ends an office inside a unit */
	WP_WORDS_UPPER_LEVEL,	    /* 省: a unit's level above those of WP_WORDS_LEVEL (省高级人民法院) */
	WP_WORDS_DUTY_WORD,	    /* 负责, 派员: (县公安局：3月30日负责现场安保) a duty, no event held */
	WP_WORDS_SUO_WORD_AFTER,    /* 对, 向, 到: (各社区对所在社区…) before which 所在 is a word */
	WP_WORDS_OWN_AREA,	    /* 辖区内: (每个所在辖区内开展…) each one's own area, no place */
	WP_WORDS_NO_ANNEX,	    /* 无: (附件：无) an annex line that says there is none */
	WP_WORDS_FOCUS_LEAD_IN,	    /* 重点宣传三个方面：一是…: prose that names the focuses it numbers */
	WP_WORDS_FOCUS_LEAD_IN_DEED, /* 宣传: what such prose says the focuses are of */
	WP_WORDS_GATHERING,	    /* 培训, 讲座: an event people attend (held 线上, that is its place) */
	WP_WORDS_POINT_BULLET,	    /* ●: a point set off by a bullet, not a number */
	WP_WORDS_NOT_ASKING,	    /* 邀请, 申请: a word whose 请 asks nobody to do anything */
	WP_WORDS_IN_STEP,	    /* 同步: (“X”公众号同步宣传) a channel that mirrors an event held elsewhere */
	WP_WORDS_LEFT_OPEN,	    /* 自行确定, 另行通知: (地点：各镇自行确定) no place is given yet */
	WP_WORDS_OVERVIEW_HEADING,  /* 总体安排: a sub-heading of the activities that is no activity */
	WP_WORDS_GROUP_TITLE_END,   /* 方面: (（一）集中宣传方面。一是…) an item so titled groups its parts */
	WP_WORDS_SAME_AS_ABOVE,     /* 同上: a table's cell that holds what the row above's does */
	WP_WORDS_SAME_AS_LEFT,	    /* 同左: a grid's cell that goes on with the activity of the cell before */
	WP_WORDS_WHOLE_SPAN,	    /* 全周: (全周：X) a grid's merged cell that runs over all its days */
	WP_WORDS_ROSTER,	    /* 值班: (镇政府值班室 周海燕。) who is on duty, a roster's word */
	WP_WORDS_DUE_WITH,	    /* 一并, 随: (随活动方案一并报送) a row of what is due sent with another, no date of its own */
	WP_WORDS_NAMED_ITEM_NTH,    /* 第: (第3、4项由…) before the numbers of the items a line names */
	WP_WORDS_NAMED_ITEM_JOIN,   /* 、, 和: (以上5、6两项由…) between the numbers of the items a line names */
	WP_WORDS_NAMED_ITEM_COUNT,  /* 两: (5、6两项) how many items a line names, besides a numeral */
	WP_WORDS_NAMED_ITEMS_BY,    /* 均由, 由: (…两项均由X牵头) what opens who does the items a line names */
	WP_WORDS_FIELD_PLACE_END,   /* 校, 街, 商超: (…，县委党校，…) what a field alone ends on when it is a place (besides the place words) */
	WP_WORDS_FIELD_NOT_PLACE,   /* 进, 组织: (…，进学校、进社区，…) what a field opens with when it tells what is done, no place */
	WP_WORDS_ITEMS_ANNOUNCED,   /* 以下活动, 活动安排如下: (…开展以下活动：1、…；2、…) what a colon opening a paragraph's run-on items ends */
	WP_WORDS_ITEM_MARK,	    /* ▲: (▲活动一：X) a mark before a numbered item, none alone */
	WP_WORDS_PLAN_PART,	    /* 部分: (方案第四部分第（一）项) a plan's part, by its number */
	WP_WORDS_REASON_MARK,	    /* 因, 尚未: (调整为B（因…）) a bracket that says why */
	WP_WORDS_REPORT_TASK,	    /* 总结报送: a task table's row that is a report, no activity */
	WP_WORDS_MAKE_VERB,	    /* 形成: (形成书面总结报X) the making of the thing sent */
	WP_WORDS_ALSO_SENT,	    /* 同时报: (…，Y同时报Z) the same thing sent to a second recipient */
	WP_WORDS_HOST_LABEL,	    /* 主办：: a schedule line's host, who leads */
	WP_WORDS_DOER_LABEL,	    /* 承办：: who does the work (leads when no host is named) */
	WP_WORDS_HELPER_LABEL,	    /* 协办：: who helps (cooperates) */
	WP_WORDS_WHOLE_DAY,	    /* 全天: a schedule line's time that names no hour */
	WP_WORDS_WHOLE_AREA_DAYS,   /* 于, 决定: (决定X至Y在全镇开展) before the whole area's days */
	WP_WORDS_ASIDE,		    /* 另外, 此外: a sentence so opened turns to something else */
	WP_WORDS_CHARGE_LABEL,	    /* 负责部门：: a schedule line's units, their roles in words */
	WP_WORDS_CAMPAIGN_OVERSEE,  /* 主办, 统筹协调: (由X统筹协调，Y具体组织实施) X is above the unit that runs it */
	WP_WORDS_DAILY_WORK_VERB,   /* 承担: (专班日常工作由X承担) X is the committee's office */
	WP_WORDS_FIRST_DAY,	    /* 首日: (宣传周首日) the span's first day */
	WP_WORDS_LAST_DAY,	    /* 最后一天: (活动周最后一天) the span's last day */
	WP_WORDS_DAILY_WORK_BY,	    /* 日常工作由: (专班日常工作由X承担) X does the committee's daily work */
	WP_WORDS_SHORT_LEAD_LABEL,  /* 牵头：: (（牵头：X；参与：Y）) the lead's role alone as a label */
	WP_WORDS_SHORT_COOP_LABEL,  /* 参与：: (（牵头：X；参与：Y）) a cooperating role alone as a label */
	WP_WORDS_HELP_WITH,	    /* 配合, 协助: (X配合做好宣传报道, 配合Y开展Z) X helps with what follows */
	WP_WORDS_TOGETHER,	    /* 共同: (与Y在X共同设立) with 与 (WP_WORDS_TOGETHER_WITH) before, Y cooperates */
	WP_WORDS_TITLE_END,	    /* 通知, 方案: (关于开展…的通知 各村：…) a title run into the message ends so */
	WP_WORDS_TAKE_PART_OPEN,    /* 参加, 配合: (参加主场活动。6月16日…) a title that only takes part in another's event */
	WP_WORDS_KEY_MARK,	    /* ★, ☆: (★全民阅读月启动仪式) the mark of a key activity before its title */
	WP_WORDS_BELOW_KIND,	    /* 活动, 行动: (开展以下专项执法活动，…) what the items below are */
	WP_WORDS_NOT_ANNOUNCED,	    /* 值班安排如下: (…：1、…) a roster, though it ends like items announced */
	WP_WORDS_ACTIVITY_TALK,	    /* 活动, 宣传: (…宣传周工作安排如下：1、…) a lead-in about activities */
	WP_WORDS_SHARE_JOIN,	    /* 并, 同时: (X负责第1项，并配合Y做好第5项) a part goes on from the one before */
	WP_WORDS_PARTNER_DEED,	    /* 负责, 做好, 分别: (区委宣传部负责邀请媒体) a unit's part in an item another leads */
	WP_WORDS_HELPED_EVENT,	    /* 开展, 举办: (配合Y…开展Z) Z, what is done, names the item */
	WP_WORDS_AFTER_EVENT,	    /* 结束后: (启动仪式结束后) held after the activity so named */
	WP_WORDS_SAME_PLACE,	    /* 同一地点: (…结束后，在同一地点) the place of the activity named */
	WP_WORDS_MID_PHRASE_END,    /* 在, 于: a wrapped line so ended stops mid-phrase (notice-lines.c) */
	WP_WORDS_PHRASE_END_ZAI,    /* 所在, 存在: …but these words end a phrase */
	WP_WORDS_UNIT_AND,	    /* 和, 与: joins two units, as names hold it too (市文化和旅游局) */
	WP_WORDS_PREDICATE_OPEN,    /* 以, 对, 各派: (各中小学以班级为单位…) the units a sentence opens with end */
	WP_WORDS_PARTY_PREFIX,	    /* 中共汝岭县委: the party's name before its committee's region */
	WP_WORDS_NATIONAL_PREFIX,   /* 国家税务总局: (国家税务总局辉河市税务局) a vertical body above the region */
	WP_WORDS_PERIOD_HEADING,    /* 活动时间, 宣传时间: (一、活动时间) the heading or label of the period (in order) */
	WP_WORDS_THEME_HEADING,     /* 活动主题, 宣传主题: (二、活动主题) the heading or label of the theme (in order) */
	WP_WORDS_MAILBOX,	    /* 邮箱, 电子邮箱: (，邮箱x@y) a mailbox named with its address after it, no colon */
	WP_WORDS_DUTY_COLUMN_WHO, /* 报送单位: who owes it (a table of what is due) */
	WP_WORDS_DUTY_COLUMN_HOW, /* 报送方式: how it is sent (电子邮件, a chat group) */
	WP_WORDS_BY_MAIL,	  /* 电子邮件, 邮箱: a 报送方式 that sends by e-mail */
	WP_WORDS_ARRIVAL,	  /* 到达: being somewhere on time, no duty done by a day */
	WP_WORDS_HOW_OFTEN,	  /* 一次: 每周报送一次X, how often, not the thing */
	WP_WORDS_DUTY_SECTION,	    /* 职责分工, 任务分工: (五、职责分工) a section that gives the units their part, unit by unit */
	WP_WORDS_DUTY_LEAD,	    /* 牵头: (党政办公室：牵头活动一) the unit of the line leads the activities named after */
	WP_WORDS_DUTY_HELP,	    /* 配合, 协助: (配合活动二、活动五) the unit of the line cooperates on them */
	WP_WORDS_DUTY_CHARGE,	    /* 负责: (X负责组织Y) what a unit does, no role of its own */
	WP_WORDS_CHARGE_PERSON,	    /* 人, 同志: after 负责, a person (负责人, 负责同志), no unit's doing */
	WP_WORDS_DUTY_TITLE_SEP,    /* “, ”, 暨: (“网安知识大闯关”线上竞赛) where a title parts into names it may be called by */
	WP_WORDS_COUNTED_ITEM,	    /* 项活动, 项: (第（五）项活动) after a number, an item counted in the list */
	WP_WORDS_NAME_DOT,	    /* ·: (古丽娜尔·艾买提) the dot between the parts of a transliterated name */
	WP_WORDS_AUDIENCE_JOIN,     /* 、, 和: (面向园区企业、职工和社会各界) another audience follows */
	WP_WORDS_PROVINCE_SHORT,    /* 浙江, 广东: (浙江瓯澜经济开发区) a province named without 省 before a unit */
	WP_WORDS_WORK_GROUP,	    /* 组, 专班: ((一)综合协调组。组长：王秀英) an item so named is a working group under the committee */
	WP_WORDS_WHEN_WHERE_LABEL,  /* 时间地点：: (时间地点：5月29日上午9:00，县人民广场) one label holding when, then where */
	WP_WORDS_RANGE_MARK,	    /* 至, —, ～: (5月17日～23日, 9:00～11:30) what joins the two ends of a range of days or hours */
	WP_WORDS_CONTACT_COLUMN_NAME,  /* 姓名: a contacts table's column of persons */
	WP_WORDS_CONTACT_COLUMN_PHONE, /* 办公电话, 手机: its columns of numbers */
	WP_WORDS_CONTACT_COLUMN_MAIL,  /* 电子邮箱: its column of addresses */
	WP_WORDS_NEXT_DAY,	  /* 次日: (启动仪式次日12:00前) the day after the thing named */
	WP_WORDS_HOLD_VERB,	  /* 举办: (启动仪式举办2个工作日前) the thing held, counted back from */
	WP_WORDS_MAKE_THING,	  /* 形成: (汇总形成X，报送Y) the thing made, then sent to Y */
	WP_WORDS_SENDS_PEOPLE,	  /* 派员参加: (邀请X、Y派员参加) a unit sending its people helps, whatever the labels say */
	WP_WORDS_INVITE,	  /* 邀请: (邀请X派员现场指导) before the units invited */
	WP_WORDS_HONORIFIC_YOU,	  /* 贵单位: (请贵单位…函复我局) each unit a letter is written to */
	WP_WORDS_SELF_PRONOUN,	  /* 我局, 本局: (函复我局) the unit that writes, by its own word */
	WP_WORDS_HOLIDAY_TAIL,	  /* 假期, 结束: (劳动节假期结束后) between a holiday's name and its 后 */
	WP_WORDS_FIRST_WORKDAY,	  /* 第一个工作日: (国庆节后第一个工作日) the day work resumes */
	WP_WORDS_ONCE_FOR_ALL,	  /* 一次性: a word of its own, not how often (WP_WORDS_HOW_OFTEN) */
	WP_WORDS_ASK_WITHOUT_WHO,  /* 请于, 于: (…；请于7月3日前将…) a part asking with no one named */
	WP_WORDS_WEEK,		    /* 星期, 周: (星期一（开幕日）, 至周五) the word before a weekday's numeral */
	WP_WORDS_WEEKDAY_NUMERAL,   /* 一 … 日: (星期三) the weekday, Monday first; row order matters */
	WP_WORDS_HEADING_DAY,	    /* 同日起: (星期一 / 同日起，在…开放…展) the day of the heading above */
	WP_WORDS_CLAUSE_VERB,	    /* 录制, 推出: a verb whose object names a stage's event, besides 召开, 举办 */
	WP_WORDS_STAGE_SPAN,	    /* 本阶段内: a clause under a stage's heading on all its days */
	WP_WORDS_KEYCAP_COUNT,	    /* 天, 月: after a keycap digit, a count or a date, no item */
	WP_WORDS_KEYCAP_COUNT_AFTER, /* 后, 前: (3️⃣天后) what follows a keycap count's word */
	WP_WORDS_OPEN_VERB,	    /* 开放: (同日起，在县图书馆开放网络安全博览展) a verb that opens an exhibition to the public */
	WP_WORDS_ATTEND_VERB,	    /* 旁听, 观看: (组织干部群众旁听一起…庭审) what the people organized do, the event's name */
	WP_WORDS_LEAD_VERB_TAIL, /* 具体负责活动的: how the clause names its unit's task before 组织实施 */
	WP_WORDS_REGION_LEVEL,	    /* 自治区, 街道: (广西壮族自治区档案局 -> 自治区档案局) a region's level of more than its last character */
	WP_WORDS_RUNS_IT,	  /* 具体负责: (X具体负责活动的组织实施) the unit that runs the campaign, no 由 */
	WP_WORDS_WHICH_WEEK,	  /* 本, 下: (本周五（4月3日）) which week a weekday is of */
	WP_WORDS_COORDINATE,	  /* 牵头: (X牵头，Y承办) the lead that coordinates those who undertake */
	WP_WORDS_UNDERTAKE,	  /* 承办: (X牵头，Y承办) under a coordinating lead, Y leads too */
	WP_WORDS_UNIT_TAIL,	  /* 局, 中心, 公司: (县科协) what a unit's name ends with */
	WP_WORDS_NOT_UNIT,	  /* 大会, 社会: (启动大会) ends like a unit's, names none */
	WP_WORDS_OFFICE_SEAT,	  /* 办公室设在: (领导小组下设办公室，设在医务科) what the unit the committee's office sits in follows */
	WP_WORDS_DONE_THERE,	  /* 放映, 直播: (在乡文化广场放映…影片, 在“X”视频号直播) what is done at a place, right after a place's last word */
	WP_WORDS_RELAY,	  /* 由, 再由: (报乡宣传办，由乡宣传办统一汇总报送县委…) a clause in which the recipient passes the thing on */
	WP_WORDS_GOAL_BEFORE_LEVEL, /* 强, 依法治: (质量强市, 依法治区) a goal for a level, no place */
	WP_WORDS_PARTY_COMMITTEE,   /* 委, 党工委: (中共瓯江区委全面依法治区委员会办公室) the level's Party committee */
	WP_WORDS_CONTACT_PERSON_SECTION, /* 联系人: (八、联系人) a numbered heading over contact lines */
	WP_WORDS_CARRY_OUT,	    /* 贯彻落实: (为深入贯彻落实X《关于…的通知》部署) cites a plan if a notice */
	WP_WORDS_CITED_NOTICE_KIND, /* 通知: what a cited title carried out ends with to be a plan */
	WP_WORDS_CHANGED_TO,	  /* 改为, 调整为: (地点由A改为B) a revision's verb: what follows is the new value */
	WP_WORDS_REVISION_REMARK, /* （不变）, （新增活动）: (牵头单位：旗科技局（不变）) a revision's remark on a value, no part of it */
	WP_WORDS_CANCEL_SECTION,  /* 取消的活动, 停办的活动: (三、取消的活动) a section of what will not be held */
	WP_WORDS_LUNAR,		  /* 农历, 阴历: (农历二月初一前) the date after is in the lunar calendar */
	WP_WORDS_LUNAR_MONTH,	  /* 正, 冬, 腊: (正月十五, 腊月二十三) the lunar months with names of their own */
	WP_WORDS_REVISION_TITLE,  /* 调整, 变更: (关于调整…部分活动安排的通知) a title of a notice that revises one */
	WP_WORDS_CITATION_NO_DOCUMENT, /* 部署和, 精神及: a cited source that names no document, another follows */
	WP_WORDS_TRAVEL_TO,	    /* 前往X，向Y…: X is where a team goes to work */
	WP_WORDS_CUT_CONJUNCTION,   /* 及, 以及, 并: a line so opened goes on the sentence before it (notice-lines.c) */
	WP_WORDS_CUT_INSIDE,	    /* 第: a line so ended is cut inside an ordinal (notice-lines.c) */
	WP_WORDS_RANGE_CUT,	    /* 日至: a line so ended is cut inside a range (notice-lines.c) */
	WP_WORDS_RANGE_MARK_END,    /* 至, —: the last character of each of those */
	WP_WORDS_DAY_NAME_END,	    /* 日, 节: (12.4 国家宪法日，) a day's name ends so; no item's title */
	WP_WORDS_ALL_ABOVE,	    /* 以上, 上述: (以上活动由X统一协调) a sentence about every entry above */
	WP_WORDS_ALL_UNITS,	    /* 各单位: a name of every unit addressed, no one unit */
	WP_WORDS_FORMER,	    /* 原: (原正式文件（…号）) the document before, not this one */
	WP_WORDS_CAMPAIGN_RUNNER_LABEL, /* 承办单位: a label line naming who carries a whole campaign out */
	WP_WORDS_DEED_AFTER_UNIT,   /* 组织, 举办: (会同市作家协会组织读者) a deed that opens right after a unit's name */
	WP_WORDS_TABLE_POINTER,   /* 下表, 下列: (请各单位按下列时限…) the words that point at a table below */
	WP_WORDS_EACH_ACTIVITY,	    /* 每项活动: (每项活动结束后1个工作日内) a rule counted from each activity, no one day */
	WP_WORDS_WECHAT_FOOT,	    /* END, 往期推荐: the end of a WeChat post's article */
	WP_WORDS_WECHAT_BYLINE,	    /* 原创: a WeChat post's byline, the account's name above it */
	WP_WORDS_FORWARD,	    /* 转发给你们: (现将X《Y》转发给你们) a notice passing a higher one on */
	WP_WORDS_NTH_DAY,	    /* 第: (第一天（5月16日）) a schedule's day counted in the run, its date in brackets */
	WP_WORDS_NTH_DAY_UNIT,	    /* 天, 日: what the count of 第一天 counts */
	WP_WORDS_CAMPAIGN_LEAD_LABEL, /* 牵头单位: a label line, outside the activities, naming the whole campaign's lead */
	WP_WORDS_CAMPAIGN_HOST_LABEL, /* 主办单位: a label line naming a whole campaign's host */
	WP_WORDS_THEME_DAY,	    /* 主题日, 宣传日: (6月8日（星期一）“食品安全进校园”主题日) what a dated heading names its day */
	WP_WORDS_PARTNER_END,	    /* 参与: (由X牵头，Y参与) ending the clause after a lead's, those who help */
	WP_WORDS_AREA_COLUMN,	    /* 市州, 县区: a table's column naming the area a row is in, merged over its rows */
	WP_WORDS_NOT_LEVEL_OPENING, /* 市民, 乡村: (市民学校, 法治进乡村) a level's character opening a word, no unit's level */
	WP_WORDS_TOWNSHIP_END,      /* 镇, 乡, 街道: (城关镇：) how a township's name ends */
	WP_WORDS_TOWNSHIPS_WORD,    /* 乡镇, 城镇: (文艺演出进乡镇：) townships in general, no one's name */
	WP_WORDS_SESSION_COUNTER,   /* 场, 期: (第一场9月17日…；第二场9月18日…) what counts a when's sessions */
	WP_WORDS_UNITS_ALL_OF_THEM, /* 等部门: (县市场监管局、县商务局等部门：) a word for the units just named */
	WP_WORDS_PERSON_LEAD_COLUMN, /* 负责人: a table's column of the person in charge (王晓东（县司法局）), whose unit leads */
	WP_WORDS_AREA_END,	    /* 市, 州, 县, 区: how the name of an area (武汉市, 恩施州) ends */
	WP_WORDS_WHOLE_MONTH,	    /* 全月, 整月: alone (or first, 全月，), the whole month of the campaign */
	WP_WORDS_PERSON_TITLE,	    /* 老师, 班主任: (负责人：王老师, 各班主任) what ends a person named by title */
	WP_WORDS_ARTICLE_UNIT,	    /* 条, 章: (第三条, 第一章) what a plan drafted like regulations numbers its top headings by */
	WP_WORDS_ARTICLE_CITED,	    /* 规定, 的: (第三条规定的…) after 第X条 in a sentence that cites an article, no heading */
	WP_WORDS_STAGE_NAME,	    /* 阶段: (一、预热阶段（6月20日—7月5日）) a top heading naming a stage of the campaign */
	WP_WORDS_REPORT_ITEM,	    /* 活动总结, 情况报送: (（一）活动总结。…前报送…) a stage's item that is only a report */
	WP_WORDS_BARE_SECTION,	    /* 活动时间, 工作要求: (a line of its own, no number) the whole title of a section whose number a copy lost */
	WP_WORDS_BRACKET_REMARK,    /* 含, 每场: (（6月3日，含线上直播）) a part of a title's bracket that remarks on it, no place */
	WP_WORDS_BODY_TAIL,	    /* 局, 委, 大队: (市应急管理局) the end of a name that is only a body, never a place */
	WP_WORDS_SOLAR_TERM,	    /* 立春 … 冬至: (秋分当天) the 24 solar terms, days of data/solar-terms-cn.tsv */
	WP_WORDS_SOLAR_TERM_DAY,    /* 当天, 日: (秋分当天, 冬至日) after a solar term, its day is the activity's */
	WP_WORDS_UNIT_AFTER_ALL,  /* 安全局: ends like a word that is no unit (全局), a unit all the same */
	WP_WORDS_FIELD_BAR,	    /* ｜, │: (12月1日｜宪法知识进校园｜县第一中学) what parts a row of fields in an item's line */
	WP_WORDS_NAMED_MEDIUM,	    /* 日报, 电视台: (淮岭日报、“淮岭科协”微信公众号) a medium a channel list names */
	WP_WORDS_CHANNEL_LEAD,
	WP_WORDS_CHANNEL_KIND,	    /* 微信, 门户, 政府: (微信视频号, 门户网站) a kind of channel, no name of one */	    /* 通过, 依托: the words a list of channels follows */
	WP_WORDS_COUNT_MEASURE,	    /* 个, 名, 月: (15 个乡镇, 10 月 20 日) a count's measure word after a number */
	WP_WORDS_PASS_ON,	    /* 转发, 印发: (X转发Y《关于…》的通知) a cover passing a cited notice on */
	WP_WORDS_CAMPAIGN_WORD,	    /* 宣传周, 活动: (4月15日起至宣传周结束) what names the campaign whose end it is */
	WP_WORDS_WHEN_LABEL_TAIL,   /* 时间, 日期: (活动日期：, 具体时间：) a label of when, no stage's name */
	WP_WORDS_CONTENTS_HEAD,	    /* 目录: a contents page's head (its lines name no activity) */
	WP_WORDS_DECK_LABEL,	    /* 宣传主题, 牵头单位: a label a slide's text box holds alone, over its value */
	WP_WORDS_DECK_ROLE,
	WP_WORDS_DECK_MEMBERS,	    /* 成员: a committee's members a slide lists under the word, a name a line */	    /* 组长: a committee's role a slide holds alone, over a name and a post */
	WP_WORDS_FIELD_BULLET,      /* · • ▪: (· 时间：…) a bullet before an item's field label, no part of it */
	WP_WORDS_LABEL_OPEN,	    /* 【, 〔, [, （: (【8月8日·周六】上午8点，…) what opens a paragraph's date label */
	WP_WORDS_LABEL_CLOSE,	    /* 】, 〕, ], ）: what closes it */
	WP_WORDS_LABEL_WEEKDAY_SEP, /* ·, ，, space: (8月8日·周六) between a label's date and its weekday */
	WP_WORDS_NO_UNIT_VALUE,     /* 无, 暂无, —: (配合部门：无) a unit field's value that names no unit */
	WP_WORDS_CHART_MARK,	    /* ▲, ●, →: (01 启动仪式　▲) a Gantt chart's marks of a row's weeks, pasted as text */

	WP_WORDS_REGION_OBJECT_OPEN, /* 对, 针对: (在全县范围内对X等开展排查) the region is the place, X what is checked */

	WP_WORDS_MAIL_SEPARATOR,    /* 原始邮件, Original Message: (----- 原始邮件 -----) the rule above a forwarded mail */

	WP_WORDS_DOC_NUMBER_END,    /* 号, 期: (安农发〔2026〕42号, 〔2026〕第17期) what a document number or a minutes' issue ends with */
	WP_WORDS_MINUTES_KIND,	    /* 的会议纪要, 纪要: (关于筹备X的会议纪要) what a subject line ends with, as 的通知 does a notice's */
	WP_WORDS_ABOUT_HEADING,	    /* 关于: (三、关于主场庆祝活动) a minutes' item heading opens with it before what it is about */

	WP_WORDS_INTERNAL_LINE,	    /* 内线, 分机: (临床营养科　孔令辉　内线8316) a short number's label, an in-house line */

	WP_WORDS_FAQ_QUESTION,	    /* 问, 一问, Q: (问3：…？) a question of a plan written as questions and answers */
	WP_WORDS_FAQ_ANSWER,	    /* 答, 一答, A: (答：…) the answer under it */
	WP_WORDS_FAQ_CONTACT,	    /* 找谁咨询, 联系谁: (问14：还有问题找谁咨询？) a question whose answer is the contact lines */

	WP_WORDS_EVENT_KIND_TAIL,   /* 活动, 宣传: (六五环境日主场宣传活动) the kind an event's title ends in; the word before it tells the event (主场活动) */
	WP_WORDS_MADE_AFTER,	    /* 后, 汇总: (汇总后形成X，于…报Y) what a 形成 follows as its clause's verb */
	WP_WORDS_MADE_THEN_SENT,    /* 形成: (形成全区活动情况报告报Y) what is made is then sent, the thing put before the verb */

	WP_WORDS_REPLY_KIND,	    /* 的批复, 批复: (关于同意《X》的批复) what a reply's subject line ends with, as 的通知 does a notice's */
	WP_WORDS_APPROVE_OPEN,	    /* 原则同意, 同意: (一、原则同意《X》。活动由你局牵头) a reply's decision heading opens with it: no activity yet */

	WP_WORDS_HONOUR,	    /* 优秀, 先进: (于…前确定“优秀志愿者”10名) a duty choosing whom to honour, no deadline the units owe */
	WP_WORDS_UNIT_END_IN_WORD,  /* 科普, 处理: (各县（市）区科普日…) a unit's last character (科, 处) opening a word that goes on */

	WP_WORDS_THREAD_SENDER,	    /* 发送人： (11月30日 16:05　发送人：团区委 陈晓蕾) the header of a message in a work group's thread */
	WP_WORDS_THREAD_REPLIES,    /* 以下为群内回复: the group's replies to a message (单位：1, 收到) follow, no part of it */
	WP_WORDS_SHIFTED_TO,	    /* 提前至, 推迟至: (集合时间提前至上午8:00) a time moved: what follows is the new value */
	WP_WORDS_BARE_PLACE_END,    /* 室, 步道, 社区: (区青少年宫三楼活动室, 各社区) a bare line under an item's day ending thus is its place though it names a unit (besides WP_WORDS_BUILDING) */

	WP_WORDS_LEGEND_LEAD,	    /* 依次为: (（台账各栏依次为：序号，工作内容，…）) what leads a legend of a ledger's columns */
	WP_WORDS_PROGRESS_COLUMN,   /* 进展情况: a ledger's column of how a row stands, not read */

	WP_WORDS_COUNTDOWN_DAY,	    /* D日: (以下称“D日”, D日（9月19日）) the day a countdown plan (倒排工期) counts from */
	WP_WORDS_COUNTDOWN_LETTER,  /* D: (D-7, D+1) the letter of a countdown label before its sign */
	WP_WORDS_COUNTDOWN_BEFORE,  /* -, －: (D-7) days before the countdown's day */
	WP_WORDS_COUNTDOWN_AFTER,   /* +, ＋: (D+1) days after it */
	WP_WORDS_COUNTDOWN_SAME_DAY, /* 同日，: (D-7 … 同日，各村报送…) a sentence of an entry on the entry's day */

	WP_WORDS_FILE_EXTENSION,    /* .pdf, .docx: (附件：X关于…的通知.pdf) an attached file's name ends so */
	WP_WORDS_GROUP_OPEN,	    /* 各: (各村（社区）书记, 各班主任) what opens a group of units or of persons */
	WP_WORDS_PLACE_AT,	    /* 在: (X启动仪式在古城东门广场举行) what opens the place a subject's event is held at */
	WP_WORDS_RANGE_OPEN,	    /* 开始, 起, 正式启动: (从5月10日开始，到5月20日结束) a range's start said before its end */
	WP_WORDS_RANGE_GOES_ON,	    /* ，, ，并持续: (…正式启动，并持续至6月30日) what comes between a said start and the mark of the end */
	WP_WORDS_SURNAME,	    /* 王, 欧阳: what a person's name opens with */
	WP_WORDS_NOT_A_NAME,	    /* 全体, 待定, 领导: (负责人：待定, 报给领导) two or three characters that name no person */
	WP_WORDS_COLLECT,	    /* 领取: (于4月20日前到经济发展办领取宣传资料) fetching what is handed out, no duty owed by the day */
	WP_WORDS_SPACED_PAIR_LABEL, /* 电话, 手机: (电　话：X　　手　机：Y) a two-character label a line may space out to a width, anywhere in it */
	WP_WORDS_START_MARK,	    /* 起, 开始: (5月7日起，…, 5月18日开始) a day written as where something starts */
	WP_WORDS_HEADING_NAME_GOES_ON, /* 和, 安排, （: (活动时间安排, 活动主题和口号) what after a section's name goes on naming it, no value run on */
	WP_WORDS_GROUP_DEPUTY,	    /* 任副组长: (X任专班负责人，A，B任副组长) how a group's deputies are named after a head called otherwise */
	WP_WORDS_RELAY_GATHER,	    /* 汇总后: (，专班办公室汇总后报县局) a clause whose unit gathers the things before it passes them on */
	WP_WORDS_HAND_TO,	    /* 给: (报给唐国华) a sending verb's word before the person who takes the thing */
	WP_WORDS_OFFICE_SET_UP,	    /* 下设办公室: (领导小组下设办公室 / 主任：X) the committee's office set up: the role lines after it are the office's staff */
	WP_WORDS_DOCSITE_PHRASE,    /* 由会员分享, 如文档侵犯您的权益: (《X.doc》由会员分享，可在线阅读…) a document-sharing site's line around the document, wherever in it */
	WP_WORDS_DOCSITE_OPENER,    /* 上一篇, 合集下载: (上一篇：X) a web page's line of links or counts when it opens so */
	WP_WORDS_SITE_DOMAIN,	    /* .com, .cn: (【23xiu.com-爱上秀-教育信息门户网】) a site's name in brackets holds its address */
	WP_WORDS_CHUNK_MARK,	    /* 、: (1、…，为加强…事业 / 2、发展的…) what follows the number of a site's page chunk */
	WP_WORDS_SENTENCE_END,	    /* 。, ；: (…举办科技 / 2、成果展示) a chunk not ending so was cut mid-sentence */
	WP_WORDS_BLANK_MARK,	    /* x, ×: (20xx年, xx月xx日, XX县) a template's blank for what the user fills in */
	WP_WORDS_BLANK_UNIT,	    /* 年, 月, 县: (xx月, ××镇) what a blank stands before: a date's or a region's part */
	WP_WORDS_CUTOFF,	    /* 截止时间为, 不迟于: (报送总结，截止时间为4月29日) what before a date makes it the last day, with no 前 after it */
	WP_WORDS_CUTOFF_AFTER,	    /* 截止: (4月29日截止, 4月29日17:00截止) what after a date makes it the last day */
	WP_WORDS_LEVEL_IN_WORD,	    /* 市场: (县市场监督管理局) a level's character opening a word, no division's end */
	WP_WORDS_MESSAGE_TAG,	    /* 通知, 紧急通知: (【通知】 atop a work group's message) the kind of message in brackets, no section */
	WP_WORDS_ROLE_MANNER,	    /* 分别, 具体: (各所分别负责) how the units before a role word take it, no unit's */
	WP_WORDS_COUNT_RANGE,	    /* 至, 到: (1至2件案例, 图片3到5张) what joins a count's two numbers */
	WP_WORDS_EACH_DOER,	    /* 各, 分别: (4月21日前各报1个案例) each of the doers, between a day and its verb */
	WP_WORDS_TAKE_PART,	    /* 参加: (，县安委会各成员单位参加，) the verb of units that take part, who cooperate */
	WP_WORDS_PLAN_MADE,	    /* 制定本方案: (为…，区卫生健康局制定本方案。) what follows the unit that made the plan */
	WP_WORDS_EVENT_DOER_LABEL,   /* 承办单位: (四、承办单位 in the plan of one event) a section of the units that run it for the host */
	WP_WORDS_EVENT_HELPER_LABEL, /* 协办单位: (五、协办单位) a section of the units that help */
	WP_WORDS_PLAN_WORD,	    /* 方案, 实施方案: (…进园区活动方案) what ends a plan's title, not the event's name */
	WP_WORDS_RECEIPT_SLIP,	    /* 收文处理笺: the form an office sets over a notice it received */
	WP_WORDS_SLIP_BODY,	    /* 正文: the line under the slip where the notice begins */
	WP_WORDS_ONLINE_VENUE,	    /* 平台, APP: (依托“X”平台开展) what ends an online venue's quoted name */
	WP_WORDS_DUTY_DASH,	    /* ——: (——立案庭：…) a dash opening a unit's paragraph */
	WP_WORDS_GOES_TO,	    /* 到, 赴: (到镇敬老院联合X开展…) what opens where a thing is done, not who does it */
	WP_WORDS_DASH_GO_TO,	    /* 在, 赴: (——X：4月23日赴Y开展…) what opens where a unit's duty is done */
	WP_WORDS_SUPPLEMENT,	    /* 补充通知：: a note added to a notice, changing what it said */
	WP_WORDS_NAME_REST_END,	    /* 活动, 时间: (更新说明：“X”宣传咨询日活动时间由…) what ends the rest of a quoted name */
	WP_WORDS_CHANNEL_END,	    /* 邮件, 系统: (通过内网邮件发送) how a channel a thing is sent by ends */
	WP_WORDS_MARK_LEAD,	    /* ★: a responsibility table's mark of the unit that leads */
	WP_WORDS_MARK_COOP,	    /* ○, △: …of one that cooperates or takes part */
	WP_WORDS_AMENDING_TITLE,    /* 补充通知, 关于调整: a title of a notice that amends a plan */
	WP_WORDS_CANCEL_ITEM,	    /* 取消: (取消原方案第（八）项) an amendment dropping an item */
	WP_WORDS_ORIGINAL_PLAN,	    /* 原方案: (取消原方案第（八）项) the plan amended, before its item */
	WP_WORDS_ADD_ITEM,	    /* 增加, 新增: (增加X，作为…第（十一）项) an amendment adding an item */
	WP_WORDS_AS_ITEM,	    /* 作为, 列为: (…，作为原方案第（十一）项) the number an added item is given */
	WP_WORDS_CONTACT_REPLACED,  /* 联系人调整为: (…联系人调整为邓雅琪) a contact replaced */
	WP_WORDS_CONTACT_FROM,	    /* 联系人由: (联系人由王琳调整为邓雅琪) the one replaced, named after it */
	WP_WORDS_DUTY_LIFTED,	    /* 不再执行: (原定…报送…的要求不再执行) a duty lifted */
	WP_WORDS_AS_BEFORE,	    /* 仍按原方案: (…仍按原方案要求…报送) a duty the plan states, restated */
	WP_WORDS_THE_REST,	    /* 其余: (其余材料均报X) the rows a note's other clauses do not name */
	WP_WORDS_SET_APART_CLOSE,   /* 外: (除X报县安委办外) what closes a clause setting a row apart */
	WP_WORDS_HOW_IT_WENT,	    /* 情况: (开展情况) a noun after an event's verb: how it went, no event */
	WP_WORDS_UNNAMED_PERSON,    /* 负责同志, 负责人: (各单位分管负责同志) a person by the post held, not by name */
	WP_WORDS_GOES_INTO,	    /* 进: (法律进社区) a campaign going into a place, no unit's name */
	WP_WORDS_EVENTS_WORD,	    /* 活动: (宣传重点和活动安排) a heading that names activities too */
	WP_WORDS_SAID_TO_LEAD,	    /* 牵头: (由X牵头) the word saying a unit an item names leads it */
	WP_WORDS_AS_FOLLOWS,	    /* 如下: (活动安排如下：) a section's name announcing what follows */
	WP_WORDS_ONE_MORE,	    /* 另：: (①… ④… / 另：4月15日下午4:00，…) one more entry after a list, unnumbered */
	WP_WORDS_RESERVE_DAY,	    /* 备用, 顺延: (另：4月22日为备用日期，…顺延至该日) a day kept in reserve, no event of its own */
	WP_WORDS_AREA_SPAN,	    /* 范围内: (全县范围内) after the whole area, still no place */
	WP_WORDS_EACH_PLACE,	    /* 各地, 各处: each its own place, no one place */
	WP_WORDS_FALLBACK_PLACE,    /* 遇雨, 如遇: (镇文化广场（遇雨改在…）) a bracket of where it may move, no part of the place */
	WP_WORDS_ATTEND_MANNER,	    /* 集中, 统一: (在X集中观看Y) how those named attend, part of the event's name */
	WP_WORDS_VERB_NOUN,	    /* 组织部, 党组织: (区委组织部配合, 党组织书记) a noun holding an event's verb, no verb */
	WP_WORDS_NAMED_DAY_END,	    /* 日: (9月15日（星期二）　校园日) what ends a short name of a week's theme day */
	WP_WORDS_NOT_NAMED_DAY,	    /* 节假日, 星期日: (5月1日　节假日) a day's kind or weekday after it, no theme */
	WP_WORDS_CLAUSE_LEAD_VERB,  /* 组织: (由X组织，Y协助) a verb that says X leads only where it ends 由X's clause */
	WP_WORDS_SPAN_THROUGH,      /* 全程: (贯穿宣传月全程) after a week's or month's span, all of it */
	WP_WORDS_WHEN_PENDING,      /* 待: (时间待县里通知) a when still to be told */
	WP_WORDS_EVENT_NOUN_END,    /* 会, 演练, 讲座: (动员部署会，地点：…) an event's kind, ending its name */
	WP_WORDS_DEED_VERB,         /* 推送, 发放: (各运营商推送公益短信) a deed that is the entry where no event is held */
	WP_WORDS_SCHEDULE_END,      /* 安排: (二、时间安排) a period's heading that may hold the events */
	WP_WORDS_FRAME_OPEN,        /* 结合, 围绕: (结合“安康杯”竞赛，组织…) a clause that frames what is done */
	WP_WORDS_DEMAND,            /* 请, 严禁: (严禁借机发放广告) a sentence that asks, no deed that is done */
	WP_WORDS_PLAN_TOLD_MADE,   /* 制定了, 印发: (X制定了《Y方案》) a plan a post tells was made */
	WP_WORDS_REMARK_END,        /* 主讲, 年级: (安全讲座 民警主讲) a remark after a spaced line's name, no part of it */
	WP_WORDS_COUNT
};

/* The sets' lists by what their words read, each indexed by set and NULL
 * where the set's list lives in another file: notice-words-outline.c (the
 * shape of a notice), -time.c (when), -units.c (who), -duties.c (what is
 * due, whom to call) and -places.c (what happens where). A new set's list
 * goes into the one file whose words it reads like. */
extern const char *const *const wp_words_outline[WP_WORDS_COUNT];
extern const char *const *const wp_words_time[WP_WORDS_COUNT];
extern const char *const *const wp_words_units[WP_WORDS_COUNT];
extern const char *const *const wp_words_duties[WP_WORDS_COUNT];
extern const char *const *const wp_words_places[WP_WORDS_COUNT];

/* The words of a set, NULL-terminated (static, never freed). */
const char *const *wp_words(enum wp_word_set set);

/* Bytes of the longest word of set that s starts with, 0 if none. */
size_t wp_word_at(const char *s, enum wp_word_set set);
/* Is s, whole, a word of set? */
bool wp_word_is(const char *s, enum wp_word_set set);
/* Does s end with a word of set (院长 of 副院长, 通知 of 关于…的通知)? */
bool wp_word_ends(const char *s, enum wp_word_set set);
/* Bytes of the first word of set (in the set's order) that s ends with,
 * s holding more than the word (县教育局 协办 of 县教育局协办); 0 if none. */
size_t wp_word_end_len(const char *s, enum wp_word_set set);
/* The first place in s where a word of set starts (the longest word
 * there, its length in *len), or NULL. Only whole characters of s are
 * tried: a word never matches from the middle of one. */
const char *wp_word_find(const char *s, enum wp_word_set set, size_t *len);
/* As wp_word_find, but only a word that starts within the first window
 * bytes of s (bounded search). */
const char *wp_word_find_near(const char *s, enum wp_word_set set, size_t window, size_t *len);

/* ---- the labels of an item's fields and an activity table's columns ---- */

enum wp_field {
	WP_FIELD_OTHER, /* a known column the reader does not read (备注) */
	WP_FIELD_NO,
	WP_FIELD_NAME,
	WP_FIELD_CONTENT,
	WP_FIELD_WHEN,
	WP_FIELD_PLACE,
	WP_FIELD_LEAD, /* 牵头单位: the units that lead */
	WP_FIELD_COOP,   /* 配合单位: the units that cooperate */
	WP_FIELD_CONTACT, /* 联系人及电话: whom to call about the row */
	WP_FIELD_AREA,	  /* 市州: the area a row is in, a cell often merged over rows */
	/* 负责人 beside a column of units: the person who answers for the
	 * row, whom to call with the number of a column of phones */
	WP_FIELD_PERSON,
	WP_FIELD_PHONE /* 联系电话 as a column beside 负责人: the person's numbers */
};

/* A column whose cells fill no field of an activity (备注, 联系电话, 负责人
 * beside 责任单位): a row may leave it empty or lose it at the line's end. */
static inline bool wp_field_fills_nothing(enum wp_field f)
{
	return f == WP_FIELD_OTHER || f == WP_FIELD_CONTACT || f == WP_FIELD_PERSON || f == WP_FIELD_PHONE;
}

/* Where a label may stand besides a table's header row. */
#define WP_FIELD_LINE 1u  /* 1.时间：… under an item is a line of it */
#define WP_FIELD_TITLE 2u /* （一）活动名称：X titles the item X */
/* 原定时间：5月18日 beside 调整时间：5月20日: a revision notice's
 * superseded value, which the item's line does not hold any more */
#define WP_FIELD_FORMER 4u

struct wp_field_label {
	const char *name;
	enum wp_field field;
	unsigned where; /* WP_FIELD_LINE, WP_FIELD_TITLE, WP_FIELD_FORMER */
};

/* The field labels; the unit labels among them in the order they are
 * preferred when several appear. Ends with a row whose name is NULL. */
extern const struct wp_field_label wp_field_labels[];

/* The row of the longest label s starts with (its length in *len), or
 * NULL. */
const struct wp_field_label *wp_field_label_at(const char *s, size_t *len);
/* The row of the label s is, whole, or NULL. */
const struct wp_field_label *wp_field_label_is(const char *s);

/* ---- who leads ------------------------------------------------------------ */

enum wp_role { WP_ROLE_NONE, WP_ROLE_LEAD, WP_ROLE_COOP };

/* The role a unit's name marks for itself at its end (市公安局（配合）,
 * 市知识产权局牵头), the mark's length in *len; the name must hold more
 * than the mark. WP_ROLE_NONE when it has none. */
enum wp_role wp_unit_mark_role(const char *name, size_t *len);

/* ---- the committee --------------------------------------------------------- */

enum wp_committee_role { WP_COMMITTEE_NONE, WP_COMMITTEE_CHAIR, WP_COMMITTEE_VICE, WP_COMMITTEE_MEMBER };

/* The committee label s starts with (主任单位, 副组长单位 ...), its length
 * in *len, or WP_COMMITTEE_NONE. */
enum wp_committee_role wp_committee_label_at(const char *s, size_t *len);
/* How prose names a committee's chair or a deputy: the words before the
 * person and after, % standing for the chair's title (以X为组长 is
 * {"以", "为%"}, 由X任副主任 {"，", "任副%"}). */
struct wp_role_clause {
	const char *open, *close;
};
/* The clauses of rank (WP_COMMITTEE_CHAIR or WP_COMMITTEE_VICE), tried in
 * order; ends with a row whose open is NULL (at once for another rank). */
const struct wp_role_clause *wp_committee_clauses(enum wp_committee_role rank);

/* ---- the units a relative rule counts in ------------------------------------ */

/* 3个工作日, 5天, 两周, 一个星期: a unit of a count, as days (a week is
 * 7) and whether they are working days. */
struct wp_count_unit {
	const char *word;
	int days;
	bool workdays;
};
/* Bytes of the longest unit s starts with (its row in *unit), 0 if none. */
size_t wp_count_unit_at(const char *s, const struct wp_count_unit **unit);

/* ---- public holidays ----------------------------------------------------------- */

/* A public holiday as notices write it (五一, 国庆节) and the name the
 * holiday calendar gives its days (劳动节, 国庆节; a day of two holidays
 * is named by both, 国庆节、中秋节). Longer words before the shorter they
 * start with; ends with a row whose written is NULL. */
struct wp_holiday_word {
	const char *written, *calendar;
};
extern const struct wp_holiday_word wp_holiday_words[];

/* ---- administrative divisions ------------------------------------------------ */

/* What the name of a division ends with (自治州, 县, 镇). A town (镇, 乡,
 * 街道) is a region only as the seat of a government (WP_WORDS_SEAT).
 * Longer words before the shorter they end with (自治区 before 区); ends
 * with a row whose word is NULL. */
struct wp_region_suffix {
	const char *word;
	bool town;
};
extern const struct wp_region_suffix wp_region_suffixes[];

/* A development zone's name and the short form texts write it by
 * (高新技术产业开发区 -> 高新区); NULL-terminated. */
struct wp_zone_name {
	const char *name, *short_name;
};
extern const struct wp_zone_name wp_zone_names[];
/* A zone's administration and its short form (管理委员会 -> 管委会). */
extern const struct wp_zone_name wp_zone_bodies[];
/* A school's word and the level its bodies call it by (学院 -> 院). */
extern const struct wp_zone_name wp_school_levels[];
/* An end of a body's name and a name the body calls itself by there
 * (医院 -> 我院, 大队 -> 大队, 管理委员会 -> 管委会); NULL-terminated. */
extern const struct wp_zone_name wp_self_names[];
/* An end of a body's name and the name a letter to it calls it by (局 ->
 * 你局); NULL-terminated. */
extern const struct wp_zone_name wp_addressee_names[];

/* ---- the kinds of bodies ---------------------------------------------------- */

/* The kind of body a name ends with, and how its short forms end
 * (残疾人联合会 -> 残联: 联合会 is shortened to 联); some kinds have a
 * second short form, or NULL (安全生产委员会办公室 -> 安委办 beside 禁毒委
 * 员会办公室 -> 禁毒办). */
struct wp_body_kind {
	const char *kind, *short_kind, *other_short_kind;
};
/* The first row (in the table's order: 委员会办公室 before 委员会) whose
 * kind ends name, its kind's length in *len; NULL if none. */
const struct wp_body_kind *wp_body_kind_ending(const char *name, size_t *len);

/* ---- submitting ------------------------------------------------------------ */

/* What a submission verb says, as flags of its row. */
#define WP_SUBMIT_SIGN 1u  /* its presence makes a sentence a submission */
#define WP_SUBMIT_THING 2u /* 报送X: the thing due follows it */
#define WP_SUBMIT_TO 4u    /* 报送Y: to whom follows it (rows tried in order) */
#define WP_SUBMIT_PUT 8u   /* 将X报Y: it ends the thing put before it */

struct wp_submit_verb {
	const char *word;
	unsigned uses;
};

/* Ends with a row whose word is NULL. */
extern const struct wp_submit_verb wp_submit_verbs[];

/* The first place in s holding a verb with any of the flags uses (the
 * longest there, its length in *len), or NULL. */
const char *wp_submit_find(const char *s, unsigned uses, size_t *len);

/* Words holding 报 that send nothing (报道, 海报), by where the 报 is
 * met: after a deadline's date, or after a thing put (将X报…). */
#define WP_NOT_SENT_AFTER_DATE 1u
#define WP_NOT_SENT_AFTER_PUT 2u
/* 4月20日前报批 / 报备 / 报销: a word of 报 after the day that names no
 * thing sent after it (a bare 报 then its thing: 前各报1个案例) */
#define WP_NOT_SENT_BARE 4u

/* Is the 报 at hit, in text from start, part of such a word for where?
 * Nothing before start is read. */
bool wp_not_sending_at(const char *start, const char *hit, unsigned where);
/* Is p a 交 that hands something over (将作品交政教处), not the start of
 * 交流, 交通, 交办 ...? */
bool wp_hands_over_at(const char *p);

/* ---- a post's field signs ------------------------------------------------------- */

/* 📅 11月9日 | 📍 市民广场 | 🏢 市消防救援支队: the pictographs a post
 * sets before an item's fields on one line, each standing for a label. */
struct wp_field_sign {
	const char *sign;  /* 📅 */
	const char *label; /* 时间: a field label of wp_field_labels */
};

/* Bytes of the field sign s starts with (with an emoji-form selector
 * after it), its label in *label; 0 if none. */
size_t wp_field_sign_at(const char *s, const char **label);

/* ---- times of day ----------------------------------------------------------- */

struct wp_time_of_day {
	const char *word; /* 上午, 下午, 晚上 */
	bool pm;          /* 下午3点 is 15:00 */
};

/* Ends with a row whose word is NULL. */
extern const struct wp_time_of_day wp_times_of_day[];

/* Bytes of the time of day s starts with (its pm in *pm unless NULL), 0
 * if none. */
size_t wp_time_of_day_at(const char *s, bool *pm);
/* Does the text from start to p end with an afternoon or evening word? */
bool wp_pm_before(const char *start, const char *p);

/* ---- a portal's metadata block ----------------------------------------------- */

enum wp_meta_field {
	WP_META_OTHER,
	WP_META_ISSUER,
	WP_META_DOC_NUMBER,
	WP_META_WRITTEN,
	WP_META_TITLE,
	WP_META_PUBLISHED, /* 发布日期: when it was put out, the issue date where nothing else gives one */
};

/* Is there a metadata label at the start of s (发文机关, 文号 ...)? true
 * with its field and length. */
bool wp_meta_label_at(const char *s, enum wp_meta_field *field, size_t *len);

#endif
