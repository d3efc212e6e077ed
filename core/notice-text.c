/* notice-text.c - a notice's bytes decoded (UTF-8, UTF-16, GB18030),
 * each character normalised, and cut into lines: see notice-text.h. The
 * lines are joined into paragraphs by notice-lines.c. */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uninorm.h>
#include <unistr.h>

#include "alloc.h"
#include "i18n-core.h"
#include "buf.h"
#include "notice-bar-cells.h"
#include "notice-bilingual.h"
#include "notice-deck.h"
#include "notice-layout-table.h"
#include "notice-tsv.h"
#include "notice-lines.h"
#include "notice-ocr.h"
#include "notice-rebreak.h"
#include "notice-side-by-side.h"
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

/* ⽉ ⽇ ⼈ (Kangxi radicals, U+2F00..U+2FD5) and ⻓ ⻔ ⻅ (radicals of the
 * supplement, U+2E80..U+2EF3): a PDF's fonts map some characters to the
 * radical that looks the same, and a copy keeps it. The character it
 * stands for, or uc itself. The Kangxi radicals decompose to theirs;
 * the supplement's simplified forms do not, and are listed (their
 * equivalents as Unicode gives them). */
static ucs4_t unradical(ucs4_t uc)
{
	if (uc >= 0x2f00 && uc <= 0x2fd5) {
		int tag;
		ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
		return uc_decomposition(uc, &tag, d) == 1 ? d[0] : uc;
	}
	static const ucs4_t supplement[][2] = {
		{0x2e9f, 0x6bcd}, {0x2ea0, 0x6c11}, {0x2ec4, 0x897f}, {0x2ec5, 0x89c1}, {0x2ec6, 0x89d2},
		{0x2ec9, 0x8d1d}, {0x2ecb, 0x8f66}, {0x2ed3, 0x957f}, {0x2ed4, 0x95e8}, {0x2ed8, 0x9752},
		{0x2eda, 0x9875}, {0x2edb, 0x98ce}, {0x2edc, 0x98de}, {0x2edd, 0x98df}, {0x2ee2, 0x9a6c},
		{0x2ee3, 0x9aa8}, {0x2ee4, 0x9b3c}, {0x2ee5, 0x9c7c}, {0x2ee6, 0x9e1f}, {0x2ee8, 0x9ea6},
		{0x2ee9, 0x9ec4}, {0x2eec, 0x9f50}, {0x2eee, 0x9f7f}, {0x2ef0, 0x9f99}, {0x2ef3, 0x9f9f},
	};
	for (size_t k = 0; uc >= 0x2e80 && uc <= 0x2ef3 && k < sizeof supplement / sizeof *supplement; k++)
		if (supplement[k][0] == uc)
			return supplement[k][1];
	return uc;
}

