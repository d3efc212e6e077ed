/* notice-cover.c - the head of a notice: its cover letter (issuer,
 * document number, title, issue date, region). The higher plan it cites
 * is read by notice-parent.c, the campaign's period and theme by
 * notice-period.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "text.h"

/* ---- the cover letter ------------------------------------------------------------ */

bool wp_notice_only_a_date(const char *para, wp_ndate *d)
{
	return wp_notice_only_a_day(para, 2000, d) && d->has_year;
}

bool wp_notice_only_a_day(const char *para, int year, wp_ndate *d)
{
	char *s = wp_str_nospace(para);
	bool ok = wp_nfind_date(s, year, d) && d->at == s && d->len == strlen(s) && d->start == d->end;
	free(s);
	/* the day read points into the copy, which goes: the line is the
	 * day's text */
	d->at = para, d->len = strlen(para);
	return ok;
}

/* Where the reader looks for the head of a notice: a web copy may put
 * a portal's lines, a cover letter and its signature above the plan. */
#define HEAD_PARAGRAPHS 40

/* Is p a sentence rather than a title line (它有，or 。)? A preamble that
 * quotes 关于…的通知 or 关于…的重要指示 is not the notice's title. */
static bool is_sentence(const char *p)
{
	return wp_str_find(p, "，") || wp_str_find(p, "。") || wp_str_find(p, "；");
}

/* Where the kind of the subject line s ends what it is about: its 的通知
 * or 通知, the 的会议纪要 of minutes (关于筹备X的会议纪要) or the 的批复 of
 * a reply (关于同意《X》的批复); NULL if none. */
static const char *subject_kind(const char *s)
{
	const char *end = wp_str_find(s, "的通知");
	if (!end)
		end = wp_str_find(s, "通知");
	for (const char *const *k = wp_words(WP_WORDS_MINUTES_KIND); *k && !end; k++)
		if (wp_str_ends(s, *k))
			end = s + strlen(s) - strlen(*k);
	for (const char *const *k = wp_words(WP_WORDS_REPLY_KIND); *k && !end; k++)
		if (wp_str_ends(s, *k))
			end = s + strlen(s) - strlen(*k);
	return end;
}

/* Which paragraph is the 关于…的通知 (or 关于…的会议纪要) title; joins a
 * title broken in two. */
static char *notice_title(struct reader *r, size_t *where)
{
	for (size_t i = 0; i < r->t.n && i < HEAD_PARAGRAPHS && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		/* X关于…的通知.pdf: an attached file's name, no title of this one */
		if (!wp_str_find(p, "关于") || is_sentence(p) || wp_word_ends(p, WP_WORDS_FILE_EXTENSION))
			continue;
		/* 工作依据：X《关于…的通知》: another notice cited after a
		 * label (a notice passing one on, X转发Y《关于…》的通知, is titled
		 * by it) */
		const char *cited = wp_str_find(p, "《关于");
		if (cited && wp_str_ends_at(p, wp_str_find(p, "关于"), "《")) {
			char *before = wp_str_sub(p, (size_t)(cited - p));
			size_t len;
			bool passes_on = wp_word_find(before, WP_WORDS_PASS_ON, &len) != NULL;
			free(before);
			if (!passes_on)
				continue;
		}
		wp_buf b = WP_BUF_INIT;
		wp_buf_puts(&b, p);
		for (size_t j = i + 1; !subject_kind(wp_buf_str(&b)) && j < r->t.n && j < i + 3 &&
				       !is_sentence(r->t.para[j]) && wp_notice_step(r, 1);
		     j++)
			wp_buf_puts(&b, r->t.para[j]);
		char *joined = wp_str_nospace(wp_buf_str(&b));
		wp_buf_free(&b);
		const char *about = wp_str_find(joined, "关于");
		if (!subject_kind(about)) {
			free(joined);
			continue;
		}
		*where = i;
		return joined;
	}
	return NULL;
}

/* X活动安排表（5月16日—23日）: the days a title gives in a bracket at
 * its end are its period's (read there), no part of its name: cut off. */
static void dated_bracket_cut(char *t)
{
	char *open = wp_notice_closing_open(t);
	wp_ndate d;
	int year = wp_nfind_year(t); /* any, for the day to be one */
	if (open && wp_nfind_date(open, year > 0 ? year : 2000, &d))
		*open = '\0';
}

