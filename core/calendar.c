#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "calendar.h"

struct special_day {
	wp_date day;
	wp_daykind kind;
	bool provisional;
	char *name;
};

struct year_state {
	int year;
	bool covered;
	bool provisional;
};

struct wp_calendar {
	wp_calendar_loader loader;
	void *ctx;
	struct special_day *days; /* sorted by day, unique */
	size_t ndays, capdays;
	struct year_state *years; /* years already loaded */
	size_t nyears, capyears;
	bool failed;
	wp_err first_error;
};

wp_calendar *wp_calendar_new(wp_calendar_loader loader, void *ctx)
{
	wp_calendar *cal = wp_xcalloc(1, sizeof *cal);
	cal->loader = loader;
	cal->ctx = ctx;
	return cal;
}

void wp_calendar_free(wp_calendar *cal)
{
	if (!cal)
		return;
	for (size_t i = 0; i < cal->ndays; i++)
		free(cal->days[i].name);
	free(cal->days);
	free(cal->years);
	free(cal);
}

/* Index of the first special day >= day. */
static size_t lower_bound(const wp_calendar *cal, wp_date day)
{
	size_t lo = 0, hi = cal->ndays;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cal->days[mid].day < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void add_day(wp_calendar *cal, wp_date day, wp_daykind kind, const char *name,
		    bool provisional)
{
	size_t i = lower_bound(cal, day);
	if (i < cal->ndays && cal->days[i].day == day) {
		free(cal->days[i].name);
	} else {
		if (cal->ndays == cal->capdays) {
			cal->capdays = cal->capdays ? cal->capdays * 2 : 64;
			cal->days = wp_xrealloc(cal->days, cal->capdays * sizeof *cal->days);
		}
		memmove(cal->days + i + 1, cal->days + i,
			(cal->ndays - i) * sizeof *cal->days);
		cal->ndays++;
	}
	cal->days[i] = (struct special_day){day, kind, provisional, wp_xstrdup(name)};
}

void wp_calendar_add(wp_calendar *cal, wp_date day, wp_daykind kind, const char *name)
{
	add_day(cal, day, kind, name, false);
}

void wp_calendar_add_provisional(wp_calendar *cal, wp_date day, wp_daykind kind,
				 const char *name)
{
	add_day(cal, day, kind, name, true);
}

static struct year_state *find_year(wp_calendar *cal, int year)
{
	for (size_t i = 0; i < cal->nyears; i++)
		if (cal->years[i].year == year)
			return &cal->years[i];
	return NULL;
}

static struct year_state *add_year(wp_calendar *cal, int year)
{
	if (cal->nyears == cal->capyears) {
		cal->capyears = cal->capyears ? cal->capyears * 2 : 8;
		cal->years = wp_xrealloc(cal->years, cal->capyears * sizeof *cal->years);
	}
	cal->years[cal->nyears] = (struct year_state){year, false, false};
	return &cal->years[cal->nyears++];
}

void wp_calendar_set_covered(wp_calendar *cal, int year, bool covered)
{
	struct year_state *ys = find_year(cal, year);
	if (!ys)
		ys = add_year(cal, year);
	ys->covered = covered;
}

void wp_calendar_set_provisional(wp_calendar *cal, int year, bool provisional)
{
	struct year_state *ys = find_year(cal, year);
	if (!ys)
		ys = add_year(cal, year);
	ys->provisional = provisional;
}

static void ensure_year(wp_calendar *cal, int year)
{
	if (find_year(cal, year))
		return;
	add_year(cal, year); /* before loading: a failing loader is not retried */
	if (!cal->loader)
		return;
	wp_err err;
	if (cal->loader(cal->ctx, year, cal, &err) != 0 && !cal->failed) {
		cal->failed = true;
		cal->first_error = err;
	}
}

static int year_of(wp_date day)
{
	int y, m, d;
	wp_date_to_ymd(day, &y, &m, &d);
	return y;
}

wp_daykind wp_calendar_kind(wp_calendar *cal, wp_date day, const char **name)
{
	ensure_year(cal, year_of(day));
	size_t i = lower_bound(cal, day);
	if (i < cal->ndays && cal->days[i].day == day) {
		if (name)
			*name = cal->days[i].name;
		return cal->days[i].kind;
	}
	if (name)
		*name = NULL;
	return WP_DAY_NORMAL;
}

bool wp_calendar_covers(wp_calendar *cal, int year)
{
	ensure_year(cal, year);
	struct year_state *ys = find_year(cal, year);
	return ys && ys->covered;
}

bool wp_calendar_provisional(wp_calendar *cal, int year)
{
	ensure_year(cal, year);
	struct year_state *ys = find_year(cal, year);
	return ys && ys->provisional && !ys->covered;
}

bool wp_calendar_day_provisional(wp_calendar *cal, wp_date day)
{
	ensure_year(cal, year_of(day));
	size_t i = lower_bound(cal, day);
	return i < cal->ndays && cal->days[i].day == day && cal->days[i].provisional;
}

int wp_calendar_error(const wp_calendar *cal, wp_err *err)
{
	if (!cal->failed)
		return 0;
	if (err)
		*err = cal->first_error;
	return -1;
}

bool wp_workday_is(wp_calendar *cal, wp_date day)
{
	switch (wp_calendar_kind(cal, day, NULL)) {
	case WP_DAY_OFF:
		return false;
	case WP_DAY_WORK:
		return true;
	case WP_DAY_NORMAL:
		break;
	}
	return !wp_date_is_weekend(day);
}

wp_date wp_workday_add(wp_calendar *cal, wp_date day, int n)
{
	int step = n < 0 ? -1 : 1;
	for (int left = n < 0 ? -n : n; left > 0;) {
		day += step;
		if (wp_workday_is(cal, day))
			left--;
	}
	return day;
}

int wp_workday_between(wp_calendar *cal, wp_date from, wp_date to)
{
	if (to < from)
		return -wp_workday_between(cal, to, from);
	int count = 0;
	for (wp_date d = from + 1; d <= to; d++)
		if (wp_workday_is(cal, d))
			count++;
	return count;
}

wp_date wp_workday_roll_forward(wp_calendar *cal, wp_date day)
{
	while (!wp_workday_is(cal, day))
		day++;
	return day;
}

wp_date wp_workday_roll_back(wp_calendar *cal, wp_date day)
{
	while (!wp_workday_is(cal, day))
		day--;
	return day;
}
