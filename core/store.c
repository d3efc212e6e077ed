#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "buf.h"
#include "embedded.h"
#include "holidays.h"
#include "i18n-core.h"
#include "provisional.h"
#include "search-tokenizer.h"
#include "store.h"

struct cached_stmt {
	const char *sql;
	sqlite3_stmt *stmt;
};

struct wp_store {
	sqlite3 *db;
	bool readonly;
	struct cached_stmt *cache;
	size_t ncache, capcache;
	wp_calendar *calendar;
	int depth; /* open wp_store_begin calls: 1 is the transaction, more are savepoints */
};

int wp_store_schema_version(void)
{
	return wp_embedded_schema_count;
}

sqlite3 *wp_store_db(wp_store *st)
{
	return st->db;
}

bool wp_store_readonly(const wp_store *st)
{
	return st->readonly;
}

int wp_store_fail(wp_store *st, const char *doing, wp_err *err)
{
	return wp_err_set(err, "%s: %s", doing, sqlite3_errmsg(st->db));
}

static int db_fail(sqlite3 *db, const char *doing, wp_err *err)
{
	return wp_err_set(err, "%s: %s", doing, sqlite3_errmsg(db));
}

/* Runs SQL text that may hold several statements (schema steps only). */
static int exec_script(sqlite3 *db, const char *sql, const char *doing, wp_err *err)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		wp_err_set(err, "%s: %s", doing, msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int read_user_version(sqlite3 *db, int *version, wp_err *err)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL) != SQLITE_OK)
		return db_fail(db, "reading the schema version", err);
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*version = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW)
		return db_fail(db, "reading the schema version", err);
	return 0;
}

/* A database at version 0 must be empty: weekplan does not take over a
 * database that some other program created. */
static int check_empty(sqlite3 *db, wp_err *err)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema", -1, &s, NULL) !=
	    SQLITE_OK)
		return db_fail(db, "reading the database", err);
	int rc = sqlite3_step(s);
	int n = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) : -1;
	sqlite3_finalize(s);
	if (n < 0)
		return db_fail(db, "reading the database", err);
	if (n > 0)
		return wp_err_set(err, WP_TR("not a weekplan database (it holds other tables)"));
	return 0;
}

static int check_newer(int version, wp_err *err)
{
	if (version > wp_embedded_schema_count)
		return wp_err_set(err,
				  "database was written by a newer weekplan (schema version "
				  "%d; this program knows up to %d): upgrade weekplan",
				  version, wp_embedded_schema_count);
	return 0;
}

/* Runs the next step under the write lock. The version is read again
 * there: another weekplan may have upgraded (or created) the database
 * since we looked, and a step must not run twice. *done is set when there
 * is nothing left to do. */
static int migrate_step(sqlite3 *db, bool *done, wp_err *err)
{
	int v;
	*done = false;
	if (exec_script(db, "BEGIN IMMEDIATE", "upgrading the schema", err) != 0)
		return -1;
	if (read_user_version(db, &v, err) != 0 || check_newer(v, err) != 0 ||
	    (v == 0 && check_empty(db, err) != 0))
		goto fail;
	if (v == wp_embedded_schema_count) {
		*done = true;
		return exec_script(db, "COMMIT", "upgrading the schema", err) == 0 ? 0 : -1;
	}
	char doing[64], setver[48];
	snprintf(doing, sizeof doing, "upgrading the schema to version %d", v + 1);
	snprintf(setver, sizeof setver, "PRAGMA user_version = %d", v + 1);
	if (exec_script(db, wp_embedded_schema[v], doing, err) != 0 ||
	    exec_script(db, setver, doing, err) != 0 ||
	    exec_script(db, "COMMIT", doing, err) != 0)
		goto fail;
	return 0;
fail:
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

int wp_store_migrate(sqlite3 *db, wp_err *err)
{
	int version;
	/* Step 008 creates the search index, which needs its tokenizer; a
	 * caller may hand over a connection wp_store_open did not make. */
	if (wp_search_tokenizer_register(db, err) != 0)
		return -1;
	/* Refuse a newer database without taking the write lock. */
	if (read_user_version(db, &version, err) != 0 || check_newer(version, err) != 0)
		return -1;
	for (bool done = version == wp_embedded_schema_count; !done;)
		if (migrate_step(db, &done, err) != 0)
			return -1;
	return 0;
}

/* Recognises files that are plainly not SQLite before SQLite sees them, so
 * the message can say so instead of "file is not a database" later. */
static int check_header(const char *path, wp_err *err)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0; /* missing: will be created; unreadable: SQLite says why */
	char head[16];
	size_t n = fread(head, 1, sizeof head, f);
	fclose(f);
	if (n == 0)
		return 0; /* an empty file is a new database */
	if (n < sizeof head || memcmp(head, "SQLite format 3", 16) != 0)
		return wp_err_set(err, WP_TR("%s is not a weekplan database (not an SQLite file)"),
				  path);
	return 0;
}

