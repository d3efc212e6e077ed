#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "edit.h"
#include "i18n-core.h"
#include "store.h"
#include "text.h"
#include "unit.h"

static int check_name(const char *name, wp_err *err)
{
	if (!name || !*name)
		return wp_err_set(err, WP_TR("a unit name is empty"));
	if (wp_text_check(name, "unit name", WP_TEXT_SINGLE_LINE, err) != 0)
		return -1;
	if (strlen(name) > 400)
		return wp_err_set(err, WP_TR("unit name '%.60s...' is too long"), name);
	return 0;
}

int wp_unit_lookup(wp_store *st, const char *region, const char *name, int64_t *id,
		   wp_err *err)
{
	static const char sql[] =
		"SELECT id FROM unit WHERE region = ?1 AND name_key = ?2 "
		"UNION ALL "
		"SELECT unit_id FROM unit_alias WHERE region = ?1 AND alias_key = ?2 "
		"LIMIT 1";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	char *key = wp_text_key(name);
	wp_bind_text(s, 1, region ? region : "");
	wp_bind_text(s, 2, key);
	free(key);
	int rc = wp_store_next(st, s, err);
	if (rc == 1) {
		*id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
	}
	return rc;
}

int wp_unit_ensure(wp_store *st, const char *region, const char *name, int64_t *id,
		   wp_err *err)
{
	static const char sql[] = "INSERT INTO unit(name, region, name_key) VALUES (?1, ?2, ?3)";
	if (check_name(name, err) != 0)
		return -1;
	int rc = wp_unit_lookup(st, region, name, id, err);
	if (rc != 0)
		return rc < 0 ? -1 : 0;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	char *key = wp_text_key(name);
	wp_bind_text(s, 1, name);
	wp_bind_text(s, 2, region ? region : "");
	wp_bind_text(s, 3, key);
	free(key);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	*id = wp_store_last_id(st);
	return 0;
}

int wp_unit_add_alias(wp_store *st, int64_t id, const char *alias, wp_err *err)
{
	static const char sql_region[] = "SELECT region, name_key FROM unit WHERE id = ?1";
	static const char sql_add[] = "INSERT INTO unit_alias(unit_id, alias, region, alias_key, seq) "
		"VALUES (?1, ?2, ?3, ?4, "
		"        (SELECT count(*) FROM unit_alias WHERE unit_id = ?1))";
	if (check_name(alias, err) != 0)
		return -1;
	sqlite3_stmt *s = wp_store_row(st, sql_region, id, "unit", err);
	if (!s)
		return -1;
	char *region = wp_col_strdup(s, 0), *own_key = wp_col_strdup(s, 1);
	sqlite3_reset(s);
	char *key = wp_text_key(alias);
	int64_t other;
	int rc = wp_unit_lookup(st, region, alias, &other, err);
	if (rc == 1 && other != id)
		rc = wp_err_set(err, WP_TR("alias '%s' already names another unit"), alias);
	else if (rc == 0 && strcmp(key, own_key) != 0) {
		s = wp_store_stmt(st, sql_add, err);
		rc = -1;
		if (s) {
			sqlite3_bind_int64(s, 1, id);
			wp_bind_text(s, 2, alias);
			wp_bind_text(s, 3, region);
			wp_bind_text(s, 4, key);
			rc = wp_store_run(st, s, err);
		}
	} else if (rc == 1) {
		rc = 0; /* already this unit's name or alias */
	}
	free(key);
	free(region);
	free(own_key);
	return rc;
}

/* "市场监管局 (永原县)" or "市场监管局（永原县）": the name and the region
 * in brackets at the end, as lists of units print them. Returns the name
 * (caller frees) and sets *region to a string of its own (caller frees),
 * or NULL when spec is not written so. */
static char *split_region(const char *spec, char **region)
{
	static const struct {
		const char *open, *close;
	} brackets[] = {{" (", ")"}, {"(", ")"}, {"（", "）"}};
	size_t len = strlen(spec);
	for (size_t i = 0; i < sizeof brackets / sizeof *brackets; i++) {
		size_t cl = strlen(brackets[i].close);
		if (len <= cl || strcmp(spec + len - cl, brackets[i].close) != 0)
			continue;
		const char *open = NULL; /* the last opening bracket */
		for (const char *p = strstr(spec, brackets[i].open); p;
		     p = strstr(p + 1, brackets[i].open))
			open = p;
		size_t ol = strlen(brackets[i].open);
		if (!open || open == spec || open + ol > spec + len - cl)
			continue;
		*region = wp_xstrndup(open + ol, (size_t)(spec + len - cl - (open + ol)));
		return wp_xstrndup(spec, (size_t)(open - spec));
	}
	return NULL;
}

