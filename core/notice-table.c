/* notice-table.c - an activity table (活动安排表) in a notice's text.
 *
 * Many notices list their activities in a table, often in an annex, with
 * the section itself saying only 具体安排见附件. Copied out of Word or a
 * web page a table arrives in one of two shapes: a row per line with the
 * cells apart by tabs or spaces, or a cell per line. Both start with a
 * header row naming the columns (序号 活动名称 活动时间 活动地点 责任单位 ...);
 * the rows are anchored on their 序号 numbers when the table has them, so
 * an empty cell (an empty line, dropped) costs one row's alignment, not
 * the table's. How a line splits into cells is notice-cells.c's; how the
 * lines of a table copied a cell per line make its rows is
 * notice-table-cells.c's. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "buf.h"
#include "notice-onespace.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

#define MAX_COLUMNS WP_NOTICE_MAX_COLUMNS
#define COLUMN_SLACK WP_NOTICE_COLUMN_SLACK

/* The kind of a header cell (the labels of notice-words.h: the units'
 * columns carry the labels items use, 牵头单位, 配合单位 ...); false if
 * the cell does not name a column. */
bool wp_notice_column_kind(const char *cell, enum wp_field *kind)
{
	const struct wp_field_label *l = wp_field_label_is(cell);
	/* 责任科室（单位）: a column's name with what else it may hold in
	 * brackets is that name's */
	const char *open = l ? NULL : wp_str_find(cell, "（");
	if (open && open > cell && wp_str_ends(cell, "）")) {
		char *name = wp_str_sub(cell, (size_t)(open - cell));
		l = wp_field_label_is(name);
		free(name);
	}
	if (l) {
		*kind = l->field;
		return true;
	}
	/* a column only, not a label: 市州：X heads no line of an item */
	if (wp_word_is(cell, WP_WORDS_PERSON_LEAD_COLUMN)) {
		*kind = WP_FIELD_LEAD;
		return true;
	}
	/* 进度, 进展情况: how a row stands (未开始, 已于…完成), a column of
	 * the table read into no field (its dates are no activity's) */
	if (wp_word_is(cell, WP_WORDS_PROGRESS_COLUMN)) {
		*kind = WP_FIELD_OTHER;
		return true;
	}
	if (!wp_word_is(cell, WP_WORDS_AREA_COLUMN))
		return false;
	*kind = WP_FIELD_AREA;
	return true;
}

bool wp_notice_activity_columns(const enum wp_field *col, size_t ncols)
{
	bool what = false, detail = false;
	for (size_t c = 0; c < ncols; c++) {
		what = what || col[c] == WP_FIELD_NAME || col[c] == WP_FIELD_CONTENT;
		detail = detail || col[c] == WP_FIELD_WHEN || col[c] == WP_FIELD_PLACE || col[c] == WP_FIELD_LEAD;
	}
	return ncols >= 3 && what && detail;
}

static bool activity_columns(const struct wp_notice_table *tb)
{
	return wp_notice_activity_columns(tb->col, tb->ncols);
}

/* The kinds of the header's columns named by names (n of them) as their
 * neighbours make them: 主办单位 | 承办单位, under a host who carries it
 * out works with it (no second lead); 负责人 | 责任单位, the units' column
 * says who leads, the person answers for it (beside 配合单位 alone the
 * person's unit leads). */
