/* snapshot.c - rows kept before a delete, put back by undo. */
#include "config.h"

#include <stdlib.h>

#include "alloc.h"
#include "deadline.h"
#include "edit.h"
#include "i18n-core.h"
#include "snapshot.h"
#include "store.h"

/* Every column of each table, in one order for reading and writing. A
 * column added to the schema must be added here (check_snapshot compares
 * whole rows, so it fails until it is). */
#define CAMPAIGN_COLS                                                                  \
	"id, title, region, organizer_id, lead_unit_id, doc_number, issued_on, "        \
	"period_start, period_end, span_days, theme, parent_plan, notes, revision"
#define COMMITTEE_COLS "campaign_id, unit_id, role, seq"
#define ACTIVITY_COLS                                                                  \
	"id, campaign_id, seq, number, title, description, start_date, end_date, "      \
	"span_days, start_time, end_time, location, notes, revision"
#define ASSIGNMENT_COLS "activity_id, unit_id, role, seq"
#define DEADLINE_COLS                                                                  \
	"id, campaign_id, activity_id, seq, what, rule_text, rule_kind, fixed_date, "   \
	"rule_offset, rule_unit, rule_anchor, roll_forward, due_date, submit_to_unit_id, " \
	"submit_to, notes, revision"
#define OWNER_COLS "deadline_id, unit_id, seq, submitted_on"
#define CONTACT_COLS "id, campaign_id, activity_id, unit_id, seq, name, phone, email"
#define FOCUS_COLS "campaign_id, seq, text"

#define P3 "?1, ?2, ?3"
#define P4 P3 ", ?4"
#define P8 P4 ", ?5, ?6, ?7, ?8"
#define P14 P8 ", ?9, ?10, ?11, ?12, ?13, ?14"

struct table {
	int ncols;
	const char *insert;
};

static const struct table t_campaign = {
	14, "INSERT INTO campaign(" CAMPAIGN_COLS ") VALUES (" P14 ")"};
static const struct table t_committee = {
	4, "INSERT INTO committee_member(" COMMITTEE_COLS ") VALUES (" P4 ")"};
static const struct table t_activity = {
	14, "INSERT INTO activity(" ACTIVITY_COLS ") VALUES (" P14 ")"};
static const struct table t_assignment = {
	4, "INSERT INTO assignment(" ASSIGNMENT_COLS ") VALUES (" P4 ")"};
static const struct table t_deadline = {
	17, "INSERT INTO deadline(" DEADLINE_COLS ") VALUES (" P14 ", ?15, ?16, ?17)"};
static const struct table t_owner = {
	4, "INSERT INTO deadline_unit(" OWNER_COLS ") VALUES (" P4 ")"};
static const struct table t_contact = {
	8, "INSERT INTO contact(" CONTACT_COLS ") VALUES (" P8 ")"};
static const struct table t_focus = {
	3, "INSERT INTO campaign_focus(" FOCUS_COLS ") VALUES (" P3 ")"};

struct row {
	const struct table *table;
	sqlite3_value **values;
};

struct wp_snapshot {
	int64_t campaign_id; /* whose due dates to recompute */
	struct row *rows;    /* parents before children: the order to insert */
	size_t nrows;
};

/* Appends the rows sql selects with ?1 bound to id (the table's columns
 * in its order). */
static int read_rows(struct wp_store *st, wp_snapshot *snap, const struct table *t,
		     const char *sql, int64_t id, wp_err *err)
{
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		struct row r = {t, wp_xcalloc((size_t)t->ncols, sizeof *r.values)};
		snap->rows = wp_xrealloc(snap->rows, (snap->nrows + 1) * sizeof *snap->rows);
		snap->rows[snap->nrows++] = r; /* owned by snap from here on */
		for (int i = 0; i < t->ncols; i++) {
			if (!(r.values[i] = sqlite3_value_dup(sqlite3_column_value(s, i)))) {
				sqlite3_reset(s);
				return wp_err_set(err, "out of memory");
			}
		}
	}
	return rc;
}

/* A new snapshot whose first rows are the one row sql selects by id. */
static int start(struct wp_store *st, const struct table *t, const char *sql, int64_t id,
		 const char *what, wp_snapshot **out, wp_err *err)
{
	wp_snapshot *snap = wp_xcalloc(1, sizeof *snap);
	*out = snap;
	if (read_rows(st, snap, t, sql, id, err) != 0)
		return -1;
	if (snap->nrows == 0)
		return wp_err_set(err, WP_TR("no %s with id %lld"), what, (long long)id);
	/* The campaign is column 0 of its own row, column 1 of the others. */
	snap->campaign_id = sqlite3_value_int64(snap->rows[0].values[t == &t_campaign ? 0 : 1]);
	return 0;
}

static int finish(wp_snapshot **out, int rc)
{
	if (rc != 0) {
		wp_snapshot_free(*out);
		*out = NULL;
	}
	return rc;
}

int wp_snapshot_activity(struct wp_store *st, int64_t id, wp_snapshot **out, wp_err *err)
{
	static const char sql_activity[] = "SELECT " ACTIVITY_COLS " FROM activity WHERE id = ?1";
	static const char sql_roles[] =
		"SELECT " ASSIGNMENT_COLS " FROM assignment WHERE activity_id = ?1";
	static const char sql_contacts[] =
		"SELECT " CONTACT_COLS " FROM contact WHERE activity_id = ?1";
	int rc = start(st, &t_activity, sql_activity, id, "activity", out, err);
	if (rc == 0)
		rc = read_rows(st, *out, &t_assignment, sql_roles, id, err);
	if (rc == 0)
		rc = read_rows(st, *out, &t_contact, sql_contacts, id, err);
	return finish(out, rc);
}

