/* plan-update.c - re-importing a plan over a stored campaign (plan-update.h).
 *
 * The merge itself is plan-merge.c's, on JSON; this file reads the three
 * plans and writes the merged one back. It writes no table itself: every
 * change goes through the function that owns the rows (model.h for the
 * campaign, activities and deadlines, edit.h for the matrix, committee.h
 * for the committee and contacts), each of which nests its own change in
 * the one transaction opened here. Rows the merge keeps keep their ids, so
 * a group member's submission (stored by deadline id) survives too. */
#include "config.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "campaign.h"
#include "committee.h"
#include "deadline.h"
#include "edit.h"
#include "focus.h"
#include "i18n-core.h"
#include "model.h"
#include "plan-source.h"
#include "plan-update.h"
#include "plan.h"
#include "store.h"
#include "unit.h"

/* Everything one update needs; json documents and id arrays are owned. */
struct updater {
	wp_store *st;
	int64_t campaign_id;
	char *region;
	json_t *ours, *merged;
	int64_t *act_ids, *dl_ids; /* ours' rows, in the order of its lists */
	size_t nact, ndl;
	int64_t *merged_act_ids; /* the merged activities' rows, once stored */
	wp_contact *contacts;     /* ours' contacts, in its order */
	size_t ncontacts;
	wp_err *err;
};

/* ---- reading the plans ------------------------------------------------ */

/* The three plans, merged into out; *theirs receives the new plan as
 * canonical JSON (caller frees). */
static int merge_for(wp_store *st, int64_t campaign_id, const char *text, size_t len,
		     wp_plan_merge *out, char **theirs, wp_err *err)
{
	*out = (wp_plan_merge)WP_PLAN_MERGE_INIT;
	*theirs = NULL;
	char *base = NULL, *ours = wp_plan_export(st, campaign_id, err);
	int rc = -1;
	if (ours && wp_plan_source_get(st, campaign_id, &base, err) == 0 &&
	    (*theirs = wp_plan_canonical(st, text, len, err)) != NULL)
		rc = wp_plan_merge_plans(base, ours, *theirs, out, err);
	free(base);
	free(ours);
	return rc;
}

int wp_plan_update_preview(wp_store *st, int64_t campaign_id, const char *text, size_t len,
			   wp_plan_merge *out, wp_err *err)
{
	char *theirs;
	int rc = merge_for(st, campaign_id, text, len, out, &theirs, err);
	free(theirs);
	return rc;
}

/* For each merged item, the index of the stored one it is, or -1 (new);
 * for each stored one, whether the merge kept it. Owned by the caller. */
struct pairing {
	long *merged_from; /* per merged item */
	bool *kept;        /* per stored item */
};

/* Pairs ours' list with the merged one as the merge paired items. */
static void pair_lists(json_t *o, json_t *m, const char *key, const char *label,
		       struct pairing *p)
{
	long *om = wp_plan_match_items(o, m, key, label);
	size_t no = json_array_size(o), nm = json_array_size(m);
	p->merged_from = wp_xmalloc((nm + 1) * sizeof *p->merged_from);
	p->kept = wp_xcalloc(no + 1, sizeof *p->kept);
	for (size_t j = 0; j < nm; j++)
		p->merged_from[j] = -1;
	for (size_t i = 0; i < no; i++)
		if (om[i] >= 0) {
			p->merged_from[om[i]] = (long)i;
			p->kept[i] = true;
		}
	free(om);
}

static void pairing_free(struct pairing *p)
{
	free(p->merged_from);
	free(p->kept);
}

