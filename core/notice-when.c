/* notice-when.c - when an item happens, from its labelled lines or in words
 * no calendar places.
 *
 * An item written as labelled lines says when in a line of its own, in
 * any order among the others (责任单位：… / 完成时限：… / 活动内容：…). The
 * line is labelled 时间 or 活动时间 when it gives the day, 完成时限 (a
 * duty table's word) when it may give either the day (5月21日（星期四）)
 * or the day the work is done by (5月20日前): the latter is the activity's
 * end, and its start is what the rest of the item says (5月18日起), never
 * a day the text does not name; with no start the activity stays undated
 * (a plan's activity has no end without a start) and keeps the words.
 * A when line that gives the day alone leaves the time to the 活动内容
 * line (上午9:00、下午2:30各一场: the first). An item with no day at all
 * may still say when in words a calendar cannot place (开学第一周): those
 * are kept as written. A school's notice may count its weeks (第5周内)
 * where its period says which weeks it spans (3月23日至4月3日（本学期第4
 * 周至第5周）): such a week is placed from the period. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "date.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

static const char *next_line(const char *line)
{
	line = strchr(line, '\n');
	return line ? line + 1 : NULL;
}

static bool labelled(const char *line)
{
	size_t len;
	return wp_field_label_at(line, &len) && wp_str_starts(line + len, "：");
}

/* 时间： / 第一场：4月21日… / 第二场：4月23日… / 地点：…: a label alone on
 * its line labels the lines under it up to the next label; their text
 * joined by ；. Caller frees. */
static char *lines_under(const char *line)
{
	static const char *const line_stops[] = {"\n", NULL};
	wp_buf b = WP_BUF_INIT;
	for (line = next_line(line); line && *line && !labelled(line); line = next_line(line)) {
		char *value = wp_notice_upto(line, line_stops);
		if (*value)
			wp_buf_printf(&b, "%s%s", b.len ? "；" : "", value);
		free(value);
	}
	return wp_buf_take(&b);
}

/* The value of text's first line labelled for field, to the line's end
 * (or the lines under a label alone), or NULL. Caller frees. */
static char *labelled_line(const char *text, enum wp_field field)
{
	static const char *const line_stops[] = {"\n", NULL};
	for (const char *line = text; line && *line; line = next_line(line)) {
		size_t len;
		const struct wp_field_label *l = wp_field_label_at(line, &len);
		if (!l || l->field != field || !wp_str_starts(line + len, "："))
			continue;
		char *value = wp_notice_upto(line + len + strlen("："), line_stops);
		if (*value)
			return value;
		free(value);
		return lines_under(line);
	}
	return NULL;
}

const char *wp_notice_closing_fields(const char *text, size_t *len)
{
	static const char *const trail[] = {"。", " ", "　", "\n", NULL};
	const char *open = NULL, *close = NULL;
	int depth = 0;
	/* one pass: the last bracket opened and closed at depth 0 */
	for (const char *p = text; *p;) {
		if (wp_str_starts(p, "（")) {
			if (depth++ == 0)
				open = p;
			p += strlen("（");
		} else if (wp_str_starts(p, "）")) {
			if (depth > 0 && --depth == 0)
				close = p;
			p += strlen("）");
		} else {
			p++;
		}
	}
	if (!open || !close || close < open || depth)
		return NULL;
	const char *after = close + strlen("）");
	if (after[wp_str_span_of(after, trail)] != '\0')
		return NULL; /* the bracket does not close the text */
	const char *inside = open + strlen("（");
	size_t n;
	if (!wp_field_label_at(inside, &n) || !wp_str_starts(inside + n, "："))
		return NULL;
	if (len)
		*len = (size_t)(close - inside);
	return inside;
}

/* The value of the closing bracket's field of kind field (its fields
 * apart by ； or ，: 牵头单位：X，Y配合；完成时限：4月全月), or NULL.
 * Caller frees. */
static char *closing_field(const char *text, enum wp_field field)
{
	static const char *const apart[] = {"；", "，", NULL};
	size_t len;
	const char *inside = wp_notice_closing_fields(text, &len);
	if (!inside)
		return NULL;
	char *fields = wp_str_sub(inside, len), *value = NULL;
	for (const char *p = fields; *p && !value;) {
		size_t n = wp_str_span_upto(p, apart), label;
		const struct wp_field_label *l = wp_field_label_at(p, &label);
		if (l && l->field == field && label < n && wp_str_starts(p + label, "："))
			value = wp_str_sub(p + label + strlen("："), n - label - strlen("："));
		p += n;
		p += wp_str_span_of(p, apart);
	}
	free(fields);
	return value;
}

