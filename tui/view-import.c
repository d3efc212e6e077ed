/* view-import.c - the import review (planner key i): what a notice or plan
 * file holds, everything that will be stored, corrected in place before s
 * stores the whole plan in one transaction.
 *
 * The plan under review is a wp_draft (core/plan-draft.h); each edit is a
 * form whose save calls a draft operation, and after it the review is
 * drawn again with the plan check's findings recomputed (wp_plan_trial). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "form.h"
#include "i18n.h"
#include "keys.h"
#include "locale-fmt.h"
#include "notice-convert.h"
#include "notice.h"
#include "plan-draft.h"
#include "plan-update.h"
#include "plan.h"
#include "plancheck.h"
#include "store.h"
#include "text.h"
#include "theme.h"
#include "tui.h"
#include "view-list-data.h"

/* What a line of the review stands for: an item of a section (index >= 0)
 * or the section's heading (index -1), where n adds one. */
enum row_kind { ROW_NONE, ROW_HEADER, ROW_ACTIVITY, ROW_MEMBER, ROW_DEADLINE, ROW_CONTACT };

struct row {
	enum row_kind kind;
	int index;
	wp_committee_role role; /* of a committee member */
};

/* The keys the titles name come from the key table (wp_key_hints). */
static const struct wp_key_hint review_keys[] = {
	{{ACT_EDIT}, N_("edit"), NULL, NULL},	  {{ACT_NEW}, N_("add"), NULL, NULL},
	{{ACT_DELETE}, N_("remove"), NULL, NULL}, {{ACT_SAVE}, N_("save"), NULL, NULL},
	{{ACT_BACK}, N_("cancel"), NULL, NULL},	  {{ACT_NONE}, NULL, NULL, NULL},
};

static const struct wp_key_hint merge_keys[] = {
	{{ACT_SAVE}, N_("merge"), NULL, NULL},
	{{ACT_DELETE}, N_("replace"), NULL, NULL},
	{{ACT_BACK}, N_("back"), NULL, NULL},
	{{ACT_NONE}, NULL, NULL, NULL},
};

/* "Review the import:  e edit ..." or, merging, "Merge into ...: s merge ..." */
static char *review_title(bool merging)
{
	char *keys = wp_key_hints(SCOPE_LIST, merging ? merge_keys : review_keys);
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, merging ? _("Merge into the stored campaign:  %s") : _("Review the import:  %s"),
		      keys);
	free(keys);
	return wp_buf_take(&b);
}

struct review {
	wp_draft draft;
	wp_notice_report report; /* what the reader was unsure of */
	wp_findings findings;    /* the plan check on the draft as it is */
	char refusal[WP_ERR_MAX]; /* why storing it would fail, or "" */
	struct row *rows;         /* one per list line, rebuilt by fill */
	int nrows, cap;
	/* s on a plan already stored as a campaign shows what merging it
	 * would change (plan-update.h) instead of refusing it: */
	int64_t merge_into;   /* that campaign; 0 while reviewing the plan */
	wp_plan_merge merge; /* the changes it would make */
};

static void review_free(void *p)
{
	struct review *r = p;
	wp_draft_clear(&r->draft);
	wp_notice_report_free(&r->report);
	wp_findings_clear(&r->findings);
	wp_plan_merge_clear(&r->merge);
	free(r->rows);
	free(r);
}

/* Runs the plan check on the draft (a trial import that is rolled back). */
static void review_check(struct tui *t, struct review *r)
{
	char *plan = wp_draft_json(&r->draft);
	wp_err err;
	wp_findings_clear(&r->findings);
	r->refusal[0] = '\0';
	if (wp_plan_trial(t->st, plan, strlen(plan), 0, &r->findings, &err) != 0)
		snprintf(r->refusal, sizeof r->refusal, "%s", err.msg);
	free(plan);
}

/* ---- drawing ----------------------------------------------------------- */

static void add_row(struct list_data *l, struct review *r, enum row_kind kind, int index,
		    wp_committee_role role, const char *line, int attr)
{
	if (r->nrows == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->rows = wp_xrealloc(r->rows, (size_t)r->cap * sizeof *r->rows);
	}
	r->rows[r->nrows++] = (struct row){kind, index, role};
	list_add(l, line, NULL, attr);
}

