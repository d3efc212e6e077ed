/* plan-merge.c - the three-way merge of plans (see plan-merge.h). */
#include "config.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "plan-merge.h"

/* Values that only make sense together are merged as one: taking the
 * notice's start with the user's end could give an end before the start. */
typedef struct field_group {
	const char *name;    /* as the change list names it */
	const char *keys[5]; /* NULL-terminated */
	bool range;          /* shown as first..second */
} field_group;

static const field_group header_fields[] = {
	{WP_N_("title"), {"title"}, false},         {WP_N_("document number"), {"doc_number"}, false},
	{WP_N_("issued on"), {"issued_on"}, false}, {WP_N_("period"), {"period"}, false},
	{WP_N_("theme"), {"theme"}, false},         {WP_N_("focus"), {"focus"}, false},
	{WP_N_("parent plan"), {"parent_plan"}, false},
	{WP_N_("notes"), {"notes"}, false},         {WP_N_("organizer"), {"organizer"}, false},
	/* not lead_unit: the campaign's editor does not change it, so a
	 * re-import leaves it as stored */
	{NULL, {NULL}, false},
};

static const field_group activity_fields[] = {
	{WP_N_("number"), {"no"}, false},
	{WP_N_("title"), {"title"}, false},
	{WP_N_("description"), {"description"}, false},
	{WP_N_("date"), {"start", "end"}, true},
	{WP_N_("time"), {"time", "end_time"}, true},
	{WP_N_("location"), {"location"}, false},
	{WP_N_("leading"), {"lead"}, false},
	{WP_N_("cooperating"), {"cooperate"}, false},
	{WP_N_("notes"), {"notes"}, false},
	{NULL, {NULL}, false},
};

static const field_group deadline_fields[] = {
	{WP_N_("activity"), {"activity"}, false},
	{WP_N_("rule"), {"rule", "due", "relative", "roll_forward"}, false},
	{WP_N_("who"), {"who"}, false},
	{WP_N_("submit to"), {"submit_to", "submit_to_unit"}, false},
	{WP_N_("notes"), {"notes"}, false},
	{NULL, {NULL}, false},
};

static const field_group contact_fields[] = {
	{WP_N_("phone"), {"phone"}, false},
	{WP_N_("email"), {"email"}, false},
	{WP_N_("unit"), {"unit"}, false},
	{WP_N_("activity"), {"activity"}, false},
	{NULL, {NULL}, false},
};

static const field_group committee_fields[] = {
	{WP_N_("committee chair"), {"chair"}, false},
	{WP_N_("committee vice-chairs"), {"vice_chair"}, false},
	{WP_N_("committee members"), {"members"}, false},
	{WP_N_("committee office"), {"office"}, false},
	{NULL, {NULL}, false},
};

/* A list of plan items, matched as wp_plan_match_items matches them. */
typedef struct item_kind {
	const char *what;   /* "activity" */
	const char *key;    /* the field that names an item (an activity's number) */
	const char *label;  /* a second field that also matches (its title), or NULL */
	const field_group *fields;
} item_kind;

static const item_kind activities = {WP_N_("activity"), "no", "title", activity_fields};
static const item_kind deadlines = {WP_N_("deadline"), "what", NULL, deadline_fields};
static const item_kind contacts = {WP_N_("contact"), "name", NULL, contact_fields};

static bool absent(json_t *v)
{
	return !v || json_is_null(v) || (json_is_array(v) && json_array_size(v) == 0);
}

/* A value for people: text as it is, a list joined with 、. Caller frees;
 * NULL for none. */
static char *value_text(json_t *v)
{
	if (absent(v))
		return NULL;
	if (json_is_string(v))
		return wp_xstrdup(json_string_value(v));
	wp_buf b = WP_BUF_INIT;
	if (json_is_array(v)) {
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x) {
			char *t = value_text(x);
			wp_buf_printf(&b, "%s%s", i ? "、" : "", t ? t : "");
			free(t);
		}
	} else if (json_is_object(v) && json_object_size(v) == 2 && json_object_get(v, "start")) {
		char *s = value_text(json_object_get(v, "start"));
		char *e = value_text(json_object_get(v, "end"));
		wp_buf_printf(&b, "%s..%s", s ? s : "", e ? e : "");
		free(s);
		free(e);
	} else {
		char *t = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_PRESERVE_ORDER);
		wp_buf_puts(&b, t ? t : "");
		free(t);
	}
	return wp_buf_take(&b);
}

