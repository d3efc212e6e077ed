/* notice-line-signs.c - the signs on a line, at its start or its end,
 * that tell the joiner (notice-lines.c) where a paragraph starts or goes
 * on: a sentence or a field label ending the text, a heading, an annex, a
 * lone number, a label or a block's opening word starting the line, a
 * colon near its start. Apart from the joiner: these look at a line or at
 * the text's end alone, each look counted in the joiner's work, and know
 * nothing of the paragraph being built. See notice-line.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "notice-date.h"
#include "notice-heading.h"
#include "notice-line.h"
#include "notice-text.h"
#include "notice-words.h"

/* Does the text s[0..len) end a sentence? (len is known: a paragraph being
 * built is asked this at every line, so it must not be measured again;
 * the bytes compared are counted, so a look that went back further would
 * show.) */
bool wp_nline_ends_pictograph(const char *s, size_t len, wp_nline_work *work)
{
	/* back over a variation selector (✔️ is ✔ U+FE0F), then one code point */
	static const char vs16[] = "\xef\xb8\x8f";
	wp_nline_step(work, 8);
	bool emoji_form = len >= 3 && memcmp(s + len - 3, vs16, 3) == 0;
	if (emoji_form)
		len -= 3;
	size_t start = len;
	while (start > 0 && len - start < 4 && ((unsigned char)s[start - 1] & 0xC0) == 0x80)
		start--;
	if (start == 0)
		return false;
	start--;
	ucs4_t uc;
	if (u8_mbtouc(&uc, (const uint8_t *)s + start, len - start) != (int)(len - start))
		return false;
	/* an emoji; an arrow or a sign (→ ★ ✔) only in its emoji form: a
	 * plain one may stand mid-sentence where a wrap cut it (填表→ | 盖章) */
	return (uc >= 0x1F000 && uc <= 0x1FAFF) || (emoji_form && uc >= 0x2190 && uc <= 0x2BFF);
}

bool wp_nline_ends_sentence(const char *s, size_t len, wp_nline_work *work)
{
	static const char *const ends[] = {"。", "；", "：", "！", "？", "）", "”", "」", ":", ";", "."};
	for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
		size_t n = strlen(ends[i]);
		wp_nline_step(work, n);
		if (len >= n && memcmp(s + len - n, ends[i], n) == 0)
			return true;
	}
	return wp_nline_ends_pictograph(s, len, work);
}

/* The contact labels a label line may end with (电子邮箱：), colon and all. */
static const enum wp_word_set contact_labels[] = {WP_WORDS_CONTACT_NAME, WP_WORDS_CONTACT_PHONE,
						  WP_WORDS_CONTACT_MAIL};

/* Bytes of the longest label wp_nline_ends_label knows: no label starts further
 * back from the colon than that. */
static size_t longest_label(wp_nline_work *work)
{
	size_t longest = 0;
	for (const struct wp_field_label *l = wp_field_labels; l->name && wp_nline_step(work, 1); l++)
		if (strlen(l->name) > longest)
			longest = strlen(l->name);
	for (size_t i = 0; i < sizeof contact_labels / sizeof *contact_labels; i++)
		for (const char *const *w = wp_words(contact_labels[i]); *w && wp_nline_step(work, 1); w++)
			if (strlen(*w) > longest)
				longest = strlen(*w);
	return longest;
}

/* Does s[0..len) end with a field label and its colon (…；地点：, 配合单
 * 位：)? The label's value was cut off to the next line, whatever the
 * colon says about clauses. The label starts after the last ，；。（ (or
 * at the start: …政策法规处（联系人： | 李聪，电话…）). s is the paragraph
 * being built, asked at each of its lines: it is searched back from the
 * colon no further than the longest label, never from its start; each
 * byte it steps back over is a step. */