/* "label  value": the label padded by display width. */
static void add_field(struct list_data *l, struct review *r, wp_draft_field field,
		      const char *label)
{
	wp_buf b = WP_BUF_INIT;
	wp_text_put_padded(&b, _(label), 12);
	char *value = wp_draft_header_text(&r->draft, field);
	wp_buf_printf(&b, " %s", *value ? value : "-");
	add_row(l, r, ROW_HEADER, (int)field, 0, wp_buf_str(&b), WP_ATTR_NORMAL);
	free(value);
	wp_buf_free(&b);
}

/* The publicity focuses under the header, a line each (the first labelled;
 * shown to be reviewed, not edited here: a wrong point is fixed in the
 * notice, or in the plan file). */
static void add_focus(struct list_data *l, struct review *r)
{
	const wp_draft_names *focus = &r->draft.focus;
	for (size_t i = 0; i < focus->n; i++) {
		wp_buf b = WP_BUF_INIT;
		wp_text_put_padded(&b, i == 0 ? _("Focus") : "", 12);
		wp_buf_printf(&b, " %zu. %s", i + 1, focus->v[i]);
		add_row(l, r, ROW_NONE, -1, 0, wp_buf_str(&b), WP_ATTR_NORMAL);
		wp_buf_free(&b);
	}
}

static void add_heading(struct list_data *l, struct review *r, enum row_kind kind,
			const char *text, size_t n)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s (%zu)", text, n);
	add_row(l, r, kind, -1, 0, wp_buf_str(&b), WP_ATTR_HEADING);
	wp_buf_free(&b);
}

static void put_names(wp_buf *b, const char *label, const wp_draft_names *names)
{
	char *joined = wp_draft_names_join(names);
	wp_buf_printf(b, "  %s %s", label, *joined ? joined : "-");
	free(joined);
}

/* ISO dates, as they will be stored (the year is what a reader may have
 * guessed), with the weekday of a single day. */
static void put_dates(wp_buf *b, wp_date start, wp_date end, bool zh)
{
	char s[16], e[16];
	if (end != WP_DATE_NONE && end != start)
		wp_buf_printf(b, "%s..%s", wp_date_format(start, s), wp_date_format(end, e));
	else
		wp_buf_printf(b, "%s %s", wp_date_format(start, s),
			      wp_fmt_weekday(wp_date_weekday(start), zh));
}

static void fill_activities(struct list_data *l, struct review *r)
{
	const wp_draft *d = &r->draft;
	bool zh = wp_locale_is_zh();
	add_heading(l, r, ROW_ACTIVITY, _("Activities"), d->nactivities);
	for (size_t i = 0; i < d->nactivities; i++) {
		const wp_draft_activity *a = &d->activities[i];
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "  %s%s%s  ", a->no ? a->no : "", a->no ? " " : "",
			      a->title ? a->title : "");
		if (a->start != WP_DATE_NONE)
			put_dates(&b, a->start, a->end, zh);
		else
			wp_buf_puts(&b, a->date_text ? a->date_text : _("(no date)"));
		if (a->time)
			wp_buf_printf(&b, " %s%s%s", a->time, a->end_time ? "-" : "",
				      a->end_time ? a->end_time : "");
		if (a->location)
			wp_buf_printf(&b, " @ %s", a->location);
		add_row(l, r, ROW_ACTIVITY, (int)i, 0, wp_buf_str(&b), WP_ATTR_NORMAL);
		wp_buf_reset(&b);
		wp_buf_puts(&b, "  ");
		put_names(&b, _("lead:"), &a->lead);
		put_names(&b, _("cooperate:"), &a->cooperate);
		add_row(l, r, ROW_ACTIVITY, (int)i, 0, wp_buf_str(&b), WP_ATTR_DIM);
		wp_buf_free(&b);
	}
}

static void fill_committee(struct list_data *l, struct review *r)
{
	size_t n = 0;
	for (int role = 0; role < WP_COMMITTEE_NROLES; role++)
		n += r->draft.committee[role].n;
	add_heading(l, r, ROW_MEMBER, _("Committee"), n);
	for (int role = 0; role < WP_COMMITTEE_NROLES; role++) {
		const wp_draft_names *m = &r->draft.committee[role];
		for (size_t i = 0; i < m->n; i++) {
			wp_buf b = WP_BUF_INIT;
			wp_buf_puts(&b, "  ");
			wp_text_put_padded(&b, wp_committee_role_label(role), 12);
			wp_buf_printf(&b, " %s", m->v[i]);
			add_row(l, r, ROW_MEMBER, (int)i, role, wp_buf_str(&b), WP_ATTR_NORMAL);
			wp_buf_free(&b);
		}
	}
}