int wp_unit_find_spec(wp_store *st, const char *spec, wp_unit_ref *out, int max, wp_err *err)
{
	int n = wp_unit_search(st, spec, NULL, out, max, err);
	if (n == 1 || n < 0)
		return n;
	char *region = NULL, *name = split_region(spec, &region);
	if (!name)
		return n;
	wp_unit_ref *mine = wp_xcalloc((size_t)max, sizeof *mine);
	int m = wp_unit_search(st, name, region, mine, max, err);
	free(name);
	free(region);
	if (m > 0) { /* the name with its region is what was meant */
		wp_unit_refs_free(out, n < max ? n : max);
		memcpy(out, mine, (size_t)(m < max ? m : max) * sizeof *out);
		n = m;
	} else if (m < 0) {
		wp_unit_refs_free(out, n < max ? n : max);
		n = -1;
	}
	free(mine);
	return n;
}

/* Steps s (a query of id, name, region, with key bound to ?1 and region
 * to ?2) into out as wp_unit_search returns them. */
static int read_refs(wp_store *st, sqlite3_stmt *s, const char *key, const char *region,
		     wp_unit_ref *out, int max, wp_err *err)
{
	wp_bind_text(s, 1, key);
	wp_bind_text(s, 2, region);
	int n = 0, rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		if (n < max)
			out[n] = (wp_unit_ref){sqlite3_column_int64(s, 0), wp_col_strdup(s, 1),
					       wp_col_strdup(s, 2)};
		n++;
	}
	if (rc < 0) {
		wp_unit_refs_free(out, n < max ? n : max);
		return -1;
	}
	return n;
}

int wp_unit_search(wp_store *st, const char *term, const char *region, wp_unit_ref *out,
		   int max, wp_err *err)
{
	/* Exact matches first, so "区市场监管局" is not ambiguous with
	 * "区市场监管局知识产权管理科" when both exist; they come by index
	 * (the scan for a part of a name read every unit: 1.3 of the 4 ms of
	 * `weekplan unit` with 3,000 units). Only without one does instr() on
	 * keys scan the unit registry, when a user types a part of a name. */
	static const char exact_sql[] =
		"SELECT u.id, u.name, u.region FROM unit u "
		"WHERE u.name_key = ?1 AND (?2 IS NULL OR u.region = ?2) "
		"UNION SELECT u.id, u.name, u.region FROM unit_alias a JOIN unit u ON u.id = a.unit_id "
		"WHERE a.alias_key = ?1 AND (?2 IS NULL OR u.region = ?2) "
		"ORDER BY 3, 2";
	static const char part_sql[] =
		"SELECT DISTINCT u.id, u.name, u.region "
		"FROM unit u LEFT JOIN unit_alias a ON a.unit_id = u.id "
		"WHERE (?2 IS NULL OR u.region = ?2) "
		"  AND (instr(u.name_key, ?1) > 0 OR instr(a.alias_key, ?1) > 0) "
		"ORDER BY u.region, u.name";
	char *key = wp_text_key(term);
	int n = -1;
	sqlite3_stmt *s = wp_store_stmt(st, exact_sql, err);
	if (s)
		n = read_refs(st, s, key, region, out, max, err);
	if (n == 0 && (s = wp_store_stmt(st, part_sql, err)))
		n = read_refs(st, s, key, region, out, max, err);
	else if (n == 0)
		n = -1;
	free(key);
	return n;
}

void wp_unit_refs_free(wp_unit_ref *refs, int n)
{
	for (int i = 0; i < n; i++) {
		free(refs[i].name);
		free(refs[i].region);
		refs[i].name = refs[i].region = NULL;
	}
}

/* ---- the unit as a record: its form's load and save ------------------------------ */

void wp_unit_rec_add_alias(wp_unit_rec *rec, const char *alias)
{
	rec->aliases = wp_xrealloc(rec->aliases, (rec->naliases + 1) * sizeof *rec->aliases);
	rec->aliases[rec->naliases++] = wp_xstrdup(alias);
}

void wp_unit_rec_copy(wp_unit_rec *dst, const wp_unit_rec *src)
{
	*dst = *src;
	dst->name = wp_xstrdup(src->name);
	dst->region = wp_xstrdup(src->region);
	dst->aliases = NULL;
	dst->naliases = 0;
	for (size_t i = 0; i < src->naliases; i++)
		wp_unit_rec_add_alias(dst, src->aliases[i]);
}

void wp_unit_rec_clear(wp_unit_rec *rec)
{
	free(rec->name);
	free(rec->region);
	for (size_t i = 0; i < rec->naliases; i++)
		free(rec->aliases[i]);
	free(rec->aliases);
	*rec = (wp_unit_rec)WP_UNIT_REC_INIT;
}

int wp_unit_load(wp_store *st, int64_t id, wp_unit_rec *rec, wp_err *err)
{
	static const char sql_unit[] = "SELECT name, region, revision FROM unit WHERE id = ?1";
	static const char sql_aliases[] =
		"SELECT alias FROM unit_alias WHERE unit_id = ?1 ORDER BY seq, alias";
	*rec = (wp_unit_rec)WP_UNIT_REC_INIT;
	sqlite3_stmt *s = wp_store_row(st, sql_unit, id, "unit", err);
	if (!s)
		return -1;
	rec->id = id;
	rec->name = wp_col_strdup(s, 0);
	rec->region = wp_col_strdup(s, 1);
	rec->revision = sqlite3_column_int(s, 2);
	sqlite3_reset(s);
	if (!(s = wp_store_stmt(st, sql_aliases, err))) {
		wp_unit_rec_clear(rec);
		return -1;
	}
	sqlite3_bind_int64(s, 1, id);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1)
		wp_unit_rec_add_alias(rec, wp_col_text(s, 0));
	if (rc < 0)
		wp_unit_rec_clear(rec);
	return rc;
}

