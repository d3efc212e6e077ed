/* notice-items.c - the numbered items of a notice's activity section:
 * title, dates and times, place, lead and cooperating units, and dated
 * sub-events. */
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

/* 县一中, 市二中: a school numbered 一中 is a place; 在工作中 is not. */
static bool numbered_school(const char *v)
{
	size_t n = strlen(v);
	size_t len;
	return n >= 6 && wp_cn_number(v + n - 6, &len) > 0 && len == 3;
}

/* The value of a 地点： line: up to a ，；。 outside brackets, so that
 * 各村（居） and 实验室（化学楼二楼） stay whole; a bracket the line leaves
 * open is cut off. Caller frees; NULL when the label is absent or its
 * value empty. */
static char *labelled_place(const char *body, const char *label)
{
	const char *at = wp_str_find(body, label);
	if (!at)
		return NULL;
	const char *p = at + strlen(label), *start = p, *last_open = NULL;
	int depth = 0;
	static const char *const stops[] = {"，", "；", "。", "\n", NULL};
	while (*p && !(depth == 0 && wp_str_span_of(p, stops))) {
		if (wp_str_starts(p, "（"))
			last_open = depth++ == 0 ? p : last_open;
		else if (wp_str_starts(p, "）") && --depth < 0)
			break; /* the close of a bracket opened before the label */
		p += wp_str_char_len(p);
	}
	char *v = wp_str_sub(start, (size_t)(p - start));
	if (last_open && depth > 0)
		v[last_open - start] = '\0'; /* cut off by the end of the line */
	char *t = wp_str_trim_end(v, wp_notice_end_punct);
	free(v);
	if (!*t) {
		free(t);
		return NULL;
	}
	return t;
}

/* “梁溪政法”微信公众号 (a 公众号, 视频号, 抖音号, 客户端, 网站 named in
 * quotes): the first one in body, or NULL. Caller frees. */
static char *account_in(const char *body)
{
	static const char *const kinds[] = {"微信公众号", "公众号", "视频号", "抖音号", "客户端", "网站",
					    "官方微博", NULL};
	for (const char *close = wp_str_find(body, "”"); close; close = wp_str_find(close + 1, "”")) {
		const char *after = close + strlen("”");
		for (const char *const *k = kinds; *k; k++) {
			if (!wp_str_starts(after, *k))
				continue;
			const char *open = NULL;
			for (const char *q = body; q < close; q += wp_str_char_len(q))
				if (wp_str_starts(q, "“"))
					open = q;
			/* one of several channels (“X”公众号、抖音号和电视台) is not the place */
			const char *end = after + strlen(*k);
			static const char *const more[] = {"、", "和", "及", "以及", NULL};
			bool several = wp_str_span_of(end, more) || (open && wp_str_ends_at(body, open, "、"));
			if (open && close - open <= 60 && !several)
				return wp_str_sub(open, (size_t)(end - open));
		}
	}
	return NULL;
}

