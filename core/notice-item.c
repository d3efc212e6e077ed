/* notice-item.c - one activity item of a notice: its title (the brackets
 * of dates or roles that close a heading cut off, the event a dated
 * sentence tells), its dates and times, place, lead and cooperating
 * units; the dated sub-events and parts (一是…二是…) it holds are
 * notice-sub-events.c's. */
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


/* ---- activities ------------------------------------------------------------------ */

/* The first sentence of s (up to 。, or the end). Caller frees. */
char *wp_notice_first_sentence(const char *s)
{
	static const char *const stops[] = {"。", "\n", NULL};
	return wp_notice_upto(s, stops);
}

/* 即日起至4月30日: from the notice's issue (else the campaign's start)
 * to that day, not that day alone. */
static void from_now_on(struct reader *r, const char *text, const wp_ndate *d, json_t *a)
{
	const char *now = wp_str_find(text, "即日起");
	if (!now || now > d->at || d->start != d->end)
		return;
	const char *between = now + strlen("即日起");
	size_t mark = wp_word_at(between, WP_WORDS_RANGE_MARK); /* 即日起～4月30日 too */
	if (!mark || between + mark != d->at)
		return;
	wp_date start = r->start;
	const char *issued = json_string_value(json_object_get(r->plan, "issued_on"));
	wp_err err;
	if (issued)
		wp_date_parse(issued, &start, &err);
	if (start != WP_DATE_NONE && start <= d->start)
		wp_notice_set_dates(a, start, d->start);
}

/* 4月15日起至宣传周结束: from that day to the campaign's last. */
static void until_the_end(struct reader *r, const wp_ndate *d, json_t *a)
{
	const char *p = d->at + d->len;
	if (d->start != d->end || r->end == WP_DATE_NONE || r->end < d->start ||
	    !(wp_str_skip(&p, "起至") || wp_str_skip(&p, "起到") || wp_str_skip(&p, "至")))
		return;
	const char *end = wp_notice_find_near(p, "结束", 18);
	/* 至活动结束后一周: a time after the end, not the end */
	if (!end || wp_str_starts(end + strlen("结束"), "后"))
		return;
	char *named = wp_str_sub(p, (size_t)(end - p));
	size_t len;
	bool campaign = wp_word_find(named, WP_WORDS_CAMPAIGN_WORD, &len) != NULL;
	free(named);
	if (campaign)
		wp_notice_set_dates(a, d->start, r->end);
}

/* 总结提升（4月28日—4月30日）, 农业科技下乡服务（9月中旬）: a title closed
 * by its dates in brackets, a day or a part of a month, is the name before
 * them (the item reads the dates from its line). */
static void drop_date_brackets(char *title, int year)
{
	char *open = NULL;
	/* wp_str_find, not strstr: under ASan strstr measures the whole rest
	 * at each call, and a title may be a whole paragraph */
	for (char *q = (char *)wp_str_find(title, "（"); q; q = (char *)wp_str_find(q + strlen("（"), "（"))
		open = q;
	if (!open || open == title || !wp_str_ends(title, "）"))
		return;
	const char *inside = open + strlen("（");
	wp_ndate d;
	bool day = wp_nfind_date(inside, year, &d) && d.at == inside && strcmp(d.at + d.len, "）") == 0;
	bool dekad = !day && wp_nfind_dekad(inside, year, &d) && d.at == inside && strcmp(d.at + d.len, "）") == 0;
	if (day || dekad)
		*open = '\0';
}

/* The event an item's first sentence tells when it opens with the date
 * (11月9日上午9点，在X举办Y；11月上旬，各社区…开展一次Y), not with a name:
 * Y, or NULL. Caller frees. */
