/* check_ics.c - the iCalendar export: what libical reads back from it,
 * and the bytes of the file (folding, escaping, line ends). */
#include "config.h"

#include <libical/ical.h>

#include "campaign.h"
#include "export.h"
#include "plan.h"
#include "share.h"
#include "testutil.h"
#include "text.h"

static wp_store *st;

static void setup(void)
{
	st = open_demo();
}

static void teardown(void)
{
	wp_store_close(st);
}

static const char *const demo_campaigns[] = {"鹿寨", "朝阳", "临夏", "荣昌", "濮阳"};
#define NDEMO (sizeof demo_campaigns / sizeof *demo_campaigns)

static void load(const char *campaign, const char *unit, wp_share *share)
{
	wp_campaign_ref ref;
	wp_err err;
	ck_assert_msg(wp_campaign_find(st, campaign, &ref, &err) == 0, "%s", err.msg);
	int rc = wp_share_load(st, ref.id, unit, share, &err);
	ck_assert_msg(rc == 0, "loading %s: %s", campaign, err.msg);
	wp_campaign_ref_clear(&ref);
}

/* The export of share as text (caller frees). */
static char *export_text(const wp_share *share, const char *today)
{
	char *text = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&text, &n);
	ck_assert_ptr_nonnull(f);
	wp_export_opts opts = {.today = D(today)};
	wp_err err;
	int rc = wp_export_ics(share, &opts, f, &err);
	ck_assert_msg(rc == 0, "export: %s", err.msg);
	fclose(f);
	return text;
}

static icalcomponent *parse(const char *text)
{
	icalcomponent *cal = icalparser_parse_string(text);
	ck_assert_ptr_nonnull(cal);
	ck_assert_int_eq(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
	return cal;
}

static size_t count_events(icalcomponent *cal)
{
	return (size_t)icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT);
}

static size_t dated_items(const wp_share *share)
{
	size_t n = 0;
	/* an activity with no date is placed over the period, when there is one */
	for (size_t i = 0; i < share->nactivities; i++)
		n += share->activities[i].start != WP_DATE_NONE || share->start != WP_DATE_NONE;
	for (size_t i = 0; i < share->deadlines.n; i++)
		n += share->deadlines.items[i].due != WP_DATE_NONE;
	return n;
}

static icalcomponent *event_with_uid(icalcomponent *cal, const char *uid)
{
	for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
		if (strcmp(icalcomponent_get_uid(ev), uid) == 0)
			return ev;
	ck_abort_msg("no event with UID %s", uid);
	return NULL;
}

static const char *x_property(icalcomponent *cal, const char *name)
{
	for (icalproperty *p = icalcomponent_get_first_property(cal, ICAL_X_PROPERTY); p;
	     p = icalcomponent_get_next_property(cal, ICAL_X_PROPERTY))
		if (strcmp(icalproperty_get_x_name(p), name) == 0)
			return icalproperty_get_x(p);
	return NULL;
}

/* Every physical line ends with CRLF, holds at most 75 octets, is UTF-8
 * on its own (no character split by a fold) and holds no forbidden
 * character. */
static void assert_lines_sound(const char *text)
{
	size_t nlines = 0;
	for (const char *line = text; *line; nlines++) {
		const char *eol = strstr(line, "\r\n");
		ck_assert_msg(eol != NULL, "line %zu does not end with CRLF", nlines + 1);
		size_t len = (size_t)(eol - line);
		ck_assert_msg(len <= 75, "line %zu has %zu octets: %.*s", nlines + 1, len, (int)len,
			      line);
		char *copy = strndup(line, len);
		wp_err err;
		ck_assert_msg(wp_text_check(copy, "line", WP_TEXT_SINGLE_LINE, &err) == 0,
			      "line %zu: %s", nlines + 1, err.msg);
		free(copy);
		line = eol + 2;
	}
	ck_assert_uint_gt(nlines, 0);
}

