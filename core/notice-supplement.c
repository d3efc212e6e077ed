/*
 * notice-supplement.c - an amending notice that sends along the plan it
 * amends.
 *
 * 关于调整…部分活动安排的补充通知 / 一、原方案第3项…时间由A调整为B / 三、取消原方案
 * 第（八）项 / 四、增加X，作为原方案…第（十一）项 / 时间：… / 五、…联系人调整为Y /
 * 附：《X方案》（…12号） / … / X方案 / 一、指导思想 …: the plan in the annex is
 * the plan read; the notice's own paragraphs above it change it. A value
 * changed is read as a forwarder's note's is (notice-revision.c); here an
 * item cancelled goes, with what it asked for, an item added comes in
 * under the number it is given, and a contact replaced gives the new
 * name to the old one's numbers.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* How far into the text the amending notice's title is looked for. */
#define HEAD_PARAGRAPHS 8
/* Attachment lines looked at, and how many characters a label before
 * the plan's name may take (附：, 附件1：). */
#define ATTACHMENT_LINES 3
#define ATTACHMENT_LABEL_BYTES 16

/* Is p a line of a title (no sentence, no label: 现将有关事项补充通知如下：
 * in the body is none)? */
static bool title_line(const char *p)
{
	return !wp_str_find(p, "，") && !wp_str_find(p, "。") && !wp_str_find(p, "：") && !wp_str_find(p, ":");
}

/* Does the text open with an amending notice's title (…的补充通知, 关于调整
 * 《X方案》部分活动安排的补充通知)? Whether it amends the plan it sends is
 * asked of its paragraphs (amends). */
static bool amending_title(const struct reader *r)
{
	/* a fixed few paragraphs: no steps counted (the outline's one a
	 * paragraph stays so for every other notice) */
	for (size_t i = 0; i < r->t.n && i < HEAD_PARAGRAPHS; i++) {
		const char *p = r->t.para[i];
		size_t len;
		if (title_line(p) && wp_word_find(p, WP_WORDS_AMENDING_TITLE, &len))
			return true;
	}
	return false;
}

/* Do the paragraphs before `to` speak of the plan as the one amended
 * (原方案第3项…, 原方案其他内容不变)? An issuing notice (关于调整优化…
 * 的通知, 附件：《X方案》) does not. */
static bool amends(struct reader *r, size_t to)
{
	size_t len;
	for (size_t i = 0; i < to && wp_notice_step(r, 1); i++)
		if (wp_word_find(r->t.para[i], WP_WORDS_ORIGINAL_PLAN, &len))
			return true;
	return false;
}

/* Does name end as a plan's does (方案, 计划, 安排), not a form's? */
static bool plan_named(const char *name)
{
	for (const char *const *k = wp_words(WP_WORDS_PLAN_KIND); *k; k++)
		if (wp_str_ends(name, *k))
			return true;
	return false;
}

/* What an attachment line at p (附：, 附件1：) gives after its label, or
 * NULL when p is none. */
static const char *attachment_value(const char *p)
{
	if (!wp_str_starts(p, "附"))
		return NULL;
	const char *colon = wp_notice_find_near(p, "：", ATTACHMENT_LABEL_BYTES);
	if (!colon)
		return NULL;
	const char *value = colon + strlen("：");
	while (wp_str_skip(&value, " ") || wp_str_skip(&value, "　"))
		;
	return value;
}

/* The plan's name (a copy, 《》 gone) an attachment line at p names (附：
 * 《X方案》（…12号）), or NULL. */
static char *attached_name(const char *p)
{
	const char *open = attachment_value(p);
	if (!open || !wp_str_skip(&open, "《"))
		return NULL;
	const char *close = strstr(open, "》");
	return close && close > open ? wp_str_sub(open, (size_t)(close - open)) : NULL;
}

/* Is paragraph j (or j with the next, a title wrapped) the title name?
 * Or does it end with it after a space (…印发 附 X方案: lines a copy off a
 * web page ran on)? */
static bool titled(const struct reader *r, size_t j, const char *name)
{
	const char *p = r->t.para[j];
	size_t n = strlen(p), len = strlen(name);
	if (n > len && strcmp(p + n - len, name) == 0 && p[n - len - 1] == ' ')
		return true;
	char *t = wp_str_nospace(p);
	/* X方案（…〔2026〕12号）: its number after it */
	bool same = strcmp(t, name) == 0 || (strncmp(t, name, len) == 0 && wp_str_starts(t + len, "（") &&
					     wp_str_ends(t, "）"));
	if (!same && wp_str_starts(name, t) && *t && j + 1 < r->t.n) {
		char *next = wp_str_nospace(r->t.para[j + 1]);
		same = strcmp(name + strlen(t), next) == 0;
		free(next);
	}
	free(t);
	return same;
}

