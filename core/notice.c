/* notice.c - reads the genre of 活动方案 notices into a plan. The order of
 * the work follows the notice: the cover letter (organizer, document
 * number, title, date), the plan's sections (period, theme, activities),
 * the committee annex, then deadlines and contacts, which may be anywhere. */
#include "config.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "buf.h"
#include "notice-reader.h"
#include "text.h"

void wp_notice_note(struct reader *r, const char *fmt, ...)
{
	char line[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	wp_notice_report *rep = r->report;
	rep->lines = wp_xrealloc(rep->lines, (rep->n + 1) * sizeof *rep->lines);
	rep->lines[rep->n++] = wp_xstrdup(line);
}

char *wp_read_file(const char *path, size_t max, size_t *len, wp_err *err)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f) {
		wp_err_set(err, "%s: %s", path, strerror(errno));
		return NULL;
	}
	wp_buf b = WP_BUF_INIT;
	char chunk[65536];
	size_t n;
	/* Read one chunk past the limit so an oversized file is recognised. */
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		wp_buf_append(&b, chunk, n);
		if (b.len > max)
			break;
	}
	bool failed = ferror(f);
	if (f != stdin)
		fclose(f);
	if (failed) {
		wp_buf_free(&b);
		wp_err_set(err, WP_TR("%s: cannot read it"), path);
		return NULL;
	}
	*len = b.len;
	return wp_buf_take(&b);
}

void wp_notice_report_free(wp_notice_report *report)
{
	for (size_t i = 0; i < report->n; i++)
		free(report->lines[i]);
	free(report->lines);
	report->lines = NULL;
	report->n = 0;
}

