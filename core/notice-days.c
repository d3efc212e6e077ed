/* notice-days.c - activities grouped under day headings: （一）9月18日
 * （星期五） and, under it, one paragraph per activity that opens with its
 * time of day (上午9:00　“国防教育第一课”。…；10:00　防空警报试鸣…). The
 * paragraphs carry no number of their own; each is numbered by its
 * heading and its place under it (一.1, 一.2), the convention the hand
 * readings decided for unnumbered items under a heading. A day may be
 * written as a weekday alone (星期一（开幕日）): inside a period of at most
 * a week it names one date, else none (the activities stay undated).
 * What day a heading or a line stands for is notice-day-headings.c's. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-line.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

const char *wp_notice_past_clock(const char *q)
{
	while ((*q >= '0' && *q <= '9') || *q == ':' || wp_str_starts(q, "：") || wp_str_starts(q, "时") ||
	       wp_str_starts(q, "点") || wp_str_starts(q, "分"))
		q += wp_str_char_len(q);
	return q;
}

/* Where a paragraph that opens with its time of day (上午9:00　, 10:30　,
 * 下午　) goes on, past the time and the space that sets it apart; NULL
 * when it does not open so. *word is the time-of-day word (上午) or NULL,
 * *clock where the clock time starts or NULL. */
static const char *past_opening_time(const char *p, const char **word, const char **clock)
{
	const char *q = p;
	size_t n = wp_time_of_day_at(q, NULL);
	*word = n ? p : NULL;
	q += n;
	*clock = NULL;
	char hhmm[6];
	const char *at;
	if (*q >= '0' && *q <= '9') {
		if (!wp_nfind_time(q, hhmm, &at) || at != q)
			return NULL; /* 2026年… is no clock */
		*clock = q;
		q = wp_notice_past_clock(q);
		/* 09:00—11:30: the time it ends goes with the one it starts */
		const char *to = wp_notice_past_range_mark(q);
		if (to != q && *to >= '0' && *to <= '9')
			q = wp_notice_past_clock(to);
	}
	if (q == p)
		return NULL;
	/* the time stands apart from what follows: a space, or ，/： */
	const char *after = q;
	while (wp_str_skip(&after, "　") || wp_str_skip(&after, " "))
		;
	/* or nothing: 14:00—16:00 alone over the slot's labelled lines */
	if (after == q && *q && !wp_str_skip(&after, "，") && !wp_str_skip(&after, "："))
		return NULL;
	return after;
}

/* Does every paragraph first..last open with its time of day? */
static bool all_timed(const struct reader *r, size_t first, size_t last)
{
	const char *word, *clock;
	for (size_t k = first; k <= last; k++)
		if (!past_opening_time(r->t.para[k], &word, &clock))
			return false;
	return first <= last;
}

/* The activity's name: a run-in title (“国防教育第一课”。), else the
 * object of its first event verb (…组织基干民兵开展国防知识进村入户宣传，
 * -> 国防知识进村入户宣传). Caller frees; NULL if neither. */
static char *title_of(const char *body)
{
	char *first = wp_notice_first_sentence(body);
	/* but 在县人民广场举行…启动仪式。 is a sentence, its event the object */
	size_t len;
	if (wp_str_find(body, "。") && !wp_str_find(first, "，") && wp_text_width(first) <= 60 &&
	    !wp_word_find(first, WP_WORDS_EVENT_VERB, &len))
		return first;
	free(first);
	char *named = wp_notice_event_named(body);
	if (named)
		return named;
	/* 同日起，在县图书馆一楼大厅开放网络安全博览展，展示…: an exhibition
	 * opened, named by what is opened */
	static const char *const object_end[] = {"，", "。", "；", NULL};
	const char *verb = wp_word_find(body, WP_WORDS_OPEN_VERB, &len);
	if (!verb)
		return NULL;
	char *object = wp_notice_upto(verb + len, object_end);
	if (*object && wp_text_width(object) <= 60)
		return object;
	free(object);
	return NULL;
}

