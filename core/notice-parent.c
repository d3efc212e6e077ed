/* notice-parent.c - the higher plan a notice cites (根据X《Y》（文号）要求,
 * 按照X关于Y的通知部署, 为贯彻落实X《…的通知》): its title as written, with
 * its issuer and document number where the text gives them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* The higher plan a 根据 clause cites, with who issued it as written:
 * 根据X《Y》（文号）要求 gives X《Y》（文号） (the readings keep the issuer),
 * 依据《Y》（文号） gives Y（文号）, 根据X关于Y的通知要求 gives
 * X关于Y的通知. Caller frees; NULL if none. */
static char *cited_plan(const char *from)
{
	/* 工作依据：X《Y》: a label's colon opens no part of it */
	if (!wp_str_skip(&from, "："))
		wp_str_skip(&from, ":");
	/* 根据X的统一部署和Y《Z》要求: the plan is the source that names a
	 * document; a 部署 or a 精神 names none */
	for (int sources = 0; sources < 4; sources++) {
		size_t len;
		const char *next = wp_word_find(from, WP_WORDS_CITATION_NO_DOCUMENT, &len);
		size_t clause_len = wp_str_span_upto(from, wp_words(WP_WORDS_CITATION_END));
		if (!next || (size_t)(next - from) >= clause_len)
			break;
		/* 根据X关于…的通知精神和省…安排: the first names one */
		char *source = wp_str_sub(from, (size_t)(next - from));
		size_t kind_len;
		bool document = wp_str_find(source, "《") || wp_word_find(source, WP_WORDS_CITED_NOTICE_KIND, &kind_len);
		free(source);
		if (document)
			break;
		from = next + len;
	}
	char *clause = wp_str_sub(from, wp_str_span_upto(from, wp_words(WP_WORDS_CITATION_END)));
	char *parent = NULL;
	const char *open = wp_str_find(clause, "《"), *close = open ? wp_str_find(open, "》") : NULL;
	/* 根据《中华人民共和国国防教育法》规定: a law, no plan */
	char *cited = close ? wp_str_sub(open, (size_t)(close - open)) : NULL;
	bool law = cited && wp_word_ends(cited, WP_WORDS_LAW_KIND);
	free(cited);
	if (law) {
		free(clause);
		return NULL;
	}
	if (close && open - clause <= 90) {
		const char *end = close + strlen("》");
		char *issuer = wp_str_sub(clause, (size_t)(open - clause));
		bool issued = *issuer && (wp_notice_units_like(issuer) || wp_str_ends(issuer, "等部门"));
		free(issuer);
		wp_buf b = WP_BUF_INIT;
		if (issued)
			wp_buf_printf(&b, "%.*s", (int)(close + strlen("》") - clause), clause);
		else
			wp_buf_printf(&b, "%.*s", (int)(close - open - strlen("《")), open + strlen("《"));
		if (wp_str_starts(end, "（") && wp_str_find(end, "）") && wp_str_find(end, "号")) {
			const char *shut = wp_str_find(end, "）") + strlen("）");
			wp_buf_printf(&b, "%.*s", (int)(shut - end), end);
		}
		parent = wp_buf_take(&b);
	} else {
		const char *about = wp_str_find(clause, "关于"), *notice = about ? wp_str_find(about, "通知") : NULL;
		if (notice && notice - clause <= 240)
			parent = wp_str_sub(clause, (size_t)(notice + strlen("通知") - clause));
	}
	free(clause);
	return parent;
}

/* Is parent (X《关于…的通知》（文号）, X关于…的通知) a notice? */
static bool cites_a_notice(const char *parent)
{
	const char *close = wp_str_find(parent, "》");
	char *title = wp_str_sub(parent, close ? (size_t)(close - parent) : strlen(parent));
	bool notice = wp_word_ends(title, WP_WORDS_CITED_NOTICE_KIND);
	free(title);
	return notice;
}

/* The plan a paragraph among the first cites after one of cites, or
 * NULL; only a notice when notices_only. Caller frees. */
static char *first_cited(struct reader *r, const char *const *cites, bool notices_only)
{
	for (size_t i = 0; i < r->t.n && i < 30 && wp_notice_step(r, 1); i++)
		for (const char *const *c = cites; *c; c++) {
			/* 根据国家卫生健康委统一部署，…根据X《Y》要求: the first that
			 * cites a plan */
			const char *hit = wp_str_find(r->t.para[i], *c);
			for (int tries = 0; hit && tries < 4; tries++, hit = wp_str_find(hit + strlen(*c), *c)) {
				char *parent = cited_plan(hit + strlen(*c));
				if (parent && (!notices_only || cites_a_notice(parent)))
					return parent;
				free(parent);
			}
		}
	return NULL;
}

