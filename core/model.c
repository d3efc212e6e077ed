#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "edit.h"
#include "i18n-core.h"
#include "model.h"
#include "store.h"
#include "text.h"
#include "unit.h"

/* ---- shared checks ------------------------------------------------------- */

static int check_field(const char *value, const char *what, bool required, int flags,
		       wp_err *err)
{
	if (required && (!value || !*value))
		return wp_err_set(err, WP_TR("%s is required"), what);
	return wp_text_check(value, what, flags, err);
}

static int check_time(const char *t, const char *what, wp_err *err)
{
	if (!t)
		return 0;
	if (!(strlen(t) == 5 && t[2] == ':' && t[0] >= '0' && t[0] <= '2' && t[1] >= '0' &&
	      t[1] <= '9' && t[3] >= '0' && t[3] <= '5' && t[4] >= '0' && t[4] <= '9' &&
	      (t[0] < '2' || t[1] <= '3')))
		return wp_err_set(err, WP_TR("%s '%.20s' is not a time HH:MM (00:00-23:59)"), what, t);
	return 0;
}

/* Runs body inside one transaction; rolls back on failure. id and
 * revision (of the record being saved, may be NULL) are put back as they
 * were when the change does not happen, so the caller can retry. */
static int in_transaction(struct wp_store *st, int (*body)(struct wp_store *, void *, wp_err *),
			  void *ctx, int64_t *id, int *revision, wp_err *err)
{
	int64_t old_id = id ? *id : 0;
	int old_revision = revision ? *revision : 0;
	if (wp_store_begin(st, err) != 0)
		return -1;
	int rc = body(st, ctx, err);
	if (rc == 0)
		rc = wp_store_commit(st, err);
	else
		wp_store_rollback(st);
	if (rc != 0 && id)
		*id = old_id, *revision = old_revision;
	return rc;
}

static int conflict(wp_err *err, const char *what)
{
	wp_err_set(err, WP_TR("someone else changed or deleted this %s meanwhile; nothing was saved"), what);
	return WP_EDIT_CONFLICT;
}

static bool changed_one_row(struct wp_store *st)
{
	return sqlite3_changes(wp_store_db(st)) == 1;
}

/* The revision a row just inserted starts at: the schema raises it to the
 * floor above every deleted row's, so that an editor still holding a row
 * that was deleted cannot match a new row that took its id. */
static int born_revision(struct wp_store *st, int *revision, wp_err *err)
{
	static const char sql[] = "SELECT floor FROM revision_floor";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	int rc = wp_store_next(st, s, err);
	if (rc == 0)
		return wp_err_set(err, "internal error: the revision floor is missing");
	if (rc < 0)
		return -1;
	*revision = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	return 0;
}

/* ---- campaigns ------------------------------------------------------------- */

int wp_campaign_load(struct wp_store *st, int64_t id, wp_campaign_rec *rec, wp_err *err)
{
	static const char sql[] =
		"SELECT c.revision, c.title, c.region, o.name, c.doc_number, c.theme, "
		"       c.parent_plan, c.notes, c.issued_on, c.period_start, c.period_end "
		"FROM campaign c LEFT JOIN unit o ON o.id = c.organizer_id WHERE c.id = ?1";
	memset(rec, 0, sizeof *rec);
	sqlite3_stmt *s = wp_store_row(st, sql, id, "campaign", err);
	if (!s)
		return -1;
	rec->id = id;
	rec->revision = sqlite3_column_int(s, 0);
	rec->title = wp_col_strdup(s, 1);
	rec->region = wp_col_strdup(s, 2);
	rec->organizer = wp_col_strdup(s, 3);
	rec->doc_number = wp_col_strdup(s, 4);
	rec->theme = wp_col_strdup(s, 5);
	rec->parent_plan = wp_col_strdup(s, 6);
	rec->notes = wp_col_strdup(s, 7);
	rec->issued_on = wp_col_date(s, 8);
	rec->start = wp_col_date(s, 9);
	rec->end = wp_col_date(s, 10);
	sqlite3_reset(s);
	return 0;
}

