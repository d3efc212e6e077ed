/* notice-words-time.c - the genre's words for when: the campaign's span
 * and period, days counted from another (次日, 结束后当天), weekdays, times
 * of day before a due date, ranges, and what leaves a date open.
 *
 * One of the files of plain word lists, each for what its words read;
 * notice-words.h says how to add a habit of the genre. */
#include "config.h"

#include <stddef.h>

#include "notice-words.h"

/* 启动仪式次日12:00前: the day after */
static const char *const next_day[] = {"次日", "第二天", "翌日", NULL};
/* 每周五下班前, 活动当天下午6点前 (the day of each activity): a duty that
 * recurs (tried in order) */
static const char *const recurring[] = {"每周", "每月", "每个工作日", "每日", "每天", "活动当天", "活动当日",
					  /* 活动开展当日18时前: each activity's day */
					  "活动开展当日", "活动开展当天", "活动举办当日", "活动举办当天", NULL};
/* 自本通知印发之日起: what a duty counted from the issue opens with (in order) */
static const char *const issue_openers[] = {"自本通知", "本通知", "自通知", "通知", NULL};
/* 9月19日17:00前, 放学前: a time of day between a due date and its 前 */
/* 9月25日（星期五）17:00前将总结报…: the day a thing is due by */
static const char *const due_marks[] = {"前", "之前", "以前", NULL};
static const char *const due_times[] = {"上午", "下午", "中午", "晚上", "下班", "放学", "时", "点", NULL};
/* 决定于6月份开展, 今年4月为…宣传月: the campaign's time that a preamble
 * decides (今年 only names a month) */
static const char *const decided[] = {"决定于", "定于", "拟于", "将于", "决定在", "今年", "决定，", NULL};
/* 宣传周, 活动周: the short name of a week-long campaign (tried in order) */
static const char *const campaign_weeks[] = {"宣传周", "活动周", NULL};
/* 活动结束后3个工作日内: what a rule counts from when it means the whole
 * campaign (or, inside an item, that item), not an activity it names */
static const char *const whole_campaign[] = {"活动", "本次活动", "此次活动", "各项活动", "系列活动",
					     "全部活动", "所有活动", "各类活动", NULL};
/* 宣传月结束后: a word for the campaign's span, wherever it stands in a
 * rule's anchor */
static const char *const campaign_spans[] = {"宣传周", "活动周", "宣传月", "活动月", "主题周", "主题月",
					     "宣传季", NULL};
/* 3月15日前后, 12月4日左右 */
static const char *const about_a_day[] = {"前后", "左右", NULL};
static const char *const any_time[] = {"随时报送", "随时上报", NULL};
static const char *const same_day[] = {"当日报送", "当天报送", NULL};
static const char *const no_one_day[] = {"当日", "当天", "随时", NULL};
/* 我镇活动时间为5月15日至5月29日: the words may come before the days */
static const char *const period_named[] = {"活动时间为", "活动时间定为", "时间为", "活动时间：",
					   /* …集中开展，时间从11月1日到30日: told in a chat,
					    * a clause of its own (not 开放时间从…调整为) */
					   "，时间从", NULL};
/* 宣传周期间, “质量月”期间, 活动期间, 助残日期间, 集中宣传期间 */
static const char *const span_units[] = {"周", "月", "活动", "周”", "月”", "日", "日”", "宣传", NULL};
/* 节日期间, 工作日期间: not the campaign's */
static const char *const other_days[] = {"节日", "假日", "工作日", "当日", "次日",
					 "每日", "平日", "生日", "今日", NULL};
/* 6月25日集中宣传日当天，…于16时前报: the day named before */
static const char *const that_day[] = {"当天", "当日", NULL};
/* 每项活动结束后当天将信息报送…: once per activity, no one due date */
static const char *const end_same_day[] = {"结束后当天", "结束后当日", "结束当天", "结束当日",
					   /* 各承办单位要在活动当天将活动信息报X: each activity's day */
					   "活动当天", "活动当日", NULL};
