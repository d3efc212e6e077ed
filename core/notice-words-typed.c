/* notice-words-typed.c - the genre's words that carry more than the
 * word: the field a label names, the role a unit's mark gives, a
 * committee label's rank, what a submission verb says, whether a time of
 * day is afternoon, a metadata label's field. The plain word lists are in
 * notice-words-outline.c, -time.c, -units.c, -duties.c and -places.c; all
 * are declared in notice-words.h. */
#include "config.h"

#include <string.h>

#include "notice-text.h"
#include "notice-words.h"

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
	{"负责部门", WP_FIELD_LEAD, WP_FIELD_LINE}, /* a school's or hospital's own */
	{"主责单位", WP_FIELD_LEAD, WP_FIELD_LINE}, /* the unit answerable for it */
	{"主责", WP_FIELD_LEAD, WP_FIELD_LINE},	   /* 主责：X / 协同：Y (an enterprise's own) */
	{"协同", WP_FIELD_COOP, WP_FIELD_LINE},
	{"主责部门", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"组织单位", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"实施单位", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"承办单位", WP_FIELD_LEAD, WP_FIELD_LINE},
	/* a street office's sheet: the community that runs it, and its
	 * partners' (责任社区 / 协办单位) */
	{"责任社区", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"牵头社区", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"承办社区", WP_FIELD_LEAD, WP_FIELD_LINE},
	/* a table's one column of units, those the activity is chiefly
	 * theirs: read as 责任单位 (the first may lead, 牵头 says who does) */
	{"参加活动的主要单位", WP_FIELD_LEAD, 0},
	/* a bureau's own sections (科室, 处室, 股室) as units */
	{"牵头科室", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"责任科室", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"牵头处室", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"责任处室", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"牵头股室", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"实施主体", WP_FIELD_LEAD, WP_FIELD_LINE}, /* who carries it out (a school's own) */
	{"主办", WP_FIELD_LEAD, WP_FIELD_LINE}, /* 主办：X / 承办：Y / 协办：Z */
	{"承办", WP_FIELD_LEAD, WP_FIELD_LINE}, /* 承办：保卫处 / 协办：学生处 (a school's own) */
	{"配合单位", WP_FIELD_COOP, WP_FIELD_LINE},
	{"配合科室", WP_FIELD_COOP, WP_FIELD_LINE},
	{"配合处室", WP_FIELD_COOP, WP_FIELD_LINE},
	{"协办单位", WP_FIELD_COOP, WP_FIELD_LINE},
	{"配合部门", WP_FIELD_COOP, WP_FIELD_LINE},
	{"参与单位", WP_FIELD_COOP, WP_FIELD_LINE},
	{"参加单位", WP_FIELD_COOP, WP_FIELD_LINE},
	{"协助单位", WP_FIELD_COOP, WP_FIELD_LINE},
	{"协同单位", WP_FIELD_COOP, WP_FIELD_LINE}, /* beside a 主责单位 */
	{"协同部门", WP_FIELD_COOP, WP_FIELD_LINE},
	/* 负责部门：医务科 / 协作部门：护理部 (a hospital's or school's own) */
	{"协作部门", WP_FIELD_COOP, WP_FIELD_LINE},
	{"协作单位", WP_FIELD_COOP, WP_FIELD_LINE},
	{"协作科室", WP_FIELD_COOP, WP_FIELD_LINE},
	/* 牵头部门 / 协助部门 (a bureau's table of its own sections' work) */
	{"协助部门", WP_FIELD_COOP, WP_FIELD_LINE},
	{"协助科室", WP_FIELD_COOP, WP_FIELD_LINE},
	{"协办部门", WP_FIELD_COOP, WP_FIELD_LINE},
	{"配合股室", WP_FIELD_COOP, WP_FIELD_LINE},
	{"协办", WP_FIELD_COOP, WP_FIELD_LINE},
	/* a unit that guides (负责指导) helps, as 指导 does in prose */
	{"指导单位", WP_FIELD_COOP, WP_FIELD_LINE},
	{"指导科室", WP_FIELD_COOP, WP_FIELD_LINE},
	{"技术指导", WP_FIELD_COOP, WP_FIELD_LINE}, /* ▶技术指导：X: X guides */
	/* 负责人：各班主任　　督查：各年级组: who oversees it helps */
	{"督查", WP_FIELD_COOP, WP_FIELD_LINE},
	{"督导", WP_FIELD_COOP, WP_FIELD_LINE},
	{"督导单位", WP_FIELD_COOP, WP_FIELD_LINE}, /* （责任单位：X；督导单位：Y） */
	{"督导部门", WP_FIELD_COOP, WP_FIELD_LINE},
	/* ▍牵头：X / ▍配合：Y, 责任：X　　配合：Y: the roles alone as labels */
	{"牵头", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"责任", WP_FIELD_LEAD, WP_FIELD_LINE},
	{"配合", WP_FIELD_COOP, WP_FIELD_LINE},
	{"序号", WP_FIELD_NO, 0},
	{"编号", WP_FIELD_NO, 0},
	/* （一）活动名称：X; tried in this order */
	{"活动名称", WP_FIELD_NAME, WP_FIELD_TITLE},
	{"项目名称", WP_FIELD_NAME, WP_FIELD_TITLE},
	{"名称", WP_FIELD_NAME, WP_FIELD_TITLE},
	{"活动项目", WP_FIELD_NAME, WP_FIELD_TITLE},
	/* 序号 | 分会场 | 时间 | 地点 | 承办单位: a column naming each row's
	 * venue names its event (楠溪街道分会场) */
	{"分会场", WP_FIELD_NAME, 0},
	{"分会场名称", WP_FIELD_NAME, 0},
	{"活动主题", WP_FIELD_NAME, 0},
	{"活动内容", WP_FIELD_CONTENT, WP_FIELD_LINE},
	{"主要内容", WP_FIELD_CONTENT, 0},
	{"内容", WP_FIELD_CONTENT, WP_FIELD_LINE},
	{"工作内容", WP_FIELD_CONTENT, 0},
	{"活动时间", WP_FIELD_WHEN, WP_FIELD_LINE},
	{"时间", WP_FIELD_WHEN, WP_FIELD_LINE},
	{"日期", WP_FIELD_WHEN, WP_FIELD_LINE},
	{"举办时间", WP_FIELD_WHEN, 0},
	/* 时段 | 活动名称 | … under a day's line: the part of that day */
	{"时段", WP_FIELD_WHEN, 0},
	/* 日期 | 星期 | 时间: the weekday column says again what the date says */
	{"星期", WP_FIELD_OTHER, 0},
	{"开展时间", WP_FIELD_WHEN, 0},
	{"时间安排", WP_FIELD_WHEN, 0}, /* 工作内容 | 时间安排 | 责任处室 */
	{"活动地点", WP_FIELD_PLACE, WP_FIELD_LINE},
	{"地点", WP_FIELD_PLACE, WP_FIELD_LINE},
	{"举办地点", WP_FIELD_PLACE, 0},
	{"地址", WP_FIELD_PLACE, 0},
	/* 路线：枫林村→坪上社区→…: a touring event's places, in order */
	{"路线", WP_FIELD_PLACE, WP_FIELD_LINE},
	{"备注", WP_FIELD_OTHER, 0},
	{"类别", WP_FIELD_OTHER, 0}, /* 集中宣传活动 / 常态化宣传: the kind, often merged down */
	{"活动类别", WP_FIELD_OTHER, 0},
	{"活动类型", WP_FIELD_OTHER, 0},
	{"活动形式", WP_FIELD_OTHER, WP_FIELD_LINE},
	{"形式", WP_FIELD_OTHER, WP_FIELD_LINE},
	{"联系人", WP_FIELD_OTHER, WP_FIELD_LINE},
	/* a table's column of whom to call about each row */
	{"联系人及电话", WP_FIELD_CONTACT, 0},
	{"联系人及联系方式", WP_FIELD_CONTACT, 0},
	{"联系人及联系电话", WP_FIELD_CONTACT, 0},
	{"联系方式", WP_FIELD_OTHER, 0},
	{"联系电话", WP_FIELD_OTHER, 0},
	/* 预计参与人次 | 参加人数: how many are expected, no field of ours */
	{"预计参与人次", WP_FIELD_OTHER, 0},
	{"预计参与人数", WP_FIELD_OTHER, 0},
	{"参与人次", WP_FIELD_OTHER, 0},
	{"参与人数", WP_FIELD_OTHER, 0},
	{"参加人数", WP_FIELD_OTHER, 0},
	{"预计人数", WP_FIELD_OTHER, 0},
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
	/* a 任务分工表's columns: the task is the item, its detail the content */
	{"工作任务", WP_FIELD_NAME, 0},
	{"任务内容", WP_FIELD_NAME, 0},
	{"任务名称", WP_FIELD_NAME, 0},
	{"重点任务", WP_FIELD_NAME, 0},
	{"主要任务", WP_FIELD_NAME, 0},
	{"具体内容", WP_FIELD_CONTENT, 0},
	/* …| 责任单位 | 责任人 |…: the person answering for the row's unit */
	{"责任人", WP_FIELD_OTHER, 0},
	/* a revision notice's pairs (原定时间：5月18日 / 调整时间：5月20日): the
	 * new value is the field's; the former one is read as no field */
	{"调整时间", WP_FIELD_WHEN, WP_FIELD_LINE},
	{"调整后时间", WP_FIELD_WHEN, WP_FIELD_LINE},
	{"变更时间", WP_FIELD_WHEN, WP_FIELD_LINE},
	{"变更后时间", WP_FIELD_WHEN, WP_FIELD_LINE},
	{"调整地点", WP_FIELD_PLACE, WP_FIELD_LINE},
	{"调整后地点", WP_FIELD_PLACE, WP_FIELD_LINE},
	{"变更地点", WP_FIELD_PLACE, WP_FIELD_LINE},
	{"变更后地点", WP_FIELD_PLACE, WP_FIELD_LINE},
	{"原定时间", WP_FIELD_OTHER, WP_FIELD_LINE | WP_FIELD_FORMER},
	{"原时间", WP_FIELD_OTHER, WP_FIELD_LINE | WP_FIELD_FORMER},
	{"调整前时间", WP_FIELD_OTHER, WP_FIELD_LINE | WP_FIELD_FORMER},
	{"变更前时间", WP_FIELD_OTHER, WP_FIELD_LINE | WP_FIELD_FORMER},
	{"原定地点", WP_FIELD_OTHER, WP_FIELD_LINE | WP_FIELD_FORMER},
	{"原地点", WP_FIELD_OTHER, WP_FIELD_LINE | WP_FIELD_FORMER},
	{"调整前地点", WP_FIELD_OTHER, WP_FIELD_LINE | WP_FIELD_FORMER},
	{"变更前地点", WP_FIELD_OTHER, WP_FIELD_LINE | WP_FIELD_FORMER},
	{"原牵头单位", WP_FIELD_OTHER, WP_FIELD_LINE | WP_FIELD_FORMER},
	{"原配合单位", WP_FIELD_OTHER, WP_FIELD_LINE | WP_FIELD_FORMER},
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
	/* 责任处室（单位）：, 时间（暂定）：: a short note in brackets is part
	 * of the label, when the label ends with it */
	const char *after = best ? wp_str_note_end(s + best_len, 24) : NULL;
	if (after && (!*after || wp_str_starts(after, "：") || *after == ':'))
		best_len = (size_t)(after - s);
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
	/* 信息技术部（技术支持）: who supports it helps */
	{"（技术支持）", WP_ROLE_COOP}, {"（协助）", WP_ROLE_COOP},
	/* 党政办牵头，各村(社区)参加: those who take part or assist help */
	{"参加", WP_ROLE_COOP},	    {"参与", WP_ROLE_COOP},  {"协助", WP_ROLE_COOP},
	/* 区商务局★ under （责任单位中标注“★”的为牵头单位）: a table's mark
	 * of the lead saves a column for it */
	{"★", WP_ROLE_LEAD},
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
	/* 执行组长：镇长　陈秀英: runs the group under its head, a vice */
	{"执行组长", WP_COMMITTEE_VICE},     {"执行主任", WP_COMMITTEE_VICE},
	{"委员", WP_COMMITTEE_MEMBER}, /* of a 组委会: 主任, 副主任, 委员 */
	/* a 组委会's secretary-general runs its daily work: a member */
	{"秘书长", WP_COMMITTEE_MEMBER},     {"副秘书长", WP_COMMITTEE_MEMBER},
	/* of a 指挥部, which an event with crowds to keep safe sets up */
	{"指挥长", WP_COMMITTEE_CHAIR},	     {"副指挥长", WP_COMMITTEE_VICE},
	{"总指挥", WP_COMMITTEE_CHAIR},	     {"副总指挥", WP_COMMITTEE_VICE},
	/* of a 联席会议: 召集人：县人民政府副县长　钟文斌 */
	{"召集人", WP_COMMITTEE_CHAIR},	     {"副召集人", WP_COMMITTEE_VICE},
};

