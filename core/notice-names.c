/* notice-names.c - the names of units in a notice: splitting a list of
 * them (A、B及C), telling whether a name reads like a unit, matching two
 * spellings of one unit, and giving a name the committee's spelling.
 * Every reader that meets units (items, committee, deadlines) uses them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* Splits a unit list on 、，,；及和 at bracket depth 0 into arr. */
/* Is name 各 and a level or two (各区, 各县市): the head of a class of
 * units whose levels are listed (各区、县（市）水务局), not a unit? */
static bool levels_head(const char *name)
{
	const char *const *levels = wp_words(WP_WORDS_LEVEL);
	const char *p = name;
	if (!wp_str_skip(&p, "各"))
		return false;
	int n = 0;
	for (bool more = true; more && n < 3;) {
		more = false;
		for (const char *const *l = levels; *l && !more; l++)
			more = wp_str_skip(&p, *l);
		n += more;
	}
	return n > 0 && n < 3 && !*p;
}

/* Does name open with a level and its bracketed twin (县（市）水务局,
 * 市（州）教育局)? Not 县直有关单位: the county's own units are a class
 * of their own. */
static bool opens_with_level(const char *name)
{
	for (const char *const *l = wp_words(WP_WORDS_LEVEL); *l; l++)
		if (wp_str_starts(name, *l) && wp_str_starts(name + strlen(*l), "（"))
			return true;
	return false;
}

/* Does name open with a level and go on (区人民政府, 区市场监管局), or is
 * it a level alone (区)? The second of 各县、区人民政府. Not the level's
 * own units (县直有关单位, 县爱卫会各成员单位: a class of their own). */
static bool opens_with_bare_level(const char *name)
{
	/* 县爱卫会各成员单位: a class of the level's own too (up to a 和
	 * that joins the next unit, split after) */
	const char *each = wp_str_find(name, "各"), *and = wp_str_find(name, "和");
	if (each && (!and || each < and))
		return false;
	for (const char *const *l = wp_words(WP_WORDS_LEVEL); *l; l++)
		if (wp_str_starts(name, *l))
			return !wp_str_starts(name + strlen(*l), "直");
	return false;
}

/* 各承办、协办单位: 各 and a role alone (承办 ends as 县委办 does, but
 * names no unit) */
static bool each_of_a_role(const char *a)
{
	const char *role = a + strlen("各");
	return wp_word_is(role, WP_WORDS_LEAD_VERB) || wp_word_is(role, WP_WORDS_HELP_VERB);
}

/* 各区、县（市）水务局, 各参演、参展单位, 各承办、协办单位: the split made 各区
 * and 县（市）水务局 (or 各参演, no unit, and 参展单位) of one class, whose
 * 各 and tail both share; joins them again, in arr from index from. */
static void join_level_lists(json_t *arr, size_t from)
{
	for (size_t i = from; i + 1 < json_array_size(arr);) {
		const char *a = json_string_value(json_array_get(arr, i));
		const char *b = json_string_value(json_array_get(arr, i + 1));
		bool shared_tail = wp_str_starts(a, "各") && wp_text_width(a) <= 8 &&
				   (!wp_notice_unit_like(a) || each_of_a_role(a)) && wp_notice_unit_like(b);
		/* 各县、区人民政府, 各县、区: the levels share the 各 and the tail */
		bool levels = levels_head(a) && (opens_with_level(b) || opens_with_bare_level(b));
		if (!levels && !shared_tail) {
			i++;
			continue;
		}
		if (wp_str_starts(b, "各")) {
			i++;
			continue;
		}
		wp_buf j = WP_BUF_INIT;
		wp_buf_printf(&j, "%s、%s", a, b);
		json_array_set_new(arr, i, json_string(wp_buf_str(&j)));
		json_array_remove(arr, i + 1);
		wp_buf_free(&j);
	}
}

size_t wp_notice_han_count(const char *s, size_t len)
{
	size_t n = 0;
	for (const char *p = s; p < s + len; p += wp_str_char_len(p), n++) {
		ucs4_t uc;
		if (u8_mbtouc(&uc, (const uint8_t *)p, (size_t)(s + len - p)) <= 0 || uc < 0x4e00 || uc > 0x9fff)
			return 0;
	}
	return n;
}

/* Does name open with a place of two or three characters and its level
 * (南通市市场监督管理局, 沭阳县教育局)? */
