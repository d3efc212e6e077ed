/* plan-export.c - writes a campaign as canonical weekplan-plan(5) JSON. */
#include "config.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "focus.h"
#include "i18n-core.h"
#include "plan.h"
#include "store.h"

static json_t *col_json(sqlite3_stmt *s, int col)
{
	const char *t = wp_col_text(s, col);
	return t ? json_string(t) : json_null();
}

static int export_campaign(wp_store *st, int64_t id, json_t *root, wp_err *err)
{
	static const char sql[] =
		"SELECT c.title, c.region, o.name, l.name, c.doc_number, c.issued_on, "
		"       c.period_start, c.period_end, c.theme, c.parent_plan, c.notes "
		"FROM campaign c LEFT JOIN unit o ON o.id = c.organizer_id "
		"LEFT JOIN unit l ON l.id = c.lead_unit_id WHERE c.id = ?1";
	sqlite3_stmt *s = wp_store_row(st, sql, id, "campaign", err);
	if (!s)
		return -1;
	json_object_set_new(root, "weekplan_plan", json_integer(1));
	json_object_set_new(root, "title", col_json(s, 0));
	json_object_set_new(root, "region", col_json(s, 1));
	json_object_set_new(root, "organizer", col_json(s, 2));
	json_object_set_new(root, "lead_unit", col_json(s, 3));
	json_object_set_new(root, "doc_number", col_json(s, 4));
	json_object_set_new(root, "issued_on", col_json(s, 5));
	json_object_set_new(root, "period",
			    json_pack("{s:o, s:o}", "start", col_json(s, 6), "end", col_json(s, 7)));
	json_object_set_new(root, "theme", col_json(s, 8));
	/* the publicity focuses, when the notice gave them: a plan without
	 * reads as it always did */
	json_t *focus;
	if (wp_focus_get_json(st, id, &focus, err) != 0) {
		sqlite3_reset(s);
		return -1;
	}
	if (focus)
		json_object_set_new(root, "focus", focus);
	json_object_set_new(root, "parent_plan", col_json(s, 9));
	json_object_set_new(root, "notes", col_json(s, 10));
	sqlite3_reset(s);
	return 0;
}

static int export_aliases(wp_store *st, int64_t unit, json_t *list, wp_err *err)
{
	static const char sql[] = "SELECT alias FROM unit_alias WHERE unit_id = ?1 ORDER BY seq";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, unit);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1)
		json_array_append_new(list, col_json(s, 0));
	return rc;
}

static int export_units(wp_store *st, int64_t id, json_t *root, wp_err *err)
{
	/* Units this campaign refers to that have other spellings. */
	static const char sql[] =
		"SELECT u.id, u.name FROM unit u WHERE u.id IN ("
		"  SELECT organizer_id FROM campaign WHERE id = ?1 "
		"  UNION SELECT lead_unit_id FROM campaign WHERE id = ?1 "
		"  UNION SELECT s.unit_id FROM assignment s JOIN activity a "
		"        ON a.id = s.activity_id WHERE a.campaign_id = ?1 "
		"  UNION SELECT unit_id FROM committee_member WHERE campaign_id = ?1 "
		"  UNION SELECT du.unit_id FROM deadline_unit du JOIN deadline d "
		"        ON d.id = du.deadline_id WHERE d.campaign_id = ?1 "
		"  UNION SELECT submit_to_unit_id FROM deadline WHERE campaign_id = ?1 "
		"  UNION SELECT unit_id FROM contact WHERE campaign_id = ?1) "
		"AND EXISTS (SELECT 1 FROM unit_alias a WHERE a.unit_id = u.id) ORDER BY u.id";
	json_t *units = json_array();
	json_object_set_new(root, "units", units);
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	/* Collect first: export_aliases uses another statement meanwhile,
	 * which is fine, but keep ids to avoid re-entrancy on this one. */
	int64_t ids[512];
	size_t n = 0;
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		if (n == sizeof ids / sizeof *ids) {
			sqlite3_reset(s);
			return wp_err_set(err, WP_TR("too many units with aliases to export"));
		}
		ids[n++] = sqlite3_column_int64(s, 0);
		json_array_append_new(units, json_pack("{s:o, s:o}", "name", col_json(s, 1),
						       "aliases", json_array()));
	}
	if (rc < 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (export_aliases(st, ids[i], json_object_get(json_array_get(units, i),
							       "aliases"), err) != 0)
			return -1;
	return 0;
}

/* The lead and cooperating units of all the campaign's activities, in
 * one statement (one per activity was most of an import's export, which
 * keeps the plan as the base of a re-import), given to the activities
 * of list (in plan order, each with its "_id") in turn. */
