/* notice-countdown.c - a plan written as a countdown (倒排工期): it names
 * its main day D日 once (定于9月19日举行，以下称“D日”) and labels every
 * step by the days before or after it, D-10 … D日 … D+5, some with the
 * calendar date in brackets (D-7（9月12日，星期六）), some not (the date
 * is then D日 counted by calendar days). Each labelled entry that tells
 * an event is an activity numbered by its label as written; an entry that
 * only asks for a submission is a deadline (notice-submit.c reads it).
 * The labels' words are in notice-words-time.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* A countdown label at p (D日, D-7, D+1): its day offset into *offset;
 * its length, 0 if p opens none. */
size_t wp_notice_countdown_label(const char *p, int *offset)
{
	size_t len = wp_word_at(p, WP_WORDS_COUNTDOWN_DAY);
	if (len) {
		*offset = 0;
		return len;
	}
	size_t letter = wp_word_at(p, WP_WORDS_COUNTDOWN_LETTER);
	if (!letter)
		return 0;
	size_t before = wp_word_at(p + letter, WP_WORDS_COUNTDOWN_BEFORE);
	size_t after = before ? 0 : wp_word_at(p + letter, WP_WORDS_COUNTDOWN_AFTER);
	const char *q = p + letter + before + after;
	int n = 0, digits = 0;
	for (; *q >= '0' && *q <= '9' && digits < 3; q++, digits++)
		n = n * 10 + (*q - '0');
	if ((!before && !after) || !digits || (*q >= '0' && *q <= '9'))
		return 0;
	*offset = before ? -n : n;
	return (size_t)(q - p);
}

/* 定于9月19日（星期六）举行，以下称“D日”: the date of the last day
 * written before the countdown day's word in the sentence that names
 * it; WP_DATE_NONE if the notice gives none so. */
static wp_date defined_day(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		size_t len;
		const char *word = wp_word_find(r->t.para[i], WP_WORDS_COUNTDOWN_DAY, &len);
		if (!word)
			continue;
		const char *sentence = r->t.para[i];
		for (const char *q = wp_str_find(sentence, "。"); q && q < word; q = wp_str_find(q, "。"))
			sentence = q += strlen("。");
		wp_date day = WP_DATE_NONE;
		wp_ndate d;
		for (const char *p = sentence; p < word && wp_nfind_date(p, r->year, &d) && d.at < word;
		     p = d.at + d.len)
			day = d.start == d.end ? d.start : WP_DATE_NONE;
		if (day != WP_DATE_NONE)
			return day;
	}
	return WP_DATE_NONE;
}

/* One entry of the countdown: its label, the date its bracket gives (or
 * WP_DATE_NONE) and where what it tells opens. */
struct entry {
	size_t label, labelled; /* D-7, D-7（9月12日，星期六） */
	int offset;
	wp_date written;
	const char *body;
};

/* Is paragraph p an entry: a label, a bracket after it (with a date, or
 * a remark: D+1（调休工作日）), then a space and what it tells? */
static bool entry_at(const char *p, int year, struct entry *e)
{
	if (!(e->label = wp_notice_countdown_label(p, &e->offset)))
		return false;
	const char *q = p + e->label;
	e->written = WP_DATE_NONE;
	if (wp_str_starts(q, "（")) {
		const char *close = wp_str_find(q, "）");
		if (!close || close - q > 60)
			return false;
		wp_ndate d;
		if (wp_nfind_date(q, year, &d) && d.at < close && d.start == d.end)
			e->written = d.start;
		q = close + strlen("）");
	}
	e->labelled = (size_t)(q - p);
	const char *spaced = q;
	while (wp_str_skip(&q, "　") || wp_str_skip(&q, " "))
		;
	e->body = q;
	return q != spaced && *q;
}

/* The day of the countdown: as the notice defines it, else as the first
 * entry whose bracket dates its label gives it. */
static wp_date countdown_day(struct reader *r)
{
	wp_date day = defined_day(r);
	struct entry e;
	for (size_t i = 0; i < r->t.n && day == WP_DATE_NONE && wp_notice_step(r, 1); i++)
		if (entry_at(r->t.para[i], r->year, &e) && e.written != WP_DATE_NONE)
			day = e.written - e.offset;
	return day;
}

wp_date wp_notice_countdown_day(struct reader *r)
{
	struct entry e;
	size_t entries = 0;
	for (size_t i = 0; i < r->t.n && entries < 2 && wp_notice_step(r, 1); i++)
		entries += entry_at(r->t.para[i], r->year, &e);
	return entries >= 2 ? countdown_day(r) : WP_DATE_NONE;
}

/* The date of an entry: its bracket's, else the day counted. */
static wp_date entry_date(const struct entry *e, wp_date day)
{
	return e->written != WP_DATE_NONE ? e->written : day + e->offset;
}