void wp_campaign_rec_clear(wp_campaign_rec *rec)
{
	free(rec->title);
	free(rec->region);
	free(rec->organizer);
	free(rec->doc_number);
	free(rec->theme);
	free(rec->parent_plan);
	free(rec->notes);
	memset(rec, 0, sizeof *rec);
}

static int check_campaign(const wp_campaign_rec *rec, wp_err *err)
{
	if (check_field(rec->title, WP_TR("the title"), true, 0, err) != 0 ||
	    check_field(rec->region, WP_TR("the region"), false, 0, err) != 0 ||
	    check_field(rec->organizer, WP_TR("the organizer"), false, 0, err) != 0 ||
	    check_field(rec->doc_number, WP_TR("the document number"), false, 0, err) != 0 ||
	    check_field(rec->theme, WP_TR("the theme"), false, 0, err) != 0 ||
	    check_field(rec->parent_plan, WP_TR("the parent plan"), false, 0, err) != 0 ||
	    check_field(rec->notes, WP_TR("the notes"), false, WP_TEXT_MULTI_LINE, err) != 0)
		return -1;
	if (rec->start == WP_DATE_NONE || rec->end == WP_DATE_NONE)
		return wp_err_set(err, WP_TR("the period needs a start and an end"));
	if (rec->end < rec->start)
		return wp_err_set(err, WP_TR("the period ends before it starts"));
	return 0;
}

static int save_campaign(struct wp_store *st, void *ctx, wp_err *err)
{
	static const char sql_update[] =
		"UPDATE campaign SET title = ?2, region = ?3, organizer_id = ?4, doc_number = ?5, "
		"  theme = ?6, parent_plan = ?7, notes = ?8, issued_on = ?9, period_start = ?10, "
		"  period_end = ?11, span_days = ?12, revision = revision + 1 "
		"WHERE id = ?1 AND revision = ?13";
	static const char sql_insert[] =
		"INSERT INTO campaign(id, title, region, organizer_id, doc_number, theme, parent_plan, "
		"  notes, issued_on, period_start, period_end, span_days, revision) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0)";
	wp_campaign_rec *rec = ctx;
	int64_t organizer = 0;
	const char *region = rec->region ? rec->region : "";
	if (rec->organizer && wp_unit_ensure(st, region, rec->organizer, &organizer, err) != 0)
		return -1;
	bool insert = rec->id == 0 || rec->revision == WP_REVISION_RESTORE;
	sqlite3_stmt *s = wp_store_stmt(st, insert ? sql_insert : sql_update, err);
	if (!s)
		return -1;
	wp_bind_id(s, 1, rec->id);
	wp_bind_text(s, 2, rec->title);
	wp_bind_text(s, 3, region);
	wp_bind_id(s, 4, organizer);
	wp_bind_text(s, 5, rec->doc_number);
	wp_bind_text(s, 6, rec->theme);
	wp_bind_text(s, 7, rec->parent_plan);
	wp_bind_text(s, 8, rec->notes);
	wp_bind_date(s, 9, rec->issued_on);
	wp_bind_date(s, 10, rec->start);
	wp_bind_date(s, 11, rec->end);
	sqlite3_bind_int(s, 12, rec->end - rec->start);
	if (!insert)
		sqlite3_bind_int(s, 13, rec->revision);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	if (!changed_one_row(st))
		return conflict(err, WP_TR("campaign"));
	if (insert) {
		rec->id = wp_store_last_id(st);
		if (born_revision(st, &rec->revision, err) != 0)
			return -1;
	} else {
		rec->revision++;
	}
	return wp_deadline_resolve(st, rec->id, WP_DATE_NONE, err);
}

int wp_campaign_save(struct wp_store *st, wp_campaign_rec *rec, wp_err *err)
{
	if (check_campaign(rec, err) != 0)
		return -1;
	return in_transaction(st, save_campaign, rec, &rec->id, &rec->revision, err);
}