/* Where a place is named: 在X开展, 地址：X, 深入X开展, 通过X等平台. */
static char *find_location(const char *body)
{
	char *loc = labelled_place(body, "地点：");
	if (!loc)
		loc = labelled_place(body, "地址：");
	if (loc)
		return loc;
	/* 各镇街在当地开展…: the units' own places. */
	const char *local = wp_str_find(body, "在当地");
	if (local && local > body) {
		const char *start = body;
		for (const char *c = wp_str_find(body, "，"); c && c < local; c = wp_str_find(c + strlen("，"), "，"))
			start = c + strlen("，");
		char *who = wp_str_sub(start, (size_t)(local - start));
		if (wp_notice_unit_like(who) && wp_text_width(who) <= 30)
			return who;
		free(who);
	}
	static const char *const verbs[] = {"开展", "组织", "举办", "举行", "开辟", "通过", "利用",
					    "播放", "召开", "进行", "设置", "设立", "集中", "展开",
					    "加大", "发放", "张贴", "悬挂", "投放", "发布", "展示",
					    "展出", "布置", "搭建", "摆放", "面向", "向", "为", "，",
					    "。", "等", "；", "\n", NULL};
	/* 通过“临朐司法”微信公众号公布: an account is where it happens */
	char *account = account_in(body);
	if (account)
		return account;
	/* 在X开展: X is a place unless it is a time or a circumstance
	 * (在…期间, 在…下, 在做好…的前提下, 在当地, 在显著位置, 在农闲时节). */
	for (const char *hit = wp_str_find(body, "在"); hit; hit = wp_str_find(hit + 1, "在")) {
		char *v = wp_notice_upto(hit + strlen("在"), verbs);
		static const char *const not_places[] = {"期间", "实际", "基础", "前提", "过程", "位置",
							 "时节", "环节", "状态", "阶段"};
		bool place = wp_text_width(v) >= 4 && wp_text_width(v) <= (wp_str_find(v, "、") ? 80 : 40);
		for (size_t k = 0; place && k < sizeof not_places / sizeof *not_places; k++)
			place = !wp_str_find(v, not_places[k]);
		place = place && !wp_str_starts(v, "做好") && !wp_str_starts(v, "全") &&
			!wp_str_starts(v, "当地") && !wp_str_starts(v, "宣传") &&
			!wp_str_ends(v, "下") && (!wp_str_ends(v, "中") || numbered_school(v)) && !wp_str_ends(v, "时") &&
			!wp_str_ends(v, "后") && !wp_str_ends(v, "前");
		if (place)
			return v;
		free(v);
	}
	/* 深入X开展, 走进X，开展: the place where the work is done. */
	static const char *const goes[] = {"深入", "走进", NULL};
	for (const char *const *go = goes; *go; go++)
		for (const char *hit = wp_str_find(body, *go); hit; hit = wp_str_find(hit + 1, *go)) {
			char *v = wp_notice_upto(hit + strlen(*go), verbs);
			const char *next = hit + strlen(*go) + strlen(v);
			if ((wp_str_starts(next, "开展") || wp_str_starts(next, "，开展")) &&
			    wp_text_width(v) >= 4 && wp_text_width(v) <= 40)
				return v;
			free(v);
		}
	/* 对我州范围内商场、超市等…检查: the places listed, across the region
	 * (全州商场、超市). */
	for (const char *hit = wp_str_find(body, "范围内"); hit; hit = wp_str_find(hit + 1, "范围内")) {
		static const char *const levels[] = {"州", "市", "县", "区", NULL};
		const char *level = NULL;
		for (const char *const *l = levels; *l && !level && hit - body >= 6; l++)
			if (wp_str_starts(hit - 3, *l) &&
			    (wp_str_starts(hit - 6, "我") || wp_str_starts(hit - 6, "全")))
				level = *l;
		const char *from = hit + strlen("范围内");
		const char *etc = level ? wp_notice_find_near(from, "等", 60) : NULL;
		if (!etc || etc == from)
			continue;
		char *list = wp_str_sub(from, (size_t)(etc - from));
		if (!wp_str_find(list, "，") && !wp_str_find(list, "。")) {
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "全%s%s", level, list);
			free(list);
			return wp_buf_take(&b);
		}
		free(list);
	}
	/* 面向产业集聚区企业: the enterprises of a zone are met in that zone. */
	for (const char *hit = wp_str_find(body, "面向"); hit; hit = wp_str_find(hit + 1, "面向")) {
		const char *from = hit + strlen("面向");
		const char *firms = wp_notice_find_near(from, "企业", 60);
		if (!firms || firms == from)
			continue;
		char *zone = wp_str_sub(from, (size_t)(firms - from));
		bool plain = !wp_str_find(zone, "、") && !wp_str_find(zone, "，") && !wp_str_find(zone, "“");
		if (plain && (wp_str_ends(zone, "区") || wp_str_ends(zone, "园")) && wp_text_width(zone) >= 4)
			return zone;
		free(zone);
	}
	static const char *const plat_stops[] = {"等平台", "等媒体", NULL};
	const char *via = wp_str_find(body, "通过");
	if (via && wp_str_find(via, "等平台")) {
		char *v = wp_notice_upto(via + strlen("通过"), plat_stops);
		if (wp_text_width(v) <= 80)
			return v;
		free(v);
	}
	return NULL;
}

