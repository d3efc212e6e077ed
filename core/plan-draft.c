/* plan-draft.c - reading a JSON plan into a wp_draft and writing it back.
 * The editing operations are in plan-draft-edit.c. */
#include "config.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "plan-draft.h"

/* ---- unit lists ----------------------------------------------------------- */

void wp_draft_names_clear(wp_draft_names *names)
{
	for (size_t i = 0; i < names->n; i++)
		free(names->v[i]);
	free(names->v);
	names->v = NULL;
	names->n = 0;
}

static void names_add(wp_draft_names *names, const char *s, size_t len)
{
	names->v = wp_xrealloc(names->v, (names->n + 1) * sizeof *names->v);
	names->v[names->n++] = wp_xstrndup(s, len);
}

/* Length of the separator at s (、 , ， ; ； or a newline), 0 if none. */
static size_t separator_len(const char *s)
{
	static const char *const seps[] = {"、", "，", "；", ",", ";", "\n", NULL};
	for (const char *const *p = seps; *p; p++)
		if (strncmp(s, *p, strlen(*p)) == 0)
			return strlen(*p);
	return 0;
}

void wp_draft_names_split(const char *text, wp_draft_names *out)
{
	out->v = NULL;
	out->n = 0;
	const char *p = text ? text : "";
	while (*p) {
		const char *start = p;
		size_t sep = 0;
		while (*p && !(sep = separator_len(p)))
			p++;
		const char *end = p;
		while (start < end && (*start == ' ' || *start == '\t'))
			start++;
		while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		if (end > start)
			names_add(out, start, (size_t)(end - start));
		p += sep;
	}
}

char *wp_draft_names_join(const wp_draft_names *names)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "");
	for (size_t i = 0; i < names->n; i++)
		wp_buf_printf(&b, "%s%s", i ? "、" : "", names->v[i]);
	return wp_buf_take(&b);
}

/* ---- clearing --------------------------------------------------------------- */

void wp_draft_activity_clear(wp_draft_activity *a)
{
	free(a->no);
	free(a->title);
	free(a->description);
	free(a->location);
	free(a->notes);
	free(a->date_text);
	free(a->time);
	free(a->end_time);
	wp_draft_names_clear(&a->lead);
	wp_draft_names_clear(&a->cooperate);
}

void wp_draft_deadline_clear(wp_draft_deadline *x)
{
	free(x->what);
	free(x->activity);
	free(x->rule_text);
	free(x->submit_to);
	free(x->submit_to_unit);
	free(x->notes);
	wp_draft_names_clear(&x->who);
	wp_draft_names_clear(&x->submitted);
	free(x->submitted_on);
}

void wp_draft_contact_clear(wp_draft_contact *c)
{
	free(c->name);
	free(c->phone);
	free(c->email);
	free(c->unit);
	free(c->activity);
}

void wp_draft_clear(wp_draft *d)
{
	char **texts[] = {&d->title, &d->region, &d->organizer, &d->lead_unit,
			  &d->doc_number, &d->theme, &d->parent_plan, &d->notes};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		free(*texts[i]);
	for (size_t i = 0; i < d->nunits; i++) {
		free(d->units[i].name);
		wp_draft_names_clear(&d->units[i].aliases);
	}
	free(d->units);
	for (size_t i = 0; i < d->nactivities; i++)
		wp_draft_activity_clear(&d->activities[i]);
	free(d->activities);
	for (int r = 0; r < WP_COMMITTEE_NROLES; r++)
		wp_draft_names_clear(&d->committee[r]);
	wp_draft_names_clear(&d->focus);
	for (size_t i = 0; i < d->ndeadlines; i++)
		wp_draft_deadline_clear(&d->deadlines[i]);
	free(d->deadlines);
	for (size_t i = 0; i < d->ncontacts; i++)
		wp_draft_contact_clear(&d->contacts[i]);
	free(d->contacts);
	memset(d, 0, sizeof *d);
	d->issued_on = d->start = d->end = WP_DATE_NONE;
}

