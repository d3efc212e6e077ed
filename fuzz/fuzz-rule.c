/* fuzz-rule.c - libFuzzer target: deadline rules as a person types them.
 * The output struct starts as garbage: the parser must set every field it
 * leaves the caller; a rule it accepts must read back the same. The forms'
 * reading (core/input.h: Chinese rules, dates, times) is fuzzed with the
 * same input: a rule it accepts must be one wp_rule_parse reads back, a
 * date must be in range, a time HH:MM. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"
#include "input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool same_rule(const wp_rule *a, const wp_rule *b)
{
	return a->kind == b->kind &&
	       (a->kind != WP_RULE_RELATIVE ||
		(a->offset == b->offset && a->workdays == b->workdays && a->anchor == b->anchor)) &&
	       (a->kind != WP_RULE_DATE || a->fixed == b->fixed);
}

static void check_input(const char *s)
{
	wp_input_ctx ctx = {.year = 2026,
			    .week_of = wp_date_from_ymd(2026, 4, 22),
			    .today = wp_date_from_ymd(2026, 4, 20)};
	wp_rule rule, again;
	wp_err err;
	memset(&rule, 0xa5, sizeof rule);
	if (wp_input_rule(s, &ctx, s[0] & 1, &rule, &err) == 0) {
		char text[128];
		wp_rule_format(&rule, text, sizeof text);
		if (wp_rule_parse(text, &again, &err) != 0 || !same_rule(&rule, &again))
			abort();
	}
	wp_date d;
	if (wp_input_date(s, &ctx, &d, &err) == 0) {
		int y, m, day;
		wp_date_to_ymd(d, &y, &m, &day);
		if (y < WP_YEAR_MIN || y > WP_YEAR_MAX)
			abort();
	}
	char hhmm[6];
	if (wp_input_time(s, hhmm, &err) == 0 &&
	    (strlen(hhmm) != 5 || hhmm[2] != ':' || hhmm[0] > '2' || hhmm[3] > '5'))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	wp_rule rule, again;
	memset(&rule, 0xa5, sizeof rule);
	wp_err err;
	if (wp_rule_parse(s, &rule, &err) == 0) {
		char text[128];
		wp_rule_format(&rule, text, sizeof text);
		memset(&again, 0xa5, sizeof again);
		if (wp_rule_parse(text, &again, &err) != 0 || again.kind != rule.kind ||
		    (rule.kind == WP_RULE_RELATIVE &&
		     (again.offset != rule.offset || again.workdays != rule.workdays ||
		      again.anchor != rule.anchor)) ||
		    (rule.kind == WP_RULE_DATE && again.fixed != rule.fixed))
			abort();
	}
	check_input(s);
	free(s);
	return 0;
}
