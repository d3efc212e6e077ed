#include "config.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "campaign.h"
#include "date.h"
#include "deadline.h"
#include "focus.h"
#include "i18n-core.h"
#include "model.h"
#include "plan-memo.h"
#include "plan-source.h"
#include "plan.h"
#include "plancheck.h"
#include "store.h"
#include "text.h"
#include "unit.h"

/* Internal flag: store the plan beside a campaign of the same title, for
 * wp_plan_canonical, which rolls it back at once. */
#define IMPORT_BESIDE 0x100

/* The importer's state: everything lands in one transaction on st. */
struct importer {
	wp_store *st;
	const char *region;
	int64_t campaign_id;
	wp_date period_start, period_end;
	wp_plan_memo *memo; /* NULL, or the run's unit ids (plan-memo.h) */
	wp_err *err;
};

/* ---- reading JSON values, each failure naming its place --------------- */

static int only_keys(json_t *obj, const char *where, const char *const *keys, wp_err *err)
{
	const char *key;
	json_t *value;
	json_object_foreach(obj, key, value) {
		bool known = false;
		for (const char *const *k = keys; *k; k++)
			known = known || strcmp(key, *k) == 0;
		if (!known)
			return wp_err_set(err, WP_TR("%s: unknown key '%.40s'"), where, key);
	}
	return 0;
}

/* *out is borrowed from the JSON document, NULL when missing or null. */
static int get_text(json_t *obj, const char *key, const char *where, bool required,
		    int flags, const char **out, wp_err *err)
{
	json_t *v = json_object_get(obj, key);
	*out = NULL;
	if (!v || json_is_null(v)) {
		if (required)
			return wp_err_set(err, WP_TR("%s: '%s' is missing"), where, key);
		return 0;
	}
	if (!json_is_string(v))
		return wp_err_set(err, WP_TR("%s: '%s' must be a string"), where, key);
	const char *s = json_string_value(v);
	char what[128];
	snprintf(what, sizeof what, "%s: '%s'", where, key);
	if (strlen(s) != json_string_length(v))
		return wp_err_set(err, WP_TR("%s contains a NUL character"), what);
	if (wp_text_check(s, what, flags, err) != 0)
		return -1;
	if (required && !*s)
		return wp_err_set(err, WP_TR("%s is empty"), what);
	*out = *s ? s : NULL;
	return 0;
}

static int get_date(json_t *obj, const char *key, const char *where, bool required,
		    wp_date *out, wp_err *err)
{
	const char *s;
	*out = WP_DATE_NONE;
	if (get_text(obj, key, where, required, WP_TEXT_SINGLE_LINE, &s, err) != 0)
		return -1;
	if (s && wp_date_parse(s, out, err) != 0)
		return wp_err_prefix(err, "%s: '%s': ", where, key);
	return 0;
}

static int get_time(json_t *obj, const char *key, const char *where, const char **out,
		    wp_err *err)
{
	if (get_text(obj, key, where, false, WP_TEXT_SINGLE_LINE, out, err) != 0)
		return -1;
	const char *t = *out;
	if (t && !(strlen(t) == 5 && t[2] == ':' && t[0] >= '0' && t[0] <= '2' &&
		   t[1] >= '0' && t[1] <= '9' && t[3] >= '0' && t[3] <= '5' &&
		   t[4] >= '0' && t[4] <= '9' && (t[0] < '2' || t[1] <= '3')))
		return wp_err_set(err, WP_TR("%s: '%s' is not a time HH:MM (00:00-23:59): '%.20s'"),
				  where, key, t);
	return 0;
}

/* An array of strings (missing or null = empty). */
static int get_names(json_t *obj, const char *key, const char *where, json_t **out,
		     wp_err *err)
{
	json_t *v = json_object_get(obj, key);
	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_array(v))
		return wp_err_set(err, WP_TR("%s: '%s' must be a list of names"), where, key);
	size_t i;
	json_t *item;
	json_array_foreach(v, i, item) {
		if (!json_is_string(item) || !*json_string_value(item))
			return wp_err_set(err, WP_TR("%s: '%s' item %zu must be a non-empty string"),
					  where, key, i + 1);
		char what[128];
		snprintf(what, sizeof what, "%s: '%s' item %zu", where, key, i + 1);
		if (wp_text_check(json_string_value(item), what, WP_TEXT_SINGLE_LINE, err) != 0)
			return -1;
	}
	*out = v;
	return 0;
}