json_t *wp_notice_jstr(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

json_t *wp_notice_jdate(wp_date d)
{
	char buf[WP_DATE_ISO_SIZE];
	return d == WP_DATE_NONE ? json_null() : json_string(wp_date_format(d, buf));
}

/* ---- small text helpers ------------------------------------------------------ */

const char *const wp_notice_end_punct[] = {"。", "；", "，", "：", ".", ";", NULL};

/* Copy of s from start to the first of the stop strings (or the end). */
char *wp_notice_upto(const char *s, const char *const *stops)
{
	/* One pass that stops at the first stop: searching each stop over
	 * the whole rest would make loops over a long paragraph quadratic. */
	const char *p = s;
	for (; *p; p++)
		for (const char *const *st = stops; *st; st++)
			if (*p == **st && wp_str_starts(p, *st))
				return wp_str_sub(s, (size_t)(p - s));
	return wp_str_sub(s, (size_t)(p - s));
}

const char *wp_notice_find_near(const char *s, const char *needle, size_t window)
{
	size_t n = strlen(needle);
	for (size_t i = 0; s[i] && i <= window; i++)
		if (strncmp(s + i, needle, n) == 0)
			return s + i;
	return NULL;
}

/* The text after marker in s, up to a stop; NULL if marker is absent. */
char *wp_notice_after(const char *s, const char *marker, const char *const *stops)
{
	const char *hit = strstr(s, marker);
	if (!hit)
		return NULL;
	char *v = wp_notice_upto(hit + strlen(marker), stops);
	char *t = wp_str_trim_end(v, wp_notice_end_punct);
	free(v);
	if (!*t) {
		free(t);
		return NULL;
	}
	return t;
}

/* Splits a unit list on 、，,；及和 at bracket depth 0 into arr. */
/* 组委会各成员单位 is 组委会成员单位: 各 ("each") inside the name of a
 * body's members is not part of the name. After other words it is
 * (市直各成员单位 are the city-level ones among them). */
static void drop_member_each(char *name)
{
	static const char *const bodies[] = {"组委会", "领导小组", "联席会议", "委员会",
					     "工作专班", NULL};
	for (const char *const *b = bodies; *b; b++) {
		char *hit = strstr(name, *b);
		if (!hit)
			continue;
		char *each = hit + strlen(*b);
		if (wp_str_starts(each, "各") && *(each + 3))
			memmove(each, each + 3, strlen(each + 3) + 1);
		return;
	}
}

void wp_notice_split_units(const char *list, json_t *arr)
{
	/* Not 和: it is inside names (市文化和旅游局). */
	static const char *const seps[] = {"、", "，", "；", ",", "及", NULL};
	wp_buf cur = WP_BUF_INIT;
	int depth = 0;
	for (const char *p = list;;) {
		size_t sep = 0;
		if (depth == 0)
			for (const char *const *s = seps; *s && !sep; s++)
				if (wp_str_starts(p, *s))
					sep = strlen(*s);
		if (sep || !*p) {
			char *name = wp_str_trim_end(wp_buf_str(&cur), wp_notice_end_punct);
			const char *n = name;
			while (*n == ' ')
				n++;
			if (*n) {
				drop_member_each(name);
				json_array_append_new(arr, json_string(n));
			}
			free(name);
			wp_buf_reset(&cur);
			if (!*p)
				break;
			p += sep;
			continue;
		}
		if (wp_str_starts(p, "（"))
			depth++;
		else if (wp_str_starts(p, "）") && depth > 0)
			depth--;
		wp_buf_putc(&cur, *p++);
	}
	wp_buf_free(&cur);
}

/* Does a name read like a unit (an office, a body, a group of them)? */
bool wp_notice_unit_like(const char *name)
{
	static const char *const tails[] = {
		"局", "委", "院", "部", "府", "会", "室", "中心", "站", "所", "队", "馆", "办",
		"（市）", "县", "区", "市", "州", "镇街", "单位", "部门", "机构", "企业", "主体",
		"公司", "孵化器", "组", "处", "科", "股", "厅", "团", "社", "街道", "代表", NULL};
	char *n = wp_str_trim_end(name, wp_notice_end_punct);
	/* 县市场监管局（知识产权局）: judge the name before its bracket. */
	if (wp_str_ends(n, "）")) {
		char *open = NULL;
		for (char *q = strstr(n, "（"); q; q = strstr(q + 3, "（"))
			open = q;
		if (open && open > n)
			*open = '\0';
	}
	/* words that end like a unit but are events or abstractions */
	static const char *const not_units[] = {
		"大会", "晚会", "展会", "博览会", "发布会", "座谈会", "推进会", "培训会", "交流会",
		"研讨会", "报告会", "对接会", "洽谈会", "分享会", "见面会", "说明会", "启动会",
		"动员会", "宣讲会", "社会", "机会", "格局", "布局", "大局", "全局", NULL};
	bool ok = false;
	for (const char *const *t = tails; *t && !ok; t++)
		ok = wp_str_ends(n, *t);
	for (const char *const *t = not_units; *t && ok; t++)
		ok = !wp_str_ends(n, *t);
	ok = ok && wp_text_width(n) <= 60 && !strstr(n, "。");
	free(n);
	return ok;
}

/* A loose key to match spellings of one unit in one notice:
 * 县市场监督管理局 ~ 县市场监管局（知识产权局） ~ 鹿寨县市场监督管理局. */
static char *loose_key(struct reader *r, const char *name)
{
	char *s = wp_str_nospace(name);
	wp_buf b = WP_BUF_INIT;
	int depth = 0;
	const char *p = s;
	/* Drop the region's proper name: 鹿寨县… reads 县… */
	if (r->region && strlen(r->region) > 3 && wp_str_starts(p, r->region))
		p += strlen(r->region) - 3;
	while (*p) {
		if (wp_str_starts(p, "（")) {
			depth++;
			p += 3;
		} else if (wp_str_starts(p, "）")) {
			depth -= depth > 0;
			p += 3;
		} else if (depth == 0 && wp_str_starts(p, "监督管理")) {
			wp_buf_puts(&b, "监管");
			p += strlen("监督管理");
		} else if (depth == 0) {
			wp_buf_putc(&b, *p++);
		} else {
			p++;
		}
	}
	free(s);
	return wp_buf_take(&b);
}

bool wp_notice_same_unit(struct reader *r, const char *a, const char *b)
{
	char *ka = loose_key(r, a), *kb = loose_key(r, b);
	bool same = strcmp(ka, kb) == 0;
	free(ka);
	free(kb);
	return same;
}

/* A name missing the region level (经济信息委 for 区经济信息委) takes the
 * committee's spelling. */
static json_t *committee_spelling(struct reader *r, const char *name)
{
	/* a bare 成员单位 are the members of the notice's own body */
	if (strcmp(name, "成员单位") == 0) {
		static const char *const bodies[] = {"组委会成员单位", "领导小组成员单位",
						     "联席会议成员单位", NULL};
		for (const char *const *b = bodies; *b; b++)
			for (size_t k = 0; k < r->t.n; k++)
				if (strstr(r->t.para[k], *b))
					return json_string(*b);
	}
	size_t i;
	json_t *c;
	json_array_foreach(r->committee_names, i, c) {
		const char *cn = json_string_value(c);
		if (strcmp(cn, name) != 0 && strlen(cn) == strlen(name) + 3 && wp_str_ends(cn, name) &&
		    (wp_str_starts(cn, "区") || wp_str_starts(cn, "县") || wp_str_starts(cn, "市") ||
		     wp_str_starts(cn, "州")))
			return json_string(cn);
	}
	return json_string(name);
}

json_t *wp_notice_fix_names(struct reader *r, json_t *arr)
{
	json_t *out = json_array();
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v) json_array_append_new(out, committee_spelling(r, json_string_value(v)));
	json_decref(arr);
	return out;
}