static void columns_together(char *const *names, enum wp_field *col, size_t n)
{
	bool hosted = false, units_column = false;
	size_t persons = n;
	for (size_t c = 0; c < n; c++) {
		if (hosted && col[c] == WP_FIELD_LEAD && wp_word_is(names[c], WP_WORDS_CAMPAIGN_RUNNER_LABEL))
			col[c] = WP_FIELD_COOP;
		hosted = hosted || wp_word_is(names[c], WP_WORDS_CAMPAIGN_HOST_LABEL);
		if (wp_word_is(names[c], WP_WORDS_PERSON_LEAD_COLUMN))
			persons = c;
		else if (col[c] == WP_FIELD_LEAD)
			units_column = true;
	}
	if (!units_column || persons == n)
		return;
	/* 负责人 | 联系电话 beside 责任社区: whom to call about the row; a
	 * column of 联系人 beside 负责人 names whom to call instead */
	col[persons] = WP_FIELD_OTHER;
	for (size_t c = 0; c < n; c++)
		if (col[c] == WP_FIELD_OTHER && wp_word_is(names[c], WP_WORDS_CONTACT_COLUMN_NAME))
			persons = c;
	col[persons] = WP_FIELD_PERSON;
	for (size_t c = 0; c < n; c++)
		if (col[c] == WP_FIELD_OTHER && wp_word_is(names[c], WP_WORDS_CONTACT_COLUMN_PHONE))
			col[c] = WP_FIELD_PHONE;
}

size_t wp_notice_header_row(const char *para, enum wp_field *col)
{
	char *cells[MAX_COLUMNS];
	size_t total = wp_notice_split_cells(para, cells, MAX_COLUMNS);
	size_t kept = total < MAX_COLUMNS ? total : MAX_COLUMNS;
	bool ok = total >= 2 && total <= MAX_COLUMNS;
	for (size_t c = 0; ok && c < total; c++)
		ok = wp_notice_column_kind(cells[c], &col[c]);
	if (ok)
		columns_together(cells, col, total);
	wp_notice_free_cells(cells, kept);
	return ok ? total : 0;
}

bool wp_notice_table_header_at(struct reader *r, size_t i, struct wp_notice_table *tb)
{
	size_t total = wp_notice_header_row(r->t.para[i], tb->col);
	if (total) {
		tb->ncols = total;
		tb->cell_per_line = false;
		tb->body = i + 1;
		return activity_columns(tb);
	}
	/* a cell per line: consecutive paragraphs that each name a column */
	tb->ncols = 0;
	size_t j = i;
	while (wp_notice_step(r, 1) && j < r->t.n && tb->ncols < MAX_COLUMNS && wp_notice_column_kind(r->t.para[j], &tb->col[tb->ncols]))
		tb->ncols++, j++;
	columns_together(r->t.para + i, tb->col, tb->ncols);
	tb->cell_per_line = true;
	tb->body = j;
	return activity_columns(tb);
}

/* "3", "3.", "3、": a row number; -1 if s is not one. */
int wp_notice_row_number(const char *s)
{
	int n = 0, digits = 0;
	while (*s >= '0' && *s <= '9' && digits < 4)
		n = n * 10 + (*s++ - '0'), digits++;
	if (*s == '.')
		s++;
	else if (!wp_str_skip(&s, "、"))
		wp_str_skip(&s, "．");
	return digits && !*s ? n : -1;
}

/* Where the table ends: a heading, an annex, a signature block's prose
 * (a sentence, unless the table has a column of content, whose cells
 * are sentences). */
bool wp_notice_ends_table(const struct reader *r, const struct wp_notice_table *tb, size_t i)
{
	bool content = false;
	for (size_t c = 0; tb && c < tb->ncols; c++)
		content = content || tb->col[c] == WP_FIELD_CONTENT;
	return wp_outline_ends_section(&r->outline, i) || (!content && wp_str_find(r->t.para[i], "。"));
}

bool wp_notice_blank_cell(const char *cell)
{
	return !cell || !*cell || wp_word_is(cell, WP_WORDS_NO_UNIT_VALUE);
}

static json_t *unit_cell(struct reader *r, const char *cell)
{
	json_t *arr = json_array();
	if (!wp_notice_blank_cell(cell))
		wp_notice_split_units(cell, arr);
	return wp_notice_fix_names(r, arr);
}

const char *wp_notice_role_slash(const char *cell)
{
	const char *slash = strchr(cell, '/');
	const char *wide = wp_str_find(cell, "／");
	const char *at = !slash || (wide && wide < slash) ? wide : slash;
	/* 和/或: either, no roles */
	if (at && (wp_str_ends_at(cell, at, "和") || wp_str_starts(at + (*at == '/' ? 1 : strlen("／")), "或")))
		return NULL;
	return at;
}

