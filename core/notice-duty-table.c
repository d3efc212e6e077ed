/* notice-duty-table.c - what is due as a table: 请各单位按下表要求报送 and
 * under it a header (报送事项 报送时间 报送对象 联系人 联系电话) and a row per
 * report, which a copy of a PDF leaves a cell per line. Each row is a
 * deadline owed by those the lead-in sentence asks; its 联系人 and
 * 联系电话 cells are contacts. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

enum duty_column { DUTY_OTHER, DUTY_WHAT, DUTY_WHEN, DUTY_TO, DUTY_NAME, DUTY_PHONE, DUTY_WHO, DUTY_HOW };

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
		{WP_WORDS_DUTY_COLUMN_PHONE, DUTY_PHONE}, {WP_WORDS_DUTY_COLUMN_WHO, DUTY_WHO},
		{WP_WORDS_DUTY_COLUMN_HOW, DUTY_HOW},
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

/* 镇卫生健康办邮箱（qs@163.com）: a recipient's cell naming the unit's
 * mailbox, read as the readings write one, unit（邮箱：addr）; NULL when
 * the cell is no such. Caller frees. */
static char *mailbox_cell(const char *cell)
{
	size_t len;
	const char *box = wp_word_find(cell, WP_WORDS_MAILBOX, &len);
	if (!box || box == cell || !wp_str_starts(box + len, "（") || !strchr(box, '@'))
		return NULL;
	char *unit = wp_str_sub(cell, (size_t)(box - cell));
	char *address = wp_notice_address_in(box + len);
	char *with = address && wp_notice_unit_like(unit) ? wp_notice_with_mailbox(unit, address) : NULL;
	free(address);
	free(unit);
	return with;
}

/* 宣传周结束后5个工作日内: a time counted from the campaign's end, its
 * relative rule; NULL for none. 每项活动结束后1个工作日内 is counted from
 * each activity's end, as many days as activities: the rule alone (as
 * 每项活动结束后当天 in prose), no one day. */
static json_t *row_relative(const char *when)
{
	json_t *rel = NULL;
	char *rule = NULL;
	size_t len;
	if (!wp_word_find(when, WP_WORDS_EACH_ACTIVITY, &len) && wp_notice_relative_rule(when, false, &rel, &rule))
		free(rule);
	return rel;
}

/* One row's deadline: what, its rule and due date, who owes it, to whom;
 * returned borrowed (r->deadlines owns it). */
static json_t *add_duty(struct reader *r, const char *what, const char *when, const char *to, json_t *who)
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
	json_t *rel = when && due == WP_DATE_NONE ? row_relative(when) : NULL;
	char *box = to ? mailbox_cell(to) : NULL;
	if (box)
		to = box;
	json_t *dl = json_pack("{s:s, s:n, s:o, s:o, s:o, s:b, s:o, s:{}, s:o, s:n, s:n}", "what", what,
			       "activity", "rule", wp_notice_jstr(when), "due", wp_notice_jdate(due), "relative",
			       rel ? rel : json_null(), "roll_forward", 0, "who", json_deep_copy(who), "submitted", "submit_to", wp_notice_jstr(to),
			       "submit_to_unit", "notes");
	/* a table of what is due lists things sent (活动总结), named by the act */
	json_object_set_new(dl, "_verb", json_string(wp_words(WP_WORDS_DUTY_SENT)[0]));
	json_array_append_new(r->deadlines, dl);
	free(box);
	return dl;
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

/* 请各单位按下表要求报送有关材料, 各村要按以下要求报送材料：: who owes the
 * rows is who the sentence that points at the table asks, named before
 * the pointer (a new array, empty when the sentence names no units). */
static json_t *table_owed_by(const char *lead_in)
{
	json_t *who = json_array();
	size_t len;
	const char *table = wp_word_find(lead_in, WP_WORDS_TABLE_POINTER, &len);
	if (!table)
		return who;
	const char *start = lead_in;
	for (const char *stop = wp_str_find(lead_in, "。"); stop && stop < table; stop = wp_str_find(stop + 1, "。"))
		start = stop + strlen("。");
	wp_str_skip(&start, "请");
	char *before = wp_str_sub(start, (size_t)(table - start));
	/* 各村（社区）要按…: the modal is the sentence's, not a unit's */
	char *subject = wp_str_trim_end(before, wp_words(WP_WORDS_SUBJECT_MODAL));
	if (*subject && wp_notice_units_like(subject))
		wp_notice_split_units(subject, who);
	free(subject);
	free(before);
	/* 各市市场监督管理局要确定1名信息联络员…。有关材料按下表要求报送：
	 * the units the paragraph opens with, when the pointing sentence
	 * names none (its subject is the material) */
	size_t modal;
	const char *at = json_array_size(who) ? NULL : wp_word_find(lead_in, WP_WORDS_SUBJECT_MODAL, &modal);
	const char *stop = at ? wp_str_find(lead_in, "。") : NULL;
	if (at && at > lead_in && (!stop || at < stop)) {
		char *opening = wp_str_sub(lead_in, (size_t)(at - lead_in));
		if (wp_notice_units_like(opening))
			wp_notice_split_units(opening, who);
		free(opening);
	}
	return who;
}