/* ---- reading ------------------------------------------------------------- */

static int only_keys(json_t *obj, const char *where, const char *const *keys, wp_err *err)
{
	const char *key;
	json_t *value;
	json_object_foreach(obj, key, value) {
		bool known = false;
		for (const char *const *k = keys; *k && !known; k++)
			known = strcmp(key, *k) == 0;
		if (!known)
			return wp_err_set(err, "%s: unknown key '%.40s'", where, key);
	}
	return 0;
}

/* A string or null (missing); *out owned, NULL when missing or empty. */
static int get_text(json_t *obj, const char *key, const char *where, char **out, wp_err *err)
{
	json_t *v = json_object_get(obj, key);
	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_string(v))
		return wp_err_set(err, "%s: '%s' must be a string", where, key);
	if (*json_string_value(v))
		*out = wp_xstrdup(json_string_value(v));
	return 0;
}

static int get_date(json_t *obj, const char *key, const char *where, wp_date *out, wp_err *err)
{
	char *s;
	*out = WP_DATE_NONE;
	if (get_text(obj, key, where, &s, err) != 0)
		return -1;
	int rc = s ? wp_date_parse(s, out, err) : 0;
	free(s);
	return rc == 0 ? 0 : wp_err_prefix(err, "%s: '%s': ", where, key);
}

static int get_names(json_t *obj, const char *key, const char *where, wp_draft_names *out,
		     wp_err *err)
{
	json_t *v = json_object_get(obj, key);
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_array(v))
		return wp_err_set(err, "%s: '%s' must be a list of names", where, key);
	size_t i;
	json_t *item;
	json_array_foreach(v, i, item) {
		if (!json_is_string(item))
			return wp_err_set(err, "%s: '%s' item %zu must be a string", where, key,
					  i + 1);
		names_add(out, json_string_value(item), json_string_length(item));
	}
	return 0;
}

/* A list of objects under key, each read by one into an array of size
 * bytes per element. */
static int get_list(json_t *root, const char *key, void **items, size_t *n, size_t size,
		    int (*one)(json_t *, void *, const char *, wp_err *), wp_err *err)
{
	json_t *list = json_object_get(root, key);
	if (!list || json_is_null(list))
		return 0;
	if (!json_is_array(list))
		return wp_err_set(err, "'%s' must be a list", key);
	*items = wp_xcalloc(json_array_size(list) + 1, size);
	size_t i;
	json_t *item;
	json_array_foreach(list, i, item) {
		char where[48];
		snprintf(where, sizeof where, "%.20s %zu", key, i + 1);
		if (!json_is_object(item))
			return wp_err_set(err, "%s must be an object", where);
		(*n)++;
		if (one(item, (char *)*items + i * size, where, err) != 0)
			return -1;
	}
	return 0;
}

static int read_unit(json_t *o, void *item, const char *where, wp_err *err)
{
	static const char *const keys[] = {"name", "aliases", NULL};
	wp_draft_unit *u = item;
	return only_keys(o, where, keys, err) != 0 || get_text(o, "name", where, &u->name, err) != 0 ||
			       get_names(o, "aliases", where, &u->aliases, err) != 0
		       ? -1
		       : 0;
}

