/* view-committee.c - a campaign's committee and contacts as lists, edited
 * in place (M and P on a campaign in the campaign list). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "committee.h"
#include "form.h"
#include "i18n.h"
#include "text.h"
#include "theme.h"
#include "view-list-data.h"

/* ---- committee ------------------------------------------------------------ */

/* The member under the cursor; false when the cursor is on no member. */
static bool selected_member(struct tui *t, struct list_data *l, wp_committee_member *out)
{
	if (!l->n || l->items[l->selected].kind != ITEM_COMMITTEE)
		return false;
	wp_committee_member *m;
	size_t n;
	wp_err err;
	if (wp_committee_list(t->st, l->campaign_id, &m, &n, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return false;
	}
	/* Items are in list order and carry the unit; the role is the
	 * position's, read again so that a change names what is shown. */
	bool found = false;
	int idx = 0;
	for (int i = 0; i < l->selected; i++)
		idx += l->items[i].kind == ITEM_COMMITTEE;
	if ((size_t)idx < n && m[idx].unit_id == l->items[l->selected].id) {
		*out = m[idx];
		out->unit_name = NULL;
		found = true;
	}
	wp_committee_list_free(m, n);
	return found;
}

static void fill_committee(struct tui *t, struct list_data *l)
{
	wp_committee_member *m;
	size_t n;
	wp_err err;
	if (wp_committee_list(t->st, l->campaign_id, &m, &n, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	if (n == 0)
		list_add(l, _("No committee yet: n adds a member."), NULL, WP_ATTR_DIM);
	for (size_t i = 0; i < n; i++) {
		wp_buf line = WP_BUF_INIT;
		/* Padded by display width: 副主任 is 6 columns in 9 bytes. */
		wp_text_put_padded(&line, wp_committee_role_label(m[i].role), 12);
		wp_buf_printf(&line, " %s", m[i].unit_name);
		list_add(l, wp_buf_str(&line), NULL, WP_ATTR_NORMAL);
		list_tag(l, ITEM_COMMITTEE, m[i].unit_id);
		wp_buf_free(&line);
	}
	wp_committee_list_free(m, n);
}

/* Asks for a role by its first letter; false when cancelled. */
static bool ask_role(struct tui *t, wp_committee_role *role)
{
	char buf[16] = "";
	if (!tui_prompt(t, _("Role (c chair, v vice-chair, m member, o office):"), buf, sizeof buf))
		return false;
	static const char keys[] = "cvmo";
	const char *k = buf[0] ? strchr(keys, buf[0]) : NULL;
	if (!k) {
		tui_message(t, true, "%s", _("A role is c, v, m or o."));
		return false;
	}
	*role = (wp_committee_role)(k - keys);
	return true;
}

/* The committee as it was before a change, for its undo step. */
struct committee_before {
	wp_committee_member *m;
	size_t n;
};

static bool committee_before(struct tui *t, int64_t campaign_id, struct committee_before *b)
{
	wp_err err;
	if (wp_committee_list(t->st, campaign_id, &b->m, &b->n, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return false;
	}
	return true;
}

/* After a change: a done one becomes an undo step (the committee before
 * and after it), a refused one says why. Takes b's list. */
static void committee_done(struct tui *t, int64_t campaign_id, struct committee_before *b, int rc,
			   const wp_err *err)
{
	wp_committee_member *after;
	size_t nafter;
	wp_err e2;
	if (rc != 0)
		tui_message(t, true, "%s", err->msg);
	else if (wp_committee_list(t->st, campaign_id, &after, &nafter, &e2) == 0) {
		undo_record_committee(t, campaign_id, b->m, b->n, after, nafter);
		b->m = NULL;
		b->n = 0;
	}
	wp_committee_list_free(b->m, b->n);
	tui_reload(t);
}

static enum view_result committee_action(struct tui *t, struct list_data *l,
					 enum wp_action act)
{
	wp_committee_member m;
	wp_err err;
	wp_committee_role role;
	struct committee_before b;
	switch (act) {
	case ACT_NEW: {
		char *name = tui_prompt_text(t, _("Unit to add to the committee:"), NULL, 0);
		if (name && *name && ask_role(t, &role) && committee_before(t, l->campaign_id, &b))
			committee_done(t, l->campaign_id, &b,
				       wp_committee_add(t->st, l->campaign_id, name, role, &err), &err);
		free(name);
		return VIEW_HANDLED;
	}
	case ACT_EDIT:
		if (selected_member(t, l, &m) && ask_role(t, &role) &&
		    committee_before(t, l->campaign_id, &b))
			committee_done(t, l->campaign_id, &b,
				       wp_committee_set_role(t->st, l->campaign_id, m.unit_id, m.role,
							     role, &err),
				       &err);
		return VIEW_HANDLED;
	case ACT_DELETE:
		if (selected_member(t, l, &m) && tui_confirm(t, _("Remove from the committee?")) &&
		    committee_before(t, l->campaign_id, &b))
			committee_done(t, l->campaign_id, &b,
				       wp_committee_remove(t->st, l->campaign_id, m.unit_id, m.role,
							   &err),
				       &err);
		return VIEW_HANDLED;
	case ACT_MOVE_UP:
	case ACT_MOVE_DOWN:
		if (selected_member(t, l, &m) && committee_before(t, l->campaign_id, &b)) {
			int delta = act == ACT_MOVE_UP ? -1 : 1;
			int64_t unit = m.unit_id;
			committee_done(t, l->campaign_id, &b,
				       wp_committee_move(t->st, l->campaign_id, unit, m.role, delta,
							 &err),
				       &err);
			for (int i = 0; i < l->n; i++) /* the cursor follows it */
				if (l->items[i].kind == ITEM_COMMITTEE && l->items[i].id == unit)
					l->selected = i;
		}
		return VIEW_HANDLED;
	case ACT_COMMITTEE:
	case ACT_CONTACTS:
	case ACT_EXPORT:
	case ACT_CLONE:
		return VIEW_HANDLED;
	case ACT_OPEN:
		return VIEW_HANDLED;
	default:
		return VIEW_IGNORED;
	}
}

/* The keys a list's title names come from the key table (wp_key_hints),
 * so the title cannot name a key the list lacks. */
static const struct wp_key_hint committee_keys[] = {
	{{ACT_NEW}, N_("add"), NULL, NULL},	   {{ACT_EDIT}, N_("role"), NULL, NULL},
	{{ACT_DELETE}, N_("remove"), NULL, NULL},  {{ACT_MOVE_UP}, N_("up"), NULL, NULL},
	{{ACT_MOVE_DOWN}, N_("down"), NULL, NULL}, {{ACT_BACK}, N_("close"), NULL, NULL},
	{{ACT_NONE}, NULL, NULL, NULL},
};

static const struct wp_key_hint contact_keys[] = {
	{{ACT_NEW}, N_("add"), NULL, NULL},	  {{ACT_EDIT}, N_("edit"), NULL, NULL},
	{{ACT_DELETE}, N_("remove"), NULL, NULL}, {{ACT_BACK}, N_("close"), NULL, NULL},
	{{ACT_NONE}, NULL, NULL, NULL},
};

void view_list_committee(struct tui *t, int64_t campaign_id)
{
	char title[256], *keys = wp_key_hints(SCOPE_LIST, committee_keys);
	snprintf(title, sizeof title, _("Committee: %s"), keys);
	free(keys);
	struct list_data *l = list_new(title);
	l->campaign_id = campaign_id;
	l->fill = fill_committee;
	l->on_action = committee_action;
	l->day = WP_DATE_NONE;
	fill_committee(t, l);
	list_push(t, l);
}

/* ---- contacts ------------------------------------------------------------- */

enum { CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL };

struct contact_ctx {
	int64_t campaign_id;
	wp_contact seen; /* id 0: a new contact; texts owned */
};

static void contact_ctx_free(void *p)
{
	struct contact_ctx *c = p;
	free(c->seen.name);
	free(c->seen.phone);
	free(c->seen.email);
	free(c);
}

/* A done change to the contacts becomes an undo step: the list before
 * (taken) and after it. */
static void contacts_changed(struct tui *t, int64_t campaign_id, wp_contact *before,
			     size_t nbefore)
{
	wp_contact *after;
	size_t nafter;
	wp_err err;
	if (wp_contact_list(t->st, campaign_id, &after, &nafter, &err) != 0) {
		wp_contact_list_free(before, nbefore);
		return;
	}
	undo_record_contacts(t, campaign_id, before, nbefore, after, nafter);
}

static bool contact_save(struct tui *t, struct form *f, wp_err *err)
{
	struct contact_ctx *c = f->ctx;
	wp_contact *before;
	size_t nbefore;
	if (wp_contact_list(t->st, c->campaign_id, &before, &nbefore, err) != 0)
		return false;
	/* The unit and activity are kept as they were; the form edits
	 * who and how to reach them. */
	wp_contact now = {.name = (char *)(form_value(f, CONTACT_NAME) ? form_value(f, CONTACT_NAME) : ""),
			  .phone = (char *)form_value(f, CONTACT_PHONE),
			  .email = (char *)form_value(f, CONTACT_EMAIL),
			  .unit_id = c->seen.unit_id,
			  .activity_id = c->seen.activity_id};
	int rc = c->seen.id ? wp_contact_update(t->st, &c->seen, &now, err)
			    : wp_contact_add(t->st, c->campaign_id, &now, NULL, err);
	if (rc == WP_EDIT_CONFLICT)
		tui_reload(t);
	if (rc != 0) {
		wp_contact_list_free(before, nbefore);
		return false;
	}
	contacts_changed(t, c->campaign_id, before, nbefore);
	tui_reload(t);
	return true;
}

static void contact_form(struct tui *t, int64_t campaign_id, const wp_contact *seen)
{
	struct contact_ctx *c = wp_xcalloc(1, sizeof *c);
	c->campaign_id = campaign_id;
	if (seen) {
		c->seen = *seen;
		c->seen.name = wp_xstrdup(seen->name);
		c->seen.phone = wp_xstrdup(seen->phone);
		c->seen.email = wp_xstrdup(seen->email);
		c->seen.unit_name = c->seen.activity_title = NULL;
	}
	struct form *f = form_new(seen ? _("Edit contact") : _("New contact"), contact_save, c,
				  contact_ctx_free);
	form_field(f, N_("Name"), NULL, seen ? seen->name : NULL);
	form_field(f, N_("Phone"), NULL, seen ? seen->phone : NULL);
	form_field(f, N_("Email"), NULL, seen ? seen->email : NULL);
	form_push(t, f);
}

static void fill_contacts(struct tui *t, struct list_data *l)
{
	wp_contact *c;
	size_t n;
	wp_err err;
	if (wp_contact_list(t->st, l->campaign_id, &c, &n, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	if (n == 0)
		list_add(l, _("No contacts yet: n adds one."), NULL, WP_ATTR_DIM);
	for (size_t i = 0; i < n; i++) {
		wp_buf line = WP_BUF_INIT;
		wp_buf_printf(&line, "%s  %s  %s", c[i].name, c[i].phone ? c[i].phone : "",
			      c[i].email ? c[i].email : "");
		if (c[i].unit_name)
			wp_buf_printf(&line, "  (%s)", c[i].unit_name);
		if (c[i].activity_title)
			wp_buf_printf(&line, "  %s", c[i].activity_title);
		list_add(l, wp_buf_str(&line), NULL, WP_ATTR_NORMAL);
		list_tag(l, ITEM_CONTACT, c[i].id);
		wp_buf_free(&line);
	}
	wp_contact_list_free(c, n);
}

static enum view_result contacts_action(struct tui *t, struct list_data *l, enum wp_action act)
{
	if (act == ACT_NEW) {
		contact_form(t, l->campaign_id, NULL);
		return VIEW_HANDLED;
	}
	if (act != ACT_EDIT && act != ACT_DELETE && act != ACT_OPEN)
		return act == ACT_COMMITTEE || act == ACT_CONTACTS || act == ACT_EXPORT ||
				       act == ACT_CLONE || act == ACT_MOVE_UP || act == ACT_MOVE_DOWN
			       ? VIEW_HANDLED
			       : VIEW_IGNORED;
	if (!l->n || l->items[l->selected].kind != ITEM_CONTACT)
		return VIEW_HANDLED;
	wp_contact *c;
	size_t n;
	wp_err err;
	if (wp_contact_list(t->st, l->campaign_id, &c, &n, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return VIEW_HANDLED;
	}
	bool kept = false; /* c became the undo step's "before" */
	for (size_t i = 0; i < n; i++) {
		if (c[i].id != l->items[l->selected].id)
			continue;
		if (act != ACT_DELETE)
			contact_form(t, l->campaign_id, &c[i]);
		else if (tui_confirm(t, _("Remove this contact?"))) {
			if (wp_contact_delete(t->st, &c[i], &err) != 0)
				tui_message(t, true, "%s", err.msg);
			else {
				contacts_changed(t, l->campaign_id, c, n);
				kept = true;
			}
			tui_reload(t);
		}
		break;
	}
	if (!kept)
		wp_contact_list_free(c, n);
	return VIEW_HANDLED;
}

void view_list_contacts(struct tui *t, int64_t campaign_id)
{
	char title[256], *keys = wp_key_hints(SCOPE_LIST, contact_keys);
	snprintf(title, sizeof title, _("Contacts: %s"), keys);
	free(keys);
	struct list_data *l = list_new(title);
	l->campaign_id = campaign_id;
	l->fill = fill_contacts;
	l->on_action = contacts_action;
	l->day = WP_DATE_NONE;
	fill_contacts(t, l);
	list_push(t, l);
}
