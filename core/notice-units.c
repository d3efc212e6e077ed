/* notice-units.c - who leads and who cooperates in an activity item, from
 * the many ways notices say it: labelled lines (牵头单位：…), a trailing
 * bracketed list, 由X牵头, those who 参加, a sentence of units and their
 * roles; else the first sentence's own wording (X联合Y, X牵头，Y配合,
 * 市县两级X, its subject), read by notice-subject.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"


/* 由X牵头: X leads, even if the list put another unit first. */
static void apply_lead_phrase(struct reader *r, const char *body, struct units *u)
{
	const char *hit = wp_str_find(body, "由");
	for (; hit; hit = wp_str_find(hit + strlen("由"), "由")) {
		/* 由X牵头, 由X主办, 由X负责: the nearest of them */
		size_t role_len = 0;
		const char *lead_end = wp_notice_clause_end_lead(hit, &role_len);
		if (!lead_end)
			lead_end = wp_word_find_near(hit, WP_WORDS_LEAD_VERB, 90, &role_len);
		if (!lead_end)
			continue;
		const char *from = hit + strlen("由");
		char *x = wp_str_sub(from, (size_t)(lead_end - from));
		if (!wp_notice_units_like(x)) {
			free(x);
			continue;
		}
		/* 由X会同Y、Z联合举办: X leads, those it joins cooperate */
		/* (not 联合会, 联合党委, 协同创新中心: a join word inside a name;
		 * the units joined open with their level or 各) */
		size_t joined_len;
		json_t *partners = json_array();
		for (const char *joined = wp_word_find(x, WP_WORDS_JOIN, &joined_len); joined;
		     joined = wp_word_find(joined + joined_len, WP_WORDS_JOIN, &joined_len)) {
			const char *joins = joined + joined_len;
			if (joined > x &&
			    (wp_word_at(joins, WP_WORDS_LEVEL) || wp_word_at(joins, WP_WORDS_UPPER_LEVEL) || wp_str_starts(joins, "各")) &&
			    wp_notice_units_like(joins)) {
				wp_notice_split_units(joins, partners);
				x[joined - x] = '\0';
				break;
			}
		}
		/* 由X、Y牵头: each leads, in the list's spelling where it has one */
		json_t *all = json_array(), *leads = json_array(), *named = json_array();
		json_array_extend(all, u->lead);
		json_array_extend(all, u->coop);
		wp_notice_split_units(x, named);
		size_t i, k;
		json_t *v, *w;
		json_array_foreach(named, k, w) {
			json_t *name = NULL;
			json_array_foreach(all, i, v) if (!name && wp_notice_same_unit(r, json_string_value(v),
										     json_string_value(w))) name = v;
			json_array_append(leads, name ? name : w);
		}
		json_decref(named);
		json_t *coop = json_array();
		json_array_foreach(all, i, v) {
			bool leading = false;
			json_array_foreach(leads, k, w) leading = leading || wp_notice_same_unit(r, json_string_value(v),
												  json_string_value(w));
			if (!leading)
				json_array_append(coop, v);
		}
		json_array_foreach(partners, k, w) {
			bool listed = false;
			json_array_foreach(coop, i, v) listed = listed || wp_notice_same_unit(r, json_string_value(v),
											       json_string_value(w));
			if (!listed)
				json_array_append(coop, w);
		}
		json_decref(partners);
		/* 由X主办，Y承办，Z协办: the clauses that follow, each naming
		 * units before a helping verb, or after 会同 (由X牵头，会同Y、Z，
		 * 对…开展), cooperate; the lead's clause may go on first (由X负责
		 * 组织实施，Y配合) */
		static const char *const clause_end[] = {"，", "。", "；", NULL};
		const char *p = lead_end + role_len;
		/* 由X牵头、Y、Z配合: a 、 after the lead's verb opens the helpers'
		 * clause as a ， does; the verb, not the mark, parts the roles */
		bool opened = wp_str_skip(&p, "、");
		if (!opened)
			p += wp_str_span_upto(p, clause_end);
		for (int clauses = 0; clauses < 4 && (opened || wp_str_skip(&p, "，")); clauses++) {
			opened = false;
			size_t n = wp_str_span_upto(p, clause_end);
			char *clause = wp_str_sub(p, n);
			const char *at = NULL;
			for (const char *const *h = wp_words(WP_WORDS_HELP_VERB); *h && !at; h++)
				at = wp_str_find(clause, *h);
			size_t partner;
			const char *ends = at ? NULL : wp_word_find(clause, WP_WORDS_PARTNER_END, &partner);
			if (ends && !ends[partner])
				at = ends;
			char *y = at && at > clause ? wp_str_sub(clause, (size_t)(at - clause)) : NULL;
			/* 由X牵头，Y承办: Y leads too (WP_WORDS_UNDERTAKE) */
			bool undertakes = at && wp_word_at(at, WP_WORDS_UNDERTAKE) &&
					  wp_word_at(lead_end, WP_WORDS_COORDINATE) == role_len;
			size_t join = wp_word_at(clause, WP_WORDS_JOIN);
			if (!y && join)
				y = wp_xstrdup(clause + join);
			/* Y负责指导: 负责 goes with the helping verb */
			if (y && wp_str_ends(y, "负责") && strlen(y) > strlen("负责"))
				y[strlen(y) - strlen("负责")] = '\0';
			bool helps = y && wp_notice_units_like(y);
			if (helps)
				wp_notice_split_units(y, undertakes ? leads : coop);
			free(y);
			free(clause);
			if (!helps)
				break;
			p += n;
		}
		json_decref(u->lead);
		json_decref(u->coop);
		u->lead = leads;
		u->coop = coop;
		json_decref(all);
		free(x);
		return;
	}
}

