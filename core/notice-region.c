/* notice-region.c - the region a plan covers, read from its issuer's
 * name (荣昌区 of 重庆市荣昌区人民政府办公室, a zone's own name, the
 * province dropped where the text never writes it). Split from
 * notice-cover.c, which reads the cover letter. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "text.h"

/* Strips a province-level prefix: 广西壮族自治区鹿寨县… reads 鹿寨县…; a
 * province's own bureau (青海省司法厅) keeps it. */
const char *wp_notice_skip_province(const char *s)
{
	for (const char *const *end = wp_words(WP_WORDS_PROVINCE_END); *end; end++) {
		const char *hit = wp_str_find(s, *end);
		if (!hit || hit - s > 24 || !hit[strlen(*end)])
			continue;
		char *lower = wp_notice_region_of(hit + strlen(*end));
		bool below = lower != NULL;
		free(lower);
		if (below)
			return hit + strlen(*end);
	}
	return s;
}

/* 桂园街道安全生产委员会办公室, 向阳镇禁毒工作领导小组: a town's own
 * committee (its 安委会, its 领导小组), a body of its government as its
 * 党工委 is: a few characters of what it is for, then the body. */
static bool own_committee(const char *after)
{
	for (const char *const *b = wp_words(WP_WORDS_COMMITTEE_BODY); *b; b++) {
		const char *committee = wp_str_find(after, *b);
		if (committee && committee > after && wp_text_width_n(after, (size_t)(committee - after)) <= 20)
			return true;
	}
	return false;
}

/* The last administrative division at the start of a unit name:
 * 重庆市荣昌区人民政府办公室 -> 荣昌区, 临夏回族自治州… -> 临夏回族自治州,
 * 贵州省科学技术厅 -> 贵州省, 白舍镇人民政府 -> 白舍镇, 中共宜宾市委… ->
 * 宜宾市. */
char *wp_notice_region_of(const char *unit)
{
	const struct wp_region_suffix *suffixes = wp_region_suffixes;
	/* a town is a region only as the seat of its government */
	const char *const *seats = wp_words(WP_WORDS_SEAT);
	unit += wp_word_at(unit, WP_WORDS_PARTY_PREFIX);
	unit += wp_word_at(unit, WP_WORDS_NATIONAL_PREFIX);
	const char *p = unit, *best_start = NULL, *best_end = NULL;
	for (;;) {
		const char *found = NULL, *found_end = NULL;
		/* the shortest name of 2..8 characters ending in a suffix */
		const char *q = p;
		/* 溆川县科学技术局（溆川县知识产权局）: a bracket opens the unit's
		 * other name, no place inside it */
		for (int chars = 0; *q && chars < 9 && !found && !wp_str_starts(q, "（"); chars++) {
			for (size_t k = 0; suffixes[k].word; k++) {
				if (chars < 1 || !wp_str_starts(q, suffixes[k].word))
					continue;
				/* 质量强市, 依法治区: a goal (to make it strong, to govern
				 * it by law), no place; 城市管理局: 城市 is any city
				 * (晋城市 is one) */
				bool goal = false;
				for (const char *const *g = wp_words(WP_WORDS_GOAL_BEFORE_LEVEL); *g && !goal; g++)
					goal = wp_str_ends_at(p, q, *g);
				if (goal || (q == p + strlen("城") && wp_str_starts(p, "城市")) ||
				    wp_word_at(q, WP_WORDS_LEVEL_IN_WORD))
					continue;
				const char *after = q + strlen(suffixes[k].word);
				bool town = suffixes[k].town;
				if (town && !wp_str_span_of(after, seats) && !own_committee(after))
					continue;
				found = p;
				found_end = after;
				/* 贵州 + 省: the level written after a name ending like one */
				for (size_t m = 0; suffixes[m].word; m++)
					if (!town && !suffixes[m].town && wp_str_starts(found_end, suffixes[m].word) &&
					    !wp_word_at(found_end, WP_WORDS_LEVEL_IN_WORD)) {
						found_end += strlen(suffixes[m].word);
						break;
					}
				break;
			}
			q += wp_str_char_len(q);
		}
		if (!found)
			break;
		best_start = found;
		best_end = found_end;
		p = found_end;
		/* 新城区人民政府永安街道办事处: a street office of the district's
		 * government; the division after the seat is the lower one */
		p += wp_word_at(p, WP_WORDS_SEAT);
	}
	char *region = best_start ? wp_str_sub(best_start, (size_t)(best_end - best_start)) : NULL;
	if (region && wp_notice_find_blank(region)) {
		/* XX县, ××镇: a template's blank, which its user fills in */
		free(region);
		region = NULL;
	}
	return region;
}

/* 南溪高新技术产业开发区管理委员会科技局: the development zone a unit's
 * name opens with is its region, as the text shortens it (南溪高新区
 * 2026年…活动方案); when the text never writes the short form (it would
 * be invented) the zone as the unit names it, without the province it
 * may open with (黑龙江松岭经济技术开发区质量强区工作领导小组办公室 ->
 * 松岭经济技术开发区; 汾河湾经济技术开发区安全生产委员会办公室 ->
 * 汾河湾经济技术开发区). Caller frees. */
char *wp_notice_zone_region(struct reader *r, const char *unit)
{
	for (const struct wp_zone_name *z = wp_zone_names; z->name; z++) {
		const char *at = wp_str_find(unit, z->name);
		if (!at || at == unit || wp_text_width_n(unit, (size_t)(at - unit)) > 16)
			continue;
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%.*s%s", (int)(at - unit), unit, z->short_name);
		for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++)
			if (wp_str_find(r->t.para[i], wp_buf_str(&b)))
				return wp_buf_take(&b);
		wp_buf_free(&b);
		const char *from = unit + wp_word_at(unit, WP_WORDS_PROVINCE_SHORT);
		from = wp_notice_skip_province(from);
		if (from < at && wp_text_width_n(from, (size_t)(at - from)) >= 4)
			return wp_str_sub(from, (size_t)(at + strlen(z->name) - from));
	}
	return NULL;
}

/* 浙江瓯澜经济开发区 (from 浙江瓯澜经济开发区管理委员会办公室): a region
 * read with its province before it, named without 省, is the region the
 * text names without it (瓯澜经济开发区2026年…方案); kept whole when the
 * text never writes it so. Consumes region. */
char *wp_notice_without_province(struct reader *r, char *region)
{
	size_t len = wp_word_at(region, WP_WORDS_PROVINCE_SHORT);
	const char *rest = region + len;
	if (!len || wp_text_width(rest) < 4)
		return region;
	/* 湖南路街道 is a street's name: the rest must be a region whole */
	char *whole = wp_notice_region_of(rest);
	bool region_itself = whole && strcmp(whole, rest) == 0;
	free(whole);
	if (!region_itself)
		return region;
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *para = r->t.para[i];
		for (const char *at = wp_str_find(para, rest); at && wp_notice_step(r, 1);
		     at = wp_str_find(at + strlen(rest), rest)) {
			/* standing alone, not the tail of the whole name */
			if ((size_t)(at - para) >= len && strncmp(at - len, region, len) == 0)
				continue;
			char *out = wp_xstrdup(rest);
			free(region);
			return out;
		}
	}
	return region;
}
