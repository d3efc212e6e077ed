/* export-csv.c - a campaign's schedule (活动安排) as CSV for Excel and WPS
 * (see export.h, csv.h): one row per activity, headed by translated
 * column names. A share cut for a unit holds only that unit's activities. */
#include "config.h"

#include "buf.h"
#include "csv.h"
#include "export.h"
#include "i18n-core.h"

/* The weekday of d, or from the first to the last day of a longer
 * activity ("Mon-Fri", 周一至周五); empty when the notice gives no date. */
static void put_weekdays(wp_buf *b, wp_date start, wp_date end)
{
	static const char *const names[] = {WP_N_("Mon"), WP_N_("Tue"), WP_N_("Wed"),
					    WP_N_("Thu"), WP_N_("Fri"), WP_N_("Sat"),
					    WP_N_("Sun")};
	if (start == WP_DATE_NONE)
		return;
	wp_buf_puts(b, WP_TR(names[wp_date_weekday(start) - 1]));
	if (end == WP_DATE_NONE || end == start)
		return;
	/* TRANSLATORS: a range of weekdays, "Mon-Fri" */
	wp_buf_printf(b, WP_TR("-%s"), WP_TR(names[wp_date_weekday(end) - 1]));
}

static void put_date(wp_csv *csv, wp_date d)
{
	char iso[WP_DATE_ISO_SIZE];
	wp_csv_text(csv, d == WP_DATE_NONE ? NULL : wp_date_format(d, iso));
}

/* Unit names joined with 、, as a notice lists them. */
static void put_names(wp_csv *csv, const wp_names *names)
{
	wp_buf b = WP_BUF_INIT;
	for (size_t i = 0; i < names->n; i++)
		wp_buf_printf(&b, "%s%s", i ? "、" : "", names->v[i]);
	wp_csv_text(csv, wp_buf_str(&b));
	wp_buf_free(&b);
}

static void put_activity(wp_csv *csv, const wp_share_activity *a)
{
	wp_csv_text(csv, a->number);
	wp_csv_text(csv, a->title);
	put_date(csv, a->start);
	put_date(csv, a->end);
	wp_buf days = WP_BUF_INIT;
	put_weekdays(&days, a->start, a->end);
	wp_csv_text(csv, wp_buf_str(&days));
	wp_buf_free(&days);
	wp_csv_text(csv, a->start_time);
	wp_csv_text(csv, a->end_time);
	wp_csv_text(csv, a->location);
	put_names(csv, &a->lead);
	put_names(csv, &a->cooperate);
	wp_csv_end_record(csv);
}

int wp_export_csv(const wp_share *share, const wp_export_opts *opts, FILE *out, wp_err *err)
{
	(void)opts; /* a schedule is the same whatever the day */
	static const char *const header[] = {
		WP_N_("Number"),    WP_N_("Activity"), WP_N_("Start date"),
		WP_N_("End date"),  WP_N_("Weekday"),  WP_N_("Start time"),
		WP_N_("End time"),  WP_N_("Place"),    WP_N_("Lead units"),
		WP_N_("Cooperating units")};
	wp_csv csv;
	wp_csv_start(&csv, out);
	for (size_t i = 0; i < sizeof header / sizeof *header; i++)
		wp_csv_text(&csv, WP_TR(header[i]));
	wp_csv_end_record(&csv);
	for (size_t i = 0; i < share->nactivities; i++)
		put_activity(&csv, &share->activities[i]);
	if (ferror(out))
		return wp_err_set(err, WP_TR("writing the csv failed"));
	return 0;
}