/* The time of a paragraph: its clock time, read under the time-of-day
 * word it carries or, when it has none, the one an earlier paragraph of
 * the day carried (上午9:00 … then 10:00: still the morning). A word
 * with no clock time (下午　…) gives no time. */
static void set_time(json_t *a, const char *word, const char *clock, const char *body, const char **carried)
{
	if (word)
		*carried = word;
	if (!clock)
		return;
	wp_buf b = WP_BUF_INIT;
	if (!word && *carried)
		wp_buf_append(&b, *carried, wp_time_of_day_at(*carried, NULL));
	wp_buf_append(&b, word ? word : clock, (size_t)(body - (word ? word : clock)));
	wp_notice_set_times(a, wp_buf_str(&b));
	wp_buf_free(&b);
}

bool wp_notice_read_day_items(struct reader *r, const char *no, const char *heading, size_t first, size_t last)
{
	wp_ndate day;
	if (!wp_notice_day_heading(heading, r->year, &day) || !all_timed(r, first, last))
		return false;
	const char *carried = NULL;
	size_t position = 0;
	for (size_t k = first; k <= last && wp_notice_step(r, 1); k++) {
		const char *word, *clock;
		const char *body = past_opening_time(r->t.para[k], &word, &clock);
		char *title = title_of(body);
		if (!title)
			continue;
		char number[96];
		snprintf(number, sizeof number, "%.60s.%zu", no, ++position);
		if (!wp_notice_add_item(r, number, k, k)) {
			free(title);
			break;
		}
		char *clean = wp_str_trim_end(title, wp_notice_end_punct);
		json_t *a = wp_notice_new_activity(number, clean);
		wp_notice_set_read_dates(a, &day);
		set_time(a, word, clock, body, &carried);
		char *place = wp_notice_find_location(body);
		if (place)
			json_object_set_new(a, "location", json_string(place));
		free(place);
		json_t *lead, *coop;
		wp_notice_read_units(r, body, &lead, &coop);
		json_object_set_new(a, "lead", lead);
		json_object_set_new(a, "cooperate", coop);
		json_array_append_new(r->activities, a);
		free(clean);
		free(title);
	}
	wp_notice_note(r, WP_TR("activities under the day heading %s are its timed paragraphs, numbered %s.1, %s.2 ..."),
		       no, no, no);
	return true;
}

/* Where a schedule line's fields begin, past the time it opens with
 * (09:00—11:30　, 全天　); p when it opens with none. */
static const char *past_slot_time(const char *p)
{
	const char *word, *clock;
	const char *body = past_opening_time(p, &word, &clock);
	if (body)
		return body;
	/* 第七、八节（15:50—17:30）　, 上午第三节课（10:00）　: a class period
	 * with its clock in brackets */
	const char *gap = wp_str_find(p, "　");
	char hhmm[6];
	const char *at;
	if (gap && gap > p && (size_t)(gap - p) <= 48 && wp_str_ends_at(p, gap, "）") &&
	    wp_nfind_time(p, hhmm, &at) && at < gap) {
		body = gap;
		while (wp_str_skip(&body, "　"))
			;
		return body;
	}
	size_t whole_day = wp_word_at(p, WP_WORDS_WHOLE_DAY);
	if (!whole_day)
		return p;
	body = p + whole_day;
	while (wp_str_skip(&body, "　") || wp_str_skip(&body, " "))
		;
	return body;
}

/* Does paragraph i open with a field's label and its colon (时间：, 负责部门：,
 * 内容：): a label of at most six characters? */
static bool label_line(const struct reader *r, size_t i)
{
	if (i >= r->t.n)
		return false;
	const char *p = r->t.para[i], *colon = wp_str_find(p, "：");
	if (!colon || colon == p || wp_text_width_n(p, (size_t)(colon - p)) > 12)
		return false;
	const char *comma = wp_str_find(p, "，");
	return !comma || comma > colon;
}

/* 牵头：院办公室 / 邀请县工商联派员参加。: a sentence after a block's
 * fields that names who else takes part (a unit's verb in it: 派员参加,
 * 协助), short, no time, no day and no heading of its own, is the
 * block's too. */
