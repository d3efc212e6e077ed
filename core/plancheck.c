#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "calendar.h"
#include "i18n-core.h"
#include "plancheck.h"
#include "query.h"
#include "store.h"
#include "text.h"

static void add(wp_findings *f, const char *code, char *subject, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;

/* Takes ownership of subject. */
static void add(wp_findings *f, const char *code, char *subject, const char *fmt, ...)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 8;
		f->items = wp_xrealloc(f->items, f->cap * sizeof *f->items);
	}
	wp_buf msg = WP_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	char line[1024];
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	wp_buf_puts(&msg, line);
	f->items[f->n++] = (wp_finding){code, subject, wp_buf_take(&msg), 0, 0};
}

/* Ties the findings added since index first to the row they are about. */
static void about(wp_findings *f, size_t first, int64_t activity_id, int64_t deadline_id)
{
	for (size_t i = first; i < f->n; i++) {
		f->items[i].activity_id = activity_id;
		f->items[i].deadline_id = deadline_id;
	}
}

void wp_findings_clear(wp_findings *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->items[i].subject);
		free(f->items[i].message);
	}
	free(f->items);
	memset(f, 0, sizeof *f);
}

static char *subject(const char *kind, const char *number, const char *title)
{
	wp_buf b = WP_BUF_INIT;
	if (number && *number)
		wp_buf_printf(&b, "%s %s (%s)", kind, number, title);
	else /* an activity the notice does not number */
		wp_buf_printf(&b, "%s (%s)", kind, title);
	return wp_buf_take(&b);
}

int wp_check_number_value(const char *number)
{
	if (!number || !*number)
		return -1;
	if (number[0] >= '0' && number[0] <= '9') {
		char *end;
		long v = strtol(number, &end, 10);
		return *end || v > 999 ? -1 : (int)v;
	}
	size_t len;
	int v = wp_cn_number(number, &len);
	return v > 0 && len == strlen(number) ? v : -1;
}

/* The number of the group an item numbered 二.1 is in (2), or -1. */
static int group_value(const char *number)
{
	const char *dot = number ? strchr(number, '.') : NULL;
	if (!dot || dot == number || dot - number > 15)
		return -1;
	char head[16];
	snprintf(head, sizeof head, "%.*s", (int)(dot - number), number);
	return wp_check_number_value(head);
}

struct campaign_facts {
	wp_date issued, start, end;
};

static int campaign_rules(wp_store *st, int64_t id, struct campaign_facts *c,
			  wp_findings *out, wp_err *err)
{
	static const char sql[] = "SELECT issued_on, period_start, period_end, doc_number "
				  "FROM campaign WHERE id = ?1";
	sqlite3_stmt *s = wp_store_row(st, sql, id, "campaign", err);
	if (!s)
		return -1;
	c->issued = wp_col_date(s, 0);
	c->start = wp_col_date(s, 1);
	c->end = wp_col_date(s, 2);
	bool has_doc = wp_col_text(s, 3) != NULL;
	sqlite3_reset(s);
	char a[WP_DATE_ISO_SIZE], b[WP_DATE_ISO_SIZE];
	if (c->issued == WP_DATE_NONE)
		add(out, "no-issue-date", wp_xstrdup(WP_TR("notice")),
		    WP_TR("the notice gives no issue date%s, so its deadlines cannot be checked "
			  "against it"),
		    has_doc ? "" : WP_TR(" and no document number"));
	else if (c->issued > c->start)
		add(out, "issued-late", wp_xstrdup(WP_TR("notice")),
		    WP_TR("issued %s, after the campaign period began on %s"),
		    wp_date_format(c->issued, a), wp_date_format(c->start, b));
	return 0;
}