/* 将不少于3张现场照片…发宣传科: 于 compares, it dates nothing */
static const char *const yu_compared[] = {"不少", "不低", "不多", "多", "少", "高", "低", NULL};
/* 地点：各镇（街道）自行确定: each unit picks its place; none is given */
static const char *const left_open[] = {"自行确定", "自行安排", "另行通知", "另行确定", "待定", "自定",
					 /* 地点：由各县（市、区）结合实际确定 */
					 "结合实际确定", "根据实际确定", "结合实际安排", NULL};
/* 宣传周首日上午9:00: the first day of the span named before it */
static const char *const first_day[] = {"首日", "第一天", "第1天", NULL};
static const char *const last_day[] = {"最后一天", "末日", NULL};
static const char *const after_event[] = {"结束后", NULL};
/* 全　天, 每　天: a programme's column padded to two characters' width */
static const char *const whole_day[] = {"全天", "全日", "每天", "每日", "全　天", "每　天", NULL};
/* 星期一（开幕日）, 周三, 展期至星期五: a weekday named without its date */
static const char *const weeks[] = {"星期", "周", "礼拜", NULL};
/* the weekday's numeral, Monday first: a row's place is its ISO weekday
 * (一 = 1 … 日 = 7, 天 too), so the order matters */
static const char *const weekday_numerals[] = {"一", "二", "三", "四", "五", "六", "日", "天", NULL};
/* 本周五（4月3日）前, 下周一（9月14日）: which week */
static const char *const which_weeks[] = {"本", "下", NULL};
/* 于4月20日至28日在全区开展; 决定9月1日至9月30日在全镇开展: the issuer
 * decides the days, as 决定于 does */
static const char *const whole_area_days[] = {"于", "决定", NULL};
/* 5月18日～22日, 4月20日起至5月20日, 9:00～11:30, 下午2点到4点: the marks
 * between the two ends of a range of days, parts of months or hours, in
 * every width a notice types them (the longest is taken: ——). Only where
 * a day or an hour is read: 300～500克 is an amount. */
/* 从5月10日开始，到5月20日结束, 于6月1日正式启动，并持续至6月30日: a
 * range's start said, then what leads to the mark of its end */
static const char *const range_opens[] = {"开始", "起", "正式启动", "启动", NULL};
static const char *const range_goes_on[] = {"，并持续", "，持续", "，一直", "，", NULL};
/* 5月7日起，…, 5月18日开始: a day something starts on */
static const char *const start_marks[] = {"起", "开始", NULL};
static const char *const range_marks[] = {"—", "——", "－", "–", "-", "~", "～", "〜", "至", "到", "起至", NULL};
/* 农历正月十八至二月初一, 阴历九月初九: the date that follows is a lunar
 * one, read through data/lunar-months-cn.tsv (core/notice-lunar.c) */
static const char *const lunar[] = {"农历", "阴历", NULL};
/* 正月十五（元宵节）, 冬月初八, 腊月二十三: the lunar months named, not
 * numbered; the order matters: 正 = 1, 冬 = 11, 腊 = 12 */
static const char *const lunar_months[] = {"正", "冬", "腊", NULL};

/* 每项活动结束后1个工作日内 in a table of what is due: after each activity,
 * not the campaign's end */
static const char *const each_activity[] = {"每项活动", "每次活动", "每场活动", "每个活动", "每期活动", NULL};
/* 第一天（5月16日）, 第二日（5月17日）: a day line that counts the day in
 * the run before its date */
static const char *const nth_day[] = {"第", NULL};
static const char *const nth_day_units[] = {"天", "日", NULL};
/* 6月8日（星期一）“食品安全进校园”主题日, 9月16日　网络安全宣传日: a heading that
 * names what its day is for, a theme day the activity is titled by */
static const char *const theme_days[] = {"主题日", "宣传日", "活动日", "开放日", "体验日", "服务日", "咨询日", NULL};
/* 9月15日（星期二）　校园日, 　电信日: a week's day named for its theme */
static const char *const named_day_ends[] = {"日", NULL};
/* 5月1日　节假日, 9月20日　星期日: the kind of a day, or its weekday */
static const char *const not_named_days[] = {"节假日", "休息日", "工作日", "星期日", "周日", "礼拜日", "当日", "首日",
					     "次日", "截止日", "纪念日", "生日", "假日", "平日", "每日", "全日", NULL};