static bool place_and_level(const char *name)
{
	static const char *const levels[] = {"市", "县", "区", NULL};
	size_t at = 0;
	for (int k = 0; k < 3 && name[at]; k++) {
		at += wp_str_char_len(name + at);
		for (const char *const *l = levels; *l && k >= 1; l++)
			if (wp_str_starts(name + at, *l) && name[at + strlen(*l)])
				return wp_notice_han_count(name, at) >= 2;
	}
	return false;
}

/* 苏州、无锡、常州、南通市市场监督管理局: places that share the last one's
 * level and unit (each city's bureau), one list as written; the split
 * made bare places of the first. Joins them again, in arr from from. */
static void join_shared_places(json_t *arr, size_t from)
{
	for (size_t i = json_array_size(arr); i-- > from + 1;) {
		const char *a = json_string_value(json_array_get(arr, i - 1));
		const char *b = json_string_value(json_array_get(arr, i));
		size_t n = wp_notice_han_count(a, strlen(a));
		/* 苏州, 常州: a city's name, though 州 ends a prefecture's */
		bool place = !wp_notice_unit_like(a) || wp_str_ends(a, "州");
		if (n < 2 || n > 3 || !place || wp_str_starts(a, "各") ||
		    !(place_and_level(b) || wp_str_find(b, "、")))
			continue;
		if (!wp_notice_unit_like(b))
			continue;
		wp_buf j = WP_BUF_INIT;
		wp_buf_printf(&j, "%s、%s", a, b);
		json_array_set_new(arr, i - 1, json_string(wp_buf_str(&j)));
		json_array_remove(arr, i);
		wp_buf_free(&j);
	}
}

/* 镇市场监督管理所和阁山村, 市残疾人就业服务中心与市公共就业和人才服务局:
 * the last two units of a list joined by 和 or 与, which names hold too
 * (市工业和信息化局, 自然资源与规划局); split only where what stands on
 * each side is a unit of its own. In arr from index from. */
static void split_joined_by_and(json_t *arr, size_t from)
{
	for (size_t i = from; i < json_array_size(arr); i++) {
		const char *name = json_string_value(json_array_get(arr, i));
		size_t and_len = 0;
		for (const char *and = wp_word_find(name, WP_WORDS_UNIT_AND, &and_len); and;
		     and = wp_word_find(and + and_len, WP_WORDS_UNIT_AND, &and_len)) {
			char *left = wp_str_sub(name, (size_t)(and - name));
			const char *right = and + and_len;
			bool two = wp_text_width(left) >= 4 && wp_text_width(right) >= 4 &&
				   wp_notice_unit_like(left) && wp_notice_unit_like(right);
			if (two) {
				json_t *rest = json_string(right);
				json_array_set_new(arr, i, json_string(left));
				json_array_insert_new(arr, i + 1, rest);
			}
			free(left);
			if (two)
				break;
		}
	}
}

/* The 及 of 科学普及部, 涉及 at p in list: part of a word, no separator. */
static bool inside_word(const char *list, const char *p, const char *sep)
{
	if (strcmp(sep, "及") != 0)
		return false;
	for (const char *const *w = wp_words(WP_WORDS_JI_IN_WORD); *w; w++)
		if (wp_str_ends_at(list, p, *w))
			return true;
	return false;
}

#define UNIT_NAME_BYTES 132 /* 44 characters */

/* Does p start a unit of an area named before its level (凤岭区人民政府,
 * 丹城区教育局: two or three characters, 区 县 市 …, then the office)? */
static bool named_area_unit(const char *p)
{
	const char *c = p;
	for (int k = 0; k < 3; k++) {
		/* an ideograph (U+4000–U+9FFF): no punctuation, no space */
		if ((unsigned char)*c < 0xe4 || (unsigned char)*c > 0xe9)
			return false;
		c += 3;
		size_t level = k >= 1 ? wp_word_at(c, WP_WORDS_LEVEL) : 0;
		if (!level || !c[level] || c[level] == ' ')
			continue;
		size_t len = strcspn(p, " ");
		len = len < UNIT_NAME_BYTES ? len : UNIT_NAME_BYTES;
		while (len && ((unsigned char)p[len] & 0xc0) == 0x80) /* whole characters */
			len--;
		char *piece = wp_str_sub(p, len);
		char *name = wp_notice_upto(piece, wp_notice_end_punct);
		bool unit = wp_notice_unit_like(name);
		free(name);
		free(piece);
		return unit;
	}
	return false;
}

/* 鹤湾高新区管委会: does p start a piece (up to a space) that is a unit
 * of five characters or more, whatever opens it? */
