/* notice-line.c - one line of a notice: what it is (a table row, a page
 * number a PDF left, a label spaced out to line up) and its spaces
 * cleaned. See notice-line.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "notice-line.h"
#include "notice-text.h"
#include "notice-words.h"

/* Bytes of a mobile number written in groups, 1dd dddd dddd: the most a
 * look for one reads. */
enum { WHOLE_MOBILE = sizeof "1dd dddd dddd" - 1 };

static bool is_digit_or_date_char(const char *s)
{
	return (*s >= '0' && *s <= '9') || wp_str_starts(s, "年") || wp_str_starts(s, "月") ||
	       wp_str_starts(s, "日");
}

/* Is the space at p inside a mobile number written in groups? Two looks
 * for one, each no longer than a number. */
static bool in_spaced_mobile(const char *s, const char *p, wp_nline_work *work)
{
	wp_nline_step(work, 2 * WHOLE_MOBILE);
	/* 0519-8638 2217: a landline's local part in groups, the same habit */
	for (size_t back = 7; back <= 9; back++)
		if ((size_t)(p - s) >= back && wp_str_spaced_landline(p - back) &&
		    ((size_t)(p - s) == back || !(*(p - back - 1) >= '0' && *(p - back - 1) <= '9')))
			return true;
	return ((size_t)(p - s) >= 3 && wp_str_spaced_mobile(p - 3) &&
		((size_t)(p - s) == 3 || !(p[-4] >= '0' && p[-4] <= '9'))) ||
	       ((size_t)(p - s) >= 8 && wp_str_spaced_mobile(p - 8) &&
		((size_t)(p - s) == 8 || !(p[-9] >= '0' && p[-9] <= '9')));
}

/* Does the run s[0..len) of digits and spaces fit the pattern of a
 * mobile number in groups, 1dd dddd dddd, at its start (from) or at its
 * end? */
static bool fits_mobile(const char *s, size_t len, bool from_start)
{
	static const char pattern[] = "1dd dddd dddd";
	size_t n = sizeof pattern - 1;
	if (len <= 4 || len >= n)
		return false;
	const char *pat = from_start ? pattern : pattern + n - len;
	for (size_t i = 0; i < len; i++) {
		bool digit = s[i] >= '0' && s[i] <= '9';
		if (pat[i] == ' ' ? s[i] != ' ' : !digit || (pat[i] == '1' && s[i] != '1'))
			return false;
	}
	return true;
}

/* Is the space at p inside a mobile number in groups that the line's end
 * cut (手机：189 07 | 39 6213)? The run of digits and spaces around p
 * reaches the end of s and starts like one, or opens s and ends like one.
 * A run as long as a whole number is no cut one: the scans stop there,
 * so a line of spaced digits (1 1 1 …, each space asked) stays linear;
 * every byte they look at is a step. */
static bool in_cut_mobile(const char *s, const char *p, wp_nline_work *work)
{
	const char *start = p, *end = p;
	while (start > s && ((start[-1] >= '0' && start[-1] <= '9') || start[-1] == ' ') &&
	       wp_nline_step(work, 1)) {
		start--;
		if (*start != ' ' && p - start >= WHOLE_MOBILE)
			return false;
	}
	while (*start == ' ' && wp_nline_step(work, 1))
		start++;
	while (((*end >= '0' && *end <= '9') || *end == ' ') && wp_nline_step(work, 1)) {
		end++;
		if (end - start >= WHOLE_MOBILE)
			return false;
	}
	wp_nline_step(work, WHOLE_MOBILE); /* fits_mobile */
	if (!*end && fits_mobile(start, (size_t)(end - start), true))
		return start == s || !(start[-1] >= '0' && start[-1] <= '9');
	return start == s && fits_mobile(s, (size_t)(end - s), false);
}

/* Would the digits at the end of s[0..len) and those that open next make
 * a mobile number in groups if a space went between them (…：138 |
 * 7332 0516, …：153 3533 | 8127)? s is the paragraph so far: the runs
 * are measured no further than a whole number, or a paragraph of lines
 * of digits would be measured back to its start at each line. */
