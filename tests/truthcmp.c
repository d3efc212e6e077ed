/* truthcmp.c - compares a stored campaign with the hand-checked reading of
 * a seed notice (tests/fixtures/truth), field by field.
 *
 * Unit names compare as units (through the region's aliases), so a plan
 * may spell the organizer 县市场监管局（知识产权局） where the reading says
 * 鹿寨县市场监督管理局. The plan check must report each anomaly the
 * reading lists, and nothing else but activities without a lead unit (a
 * rule the readings do not list). */
#include "config.h"

#include <jansson.h>

#include "plancheck.h"
#include "plan.h"
#include "testutil.h"
#include "text.h"
#include "truthcmp.h"
#include "unit.h"

static wp_store *st;
static int mismatches, compared;
static const char *current;
static bool verbose = true;

static void mismatch(const char *field, const char *want, const char *got)
{
	if (verbose)
		fprintf(stderr, "%s: %s: expected '%s', got '%s'\n", current, field,
			want ? want : "null", got ? got : "null");
	mismatches++;
}

/* A JSON value as text for a message (a static buffer: one at a time). */
static const char *dump(json_t *v, char *buf, size_t size)
{
	char *text = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	snprintf(buf, size, "%s", text ? text : "?");
	free(text);
	return buf;
}

static const char *str(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static void same_text(const char *field, const char *want, const char *got)
{
	compared++;
	if ((want == NULL) != (got == NULL) || (want && strcmp(want, got) != 0))
		mismatch(field, want, got);
}

static int64_t unit_id(const char *region, const char *name)
{
	int64_t id = 0;
	wp_err err;
	if (!name || wp_unit_lookup(st, region, name, &id, &err) != 1)
		return 0;
	return id;
}

static void same_unit(const char *field, const char *region, const char *want, const char *got)
{
	compared++;
	if ((want == NULL) != (got == NULL) ||
	    (want && (!unit_id(region, want) || unit_id(region, want) != unit_id(region, got))))
		mismatch(field, want, got);
}

static void same_units(const char *field, const char *region, json_t *want, json_t *got)
{
	char f[160];
	if (json_array_size(want) != json_array_size(got)) {
		snprintf(f, sizeof f, "%s (count %zu vs %zu)", field, json_array_size(want),
			 json_array_size(got));
		char a[1024], b[1024];
		mismatch(f, dump(want, a, sizeof a), dump(got, b, sizeof b));
		return;
	}
	for (size_t i = 0; i < json_array_size(want); i++) {
		snprintf(f, sizeof f, "%s[%zu]", field, i);
		same_unit(f, region, json_string_value(json_array_get(want, i)),
			  json_string_value(json_array_get(got, i)));
	}
}

/* The unit key of s without brackets (full-width ones are folded to ASCII
 * by the key), so 区市场监管局（x@y） compares with 区市场监管局 + x@y. */
static char *bare_key(const char *s)
{
	char *k = wp_text_key(s ? s : "");
	char *o = k;
	for (const char *p = k; *p; p++)
		if (*p != '(' && *p != ')')
			*o++ = *p;
	*o = '\0';
	return k;
}

/* Compares "unit（address）" readings with the stored unit and address. */
static void same_recipient(const char *field, const char *want, json_t *dl)
{
	wp_buf got = WP_BUF_INIT;
	if (str(dl, "submit_to_unit"))
		wp_buf_puts(&got, str(dl, "submit_to_unit"));
	if (str(dl, "submit_to"))
		wp_buf_puts(&got, str(dl, "submit_to"));
	char *wk = bare_key(want), *gk = bare_key(wp_buf_str(&got));
	compared++;
	if (strcmp(wk, gk) != 0)
		mismatch(field, want, wp_buf_str(&got));
	free(wk);
	free(gk);
	wp_buf_free(&got);
}

static json_t *by_number(json_t *list, const char *no)
{
	size_t i;
	json_t *v;
	json_array_foreach(list, i, v) if (no && str(v, "no") && strcmp(str(v, "no"), no) == 0) return v;
	return NULL;
}

/* Activities are matched by their number, so one missing or extra item
 * costs its own fields, not every later one's. */
static void compare_activities(const char *region, json_t *want, json_t *got)
{
	char f[96];
	const char *fields[] = {"no", "title", "start", "end", "time", "location"};
	size_t i;
	json_t *w;
	json_array_foreach(want, i, w) {
		json_t *g = by_number(got, str(w, "no"));
		if (!g) {
			compared += 8;
			mismatches += 8;
			snprintf(f, sizeof f, "activity %s", str(w, "no"));
			mismatch(f, str(w, "title"), "missing");
			mismatches--;
			continue;
		}
		for (size_t k = 0; k < sizeof fields / sizeof *fields; k++) {
			snprintf(f, sizeof f, "activity %s %s", str(w, "no"), fields[k]);
			same_text(f, str(w, fields[k]), str(g, fields[k]));
		}
		snprintf(f, sizeof f, "activity %s lead", str(w, "no"));
		same_units(f, region, json_object_get(w, "lead"), json_object_get(g, "lead"));
		snprintf(f, sizeof f, "activity %s cooperate", str(w, "no"));
		same_units(f, region, json_object_get(w, "cooperate"), json_object_get(g, "cooperate"));
	}
	json_array_foreach(got, i, w) {
		if (!by_number(want, str(w, "no"))) {
			compared++;
			snprintf(f, sizeof f, "activity %s", str(w, "no"));
			mismatch(f, "nothing", str(w, "title"));
		}
	}
}

/* Compares the lengths of two lists, as one field. */
static void same_count(const char *field, json_t *want, json_t *got)
{
	compared++;
	if (json_array_size(want) != json_array_size(got)) {
		char a[32], b[32];
		snprintf(a, sizeof a, "%zu", json_array_size(want));
		snprintf(b, sizeof b, "%zu", json_array_size(got));
		mismatch(field, a, b);
	}
}

static void compare_committee(const char *region, json_t *want, json_t *got)
{
	compared++;
	if (json_is_null(want) != json_is_null(got)) {
		mismatch("committee", json_is_null(want) ? "null" : "a committee",
			 json_is_null(got) ? "null" : "a committee");
		return;
	}
	if (json_is_null(want))
		return;
	same_units("committee chair", region, json_object_get(want, "chair"),
		   json_object_get(got, "chair"));
	same_units("committee members", region, json_object_get(want, "members"),
		   json_object_get(got, "members"));
	same_unit("committee office", region, str(want, "office"),
		  json_string_value(json_array_get(json_object_get(got, "office"), 0)));
}

static const char *stored_due(int64_t campaign, size_t seq, char *buf)
{
	static const char sql[] = "SELECT due_date FROM deadline WHERE campaign_id = ?1 AND seq = ?2";
	sqlite3_stmt *s;
	sqlite3_prepare_v2(wp_store_db(st), sql, -1, &s, NULL);
	sqlite3_bind_int64(s, 1, campaign);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)seq);
	const char *out = NULL;
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0)) {
		snprintf(buf, WP_DATE_ISO_SIZE, "%s", (const char *)sqlite3_column_text(s, 0));
		out = buf;
	}
	sqlite3_finalize(s);
	return out;
}

