/* notice-places.c - where an activity takes place: a 地点： line, an
 * account it runs on (“X”微信公众号), 在X开展, 深入X开展, 对我市范围内X、Y等,
 * 面向X区企业, 通过X等平台. Time words (在…期间, 在显著位置) are not
 * places. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

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
static char *place_from(const char *p);

static char *labelled_place(const char *body, const char *label)
{
	const char *at = wp_str_find(body, label);
	return at ? place_from(at + strlen(label)) : NULL;
}

size_t wp_notice_session_at(const char *p)
{
	const char *q = p;
	if (!wp_str_skip(&q, "第"))
		return 0;
	size_t digits = 0;
	if (wp_cn_number(q, &digits) <= 0)
		while (q[digits] >= '0' && q[digits] <= '9')
			digits++;
	size_t len = digits ? wp_word_at(q + digits, WP_WORDS_SESSION_MEASURE) : 0;
	return len ? (size_t)(q + digits + len - p) : 0;
}

/* 第一场在主校区图书馆，第二场在…: past a numbered session's name and its
 * 在 (the first session's place is the activity's), else p. */
static const char *past_session(const char *p)
{
	const char *q = p + wp_notice_session_at(p);
	return q != p && wp_str_skip(&q, "在") ? q : p;
}

/* The value of a 地点： line that starts at p (as labelled_place). */
static char *place_from(const char *p)
{
	p = past_session(p);
	const char *start = p, *last_open = NULL;
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
	wp_notice_drop_attend_note(t);
	if (!*t) {
		free(t);
		return NULL;
	}
	return t;
}

/* A place is at most 80 columns wide: this many bytes hold that in any
 * characters but zero-width ones. A candidate whose stop is further away
 * is no place, and is not copied or measured. */
#define PLACE_BYTES 256

/* Does a building's word (厅, 馆, 中心) start at p? */
static bool before_building(const char *p)
{
	return wp_word_at(p, WP_WORDS_BUILDING) > 0;
}

/* Does the text s..p end with a place's last word (广场, 馆, 视频号)? */
static bool after_place_word(const char *s, const char *p)
{
	const enum wp_word_set sets[] = {WP_WORDS_SITE, WP_WORDS_BUILDING, WP_WORDS_ACCOUNT};
	for (size_t k = 0; k < sizeof sets / sizeof *sets; k++)
		for (const char *const *w = wp_words(sets[k]); *w; w++)
			if (wp_str_ends_at(s, p, *w))
				return true;
	return false;
}

/* Does the text from p to the next of stops (or a clause's end) end
 * with a site's or a building's word? Looks PLACE_BYTES ahead at most. */
static bool building_runs_on(const char *p, const char *const *stops)
{
	const char *q = p;
	for (; *q && q - p < PLACE_BYTES; q++) {
		const char *const *st = stops;
		while (*st && !(*q == **st && wp_str_starts(q, *st)))
			st++;
		if (*st)
			break;
	}
	return q > p && after_place_word(p, q);
}

/* The first of stops after s (one at s would end an empty place), or the
 * end of s (where wp_notice_upto(s, stops) would stop). *seen is the stop a previous call
 * found for an earlier s of the same text, or NULL: the stop of a later s
 * before it is the same one, so a loop over the hits of a word in a long
 * paragraph reads each byte once, not once per hit. */