bool wp_nline_mobile_across(const char *s, size_t len, const char *next, wp_nline_work *work)
{
	enum { WHOLE = WHOLE_MOBILE };
	size_t tail = 0, head = 0;
	while (tail < len && tail < WHOLE &&
	       ((s[len - tail - 1] >= '0' && s[len - tail - 1] <= '9') || s[len - tail - 1] == ' ') &&
	       wp_nline_step(work, 1))
		tail++;
	while (head < WHOLE && ((next[head] >= '0' && next[head] <= '9') || next[head] == ' ') &&
	       wp_nline_step(work, 1))
		head++;
	char both[16];
	if (tail + 1 + head != WHOLE)
		return false;
	wp_nline_step(work, WHOLE);
	memcpy(both, s + len - tail, tail);
	both[tail] = ' ';
	memcpy(both + tail + 1, next, head);
	both[WHOLE] = '\0';
	return wp_str_spaced_mobile(both) == WHOLE;
}

/* Does a clock time (9:30, 14:00) start at p? */
static bool clock_at(const char *p)
{
	size_t n = 0;
	while (n < 2 && p[n] >= '0' && p[n] <= '9')
		n++;
	return n > 0 && p[n] == ':' && p[n + 1] >= '0' && p[n + 1] <= '9';
}

/* 0792-7631205 13979215836: the digits before the space (the end of b)
 * and after it (at q) are each a whole number, five digits at least: two
 * numbers, no number spaced. Counts no further than that. */
static bool two_numbers(const wp_buf *b, const char *q, wp_nline_work *work)
{
	enum { WHOLE_NUMBER = 5 };
	size_t before = 0, after = 0;
	while (before < b->len && before < WHOLE_NUMBER && b->data[b->len - 1 - before] >= '0' &&
	       b->data[b->len - 1 - before] <= '9' && wp_nline_step(work, 1))
		before++;
	while (after < WHOLE_NUMBER && q[after] >= '0' && q[after] <= '9' && wp_nline_step(work, 1))
		after++;
	return before == WHOLE_NUMBER && after == WHOLE_NUMBER;
}

/* Does b end with a clock, an hour's digit, a colon and two of minutes
 * (9:30, 9：30)? Not 电话：07 (a number a label opens). */
static bool clock_before(const wp_buf *b)
{
	const char *e = b->data + b->len;
	if (b->len < 4 || e[-1] < '0' || e[-1] > '9' || e[-2] < '0' || e[-2] > '9')
		return false;
	if (e[-3] == ':')
		return e[-4] >= '0' && e[-4] <= '9';
	return b->len >= 6 && memcmp(e - 5, "：", 3) == 0 && e[-6] >= '0' && e[-6] <= '9';
}

/* Removes spaces that only separate digits from 年/月/日 ("2026 年 4 月"),
 * not the one between a day and its hour (2026/5/16 9:30, as a
 * spreadsheet writes a date and time: 169:30 would be no day), nor the
 * one after an hour (9:30 2026年…启动仪式: 9:302026 would be no hour). */
char *wp_nline_squeeze_spaces(const char *s, wp_nline_work *work)
{
	wp_buf b = WP_BUF_INIT;
	for (const char *p = s; *p && wp_nline_step(work, 1); p++) {
		if (*p == ' ' && p[1] != ' ' && !in_spaced_mobile(s, p, work) &&
		    !in_cut_mobile(s, p, work)) { /* one space; a run parts table cells */
			const char *q = p + 1;
			/* the character before: 年/月/日 are three bytes back; a
			 * shorter one (é) at the start must not reach before it */
			size_t back = b.len && (unsigned char)b.data[b.len - 1] >= 0x80 ? 2 : 0;
			bool before = b.len > back && is_digit_or_date_char(b.data + b.len - 1 - back);
			bool hour = b.data && b.data[b.len - 1] >= '0' && b.data[b.len - 1] <= '9' && clock_at(q);
			if (before && !hour && !clock_before(&b) && *q && is_digit_or_date_char(q) &&
			    !two_numbers(&b, q, work)) {
				p = q - 1;
				continue;
			}
		}
		wp_buf_putc(&b, *p);
	}
	return wp_buf_take(&b);
}

