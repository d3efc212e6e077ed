/* notice-spaced-fields.c - a schedule typed into a work group's message,
 * a line an event, its fields apart by spaces and labelled after its name:
 *   6月5日（周五）9:00 赶集日宣传暨宣传月启动 地点：镇农贸市场 负责：镇综治中心 配合：派出所 镇财政所
 *   6月下旬 入户发放《致村（居）民的一封信》 重点走访60岁以上独居老人 负责：各村（社区）
 *   时间待县里通知 县处非办“送法下乡”巡回宣讲 地点：镇文化广场 负责：镇综治中心
 * The when first (a day and its hour, a part of a month, or a time still
 * to be told), then what is on, then a remark or more, then the labelled
 * fields. A field of who lists its units apart by spaces, and a remark
 * may close it (负责：派出所 镇值班干部协助): the units are those before
 * the first word that is none. Each line becomes a table row, read as a
 * table's rows are. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-date.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* a line of more space-apart words than this is prose */
#define MAX_WORDS 24
/* a label is this many bytes at most before its colon */
#define LABEL_BYTES 18

enum { COL_WHEN, COL_NAME, COL_PLACE, COL_LEAD, COL_COOP, NCOLS };

struct spaced_row {
	char *cell[NCOLS];
};

static void row_free(struct spaced_row *row)
{
	for (int c = 0; c < NCOLS; c++)
		free(row->cell[c]);
	memset(row, 0, sizeof *row);
}

/* The length of the separator at p: a space (ASCII or U+3000) or a bar
 * typed between fields (打卡|地点：…|主办：…; the text's cleaning made
 * each ｜ a spaced |); 0 for none. */
static size_t separator_at(const char *p)
{
	if (*p == ' ' || *p == '|')
		return 1;
	return wp_str_starts(p, "\xe3\x80\x80") ? 3 : 0;
}

/* Splits line at runs of spaces or bars into words (caller frees each);
 * their number, 0 when more than MAX_WORDS. */
static size_t split_words(const char *line, char **words)
{
	size_t n = 0;
	const char *p = line;
	for (;;) {
		for (size_t sep; (sep = separator_at(p)) > 0;)
			p += sep;
		if (!*p)
			return n;
		const char *start = p;
		while (*p && !separator_at(p))
			p += wp_str_char_len(p);
		if (n == MAX_WORDS) {
			for (size_t k = 0; k < n; k++)
				free(words[k]);
			return 0;
		}
		words[n++] = wp_str_sub(start, (size_t)(p - start));
	}
}

/* The field a word's label opens (地点：X, 负责：Y), the value's start in
 * *value; WP_FIELD_OTHER for a label the reader does not read (主讲：,
 * 参加：); -1 for a word that is no label's. */
static int label_of(const char *word, const char **value)
{
	const char *colon = wp_notice_find_near(word, "：", LABEL_BYTES);
	if (!colon || colon == word)
		return -1;
	*value = colon + strlen("：");
	size_t len;
	const struct wp_field_label *l = wp_field_label_at(word, &len);
	if (l && word + len == colon)
		return (int)l->field;
	return WP_FIELD_OTHER;
}

/* Does word open the line with when it is on: a day (6月5日（周五）9:00,
 * 6月17日（周三）至18日), a part of a month (6月下旬), or a time still to
 * be told (时间待县里通知, 时间另行通知)? */
static bool when_word(const char *word, int year)
{
	wp_ndate d;
	/* 5月28日前 报送联络员名单: a duty due by then, no event */
	if (wp_str_ends(word, "前"))
		return false;
	if (wp_nis_digit(*word))
		return (wp_nfind_date_at(word, year, &d) || (wp_nfind_dekad(word, year, &d) && d.at == word));
	const char *rest = word + wp_word_at(word, WP_WORDS_WHEN_LABEL_TAIL);
	return rest > word && (wp_word_at(rest, WP_WORDS_LEFT_OPEN) || wp_word_at(rest, WP_WORDS_WHEN_PENDING));
}

/* Does word, a clock or a part of the day (9:00, 上午, 晚7点半), go with
 * the day before it? */
static bool hour_word(const char *word)
{
	char hhmm[6];
	const char *at;
	return wp_time_of_day_at(word, NULL) || (wp_nis_digit(*word) && wp_nfind_time(word, hhmm, &at) && at == word);
}

/* The units of a field of who: its words up to the first that is no
 * unit's, apart by 、 (NULL if none; caller frees). */
static char *units_of(char **words, size_t from, size_t to, const char *first)
{
	wp_buf b = WP_BUF_INIT;
	for (size_t k = from; k < to; k++) {
		const char *w = k == from ? first : words[k];
		if (!*w || !wp_notice_units_like(w))
			break;
		wp_buf_printf(&b, "%s%s", b.len ? "、" : "", w);
	}
	if (!b.len) {
		wp_buf_free(&b);
		return NULL;
	}
	return wp_buf_take(&b);
}