static const char *stop_after(const char *s, const char *const *stops, const char **seen)
{
	if (*seen && *seen > s)
		return *seen;
	const char *p = s;
	/* a stop word can end a place, not open it: 在向阳镇农贸市场 is in a
	 * town whose name opens with 向 */
	for (; *p; p++) {
		/* 在“桐溪发布”微信视频号推出: a word inside quotes is part of a
		 * name, no verb that ends the place */
		const char *close = wp_str_starts(p, "“") ? wp_notice_find_near(p, "”", 60) : NULL;
		if (close) {
			p = close + strlen("”") - 1;
			continue;
		}
		const char *const *st = stops;
		while (*st && !(*p == **st && wp_str_starts(p, *st)))
			st++;
		/* 在区法院新闻发布厅召开: a verb of two characters or more that a
		 * building's word follows is part of the building's name */
		bool named = *st && wp_text_width(*st) >= 4 && before_building(p + strlen(*st));
		/* 在街道为民服务中心二楼会议室举行: 为 opens a word of the
		 * building's name, which runs on to a building's word before
		 * the next stop (在广场为群众开展… does not) */
		named = named || (*st && wp_word_at(p, WP_WORDS_PLACE_END_IN_NAME) &&
				  building_runs_on(p + strlen(*st), stops));
		if (*st && !named && p > s)
			break;
		/* 在乡文化广场放映…影片: what is done there, after a place's word */
		if (p > s && wp_word_at(p, WP_WORDS_DONE_THERE) && after_place_word(s, p))
			break;
	}
	return *seen = p;
}

/* 县青少年科技活动中心、县气象科普馆免费向公众开放: the sites that open
 * are where it happens; the clause opens after the last ，or ） (a date's
 * opening hours) before them. Caller frees; NULL if none. */
static char *opened_site(const char *body)
{
	const char *hit = NULL;
	for (const char *const *o = wp_words(WP_WORDS_OPEN_TO_PUBLIC); *o && !hit; o++)
		hit = wp_str_find(body, *o);
	if (!hit || hit == body)
		return NULL;
	const char *start = body;
	/* a label's ： and a line's end open the clause too (活动内容：北郊水厂
	 * 向市民开放) */
	static const char *const breaks[] = {"，", "）", "。", "；", "：", "\n", NULL};
	for (const char *p = body; p < hit; p += wp_str_char_len(p))
		if (wp_str_span_of(p, breaks))
			start = p + wp_str_span_of(p, breaks);
	/* 组织区内重点实验室向公众开放: the verb that opens the clause is not
	 * the site's */
	start += wp_word_at(start, WP_WORDS_EVENT_VERB);
	char *v = wp_str_sub(start, (size_t)(hit - start));
	bool site = false;
	for (const char *const *t = wp_words(WP_WORDS_SITE); *t && !site; t++)
		site = wp_str_ends(v, *t);
	if (site && wp_text_width(v) >= 4 && wp_text_width(v) <= 80 && !wp_nfind_during(v))
		return v;
	free(v);
	return NULL;
}

/* 在区实验小学、青禾中学两所省级示范家长学校组织: a list of places named
 * and then counted (两所, 3个) with their kind says the places twice; the
 * list is the place. (With 等, X、Y等8所学校, the count says there are
 * more, and stays.) Cuts v in place. */
static void drop_counted_kind(char *v)
{
	const char *list_end = NULL;
	for (const char *p = wp_str_find(v, "、"); p && *p && !list_end; p += wp_str_char_len(p)) {
		size_t len = 0;
		if (wp_str_starts(p, "两"))
			len = strlen("两");
		else if (wp_cn_number(p, &len) <= 0 && (len = strspn(p, "0123456789")) == 0)
			continue;
		if (wp_word_at(p + len, WP_WORDS_PLACE_COUNTER) && !wp_str_ends_at(v, p, "等"))
			list_end = p;
	}
	if (list_end)
		v[list_end - v] = '\0';
}

/* 在县工业园区重点企业开展警示教育…；在城区主要路口开展交通安全宣传: the
 * sentence's next part, after a ；, opens with another 在Y and its work;
 * both are the places (Y a plain place: 4 to 40 wide, no time, ended by
 * a verb). Returns v or v、Y (v is taken; after: where v's 在 stopped). */
