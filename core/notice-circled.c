/* notice-circled.c - events numbered ① ② under an item: （一）“爱鸟周”集中
 * 活动 / …日程安排见下表 / 活动说明： / ①启动仪式暨救护鸟类放飞。由县林业局
 * 牵头，… / ②…: the item groups the week's events, each told under its
 * circled number with who leads it. Circled numbers under an item are
 * otherwise its parts (its programme, its points): what tells them apart
 * is that they name the units that lead them (most of them: one may say
 * who holds it without a lead's word, 由X、Y共同举办). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "text.h"

/* Is paragraph k a circled number's (①…)? */
static bool circled(const struct reader *r, size_t k)
{
	const struct wp_outline_para *p = &r->outline.para[k];
	return p->kind == WP_OUTLINE_ITEM && p->level == 5;
}

int wp_notice_read_circled_events(struct reader *r, const char *no, const char *heading, size_t first, size_t last)
{
	size_t events = 0, parts = 0;
	for (size_t k = first; k <= last && k < r->t.n && wp_notice_step(r, 1); k++) {
		if (!circled(r, k))
			continue;
		parts++;
		events += wp_notice_names_its_lead(r->outline.para[k].text);
	}
	/* most of them events (由X共同举办 may say who without a lead's word):
	 * a programme's parts name no lead of their own */
	if (events < 2 || 2 * events <= parts)
		return 0;
	int added = 0;
	for (size_t k = first; k <= last && k < r->t.n && wp_notice_step(r, 1); k++) {
		if (!circled(r, k))
			continue;
		size_t end = k;
		wp_buf rest = WP_BUF_INIT;
		while (end + 1 <= last && !circled(r, end + 1) && wp_notice_step(r, 1)) {
			end++;
			wp_buf_printf(&rest, "%s%s", rest.len ? "\n" : "", r->t.para[end]);
		}
		char sub[96];
		snprintf(sub, sizeof sub, "%s.%d", no, r->outline.para[k].number);
		if (!wp_notice_add_item(r, sub, k, end)) {
			wp_buf_free(&rest);
			break;
		}
		wp_notice_read_item(r, sub, r->outline.para[k].text, wp_buf_str(&rest), heading);
		wp_buf_free(&rest);
		added++;
		k = end;
	}
	if (added && wp_notice_date_by_grid(r, no, first, last))
		wp_notice_note(r, WP_TR("item %s: its events take their days and hours from the week's timetable"), no);
	if (added)
		wp_notice_note(r, WP_TR("item %s: the events under it numbered ① ② … each name who leads them: "
					"numbered %s.1, %s.2 …"),
			       no, no, no);
	return added;
}
