/* notice-items-sections.c - which section of a notice holds its
 * activities (重点活动, 活动安排, a 时间安排 of items, stages that are
 * sections, one each side of an annex) and in what layout: numbered
 * items (notice-items.c), a table before or instead of them, a printed
 * programme, dated paragraphs, bullets, a work group's spaced lines. */
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

/* Does section k of the outline hold an item heading? */
static bool section_has_items(const struct wp_outline *o, size_t k)
{
	int n;
	for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n; i++)
		if (wp_outline_item(o, i, &n))
			return true;
	return false;
}

/* 一、线上宣传 / 1.开设…。…（责任部门：办公室；完成时限：4月全月）: a
 * section whose items mostly close with a bracket of labelled fields is
 * a theme of a task list (任务清单), and its items are activities,
 * though its heading names none. Not a section of another kind
 * (requirements, a committee ...). */
static bool task_section(struct reader *r, size_t k)
{
	const struct wp_outline *o = &r->outline;
	if (o->sec[k].kind != WP_SECTION_OTHER && o->sec[k].kind != WP_SECTION_ACTIVITIES)
		return false;
	size_t items = 0, closed = 0;
	int n;
	for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n && wp_notice_step(r, 1); i++) {
		if (wp_notice_prose_heading(r->t.para[i]))
			break; /* 工作要求如下： 一是… */
		if (!wp_outline_item(o, i, &n) || wp_notice_item_field_line(o, i))
			continue;
		items++;
		closed += wp_notice_closing_fields(o->para[i].text, NULL) != NULL;
	}
	return items > 0 && 2 * closed > items;
}

/* 一、预热阶段（6月20日—7月5日） （一）…（三）: a stage's section holds its
 * activities, whatever its items close with. */
static bool stage_section(const struct reader *r, size_t k)
{
	size_t h = r->outline.sec[k].heading;
	return h < r->t.n && wp_notice_stage_heading(r, r->t.para[h]);
}

/* Are the items of section k all a list in prose (一是, 二是), and how
 * many tell a dated event: a day (not one things are due by, 4月20日前,
 * nor start from, 4月1日起) and a verb of holding one (开展, 举办)? */
static bool prose_items(struct reader *r, size_t k, size_t *items, size_t *events)
{
	const struct wp_outline *o = &r->outline;
	int n;
	*items = *events = 0;
	for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n && wp_notice_step(r, 1); i++) {
		if (!wp_outline_item(o, i, &n))
			continue;
		if (!wp_heading_is_prose_item(r->t.para[i]))
			return false;
		++*items;
		wp_ndate d;
		const char *p = r->t.para[i];
		bool day = wp_nfind_date(p, r->year, &d) || wp_nfind_dekad(p, r->year, &d);
		bool due = day && (wp_word_at(d.at + d.len, WP_WORDS_START_MARK) || wp_str_starts(d.at + d.len, "前"));
		size_t len;
		*events += day && !due && wp_word_find(p, WP_WORDS_EVENT_VERB, &len);
	}
	return *items > 0;
}

/* 二、企业质量提升活动 / 一是…, then 三、群众身边的质量宣传和服务 / 一是9月
 * 上旬开展…集中宣传。…: a section of no kind named, beside an activities'
 * section whose items are a list in prose too, whose own list tells dated
 * events (more than half its parts): work told as activities. Not beside
 * an activities' section of （一） items: a list in prose then is work
 * of another kind (宣传重点, 督查考核), whatever days it names. */
static bool dated_prose_section(struct reader *r, size_t k)
{
	const struct wp_outline *o = &r->outline;
	size_t items, events;
	if (o->sec[k].kind != WP_SECTION_OTHER || !prose_items(r, k, &items, &events) || 2 * events <= items)
		return false;
	bool beside = false;
	for (size_t j = 0; j < o->nsec && !beside; j++)
		beside = j != k && o->sec[j].kind == WP_SECTION_ACTIVITIES && prose_items(r, j, &items, &events);
	return beside;
}

/* 一、区市场监管局 / 1.…。4月20日上午9:30，… / 2.… then 二、区法院 / 1.…: a
 * joint notice that lists each issuer's activities under a section named
 * by it alone. The section's heading names units and no more, and half
 * its items at least (two or more) tell an event on a day or the campaign's
 * days, no duty (wp_notice_unit_item_duty; a task owed by a day counts,
 * and is read as a deadline). */
