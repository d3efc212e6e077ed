#include "config.h"

#include <stdio.h>
#include <string.h>

#include "date.h"
#include "embedded.h"
#include "provisional.h"

/* One year's row of data/lunar-cn.tsv. */
struct lunar_year {
	wp_date chunjie, qingming, duanwu, zhongqiu;
};

static bool parse_date(const char *s, wp_date *out)
{
	return wp_date_parse(s, out, NULL) == 0;
}

/* Finds year in the embedded table. The table is a few dozen short lines,
 * so a scan per loaded year costs nothing worth caching. */
static bool find_year(int year, struct lunar_year *ly)
{
	for (const char *p = wp_embedded_lunar_tsv; p; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		int y;
		char a[16], b[16], c[16], d[16];
		if (*p == '#' || sscanf(p, "%d\t%15[^\t]\t%15[^\t]\t%15[^\t]\t%15[^\t\n]", &y, a, b, c,
					d) != 5 || y != year)
			continue;
		return parse_date(a, &ly->chunjie) && parse_date(b, &ly->qingming) &&
		       parse_date(c, &ly->duanwu) && parse_date(d, &ly->zhongqiu);
	}
	return false;
}

bool wp_provisional_known(int year)
{
	struct lunar_year ly;
	return find_year(year, &ly);
}

/* Marks day off; where two festivals share a day (中秋 on 1 October) the
 * names are joined as the notices join them ("国庆节、中秋节"). */
static void add_off(wp_calendar *cal, wp_date day, const char *name)
{
	const char *old = NULL;
	if (wp_calendar_kind(cal, day, &old) == WP_DAY_OFF && old && *old) {
		char both[128];
		snprintf(both, sizeof both, "%s、%s", old, name);
		wp_calendar_add_provisional(cal, day, WP_DAY_OFF, both);
		return;
	}
	wp_calendar_add_provisional(cal, day, WP_DAY_OFF, name);
}

bool wp_provisional_fill(wp_calendar *cal, int year)
{
	struct lunar_year ly;
	if (!find_year(year, &ly))
		return false;
	/* The names are the ones the official data uses, so a provisional day
	 * reads like the official day that will replace it. */
	add_off(cal, wp_date_from_ymd(year, 1, 1), "元旦");
	for (int i = -1; i <= 2; i++) /* 除夕 to 初三 */
		add_off(cal, ly.chunjie + i, "春节");
	add_off(cal, ly.qingming, "清明节");
	add_off(cal, wp_date_from_ymd(year, 5, 1), "劳动节");
	add_off(cal, wp_date_from_ymd(year, 5, 2), "劳动节");
	add_off(cal, ly.duanwu, "端午节");
	for (int d = 1; d <= 3; d++)
		add_off(cal, wp_date_from_ymd(year, 10, d), "国庆节");
	add_off(cal, ly.zhongqiu, "中秋节");
	wp_calendar_set_provisional(cal, year, true);
	return true;
}
