/* truthcmp.c - compares a stored campaign with the hand-checked reading of
 * a notice (tests/fixtures/truth, tests/fixtures/genre), field by field.
 *
 * Every field of the reading is compared but its commentary (source, and
 * the notes of the plan, its activities, committee and deadlines). A field
 * the plan format cannot hold yet (a deadline's date_text,
 * an anomaly no check rule reports) differs with got TRUTH_NOT_IN_FORMAT
 * whenever the reading gives it, so the gap is listed, not skipped.
 * focus_count compares with the number of the plan's "focus" points. An
 * activity's date_text is in the plan format but not in
 * the store: it is compared with the plan as read when that is given
 * (truth_compare_read), which is also what a draft is scored on.
 *
 * Activities are matched by number and contacts by name (the second 李丁
 * of the reading with the second 李丁 of the plan), so one missing or
 * extra record costs its own fields, not every later one's; deadlines by
 * position. Unit names compare as units of the campaign's region (through
 * its aliases), so a plan may spell the organizer 县市场监管局（知识产权局）
 * where the reading says 鹿寨县市场监督管理局. The plan check must report
 * each anomaly the reading lists, and nothing else but activities without
 * a lead unit (a rule the readings do not list). */
#include "config.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>

#include "notice.h"
#include "plancheck.h"
#include "plan.h"
#include "testutil.h"
#include "text.h"
#include "truthcmp.h"
#include "unit.h"

struct cmp {
	wp_store *st;
	int64_t id;
	const char *region; /* the campaign's: its units are there */
	json_t *got;	    /* the plan exported */
	json_t *read;	    /* the plan as the reader wrote it, or NULL */
	unsigned hinted;    /* WP_NOTICE_NEEDS_*: what hints filled in got */
	const wp_notice_report *report; /* what the reader was unsure of, or NULL */
	truth_result *r;
	char key[256]; /* the last key built by key() */
};

/* A key built in c->key (one at a time: callers that build keys from a
 * key copy it first). */
static const char *key(struct cmp *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(c->key, sizeof c->key, fmt, ap);
	va_end(ap);
	return c->key;
}

/* Does s, a value as tally receives it, say something (not null, an
 * empty list or text, or a marker of no value)? */
static bool has_value(const char *s)
{
	static const char *const none[] = {"",	     "null",	     "[]",
					   "nothing", "missing", "not reported",
					   "not the organizer", TRUTH_NOT_IN_FORMAT, NULL};
	if (!s)
		return false;
	for (const char *const *n = none; *n; n++)
		if (strcmp(s, *n) == 0)
			return false;
	return true;
}

/* Counts weight fields compared, scored as found, missed or invented by
 * whether the reading (want_has) and the plan (got_has) give a value;
 * records them wrong unless same. */
static void tally_as(struct cmp *c, const char *k, bool same, const char *want,
		     const char *got, int weight, bool want_has, bool got_has)
{
	truth_result *r = c->r;
	r->compared += weight;
	if (same) {
		r->found += want_has ? weight : 0;
		return;
	}
	r->missed += want_has ? weight : 0;
	r->invented += want_has ? 0 : got_has ? weight : 0;
	r->misread += want_has && got_has ? weight : 0;
	r->diffs = realloc(r->diffs, (r->n + 1) * sizeof *r->diffs);
	r->diffs[r->n++] = (truth_diff){strdup(k), strdup(want ? want : "null"),
					strdup(got ? got : "null")};
	r->wrong += weight;
}

static void tally(struct cmp *c, const char *k, bool same, const char *want, const char *got,
		  int weight)
{
	tally_as(c, k, same, want, got, weight, has_value(want), has_value(got));
}

/* A JSON value as text, [] for a missing list (caller frees). */
static char *dump(json_t *v)
{
	if (!v)
		return strdup("[]");
	if (json_is_string(v))
		return strdup(json_string_value(v));
	return json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
}

static const char *str(json_t *obj, const char *k)
{
	return k ? json_string_value(json_object_get(obj, k)) : NULL;
}

