/* notice-post-fields.c - an item's fields as a post on a phone sets them:
 * on one line, each behind a pictograph standing for its label and parted
 * by bars (📅 11月9日 | 📍 市民广场 | 🏢 市消防救援支队). The line is
 * rewritten as the labelled fields the reader knows (时间：11月9日；地点：
 * 市民广场；责任单位：市消防救援支队), before the outline is built. The
 * signs and their labels are a table of notice-words-typed.c. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "notice-reader.h"
#include "notice-text.h"
#include "notice-words.h"
#include "text.h"

/* The bytes of the bar at s (| or ｜), 0 for none. */
static size_t bar_at(const char *s)
{
	return *s == '|' ? 1 : wp_str_starts(s, "｜") ? strlen("｜") : 0;
}

/* The end of the field opening at s: the next bar or the line's end. */
static const char *field_end(const char *s)
{
	while (*s && !bar_at(s))
		s += wp_str_char_len(s);
	return s;
}

/* 📅 时间：11月9日, 🏢 协办单位：各大队: the field label and its colon the
 * post wrote after the sign as well, its length in *len (0 for none); the
 * value past them. The written label says what the field is. */
static const char *past_label(const char *value, size_t *len)
{
	if (wp_field_label_at(value, len) && wp_str_starts(value + *len, "："))
		return wp_notice_past_gap(value + *len + strlen("："));
	*len = 0;
	return value;
}

/* 🏢 市图书馆三楼报告厅: a building sign before what names no unit is the
 * venue's; the label for value..end under label otherwise. */
static const char *units_or_place(const char *label, const char *value, const char *end)
{
	size_t len;
	const struct wp_field_label *l = wp_field_label_at(label, &len);
	if (!l || l->field != WP_FIELD_LEAD)
		return label;
	char *text = wp_str_sub(value, (size_t)(end - value));
	json_t *names = json_array();
	wp_notice_split_units(text, names);
	const char *first = json_string_value(json_array_get(names, 0));
	bool unit = first && wp_notice_unit_like(first) && !wp_word_ends(first, WP_WORDS_VENUE_END);
	json_decref(names);
	free(text);
	return unit ? label : "地点";
}

char *wp_notice_sign_fields(const char *para)
{
	const char *p = wp_notice_past_gap(para), *label;
	if (!wp_field_sign_at(p, &label))
		return NULL;
	wp_buf out = WP_BUF_INIT;
	size_t fields = 0;
	for (;;) {
		size_t sign = wp_field_sign_at(p, &label);
		if (!sign)
			break;
		const char *written = wp_notice_past_gap(p + sign);
		size_t written_len;
		const char *value = past_label(written, &written_len), *end = field_end(value), *cut = end;
		while (cut > value && (cut[-1] == ' ' || wp_str_ends_at(value, cut, "\xe3\x80\x80")))
			cut -= cut[-1] == ' ' ? 1 : 3;
		if (cut > value) { /* 📅 | 📍 X: a sign with nothing after it says nothing */
			if (fields++)
				wp_buf_puts(&out, "；");
			if (written_len)
				wp_buf_printf(&out, "%.*s：", (int)written_len, written);
			else
				wp_buf_printf(&out, "%s：", units_or_place(label, value, cut));
			wp_buf_append(&out, value, (size_t)(cut - value));
		}
		p = end;
		if (!*end)
			break;
		p = wp_notice_past_gap(end + bar_at(end));
		while (bar_at(p)) /* 11月14日 |  | 📍 X: an empty field between */
			p = wp_notice_past_gap(p + bar_at(p));
		if (!*p)
			break; /* 📅 a | 📍 b |: a bar at the line's end closes the last field */
	}
	/* two fields at least, the line all such: a bar before no sign, or
	 * one sign alone, is a line of text */
	if (fields >= 2 && !*p)
		return wp_buf_take(&out);
	wp_buf_free(&out);
	return NULL;
}

/* the widest label a post writes after a sign in its own words (平台：) */
#define OWN_LABEL_WIDTH 8

/* 📍 县城滨河文化广场: a line that is one field behind its sign, without
 * a bar; the sign's label in *label. */
static bool one_sign_field(const char *para, const char **label)
{
	const char *p = wp_notice_past_gap(para);
	size_t sign = wp_field_sign_at(p, label);
	const char *value = wp_notice_past_gap(p + sign), *other;
	if (!sign || !*value || bar_at(field_end(value)))
		return false;
	/* 📍 县科技馆 ⏰ 9月20日: two fields on the line, a line of text */
	for (const char *q = value; *q; q += wp_str_char_len(q))
		if (wp_field_sign_at(q, &other))
			return false;
	/* 📌 现场设置咨询台，解答群众疑问: a bullet before a sentence, no place */
	static const char *const sentence_marks[] = {"，", "。", "；", NULL};
	return strcmp(*label, "地点") != 0 || wp_str_span_upto(value, sentence_marks) == strlen(value);
}

void wp_notice_sign_field_lines(struct wp_ntext *t)
{
	const char *label;
	bool above = false; /* paragraph i - 1 was such a line */
	for (size_t i = 0; i < t->n; i++) {
		bool here = one_sign_field(t->para[i], &label);
		/* 📍 X over ⏰ Y: the signs stand for labels; one alone may be a
		 * line of text's own */
		const char *next_label;
		bool block = here && (above || (i + 1 < t->n && one_sign_field(t->para[i + 1], &next_label)));
		above = here;
		if (!block)
			continue;
		const char *p = wp_notice_past_gap(t->para[i]);
		const char *value = wp_notice_past_gap(p + wp_field_sign_at(p, &label));
		size_t written;
		const char *after = past_label(value, &written);
		/* 📍 平台：“凤埠发布”微信公众号: a label of the post's own words, the
		 * sign's field its value */
		const char *colon = written ? NULL : wp_str_find(after, "：");
		if (colon && colon > after && wp_text_width_n(after, (size_t)(colon - after)) <= OWN_LABEL_WIDTH &&
		    strcspn(after, "0123456789") > (size_t)(colon - after))
			after = colon + strlen("：");
		wp_buf b = WP_BUF_INIT;
		if (written) /* ⏰ 时间：…: the label written */
			wp_buf_puts(&b, value);
		else
			wp_buf_printf(&b, "%s：%s", units_or_place(label, after, after + strlen(after)), after);
		free(t->para[i]);
		t->para[i] = wp_buf_take(&b);
	}
}

bool wp_notice_picture_line(const char *para)
{
	return wp_word_is(wp_notice_past_gap(para), WP_WORDS_PICTURE);
}

bool wp_notice_caption_line(const char *para)
{
	const char *p = wp_notice_past_gap(para);
	size_t mark = wp_word_at(p, WP_WORDS_CAPTION_MARK);
	/* ▲时间：11月9日 under a picture is a field the post marked */
	size_t label;
	return mark > 0 && past_label(wp_notice_past_gap(p + mark), &label) == wp_notice_past_gap(p + mark);
}
