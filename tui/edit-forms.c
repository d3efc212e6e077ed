/* edit-forms.c - forms for campaigns, activities, deadlines and units. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "campaign.h"
#include "edit-forms.h"
#include "edit.h"
#include "form.h"
#include "i18n.h"
#include "input.h"
#include "model.h"
#include "query.h"
#include "snapshot.h"
#include "store.h"
#include "text.h"
#include "tui.h"
#include "unit.h"

/* ---- reading fields ------------------------------------------------------- */

static char *dup_field(const struct form *f, int i)
{
	return wp_xstrdup(form_value(f, i));
}

/* What a typed date is read against: the year of campaign (or of near,
 * or today), and the week of near (周三), else of the campaign's start,
 * else of today. */
static wp_input_ctx input_ctx(struct tui *t, int64_t campaign, wp_date near)
{
	wp_input_ctx ctx = {.today = t->today, .week_of = near};
	wp_campaign_rec c = WP_CAMPAIGN_REC_INIT;
	wp_err err;
	if (campaign && wp_campaign_load(t->st, campaign, &c, &err) == 0) {
		wp_date anchor = c.start != WP_DATE_NONE ? c.start : c.issued_on;
		if (ctx.week_of == WP_DATE_NONE)
			ctx.week_of = anchor;
		if (anchor != WP_DATE_NONE)
			wp_date_to_ymd(anchor, &ctx.year, &(int){0}, &(int){0});
		wp_campaign_rec_clear(&c);
	}
	if (ctx.week_of == WP_DATE_NONE)
		ctx.week_of = t->today;
	if (!ctx.year)
		wp_date_to_ymd(ctx.week_of, &ctx.year, &(int){0}, &(int){0});
	return ctx;
}

/* A field's value refused: the message names the field and stands under it. */
static bool field_refused(struct form *f, int i, wp_err *err)
{
	wp_err_prefix(err, "%s: ", _(f->fields[i].label));
	f->error_field = i;
	return false;
}

static bool date_field(struct form *f, int i, const wp_input_ctx *ctx, wp_date *out, wp_err *err)
{
	const char *v = form_value(f, i);
	*out = WP_DATE_NONE;
	if (v && wp_input_date(v, ctx, out, err) != 0)
		return field_refused(f, i, err);
	return true;
}

/* A time field as "HH:MM" (NULL when empty), caller frees. */
static bool time_field(struct form *f, int i, char **out, wp_err *err)
{
	const char *v = form_value(f, i);
	char hhmm[6];
	*out = NULL;
	if (!v)
		return true;
	if (wp_input_time(v, hhmm, err) != 0)
		return field_refused(f, i, err);
	*out = wp_xstrdup(hhmm);
	return true;
}

/* Checks run when the cursor leaves a field (form_field_check), so a date
 * or a time that cannot be read is said under it at once, not at save. */
static bool check_time(struct tui *t, struct form *f, int i, wp_err *err)
{
	(void)t;
	char *hhmm;
	bool ok = time_field(f, i, &hhmm, err);
	free(hhmm);
	return ok;
}

static const char *date_text(wp_date d, char *buf)
{
	return d == WP_DATE_NONE ? "" : wp_date_format(d, buf);
}

/* Splits "甲、乙，丙, 丁" into names; calls add for each. */
static void split_names(const char *text, void (*add)(void *ctx, const char *name), void *ctx)
{
	static const char *const seps[] = {"、", "，", ",", ";", "；"};
	wp_buf name = WP_BUF_INIT;
	for (const char *p = text ? text : "";;) {
		size_t sep = 0;
		for (size_t k = 0; k < sizeof seps / sizeof *seps && !sep; k++)
			if (strncmp(p, seps[k], strlen(seps[k])) == 0)
				sep = strlen(seps[k]);
		if (sep || !*p) {
			char *n = wp_buf_take(&name), *s = n;
			while (*s == ' ')
				s++;
			size_t len = strlen(s);
			while (len && s[len - 1] == ' ')
				s[--len] = '\0';
			if (*s)
				add(ctx, s);
			free(n);
			if (!*p)
				break;
			p += sep;
			continue;
		}
		wp_buf_putc(&name, *p++);
	}
	wp_buf_free(&name);
}