static bool units_after_fields(const struct reader *r, size_t i)
{
	const char *p = r->t.para[i], *word, *clock;
	size_t len;
	wp_ndate d;
	return r->outline.para[i].kind == WP_OUTLINE_PROSE && !wp_outline_ends_section(&r->outline, i) &&
	       wp_text_width(p) <= 80 && wp_str_ends(p, "。") && !past_opening_time(p, &word, &clock) &&
	       !wp_word_at(p, WP_WORDS_ALL_ABOVE) && /* 以上活动由X统一协调: all of them */
	       !wp_nfind_date(p, r->year, &d) &&
	       (wp_word_find(p, WP_WORDS_HELP_VERB, &len) || wp_word_find(p, WP_WORDS_LEAD_VERB, &len));
}

/* 12月1日（周二） / 交通安全主题班会 / 时间：下午第三节课 / 地点：各班教室 /
 * 负责部门：…: under a day, a title on a line of its own over its fields
 * a line each. The last paragraph of the block at i into *last; false
 * when i is no such title. */
static bool titled_block(const struct reader *r, size_t i, size_t *last)
{
	/* 上午9:00　宣传周启动仪式 / 地点：…: the title after its time */
	const char *word, *clock, *p = past_opening_time(r->t.para[i], &word, &clock);
	if (!p || !*p)
		p = r->t.para[i];
	/* a programme's entry (X……Y) is a line of fields, no title alone */
	if (wp_str_find(p, "：") || wp_str_find(p, "。") || wp_text_width(p) > 60 || !label_line(r, i + 1) ||
	    wp_nline_has_leader(p))
		return false;
	size_t j = i + 1;
	while (j + 1 < r->t.n && label_line(r, j + 1) && !wp_outline_ends_section(&r->outline, j + 1))
		j++;
	if (j + 1 < r->t.n && units_after_fields(r, j + 1))
		j++;
	*last = j;
	return true;
}

/* 14:00—16:00 / 内容：… / 地点：… / 负责部门：… / 配合：…: under a day, a
 * slot whose time stands alone on its line over its fields a labelled
 * line each, read into *s (which the caller frees); the last of its
 * lines into *last. false when i opens no such run. */
static bool timed_run(struct reader *r, size_t i, struct wp_slot *s, size_t *last)
{
	const char *p = r->t.para[i], *body = past_slot_time(p);
	wp_notice_slot_init(s);
	if (body == p || *body || !label_line(r, i + 1))
		return false;
	size_t j = i;
	while (label_line(r, j + 1) && !wp_outline_ends_section(&r->outline, j + 1) && wp_notice_step(r, 1) &&
	       wp_notice_slot_field(s, r->t.para[j + 1], strlen(r->t.para[j + 1])))
		j++;
	*last = j;
	return s->title && j > i;
}

/* The block's activity, read as an item titled by its first line (after
 * the time it opens with, which is the activity's when its fields give
 * none), with the day it stands under (day_line, its group's heading,
 * when it has a date) when its fields give none. */
static bool add_block(struct reader *r, const char *no, const wp_ndate *days, const char *day_line, size_t i,
		      size_t last, const char **carried)
{
	if (!wp_notice_add_unnumbered_item(r, no, i, last))
		return false;
	wp_buf rest = WP_BUF_INIT;
	for (size_t k = i + 1; k <= last; k++)
		wp_buf_printf(&rest, "%s%s", k > i + 1 ? "\n" : "", r->t.para[k]);
	const char *word, *clock, *title = past_opening_time(r->t.para[i], &word, &clock);
	if (!title || !*title)
		title = r->t.para[i], word = clock = NULL;
	size_t before = json_array_size(r->activities);
	wp_notice_read_item(r, no, title, wp_buf_str(&rest), day_line);
	wp_buf_free(&rest);
	json_t *a = json_array_size(r->activities) > before ? json_array_get(r->activities, before) : NULL;
	if (a && !json_is_string(json_object_get(a, "start")))
		wp_notice_set_read_dates(a, days);
	if (a && !json_is_string(json_object_get(a, "time")))
		set_time(a, word, clock, title, carried);
	return true;
}

