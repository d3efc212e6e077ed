/* notice-items.c - the numbered items of a notice's activity sections:
 * which paragraphs are items and how they are numbered (一, 一.1, 1, ①
 * as 1), groups and sub-headings, and the other layouts tried when a
 * section has no items (notice-item.c reads each one); which section
 * holds the activities, and in what layout, is notice-items-sections.c's. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n-core.h"
#include "buf.h"
#include "notice-line.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* Is item heading i numbered in Arabic digits (1. or （1）)? */
static bool arabic_item(const struct wp_outline *o, size_t i)
{
	return o->para[i].level == 3 || o->para[i].level == 4;
}

/* 1.时间：… under an item is a line of that item, not an item itself: its
 * text opens with a field's label (of 6 characters at most) and a ：. */
bool wp_notice_item_field_line(const struct wp_outline *o, size_t i)
{
	const struct wp_outline_para *p = &o->para[i];
	return p->field && (p->field->where & WP_FIELD_LINE) && p->label_len <= 18;
}

/* 1．启动仪式。8月8日上午在体育中心举行。/ （1）启动仪式：… / （2）健身展示：…:
 * an item numbered 1. that says its own when and where on its heading
 * line holds the （1） lines under it as its parts (its programme), not
 * as activities beside it, when they are numbered from （1）. A 1.
 * heading with nothing after its title may group activities numbered
 * （1）, and keeps them. */
static bool part_line(const struct wp_outline *o, size_t item, size_t j)
{
	if (o->para[item].level != 3 || o->para[j].level != 4)
		return false;
	const char *stop = wp_str_find(o->para[item].text, "。");
	return stop && stop[strlen("。")] != '\0';
}

/* 注：1．第5项活动如遇阴雨… then 2．第2项巡展学校名单…: a note that
 * opens a numbered list under a table or list; the lines numbered after
 * it are the note's, not activities. */
static bool opens_numbered_note(const char *para)
{
	size_t n = wp_word_at(para, WP_WORDS_NOTE_LABEL);
	if (!n)
		return false;
	const char *p = para + n;
	wp_str_skip(&p, "（");
	return *p == '1' && (p[1] < '0' || p[1] > '9');
}

/* 【时间】4月15日 / 【责任单位】X: a field labelled in brackets, as a web
 * page or a WeChat copy writes it, is the field's line (时间：4月15日);
 * a label met inside a line (a copy that lost the line end before it)
 * starts a line of its own. */
static void put_line(wp_buf *b, const char *line)
{
	const char *p = line;
	for (const char *open = wp_str_find(p, "【"); open; open = wp_str_find(open + strlen("【"), "【")) {
		const char *label = open + strlen("【");
		const char *close = wp_str_find(label, "】");
		char *name = close ? wp_str_sub(label, (size_t)(close - label)) : NULL;
		const struct wp_field_label *l = name ? wp_field_label_is(name) : NULL;
		if (l && (l->where & WP_FIELD_LINE)) {
			wp_buf_printf(b, "%.*s%s%s：", (int)(open - p), p, open > line ? "\n" : "", name);
			p = close + strlen("】");
		}
		free(name);
	}
	wp_buf_puts(b, p);
}

/* （一）面向青少年 1. 2. （二）面向机关干部 3. 4. （三）… 5. 6. 7.: group
 * headings over items whose numbers run on across the groups. A nested
 * number (一.1) is needed only when each group numbers its items afresh
 * (（一） 1. 2. （二） 1. 2.); numbers that run on name their item alone.
 * They run on when the Arabic items after heading i, up to the end of its
 * section, sit under two groups or more and no number (of one level)
 * comes twice. */