static const char *text_of(json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

/* How an error names an activity: its number, or its title when it has
 * none. */
static const char *activity_name(json_t *a)
{
	const char *no = text_of(a, "no");
	return no ? no : text_of(a, "title") ? text_of(a, "title") : "";
}

static void set_text(char **dst, json_t *obj, const char *key)
{
	free(*dst);
	const char *s = text_of(obj, key);
	*dst = s ? wp_xstrdup(s) : NULL;
}

static int date_of(json_t *obj, const char *key, wp_date *out, wp_err *err)
{
	const char *s = text_of(obj, key);
	*out = WP_DATE_NONE;
	return s ? wp_date_parse(s, out, err) : 0;
}

static int unit_named(struct updater *u, const char *name, int64_t *id)
{
	return wp_unit_ensure(u->st, u->region, name, id, u->err);
}

/* ---- the campaign ----------------------------------------------------- */

static int update_campaign(struct updater *u)
{
	static const char *const fields[] = {"title", "doc_number", "issued_on", "period",
					     "theme", "parent_plan", "notes", "organizer", NULL};
	bool changed = false;
	for (int k = 0; fields[k]; k++)
		changed = changed || !json_equal(json_object_get(u->ours, fields[k]),
						 json_object_get(u->merged, fields[k]));
	if (!changed)
		return 0;
	wp_campaign_rec rec = WP_CAMPAIGN_REC_INIT;
	json_t *m = u->merged, *period = json_object_get(m, "period");
	int rc = wp_campaign_load(u->st, u->campaign_id, &rec, u->err);
	if (rc == 0) {
		set_text(&rec.title, m, "title");
		set_text(&rec.doc_number, m, "doc_number");
		set_text(&rec.theme, m, "theme");
		set_text(&rec.parent_plan, m, "parent_plan");
		set_text(&rec.notes, m, "notes");
		set_text(&rec.organizer, m, "organizer");
		if (date_of(m, "issued_on", &rec.issued_on, u->err) != 0 ||
		    date_of(period, "start", &rec.start, u->err) != 0 ||
		    date_of(period, "end", &rec.end, u->err) != 0)
			rc = -1;
	}
	if (rc == 0)
		rc = wp_campaign_save(u->st, &rec, u->err);
	wp_campaign_rec_clear(&rec);
	return rc;
}

/* The publicity focuses, as the merge left them (the notice's, unless
 * the stored ones differ from what the notice said last time). */
static int update_focus(struct updater *u)
{
	json_t *merged = json_object_get(u->merged, "focus");
	if (json_equal(json_object_get(u->ours, "focus"), merged) ||
	    (!merged && !json_object_get(u->ours, "focus")))
		return 0;
	return wp_focus_set_json(u->st, u->campaign_id, merged, u->err);
}

/* ---- activities ------------------------------------------------------- */

static int fill_activity(struct updater *u, json_t *a, wp_activity_rec *rec)
{
	set_text(&rec->number, a, "no");
	set_text(&rec->title, a, "title");
	set_text(&rec->description, a, "description");
	set_text(&rec->location, a, "location");
	set_text(&rec->notes, a, "notes");
	set_text(&rec->start_time, a, "time");
	set_text(&rec->end_time, a, "end_time");
	if (date_of(a, "start", &rec->start, u->err) != 0 ||
	    date_of(a, "end", &rec->end, u->err) != 0)
		return -1;
	return 0;
}

/* The role the lists give unit (a lead or cooperate name), 0 for none. */
static int wanted_roles(struct updater *u, json_t *a, wp_role_entry **out, size_t *n)
{
	static const char *const lists[] = {"lead", "cooperate"};
	*out = NULL;
	*n = 0;
	for (int l = 0; l < 2; l++) {
		size_t i;
		json_t *name;
		json_array_foreach(json_object_get(a, lists[l]), i, name) {
			int64_t id;
			if (unit_named(u, json_string_value(name), &id) != 0)
				return -1;
			*out = wp_xrealloc(*out, (*n + 1) * sizeof **out);
			(*out)[(*n)++] = (wp_role_entry){id, l == 0 ? 'L' : 'C'};
		}
	}
	return 0;
}

/* Makes the activity's matrix row what a lists, in its order: the row is
 * emptied and filled again, so that the next export lists the units as
 * the plan did and a later re-import sees no edit where there was none. */
static int update_roles(struct updater *u, int64_t activity_id, json_t *a)
{
	wp_role_entry *have = NULL, *want = NULL;
	size_t nhave = 0, nwant = 0;
	int rc = wp_edit_roles(u->st, activity_id, &have, &nhave, u->err);
	if (rc == 0)
		rc = wanted_roles(u, a, &want, &nwant);
	for (size_t i = 0; rc == 0 && i < nhave; i++)
		rc = wp_edit_role(u->st, activity_id, have[i].unit_id, have[i].role, 0, u->err);
	for (size_t i = 0; rc == 0 && i < nwant; i++)
		rc = wp_edit_role(u->st, activity_id, want[i].unit_id, 0, want[i].role, u->err);
	free(have);
	free(want);
	return rc;
}

static bool roles_differ(json_t *a, json_t *b)
{
	return !a || !json_equal(json_object_get(a, "lead"), json_object_get(b, "lead")) ||
	       !json_equal(json_object_get(a, "cooperate"), json_object_get(b, "cooperate"));
}

/* Stores merged activity m; o is the stored one it came from (NULL: new),
 * whose row is *id. */
static int store_activity(struct updater *u, json_t *o, json_t *m, int64_t *id)
{
	if (o && json_equal(o, m))
		return 0;
	wp_activity_rec rec = WP_ACTIVITY_REC_INIT;
	int rc = 0;
	if (o)
		rc = wp_activity_load(u->st, *id, &rec, u->err);
	else
		rec.campaign_id = u->campaign_id;
	if (rc == 0)
		rc = fill_activity(u, m, &rec);
	if (rc == 0)
		rc = wp_activity_save(u->st, &rec, u->err);
	if (rc == 0)
		*id = rec.id;
	wp_activity_rec_clear(&rec);
	if (rc == 0 && roles_differ(o, m))
		rc = update_roles(u, *id, m);
	return rc;
}

static int store_activities(struct updater *u, const struct pairing *p)
{
	json_t *o = json_object_get(u->ours, "activities");
	json_t *m = json_object_get(u->merged, "activities");
	u->merged_act_ids = wp_xcalloc(json_array_size(m) + 1, sizeof *u->merged_act_ids);
	for (size_t i = 0; i < json_array_size(m); i++) {
		long from = p->merged_from[i];
		if (from >= 0)
			u->merged_act_ids[i] = u->act_ids[from];
		if (store_activity(u, from >= 0 ? json_array_get(o, (size_t)from) : NULL,
				   json_array_get(m, i), &u->merged_act_ids[i]) != 0)
			return wp_err_prefix(u->err, "activity %s: ",
					     activity_name(json_array_get(m, i)));
	}
	return 0;
}

/* Stored activities the merge gives another number move out of the way
 * first: when the notice inserts an activity, 五 becomes 六 while 六
 * becomes 七, and no number may be held twice at any step. */
static int free_numbers(struct updater *u, const struct pairing *p)
{
	json_t *o = json_object_get(u->ours, "activities");
	json_t *m = json_object_get(u->merged, "activities");
	for (size_t j = 0; j < json_array_size(m); j++) {
		long from = p->merged_from[j];
		if (from < 0 || json_equal(json_object_get(json_array_get(o, (size_t)from), "no"),
					   json_object_get(json_array_get(m, j), "no")))
			continue;
		wp_activity_rec rec = WP_ACTIVITY_REC_INIT;
		char number[48];
		snprintf(number, sizeof number, "(renumbering %lld)", (long long)u->act_ids[from]);
		int rc = wp_activity_load(u->st, u->act_ids[from], &rec, u->err);
		if (rc == 0) {
			free(rec.number);
			rec.number = wp_xstrdup(number);
			rc = wp_activity_save(u->st, &rec, u->err);
		}
		wp_activity_rec_clear(&rec);
		if (rc != 0)
			return -1;
	}
	return 0;
}

/* Activities the merge dropped; after the deadlines that referred to them. */
static int drop_activities(struct updater *u, const struct pairing *p)
{
	json_t *o = json_object_get(u->ours, "activities");
	for (size_t i = 0; i < json_array_size(o); i++) {
		if (p->kept[i])
			continue;
		wp_activity_rec rec = WP_ACTIVITY_REC_INIT;
		int rc = wp_activity_load(u->st, u->act_ids[i], &rec, u->err);
		if (rc == 0)
			rc = wp_activity_delete(u->st, rec.id, rec.revision, u->err);
		wp_activity_rec_clear(&rec);
		if (rc != 0)
			return wp_err_prefix(u->err, "activity %s: ",
					     activity_name(json_array_get(o, i)));
	}
	return 0;
}

/* The row of the merged activity numbered no; 0 for no number. */
static int activity_numbered(struct updater *u, const char *no, int64_t *id)
{
	json_t *m = json_object_get(u->merged, "activities");
	*id = 0;
	if (!no)
		return 0;
	for (size_t i = 0; i < json_array_size(m); i++)
		if (text_of(json_array_get(m, i), "no") &&
		    strcmp(text_of(json_array_get(m, i), "no"), no) == 0) {
			*id = u->merged_act_ids[i];
			return 0;
		}
	return wp_err_set(u->err, "no activity numbered '%s'", no);
}

/* ---- deadlines -------------------------------------------------------- */

static int fill_rule(struct updater *u, json_t *d, wp_rule *rule)
{
	json_t *rel = json_object_get(d, "relative");
	*rule = (wp_rule){.kind = WP_RULE_NONE, .fixed = WP_DATE_NONE};
	rule->roll_forward = json_is_true(json_object_get(d, "roll_forward"));
	if (date_of(d, "due", &rule->fixed, u->err) != 0)
		return -1;
	if (rule->fixed != WP_DATE_NONE) {
		rule->kind = WP_RULE_DATE;
	} else if (json_is_object(rel)) {
		rule->kind = WP_RULE_RELATIVE;
		rule->offset = (int)json_integer_value(json_object_get(rel, "offset"));
		rule->workdays = strcmp(text_of(rel, "unit"), "workdays") == 0;
		return wp_anchor_parse(text_of(rel, "anchor"), &rule->anchor, u->err);
	}
	return 0;
}

static int fill_deadline(struct updater *u, json_t *d, wp_deadline_rec *rec)
{
	set_text(&rec->what, d, "what");
	set_text(&rec->rule_text, d, "rule");
	set_text(&rec->submit_to, d, "submit_to");
	set_text(&rec->submit_to_unit, d, "submit_to_unit");
	set_text(&rec->notes, d, "notes");
	if (activity_numbered(u, text_of(d, "activity"), &rec->activity_id) != 0 ||
	    fill_rule(u, d, &rec->rule) != 0)
		return -1;
	for (size_t i = 0; i < rec->nowners; i++)
		free(rec->owners[i].unit);
	free(rec->owners);
	rec->owners = NULL;
	rec->nowners = 0;
	json_t *submitted = json_object_get(d, "submitted");
	size_t i;
	json_t *name;
	json_array_foreach(json_object_get(d, "who"), i, name) {
		wp_date on;
		if (date_of(submitted, json_string_value(name), &on, u->err) != 0)
			return -1;
		wp_deadline_rec_add_owner(rec, json_string_value(name), on);
	}
	return 0;
}

static int store_deadline(struct updater *u, json_t *o, json_t *m, int64_t id)
{
	if (o && json_equal(o, m))
		return 0;
	wp_deadline_rec rec = WP_DEADLINE_REC_INIT;
	int rc = 0;
	if (o)
		rc = wp_deadline_load(u->st, id, &rec, u->err);
	else
		rec.campaign_id = u->campaign_id;
	if (rc == 0)
		rc = fill_deadline(u, m, &rec);
	if (rc == 0)
		rc = wp_deadline_save(u->st, &rec, u->err);
	wp_deadline_rec_clear(&rec);
	return rc;
}

/* Deadlines the merge dropped, before their activities go. */
static int drop_deadlines(struct updater *u, const struct pairing *p)
{
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < u->ndl; i++) {
		if (p->kept[i])
			continue;
		wp_deadline_rec rec = WP_DEADLINE_REC_INIT;
		rc = wp_deadline_load(u->st, u->dl_ids[i], &rec, u->err);
		if (rc == 0)
			rc = wp_deadline_delete(u->st, rec.id, rec.revision, u->err);
		wp_deadline_rec_clear(&rec);
	}
	return rc;
}

