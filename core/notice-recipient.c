/* notice-recipient.c - to whom a deadline's thing goes: the unit after
 * the verb that sends it (报送至Y, 将X报Y, 发至Y), with the address or the
 * office in brackets after it (区市场监管局（邮箱：…）, 政教处（行政楼201
 * 室）), a copy sent elsewhere (抄送Z), or the address alone. What is due
 * and who owes it are in notice-submit.c. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* 报县普法办（县司法局普法与依法治理股）, 交政教处（行政楼201室）: a
 * bracket right after the unit that names the office it sits in, or its
 * room, is part of where the thing goes. NULL if text opens with none. */

/* The bytes of a kind of mailbox written before 邮箱 (工作邮箱, 电子邮箱)
 * that ends to..box; 0 if none. */
static size_t mailbox_kind_len(const char *to, const char *box)
{
	for (const char *const *k = wp_words(WP_WORDS_MAILBOX_KIND); *k; k++)
		if (box - to > (ptrdiff_t)strlen(*k) && wp_str_ends_at(to, box, *k))
			return strlen(*k);
	return 0;
}

/* Does the address follow box's 邮箱 right away (邮箱x@y.cn, no label's
 * colon)? */
static bool unlabelled_address(const char *box)
{
	unsigned char c = (unsigned char)box[strlen("邮箱")];
	return c < 0x80 && (isalnum(c) || c == '_');
}

/* 学生处邮箱x@y.cn (box: its 邮箱): the unit's mailbox as 学生处（邮箱：
 * x@y.cn）, or NULL when no address follows or no unit is before it.
 * Caller frees. */
static char *mailbox_of(const char *to, const char *box)
{
	char *addr = wp_notice_address_in(box);
	size_t unit_len = (size_t)(box - to) - mailbox_kind_len(to, box);
	char *unit = wp_str_sub(to, unit_len);
	char *out = NULL;
	if (addr && wp_notice_unit_like(unit)) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s（邮箱：%s）", unit, addr);
		out = wp_buf_take(&b);
	}
	free(unit);
	free(addr);
	return out;
}

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

/* "unit（address）" when text starts with a bracket holding an e-mail
 * address (区市场监管局（QQ邮箱：303724480@qq.com）); else a copy of unit. */
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
	char *mailbox = sends ? wp_notice_address_in(text) : NULL;
	if (mailbox) {
		char *to = wp_notice_with_mailbox(unit, mailbox);
		free(mailbox);
		return to;
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

char *wp_notice_with_mailbox(const char *unit, const char *addr)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s（邮箱：%s）", unit, addr);
	return wp_buf_take(&b);
}

char *wp_notice_address_in(const char *s)
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
	/* …，邮箱hyx@163.com: the address straight after the word */
	size_t box = !to ? wp_word_at(label, WP_WORDS_MAILBOX) : 0;
	if (box && ((label[box] >= 'a' && label[box] <= 'z') || (label[box] >= 'A' && label[box] <= 'Z') ||
		    (label[box] >= '0' && label[box] <= '9')))
		to = label;
	char *addr = to && (!end || to < end) && !strchr(with, '@') ? wp_notice_address_in(to) : NULL;
	if (!addr || (end && wp_str_find(to, addr) > end)) {
		free(addr);
		return with;
	}
	char *mailed = wp_notice_with_mailbox(with, addr);
	free(addr);
	free(with);
	return mailed;
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

/* 专班办公室汇总后报县局: does the clause from p to hit say its unit
 * gathers what the others sent, before passing it on? */
static bool gathered_before(const char *p, const char *hit)
{
	char *clause = wp_str_sub(p, (size_t)(hit - p));
	size_t len;
	bool gathered = wp_word_find(clause, WP_WORDS_RELAY_GATHER, &len) != NULL;
	free(clause);
	return gathered;
}

/* Does the clause that holds hit (of s) open with a relay (，由Y汇总报送Z)
 * or say its unit gathers first (，Y汇总后报Z)?
 * Looked for at most 60 characters back: a clause is short, and a
 * sentence may be long. */
static bool relayed_at(const char *s, const char *hit)
{
	static const char *const marks[] = {"，", "；", "：", NULL};
	const char *p = hit;
	for (int k = 0; k < 60 && p > s; k++) {
		const char *prev = p - 1;
		while (prev > s && ((unsigned char)*prev & 0xc0) == 0x80)
			prev--;
		if (wp_str_span_of(prev, marks))
			return wp_word_at(p, WP_WORDS_RELAY) > 0 || gathered_before(p, hit);
		p = prev;
	}
	return false;
}

static char *due_to(const char *s, const char *email, bool skip_relay);