/* The group's values of obj as one object (new reference); a missing
 * value or an empty list is null, so that they compare equal. */
static json_t *group_value(const field_group *g, json_t *obj)
{
	json_t *v = json_object();
	for (int k = 0; g->keys[k]; k++) {
		json_t *x = obj ? json_object_get(obj, g->keys[k]) : NULL;
		json_object_set_new(v, g->keys[k], absent(x) ? json_null() : json_deep_copy(x));
	}
	return v;
}

/* What a group holds, for people: its first value that is there (a rule's
 * words before its date), a range as first..second. Caller frees. */
static char *group_text(const field_group *g, json_t *v)
{
	char *first = NULL;
	int k = 0;
	for (; g->keys[k] && !first; k++)
		first = value_text(json_object_get(v, g->keys[k]));
	if (!g->range || !first || !g->keys[k])
		return first;
	char *second = value_text(json_object_get(v, g->keys[k]));
	if (!second || strcmp(first, second) == 0) {
		free(second);
		return first;
	}
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s..%s", first, second);
	free(first);
	free(second);
	return wp_buf_take(&b);
}

static void add_change(wp_plan_merge *m, wp_merge_kind kind, const char *where, char *ours,
		       char *theirs)
{
	m->changes = wp_xrealloc(m->changes, (m->n + 1) * sizeof *m->changes);
	m->changes[m->n++] = (wp_merge_change){kind, wp_xstrdup(where), ours, theirs};
	if (kind == WP_MERGE_CONFLICT)
		m->conflicts++;
}

/* Merges each group of fields of b, o and t into result (a copy of o).
 * has_base: b is the item as imported (else every difference is a
 * conflict). */
static void merge_fields(wp_plan_merge *m, const char *where, const field_group *fields,
			 json_t *b, bool has_base, json_t *o, json_t *t, json_t *result)
{
	for (const field_group *g = fields; g->name; g++) {
		json_t *bv = group_value(g, b), *ov = group_value(g, o), *tv = group_value(g, t);
		char name[160];
		snprintf(name, sizeof name, "%s%s%s", where, *where ? ": " : "", WP_TR(g->name));
		json_t *keep = ov;
		if (json_equal(ov, tv))
			keep = ov;
		else if (has_base && json_equal(ov, bv)) {
			keep = tv;
			add_change(m, WP_MERGE_TAKEN, name, group_text(g, ov), group_text(g, tv));
		} else if (has_base && json_equal(tv, bv)) {
			add_change(m, WP_MERGE_KEPT, name, group_text(g, ov), group_text(g, tv));
		} else {
			add_change(m, WP_MERGE_CONFLICT, name, group_text(g, ov), group_text(g, tv));
		}
		/* the kept side's own values: [] stays [], not the null it
		 * compared as */
		json_t *src = keep == tv ? t : o;
		for (int k = 0; g->keys[k]; k++) {
			json_t *x = src ? json_object_get(src, g->keys[k]) : NULL;
			json_object_set(result, g->keys[k], x ? x : json_null());
		}
		json_decref(bv);
		json_decref(ov);
		json_decref(tv);
	}
}

/* Pairs items of a with items of b that have the same value of field,
 * each b item used once: *match[i] is the b index of a[i]. */
static void match_pass(json_t *a, json_t *b, const char *field, const char *field2,
		       long *match, bool *used)
{
	for (size_t i = 0; i < json_array_size(a); i++) {
		if (match[i] >= 0)
			continue;
		json_t *ai = json_array_get(a, i);
		for (size_t j = 0; j < json_array_size(b); j++) {
			json_t *bj = json_array_get(b, j);
			if (used[j] || !json_equal(json_object_get(ai, field), json_object_get(bj, field)) ||
			    (field2 && !json_equal(json_object_get(ai, field2),
						   json_object_get(bj, field2))))
				continue;
			match[i] = (long)j;
			used[j] = true;
			break;
		}
	}
}

