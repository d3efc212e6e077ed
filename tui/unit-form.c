/* unit-form.c - a unit's form: its name and other names.
 *
 * The name, one field per other name (alias) and an empty one to add
 * another; emptying a field removes that name. One field a name rather
 * than one list split at 、 as a deadline's units are: a unit's name may
 * itself hold punctuation, each name is read, changed or removed on its
 * own, and a name another unit already has is pointed at where it
 * stands. Under them, shown only, what the form does not change: the
 * region (part of what makes the unit) and its groups (changed on the
 * unit's page). */
#include "config.h"

#include <stdlib.h>

#include "alloc.h"
#include "buf.h"
#include "form.h"
#include "group.h"
#include "i18n.h"
#include "tui.h"
#include "unit-form.h"
#include "unit.h"

enum { U_NAME, U_FIRST_ALIAS };

#define U_ALIAS_LABEL N_("Other name")
#define U_ALIAS_HINT N_("another spelling the notices use; empty it to remove it")
#define U_NEW_ALIAS_HINT N_("type another spelling the notices use, such as 县知识产权局")

struct unit_ctx {
	wp_unit_rec rec; /* as loaded */
	int naliases;    /* alias fields, from U_FIRST_ALIAS; the last one was empty */
};

static void unit_ctx_free(void *p)
{
	struct unit_ctx *c = p;
	wp_unit_rec_clear(&c->rec);
	free(c);
}

/* Typing into the last, empty other name opens one more under it. */
static void unit_edited(struct tui *t, struct form *f, int i)
{
	struct unit_ctx *c = f->ctx;
	int last = U_FIRST_ALIAS + c->naliases - 1;
	(void)t;
	if (i == last && form_value(f, i) &&
	    form_field_insert(f, last + 1, U_ALIAS_LABEL, U_NEW_ALIAS_HINT, NULL) >= 0)
		c->naliases++;
}

/* The field a refused unit's error concerns, found the way core checks a
 * unit (wp_unit_save): a name or an alias another unit of the region
 * answers to; or -1. */
static int unit_error_field(struct tui *t, struct form *f, const wp_unit_rec *rec)
{
	struct unit_ctx *c = f->ctx;
	int64_t other;
	wp_err ignored;
	if (!rec->name || (wp_unit_lookup(t->st, rec->region, rec->name, &other, &ignored) == 1 &&
			   other != rec->id))
		return U_NAME;
	for (int i = U_FIRST_ALIAS; i < U_FIRST_ALIAS + c->naliases; i++) {
		const char *v = form_value(f, i);
		if (v && wp_unit_lookup(t->st, rec->region, v, &other, &ignored) == 1 && other != rec->id)
			return i;
	}
	return -1;
}

static bool unit_save(struct tui *t, struct form *f, wp_err *err)
{
	struct unit_ctx *c = f->ctx;
	if (!form_changed(f))
		return true; /* nothing to store, and no step to undo */
	wp_unit_rec rec = WP_UNIT_REC_INIT;
	rec.id = c->rec.id;
	rec.revision = c->rec.revision;
	rec.region = wp_xstrdup(c->rec.region);
	rec.name = wp_xstrdup(form_value(f, U_NAME));
	for (int i = U_FIRST_ALIAS; i < U_FIRST_ALIAS + c->naliases; i++)
		if (form_value(f, i))
			wp_unit_rec_add_alias(&rec, form_value(f, i));
	bool ok = wp_unit_save(t->st, &rec, err) == 0;
	if (ok) {
		undo_record_unit(t, &c->rec, &rec);
		tui_message(t, false, "%s", _("Unit saved (u undoes)."));
		tui_reload(t);
	} else {
		f->error_field = unit_error_field(t, f, &rec);
	}
	wp_unit_rec_clear(&rec);
	return ok;
}

/* Appends the names of units to b, joined by 、. */
static void join_units(wp_buf *b, const wp_group_unit *u, size_t n)
{
	for (size_t i = 0; i < n; i++)
		wp_buf_printf(b, "%s%s", b->len ? "、" : "", u[i].name);
}

/* The groups unit id is a member of (user groups: a committee group's
 * members depend on the plan), joined by 、 into b. */
static int groups_of(struct tui *t, int64_t id, wp_buf *b, wp_err *err)
{
	wp_group_unit *groups = NULL;
	size_t ngroups = 0;
	if (wp_group_list(t->st, &groups, &ngroups, err) != 0)
		return -1;
	int rc = 0;
	for (size_t g = 0; g < ngroups && rc == 0; g++) {
		wp_group_unit *m = NULL;
		size_t n = 0;
		if (groups[g].committee || !groups[g].nmembers)
			continue;
		rc = wp_group_members(t->st, groups[g].id, 0, &m, &n, err);
		for (size_t i = 0; i < n; i++)
			if (m[i].id == id)
				join_units(b, &groups[g], 1);
		wp_group_units_free(m, n);
	}
	wp_group_units_free(groups, ngroups);
	return rc;
}

/* What the unit's form shows but does not change. */
static void unit_notes(struct tui *t, struct form *f, const wp_unit_rec *r)
{
	bool committee = false;
	wp_group_unit *m = NULL;
	size_t n = 0;
	wp_buf b = WP_BUF_INIT;
	wp_err err;
	if (r->region && *r->region)
		form_note(f, N_("Region"), r->region);
	if (wp_group_is_committee(t->st, r->id, &committee, &err) == 0 && committee)
		form_note(f, N_("Members"), _("the committee's members in each plan"));
	else if (wp_group_members(t->st, r->id, 0, &m, &n, &err) == 0 && n) {
		join_units(&b, m, n);
		form_note(f, N_("Members"), wp_buf_str(&b));
	}
	wp_group_units_free(m, n);
	wp_buf_reset(&b);
	if (groups_of(t, r->id, &b, &err) == 0 && b.len)
		form_note(f, N_("Member of"), wp_buf_str(&b));
	wp_buf_free(&b);
}

void unit_form_open(struct tui *t, int64_t unit, bool new_alias)
{
	struct unit_ctx *c = wp_xcalloc(1, sizeof *c);
	wp_err err;
	if (wp_unit_load(t->st, unit, &c->rec, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		free(c);
		return;
	}
	/* The name, the other names, an empty one, three notes. */
	if (c->rec.naliases + 5 > FORM_MAX_FIELDS) {
		tui_message(t, true, _("%s has more other names than its form can show (%d)."),
			    c->rec.name, FORM_MAX_FIELDS - 5);
		unit_ctx_free(c);
		return;
	}
	struct form *f = form_new(_("Edit unit"), unit_save, c, unit_ctx_free);
	form_field(f, N_("Unit name"), N_("as the plans write it; the unit keeps its duties"), c->rec.name);
	for (size_t i = 0; i < c->rec.naliases; i++)
		form_field(f, U_ALIAS_LABEL, U_ALIAS_HINT, c->rec.aliases[i]);
	form_field(f, U_ALIAS_LABEL, U_NEW_ALIAS_HINT, NULL);
	c->naliases = (int)c->rec.naliases + 1;
	f->edited = unit_edited;
	unit_notes(t, f, &c->rec);
	if (new_alias)
		f->selected = U_FIRST_ALIAS + c->naliases - 1;
	form_push(t, f);
}