static int store_deadlines(struct updater *u, const struct pairing *p)
{
	json_t *o = json_object_get(u->ours, "deadlines");
	json_t *m = json_object_get(u->merged, "deadlines");
	for (size_t i = 0; i < json_array_size(m); i++) {
		long from = p->merged_from[i];
		if (store_deadline(u, from >= 0 ? json_array_get(o, (size_t)from) : NULL,
				   json_array_get(m, i), from >= 0 ? u->dl_ids[from] : 0) != 0)
			return wp_err_prefix(u->err, "deadline %s: ",
					     text_of(json_array_get(m, i), "what"));
	}
	return 0;
}

/* ---- committee and contacts ---------------------------------------- */

/* A committee role whose list changed is emptied and filled again in the
 * merged order (see update_roles). */
static int store_committee(struct updater *u)
{
	static const char *const keys[] = {"chair", "vice_chair", "members", "office"};
	json_t *want = json_object_get(u->merged, "committee");
	json_t *had = json_object_get(u->ours, "committee");
	if (json_equal(had, want))
		return 0;
	wp_committee_member *have;
	size_t n;
	if (wp_committee_list(u->st, u->campaign_id, &have, &n, u->err) != 0)
		return -1;
	int rc = 0;
	for (int r = 0; rc == 0 && r < WP_COMMITTEE_NROLES; r++) {
		json_t *names = json_object_get(want, keys[r]);
		json_t *before = json_object_get(had, keys[r]);
		if (json_array_size(names) + json_array_size(before) == 0 ||
		    json_equal(names, before))
			continue;
		for (size_t i = 0; rc == 0 && i < n; i++)
			if ((int)have[i].role == r)
				rc = wp_committee_remove(u->st, u->campaign_id, have[i].unit_id,
							 have[i].role, u->err);
		size_t j;
		json_t *name;
		json_array_foreach(names, j, name) {
			if (rc == 0)
				rc = wp_committee_add(u->st, u->campaign_id, json_string_value(name),
						      (wp_committee_role)r, u->err);
		}
	}
	wp_committee_list_free(have, n);
	return rc == 0 ? 0 : wp_err_prefix(u->err, "committee: ");
}