static enum wp_committee_role role_label_at(const char *s, size_t *len);

enum wp_committee_role wp_committee_label_at(const char *s, size_t *len)
{
	enum wp_committee_role role = role_label_at(s, len);
	if (role != WP_COMMITTEE_NONE)
		return role;
	/* 专班组长：, 领导小组成员：: the role with the body's name before it */
	static const char *const bodies[] = {"专班", "领导小组", "组委会", "工作专班", NULL};
	for (const char *const *b = bodies; *b; b++) {
		if (!wp_str_starts(s, *b))
			continue;
		role = role_label_at(s + strlen(*b), len);
		if (role != WP_COMMITTEE_NONE) {
			*len += strlen(*b);
			return role;
		}
	}
	return WP_COMMITTEE_NONE;
}

static enum wp_committee_role role_label_at(const char *s, size_t *len)
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

/* 成立以X为组长、Y为副组长的领导小组, 由X任组长, 组长由X担任, X为主任单位 */
static const struct wp_role_clause chair_clauses[] = {
	{"以", "为%"}, {"由", "任%"}, {"%由", "担任"}, {"由", "担任%"}, {"，", "为主任单位"},
	/* …领导小组，乡党委副书记、乡长王建军同志任组长: the clause without 由 */
	{"，", "任%"}, {NULL, NULL}};