json_t *wp_notice_new_activity(const char *no, const char *title)
{
	return json_pack("{s:s, s:s, s:n, s:n, s:n, s:n, s:n, s:n, s:[], s:[], s:n}", "no", no,
			 "title", title, "description", "start", "end", "time", "end_time", "location",
			 "lead", "cooperate", "notes");
}

void wp_notice_set_dates(json_t *a, wp_date start, wp_date end)
{
	json_object_set_new(a, "start", wp_notice_jdate(start));
	json_object_set_new(a, "end", wp_notice_jdate(end));
	json_object_del(a, WP_NOTICE_WRITTEN);
}

void wp_notice_set_period_dates(struct reader *r, json_t *a, const char *text)
{
	wp_notice_set_dates(a, r->start, r->end);
	/* 宣传周期间 as written (its clause), for a notice without a period */
	const char *during = wp_str_find(text, "期间"), *from = text;
	for (const char *c = text; during && c < during; c += wp_str_char_len(c))
		if (wp_str_starts(c, "，") || wp_str_starts(c, "：") || wp_str_starts(c, "。"))
			from = c + wp_str_char_len(c);
	if (!during)
		return;
	char *written = wp_str_sub(from, (size_t)(during - from) + strlen("期间"));
	json_object_set_new(a, WP_NOTICE_WRITTEN, json_string(written));
	free(written);
}

void wp_notice_set_read_dates(json_t *a, const wp_ndate *d)
{
	wp_notice_set_dates(a, d->start, d->end);
	/* as written, without a weekday in brackets: 4月22日（星期二） */
	char *written = wp_str_sub(d->at, d->len);
	char *bracket = strstr(written, "（");
	if (bracket && bracket != written)
		*bracket = '\0';
	json_object_set_new(a, WP_NOTICE_WRITTEN, json_string(written));
	free(written);
}

/* A later sentence that begins with a date is an event of its own:
 * "4月23日州局举办…线上培训班" becomes item 四.1. */
static void read_sub_events(struct reader *r, const char *no, const char *body, size_t *sub)
{
	static const char *const verbs[] = {"举办", "召开", "组织", "开展", NULL};
	const char *s = wp_str_find(body, "。");
	while (s && wp_notice_step(r, 1)) {
		s += strlen("。");
		while (*s == '\n' || *s == ' ')
			s++;
		wp_ndate d;
		/* a date must start the sentence */
		if (*s >= '0' && *s <= '9' && wp_nfind_date_at(s, r->year, &d)) {
			const char *rest = s + d.len;
			char *who = wp_notice_upto(rest, verbs);
			const char *verb = rest + strlen(who);
			if (*verb && wp_notice_activity_room(r)) {
				char *title = wp_notice_first_sentence(verb + strlen(verbs[0]));
				const char *place = wp_str_find(title, "线上") || wp_str_find(title, "网上") ? "线上" : NULL;
				char number[64];
				snprintf(number, sizeof number, "%.30s.%zu", no, ++*sub);
				json_t *a = wp_notice_new_activity(number, title);
				wp_notice_set_read_dates(a, &d);
				if (place)
					json_object_set_new(a, "location", json_string(place));
				if (wp_notice_unit_like(who))
					json_array_append_new(json_object_get(a, "lead"), json_string(who));
				json_array_append_new(r->activities, a);
				wp_notice_note(r, WP_TR("activity %s: the dated event in item %s is listed as %s"), number, no,
				     number);
				free(title);
			}
			free(who);
		}
		s = wp_str_find(s, "。");
	}
}