/* Where a paragraph under a day goes on past what tells its time: its
 * time of day (上午9:30，在…举行…), the whole day (全天，在…开展…) or
 * the day of its heading (同日起，在…开放…展); NULL when it opens with
 * none of them. */
static const char *past_day_opening(const char *p, const char **word, const char **clock)
{
	const char *body = past_opening_time(p, word, clock);
	if (body)
		return body;
	*word = *clock = NULL;
	size_t n = wp_word_at(p, WP_WORDS_WHOLE_DAY);
	if (!n)
		n = wp_word_at(p, WP_WORDS_HEADING_DAY);
	const char *q = p + n;
	if (!n || (!wp_str_skip(&q, "，") && !wp_str_skip(&q, "　") && !wp_str_skip(&q, "：")))
		return NULL;
	return q;
}

/* Where the next event of a day's paragraph starts: at a ； before a new
 * time (…双语宣讲会，…知识；下午，开展…青少年主题活动。); the end of p if
 * none. */
static const char *next_event(const char *p)
{
	for (const char *q = p; *q; q += wp_str_char_len(q)) {
		const char *after = q, *word, *clock;
		if (wp_str_skip(&after, "；") && past_day_opening(after, &word, &clock))
			return q;
	}
	return p + strlen(p);
}

/* 宣讲会由X牵头，Y配合；青少年主题活动由Z负责。: the clause of the
 * paragraph that names an event by the end of its title (宣讲会 for
 * “网络安全进村寨”双语宣讲会), then 由; NULL if none. Caller frees. */
static char *units_clause(struct reader *r, const char *p, const char *title)
{
	static const char *const ends[] = {"。", "；", NULL};
	while (*p && wp_notice_step(r, 1)) {
		char *clause = wp_notice_upto(p, ends);
		size_t n = strlen(clause);
		const char *by = wp_str_find(clause, "由");
		if (by && by > clause) {
			char *name = wp_str_sub(clause, (size_t)(by - clause));
			bool named = wp_str_ends(title, name);
			free(name);
			if (named)
				return clause;
		}
		free(clause);
		p += n;
		if (*p)
			p += wp_str_char_len(p);
	}
	return NULL;
}

/* One event of a day's paragraph, told by text (which opens with its
 * time), as activity no on the day; -1 when no more items fit, 0 when
 * the text tells no event. The units of one of several events are in the
 * clause that names it (units_clause), else in its own text. */
static int add_event(struct reader *r, const char *no, const wp_ndate *days, size_t i, const char *text,
		     bool several, const char **carried)
{
	const char *word, *clock;
	const char *body = past_day_opening(text, &word, &clock);
	char *title = body ? title_of(body) : NULL;
	if (!title)
		return 0;
	if (!wp_notice_add_unnumbered_item(r, no, i, i)) {
		free(title);
		return -1;
	}
	char *clean = wp_str_trim_end(title, wp_notice_end_punct);
	json_t *a = wp_notice_new_activity(no, clean);
	wp_date end;
	if (days->start != WP_DATE_NONE) {
		wp_notice_set_read_dates(a, days);
		if (days->start == days->end && wp_notice_run_end(r, body, days->start, &end))
			wp_notice_set_dates(a, days->start, end);
	} else {
		/* 星期一 in a month, or with no period: several days, or none;
		 * the weekday is kept, for the clerk to date */
		wp_notice_keep_when(a, days->at, days->len);
		wp_notice_note(r, WP_TR("activity %s: '%.*s' is about a day, not a date: left undated"), no,
			       (int)days->len, days->at);
	}
	set_time(a, word, clock, body, carried);
	char *place = wp_notice_find_location(body);
	if (place)
		json_object_set_new(a, "location", json_string(place));
	free(place);
	char *clause = several ? units_clause(r, r->t.para[i], clean) : NULL;
	json_t *lead, *coop;
	wp_notice_read_units(r, clause ? clause : body, &lead, &coop);
	free(clause);
	json_object_set_new(a, "lead", lead);
	json_object_set_new(a, "cooperate", coop);
	json_array_append_new(r->activities, a);
	free(clean);
	free(title);
	return 1;
}