/* Three lines a deadline: when it is due and what, its rule as the notice
 * wrote it, who submits to whom (the due date first: a long rule or
 * title is cut at the right edge). */
static void fill_deadlines(struct tui *t, struct list_data *l, struct review *r)
{
	const wp_draft *d = &r->draft;
	bool zh = wp_locale_is_zh();
	add_heading(l, r, ROW_DEADLINE, _("Deadlines"), d->ndeadlines);
	for (size_t i = 0; i < d->ndeadlines; i++) {
		const wp_draft_deadline *x = &d->deadlines[i];
		wp_buf b = WP_BUF_INIT;
		wp_date due = wp_draft_deadline_due(d, i, wp_store_calendar(t->st));
		wp_buf_puts(&b, "  ");
		if (due != WP_DATE_NONE)
			put_dates(&b, due, due, zh);
		else
			wp_buf_puts(&b, _("(no date)"));
		wp_buf_printf(&b, "  %s", x->what ? x->what : "");
		add_row(l, r, ROW_DEADLINE, (int)i, 0, wp_buf_str(&b), WP_ATTR_NORMAL);
		char rule[96] = "";
		if (x->rule.kind != WP_RULE_NONE)
			wp_rule_format(&x->rule, rule, sizeof rule);
		wp_buf_reset(&b);
		wp_buf_printf(&b, "    %s %s", _("rule:"),
			      x->rule_text ? x->rule_text : *rule ? rule : "-");
		add_row(l, r, ROW_DEADLINE, (int)i, 0, wp_buf_str(&b), WP_ATTR_DIM);
		wp_buf_reset(&b);
		wp_buf_puts(&b, "  ");
		put_names(&b, _("from:"), &x->who);
		wp_buf_printf(&b, "  %s %s", _("to:"), x->submit_to ? x->submit_to : "-");
		add_row(l, r, ROW_DEADLINE, (int)i, 0, wp_buf_str(&b), WP_ATTR_DIM);
		wp_buf_free(&b);
	}
}

static void fill_contacts(struct list_data *l, struct review *r)
{
	const wp_draft *d = &r->draft;
	add_heading(l, r, ROW_CONTACT, _("Contacts"), d->ncontacts);
	for (size_t i = 0; i < d->ncontacts; i++) {
		const wp_draft_contact *c = &d->contacts[i];
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "  %s  %s  %s%s%s", c->name ? c->name : "",
			      c->phone ? c->phone : "", c->email ? c->email : "",
			      c->unit ? "  " : "", c->unit ? c->unit : "");
		add_row(l, r, ROW_CONTACT, (int)i, 0, wp_buf_str(&b), WP_ATTR_NORMAL);
		wp_buf_free(&b);
	}
}

static void fill_findings(struct list_data *l, struct review *r)
{
	if (r->report.n) {
		add_heading(l, r, ROW_NONE, _("The reader was unsure of"), r->report.n);
		for (size_t i = 0; i < r->report.n; i++) {
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "  ? %s", r->report.lines[i]);
			add_row(l, r, ROW_NONE, -1, 0, wp_buf_str(&b), WP_ATTR_DEADLINE);
			wp_buf_free(&b);
		}
	}
	add_heading(l, r, ROW_NONE, _("Plan check"), r->findings.n + (r->refusal[0] != 0));
	wp_buf b = WP_BUF_INIT;
	if (r->refusal[0]) {
		wp_buf_printf(&b, "  ! %s %s", _("cannot be stored yet:"), r->refusal);
		add_row(l, r, ROW_NONE, -1, 0, wp_buf_str(&b), WP_ATTR_ERROR);
	} else if (r->findings.n == 0) {
		wp_buf_printf(&b, "  %s", _("nothing found"));
		add_row(l, r, ROW_NONE, -1, 0, wp_buf_str(&b), WP_ATTR_DIM);
	}
	for (size_t i = 0; i < r->findings.n; i++) {
		wp_buf_reset(&b);
		/* the code first: it is short and stays when a line is cut */
		wp_buf_printf(&b, "  ! [%s] %s: %s", r->findings.items[i].code,
			      r->findings.items[i].subject, r->findings.items[i].message);
		add_row(l, r, ROW_NONE, -1, 0, wp_buf_str(&b), WP_ATTR_DEADLINE);
	}
	wp_buf_free(&b);
}

