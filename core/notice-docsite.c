/* notice-docsite.c - what a copy from a document-sharing site or a web
 * page carries that is not the notice, and a template's blanks.
 *
 * A document-sharing site shows a document as a text layer cut in page
 * chunks, each numbered at its start (1、X…为加强…事业 / 2、发展的新进展…):
 * the numbers are the site's, no item's, and a chunk runs on from the
 * one before it, often in the middle of a word. The site's lines go
 * around it (《X.doc》由会员分享，可在线阅读… / 下载文档前请自行甄别… / 如
 * 文档侵犯您的权益…), and a web page's own (上一篇 / 下一篇 / 分享到 /
 * 【…com-…门户网】). A template copied from one writes 20xx年, xx月xx日, XX县
 * for what its user fills in: blanks, no date and no region. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "text.h"

/* Is line a bracketed site name with its address in it
 * (【23xiu.com-爱上秀-教育信息门户网】)? */
static bool site_banner(const char *line)
{
	size_t len;
	return wp_str_starts(line, "【") && wp_str_ends(line, "】") && wp_word_find(line, WP_WORDS_SITE_DOMAIN, &len);
}

/* Is line the site's own, by a phrase only such a site writes
 * (由会员分享, 如文档侵犯您的权益)? */
static bool site_phrase(const char *line)
{
	size_t len;
	return wp_word_find(line, WP_WORDS_DOCSITE_PHRASE, &len) != NULL;
}

/* Is line a page's link or count line (上一篇：X, 分享到, 合集下载) or its
 * banner? Each alone may be a notice's own word; two make a page. */
static bool page_line(const char *line)
{
	return wp_word_at(line, WP_WORDS_DOCSITE_OPENER) > 0 || site_banner(line);
}

static bool chrome_line(struct reader *r, size_t i, void *state)
{
	(void)state;
	return site_phrase(r->t.para[i]) || page_line(r->t.para[i]);
}

/* Drops the site's lines wherever they are: all of them once one is a
 * site's phrase or a banner, or two are a page's lines. Returns whether
 * a site's own were among them: a portal's 上一篇 / 下一篇 under its
 * notice go quietly, as its other page lines do. */
static bool drop_chrome(struct reader *r)
{
	size_t sites = 0, pages = 0;
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		sites += site_phrase(r->t.para[i]) || site_banner(r->t.para[i]);
		pages += page_line(r->t.para[i]);
	}
	if (sites || pages >= 2)
		wp_notice_drop_paras(r, chrome_line, NULL);
	return sites > 0;
}

/* The number of a page chunk that para opens (1、…, 12、…), with the
 * bytes of the number and its mark in *len; 0 when it opens none. */
static unsigned chunk_number(const char *para, size_t *len)
{
	unsigned n = 0;
	size_t d = 0;
	while (d < 4 && para[d] >= '0' && para[d] <= '9')
		n = n * 10 + (unsigned)(para[d++] - '0');
	size_t mark = d ? wp_word_at(para + d, WP_WORDS_CHUNK_MARK) : 0;
	*len = d + mark;
	return mark ? n : 0;
}

/* A chunk is a page's text, far longer than an item's line (width in
 * columns: 60 characters of Chinese). */
#define CHUNK_MIN_WIDTH 120

static bool ends_sentence(const char *para)
{
	for (const char *const *w = wp_words(WP_WORDS_SENTENCE_END); *w; w++)
		if (wp_str_ends(para, *w))
			return true;
	return false;
}

/* How many paragraphs from first on are page chunks numbered 1, 2, 3…:
 * each but the last a page long, and one at least cut in the middle of
 * a sentence (an item ends where it ends). 0 when they are not. */
static size_t chunk_run(struct reader *r, size_t first)
{
	size_t len, k = 0, cut = 0;
	while (first + k < r->t.n && chunk_number(r->t.para[first + k], &len) == k + 1 && wp_notice_step(r, 1))
		k++;
	if (k < 2)
		return 0;
	for (size_t i = first; i + 1 < first + k; i++) {
		if (wp_text_width(r->t.para[i]) < CHUNK_MIN_WIDTH)
			return 0;
		cut += !ends_sentence(r->t.para[i]);
	}
	return cut ? k : 0;
}

/* The chunks first..first+k as one text, without their numbers: a later
 * cut into lines goes by the text, not by the site's pages. */
static char *join_chunks(struct reader *r, size_t first, size_t k)
{
	wp_buf b = WP_BUF_INIT;
	for (size_t i = first; i < first + k; i++) {
		size_t len;
		chunk_number(r->t.para[i], &len);
		wp_buf_puts(&b, r->t.para[i] + len);
	}
	return wp_buf_take(&b);
}

/* Joins every run of page chunks (anywhere when site, a site's lines
 * found; else only one that opens the text); the rest moves up once.
 * Returns whether there was one. */
static bool join_all_chunks(struct reader *r, bool site)
{
	size_t kept = 0;
	bool joined = false;
	for (size_t i = 0; i < r->t.n;) {
		/* a site's text opens with its first chunk; elsewhere only a
		 * site's lines around it say a run of long items is pages */
		size_t len, k = chunk_number(r->t.para[i], &len) == 1 && (site || i == 0) ? chunk_run(r, i) : 0;
		if (!k) {
			r->t.para[kept++] = r->t.para[i++];
			continue;
		}
		char *one = join_chunks(r, i, k);
		for (size_t j = i; j < i + k; j++)
			free(r->t.para[j]);
		r->t.para[kept++] = one;
		i += k;
		joined = true;
	}
	r->t.n = kept;
	return joined;
}

unsigned wp_notice_read_docsite(struct reader *r)
{
	unsigned found = 0;
	if (drop_chrome(r))
		found |= WP_DOCSITE_CHROME;
	if (join_all_chunks(r, found & WP_DOCSITE_CHROME))
		found |= WP_DOCSITE_CHUNKS;
	return found;
}

/* ---- a template's blanks ---------------------------------------------------- */

static bool ascii_alnum(const char *start, const char *p, bool *digit)
{
	if (p == start)
		return *digit = false;
	unsigned char c = (unsigned char)p[-1];
	*digit = c >= '0' && c <= '9';
	return *digit || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

size_t wp_notice_blank_at(const char *start, const char *p)
{
	size_t n = 0;
	int chars = 0;
	for (size_t m; chars <= 4 && (m = wp_word_at(p + n, WP_WORDS_BLANK_MARK)) > 0; chars++)
		n += m;
	size_t unit = n && chars <= 4 ? wp_word_at(p + n, WP_WORDS_BLANK_UNIT) : 0;
	if (!unit)
		return 0;
	/* 20xx年 holds the century; Box市 is no blank */
	bool digit;
	if (ascii_alnum(start, p, &digit) && !(digit && wp_str_starts(p + n, "年")))
		return 0;
	return n + unit;
}

const char *wp_notice_find_blank(const char *s)
{
	for (const char *p = s; *p; p += wp_str_char_len(p))
		if (wp_notice_blank_at(s, p))
			return p;
	return NULL;
}

bool wp_notice_blank_year(const char *s)
{
	for (const char *p = s; *p; p += wp_str_char_len(p)) {
		size_t len = wp_notice_blank_at(s, p);
		if (len && wp_str_ends_at(p, p + len, "年"))
			return true;
	}
	return false;
}

bool wp_notice_has_blanks(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++)
		if (wp_notice_find_blank(r->t.para[i]))
			return true;
	return false;
}