static int configure(wp_store *st, wp_err *err)
{
	sqlite3_busy_timeout(st->db, WP_STORE_BUSY_MS);
	sqlite3_extended_result_codes(st->db, 1);
	/* Before any schema step or search: the search index cannot be
	 * opened without its tokenizer. */
	if (wp_search_tokenizer_register(st->db, err) != 0)
		return -1;
	if (exec_script(st->db, "PRAGMA foreign_keys = ON", "opening the database", err) != 0)
		return -1;
	int v;
	/* Touch the file now: a corrupt or foreign file fails here, with a
	 * message about the file rather than about some later query. */
	if (read_user_version(st->db, &v, err) != 0)
		return -1;
	st->readonly = st->readonly || sqlite3_db_readonly(st->db, "main") == 1;
	if (!st->readonly)
		/* WAL lets the planner read while a cron job writes. In-memory
		 * databases answer "memory" and that is fine. */
		sqlite3_exec(st->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
	return 0;
}

/* A file:// URI for path that opens it read-only and immutable. */
static char *readonly_uri(const char *path)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_puts(&b, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (*p == '%' || *p == '?' || *p == '#' || *p < 0x21)
			wp_buf_printf(&b, "%%%02X", *p);
		else
			wp_buf_putc(&b, (char)*p);
	}
	wp_buf_puts(&b, "?mode=ro&immutable=1");
	return wp_buf_take(&b);
}

static int open_connection(wp_store *st, const char *path, bool readonly, wp_err *err)
{
	char *uri = readonly ? readonly_uri(path) : NULL;
	int flags = readonly ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
			     : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	int rc = sqlite3_open_v2(readonly ? uri : path, &st->db, flags, NULL);
	free(uri);
	if (rc != SQLITE_OK) {
		wp_err_set(err, WP_TR("cannot open %s: %s"), path,
			   st->db ? sqlite3_errmsg(st->db) : "out of memory");
		return -1;
	}
	return configure(st, err);
}

/* True if the connection's last failure was for want of write access. */
static bool cannot_write(sqlite3 *db)
{
	int code = db ? sqlite3_extended_errcode(db) & 0xff : SQLITE_OK;
	return code == SQLITE_READONLY || code == SQLITE_CANTOPEN;
}

int wp_store_open(const char *path, wp_store **out, wp_err *err)
{
	*out = NULL;
	bool memory = strcmp(path, ":memory:") == 0;
	if (!memory && check_header(path, err) != 0)
		return -1;
	wp_store *st = wp_xcalloc(1, sizeof *st);
	int version = 0;
	int rc = open_connection(st, path, false, err);
	if (rc != 0 && !memory && access(path, F_OK) == 0 &&
	    (access(path, W_OK) != 0 || cannot_write(st->db))) {
		/* A WAL database whose directory we may not write cannot even
		 * be read normally (SQLite needs its -shm file), whether or not
		 * the file itself is writable; a file we may only read is
		 * opened immutable, which needs no lock files. */
		sqlite3_close(st->db);
		st->db = NULL;
		rc = open_connection(st, path, true, err);
		st->readonly = true;
	}
	if (rc != 0 || read_user_version(st->db, &version, err) != 0)
		goto fail;
	if (version != wp_embedded_schema_count) {
		if (st->readonly && version < wp_embedded_schema_count)
			wp_err_set(err, WP_TR("database is read-only and needs an upgrade to schema "
					"version %d"), wp_embedded_schema_count);
		if ((st->readonly && version < wp_embedded_schema_count) ||
		    wp_store_migrate(st->db, err) != 0)
			goto fail;
	}
	if (!st->readonly && wp_holidays_sync(st, err) != 0)
		goto fail;
	*out = st;
	return 0;
fail:
	if (!memory)
		wp_err_prefix(err, "%s: ", path);
	wp_store_close(st);
	return -1;
}

