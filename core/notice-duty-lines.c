/* notice-duty-lines.c - lines that stand for a deadline's sentence
 * without being written as one: a time-node list's line labelled by its
 * rule (9月11日前：X将方案报Y), a form in the list of annexes with its day
 * in brackets (附件：1．回执（请于…前反馈至X）). Each is rewritten as the
 * sentence it stands for, which notice-duties.c then reads as any. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* 9月11日前：各县国动办将方案报市国动办 / 活动结束后5个工作日内：…: a
 * time-node list, whose lines open with the rule (or the days) as their
 * label. Read as the sentence it stands for, the label as its opening
 * clause (the ： a ，); NULL when p opens with no such label. Caller
 * frees. */
static char *rule_label_as_clause(const char *p, int year)
{
	const char *colon = wp_str_find(p, "：");
	if (!colon || colon == p || wp_text_width(p) - wp_text_width(colon) > 30)
		return NULL;
	wp_ndate d;
	wp_nrelative rel;
	bool before;
	char *label = wp_str_sub(p, (size_t)(colon - p));
	/* 9月14日至9月20日：…每天下午5时前…: the days a recurring one runs */
	bool rule = (wp_nfind_date_at(p, year, &d) && wp_notice_deadline_end(&d, &before) == colon) ||
		    (wp_nfind_relative(label, false, &rel) && rel.from == label && !*rel.to);
	free(label);
	if (!rule)
		return NULL;
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%.*s，%s", (int)(colon - p), p, colon + strlen("："));
	return wp_buf_take(&b);
}

/* Is paragraph i a line of the list of annexes: 附件：1．X, or the 2．Y
 * lines under it? */
static bool annex_list_line(const struct reader *r, size_t i, const char **entry)
{
	int number;
	const char *p = r->t.para[i];
	if (r->outline.para[i].kind == WP_OUTLINE_ANNEX) {
		wp_str_skip(&p, "附件");
		while (*p >= '0' && *p <= '9')
			p++;
		if (!wp_str_skip(&p, "：") && !wp_str_skip(&p, ":"))
			return false;
		while (*p >= '0' && *p <= '9')
			p++; /* 1．X: the first entry's number */
		if (p > r->t.para[i] && p[-1] >= '0' && p[-1] <= '9' && !wp_str_skip(&p, "．") &&
		    !wp_str_skip(&p, "、") && !wp_str_skip(&p, "."))
			return false;
		*entry = p;
		return true;
	}
	/* 2．Y: an entry as long as those above it are, back to the 附件： */
	for (size_t j = i; j > 0 && i - j < 20; j--) {
		const char *text = wp_outline_item(&r->outline, j, &number);
		if (!text)
			return false;
		if (j == i)
			*entry = text;
		if (r->outline.para[j - 1].kind == WP_OUTLINE_ANNEX)
			return true;
	}
	return false;
}

/* 附件：1．活动参与回执（请于5月26日下班前反馈至健康教育科）: a form in
 * the list of annexes, the day it is due in brackets after its name. Read
 * as the sentence it stands for, the form put before the verb (请于…前将
 * 活动参与回执反馈至…); NULL when paragraph i is no such entry. Caller
 * frees. */
static char *annex_entry_as_sentence(const struct reader *r, size_t i)
{
	const char *entry = NULL;
	if (!annex_list_line(r, i, &entry) || !wp_str_ends(entry, "）"))
		return NULL;
	const char *open = NULL; /* the bracket the entry ends with, at depth 0 */
	int depth = 0;
	for (const char *p = entry; *p; p += wp_str_char_len(p)) {
		if (wp_str_starts(p, "（") && depth++ == 0)
			open = p;
		else if (wp_str_starts(p, "）") && depth > 0)
			depth--;
	}
	if (!open || depth != 0)
		return NULL;
	wp_ndate d;
	wp_nrelative rel;
	size_t len;
	const char *aside = open + strlen("（");
	const char *verb = wp_submit_find(aside, WP_SUBMIT_PUT, &len);
	/* （活动结束后5个工作日内报送）: a rule counted from an end is a
	 * day as much as a date is */
	bool dated = wp_nfind_date(aside, r->year, &d) || (wp_nfind_relative(aside, false, &rel) && rel.from == aside);
	if (open == entry || !dated || !verb || wp_str_find(aside, "将"))
		return NULL;
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%.*s将%.*s%.*s", (int)(verb - aside), aside, (int)(open - entry), entry,
		      (int)(strlen(verb) - strlen("）")), verb);
	return wp_buf_take(&b);
}

char *wp_notice_line_as_sentence(const struct reader *r, size_t i, const char *p)
{
	char *clause = rule_label_as_clause(p, r->year);
	return clause ? clause : annex_entry_as_sentence(r, i);
}