/* A paragraph under a day that opens with its time and tells an event
 * (上午9:30，在县民族文化广场举行…开幕式。由县委网信办牵头，县公安局配合。),
 * or several set apart by ； each with its time (上午9:00，…宣讲会，…；下午，
 * 开展…活动。), as one activity each on the day, numbered from count + 1;
 * how many, or -1 when no more items fit. */
static int add_timed(struct reader *r, size_t count, const wp_ndate *days, size_t i, const char **carried)
{
	const char *p = r->t.para[i], *word, *clock;
	if (!past_day_opening(p, &word, &clock))
		return 0;
	bool several = *next_event(p) != '\0';
	int added = 0;
	while (*p && wp_notice_step(r, 1)) {
		const char *stop = next_event(p);
		/* the last event's text runs to the paragraph's end */
		char *text = wp_str_sub(p, (size_t)(stop - p));
		char no[16];
		snprintf(no, sizeof no, "%zu", count + (size_t)added + 1);
		int one = add_event(r, no, days, i, *stop ? text : p, several, carried);
		free(text);
		if (one < 0)
			return added ? added : -1;
		added += one;
		p = stop;
		wp_str_skip(&p, "；");
	}
	return added;
}

/* 各通信运营商向辖区手机用户推送网络安全公益短信，并…: what a paragraph
 * that holds no event does, its verb and object (推送网络安全公益短信) in
 * its first sentence, or NULL. Caller frees. */
static char *deed_named(const char *p)
{
	static const char *const object_end[] = {"，", "。", "；", NULL};
	char *sentence = wp_notice_first_sentence(p);
	size_t len;
	/* 严禁借机发放广告, 请各单位将发放资料数量报…: asked for, not done */
	if (wp_word_find(sentence, WP_WORDS_DEMAND, &len)) {
		free(sentence);
		return NULL;
	}
	/* not a name's (“浔东发布”公众号) nor a clause's (X发布的要点) */
	const char *verb = wp_word_find(sentence, WP_WORDS_DEED_VERB, &len);
	for (int tries = 0; verb && (wp_str_starts(verb + len, "的") || wp_str_starts(verb + len, "”") ||
				     wp_str_nested_at(sentence, verb));
	     tries++) /* a few looks, each read from the start: no more */
		verb = tries < 4 ? wp_word_find(verb + len, WP_WORDS_DEED_VERB, &len) : NULL;
	char *title = verb ? wp_notice_upto(verb, object_end) : NULL;
	free(sentence);
	if (title && (wp_text_width(title) > 40 || strlen(title) == len)) {
		free(title);
		title = NULL;
	}
	return title;
}

/* 9月15日（星期二）　校园日 / … / 9月15日至18日，在全区各中小学校开展“网络
 * 安全第一课”，…。（责任单位：X）, 当天，各通信运营商…推送…短信。（责任单位：
 * Y）: a paragraph under a day line with no hour that names its event and
 * who leads it is one more entry, on its own days or else the day's. 1
 * when added, 0 when it is none, -1 when there is no room. */
static int add_told(struct reader *r, size_t count, const wp_ndate *days, size_t i)
{
	const char *p = r->t.para[i];
	if (!wp_notice_names_group_units(p))
		return 0;
	char *title = wp_notice_event_named(p);
	if (!title)
		title = deed_named(p);
	if (!title)
		return 0;
	char no[16];
	snprintf(no, sizeof no, "%zu", count + 1);
	if (!wp_notice_add_unnumbered_item(r, no, i, i)) {
		free(title);
		return -1;
	}
	wp_notice_read_prose_paragraph(r, no, title, p, days, NULL);
	free(title);
	return 1;
}

/* Line i with the next joined to it when i's list of units goes on there
 * (wp_notice_list_goes_on; caller frees), or NULL. */
static char *wrapped_list(const struct reader *r, size_t i)
{
	if (!wp_notice_list_goes_on(r, r->t.para[i], i + 1))
		return NULL;
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s", r->t.para[i], r->t.para[i + 1]);
	return wp_buf_take(&b);
}