static bool numbers_run_on(struct reader *r, size_t i)
{
	const struct wp_outline *o = &r->outline;
	enum { MAX_NO = 100 };
	bool seen[2][MAX_NO] = { { false } };
	int groups = 0, group_with_items = -1, with_items = 0, n;
	for (i++; i < r->t.n && wp_notice_step(r, 1); i++) {
		if (wp_outline_ends_section(o, i))
			break;
		if (!wp_outline_item(o, i, &n))
			continue;
		if (!arabic_item(o, i)) {
			groups++;
			continue;
		}
		if (groups == 0 || wp_notice_item_field_line(o, i) || o->para[i].major)
			continue;
		if (n < 0 || n >= MAX_NO || seen[o->para[i].level == 4][n])
			return false;
		seen[o->para[i].level == 4][n] = true;
		if (group_with_items != groups)
			with_items++, group_with_items = groups;
	}
	return with_items >= 2;
}

/* 第一周（11月1日—11月8日）　消防安全进社区周 between the items: a
 * calendar's heading, a stage of the campaign with its dates and a name,
 * written as a line of its own (no sentence in it). It ends the item
 * above and dates the items under it that say no day of their own (时间：
 * 本周内), as a group heading's date does. */
static bool stage_line(const struct reader *r, size_t i)
{
	static const char *const sentence_marks[] = {"。", "，", "；", "：", NULL};
	const char *p = r->t.para[i];
	wp_ndate d;
	return wp_heading_after_stage(p) && wp_str_span_upto(p, sentence_marks) == strlen(p) &&
	       wp_nfind_date(p, r->year, &d);
}

bool wp_notice_stage_heading(const struct reader *r, const char *para)
{
	/* a line of prose that speaks of stages (分三个阶段，…) is none */
	static const char *const sentence_marks[] = {"。", "，", "；", NULL};
	int n;
	const char *p = wp_heading_top(para, &n);
	if (!p)
		p = para;
	size_t len;
	const char *word = wp_word_find(p, WP_WORDS_STAGE_NAME, &len);
	wp_ndate d;
	return word && wp_text_width(p) <= 40 && wp_str_span_upto(p, sentence_marks) == strlen(p) &&
	       wp_nfind_date(word + len, r->year, &d);
}

/* 三、总结阶段 （一）活动总结。各单位于7月15日前将…总结报送X: a stage's
 * item whose title is a report and whose text sends it is a deadline
 * (read with the others), no activity. */
static bool report_item(const char *heading, const char *rest)
{
	static const char *const title_stops[] = {"。", NULL};
	char *title = wp_notice_upto(heading, title_stops);
	char *clean = wp_str_trim_end(title, wp_notice_end_punct);
	size_t len;
	bool report = (wp_word_ends(clean, WP_WORDS_REPORT_ITEM) || wp_word_is(clean, WP_WORDS_REPORT_TASK)) &&
		      (wp_submit_find(heading, WP_SUBMIT_SIGN, &len) || wp_submit_find(rest, WP_SUBMIT_SIGN, &len));
	free(clean);
	free(title);
	return report;
}

/* 10、请各村（社区）在11月20日下班前，把…小结…发到我邮箱: an item whose
 * first sentence only asks for a report by a day is a deadline (read with
 * the others), no activity, in any section. */
static bool asks_for_report(const char *heading)
{
	static const char *const sentence_end[] = {"。", NULL};
	char *first = wp_notice_upto(heading, sentence_end);
	wp_ndate d;
	size_t len;
	/* not one that asks to sign up for or to bring people to an event
	 * (请各中小学于5月8日前报名参加…大赛，大赛定于5月20日…举行): a second
	 * day, or the event's words, say one is held */
	wp_ndate later;
	bool asks = wp_str_starts(first, "请") && wp_nfind_date(first, 2000, &d) &&
		    !wp_nfind_date(d.at + d.len, 2000, &later) && !wp_word_find(first, WP_WORDS_EVENT_ASKED, &len) &&
		    wp_submit_find(first, WP_SUBMIT_SIGN, &len);
	free(first);
	return asks;
}

/* 工作要求如下： between the items: a heading written as a line of prose,
 * of a section that holds no activities (requirements, a committee, the
 * period ...); the items stop there, and 一是…二是… after it are its. */
/* 4月20日（星期一） / （一）启动仪式 / 时间：上午9:30 / …: a day alone over
 * items that give their clock only; the day is theirs. */