START_TEST(the_calendar_has_one_event_per_dated_activity_and_deadline)
{
	for (size_t c = 0; c < NDEMO; c++) {
		wp_share share;
		load(demo_campaigns[c], NULL, &share);
		char *text = export_text(&share, "2026-04-20");
		icalcomponent *cal = parse(text);
		ck_assert_msg(count_events(cal) == dated_items(&share), "%s: %zu events for %zu",
			      demo_campaigns[c], count_events(cal), dated_items(&share));
		icalcomponent_free(cal);
		free(text);
		wp_share_clear(&share);
	}
	/* The counts are not trivially zero: 朝阳 has undated items too. */
	wp_share share;
	load("朝阳", NULL, &share);
	ck_assert_uint_gt(dated_items(&share), 0);
	ck_assert_uint_lt(dated_items(&share), share.nactivities + share.deadlines.n);
	wp_share_clear(&share);
}
END_TEST

START_TEST(the_header_names_the_calendar_and_its_zone)
{
	wp_share share;
	load("朝阳", NULL, &share);
	char *text = export_text(&share, "2026-04-20");
	icalcomponent *cal = parse(text);
	ck_assert_str_eq(icalcomponent_get_first_property(cal, ICAL_VERSION_PROPERTY) ?
				 icalproperty_get_version(icalcomponent_get_first_property(
					 cal, ICAL_VERSION_PROPERTY)) :
				 "",
			 "2.0");
	ck_assert_str_eq(icalproperty_get_prodid(
				 icalcomponent_get_first_property(cal, ICAL_PRODID_PROPERTY)),
			 "-//weekplan//weekplan " PACKAGE_VERSION "//ZH");
	ck_assert_int_eq(icalproperty_get_method(
				 icalcomponent_get_first_property(cal, ICAL_METHOD_PROPERTY)),
			 ICAL_METHOD_PUBLISH);
	ck_assert_str_eq(icalproperty_get_calscale(
				 icalcomponent_get_first_property(cal, ICAL_CALSCALE_PROPERTY)),
			 "GREGORIAN");
	ck_assert_str_eq(x_property(cal, "X-WR-CALNAME"), share.title);
	ck_assert_str_eq(x_property(cal, "X-WR-TIMEZONE"), "Asia/Shanghai");
	icalcomponent *tz = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
	ck_assert_ptr_nonnull(tz);
	ck_assert_str_eq(icalproperty_get_tzid(icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY)),
			 "Asia/Shanghai");
	icalcomponent *std = icalcomponent_get_first_component(tz, ICAL_XSTANDARD_COMPONENT);
	ck_assert_ptr_nonnull(std);
	ck_assert_int_eq(icalproperty_get_tzoffsetto(
				 icalcomponent_get_first_property(std, ICAL_TZOFFSETTO_PROPERTY)),
			 8 * 3600);
	ck_assert_ptr_null(icalcomponent_get_first_component(tz, ICAL_XDAYLIGHT_COMPONENT));
	icalcomponent_free(cal);
	free(text);
	wp_share_clear(&share);
}
END_TEST

static void assert_timed(icalcomponent *ev, const wp_share_activity *a)
{
	icalproperty *p = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
	icalparameter *tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
	ck_assert_ptr_nonnull(tzid);
	ck_assert_str_eq(icalparameter_get_tzid(tzid), "Asia/Shanghai");
	struct icaltimetype t = icalproperty_get_dtstart(p);
	ck_assert(!t.is_date);
	int y, m, d;
	wp_date_to_ymd(a->start, &y, &m, &d);
	ck_assert_int_eq(t.year * 10000 + t.month * 100 + t.day, y * 10000 + m * 100 + d);
	char hhmm[6];
	snprintf(hhmm, sizeof hhmm, "%02d:%02d", t.hour, t.minute);
	ck_assert_str_eq(hhmm, a->start_time);
	p = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY);
	ck_assert_ptr_nonnull(icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER));
	struct icaltimetype e = icalproperty_get_dtend(p);
	if (a->end_time) {
		snprintf(hhmm, sizeof hhmm, "%02d:%02d", e.hour, e.minute);
		ck_assert_str_eq(hhmm, a->end_time);
	} else {
		ck_assert_int_eq(e.hour * 60 + e.minute, t.hour * 60 + t.minute + 60);
	}
	ck_assert_int_eq(e.day, t.day);
}