static bool unit_section(struct reader *r, size_t k)
{
	const struct wp_outline *o = &r->outline;
	size_t h = o->sec[k].heading;
	int n;
	const char *heading = wp_outline_top(o, h, &n);
	if (o->sec[k].kind != WP_SECTION_OTHER || !heading || !wp_notice_unit_heading(r, heading))
		return false;
	size_t items = 0, dated = 0;
	for (size_t i = h + 1; i <= o->sec[k].last && i < o->n && wp_notice_step(r, 1); i++) {
		const char *item = wp_outline_item(o, i, &n);
		if (!item)
			continue;
		items++;
		dated += !wp_notice_unit_item_duty(r, item);
	}
	return dated >= 2 && 2 * dated >= items;
}

/* Does section k hold items, or a line that names a day? */
static bool section_tells_activities(struct reader *r, size_t k)
{
	const struct wp_outline *o = &r->outline;
	if (section_has_items(o, k))
		return true;
	for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n && wp_notice_step(r, 1); i++) {
		wp_ndate d;
		if (wp_nfind_date(r->t.para[i], r->year, &d))
			return true;
	}
	return false;
}

/* 一、小学段 / 1.国家安全主题升旗仪式。活动周第一天（4月13日）上午，… / 2.…,
 * then 二、初中段 / 1.…: a plan that groups its activities by those they
 * are for (小学段, 教职工), under short headings of no kind named, where
 * no section of activities tells them. Its items (two at least) are
 * events: half at least held (举办, 开展) on a
 * day or in the campaign's days, none a duty (负责…) or a thing due by a
 * day (4月20日前). */
#define GROUP_HEADING_WIDTH 16
static bool group_section(struct reader *r, size_t k)
{
	const struct wp_outline *o = &r->outline;
	size_t h = o->sec[k].heading;
	int n;
	const char *heading = wp_outline_top(o, h, &n);
	if (o->sec[k].kind != WP_SECTION_OTHER || !heading || wp_text_width(heading) > GROUP_HEADING_WIDTH ||
	    wp_str_span_upto(heading, wp_notice_end_punct) != strlen(heading))
		return false;
	/* beside a section of activities (items, a table or dated prose),
	 * another is other work (宣传方式, 隐患排查); one that only says the
	 * plan is by groups (按学段分别组织实施) holds none */
	for (size_t j = 0; j < o->nsec; j++)
		if (o->sec[j].kind == WP_SECTION_ACTIVITIES && section_tells_activities(r, j))
			return false;
	size_t items = 0, dated = 0;
	for (size_t i = h + 1; i <= o->sec[k].last && i < o->n && wp_notice_step(r, 1); i++) {
		const char *item = wp_outline_item(o, i, &n);
		if (!item)
			continue;
		wp_ndate d;
		const char *para = r->t.para[i];
		bool day = wp_nfind_date(para, r->year, &d);
		if (wp_str_starts(item, "负责") ||
		    (day && (wp_word_at(d.at + d.len, WP_WORDS_START_MARK) || wp_str_starts(d.at + d.len, "前"))))
			return false;
		size_t len;
		json_t *probe = json_object(); /* 活动周第一天: the period's first day */
		bool span_day = wp_notice_set_first_day(r, probe, para);
		json_decref(probe);
		items++;
		dated += (day || span_day || wp_nfind_during(para)) && wp_word_find(para, WP_WORDS_EVENT_VERB, &len);
	}
	return items >= 2 && 2 * dated >= items;
}

/* Does section k hold the activities: an activity section with items,
 * a theme of a task list, dated work in prose, a unit's own, or a group's? */
static bool holds_activities(struct reader *r, size_t k)
{
	const struct wp_outline *o = &r->outline;
	return ((o->sec[k].kind == WP_SECTION_ACTIVITIES || stage_section(r, k)) && section_has_items(o, k)) ||
	       task_section(r, k) || dated_prose_section(r, k) || unit_section(r, k) || group_section(r, k);
}

