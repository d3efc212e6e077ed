/* notice-duties.c - the deadlines a notice sets (absolute, relative, or
 * undated duties). notice-committee.c reads its committee. */
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
};

/* N个工作日后 / 一周内 / N日内 after 结束: a relative rule. */
static bool relative_rule(const char *s, bool in_item, json_t **rel, char **rule_text)
{
	/* 结束(后)N… after the end; 开始前N… before the start */
	const char *end = wp_str_find(s, "结束");
	const char *start_at = wp_str_find(s, "开始前");
	bool before = !end && start_at;
	if (!end && !start_at)
		return false;
	if (before)
		end = start_at;
	const char *p = end + strlen(before ? "开始前" : "结束");
	if (!before)
		wp_str_skip(&p, "后");
	/* 2个工作日, 三个工作日, 两周, 5天, 一周 */
	int n = -1;
	bool workdays = false;
	const char *tail = NULL;
	size_t len = 0;
	if (*p >= '0' && *p <= '9') {
		n = atoi(p);
		while (*p >= '0' && *p <= '9')
			p++;
	} else if (wp_str_skip(&p, "两")) {
		n = 2;
	} else if ((n = wp_cn_number(p, &len)) >= 0) {
		p += len;
	}
	if (n >= 0 && n <= 366) {
		if (wp_str_starts(p, "个工作日"))
			workdays = true, tail = p + strlen("个工作日");
		else if (wp_str_starts(p, "日") || wp_str_starts(p, "天"))
			tail = p + wp_str_char_len(p);
		else if (wp_str_starts(p, "周") || wp_str_starts(p, "个星期"))
			n *= 7, tail = p + strlen(wp_str_starts(p, "周") ? "周" : "个星期");
	}
	if (n < 0 || !tail)
		return false;
	if (!wp_str_skip(&tail, "后"))
		wp_str_skip(&tail, "内");
	/* The rule as written: from the start of its clause to here. */
	const char *start = s;
	for (const char *c = wp_str_find(s, "，"); c && c < end; c = wp_str_find(c + strlen("，"), "，"))
		start = c + strlen("，");
	wp_str_skip(&start, "并");
	/* 各区县请在宣传周开始前…: the rule begins after 在 or 于 */
	for (const char *q = start; q < end; q += wp_str_char_len(q))
		if (wp_str_starts(q, "在") || wp_str_starts(q, "于")) {
			start = q + wp_str_char_len(q);
			break;
		}
	*rule_text = wp_str_sub(start, (size_t)(tail - start));
	/* In an activity item, 活动结束后 is that activity's end; 宣传周结束后
	 * is the campaign's wherever it is written. */
	char *trigger = wp_str_sub(start, (size_t)(end - start));
	bool activity = in_item && wp_str_find(trigger, "活动") && !wp_str_find(trigger, "宣传周") &&
			!wp_str_find(trigger, "活动周");
	free(trigger);
	const char *anchor = activity ? (before ? "activity_start" : "activity_end")
				      : (before ? "campaign_start" : "campaign_end");
	*rel = json_pack("{s:i, s:s, s:s}", "offset", before ? -n : n, "unit",
			 workdays ? "workdays" : "days", "anchor", anchor);
	return true;
}

