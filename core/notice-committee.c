/* notice-committee.c - a notice's organising committee: its chair,
 * members and office (组委会, 领导小组, 联席会议). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"

/* Drops from units each name of a unit listed before it: a notice may set
 * up its office twice (in the text and again in the annex) or name a
 * member twice, and a unit holds a role once. Each comparison is a step
 * of the reader's budget. */
static void drop_repeated_units(struct reader *r, json_t *units)
{
	for (size_t i = 1; i < json_array_size(units);) {
		bool seen = false;
		for (size_t j = 0; j < i && !seen && wp_notice_step(r, 1); j++)
			seen = wp_notice_same_unit(r, json_string_value(json_array_get(units, j)),
						   json_string_value(json_array_get(units, i)));
		if (seen)
			json_array_remove(units, i);
		else
			i++;
	}
}

void wp_notice_read_committee(struct reader *r)
{
	json_t *chair = json_array(), *members = json_array(), *office = json_array();
	static const char *const stops[] = {"。", "\n", NULL};
	static const char *const office_stops[] = {"，", "。", "具体", "负责", NULL};
	const struct wp_outline *o = &r->outline;
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		char *v;
		/* 主任单位 (组长单位 in a 领导小组) chairs; 副主任单位 and 成员单位 are
		 * members: the outline has the label line's role */
		enum wp_committee_role role = o->para[i].committee;
		if (role == WP_COMMITTEE_CHAIR && (v = wp_notice_after(p, "：", stops))) {
			wp_notice_split_units(v, chair);
			free(v);
		} else if (role != WP_COMMITTEE_NONE && role != WP_COMMITTEE_CHAIR &&
			   (v = wp_notice_after(p, "：", stops))) {
			wp_notice_split_units(v, members);
			free(v);
			/* the list may go on over the following lines */
			for (size_t j = i + 1; j < r->t.n && wp_notice_step(r, 1); j++) {
				const char *q = r->t.para[j];
				int n;
				if (wp_str_find(q, "。") || wp_str_find(q, "：") || wp_outline_top(o, j, &n) ||
				    wp_outline_item(o, j, &n) || !(wp_str_find(q, "、") || wp_notice_unit_like(q)))
					break;
				wp_notice_split_units(q, members);
			}
		} else if ((v = wp_notice_after(p, "办公室设在", office_stops))) {
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "%s（组委会办公室）", v);
			json_array_append_new(office, json_string(wp_buf_str(&b)));
			wp_buf_free(&b);
			free(v);
		} else if (wp_str_find(p, "下设办公室") && (v = wp_notice_after(p, "组委会在", (const char *const[]){"下设", NULL}))) {
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "%s（组委会办公室）", v);
			json_array_append_new(office, json_string(wp_buf_str(&b)));
			wp_buf_free(&b);
			free(v);
		}
	}
	if (json_array_size(chair) + json_array_size(members) == 0) {
		/* 依托X各成员单位，由Y牵头: the joint conference is the committee. */
		for (size_t i = 0; i < r->t.n && !json_array_size(chair) && wp_notice_step(r, 1); i++) {
			const char *p = r->t.para[i], *base = wp_str_find(p, "依托"), *lead;
			if (!base || !(lead = wp_notice_find_near(base, "由", 300)) ||
			    !wp_notice_find_near(lead, "牵头", 90))
				continue;
			static const char *const clause_end[] = {"，", "。", NULL};
			char *x = wp_notice_upto(base + strlen("依托"), clause_end);
			lead += strlen("由");
			char *y = wp_str_sub(lead, (size_t)(wp_notice_find_near(lead, "牵头", 90) - lead));
			if (wp_notice_unit_like(x) && wp_notice_unit_like(y)) {
				json_array_append_new(members, json_string(x));
				json_array_append_new(chair, json_string(y));
			}
			free(x);
			free(y);
		}
	}
	drop_repeated_units(r, chair);
	drop_repeated_units(r, members);
	drop_repeated_units(r, office);
	json_array_extend(r->committee_chair, chair);
	json_array_extend(r->committee_names, chair);
	json_array_extend(r->committee_names, members);
	if (json_array_size(chair) + json_array_size(members) == 0) {
		json_decref(chair);
		json_decref(members);
		json_decref(office);
		json_object_set_new(r->plan, "committee", json_null());
		return;
	}
	json_object_set_new(r->plan, "committee", json_pack("{s:o, s:o, s:o}", "chair", chair,
							    "members", members, "office", office));
}

/* A committee whose office is not named where it is set up: the office
 * is where its reports go (要及时上报知识产权联席会议办公室). */
void wp_notice_office_from_reports(struct reader *r)
{
	json_t *office = json_object_get(json_object_get(r->plan, "committee"), "office");
	if (!office || json_array_size(office) > 0)
		return;
	size_t i;
	json_t *dl;
	json_array_foreach(r->deadlines, i, dl) {
		const char *to = json_string_value(json_object_get(dl, "submit_to"));
		if (!to)
			continue;
		/* 区市场监管局（x@y）: the office without its address */
		const char *bracket = wp_str_find(to, "（");
		char *name = wp_str_sub(to, bracket ? (size_t)(bracket - to) : strlen(to));
		if (wp_str_ends(name, "办公室")) {
			json_array_append_new(office, json_string(name));
			wp_notice_note(r, WP_TR("the committee office is taken to be %s, where reports go"), name);
			free(name);
			return;
		}
		free(name);
	}
}