/* c gets m's values; its strings are borrowed from m. */
static int fill_contact(struct updater *u, json_t *m, wp_contact *c)
{
	*c = (wp_contact){0};
	c->name = (char *)text_of(m, "name");
	c->phone = (char *)text_of(m, "phone");
	c->email = (char *)text_of(m, "email");
	if (text_of(m, "unit") && unit_named(u, text_of(m, "unit"), &c->unit_id) != 0)
		return -1;
	return activity_numbered(u, text_of(m, "activity"), &c->activity_id);
}

static int store_contact(struct updater *u, json_t *o, json_t *m, const wp_contact *have)
{
	wp_contact c;
	if (o && json_equal(o, m))
		return 0;
	if (fill_contact(u, m, &c) != 0)
		return -1;
	return o ? wp_contact_update(u->st, have, &c, u->err)
		 : wp_contact_add(u->st, u->campaign_id, &c, NULL, u->err);
}

/* Contacts the merge dropped; before the activities go, which would take
 * their contacts with them. */
static int drop_contacts(struct updater *u, const struct pairing *p)
{
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < u->ncontacts; i++)
		if (!p->kept[i])
			rc = wp_contact_delete(u->st, &u->contacts[i], u->err);
	return rc == 0 ? 0 : wp_err_prefix(u->err, "contacts: ");
}

