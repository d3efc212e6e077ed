/* notice-submit.c - what a deadline asks for, who owes it and to whom it
 * goes: 报送X / 将X…报Y, the units a sentence opens with, 报送至Y（邮箱：…）.
 * The verbs that send and the dates that mark a deadline are in
 * notice-sending.c. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* 检查结果于10月10日前报市局X: the thing named first, as the topic of
 * its clause, then its date and a 报 right after it. NULL if the clause
 * opens with a unit (that is who sends) or is not of this kind. Caller
 * frees. */
static char *topic_sent(const char *s)
{
	const char *at = wp_str_find(s, "于");
	wp_ndate d;
	bool before;
	if (!at || !wp_nfind_date_at(at + strlen("于"), 2000, &d))
		return NULL;
	const char *after = wp_notice_deadline_end(&d, &before);
	/* …前以班级为单位发送至…: how it is sent, before the verb */
	if (wp_str_starts(after, "以")) {
		const char *unit = wp_notice_find_near(after, "为单位", 30);
		if (unit)
			after = unit + strlen("为单位");
	}
	size_t verb_len;
	if (!before || wp_submit_find(after, WP_SUBMIT_TO, &verb_len) != after ||
	    (wp_str_starts(after, "报") && wp_not_sending_at(after, after, WP_NOT_SENT_AFTER_DATE)))
		return NULL;
	const char *from = s;
	for (const char *c = wp_str_find(s, "，"); c && c < at; c = wp_str_find(c + strlen("，"), "，"))
		from = c + strlen("，");
	/* 请于…报, 各单位要于…报: a request or a subject, not a thing */
	char *raw = wp_str_sub(from, (size_t)(at - from)),
	     *thing = wp_str_trim_end(raw, wp_words(WP_WORDS_REQUEST));
	free(raw);
	if (!*thing || wp_str_find(thing, "请") || wp_notice_unit_like(thing) || wp_text_width(thing) > 40) {
		free(thing);
		return NULL;
	}
	return thing;
}

void wp_notice_drop_annex_pointer(char *obj)
{
	char *open = NULL;
	for (char *p = (char *)wp_str_find(obj, "（"); p; p = (char *)wp_str_find(p + strlen("（"), "（"))
		open = p;
	if (open && open > obj && wp_word_at(open, WP_WORDS_SEE_ANNEX) && wp_str_ends(open, "）"))
		*open = '\0';
}