void wp_notice_cell_units(struct reader *r, const char *lead, const char *coop, json_t **l, json_t **k)
{
	size_t len;
	const char *slash = lead && !coop ? wp_notice_role_slash(lead) : NULL;
	if (slash && slash > lead && wp_notice_slash_leads(r)) {
		/* 区图书馆/区文化和旅游局, by the notice's 说明 */
		char *before = wp_str_sub(lead, (size_t)(slash - lead));
		*l = unit_cell(r, before);
		*k = unit_cell(r, slash + (*slash == '/' ? 1 : strlen("／")));
		free(before);
	} else if (lead && !coop && !wp_notice_list_marks_roles(lead) &&
	    (wp_word_find(lead, WP_WORDS_LEAD_VERB, &len) || wp_word_find(lead, WP_WORDS_HELP_VERB, &len))) {
		/* 区水利局牵头，区融媒体中心配合: the cell says who leads */
		wp_notice_read_units(r, lead, l, k);
	} else if (lead && !coop) { /* one column of 责任单位: the first may lead */
		*l = json_array();
		*k = json_array();
		wp_notice_split_lead_list(r, lead, *l, *k);
		*l = wp_notice_fix_names(r, *l);
		*k = wp_notice_fix_names(r, *k);
	} else if (!wp_notice_blank_cell(lead) && !wp_notice_list_marks_roles(lead) && wp_notice_first_listed_leads(r)) {
		/* 注：“责任部门”栏列有多个部门的，排在首位的为牵头部门，其余为配合
		 * 部门: the rest of the cell cooperates, before the 配合 column's */
		json_t *all = unit_cell(r, lead);
		*l = json_array();
		*k = json_array();
		wp_notice_first_leads(all, *l, *k);
		json_decref(all);
		json_t *more = unit_cell(r, coop);
		json_array_extend(*k, more);
		json_decref(more);
	} else {
		*l = unit_cell(r, lead);
		*k = unit_cell(r, coop);
	}
}

/* Does a content cell's first clause name an activity: one held
 * (开展X, 举办X, …集中宣传活动, 动员部署会), not when it is (4月21日), where (市人民广场;
 * 各乡镇同步在集镇设立分会场), or how it is framed (围绕X主题, 结合X)? */
static bool clause_names_activity(const char *clause)
{
	wp_ndate d;
	size_t len;
	if (wp_str_find(clause, "在") || wp_nfind_date_at(clause, 2000, &d) || wp_time_of_day_at(clause, NULL))
		return false;
	/* 围绕X主题 frames it; 结合中秋节、国庆节开展走访慰问 names what the
	 * frame holds */
	size_t frame = wp_word_at(clause, WP_WORDS_FRAME_OPEN);
	if (frame)
		return wp_word_find(clause + frame, WP_WORDS_EVENT_VERB, &len) != NULL;
	/* 动员部署会, 应急演练, 专题讲座: an event's noun ends it */
	return wp_word_find(clause, WP_WORDS_EVENT_VERB, &len) || wp_word_ends(clause, WP_WORDS_ACTIVITY_SECTION_END) ||
	       wp_word_ends(clause, WP_WORDS_EVENT_NOUN_END);
}

/* 开展安全生产网络知识竞答活动，依托…开设专栏: a content cell's first
 * clause names the activity, the rest tells how; where the clause ends
 * (its ， or ： outside quotes), or NULL when it names none */
static const char *first_clause_end(const char *content)
{
	wp_nesting n = {0};
	for (const char *p = content; *p;) {
		int mark;
		size_t len = wp_nesting_step(&n, p, &mark);
		if (!mark && wp_nesting_outside(&n) && (wp_str_starts(p, "，") || wp_str_starts(p, "："))) {
			char *clause = wp_str_sub(content, (size_t)(p - content));
			bool names = clause_names_activity(clause);
			free(clause);
			return names ? p : NULL;
		}
		p += len;
	}
	return NULL;
}