/* 报送X / 将X…报: what is due. */
static char *due_what(const char *s)
{
	/* the thing put before a verb ends at it, or at 于/以/在 */
	const char *obj_stops[16] = {"于", "以", "在", "，", "。"};
	size_t nstops = 5;
	for (const struct wp_submit_verb *v = wp_submit_verbs; v->word && nstops < 15; v++)
		if (v->uses & WP_SUBMIT_PUT)
			obj_stops[nstops++] = v->word;
	obj_stops[nstops] = NULL;
	static const char *const send_stops[] = {"至", "到", "给", "，", "。", "（", "\n", "；", NULL};
	/* 将X报Y, 把X报Y: the thing is put before the verb */
	const char *put = wp_str_find(s, "将");
	if (!put)
		put = wp_str_find(s, "把");
	/* 报送X, 上报X, 发送X: the thing follows the verb */
	const char *sent = NULL;
	for (const struct wp_submit_verb *v = wp_submit_verbs; v->word && !sent; v++)
		if ((v->uses & WP_SUBMIT_THING) && (sent = wp_str_find(s, v->word)))
			sent += strlen(v->word);
	char *obj = NULL;
	size_t verb_len;
	if (put && wp_submit_find(put, WP_SUBMIT_PUT, &verb_len)) {
		/* the object holds one character at least: 将报告会名单发送… */
		const char *from = put + wp_str_char_len(put);
		size_t first = wp_str_char_len(from);
		char *rest = wp_notice_upto(from + first, obj_stops);
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%.*s%s", (int)first, from, rest);
		free(rest);
		obj = wp_buf_take(&b);
	}
	else if (sent)
		obj = wp_notice_upto(sent, send_stops);
	else if (wp_str_find(s, "参加")) {
		/* 参加4月17日的启动仪式: the thing, without its date */
		const char *what = wp_str_find(s, "参加") + strlen("参加");
		wp_ndate d;
		if (wp_nfind_date(what, 2000, &d) && d.at == what) {
			what += d.len;
			wp_str_skip(&what, "的");
		}
		obj = wp_notice_upto(what, send_stops);
	} else {
		static const char *const give[] = {"提供", "提交", "准备"};
		for (size_t k = 0; k < 3 && !obj; k++)
			if (wp_str_find(s, give[k]))
				obj = wp_notice_upto(wp_str_find(s, give[k]) + strlen(give[k]), send_stops);
	}
	if (!obj || !*obj) {
		free(obj);
		return NULL;
	}
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s", wp_str_find(s, "参加") && !wp_str_find(s, "报送") ? "参加" : "报送", obj);
	free(obj);
	return wp_buf_take(&b);
}

/* Who submits: the units the sentence starts with. */
static json_t *due_who(const char *s, json_t *item_coop)
{
	static const char *const stops[] = {"将", "要", "在", "于", "认真", "请", "分别", "按时",
					    "深入", "开展", "组织", NULL};
	json_t *who = json_array();
	if (wp_str_find(s, "各配合单位") && item_coop) {
		json_array_extend(who, item_coop);
		return who;
	}
	const char *p = s;
	/* skip a leading time clause: 宣传周结束后，请… */
	const char *comma = wp_str_find(s, "，");
	wp_ndate d;
	bool dated = comma && wp_nfind_date(s, 2000, &d) && d.at == s && d.at + d.len == comma;
	const char *after_comma = comma ? comma + strlen("，") : NULL;
	/* 宣传周结束后，… / 活动结束后3个工作日内，…: a clause of when */
	bool when = comma && !wp_str_starts(s, "请") && (wp_str_ends_at(s, comma, "后") || wp_str_ends_at(s, comma, "内") ||
		    wp_str_ends_at(s, comma, "期间") || wp_str_ends_at(s, comma, "前"));
	if (when) { /* 各村（居）要在11月5日前，…: the clause opens with who */
		char *opening = wp_notice_upto(s, stops);
		when = !(wp_notice_unit_like(opening) && strlen(opening) < (size_t)(comma - s));
		free(opening);
	}
	if (comma && (when || wp_str_starts(after_comma, "请") || dated))
		p = after_comma; /* and 4月21日至23日，X… */
	wp_str_skip(&p, "请");
	char *subject = wp_notice_upto(p, stops);
	/* a sentence that is nothing but a name (an item's title) has no subject */
	bool whole = strlen(subject) == strlen(p);
	if (*subject && !whole && wp_notice_unit_like(subject) && wp_text_width(subject) <= 60)
		wp_notice_split_units(subject, who);
	free(subject);
	return who;
}

/* "unit（address）" when text starts with a bracket holding an e-mail
 * address (区市场监管局（QQ邮箱：303724480@qq.com）); else a copy of unit. */
static char *with_bracket_address(const char *unit, const char *text)
{
	const char *at = wp_str_find(text, "@");
	const char *close = wp_str_find(text, "）");
	if (!wp_str_starts(text, "（") || !at || (close && close < at))
		return wp_xstrdup(unit);
	/* 报市局（邮箱：x@y）: a bracket that holds only the address stays as
	 * written; one with more (联系人：…，电子邮箱：…) gives the address */
	char *inside = close ? wp_str_sub(text, (size_t)(close - text)) : NULL;
	bool only = inside && !wp_str_find(inside, "，") && !wp_str_find(inside, "；");
	free(inside);
	if (only) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s%.*s", unit, (int)(close + strlen("）") - text), text);
		return wp_buf_take(&b);
	}
	const char *start = at, *end = at;
	while (start > text && ((start[-1] >= '0' && start[-1] <= '9') ||
				(start[-1] >= 'a' && start[-1] <= 'z') ||
				(start[-1] >= 'A' && start[-1] <= 'Z') || start[-1] == '.' ||
				start[-1] == '_' || start[-1] == '-'))
		start--;
	while (*end && *end != ' ' && !wp_str_starts(end, "）") && !wp_str_starts(end, "，") &&
	       !wp_str_starts(end, "；"))
		end++;
	char *addr = wp_str_sub(start, (size_t)(end - start));
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s（%s）", unit, addr);
	free(addr);
	return wp_buf_take(&b);
}

