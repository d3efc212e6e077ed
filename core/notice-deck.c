/* notice-deck.c - a slide deck's text (see notice-deck.h).
 *
 * A deck copied as text keeps each text box's lines as they were, with
 * none of a document's punctuation to join or part them: a bullet's
 * line has no 。, a label stands alone over its value, a chapter is
 * 01 over a slide. What the reader knows as a notice's shapes is made
 * of them here, once, before the lines are joined into paragraphs. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-deck.h"
#include "notice-heading.h"
#include "notice-line.h"
#include "notice-lines.h"
#include "notice-reader.h"
#include "notice-text.h"
#include "notice-words.h"
#include "text.h"

/* A deck has at least this many slides. */
#define DECK_SLIDES_MIN 3
/* A deck whose slides are marked 第3页 alone has this many bullets at
 * least, and this many sections (一、X). */
#define DECK_BULLETS_MIN 3
#define DECK_TOPS_MIN 2
/* A footer is looked for among a slide's last lines. */
#define TAIL_LINES 4
/* A timeline's date line is this wide at most. */
#define WHEN_LINE_WIDTH 30
/* A chapter's name is this wide at most. */
#define CHAPTER_NAME_WIDTH 24

/* line past its indent (spaces, U+3000), and its length without the
 * trailing spaces, in *len. */
static const char *trimmed(const char *line, size_t *len)
{
	while (*line == ' ' || *line == '\t' || wp_str_starts(line, "\xe3\x80\x80"))
		line += wp_str_starts(line, "\xe3\x80\x80") ? 3 : 1;
	size_t n = strlen(line);
	while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
		n--;
	while (n >= 3 && memcmp(line + n - 3, "\xe3\x80\x80", 3) == 0)
		n -= 3;
	*len = n;
	return line;
}

static bool blank(const char *line)
{
	size_t len;
	trimmed(line, &len);
	return len == 0;
}

/* Does line equal text (both trimmed)? */
static bool same_text(const char *line, const char *text, size_t text_len)
{
	size_t len;
	const char *t = trimmed(line, &len);
	return len == text_len && memcmp(t, text, len) == 0;
}

/* The slide's number a marker (—— 第3页 ——, or 第3页 alone: *unframed)
 * gives, or -1. */
static int marker_of(const char *line, bool *unframed)
{
	*unframed = false;
	if (!strstr(line, "页"))
		return -1;
	size_t len;
	const char *t = trimmed(line, &len);
	char *s = wp_str_sub(t, len);
	int no = -1;
	const char *of = wp_str_find(s, "第");
	/* —— 第3页 ——: framed, as a slide's marker is; a page's own
	 * 第3页 共5页 (atop or below a document's page) is no slide's */
	bool framed = wp_str_starts(s, "—") || wp_str_starts(s, "-") || wp_str_starts(s, "－") || wp_str_starts(s, "–");
	/* 第3页 alone on its line: a slide's too, in a deck of bullets (see
	 * deck_start) */
	bool bare = of == s && wp_str_ends(s, "页") && !wp_str_find(s, "共");
	*unframed = bare && !framed;
	if ((framed || bare) && of && wp_str_find(s, "页") && wp_nline_page_number(s)) {
		const char *d = of + strlen("第");
		d += strspn(d, " ");
		no = atoi(d) > 0 && strspn(d, "0123456789") <= 4 ? atoi(d) : -1;
	}
	free(s);
	return no;
}

/* The slide's number a marker gives, or -1 (in a deck once found). */
static int slide_marker(const char *line)
{
	bool unframed;
	return marker_of(line, &unframed);
}

/* Where the deck's first slide starts, or n if the text is no deck: its
 * markers count 1, 2, 3 ... and the last one opens a slide that holds
 * text. */