static int read_activity(json_t *o, void *item, const char *where, wp_err *err)
{
	static const char *const keys[] = {"no", "title", "description", "start", "end",
					   "time", "end_time", "location", "lead",
					   "cooperate", "notes", "date_text", NULL};
	wp_draft_activity *a = item;
	a->start = a->end = WP_DATE_NONE;
	if (only_keys(o, where, keys, err) != 0 || get_text(o, "no", where, &a->no, err) != 0 ||
	    get_text(o, "title", where, &a->title, err) != 0 ||
	    get_text(o, "description", where, &a->description, err) != 0 ||
	    get_date(o, "start", where, &a->start, err) != 0 ||
	    get_date(o, "end", where, &a->end, err) != 0 ||
	    get_text(o, "time", where, &a->time, err) != 0 ||
	    get_text(o, "end_time", where, &a->end_time, err) != 0 ||
	    get_text(o, "location", where, &a->location, err) != 0 ||
	    get_names(o, "lead", where, &a->lead, err) != 0 ||
	    get_names(o, "cooperate", where, &a->cooperate, err) != 0 ||
	    get_text(o, "notes", where, &a->notes, err) != 0 ||
	    get_text(o, "date_text", where, &a->date_text, err) != 0)
		return -1;
	return 0;
}

static int read_relative(json_t *rel, const char *where, wp_rule *rule, wp_err *err)
{
	static const char *const keys[] = {"offset", "unit", "anchor", NULL};
	if (!json_is_object(rel))
		return wp_err_set(err, "%s: 'relative' must be an object", where);
	json_t *off = json_object_get(rel, "offset");
	const char *unit = json_string_value(json_object_get(rel, "unit"));
	const char *anchor = json_string_value(json_object_get(rel, "anchor"));
	if (only_keys(rel, where, keys, err) != 0)
		return -1;
	if (!json_is_integer(off) || json_integer_value(off) < -WP_RULE_MAX_OFFSET ||
	    json_integer_value(off) > WP_RULE_MAX_OFFSET)
		return wp_err_set(err, "%s: 'offset' must be a whole number of days", where);
	if (!unit || (strcmp(unit, "days") != 0 && strcmp(unit, "workdays") != 0))
		return wp_err_set(err, "%s: 'unit' must be \"days\" or \"workdays\"", where);
	rule->kind = WP_RULE_RELATIVE;
	rule->offset = (int)json_integer_value(off);
	rule->workdays = strcmp(unit, "workdays") == 0;
	if (wp_anchor_parse(anchor ? anchor : "", &rule->anchor, err) != 0)
		return wp_err_prefix(err, "%s: ", where);
	return 0;
}

static int read_submitted(json_t *sub, const char *where, wp_draft_deadline *x, wp_err *err)
{
	if (!sub || json_is_null(sub))
		return 0;
	if (!json_is_object(sub))
		return wp_err_set(err, "%s: 'submitted' must map unit names to dates", where);
	x->submitted_on = wp_xcalloc(json_object_size(sub) + 1, sizeof *x->submitted_on);
	const char *name;
	json_t *v;
	json_object_foreach(sub, name, v) {
		names_add(&x->submitted, name, strlen(name));
		if (get_date(sub, name, where, &x->submitted_on[x->submitted.n - 1], err) != 0)
			return -1;
	}
	return 0;
}

static int read_deadline(json_t *o, void *item, const char *where, wp_err *err)
{
	static const char *const keys[] = {"what", "activity", "rule", "due", "relative",
					   "roll_forward", "who", "submitted", "submit_to",
					   "submit_to_unit", "notes", NULL};
	wp_draft_deadline *x = item;
	json_t *rel = json_object_get(o, "relative"), *roll = json_object_get(o, "roll_forward");
	x->rule = (wp_rule){.kind = WP_RULE_NONE, .fixed = WP_DATE_NONE};
	if (only_keys(o, where, keys, err) != 0 || get_text(o, "what", where, &x->what, err) != 0 ||
	    get_text(o, "activity", where, &x->activity, err) != 0 ||
	    get_text(o, "rule", where, &x->rule_text, err) != 0 ||
	    get_date(o, "due", where, &x->rule.fixed, err) != 0 ||
	    get_names(o, "who", where, &x->who, err) != 0 ||
	    get_text(o, "submit_to", where, &x->submit_to, err) != 0 ||
	    get_text(o, "submit_to_unit", where, &x->submit_to_unit, err) != 0 ||
	    get_text(o, "notes", where, &x->notes, err) != 0 ||
	    read_submitted(json_object_get(o, "submitted"), where, x, err) != 0)
		return -1;
	if (roll && !json_is_null(roll) && !json_is_boolean(roll))
		return wp_err_set(err, "%s: 'roll_forward' must be true or false", where);
	if (x->rule.fixed != WP_DATE_NONE && rel && !json_is_null(rel))
		return wp_err_set(err, "%s: give either 'due' or 'relative', not both", where);
	if (x->rule.fixed != WP_DATE_NONE)
		x->rule.kind = WP_RULE_DATE;
	else if (rel && !json_is_null(rel) && read_relative(rel, where, &x->rule, err) != 0)
		return -1;
	x->rule.roll_forward = json_is_true(roll);
	return 0;
}