/* The changes merging the plan into its stored campaign would make:
 * taken from the notice, the user's kept, conflicts (the user's kept). */
static void fill_merge(struct list_data *l, struct review *r)
{
	const wp_plan_merge *m = &r->merge;
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, _("Already stored as campaign %lld: merging the plan into it changes"),
		      (long long)r->merge_into);
	add_row(l, r, ROW_NONE, -1, 0, wp_buf_str(&b), WP_ATTR_HEADING);
	for (size_t i = 0; i < m->n; i++) {
		const wp_merge_change *c = &m->changes[i];
		wp_buf_reset(&b);
		wp_buf_puts(&b, "  ");
		wp_merge_change_text(c, &b);
		add_row(l, r, ROW_NONE, -1, 0, wp_buf_str(&b),
			c->kind == WP_MERGE_CONFLICT ? WP_ATTR_DEADLINE : WP_ATTR_NORMAL);
	}
	if (m->n == 0)
		add_row(l, r, ROW_NONE, -1, 0, _("  no changes"), WP_ATTR_DIM);
	wp_buf_reset(&b);
	wp_buf_printf(&b, ngettext("%zu submission kept", "%zu submissions kept", m->submissions),
		      m->submissions);
	add_row(l, r, ROW_NONE, -1, 0, wp_buf_str(&b), WP_ATTR_DIM);
	add_row(l, r, ROW_NONE, -1, 0, _("s merges: the edits and submissions stored are kept."),
		WP_ATTR_DIM);
	add_row(l, r, ROW_NONE, -1, 0, _("d replaces the campaign with the plan, losing them."),
		WP_ATTR_DIM);
	wp_buf_free(&b);
}

static void review_fill(struct tui *t, struct list_data *l)
{
	struct review *r = l->extra;
	r->nrows = 0;
	if (r->merge_into) {
		fill_merge(l, r);
		return;
	}
	add_field(l, r, WP_DRAFT_TITLE, N_("Title"));
	add_field(l, r, WP_DRAFT_ORGANIZER, N_("Organizer"));
	add_field(l, r, WP_DRAFT_DOC_NUMBER, N_("Doc number"));
	add_field(l, r, WP_DRAFT_ISSUED_ON, N_("Issued"));
	add_field(l, r, WP_DRAFT_PERIOD, N_("Period"));
	add_field(l, r, WP_DRAFT_THEME, N_("Theme"));
	add_focus(l, r);
	fill_activities(l, r);
	fill_committee(l, r);
	fill_deadlines(t, l, r);
	fill_contacts(l, r);
	fill_findings(l, r);
}

/* ---- editing: a form per item; its save calls the draft ---------------- */

struct edit_ctx {
	struct review *r; /* the list's; lives while the form is above it */
	struct row row;   /* index -1: a new one */
};

/* After a change: the check again, and every view drawn again. */
static void changed(struct tui *t, struct review *r)
{
	review_check(t, r);
	tui_reload(t);
}

static struct form *edit_form(const char *title, form_save_fn save, struct review *r,
			      struct row row)
{
	struct edit_ctx *c = wp_xcalloc(1, sizeof *c);
	c->r = r;
	c->row = row;
	return form_new(title, save, c, free);
}

static const char *const header_labels[WP_DRAFT_NFIELDS] = {
	N_("Title"), N_("Organizer"), N_("Doc number"), N_("Issued"), N_("Period"), N_("Theme")};

static bool header_save(struct tui *t, struct form *f, wp_err *err)
{
	struct edit_ctx *c = f->ctx;
	/* the fields that can be refused first, so a refusal changes little */
	static const wp_draft_field order[] = {WP_DRAFT_TITLE, WP_DRAFT_PERIOD, WP_DRAFT_ISSUED_ON,
					       WP_DRAFT_ORGANIZER, WP_DRAFT_DOC_NUMBER,
					       WP_DRAFT_THEME};
	for (int i = 0; i < WP_DRAFT_NFIELDS; i++)
		if (wp_draft_set_header(&c->r->draft, order[i], form_value(f, (int)order[i]),
					err) != 0) {
			wp_err_prefix(err, "%s: ", _(header_labels[order[i]]));
			return false;
		}
	changed(t, c->r);
	return true;
}