/* 四、集中宣传活动 （一）…（三） then 五、“宪法进万家”系列活动 （一）（二）:
 * activities under two headings, each numbering its items afresh, are
 * all read, numbered section.item as written (四.一, 五.一) so that no
 * two share a number. One such section reads as before. */
/* 一、动员部署阶段（5月25日—5月31日） / prose, 二、集中开展阶段（…） / 1.…10.,
 * 三、总结提升阶段（…） / prose: a plan whose top sections are its stages
 * (two or more, no activity section holding items). A stage told in
 * prose alone is then an activity of its own. */
static bool stages_are_sections(struct reader *r)
{
	const struct wp_outline *o = &r->outline;
	size_t stages = 0;
	for (size_t k = 0; k < o->nsec; k++) {
		if (o->sec[k].kind == WP_SECTION_ACTIVITIES && section_has_items(o, k) && !stage_section(r, k))
			return false;
		stages += stage_section(r, k);
	}
	return stages >= 2;
}

/* 鹭湖区教育局关于转发《…》的通知 / 一、区级活动安排 （一）（二） / … /
 * 附件 / 澄州市教育局关于开展…的通知 / 四、活动内容 （一）…（五）: a notice
 * passing a higher one on, with activities of its own, and the notice it
 * passes on in its annex. Each document numbers its items as it writes
 * them (no heading.item: the two are not one outline). True when one
 * section holding activities stands before the annex and one after. */
static bool one_each_side_of_annex(struct reader *r)
{
	const struct wp_outline *o = &r->outline;
	size_t before = 0, after = 0;
	for (size_t k = 0; k < o->nsec; k++)
		if (holds_activities(r, k))
			*(o->sec[k].heading < o->annex ? &before : &after) += 1;
	return before == 1 && after == 1 && wp_notice_forwards(r);
}

static bool read_activity_sections(struct reader *r)
{
	const struct wp_outline *o = &r->outline;
	size_t with_items = 0;
	bool stages = stages_are_sections(r);
	for (size_t k = 0; k < o->nsec; k++)
		with_items += holds_activities(r, k) || (stages && stage_section(r, k));
	if (with_items < 2)
		return false;
	bool two_documents = one_each_side_of_annex(r);
	for (size_t k = 0; k < o->nsec && wp_notice_step(r, 1); k++) {
		if (!holds_activities(r, k)) {
			if (stages && stage_section(r, k))
				wp_notice_read_stage_activity(r, k);
			continue;
		}
		char prefix[16];
		wp_cn_number_format(o->sec[k].number, prefix, sizeof prefix);
		wp_notice_read_items_under(r, o->sec[k].heading, two_documents ? NULL : prefix);
	}
	if (two_documents)
		wp_notice_note(r, WP_TR("activities of the notice and of the notice it passes on, each numbered as written"));
	else
		wp_notice_note(r, WP_TR("activities under more than one heading: numbered heading.item (四.一)"));
	return true;
}

/* Does section k hold an activity table's header and rows before its
 * first item? */
static bool table_before_items(const struct wp_outline *o, size_t k)
{
	size_t rows = 0;
	bool header = false;
	for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n; i++) {
		enum wp_outline_kind kind = o->para[i].kind;
		if (kind == WP_OUTLINE_ITEM)
			break;
		header = header || kind == WP_OUTLINE_TABLE_HEADER;
		rows += header && kind == WP_OUTLINE_TABLE_ROW;
	}
	return header && rows >= 2;
}

/* 二、活动安排 / (一)街道集中活动 / 5月17日上午9:30，在…举行…。由X负责，Y配合。
 * / 5月18日… / (二)社区特色活动 / …: each item of the section k is a bare
 * heading (a name, no sentence, no day) that groups paragraphs, and more
 * paragraphs than headings (two at least) each tell a dated activity with
 * who leads it. The paragraphs are then the activities, the headings only
 * group them. */
