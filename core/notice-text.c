/* notice-text.c - a notice's bytes decoded (UTF-8, UTF-16, GB18030) and
 * cut into clean paragraphs: see notice-text.h. The numbers that open
 * headings, which tell where a paragraph starts, are read by
 * notice-heading.c. */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "alloc.h"
#include "i18n-core.h"
#include "buf.h"
#include "notice-date.h"
#include "notice-heading.h"
#include "notice-text.h"
#include "text.h"

/* ---- decoding -------------------------------------------------------------- */

/* bytes in charset as NUL-terminated UTF-8 (caller frees); NULL on failure
 * with *bad the offset of the first byte not converted, or SIZE_MAX (and
 * errno) when iconv cannot convert from charset at all. */
static char *convert(const char *charset, const char *bytes, size_t len, size_t *out_len,
		     size_t *bad)
{
	iconv_t cd = iconv_open("UTF-8", charset);
	if (cd == (iconv_t)-1) {
		*bad = SIZE_MAX;
		return NULL;
	}
	/* Two bytes of UTF-16 or GB18030 give at most three of UTF-8. */
	size_t cap = len * 2 + 16, left_out = cap, left_in = len;
	char *out = wp_xmalloc(cap + 1), *po = out;
	char *pi = (char *)bytes;
	size_t rc = iconv(cd, &pi, &left_in, &po, &left_out);
	iconv_close(cd);
	if (rc == (size_t)-1) {
		*bad = (size_t)(pi - bytes);
		free(out);
		return NULL;
	}
	*po = '\0';
	*out_len = (size_t)(po - out);
	return out;
}

static char *from_gb18030(const char *bytes, size_t len, wp_err *err)
{
	size_t n, bad;
	char *out = convert("GB18030", bytes, len, &n, &bad);
	if (!out && bad == SIZE_MAX)
		wp_err_set(err, WP_TR("cannot convert from GB18030: %s"), strerror(errno));
	else if (!out)
		wp_err_set(err, WP_TR("the text is neither UTF-8 nor GB18030 (undecodable bytes near "
				"byte %zu)"),
			   bad);
	return out;
}

/* Windows Notepad's "Unicode": UTF-16 after a byte-order mark, either byte
 * order. Returns 0 and *utf8 = NULL for text without one, -1 with err for
 * text that has one but is no UTF-16. */
static int from_utf16(const char *bytes, size_t len, char **utf8, size_t *n, wp_err *err)
{
	*utf8 = NULL;
	if (len < 2 || !(memcmp(bytes, "\xff\xfe", 2) == 0 || memcmp(bytes, "\xfe\xff", 2) == 0))
		return 0;
	const char *charset = bytes[0] == '\xff' ? "UTF-16LE" : "UTF-16BE";
	size_t bad;
	*utf8 = convert(charset, bytes + 2, len - 2, n, &bad);
	if (!*utf8 && bad == SIZE_MAX)
		return wp_err_set(err, WP_TR("cannot convert from %s: %s"), charset, strerror(errno));
	if (!*utf8)
		return wp_err_set(err, WP_TR("the text starts as UTF-16 but is not (undecodable "
					     "bytes near byte %zu)"),
				  bad + 2);
	return 0;
}

/* Maps one character for the reader; appends its replacement. */
static void put_normalized(wp_buf *b, ucs4_t uc, const uint8_t *raw, int len)
{
	if (uc >= 0xff10 && uc <= 0xff19) { /* full-width digits */
		wp_buf_putc(b, (char)('0' + (uc - 0xff10)));
		return;
	}
	if (uc == 0xfe30 || uc == 0xff1a) { /* ︰ (U+FE30) and ： in times become ':' */
		wp_buf_puts(b, uc == 0xff1a ? "：" : ":");
		return;
	}
	/* 地点:X, 市教育局,市科协: half-width punctuation typed after Chinese
	 * text is the full-width one (after a digit, 9:30 stays a time). */
	bool after_cjk = b->len && (unsigned char)b->data[b->len - 1] >= 0x80;
	if (after_cjk && (uc == ':' || uc == ',' || uc == ';')) {
		wp_buf_puts(b, uc == ':' ? "：" : uc == ',' ? "，" : "；");
		return;
	}
	if (uc == '(') {
		wp_buf_puts(b, "（");
		return;
	}
	if (uc == ')') {
		wp_buf_puts(b, "）");
		return;
	}
	/* A tab stays for now: it marks a table row (see add_line). */
	if (uc == 0xa0)
		uc = ' ';
	if (uc == '\t') {
		wp_buf_putc(b, '\t');
		return;
	}
	if (uc == ' ') {
		wp_buf_putc(b, ' ');
		return;
	}
	wp_buf_append(b, (const char *)raw, (size_t)len);
}

