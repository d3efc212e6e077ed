/* export-ics.c - a campaign as an iCalendar file (RFC 5545, see export.h).
 *
 * The calendar is built as libical components and serialised by libical,
 * which escapes TEXT values, folds lines and ends them with CRLF. Its
 * folding (3.0) breaks a line of more than 75 octets after a space, colon
 * or semicolon, else before an ASCII byte or a UTF-8 lead byte: never
 * inside a character of valid UTF-8, which cleaning guarantees; check_ics
 * tests it with characters of every length at every offset. What libical
 * 3.0 does not do for us is done here, each with its reason: text from
 * the database is cleaned of forbidden characters first
 * (export-ics-text.c), and the few values libical leaves unescaped get
 * full-width punctuation instead.
 *
 * What goes in (weekplan(1), EXPORT):
 *   - one VEVENT per activity that has a date: all day (VALUE=DATE, the
 *     end exclusive) without a time, in Asia/Shanghai with a time;
 *   - an activity the notice gives no date for takes place some time in
 *     the campaign period (as the agenda has it): an all-day VEVENT over
 *     the period, marked "date not fixed" and not busy, so that a unit's
 *     calendar shows every duty it has that week;
 *   - one all-day VEVENT per report deadline that has a due date;
 *   - what has no date and no period to fall in is named in X-WR-CALDESC,
 *     so that the file says what it leaves out.
 * UIDs come from wp_share_uid, so importing a later export updates the
 * events instead of adding them twice. */
#include "config.h"

#include <errno.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "export-ics-text.h"
#include "export.h"
#include "export-ics-lib.h"
#include "i18n-core.h"

/* The one zone weekplan's times are in: China has had no daylight saving
 * time since 1991, so one STANDARD rule from 1970 describes it. */
#define ICS_TZID "Asia/Shanghai"
#define ICS_TZ_OFFSET (8 * 3600)

/* Written here rather than taken from libical's zone database, which
 * reads the system's zoneinfo files: the output must not depend on what
 * the machine has installed. */
static icalcomponent *shanghai_vtimezone(const struct wp_ics_lib *ical)
{
	icalcomponent *tz = ical->icalcomponent_new_vtimezone();
	ical->icalcomponent_add_property(tz, ical->icalproperty_new_tzid(ICS_TZID));
	icalcomponent *std = ical->icalcomponent_new_xstandard();
	struct icaltimetype epoch = ical->icaltime_null_time();
	epoch.year = 1970, epoch.month = 1, epoch.day = 1;
	ical->icalcomponent_add_property(std, ical->icalproperty_new_dtstart(epoch));
	ical->icalcomponent_add_property(std, ical->icalproperty_new_tzoffsetfrom(ICS_TZ_OFFSET));
	ical->icalcomponent_add_property(std, ical->icalproperty_new_tzoffsetto(ICS_TZ_OFFSET));
	ical->icalcomponent_add_property(std, ical->icalproperty_new_tzname("CST"));
	ical->icalcomponent_add_component(tz, std);
	return tz;
}

static struct icaltimetype ics_date(const struct wp_ics_lib *ical, wp_date d)
{
	struct icaltimetype t = ical->icaltime_null_date();
	wp_date_to_ymd(d, &t.year, &t.month, &t.day);
	return t;
}

/* A local time of day d, minutes after midnight (may pass midnight). */
static struct icaltimetype ics_local_time(const struct wp_ics_lib *ical, wp_date d, int minutes)
{
	struct icaltimetype t = ical->icaltime_null_time();
	wp_date_to_ymd(d, &t.year, &t.month, &t.day);
	ical->icaltime_adjust(&t, 0, 0, minutes, 0);
	return t;
}

static icalproperty *with_tzid(const struct wp_ics_lib *ical, icalproperty *p)
{
	ical->icalproperty_add_parameter(p, ical->icalparameter_new_tzid(ICS_TZID));
	return p;
}

/* DTSTAMP says when the event's data was made. weekplan takes "today"
 * from its caller and never reads the clock, so the stamp is midnight UTC
 * of today: two exports of the same data on the same day are the same
 * bytes (golden tests, diffs), and a later day's export is newer, which
 * is what calendar programs compare when they update an event. */
static struct icaltimetype ics_stamp(const struct wp_ics_lib *ical, const wp_export_opts *opts,
				     const wp_share *share)
{
	wp_date today = opts->today != WP_DATE_NONE ? opts->today : share->start;
	struct icaltimetype t = ical->icaltime_null_time();
	if (today != WP_DATE_NONE)
		wp_date_to_ymd(today, &t.year, &t.month, &t.day);
	else
		t.year = 1970, t.month = 1, t.day = 1;
	t.zone = ical->icaltimezone_get_utc_timezone();
	return t;
}