/* ---- writing rows ------------------------------------------------------- */

static int unit_id(struct importer *im, const char *name, int64_t *id)
{
	if (im->memo && (*id = wp_plan_memo_get(im->memo, im->region, name)) != 0)
		return 0;
	if (wp_unit_ensure(im->st, im->region, name, id, im->err) != 0)
		return -1;
	if (im->memo)
		wp_plan_memo_put(im->memo, im->region, name, *id);
	return 0;
}

static int import_units(struct importer *im, json_t *root)
{
	static const char *const keys[] = {"name", "aliases", NULL};
	json_t *units = json_object_get(root, "units");
	if (!units || json_is_null(units))
		return 0;
	if (!json_is_array(units))
		return wp_err_set(im->err, "'units' must be a list");
	size_t i;
	json_t *u;
	json_array_foreach(units, i, u) {
		char where[64];
		snprintf(where, sizeof where, "unit %zu", i + 1);
		const char *name;
		json_t *aliases;
		int64_t id;
		if (!json_is_object(u))
			return wp_err_set(im->err, "%s must be an object", where);
		if (only_keys(u, where, keys, im->err) != 0 ||
		    get_text(u, "name", where, true, 0, &name, im->err) != 0 ||
		    get_names(u, "aliases", where, &aliases, im->err) != 0 ||
		    unit_id(im, name, &id) != 0)
			return -1;
		size_t j;
		json_t *a;
		json_array_foreach(aliases, j, a) {
			if (wp_unit_add_alias(im->st, id, json_string_value(a), im->err) != 0)
				return wp_err_prefix(im->err, "%s: ", where);
		}
	}
	return 0;
}

static int optional_unit(struct importer *im, json_t *obj, const char *key,
			 const char *where, int64_t *id)
{
	const char *name;
	*id = 0;
	if (get_text(obj, key, where, false, 0, &name, im->err) != 0)
		return -1;
	return name ? unit_id(im, name, id) : 0;
}

static int replace_existing(struct importer *im, const char *title, bool replace)
{
	int64_t old;
	int rc = wp_campaign_with_title(im->st, title, im->region, &old, im->err);
	if (rc <= 0)
		return rc;
	if (!replace)
		return wp_err_set(im->err,
				  WP_TR("campaign '%s' is already stored (id %lld): "
					"use --update %lld to merge the plan into it, keeping its "
					"edits and submissions, or --replace to replace it"),
				  title, (long long)old, (long long)old);
	return wp_campaign_delete(im->st, old, im->err);
}

