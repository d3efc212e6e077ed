/* notice-duties.c - the deadlines a notice sets (absolute, relative, or
 * undated duties), a sentence at a time. How a rule counted from the
 * campaign, an activity or the notice's issue is written is read in
 * notice-relative.c; how the rows read stand to each other (repeats, a
 * shared recipient, a thing sent with another) in notice-duties-rows.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* ---- deadlines ------------------------------------------------------------------------- */

struct sentence {
	size_t para;	  /* the paragraph it is in */
	const char *text; /* the whole sentence */
	const char *rest; /* the paragraph after it (an address in brackets) */
	const char *item; /* the activity it is in, or NULL */
	bool para_mentions_mail;
	json_t *item_coop;
	json_t *topic; /* whom the paragraph addresses, or NULL */
	json_t *units; /* the units heading it, (一)X over 1. 2., or NULL */
};

/* Where s asks someone (请各单位…), or NULL. A 请 inside 邀请 or 申请
 * asks nobody: 邀请专家授课，企业负责人参加 describes a training, no one
 * is asked to attend by a day. */
static const char *asks(const char *s)
{
	for (const char *p = wp_str_find(s, "请"); p; p = wp_str_find(p + strlen("请"), "请")) {
		bool inside = false;
		for (const char *const *w = wp_words(WP_WORDS_NOT_ASKING); *w && !inside; w++) {
			size_t before = strlen(*w) - strlen("请");
			inside = (size_t)(p - s) >= before && wp_str_starts(p - before, *w);
		}
		if (!inside)
			return p;
	}
	return NULL;
}

/* Does s ask someone to attend (请各单位…参加)? Not 参加人员请于…前到达: the
 * attending persons asked to be somewhere on time, which is no report. */
static bool asks_to_attend(const char *s)
{
	const char *request = asks(s);
	return request && wp_str_find(request, "参加");
}

/* 9月14日至20日，各县每天下午5时前将当日信息报…: the days a recurring
 * report runs, not its deadline (d, the first date in s). */
static bool days_of_recurring(const char *s, const wp_ndate *d)
{
	if (wp_notice_marks_deadline(s, d))
		return false;
	char *rule = wp_notice_recurring_rule(d->at + d->len);
	bool recurs = rule != NULL;
	free(rule);
	return recurs;
}


/* 各市州团委于8月5日、9月4日前分别将7月、8月志愿服务开展情况报团省委: two
 * days and two things paired by 分别, a row each (7月的 by 8月5日, 8月的 by
 * 9月4日). The things share what follows them; each is as long as the
 * other and ends alike (7月、8月, 一季度、二季度). Appends the two rows in
 * dl's stead (which it then owns) and returns true; false when the
 * sentence pairs nothing so. */
static bool split_paired(struct reader *r, json_t *dl, const char *s)
{
	const char *rule = json_string_value(json_object_get(dl, "rule"));
	const char *what = json_string_value(json_object_get(dl, "what"));
	const char *sep = rule ? wp_str_find(rule, "、") : NULL;
	if (!sep || !what || !wp_str_find(s, "分别") || !wp_str_ends(rule, "前"))
		return false;
	wp_ndate d1, d2;
	const char *second = sep + strlen("、");
	char *first = wp_str_sub(rule, (size_t)(sep - rule));
	bool dated = wp_nfind_date_at(first, r->year, &d1) && d1.len == strlen(first);
	free(first);
	d1.at = rule; /* into the rule, not the copy */
	if (!dated || !wp_nfind_date_at(second, r->year, &d2) || strcmp(second + d2.len, "前") != 0)
		return false;
	const char *things = what, *and = wp_str_find(things, "、");
	size_t a_len = and ? (size_t)(and - things) : 0;
	const char *b = and ? and + strlen("、") : NULL;
	/* two things and two days, no more (7月、8月、9月 pairs with no two days) */
	if (!a_len || a_len > 12 || strlen(b) <= a_len || wp_str_find(b, "、") || wp_str_find(second, "、"))
		return false;
	size_t last = a_len - 1;
	while (last > 0 && ((unsigned char)things[last] & 0xc0) == 0x80)
		last--;
	if (memcmp(things + last, b + last, a_len - last) != 0)
		return false;
	const char *tail = b + a_len;
	const wp_ndate *days[2] = {&d1, &d2};
	const char *each[2] = {things, b};
	for (int k = 0; k < 2; k++) {
		json_t *one = json_deep_copy(dl);
		wp_buf w = WP_BUF_INIT, rl = WP_BUF_INIT;
		wp_buf_printf(&w, "%.*s%s", (int)a_len, each[k], tail);
		wp_buf_printf(&rl, "%.*s前", (int)days[k]->len, days[k]->at);
		json_object_set_new(one, "what", json_string(wp_buf_str(&w)));
		json_object_set_new(one, "rule", json_string(wp_buf_str(&rl)));
		json_object_set_new(one, "due", wp_notice_jdate(days[k]->start));
		wp_buf_free(&w);
		wp_buf_free(&rl);
		json_array_append_new(r->deadlines, one);
	}
	json_decref(dl);
	return true;
}