/* 全月 in a task's 完成时限 with no month: the whole month of a
 * month's campaign */
static const char *const whole_month[] = {"全月", "整月", NULL};
/* 时间待县里通知, 时间待定: a when still to be told */
static const char *const when_pending[] = {"待", NULL};
/* 贯穿宣传月全程: the campaign's span, all of it (宣传周期间 is read as
 * such everywhere) */
static const char *const span_through[] = {"全程", NULL};

/* 秋分当天上午9时 (中国农民丰收节), 冬至日: the 24 solar terms by name, as
 * data/solar-terms-cn.tsv writes them */
static const char *const solar_terms[] = {"小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨",
					  "立夏", "小满", "芒种", "夏至", "小暑", "大暑", "立秋", "处暑",
					  "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至", NULL};
/* a term names a day only with one of these after it: 小雪, 雨水 alone are
 * weather, 秋分前后 is about a day */
/* 启动仪式举办2个工作日前: the verb between the thing and the count */
static const char *const hold_verbs[] = {"举办", "举行", "召开", NULL};
/* 劳动节假期结束后第一个工作日, 五一节后, 国庆长假后: what a notice may
 * write between a holiday's name and its 后 (each at most once, in this
 * order) */
static const char *const holiday_tails[] = {"节", "小长假", "长假", "假期", "放假", "结束", NULL};
/* 国庆节后第一个工作日, 节后上班第一天: the first working day after */
static const char *const first_workdays[] = {"第一个工作日", "第1个工作日", "首个工作日", "上班第一天",
					     "上班后第一天", "上班首日", NULL};
static const char *const solar_term_days[] = {"当天", "当日", "日", NULL};

/* 【8月8日·周六】上午8点，在…举办…: a paragraph opens with its date in
 * brackets; a ( holds a date only when nothing but a date is in it */
static const char *const label_opens[] = {"【", "〔", "[", "［", "（", "(", NULL};
static const char *const label_closes[] = {"】", "〕", "]", "］", "）", ")", NULL};
static const char *const label_weekday_seps[] = {"·", "・", "•", "，", ",", " ", "　", NULL};

/* 倒排工期: a plan that names its main day D日 and labels every step by
 * the days before or after it (D-7, D日, D+1) */
static const char *const countdown_days[] = {"D日", "Ｄ日", NULL};
static const char *const countdown_letters[] = {"D", "Ｄ", NULL};
static const char *const countdown_before[] = {"-", "－", "−", NULL};
static const char *const countdown_after[] = {"+", "＋", NULL};
static const char *const countdown_same_day[] = {"同日，", "当日，", "同日", "当日", NULL};

/* 报送活动总结，截止时间为4月29日 / 不迟于4月28日报送: a last day said
 * without 前 (截至, as of, dates a count, not a duty: 截至4月30日的数据) */
static const char *const cutoffs[] = {"截止时间为", "截止日期为", "截止时间是", "截止日期是", "截止时间：",
				      "截止日期：", "截止时间:", "截止日期:", "截止时间", "截止日期",
				      "截止到", "截止至", "截止于", "最迟于", "最晚于", "不迟于",
				      "不晚于", "最迟", "最晚", NULL};
static const char *const cutoffs_after[] = {"截止", NULL};