int wp_snapshot_deadline(struct wp_store *st, int64_t id, wp_snapshot **out, wp_err *err)
{
	static const char sql_deadline[] = "SELECT " DEADLINE_COLS " FROM deadline WHERE id = ?1";
	static const char sql_owners[] =
		"SELECT " OWNER_COLS " FROM deadline_unit WHERE deadline_id = ?1";
	int rc = start(st, &t_deadline, sql_deadline, id, "deadline", out, err);
	if (rc == 0)
		rc = read_rows(st, *out, &t_owner, sql_owners, id, err);
	return finish(out, rc);
}

int wp_snapshot_campaign(struct wp_store *st, int64_t id, wp_snapshot **out, wp_err *err)
{
	static const char sql_campaign[] = "SELECT " CAMPAIGN_COLS " FROM campaign WHERE id = ?1";
	static const char sql_committee[] =
		"SELECT " COMMITTEE_COLS " FROM committee_member WHERE campaign_id = ?1";
	static const char sql_activities[] =
		"SELECT " ACTIVITY_COLS " FROM activity WHERE campaign_id = ?1";
	static const char sql_roles[] =
		"SELECT " ASSIGNMENT_COLS " FROM assignment "
		"WHERE activity_id IN (SELECT id FROM activity WHERE campaign_id = ?1)";
	static const char sql_deadlines[] =
		"SELECT " DEADLINE_COLS " FROM deadline WHERE campaign_id = ?1";
	static const char sql_owners[] =
		"SELECT " OWNER_COLS " FROM deadline_unit "
		"WHERE deadline_id IN (SELECT id FROM deadline WHERE campaign_id = ?1)";
	static const char sql_contacts[] =
		"SELECT " CONTACT_COLS " FROM contact WHERE campaign_id = ?1";
	static const char sql_focus[] =
		"SELECT " FOCUS_COLS " FROM campaign_focus WHERE campaign_id = ?1";
	static const struct {
		const struct table *t;
		const char *sql;
	} parts[] = {{&t_committee, sql_committee}, {&t_activity, sql_activities},
		     {&t_assignment, sql_roles},    {&t_deadline, sql_deadlines},
		     {&t_owner, sql_owners},        {&t_contact, sql_contacts},
		     {&t_focus, sql_focus}};
	int rc = start(st, &t_campaign, sql_campaign, id, "campaign", out, err);
	for (size_t i = 0; rc == 0 && i < sizeof parts / sizeof *parts; i++)
		rc = read_rows(st, *out, parts[i].t, parts[i].sql, id, err);
	return finish(out, rc);
}

static int refused(wp_err *err)
{
	wp_err_set(err, WP_TR("someone else changed the plan meanwhile; nothing was put back"));
	return WP_EDIT_CONFLICT;
}

static int insert_row(struct wp_store *st, const struct row *r, wp_err *err)
{
	sqlite3_stmt *s = wp_store_stmt(st, r->table->insert, err);
	if (!s)
		return -1;
	for (int i = 0; i < r->table->ncols; i++)
		sqlite3_bind_value(s, i + 1, r->values[i]);
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if ((rc & 0xff) == SQLITE_CONSTRAINT)
		return refused(err);
	return rc == SQLITE_DONE ? 0 : wp_store_fail(st, "writing to the database", err);
}

/* An activity number must stay unique within its campaign; any number of
 * activities may have none (''). */
static int number_free(struct wp_store *st, const struct row *r, wp_err *err)
{
	static const char sql[] = "SELECT 1 FROM activity WHERE campaign_id = ?1 AND number = ?2 "
				  "AND ?2 <> '' AND id <> ?3";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_value(s, 1, r->values[1]);
	sqlite3_bind_value(s, 2, r->values[3]);
	sqlite3_bind_value(s, 3, r->values[0]);
	int rc = wp_store_next(st, s, err);
	if (rc == 1) {
		sqlite3_reset(s);
		return refused(err);
	}
	return rc;
}

static int restore_rows(struct wp_store *st, const wp_snapshot *snap, wp_err *err)
{
	for (size_t i = 0; i < snap->nrows; i++) {
		const struct row *r = &snap->rows[i];
		int rc = insert_row(st, r, err);
		if (rc == 0 && r->table == &t_activity)
			rc = number_free(st, r, err);
		if (rc != 0)
			return rc;
	}
	return wp_deadline_resolve(st, snap->campaign_id, WP_DATE_NONE, err);
}

int wp_snapshot_restore(struct wp_store *st, const wp_snapshot *snap, wp_err *err)
{
	if (wp_store_begin(st, err) != 0)
		return -1;
	int rc = restore_rows(st, snap, err);
	if (rc != 0) {
		wp_store_rollback(st);
		return rc;
	}
	return wp_store_commit(st, err);
}

void wp_snapshot_free(wp_snapshot *snap)
{
	if (!snap)
		return;
	for (size_t i = 0; i < snap->nrows; i++) {
		for (int k = 0; k < snap->rows[i].table->ncols; k++)
			sqlite3_value_free(snap->rows[i].values[k]);
		free(snap->rows[i].values);
	}
	free(snap->rows);
	free(snap);
}