/* ---- activities ------------------------------------------------------------ */

int wp_activity_load(struct wp_store *st, int64_t id, wp_activity_rec *rec, wp_err *err)
{
	static const char sql[] =
		"SELECT campaign_id, revision, number, title, description, location, notes, "
		"       start_time, end_time, start_date, end_date FROM activity WHERE id = ?1";
	memset(rec, 0, sizeof *rec);
	sqlite3_stmt *s = wp_store_row(st, sql, id, "activity", err);
	if (!s)
		return -1;
	rec->id = id;
	rec->campaign_id = sqlite3_column_int64(s, 0);
	rec->revision = sqlite3_column_int(s, 1);
	rec->number = wp_col_strdup(s, 2);
	rec->title = wp_col_strdup(s, 3);
	rec->description = wp_col_strdup(s, 4);
	rec->location = wp_col_strdup(s, 5);
	rec->notes = wp_col_strdup(s, 6);
	rec->start_time = wp_col_strdup(s, 7);
	rec->end_time = wp_col_strdup(s, 8);
	rec->start = wp_col_date(s, 9);
	rec->end = wp_col_date(s, 10);
	sqlite3_reset(s);
	return 0;
}

bool wp_activity_has_number(const char *number)
{
	return number && *number;
}

const char *wp_activity_number_stored(const char *number)
{
	return number ? number : "";
}

void wp_activity_rec_clear(wp_activity_rec *rec)
{
	free(rec->number);
	free(rec->title);
	free(rec->description);
	free(rec->location);
	free(rec->notes);
	free(rec->start_time);
	free(rec->end_time);
	memset(rec, 0, sizeof *rec);
}

static int check_activity(wp_activity_rec *rec, wp_err *err)
{
	if (check_field(rec->number, WP_TR("the number"), false, 0, err) != 0 ||
	    check_field(rec->title, WP_TR("the title"), true, 0, err) != 0 ||
	    check_field(rec->description, WP_TR("the description"), false, WP_TEXT_MULTI_LINE, err) != 0 ||
	    check_field(rec->location, WP_TR("the place"), false, 0, err) != 0 ||
	    check_field(rec->notes, WP_TR("the notes"), false, WP_TEXT_MULTI_LINE, err) != 0 ||
	    check_time(rec->start_time, WP_TR("the start time"), err) != 0 ||
	    check_time(rec->end_time, WP_TR("the end time"), err) != 0)
		return -1;
	if (rec->start == WP_DATE_NONE && rec->end != WP_DATE_NONE)
		return wp_err_set(err, WP_TR("an end date needs a start date"));
	if (rec->end == WP_DATE_NONE)
		rec->end = rec->start;
	if (rec->end < rec->start)
		return wp_err_set(err, WP_TR("the activity ends before it starts"));
	if (rec->end_time && !rec->start_time)
		return wp_err_set(err, WP_TR("an end time needs a start time"));
	if (rec->end_time && rec->start == rec->end && strcmp(rec->end_time, rec->start_time) < 0)
		return wp_err_set(err, WP_TR("the end time is before the start time"));
	return 0;
}

static int number_taken(struct wp_store *st, const wp_activity_rec *rec, wp_err *err)
{
	static const char sql[] = "SELECT 1 FROM activity WHERE campaign_id = ?1 AND number = ?2 "
				  "AND id IS NOT ?3";
	if (!wp_activity_has_number(rec->number))
		return 0; /* any number of activities may have none */
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, rec->campaign_id);
	wp_bind_text(s, 2, rec->number);
	wp_bind_id(s, 3, rec->id);
	int rc = wp_store_next(st, s, err);
	if (rc == 1) {
		sqlite3_reset(s);
		return wp_err_set(err, WP_TR("the campaign already has an activity numbered %s"), rec->number);
	}
	return rc;
}

