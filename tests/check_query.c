#include "config.h"

#include "deadline.h"
#include "demo.h"
#include "plan.h"
#include "query.h"
#include "testutil.h"
#include "unit.h"

static wp_store *st;

static void setup(void)
{
	st = open_demo();
}

static void teardown(void)
{
	wp_store_close(st);
}

static const wp_agenda_item *find_item(const wp_agenda *ag, const char *region, const char *no)
{
	for (size_t i = 0; i < ag->n; i++)
		if (strcmp(ag->items[i].region, region) == 0 && strcmp(ag->items[i].number, no) == 0)
			return &ag->items[i];
	return NULL;
}

static int64_t unit_named(const char *region, const char *name)
{
	int64_t id = 0;
	wp_err err;
	ck_assert_int_eq(wp_unit_lookup(st, region, name, &id, &err), 1);
	return id;
}

START_TEST(the_2026_ip_week_lists_luzhai_and_chaoyang_with_their_units)
{
	wp_agenda ag;
	wp_err err;
	ck_assert_int_eq(wp_query_agenda(st, D("2026-04-20"), D("2026-04-26"), 0, &ag, &err), 0);
	ck_assert_uint_eq(ag.n, 10); /* Chaoyang 二..五, Luzhai 一..五 and 七 */
	const wp_agenda_item *it = find_item(&ag, "鹿寨县", "一");
	ck_assert_ptr_nonnull(it);
	ck_assert_date_eq(it->start, "2026-04-22");
	ck_assert_str_eq(it->start_time, "09:00");
	ck_assert_str_eq(it->location, "城北广场");
	ck_assert_str_eq(it->lead, "县市场监管局（知识产权局）");
	ck_assert_ptr_nonnull(strstr(it->cooperate, "县委宣传部（县新闻出版局）、县人民法院"));
	ck_assert(!it->undated);
	it = find_item(&ag, "鹿寨县", "二");
	ck_assert(it->undated);
	ck_assert_date_eq(it->start, "2026-04-22"); /* the campaign period */
	ck_assert_date_eq(it->end, "2026-04-26");
	/* The launch on 04-17 is before the week. */
	ck_assert_ptr_null(find_item(&ag, "朝阳市", "一"));
	/* Date order: the week-long Chaoyang items (from 04-20) come first. */
	ck_assert_str_eq(ag.items[0].region, "朝阳市");
	for (size_t i = 1; i < ag.n; i++)
		ck_assert_int_le(ag.items[i - 1].start, ag.items[i].start);
	wp_agenda_clear(&ag);
}
END_TEST

START_TEST(a_long_activity_is_found_from_any_of_its_days)
{
	/* Linxia 一 runs 2024-04-15..04-26; ask for the last day only. */
	wp_agenda ag;
	wp_err err;
	ck_assert_int_eq(wp_query_agenda(st, D("2024-04-26"), D("2024-04-26"), 0, &ag, &err), 0);
	ck_assert_ptr_nonnull(find_item(&ag, "临夏回族自治州", "一"));
	wp_agenda_clear(&ag);
	ck_assert_int_eq(wp_query_agenda(st, D("2024-04-27"), D("2024-04-30"), 0, &ag, &err), 0);
	ck_assert_uint_eq(ag.n, 0);
	wp_agenda_clear(&ag);
}
END_TEST

START_TEST(a_units_agenda_holds_what_it_leads_or_cooperates_in)
{
	int64_t unit = unit_named("荣昌区", "区融媒体中心");
	wp_agenda ag;
	wp_err err;
	ck_assert_int_eq(wp_query_agenda(st, D("2023-04-01"), D("2023-04-30"), unit, &ag, &err), 0);
	ck_assert_uint_eq(ag.n, 2);
	ck_assert_str_eq(ag.items[0].unit_role, "cooperate");
	ck_assert_str_eq(ag.items[0].number, "一");
	ck_assert_str_eq(ag.items[1].number, "二");
	wp_agenda_clear(&ag);
}
END_TEST