/* The units the first sentence of p names for all the entries from first
 * on (以上活动由X牵头，各乡镇协助): its helpers added to the cooperating units of each,
 * its lead to each that names none. False when it names no unit (以上活动
 *如遇雨天顺延): a sentence of the last entry's. Each comparison of units
 * is counted in r's work. Sixteen units at most: a longer list names no
 * helpers of every entry. */
#define ALL_UNITS_MAX 16 /* a sentence naming more is a list, no helpers of every entry */
#define UNIT_WIDTH_MAX 44 /* 某某市市场监督管理局（某某市知识产权局）: a unit's name is no longer */
bool wp_notice_given_to_all(struct reader *r, const char *p, size_t first)
{
	static const char *const sentence_end[] = {"。", NULL};
	char *sentence = wp_notice_upto(p, sentence_end);
	json_t *lead, *coop;
	wp_notice_read_units(r, sentence, &lead, &coop);
	free(sentence);
	/* 以上活动的图片和总结请于…报送县知识产权局: a sentence read whole as
	 * its subject names no lead */
	size_t i, k;
	json_t *unit;
	bool units = true;
	json_array_foreach(lead, i, unit) {
		const char *name = json_string_value(unit);
		units = units && name && wp_notice_unit_like(name) && wp_text_width(name) <= UNIT_WIDTH_MAX &&
			!wp_word_find(name, WP_WORDS_DUTY_SENT, &(size_t){0});
	}
	if (!units)
		json_array_clear(lead);
	bool names = json_array_size(lead) > 0 || json_array_size(coop) > 0;
	bool apply = json_array_size(lead) + json_array_size(coop) <= ALL_UNITS_MAX;
	for (i = first; apply && names && i < json_array_size(r->activities); i++) {
		json_t *a = json_array_get(r->activities, i);
		json_t *theirs = json_object_get(a, "cooperate"), *led = json_object_get(a, "lead");
		if (!json_is_array(theirs) || !json_is_array(led) ||
		    !wp_notice_step(r, json_array_size(coop) + json_array_size(theirs) + 1))
			break;
		if (json_array_size(led) == 0)
			json_array_extend(led, lead);
		/* the names it has, as a set: one look each, however many */
		json_t *has = json_object();
		size_t m;
		json_t *u;
		json_array_foreach(theirs, m, u)
			if (json_is_string(u))
				json_object_set(has, json_string_value(u), json_true());
		json_array_foreach(coop, k, unit) {
			const char *name = json_string_value(unit);
			if (name && !json_object_get(has, name)) {
				json_array_append(theirs, unit);
				json_object_set(has, name, json_true());
			}
		}
		json_decref(has);
	}
	json_decref(lead);
	json_decref(coop);
	return names;
}

size_t wp_notice_day_lines_between(struct reader *r, size_t from, size_t to)
{
	size_t days = 0;
	wp_ndate d;
	for (size_t i = from; i < to && i < r->t.n && wp_notice_step(r, 1); i++)
		days += wp_notice_day_line(r->t.para[i], r->year, &d);
	return days;
}

size_t wp_notice_read_day_lines(struct reader *r, size_t from)
{
	return wp_notice_read_day_lines_upto(r, from, r->t.n);
}