static void assert_all_day(icalcomponent *ev, const wp_share_activity *a)
{
	icalproperty *p = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
	ck_assert_int_eq(icalvalue_isa(icalproperty_get_value(p)), ICAL_DATE_VALUE);
	struct icaltimetype t = icalproperty_get_dtstart(p);
	ck_assert(t.is_date);
	ck_assert_int_eq(wp_date_from_ymd(t.year, t.month, t.day), a->start);
	p = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY);
	ck_assert_int_eq(icalvalue_isa(icalproperty_get_value(p)), ICAL_DATE_VALUE);
	struct icaltimetype e = icalproperty_get_dtend(p);
	/* Exclusive: the day after the last day. */
	ck_assert_int_eq(wp_date_from_ymd(e.year, e.month, e.day), a->end + 1);
}

START_TEST(activity_times_are_in_shanghai_or_all_day_with_an_exclusive_end)
{
	int ntimed = 0, nall_day = 0;
	for (size_t c = 0; c < NDEMO; c++) {
		wp_share share;
		load(demo_campaigns[c], NULL, &share);
		char *text = export_text(&share, "2026-04-20");
		icalcomponent *cal = parse(text);
		for (size_t i = 0; i < share.nactivities; i++) {
			const wp_share_activity *a = &share.activities[i];
			if (a->start == WP_DATE_NONE)
				continue;
			char uid[WP_SHARE_UID_SIZE];
			wp_share_uid(&share, "activity", a->number, a->title, uid);
			icalcomponent *ev = event_with_uid(cal, uid);
			if (a->start_time)
				assert_timed(ev, a), ntimed++;
			else
				assert_all_day(ev, a), nall_day++;
		}
		icalcomponent_free(cal);
		free(text);
		wp_share_clear(&share);
	}
	ck_assert_int_gt(ntimed, 0);
	ck_assert_int_gt(nall_day, 0);
}
END_TEST

START_TEST(deadlines_are_all_day_events_due_that_day)
{
	wp_share share;
	load("荣昌", NULL, &share);
	char *text = export_text(&share, "2026-04-20");
	icalcomponent *cal = parse(text);
	size_t checked = 0;
	for (size_t i = 0; i < share.deadlines.n; i++) {
		const wp_deadline_item *d = &share.deadlines.items[i];
		if (d->due == WP_DATE_NONE)
			continue;
		char uid[WP_SHARE_UID_SIZE];
		wp_share_uid(&share, "deadline", d->what, d->rule_text, uid);
		icalcomponent *ev = event_with_uid(cal, uid);
		struct icaltimetype t = icalcomponent_get_dtstart(ev);
		ck_assert(t.is_date);
		ck_assert_int_eq(wp_date_from_ymd(t.year, t.month, t.day), d->due);
		char summary[512];
		snprintf(summary, sizeof summary, "Due: %s", d->what);
		ck_assert_str_eq(icalcomponent_get_summary(ev), summary);
		const char *desc = icalcomponent_get_description(ev);
		ck_assert_ptr_nonnull(strstr(desc, d->rule_text));
		if (d->submit_to)
			ck_assert_ptr_nonnull(strstr(desc, d->submit_to));
		for (size_t o = 0; o < d->nowners; o++)
			ck_assert_ptr_nonnull(strstr(desc, d->owners[o].name));
		checked++;
	}
	ck_assert_uint_gt(checked, 0);
	icalcomponent_free(cal);
	free(text);
	wp_share_clear(&share);
}
END_TEST