/* 、Y为副组长, ，Y任副主任, 副组长由Y担任, ，Y为副主任单位 */
static const struct wp_role_clause deputy_clauses[] = {
	{"、", "为副%"},     {"，", "任副%"}, {"、", "任副%"}, {"副%由", "担任"}, {"，", "任常务副%"},
	{"，", "为副主任单位"}, {NULL, NULL}};

const struct wp_role_clause *wp_committee_clauses(enum wp_committee_role rank)
{
	static const struct wp_role_clause none[] = {{NULL, NULL}};
	return rank == WP_COMMITTEE_CHAIR ? chair_clauses : rank == WP_COMMITTEE_VICE ? deputy_clauses : none;
}

/* ---- the units a relative rule counts in ------------------------------------ */

static const struct wp_count_unit count_units[] = {
	{"个工作日", 1, true}, {"日", 1, false}, {"天", 1, false}, {"周", 7, false}, {"个星期", 7, false},
};

size_t wp_count_unit_at(const char *s, const struct wp_count_unit **unit)
{
	size_t best = 0;
	for (size_t k = 0; k < sizeof count_units / sizeof *count_units; k++) {
		size_t n = strlen(count_units[k].word);
		if (n > best && strncmp(s, count_units[k].word, n) == 0)
			best = n, *unit = &count_units[k];
	}
	return best;
}

