/* notice-spaced-events.c - a work group's schedule typed a line an event,
 * its fields apart by spaces with no labels (6月8日（周一）上午8点半 镇农贸
 * 市场门口 禁毒知识宣传。), read as activities numbered 1, 2 ... in order;
 * the labelled kind (地点：X 负责：Y) is notice-spaced-fields.c's. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-line.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* Where the space (a run of ASCII or ideographic ones) after p's field
 * at s begins, or end. */
static const char *field_end(const char *s, const char *end)
{
	while (s < end && *s != ' ' && !wp_str_starts(s, "　"))
		s += wp_str_char_len(s);
	return s;
}

static const char *past_spaces(const char *s, const char *end)
{
	while (s < end && (*s == ' ' || wp_str_starts(s, "　")))
		s += *s == ' ' ? 1 : strlen("　");
	return s;
}

/* Does s open with a clock (9:00, 9点, 14时30分)? */
static bool clock_first(const char *s)
{
	char hhmm[6];
	const char *at;
	return wp_nis_digit(*s) && wp_nfind_time(s, hhmm, &at) && at == s;
}

/* 6月8日（周一）上午8点半 镇农贸市场门口 宣传周启动暨集中宣传咨询。…, 时间另行通知
 * 镇政府四楼会议室 …培训。: a line of a message to a work group, when, where
 * and what apart by spaces before what is told of it. Its fields (caller
 * frees each) into f; false if p is no such line (a when that is a
 * sentence, a place with a comma in it, more fields than three). */
static bool spaced_event_line(const struct reader *r, const char *p, char *f[3])
{
	wp_ndate d;
	const char *q = p + wp_word_at(p, WP_WORDS_WHEN_LABEL_TAIL); /* 时间另行通知 */
	if (!wp_nfind_date_at(p, r->year, &d) && !wp_word_at(q, WP_WORDS_LEFT_OPEN))
		return false;
	static const char *const head_end[] = {"。", NULL};
	const char *end = p + wp_str_span_upto(p, head_end);
	const char *at[3], *stop[3];
	const char *s = p;
	for (int k = 0; k < 3; k++) {
		at[k] = s;
		stop[k] = k < 2 ? field_end(s, end) : end;
		s = past_spaces(stop[k], end);
		/* 6月8日（周一） 上午8点半 X, 6月9日 全天 X: the clock (or
		 * the whole day) after the day is the when's too */
		if (k == 0 && s < end &&
		    (wp_time_of_day_at(s, NULL) || clock_first(s) || wp_str_starts(s, "中午") ||
		     wp_word_at(s, WP_WORDS_WHOLE_DAY))) {
			stop[0] = field_end(s, end);
			s = past_spaces(stop[0], end);
		}
		if (stop[k] == at[k] || (k < 2 && s == stop[k]))
			return false; /* a field empty, or no space after it */
	}
	/* 6月7日前 各村 上报…, 6月15日（周一）下班前 镇食安办 报送…: a duty
	 * due by then, no event */
	if (wp_notice_find_near(at[0], "前", (size_t)(stop[0] - at[0])))
		return false;
	/* 5月9日—15日 “X”微信公众号 区应急管理局 区融媒体中心 9 …: a table's
	 * row run on, its cells apart by spaces past the third */
	if (field_end(at[2], end) != end)
		return false;
	/* 6月29日 报送工作总结 负责：各乡镇: a field opened by its label is no
	 * bare what or where (notice-spaced-fields.c reads such lines) */
	for (int k = 1; k < 3; k++) {
		const char *colon = wp_notice_find_near(at[k], "：", 18);
		if (colon && colon < stop[k])
			return false;
	}
	if (wp_text_width_n(at[0], (size_t)(stop[0] - at[0])) > 40 ||
	    wp_text_width_n(at[1], (size_t)(stop[1] - at[1])) > 40 ||
	    wp_notice_find_near(at[0], "，", (size_t)(stop[0] - at[0])) ||
	    wp_notice_find_near(at[1], "，", (size_t)(stop[1] - at[1])))
		return false;
	for (int k = 0; k < 3; k++)
		f[k] = wp_str_sub(at[k], (size_t)(stop[k] - at[k]));
	return true;
}

/* Is s one or more names (周海燕、汪建军, 欧阳文华): two to four
 * ideographs each, nothing of a unit's or of a gathering's (培训, 讲座),
 * apart by 、 or ，? */