/* 乡应急管理办公室汇总后于7月8日前报县安委办。: a sentence whose subject
 * (one unit, no group addressed) gathers what the others sent and passes
 * it on: the issuer's own relay, owed by no one addressed. */
static bool relays_on(const char *s)
{
	size_t len;
	const char *gathered = wp_word_find_near(s, WP_WORDS_RELAY_GATHER, 90, &len);
	if (!gathered || gathered == s)
		return false;
	char *who = wp_str_sub(s, (size_t)(gathered - s));
	/* …名单由各单位汇总后报…: those 由 names owe it, no relay; nor does
	 * a group addressed (各市州水利局汇总后于6月20日前将X报省水利厅: each
	 * city's bureau owes it) relay for the issuer */
	bool units = !wp_str_find(who, "，") && !wp_str_find(who, "由") && !wp_str_starts(who, "各") &&
		     wp_notice_units_like(who);
	free(who);
	return units;
}

/* Does what name anything: a character that is no bracket or mark? */
static bool names_a_thing(const char *what)
{
	static const char *const marks[] = {"（", "）", "(", ")", "《", "》", "“", "”", "、", "，", "。", "；", "：", " ", NULL};
	for (const char *p = what; *p;) {
		size_t n = wp_str_span_of(p, marks);
		if (!n)
			return true;
		p += n;
	}
	return false;
}

/* 9月底前: the end of a month and its 前, the days of its last part into
 * *d (d->end its last day); false if s holds none. */
static bool month_end_at(const char *s, int year, wp_ndate *d)
{
	return wp_nfind_dekad(s, year, d) && wp_str_ends_at(d->at, d->at + d->len, "底") &&
	       wp_str_starts(d->at + d->len, "前");
}

/* 向X报送推荐作品3—5部（邮箱：x@y）: the bracket after the thing holds
 * the recipient's mailbox, which to gives; no part of what is sent. */
static void drop_recipients_mailbox(char *what, const char *to)
{
	if (!to || !strchr(to, '@') || !wp_str_ends(what, "）"))
		return;
	char *open = NULL;
	for (char *q = strstr(what, "（"); q; q = strstr(q + strlen("（"), "（"))
		open = q;
	if (!open || open == what || !wp_str_find(open, "邮箱"))
		return;
	char *addr = wp_notice_address_in(open);
	if (addr && wp_str_find(to, addr))
		*open = '\0';
	free(addr);
}

/* The first date of s that marks a deadline (3月30日至4月3日，…，于4月5日
 * 前报X: the 4月5日), else its first date (which the caller weighs); false
 * if s has none. Each date is looked for from the last one's end. */
static bool deadline_date_in(const char *s, int year, wp_ndate *d)
{
	if (!wp_nfind_date(s, year, d))
		return false;
	wp_ndate first = *d, next = *d;
	for (int k = 0; k < 16; k++) {
		if (wp_notice_marks_deadline(s, &next)) {
			*d = next;
			return true;
		}
		if (!wp_nfind_date(next.at + next.len, year, &next))
			break;
	}
	*d = first;
	return true;
}