/* Where "N是" (一是, 二是 ...) opens a part of text: at its start or after
 * 。：；. NULL if it does not. */
static const char *enumerated_at(const char *text, int n)
{
	char marker[16];
	wp_cn_number_format(n, marker, sizeof marker - 4);
	strcat(marker, "是");
	for (const char *hit = wp_str_find(text, marker); hit; hit = wp_str_find(hit + 1, marker))
		if (hit == text || wp_str_ends_at(text, hit, "。") || wp_str_ends_at(text, hit, "：") ||
		    wp_str_ends_at(text, hit, "；") || wp_str_ends_at(text, hit, "\n"))
			return hit;
	return NULL;
}

/* 一是进学校。县教育局要…二是进社区（村）。…: an item that lists what it
 * holds as 一是, 二是 ... has those as its sub-activities (二.1, 二.2),
 * each titled by its first clause; one that names no unit is led by the
 * item's leads. */
static void read_enumerated(struct reader *r, const char *no, const char *text, json_t *item_lead,
			    size_t *sub)
{
	const char *at = enumerated_at(text, 1);
	if (!at || !enumerated_at(at, 2))
		return; /* a list of one is a manner of speaking */
	for (int n = 1; at && n < 100 && wp_notice_step(r, 1) && wp_notice_activity_room(r); n++) {
		const char *next = enumerated_at(at, n + 1);
		const char *from = at + wp_str_char_len(at); /* past the numeral... */
		while (!wp_str_starts(from, "是"))
			from += wp_str_char_len(from); /* (十一 has two characters) */
		from += strlen("是");
		char *part = wp_str_sub(from, next ? (size_t)(next - from) : strlen(from));
		static const char *const title_stops[] = {"。", "，", "；", NULL};
		char *title = wp_notice_upto(part, title_stops);
		char *clean = wp_str_trim_end(title, wp_notice_end_punct);
		char number[64];
		snprintf(number, sizeof number, "%.30s.%zu", no, ++*sub);
		if (*clean && wp_text_width(clean) <= 120) {
			json_t *a = wp_notice_new_activity(number, clean);
			/* who does it is said after the title (进学校。县教育局要…) */
			const char *rest = part + strlen(title);
			rest += wp_str_span_of(rest, title_stops);
			json_t *lead, *coop;
			wp_notice_read_units(r, rest, &lead, &coop);
			if (json_array_size(lead) == 0)
				json_array_extend(lead, item_lead);
			json_object_set_new(a, "lead", lead);
			json_object_set_new(a, "cooperate", coop);
			char *loc = find_location(part);
			if (loc)
				json_object_set_new(a, "location", json_string(loc));
			free(loc);
			json_array_append_new(r->activities, a);
		} else {
			--*sub;
		}
		free(clean);
		free(title);
		free(part);
		at = next;
	}
}

/* The time in text (上午9:00, 下午3点, 9时) and an end time right after
 * it (9:00-11:30, 下午2点至4点); returns whether a time was found. */
bool wp_notice_set_times(json_t *a, const char *text)
{
	char time[6], end_time[6];
	const char *time_at = NULL;
	if (!text || !wp_nfind_time(text, time, &time_at))
		return false;
	json_object_set_new(a, "time", json_string(time));
	const char *t = time_at;
	while ((*t >= '0' && *t <= '9') || *t == ':' || wp_str_starts(t, "时") ||
	       wp_str_starts(t, "点") || wp_str_starts(t, "分") || wp_str_starts(t, "："))
		t += wp_str_char_len(t);
	const char *e = NULL;
	if ((*t == '-' || wp_str_starts(t, "—") || wp_str_starts(t, "－") || wp_str_starts(t, "至") ||
	     *t == '~' || wp_str_starts(t, "～")) &&
	    wp_nfind_time(t, end_time, &e) && e <= t + 6) {
		/* 下午2点至4点: the afternoon carries over to the end. */
		int h = atoi(end_time);
		if (strcmp(end_time, time) <= 0 && atoi(time) >= 12 && h < 12) {
			h += 12; /* "HH:MM": rewrite the hour digits in place */
			end_time[0] = (char)('0' + h / 10);
			end_time[1] = (char)('0' + h % 10);
		}
		if (strcmp(end_time, time) > 0)
			json_object_set_new(a, "end_time", json_string(end_time));
	}
	return true;
}