/* 报送X / 将X…报 / X于…前报: what is due. */
char *wp_notice_due_what(const char *s, const char **verb)
{
	*verb = NULL;
	/* the thing put before a verb ends at it, or at 于/以/在 */
	const char *obj_stops[16] = {"于", "以", "在", "，", "。"};
	size_t nstops = 5;
	for (const struct wp_submit_verb *v = wp_submit_verbs; v->word && nstops < 15; v++)
		if (v->uses & WP_SUBMIT_PUT)
			obj_stops[nstops++] = v->word;
	obj_stops[nstops] = NULL;
	static const char *const send_stops[] = {"至", "到", "给", "，", "。", "\n", "；", NULL};
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
	bool attended = false;
	size_t verb_len;
	if (put && (wp_submit_find(put, WP_SUBMIT_PUT, &verb_len) || wp_notice_put_then_fa(s))) {
		/* the object holds one character at least: 将报告会名单发送… */
		const char *from = put + wp_str_char_len(put);
		size_t first = wp_str_char_len(from);
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%.*s", (int)first, from);
		/* a 报 that opens another word (将竞赛报名回执报…, 将自查报告报…)
		 * sends nothing: the thing goes on past it */
		for (const char *p = from + first;;) {
			char *rest = wp_notice_upto_outside(p, obj_stops);
			const char *stop = p + strlen(rest);
			wp_buf_puts(&b, rest);
			free(rest);
			/* 80周岁以上高龄老人花名册: a 以 inside a word goes on */
			size_t word = wp_word_at(stop, WP_WORDS_YI_IN_WORD);
			/* 不少于3张现场照片: a 于 of a comparison goes on too */
			for (const char *const *w = wp_words(WP_WORDS_YU_COMPARED); *w && !word; w++)
				if (wp_str_starts(stop, "于") && wp_str_ends_at(s, stop, *w))
					word = strlen("于");
			if (word) {
				wp_buf_append(&b, stop, word);
				p = stop + word;
				continue;
			}
			/* 将当日活动开展情况简报报专班办公室: of 报报 the first ends
			 * the thing's word (简报, 周报) and the second sends it */
			if (wp_str_starts(stop, "报报")) {
				wp_buf_puts(&b, "报");
				p = stop + strlen("报");
				continue;
			}
			if (!wp_str_starts(stop, "报") || !wp_not_sending_at(stop, stop, WP_NOT_SENT_AFTER_PUT))
				break;
			wp_buf_puts(&b, "报");
			p = stop + strlen("报");
		}
		/* 将照片和简讯发区科协科普部: the thing ends at the 发 that sends it */
		const char *fa = wp_notice_fa_to_unit(wp_buf_str(&b));
		char *thing = fa ? wp_str_sub(wp_buf_str(&b), (size_t)(fa - wp_buf_str(&b))) : NULL;
		/* 将活动开展情况书面报送…: how it is sent is not the thing */
		obj = wp_str_trim_end(thing ? thing : wp_buf_str(&b), wp_words(WP_WORDS_SEND_MANNER));
		free(thing);
		wp_buf_free(&b);
	}
	/* 短视频作品于8月14日前报送县融媒体中心: the thing named first, as the
	 * topic of its clause; what follows the verb is then to whom */
	else if (sent && (obj = topic_sent(s)))
		;
	else if (sent)
		/* 报送宣传月工作总结（含图片3至5张）: the bracket is part of what is
		 * sent, as the plan writes it */
		obj = wp_notice_upto_outside(sent, send_stops);
	else if (wp_str_find(s, "参加")) {
		attended = true;
		/* 参加4月17日的启动仪式: the thing, without its date */
		const char *what = wp_str_find(s, "参加") + strlen("参加");
		wp_ndate d;
		if (wp_nfind_date(what, 2000, &d) && d.at == what) {
			what += d.len;
			wp_str_skip(&what, "的");
		}
		obj = wp_notice_upto(what, send_stops);
	} else {
		for (const char *const *give = wp_words(WP_WORDS_GIVE); *give && !obj; give++)
			if (wp_str_find(s, *give)) {
				/* 提交X, 提供X: a thing handed over is sent, and named so */
				obj = wp_notice_upto(wp_str_find(s, *give) + strlen(*give), send_stops);
			}
	}
	/* 发送至Y after X请于…前: nothing follows the verb, the thing came first */
	if ((!obj || !*obj) && !attended) {
		free(obj);
		obj = topic_sent(s);
	}
	if (obj)
		wp_notice_drop_annex_pointer(obj);
	if (!obj || !*obj) {
		free(obj);
		return NULL;
	}
	/* what is sent is named as the thing (活动总结), what is attended as
	 * the act (参加启动仪式); a thing put to be sent may itself name those
	 * who attend (将参加活动的人员名单报…): it is still the thing */
	if (!attended || wp_str_find(s, "报送")) {
		if (!*verb)
			*verb = wp_words(WP_WORDS_DUTY_SENT)[0];
		return obj;
	}
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "参加%s", obj);
	free(obj);
	return wp_buf_take(&b);
}

/* 各单位要明确专人负责，各区水务局于5月8日前将…报…: the clause that holds
 * the deadline (于<date>) opens with its own units, or NULL. Caller
 * frees. */
static char *deadline_clause_subject(const char *s)
{
	const char *at = NULL;
	wp_ndate d;
	int looks = 0; /* the first few 于 of a sentence: each look is short */
	for (const char *hit = wp_str_find(s, "于"); hit && !at && looks++ < 8; hit = wp_str_find(hit + 1, "于"))
		if (wp_nfind_date_at(hit + strlen("于"), 2000, &d))
			at = hit;
	if (!at)
		return NULL;
	const char *from = s;
	for (const char *c = wp_str_find(s, "，"); c && c < at; c = wp_str_find(c + strlen("，"), "，"))
		from = c + strlen("，");
	if (from == s)
		return NULL; /* the sentence's own subject: read as before */
	/* 各村（社区）请于9月16日前…: the request after who is asked */
	char *clause = wp_str_sub(from, (size_t)(at - from));
	char *subject = wp_str_trim_end(clause, wp_words(WP_WORDS_REQUEST));
	free(clause);
	if (*subject && wp_notice_units_like(subject) && wp_text_width(subject) <= 60)
		return subject;
	free(subject);
	return NULL;
}