size_t wp_notice_read_day_lines_upto(struct reader *r, size_t from, size_t to)
{
	wp_ndate days = {0};
	const char *theme = NULL; /* the theme day of the heading just read */
	bool themed = false;	  /* the day line over the lines names a theme day */
	bool under_day = false, vague = false; /* vague: under a part of a month */
	const char *carried = NULL;
	const char *day_line = NULL; /* the line of the day heading the lines are under */
	size_t count = 0;
	/* the first entry a 以上活动由… sentence is said of: those since the
	 * last such sentence (each entry given to once) */
	size_t above_from = json_array_size(r->activities);
	for (size_t i = from; i < to && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		if (wp_outline_ends_section(&r->outline, i))
			break;
		/* 5月中旬: a part of a month over its lines, no date */
		wp_ndate part;
		if (wp_nfind_dekad(p, r->year, &part) && part.at == p && part.len == strlen(p)) {
			days = part;
			under_day = vague = true;
			carried = NULL;
			theme = NULL;
			themed = false;
			continue;
		}
		/* 20日　星期一 under 4月10日—19日: the month goes on */
		wp_date ref = under_day && !vague && days.start != WP_DATE_NONE ? days.start : r->start;
		if (wp_notice_day_line(p, r->year, &days) || wp_notice_month_day_line(p, r, ref, &days)) {
			day_line = p;
			vague = false;
			under_day = true;
			carried = NULL;
			theme = wp_notice_day_theme(&days);
			themed = theme != NULL;
			continue;
		}
		/* 星期一（开幕日）: in a week-long period, the one day so named */
		if (wp_notice_weekday_line(r, p, &days)) {
			day_line = NULL;
			under_day = true;
			carried = NULL;
			theme = NULL;
			continue;
		}
		if (!under_day)
			continue; /* 具体日程如下： and the like, before the first day */
		/* 以上活动由县知识产权局统一协调，各乡镇协助。: who runs and
		 * helps with all the entries read under the days since the last
		 * such sentence */
		if (wp_word_at(p, WP_WORDS_ALL_ABOVE) && count && wp_notice_given_to_all(r, p, above_from)) {
			above_from = json_array_size(r->activities);
			continue;
		}
		/* 6月8日（星期一）“…”主题日 / 由X牵头，…: the paragraph under it */
		if (theme) {
			int added = wp_notice_add_theme_day(r, count, &days, theme, i);
			theme = NULL;
			if (added < 0)
				break;
			count += (size_t)added;
			if (added)
				continue;
		}
		size_t last;
		struct wp_slot s;
		if (timed_run(r, i, &s, &last)) {
			char no[16];
			snprintf(no, sizeof no, "%zu", count + 1);
			if (!wp_notice_add_unnumbered_item(r, no, i, last)) {
				wp_notice_slot_free(&s);
				break;
			}
			wp_notice_add_slot(r, no, &days, p, p + strlen(p), &s);
			wp_notice_slot_free(&s);
			count++;
			i = last;
			continue;
		}
		wp_notice_slot_free(&s);
		if (titled_block(r, i, &last)) {
			char no[16];
			snprintf(no, sizeof no, "%zu", count + 1);
			if (!add_block(r, no, &days, day_line, i, last, &carried))
				break;
			count++;
			i = last;
			continue;
		}
		/* …配合：区委宣传部、区教育局、 / (indent) 区融媒体中心: a list of
		 * units cut after its 、 goes on on the next line */
		char *joined = wrapped_list(r, i);
		const char *line = joined ? joined : p;
		const char *body = past_slot_time(line);
		if (wp_notice_read_slot(body, &s)) {
			char no[16];
			snprintf(no, sizeof no, "%zu", count + 1);
			size_t end = joined ? i + 1 : i;
			/* 上午9:30　启动仪式……县文化广场 / 主办：X / 承办：Y: a
			 * printed programme's entry, its units on lines under it */
			while (end + 1 < r->t.n && label_line(r, end + 1) &&
			       !wp_outline_ends_section(&r->outline, end + 1) && wp_notice_step(r, 1) &&
			       wp_notice_slot_label_line(&s, r->t.para[end + 1]))
				end++;
			if (!wp_notice_add_unnumbered_item(r, no, i, end)) {
				wp_notice_slot_free(&s);
				free(joined);
				break;
			}
			wp_notice_add_slot(r, no, &days, line, body, &s);
			if (vague)
				wp_notice_set_part_of_month(r, json_array_get(r->activities, json_array_size(r->activities) - 1),
							    no, &days);
			count++;
			wp_notice_slot_free(&s);
			free(joined);
			i = end;
			continue;
		}
		free(joined);
		wp_notice_slot_free(&s);
		int added = add_timed(r, count, &days, i, &carried);
		if (added == 0 && day_line && themed)
			added = add_told(r, count, &days, i);
		if (added < 0)
			break;
		count += (size_t)added;
	}
	if (count)
		wp_notice_note(r, WP_TR("the activities are the lines under the schedule's days, numbered 1, 2 ... "
					"in order"));
	return count;
}