/* ---- activities -------------------------------------------------------- */

/* Sets DTSTART, DTEND and for a timed activity of several days a daily
 * RRULE. A notice that gives "4月20日至26日 9:00-17:00" means a session
 * each day; one DTSTART..DTEND block over the week would show as a bar
 * through every night, and phones would list it only on its first day.
 * The daily rule shows the hours on each day, as the notice means. */
static void set_activity_times(const struct wp_ics_lib *ical, icalcomponent *ev,
			       const wp_share_activity *a)
{
	int start, end;
	if (!wp_ics_parse_hhmm(a->start_time, &start)) {
		ical->icalcomponent_add_property(ev, ical->icalproperty_new_dtstart(ics_date(ical, a->start)));
		ical->icalcomponent_add_property(ev, ical->icalproperty_new_dtend(ics_date(ical, a->end + 1)));
		return;
	}
	/* No end time, or one not after the start: an hour, as the conflict
	 * check assumes (query.h). */
	if (!wp_ics_parse_hhmm(a->end_time, &end) || end <= start)
		end = start + 60;
	ical->icalcomponent_add_property(ev, with_tzid(ical, ical->icalproperty_new_dtstart(
					       ics_local_time(ical, a->start, start))));
	ical->icalcomponent_add_property(ev, with_tzid(ical, ical->icalproperty_new_dtend(
					       ics_local_time(ical, a->start, end))));
	if (a->end > a->start) {
		struct icalrecurrencetype r;
		ical->icalrecurrencetype_clear(&r);
		r.freq = ICAL_DAILY_RECURRENCE;
		r.count = a->end - a->start + 1;
		ical->icalcomponent_add_property(ev, ical->icalproperty_new_rrule(r));
	}
}

static char *activity_summary(const wp_share_activity *a)
{
	wp_buf b = WP_BUF_INIT;
	if (a->number && *a->number)
		wp_ics_put_number(&b, a->number);
	wp_ics_put_clean(&b, a->title, false);
	return wp_buf_take(&b);
}

/* An activity without a date of its own, placed over the period. */
static bool in_period_only(const wp_share *share, const wp_share_activity *a)
{
	return a->start == WP_DATE_NONE && share->start != WP_DATE_NONE;
}

static char *activity_description(const wp_share_activity *a, bool undated)
{
	wp_buf b = WP_BUF_INIT;
	if (undated)
		wp_buf_printf(&b, "%s\n", WP_TR("The notice gives no date: some time in the campaign period."));
	wp_ics_put_names(&b, WP_TR("Lead units:"), &a->lead);
	wp_ics_put_names(&b, WP_TR("Cooperating units:"), &a->cooperate);
	if (a->description && *a->description) {
		if (b.len)
			wp_buf_putc(&b, '\n');
		wp_ics_put_clean(&b, a->description, true);
	}
	return wp_buf_take(&b);
}

static void add_text(const struct wp_ics_lib *ical, icalcomponent *ev, icalproperty *(*make)(const char *),
		     char *text)
{
	if (text && *text)
		ical->icalcomponent_add_property(ev, make(text));
	free(text);
}

/* The parts every event has: UID, stamp, summary, the campaign as its
 * category. */
static icalcomponent *new_event(const struct wp_ics_lib *ical, struct icaltimetype stamp, const char *uid,
				char *summary, const char *category)
{
	icalcomponent *ev = ical->icalcomponent_new_vevent();
	ical->icalcomponent_add_property(ev, ical->icalproperty_new_uid(uid));
	ical->icalcomponent_add_property(ev, ical->icalproperty_new_dtstamp(stamp));
	add_text(ical, ev, ical->icalproperty_new_summary, summary);
	if (category && *category)
		ical->icalcomponent_add_property(ev, ical->icalproperty_new_categories(category));
	return ev;
}