START_TEST(deadlines_due_in_a_range_come_in_date_order_with_owners)
{
	wp_deadline_list list;
	wp_err err;
	ck_assert_int_eq(wp_query_deadlines(st, D("2026-04-20"), D("2026-05-04"), 0, 0, WP_DL_ALL,
					    &list, &err),
			 0);
	ck_assert_uint_eq(list.n, 1);
	ck_assert_str_eq(list.items[0].what, "报送总结");
	ck_assert_date_eq(list.items[0].due, "2026-04-28");
	ck_assert_str_eq(list.items[0].submit_to, "cyzscq2019@163.com");
	ck_assert_uint_eq(list.items[0].nowners, 1);
	ck_assert_str_eq(list.items[0].owners[0].name, "组委会成员单位");
	/* A committee group: each of the committee's 18 members owes it. */
	ck_assert_uint_eq(list.items[0].owners[0].nmembers, 18);
	ck_assert_uint_eq(list.items[0].npending, 18);
	wp_deadline_list_clear(&list);
	/* Rongchang: the quiz questions are owed by nine units, to the bureau. */
	ck_assert_int_eq(wp_query_deadlines(st, D("2023-04-01"), D("2023-04-30"), 0, 0, WP_DL_ALL,
					    &list, &err),
			 0);
	ck_assert_uint_eq(list.n, 1);
	ck_assert_uint_eq(list.items[0].nowners, 9);
	ck_assert_str_eq(list.items[0].submit_to, "区市场监管局 303724480@qq.com");
	wp_deadline_list_clear(&list);
}
END_TEST

START_TEST(a_submitted_report_leaves_the_pending_list)
{
	int64_t court = unit_named("荣昌区", "区法院");
	wp_deadline_list list;
	wp_err err;
	ck_assert_int_eq(wp_query_deadlines(st, WP_DATE_NONE, D("2023-04-30"), court, 0,
					    WP_DL_PENDING, &list, &err),
			 0);
	ck_assert_uint_eq(list.n, 1);
	int64_t id = list.items[0].id;
	wp_deadline_list_clear(&list);
	ck_assert_int_eq(wp_deadline_set_status(st, id, court, D("2023-04-14"), &err), 0);
	/* Eight units are still pending, so the deadline stays... */
	ck_assert_int_eq(wp_query_deadlines(st, D("2023-04-01"), D("2023-04-30"), 0, 0, WP_DL_PENDING,
					    &list, &err),
			 0);
	ck_assert_uint_eq(list.n, 1);
	ck_assert_uint_eq(list.items[0].npending, 8);
	wp_deadline_list_clear(&list);
	/* ...but the court has nothing pending any more. */
	ck_assert_int_eq(wp_query_deadlines(st, WP_DATE_NONE, D("2023-04-30"), court, 0,
					    WP_DL_PENDING, &list, &err),
			 0);
	ck_assert_uint_eq(list.n, 0);
	wp_deadline_list_clear(&list);
}
END_TEST

START_TEST(the_matrix_puts_the_committee_first_and_counts_roles)
{
	wp_matrix m;
	wp_err err;
	long long id = sql_int(st, "SELECT id FROM campaign WHERE region = '荣昌区'");
	ck_assert_int_eq(wp_query_matrix(st, id, &m, &err), 0);
	ck_assert_uint_eq(m.nactivities, 7);
	ck_assert_uint_eq(m.nunits, 26);
	ck_assert_str_eq(m.units[0].name, "区市场监管局");
	ck_assert_int_eq(m.units[0].rank, WP_RANK_CHAIR);
	ck_assert_int_eq(m.units[0].nlead, 6);
	ck_assert_int_eq(m.units[0].ncooperate, 1);
	ck_assert_int_eq(wp_matrix_cell(&m, 0, 3), 'C'); /* 四: 各镇街 lead, bureau cooperates */
	ck_assert_int_eq(m.units[1].rank, WP_RANK_MEMBER);
	ck_assert_str_eq(m.units[17].name, "区市场监管局（组委会办公室）");
	ck_assert_int_eq(m.units[17].rank, WP_RANK_OFFICE);
	ck_assert_int_eq(m.units[18].rank, WP_RANK_NONE);
	ck_assert_str_eq(m.units[18].name, "区融媒体中心");
	ck_assert_int_eq(wp_matrix_cell(&m, 99, 0), 0);
	wp_matrix_clear(&m);
}
END_TEST

/* A campaign with no activity and no committee has an empty matrix (no
 * rows to order: the sorting must not be handed a null array). */