static bool day_over_items(const struct reader *r, size_t i)
{
	wp_ndate d;
	int n;
	return i + 1 < r->t.n && wp_notice_day_line(r->t.para[i], r->year, &d) &&
	       wp_outline_item(&r->outline, i + 1, &n) != NULL;
}

bool wp_notice_prose_heading(const char *para)
{
	static const char *const colon[] = {"：", NULL};
	if (!wp_str_ends(para, "：") || wp_text_width(para) > 24)
		return false;
	char *title = wp_str_trim_end(para, colon);
	enum wp_section_kind kind = wp_outline_section_kind(title);
	free(title);
	return kind != WP_SECTION_ACTIVITIES && kind != WP_SECTION_OTHER;
}

/* 01　4/1（周三）7:40　学校田径场 / 启动仪式暨国旗下讲话。…: a keyed
 * block whose line holds only its day, clock and place (a gap before the
 * place) is titled by its text's first sentence; the line is read as the
 * fields it holds. False, *title and *fields untouched, for another line. */
static bool keyed_dated_line(const struct reader *r, const char *para, const char *heading, const char *rest,
			     char **title, wp_buf *fields)
{
	wp_ndate d;
	const char *gap = NULL;
	if (!wp_heading_keyed(para) || !*rest || !wp_nfind_date_at(heading, r->year, &d) ||
	    wp_str_find(heading, "。") || wp_str_find(heading, "，"))
		return false;
	for (const char *p = heading; *p; p += wp_str_char_len(p))
		if (wp_str_starts(p, "\xe3\x80\x80") || *p == ' ')
			gap = p; /* the last gap opens the place */
	const char *place = gap;
	while (place && (*place == ' ' || wp_str_starts(place, "\xe3\x80\x80")))
		place += wp_str_char_len(place);
	*title = wp_notice_first_sentence(rest);
	wp_buf_printf(fields, "时间：%.*s\n", (int)(gap ? (size_t)(gap - heading) : strlen(heading)), heading);
	/* （全校）: a place written in brackets, kept without them */
	if (place && *place && wp_str_starts(place, "（") && wp_str_ends(place, "）"))
		wp_buf_printf(fields, "地点：%.*s\n", (int)(strlen(place) - 2 * strlen("（")), place + strlen("（"));
	else if (place && *place)
		wp_buf_printf(fields, "地点：%s\n", place);
	wp_buf_puts(fields, rest);
	return true;
}

/* 3.4 宣传重点 among the activities: a heading over the points the
 * campaign publicises, not over activities. The paragraph after its
 * points (the next item of its level or above, or the section's end). */
static size_t past_focus(struct reader *r, size_t i)
{
	const struct wp_outline *o = &r->outline;
	int level = o->para[i].level, n;
	for (i++; i < r->t.n && wp_notice_step(r, 1); i++)
		if (wp_outline_ends_section(o, i) || (wp_outline_item(o, i, &n) && o->para[i].level <= level))
			break;
	return i;
}

/* Does an item's text open with a contact's label (联系人：, 联系电话：)? */
static bool contact_item(const char *heading)
{
	return wp_str_starts_any(heading, wp_words(WP_WORDS_CONTACT_NAME)) ||
	       wp_str_starts_any(heading, wp_words(WP_WORDS_CONTACT_PHONE));
}

/* A heading that only names a group (区级重点活动): no sentence, no day
 * of its own. A heading that tells its activity (启动仪式。6月1日…，议程
 *如下：) keeps it; a table under it is its programme. */
static bool bare_heading(struct reader *r, const char *heading)
{
	static const char *const marks[] = {"。", "，", "；", "：", NULL};
	wp_ndate d;
	return wp_str_span_upto(heading, marks) == strlen(heading) && !wp_nfind_date(heading, r->year, &d);
}

/* Do paragraphs [from, to) hold a table's header and two rows? */
static bool table_between(const struct wp_outline *o, size_t from, size_t to)
{
	size_t rows = 0;
	bool header = false;
	for (size_t i = from; i < to && i < o->n; i++) {
		header = header || o->para[i].kind == WP_OUTLINE_TABLE_HEADER;
		rows += header && o->para[i].kind == WP_OUTLINE_TABLE_ROW;
	}
	return header && rows >= 2;
}