static int read_contact(json_t *o, void *item, const char *where, wp_err *err)
{
	static const char *const keys[] = {"name", "phone", "email", "unit", "activity", NULL};
	wp_draft_contact *c = item;
	return only_keys(o, where, keys, err) != 0 || get_text(o, "name", where, &c->name, err) != 0 ||
			       get_text(o, "phone", where, &c->phone, err) != 0 ||
			       get_text(o, "email", where, &c->email, err) != 0 ||
			       get_text(o, "unit", where, &c->unit, err) != 0 ||
			       get_text(o, "activity", where, &c->activity, err) != 0
		       ? -1
		       : 0;
}

static int read_committee(json_t *c, wp_draft *d, wp_err *err)
{
	static const char *const roles[] = {"chair", "vice_chair", "members", "office", NULL};
	if (!c || json_is_null(c))
		return 0;
	if (!json_is_object(c))
		return wp_err_set(err, "'committee' must be an object");
	if (only_keys(c, "committee", roles, err) != 0)
		return -1;
	for (int r = 0; r < WP_COMMITTEE_NROLES; r++)
		if (get_names(c, roles[r], "committee", &d->committee[r], err) != 0)
			return -1;
	return 0;
}

static int read_missing(json_t *m, wp_draft *d, wp_err *err)
{
	static const char *const names[] = {"title", "period", "year"};
	if (!m || json_is_null(m))
		return 0;
	if (!json_is_array(m))
		return wp_err_set(err, "plan: 'missing' must be a list");
	size_t i;
	json_t *v;
	json_array_foreach(m, i, v) {
		const char *what = json_string_value(v);
		unsigned flag = 0;
		for (int k = 0; k < 3; k++)
			if (what && strcmp(what, names[k]) == 0)
				flag = 1u << k;
		if (!flag)
			return wp_err_set(err, "plan: 'missing' may list title, period and year");
		d->missing |= flag;
	}
	return 0;
}

