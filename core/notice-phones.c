/* notice-phones.c - phone numbers as notices write them: a landline
 * with its area code (0771-5551234, （0855）8223016), a mobile in groups
 * (138 7940 2635), an extension kept with its number (转8012,
 * （分机8023）). Apart from notice-contacts.c, which finds whose they are. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* （0855）8223016, (0855)8223016: the area code in brackets before the
 * number instead of a hyphen; the bytes of the whole as written, 0 if p
 * holds none. */
static size_t bracketed_area_code(const char *p)
{
	static const char *const opens[] = {"（", "(", NULL}, *const closes[] = {"）", ")", NULL};
	size_t open = wp_str_span_of(p, opens);
	if (!open || open > strlen("（") || p[open] != '0')
		return 0;
	size_t code = strspn(p + open, "0123456789");
	size_t close = code >= 3 && code <= 4 ? wp_str_span_of(p + open + code, closes) : 0;
	if (!close || close > strlen("）"))
		return 0;
	size_t at = open + code + close, local = strspn(p + at, "0123456789");
	return local >= 7 && local <= 8 ? at + local : 0;
}

/* The number of len bytes at p with its extension after it, if any
 * (0391-3356789转8012, 0571-8765 4321转8012, 0898-65388126（分机8023）):
 * the bytes of the whole. */
static size_t with_extension(const char *p, size_t len)
{
	size_t ext = wp_word_at(p + len, WP_WORDS_EXTENSION);
	size_t ext_digits = ext ? strspn(p + len + ext, "0123456789") : 0;
	/* （分机8023）: the bracket closes after it */
	bool open = ext && wp_str_starts(p + len, "（");
	bool closed = open && wp_str_starts(p + len + ext + ext_digits, "）");
	if (ext_digits >= 1 && ext_digits <= 6 && open == closed)
		len += ext + ext_digits + (closed ? strlen("）") : 0);
	return len;
}

char *wp_notice_phone_in(const char *s)
{
	for (const char *p = s; *p; p++) {
		size_t coded = bracketed_area_code(p);
		if (coded)
			return wp_str_sub(p, coded);
		if (*p < '0' || *p > '9' || (p > s && p[-1] >= '0' && p[-1] <= '9'))
			continue;
		size_t mobile = wp_str_spaced_mobile(p);
		if (mobile)
			return wp_str_sub(p, mobile);
		size_t landline = wp_str_spaced_landline(p);
		if (landline)
			return wp_str_sub(p, with_extension(p, landline));
		size_t len = strspn(p, "0123456789-"), digits = 0;
		for (size_t k = 0; k < len; k++)
			digits += p[k] != '-';
		if (digits >= 7 && digits <= 16)
			return wp_str_sub(p, with_extension(p, len)); /* its extension part of it */
		p += len - 1;
	}
	return NULL;
}

/* The remark in brackets right after a number's label word at p (联系电话
 * （兼传真）：), its length with the brackets and the colon after, else 0. */
static size_t label_remark(const char *p)
{
	const char *q = p;
	if (!wp_str_skip(&q, "（"))
		return 0;
	const char *close = wp_notice_find_near(q, "）", 18);
	if (!close || close == q)
		return 0;
	for (const char *d = q; d < close; d++)
		if (*d >= '0' && *d <= '9')
			return 0;
	const char *after = close + strlen("）");
	return wp_str_skip(&after, "：") ? (size_t)(after - p) : 0;
}

/* Rewrites, in place, the first such label of para; true when it did. */
static bool move_label_remark(char **para)
{
	for (const char *const *l = wp_words(WP_WORDS_CONTACT_PHONE); *l; l++) {
		if (!wp_str_ends(*l, "："))
			continue;
		size_t word = strlen(*l) - strlen("：");
		for (const char *at = wp_str_find(*para, "（"); at; at = wp_str_find(at + strlen("（"), "（")) {
			size_t remark = (size_t)(at - *para) >= word && strncmp(at - word, *l, word) == 0
						? label_remark(at) : 0;
			if (!remark)
				continue;
			const char *number = at + remark;
			while (*number == ' ' || wp_str_starts(number, "\xe3\x80\x80"))
				number += *number == ' ' ? 1 : 3;
			size_t digits = strspn(number, "0123456789-");
			if (digits < 7)
				continue;
			/* 0796-5326117转8023: the extension is the number's */
			const char *ext = number + digits;
			if (wp_str_skip(&ext, "转") && *ext >= '0' && *ext <= '9')
				digits = (size_t)(ext - number) + strspn(ext, "0123456789");
			size_t inside = remark - strlen("：");
			wp_buf b = WP_BUF_INIT;
			wp_buf_printf(&b, "%.*s：%.*s%.*s%s", (int)(at - *para), *para, (int)digits, number,
				      (int)inside, at, number + digits);
			free(*para);
			*para = wp_buf_take(&b);
			return true;
		}
	}
	return false;
}

void wp_notice_unbracket_number_labels(struct reader *r)
{
	/* the first such label of a paragraph: the number after a later
	 * one the contact readers find after the first person's */
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++)
		if (wp_str_find(r->t.para[i], "）："))
			move_label_remark(&r->t.para[i]);
}