static bool same_string(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static void same_text(struct cmp *c, const char *k, const char *want, const char *got)
{
	tally(c, k, same_string(want, got), want, got, 1);
}

/* A field the reading gives (non-null) and the plan cannot hold. */
static void not_in_format(struct cmp *c, const char *k, json_t *want)
{
	if (!want || json_is_null(want) || (json_is_array(want) && json_array_size(want) == 0))
		return;
	char *text = dump(want);
	tally(c, k, false, text, TRUTH_NOT_IN_FORMAT, 1);
	free(text);
}

static int64_t unit_id(struct cmp *c, const char *name)
{
	int64_t id = 0;
	wp_err err;
	if (!name || !c->region || wp_unit_lookup(c->st, c->region, name, &id, &err) != 1)
		return 0;
	return id;
}

static bool same_unit_name(struct cmp *c, const char *want, const char *got)
{
	return (!want && !got) || (want && got && unit_id(c, want) && unit_id(c, want) == unit_id(c, got));
}

static void same_unit(struct cmp *c, const char *k, const char *want, const char *got)
{
	tally(c, k, same_unit_name(c, want, got), want, got, 1);
}

/* Unit lists compare unit by unit; lists of different lengths as one
 * difference worth the reading's units. */
static void same_units(struct cmp *c, const char *k, json_t *want, json_t *got)
{
	size_t n = json_array_size(want);
	if (n != json_array_size(got)) {
		char *a = dump(want), *b = dump(got);
		tally(c, k, false, a, b, n ? (int)n : 1);
		free(a);
		free(b);
		return;
	}
	char base[sizeof c->key];
	snprintf(base, sizeof base, "%s", k);
	for (size_t i = 0; i < n; i++)
		same_unit(c, key(c, "%s[%zu]", base, i + 1), json_string_value(json_array_get(want, i)),
			  json_string_value(json_array_get(got, i)));
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
static void same_recipient(struct cmp *c, const char *k, const char *want, json_t *dl)
{
	wp_buf got = WP_BUF_INIT;
	if (str(dl, "submit_to_unit"))
		wp_buf_puts(&got, str(dl, "submit_to_unit"));
	if (str(dl, "submit_to"))
		wp_buf_puts(&got, str(dl, "submit_to"));
	char *wk = bare_key(want), *gk = bare_key(wp_buf_str(&got));
	tally(c, k, strcmp(wk, gk) == 0, want, wp_buf_str(&got), 1);
	free(wk);
	free(gk);
	wp_buf_free(&got);
}

/* A list of records compared record by record: matched by the field id
 * (the k-th record with an id in the reading with the k-th in the plan),
 * or by position when id is NULL. */
typedef struct {
	const char *list, *id, *headline;
	int weight; /* the fields of a record */
	void (*fields)(struct cmp *c, const char *base, json_t *want, json_t *got, size_t at);
} record_kind;

/* Where (from 1) the record at index i comes among those with its id. */
static int occurrence(const record_kind *kind, json_t *list, size_t i)
{
	int k = 1;
	for (size_t j = 0; kind->id && j < i; j++)
		k += same_string(str(json_array_get(list, j), kind->id),
				 str(json_array_get(list, i), kind->id));
	return kind->id ? k : (int)i + 1;
}

/* The index of the k-th record with id in list, or -1. */
static long nth(const record_kind *kind, json_t *list, const char *id, int k)
{
	for (size_t j = 0; j < json_array_size(list); j++)
		if (!kind->id ? (int)j + 1 == k
			      : same_string(str(json_array_get(list, j), kind->id), id) && --k == 0)
			return (long)j;
	return -1;
}

static void record_key(char *out, size_t size, const record_kind *kind, json_t *list, size_t i)
{
	int k = occurrence(kind, list, i);
	const char *id = str(json_array_get(list, i), kind->id);
	if (!kind->id)
		snprintf(out, size, "%s[%d]", kind->list, k);
	else if (k == 1)
		snprintf(out, size, "%s[%s]", kind->list, id ? id : "null");
	else
		snprintf(out, size, "%s[%s#%d]", kind->list, id ? id : "null", k);
}

/* Is got's record j claimed by no record of want with its id? */
static bool unclaimed(const record_kind *kind, json_t *want, json_t *got, size_t j)
{
	const char *id = str(json_array_get(got, j), kind->id);
	/* a null id claims nothing: null records pair in order (partner) */
	return (kind->id && !id) || nth(kind, want, id, occurrence(kind, got, j)) < 0;
}

/* The record of got that want's record i is compared with, or -1: the
 * one with its id; for a record whose id the reading leaves null (an
 * activity the text does not number, which the plan format must), the
 * k-th such goes with the k-th record of got that no id claims, in
 * order. */
static long partner(const record_kind *kind, json_t *want, json_t *got, size_t i)
{
	const char *id = str(json_array_get(want, i), kind->id);
	if (!kind->id || id)
		return nth(kind, got, id, occurrence(kind, want, i));
	int k = occurrence(kind, want, i);
	for (size_t j = 0; j < json_array_size(got); j++)
		if (unclaimed(kind, want, got, j) && --k == 0)
			return (long)j;
	return -1;
}

/* Is got's record j compared with none of want's? */
static bool extra(const record_kind *kind, json_t *want, json_t *got, size_t j)
{
	if (!unclaimed(kind, want, got, j))
		return false;
	for (size_t i = 0; kind->id && i < json_array_size(want); i++)
		if (partner(kind, want, got, i) == (long)j)
			return false;
	return true;
}

/* Do two records of a list without ids (deadlines) say the same duty:
 * the same rule, the same thing due or the same due day? */
static bool same_duty(json_t *w, json_t *g)
{
	static const char *const keys[] = {"rule", "what", "due"};
	for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
		if (str(w, keys[k]) && same_string(str(w, keys[k]), str(g, keys[k])))
			return true;
	return false;
}

/* Pairs the records of two lists without ids: the longest chain in the
 * order both give of records that say the same duty pair first; then a
 * record left with one that says its duty out of that order; then the
 * rest in order, one to one; what is left is missing or extra. map[i]:
 * the record of got want's i pairs with, or -1. So a duty missed, added
 * or moved mispairs none of the others. */
static void align(json_t *want, json_t *got, long *map)
{
	size_t n = json_array_size(want), m = json_array_size(got);
	size_t *len = calloc((n + 1) * (m + 1), sizeof *len); /* LCS of the tails */
	bool *taken = calloc(m + 1, sizeof *taken);
	ck_assert(len && taken);
#define LEN(i, j) len[(i) * (m + 1) + (j)]
	for (size_t i = n; i-- > 0;)
		for (size_t j = m; j-- > 0;)
			LEN(i, j) = same_duty(json_array_get(want, i), json_array_get(got, j))
					    ? LEN(i + 1, j + 1) + 1
					    : (LEN(i + 1, j) > LEN(i, j + 1) ? LEN(i + 1, j) : LEN(i, j + 1));
	for (size_t k = 0; k < n; k++)
		map[k] = -1;
	for (size_t i = 0, j = 0; i < n && j < m;) {
		if (same_duty(json_array_get(want, i), json_array_get(got, j)) && LEN(i, j) == LEN(i + 1, j + 1) + 1) {
			map[i] = (long)j;
			taken[j] = true;
			i++, j++;
		} else if (LEN(i + 1, j) >= LEN(i, j + 1)) {
			i++;
		} else {
			j++;
		}
	}
#undef LEN
	for (size_t i = 0; i < n; i++) /* the same duty, out of order */
		for (size_t j = 0; j < m && map[i] < 0; j++)
			if (!taken[j] && same_duty(json_array_get(want, i), json_array_get(got, j)))
				map[i] = (long)j, taken[j] = true;
	for (size_t i = 0, j = 0; i < n; i++) { /* the rest, in order */
		while (j < m && taken[j])
			j++;
		if (map[i] < 0 && j < m)
			map[i] = (long)j, taken[j] = true;
	}
	free(taken);
	free(len);
}

static void compare_records(struct cmp *c, const record_kind *kind, json_t *want, json_t *got)
{
	char base[sizeof c->key];
	size_t i;
	json_t *v;
	long *map = NULL;
	bool *paired = NULL;
	if (!kind->id) {
		map = calloc(json_array_size(want) + 1, sizeof *map);
		paired = calloc(json_array_size(got) + 1, sizeof *paired);
		ck_assert(map && paired);
		align(want, got, map);
		for (size_t k = 0; k < json_array_size(want); k++)
			if (map[k] >= 0)
				paired[map[k]] = true;
	}
	json_array_foreach(want, i, v) {
		long at = map ? map[i] : partner(kind, want, got, i);
		record_key(base, sizeof base, kind, want, i);
		if (at >= 0)
			kind->fields(c, base, v, json_array_get(got, (size_t)at), (size_t)at);
		else
			tally(c, base, false, str(v, kind->headline), "missing", kind->weight);
	}
	json_array_foreach(got, i, v) {
		if (paired ? !paired[i] : extra(kind, want, got, i)) {
			record_key(base, sizeof base, kind, got, i);
			tally(c, base, false, "nothing", str(v, kind->headline), 1);
		}
	}
	free(map);
	free(paired);
}

/* Hints that place dates: a year for dates without one, a period for
 * dates counted from it. The dates they placed are placeholders. */
#define HINTED_DATES (WP_NOTICE_NEEDS_YEAR | WP_NOTICE_NEEDS_PERIOD)

/* The record of the plan as read that is record at of the stored plan's
 * list (matched as compare_records matches), or NULL. */
static json_t *as_read(struct cmp *c, const record_kind *kind, size_t at)
{
	json_t *got = json_object_get(c->got, kind->list), *read = json_object_get(c->read, kind->list);
	if (!c->read)
		return NULL;
	long i = nth(kind, read, str(json_array_get(got, at), kind->id), occurrence(kind, got, at));
	return i >= 0 ? json_array_get(read, (size_t)i) : NULL;
}

/* The contact of an activity: the plan's first contact for its number. */
static void activity_contact(struct cmp *c, const char *base, json_t *want, const char *no)
{
	if (!want)
		return;
	size_t i;
	json_t *v, *got = NULL;
	json_array_foreach(json_object_get(c->got, "contacts"), i, v) {
		if (!got && same_string(str(v, "activity"), no))
			got = v;
	}
	char at[sizeof c->key];
	snprintf(at, sizeof at, "%s", base);
	same_text(c, key(c, "%s.contact.name", at), str(want, "name"), str(got, "name"));
	same_text(c, key(c, "%s.contact.phone", at), str(want, "phone"), str(got, "phone"));
}

static const record_kind activities;

static void activity_fields(struct cmp *c, const char *base, json_t *w, json_t *g, size_t at)
{
	static const char *const text[] = {"no", "title", "start", "end", "time", "location"};
	json_t *read = as_read(c, &activities, at);
	for (size_t k = 0; k < sizeof text / sizeof *text; k++) {
		/* dates the hinted year or period placed (宣传周期间 in a
		 * fragment without the period) are compared as read: null */
		bool dated = k == 2 || k == 3;
		json_t *from = dated && (c->hinted & HINTED_DATES) ? read : g;
		same_text(c, key(c, "%s.%s", base, text[k]), str(w, text[k]), str(from, text[k]));
	}
	/* the date as written is not stored: it is the reader's */
	if (c->read)
		same_text(c, key(c, "%s.date_text", base), str(w, "date_text"), str(read, "date_text"));
	else
		not_in_format(c, key(c, "%s.date_text", base), json_object_get(w, "date_text"));
	same_units(c, key(c, "%s.lead", base), json_object_get(w, "lead"), json_object_get(g, "lead"));
	same_units(c, key(c, "%s.cooperate", base), json_object_get(w, "cooperate"),
		   json_object_get(g, "cooperate"));
	activity_contact(c, base, json_object_get(w, "contact"), str(w, "no"));
}

/* The due date stored for the deadline at position seq (a relative rule
 * is resolved there). */
static const char *stored_due(struct cmp *c, size_t seq, char *buf)
{
	static const char sql[] = "SELECT due_date FROM deadline WHERE campaign_id = ?1 AND seq = ?2";
	sqlite3_stmt *s;
	sqlite3_prepare_v2(wp_store_db(c->st), sql, -1, &s, NULL);
	sqlite3_bind_int64(s, 1, c->id);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)seq);
	const char *out = NULL;
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0)) {
		snprintf(buf, WP_DATE_ISO_SIZE, "%s", (const char *)sqlite3_column_text(s, 0));
		out = buf;
	}
	sqlite3_finalize(s);
	return out;
}