/* ---- administrative divisions ------------------------------------------------ */

const struct wp_region_suffix wp_region_suffixes[] = {
	{"自治区", false}, {"自治州", false}, {"自治县", false}, {"地区", false}, {"省", false},
	{"市", false},	   {"州", false},     {"县", false},	 {"区", false},	  {"旗", false},
	{"盟", false},	   {"镇", true},      {"乡", true},	 {"街道", true},  {NULL, false}};

/* 南溪高新技术产业开发区管理委员会 writes itself 南溪高新区 (in its plan's
 * title, 南溪高新区2026年…活动方案) */
const struct wp_zone_name wp_zone_names[] = {
	{"高新技术产业开发区", "高新区"},
	{"经济技术开发区", "经开区"},
	{NULL, NULL},
};
/* 青澜高新技术产业开发区管理委员会 calls itself 管委会; its 科技局 is the
 * zone's (高新区科技局) */
const struct wp_zone_name wp_zone_bodies[] = {
	{"管理委员会", "管委会"},
	{NULL, NULL},
};

/* 博斯腾职业技术学院网络安全和信息化领导小组办公室 calls itself 院网信办: a
 * school's word and the level its bodies name it by */
const struct wp_zone_name wp_school_levels[] = {
	{"学院", "院"}, {"大学", "校"}, {"学校", "校"}, {"中学", "校"}, {"小学", "校"}, {NULL, NULL},
};

