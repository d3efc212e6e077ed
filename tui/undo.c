/* undo.c - the planner's undo stack: each change is one step.
 *
 * A step keeps what is needed to reverse the change: the values before
 * and after. Undoing is itself a compare-and-set change: it only happens
 * if the data still is as the change left it, so undo never overwrites
 * what another weekplan did meanwhile. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "committee.h"
#include "edit.h"
#include "i18n.h"
#include "model.h"
#include "snapshot.h"
#include "store.h"
#include "tui.h"
#include "unit.h"

enum undo_kind {
	UNDO_ROLE,
	UNDO_STATUS,
	UNDO_CAMPAIGN,
	UNDO_DELETE,
	UNDO_ACTIVITY,
	UNDO_DEADLINE,
	UNDO_UNIT,
	UNDO_COMMITTEE,
	UNDO_CONTACTS,
};

struct undo_step {
	enum undo_kind kind;
	int64_t a, b;
	char old_role, new_role;
	wp_date old_date, new_date;
	bool has_before, has_after;
	wp_campaign_rec campaign[2]; /* before, after */
	wp_activity_rec activity[2];
	wp_deadline_rec deadline[2];
	wp_unit_rec unit[2];
	wp_snapshot *snap; /* deleted rows */
	/* A committee or the contacts of campaign a, before and after. */
	wp_committee_member *members[2];
	size_t nmembers[2];
	wp_contact *contacts[2];
	size_t ncontacts[2];
};

#define UNDO_MAX 100

static void step_free(struct undo_step *s)
{
	for (int i = 0; i < 2; i++) {
		wp_campaign_rec_clear(&s->campaign[i]);
		wp_activity_rec_clear(&s->activity[i]);
		wp_deadline_rec_clear(&s->deadline[i]);
		wp_unit_rec_clear(&s->unit[i]);
		wp_committee_list_free(s->members[i], s->nmembers[i]);
		wp_contact_list_free(s->contacts[i], s->ncontacts[i]);
	}
	wp_snapshot_free(s->snap);
}

static struct undo_step *push(struct tui *t, enum undo_kind kind)
{
	if (t->nundo == UNDO_MAX) {
		step_free(&t->undo[0]);
		memmove(t->undo, t->undo + 1, (UNDO_MAX - 1) * sizeof *t->undo);
		t->nundo--;
	}
	if (t->nundo == t->capundo) {
		t->capundo = t->capundo ? t->capundo * 2 : 16;
		t->undo = wp_xrealloc(t->undo, (size_t)t->capundo * sizeof *t->undo);
	}
	struct undo_step *s = &t->undo[t->nundo++];
	memset(s, 0, sizeof *s);
	s->kind = kind;
	return s;
}

void undo_free_all(struct tui *t)
{
	for (int i = 0; i < t->nundo; i++)
		step_free(&t->undo[i]);
	free(t->undo);
	t->undo = NULL;
	t->nundo = t->capundo = 0;
}

void undo_record_role(struct tui *t, int64_t activity, int64_t unit, char old, char new)
{
	struct undo_step *s = push(t, UNDO_ROLE);
	s->a = activity;
	s->b = unit;
	s->old_role = old;
	s->new_role = new;
}

void undo_record_status(struct tui *t, int64_t deadline, int64_t unit, wp_date old, wp_date new)
{
	struct undo_step *s = push(t, UNDO_STATUS);
	s->a = deadline;
	s->b = unit;
	s->old_date = old;
	s->new_date = new;
}

void undo_record_campaign(struct tui *t, const wp_campaign_rec *before, const wp_campaign_rec *after)
{
	struct undo_step *s = push(t, UNDO_CAMPAIGN);
	if ((s->has_before = before != NULL))
		wp_campaign_rec_copy(&s->campaign[0], before);
	if ((s->has_after = after != NULL))
		wp_campaign_rec_copy(&s->campaign[1], after);
}

void undo_record_delete(struct tui *t, wp_snapshot *snap, int64_t campaign)
{
	struct undo_step *s = push(t, UNDO_DELETE);
	s->snap = snap;
	s->a = campaign;
}

void undo_record_activity(struct tui *t, const wp_activity_rec *before,
			  const wp_activity_rec *after)
{
	struct undo_step *s = push(t, UNDO_ACTIVITY);
	if ((s->has_before = before != NULL))
		wp_activity_rec_copy(&s->activity[0], before);
	if ((s->has_after = after != NULL))
		wp_activity_rec_copy(&s->activity[1], after);
}

void undo_record_deadline(struct tui *t, const wp_deadline_rec *before, const wp_deadline_rec *after)
{
	struct undo_step *s = push(t, UNDO_DEADLINE);
	if ((s->has_before = before != NULL))
		wp_deadline_rec_copy(&s->deadline[0], before);
	if ((s->has_after = after != NULL))
		wp_deadline_rec_copy(&s->deadline[1], after);
}

