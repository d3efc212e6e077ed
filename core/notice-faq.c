/* notice-faq.c - a plan published as questions and answers (一问一答:
 * 问1：活动在什么时间开展？ / 答：…), with no 一、二、 sections. The outline
 * (notice-outline.c) makes each question a top heading and its answer the
 * section under it, so the readers of the period, theme, committee,
 * deadlines and contacts find them as in any notice; here the answers
 * that tell an event (what, when, where, who) become the activities,
 * numbered by their question and titled by the event the answer names. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "i18n-core.h"
#include "notice-outline.h"
#include "notice-reader.h"
#include "notice-date.h"
#include "notice-text.h"
#include "notice-words.h"
#include "text.h"

/* The text after a marker of set at para (问3：, 答：, Q1: ), its number
 * into *number (0 when it has none), or NULL. */
static const char *after_marker(const char *para, enum wp_word_set set, int *number)
{
	size_t len = wp_word_at(para, set);
	if (!len)
		return NULL;
	const char *p = para + len;
	int n = 0;
	for (int digits = 0; *p >= '0' && *p <= '9' && digits < 4; p++, digits++)
		n = n * 10 + (*p - '0');
	if (!wp_str_skip(&p, "：") && !wp_str_skip(&p, ":"))
		return NULL;
	while (*p == ' ')
		p++;
	*number = n;
	return *p ? p : NULL;
}

const char *wp_outline_faq_question(const char *para, int *number)
{
	return after_marker(para, WP_WORDS_FAQ_QUESTION, number);
}

bool wp_outline_faq_layout(const struct wp_ntext *t)
{
	size_t pairs = 0;
	int n;
	for (size_t i = 0; i + 1 < t->n; i++)
		pairs += wp_outline_faq_question(t->para[i], &n) && after_marker(t->para[i + 1], WP_WORDS_FAQ_ANSWER, &n);
	return pairs >= 2;
}

/* In a plan written as questions and answers, paragraph i as a question
 * heads a section, numbered as written (问3) or on from the one above. */
void wp_outline_faq_heading(struct wp_outline *o, size_t i, const char *para)
{
	int n;
	const char *text = wp_outline_faq_question(para, &n);
	if (!text)
		return;
	struct wp_outline_para *op = &o->para[i];
	*op = (struct wp_outline_para){.kind = WP_OUTLINE_TOP, .level = 1, .text = text,
				       .section = WP_OUTLINE_NO_SECTION};
	op->number = n ? n : o->nsec ? o->sec[o->nsec - 1].number + 1 : 1;
}

void wp_outline_faq_answers(struct wp_ntext *t)
{
	int n;
	for (size_t i = 1; i < t->n; i++) {
		const char *text = wp_outline_faq_question(t->para[i - 1], &n)
					   ? after_marker(t->para[i], WP_WORDS_FAQ_ANSWER, &n)
					   : NULL;
		/* 答：可以。6月1日…: the answer reads on as the section's prose */
		if (text)
			memmove(t->para[i], text, strlen(text) + 1);
	}
}

/* Where answer tells its event: the sentence that names the day it
 * happens on (可以。6月1日至6月5日，…开展…: the reply before it is no part
 * of it), or the answer whole when it happens 活动期间; NULL when it names
 * no such day (5月29日前将…报…: a day things are due by). */
static const char *event_sentence(const struct reader *r, const char *answer)
{
	wp_ndate d;
	bool before = true;
	if (wp_nfind_date(answer, r->year, &d))
		wp_notice_deadline_end(&d, &before);
	if (before)
		return wp_nfind_during(answer) ? answer : NULL;
	const char *start = answer;
	for (const char *q = wp_str_find(answer, "。"); q && q < d.at; q = wp_str_find(q, "。")) {
		q += strlen("。");
		if (q <= d.at)
			start = q;
	}
	return start;
}

/* The event told from *told on (its title, caller frees), or NULL: an
 * event it names, a day it happens on or the campaign's span, and a unit
 * that leads it. The answers on the theme, the period, the committee,
 * what to report and whom to call tell none. */
static char *event_told(struct reader *r, const char *answer, const char **told)
{
	*told = event_sentence(r, answer);
	char *title = *told ? wp_notice_event_named(*told) : NULL;
	if (!title)
		return NULL;
	json_t *lead, *coop;
	wp_notice_read_units(r, *told, &lead, &coop);
	bool led = json_array_size(lead) > 0;
	json_decref(lead);
	json_decref(coop);
	if (!led) {
		free(title);
		return NULL;
	}
	return title;
}

size_t wp_notice_read_faq_activities(struct reader *r)
{
	const struct wp_outline *o = &r->outline;
	size_t count = 0;
	for (size_t k = 0; o->faq && k < o->nsec && wp_notice_step(r, 1); k++) {
		wp_buf answer = WP_BUF_INIT;
		for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n; i++)
			wp_buf_printf(&answer, "%s%s", answer.len ? "\n" : "", r->t.para[i]);
		const char *told;
		char *title = event_told(r, wp_buf_str(&answer), &told);
		char no[16];
		snprintf(no, sizeof no, "%d", o->sec[k].number);
		bool fits = !title || wp_notice_add_item(r, no, o->sec[k].heading, o->sec[k].last);
		if (title && fits) {
			wp_buf heading = WP_BUF_INIT;
			wp_buf_printf(&heading, "%s。", title);
			wp_notice_read_item(r, no, wp_buf_str(&heading), told, NULL);
			wp_buf_free(&heading);
			count++;
		}
		free(title);
		wp_buf_free(&answer);
		if (!fits)
			break;
	}
	if (count)
		wp_notice_note(r, WP_TR("a plan written as questions and answers: the activities are the answers "
					"that tell an event, numbered by their question"));
	return count;
}