static void add_activity(const struct wp_ics_lib *ical, icalcomponent *cal, const wp_share *share,
			 const wp_share_activity *a, struct icaltimetype stamp, const char *category)
{
	char uid[WP_SHARE_UID_SIZE], day[WP_DATE_ISO_SIZE] = "";
	/* an activity without a number is told from another of the same
	 * title (升旗仪式 on two days) by its day */
	bool numbered = a->number && *a->number;
	if (!numbered && a->start != WP_DATE_NONE)
		wp_date_format(a->start, day);
	wp_share_uid(share, "activity", numbered ? a->number : day, a->title, uid);
	bool undated = in_period_only(share, a);
	char *summary = activity_summary(a);
	if (undated) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, WP_TR("%s (date not fixed)"), summary);
		free(summary);
		summary = wp_buf_take(&b);
	}
	icalcomponent *ev = new_event(ical, stamp, uid, summary, category);
	if (undated) {
		wp_share_activity during = *a;
		during.start = share->start;
		during.end = share->end != WP_DATE_NONE ? share->end : share->start;
		during.start_time = during.end_time = NULL;
		set_activity_times(ical, ev, &during);
		/* it may be any day of the period: nobody is made busy by it */
		ical->icalcomponent_add_property(ev, ical->icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	} else {
		set_activity_times(ical, ev, a);
	}
	if (a->location && *a->location)
		add_text(ical, ev, ical->icalproperty_new_location, wp_ics_clean(a->location, false));
	add_text(ical, ev, ical->icalproperty_new_description, activity_description(a, undated));
	ical->icalcomponent_add_component(cal, ev);
}

/* ---- deadlines --------------------------------------------------------- */

static void put_owner(wp_buf *b, const wp_owner *o)
{
	char day[WP_DATE_ISO_SIZE];
	char *name = wp_ics_clean(o->name, false);
	wp_buf_putc(b, '\n');
	if (o->submitted_on != WP_DATE_NONE)
		wp_buf_printf(b, WP_TR("%s: submitted on %s"), name,
			      wp_date_format(o->submitted_on, day));
	else
		wp_buf_printf(b, WP_TR("%s: pending"), name);
	free(name);
}

/* The rule as the notice writes it, to whom the report goes, and who
 * submits it with each one's state: in a calendar cut for one unit, only
 * that unit's own. */
static char *deadline_description(const wp_share *share, const wp_deadline_item *d)
{
	wp_buf b = WP_BUF_INIT;
	if (d->rule_text && *d->rule_text)
		wp_ics_put_clean(&b, d->rule_text, true);
	if (d->submit_to && *d->submit_to) {
		if (b.len)
			wp_buf_putc(&b, '\n');
		wp_ics_put_label(&b, WP_TR("Submit to:"));
		wp_ics_put_clean(&b, d->submit_to, false);
	}
	if (share->unit_id) {
		const wp_owner *own = wp_share_owner(share, d);
		if (own)
			put_owner(&b, own);
	} else {
		for (size_t o = 0; o < d->nowners; o++)
			put_owner(&b, &d->owners[o]);
	}
	/* A leading newline is left when there is no rule and no address. */
	if (b.len && b.data[0] == '\n') {
		char *s = wp_buf_take(&b);
		memmove(s, s + 1, strlen(s));
		return s;
	}
	return wp_buf_take(&b);
}

/* An event, not a VTODO with DUE: phone calendars show events and most
 * leave to-dos out or in another app, and a date to submit by is what
 * staff need to see in the week it falls in. */
