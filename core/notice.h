/* notice.h - reading a plan notice (活动方案) into a plan.
 *
 * wp_notice_read takes the text of a notice as staff receive it and
 * returns the plan it describes in the weekplan-plan(5) format, ready for
 * wp_plan_import, plus a report of what it had to guess. It knows the
 * genre, not particular files: the 关于印发…的通知 cover letter with its
 * document number and date, numbered sections (一、活动时间, 二、活动主题,
 * 四、重点活动 …), numbered items （一） with dates, times, places and units,
 * the organising committee annex, report deadlines and contacts.
 *
 * Its work is bounded: input is at most WP_NOTICE_MAX_BYTES and every
 * pass is linear in the text. */
#ifndef WP_NOTICE_H
#define WP_NOTICE_H

#include <stddef.h>

#include "date.h"
#include "err.h"

typedef struct wp_notice_report {
	char **lines; /* what was uncertain, one sentence each; owned */
	size_t n;
	size_t steps; /* the reader's work (see notice-reader.h), for tests */
	size_t text_bytes; /* the text it read: a .docx's, not its zip's (for tests) */
} wp_notice_report;

/* What the person importing knows that a notice may not say: the year
 * of dates written without one, the campaign's period, its title. 0,
 * WP_DATE_NONE and NULL stand for "not given"; the notice wins where it
 * says. */
typedef struct wp_notice_hints {
	int year;
	wp_date start, end;
	const char *title;
	/* The working days (the store's calendar, not owned) by which a duty
	 * counted from the issue date is due (自本通知印发之日起3个工作日内);
	 * NULL: the official arrangement the program carries counts them. */
	struct wp_calendar *calendar;
} wp_notice_hints;

/* Returns the plan as JSON text (caller frees) or NULL with err. bytes
 * are the text of a notice or a Word .docx (recognised by its content;
 * see notice-docx.h). report
 * receives the uncertainties (free with wp_notice_report_free).
 *
 * The reader takes what a text holds: a whole notice, a bare plan, a
 * page from the middle of one, a web copy. Parts it cannot find (title,
 * period, year) are null in the plan and listed under "missing" (see
 * weekplan-plan(5)); dates of a notice without a year are kept as
 * written (date_text). Only a text with no plan content at all (no
 * activity, period, deadline or committee) is refused. hints may be
 * NULL. */
char *wp_notice_read(const char *bytes, size_t len, wp_notice_report *report, wp_err *err);
char *wp_notice_read_hinted(const char *bytes, size_t len, const wp_notice_hints *hints,
			    wp_notice_report *report, wp_err *err);
void wp_notice_report_free(wp_notice_report *report);

/* What a plan read from a notice lacks (its "missing" list), as flags; 0
 * for a plan that can be stored as it is. */
enum { WP_NOTICE_NEEDS_TITLE = 1, WP_NOTICE_NEEDS_PERIOD = 2, WP_NOTICE_NEEDS_YEAR = 4 };
unsigned wp_notice_plan_needs(const char *plan);

/* The largest file a notice is read from: a .docx carries its images,
 * so it may be much larger than its text, which is at most
 * WP_NOTICE_MAX_BYTES (notice-text.h) however it came. */
#define WP_NOTICE_MAX_FILE_BYTES ((size_t)48 * 1024 * 1024)

/* Reads a file (or stdin for "-") of at most max bytes; caller frees.
 * A larger file is refused without reading it all. */
char *wp_read_file(const char *path, size_t max, size_t *len, wp_err *err);

#endif
