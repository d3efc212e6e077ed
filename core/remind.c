/* remind.c - 催报: pending submissions grouped by unit (see remind.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "calendar.h"
#include "i18n-core.h"
#include "query.h"
#include "remind.h"
#include "store.h"

static wp_remind_unit *unit_entry(wp_remind_list *list, size_t *cap, const wp_owner *o)
{
	for (size_t i = 0; i < list->nunits; i++)
		if (list->units[i].unit_id == o->unit_id)
			return &list->units[i];
	if (list->nunits == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		list->units = wp_xrealloc(list->units, *cap * sizeof *list->units);
	}
	wp_remind_unit *u = &list->units[list->nunits++];
	memset(u, 0, sizeof *u);
	u->unit_id = o->unit_id;
	u->name = wp_xstrdup(o->name);
	return u;
}

static void add_item(wp_remind_unit *u, const wp_deadline_item *d, int left, const char *group)
{
	u->items = wp_xrealloc(u->items, (u->n + 1) * sizeof *u->items);
	u->items[u->n++] = (wp_remind_item){
		.deadline_id = d->id,
		.campaign_title = wp_xstrdup(d->campaign_title),
		.what = wp_xstrdup(d->what),
		.rule_text = d->rule_text ? wp_xstrdup(d->rule_text) : NULL,
		.submit_to = d->submit_to ? wp_xstrdup(d->submit_to) : NULL,
		.due = d->due,
		.workdays_left = left,
		.via_group = group ? wp_xstrdup(group) : NULL,
	};
}

/* The unit's contact in the campaign: a contact the plan gives for the
 * unit itself, not for one of its activities first. */
static int load_contact(struct wp_store *st, int64_t campaign_id, wp_remind_unit *u, wp_err *err)
{
	static const char sql[] = "SELECT name, phone, email FROM contact "
				  "WHERE campaign_id = ?1 AND unit_id = ?2 "
				  "ORDER BY activity_id IS NOT NULL, seq LIMIT 1";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	sqlite3_bind_int64(s, 2, u->unit_id);
	int rc = wp_store_next(st, s, err);
	if (rc == 1) {
		u->contact = wp_col_strdup(s, 0);
		u->phone = wp_col_strdup(s, 1);
		u->email = wp_col_strdup(s, 2);
		sqlite3_reset(s);
		rc = 0;
	}
	return rc;
}

/* Deadlines come in due-date order, so each unit's first item is its most
 * urgent and units are met most urgent first: both orders come free. */
int wp_remind_query(struct wp_store *st, wp_date today, int within, int overdue_days,
		    int64_t unit_id, wp_remind_list *out, wp_err *err)
{
	memset(out, 0, sizeof *out);
	wp_calendar *cal = wp_store_calendar(st);
	wp_date until = wp_workday_add(cal, today, within > 0 ? within : 0);
	if (within <= 0)
		until = today;
	wp_deadline_list dl;
	if (wp_query_deadlines(st, today - overdue_days, until, unit_id, 0, WP_DL_PENDING, &dl,
			       err) != 0)
		return -1;
	size_t cap = 0;
	int rc = 0;
	for (size_t i = 0; i < dl.n; i++) {
		const wp_deadline_item *d = &dl.items[i];
		int left = wp_workday_between(cal, today, d->due);
		for (size_t k = 0; k < d->nowners && rc == 0; k++) {
			const wp_owner *o = &d->owners[k];
			/* A group is chased member by member: each is its own
			 * call (asking for the group lists all its members). */
			const wp_owner *who = o->nmembers ? o->members : o;
			size_t nwho = o->nmembers ? o->nmembers : 1;
			for (size_t m = 0; m < nwho && rc == 0; m++) {
				const wp_owner *w = &who[m];
				if (w->submitted_on != WP_DATE_NONE ||
				    (unit_id && w->unit_id != unit_id && o->unit_id != unit_id))
					continue;
				wp_remind_unit *u = unit_entry(out, &cap, w);
				if (u->n == 0)
					rc = load_contact(st, d->campaign_id, u, err);
				add_item(u, d, left, o->nmembers ? o->name : NULL);
				out->nitems++;
			}
		}
	}
	wp_deadline_list_clear(&dl);
	if (rc == 0)
		rc = wp_calendar_error(cal, err);
	if (rc != 0)
		wp_remind_list_clear(out);
	return rc;
}

void wp_remind_list_clear(wp_remind_list *list)
{
	for (size_t i = 0; i < list->nunits; i++) {
		wp_remind_unit *u = &list->units[i];
		free(u->name);
		free(u->contact);
		free(u->phone);
		free(u->email);
		for (size_t k = 0; k < u->n; k++) {
			free(u->items[k].campaign_title);
			free(u->items[k].what);
			free(u->items[k].rule_text);
			free(u->items[k].submit_to);
			free(u->items[k].via_group);
		}
		free(u->items);
	}
	free(list->units);
	memset(list, 0, sizeof *list);
}