static char *with_second_place(char *v, const char *after, const char *const *verbs)
{
	const char *semi = wp_notice_find_near(after, "；在", PLACE_BYTES);
	const char *dot = semi ? wp_notice_find_near(after, "。", (size_t)(semi - after)) : NULL;
	if (!semi || dot)
		return v;
	const char *from = semi + strlen("；在"), *seen = NULL, *stop = stop_after(from, verbs, &seen);
	static const char *const not_verbs[] = {"，", "。", "；", "\n", "等", NULL};
	if ((size_t)(stop - from) > PLACE_BYTES || !*stop || wp_str_span_of(stop, not_verbs))
		return v;
	char *w = wp_str_sub(from, (size_t)(stop - from));
	size_t len;
	wp_ndate d;
	bool place = wp_text_width(w) >= 4 && wp_text_width(w) <= 40 && !wp_word_find(w, WP_WORDS_NOT_PLACE, &len) &&
		     !wp_nfind_date(w, 2000, &d) && !wp_str_find(w, "，");
	if (!place) {
		free(w);
		return v;
	}
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s、%s", v, w);
	free(v);
	free(w);
	return wp_buf_take(&b);
}

/* Where a place is named: 在X开展, 地址：X, 深入X开展, 通过X等平台. */
/* Does a place's name end with a site's or a building's word? */
static bool ends_with_site(const char *v)
{
	const enum wp_word_set sets[] = {WP_WORDS_SITE, WP_WORDS_BUILDING};
	for (size_t k = 0; k < 2; k++)
		for (const char *const *w = wp_words(sets[k]); *w; w++)
			if (wp_str_ends(v, *w))
				return true;
	return false;
}

/* “赣水学习”平台, “学习强国”APP: an online venue by its quoted name
 * (依托各类媒体平台开展, unnamed, is a means) */
static bool named_venue(const char *v)
{
	if (!wp_str_starts(v, "“"))
		return false;
	for (const char *const *w = wp_words(WP_WORDS_ONLINE_VENUE); *w; w++)
		if (wp_str_ends(v, *w))
			return true;
	return false;
}

/* 在戒烟门诊（门诊三楼312室）延长服务时间: an address in brackets closes
 * the place; what runs on after it, unless it ends as a site does
 * (在X（Y）东门广场), is what is done there, by a verb no list holds.
 * True if v now ends so: a place, as a site's word would say. */
static bool cut_after_address(char *v)
{
	const char *open = wp_str_find(v, "（");
	char *close = open ? (char *)wp_str_find(open, "）") : NULL;
	if (!close || open == v)
		return false;
	/* the bracket must hold an address (…三楼312室), not a gloss of a
	 * region (各县（市、区）社区) */
	char *inside = wp_str_sub(open + strlen("（"), (size_t)(close - open - strlen("（")));
	bool address = ends_with_site(inside);
	free(inside);
	char *tail = close + strlen("）");
	if (!address || wp_str_starts(tail, "、") || wp_str_find(tail, "（") || ends_with_site(tail))
		return false;
	*tail = '\0';
	return true;
}

/* 在…门前设立, 在镇卫生院门诊楼前开展: before a building is a place,
 * where 在活动开始前 is a time. */
static bool front_of_building(const char *v)
{
	if (!wp_str_ends(v, "前"))
		return false;
	const char *front = v + strlen(v) - strlen("前");
	for (const char *const *w = wp_words(WP_WORDS_BUILDING); *w; w++)
		if (wp_str_ends_at(v, front, *w))
			return true;
	return false;
}

/* 深入X开展 (word 深入): X, where the work is done, or NULL; a site's
 * name only when needs_site. Caller frees. */