static bool has_non_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return true;
	return false;
}

/* ---- campaigns ----------------------------------------------------------------- */

enum { C_TITLE, C_REGION, C_ORGANIZER, C_DOC, C_ISSUED, C_START, C_END, C_THEME, C_PARENT, C_NOTES };

struct campaign_ctx {
	wp_campaign_rec rec; /* as loaded (id 0 for a new one) */
};

static bool check_campaign_date(struct tui *t, struct form *f, int i, wp_err *err)
{
	struct campaign_ctx *c = f->ctx;
	wp_input_ctx ctx = input_ctx(t, c->rec.id, WP_DATE_NONE);
	wp_date d;
	return date_field(f, i, &ctx, &d, err);
}

static void campaign_ctx_free(void *p)
{
	struct campaign_ctx *c = p;
	wp_campaign_rec_clear(&c->rec);
	free(c);
}

/* The field a refused campaign's error concerns, found the way core
 * checks a campaign (model.c), or -1. */
static int campaign_error_field(const wp_campaign_rec *rec)
{
	if (!rec->title)
		return C_TITLE;
	if (rec->start == WP_DATE_NONE)
		return C_START;
	if (rec->end == WP_DATE_NONE || rec->end < rec->start)
		return C_END;
	return -1;
}

static bool campaign_save(struct tui *t, struct form *f, wp_err *err)
{
	struct campaign_ctx *c = f->ctx;
	wp_campaign_rec rec = WP_CAMPAIGN_REC_INIT;
	rec.id = c->rec.id;
	rec.revision = c->rec.revision;
	wp_input_ctx ctx = input_ctx(t, c->rec.id, WP_DATE_NONE);
	bool ok = date_field(f, C_ISSUED, &ctx, &rec.issued_on, err) &&
		  date_field(f, C_START, &ctx, &rec.start, err) &&
		  date_field(f, C_END, &ctx, &rec.end, err);
	if (ok) {
		rec.title = dup_field(f, C_TITLE);
		rec.region = dup_field(f, C_REGION);
		rec.organizer = dup_field(f, C_ORGANIZER);
		rec.doc_number = dup_field(f, C_DOC);
		rec.theme = dup_field(f, C_THEME);
		rec.parent_plan = dup_field(f, C_PARENT);
		rec.notes = dup_field(f, C_NOTES);
		ok = wp_campaign_save(t->st, &rec, err) == 0;
		if (!ok)
			f->error_field = campaign_error_field(&rec);
	}
	if (ok) {
		undo_record_campaign(t, c->rec.id ? &c->rec : NULL, &rec);
		tui_message(t, false, c->rec.id ? _("Campaign saved (u undoes).")
						: _("Campaign created; it is now the current one."));
		tui_set_campaign(t, rec.id);
	}
	wp_campaign_rec_clear(&rec);
	return ok;
}

static void campaign_form(struct tui *t, struct campaign_ctx *c, const char *title)
{
	char d1[WP_DATE_ISO_SIZE], d2[WP_DATE_ISO_SIZE], d3[WP_DATE_ISO_SIZE];
	const wp_campaign_rec *r = &c->rec;
	struct form *f = form_new(title, campaign_save, c, campaign_ctx_free);
	form_field(f, N_("Title"), N_("as in the notice: 2026年…知识产权宣传周活动方案"), r->title);
	form_field(f, N_("Region"), N_("the county, district or city: units belong to it"), r->region);
	form_field(f, N_("Organizer"), N_("the issuing unit"), r->organizer);
	form_field(f, N_("Document no."), N_("such as 鹿市监发〔2026〕3号"), r->doc_number);
	form_field(f, N_("Issued on"), N_("2026-04-20, 4月20日, 2026年4月20日, 4.20, 今天"),
		   date_text(r->issued_on, d1));
	form_field(f, N_("Period start"), N_("2026-04-20, 4月20日, 4.20 (活动时间)"),
		   date_text(r->start, d2));
	form_field(f, N_("Period end"), N_("2026-04-26, 4月26日, 4.26"), date_text(r->end, d3));
	form_field(f, N_("Theme"), N_("活动主题"), r->theme);
	form_field(f, N_("Parent plan"), N_("the higher-level plan it implements"), r->parent_plan);
	form_field(f, N_("Notes"), NULL, r->notes);
	form_field_check(f, C_ISSUED, check_campaign_date);
	form_field_check(f, C_START, check_campaign_date);
	form_field_check(f, C_END, check_campaign_date);
	form_push(t, f);
}