void wp_store_close(wp_store *st)
{
	if (!st)
		return;
	for (size_t i = 0; i < st->ncache; i++)
		sqlite3_finalize(st->cache[i].stmt);
	free(st->cache);
	wp_calendar_free(st->calendar);
	sqlite3_close(st->db);
	free(st);
}

int wp_store_begin(wp_store *st, wp_err *err)
{
	/* Inside an open change (a re-import applying its edits through the
	 * owners' functions, each of which begins its own), a savepoint: the
	 * inner change commits into the outer one, or undoes only itself. */
	/* SQLite ends a transaction by itself on some errors (a full disk):
	 * then no change is open, whatever the count says. */
	if (sqlite3_get_autocommit(st->db))
		st->depth = 0;
	const char *sql = st->depth > 0 ? "SAVEPOINT wp_nested" : "BEGIN IMMEDIATE";
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return wp_store_fail(st, "starting a change", err);
	st->depth++;
	return 0;
}

int wp_store_commit(wp_store *st, wp_err *err)
{
	if (st->depth > 1) {
		st->depth--;
		if (sqlite3_exec(st->db, "RELEASE wp_nested", NULL, NULL, NULL) != SQLITE_OK)
			return wp_store_fail(st, "saving the change", err);
		return 0;
	}
	st->depth = 0;
	if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		wp_store_fail(st, "saving the change", err);
		wp_store_rollback(st);
		return -1;
	}
	return 0;
}

void wp_store_rollback(wp_store *st)
{
	if (st->depth > 1) {
		st->depth--;
		sqlite3_exec(st->db, "ROLLBACK TO wp_nested; RELEASE wp_nested", NULL, NULL, NULL);
	} else {
		st->depth = 0;
		if (!sqlite3_get_autocommit(st->db))
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	}
	/* Cached views of the data may describe the abandoned change. */
	wp_store_calendar_changed(st);
}

sqlite3_stmt *wp_store_stmt(wp_store *st, const char *sql, wp_err *err)
{
	for (size_t i = 0; i < st->ncache; i++) {
		if (st->cache[i].sql == sql) {
			sqlite3_reset(st->cache[i].stmt);
			sqlite3_clear_bindings(st->cache[i].stmt);
			return st->cache[i].stmt;
		}
	}
	sqlite3_stmt *stmt;
	const char *tail;
	if (sqlite3_prepare_v2(st->db, sql, -1, &stmt, &tail) != SQLITE_OK) {
		wp_store_fail(st, "preparing a query", err);
		return NULL;
	}
	while (*tail == ' ' || *tail == '\n' || *tail == '\t')
		tail++;
	if (*tail) { /* surplus SQL would be silently ignored: refuse it */
		sqlite3_finalize(stmt);
		wp_err_set(err, "internal error: surplus SQL after a statement: %.40s", tail);
		return NULL;
	}
	if (st->ncache == st->capcache) {
		st->capcache = st->capcache ? st->capcache * 2 : 32;
		st->cache = wp_xrealloc(st->cache, st->capcache * sizeof *st->cache);
	}
	st->cache[st->ncache++] = (struct cached_stmt){sql, stmt};
	return stmt;
}

int wp_store_run(wp_store *st, sqlite3_stmt *stmt, wp_err *err)
{
	int rc = sqlite3_step(stmt);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		wp_store_fail(st, "writing to the database", err);
		sqlite3_reset(stmt);
		return -1;
	}
	sqlite3_reset(stmt);
	return 0;
}

int wp_store_next(wp_store *st, sqlite3_stmt *stmt, wp_err *err)
{
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE) {
		sqlite3_reset(stmt);
		return 0;
	}
	wp_store_fail(st, "reading the database", err);
	sqlite3_reset(stmt);
	return -1;
}

sqlite3_stmt *wp_store_row(wp_store *st, const char *sql, int64_t id, const char *what, wp_err *err)
{
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return NULL;
	sqlite3_bind_int64(s, 1, id);
	int rc = wp_store_next(st, s, err);
	if (rc == 1)
		return s;
	if (rc == 0)
		wp_err_set(err, WP_TR("no %s with id %lld"), what, (long long)id);
	return NULL;
}

int wp_store_data_version(wp_store *st)
{
	static const char sql[] = "PRAGMA data_version";
	sqlite3_stmt *s = wp_store_stmt(st, sql, NULL);
	if (!s || sqlite3_step(s) != SQLITE_ROW)
		return -1;
	int v = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	return v;
}