static int export_assignments(wp_store *st, int64_t campaign_id, json_t *list, wp_err *err)
{
	static const char sql[] = "SELECT s.activity_id, u.name, s.role FROM activity a "
				  "JOIN assignment s ON s.activity_id = a.id "
				  "JOIN unit u ON u.id = s.unit_id "
				  "WHERE a.campaign_id = ?1 ORDER BY a.seq, a.id, s.seq";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	size_t i = 0, n = json_array_size(list);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		json_int_t aid = sqlite3_column_int64(s, 0);
		while (i < n && json_integer_value(json_object_get(json_array_get(list, i),
								   "_id")) != aid)
			i++;
		if (i == n) /* cannot be: both statements list by seq, then id */
			continue;
		json_t *a = json_array_get(list, i);
		const char *key = strcmp(wp_col_text(s, 2), "lead") == 0 ? "lead" : "cooperate";
		json_array_append_new(json_object_get(a, key), col_json(s, 1));
	}
	return rc;
}

static int export_activities(wp_store *st, int64_t id, json_t *root, wp_err *err)
{
	static const char sql[] =
		"SELECT id, nullif(number, ''), title, description, start_date, end_date, start_time, "
		"       end_time, location, notes "
		"FROM activity WHERE campaign_id = ?1 ORDER BY seq, id";
	json_t *list = json_array();
	json_object_set_new(root, "activities", list);
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		json_t *a = json_object();
		json_object_set_new(a, "no", col_json(s, 1));
		json_object_set_new(a, "title", col_json(s, 2));
		json_object_set_new(a, "description", col_json(s, 3));
		json_object_set_new(a, "start", col_json(s, 4));
		json_object_set_new(a, "end", col_json(s, 5));
		json_object_set_new(a, "time", col_json(s, 6));
		json_object_set_new(a, "end_time", col_json(s, 7));
		json_object_set_new(a, "location", col_json(s, 8));
		json_object_set_new(a, "lead", json_array());
		json_object_set_new(a, "cooperate", json_array());
		json_object_set_new(a, "notes", col_json(s, 9));
		json_object_set_new(a, "_id", json_integer(sqlite3_column_int64(s, 0)));
		json_array_append_new(list, a);
	}
	if (rc < 0)
		return -1;
	if (export_assignments(st, id, list, err) != 0)
		return -1;
	size_t i;
	json_t *a;
	json_array_foreach(list, i, a) json_object_del(a, "_id");
	return 0;
}

static int export_committee(wp_store *st, int64_t id, json_t *root, wp_err *err)
{
	static const char sql[] = "SELECT u.name, m.role FROM committee_member m "
				  "JOIN unit u ON u.id = m.unit_id WHERE m.campaign_id = ?1 "
				  "ORDER BY m.role, m.seq";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	json_t *c = json_pack("{s:[], s:[], s:[], s:[]}", "chair", "vice_chair", "members",
			      "office");
	int rc, n = 0;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		const char *role = wp_col_text(s, 1);
		const char *key = strcmp(role, "member") == 0 ? "members" : role;
		json_array_append_new(json_object_get(c, key), col_json(s, 0));
		n++;
	}
	json_object_set_new(root, "committee", n ? c : json_null());
	if (!n)
		json_decref(c);
	return rc;
}

/* Who owes each of the campaign's deadlines (list, in plan order, each
 * with its "_id"), in one statement as export_assignments does. */
static int export_owers(wp_store *st, int64_t campaign_id, json_t *list, wp_err *err)
{
	static const char sql[] = "SELECT du.deadline_id, u.name, du.submitted_on "
				  "FROM deadline d JOIN deadline_unit du ON du.deadline_id = d.id "
				  "JOIN unit u ON u.id = du.unit_id "
				  "WHERE d.campaign_id = ?1 ORDER BY d.seq, d.id, du.seq";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	size_t i = 0, n = json_array_size(list);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		json_int_t did = sqlite3_column_int64(s, 0);
		while (i < n && json_integer_value(json_object_get(json_array_get(list, i),
								   "_id")) != did)
			i++;
		if (i == n)
			continue;
		json_t *d = json_array_get(list, i);
		json_array_append_new(json_object_get(d, "who"), col_json(s, 1));
		if (wp_col_text(s, 2))
			json_object_set_new(json_object_get(d, "submitted"), wp_col_text(s, 1),
					    col_json(s, 2));
	}
	return rc;
}

static json_t *relative_json(sqlite3_stmt *s)
{
	if (strcmp(wp_col_text(s, 4), "relative") != 0)
		return json_null();
	return json_pack("{s:I, s:o, s:o}", "offset", (json_int_t)sqlite3_column_int64(s, 6),
			 "unit", col_json(s, 7), "anchor", col_json(s, 8));
}