static int store_contacts(struct updater *u, const struct pairing *p)
{
	json_t *o = json_object_get(u->ours, "contacts");
	json_t *m = json_object_get(u->merged, "contacts");
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < json_array_size(m); i++) {
		long from = p->merged_from[i];
		rc = store_contact(u, from >= 0 ? json_array_get(o, (size_t)from) : NULL,
				   json_array_get(m, i), from >= 0 ? &u->contacts[from] : NULL);
	}
	return rc == 0 ? 0 : wp_err_prefix(u->err, "contacts: ");
}

/* ---- applying --------------------------------------------------------- */

/* The stored rows ours lists, in its order. */
static int read_rows(struct updater *u)
{
	wp_campaign_rec rec = WP_CAMPAIGN_REC_INIT;
	if (wp_campaign_load(u->st, u->campaign_id, &rec, u->err) != 0)
		return -1;
	u->region = wp_xstrdup(rec.region ? rec.region : "");
	wp_campaign_rec_clear(&rec);
	if (wp_plan_export_ids(u->st, u->campaign_id, &u->act_ids, &u->nact, &u->dl_ids, &u->ndl,
			       u->err) != 0 ||
	    wp_contact_list(u->st, u->campaign_id, &u->contacts, &u->ncontacts, u->err) != 0)
		return -1;
	if (u->nact != json_array_size(json_object_get(u->ours, "activities")) ||
	    u->ndl != json_array_size(json_object_get(u->ours, "deadlines")) ||
	    u->ncontacts != json_array_size(json_object_get(u->ours, "contacts")))
		return wp_err_set(u->err, "the campaign changed while it was being merged");
	return 0;
}