static int activity_rules(wp_store *st, int64_t id, const struct campaign_facts *c,
			  wp_findings *out, wp_err *err)
{
	/* Column 5, the title of the first earlier activity with the same
	 * number, comes from a window over the campaign's activities by
	 * number: a subquery per activity walking every earlier one made the
	 * check quadratic in the campaign's size. */
	static const char sql[] =
		"SELECT a.number, a.title, a.start_date, a.end_date, "
		"       EXISTS (SELECT 1 FROM assignment s WHERE s.activity_id = a.id "
		"               AND s.role = 'lead'), "
		"       CASE WHEN a.number <> '' AND first_value(a.seq) OVER same_number < a.seq "
		"            THEN first_value(a.title) OVER same_number END, a.id "
		"FROM activity a WHERE a.campaign_id = ?1 "
		"WINDOW same_number AS (PARTITION BY a.number ORDER BY a.seq) "
		"ORDER BY a.seq";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	int rc, expected = 1;
	bool restarted = false; /* the numbering has started over at 一 */
	char prev[64] = "";
	char a[WP_DATE_ISO_SIZE], b[WP_DATE_ISO_SIZE], c1[WP_DATE_ISO_SIZE],
		c2[WP_DATE_ISO_SIZE];
	while ((rc = wp_store_next(st, s, err)) == 1) {
		const char *no = wp_col_text(s, 0), *title = wp_col_text(s, 1);
		wp_date start = wp_col_date(s, 2), end = wp_col_date(s, 3);
		size_t first = out->n;
		int value = wp_check_number_value(no);
		/* 一, then 二.1 … 二.5 under a group heading 二 that is no
		 * activity of its own, then 三: the group holds the number */
		if (value < 0 && *prev && group_value(no) >= expected)
			value = group_value(no);
		/* 一、二 then 一…五: a second list (a notice passing another
		 * on, each numbering its own); 一 right after 一 is a slip */
		if (*prev && value == 1 && expected > 2) {
			restarted = true;
			expected = 1;
		}
		bool in_order = value == expected;
		/* a skip between two items (五 then 七); the first may be above
		 * one, as activities are numbered by the headings they are
		 * (二、…六、) or a fragment opens mid-list */
		if (*prev && value > expected) {
			wp_buf missing = WP_BUF_INIT;
			for (int v = expected; v < value; v++) {
				char num[32];
				wp_cn_number_format(v, num, sizeof num);
				wp_buf_printf(&missing, "%s%s", v > expected ? ", " : "", num);
			}
			add(out, "numbering-gap", subject(WP_TR("activity"), no, title),
			    value - expected > 1
				    ? WP_TR("the numbering jumps from %s to %s: items %s are missing")
				    : WP_TR("the numbering jumps from %s to %s: item %s is missing"),
			    prev, no, wp_buf_str(&missing));
			wp_buf_free(&missing);
		}
		if (value > 0) {
			expected = value + 1;
			snprintf(prev, sizeof prev, "%s", no);
		}
		/* a contest that opens in the week and runs on for a month, or
		 * a preparation started after the notice and before the week,
		 * belongs to the campaign; a date with no day in the period,
		 * or one before the notice itself, is likely a slip */
		bool before_notice = c->issued != WP_DATE_NONE && start < c->issued && start < c->start;
		/* one begun before the notice came out is said so: the reader
		 * of the check looks for the slip there, not at the period */
		if (start != WP_DATE_NONE && before_notice)
			add(out, "activity-before-issue", subject(WP_TR("activity"), no, title),
			    WP_TR("starts %s, before the notice was issued (%s) and before the campaign period"),
			    wp_date_format(start, a), wp_date_format(c->issued, b));
		else if (start != WP_DATE_NONE && (end < c->start || start > c->end))
			add(out, "activity-outside-period", subject(WP_TR("activity"), no, title),
			    WP_TR("takes place %s to %s, outside the campaign period %s to %s"),
			    wp_date_format(start, a), wp_date_format(end, b),
			    wp_date_format(c->start, c1), wp_date_format(c->end, c2));
		if (!sqlite3_column_int(s, 4))
			add(out, "no-lead", subject(WP_TR("activity"), no, title),
			    "%s", WP_TR("no lead unit (牵头单位) is named"));
		/* The editor refuses a second number, but an import or the
		 * notice reader can store one. An item in its place in a list
		 * that started over repeats a number of the first list, as
		 * written: no slip. */
		if (wp_col_text(s, 5) && !(restarted && in_order))
			add(out, "duplicate-number", subject(WP_TR("activity"), no, title),
			    WP_TR("activity %s (%s) has the same number: one of them is probably "
				  "misnumbered"),
			    no, wp_col_text(s, 5));
		about(out, first, sqlite3_column_int64(s, 6), 0);
	}
	return rc;
}