static bool headings_group_told_paragraphs(struct reader *r, size_t k)
{
	static const char *const sentence_marks[] = {"。", "，", "；", "：", NULL};
	const struct wp_outline *o = &r->outline;
	size_t items = 0, told = 0;
	int n;
	for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n && wp_notice_step(r, 1); i++) {
		const char *heading = wp_outline_item(o, i, &n);
		wp_ndate d;
		if (heading) {
			if (wp_str_span_upto(heading, sentence_marks) != strlen(heading) ||
			    wp_text_width(heading) > 20 || wp_nfind_date(heading, r->year, &d))
				return false;
			items++;
		} else if (o->para[i].kind == WP_OUTLINE_PROSE) {
			told += wp_notice_tells_activity(r, r->t.para[i]);
		}
	}
	/* more told than headings: a heading over one paragraph (（一）主场宣传
	 * 活动 / 5月16日…举办主场宣传活动。) titles that paragraph's activity */
	return items > 0 && told >= 2 && told > items;
}

/* Does the section from paragraph from on hold a printed programme:
 * two entries at least that run a leader from title to place? */
static bool programme(struct reader *r, size_t from)
{
	size_t leaders = 0;
	for (size_t i = from; i < r->t.n && leaders < 2 && !wp_outline_ends_section(&r->outline, i) &&
			      wp_notice_step(r, 1);
	     i++)
		leaders += wp_nline_has_leader(r->t.para[i]);
	return leaders >= 2;
}

/* Does section k's first item name a stage of the work ((一)宣传发动阶段
 * （5月1日—9日）): its items are the work's phases, no events. */
static bool names_stages(struct reader *r, size_t k)
{
	const struct wp_outline *o = &r->outline;
	int n;
	size_t len;
	for (size_t i = o->sec[k].heading + 1; i <= o->sec[k].last && i < o->n && wp_notice_step(r, 1); i++)
		if (wp_outline_item(o, i, &n))
			return wp_word_find_near(r->t.para[i], WP_WORDS_STAGE_NAME, 60, &len) != NULL;
	return false;
}

/* 二、时间安排 over items or spaced lines of events, where no section is
 * named for the activities: that section holds them (not one over the
 * period alone). NULL if none. */
static const struct wp_outline_section *schedule_section(struct reader *r)
{
	const struct wp_outline *o = &r->outline;
	for (size_t k = 0; k < o->nsec && wp_notice_step(r, 1); k++)
		if (o->sec[k].kind == WP_SECTION_PERIOD && wp_word_ends(o->sec[k].title, WP_WORDS_SCHEDULE_END) &&
		    section_has_items(o, k) && !names_stages(r, k))
			return &o->sec[k];
	return NULL;
}