static int save_activity(struct wp_store *st, void *ctx, wp_err *err)
{
	static const char sql_update[] =
		"UPDATE activity SET number = ?3, title = ?4, description = ?5, location = ?6, "
		"  notes = ?7, start_time = ?8, end_time = ?9, start_date = ?10, end_date = ?11, "
		"  span_days = ?12, revision = revision + 1 "
		"WHERE id = ?1 AND revision = ?13";
	static const char sql_insert[] =
		"INSERT INTO activity(id, campaign_id, number, title, description, location, notes, "
		"  start_time, end_time, start_date, end_date, span_days, seq, revision) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
		"  (SELECT coalesce(max(seq) + 1, 0) FROM activity WHERE campaign_id = ?2), 0)";
	wp_activity_rec *rec = ctx;
	if (number_taken(st, rec, err) != 0)
		return -1;
	bool insert = rec->id == 0 || rec->revision == WP_REVISION_RESTORE;
	sqlite3_stmt *s = wp_store_stmt(st, insert ? sql_insert : sql_update, err);
	if (!s)
		return -1;
	wp_bind_id(s, 1, rec->id);
	sqlite3_bind_int64(s, 2, rec->campaign_id);
	wp_bind_text(s, 3, wp_activity_number_stored(rec->number));
	wp_bind_text(s, 4, rec->title);
	wp_bind_text(s, 5, rec->description);
	wp_bind_text(s, 6, rec->location);
	wp_bind_text(s, 7, rec->notes);
	wp_bind_text(s, 8, rec->start_time);
	wp_bind_text(s, 9, rec->end_time);
	wp_bind_date(s, 10, rec->start);
	wp_bind_date(s, 11, rec->end);
	if (rec->start != WP_DATE_NONE)
		sqlite3_bind_int(s, 12, rec->end - rec->start);
	if (!insert)
		sqlite3_bind_int(s, 13, rec->revision);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	if (!changed_one_row(st))
		return conflict(err, WP_TR("activity"));
	if (insert) {
		rec->id = wp_store_last_id(st);
		if (born_revision(st, &rec->revision, err) != 0)
			return -1;
	} else {
		rec->revision++;
	}
	return wp_deadline_resolve(st, rec->campaign_id, WP_DATE_NONE, err);
}

int wp_activity_save(struct wp_store *st, wp_activity_rec *rec, wp_err *err)
{
	if (rec->campaign_id <= 0)
		return wp_err_set(err, WP_TR("an activity belongs to a campaign"));
	if (check_activity(rec, err) != 0)
		return -1;
	return in_transaction(st, save_activity, rec, &rec->id, &rec->revision, err);
}

struct delete_ctx {
	int64_t id;
	int revision;
};

static int delete_activity(struct wp_store *st, void *ctx, wp_err *err)
{
	static const char sql_deadlines[] = "SELECT count(*) FROM deadline WHERE activity_id = ?1";
	static const char sql_delete[] = "DELETE FROM activity WHERE id = ?1 AND revision = ?2";
	struct delete_ctx *d = ctx;
	sqlite3_stmt *s = wp_store_stmt(st, sql_deadlines, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, d->id);
	if (wp_store_next(st, s, err) != 1)
		return -1;
	int n = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	if (n)
		return wp_err_set(err, WP_TR("deadlines belong to this activity (%d): delete or move "
					     "them first"),
				  n);
	if (!(s = wp_store_stmt(st, sql_delete, err)))
		return -1;
	sqlite3_bind_int64(s, 1, d->id);
	sqlite3_bind_int(s, 2, d->revision);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	return changed_one_row(st) ? 0 : conflict(err, WP_TR("activity"));
}

int wp_activity_delete(struct wp_store *st, int64_t id, int revision, wp_err *err)
{
	struct delete_ctx d = {id, revision};
	return in_transaction(st, delete_activity, &d, NULL, NULL, err);
}

/* ---- deadlines ---------------------------------------------------------------- */

