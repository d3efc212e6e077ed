/* export-html.c - a campaign as one printable page (see export.h).
 *
 * The page is what gets printed and handed round at the meeting, or
 * opened from a chat on a phone: one file with nothing outside it. No
 * scripts, no web fonts, no images, no links to fetch; the style is
 * inline and a Content-Security-Policy forbids everything else, so a
 * page opened from a mail cannot call home even if a value tried to.
 *
 * Every value goes through put_text, which makes forbidden characters
 * visible (text.h) and escapes the five HTML specials: a unit called
 * <script> is shown, never run.
 *
 * Print layout (CSS Paged Media, as Chromium and WeasyPrint read it):
 * A4 portrait, with the responsibility matrix on a landscape page of
 * its own (a named page), table headers repeated on every page and rows
 * never split across pages. */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "buf.h"
#include "export.h"
#include "i18n-core.h"
#include "text.h"

/* Chinese first: the page is mostly Chinese, and the fallback of a
 * browser without these picks fonts with no or poor CJK glyphs. */
static const char page_css[] =
	"@page { size: A4; margin: 18mm 15mm; }\n"
	"@page matrix { size: A4 landscape; margin: 12mm; }\n"
	"html { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", "
	"\"Microsoft YaHei\", \"PingFang SC\", \"SimSun\", sans-serif;\n"
	"  font-size: 10.5pt; line-height: 1.45; color: #000; background: #fff; }\n"
	"body { max-width: 60em; margin: 1.5em auto; padding: 0 1em; }\n"
	"h1 { font-size: 17pt; text-align: center; margin: 0 0 0.6em; }\n"
	"h2 { font-size: 13pt; margin: 1.2em 0 0.5em; break-after: avoid; }\n"
	"p.unit { text-align: center; font-size: 12pt; font-weight: bold; }\n"
	"table { border-collapse: collapse; width: 100%; margin-bottom: 0.8em; }\n"
	"th, td { border: 0.6pt solid #555; padding: 2pt 4pt; text-align: left; "
	"vertical-align: top; }\n"
	"thead th { background: #e8e8e8; }\n"
	"thead { display: table-header-group; }\n"
	"tr { break-inside: avoid; page-break-inside: avoid; }\n"
	"table.cover th, table.cover td { border: none; padding: 1pt 4pt; }\n"
	"table.cover th { width: 7em; white-space: nowrap; }\n"
	".desc { white-space: pre-line; font-size: 9pt; color: #333; }\n"
	".nowrap { white-space: nowrap; }\n"
	"ul.owners { list-style: none; margin: 0; padding: 0; }\n"
	"ul.owners span { white-space: nowrap; }\n"
	".st-overdue { font-weight: bold; }\n"
	".self { background: #f2f2f2; font-weight: bold; }\n"
	"section.matrix { page: matrix; break-before: page; overflow-x: auto; }\n"
	"section.matrix table { font-size: 9pt; width: auto; }\n"
	"section.matrix td.mark, section.matrix td.count { text-align: center; "
	"white-space: nowrap; }\n"
	"section.matrix th.act { font-weight: normal; min-width: 3em; }\n"
	"section.matrix tbody th { min-width: 8em; }\n"
	".rank { font-weight: normal; font-size: 8pt; color: #444; }\n"
	"td.lead { font-weight: bold; }\n"
	"@media print { body { max-width: none; margin: 0; padding: 0; } "
	"section.matrix { overflow: visible; } }\n";

/* ---- text --------------------------------------------------------- */

/* The one way text reaches the page: forbidden characters shown as
 * <U+009B> and bytes that are not UTF-8 as U+FFFD (wp_text_put_escaped),
 * then & < > " ' as entities, so a value can neither end an element or
 * an attribute nor drive the reader's terminal if the file is cat'ed.
 * NULL writes nothing. */
