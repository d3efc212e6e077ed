/* fuzz-rule.c - libFuzzer target: deadline rules as a person types them.
 * The output struct starts as garbage: the parser must set every field it
 * leaves the caller; a rule it accepts must read back the same. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
	free(s);
	return 0;
}