START_TEST(undated_items_are_named_in_the_calendar_description)
{
	/* 朝阳: its undated activities fall in its period, its undated
	 * deadline (随时报送) has no day at all */
	wp_share share;
	load("朝阳", NULL, &share);
	char *text = export_text(&share, "2026-04-20");
	icalcomponent *cal = parse(text);
	const char *desc = x_property(cal, "X-WR-CALDESC");
	ck_assert_ptr_nonnull(desc);
	size_t named = 0, placed = 0;
	for (size_t i = 0; i < share.nactivities; i++) {
		if (share.activities[i].start != WP_DATE_NONE)
			continue;
		/* an event over the period, marked as not fixed and not busy */
		ck_assert_ptr_null(strstr(desc, share.activities[i].title));
		for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
		     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
			const char *summary = icalcomponent_get_summary(ev);
			if (!strstr(summary, share.activities[i].title))
				continue;
			ck_assert_ptr_nonnull(strstr(summary, "date not fixed"));
			char day[WP_DATE_ISO_SIZE];
			struct icaltimetype from = icalcomponent_get_dtstart(ev), to = icalcomponent_get_dtend(ev);
			ck_assert(from.is_date);
			snprintf(day, sizeof day, "%04d-%02d-%02d", from.year, from.month, from.day);
			ck_assert_str_eq(day, wp_date_format(share.start, (char[WP_DATE_ISO_SIZE]){0}));
			snprintf(day, sizeof day, "%04d-%02d-%02d", to.year, to.month, to.day);
			ck_assert_str_eq(day, wp_date_format(share.end + 1, (char[WP_DATE_ISO_SIZE]){0}));
			ck_assert_int_eq(icalproperty_get_transp(icalcomponent_get_first_property(ev, ICAL_TRANSP_PROPERTY)),
					 ICAL_TRANSP_TRANSPARENT);
			placed++;
		}
	}
	for (size_t i = 0; i < share.deadlines.n; i++)
		if (share.deadlines.items[i].due == WP_DATE_NONE) {
			ck_assert_ptr_nonnull(strstr(desc, share.deadlines.items[i].what));
			named++;
		}
	ck_assert_uint_gt(named, 0);
	ck_assert_uint_gt(placed, 0);
	icalcomponent_free(cal);
	free(text);
	wp_share_clear(&share);
}
END_TEST

START_TEST(uids_are_the_same_in_two_exports_and_distinct_in_one)
{
	for (size_t c = 0; c < NDEMO; c++) {
		wp_share one, two;
		load(demo_campaigns[c], NULL, &one);
		load(demo_campaigns[c], NULL, &two);
		char *a = export_text(&one, "2026-04-20");
		char *b = export_text(&two, "2026-05-01");
		icalcomponent *ca = parse(a), *cb = parse(b);
		icalcomponent *ea = icalcomponent_get_first_component(ca, ICAL_VEVENT_COMPONENT);
		icalcomponent *eb = icalcomponent_get_first_component(cb, ICAL_VEVENT_COMPONENT);
		const char *seen[64];
		size_t n = 0;
		for (; ea && eb; n++) {
			ck_assert_str_eq(icalcomponent_get_uid(ea), icalcomponent_get_uid(eb));
			ck_assert_uint_lt(n, 64);
			for (size_t k = 0; k < n; k++)
				ck_assert_str_ne(seen[k], icalcomponent_get_uid(ea));
			seen[n] = icalcomponent_get_uid(ea);
			ea = icalcomponent_get_next_component(ca, ICAL_VEVENT_COMPONENT);
			eb = icalcomponent_get_next_component(cb, ICAL_VEVENT_COMPONENT);
		}
		ck_assert(!ea && !eb);
		icalcomponent_free(ca), icalcomponent_free(cb);
		free(a), free(b);
		wp_share_clear(&one), wp_share_clear(&two);
	}
}
END_TEST

/* A day's schedule numbers nothing, and may hold the same event twice
 * (升旗仪式 each Monday): without a number to tell them apart, the day
 * does, so each has a UID of its own; and an activity with a number keeps
 * the UID it had (number and title), so calendars already imported update
 * in place. */