/* Maps one character for the reader; appends its replacement. */
static void put_normalized(wp_buf *b, ucs4_t uc, const uint8_t *raw, int len)
{
	ucs4_t plain = unradical(uc);
	if (plain != uc) {
		uint8_t out[6];
		int n = u8_uctomb(out, plain, sizeof out);
		if (n > 0) {
			wp_buf_append(b, (const char *)out, (size_t)n);
			return;
		}
	}
	if (uc >= 0xff10 && uc <= 0xff19) { /* full-width digits */
		wp_buf_putc(b, (char)('0' + (uc - 0xff10)));
		return;
	}
	const char *mended = wp_nocr_mend(b, uc, raw + len); /* a scan's 2O26, 5月29曰 */
	if (mended) {
		wp_buf_puts(b, mended);
		return;
	}
	if (uc == 0xfe30 || uc == 0xff1a) { /* ︰ (U+FE30) and ： in times become ':' */
		wp_buf_puts(b, uc == 0xff1a ? "：" : ":");
		return;
	}
	/* 地点:X, 市教育局,市科协: half-width punctuation typed after Chinese
	 * text is the full-width one (after a digit, 9:30 stays a time); so
	 * is one typed before a Chinese character: 电话:0795-2761853;陈聪
	 * (not before a full-width digit: １５:００ is a time). raw + len is
	 * the rest of the text, NUL-terminated. */
	bool after_cjk = b->len && (unsigned char)b->data[b->len - 1] >= 0x80;
	/* ∶ (RATIO) typed for a colon: a clock's after a digit when two
	 * digits end it (14∶30, not 1∶1 or 1∶10比例), a label's after Chinese
	 * (时间∶X); else the ratio it is */
	if (uc == 0x2236) {
		const uint8_t *n = raw + len;
		bool digit_before = b->len && b->data[b->len - 1] >= '0' && b->data[b->len - 1] <= '9';
		bool clock = digit_before && n[0] >= '0' && n[0] <= '9' && n[1] >= '0' && n[1] <= '9' &&
			     !(n[2] >= '0' && n[2] <= '9') && strncmp((const char *)n + 2, "比", strlen("比")) != 0;
		if (clock || after_cjk)
			uc = ':';
	}
	ucs4_t next = 0;
	if (raw[len])
		u8_strmbtouc(&next, raw + len);
	bool before_cjk = (next >= 0x3400 && next <= 0x4dbf) || (next >= 0x4e00 && next <= 0x9fff);
	if ((after_cjk || before_cjk) && (uc == ':' || uc == ',' || uc == ';')) {
		wp_buf_puts(b, uc == ':' ? "：" : uc == ',' ? "，" : "；");
		return;
	}
	if (uc == ':') {
		wp_buf_putc(b, ':');
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

static int decode_utf8_or_gb18030(const char *bytes, size_t len, size_t join_steps_per_byte,
				  wp_ntext *out, wp_err *err);

int wp_ntext_decode(const char *bytes, size_t len, wp_ntext *out, wp_err *err)
{
	return wp_ntext_decode_within(bytes, len, WP_NLINES_STEPS_PER_BYTE, out, err);
}

int wp_ntext_decode_within(const char *bytes, size_t len, size_t join_steps_per_byte, wp_ntext *out,
			   wp_err *err)
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
		return decode_utf8_or_gb18030(bytes, len, join_steps_per_byte, out, err);
	int rc = decode_utf8_or_gb18030(utf8, n, join_steps_per_byte, out, err);
	free(utf8);
	return rc;
}

/* Cuts utf8 (n bytes) into lines and joins them into the paragraphs of
 * out; -1 with err, and out empty, when the joiner spent its budget (a
 * fixed multiple of the bytes, as the reader's): no half-joined text goes
 * on to be read. */
struct line_sink {
	wp_nlines *lines;
	wp_ntext *out;
};

static int add_to_lines(void *ctx, const char *line)
{
	struct line_sink *sink = ctx;
	return wp_nlines_add(sink->lines, sink->out, line);
}

/* The lines of utf8, each owned (free with free_lines): valid UTF-8
 * (a byte that is not is U+FFFD), controls and bidi marks dropped, not
 * yet normalised (a sheet's commas are still ASCII: see wp_ncsv_rows). */
static char **cut_lines(const char *utf8, size_t *count)
{
	wp_buf line = WP_BUF_INIT;
	size_t n = 0, cap = 64;
	char **v = wp_xmalloc(cap * sizeof *v);
	const uint8_t *p = (const uint8_t *)utf8;
	for (;;) {
		ucs4_t uc = 0;
		int len = *p ? u8_strmbtouc(&uc, p) : 0;
		bool invalid = *p && len <= 0;
		if (invalid)
			len = 1, uc = 0xfffd;
		/* \r\n ends one line, not a line and a blank one: a blank
		 * line parts paragraphs (notice-lines.c) */
		if (*p && uc == '\r' && p[1] == '\n') {
			p++;
			continue;
		}
		if (!*p || uc == '\n' || uc == '\r' || uc == 0x2028 || uc == 0x2029 || uc == 0x0c) {
			if (n == cap)
				v = wp_xrealloc(v, (cap *= 2) * sizeof *v);
			v[n++] = wp_buf_take(&line);
			if (!*p)
				break;
		} else if (invalid) {
			wp_buf_puts(&line, "\xef\xbf\xbd");
		} else if (!wp_text_forbidden(uc) || uc == '\t') { /* controls, bidi: dropped */
			wp_buf_append(&line, (const char *)p, (size_t)len);
		}
		p += len;
	}
	*count = n;
	return v;
}

/* Each line normalised for the reader in place (put_normalized). */
static void normalize_lines(char **v, size_t n)
{
	wp_buf b = WP_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		wp_buf_reset(&b);
		const uint8_t *p = (const uint8_t *)v[i];
		while (*p) {
			ucs4_t uc = 0;
			int len = u8_strmbtouc(&uc, p);
			put_normalized(&b, uc, p, len);
			p += len;
		}
		free(v[i]);
		v[i] = wp_buf_take(&b);
	}
	wp_buf_free(&b);
}