static char *gone_into(const char *body, const char *word, const char *const *verbs, bool needs_site,
		       bool travels)
{
	const char *seen = NULL;
	for (const char *hit = wp_str_find(body, word); hit; hit = wp_str_find(hit + 1, word)) {
		const char *from = hit + strlen(word), *next = stop_after(from, verbs, &seen);
		if ((size_t)(next - from) > PLACE_BYTES)
			continue;
		/* 走进X、Y等8所中小学校，开展: the places with their count */
		if (wp_str_starts(next, "等")) {
			/* looked for within 30 characters only: a long paragraph of
			 * 走进…等 must not be read to its end at every hit */
			const char *const *count_stops = wp_words(WP_WORDS_COUNT_END);
			const char *etc_end = next;
			while (*etc_end && etc_end - next < 30 * 3 && !wp_str_span_of(etc_end, count_stops))
				etc_end += wp_str_char_len(etc_end);
			if (wp_str_span_of(etc_end, count_stops))
				next = etc_end;
		}
		char *v = wp_str_sub(from, (size_t)(next - from));
		int width = wp_text_width(v);
		/* 到每个村（社区）至少开展1场: how many, not where */
		if (wp_str_starts(v, "每"))
			width = 0;
		/* 深入X，为Y开展, 深入X，围绕Y开展: the work for whom or about
		 * what it is done opens the clause after the place (面向Y may be
		 * another part's) */
		static const char *const clause_end[] = {"，", "。", "；", "\n", NULL};
		const char *clause = wp_str_starts(next, "，为") || wp_str_starts(next, "，围绕") ? next + strlen("，")
												: NULL;
		size_t clause_len = clause ? wp_str_span_upto(clause, clause_end) : 0;
		bool works_next = clause && clause_len <= 180 && wp_notice_find_near(clause, "开展", clause_len);
		/* 前往X，向Y发放…: the place ends its clause */
		bool travelled = travels && (wp_str_starts(next, "，") || wp_str_starts(next, "开展"));
		if ((wp_str_starts(next, "开展") || wp_str_starts(next, "，开展") || works_next || travelled) && width >= 4 &&
		    width <= (wp_str_find(v, "、") ? 80 : 40) && (!needs_site || ends_with_site(v) || named_venue(v)))
			return v;
		free(v);
	}
	return NULL;
}

/* 8月25日上午8:30 / 门诊一楼大厅 / 遗传优生科牵头: unlabelled lines of
 * when, then where (an outline's sub-items with their numbers dropped):
 * the second line is the place when the first is only a when (a day, or
 * 活动期间) and the second only a site's name, no clause, no count.
 * Caller frees; NULL otherwise. */
static char *place_line(const char *body)
{
	static const char *const clause_marks[] = {"，", "。", "；", "：", "\n", NULL};
	size_t first = wp_str_span_upto(body, clause_marks);
	if (body[first] != '\n' || wp_text_width_n(body, first) > 40)
		return NULL;
	char *when = wp_str_sub(body, first);
	bool only_when = (*when >= '0' && *when <= '9') || wp_nfind_during(when);
	free(when);
	const char *second = body + first + 1;
	size_t len = wp_str_span_upto(second, clause_marks);
	if (!only_when || (second[len] && second[len] != '\n'))
		return NULL;
	char *v = wp_str_sub(second, len);
	int width = wp_text_width(v);
	if (width >= 4 && width <= 40 && !strpbrk(v, "0123456789") && ends_with_site(v))
		return v;
	free(v);
	return NULL;
}

/* 6月10日（周三）下午3:00，住院部三楼学术报告厅。: an opening sentence of
 * when, then where, written bare as a 时间/地点 pair is; the place is
 * its last clause when that names a site or a building. Caller frees;
 * NULL when body does not open so. */
static char *bare_place(const char *body)
{
	char *line = place_line(body);
	if (line)
		return line;
	if (*body < '0' || *body > '9')
		return NULL;
	const char *stop = wp_str_find(body, "。");
	if (!stop || stop - body > PLACE_BYTES * 2)
		return NULL;
	const char *last = NULL;
	for (const char *c = wp_str_find(body, "，"); c && c < stop; c = wp_str_find(c + 1, "，"))
		last = c + strlen("，");
	if (!last)
		return NULL;
	char *v = wp_str_sub(last, (size_t)(stop - last));
	int width = wp_text_width(v);
	/* 每个社区至少组织1场: a count (1场), not a site */
	bool count = strpbrk(v, "0123456789") != NULL || wp_str_find(v, "每");
	if (width >= 4 && width <= 40 && (unsigned char)*v >= 0x80 && !wp_str_find(v, "在") && !count &&
	    ends_with_site(v))
		return v;
	free(v);
	return NULL;
}