bool wp_nline_ends_clause(const char *s, size_t len, wp_nline_work *work)
{
	static const char *const ends[] = {"。", "；", "：", "！", "？", ":", ";"};
	for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
		size_t n = strlen(ends[i]);
		wp_nline_step(work, n);
		if (len >= n && memcmp(s + len - n, ends[i], n) == 0)
			return true;
	}
	return false;
}

/* Is this line a table row: cells apart by a tab or by a run of spaces,
 * or by bars (| 1 | 启动仪式 |, a Word table saved as Markdown)? Each
 * look is one pass over the line, a step a byte. */
bool wp_nline_table_row(const char *line, wp_nline_work *work)
{
	size_t len = strlen(line);
	wp_nline_step(work, 2 * len); /* strlen, strchr */
	if (strchr(line, '\t'))
		return true;
	if (len > 1 && line[0] == '|' && line[len - 1] == '|')
		return true;
	/* 时间 | 活动 | 地点: bars between the cells only */
	wp_nline_step(work, 2 * len); /* the two finds */
	if (wp_str_find(line, " | "))
		return true;
	const char *gap = wp_str_find(line, "  ");
	if (gap && gap[strspn(gap, " ")] != '\0')
		return true;
	/* 主　任　许文涛　市总工会党组书记: a row flattened to text with its
	 * cells apart by U+3000, in two gaps or more between text */
	static const char wide[] = "\xe3\x80\x80";
	int gaps = 0;
	const char *p = line;
	wp_nline_step(work, len); /* one pass: each find goes on where the last ended */
	while (wp_str_starts(p, wide))
		p += strlen(wide);
	for (const char *w = wp_str_find(p, wide); w; w = wp_str_find(w, wide)) {
		while (wp_str_starts(w, wide))
			w += strlen(wide);
		if (*w)
			gaps++;
	}
	return gaps >= 2;
}

/* Does a table row open with its 序号 cell ("3", "3.", "3、" then a gap)?
 * "14:30" or "8月中旬" under the row above do not. */
bool wp_nline_row_number_first(const char *line)
{
	size_t digits = strspn(line, "0123456789");
	const char *p = line + digits;
	if (*p == '.')
		p++;
	else if (wp_str_starts(p, "、"))
		p += strlen("、");
	return digits > 0 && digits <= 3 && (*p == ' ' || *p == '\t' || *p == '\0');
}

/* table_row for the n bytes at line, after any indent. */
bool wp_nline_table_row_n(const char *line, size_t n, wp_nline_work *work)
{
	size_t skip = 0;
	while (skip < n && (line[skip] == ' ' || wp_str_starts(line + skip, "\xe3\x80\x80")))
		skip += line[skip] == ' ' ? 1 : 3;
	wp_nline_step(work, n); /* the indent skipped, the rest copied */
	char *text = wp_str_sub(line + skip, n - skip);
	bool row = wp_nline_table_row(text, work);
	free(text);
	return row;
}

/* · 17 ·: a gazette frames its page numbers with dots */
static const char *const page_dashes[] = {"—", "－", "-", "–", "·", "•", "・", NULL};

/* p past a run of the marks that frame a page's number (and the spaces
 * among them); *any tells whether there was one. */
static const char *past_dashes(const char *p, bool *any)
{
	*any = false;
	for (bool more = true; more;) {
		more = false;
		for (const char *const *d = page_dashes; *d && !more; d++)
			if (wp_str_starts(p, *d))
				p += strlen(*d), more = *any = true;
		if (more)
			p += strspn(p, " ");
	}
	return p;
}

/* "第3页", "第 3 页": p past it, or NULL. */
static const char *past_page_of(const char *p)
{
	if (!wp_str_starts(p, "第"))
		return NULL;
	p += strlen("第");
	p += strspn(p, " ");
	size_t digits = strspn(p, "0123456789");
	if (digits == 0 || digits > 4)
		return NULL;
	p += digits;
	p += strspn(p, " ");
	return wp_str_starts(p, "页") ? p + strlen("页") : NULL;
}