static size_t deck_start(char **v, size_t n)
{
	size_t first = n, slides = 0, last = n, bullets = 0, tops = 0;
	int expect = 1;
	bool bare = false;
	for (size_t i = 0; i < n; i++) {
		size_t len;
		const char *t = trimmed(v[i], &len);
		int top;
		bullets += wp_word_at(t, WP_WORDS_SLIDE_BULLET) > 0;
		tops += wp_heading_top(t, &top) != NULL;
		bool unframed;
		int no = marker_of(v[i], &unframed);
		if (no < 0)
			continue;
		bare = bare || unframed;
		if (no != expect)
			return n;
		if (no == 1)
			first = i;
		expect++, slides++, last = i;
	}
	size_t after = 0;
	for (size_t i = last + 1; i < n; i++)
		after += !blank(v[i]);
	/* 第3页 alone may be a document's page too: a deck's has bullets (•
	 * and –, a slide's or more) and sections (一、X: one without them reads
	 * better as lines joined), and its last slide may hold a line alone
	 * (谢谢！) */
	if (bare && (bullets < DECK_BULLETS_MIN || bullets < slides || tops < DECK_TOPS_MIN))
		return n;
	return slides >= DECK_SLIDES_MIN && after >= (bare ? 1 : 2) ? first : n;
}

/* A line of a slide's own number (2, 13): digits, no leading zero. */
static bool number_line(const char *line)
{
	size_t len;
	const char *t = trimmed(line, &len);
	return len > 0 && len <= 3 && t[0] != '0' && strspn(t, "0123456789") == len;
}

/* The footer the slides repeat (沧河县卫生健康局　|　2026年…): a line among
 * the last few of at least three slides' (and of most), or NULL; its
 * trimmed length in *len. A candidate is taken from the first slides'
 * tails, each compared with every slide's tail: a fixed number of
 * passes over the deck. */
static const char *deck_footer(char **v, size_t n, size_t first, size_t *len)
{
	enum { CANDIDATES = 3 * TAIL_LINES };
	const char *cand[CANDIDATES];
	size_t cand_len[CANDIDATES], ncand = 0, slides = 0;
	size_t ends[64], nends = 0; /* where the first slides end */
	for (size_t i = first + 1; i <= n && nends < 64; i++)
		if (i == n || slide_marker(v[i]) >= 0)
			ends[nends++] = i;
	for (size_t s = 0; s < nends && s < 3; s++) {
		size_t taken = 0;
		for (size_t i = ends[s]; i-- > first && taken < TAIL_LINES && ncand < CANDIDATES;) {
			if (slide_marker(v[i]) >= 0)
				break;
			if (blank(v[i]) || number_line(v[i]))
				continue;
			cand[ncand] = trimmed(v[i], &cand_len[ncand]);
			ncand++, taken++;
		}
	}
	size_t count[CANDIDATES] = {0};
	size_t taken = 0;
	for (size_t i = n; i-- > first;) {
		if (slide_marker(v[i]) >= 0) {
			slides++, taken = 0;
			continue;
		}
		if (blank(v[i]) || number_line(v[i]) || taken >= TAIL_LINES)
			continue;
		taken++;
		for (size_t c = 0; c < ncand; c++)
			count[c] += same_text(v[i], cand[c], cand_len[c]);
	}
	for (size_t c = 0; c < ncand; c++)
		if (count[c] >= DECK_SLIDES_MIN && 2 * count[c] >= slides) {
			*len = cand_len[c];
			return cand[c];
		}
	return NULL;
}

/* Is the line, its spaces taken out, a word of set (目　录, 宣传主题,
 * 组　长)? */
static bool lone_label(const char *line, enum wp_word_set set)
{
	char *word = wp_str_nospace(line);
	bool is = *word && wp_word_is(word, set);
	free(word);
	return is;
}

/* 01 ... 09: a chapter's number as a deck writes it, its leading zero
 * telling it from a count (15 个乡镇); its value, or 0. */
static int chapter_number(const char *s, size_t len)
{
	if (len != 2 || s[0] != '0' || s[1] < '1' || s[1] > '9')
		return 0;
	return s[1] - '0';
}