static int import_campaign(struct importer *im, json_t *root, int flags)
{
	static const char sql[] =
		"INSERT INTO campaign(title, region, organizer_id, lead_unit_id, doc_number, "
		"  issued_on, period_start, period_end, span_days, theme, parent_plan, notes) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
	static const char *const period_keys[] = {"start", "end", NULL};
	const char *title, *doc, *theme, *parent, *notes;
	wp_date issued;
	wp_err *err = im->err;
	json_t *period = json_object_get(root, "period");
	if (get_text(root, "title", "plan", true, 0, &title, err) != 0 ||
	    get_text(root, "region", "plan", false, 0, &im->region, err) != 0 ||
	    get_text(root, "doc_number", "plan", false, 0, &doc, err) != 0 ||
	    get_date(root, "issued_on", "plan", false, &issued, err) != 0 ||
	    get_text(root, "theme", "plan", false, 0, &theme, err) != 0 ||
	    get_text(root, "parent_plan", "plan", false, 0, &parent, err) != 0 ||
	    get_text(root, "notes", "plan", false, WP_TEXT_MULTI_LINE, &notes, err) != 0)
		return -1;
	if (!im->region)
		im->region = "";
	if (!json_is_object(period))
		return wp_err_set(err, WP_TR("plan: 'period' must be an object with start and end"));
	if (only_keys(period, "period", period_keys, err) != 0 ||
	    get_date(period, "start", "period", true, &im->period_start, err) != 0 ||
	    get_date(period, "end", "period", true, &im->period_end, err) != 0)
		return -1;
	if (im->period_end < im->period_start)
		return wp_err_set(err, WP_TR("period: end is before start"));
	if (!(flags & IMPORT_BESIDE) && replace_existing(im, title, flags & WP_PLAN_REPLACE) != 0)
		return -1;
	if (import_units(im, root) != 0)
		return -1;
	int64_t organizer, lead;
	if (optional_unit(im, root, "organizer", "plan", &organizer) != 0 ||
	    optional_unit(im, root, "lead_unit", "plan", &lead) != 0)
		return -1;
	sqlite3_stmt *s = wp_store_stmt(im->st, sql, err);
	if (!s)
		return -1;
	wp_bind_text(s, 1, title);
	wp_bind_text(s, 2, im->region);
	wp_bind_id(s, 3, organizer);
	wp_bind_id(s, 4, lead);
	wp_bind_text(s, 5, doc);
	wp_bind_date(s, 6, issued);
	wp_bind_date(s, 7, im->period_start);
	wp_bind_date(s, 8, im->period_end);
	sqlite3_bind_int(s, 9, im->period_end - im->period_start);
	wp_bind_text(s, 10, theme);
	wp_bind_text(s, 11, parent);
	wp_bind_text(s, 12, notes);
	if (wp_store_run(im->st, s, err) != 0)
		return -1;
	im->campaign_id = wp_store_last_id(im->st);
	return 0;
}

static int insert_assignments(struct importer *im, int64_t activity, wp_date start,
			      json_t *names, const char *role, int *seq, const char *where)
{
	/* start_date is given (the activity's, just stored), so trigger
	 * assignment_date_on_insert (schema 007) finds it right and does not
	 * write the row a second time. */
	static const char sql[] = "INSERT INTO assignment(activity_id, unit_id, role, seq, "
				  "start_date) VALUES (?1, ?2, ?3, ?4, ?5)";
	size_t i;
	json_t *n;
	json_array_foreach(names, i, n) {
		int64_t unit;
		if (unit_id(im, json_string_value(n), &unit) != 0)
			return wp_err_prefix(im->err, "%s: ", where);
		sqlite3_stmt *s = wp_store_stmt(im->st, sql, im->err);
		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, activity);
		sqlite3_bind_int64(s, 2, unit);
		wp_bind_text(s, 3, role);
		sqlite3_bind_int(s, 4, (*seq)++);
		wp_bind_date(s, 5, start);
		if (wp_store_run(im->st, s, im->err) != 0) {
			if (sqlite3_extended_errcode(wp_store_db(im->st)) ==
			    SQLITE_CONSTRAINT_PRIMARYKEY)
				return wp_err_set(im->err, "%s: unit '%s' is listed twice", where,
						  json_string_value(n));
			return -1;
		}
	}
	return 0;
}

