#include "config.h"

#include "committee.h"
#include "query.h"
#include "testutil.h"

static wp_store *st;
static long long camp; /* the demo campaign with the largest committee */
static int commits;

static int count_commit(void *arg)
{
	(void)arg;
	commits++;
	return 0;
}

static void setup(void)
{
	st = open_demo();
	camp = sql_int(st, "SELECT campaign_id FROM committee_member WHERE role = 'member' "
			   "GROUP BY campaign_id ORDER BY count(*) DESC, campaign_id LIMIT 1");
	commits = 0;
	sqlite3_commit_hook(wp_store_db(st), count_commit, NULL);
}

static void teardown(void)
{
	sqlite3_commit_hook(wp_store_db(st), NULL, NULL);
	wp_store_close(st);
}

/* The members of role, in order, as "A,B,C". */
static void names_of(wp_committee_role role, char *buf, size_t size)
{
	wp_committee_member *m;
	size_t n;
	wp_err err;
	ck_assert_int_eq(wp_committee_list(st, camp, &m, &n, &err), 0);
	buf[0] = 0;
	for (size_t i = 0; i < n; i++) {
		if (m[i].role != role)
			continue;
		if (buf[0])
			strncat(buf, ",", size - strlen(buf) - 1);
		strncat(buf, m[i].unit_name, size - strlen(buf) - 1);
	}
	wp_committee_list_free(m, n);
}

static long long unit_named(const char *name)
{
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT id FROM unit WHERE name = '%s'", name);
	return sql_int(st, sql);
}

START_TEST(a_member_is_added_at_the_end_of_its_role_in_one_transaction)
{
	wp_err err;
	char before[2048], after[2048];
	names_of(WP_COMMITTEE_MEMBER, before, sizeof before);
	ck_assert_int_gt(strlen(before), 0);
	ck_assert_int_eq(wp_committee_add(st, camp, "测试新单位", WP_COMMITTEE_MEMBER, &err), 0);
	ck_assert_int_eq(commits, 1);
	names_of(WP_COMMITTEE_MEMBER, after, sizeof after);
	char expected[2048];
	snprintf(expected, sizeof expected, "%s,测试新单位", before);
	ck_assert_str_eq(after, expected);
	/* Twice in the same role is refused and changes nothing. */
	ck_assert_int_eq(wp_committee_add(st, camp, "测试新单位", WP_COMMITTEE_MEMBER, &err), -1);
	ck_assert_int_eq(commits, 1);
	names_of(WP_COMMITTEE_MEMBER, after, sizeof after);
	ck_assert_str_eq(after, expected);
	ck_assert_int_eq(wp_committee_add(st, camp, "", WP_COMMITTEE_MEMBER, &err), -1);
}
END_TEST

START_TEST(a_role_changes_only_from_the_role_the_editor_saw)
{
	wp_err err;
	ck_assert_int_eq(wp_committee_add(st, camp, "测试新单位", WP_COMMITTEE_MEMBER, &err), 0);
	long long unit = unit_named("测试新单位");
	commits = 0;
	ck_assert_int_eq(wp_committee_set_role(st, camp, unit, WP_COMMITTEE_MEMBER,
					       WP_COMMITTEE_VICE_CHAIR, &err),
			 0);
	ck_assert_int_eq(commits, 1);
	char names[2048];
	names_of(WP_COMMITTEE_VICE_CHAIR, names, sizeof names);
	ck_assert_ptr_nonnull(strstr(names, "测试新单位"));
	names_of(WP_COMMITTEE_MEMBER, names, sizeof names);
	ck_assert_ptr_null(strstr(names, "测试新单位"));
	/* A second editor still sees it as a member. */
	ck_assert_int_eq(wp_committee_set_role(st, camp, unit, WP_COMMITTEE_MEMBER,
					       WP_COMMITTEE_OFFICE, &err),
			 WP_EDIT_CONFLICT);
	ck_assert_int_eq(commits, 1);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM committee_member m JOIN unit u "
				     "ON u.id = m.unit_id WHERE u.name = '测试新单位'"),
			 1);
	ck_assert_int_eq(wp_committee_remove(st, camp, unit, WP_COMMITTEE_MEMBER, &err),
			 WP_EDIT_CONFLICT);
	ck_assert_int_eq(wp_committee_remove(st, camp, unit, WP_COMMITTEE_VICE_CHAIR, &err), 0);
	ck_assert_int_eq(commits, 2);
	ck_assert_int_eq(sql_int(st, "SELECT count(*) FROM committee_member m JOIN unit u "
				     "ON u.id = m.unit_id WHERE u.name = '测试新单位'"),
			 0);
	ck_assert_str_eq(wp_committee_role_key(WP_COMMITTEE_VICE_CHAIR), "vice_chair");
}
END_TEST