/* 至D-1结束: the last day of a run told in body, a range mark before a
 * label; start if none. */
static wp_date run_end(const char *body, wp_date day, wp_date start)
{
	for (const char *p = body; *p; p += wp_str_char_len(p)) {
		size_t mark = wp_word_at(p, WP_WORDS_RANGE_MARK);
		int offset;
		if (mark && wp_notice_countdown_label(p + mark, &offset) && day + offset > start)
			return day + offset;
	}
	return start;
}

/* A when line (时间：…) for the item reader: the dates an entry stands
 * for, written as the reader reads dates. */
static void when_line(wp_buf *b, wp_date start, wp_date end)
{
	int y, m, d, y2, m2, d2;
	wp_date_to_ymd(start, &y, &m, &d);
	wp_date_to_ymd(end, &y2, &m2, &d2);
	wp_buf_printf(b, "\n时间：%d年%d月%d日", y, m, d);
	if (end != start)
		wp_buf_printf(b, "至%d年%d月%d日", y2, m2, d2);
}

/* Does an entry say who leads it (由X牵头)? One that does not only asks
 * for something (报送…至镇科协): a deadline. */
static bool says_who_leads(const char *body)
{
	size_t len;
	for (const char *by = wp_str_find(body, "由"); by; by = wp_str_find(by + strlen("由"), "由")) {
		const char *verb = wp_word_find(by, WP_WORDS_LEAD_VERB, &len);
		const char *stop = wp_str_find(by, "。");
		if (verb && (!stop || verb < stop))
			return true;
	}
	return false;
}

size_t wp_notice_read_countdown(struct reader *r)
{
	struct entry e;
	wp_date day = wp_notice_countdown_day(r);
	if (day == WP_DATE_NONE)
		return 0;
	size_t count = 0;
	for (size_t i = 0; i < r->t.n && i < r->outline.annex && wp_notice_step(r, 1); i++) {
		if (!entry_at(r->t.para[i], r->year, &e) || !says_who_leads(e.body))
			continue; /* 报送…至镇科协 alone: a deadline, no activity */
		char no[32];
		snprintf(no, sizeof no, "%.*s", (int)e.label, r->t.para[i]);
		if (!wp_notice_add_item(r, no, i, i))
			break;
		wp_date start = entry_date(&e, day);
		wp_buf when = WP_BUF_INIT;
		when_line(&when, start, run_end(e.body, day, start));
		/* the entry's first clause names the step (启动X巡展，…) */
		static const char *const clause_end[] = {"，", "。", "；", NULL};
		char *title = wp_notice_upto(e.body, clause_end);
		const char *after = e.body + strlen(title);
		wp_buf heading = WP_BUF_INIT;
		wp_buf_printf(&heading, "%s。%s", title, *after ? after + wp_str_char_len(after) : "");
		wp_notice_read_item(r, no, wp_buf_str(&heading), wp_buf_str(&when) + 1, NULL);
		wp_buf_free(&heading);
		wp_buf_free(&when);
		free(title);
		count++;
	}
	if (count)
		wp_notice_note(r, WP_TR("the activities are the entries of a countdown (倒排工期), each numbered by its "
					"label (D-7, D日, D+1) and dated from D日"));
	return count;
}

char *wp_notice_countdown_as_sentence(const struct reader *r, wp_date day, const char *p, char **label)
{
	struct entry e;
	if (day == WP_DATE_NONE || !entry_at(p, r->year, &e))
		return NULL;
	int y, m, d;
	wp_date_to_ymd(entry_date(&e, day), &y, &m, &d);
	/* each sentence that sends something (报送…至镇科协, and 同日，…报送)
	 * is due by the entry's day; the rest tells no deadline */
	wp_buf b = WP_BUF_INIT;
	for (const char *s = e.body; *s;) {
		const char *end = wp_str_find(s, "。");
		size_t len = end ? (size_t)(end - s) + strlen("。") : strlen(s), verb;
		char *sentence = wp_str_sub(s, len);
		const char *own = sentence + wp_word_at(sentence, WP_WORDS_COUNTDOWN_SAME_DAY);
		if (wp_submit_find(sentence, WP_SUBMIT_SIGN, &verb))
			wp_buf_printf(&b, "于%d年%d月%d日前，%s", y, m, d, own);
		free(sentence);
		s += len;
	}
	*label = wp_str_sub(p, e.labelled);
	return wp_buf_take(&b);
}

void wp_notice_countdown_rules(json_t *deadlines, size_t from, char *label)
{
	/* the entry's label as written is the rule (D-10（9月9日，星期三）),
	 * not the date the sentence was read with */
	for (size_t k = from; label && k < json_array_size(deadlines); k++)
		json_object_set_new(json_array_get(deadlines, k), "rule", json_string(label));
	free(label);
}
