/* clone.c - next year's plan from this year's (see clone.h).
 *
 * The copy goes through the plan format on purpose: the canonical export
 * already reads every table a campaign owns, and the import already writes
 * them in one transaction and resolves the deadlines, so a clone carries
 * no INSERT of its own and cannot forget a table the plan format knows. */
#include "config.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "calendar.h"
#include "campaign.h"
#include "clone.h"
#include "i18n-core.h"
#include "plan.h"
#include "share.h"
#include "store.h"

/* How dates move: by whole years keeping month and day, or by a number of
 * days (--start). */
struct mover {
	int years;
	bool by_days;
	int days;
};

const char *wp_clone_finding_code(wp_clone_finding_kind kind)
{
	static const char *const codes[] = {
		[WP_CLONE_ACTIVITY_HOLIDAY] = "activity-holiday",
		[WP_CLONE_ACTIVITY_NON_WORKING] = "activity-non-working",
		[WP_CLONE_DEADLINE_HOLIDAY] = "deadline-holiday",
		[WP_CLONE_DEADLINE_NON_WORKING] = "deadline-non-working",
		[WP_CLONE_NO_CALENDAR] = "no-calendar",
	};
	return codes[kind];
}

static int year_of(wp_date d)
{
	int y, m, day;
	wp_date_to_ymd(d, &y, &m, &day);
	return y;
}

static wp_date move_date(const struct mover *mv, wp_date d)
{
	if (d == WP_DATE_NONE)
		return d;
	if (mv->by_days)
		return d + mv->days;
	int y, m, day;
	wp_date_to_ymd(d, &y, &m, &day);
	y += mv->years;
	if (y < WP_YEAR_MIN || y > WP_YEAR_MAX)
		return WP_DATE_NONE;
	/* 29 February of a leap year: the last day of February */
	if (!wp_date_valid_ymd(y, m, day))
		day = wp_date_days_in_month(y, m);
	return wp_date_from_ymd(y, m, day);
}

/* Replaces each year of [first, last] written on its own in text (four
 * ASCII digits not part of a longer number) by that year plus shift: the
 * campaign's year, not its other numbers. Caller frees. */
static char *shift_years(const char *text, int first, int last, int shift)
{
	wp_buf b = WP_BUF_INIT;
	const char *p = text;
	while (*p) {
		if (*p < '0' || *p > '9') {
			wp_buf_putc(&b, *p++);
			continue;
		}
		const char *q = p;
		while (*q >= '0' && *q <= '9')
			q++;
		int value = q - p == 4 ? atoi(p) : -1;
		if (value >= first && value <= last)
			wp_buf_printf(&b, "%d", value + shift);
		else
			wp_buf_append(&b, p, (size_t)(q - p));
		p = q;
	}
	return wp_buf_take(&b);
}

/* ---- the plan: read, moved, written -------------------------------------- */

static wp_date json_date(json_t *obj, const char *key)
{
	wp_date d;
	const char *s = json_string_value(json_object_get(obj, key));
	return s && wp_date_parse(s, &d, NULL) == 0 ? d : WP_DATE_NONE;
}

static int move_key(json_t *obj, const char *key, const struct mover *mv, const char *where,
		    wp_err *err)
{
	wp_date d = json_date(obj, key);
	if (d == WP_DATE_NONE)
		return 0;
	wp_date moved = move_date(mv, d);
	char buf[WP_DATE_ISO_SIZE];
	if (moved == WP_DATE_NONE || year_of(moved) < WP_YEAR_MIN ||
	    year_of(moved) > WP_YEAR_MAX)
		return wp_err_set(err, WP_TR("%s: %s moved out of the years weekplan knows (%d-%d)"),
				  where, wp_date_format(d, buf), WP_YEAR_MIN, WP_YEAR_MAX);
	json_object_set_new(obj, key, json_string(wp_date_format(moved, buf)));
	return 0;
}

static int move_items(json_t *list, const char *const *keys, const struct mover *mv,
		      const char *what, wp_err *err)
{
	size_t i;
	json_t *item;
	json_array_foreach(list, i, item) {
		char where[64];
		snprintf(where, sizeof where, "%s %zu", what, i + 1);
		for (const char *const *k = keys; *k; k++)
			if (move_key(item, *k, mv, where, err) != 0)
				return -1;
	}
	return 0;
}

/* The copy's plan from the original's: dates moved, the year of the title
 * replaced, what belongs to the original's notice and its submissions
 * dropped. Activities, units, committee, contacts, rules and notes stay. */
