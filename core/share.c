/* share.c - one campaign as the exports write it (see share.h). */
#include "config.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "campaign.h"
#include "i18n-core.h"
#include "plan.h"
#include "share.h"
#include "unit.h"

static char *dup_field(json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));
	return s ? wp_xstrdup(s) : NULL;
}

static wp_date date_field(json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));
	wp_date d;
	wp_err ignored;
	return s && wp_date_parse(s, &d, &ignored) == 0 ? d : WP_DATE_NONE;
}

static void names_read(json_t *list, wp_names *out)
{
	out->n = 0;
	out->v = json_array_size(list) ? wp_xcalloc(json_array_size(list), sizeof *out->v) : NULL;
	for (size_t i = 0; i < json_array_size(list); i++) {
		const char *s = json_string_value(json_array_get(list, i));
		if (s)
			out->v[out->n++] = wp_xstrdup(s);
	}
}

static void names_clear(wp_names *names)
{
	for (size_t i = 0; i < names->n; i++)
		free(names->v[i]);
	free(names->v);
	memset(names, 0, sizeof *names);
}

static void activity_read(json_t *a, wp_share_activity *out)
{
	out->number = dup_field(a, "no");
	out->title = dup_field(a, "title");
	if (!out->title)
		out->title = wp_xstrdup("");
	out->description = dup_field(a, "description");
	out->location = dup_field(a, "location");
	out->start_time = dup_field(a, "time");
	out->end_time = dup_field(a, "end_time");
	out->start = date_field(a, "start");
	out->end = date_field(a, "end");
	if (out->end == WP_DATE_NONE)
		out->end = out->start;
	names_read(json_object_get(a, "lead"), &out->lead);
	names_read(json_object_get(a, "cooperate"), &out->cooperate);
}

static void activity_clear(wp_share_activity *a)
{
	free(a->number);
	free(a->title);
	free(a->description);
	free(a->location);
	free(a->start_time);
	free(a->end_time);
	names_clear(&a->lead);
	names_clear(&a->cooperate);
}

static void content_read(json_t *plan, wp_share *out)
{
	out->title = dup_field(plan, "title");
	if (!out->title)
		out->title = wp_xstrdup("");
	out->region = dup_field(plan, "region");
	out->organizer = dup_field(plan, "organizer");
	out->doc_number = dup_field(plan, "doc_number");
	out->theme = dup_field(plan, "theme");
	names_read(json_object_get(plan, "focus"), &out->focus);
	out->issued_on = date_field(plan, "issued_on");
	json_t *period = json_object_get(plan, "period");
	out->start = date_field(period, "start");
	out->end = date_field(period, "end");

	json_t *acts = json_object_get(plan, "activities");
	size_t n = json_array_size(acts);
	out->activities = n ? wp_xcalloc(n, sizeof *out->activities) : NULL;
	for (size_t i = 0; i < n; i++)
		activity_read(json_array_get(acts, i), &out->activities[out->nactivities++]);

	json_t *committee = json_object_get(plan, "committee");
	names_read(json_object_get(committee, "chair"), &out->chair);
	names_read(json_object_get(committee, "vice_chair"), &out->vice_chair);
	names_read(json_object_get(committee, "members"), &out->members);
	names_read(json_object_get(committee, "office"), &out->office);

	json_t *contacts = json_object_get(plan, "contacts");
	n = json_array_size(contacts);
	out->contacts = n ? wp_xcalloc(n, sizeof *out->contacts) : NULL;
	for (size_t i = 0; i < n; i++) {
		json_t *c = json_array_get(contacts, i);
		wp_share_contact *to = &out->contacts[out->ncontacts++];
		to->name = dup_field(c, "name");
		to->phone = dup_field(c, "phone");
		to->email = dup_field(c, "email");
		to->unit = dup_field(c, "unit");
		to->activity = dup_field(c, "activity");
	}
}

/* The plan export and the matrix list a campaign's activities in the
 * same (plan) order; the matrix gives their ids. */
static int take_activity_ids(wp_share *out, wp_err *err)
{
	if (out->matrix.nactivities != out->nactivities)
		return wp_err_set(err, WP_TR("campaign %lld: the plan lists %zu activities, the matrix %zu"),
				  (long long)out->campaign_id, out->nactivities, out->matrix.nactivities);
	for (size_t i = 0; i < out->nactivities; i++)
		out->activities[i].id = out->matrix.activities[i].id;
	return 0;
}

/* Finds the unit by name or alias in the campaign's region; *name gets
 * its id. */
static int find_unit(struct wp_store *st, const wp_share *share, const char *unit, int64_t *id,
		     wp_err *err)
{
	int found = wp_unit_lookup(st, share->region ? share->region : "", unit, id, err);
	if (found < 0)
		return -1;
	if (found == 0)
		return wp_err_set(err, WP_TR("no unit '%s' in %s"), unit,
				  share->region ? share->region : share->title);
	return 0;
}

