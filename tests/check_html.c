/* check_html.c - the printable page (export-html.c): what it holds, and
 * that nothing in a plan can run, fetch or break out of it. */
#include "config.h"

#include <ctype.h>

#include "campaign.h"
#include "export.h"
#include "plan.h"
#include "share.h"
#include "testutil.h"
#include "text.h"

static wp_store *st;

static void setup(void)
{
	st = open_demo();
}

static void teardown(void)
{
	wp_store_close(st);
}

/* A plan whose names are markup: the page must show them, not obey them. */
static const char markup_plan[] =
	"{\"weekplan_plan\": 1, \"title\": \"宣传周<script>alert(\\\"x\\\")</script> & 'q'\","
	" \"region\": \"测试县\", \"issued_on\": \"2026-04-10\","
	" \"period\": {\"start\": \"2026-04-20\", \"end\": \"2026-04-26\"},"
	" \"focus\": [\"宣传<b>成就</b>\", \"宣传法规\"],"
	" \"activities\": [{\"no\": \"一\", \"title\": \"<b>启动</b> & \\\"仪式\\\"\","
	"   \"start\": \"2026-04-22\", \"time\": \"09:00\", \"location\": \"<i>广场</i>\","
	"   \"lead\": [\"局<script>&\\\"'\"], \"cooperate\": [\"县法院\"]}],"
	" \"deadlines\": [{\"what\": \"报送<总结>\", \"rule\": \"4月24日前\", \"due\": \"2026-04-24\","
	"   \"who\": [\"局<script>&\\\"'\", \"县法院\", \"县检察院\"],"
	"   \"submitted\": {\"县法院\": \"2026-04-21\"}, \"submit_to\": \"a&b@example.org\"}]}";