/* 8 / 总结报送 / 各责任单位认真总结…，形成书面总结（附照片）报县卫生健康局疾控股 /
 * 各责任单位 / 活动结束后5个工作日内: a row that is the report is the
 * deadline its cells say, kept as the sentence 各责任单位于活动结束后5个工作
 * 日内将书面总结（附照片）报县卫生健康局疾控股 for the deadlines' reader.
 * False when the row is no report or its content sends nothing. */
static bool report_row(struct reader *r, const char *name, const char *content, const char *who,
		       const char *when, size_t para)
{
	char *title = name ? wp_str_trim_end(name, wp_notice_end_punct) : NULL;
	bool report = title && wp_word_is(title, WP_WORDS_REPORT_TASK);
	free(title);
	if (!report || !content || !who || !when)
		return false;
	/* the thing and its recipient: the clause that sends it, the last */
	const char *clause = content;
	for (const char *c = wp_str_find(content, "，"); c; c = wp_str_find(c + strlen("，"), "，"))
		clause = c + strlen("，");
	clause += wp_word_at(clause, WP_WORDS_MAKE_VERB);
	const char *sent = wp_str_find(clause, "报");
	if (!sent || sent == clause)
		return false;
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s于%s将%.*s%s", who, when, (int)(sent - clause), clause, sent);
	json_array_append_new(r->table_duties, json_pack("{s:I, s:s}", "para", (json_int_t)para, "text", wp_buf_str(&b)));
	wp_buf_free(&b);
	return true;
}

/* 县文化广场 县体育馆, 城关镇中心学校 县第一中学: a place cell's lines that
 * are each a place of its own, the second opening with its level or 各
 * (not 市民中心 三楼多功能厅, a place and a room in it; not 东渡农贸 市场,
 * a name cut). */
static bool places_apart(const char *cell)
{
	size_t pieces = 0;
	bool each = true;
	for (const char *p = cell; *p && each;) {
		size_t n = strcspn(p, " ");
		char *piece = wp_str_sub(p, n);
		/* each a place; each after the first opening with its level */
		each = wp_notice_field_is_place(piece) &&
		       (!pieces || wp_word_at(piece, WP_WORDS_LEVEL) || wp_str_starts(piece, "各"));
		free(piece);
		pieces++;
		p += n;
		p += strspn(p, " ");
	}
	return each && pieces >= 2;
}

/* Is part a person's name (张三, 刘　洋: spaced out to a width)? */
static bool person_name(const char *part)
{
	char *name = wp_str_nospace(part);
	bool person = wp_notice_bare_name(name);
	free(name);
	return person;
}

/* One row's cells (cell[c] for column c, NULL if missing) as an activity
 * numbered no, which is only its place when !numbered (a table without
 * 序号); false once the reader holds all the items it takes. */
