/* plan-draft-edit.c - changing a draft plan: header fields, activities,
 * deadlines, the committee and contacts, from fields as a person types
 * them (see plan-draft.h). Each change is checked whole before the draft
 * is touched. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "input.h"
#include "plan-draft.h"
#include "text.h"

/* NULL for NULL or "" (or only spaces), else a copy. */
static char *dup_text(const char *s)
{
	while (s && *s == ' ')
		s++;
	return s && *s ? wp_xstrdup(s) : NULL;
}

static void replace_text(char **field, const char *s)
{
	free(*field);
	*field = dup_text(s);
}

static char *copy_or_empty(const char *s)
{
	return wp_xstrdup(s ? s : "");
}

/* Dates typed in this draft are read against its period's year and week. */
static wp_input_ctx input_ctx(const wp_draft *d)
{
	wp_input_ctx ctx = {0, d->start, WP_DATE_NONE};
	int m, day;
	if (d->start != WP_DATE_NONE)
		wp_date_to_ymd(d->start, &ctx.year, &m, &day);
	return ctx;
}

/* One field's text: single line, valid UTF-8. */
static int check_line(const char *s, const char *what, wp_err *err)
{
	return s ? wp_text_check(s, what, WP_TEXT_SINGLE_LINE, err) : 0;
}

/* "START..END", one date, or empty (both NONE). */
static int parse_dates(const wp_draft *d, const char *text, wp_date *start, wp_date *end,
		       wp_err *err)
{
	*start = *end = WP_DATE_NONE;
	if (!text || !*text)
		return 0;
	wp_input_ctx ctx = input_ctx(d);
	const char *dots = strstr(text, "..");
	if (!dots)
		dots = strstr(text, "至");
	char *first = wp_xstrndup(text, dots ? (size_t)(dots - text) : strlen(text));
	int rc = wp_input_date(first, &ctx, start, err);
	free(first);
	if (rc != 0)
		return -1;
	*end = *start;
	if (dots && wp_input_date(dots + (*dots == '.' ? 2 : strlen("至")), &ctx, end, err) != 0)
		return -1;
	if (*end < *start)
		return wp_err_set(err, WP_TR("the end is before the start"));
	return 0;
}

/* ---- header --------------------------------------------------------------- */

static char **header_text_field(wp_draft *d, wp_draft_field field)
{
	switch (field) {
	case WP_DRAFT_TITLE:
		return &d->title;
	case WP_DRAFT_ORGANIZER:
		return &d->organizer;
	case WP_DRAFT_DOC_NUMBER:
		return &d->doc_number;
	case WP_DRAFT_THEME:
		return &d->theme;
	default:
		return NULL;
	}
}

char *wp_draft_header_text(const wp_draft *d, wp_draft_field field)
{
	char a[16], b[16], out[40];
	if (field == WP_DRAFT_ISSUED_ON)
		return wp_xstrdup(d->issued_on == WP_DATE_NONE ? "" : wp_date_format(d->issued_on, a));
	if (field == WP_DRAFT_PERIOD) {
		if (d->start == WP_DATE_NONE)
			return wp_xstrdup("");
		snprintf(out, sizeof out, "%s..%s", wp_date_format(d->start, a),
			 wp_date_format(d->end, b));
		return wp_xstrdup(out);
	}
	char **f = header_text_field((wp_draft *)d, field);
	return copy_or_empty(f ? *f : NULL);
}

int wp_draft_set_header(wp_draft *d, wp_draft_field field, const char *text, wp_err *err)
{
	if (check_line(text, WP_TR("the field"), err) != 0)
		return -1;
	wp_date start, end;
	switch (field) {
	case WP_DRAFT_ISSUED_ON:
		if (parse_dates(d, text, &start, &end, err) != 0)
			return -1;
		d->issued_on = start;
		return 0;
	case WP_DRAFT_PERIOD:
		if (parse_dates(d, text, &start, &end, err) != 0)
			return -1;
		if (start == WP_DATE_NONE)
			return wp_err_set(err, WP_TR("a campaign needs its period"));
		d->start = start;
		d->end = end;
		d->missing &= ~(unsigned)(WP_DRAFT_MISSING_PERIOD | WP_DRAFT_MISSING_YEAR);
		return 0;
	case WP_DRAFT_TITLE:
		if (!text || !*text)
			return wp_err_set(err, WP_TR("a campaign needs a title"));
		d->missing &= ~(unsigned)WP_DRAFT_MISSING_TITLE;
		/* fall through */
	default: {
		char **f = header_text_field(d, field);
		if (!f)
			return wp_err_set(err, "no such field");
		replace_text(f, text);
		return 0;
	}
	}
}