static int read_root(json_t *root, wp_draft *d, wp_err *err)
{
	static const char *const keys[] = {
		"weekplan_plan", "title", "region", "organizer", "lead_unit", "doc_number",
		"issued_on", "period", "theme", "focus", "parent_plan", "notes", "units",
		"activities", "committee", "deadlines", "contacts", "missing", NULL};
	json_t *version = json_object_get(root, "weekplan_plan");
	json_t *period = json_object_get(root, "period");
	if (!json_is_integer(version) || json_integer_value(version) != 1)
		return wp_err_set(err, "not a weekplan plan of version 1");
	if (only_keys(root, "plan", keys, err) != 0 ||
	    get_text(root, "title", "plan", &d->title, err) != 0 ||
	    get_text(root, "region", "plan", &d->region, err) != 0 ||
	    get_text(root, "organizer", "plan", &d->organizer, err) != 0 ||
	    get_text(root, "lead_unit", "plan", &d->lead_unit, err) != 0 ||
	    get_text(root, "doc_number", "plan", &d->doc_number, err) != 0 ||
	    get_date(root, "issued_on", "plan", &d->issued_on, err) != 0 ||
	    get_text(root, "theme", "plan", &d->theme, err) != 0 ||
	    get_names(root, "focus", "plan", &d->focus, err) != 0 ||
	    get_text(root, "parent_plan", "plan", &d->parent_plan, err) != 0 ||
	    get_text(root, "notes", "plan", &d->notes, err) != 0 ||
	    read_missing(json_object_get(root, "missing"), d, err) != 0)
		return -1;
	if (period && !json_is_null(period) &&
	    (!json_is_object(period) || get_date(period, "start", "period", &d->start, err) != 0 ||
	     get_date(period, "end", "period", &d->end, err) != 0))
		return json_is_object(period) ? -1
					      : wp_err_set(err, "plan: 'period' must be an object");
	if (get_list(root, "units", (void **)&d->units, &d->nunits, sizeof *d->units, read_unit,
		     err) != 0 ||
	    get_list(root, "activities", (void **)&d->activities, &d->nactivities,
		     sizeof *d->activities, read_activity, err) != 0 ||
	    read_committee(json_object_get(root, "committee"), d, err) != 0 ||
	    get_list(root, "deadlines", (void **)&d->deadlines, &d->ndeadlines,
		     sizeof *d->deadlines, read_deadline, err) != 0 ||
	    get_list(root, "contacts", (void **)&d->contacts, &d->ncontacts, sizeof *d->contacts,
		     read_contact, err) != 0)
		return -1;
	return 0;
}

int wp_draft_parse(const char *text, size_t len, wp_draft *d, wp_err *err)
{
	memset(d, 0, sizeof *d);
	d->issued_on = d->start = d->end = WP_DATE_NONE;
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		text += 3;
		len -= 3;
	}
	json_error_t jerr;
	json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
	if (!root)
		return wp_err_set(err, "line %d, column %d: not valid JSON: %s", jerr.line,
				  jerr.column, jerr.text);
	int rc = json_is_object(root) ? read_root(root, d, err)
				      : wp_err_set(err, "not a weekplan plan (expected a JSON object)");
	json_decref(root);
	return rc;
}

/* ---- writing ------------------------------------------------------------- */

static void put_text(json_t *o, const char *key, const char *s)
{
	if (s)
		json_object_set_new(o, key, json_string(s));
}

static void put_date(json_t *o, const char *key, wp_date day)
{
	char buf[16];
	if (day != WP_DATE_NONE)
		json_object_set_new(o, key, json_string(wp_date_format(day, buf)));
}

static json_t *names_json(const wp_draft_names *names)
{
	json_t *a = json_array();
	for (size_t i = 0; i < names->n; i++)
		json_array_append_new(a, json_string(names->v[i]));
	return a;
}

static json_t *activity_json(const wp_draft_activity *a)
{
	json_t *o = json_object();
	put_text(o, "no", a->no);
	put_text(o, "title", a->title);
	put_text(o, "description", a->description);
	put_date(o, "start", a->start);
	if (a->end != a->start)
		put_date(o, "end", a->end);
	put_text(o, "date_text", a->date_text);
	put_text(o, "time", a->time);
	put_text(o, "end_time", a->end_time);
	put_text(o, "location", a->location);
	json_object_set_new(o, "lead", names_json(&a->lead));
	json_object_set_new(o, "cooperate", names_json(&a->cooperate));
	put_text(o, "notes", a->notes);
	return o;
}