/* 我局成立宣传周活动领导小组, 由大队宣传科牵头, 街道办事处负责: a body
 * calls itself by what it is, the end of its name (渭阳县人民检察院 ->
 * 本院, 岑江县第一中学 -> 我校, 柞岭县公安局交通管理大队 -> 大队). Each
 * row: an end of the organizer's name, and a name it may call itself by
 * (a name counts only where the text uses it). */
const struct wp_zone_name wp_self_names[] = {
	{"局", "我局"},		{"局", "本局"},	      {"分局", "分局"},	    {"厅", "我厅"},
	{"厅", "本厅"},		{"委员会", "我委"},	      {"委员会", "本委"},     {"办公室", "我办"},
	{"办公室", "本办"},	{"中心", "我中心"},	      {"中心", "本中心"},     {"医院", "我院"},
	{"医院", "本院"},		{"医院", "医院"},	{"检察院", "我院"},	      {"检察院", "本院"},     {"法院", "我院"},
	{"法院", "本院"},		{"学院", "我院"},	      {"学院", "本院"},	    {"学院", "我校"},
	{"大学", "我校"},		{"大学", "本校"},	      {"学校", "我校"},	    {"学校", "本校"},
	{"中学", "我校"},		{"中学", "本校"},	      {"小学", "我校"},	    {"小学", "本校"},
	{"大队", "大队"},		{"大队", "我大队"},	      {"支队", "支队"},	    {"支队", "我支队"},
	{"街道办事处", "街道"},	{"街道办事处", "办事处"}, {"街道办事处", "街道办事处"},
	{"街道办事处", "街道办"}, {"管理委员会", "管委会"},
	{"馆", "我馆"},		{"馆", "本馆"},
	/* 学校成立…领导小组: a school's notice calls it 学校; 我司 a company */
	{"小学", "学校"},		{"中学", "学校"},	      {"学校", "学校"},
	{"公司", "公司"},		{"公司", "我司"},	      {"公司", "本公司"},	    {"分公司", "分公司"},
	/* 县市场监管局知识产权股: 我股 */
	{"股", "我股"},		{"股", "本股"},
	/* 我镇成立森林防火宣传月活动领导小组: a town's government */
	{"镇人民政府", "我镇"},	{"镇人民政府", "本镇"},	      {"乡人民政府", "我乡"},     {"乡人民政府", "本乡"},
	{NULL, NULL},
};

/* ---- the kinds of bodies ---------------------------------------------------- */

static const struct wp_body_kind body_kinds[] = {
	{"委员会办公室", "办", "委办"}, {"领导小组办公室", "办", NULL}, {"人民政府", "政府", NULL},
	{"委员会", "委", "会"}, /* 爱国卫生运动委员会 -> 爱卫会 */
	{"办公室", "办", NULL},		{"局", "局", NULL},	    {"厅", "厅", NULL},
	{"委", "委", NULL},		{"协会", "协", NULL},
	{"联合会", "联", NULL}, /* 残疾人联合会 -> 残联 */
};