static bool add_row(struct reader *r, const struct wp_notice_table *tb, char **cell, const char *no, bool numbered,
		    size_t first, size_t last, struct wp_notice_cell_lines *lines)
{
	const char *name = NULL, *content = NULL, *place = NULL;
	const char *lead = NULL, *coop = NULL, *contact = NULL, *person = NULL, *phones = NULL;
	/* 日期 | 时间: a row's day and its hour in two columns read as one */
	wp_buf when_cells = WP_BUF_INIT;
	for (size_t c = 0; c < tb->ncols; c++) {
		const char *v = wp_notice_blank_cell(cell[c]) ? NULL : cell[c];
		switch (tb->col[c]) {
		case WP_FIELD_NAME: name = name ? name : v; break;
		case WP_FIELD_CONTENT: content = content ? content : v; break;
		case WP_FIELD_WHEN:
			if (v)
				wp_buf_printf(&when_cells, "%s%s", when_cells.len ? " " : "", v);
			break;
		case WP_FIELD_PLACE: place = place ? place : v; break;
		case WP_FIELD_LEAD: lead = lead ? lead : v; break;
		case WP_FIELD_COOP: coop = coop ? coop : v; break;
		case WP_FIELD_CONTACT: contact = contact ? contact : v; break;
		case WP_FIELD_PERSON: person = person ? person : v; break;
		case WP_FIELD_PHONE: phones = phones ? phones : v; break;
		default: break;
		}
	}
	/* 成果展<br>地点：X<br>内容：Y: the title cell's first line names it,
	 * its labelled lines give what columns would */
	wp_notice_cell_lines(name ? name : content ? content : "", lines);
	if (lines->place || lines->content || lines->when) {
		if (name)
			content = content ? content : lines->content;
		else
			content = lines->content;
		name = lines->head;
		place = place ? place : lines->place;
		if (lines->when && !when_cells.len)
			wp_buf_puts(&when_cells, lines->when);
	}
	const char *when = when_cells.len ? wp_buf_str(&when_cells) : NULL;
	const char *title = name ? name : content;
	if (report_row(r, name, content, lead, when, first)) {
		wp_buf_free(&when_cells);
		return true;
	}
	if (!title) {
		wp_notice_note(r, WP_TR("table row %s names no activity: left out"), no);
		wp_buf_free(&when_cells);
		return true;
	}
	if (!(numbered ? wp_notice_add_item(r, no, first, last)
		       : wp_notice_add_unnumbered_item(r, no, first, last))) {
		wp_buf_free(&when_cells);
		return false;
	}
	/* 活动内容 | 校园及周边安全隐患集中排查。各学校先行自查，…: a
	 * content cell that tells more than its title names the activity
	 * in its first sentence */
	const char *period = name ? NULL : wp_str_find(title, "。");
	bool period_told = period != NULL;
	if (!period && !name)
		period = first_clause_end(title);
	bool told = period && period[strlen("。")];
	char *clean = told ? wp_xstrndup(title, (size_t)(period - title)) : wp_str_trim_end(title, wp_notice_end_punct);
	/* 启动仪式<br>暨…发布会: a cell's lines, joined by a space */
	wp_str_close_cjk_gaps(clean);
	/* 观摩会（地点：X） in the name cell: the place the title names */
	char *labelled = wp_notice_title_labelled_place(clean);
	json_t *a = wp_notice_new_activity(no, clean);
	free(clean);
	if ((name || told) && content)
		json_object_set_new(a, "description", json_string(content));
	wp_ndate d;
	if (when && wp_notice_set_done_by(r, a, when, content ? content : "")) {
		/* 完成时间 6月5日前: the day it is done by, no day it starts */
	} else if (when && wp_nfind_date(when, r->year, &d)) {
		wp_notice_set_read_dates(a, &d);
		/* 9月16日下午2:30，9月18日上午9:30: first to last */
		wp_date final;
		if (wp_notice_when_sessions_end(when, r->year, &final) && final > d.end)
			wp_notice_set_dates(a, d.start, final);
	} else if (when && (wp_nfind_during(when) || wp_str_find(when, "期间")))
		wp_notice_set_period_dates(r, a, when);
	else if (when && wp_nfind_dekad(when, r->year, &d))
		wp_notice_set_part_of_month(r, a, no, &d);
	else if (when && wp_nfind_whole_months(when, r->year, &d))
		wp_notice_set_read_dates(a, &d); /* 9月, 5-12月: the whole months */
	/* 46120 (a spreadsheet's day number shown as it is stored), or an
	 * empty cell: the day its 具体内容 opens with (4月8日（周三）下午2:30，…) */
	else if (name && content && wp_nfind_date_at(content, r->year, &d))
		wp_notice_set_read_dates(a, &d);
	else if (first > tb->body && wp_notice_merged_day(r, a, cell, tb->col, tb->ncols))
		; /* | 2 |  | 14:30 | …: the day of the row above, merged down */
	else
		wp_notice_note(r, WP_TR("activity %s: no date in its table row; it takes place some time in the campaign period"),
			       no);
	/* a table with no column of the hour or the place may say them in
	 * its 具体内容 (6月6日上午8:30在县人民广场举办…) */
	if (!wp_notice_set_times(a, when) && name && content)
		wp_notice_set_times(a, content);
	wp_buf_free(&when_cells);
	char *found = place ? wp_notice_cell_place(place)
		      : labelled ? wp_xstrdup(labelled)
		      : (name || (told && !period_told)) && content ? wp_notice_find_location(content) : NULL;
	free(labelled);
	if (found && place && !places_apart(found))
		wp_str_close_cjk_gaps(found);
	if (found)
		json_object_set_new(a, "location", json_string(found));
	free(found);
	/* 负责人 | 王晓东（县司法局）: the person's unit is who; a name alone
	 * (张三) names no unit */
	char *lead_units = lead ? wp_notice_persons_units(lead) : NULL;
	char *coop_units = coop ? wp_notice_persons_units(coop) : NULL;
	if (lead && !lead_units && wp_notice_every_part(lead, person_name))
		lead = NULL;
	json_t *l, *k;
	wp_notice_cell_units(r, lead_units ? lead_units : lead, coop_units ? coop_units : coop, &l, &k);
	free(lead_units);
	free(coop_units);
	json_object_set_new(a, "lead", l);
	json_object_set_new(a, "cooperate", k);
	wp_notice_same_as_above(r, a, cell, tb->col, tb->ncols);
	if (first > tb->body)
		wp_notice_merged_lead(r, a, cell, tb->col, tb->ncols);
	/* a 职责分工 section may give it later (notice-division.c says so then) */
	if (json_array_size(json_object_get(a, "lead")) == 0 && !wp_outline_find(&r->outline, WP_SECTION_DUTIES))
		wp_notice_note(r, WP_TR("activity %s: no lead unit found"), no);
	json_array_append_new(r->activities, a);
	if (contact) /* whom to call, once however many rows name them */
		wp_notice_add_cell_contact(r, contact, NULL);
	if (person && phones)
		wp_notice_add_row_contact(r, person, phones, no);
	return true;
}

