/* notice-signoff.c - the sender of a message as its contact: a post in a
 * work group or a forwarded mail signs off with a name and the numbers to
 * call (镇安委办 俞晓峰 / 手机：138… / 邮箱：…, or 孔德宇 / 青石街道社会事务办 /
 * 0576-8851…), no 联系人 label over them. Read at the message's end: the
 * text's, or where a forwarded document begins. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* A sign-off is a few short lines. */
#define SIGNOFF_LINES 6
#define SIGNOFF_LINE_WIDTH 40

/* Is s a person's name: two or three ideographs, a surname first (not
 * 备注, 咨询, 主办方), no post (王局长)? */
static bool person_name(const char *s)
{
	return wp_notice_bare_name(s) && wp_word_at(s, WP_WORDS_SURNAME) && !wp_word_ends(s, WP_WORDS_POST);
}

/* The name a sign-off line gives (俞晓峰, or 镇安委办 俞晓峰: an office, a
 * space, the name), or NULL. Caller frees. */
static char *signed_name(const char *line)
{
	if (wp_text_width(line) > 30)
		return NULL;
	if (person_name(line))
		return wp_str_nospace(line);
	const char *gap = NULL;
	for (const char *p = line; *p; p += wp_str_char_len(p))
		if (*p == ' ' || wp_str_starts(p, "\xe3\x80\x80"))
			gap = p;
	if (!gap)
		return NULL;
	const char *name = gap + wp_str_char_len(gap);
	char *office = wp_str_sub(line, (size_t)(gap - line));
	char *trimmed = wp_str_trim_end(office, NULL);
	bool signs = wp_notice_unit_like(trimmed) && person_name(name);
	free(office);
	free(trimmed);
	return signs ? wp_str_nospace(name) : NULL;
}

void wp_notice_read_signoff_contact(struct reader *r)
{
	size_t end = r->original_at ? r->original_at : r->t.n;
	size_t from = end > SIGNOFF_LINES ? end - SIGNOFF_LINES : 0;
	for (size_t i = from; i < end && wp_notice_step(r, 1); i++) {
		/* a sign-off follows the message's text, not a number (a table's
		 * cells a line each: 县科技局 / 0571-… / 王丽) nor a name (a list) */
		char *number = i > 0 ? wp_notice_phone_in(r->t.para[i - 1]) : NULL;
		bool listed = number || (i > 0 && person_name(r->t.para[i - 1])); /* 张伟 / 赵敏 */
		free(number);
		char *name = listed ? NULL : signed_name(r->t.para[i]);
		if (!name)
			continue;
		/* the lines under the name: its office, its numbers, its mail;
		 * another name (成员：/ 张伟 / 赵敏 / 办公室电话：…) ends them */
		char *phones[3] = {NULL}, *mail = NULL;
		size_t nphones = 0;
		for (size_t j = i + 1; j < end && j <= i + 3 && wp_notice_step(r, 1); j++) {
			const char *line = r->t.para[j];
			if (wp_text_width(line) > SIGNOFF_LINE_WIDTH || person_name(line))
				break;
			char *phone = wp_notice_phone_in(line);
			char *address = phone ? NULL : wp_notice_address_in(line);
			if (phone && nphones < 3)
				phones[nphones++] = phone;
			else
				free(phone);
			if (address && !mail)
				mail = address;
			else
				free(address);
		}
		for (size_t k = 0; k < nphones; k++)
			wp_notice_add_contact_for(r, name, phones[k], mail, NULL);
		for (size_t k = 0; k < nphones; k++)
			free(phones[k]);
		free(mail);
		free(name);
		if (nphones)
			return;
	}
}