/* ---- activities ------------------------------------------------------------ */

void wp_draft_activity_texts(const wp_draft *d, size_t i, wp_draft_activity_text *out)
{
	const wp_draft_activity *a = &d->activities[i];
	char s[16], e[16], dates[40] = "";
	if (a->start != WP_DATE_NONE && a->end != a->start && a->end != WP_DATE_NONE)
		snprintf(dates, sizeof dates, "%s..%s", wp_date_format(a->start, s),
			 wp_date_format(a->end, e));
	else if (a->start != WP_DATE_NONE)
		wp_date_format(a->start, dates);
	*out = (wp_draft_activity_text){copy_or_empty(a->no),
					copy_or_empty(a->title),
					wp_xstrdup(dates),
					copy_or_empty(a->time),
					copy_or_empty(a->end_time),
					copy_or_empty(a->location),
					wp_draft_names_join(&a->lead),
					wp_draft_names_join(&a->cooperate)};
}

void wp_draft_activity_text_free(wp_draft_activity_text *t)
{
	const char *all[] = {t->no, t->title, t->dates, t->time, t->end_time,
			     t->location, t->lead, t->cooperate};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		free((char *)all[i]);
	memset(t, 0, sizeof *t);
}

static int read_time(const char *text, char **out, wp_err *err)
{
	char hhmm[6];
	*out = NULL;
	if (!text || !*text)
		return 0;
	if (wp_input_time(text, hhmm, err) != 0)
		return -1;
	*out = wp_xstrdup(hhmm);
	return 0;
}

/* Points every deadline and contact of activity number from to to. */
static void renumber_refs(wp_draft *d, const char *from, const char *to)
{
	for (size_t k = 0; k < d->ndeadlines; k++)
		if (d->deadlines[k].activity && strcmp(d->deadlines[k].activity, from) == 0)
			replace_text(&d->deadlines[k].activity, to);
	for (size_t k = 0; k < d->ncontacts; k++)
		if (d->contacts[k].activity && strcmp(d->contacts[k].activity, from) == 0)
			replace_text(&d->contacts[k].activity, to);
}

static int check_activity_text(const wp_draft *d, size_t i, const wp_draft_activity_text *t,
			       wp_err *err)
{
	if (!t->no || !*t->no || !t->title || !*t->title)
		return wp_err_set(err, WP_TR("an activity needs a number and a title"));
	const char *fields[] = {t->no, t->title, t->location, t->lead, t->cooperate};
	for (size_t k = 0; k < sizeof fields / sizeof *fields; k++)
		if (check_line(fields[k], WP_TR("the field"), err) != 0)
			return -1;
	for (size_t k = 0; k < d->nactivities; k++)
		if (k != i && d->activities[k].no && strcmp(d->activities[k].no, t->no) == 0)
			return wp_err_set(err, WP_TR("another activity is numbered %s"), t->no);
	return 0;
}

