/* notice-slots.c - the slots of a day-by-day schedule, one a line under
 * its day (notice-days.c finds the days and the lines): the time, then
 * fields set apart by wide spaces or by runs of spaces. A field is
 * labelled (地点：…　主办：…　承办：…) or plain, and plain fields come in
 * the order the genre writes them: title, place, the unit that runs it
 * (its helpers in a bracket, X（配合：Y、Z）, or the whole in brackets)
 * and, as a fourth field, its helpers. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-line.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

void wp_notice_slot_init(struct wp_slot *s)
{
	*s = (struct wp_slot){.host = json_array(), .doer = json_array(), .helper = json_array()};
}

void wp_notice_slot_free(struct wp_slot *s)
{
	free(s->title);
	free(s->place);
	free(s->charge);
	json_decref(s->host);
	json_decref(s->doer);
	json_decref(s->helper);
}

/* The （ that opens the bracket s ends with, a bracket inside it counted
 * (办公室（配合：各县（市、区）文物管理所）); NULL when s ends with none. */
static const char *bracket_at_end(const char *s)
{
	const char *open = NULL;
	int depth = 0;
	for (const char *p = s; *p; p += wp_str_char_len(p)) {
		if (wp_str_starts(p, "（")) {
			if (depth++ == 0)
				open = p;
		} else if (wp_str_starts(p, "）") && depth > 0 && --depth == 0 && !p[strlen("）")]) {
			return open;
		}
	}
	return NULL;
}

/* What is inside the bracket at open, which closes s (caller frees). */
static char *inside(const char *open)
{
	const char *in = open + strlen("（");
	return wp_str_sub(in, strlen(in) - strlen("）"));
}

/* The title field of a schedule line: its name up to a ， (消防安全专题讲
 * 座，邀请…授课); a bracket at its end that is a remark (（每场限20人，需
 * 提前预约）: a clause, set apart by ，or ；) is left out, and one that is
 * not gives the place (启动仪式（学校田径场）) when no field gives one. */
static void slot_title(struct wp_slot *s, const char *field)
{
	char *title = wp_str_trim_end(field, wp_notice_end_punct);
	const char *open = bracket_at_end(title);
	if (open && open > title) {
		char *in = inside(open);
		bool remark = wp_str_find(in, "，") || wp_str_find(in, "；");
		/* 进校园活动（第一场）: the session is the title's own, after the
		 * title's first clause (X，邀请…授课（第一场）: X（第一场）) */
		size_t session = wp_notice_session_at(in);
		if (session && !in[session]) {
			free(in);
			const char *comma = wp_str_find(title, "，");
			if (comma && comma > title && comma < open)
				memmove(title + (comma - title), open, strlen(open) + 1);
			s->title = title;
			return;
		}
		if (remark || !s->place) {
			if (!remark)
				s->place = in;
			else
				free(in);
			title[open - title] = '\0';
		} else {
			free(in);
		}
	}
	const char *comma = wp_str_find(title, "，");
	if (comma && comma > title)
		title[comma - title] = '\0';
	s->title = title;
}

enum field_kind { FIELD_FILED, FIELD_PLAIN, FIELD_FOREIGN };

/* Does a plain field read like prose (a ，or 。 outside brackets)? */
static bool prose_field(const char *field)
{
	static const char *const stops[] = {"，", "。", "：", NULL};
	char *head = wp_notice_upto_outside(field, stops);
	bool prose = strlen(head) < strlen(field);
	free(head);
	return prose;
}

/* Files the field of len bytes at f under its label (the first unlabelled
 * one is the title, 内容： titles it too): FIELD_FILED; FIELD_PLAIN for a
 * later unlabelled field, FIELD_FOREIGN for any other. */
static enum field_kind file_field(struct wp_slot *s, const char *f, size_t len)
{
	char *field = wp_str_sub(f, len);
	size_t n;
	const struct wp_field_label *label = wp_field_label_at(field, &n);
	bool colon = label && wp_str_starts(field + n, "：");
	enum field_kind kind = FIELD_FILED;
	if (colon && label->field == WP_FIELD_PLACE && !s->place)
		s->place = wp_xstrdup(field + n + strlen("："));
	else if (colon && label->field == WP_FIELD_CONTENT && !s->title)
		/* 内容：非遗展示（竹编、刺绣）: the cell as written */
		s->title = wp_str_trim_end(field + n + strlen("："), wp_notice_end_punct);
	else if ((n = wp_word_at(field, WP_WORDS_HOST_LABEL)))
		wp_notice_split_units(field + n, s->host);
	else if ((n = wp_word_at(field, WP_WORDS_DOER_LABEL)))
		wp_notice_split_units(field + n, s->doer);
	else if ((n = wp_word_at(field, WP_WORDS_HELPER_LABEL)))
		wp_notice_split_units(field + n, s->helper);
	else if ((n = wp_word_at(field, WP_WORDS_CHARGE_LABEL)) && !s->charge)
		s->charge = wp_xstrdup(field + n);
	else if (!s->title && !wp_str_find(field, "："))
		slot_title(s, field);
	else
		kind = s->title && !prose_field(field) ? FIELD_PLAIN : FIELD_FOREIGN;
	free(field);
	return kind;
}