static void put_text(wp_buf *b, const char *s)
{
	if (!s)
		return;
	wp_buf safe = WP_BUF_INIT;
	wp_text_put_escaped(&safe, s, WP_ESCAPE_TEXT);
	for (const char *p = wp_buf_str(&safe); *p; p++) {
		switch (*p) {
		case '&': wp_buf_puts(b, "&amp;"); break;
		case '<': wp_buf_puts(b, "&lt;"); break;
		case '>': wp_buf_puts(b, "&gt;"); break;
		case '"': wp_buf_puts(b, "&quot;"); break;
		case '\'': wp_buf_puts(b, "&#39;"); break;
		default: wp_buf_putc(b, *p);
		}
	}
	wp_buf_free(&safe);
}

/* <tag>text</tag>; tag may carry attributes ("th class=x"): they are
 * ours, never a value. */
static void put_elem(wp_buf *b, const char *tag, const char *text)
{
	wp_buf_printf(b, "<%s>", tag);
	put_text(b, text);
	const char *space = strchr(tag, ' ');
	wp_buf_printf(b, "</%.*s>", (int)(space ? (size_t)(space - tag) : strlen(tag)), tag);
}

/* A translated sentence with %s slots, filled with html (markup we made,
 * its text already through put_text); the rest of the sentence is text.
 * Cut at each %s rather than given to printf: a translation is data, and
 * a slot it lacks just leaves its argument out. */
static void put_format_html(wp_buf *b, const char *format, const char *const *html, size_t n)
{
	const char *p = format;
	for (size_t i = 0;; i++) {
		const char *slot = strstr(p, "%s");
		wp_buf piece = WP_BUF_INIT;
		wp_buf_append(&piece, p, slot ? (size_t)(slot - p) : strlen(p));
		put_text(b, wp_buf_str(&piece));
		wp_buf_free(&piece);
		if (!slot)
			return;
		if (i < n)
			wp_buf_puts(b, html[i]);
		p = slot + 2;
	}
}

/* The same with one text argument. */
static void put_format(wp_buf *b, const char *format, const char *arg)
{
	wp_buf html = WP_BUF_INIT;
	put_text(&html, arg);
	const char *args[] = {wp_buf_str(&html)};
	put_format_html(b, format, args, 1);
	wp_buf_free(&html);
}

/* "2026-04-20 (Mon)": ISO, which no reader misreads, with the weekday
 * people plan by, kept on one line. Nothing for no date. */
static void put_date(wp_buf *b, wp_date d)
{
	static const char *const weekdays[] = {"",	      WP_N_("Mon"), WP_N_("Tue"),
					       WP_N_("Wed"), WP_N_("Thu"), WP_N_("Fri"),
					       WP_N_("Sat"), WP_N_("Sun")};
	if (d == WP_DATE_NONE)
		return;
	char iso[WP_DATE_ISO_SIZE];
	wp_buf day = WP_BUF_INIT, weekday = WP_BUF_INIT;
	put_text(&day, wp_date_format(d, iso));
	put_text(&weekday, WP_TR(weekdays[wp_date_weekday(d)]));
	const char *args[] = {wp_buf_str(&day), wp_buf_str(&weekday)};
	wp_buf_puts(b, "<span class=\"nowrap\">");
	put_format_html(b, WP_TR("%s (%s)"), args, 2);
	wp_buf_puts(b, "</span>");
	wp_buf_free(&day);
	wp_buf_free(&weekday);
}

/* start, or "start to end" when the range spans several days. */
static void put_dates(wp_buf *b, wp_date start, wp_date end)
{
	if (end == WP_DATE_NONE || end == start) {
		put_date(b, start);
		return;
	}
	wp_buf from = WP_BUF_INIT, to = WP_BUF_INIT;
	put_date(&from, start);
	put_date(&to, end);
	const char *args[] = {wp_buf_str(&from), wp_buf_str(&to)};
	put_format_html(b, WP_TR("%s to %s"), args, 2);
	wp_buf_free(&from);
	wp_buf_free(&to);
}

/* A date in a sentence with one slot ("Submissions as of %s."). */
static void put_format_date(wp_buf *b, const char *format, wp_date d)
{
	wp_buf html = WP_BUF_INIT;
	put_date(&html, d);
	const char *args[] = {wp_buf_str(&html)};
	put_format_html(b, format, args, 1);
	wp_buf_free(&html);
}