/* The first e-mail address in s (caller frees), or NULL. */
static char *address_in(const char *s)
{
	const char *at = strchr(s, '@');
	if (!at)
		return NULL;
	static const char word[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-+";
	const char *start = at;
	while (start > s && strchr(word, start[-1]) && start[-1])
		start--;
	size_t tail = strspn(at + 1, word);
	while (tail && at[tail] == '.') /* a sentence's full stop */
		tail--;
	if (start == at || tail == 0)
		return NULL;
	return wp_str_sub(start, (size_t)(at + 1 + tail - start));
}

/* The times one verb of a sentence is looked after for a recipient: a
 * sentence names it after one of its first few (报 may be 报道 or 海报
 * too); each look may read to the sentence's end, so looking after every
 * one of 2 MiB of 报送报送… would be quadratic. */
#define MAX_TO_HITS 32

/* To whom: the unit after 报/报送/上报, with an address in brackets. */
static char *due_to(const char *s, const char *email)
{
	static const char *const stops[] = {"（", "，", "。", "以便", "；", "\n", NULL};
	for (const struct wp_submit_verb *verb = wp_submit_verbs; verb->word; verb++) {
		if (!(verb->uses & WP_SUBMIT_TO))
			continue;
		const char *v = verb->word;
		size_t looks = 0;
		for (const char *hit = wp_str_find(s, v); hit && looks++ < MAX_TO_HITS;
		     hit = wp_str_find(hit + strlen(v), v)) {
			char *to = wp_notice_upto(hit + strlen(v), stops);
			/* 报送至市局, 提交方案至市局办公室: to whom, after 至/到/给 */
			static const char *const to_words[] = {"至", "到", "给", NULL};
			for (const char *const *w = to_words; *w; w++) {
				const char *at = wp_str_find(to, *w);
				if (at) {
					memmove(to, at + strlen(*w), strlen(at + strlen(*w)) + 1);
					break;
				}
			}
			if (!wp_notice_unit_like(to) && !wp_str_ends(to, "中心") && !wp_str_ends(to, "科")) {
				free(to);
				/* 报送至邮箱zscq@example.cn: the address written there */
				char *addr = address_in(hit);
				if (addr)
					return addr;
				/* 报送总结至联系邮箱: the contacts' address */
				if (wp_str_find(hit, "邮箱") && email)
					return wp_xstrdup(email);
				continue;
			}
			char *with = with_bracket_address(to, hit + strlen(v) + strlen(to));
			free(to);
			return with;
		}
	}
	return NULL;
}

/* "于5月6日前将总结以电子版形式报市局": a 报 (to report to) after a
 * deadline date, not one inside 报道, 报刊, 海报 ... */
/* Is the date d in s a deadline's: 于4月18日, 4月30日前? */
/* Past a date's weekday, clock time and 前 (9月11日（星期三）17:00前):
 * where the rule as written ends; *before whether a 前 was there. */
static const char *deadline_end(const wp_ndate *d, bool *before)
{
	const char *p = d->at + d->len;
	if (wp_str_starts(p, "（")) {
		const char *close = wp_notice_find_near(p, "）", 12);
		if (close)
			p = close + strlen("）");
	}
	while ((*p >= '0' && *p <= '9') || *p == ':' || *p == ' ')
		p++;
	wp_str_skip(&p, "下班");
	*before = wp_str_skip(&p, "前") || wp_str_skip(&p, "之前") || wp_str_skip(&p, "以前");
	return *before ? p : d->at + d->len;
}

static bool marks_deadline(const char *s, const wp_ndate *d)
{
	bool before;
	deadline_end(d, &before);
	return before || wp_str_ends_at(s, d->at, "于");
}

/* 将X报Y, 把X报Y: a thing put to be sent, with no date needed. */
static bool puts_and_sends(const char *s)
{
	static const char *const puts[] = {"将", "把", NULL};
	for (const char *const *w = puts; *w; w++) {
		const char *at = wp_str_find(s, *w);
		const char *sent = at ? wp_notice_find_near(at, "报", 120) : NULL;
		if (sent && !wp_not_sending_at(sent, sent, WP_NOT_SENT_AFTER_PUT))
			return true;
	}
	return false;
}

static bool sends_after_date(const char *s, int year)
{
	wp_ndate d;
	if (!wp_nfind_date(s, year, &d) || !marks_deadline(s, &d))
		return false;
	const char *after = d.at + d.len;
	for (const char *hit = wp_str_find(after, "报"); hit; hit = wp_str_find(hit + strlen("报"), "报"))
		if (!wp_not_sending_at(after, hit, WP_NOT_SENT_AFTER_DATE))
			return true;
	return false;
}

/* Within its own campaign a deadline says 宣传周 for 知识产权宣传周: what
 * takes the short name when the plan's title has the long one. Consumes
 * what; returns the (possibly new) text, caller frees. */
static char *short_campaign_name(const struct reader *r, char *what)
{
	static const char *const weeks[] = {"宣传周", "活动周", NULL};
	const char *title = json_string_value(json_object_get(r->plan, "title"));
	for (const char *const *w = weeks; title && *w; w++) {
		const char *in_what = wp_str_find(what, *w), *in_title = wp_str_find(title, *w);
		if (!in_what || !in_title)
			continue;
		/* the longest name before the week that both share (知识产权) */
		size_t best = 0;
		for (size_t k = 1; k <= (size_t)(in_what - what) && k <= (size_t)(in_title - title); k++)
			if (memcmp(in_what - k, in_title - k, k) == 0 &&
			    ((unsigned char)in_what[-(long)k] & 0xc0) != 0x80) /* whole characters */
				best = k;
		/* only the whole name: 参加知识产权宣传周…, not 全国知识产权宣传周… */
		const char *name = in_what - best;
		static const char *const before[] = {"报送", "参加", "提交", "的", "年", NULL};
		bool whole = name == what;
		for (const char *const *b = before; *b && !whole; b++)
			whole = (size_t)(name - what) >= strlen(*b) && wp_str_starts(name - strlen(*b), *b);
		if (best >= 6 && whole) {
			memmove((char *)name, in_what, strlen(in_what) + 1);
			break;
		}
	}
	return what;
}

/* A duty that recurs or runs through the campaign: 每周五下班前 (each
 * week), 每月25日前, 活动期间及时报送. The rule as written, or NULL.
 * Caller frees. */
static char *recurring_rule(const char *s)
{
	static const char *const every[] = {"每周", "每月", "每日", "每天", NULL};
	for (const char *const *w = every; *w; w++) {
		const char *at = wp_str_find(s, *w);
		const char *before = at ? wp_notice_find_near(at, "前", 30) : NULL;
		if (before)
			return wp_str_sub(at, (size_t)(before + strlen("前") - at));
	}
	static const char *const promptly[] = {"及时报送", "及时上报", NULL};
	for (const char *const *w = promptly; *w; w++) {
		const char *at = wp_str_find(s, *w);
		const char *during = at ? wp_str_find(s, "期间") : NULL;
		if (!during || during > at)
			continue;
		const char *from = during; /* 活动期间, 宣传周期间: the words before 期间 */
		for (int k = 0; k < 4 && from > s && !wp_str_ends_at(s, from, "，"); k++) {
			from--;
			while (from > s && ((unsigned char)*from & 0xc0) == 0x80)
				from--;
		}
		wp_buf b = WP_BUF_INIT; /* 活动期间及时报送, whatever stands between */
		wp_buf_printf(&b, "%.*s%s", (int)(during + strlen("期间") - from), from, *w);
		return wp_buf_take(&b);
	}
	return NULL;
}

static void read_deadline(struct reader *r, const struct sentence *sn)
{
	const char *s = sn->text;
	json_t *rel = NULL;
	char *rule = NULL;
	wp_date due = WP_DATE_NONE;
	wp_ndate d;
	size_t verb_len;
	bool submits = wp_submit_find(s, WP_SUBMIT_SIGN, &verb_len) || sends_after_date(s, r->year) ||
		       puts_and_sends(s);
	bool attends = !submits && wp_str_find(s, "参加") && wp_str_find(s, "请");
	const char *made = wp_str_find(s, "制定");
	/* a plan each unit owes; not the boilerplate of 加强组织领导 (各单位要
	 *高度重视…制定具体方案…精心组织实施), which asks for no document */
	bool exhorts = wp_str_find(s, "高度重视") || wp_str_find(s, "充分认识");
	bool plans = !submits && !attends && !exhorts && made &&
		     (wp_str_find(made, "方案") || wp_str_find(made, "计划"));
	if (!submits && !attends && !plans)
		return;
	if (relative_rule(s, sn->item != NULL, &rel, &rule)) {
		/* rule text found */
	} else if (wp_nfind_date(s, r->year, &d)) {
		/* a date far from the verb is the date of something else */
		if ((!submits && !attends) || (!marks_deadline(s, &d) && !attends))
			return;
		/* the rule as written from its date (6月13日（星期五）前): a 于
		 * before it is the sentence's, not the rule's */
		const char *start = d.at;
		bool before;
		const char *end = deadline_end(&d, &before);
		due = d.start;
		rule = wp_str_sub(start, (size_t)(end - start));
		/* A date that looks wrong (2022 in a 2023 plan) is kept as
		 * written: the plan check points it out, nothing hides it. */
	} else if (plans) {
		/* 各成员单位要结合实际，制定宣传周活动方案: each unit owes its own
		 * plan, with no date; only when units are named as the subject. */
		json_t *who = due_who(s, NULL);
		bool owed = json_array_size(who) > 0;
		json_decref(who);
		if (!owed)
			return;
		static const char *const plan_end[] = {"方案", "计划", NULL};
		const char *verb = wp_str_find(s, "要");
		const char *start = verb && verb < made ? verb + strlen("要") : made;
		char *obj = wp_notice_upto(made, plan_end);
		size_t cut = (size_t)(made - start) + strlen(obj) + 6;
		rule = wp_str_sub(start, cut);
		free(obj);
	} else if ((rule = recurring_rule(s)) != NULL) {
		/* 每周五下班前报送, 活动期间及时报送: no one due date */
	} else if (wp_str_find(s, "随时报送") || wp_str_find(s, "随时上报")) {
		const char *at = wp_str_find(s, "期间");
		const char *start = s;
		if (at) {
			for (start = at; start > s && !wp_str_starts(start, "在"); start--)
				;
			start = wp_str_starts(start, "在") ? start + strlen("在") : s;
		}
		const char *end = wp_str_find(s, "报送") ? wp_str_find(s, "报送") + strlen("报送") : wp_str_find(s, "上报") + strlen("上报");
		rule = wp_str_sub(start, (size_t)(end - start));
	} else {
		return;
	}
	char *what = due_what(s);
	if (!what && wp_str_find(s, "制定") && rule) {
		static const char *const plan_end[] = {"方案", "计划", NULL};
		char *obj = wp_notice_upto(wp_str_find(s, "制定"), plan_end);
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s%s", obj, wp_str_find(wp_str_find(s, "制定"), "方案") ? "方案" : "计划");
		what = wp_buf_take(&b);
		free(obj);
	}
	if (!what) {
		free(rule);
		json_decref(rel);
		return;
	}
	what = short_campaign_name(r, what);
	json_t *who = due_who(s, sn->item_coop);
	if (json_array_size(who) == 0 && sn->topic && json_array_size(sn->topic) > 0) {
		/* "组委会各成员单位请…。…。结束2个工作日后报送总结": a sentence
		 * without a subject is still addressed to the paragraph's. */
		json_array_extend(who, sn->topic);
		wp_notice_note(r, WP_TR("deadline '%s': its sentence names no one; taken to be %s, whom the paragraph addresses"),
			       what, json_string_value(json_array_get(who, 0)));
	}
	char *to = due_to(s, wp_notice_first_email(r));
	if ((!to || !*to) && submits && sn->para_mentions_mail && wp_notice_first_email(r)) {
		free(to);
		to = wp_xstrdup(wp_notice_first_email(r));
	}
	/* 报送…管理科。（联系人：…，电子邮箱：x@y）: the address follows. */
	if (to && !wp_str_find(to, "@")) {
		char *with = with_bracket_address(to, sn->rest);
		free(to);
		to = with;
	}
	json_t *dl = json_pack("{s:s, s:o, s:o, s:o, s:o, s:b, s:o, s:{}, s:o, s:n, s:n}", "what",
			       what, "activity", wp_notice_jstr(sn->item), "rule", wp_notice_jstr(rule), "due",
			       wp_notice_jdate(due), "relative", rel ? rel : json_null(), "roll_forward", 0,
			       "who", who, "submitted", "submit_to", wp_notice_jstr(to), "submit_to_unit",
			       "notes");
	if (json_array_size(who) == 0)
		wp_notice_note(r, WP_TR("deadline '%s': who must submit is not named"), what);
	json_object_set_new(dl, "_para", json_integer((json_int_t)sn->para));
	json_array_append_new(r->deadlines, dl);
	free(what);
	free(rule);
	free(to);
}

/* Is there a deadline date at p: 于4月18日, 4月30日前? */
static bool deadline_date_at(const char *s, const char *p, int year)
{
	wp_ndate d;
	return wp_nfind_date_at(p, year, &d) && marks_deadline(s, &d);
}

/* Where the next part of a sentence starts: after a ；, or at the ，
 * before a second deadline ("于4月18日前报送方案，4月30日前报送总结"). */
static const char *next_part(const char *s, const char *from, int year)
{
	const char *semi = wp_str_find(from, "；");
	bool seen = false;
	const char *comma = NULL;
	for (const char *p = from; *p && (!semi || p < semi); p++) {
		if (wp_str_starts(p, "，"))
			comma = p + strlen("，");
		else if (*p >= '0' && *p <= '9' && (p == s || p[-1] < '0' || p[-1] > '9') &&
			 deadline_date_at(s, p, year)) {
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

/* A cover letter that repeats the plan's deadlines (请于6月13日前报送…
 * above the plan, the plan's 工作要求 saying it again): the plan's own
 * words stand, the cover's repeat of a due date goes. The marks that say
 * where each deadline was read go too. */
static void drop_cover_repeats(struct reader *r)
{
	size_t plan_starts = r->t.n;
	int n;
	for (size_t i = 0; i < r->t.n && plan_starts == r->t.n && wp_notice_step(r, 1); i++)
		if (wp_heading_top(r->t.para[i], &n))
			plan_starts = i;
	for (size_t i = 0; i < json_array_size(r->deadlines) && wp_notice_step(r, 1);) {
		json_t *dl = json_array_get(r->deadlines, i);
		const char *due = json_string_value(json_object_get(dl, "due"));
		size_t para = (size_t)json_integer_value(json_object_get(dl, "_para"));
		json_t *repeat = NULL;
		size_t j;
		json_t *other;
		json_array_foreach(r->deadlines, j, other) {
			const char *d = json_string_value(json_object_get(other, "due"));
			size_t p = (size_t)json_integer_value(json_object_get(other, "_para"));
			if (!repeat && due && d && j != i && strcmp(d, due) == 0 && p >= plan_starts)
				repeat = other;
		}
		if (para < plan_starts && repeat) {
			/* what the cover says and the plan leaves out stays */
			static const char *const keep[] = {"submit_to", "who"};
			for (size_t k = 0; k < 2; k++) {
				json_t *mine = json_object_get(repeat, keep[k]), *its = json_object_get(dl, keep[k]);
				bool empty = !mine || json_is_null(mine) ||
					     (json_is_array(mine) && json_array_size(mine) == 0) ||
					     (json_is_string(mine) && !*json_string_value(mine));
				if (empty && its && !json_is_null(its))
					json_object_set(repeat, keep[k], its);
			}
			json_array_remove(r->deadlines, i);
		} else {
			i++;
		}
	}
	size_t i;
	json_t *dl;
	json_array_foreach(r->deadlines, i, dl) json_object_del(dl, "_para");
}

void wp_notice_read_deadlines(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
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
		json_t *topic = NULL; /* the first subject of the paragraph */
		while (*p && deadline_room(r) && wp_notice_step(r, 1)) {
			const char *end = wp_str_find(p, "。");
			size_t len = end ? (size_t)(end - p) : strlen(p);
			char *sentence = wp_str_sub(p, len);
			/* each part of the sentence may hold a deadline of its own */
			for (const char *part = sentence; part && *part && deadline_room(r) && wp_notice_step(r, 1);) {
				const char *next = next_part(sentence, part, r->year);
				char *text = next ? wp_str_sub(part, (size_t)(next - part)) : wp_xstrdup(part);
				struct sentence sn = {i, text, end ? end + strlen("。") : "", item, mail, coop, topic};
				read_deadline(r, &sn);
				if (!topic) {
					topic = due_who(text, NULL);
					if (json_array_size(topic) == 0) {
						json_decref(topic);
						topic = NULL;
					}
				}
				free(text);
				part = next;
			}
			free(sentence);
			p += len + (end ? strlen("。") : 0);
		}
		json_decref(topic);
	}
	drop_cover_repeats(r);
}