/* A page number a PDF left in the text: "— 3 —", "- 12 -", "第3页 共5页",
 * "第 3 页", or a slide's "—— 第3页 ——". Dropped, so the sentence the
 * page cut joins up again. */
bool wp_nline_page_number(const char *line)
{
	bool dashed, closed;
	const char *p = past_dashes(line, &dashed);
	const char *page = past_page_of(p);
	if (dashed) {
		if (page) /* —— 第3页 —— */
			p = page;
		else {
			size_t digits = strspn(p, "0123456789");
			if (digits == 0 || digits > 4)
				return false;
			p += digits;
		}
		p += strspn(p, " ");
		p = past_dashes(p, &closed);
		return closed && !*p;
	}
	if (!page)
		return false;
	p = page + strspn(page, " ，,/");
	if (!*p)
		return true;
	/* 共5页 */
	if (!wp_str_starts(p, "共"))
		return false;
	p += strlen("共");
	p += strspn(p, " ");
	p += strspn(p, "0123456789");
	p += strspn(p, " ");
	return wp_str_starts(p, "页") && !p[strlen("页")];
}

/* Does a gap (spaces, wide spaces) open at p, wide enough to stand for a
 * colon: a wide space, or two spaces? Its bytes, or 0. */
static size_t wide_gap(const char *p, wp_nline_work *work)
{
	size_t gap = 0;
	bool wide = false;
	while ((p[gap] == ' ' || wp_str_starts(p + gap, "\xe3\x80\x80")) && wp_nline_step(work, 1)) {
		wide = wide || p[gap] != ' ' || gap > 0;
		gap += p[gap] == ' ' ? 1 : 3;
	}
	return wide ? gap : 0;
}

/* 时　　间　6月9日（星期二）上午9:30, 牵头单位　自治区档案局: a field
 * label of an item's lines, padded to line up as a Word form sets it,
 * with a wide gap where the ： would be. Only a label of the field
 * tables (时间, 地点, 牵头单位 ...) and only when no other gap follows in
 * the line (时间　　地点　　内容 heads a table's columns). The label as
 * written unspaced with its ：, or NULL. */
static char *gapped_label(const char *label, const char *rest, wp_nline_work *work)
{
	const struct wp_field_label *l = wp_field_label_is(label);
	if (!l || !(l->where & WP_FIELD_LINE) || !*rest)
		return NULL;
	wp_nline_step(work, strlen(rest));
	for (const char *q = rest; *q; q += wp_str_char_len(q))
		if (wp_str_starts(q, "\xe3\x80\x80") || wp_str_starts(q, "  ") || *q == '\t')
			return NULL;
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, label);
	wp_buf_puts(&b, "：");
	wp_buf_puts(&b, rest);
	return wp_buf_take(&b);
}

/* A label spaced out to line up in the source, 联 系 人： or 成　员：, as
 * written unspaced (a copy), or NULL when line opens with no such label.
 * A field label with a gap for its ： (gapped_label) is read too. */
char *wp_nline_unspaced_label(const char *line, wp_nline_work *work)
{
	wp_buf b = WP_BUF_INIT;
	const char *p = line;
	int chars = 0, gaps = 0;
	char *gapped = NULL;
	while ((unsigned char)*p >= 0x80 && !wp_str_starts(p, "：") && !wp_str_starts(p, "（") && chars < 6) {
		size_t n = wp_str_char_len(p);
		wp_buf_append(&b, p, n);
		p += n, chars++;
		size_t gap = 0;
		while ((p[gap] == ' ' || wp_str_starts(p + gap, "\xe3\x80\x80")) &&
		       wp_nline_step(work, 1))
			gap += p[gap] == ' ' ? 1 : 3;
		wp_nline_step(work, n);
		/* 时　　间　6月9日: the gap after 间 is the ：, not the one after 时 */
		if (gap && chars >= 2 && wide_gap(p, work) && !wp_str_starts(p + gap, "：")) {
			char *g = gapped_label(b.data, p + gap, work);
			if (g) {
				free(gapped);
				gapped = g;
			}
		}
		if (gap && (unsigned char)p[gap] >= 0x80 && !wp_str_starts(p + gap, "："))
			p += gap, gaps++;
		else if (gap)
			break;
	}
	/* 成  员（按姓氏笔画排序）：: a note on the order before the ： */
	const char *colon = p;
	const char *noted = wp_nline_step(work, 60) ? wp_str_note_end(p, 60) : NULL;
	if (noted)
		colon = noted;
	if (gaps == 0 || chars < 2 || (!wp_str_starts(colon, "：") && *colon != ':')) {
		wp_buf_free(&b);
		return gapped;
	}
	free(gapped);
	wp_nline_step(work, strlen(p) * 2); /* measured, copied */
	wp_buf_puts(&b, p);
	return wp_buf_take(&b);
}