static bool opens_with_when(const char *sentence, int year, const char **after)
{
	wp_ndate d;
	if ((wp_nfind_date(sentence, year, &d) || wp_nfind_dekad(sentence, year, &d)) && d.at == sentence) {
		*after = d.at + d.len;
		return true;
	}
	/* 当天下午3:00，在X举办Y: the day of the event told before */
	size_t that_day = wp_word_at(sentence, WP_WORDS_THAT_DAY);
	if (that_day) {
		*after = sentence + that_day;
		return true;
	}
	/* 宣传月期间，… */
	const char *comma = wp_str_find(sentence, "，");
	char *head = comma ? wp_str_sub(sentence, (size_t)(comma - sentence)) : NULL;
	bool during = head && wp_text_width(head) <= 12 && wp_nfind_during(head);
	free(head);
	*after = comma;
	return during;
}

/* Does the item's first sentence open with its when and go on to tell
 * it (11月9日上午9点，在X举办Y)? *event is then Y, if a verb names it
 * (caller frees), else NULL. */
static bool tells_event(const char *sentence, int year, char **event)
{
	const char *after;
	*event = NULL;
	if (!opens_with_when(sentence, year, &after) || !wp_str_find(sentence, "，"))
		return false;
	*event = wp_notice_event_named(after);
	if (!*event)
		*event = wp_notice_event_as_subject(after);
	if (!*event)
		*event = wp_notice_event_attended(after);
	return true;
}

/* （四）“税务开放日”活动（牵头：市局办公室；配合：各县（市、区）税务局）:
 * a bracket closing the heading that opens with a unit's role label holds
 * the item's units, not its title: cut from title and returned (caller
 * frees), or NULL. */
static char *cut_role_bracket(char *title)
{
	/* the （ that the last ） closes, brackets inside counted */
	char *open = wp_notice_closing_open(title);
	if (!open)
		return NULL;
	const char *in = open + strlen("（");
	size_t len;
	const struct wp_field_label *l = wp_field_label_at(in, &len);
	bool role = (l && (l->field == WP_FIELD_LEAD || l->field == WP_FIELD_COOP) && wp_str_starts(in + len, "：")) ||
		    wp_word_at(in, WP_WORDS_SHORT_LEAD_LABEL);
	if (!role)
		return NULL;
	char *roles = wp_str_sub(in, strlen(in) - strlen("）"));
	*open = '\0';
	return roles;
}

/* 9时30分举行启动仪式: the hour text opens with, the start of what the
 * sentence before told (not 8:30前到场, a time to be there by); set on a. */
static void hour_opening(json_t *a, const char *text)
{
	static const char *const clause_end[] = {"，", "。", "；", "\n", NULL};
	char hhmm[6];
	const char *at;
	char *clause = wp_notice_upto(text, clause_end);
	if (wp_nis_digit(*clause) && wp_nfind_time(clause, hhmm, &at) && at == clause &&
	    !wp_word_find(clause, WP_WORDS_DUE_MARK, &(size_t){0}))
		wp_notice_set_times(a, clause);
	free(clause);
}

/* 牵头单位：X, （责任单位：X；…）: does text label the units of a role? */
static bool labels_roles(const char *text)
{
	for (const char *p = text; *p; p += wp_str_char_len(p)) {
		size_t len;
		const struct wp_field_label *l = wp_field_label_at(p, &len);
		if (l && (l->field == WP_FIELD_LEAD || l->field == WP_FIELD_COOP) && wp_str_starts(p + len, "："))
			return true;
	}
	return false;
}

/* 12月4日上午，…: does the sentence's first clause end with a part of the
 * day, its hour not said? */
static bool day_part_only(const char *first)
{
	static const char *const clause_end[] = {"，", "。", "；", "\n", NULL};
	if (!first)
		return false;
	char *clause = wp_notice_upto(first, clause_end);
	bool pm, part = false;
	for (const char *p = clause; *p && !part; p += wp_str_char_len(p)) {
		size_t len = wp_time_of_day_at(p, &pm);
		part = len && !p[len];
	}
	free(clause);
	return part;
}

/* 培训地点在X，时间另行通知: does text say its time is still to be set
 * (a when's word, then 另行通知, 待定)? */