static void compare_deadlines(int64_t id, const char *region, json_t *want, json_t *got)
{
	char f[96], buf[WP_DATE_ISO_SIZE];
	same_count("deadline count", want, got);
	for (size_t i = 0; i < json_array_size(want); i++) {
		json_t *w = json_array_get(want, i), *g = json_array_get(got, i);
		if (!g) {
			compared += 5;
			mismatches += 5;
			continue;
		}
		snprintf(f, sizeof f, "deadline %zu what", i + 1);
		same_text(f, str(w, "what"), str(g, "what"));
		snprintf(f, sizeof f, "deadline %zu due", i + 1);
		same_text(f, str(w, "due"), stored_due(id, i, buf));
		snprintf(f, sizeof f, "deadline %zu rule", i + 1);
		same_text(f, str(w, "rule"), str(g, "rule"));
		snprintf(f, sizeof f, "deadline %zu who", i + 1);
		same_units(f, region, json_object_get(w, "who"), json_object_get(g, "who"));
		snprintf(f, sizeof f, "deadline %zu submit_to", i + 1);
		same_recipient(f, str(w, "submit_to"), g);
	}
}

static void compare_contacts(json_t *want, json_t *got)
{
	char f[96];
	same_count("contact count", want, got);
	for (size_t i = 0; i < json_array_size(want); i++) {
		json_t *w = json_array_get(want, i), *g = json_array_get(got, i);
		if (!g) {
			compared += 3;
			mismatches += 3;
			continue;
		}
		const char *keys[] = {"name", "phone", "email"};
		for (size_t k = 0; k < 3; k++) {
			snprintf(f, sizeof f, "contact %zu %s", i + 1, keys[k]);
			same_text(f, str(w, keys[k]), str(g, keys[k]));
		}
	}
}