/* The bytes of a run of spaces and U+3000s at p (0 if none). */
static size_t gap_at(const char *p)
{
	size_t n = 0;
	while (p[n] == ' ' || wp_str_starts(p + n, "\xe3\x80\x80"))
		n += p[n] == ' ' ? 1 : 3;
	return n;
}

char *wp_nline_unspaced_inner_labels(const char *line, wp_nline_work *work)
{
	wp_buf b = WP_BUF_INIT;
	bool changed = false;
	const char *copied = line; /* what is in b already ends here */
	wp_nline_step(work, strlen(line));
	for (const char *p = line; *p; p += wp_str_char_len(p)) {
		/* 电　话：0595-…　　手　机：139…: X, a gap, Y, then ： */
		size_t x = wp_str_char_len(p), gap = x == 3 ? gap_at(p + x) : 0;
		const char *y = p + x + gap;
		if (!gap || wp_str_char_len(y) != 3 || !wp_str_starts(y + 3, "："))
			continue;
		char pair[7];
		memcpy(pair, p, 3);
		memcpy(pair + 3, y, 3);
		pair[6] = '\0';
		if (!wp_word_is(pair, WP_WORDS_SPACED_PAIR_LABEL))
			continue;
		wp_buf_append(&b, copied, (size_t)(p - copied));
		wp_buf_puts(&b, pair);
		copied = y + 3;
		p = y; /* on past the label's second character */
		changed = true;
	}
	if (!changed) {
		wp_buf_free(&b);
		return NULL;
	}
	wp_buf_puts(&b, copied);
	return wp_buf_take(&b);
}

/* U+2500..U+257F, the box-drawing block: its code point's offset in the
 * block at p (0..127), or -1 when p holds no such character. */
static int box_char(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	if (u[0] != 0xe2 || (u[1] != 0x94 && u[1] != 0x95) || u[2] < 0x80 || u[2] > 0xbf)
		return -1;
	return (u[1] - 0x94) * 64 + (u[2] - 0x80);
}

bool wp_nline_box_rule(const char *line)
{
	bool junction = false;
	size_t chars = 0; /* box characters, spaces not counted */
	for (const char *p = line; *p;) {
		if (*p == ' ') {
			p++;
			continue;
		}
		chars++;
		int box = box_char(p);
		if (box < 0)
			return false;
		/* ─ ━ ═ alone make a plain rule, which under a header says no
		 * more than a line; a junction says the table is drawn */
		junction = junction || (box != 0x00 && box != 0x01 && box != 0x50);
		p += 3;
	}
	return junction && chars >= 3;
}

bool wp_nline_ocr_rule(const char *line)
{
	size_t ones = 0, stars = 0;
	for (const char *p = line; *p;) {
		if (*p == ' ') {
			p++;
		} else if (wp_str_starts(p, "一")) {
			ones++, p += strlen("一");
		} else if (wp_str_starts(p, "★") || wp_str_starts(p, "☆")) {
			stars++, p += strlen("★");
		} else {
			return false;
		}
	}
	return ones >= 8 && stars <= 2;
}

/* Is p a bar that parts cells: │ ┃ ║ of a drawn table, ｜ or | typed? */
static size_t cell_bar(const char *p)
{
	int box = box_char(p);
	if (box == 0x02 || box == 0x03 || box == 0x51)
		return 3;
	if (wp_str_starts(p, "｜"))
		return strlen("｜");
	return *p == '|';
}