static void read_deadline(struct reader *r, const struct sentence *sn)
{
	const char *s = sn->text;
	if (relays_on(s))
		return;
	json_t *rel = NULL;
	char *rule = NULL;
	wp_date due = WP_DATE_NONE;
	wp_ndate d;
	size_t verb_len;
	bool submits = wp_submit_find(s, WP_SUBMIT_SIGN, &verb_len) || wp_notice_sends_after_date(s, r->year) ||
		       wp_notice_puts_and_sends(s) || wp_notice_clause_sends(s);
	bool attends = !submits && asks_to_attend(s);
	const char *made = wp_str_find(s, "制定");
	/* a plan each unit owes; not the boilerplate of 加强组织领导 (各单位要
	 *高度重视…制定具体方案…精心组织实施), which asks for no document */
	size_t len;
	bool exhorts = wp_word_find(s, WP_WORDS_EXHORT, &len) != NULL || wp_notice_heading_exhorts(r, sn->para);
	/* the unit's own plan of the campaign (制定宣传周活动方案), not a
	 * working one (实施方案, 安全保障方案) */
	const char *kind = made ? wp_str_find(made, "方案") : NULL;
	bool campaign_plan = (kind && wp_str_ends_at(made, kind, "活动")) || (made && wp_str_find(made, "活动计划"));
	bool plans = !submits && !attends && !exhorts && campaign_plan;
	wp_ndate duty_date;
	char *duty = !submits && !attends && !plans ? wp_notice_dated_duty(s, r->year, &duty_date) : NULL;
	if (!submits && !attends && !plans && !duty)
		return;
	/* 启动仪式后10个工作日内: counted from an activity the plan names */
	struct wp_named_rule named;
	enum wp_named_kind named_kind = duty ? WP_NAMED_NONE : wp_notice_named_rule(r, s, &named);
	const char *activity = sn->item;
	const char *any_time; /* the word of 随时报送 matched, as the table has it */
	if (duty) {
		bool before;
		due = duty_date.start;
		rule = wp_str_sub(duty_date.at,
				  (size_t)(wp_notice_deadline_end(&duty_date, &before) - duty_date.at));
	} else if (named_kind == WP_NAMED_DATED || named_kind == WP_NAMED_UNDATED) {
		/* an undated one keeps its rule, with nothing to count from */
		rule = wp_str_sub(named.from, (size_t)(named.to - named.from));
		if (named_kind == WP_NAMED_DATED) {
			rel = wp_notice_named_rel(&named);
			activity = named.activity;
		}
	} else if (submits && (rule = wp_notice_same_day_rule(s, r->year, &due)) != NULL) {
		/* 4月25日…于当天17:30前报: a time of a day named before */
	} else if (submits && (rule = wp_notice_item_day_rule(r, s, sn->item, &due)) != NULL) {
		/* 于演练当天下班前: the day of the activity it is inside */
	} else if (submits && (rule = wp_notice_holiday_rule(r, s, &due)) != NULL) {
		/* 劳动节后第一个工作日: counted from a public holiday's end */
	} else if (submits && (rule = wp_notice_after_day_rule(r, s, &due)) != NULL) {
		/* 4月30日后3个工作日内: counted from a day the notice names */
	} else if (submits && (rule = wp_notice_each_end_rule(s)) != NULL) {
		/* 每项活动结束后当天: each activity's day, no one due date */
	} else if (wp_notice_relative_rule(s, sn->item != NULL, &rel, &rule)) {
		/* rule text found */
	} else if (deadline_date_in(s, r->year, &d) && !days_of_recurring(s, &d)) {
		/* a date far from the verb is the date of something else */
		if ((!submits && !attends && !duty) || (!wp_notice_marks_deadline(s, &d) && !attends)) {
			free(duty);
			return;
		}
		/* the rule as written from its date (6月13日（星期五）前): a 于
		 * before it is the sentence's, not the rule's */
		const char *start = wp_notice_cutoff_start(s, d.at); /* 截止时间为4月30日 */
		bool before;
		const char *end = wp_notice_deadline_end(&d, &before);
		due = d.start;
		rule = wp_str_sub(start, (size_t)(end - start));
		/* A date that looks wrong (2022 in a 2023 plan) is kept as
		 * written: the plan check points it out, nothing hides it. */
	} else if (submits && month_end_at(s, r->year, &d)) {
		/* 于9月底前将…报: the month's last day */
		due = d.end;
		rule = wp_str_sub(d.at, d.len + strlen("前"));
	} else if (submits && wp_nfind_lunar(s, r->year, r->start, r->end, &d) && wp_notice_marks_deadline(s, &d)) {
		/* 于农历二月初一前将…报: a lunar due date, the rule as written */
		bool before;
		due = d.start;
		rule = wp_str_sub(d.at, (size_t)(wp_notice_deadline_end(&d, &before) - d.at));
	} else if (plans) {
		/* 各成员单位要结合实际，制定宣传周活动方案: each unit owes its own
		 * plan, with no date; only when units are named as the subject. */
		json_t *who = wp_notice_due_who(s, NULL);
		bool owed = json_array_size(who) > 0;
		json_decref(who);
		if (!owed)
			return;
		const char *verb = wp_str_find(s, "要");
		const char *start = verb && verb < made ? verb + strlen("要") : made;
		char *obj = wp_notice_upto(made, wp_words(WP_WORDS_UNIT_PLAN));
		size_t cut = (size_t)(made - start) + strlen(obj) + 6;
		rule = wp_str_sub(start, cut);
		free(obj);
	} else if ((rule = wp_notice_after_issue_rule(s)) != NULL) {
		/* 自本通知印发之日起5个工作日内: counted from the issue date here
		 * (the store's deadlines have no anchor at the issue) */
		due = wp_notice_after_issue_due(r, rule);
	} else if ((rule = wp_notice_recurring_rule(s)) != NULL) {
		/* 每周五下班前报送, 活动期间及时报送: no one due date */
	} else if ((any_time = wp_word_find(s, WP_WORDS_ANY_TIME, &len)) != NULL) {
		const char *at = wp_str_find(s, "期间");
		/* 活动期间的信息稿件和图片随时报送: without 在 the 期间 names the
		 * thing, and the rule is 随时报送 alone */
		const char *start = any_time;
		if (at) {
			const char *in = at;
			while (in > s && !wp_str_starts(in, "在"))
				in--;
			if (wp_str_starts(in, "在"))
				start = in + strlen("在");
		}
		/* the rule ends with the word's own verb (随时上报县科协，…报送…:
		 * not at the first 报送 of the sentence, which may be another
		 * clause's), whatever verb the table gives it */
		const char *end = any_time + len;
		if (start >= end) /* 随时报送…，在活动期间: the 期间 of another clause */
			start = s;
		rule = wp_str_sub(start, (size_t)(end - start));
	} else if (wp_word_find(s, WP_WORDS_SAME_DAY, &len)) {
		/* 宣传周期间的活动信息请当日报送: each day's news that day, no one
		 * due date */
		rule = wp_str_sub(wp_word_find(s, WP_WORDS_SAME_DAY, &len), len);
	} else if (named_kind == WP_NAMED_UNKNOWN) {
		/* 收到通知后3日内: counted from something the plan does not date */
		rule = wp_str_sub(named.from, (size_t)(named.to - named.from));
	} else {
		free(duty);
		return;
	}
	const char *verb = NULL; /* the act that names a sent thing's duty */
	char *what = duty ? duty : wp_notice_due_what(s, &verb);
	wp_ndate done_by;
	/* 请各科室于5月22日下班前确定1名控烟联络员，…报宣传科: nothing named is
	 * sent, what is done by the day is the duty */
	if (!what && submits && due != WP_DATE_NONE)
		what = wp_notice_dated_duty(s, r->year, &done_by);
	/* 汇总本辖区报告需求，于9月2日前报送市教育局基础教育科: what follows
	 * the verb is the recipient; the thing was gathered before the day */
	char *gathered = submits && due != WP_DATE_NONE && (!what || wp_notice_unit_like(what))
				 ? wp_notice_gathered_thing(s)
				 : NULL;
	if (gathered) {
		free(what);
		what = gathered;
		verb = wp_words(WP_WORDS_DUTY_SENT)[0];
	}
	if (!what && rule &&
	    wp_word_at(rule, WP_WORDS_NO_ONE_DAY)) {
		/* the thing is named before: X请当日报送, X随时报送 */
		const char *at = wp_str_find(s, rule);
		char *before = wp_str_sub(s, (size_t)(at - s));
		char *thing = wp_str_trim_end(before, wp_words(WP_WORDS_REQUEST));
		if (*thing && wp_text_width(thing) <= 60) {
			what = thing;
			verb = wp_words(WP_WORDS_DUTY_SENT)[0];
		} else
			free(thing);
		free(before);
	}
	if (!what && wp_str_find(s, "制定") && rule) {
		char *obj = wp_notice_upto(wp_str_find(s, "制定"), wp_words(WP_WORDS_UNIT_PLAN));
		const char *comma = wp_str_find(obj, "，");
		wp_buf b = WP_BUF_INIT;
		if (comma && comma > obj + strlen("制定")) { /* 制定具体活动安排，于…前报…: what is made is sent */
			wp_buf_append(&b, obj + strlen("制定"), (size_t)(comma - obj) - strlen("制定"));
			verb = wp_words(WP_WORDS_DUTY_SENT)[0];
		} else {
			const char *plan_kind = wp_str_find(wp_str_find(s, "制定"), "方案") ? "方案" : "计划";
			/* 制定本地活动方案，并于…前报Y: the plan made is sent */
			if (submits) {
				wp_buf_printf(&b, "%s%s", obj + strlen("制定"), plan_kind);
				verb = wp_words(WP_WORDS_DUTY_SENT)[0];
			} else
				wp_buf_printf(&b, "%s%s", obj, plan_kind);
		}
		what = wp_buf_take(&b);
		free(obj);
	}
	if (!what) {
		free(rule);
		json_decref(rel);
		return;
	}
	what = wp_notice_short_campaign_name(r, what);
	/* （请于9月9日前发送至护理部…）: a form's note that names no thing (the
	 * form is it, and the body asks for it): nothing to chase */
	if (!names_a_thing(what)) {
		free(what); /* duty's, when there was one */
		free(rule);
		json_decref(rel);
		return;
	}
	size_t often = wp_word_at(what, WP_WORDS_ONCE_FOR_ALL) ? 0 : wp_word_at(what, WP_WORDS_HOW_OFTEN);
	if (often && what[often]) /* 每周报送一次X: X is sent */
		memmove(what, what + often, strlen(what + often) + 1);
	wp_notice_drop_annex_pointer(what);
	/* …前报送的活动安排及联络员名单: what is sent, not 的 it */
	if (wp_str_starts(what, "的") && what[strlen("的")])
		memmove(what, what + strlen("的"), strlen(what + strlen("的")) + 1);
	json_t *who = wp_notice_due_who(s, sn->item_coop);
	if (json_array_size(who) == 0 && sn->units) /* （二）X / 7．…前将…报Y */
		json_array_extend(who, sn->units);
	if (json_array_size(who) == 0)
		what = wp_notice_owner_of_thing(what, who);
	if (json_array_size(who) == 0 && sn->topic && json_array_size(sn->topic) > 0) {
		/* "组委会各成员单位请…。…。结束2个工作日后报送总结": a sentence
		 * without a subject is still addressed to the paragraph's. */
		json_array_extend(who, sn->topic);
		wp_notice_note(r, WP_TR("deadline '%s': its sentence names no one; taken to be %s, whom the paragraph addresses"),
			       what, json_string_value(json_array_get(who, 0)));
	}
	if (json_array_size(who) == 0)
		wp_notice_addressees(r, sn->para, who);
	if (json_array_size(who) == 0)
		wp_notice_asked_by_section(r, sn->para, who);
	char *to = wp_notice_due_to(s, wp_notice_first_email(r));
	if ((!to || !*to) && submits && sn->para_mentions_mail && wp_notice_first_email(r)) {
		free(to);
		to = wp_xstrdup(wp_notice_first_email(r));
	}
	/* 报送…管理科。（联系人：…，电子邮箱：x@y）: the address follows. */
	if (to && !wp_str_find(to, "@")) {
		char *with = wp_notice_with_address(to, sn->rest);
		free(to);
		to = with;
	}
	drop_recipients_mailbox(what, to);
	if (named_kind == WP_NAMED_UNDATED || (named_kind == WP_NAMED_UNKNOWN && !rel && due == WP_DATE_NONE))
		wp_notice_note(r, WP_TR("deadline '%s': its rule counts from '%.*s', which the plan does not date: no due date"),
			       what, (int)(named.name_end - named.from), named.from);
	json_t *dl = json_pack("{s:s, s:o, s:o, s:o, s:o, s:b, s:o, s:{}, s:o, s:n, s:n}", "what",
			       what, "activity", wp_notice_jstr(activity), "rule", wp_notice_jstr(rule), "due",
			       wp_notice_jdate(due), "relative", rel ? rel : json_null(), "roll_forward", 0,
			       "who", who, "submitted", "submit_to", wp_notice_jstr(to), "submit_to_unit",
			       "notes");
	json_object_set_new(dl, "_para", json_integer((json_int_t)sn->para));
	if (verb)
		json_object_set_new(dl, "_verb", json_string(verb));
	char *task = verb ? wp_notice_appointed_with(s, what) : NULL;
	if (task) /* named with the thing: 确定1名联络员并报送X */
		json_object_set_new(dl, "_task", json_string(task));
	free(task);
	if (!split_paired(r, dl, s))
		json_array_append_new(r->deadlines, dl);
	free(what);
	free(rule);
	free(to);
}