/* 6月25日集中宣传日当天，…: does the clause before at end with 当天 (a
 * clause of when)? */
static bool that_day_ends(const char *s, const char *at)
{
	for (const char *const *w = wp_words(WP_WORDS_THAT_DAY); *w; w++)
		if (wp_str_ends_at(s, at, *w))
			return true;
	return false;
}

/* 县卫健局成立…领导小组，各单位要…，于4月17日前报…: the units (two characters
 * at least: not the 区 of 区应急管理局) a later clause opens with before 要 (须,
 * 应) owe what the sentence asks, when its own subject is none; the first. */
static void modal_clause_units(const char *s, json_t *who)
{
	for (const char *c = wp_str_find(s, "，"); c; c = wp_str_find(c + strlen("，"), "，")) {
		const char *from = c + strlen("，");
		size_t len;
		const char *modal = wp_word_find_near(from, WP_WORDS_SUBJECT_MODAL, 60, &len);
		const char *comma = wp_str_find(from, "，");
		if (!modal || modal == from || (comma && comma < modal))
			continue;
		char *units = wp_str_sub(from, (size_t)(modal - from));
		bool ok = wp_notice_units_like(units) && wp_text_width(units) >= 4 && wp_text_width(units) <= 30;
		if (ok)
			wp_notice_split_units(units, who);
		free(units);
		if (ok)
			return;
	}
}

/* Who submits: the units the sentence starts with, or those its
 * deadline's own clause opens with. */
json_t *wp_notice_due_who(const char *s, json_t *item_coop)
{
	const char *const *stops = wp_words(WP_WORDS_WHO_END);
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
	/* 宣传周结束后，… / 活动结束后3个工作日内，… / 自6月起，…: a clause of when */
	bool when = comma && !wp_str_starts(s, "请") && (wp_str_ends_at(s, comma, "后") || wp_str_ends_at(s, comma, "内") ||
		    wp_str_ends_at(s, comma, "期间") || wp_str_ends_at(s, comma, "前") || that_day_ends(s, comma) ||
		    wp_str_ends_at(s, comma, "起"));
	if (when) { /* 各村（居）要在11月5日前，…: the clause opens with who */
		char *opening = wp_notice_upto(s, stops);
		when = !(wp_notice_unit_like(opening) && strlen(opening) < (size_t)(comma - s));
		free(opening);
	}
	if (comma && (when || wp_str_starts(after_comma, "请") || dated))
		p = after_comma; /* and 4月21日至23日，X… */
	char *own = deadline_clause_subject(p);
	if (own) {
		wp_notice_split_units(own, who);
		free(own);
		return who;
	}
	wp_str_skip(&p, "请");
	char *subject = wp_notice_upto(p, stops);
	for (char *zi = (char *)wp_str_find(subject, "自"); zi; zi = (char *)wp_str_find(zi + strlen("自"), "自")) {
		const char *after = zi + strlen("自");
		if ((*after >= '0' && *after <= '9') || wp_str_starts(after, "即日") ||
		    wp_str_starts(after, "今") || wp_str_starts(after, "本")) {
			*zi = '\0';
			break;
		}
	}
	/* 保卫科每天下午下班前将…, 各社区每周四…前将…: how often is not who */
	size_t often_len;
	char *often = (char *)wp_word_find(subject, WP_WORDS_RECURRING, &often_len);
	if (often && often > subject) {
		*often = '\0';
		/* 查验结果实行按月报告，各乡镇卫生院每月…: the clause before it */
		const char *last = NULL;
		for (const char *c = wp_str_find(subject, "，"); c; c = wp_str_find(c + strlen("，"), "，"))
			last = c + strlen("，");
		if (last)
			memmove(subject, last, strlen(last) + 1);
	}
	/* a sentence that is nothing but a name (an item's title) has no subject */
	bool whole = strlen(subject) == strlen(p);
	/* 入托入学查验结果实行按月报告，各乡镇卫生院每月5日前…: a subject spans
	 * no ，; the clause before it says something else */
	const char *last = subject;
	for (const char *c = wp_str_find(subject, "，"); c; c = wp_str_find(c + strlen("，"), "，"))
		last = c + strlen("，");
	if (last != subject)
		memmove(subject, last, strlen(last) + 1);
	if (*subject && !whole && wp_notice_unit_like(subject) && wp_text_width(subject) <= 60)
		wp_notice_split_units(subject, who);
	free(subject);
	if (json_array_size(who) == 0)
		modal_clause_units(s, who);
	return who;
}

