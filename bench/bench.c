/* bench.c - how fast the views answer on a large database ("make bench").
 *
 * Generates N activities (default 1,000,000, or the first argument) the
 * way issue 12 describes real data: on weekdays spread uniformly over
 * 2020-2029, each between 08:00 and 17:30 and 30-240 minutes long, a
 * title of about 15 Chinese characters and a place, 2-6 of 3,000 units
 * (300 places x 10 agencies) of which the first leads, N/1000 campaigns
 * a year (at least 2), one deadline per 10 activities owed by the
 * activity's units, rows inserted in random order (ids not in date
 * order). The generator is seeded: the same N gives the same database.
 *
 * Then times the queries behind the views next to a floor: SQLite itself
 * stepping through the same rows with one plain statement, in this
 * process (the SQL is printed at the end; the row counts are printed side
 * by side so they can be checked). Each line is the median of up to 50
 * runs. Not part of "make check": timings belong here, never in tests.
 *
 * "weekplan-bench --import N [WEEKPLAN [--per-file]]" times the import of
 * N activities' worth of plan files instead (bench-import.c).
 *
 * "weekplan-bench --generate N FILE" only writes the database of N
 * activities to FILE (which must not exist yet) and keeps it, its search
 * index built: the planner bench (bench-planner.c) reads it, and a
 * profile can be taken again on the same data. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "campaign.h"
#include "plancheck.h"
#include "query.h"
#include "store.h"

#include "bench.h"

/* ---- timing ---------------------------------------------------------- */

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* ---- the generator ----------------------------------------------------- */

/* splitmix64: small, seedable, good enough to spread test data. */
static uint64_t rng = 20260420;

static uint64_t next_random(void)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

int random_below(int n)
{
	return (int)(next_random() % (uint64_t)n);
}


static const char *const place_head[] = {"东", "西", "南", "北", "青", "白", "金", "石", "平",
					 "安", "永", "长", "新", "清", "龙", "凤", "云", "宁",
					 "兴", "和"};
static const char *const place_tail[] = {"阳", "山", "河", "川", "江", "城", "林", "原",
					 "州", "湖", "溪", "桥", "坪", "岭", "口"};
const char *const agencies[AGENCIES] = {
	"市场监管局", "教育局", "公安局", "司法局", "文化广电旅游局",
	"科技局",     "商务局", "农业农村局", "人民法院", "人民检察院"};
static const char *const words[] = {"知识产权", "宣传周",   "培训",     "专利",   "商标",
				    "保护",     "进校园",   "进企业",   "讲座",   "座谈会",
				    "执法",     "检查",     "成果展",   "发布会", "地理标志",
				    "维权",     "援助",     "普法",     "咨询",   "服务",
				    "启动仪式", "知识竞赛", "主题活动", "工作会", "现场"};
const char *const venues[6] = {"广场", "会议室", "体育馆", "文化中心", "礼堂", "学校"};

void place_name(int place, char *buf, size_t size)
{
	int nh = (int)(sizeof place_head / sizeof *place_head);
	snprintf(buf, size, "%s%s县", place_head[place % nh], place_tail[place / nh]);
}

/* A title of about 15 characters (each of these words is 2-4). */
void random_title(char *buf, size_t size)
{
	size_t chars = 0;
	buf[0] = '\0';
	while (chars < 14) {
		const char *w = words[random_below((int)(sizeof words / sizeof *words))];
		strncat(buf, w, size - strlen(buf) - 1);
		chars += strlen(w) / 3; /* UTF-8: three bytes a character */
	}
}

static int exec(sqlite3 *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		fprintf(stderr, "bench: %s\n", msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		fprintf(stderr, "bench: %s\n", sqlite3_errmsg(db));
	return s;
}

static int step_done(sqlite3_stmt *s)
{
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		fprintf(stderr, "bench: %s\n", sqlite3_errmsg(sqlite3_db_handle(s)));
		return -1;
	}
	return 0;
}

static void bind_str(sqlite3_stmt *s, int i, const char *text)
{
	sqlite3_bind_text(s, i, text, -1, SQLITE_TRANSIENT);
}