size_t wp_notice_find_annexed_plan(struct reader *r)
{
	r->plan_at = r->plan_named_at = 0;
	if (!amending_title(r))
		return 0;
	size_t seen = 0;
	for (size_t i = 0; i < r->t.n && seen < ATTACHMENT_LINES && wp_notice_step(r, 1); i++) {
		char *name = attached_name(r->t.para[i]);
		if (!name)
			continue;
		seen++;
		if (!plan_named(name)) { /* 附件1：《志愿者名单汇总表》 */
			free(name);
			continue;
		}
		char *bare = wp_str_nospace(name);
		free(name);
		for (size_t j = i + 1; j < r->t.n && wp_notice_step(r, 1); j++)
			if (titled(r, j, bare)) {
				r->plan_at = j;
				r->plan_named_at = i;
				break;
			}
		free(bare);
		if (r->plan_at)
			break;
	}
	if (r->plan_at && !amends(r, r->plan_at))
		r->plan_at = r->plan_named_at = 0;
	return r->plan_at;
}

char *wp_notice_annexed_plan_title(const struct reader *r)
{
	if (!r->plan_at)
		return NULL;
	char *name = attached_name(r->t.para[r->plan_named_at]);
	char *title = name ? wp_str_nospace(name) : NULL;
	free(name);
	return title;
}

char *wp_notice_annexed_plan_name(const struct reader *r)
{
	const char *value = r->plan_at ? attachment_value(r->t.para[r->plan_named_at]) : NULL;
	return value ? wp_xstrdup(value) : NULL;
}

/* 三、取消原方案第（八）项“消防主题文艺汇演”: the items counted after a cancel
 * word go, with what they asked for (wp_notice_drop_cancelled). */
static void cancel_items(struct reader *r, const char *s)
{
	static const char *const clause_ends[] = {"，", "。", "；", NULL};
	for (const char *p = s; *p && wp_notice_step(r, 1); p += wp_str_char_len(p)) {
		size_t len = wp_word_at(p, WP_WORDS_CANCEL_ITEM);
		if (!len)
			continue;
		/* every item the clause counts or names after the word: 第（八）
		 * 项…和第（九）项, “消防主题文艺汇演”活动 (not one a later clause
		 * names: …，相关工作并入第（七）项) */
		const char *end = p + len + wp_str_span_upto(p + len, clause_ends);
		for (const char *q = p + len; q < end && wp_notice_step(r, 1); q += wp_str_char_len(q)) {
			size_t counted = 0;
			json_t *a = wp_str_starts(q, "“") ? wp_notice_quoted_activity(r, q)
							 : wp_notice_counted_activity(r, q, &counted);
			if (a)
				json_object_set_new(a, WP_NOTICE_CANCELLED, json_true());
		}
		p = end;
		if (!*p)
			break;
	}
}

/* 作为原方案第六部分活动安排第（十一）项: the number the item added is given
 * (the last 第…项 in the clause from p), or -1. */
static int number_given(const char *p, size_t n)
{
	int given = -1;
	for (size_t k = 0; k < n; k += wp_str_char_len(p + k)) {
		const char *q = p + k;
		int number = wp_notice_ordinal_at(&q);
		if (number > 0 && wp_str_starts(q, "项"))
			given = number;
	}
	return given;
}

/* 四、增加X，作为原方案…第（十一）项。具体安排如下： over 时间：… / 地点：… lines:
 * X is an activity of that number, its lines its fields. */
static void add_item(struct reader *r, size_t i, const char *s)
{
	size_t len = wp_word_at(s, WP_WORDS_ADD_ITEM);
	if (!len)
		return;
	const char *name = s + len;
	static const char *const clause_ends[] = {"，", "。", "；", NULL};
	size_t name_len = wp_str_span_upto(name, clause_ends);
	const char *as = name + name_len + (name[name_len] ? wp_str_char_len(name + name_len) : 0);
	size_t as_len = wp_word_at(as, WP_WORDS_AS_ITEM);
	if (!name_len || !as_len)
		return;
	int given = number_given(as, wp_str_span_upto(as, clause_ends));
	if (given <= 0)
		return;
	char no[32];
	wp_cn_number_format(given, no, sizeof no);
	size_t k;
	json_t *a;
	json_array_foreach(r->activities, k, a) {
		const char *had = json_string_value(json_object_get(a, "no"));
		if (had && strcmp(had, no) == 0) {
			wp_notice_note(r, WP_TR("activity %s: an amendment adds an item under a number the plan uses; it "
						"is left out"),
				       no);
			return;
		}
	}
	size_t last = i;
	wp_buf rest = WP_BUF_INIT;
	while (last + 1 < r->plan_at && r->outline.para[last + 1].kind == WP_OUTLINE_LABEL) {
		last++;
		if (rest.len)
			wp_buf_putc(&rest, '\n');
		wp_buf_puts(&rest, r->t.para[last]);
	}
	char *title = wp_str_sub(name, name_len);
	if (wp_notice_add_item(r, no, i, last))
		wp_notice_read_item(r, no, title, wp_buf_str(&rest), NULL);
	free(title);
	wp_buf_free(&rest);
}