/* 4月下旬，…在全县集中开展以下专项执法活动，严厉打击…。: a line that
 * says the items below are what is done (以下 before 活动 or 行动 in its
 * first sentence), however it ends. */
static bool announces_below(const char *line)
{
	static const char *const sentence_end[] = {"。", NULL};
	char *first = wp_str_sub(line, wp_str_span_upto(line, sentence_end));
	const char *below = wp_str_find(first, "以下");
	size_t len;
	const char *kind = below ? wp_word_find(below, WP_WORDS_BELOW_KIND, &len) : NULL;
	/* 以下专项执法活动: a few words between, no more; and the clause ends
	 * there (not 举办以下系列活动的启动仪式, an event of its own) */
	static const char *const clause_end[] = {"，", "：", "。", NULL};
	const char *after = kind ? kind + len : NULL;
	bool ends = after && (!*after || wp_str_span_upto(after, clause_end) == 0);
	bool says = kind && ends && wp_text_width_n(below, (size_t)(kind - below)) <= 16;
	free(first);
	return says;
}

/* Does line say who runs something (由X承办, Y协办, （责任单位：X）) and
 * give no date? */
static bool names_units_undated(const struct reader *r, const char *line)
{
	wp_ndate d;
	return wp_notice_names_group_units(line) && !wp_nfind_date(line, r->year, &d);
}

/* Does para name a day (5月17日, 宣传周期间) for what it tells? */
static bool item_dated(const struct reader *r, const char *para)
{
	wp_ndate d;
	return wp_nfind_date(para, r->year, &d) || wp_nfind_during(para);
}

/* 承办单位：芷兰街道办事处 / 协办单位：… / 活动地点：…: lines of labelled
 * fields that say who runs a group's items (one at least) and where,
 * with no day: the group's, not an activity of their own. */
static bool group_field_lines(const struct reader *r, const char *lines)
{
	bool units = false, ok = true;
	for (const char *p = lines; *p && ok;) {
		size_t n = strcspn(p, "\n");
		char *line = wp_str_sub(p, n);
		const char *colon = wp_str_find(line, "：");
		enum wp_field kind = WP_FIELD_OTHER;
		if (colon) {
			char *label = wp_str_sub(line, (size_t)(colon - line));
			if (!wp_notice_column_kind(label, &kind))
				kind = WP_FIELD_OTHER;
			free(label);
		}
		wp_ndate d;
		bool names = colon && (kind == WP_FIELD_LEAD || kind == WP_FIELD_COOP) && !wp_nfind_date(line, r->year, &d) &&
			     wp_notice_units_like(colon + strlen("："));
		ok = names || (colon && kind == WP_FIELD_PLACE);
		units = units || names;
		free(line);
		p += n;
		p += *p == '\n';
	}
	return ok && units;
}

/* 具体分工：X负责第1、2项…, 几点要求：一是…: a line labelled by the name of
 * a section of the units' parts or of the requirements, which a message
 * typed without headings writes after its last item: no part of it. */
static bool section_label_line(const struct reader *r, size_t j)
{
	const struct wp_outline_para *op = &r->outline.para[j];
	if (op->kind != WP_OUTLINE_LABEL || !op->label_len)
		return false;
	char *label = wp_str_sub(r->t.para[j], op->label_len);
	enum wp_section_kind kind = wp_outline_section_kind(label);
	bool named = wp_word_is(label, WP_WORDS_BARE_SECTION) &&
		     (kind == WP_SECTION_DUTIES || kind == WP_SECTION_REQUIREMENTS);
	free(label);
	return named;
}