/* A plan's own title line when there is no cover letter: 白舍镇2025年
 * “119”消防宣传月活动方案, maybe wrapped over two lines. Caller frees. */
static char *bare_title(struct reader *r, size_t *where)
{
	const char *const *kinds = wp_words(WP_WORDS_PLAN_KIND);
	const struct wp_outline *o = &r->outline;
	/* a forwarder's note holds no title of the plan it covers */
	for (size_t i = r->original_at; i < r->t.n && i < r->original_at + HEAD_PARAGRAPHS && wp_notice_step(r, 1);
	     i++) {
		int n;
		const char *p = r->t.para[i];
		if (is_sentence(p) || wp_str_find(p, "：") || o->para[i].kind == WP_OUTLINE_ANNEX ||
		    wp_outline_top(o, i, &n) || wp_outline_item(o, i, &n) ||
		    wp_notice_rule_line(p)) /* ────── drawn under a form's head */
			continue;
		char *t = wp_str_nospace(p);
		if (i + 1 < r->t.n && wp_text_width(t) < 60 && !is_sentence(r->t.para[i + 1]) &&
		    !wp_str_find(r->t.para[i + 1], "：") && !wp_outline_top(o, i + 1, &n)) {
			bool ends = false;
			for (const char *const *k = kinds; *k && !ends; k++)
				ends = wp_str_ends(t, *k);
			if (!ends) { /* 2025年淄博市“质量月”活动 / 实施方案 */
				char *next = wp_str_nospace(r->t.para[i + 1]);
				for (const char *const *k = kinds; *k && !ends; k++)
					ends = wp_str_ends(next, *k) && wp_text_width(next) < 30;
				if (ends) {
					char *both = wp_xmalloc(strlen(t) + strlen(next) + 1);
					strcpy(both, t);
					strcat(both, next);
					free(t);
					t = both;
				}
				free(next);
			}
		}
		dated_bracket_cut(t);
		bool title = wp_text_width(t) <= 100 && (wp_str_find(t, "活动") || wp_str_find(t, "宣传") ||
							wp_str_find(t, "工作") || wp_nfind_year(t) > 0);
		for (const char *const *k = kinds; *k && title; k++)
			if (wp_str_ends(t, *k)) {
				*where = i;
				return t;
			}
		if (title && wp_word_ends(t, WP_WORDS_SHEET_KIND)) {
			*where = i;
			return t;
		}
		free(t);
	}
	return NULL;
}

/* 关于印发《X》的通知 / 关于开展X的通知 -> X; NULL when 通知 does not
 * follow 关于 (a sentence that mentions a 通知 before its 关于). */
static char *plan_title(const char *notice)
{
	const char *open = wp_str_find(notice, "《"), *close = open ? wp_str_find(open, "》") : NULL;
	if (open && close) {
		open += strlen("《");
		char *cited = wp_str_sub(open, (size_t)(close - open));
		/* 关于转发《X关于开展Y的通知》的通知: the notice passed on is
		 * itself a 关于…的通知; its subject Y is the plan */
		const char *about = wp_str_find(cited, "关于");
		char *passed_on = about && !wp_str_find(cited, "《") ? plan_title(about) : NULL;
		if (passed_on) {
			free(cited);
			return passed_on;
		}
		return cited;
	}
	const char *p = wp_str_find(notice, "关于");
	p = p ? p + strlen("关于") : notice;
	p += wp_word_at(p, WP_WORDS_NOTICE_VERB);
	const char *end = subject_kind(p);
	return end && end >= p ? wp_str_sub(p, (size_t)(end - p)) : NULL;
}

/* 桐口镇人民政府关于印发2026年“民法典宣传月”活动方案的通知, and further on
 * the plan under its own title 桐口镇2026年“民法典宣传月”活动方案: a cover
 * that names the plan without 《》 may leave out the region its title
 * opens with; that title line (no heading, no sentence, the name the
 * cover gives after at most eight characters) is the plan's title. A
 * copy, or NULL. */