void forms_campaign_new(struct tui *t)
{
	struct campaign_ctx *c = wp_xcalloc(1, sizeof *c);
	c->rec = (wp_campaign_rec)WP_CAMPAIGN_REC_INIT;
	campaign_form(t, c, _("New campaign"));
}

void forms_campaign_edit(struct tui *t, int64_t id)
{
	struct campaign_ctx *c = wp_xcalloc(1, sizeof *c);
	wp_err err;
	if (wp_campaign_load(t->st, id, &c->rec, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		free(c);
		return;
	}
	campaign_form(t, c, _("Edit campaign"));
}

void forms_campaign_delete(struct tui *t, int64_t id)
{
	wp_err err;
	wp_snapshot *snap = NULL;
	if (!tui_confirm(t, _("Delete this campaign with all its activities and deadlines?")))
		return;
	/* The rows undo puts back are read in the transaction that deletes them. */
	if (wp_store_begin(t->st, &err) != 0 || wp_snapshot_campaign(t->st, id, &snap, &err) != 0 ||
	    wp_campaign_delete(t->st, id, &err) != 0 || wp_store_commit(t->st, &err) != 0) {
		wp_store_rollback(t->st);
		wp_snapshot_free(snap);
		tui_message(t, true, "%s", err.msg);
		return;
	}
	undo_record_delete(t, snap, id);
	tui_message(t, false, "%s", _("Campaign deleted (u undoes)."));
	if (t->campaign_id == id)
		tui_set_campaign(t, 0);
	else
		tui_reload(t);
}

/* ---- activities ----------------------------------------------------------------- */

enum { A_NUMBER, A_TITLE, A_START, A_END, A_TIME, A_END_TIME, A_PLACE, A_DESCRIPTION, A_NOTES };

struct activity_ctx {
	wp_activity_rec rec;
};

static bool check_activity_date(struct tui *t, struct form *f, int i, wp_err *err)
{
	struct activity_ctx *c = f->ctx;
	wp_input_ctx ctx = input_ctx(t, c->rec.campaign_id, c->rec.start);
	wp_date d;
	return date_field(f, i, &ctx, &d, err);
}

static void activity_ctx_free(void *p)
{
	struct activity_ctx *c = p;
	wp_activity_rec_clear(&c->rec);
	free(c);
}

static bool activity_of_number(struct tui *t, int64_t campaign, const char *no, int64_t *id,
			       wp_err *err);

/* The field a refused activity's error concerns, found the way core
 * checks an activity (model.c), or -1. */
static int activity_error_field(struct tui *t, const wp_activity_rec *rec)
{
	int64_t other;
	wp_err ignored;
	if (!rec->title)
		return A_TITLE;
	if (rec->start == WP_DATE_NONE && rec->end != WP_DATE_NONE)
		return A_START;
	if (rec->end != WP_DATE_NONE && rec->end < rec->start)
		return A_END;
	if (rec->end_time && !rec->start_time)
		return A_TIME;
	if (rec->end_time && (rec->end == WP_DATE_NONE || rec->end == rec->start) &&
	    strcmp(rec->end_time, rec->start_time) < 0)
		return A_END_TIME;
	if (rec->number && activity_of_number(t, rec->campaign_id, rec->number, &other, &ignored) &&
	    other != rec->id)
		return A_NUMBER;
	return -1;
}

static bool activity_save(struct tui *t, struct form *f, wp_err *err)
{
	struct activity_ctx *c = f->ctx;
	wp_activity_rec rec = WP_ACTIVITY_REC_INIT;
	rec.id = c->rec.id;
	rec.revision = c->rec.revision;
	rec.campaign_id = c->rec.campaign_id;
	wp_input_ctx ctx = input_ctx(t, rec.campaign_id, c->rec.start);
	bool ok = date_field(f, A_START, &ctx, &rec.start, err) &&
		  date_field(f, A_END, &ctx, &rec.end, err) &&
		  time_field(f, A_TIME, &rec.start_time, err) &&
		  time_field(f, A_END_TIME, &rec.end_time, err);
	if (ok) {
		rec.number = dup_field(f, A_NUMBER);
		rec.title = dup_field(f, A_TITLE);
		rec.location = dup_field(f, A_PLACE);
		rec.description = dup_field(f, A_DESCRIPTION);
		rec.notes = dup_field(f, A_NOTES);
		ok = wp_activity_save(t->st, &rec, err) == 0;
		if (!ok)
			f->error_field = activity_error_field(t, &rec);
	}
	if (ok) {
		undo_record_activity(t, c->rec.id ? &c->rec : NULL, &rec);
		tui_message(t, false, c->rec.id ? _("Activity saved (u undoes).")
						: _("Activity added; give it units in view 2 (u undoes)."));
		tui_reload(t);
	}
	wp_activity_rec_clear(&rec);
	return ok;
}

static void activity_form(struct tui *t, struct activity_ctx *c, const char *title)
{
	char d1[WP_DATE_ISO_SIZE], d2[WP_DATE_ISO_SIZE];
	const wp_activity_rec *r = &c->rec;
	struct form *f = form_new(title, activity_save, c, activity_ctx_free);
	form_field(f, N_("Number"), N_("as written: 一, 二, 四.1; empty if the notice gives none"), r->number);
	form_field(f, N_("Title"), NULL, r->title);
	form_field(f, N_("Start date"),
		   N_("2026-04-20, 4月20日, 4.20, 周三, 明天; empty: during the campaign period"),
		   date_text(r->start, d1));
	form_field(f, N_("End date"), N_("2026-04-22, 4月22日, 周三; empty: the same day"),
		   r->end != r->start ? date_text(r->end, d2) : "");
	form_field(f, N_("Time"), N_("09:00, 9点, 9点半, 下午3点"), r->start_time);
	form_field(f, N_("End time"), N_("11:30, 11点半, 下午5点"), r->end_time);
	form_field(f, N_("Place"), NULL, r->location);
	form_field(f, N_("Description"), NULL, r->description);
	form_field(f, N_("Notes"), NULL, r->notes);
	form_field_check(f, A_START, check_activity_date);
	form_field_check(f, A_END, check_activity_date);
	form_field_check(f, A_TIME, check_time);
	form_field_check(f, A_END_TIME, check_time);
	form_push(t, f);
}

/* The next free item number in Chinese (一, 二 ...) after the last one. */
static void next_number(struct tui *t, char *buf, size_t size)
{
	wp_matrix m;
	wp_err err;
	size_t n = 0;
	if (wp_query_matrix(t->st, t->campaign_id, &m, &err) == 0) {
		n = m.nactivities;
		wp_matrix_clear(&m);
	}
	wp_cn_number_format((int)n + 1, buf, size);
}

void forms_activity_new(struct tui *t, wp_date day)
{
	if (!t->campaign_id) {
		tui_message(t, true, "%s", _("Choose a campaign first (c)."));
		return;
	}
	struct activity_ctx *c = wp_xcalloc(1, sizeof *c);
	c->rec = (wp_activity_rec)WP_ACTIVITY_REC_INIT;
	c->rec.campaign_id = t->campaign_id;
	c->rec.start = c->rec.end = day;
	char number[16];
	next_number(t, number, sizeof number);
	c->rec.number = wp_xstrdup(number);
	activity_form(t, c, _("New activity"));
}

void forms_activity_edit(struct tui *t, int64_t id)
{
	struct activity_ctx *c = wp_xcalloc(1, sizeof *c);
	wp_err err;
	if (wp_activity_load(t->st, id, &c->rec, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		free(c);
		return;
	}
	activity_form(t, c, _("Edit activity"));
}

void forms_activity_delete(struct tui *t, int64_t id)
{
	wp_activity_rec rec;
	wp_snapshot *snap = NULL;
	wp_err err;
	if (wp_activity_load(t->st, id, &rec, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	if (wp_snapshot_activity(t->st, id, &snap, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		wp_activity_rec_clear(&rec);
		return;
	}
	wp_buf q = WP_BUF_INIT;
	if (rec.number && *rec.number)
		wp_buf_printf(&q, _("Delete activity %s %s?"), rec.number, rec.title);
	else
		wp_buf_printf(&q, _("Delete activity %s?"), rec.title);
	if (tui_confirm(t, wp_buf_str(&q))) {
		/* Refused if the activity changed since the snapshot (revision). */
		if (wp_activity_delete(t->st, id, rec.revision, &err) == 0) {
			undo_record_delete(t, snap, 0);
			snap = NULL;
			tui_message(t, false, "%s", _("Activity deleted (u undoes)."));
		} else {
			tui_message(t, true, "%s", err.msg);
		}
		tui_reload(t);
	}
	wp_buf_free(&q);
	wp_snapshot_free(snap);
	wp_activity_rec_clear(&rec);
}

/* ---- deadlines -------------------------------------------------------------------- */

enum { D_WHAT, D_DUE, D_ROLL, D_AS_WRITTEN, D_WHO, D_TO_UNIT, D_TO, D_ACTIVITY, D_NOTES };

struct deadline_ctx {
	wp_deadline_rec rec;
};

static bool check_deadline_due(struct tui *t, struct form *f, int i, wp_err *err)
{
	struct deadline_ctx *c = f->ctx;
	wp_input_ctx ctx = input_ctx(t, c->rec.campaign_id, WP_DATE_NONE);
	wp_rule rule;
	if (wp_input_rule(form_value(f, i), &ctx, form_value(f, D_ACTIVITY) != NULL, &rule, err) != 0)
		return field_refused(f, i, err);
	return true;
}

static void deadline_ctx_free(void *p)
{
	struct deadline_ctx *c = p;
	wp_deadline_rec_clear(&c->rec);
	free(c);
}

struct owners_build {
	const wp_deadline_rec *old;
	wp_deadline_rec *rec;
};

/* New owners keep the status they had under the same name. */
static void add_owner(void *ctx, const char *name)
{
	struct owners_build *b = ctx;
	wp_date on = WP_DATE_NONE;
	for (size_t i = 0; i < b->old->nowners; i++)
		if (strcmp(b->old->owners[i].unit, name) == 0)
			on = b->old->owners[i].submitted_on;
	wp_deadline_rec_add_owner(b->rec, name, on);
}

static bool activity_of_number(struct tui *t, int64_t campaign, const char *no, int64_t *id,
			       wp_err *err)
{
	wp_matrix m;
	*id = 0;
	if (!no)
		return true;
	if (wp_query_matrix(t->st, campaign, &m, err) != 0)
		return false;
	for (size_t i = 0; i < m.nactivities; i++)
		if (strcmp(m.activities[i].number, no) == 0)
			*id = m.activities[i].id;
	wp_matrix_clear(&m);
	if (!*id)
		wp_err_set(err, _("there is no activity numbered %s"), no);
	return *id != 0;
}

/* The rule as written (caller frees, NULL: none). A rule typed in the
 * notice's words is also how it is written: it fills an empty field, and
 * replaces the old words when the due date changed and they did not (they
 * described the old rule). */
static char *as_written(const struct form *f, const wp_deadline_rec *old)
{
	const char *written = form_value(f, D_AS_WRITTEN), *due = form_value(f, D_DUE);
	char before[64];
	wp_rule_format(&old->rule, before, sizeof before);
	bool due_changed = strcmp(due ? due : "", before) != 0;
	bool words_kept = written && old->rule_text && strcmp(written, old->rule_text) == 0;
	if (due_changed && words_kept)
		written = NULL;
	if (!written && due && has_non_ascii(due))
		written = due;
	return written ? wp_xstrdup(written) : NULL;
}

/* The field a refused deadline's error concerns, found the way core
 * checks a deadline (model.c), or -1. */
static int deadline_error_field(const wp_deadline_rec *rec)
{
	if (!rec->what)
		return D_WHAT;
	if (rec->rule.kind == WP_RULE_RELATIVE && !rec->activity_id &&
	    (rec->rule.anchor == WP_ANCHOR_ACTIVITY_START || rec->rule.anchor == WP_ANCHOR_ACTIVITY_END))
		return D_ACTIVITY;
	if ((rec->rule.kind == WP_RULE_DATE && rec->rule.fixed == WP_DATE_NONE) ||
	    (rec->rule.kind == WP_RULE_RELATIVE &&
	     (rec->rule.offset < -WP_RULE_MAX_OFFSET || rec->rule.offset > WP_RULE_MAX_OFFSET)))
		return D_DUE;
	if (rec->nowners)
		return D_WHO; /* a unit listed twice, or a name core refused */
	return -1;
}

static bool deadline_save(struct tui *t, struct form *f, wp_err *err)
{
	struct deadline_ctx *c = f->ctx;
	wp_deadline_rec rec = WP_DEADLINE_REC_INIT;
	rec.id = c->rec.id;
	rec.revision = c->rec.revision;
	rec.campaign_id = c->rec.campaign_id;
	const char *roll = form_value(f, D_ROLL);
	wp_input_ctx ctx = input_ctx(t, rec.campaign_id, WP_DATE_NONE);
	bool ok = (activity_of_number(t, rec.campaign_id, form_value(f, D_ACTIVITY),
				      &rec.activity_id, err) ||
		   field_refused(f, D_ACTIVITY, err)) &&
		  (wp_input_rule(form_value(f, D_DUE), &ctx, rec.activity_id != 0, &rec.rule, err) == 0 ||
		   field_refused(f, D_DUE, err));
	rec.rule.roll_forward = roll && (roll[0] == 'y' || roll[0] == 'Y' || strcmp(roll, "是") == 0);
	if (ok) {
		rec.what = dup_field(f, D_WHAT);
		rec.rule_text = as_written(f, &c->rec);
		rec.submit_to_unit = dup_field(f, D_TO_UNIT);
		rec.submit_to = dup_field(f, D_TO);
		rec.notes = dup_field(f, D_NOTES);
		struct owners_build b = {&c->rec, &rec};
		split_names(form_value(f, D_WHO), add_owner, &b);
		ok = wp_deadline_save(t->st, &rec, err) == 0;
		if (!ok)
			f->error_field = deadline_error_field(&rec);
	}
	if (ok) {
		undo_record_deadline(t, c->rec.id ? &c->rec : NULL, &rec);
		tui_message(t, false, "%s", _("Deadline saved (u undoes)."));
		tui_reload(t);
	}
	wp_deadline_rec_clear(&rec);
	return ok;
}

static void deadline_form(struct tui *t, struct deadline_ctx *c, const char *title)
{
	const wp_deadline_rec *r = &c->rec;
	char due[64];
	wp_rule_format(&r->rule, due, sizeof due);
	wp_activity_rec a = WP_ACTIVITY_REC_INIT; /* its number, at any length */
	wp_err err;
	if (r->activity_id && wp_activity_load(t->st, r->activity_id, &a, &err) != 0)
		a = (wp_activity_rec)WP_ACTIVITY_REC_INIT;
	wp_buf who = WP_BUF_INIT;
	for (size_t i = 0; i < r->nowners; i++)
		wp_buf_printf(&who, "%s%s", i ? "、" : "", r->owners[i].unit);
	struct form *f = form_new(title, deadline_save, c, deadline_ctx_free);
	form_field(f, N_("What is due"), N_("such as 报送总结"), r->what);
	form_field(f, N_("Due"), N_("结束后2个工作日, 开始前3天, 活动结束后一周内, 4月29日前, 2 workdays after end"), due);
	form_field(f, N_("Roll forward"), N_("y: a due day off work moves to the next working day"),
		   r->rule.roll_forward ? "y" : "n");
	form_field(f, N_("As written"), N_("the notice's words: 宣传活动周结束2个工作日后"), r->rule_text);
	form_field(f, N_("Who submits"), N_("units, separated by 、"), wp_buf_str(&who));
	form_field(f, N_("To unit"), NULL, r->submit_to_unit);
	form_field(f, N_("To (address)"), N_("e-mail or office"), r->submit_to);
	form_field(f, N_("Activity"), N_("its number, if the deadline belongs to one"), a.number);
	form_field(f, N_("Notes"), NULL, r->notes);
	form_field_check(f, D_DUE, check_deadline_due);
	wp_activity_rec_clear(&a);
	wp_buf_free(&who);
	form_push(t, f);
}

void forms_deadline_new(struct tui *t)
{
	if (!t->campaign_id) {
		tui_message(t, true, "%s", _("Choose a campaign first (c)."));
		return;
	}
	struct deadline_ctx *c = wp_xcalloc(1, sizeof *c);
	c->rec = (wp_deadline_rec)WP_DEADLINE_REC_INIT;
	c->rec.campaign_id = t->campaign_id;
	deadline_form(t, c, _("New deadline"));
}

void forms_deadline_edit(struct tui *t, int64_t id)
{
	struct deadline_ctx *c = wp_xcalloc(1, sizeof *c);
	wp_err err;
	if (wp_deadline_load(t->st, id, &c->rec, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		free(c);
		return;
	}
	deadline_form(t, c, _("Edit deadline"));
}

void forms_deadline_delete(struct tui *t, int64_t id)
{
	wp_deadline_rec rec;
	wp_snapshot *snap = NULL;
	wp_err err;
	if (wp_deadline_load(t->st, id, &rec, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	if (wp_snapshot_deadline(t->st, id, &snap, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		wp_deadline_rec_clear(&rec);
		return;
	}
	wp_buf q = WP_BUF_INIT;
	wp_buf_printf(&q, _("Delete the deadline %s?"), rec.what);
	if (tui_confirm(t, wp_buf_str(&q))) {
		if (wp_deadline_delete(t->st, id, rec.revision, &err) == 0) {
			undo_record_delete(t, snap, 0);
			snap = NULL;
			tui_message(t, false, "%s", _("Deadline deleted (u undoes)."));
		} else {
			tui_message(t, true, "%s", err.msg);
		}
		tui_reload(t);
	}
	wp_buf_free(&q);
	wp_snapshot_free(snap);
	wp_deadline_rec_clear(&rec);
}

/* ---- units ------------------------------------------------------------------------- */

void forms_unit_bring_in(struct tui *t, int64_t activity)
{
	char text[512] = "";
	if (!tui_prompt(t, _("Unit to cooperate in this activity:"), text, sizeof text) || !*text)
		return;
	wp_campaign_rec c;
	wp_err err;
	int64_t unit;
	if (wp_campaign_load(t->st, t->campaign_id, &c, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	int rc = wp_store_begin(t->st, &err);
	if (rc == 0)
		rc = wp_unit_ensure(t->st, c.region ? c.region : "", text, &unit, &err);
	if (rc == 0)
		rc = wp_store_commit(t->st, &err);
	else
		wp_store_rollback(t->st);
	wp_campaign_rec_clear(&c);
	if (rc != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	char current;
	if (wp_edit_get_role(t->st, activity, unit, &current, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	if (current)
		tui_message(t, false, _("%s already has a role in this activity."), text);
	else if (tui_set_role(t, activity, unit, 0, 'C'))
		tui_message(t, false, _("%s now cooperates in this activity (u undoes)."), text);
}