START_TEST(an_empty_campaign_has_an_empty_matrix)
{
	static const char empty[] =
		"{\"weekplan_plan\": 1, \"title\": \"空方案\", \"region\": \"测试县\",\n"
		" \"period\": {\"start\": \"2026-06-01\", \"end\": \"2026-06-05\"}}\n";
	wp_err err;
	int64_t id;
	ck_assert_msg(wp_plan_import(st, empty, strlen(empty), 0, &id, &err) == 0, "%s", err.msg);
	wp_matrix m;
	ck_assert_int_eq(wp_query_matrix(st, id, &m, &err), 0);
	ck_assert_uint_eq(m.nunits, 0);
	ck_assert_uint_eq(m.nactivities, 0);
	ck_assert_int_eq(wp_matrix_cell(&m, 0, 0), 0);
	wp_matrix_clear(&m);
}
END_TEST

/* A column of the matrix is headed by the activity's number, or by its
 * place in the list (#2) when the notice gives it none; its number stays
 * empty for the CSV and TSV. */
START_TEST(a_matrix_column_without_a_number_is_headed_by_its_place)
{
	static const char plan[] =
		"{\"weekplan_plan\": 1, \"title\": \"日程\", \"region\": \"测试县\",\n"
		" \"period\": {\"start\": \"2026-06-01\", \"end\": \"2026-06-05\"},\n"
		" \"activities\": [{\"no\": \"一\", \"title\": \"启动\", \"lead\": [\"县科协\"]},\n"
		"   {\"no\": null, \"title\": \"讲座\", \"lead\": [\"县科协\"]}]}\n";
	wp_err err;
	int64_t id;
	ck_assert_msg(wp_plan_import(st, plan, strlen(plan), 0, &id, &err) == 0, "%s", err.msg);
	wp_matrix m;
	ck_assert_int_eq(wp_query_matrix(st, id, &m, &err), 0);
	ck_assert_uint_eq(m.nactivities, 2);
	ck_assert_str_eq(m.activities[0].label, "一");
	ck_assert_str_eq(m.activities[1].label, "#2");
	ck_assert_str_eq(m.activities[1].number, "");
	wp_matrix_clear(&m);
}
END_TEST

/* Vice-chairs (副主任单位) come after the chair and before the members. */
static const char vice_chair_plan[] =
	"{\"weekplan_plan\": 1, \"title\": \"副主任\", \"region\": \"测试县\",\n"
	" \"period\": {\"start\": \"2026-06-01\", \"end\": \"2026-06-05\"},\n"
	" \"activities\": [{\"no\": \"一\", \"title\": \"启动\", \"start\": \"2026-06-01\",\n"
	"   \"lead\": [\"县科协\"], \"cooperate\": [\"县教育局\"]}],\n"
	" \"committee\": {\"office\": [\"县办\"], \"members\": [\"县教育局\"],\n"
	"   \"vice_chair\": [\"县公安局\", \"县司法局\"], \"chair\": [\"县政府\"]}}\n";

START_TEST(the_matrix_ranks_vice_chairs_between_chair_and_members)
{
	int64_t id;
	wp_err err;
	ck_assert_int_eq(wp_plan_import(st, vice_chair_plan, strlen(vice_chair_plan), 0, &id, &err),
			 0);
	wp_matrix m;
	ck_assert_int_eq(wp_query_matrix(st, id, &m, &err), 0);
	static const char *const names[] = {"县政府", "县公安局", "县司法局", "县教育局", "县办",
					    "县科协"};
	static const int ranks[] = {WP_RANK_CHAIR, WP_RANK_VICE_CHAIR, WP_RANK_VICE_CHAIR,
				    WP_RANK_MEMBER, WP_RANK_OFFICE, WP_RANK_NONE};
	ck_assert_uint_eq(m.nunits, 6);
	for (size_t i = 0; i < 6; i++) {
		ck_assert_str_eq(m.units[i].name, names[i]);
		ck_assert_int_eq(m.units[i].rank, ranks[i]);
	}
	wp_matrix_clear(&m);
}
END_TEST

/* The planner's status bar and its deadline view count the same reports:
 * a report nobody is named for is overdue once its date has passed. */
static const char ownerless_plan[] =
	"{\"weekplan_plan\": 1, \"title\": \"无人报送\", \"region\": \"测试县\",\n"
	" \"period\": {\"start\": \"2026-06-01\", \"end\": \"2026-06-05\"},\n"
	" \"deadlines\": [{\"what\": \"报送方案\", \"due\": \"2026-06-10\"}]}\n";