/* A short name: no sentence's marks, at most CHAPTER_NAME_WIDTH wide. */
static bool short_name(const char *s, size_t len)
{
	static const char *const marks[] = {"，", "。", "；", "：", ":", NULL};
	char *t = wp_str_sub(s, len);
	bool ok = len > 0 && wp_text_width(t) <= CHAPTER_NAME_WIDTH;
	for (const char *const *m = marks; ok && *m; m++)
		ok = !wp_str_find(t, *m);
	free(t);
	return ok;
}

/* 01　工作回顾: the chapter's number and where its name starts, or 0. */
static int chapter_line(const char *line, const char **name, size_t *name_len)
{
	size_t len;
	const char *t = trimmed(line, &len);
	size_t digits = strspn(t, "0123456789");
	int no = chapter_number(t, digits);
	const char *p = t + digits;
	size_t gap = 0;
	while (p + gap < t + len && (p[gap] == ' ' || wp_str_starts(p + gap, "\xe3\x80\x80")))
		gap += p[gap] == ' ' ? 1 : 3;
	if (!no || !gap)
		return 0;
	*name = p + gap;
	*name_len = len - digits - gap;
	return short_name(*name, *name_len) ? no : 0;
}

static const char *const cn_numerals[] = {"",	  "一",	  "二",	  "三",	  "四",	  "五",	  "六",
					  "七",	  "八",	  "九",	  "十",	  "十一", "十二", "十三",
					  "十四", "十五", "十六", "十七", "十八", "十九"};

/* A person's name alone (孙立新): two to four Han characters. */
static bool name_line(const char *line)
{
	size_t len;
	const char *t = trimmed(line, &len);
	size_t chars = wp_notice_han_count(t, len);
	return chars >= 2 && chars <= 4;
}

/* A timeline's date over its task (4月21日（星期二）前, 宣传周结束后5个工作日内):
 * short, no sentence's marks, a day or a limit in it. */
static bool when_line(const char *line)
{
	size_t len;
	const char *t = trimmed(line, &len);
	char *s = wp_str_sub(t, len);
	bool when = len > 0 && wp_text_width(s) <= WHEN_LINE_WIDTH && !wp_str_find(s, "，") &&
		    !wp_str_find(s, "。") && !wp_str_find(s, "；") && !wp_str_find(s, "：") &&
		    (wp_str_ends(s, "前") || wp_str_ends(s, "内") || (wp_nis_digit(*s) && wp_str_find(s, "日")));
	free(s);
	return when;
}

/* 时间<TAB>4月29日: a label, a tab, its value: 时间：4月29日. NULL if line
 * is no such (the value a column's name is a table's header). */
static char *tabbed_label(const char *line)
{
	const char *tab = strchr(line, '\t');
	if (!tab || strchr(tab + 1, '\t'))
		return NULL;
	size_t len;
	const char *t = trimmed(line, &len);
	if (t >= tab)
		return NULL;
	char *label = wp_str_sub(t, (size_t)(tab - t));
	const char *value = tab + 1 + strspn(tab + 1, " ");
	const struct wp_field_label *l = wp_field_label_is(label);
	enum wp_field kind;
	char *out = NULL;
	if (l && (l->where & WP_FIELD_LINE) && *value && !wp_notice_column_kind(value, &kind)) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s：%s", label, value);
		out = wp_buf_take(&b);
	}
	free(label);
	return out;
}

struct out {
	char **v;
	size_t n;
};

static void put(struct out *o, char *line)
{
	o->v[o->n++] = line;
}

struct deck {
	char **v;
	size_t n;
	const char *footer; /* the line the slides repeat, or NULL */
	size_t footer_len;
};

/* Is line k the deck's furniture: blank, a slide's number or marker,
 * the footer? Never a value, a post or a task. */