static void header_form(struct tui *t, struct review *r)
{
	struct form *f = edit_form(_("Plan"), header_save, r, (struct row){ROW_HEADER, -1, 0});
	for (int i = 0; i < WP_DRAFT_NFIELDS; i++) {
		char *v = wp_draft_header_text(&r->draft, (wp_draft_field)i);
		form_field(f, header_labels[i],
			   i == WP_DRAFT_PERIOD ? N_("START..END, e.g. 4月20日..4月26日") : NULL, v);
		free(v);
	}
	form_push(t, f);
}

enum { A_NO, A_TITLE, A_DATES, A_TIME, A_END_TIME, A_PLACE, A_LEAD, A_COOP };

static bool activity_save(struct tui *t, struct form *f, wp_err *err)
{
	struct edit_ctx *c = f->ctx;
	wp_draft_activity_text a = {form_value(f, A_NO),	form_value(f, A_TITLE),
				    form_value(f, A_DATES),	form_value(f, A_TIME),
				    form_value(f, A_END_TIME), form_value(f, A_PLACE),
				    form_value(f, A_LEAD),	form_value(f, A_COOP)};
	size_t i = c->row.index < 0 ? c->r->draft.nactivities : (size_t)c->row.index;
	if (wp_draft_activity_put(&c->r->draft, i, &a, err) != 0)
		return false;
	changed(t, c->r);
	return true;
}

static void activity_form(struct tui *t, struct review *r, int index)
{
	wp_draft_activity_text a = {0};
	if (index >= 0)
		wp_draft_activity_texts(&r->draft, (size_t)index, &a);
	struct form *f = edit_form(index >= 0 ? _("Activity") : _("New activity"), activity_save,
				   r, (struct row){ROW_ACTIVITY, index, 0});
	form_field(f, N_("Number"), NULL, a.no);
	form_field(f, N_("Title"), NULL, a.title);
	form_field(f, N_("Dates"), N_("START..END or one date, e.g. 4月22日"), a.dates);
	form_field(f, N_("Time"), N_("e.g. 09:00 or 上午9点"), a.time);
	form_field(f, N_("End time"), NULL, a.end_time);
	form_field(f, N_("Place"), NULL, a.location);
	form_field(f, N_("Lead units"), N_("separated by 、"), a.lead);
	form_field(f, N_("Cooperating"), N_("separated by 、"), a.cooperate);
	wp_draft_activity_text_free(&a);
	form_push(t, f);
}

enum { DL_WHAT, DL_RULE, DL_WHO, DL_TO };

static bool deadline_save(struct tui *t, struct form *f, wp_err *err)
{
	struct edit_ctx *c = f->ctx;
	wp_draft_deadline_text x = {form_value(f, DL_WHAT), form_value(f, DL_RULE),
				    form_value(f, DL_WHO), form_value(f, DL_TO)};
	size_t i = c->row.index < 0 ? c->r->draft.ndeadlines : (size_t)c->row.index;
	if (wp_draft_deadline_put(&c->r->draft, i, &x, err) != 0)
		return false;
	changed(t, c->r);
	return true;
}

static void deadline_form(struct tui *t, struct review *r, int index)
{
	wp_draft_deadline_text x = {0};
	if (index >= 0)
		wp_draft_deadline_texts(&r->draft, (size_t)index, &x);
	struct form *f = edit_form(index >= 0 ? _("Deadline") : _("New deadline"), deadline_save,
				   r, (struct row){ROW_DEADLINE, index, 0});
	form_field(f, N_("What"), NULL, x.what);
	form_field(f, N_("Due"), N_("a date or a rule, e.g. 4月29日前 or 结束后2个工作日"), x.rule);
	form_field(f, N_("Submitted by"), N_("separated by 、"), x.who);
	form_field(f, N_("Submit to"), NULL, x.submit_to);
	wp_draft_deadline_text_free(&x);
	form_push(t, f);
}

static bool member_save(struct tui *t, struct form *f, wp_err *err)
{
	struct edit_ctx *c = f->ctx;
	wp_committee_role role;
	if (wp_draft_role_parse(form_value(f, 0), &role, err) != 0)
		return false;
	int rc = c->row.index < 0 ? wp_draft_member_add(&c->r->draft, role, form_value(f, 1), err)
				  : wp_draft_member_set(&c->r->draft, c->row.role,
							(size_t)c->row.index, role,
							form_value(f, 1), err);
	if (rc != 0)
		return false;
	changed(t, c->r);
	return true;
}