static const record_kind deadlines;

static void deadline_fields(struct cmp *c, const char *base, json_t *w, json_t *g, size_t at)
{
	char due[WP_DATE_ISO_SIZE];
	same_text(c, key(c, "%s.what", base), str(w, "what"), str(g, "what"));
	same_text(c, key(c, "%s.due", base), str(w, "due"),
		  c->hinted & HINTED_DATES ? str(as_read(c, &deadlines, at), "due")
						   : stored_due(c, at, due));
	not_in_format(c, key(c, "%s.date_text", base), json_object_get(w, "date_text"));
	same_text(c, key(c, "%s.rule", base), str(w, "rule"), str(g, "rule"));
	same_units(c, key(c, "%s.who", base), json_object_get(w, "who"), json_object_get(g, "who"));
	same_recipient(c, key(c, "%s.submit_to", base), str(w, "submit_to"), g);
}

static void contact_fields(struct cmp *c, const char *base, json_t *w, json_t *g, size_t at)
{
	(void)at;
	static const char *const text[] = {"name", "phone", "email"};
	for (size_t k = 0; k < sizeof text / sizeof *text; k++)
		same_text(c, key(c, "%s.%s", base, text[k]), str(w, text[k]), str(g, text[k]));
}

static const record_kind activities = {"activities", "no", "title", 8, activity_fields};
static const record_kind deadlines = {"deadlines", NULL, "what", 5, deadline_fields};
static const record_kind contacts = {"contacts", "name", "name", 3, contact_fields};