/* Which check rule reports each kind of anomaly the readings list. */
static const struct {
	const char *phrase, *code;
} anomaly_rules[] = {
	{"numbering skips", "numbering-gap"},
	{"no document number or issue date", "no-issue-date"},
	{"lies before the campaign period", "activity-outside-period"},
	{"starts before the campaign period", "activity-outside-period"},
	{"after the campaign period has started", "issued-late"},
	{"falls on a public holiday", "deadline-non-working"},
	{"is a Saturday", "deadline-non-working"},
	{"before the plan's issue date", "deadline-before-issue"},
	/* Not in the stored plan: the attachment's title is not kept. */
	{"the attachment title says", NULL},
};

static void compare_anomalies(int64_t id, json_t *want)
{
	wp_findings f = {0};
	wp_err err;
	ck_assert_msg(wp_check_campaign(st, id, &f, &err) == 0, "%s", err.msg);
	bool *used = calloc(f.n + 1, sizeof *used);
	for (size_t i = 0; i < json_array_size(want); i++) {
		const char *a = json_string_value(json_array_get(want, i)), *code = "?";
		for (size_t r = 0; r < sizeof anomaly_rules / sizeof *anomaly_rules; r++)
			if (strstr(a, anomaly_rules[r].phrase))
				code = anomaly_rules[r].code;
		if (!code)
			continue;
		bool found = false;
		for (size_t k = 0; k < f.n && !found; k++)
			if (strcmp(f.items[k].code, code) == 0 && !used[k])
				found = used[k] = true;
		compared++;
		if (!found)
			mismatch("anomaly", a, "not reported");
	}
	for (size_t k = 0; k < f.n; k++) {
		if (!used[k] && strcmp(f.items[k].code, "no-lead") != 0)
			mismatch("unexpected finding", "nothing", f.items[k].message);
	}
	free(used);
	wp_findings_clear(&f);
}

void truth_compare(wp_store *store, int64_t id, const char *file, bool print_mismatches,
		   int *fields, int *wrong)
{
	json_error_t jerr;
	json_t *truth = json_load_file(file, 0, &jerr);
	ck_assert_msg(truth != NULL, "%s: %s", file, jerr.text);
	st = store;
	verbose = print_mismatches;
	current = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
	mismatches = compared = 0;
	const char *region = str(truth, "region");
	wp_err err;
	char *text = wp_plan_export(st, id, &err);
	ck_assert_msg(text != NULL, "%s", err.msg);
	json_t *got = json_loads(text, 0, &jerr);
	free(text);
	const char *plain[] = {"title", "region", "doc_number", "issued_on", "theme"};
	for (size_t k = 0; k < sizeof plain / sizeof *plain; k++)
		same_text(plain[k], str(truth, plain[k]), str(got, plain[k]));
	if (json_object_get(truth, "parent_plan"))
		same_text("parent_plan", str(truth, "parent_plan"), str(got, "parent_plan"));
	json_t *wp = json_object_get(truth, "period"), *gp = json_object_get(got, "period");
	same_text("period start", str(wp, "start"), str(gp, "start"));
	same_text("period end", str(wp, "end"), str(gp, "end"));
	same_unit("organizer", region, str(truth, "organizer"), str(got, "organizer"));
	if (str(truth, "lead_unit"))
		same_unit("lead_unit", region, str(truth, "lead_unit"), str(got, "lead_unit"));
	compare_activities(region, json_object_get(truth, "activities"),
			   json_object_get(got, "activities"));
	compare_committee(region, json_object_get(truth, "committee"),
			  json_object_get(got, "committee"));
	compare_deadlines(id, region, json_object_get(truth, "deadlines"),
			  json_object_get(got, "deadlines"));
	compare_contacts(json_object_get(truth, "contacts"), json_object_get(got, "contacts"));
	compare_anomalies(id, json_object_get(truth, "anomalies"));
	*fields = compared;
	*wrong = mismatches;
	json_decref(truth);
	json_decref(got);
}