bool wp_notice_slot_field(struct wp_slot *s, const char *f, size_t len)
{
	return file_field(s, f, len) == FIELD_FILED;
}

/* A plain unit field: 陈列展览部（配合：办公室、保卫部） runs it with
 * helpers, （文化科） is the unit in brackets. */
static void slot_units(struct wp_slot *s, const char *field)
{
	char *unit = wp_xstrdup(field);
	if (bracket_at_end(unit) == unit) {
		char *in = inside(unit);
		free(unit);
		unit = in;
	}
	const char *open = bracket_at_end(unit);
	if (open && open > unit) {
		char *in = inside(open);
		size_t n = wp_word_at(in, WP_WORDS_HELPER_LABEL);
		if (n) {
			wp_notice_split_units(in + n, s->helper);
			unit[open - unit] = '\0';
		}
		free(in);
	}
	if (!s->charge)
		s->charge = unit;
	else
		free(unit);
}

/* Does a plain field name units (a bracket around them, or helpers in one,
 * counted)? */
static bool units_field(const char *field)
{
	struct wp_slot probe;
	wp_notice_slot_init(&probe);
	slot_units(&probe, field);
	bool units = json_array_size(probe.helper) > 0 || wp_notice_units_like(probe.charge);
	wp_notice_slot_free(&probe);
	return units;
}

/* The plain fields after the title, by their place: one alone is the
 * unit when it names units, else the place; of more, place, unit and
 * helpers. false when they cannot be so (a place given twice). */
static bool plain_fields(struct wp_slot *s, char **f, size_t n)
{
	size_t unit = n >= 2 ? 1 : units_field(f[0]) ? 0 : n;
	if (unit != 0) {
		if (s->place)
			return false;
		s->place = wp_xstrdup(f[0]);
	}
	if (unit < n)
		slot_units(s, f[unit]);
	if (n == 3)
		wp_notice_split_units(f[2], s->helper);
	return true;
}

/* Past a leader at p (wp_nline_leader_at); p if there is none. */
static const char *past_leader(const char *p)
{
	return p + wp_nline_leader_at(p);
}

/* Past the gap between two fields at p: wide spaces, two spaces or more,
 * or a leader; p if there is none. */
static const char *past_gap(const char *p)
{
	const char *q = past_leader(p);
	if (q != p)
		return q;
	bool wide = false;
	size_t spaces = 0;
	for (;; q += wp_str_char_len(q)) {
		if (wp_str_starts(q, "　"))
			wide = true;
		else if (*q == ' ')
			spaces++;
		else
			break;
	}
	return wide || spaces >= 2 ? q : p;
}

bool wp_notice_slot_label_line(struct wp_slot *s, const char *line)
{
	json_t *units = NULL; /* the list the last label opened */
	bool any = false;
	for (const char *p = past_gap(line); *p;) {
		const char *end = p;
		while (*end && past_gap(end) == end)
			end += wp_str_char_len(end);
		size_t len = (size_t)(end - p), n;
		char *field = wp_str_sub(p, len);
		/* 主办：县农业农村局　县市场监管局: a list set apart by a wide
		 * space goes on the label before it */
		bool labelled = wp_str_find(field, "：") != NULL;
		if (!labelled && units) {
			wp_notice_split_units(field, units);
		} else if (!labelled || file_field(s, p, len) != FIELD_FILED) {
			free(field);
			return false;
		} else {
			any = true;
			units = (n = wp_word_at(field, WP_WORDS_HOST_LABEL)) ? s->host
				: (n = wp_word_at(field, WP_WORDS_DOER_LABEL)) ? s->doer
				: (n = wp_word_at(field, WP_WORDS_HELPER_LABEL)) ? s->helper : NULL;
		}
		free(field);
		p = *end ? past_gap(end) : end;
	}
	return any;
}

#define MAX_PLAIN 3

/* The place after the last leader of body (启动仪式……………………县文化广场
 * -> 县文化广场), where the fields before it end in *before; NULL when
 * body has no leader. Caller frees. */
