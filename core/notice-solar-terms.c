/* notice-solar-terms.c - days named by a solar term, as rural notices
 * date the events of festivals that fall on one: the 中国农民丰收节 is on
 * 秋分 (定于秋分当天上午9时), 冬至 and 清明 have customs of their own. Read
 * through data/solar-terms-cn.tsv (core/solar-terms.c); see
 * wp_nfind_solar_term in notice-date.h. */
#include "config.h"

#include <string.h>

#include "notice-date.h"
#include "notice-words.h"
#include "solar-terms.h"
#include "text.h"

/* The date of term in the year that puts it in from..to or nearest to it
 * (the campaign's year, save a 冬至 read for a campaign over new year).
 * WP_DATE_NONE if the table has none. */
static int term_in(int year, const void *term, wp_date *out)
{
	return wp_solar_term_date(year, term, out);
}

static wp_date nearest(const char *term, int base_year, wp_date from, wp_date to)
{
	return wp_nearest_year(term_in, term, base_year, from, to, NULL);
}

bool wp_nfind_solar_term(const char *s, int base_year, wp_date from, wp_date to, wp_ndate *out)
{
	size_t len;
	for (const char *p = s; (p = wp_word_find(p, WP_WORDS_SOLAR_TERM, &len)) != NULL; p += len) {
		size_t day = wp_word_at(p + len, WP_WORDS_SOLAR_TERM_DAY);
		if (!day)
			continue;
		char term[16];
		if (len >= sizeof term)
			continue;
		memcpy(term, p, len);
		term[len] = '\0';
		wp_date d = nearest(term, base_year, from, to);
		if (d == WP_DATE_NONE)
			continue;
		out->start = out->end = d;
		out->has_year = false;
		out->at = p;
		out->len = len + day;
		return true;
	}
	return false;
}