static char *own_title_line(struct reader *r, const char *notice, const char *name)
{
	if (wp_str_find(notice, "《") || !*name)
		return NULL;
	size_t n = strlen(name);
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		size_t len = strlen(p);
		enum wp_outline_kind kind = r->outline.para[i].kind;
		if (kind != WP_OUTLINE_TOP && kind != WP_OUTLINE_ITEM && len > n && wp_text_width_n(p, len - n) <= 16 &&
		    wp_str_ends(p, name) && !wp_str_find(p, "关于") &&
		    !wp_str_find(p, "，") && !wp_str_find(p, "。") &&
		    !wp_str_find(p, "：")) /* 附件：X方案 lists it, under a label */
			return wp_xstrdup(p);
	}
	return NULL;
}

/* A date written in the metadata (2026-05-26, 2026年5月26日). */
static json_t *meta_date(const char *text)
{
	wp_ndate d;
	wp_date day;
	wp_err err;
	if (text && wp_date_parse(text, &day, &err) == 0)
		return wp_notice_jdate(day);
	if (text && wp_nfind_date(text, 2000, &d) && d.has_year)
		return wp_notice_jdate(d.start);
	return json_null();
}

/* The year of the plan when its title gives none: the issue date's, or
 * the document number's (〔2025〕). */
static int year_elsewhere(struct reader *r)
{
	const char *issued = json_string_value(json_object_get(r->plan, "issued_on"));
	if (issued)
		return atoi(issued);
	const char *doc = json_string_value(json_object_get(r->plan, "doc_number"));
	return doc ? wp_nfind_year(doc) : -1;
}

/* A page from the middle of a plan may name its year only in passing
 * (报送2025年“安全生产月”活动开展情况总结): when the text names one year
 * and no other, its dates are in that year. Two years (自2019年以来…
 * 2025年) say nothing certain, and then none is taken. */
static int sole_year(struct reader *r)
{
	int year = -1;
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		/* 20xx年: a template's year is a blank, the one a cited plan
		 * names (《2018年…方案》) no stand-in for it */
		if (wp_notice_blank_year(r->t.para[i]))
			return -1;
		for (const char *p = r->t.para[i]; (p = wp_str_find(p, "年")) != NULL; p += strlen("年")) {
			const char *digits = p;
			while (digits > r->t.para[i] && digits[-1] >= '0' && digits[-1] <= '9' && p - digits < 5)
				digits--;
			int y = p - digits == 4 ? wp_nfind_year(digits) : -1;
			if (y < 0)
				continue;
			if (year > 0 && y != year)
				return -1;
			year = y;
		}
	}
	if (year > 0)
		wp_notice_note(r, WP_TR("the year %d is taken from the only year the text names"), year);
	return year;
}

/* 四川省发展和改革委员会 四川省机关事务管理局 (文件): joint issuers on one
 * line, apart by spaces: the first (a copy), who issues it; NULL when
 * the line is no such pair. Caller frees. */
static char *first_of_joint_issuers(const char *line)
{
	enum { MAX_ISSUERS = 4 };
	char *cells[MAX_ISSUERS];
	size_t total = wp_notice_split_cells(line, cells, MAX_ISSUERS);
	size_t kept = total < MAX_ISSUERS ? total : MAX_ISSUERS;
	bool joint = total >= 2 && total <= MAX_ISSUERS;
	for (size_t k = 0; joint && k < total; k++) {
		if (k + 1 == total && wp_str_ends(cells[k], "文件"))
			cells[k][strlen(cells[k]) - strlen("文件")] = '\0';
		/* 广西壮族自治区鹿寨县 市场监督管理局文件: a division and its
		 * bureau spaced apart are one issuer; joint issuers each name
		 * their division and are more than it */
		char *region = wp_notice_region_of(cells[k]);
		bool whole = region && strcmp(region, wp_notice_skip_province(cells[k])) != 0;
		free(region);
		joint = whole && wp_notice_unit_like(cells[k]) && !wp_str_find(cells[k], "关于");
	}
	char *first = joint ? wp_xstrdup(cells[0]) : NULL;
	wp_notice_free_cells(cells, kept);
	return first;
}

/* 临涔市中级人民法院临涔市知识产权保护中心 (a title's joint issuers, their
 * space gone): each names the region, the second where the region comes
 * again; the first, or NULL when head is no such pair. Caller frees. */
