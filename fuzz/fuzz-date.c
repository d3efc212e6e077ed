/* fuzz-date.c - libFuzzer target: the date and time parsers, the typed
 * ISO form and the notice's forms (4月20日至26日, 二〇二四年, 下午3点). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "notice-date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	wp_date d;
	wp_err err;
	char iso[WP_DATE_ISO_SIZE];
	if (wp_date_parse(s, &d, &err) == 0)
		wp_date_format(d, iso);
	wp_ndate nd;
	if (wp_nfind_date(s, 2026, &nd) && (nd.at < s || nd.at + nd.len > s + strlen(s)))
		abort();
	wp_nfind_date_at(s, 2026, &nd);
	wp_nfind_dekad(s, 2026, &nd);
	free(wp_ndate_digits(s));
	char time[6];
	const char *at;
	wp_nfind_time(s, time, &at);
	wp_nfind_year(s);
	free(s);
	return 0;
}