/* The rows of the matrix that are committee members of role, in order. */
static void matrix_names(int rank, char *buf, size_t size)
{
	wp_matrix m = {0};
	wp_err err;
	ck_assert_int_eq(wp_query_matrix(st, camp, &m, &err), 0);
	buf[0] = 0;
	for (size_t i = 0; i < m.nunits; i++) {
		if (m.units[i].rank != rank)
			continue;
		if (buf[0])
			strncat(buf, ",", size - strlen(buf) - 1);
		strncat(buf, m.units[i].name, size - strlen(buf) - 1);
	}
	wp_matrix_clear(&m);
}

START_TEST(moving_a_member_reorders_the_committee_and_the_matrix)
{
	wp_committee_member *m;
	size_t n;
	wp_err err;
	ck_assert_int_eq(wp_committee_list(st, camp, &m, &n, &err), 0);
	size_t first = n;
	for (size_t i = 0; i < n && first == n; i++)
		if (m[i].role == WP_COMMITTEE_MEMBER)
			first = i;
	ck_assert_uint_lt(first + 1, n);
	ck_assert_int_eq(m[first + 1].role, WP_COMMITTEE_MEMBER);
	int64_t a = m[first].unit_id;
	char expected[2048];
	snprintf(expected, sizeof expected, "%s,%s", m[first + 1].unit_name, m[first].unit_name);
	wp_committee_list_free(m, n);

	ck_assert_int_eq(wp_committee_move(st, camp, a, WP_COMMITTEE_MEMBER, +1, &err), 0);
	ck_assert_int_eq(commits, 1);
	char names[2048], rows[2048];
	names_of(WP_COMMITTEE_MEMBER, names, sizeof names);
	ck_assert_int_eq(strncmp(names, expected, strlen(expected)), 0);
	matrix_names(WP_RANK_MEMBER, rows, sizeof rows);
	ck_assert_str_eq(rows, names);
	/* Back up, and past the top changes nothing. */
	ck_assert_int_eq(wp_committee_move(st, camp, a, WP_COMMITTEE_MEMBER, -1, &err), 0);
	ck_assert_int_eq(wp_committee_move(st, camp, a, WP_COMMITTEE_MEMBER, -1, &err), 0);
	names_of(WP_COMMITTEE_MEMBER, names, sizeof names);
	matrix_names(WP_RANK_MEMBER, rows, sizeof rows);
	ck_assert_str_eq(rows, names);
	ck_assert_int_ne(strncmp(names, expected, strlen(expected)), 0);
	/* A member another editor removed cannot be moved. */
	ck_assert_int_eq(wp_committee_move(st, camp, a, WP_COMMITTEE_OFFICE, +1, &err),
			 WP_EDIT_CONFLICT);
}
END_TEST

START_TEST(contacts_are_added_edited_and_removed_against_what_the_editor_saw)
{
	wp_err err;
	long long unit = sql_int(st, "SELECT unit_id FROM committee_member LIMIT 1");
	wp_contact c = {.name = "张三", .phone = "0772-1234567", .unit_id = unit};
	int64_t id;
	ck_assert_int_eq(wp_contact_add(st, camp, &c, &id, &err), 0);
	ck_assert_int_eq(commits, 1);
	wp_contact *list;
	size_t n;
	ck_assert_int_eq(wp_contact_list(st, camp, &list, &n, &err), 0);
	ck_assert_uint_gt(n, 0);
	wp_contact *seen = &list[n - 1]; /* added last */
	ck_assert_int_eq(seen->id, id);
	ck_assert_str_eq(seen->name, "张三");
	ck_assert_str_eq(seen->phone, "0772-1234567");
	ck_assert_ptr_null(seen->email);
	ck_assert_int_eq(seen->unit_id, unit);
	ck_assert_ptr_nonnull(seen->unit_name);

	wp_contact changed = {.name = "张三", .email = "zs@example.cn"};
	ck_assert_int_eq(wp_contact_update(st, seen, &changed, &err), 0);
	ck_assert_int_eq(commits, 2);
	/* Another editor still holds the old phone number. */
	ck_assert_int_eq(wp_contact_update(st, seen, &c, &err), WP_EDIT_CONFLICT);
	ck_assert_int_eq(wp_contact_delete(st, seen, &err), WP_EDIT_CONFLICT);
	ck_assert_int_eq(commits, 2);
	char sql[128];
	snprintf(sql, sizeof sql,
		 "SELECT phone IS NULL AND unit_id IS NULL AND email = 'zs@example.cn' "
		 "FROM contact WHERE id = %lld",
		 (long long)id);
	ck_assert_int_eq(sql_int(st, sql), 1);
	wp_contact_list_free(list, n);

	ck_assert_int_eq(wp_contact_list(st, camp, &list, &n, &err), 0);
	ck_assert_int_eq(wp_contact_delete(st, &list[n - 1], &err), 0);
	ck_assert_int_eq(commits, 3);
	wp_contact_list_free(list, n);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM contact WHERE id = %lld", (long long)id);
	ck_assert_int_eq(sql_int(st, sql), 0);
	wp_contact nameless = {.name = ""};
	ck_assert_int_eq(wp_contact_add(st, camp, &nameless, NULL, &err), -1);
}
END_TEST

