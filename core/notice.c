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
#include "notice-docx.h"
#include "notice-reader.h"
#include "notice-words.h"
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

void wp_notice_drop_notes(struct reader *r, size_t from)
{
	wp_notice_report *rep = r->report;
	while (rep->n > from)
		free(rep->lines[--rep->n]);
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

char *wp_notice_upto_outside(const char *s, const char *const *stops)
{
	const char *p = s;
	int depth = 0;
	for (; *p; p++) {
		if (*p == "（"[0] && wp_str_starts(p, "（"))
			depth++;
		else if (*p == "）"[0] && wp_str_starts(p, "）") && depth > 0)
			depth--;
		for (const char *const *st = stops; *st && depth == 0; st++)
			if (*p == **st && wp_str_starts(p, *st))
				return wp_str_sub(s, (size_t)(p - s));
	}
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
	const char *hit = wp_str_find(s, marker);
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

/* 各区县要参照上表，制定具体活动方案 … 于10月10日前将本地活动方案报…: the
 * plan each unit owes (a duty with no date) is the one a dated deadline
 * sends (its 活动方案, its 活动安排); one duty, kept with its date. */
static void drop_plans_sent_later(struct reader *r)
{
	bool plan_sent = false;
	size_t i;
	json_t *d;
	json_array_foreach(r->deadlines, i, d) {
		const char *what = json_string_value(json_object_get(d, "what"));
		plan_sent = plan_sent || (json_is_string(json_object_get(d, "due")) && what &&
					  (wp_str_find(what, "活动方案") || wp_str_find(what, "活动安排")));
	}
	for (i = json_array_size(r->deadlines); plan_sent && i-- > 0;) {
		d = json_array_get(r->deadlines, i);
		const char *rule = json_string_value(json_object_get(d, "rule"));
		if (json_is_null(json_object_get(d, "due")) && json_is_null(json_object_get(d, "relative")) && rule &&
		    wp_str_find(rule, "制定") && wp_str_find(rule, "方案"))
			json_array_remove(r->deadlines, i);
	}
}

/* ---- the whole notice ---------------------------------------------------------------------- */

/* The issuing unit's other spellings in this notice become its aliases. */
/* Is line a signer's name alone (no sentence, no label)? */
static bool signer_line(const char *line)
{
	char *s = wp_str_nospace(line);
	bool signer = wp_text_width(s) <= 40 && !wp_str_find(s, "：") && !wp_str_find(s, "。") &&
		      !wp_str_find(s, "，") && wp_notice_unit_like(s);
	free(s);
	return signer;
}

static void read_aliases(struct reader *r)
{
	json_t *units = json_array();
	json_object_set_new(r->plan, "units", units);
	if (!r->organizer)
		return;
	json_t *aliases = json_array();
	for (size_t i = 0; i + 1 < r->t.n && wp_notice_step(r, 1); i++) {
		wp_ndate d;
		if (!wp_notice_only_a_date(r->t.para[i + 1], &d))
			continue;
		/* The signature: the unit above the date, maybe (another name). */
		const char *sig = r->t.para[i];
		if (wp_str_starts(sig, "（") && wp_str_ends(sig, "）") && i > 0) {
			char *inner = wp_str_sub(sig + strlen("（"), strlen(sig) - strlen("（") - strlen("）"));
			json_array_append_new(aliases, json_string(inner));
			free(inner);
			sig = r->t.para[i - 1];
		}
		char *s = wp_str_nospace(sig);
		/* 中共白鹭湾镇委员会　　白鹭湾镇人民政府: joint issuers signing
		 * side by side, the organizer first, are two units, no alias */
		bool side_by_side = wp_str_starts(s, r->organizer) && strcmp(s, r->organizer) != 0 &&
				    strcmp(s, sig) != 0;
		/* 中共临澜市瓯江区委全面依法治区 / 委员会办公室: a long name signed
		 * over two lines; its last line is no other name */
		bool tail = false;
		if (i > 0 && wp_str_ends(r->organizer, s) && strlen(r->organizer) > strlen(s)) {
			char *above = wp_str_nospace(r->t.para[i - 1]);
			size_t head = strlen(r->organizer) - strlen(s);
			tail = strlen(above) >= head && strncmp(above + strlen(above) - head, r->organizer, head) == 0;
			free(above);
		}
		/* 共青团X大学委员会 / 航空航天工程学院 / the date: joint issuers
		 * signing a line each; the first is the issuer (under its other
		 * name), the others are bodies of their own, no alias */
		if (!tail && !side_by_side && sig == r->t.para[i]) {
			size_t first = i;
			while (first > 0 && i - first < 4 && signer_line(r->t.para[first - 1]))
				first--;
			if (first < i) {
				free(s);
				s = wp_str_nospace(r->t.para[first]);
			}
		}
		if (strcmp(s, r->organizer) != 0 && !side_by_side && !tail && wp_notice_unit_like(s))
			json_array_insert_new(aliases, 0, json_string(s));
		free(s);
		break;
	}
	/* The bureau of a level is called by its level inside the notice:
	 * 州市场监管局, 州局 for 临夏回族自治州市场监督管理局. */
	const char *level = r->region ? r->region + strlen(r->region) - 3 : NULL;
	/* 合肥市包河区市场监督管理局（知识产权局）: judged without the second
	 * name its head line adds in brackets */
	char *bare = wp_notice_without_second_name(r->organizer);
	bool market = wp_str_ends(bare, "市场监督管理局");
	free(bare);
	if (level && market) {
		for (const char *const *form = wp_words(WP_WORDS_MARKET_BUREAU); *form; form++) {
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "%s%s", level, *form);
			bool dup = false;
			size_t i;
			json_t *v;
			json_array_foreach(aliases, i, v) dup = dup || strcmp(json_string_value(v), wp_buf_str(&b)) == 0;
			if (!dup)
				json_array_append_new(aliases, json_string(wp_buf_str(&b)));
			wp_buf_free(&b);
		}
	}
	wp_notice_short_names(r, aliases);
	if (json_array_size(aliases))
		json_array_append_new(units, json_pack("{s:s, s:o}", "name", r->organizer, "aliases",
						       aliases));
	else
		json_decref(aliases);
}

/* The plan's year when the notice's head gives none: the person's, or a
 * stand-in (a leap year, so 2月29日 reads) that never reaches the plan. */
static void settle_year(struct reader *r, const wp_notice_hints *hints)
{
	r->year_known = r->year > 0;
	if (!r->year_known && hints && hints->year > 0) {
		r->year = hints->year;
		r->year_known = true;
	}
	if (!r->year_known)
		r->year = 2000;
}

/* Drops from the list key of obj the names a plan would refuse (a line's
 * end a reader cut across: the importer's own check, wp_text_check), said
 * so: one such must not cost the notice. */
static void drop_broken_names(struct reader *r, json_t *obj, const char *key, const char *what)
{
	json_t *names = json_object_get(obj, key);
	for (size_t k = json_array_size(names); k-- > 0;) {
		const char *name = json_string_value(json_array_get(names, k));
		wp_err why;
		if (name && wp_text_check(name, key, WP_TEXT_SINGLE_LINE, &why) != 0) {
			json_array_remove(names, k);
			wp_notice_note(r, WP_TR("%s: a name read across a line's end was left out"), what);
		}
	}
}

/* Every unit an activity or a deadline names is one line. */
static void drop_names_across_lines(struct reader *r)
{
	size_t i;
	json_t *v;
	json_array_foreach(r->activities, i, v) {
		const char *no = json_string_value(json_object_get(v, "no"));
		char what[96];
		snprintf(what, sizeof what, WP_TR("activity %s"), no ? no : "-");
		drop_broken_names(r, v, "lead", what);
		drop_broken_names(r, v, "cooperate", what);
	}
	json_array_foreach(r->deadlines, i, v) drop_broken_names(r, v, "who", WP_TR("a deadline"));
}

/* ★全民阅读月启动仪式: a mark the notice's key (重点) activities carry
 * before their titles is no part of the name; cut, marks and spaces
 * (a title that is marks alone stays as it is). */
static void unmark_titles(struct reader *r)
{
	size_t i;
	json_t *a;
	json_array_foreach(r->activities, i, a) {
		const char *title = json_string_value(json_object_get(a, "title"));
		const char *p = title;
		for (size_t mark; p && (mark = wp_word_at(p, WP_WORDS_KEY_MARK)) > 0;) /* ★★, ☆ X */
			for (p += mark; *p == ' ' || wp_str_starts(p, "\xe3\x80\x80");)
				p += *p == ' ' ? 1 : 3;
		if (p && p != title && *p)
			json_object_set_new(a, "title", json_string(p));
	}
}

/* An activity the reader could give no title (a sentence it cut wrong)
 * is left out, and said so: a plan takes no untitled activity, and one
 * such must not cost the notice's other rows. */
static void drop_untitled(struct reader *r)
{
	for (size_t i = json_array_size(r->activities); i-- > 0;) {
		json_t *a = json_array_get(r->activities, i);
		const char *title = json_string_value(json_object_get(a, "title"));
		if (title && *title)
			continue;
		const char *no = json_string_value(json_object_get(a, "no"));
		wp_notice_note(r, WP_TR("activity %s: no title could be read; it is left out"), no ? no : "?");
		json_array_remove(r->activities, i);
	}
}

/* Does the plan hold anything a campaign is made of? */
static bool has_plan_content(const struct reader *r)
{
	json_t *committee = json_object_get(r->plan, "committee");
	const char *parts[] = {"chair", "vice_chair", "members", "office"};
	bool committee_named = false;
	for (size_t k = 0; k < 4; k++)
		committee_named = committee_named || json_array_size(json_object_get(committee, parts[k]));
	return json_array_size(r->activities) || json_array_size(r->deadlines) || r->start != WP_DATE_NONE ||
	       committee_named;
}

/* Dates of a notice without a year are kept as written, never given a
 * year it does not state; the marks the readers left go. */
static void settle_dates(struct reader *r)
{
	size_t i;
	json_t *a;
	json_array_foreach(r->activities, i, a) {
		json_t *written = json_object_get(a, WP_NOTICE_WRITTEN);
		bool dated = json_is_string(json_object_get(a, "start"));
		if (!r->year_known || !dated) {
			if (written) /* no year, or 宣传周期间 without a period */
				json_object_set(a, "date_text", written);
			wp_notice_set_dates(a, WP_DATE_NONE, WP_DATE_NONE);
		}
		json_object_del(a, WP_NOTICE_WRITTEN);
	}
	json_array_foreach(r->deadlines, i, a) if (!r->year_known) json_object_set_new(a, "due", json_null());
}

/* What the plan lacks that a campaign needs: said in the report and
 * listed under "missing" so an importer can ask for it. */
static void list_missing(struct reader *r)
{
	json_t *missing = json_array();
	if (!json_string_value(json_object_get(r->plan, "title")))
		json_array_append_new(missing, json_string("title"));
	if (r->start == WP_DATE_NONE)
		json_array_append_new(missing, json_string("period"));
	if (!r->year_known) {
		json_array_append_new(missing, json_string("year"));
		wp_notice_note(r, WP_TR("the notice gives no year: dates are kept as written (date_text)"));
	}
	if (json_array_size(missing))
		json_object_set_new(r->plan, "missing", missing);
	else
		json_decref(missing);
}

unsigned wp_notice_plan_needs(const char *plan)
{
	json_t *root = json_loads(plan, 0, NULL);
	unsigned needs = 0;
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(root, "missing"), i, v) {
		const char *what = json_string_value(v);
		needs |= !what ? 0
			 : strcmp(what, "title") == 0 ? WP_NOTICE_NEEDS_TITLE
			 : strcmp(what, "period") == 0 ? WP_NOTICE_NEEDS_PERIOD
			 : strcmp(what, "year") == 0 ? WP_NOTICE_NEEDS_YEAR
						     : 0;
	}
	json_decref(root);
	return needs;
}