static int import_activity(struct importer *im, json_t *a, int seq)
{
	static const char *const keys[] = {"no", "title", "description", "start", "end",
					   "time", "end_time", "location", "lead",
					   "cooperate", "notes", "date_text", NULL};
	static const char sql[] =
		"INSERT INTO activity(campaign_id, seq, number, title, description, "
		"  start_date, end_date, span_days, start_time, end_time, location, notes) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
	char where[64];
	snprintf(where, sizeof where, "activity %d", seq + 1);
	wp_err *err = im->err;
	if (!json_is_object(a))
		return wp_err_set(err, WP_TR("%s must be an object"), where);
	const char *no, *title, *desc, *time, *end_time, *loc, *notes, *written;
	wp_date start, end;
	json_t *lead, *coop;
	/* "no" may be null: an activity the notice does not number (a day's
	 * schedule, prose) is stored without one, not given a made-up one */
	if (only_keys(a, where, keys, err) != 0 ||
	    get_text(a, "no", where, false, 0, &no, err) != 0)
		return -1;
	if (no)
		snprintf(where, sizeof where, "activity %d (%.20s)", seq + 1, no);
	if (get_text(a, "title", where, true, 0, &title, err) != 0 ||
	    get_text(a, "date_text", where, false, 0, &written, err) != 0 ||
	    get_text(a, "description", where, false, WP_TEXT_MULTI_LINE, &desc, err) != 0 ||
	    get_date(a, "start", where, false, &start, err) != 0 ||
	    get_date(a, "end", where, false, &end, err) != 0 ||
	    get_time(a, "time", where, &time, err) != 0 ||
	    get_time(a, "end_time", where, &end_time, err) != 0 ||
	    get_text(a, "location", where, false, 0, &loc, err) != 0 ||
	    get_text(a, "notes", where, false, WP_TEXT_MULTI_LINE, &notes, err) != 0 ||
	    get_names(a, "lead", where, &lead, err) != 0 ||
	    get_names(a, "cooperate", where, &coop, err) != 0)
		return -1;
	if (start == WP_DATE_NONE && end != WP_DATE_NONE)
		return wp_err_set(err, WP_TR("%s: 'end' given without 'start'"), where);
	if (end == WP_DATE_NONE)
		end = start;
	if (end < start)
		return wp_err_set(err, WP_TR("%s: 'end' is before 'start'"), where);
	if (end_time && !time)
		return wp_err_set(err, WP_TR("%s: 'end_time' given without 'time'"), where);
	if (end_time && start == end && strcmp(end_time, time) < 0)
		return wp_err_set(err, WP_TR("%s: 'end_time' is before 'time'"), where);
	sqlite3_stmt *s = wp_store_stmt(im->st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, im->campaign_id);
	sqlite3_bind_int(s, 2, seq);
	wp_bind_text(s, 3, wp_activity_number_stored(no));
	wp_bind_text(s, 4, title);
	wp_bind_text(s, 5, desc);
	wp_bind_date(s, 6, start);
	wp_bind_date(s, 7, end);
	if (start != WP_DATE_NONE)
		sqlite3_bind_int(s, 8, end - start);
	wp_bind_text(s, 9, time);
	wp_bind_text(s, 10, end_time);
	wp_bind_text(s, 11, loc);
	wp_bind_text(s, 12, notes);
	if (wp_store_run(im->st, s, err) != 0)
		return -1;
	int64_t id = wp_store_last_id(im->st);
	int aseq = 0;
	if (insert_assignments(im, id, start, lead, "lead", &aseq, where) != 0 ||
	    insert_assignments(im, id, start, coop, "cooperate", &aseq, where) != 0)
		return -1;
	return 0;
}

static int import_list(struct importer *im, json_t *root, const char *key,
		       int (*one)(struct importer *, json_t *, int))
{
	json_t *list = json_object_get(root, key);
	if (!list || json_is_null(list))
		return 0;
	if (!json_is_array(list))
		return wp_err_set(im->err, "'%s' must be a list", key);
	size_t i;
	json_t *item;
	json_array_foreach(list, i, item) {
		if (one(im, item, (int)i) != 0)
			return -1;
	}
	return 0;
}

static int import_committee(struct importer *im, json_t *root)
{
	static const char *const roles[] = {"chair", "vice_chair", "members", "office", NULL};
	static const char *const db_roles[] = {"chair", "vice_chair", "member", "office"};
	static const char sql[] = "INSERT INTO committee_member(campaign_id, unit_id, role, seq) "
				  "VALUES (?1, ?2, ?3, ?4)";
	json_t *c = json_object_get(root, "committee");
	if (!c || json_is_null(c))
		return 0;
	if (!json_is_object(c))
		return wp_err_set(im->err, "'committee' must be an object");
	if (only_keys(c, "committee", roles, im->err) != 0)
		return -1;
	for (int r = 0; roles[r]; r++) {
		json_t *names;
		if (get_names(c, roles[r], "committee", &names, im->err) != 0)
			return -1;
		size_t i;
		json_t *n;
		json_array_foreach(names, i, n) {
			int64_t unit;
			if (unit_id(im, json_string_value(n), &unit) != 0)
				return wp_err_prefix(im->err, "committee: ");
			sqlite3_stmt *s = wp_store_stmt(im->st, sql, im->err);
			if (!s)
				return -1;
			sqlite3_bind_int64(s, 1, im->campaign_id);
			sqlite3_bind_int64(s, 2, unit);
			wp_bind_text(s, 3, db_roles[r]);
			sqlite3_bind_int(s, 4, (int)i);
			if (wp_store_run(im->st, s, im->err) == 0)
				continue;
			/* two names of one unit in a role: refused as an
			 * activity's lead/cooperate are, by the name */
			if (sqlite3_extended_errcode(wp_store_db(im->st)) ==
			    SQLITE_CONSTRAINT_PRIMARYKEY)
				return wp_err_set(im->err, "committee: %s: unit '%s' is listed twice",
						  roles[r], json_string_value(n));
			return wp_err_prefix(im->err, "committee: %s '%s': ", roles[r],
					     json_string_value(n));
		}
	}
	return 0;
}

