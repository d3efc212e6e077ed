/* notice-aliases.c - the short names a notice calls its issuer by.
 *
 * A notice names its issuer in full once (会宁县禁毒委员会办公室) and then
 * by a level and a short form: 县禁毒委员会办公室, 县禁毒办; 市食安办 for
 * 宝鸡市食品安全委员会办公室, 县发改局 for 宜丰县发展和改革局, 省科技厅,
 * 镇政府. The short forms are abbreviations made the usual way (the first
 * character of the name, then some of the others, then the kind of body
 * shortened), so the reader makes the candidates that way and keeps only
 * those the text itself uses: it never invents a name the notice lacks. A
 * short name the text follows with another in brackets (县发改局（县节能办）)
 * brings that one, and the pair as written, along. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

#define MAX_CHARS 12 /* a body's own name, in characters, that is abbreviated */

/* A unit's name is at most this many bytes (80 columns): a longer
 * "organizer" is no name, and is not looked back for at every hit. */
#define NAME_BYTES 256

/* Is the s at hit (in paragraph p) a piece of the full name org written
 * around it (县禁毒委员会办公室 inside 会宁县禁毒委员会办公室, 县科学技术协
 * inside 某某县科学技术协会)? Looks back at most org's length. */
static bool inside_full_name(const char *p, const char *hit, const char *s, const char *org)
{
	size_t n = strlen(org), len = strlen(s);
	if (n <= len || n > NAME_BYTES)
		return false;
	for (size_t back = 1; back <= n - len && (size_t)(hit - p) >= back; back++)
		if (wp_str_starts(hit - back, org))
			return true;
	return false;
}

/* Does the text use s on its own, not as a piece of the full name? */
static bool in_text(struct reader *r, const char *s)
{
	const char *org = r->organizer;
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		for (const char *hit = wp_str_find(p, s); hit; hit = wp_str_find(hit + strlen(s), s)) {
			if (!inside_full_name(p, hit, s, org))
				return true;
			if (!wp_notice_step(r, 1))
				return false;
		}
	}
	return false;
}

static bool listed(json_t *aliases, const char *s)
{
	size_t i;
	json_t *v;
	json_array_foreach(aliases, i, v) if (strcmp(json_string_value(v), s) == 0) return true;
	return false;
}

/* Adds s when the text uses it, with the name it puts in brackets after
 * it (县发改局（县节能办）). */
static void add_if_used(struct reader *r, json_t *aliases, const char *s, const char *organizer)
{
	if (strcmp(s, organizer) == 0 || listed(aliases, s) || !in_text(r, s))
		return;
	json_array_append_new(aliases, json_string(s));
	wp_buf open = WP_BUF_INIT;
	wp_buf_printf(&open, "%s（", s);
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *at = wp_str_find(r->t.para[i], wp_buf_str(&open));
		const char *inner = at ? at + open.len : NULL;
		const char *close = inner ? wp_notice_find_near(inner, "）", 40) : NULL;
		if (!close)
			continue;
		char *other = wp_str_sub(inner, (size_t)(close - inner));
		char *pair = wp_str_sub(at, (size_t)(close + strlen("）") - at));
		if (wp_notice_unit_like(other) && !listed(aliases, other))
			json_array_append_new(aliases, json_string(other));
		if (!listed(aliases, pair))
			json_array_append_new(aliases, json_string(pair));
		free(other);
		free(pair);
		break;
	}
	wp_buf_free(&open);
}

/* One candidate: the level, then the given characters, then the kind. */
static void try_form(struct reader *r, json_t *aliases, const char *level, const char **chars,
		     const size_t *lens, const size_t *pick, size_t npick, const char *kind,
		     const char *organizer)
{
	wp_buf s = WP_BUF_INIT;
	wp_buf_puts(&s, level);
	for (size_t i = 0; i < npick; i++)
		wp_buf_printf(&s, "%.*s", (int)lens[pick[i]], chars[pick[i]]);
	wp_buf_puts(&s, kind);
	add_if_used(r, aliases, wp_buf_str(&s), organizer);
	wp_buf_free(&s);
}

/* The abbreviations of a body's own name (its characters chars[0..n)):
 * the first character and up to two of the others, in order, then the
 * kind's short form (禁毒 -> 禁毒办, 食品安全 -> 食安办, 发展和改革 ->
 * 发改局), and the whole name with the short form. */