/* The page of a share, as a string the caller frees. */
static char *page_of_share(const wp_share *share, wp_date today)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	ck_assert_ptr_nonnull(f);
	wp_export_opts opts = {.today = today};
	wp_err err;
	ck_assert_msg(wp_export_html(share, &opts, f, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(fclose(f), 0);
	return text;
}

static char *page_of(int64_t campaign_id, const char *unit, wp_date today)
{
	wp_share share;
	wp_err err;
	ck_assert_msg(wp_share_load(st, campaign_id, unit, &share, &err) == 0, "%s", err.msg);
	char *page = page_of_share(&share, today);
	wp_share_clear(&share);
	return page;
}

static int64_t import(const char *json)
{
	int64_t id;
	wp_err err;
	ck_assert_msg(wp_plan_import(st, json, strlen(json), 0, &id, &err) == 0, "%s", err.msg);
	return id;
}

static int64_t campaign(const char *spec)
{
	wp_campaign_ref ref;
	wp_err err;
	ck_assert_msg(wp_campaign_find(st, spec, &ref, &err) == 0, "%s", err.msg);
	int64_t id = ref.id;
	wp_campaign_ref_clear(&ref);
	return id;
}

/* s as the page must write it, escaped independently of the writer.
 * Caller frees. */
static char *escaped(const char *s)
{
	wp_buf b = WP_BUF_INIT;
	for (; *s; s++) {
		switch (*s) {
		case '&': wp_buf_puts(&b, "&amp;"); break;
		case '<': wp_buf_puts(&b, "&lt;"); break;
		case '>': wp_buf_puts(&b, "&gt;"); break;
		case '"': wp_buf_puts(&b, "&quot;"); break;
		case '\'': wp_buf_puts(&b, "&#39;"); break;
		default: wp_buf_putc(&b, *s);
		}
	}
	wp_buf_putc(&b, '\0');
	return wp_buf_take(&b);
}

static bool contains_nocase(const char *haystack, const char *needle)
{
	size_t n = strlen(needle);
	for (const char *p = haystack; *p; p++) {
		size_t i = 0;
		while (i < n && p[i] && tolower((unsigned char)p[i]) == tolower((unsigned char)needle[i]))
			i++;
		if (i == n)
			return true;
	}
	return false;
}

static size_t count(const char *haystack, const char *needle)
{
	size_t n = 0;
	for (const char *p = strstr(haystack, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

/* The part of the page in <section class="NAME">. Caller frees. */
static char *section(const char *page, const char *name)
{
	char open[64];
	snprintf(open, sizeof open, "<section class=\"%s\">", name);
	const char *from = strstr(page, open);
	ck_assert_msg(from != NULL, "no %s section", name);
	const char *to = strstr(from, "</section>");
	ck_assert_ptr_nonnull(to);
	return strndup(from, (size_t)(to - from));
}

/* Nothing that runs or fetches: the page needs no network and no file. */
static void assert_self_contained(const char *page)
{
	static const char *const banned[] = {"<script", "http:", "https:", "src=",   "<link",
					     "url(",	"@import", "<img",   "<iframe", "<object",
					     "<embed",	"href="};
	for (size_t i = 0; i < sizeof banned / sizeof *banned; i++)
		ck_assert_msg(!contains_nocase(page, banned[i]), "the page holds %s", banned[i]);
}

START_TEST(names_holding_markup_are_shown_not_obeyed)
{
	int64_t id = import(markup_plan);
	char *page = page_of(id, NULL, D("2026-04-20"));
	assert_self_contained(page);
	ck_assert_ptr_null(strstr(page, "<b>"));
	ck_assert_ptr_null(strstr(page, "<i>"));
	ck_assert_ptr_nonnull(strstr(page, "<title>宣传周&lt;script&gt;alert(&quot;x&quot;)"
					   "&lt;/script&gt; &amp; &#39;q&#39;</title>"));
	ck_assert_ptr_nonnull(strstr(page, "&lt;b&gt;启动&lt;/b&gt; &amp; &quot;仪式&quot;"));
	ck_assert_ptr_nonnull(strstr(page, "局&lt;script&gt;&amp;&quot;&#39;"));
	ck_assert_ptr_nonnull(strstr(page, "报送&lt;总结&gt;"));
	ck_assert_ptr_nonnull(strstr(page, "a&amp;b@example.org"));
	/* the publicity focuses on the cover, in order, as text */
	ck_assert_ptr_nonnull(strstr(page, "<ol><li>宣传&lt;b&gt;成就&lt;/b&gt;</li><li>宣传法规</li></ol>"));
	free(page);
	/* and the unit's own page, whose heading names it */
	page = page_of(id, "局<script>&\"'", D("2026-04-20"));
	assert_self_contained(page);
	ck_assert_ptr_nonnull(strstr(page, "<p class=\"unit\">局&lt;script&gt;&amp;&quot;&#39;"));
	free(page);
}
END_TEST

START_TEST(forbidden_characters_and_bad_utf8_never_reach_the_page)
{
	/* What an old database may hold: ESC, CSI (U+009B), a bidi override
	 * (U+202E) and a byte that is not UTF-8. */
	char title[] = "T\x1b[2J\xc2\x9b\xe2\x80\xae\xff<end>";
	char unit[] = "U\x07nit\xc2\x9d";
	char *unit_v[] = {unit};
	wp_share_activity act = {.title = title, .start = WP_DATE_NONE, .end = WP_DATE_NONE,
				 .lead = {unit_v, 1}};
	wp_matrix_unit munit = {.id = 1, .name = unit, .rank = WP_RANK_NONE, .nlead = 1};
	wp_matrix_activity mact = {.id = 1, .title = title};
	char cells[] = {'L'};
	wp_share share = {.title = title, .theme = title, .issued_on = WP_DATE_NONE,
			  .start = WP_DATE_NONE, .end = WP_DATE_NONE, .activities = &act,
			  .nactivities = 1, .matrix = {&munit, 1, &mact, 1, cells}};
	char *page = page_of_share(&share, D("2026-04-20"));
	ck_assert(wp_text_is_utf8(page, strlen(page)));
	for (const unsigned char *p = (const unsigned char *)page; *p; p++)
		ck_assert_msg(*p >= 0x20 || *p == '\n', "control byte 0x%02x on the page", *p);
	ck_assert_ptr_null(strstr(page, "\xc2\x9b"));
	ck_assert_ptr_null(strstr(page, "\xc2\x9d"));
	ck_assert_ptr_null(strstr(page, "\xe2\x80\xae"));
	ck_assert_ptr_nonnull(strstr(page, "<title>T&lt;U+001B&gt;[2J&lt;U+009B&gt;&lt;U+202E&gt;"
					   "\xef\xbf\xbd&lt;end&gt;</title>"));
	ck_assert_ptr_nonnull(strstr(page, "U&lt;U+0007&gt;nit&lt;U+009D&gt;"));
	free(page);
}
END_TEST

START_TEST(every_bundled_page_is_self_contained)
{
	wp_campaign_ref *refs;
	size_t n;
	wp_err err;
	ck_assert_int_eq(wp_campaign_list(st, &refs, &n, &err), 0);
	ck_assert_uint_ge(n, 5);
	for (size_t i = 0; i < n; i++) {
		char *page = page_of(refs[i].id, NULL, D("2026-04-20"));
		ck_assert_msg(strncmp(page, "<!DOCTYPE html>\n<html lang=\"en\">", 32) == 0,
			      "page starts %.40s", page);
		ck_assert_ptr_nonnull(strstr(page, "<meta charset=\"utf-8\">"));
		ck_assert_ptr_nonnull(strstr(page, "<meta http-equiv=\"Content-Security-Policy\" "
						   "content=\"default-src 'none'; "
						   "style-src 'unsafe-inline'\">"));
		assert_self_contained(page);
		ck_assert_str_eq(page + strlen(page) - 8, "</html>\n");
		free(page);
	}
	wp_campaign_refs_free(refs, n);
}
END_TEST

/* Each activity's title and each unit of the matrix, with as many lead
 * and cooperate marks as the matrix has: read from the share, so the
 * test follows the bundled plans. */
START_TEST(the_page_holds_every_activity_and_every_unit_of_the_matrix)
{
	wp_campaign_ref *refs;
	size_t n;
	wp_err err;
	ck_assert_int_eq(wp_campaign_list(st, &refs, &n, &err), 0);
	for (size_t i = 0; i < n; i++) {
		wp_share share;
		ck_assert_int_eq(wp_share_load(st, refs[i].id, NULL, &share, &err), 0);
		char *page = page_of_share(&share, D("2026-04-20"));
		char *schedule = section(page, "schedule");
		char *matrix = section(page, "matrix");
		for (size_t a = 0; a < share.nactivities; a++) {
			char *title = escaped(share.activities[a].title);
			ck_assert_msg(strstr(schedule, title), "%s: no activity %s", share.title,
				      title);
			free(title);
		}
		size_t leads = 0, cooperates = 0;
		for (size_t u = 0; u < share.matrix.nunits; u++) {
			char *name = escaped(share.matrix.units[u].name);
			wp_buf row = WP_BUF_INIT;
			wp_buf_printf(&row, "<th scope=\"row\">%s", name);
			ck_assert_msg(strstr(matrix, wp_buf_str(&row)), "%s: no unit %s", share.title,
				      name);
			wp_buf_free(&row);
			free(name);
			for (size_t a = 0; a < share.matrix.nactivities; a++) {
				leads += wp_matrix_cell(&share.matrix, u, a) == 'L';
				cooperates += wp_matrix_cell(&share.matrix, u, a) == 'C';
			}
		}
		ck_assert_uint_gt(share.matrix.nunits, 0);
		ck_assert_uint_eq(count(matrix, "<td class=\"mark lead\">lead</td>"), leads);
		ck_assert_uint_eq(count(matrix, "<td class=\"mark\">cooperate</td>"), cooperates);
		free(schedule);
		free(matrix);
		free(page);
		wp_share_clear(&share);
	}
	wp_campaign_refs_free(refs, n);
}
END_TEST

START_TEST(a_units_page_keeps_its_activities_and_reports)
{
	int64_t id = campaign("荣昌");
	wp_share whole, cut;
	wp_err err;
	ck_assert_int_eq(wp_share_load(st, id, NULL, &whole, &err), 0);
	ck_assert_int_eq(wp_share_load(st, id, "区法院", &cut, &err), 0);
	ck_assert_uint_lt(cut.nactivities, whole.nactivities);
	ck_assert_uint_gt(cut.nactivities, 0);
	char *page = page_of_share(&cut, D("2023-04-10"));
	ck_assert_ptr_nonnull(strstr(page, "<p class=\"unit\">区法院: its activities and reports</p>"));
	char *schedule = section(page, "schedule");
	for (size_t a = 0; a < whole.nactivities; a++) {
		bool kept = wp_share_activity_numbered(&cut, whole.activities[a].number) != NULL;
		char *title = escaped(whole.activities[a].title);
		ck_assert_msg((strstr(schedule, title) != NULL) == kept, "activity %s %s", title,
			      kept ? "missing" : "not cut");
		free(title);
	}
	/* the unit's own row of the (whole) matrix stands out */
	ck_assert_ptr_nonnull(strstr(page, "<tr class=\"self\"><th scope=\"row\">区法院 "));
	ck_assert_uint_eq(count(page, "<tr class=\"self\">"), 1);
	char *deadlines = section(page, "deadlines");
	ck_assert_uint_eq(count(deadlines, "<tr><td>"), cut.deadlines.n);
	ck_assert_ptr_nonnull(strstr(deadlines, "<li class=\"self\">区法院 "));
	free(deadlines);
	free(schedule);
	free(page);
	wp_share_clear(&whole);
	wp_share_clear(&cut);
}
END_TEST

START_TEST(each_owner_shows_submitted_pending_or_overdue_as_of_today)
{
	int64_t id = import(markup_plan);
	char *page = page_of(id, NULL, D("2026-04-23"));
	ck_assert_ptr_nonnull(strstr(page, "Submissions as of <span class=\"nowrap\">"
					   "2026-04-23 (Thu)</span>."));
	ck_assert_ptr_nonnull(strstr(page, "<li>县法院 <span class=\"st-submitted\">(submitted "
					   "<span class=\"nowrap\">2026-04-21 (Tue)</span>)</span>"));
	ck_assert_ptr_nonnull(strstr(page, "<li>县检察院 <span class=\"st-pending\">(pending)"));
	ck_assert_ptr_null(strstr(page, "class=\"st-overdue\""));
	free(page);
	/* the day after it was due, what is missing is overdue */
	page = page_of(id, NULL, D("2026-04-25"));
	ck_assert_ptr_nonnull(strstr(page, "<li>县检察院 <span class=\"st-overdue\">(overdue)"));
	ck_assert_ptr_nonnull(strstr(page, "<li>县法院 <span class=\"st-submitted\">"));
	ck_assert_uint_eq(count(page, "class=\"st-overdue\""), 2);
	free(page);
}
END_TEST

START_TEST(the_schedule_gives_dates_with_weekdays_and_times)
{
	int64_t id = import(markup_plan);
	char *page = page_of(id, NULL, D("2026-04-20"));
	char *cover = strndup(page, (size_t)(strstr(page, "</header>") - page));
	ck_assert_ptr_nonnull(strstr(cover, "<span class=\"nowrap\">2026-04-20 (Mon)</span> to "
					    "<span class=\"nowrap\">2026-04-26 (Sun)</span>"));
	ck_assert_ptr_nonnull(strstr(cover, "2026-04-10 (Fri)"));
	char *schedule = section(page, "schedule");
	ck_assert_ptr_nonnull(strstr(schedule, "2026-04-22 (Wed)"));
	ck_assert_ptr_nonnull(strstr(schedule, ">09:00<"));
	ck_assert_ptr_nonnull(strstr(schedule, "<td>县法院</td>"));
	free(schedule);
	free(cover);
	free(page);
}
END_TEST

/* The print layout the brief of the page rests on: portrait A4, the
 * matrix on a landscape page of its own, headers repeated, rows whole. */
START_TEST(the_matrix_prints_on_a_landscape_page_of_its_own)
{
	char *page = page_of(campaign("朝阳"), NULL, D("2026-04-20"));
	ck_assert_ptr_nonnull(strstr(page, "@page { size: A4;"));
	ck_assert_ptr_nonnull(strstr(page, "@page matrix { size: A4 landscape;"));
	ck_assert_ptr_nonnull(strstr(page, "section.matrix { page: matrix; break-before: page;"));
	ck_assert_ptr_nonnull(strstr(page, "thead { display: table-header-group; }"));
	ck_assert_ptr_nonnull(strstr(page, "tr { break-inside: avoid;"));
	ck_assert_uint_eq(count(page, "<section class=\"matrix\">"), 1);
	free(page);
}
END_TEST

START_TEST(a_failed_write_is_an_error)
{
	wp_share share;
	wp_err err;
	ck_assert_int_eq(wp_share_load(st, campaign("朝阳"), NULL, &share, &err), 0);
	FILE *f = fopen("/dev/null", "r"); /* writes to it fail */
	ck_assert_ptr_nonnull(f);
	wp_export_opts opts = {.today = D("2026-04-20")};
	ck_assert_int_eq(wp_export_html(&share, &opts, f, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "writing the page"));
	fclose(f);
	wp_share_clear(&share);
}
END_TEST

static Suite *html_suite(void)
{
	Suite *s = suite_create("export-html");
	TCase *tc = tcase_create("page");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, names_holding_markup_are_shown_not_obeyed);
	tcase_add_test(tc, forbidden_characters_and_bad_utf8_never_reach_the_page);
	tcase_add_test(tc, every_bundled_page_is_self_contained);
	tcase_add_test(tc, the_page_holds_every_activity_and_every_unit_of_the_matrix);
	tcase_add_test(tc, a_units_page_keeps_its_activities_and_reports);
	tcase_add_test(tc, each_owner_shows_submitted_pending_or_overdue_as_of_today);
	tcase_add_test(tc, the_schedule_gives_dates_with_weekdays_and_times);
	tcase_add_test(tc, the_matrix_prints_on_a_landscape_page_of_its_own);
	tcase_add_test(tc, a_failed_write_is_an_error);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(html_suite());
}