static bool is_digit_or_date_char(const char *s)
{
	return (*s >= '0' && *s <= '9') || wp_str_starts(s, "年") || wp_str_starts(s, "月") ||
	       wp_str_starts(s, "日");
}

/* Removes spaces that only separate digits from 年/月/日 ("2026 年 4 月"). */

/* Is the space at p inside a mobile number written in groups? */
static bool in_spaced_mobile(const char *s, const char *p)
{
	return ((size_t)(p - s) >= 3 && wp_str_spaced_mobile(p - 3) &&
		((size_t)(p - s) == 3 || !(p[-4] >= '0' && p[-4] <= '9'))) ||
	       ((size_t)(p - s) >= 8 && wp_str_spaced_mobile(p - 8) &&
		((size_t)(p - s) == 8 || !(p[-9] >= '0' && p[-9] <= '9')));
}

static char *squeeze_date_spaces(const char *s)
{
	wp_buf b = WP_BUF_INIT;
	for (const char *p = s; *p; p++) {
		if (*p == ' ' && p[1] != ' ' && !in_spaced_mobile(s, p)) { /* one space; a run parts table cells */
			const char *q = p + 1;
			/* the character before: 年/月/日 are three bytes back; a
			 * shorter one (é) at the start must not reach before it */
			size_t back = b.len && (unsigned char)b.data[b.len - 1] >= 0x80 ? 2 : 0;
			bool before = b.len > back && is_digit_or_date_char(b.data + b.len - 1 - back);
			if (before && *q && is_digit_or_date_char(q)) {
				p = q - 1;
				continue;
			}
		}
		wp_buf_putc(&b, *p);
	}
	return wp_buf_take(&b);
}

/* Does the text s[0..len) end a sentence? (len is known: a paragraph being
 * built is asked this at every line, so it must not be measured again.) */
static bool ends_sentence(const char *s, size_t len)
{
	static const char *const ends[] = {"。", "；", "：", "！", "？", "）", "”", "」", ":", ";", "."};
	for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
		size_t n = strlen(ends[i]);
		if (len >= n && memcmp(s + len - n, ends[i], n) == 0)
			return true;
	}
	return false;
}

/* Ends a sentence or a clause for certain: a wrapped line may end with
 * a closing bracket or quote in mid-sentence (总结（含图片不少于5张） | 报…). */
static bool ends_clause(const char *s, size_t len)
{
	static const char *const ends[] = {"。", "；", "：", "！", "？", ":", ";"};
	for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
		size_t n = strlen(ends[i]);
		if (len >= n && memcmp(s + len - n, ends[i], n) == 0)
			return true;
	}
	return false;
}

/* A line that opens a block by its structure: a heading, an annex, a
 * lone number (a table row laid out a cell per line). */
static bool starts_structure(const char *s)
{
	int n;
	size_t digits = strspn(s, "0123456789");
	if (digits > 0 && digits <= 3 && !s[digits])
		return true;
	return wp_heading_top(s, &n) || wp_heading_item(s, &n) || wp_str_starts(s, "附件");
}

/* Is there a ： among the first bytes of s (a label's, 牵头单位：)? */
static bool colon_near(const char *s)
{
	for (size_t i = 0; i < 18 && s[i]; i++)
		if (wp_str_starts(s + i, "："))
			return true;
	return false;
}

/* A line that opens a block: by its structure, or by the word of a label
 * line (联系人, 时间, 牵头单位 ...). */
static bool starts_block(const char *s)
{
	return starts_structure(s) || wp_str_starts(s, "组委会") ||
	       wp_str_starts(s, "联系") || wp_str_starts(s, "电话") || wp_str_starts(s, "责任单位") ||
	       wp_str_starts(s, "时间") || wp_str_starts(s, "主任单位") || wp_str_starts(s, "成员单位") ||
	       wp_str_starts(s, "组长单位") || wp_str_starts(s, "副主任单位") ||
	       wp_str_starts(s, "副组长单位") || wp_str_starts(s, "牵头单位") ||
	       wp_str_starts(s, "配合单位") || wp_str_starts(s, "地点") || wp_str_starts(s, "活动时间") ||
	       wp_str_starts(s, "活动地点");
}