static bool unit_in(const wp_names *names, const char *unit)
{
	for (size_t i = 0; i < names->n; i++)
		if (strcmp(names->v[i], unit) == 0)
			return true;
	return false;
}

/* Keeps what the unit leads, cooperates in or owes. */
static void cut_for_unit(wp_share *share, int64_t unit_id)
{
	const char *name = NULL;
	for (size_t u = 0; u < share->matrix.nunits; u++)
		if (share->matrix.units[u].id == unit_id)
			name = share->matrix.units[u].name;
	size_t kept = 0;
	for (size_t i = 0; i < share->nactivities; i++) {
		wp_share_activity *a = &share->activities[i];
		if (name && (unit_in(&a->lead, name) || unit_in(&a->cooperate, name)))
			share->activities[kept++] = *a;
		else
			activity_clear(a);
	}
	share->nactivities = kept;

	wp_deadline_list *dl = &share->deadlines;
	kept = 0;
	for (size_t i = 0; i < dl->n; i++) {
		bool owes = false;
		for (size_t o = 0; o < dl->items[i].nowners; o++)
			owes = owes || dl->items[i].owners[o].unit_id == unit_id;
		if (owes) {
			dl->items[kept++] = dl->items[i];
		} else {
			wp_deadline_item_clear(&dl->items[i]);
		}
	}
	dl->n = kept;
}

int wp_share_load(struct wp_store *st, int64_t campaign_id, const char *unit, wp_share *out,
		  wp_err *err)
{
	memset(out, 0, sizeof *out);
	out->campaign_id = campaign_id;
	char *text = wp_plan_export(st, campaign_id, err);
	if (!text)
		return -1;
	json_error_t jerr;
	json_t *plan = json_loads(text, 0, &jerr);
	free(text);
	if (!plan)
		return wp_err_set(err, WP_TR("reading back campaign %lld: %s"),
				  (long long)campaign_id, jerr.text);
	content_read(plan, out);
	json_decref(plan);
	int64_t unit_id = 0;
	if (wp_query_matrix(st, campaign_id, &out->matrix, err) != 0 ||
	    take_activity_ids(out, err) != 0 ||
	    wp_query_campaign_deadlines(st, campaign_id, &out->deadlines, err) != 0 ||
	    (unit && find_unit(st, out, unit, &unit_id, err) != 0)) {
		wp_share_clear(out);
		return -1;
	}
	if (unit) {
		out->unit = wp_xstrdup(unit);
		for (size_t u = 0; u < out->matrix.nunits; u++)
			if (out->matrix.units[u].id == unit_id) {
				free(out->unit);
				out->unit = wp_xstrdup(out->matrix.units[u].name);
			}
		cut_for_unit(out, unit_id);
		out->unit_id = unit_id;
	}
	return 0;
}

void wp_share_clear(wp_share *share)
{
	free(share->title);
	free(share->region);
	free(share->organizer);
	free(share->doc_number);
	free(share->theme);
	names_clear(&share->focus);
	free(share->unit);
	for (size_t i = 0; i < share->nactivities; i++)
		activity_clear(&share->activities[i]);
	free(share->activities);
	wp_deadline_list_clear(&share->deadlines);
	names_clear(&share->chair);
	names_clear(&share->vice_chair);
	names_clear(&share->members);
	names_clear(&share->office);
	for (size_t i = 0; i < share->ncontacts; i++) {
		wp_share_contact *c = &share->contacts[i];
		free(c->name);
		free(c->phone);
		free(c->email);
		free(c->unit);
		free(c->activity);
	}
	free(share->contacts);
	wp_matrix_clear(&share->matrix);
	memset(share, 0, sizeof *share);
}

const wp_owner *wp_share_owner(const wp_share *share, const wp_deadline_item *d)
{
	for (size_t o = 0; share->unit_id && o < d->nowners; o++)
		if (d->owners[o].unit_id == share->unit_id)
			return &d->owners[o];
	return NULL;
}

const wp_share_activity *wp_share_activity_numbered(const wp_share *share, const char *number)
{
	for (size_t i = 0; number && i < share->nactivities; i++)
		if (share->activities[i].number && strcmp(share->activities[i].number, number) == 0)
			return &share->activities[i];
	return NULL;
}

/* FNV-1a, 64 bits: a short, stable digest (not a security boundary). */
static uint64_t fnv1a(uint64_t h, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		h ^= *p;
		h *= 0x100000001b3ULL;
	}
	h ^= 0xff; /* a separator, so ("ab","c") and ("a","bc") differ */
	h *= 0x100000001b3ULL;
	return h;
}

void wp_share_uid(const wp_share *share, const char *kind, const char *key, const char *key2,
		  char *buf)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	h = fnv1a(h, share->region);
	h = fnv1a(h, share->title);
	h = fnv1a(h, kind);
	h = fnv1a(h, key);
	h = fnv1a(h, key2);
	snprintf(buf, WP_SHARE_UID_SIZE, "wp-%016llx@weekplan", (unsigned long long)h);
}