/* The lengths of two lists, as one field. */
static void same_count(struct cmp *c, const char *k, json_t *want, json_t *got)
{
	char a[32], b[32];
	snprintf(a, sizeof a, "%zu", json_array_size(want));
	snprintf(b, sizeof b, "%zu", json_array_size(got));
	tally_as(c, k, strcmp(a, b) == 0, a, b, 1, json_array_size(want) > 0,
		 json_array_size(got) > 0);
}

static void compare_committee(struct cmp *c, json_t *want, json_t *got)
{
	bool none = json_is_null(want) || !want, got_none = json_is_null(got) || !got;
	tally(c, "committee", none == got_none, none ? "null" : "a committee",
	      got_none ? "null" : "a committee", 1);
	if (none || got_none)
		return;
	same_units(c, "committee.chair", json_object_get(want, "chair"), json_object_get(got, "chair"));
	same_units(c, "committee.vice_chair", json_object_get(want, "vice_chair"),
		   json_object_get(got, "vice_chair"));
	same_units(c, "committee.members", json_object_get(want, "members"),
		   json_object_get(got, "members"));
	json_t *office = str(want, "office") ? json_pack("[s]", str(want, "office")) : json_array();
	same_units(c, "committee.office", office, json_object_get(got, "office"));
	json_decref(office);
}