static int transform(json_t *root, const struct mover *mv, const char *title, wp_err *err)
{
	static const char *const activity_keys[] = {"start", "end", NULL};
	static const char *const deadline_keys[] = {"due", NULL};
	json_t *period = json_object_get(root, "period");
	if (move_key(period, "start", mv, "period", err) != 0 ||
	    move_key(period, "end", mv, "period", err) != 0 ||
	    move_items(json_object_get(root, "activities"), activity_keys, mv,
		       WP_TR("activity"), err) != 0 ||
	    move_items(json_object_get(root, "deadlines"), deadline_keys, mv,
		       WP_TR("deadline"), err) != 0)
		return -1;
	json_object_set_new(root, "title", json_string(title));
	json_object_set_new(root, "doc_number", json_null());
	json_object_set_new(root, "issued_on", json_null());
	size_t i;
	json_t *d;
	json_array_foreach(json_object_get(root, "deadlines"), i, d)
		json_object_set_new(d, "submitted", json_object());
	return 0;
}

/* The original's plan, its period and title. *root is the caller's. */
static int read_source(wp_store *st, int64_t source, json_t **root, wp_err *err)
{
	char *text = wp_plan_export(st, source, err);
	if (!text)
		return -1;
	json_error_t jerr;
	*root = json_loads(text, 0, &jerr);
	free(text);
	if (!*root)
		return wp_err_set(err, "internal error: the exported plan does not read back: %s",
				  jerr.text);
	return 0;
}

static int make_mover(json_t *root, const wp_clone_opts *opts, struct mover *mv,
		      wp_err *err)
{
	if (opts->year < WP_YEAR_MIN || opts->year > WP_YEAR_MAX)
		return wp_err_set(err, WP_TR("the year %d is outside %d-%d"), opts->year,
				  WP_YEAR_MIN, WP_YEAR_MAX);
	if (opts->start != WP_DATE_NONE && year_of(opts->start) != opts->year) {
		char buf[WP_DATE_ISO_SIZE];
		return wp_err_set(err, WP_TR("the start %s is not in %d"),
				  wp_date_format(opts->start, buf), opts->year);
	}
	wp_date start = json_date(json_object_get(root, "period"), "start");
	if (start == WP_DATE_NONE)
		return wp_err_set(err, "internal error: the campaign has no period");
	*mv = (struct mover){.years = opts->year - year_of(start),
			     .by_days = opts->start != WP_DATE_NONE,
			     .days = opts->start != WP_DATE_NONE ? opts->start - start : 0};
	return 0;
}

/* The copy's title: given, or the original's with its years moved. */
static char *copy_title(json_t *root, const wp_clone_opts *opts, const struct mover *mv)
{
	if (opts->title)
		return wp_xstrdup(opts->title);
	json_t *period = json_object_get(root, "period");
	int first = year_of(json_date(period, "start"));
	int last = year_of(json_date(period, "end"));
	return shift_years(json_string_value(json_object_get(root, "title")), first, last,
			   mv->years);
}

/* A stored campaign with title in region, other than none; 0 if none. */
static int find_titled(wp_store *st, const char *title, const char *region, int64_t *found,
		       wp_err *err)
{
	wp_campaign_ref *refs;
	size_t n;
	*found = 0;
	if (wp_campaign_list(st, &refs, &n, err) != 0)
		return -1;
	for (size_t i = 0; i < n && !*found; i++)
		if (strcmp(refs[i].title, title) == 0 &&
		    strcmp(refs[i].region ? refs[i].region : "", region) == 0)
			*found = refs[i].id;
	wp_campaign_refs_free(refs, n);
	return 0;
}

static const char *region_of(json_t *root)
{
	const char *r = json_string_value(json_object_get(root, "region"));
	return r ? r : "";
}

int wp_clone_title(wp_store *st, int64_t source, const wp_clone_opts *opts, char **title,
		   int64_t *existing, wp_err *err)
{
	json_t *root;
	struct mover mv;
	*title = NULL;
	*existing = 0;
	if (read_source(st, source, &root, err) != 0)
		return -1;
	int rc = make_mover(root, opts, &mv, err);
	if (rc == 0) {
		*title = copy_title(root, opts, &mv);
		rc = find_titled(st, *title, region_of(root), existing, err);
	}
	json_decref(root);
	return rc;
}

/* Stores the copy: refused onto the original itself, and onto another
 * campaign of the same title unless replacing. */
static int store_copy(wp_store *st, int64_t source, json_t *root, int flags, int64_t *id,
		      wp_err *err)
{
	const char *title = json_string_value(json_object_get(root, "title"));
	int64_t existing;
	if (find_titled(st, title, region_of(root), &existing, err) != 0)
		return -1;
	if (existing == source)
		return wp_err_set(err, WP_TR("the copy would have the same title as the "
					     "original ('%s'): give it a title of its own"),
				  title);
	if (existing && !(flags & WP_PLAN_REPLACE))
		return wp_err_set(err, WP_TR("'%s' is already stored (campaign %lld): replace "
					     "it, or give the copy another title"),
				  title, (long long)existing);
	char *text = json_dumps(root, JSON_COMPACT | JSON_PRESERVE_ORDER);
	if (!text)
		return wp_err_set(err, "cannot encode the plan as JSON");
	int rc = wp_plan_import(st, text, strlen(text), flags & WP_PLAN_REPLACE, id, err);
	free(text);
	return rc;
}