static int export_deadlines(wp_store *st, int64_t id, json_t *root, wp_err *err)
{
	static const char sql[] =
		"SELECT d.id, d.what, a.number, d.rule_text, d.rule_kind, d.fixed_date, "
		"       d.rule_offset, d.rule_unit, d.rule_anchor, d.roll_forward, "
		"       d.submit_to, u.name, d.notes "
		"FROM deadline d LEFT JOIN activity a ON a.id = d.activity_id "
		"LEFT JOIN unit u ON u.id = d.submit_to_unit_id "
		"WHERE d.campaign_id = ?1 ORDER BY d.seq, d.id";
	json_t *list = json_array();
	json_object_set_new(root, "deadlines", list);
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		json_t *d = json_object();
		json_object_set_new(d, "what", col_json(s, 1));
		json_object_set_new(d, "activity", col_json(s, 2));
		json_object_set_new(d, "rule", col_json(s, 3));
		json_object_set_new(d, "due", col_json(s, 5));
		json_object_set_new(d, "relative", relative_json(s));
		json_object_set_new(d, "roll_forward", json_boolean(sqlite3_column_int(s, 9)));
		json_object_set_new(d, "who", json_array());
		json_object_set_new(d, "submitted", json_object());
		json_object_set_new(d, "submit_to", col_json(s, 10));
		json_object_set_new(d, "submit_to_unit", col_json(s, 11));
		json_object_set_new(d, "notes", col_json(s, 12));
		json_object_set_new(d, "_id", json_integer(sqlite3_column_int64(s, 0)));
		json_array_append_new(list, d);
	}
	if (rc < 0)
		return -1;
	if (export_owers(st, id, list, err) != 0)
		return -1;
	size_t i;
	json_t *d;
	json_array_foreach(list, i, d) json_object_del(d, "_id");
	return 0;
}

static int export_contacts(wp_store *st, int64_t id, json_t *root, wp_err *err)
{
	static const char sql[] = "SELECT c.name, c.phone, c.email, u.name, a.number "
				  "FROM contact c LEFT JOIN unit u ON u.id = c.unit_id "
				  "LEFT JOIN activity a ON a.id = c.activity_id "
				  "WHERE c.campaign_id = ?1 ORDER BY c.seq";
	json_t *list = json_array();
	json_object_set_new(root, "contacts", list);
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1)
		json_array_append_new(list, json_pack("{s:o, s:o, s:o, s:o, s:o}", "name",
						      col_json(s, 0), "phone", col_json(s, 1),
						      "email", col_json(s, 2), "unit",
						      col_json(s, 3), "activity", col_json(s, 4)));
	return rc;
}

char *wp_plan_export(wp_store *st, int64_t campaign_id, wp_err *err)
{
	json_t *root = json_object();
	char *out = NULL;
	if (export_campaign(st, campaign_id, root, err) == 0 &&
	    export_units(st, campaign_id, root, err) == 0 &&
	    export_activities(st, campaign_id, root, err) == 0 &&
	    export_committee(st, campaign_id, root, err) == 0 &&
	    export_deadlines(st, campaign_id, root, err) == 0 &&
	    export_contacts(st, campaign_id, root, err) == 0) {
		char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		if (text) {
			size_t n = strlen(text);
			out = wp_xmalloc(n + 2);
			memcpy(out, text, n);
			out[n] = '\n';
			out[n + 1] = '\0';
			free(text);
		} else {
			wp_err_set(err, WP_TR("cannot encode the plan as JSON"));
		}
	}
	json_decref(root);
	return out;
}

/* The ids of one table's rows of a campaign, in seq order. */
static int ids_in_order(wp_store *st, const char *sql, int64_t campaign_id, int64_t **ids,
			size_t *n, wp_err *err)
{
	*ids = NULL;
	*n = 0;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		*ids = wp_xrealloc(*ids, (*n + 1) * sizeof **ids);
		(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
	}
	return rc;
}

int wp_plan_export_ids(wp_store *st, int64_t campaign_id, int64_t **activity_ids, size_t *na,
		       int64_t **deadline_ids, size_t *nd, wp_err *err)
{
	/* the same order as export_activities and export_deadlines */
	static const char sql_act[] = "SELECT id FROM activity WHERE campaign_id = ?1 ORDER BY seq, id";
	static const char sql_dl[] = "SELECT id FROM deadline WHERE campaign_id = ?1 ORDER BY seq, id";
	*deadline_ids = NULL;
	*nd = 0;
	if (ids_in_order(st, sql_act, campaign_id, activity_ids, na, err) != 0 ||
	    ids_in_order(st, sql_dl, campaign_id, deadline_ids, nd, err) != 0)
		return -1;
	return 0;
}