bool wp_nline_ends_label(const char *s, size_t len, wp_nline_work *work)
{
	static const char colon[] = "：";
	static const char *const before[] = {"，", "；", "。", "（"};
	size_t n = strlen(colon);
	wp_nline_step(work, n);
	if (len < n || memcmp(s + len - n, colon, n) != 0)
		return false;
	size_t longest = longest_label(work), start = len - n;
	while (start > 0 && wp_nline_step(work, 1)) {
		bool after_mark = false;
		for (size_t i = 0; i < sizeof before / sizeof *before; i++)
			after_mark = after_mark || wp_str_ends_at(s, s + start, before[i]);
		if (after_mark)
			break;
		if (len - n - start >= longest)
			return false; /* longer than any label */
		start--;
	}
	/* the label copied, then looked up in the tables */
	wp_nline_step(work, len - n - start + 1 + sizeof contact_labels / sizeof *contact_labels);
	char *label = wp_str_sub(s + start, len - n - start);
	bool is = wp_field_label_is(label) != NULL;
	free(label);
	/* a contact's (…报县道安办（电子邮箱： | htxdab@163.com）) */
	for (size_t i = 0; i < sizeof contact_labels / sizeof *contact_labels && !is; i++)
		is = wp_word_is(s + start, contact_labels[i]);
	return is;
}

/* 序号=3；活动名称=…: a spreadsheet's row exported as key=value pairs
 * opens with its number or its name; a later pair (协办单位=) opens a
 * line only because a copy wrapped the row there. */
static bool opens_export_row(const char *s, wp_nline_work *work)
{
	size_t len;
	wp_nline_step(work, 1);
	const struct wp_field_label *l = wp_field_label_at(s, &len);
	return l && s[len] == '=' && (l->field == WP_FIELD_NO || l->field == WP_FIELD_NAME);
}

/* Does the line open with a field label or a committee's and its colon
 * (活动内容：, 配合单位：, 成员：, or an export's 序号=)? Such a line starts a block of its own,
 * whatever the line before it. Two look-ups in the tables. */
static bool opens_label(const char *s, wp_nline_work *work)
{
	size_t len;
	wp_nline_step(work, 2);
	if (wp_field_label_at(s, &len) && wp_str_starts(s + len, "："))
		return true;
	if (opens_export_row(s, work))
		return true;
	/* 牵头：街道党建工作办公室: the roles' short labels open a line too */
	if (wp_word_at(s, WP_WORDS_SHORT_LEAD_LABEL) || wp_word_at(s, WP_WORDS_SHORT_COOP_LABEL))
		return true;
	return wp_committee_label_at(s, &len) != WP_COMMITTEE_NONE && wp_str_starts(s + len, "：");
}

/* A number alone on its line: a table's cell laid out a line each. */
static bool lone_number(const char *s, wp_nline_work *work)
{
	size_t digits = strspn(s, "0123456789");
	wp_nline_step(work, digits + 1);
	return digits > 0 && digits <= 3 && !s[digits];
}

/* A line of a work group's thread that is no sentence's part: a
 * message's header (11月30日 16:05　发送人：…), the marker of the replies
 * (—— 以下为群内回复 ——), the rule parting messages (——————). The thread's
 * reader (notice-revision.c) finds them each on a paragraph of its own. */
static bool thread_line(const char *s, wp_nline_work *work)
{
	static const char *const dashes[] = {"—", "-", "─", "━", NULL};
	size_t len, n = wp_str_span_of(s, dashes);
	wp_nline_step(work, n + 1);
	if (n > 0 && (s[n] == '\0' || wp_word_at(s + n + wp_str_span_of(s + n, (const char *const[]){" ", "　", NULL}),
						  WP_WORDS_THREAD_REPLIES)))
		return true;
	wp_nline_step(work, 48);
	return wp_word_find_near(s, WP_WORDS_THREAD_SENDER, 48, &len) != NULL;
}

/* A line that opens a block by its structure: a heading, an annex, a
 * lone number (a table row laid out a cell per line), a thread's own
 * line, an item numbered by its section (1.2 组建报告团, in a copy cut
 * to a width), any of them behind a post's pictograph (👉 2. X). Four
 * look-ups at the line's start. */
/* s past the pictographs a post sets before a heading (👉 2. 消防救援站
 * 开放日, ➡️ 2. X: wp_uc_pictograph's, a few at most) and the spaces
 * after. */
#define PICTOGRAPHS_MAX 4
static const char *past_pictograph(const char *s, wp_nline_work *work)
{
	ucs4_t uc;
	int len;
	for (int k = 0; k < PICTOGRAPHS_MAX && (len = u8_strmbtouc(&uc, (const uint8_t *)s)) > 0 &&
			wp_uc_pictograph(uc);
	     k++)
		s += len;
	wp_nline_step(work, PICTOGRAPHS_MAX);
	for (int gap = 0; gap < PICTOGRAPHS_MAX && (*s == ' ' || wp_str_starts(s, "\xe3\x80\x80")); gap++)
		s += *s == ' ' ? 1 : 3;
	return s;
}

