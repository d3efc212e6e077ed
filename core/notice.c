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
#include "buf.h"
#include "notice-date.h"
#include "notice-text.h"
#include "notice.h"
#include "text.h"

struct item_range {
	size_t first, last; /* paragraphs */
	char no[32];
};

struct reader {
	wp_ntext t;
	struct item_range *items;
	size_t nitems;
	int year;
	char *region, *organizer;
	wp_date start, end;
	json_t *plan, *activities, *deadlines, *contacts;
	json_t *committee_names; /* every unit named in the committee */
	json_t *committee_chair;
	wp_notice_report *report;
};

static void note(struct reader *r, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

static void note(struct reader *r, const char *fmt, ...)
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
		wp_err_set(err, "%s: cannot read it", path);
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

static json_t *jstr(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

static json_t *jdate(wp_date d)
{
	char buf[WP_DATE_ISO_SIZE];
	return d == WP_DATE_NONE ? json_null() : json_string(wp_date_format(d, buf));
}

/* ---- small text helpers ------------------------------------------------------ */

static const char *const end_punct[] = {"。", "；", "，", "：", ".", ";", NULL};

/* Copy of s from start to the first of the stop strings (or the end). */
static char *upto(const char *s, const char *const *stops)
{
	size_t best = strlen(s);
	for (const char *const *st = stops; *st; st++) {
		const char *hit = strstr(s, *st);
		if (hit && (size_t)(hit - s) < best)
			best = (size_t)(hit - s);
	}
	return wp_str_sub(s, best);
}

/* The text after marker in s, up to a stop; NULL if marker is absent. */
static char *after(const char *s, const char *marker, const char *const *stops)
{
	const char *hit = strstr(s, marker);
	if (!hit)
		return NULL;
	char *v = upto(hit + strlen(marker), stops);
	char *t = wp_str_trim_end(v, end_punct);
	free(v);
	if (!*t) {
		free(t);
		return NULL;
	}
	return t;
}

/* Splits a unit list on 、，,；及和 at bracket depth 0 into arr. */
static void split_units(const char *list, json_t *arr)
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
			char *name = wp_str_trim_end(wp_buf_str(&cur), end_punct);
			const char *n = name;
			while (*n == ' ')
				n++;
			if (*n)
				json_array_append_new(arr, json_string(n));
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
static bool unit_like(const char *name)
{
	static const char *const tails[] = {
		"局", "委", "院", "部", "府", "会", "室", "中心", "站", "所", "队", "馆", "办",
		"（市）", "县", "区", "市", "州", "镇街", "单位", "部门", "机构", "企业", "主体",
		"公司", "孵化器", "组", "处", "科", "厅", "团", "社", "街道", "代表", NULL};
	char *n = wp_str_trim_end(name, end_punct);
	/* 县市场监管局（知识产权局）: judge the name before its bracket. */
	if (wp_str_ends(n, "）")) {
		char *open = NULL;
		for (char *q = strstr(n, "（"); q; q = strstr(q + 3, "（"))
			open = q;
		if (open && open > n)
			*open = '\0';
	}
	bool ok = false;
	for (const char *const *t = tails; *t && !ok; t++)
		ok = wp_str_ends(n, *t);
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

static bool same_unit(struct reader *r, const char *a, const char *b)
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

static json_t *fix_names(struct reader *r, json_t *arr)
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
		if (!r->organizer && unit_like(s) && !strstr(s, "关于"))
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
		json_object_set_new(r->plan, "issued_on", jdate(d.start));
		break;
	}
	if (notice) {
		char *title = plan_title(notice);
		json_object_set_new(r->plan, "title", json_string(title));
		free(title);
	}
	free(notice);
	if (!r->organizer)
		note(r, "no issuing unit found at the head of the notice");
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
		const char *text = h ? h : p;
		if (!wp_str_starts(text, word) && !(h && strstr(text, word) && wp_text_width(text) < 20))
			continue;
		const char *colon = strstr(text, "：");
		if (colon && colon[3]) {
			*where = i;
			return colon + 3;
		}
		if (!h && !wp_str_starts(p, word))
			continue;
		if (i + 1 < r->t.n) {
			*where = i + 1;
			return r->t.para[i + 1];
		}
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
	if (p && wp_nfind_date(p, r->year > 0 ? r->year : 2000, &d)) {
		r->start = d.start;
		r->end = d.end;
		if (r->year < 0) {
			int y, m, dd;
			wp_date_to_ymd(d.start, &y, &m, &dd);
			r->year = y;
		}
	} else {
		note(r, "no 活动时间 (campaign period) found");
	}
	json_object_set_new(r->plan, "period",
			    json_pack("{s:o, s:o}", "start", jdate(r->start), "end", jdate(r->end)));
	p = section_value(r, "活动主题", &at);
	if (!p)
		p = section_value(r, "宣传主题", &at);
	if (p) {
		static const char *const stops[] = {"。", NULL};
		char *theme = wp_str_trim_end(p, stops);
		json_object_set_new(r->plan, "theme", json_string(theme));
		free(theme);
	}
}

/* ---- activities ------------------------------------------------------------------ */

static bool is_activity_section(const char *heading)
{
	static const char *const words[] = {"重点活动", "具体活动", "活动内容", "活动方式",
					    "活动安排", "主要活动", "活动项目", "具体安排",
					    "工作安排", "重点工作", "主要内容"};
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (strstr(heading, words[k]))
			return true;
	return false;
}

/* The first sentence of s (up to 。, or the end). Caller frees. */
static char *first_sentence(const char *s)
{
	static const char *const stops[] = {"。", "\n", NULL};
	return upto(s, stops);
}

/* Where a place is named: 在X开展, 地址：X, 深入X开展, 通过X等平台. */
static char *find_location(const char *body)
{
	static const char *const addr_stops[] = {"，", "；", "）", "。", NULL};
	char *loc = after(body, "地址：", addr_stops);
	if (loc)
		return loc;
	static const char *const verbs[] = {"开展", "组织", "举办", "开辟", "通过", "利用", "播放",
					    "召开", "进行", "设置", "集中", "展开", "加大", "，", "。",
					    "等", "；", "\n", NULL};
	/* 在X开展: X is a place unless it is a time or a circumstance
	 * (在…期间, 在…下, 在做好…的前提下, 在当地). */
	for (const char *hit = strstr(body, "在"); hit; hit = strstr(hit + 1, "在")) {
		char *v = upto(hit + strlen("在"), verbs);
		static const char *const not_places[] = {"期间", "实际", "基础", "前提", "过程"};
		bool place = wp_text_width(v) >= 4 && wp_text_width(v) <= (strstr(v, "、") ? 80 : 40);
		for (size_t k = 0; place && k < sizeof not_places / sizeof *not_places; k++)
			place = !strstr(v, not_places[k]);
		place = place && !wp_str_starts(v, "做好") && !wp_str_starts(v, "全") &&
			!wp_str_starts(v, "当地") && !wp_str_starts(v, "宣传") &&
			!wp_str_ends(v, "下") && !wp_str_ends(v, "中") && !wp_str_ends(v, "时") &&
			!wp_str_ends(v, "后") && !wp_str_ends(v, "前");
		if (place)
			return v;
		free(v);
	}
	/* 深入X开展: the place where the work is done. */
	for (const char *hit = strstr(body, "深入"); hit; hit = strstr(hit + 1, "深入")) {
		char *v = upto(hit + strlen("深入"), verbs);
		const char *next = hit + strlen("深入") + strlen(v);
		if (wp_str_starts(next, "开展") && wp_text_width(v) >= 4 && wp_text_width(v) <= 40)
			return v;
		free(v);
	}
	static const char *const plat_stops[] = {"等平台", "等媒体", NULL};
	const char *via = strstr(body, "通过");
	if (via && strstr(via, "等平台")) {
		char *v = upto(via + strlen("通过"), plat_stops);
		if (wp_text_width(v) <= 80)
			return v;
		free(v);
	}
	return NULL;
}

/* The list in the last （…） of an item, if it names units. */
static char *trailing_unit_list(const char *body)
{
	char *t = wp_str_trim_end(body, (const char *const[]){"。", NULL});
	size_t n = strlen(t);
	if (!wp_str_ends(t, "）")) {
		free(t);
		return NULL;
	}
	int depth = 0;
	for (size_t i = n; i >= 3; i -= 1) {
		if (i >= 3 && memcmp(t + i - 3, "）", 3) == 0) {
			depth++;
			i -= 2;
			continue;
		}
		if (i >= 3 && memcmp(t + i - 3, "（", 3) == 0) {
			if (--depth == 0) {
				char *inner = wp_str_sub(t + i, n - i - 3);
				free(t);
				if (strstr(inner, "：") || strstr(inner, "。")) {
					free(inner);
					return NULL;
				}
				return inner;
			}
			i -= 2;
		}
	}
	free(t);
	return NULL;
}

struct units {
	json_t *lead, *coop;
};

/* 由X牵头: X leads, even if the list put another unit first. */
static void apply_lead_phrase(struct reader *r, const char *body, struct units *u)
{
	const char *hit = strstr(body, "由");
	for (; hit; hit = strstr(hit + 3, "由")) {
		const char *lead_end = strstr(hit, "牵头");
		if (!lead_end || lead_end - hit > 90)
			continue;
		char *x = wp_str_sub(hit + 3, (size_t)(lead_end - hit - 3));
		if (!unit_like(x)) {
			free(x);
			continue;
		}
		/* Prefer the list's spelling of the same unit. */
		json_t *name = NULL;
		size_t i;
		json_t *v;
		json_t *all = json_array();
		json_array_extend(all, u->lead);
		json_array_extend(all, u->coop);
		json_array_foreach(all, i, v) if (!name && same_unit(r, json_string_value(v), x)) name =
			json_incref(v);
		if (!name)
			name = json_string(x);
		json_t *coop = json_array();
		json_array_foreach(all, i, v) if (!same_unit(r, json_string_value(v), json_string_value(name)))
			json_array_append(coop, v);
		json_decref(u->lead);
		json_decref(u->coop);
		u->lead = json_array();
		json_array_append_new(u->lead, name);
		u->coop = coop;
		json_decref(all);
		free(x);
		return;
	}
}

/* Units from the sentence itself: X牵头，联合Y / X联合Y开展 / a subject. */
static void units_from_sentence(const char *body, struct units *u)
{
	static const char *const stops[] = {"开展", "深入", "在", "，", "。", "共同", "对", NULL};
	char *first = first_sentence(body);
	const char *join = strstr(first, "联合");
	const char *lead_at = strstr(first, "牵头");
	if (join) {
		const char *lead_start = first;
		const char *lead_end = lead_at && lead_at < join ? lead_at : join;
		/* the lead is the last clause before 联合 / 牵头 */
		for (const char *c = strstr(first, "，"); c && c < lead_end; c = strstr(c + 3, "，"))
			lead_start = c + 3;
		char *lead = wp_str_sub(lead_start, (size_t)(lead_end - lead_start));
		char *coop = upto(join + strlen("联合"), stops);
		if (unit_like(lead)) {
			split_units(lead, u->lead);
			split_units(coop, u->coop);
		}
		free(lead);
		free(coop);
	} else {
		static const char *const verbs[] = {"要", "开展", "在", "结合", "组织", "举办", "可",
						    "牵头", NULL};
		/* "4月20日—26日，各县（市）要…": the subject follows the date. */
		const char *from = first;
		wp_ndate d;
		const char *comma = strstr(first, "，");
		if (comma && wp_nfind_date(first, 2000, &d) && d.at < comma)
			from = comma + 3;
		char *subject = upto(from, verbs);
		if (*subject && unit_like(subject) && wp_text_width(subject) <= 30 &&
		    !strstr(subject, "，"))
			split_units(subject, u->lead);
		free(subject);
	}
	free(first);
}

/* 组委会成员单位、创新主体代表参加启动仪式: those taking part cooperate,
 * and the campaign's own lead unit (the committee chair) leads. */
static bool participants(struct reader *r, const char *body, struct units *u)
{
	char *first = first_sentence(body);
	const char *join = strstr(first, "参加");
	bool found = false;
	if (join) {
		const char *start = first;
		for (const char *c = strstr(first, "，"); c && c < join; c = strstr(c + 3, "，"))
			start = c + 3;
		char *who = wp_str_sub(start, (size_t)(join - start));
		json_t *names = json_array();
		split_units(who, names);
		size_t i;
		json_t *v;
		bool all_units = json_array_size(names) > 0;
		json_array_foreach(names, i, v) all_units = all_units && unit_like(json_string_value(v));
		if (all_units) {
			json_array_foreach(names, i, v) {
				/* 市知识产权宣传周组委会成员单位 -> 组委会成员单位 */
				const char *n = json_string_value(v), *c = strstr(n, "组委会");
				json_array_append_new(u->coop, json_string(c ? c : n));
			}
			json_t *chair = json_array_get(r->committee_chair, 0);
			if (chair)
				json_array_append(u->lead, chair);
			found = true;
		}
		json_decref(names);
		free(who);
	}
	free(first);
	return found;
}

static void read_units(struct reader *r, const char *body, struct units *u)
{
	static const char *const lead_stops[] = {"。", "；", "配合单位", "\n", NULL};
	static const char *const coop_stops[] = {"。", "；", "\n", NULL};
	u->lead = json_array();
	u->coop = json_array();
	char *lead = after(body, "责任单位：", lead_stops);
	if (!lead)
		lead = after(body, "牵头单位：", lead_stops);
	char *coop = after(body, "配合单位：", coop_stops);
	if (lead || coop) {
		if (lead)
			split_units(lead, u->lead);
		if (coop)
			split_units(coop, u->coop);
		free(lead);
		free(coop);
	} else {
		char *list = trailing_unit_list(body);
		if (list) {
			json_t *all = json_array();
			split_units(list, all);
			size_t i;
			json_t *v;
			json_array_foreach(all, i, v) json_array_append(i == 0 ? u->lead : u->coop, v);
			json_decref(all);
			free(list);
			apply_lead_phrase(r, body, u);
		} else {
			apply_lead_phrase(r, body, u);
			if (json_array_size(u->lead) == 0 && !participants(r, body, u))
				units_from_sentence(body, u);
		}
	}
	u->lead = fix_names(r, u->lead);
	u->coop = fix_names(r, u->coop);
}

static json_t *new_activity(const char *no, const char *title)
{
	return json_pack("{s:s, s:s, s:n, s:n, s:n, s:n, s:n, s:n, s:[], s:[], s:n}", "no", no,
			 "title", title, "description", "start", "end", "time", "end_time", "location",
			 "lead", "cooperate", "notes");
}

static void set_dates(json_t *a, wp_date start, wp_date end)
{
	json_object_set_new(a, "start", jdate(start));
	json_object_set_new(a, "end", jdate(end));
}

/* A later sentence that begins with a date is an event of its own:
 * "4月23日州局举办…线上培训班" becomes item 四.1. */
static void read_sub_events(struct reader *r, const char *no, const char *body, size_t *sub)
{
	static const char *const verbs[] = {"举办", "召开", "组织", "开展", NULL};
	const char *s = strstr(body, "。");
	while (s) {
		s += 3;
		while (*s == '\n' || *s == ' ')
			s++;
		wp_ndate d;
		if (wp_nfind_date(s, r->year, &d) && d.at == s) {
			const char *rest = s + d.len;
			char *who = upto(rest, verbs);
			const char *verb = rest + strlen(who);
			if (*verb) {
				char *title = first_sentence(verb + 6);
				const char *place = strstr(title, "线上") || strstr(title, "网上") ? "线上" : NULL;
				char number[64];
				snprintf(number, sizeof number, "%.30s.%zu", no, ++*sub);
				json_t *a = new_activity(number, title);
				set_dates(a, d.start, d.end);
				if (place)
					json_object_set_new(a, "location", json_string(place));
				if (unit_like(who))
					json_array_append_new(json_object_get(a, "lead"), json_string(who));
				json_array_append_new(r->activities, a);
				note(r, "activity %s: the dated event in item %s is listed as %s", number, no,
				     number);
				free(title);
			}
			free(who);
		}
		s = strstr(s, "。");
	}
}

static void read_item(struct reader *r, const char *no, const char *heading, const char *rest)
{
	static const char *const title_stops[] = {"。", NULL};
	char *title = upto(heading, title_stops);
	char *clean_title = wp_str_trim_end(title, end_punct);
	wp_buf body = WP_BUF_INIT;
	const char *after_title = heading + strlen(title);
	if (wp_str_starts(after_title, "。"))
		after_title += 3;
	wp_buf_puts(&body, after_title);
	if (*rest) {
		if (body.len)
			wp_buf_putc(&body, '\n');
		wp_buf_puts(&body, rest);
	}
	const char *text = wp_buf_str(&body);
	json_t *a = new_activity(no, clean_title);
	/* When: a 时间： line, else a date in the first sentence, else the
	 * campaign period when the item says 宣传周期间. */
	static const char *const line_stops[] = {"\n", NULL};
	char *when = after(text, "时间：", line_stops);
	char *first = first_sentence(text);
	wp_ndate d;
	const char *date_src = when ? when : first;
	if (wp_nfind_date(date_src, r->year, &d) || wp_nfind_date(clean_title, r->year, &d)) {
		set_dates(a, d.start, d.end);
	} else if (strstr(first, "期间") && (strstr(first, "宣传周") || strstr(first, "活动"))) {
		set_dates(a, r->start, r->end);
	} else {
		note(r, "activity %s: no date found; it takes place some time in the campaign period",
		     no);
	}
	char time[6], end_time[6];
	const char *time_at = NULL;
	if (wp_nfind_time(first, time, &time_at) || (when && wp_nfind_time(when, time, &time_at))) {
		json_object_set_new(a, "time", json_string(time));
		/* 9:00-11:30, 14时至16时: an end time right after the start */
		const char *t = time_at;
		while ((*t >= '0' && *t <= '9') || *t == ':' || wp_str_starts(t, "时") ||
		       wp_str_starts(t, "点") || wp_str_starts(t, "分") || wp_str_starts(t, "："))
			t += (unsigned char)*t >= 0x80 ? 3 : 1;
		const char *e = NULL;
		if ((*t == '-' || wp_str_starts(t, "—") || wp_str_starts(t, "－") ||
		     wp_str_starts(t, "至") || *t == '~' || wp_str_starts(t, "～")) &&
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
	}
	char *loc = find_location(first);
	if (!loc)
		loc = find_location(text);
	if (!loc && (strstr(clean_title, "线上") || strstr(clean_title, "网上")))
		loc = wp_xstrdup("线上");
	if (loc)
		json_object_set_new(a, "location", json_string(loc));
	struct units u;
	read_units(r, text, &u);
	json_object_set_new(a, "lead", u.lead);
	json_object_set_new(a, "cooperate", u.coop);
	if (json_array_size(u.lead) == 0)
		note(r, "activity %s: no lead unit found", no);
	json_array_append_new(r->activities, a);
	size_t sub = 0;
	read_sub_events(r, no, text, &sub);
	free(loc);
	free(first);
	free(when);
	free(title);
	free(clean_title);
	wp_buf_free(&body);
}

static const char *const cn_numerals[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

static void number_text(int n, char *buf, size_t size)
{
	if (n <= 10)
		snprintf(buf, size, "%s", cn_numerals[n]);
	else if (n < 20)
		snprintf(buf, size, "十%s", cn_numerals[n - 10]);
	else
		snprintf(buf, size, "%s十%s", cn_numerals[n / 10], n % 10 ? cn_numerals[n % 10] : "");
}

static void read_activities(struct reader *r)
{
	size_t i = 0;
	int n;
	for (; i < r->t.n; i++) {
		const char *h = wp_heading_top(r->t.para[i], &n);
		if (h && is_activity_section(h))
			break;
	}
	if (i == r->t.n) {
		note(r, "no activity section (重点活动, 具体活动, 活动内容, 活动方式 ...) found");
		return;
	}
	for (i++; i < r->t.n;) {
		const char *p = r->t.para[i];
		if (wp_heading_top(p, &n) || wp_str_starts(p, "附件"))
			break;
		const char *heading = wp_heading_item(p, &n);
		if (!heading) {
			i++;
			continue;
		}
		wp_buf rest = WP_BUF_INIT;
		size_t j = i + 1;
		for (; j < r->t.n; j++) {
			int m;
			const char *q = r->t.para[j];
			if (wp_heading_item(q, &m) || wp_heading_top(q, &m) || wp_str_starts(q, "附件"))
				break;
			if (rest.len)
				wp_buf_putc(&rest, '\n');
			wp_buf_puts(&rest, q);
		}
		/* The number as written: 一 for （一）, 1 for （1） or 1. */
		char no[32];
		const char *q = p + (wp_str_starts(p, "（") ? 3 : 0);
		if (*q >= '0' && *q <= '9')
			snprintf(no, sizeof no, "%d", n);
		else
			number_text(n, no, sizeof no);
		r->items = wp_xrealloc(r->items, (r->nitems + 1) * sizeof *r->items);
		r->items[r->nitems] = (struct item_range){i, j - 1, ""};
		snprintf(r->items[r->nitems].no, sizeof r->items[r->nitems].no, "%s", no);
		r->nitems++;
		read_item(r, no, heading, wp_buf_str(&rest));
		wp_buf_free(&rest);
		i = j;
	}
}

/* ---- the committee ------------------------------------------------------------------ */

static void read_committee(struct reader *r)
{
	json_t *chair = json_array(), *members = json_array(), *office = json_array();
	static const char *const stops[] = {"。", "\n", NULL};
	static const char *const office_stops[] = {"，", "。", "具体", "负责", NULL};
	for (size_t i = 0; i < r->t.n; i++) {
		const char *p = r->t.para[i];
		char *v;
		if (wp_str_starts(p, "主任单位：") && (v = after(p, "主任单位：", stops))) {
			split_units(v, chair);
			free(v);
		} else if (wp_str_starts(p, "成员单位：") && (v = after(p, "成员单位：", stops))) {
			split_units(v, members);
			free(v);
			/* the list may go on over the following lines */
			for (size_t j = i + 1; j < r->t.n; j++) {
				const char *q = r->t.para[j];
				if (strstr(q, "。") || strstr(q, "：") || !(strstr(q, "、") || unit_like(q)))
					break;
				split_units(q, members);
			}
		} else if ((v = after(p, "办公室设在", office_stops))) {
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "%s（组委会办公室）", v);
			json_array_append_new(office, json_string(wp_buf_str(&b)));
			wp_buf_free(&b);
			free(v);
		} else if (strstr(p, "下设办公室") && (v = after(p, "组委会在", (const char *const[]){"下设", NULL}))) {
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "%s（组委会办公室）", v);
			json_array_append_new(office, json_string(wp_buf_str(&b)));
			wp_buf_free(&b);
			free(v);
		}
	}
	if (json_array_size(chair) + json_array_size(members) == 0) {
		/* 依托X各成员单位，由Y牵头: the joint conference is the committee. */
		for (size_t i = 0; i < r->t.n && !json_array_size(chair); i++) {
			const char *p = r->t.para[i], *base = strstr(p, "依托"), *lead;
			if (!base || !(lead = strstr(base, "由")) || !strstr(lead, "牵头"))
				continue;
			static const char *const clause_end[] = {"，", "。", NULL};
			char *x = upto(base + strlen("依托"), clause_end);
			char *y = wp_str_sub(lead + 3, (size_t)(strstr(lead, "牵头") - lead - 3));
			if (unit_like(x) && unit_like(y)) {
				json_array_append_new(members, json_string(x));
				json_array_append_new(chair, json_string(y));
			}
			free(x);
			free(y);
		}
	}
	json_array_extend(r->committee_chair, chair);
	json_array_extend(r->committee_names, chair);
	json_array_extend(r->committee_names, members);
	if (json_array_size(chair) + json_array_size(members) == 0) {
		json_decref(chair);
		json_decref(members);
		json_decref(office);
		json_object_set_new(r->plan, "committee", json_null());
		return;
	}
	json_object_set_new(r->plan, "committee", json_pack("{s:o, s:o, s:o}", "chair", chair,
							    "members", members, "office", office));
}

/* ---- contacts ------------------------------------------------------------------------ */

static const char *item_at(const struct reader *r, size_t para)
{
	for (size_t k = 0; k < r->nitems; k++)
		if (para >= r->items[k].first && para <= r->items[k].last)
			return r->items[k].no;
	return NULL;
}

/* The value after one of the labels in paragraphs near i. */
static char *nearby(const struct reader *r, size_t i, const char *const *labels)
{
	static const char *const stops[] = {"；", "，", "）", "。", " ", "\xe3\x80\x80", NULL};
	for (size_t dist = 0; dist <= 4; dist++) {
		for (int sign = 1; sign >= -1; sign -= 2) {
			if (dist == 0 && sign < 0)
				continue;
			size_t j = sign > 0 ? i + dist : i - dist;
			if ((sign < 0 && dist > i) || j >= r->t.n)
				continue;
			for (const char *const *l = labels; *l; l++) {
				char *v = after(r->t.para[j], *l, stops);
				if (v)
					return v;
			}
		}
	}
	return NULL;
}

static bool contact_known(const struct reader *r, const char *name)
{
	size_t i;
	json_t *c;
	json_array_foreach(r->contacts, i, c) if (strcmp(json_string_value(json_object_get(c, "name")),
						       name) == 0) return true;
	return false;
}

static void read_contacts(struct reader *r)
{
	static const char *const phone_labels[] = {"联系电话：", "电话：", "手机：", NULL};
	static const char *const mail_labels[] = {"电子邮箱：", "电子信箱：", "邮箱：", "QQ邮箱：", NULL};
	static const char *const name_stops[] = {"；", "，", "）", "。", "电话", "联系电话", NULL};
	for (size_t i = 0; i < r->t.n; i++) {
		char *names = after(r->t.para[i], "联系人：", name_stops);
		if (!names)
			continue;
		char *phone = nearby(r, i, phone_labels), *mail = nearby(r, i, mail_labels);
		const char *item = item_at(r, i);
		/* Several names may share one line: 赵俊平 郑少斐 代玲玲. */
		char *p = names;
		while (*p) {
			size_t len = strcspn(p, " 、");
			char *name = wp_str_sub(p, len);
			if (*name && !contact_known(r, name))
				json_array_append_new(
					r->contacts,
					json_pack("{s:s, s:o, s:o, s:n, s:o}", "name", name, "phone",
						  jstr(phone), "email", item ? json_null() : jstr(mail),
						  "unit", "activity", jstr(item)));
			free(name);
			p += len;
			while (*p == ' ' || wp_str_starts(p, "、"))
				p += *p == ' ' ? 1 : 3;
		}
		free(names);
		free(phone);
		free(mail);
	}
}

static const char *first_email(const struct reader *r)
{
	size_t i;
	json_t *c;
	json_array_foreach(r->contacts, i, c) {
		const char *m = json_string_value(json_object_get(c, "email"));
		if (m)
			return m;
	}
	return NULL;
}

/* ---- deadlines ------------------------------------------------------------------------- */

struct sentence {
	const char *text; /* the whole sentence */
	const char *rest; /* the paragraph after it (an address in brackets) */
	const char *item; /* the activity it is in, or NULL */
	bool para_mentions_mail;
	json_t *item_coop;
};

/* N个工作日后 / 一周内 / N日内 after 结束: a relative rule. */
static bool relative_rule(const char *s, json_t **rel, char **rule_text)
{
	const char *end = strstr(s, "结束");
	if (!end)
		return false;
	const char *p = end + strlen("结束");
	if (wp_str_starts(p, "后"))
		p += 3;
	int n = -1;
	bool workdays = false;
	const char *tail = NULL;
	if (*p >= '0' && *p <= '9') {
		n = atoi(p);
		while (*p >= '0' && *p <= '9')
			p++;
		if (wp_str_starts(p, "个工作日"))
			workdays = true, tail = p + strlen("个工作日");
		else if (wp_str_starts(p, "日") || wp_str_starts(p, "天"))
			tail = p + 3;
	} else if (wp_str_starts(p, "一周") || wp_str_starts(p, "1周")) {
		n = 7;
		tail = p + (wp_str_starts(p, "一周") ? 6 : 4);
	}
	if (n < 0 || !tail)
		return false;
	if (wp_str_starts(tail, "后") || wp_str_starts(tail, "内"))
		tail += 3;
	/* The rule as written: from the start of its clause to here. */
	const char *start = s;
	for (const char *c = strstr(s, "，"); c && c < end; c = strstr(c + 3, "，"))
		start = c + 3;
	if (wp_str_starts(start, "并"))
		start += 3;
	if (wp_str_starts(start, "在"))
		start += 3;
	*rule_text = wp_str_sub(start, (size_t)(tail - start));
	*rel = json_pack("{s:i, s:s, s:s}", "offset", n, "unit", workdays ? "workdays" : "days",
			 "anchor", "campaign_end");
	return true;
}

/* 报送X / 将X…报: what is due. */
static char *due_what(const char *s)
{
	static const char *const obj_stops[] = {"于", "以", "报", "在", "，", "。", NULL};
	static const char *const send_stops[] = {"至", "到", "给", "，", "。", "（", "\n", "；", NULL};
	const char *put = strstr(s, "将");
	char *obj = NULL;
	if (put && strstr(put, "报"))
		obj = upto(put + 3, obj_stops);
	else if (strstr(s, "报送"))
		obj = upto(strstr(s, "报送") + strlen("报送"), send_stops);
	else if (strstr(s, "参加")) {
		/* 参加4月17日的启动仪式: the thing, without its date */
		const char *what = strstr(s, "参加") + strlen("参加");
		wp_ndate d;
		if (wp_nfind_date(what, 2000, &d) && d.at == what) {
			what += d.len;
			if (wp_str_starts(what, "的"))
				what += 3;
		}
		obj = upto(what, send_stops);
	} else {
		static const char *const give[] = {"提供", "提交", "准备"};
		for (size_t k = 0; k < 3 && !obj; k++)
			if (strstr(s, give[k]))
				obj = upto(strstr(s, give[k]) + strlen(give[k]), send_stops);
	}
	if (!obj || !*obj) {
		free(obj);
		return NULL;
	}
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s%s", strstr(s, "参加") && !strstr(s, "报送") ? "参加" : "报送", obj);
	free(obj);
	return wp_buf_take(&b);
}

/* Who submits: the units the sentence starts with. */
static json_t *due_who(const char *s, json_t *item_coop)
{
	static const char *const stops[] = {"将", "要", "在", "于", "认真", "请", "分别", "按时", NULL};
	json_t *who = json_array();
	if (strstr(s, "各配合单位") && item_coop) {
		json_array_extend(who, item_coop);
		return who;
	}
	const char *p = s;
	/* skip a leading time clause: 宣传周结束后，请… */
	const char *comma = strstr(s, "，");
	if (comma && (strstr(s, "后，") == comma - 3 || wp_str_starts(comma + 3, "请")))
		p = comma + 3;
	if (wp_str_starts(p, "请"))
		p += 3;
	char *subject = upto(p, stops);
	if (*subject && unit_like(subject) && wp_text_width(subject) <= 60)
		split_units(subject, who);
	free(subject);
	return who;
}

/* "unit（address）" when text starts with a bracket holding an e-mail
 * address (区市场监管局（QQ邮箱：303724480@qq.com）); else a copy of unit. */
static char *with_bracket_address(const char *unit, const char *text)
{
	const char *at = strstr(text, "@");
	const char *close = strstr(text, "）");
	if (!wp_str_starts(text, "（") || !at || (close && close < at))
		return wp_xstrdup(unit);
	const char *start = at, *end = at;
	while (start > text && ((start[-1] >= '0' && start[-1] <= '9') ||
				(start[-1] >= 'a' && start[-1] <= 'z') ||
				(start[-1] >= 'A' && start[-1] <= 'Z') || start[-1] == '.' ||
				start[-1] == '_' || start[-1] == '-'))
		start--;
	while (*end && *end != ' ' && !wp_str_starts(end, "）") && !wp_str_starts(end, "，") &&
	       !wp_str_starts(end, "；"))
		end++;
	char *addr = wp_str_sub(start, (size_t)(end - start));
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s（%s）", unit, addr);
	free(addr);
	return wp_buf_take(&b);
}

/* To whom: the unit after 报/报送/上报, with an address in brackets. */
static char *due_to(const char *s, const char *email)
{
	static const char *const stops[] = {"（", "，", "。", "以便", "；", "\n", NULL};
	static const char *const verbs[] = {"报送", "上报", "报"};
	for (size_t k = 0; k < 3; k++) {
		for (const char *hit = strstr(s, verbs[k]); hit; hit = strstr(hit + 3, verbs[k])) {
			char *to = upto(hit + strlen(verbs[k]), stops);
			if (!unit_like(to) && !wp_str_ends(to, "中心") && !wp_str_ends(to, "科")) {
				/* 报送总结至联系邮箱 */
				char *tail = wp_xstrdup(hit);
				bool mail = strstr(tail, "邮箱") && email;
				free(tail);
				free(to);
				if (mail)
					return wp_xstrdup(email);
				continue;
			}
			char *with = with_bracket_address(to, hit + strlen(verbs[k]) + strlen(to));
			free(to);
			return with;
		}
	}
	return NULL;
}

static void read_deadline(struct reader *r, const struct sentence *sn)
{
	const char *s = sn->text;
	json_t *rel = NULL;
	char *rule = NULL;
	wp_date due = WP_DATE_NONE;
	wp_ndate d;
	static const char *const send_words[] = {"报送", "上报", "前报", "日报", "报至", "提交"};
	bool submits = false;
	for (size_t k = 0; k < sizeof send_words / sizeof *send_words; k++)
		submits = submits || strstr(s, send_words[k]);
	bool attends = !submits && strstr(s, "参加") && strstr(s, "请");
	const char *made = strstr(s, "制定");
	bool plans = !submits && !attends && made && (strstr(made, "方案") || strstr(made, "计划"));
	if (!submits && !attends && !plans)
		return;
	if (relative_rule(s, &rel, &rule)) {
		/* rule text found */
	} else if (wp_nfind_date(s, r->year, &d)) {
		const char *start = d.at, *end = d.at + d.len;
		if (start >= s + 3 && wp_str_starts(start - 3, "于"))
			start -= 3;
		if (wp_str_starts(end, "前"))
			end += 3;
		if (!submits && !attends)
			return;
		/* a date far from the verb is the date of something else */
		bool deadline_date = wp_str_starts(start, "于") || wp_str_starts(end - 3, "前") || attends;
		if (!deadline_date)
			return;
		due = d.start;
		rule = wp_str_sub(start, (size_t)(end - start));
		/* A date that looks wrong (2022 in a 2023 plan) is kept as
		 * written: the plan check points it out, nothing hides it. */
	} else if (plans) {
		/* 各成员单位要结合实际，制定宣传周活动方案: each unit owes its own
		 * plan, with no date; only when units are named as the subject. */
		json_t *who = due_who(s, NULL);
		bool owed = json_array_size(who) > 0;
		json_decref(who);
		if (!owed)
			return;
		static const char *const plan_end[] = {"方案", "计划", NULL};
		const char *verb = strstr(s, "要");
		const char *start = verb && verb < made ? verb + 3 : made;
		char *obj = upto(made, plan_end);
		size_t cut = (size_t)(made - start) + strlen(obj) + 6;
		rule = wp_str_sub(start, cut);
		free(obj);
	} else if (strstr(s, "随时报送") || strstr(s, "随时上报")) {
		const char *at = strstr(s, "期间");
		const char *start = s;
		if (at) {
			for (start = at; start > s && !wp_str_starts(start, "在"); start--)
				;
			start = wp_str_starts(start, "在") ? start + 3 : s;
		}
		const char *end = strstr(s, "报送") ? strstr(s, "报送") + strlen("报送") : strstr(s, "上报") + 6;
		rule = wp_str_sub(start, (size_t)(end - start));
	} else {
		return;
	}
	char *what = due_what(s);
	if (!what && strstr(s, "制定") && rule) {
		static const char *const plan_end[] = {"方案", "计划", NULL};
		char *obj = upto(strstr(s, "制定"), plan_end);
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s%s", obj, strstr(strstr(s, "制定"), "方案") ? "方案" : "计划");
		what = wp_buf_take(&b);
		free(obj);
	}
	if (!what) {
		free(rule);
		json_decref(rel);
		return;
	}
	json_t *who = due_who(s, sn->item_coop);
	char *to = due_to(s, first_email(r));
	if ((!to || !*to) && submits && sn->para_mentions_mail && first_email(r)) {
		free(to);
		to = wp_xstrdup(first_email(r));
	}
	/* 报送…管理科。（联系人：…，电子邮箱：x@y）: the address follows. */
	if (to && !strstr(to, "@")) {
		char *with = with_bracket_address(to, sn->rest);
		free(to);
		to = with;
	}
	json_t *dl = json_pack("{s:s, s:o, s:o, s:o, s:o, s:b, s:o, s:{}, s:o, s:n, s:n}", "what",
			       what, "activity", jstr(sn->item), "rule", jstr(rule), "due",
			       jdate(due), "relative", rel ? rel : json_null(), "roll_forward", 0,
			       "who", who, "submitted", "submit_to", jstr(to), "submit_to_unit",
			       "notes");
	if (json_array_size(who) == 0)
		note(r, "deadline '%s': who must submit is not named", what);
	json_array_append_new(r->deadlines, dl);
	free(what);
	free(rule);
	free(to);
}

static void read_deadlines(struct reader *r)
{
	for (size_t i = 0; i < r->t.n; i++) {
		const char *item = item_at(r, i);
		json_t *coop = NULL;
		size_t k;
		json_t *a;
		json_array_foreach(r->activities, k, a) if (item &&
							    strcmp(json_string_value(json_object_get(a, "no")),
								   item) == 0) coop =
			json_object_get(a, "cooperate");
		const char *p = r->t.para[i];
		while (*p) {
			const char *end = strstr(p, "。");
			size_t len = end ? (size_t)(end - p) : strlen(p);
			char *sentence = wp_str_sub(p, len);
			struct sentence sn = {sentence, end ? end + 3 : "", item,
					      strstr(r->t.para[i], "邮箱") != NULL, coop};
			read_deadline(r, &sn);
			free(sentence);
			p += len + (end ? 3 : 0);
		}
	}
}

static void read_lead_unit(struct reader *r)
{
	for (size_t i = 0; i < r->t.n; i++) {
		if (item_at(r, i))
			continue;
		const char *p = r->t.para[i];
		for (const char *hit = strstr(p, "由"); hit; hit = strstr(hit + 3, "由")) {
			const char *end = strstr(hit, "牵头");
			if (!end || end - hit > 90)
				continue;
			char *x = wp_str_sub(hit + 3, (size_t)(end - hit - 3));
			if (unit_like(x) && !strstr(x, "，")) {
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
		if (strcmp(s, r->organizer) != 0 && unit_like(s))
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
		wp_err_set(err, "this does not read as a plan notice: no 关于…的通知 title with a year");
		goto done;
	}
	json_object_set_new(r.plan, "region", jstr(r.region));
	json_object_set_new(r.plan, "organizer", jstr(r.organizer));
	read_parent(&r);
	read_period_theme(&r);
	if (r.start == WP_DATE_NONE) {
		wp_err_set(err, "this does not read as a plan notice: no campaign period (活动时间)");
		goto done;
	}
	read_aliases(&r);
	read_committee(&r);
	read_activities(&r);
	read_lead_unit(&r);
	read_contacts(&r);
	read_deadlines(&r);
	json_object_set_new(r.plan, "activities", json_incref(r.activities));
	json_object_set_new(r.plan, "deadlines", json_incref(r.deadlines));
	json_object_set_new(r.plan, "contacts", json_incref(r.contacts));
	if (r.t.was_gb18030)
		note(&r, "the file was GB18030 (GBK) text, converted to UTF-8");
	char *text = json_dumps(r.plan, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	if (text) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_puts(&b, text);
		wp_buf_putc(&b, '\n');
		out = wp_buf_take(&b);
		free(text);
	} else {
		wp_err_set(err, "cannot encode the plan");
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