/* 即日起至4月30日: from the notice's issue (else the campaign's start)
 * to that day, not that day alone. */
static void from_now_on(struct reader *r, const char *text, const wp_ndate *d, json_t *a)
{
	const char *now = wp_str_find(text, "即日起");
	if (!now || now > d->at || d->start != d->end)
		return;
	const char *between = now + strlen("即日起");
	static const char *const marks[] = {"至", "到", "—", "－", "-", NULL};
	bool to = false;
	for (const char *const *m = marks; *m && !to; m++)
		to = wp_str_starts(between, *m) && between + strlen(*m) == d->at;
	if (!to)
		return;
	wp_date start = r->start;
	const char *issued = json_string_value(json_object_get(r->plan, "issued_on"));
	wp_err err;
	if (issued)
		wp_date_parse(issued, &start, &err);
	if (start != WP_DATE_NONE && start <= d->start)
		wp_notice_set_dates(a, start, d->start);
}

static void read_item(struct reader *r, const char *no, const char *heading, const char *rest)
{
	static const char *const title_stops[] = {"。", NULL};
	char *title = wp_notice_upto(heading, title_stops);
	/* （一）活动名称：知识产权进校园 */
	const char *named = title;
	for (const struct wp_field_label *l = wp_field_labels; l->name; l++)
		if ((l->where & WP_FIELD_TITLE) && wp_str_starts(named, l->name) &&
		    wp_str_starts(named + strlen(l->name), "：")) {
			named += strlen(l->name) + strlen("：");
			break;
		}
	char *clean_title = wp_str_trim_end(named, wp_notice_end_punct);
	wp_buf body = WP_BUF_INIT;
	const char *after_title = heading + strlen(title);
	wp_str_skip(&after_title, "。");
	wp_buf_puts(&body, after_title);
	if (*rest) {
		if (body.len)
			wp_buf_putc(&body, '\n');
		wp_buf_puts(&body, rest);
	}
	const char *text = wp_buf_str(&body);
	json_t *a = wp_notice_new_activity(no, clean_title);
	/* When: a 时间： line, else a date in the first sentence, else the
	 * campaign period when the item says 宣传周期间. */
	static const char *const line_stops[] = {"\n", NULL};
	char *when = wp_notice_after(text, "时间：", line_stops);
	char *first = wp_notice_first_sentence(text);
	wp_ndate d;
	const char *date_src = when ? when : first;
	if (wp_nfind_date(date_src, r->year, &d) || wp_nfind_date(clean_title, r->year, &d)) {
		wp_notice_set_read_dates(a, &d);
		from_now_on(r, date_src, &d, a);
	} else if (wp_nfind_during(first) || (when && wp_nfind_during(when))) {
		wp_notice_set_period_dates(r, a, first);
	} else if (wp_nfind_dekad(date_src, r->year, &d)) {
		wp_notice_set_read_dates(a, &d);
		wp_notice_note(r, WP_TR("activity %s: '%.*s' read as the days it spans"), no, (int)d.len, d.at);
	} else {
		wp_notice_note(r, WP_TR("activity %s: no date found; it takes place some time in the campaign period"),
		     no);
	}
	if (!wp_notice_set_times(a, first))
		wp_notice_set_times(a, when);
	char *loc = find_location(first);
	if (!loc)
		loc = find_location(text);
	if (!loc && (wp_str_find(clean_title, "线上") || wp_str_find(clean_title, "网上")))
		loc = wp_xstrdup("线上");
	if (loc)
		json_object_set_new(a, "location", json_string(loc));
	/* an item that enumerates its parts (一是…二是…) names its own units
	 * before them; what follows is theirs */
	const char *parts = enumerated_at(text, 1);
	char *own = parts && enumerated_at(parts, 2) ? wp_str_sub(text, (size_t)(parts - text)) : NULL;
	json_t *lead, *coop;
	wp_notice_read_units(r, own ? own : text, &lead, &coop);
	free(own);
	json_object_set_new(a, "lead", lead);
	json_object_set_new(a, "cooperate", coop);
	if (json_array_size(lead) == 0)
		wp_notice_note(r, WP_TR("activity %s: no lead unit found"), no);
	json_array_append_new(r->activities, a);
	size_t sub = 0;
	read_enumerated(r, no, text, lead, &sub);
	read_sub_events(r, no, text, &sub);
	free(loc);
	free(first);
	free(when);
	free(title);
	free(clean_title);
	wp_buf_free(&body);
}