static void add_deadline(const struct wp_ics_lib *ical, icalcomponent *cal, const wp_share *share,
			 const wp_deadline_item *d, struct icaltimetype stamp, const char *category)
{
	char uid[WP_SHARE_UID_SIZE];
	wp_share_uid(share, "deadline", d->what, d->rule_text, uid);
	char *what = wp_ics_clean(d->what, false);
	wp_buf summary = WP_BUF_INIT;
	wp_buf_printf(&summary, WP_TR("Due: %s"), what);
	free(what);
	icalcomponent *ev = new_event(ical, stamp, uid, wp_buf_take(&summary), category);
	ical->icalcomponent_add_property(ev, ical->icalproperty_new_dtstart(ics_date(ical, d->due)));
	ical->icalcomponent_add_property(ev, ical->icalproperty_new_dtend(ics_date(ical, d->due + 1)));
	/* A reminder, not a meeting: it does not make anyone busy. */
	ical->icalcomponent_add_property(ev, ical->icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	add_text(ical, ev, ical->icalproperty_new_description, deadline_description(share, d));
	ical->icalcomponent_add_component(cal, ev);
}

/* ---- the calendar ------------------------------------------------------ */

/* What has no date and so is not in the calendar, one per line, or NULL. */
static char *undated_list(const wp_share *share)
{
	wp_buf b = WP_BUF_INIT;
	for (size_t i = 0; i < share->nactivities; i++) {
		if (share->activities[i].start != WP_DATE_NONE || in_period_only(share, &share->activities[i]))
			continue;
		char *s = activity_summary(&share->activities[i]);
		wp_buf_printf(&b, "\n- %s", s);
		free(s);
	}
	for (size_t i = 0; i < share->deadlines.n; i++) {
		if (share->deadlines.items[i].due != WP_DATE_NONE)
			continue;
		char *what = wp_ics_clean(share->deadlines.items[i].what, false);
		wp_buf_puts(&b, "\n- ");
		wp_buf_printf(&b, WP_TR("Due: %s"), what);
		free(what);
	}
	if (!b.len)
		return NULL;
	wp_buf out = WP_BUF_INIT;
	wp_buf_puts(&out, WP_TR("Not in this calendar (no date):"));
	wp_buf_puts(&out, wp_buf_str(&b));
	wp_buf_free(&b);
	return wp_buf_take(&out);
}

static void add_x_text(const struct wp_ics_lib *ical, icalcomponent *cal, const char *name, const char *text)
{
	char *v = wp_ics_x_value(text);
	icalproperty *p = ical->icalproperty_new_x(v);
	ical->icalproperty_set_x_name(p, name);
	ical->icalcomponent_add_property(cal, p);
	free(v);
}

static void add_header(const struct wp_ics_lib *ical, icalcomponent *cal, const wp_share *share)
{
	wp_buf prodid = WP_BUF_INIT;
	wp_buf_printf(&prodid, "-//weekplan//weekplan %s//ZH", PACKAGE_VERSION);
	ical->icalcomponent_add_property(cal, ical->icalproperty_new_prodid(wp_buf_str(&prodid)));
	wp_buf_free(&prodid);
	ical->icalcomponent_add_property(cal, ical->icalproperty_new_version("2.0"));
	ical->icalcomponent_add_property(cal, ical->icalproperty_new_calscale("GREGORIAN"));
	ical->icalcomponent_add_property(cal, ical->icalproperty_new_method(ICAL_METHOD_PUBLISH));
	wp_buf name = WP_BUF_INIT;
	wp_ics_put_clean(&name, share->title, false);
	if (share->unit) {
		wp_buf_puts(&name, " - ");
		wp_ics_put_clean(&name, share->unit, false);
	}
	add_x_text(ical, cal, "X-WR-CALNAME", wp_buf_str(&name));
	wp_buf_free(&name);
	add_x_text(ical, cal, "X-WR-TIMEZONE", ICS_TZID);
	char *undated = undated_list(share);
	if (undated)
		add_x_text(ical, cal, "X-WR-CALDESC", undated);
	free(undated);
}

static icalcomponent *build_calendar(const struct wp_ics_lib *ical, const wp_share *share,
				     const wp_export_opts *opts)
{
	icalcomponent *cal = ical->icalcomponent_new_vcalendar();
	add_header(ical, cal, share);
	/* Always written, even when no event is timed: X-WR-TIMEZONE names
	 * the zone, so the file carries what it names, and calendars of the
	 * same campaign differ only in their events. */
	ical->icalcomponent_add_component(cal, shanghai_vtimezone(ical));
	struct icaltimetype stamp = ics_stamp(ical, opts, share);
	char *category = wp_ics_x_value(share->title);
	for (size_t i = 0; i < share->nactivities; i++)
		if (share->activities[i].start != WP_DATE_NONE || in_period_only(share, &share->activities[i]))
			add_activity(ical, cal, share, &share->activities[i], stamp, category);
	for (size_t i = 0; i < share->deadlines.n; i++)
		if (share->deadlines.items[i].due != WP_DATE_NONE)
			add_deadline(ical, cal, share, &share->deadlines.items[i], stamp, category);
	free(category);
	return cal;
}

int wp_export_ics(const wp_share *share, const wp_export_opts *opts, FILE *out, wp_err *err)
{
	struct wp_ics_lib lib;
	if (wp_ics_lib_load(&lib, err) != 0)
		return -1;
	const struct wp_ics_lib *ical = &lib;
	icalcomponent *cal = build_calendar(ical, share, opts);
	char *text = ical->icalcomponent_as_ical_string_r(cal);
	ical->icalcomponent_free(cal);
	if (!text)
		return wp_err_set(err, WP_TR("libical could not write the calendar: %s"),
				  ical->icalerror_strerror(*ical->icalerrno_return()));
	size_t n = strlen(text);
	int rc = 0;
	if (fwrite(text, 1, n, out) != n || fflush(out) != 0)
		rc = wp_err_set(err, WP_TR("writing the calendar: %s"), strerror(errno));
	ical->icalmemory_free_buffer(text);
	return rc;
}