long *wp_plan_match_items(json_t *a, json_t *b, const char *key, const char *label)
{
	size_t na = json_array_size(a), nb = json_array_size(b);
	long *match = wp_xmalloc((na + 1) * sizeof *match);
	bool *used = wp_xcalloc(nb + 1, sizeof *used);
	for (size_t i = 0; i < na; i++)
		match[i] = -1;
	if (label) {
		match_pass(a, b, key, label, match, used);
		match_pass(a, b, label, NULL, match, used);
	}
	match_pass(a, b, key, NULL, match, used);
	free(used);
	return match;
}

/* What names an item: its key, or its label when it has no key (an
 * activity the notice does not number); "" if neither. */
static const char *item_name(const item_kind *kind, json_t *item)
{
	const char *key = json_string_value(json_object_get(item, kind->key));
	const char *label = kind->label ? json_string_value(json_object_get(item, kind->label)) : NULL;
	return key ? key : label ? label : "";
}

/* "activity 二", naming an item in the change list. Caller frees. */
static char *item_where(const item_kind *kind, json_t *item)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s %s", WP_TR(kind->what), item_name(kind, item));
	return wp_buf_take(&b);
}

/* The item for people: its key and label ("二 知识产权进校园"), or its
 * label alone when it has no key. */
static char *item_text(const item_kind *kind, json_t *item)
{
	wp_buf b = WP_BUF_INIT;
	const char *key = json_string_value(json_object_get(item, kind->key));
	const char *label = kind->label ? json_string_value(json_object_get(item, kind->label)) : NULL;
	wp_buf_printf(&b, "%s%s%s", key ? key : "", key && label ? " " : "", label ? label : "");
	return wp_buf_take(&b);
}

/* Items compare without their submissions: recording one is not editing. */
static bool item_same(json_t *a, json_t *b)
{
	json_t *x = json_deep_copy(a), *y = json_deep_copy(b);
	json_object_del(x, "submitted");
	json_object_del(y, "submitted");
	bool eq = json_equal(x, y);
	json_decref(x);
	json_decref(y);
	return eq;
}

/* The three lists of one kind and how their items pair up. */
struct lists {
	const item_kind *kind;
	json_t *b, *o, *t;
	bool has_base;
	long *ot, *ob, *tb; /* ours->theirs, ours->base, theirs->base; -1: none */
	json_t *result;
	long *from_t; /* the theirs index of each result item, -1 for none */
	size_t nresult;
};

static json_t *at(json_t *list, const long *match, size_t i)
{
	return match && match[i] >= 0 ? json_array_get(list, (size_t)match[i]) : NULL;
}

static void append_result(struct lists *l, json_t *item, long from_t)
{
	json_array_append_new(l->result, item);
	l->from_t = wp_xrealloc(l->from_t, (l->nresult + 1) * sizeof *l->from_t);
	l->from_t[l->nresult++] = from_t;
}

/* ours' items, merged or dropped, into the result. */
static void merge_ours(wp_plan_merge *m, struct lists *l)
{
	const item_kind *kind = l->kind;
	for (size_t i = 0; i < json_array_size(l->o); i++) {
		json_t *oi = json_array_get(l->o, i), *ti = at(l->t, l->ot, i);
		json_t *bi = at(l->b, l->ob, i);
		if (!bi && ti)
			bi = at(l->b, l->tb, (size_t)l->ot[i]);
		char *where = item_where(kind, oi);
		if (ti) {
			json_t *merged = json_deep_copy(oi);
			merge_fields(m, where, kind->fields, bi, bi != NULL, oi, ti, merged);
			append_result(l, merged, l->ot[i]);
		} else if (bi && item_same(oi, bi)) {
			add_change(m, WP_MERGE_TAKEN, where, item_text(kind, oi), NULL);
		} else {
			/* edited here and gone from the notice, or added here */
			add_change(m, bi ? WP_MERGE_CONFLICT : WP_MERGE_KEPT, where,
				   item_text(kind, oi), NULL);
			append_result(l, json_deep_copy(oi), -1);
		}
		free(where);
	}
}

