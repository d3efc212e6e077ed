/* notice-period.c - the campaign's period and theme: the 活动时间 and
 * 活动主题 sections (or a heading's, an item's or a label line's value),
 * else the sentence of the preamble that says them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n-core.h"
#include "notice-reader.h"
#include "text.h"

/* 学校决定在第十四周（11月30日—12月4日）开展: the days of a school week the
 * notice decides, written in brackets after the week (at: the range). */
static bool decided_week(const char *p, const char *at)
{
	if (!wp_str_ends_at(p, at, "周（"))
		return false;
	const char *nth = NULL;
	for (const char *q = p; q < at; q += wp_str_char_len(q))
		if (wp_str_starts(q, "第"))
			nth = q;
	if (!nth || at - nth > 24)
		return false;
	for (const char *const *w = wp_words(WP_WORDS_DECIDED); *w; w++)
		if (strcmp(*w, "今年") != 0 && wp_str_ends_at(p, nth, *w))
			return true;
	return false;
}

/* Is s, right after a heading's section name, its value run on with no
 * mark between (5月15日—5月21日。, “…”, a long phrase), not the rest of
 * a longer name (活动时间安排, 活动主题和口号)? */
static bool glued_value(const char *s)
{
	if ((*s >= '0' && *s <= '9') || wp_str_starts(s, "“"))
		return true;
	size_t join = wp_word_at(s, WP_WORDS_HEADING_NAME_GOES_ON);
	return !join && wp_text_width(s) >= 12;
}

/* The paragraph after a heading that contains word, or the text after
 * "word：" on the same paragraph (a heading's, an item's or a label
 * line's). */
static const char *section_value(struct reader *r, const char *word, size_t *where)
{
	const struct wp_outline *o = &r->outline;
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		int n;
		const char *h = wp_outline_top(o, i, &n);
		/* （二）活动主题：…, under a heading 活动时间和主题 */
		const char *item = h ? NULL : wp_outline_item(o, i, &n);
		const char *text = h ? h : item ? item : r->t.para[i];
		/* 【活动主题】 on a line of its own labels the line after it */
		const char *para = r->t.para[i];
		if (wp_str_starts(para, "【") && wp_str_ends(para, "】") && wp_str_find(para, word) &&
		    wp_text_width(para) <= 16 && i + 1 < r->t.n) {
			*where = i + 1;
			return r->t.para[i + 1];
		}
		if (!wp_str_starts(text, word) && !(h && wp_str_find(text, word) && wp_text_width(text) < 20))
			continue;
		const char *colon = wp_str_find(text, "：");
		if (colon && colon[strlen("：")]) {
			*where = i;
			return colon + strlen("：");
		}
		if (!h && !wp_str_starts(text, word))
			continue;
		/* （二）活动主题。“防汛避险　人人有责”。: a run-in label, ended
		 * by 。 as a run-in heading is, holds its value on its line */
		const char *run_in = wp_str_starts(text, word) ? text + strlen(word) : NULL;
		if (run_in && (wp_str_skip(&run_in, "。") || wp_str_skip(&run_in, " ") ||
			       wp_str_skip(&run_in, "\xe3\x80\x80")) && *run_in) {
			*where = i;
			return run_in;
		}
		/* 一、活动时间5月15日—5月21日。, 二、活动主题携手建设…: a
		 * heading run into its value with no mark between */
		if (run_in && h && glued_value(run_in)) {
			*where = i;
			return run_in;
		}
		/* 一、活动主题和时间 / （一）活动主题 / X: the sub-heading under
		 * it names the value, on the line after it */
		const char *sub = h && i + 1 < r->t.n ? wp_outline_item(o, i + 1, &n) : NULL;
		if (sub && wp_str_starts(sub, word))
			continue;
		if (i + 1 < r->t.n) {
			*where = i + 1;
			return r->t.para[i + 1];
		}
	}
	return NULL;
}

/* 一、活动主题和时间 / 主题：X / 时间：4月20日至4月30日: a label line of
 * the period's section that is only 时间 (or 日期) gives the period; its
 * paragraph in *where. NULL when there is none. */