char *wp_notice_due_to(const char *s, const char *email)
{
	/* 报乡宣传办，由乡宣传办统一汇总报送县委…: the recipient is the
	 * one the doers send to; the one it passes the thing on to only when
	 * the sentence names no other */
	char *to = due_to(s, email, true);
	return to ? to : due_to(s, email, false);
}

static char *due_to(const char *s, const char *email, bool skip_relay)
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
			/* 将本周工作周报报X: of 报报 the first ends the thing's word */
			if (strcmp(v, "报") == 0 && wp_str_starts(hit + strlen("报"), "报"))
				continue;
			if (strcmp(v, "交") == 0 && !wp_hands_over_at(hit))
				continue;
			if (skip_relay && relayed_at(s, hit))
				continue;
			char *to = wp_notice_upto(hit + strlen(v), stops);
			const char *past_to = hit + strlen(v) + strlen(to); /* before 至 is cut from to */
			/* 报送当日信息（文字简讯及图片）至局知识产权科: the thing's
			 * bracket stands between it and the 至 of whom it goes to */
			const char *shut = wp_str_starts(past_to, "（") ? wp_notice_find_near(past_to, "）", 120) : NULL;
			if (shut && wp_word_at(shut + strlen("）"), WP_WORDS_SEND_TO)) {
				free(to);
				to = wp_notice_upto(shut + strlen("）"), stops);
				past_to = shut + strlen("）") + strlen(to);
			}
			/* 报送至市局, 提交方案至市局办公室: to whom, after 至/到/给 */
			bool handed = false; /* 报给唐国华: a person takes it in hand */
			for (const char *const *w = wp_words(WP_WORDS_SEND_TO); *w; w++) {
				const char *at = wp_str_find(to, *w);
				/* 报送活动图片3至5张至县局: past a count's range */
				while (at && wp_str_joins_digits(to, at, strlen(*w)))
					at = wp_str_find(at + strlen(*w), *w);
				if (at) {
					handed = at == to && wp_word_is(*w, WP_WORDS_HAND_TO);
					memmove(to, at + strlen(*w), strlen(at + strlen(*w)) + 1);
					break;
				}
			}
			/* 发至街道志愿服务工作群: a work group in a chat is where it goes */
			size_t group_len;
			const char *group = wp_word_find(to, WP_WORDS_CHAT_GROUP, &group_len);
			bool chat = group && group[group_len] == '\0';
			/* 交语文组李红梅老师, 报王老师: a teacher by title takes it */
			bool teacher = (wp_word_ends(to, WP_WORDS_PERSON_TITLE) && wp_text_width(to) <= 24) ||
				       (handed && wp_notice_bare_name(to));
			if (!wp_notice_unit_like(to) && !wp_str_ends(to, "中心") && !wp_str_ends(to, "科") && !chat &&
			    !teacher) {
				/* 发送至学生处邮箱x@y.cn, 区残联宣文科工作邮箱x@y.cn:
				 * the unit's mailbox, written as a labelled one is,
				 * 学生处（邮箱：x@y.cn） */
				const char *box = wp_str_find(to, "邮箱");
				char *box_of = box && box > to && strchr(box, '@') && unlabelled_address(box) ? mailbox_of(to, box)
													  : NULL;
				if (box_of) {
					free(to);
					free(only_address);
					return box_of;
				}
				if (box && box > to && strchr(box, '@')) { /* 局安全办邮箱：x@y: as written */
					free(only_address);
					return to;
				}
				/* 报街道安委办邮箱（x@y）: the unit's mailbox, labelled */
				const char *after = past_to, *close = wp_str_find(after, "）");
				char *box_addr = box && box > to && strcmp(box, "邮箱") == 0 && wp_str_starts(after, "（") &&
							 close && memchr(after, '@', (size_t)(close - after)) ? wp_notice_address_in(after) : NULL;
				if (box_addr) {
					wp_buf b = WP_BUF_INIT;
					wp_buf_printf(&b, "%.*s（邮箱：%s）", (int)(box - to - mailbox_kind_len(to, box)), to,
						      box_addr);
					free(box_addr);
					free(to);
					free(only_address);
					return wp_buf_take(&b);
				}
				free(to);
				/* 报送至邮箱zscq@example.cn: the address written there,
				 * unless another verb names a unit to go with it */
				char *addr = wp_notice_address_in(hit);
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
	if (!toward)
		toward = sent_toward(s, WP_WORDS_SEND_TOWARD);
	/* 向X报送推荐作品（邮箱：x@y）: the address after the thing is X's */
	if (toward && only_address) {
		char *mailed = wp_notice_with_mailbox(toward, only_address);
		free(toward);
		free(only_address);
		return mailed;
	}
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