void wp_notice_read_activities(struct reader *r)
{
	const struct wp_outline *o = &r->outline;
	const struct wp_outline_section *sec = wp_outline_find(o, WP_SECTION_ACTIVITIES);
	if (!sec)
		sec = schedule_section(r);
	size_t i = sec ? sec->heading : 0;
	int n;
	if (wp_notice_read_faq_activities(r) > 0)
		return;
	/* D-7（9月12日）　启动…: a countdown's entries, wherever they stand */
	if (wp_notice_read_countdown(r) > 0)
		return;
	/* 牵头单位  9月15日（周二）  9月16日（周三） …: a grid of days, where
	 * no activity section holds items of its own */
	if (!(sec && section_has_items(o, (size_t)(sec - o->sec))) && wp_notice_read_day_grid(r) > 0)
		return;
	/* 二、活动地点 三、主办单位 …: the plan of one event */
	if (wp_notice_read_event_plan(r) > 0)
		return;
	/* (themes of a task list may stand with no activity section) */
	if (read_activity_sections(r))
		return;
	/* 序号 / 活动名称 / 时间 / 地点 / 县发展改革委 ★ ○: the activities as the
	 * columns of the table of who does what, where no item tells them */
	if (!(sec && section_has_items(o, (size_t)(sec - o->sec))) && wp_notice_read_matrix(r) > 0)
		return;
	/* 一、…启动暨集中宣传活动 with prose only, then 二、…检查: no section
	 * holds the items, the sections are the activities */
	/* 二、活动安排 then 【8月8日·周六】上午8点，在…举办…: a paragraph a day */
	if (sec && !section_has_items(o, (size_t)(sec - o->sec)) && wp_notice_read_dated_paragraphs(r, sec->heading + 1) > 0)
		return;
	/* 4月20日（星期一） then 上午9:30，在…举行…: paragraphs under day lines */
	if (sec && !section_has_items(o, (size_t)(sec - o->sec)) &&
	    wp_notice_read_day_line_paragraphs(r, sec->heading + 1) > 0)
		return;
	/* 一、时间安排 then 6月5日（周五）9:00 赶集日宣传 地点：X 负责：Y: a line an event */
	if (sec && !section_has_items(o, (size_t)(sec - o->sec)) &&
	    wp_notice_read_spaced_field_lines(r, sec->heading + 1, true) > 0)
		return;
	/* 【活动内容】 then ◆ X：5月12日…，由Y负责。: a paragraph a bullet */
	if (sec && !section_has_items(o, (size_t)(sec - o->sec)) && wp_notice_read_bullet_paragraphs(r, sec->heading + 1) > 0)
		return;
	if (sec && !section_has_items(o, (size_t)(sec - o->sec)) && wp_notice_read_section_activities(r) > 0)
		return;
	if (sec && headings_group_told_paragraphs(r, (size_t)(sec - o->sec)) &&
	    wp_notice_read_paragraph_activities(r) > 0) {
		wp_notice_note(r, WP_TR("the activity section's numbered headings only group its paragraphs: the "
					"activities are the paragraphs that name a day, an event and who leads it"));
		return;
	}
	if (!sec) {
		if (wp_notice_read_table(r) > 0)
			return;
		/* 6月8日（周一）上午8点半 镇农贸市场门口 X。…: a work group's lines */
		if (wp_notice_read_spaced_event_lines(r) > 0)
			return;
		/* 一、时间安排 then 6月5日（周五）9:00 X 地点：Y 负责：Z: the lines
		 * under a heading of no activities' name */
		if (wp_notice_read_spaced_field_lines(r, 0, false) > 0)
			return;
		/* 具体安排如下： / 【4月20日】上午9:00，在…举行… / 【4月21日—23日】…: a
		 * notice of no sections, a paragraph a day */
		if (!o->nsec && wp_notice_read_dated_paragraphs(r, 0) > 0)
			return;
		/* A page from the middle of a notice opens inside its activity
		 * section: its items come before any heading. */
		while (i < r->t.n && !wp_outline_item(o, i, &n) && !wp_outline_top(o, i, &n) && wp_notice_step(r, 1))
			i++;
		if (!wp_outline_item(o, i, &n)) {
			if (wp_notice_read_section_activities(r) > 0 || wp_notice_read_prose_activities(r))
				return;
			if (wp_notice_read_paragraph_activities(r) > 0) {
				wp_notice_note(r, WP_TR("no activity section: the activities are paragraphs that name "
							"a day, an event and who leads it"));
				return;
			}
			wp_notice_note(r, WP_TR("no activity section (重点活动, 具体活动, 活动内容, 活动方式 ...) "
						"or activity table found"));
			return;
		}
		wp_notice_note(r, WP_TR("no activity section: the items before the first heading are read as the activities"));
		i--; /* as if a heading stood before the first item */
	}
	size_t section = i + 1;
	/* 四、活动安排 / 具体如下表： / a table of the activities / 有关活动说明如下：
	 * （一）…（六）: the table's rows are the activities; the items after it
	 * explain them */
	size_t first = json_array_size(r->activities);
	if (sec && table_before_items(o, (size_t)(sec - o->sec)) && wp_notice_read_table(r) > 0) {
		/* 3月30日7:50，…举行启动仪式，由政教处负责。 above the table */
		wp_notice_read_told_above_table(r, section, first);
		return;
	}
	/* 五、活动日程 / （一）预热活动 / 4月10日—19日 / 每　天　X……Y / 主办：…:
	 * a printed programme; its items only group its days */
	if (programme(r, section) && wp_notice_read_day_lines(r, section) > 0)
		return;
	wp_notice_read_items_under(r, i, NULL);
	/* a day-by-day schedule (4月20日：举办启动仪式…), else 具体活动安排见
	 * 附件: the items are in a table. */
	first = json_array_size(r->activities);
	if (r->nitems == 0 && wp_notice_read_schedule(r, section) == 0 &&
	    wp_notice_read_day_lines(r, section) == 0 && wp_notice_read_records(r, section) == 0 &&
	    wp_notice_read_titled_paragraphs(r, section) == 0 && wp_notice_read_table(r) > 0)
		wp_notice_read_told_above_table(r, section, first);
}