/* 序号⇥报送材料⇥报送时限⇥报送单位⇥报送方式: the header on one line, its
 * cells apart by gaps; how many columns (0 when para is no such header). */
static size_t line_header(const char *para, enum duty_column *col)
{
	char *cells[MAX_DUTY_COLUMNS];
	size_t total = wp_notice_split_cells(para, cells, MAX_DUTY_COLUMNS);
	size_t n = total < MAX_DUTY_COLUMNS ? total : MAX_DUTY_COLUMNS;
	bool what = false, when = false;
	for (size_t c = 0; c < n; c++) {
		col[c] = duty_column(cells[c]);
		what = what || col[c] == DUTY_WHAT;
		when = when || col[c] == DUTY_WHEN;
	}
	wp_notice_free_cells(cells, n);
	return what && when && n >= 3 && total == n ? n : 0;
}

/* 以上材料均报送至委宣传处，电子邮箱：x@y / 报送厅耕保处的材料，电子版同时发
 * 送至x@y: the sentence under a table of what is due says where its rows
 * go. A row with no recipient of its own goes to the unit the sentence
 * names; the address goes with the rows sent to the unit it names, and
 * not with a row sent another way (报送方式 工作微信群). */
static void recipients_below(json_t *rows, const char *const *how, const char *below)
{
	char *address = wp_notice_address_in(below);
	char *unit = wp_notice_due_to(below, NULL);
	char *box = unit ? (char *)wp_str_find(unit, "（邮箱") : NULL;
	if (box) /* 委宣传处（邮箱：x@y）: the unit; the address is added per row */
		*box = '\0';
	if (unit && (strchr(unit, '@') || !wp_notice_unit_like(unit))) {
		free(unit);
		unit = NULL;
	}
	size_t k;
	json_t *dl;
	json_array_foreach(rows, k, dl) {
		const char *own = json_string_value(json_object_get(dl, "submit_to"));
		const char *to = own ? own : unit;
		if (!to)
			continue;
		bool named = !own || wp_str_find(below, own);
		bool mailed = !how[k] || wp_word_find(how[k], WP_WORDS_BY_MAIL, &(size_t){0});
		char *with = address && named && mailed ? wp_notice_with_mailbox(to, address) : NULL;
		json_object_set_new(dl, "submit_to", json_string(with ? with : to));
		free(with);
	}
	free(unit);
	free(address);
}

/* The unit clause (a part of a note) sends things to (…报县安委办);
 * NULL if none. Caller frees. */
static char *clause_recipient(const char *clause)
{
	/* 除X报县安委办外: the unit, without the word that sets the row apart */
	char *plain = wp_xstrdup(clause);
	plain[strlen(plain) - wp_word_end_len(plain, WP_WORDS_SET_APART_CLOSE)] = '\0';
	char *unit = wp_notice_due_to(plain, NULL);
	free(plain);
	char *box = unit ? (char *)wp_str_find(unit, "（邮箱") : NULL;
	if (box)
		*box = '\0';
	if (unit && (strchr(unit, '@') || !wp_notice_unit_like(unit))) {
		free(unit);
		return NULL;
	}
	return unit;
}

/* 注：演练总结评估报告报县安委办，其余材料均报县消防救援大队防火监督科，邮箱：x:
 * a note that sends the rows it names to one unit and the rest (其余) to
 * another, clause by clause. A row with its own recipient keeps it.
 * False, nothing set, when the note says no 其余. */
static bool recipients_by_clause(json_t *rows, const char *below)
{
	static const char *const apart[] = {"，", "；", "。", NULL};
	size_t rest;
	if (!wp_word_find(below, WP_WORDS_THE_REST, &rest))
		return false;
	/* the rest's unit: the clause that says 其余 */
	char *others = NULL;
	for (const char *p = below; *p && !others;) {
		size_t len = wp_str_span_upto(p, apart);
		char *clause = wp_str_sub(p, len);
		if (wp_word_find(clause, WP_WORDS_THE_REST, &rest))
			others = clause_recipient(clause);
		free(clause);
		p += len;
		p += wp_str_span_of(p, apart);
	}
	if (!others)
		return false;
	size_t k;
	json_t *dl;
	json_array_foreach(rows, k, dl) {
		if (json_is_string(json_object_get(dl, "submit_to")))
			continue;
		const char *what = json_string_value(json_object_get(dl, "what"));
		wp_str_skip(&what, "报送");
		char *to = NULL;
		/* another clause that names the row's material */
		for (const char *p = below; *p && !to;) {
			size_t len = wp_str_span_upto(p, apart);
			char *clause = wp_str_sub(p, len);
			if (what && *what && !wp_word_find(clause, WP_WORDS_THE_REST, &rest) && wp_str_find(clause, what))
				to = clause_recipient(clause);
			free(clause);
			p += len;
			p += wp_str_span_of(p, apart);
		}
		json_object_set_new(dl, "submit_to", json_string(to ? to : others));
		free(to);
	}
	free(others);
	return true;
}