static bool whole_unit_piece(const char *p)
{
	/* the piece up to a space or the list's next mark (学校、镇妇联: 学校) */
	static const char *const piece_end[] = {" ", "、", "，", "；", "|", NULL};
	size_t len = strcspn(p, " ");
	if (len > UNIT_NAME_BYTES)
		return false;
	char *piece = wp_notice_upto(p, piece_end);
	/* (县市场监管局 食品安全协调科: the bureau's own office, one name) */
	bool unit = wp_text_width(piece) >= 10 && wp_notice_unit_like(piece) && !wp_word_ends(piece, WP_WORDS_INNER_OFFICE);
	free(piece);
	return unit;
}

/* 区公安分局 区司法局: a cell's two lines joined by a space, each a unit
 * (the name before it three characters at least, the one after it
 * opening with its level, 区 县 市 …, or each of a level, 各区（县）…):
 * the space's length, else 0. */
static size_t space_between_units(const char *p, const wp_buf *before)
{
	size_t gap = *p == ' ' ? 1 : wp_str_starts(p, "\xe3\x80\x80") ? 3 : 0;
	/* 各区（县）委统战部: units of each area, at their level too */
	const char *next = p + gap;
	next += wp_str_starts(next, "各") ? strlen("各") : 0;
	/* a unit's name is no longer than UNIT_NAME_BYTES: a bounded look at each space */
	return gap && before->len && before->len <= UNIT_NAME_BYTES && wp_text_width(wp_buf_str(before)) >= 6 &&
		       (wp_word_at(next, WP_WORDS_LEVEL) || named_area_unit(next) || whole_unit_piece(next)) &&
		       wp_notice_unit_like(wp_buf_str(before))
		       ? gap
		       : 0;
}

/* A unit's name of five characters or more names a place of its own. */
#define OWN_NAME_BYTES 15

/* 研究生院/知识产权中心: two units a slash parts, when the name before it
 * and the one after it (up to the next separator) each read as one; the
 * slash's length, else 0. */
static size_t slash_between_units(const char *p, const wp_buf *before)
{
	static const char *const piece_end[] = {"/", "／", "、", "，", NULL};
	size_t slash = *p == '/' ? 1 : wp_str_starts(p, "／") ? strlen("／") : 0;
	if (!slash || !before->len || before->len > UNIT_NAME_BYTES || !wp_notice_unit_like(wp_buf_str(before)))
		return 0;
	const char *next = p + slash;
	char *piece = wp_str_sub(next, wp_str_span_upto(next, piece_end));
	bool unit = strlen(piece) <= UNIT_NAME_BYTES && wp_notice_unit_like(piece);
	/* 县委宣传部/网信办, 县委统战部/民族宗教事务局, 各乡镇/街道: a level
	 * before the slash and none after it is one office's second name, or
	 * the first's level shared; not a unit of its own place and kind
	 * (区应急管理局/青桐消防救援站: five characters or more, no office's) */
	const char *first = wp_buf_str(before);
	bool own = strlen(piece) >= OWN_NAME_BYTES && !wp_word_ends(piece, WP_WORDS_OFFICE_END);
	if ((wp_word_at(first, WP_WORDS_LEVEL) || wp_str_starts(first, "各")) && !wp_word_at(next, WP_WORDS_LEVEL) &&
	    !wp_str_starts(next, "各") && !own)
		unit = false;
	free(piece);
	return unit ? slash : 0;
}

void wp_notice_split_units(const char *list, json_t *arr)
{
	/* Not 和 as such: it is inside names (市文化和旅游局); 和各 joins
	 * two of them (X水务局和各牵头单位), as no name holds it. */
	const char *const *seps = wp_words(WP_WORDS_UNIT_SEP);
	size_t first = json_array_size(arr);
	wp_buf cur = WP_BUF_INIT;
	int depth = 0;
	for (const char *p = list;;) {
		size_t sep = 0;
		if (depth == 0)
			for (const char *const *s = seps; *s && !sep; s++)
				if (wp_str_starts(p, *s) && !inside_word(list, p, *s))
					sep = strcmp(*s, "和各") == 0 ? strlen("和") : strlen(*s);
		if (depth == 0 && !sep)
			sep = space_between_units(p, &cur);
		if (depth == 0 && !sep)
			sep = slash_between_units(p, &cur);
		if (sep || !*p) {
			char *name = wp_str_trim_end(wp_buf_str(&cur), wp_notice_end_punct);
			const char *n = name;
			while (*n == ' ')
				n++;
			/* …、区水务局、各镇（街道）等: the list's "and so on" */
			size_t name_len = strlen(name);
			if (name_len > strlen("等") && wp_str_ends(name, "等"))
				name[name_len - strlen("等")] = '\0';
			if (*n) {
				json_array_append_new(arr, json_string(n));
			}
			free(name);
			wp_buf_reset(&cur);
			if (!*p)
				break;
			p += sep;
			continue;
		}
		if (wp_str_starts(p, "（"))
			depth++;
		else if (wp_str_starts(p, "）") && depth > 0)
			depth--;
		wp_buf_putc(&cur, *p++);
	}
	wp_buf_free(&cur);
	join_level_lists(arr, first);
	join_shared_places(arr, first);
	split_joined_by_and(arr, first);
}