const struct wp_body_kind *wp_body_kind_ending(const char *name, size_t *len)
{
	size_t n = strlen(name);
	for (size_t k = 0; k < sizeof body_kinds / sizeof *body_kinds; k++) {
		size_t m = strlen(body_kinds[k].kind);
		if (n >= m && memcmp(name + n - m, body_kinds[k].kind, m) == 0) {
			*len = m;
			return &body_kinds[k];
		}
	}
	*len = 0;
	return NULL;
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
	/* 将本周志愿服务开展情况发至街道志愿服务工作群: 发 sends to what follows 至 */
	{"发至", WP_SUBMIT_SIGN | WP_SUBMIT_TO | WP_SUBMIT_PUT},
	{"发到", WP_SUBMIT_SIGN | WP_SUBMIT_TO | WP_SUBMIT_PUT},
	/* 请于5月26日下班前将回执反馈至健康教育科: a form returned (not 反馈
	 * alone: 反馈意见 answers no deadline) */
	{"反馈至", WP_SUBMIT_SIGN | WP_SUBMIT_TO | WP_SUBMIT_PUT},
	/* 于2月28日前将回执函复我局: a letter's answer, sent back by letter
	 * (not 现函复如下, the letter's own answer) */
	{"函复", WP_SUBMIT_SIGN | WP_SUBMIT_TO | WP_SUBMIT_PUT},
	/* 于6月5日17:00前将参观预约回执传真至X: sent by fax */
	{"传真至", WP_SUBMIT_SIGN | WP_SUBMIT_TO | WP_SUBMIT_PUT},
	{"传真到", WP_SUBMIT_SIGN | WP_SUBMIT_TO | WP_SUBMIT_PUT},
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
			/* asked at every character: the first two bytes first */
			if (v->word[0] != p[0] || (v->word[1] && v->word[1] != p[1]))
				continue;
			size_t n = strlen(v->word);
			if (strcmp(v->word, "交") == 0 && !wp_hands_over_at(p))
				continue;
			if (!(v->uses & uses) || n <= best || strncmp(p, v->word, n) != 0)
				continue;
			/* 现函复如下: the letter's own answer follows */
			if (strcmp(v->word, "函复") == 0 && wp_str_starts(p + n, "如下"))
				continue;
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
	/* 将在宣传周结束后10个工作日内…进行通报: the office tells everyone,
	 * no one reports (but 于5月10日前通报县应急局 sends) */
	{"进行通报", WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_AFTER_PUT},
	{"予以通报", WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_AFTER_PUT},
	{"给予通报", WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_AFTER_PUT},
	{"通报表扬", WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_AFTER_PUT},
	{"通报批评", WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_AFTER_PUT},
	/* 将本班优秀手抄报作品报大队部: a paper the pupils make, not the verb */
	{"手抄报", WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_AFTER_PUT},
	{"板报", WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_AFTER_PUT},
	{"墙报", WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_AFTER_PUT},
	{"报告会", WP_NOT_SENT_AFTER_DATE},
	{"报告", WP_NOT_SENT_AFTER_PUT},
	{"报名", WP_NOT_SENT_AFTER_PUT},
	/* the forms a thing is applied or accounted for on */
	{"报表", WP_NOT_SENT_AFTER_PUT},
	{"申报表", WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_AFTER_PUT},
	{"申报书", WP_NOT_SENT_AFTER_PUT},
	{"申报材料", WP_NOT_SENT_AFTER_PUT},
	/* 4月20日前报批: approval, a record, a refund, arriving, an exam: no
	 * thing follows the 报 (the plan made before is what goes) */
	{"报批", WP_NOT_SENT_BARE},
	{"报备", WP_NOT_SENT_BARE},
	{"报销", WP_NOT_SENT_BARE},
	{"报到", WP_NOT_SENT_BARE},
	{"报考", WP_NOT_SENT_BARE},
	{"报名", WP_NOT_SENT_BARE},
	{"报告", WP_NOT_SENT_BARE},
	{"报道", WP_NOT_SENT_BARE},
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

/* ---- a post's field signs ------------------------------------------------------- */

static const struct wp_field_sign field_signs[] = {
	{"📅", "时间"}, {"📆", "时间"}, {"🗓", "时间"}, {"⏰", "时间"}, {"🕘", "时间"}, {"🕐", "时间"}, {"⌚", "时间"},
	{"📍", "地点"}, {"📌", "地点"}, {"🏠", "地点"}, {"🏢", "责任单位"}, {"🏛", "责任单位"}, {"🤝", "配合单位"},
	{NULL, NULL},
};

size_t wp_field_sign_at(const char *s, const char **label)
{
	for (const struct wp_field_sign *f = field_signs; f->sign; f++) {
		size_t n = strlen(f->sign);
		if (strncmp(s, f->sign, n) == 0) {
			*label = f->label;
			return n + (wp_str_starts(s + n, "\xef\xb8\x8f") ? 3 : 0); /* U+FE0F */
		}
	}
	return 0;
}

/* ---- times of day ----------------------------------------------------------- */

const struct wp_time_of_day wp_times_of_day[] = {
	{"上午", false}, {"早上", false}, {"下午", true}, {"晚上", true}, {"晚", true}, /* 每晚8点 */ {NULL, false},
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
	/* 下午 2:30: a PDF's copy sets the digits apart by a space */
	for (int gap = 0; gap < 2 && p > start && p[-1] == ' '; gap++)
		p--;
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
	{"索引号", WP_META_OTHER},        {"发布日期", WP_META_PUBLISHED},      {"发布时间", WP_META_OTHER},
	{"生效日期", WP_META_OTHER},      {"主题分类", WP_META_OTHER},      {"主题词", WP_META_OTHER},
	{"信息来源", WP_META_OTHER},      {"来源", WP_META_OTHER},          {"浏览次数", WP_META_OTHER},
	{"所属机构", WP_META_OTHER},      {"体裁分类", WP_META_OTHER},      {"公开方式", WP_META_OTHER},
	{"有效性", WP_META_OTHER},        {"访问量", WP_META_OTHER},        {"当前位置", WP_META_OTHER},
	/* an office's receipt slip over a notice it received (收文处理笺) */
	{"来文单位", WP_META_ISSUER},    {"来文机关", WP_META_ISSUER},     {"来文字号", WP_META_DOC_NUMBER},
	{"来文文号", WP_META_DOC_NUMBER}, {"文件标题", WP_META_TITLE},      {"来文标题", WP_META_TITLE},
	{"收文编号", WP_META_OTHER},      {"收文日期", WP_META_OTHER},      {"紧急程度", WP_META_OTHER},
	{"密级", WP_META_OTHER},          {"办理时限", WP_META_OTHER},      {"拟办意见", WP_META_OTHER},
	{"领导批示", WP_META_OTHER},      {"批示意见", WP_META_OTHER},      {"传阅记录", WP_META_OTHER},
	{"办理结果", WP_META_OTHER},      {"承办科室", WP_META_OTHER},
	/* a company's controlled document (受控文件): its control block */
	{"文件编号", WP_META_DOC_NUMBER}, {"版本/修改", WP_META_OTHER},    {"版本", WP_META_OTHER},
	{"实施日期", WP_META_OTHER},      {"编制部门", WP_META_OTHER},      {"受控状态", WP_META_OTHER},
	{"分发范围", WP_META_OTHER},
};

/* The bytes of s that spell label, a label padded to a column's width
 * with spaces between its characters (文　　号, 标  题) as well; 0 if s
 * does not start so. */
static size_t padded_label_at(const char *s, const char *label)
{
	const char *p = s;
	for (const char *l = label; *l;) {
		size_t n = wp_str_char_len(l);
		if (strncmp(p, l, n) != 0)
			return 0;
		p += n;
		l += n;
		while (*l && (*p == ' ' || wp_str_starts(p, "\xe3\x80\x80")))
			p += *p == ' ' ? 1 : 3;
	}
	return (size_t)(p - s);
}

bool wp_meta_label_at(const char *s, enum wp_meta_field *field, size_t *len)
{
	*len = 0;
	size_t best = 0;
	for (size_t k = 0; k < sizeof meta_labels / sizeof *meta_labels; k++) {
		size_t n = strlen(meta_labels[k].label);
		size_t at = n > best ? padded_label_at(s, meta_labels[k].label) : 0;
		if (at)
			best = n, *len = at, *field = meta_labels[k].field;
	}
	return *len > 0;
}

/* 县文化旅游广电局： / 你局《关于…的请示》收悉…由你局负责: a letter to one
 * body (a reply, 批复) calls it by what it is, as the body calls itself
 * 我局. Each row: an end of the addressee's name, and the name. */
const struct wp_zone_name wp_addressee_names[] = {
	{"局", "你局"},	      {"厅", "你厅"},	      {"委员会", "你委"},   {"办公室", "你办"},
	{"中心", "你中心"},     {"医院", "你院"},     {"检察院", "你院"},   {"法院", "你院"},
	{"学院", "你院"},	      {"大学", "你校"},     {"学校", "你校"},     {"中学", "你校"},
	{"小学", "你校"},	      {"大队", "你大队"},   {"支队", "你支队"},   {"馆", "你馆"},
	{"公司", "你公司"},     {"管理委员会", "你委"}, {"街道办事处", "你街道"},
	{"镇人民政府", "你镇"}, {"乡人民政府", "你乡"}, {NULL, NULL},
};