/* 地点：各镇（街道）自行确定: the label says no place is given yet. */
static bool left_open(const char *place)
{
	for (const char *const *w = wp_words(WP_WORDS_LEFT_OPEN); *w; w++)
		if (wp_str_ends(place, *w))
			return true;
	return false;
}

/* 时间地点：5月29日（星期五）上午9:00，县人民广场 / 时间地点：宣传周期间，辖区
 * 老年人家中: one label holds when, then where; the place is what follows
 * the first ， of its line outside brackets, whatever the when is (a day,
 * a clock, words). *labelled says whether the label is there; NULL when
 * it is not or its line has no ，. Caller frees. */
static char *when_where_place(const char *body, bool *labelled)
{
	size_t len;
	const char *at = wp_word_find(body, WP_WORDS_WHEN_WHERE_LABEL, &len);
	*labelled = at != NULL;
	if (!at)
		return NULL;
	static const char *const ends[] = {"\n", "；", "。", NULL};
	int depth = 0;
	for (const char *p = at + len; *p && !wp_str_span_of(p, ends); p += wp_str_char_len(p)) {
		if (wp_str_starts(p, "（"))
			depth++;
		else if (wp_str_starts(p, "）") && depth > 0)
			depth--;
		else if (depth == 0 && wp_str_starts(p, "，"))
			return place_from(p + strlen("，"));
	}
	return NULL;
}

/* 在X、Y等人流密集场所开展: a list stopped at its 等 goes on to the kind
 * of place it names (场所, 景区, 学校), when that ends right before a
 * verb, within a few characters; the stop past it, or stop. */
#define KIND_CHARS 12
static const char *past_kind_of_places(const char *stop, const char *const *verbs)
{
	if (!wp_str_starts(stop, "等"))
		return stop;
	const char *q = stop + strlen("等");
	for (int chars = 0; *q && chars < KIND_CHARS; chars++, q += wp_str_char_len(q)) {
		bool verb = false;
		for (const char *const *v = verbs; *v && !verb; v++)
			verb = wp_str_starts(q, *v);
		if (!verb)
			continue;
		/* 等4A级以上旅游景区开展: a verb's word (以) inside the kind's
		 * words ends nothing */
		for (const char *const *k = wp_words(WP_WORDS_PLACE_KIND); *k; k++)
			if (q - strlen(*k) > stop && wp_str_ends_at(stop, q, *k))
				return q;
	}
	return stop;
}

bool wp_notice_place_left_open(const char *body)
{
	char *loc = labelled_place(body, "地点：");
	bool open = loc && left_open(loc);
	free(loc);
	return open;
}

#define UNIT_BEFORE_CHARS 20 /* a unit's name: a bounded look back */

/* Is the clause before at (in body) a unit's name (荷湾市场监管所, 镇派出所)?
 * Looked for back from at to the clause's ， 。 or ；, 20 characters at most. */
static bool unit_before(const char *body, const char *at)
{
	static const char *const clause_marks[] = {"，", "。", "；", NULL};
	const char *from = at;
	bool opens = false; /* the clause's start found within the look */
	for (int k = 0; k < UNIT_BEFORE_CHARS && !opens; k++) {
		if (from == body || from[-1] == '\n') {
			opens = true;
			break;
		}
		const char *c = from - 1;
		while (c > body && ((unsigned char)*c & 0xc0) == 0x80)
			c--;
		if (wp_str_starts_any(c, clause_marks))
			opens = true;
		else
			from = c;
	}
	if (from == at || !opens)
		return false;
	char *who = wp_str_sub(from, (size_t)(at - from));
	/* (a short name: 发现问题当场劝导并通报所在科室 is a clause; 各社区对
	 * 所在社区, 由所在单位: 所在 a word after a preposition) */
	const char *suo = at - strlen("所");
	bool unit = wp_text_width(who) <= 16 && wp_notice_unit_like(who) && suo - from >= 6 &&
		    !wp_word_at(suo - 3, WP_WORDS_SUO_WORD_AFTER);
	free(who);
	return unit;
}