/* Is there a deadline date at p: 于4月18日, 4月30日前? */
static bool deadline_date_at(const char *s, const char *p, int year)
{
	wp_ndate d;
	return wp_nfind_date_at(p, year, &d) && wp_notice_marks_deadline(s, &d);
}

/* Does a rule that recurs start at p, its 前 in the same clause
 * (每周五下午4点前将本周情况报…)? It marks a deadline as a date does. */
static bool recurring_rule_at(const char *p)
{
	static const char *const clause_end[] = {"，", "；", "。", NULL};
	if (!wp_word_at(p, WP_WORDS_RECURRING))
		return false;
	char *clause = wp_str_sub(p, wp_str_span_upto(p, clause_end));
	bool rule = wp_str_find(clause, "前") != NULL;
	free(clause);
	return rule;
}

/* Does the clause at p (to its ， or ；) send something by a rule
 * counted from the campaign's or an activity's end or start
 * (活动结束后3个工作日内报送活动总结)? */
static bool relative_duty_at(const char *p)
{
	static const char *const clause_end[] = {"，", "；", NULL};
	char *clause = wp_str_sub(p, wp_str_span_upto(p, clause_end));
	wp_nrelative rel;
	bool duty = wp_str_find(clause, "报") && wp_nfind_relative(clause, false, &rel);
	free(clause);
	return duty;
}