/* Where an item new in theirs goes: after the nearest item before it in
 * theirs that the result has, else first. */
static size_t insert_position(const struct lists *l, size_t j)
{
	while (j-- > 0)
		for (size_t r = 0; r < l->nresult; r++)
			if (l->from_t[r] == (long)j)
				return r + 1;
	return 0;
}

/* theirs' items that ours lacks: added, or left deleted. */
static void merge_theirs(wp_plan_merge *m, struct lists *l)
{
	size_t nt = json_array_size(l->t);
	bool *paired = wp_xcalloc(nt + 1, sizeof *paired);
	for (size_t i = 0; i < json_array_size(l->o); i++)
		if (l->ot[i] >= 0)
			paired[l->ot[i]] = true;
	for (size_t j = 0; j < nt; j++) {
		if (paired[j])
			continue;
		json_t *tj = json_array_get(l->t, j), *bj = at(l->b, l->tb, j);
		char *where = item_where(l->kind, tj);
		if (bj) {
			/* deleted here: stays deleted; a conflict if the notice
			 * changed it meanwhile */
			add_change(m, item_same(tj, bj) ? WP_MERGE_KEPT : WP_MERGE_CONFLICT, where,
				   NULL, item_text(l->kind, tj));
		} else {
			size_t pos = insert_position(l, j);
			json_array_insert_new(l->result, pos, json_deep_copy(tj));
			l->from_t = wp_xrealloc(l->from_t, (l->nresult + 1) * sizeof *l->from_t);
			memmove(l->from_t + pos + 1, l->from_t + pos,
				(l->nresult - pos) * sizeof *l->from_t);
			l->from_t[pos] = (long)j;
			l->nresult++;
			add_change(m, WP_MERGE_TAKEN, where, NULL, item_text(l->kind, tj));
		}
		free(where);
	}
	free(paired);
}

static json_t *merge_list(wp_plan_merge *m, const item_kind *kind, json_t *base, json_t *ours,
			  json_t *theirs, const char *list)
{
	struct lists l = {.kind = kind, .has_base = base != NULL, .result = json_array()};
	l.b = base ? json_object_get(base, list) : NULL;
	l.o = json_object_get(ours, list);
	l.t = json_object_get(theirs, list);
	l.ot = wp_plan_match_items(l.o, l.t, kind->key, kind->label);
	if (base) {
		l.ob = wp_plan_match_items(l.o, l.b, kind->key, kind->label);
		l.tb = wp_plan_match_items(l.t, l.b, kind->key, kind->label);
	}
	merge_ours(m, &l);
	merge_theirs(m, &l);
	free(l.ot);
	free(l.ob);
	free(l.tb);
	free(l.from_t);
	return l.result;
}

/* A submission is never lost to the notice: a unit that has submitted
 * stays among those who owe the report. */
static void keep_submitters(wp_plan_merge *m, json_t *deadline)
{
	json_t *who = json_object_get(deadline, "who");
	json_t *submitted = json_object_get(deadline, "submitted");
	const char *unit;
	json_t *on;
	json_object_foreach(submitted, unit, on) {
		bool listed = false;
		size_t i;
		json_t *w;
		json_array_foreach(who, i, w) listed = listed || strcmp(json_string_value(w), unit) == 0;
		m->submissions++;
		if (listed)
			continue;
		json_array_append_new(who, json_string(unit));
		wp_buf where = WP_BUF_INIT;
		wp_buf_printf(&where, "%s %s: %s", WP_TR("deadline"),
			      json_string_value(json_object_get(deadline, "what")), WP_TR("who"));
		wp_buf text = WP_BUF_INIT;
		wp_buf_printf(&text, WP_TR("%s (submitted on %s)"), unit, json_string_value(on));
		add_change(m, WP_MERGE_CONFLICT, wp_buf_str(&where), wp_buf_take(&text), NULL);
		wp_buf_free(&where);
	}
}