/* ---- the cover letter ------------------------------------------------------------ */

/* Strips a province-level prefix: 广西壮族自治区鹿寨县… reads 鹿寨县… */
static const char *skip_province(const char *s)
{
	static const char *const ends[] = {"自治区", "省"};
	for (size_t k = 0; k < 2; k++) {
		const char *hit = strstr(s, ends[k]);
		if (hit && hit - s <= 24 && hit[strlen(ends[k])])
			return hit + strlen(ends[k]);
	}
	return s;
}

/* The last administrative division at the start of a unit name:
 * 重庆市荣昌区人民政府办公室 -> 荣昌区, 临夏回族自治州… -> 临夏回族自治州. */
static char *region_of(const char *unit)
{
	static const char *const suffixes[] = {"自治州", "自治县", "地区", "市", "州", "县", "区", "旗", "盟"};
	const char *p = unit, *best_start = NULL, *best_end = NULL;
	for (;;) {
		const char *found = NULL, *found_end = NULL;
		/* the shortest name of 2..8 characters ending in a suffix */
		const char *q = p;
		for (int chars = 0; *q && chars < 9 && !found; chars++) {
			for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++)
				if (chars >= 1 && wp_str_starts(q, suffixes[k])) {
					found = p;
					found_end = q + strlen(suffixes[k]);
					break;
				}
			q += (unsigned char)*q >= 0xe0 ? 3 : 1;
		}
		if (!found)
			break;
		best_start = found;
		best_end = found_end;
		p = found_end;
	}
	return best_start ? wp_str_sub(best_start, (size_t)(best_end - best_start)) : NULL;
}

static bool only_a_date(const char *para, wp_ndate *d)
{
	char *s = wp_str_nospace(para);
	bool ok = wp_nfind_date(s, 2000, d) && d->has_year && d->at == s && d->len == strlen(s) &&
		  d->start == d->end;
	free(s);
	return ok;
}