#define REGION_NAME_CHARS 6
static char *first_of_run_on_issuers(const char *head)
{
	/* 中共汝岭县委…办公室汝岭县司法局: the party's name is no region's */
	const char *from = head + wp_word_at(head, WP_WORDS_PARTY_PREFIX);
	const char *p = from, *again = NULL;
	for (int k = 0; *p && k < REGION_NAME_CHARS && !again; k++) {
		p += wp_str_char_len(p);
		for (const char *const *e = wp_words(WP_WORDS_LEVEL); *e && !again && k >= 1; e++)
			if (wp_str_ends_at(from, p, *e)) {
				char *region = wp_str_sub(from, (size_t)(p - from));
				again = wp_str_find(p, region);
				free(region);
			}
	}
	/* the first ends as a unit's name does (…法院, not 总工会共青团) */
	bool unit_end = false;
	for (const char *const *e = wp_words(WP_WORDS_UNIT_END); again && *e && !unit_end; e++)
		unit_end = wp_str_ends_at(head, again, *e);
	char *first = unit_end ? wp_str_sub(head, (size_t)(again - head)) : NULL;
	if (first && !(wp_notice_unit_like(first) && wp_notice_unit_like(again))) {
		free(first);
		first = NULL;
	}
	return first;
}

/* The issuing unit heads the letter: "…文件", or a line above the title
 * (the first such line: of joint issuers, the first signs first). Read
 * once the title's line is known, a cover's or a bare plan's, so a line
 * set above the issuers (a .docx's page header with the document number)
 * does not hide them. */
/* 泷江县市场监督管理局文件 over 泷江县市场监督管理局（泷江县知识产权局）
 * 关于…: a body with a second name (a bureau that is also an office)
 * issues under both, as the line over the title writes them. */
static void both_names(struct reader *r, size_t title_at)
{
	if (!r->organizer)
		return;
	size_t n = strlen(r->organizer);
	for (size_t i = 0; i <= title_at && i < r->t.n && wp_notice_step(r, 1); i++) {
		char *s = wp_str_nospace(r->t.para[i]);
		const char *close = wp_str_find(s, "）");
		bool second = strncmp(s, r->organizer, n) == 0 && wp_str_starts(s + n, "（") && close &&
			      (close[strlen("）")] == '\0' || wp_str_starts(close + strlen("）"), "关于"));
		if (second) {
			char *full = wp_str_sub(s, (size_t)(close + strlen("）") - s));
			char *second_name = wp_str_sub(s + n + strlen("（"), (size_t)(close - s) - n - strlen("（"));
			bool named = wp_notice_unit_like(second_name);
			free(second_name);
			if (named) {
				free(r->organizer);
				r->organizer = full;
			} else
				free(full);
			free(s);
			return;
		}
		free(s);
	}
}

/* 为…，区卫生健康局制定本方案。: the unit the plan's preamble says made
 * it (caller frees), or NULL. */
static char *plan_maker(struct reader *r)
{
	size_t len;
	for (size_t i = 0; i < r->t.n && i < HEAD_PARAGRAPHS && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		const char *made = wp_word_find_near(p, WP_WORDS_PLAN_MADE, 600, &len);
		if (!made)
			continue;
		const char *from = p;
		for (const char *c = wp_str_find(p, "，"); c && c < made; c = wp_str_find(c + strlen("，"), "，"))
			from = c + strlen("，");
		char *raw = wp_str_sub(from, (size_t)(made - from));
		char *unit = wp_str_trim_end(raw, wp_words(WP_WORDS_ROLE_MANNER));
		free(raw);
		if (*unit && wp_notice_unit_like(unit))
			return unit;
		free(unit);
	}
	return NULL;
}

static void head_issuer(struct reader *r, size_t title_at)
{
	/* a forwarder's note signed by a person (王明 / 街道社会事务办): no
	 * issuer of the notice it covers */
	for (size_t i = r->original_at; i < r->t.n && i <= title_at && !r->organizer && wp_notice_step(r, 1);
	     i++) {
		char *s = first_of_joint_issuers(r->t.para[i]);
		if (!s)
			s = wp_str_nospace(r->t.para[i]);
		if (wp_str_ends(s, "文件"))
			s[strlen(s) - strlen("文件")] = '\0';
		/* 宁川市人民政府门户网站 over a portal's copy: the site, no issuer */
		size_t site_len;
		const char *site = wp_word_find(s, WP_WORDS_WEB_SITE, &site_len);
		bool web_site = site && site[site_len] == '\0';
		/* 各乡镇人民政府，县减灾委各成员单位：: those addressed, not who
		 * writes to them */
		bool addressed = wp_str_ends(s, "：") || wp_str_ends(s, ":");
		/* 1.请各乡镇…报县食安办。: a sentence ending in a unit is none
		 * (梧源县应急管理局（县减灾办，县防汛办） is one name) */
		bool sentence = wp_str_find(s, "。") || wp_str_find(s, "；");
		if (wp_notice_unit_like(s) && !wp_str_find(s, "关于") && !web_site && !addressed && !sentence)
			r->organizer = wp_xstrdup(wp_notice_skip_province(s));
		free(s);
	}
	both_names(r, title_at);
}