static int overlap_rules(wp_store *st, int64_t id, wp_findings *out, wp_err *err)
{
	wp_conflict_list list;
	if (wp_query_conflicts(st, id, WP_DATE_NONE, WP_DATE_NONE, &list, err) != 0)
		return -1;
	for (size_t i = 0; i < list.n; i++) {
		const wp_conflict *c = &list.items[i];
		bool same = c->a.campaign_id == c->b.campaign_id;
		char day[WP_DATE_ISO_SIZE];
		add(out, "lead-overlap", subject(WP_TR("activity"), c->a.number, c->a.title),
		    WP_TR("%s leads it at %s and also leads activity %s (%s)%s%s%s at %s on %s"),
		    c->unit, c->a.time, c->b.number, c->b.title, same ? "" : WP_TR(" of '"),
		    same ? "" : c->b.campaign_title, same ? "" : "'", c->b.time,
		    wp_date_format(c->day, day));
		about(out, out->n - 1, c->a.activity_id, 0);
	}
	wp_conflict_list_clear(&list);
	return 0;
}

/* The same month and day in the first year that puts the date on or after
 * the issue date: 2022-05-08 in a plan issued 2023-04-14 reads 2023-05-08. */
static wp_date likely_date(wp_date due, wp_date issued)
{
	int y, m, d, iy, im, id;
	wp_date_to_ymd(due, &y, &m, &d);
	wp_date_to_ymd(issued, &iy, &im, &id);
	for (int year = iy; year <= iy + 1; year++) {
		if (wp_date_valid_ymd(year, m, d) && wp_date_from_ymd(year, m, d) >= issued)
			return wp_date_from_ymd(year, m, d);
	}
	return WP_DATE_NONE;
}

static void nonworking_finding(wp_calendar *cal, wp_findings *out, char *subj, wp_date due,
			       const char *which)
{
	const char *holiday;
	wp_daykind kind = wp_calendar_kind(cal, due, &holiday);
	static const char *const weekdays[] = {"", WP_N_("Monday"), WP_N_("Tuesday"),
					       WP_N_("Wednesday"), WP_N_("Thursday"), WP_N_("Friday"),
					       WP_N_("Saturday"), WP_N_("Sunday")};
	/* The weekday names are translated where they are used. */
	char a[WP_DATE_ISO_SIZE], b[WP_DATE_ISO_SIZE];
	wp_date next = wp_workday_roll_forward(cal, due);
	if (kind == WP_DAY_OFF && wp_calendar_day_provisional(cal, due))
		add(out, "deadline-non-working", subj,
		    WP_TR("%sdue %s, a public holiday by the holiday law (%s, provisional until "
			  "the year's arrangement is loaded); the next working day is %s"),
		    which, wp_date_format(due, a), holiday && *holiday ? holiday : WP_TR("holiday"),
		    wp_date_format(next, b));
	else if (kind == WP_DAY_OFF)
		add(out, "deadline-non-working", subj,
		    WP_TR("%sdue %s, a public holiday (%s); the next working day is %s"), which,
		    wp_date_format(due, a), holiday && *holiday ? holiday : WP_TR("holiday"),
		    wp_date_format(next, b));
	else
		add(out, "deadline-non-working", subj,
		    WP_TR("%sdue %s, a %s; the next working day is %s"), which, wp_date_format(due, a),
		    WP_TR(weekdays[wp_date_weekday(due)]), wp_date_format(next, b));
}

/* The weekday (1 Monday … 7 Sunday) a weekly rule names (每周五下午四时前,
 * 每周一), or 0 when rule recurs on no weekday. */
static int weekly_day(const char *rule)
{
	static const char *const days[] = {"一", "二", "三", "四", "五", "六", "日"};
	const char *at = rule ? strstr(rule, "每周") : NULL;
	if (!at)
		return 0;
	at += strlen("每周");
	for (int k = 0; k < 7; k++)
		if (strncmp(at, days[k], strlen(days[k])) == 0)
			return k + 1;
	return strncmp(at, "天", strlen("天")) == 0 ? 7 : 0;
}

/* A report due each week on one weekday through the campaign: the first
 * of those days that is no working day (a Friday in a holiday week) is
 * worth a clerk's notice, as a dated deadline on such a day is. */