/* The activity numbered no in this campaign; 0 if no is NULL. */
static int activity_by_number(struct importer *im, const char *no, const char *where,
			      int64_t *id)
{
	static const char sql[] = "SELECT id FROM activity WHERE campaign_id = ?1 AND number = ?2";
	*id = 0;
	if (!no)
		return 0;
	sqlite3_stmt *s = wp_store_stmt(im->st, sql, im->err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, im->campaign_id);
	wp_bind_text(s, 2, no);
	int rc = wp_store_next(im->st, s, im->err);
	if (rc == 0)
		return wp_err_set(im->err, "%s: no activity numbered '%s'", where, no);
	if (rc < 0)
		return -1;
	*id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return 0;
}

static int read_relative(struct importer *im, json_t *rel, const char *where, wp_rule *rule)
{
	static const char *const keys[] = {"offset", "unit", "anchor", NULL};
	if (!json_is_object(rel))
		return wp_err_set(im->err, "%s: 'relative' must be an object", where);
	if (only_keys(rel, where, keys, im->err) != 0)
		return -1;
	json_t *off = json_object_get(rel, "offset");
	const char *unit, *anchor;
	if (!json_is_integer(off) || json_integer_value(off) < -WP_RULE_MAX_OFFSET ||
	    json_integer_value(off) > WP_RULE_MAX_OFFSET)
		return wp_err_set(im->err, "%s: 'offset' must be a whole number of days "
					   "between -%d and %d",
				  where, WP_RULE_MAX_OFFSET, WP_RULE_MAX_OFFSET);
	if (get_text(rel, "unit", where, true, 0, &unit, im->err) != 0 ||
	    get_text(rel, "anchor", where, true, 0, &anchor, im->err) != 0)
		return -1;
	if (strcmp(unit, "days") != 0 && strcmp(unit, "workdays") != 0)
		return wp_err_set(im->err, "%s: 'unit' must be \"days\" or \"workdays\"", where);
	rule->kind = WP_RULE_RELATIVE;
	rule->offset = (int)json_integer_value(off);
	rule->workdays = strcmp(unit, "workdays") == 0;
	if (wp_anchor_parse(anchor, &rule->anchor, im->err) != 0)
		return wp_err_prefix(im->err, "%s: ", where);
	return 0;
}

static int insert_owers(struct importer *im, int64_t deadline, json_t *who,
			json_t *submitted, const char *where)
{
	static const char sql[] = "INSERT INTO deadline_unit(deadline_id, unit_id, seq, "
				  "submitted_on) VALUES (?1, ?2, ?3, ?4)";
	if (submitted && !json_is_null(submitted) && !json_is_object(submitted))
		return wp_err_set(im->err, "%s: 'submitted' must map unit names to dates",
				  where);
	size_t i;
	json_t *n;
	json_array_foreach(who, i, n) {
		int64_t unit;
		wp_date on = WP_DATE_NONE;
		const char *name = json_string_value(n);
		if (submitted && json_is_object(submitted) &&
		    get_date(submitted, name, where, false, &on, im->err) != 0)
			return -1;
		if (unit_id(im, name, &unit) != 0)
			return wp_err_prefix(im->err, "%s: ", where);
		sqlite3_stmt *s = wp_store_stmt(im->st, sql, im->err);
		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, deadline);
		sqlite3_bind_int64(s, 2, unit);
		sqlite3_bind_int(s, 3, (int)i);
		wp_bind_date(s, 4, on);
		if (wp_store_run(im->st, s, im->err) != 0)
			return wp_err_prefix(im->err, "%s: unit '%s': ", where, name);
	}
	const char *key;
	json_t *v;
	json_object_foreach(submitted, key, v) {
		bool listed = false;
		json_array_foreach(who, i, n) listed = listed || strcmp(json_string_value(n), key) == 0;
		if (!listed)
			return wp_err_set(im->err, "%s: 'submitted' names '%.60s', who is not "
						   "in 'who'",
					  where, key);
	}
	return 0;
}