static int load_owners(struct wp_store *st, wp_deadline_rec *rec, wp_err *err)
{
	static const char sql[] = "SELECT u.name, du.submitted_on FROM deadline_unit du "
				  "JOIN unit u ON u.id = du.unit_id WHERE du.deadline_id = ?1 "
				  "ORDER BY du.seq";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, rec->id);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1)
		wp_deadline_rec_add_owner(rec, wp_col_text(s, 0), wp_col_date(s, 1));
	return rc;
}

int wp_deadline_load(struct wp_store *st, int64_t id, wp_deadline_rec *rec, wp_err *err)
{
	static const char sql[] =
		"SELECT d.campaign_id, d.activity_id, d.revision, d.what, d.rule_text, d.submit_to, "
		"       u.name, d.notes, d.rule_kind, d.fixed_date, d.rule_offset, d.rule_unit, "
		"       d.rule_anchor, d.roll_forward "
		"FROM deadline d LEFT JOIN unit u ON u.id = d.submit_to_unit_id WHERE d.id = ?1";
	memset(rec, 0, sizeof *rec);
	sqlite3_stmt *s = wp_store_row(st, sql, id, "deadline", err);
	if (!s)
		return -1;
	rec->id = id;
	rec->campaign_id = sqlite3_column_int64(s, 0);
	rec->activity_id = sqlite3_column_int64(s, 1);
	rec->revision = sqlite3_column_int(s, 2);
	rec->what = wp_col_strdup(s, 3);
	rec->rule_text = wp_col_strdup(s, 4);
	rec->submit_to = wp_col_strdup(s, 5);
	rec->submit_to_unit = wp_col_strdup(s, 6);
	rec->notes = wp_col_strdup(s, 7);
	const char *kind = wp_col_text(s, 8), *unit = wp_col_text(s, 11);
	rec->rule.kind = strcmp(kind, "date") == 0       ? WP_RULE_DATE
			 : strcmp(kind, "relative") == 0 ? WP_RULE_RELATIVE
							 : WP_RULE_NONE;
	rec->rule.fixed = wp_col_date(s, 9);
	rec->rule.offset = sqlite3_column_int(s, 10);
	rec->rule.workdays = unit && strcmp(unit, "workdays") == 0;
	if (wp_col_text(s, 12))
		wp_anchor_parse(wp_col_text(s, 12), &rec->rule.anchor, NULL);
	rec->rule.roll_forward = sqlite3_column_int(s, 13) != 0;
	sqlite3_reset(s);
	if (load_owners(st, rec, err) != 0) {
		wp_deadline_rec_clear(rec);
		return -1;
	}
	return 0;
}

void wp_deadline_rec_add_owner(wp_deadline_rec *rec, const char *unit, wp_date submitted_on)
{
	rec->owners = wp_xrealloc(rec->owners, (rec->nowners + 1) * sizeof *rec->owners);
	rec->owners[rec->nowners++] = (wp_owner_rec){wp_xstrdup(unit), submitted_on};
}

void wp_deadline_rec_clear(wp_deadline_rec *rec)
{
	free(rec->what);
	free(rec->rule_text);
	free(rec->submit_to);
	free(rec->submit_to_unit);
	free(rec->notes);
	for (size_t i = 0; i < rec->nowners; i++)
		free(rec->owners[i].unit);
	free(rec->owners);
	memset(rec, 0, sizeof *rec);
}