/* Is paragraph j a unit signing above another (a short line that is a
 * unit's name and no sentence)? */
static bool joint_signer(const struct reader *r, size_t j)
{
	enum wp_outline_kind kind = r->outline.para[j].kind;
	if (kind != WP_OUTLINE_PROSE && kind != WP_OUTLINE_SIGNATURE)
		return false;
	char *s = wp_str_nospace(r->t.para[j]);
	/* 活动总结  7月3日前  县应急管理局, 序号 报送事项 …: a table's row or
	 * header right above the signature, no signer */
	wp_ndate d;
	size_t len;
	const struct wp_field_label *label = wp_field_label_at(s, &len);
	bool row = wp_nfind_date(s, 2000, &d) || (label && label->field == WP_FIELD_NO) ||
		   wp_word_at(s, WP_WORDS_DUTY_COLUMN_WHAT);
	bool unit = !row && wp_notice_unit_like(s) && wp_text_width(s) <= 40 && !is_sentence(s);
	free(s);
	return unit;
}

/* Is p a document number (鹿市监发〔2026〕3号, 〔〕, [] or ［］ round the
 * year, 号 at the end)? */
static bool doc_number_like(const char *p)
{
	bool brackets = (wp_str_find(p, "〔") && wp_str_find(p, "〕")) || (wp_str_find(p, "[") && wp_str_find(p, "]")) ||
			(wp_str_find(p, "［") && wp_str_find(p, "］"));
	return brackets && wp_word_ends(p, WP_WORDS_DOC_NUMBER_END) && wp_text_width(p) < 40;
}

/* The document number the head line para is, or holds as its last cell
 * (a copy without spaces), or NULL. Caller frees. */
static char *doc_number_in(const char *para)
{
	if (doc_number_like(para))
		return wp_str_nospace(para);
	enum { CELLS = 4 };
	char *cells[CELLS];
	size_t total = wp_notice_split_cells(para, cells, CELLS);
	size_t kept = total < CELLS ? total : CELLS;
	char *doc = total > 1 && total <= CELLS && !wp_str_find(cells[total - 1], "：") &&
				    doc_number_like(cells[total - 1])
			    ? wp_str_nospace(cells[total - 1])
			    : NULL;
	wp_notice_free_cells(cells, kept);
	return doc;
}

/* The document number a bracket holds, its text starting at in (past
 * its （), or NULL. Caller frees. */
static char *bracketed_doc_number(const char *in)
{
	const char *close = wp_notice_find_near(in, "）", 60);
	char *doc = close ? wp_str_sub(in, (size_t)(close - in)) : NULL;
	if (doc && doc_number_like(doc))
		return doc;
	free(doc);
	return NULL;
}

/* 正式文件（鹿街办〔2026〕17号）: a document number in brackets right
 * after the words that make it the document's own, or NULL. Caller
 * frees. */
static char *own_doc_number(const char *para)
{
	size_t len;
	const char *own = wp_word_find(para, WP_WORDS_OWN_DOC, &len);
	/* 原正式文件（…）同时废止: the document this one replaces */
	for (const char *const *w = wp_words(WP_WORDS_FORMER); own && *w; w++)
		if (wp_str_ends_at(para, own, *w))
			own = NULL;
	const char *open = own ? own + len : NULL;
	if (!open || !wp_str_skip(&open, "（"))
		return NULL;
	return bracketed_doc_number(open);
}

/* 乡政府《石岭乡2026年“安全生产月”活动方案》（石岭政发〔2026〕21号）已
 * 印发: a message above a pasted plan cites it by its title, a line of
 * the head, and its number; the number, or NULL. Caller frees. */
