#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "locale-fmt.h"

bool wp_locale_is_zh(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_TIME", "LANG"};
	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return strncmp(v, "zh", 2) == 0;
	}
	return false;
}

const char *wp_fmt_weekday(int weekday, bool zh)
{
	static const char *const en[] = {"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
	static const char *const cn[] = {"", "周一", "周二", "周三", "周四",
					 "周五", "周六", "周日"};
	if (weekday < 1 || weekday > 7)
		return "";
	return zh ? cn[weekday] : en[weekday];
}

void wp_fmt_date(wp_buf *b, wp_date d, bool zh, int flags)
{
	static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	int y, m, dd;
	wp_date_to_ymd(d, &y, &m, &dd);
	const char *wd = wp_fmt_weekday(wp_date_weekday(d), zh);
	if (zh) {
		if (flags & WP_FMT_YEAR)
			wp_buf_printf(b, "%d年", y);
		wp_buf_printf(b, "%d月%d日 %s", m, dd, wd);
	} else {
		wp_buf_printf(b, "%s %2d %s", wd, dd, months[m - 1]);
		if (flags & WP_FMT_YEAR)
			wp_buf_printf(b, " %d", y);
	}
}

void wp_fmt_range(wp_buf *b, wp_date start, wp_date end, bool zh, int flags)
{
	wp_fmt_date(b, start, zh, flags);
	if (end != start && end != WP_DATE_NONE) {
		wp_buf_puts(b, zh ? "至" : " - ");
		wp_fmt_date(b, end, zh, flags);
	}
}