/* How many '>' quote marks open line (each with the space after it:
 * "> > " is a quote inside a quote; a copy may indent them all), *len
 * the bytes they take with the indent. */
static size_t quote_marks(const char *line, size_t *len)
{
	size_t marks = 0;
	const char *p = line;
	while (*p == ' ' || *p == '\t' || strncmp(p, "\xe3\x80\x80", 3) == 0)
		p += *p == ' ' || *p == '\t' ? 1 : 3;
	while (*p == '>') {
		marks++;
		p += 1 + (p[1] == ' ');
	}
	*len = marks ? (size_t)(p - line) : 0;
	return marks;
}

/* A mail client quotes the message it forwards or answers a line at a
 * time ("> 各街道残联：", a blank quoted line a bare ">"). The marks are
 * no part of the text: with them the outline would see no heading, no
 * title, no signature. Drops them when three lines in a row bear one (a
 * lone "> " may be the text's own). */
#define QUOTED_RUN 3
static void unquote_lines(char **v, size_t n)
{
	size_t run = 0, len;
	bool quoted = false;
	for (size_t i = 0; i < n && !quoted; i++) {
		run = quote_marks(v[i], &len) ? run + 1 : 0;
		quoted = run >= QUOTED_RUN;
	}
	for (size_t i = 0; quoted && i < n; i++)
		if (quote_marks(v[i], &len))
			memmove(v[i], v[i] + len, strlen(v[i] + len) + 1);
}

static void free_lines(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static int join_lines(const char *utf8, size_t n, size_t join_steps_per_byte, wp_ntext *out,
		      wp_err *err)
{
	wp_nlines *lines = wp_nlines_new(utf8, join_steps_per_byte * (n + 4096));
	size_t count;
	char **cut = cut_lines(utf8, &count);
	/* a sheet saved as CSV: rows apart by tabs, before its commas are
	 * read as a sentence's */
	cut = wp_ncsv_rows(cut, &count);
	normalize_lines(cut, count);
	unquote_lines(cut, count);
	/* a notice in Chinese and English: the Chinese alone */
	cut = wp_nbilingual_lines(cut, &count);
	/* a web page's copy runs the notice on in one line: cut it back */
	cut = wp_nrebreak_lines(cut, &count);
	/* a web page's table a cell to a line between lone bars: rows again */
	cut = wp_nbar_cells_rows(cut, &count);
	/* a spreadsheet's row whose quoted cells hold line breaks: a line */
	cut = wp_ntsv_rows(cut, &count);
	/* a PDF's table printed with its layout: a row a line again */
	cut = wp_nlayout_rows(cut, &count);
	/* a slide deck's text: a notice's shapes made of its text boxes */
	cut = wp_ndeck_lines(cut, &count);
	/* a block of two columns side by side is given a column at a time */
	struct line_sink sink = {lines, out};
	int rc = wp_nside_emit_lines(cut, count, add_to_lines, &sink);
	free_lines(cut, count);
	if (rc == 0)
		rc = wp_nlines_end(lines, out);
	if (rc != 0) {
		wp_err_set(err, WP_TR("the notice is too tangled to read: joining its lines stopped after %zu steps"),
			   wp_nlines_steps(lines));
		wp_ntext_free(out);
	}
	wp_nlines_free(lines);
	return rc;
}

static int decode_utf8_or_gb18030(const char *bytes, size_t len, size_t join_steps_per_byte,
				  wp_ntext *out, wp_err *err)
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
	int joined = join_lines(utf8, strlen(utf8), join_steps_per_byte, out, err);
	free(utf8);
	if (joined != 0)
		return -1;
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

bool wp_uc_pictograph(unsigned int uc)
{
	if (uc >= 0x2776 && uc <= 0x2793)
		return false;
	return (uc >= 0x1f000 && uc <= 0x1faff) || (uc >= 0x2300 && uc <= 0x23ff) ||
	       (uc >= 0x2600 && uc <= 0x27bf && uc != 0x2605 && uc != 0x2606) ||
	       (uc >= 0x2b00 && uc <= 0x2bff) || uc == 0xfe0f || uc == 0x200d;
}