/* A code so prefixed is no check rule's: the reader's report tells the
 * anomaly in a line holding the rest of the code. */
#define NOTE_PREFIX "note:"

/* Does a line of the reader's report not yet used (used: one flag per
 * line) hold phrase? Marks the first that does used. */
static bool told(const struct cmp *c, const char *phrase, bool *used)
{
	for (size_t k = 0; c->report && k < c->report->n; k++)
		if (!used[k] && strstr(c->report->lines[k], phrase))
			return used[k] = true;
	return false;
}

/* Which check rule reports each kind of anomaly the readings list (NULL:
 * none does yet). */
static const struct {
	const char *phrase, *code;
} anomaly_rules[] = {
	{"numbering skips", "numbering-gap"},
	{"no document number or issue date", "no-issue-date"},
	{"before the campaign period", "activity-outside-period"},
	{"after the campaign period (ends", "activity-outside-period"},
	/* 4月9日（星期三） but 2026-04-09 is a Thursday (before the holiday
	 * and rest-day rows: 05-04 is a Monday, inside the 劳动节 holiday is
	 * a deadline on a rest day) */
	{"is a Monday", NOTE_PREFIX "not the weekday written"},
	{"is a Tuesday", NOTE_PREFIX "not the weekday written"},
	{"is a Wednesday", NOTE_PREFIX "not the weekday written"},
	{"is a Thursday", NOTE_PREFIX "not the weekday written"},
	{"is a Friday", NOTE_PREFIX "not the weekday written"},
	{"after the campaign period has started", "issued-late"},
	{"a public holiday", "deadline-non-working"},
	/* …falls on 2026-09-25, inside the Mid-Autumn holiday (中秋节, 09-25..):
	 * the readings name a holiday's days so only when a deadline is in them */
	{" holiday (", "deadline-non-working"},
	{"is a Saturday", "deadline-non-working"},
	{"is a Sunday", "deadline-non-working"},
	/* due 2026-05-10, a Sunday (rest day; …), falls on a rest day: only
	 * the readings' deadlines are said so */
	{"rest day", "deadline-non-working"},
	/* falls on the first day of the 中秋节 holiday (09-25..09-27), inside the Spring Festival holiday (…) */
	{" holiday (", "deadline-non-working"},
	{"before the plan's issue date", "deadline-before-issue"},
	{"the attachment title says", NULL},
	{"fragment:", NULL},
	{"has no title", NULL},
	{"no year anywhere", NULL},
	/* weekday typo: 9月16日（星期四） — 2026-09-16 is a Wednesday: the
	 * reader tells it (a NOTE_ code: a phrase of its report's lines) */
	{"weekday typo", NOTE_PREFIX "not the weekday written"},
	{"weekday mismatch", NOTE_PREFIX "not the weekday written"},
	/* the writers' brief words it so */
	{"a weekday that does not match its date", NOTE_PREFIX "not the weekday written"},
	/* activity 七 X is written 9月19日（星期五）, but 2026-09-19 is a
	 * Saturday: a weekday's, though a rest day is named (last, so it wins) */
	{" is written ", NOTE_PREFIX "not the weekday written"},
	/* activity 四 starts 2026-04-01, before the notice was issued
	 * (2026-04-07); item dated before the notice was issued: …; the
	 * notice is issued (…) and before the campaign period: the issue
	 * date named wins over the period */
	{"before the notice was issued", "activity-before-issue"},
	{"before the notice is issued", "activity-before-issue"},
	{"notice was issued (", "activity-before-issue"},
	{"before the notice (", "activity-before-issue"},
};