static void abbreviations(struct reader *r, json_t *aliases, const char *level, const char **chars,
			  const size_t *lens, size_t n, const char *kind, const char *organizer)
{
	size_t pick[MAX_CHARS];
	/* 科学技术协会 -> 科协: the first character alone */
	if (n >= 2)
		try_form(r, aliases, level, chars, lens, (size_t[]){0}, 1, kind, organizer);
	for (size_t a = 1; a < n; a++) {
		for (size_t b = a + 1; b < n; b++) {
			try_form(r, aliases, level, chars, lens, (size_t[]){0, a, b}, 3, kind, organizer);
			/* 文化和旅游发展委员会 -> 文化旅游委, 发展和改革委员会 ->
			 * 发展改革委: the two words of two characters that open
			 * the name, without the 和 between them */
			if (a == 1 && b == 3 && b + 1 < n)
				try_form(r, aliases, level, chars, lens, (size_t[]){0, a, b, b + 1}, 4, kind,
					 organizer);
		}
		try_form(r, aliases, level, chars, lens, (size_t[]){0, a}, 2, kind, organizer);
	}
	for (size_t i = 0; i < n; i++)
		pick[i] = i;
	if (n > 3)
		try_form(r, aliases, level, chars, lens, pick, n, kind, organizer);
}

/* Where region opens named, past the city above it (合肥市包河区…,
 * 长沙市岳麓区…) or the city and the district or county above a town
 * (东湖市江南区桂园街道…, 梅江县石塘镇…), or NULL. */
static const char *region_at(const char *named, const char *region)
{
	if (wp_str_starts(named, region))
		return named;
	const char *at = wp_str_find(named, region);
	bool town = wp_str_ends(region, "街道") || wp_str_ends(region, "镇") || wp_str_ends(region, "乡");
	if (!at || at - named > (town ? 8 : 4) * 3)
		return NULL;
	return wp_str_ends_at(named, at, "市") || wp_str_ends_at(named, at, "州") ||
		       (town && (wp_str_ends_at(named, at, "区") || wp_str_ends_at(named, at, "县")))
		       ? at
		       : NULL;
}

/* 青澜高新技术产业开发区管理委员会, 南溪高新技术产业开发区管理委员会科技局:
 * a development zone's administration is its 管委会, and a bureau of it
 * the zone's (高新区科技局), when the text calls them so. */
static void zone_names(struct reader *r, json_t *aliases)
{
	const char *org = r->organizer;
	for (const struct wp_zone_name *z = wp_zone_names; org && z->name; z++) {
		const char *at = wp_str_find(org, z->name);
		if (!at)
			continue;
		const char *rest = at + strlen(z->name);
		for (const struct wp_zone_name *b = wp_zone_bodies; b->name; b++) {
			if (!wp_str_starts(rest, b->name))
				continue;
			const char *bureau = rest + strlen(b->name);
			wp_buf s = WP_BUF_INIT;
			if (*bureau)
				wp_buf_printf(&s, "%s%s", z->short_name, bureau);
			else
				wp_buf_puts(&s, b->short_name);
			add_if_used(r, aliases, wp_buf_str(&s), org);
			wp_buf_free(&s);
		}
		return;
	}
}

/* The short names of the body named at after, below a level written
 * level (县, 街道, a school's 院): the whole name at its level, then its
 * abbreviations. */
static void names_at_level(struct reader *r, json_t *aliases, const char *level, const char *after)
{
	const char *org = r->organizer;
	/* 市场监督管理局（知识产权局）: the name without its second one */
	char *bare = wp_notice_without_second_name(after);
	const char *rest = bare;
	/* 县禁毒委员会办公室: the whole name at its level */
	wp_buf whole = WP_BUF_INIT;
	wp_buf_printf(&whole, "%s%s", level, rest);
	add_if_used(r, aliases, wp_buf_str(&whole), org);
	wp_buf_free(&whole);
	/* 中共白鹭湾镇委员会: the Party committee of its level is its 党委 */
	if (wp_str_starts(org, "中共") && strcmp(rest, "委员会") == 0) {
		wp_buf party = WP_BUF_INIT;
		wp_buf_printf(&party, "%s党委", level);
		add_if_used(r, aliases, wp_buf_str(&party), org);
		wp_buf_free(&party);
	}
	size_t kind_len;
	const struct wp_body_kind *kind = wp_body_kind_ending(rest, &kind_len);
	if (kind) {
		size_t own = strlen(rest) - kind_len;
		const char *chars[MAX_CHARS] = {NULL};
		size_t lens[MAX_CHARS] = {0}, n = 0;
		for (const char *p = rest; p < rest + own && n < MAX_CHARS; p += wp_str_char_len(p)) {
			chars[n] = p;
			lens[n++] = wp_str_char_len(p);
		}
		if (n < MAX_CHARS) /* 白舍镇人民政府 (n = 0): 镇政府 */
			abbreviations(r, aliases, level, chars, lens, n, kind->short_kind, org);
		if (n < MAX_CHARS && kind->other_short_kind) /* 安全生产委员会办公室: 安委办 */
			abbreviations(r, aliases, level, chars, lens, n, kind->other_short_kind, org);
		if (n == 0)
			try_form(r, aliases, level, chars, lens, NULL, 0, kind->short_kind, org);
	}
	/* 市局成立宣传周活动工作专班: a bureau calls itself by its level */
	if (wp_str_ends(rest, "局")) {
		wp_buf self = WP_BUF_INIT;
		wp_buf_printf(&self, "%s局", level);
		add_if_used(r, aliases, wp_buf_str(&self), org);
		wp_buf_free(&self);
	}
	free(bare);
}