/* Does a name read like a unit (an office, a body, a group of them)? */
/* 推荐作品3—5部, 学校2所: a count and its measure word, which a unit's
 * tail (部, 所) may spell; true when n's tail follows a digit. Not a
 * numeral: 经侦二处, 稽查一所 and 内科二部 are units. */
static bool counted_tail(const char *n)
{
	/* the tails that are also measure words */
	static const char *const measures[] = {"部", "所", "家", "处", NULL};
	size_t len = strlen(n);
	for (const char *const *t = measures; *t; t++) {
		size_t tl = strlen(*t);
		if (tl >= len || strcmp(n + len - tl, *t) != 0)
			continue;
		const char *before = n + len - tl;
		if (before[-1] >= '0' && before[-1] <= '9')
			return true;
	}
	return false;
}

void wp_notice_drop_called(char *name)
{
	/* each bracket goes, what stands between them stays (X（以下简称A）、
	 * Y（以下简称B）) */
	for (char *open = (char *)wp_str_find(name, "（"); open;) {
		const char *after = open + strlen("（");
		const char *close = wp_word_at(after, WP_WORDS_CALLED) ? wp_str_find(after, "）") : NULL;
		if (open == name || !close) {
			open = (char *)wp_str_find(after, "（");
			continue;
		}
		close += strlen("）");
		memmove(open, close, strlen(close) + 1);
		open = (char *)wp_str_find(open, "（");
	}
}

bool wp_notice_unit_like(const char *name)
{
	/* a name is one line: text across a line's end (校园日\n上午9:00，在X)
	 * is no unit, and a control character never reaches a plan */
	for (const char *c = name; *c; c++)
		if ((unsigned char)*c < 0x20)
			return false;
	char *n = wp_str_trim_end(name, wp_notice_end_punct);
	/* 县市场监管局（知识产权局）: judge the name before its bracket. */
	if (wp_str_ends(n, "）")) {
		char *open = NULL;
		for (char *q = strstr(n, "（"); q; q = strstr(q + strlen("（"), "（"))
			open = q;
		if (open && open > n)
			*open = '\0';
	}
	/* 全局 is no unit, 市国家安全局 is one */
	bool ok = wp_word_ends(n, WP_WORDS_UNIT_TAIL) &&
		  (!wp_word_ends(n, WP_WORDS_NOT_UNIT) || wp_word_ends(n, WP_WORDS_UNIT_AFTER_ALL));
	/* 各班主任, 各科室主任: the holders of a post, each, answer as a unit
	 * (a short word before the post: 各村党支部书记 in a committee is
	 * read as the units' persons, post and all) */
	for (const char *const *t = wp_words(WP_WORDS_POST); *t && !ok && wp_str_starts(n, "各"); t++) {
		if (!wp_str_ends(n, *t) || strlen(n) <= strlen("各") + strlen(*t))
			continue;
		ok = wp_text_width_n(n + strlen("各"), strlen(n) - strlen("各") - strlen(*t)) <= 4;
	}
	/* 园区管委会负责组织园区企业, 区教育局负责协调学校: a unit and its
	 * part in the work; no unit's name holds 负责 but after 各 (各负责
	 *单位: those who lead, each) */
	/* 各校 (the schools, each) alone or after 县直; 要求各校 is a verb's */
	if (ok && wp_str_ends(n, "各校") && strcmp(n, "各校") != 0 && !wp_str_ends(n, "直各校"))
		ok = false;
	const char *charge = wp_str_find(n, "负责");
	bool doing = charge && !(charge == n + strlen("各") && wp_str_starts(n, "各"));
	ok = ok && wp_text_width(n) <= 60 && !wp_str_find(n, "。") && !doing && !counted_tail(n);
	free(n);
	return ok;
}