static const char *anomaly_code(const char *anomaly)
{
	const char *code = "?"; /* a phrase not in the table: no rule reports it */
	for (size_t r = 0; r < sizeof anomaly_rules / sizeof *anomaly_rules; r++)
		if (strstr(anomaly, anomaly_rules[r].phrase))
			code = anomaly_rules[r].code;
	return code;
}

/* Does finding code judge a date or the period that hints gave (a
 * placeholder year's weekdays and holidays, the placeholder period)? */
static bool about_hints(const struct cmp *c, const char *code)
{
	static const char *const by_year[] = {"calendar-unknown", "deadline-provisional-calendar",
					      "deadline-non-working", "deadline-before-issue", NULL};
	/* a due date counted from the placeholder period's end is the hints' */
	static const char *const by_period[] = {"activity-outside-period", "activity-before-issue", "issued-late",
						"deadline-provisional-calendar", "deadline-non-working", NULL};
	for (const char *const *k = by_year; (c->hinted & WP_NOTICE_NEEDS_YEAR) && *k; k++)
		if (strcmp(code, *k) == 0)
			return true;
	for (const char *const *k = by_period; (c->hinted & WP_NOTICE_NEEDS_PERIOD) && *k; k++)
		if (strcmp(code, *k) == 0)
			return true;
	return false;
}