bool wp_notice_table_add_row(struct reader *r, const struct wp_notice_table *tb, char **cell, const char *no,
			     bool numbered, size_t first, size_t last)
{
	struct wp_notice_cell_lines lines = {NULL, NULL, NULL, NULL};
	bool more = add_row(r, tb, cell, no, numbered, first, last, &lines);
	wp_notice_cell_lines_free(&lines);
	return more;
}

bool wp_notice_add_table_row(struct reader *r, const enum wp_field *col, size_t ncols, char **cell,
			     const char *no, bool numbered, size_t para)
{
	struct wp_notice_table tb = {.ncols = ncols < MAX_COLUMNS ? ncols : MAX_COLUMNS, .body = para};
	memcpy(tb.col, col, tb.ncols * sizeof *col);
	return wp_notice_table_add_row(r, &tb, cell, no, numbered, para, para);
}

size_t wp_notice_read_table(struct reader *r)
{
	/* a table flattened to a line a row under a legend of its columns */
	size_t ledger = wp_notice_read_ledger(r);
	if (ledger)
		return ledger;
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		struct wp_notice_table tb;
		if (!wp_notice_table_header_at(r, i, &tb))
			continue;
		size_t above = wp_notice_rows_above(r, &tb, i), before = 0;
		if (above < i) {
			struct wp_notice_table first = tb;
			first.body = above;
			before = wp_notice_read_cell_rows(r, &first, i);
			wp_notice_note(r, WP_TR("the table's first rows come before its header (a page from the middle of it): %zu rows read there"),
				       before);
		}
		size_t rows = before + (tb.cell_per_line ? wp_notice_read_cell_rows(r, &tb, r->t.n) : wp_notice_read_line_rows(r, &tb, r->t.n));
		if (rows > 0) {
			wp_notice_note(r, WP_TR("the activities were read from a table (%zu rows)"), rows);
			return rows;
		}
	}
	/* a week's timetable, the days its columns, the parts of the day its
	 * rows: where no table of the activities' columns tells them more */
	return wp_notice_read_week_grid(r);
}