/* A list of units (A、B、C): each one reads like a unit. The width bound
 * of wp_notice_unit_like holds for one name, not for a list of seven. */
bool wp_notice_every_part(const char *list, bool (*is)(const char *part))
{
	json_t *names = json_array();
	wp_notice_split_units(list, names);
	size_t i;
	json_t *v;
	bool ok = json_array_size(names) > 0;
	json_array_foreach(names, i, v) ok = ok && is(json_string_value(v));
	json_decref(names);
	return ok;
}

bool wp_notice_units_like(const char *list)
{
	return wp_notice_every_part(list, wp_notice_unit_like);
}

char *wp_notice_without_second_name(const char *name)
{
	const char *open = wp_str_find(name, "（");
	if (open && open > name && wp_str_ends(name, "）") && !wp_str_find(open + strlen("（"), "（"))
		return wp_str_sub(name, (size_t)(open - name));
	return wp_xstrdup(name);
}

/* A loose key to match spellings of one unit in one notice:
 * 县市场监督管理局 ~ 县市场监管局（知识产权局） ~ 鹿寨县市场监督管理局. */
static char *loose_key(struct reader *r, const char *name)
{
	char *s = wp_str_nospace(name);
	wp_buf b = WP_BUF_INIT;
	int depth = 0;
	const char *p = s;
	/* Drop the region's proper name: 鹿寨县… reads 县… */
	if (r->region && strlen(r->region) > 3 && wp_str_starts(p, r->region))
		p += strlen(r->region) - 3;
	while (*p) {
		if (wp_str_skip(&p, "（")) {
			depth++;
		} else if (wp_str_skip(&p, "）")) {
			depth -= depth > 0;
		} else if (depth == 0 && wp_str_starts(p, "监督管理")) {
			wp_buf_puts(&b, "监管");
			p += strlen("监督管理");
		} else if (depth == 0) {
			wp_buf_putc(&b, *p++);
		} else {
			p++;
		}
	}
	free(s);
	return wp_buf_take(&b);
}

bool wp_notice_same_unit(struct reader *r, const char *a, const char *b)
{
	char *ka = loose_key(r, a), *kb = loose_key(r, b);
	bool same = strcmp(ka, kb) == 0;
	free(ka);
	free(kb);
	return same;
}

/* A name missing the region level (经济信息委 for 区经济信息委) takes the
 * committee's spelling. */
static json_t *committee_spelling(struct reader *r, const char *name)
{
	/* a bare 成员单位 are the members of the notice's own body */
	if (strcmp(name, "成员单位") == 0) {
		for (const char *const *b = wp_words(WP_WORDS_BODY_MEMBERS); *b; b++)
			for (size_t k = 0; k < r->t.n && wp_notice_step(r, 1); k++)
				if (wp_str_find(r->t.para[k], *b))
					return json_string(*b);
	}
	size_t i;
	json_t *c;
	json_array_foreach(r->committee_names, i, c) {
		if (!wp_notice_step(r, 1))
			break;
		const char *cn = json_string_value(c);
		if (strcmp(cn, name) != 0 && strlen(cn) == strlen(name) + 3 && wp_str_ends(cn, name) &&
		    (wp_str_starts(cn, "区") || wp_str_starts(cn, "县") || wp_str_starts(cn, "市") ||
		     wp_str_starts(cn, "州")))
			return json_string(cn);
	}
	return json_string(name);
}

json_t *wp_notice_fix_names(struct reader *r, json_t *arr)
{
	json_t *out = json_array();
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v) {
		/* 万达广场所在的宝塔河街道: the unit is the one after 所在的 */
		const char *n = json_string_value(v), *where = wp_str_find(n, "所在的");
		if (where && where[strlen("所在的")] && wp_notice_unit_like(where + strlen("所在的")))
			n = where + strlen("所在的");
		/* 职责分工：镇文化站 (a label the line opened with, read into the
		 * first name): the unit after the label */
		const char *colon = wp_str_find(n, "：");
		char *label = colon ? wp_str_sub(n, (size_t)(colon - n)) : NULL;
		if (label && wp_word_is(label, WP_WORDS_BARE_SECTION) && wp_notice_unit_like(colon + strlen("：")))
			n = colon + strlen("：");
		free(label);
		json_array_append_new(out, committee_spelling(r, n));
	}
	json_decref(arr);
	return out;
}