/* 组委会成员单位、创新主体代表参加启动仪式: those taking part cooperate,
 * and the campaign's own lead unit (the committee chair) leads. */
static bool participants(struct reader *r, const char *body, struct units *u)
{
	char *first = wp_notice_first_sentence(body);
	const char *join = wp_str_find(first, "参加");
	bool found = false;
	if (join) {
		const char *start = first;
		for (const char *c = wp_str_find(first, "，"); c && c < join; c = wp_str_find(c + strlen("，"), "，"))
			start = c + strlen("，");
		char *who = wp_str_sub(start, (size_t)(join - start));
		json_t *names = json_array();
		wp_notice_split_units(who, names);
		size_t i;
		json_t *v;
		bool all_units = json_array_size(names) > 0;
		json_array_foreach(names, i, v) all_units = all_units && wp_notice_unit_like(json_string_value(v));
		if (all_units) {
			json_array_foreach(names, i, v) {
				/* 市知识产权宣传周组委会成员单位 -> 组委会成员单位 */
				const char *n = json_string_value(v), *c = wp_str_find(n, "组委会");
				json_array_append_new(u->coop, json_string(c ? c : n));
			}
			json_t *chair = json_array_get(r->committee_chair, 0);
			if (chair)
				json_array_append(u->lead, chair);
			found = true;
		}
		json_decref(names);
		free(who);
	}
	free(first);
	return found;
}

/* Cuts a trailing "）" that closes a bracket opened before the value. */
static void drop_unmatched_close(char *s)
{
	if (!s)
		return;
	int depth = 0;
	for (const char *p = s; *p; p++) {
		if (wp_str_starts(p, "（"))
			depth++;
		else if (wp_str_starts(p, "）"))
			depth--;
	}
	size_t n = strlen(s);
	while (depth < 0 && wp_str_ends_at(s, s + n, "）")) {
		s[n -= strlen("）")] = '\0';
		depth++;
	}
	/* 负责：望湖社区（配合：Y）: the next label sat inside a bracket the
	 * value opened; the value ends before it */
	while (depth > 0 && wp_str_ends_at(s, s + n, "（")) {
		s[n -= strlen("（")] = '\0';
		depth--;
	}
}

int wp_notice_unit_label(const char *name)
{
	const struct wp_field_label *l = wp_field_label_is(name);
	return !l ? 0 : l->field == WP_FIELD_LEAD ? 1 : l->field == WP_FIELD_COOP ? 2 : 0;
}

/* The value after "label：" for the first label of field (WP_FIELD_LEAD,
 * WP_FIELD_COOP) in body, up to the end of its clause or the next
 * cooperating label. Caller frees. */
/* 政教处　　责任人：马晓东: a value ends at a wide gap (a U+3000 or two
 * spaces) after which another field's short label and its colon begin. */