/* 第一场：4月21日（星期二）14:00—16:30；第二场：4月23日…: one part of a
 * when of sessions, a short name and its colon before its day. Its day
 * in *d. */
#define SESSION_NAME_WIDTH 8
static bool session_day(const char *part, size_t len, int year, wp_ndate *d)
{
	char *s = wp_str_sub(part, len);
	const char *colon = wp_notice_find_near(s, "：", 4 * SESSION_NAME_WIDTH);
	/* named, as sessions are: a day alone may be one a thing is due by
	 * (8月10日前各村报送…) */
	bool named = colon && colon > s && wp_text_width_n(s, (size_t)(colon - s)) <= SESSION_NAME_WIDTH;
	const char *p = named ? colon + strlen("：") : s;
	bool day = named && wp_nfind_date_at(p, year, d) && d->at == p;
	/* 第一场9月17日（星期五）14:30—16:30: a session counted, no colon */
	if (!day && wp_str_starts(s, "第") && wp_nfind_date(s, year, d) && d->at > s &&
	    wp_text_width_n(s, (size_t)(d->at - s)) <= SESSION_NAME_WIDTH) {
		char *name = wp_str_sub(s, (size_t)(d->at - s));
		day = wp_word_ends(name, WP_WORDS_SESSION_COUNTER);
		free(name);
	}
	free(s);
	return day;
}

/* 4月21日（星期三）下午3:00，4月23日（星期五）上午9:30: a when that lists
 * its days, each part opening with one (with its month: a part that says
 * only 23日 may be a span's end), none a day things are due by. The
 * last one's end in *end; false unless two parts or more read so. */
static bool listed_days_end(const char *when, int year, wp_date *end)
{
	static const char *const apart[] = {"，", "；", NULL};
	size_t parts = 0;
	for (const char *p = when; *p;) {
		size_t n = wp_str_span_upto(p, apart), len;
		char *part = wp_str_sub(p, n);
		wp_ndate d;
		bool day = wp_nfind_date_at(part, year, &d) && d.at == part && wp_str_find(part, "月") &&
			   !wp_word_find(part, WP_WORDS_DUE_MARK, &len);
		free(part);
		if (!day)
			return false;
		*end = d.end;
		parts++;
		p += n;
		p += wp_str_span_of(p, apart);
	}
	return parts >= 2;
}

bool wp_notice_when_sessions_end(const char *when, int year, wp_date *end)
{
	if (listed_days_end(when, year, end))
		return true;
	static const char *const apart[] = {"；", NULL};
	size_t parts = 0;
	for (const char *p = when; *p;) {
		size_t n = wp_str_span_upto(p, apart);
		wp_ndate d;
		if (!session_day(p, n, year, &d))
			return false;
		*end = d.end;
		parts++;
		p += n;
		p += wp_str_span_of(p, apart);
	}
	return parts >= 2;
}

char *wp_notice_when_line(const char *text)
{
	char *when = labelled_line(text, WP_FIELD_WHEN);
	return when ? when : closing_field(text, WP_FIELD_WHEN);
}

/* The first sentence after the first of s that opens an event of its
 * own (其中，6月10日下午2:30在X举办…; 其中，当日上午…), or NULL. */
static char *event_sentence(char *s, int year)
{
	for (char *p = (char *)wp_str_find(s, "。"); p; p = (char *)wp_str_find(p, "。")) {
		p += strlen("。");
		wp_ndate d;
		const char *event, *rest;
		if (wp_notice_sub_event_at(p, year, &d, &event, &rest) != WP_SUB_NONE)
			return p;
	}
	return NULL;
}

bool wp_notice_set_content_times(json_t *a, const char *text)
{
	char *content = labelled_line(text, WP_FIELD_CONTENT);
	/* the time of a dated event the line tells is that event's (the
	 * item's sub-event), not the item's */
	char *event = content ? event_sentence(content, 2000) : NULL;
	if (event)
		*event = '\0';
	bool set = wp_notice_set_times(a, content);
	free(content);
	return set;
}