static bool furniture(const struct deck *d, size_t k)
{
	return blank(d->v[k]) || number_line(d->v[k]) || slide_marker(d->v[k]) >= 0 ||
	       (d->footer && same_text(d->v[k], d->footer, d->footer_len));
}

/* The first line after k that is no blank one; d->n if none. */
static size_t next_line(const struct deck *d, size_t k)
{
	k++;
	while (k < d->n && blank(d->v[k]))
		k++;
	return k;
}

/* Can line k be joined to the label or date above it: text, no
 * furniture, no label of its own? */
static bool joinable(const struct deck *d, size_t k)
{
	return k < d->n && !furniture(d, k) && !lone_label(d->v[k], WP_WORDS_DECK_LABEL) &&
	       !lone_label(d->v[k], WP_WORDS_DECK_ROLE);
}

/* 组长 / 孙立新 / 县卫生健康局党组书记、局长: the role, post then name
 * (the post when the line after the name holds one, not a name); the
 * last line taken. */
static size_t put_role(const struct deck *d, size_t i, size_t name, wp_buf *b)
{
	size_t len, nl, pl = 0;
	const char *t = trimmed(d->v[i], &len), *nm = trimmed(d->v[name], &nl), *pt = "";
	size_t post = next_line(d, name), last = name;
	if (joinable(d, post) && !name_line(d->v[post])) {
		pt = trimmed(d->v[post], &pl);
		last = post;
	}
	wp_buf_printf(b, "%.*s：%.*s%.*s", (int)len, t, (int)pl, pt, (int)nl, nm);
	return last;
}

/* 成员 / 张三 / 李四 / 王五: a label over names, a line each: 成员：张三、
 * 李四、王五; the last line taken. */
static size_t put_names(const struct deck *d, size_t i, wp_buf *b)
{
	size_t len, last = i;
	const char *t = trimmed(d->v[i], &len);
	wp_buf_printf(b, "%.*s：", (int)len, t);
	for (size_t k = next_line(d, i); joinable(d, k) && name_line(d->v[k]); k = next_line(d, k)) {
		size_t nl;
		const char *nm = trimmed(d->v[k], &nl);
		wp_buf_printf(b, "%s%.*s", last == i ? "" : "、", (int)nl, nm);
		last = k;
	}
	return last;
}

/* Puts the deck's line i (and the lines it takes with it) as the text
 * of a notice; returns the next line to look at. */
/* t (len bytes, trimmed) past its bullet (•, –) and the spaces after, or
 * t itself when it has none or is only one. */
static const char *past_bullet(const char *t, size_t len)
{
	size_t bullet = wp_word_at(t, WP_WORDS_DECK_BULLET);
	return bullet && bullet < len ? t + bullet + strspn(t + bullet, " ") : t;
}