static bool when_left_open(const char *text)
{
	size_t len;
	for (const char *at = wp_word_find(text, WP_WORDS_WHEN_LABEL_TAIL, &len); at;
	     at = wp_word_find(at + len, WP_WORDS_WHEN_LABEL_TAIL, &len)) {
		/* the item's own time (not 报名时间, 具体时间: a part of it) */
		if (at > text && !wp_str_ends_at(text, at, "，") && !wp_str_ends_at(text, at, "。") &&
		    !wp_str_ends_at(text, at, "\n"))
			continue;
		const char *p = at + len;
		wp_str_skip(&p, "：");
		if (wp_word_at(p, WP_WORDS_LEFT_OPEN))
			return true;
	}
	return false;
}

/* 宣传周期间倡导…，7月15日当天停驶公务用车: an item that says first that it
 * runs through the campaign spans the period; a day it names later is one
 * measure of it, not its date. */
static bool opens_in_the_period(const char *first, int year)
{
	wp_ndate d;
	if (!first || !wp_nfind_date(first, year, &d))
		return false;
	char *before = wp_str_sub(first, (size_t)(d.at - first));
	bool during = wp_nfind_during(before);
	free(before);
	return during;
}

/* 本阶段，…, 此阶段内…, 期间…: a stage's item with no day of its own
 * runs through its stage (d: the stage's dates); not one that names a
 * part of a month (十月中下旬), which is its own, if vague. */
static bool stage_dates(const struct reader *r, const char *group_heading, const char *date_src, wp_ndate *d)
{
	wp_ndate dekad;
	return group_heading && wp_notice_stage_heading(r, group_heading) &&
	       !(date_src && wp_nfind_dekad(date_src, r->year, &dekad)) && wp_nfind_date(group_heading, r->year, d);
}

/* （一）“1”：召开新闻发布会, （三）“N”：自选活动: a plan built on a model
 * (“1+3+N”) names each part by its code in quotes; the code is no part
 * of the title. Past it and its colon; title itself when there is none. */