char *wp_notice_read(const char *bytes, size_t len, wp_notice_report *report, wp_err *err)
{
	return wp_notice_read_hinted(bytes, len, NULL, report, err);
}

char *wp_notice_read_hinted(const char *bytes, size_t len, const wp_notice_hints *hints,
			    wp_notice_report *report, wp_err *err)
{
	memset(report, 0, sizeof *report);
	/* A document (a .docx, a PDF) is read as its text; the reader's work is
	 * bounded by that text, not by the zip it came in. */
	char *doc_text;
	size_t doc_len;
	int document = wp_notice_document_text(bytes, len, &doc_text, &doc_len, err);
	if (document < 0)
		return NULL;
	if (document > 0)
		bytes = doc_text, len = doc_len;
	report->text_bytes = len;
	struct reader r = {.report = report, .year = -1, .hints = hints, .first_leads = -1, .slash_leads = -1, .revision = -1,
			   .budget = WP_NOTICE_STEPS_PER_BYTE * (len + 4096)};
	int decoded = wp_ntext_decode(bytes, len, &r.t, err);
	free(doc_text);
	if (decoded != 0)
		return NULL;
	r.plan = json_object();
	r.activities = json_array();
	r.deadlines = json_array();
	r.table_duties = json_array();
	r.contacts = json_array();
	r.committee_names = json_array();
	r.committee_chair = json_array();
	json_object_set_new(r.plan, "weekplan_plan", json_integer(1));
	/* decoded; the portal's metadata dropped; then one outline of what
	 * is left, which every reader below looks at */
	unsigned site = wp_notice_read_docsite(&r);
	if (site & WP_DOCSITE_CHROME)
		wp_notice_note(&r, WP_TR("a document-sharing site's lines around the notice were left out of the text"));
	if (site & WP_DOCSITE_CHUNKS)
		wp_notice_note(&r, WP_TR("the numbered page chunks of a document-sharing site's text were joined into one text"));
	if (wp_notice_has_blanks(&r))
		wp_notice_note(&r, WP_TR("the notice is a template with blanks (20xx年, xx月xx日, XX县): they are left empty"));
	struct notice_meta meta;
	if (wp_notice_read_meta(&r, &meta))
		wp_notice_note(&r, WP_TR("a web page's metadata block was read and left out of the text"));
	if (wp_notice_drop_thread_replies(&r))
		wp_notice_note(&r, WP_TR("a work group's replies to the messages were left out of the text"));
	wp_notice_unbracket_labels(&r);
	wp_notice_unbracket_number_labels(&r);
	if (wp_notice_drop_previous_tail(&r))
		wp_notice_note(&r, WP_TR("the end of the document before the notice (a copy out of a gazette) was left out of the text"));
	wp_outline_build(&r);
	wp_notice_read_cover(&r, &meta);
	char *amended = wp_notice_annexed_plan_title(&r); /* the plan, not its amendment */
	if (amended)
		json_object_set_new(r.plan, "title", json_string(amended));
	free(amended);
	wp_notice_meta_free(&meta);
	char *out = NULL;
	if (!json_object_get(r.plan, "title"))
		json_object_set_new(r.plan, "title", json_null());
	settle_year(&r, hints);
	json_object_set_new(r.plan, "region", wp_notice_jstr(r.region));
	json_object_set_new(r.plan, "organizer", wp_notice_jstr(r.organizer));
	wp_notice_read_parent(&r);
	wp_notice_read_period_theme(&r);
	wp_notice_read_focus(&r);
	read_aliases(&r);
	wp_notice_read_committee(&r);
	wp_notice_read_activities(&r);
	wp_notice_read_supplement(&r);
	wp_notice_date_by_annex(&r);
	wp_notice_read_division(&r);
	wp_notice_read_row_notes(&r);
	wp_notice_read_thread_amendments(&r);
	wp_notice_read_lead_unit(&r);
	wp_notice_read_contacts(&r);
	wp_notice_supplement_contacts(&r);
	wp_notice_read_signoff_contact(&r);
	wp_notice_read_deadlines(&r);
	wp_notice_name_addressee(&r);
	wp_notice_read_duty_table(&r);
	drop_plans_sent_later(&r);
	wp_notice_name_duties(&r);
	wp_notice_settle_member_names(&r);
	wp_notice_each_unit_once(&r);
	wp_notice_office_from_reports(&r);
	wp_notice_settle_numbers(&r);
	unmark_titles(&r);
	drop_untitled(&r);
	drop_names_across_lines(&r);
	wp_notice_drop_cancelled(&r);
	if (!has_plan_content(&r)) {
		wp_err_set(err, WP_TR("this does not read as a plan notice: no activity, period, deadline or committee found"));
		goto done;
	}
	settle_dates(&r);
	wp_notice_check_weekdays(&r);
	list_missing(&r);
	json_object_set_new(r.plan, "activities", json_incref(r.activities));
	json_object_set_new(r.plan, "deadlines", json_incref(r.deadlines));
	json_object_set_new(r.plan, "contacts", json_incref(r.contacts));
	if (r.over_budget) {
		wp_err_set(err, WP_TR("the notice is too tangled to read: the reader stopped after %zu steps"),
			   r.steps);
		goto done;
	}
	if (r.t.was_gb18030)
		wp_notice_note(&r, WP_TR("the file was GB18030 (GBK) text, converted to UTF-8"));
	if (document == WP_NOTICE_DOCX)
		wp_notice_note(&r, WP_TR("the notice was read from a Word document (.docx): its list numbers and tables as they print"));
	else if (document == WP_NOTICE_PDF)
		wp_notice_note(&r, WP_TR("the notice was read from a PDF: its page numbers and repeated page headers left out"));
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
	report->steps = r.steps;
	json_decref(r.plan);
	json_decref(r.activities);
	json_decref(r.deadlines);
	json_decref(r.table_duties);
	json_decref(r.contacts);
	json_decref(r.committee_names);
	json_decref(r.committee_chair);
	free(r.items);
	wp_outline_free(&r.outline);
	free(r.region);
	free(r.organizer);
	wp_ntext_free(&r.t);
	if (!out)
		wp_notice_report_free(report);
	return out;
}
