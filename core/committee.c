/* committee.c - the committee and contacts of a campaign, read and edited.
 * See committee.h for the conflict rule. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "committee.h"
#include "i18n-core.h"
#include "store.h"
#include "unit.h"

static const char *const role_keys[WP_COMMITTEE_NROLES] = {"chair", "vice_chair", "member",
							     "office"};
static const char *const role_labels[WP_COMMITTEE_NROLES] = {
	WP_N_("chair"), WP_N_("vice-chair"), WP_N_("member"), WP_N_("office")};

const char *wp_committee_role_key(wp_committee_role role)
{
	return role < WP_COMMITTEE_NROLES ? role_keys[role] : "member";
}

const char *wp_committee_role_label(wp_committee_role role)
{
	return WP_TR(role_labels[role < WP_COMMITTEE_NROLES ? role : WP_COMMITTEE_MEMBER]);
}

static wp_committee_role role_of(const char *key)
{
	for (int r = 0; r < WP_COMMITTEE_NROLES; r++)
		if (key && strcmp(key, role_keys[r]) == 0)
			return (wp_committee_role)r;
	return WP_COMMITTEE_MEMBER;
}

static int conflict(wp_err *err)
{
	wp_err_set(err, WP_TR("someone else changed the committee meanwhile; "
			      "the screen now shows their change"));
	return WP_EDIT_CONFLICT;
}

/* Ends the transaction begun by a change: commits on 0, else rolls back
 * and passes rc on. */
static int finish(struct wp_store *st, int rc, wp_err *err)
{
	if (rc != 0) {
		wp_store_rollback(st);
		return rc;
	}
	return wp_store_commit(st, err);
}

