/* input.h - dates, times and deadline rules as a person types them into
 * the planner's forms and prompts, in Chinese or in the ISO/English forms:
 *
 *   dates  2026-04-20  4月20日  2026年4月20日  4.20  周三  星期三  今天  明天
 *   times  09:00  9:00  9点  9点半  9点30分  上午9时  下午3点 (15:00)  晚上7点
 *   rules  结束后2个工作日  开始前3天  活动结束后一周内  4月29日前
 *          2 workdays after end  7 days after activity end  2026-04-29
 *
 * The notice reader's recognisers (notice-date.h) do the reading, so a
 * form takes what the reader takes; here the whole text must be one such
 * expression, and anything else is refused with a one-line message in the
 * locale's language that shows the forms that work. */
#ifndef WP_INPUT_H
#define WP_INPUT_H

#include <stdbool.h>

#include "date.h"
#include "deadline.h"
#include "err.h"

/* What a typed date is read against. */
typedef struct wp_input_ctx {
	int year;	 /* the year of the campaign in view: 4月20日, 4.20 */
	wp_date week_of; /* a day of the week in view: 周三 is that week's
			  * Wednesday (WP_DATE_NONE: this week) */
	wp_date today;	 /* 今天, 明天, 后天 (WP_DATE_NONE: refused) */
} wp_input_ctx;

/* One day; leading and trailing spaces are ignored. */
int wp_input_date(const char *text, const wp_input_ctx *ctx, wp_date *out, wp_err *err);

/* A time of day as "HH:MM" into out (6 bytes). */
int wp_input_time(const char *text, char out[6], wp_err *err);

/* A deadline rule: the English forms of wp_rule_parse (and "" for no
 * date), a Chinese relative rule, or a date as wp_input_date reads it
 * (with 前 or 之前 after it). activity: the deadline belongs to an
 * activity, so 活动结束后 counts from that activity's end (otherwise
 * 活动 is the campaign). roll_forward is false, as wp_rule_parse. */
int wp_input_rule(const char *text, const wp_input_ctx *ctx, bool activity, wp_rule *rule,
		  wp_err *err);

#endif