/* The event's name: the word at name and the short words after it,
 * before any label, that go on naming it (全民健身日 启动仪式, 亲子 绘本共读);
 * not a remark (入户发放X 重点走访60岁以上独居老人; 安全讲座 民警主讲,
 * 七八年级: who speaks or comes). Caller frees. */
static char *name_words(char **words, size_t name, size_t n)
{
	enum { WORD_WIDTH = 12, NAME_WIDTH = 48 };
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, words[name]);
	const char *value;
	for (size_t k = name + 1; k < n && label_of(words[k], &value) < 0; k++) {
		size_t width = wp_text_width(words[k]);
		/* 安全讲座 民警主讲, 集日宣传 值班干部: a name that says its
		 * kind, or a word that does not, is done */
		if (width > WORD_WIDTH || wp_text_width(wp_buf_str(&b)) + width > NAME_WIDTH ||
		    wp_word_ends(words[k], WP_WORDS_REMARK_END))
			break;
		wp_buf_puts(&b, words[k]);
	}
	return wp_buf_take(&b);
}

/* Reads para as a spaced line of fields into row; false if it is none
 * (no when first, no name, no field of place or who). */
static bool read_row(const struct reader *r, const char *para, struct spaced_row *row)
{
	char *words[MAX_WORDS];
	size_t n = split_words(para, words);
	memset(row, 0, sizeof *row);
	const char *value;
	size_t name = 1;
	bool ok = n >= 3 && when_word(words[0], r->year);
	if (ok && hour_word(words[1]))
		name = 2;
	ok = ok && name < n && label_of(words[name], &value) < 0;
	bool fields = false;
	for (size_t k = name + 1; ok && k < n; k++) {
		int field = label_of(words[k], &value);
		if (field < 0)
			continue;
		const char *next;
		size_t end = k + 1;
		while (end < n && label_of(words[end], &next) < 0)
			end++;
		int col = field == WP_FIELD_PLACE ? COL_PLACE
			  : field == WP_FIELD_LEAD ? COL_LEAD
			  : field == WP_FIELD_COOP ? COL_COOP
						    : -1;
		if (col == COL_PLACE && !row->cell[col] && *value)
			row->cell[col] = wp_xstrdup(value);
		else if (col >= 0 && !row->cell[col])
			row->cell[col] = units_of(words, k, end, value);
		fields = fields || (col >= 0 && row->cell[col]);
		k = end - 1;
	}
	if (ok && fields) {
		row->cell[COL_NAME] = name_words(words, name, n);
		wp_buf when = WP_BUF_INIT;
		wp_buf_puts(&when, words[0]);
		if (name == 2)
			wp_buf_printf(&when, " %s", words[1]);
		row->cell[COL_WHEN] = wp_buf_take(&when);
	}
	for (size_t k = 0; k < n; k++)
		free(words[k]);
	if (!(ok && fields))
		row_free(row);
	return ok && fields;
}

/* Is para i past the lines looked at: the section's end, when only the
 * section from is looked at? */
static bool past(const struct reader *r, size_t i, bool one_section)
{
	return i >= r->t.n || (one_section && wp_outline_ends_section(&r->outline, i));
}

size_t wp_notice_read_spaced_field_lines(struct reader *r, size_t from, bool one_section)
{
	struct spaced_row row;
	size_t lines = 0;
	/* looked for across the text: the lines are those of the section
	 * the first one stands in (not a 三、工作要求's duty lines after) */
	for (; !one_section && from < r->t.n && wp_notice_step(r, 1); from++)
		if (read_row(r, r->t.para[from], &row)) {
			row_free(&row);
			one_section = true;
			break;
		}
	for (size_t i = from; !past(r, i, one_section) && lines < 2 && wp_notice_step(r, 1); i++)
		if (read_row(r, r->t.para[i], &row)) {
			lines++;
			row_free(&row);
		}
	if (lines < 2) /* one such line is prose, not a list */
		return 0;
	static const enum wp_field cols[NCOLS] = {WP_FIELD_WHEN, WP_FIELD_NAME, WP_FIELD_PLACE, WP_FIELD_LEAD,
						  WP_FIELD_COOP};
	size_t count = 0;
	for (size_t i = from; !past(r, i, one_section) && wp_notice_step(r, 1); i++) {
		if (!read_row(r, r->t.para[i], &row))
			continue;
		char no[16];
		snprintf(no, sizeof no, "%zu", count + 1);
		bool more = wp_notice_add_table_row(r, cols, NCOLS, row.cell, no, false, i);
		row_free(&row);
		if (!more)
			break;
		count++;
	}
	if (count)
		wp_notice_note(r, WP_TR("the activities are the section's lines of when, what and labelled fields apart "
					"by spaces, numbered 1, 2 ... in order"));
	return count;
}