void wp_store_work(wp_store *st, struct wp_store_work *out, bool reset)
{
	out->fullscan_steps = out->vm_steps = 0;
	for (size_t i = 0; i < st->ncache; i++) {
		sqlite3_stmt *s = st->cache[i].stmt;
		out->fullscan_steps += sqlite3_stmt_status(s, SQLITE_STMTSTATUS_FULLSCAN_STEP, reset);
		out->vm_steps += sqlite3_stmt_status(s, SQLITE_STMTSTATUS_VM_STEP, reset);
	}
}

int64_t wp_store_last_id(wp_store *st)
{
	return sqlite3_last_insert_rowid(st->db);
}

void wp_bind_text(sqlite3_stmt *stmt, int idx, const char *text)
{
	if (text)
		sqlite3_bind_text(stmt, idx, text, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(stmt, idx);
}

void wp_bind_date(sqlite3_stmt *stmt, int idx, wp_date d)
{
	if (d == WP_DATE_NONE) {
		sqlite3_bind_null(stmt, idx);
		return;
	}
	char buf[WP_DATE_ISO_SIZE];
	sqlite3_bind_text(stmt, idx, wp_date_format(d, buf), -1, SQLITE_TRANSIENT);
}

void wp_bind_id(sqlite3_stmt *stmt, int idx, int64_t id)
{
	if (id > 0)
		sqlite3_bind_int64(stmt, idx, id);
	else
		sqlite3_bind_null(stmt, idx);
}

const char *wp_col_text(sqlite3_stmt *stmt, int col)
{
	return (const char *)sqlite3_column_text(stmt, col);
}

char *wp_col_strdup(sqlite3_stmt *stmt, int col)
{
	return wp_xstrdup(wp_col_text(stmt, col));
}

wp_date wp_col_date(sqlite3_stmt *stmt, int col)
{
	const char *s = wp_col_text(stmt, col);
	wp_date d;
	if (!s || wp_date_parse(s, &d, NULL) != 0)
		return WP_DATE_NONE;
	return d;
}

/* Whether the year's arrangement is known (official, imported, or declared
 * complete by the user). */
static int year_known(wp_store *st, int year, wp_err *err)
{
	static const char sql_year[] = "SELECT 1 FROM calendar_year WHERE year = ?1";
	sqlite3_stmt *s = wp_store_stmt(st, sql_year, err);
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	int rc = wp_store_next(st, s, err);
	sqlite3_reset(s);
	return rc;
}

/* Loader for wp_calendar: for a year whose arrangement is not known, the
 * provisional days the law fixes; then the official days, then the
 * user's, each overriding what came before. */
static int load_calendar_year(void *ctx, int year, wp_calendar *cal, wp_err *err)
{
	wp_store *st = ctx;
	static const char sql_days[] =
		"SELECT day, kind, name FROM calendar_day WHERE day BETWEEN ?1 AND ?2 "
		"ORDER BY origin = 'user', day";
	int known = year_known(st, year, err);
	if (known < 0)
		return -1;
	wp_calendar_set_covered(cal, year, known == 1);
	if (!known)
		wp_provisional_fill(cal, year);
	sqlite3_stmt *s = wp_store_stmt(st, sql_days, err);
	if (!s)
		return -1;
	wp_bind_date(s, 1, wp_date_from_ymd(year, 1, 1));
	wp_bind_date(s, 2, wp_date_from_ymd(year, 12, 31));
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		wp_date d = wp_col_date(s, 0);
		const char *kind = wp_col_text(s, 1);
		if (d == WP_DATE_NONE || !kind)
			continue;
		wp_daykind k = strcmp(kind, "off") == 0    ? WP_DAY_OFF
			       : strcmp(kind, "work") == 0 ? WP_DAY_WORK
							   : WP_DAY_NORMAL;
		wp_calendar_add(cal, d, k, wp_col_text(s, 2));
	}
	return rc < 0 ? -1 : 0;
}

wp_calendar *wp_store_calendar(wp_store *st)
{
	if (!st->calendar)
		st->calendar = wp_calendar_new(load_calendar_year, st);
	return st->calendar;
}

void wp_store_calendar_changed(wp_store *st)
{
	wp_calendar_free(st->calendar);
	st->calendar = NULL;
}
