/* notice-submit.c - what a deadline asks for and who owes it: 报送X /
 * 将X…报Y, the units a sentence opens with. To whom it goes is in
 * notice-recipient.c; the verbs that send and the dates that mark a
 * deadline are in notice-sending.c. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* Is the 形成 (填写) at m in clause the clause's own verb: nothing before
 * it, who makes it (各乡镇, 请各单位), or what it follows (汇总, 认真总结
 * 后)? Not one inside a phrase (在形成工作合力的基础上). */
static bool made_by_subject(const char *clause, const char *m)
{
	if (m == clause)
		return true;
	char *before = wp_str_sub(clause, (size_t)(m - clause));
	const char *who = before;
	wp_str_skip(&who, "请");
	bool subject = wp_word_ends(before, WP_WORDS_MADE_AFTER) || wp_notice_unit_like(who);
	free(before);
	return subject;
}

/* 检查结果于10月10日前报市局X: the thing named first, as the topic of
 * its clause, then its date and a 报 right after it. NULL if the clause
 * opens with a unit (that is who sends) or is not of this kind. Caller
 * frees. */
static char *topic_sent(const char *s)
{
	wp_ndate d;
	wp_nrelative rel;
	bool before = true;
	const char *after = NULL, *at;
	/* 每村不少于5人，参训名单请于6月9日前报X: the 于 a date follows */
	for (at = wp_str_find(s, "于"); at; at = wp_str_find(at + strlen("于"), "于")) {
		if (wp_nfind_date_at(at + strlen("于"), 2000, &d)) {
			after = wp_notice_deadline_end(&d, &before);
			break;
		}
		if (wp_nfind_relative(at + strlen("于"), false, &rel) && rel.from == at + strlen("于")) {
			after = rel.to; /* 《统计表》于活动结束后5个工作日内报X */
			break;
		}
	}
	if (!after)
		return NULL;
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
	const char *from = s, *clause_before = NULL;
	for (const char *c = wp_str_find(s, "，"); c && c < at; c = wp_str_find(c + strlen("，"), "，"))
		clause_before = from, from = c + strlen("，");
	/* 形成书面总结（含图片），于12月9日前报区普法办: the clause that is only
	 * 于… sends what the clause before it made (whoever made it) */
	if (from == at && clause_before) {
		/* 政教处汇总后形成学校活动总结，于…前报Y: the maker first */
		char *clause = wp_str_sub(clause_before, (size_t)(at - strlen("，") - clause_before));
		size_t made;
		const char *m = wp_word_find(clause, WP_WORDS_MADE_THEN_SENT, &made);
		char *made_thing = m && m[made] && made_by_subject(clause, m) ? wp_xstrdup(m + made) : NULL;
		free(clause);
		if (made_thing)
			return made_thing;
	}
	/* 说明：请于6月3日前报县食安办 (a form's footnote): the note's label
	 * names no thing */
	from += wp_word_at(from, WP_WORDS_NOTE_LABEL);
	/* 请于…报, 各单位要于…报: a request or a subject, not a thing */
	char *raw = wp_str_sub(from, (size_t)(at - from)),
	     *thing = wp_str_trim_end(raw, wp_words(WP_WORDS_REQUEST));
	free(raw);
	/* 制定X，并于…前报Y: a clause that is only 并 names no thing (X,
	 * made in the clause before, is sent) */
	/* 选手名单请各班主任于…前报X: the thing before the 请 that asks who */
	char *ask = (char *)wp_str_find(thing, "请");
	if (ask && ask > thing) {
		char *asked = wp_str_sub(ask + strlen("请"), strlen(ask + strlen("请")));
		bool units = wp_notice_units_like(asked);
		free(asked);
		if (units)
			*ask = '\0';
	}
	/* 各县（市、区）优秀宣传案例推荐材料请于…: who sends opens the clause
	 * (a group named with its bracket), the thing follows */
	char *senders = wp_str_starts(thing, "各") ? wp_notice_units_opening(thing) : NULL;
	if (senders && wp_str_ends(senders, "）") && strlen(senders) < strlen(thing))
		memmove(thing, thing + strlen(senders), strlen(thing + strlen(senders)) + 1);
	free(senders);
	bool only_request = wp_word_at(thing, WP_WORDS_REQUEST) == strlen(thing);
	/* 《2026年国际档案日宣传周活动情况统计表》（附件4）: a form's name in
	 * 《》 is one thing however long */
	int widest = wp_str_starts(thing, "《") ? 80 : 40;
	if (only_request || wp_str_find(thing, "请") || wp_notice_unit_like(thing) || wp_text_width(thing) > widest) {
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

/* The 将 (or 把) that puts the thing sent: the first one whose clause
 * reaches a sending verb before a ，, else the first one (各单位要将X作为
 * Y的重要抓手，于5月8日前将本单位活动安排报Z: the second 将 puts the
 * thing; the first makes X something). */
static const char *put_before_verb(const char *s)
{
	const char *first = NULL;
	for (const char *p = s; (p = wp_str_find(p, "将")) != NULL; p += strlen("将")) {
		if (!first)
			first = p;
		size_t len;
		const char *verb = wp_submit_find(p, WP_SUBMIT_PUT, &len);
		const char *comma = wp_str_find(p, "，");
		if (verb && (!comma || verb < comma))
			return p;
	}
	if (first || wp_str_find(s, "把"))
		return first ? first : wp_str_find(s, "把");
	/* 形成全区活动情况报告报Y: what is made is the thing sent; the
	 * caller takes it after the word's last character */
	size_t made_len, len;
	const char *made = wp_word_find(s, WP_WORDS_MADE_THEN_SENT, &made_len);
	const char *verb = made ? wp_submit_find(made + made_len, WP_SUBMIT_PUT, &len) : NULL;
	const char *comma = made ? wp_str_find(made, "，") : NULL;
	if (!verb || (comma && comma < verb))
		return NULL;
	const char *last = made + made_len;
	do
		last--;
	while (last > made && (*last & 0xC0) == 0x80);
	return last;
}

/* 报送X / 将X…报 / X于…前报: what is due. */
/* The thing sent from s up to a stop outside brackets; a 至 or 到
 * between digits (1至2件案例, 图片3到5张) counts things, no recipient
 * follows it. Caller frees. */
static char *thing_upto(const char *s, const char *const *stops)
{
	const char *const *ranges = wp_words(WP_WORDS_COUNT_RANGE);
	wp_buf b = WP_BUF_INIT;
	const char *p = s;
	for (;;) {
		char *part = wp_notice_upto_outside(p, stops);
		const char *stop = p + strlen(part);
		wp_buf_puts(&b, part);
		free(part);
		size_t len = 0;
		for (const char *const *w = ranges; *w && !len; w++)
			if (wp_str_starts(stop, *w) &&
			    (wp_str_joins_digits(s, stop, strlen(*w)) ||
			     wp_str_ends_at(s, stop, wp_words(WP_WORDS_CUTOFF_AFTER)[0])))
				len = strlen(*w); /* 1至2件; 截止到4月30日 (cut at the cutoff after) */
		if (!len)
			break;
		wp_buf_append(&b, stop, len);
		p = stop + len;
	}
	return wp_buf_take(&b);
}

/* 报送典型案例的截止时间为4月28日: the thing sent ends at the words
 * that give its last day. 活动信息报送截止日期：4月27日: with nothing
 * left after the verb, the thing is the clause's words before it. obj
 * (freed here) ends at sent, the end of the verb in s; caller frees the
 * result. */
static char *cut_at_cutoff(const char *s, const char *sent, char *obj)
{
	size_t len;
	char *cut = (char *)wp_word_find(obj, WP_WORDS_CUTOFF, &len);
	if (!cut)
		return obj;
	*cut = '\0';
	static const char *const of[] = {"的", NULL};
	char *thing = wp_str_trim_end(obj, of);
	free(obj);
	if (*thing)
		return thing;
	free(thing);
	const struct wp_submit_verb *v = wp_submit_verbs;
	while (v->word && !wp_str_ends_at(s, sent, v->word))
		v++;
	if (!v->word)
		return NULL;
	const char *verb = sent - strlen(v->word), *from = s;
	for (const char *c = wp_str_find(s, "，"); c && c < verb; c = wp_str_find(c + strlen("，"), "，"))
		from = c + strlen("，");
	char *raw = wp_str_sub(from, (size_t)(verb - from));
	thing = wp_str_trim_end(raw, wp_words(WP_WORDS_REQUEST));
	free(raw);
	if (*thing && wp_text_width(thing) <= 40 && !wp_notice_units_like(thing))
		return thing;
	free(thing);
	return NULL;
}


/* Cuts a channel the thing is sent by from its end (活动总结通过法院内网
 * 邮件 -> 活动总结): 通过 and a way of sending after it. */
static void cut_channel(char *obj)
{
	char *via = obj ? (char *)wp_str_find(obj, "通过") : NULL;
	if (!via || via == obj)
		return;
	for (const char *const *w = wp_words(WP_WORDS_CHANNEL_END); *w; w++)
		if (wp_str_ends(via, *w)) {
			*via = '\0';
			return;
		}
}

/* 4月21日前各报1个典型案例: a bare 报 right after the day's 前 (each of
 * the doers, 各, between), the thing after it, not a unit it goes to (as
 * in 4月21日前报县科协). Caller frees; NULL if none. */
static char *thing_after_bare_bao(const char *s, const char *const *stops)
{
	const char *const *each = wp_words(WP_WORDS_EACH_DOER);
	int looks = 0;
	for (const char *hit = wp_str_find(s, "前"); hit && looks++ < 8; hit = wp_str_find(hit + 1, "前")) {
		const char *p = hit + strlen("前");
		p += wp_str_span_of(p, each);
		if (!wp_str_starts(p, "报") ||
		    wp_not_sending_at(s, p, WP_NOT_SENT_AFTER_PUT | WP_NOT_SENT_AFTER_DATE | WP_NOT_SENT_BARE))
			continue;
		/* 前报县人民政府办公室备案: whom it goes to, no thing */
		char *to = wp_notice_upto(p + strlen("报"), wp_words(WP_WORDS_RECIPIENT_END));
		bool unit = wp_notice_unit_like(to);
		free(to);
		char *thing = unit ? NULL : thing_upto(p + strlen("报"), stops);
		if (thing && *thing && wp_text_width(thing) <= 60 && !wp_notice_unit_like(thing))
			return thing;
		free(thing);
	}
	return NULL;
}

/* 于5月5日前汇总形成全区工作总结，报送市市场监管局: a recipient after the
 * verb (sent, just past it), the thing made in the clause right before
 * the verb's ，: that thing (caller frees), or NULL. */
static char *made_then_sent(const char *s, const char *sent)
{
	static const char *const clause_end[] = {"，", "。", "；", NULL};
	char *to = wp_notice_upto(sent, clause_end);
	bool recipient = *to && wp_text_width(to) <= 40 && wp_notice_unit_like(to);
	free(to);
	if (!recipient)
		return NULL;
	/* the clause before the verb's: between the last two ， before it */
	const char *clause = s, *comma = NULL;
	for (const char *c = wp_str_find(s, "，"); c && c < sent; c = wp_str_find(c + strlen("，"), "，")) {
		if (comma)
			clause = comma + strlen("，");
		comma = c;
	}
	/* 形成X，报送Y: the verb right after the ， */
	if (!comma || sent - (comma + strlen("，")) > (ptrdiff_t)strlen("报送"))
		return NULL;
	char *before = wp_str_sub(clause, (size_t)(comma - clause));
	size_t len = 0;
	const char *made = wp_word_find(before, WP_WORDS_MAKE_THING, &len);
	char *thing = made && made[len] ? wp_xstrdup(made + len) : NULL;
	free(before);
	return thing;
}

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
	const char *put = put_before_verb(s);
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
		/* a 报 of another word (将竞赛报名回执报…, 将自查报告报…,
		 * 将项目申报表报…) sends nothing: the thing goes on past it */
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
			if (!wp_str_starts(stop, "报") || !wp_not_sending_at(from, stop, WP_NOT_SENT_AFTER_PUT))
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
		/* 将活动总结通过法院内网邮件发送至…: nor is the channel */
		cut_channel(obj);
		wp_buf_free(&b);
	}
	/* 短视频作品于8月14日前报送县融媒体中心: the thing named first, as the
	 * topic of its clause; what follows the verb is then to whom. So too
	 * with a bare 报 (参加讲座的学生名单请于4月14日前报党委宣传部): the
	 * 参加 inside the thing's name attends nothing */
	else if ((obj = topic_sent(s)))
		;
	else if (sent && !(obj = made_then_sent(s, sent)))
		/* 报送宣传月工作总结（含图片3至5张）: the bracket is part of what is
		 * sent, as the plan writes it */
		obj = cut_at_cutoff(s, sent, thing_upto(sent, send_stops));
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
				obj = thing_upto(wp_str_find(s, *give) + strlen(*give), send_stops);
			}
	}
	/* 发送至Y after X请于…前: nothing follows the verb, the thing came first */
	if ((!obj || !*obj) && !attended) {
		free(obj);
		obj = topic_sent(s);
	}
	if ((!obj || !*obj) && !attended) {
		free(obj);
		obj = thing_after_bare_bao(s, send_stops);
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

/* The clause from..comma as who owes what follows, when it names units
 * (a request word at its end cut), or NULL. Caller frees. */
static char *subject_before_comma(const char *from, const char *comma)
{
	/* 请各乡镇、各成员单位于…: the request is no part of who */
	wp_str_skip(&from, "请");
	/* 会同县公安局制定…预案，于…前报…: those joined are no subject, the
	 * subject is left unsaid */
	if (wp_word_at(from, WP_WORDS_JOIN))
		return NULL;
	char *clause = wp_str_sub(from, (size_t)(comma - from));
	char *subject = wp_str_trim_end(clause, wp_words(WP_WORDS_REQUEST));
	free(clause);
	if (*subject && wp_notice_units_like(subject) && wp_text_width(subject) <= 60)
		return subject;
	free(subject);
	return NULL;
}

/* 各单位要明确专人负责，各区水务局于5月8日前将…报…: the clause that holds
 * the deadline (于<date>) opens with its own units, or NULL. Caller
 * frees. */
static char *deadline_clause_subject(const char *s)
{
	const char *at = NULL;
	wp_ndate d;
	int looks = 0; /* the first few 于 of a sentence: each look is short */
	/* 于5月8日前, and 于每月25日前 (a recurring day) */
	for (const char *hit = wp_str_find(s, "于"); hit && !at && looks++ < 8; hit = wp_str_find(hit + 1, "于"))
		if (wp_nfind_date_at(hit + strlen("于"), 2000, &d) || wp_word_at(hit + strlen("于"), WP_WORDS_RECURRING))
			at = hit;
	if (!at)
		return NULL;
	const char *from = s, *before = s;
	for (const char *c = wp_str_find(s, "，"); c && c < at; c = wp_str_find(c + strlen("，"), "，"))
		before = from, from = c + strlen("，");
	/* 需要参加县成果展的企业，于9月25日前将…: a ， right before the 于, and
	 * who owes it is the clause before that */
	if (from == at && from != s)
		return subject_before_comma(before, from - strlen("，"));
	/* 选手名单请各班主任于4月21日前报王老师: the thing, then whom 请 asks */
	const char *ask = wp_str_find(from, "请");
	if (ask && ask > from && ask < at) {
		char *asked = subject_before_comma(ask, at);
		if (asked)
			return asked;
	}
	if (from == s)
		return NULL; /* the sentence's own subject: read as before */
	/* 各村（社区）请于9月16日前…: the request after who is asked */
	return subject_before_comma(from, at);
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

/* 集中开展阶段，…: does the clause before at end with a stage's name? */
static bool stage_ends(const char *s, const char *at)
{
	for (const char *const *w = wp_words(WP_WORDS_STAGE_NAME); *w; w++)
		if (wp_str_ends_at(s, at, *w))
			return true;
	return false;
}

/* The units (two characters at least: not the 区 of 区应急管理局) the
 * clause at from opens with before 要 (须, 应), appended to who; false
 * when it does not so open. */
static bool modal_units_at(const char *from, json_t *who)
{
	size_t len;
	/* 各负责部门要…: the 负责 inside a name of units by their role is no
	 * modal */
	const char *name = from;
	const struct wp_field_label *l;
	if (wp_str_skip(&name, "各") && (l = wp_field_label_at(name, &len)) &&
	    (l->field == WP_FIELD_LEAD || l->field == WP_FIELD_COOP))
		name += len;
	else
		name = from;
	const char *modal = wp_word_find_near(name, WP_WORDS_SUBJECT_MODAL, 60, &len);
	const char *comma = wp_str_find(from, "，");
	if (!modal || modal == from || (comma && comma < modal))
		return false;
	char *units = wp_str_sub(from, (size_t)(modal - from));
	bool ok = wp_notice_units_like(units) && wp_text_width(units) >= 4 && wp_text_width(units) <= 30;
	if (ok)
		wp_notice_split_units(units, who);
	free(units);
	return ok;
}

/* 县卫健局成立…领导小组，各单位要…，于4月17日前报…: the units a later
 * clause opens with before 要 owe what the sentence asks, when its own
 * subject is none; the first. So do those of the opening clause when the
 * deadline's clause asks without a subject (各单位要按时报送材料，请于…
 * 前将…报…). */
static void modal_clause_units(const char *s, json_t *who)
{
	if (modal_units_at(s, who))
		return;
	for (const char *c = wp_str_find(s, "，"); c; c = wp_str_find(c + strlen("，"), "，"))
		if (modal_units_at(c + strlen("，"), who))
			return;
}

/* The opening of s up to the first of stops, as who: a name of units by
 * their role in the plan (各负责部门, 各协作部门: 各 and a unit field's
 * label) is whole though a stop (负责) is in it; so 各负责部门将…报…
 * is owed by 各负责部门, not by 各. Caller frees. */
/* 各所4月21日前报…, 各所下周一（4月21日）前…: who ends where the day they
 * owe it by starts (who, cut there, returned) */
static char *before_day(char *who)
{
	wp_ndate d;
	if (wp_nfind_date(who, 2000, &d) && d.at > who)
		who[d.at - who] = '\0';
	return who;
}

static char *who_upto(const char *s, const char *const *stops)
{
	/* 各负责单位, 各学院、各负责单位: a group named by its role, whose
	 * 负责 ends no one; each such label is passed over */
	const char *p = s;
	for (int k = 0; k < 8; k++) {
		char *rest = wp_notice_upto(p, stops);
		const char *stop = p + strlen(rest);
		free(rest);
		size_t len;
		const struct wp_field_label *l = wp_str_ends_at(s, stop, "各") ? wp_field_label_at(stop, &len) : NULL;
		if (!l || (l->field != WP_FIELD_LEAD && l->field != WP_FIELD_COOP))
			return before_day(wp_str_sub(s, (size_t)(stop - s)));
		p = stop + len;
	}
	return before_day(wp_notice_upto(s, stops));
}

/* Who submits: the units the sentence starts with, or those its
 * deadline's own clause opens with. */
/* 参训人员由各村（社区）负责通知到位: those a clause is about (p up to
 * its 由 at by, no unit, nothing put to be sent) and the unit 由 names
 * answering for them (负责): that unit sends. Not 各单位将由主要负责人签字
 * 的总结…报X (由 inside the thing put) nor 活动由X组织实施 (X runs it). */
static bool sender_by_you(const char *p, const char *by, const char *const *stops)
{
	char *about = wp_str_sub(p, (size_t)(by - p));
	bool people = !wp_str_find(about, "，") && !wp_str_find(about, "将") && !wp_str_find(about, "把") &&
		      !wp_notice_unit_like(about);
	free(about);
	if (!people)
		return false;
	const char *unit = by + strlen("由");
	char *named = who_upto(unit, stops);
	bool answers = *named && wp_notice_unit_like(named) && wp_str_starts(unit + strlen(named), "负责");
	free(named);
	return answers;
}

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
	const char *after_comma = comma ? comma + strlen("，") : NULL;
	/* 9月11日（星期五）前　　各单位将…报…: a list of dates and duties sets
	 * the date apart by a wide gap (U+3000s) where prose writes a ， */
	static const char wide[] = "\xe3\x80\x80";
	const char *gap = wp_str_find(s, wide);
	if (gap && gap > s && (!comma || gap < comma)) {
		comma = after_comma = gap;
		while (wp_str_skip(&after_comma, wide))
			;
	}
	wp_ndate d;
	bool dated = comma && wp_nfind_date(s, 2000, &d) && d.at == s && d.at + d.len == comma;
	/* 宣传周结束后，… / 活动结束后3个工作日内，… / 自6月起，…: a clause of when */
	/* 集中开展阶段，各乡镇…: a stage is a when too */
	bool when = comma && !wp_str_starts(s, "请") && (wp_str_ends_at(s, comma, "后") || wp_str_ends_at(s, comma, "内") ||
		    wp_str_ends_at(s, comma, "期间") || wp_str_ends_at(s, comma, "前") || that_day_ends(s, comma) ||
		    wp_str_ends_at(s, comma, "起") || stage_ends(s, comma));
	if (when) { /* 各村（居）要在11月5日前，…: the clause opens with who */
		char *opening = who_upto(s, stops);
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
	/* 宣传月期间，实行周报制度，请各乡镇于每周五…前…: a sentence that
	 * opens with no one asks them in its 请 clause */
	if (wp_word_at(p, WP_WORDS_JOIN))
		return who; /* 会同X制定…: the subject is left unsaid */
	const char *request = wp_str_find(p, "，请");
	if (request) {
		char *opening = wp_notice_upto(p, stops);
		if (!wp_notice_unit_like(opening))
			p = request + strlen("，");
		free(opening);
	}
	wp_str_skip(&p, "请");
	/* 由各区、县（市）档案局（馆）负责，…并将活动安排…报X: whom 由 names
	 * is who sends */
	wp_str_skip(&p, "由");
	/* 参训人员由各村（社区）负责通知到位，…名单请于…前报X: those the
	 * sentence is about come first; whom 由 names sends */
	const char *by = wp_notice_find_near(p, "由", 24);
	if (by && by > p && sender_by_you(p, by, stops))
		p = by + strlen("由");
	char *subject = who_upto(p, stops);
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
	/* 各设区市市场监督管理局、杨凌示范区市场监督管理局、韩城市市场监督管理局
	 * 于…前: a list of units is as wide as its names make it; each name
	 * is bounded, the list by a few of them */
	size_t width = wp_text_width(subject);
	if (*subject && !whole &&
	    ((wp_notice_unit_like(subject) && width <= 60) ||
	     (wp_str_find(subject, "、") && wp_notice_units_like(subject) && width <= 160)))
		wp_notice_split_units(subject, who);
	/* 各县（市、区）优秀案例推荐材料请于…: the units the clause opens with,
	 * a group named with its bracket (not 各部门对本单位…, 各市局从…), in
	 * a sentence of one clause (各村（社区）信息员…，镇综治办…，并…于…报…:
	 * a later clause's due is another's) */
	char *opening = json_array_size(who) == 0 && !whole && wp_str_starts(subject, "各") && !wp_str_find(s, "，")
				? wp_notice_units_opening(subject)
				: NULL;
	if (opening && wp_str_ends(opening, "）") && strlen(opening) < strlen(subject))
		wp_notice_split_units(opening, who);
	free(opening);
	free(subject);
	if (json_array_size(who) == 0)
		modal_clause_units(s, who);
	return who;
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