const char *const *const wp_words_time[WP_WORDS_COUNT] = {
	[WP_WORDS_RECURRING] = recurring,
	[WP_WORDS_ISSUE_OPENER] = issue_openers,
	[WP_WORDS_DUE_TIME] = due_times,
	[WP_WORDS_DUE_MARK] = due_marks,
	[WP_WORDS_DECIDED] = decided,
	[WP_WORDS_CAMPAIGN_WEEK] = campaign_weeks,
	[WP_WORDS_WHOLE_CAMPAIGN] = whole_campaign,
	[WP_WORDS_CAMPAIGN_SPAN] = campaign_spans,
	[WP_WORDS_ABOUT_A_DAY] = about_a_day,
	[WP_WORDS_ANY_TIME] = any_time,
	[WP_WORDS_SAME_DAY] = same_day,
	[WP_WORDS_NO_ONE_DAY] = no_one_day,
	[WP_WORDS_PERIOD_NAMED] = period_named,
	[WP_WORDS_SPAN_UNIT] = span_units,
	[WP_WORDS_OTHER_DAY] = other_days,
	[WP_WORDS_NEXT_DAY] = next_day,
	[WP_WORDS_WHICH_WEEK] = which_weeks,
	[WP_WORDS_THAT_DAY] = that_day,
	[WP_WORDS_END_SAME_DAY] = end_same_day,
	[WP_WORDS_YU_COMPARED] = yu_compared,
	[WP_WORDS_LEFT_OPEN] = left_open,
	[WP_WORDS_WHOLE_DAY] = whole_day,
	[WP_WORDS_WEEK] = weeks,
	[WP_WORDS_WEEKDAY_NUMERAL] = weekday_numerals,
	[WP_WORDS_WHOLE_AREA_DAYS] = whole_area_days,
	[WP_WORDS_FIRST_DAY] = first_day,
	[WP_WORDS_LAST_DAY] = last_day,
	[WP_WORDS_AFTER_EVENT] = after_event,
	[WP_WORDS_RANGE_OPEN] = range_opens,
	[WP_WORDS_RANGE_GOES_ON] = range_goes_on,
	[WP_WORDS_START_MARK] = start_marks,
	[WP_WORDS_RANGE_MARK] = range_marks,
	[WP_WORDS_LUNAR] = lunar,
	[WP_WORDS_LUNAR_MONTH] = lunar_months,
	[WP_WORDS_EACH_ACTIVITY] = each_activity,
	[WP_WORDS_NTH_DAY] = nth_day,
	[WP_WORDS_NTH_DAY_UNIT] = nth_day_units,
	[WP_WORDS_THEME_DAY] = theme_days,
	[WP_WORDS_WHOLE_MONTH] = whole_month,
	[WP_WORDS_SPAN_THROUGH] = span_through,
	[WP_WORDS_WHEN_PENDING] = when_pending,
	[WP_WORDS_SOLAR_TERM] = solar_terms,
	[WP_WORDS_SOLAR_TERM_DAY] = solar_term_days,
	[WP_WORDS_HOLD_VERB] = hold_verbs,
	[WP_WORDS_HOLIDAY_TAIL] = holiday_tails,
	[WP_WORDS_FIRST_WORKDAY] = first_workdays,
	[WP_WORDS_LABEL_OPEN] = label_opens,
	[WP_WORDS_LABEL_CLOSE] = label_closes,
	[WP_WORDS_LABEL_WEEKDAY_SEP] = label_weekday_seps,
	[WP_WORDS_COUNTDOWN_DAY] = countdown_days,
	[WP_WORDS_COUNTDOWN_LETTER] = countdown_letters,
	[WP_WORDS_COUNTDOWN_BEFORE] = countdown_before,
	[WP_WORDS_COUNTDOWN_AFTER] = countdown_after,
	[WP_WORDS_COUNTDOWN_SAME_DAY] = countdown_same_day,
	[WP_WORDS_CUTOFF] = cutoffs,
	[WP_WORDS_CUTOFF_AFTER] = cutoffs_after,
	[WP_WORDS_NAMED_DAY_END] = named_day_ends,
	[WP_WORDS_NOT_NAMED_DAY] = not_named_days,
};

/* 清明 alone is also a solar term: only 清明节, 清明假期 and 清明小长假
 * name the holiday */
const struct wp_holiday_word wp_holiday_words[] = {
	{"五一劳动节", "劳动节"}, {"劳动节", "劳动节"}, {"五一", "劳动节"},   {"国庆节", "国庆节"},
	{"国庆", "国庆节"},	   {"中秋节", "中秋节"}, {"中秋", "中秋节"},   {"端午节", "端午节"},
	{"端午", "端午节"},	   {"清明节", "清明节"}, {"清明假期", "清明节"}, {"清明小长假", "清明节"}, {"春节", "春节"},	     {"元旦", "元旦"},
	{NULL, NULL},
};