/* Unit names as a list in one cell: "、" between them in Chinese. */
static void put_names(wp_buf *b, const wp_names *names)
{
	for (size_t i = 0; i < names->n; i++) {
		if (i)
			put_text(b, WP_TR(", "));
		put_text(b, names->v[i]);
	}
}

/* A column of a table: its heading (translated where used) and its
 * share of the page's width, so that a long list of units does not
 * squeeze the dates into three lines. */
struct column {
	const char *heading;
	int percent;
};

static void put_thead(wp_buf *b, const struct column *columns, size_t n)
{
	wp_buf_puts(b, "<colgroup>");
	for (size_t i = 0; i < n; i++)
		wp_buf_printf(b, "<col style=\"width: %d%%\">", columns[i].percent);
	wp_buf_puts(b, "</colgroup>\n<thead><tr>");
	for (size_t i = 0; i < n; i++)
		put_elem(b, "th", WP_TR(columns[i].heading));
	wp_buf_puts(b, "</tr></thead>\n");
}

/* ---- head and cover ---------------------------------------------- */

static void put_head(wp_buf *b, const wp_share *share)
{
	/* TRANSLATORS: the language tag (BCP 47) of this translation, which an
	 * exported page declares so that browsers pick the right glyphs. */
	const char *lang = WP_TR("en");
	wp_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"");
	put_text(b, lang);
	wp_buf_puts(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
		       "<meta http-equiv=\"Content-Security-Policy\" "
		       "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
		       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
	put_elem(b, "title", share->title);
	wp_buf_printf(b, "\n<style>\n%s</style>\n</head>\n<body>\n", page_css);
}

static void cover_row(wp_buf *b, const char *label, const char *value)
{
	if (!value || !*value)
		return;
	wp_buf_puts(b, "<tr>");
	put_elem(b, "th", label);
	put_elem(b, "td", value);
	wp_buf_puts(b, "</tr>\n");
}

/* A row of points, in their order (the publicity focuses). */
static void cover_list_row(wp_buf *b, const char *label, const wp_names *points)
{
	if (points->n == 0)
		return;
	wp_buf_puts(b, "<tr>");
	put_elem(b, "th", label);
	wp_buf_puts(b, "<td><ol>");
	for (size_t i = 0; i < points->n; i++)
		put_elem(b, "li", points->v[i]);
	wp_buf_puts(b, "</ol></td></tr>\n");
}

static void cover_date_row(wp_buf *b, const char *label, wp_date start, wp_date end)
{
	if (start == WP_DATE_NONE)
		return;
	wp_buf_puts(b, "<tr>");
	put_elem(b, "th", label);
	wp_buf_puts(b, "<td>");
	put_dates(b, start, end);
	wp_buf_puts(b, "</td></tr>\n");
}

static void put_cover(wp_buf *b, const wp_share *share)
{
	wp_buf_puts(b, "<header>\n");
	put_elem(b, "h1", share->title);
	wp_buf_puts(b, "\n");
	if (share->unit) {
		wp_buf_puts(b, "<p class=\"unit\">");
		put_format(b, WP_TR("%s: its activities and reports"), share->unit);
		wp_buf_puts(b, "</p>\n");
	}
	wp_buf_puts(b, "<table class=\"cover\">\n");
	cover_row(b, WP_TR("Document no."), share->doc_number);
	cover_date_row(b, WP_TR("Issued on"), share->issued_on, share->issued_on);
	cover_date_row(b, WP_TR("Period"), share->start, share->end);
	cover_row(b, WP_TR("Theme"), share->theme);
	cover_list_row(b, WP_TR("Publicity focus"), &share->focus);
	cover_row(b, WP_TR("Organizer"), share->organizer);
	wp_buf_puts(b, "</table>\n</header>\n");
}

/* ---- schedule ----------------------------------------------------- */

static void put_time(wp_buf *b, const wp_share_activity *a)
{
	put_text(b, a->start_time);
	if (a->start_time && a->end_time) {
		wp_buf_puts(b, "\xe2\x80\x93"); /* en dash */
		put_text(b, a->end_time);
	}
}