/* The paragraph being built: lines are appended while it reads as prose
 * cut by a page break. What continues() asks is kept as lines come, so
 * joining many lines stays linear. */
struct open_para {
	wp_buf text;
	int width;
	bool has_comma, has_period, label; /* label: "X：…" near the start */
	bool has_full_comma;		   /* a ， (not a 、 in a quoted title) */
	bool row;			   /* a table row: never joined */
	int last_width;			   /* of the line appended last */
	int open_brackets;		   /* （ not yet closed by ） */
	int wrap;			   /* the text's wrap width, 0: none */
};

/* Was this paragraph cut by a page break? Prose (with commas) that is long
 * and stops mid-sentence; never a heading, a title or a "label：list" line. */
static bool continues(const struct open_para *o)
{
	int n;
	const char *text = wp_buf_str(&o->text);
	/* text copied from a PDF wraps every line at one width: a full line
	 * that does not end its sentence goes on in the next, whatever it
	 * opens with (（三）“安全宣传咨询日”活动。6月16日（星期 | 一）上午9:00);
	 * "full" leaves room for the half-width digits and quotes a line holds */
	if (o->wrap && o->last_width * 100 >= o->wrap * 85 && !ends_clause(text, o->text.len))
		return true;
	/* …报X（邮箱：hrbjsb@163.co | m）。: a wrapped line short of the width
	 * (half-width letters) inside a bracket still goes on */
	if (o->wrap && o->open_brackets > 0 && !ends_clause(text, o->text.len))
		return true;
	/* an item that opens a long sentence ("（四）宣传周结束后，请…") may be
	 * cut by a page like any prose; a short item title is not */
	if (o->width < 40 || ends_sentence(text, o->text.len) || wp_heading_top(text, &n) ||
	    (wp_heading_item(text, &n) && !o->has_full_comma))
		return false;
	if (!o->has_comma)
		return false;
	return !(o->label && !o->has_period);
}

static void push_para(wp_ntext *t, size_t *cap, struct open_para *o)
{
	if (o->text.len == 0)
		return;
	if (t->n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		t->para = wp_xrealloc(t->para, *cap * sizeof *t->para);
	}
	t->para[t->n++] = wp_buf_take(&o->text);
	o->width = o->last_width = o->open_brackets = 0;
	o->has_comma = o->has_full_comma = o->has_period = o->label = false;
}

static void append_line(struct open_para *o, const char *clean)
{
	if (o->text.len == 0) {
		const char *colon = wp_str_find(clean, "：");
		o->label = colon && colon - clean <= 18;
	}
	wp_buf_puts(&o->text, clean);
	o->last_width = wp_text_width(clean);
	o->width += o->last_width;
	for (const char *b = wp_str_find(clean, "（"); b; b = wp_str_find(b + strlen("（"), "（"))
		o->open_brackets++;
	for (const char *b = wp_str_find(clean, "）"); b; b = wp_str_find(b + strlen("）"), "）"))
		o->open_brackets -= o->open_brackets > 0;
	o->has_comma = o->has_comma || wp_str_find(clean, "，") || wp_str_find(clean, "、");
	o->has_full_comma = o->has_full_comma || wp_str_find(clean, "，");
	o->has_period = o->has_period || wp_str_find(clean, "。");
}

/* Is this line a table row: cells apart by a tab or by a run of spaces,
 * or by bars (| 1 | 启动仪式 |, a Word table saved as Markdown)? */