static size_t put_slide_line(const struct deck *d, size_t i, struct out *o, bool points)
{
	size_t len, name_len;
	const char *t = trimmed(d->v[i], &len), *name;
	/* 	– 牵头单位：X, – 组　长：X, • 宣传周结束后5个工作日内: a bullet
	 * is no part of the line it heads; under 宣传重点 (points), one
	 * before a point marks it a point of the list, as a document's ● */
	size_t label_len;
	const char *after = past_bullet(t, len);
	bool label = (wp_field_label_at(after, &label_len) || wp_committee_label_at(after, &label_len) != WP_COMMITTEE_NONE) &&
		     wp_str_starts(after + label_len, "：");
	if (label || !points) {
		len -= (size_t)(after - t);
		t = after;
	}
	size_t next = next_line(d, i);
	bool joins = joinable(d, next);
	wp_buf b = WP_BUF_INIT;
	int chapter = chapter_line(d->v[i], &name, &name_len);
	if (chapter > 0 && chapter < (int)(sizeof cn_numerals / sizeof *cn_numerals)) {
		wp_buf_printf(&b, "%s、%.*s", cn_numerals[chapter], (int)name_len, name);
	} else if (wp_str_starts(t, "备注：") || wp_str_starts(t, "备注:")) {
		const char *note = t + (wp_str_starts(t, "备注：") ? strlen("备注：") : strlen("备注:"));
		wp_buf_append(&b, note, len - (size_t)(note - t));
	} else if (joins && lone_label(d->v[i], WP_WORDS_DECK_ROLE) && name_line(d->v[next])) {
		i = put_role(d, i, next, &b);
	} else if (joins && lone_label(d->v[i], WP_WORDS_DECK_MEMBERS) && name_line(d->v[next])) {
		i = put_names(d, i, &b);
	} else if (joins && (lone_label(d->v[i], WP_WORDS_DECK_LABEL) || lone_label(d->v[i], WP_WORDS_DECK_ROLE) ||
			     lone_label(d->v[i], WP_WORDS_DECK_MEMBERS))) {
		size_t vl;
		const char *value = trimmed(d->v[next], &vl);
		wp_buf_printf(&b, "%.*s：%.*s", (int)len, t, (int)vl, value);
		i = next;
	} else if (joins && when_line(d->v[i]) && !when_line(d->v[next])) {
		size_t vl;
		const char *line = trimmed(d->v[next], &vl);
		const char *task = past_bullet(line, vl); /* – 各县…报送X */
		vl -= (size_t)(task - line);
		wp_buf_printf(&b, "%.*s，%.*s", (int)len, t, (int)vl, task);
		i = next;
	} else {
		char *tabbed = tabbed_label(d->v[i]);
		wp_buf_puts(&b, tabbed ? tabbed : "");
		if (!tabbed)
			wp_buf_append(&b, t, len);
		free(tabbed);
	}
	put(o, wp_buf_take(&b));
	put(o, wp_xstrdup(WP_NLINES_BREAK)); /* a paragraph of its own */
	return i + 1;
}

/* The deck's slides from line first on, as a notice's text. */
static void put_deck(char **v, size_t n, size_t first, struct out *o)
{
	size_t footer_len = 0;
	const char *footer = deck_footer(v, n, first, &footer_len);
	const struct deck d = {v, n, footer, footer_len};
	bool contents = false, points = false;
	int slide = 0;
	for (size_t i = first; i < n;) {
		bool unframed;
		int no = marker_of(v[i], &unframed);
		if (no >= 0) {
			contents = false;
			slide = no;
			put(o, wp_xstrdup(""));
			i++;
			continue;
		}
		size_t len;
		const char *t = trimmed(v[i], &len);
		/* the cover's ——全县宣传周工作部署会: the occasion, no title */
		bool subtitle = slide == 1 && wp_str_starts(t, "——");
		if (contents || subtitle || blank(v[i]) || number_line(v[i]) ||
		    (footer && same_text(v[i], footer, footer_len))) {
			i++;
			continue;
		}
		if (lone_label(v[i], WP_WORDS_CONTENTS_HEAD)) { /* the rest of the slide goes too */
			contents = true;
			i++;
			continue;
		}
		int top;
		const char *section = wp_heading_top(t, &top);
		if (section) /* 三、宣传重点: the slides of points */
			points = wp_word_find(section, WP_WORDS_FOCUS_SECTION, &len) != NULL;
		i = put_slide_line(&d, i, o, points);
	}
}

char **wp_ndeck_lines(char **v, size_t *n)
{
	size_t first = deck_start(v, *n);
	/* each slide line may become two (itself and a blank one) */
	struct out o = {wp_xcalloc(2 * *n + 2, sizeof(char *)), 0};
	for (size_t i = 0; i < first; i++) {
		char *tabbed = tabbed_label(v[i]);
		put(&o, tabbed ? tabbed : wp_xstrdup(v[i]));
	}
	if (first < *n)
		put_deck(v, *n, first, &o);
	for (size_t i = 0; i < *n; i++)
		free(v[i]);
	free(v);
	*n = o.n;
	return o.v;
}
