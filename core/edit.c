#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

#include "deadline.h"
#include "edit.h"
#include "group.h"
#include "i18n-core.h"
#include "store.h"

int wp_edit_get_role(struct wp_store *st, int64_t activity_id, int64_t unit_id, char *role,
		     wp_err *err)
{
	static const char sql[] = "SELECT role FROM assignment WHERE activity_id = ?1 AND unit_id = ?2";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, activity_id);
	sqlite3_bind_int64(s, 2, unit_id);
	int rc = wp_store_next(st, s, err);
	*role = 0;
	if (rc == 1) {
		*role = strcmp(wp_col_text(s, 0), "lead") == 0 ? 'L' : 'C';
		sqlite3_reset(s);
	}
	return rc < 0 ? -1 : 0;
}

int wp_edit_roles(struct wp_store *st, int64_t activity_id, wp_role_entry **out, size_t *n,
		  wp_err *err)
{
	static const char sql[] = "SELECT unit_id, role FROM assignment WHERE activity_id = ?1 "
				  "ORDER BY seq";
	*out = NULL;
	*n = 0;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, activity_id);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		*out = wp_xrealloc(*out, (*n + 1) * sizeof **out);
		(*out)[(*n)++] = (wp_role_entry){sqlite3_column_int64(s, 0),
						 strcmp(wp_col_text(s, 1), "lead") == 0 ? 'L' : 'C'};
	}
	if (rc < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

static int write_role(struct wp_store *st, int64_t activity_id, int64_t unit_id, char role,
		      wp_err *err)
{
	static const char sql_delete[] =
		"DELETE FROM assignment WHERE activity_id = ?1 AND unit_id = ?2";
	static const char sql_upsert[] =
		"INSERT INTO assignment(activity_id, unit_id, role, seq, start_date) "
		"VALUES (?1, ?2, ?3, "
		" (SELECT coalesce(max(seq) + 1, 0) FROM assignment WHERE activity_id = ?1), "
		" (SELECT start_date FROM activity WHERE id = ?1)) "
		"ON CONFLICT (activity_id, unit_id) DO UPDATE SET role = excluded.role";
	sqlite3_stmt *s = wp_store_stmt(st, role ? sql_upsert : sql_delete, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, activity_id);
	sqlite3_bind_int64(s, 2, unit_id);
	if (role)
		wp_bind_text(s, 3, role == 'L' ? "lead" : "cooperate");
	return wp_store_run(st, s, err);
}

int wp_edit_role(struct wp_store *st, int64_t activity_id, int64_t unit_id, char expected,
		 char role, wp_err *err)
{
	if (role != 0 && role != 'L' && role != 'C')
		return wp_err_set(err, "unknown role");
	if (wp_store_begin(st, err) != 0)
		return -1;
	char current;
	int rc = wp_edit_get_role(st, activity_id, unit_id, &current, err);
	if (rc == 0 && current != expected)
		rc = WP_EDIT_CONFLICT, wp_err_set(err, WP_TR("someone else changed this cell meanwhile; "
							     "the screen now shows their change"));
	if (rc == 0)
		rc = write_role(st, activity_id, unit_id, role, err);
	if (rc != 0) {
		wp_store_rollback(st);
		return rc;
	}
	return wp_store_commit(st, err);
}

int wp_edit_status(struct wp_store *st, int64_t deadline_id, int64_t unit_id, wp_date expected,
		   wp_date submitted_on, wp_err *err)
{
	if (wp_store_begin(st, err) != 0)
		return -1;
	wp_date current = WP_DATE_NONE;
	/* unit_id may owe the report as a member of a group (group.h). */
	int rc = wp_group_status(st, deadline_id, unit_id, &current, err);
	if (rc == 0 && current != expected)
		rc = WP_EDIT_CONFLICT, wp_err_set(err, WP_TR("someone else changed this report's status "
							     "meanwhile; the screen now shows their change"));
	if (rc == 0)
		rc = wp_group_set_status(st, deadline_id, unit_id, submitted_on, err);
	if (rc != 0) {
		wp_store_rollback(st);
		return rc;
	}
	return wp_store_commit(st, err);
}