int wp_draft_activity_put(wp_draft *d, size_t i, const wp_draft_activity_text *t, wp_err *err)
{
	if (i > d->nactivities)
		return wp_err_set(err, "no activity %zu", i + 1);
	wp_date start, end;
	char *time = NULL, *end_time = NULL;
	if (check_activity_text(d, i, t, err) != 0 || parse_dates(d, t->dates, &start, &end, err) != 0 ||
	    read_time(t->time, &time, err) != 0 || read_time(t->end_time, &end_time, err) != 0) {
		free(time);
		return -1;
	}
	if (end_time && !time) {
		free(end_time);
		return wp_err_set(err, WP_TR("an end time needs a start time"));
	}
	if (i == d->nactivities) {
		d->activities = wp_xrealloc(d->activities, (i + 1) * sizeof *d->activities);
		memset(&d->activities[d->nactivities++], 0, sizeof *d->activities);
	}
	wp_draft_activity *a = &d->activities[i];
	if (a->no && strcmp(a->no, t->no) != 0)
		renumber_refs(d, a->no, t->no);
	replace_text(&a->no, t->no);
	replace_text(&a->title, t->title);
	replace_text(&a->location, t->location);
	free(a->time);
	free(a->end_time);
	a->time = time;
	a->end_time = end_time;
	a->start = start;
	a->end = end;
	wp_draft_names_clear(&a->lead);
	wp_draft_names_clear(&a->cooperate);
	wp_draft_names_split(t->lead, &a->lead);
	wp_draft_names_split(t->cooperate, &a->cooperate);
	return 0;
}

int wp_draft_activity_remove(wp_draft *d, size_t i, wp_err *err)
{
	if (i >= d->nactivities)
		return wp_err_set(err, "no activity %zu", i + 1);
	const char *no = d->activities[i].no;
	for (size_t k = 0; no && k < d->ndeadlines; k++)
		if (d->deadlines[k].activity && strcmp(d->deadlines[k].activity, no) == 0)
			return wp_err_set(err, WP_TR("deadline %zu belongs to this activity: "
						     "remove it first"),
					  k + 1);
	for (size_t k = 0; no && k < d->ncontacts; k++)
		if (d->contacts[k].activity && strcmp(d->contacts[k].activity, no) == 0)
			return wp_err_set(err, WP_TR("contact %zu belongs to this activity: "
						     "remove it first"),
					  k + 1);
	wp_draft_activity_clear(&d->activities[i]);
	memmove(&d->activities[i], &d->activities[i + 1],
		(d->nactivities - i - 1) * sizeof *d->activities);
	d->nactivities--;
	return 0;
}

/* ---- deadlines ------------------------------------------------------------ */

void wp_draft_deadline_texts(const wp_draft *d, size_t i, wp_draft_deadline_text *out)
{
	const wp_draft_deadline *x = &d->deadlines[i];
	char rule[96] = "";
	if (x->rule.kind != WP_RULE_NONE)
		wp_rule_format(&x->rule, rule, sizeof rule);
	*out = (wp_draft_deadline_text){copy_or_empty(x->what), wp_xstrdup(rule),
					wp_draft_names_join(&x->who), copy_or_empty(x->submit_to)};
}

void wp_draft_deadline_text_free(wp_draft_deadline_text *t)
{
	free((char *)t->what);
	free((char *)t->rule);
	free((char *)t->who);
	free((char *)t->submit_to);
	memset(t, 0, sizeof *t);
}

/* Keeps the submission dates of the units that are still listed. */
static void keep_submissions(wp_draft_deadline *x)
{
	size_t kept = 0;
	for (size_t k = 0; k < x->submitted.n; k++) {
		bool listed = false;
		for (size_t w = 0; w < x->who.n && !listed; w++)
			listed = strcmp(x->who.v[w], x->submitted.v[k]) == 0;
		if (!listed) {
			free(x->submitted.v[k]);
			continue;
		}
		x->submitted_on[kept] = x->submitted_on[k];
		x->submitted.v[kept++] = x->submitted.v[k];
	}
	x->submitted.n = kept;
}