static const char *period_label(struct reader *r, size_t *where)
{
	const struct wp_outline_section *sec = wp_outline_find(&r->outline, WP_SECTION_PERIOD);
	for (size_t i = sec ? sec->heading + 1 : r->t.n; sec && i <= sec->last && i < r->t.n; i++)
		for (const char *const *w = wp_words(WP_WORDS_PERIOD_SECTION); *w; w++) {
			const char *p = r->t.para[i];
			if (wp_str_skip(&p, *w) && wp_str_skip(&p, "：") && *p) {
				*where = i;
				return p;
			}
		}
	return NULL;
}

/* No 活动时间 section: the first range of days in a sentence about the
 * campaign (2025年4月20日至26日是全国知识产权宣传周), before the activities.
 * Returns the sentence's text from the date on (borrowed), or NULL. */
static const char *period_in_prose(struct reader *r)
{
	int n;
	for (size_t i = 0; i < r->t.n && i < 40 && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		const char *h = wp_outline_top(&r->outline, i, &n);
		/* the activities begin: their dates are not the period; an
		 * overview (一、关于活动总体安排) still tells the campaign's, and
		 * so does a reply's decision (一、原则同意《方案》…活动由你局…) */
		if (h && i > 0 && (wp_str_find(h, "活动") || wp_str_find(h, "安排")) && !wp_str_find(h, "时间") &&
		    !wp_word_ends(h, WP_WORDS_OVERVIEW_HEADING) && !wp_word_at(h, WP_WORDS_APPROVE_OPEN))
			break;
		wp_ndate d;
		for (const char *q = p; wp_nfind_date(q, r->year, &d);
		     q = d.at + d.len) {
			if (d.end == d.start)
				continue;
			const char *stop = wp_str_find(d.at, "。");
			size_t span = stop ? (size_t)(stop - d.at) : strlen(d.at);
			char *sentence = wp_str_sub(d.at, span);
			/* 我镇活动时间为5月15日至5月29日: the words may come first */
			bool about = wp_str_find(sentence, "宣传周") || wp_str_find(sentence, "活动周") ||
				     wp_str_find(sentence, "活动时间");
			for (const char *const *w = wp_words(WP_WORDS_PERIOD_NAMED); *w && !about; w++)
				about = wp_str_ends_at(p, d.at, *w);
			/* 决定于3月9日至3月15日在全街道开展: the days the notice decides */
			for (const char *const *w = wp_words(WP_WORDS_DECIDED); *w && !about; w++)
				about = strcmp(*w, "今年") != 0 && wp_str_ends_at(p, d.at, *w);
			/* 于4月20日至4月28日在全区组织开展, 决定9月1日至9月30日在全镇
			 * 开展: days the whole area's campaign takes */
			for (const char *const *w = wp_words(WP_WORDS_WHOLE_AREA_DAYS); *w && !about; w++)
				about = wp_str_ends_at(p, d.at, *w) && wp_word_at(d.at + d.len, WP_WORDS_WHOLE_AREA);
			about = about || decided_week(p, d.at);
			free(sentence);
			if (about) {
				wp_notice_note(r, WP_TR("no 活动时间 section: the campaign period is taken from '%.*s'"),
					       (int)d.len, d.at);
				return d.at;
			}
		}
	}
	return NULL;
}

/* 主题是“X”, 主题为“X”: “X” from a sentence that names the theme, or
 * NULL. Caller frees. */
static char *named_theme(const char *p)
{
	for (const char *const *m = wp_words(WP_WORDS_THEME_MARK); *m; m++) {
		const char *at = wp_str_find(p, *m);
		const char *close = at ? wp_str_find(at, "”") : NULL;
		if (close)
			return wp_str_sub(at + strlen(*m) - strlen("“"),
					  (size_t)(close + strlen("”") - (at + strlen(*m) - strlen("“"))));
	}
	return NULL;
}

/* 围绕“中国品牌，世界共享”的活动主题: a quotation the sentence then calls
 * its theme, quotes kept (as the other forms give it), or NULL. */