static void weekly_rule(wp_calendar *cal, const struct campaign_facts *c, wp_findings *out,
			char *subj, const char *rule)
{
	int weekday = weekly_day(rule);
	if (!weekday || c->start == WP_DATE_NONE || c->end == WP_DATE_NONE) {
		free(subj);
		return;
	}
	for (wp_date d = c->start; d <= c->end; d++) {
		if (wp_date_weekday(d) != weekday || wp_workday_is(cal, d))
			continue;
		wp_buf which = WP_BUF_INIT;
		wp_buf_printf(&which, WP_TR("weekly (%s): "), rule);
		nonworking_finding(cal, out, subj, d, wp_buf_str(&which));
		wp_buf_free(&which);
		return;
	}
	free(subj);
}

static int deadline_rules(wp_store *st, int64_t id, const struct campaign_facts *c,
			  wp_findings *out, wp_err *err)
{
	/* depends: the due date is counted on the calendar (working days, or
	 * rolled off a day off), so a provisional year can still move it. */
	static const char sql[] = "SELECT seq, what, due_date, rule_kind = 'relative' AND "
				  "(rule_unit = 'workdays' OR roll_forward), id, rule_text FROM deadline "
				  "WHERE campaign_id = ?1 ORDER BY seq";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	wp_calendar *cal = wp_store_calendar(st);
	int rc;
	char a[WP_DATE_ISO_SIZE], b[WP_DATE_ISO_SIZE], l[WP_DATE_ISO_SIZE], num[16];
	while ((rc = wp_store_next(st, s, err)) == 1) {
		wp_date due = wp_col_date(s, 2);
		size_t first = out->n;
		int64_t deadline_id = sqlite3_column_int64(s, 4);
		snprintf(num, sizeof num, "%d", sqlite3_column_int(s, 0) + 1);
		char *subj = subject(WP_TR("deadline"), num, wp_col_text(s, 1));
		if (due == WP_DATE_NONE) { /* 每周五前: each week's day */
			weekly_rule(cal, c, out, subj, wp_col_text(s, 5));
			about(out, first, 0, deadline_id);
			continue;
		}
		int year, m, d;
		wp_date_to_ymd(due, &year, &m, &d);
		if (c->issued != WP_DATE_NONE && due < c->issued) {
			wp_date likely = likely_date(due, c->issued);
			add(out, "deadline-before-issue", subj,
			    WP_TR("due %s, before the notice was issued (%s); probably a typo for %s"),
			    wp_date_format(due, a), wp_date_format(c->issued, b),
			    likely == WP_DATE_NONE ? WP_TR("a later date") : wp_date_format(likely, l));
			/* Judge the working day on the date the notice meant. */
			if (likely != WP_DATE_NONE && !wp_workday_is(cal, likely))
				nonworking_finding(cal, out, wp_xstrdup(subj),
						   likely, WP_TR("read as corrected, "));
			about(out, first, 0, deadline_id);
			continue;
		}
		if (wp_calendar_provisional(cal, year) && sqlite3_column_int(s, 3))
			add(out, "deadline-provisional-calendar", wp_xstrdup(subj),
			    WP_TR("due in %d, whose official holiday arrangement is not loaded: "
				  "the due date counts the days off the holiday law fixes, and the "
				  "notice's make-up working days may move it ('calendar import')"),
			    year);
		else if (!wp_calendar_covers(cal, year) && !wp_calendar_provisional(cal, year))
			add(out, "calendar-unknown", wp_xstrdup(subj),
			    WP_TR("due in %d, for which no official holiday arrangement is loaded: "
			    "working days are counted Monday to Friday"),
			    year);
		if (!wp_workday_is(cal, due))
			nonworking_finding(cal, out, subj, due, "");
		else
			free(subj);
		about(out, first, 0, deadline_id);
	}
	if (rc < 0)
		return -1;
	return wp_calendar_error(cal, err);
}

int wp_check_campaign(wp_store *st, int64_t campaign_id, wp_findings *out, wp_err *err)
{
	struct campaign_facts c = {WP_DATE_NONE, WP_DATE_NONE, WP_DATE_NONE};
	if (campaign_rules(st, campaign_id, &c, out, err) != 0 ||
	    activity_rules(st, campaign_id, &c, out, err) != 0 ||
	    overlap_rules(st, campaign_id, out, err) != 0 ||
	    deadline_rules(st, campaign_id, &c, out, err) != 0)
		return -1;
	return 0;
}