/* （一）区级活动 / 序号 1 2 … / （二）校级活动 / 序号 1 2 …: each group's
 * table numbers its rows afresh, so a number the rows from first on
 * share with an activity read before them says which group: they are
 * numbered group.n (一.1) instead, as items under a group are. */
static void number_in_group(struct reader *r, size_t first, const char *group, bool always)
{
	bool shared = always;
	for (size_t k = first; k < json_array_size(r->activities) && !shared && wp_notice_step(r, 1); k++) {
		const char *no = json_string_value(json_object_get(json_array_get(r->activities, k), "no"));
		for (size_t e = 0; e < first && no && !shared && wp_notice_step(r, 1); e++)
		{
			const char *earlier = json_string_value(json_object_get(json_array_get(r->activities, e), "no"));
			shared = earlier && strcmp(earlier, no) == 0;
		}
	}
	for (size_t k = first; shared && k < json_array_size(r->activities); k++) {
		json_t *a = json_array_get(r->activities, k);
		const char *no = json_string_value(json_object_get(a, "no"));
		if (!no)
			continue;
		char own[96];
		snprintf(own, sizeof own, "%.40s.%.40s", group, no);
		json_object_set_new(a, "no", json_string(own));
	}
}

/* Does the table give each row its own day and units (时间 and 承办单位
 * or 牵头单位 columns), as a list of events does, not a programme's
 * (时间 | 议程 | 主持人) steps? */
static bool rows_are_events(const struct wp_notice_table *tb)
{
	bool when = false, units = false;
	for (size_t c = 0; c < tb->ncols; c++) {
		when = when || tb->col[c] == WP_FIELD_WHEN;
		units = units || tb->col[c] == WP_FIELD_LEAD;
	}
	return when && units;
}

/* Does every activity from first on have a day of its own? */
static bool rows_dated(const struct reader *r, size_t first)
{
	for (size_t k = first; k < json_array_size(r->activities); k++)
		if (!json_is_string(json_object_get(json_array_get(r->activities, k), "start")))
			return false;
	return true;
}

size_t wp_notice_read_sub_table(struct reader *r, size_t from, size_t to, const char *no)
{
	if (to > r->t.n)
		to = r->t.n;
	size_t first = json_array_size(r->activities);
	for (size_t i = from; i < to && wp_notice_step(r, 1); i++) {
		struct wp_notice_table tb;
		if (!wp_notice_table_header_at(r, i, &tb) || !rows_are_events(&tb))
			continue;
		size_t said = r->report->n;
		size_t rows = tb.cell_per_line ? wp_notice_read_cell_rows(r, &tb, to) : wp_notice_read_line_rows(r, &tb, to);
		if (rows > 0 && rows_dated(r, first)) {
			number_in_group(r, first, no, true);
			return rows;
		}
		/* 1  9:00  主持人宣布仪式开始  县应急局: a step of the event's
		 * programme, at an hour of its day */
		while (json_array_size(r->activities) > first)
			json_array_remove(r->activities, json_array_size(r->activities) - 1);
		wp_notice_drop_notes(r, said);
	}
	return 0;
}

size_t wp_notice_read_table_between(struct reader *r, size_t from, size_t to, const char *group)
{
	if (to > r->t.n)
		to = r->t.n;
	size_t first = json_array_size(r->activities);
	for (size_t i = from; i < to && wp_notice_step(r, 1); i++) {
		struct wp_notice_table tb;
		/* a row a line only: a cell a line has no end of its own to
		 * keep within the range */
		if (!wp_notice_table_header_at(r, i, &tb) || tb.cell_per_line)
			continue;
		size_t said = r->report->n;
		size_t rows = wp_notice_read_line_rows(r, &tb, to);
		if (rows > 0) {
			if (group)
				number_in_group(r, first, group, false);
			return rows;
		}
		wp_notice_drop_notes(r, said); /* its rows left out: no table */
	}
	return 0;
}
