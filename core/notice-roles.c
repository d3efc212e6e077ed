/* notice-roles.c - who leads and who cooperates, read from a sentence of
 * units and their roles (县疾控中心牵头，县教育局协助; X、Y共同组织，Z具体
 * 落实; work shared out in 负责 clauses), for notice-units.c. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* Does every name of list read like a unit, once its own mark of its
 * role (牵头, （配合）) is cut? Not an address or a room: a name with
 * an @ or a digit (政教处邮箱（x@y.cn）, 政教处（行政楼201室）) is where
 * something goes, not who does it. */
bool wp_notice_names_units(const char *list)
{
	if (strchr(list, '@') || strpbrk(list, "0123456789"))
		return false;
	json_t *names = json_array();
	wp_notice_split_units(list, names);
	bool ok = json_array_size(names) > 0;
	size_t i, len;
	json_t *v;
	json_array_foreach(names, i, v) {
		char *name = wp_xstrdup(json_string_value(v));
		wp_unit_mark_role(name, &len);
		name[strlen(name) - len] = '\0';
		ok = ok && wp_notice_unit_like(name);
		free(name);
	}
	json_decref(names);
	return ok;
}

/* Does list name units, bare or each clause ended by its role (（各县
 * （区）X负责，Y配合）: 负责 is a verb, no mark of the unit)? */
static bool names_units_in_roles(const char *list)
{
	if (wp_notice_names_units(list))
		return true;
	json_t *lead = json_array(), *coop = json_array();
	bool ok = wp_notice_units_and_roles(list, lead, coop);
	json_decref(lead);
	json_decref(coop);
	return ok;
}

/* The list in the last （…） of an item, if it names units. */
char *wp_notice_trailing_unit_list(const char *body)
{
	char *t = wp_str_trim_end(body, (const char *const[]){"。", NULL});
	size_t n = strlen(t);
	if (!wp_str_ends(t, "）")) {
		free(t);
		return NULL;
	}
	/* walk back from the end to the bracket that opens the last one */
	int depth = 0;
	for (size_t i = n; i > 0; i--) {
		if (wp_str_ends_at(t, t + i, "）")) {
			depth++;
			i -= strlen("）") - 1;
			continue;
		}
		if (wp_str_ends_at(t, t + i, "（")) {
			if (--depth == 0) {
				char *inner = wp_str_sub(t + i, n - i - strlen("）"));
				free(t);
				if (wp_str_find(inner, "：") || wp_str_find(inner, "。") || !names_units_in_roles(inner)) {
					free(inner);
					return NULL;
				}
				return inner;
			}
			i -= strlen("（") - 1;
		}
	}
	free(t);
	return NULL;
}

/* 一是举办X。6月26日在Y举办…（A牵头，B、C配合）。其中，当日…: a part of a
 * letter closes its first sentence with its units; what follows the
 * bracket (an event within it, the letter's closing paragraph) names
 * none. The list in that bracket, or NULL. */
char *wp_notice_first_sentence_units(const char *body)
{
	char *first = wp_notice_first_sentence(body);
	char *list = wp_notice_trailing_unit_list(first);
	free(first);
	return list;
}

enum wp_role wp_notice_clause_role(const char *clause, size_t *len)
{
	static const struct {
		enum wp_word_set words;
		enum wp_role role;
	} kinds[] = {{WP_WORDS_ROLE_LEAD_END, WP_ROLE_LEAD}, {WP_WORDS_ROLE_COOP_END, WP_ROLE_COOP}};
	enum wp_role role = WP_ROLE_NONE;
	*len = 0;
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
		for (const char *const *w = wp_words(kinds[k].words); *w; w++)
			if (strlen(*w) > *len && strlen(*w) < strlen(clause) && wp_str_ends(clause, *w)) {
				*len = strlen(*w);
				role = kinds[k].role;
			}
	return role;
}

/* 县疾控中心牵头，县教育局协助: a sentence that is only clauses of units,
 * each ended by its role. Adds them to lead and coop and returns true
 * when every clause is so and one leads; else adds nothing. */
bool wp_notice_units_and_roles(const char *sentence, json_t *lead, json_t *coop)
{
	static const char *const clause_end[] = {"，", NULL};
	json_t *l = json_array(), *c = json_array();
	bool ok = *sentence != '\0', unmarked_first = false, coordinated = false;
	for (const char *p = sentence; *p && ok;) {
		size_t n = wp_str_span_upto(p, clause_end), len;
		char *clause = wp_str_sub(p, n);
		enum wp_role role = wp_notice_clause_role(clause, &len);
		const char *ending = clause + strlen(clause) - len;
		/* X牵头，Y承办: Y leads too (WP_WORDS_UNDERTAKE) */
		if (role == WP_ROLE_COOP && coordinated && wp_word_is(ending, WP_WORDS_UNDERTAKE))
			role = WP_ROLE_LEAD;
		coordinated = coordinated || (role == WP_ROLE_LEAD && wp_word_is(ending, WP_WORDS_COORDINATE));
		clause[strlen(clause) - len] = '\0';
		/* 各县（市、区）委政法委，市司法局负责指导: the first clause, units
		 * with no word of their role before others that help, leads */
		if (role == WP_ROLE_NONE && p == sentence && wp_str_find(p + n, "，"))
			role = WP_ROLE_LEAD, unmarked_first = true;
		/* a count or an address is no unit (20名居民代表); 由X主办 is
		 * apply_lead_phrase's, whose conventions differ (承办) */
		ok = role != WP_ROLE_NONE && wp_notice_names_units(clause) && !wp_str_find(clause, "由");
		if (ok)
			wp_notice_split_units(clause, role == WP_ROLE_LEAD ? l : c);
		free(clause);
		p += n;
		wp_str_skip(&p, "，");
	}
	ok = ok && json_array_size(l) > 0 && (!unmarked_first || json_array_size(c) > 0);
	if (ok) {
		json_array_extend(lead, l);
		json_array_extend(coop, c);
	}
	json_decref(l);
	json_decref(c);
	return ok;
}