void wp_notice_read_items_under(struct reader *r, size_t i, const char *prefix)
{
	const struct wp_outline *o = &r->outline;
	int n;
	char group[32] = "";
	const char *group_heading = NULL;
	/* the heading is a stage with its dates (一、预热阶段（6月20日—7月5日）):
	 * its items are numbered stage.n (一.1) and date by it */
	const char *stage_top = i < r->t.n && wp_notice_stage_heading(r, r->t.para[i]) ? r->t.para[i] : NULL;
	const char *stage = stage_top; /* the stage_line over the items, after any group heading */
	const char *day = NULL;	       /* the day over the items (day_over_items) */
	bool units_first = false; /* a group heading named units (notice-unit-heading.c) */
	/* 一、区法院 / 1. 2.: a section named by a unit alone leads its items
	 * (notice-items-sections.c, unit_section) */
	const char *top = wp_outline_top(o, i, &n);
	bool units_top = top && wp_notice_unit_heading(r, top);
	if (units_top) {
		group_heading = top;
		units_first = true;
	}
	enum wp_notice_column cols[WP_NOTICE_MAX_COLUMNS];
	/* i may stand before the first paragraph (no heading at all) */
	int ncols = i < r->t.n ? wp_notice_column_order(r->t.para[i], cols, WP_NOTICE_MAX_COLUMNS) : 0;
	bool in_note = false, cn_activity = false, items_seen = false, intro_dated = false;
	/* a 分工 section gives the units, not a section's opening lines */
	bool divided = wp_outline_find(o, WP_SECTION_DUTIES) != NULL;
	bool run_on = numbers_run_on(r, i);
	wp_buf group_text = WP_BUF_INIT; /* a group's heading with its line of units */
	for (i++; i < r->t.n && wp_notice_step(r, 1);) {
		if (wp_outline_ends_section(o, i) || wp_notice_prose_heading(r->t.para[i]))
			break;
		const char *heading = wp_outline_item(o, i, &n);
		if (heading && wp_word_is(heading, WP_WORDS_FOCUS_SECTION)) {
			i = past_focus(r, i); /* 3.4 宣传重点: points, read by notice-focus.c */
			continue;
		}
		if (heading && wp_notice_focus_run_on(heading)) {
			i++; /* （一）宣传重点。一是…；二是…: so too */
			continue;
		}
		bool cn = heading && !arabic_item(o, i);
		in_note = (in_note && !cn) || (!heading && opens_numbered_note(r->t.para[i]));
		wp_ndate intro_day;
		if (!heading && !items_seen && wp_nfind_date(r->t.para[i], r->year, &intro_day))
			intro_dated = true; /* 时间：9月19日上午9:00: the section is one event */
		if (!heading && !items_seen && !units_top && top && !intro_dated && !divided &&
		    group_field_lines(r, r->t.para[i])) {
			/* 一、主会场活动 / 承办单位：区科技馆 / 协办单位：… / 1.…: the
			 * section's items are run by the units its opening lines name */
			if (!group_text.len)
				wp_buf_printf(&group_text, "%s", top);
			wp_buf_printf(&group_text, "。%s", r->t.para[i]);
			group_heading = wp_buf_str(&group_text);
			i++;
			continue;
		}
		/* its items are events of their own, dated (1.启动仪式。5月16日…),
		 * not the steps of one (1.领导致辞) */
		if (heading && !items_seen && group_text.len && !units_top &&
		    (intro_dated || !item_dated(r, r->t.para[i]))) {
			group_heading = NULL;
			wp_buf_reset(&group_text);
		}
		items_seen = items_seen || heading;
		if (!heading || in_note) {
			if (!heading && (wp_notice_units_for_named_items(r, r->t.para[i]) ||
					 wp_notice_read_item_shares(r, r->t.para[i])))
				; /* 以上5、6两项由X牵头, 具体分工：X负责第1项…: theirs */
			else if (!heading && stage_line(r, i))
				stage = r->t.para[i];
			else if (!heading && day_over_items(r, i))
				day = r->t.para[i];
			i++;
			continue;
		}
		wp_buf rest = WP_BUF_INIT;
		size_t j = i + 1;
		bool parts = false;
		for (; j < r->t.n && wp_notice_step(r, 1); j++) {
			int m;
			bool sub = wp_outline_item(o, j, &m) != NULL;
			if (sub && cn && arabic_item(o, j) && wp_notice_item_field_line(o, j))
				sub = false; /* （一）启动仪式 / 1.时间：… / 2.地点：… */
			/* its parts are numbered from （1）: a （3） after 2. goes on
			 * the list of items, however its number is typed */
			if (sub && part_line(o, i, j) && (parts || o->para[j].number == 1))
				parts = true, sub = false;
			/* - 活动名称：X / - 时间： / - 第一场：…: in a card of fields
			 * (or right under an item's heading, or after another of its
			 * fields) a label alone is a field whose value follows, not
			 * the heading of a section of the period */
			bool card_field = wp_notice_item_field_line(o, j) && (o->para[i].field || j == i + 1 || wp_notice_item_field_line(o, j - 1));
			/* ———: a rule parts one card of fields from the next;
			 * 1、…；2、…。各乡镇要高度重视…: the message's own text again */
			if (sub || wp_outline_ends_section(o, j) || o->para[j].list_tail || wp_notice_names_items(r->t.para[j]) ||
			    stage_line(r, j) || day_over_items(r, j) || section_label_line(r, j) ||
			    (!card_field && wp_notice_prose_heading(r->t.para[j])) || wp_notice_rule_line(r->t.para[j]))
				break;
			if (rest.len)
				wp_buf_putc(&rest, '\n');
			put_line(&rest, r->t.para[j]);
		}
		/* The number as written: 一 for （一）, 1 for （1） or 1; under a
		 * （一） that groups items numbered 1. 2., 一.1 一.2 (but 3 for a 3. that
		 * runs on from the group before, numbers_run_on). */
		char own[32], no[80];
		if (cn && stage_top) {
			snprintf(own, sizeof own, "%d", n);
			snprintf(group, sizeof group, "%s", own);
			group_heading = NULL;
		} else if (cn && prefix && wp_heading_is_prose_item(r->t.para[i])) {
			/* 二、… / 一是…二是…: under a section's number, a list in
			 * prose counts its parts (二.1, 二.2) */
			snprintf(own, sizeof own, "%d", n);
			group_heading = NULL;
		} else if (cn) {
			wp_cn_number_format(n, own, sizeof own);
			snprintf(group, sizeof group, "%s", own);
			group_heading = NULL;
		} else if (o->para[i].decimal_len) {
			/* 3.1.1  X: a deep outline's number, as written */
			snprintf(own, sizeof own, "%.*s", (int)o->para[i].decimal_len, r->t.para[i]);
		} else if (o->para[i].major) {
			/* 4.1  宣传周启动仪式: a multi-level list's number, kept as
			 * written; it names its section already */
			snprintf(own, sizeof own, "%d.%d", o->para[i].major, n);
		} else if (*group && !run_on) {
			snprintf(own, sizeof own, "%s.%d", group, n);
		} else if (wp_heading_keyed(r->t.para[i])) {
			snprintf(own, sizeof own, "%.2s", r->t.para[i]); /* 01 as written */
		} else {
			snprintf(own, sizeof own, "%d", n);
		}
		bool prefixed = prefix && !o->para[i].major;
		snprintf(no, sizeof no, "%s%s%s", prefixed ? prefix : "", prefixed ? "." : "", own);
		/* （一）区级重点活动 / | 序号 | 时间 | 活动内容 | … / | 1 | …: a
		 * heading over a table of activities groups its rows; （二）学校
		 * 活动 / - 安全教育“第一课”：… / 责任单位：…: a heading over
		 * bulleted activities groups them */
		if (cn && bare_heading(r, heading) && table_between(o, i + 1, j) &&
		    wp_notice_read_table_between(r, i + 1, j, no) > 0) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* - 活动名称：X over its bulleted fields: an activity, not a group */
		bool card = o->para[i].field && o->para[i].field->field == WP_FIELD_NAME;
		if (cn && !card && j > i + 2 && wp_notice_read_bullets_between(r, i + 1, j, no) > 0) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* （一）市级活动 with nothing of its own, then 1. 2.: a group heading */
		int m;
		bool next_arabic = wp_outline_item(o, j, &m) && arabic_item(o, j);
		/* 1.强化思想引领 / 1.1 开展…学习 / 1.2 …: an item with nothing of
		 * its own over items numbered under it groups them */
		if (!cn && !rest.len && next_arabic && o->para[j].level > o->para[i].level && o->para[j].major == n) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* （一）总体安排 （二）重点活动 1.…7.: sub-headings of the section,
		 * an overview and the heading over the items, which stand alone */
		char *named = cn ? wp_str_trim_end(heading, wp_notice_end_punct) : NULL;
		bool overview = named && wp_word_is(named, WP_WORDS_OVERVIEW_HEADING);
		/* but after a （一） that was itself an activity (（一）主场活动
		 * （二）系列活动 1.…5.), the heading groups its items (二.1) */
		bool subsection = named && next_arabic && !cn_activity &&
				  wp_word_is(named, WP_WORDS_ACTIVITY_SECTION);
		free(named);
		if (overview || subsection) {
			wp_buf_free(&rest);
			*group = '\0';
			i = overview ? j : i + 1;
			continue;
		}
		/* （二）系列活动 / 宣传周期间，…组织开展以下系列活动： / 1. 2.: a line
		 * that only announces the items is nothing of its own either */
		bool announces = rest.len && !strchr(wp_buf_str(&rest), '\n') &&
				 (wp_str_ends(wp_buf_str(&rest), "：") || announces_below(wp_buf_str(&rest)));
		/* （三）主题活动。4月26日当天分上午、下午两场进行： / 1. 2.: a
		 * heading that ends announcing its items groups them, its day
		 * theirs */
		bool heading_announces = !rest.len && wp_str_ends(heading, "：");
		/* （二）知识产权知识竞赛 / 竞赛分初赛和决赛两个阶段，由图书馆承办，
		 * 各学院协办。/ 1.线上初赛 2.现场决赛: a heading whose one
		 * undated line says who runs its items groups them, its units
		 * theirs where they name none; so do lines of labelled fields
		 * (（一）X分会场 / 活动地点：Y / 承办单位：Z / 1.… 2.…) over items
		 * dated of their own, but not over （1）（2）, the stages of an
		 * activity that keeps its heading, nor under a dated heading or
		 * over undated steps (（一）启动仪式（4月15日上午） / 1.领导致辞) */
		bool runs_them = cn && rest.len && next_arabic && !wp_str_find(heading, "。") &&
				 ((group_field_lines(r, wp_buf_str(&rest)) && !wp_str_starts(r->t.para[j], "（") &&
				   item_dated(r, r->t.para[j]) && !item_dated(r, heading)) ||
				  (!strchr(wp_buf_str(&rest), '\n') && names_units_undated(r, wp_buf_str(&rest))));
		if (runs_them) {
			wp_buf_reset(&group_text);
			wp_buf_printf(&group_text, "%s。", heading);
			/* 承办单位：X / 协办单位：Y: a sentence each */
			for (const char *c = wp_buf_str(&rest); *c; c++)
				if (*c == '\n')
					wp_buf_puts(&group_text, "。");
				else
					wp_buf_putc(&group_text, *c);
			wp_buf_free(&rest);
			group_heading = wp_buf_str(&group_text);
			stage = NULL;
			i = j;
			continue;
		}
		if (cn && (!rest.len || announces) && (!wp_str_find(heading, "。") || heading_announces) &&
		    next_arabic) {
			wp_buf_free(&rest);
			group_heading = heading;
			stage = NULL;
			units_first = units_first || wp_notice_unit_heading(r, heading);
			i = j;
			continue;
		}
		/* 一、县水利局 / 3.负责做好宣传册印发。: under a section named by
		 * a unit, its duty */
		if (units_top && !cn && wp_notice_unit_item_duty(r, heading)) {
			wp_notice_note(r, WP_TR("%s: a duty, not an activity"), top);
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* （六）区疾病预防控制中心 / 负责对…进行技术指导: a unit's duty */
		if (cn && units_first && rest.len && wp_notice_unit_duty(r, heading, wp_buf_str(&rest))) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* （一）集中活动 / ①X。由Y牵头… / ②…: the events it groups */
		if (cn && j > i + 1 && wp_notice_read_circled_events(r, no, heading, i + 1, j - 1) > 0) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* （三）各部门自选活动 / ——X：… / ——Y：…: a unit's activity a dash */
		if (cn && j > i + 2 && wp_notice_read_unit_dashes(r, no, i + 1, j - 1) > 0) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* （一）集中活动日程 / 4月20日（星期一） / 上午9:00　X / 地点：… /
		 * 4月21日（星期二） / …: a heading that names a group over the days
		 * of a schedule; the entries under the days are its activities */
		if (cn && bare_heading(r, heading) && wp_notice_day_lines_between(r, i + 1, j) >= 2 &&
		    wp_notice_read_day_lines_upto(r, i + 1, j) > 0) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* 1、主场活动 / 时间：4月26日 / 议程安排： / 09:00-09:30　X（一楼报告
		 * 厅，科技创新局负责） / …: the sessions its agenda names */
		if (j > i + 2 && wp_notice_read_agenda_sessions(r, no, !o->para[i].unnumbered, i, j - 1) > 0) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* （一）9月18日（星期五） over timed paragraphs: a day's activities */
		if (cn && j > i + 1 && wp_notice_read_day_items(r, no, heading, i + 1, j - 1)) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* （一）宣传发动阶段（6月8日至14日） / 6月8日…（责任单位：A）；6月9日至
		 * 14日，…（责任单位：B）；…: a stage's events, a clause each */
		if (cn && rest.len && !wp_str_find(heading, "。") &&
		    wp_notice_read_clause_events(r, heading, i, j - 1, wp_buf_str(&rest)) > 0) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* 1.活动名称：X  活动时间：Y  …: a numbered row of a flattened table */
		if (!rest.len && wp_notice_read_record(r, no, heading, i)) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* 1.  5月17日  08:30  门诊楼大厅  义诊  临床营养科: a row whose
		 * fields runs of spaces part (a note after the list that runs on
		 * the last row is no part of it) */
		if (!ncols && wp_notice_read_spaced_row(r, no, heading, i)) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* 6月12日前将…报Y, 配合Y做好6月5日主场活动…: under a unit's
		 * heading, a task owed by a day or done at another's event */
		if (!cn && units_first && group_heading &&
		    wp_notice_unit_task_apart(r, group_heading, heading, wp_buf_str(&rest))) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		/* 3.联系人：桂老师，联系电话：…: whom to call, numbered among the
		 * requests; read as a contact, no activity */
		if (contact_item(heading)) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		if ((stage_top && report_item(heading, wp_buf_str(&rest))) || asks_for_report(heading)) {
			wp_buf_free(&rest);
			i = j;
			continue;
		}
		if (!(o->para[i].unnumbered ? wp_notice_add_unnumbered_item(r, no, i, j - 1)
					    : wp_notice_add_item(r, no, i, j - 1))) {
			wp_buf_free(&rest);
			break;
		}
		cn_activity = cn_activity || cn;
		char *keyed_title = NULL;
		wp_buf keyed = WP_BUF_INIT;
		/* a line of a list whose fields the heading ordered */
		if (keyed_dated_line(r, r->t.para[i], heading, wp_buf_str(&rest), &keyed_title, &keyed))
			wp_notice_read_item(r, no, keyed_title, wp_buf_str(&keyed), stage ? stage : group_heading);
		else if (rest.len || !ncols || !wp_notice_read_columns(r, no, heading, cols, ncols))
			wp_notice_read_item(r, no, heading, wp_buf_str(&rest),
					    cn ? (stage_top ? stage_top : day)
					       : stage ? stage
					       : group_heading ? group_heading
							       : day);
		/* （二）分会场活动。9月14日至…，各分会场安排如下： over a table of
		 * the 分会场, each with its own day and units: the item's events */
		if (j > i + 2)
			wp_notice_read_sub_table(r, i + 1, j, no);
		free(keyed_title);
		wp_buf_free(&keyed);
		wp_buf_free(&rest);
		i = j;
	}
	wp_buf_free(&group_text);
}