static void cut_at_next_label(char *v)
{
	for (char *p = v; p && *p; p += wp_str_char_len(p)) {
		size_t gap = wp_str_starts(p, "\xe3\x80\x80") ? 3 : wp_str_starts(p, "  ") ? 2 : 0;
		if (!gap)
			continue;
		const char *q = p + gap;
		while (wp_str_skip(&q, "\xe3\x80\x80") || wp_str_skip(&q, " "))
			;
		/* a look of a few bytes: the label is short */
		const char *colon = wp_notice_find_near(q, "：", 36);
		bool label = colon && colon > q;
		for (const char *c = q; label && c < colon; c += wp_str_char_len(c))
			label = !wp_str_starts(c, "、") && !wp_str_starts(c, "，");
		if (label) {
			*p = '\0';
			return;
		}
	}
}

/* 责任处室（单位）：X: the value after a label with a short note in
 * brackets before its ：, or NULL. Caller frees. */
static char *after_noted_label(const char *body, const char *name, const char *const *stops)
{
	char marker[40];
	snprintf(marker, sizeof marker, "%s（", name);
	const char *hit = wp_str_find(body, marker);
	const char *after = hit ? wp_str_note_end(hit + strlen(name), 24) : NULL;
	if (!after || !wp_str_starts(after, "："))
		return NULL;
	return wp_notice_after(after, "：", stops);
}

static char *labelled(const char *body, enum wp_field field)
{
	/* the value ends at its clause, or at a cooperating label and its
	 * colon (配合单位：, 协办：): 协办 alone is a role word the clause
	 * itself may end with (X负责，Y协办) */
	enum { MAX_STOPS = 40 };
	const char *stops[MAX_STOPS + 1] = {"。", "；", "\n"};
	char labels[MAX_STOPS][32];
	size_t nstops = 3;
	for (const struct wp_field_label *l = wp_field_labels; l->name && nstops < MAX_STOPS; l++)
		if (l->field == WP_FIELD_COOP) {
			snprintf(labels[nstops], sizeof labels[nstops], "%s：", l->name);
			stops[nstops] = labels[nstops];
			nstops++;
		}
	for (const char *const *w = wp_words(WP_WORDS_SHORT_COOP_LABEL); *w && nstops < MAX_STOPS; w++)
		stops[nstops++] = *w;
	stops[nstops] = NULL;
	char *v = NULL;
	for (const struct wp_field_label *l = wp_field_labels; l->name && !v; l++) {
		if (l->field != field)
			continue;
		char marker[32];
		snprintf(marker, sizeof marker, "%s：", l->name);
		v = wp_notice_after(body, marker, stops);
		if (!v)
			v = after_noted_label(body, l->name, stops);
	}
	/* （牵头：X；参与：Y）, 负责部门：X　　配合：Y, a line 牵头：X　　配合：Y:
	 * the roles alone, only after a bracket, a ；, a wide gap or at the
	 * start of a line */
	const char *const *shorts = wp_words(field == WP_FIELD_LEAD ? WP_WORDS_SHORT_LEAD_LABEL
								  : WP_WORDS_SHORT_COOP_LABEL);
	for (const char *const *w = shorts; *w && !v; w++) {
		const char *at = wp_str_find(body, *w);
		if (at && (at == body || wp_str_ends_at(body, at, "\n") || wp_str_ends_at(body, at, "（") ||
			   wp_str_ends_at(body, at, "；") ||
			   wp_str_ends_at(body, at, "\xe3\x80\x80") || wp_str_ends_at(body, at, "  ")))
			v = wp_notice_after(at, *w, stops);
	}
	cut_at_next_label(v);
	wp_notice_cut_at_comma_label(v);
	/* 配合部门：无: the label is written, the units are none */
	if (v && wp_word_is(v, WP_WORDS_NO_UNIT_VALUE)) {
		free(v);
		return NULL;
	}
	return v;
}


/* 城管办　各社区: units a wide gap (U+3000s) apart with no 、, as a list
 * A、B (caller frees), or NULL when s is not only such units. */
static char *units_apart_by_wide_gaps(const char *s)
{
	static const char wide[] = "\xe3\x80\x80";
	if (!wp_str_find(s, wide))
		return NULL;
	wp_buf b = WP_BUF_INIT;
	bool ok = true;
	for (const char *p = s; *p && ok;) {
		const char *gap = wp_str_find(p, wide);
		size_t n = gap ? (size_t)(gap - p) : strlen(p);
		char *name = wp_str_sub(p, n);
		ok = n > 0 && wp_notice_unit_like(name) && !wp_str_find(name, "，");
		wp_buf_printf(&b, "%s%s", b.len ? "、" : "", name);
		free(name);
		p += n;
		while (wp_str_skip(&p, wide))
			;
	}
	if (ok)
		return wp_buf_take(&b);
	wp_buf_free(&b);
	return NULL;
}