int wp_draft_deadline_put(wp_draft *d, size_t i, const wp_draft_deadline_text *t, wp_err *err)
{
	if (i > d->ndeadlines)
		return wp_err_set(err, "no deadline %zu", i + 1);
	if (!t->what || !*t->what)
		return wp_err_set(err, WP_TR("a deadline needs to say what is due"));
	if (check_line(t->what, WP_TR("the field"), err) != 0 ||
	    check_line(t->who, WP_TR("the field"), err) != 0 ||
	    check_line(t->submit_to, WP_TR("the field"), err) != 0)
		return -1;
	bool has_activity = i < d->ndeadlines && d->deadlines[i].activity;
	wp_input_ctx ctx = input_ctx(d);
	wp_rule rule = {.kind = WP_RULE_NONE, .fixed = WP_DATE_NONE};
	if (t->rule && *t->rule && wp_input_rule(t->rule, &ctx, has_activity, &rule, err) != 0)
		return -1;
	if (i == d->ndeadlines) {
		d->deadlines = wp_xrealloc(d->deadlines, (i + 1) * sizeof *d->deadlines);
		memset(&d->deadlines[d->ndeadlines++], 0, sizeof *d->deadlines);
		d->deadlines[i].rule = (wp_rule){.kind = WP_RULE_NONE, .fixed = WP_DATE_NONE};
	}
	wp_draft_deadline *x = &d->deadlines[i];
	char before[96] = "", after[96] = "";
	if (x->rule.kind != WP_RULE_NONE)
		wp_rule_format(&x->rule, before, sizeof before);
	if (rule.kind != WP_RULE_NONE)
		wp_rule_format(&rule, after, sizeof after);
	if (strcmp(before, after) != 0) {
		/* the notice's words no longer say what the rule is */
		rule.roll_forward = x->rule.roll_forward;
		x->rule = rule;
		replace_text(&x->rule_text, NULL);
	}
	replace_text(&x->what, t->what);
	replace_text(&x->submit_to, t->submit_to);
	wp_draft_names_clear(&x->who);
	wp_draft_names_split(t->who, &x->who);
	keep_submissions(x);
	return 0;
}

int wp_draft_deadline_remove(wp_draft *d, size_t i, wp_err *err)
{
	if (i >= d->ndeadlines)
		return wp_err_set(err, "no deadline %zu", i + 1);
	wp_draft_deadline *x = &d->deadlines[i];
	wp_draft_deadline_clear(x);
	memmove(x, x + 1, (d->ndeadlines - i - 1) * sizeof *x);
	d->ndeadlines--;
	return 0;
}

static wp_date activity_date(const wp_draft *d, const char *no, bool end)
{
	for (size_t k = 0; no && k < d->nactivities; k++)
		if (d->activities[k].no && strcmp(d->activities[k].no, no) == 0)
			return end && d->activities[k].end != WP_DATE_NONE ? d->activities[k].end
									  : d->activities[k].start;
	return WP_DATE_NONE;
}

wp_date wp_draft_deadline_due(const wp_draft *d, size_t i, wp_calendar *cal)
{
	const wp_draft_deadline *x = &d->deadlines[i];
	wp_date anchor = WP_DATE_NONE;
	if (x->rule.kind == WP_RULE_RELATIVE) {
		switch (x->rule.anchor) {
		case WP_ANCHOR_CAMPAIGN_START:
			anchor = d->start;
			break;
		case WP_ANCHOR_CAMPAIGN_END:
			anchor = d->end;
			break;
		case WP_ANCHOR_ACTIVITY_START:
		case WP_ANCHOR_ACTIVITY_END:
			anchor = activity_date(d, x->activity,
					       x->rule.anchor == WP_ANCHOR_ACTIVITY_END);
			break;
		}
		if (anchor == WP_DATE_NONE)
			return WP_DATE_NONE;
	}
	return wp_rule_resolve(&x->rule, cal, anchor);
}

/* ---- committee ------------------------------------------------------------ */

int wp_draft_role_parse(const char *text, wp_committee_role *role, wp_err *err)
{
	static const char *const keys[] = {"chair", "vice_chair", "member", "office"};
	static const char letters[] = "cvmo";
	const char *s = text ? text : "";
	while (*s == ' ')
		s++;
	for (int r = 0; r < WP_COMMITTEE_NROLES; r++) {
		if (strcmp(s, keys[r]) == 0 || strcmp(s, wp_committee_role_label(r)) == 0 ||
		    (s[0] == letters[r] && s[1] == '\0') ||
		    (r == WP_COMMITTEE_MEMBER && strcmp(s, "members") == 0)) {
			*role = (wp_committee_role)r;
			return 0;
		}
	}
	return wp_err_set(err, WP_TR("a role is c (chair), v (vice-chair), m (member) or o (office)"));
}