int wp_committee_list(struct wp_store *st, int64_t campaign_id, wp_committee_member **out,
		      size_t *n, wp_err *err)
{
	static const char sql[] =
		"SELECT m.unit_id, u.name, m.role FROM committee_member m "
		"JOIN unit u ON u.id = m.unit_id WHERE m.campaign_id = ?1 "
		"ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 "
		"WHEN 'member' THEN 2 ELSE 3 END, m.seq";
	*out = NULL;
	*n = 0;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	int rc;
	int seq[WP_COMMITTEE_NROLES] = {0};
	while ((rc = wp_store_next(st, s, err)) == 1) {
		*out = wp_xrealloc(*out, (*n + 1) * sizeof **out);
		wp_committee_role role = role_of(wp_col_text(s, 2));
		/* seq is reported as the position, so gaps left by removals
		 * do not show. */
		(*out)[(*n)++] = (wp_committee_member){sqlite3_column_int64(s, 0),
						       wp_xstrdup(wp_col_text(s, 1)), role,
						       seq[role]++};
	}
	if (rc < 0) {
		wp_committee_list_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

void wp_committee_list_free(wp_committee_member *m, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(m[i].unit_name);
	free(m);
}

/* The member's seq in role: 1 when it holds role, 0 when not, -1 on error. */
static int member_seq(struct wp_store *st, int64_t campaign_id, int64_t unit_id,
		      wp_committee_role role, int *seq, wp_err *err)
{
	static const char sql[] = "SELECT seq FROM committee_member "
				  "WHERE campaign_id = ?1 AND unit_id = ?2 AND role = ?3";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	sqlite3_bind_int64(s, 2, unit_id);
	wp_bind_text(s, 3, role_keys[role]);
	int rc = wp_store_next(st, s, err);
	if (rc == 1) {
		*seq = sqlite3_column_int(s, 0);
		sqlite3_reset(s);
	}
	return rc;
}

static int insert_member(struct wp_store *st, int64_t campaign_id, int64_t unit_id,
			 wp_committee_role role, wp_err *err)
{
	static const char sql[] =
		"INSERT INTO committee_member(campaign_id, unit_id, role, seq) VALUES (?1, ?2, ?3, "
		" (SELECT coalesce(max(seq) + 1, 0) FROM committee_member "
		"  WHERE campaign_id = ?1 AND role = ?3))";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	sqlite3_bind_int64(s, 2, unit_id);
	wp_bind_text(s, 3, role_keys[role]);
	return wp_store_run(st, s, err);
}

static int delete_member(struct wp_store *st, int64_t campaign_id, int64_t unit_id,
			 wp_committee_role role, wp_err *err)
{
	static const char sql[] = "DELETE FROM committee_member "
				  "WHERE campaign_id = ?1 AND unit_id = ?2 AND role = ?3";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	sqlite3_bind_int64(s, 2, unit_id);
	wp_bind_text(s, 3, role_keys[role]);
	return wp_store_run(st, s, err);
}

static int campaign_unit(struct wp_store *st, int64_t campaign_id, const char *name,
			 int64_t *unit_id, wp_err *err)
{
	static const char sql[] = "SELECT region FROM campaign WHERE id = ?1";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	int rc = wp_store_next(st, s, err);
	if (rc <= 0)
		return rc < 0 ? -1 : wp_err_set(err, WP_TR("no campaign with id %lld"),
						(long long)campaign_id);
	char *region = wp_xstrdup(wp_col_text(s, 0));
	sqlite3_reset(s);
	rc = wp_unit_ensure(st, region, name, unit_id, err);
	free(region);
	return rc;
}

int wp_committee_add(struct wp_store *st, int64_t campaign_id, const char *unit_name,
		     wp_committee_role role, wp_err *err)
{
	if (role >= WP_COMMITTEE_NROLES)
		return wp_err_set(err, "unknown committee role");
	if (!unit_name || !*unit_name)
		return wp_err_set(err, WP_TR("a committee member needs a unit name"));
	if (wp_store_begin(st, err) != 0)
		return -1;
	int64_t unit_id;
	int seq;
	int rc = campaign_unit(st, campaign_id, unit_name, &unit_id, err);
	if (rc == 0) {
		rc = member_seq(st, campaign_id, unit_id, role, &seq, err);
		if (rc == 1)
			rc = wp_err_set(err, WP_TR("%s is already %s of the committee"), unit_name,
					wp_committee_role_label(role));
	}
	if (rc == 0)
		rc = insert_member(st, campaign_id, unit_id, role, err);
	return finish(st, rc, err);
}

int wp_committee_set_role(struct wp_store *st, int64_t campaign_id, int64_t unit_id,
			  wp_committee_role expected, wp_committee_role role, wp_err *err)
{
	if (role >= WP_COMMITTEE_NROLES || expected >= WP_COMMITTEE_NROLES)
		return wp_err_set(err, "unknown committee role");
	if (role == expected)
		return 0;
	if (wp_store_begin(st, err) != 0)
		return -1;
	int seq;
	int rc = member_seq(st, campaign_id, unit_id, expected, &seq, err);
	if (rc == 0)
		rc = conflict(err);
	else if (rc == 1) {
		/* Holding the new role too (another editor's doing) would
		 * merge two rows into one; say so rather than guess. */
		rc = member_seq(st, campaign_id, unit_id, role, &seq, err);
		if (rc == 1)
			rc = conflict(err);
	}
	if (rc == 0)
		rc = delete_member(st, campaign_id, unit_id, expected, err);
	if (rc == 0)
		rc = insert_member(st, campaign_id, unit_id, role, err);
	return finish(st, rc, err);
}

int wp_committee_remove(struct wp_store *st, int64_t campaign_id, int64_t unit_id,
			wp_committee_role expected, wp_err *err)
{
	if (expected >= WP_COMMITTEE_NROLES)
		return wp_err_set(err, "unknown committee role");
	if (wp_store_begin(st, err) != 0)
		return -1;
	int seq;
	int rc = member_seq(st, campaign_id, unit_id, expected, &seq, err);
	if (rc == 0)
		rc = conflict(err);
	else if (rc == 1)
		rc = delete_member(st, campaign_id, unit_id, expected, err);
	return finish(st, rc, err);
}

static bool same_committee(const wp_committee_member *a, size_t na,
			   const wp_committee_member *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (a[i].unit_id != b[i].unit_id || a[i].role != b[i].role)
			return false;
	return true;
}

int wp_committee_restore(struct wp_store *st, int64_t campaign_id,
			 const wp_committee_member *expected, size_t nexpected,
			 const wp_committee_member *members, size_t n, wp_err *err)
{
	static const char sql[] = "DELETE FROM committee_member WHERE campaign_id = ?1";
	if (wp_store_begin(st, err) != 0)
		return -1;
	wp_committee_member *now;
	size_t nnow;
	int rc = wp_committee_list(st, campaign_id, &now, &nnow, err);
	if (rc == 0) {
		if (!same_committee(now, nnow, expected, nexpected))
			rc = conflict(err);
		wp_committee_list_free(now, nnow);
	}
	if (rc == 0) {
		sqlite3_stmt *s = wp_store_stmt(st, sql, err);
		rc = -1;
		if (s) {
			sqlite3_bind_int64(s, 1, campaign_id);
			rc = wp_store_run(st, s, err);
		}
	}
	/* Appended in list order, each at the end of its role. */
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = insert_member(st, campaign_id, members[i].unit_id, members[i].role, err);
	return finish(st, rc, err);
}

/* The nearest member of role before (delta < 0) or after seq: 1 found. */
static int neighbour(struct wp_store *st, int64_t campaign_id, wp_committee_role role, int seq,
		     int delta, int64_t *unit_id, int *nseq, wp_err *err)
{
	static const char sql_up[] = "SELECT unit_id, seq FROM committee_member "
				     "WHERE campaign_id = ?1 AND role = ?2 AND seq < ?3 "
				     "ORDER BY seq DESC LIMIT 1";
	static const char sql_down[] = "SELECT unit_id, seq FROM committee_member "
				       "WHERE campaign_id = ?1 AND role = ?2 AND seq > ?3 "
				       "ORDER BY seq LIMIT 1";
	sqlite3_stmt *s = wp_store_stmt(st, delta < 0 ? sql_up : sql_down, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	wp_bind_text(s, 2, role_keys[role]);
	sqlite3_bind_int(s, 3, seq);
	int rc = wp_store_next(st, s, err);
	if (rc == 1) {
		*unit_id = sqlite3_column_int64(s, 0);
		*nseq = sqlite3_column_int(s, 1);
		sqlite3_reset(s);
	}
	return rc;
}

static int set_seq(struct wp_store *st, int64_t campaign_id, int64_t unit_id,
		   wp_committee_role role, int seq, wp_err *err)
{
	static const char sql[] = "UPDATE committee_member SET seq = ?4 "
				  "WHERE campaign_id = ?1 AND unit_id = ?2 AND role = ?3";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	sqlite3_bind_int64(s, 2, unit_id);
	wp_bind_text(s, 3, role_keys[role]);
	sqlite3_bind_int(s, 4, seq);
	return wp_store_run(st, s, err);
}

int wp_committee_move(struct wp_store *st, int64_t campaign_id, int64_t unit_id,
		      wp_committee_role role, int delta, wp_err *err)
{
	if (role >= WP_COMMITTEE_NROLES)
		return wp_err_set(err, "unknown committee role");
	if (delta == 0)
		return 0;
	if (wp_store_begin(st, err) != 0)
		return -1;
	int seq, nseq;
	int64_t other;
	int rc = member_seq(st, campaign_id, unit_id, role, &seq, err);
	if (rc == 0)
		rc = conflict(err);
	else if (rc == 1) {
		rc = neighbour(st, campaign_id, role, seq, delta, &other, &nseq, err);
		if (rc == 1) {
			rc = set_seq(st, campaign_id, unit_id, role, nseq, err);
			if (rc == 0)
				rc = set_seq(st, campaign_id, other, role, seq, err);
		}
	}
	return finish(st, rc, err);
}

/* Contacts. */

static void bind_id_or_null(sqlite3_stmt *s, int idx, int64_t id)
{
	if (id > 0)
		sqlite3_bind_int64(s, idx, id);
	else
		sqlite3_bind_null(s, idx);
}

static char *dup_or_null(const char *s)
{
	return s && *s ? wp_xstrdup(s) : NULL;
}

int wp_contact_list(struct wp_store *st, int64_t campaign_id, wp_contact **out, size_t *n,
		    wp_err *err)
{
	static const char sql[] =
		"SELECT c.id, coalesce(c.unit_id, 0), coalesce(c.activity_id, 0), c.name, "
		"c.phone, c.email, u.name, a.title FROM contact c "
		"LEFT JOIN unit u ON u.id = c.unit_id LEFT JOIN activity a ON a.id = c.activity_id "
		"WHERE c.campaign_id = ?1 ORDER BY c.seq, c.id";
	*out = NULL;
	*n = 0;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	int rc;
	while ((rc = wp_store_next(st, s, err)) == 1) {
		*out = wp_xrealloc(*out, (*n + 1) * sizeof **out);
		(*out)[(*n)++] = (wp_contact){
			.id = sqlite3_column_int64(s, 0),
			.unit_id = sqlite3_column_int64(s, 1),
			.activity_id = sqlite3_column_int64(s, 2),
			.name = wp_xstrdup(wp_col_text(s, 3) ? wp_col_text(s, 3) : ""),
			.phone = dup_or_null(wp_col_text(s, 4)),
			.email = dup_or_null(wp_col_text(s, 5)),
			.unit_name = dup_or_null(wp_col_text(s, 6)),
			.activity_title = dup_or_null(wp_col_text(s, 7)),
		};
	}
	if (rc < 0) {
		wp_contact_list_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

void wp_contact_list_free(wp_contact *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c[i].name);
		free(c[i].phone);
		free(c[i].email);
		free(c[i].unit_name);
		free(c[i].activity_title);
	}
	free(c);
}

static int contact_check(const wp_contact *c, wp_err *err)
{
	if (!c->name || !*c->name)
		return wp_err_set(err, WP_TR("a contact needs a name"));
	return 0;
}

int wp_contact_add(struct wp_store *st, int64_t campaign_id, const wp_contact *c, int64_t *id,
		   wp_err *err)
{
	static const char sql[] =
		"INSERT INTO contact(campaign_id, activity_id, unit_id, seq, name, phone, email) "
		"VALUES (?1, ?2, ?3, (SELECT coalesce(max(seq) + 1, 0) FROM contact "
		"  WHERE campaign_id = ?1), ?4, ?5, ?6)";
	if (contact_check(c, err) != 0)
		return -1;
	if (wp_store_begin(st, err) != 0)
		return -1;
	int rc = -1;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (s) {
		sqlite3_bind_int64(s, 1, campaign_id);
		bind_id_or_null(s, 2, c->activity_id);
		bind_id_or_null(s, 3, c->unit_id);
		wp_bind_text(s, 4, c->name);
		wp_bind_text(s, 5, c->phone && *c->phone ? c->phone : NULL);
		wp_bind_text(s, 6, c->email && *c->email ? c->email : NULL);
		rc = wp_store_run(st, s, err);
	}
	if (rc == 0 && id)
		*id = sqlite3_last_insert_rowid(wp_store_db(st));
	return finish(st, rc, err);
}

/* 1 when the stored contact still holds what the editor saw, 0 when it
 * changed or is gone. Empty and NULL texts are the same. */
static int contact_unchanged(struct wp_store *st, const wp_contact *seen, wp_err *err)
{
	static const char sql[] =
		"SELECT 1 FROM contact WHERE id = ?1 AND name = ?2 "
		"AND coalesce(phone, '') = coalesce(?3, '') AND coalesce(email, '') = coalesce(?4, '') "
		"AND coalesce(unit_id, 0) = ?5 AND coalesce(activity_id, 0) = ?6";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, seen->id);
	wp_bind_text(s, 2, seen->name ? seen->name : "");
	wp_bind_text(s, 3, seen->phone);
	wp_bind_text(s, 4, seen->email);
	sqlite3_bind_int64(s, 5, seen->unit_id > 0 ? seen->unit_id : 0);
	sqlite3_bind_int64(s, 6, seen->activity_id > 0 ? seen->activity_id : 0);
	int rc = wp_store_next(st, s, err);
	if (rc == 1)
		sqlite3_reset(s);
	return rc;
}

static int contact_conflict(wp_err *err)
{
	wp_err_set(err, WP_TR("someone else changed this contact meanwhile; "
			      "the screen now shows their change"));
	return WP_EDIT_CONFLICT;
}

int wp_contact_update(struct wp_store *st, const wp_contact *expected, const wp_contact *c,
		      wp_err *err)
{
	static const char sql[] = "UPDATE contact SET name = ?2, phone = ?3, email = ?4, "
				  "unit_id = ?5, activity_id = ?6 WHERE id = ?1";
	if (contact_check(c, err) != 0)
		return -1;
	if (wp_store_begin(st, err) != 0)
		return -1;
	int rc = contact_unchanged(st, expected, err);
	if (rc == 0)
		rc = contact_conflict(err);
	else if (rc == 1) {
		sqlite3_stmt *s = wp_store_stmt(st, sql, err);
		rc = -1;
		if (s) {
			sqlite3_bind_int64(s, 1, expected->id);
			wp_bind_text(s, 2, c->name);
			wp_bind_text(s, 3, c->phone && *c->phone ? c->phone : NULL);
			wp_bind_text(s, 4, c->email && *c->email ? c->email : NULL);
			bind_id_or_null(s, 5, c->unit_id);
			bind_id_or_null(s, 6, c->activity_id);
			rc = wp_store_run(st, s, err);
		}
	}
	return finish(st, rc, err);
}

int wp_contact_delete(struct wp_store *st, const wp_contact *expected, wp_err *err)
{
	static const char sql[] = "DELETE FROM contact WHERE id = ?1";
	if (wp_store_begin(st, err) != 0)
		return -1;
	int rc = contact_unchanged(st, expected, err);
	if (rc == 0)
		rc = contact_conflict(err);
	else if (rc == 1) {
		sqlite3_stmt *s = wp_store_stmt(st, sql, err);
		rc = -1;
		if (s) {
			sqlite3_bind_int64(s, 1, expected->id);
			rc = wp_store_run(st, s, err);
		}
	}
	return finish(st, rc, err);
}

static bool same_text(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

static bool same_contacts(const wp_contact *a, size_t na, const wp_contact *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (a[i].id != b[i].id || a[i].unit_id != b[i].unit_id ||
		    a[i].activity_id != b[i].activity_id || !same_text(a[i].name, b[i].name) ||
		    !same_text(a[i].phone, b[i].phone) || !same_text(a[i].email, b[i].email))
			return false;
	return true;
}

static int insert_contact_as(struct wp_store *st, int64_t campaign_id, const wp_contact *c,
			     int seq, wp_err *err)
{
	static const char sql[] =
		"INSERT INTO contact(id, campaign_id, activity_id, unit_id, seq, name, phone, email) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, c->id);
	sqlite3_bind_int64(s, 2, campaign_id);
	bind_id_or_null(s, 3, c->activity_id);
	bind_id_or_null(s, 4, c->unit_id);
	sqlite3_bind_int(s, 5, seq);
	wp_bind_text(s, 6, c->name ? c->name : "");
	wp_bind_text(s, 7, c->phone && *c->phone ? c->phone : NULL);
	wp_bind_text(s, 8, c->email && *c->email ? c->email : NULL);
	return wp_store_run(st, s, err);
}

int wp_contact_restore(struct wp_store *st, int64_t campaign_id, const wp_contact *expected,
		       size_t nexpected, const wp_contact *contacts, size_t n, wp_err *err)
{
	static const char sql[] = "DELETE FROM contact WHERE campaign_id = ?1";
	if (wp_store_begin(st, err) != 0)
		return -1;
	wp_contact *now;
	size_t nnow;
	int rc = wp_contact_list(st, campaign_id, &now, &nnow, err);
	if (rc == 0) {
		if (!same_contacts(now, nnow, expected, nexpected))
			rc = contact_conflict(err);
		wp_contact_list_free(now, nnow);
	}
	if (rc == 0) {
		sqlite3_stmt *s = wp_store_stmt(st, sql, err);
		rc = -1;
		if (s) {
			sqlite3_bind_int64(s, 1, campaign_id);
			rc = wp_store_run(st, s, err);
		}
	}
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = insert_contact_as(st, campaign_id, &contacts[i], (int)i, err);
	return finish(st, rc, err);
}