/* The clock a when line's day leaves to the prose under it: the clause
 * that opens the item's first line of prose (no label within its first
 * characters) holding a time near its start and no day of its own
 * (仪式当天上午9:30开始，…; 每天9:00—16:00面向社会开放). */
#define PROSE_CLOCK_AT 36 /* bytes before the time: 仪式当天上午 */
bool wp_notice_set_prose_times(json_t *a, const char *text, int year)
{
	static const char *const clause_end[] = {"，", "。", "；", "\n", NULL};
	for (const char *line = text; line && *line;) {
		const char *colon = wp_notice_find_near(line, "：", 30);
		const char *nl = strchr(line, '\n');
		if (!colon || (nl && colon > nl)) {
			char *clause = wp_notice_upto(line, clause_end);
			char hhmm[6];
			const char *at;
			wp_ndate d;
			bool set = wp_nfind_time(clause, hhmm, &at) && at - clause <= PROSE_CLOCK_AT &&
				   !wp_nfind_date(clause, year, &d) && wp_notice_set_times(a, clause);
			free(clause);
			return set;
		}
		line = nl ? nl + 1 : NULL;
	}
	return false;
}

/* The first day in text written as a start (5月18日起, 5月18日开始), or
 * false. */
static bool start_in(const char *text, int year, wp_ndate *d)
{
	for (const char *p = text; wp_nfind_date(p, year, d); p = d->at + d->len)
		if (wp_word_at(d->at + d->len, WP_WORDS_START_MARK))
			return true;
	return false;
}

bool wp_notice_event_date(const struct reader *r, const char *p, wp_ndate *own)
{
	for (const char *q = p; wp_nfind_date(q, r->year, own); q = own->at + own->len) {
		bool before = false;
		const char *past = wp_notice_deadline_end(own, &before);
		/* 报名截止时间为4月19日, 4月19日截止: a last day too */
		bool cutoff = wp_word_at(past, WP_WORDS_CUTOFF_AFTER) > 0;
		for (const char *const *w = wp_words(WP_WORDS_CUTOFF); *w && !cutoff; w++)
			cutoff = wp_str_ends_at(p, own->at, *w);
		if (!before && !cutoff)
			return true;
	}
	return false;
}

bool wp_notice_set_done_by(struct reader *r, json_t *a, const char *when, const char *text)
{
	wp_ndate by, from;
	bool before = false;
	if (!wp_nfind_date(when, r->year, &by) || by.start != by.end)
		return false;
	const char *end = wp_notice_deadline_end(&by, &before);
	if (!before)
		return false;
	if (start_in(text, r->year, &from) && from.start <= by.end) {
		wp_notice_set_dates(a, from.start, by.end);
		return true;
	}
	/* a plan's activity has no end without a start: undated, the day
	 * kept as written (5月23日前) for the clerk */
	wp_notice_set_dates(a, WP_DATE_NONE, WP_DATE_NONE);
	wp_notice_keep_when(a, by.at, (size_t)(end - by.at));
	return true;
}

void wp_notice_keep_counted_week(json_t *a, const char *first)
{
	static const char *const clause_end[] = {"，", "。", "；", NULL};
	char *clause = wp_notice_upto(first, clause_end);
	const char *nth = wp_str_find(clause, "第");
	size_t len = 0;
	bool week = nth && nth > clause && wp_text_width(clause) <= 16 &&
		    wp_cn_number(nth + strlen("第"), &len) > 0 && strcmp(nth + strlen("第") + len, "周") == 0;
	if (week)
		json_object_set_new(a, WP_NOTICE_WRITTEN, json_string(clause));
	free(clause);
}

/* 第5周, 第十二周 at *p: the week's number, *p past it; -1 (and *p as it
 * was) when none stands there. */
static int week_number(const char **p)
{
	const char *q = *p;
	if (!wp_str_skip(&q, "第"))
		return -1;
	int n = 0;
	size_t len = 0;
	while (q[len] >= '0' && q[len] <= '9' && len < 3)
		n = n * 10 + (q[len++] - '0');
	if (!len)
		n = wp_cn_number(q, &len);
	if (n <= 0 || !wp_str_starts(q + len, "周"))
		return -1;
	*p = q + len + strlen("周");
	return n;
}

/* 2026年3月23日至4月3日（本学期第4周至第5周）: the first range of days the
 * text glosses with the weeks it spans; the Monday of week *first (the
 * week of the range's first day) and the range. False if none. */