static int import_deadline(struct importer *im, json_t *d, int seq)
{
	static const char *const keys[] = {"what", "activity", "rule", "due", "relative",
					   "roll_forward", "who", "submitted", "submit_to",
					   "submit_to_unit", "notes", NULL};
	static const char sql[] =
		"INSERT INTO deadline(campaign_id, activity_id, seq, what, rule_text, rule_kind, "
		"  fixed_date, rule_offset, rule_unit, rule_anchor, roll_forward, "
		"  submit_to_unit_id, submit_to, notes) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
	char where[64];
	snprintf(where, sizeof where, "deadline %d", seq + 1);
	wp_err *err = im->err;
	if (!json_is_object(d))
		return wp_err_set(err, WP_TR("%s must be an object"), where);
	const char *what, *act_no, *rule_text, *submit_to, *notes;
	json_t *who, *rel = json_object_get(d, "relative"), *roll = json_object_get(d, "roll_forward");
	wp_rule rule = {.kind = WP_RULE_NONE};
	int64_t activity, submit_unit;
	if (only_keys(d, where, keys, err) != 0 ||
	    get_text(d, "what", where, true, 0, &what, err) != 0 ||
	    get_text(d, "activity", where, false, 0, &act_no, err) != 0 ||
	    get_text(d, "rule", where, false, 0, &rule_text, err) != 0 ||
	    get_date(d, "due", where, false, &rule.fixed, err) != 0 ||
	    get_text(d, "submit_to", where, false, 0, &submit_to, err) != 0 ||
	    get_text(d, "notes", where, false, WP_TEXT_MULTI_LINE, &notes, err) != 0 ||
	    get_names(d, "who", where, &who, err) != 0 ||
	    activity_by_number(im, act_no, where, &activity) != 0 ||
	    optional_unit(im, d, "submit_to_unit", where, &submit_unit) != 0)
		return -1;
	if (roll && !json_is_null(roll) && !json_is_boolean(roll))
		return wp_err_set(err, WP_TR("%s: 'roll_forward' must be true or false"), where);
	rule.roll_forward = json_is_true(roll);
	if (rule.fixed != WP_DATE_NONE && rel && !json_is_null(rel))
		return wp_err_set(err, WP_TR("%s: give either 'due' or 'relative', not both"), where);
	if (rule.fixed != WP_DATE_NONE)
		rule.kind = WP_RULE_DATE;
	else if (rel && !json_is_null(rel) && read_relative(im, rel, where, &rule) != 0)
		return -1;
	if (rule.kind == WP_RULE_RELATIVE && !activity &&
	    (rule.anchor == WP_ANCHOR_ACTIVITY_START || rule.anchor == WP_ANCHOR_ACTIVITY_END))
		return wp_err_set(err, WP_TR("%s: an activity anchor needs 'activity'"), where);
	sqlite3_stmt *s = wp_store_stmt(im->st, sql, err);
	if (!s)
		return -1;
	static const char *const kinds[] = {"none", "date", "relative"};
	sqlite3_bind_int64(s, 1, im->campaign_id);
	wp_bind_id(s, 2, activity);
	sqlite3_bind_int(s, 3, seq);
	wp_bind_text(s, 4, what);
	wp_bind_text(s, 5, rule_text);
	wp_bind_text(s, 6, kinds[rule.kind]);
	wp_bind_date(s, 7, rule.kind == WP_RULE_DATE ? rule.fixed : WP_DATE_NONE);
	if (rule.kind == WP_RULE_RELATIVE) {
		sqlite3_bind_int(s, 8, rule.offset);
		wp_bind_text(s, 9, rule.workdays ? "workdays" : "days");
		wp_bind_text(s, 10, wp_anchor_name(rule.anchor));
	}
	sqlite3_bind_int(s, 11, rule.roll_forward);
	wp_bind_id(s, 12, submit_unit);
	wp_bind_text(s, 13, submit_to);
	wp_bind_text(s, 14, notes);
	if (wp_store_run(im->st, s, err) != 0)
		return -1;
	return insert_owers(im, wp_store_last_id(im->st), who, json_object_get(d, "submitted"),
			    where);
}