static char *quoted_before_theme(const char *p)
{
	size_t len;
	const char *at = wp_word_find(p, WP_WORDS_THEME_AFTER_QUOTE, &len);
	if (!at)
		return NULL;
	const char *open = NULL;
	for (const char *q = wp_str_find(p, "“"); q && q < at; q = wp_str_find(q + strlen("“"), "“"))
		open = q;
	if (!open || wp_notice_find_near(open, "。", (size_t)(at - open)))
		return NULL;
	return wp_str_sub(open, (size_t)(at + strlen("”") - open));
}

/* No 活动主题 section: 主题是“X”, 主题为“X”, 以“X”为主题, “X”的活动主题.
 * Caller frees. */
static char *theme_in_prose(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && i < 40 && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		char *named = named_theme(p);
		if (named)
			return named;
		/* 今年我院宣传活动主题为：拒绝烟草诱惑　守护健康未来。: unquoted
		 * after a colon, to the end of its sentence */
		for (const char *const *m = wp_words(WP_WORDS_THEME_COLON); *m; m++) {
			const char *at = wp_str_find(p, *m);
			const char *stop = at ? wp_str_find(at, "。") : NULL;
			const char *from = at ? at + strlen(*m) : NULL;
			if (stop && !wp_str_starts(from, "“") && wp_text_width_n(from, (size_t)(stop - from)) <= 40)
				return wp_str_sub(from, (size_t)(stop - from));
		}
		const char *with = wp_str_find(p, "以“");
		const char *close = with ? wp_str_find(with, "”为主题") : NULL;
		if (close)
			return wp_str_sub(with + strlen("以"), (size_t)(close + strlen("”") - with - strlen("以")));
		char *quoted = quoted_before_theme(p);
		if (quoted)
			return quoted;
	}
	return NULL;
}

/* The period read at d; a period without a year, in a notice that gives
 * none, stays unknown rather than take a year the text does not state. */
static void set_period(struct reader *r, const wp_ndate *d)
{
	if (!r->year_known && !d->has_year) {
		wp_notice_note(r, WP_TR("the period '%.*s' has no year, and the notice gives none"), (int)d->len,
			       d->at);
		return;
	}
	r->start = d->start;
	r->end = d->end;
	if (!r->year_known) {
		int y, m, dd;
		wp_date_to_ymd(d->start, &y, &m, &dd);
		r->year = y;
		r->year_known = true;
	}
}

/* 5月下旬至6月上旬, 9月中旬至10月上旬: parts of two months span about
 * those weeks, as the hand readings take them (g18, g56, g62), unlike
 * 4月上旬至4月中旬, the first twenty days of one month (g12). */
static bool across_months(const wp_ndate *parts)
{
	int sy, sm, sd, ey, em, ed;
	wp_date_to_ymd(parts->start, &sy, &sm, &sd);
	wp_date_to_ymd(parts->end, &ey, &em, &ed);
	return sy != ey || sm != em;
}

/* 决定于6月份在全县开展…: a campaign of a month (or of its 上旬, 中旬,
 * 下旬) that the preamble announces. Only a decision of this plan's
 * issuer counts (决定, 定于, 拟于, 将于): a national day or month the
 * preamble quotes (11月份是全国“119”消防宣传月) is not its period. */
static bool month_in_prose(struct reader *r, wp_ndate *out)
{
	/* 今年4月为全国医保基金监管集中宣传月: a campaign month named so */
	const char *const *decided = wp_words(WP_WORDS_DECIDED);
	for (size_t i = 0; i < r->t.n && i < 40 && wp_notice_step(r, 1); i++) {
		int n;
		if (wp_outline_top(&r->outline, i, &n) && i > 0)
			break;
		for (const char *const *w = decided; *w; w++) {
			const char *at = wp_str_find(r->t.para[i], *w);
			if (!at)
				continue;
			const char *p = at + strlen(*w);
			int month = 0;
			while (*p >= '0' && *p <= '9' && month < 100)
				month = month * 10 + (*p++ - '0');
			if (month < 1 || month > 12 || !wp_str_skip(&p, "月"))
				continue;
			/* 决定在5月15日国际家庭日前后: a day (about which), not the
			 * month; a period read from it would be invented */
			if (*p >= '0' && *p <= '9')
				continue;
			wp_str_skip(&p, "份");
			int first = 1, last = wp_date_days_in_month(r->year, month);
			if (wp_str_skip(&p, "上旬"))
				last = 10;
			else if (wp_str_skip(&p, "中旬"))
				first = 11, last = 20;
			else if (wp_str_skip(&p, "下旬"))
				first = 21;
			bool named_month = wp_str_starts(p, "为") && (wp_notice_find_near(p, "宣传月", 90) ||
								       wp_notice_find_near(p, "活动月", 90));
			if (!strcmp(*w, "今年") ? !named_month
			    : !wp_notice_find_near(p, "开展", 90) && !wp_notice_find_near(p, "举办", 90) &&
				      !wp_notice_find_near(p, "组织", 90))
				continue;
			*out = (wp_ndate){wp_date_from_ymd(r->year, month, first), wp_date_from_ymd(r->year, month, last),
					  false, at, (size_t)(p - at)};
			if (!r->year_known)
				return false;
			wp_notice_note(r, WP_TR("no 活动时间 section: the campaign period is taken from '%.*s'"),
				       (int)(p - at), at);
			return true;
		}
	}
	return false;
}

