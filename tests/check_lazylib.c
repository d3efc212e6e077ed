/* check_lazylib.c - a library opened at first use (core/lazylib.c): its
 * functions land in the caller's table and work, and a missing library
 * or function is one line saying what to install. libzip stands for any
 * library (configure found its soname); the missing ones are named so
 * that no system has them. */
#include "config.h"

#include <zip.h>

#include "lazylib.h"
#include "testutil.h"

struct zip_table {
	__typeof__(&zip_error_init) zip_error_init;
	__typeof__(&zip_error_code_zip) zip_error_code_zip;
};

static const struct wp_lazylib_sym zip_syms[] = {
	WP_LAZYLIB_SYM(struct zip_table, zip_error_init),
	WP_LAZYLIB_SYM(struct zip_table, zip_error_code_zip),
};

static struct wp_lazylib lib(const char *soname, const char *package, const struct wp_lazylib_sym *syms,
			     size_t nsyms)
{
	return (struct wp_lazylib){soname, package, "reading test files", syms, nsyms};
}

START_TEST(fills_the_callers_table_with_working_functions)
{
	struct wp_lazylib zip = lib(WP_LIBZIP_SONAME, WP_LIBZIP_PACKAGE, zip_syms, 2);
	struct zip_table t = {NULL, NULL};
	wp_err err = {""};
	ck_assert_int_eq(wp_lazylib_load(&zip, &t, &err), 0);
	ck_assert_str_eq(err.msg, "");
	ck_assert(t.zip_error_init != NULL);
	zip_error_t ze;
	memset(&ze, 0xff, sizeof ze);
	t.zip_error_init(&ze);
	ck_assert_int_eq(t.zip_error_code_zip(&ze), ZIP_ER_OK);
}
END_TEST

START_TEST(a_second_load_gives_the_same_functions)
{
	struct wp_lazylib zip = lib(WP_LIBZIP_SONAME, WP_LIBZIP_PACKAGE, zip_syms, 2);
	struct zip_table a, b;
	ck_assert_int_eq(wp_lazylib_load(&zip, &a, NULL), 0);
	ck_assert_int_eq(wp_lazylib_load(&zip, &b, NULL), 0);
	ck_assert(a.zip_error_init == b.zip_error_init);
	ck_assert(a.zip_error_code_zip == b.zip_error_code_zip);
}
END_TEST

START_TEST(a_missing_library_names_the_package_to_install)
{
	struct wp_lazylib none = lib("libweekplan-missing.so.0", "weekplan-missing", zip_syms, 2);
	struct zip_table t;
	wp_err err;
	ck_assert_int_eq(wp_lazylib_load(&none, &t, &err), -1);
	ck_assert_str_eq(err.msg, "reading test files needs weekplan-missing (apt-get install weekplan-missing)");
}
END_TEST

START_TEST(a_missing_library_of_no_known_package_is_named_by_its_soname)
{
	struct wp_lazylib none = lib("libweekplan-missing.so.0", "", zip_syms, 2);
	struct zip_table t;
	wp_err err;
	ck_assert_int_eq(wp_lazylib_load(&none, &t, &err), -1);
	ck_assert_str_eq(err.msg,
			 "reading test files needs the shared library libweekplan-missing.so.0, which is not installed");
}
END_TEST

START_TEST(a_library_without_a_function_names_the_function)
{
	static const struct wp_lazylib_sym syms[] = {
		WP_LAZYLIB_SYM(struct zip_table, zip_error_init),
		{"weekplan_no_such_function", offsetof(struct zip_table, zip_error_code_zip)},
	};
	struct wp_lazylib zip = lib(WP_LIBZIP_SONAME, "libzip-test", syms, 2);
	struct zip_table t;
	wp_err err;
	ck_assert_int_eq(wp_lazylib_load(&zip, &t, &err), -1);
	char want[WP_ERR_MAX];
	snprintf(want, sizeof want,
		 "reading test files needs libzip-test: the installed %s has no weekplan_no_such_function "
		 "(apt-get install libzip-test)",
		 WP_LIBZIP_SONAME);
	ck_assert_str_eq(err.msg, want);
	zip.package = "";
	ck_assert_int_eq(wp_lazylib_load(&zip, &t, &err), -1);
	snprintf(want, sizeof want,
		 "reading test files needs the shared library %s: the installed one has no weekplan_no_such_function",
		 WP_LIBZIP_SONAME);
	ck_assert_str_eq(err.msg, want);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("lazylib");
	TCase *tc = tcase_create("lazylib");
	tcase_add_test(tc, fills_the_callers_table_with_working_functions);
	tcase_add_test(tc, a_second_load_gives_the_same_functions);
	tcase_add_test(tc, a_missing_library_names_the_package_to_install);
	tcase_add_test(tc, a_missing_library_of_no_known_package_is_named_by_its_soname);
	tcase_add_test(tc, a_library_without_a_function_names_the_function);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