static int check_deadline(const wp_deadline_rec *rec, wp_err *err)
{
	if (check_field(rec->what, WP_TR("what is due"), true, 0, err) != 0 ||
	    check_field(rec->rule_text, WP_TR("the rule"), false, 0, err) != 0 ||
	    check_field(rec->submit_to, WP_TR("to whom"), false, 0, err) != 0 ||
	    check_field(rec->submit_to_unit, WP_TR("the receiving unit"), false, 0, err) != 0 ||
	    check_field(rec->notes, WP_TR("the notes"), false, WP_TEXT_MULTI_LINE, err) != 0)
		return -1;
	if (rec->rule.kind == WP_RULE_DATE && rec->rule.fixed == WP_DATE_NONE)
		return wp_err_set(err, WP_TR("a dated deadline needs its date"));
	if (rec->rule.kind == WP_RULE_RELATIVE &&
	    (rec->rule.offset < -WP_RULE_MAX_OFFSET || rec->rule.offset > WP_RULE_MAX_OFFSET))
		return wp_err_set(err, WP_TR("the offset must be between -%d and %d days"),
				  WP_RULE_MAX_OFFSET, WP_RULE_MAX_OFFSET);
	if (rec->rule.kind == WP_RULE_RELATIVE && !rec->activity_id &&
	    (rec->rule.anchor == WP_ANCHOR_ACTIVITY_START || rec->rule.anchor == WP_ANCHOR_ACTIVITY_END))
		return wp_err_set(err, WP_TR("a deadline counted from an activity needs the activity"));
	for (size_t i = 0; i < rec->nowners; i++)
		if (check_field(rec->owners[i].unit, WP_TR("a unit name"), true, 0, err) != 0)
			return -1;
	return 0;
}

static int campaign_region(struct wp_store *st, int64_t campaign, char **region, wp_err *err)
{
	static const char sql[] = "SELECT region FROM campaign WHERE id = ?1";
	sqlite3_stmt *s = wp_store_row(st, sql, campaign, "campaign", err);
	if (!s)
		return -1;
	*region = wp_col_strdup(s, 0);
	sqlite3_reset(s);
	return 0;
}

static int save_owners(struct wp_store *st, wp_deadline_rec *rec, const char *region, wp_err *err)
{
	static const char sql_clear[] = "DELETE FROM deadline_unit WHERE deadline_id = ?1";
	static const char sql_add[] = "INSERT INTO deadline_unit(deadline_id, unit_id, seq, "
				      "submitted_on) VALUES (?1, ?2, ?3, ?4)";
	sqlite3_stmt *s = wp_store_stmt(st, sql_clear, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, rec->id);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	for (size_t i = 0; i < rec->nowners; i++) {
		int64_t unit;
		if (wp_unit_ensure(st, region, rec->owners[i].unit, &unit, err) != 0 ||
		    !(s = wp_store_stmt(st, sql_add, err)))
			return -1;
		sqlite3_bind_int64(s, 1, rec->id);
		sqlite3_bind_int64(s, 2, unit);
		sqlite3_bind_int(s, 3, (int)i);
		wp_bind_date(s, 4, rec->owners[i].submitted_on);
		if (wp_store_run(st, s, err) != 0) {
			if (sqlite3_extended_errcode(wp_store_db(st)) == SQLITE_CONSTRAINT_PRIMARYKEY)
				return wp_err_set(err, WP_TR("unit '%s' is listed twice"), rec->owners[i].unit);
			return -1;
		}
	}
	return 0;
}