static int import_contact(struct importer *im, json_t *c, int seq)
{
	static const char *const keys[] = {"name", "phone", "email", "unit", "activity", NULL};
	static const char sql[] = "INSERT INTO contact(campaign_id, activity_id, unit_id, seq, "
				  "name, phone, email) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
	char where[64];
	snprintf(where, sizeof where, "contact %d", seq + 1);
	if (!json_is_object(c))
		return wp_err_set(im->err, "%s must be an object", where);
	const char *name, *phone, *email, *act_no;
	int64_t unit, activity;
	if (only_keys(c, where, keys, im->err) != 0 ||
	    get_text(c, "name", where, true, 0, &name, im->err) != 0 ||
	    get_text(c, "phone", where, false, 0, &phone, im->err) != 0 ||
	    get_text(c, "email", where, false, 0, &email, im->err) != 0 ||
	    get_text(c, "activity", where, false, 0, &act_no, im->err) != 0 ||
	    activity_by_number(im, act_no, where, &activity) != 0 ||
	    optional_unit(im, c, "unit", where, &unit) != 0)
		return -1;
	sqlite3_stmt *s = wp_store_stmt(im->st, sql, im->err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, im->campaign_id);
	wp_bind_id(s, 2, activity);
	wp_bind_id(s, 3, unit);
	sqlite3_bind_int(s, 4, seq);
	wp_bind_text(s, 5, name);
	wp_bind_text(s, 6, phone);
	wp_bind_text(s, 7, email);
	return wp_store_run(im->st, s, im->err);
}

/* A draft read from a notice lists what the notice did not give
 * ("missing": title, period, year); a campaign cannot be stored without
 * them, so the message says which, and how to give them. */
static int refuse_draft(json_t *root, wp_err *err)
{
	json_t *missing = json_object_get(root, "missing");
	if (!missing)
		return 0;
	if (!json_is_array(missing))
		return wp_err_set(err, WP_TR("plan: 'missing' must be a list"));
	if (json_array_size(missing) == 0)
		return 0;
	char list[128] = "";
	size_t i;
	json_t *v;
	json_array_foreach(missing, i, v) {
		const char *what = json_string_value(v);
		if (!what || (strcmp(what, "title") && strcmp(what, "period") && strcmp(what, "year")))
			return wp_err_set(err, WP_TR("plan: 'missing' may list title, period and year"));
		snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", what);
	}
	return wp_err_set(err, WP_TR("the plan is a draft: the notice does not give its %s (import-notice takes them as --title, --period and --year)"),
			  list);
}

static int import_root(struct importer *im, json_t *root, int flags)
{
	static const char *const keys[] = {
		"weekplan_plan", "title", "region", "organizer", "lead_unit", "doc_number",
		"issued_on", "period", "theme", "focus", "parent_plan", "notes", "units",
		"activities", "committee", "deadlines", "contacts", "missing", NULL};
	if (!json_is_object(root))
		return wp_err_set(im->err, "not a weekplan plan (expected a JSON object)");
	json_t *version = json_object_get(root, "weekplan_plan");
	if (!json_is_integer(version))
		return wp_err_set(im->err, "not a weekplan plan (no \"weekplan_plan\" version)");
	if (json_integer_value(version) != 1)
		return wp_err_set(im->err, "plan format version %lld is not supported (this "
					   "weekplan reads version 1)",
				  (long long)json_integer_value(version));
	if (only_keys(root, "plan", keys, im->err) != 0 || refuse_draft(root, im->err) != 0 ||
	    import_campaign(im, root, flags) != 0 ||
	    wp_focus_set_json(im->st, im->campaign_id, json_object_get(root, "focus"), im->err) != 0 ||
	    import_list(im, root, "activities", import_activity) != 0 ||
	    import_committee(im, root) != 0 ||
	    import_list(im, root, "deadlines", import_deadline) != 0 ||
	    import_list(im, root, "contacts", import_contact) != 0)
		return -1;
	return wp_deadline_resolve(im->st, im->campaign_id, WP_DATE_NONE, im->err);
}