/* Removes from coop the units lead names. */
static void drop_leads_from(json_t *coop, json_t *lead)
{
	for (size_t i = json_array_size(coop); i-- > 0;) {
		const char *name = json_string_value(json_array_get(coop, i));
		size_t k;
		json_t *v;
		json_array_foreach(lead, k, v) {
			if (strcmp(json_string_value(v), name) == 0) {
				json_array_remove(coop, i);
				break;
			}
		}
	}
}

/* 牵头单位：X / 配合单位：Y lines (or a （承办单位：X；协办单位：Y）).
 * A 主办单位 hosts and leads; the 承办单位 that does the work for it
 * then cooperates. A lead list without a cooperating one may hold both
 * (see wp_notice_split_lead_list). Returns whether any label was found. */
static bool labelled_units(struct reader *r, const char *body, struct units *u)
{
	char *lead = labelled(body, WP_FIELD_LEAD);
	char *coop = labelled(body, WP_FIELD_COOP);
	const char *const clause[] = {"。", "；", "\n", NULL};
	bool hosted = (wp_str_find(body, "主办单位：") || wp_str_find(body, "主办：")) &&
		      !wp_str_find(body, "牵头单位：") && !wp_str_find(body, "责任单位：");
	char *host_helper = hosted ? wp_notice_after(body, "承办单位：", clause) : NULL;
	if (hosted && !host_helper) /* 主办：X / 承办：Y, a slide's short labels */
		host_helper = wp_notice_after(body, "承办：", clause);

	if (!lead && !coop) {
		free(host_helper);
		return false;
	}
	/* 牵头单位：X　　责任单位：X、Y、Z on one line: X leads, and the units
	 * the 责任单位 list adds (X again, often) cooperate */
	const char *head = wp_str_find(body, "牵头单位：");
	const char *duty = lead && !coop && head ? wp_str_find(head, "责任单位：") : NULL;
	bool duty_list = duty != NULL;
	if (duty) {
		coop = wp_notice_after(duty, "责任单位：", clause);
		cut_at_next_label(coop);
	}
	/* （承办单位：X；协办单位：Y）: the list's own closing bracket */
	drop_unmatched_close(lead);
	drop_unmatched_close(coop);
	drop_unmatched_close(host_helper);
	char *apart = lead ? units_apart_by_wide_gaps(lead) : NULL;
	if (apart) { /* 责任科室：城管办　各社区: a list, without its 、 */
		free(lead);
		lead = apart;
	}
	/* 责任科室：社会事务办、团工委牵头，各社区参与: clauses of units and roles */
	bool lead_alone = lead && !coop && !host_helper;
	if (lead_alone && wp_notice_units_and_roles(lead, u->lead, u->coop)) {
		/* each clause said its role */
	} else if (lead_alone) {
		wp_notice_split_lead_list(r, lead, u->lead, u->coop);
	} else if (lead && !wp_notice_list_marks_roles(lead) && wp_notice_first_listed_leads(r)) {
		/* 责任单位：区教育局、区市场监督管理局 / 配合单位：… under 排在首位
		 * 的为牵头单位: the rest of the list cooperates, first */
		json_t *all = json_array();
		wp_notice_split_units(lead, all);
		wp_notice_first_leads(all, u->lead, u->coop);
		json_decref(all);
	} else if (lead) {
		wp_notice_split_units(lead, u->lead);
	}
	if (host_helper)
		wp_notice_split_units(host_helper, u->coop);
	if (coop)
		wp_notice_split_units(coop, u->coop);
	if (duty_list)
		drop_leads_from(u->coop, u->lead);
	free(lead);
	free(coop);
	free(host_helper);
	return true;
}

/* The role a name marks for itself: 市知识产权局（牵头）, 市公安局配合.
 * Returns 1 for lead, 2 for cooperate, 0 for none, and cuts the mark. */
static int own_role(char *name)
{
	size_t len;
	enum wp_role role = wp_unit_mark_role(name, &len);
	name[strlen(name) - len] = '\0';
	return (int)role;
}

/* 责任单位：市知识产权局（牵头）、市公安局、市司法局: a unit marked 牵头
 * leads and the unmarked ones of its list cooperate; one marked 配合
 * cooperates. Rewrites u when any name carries a mark. */