static const char *past_model_code(const char *title)
{
	const char *p = title;
	if (!wp_str_skip(&p, "“"))
		return title;
	const char *close = wp_str_find(p, "”");
	if (!close || close == p || wp_text_width_n(p, (size_t)(close - p)) > 3)
		return title;
	for (const char *c = p; c < close; c++)
		if (!((*c >= '0' && *c <= '9') || (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || *c == '+'))
			return title;
	p = close + strlen("”");
	return wp_str_skip(&p, "：") || wp_str_skip(&p, ":") ? p : title;
}

/* Is when a day something is to be done by (6月25日前)? */
static bool due_by(const struct reader *r, const char *when)
{
	wp_ndate d;
	bool before = false;
	if (wp_nfind_date(when, r->year, &d))
		wp_notice_deadline_end(&d, &before);
	return before;
}

/* 初赛：5月6日至5月7日，全院医务人员…: a short name, its colon, then
 * the event told from its date on; the name's bytes, or 0. Not a field's
 * label (时间：), nor a name with a clause's mark in it. */
#define NAMED_EVENT_WIDTH 12
static size_t named_event(const char *heading, int year)
{
	const char *colon = wp_notice_find_near(heading, "：", 3 * NAMED_EVENT_WIDTH);
	if (!colon || colon == heading)
		return 0;
	char *name = wp_str_sub(heading, (size_t)(colon - heading));
	wp_ndate d;
	const char *after = colon + strlen("：");
	/* 活动日期：, 具体时间：: a label of when, whatever its words */
	bool when_label = wp_word_ends(name, WP_WORDS_WHEN_LABEL_TAIL);
	bool named = wp_text_width(name) <= NAMED_EVENT_WIDTH && !wp_str_find(name, "，") &&
		     !wp_str_find(name, "、") && !wp_field_label_is(name) && !when_label &&
		     wp_nfind_date_at(after, year, &d) && d.at == after;
	free(name);
	return named ? (size_t)(colon - heading) : 0;
}

/* The place a group heading's sentence labels (芷兰街道分会场。活动地点：Y。
 * 承办单位：Z): Y, or NULL. Caller frees. */
static char *group_place(const char *group_heading)
{
	for (const char *p = group_heading; p; p = wp_str_find(p, "。")) {
		p += wp_str_starts(p, "。") ? strlen("。") : 0;
		size_t len;
		const struct wp_field_label *l = wp_field_label_at(p, &len);
		if (!l || l->field != WP_FIELD_PLACE || !wp_str_starts(p + len, "："))
			continue;
		const char *v = p + len + strlen("：");
		const char *end = wp_str_find(v, "。");
		return end == v ? NULL : wp_str_sub(v, end ? (size_t)(end - v) : strlen(v));
	}
	return NULL;
}

void wp_notice_read_item(struct reader *r, const char *no, const char *heading, const char *rest,
			 const char *group_heading)
{
	static const char *const title_stops[] = {"。", NULL};
	/* 县发展改革局：6月14日…: the item is what follows its units */
	json_t *opening, *partners;
	heading += wp_notice_units_before_colon(r, heading, &opening, &partners);
	size_t event_name = named_event(heading, r->year);
	char *title = event_name ? wp_str_sub(heading, event_name) : wp_notice_upto(heading, title_stops);
	/* （一）活动名称：知识产权进校园 */
	const char *named = title;
	for (const struct wp_field_label *l = wp_field_labels; l->name; l++)
		if ((l->where & WP_FIELD_TITLE) && wp_str_starts(named, l->name) &&
		    wp_str_starts(named + strlen(l->name), "：")) {
			named += strlen(l->name) + strlen("：");
			break;
		}
	named = past_model_code(named);
	/* the stage's dates are the activity's, before any in its text */
	const char *stage_named = wp_heading_after_stage(named);
	char *stage = stage_named ? wp_str_sub(named, (size_t)(stage_named - named)) : NULL;
	if (stage_named)
		named = stage_named;
	char *clean_title = wp_str_trim_end(named, wp_notice_end_punct);
	/* 消费维权宣传3月9日至3月13日: the dates that close a heading are not
	 * its title's (the item reads them from its whole line) */
	wp_ndate tail;
	if (wp_nfind_date(clean_title, r->year, &tail) && tail.at > clean_title &&
	    tail.at + tail.len == clean_title + strlen(clean_title) && wp_text_width(clean_title) > 16)
		clean_title[tail.at - clean_title] = '\0';
	drop_date_brackets(clean_title, r->year);
	char *roles = cut_role_bracket(clean_title);
	/* 1.11月9日（周一）上午9点，在X举办Y，…: the item tells its event in
	 * its first sentence, which is its when and where; Y is its title */
	char *bracket_when = NULL, *bracket_units = NULL, *loc = NULL;
	/* 12月1日｜…｜…｜X牵头，Y配合: a row of fields, its when first but
	 * no sentence telling an event; who is in its own field */
	bool row = wp_notice_cut_field_bars(clean_title, r->year, &bracket_when, &bracket_units, &loc) ||
		   wp_notice_cut_field_commas(clean_title, r->year, roles != NULL, &bracket_when, &bracket_units, &loc);
	/* 9/16下午2点半，在镇中心学校操场开展X，…（Y牵头）: a message's row whose
	 * what tells where it is held; X is its title, the place its own */
	char *held_there = row && wp_str_starts(clean_title, "在") ? wp_notice_event_named(clean_title) : NULL;
	if (held_there) {
		if (!loc)
			loc = wp_notice_find_location(clean_title);
		free(clean_title);
		clean_title = held_there;
	}
	char *event = NULL;
	/* the sentence read without the bracket of roles cut off its end */
	char *sentence = wp_xstrdup(title);
	free(cut_role_bracket(sentence));
	bool told = !row && tells_event(sentence, r->year, &event);
	free(sentence);
	if (event) {
		free(clean_title);
		clean_title = event;
	}
	/* 一是9月上旬开展质量安全“体检”进企业服务: a title that opens with its
	 * when and the verb that holds it is named by what is held (组织开展X,
	 * 组织干部职工开展X: X; not 组织部…, where no verb opens it) */
	const char *when_at;
	char *held = !row && !told && opens_with_when(clean_title, r->year, &when_at) && when_at &&
			     wp_word_at(when_at, WP_WORDS_EVENT_VERB)
		     ? wp_notice_event_named(when_at)
		     : NULL;
	if (held && wp_text_width(held) >= 8) {
		free(clean_title);
		clean_title = held;
		held = NULL;
	}
	free(held);
	/* （二）举办科普巡回展由县科委牵头，组织…: a title run on into who
	 * leads it (no 。 after the title); its units are read from it below */
	const char *by = !row && !told ? wp_notice_lead_clause(clean_title) : NULL;
	bool runs_into_lead = by && wp_text_width_n(clean_title, (size_t)(by - clean_title)) >= 4;
	if (runs_into_lead)
		clean_title[by - clean_title] = '\0';
	if (!row && !told)
		loc = wp_notice_cut_field_bracket(clean_title, r->year, &bracket_when, &bracket_units);
	if (!loc && !told)
		loc = wp_notice_title_place(clean_title);
	wp_buf body = WP_BUF_INIT;
	const char *after_title = heading + strlen(title);
	if (!wp_str_skip(&after_title, "。") && event_name)
		wp_str_skip(&after_title, "：");
	wp_buf_puts(&body, after_title);
	if (*rest) {
		if (body.len)
			wp_buf_putc(&body, '\n');
		wp_buf_puts(&body, rest);
	}
	if (roles) { /* the heading's bracket of roles, read with the text */
		wp_buf_printf(&body, "%s（%s）", body.len ? "\n" : "", roles);
		free(roles);
	}
	/* a revision notice's item: its new values only (notice-revision.c) */
	char *revised = wp_notice_revised_text(r, wp_buf_str(&body));
	wp_buf_reset(&body);
	wp_buf_puts(&body, revised);
	free(revised);
	const char *text = wp_buf_str(&body);
	char *kept_title = wp_notice_drop_remarks(clean_title);
	free(clean_title);
	clean_title = kept_title;
	json_t *a = wp_notice_new_activity(no, clean_title);
	/* When: a 时间： line, else a date in the first sentence, else the
	 * campaign period when the item says 宣传周期间. */
	static const char *const line_stops[] = {"\n", NULL};
	char *when = wp_notice_when_line(text);
	if (!when)
		when = wp_notice_after(text, "时间：", line_stops);
	/* a bracket's when is all it says of the time: no 时间： line that
	 * leaves the clock to the text below */
	bool own_when = when != NULL;
	if (!when && bracket_when) {
		when = bracket_when;
		bracket_when = NULL;
	}
	/* an item that enumerates its parts (一是…二是…) names its own units
	 * and dates before them; what follows is theirs */
	const char *parts = wp_notice_enumerated_at(text, 1);
	char *own = parts && wp_notice_enumerated_at(parts, 2) ? wp_str_sub(text, (size_t)(parts - text)) : NULL;
	char *first = told ? wp_xstrdup(title) : wp_notice_first_sentence(own ? own : text);
	wp_ndate d;
	const char *date_src = when ? when : first;
	if (stage && !when && wp_nfind_date(stage, r->year, &d))
		date_src = stage;
	/* …6月25日（星期四）上午9:00，在…举办…。（牵头单位：X；完成时限：6月25日
	 * 前）: the day the item's text opens with is its day; the bracket's
	 * is the day it is done by. A day told later (其中4月16日…, 根据…6月5日
	 * 印发的通知, 于6月20日完成, 截至6月20日) or one things start on (6月20日
	 * 起) leaves the item a task done by the bracket's day */
	wp_ndate told_day;
	const char *fields = when && !stage ? wp_notice_closing_fields(text, NULL) : NULL;
	if (fields && wp_str_find(fields, when) && due_by(r, when) && wp_notice_event_date(r, text, &told_day) &&
	    told_day.at == text + strspn(text, " ") && told_day.at < fields &&
	    !wp_word_at(told_day.at + told_day.len, WP_WORDS_START_MARK)) {
		free(when);
		when = NULL;
		date_src = told_day.at;
	}
	if (when && wp_notice_set_done_by(r, a, when, text)) {
		/* 完成时限：5月20日前: its end only */
	} else if (!when && !stage && opens_in_the_period(first, r->year)) {
		wp_notice_set_period_dates(r, a, first);
	} else if (!when && !stage && wp_notice_set_school_week(r, a, first)) {
		/* 第5周内: the week the period's gloss places */
	} else if (wp_nfind_date(date_src, r->year, &d) || wp_nfind_date(title, r->year, &d)) {
		wp_notice_set_read_dates(a, &d);
		/* 时间： / 第一场：4月21日… / 第二场：4月23日…: first to last */
		wp_date last;
		if (date_src == when && wp_notice_when_sessions_end(when, r->year, &last) && last > d.end)
			wp_notice_set_dates(a, d.start, last);
		from_now_on(r, date_src, &d, a);
		until_the_end(r, &d, a);
		/* 3月15日前后, 12月4日左右: around the day, not on it */
		size_t about = wp_word_at(d.at + d.len, WP_WORDS_ABOUT_A_DAY);
		if (about) {
			wp_notice_set_dates(a, WP_DATE_NONE, WP_DATE_NONE);
			wp_notice_keep_when(a, d.at, d.len + about);
			wp_notice_note(r, WP_TR("activity %s: '%.*s' is about a day, not a date: left undated"),
				       no, (int)(d.len + about), d.at);
		}
	} else if (wp_notice_set_lunar(r, a, date_src)) {
		/* 正月十五（元宵节）晚上7:00: a lunar date, in the campaign's year */
	} else if (wp_notice_set_solar_term(r, a, date_src)) {
		/* 定于秋分当天上午9时: the solar term's day in the campaign's year */
	} else if (wp_notice_set_day_only(r, a, no, date_src)) {
		/* 15日（星期三）上午10:30: the day of the period's month */
	} else if (wp_notice_set_first_day(r, a, date_src)) {
		/* 宣传周首日上午9:00: the period's first day */
	} else if (wp_notice_set_named_day(r, a, date_src)) {
		/* 国家宪法日当天: the day the preamble gives that name */
	} else if (wp_notice_set_after_named(r, a, date_src)) {
		/* 启动仪式结束后: the day of the activity so named */
	} else if (wp_notice_set_that_day(r, a, date_src)) {
		/* ②当天下午3:00: the day of the one before */
	} else if (!when_left_open(text) && stage_dates(r, group_heading, date_src, &d)) {
		/* (but 时间另行通知: no day yet, not its stage's or group's) */
		wp_notice_set_read_dates(a, &d);
		wp_notice_note(r, WP_TR("activity %s: no date of its own; it takes its stage's, %.*s"), no,
			       (int)d.len, d.at);
	} else if (wp_nfind_during(first) || (when && wp_nfind_during(when))) {
		wp_notice_set_period_dates(r, a, first);
	} else if (wp_nfind_dekad(date_src, r->year, &d) && !wp_str_starts(d.at + d.len, "前")) {
		/* (11月底前整改到位: a part of a month things are due by dates
		 * no event) */
		wp_notice_set_part_of_month(r, a, no, &d);
	} else if (when && wp_nfind_whole_months(when, r->year, &d)) {
		/* 活动时间：9月 / 5-12月: the whole months */
		wp_notice_set_read_dates(a, &d);
	} else if (group_heading && !when_left_open(text) && wp_nfind_date(group_heading, r->year, &d)) {
		wp_notice_set_read_dates(a, &d);
		wp_notice_note(r, WP_TR("activity %s: no date of its own; it takes its group's, %.*s"), no,
			       (int)d.len, d.at);
	} else {
		wp_notice_note(r, WP_TR("activity %s: no date found; it takes place some time in the campaign period"),
		     no);
		wp_notice_keep_counted_week(a, first);
	}
	/* 完成时限：5月21日 / 活动内容：…上午9:00、下午2:30各一场 */
	/* a row of fields has its clock in its when, none in the text after
	 * it (筛查对象为…，请于3月10日17:00前报…) */
	bool timed = row && !own_when ? wp_notice_set_times(a, when)
				      : wp_notice_set_times(a, first) || wp_notice_set_times(a, when);
	if (!timed && own_when && !wp_notice_set_content_times(a, text))
		wp_notice_set_prose_times(a, text, r->year);
	/* 4.12月4日上午，…举办X。9时30分举行简短启动仪式: the sentence that
	 * tells it gives the part of the day, the next the hour */
	else if (!timed && told && day_part_only(first))
		hour_opening(a, text);
	/* a 地点： line anywhere says it, before any 在X of the first sentence */
	if (!loc)
		loc = wp_notice_find_location(wp_str_find(text, "地点：") ? text : first);
	bool open_place = !loc && wp_notice_place_left_open(text);
	if (!loc && !open_place) { /* in the item's own text, not that of an event inside it */
		char *own_text = wp_notice_before_sub_events(text, r->year);
		loc = wp_notice_find_location(own_text);
		free(own_text);
	}
	if (!loc && !open_place)
		loc = wp_notice_place_after_when(r, text);
	if (!loc && !open_place)
		loc = wp_notice_online_place(clean_title);
	if (loc)
		json_object_set_new(a, "location", json_string(loc));
	/* 5月10日在A社区、5月11日在B社区…各举办一场: its days and places */
	wp_ndate tour;
	char *stops = NULL;
	if (first && !row && wp_notice_tour(first, r->year, &tour, &stops)) {
		wp_notice_set_read_dates(a, &tour);
		json_object_set_new(a, "location", json_string(stops));
		free(stops);
	}
	wp_notice_same_place_as_named(r, a, first);
	json_t *lead, *coop;
	wp_notice_read_units(r, row && bracket_units ? bracket_units : own ? own : text, &lead, &coop);
	/* （一）集中宣传方面。一是举办…二是…: a heading that names a field of
	 * work groups the parts below it; they are the activities, it is none
	 * (unless its own text tells an event: a day, a unit that runs it) */
	bool grouping = own && wp_word_ends(clean_title, WP_WORDS_GROUP_TITLE_END) &&
			!json_is_string(json_object_get(a, "start")) && json_array_size(lead) == 0 &&
			json_array_size(coop) == 0;
	free(own);
	/* （一）6月14日上午，在X开展Y活动，由Z牵头，W配合。: one sentence
	 * tells the event and who runs it (or a title runs into who runs
	 * it), and the text below names no one; 5、区教育局要组织各学校开展…；
	 * an item that is one sentence says who does it as its subject */
	bool title_leads = (told || runs_into_lead) && wp_notice_names_its_lead(title);
	if ((title_leads || (!*text && !told && !row)) && json_array_size(lead) == 0 && json_array_size(coop) == 0) {
		json_decref(lead);
		json_decref(coop);
		wp_notice_read_units(r, title, &lead, &coop);
	} else if (told && title_leads && !row && !labels_roles(text)) {
		/* 3.12月2日，由X牵头，Y配合，在…开展Z。各中小学校要…: the sentence
		 * that tells the event says who runs it; the schools the text
		 * goes on to ask are no lead (but those it says help, where
		 * the sentence names none, still help) */
		json_t *title_lead, *title_coop;
		wp_notice_read_units(r, title, &title_lead, &title_coop);
		if (json_array_size(title_lead) > 0) {
			json_decref(lead);
			lead = title_lead, title_lead = NULL;
			if (json_array_size(title_coop) > 0) {
				json_decref(coop);
				coop = title_coop, title_coop = NULL;
			}
		}
		json_decref(title_lead); /* (NULL when taken) */
		json_decref(title_coop);
	}
	/* 5.4月20日至26日，区司法局会同区知识产权局，依托…开展…。…: the
	 * sentence that tells the event names who holds it as its subject
	 * with its partners (会同, 联合), where nothing else names anyone (a
	 * subject alone may be a place: 到镇中心敬老院开展…; a later line
	 * may give the units: 第1、4项活动均由X负责) */
	size_t join_len;
	if (told && !row && json_array_size(lead) == 0 && json_array_size(coop) == 0 &&
	    wp_word_find(title, WP_WORDS_JOIN, &join_len)) {
		struct units s = {lead, coop};
		wp_notice_units_from_sentence(r, title, &s);
	}
	/* the bracket's units, unlabelled, are who does it: all lead */
	if (bracket_units && json_array_size(lead) == 0 && row)
		wp_notice_row_units(bracket_units, lead, coop);
	else if (bracket_units && json_array_size(lead) == 0)
		wp_notice_split_units(bracket_units, lead);
	free(bracket_units);
	json_object_set_new(a, "lead", lead);
	json_object_set_new(a, "cooperate", coop);
	/* （一）区卫生健康委 over 1. 2.: the heading says who leads */
	json_t *units = group_heading && !opening ? wp_notice_heading_units(r, group_heading) : NULL;
	if (units)
		wp_notice_give_heading_roles(r, a, units, heading, text);
	json_decref(units);
	if (opening)
		wp_notice_give_opening_roles(r, a, opening, partners, heading, rest);
	json_decref(opening);
	json_decref(partners);
	/* （责任部门：X；完成时限：…） names the task's own units; a partner
	 * its prose joins (联合Y开展) cooperates too */
	if (wp_notice_closing_fields(text, NULL))
		wp_notice_join_partners(r, a, text);
	/* 1.线上初赛 under （二）…竞赛，由图书馆承办，各学院协办。: the group's
	 * units where the item names none */
	if (json_array_size(lead) == 0 && json_array_size(coop) == 0 && group_heading &&
	    wp_notice_names_group_units(group_heading)) {
		json_t *group_lead, *group_coop;
		wp_notice_read_units(r, group_heading, &group_lead, &group_coop);
		json_array_extend(lead, group_lead);
		json_array_extend(coop, group_coop);
		json_decref(group_lead);
		json_decref(group_coop);
	}
	/* 3.青少年科技小制作体验营。…组织学生开展… under （一）X分会场 / 活动地点：Y:
	 * the group's place where the item names none, held there on one day
	 * (not 5月8日至20日线上开展, not 9日至15日在各村放映) */
	size_t online;
	const char *start = json_string_value(json_object_get(a, "start"));
	const char *end = json_string_value(json_object_get(a, "end"));
	bool one_day = start && end && strcmp(start, end) == 0;
	if (group_heading && one_day && !wp_word_find(text, WP_WORDS_ONLINE, &online) &&
	    json_is_null(json_object_get(a, "location"))) {
		char *place = group_place(group_heading);
		if (place)
			json_object_set_new(a, "location", json_string(place));
		free(place);
	}
	/* a 职责分工 section may give it later (notice-division.c says so then) */
	if (json_array_size(lead) == 0 && !grouping && !wp_outline_find(&r->outline, WP_SECTION_DUTIES))
		wp_notice_note(r, WP_TR("activity %s: no lead unit found"), no);
	if (!grouping)
		json_array_append(r->activities, a);
	size_t sub = 0;
	wp_notice_read_enumerated(r, no, text, a, lead, &sub);
	/* the events of its parts are the parts': only its own text's */
	const char *parts_at = wp_notice_enumerated_at(text, 1);
	char *own_text = parts_at && wp_notice_enumerated_at(parts_at, 2) ? wp_str_sub(text, (size_t)(parts_at - text))
									: NULL;
	wp_notice_read_sub_events(r, no, own_text ? own_text : text, a, lead, coop, &sub);
	free(own_text);
	wp_notice_read_named_stops(r, no, rest, lead, coop, &sub);
	json_decref(a);
	free(loc);
	free(first);
	free(when);
	free(bracket_when);
	free(title);
	free(stage);
	free(clean_title);
	wp_buf_free(&body);
}