/* Steps over a UTF-8 byte-order mark, which Windows editors write and
 * JSON parsers refuse. */
static void skip_bom(const char **text, size_t *len)
{
	if (*len >= 3 && memcmp(*text, "\xef\xbb\xbf", 3) == 0) {
		*text += 3;
		*len -= 3;
	}
}

/* Parses a plan's text; NULL with err when it is not JSON. */
static json_t *load_plan(const char *text, size_t len, wp_err *err)
{
	skip_bom(&text, &len);
	if (len > WP_PLAN_MAX_BYTES) {
		wp_err_set(err, WP_TR("plan is too large (%zu bytes, at most %d)"), len,
			   WP_PLAN_MAX_BYTES);
		return NULL;
	}
	json_error_t jerr;
	json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
	if (!root && json_error_code(&jerr) == json_error_invalid_utf8)
		wp_err_set(err, WP_TR("line %d, column %d: invalid UTF-8 (a plan must be UTF-8 text)"),
			   jerr.line, jerr.column);
	else if (!root)
		wp_err_set(err, WP_TR("line %d, column %d: not valid JSON: %s"), jerr.line,
			   jerr.column, jerr.text);
	return root;
}

/* Imports root and records what was stored as the campaign's source, the
 * base of a later re-import (plan-update.h). */
static int import_with_source(struct importer *im, json_t *root, int flags)
{
	if (import_root(im, root, flags) != 0)
		return -1;
	char *stored = wp_plan_export(im->st, im->campaign_id, im->err);
	if (!stored)
		return -1;
	int rc = wp_plan_source_put(im->st, im->campaign_id, stored, im->err);
	free(stored);
	return rc;
}

int wp_plan_import(wp_store *st, const char *text, size_t len, int flags,
		   int64_t *campaign_id, wp_err *err)
{
	return wp_plan_import_memo(st, text, len, flags, NULL, campaign_id, err);
}

int wp_plan_import_memo(wp_store *st, const char *text, size_t len, int flags,
			wp_plan_memo *memo, int64_t *campaign_id, wp_err *err)
{
	json_t *root = load_plan(text, len, err);
	if (!root)
		return -1;
	struct importer im = {.st = st, .memo = memo, .err = err};
	int rc = wp_store_begin(st, err);
	if (rc == 0) {
		rc = import_with_source(&im, root, flags & WP_PLAN_REPLACE);
		if (rc == 0)
			rc = wp_store_commit(st, err);
		else
			wp_store_rollback(st);
	}
	json_decref(root);
	if (rc == 0 && campaign_id)
		*campaign_id = im.campaign_id;
	return rc;
}

char *wp_plan_canonical(wp_store *st, const char *text, size_t len, wp_err *err)
{
	json_t *root = load_plan(text, len, err);
	if (!root)
		return NULL;
	struct importer im = {.st = st, .err = err};
	char *out = NULL;
	/* Stored and read back, then undone: the checks and the spelling
	 * of every value are the import's and the export's own. */
	if (wp_store_begin(st, err) == 0) {
		if (import_root(&im, root, IMPORT_BESIDE) == 0)
			out = wp_plan_export(st, im.campaign_id, err);
		wp_store_rollback(st);
	}
	json_decref(root);
	return out;
}

int wp_plan_trial(wp_store *st, const char *text, size_t len, int flags, wp_findings *out,
		  wp_err *err)
{
	json_t *root = load_plan(text, len, err);
	if (!root)
		return -1;
	struct importer im = {.st = st, .err = err};
	int rc = wp_store_begin(st, err);
	if (rc == 0) {
		/* the check reads the stored rows, so the plan is stored for it
		 * and taken back */
		rc = import_root(&im, root, flags);
		if (rc == 0)
			rc = wp_check_campaign(st, im.campaign_id, out, err);
		wp_store_rollback(st);
	}
	json_decref(root);
	return rc;
}