/* Where the next part of a sentence starts: after a ；, or at the ，
 * before a second deadline ("于4月18日前报送方案，4月30日前报送总结",
 * "于7月31日前将安排报X，活动结束后3个工作日内报送总结", "于每周五下午
 * 4点前将本周情况报X，9月30日前将总结报X"). *next_semi is
 * the first ； of s at or after the part before from (NULL: none): it is
 * looked for again only once passed, for a sentence of many parts and no
 * ； was searched to its end at each part. */
static const char *next_part(const char *s, const char *from, int year, const char **next_semi)
{
	if (*next_semi && *next_semi < from)
		*next_semi = wp_str_find(from, "；");
	const char *semi = *next_semi;
	bool seen = false;
	const char *comma = NULL;
	for (const char *p = from; *p && (!semi || p < semi); p++) {
		if (wp_str_starts(p, "，")) {
			comma = p + strlen("，");
			if (seen && relative_duty_at(comma))
				return comma;
		} else if ((*p >= '0' && *p <= '9' && (p == s || p[-1] < '0' || p[-1] > '9') &&
			  deadline_date_at(s, p, year)) ||
			   recurring_rule_at(p)) {
			if (seen && comma)
				return comma;
			seen = true;
			comma = NULL;
		}
	}
	return semi ? semi + strlen("；") : NULL;
}