bool wp_notice_activity_room(struct reader *r)
{
	if (r->nitems < WP_NOTICE_MAX_ITEMS && json_array_size(r->activities) < WP_NOTICE_MAX_ITEMS)
		return true;
	if (!r->activities_full)
		wp_notice_note(r, WP_TR("more than %d activity items: the rest are not read"),
			       WP_NOTICE_MAX_ITEMS);
	r->activities_full = true;
	return false;
}

bool wp_notice_add_item(struct reader *r, const char *no, size_t first, size_t last)
{
	if (!wp_notice_activity_room(r))
		return false;
	if (r->nitems == r->capitems) {
		r->capitems = r->capitems ? r->capitems * 2 : 16;
		r->items = wp_xrealloc(r->items, r->capitems * sizeof *r->items);
	}
	r->items[r->nitems] = (struct item_range){first, last, "", json_array_size(r->activities)};
	snprintf(r->items[r->nitems].no, sizeof r->items[r->nitems].no, "%s", no);
	r->nitems++;
	return true;
}

/* Is item heading i numbered in Arabic digits (1. or （1）)? */
static bool arabic_item(const struct wp_outline *o, size_t i)
{
	return o->para[i].level == 3 || o->para[i].level == 4;
}

/* 1.时间：… under an item is a line of that item, not an item itself: its
 * text opens with a field's label (of 6 characters at most) and a ：. */
static bool field_line(const struct wp_outline *o, size_t i)
{
	const struct wp_outline_para *p = &o->para[i];
	return p->field && (p->field->where & WP_FIELD_LINE) && p->label_len <= 18;
}

/* The section's paragraphs that open with a date and a ： or ，
 * (4月20日：举办启动仪式。/ 4月21日上午，开展进校园活动。) as items
 * numbered 1, 2, ...; returns how many. */
static size_t read_schedule(struct reader *r, size_t from)
{
	size_t count = 0;
	for (size_t i = from; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		if (wp_outline_ends_section(&r->outline, i))
			break;
		wp_ndate d;
		if (!wp_nfind_date_at(p, r->year, &d))
			continue;
		/* past the date and a time of day, a ：or ， opens what happens */
		const char *after = p + d.len;
		for (const struct wp_time_of_day *t = wp_times_of_day; t->word; t++)
			if (wp_str_starts(after, t->word))
				after += strlen(t->word);
		while ((*after >= '0' && *after <= '9') || *after == ':' || *after == '-' ||
		       wp_str_starts(after, "时") || wp_str_starts(after, "点") || wp_str_starts(after, "—"))
			after += wp_str_char_len(after);
		if (!wp_str_starts(after, "：") && !wp_str_starts(after, "，"))
			continue;
		char no[16];
		snprintf(no, sizeof no, "%zu", count + 1);
		if (!wp_notice_add_item(r, no, i, i))
			break;
		/* the title is the first sentence of what happens; the item reads
		 * its date and time from the whole line */
		static const char *const title_stops[] = {"，", "。", "；", NULL};
		char *title = wp_notice_upto(after + wp_str_char_len(after), title_stops);
		wp_buf line = WP_BUF_INIT;
		wp_buf_printf(&line, "%s。%s", title, p);
		read_item(r, no, wp_buf_str(&line), "");
		wp_buf_free(&line);
		free(title);
		count++;
	}
	return count;
}