START_TEST(unnumbered_activities_of_one_title_have_distinct_uids)
{
	static const char plan[] =
		"{\"weekplan_plan\": 1, \"title\": \"日程\", \"region\": \"测试县\",\n"
		" \"period\": {\"start\": \"2026-06-01\", \"end\": \"2026-06-12\"},\n"
		" \"activities\": [{\"no\": null, \"title\": \"升旗仪式\", \"start\": \"2026-06-01\"},\n"
		"   {\"no\": null, \"title\": \"升旗仪式\", \"start\": \"2026-06-08\"},\n"
		"   {\"no\": \"三\", \"title\": \"讲座\", \"start\": \"2026-06-09\"}]}\n";
	wp_err err;
	int64_t id;
	ck_assert_msg(wp_plan_import(st, plan, strlen(plan), 0, &id, &err) == 0, "%s", err.msg);
	wp_share share;
	ck_assert_msg(wp_share_load(st, id, NULL, &share, &err) == 0, "%s", err.msg);
	char *text = export_text(&share, "2026-06-01");
	icalcomponent *cal = parse(text);
	const char *uids[3];
	size_t n = 0;
	for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev && n < 3;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
		uids[n++] = icalcomponent_get_uid(ev);
	ck_assert_uint_eq(n, 3);
	ck_assert_str_ne(uids[0], uids[1]);
	char numbered[WP_SHARE_UID_SIZE];
	wp_share_uid(&share, "activity", "三", "讲座", numbered);
	ck_assert_str_eq(uids[2], numbered);
	icalcomponent_free(cal);
	free(text);
	wp_share_clear(&share);
}
END_TEST

START_TEST(the_stamp_is_midnight_utc_of_today_and_the_output_reproducible)
{
	wp_share share;
	load("朝阳", NULL, &share);
	char *a = export_text(&share, "2026-04-20");
	char *b = export_text(&share, "2026-04-20");
	ck_assert_str_eq(a, b);
	icalcomponent *cal = parse(a);
	icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
	struct icaltimetype t = icalcomponent_get_dtstamp(ev);
	ck_assert(icaltime_is_utc(t));
	ck_assert_str_eq(icaltime_as_ical_string(t), "20260420T000000Z");
	icalcomponent_free(cal);
	free(a), free(b);
	wp_share_clear(&share);
}
END_TEST

/* ---- text: a share made here, with what files must survive ------------ */

static wp_share_activity made_activity(char *title, char *description, char *location)
{
	wp_share_activity a = {0};
	a.number = "一";
	a.title = title;
	a.description = description;
	a.location = location;
	a.start = a.end = D("2026-04-21");
	return a;
}

static wp_share made_share(wp_share_activity *acts, size_t n)
{
	wp_share s = {0};
	s.title = "测试方案";
	s.region = "测试市";
	s.start = D("2026-04-20"), s.end = D("2026-04-26");
	s.activities = acts;
	s.nactivities = n;
	return s;
}

START_TEST(commas_semicolons_backslashes_and_newlines_round_trip)
{
	wp_share_activity a = made_activity("a,b;c\\d", "line 1\nline 2, with; all\\ of them",
					    "Room 3; floor 2, east\\wing");
	wp_share share = made_share(&a, 1);
	share.title = "Plan, one; two\\three";
	char *text = export_text(&share, "2026-04-20");
	icalcomponent *cal = parse(text);
	icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
	ck_assert_str_eq(icalcomponent_get_summary(ev), "一、a,b;c\\d");
	ck_assert_str_eq(icalcomponent_get_description(ev), "line 1\nline 2, with; all\\ of them");
	ck_assert_str_eq(icalcomponent_get_location(ev), "Room 3; floor 2, east\\wing");
	/* In the text, every one of them is escaped. */
	ck_assert_ptr_nonnull(strstr(text, "SUMMARY:一、a\\,b\\;c\\\\d\r\n"));
	/* libical 3.0 leaves , and ; bare in X- properties: they are written
	 * full width, so that the name stays one value. */
	ck_assert_str_eq(x_property(cal, "X-WR-CALNAME"), "Plan， one； two\\three");
	icalcomponent_free(cal);
	free(text);
}
END_TEST

START_TEST(forbidden_characters_never_reach_the_file)
{
	wp_share_activity a = made_activity("esc\x1b[31m c1\xc2\x9b bidi\xe2\x80\xae tab\t bad\xff",
					    "cr\r\nnul-free \x07 bell", "del\x7f");
	wp_share share = made_share(&a, 1);
	char *text = export_text(&share, "2026-04-20");
	assert_lines_sound(text);
	icalcomponent *cal = parse(text);
	icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
	ck_assert_ptr_nonnull(strstr(icalcomponent_get_summary(ev), "<U+001B>"));
	ck_assert_ptr_nonnull(strstr(icalcomponent_get_summary(ev), "<U+009B>"));
	icalcomponent_free(cal);
	free(text);
}
END_TEST