/* Room for one more deadline? When there is none, says so once. */
static bool deadline_room(struct reader *r)
{
	if (json_array_size(r->deadlines) < WP_NOTICE_MAX_DEADLINES)
		return true;
	if (!r->deadlines_full)
		wp_notice_note(r, WP_TR("more than %d deadlines: the rest are not read"),
			       WP_NOTICE_MAX_DEADLINES);
	r->deadlines_full = true;
	return false;
}

/* The parts of one sentence (in->text), each of which may hold a deadline
 * of its own; *topic, whom the paragraph addresses, is set from the first
 * part that names anyone (the caller's, to json_decref). */
static void read_sentence(struct reader *r, const struct sentence *in, json_t **topic, size_t para_first)
{
	const char *sentence = in->text;
	const char *semi = wp_str_find(sentence, "；");
	size_t sentence_first = json_array_size(r->deadlines);
	json_t *last_named = NULL; /* who the part before named, if anyone */
	for (const char *part = sentence; part && *part && deadline_room(r) && wp_notice_step(r, 1);) {
		const char *next = next_part(sentence, part, r->year, &semi);
		char *text = next ? wp_str_sub(part, (size_t)(next - part)) : wp_xstrdup(part);
		struct sentence sn = *in;
		sn.text = text;
		sn.topic = *topic;
		/* X于每周四…报…；请于7月3日前将…报…: a part that opens by asking
		 * with no one named asks whom the part before named */
		if (last_named && wp_word_at(text, WP_WORDS_ASK_WITHOUT_WHO))
			sn.topic = last_named;
		size_t before = json_array_size(r->deadlines);
		read_deadline(r, &sn);
		/* 活动结束后10个工作日内，X将总结报送A；Y将Z报送B: a part with a
		 * subject and a thing of its own, and no rule, keeps the rule
		 * of the part before */
		const char *rule = before > sentence_first && json_array_size(r->deadlines) == before
					   ? json_string_value(json_object_get(json_array_get(r->deadlines, before - 1), "rule"))
					   : NULL;
		if (rule && wp_notice_puts_and_sends(text) && !wp_nfind_date(text, r->year, &(wp_ndate){0})) {
			wp_buf ruled = WP_BUF_INIT;
			wp_buf_printf(&ruled, "%s，%s", rule, text);
			sn.text = wp_buf_str(&ruled);
			read_deadline(r, &sn);
			sn.text = text;
			wp_buf_free(&ruled);
		}
		if (json_array_size(r->deadlines) == before)
			wp_notice_sent_with(r, text, para_first);
		else
			wp_notice_also_sent(r, text, before);
		json_t *named = wp_notice_due_who(text, NULL);
		if (json_array_size(named) > 0) {
			json_decref(last_named);
			last_named = json_incref(named);
		}
		if (!*topic && json_array_size(named) > 0)
			*topic = json_incref(named);
		json_decref(named);
		free(text);
		part = next;
	}
	json_decref(last_named);
}

