/* testutil.h - shared helpers for the Check unit tests. */
#ifndef WP_TESTUTIL_H
#define WP_TESTUTIL_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "date.h"
#include "demo.h"
#include "err.h"
#include "store.h"

/* A date from an ISO literal; fails the test on a bad literal. */
static inline wp_date D(const char *iso)
{
	wp_date d;
	wp_err err;
	ck_assert_msg(wp_date_parse(iso, &d, &err) == 0, "bad test date %s", iso);
	return d;
}

static inline const char *iso(wp_date d, char *buf)
{
	return wp_date_format(d, buf);
}

#define ck_assert_date_eq(d, expected)                                          \
	do {                                                                   \
		char buf_[WP_DATE_ISO_SIZE];                                   \
		ck_assert_str_eq(wp_date_format((d), buf_), (expected));       \
	} while (0)

static inline wp_store *open_memory(void)
{
	wp_store *st;
	wp_err err;
	int rc = wp_store_open(":memory:", &st, &err);
	ck_assert_msg(rc == 0, "opening a memory store: %s", err.msg);
	return st;
}

/* A memory store holding the bundled sample plans. */
static inline wp_store *open_demo(void)
{
	wp_store *st = open_memory();
	wp_err err;
	int rc = wp_demo_load(st, &err);
	ck_assert_msg(rc == 0, "loading the demo plans: %s", err.msg);
	return st;
}

/* One integer from a query (tests may read the database directly). */
static inline long long sql_int(wp_store *st, const char *sql)
{
	sqlite3_stmt *s;
	ck_assert_int_eq(sqlite3_prepare_v2(wp_store_db(st), sql, -1, &s, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
	long long v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

/* A fresh temporary file name (the file does not exist). Caller frees. */
static inline char *temp_path(const char *suffix)
{
	char tmpl[] = "/tmp/weekplan-test-XXXXXX";
	int fd = mkstemp(tmpl);
	ck_assert_int_ge(fd, 0);
	close(fd);
	unlink(tmpl);
	size_t n = strlen(tmpl) + strlen(suffix) + 1;
	char *p = malloc(n);
	snprintf(p, n, "%s%s", tmpl, suffix);
	return p;
}

static inline void remove_db(const char *path)
{
	char buf[512];
	unlink(path);
	snprintf(buf, sizeof buf, "%s-wal", path);
	unlink(buf);
	snprintf(buf, sizeof buf, "%s-shm", path);
	unlink(buf);
}

static inline int run_suite(Suite *s)
{
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