static int add_units(sqlite3 *db)
{
	sqlite3_stmt *s = prepare(db, "INSERT INTO unit(id, name, region, name_key) "
				      "VALUES (?1, ?2, ?3, ?2)");
	int rc = s ? 0 : -1;
	for (int u = 0; rc == 0 && u < UNITS; u++) {
		char place[32];
		place_name(u / AGENCIES, place, sizeof place);
		sqlite3_bind_int(s, 1, u + 1);
		bind_str(s, 2, agencies[u % AGENCIES]);
		bind_str(s, 3, place);
		rc = step_done(s);
	}
	sqlite3_finalize(s);
	return rc;
}

/* Campaign ids are 1 + year_index * per_year + k; each covers its year. */
static int add_campaigns(sqlite3 *db, int per_year)
{
	sqlite3_stmt *s = prepare(db, "INSERT INTO campaign(id, title, region, period_start, "
				      "period_end, span_days) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
	int rc = s ? 0 : -1;
	for (int y = 0; rc == 0 && y < YEARS; y++)
		for (int k = 0; rc == 0 && k < per_year; k++) {
			char title[96], place[32], start[16], end[16];
			int year = FIRST_YEAR + y;
			snprintf(title, sizeof title, "%d年知识产权宣传周活动方案（第%d号）", year,
				 k + 1);
			place_name(random_below(PLACES), place, sizeof place);
			snprintf(start, sizeof start, "%d-01-01", year);
			snprintf(end, sizeof end, "%d-12-31", year);
			sqlite3_bind_int(s, 1, 1 + y * per_year + k);
			bind_str(s, 2, title);
			bind_str(s, 3, place);
			bind_str(s, 4, start);
			bind_str(s, 5, end);
			sqlite3_bind_int(s, 6, wp_date_from_ymd(year, 12, 31) -
						       wp_date_from_ymd(year, 1, 1));
			rc = step_done(s);
		}
	sqlite3_finalize(s);
	return rc;
}

struct generator {
	sqlite3_stmt *activity, *assignment, *deadline, *owner;
	wp_date *weekdays;
	int nweekdays, per_year;
	int *next_seq; /* per campaign */
};

/* 2-6 distinct units; the first leads. */
int random_units(int *units)
{
	int n = 2 + random_below(5);
	for (int i = 0; i < n; i++) {
		int u;
		bool taken;
		do {
			u = 1 + random_below(UNITS);
			taken = false;
			for (int j = 0; j < i; j++)
				taken |= units[j] == u;
		} while (taken);
		units[i] = u;
	}
	return n;
}

static int add_deadline(struct generator *g, int64_t activity, int campaign, wp_date day,
			const int *units, int nunits)
{
	char due[WP_DATE_ISO_SIZE];
	wp_date_format(day + 3, due);
	sqlite3_stmt *s = g->deadline;
	sqlite3_bind_int(s, 1, campaign);
	sqlite3_bind_int64(s, 2, activity);
	sqlite3_bind_int(s, 3, g->next_seq[campaign - 1]);
	bind_str(s, 4, "活动总结报送");
	bind_str(s, 5, due);
	if (step_done(s) != 0)
		return -1;
	int64_t id = sqlite3_last_insert_rowid(sqlite3_db_handle(s));
	for (int i = 0; i < nunits; i++) {
		sqlite3_bind_int64(g->owner, 1, id);
		sqlite3_bind_int(g->owner, 2, units[i]);
		sqlite3_bind_int(g->owner, 3, i);
		if (step_done(g->owner) != 0)
			return -1;
	}
	return 0;
}

static int add_activity(struct generator *g, long i)
{
	wp_date day = g->weekdays[random_below(g->nweekdays)];
	int year, month, mday;
	wp_date_to_ymd(day, &year, &month, &mday);
	int campaign = 1 + (year - FIRST_YEAR) * g->per_year + random_below(g->per_year);
	int seq = g->next_seq[campaign - 1]++;
	int minutes = 30 + random_below(211);
	int start = 8 * 60 + random_below(17 * 60 + 30 - minutes - 8 * 60 + 1);
	char date[WP_DATE_ISO_SIZE], number[16], title[128], place[96], from[8], to[8];
	wp_date_format(day, date);
	snprintf(number, sizeof number, "%d", seq + 1);
	random_title(title, sizeof title);
	place_name(random_below(PLACES), place, 32);
	strncat(place, venues[random_below((int)(sizeof venues / sizeof *venues))],
		sizeof place - strlen(place) - 1);
	snprintf(from, sizeof from, "%02d:%02d", start / 60, start % 60);
	snprintf(to, sizeof to, "%02d:%02d", (start + minutes) / 60, (start + minutes) % 60);
	sqlite3_stmt *s = g->activity;
	sqlite3_bind_int(s, 1, campaign);
	sqlite3_bind_int(s, 2, seq);
	bind_str(s, 3, number);
	bind_str(s, 4, title);
	bind_str(s, 5, date);
	bind_str(s, 6, from);
	bind_str(s, 7, to);
	bind_str(s, 8, place);
	if (step_done(s) != 0)
		return -1;
	int64_t id = sqlite3_last_insert_rowid(sqlite3_db_handle(s));
	int units[6], n = random_units(units);
	for (int k = 0; k < n; k++) {
		sqlite3_bind_int64(g->assignment, 1, id);
		sqlite3_bind_int(g->assignment, 2, units[k]);
		bind_str(g->assignment, 3, k == 0 ? "lead" : "cooperate");
		sqlite3_bind_int(g->assignment, 4, k);
		if (step_done(g->assignment) != 0)
			return -1;
	}
	return i % 10 == 0 ? add_deadline(g, id, campaign, day, units, n) : 0;
}

static int generate(sqlite3 *db, long n)
{
	struct generator g = {0};
	g.per_year = n / 1000 > 2 ? (int)(n / 1000) : 2;
	g.next_seq = calloc((size_t)g.per_year * YEARS, sizeof *g.next_seq);
	wp_date first = wp_date_from_ymd(FIRST_YEAR, 1, 1);
	wp_date last = wp_date_from_ymd(FIRST_YEAR + YEARS - 1, 12, 31);
	g.weekdays = calloc((size_t)(last - first + 1), sizeof *g.weekdays);
	for (wp_date d = first; d <= last; d++)
		if (!wp_date_is_weekend(d))
			g.weekdays[g.nweekdays++] = d;
	g.activity = prepare(db, "INSERT INTO activity(campaign_id, seq, number, title, "
				 "start_date, end_date, span_days, start_time, end_time, location) "
				 "VALUES (?1, ?2, ?3, ?4, ?5, ?5, 0, ?6, ?7, ?8)");
	/* As weekplan's import does: with the activity's date, which the
	 * lead-day index needs (the trigger would otherwise write it). */
	g.assignment = prepare(db, "INSERT INTO assignment(activity_id, unit_id, role, seq, "
				   "start_date) VALUES (?1, ?2, ?3, ?4, "
				   "(SELECT start_date FROM activity WHERE id = ?1))");
	g.deadline = prepare(db, "INSERT INTO deadline(campaign_id, activity_id, seq, what, "
				 "rule_kind, fixed_date, due_date) "
				 "VALUES (?1, ?2, ?3, ?4, 'date', ?5, ?5)");
	g.owner = prepare(db, "INSERT INTO deadline_unit(deadline_id, unit_id, seq) "
			      "VALUES (?1, ?2, ?3)");
	int rc = g.next_seq && g.weekdays && g.activity && g.assignment && g.deadline && g.owner
			 ? 0
			 : -1;
	if (rc == 0)
		rc = exec(db, "BEGIN");
	if (rc == 0)
		rc = add_units(db);
	if (rc == 0)
		rc = add_campaigns(db, g.per_year);
	for (long i = 0; rc == 0 && i < n; i++)
		rc = add_activity(&g, i);
	if (rc == 0)
		rc = exec(db, "COMMIT");
	sqlite3_finalize(g.activity);
	sqlite3_finalize(g.assignment);
	sqlite3_finalize(g.deadline);
	sqlite3_finalize(g.owner);
	free(g.weekdays);
	free(g.next_seq);
	return rc;
}

/* ---- the measurements ----------------------------------------------------- */

struct ctx {
	wp_store *st;
	int64_t unit, campaign;
};

static size_t agenda_week(struct ctx *c)
{
	wp_agenda ag;
	wp_err err;
	wp_query_agenda(c->st, wp_date_from_ymd(2026, 4, 20), wp_date_from_ymd(2026, 4, 26), 0, &ag,
			&err);
	size_t n = ag.n;
	wp_agenda_clear(&ag);
	return n;
}

static size_t deadlines_two_weeks(struct ctx *c)
{
	wp_deadline_list dl;
	wp_err err;
	wp_query_deadlines(c->st, wp_date_from_ymd(2026, 4, 20), wp_date_from_ymd(2026, 5, 4), 0, 0,
			   WP_DL_ALL, &dl, &err);
	size_t n = dl.n;
	wp_deadline_list_clear(&dl);
	return n;
}

static size_t unit_year(struct ctx *c)
{
	wp_agenda ag;
	wp_err err;
	wp_query_agenda(c->st, wp_date_from_ymd(2026, 1, 1), wp_date_from_ymd(2026, 12, 31), c->unit,
			&ag, &err);
	size_t n = ag.n;
	wp_agenda_clear(&ag);
	return n;
}

static size_t matrix(struct ctx *c)
{
	wp_matrix m;
	wp_err err;
	wp_query_matrix(c->st, c->campaign, &m, &err);
	size_t n = 0;
	for (size_t u = 0; u < m.nunits; u++)
		n += m.units[u].nlead + m.units[u].ncooperate;
	wp_matrix_clear(&m);
	return n;
}

/* The month grid of April 2026 (42 days from 2026-03-30) as the planner
 * loaded it before wp_query_days: the whole agenda of the range. */
static size_t month_agenda(struct ctx *c)
{
	wp_agenda ag;
	wp_err err;
	wp_query_agenda(c->st, wp_date_from_ymd(2026, 3, 30), wp_date_from_ymd(2026, 5, 10), 0, &ag,
			&err);
	size_t n = ag.n;
	wp_agenda_clear(&ag);
	return n;
}

#ifndef BENCH_NO_DAYS
/* The same grid as the planner loads it now: counts and two titles a day.
 * Counts activity-days (an activity counted once on each day it covers),
 * which is the agenda's row count when every activity lasts one day. */
static size_t month_days(struct ctx *c)
{
	wp_days days;
	wp_err err;
	wp_query_days(c->st, wp_date_from_ymd(2026, 3, 30), wp_date_from_ymd(2026, 5, 10), 2, &days,
		      &err);
	size_t n = 0;
	for (size_t i = 0; i < days.n; i++)
		n += (size_t)days.days[i].count;
	wp_days_clear(&days);
	return n;
}
#endif

/* `check` of the campaign: its findings, conflicts with any activity
 * included. Counts the findings of lead units' overlaps, the rows of its
 * floor, which is only that part of the check. */
static size_t check_campaign(struct ctx *c)
{
	wp_findings f = {0}; /* wp_check_campaign adds to what it is given */
	wp_err err;
	if (wp_check_campaign(c->st, c->campaign, &f, &err) != 0)
		return 0;
	size_t n = 0;
	for (size_t i = 0; i < f.n; i++)
		n += strcmp(f.items[i].code, "lead-overlap") == 0;
	wp_findings_clear(&f);
	return n;
}

/* `conflicts` for April 2026. */
static size_t conflicts_month(struct ctx *c)
{
	wp_conflict_list list;
	wp_err err;
	wp_query_conflicts(c->st, 0, wp_date_from_ymd(2026, 4, 1), wp_date_from_ymd(2026, 4, 30),
			   &list, &err);
	size_t n = list.n;
	wp_conflict_list_clear(&list);
	return n;
}

/* The planner's search for a two-character word (the activities found,
 * at most 100 as the planner asks; units are few and not counted). */
static size_t search_word(struct ctx *c)
{
	wp_search_hit *hits;
	size_t n, found = 0;
	wp_err err;
	if (wp_query_search(c->st, "培训", 100, &hits, &n, &err) != 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		found += hits[i].activity_id != 0;
	wp_search_hits_free(hits, n);
	return found;
}

/* Deletes a campaign with its ~100 activities, their assignments and
 * deadlines (the cascade), inside a transaction rolled back afterwards so
 * that every run deletes the same rows. Counts activities deleted. */
static size_t delete_campaign(struct ctx *c)
{
	wp_err err;
	sqlite3 *db = wp_store_db(c->st);
	exec(db, "BEGIN");
	size_t before = (size_t)sqlite3_total_changes(db);
	wp_campaign_delete(c->st, c->campaign, &err);
	size_t n = (size_t)sqlite3_total_changes(db) - before;
	exec(db, "ROLLBACK");
	return n;
}

/* The floors: one statement giving the same rows (and the names the view
 * prints); ?1, where there is one, is the unit or campaign of this run. */
static const char floor_week[] =
	"SELECT a.id, c.title, a.number, a.title, a.location, a.start_date, a.start_time, "
	"a.end_time, (SELECT group_concat(u.name, '、') FROM assignment s JOIN unit u "
	"ON u.id = s.unit_id WHERE s.activity_id = a.id) FROM activity a JOIN campaign c "
	"ON c.id = a.campaign_id WHERE a.start_date BETWEEN '2026-04-20' AND '2026-04-26' "
	"ORDER BY a.start_date, a.start_time";
static const char floor_deadlines[] =
	"SELECT d.id, c.title, d.what, d.due_date, (SELECT group_concat(u.name, '、') "
	"FROM deadline_unit o JOIN unit u ON u.id = o.unit_id WHERE o.deadline_id = d.id) "
	"FROM deadline d JOIN campaign c ON c.id = d.campaign_id "
	"WHERE d.due_date BETWEEN '2026-04-20' AND '2026-05-04' ORDER BY d.due_date";
static const char floor_unit_year[] =
	"SELECT a.id, c.title, a.number, a.title, a.location, a.start_date, a.start_time, "
	"a.end_time, s.role, (SELECT group_concat(u.name, '、') FROM assignment t JOIN unit u "
	"ON u.id = t.unit_id WHERE t.activity_id = a.id) FROM assignment s "
	"JOIN activity a ON a.id = s.activity_id JOIN campaign c ON c.id = a.campaign_id "
	"WHERE s.unit_id = ?1 AND a.start_date BETWEEN '2026-01-01' AND '2026-12-31' "
	"ORDER BY a.start_date, a.start_time";
static const char floor_matrix[] =
	"SELECT a.number, u.name, s.role FROM activity a JOIN assignment s "
	"ON s.activity_id = a.id JOIN unit u ON u.id = s.unit_id WHERE a.campaign_id = ?1 "
	"ORDER BY a.seq, s.seq";
static const char floor_month[] =
	"SELECT a.start_date, a.end_date, a.title FROM activity a "
	"WHERE a.start_date BETWEEN '2026-03-30' AND '2026-05-10' "
	"ORDER BY a.start_date, a.start_time";
/* Conflicts: pairs of timed activities led by one unit that overlap, for
 * the campaign's activities or those of April, each unit's other lead
 * duties found by date through index assignment_lead_day (schema 007) as
 * weekplan does; without it, the plain join walks all the unit's
 * assignments (about 800 ms for the campaign at 1M, 7.5 s for April).
 * Every generated activity lasts one day. */
static const char floor_check[] =
	"SELECT u.name, a.number, b.number FROM activity a "
	"CROSS JOIN assignment sa ON sa.activity_id = a.id AND sa.role = 'lead' "
	"CROSS JOIN assignment sb ON sb.unit_id = sa.unit_id AND sb.role = 'lead' "
	"AND sb.start_date = a.start_date AND sb.activity_id <> a.id "
	"CROSS JOIN activity b ON b.id = sb.activity_id "
	"JOIN unit u ON u.id = sa.unit_id WHERE a.campaign_id = ?1 "
	"AND a.start_time IS NOT NULL AND b.start_time IS NOT NULL "
	"AND a.start_time < b.end_time AND b.start_time < a.end_time "
	"AND (b.campaign_id <> a.campaign_id OR b.seq > a.seq) ORDER BY a.seq, b.start_date";
static const char floor_conflicts[] =
	"SELECT a.start_date, u.name, a.number, b.number FROM activity a "
	"CROSS JOIN assignment sa ON sa.activity_id = a.id AND sa.role = 'lead' "
	"CROSS JOIN assignment sb ON sb.unit_id = sa.unit_id AND sb.role = 'lead' "
	"AND sb.start_date = a.start_date AND sb.activity_id > a.id "
	"CROSS JOIN activity b ON b.id = sb.activity_id "
	"JOIN unit u ON u.id = sa.unit_id "
	"WHERE a.start_date BETWEEN '2026-04-01' AND '2026-04-30' "
	"AND a.start_time IS NOT NULL AND b.start_time IS NOT NULL "
	"AND a.start_time < b.end_time AND b.start_time < a.end_time ORDER BY a.start_date";
static const char floor_search[] =
	"SELECT a.campaign_id, a.id, c.region || ' ' || a.number || ' ' || a.title || "
	"coalesce(' @ ' || a.location, ''), coalesce(a.start_date, c.period_start) "
	"FROM activity a JOIN campaign c ON c.id = a.campaign_id "
	"WHERE a.id IN (SELECT rowid FROM activity_search WHERE activity_search MATCH '\"培训\"') "
	"ORDER BY 4 DESC, a.campaign_id, a.seq LIMIT 100";
static const char floor_delete[] = "DELETE FROM campaign WHERE id = ?1";

struct measure {
	const char *name;
	size_t (*run)(struct ctx *);
	const char *floor_sql;
	bool by_campaign;      /* ?1 is the campaign, not the unit */
	bool writes;          /* the floor runs inside a rolled-back transaction */
};

static const struct measure measures[] = {
	{"week agenda", agenda_week, floor_week, false, false},
	{"deadlines, two weeks", deadlines_two_weeks, floor_deadlines, false, false},
	{"one unit's year", unit_year, floor_unit_year, false, false},
	{"matrix of a campaign", matrix, floor_matrix, true, false},
	{"month grid, agenda", month_agenda, floor_month, false, false},
#ifndef BENCH_NO_DAYS
	{"month grid, days", month_days, floor_month, false, false},
#endif
	{"check of a campaign", check_campaign, floor_check, true, false},
	{"conflicts, a month", conflicts_month, floor_conflicts, false, false},
	{"search, a 2-char word", search_word, floor_search, false, false},
	{"delete a campaign", delete_campaign, floor_delete, true, true},
};

/* Runs the floor statement once; returns the rows it gave (or changed). */
static size_t run_floor(sqlite3 *db, sqlite3_stmt *s, bool writes)
{
	size_t n = 0;
	if (writes)
		exec(db, "BEGIN");
	while (sqlite3_step(s) == SQLITE_ROW) {
		for (int i = 0; i < sqlite3_column_count(s); i++)
			sqlite3_column_text(s, i);
		n++;
	}
	sqlite3_reset(s);
	if (writes) {
		n = (size_t)sqlite3_changes(db);
		exec(db, "ROLLBACK");
	}
	return n;
}

/* The median time of fn (or of the floor when s is given): up to 50
 * runs, stopping after 5 s once 5 are done. */
static double median_ms(struct ctx *c, const struct measure *m, sqlite3_stmt *s, size_t *rows)
{
	enum { RUNS = 50 };
	double t[RUNS], total = 0;
	sqlite3 *db = wp_store_db(c->st);
	*rows = s ? run_floor(db, s, m->writes) : m->run(c); /* warm the cache */
	int n = 0;
	while (n < RUNS && (n < 5 || total < 5000)) {
		double start = now_ms();
		if (s)
			run_floor(db, s, m->writes);
		else
			m->run(c);
		t[n] = now_ms() - start;
		total += t[n++];
	}
	qsort(t, (size_t)n, sizeof *t, cmp_double);
	return t[n / 2];
}

static void measure_all(struct ctx *c)
{
	sqlite3 *db = wp_store_db(c->st);
	printf("%-22s %10s %10s %6s %12s\n", "median ms", "weekplan", "floor", "ratio", "rows");
	for (size_t i = 0; i < sizeof measures / sizeof *measures; i++) {
		const struct measure *m = &measures[i];
		sqlite3_stmt *s = prepare(db, m->floor_sql);
		if (!s)
			continue;
		if (sqlite3_bind_parameter_count(s) > 0)
			sqlite3_bind_int64(s, 1, m->by_campaign ? c->campaign : c->unit);
		size_t rows, floor_rows;
		double ms = median_ms(c, m, NULL, &rows);
		double floor_ms = median_ms(c, m, s, &floor_rows);
		sqlite3_finalize(s);
		printf("%-22s %10.3f %10.3f %6.1f %5zu/%-6zu\n", m->name, ms, floor_ms,
		       floor_ms > 0 ? ms / floor_ms : 0, rows, floor_rows);
	}
	printf("\nrows: weekplan/floor (the matrix counts its cells; the delete, the rows it "
	       "deleted: weekplan's count includes the cascade, the floor's only the campaign)\n"
	       "unit ?1 = %lld, campaign ?1 = %lld; floor SQL:\n",
	       (long long)c->unit, (long long)c->campaign);
	for (size_t i = 0; i < sizeof measures / sizeof *measures; i++)
		printf("  %s: %s\n", measures[i].name, measures[i].floor_sql);
}

static int64_t one_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *s = prepare(db, sql);
	int64_t v = s && sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_finalize(s);
	return v;
}

static void remove_database(const char *path)
{
	char buf[64];
	unlink(path);
	snprintf(buf, sizeof buf, "%s-wal", path);
	unlink(buf);
	snprintf(buf, sizeof buf, "%s-shm", path);
	unlink(buf);
}

/* --generate N FILE: the database alone, kept. */
static int generate_only(int argc, char **argv)
{
	long n = argc == 2 ? atol(argv[0]) : 0;
	if (n < 10 || access(argv[1], F_OK) == 0) {
		fprintf(stderr, "usage: weekplan-bench --generate N FILE (N >= 10, FILE new)\n");
		return 2;
	}
	wp_store *st;
	wp_err err;
	if (wp_store_open(argv[1], &st, &err) != 0) {
		fprintf(stderr, "bench: %s\n", err.msg);
		return 1;
	}
	printf("generating %ld activities into %s...\n", n, argv[1]);
	double start = now_ms();
	int rc = generate(wp_store_db(st), n);
	struct ctx c = {st, 0, 0};
	if (rc == 0)
		search_word(&c); /* folds every row into the search index, once */
	printf("generated and indexed in %.1f s\n", (now_ms() - start) / 1e3);
	wp_store_close(st);
	return rc == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--import") == 0)
		return bench_import(argc - 2, argv + 2);
	if (argc > 1 && strcmp(argv[1], "--generate") == 0)
		return generate_only(argc - 2, argv + 2);
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	char path[] = "/tmp/weekplan-bench-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0 || n < 10)
		return 1;
	close(fd);
	unlink(path);
	wp_store *st;
	wp_err err;
	if (wp_store_open(path, &st, &err) != 0) {
		fprintf(stderr, "bench: %s\n", err.msg);
		return 1;
	}
	sqlite3 *db = wp_store_db(st);
	printf("generating %ld activities...\n", n);
	double start = now_ms();
	if (generate(db, n) != 0)
		return 1;
	printf("generated in %.1f s: %lld activities, %lld assignments, %lld deadlines, "
	       "%lld campaigns\n\n",
	       (now_ms() - start) / 1e3, (long long)one_int(db, "SELECT count(*) FROM activity"),
	       (long long)one_int(db, "SELECT count(*) FROM assignment"),
	       (long long)one_int(db, "SELECT count(*) FROM deadline"),
	       (long long)one_int(db, "SELECT count(*) FROM campaign"));
	/* A unit with a typical load, and a campaign of 2026. */
	struct ctx c = {st, UNITS / 2 + 1, 0};
	c.campaign = one_int(db, "SELECT min(id) FROM campaign WHERE period_start = '2026-01-01'");
	/* The generator wrote the rows with plain SQL: the first search
	 * folds them all into the search index, once. */
	start = now_ms();
	search_word(&c);
	printf("search index built in %.1f s\n\n", (now_ms() - start) / 1e3);
	measure_all(&c);
	wp_store_close(st);
	remove_database(path);
	return 0;
}