/* 博斯腾职业技术学院网络安全和信息化领导小组办公室 calls itself 院网信办:
 * a body of a school, below the school as a town's body is below the
 * town, at the level of its last word (学院 -> 院, 大学 -> 校). */
static void school_names(struct reader *r, json_t *aliases)
{
	const char *org = r->organizer;
	for (const struct wp_zone_name *s = wp_school_levels; s->name; s++) {
		const char *at = wp_str_find(org, s->name);
		if (!at || at == org || wp_text_width_n(org, (size_t)(at - org)) > 24)
			continue;
		const char *after = at + strlen(s->name);
		if (wp_text_width(after) >= 4)
			names_at_level(r, aliases, s->short_name, after);
		return;
	}
}

/* 我局, 本院, 我校, 大队, 街道, 管委会: the body calls itself by what it
 * is, when the text does. */
static void self_names(struct reader *r, json_t *aliases)
{
	if (!r->organizer)
		return;
	/* 泷江县市场监督管理局（泷江县知识产权局）: what it is, its name
	 * before the bracket of its second name */
	char *org = wp_xstrdup(r->organizer);
	char *open = wp_notice_closing_open(org);
	if (open)
		*open = '\0';
	for (const struct wp_zone_name *s = wp_self_names; s->name; s++)
		if (wp_str_ends(org, s->name))
			add_if_used(r, aliases, s->short_name, r->organizer);
	free(org);
}

void wp_notice_short_names(struct reader *r, json_t *aliases)
{
	zone_names(r, aliases);
	self_names(r, aliases);
	const char *org = r->organizer, *region = r->region;
	if (org && !region)
		school_names(r, aliases);
	const char *named = org && wp_str_starts(org, "中共") ? org + strlen("中共") : org;
	if (named) /* 国家税务总局辉河市税务局: named by the region below the prefix */
		named += wp_word_at(named, WP_WORDS_NATIONAL_PREFIX);
	named = org && region ? region_at(named, region) : NULL;
	if (!named || strlen(region) <= 3)
		return;
	/* 乌拉山市青山区昭君路街道办事处 signs 昭君路街道办事处: its name without
	 * the city and district above it */
	if (named != org)
		add_if_used(r, aliases, named, org);
	/* the region's last character: 县, 市, 镇; or its level word, 街道,
	 * 自治区 */
	char level[32];
	snprintf(level, sizeof level, "%s", region + strlen(region) - 3);
	for (const char *const *w = wp_words(WP_WORDS_REGION_LEVEL); *w; w++)
		if (wp_str_ends(region, *w))
			snprintf(level, sizeof level, "%s", *w);
	const char *after = named + strlen(region);
	/* 中共临澜市瓯江区委全面依法治区委员会办公室: a body of the district's
	 * Party committee (区委), whose names open with 区委 (区委依法治区办),
	 * not with 区 (区委办 is the committee's own office) */
	size_t party = org != named && !wp_word_at(after, WP_WORDS_COMMITTEE_BODY) /* 中共X镇委员会 */
			       ? wp_word_at(after, WP_WORDS_PARTY_COMMITTEE)
			       : 0;
	if (party && after[party]) {
		snprintf(level + strlen(level), sizeof level - strlen(level), "%.*s", (int)party, after);
		after += party;
	}
	names_at_level(r, aliases, level, after);
}