static int save_deadline(struct wp_store *st, void *ctx, wp_err *err)
{
	static const char sql_update[] =
		"UPDATE deadline SET activity_id = ?3, what = ?4, rule_text = ?5, rule_kind = ?6, "
		"  fixed_date = ?7, rule_offset = ?8, rule_unit = ?9, rule_anchor = ?10, "
		"  roll_forward = ?11, submit_to_unit_id = ?12, submit_to = ?13, notes = ?14, "
		"  revision = revision + 1 "
		"WHERE id = ?1 AND revision = ?15";
	static const char sql_insert[] =
		"INSERT INTO deadline(id, campaign_id, activity_id, what, rule_text, rule_kind, "
		"  fixed_date, rule_offset, rule_unit, rule_anchor, roll_forward, submit_to_unit_id, "
		"  submit_to, notes, seq, revision) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
		"  (SELECT coalesce(max(seq) + 1, 0) FROM deadline WHERE campaign_id = ?2), 0)";
	static const char *const kinds[] = {"none", "date", "relative"};
	wp_deadline_rec *rec = ctx;
	char *region = NULL;
	int64_t to_unit = 0;
	if (campaign_region(st, rec->campaign_id, &region, err) != 0)
		return -1;
	int rc = rec->submit_to_unit ? wp_unit_ensure(st, region, rec->submit_to_unit, &to_unit, err)
				     : 0;
	bool insert = rec->id == 0 || rec->revision == WP_REVISION_RESTORE;
	sqlite3_stmt *s = rc == 0 ? wp_store_stmt(st, insert ? sql_insert : sql_update, err) : NULL;
	if (!s) {
		free(region);
		return -1;
	}
	wp_bind_id(s, 1, rec->id);
	sqlite3_bind_int64(s, 2, rec->campaign_id);
	wp_bind_id(s, 3, rec->activity_id);
	wp_bind_text(s, 4, rec->what);
	wp_bind_text(s, 5, rec->rule_text);
	wp_bind_text(s, 6, kinds[rec->rule.kind]);
	wp_bind_date(s, 7, rec->rule.kind == WP_RULE_DATE ? rec->rule.fixed : WP_DATE_NONE);
	if (rec->rule.kind == WP_RULE_RELATIVE) {
		sqlite3_bind_int(s, 8, rec->rule.offset);
		wp_bind_text(s, 9, rec->rule.workdays ? "workdays" : "days");
		wp_bind_text(s, 10, wp_anchor_name(rec->rule.anchor));
	}
	sqlite3_bind_int(s, 11, rec->rule.roll_forward);
	wp_bind_id(s, 12, to_unit);
	wp_bind_text(s, 13, rec->submit_to);
	wp_bind_text(s, 14, rec->notes);
	if (!insert)
		sqlite3_bind_int(s, 15, rec->revision);
	rc = wp_store_run(st, s, err);
	if (rc == 0 && !changed_one_row(st))
		rc = conflict(err, WP_TR("deadline"));
	if (rc == 0) {
		if (insert) {
			rec->id = wp_store_last_id(st);
			rc = born_revision(st, &rec->revision, err);
		} else {
			rec->revision++;
		}
		if (rc == 0)
			rc = save_owners(st, rec, region, err);
	}
	free(region);
	if (rc == 0)
		rc = wp_deadline_resolve(st, rec->campaign_id, WP_DATE_NONE, err);
	return rc;
}

int wp_deadline_save(struct wp_store *st, wp_deadline_rec *rec, wp_err *err)
{
	if (rec->campaign_id <= 0)
		return wp_err_set(err, WP_TR("a deadline belongs to a campaign"));
	if (check_deadline(rec, err) != 0)
		return -1;
	return in_transaction(st, save_deadline, rec, &rec->id, &rec->revision, err);
}

static int delete_deadline(struct wp_store *st, void *ctx, wp_err *err)
{
	static const char sql[] = "DELETE FROM deadline WHERE id = ?1 AND revision = ?2";
	struct delete_ctx *d = ctx;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, d->id);
	sqlite3_bind_int(s, 2, d->revision);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	return changed_one_row(st) ? 0 : conflict(err, WP_TR("deadline"));
}

int wp_deadline_delete(struct wp_store *st, int64_t id, int revision, wp_err *err)
{
	struct delete_ctx d = {id, revision};
	return in_transaction(st, delete_deadline, &d, NULL, NULL, err);
}

/* ---- copies ---------------------------------------------------------------- */

void wp_campaign_rec_copy(wp_campaign_rec *dst, const wp_campaign_rec *src)
{
	*dst = *src;
	dst->title = wp_xstrdup(src->title);
	dst->region = wp_xstrdup(src->region);
	dst->organizer = wp_xstrdup(src->organizer);
	dst->doc_number = wp_xstrdup(src->doc_number);
	dst->theme = wp_xstrdup(src->theme);
	dst->parent_plan = wp_xstrdup(src->parent_plan);
	dst->notes = wp_xstrdup(src->notes);
}