/* Findings not claimed by an anomaly, keyed findings[code] (#k from the
 * second of a code on); none about what hints placed. */
static void unexpected_findings(struct cmp *c, const wp_findings *f, const bool *used)
{
	for (size_t k = 0; k < f->n; k++) {
		if (used[k] || strcmp(f->items[k].code, "no-lead") == 0 ||
		    about_hints(c, f->items[k].code))
			continue;
		int seen = 1;
		for (size_t j = 0; j < k; j++)
			seen += !used[j] && strcmp(f->items[j].code, f->items[k].code) == 0;
		const char *k1 = key(c, "findings[%s]", f->items[k].code);
		if (seen > 1)
			k1 = key(c, "findings[%s#%d]", f->items[k].code, seen);
		tally(c, k1, false, "nothing", f->items[k].message, 1);
	}
}

/* Does a finding of code got tell the anomaly of code want? An activity
 * begun before the notice is said to be before the period as well (its
 * sentence says so), and meets a reading that names the period alone. */
static bool same_code(const char *got, const char *want)
{
	return strcmp(got, want) == 0 ||
	       (strcmp(want, "activity-outside-period") == 0 && strcmp(got, "activity-before-issue") == 0);
}

static void compare_anomalies(struct cmp *c, json_t *want)
{
	wp_findings f = {0};
	wp_err err;
	ck_assert_msg(wp_check_campaign(c->st, c->id, &f, &err) == 0, "%s", err.msg);
	bool *used = calloc(f.n + 1, sizeof *used);
	bool *used_notes = calloc((c->report ? c->report->n : 0) + 1, sizeof *used_notes);
	for (size_t i = 0; i < json_array_size(want); i++) {
		json_t *a = json_array_get(want, i);
		const char *code = anomaly_code(json_string_value(a));
		if (!code) {
			not_in_format(c, key(c, "anomalies[%zu]", i + 1), a);
			continue;
		}
		bool found = false;
		if (strncmp(code, NOTE_PREFIX, strlen(NOTE_PREFIX)) == 0) {
			found = told(c, code + strlen(NOTE_PREFIX), used_notes);
			tally(c, key(c, "anomalies[%zu]", i + 1), found, json_string_value(a), "not reported", 1);
			continue;
		}
		for (size_t k = 0; k < f.n && !found; k++)
			if (same_code(f.items[k].code, code) && !used[k] && !about_hints(c, code))
				found = used[k] = true;
		tally(c, key(c, "anomalies[%zu]", i + 1), found, json_string_value(a), "not reported",
		      1);
	}
	unexpected_findings(c, &f, used);
	/* a weekday the reader says is off where the reading lists none */
	for (size_t k = 0; c->report && k < c->report->n; k++)
		if (!used_notes[k] && strstr(c->report->lines[k], "not the weekday written"))
			tally(c, key(c, "findings[weekday]"), false, "nothing", c->report->lines[k], 1);
	free(used);
	free(used_notes);
	wp_findings_clear(&f);
}

/* Each alias of the reading's organizer names the same unit in the plan. */
static void compare_aliases(struct cmp *c, const char *organizer, json_t *aliases)
{
	size_t i;
	json_t *a;
	json_array_foreach(aliases, i, a) {
		bool same = same_unit_name(c, organizer, json_string_value(a));
		tally(c, key(c, "organizer_aliases[%zu]", i + 1), same, json_string_value(a),
		      same ? json_string_value(a) : "not the organizer", 1);
	}
}