void undo_record_unit(struct tui *t, const wp_unit_rec *before, const wp_unit_rec *after)
{
	struct undo_step *s = push(t, UNDO_UNIT);
	wp_unit_rec_copy(&s->unit[0], before);
	wp_unit_rec_copy(&s->unit[1], after);
}

void undo_record_committee(struct tui *t, int64_t campaign, wp_committee_member *before,
			   size_t nbefore, wp_committee_member *after, size_t nafter)
{
	struct undo_step *s = push(t, UNDO_COMMITTEE);
	s->a = campaign;
	s->members[0] = before;
	s->nmembers[0] = nbefore;
	s->members[1] = after;
	s->nmembers[1] = nafter;
}

void undo_record_contacts(struct tui *t, int64_t campaign, wp_contact *before, size_t nbefore,
			  wp_contact *after, size_t nafter)
{
	struct undo_step *s = push(t, UNDO_CONTACTS);
	s->a = campaign;
	s->contacts[0] = before;
	s->ncontacts[0] = nbefore;
	s->contacts[1] = after;
	s->ncontacts[1] = nafter;
}

/* Reverses a created or changed record: delete what was created, save the
 * old values over the new (with the new revision, so a later change by
 * someone else is kept). Deleted records come back from their snapshot. */
static int undo_campaign(struct tui *t, struct undo_step *s, wp_err *err)
{
	if (!s->has_before)
		return wp_err_set(err, "%s", _("a new campaign is removed with d in the campaign list"));
	wp_campaign_rec rec;
	wp_campaign_rec_copy(&rec, &s->campaign[0]);
	rec.revision = s->campaign[1].revision;
	int rc = wp_campaign_save(t->st, &rec, err);
	wp_campaign_rec_clear(&rec);
	return rc;
}

static int undo_activity(struct tui *t, struct undo_step *s, wp_err *err)
{
	if (!s->has_before)
		return wp_activity_delete(t->st, s->activity[1].id, s->activity[1].revision, err);
	wp_activity_rec rec;
	wp_activity_rec_copy(&rec, &s->activity[0]);
	rec.revision = s->activity[1].revision;
	int rc = wp_activity_save(t->st, &rec, err);
	wp_activity_rec_clear(&rec);
	return rc;
}

static int undo_deadline(struct tui *t, struct undo_step *s, wp_err *err)
{
	if (!s->has_before)
		return wp_deadline_delete(t->st, s->deadline[1].id, s->deadline[1].revision, err);
	wp_deadline_rec rec;
	wp_deadline_rec_copy(&rec, &s->deadline[0]);
	rec.revision = s->deadline[1].revision;
	int rc = wp_deadline_save(t->st, &rec, err);
	wp_deadline_rec_clear(&rec);
	return rc;
}

/* The name and aliases go back as one save, as the form stored them. */
static int undo_unit(struct tui *t, struct undo_step *s, wp_err *err)
{
	wp_unit_rec rec;
	wp_unit_rec_copy(&rec, &s->unit[0]);
	rec.revision = s->unit[1].revision;
	int rc = wp_unit_save(t->st, &rec, err);
	wp_unit_rec_clear(&rec);
	return rc;
}

static int undo_step(struct tui *t, struct undo_step *s, wp_err *err)
{
	switch (s->kind) {
	case UNDO_ROLE:
		return wp_edit_role(t->st, s->a, s->b, s->new_role, s->old_role, err);
	case UNDO_STATUS:
		return wp_edit_status(t->st, s->a, s->b, s->new_date, s->old_date, err);
	case UNDO_CAMPAIGN:
		return undo_campaign(t, s, err);
	case UNDO_DELETE: {
		int rc = wp_snapshot_restore(t->st, s->snap, err);
		if (rc == 0 && s->a)
			tui_set_campaign(t, s->a);
		return rc;
	}
	case UNDO_ACTIVITY:
		return undo_activity(t, s, err);
	case UNDO_DEADLINE:
		return undo_deadline(t, s, err);
	case UNDO_UNIT:
		return undo_unit(t, s, err);
	case UNDO_COMMITTEE:
		return wp_committee_restore(t->st, s->a, s->members[1], s->nmembers[1],
					    s->members[0], s->nmembers[0], err);
	case UNDO_CONTACTS:
		return wp_contact_restore(t->st, s->a, s->contacts[1], s->ncontacts[1],
					  s->contacts[0], s->ncontacts[0], err);
	}
	return -1;
}

void tui_undo(struct tui *t)
{
	if (t->nundo == 0) {
		tui_message(t, false, "%s", _("Nothing to undo."));
		return;
	}
	struct undo_step s = t->undo[--t->nundo];
	wp_err err;
	int rc = undo_step(t, &s, &err);
	step_free(&s);
	if (rc != 0)
		tui_message(t, true, "%s: %s", _("Cannot undo"), err.msg);
	else
		tui_message(t, false, _("Undone (%d more step(s) to undo)."), t->nundo);
	tui_reload(t);
}
