/* notice-subject.c - who leads and who cooperates as an item's first
 * sentence says it, with no label or list to go by: X牵头，联合Y,
 * X会同Y开展, X牵头，Y配合, 市县两级X, or the sentence's subject past a
 * clause that only says when. notice-units.c asks it when nothing
 * plainer named the units. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* A subject without the auxiliary that follows it (市知识产权局将 -> 市知识
 * 产权局). Caller frees. */
static char *without_aux(const char *subject)
{
	return wp_str_trim_end(subject, wp_words(WP_WORDS_SUBJECT_AUX));
}

/* Where the clause holding pos starts (after the last ， before it). */
static const char *clause_start(const char *s, const char *pos)
{
	const char *start = s;
	for (const char *c = wp_str_find(s, "，"); c && c < pos; c = wp_str_find(c + strlen("，"), "，"))
		start = c + strlen("，");
	return start;
}

/* Past a clock at p (上午9:00, 下午3点半, 14时30分): its time of day, the
 * clock and a 半; p when there is none. */
static const char *past_day_clock(const char *p)
{
	p += wp_time_of_day_at(p, NULL);
	p = wp_notice_past_clock(p);
	wp_str_skip(&p, "半");
	return p;
}

/* "宣传周期间，X…" / "4月20日—26日，X…": where the subject starts, past a
 * leading clause that only says when. */
static const char *past_time_clause(const char *first)
{
	const char *comma = wp_str_find(first, "，");
	if (!comma)
		return first;
	char *clause = wp_str_sub(first, (size_t)(comma - first));
	wp_ndate d;
	/* 当天下午，X负责…: the day a sentence before named */
	/* 上午10:00，X走进…: a clock alone (the day in a label before it) */
	const char *clock_end = past_day_clock(clause);
	bool when = wp_nfind_date(clause, 2000, &d) || wp_nfind_dekad(clause, 2000, &d) ||
		    wp_word_at(clause, WP_WORDS_THAT_DAY) || wp_str_ends(clause, "期间") ||
		    wp_str_ends(clause, "之际") || wp_str_ends(clause, "前") || wp_str_ends(clause, "后") ||
		    (clock_end > clause && !*clock_end) ||
		    /* 结合“世界读书日”，X在…举办…: a frame before the subject */
		    wp_word_at(clause, WP_WORDS_FRAME_OPEN);
	/* 县教育局要在6月26日前，…: a subject opens the clause, not a time */
	for (const char *const *a = wp_words(WP_WORDS_SUBJECT_MODAL); *a && when; a++) {
		const char *at = wp_str_find(clause, *a);
		char *before = at ? wp_str_sub(clause, (size_t)(at - clause)) : NULL;
		when = !(before && wp_notice_unit_like(before));
		free(before);
	}
	free(clause);
	return when ? comma + strlen("，") : first;
}

/* How the notice spells the lower level's units: the first "各…X" whose
 * middle names the level (各县（市）区知识产权局 for 县 and 知识产权局) in
 * the cover letter, which addresses them, before the first heading; else
 * 各 + level + X. Caller frees. The search is bounded (the cover letter's
 * first bytes), as it may run once per item. */
static char *lower_level_spelling(struct reader *r, const char *level, const char *x)
{
	int n;
	for (size_t i = 0; i < r->t.n && !wp_heading_top(r->t.para[i], &n) && wp_notice_step(r, 1); i++)
		for (const char *hit = wp_str_find(r->t.para[i], "各");
		     hit && hit - r->t.para[i] < 2048; hit = wp_str_find(hit + strlen("各"), "各")) {
			const char *end = wp_notice_find_near(hit + strlen("各"), x, 30);
			if (!end)
				continue;
			const char *from = hit + strlen("各");
			char *middle = wp_str_sub(from, (size_t)(end - from));
			bool ok = wp_str_starts(middle, level) && !wp_str_find(middle, "，") &&
				  !wp_str_find(middle, "、") && !wp_str_find(middle, "。");
			free(middle);
			if (ok)
				return wp_str_sub(hit, (size_t)(end - hit) + strlen(x));
		}
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "各%s%s", level, x);
	return wp_buf_take(&b);
}

/* "成员单位及知识产权局市县两级" / "市县两级市场监管部门": the upper
 * level's unit (市知识产权局) leads; the lower level's units and the
 * rest of the subject cooperate. False if subject names no 两级. */