/* Texts that put every kind of character across the fold: libical folds
 * at 75 octets and must not split a character of two, three or four
 * bytes, whatever the ASCII before it shifts them by. */
START_TEST(folded_lines_keep_75_octets_and_whole_characters)
{
	const char *pieces[] = {"知识产权", "é", "𠮷", "a", " ", "；", "\\", ","};
	for (int shift = 0; shift < 8; shift++) {
		wp_buf title = WP_BUF_INIT, desc = WP_BUF_INIT;
		for (int i = 0; i < shift; i++)
			wp_buf_putc(&title, 'x');
		/* libical's parser drops white space at either end of a value. */
		wp_buf_puts(&desc, "始");
		for (int i = 0; i < 90; i++) {
			wp_buf_puts(&title, pieces[(i * 3 + shift) % 8]);
			wp_buf_puts(&desc, pieces[(i + shift) % 8]);
			if (i % 17 == 0)
				wp_buf_putc(&desc, '\n');
		}
		wp_buf_puts(&title, "末"), wp_buf_puts(&desc, "末");
		wp_share_activity a = made_activity(title.data, desc.data, NULL);
		wp_share share = made_share(&a, 1);
		char *text = export_text(&share, "2026-04-20");
		assert_lines_sound(text);
		icalcomponent *cal = parse(text);
		icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
		ck_assert_str_eq(icalcomponent_get_description(ev), desc.data);
		ck_assert_str_eq(icalcomponent_get_summary(ev) + strlen("一、"), title.data);
		icalcomponent_free(cal);
		free(text);
		wp_buf_free(&title), wp_buf_free(&desc);
	}
	for (size_t c = 0; c < NDEMO; c++) {
		wp_share share;
		load(demo_campaigns[c], NULL, &share);
		char *text = export_text(&share, "2026-04-20");
		assert_lines_sound(text);
		free(text);
		wp_share_clear(&share);
	}
}
END_TEST

START_TEST(a_timed_activity_of_several_days_repeats_daily)
{
	wp_share_activity a = made_activity("展览", NULL, NULL);
	a.start = D("2026-04-20"), a.end = D("2026-04-22");
	a.start_time = "09:00", a.end_time = "17:30";
	wp_share share = made_share(&a, 1);
	char *text = export_text(&share, "2026-04-20");
	icalcomponent *cal = parse(text);
	icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
	icalproperty *rrule = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY);
	ck_assert_ptr_nonnull(rrule);
	struct icalrecurrencetype r = icalproperty_get_rrule(rrule);
	ck_assert_int_eq(r.freq, ICAL_DAILY_RECURRENCE);
	ck_assert_int_eq(r.count, 3);
	struct icaltimetype end =
		icalproperty_get_dtend(icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY));
	ck_assert_int_eq(end.day, 20);
	ck_assert_int_eq(end.hour * 60 + end.minute, 17 * 60 + 30);
	icalcomponent_free(cal);
	free(text);
}
END_TEST

/* ---- a calendar for one unit ------------------------------------------- */

START_TEST(a_unit_that_owns_nothing_gets_a_valid_empty_calendar)
{
	wp_share share;
	load("朝阳", "市科技局", &share);
	ck_assert_uint_eq(dated_items(&share), 0);
	char *text = export_text(&share, "2026-04-20");
	assert_lines_sound(text);
	icalcomponent *cal = parse(text);
	ck_assert_uint_eq(count_events(cal), 0);
	ck_assert_ptr_nonnull(strstr(x_property(cal, "X-WR-CALNAME"), "市科技局"));
	icalcomponent_free(cal);
	free(text);
	wp_share_clear(&share);
}
END_TEST

static bool names_have(const wp_names *names, const char *unit)
{
	for (size_t i = 0; i < names->n; i++)
		if (strcmp(names->v[i], unit) == 0)
			return true;
	return false;
}