static bool names_only(const char *s)
{
	static const char *const seps[] = {"、", "，", NULL};
	size_t names = 0;
	for (const char *p = s; *p;) {
		size_t len = wp_str_span_upto(p, seps);
		size_t chars = wp_notice_han_count(p, len);
		char *name = wp_str_sub(p, len);
		size_t word;
		bool ok = chars >= 2 && chars <= 4 && len == chars * strlen("一") && !wp_notice_unit_like(name) &&
			  !wp_word_find(name, WP_WORDS_GATHERING, &word) && !wp_word_find(name, WP_WORDS_NOT_A_NAME, &word);
		free(name);
		if (!ok)
			return false;
		names++;
		p += len;
		p += wp_str_span_of(p, seps);
	}
	return names > 0;
}

/* 1. 6月8日（周一）上午8点半 镇农贸市场门口 X。: an event line numbered;
 * the line past its number, the number into *written (0: none; written
 * may be NULL). */
static const char *event_line_body(const char *p, int *written)
{
	int n;
	const char *body = wp_heading_item(p, &n);
	bool dated = body && wp_nis_digit(*body);
	if (written)
		*written = dated ? n : 0;
	return dated ? body : p;
}

/* …提示（播音稿已上传群文件），在村部…: what an event line's third field
 * names, to its first clause's end, without a remark in brackets closing
 * it. Caller frees. */
static char *event_line_title(const char *field)
{
	static const char *const clause_end[] = {"，", "；", NULL};
	char *title = wp_notice_upto(field, clause_end);
	if (wp_str_ends(title, "）")) {
		const char *open = NULL;
		for (const char *q = title; *q; q += wp_str_char_len(q))
			if (wp_str_starts(q, "（"))
				open = q;
		if (open && open > title)
			title[open - title] = '\0';
	}
	return title;
}

size_t wp_notice_read_spaced_event_lines(struct reader *r)
{
	char *f[3];
	size_t lines = 0;
	bool on_duty = false; /* the text speaks of who is on duty (值班) */
	for (size_t i = 0; i < r->t.n && lines < 2 && wp_notice_step(r, 1); i++) {
		size_t len;
		if (!spaced_event_line(r, event_line_body(r->t.para[i], NULL), f)) {
			on_duty = on_duty || wp_word_find(r->t.para[i], WP_WORDS_ROSTER, &len);
			continue;
		}
		/* 6月19日（周五） 镇政府值班室 周海燕、汪建军。: who is on duty
		 * where, a roster's line, no event's */
		on_duty = on_duty || wp_word_find(f[1], WP_WORDS_ROSTER, &len);
		if (!(on_duty && names_only(f[2])))
			lines++;
		for (int k = 0; k < 3; k++)
			free(f[k]);
	}
	if (lines < 2) /* one such line is prose, not a list */
		return 0;
	size_t count = 0, numbered = 0, first = json_array_size(r->activities);
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *p = r->t.para[i];
		/* 以上活动由镇食安办牵头，镇市场监管所、镇卫生院配合。: of them all */
		if (count && wp_word_at(p, WP_WORDS_ALL_ABOVE) && wp_notice_given_to_all(r, p, first))
			continue;
		int written;
		if (!spaced_event_line(r, event_line_body(p, &written), f))
			continue;
		char no[16];
		snprintf(no, sizeof no, "%d", written ? written : (int)count + 1);
		numbered += written > 0;
		char *title = event_line_title(f[2]);
		if (*title && (written ? wp_notice_add_item(r, no, i, i) : wp_notice_add_unnumbered_item(r, no, i, i))) {
			json_t *a = wp_notice_new_activity(no, title);
			wp_ndate d;
			if (wp_nfind_date_at(f[0], r->year, &d))
				wp_notice_set_read_dates(a, &d);
			wp_notice_set_times(a, f[0]);
			json_object_set_new(a, "location", json_string(f[1]));
			json_object_set_new(a, "lead", json_array());
			json_object_set_new(a, "cooperate", json_array());
			json_array_append_new(r->activities, a);
			count++;
		}
		free(title);
		for (int k = 0; k < 3; k++)
			free(f[k]);
	}
	if (count && numbered == count)
		wp_notice_note(r, WP_TR("the activities are the numbered lines that give when, where and what apart "
					"by spaces, numbered as written"));
	else if (count)
		wp_notice_note(r, WP_TR("the activities are the lines that give when, where and what apart by spaces, "
					"numbered 1, 2 ... in order"));
	return count;
}