static bool two_levels(struct reader *r, const char *subject, struct units *u)
{
	const char *both = wp_str_find(subject, "两级");
	const char *pair = NULL;
	for (const char *const *p = wp_words(WP_WORDS_LEVEL_PAIR); both && *p && !pair; p++)
		if (wp_str_ends_at(subject, both, *p))
			pair = both - strlen(*p);
	if (!pair)
		return false;
	/* the pair's two levels, a character each */
	size_t upper_len = wp_str_char_len(pair);
	char *upper = wp_str_sub(pair, upper_len);
	char *lower = wp_str_sub(pair + upper_len, wp_str_char_len(pair + upper_len));
	/* X before (知识产权局市县两级) or after (市县两级市场监管部门); the
	 * units named before X are the rest of the subject */
	const char *x_start = subject;
	const char *const *seps = wp_words(WP_WORDS_SUBJECT_SEP);
	for (const char *const *sp = seps; *sp; sp++)
		for (const char *q = wp_str_find(subject, *sp); q && q < pair; q = wp_str_find(q + 1, *sp))
			if (q + strlen(*sp) > x_start && q + strlen(*sp) <= pair)
				x_start = q + strlen(*sp);
	char *x = x_start < pair ? wp_str_sub(x_start, (size_t)(pair - x_start))
				 : wp_xstrdup(both + strlen("两级"));
	if (!*x || !wp_notice_unit_like(x) || wp_str_starts(x, "各")) {
		free(x); /* 各部门市县两级: no one unit to put at each level */
		free(upper);
		free(lower);
		return false;
	}
	wp_buf up = WP_BUF_INIT;
	wp_buf_printf(&up, "%s%s", upper, x);
	json_array_append_new(u->lead, json_string(wp_buf_str(&up)));
	wp_buf_free(&up);
	if (x_start > subject) {
		char *rest = wp_str_sub(subject, (size_t)(x_start - subject));
		char *trimmed = wp_str_trim_end(rest, seps);
		if (*trimmed)
			wp_notice_split_units(trimmed, u->coop);
		free(trimmed);
		free(rest);
	}
	char *low = lower_level_spelling(r, lower, x);
	json_array_append_new(u->coop, json_string(low));
	free(low);
	free(x);
	free(upper);
	free(lower);
	return true;
}

/* 各区（县）分局梳理近年来…: the longest start of s, 24 columns at most,
 * that reads as units (the partner after 会同, before what they do);
 * s itself when it is units, or "" (caller frees). */
char *wp_notice_units_opening(const char *s)
{
	/* 护理部、医务部组成督查组: units, then what they do (the whole
	 * reads as a unit too, for its 组) */
	size_t deed_len;
	const char *deed = wp_word_find(s, WP_WORDS_DEED_AFTER_UNIT, &deed_len);
	if (deed && deed > s) {
		/* 县委组织部: the deed's word opens a unit's own name */
		size_t next = deed[deed_len] ? wp_str_char_len(deed + deed_len) : 0;
		char *word = wp_str_sub(deed, deed_len + next);
		bool in_name = next && wp_notice_unit_like(word);
		free(word);
		char *head = wp_str_sub(s, (size_t)(deed - s));
		if (!in_name && wp_notice_unit_like(head) && !wp_str_find(head, "，"))
			return head;
		free(head);
	}
	if (wp_notice_unit_like(s))
		return wp_xstrdup(s);
	size_t best = 0;
	for (const char *p = s; *p && wp_text_width_n(s, (size_t)(p - s)) <= 24;) {
		const char *last = p;
		p += wp_str_char_len(p);
		char *head = wp_str_sub(s, (size_t)(p - s));
		/* 市作家协会组|织: a name cut inside the deed after it */
		bool cuts_deed = wp_word_at(last, WP_WORDS_DEED_AFTER_UNIT) > (size_t)(p - last);
		if (!cuts_deed && wp_notice_unit_like(head) && !wp_str_find(head, "，"))
			best = (size_t)(p - s);
		free(head);
	}
	return wp_str_sub(s, best);
}

/* Units from the sentence itself: X牵头，联合Y / X会同Y开展 / X牵头，Y配合 /
 * a subject. */
