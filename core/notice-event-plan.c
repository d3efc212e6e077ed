/* notice-event-plan.c - the plan of a single event, laid out as the
 * event's fields, a section each:
 *   一、活动时间 / 4月20日上午9:00  二、活动地点 / X  三、主办单位 / A
 *   四、承办单位 / B  五、协办单位 / C、D  六、参加人员 …  七、活动议程 …
 * No list of activities: the plan itself is one activity, titled by the
 * plan's title, its fields read from the sections as labelled lines are
 * (主办 leads; under it 承办 and 协办 cooperate). Its agenda's timed lines
 * are the event's programme, no activities of their own. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* The section whose title is, whole, a label of field (活动地点, 地点), or
 * -1. */
static long field_section(const struct wp_outline *o, enum wp_field field)
{
	for (size_t k = 0; k < o->nsec; k++) {
		size_t len;
		const struct wp_field_label *l = wp_field_label_at(o->sec[k].title, &len);
		if (l && l->field == field && !o->sec[k].title[len])
			return (long)k;
	}
	return -1;
}

/* The section whose title is, whole, a word of set (主办单位), or -1. */
static long word_section(const struct wp_outline *o, enum wp_word_set set)
{
	for (size_t k = 0; k < o->nsec; k++)
		if (wp_word_is(o->sec[k].title, set))
			return (long)k;
	return -1;
}

/* Appends label：the lines of section k (units on lines of their own
 * joined with 、) to b; nothing for k < 0. */
static void put_field(const struct reader *r, wp_buf *b, const char *label, long k)
{
	if (k < 0)
		return;
	const struct wp_outline_section *sec = &r->outline.sec[k];
	wp_buf_printf(b, "%s：", label);
	for (size_t i = sec->heading + 1; i <= sec->last && i < r->t.n; i++)
		wp_buf_printf(b, "%s%s", i > sec->heading + 1 ? "、" : "", r->t.para[i]);
	wp_buf_putc(b, '\n');
}

size_t wp_notice_read_event_plan(struct reader *r)
{
	const struct wp_outline *o = &r->outline;
	long place = field_section(o, WP_FIELD_PLACE), host = word_section(o, WP_WORDS_CAMPAIGN_HOST_LABEL);
	const char *title = json_string_value(json_object_get(r->plan, "title"));
	if (place < 0 || host < 0 || !title)
		return 0;
	long when = field_section(o, WP_FIELD_WHEN), doer = word_section(o, WP_WORDS_EVENT_DOER_LABEL),
	     helper = word_section(o, WP_WORDS_EVENT_HELPER_LABEL);
	/* the event is what the plan is of: its title without 方案 */
	wp_buf heading = WP_BUF_INIT;
	size_t len = strlen(title);
	for (const char *const *w = wp_words(WP_WORDS_PLAN_WORD); *w; w++)
		if (wp_str_ends(title, *w) && strlen(*w) < len) {
			len -= strlen(*w);
			break;
		}
	wp_buf_printf(&heading, "%.*s。", (int)len, title);
	wp_buf fields = WP_BUF_INIT;
	put_field(r, &fields, "时间", when);
	put_field(r, &fields, "地点", place);
	put_field(r, &fields, "主办单位", host);
	put_field(r, &fields, "承办单位", doer);
	put_field(r, &fields, "协办单位", helper);
	size_t read = 0;
	if (wp_notice_add_unnumbered_item(r, "1", o->sec[host].heading, o->sec[host].last)) {
		wp_notice_read_item(r, "1", wp_buf_str(&heading), wp_buf_str(&fields), NULL);
		wp_notice_note(r, WP_TR("the plan is of one event, its fields the sections (活动地点, 主办单位 …): "
					"read as one activity"));
		read = 1;
	}
	wp_buf_free(&heading);
	wp_buf_free(&fields);
	return read;
}