/* Which paragraph is the 关于…的通知 title; joins a title broken in two. */
static char *notice_title(struct reader *r, size_t *where)
{
	for (size_t i = 0; i < r->t.n && i < 12; i++) {
		const char *p = r->t.para[i];
		if (!strstr(p, "关于"))
			continue;
		wp_buf b = WP_BUF_INIT;
		wp_buf_puts(&b, p);
		for (size_t j = i + 1; !strstr(wp_buf_str(&b), "通知") && j < r->t.n && j < i + 3; j++)
			wp_buf_puts(&b, r->t.para[j]);
		char *joined = wp_str_nospace(wp_buf_str(&b));
		wp_buf_free(&b);
		if (!strstr(joined, "通知")) {
			free(joined);
			continue;
		}
		*where = i;
		return joined;
	}
	return NULL;
}

/* 关于印发《X》的通知 / 关于开展X的通知 -> X */
static char *plan_title(const char *notice)
{
	const char *open = strstr(notice, "《"), *close = open ? strstr(open, "》") : NULL;
	if (open && close)
		return wp_str_sub(open + 3, (size_t)(close - open - 3));
	const char *p = strstr(notice, "关于");
	p = p ? p + strlen("关于") : notice;
	static const char *const verbs[] = {"印发", "组织开展", "开展", "举办", "做好"};
	for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
		if (wp_str_starts(p, verbs[k])) {
			p += strlen(verbs[k]);
			break;
		}
	const char *end = strstr(p, "的通知");
	if (!end)
		end = strstr(p, "通知");
	return wp_str_sub(p, (size_t)(end - p));
}

static void read_cover(struct reader *r)
{
	size_t title_at = 0;
	char *notice = notice_title(r, &title_at);
	/* The issuing unit heads the letter: "…文件", or the first line. */
	for (size_t i = 0; i < r->t.n && i <= title_at; i++) {
		char *s = wp_str_nospace(r->t.para[i]);
		if (wp_str_ends(s, "文件"))
			s[strlen(s) - strlen("文件")] = '\0';
		if (!r->organizer && wp_notice_unit_like(s) && !strstr(s, "关于"))
			r->organizer = wp_xstrdup(skip_province(s));
		free(s);
	}
	/* Document number: a line like 鹿市监发〔2026〕3号. */
	for (size_t i = 0; i < r->t.n && i < 12; i++) {
		const char *p = r->t.para[i];
		bool brackets = (strstr(p, "〔") && strstr(p, "〕")) || (strstr(p, "[") && strstr(p, "]")) ||
				(strstr(p, "［") && strstr(p, "］"));
		if (brackets && wp_str_ends(p, "号") && wp_text_width(p) < 40) {
			char *doc = wp_str_nospace(p);
			json_object_set_new(r->plan, "doc_number", json_string(doc));
			free(doc);
			break;
		}
	}
	/* Issue date: the first line that is only a date; the signature
	 * above it names the organizer as it signs (with aliases). */
	wp_ndate d;
	for (size_t i = 0; i < r->t.n; i++) {
		if (!only_a_date(r->t.para[i], &d))
			continue;
		json_object_set_new(r->plan, "issued_on", wp_notice_jdate(d.start));
		break;
	}
	if (notice) {
		char *title = plan_title(notice);
		json_object_set_new(r->plan, "title", json_string(title));
		free(title);
		/* 某某县市场监督管理局关于开展…的通知: the issuer opens the title */
		const char *about = strstr(notice, "关于");
		if (!r->organizer && about && about > notice) {
			json_t *names = json_array();
			char *head = wp_str_sub(notice, (size_t)(about - notice));
			wp_notice_split_units(head, names);
			const char *first = json_string_value(json_array_get(names, 0));
			if (first && wp_notice_unit_like(first))
				r->organizer = wp_xstrdup(skip_province(first));
			free(head);
			json_decref(names);
		}
	}
	free(notice);
	/* else the signature: the unit on the line above the issue date */
	for (size_t i = 1; !r->organizer && i < r->t.n; i++) {
		if (!only_a_date(r->t.para[i], &d))
			continue;
		char *s = wp_str_nospace(r->t.para[i - 1]);
		if (wp_notice_unit_like(s) && wp_text_width(s) <= 40 && !strstr(s, "，"))
			r->organizer = wp_xstrdup(skip_province(s));
		free(s);
		break;
	}
	if (!r->organizer)
		wp_notice_note(r, WP_TR("no issuing unit found at the head of the notice"));
	r->region = r->organizer ? region_of(r->organizer) : NULL;
	const char *title = json_string_value(json_object_get(r->plan, "title"));
	if (!r->region && title) {
		char *t = wp_xstrdup(title);
		r->region = region_of(strstr(t, "年") ? strstr(t, "年") + 3 : t);
		free(t);
	}
	r->year = title ? wp_nfind_year(title) : -1;
	if (r->year < 0 && json_is_string(json_object_get(r->plan, "issued_on")))
		r->year = atoi(json_string_value(json_object_get(r->plan, "issued_on")));
}