static void schedule_row(wp_buf *b, const wp_share_activity *a)
{
	wp_buf_puts(b, "<tr>");
	put_elem(b, "td class=\"nowrap\"", a->number);
	wp_buf_puts(b, "<td>");
	put_text(b, a->title);
	if (a->description && *a->description) {
		wp_buf_puts(b, "<div class=\"desc\">");
		put_text(b, a->description);
		wp_buf_puts(b, "</div>");
	}
	wp_buf_puts(b, "</td><td>");
	if (a->start == WP_DATE_NONE)
		put_text(b, WP_TR("during the campaign"));
	else
		put_dates(b, a->start, a->end);
	wp_buf_puts(b, "</td><td class=\"nowrap\">");
	put_time(b, a);
	wp_buf_puts(b, "</td>");
	put_elem(b, "td", a->location);
	wp_buf_puts(b, "<td class=\"lead\">");
	put_names(b, &a->lead);
	wp_buf_puts(b, "</td><td>");
	put_names(b, &a->cooperate);
	wp_buf_puts(b, "</td></tr>\n");
}

static void put_schedule(wp_buf *b, const wp_share *share)
{
	static const struct column columns[] = {
		{WP_N_("No."), 6},	  {WP_N_("Activity"), 21},   {WP_N_("Dates"), 17},
		{WP_N_("Time"), 8},	  {WP_N_("Place"), 12},	     {WP_N_("Lead units"), 13},
		{WP_N_("Cooperating units"), 23},
	};
	wp_buf_puts(b, "<section class=\"schedule\">\n");
	put_elem(b, "h2", WP_TR("Schedule"));
	wp_buf_puts(b, "\n");
	if (share->nactivities == 0) {
		put_elem(b, "p", WP_TR("No activities."));
		wp_buf_puts(b, "\n</section>\n");
		return;
	}
	wp_buf_puts(b, "<table>\n");
	put_thead(b, columns, sizeof columns / sizeof *columns);
	wp_buf_puts(b, "<tbody>\n");
	for (size_t i = 0; i < share->nactivities; i++)
		schedule_row(b, &share->activities[i]);
	wp_buf_puts(b, "</tbody>\n</table>\n</section>\n");
}

/* ---- responsibility matrix --------------------------------------- */

static const char *rank_name(int rank)
{
	switch (rank) {
	case WP_RANK_CHAIR: return WP_TR("chair");
	case WP_RANK_VICE_CHAIR: return WP_TR("vice-chair");
	case WP_RANK_MEMBER: return WP_TR("member");
	case WP_RANK_OFFICE: return WP_TR("office");
	default: return NULL;
	}
}

static void matrix_head(wp_buf *b, const wp_matrix *m)
{
	wp_buf_puts(b, "<thead><tr>");
	put_elem(b, "th", WP_TR("Unit"));
	for (size_t a = 0; a < m->nactivities; a++) {
		wp_buf_puts(b, "<th class=\"act\">");
		if (m->activities[a].number && *m->activities[a].number) {
			put_elem(b, "strong", m->activities[a].number);
			wp_buf_puts(b, " ");
		}
		put_text(b, m->activities[a].title);
		wp_buf_puts(b, "</th>");
	}
	put_elem(b, "th", WP_TR("Leads"));
	put_elem(b, "th", WP_TR("Cooperates"));
	wp_buf_puts(b, "</tr></thead>\n");
}

static void matrix_row(wp_buf *b, const wp_share *share, size_t u)
{
	const wp_matrix *m = &share->matrix;
	const wp_matrix_unit *unit = &m->units[u];
	/* In a unit's page the whole matrix stays: its own row stands out. */
	wp_buf_puts(b, share->unit_id && unit->id == share->unit_id ? "<tr class=\"self\">" : "<tr>");
	wp_buf_puts(b, "<th scope=\"row\">");
	put_text(b, unit->name);
	const char *rank = rank_name(unit->rank);
	if (rank) {
		wp_buf_puts(b, " <span class=\"rank\">");
		put_format(b, WP_TR("(%s)"), rank);
		wp_buf_puts(b, "</span>");
	}
	wp_buf_puts(b, "</th>");
	for (size_t a = 0; a < m->nactivities; a++) {
		char cell = wp_matrix_cell(m, u, a);
		if (cell == 'L')
			put_elem(b, "td class=\"mark lead\"", WP_TR("lead"));
		else if (cell == 'C')
			put_elem(b, "td class=\"mark\"", WP_TR("cooperate"));
		else
			wp_buf_puts(b, "<td class=\"mark\"></td>");
	}
	wp_buf_printf(b, "<td class=\"count\">%d</td><td class=\"count\">%d</td></tr>\n",
		      unit->nlead, unit->ncooperate);
}