static void member_form(struct tui *t, struct review *r, struct row row)
{
	struct form *f = edit_form(row.index >= 0 ? _("Committee member") : _("New committee member"),
				   member_save, r, row);
	form_field(f, N_("Role"), N_("c chair, v vice-chair, m member, o office"),
		   row.index >= 0 ? wp_committee_role_label(row.role) : "m");
	form_field(f, N_("Unit"), NULL,
		   row.index >= 0 ? r->draft.committee[row.role].v[row.index] : NULL);
	form_push(t, f);
}

static bool contact_save(struct tui *t, struct form *f, wp_err *err)
{
	struct edit_ctx *c = f->ctx;
	size_t i = c->row.index < 0 ? c->r->draft.ncontacts : (size_t)c->row.index;
	if (wp_draft_contact_put(&c->r->draft, i, form_value(f, 0), form_value(f, 1),
				 form_value(f, 2), err) != 0)
		return false;
	changed(t, c->r);
	return true;
}

static void contact_form(struct tui *t, struct review *r, int index)
{
	const wp_draft_contact *c = index >= 0 ? &r->draft.contacts[index] : NULL;
	struct form *f = edit_form(c ? _("Contact") : _("New contact"), contact_save, r,
				   (struct row){ROW_CONTACT, index, 0});
	form_field(f, N_("Name"), NULL, c ? c->name : NULL);
	form_field(f, N_("Phone"), NULL, c ? c->phone : NULL);
	form_field(f, N_("Email"), NULL, c ? c->email : NULL);
	form_push(t, f);
}

/* e (and Enter) on a line: the form of what it stands for; n on a
 * section (its heading or one of its items): a new one. */
static void review_edit(struct tui *t, struct review *r, struct row row)
{
	switch (row.kind) {
	case ROW_HEADER:
		header_form(t, r);
		break;
	case ROW_ACTIVITY:
		activity_form(t, r, row.index);
		break;
	case ROW_MEMBER:
		member_form(t, r, row);
		break;
	case ROW_DEADLINE:
		deadline_form(t, r, row.index);
		break;
	case ROW_CONTACT:
		contact_form(t, r, row.index);
		break;
	default:
		tui_message(t, false, "%s", _("Nothing here to change."));
	}
}