static bool role_lists(const wp_draft *d, wp_committee_role role, const char *unit,
		       size_t except)
{
	for (size_t k = 0; k < d->committee[role].n; k++)
		if (k != except && strcmp(d->committee[role].v[k], unit) == 0)
			return true;
	return false;
}

int wp_draft_member_add(wp_draft *d, wp_committee_role role, const char *unit, wp_err *err)
{
	char *name = dup_text(unit);
	if (role >= WP_COMMITTEE_NROLES || !name) {
		free(name);
		return wp_err_set(err, WP_TR("a committee member needs a unit"));
	}
	if (check_line(name, WP_TR("the unit"), err) != 0 ||
	    (role_lists(d, role, name, (size_t)-1) &&
	     wp_err_set(err, WP_TR("%s is already %s"), name, wp_committee_role_label(role)))) {
		free(name);
		return -1;
	}
	wp_draft_names *list = &d->committee[role];
	list->v = wp_xrealloc(list->v, (list->n + 1) * sizeof *list->v);
	list->v[list->n++] = name;
	return 0;
}

int wp_draft_member_remove(wp_draft *d, wp_committee_role role, size_t i, wp_err *err)
{
	if (role >= WP_COMMITTEE_NROLES || i >= d->committee[role].n)
		return wp_err_set(err, "no such committee member");
	wp_draft_names *list = &d->committee[role];
	free(list->v[i]);
	memmove(&list->v[i], &list->v[i + 1], (list->n - i - 1) * sizeof *list->v);
	list->n--;
	return 0;
}

int wp_draft_member_set(wp_draft *d, wp_committee_role role, size_t i,
			wp_committee_role new_role, const char *unit, wp_err *err)
{
	if (role >= WP_COMMITTEE_NROLES || i >= d->committee[role].n)
		return wp_err_set(err, "no such committee member");
	char *name = dup_text(unit);
	if (!name)
		return wp_err_set(err, WP_TR("a committee member needs a unit"));
	int rc = 0;
	if (new_role == role) {
		if (check_line(name, WP_TR("the unit"), err) != 0 ||
		    (role_lists(d, role, name, i) &&
		     wp_err_set(err, WP_TR("%s is already %s"), name, wp_committee_role_label(role))))
			rc = -1;
		else {
			free(d->committee[role].v[i]);
			d->committee[role].v[i] = wp_xstrdup(name);
		}
	} else if (wp_draft_member_add(d, new_role, name, err) != 0) {
		rc = -1;
	} else {
		wp_draft_member_remove(d, role, i, err);
	}
	free(name);
	return rc;
}

/* ---- contacts ------------------------------------------------------------- */

int wp_draft_contact_put(wp_draft *d, size_t i, const char *name, const char *phone,
			 const char *email, wp_err *err)
{
	if (i > d->ncontacts)
		return wp_err_set(err, "no contact %zu", i + 1);
	if (!name || !*name)
		return wp_err_set(err, WP_TR("a contact needs a name"));
	if (check_line(name, WP_TR("the field"), err) != 0 ||
	    check_line(phone, WP_TR("the field"), err) != 0 ||
	    check_line(email, WP_TR("the field"), err) != 0)
		return -1;
	if (i == d->ncontacts) {
		d->contacts = wp_xrealloc(d->contacts, (i + 1) * sizeof *d->contacts);
		memset(&d->contacts[d->ncontacts++], 0, sizeof *d->contacts);
	}
	wp_draft_contact *c = &d->contacts[i];
	replace_text(&c->name, name);
	replace_text(&c->phone, phone);
	replace_text(&c->email, email);
	return 0;
}

int wp_draft_contact_remove(wp_draft *d, size_t i, wp_err *err)
{
	if (i >= d->ncontacts)
		return wp_err_set(err, "no contact %zu", i + 1);
	wp_draft_contact *c = &d->contacts[i];
	wp_draft_contact_clear(c);
	memmove(c, c + 1, (d->ncontacts - i - 1) * sizeof *c);
	d->ncontacts--;
	return 0;
}