static char *address_in(const char *s);

/* "unit（address）" when text starts with a bracket holding an e-mail
 * address (区市场监管局（QQ邮箱：303724480@qq.com）); else a copy of unit. */
/* 报县普法办（县司法局普法与依法治理股）, 交政教处（行政楼201室）: a
 * bracket right after the unit that names the office it sits in, or its
 * room, is part of where the thing goes. NULL if text opens with none. */
static char *with_office(const char *unit, const char *text)
{
	static const char *const not_in_office[] = {"：", "，", "；", "、", "。", "@", NULL};
	const char *close = wp_str_find(text, "）"), *in = text + strlen("（");
	if (!wp_str_starts(text, "（") || !close || wp_word_at(text, WP_WORDS_SEE_ANNEX))
		return NULL;
	char *inside = wp_str_sub(in, (size_t)(close - in));
	bool office = *inside && wp_text_width(inside) <= 40 && wp_str_span_upto(inside, not_in_office) == strlen(inside) &&
		      (wp_notice_unit_like(inside) || wp_str_ends(inside, "室"));
	free(inside);
	if (!office)
		return NULL;
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%.*s", unit, (int)(close + strlen("）") - text), text);
	return wp_buf_take(&b);
}

char *wp_notice_with_address(const char *unit, const char *text)
{
	const char *at = wp_str_find(text, "@");
	const char *close = wp_str_find(text, "）");
	char *office = with_office(unit, text);
	if (office)
		return office;
	if (!wp_str_starts(text, "（") || !at || (close && close < at))
		return wp_xstrdup(unit);
	/* 报市局（邮箱：x@y）: a bracket that holds only the address stays as
	 * written; one with more (联系人：…，电子邮箱：…) gives the address */
	char *inside = close ? wp_str_sub(text, (size_t)(close - text)) : NULL;
	bool only = inside && !wp_str_find(inside, "，") && !wp_str_find(inside, "；");
	/* 报市局医政科（电子版发送至邮箱x@y）: a clause that sends a copy
	 * gives the unit's mailbox, written as a label would be */
	size_t len;
	bool sends = inside && wp_word_find(inside, WP_WORDS_SENT_TO, &len);
	free(inside);
	char *mailbox = sends ? address_in(text) : NULL;
	if (mailbox) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s（邮箱：%s）", unit, mailbox);
		free(mailbox);
		return wp_buf_take(&b);
	}
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

/* 报送街道党政办，电子版发送至x@y.cn: the unit (with, which takes ownership)
 * and the address its copy goes to, as 街道党政办（邮箱：x@y.cn）, when the
 * sentence (rest, after the unit) sends to one or names the unit's
 * mailbox right after it, and the unit has none.
 * Caller frees the result. */