static bool table_row(const char *line)
{
	if (strchr(line, '\t'))
		return true;
	size_t len = strlen(line);
	if (len > 1 && line[0] == '|' && line[len - 1] == '|')
		return true;
	/* 时间 | 活动 | 地点: bars between the cells only */
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

/* A page number a PDF left in the text: "— 3 —", "- 12 -", "第3页 共5页",
 * "第 3 页". Dropped, so the sentence the page cut joins up again. */
static bool page_number(const char *line)
{
	static const char *const dashes[] = {"—", "－", "-", "–", NULL};
	const char *p = line;
	bool dashed = false;
	for (const char *const *d = dashes; *d && !dashed; d++)
		if (wp_str_starts(p, *d))
			p += strlen(*d), dashed = true;
	if (!dashed && !wp_str_starts(p, "第"))
		return false;
	if (!dashed)
		p += strlen("第");
	p += strspn(p, " ");
	size_t digits = strspn(p, "0123456789");
	if (digits == 0 || digits > 4)
		return false;
	p += digits;
	p += strspn(p, " ");
	if (dashed) {
		for (const char *const *d = dashes; *d; d++)
			if (wp_str_starts(p, *d))
				return !p[strlen(*d)];
		return false;
	}
	if (!wp_str_starts(p, "页"))
		return false;
	p += strlen("页");
	p += strspn(p, " ，,/");
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

/* A label spaced out to line up in the source, 联 系 人： or 成　员：, as
 * written unspaced (a copy), or NULL when line opens with no such label. */
static char *unspaced_label(const char *line)
{
	wp_buf b = WP_BUF_INIT;
	const char *p = line;
	int chars = 0, gaps = 0;
	while ((unsigned char)*p >= 0x80 && !wp_str_starts(p, "：") && chars < 6) {
		size_t n = wp_str_char_len(p);
		wp_buf_append(&b, p, n);
		p += n, chars++;
		size_t gap = 0;
		while (p[gap] == ' ' || wp_str_starts(p + gap, "\xe3\x80\x80"))
			gap += p[gap] == ' ' ? 1 : 3;
		if (gap && (unsigned char)p[gap] >= 0x80 && !wp_str_starts(p + gap, "："))
			p += gap, gaps++;
		else if (gap)
			break;
	}
	if (gaps == 0 || chars < 2 || (!wp_str_starts(p, "：") && *p != ':')) {
		wp_buf_free(&b);
		return NULL;
	}
	wp_buf_puts(&b, p);
	return wp_buf_take(&b);
}

static void add_line(wp_ntext *t, size_t *cap, struct open_para *o, const char *line)
{
	char *trimmed = wp_str_trim_end(line, NULL);
	const char *p = trimmed;
	while (*p == ' ' || *p == '\t' || wp_str_starts(p, "\xe3\x80\x80"))
		p += *p == ' ' || *p == '\t' ? 1 : 3;
	if (page_number(p)) {
		free(trimmed);
		return;
	}
	char *label = unspaced_label(p);
	if (label) {
		free(trimmed);
		trimmed = label;
		p = trimmed;
	}
	/* A table row is a paragraph of its own, never joined to another;
	 * its cells stay apart by spaces. A line under a row indented by
	 * spaces far into it is the rest of one of its cells (区餐饮 /
	 * 行业协会): it keeps its indent, which says the cell's column. */
	bool row = table_row(p);
	if (!row && o->row && p - trimmed >= 8 && strspn(trimmed, " ") == (size_t)(p - trimmed))
		row = true, p = trimmed;
	char *spaced = NULL;
	if (row) {
		/* a tab becomes two spaces: cells stay apart by a run of
		 * spaces even where a cell holds one (4月20日 上午9:00) */
		wp_buf b = WP_BUF_INIT;
		for (const char *c = p; *c; c++)
			wp_buf_puts(&b, *c == '\t' ? "  " : (char[]){*c, '\0'});
		spaced = wp_buf_take(&b);
		p = spaced;
	}
	if (!*p) {
		free(trimmed);
		return;
	}
	char *squeezed = squeeze_date_spaces(p);
	char *clean = wp_ndate_digits(squeezed); /* 二〇二四年四月十五日 */
	free(squeezed);
	free(trimmed);
	free(spaced);
	/* A long paragraph cut before its sentence ended continues in the
	 * next line (a page break in the source). */
	/* a line cut inside a bracket goes on even where the rest looks like
	 * an item's number: 6月16日（星期 | 一）上午 */
	bool opens = starts_block(clean) && !(o->wrap && o->open_brackets > 0);
	/* …各区水务局和各 | 牵头单位于5月22日前…: in wrapped text a full line
	 * cut mid-sentence goes on even into a label's word, unless the word
	 * is a label (牵头单位：) or the line opens a heading */
	if (opens && o->wrap && o->last_width * 100 >= o->wrap * 85 &&
	    !ends_clause(wp_buf_str(&o->text), o->text.len) && !starts_structure(clean) &&
	    !colon_near(clean))
		opens = false;
	if (row || o->row || !(o->text.len && continues(o) && !opens))
		push_para(t, cap, o);
	append_line(o, clean);
	o->row = row;
	free(clean);
}

static int decode_utf8_or_gb18030(const char *bytes, size_t len, wp_ntext *out, wp_err *err);

/* The width at which the text was wrapped, when it was: a copy from a
 * PDF (or a fixed-width mail) breaks every line of a paragraph at one
 * width, give or take a column for punctuation. Found as the width most
 * long lines share; 0 when no width is shared by at least five lines and
 * two in five of the long ones (a text with a paragraph per line has
 * widths all over). Lines over 200 columns are paragraphs, not wraps. */
enum { WRAP_MIN = 24, WRAP_MAX = 200 };
static int wrap_width(const char *text)
{
	int count[WRAP_MAX + 1] = {0}, long_lines = 0;
	for (const char *line = text; *line;) {
		size_t n = 0; /* not strcspn: under ASan it measures the whole rest */
		while (line[n] && line[n] != '\n')
			n++;
		size_t end = n;
		while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r'))
			end--;
		/* a line of fewer bytes than WRAP_MIN is narrower than that */
		int w = end >= WRAP_MIN ? wp_text_width_n(line, end) : 0;
		if (w >= WRAP_MIN && w <= WRAP_MAX)
			count[w]++, long_lines++;
		line += n + (line[n] == '\n');
	}
	int best = 0, best_n = 0;
	for (int w = WRAP_MIN; w <= WRAP_MAX; w++) {
		int n = count[w] + count[w - 1] + count[w - 2];
		if (n > best_n)
			best = w, best_n = n;
	}
	return best_n >= 5 && best_n * 5 >= long_lines * 2 ? best : 0;
}

int wp_ntext_decode(const char *bytes, size_t len, wp_ntext *out, wp_err *err)
{
	memset(out, 0, sizeof *out);
	if (len > WP_NOTICE_MAX_BYTES)
		return wp_err_set(err, WP_TR("the file is too large for a notice (over %d bytes)"),
				  WP_NOTICE_MAX_BYTES);
	char *utf8;
	size_t n;
	if (from_utf16(bytes, len, &utf8, &n, err) != 0)
		return -1;
	if (!utf8)
		return decode_utf8_or_gb18030(bytes, len, out, err);
	int rc = decode_utf8_or_gb18030(utf8, n, out, err);
	free(utf8);
	return rc;
}

static int decode_utf8_or_gb18030(const char *bytes, size_t len, wp_ntext *out, wp_err *err)
{
	if (len >= 3 && memcmp(bytes, "\xef\xbb\xbf", 3) == 0)
		bytes += 3, len -= 3;
	if (memchr(bytes, '\0', len))
		return wp_err_set(err, WP_TR("this is a binary file, not the text of a notice"));
	char *utf8;
	if (wp_text_is_utf8(bytes, len)) {
		utf8 = wp_xstrndup(bytes, len);
	} else {
		if (!(utf8 = from_gb18030(bytes, len, err)))
			return -1;
		out->was_gb18030 = true;
	}
	wp_buf line = WP_BUF_INIT;
	struct open_para open = {.text = WP_BUF_INIT, .wrap = wrap_width(utf8)};
	size_t cap = 0;
	const uint8_t *p = (const uint8_t *)utf8;
	while (*p) {
		ucs4_t uc;
		int n = u8_strmbtouc(&uc, p);
		if (n <= 0)
			n = 1, uc = 0xfffd;
		if (uc == '\n' || uc == '\r' || uc == 0x2028 || uc == 0x2029 || uc == 0x0c) {
			add_line(out, &cap, &open, wp_buf_str(&line));
			wp_buf_reset(&line);
		} else if (!wp_text_forbidden(uc) || uc == '\t') { /* controls, bidi: dropped */
			put_normalized(&line, uc, p, n);
		}
		p += n;
	}
	add_line(out, &cap, &open, wp_buf_str(&line));
	push_para(out, &cap, &open);
	wp_buf_free(&open.text);
	wp_buf_free(&line);
	free(utf8);
	if (out->n == 0)
		return wp_err_set(err, WP_TR("the file is empty"));
	return 0;
}

void wp_ntext_free(wp_ntext *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->para[i]);
	free(t->para);
	memset(t, 0, sizeof *t);
}