void wp_activity_rec_copy(wp_activity_rec *dst, const wp_activity_rec *src)
{
	*dst = *src;
	dst->number = wp_xstrdup(src->number);
	dst->title = wp_xstrdup(src->title);
	dst->description = wp_xstrdup(src->description);
	dst->location = wp_xstrdup(src->location);
	dst->notes = wp_xstrdup(src->notes);
	dst->start_time = wp_xstrdup(src->start_time);
	dst->end_time = wp_xstrdup(src->end_time);
}

void wp_deadline_rec_copy(wp_deadline_rec *dst, const wp_deadline_rec *src)
{
	*dst = *src;
	dst->what = wp_xstrdup(src->what);
	dst->rule_text = wp_xstrdup(src->rule_text);
	dst->submit_to = wp_xstrdup(src->submit_to);
	dst->submit_to_unit = wp_xstrdup(src->submit_to_unit);
	dst->notes = wp_xstrdup(src->notes);
	dst->owners = NULL;
	dst->nowners = 0;
	for (size_t i = 0; i < src->nowners; i++)
		wp_deadline_rec_add_owner(dst, src->owners[i].unit, src->owners[i].submitted_on);
}

/* ---- units ------------------------------------------------------------------- */

int wp_unit_revision(struct wp_store *st, int64_t id, int *revision, wp_err *err)
{
	static const char sql[] = "SELECT revision FROM unit WHERE id = ?1";
	sqlite3_stmt *s = wp_store_row(st, sql, id, "unit", err);
	if (!s)
		return -1;
	*revision = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	return 0;
}

struct rename_ctx {
	int64_t id;
	int revision;
	const char *name;
};

static int rename_unit(struct wp_store *st, void *ctx, wp_err *err)
{
	static const char sql_region[] = "SELECT region FROM unit WHERE id = ?1";
	static const char sql_update[] = "UPDATE unit SET name = ?2, name_key = ?3, "
					 "revision = revision + 1 WHERE id = ?1 AND revision = ?4";
	struct rename_ctx *r = ctx;
	sqlite3_stmt *s = wp_store_stmt(st, sql_region, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, r->id);
	if (wp_store_next(st, s, err) != 1)
		return conflict(err, WP_TR("unit"));
	char *region = wp_col_strdup(s, 0);
	sqlite3_reset(s);
	int64_t other = 0;
	int rc = wp_unit_lookup(st, region, r->name, &other, err);
	free(region);
	if (rc < 0)
		return -1;
	if (rc == 1 && other != r->id)
		return wp_err_set(err, WP_TR("another unit of the region is already called '%s'"), r->name);
	if (!(s = wp_store_stmt(st, sql_update, err)))
		return -1;
	char *key = wp_text_key(r->name);
	sqlite3_bind_int64(s, 1, r->id);
	wp_bind_text(s, 2, r->name);
	wp_bind_text(s, 3, key);
	sqlite3_bind_int(s, 4, r->revision);
	free(key);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	return changed_one_row(st) ? 0 : conflict(err, WP_TR("unit"));
}

int wp_unit_rename(struct wp_store *st, int64_t id, int revision, const char *name, wp_err *err)
{
	if (check_field(name, WP_TR("the unit name"), true, 0, err) != 0)
		return -1;
	struct rename_ctx r = {id, revision, name};
	return in_transaction(st, rename_unit, &r, NULL, NULL, err);
}

int wp_unit_remove_alias(struct wp_store *st, int64_t id, const char *alias, wp_err *err)
{
	static const char sql[] = "DELETE FROM unit_alias WHERE unit_id = ?1 AND alias_key = ?2";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	char *key = wp_text_key(alias);
	sqlite3_bind_int64(s, 1, id);
	wp_bind_text(s, 2, key);
	free(key);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	return changed_one_row(st) ? 0 : wp_err_set(err, WP_TR("'%s' is not an alias of this unit"), alias);
}