/* ---- the message ------------------------------------------------------- */

static void put_base64(wp_buf *b, const unsigned char *p, size_t n)
{
	static const char digits[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) |
			     (i + 2 < n ? p[i + 2] : 0);
		wp_buf_putc(b, digits[v >> 18 & 63]);
		wp_buf_putc(b, digits[v >> 12 & 63]);
		wp_buf_putc(b, i + 1 < n ? digits[v >> 6 & 63] : '=');
		wp_buf_putc(b, i + 2 < n ? digits[v & 63] : '=');
	}
}

/* An RFC 2047 encoded-word per piece of at most 45 bytes (60 base64
 * characters, so each header line stays under 78), cut between UTF-8
 * characters, pieces on folded lines. */
static void put_encoded_header(wp_buf *b, const char *name, const char *text)
{
	wp_buf_printf(b, "%s:", name);
	const unsigned char *p = (const unsigned char *)text;
	size_t n = strlen(text);
	while (n > 0) {
		size_t take = n < 45 ? n : 45;
		while (take < n && (p[take] & 0xC0) == 0x80)
			take--; /* never split a character */
		wp_buf_puts(b, " =?UTF-8?B?");
		put_base64(b, p, take);
		wp_buf_puts(b, "?=");
		p += take;
		n -= take;
		if (n)
			wp_buf_puts(b, "\r\n");
	}
	wp_buf_puts(b, "\r\n");
}

/* Header values from the plan: one line, whatever they hold. */
static void put_header_value(wp_buf *b, const char *s)
{
	for (; *s; s++)
		wp_buf_putc(b, *s == '\r' || *s == '\n' ? ' ' : *s);
}

static void put_date_header(wp_buf *b, wp_date today)
{
	static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
	static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	int y, m, d;
	wp_date_to_ymd(today, &y, &m, &d);
	int wd = wp_date_weekday(today); /* 1 = Monday */
	wp_buf_printf(b, "Date: %s, %d %s %04d 09:00:00 +0800\r\n", days[(wd + 6) % 7], d,
		      months[m - 1], y);
}

char *wp_remind_mail(const wp_remind_unit *unit, wp_date today, const char *from)
{
	wp_buf b = WP_BUF_INIT;
	if (from) {
		wp_buf_puts(&b, "From: ");
		put_header_value(&b, from);
		wp_buf_puts(&b, "\r\n");
	}
	if (unit->email) {
		wp_buf_puts(&b, "To: ");
		put_header_value(&b, unit->email);
		wp_buf_puts(&b, "\r\n");
	}
	wp_buf subject = WP_BUF_INIT;
	wp_buf_printf(&subject, WP_TR("Reports due from %s: %zu"), unit->name, unit->n);
	put_encoded_header(&b, "Subject", wp_buf_str(&subject));
	wp_buf_free(&subject);
	put_date_header(&b, today);
	wp_buf_puts(&b, "MIME-Version: 1.0\r\n"
			"Content-Type: text/plain; charset=UTF-8\r\n"
			"Content-Transfer-Encoding: 8bit\r\n\r\n");
	wp_buf_printf(&b, "%s:\r\n\r\n", unit->name);
	wp_buf_printf(&b, "%s\r\n\r\n", WP_TR("These reports are still awaited from you:"));
	for (size_t i = 0; i < unit->n; i++) {
		const wp_remind_item *it = &unit->items[i];
		char ds[WP_DATE_ISO_SIZE];
		wp_buf_printf(&b, "%zu. %s\r\n   %s %s", i + 1, it->what, WP_TR("due"),
			      wp_date_format(it->due, ds));
		if (it->workdays_left < 0)
			wp_buf_printf(&b, WP_TR(" (overdue by %d working days)"), -it->workdays_left);
		else
			wp_buf_printf(&b, WP_TR(" (%d working days left)"), it->workdays_left);
		wp_buf_puts(&b, "\r\n");
		if (it->rule_text)
			wp_buf_printf(&b, "   %s %s\r\n", WP_TR("as the notice says:"), it->rule_text);
		if (it->via_group)
			wp_buf_printf(&b, "   %s %s\r\n", WP_TR("owed as a member of:"), it->via_group);
		if (it->submit_to)
			wp_buf_printf(&b, "   %s %s\r\n", WP_TR("send to:"), it->submit_to);
		wp_buf_printf(&b, "   %s %s\r\n", WP_TR("plan:"), it->campaign_title);
	}
	return wp_buf_take(&b);
}