static void put_matrix(wp_buf *b, const wp_share *share)
{
	const wp_matrix *m = &share->matrix;
	wp_buf_puts(b, "<section class=\"matrix\">\n");
	put_elem(b, "h2", WP_TR("Responsibilities"));
	wp_buf_puts(b, "\n");
	if (m->nunits == 0 || m->nactivities == 0) {
		put_elem(b, "p", WP_TR("No unit has a part in an activity yet."));
		wp_buf_puts(b, "\n</section>\n");
		return;
	}
	wp_buf_puts(b, "<table>\n");
	matrix_head(b, m);
	wp_buf_puts(b, "<tbody>\n");
	for (size_t u = 0; u < m->nunits; u++)
		matrix_row(b, share, u);
	wp_buf_puts(b, "</tbody>\n</table>\n</section>\n");
}

/* ---- reports due -------------------------------------------------- */

/* One unit's submission: on a date, or awaited (overdue once the due
 * date is past). */
static void put_owner(wp_buf *b, const wp_share *share, const wp_deadline_item *d,
		      const wp_owner *o, wp_date today)
{
	bool self = share->unit_id && o->unit_id == share->unit_id;
	wp_buf_puts(b, self ? "<li class=\"self\">" : "<li>");
	put_text(b, o->name);
	wp_buf_puts(b, " ");
	if (o->submitted_on != WP_DATE_NONE) {
		wp_buf_puts(b, "<span class=\"st-submitted\">");
		put_format_date(b, WP_TR("(submitted %s)"), o->submitted_on);
	} else if (d->due != WP_DATE_NONE && today != WP_DATE_NONE && d->due < today) {
		wp_buf_puts(b, "<span class=\"st-overdue\">");
		put_format(b, WP_TR("(%s)"), WP_TR("overdue"));
	} else {
		wp_buf_puts(b, "<span class=\"st-pending\">");
		put_format(b, WP_TR("(%s)"), WP_TR("pending"));
	}
	wp_buf_puts(b, "</span></li>");
}

static void deadline_row(wp_buf *b, const wp_share *share, const wp_deadline_item *d,
			 wp_date today)
{
	wp_buf_puts(b, "<tr><td>");
	put_text(b, d->what);
	if (d->activity_number) {
		wp_buf_puts(b, "<div class=\"desc\">");
		put_format(b, WP_TR("activity %s"), d->activity_number);
		wp_buf_puts(b, "</div>");
	}
	wp_buf_puts(b, "</td><td>");
	if (d->due == WP_DATE_NONE)
		put_text(b, WP_TR("(no date)"));
	else
		put_date(b, d->due);
	wp_buf_puts(b, "</td>");
	put_elem(b, "td", d->rule_text);
	wp_buf_puts(b, "<td><ul class=\"owners\">");
	for (size_t o = 0; o < d->nowners; o++)
		put_owner(b, share, d, &d->owners[o], today);
	wp_buf_puts(b, "</ul></td>");
	put_elem(b, "td", d->submit_to);
	wp_buf_puts(b, "</tr>\n");
}