int wp_clone(wp_store *st, int64_t source, const wp_clone_opts *opts, wp_clone_report *out,
	     wp_err *err)
{
	json_t *root;
	struct mover mv;
	*out = (wp_clone_report){0};
	if (read_source(st, source, &root, err) != 0)
		return -1;
	char *title = NULL;
	int64_t id = 0;
	int rc = make_mover(root, opts, &mv, err);
	if (rc == 0) {
		title = copy_title(root, opts, &mv);
		rc = transform(root, &mv, title, err);
	}
	if (rc == 0)
		rc = store_copy(st, source, root, opts->flags, &id, err);
	json_decref(root);
	free(title);
	if (rc != 0)
		return -1;
	/* The copy is stored; a failure to read it back is reported, and the
	 * copy stays (it is complete: the import committed it whole). */
	if (wp_clone_review(st, id, out, err) != 0) {
		wp_clone_report_clear(out);
		return wp_err_prefix(err, WP_TR("the copy is stored as campaign %lld, but "
						"reviewing it failed: "),
				     (long long)id);
	}
	return 0;
}

/* ---- the review ---------------------------------------------------------- */

static void add_finding(wp_clone_report *r, wp_clone_finding_kind kind, int index, wp_date date,
			char *subject, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 6, 7)))
#endif
	;

static void add_finding(wp_clone_report *r, wp_clone_finding_kind kind, int index, wp_date date,
			char *subject, const char *fmt, ...)
{
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	r->findings = wp_xrealloc(r->findings, (r->n + 1) * sizeof *r->findings);
	r->findings[r->n++] = (wp_clone_finding){kind, index, date, subject, wp_xstrdup(line)};
}

static char *subject_of(const char *what, const char *number, const char *title)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s %s (%s)", what, number && *number ? number : "-", title);
	return wp_buf_take(&b);
}

static const char *weekday_name(wp_date d)
{
	/* Translated where used: the table only marks them. */
	static const char *const names[] = {"", WP_N_("Monday"), WP_N_("Tuesday"),
					    WP_N_("Wednesday"), WP_N_("Thursday"), WP_N_("Friday"),
					    WP_N_("Saturday"), WP_N_("Sunday")};
	return WP_TR(names[wp_date_weekday(d)]);
}

/* Where in an activity's span a day is: its messages differ. */
enum span_place { SPAN_ONLY, SPAN_START, SPAN_END, SPAN_INSIDE };

static void activity_day(wp_clone_report *r, wp_calendar *cal, const wp_share_activity *a,
			 int index, wp_date day, enum span_place place)
{
	const char *holiday;
	wp_daykind kind = wp_calendar_kind(cal, day, &holiday);
	char buf[WP_DATE_ISO_SIZE];
	wp_date_format(day, buf);
	if (kind == WP_DAY_OFF)
		add_finding(r, WP_CLONE_ACTIVITY_HOLIDAY, index, day,
			    subject_of(WP_TR("activity"), a->number, a->title),
			    /* literal formats, so that the compiler checks them */
			    place == SPAN_START    ? WP_TR("starts on %s, a public holiday (%s)")
			    : place == SPAN_END    ? WP_TR("ends on %s, a public holiday (%s)")
			    : place == SPAN_INSIDE ? WP_TR("runs through %s, a public holiday (%s)")
						   : WP_TR("takes place on %s, a public holiday (%s)"),
			    buf,
			    holiday && *holiday ? holiday : WP_TR("holiday"));
	/* a weekend inside a week-long activity is expected */
	else if (place != SPAN_INSIDE && !wp_workday_is(cal, day))
		add_finding(r, WP_CLONE_ACTIVITY_NON_WORKING, index, day,
			    subject_of(WP_TR("activity"), a->number, a->title),
			    place == SPAN_START  ? WP_TR("starts on %s, a %s, not a working day")
			    : place == SPAN_END ? WP_TR("ends on %s, a %s, not a working day")
						: WP_TR("takes place on %s, a %s, not a working day"),
			    buf, weekday_name(day));
}

static void review_activities(wp_clone_report *r, wp_calendar *cal, const wp_share *sh)
{
	for (size_t i = 0; i < sh->nactivities; i++) {
		const wp_share_activity *a = &sh->activities[i];
		if (a->start == WP_DATE_NONE)
			continue;
		if (a->end <= a->start) {
			activity_day(r, cal, a, (int)i, a->start, SPAN_ONLY);
			continue;
		}
		for (wp_date d = a->start; d <= a->end; d++)
			activity_day(r, cal, a, (int)i, d,
				     d == a->start ? SPAN_START : d == a->end ? SPAN_END : SPAN_INSIDE);
	}
}