void wp_notice_read_supplement(struct reader *r)
{
	for (size_t i = 0; i < r->plan_at && i < r->t.n && wp_notice_step(r, 1); i++) {
		/* past its number, as the outline read it (四、, （四）) */
		const char *s = r->outline.para[i].text ? r->outline.para[i].text : r->t.para[i];
		cancel_items(r, s);
		add_item(r, i, s);
	}
}

void wp_notice_drop_cancelled(struct reader *r)
{
	for (size_t i = json_array_size(r->activities); i-- > 0 && wp_notice_step(r, 1);) {
		json_t *a = json_array_get(r->activities, i);
		if (!json_object_get(a, WP_NOTICE_CANCELLED))
			continue;
		const char *no = json_string_value(json_object_get(a, "no"));
		json_t *lists[] = {r->deadlines, r->contacts};
		for (size_t l = 0; l < 2; l++)
			for (size_t k = json_array_size(lists[l]); no && k-- > 0 && wp_notice_step(r, 1);) {
				json_t *row = json_array_get(lists[l], k);
				const char *of = json_string_value(json_object_get(row, "activity"));
				if (of && strcmp(of, no) == 0)
					json_array_remove(lists[l], k);
			}
		wp_notice_note(r, WP_TR("activity %s: cancelled by the notice that amends the plan; it is left out"),
			       no ? no : "?");
		json_array_remove(r->activities, i);
	}
}

/* Is phone a mobile's number (11 digits from 1, in groups or not)? */
static bool mobile(const char *phone)
{
	size_t digits = 0;
	for (const char *p = phone; *p; p++)
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (*p != ' ' && *p != '-')
			return false;
	return digits == 11 && phone[0] == '1';
}

/* Where s changes a contact (联系人调整为, 联系人由X调整为): the change
 * verb, its length in *len; NULL if s changes none. */
static const char *contact_change(const char *s, size_t *len)
{
	const char *change = wp_word_find(s, WP_WORDS_CONTACT_REPLACED, len);
	const char *from = change ? NULL : wp_word_find(s, WP_WORDS_CONTACT_FROM, len);
	if (from) {
		static const char *const clause_ends[] = {"，", "。", "；", NULL};
		change = wp_word_find_near(from, WP_WORDS_CHANGED_TO, wp_str_span_upto(from, clause_ends), len);
	}
	return change;
}

/* 联系人王琳同志…，联系人调整为邓雅琪，办公电话和邮箱不变，手机：159…: the rows of
 * the contacts s names before the change are the new one's now. A number
 * given after it replaces the row's number of its kind (a mobile a
 * mobile), or is a row of its own; the old one's own mobile, not
 * replaced, goes (an office's landline stays). */
static void replace_contact(struct reader *r, const char *s)
{
	size_t len;
	const char *change = contact_change(s, &len);
	if (!change)
		return;
	const char *after = change + len;
	static const char *const name_ends[] = {"，", "。", "；", "（", "同志", NULL};
	size_t name_len = wp_str_span_upto(after, name_ends);
	if (!name_len || wp_text_width_n(after, name_len) > 8)
		return;
	char *name = wp_str_sub(after, name_len);
	char *phone = wp_notice_phone_in(after + name_len);
	char *before = wp_str_sub(s, (size_t)(change - s));
	bool replaced = false, numbered = false;
	char *mail = NULL; /* the old one's: 办公电话和邮箱不变 */
	size_t i;
	json_t *c;
	for (i = json_array_size(r->contacts); i-- > 0 && wp_notice_step(r, 1);) {
		c = json_array_get(r->contacts, i);
		const char *old = json_string_value(json_object_get(c, "name"));
		if (!old || !*old || !wp_str_find(before, old))
			continue;
		json_object_set_new(c, "name", json_string(name));
		replaced = true;
		const char *email = json_string_value(json_object_get(c, "email"));
		if (email && !mail)
			mail = wp_xstrdup(email);
		const char *had = json_string_value(json_object_get(c, "phone"));
		if (phone && !numbered && had && mobile(had) == mobile(phone)) {
			json_object_set_new(c, "phone", json_string(phone));
			numbered = true;
		} else if (had && mobile(had)) {
			json_array_remove(r->contacts, i);
		}
	}
	if (replaced && phone && !numbered)
		wp_notice_add_contact_for(r, name, phone, mail, NULL);
	free(mail);
	free(before);
	free(phone);
	free(name);
}

void wp_notice_supplement_contacts(struct reader *r)
{
	for (size_t i = 0; i < r->plan_at && i < r->t.n && wp_notice_step(r, 1); i++)
		replace_contact(r, r->t.para[i]);
}