START_TEST(a_unit_calendar_holds_only_what_the_unit_leads_cooperates_in_or_owes)
{
	const char *unit = "河包镇人民政府";
	wp_share whole, cut;
	load("荣昌", NULL, &whole);
	load("荣昌", unit, &cut);
	char *text = export_text(&cut, "2026-04-20");
	icalcomponent *cal = parse(text);
	size_t expected = 0;
	for (size_t i = 0; i < whole.nactivities; i++) {
		const wp_share_activity *a = &whole.activities[i];
		if (a->start != WP_DATE_NONE &&
		    (names_have(&a->lead, unit) || names_have(&a->cooperate, unit))) {
			char uid[WP_SHARE_UID_SIZE];
			wp_share_uid(&whole, "activity", a->number, a->title, uid);
			event_with_uid(cal, uid);
			expected++;
		}
	}
	for (size_t i = 0; i < whole.deadlines.n; i++) {
		const wp_deadline_item *d = &whole.deadlines.items[i];
		for (size_t o = 0; d->due != WP_DATE_NONE && o < d->nowners; o++)
			expected += strcmp(d->owners[o].name, unit) == 0;
	}
	ck_assert_uint_gt(expected, 0);
	ck_assert_uint_lt(expected, dated_items(&whole));
	ck_assert_uint_eq(count_events(cal), expected);
	icalcomponent_free(cal);
	free(text);
	wp_share_clear(&whole), wp_share_clear(&cut);
}
END_TEST

START_TEST(a_unit_calendar_shows_only_the_units_own_submission)
{
	const char *unit = "区法院";
	wp_share cut;
	load("荣昌", unit, &cut);
	char *text = export_text(&cut, "2026-04-20");
	icalcomponent *cal = parse(text);
	size_t checked = 0;
	for (size_t i = 0; i < cut.deadlines.n; i++) {
		const wp_deadline_item *d = &cut.deadlines.items[i];
		if (d->due == WP_DATE_NONE || d->nowners < 2)
			continue;
		char uid[WP_SHARE_UID_SIZE];
		wp_share_uid(&cut, "deadline", d->what, d->rule_text, uid);
		const char *desc = icalcomponent_get_description(event_with_uid(cal, uid));
		for (size_t o = 0; o < d->nowners; o++) {
			bool own = strcmp(d->owners[o].name, unit) == 0;
			ck_assert_msg((strstr(desc, d->owners[o].name) != NULL) == own,
				      "%s in %s", d->owners[o].name, desc);
		}
		checked++;
	}
	ck_assert_uint_gt(checked, 0);
	icalcomponent_free(cal);
	free(text);
	wp_share_clear(&cut);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("ics");
	TCase *tc = tcase_create("ics");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, the_calendar_has_one_event_per_dated_activity_and_deadline);
	tcase_add_test(tc, the_header_names_the_calendar_and_its_zone);
	tcase_add_test(tc, activity_times_are_in_shanghai_or_all_day_with_an_exclusive_end);
	tcase_add_test(tc, deadlines_are_all_day_events_due_that_day);
	tcase_add_test(tc, undated_items_are_named_in_the_calendar_description);
	tcase_add_test(tc, uids_are_the_same_in_two_exports_and_distinct_in_one);
	tcase_add_test(tc, unnumbered_activities_of_one_title_have_distinct_uids);
	tcase_add_test(tc, the_stamp_is_midnight_utc_of_today_and_the_output_reproducible);
	tcase_add_test(tc, commas_semicolons_backslashes_and_newlines_round_trip);
	tcase_add_test(tc, forbidden_characters_never_reach_the_file);
	tcase_add_test(tc, folded_lines_keep_75_octets_and_whole_characters);
	tcase_add_test(tc, a_timed_activity_of_several_days_repeats_daily);
	tcase_add_test(tc, a_unit_that_owns_nothing_gets_a_valid_empty_calendar);
	tcase_add_test(tc, a_unit_calendar_holds_only_what_the_unit_leads_cooperates_in_or_owes);
	tcase_add_test(tc, a_unit_calendar_shows_only_the_units_own_submission);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