static void put_deadlines(wp_buf *b, const wp_share *share, wp_date today)
{
	static const struct column columns[] = {
		{WP_N_("What is due"), 25}, {WP_N_("Due"), 17},	  {WP_N_("Rule"), 15},
		{WP_N_("Who submits"), 27}, {WP_N_("Submit to"), 16},
	};
	const wp_deadline_list *dl = &share->deadlines;
	wp_buf_puts(b, "<section class=\"deadlines\">\n");
	put_elem(b, "h2", WP_TR("Reports due"));
	wp_buf_puts(b, "\n");
	if (dl->n == 0) {
		put_elem(b, "p", WP_TR("No reports are due."));
		wp_buf_puts(b, "\n</section>\n");
		return;
	}
	if (today != WP_DATE_NONE) {
		wp_buf_puts(b, "<p>");
		put_format_date(b, WP_TR("Submissions as of %s."), today);
		wp_buf_puts(b, "</p>\n");
	}
	wp_buf_puts(b, "<table>\n");
	put_thead(b, columns, sizeof columns / sizeof *columns);
	wp_buf_puts(b, "<tbody>\n");
	for (size_t i = 0; i < dl->n; i++)
		deadline_row(b, share, &dl->items[i], today);
	wp_buf_puts(b, "</tbody>\n</table>\n</section>\n");
}

/* ---- committee and contacts --------------------------------------- */

static void committee_row(wp_buf *b, const char *role, const wp_names *names)
{
	if (names->n == 0)
		return;
	wp_buf_puts(b, "<tr>");
	put_elem(b, "th", role);
	wp_buf_puts(b, "<td>");
	put_names(b, names);
	wp_buf_puts(b, "</td></tr>\n");
}

static void put_committee(wp_buf *b, const wp_share *share)
{
	if (share->chair.n + share->vice_chair.n + share->members.n + share->office.n == 0)
		return;
	wp_buf_puts(b, "<section class=\"committee\">\n");
	put_elem(b, "h2", WP_TR("Organizing committee"));
	wp_buf_puts(b, "\n<table class=\"cover\">\n");
	committee_row(b, WP_TR("Chair"), &share->chair);
	committee_row(b, WP_TR("Vice chairs"), &share->vice_chair);
	committee_row(b, WP_TR("Members"), &share->members);
	committee_row(b, WP_TR("Office"), &share->office);
	wp_buf_puts(b, "</table>\n</section>\n");
}

static void put_contacts(wp_buf *b, const wp_share *share)
{
	static const struct column columns[] = {
		{WP_N_("Name"), 14}, {WP_N_("Unit"), 30},	  {WP_N_("Phone"), 18},
		{WP_N_("Email"), 22}, {WP_N_("Activity"), 16},
	};
	if (share->ncontacts == 0)
		return;
	wp_buf_puts(b, "<section class=\"contacts\">\n");
	put_elem(b, "h2", WP_TR("Contacts"));
	wp_buf_puts(b, "\n<table>\n");
	put_thead(b, columns, sizeof columns / sizeof *columns);
	wp_buf_puts(b, "<tbody>\n");
	for (size_t i = 0; i < share->ncontacts; i++) {
		const wp_share_contact *c = &share->contacts[i];
		wp_buf_puts(b, "<tr>");
		put_elem(b, "td", c->name);
		put_elem(b, "td", c->unit);
		put_elem(b, "td class=\"nowrap\"", c->phone);
		put_elem(b, "td", c->email);
		put_elem(b, "td", c->activity);
		wp_buf_puts(b, "</tr>\n");
	}
	wp_buf_puts(b, "</tbody>\n</table>\n</section>\n");
}

/* ---- the page ----------------------------------------------------- */

int wp_export_html(const wp_share *share, const wp_export_opts *opts, FILE *out, wp_err *err)
{
	wp_buf page = WP_BUF_INIT;
	put_head(&page, share);
	put_cover(&page, share);
	put_schedule(&page, share);
	put_matrix(&page, share);
	put_deadlines(&page, share, opts->today);
	put_committee(&page, share);
	put_contacts(&page, share);
	wp_buf_puts(&page, "</body>\n</html>\n");
	errno = 0;
	size_t n = fwrite(page.data, 1, page.len, out);
	int failed = n != page.len || fflush(out) != 0;
	int saved = errno;
	wp_buf_free(&page);
	if (failed)
		return wp_err_set(err, WP_TR("writing the page: %s"),
				  saved ? strerror(saved) : "short write");
	return 0;
}