static void review_remove(struct tui *t, struct review *r, struct row row)
{
	wp_err err;
	int rc;
	if (row.kind == ROW_HEADER) {
		if (!tui_confirm(t, _("Clear this field?")))
			return;
		rc = wp_draft_set_header(&r->draft, (wp_draft_field)row.index, NULL, &err);
	} else if (row.kind == ROW_NONE || row.index < 0) {
		tui_message(t, false, "%s", _("Nothing here to remove."));
		return;
	} else if (!tui_confirm(t, _("Remove it from the plan?"))) {
		return;
	} else if (row.kind == ROW_ACTIVITY) {
		rc = wp_draft_activity_remove(&r->draft, (size_t)row.index, &err);
	} else if (row.kind == ROW_DEADLINE) {
		rc = wp_draft_deadline_remove(&r->draft, (size_t)row.index, &err);
	} else if (row.kind == ROW_MEMBER) {
		rc = wp_draft_member_remove(&r->draft, row.role, (size_t)row.index, &err);
	} else {
		rc = wp_draft_contact_remove(&r->draft, (size_t)row.index, &err);
	}
	if (rc != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	changed(t, r);
}

/* Shows (or leaves) the change list of merging into a stored campaign. */
static void show_merge(struct tui *t, struct list_data *l, struct review *r, int64_t into)
{
	r->merge_into = into;
	free(l->title);
	l->title = review_title(into != 0);
	if (!into)
		wp_plan_merge_clear(&r->merge);
	l->selected = l->top = 0;
	tui_reload(t);
}

/* s: the whole plan in one transaction; a refusal stays on screen. A
 * plan already stored as a campaign (a corrected notice read again) is
 * not refused: s first shows what merging it would change, and s again
 * merges it, keeping what the user edited and recorded there. */
static enum view_result review_store(struct tui *t, struct list_data *l, struct review *r,
				     int flags)
{
	char *plan = wp_draft_json(&r->draft);
	size_t len = strlen(plan);
	int64_t id = 0;
	wp_err err;
	int rc = 0;
	if (r->merge_into && !(flags & WP_PLAN_REPLACE)) {
		wp_plan_merge_clear(&r->merge);
		rc = wp_plan_update_apply(t->st, r->merge_into, plan, len, &r->merge, &err);
		id = r->merge_into;
	} else if (!r->merge_into && (rc = wp_plan_update_target(t->st, plan, len, &id, &err)) == 1) {
		rc = wp_plan_update_preview(t->st, id, plan, len, &r->merge, &err);
		free(plan);
		if (rc != 0) {
			tui_message(t, true, "%s", err.msg);
			return VIEW_HANDLED;
		}
		show_merge(t, l, r, id);
		return VIEW_HANDLED;
	} else if (rc == 0) {
		rc = wp_plan_import(t->st, plan, len, flags, &id, &err);
	}
	free(plan);
	if (rc != 0) {
		tui_message(t, true, "%s", err.msg);
		return VIEW_HANDLED;
	}
	tui_set_campaign(t, id);
	tui_message(t, false, "%s",
		    r->merge_into && !(flags & WP_PLAN_REPLACE)
			    ? _("Merged; the campaign keeps its edits and submissions. Check it in each view.")
			    : _("Imported; it is now the current campaign. Check it in each view."));
	return VIEW_CLOSE;
}

/* The keys of the change list: s merges, d replaces, Esc goes back. */
static enum view_result merge_action(struct tui *t, struct list_data *l, struct review *r,
				     enum wp_action act)
{
	switch (act) {
	case ACT_SAVE:
		return review_store(t, l, r, 0);
	case ACT_DELETE:
		if (!tui_confirm(t, _("Replace the stored campaign with the plan, losing its edits and submissions?")))
			return VIEW_HANDLED;
		return review_store(t, l, r, WP_PLAN_REPLACE);
	case ACT_BACK:
		show_merge(t, l, r, 0);
		return VIEW_HANDLED;
	case ACT_UP:
	case ACT_DOWN:
	case ACT_PAGE_UP:
	case ACT_PAGE_DOWN:
	case ACT_HOME:
	case ACT_END:
		return VIEW_IGNORED; /* the list scrolls */
	default:
		return VIEW_HANDLED;
	}
}

static enum view_result review_action(struct tui *t, struct list_data *l, enum wp_action act)
{
	struct review *r = l->extra;
	if (r->merge_into)
		return merge_action(t, l, r, act);
	struct row row = l->selected < r->nrows ? r->rows[l->selected] : (struct row){ROW_NONE, -1, 0};
	switch (act) {
	case ACT_SAVE:
		return review_store(t, l, r, 0);
	case ACT_OPEN:
	case ACT_EDIT:
		if (row.kind != ROW_HEADER && row.index < 0 && act == ACT_OPEN)
			return VIEW_HANDLED;
		if (row.kind != ROW_HEADER && row.kind != ROW_NONE && row.index < 0)
			tui_message(t, false, "%s", _("n adds one here; e edits the item under the cursor."));
		else
			review_edit(t, r, row);
		return VIEW_HANDLED;
	case ACT_NEW:
		if (row.kind == ROW_HEADER || row.kind == ROW_NONE)
			tui_message(t, false, "%s",
				    _("Move to Activities, Committee, Deadlines or Contacts to add one there."));
		else
			review_edit(t, r, (struct row){row.kind, -1, row.role});
		return VIEW_HANDLED;
	case ACT_DELETE:
		review_remove(t, r, row);
		return VIEW_HANDLED;
	case ACT_EXPORT:
	case ACT_CLONE:
	case ACT_COMMITTEE:
	case ACT_CONTACTS:
	case ACT_MOVE_UP:
	case ACT_MOVE_DOWN:
		return VIEW_HANDLED;
	default:
		return VIEW_IGNORED;
	}
}

/* ---- opening: read a file, ask what a draft lacks ------------------------ */

/* Asks for what a draft lacks (title, period, year); false if cancelled
 * or answered wrong (the status line says why). */
static bool ask_missing(struct tui *t, unsigned needs, char *title, size_t title_size,
			wp_notice_hints *hints)
{
	char answer[64];
	wp_err err;
	if (needs & WP_NOTICE_NEEDS_TITLE) {
		title[0] = '\0';
		if (!tui_prompt(t, _("The notice gives no title. Title: "), title, title_size) || !*title)
			return false;
		hints->title = title;
	}
	if (needs & WP_NOTICE_NEEDS_PERIOD) {
		answer[0] = '\0';
		if (!tui_prompt(t, _("The notice gives no period. Period (YYYY-MM-DD..YYYY-MM-DD): "),
				answer, sizeof answer))
			return false;
		if (wp_date_parse_range(answer, &hints->start, &hints->end, &err) != 0) {
			tui_message(t, true, "%s", err.msg);
			return false;
		}
		int m, d;
		wp_date_to_ymd(hints->start, &hints->year, &m, &d);
	} else if (needs & WP_NOTICE_NEEDS_YEAR) {
		answer[0] = '\0';
		if (!tui_prompt(t, _("The notice gives no year. Year of its dates: "), answer, sizeof answer))
			return false;
		char *end;
		long y = strtol(answer, &end, 10);
		if (*end || y < WP_YEAR_MIN || y > WP_YEAR_MAX) {
			tui_message(t, true, _("not a year: %s"), answer);
			return false;
		}
		hints->year = (int)y;
	}
	return true;
}

/* Reads a notice; a draft (no title, period or year) is read again with
 * what the user gives, or shown as it is if they cancel (the review then
 * says what it lacks, and its header fields can give it). Caller frees. */
static char *read_notice_asking(struct tui *t, const char *bytes, size_t len,
				wp_notice_report *report, wp_err *err)
{
	/* the store's working days count a duty from the issue date */
	wp_notice_hints hints = {0, WP_DATE_NONE, WP_DATE_NONE, NULL, wp_store_calendar(t->st)};
	char *plan = wp_notice_read_hinted(bytes, len, &hints, report, err);
	unsigned needs = plan ? wp_notice_plan_needs(plan) : 0;
	char title[256];
	if (!needs || !ask_missing(t, needs, title, sizeof title, &hints))
		return plan;
	wp_notice_report again;
	char *second = wp_notice_read_hinted(bytes, len, &hints, &again, err);
	if (!second)
		return plan;
	free(plan);
	wp_notice_report_free(report);
	*report = again;
	return second;
}

/* The plan a file holds: a plan file as it is, anything else read as a
 * notice. Caller frees; NULL with err. */
static char *read_plan(struct tui *t, const char *path, wp_notice_report *report, wp_err *err)
{
	/* a .doc, .wps, .odt or .rtf is converted by LibreOffice first,
	 * which can take a while: say so before */
	tui_busy(t, _("Reading %s…"), path);
	wp_notice_file file;
	if (wp_notice_file_load(path, WP_NOTICE_MAX_FILE_BYTES, NULL, &file, err) != 0)
		return NULL;
	const char *bytes = file.bytes;
	size_t len = file.len, skip = 0;
	while (skip < len && (bytes[skip] == ' ' || bytes[skip] == '\n' || bytes[skip] == '\r'))
		skip++;
	char *plan = skip < len && bytes[skip] == '{' ? wp_xstrndup(bytes, len)
						      : read_notice_asking(t, bytes, len, report, err);
	if (!plan)
		wp_err_prefix(err, "%s: ", path); /* a file that cannot be read names itself */
	if (plan && file.converted_from) {
		report->lines = wp_xrealloc(report->lines, (report->n + 1) * sizeof *report->lines);
		report->lines[report->n++] =
			wp_xstrdup(_("converted to .docx with LibreOffice before reading"));
	}
	wp_notice_file_free(&file);
	return plan;
}

void view_import_open(struct tui *t, const char *path)
{
	wp_err err;
	struct review *r = wp_xcalloc(1, sizeof *r);
	char *plan = read_plan(t, path, &r->report, &err);
	if (!plan || wp_draft_parse(plan, strlen(plan), &r->draft, &err) != 0) {
		if (plan)
			wp_err_prefix(&err, "%s: ", path);
		tui_message(t, true, "%s", err.msg);
		free(plan);
		review_free(r);
		return;
	}
	free(plan);
	review_check(t, r);
	char *title = review_title(false);
	struct list_data *l = list_new(title);
	free(title);
	l->extra = r;
	l->extra_free = review_free;
	l->fill = review_fill;
	l->on_action = review_action;
	l->day = WP_DATE_NONE;
	review_fill(t, l);
	list_push(t, l);
}