static json_t *deadline_json(const wp_draft_deadline *x)
{
	json_t *o = json_object();
	put_text(o, "what", x->what);
	put_text(o, "activity", x->activity);
	put_text(o, "rule", x->rule_text);
	if (x->rule.kind == WP_RULE_DATE)
		put_date(o, "due", x->rule.fixed);
	if (x->rule.kind == WP_RULE_RELATIVE)
		json_object_set_new(o, "relative",
				    json_pack("{s:i, s:s, s:s}", "offset", x->rule.offset, "unit",
					      x->rule.workdays ? "workdays" : "days", "anchor",
					      wp_anchor_name(x->rule.anchor)));
	if (x->rule.roll_forward)
		json_object_set_new(o, "roll_forward", json_true());
	json_object_set_new(o, "who", names_json(&x->who));
	if (x->submitted.n) {
		json_t *sub = json_object();
		for (size_t i = 0; i < x->submitted.n; i++)
			put_date(sub, x->submitted.v[i], x->submitted_on[i]);
		json_object_set_new(o, "submitted", sub);
	}
	put_text(o, "submit_to", x->submit_to);
	put_text(o, "submit_to_unit", x->submit_to_unit);
	put_text(o, "notes", x->notes);
	return o;
}

static json_t *contact_json(const wp_draft_contact *c)
{
	json_t *o = json_object();
	put_text(o, "name", c->name);
	put_text(o, "phone", c->phone);
	put_text(o, "email", c->email);
	put_text(o, "unit", c->unit);
	put_text(o, "activity", c->activity);
	return o;
}

static void put_lists(json_t *root, const wp_draft *d)
{
	static const char *const roles[] = {"chair", "vice_chair", "members", "office"};
	json_t *units = json_array(), *acts = json_array(), *dls = json_array();
	json_t *contacts = json_array(), *committee = json_object();
	for (size_t i = 0; i < d->nunits; i++) {
		json_t *u = json_object();
		put_text(u, "name", d->units[i].name);
		if (d->units[i].aliases.n)
			json_object_set_new(u, "aliases", names_json(&d->units[i].aliases));
		json_array_append_new(units, u);
	}
	for (size_t i = 0; i < d->nactivities; i++)
		json_array_append_new(acts, activity_json(&d->activities[i]));
	for (int r = 0; r < WP_COMMITTEE_NROLES; r++)
		if (d->committee[r].n)
			json_object_set_new(committee, roles[r], names_json(&d->committee[r]));
	for (size_t i = 0; i < d->ndeadlines; i++)
		json_array_append_new(dls, deadline_json(&d->deadlines[i]));
	for (size_t i = 0; i < d->ncontacts; i++)
		json_array_append_new(contacts, contact_json(&d->contacts[i]));
	json_object_set_new(root, "units", units);
	json_object_set_new(root, "activities", acts);
	json_object_set_new(root, "committee", committee);
	json_object_set_new(root, "deadlines", dls);
	json_object_set_new(root, "contacts", contacts);
}

char *wp_draft_json(const wp_draft *d)
{
	static const char *const missing[] = {"title", "period", "year"};
	json_t *root = json_object();
	json_object_set_new(root, "weekplan_plan", json_integer(1));
	put_text(root, "title", d->title);
	put_text(root, "region", d->region);
	put_text(root, "organizer", d->organizer);
	put_text(root, "lead_unit", d->lead_unit);
	put_text(root, "doc_number", d->doc_number);
	put_date(root, "issued_on", d->issued_on);
	if (d->start != WP_DATE_NONE) {
		json_t *period = json_object();
		put_date(period, "start", d->start);
		put_date(period, "end", d->end);
		json_object_set_new(root, "period", period);
	}
	put_text(root, "theme", d->theme);
	if (d->focus.n)
		json_object_set_new(root, "focus", names_json(&d->focus));
	put_text(root, "parent_plan", d->parent_plan);
	put_text(root, "notes", d->notes);
	put_lists(root, d);
	if (d->missing) {
		json_t *m = json_array();
		for (int k = 0; k < 3; k++)
			if (d->missing & (1u << k))
				json_array_append_new(m, json_string(missing[k]));
		json_object_set_new(root, "missing", m);
	}
	char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, text ? text : "{}");
	wp_buf_putc(&b, '\n');
	free(text);
	return wp_buf_take(&b);
}