static void apply_marks(struct units *u)
{
	json_t *lead = json_array(), *coop = json_array(), *plain_lead = json_array();
	bool marked = false, lead_marked = false;
	json_t *lists[2] = {u->lead, u->coop};
	for (int l = 0; l < 2; l++) {
		size_t i;
		json_t *v;
		json_array_foreach(lists[l], i, v) {
			char *name = wp_xstrdup(json_string_value(v));
			int role = own_role(name);
			marked = marked || role;
			lead_marked = lead_marked || role == 1;
			json_t *to = role == 1 ? lead : role == 2 ? coop : l == 0 ? plain_lead : coop;
			json_array_append_new(to, json_string(name));
			free(name);
		}
	}
	if (!marked) {
		json_decref(lead), json_decref(coop), json_decref(plain_lead);
		return;
	}
	/* unmarked names the text put in the lead cooperate once another is
	 * marked as the lead */
	json_array_extend(lead_marked ? coop : lead, plain_lead);
	json_decref(plain_lead);
	json_decref(u->lead);
	json_decref(u->coop);
	u->lead = lead;
	u->coop = coop;
}

/* （A、B牵头，C、D配合）: each group of a list that ends in its role
 * takes it whole. False (u untouched) unless every group is marked. */
static bool marked_groups(const char *list, struct units *u)
{
	static const char *const group_end[] = {"，", "；", NULL};
	json_t *lead = json_array(), *coop = json_array();
	bool all = true;
	for (const char *p = list; *p && all;) {
		size_t n = wp_str_span_upto(p, group_end);
		char *group = wp_str_sub(p, n);
		size_t len;
		enum wp_role role = wp_unit_mark_role(group, &len);
		all = role != 0 && len < strlen(group);
		if (all) {
			group[strlen(group) - len] = '\0';
			wp_notice_split_units(group, role == WP_ROLE_LEAD ? lead : coop);
		}
		free(group);
		p += n;
		p += wp_str_span_of(p, group_end);
	}
	all = all && json_array_size(lead) > 0;
	if (all) {
		json_array_extend(u->lead, lead);
		json_array_extend(u->coop, coop);
	}
	json_decref(lead);
	json_decref(coop);
	return all;
}

/* 团县委组织…。县文明办配合。: a clause that is only units and the verb of
 * those who help (县文明办负责督导: 负责 before the verb is part of it),
 * a sentence of its own or the end of one (…，由X牵头，在Y开展演练，A、B
 * 配合。), or units that take part (，县安委会各成员单位参加，). Read when
 * nothing else named helpers. */
static void helpers_sentence(const char *body, struct units *u)
{
	static const char *const ends[] = {"。", "\n", "；", "，", NULL};
	for (const char *p = body; *p;) {
		size_t n = wp_str_span_upto(p, ends);
		char *raw = wp_str_sub(p, n), *sentence = wp_str_trim_end(raw, wp_notice_end_punct);
		free(raw);
		/* 由X承办, 启动仪式由X承办: a clause of who runs it, read with
		 * the lead phrases */
		bool ended = wp_str_find(sentence, "由") != NULL;
		for (const char *const *h = wp_words(WP_WORDS_TAKE_PART); *h && !ended; h++) {
			if (!wp_str_ends(sentence, *h) || strlen(sentence) == strlen(*h))
				continue;
			char *who = wp_str_sub(sentence, strlen(sentence) - strlen(*h));
			if (wp_notice_units_like(who)) {
				ended = true;
				wp_notice_split_units(who, u->coop);
			}
			free(who);
		}
		for (const char *const *h = wp_words(WP_WORDS_HELP_VERB); *h && !ended; h++) {
			if (!wp_str_ends(sentence, *h) || strlen(sentence) == strlen(*h))
				continue;
			ended = true;
			sentence[strlen(sentence) - strlen(*h)] = '\0';
			if (wp_str_ends(sentence, "负责") && strlen(sentence) > strlen("负责"))
				sentence[strlen(sentence) - strlen("负责")] = '\0';
			if (wp_notice_units_like(sentence) && !wp_str_find(sentence, "，"))
				wp_notice_split_units(sentence, u->coop);
		}
		/* 区融媒体中心配合做好宣传报道: units, then the help they give */
		size_t len;
		const char *help = ended ? NULL : wp_word_find(sentence, WP_WORDS_HELP_WITH, &len);
		char *x = help && help > sentence ? wp_str_sub(sentence, (size_t)(help - sentence)) : NULL;
		if (x && wp_notice_units_like(x) && !wp_str_find(x, "，"))
			wp_notice_split_units(x, u->coop);
		free(x);
		free(sentence);
		p += n;
		p += wp_str_span_of(p, ends);
	}
}