/* A name or alias as core stores it: present, one line, not too long.
 * what names the field for the message. */
static int check_rec_name(const char *name, const char *what, wp_err *err)
{
	if (!name || !*name)
		return wp_err_set(err, WP_TR("%s is required"), what);
	if (wp_text_check(name, what, WP_TEXT_SINGLE_LINE, err) != 0)
		return -1;
	if (strlen(name) > 400)
		return wp_err_set(err, WP_TR("%s '%.60s...' is too long"), what, name);
	return 0;
}

/* The new name, in place of the old one if the unit still has revision;
 * refused when another unit of region answers to it. */
static int save_name(wp_store *st, const wp_unit_rec *rec, const char *region, wp_err *err)
{
	static const char sql[] = "UPDATE unit SET name = ?2, name_key = ?3, "
				  "revision = revision + 1 WHERE id = ?1 AND revision = ?4";
	int64_t other = 0;
	int rc = wp_unit_lookup(st, region, rec->name, &other, err);
	if (rc < 0)
		return -1;
	if (rc == 1 && other != rec->id)
		return wp_err_set(err, WP_TR("another unit of the region is already called '%s'"),
				  rec->name);
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	char *key = wp_text_key(rec->name);
	sqlite3_bind_int64(s, 1, rec->id);
	wp_bind_text(s, 2, rec->name);
	wp_bind_text(s, 3, key);
	sqlite3_bind_int(s, 4, rec->revision);
	free(key);
	if (wp_store_run(st, s, err) != 0)
		return -1;
	if (sqlite3_changes(wp_store_db(st)) != 1) {
		wp_err_set(err, WP_TR("someone else changed or deleted this %s meanwhile; nothing was saved"),
			   WP_TR("unit"));
		return WP_EDIT_CONFLICT;
	}
	return 0;
}

static int clear_aliases(wp_store *st, int64_t id, wp_err *err)
{
	static const char sql[] = "DELETE FROM unit_alias WHERE unit_id = ?1";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return wp_store_run(st, s, err);
}

/* Stores rec's aliases in its order, the old ones gone: an alias the unit
 * already answers to (its name, an earlier alias) is left out, one another
 * unit answers to is refused. */
static int add_aliases(wp_store *st, const wp_unit_rec *rec, const char *region, wp_err *err)
{
	static const char sql_add[] = "INSERT INTO unit_alias(unit_id, alias, region, alias_key, seq) "
				      "VALUES (?1, ?2, ?3, ?4, ?5)";
	sqlite3_stmt *s;
	int seq = 0;
	for (size_t i = 0; i < rec->naliases; i++) {
		const char *alias = rec->aliases[i];
		int64_t other = 0;
		int rc = wp_unit_lookup(st, region, alias, &other, err);
		if (rc < 0)
			return -1;
		if (rc == 1 && other != rec->id)
			return wp_err_set(err, WP_TR("'%s' already names another unit of the region"), alias);
		if (rc == 1)
			continue; /* the name, or an alias given twice */
		if (!(s = wp_store_stmt(st, sql_add, err)))
			return -1;
		char *key = wp_text_key(alias);
		sqlite3_bind_int64(s, 1, rec->id);
		wp_bind_text(s, 2, alias);
		wp_bind_text(s, 3, region);
		wp_bind_text(s, 4, key);
		sqlite3_bind_int(s, 5, seq++);
		free(key);
		if (wp_store_run(st, s, err) != 0)
			return -1;
	}
	return 0;
}

int wp_unit_save(wp_store *st, wp_unit_rec *rec, wp_err *err)
{
	static const char sql_region[] = "SELECT region FROM unit WHERE id = ?1";
	if (check_rec_name(rec->name, WP_TR("the unit name"), err) != 0)
		return -1;
	for (size_t i = 0; i < rec->naliases; i++)
		if (check_rec_name(rec->aliases[i], WP_TR("another name"), err) != 0)
			return -1;
	if (wp_store_begin(st, err) != 0)
		return -1;
	sqlite3_stmt *s = wp_store_row(st, sql_region, rec->id, "unit", err);
	int rc = -1;
	if (s) {
		char *region = wp_col_strdup(s, 0);
		sqlite3_reset(s);
		/* The old aliases go first, so that a name and an alias can
		 * trade places in one save. */
		rc = clear_aliases(st, rec->id, err);
		if (rc == 0)
			rc = save_name(st, rec, region, err);
		if (rc == 0)
			rc = add_aliases(st, rec, region, err);
		free(region);
	}
	if (rc == 0)
		rc = wp_store_commit(st, err);
	else
		wp_store_rollback(st);
	if (rc == 0)
		rec->revision++;
	return rc;
}