static char *cited_own_doc_number(struct reader *r, const char *para)
{
	const char *open = wp_str_find(para, "《");
	const char *close = open ? wp_str_find(open, "》（") : NULL;
	if (!close)
		return NULL;
	char *doc = bracketed_doc_number(close + strlen("》（"));
	char *title = wp_str_sub(open + strlen("《"), (size_t)(close - open - strlen("《")));
	bool own = false;
	for (size_t j = 0; doc && j < r->t.n && j < HEAD_PARAGRAPHS && !own && wp_notice_step(r, 1); j++)
		own = r->t.para[j] != para && strcmp(r->t.para[j], title) == 0;
	free(title);
	if (!own) {
		free(doc);
		return NULL;
	}
	return doc;
}

/* With no issuer found (a web copy of the plan without its signature),
 * the division the title opens with: 平顶山市2022年…方案 or
 * 2026年X县…方案 (caller frees; NULL if the title names none). The
 * head only without an issuer: a unit's title opens with its own name
 * (澜州分公司2026年…), which is no region. */
static char *region_of_title(const char *title, bool issuer_known)
{
	const char *year = wp_str_find(title, "年");
	char *head = year && !issuer_known ? wp_xstrndup(title, (size_t)(year - title)) : NULL;
	char *region = head && *head ? wp_notice_region_of(head) : NULL;
	free(head);
	return region ? region : wp_notice_region_of(year ? year + strlen("年") : title);
}

/* Minutes and briefs date their head: 青禾镇党政办公室　　　2026年9月8日,
 * the office that keeps them in one cell, the day in the last. Is para
 * such a line (a unit's name, then only a date)? The day into *d. */
static bool office_date_line(const char *para, wp_ndate *d)
{
	enum { CELLS = 3 };
	char *cells[CELLS];
	size_t total = wp_notice_split_cells(para, cells, CELLS);
	size_t kept = total < CELLS ? total : CELLS;
	bool ok = total == 2 && wp_notice_unit_like(cells[0]) && !is_sentence(cells[0]) &&
		  wp_notice_only_a_date(cells[1], d);
	wp_notice_free_cells(cells, kept);
	return ok;
}

/* 芷湾街道办事处制定了《芷湾街道2026年“119”消防宣传月活动方案》: a post with
 * no title line of its own names the plan it tells of in its first
 * paragraphs (制定, 印发); the plan's title, or NULL. Caller frees. */
static char *plan_told_made(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && i < 8 && wp_notice_step(r, 1); i++) {
		size_t len;
		const char *verb = wp_word_find(r->t.para[i], WP_WORDS_PLAN_TOLD_MADE, &len);
		/* 印发《关于…的通知》，…制定了《…方案》: a few made, the plan among them */
		for (int tries = 0; verb && tries < 4; tries++) {
			const char *open = verb + len + strlen("《");
			const char *close = wp_str_starts(verb + len, "《") ? wp_str_find(open, "》") : NULL;
			char *name = close ? wp_str_sub(open, (size_t)(close - open)) : NULL;
			if (name && wp_word_ends(name, WP_WORDS_PLAN_WORD) && wp_text_width(name) <= 80)
				return name;
			free(name);
			verb = wp_word_find(verb + len, WP_WORDS_PLAN_TOLD_MADE, &len);
		}
	}
	return NULL;
}

/* Is paragraph i before *end? */
static bool before_end(struct reader *r, size_t i, void *end)
{
	(void)r;
	return i < *(size_t *)end;
}

bool wp_notice_drop_previous_tail(struct reader *r)
{
	size_t title_at = 0;
	char *notice = notice_title(r, &title_at);
	bool titled = notice != NULL;
	free(notice);
	if (!titled || title_at < 3 || wp_notice_forwards(r))
		return false;
	/* the last date under a signing unit above the title, after a
	 * sentence that ends a document */
	size_t end = 0;
	wp_ndate d;
	for (size_t k = 2; k < title_at && wp_notice_step(r, 1); k++) {
		char *unit = wp_str_nospace(r->t.para[k - 1]);
		bool signed_off = wp_notice_only_a_date(r->t.para[k], &d) && wp_notice_unit_like(unit) &&
				  wp_text_width(unit) <= 40 && wp_str_ends(r->t.para[k - 2], "。");
		free(unit);
		if (signed_off)
			end = k + 1;
	}
	if (!end)
		return false;
	/* （此件公开发布）, （此件主动公开）: the closing line of that document */
	if (end < title_at && wp_str_starts(r->t.para[end], "（此件"))
		end++;
	wp_notice_drop_paras(r, before_end, &end);
	return true;
}