static char *place_after_leader(const char *body, const char **before)
{
	const char *last = NULL, *after = NULL;
	for (const char *p = body; *p; p += wp_str_char_len(p)) {
		const char *q = past_leader(p);
		if (q != p) {
			last = p, after = q;
			p = q;
			if (!*p)
				break;
		}
	}
	if (!last || !*after)
		return NULL;
	*before = last;
	return wp_str_trim_end(after, NULL);
}

bool wp_notice_read_slot(const char *body, struct wp_slot *s)
{
	wp_notice_slot_init(s);
	char *plain[MAX_PLAIN];
	size_t fields = 0, nplain = 0;
	bool ok = true;
	/* a programme's place is what its leader runs to, whatever it names
	 * (局三楼会议室 reads like a unit); a bracket closing the title is
	 * then the title's own (专题访谈（直播）) */
	const char *stop = NULL;
	s->place = place_after_leader(body, &stop);
	char *head = s->place ? wp_str_sub(body, (size_t)(stop - body)) : NULL;
	if (head) {
		body = head;
		fields++;
	}
	for (const char *p = body; *p && ok;) {
		const char *end = p;
		while (*end && past_gap(end) == end)
			end += wp_str_char_len(end);
		size_t len = (size_t)(end - p);
		enum field_kind kind = len ? file_field(s, p, len) : FIELD_FILED;
		if (kind == FIELD_PLAIN && nplain < MAX_PLAIN)
			plain[nplain++] = wp_str_sub(p, len);
		else if (kind != FIELD_FILED)
			ok = false;
		fields += len > 0;
		p = *end ? past_gap(end) : end;
	}
	if (ok && nplain)
		ok = plain_fields(s, plain, nplain);
	for (size_t k = 0; k < nplain; k++)
		free(plain[k]);
	free(head);
	return ok && s->title && fields >= 2;
}

/* The lead and helpers of a slot: 主办 leads, and 承办 then 协办
 * cooperate; with no 主办, 承办 leads and 协办 cooperates (as 由X主办，Y
 * 承办，Z协办 reads); with neither, the units in charge lead (负责部门：
 * 保卫科牵头，总务处配合 reads as a sentence of roles, a bare list all
 * leads, or its first when the notice says the first listed leads), the
 * helpers cooperating. */
static void slot_roles(struct reader *r, json_t *a, struct wp_slot *s)
{
	json_t *lead = json_array_size(s->host) ? s->host : s->doer;
	json_t *coop = json_array();
	if (lead == s->host)
		json_array_extend(coop, s->doer);
	if (s->charge && json_array_size(lead) == 0) {
		json_t *charged, *helped;
		wp_notice_read_units(r, s->charge, &charged, &helped);
		/* a bare list (no roles said): all lead, or its first when the
		 * notice says so (责任单位中排在首位的为牵头单位) */
		bool ordered = wp_notice_first_listed_leads(r) || wp_notice_list_marks_roles(s->charge);
		if (json_array_size(helped) == 0 && ordered &&
		    (json_array_size(charged) == 0 || wp_notice_units_like(s->charge))) {
			json_array_clear(charged);
			wp_notice_split_lead_list(r, s->charge, charged, helped);
		} else if (json_array_size(charged) == 0 && json_array_size(helped) == 0) {
			wp_notice_split_units(s->charge, charged);
		}
		json_array_extend(coop, helped);
		json_decref(helped);
		json_array_extend(coop, s->helper);
		json_object_set_new(a, "lead", charged);
	} else {
		json_array_extend(coop, s->helper);
		json_object_set(a, "lead", lead);
	}
	json_object_set_new(a, "cooperate", coop);
}

void wp_notice_add_slot(struct reader *r, const char *no, const wp_ndate *days, const char *line, const char *body,
			struct wp_slot *s)
{
	json_t *a = wp_notice_new_activity(no, s->title);
	wp_notice_set_read_dates(a, days);
	if (body != line) {
		char *when = wp_str_sub(line, (size_t)(body - line));
		wp_notice_set_times(a, when);
		free(when);
	}
	/* 地点：同上: the place of the entry above */
	json_t *above = json_array_get(r->activities, json_array_size(r->activities) - 1);
	json_t *above_place = above ? json_object_get(above, "location") : NULL;
	if (s->place && wp_word_is(s->place, WP_WORDS_SAME_AS_ABOVE))
		json_object_set(a, "location", above_place ? above_place : json_null());
	else if (s->place)
		json_object_set_new(a, "location", json_string(s->place));
	slot_roles(r, a, s);
	json_array_append_new(r->activities, a);
}