/* 依据《X》（文号）: the higher-level plan. */
static void read_parent(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && i < 30; i++) {
		const char *p = r->t.para[i];
		const char *hit = strstr(p, "依据《");
		if (!hit)
			hit = strstr(p, "根据《");
		if (!hit)
			continue;
		const char *open = hit + strlen("依据"), *close = strstr(open, "》");
		if (!close)
			continue;
		const char *end = close + strlen("》");
		if (wp_str_starts(end, "（") && strstr(end, "）") && strstr(end, "号"))
			end = strstr(end, "）") + strlen("）");
		char *parent = wp_str_sub(open + 3, (size_t)(end - open - 3));
		/* drop the closing 》 of the title, keep （文号） */
		wp_buf b = WP_BUF_INIT;
		for (const char *q = parent; *q;) {
			if (wp_str_starts(q, "》")) {
				q += 3;
				continue;
			}
			wp_buf_putc(&b, *q++);
		}
		json_object_set_new(r->plan, "parent_plan", json_string(wp_buf_str(&b)));
		wp_buf_free(&b);
		free(parent);
		return;
	}
}

/* ---- sections ---------------------------------------------------------------------- */

/* The paragraph after a heading that contains word, or the text after
 * "word：" on the same paragraph. */
static const char *section_value(struct reader *r, const char *word, size_t *where)
{
	for (size_t i = 0; i < r->t.n; i++) {
		const char *p = r->t.para[i];
		int n;
		const char *h = wp_heading_top(p, &n);
		/* （二）活动主题：…, under a heading 活动时间和主题 */
		const char *item = h ? NULL : wp_heading_item(p, &n);
		const char *text = h ? h : item ? item : p;
		if (!wp_str_starts(text, word) && !(h && strstr(text, word) && wp_text_width(text) < 20))
			continue;
		const char *colon = strstr(text, "：");
		if (colon && colon[3]) {
			*where = i;
			return colon + 3;
		}
		if (!h && !wp_str_starts(text, word))
			continue;
		if (i + 1 < r->t.n) {
			*where = i + 1;
			return r->t.para[i + 1];
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
	for (size_t i = 0; i < r->t.n && i < 40; i++) {
		const char *p = r->t.para[i];
		const char *h = wp_heading_top(p, &n);
		if (h && i > 0 && (strstr(h, "活动") || strstr(h, "安排")) && !strstr(h, "时间"))
			break; /* the activities begin: their dates are not the period */
		wp_ndate d;
		for (const char *q = p; wp_nfind_date(q, r->year > 0 ? r->year : 2000, &d);
		     q = d.at + d.len) {
			if (d.end == d.start)
				continue;
			const char *stop = strstr(d.at, "。");
			size_t span = stop ? (size_t)(stop - d.at) : strlen(d.at);
			char *sentence = wp_str_sub(d.at, span);
			bool about = strstr(sentence, "宣传周") || strstr(sentence, "活动周") ||
				     strstr(sentence, "活动时间");
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

/* No 活动主题 section: 主题是“X”, 主题为“X”, 以“X”为主题. Caller frees. */
static char *theme_in_prose(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && i < 40; i++) {
		const char *p = r->t.para[i];
		static const char *const marks[] = {"主题是“", "主题为“", "主题：“", NULL};
		for (const char *const *m = marks; *m; m++) {
			const char *at = strstr(p, *m);
			const char *close = at ? strstr(at, "”") : NULL;
			if (close)
				return wp_str_sub(at + strlen(*m) - strlen("“"),
						  (size_t)(close + strlen("”") - (at + strlen(*m) - strlen("“"))));
		}
		const char *with = strstr(p, "以“");
		const char *close = with ? strstr(with, "”为主题") : NULL;
		if (close)
			return wp_str_sub(with + strlen("以"), (size_t)(close + strlen("”") - with - strlen("以")));
	}
	return NULL;
}

static void read_period_theme(struct reader *r)
{
	size_t at;
	const char *p = section_value(r, "活动时间", &at);
	if (!p)
		p = section_value(r, "活动日期", &at);
	if (!p)
		p = section_value(r, "时间安排", &at);
	wp_ndate d;
	r->start = r->end = WP_DATE_NONE;
	if (!p || !wp_nfind_date(p, r->year > 0 ? r->year : 2000, &d))
		p = period_in_prose(r);
	if (p && wp_nfind_date(p, r->year > 0 ? r->year : 2000, &d)) {
		r->start = d.start;
		r->end = d.end;
		if (r->year < 0) {
			int y, m, dd;
			wp_date_to_ymd(d.start, &y, &m, &dd);
			r->year = y;
		}
	} else {
		wp_notice_note(r, WP_TR("no 活动时间 (campaign period) found"));
	}
	json_object_set_new(r->plan, "period",
			    json_pack("{s:o, s:o}", "start", wp_notice_jdate(r->start), "end", wp_notice_jdate(r->end)));
	p = section_value(r, "活动主题", &at);
	if (!p)
		p = section_value(r, "宣传主题", &at);
	char *quoted = p ? NULL : theme_in_prose(r);
	if (quoted)
		p = quoted;
	if (p) {
		static const char *const stops[] = {"。", NULL};
		char *theme = wp_str_trim_end(p, stops);
		/* “严格保护知识产权”: the quotes are not part of it */
		size_t tl = strlen(theme);
		if (wp_str_starts(theme, "“") && wp_str_ends(theme, "”") && tl > 6 &&
		    !strstr(theme + 3, "“")) {
			memmove(theme, theme + 3, tl - 6);
			theme[tl - 6] = '\0';
		}
		json_object_set_new(r->plan, "theme", json_string(theme));
		free(theme);
	}
	free(quoted);
}

static void read_lead_unit(struct reader *r)
{
	for (size_t i = 0; i < r->t.n; i++) {
		if (wp_notice_item_at(r, i))
			continue;
		const char *p = r->t.para[i];
		for (const char *hit = strstr(p, "由"); hit; hit = strstr(hit + 3, "由")) {
			const char *end = wp_notice_find_near(hit, "牵头", 90);
			if (!end)
				continue;
			char *x = wp_str_sub(hit + 3, (size_t)(end - hit - 3));
			if (wp_notice_unit_like(x) && !strstr(x, "，")) {
				json_object_set_new(r->plan, "lead_unit", json_string(x));
				free(x);
				return;
			}
			free(x);
		}
	}
}

/* ---- the whole notice ---------------------------------------------------------------------- */

/* The issuing unit's other spellings in this notice become its aliases. */
static void read_aliases(struct reader *r)
{
	json_t *units = json_array();
	json_object_set_new(r->plan, "units", units);
	if (!r->organizer)
		return;
	json_t *aliases = json_array();
	for (size_t i = 0; i + 1 < r->t.n; i++) {
		wp_ndate d;
		if (!only_a_date(r->t.para[i + 1], &d))
			continue;
		/* The signature: the unit above the date, maybe (another name). */
		const char *sig = r->t.para[i];
		if (wp_str_starts(sig, "（") && wp_str_ends(sig, "）") && i > 0) {
			char *inner = wp_str_sub(sig + 3, strlen(sig) - 6);
			json_array_append_new(aliases, json_string(inner));
			free(inner);
			sig = r->t.para[i - 1];
		}
		char *s = wp_str_nospace(sig);
		if (strcmp(s, r->organizer) != 0 && wp_notice_unit_like(s))
			json_array_insert_new(aliases, 0, json_string(s));
		free(s);
		break;
	}
	/* The bureau of a level is called by its level inside the notice:
	 * 州市场监管局, 州局 for 临夏回族自治州市场监督管理局. */
	const char *level = r->region ? r->region + strlen(r->region) - 3 : NULL;
	if (level && wp_str_ends(r->organizer, "市场监督管理局")) {
		static const char *const forms[] = {"市场监督管理局", "市场监管局", "局"};
		for (size_t k = 0; k < 3; k++) {
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "%s%s", level, forms[k]);
			bool dup = false;
			size_t i;
			json_t *v;
			json_array_foreach(aliases, i, v) dup = dup || strcmp(json_string_value(v), wp_buf_str(&b)) == 0;
			if (!dup)
				json_array_append_new(aliases, json_string(wp_buf_str(&b)));
			wp_buf_free(&b);
		}
	}
	if (json_array_size(aliases))
		json_array_append_new(units, json_pack("{s:s, s:o}", "name", r->organizer, "aliases",
						       aliases));
	else
		json_decref(aliases);
}

char *wp_notice_read(const char *bytes, size_t len, wp_notice_report *report, wp_err *err)
{
	memset(report, 0, sizeof *report);
	struct reader r = {.report = report, .year = -1};
	if (wp_ntext_decode(bytes, len, &r.t, err) != 0)
		return NULL;
	r.plan = json_object();
	r.activities = json_array();
	r.deadlines = json_array();
	r.contacts = json_array();
	r.committee_names = json_array();
	r.committee_chair = json_array();
	json_object_set_new(r.plan, "weekplan_plan", json_integer(1));
	read_cover(&r);
	char *out = NULL;
	if (!json_object_get(r.plan, "title") || r.year < 0) {
		wp_err_set(err, WP_TR("this does not read as a plan notice: no 关于…的通知 title with a year"));
		goto done;
	}
	json_object_set_new(r.plan, "region", wp_notice_jstr(r.region));
	json_object_set_new(r.plan, "organizer", wp_notice_jstr(r.organizer));
	read_parent(&r);
	read_period_theme(&r);
	if (r.start == WP_DATE_NONE) {
		wp_err_set(err, WP_TR("this does not read as a plan notice: no campaign period (活动时间)"));
		goto done;
	}
	read_aliases(&r);
	wp_notice_read_committee(&r);
	wp_notice_read_activities(&r);
	read_lead_unit(&r);
	wp_notice_read_contacts(&r);
	wp_notice_read_deadlines(&r);
	wp_notice_office_from_reports(&r);
	json_object_set_new(r.plan, "activities", json_incref(r.activities));
	json_object_set_new(r.plan, "deadlines", json_incref(r.deadlines));
	json_object_set_new(r.plan, "contacts", json_incref(r.contacts));
	if (r.t.was_gb18030)
		wp_notice_note(&r, WP_TR("the file was GB18030 (GBK) text, converted to UTF-8"));
	char *text = json_dumps(r.plan, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	if (text) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_puts(&b, text);
		wp_buf_putc(&b, '\n');
		out = wp_buf_take(&b);
		free(text);
	} else {
		wp_err_set(err, WP_TR("cannot encode the plan"));
	}
done:
	json_decref(r.plan);
	json_decref(r.activities);
	json_decref(r.deadlines);
	json_decref(r.contacts);
	json_decref(r.committee_names);
	json_decref(r.committee_chair);
	free(r.items);
	free(r.region);
	free(r.organizer);
	wp_ntext_free(&r.t);
	if (!out)
		wp_notice_report_free(report);
	return out;
}