bool wp_nline_starts_structure(const char *s, wp_nline_work *work)
{
	int n;
	if (lone_number(s, work) || thread_line(s, work))
		return true;
	s = past_pictograph(s, work);
	wp_nline_step(work, 4);
	int num[WP_HEADING_DECIMAL_DEPTH], depth;
	bool dotted;
	const char *after;
	/* ①4月13日…，配合：镇司法所 | ②4月14日…: a circled number opens an
	 * entry of its own, the line above ending in no mark or not */
	return wp_heading_top(s, &n) || wp_heading_item(s, &n) || wp_str_starts(s, "附件") ||
	       wp_heading_sectioned(s, num, &depth, &dotted) || wp_heading_circled(s, &after) > 0;
}

/* Is there a ： among the first bytes of s (a label's, 牵头单位：), or
 * after a field label with a note (责任处室（单位）：)? */
bool wp_nline_colon_near(const char *s, wp_nline_work *work)
{
	if (opens_export_row(s, work))
		return true; /* 序号=5；…: its = stands for the label's ： */
	for (size_t i = 0; i < 18 && s[i] && wp_nline_step(work, 1); i++)
		if (wp_str_starts(s + i, "："))
			return true;
	size_t len;
	wp_nline_step(work, 1);
	return wp_field_label_at(s, &len) && wp_str_starts(s + len, "：");
}

/* A line that opens a block: by its structure, or by the word of a label
 * line (联系人, 时间, 牵头单位 ...). */
bool wp_nline_starts_block(const char *s, wp_nline_work *work)
{
	wp_nline_step(work, 1); /* the look-up of a block's opening word */
	return wp_nline_starts_structure(s, work) || wp_word_at(s, WP_WORDS_BLOCK_OPENER) || opens_label(s, work);
}

/* 6月8日（周一）上午8点半 镇农贸市场门口 宣传周启动…。: a line of a message
 * to a work group, a day first, then fields apart by spaces (two gaps at
 * least) before the first sentence's end. Looks at the first bytes only. */
#define EVENT_LINE_HEAD 160
bool wp_nline_spaced_event(const char *s, wp_nline_work *work)
{
	wp_ndate d;
	wp_nline_step(work, 16);
	/* 6月下旬 入户发放…: a part of a month is a day enough */
	if (!wp_nis_digit(*s) || !((wp_nfind_date_at(s, 2000, &d) || wp_nfind_dekad(s, 2000, &d)) && d.at == s))
		return false;
	int gaps = 0, depth = 0;
	bool in_gap = false;
	for (size_t i = d.len; s[i] && i < EVENT_LINE_HEAD && wp_nline_step(work, 1); i += wp_str_char_len(s + i)) {
		/* 6月20日（周六，端午假期）8:30 …: a comma in a bracket ends nothing */
		depth += wp_str_starts(s + i, "（") ? 1 : wp_str_starts(s + i, "）") && depth > 0 ? -1 : 0;
		if (depth == 0 && (wp_str_starts(s + i, "。") || wp_str_starts(s + i, "，")))
			break;
		bool space = s[i] == ' ' || wp_str_starts(s + i, "\xe3\x80\x80");
		if (space && !in_gap)
			gaps++;
		in_gap = space;
	}
	return gaps >= 2 && !in_gap;
}

/* 副组长：委宣传处处长  林晓雯 under 组  长：…  陈国梁: a line that opens with a
 * short label (a few characters, then ：) starts a field of its own, never
 * the rest of a cell of the line above, however far it is indented. */
bool wp_nline_label_first(const char *p, wp_nline_work *work)
{
	for (int chars = 0; *p && chars <= 8 && wp_nline_step(work, 1); chars++) {
		if (wp_str_starts(p, "：") || *p == ':')
			return chars > 0;
		if ((unsigned char)*p < 0x80 || wp_str_starts(p, "\xe3\x80\x80"))
			return false; /* 14:30: a time, not a label */
		p += wp_str_char_len(p);
	}
	return false;
}