/* The whole committee as "role:unit" lines, in order. */
static char *committee_text(void)
{
	wp_committee_member *m;
	size_t n;
	wp_err err;
	ck_assert_int_eq(wp_committee_list(st, camp, &m, &n, &err), 0);
	wp_buf b = WP_BUF_INIT;
	for (size_t i = 0; i < n; i++)
		wp_buf_printf(&b, "%d:%lld\n", (int)m[i].role, (long long)m[i].unit_id);
	wp_committee_list_free(m, n);
	return wp_buf_take(&b);
}

/* Undo of a role change puts the member back in its role and its place,
 * but only over the committee the change left. */
START_TEST(a_committee_is_restored_only_over_what_the_change_left)
{
	wp_err err;
	wp_committee_member *before, *after;
	size_t nbefore, nafter;
	char *was = committee_text();
	ck_assert_int_eq(wp_committee_list(st, camp, &before, &nbefore, &err), 0);
	ck_assert_uint_gt(nbefore, 3);
	/* The second member (not the last of its role) becomes office. */
	size_t k = 0;
	while (k < nbefore && before[k].role != WP_COMMITTEE_MEMBER)
		k++;
	ck_assert_uint_lt(k + 2, nbefore);
	ck_assert_int_eq(wp_committee_set_role(st, camp, before[k].unit_id, WP_COMMITTEE_MEMBER,
					       WP_COMMITTEE_OFFICE, &err), 0);
	ck_assert_int_eq(wp_committee_list(st, camp, &after, &nafter, &err), 0);
	commits = 0;
	/* Seen as it was before the change: refused, nothing changes. */
	ck_assert_int_eq(wp_committee_restore(st, camp, before, nbefore, before, nbefore, &err),
			 WP_EDIT_CONFLICT);
	ck_assert_int_eq(commits, 0);
	ck_assert_int_eq(wp_committee_restore(st, camp, after, nafter, before, nbefore, &err), 0);
	ck_assert_int_eq(commits, 1);
	char *now = committee_text();
	ck_assert_str_eq(now, was);
	free(now);
	free(was);
	wp_committee_list_free(before, nbefore);
	wp_committee_list_free(after, nafter);
}
END_TEST

/* Undo of a removed contact brings it back with its id, fields and place. */
START_TEST(contacts_are_restored_with_their_ids_and_order)
{
	wp_err err;
	wp_contact a = {.name = "甲", .phone = "1"}, b = {.name = "乙", .email = "y@x.cn"};
	int64_t ida, idb;
	ck_assert_int_eq(wp_contact_add(st, camp, &a, &ida, &err), 0);
	ck_assert_int_eq(wp_contact_add(st, camp, &b, &idb, &err), 0);
	wp_contact *before, *after;
	size_t nbefore, nafter;
	ck_assert_int_eq(wp_contact_list(st, camp, &before, &nbefore, &err), 0);
	ck_assert_int_eq(wp_contact_delete(st, &before[nbefore - 2], &err), 0);
	ck_assert_int_eq(wp_contact_list(st, camp, &after, &nafter, &err), 0);
	ck_assert_uint_eq(nafter, nbefore - 1);
	ck_assert_int_eq(wp_contact_restore(st, camp, before, nbefore, before, nbefore, &err),
			 WP_EDIT_CONFLICT);
	ck_assert_int_eq(wp_contact_restore(st, camp, after, nafter, before, nbefore, &err), 0);
	wp_contact *now;
	size_t nnow;
	ck_assert_int_eq(wp_contact_list(st, camp, &now, &nnow, &err), 0);
	ck_assert_uint_eq(nnow, nbefore);
	ck_assert_int_eq(now[nnow - 2].id, ida);
	ck_assert_str_eq(now[nnow - 2].name, "甲");
	ck_assert_str_eq(now[nnow - 2].phone, "1");
	ck_assert_int_eq(now[nnow - 1].id, idb);
	ck_assert_str_eq(now[nnow - 1].email, "y@x.cn");
	wp_contact_list_free(now, nnow);
	wp_contact_list_free(before, nbefore);
	wp_contact_list_free(after, nafter);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("committee");
	TCase *tc = tcase_create("committee and contacts");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, a_member_is_added_at_the_end_of_its_role_in_one_transaction);
	tcase_add_test(tc, a_role_changes_only_from_the_role_the_editor_saw);
	tcase_add_test(tc, moving_a_member_reorders_the_committee_and_the_matrix);
	tcase_add_test(tc, contacts_are_added_edited_and_removed_against_what_the_editor_saw);
	tcase_add_test(tc, a_committee_is_restored_only_over_what_the_change_left);
	tcase_add_test(tc, contacts_are_restored_with_their_ids_and_order);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