/* 2　活动时间 / 2.1　8月25日为第十次全国残疾预防日。/ 2.2　宣传活动时间为
 * 8月24日至8月30日: the section opens with the day the campaign marks,
 * then gives the days around it; the range on a later line of the section
 * that holds the day (p, the value read from paragraph at) is the period.
 * Returns that range's text, or p. */
static const char *range_around(struct reader *r, size_t at, const char *p)
{
	enum { LINES = 4 }; /* the section's few lines after the day */
	wp_ndate d, e;
	if (!wp_nfind_date(p, r->year, &d) || d.start != d.end)
		return p;
	/* 4月15日是全民国家安全教育日。本次宣传活动时间为4月10日至4月20日: the
	 * range later in the same paragraph */
	for (const char *q = d.at + d.len; wp_nfind_date(q, r->year, &e) && wp_notice_step(r, 1); q = e.at + e.len)
		if (e.start != e.end && e.start <= d.start && d.start <= e.end)
			return e.at;
	for (size_t i = at + 1; i < r->t.n && i <= at + LINES && !wp_outline_ends_section(&r->outline, i) &&
				wp_notice_step(r, 1); i++)
		for (const char *q = r->t.para[i]; wp_nfind_date(q, r->year, &e); q = e.at + e.len)
			if (e.start != e.end && e.start <= d.start && d.start <= e.end)
				return e.at;
	return p;
}

/* The paragraphs at the head of the text a title stands in. */
#define TITLE_REACH 8

/* 青桐街道…活动安排表（5月16日—23日）: the days in the bracket after the
 * plan's title line (cut from its name, see notice-cover.c), or NULL. */
static const char *title_days(struct reader *r)
{
	const char *title = json_string_value(json_object_get(r->plan, "title"));
	for (size_t i = 0; title && *title && i < r->t.n && i < TITLE_REACH && wp_notice_step(r, 1); i++)
		if (wp_str_starts(r->t.para[i], title) && wp_str_starts(r->t.para[i] + strlen(title), "（"))
			return r->t.para[i] + strlen(title);
	return NULL;
}