/* 市食安办《X》（文号） right before fwd in para, its issuer opening a
 * clause (after ，。； or at para's start): that plan as cited_plan reads
 * it, or NULL. Caller frees. */
static char *issuer_plan_before(const char *para, const char *fwd)
{
	const char *quote = NULL, *start = para;
	for (const char *p = para; p < fwd; p += wp_str_char_len(p)) {
		if (wp_str_starts(p, "《"))
			quote = p;
		if (wp_str_starts(p, "，") || wp_str_starts(p, "。") || wp_str_starts(p, "；"))
			start = p + wp_str_char_len(p), quote = NULL;
	}
	if (!quote || quote == start)
		return NULL;
	char *issuer = wp_str_sub(start, (size_t)(quote - start));
	bool unit = wp_notice_unit_like(issuer);
	free(issuer);
	const char *close = wp_str_find(quote, "》");
	if (!unit || !close || close > fwd)
		return NULL;
	/* nothing but its number between the title and 转发 */
	const char *after = close + strlen("》");
	if (after != fwd && !(wp_str_starts(after, "（") && wp_str_ends_at(para, fwd, "）")))
		return NULL;
	return cited_plan(start);
}

/* 现将X《Y》（文号）转发给你们: the plan a forwarding notice passes on,
 * or NULL. Caller frees. */
static char *forwarded(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && i < 30 && wp_notice_step(r, 1); i++) {
		size_t len;
		const char *fwd = wp_word_find(r->t.para[i], WP_WORDS_FORWARD, &len);
		size_t open_len;
		const char *now = fwd ? wp_word_find(r->t.para[i], WP_WORDS_FORWARD_OPENER, &open_len) : NULL;
		if (now && now < fwd)
			return cited_plan(now + open_len);
		/* 市食安办《X》（文号）转发给你们，原文见下: a mail's note names the
		 * plan it passes on right before 转发, its issuer opening the
		 * clause, with no 现将 (not 请各学校将《X》转发给各位家长, not
		 * 镇政府联合印发的《X》: a plan of its own; nor a schedule, and
		 * not in a person's note that only covers the mail) */
		char *plan = fwd && i >= r->original_at ? issuer_plan_before(r->t.para[i], fwd) : NULL;
		if (plan && cites_a_notice(plan))
			return plan;
		free(plan);
	}
	return NULL;
}

/* A forwarding notice's head may carry the number of the notice it
 * forwards (the copy below it keeps its own head): that number is the
 * parent's, not this notice's. */
static void drop_parents_number(struct reader *r, const char *parent)
{
	const char *doc = json_string_value(json_object_get(r->plan, "doc_number"));
	if (doc && *doc && wp_str_find(parent, doc))
		json_object_del(r->plan, "doc_number");
}

void wp_notice_read_parent(struct reader *r)
{
	/* a forwarding notice passes one plan on: that is its parent, and
	 * what the forwarded plan itself cites is that plan's */
	/* an amending notice's is the plan it amends, sent along with it */
	char *amended = wp_notice_annexed_plan_name(r);
	if (amended) {
		json_object_set_new(r->plan, "parent_plan", json_string(amended));
		free(amended);
		return;
	}
	char *passed_on = forwarded(r);
	if (passed_on) {
		json_object_set_new(r->plan, "parent_plan", json_string(passed_on));
		drop_parents_number(r, passed_on);
		free(passed_on);
		return;
	}
	/* 按照 also introduces rules and sayings (按照《…办法》): only when
	 * no 根据 or 依据 cites a plan */
	char *parent = first_cited(r, wp_words(WP_WORDS_CITE), false);
	if (!parent)
		parent = first_cited(r, wp_words(WP_WORDS_FOLLOW), false);
	if (!parent)
		parent = first_cited(r, wp_words(WP_WORDS_CARRY_OUT), true);
	if (parent)
		json_object_set_new(r->plan, "parent_plan", json_string(parent));
	free(parent);
}

bool wp_notice_forwards(struct reader *r)
{
	char *passed_on = forwarded(r);
	bool forwards = passed_on != NULL;
	free(passed_on);
	return forwards;
}