char *wp_notice_find_location(const char *body)
{
	bool when_where;
	char *loc = when_where_place(body, &when_where);
	if (!loc && !when_where) /* else 地点： is the label's end, its value a time */
		loc = labelled_place(body, "地点：");
	if (loc && left_open(loc)) {
		free(loc); /* and no place of the prose either: the label said */
		return NULL;
	}
	if (!loc)
		loc = labelled_place(body, "地址：");
	if (!loc)
		loc = bare_place(body);
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
	const char *const *verbs = wp_words(WP_WORDS_PLACE_END);
	/* 通过“临朐司法”微信公众号公布: an account is where it happens */
	char *account = wp_notice_account_in(body);
	if (account)
		return account;
	/* 在X开展: X is a place unless it is a time or a circumstance
	 * (在…期间, 在…下, 在做好…的前提下, 在当地, 在显著位置, 在农闲时节). */
	const char *seen = NULL;
	/* a 在 inside a word is no 在X开展: 在岗履职情况, 在线, 所在社区, 存在 */
	for (const char *hit = wp_str_find(body, "在"); hit; hit = wp_str_find(hit + 1, "在")) {
		if (wp_word_at(hit + strlen("在"), WP_WORDS_IN_WORD_AFTER) > 0)
			continue;
		bool in_word = false;
		for (const char *const *w = wp_words(WP_WORDS_IN_WORD_BEFORE); *w && !in_word; w++)
			in_word = wp_str_ends_at(body, hit, *w);
		/* 荷湾市场监管所在东渡社区…开展: 所 ends the unit, 在 opens where */
		if (in_word && !(wp_str_ends_at(body, hit, "所") && unit_before(body, hit)))
			continue;
		const char *from = hit + strlen("在"), *stop = stop_after(from, verbs, &seen);
		if ((size_t)(stop - from) > PLACE_BYTES)
			continue;
		stop = past_kind_of_places(stop, verbs);
		char *v = wp_str_sub(from, (size_t)(stop - from));
		/* an address in brackets does not count (崇安寺步行街（中山路与…）) */
		const char *open = wp_str_find(v, "（");
		int width = open ? wp_text_width(v) - wp_text_width(open) : wp_text_width(v);
		bool place = width >= 4 && width <= (wp_str_find(v, "、") ? 80 : 40) && wp_text_width(v) <= 120;
		size_t not_len;
		place = place && !wp_word_find(v, WP_WORDS_NOT_PLACE, &not_len) && !wp_word_is(v, WP_WORDS_OWN_AREA);
		/* 在医院微信公众号、视频号每天推送…: several channels (named
		 * without quotes, as account_in would take one) are where it is
		 * read, not the place, as of several accounts none is */
		place = place && (wp_str_find(v, "“") || !wp_str_find(v, "、") ||
				  !wp_word_find(v, WP_WORDS_ACCOUNT, &not_len));
		/* 在全县中小学: the region's schools; 在全市, 在全市范围内: anywhere */
		/* 在全市部署开展: the region and a verb, no site */
		bool everywhere = wp_str_starts(v, "全") &&
				  (wp_text_width(v) <= 4 || wp_str_find(v, "范围") ||
				   (wp_text_width(v) <= 8 && !ends_with_site(v)));
		/* 在6月上旬召开: a time; 在…门前设立: a place all the same */
		wp_ndate d;
		bool when = wp_nfind_date_at(v, 2000, &d) || (wp_nfind_dekad(v, 2000, &d) && d.at == v);
		bool gate = front_of_building(v);
		place = place && !wp_str_starts(v, "做好") && !everywhere && !wp_str_starts(v, "用") &&
			!wp_str_starts(v, "当地") && !wp_str_starts(v, "宣传") &&
			!wp_str_ends(v, "下") && (!wp_str_ends(v, "中") || numbered_school(v)) && !wp_str_ends(v, "时") &&
			!wp_str_ends(v, "后") && (!wp_str_ends(v, "前") || gate) && !when;
		/* 推动成果在桐原转化落地。: no verb of an event ends it, and no
		 * site ends its name: a manner of speaking, no venue */
		bool addressed = place && cut_after_address(v);
		if (place && (!*stop || wp_str_starts(stop, "。") || wp_str_starts(stop, "；")) && !ends_with_site(v) &&
		    !addressed)
			place = false;
		if (place) {
			/* 在西樵镇、九江镇各选取…: the places, without the 各 after them */
			size_t n = strlen(v);
			if (n > strlen("各") && wp_str_ends(v, "各"))
				v[n - strlen("各")] = '\0';
			drop_counted_kind(v);
			return with_second_place(v, stop, verbs);
		}
		free(v);
	}
	/* 参观X、Y，由…: the places visited */
	const char *visit = wp_str_find(body, "参观");
	if (visit) {
		char *v = wp_notice_upto(visit + strlen("参观"), wp_words(WP_WORDS_VISIT_END));
		/* a site, not a process (参观食品加工制作过程) */
		bool site = false;
		for (const char *const *t = wp_words(WP_WORDS_SITE); *t && !site; t++)
			site = wp_str_ends(v, *t);
		if (site && wp_text_width(v) >= 4 && wp_text_width(v) <= 80)
			return v;
		free(v);
	}
	/* 深入X开展, 走进X，开展: the place where the work is done; 依托X开展
	 * only when X names sites (依托各类媒体开展 is a means) */
	for (const char *const *go = wp_words(WP_WORDS_GO_INTO); *go; go++) {
		char *v = gone_into(body, *go, verbs, false, false);
		if (v)
			return v;
	}
	for (const char *const *go = wp_words(WP_WORDS_RELY_ON); *go; go++) {
		char *v = gone_into(body, *go, verbs, true, false);
		if (v)
			return v;
	}
	for (const char *const *go = wp_words(WP_WORDS_TRAVEL_TO); *go; go++) {
		char *v = gone_into(body, *go, verbs, false, true);
		if (v)
			return v;
	}
	char *open_site = opened_site(body);
	if (open_site)
		return open_site;
	/* 对我州范围内商场、超市等…检查: the places listed, across the region
	 * (全州商场、超市). */
	for (const char *hit = wp_str_find(body, "范围内"); hit; hit = wp_str_find(hit + 1, "范围内")) {
		const char *level = NULL;
		for (const char *const *l = wp_words(WP_WORDS_LEVEL); *l && !level && hit - body >= 6; l++)
			if (wp_str_starts(hit - 3, *l) &&
			    (wp_str_starts(hit - 6, "我") || wp_str_starts(hit - 6, "全")))
				level = *l;
		const char *from = hit + strlen("范围内");
		if (level && wp_word_at(from, WP_WORDS_REGION_OBJECT_OPEN) > 0) { /* …范围内对X等: the region */
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "全%s", level);
			return wp_buf_take(&b);
		}
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
	/* 面向产业集聚区企业: the enterprises of a zone are met in that zone;
	 * not when they are one audience of several (面向园区企业、职工和社会
	 * 各界征集老照片: what is done reaches them where they are). */
	for (const char *hit = wp_str_find(body, "面向"); hit; hit = wp_str_find(hit + 1, "面向")) {
		const char *from = hit + strlen("面向");
		const char *firms = wp_notice_find_near(from, "企业", 60);
		if (!firms || firms == from || wp_word_at(firms + strlen("企业"), WP_WORDS_AUDIENCE_JOIN))
			continue;
		char *zone = wp_str_sub(from, (size_t)(firms - from));
		bool plain = !wp_str_find(zone, "、") && !wp_str_find(zone, "，") && !wp_str_find(zone, "“");
		if (plain && (wp_str_ends(zone, "区") || wp_str_ends(zone, "园")) && wp_text_width(zone) >= 4)
			return zone;
		free(zone);
	}
	const char *via = wp_str_find(body, "通过");
	if (via && wp_str_find(via, "等平台")) {
		char *v = wp_notice_upto(via + strlen("通过"), wp_words(WP_WORDS_PLATFORM_END));
		if (wp_text_width(v) <= 80)
			return v;
		free(v);
	}
	return NULL;
}