/* A sentence, and the report an aside in brackets sets in it (see
 * wp_notice_report_aside): the sentence without the aside is read first,
 * then the aside as a sentence of its own, owed by whom the sentence names
 * when it names no one itself (观摩人员名单于…前报局安全办: the schools
 * that send the observers). */
static void read_sentence_with_aside(struct reader *r, const struct sentence *whole, json_t **topic,
				     size_t para_first)
{
	const char *open, *close;
	char *aside = wp_notice_report_aside(whole->text, r->year, &open, &close);
	if (!aside) {
		read_sentence(r, whole, topic, para_first);
		return;
	}
	wp_buf b = WP_BUF_INIT;
	wp_buf_append(&b, whole->text, (size_t)(open - whole->text));
	wp_buf_puts(&b, close);
	char *outer = wp_buf_take(&b);
	struct sentence sn = *whole;
	sn.text = outer;
	read_sentence(r, &sn, topic, para_first);
	json_t *owner = wp_notice_due_who(outer, NULL);
	if (json_array_size(owner) == 0)
		wp_notice_opening_units(outer, owner);
	if (json_array_size(owner) == 0) {
		json_decref(owner);
		owner = *topic ? json_incref(*topic) : NULL;
	}
	sn.text = aside;
	read_sentence(r, &sn, &owner, para_first);
	json_decref(owner);
	free(outer);
	free(aside);
}

/* |8|短视频征集展播|…|请各设区市局于4月16日前向X报送推荐作品|: a table
 * row's cells that ask for a report (a 备注's sentence), as sentences of
 * their own, the other cells left out; NULL if p is no barred row or
 * none asks. Caller frees. */
static char *row_sentences(const char *p)
{
	if (p[0] != '|')
		return NULL;
	char *cells[WP_NOTICE_MAX_COLUMNS];
	size_t total = wp_notice_split_cells(p, cells, WP_NOTICE_MAX_COLUMNS);
	size_t kept = total < WP_NOTICE_MAX_COLUMNS ? total : WP_NOTICE_MAX_COLUMNS;
	wp_buf b = WP_BUF_INIT;
	/* a table of reports (报送事项 | 报送时间 | 报送对象) has its own
	 * reader: a row whose first cell (after its number) sends is one */
	size_t first = kept > 0 && wp_notice_row_number(cells[0]) >= 0 ? 1 : 0, verb;
	bool reports = first < kept && wp_submit_find(cells[first], WP_SUBMIT_SIGN, &verb);
	for (size_t c = first + 1; !reports && c < kept; c++) {
		size_t verb_len;
		wp_ndate d;
		/* its own day: a task table's row whose day is a column of its
		 * own is read as a row (notice-duty-table.c) */
		if (wp_submit_find(cells[c], WP_SUBMIT_SIGN, &verb_len) && wp_nfind_date(cells[c], 2000, &d))
			wp_buf_printf(&b, "%s%s", cells[c], wp_str_ends(cells[c], "。") ? "" : "。");
	}
	wp_notice_free_cells(cells, kept);
	if (b.len == 0) {
		wp_buf_free(&b);
		return NULL;
	}
	return wp_buf_take(&b);
}