static bool glossed_weeks(const struct reader *r, int *first, wp_date *monday, wp_ndate *range)
{
	for (size_t i = 0; i < r->t.n && i < r->outline.annex; i++) {
		const char *p = r->t.para[i];
		wp_ndate d;
		if (!wp_nfind_date(p, r->year, &d) || d.start == d.end || !wp_str_starts(d.at + d.len, "（"))
			continue;
		/* （本学期第4周至第5周）: the term may be named before the weeks */
		const char *open = d.at + d.len + strlen("（"), *q = wp_str_find(open, "第");
		if (!q || q - open > 4 * 3)
			continue;
		int a = week_number(&q);
		if (a < 0 || !wp_str_skip(&q, "至") || week_number(&q) < a || !wp_str_starts(q, "）"))
			continue;
		*first = a;
		*monday = wp_date_week_start(d.start);
		*range = d;
		return true;
	}
	return false;
}

bool wp_notice_set_school_week(struct reader *r, json_t *a, const char *first)
{
	const char *p = first;
	int n = week_number(&p);
	static const char *const clause_end[] = {"，", "。", "；", NULL};
	char *rest = n > 0 ? wp_notice_upto(p, clause_end) : NULL;
	wp_ndate d;
	/* 第5周周一（3月30日）: the day the bracket gives is the date */
	bool dated = rest && wp_nfind_date(rest, r->year, &d);
	free(rest);
	int from;
	wp_date monday;
	wp_ndate range;
	if (n <= 0 || dated || !glossed_weeks(r, &from, &monday, &range) || n < from)
		return false;
	/* a school week: Monday to Friday, within the period */
	wp_date start = monday + 7 * (n - from), end = start + 4;
	if (start < range.start)
		start = range.start;
	if (end > range.end)
		end = range.end;
	if (start > end)
		return false;
	wp_notice_set_dates(a, start, end);
	return true;
}

/* Does line s[0..n) hold a sign of a sentence (，。；：) rather than a
 * bare name or a bare day? */
static bool has_sentence_sign(const char *s, size_t n)
{
	static const char *const signs[] = {"，", "。", "；", "：", ",", ";", NULL}; /* 2:30 has its colon */
	return wp_str_span_upto(s, signs) < n;
}

/* 3.3.2　医院微信公众号: past a line's own list number (digits and dots,
 * then a gap), or s. */
static const char *skip_line_number(const char *s)
{
	static const char *const number[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ".", NULL};
	static const char *const gap[] = {" ", "　", NULL};
	const char *p = s + wp_str_span_of(s, number);
	size_t space = wp_str_span_of(p, gap);
	return p > s && wp_nis_digit(*s) && space ? p + space : s;
}

char *wp_notice_place_after_when(struct reader *r, const char *text)
{
	/* 12月3日（周四）下午2:30 / 志愿服务周期间: the first line, a day or
	 * a time and nothing of a sentence */
	const char *nl = strchr(text, '\n');
	if (!nl || has_sentence_sign(text, (size_t)(nl - text)))
		return NULL;
	char *first = wp_str_sub(text, (size_t)(nl - text));
	wp_ndate d;
	char clock[6];
	bool when = wp_nfind_date(first, r->year, &d) || wp_nfind_time(first, clock, NULL) || wp_nfind_during(first);
	free(first);
	if (!when)
		return NULL;
	/* 区青少年宫三楼多功能厅: the next line, short, no day or time in
	 * it, no sentence and no unit with a role (团区委牵头) */
	const char *line = skip_line_number(nl + 1);
	const char *end = strchr(line, '\n');
	size_t n = end ? (size_t)(end - line) : strlen(line);
	if (!n || has_sentence_sign(line, n) || wp_text_width_n(line, n) > 2 * 24)
		return NULL;
	char *place = wp_str_sub(line, n);
	json_t *lead, *coop;
	wp_notice_read_units(r, place, &lead, &coop);
	/* 鹭江第二中学报告厅 names a school, yet is a room */
	bool building = wp_word_ends(place, WP_WORDS_BUILDING) || wp_word_ends(place, WP_WORDS_BARE_PLACE_END);
	bool units = !building && (json_array_size(lead) || json_array_size(coop));
	json_decref(lead);
	json_decref(coop);
	if (units || wp_nfind_date(place, r->year, &d) || wp_nfind_time(place, clock, NULL)) {
		free(place);
		return NULL;
	}
	return place;
}