static void assert_counts_match_the_lists(wp_date today)
{
	wp_err err;
	wp_date back = today - 366, soon = today + 3;
	int overdue = -1, due_soon = -1;
	ck_assert_int_eq(wp_query_pending_counts(st, back, today, soon, &overdue, &due_soon, &err), 0);
	wp_deadline_list late, coming;
	ck_assert_int_eq(wp_query_deadlines(st, back, today - 1, 0, 0, WP_DL_PENDING, &late, &err), 0);
	ck_assert_int_eq(wp_query_deadlines(st, today, soon, 0, 0, WP_DL_PENDING, &coming, &err), 0);
	char buf[WP_DATE_ISO_SIZE];
	ck_assert_msg((size_t)overdue == late.n, "today %s: %d overdue counted, %zu listed",
		      iso(today, buf), overdue, late.n);
	ck_assert_msg((size_t)due_soon == coming.n, "today %s: %d due soon counted, %zu listed",
		      iso(today, buf), due_soon, coming.n);
	for (size_t i = 0; i < late.n; i++)
		ck_assert(wp_deadline_pending(&late.items[i]));
	wp_deadline_list_clear(&late);
	wp_deadline_list_clear(&coming);
}

START_TEST(the_overdue_count_and_the_overdue_list_agree)
{
	wp_err err;
	int before, overdue, due_soon;
	ck_assert_int_eq(wp_query_pending_counts(st, D("2025-06-15"), D("2026-06-15"),
						 D("2026-06-18"), &before, &due_soon, &err),
			 0);
	ck_assert_int_eq(wp_plan_import(st, ownerless_plan, strlen(ownerless_plan), 0, NULL, &err), 0);
	ck_assert_int_eq(wp_query_pending_counts(st, D("2025-06-15"), D("2026-06-15"),
						 D("2026-06-18"), &overdue, &due_soon, &err),
			 0);
	ck_assert_int_eq(overdue, before + 1);
	ck_assert_int_eq(due_soon, 0);
	/* Every due date of the sample plans and the days around it. */
	static const char *const days[] = {"2022-05-03", "2022-05-04", "2022-05-09",
					   "2023-04-15", "2023-04-16", "2024-04-30",
					   "2026-04-17", "2026-04-28", "2026-04-29",
					   "2026-06-08", "2026-06-10", "2026-06-11"};
	for (size_t i = 0; i < sizeof days / sizeof *days; i++)
		assert_counts_match_the_lists(D(days[i]));
}
END_TEST

/* ---- the unit's agenda against the query it replaced ------------------ */

#define REF_UNIT_NAMES(role)                                                    \
	"(SELECT group_concat(name, '、') FROM (SELECT u.name FROM assignment s " \
	" JOIN unit u ON u.id = s.unit_id WHERE s.activity_id = a.id "           \
	" AND s.role = '" role "' ORDER BY s.seq))"

/* The agenda query as it was before the unit path went through the
 * unit's assignments: a scan of the date range, the unit as a filter. It
 * is slow on a large database but plainly right, so it is the reference. */
static const char reference_agenda_sql[] =
	"SELECT a.id, c.id, c.title, c.region, a.number, a.title, a.location, "
	"       a.start_time, a.end_time, a.start_date, a.end_date, 0 AS undated, "
	"       " REF_UNIT_NAMES("lead") ", " REF_UNIT_NAMES("cooperate") ", "
	"       (SELECT role FROM assignment WHERE activity_id = a.id AND unit_id = ?5), "
	"       c.period_start AS cstart, a.seq, a.description "
	"FROM activity a JOIN campaign c ON c.id = a.campaign_id "
	"WHERE a.start_date BETWEEN ?3 AND ?2 AND a.end_date >= ?1 "
	"  AND (?5 IS NULL OR EXISTS (SELECT 1 FROM assignment "
	"       WHERE activity_id = a.id AND unit_id = ?5)) "
	"UNION ALL "
	"SELECT a.id, c.id, c.title, c.region, a.number, a.title, a.location, "
	"       a.start_time, a.end_time, c.period_start, c.period_end, 1, "
	"       " REF_UNIT_NAMES("lead") ", " REF_UNIT_NAMES("cooperate") ", "
	"       (SELECT role FROM assignment WHERE activity_id = a.id AND unit_id = ?5), "
	"       c.period_start, a.seq, a.description "
	"FROM campaign c JOIN activity a ON a.campaign_id = c.id AND a.start_date IS NULL "
	"WHERE c.period_start BETWEEN ?4 AND ?2 AND c.period_end >= ?1 "
	"  AND (?5 IS NULL OR EXISTS (SELECT 1 FROM assignment "
	"       WHERE activity_id = a.id AND unit_id = ?5)) "
	"ORDER BY 10, 12, 8 NULLS FIRST, 16, 2, 17";