void wp_notice_read_activities(struct reader *r)
{
	const struct wp_outline *o = &r->outline;
	const struct wp_outline_section *sec = wp_outline_find(o, WP_SECTION_ACTIVITIES);
	size_t i = sec ? sec->heading : 0;
	int n;
	if (!sec) {
		if (wp_notice_read_table(r) > 0)
			return;
		/* A page from the middle of a notice opens inside its activity
		 * section: its items come before any heading. */
		while (i < r->t.n && !wp_outline_item(o, i, &n) && !wp_outline_top(o, i, &n) && wp_notice_step(r, 1))
			i++;
		if (!wp_outline_item(o, i, &n)) {
			wp_notice_note(r, WP_TR("no activity section (重点活动, 具体活动, 活动内容, 活动方式 ...) "
						"or activity table found"));
			return;
		}
		wp_notice_note(r, WP_TR("no activity section: the items before the first heading are read as the activities"));
		i--; /* as if a heading stood before the first item */
	}
	size_t section = i + 1;
	char group[32] = "";
	for (i++; i < r->t.n && wp_notice_step(r, 1);) {
		if (wp_outline_ends_section(o, i))
			break;
		const char *heading = wp_outline_item(o, i, &n);
		if (!heading) {
			i++;
			continue;
		}
		bool cn = !arabic_item(o, i);
		wp_buf rest = WP_BUF_INIT;
		size_t j = i + 1;
		for (; j < r->t.n && wp_notice_step(r, 1); j++) {
			int m;
			bool sub = wp_outline_item(o, j, &m) != NULL;
			if (sub && cn && arabic_item(o, j) && field_line(o, j))
				sub = false; /* （一）启动仪式 / 1.时间：… / 2.地点：… */
			if (sub || wp_outline_ends_section(o, j))
				break;
			if (rest.len)
				wp_buf_putc(&rest, '\n');
			wp_buf_puts(&rest, r->t.para[j]);
		}
		/* The number as written: 一 for （一）, 1 for （1） or 1; under a
		 * （一） that groups items numbered 1. 2., 一.1 一.2. */
		char no[32];
		if (cn) {
			wp_cn_number_format(n, no, sizeof no);
			snprintf(group, sizeof group, "%s", no);
		} else if (*group) {
			snprintf(no, sizeof no, "%s.%d", group, n);
		} else {
			snprintf(no, sizeof no, "%d", n);
		}
		/* （一）市级活动 with nothing of its own, then 1. 2.: a group heading */
		int m;
		bool next_arabic = wp_outline_item(o, j, &m) && arabic_item(o, j);
		if (cn && !rest.len && !wp_str_find(heading, "。") && next_arabic) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		if (!wp_notice_add_item(r, no, i, j - 1)) {
			wp_buf_free(&rest);
			break;
		}
		read_item(r, no, heading, wp_buf_str(&rest));
		wp_buf_free(&rest);
		i = j;
	}
	/* a day-by-day schedule (4月20日：举办启动仪式…), else 具体活动安排见
	 * 附件: the items are in a table. */
	if (r->nitems == 0 && read_schedule(r, section) == 0)
		wp_notice_read_table(r);
}