/* 各村（社区）负责摸清底数、陪同走访，镇社会事务办负责慰问金发放: a
 * sentence that shares out the work, each clause opening with units and
 * 负责: they all lead. False (nothing added) unless two clauses or more
 * and every one reads so. */
static bool shared_out(const char *sentence, struct units *u)
{
	json_t *units = json_array();
	size_t clauses = 0;
	bool all = true;
	for (const char *p = sentence; *p && all; clauses++) {
		size_t n = wp_str_span_upto(p, (const char *const[]){"，", NULL});
		char *clause = wp_str_sub(p, n);
		const char *duty = wp_str_find(clause, "负责");
		char *who = duty && duty > clause ? wp_str_sub(clause, (size_t)(duty - clause)) : NULL;
		all = who && wp_notice_units_like(who) && duty[strlen("负责")];
		if (all)
			wp_notice_split_units(who, units);
		free(who);
		free(clause);
		p += n;
		wp_str_skip(&p, "，");
	}
	bool ok = all && clauses >= 2;
	if (ok)
		json_array_extend(u->lead, units);
	json_decref(units);
	return ok;
}

/* A sentence of units and their roles read by lead and help verbs (X牵头,
 * 镇卫生院负责，各村配合…, X承办，Y协办), or one that shares out the work:
 * the last resort when neither role_sentence nor any subject named a
 * lead; the first such sentence counts. */
void wp_notice_lead_sentence(const char *body, struct units *u)
{
	static const char *const ends[] = {"。", "\n", "；", NULL};
	bool found = false;
	for (const char *p = body; *p && !found;) {
		size_t n = wp_str_span_upto(p, ends);
		char *raw = wp_str_sub(p, n), *sentence = wp_str_trim_end(raw, wp_notice_end_punct);
		free(raw);
		if (shared_out(sentence, u)) {
			found = true;
			free(sentence);
			break;
		}
		/* X牵头, 镇卫生院负责，各村配合…, X、Y共同组织, X承办，Y协办 */
		size_t verb_len = 0;
		const char *lead_at = wp_word_find(sentence, WP_WORDS_LEAD_VERB, &verb_len);
		char *lead = lead_at && lead_at > sentence ? wp_str_sub(sentence, (size_t)(lead_at - sentence)) : NULL;
		const char *after = lead_at ? lead_at + verb_len : NULL;
		/* X、Y分别负责: each leads its own part, so both lead */
		if (lead && wp_str_ends(lead, "分别") && strlen(lead) > strlen("分别"))
			lead[strlen(lead) - strlen("分别")] = '\0';
		if (lead && wp_notice_units_like(lead) && !wp_str_find(lead, "，") &&
		    (!*after || wp_str_skip(&after, "，"))) {
			char *help = NULL;
			/* Y配合 ends it, or says what Y helps with (Y配合做好安全保障) */
			for (const char *const *h = wp_words(WP_WORDS_HELP_VERB); *after && *h && !help; h++) {
				const char *at = wp_str_find(after, *h);
				if (at && at > after)
					help = wp_str_sub(after, (size_t)(at - after));
			}
			/* all of it is units and roles, or it is not this kind of sentence */
			if (!*after || (help && wp_notice_units_like(help) && !wp_str_find(help, "，"))) {
				wp_notice_split_units(lead, u->lead);
				if (help)
					wp_notice_split_units(help, u->coop);
				found = true;
			}
			free(help);
		}
		free(lead);
		free(sentence);
		p += n;
		p += wp_str_span_of(p, ends);
	}
}

/* …作动员。政教处牵头，校团委、高二年级组配合。: a sentence of its own,
 * anywhere in the item, that is only units and their roles (X牵头, Y配合;
 * X、Y共同组织，Z具体落实; X负责，Y提供技术指导). It says who does what
 * more plainly than any subject, so it is read first; the first such
 * sentence counts. */
bool wp_notice_role_sentence(const char *body, struct units *u)
{
	static const char *const ends[] = {"。", "\n", "；", NULL};
	bool found = false;
	for (const char *p = body; *p && !found;) {
		size_t n = wp_str_span_upto(p, ends);
		char *raw = wp_str_sub(p, n), *sentence = wp_str_trim_end(raw, wp_notice_end_punct);
		free(raw);
		found = wp_notice_units_and_roles(sentence, u->lead, u->coop);
		free(sentence);
		p += n;
		p += wp_str_span_of(p, ends);
	}
	return found;
}