static json_t *committee_of(json_t *plan)
{
	json_t *c = plan ? json_object_get(plan, "committee") : NULL;
	return json_is_object(c) ? c : NULL;
}

static void merge_committee(wp_plan_merge *m, json_t *base, json_t *ours, json_t *theirs,
			    json_t *result)
{
	json_t *merged = json_object();
	merge_fields(m, "", committee_fields, committee_of(base), base != NULL, committee_of(ours),
		     committee_of(theirs), merged);
	bool any = false;
	const char *role;
	json_t *names;
	json_object_foreach(merged, role, names) {
		if (json_is_null(names))
			json_object_set_new(merged, role, json_array());
		else
			any = any || json_array_size(names) > 0;
	}
	json_object_set_new(result, "committee", any ? merged : json_null());
	if (!any)
		json_decref(merged);
}

static json_t *parse(const char *text, const char *which, wp_err *err)
{
	json_error_t jerr;
	json_t *root = json_loads(text, 0, &jerr);
	if (!json_is_object(root)) {
		json_decref(root);
		wp_err_set(err, "%s: not a plan: line %d: %s", which, jerr.line, jerr.text);
		return NULL;
	}
	return root;
}

static void merge_roots(wp_plan_merge *m, json_t *base, json_t *ours, json_t *theirs,
			json_t *result)
{
	merge_fields(m, "", header_fields, base, base != NULL, ours, theirs, result);
	json_object_set_new(result, "activities",
			    merge_list(m, &activities, base, ours, theirs, "activities"));
	merge_committee(m, base, ours, theirs, result);
	json_t *dl = merge_list(m, &deadlines, base, ours, theirs, "deadlines");
	size_t i;
	json_t *d;
	json_array_foreach(dl, i, d) keep_submitters(m, d);
	json_object_set_new(result, "deadlines", dl);
	json_object_set_new(result, "contacts",
			    merge_list(m, &contacts, base, ours, theirs, "contacts"));
}

int wp_plan_merge_plans(const char *base, const char *ours, const char *theirs,
			wp_plan_merge *out, wp_err *err)
{
	*out = (wp_plan_merge)WP_PLAN_MERGE_INIT;
	json_t *b = base ? parse(base, "base", err) : NULL;
	json_t *o = parse(ours, "stored", err);
	json_t *t = parse(theirs, "notice", err);
	int rc = -1;
	if ((!base || b) && o && t) {
		/* the rest of ours (region, units) as it is: the match was
		 * made on the campaign, not on them */
		json_t *result = json_deep_copy(o);
		merge_roots(out, b, o, t, result);
		char *text = json_dumps(result, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		out->merged = text ? wp_xstrdup(text) : NULL;
		free(text);
		json_decref(result);
		rc = out->merged ? 0 : wp_err_set(err, "cannot encode the merged plan as JSON");
	}
	json_decref(b);
	json_decref(o);
	json_decref(t);
	return rc;
}

void wp_plan_merge_clear(wp_plan_merge *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->changes[i].where);
		free(m->changes[i].ours);
		free(m->changes[i].theirs);
	}
	free(m->changes);
	free(m->merged);
	*m = (wp_plan_merge)WP_PLAN_MERGE_INIT;
}

const char *wp_merge_kind_label(wp_merge_kind kind)
{
	switch (kind) {
	case WP_MERGE_TAKEN:
		return WP_TR("from the notice");
	case WP_MERGE_KEPT:
		return WP_TR("kept");
	case WP_MERGE_CONFLICT:
		return WP_TR("conflict");
	}
	return "";
}

void wp_merge_change_text(const wp_merge_change *c, wp_buf *out)
{
	const char *none = WP_TR("(none)");
	const char *ours = c->ours ? c->ours : none, *theirs = c->theirs ? c->theirs : none;
	wp_buf_printf(out, "%s: %s: ", wp_merge_kind_label(c->kind), c->where);
	if (c->kind == WP_MERGE_TAKEN)
		wp_buf_printf(out, "%s -> %s", ours, theirs);
	else
		wp_buf_printf(out, WP_TR("%s (the notice: %s)"), ours, theirs);
}