void wp_notice_read_period_theme(struct reader *r)
{
	size_t at;
	const char *p = NULL;
	for (const char *const *w = wp_words(WP_WORDS_PERIOD_HEADING); *w && !p; w++)
		p = section_value(r, *w, &at);
	if (!p)
		p = period_label(r, &at);
	if (p)
		p = range_around(r, at, p);
	wp_ndate d;
	r->start = r->end = WP_DATE_NONE;
	wp_ndate parts; /* 4月上旬至4月中旬，集中宣传日为4月15日: the parts of months first */
	if (!p || !wp_nfind_date(p, r->year, &d)) {
		/* 二、活动时间 / 2026年5月下旬: the section's part of a month
		 * is the period, unless the prose names days within it (定于5月
		 * 23日至30日举办) */
		const char *prose = period_in_prose(r);
		bool part = p && wp_nfind_dekad(p, r->year, &parts);
		wp_ndate days;
		if (!part || (prose && wp_nfind_date(prose, r->year, &days) && days.start >= parts.start &&
			      days.end <= parts.end))
			p = prose;
	}
	if (!p)
		p = title_days(r);
	if (p && wp_nfind_dekad(p, r->year, &parts) && (!wp_nfind_date(p, r->year, &d) || parts.at < d.at)) {
		if (!across_months(&parts)) {
			set_period(r, &parts);
		} else if (r->hints && r->hints->start != WP_DATE_NONE) { /* what the person says, then */
			r->start = r->hints->start;
			r->end = r->hints->end != WP_DATE_NONE ? r->hints->end : r->hints->start;
		} else { /* 5月下旬至6月上旬: about then, no days */
			wp_notice_note(r, WP_TR("the period '%.*s' is parts of two months, not dates: left unset"),
				       (int)parts.len, parts.at);
		}
	} else if (p && wp_nfind_date(p, r->year, &d)) {
		set_period(r, &d);
	} else if (month_in_prose(r, &d)) {
		set_period(r, &d);
	} else if (r->hints && r->hints->start != WP_DATE_NONE) {
		r->start = r->hints->start;
		r->end = r->hints->end != WP_DATE_NONE ? r->hints->end : r->hints->start;
	} else {
		wp_notice_note(r, WP_TR("no 活动时间 (campaign period) found"));
	}
	json_object_set_new(r->plan, "period",
			    json_pack("{s:o, s:o}", "start", wp_notice_jdate(r->start), "end", wp_notice_jdate(r->end)));
	p = NULL;
	for (const char *const *w = wp_words(WP_WORDS_THEME_HEADING); *w && !p; w++)
		p = section_value(r, *w, &at);
	/* 二、活动主题 / 今年“中国水周”活动主题为“X”。: the section's sentence
	 * names the theme as prose does */
	char *quoted = p ? named_theme(p) : theme_in_prose(r);
	if (!quoted && p) /* 二、活动主题 / 本次活动以“X”为主题，聚焦…: the quotation */
		quoted = quoted_before_theme(p);
	if (quoted)
		p = quoted;
	/* 二、活动主题 / 本届宣传周继续沿用国家网络安全宣传周主题： / 网络安全
	 * 为人民，网络安全靠人民: a sentence that ends with ： announces the
	 * theme on the line after it */
	else if (p && p == r->t.para[at] && wp_str_ends(p, "：") && at + 1 < r->t.n &&
		 !wp_outline_ends_section(&r->outline, at + 1))
		p = r->t.para[at + 1];
	if (p) {
		static const char *const stops[] = {"。", NULL};
		/* 节能宣传周主题：X: the label the section repeats is not the theme */
		const char *label = wp_notice_find_near(p, "主题：", 30);
		if (label)
			p = label + strlen("主题：");
		/* （一）活动主题。“X”。: an item's heading run on into the
		 * theme it names */
		const char *run_on = label ? NULL : wp_notice_find_near(p, "主题。“", 30);
		if (run_on)
			p = run_on + strlen("主题。");
		/* “家教传承　共育未来”。各单位围绕主题…: the quoted sentence is
		 * the theme, what follows it says how to use it */
		const char *close = wp_str_starts(p, "“") ? wp_notice_find_near(p, "”", 120) : NULL;
		char *quoted_first = close && wp_str_starts(close + strlen("”"), "。")
					     ? wp_str_sub(p, (size_t)(close + strlen("”") - p))
					     : NULL;
		char *theme = wp_str_trim_end(quoted_first ? quoted_first : p, stops);
		free(quoted_first);
		/* “严格保护知识产权”, 「科学防癌 全程守护」 (a WeChat copy's
		 * quotes): the quotes are not part of it */
		static const char *const quotes[][2] = {{"“", "”"}, {"「", "」"}};
		for (size_t k = 0; k < 2; k++) {
			size_t tl = strlen(theme), ql = strlen(quotes[k][0]), qr = strlen(quotes[k][1]);
			if (wp_str_starts(theme, quotes[k][0]) && wp_str_ends(theme, quotes[k][1]) && tl > ql + qr &&
			    !wp_str_find(theme + ql, quotes[k][0])) {
				memmove(theme, theme + ql, tl - ql - qr);
				theme[tl - ql - qr] = '\0';
			}
		}
		json_object_set_new(r->plan, "theme", json_string(theme));
		free(theme);
	}
	free(quoted);
}
