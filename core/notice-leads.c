/* notice-leads.c - which units of one list lead: before a ， at bracket
 * depth 0 (责任单位：A，B、C), those marked as the lead (A（牵头）、B、C), or
 * the first when the notice says the first listed leads (责任单位中排在首位
 * 的为牵头单位). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-reader.h"

/* Asked once, then remembered. */
bool wp_notice_first_listed_leads(struct reader *r)
{
	if (r->first_leads < 0) {
		r->first_leads = 0;
		for (size_t i = 0; i < r->t.n && !r->first_leads && wp_notice_step(r, 1); i++)
			for (const char *const *w = wp_words(WP_WORDS_FIRST_LEADS); *w && !r->first_leads; w++)
				r->first_leads = wp_str_find(r->t.para[i], *w) != NULL;
	}
	return r->first_leads > 0;
}

bool wp_notice_slash_leads(struct reader *r)
{
	if (r->slash_leads < 0) {
		r->slash_leads = 0;
		for (size_t i = 0; i < r->t.n && !r->slash_leads && wp_notice_step(r, 1); i++)
			for (const char *const *w = wp_words(WP_WORDS_SLASH_LEADS); *w && !r->slash_leads; w++)
				r->slash_leads = wp_str_find(r->t.para[i], *w) != NULL;
	}
	return r->slash_leads > 0;
}

bool wp_notice_list_marks_roles(const char *list)
{
	json_t *all = json_array();
	wp_notice_split_units(list, all);
	size_t i, len;
	json_t *v;
	bool marked = false;
	json_array_foreach(all, i, v)
		marked = marked || wp_unit_mark_role(json_string_value(v), &len) != WP_ROLE_NONE;
	json_decref(all);
	return marked;
}

/* 市粮食和物资储备局（牵头）、市农业农村局、市教育局: the unit marked as the
 * lead leads, one marked 配合 cooperates, and so do the unmarked ones
 * once another leads (in the list's order); with no lead marked they
 * lead. */
static void split_marked(const char *list, json_t *lead, json_t *coop)
{
	json_t *all = json_array();
	wp_notice_split_units(list, all);
	size_t i, len;
	json_t *v;
	bool lead_marked = false;
	json_array_foreach(all, i, v)
		lead_marked = lead_marked || wp_unit_mark_role(json_string_value(v), &len) == WP_ROLE_LEAD;
	json_array_foreach(all, i, v) {
		char *name = wp_xstrdup(json_string_value(v));
		enum wp_role role = wp_unit_mark_role(name, &len);
		name[strlen(name) - len] = '\0';
		bool leads = role == WP_ROLE_LEAD || (role == WP_ROLE_NONE && !lead_marked);
		json_array_append_new(leads ? lead : coop, json_string(name));
		free(name);
	}
	json_decref(all);
}

void wp_notice_split_lead_list(struct reader *r, const char *list, json_t *lead, json_t *coop)
{
	if (wp_notice_list_marks_roles(list)) {
		split_marked(list, lead, coop);
		return;
	}
	/* 区市场监管局（区知识产权局），区知识产权保护中心、…: the units
	 * before the first ， at bracket depth 0 lead */
	int depth = 0;
	const char *comma = NULL;
	for (const char *p = list; *p && !comma; p += wp_str_char_len(p)) {
		if (wp_str_starts(p, "（"))
			depth++;
		else if (wp_str_starts(p, "）"))
			depth -= depth > 0;
		else if (depth == 0 && wp_str_starts(p, "，"))
			comma = p;
	}
	if (comma) {
		char *head = wp_str_sub(list, (size_t)(comma - list));
		wp_notice_split_units(head, lead);
		wp_notice_split_units(comma + strlen("，"), coop);
		free(head);
		return;
	}
	json_t *all = json_array();
	wp_notice_split_units(list, all);
	if (wp_notice_first_listed_leads(r))
		wp_notice_first_leads(all, lead, coop);
	else
		json_array_extend(lead, all);
	json_decref(all);
}

void wp_notice_first_leads(json_t *units, json_t *lead, json_t *coop)
{
	size_t i;
	json_t *v;
	json_array_foreach(units, i, v) json_array_append(i == 0 ? lead : coop, v);
}