/* In an order in which every step is allowed: numbers freed before they
 * are taken again, rows dropped before what they refer to, and new
 * activities stored before the deadlines and contacts that name them. */
static int apply_merged(struct updater *u)
{
	if (read_rows(u) != 0)
		return -1;
	struct pairing acts, dls, cons;
	pair_lists(json_object_get(u->ours, "activities"), json_object_get(u->merged, "activities"),
		   "no", "title", &acts);
	pair_lists(json_object_get(u->ours, "deadlines"), json_object_get(u->merged, "deadlines"),
		   "what", NULL, &dls);
	pair_lists(json_object_get(u->ours, "contacts"), json_object_get(u->merged, "contacts"),
		   "name", NULL, &cons);
	int rc = update_campaign(u) != 0 || update_focus(u) != 0 || free_numbers(u, &acts) != 0 ||
			 drop_deadlines(u, &dls) != 0 || drop_contacts(u, &cons) != 0 ||
			 drop_activities(u, &acts) != 0 || store_activities(u, &acts) != 0 ||
			 store_deadlines(u, &dls) != 0 || store_committee(u) != 0 ||
			 store_contacts(u, &cons) != 0
		 ? -1
		 : wp_deadline_resolve(u->st, u->campaign_id, WP_DATE_NONE, u->err);
	pairing_free(&acts);
	pairing_free(&dls);
	pairing_free(&cons);
	return rc;
}

int wp_plan_update_apply(wp_store *st, int64_t campaign_id, const char *text, size_t len,
			 wp_plan_merge *out, wp_err *err)
{
	*out = (wp_plan_merge)WP_PLAN_MERGE_INIT;
	if (wp_store_begin(st, err) != 0)
		return -1;
	/* merged inside the transaction: what is merged is what is changed,
	 * not what another writer left a moment before */
	struct updater u = {.st = st, .campaign_id = campaign_id, .err = err};
	char *theirs = NULL, *ours = NULL;
	int rc = merge_for(st, campaign_id, text, len, out, &theirs, err);
	if (rc == 0 && !(ours = wp_plan_export(st, campaign_id, err)))
		rc = -1;
	if (rc == 0) {
		u.ours = json_loads(ours, 0, NULL);
		u.merged = json_loads(out->merged, 0, NULL);
		rc = !u.ours || !u.merged ? wp_err_set(err, "cannot read the plans to merge")
					  : apply_merged(&u);
	}
	if (rc == 0)
		rc = wp_plan_source_put(st, campaign_id, theirs, err);
	if (rc == 0)
		rc = wp_store_commit(st, err);
	else
		wp_store_rollback(st);
	json_decref(u.ours);
	json_decref(u.merged);
	free(u.region);
	free(u.act_ids);
	free(u.dl_ids);
	free(u.merged_act_ids);
	wp_contact_list_free(u.contacts, u.ncontacts);
	free(ours);
	free(theirs);
	return rc;
}

int wp_plan_update_target(struct wp_store *st, const char *text, size_t len,
			  int64_t *campaign_id, wp_err *err)
{
	json_error_t jerr;
	json_t *root = json_loadb(text, len, 0, &jerr);
	if (!root)
		return wp_err_set(err, WP_TR("line %d, column %d: not valid JSON: %s"), jerr.line,
				  jerr.column, jerr.text);
	const char *title = json_string_value(json_object_get(root, "title"));
	const char *region = json_string_value(json_object_get(root, "region"));
	int rc = title ? wp_campaign_with_title(st, title, region ? region : "", campaign_id, err) : 0;
	json_decref(root);
	return rc;
}