static char *with_sent_address(char *with, const char *rest)
{
	const char *end = wp_str_find(rest, "。");
	const char *to = NULL;
	for (const char *const *w = wp_words(WP_WORDS_SENT_TO); *w && !to; w++)
		to = wp_str_find(rest, *w);
	/* 报区水利局水政水资源股，电子邮箱：x@y。: the mailbox the clause
	 * after the unit labels is the unit's */
	const char *label = rest; /* past the unit's office in brackets, if any */
	if (wp_str_starts(label, "（") && wp_str_find(label, "）"))
		label = wp_str_find(label, "）") + strlen("）");
	if (!to && wp_str_skip(&label, "，") && wp_word_at(label, WP_WORDS_CONTACT_MAIL))
		to = label;
	char *addr = to && (!end || to < end) && !strchr(with, '@') ? address_in(to) : NULL;
	if (!addr || (end && wp_str_find(to, addr) > end)) {
		free(addr);
		return with;
	}
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s（邮箱：%s）", with, addr);
	free(addr);
	free(with);
	return wp_buf_take(&b);
}

/* To whom: the unit after 报/报送/上报, with an address in brackets. */
/* 报县委办公室，同时抄送县政府办公室: one report to one unit, a copy to
 * another, kept with the recipient as an address is (to（抄送Y）). rest is
 * the text right after the recipient; consumes to, returns the result
 * (caller frees). */
static char *with_copy(char *to, const char *rest)
{
	const char *p = rest;
	wp_str_skip(&p, "，");
	size_t len = wp_word_at(p, WP_WORDS_COPY_TO);
	if (!to || !len)
		return to;
	char *copy = wp_notice_upto(p + len, wp_words(WP_WORDS_RECIPIENT_END));
	if (wp_notice_unit_like(copy)) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s（抄送%s）", to, copy);
		free(to);
		to = wp_buf_take(&b);
	}
	free(copy);
	return to;
}

/* 向X报送: X, after a word of set and before a verb that sends a thing,
 * when it names a unit; else NULL. Caller frees. */
static char *sent_toward(const char *s, enum wp_word_set set)
{
	for (const char *const *w = wp_words(set); *w; w++) {
		const char *at = wp_str_find(s, *w);
		for (const struct wp_submit_verb *verb = wp_submit_verbs; at && verb->word; verb++) {
			const char *sent = (verb->uses & WP_SUBMIT_THING) ? wp_notice_find_near(at, verb->word, 60) : NULL;
			if (!sent)
				continue;
			char *to = wp_str_sub(at + strlen(*w), (size_t)(sent - at - strlen(*w)));
			if (wp_notice_unit_like(to))
				return to;
			free(to);
		}
	}
	return NULL;
}