char *wp_nline_box_bars(const char *line)
{
	const char *first = NULL;
	size_t bars = 0, drawn = 0, plain = 0; /* bars; of a drawn table (│ ┃ ║); plain | */
	for (const char *p = line; *p; p += wp_str_char_len(p)) {
		size_t bar = cell_bar(p);
		if (bar && !first)
			first = p;
		bars += bar > 0;
		drawn += bar > 1 && !wp_str_starts(p, "｜");
		plain += bar == 1;
	}
	/* 1｜预热宣传｜4月15日｜…: a row typed with bars and no spaces around
	 * them; a drawn row's outer bars say it is one already */
	/* two ｜ make a row; plain | three (a|b in a text is no table) */
	bool respace = (bars - plain >= 2 || bars >= 3) && *line != '|' && !cell_bar(line) &&
		       !wp_str_find(line, " | ");
	if (!drawn && !respace)
		return NULL;
	wp_buf b = WP_BUF_INIT;
	wp_buf_append(&b, line, (size_t)(first - line));
	for (const char *p = first; *p; p += wp_str_char_len(p)) {
		if (!cell_bar(p))
			wp_buf_append(&b, p, wp_str_char_len(p));
		else
			wp_buf_puts(&b, respace ? " | " : "|");
	}
	return wp_buf_take(&b);
}

size_t wp_nline_leader_at(const char *p)
{
	static const char *const dots[] = {"…", "．", "·", "•", ".", NULL};
	for (const char *const *d = dots; *d; d++) {
		const char *q = p;
		size_t n = 0;
		while (wp_str_skip(&q, *d))
			n++;
		/* ...... (six dots) is the ellipsis typed: a leader runs on */
		if (n >= (strcmp(*d, "…") == 0 ? 3u : 10u))
			return (size_t)(q - p);
	}
	return 0;
}

bool wp_nline_has_leader(const char *line)
{
	for (const char *p = line; *p; p += wp_str_char_len(p)) {
		size_t n = wp_nline_leader_at(p);
		if (n)
			return true;
	}
	return false;
}

/* The keycap digit at p (1️⃣ or 1⃣), its value, *p moved past it; -1 if
 * none. */
static int keycap_digit(const char **p)
{
	static const char keycap[] = "\xe2\x83\xa3", vs16[] = "\xef\xb8\x8f";
	const char *q = *p;
	if (*q < '0' || *q > '9')
		return -1;
	int digit = *q++ - '0';
	if (wp_str_starts(q, vs16))
		q += strlen(vs16);
	if (!wp_str_starts(q, keycap))
		return -1;
	*p = q + strlen(keycap);
	return digit;
}

/* After a keycap digit, a count or a date (3️⃣天后, 5️⃣月1️⃣6️⃣日: its word,
 * then a digit or 后/前/内), not a title that opens with the word
 * (天文观测, 月光下的…)? */
static bool keycap_count(const char *p)
{
	size_t len = wp_word_at(p, WP_WORDS_KEYCAP_COUNT);
	if (!len)
		return false;
	p += len;
	return (*p >= '0' && *p <= '9') || wp_word_at(p, WP_WORDS_KEYCAP_COUNT_AFTER);
}

char *wp_nline_keycap_number(const char *para)
{
	static const char ten[] = "\xf0\x9f\x94\x9f";
	const char *p = para;
	int n = 0, digits = 0;
	if (wp_str_starts(p, ten)) {
		n = 10;
		p += strlen(ten);
		digits = 2;
	}
	/* 1️⃣1️⃣: a number of keycaps */
	for (int d; digits < 2 && (d = keycap_digit(&p)) >= 0; digits++)
		n = n * 10 + d;
	if (!digits || n == 0)
		return NULL;
	/* 5️⃣月1️⃣6️⃣日, 3️⃣天后: a count or a date written in keycaps, no item */
	bool gap = false;
	while (*p == ' ' || wp_str_starts(p, "\xe3\x80\x80") || wp_str_starts(p, "、") || wp_str_starts(p, "．") || *p == '.') {
		p += (unsigned char)*p < 0x80 ? 1 : 3;
		gap = true;
	}
	if (!*p || (!gap && keycap_count(p)))
		return NULL;
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%d.%s", n, p);
	return wp_buf_take(&b);
}