/* 执法监察支队会同各区（县）分局梳理…。执法监察支队负责。: a role sentence
 * naming the lead alone leaves the partner its first sentence names
 * (会同, 联合) to cooperate, when both name the same lead. */
static void partner_of_lead(struct reader *r, const char *body, struct units *u)
{
	if (json_array_size(u->coop) > 0 || json_array_size(u->lead) != 1)
		return;
	struct units s = {json_array(), json_array()};
	wp_notice_units_from_sentence(r, body, &s);
	const char *lead = json_string_value(json_array_get(s.lead, 0));
	if (json_array_size(s.lead) == 1 && wp_notice_same_unit(r, lead, json_string_value(json_array_get(u->lead, 0))))
		json_array_extend(u->coop, s.coop);
	json_decref(s.lead);
	json_decref(s.coop);
}


/* （市场监管局、海关）派员参加, 邀请市生态环境局派员现场指导: a clause of
 * units that send their people; they help, beside the helpers the labels
 * or other sentences named (the item keeps each unit once). */
static void sent_helpers(const char *body, struct units *u)
{
	static const char *const ends[] = {"。", "\n", "；", "，", NULL};
	for (const char *p = body; *p;) {
		size_t n = wp_str_span_upto(p, ends);
		char *raw = wp_str_sub(p, n), *clause = wp_str_trim_end(raw, wp_notice_end_punct);
		free(raw);
		const char *who = clause;
		size_t len = wp_word_at(who, WP_WORDS_INVITE);
		who += len;
		for (const char *const *w = wp_words(WP_WORDS_SENDS_PEOPLE); *w; w++) {
			if (!wp_str_ends(who, *w) || strlen(who) == strlen(*w))
				continue;
			char *units = wp_str_sub(who, strlen(who) - strlen(*w));
			if (wp_notice_units_like(units) && !wp_str_find(units, "由"))
				wp_notice_split_units(units, u->coop);
			free(units);
			break;
		}
		free(clause);
		p += n;
		p += wp_str_span_of(p, ends);
	}
}

static void read_units(struct reader *r, const char *body, struct units *u)
{
	u->lead = json_array();
	u->coop = json_array();
	if (labelled_units(r, body, u)) {
		/* the labels say it all */
	} else if (wp_notice_unit_in_charge(r, body, u->lead, u->coop)) {
		/* the person in charge's unit leads */
	} else {
		char *list = wp_notice_trailing_unit_list(body);
		if (!list)
			list = wp_notice_first_sentence_units(body);
		/* （X、Y牵头，Z承办）: a clause of each role, 承办 under a lead leads */
		if (list && !marked_groups(list, u) && !wp_notice_units_and_roles(list, u->lead, u->coop)) {
			json_t *all = json_array();
			wp_notice_split_units(list, all);
			wp_notice_first_leads(all, u->lead, u->coop);
			json_decref(all);
		}
		if (list) {
			free(list);
			apply_lead_phrase(r, body, u);
		} else if (wp_notice_role_sentence(body, u)) {
			partner_of_lead(r, body, u);
		} else {
			apply_lead_phrase(r, body, u);
			if (json_array_size(u->lead) == 0 && !participants(r, body, u))
				wp_notice_units_from_sentence(r, body, u);
			if (json_array_size(u->lead) == 0)
				wp_notice_lead_sentence(body, u);
		}
	}
	apply_marks(u);
	if (json_array_size(u->coop) == 0)
		helpers_sentence(body, u);
	sent_helpers(body, u);
	/* 负责人：王老师: persons lead when no unit does, as written */
	bool persons = json_array_size(u->lead) == 0 && wp_notice_persons_in_charge(body, u->lead);
	if (json_array_size(u->lead) == 0) {
		/* （县交通运输局配合） names only who helps: the subject leads */
		struct units s = {json_array(), json_array()};
		wp_notice_units_from_sentence(r, body, &s);
		json_array_extend(u->lead, s.lead);
		json_decref(s.lead);
		json_decref(s.coop);
	}
	if (!persons)
		u->lead = wp_notice_fix_names(r, u->lead);
	u->coop = wp_notice_fix_names(r, u->coop);
}

void wp_notice_read_units(struct reader *r, const char *body, json_t **lead, json_t **coop)
{
	struct units u;
	read_units(r, body, &u);
	*lead = u.lead;
	*coop = u.coop;
}