static void compare_top(struct cmp *c, json_t *truth, json_t *got)
{
	static const char *const plain[] = {"title",	 "region", "doc_number",
					    "issued_on", "theme",  "parent_plan"};
	for (size_t k = 0; k < sizeof plain / sizeof *plain; k++) {
		const char *g = str(k == 0 && (c->hinted & WP_NOTICE_NEEDS_TITLE) ? c->read : got,
				    plain[k]);
		if (k == 1 && g && !*g)
			g = NULL; /* the store keeps "no region" as "" */
		if (json_object_get(truth, plain[k]))
			same_text(c, plain[k], str(truth, plain[k]), g);
	}
	json_t *wp = json_object_get(truth, "period");
	json_t *gp = json_object_get(c->hinted & WP_NOTICE_NEEDS_PERIOD ? c->read : got, "period");
	same_text(c, "period.start", str(wp, "start"), str(gp, "start"));
	same_text(c, "period.end", str(wp, "end"), str(gp, "end"));
	same_unit(c, "organizer", str(truth, "organizer"), str(got, "organizer"));
	compare_aliases(c, str(truth, "organizer"), json_object_get(truth, "organizer_aliases"));
	if (json_object_get(truth, "lead_unit"))
		same_unit(c, "lead_unit", str(truth, "lead_unit"), str(got, "lead_unit"));
	/* the reading counts the publicity focuses; the plan lists them */
	json_t *focus = json_object_get(truth, "focus_count");
	if (json_is_integer(focus)) {
		char want[24], have[24];
		snprintf(want, sizeof want, "%lld", (long long)json_integer_value(focus));
		snprintf(have, sizeof have, "%zu", json_array_size(json_object_get(got, "focus")));
		same_text(c, "focus_count", want, have);
	}
}

void truth_compare(wp_store *store, int64_t id, const char *file, truth_result *out)
{
	truth_compare_read(store, id, NULL, NULL, file, out);
}

void truth_compare_read(wp_store *store, int64_t id, const char *read, const wp_notice_report *report,
			const char *file, truth_result *out)
{
	json_error_t jerr;
	json_t *truth = json_load_file(file, 0, &jerr);
	ck_assert_msg(truth != NULL, "%s: %s", file, jerr.text);
	wp_err err;
	char *text = wp_plan_export(store, id, &err);
	ck_assert_msg(text != NULL, "%s", err.msg);
	json_t *got = json_loads(text, 0, &jerr);
	free(text);
	*out = (truth_result){0};
	struct cmp c = {.st = store, .id = id, .region = str(got, "region"), .got = got, .r = out, .report = report};
	if (read) {
		c.read = json_loads(read, 0, &jerr);
		ck_assert_msg(c.read != NULL, "the plan as read: %s", jerr.text);
		c.hinted = wp_notice_plan_needs(read);
	}
	compare_top(&c, truth, got);
	compare_records(&c, &activities, json_object_get(truth, "activities"),
			json_object_get(got, "activities"));
	compare_committee(&c, json_object_get(truth, "committee"), json_object_get(got, "committee"));
	same_count(&c, "deadlines.count", json_object_get(truth, "deadlines"),
		   json_object_get(got, "deadlines"));
	compare_records(&c, &deadlines, json_object_get(truth, "deadlines"),
			json_object_get(got, "deadlines"));
	same_count(&c, "contacts.count", json_object_get(truth, "contacts"),
		   json_object_get(got, "contacts"));
	compare_records(&c, &contacts, json_object_get(truth, "contacts"),
			json_object_get(got, "contacts"));
	compare_anomalies(&c, json_object_get(truth, "anomalies"));
	json_decref(truth);
	json_decref(got);
	json_decref(c.read);
}

void truth_result_free(truth_result *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->diffs[i].key);
		free(r->diffs[i].want);
		free(r->diffs[i].got);
	}
	free(r->diffs);
	*r = (truth_result){0};
}
