/* notice-duty-table.c - what is due as a table: 请各单位按下表要求报送 and
 * under it a header (报送事项 报送时间 报送对象 联系人 联系电话) and a row per
 * report, which a copy of a PDF leaves a cell per line. Each row is a
 * deadline owed by those the lead-in sentence asks; its 联系人 and
 * 联系电话 cells are contacts. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

enum duty_column { DUTY_OTHER, DUTY_WHAT, DUTY_WHEN, DUTY_TO, DUTY_NAME, DUTY_PHONE };

#define MAX_DUTY_COLUMNS 8

/* The column a header cell names, by the word sets of notice-words.h. */
static enum duty_column duty_column(const char *cell)
{
	static const struct {
		enum wp_word_set words;
		enum duty_column col;
	} kinds[] = {
		{WP_WORDS_DUTY_COLUMN_WHAT, DUTY_WHAT},	  {WP_WORDS_DUTY_COLUMN_WHEN, DUTY_WHEN},
		{WP_WORDS_DUTY_COLUMN_TO, DUTY_TO},	  {WP_WORDS_DUTY_COLUMN_NAME, DUTY_NAME},
		{WP_WORDS_DUTY_COLUMN_PHONE, DUTY_PHONE},
	};
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
		if (wp_word_is(cell, kinds[k].words))
			return kinds[k].col;
	return DUTY_OTHER;
}

/* The header at paragraph i, a cell per line, into col: how many columns
 * (0 when none starts there: it names what is due and when, at least). */
static size_t header_at(const struct reader *r, size_t i, enum duty_column *col)
{
	size_t n = 0;
	bool what = false, when = false;
	for (; i + n < r->t.n && n < MAX_DUTY_COLUMNS; n++) {
		col[n] = duty_column(r->t.para[i + n]);
		if (col[n] == DUTY_OTHER)
			break;
		what = what || col[n] == DUTY_WHAT;
		when = when || col[n] == DUTY_WHEN;
	}
	return what && when && n >= 3 ? n : 0;
}

/* One row's deadline: what, its rule and due date, who owes it, to whom. */
static void add_duty(struct reader *r, const char *what, const char *when, const char *to, json_t *who)
{
	wp_ndate d;
	wp_date due = WP_DATE_NONE;
	/* 5月20日（星期三）前: the day; 每项活动结束后2个工作日内: after each
	 * activity, no one day */
	bool before = false;
	if (when && wp_nfind_date(when, r->year, &d)) {
		wp_notice_deadline_end(&d, &before);
		if (before)
			due = d.start;
	}
	json_t *dl = json_pack("{s:s, s:n, s:o, s:o, s:n, s:b, s:o, s:{}, s:o, s:n, s:n}", "what", what,
			       "activity", "rule", wp_notice_jstr(when), "due", wp_notice_jdate(due), "relative",
			       "roll_forward", 0, "who", json_deep_copy(who), "submitted", "submit_to", wp_notice_jstr(to),
			       "submit_to_unit", "notes");
	/* a table of what is due lists things sent (活动总结), named by the act */
	json_object_set_new(dl, "_verb", json_string(wp_words(WP_WORDS_DUTY_SENT)[0]));
	json_array_append_new(r->deadlines, dl);
}

/* The rows under the header, ncols paragraphs each, from paragraph i up
 * to the first that does not complete a row; returns the rows read. */
static size_t read_rows(struct reader *r, size_t i, const enum duty_column *col, size_t ncols, json_t *who)
{
	size_t rows = 0;
	for (; i + ncols <= r->t.n && wp_notice_step(r, ncols); i += ncols) {
		const char *cell[MAX_DUTY_COLUMNS] = {NULL};
		bool whole = true;
		for (size_t c = 0; c < ncols; c++) {
			const struct wp_outline_para *op = &r->outline.para[i + c];
			whole = whole && op->kind != WP_OUTLINE_TOP && op->kind != WP_OUTLINE_ANNEX &&
				op->kind != WP_OUTLINE_SIGNATURE && op->kind != WP_OUTLINE_DATE;
			cell[col[c]] = r->t.para[i + c];
		}
		const char *when = cell[DUTY_WHEN];
		wp_ndate d;
		wp_nrelative rel;
		/* a row's time cell holds a day or a time counted from something */
		if (!whole || !cell[DUTY_WHAT] || !when ||
		    !(wp_nfind_date(when, r->year, &d) || wp_nfind_relative(when, false, &rel)) ||
		    json_array_size(r->deadlines) >= WP_NOTICE_MAX_DEADLINES)
			break;
		add_duty(r, cell[DUTY_WHAT], when, cell[DUTY_TO], who);
		if (cell[DUTY_NAME] && cell[DUTY_PHONE])
			wp_notice_add_contact(r, cell[DUTY_NAME], cell[DUTY_PHONE]);
		rows++;
	}
	return rows;
}

/* 请各单位按下表要求报送有关材料: who owes the rows is who the sentence
 * that points at the table asks, named before 按下表 (a new array, empty
 * when the sentence names no units). */
static json_t *table_owed_by(const char *lead_in)
{
	json_t *who = json_array();
	const char *table = wp_str_find(lead_in, "下表");
	if (!table)
		return who;
	const char *start = lead_in;
	for (const char *stop = wp_str_find(lead_in, "。"); stop && stop < table; stop = wp_str_find(stop + 1, "。"))
		start = stop + strlen("。");
	wp_str_skip(&start, "请");
	char *before = wp_str_sub(start, (size_t)(table - start));
	static const char *const pointers[] = {"按照", "参照", "对照", "根据", "按", NULL};
	char *subject = wp_str_trim_end(before, pointers);
	if (*subject && wp_notice_units_like(subject))
		wp_notice_split_units(subject, who);
	free(subject);
	free(before);
	return who;
}

void wp_notice_read_duty_table(struct reader *r)
{
	enum duty_column col[MAX_DUTY_COLUMNS];
	for (size_t i = 1; i < r->t.n && wp_notice_step(r, 1); i++) {
		size_t ncols = header_at(r, i, col);
		if (!ncols)
			continue;
		json_t *who = table_owed_by(r->t.para[i - 1]);
		size_t rows = read_rows(r, i + ncols, col, ncols, who);
		json_decref(who);
		if (rows)
			wp_notice_note(r, WP_TR("%zu deadlines were read from a table of what is due"), rows);
		return;
	}
}