void wp_notice_read_deadlines(struct reader *r)
{
	json_t *units = NULL;

	wp_date countdown = wp_notice_countdown_day(r); /* D日, in a 倒排工期 plan */
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		wp_notice_track_unit_heading(r, i, &units);
		const struct item_range *range = wp_notice_item_at(r, i);
		const char *item = range ? range->no : NULL;
		json_t *coop = range ? json_object_get(json_array_get(r->activities, range->activity),
						       "cooperate")
				     : NULL;
		bool mail = wp_str_find(r->t.para[i], "邮箱") != NULL;
		const char *p = r->t.para[i];
		int number;
		const char *unnumbered = wp_outline_item(&r->outline, i, &number); /* （一）各区县… */
		if (unnumbered)
			p = unnumbered;
		/* 三、各责任单位于11月27日前…: a cover's numbered prose paragraph
		 * runs its sentence on after the number, which names no one */
		const char *top = unnumbered ? NULL : wp_outline_top(&r->outline, i, &number);
		if (top)
			p = top;
		/* 四、请各乡镇于…前报送…: an amending notice's paragraph (its
		 * number heads no section of the plan it sends) */
		if (i < r->plan_at && r->outline.para[i].text)
			p = r->outline.para[i].text;
		char *clause = wp_notice_line_as_sentence(r, i, p); /* notice-duty-lines.c */
		if (!clause)
			clause = row_sentences(p);
		char *label = NULL; /* D-10（9月9日）　各村报送…: due that day */
		if (!clause)
			clause = wp_notice_countdown_as_sentence(r, countdown, p, &label);
		if (clause)
			p = clause;
		json_t *topic = NULL; /* the first subject of the paragraph */
		size_t para_first = json_array_size(r->deadlines);
		while (*p && deadline_room(r) && wp_notice_step(r, 1)) {
			const char *end = wp_str_find(p, "。");
			size_t len = end ? (size_t)(end - p) : strlen(p);
			char *sentence = wp_str_sub(p, len);
			size_t taken = len + (end ? strlen("。") : 0);
			/* a due moved (…5月26日前报送的X，统一调整为5月29日前报送):
			 * the new rule; the sentence after it that sends with no
			 * date of its own says who sends what, to whom */
			char *new_rule;
			char *moved = wp_notice_revised_due(r, sentence, &new_rule);
			if (moved) {
				const char *after = p + taken;
				const char *next_end = wp_str_find(after, "。");
				char *next = wp_str_sub(after, next_end ? (size_t)(next_end - after) : strlen(after));
				size_t verb_len;
				wp_ndate none;
				free(sentence);
				if (*next && !wp_nfind_date(next, r->year, &none) &&
				    (wp_submit_find(next, WP_SUBMIT_SIGN, &verb_len) || wp_notice_puts_and_sends(next))) {
					wp_buf b = WP_BUF_INIT;
					wp_buf_printf(&b, "%s，%s", new_rule, next);
					sentence = wp_buf_take(&b);
					end = next_end;
					taken += strlen(next) + (next_end ? strlen("。") : 0);
				} else {
					sentence = wp_xstrdup(moved);
				}
				free(next);
				free(moved);
				free(new_rule);
			}
			/* …报送时间相应顺延，仍按原方案要求…报区消安委办: an amending
			 * notice restating a duty the plan it sends sets; 原定…报送参演
			 * 节目的要求不再执行, …，纸质材料不再报送: the clause lifting a
			 * duty sets none (the clauses before it may) */
			size_t len_as;
			const char *lifted = wp_word_find(sentence, WP_WORDS_DUTY_LIFTED, &len_as);
			if (lifted)
				sentence[wp_str_clause_start(sentence, lifted)] = '\0';
			if (!*sentence || (i < r->plan_at && wp_word_find(sentence, WP_WORDS_AS_BEFORE, &len_as))) {
				free(sentence);
				p += taken;
				continue;
			}
			size_t first_read = json_array_size(r->deadlines);
			struct sentence whole = {i, sentence, end ? end + strlen("。") : "", item, mail, coop, NULL, units};
			read_sentence_with_aside(r, &whole, &topic, para_first);
			wp_notice_share_recipient(r->deadlines, first_read);
			if (json_array_size(r->deadlines) == first_read)
				wp_notice_recipient_for_the_above(r, sentence, para_first);
			free(sentence);
			p += taken;
		}
		wp_notice_countdown_rules(r->deadlines, para_first, label);
		free(clause);
		json_decref(topic);
	}
	json_decref(units);
	/* a task table's report row, as the sentence it stands for */
	size_t k;
	json_t *row;
	json_array_foreach(r->table_duties, k, row) {
		if (!deadline_room(r))
			break;
		struct sentence sn = {(size_t)json_integer_value(json_object_get(row, "para")),
				      json_string_value(json_object_get(row, "text")), "", NULL, false, NULL, NULL, NULL};
		read_deadline(r, &sn);
	}
	wp_notice_apply_moved_dues(r);
	wp_notice_drop_recap_repeats(r);
	wp_notice_drop_annex_repeats(r);
	wp_notice_drop_cover_repeats(r);
	/* said of the rows that stay (a repeat merged into its row is none) */
	json_array_foreach(r->deadlines, k, row) {
		if (json_array_size(json_object_get(row, "who")) == 0)
			wp_notice_note(r, WP_TR("deadline '%s': who must submit is not named"),
				       json_string_value(json_object_get(row, "what")));
	}
}
