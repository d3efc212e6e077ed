/* export.h - a campaign in the formats people outside weekplan open.
 *
 * Each writer takes a share (share.h) and writes one format: iCalendar
 * (RFC 5545, through libical), an Excel workbook (through libxlsxwriter),
 * CSV (RFC 4180, with a byte-order mark so that Excel and WPS read the
 * Chinese right) and a printable HTML page. The JSON plan file
 * (weekplan-plan(5), plan.h) stays the lossless format; these are for
 * reading, not for reading back.
 *
 * Writers never print and never exit: they return 0, or -1 with err
 * filled. Text writers write to a stream the caller owns; the workbook
 * is written to a path (a zip needs to seek). Headings and sheet names
 * are in the language of the message catalogue (zh_CN: 活动安排, 分工表,
 * 报送情况, 组委会, 联系人). */
#ifndef WP_EXPORT_H
#define WP_EXPORT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "date.h"
#include "err.h"
#include "share.h"

enum wp_export_format {
	WP_EXPORT_JSON = 0, /* the plan file */
	WP_EXPORT_ICS,
	WP_EXPORT_XLSX,
	WP_EXPORT_CSV,
	WP_EXPORT_HTML,
};

/* Reads a format's name (json, ics, xlsx, csv, html). */
int wp_export_format_parse(const char *name, enum wp_export_format *out, wp_err *err);
const char *wp_export_format_name(enum wp_export_format format);
/* The file name extension of the format, without the dot. */
const char *wp_export_format_ext(enum wp_export_format format);
/* True for a format that is text and may go to standard output. */
bool wp_export_format_is_text(enum wp_export_format format);

typedef struct wp_export_opts {
	wp_date today;    /* what is overdue, and the stamp of the file */
} wp_export_opts;

struct wp_store;

/* Writes campaign campaign_id in a text format (not xlsx) to out. unit,
 * when not NULL, cuts it to what that unit leads, cooperates in or owes
 * (refused for the plan file, which is always whole). */
int wp_export_to_stream(struct wp_store *st, int64_t campaign_id, enum wp_export_format format,
			const char *unit, const wp_export_opts *opts, FILE *out, wp_err *err);

/* Writes it to the file path in any format: into a new file beside path,
 * renamed over it when complete, so a failed export leaves what was there
 * before and no half-written file. The file gets the mode a new file
 * gets (0666 less the umask): it is a document to share. */
int wp_export_to_path(struct wp_store *st, int64_t campaign_id, enum wp_export_format format,
		      const char *unit, const wp_export_opts *opts, const char *path, wp_err *err);

/* The writers of each format, for a share already loaded. */
int wp_export_ics(const wp_share *share, const wp_export_opts *opts, FILE *out, wp_err *err);
/* The schedule: one row per activity, with its lead and cooperating units. */
int wp_export_csv(const wp_share *share, const wp_export_opts *opts, FILE *out, wp_err *err);
int wp_export_html(const wp_share *share, const wp_export_opts *opts, FILE *out, wp_err *err);
int wp_export_xlsx(const wp_share *share, const wp_export_opts *opts, const char *path,
		   wp_err *err);

#endif
