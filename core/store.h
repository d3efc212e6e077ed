/* store.h - the SQLite database behind weekplan.
 *
 * A wp_store is one connection with foreign keys on, WAL journaling, a busy
 * timeout and its schema brought up to date (PRAGMA user_version). Every
 * SQL statement of the project is prepared through wp_store_stmt, which
 * caches it for the life of the connection. */
#ifndef WP_STORE_H
#define WP_STORE_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "calendar.h"
#include "date.h"
#include "err.h"

typedef struct wp_store wp_store;

/* Milliseconds to wait for another weekplan holding the write lock. */
#define WP_STORE_BUSY_MS 3000

/* Opens (creating if needed) the database at path, or a private in-memory
 * database when path is ":memory:". Refuses a file that is not a weekplan
 * database or was written by a newer weekplan. On success *out owns the
 * connection: close it with wp_store_close. */
int wp_store_open(const char *path, wp_store **out, wp_err *err);
void wp_store_close(wp_store *st);

/* Schema version this program writes. */
int wp_store_schema_version(void);

/* Upgrades a database opened by SQLite directly from its user_version to
 * the current schema, one transaction per step. Exposed for tests. */
int wp_store_migrate(sqlite3 *db, wp_err *err);

bool wp_store_readonly(const wp_store *st);
sqlite3 *wp_store_db(wp_store *st);

/* Transactions. begin takes the write lock at once (BEGIN IMMEDIATE), so a
 * concurrent writer waits or fails up front instead of midway. A begin
 * inside an open transaction is a savepoint: its commit keeps its work in
 * the outer transaction, its rollback undoes only its own work. */
int wp_store_begin(wp_store *st, wp_err *err);
int wp_store_commit(wp_store *st, wp_err *err);
void wp_store_rollback(wp_store *st);

/* A prepared statement for sql, which must be a string literal (the cache
 * is keyed by its address) holding exactly one statement. The statement is
 * reset and its bindings cleared; it stays owned by the store. */
sqlite3_stmt *wp_store_stmt(wp_store *st, const char *sql, wp_err *err);

/* Steps a statement expected to finish (INSERT/UPDATE/DELETE) and resets it. */
int wp_store_run(wp_store *st, sqlite3_stmt *stmt, wp_err *err);

/* Steps a query: 1 for a row, 0 when done (the statement is then reset),
 * -1 on error (also reset). */
int wp_store_next(wp_store *st, sqlite3_stmt *stmt, wp_err *err);

/* The one row sql selects with ?1 bound to id, the statement left on it
 * (reset it when done); NULL with err for a database error, or "no <what>
 * with id N" when there is no such row. */
sqlite3_stmt *wp_store_row(wp_store *st, const char *sql, int64_t id, const char *what, wp_err *err);

/* Fills err with the connection's last error and returns -1. */
int wp_store_fail(wp_store *st, const char *doing, wp_err *err);

int64_t wp_store_last_id(wp_store *st);

/* A number that changes when another connection commits a change to the
 * database (PRAGMA data_version): the planner polls it to redraw. */
int wp_store_data_version(wp_store *st);

/* Work done by the cached statements since the last reset: rows visited
 * by full table scans, and virtual-machine steps. Lets tests assert that a
 * query reads through indexes and that its cost does not grow with rows it
 * does not return, without timing anything. */
struct wp_store_work {
	long long fullscan_steps;
	long long vm_steps;
};
void wp_store_work(wp_store *st, struct wp_store_work *out, bool reset);

/* Binding and reading helpers: NULL text and WP_DATE_NONE map to SQL NULL. */
void wp_bind_text(sqlite3_stmt *stmt, int idx, const char *text);
void wp_bind_date(sqlite3_stmt *stmt, int idx, wp_date d);
void wp_bind_id(sqlite3_stmt *stmt, int idx, int64_t id);
const char *wp_col_text(sqlite3_stmt *stmt, int col); /* NULL for SQL NULL */
char *wp_col_strdup(sqlite3_stmt *stmt, int col);     /* caller frees */
wp_date wp_col_date(sqlite3_stmt *stmt, int col);     /* NONE for NULL/bad */

/* The working-day calendar of this database: official days, overridden by
 * the user's. Borrowed; valid until the store closes or the calendar is
 * changed (wp_store_calendar_changed). */
wp_calendar *wp_store_calendar(wp_store *st);
void wp_store_calendar_changed(wp_store *st);

#endif