char *wp_notice_due_to(const char *s, const char *email)
{
	char *only_address = NULL; /* 电子版发送至x@y.cn: when no unit is named */
	const char *const *stops = wp_words(WP_WORDS_RECIPIENT_END);
	for (const struct wp_submit_verb *verb = wp_submit_verbs; verb->word; verb++) {
		if (!(verb->uses & WP_SUBMIT_TO))
			continue;
		const char *v = verb->word;
		size_t looks = 0;
		for (const char *hit = wp_str_find(s, v); hit && looks++ < MAX_TO_HITS;
		     hit = wp_str_find(hit + strlen(v), v)) {
			/* 自查报告报县科协: the 报 of 报告, 报名, 报道 … names no one */
			if (strcmp(v, "报") == 0 &&
			    wp_not_sending_at(s, hit, WP_NOT_SENT_AFTER_PUT | WP_NOT_SENT_AFTER_DATE))
				continue;
			if (strcmp(v, "交") == 0 && !wp_hands_over_at(hit))
				continue;
			char *to = wp_notice_upto(hit + strlen(v), stops);
			const char *past_to = hit + strlen(v) + strlen(to); /* before 至 is cut from to */
			/* 报送至市局, 提交方案至市局办公室: to whom, after 至/到/给 */
			for (const char *const *w = wp_words(WP_WORDS_SEND_TO); *w; w++) {
				const char *at = wp_str_find(to, *w);
				if (at) {
					memmove(to, at + strlen(*w), strlen(at + strlen(*w)) + 1);
					break;
				}
			}
			/* 发至街道志愿服务工作群: a work group in a chat is where it goes */
			size_t group_len;
			const char *group = wp_word_find(to, WP_WORDS_CHAT_GROUP, &group_len);
			bool chat = group && group[group_len] == '\0';
			if (!wp_notice_unit_like(to) && !wp_str_ends(to, "中心") && !wp_str_ends(to, "科") && !chat) {
				/* 发送至学生处邮箱x@y.cn: whose mailbox, as written */
				const char *box = wp_str_find(to, "邮箱");
				if (box && box > to && strchr(box, '@')) {
					free(only_address);
					return to;
				}
				/* 报街道安委办邮箱（x@y）: the unit's mailbox, labelled */
				const char *after = past_to, *close = wp_str_find(after, "）");
				char *box_addr = box && box > to && strcmp(box, "邮箱") == 0 && wp_str_starts(after, "（") &&
							 close && memchr(after, '@', (size_t)(close - after)) ? address_in(after) : NULL;
				if (box_addr) {
					wp_buf b = WP_BUF_INIT;
					wp_buf_printf(&b, "%.*s（邮箱：%s）", (int)(box - to), to, box_addr);
					free(box_addr);
					free(to);
					free(only_address);
					return wp_buf_take(&b);
				}
				free(to);
				/* 报送至邮箱zscq@example.cn: the address written there,
				 * unless another verb names a unit to go with it */
				char *addr = address_in(hit);
				if (addr) {
					if (only_address)
						free(addr);
					else
						only_address = addr;
					continue;
				}
				/* 报送总结至联系邮箱: the contacts' address, unless
				 * an address was written at an earlier 报送 (which
				 * is the one this clause's thing goes to) */
				if (wp_str_find(hit, "邮箱") && email && !only_address)
					return wp_xstrdup(email);
				continue;
			}
			const char *rest = past_to;
			char *with = with_copy(with_sent_address(wp_notice_with_address(to, rest), rest), rest);
			free(to);
			free(only_address);
			return with;
		}
	}
	/* 及时向省反诈中心报送工作动态, 每天17:00前向局资源开发股报送 */
	char *toward = only_address ? NULL : sent_toward(s, WP_WORDS_PROMPTLY_TO);
	if (!toward && !only_address)
		toward = sent_toward(s, WP_WORDS_SEND_TOWARD);
	if (toward)
		return toward;
	/* 将X报Y, 把X报Y: Y after the 报 that sends the thing put */
	for (const char *const *w = wp_words(WP_WORDS_PUT); *w; w++) {
		const char *put = wp_str_find(s, *w);
		for (const char *hit = put ? wp_str_find(put, "报") : NULL; hit;
		     hit = wp_str_find(hit + strlen("报"), "报")) {
			if (wp_not_sending_at(put, hit, WP_NOT_SENT_AFTER_PUT))
				continue;
			char *to = wp_notice_upto(hit + strlen("报"), stops);
			if (wp_notice_unit_like(to)) {
				const char *rest = hit + strlen("报") + strlen(to);
				char *with = with_sent_address(wp_notice_with_address(to, rest), rest);
				free(to);
				free(only_address);
				return with;
			}
			free(to);
			break;
		}
	}
	/* 将照片和简讯发区科协科普部: the unit after the 发 */
	const char *fa = only_address ? NULL : wp_notice_put_then_fa(s);
	if (fa)
		return wp_notice_sent_by_fa_to(fa);
	return only_address;
}

/* Within its own campaign a deadline says 宣传周 for 知识产权宣传周: what
 * takes the short name when the plan's title has the long one. Consumes
 * what; returns the (possibly new) text, caller frees. */
char *wp_notice_short_campaign_name(const struct reader *r, char *what)
{
	const char *title = json_string_value(json_object_get(r->plan, "title"));
	for (const char *const *w = wp_words(WP_WORDS_CAMPAIGN_WEEK); title && *w; w++) {
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
		bool whole = name == what;
		for (const char *const *b = wp_words(WP_WORDS_BEFORE_NAME); *b && !whole; b++)
			whole = (size_t)(name - what) >= strlen(*b) && wp_str_starts(name - strlen(*b), *b);
		/* “宪法宣传周”活动开展情况统计表: a name in quotes is quoted
		 * whole, as a form's or a campaign's proper name */
		bool quoted = wp_str_starts(name, "“");
		if (best >= 6 && whole && !quoted) {
			memmove((char *)name, in_what, strlen(in_what) + 1);
			break;
		}
	}
	return what;
}