static void review_deadlines(wp_clone_report *r, wp_calendar *cal, const wp_share *sh)
{
	for (size_t i = 0; i < sh->deadlines.n; i++) {
		const wp_deadline_item *d = &sh->deadlines.items[i];
		if (d->due == WP_DATE_NONE || wp_workday_is(cal, d->due))
			continue;
		char number[24], a[WP_DATE_ISO_SIZE], b[WP_DATE_ISO_SIZE];
		snprintf(number, sizeof number, "%zu", i + 1);
		const char *holiday;
		bool off = wp_calendar_kind(cal, d->due, &holiday) == WP_DAY_OFF;
		wp_date next = wp_workday_roll_forward(cal, d->due);
		char *subject = subject_of(WP_TR("deadline"), number, d->what);
		/* the same sentences as the plan check's */
		if (off)
			add_finding(r, WP_CLONE_DEADLINE_HOLIDAY, (int)i, d->due, subject,
				    WP_TR("%sdue %s, a public holiday (%s); the next working day is %s"),
				    "", wp_date_format(d->due, a),
				    holiday && *holiday ? holiday : WP_TR("holiday"),
				    wp_date_format(next, b));
		else
			add_finding(r, WP_CLONE_DEADLINE_NON_WORKING, (int)i, d->due, subject,
				    WP_TR("%sdue %s, a %s; the next working day is %s"), "",
				    wp_date_format(d->due, a), weekday_name(d->due),
				    wp_date_format(next, b));
	}
}

static void note_year(int *years, size_t *n, size_t cap, wp_date d)
{
	if (d == WP_DATE_NONE)
		return;
	int y = year_of(d);
	for (size_t i = 0; i < *n; i++)
		if (years[i] == y)
			return;
	if (*n < cap)
		years[(*n)++] = y;
}

static int compare_ints(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

/* Every year the copy's dates touch whose official arrangement is not
 * known: working days there are Monday to Friday, holidays unseen. */
static void review_years(wp_clone_report *r, wp_calendar *cal, const wp_share *sh)
{
	int years[16];
	size_t n = 0, cap = sizeof years / sizeof *years;
	note_year(years, &n, cap, sh->start);
	note_year(years, &n, cap, sh->end);
	for (size_t i = 0; i < sh->nactivities; i++) {
		note_year(years, &n, cap, sh->activities[i].start);
		note_year(years, &n, cap, sh->activities[i].end);
	}
	for (size_t i = 0; i < sh->deadlines.n; i++)
		note_year(years, &n, cap, sh->deadlines.items[i].due);
	qsort(years, n, sizeof *years, compare_ints);
	for (size_t i = 0; i < n; i++) {
		if (wp_calendar_covers(cal, years[i]))
			continue;
		wp_buf subject = WP_BUF_INIT;
		wp_buf_printf(&subject, "%d", years[i]);
		if (wp_calendar_provisional(cal, years[i]))
			add_finding(r, WP_CLONE_NO_CALENDAR, -1, wp_date_from_ymd(years[i], 1, 1),
				    wp_buf_take(&subject),
				    WP_TR("no official holiday arrangement is known for %d: due dates "
					  "in working days are computed with the provisional holidays "
					  "of the holiday law, without make-up days"),
				    years[i]);
		else
			add_finding(r, WP_CLONE_NO_CALENDAR, -1, wp_date_from_ymd(years[i], 1, 1),
				    wp_buf_take(&subject),
				    WP_TR("no official holiday arrangement is known for %d: due dates "
					  "in working days are computed without its holidays and "
					  "make-up days, and its holidays are not checked"),
				    years[i]);
	}
}

int wp_clone_review(wp_store *st, int64_t campaign_id, wp_clone_report *out, wp_err *err)
{
	wp_share sh;
	if (wp_share_load(st, campaign_id, NULL, &sh, err) != 0)
		return -1;
	wp_calendar *cal = wp_store_calendar(st);
	out->campaign_id = campaign_id;
	free(out->title);
	out->title = wp_xstrdup(sh.title);
	out->start = sh.start;
	out->end = sh.end;
	review_years(out, cal, &sh);
	review_activities(out, cal, &sh);
	review_deadlines(out, cal, &sh);
	wp_share_clear(&sh);
	return wp_calendar_error(cal, err);
}

void wp_clone_report_clear(wp_clone_report *report)
{
	if (!report)
		return;
	for (size_t i = 0; i < report->n; i++) {
		free(report->findings[i].subject);
		free(report->findings[i].message);
	}
	free(report->findings);
	free(report->title);
	*report = (wp_clone_report){0};
}