void wp_notice_units_from_sentence(struct reader *r, const char *body, struct units *u)
{
	const char *const *stops = wp_words(WP_WORDS_SENTENCE_UNITS_END);
	char *first = wp_notice_first_sentence(body);
	size_t join_len = 0;
	const char *join = wp_word_find(first, WP_WORDS_JOIN, &join_len);
	const char *lead_at = wp_str_find(first, "牵头");
	if (join) {
		const char *lead_end = lead_at && lead_at < join ? lead_at : join;
		/* the lead is the last clause before 联合 / 牵头 */
		const char *lead_start = clause_start(first, lead_end);
		wp_str_skip(&lead_start, "由"); /* 由县公安局会同Y: the 由 names who does it */
		char *lead = wp_str_sub(lead_start, (size_t)(lead_end - lead_start));
		/* X要结合本地实际，会同Y: the clause before 会同 is the lead's,
		 * its subject */
		if (!*lead && lead_start > first + strlen("，")) {
			free(lead);
			char *before = wp_str_sub(first, (size_t)(lead_start - first) - strlen("，"));
			lead = wp_notice_upto(clause_start(before, before + strlen(before)), wp_words(WP_WORDS_SUBJECT_END));
			free(before);
		}
		char *upto = wp_notice_upto(join + join_len, stops), *coop = wp_notice_units_opening(upto);
		free(upto);
		/* 市知识产权局将与xx日报联合: the partner is named before 联合 */
		const char *with = wp_str_find(lead, "与");
		if (with && with > lead && (!*coop || !wp_notice_unit_like(coop) || lead_end == lead_at)) {
			char *partner = wp_xstrdup(with + strlen("与"));
			*(char *)with = '\0';
			free(coop);
			coop = partner;
		}
		char *clean = without_aux(lead);
		/* 到镇中心敬老院联合镇卫生院开展…: where, not who */
		if (wp_notice_unit_like(clean) && !wp_word_at(clean, WP_WORDS_GOES_TO)) {
			wp_notice_split_units(clean, u->lead);
			if (*coop && wp_notice_unit_like(coop))
				wp_notice_split_units(coop, u->coop);
		}
		free(clean);
		free(lead);
		free(coop);
	} else if (lead_at && lead_at > first) {
		/* X牵头，Y配合 */
		const char *lead_start = clause_start(first, lead_at);
		char *lead = wp_str_sub(lead_start, (size_t)(lead_at - lead_start));
		if (wp_notice_unit_like(lead)) {
			wp_notice_split_units(lead, u->lead);
			const char *after = lead_at + strlen("牵头");
			wp_str_skip(&after, "，");
			const char *help = wp_str_find(after, "配合");
			if (help && help > after && !wp_notice_find_near(after, "，", (size_t)(help - after))) {
				char *coop = wp_str_sub(after, (size_t)(help - after));
				if (wp_notice_unit_like(coop))
					wp_notice_split_units(coop, u->coop);
				free(coop);
			}
		}
		free(lead);
	} else {
		/* 由X、Y分别对…开展: the 由 names who does it */
		const char *from = past_time_clause(first);
		wp_str_skip(&from, "由");
		char *subject = wp_notice_upto(from, wp_words(WP_WORDS_SUBJECT_END));
		/* 地点：县图书馆: a place's line, named by a unit's name, has no
		 * subject */
		size_t label_len;
		const struct wp_field_label *label =
			wp_notice_find_near(subject, "：", 30) ? wp_field_label_at(subject, &label_len) : NULL;
		if (label && label->field != WP_FIELD_LEAD && label->field != WP_FIELD_COOP &&
		    wp_str_starts(subject + label_len, "："))
			*subject = '\0';
		/* 4月24日市场监管局组织开展…, 4月22日下午3:00召开…: a sentence
		 * that opens with its day (no comma after it) has its subject, if
		 * any, after the day and its clock */
		wp_ndate day;
		if (wp_nfind_date(subject, 2000, &day) && day.at == subject) {
			const char *after = past_day_clock(subject + day.len);
			/* (召开新闻通气会: a verb, no one, follows) */
			char *rest = wp_xstrdup(wp_word_at(after, WP_WORDS_EVENT_VERB) ? "" : after);
			free(subject);
			subject = rest;
		}
		if (two_levels(r, subject, u))
			; /* 成员单位及知识产权局市县两级 */
		else if (*subject && wp_notice_unit_like(subject) && !wp_str_find(subject, "，") &&
			 (wp_text_width(subject) <= 30 || /* 各社区居委会、辖区各生产经营单位: a list of two */
			  (wp_text_width(subject) <= 60 && wp_notice_units_like(subject))))
			wp_notice_split_units(subject, u->lead);
		free(subject);
	}
	free(first);
}