void wp_notice_read_cover(struct reader *r, const struct notice_meta *meta)
{
	size_t title_at = 0;
	char *notice = notice_title(r, &title_at);
	/* Document number: a line like 鹿市监发〔2026〕3号, or the last cell
	 * of a line of the head's form (等级：特急·明电    甘自然资明电〔2026〕9号,
	 * a telegram's head) */
	for (size_t i = 0; i < r->t.n && i < HEAD_PARAGRAPHS && wp_notice_step(r, 1); i++) {
		char *doc = doc_number_in(r->t.para[i]);
		if (doc) {
			json_object_set_new(r->plan, "doc_number", json_string(doc));
			free(doc);
			break;
		}
	}
	/* 方案…正式文件（鹿街办〔2026〕17号）已通过OA下发: a message above a
	 * pasted plan names the document's number */
	for (size_t i = 0; i < r->t.n && i < HEAD_PARAGRAPHS && !json_object_get(r->plan, "doc_number") &&
			   wp_notice_step(r, 1);
	     i++) {
		char *doc = own_doc_number(r->t.para[i]);
		if (!doc)
			doc = cited_own_doc_number(r, r->t.para[i]);
		if (doc)
			json_object_set_new(r->plan, "doc_number", json_string(doc));
		free(doc);
	}
	/* Issue date: the first line that is only a date; the signature
	 * above it names the organizer as it signs (with aliases). */
	const struct wp_outline *o = &r->outline;
	wp_ndate d;
	/* a signed date above the notice's title closes the document before
	 * it (a gazette's copy runs on from the last one): one after the
	 * title, when there is one, is this notice's; but a note that passes
	 * the notice on (现将…转发给你们) is dated above it, and that date is
	 * the note's, the issue's */
	bool after_title = false;
	for (size_t i = notice && !wp_notice_forwards(r) ? title_at : r->t.n; i < r->t.n && !after_title &&
									     wp_notice_step(r, 1);
	     i++)
		after_title = o->para[i].kind == WP_OUTLINE_DATE && wp_notice_only_a_date(r->t.para[i], &d);
	for (size_t i = after_title ? title_at : 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		if (o->para[i].kind != WP_OUTLINE_DATE || !wp_notice_only_a_date(r->t.para[i], &d))
			continue;
		json_object_set_new(r->plan, "issued_on", wp_notice_jdate(d.start));
		break;
	}
	for (size_t i = 0; notice && i < title_at && !json_object_get(r->plan, "issued_on") && wp_notice_step(r, 1); i++)
		if (office_date_line(r->t.para[i], &d))
			json_object_set_new(r->plan, "issued_on", wp_notice_jdate(d.start));
	if (!json_object_get(r->plan, "doc_number") && meta->doc_number)
		json_object_set_new(r->plan, "doc_number", json_string(meta->doc_number));
	if (!json_object_get(r->plan, "issued_on") && meta->written)
		json_object_set_new(r->plan, "issued_on", meta_date(meta->written));
	/* 发布日期：2026-04-13 over a company's document that signs nothing */
	if (!json_object_get(r->plan, "issued_on") && meta->published)
		json_object_set_new(r->plan, "issued_on", meta_date(meta->published));
	char *plan_name = notice ? plan_title(notice) : NULL;
	char *own = plan_name ? own_title_line(r, notice, plan_name) : NULL;
	if (own) {
		free(plan_name);
		plan_name = own;
	}
	if (!plan_name) {
		free(notice);
		notice = NULL;
		plan_name = bare_title(r, &title_at);
		if (!plan_name && meta->title) /* 标题：X关于印发《Y》的通知 is Y's */
			plan_name = wp_str_find(meta->title, "关于") ? plan_title(meta->title) : NULL;
		if (!plan_name && meta->title)
			plan_name = wp_xstrdup(meta->title);
		if (!plan_name && r->hints && r->hints->title && *r->hints->title)
			plan_name = wp_xstrdup(r->hints->title);
		if (!plan_name)
			plan_name = plan_told_made(r);
		if (plan_name)
			json_object_set_new(r->plan, "title", json_string(plan_name));
		else
			wp_notice_note(r, WP_TR("no title found: neither a 关于…的通知 cover nor a plan's title line"));
		free(plan_name);
		plan_name = NULL;
	}
	bool named_before = r->organizer != NULL;
	head_issuer(r, title_at);
	bool from_head = !named_before && r->organizer != NULL;
	if (notice) {
		json_object_set_new(r->plan, "title", json_string(plan_name));
		free(plan_name);
		/* 某某县市场监督管理局关于开展…的通知: the issuer opens the title */
		const char *about = wp_str_find(notice, "关于");
		if (!r->organizer && about && about > notice) {
			json_t *names = json_array();
			char *head = wp_str_sub(notice, (size_t)(about - notice));
			/* 临涔市中级人民法院　临涔市知识产权保护中心关于…: issued
			 * jointly, the first named issues it */
			char *joint = first_of_run_on_issuers(head);
			wp_notice_split_units(joint ? joint : head, names);
			const char *first = json_string_value(json_array_get(names, 0));
			if (first && wp_notice_unit_like(first))
				r->organizer = wp_xstrdup(wp_notice_skip_province(first));
			free(joint);
			free(head);
			json_decref(names);
		}
	}
	free(notice);
	if (!r->organizer && meta->issuer && wp_notice_unit_like(meta->issuer))
		r->organizer = wp_xstrdup(wp_notice_skip_province(meta->issuer));
	/* else the signature: the unit on the line above the issue date */
	for (size_t i = 1; !r->organizer && i < r->t.n && wp_notice_step(r, 1); i++) {
		if (o->para[i].kind != WP_OUTLINE_DATE)
			continue;
		if (o->para[i - 1].kind == WP_OUTLINE_SIGNATURE) {
			/* 沂川市文化广电和旅游局 / 沂川市图书馆 / the date: signed
			 * jointly, the first signer issues it */
			size_t first = i - 1;
			while (first > 0 && i - first < 4 && joint_signer(r, first - 1))
				first--;
			/* 澄湾区科学技术协会　　　　澄湾区科学技术局: side by side
			 * on one line, the first */
			char *s = first_of_joint_issuers(r->t.para[first]);
			if (!s)
				s = wp_str_nospace(r->t.para[first]);
			r->organizer = wp_xstrdup(wp_notice_skip_province(s));
			free(s);
		}
		break;
	}
	/* 赣滨区人民医院 (the site that reposts a bare plan) atop, or no
	 * issuer found, no signature below, and 为…，区卫生健康局制定本方案:
	 * the plan's own words name who made it */
	char *maker = (from_head || !r->organizer) && !json_object_get(r->plan, "issued_on") ? plan_maker(r) : NULL;
	if (maker) {
		free(r->organizer);
		r->organizer = maker;
	}
	if (!r->organizer)
		wp_notice_note(r, WP_TR("no issuing unit found at the head of the notice"));
	r->region = r->organizer ? wp_notice_region_of(r->organizer) : NULL;
	if (!r->region && r->organizer)
		r->region = wp_notice_zone_region(r, r->organizer);
	if (r->region)
		r->region = wp_notice_without_province(r, r->region);
	const char *title = json_string_value(json_object_get(r->plan, "title"));
	if (!r->region && title)
		/* 区卫生健康局: a unit named by its level alone names no place
		 * of its own; the title's head does */
		r->region = region_of_title(title, r->organizer != NULL && !wp_word_at(r->organizer, WP_WORDS_LEVEL));
	r->year = title ? wp_nfind_year(title) : -1;
	if (r->year < 0)
		r->year = year_elsewhere(r);
	if (r->year < 0)
		r->year = sole_year(r);
	/* 榆溪县市场监管局知识产权股 / 4月13日: a message signed with the day
	 * alone is issued in the year the text names */
	for (size_t i = 0; r->year > 0 && !json_object_get(r->plan, "issued_on") && i < r->t.n &&
			   wp_notice_step(r, 1); i++)
		if (o->para[i].kind == WP_OUTLINE_DATE && wp_notice_only_a_day(r->t.para[i], r->year, &d)) {
			json_object_set_new(r->plan, "issued_on", wp_notice_jdate(d.start));
			break;
		}
}