/* The rows under a one-line header from paragraph i, a row a line with
 * as many cells as the header, lead_in the paragraph above the header;
 * returns the rows read. */
static size_t read_line_rows(struct reader *r, size_t i, const enum duty_column *col, size_t ncols, json_t *owed,
			     const char *lead_in)
{
	json_t *rows = json_array();
	const char *how[WP_NOTICE_MAX_DEADLINES];
	char *how_copy[WP_NOTICE_MAX_DEADLINES];
	size_t n = 0;
	for (; i < r->t.n && wp_notice_step(r, ncols) && json_array_size(r->deadlines) < WP_NOTICE_MAX_DEADLINES; i++) {
		char *cells[MAX_DUTY_COLUMNS];
		size_t total = wp_notice_split_cells(r->t.para[i], cells, MAX_DUTY_COLUMNS);
		size_t got = total < MAX_DUTY_COLUMNS ? total : MAX_DUTY_COLUMNS;
		const char *cell[DUTY_HOW + 1] = {NULL};
		for (size_t c = 0; c < got && total == ncols; c++)
			cell[col[c]] = cells[c];
		wp_ndate d;
		wp_nrelative rel;
		const char *when = cell[DUTY_WHEN];
		/*  |  | 同时抄送省局计量处: the rest of a cell of the row above,
		 * wrapped onto a line of its own; the table goes on */
		bool rest_of_row = n && got >= 2 && got <= ncols && *cells[got - 1];
		for (size_t c = 0; rest_of_row && c + 1 < got; c++)
			rest_of_row = !*cells[c];
		if (rest_of_row) {
			wp_notice_free_cells(cells, got);
			continue;
		}
		/* 随活动方案一并报送: a row due with another, its time no date;
		 * a row still, after one that was dated (序号|单位|姓名: the
		 * header of another table is none) */
		bool row = total == ncols && cell[DUTY_WHAT] && when &&
			   (wp_nfind_date(when, r->year, &d) || wp_nfind_relative(when, false, &rel) ||
			    wp_word_find(when, WP_WORDS_RECURRING, &(size_t){0}) ||
			    (n && wp_word_find(when, WP_WORDS_DUE_WITH, &(size_t){0})));
		if (row) {
			json_t *who = json_array();
			if (cell[DUTY_WHO])
				wp_notice_split_units(cell[DUTY_WHO], who);
			else
				json_array_extend(who, owed);
			char *what = wp_xstrdup(cell[DUTY_WHAT]);
			wp_notice_drop_annex_pointer(what);
			json_array_append(rows, add_duty(r, what, when, cell[DUTY_TO], who));
			free(what);
			json_decref(who);
			how_copy[n] = cell[DUTY_HOW] ? wp_xstrdup(cell[DUTY_HOW]) : NULL;
			how[n] = how_copy[n];
			n++;
		}
		wp_notice_free_cells(cells, got);
		if (!row)
			break;
	}
	/* 请各机构按下列时限将有关材料报送X（邮箱：…）：the sentence that
	 * points at the list may name where its rows go, as one under it does */
	if (n && lead_in && wp_word_find(lead_in, WP_WORDS_TABLE_POINTER, &(size_t){0}))
		recipients_below(rows, how, lead_in);
	if (n && i < r->t.n && !recipients_by_clause(rows, r->t.para[i]))
		recipients_below(rows, how, r->t.para[i]);
	for (size_t k = 0; k < n; k++)
		free(how_copy[k]);
	json_decref(rows);
	return n;
}

void wp_notice_read_duty_table(struct reader *r)
{
	enum duty_column col[MAX_DUTY_COLUMNS];
	for (size_t i = 1; i < r->t.n && wp_notice_step(r, 1); i++) {
		size_t ncols = header_at(r, i, col);
		bool cell_lines = ncols != 0;
		if (!cell_lines && (ncols = line_header(r->t.para[i], col)) == 0)
			continue;
		json_t *who = table_owed_by(r->t.para[i - 1]);
		size_t rows = cell_lines ? read_rows(r, i + ncols, col, ncols, who)
					 : read_line_rows(r, i + 1, col, ncols, who, r->t.para[i - 1]);
		json_decref(who);
		if (rows)
			wp_notice_note(r, WP_TR("%zu deadlines were read from a table of what is due"), rows);
		return;
	}
}