static void same_text(sqlite3_stmt *ref, int col, const char *got, const char *what)
{
	const char *want = (const char *)sqlite3_column_text(ref, col);
	ck_assert_msg(want ? got && strcmp(want, got) == 0 : got == NULL, "%s: want %s, got %s",
		      what, want ? want : "NULL", got ? got : "NULL");
}

static void same_date(sqlite3_stmt *ref, int col, wp_date got, const char *what)
{
	char buf[WP_DATE_ISO_SIZE];
	same_text(ref, col, got == WP_DATE_NONE ? NULL : iso(got, buf), what);
}

/* Asserts wp_query_agenda gives for unit in [from, to] exactly the rows of
 * the reference query, in its order; returns how many. */
static size_t agenda_matches_reference(int64_t unit, const char *from, const char *to)
{
	wp_agenda ag;
	wp_err err;
	ck_assert_int_eq(wp_query_agenda(st, D(from), D(to), unit, &ag, &err), 0);
	char lo_act[WP_DATE_ISO_SIZE], lo_camp[WP_DATE_ISO_SIZE];
	iso(D(from) - (int)sql_int(st, "SELECT coalesce(max(span_days), 0) FROM activity"), lo_act);
	iso(D(from) - (int)sql_int(st, "SELECT coalesce(max(span_days), 0) FROM campaign"), lo_camp);
	sqlite3_stmt *ref;
	ck_assert_int_eq(sqlite3_prepare_v2(wp_store_db(st), reference_agenda_sql, -1, &ref, NULL),
			 SQLITE_OK);
	sqlite3_bind_text(ref, 1, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(ref, 2, to, -1, SQLITE_STATIC);
	sqlite3_bind_text(ref, 3, lo_act, -1, SQLITE_STATIC);
	sqlite3_bind_text(ref, 4, lo_camp, -1, SQLITE_STATIC);
	sqlite3_bind_int64(ref, 5, unit);
	size_t i = 0;
	for (; sqlite3_step(ref) == SQLITE_ROW; i++) {
		ck_assert_msg(i < ag.n, "unit %lld %s..%s: fewer rows than the reference",
			      (long long)unit, from, to);
		const wp_agenda_item *it = &ag.items[i];
		ck_assert_int_eq(it->activity_id, sqlite3_column_int64(ref, 0));
		ck_assert_int_eq(it->campaign_id, sqlite3_column_int64(ref, 1));
		same_text(ref, 2, it->campaign_title, "campaign");
		same_text(ref, 3, it->region, "region");
		same_text(ref, 4, it->number, "number");
		same_text(ref, 5, it->title, "title");
		same_text(ref, 6, it->location, "location");
		same_text(ref, 7, it->start_time, "start time");
		same_text(ref, 8, it->end_time, "end time");
		same_date(ref, 9, it->start, "start");
		same_date(ref, 10, it->end, "end");
		ck_assert_int_eq(it->undated, sqlite3_column_int(ref, 11) != 0);
		same_text(ref, 12, it->lead, "lead");
		same_text(ref, 13, it->cooperate, "cooperate");
		same_text(ref, 14, it->unit_role, "role");
		same_text(ref, 17, it->description, "description");
	}
	ck_assert_msg(i == ag.n, "unit %lld %s..%s: %zu rows, the reference %zu", (long long)unit,
		      from, to, ag.n, i);
	sqlite3_finalize(ref);
	wp_agenda_clear(&ag);
	return i;
}

/* Every unit that has a duty, over ranges from a day to a decade; returns
 * the rows compared. */
static size_t every_unit_matches_reference(void)
{
	static const char *const ranges[][2] = {
		{"2020-01-01", "2029-12-31"}, {"2026-01-01", "2026-12-31"},
		{"2026-04-20", "2026-04-26"}, {"2026-04-22", "2026-04-22"},
		{"2024-04-01", "2024-04-30"}, {"2023-04-26", "2023-05-02"},
		{"2022-04-20", "2022-04-26"}, {"2031-01-01", "2031-12-31"},
	};
	sqlite3_stmt *units;
	ck_assert_int_eq(sqlite3_prepare_v2(wp_store_db(st),
					    "SELECT DISTINCT unit_id FROM assignment ORDER BY 1",
					    -1, &units, NULL),
			 SQLITE_OK);
	size_t rows = 0;
	while (sqlite3_step(units) == SQLITE_ROW)
		for (size_t r = 0; r < sizeof ranges / sizeof *ranges; r++)
			rows += agenda_matches_reference(sqlite3_column_int64(units, 0),
							 ranges[r][0], ranges[r][1]);
	sqlite3_finalize(units);
	return rows;
}

START_TEST(a_units_agenda_equals_the_range_scan_it_replaced_on_the_bundled_plans)
{
	ck_assert_uint_gt(every_unit_matches_reference(), 100);
}
END_TEST

/* Generated activities that exercise every case of the unit path: undated
 * ones, several days long, timed and untimed, led and cooperated in, in
 * campaigns of several lengths, inserted out of date order. */
static void generate_activities(void)
{
	static const char sql[] =
		"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 39) "
		"INSERT INTO campaign(title, region, period_start, period_end, span_days) "
		"SELECT 'gen ' || i, 'G', date('2020-01-06', '+' || (i * 97 % 3650) || ' days'), "
		"date('2020-01-06', '+' || (i * 97 % 3650 + i % 9) || ' days'), i % 9 FROM n;"
		"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2999), "
		"g AS (SELECT i, (i * 7919) % 3001 AS k FROM n) "
		"INSERT INTO activity(campaign_id, seq, number, title, start_date, end_date, "
		"span_days, start_time, end_time, location, description) "
		"SELECT c.id, g.i, g.i, 'act ' || g.i, "
		"CASE WHEN g.k % 11 THEN date(c.period_start, '+' || (g.k % (c.span_days + 1)) || ' days') END, "
		"CASE WHEN g.k % 11 THEN date(c.period_start, '+' || (g.k % (c.span_days + 1) + g.k % 3) || ' days') END, "
		"CASE WHEN g.k % 11 THEN g.k % 3 END, "
		"CASE WHEN g.k % 4 THEN printf('%02d:%02d', 8 + g.k % 10, (g.k % 2) * 30) END, "
		"CASE WHEN g.k % 8 = 1 THEN printf('%02d:30', 9 + g.k % 10) END, "
		"CASE WHEN g.k % 5 THEN 'place ' || (g.k % 13) END, "
		"CASE WHEN g.k % 6 = 0 THEN 'about ' || g.i END "
		"FROM g JOIN campaign c ON c.title = 'gen ' || (g.k % 40);"
		"INSERT INTO assignment(activity_id, unit_id, role, seq) "
		"SELECT a.id, u.id, CASE WHEN r.j = 0 THEN 'lead' ELSE 'cooperate' END, r.j "
		"FROM activity a JOIN campaign c ON c.id = a.campaign_id AND c.region = 'G' "
		"JOIN (SELECT 0 AS j UNION ALL SELECT 1 UNION ALL SELECT 2) r ON r.j <= a.id % 3 "
		"JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM unit) u "
		"     ON u.k = (a.id * 31 + r.j * 7) % 25;";
	char *msg = NULL;
	int rc = sqlite3_exec(wp_store_db(st), sql, NULL, NULL, &msg);
	ck_assert_msg(rc == SQLITE_OK, "generating activities: %s", msg ? msg : "?");
}

START_TEST(a_units_agenda_equals_the_range_scan_it_replaced_on_generated_activities)
{
	ck_assert_int_ge(sql_int(st, "SELECT count(*) FROM unit"), 25);
	generate_activities();
	ck_assert_int_gt(sql_int(st, "SELECT count(*) FROM activity a JOIN campaign c "
				     "ON c.id = a.campaign_id WHERE c.region = 'G' "
				     "AND a.start_date IS NULL"),
			 100);
	ck_assert_uint_gt(every_unit_matches_reference(), 3000);
}
END_TEST

/* ---- owners, all in one query, against one query per deadline ------------- */

static void owners_match_reference(const wp_deadline_list *dl)
{
	sqlite3_stmt *ref;
	ck_assert_int_eq(sqlite3_prepare_v2(wp_store_db(st),
					    "SELECT du.unit_id, u.name, du.submitted_on "
					    "FROM deadline_unit du JOIN unit u ON u.id = du.unit_id "
					    "WHERE du.deadline_id = ?1 ORDER BY du.seq",
					    -1, &ref, NULL),
			 SQLITE_OK);
	for (size_t i = 0; i < dl->n; i++) {
		const wp_deadline_item *d = &dl->items[i];
		sqlite3_bind_int64(ref, 1, d->id);
		size_t j = 0, pending = 0;
		for (; sqlite3_step(ref) == SQLITE_ROW; j++) {
			ck_assert_uint_lt(j, d->nowners);
			ck_assert_int_eq(d->owners[j].unit_id, sqlite3_column_int64(ref, 0));
			same_text(ref, 1, d->owners[j].name, "owner");
			same_date(ref, 2, d->owners[j].submitted_on, "submitted on");
			/* A group owes one submission per member (group.h). */
			const wp_owner *o = &d->owners[j];
			pending += o->nmembers ? o->nmembers - o->nsubmitted
					       : sqlite3_column_type(ref, 2) == SQLITE_NULL;
		}
		ck_assert_uint_eq(j, d->nowners);
		ck_assert_uint_eq(pending, d->npending);
		sqlite3_reset(ref);
	}
	sqlite3_finalize(ref);
}

START_TEST(every_deadline_gets_the_owners_it_had_with_one_query_per_deadline)
{
	wp_err err;
	/* Someone has submitted, so owners differ in more than their names. */
	ck_assert_int_eq(sqlite3_exec(wp_store_db(st),
				      "UPDATE deadline_unit SET submitted_on = '2026-04-21' "
				      "WHERE (deadline_id * 7 + unit_id) % 3 = 0",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_int_gt(sql_int(st, "SELECT count(*) FROM deadline_unit "
				     "WHERE submitted_on IS NOT NULL"),
			 0);
	wp_deadline_list dl;
	ck_assert_int_eq(wp_query_deadlines(st, WP_DATE_NONE, D("2099-12-31"), 0, 0, WP_DL_ALL, &dl,
					    &err),
			 0);
	ck_assert_uint_ge(dl.n, 5);
	size_t owned = 0;
	for (size_t i = 0; i < dl.n; i++)
		owned += dl.items[i].nowners > 1;
	ck_assert_uint_gt(owned, 0);
	owners_match_reference(&dl);
	wp_deadline_list_clear(&dl);
	sqlite3_stmt *c;
	ck_assert_int_eq(sqlite3_prepare_v2(wp_store_db(st), "SELECT id FROM campaign", -1, &c,
					    NULL),
			 SQLITE_OK);
	while (sqlite3_step(c) == SQLITE_ROW) {
		ck_assert_int_eq(wp_query_campaign_deadlines(st, sqlite3_column_int64(c, 0), &dl,
							     &err),
				 0);
		owners_match_reference(&dl);
		wp_deadline_list_clear(&dl);
	}
	sqlite3_finalize(c);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("query");
	TCase *tc = tcase_create("queries on the bundled plans");
	tcase_add_checked_fixture(tc, setup, teardown);
	/* The comparisons with the reference run it a few hundred times;
	 * under the sanitizers that takes longer than Check's default 4 s. */
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, the_2026_ip_week_lists_luzhai_and_chaoyang_with_their_units);
	tcase_add_test(tc, a_long_activity_is_found_from_any_of_its_days);
	tcase_add_test(tc, a_units_agenda_holds_what_it_leads_or_cooperates_in);
	tcase_add_test(tc, deadlines_due_in_a_range_come_in_date_order_with_owners);
	tcase_add_test(tc, a_submitted_report_leaves_the_pending_list);
	tcase_add_test(tc, the_matrix_puts_the_committee_first_and_counts_roles);
	tcase_add_test(tc, an_empty_campaign_has_an_empty_matrix);
	tcase_add_test(tc, a_matrix_column_without_a_number_is_headed_by_its_place);
	tcase_add_test(tc, the_matrix_ranks_vice_chairs_between_chair_and_members);
	tcase_add_test(tc, the_overdue_count_and_the_overdue_list_agree);
	tcase_add_test(tc, a_units_agenda_equals_the_range_scan_it_replaced_on_the_bundled_plans);
	tcase_add_test(tc, a_units_agenda_equals_the_range_scan_it_replaced_on_generated_activities);
	tcase_add_test(tc, every_deadline_gets_the_owners_it_had_with_one_query_per_deadline);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
